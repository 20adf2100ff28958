import Foundation
public import OKX
import Synchronization

/// OKX's WebSocket API: market data, account data and order entry as async sequences.
///
/// ```swift
/// let streams = OKXStreams(configuration: .init(client: config), rest: okx)
/// for try await event in streams.subscribe(.books("BTC-USDT"), depth: 5) {
///     if case .book(let book) = event { print(book.bids.first?.price ?? "-") }
/// }
/// ```
///
/// - Connections: one per endpoint (public, private, business), opened on first use; private
///   ones log in with a signature over the synchronized server clock (seconds).
/// - Liveness: `ping` after ``Configuration/pingInterval`` of silence; no `pong` within
///   ``Configuration/pongTimeout`` means a dead connection.
/// - Reconnection: with exponential backoff and jitter; login and every subscription are
///   restored and each consumer receives ``StreamEvent/reconnected(attempt:)``: gaps are never hidden.
///   Each failed attempt is a ``StreamEvent/connectionFailed(_:)``; after
///   ``Configuration/maxConsecutiveConnectFailures`` of them, or at once for a refused
///   certificate or upgrade, the streams end with an `OKXError` (category `transport`).
/// - Security: `wss` with certificate verification (it cannot be turned off); plain `ws` only to
///   loopback hosts, refused before connecting otherwise (see ``Configuration/validate()``).
/// - Order books: every message is checked for `seqId` continuity (see ``OrderBookState``); a
///   gap, a reset or a wrong non-zero checksum gives ``StreamEvent/resync(reason:)`` and a fresh
///   snapshot.
/// - Service notices (64008): a replacement connection is opened and subscribed before the old
///   one is closed.
/// - Backpressure: market data goes through a bounded buffer that drops the oldest events and
///   announces it with ``StreamEvent/dropped(count:)``; private channels (orders, positions,
///   account) are never dropped.
/// - Shutdown: ending iteration (or cancelling the consuming task) unsubscribes; ``shutdown()``
///   closes everything and finishes every sequence.
public final class OKXStreams: Sendable {
    /// Streaming settings. The REST configuration supplies environment, site and credentials.
    public struct Configuration: Sendable {
        /// Environment, site and credentials, shared with the REST client.
        public var client: OKXClient.Configuration
        /// Overrides the site's WebSocket host (a simulator: `ws://127.0.0.1:PORT`); the
        /// `/ws/v5/{public,private,business}` paths are appended.
        public var webSocketBaseURL: String?
        /// Silence after which a `ping` is sent (OKX closes idle connections after 30 s).
        public var pingInterval: Duration = .seconds(20)
        /// How long to wait for `pong` before the connection counts as dead.
        public var pongTimeout: Duration = .seconds(5)
        /// Starting point of the reconnection backoff. The bound doubles with each failure in a row, up to
        /// `reconnectMaxDelay`; each wait is picked at random between half the bound and the bound.
        public var reconnectBaseDelay: Duration = .milliseconds(250)
        /// Upper bound of the reconnection backoff, however many attempts failed.
        public var reconnectMaxDelay: Duration = .seconds(15)
        /// Failed connection attempts in a row (none reaching an open WebSocket) after which the
        /// connection gives up: its streams end with an `OKXError` of category `transport`, so an
        /// unreachable exchange is not mistaken for a quiet market. With the default delays, 10
        /// attempts span about 30 to 60 seconds. `nil` retries for ever. Every failed attempt is
        /// announced with ``StreamEvent/connectionFailed(_:)`` either way, and a refused
        /// certificate or upgrade ends the streams at once. A later subscription tries again.
        public var maxConsecutiveConnectFailures: Int? = 10
        /// Market-data events buffered per consumer before the oldest are dropped.
        public var marketDataBuffer: Int = 1000
        /// Fresh snapshots in a row that may fail their checks before a book stream ends with an error.
        public var maxConsecutiveResyncs: Int = 5
        /// How long a WebSocket order operation waits for its answer.
        public var requestTimeout: Duration = .seconds(10)
        /// `login`, `subscribe` and `unsubscribe` messages one connection sends per hour at most.
        /// OKX closes a connection that sends more than 480, losing every subscription on it;
        /// messages beyond the limit wait until the oldest leaves the hour instead.
        public var controlMessagesPerHour: Int = 480
        /// New WebSocket connections per second at most, over all endpoints of these streams (OKX
        /// allows 3 per second per IP); a connection beyond it waits, reconnections included.
        public var connectionsPerSecond: Int = 3
        /// The time the limiters read and wait on; tests inject one they move by hand.
        var limiterClock: any LimiterClock = ContinuousLimiterClock()

        /// Settings for `client`, with every streaming setting at its default; `webSocketBaseURL` nil uses the site's host.
        public init(client: OKXClient.Configuration, webSocketBaseURL: String? = nil) {
            self.client = client
            self.webSocketBaseURL = webSocketBaseURL
        }

        /// The base in use: the override, or the site's live or demo host.
        public var effectiveWebSocketBaseURL: String {
            let base = webSocketBaseURL ?? client.site.webSocketBaseURL(for: client.environment)
            return base.hasSuffix("/") ? String(base.dropLast()) : base
        }

        /// Throws the configuration error every stream would end with if the WebSocket URL is
        /// refused: plain `ws://` is allowed only for loopback hosts (as plain `http://` for
        /// REST), since a private connection's first message is the login. Nothing connects.
        public func validate() throws(OKXError) {
            _ = try CurlTransport.checkWebSocket(url: effectiveWebSocketBaseURL)
        }
    }

    /// The settings the streams were created with.
    public let configuration: Configuration
    let context: StreamContext
    private let connections = Mutex<[StreamEndpoint: StreamConnection]>([:])
    private let nextID = Atomic<Int>(0)

    /// `rest` provides the synchronized clock for logins, REST books for joining a stream that
    /// starts without a snapshot, and instrument codes for order entry.
    public init(configuration: Configuration, rest: OKXClient) {
        self.configuration = configuration
        let connects = WindowLimiter(limit: configuration.connectionsPerSecond, per: .seconds(1), clock: configuration.limiterClock)
        self.context = StreamContext(rest: rest, connectLimiter: connects)
    }

    func connection(_ endpoint: StreamEndpoint) -> StreamConnection {
        connections.withLock { connections in
            if let existing = connections[endpoint] { return existing }
            let created = StreamConnection(endpoint: endpoint, url: configuration.effectiveWebSocketBaseURL + endpoint.path,
                                           settings: configuration, context: context)
            connections[endpoint] = created
            return created
        }
    }

    /// Subscribes to `channel`. Book channels deliver the maintained book (top `depth` levels)
    /// after every message. The sequence ends when the consumer stops iterating, after
    /// ``shutdown()``, or with an error OKX returned for the subscription.
    public func subscribe(_ channel: Channel, depth: Int = 5) -> StreamEvents {
        let buffer = EventBuffer(limit: channel.isPrivateData ? nil : max(2, configuration.marketDataBuffer))
        let id = nextID.wrappingAdd(1, ordering: .relaxed).newValue
        let connection = connection(channel.endpoint)
        let ended = Atomic<Bool>(false)
        let handle = StreamEvents.Handle(buffer: buffer) {
            guard !ended.exchange(true, ordering: .relaxed) else { return }
            Task { await connection.remove(id: id, channel: channel) }
        }
        Task { await connection.add(id: id, channel: channel, depth: max(1, depth), buffer: buffer) }
        return StreamEvents(handle: handle)
    }

    // MARK: Order entry

    /// Places an order over the private WebSocket (same rate-limit budget as REST). The
    /// instrument is named by its `instIdCode`, resolved from `instId` and cached.
    ///
    /// An operation that never left (not connected, login failed, the write failed) throws its
    /// cause; one that was sent and not answered throws an `outcomeUnknown` error with the
    /// clOrdId. A 51001 answer (unknown `instIdCode`, e.g. after a relisting) refreshes the code
    /// once and repeats the placement once: OKX refused it, so nothing happened.
    public func placeOrder(_ order: API.Trade.PlaceOrder.Request) async throws -> OrderAck {
        try await placeOrder(order, fallback: .none).ack
    }

    /// Places an order over the private WebSocket, or over REST through `fallback` when the
    /// WebSocket operation failed before it reached OKX. See ``TradingFallback``.
    ///
    /// The same clOrdId is sent on both routes (one is made when the order has none), so OKX
    /// refuses a duplicate should both ever arrive. An unanswered WebSocket placement is never
    /// sent again over REST: it throws the unknown-outcome error with its clOrdId.
    public func placeOrder(_ order: API.Trade.PlaceOrder.Request, fallback: TradingFallback) async throws -> RoutedOrderAck {
        var order = order
        let clOrdId = order.clOrdId ?? TradeAPI.makeClientOrderID()
        order.clOrdId = clOrdId
        // The same documented rules as REST, before anything is sent.
        if let invalid = API.Trade.placeOrder(order).invalid { throw invalid }
        var args = order.parameters.jsonObject
        args["instId"] = nil
        // Placement is not idempotent: an unanswered or unconfirmed one is an unknown outcome,
        // reported with its clOrdId, never resent here.
        do {
            let ack = try await withInstrumentCode(order.instId) { code in
                var args = args
                args["instIdCode"] = .number(Decimal(code))
                do {
                    return try await single(op: "order", args: args, instId: order.instId, path: "/api/v5/trade/order")
                } catch let unanswered as UnansweredRequest {
                    throw OKXError.unansweredOrder(clientOrderID: clOrdId, cause: "no answer over the WebSocket: \(unanswered.cause)")
                }
            }
            guard ack.isSuccess && !ack.ordId.isEmpty else {
                throw OKXError.unansweredOrder(clientOrderID: clOrdId, cause: "the acknowledgement has no order id or status")
            }
            return RoutedOrderAck(ack: ack, route: .webSocket)
        } catch let notSent as NotSentRequest {
            guard let rest = fallback.rest else { throw notSent.cause }
            return RoutedOrderAck(ack: try await rest.trade.placeOrder(order), route: .rest)
        }
    }

    /// Cancels an order over the private WebSocket. A 51001 answer refreshes the `instIdCode`
    /// and repeats the cancel once; an unanswered cancel throws its cause (cancelling again is safe).
    public func cancelOrder(instId: String, ordId: String? = nil, clOrdId: String? = nil) async throws -> OrderAck {
        try await cancelOrder(instId: instId, ordId: ordId, clOrdId: clOrdId, fallback: .none).ack
    }

    /// Cancels an order over the private WebSocket, or over REST through `fallback` when the
    /// WebSocket operation failed before it reached OKX (see ``TradingFallback``).
    public func cancelOrder(instId: String, ordId: String? = nil, clOrdId: String? = nil, fallback: TradingFallback) async throws -> RoutedOrderAck {
        var args: [String: JSONValue] = [:]
        if let ordId { args["ordId"] = .string(ordId) }
        if let clOrdId { args["clOrdId"] = .string(clOrdId) }
        do {
            let ack = try await withInstrumentCode(instId) { code in
                var args = args
                args["instIdCode"] = .number(Decimal(code))
                return try await idempotent { try await single(op: "cancel-order", args: args, instId: instId, path: "/api/v5/trade/cancel-order") }
            }
            return RoutedOrderAck(ack: ack, route: .webSocket)
        } catch let notSent as NotSentRequest {
            guard let rest = fallback.rest else { throw notSent.cause }
            return RoutedOrderAck(ack: try await rest.trade.cancelOrder(instId: instId, ordId: ordId, clOrdId: clOrdId), route: .rest)
        }
    }

    /// Amends an order over the private WebSocket. A 51001 answer refreshes the `instIdCode`
    /// and repeats the amendment once.
    public func amendOrder(_ request: API.Trade.AmendOrder.Request) async throws -> OrderAck {
        try await amendOrder(request, fallback: .none).ack
    }

    /// Amends an order over the private WebSocket, or over REST through `fallback` when the
    /// WebSocket operation failed before it reached OKX (see ``TradingFallback``).
    public func amendOrder(_ request: API.Trade.AmendOrder.Request, fallback: TradingFallback) async throws -> RoutedOrderAck {
        if let invalid = API.Trade.amendOrder(request).invalid { throw invalid }
        var args = request.parameters.jsonObject
        args["instId"] = nil
        do {
            let ack = try await withInstrumentCode(request.instId) { code in
                var args = args
                args["instIdCode"] = .number(Decimal(code))
                return try await idempotent { try await single(op: "amend-order", args: args, instId: request.instId, path: "/api/v5/trade/amend-order") }
            }
            return RoutedOrderAck(ack: ack, route: .webSocket)
        } catch let notSent as NotSentRequest {
            guard let rest = fallback.rest else { throw notSent.cause }
            return RoutedOrderAck(ack: try await rest.trade.amendOrder(request), route: .rest)
        }
    }

    /// Runs `operation` with `instId`'s cached `instIdCode`. On 51001 (OKX does not know the
    /// code: relisted, or cached from the other environment) the code is looked up again and,
    /// if it changed, the operation runs once more. 51001 is an explicit refusal, so repeating
    /// even a placement cannot duplicate it. A failed lookup means nothing was sent.
    private func withInstrumentCode(_ instId: String, _ operation: (Int64) async throws -> OrderAck) async throws -> OrderAck {
        func lookUp() async throws -> Int64 {
            do { return try await context.instrumentCode(instId) } catch { throw NotSentRequest(cause: error) }
        }
        let code = try await lookUp()
        do {
            return try await operation(code)
        } catch let refused as OKXError where refused.code == 51001 {
            context.forgetInstrumentCode(instId)
            let fresh = try await lookUp()
            guard fresh != code else { throw refused }
            return try await operation(fresh)
        }
    }

    /// Cancel and amend may be repeated safely: an unanswered one reports its cause as is.
    private func idempotent(_ operation: () async throws -> OrderAck) async throws -> OrderAck {
        do { return try await operation() } catch let unanswered as UnansweredRequest { throw unanswered.cause }
    }

    private func single(op: String, args: [String: JSONValue], instId: String, path: String) async throws -> OrderAck {
        let reply = try await limited(path: path, instIds: [instId]) {
            try await connection(.private).request(op: op, args: [args], timeout: configuration.requestTimeout)
        }
        if reply.code == "0", let ack = reply.data.first { return ack }
        if let failed = reply.data.first(where: { !$0.isSuccess }), let error = failed.error { throw error }
        throw OKXError.fromServer(code: OKXError.Code(string: reply.code) ?? -1, message: reply.msg)
    }

    /// Closes every connection and finishes every sequence.
    public func shutdown() async {
        let all = connections.withLock { Array($0.values) }
        for connection in all { await connection.shutdown() }
    }
}
