import Foundation
public import OKX

/// Batch order entry over the private WebSocket (`batch-orders`, `batch-cancel-orders`,
/// `batch-amend-orders`), with the single operations' guarantees: instruments named by
/// `instIdCode` (refreshed once for the items OKX refuses with 51001, and only those repeated),
/// the same clOrdIds on every route, and REST only when the operation never reached OKX.
extension OKXStreams {
    /// One order to cancel in ``cancelOrders(_:fallback:)``: by OKX's order id or by your clOrdId.
    public struct CancelRequest: Sendable, Hashable {
        /// The instrument.
        public var instId: String
        /// OKX's order id; this or `clOrdId`.
        public var ordId: String?
        /// Your client order id; this or `ordId`.
        public var clOrdId: String?

        /// A cancellation of `ordId` or `clOrdId` on `instId`.
        public init(instId: String, ordId: String? = nil, clOrdId: String? = nil) {
            (self.instId, self.ordId, self.clOrdId) = (instId, ordId, clOrdId)
        }
    }

    /// Places up to 20 orders in one WebSocket operation. Returns one acknowledgement per order,
    /// in the order given (check each `ack.isSuccess`: OKX accepts some and refuses others).
    ///
    /// Every order gets a clOrdId if it has none, sent on both routes. A batch that was sent and
    /// not answered throws the `outcomeUnknown` error naming its clOrdIds; it is never sent
    /// again, over either route. Orders refused with 51001 (unknown `instIdCode`) get their
    /// instrument's code looked up again and are sent once more, alone. With
    /// `fallback: .rest(okx)` a batch that never reached OKX is placed over REST instead
    /// (`TradeAPI.placeOrders`, with its own recovery).
    public func placeOrders(_ orders: [API.Trade.PlaceOrder.Request], fallback: TradingFallback = .none) async throws -> [RoutedOrderAck] {
        let orders = orders.map { order -> API.Trade.PlaceOrder.Request in
            var order = order
            order.clOrdId = order.clOrdId ?? TradeAPI.makeClientOrderID()
            return order
        }
        for order in orders { if let invalid = API.Trade.placeOrder(order).invalid { throw invalid } }
        let items = orders.map { order -> BatchItem in
            var args = order.parameters.jsonObject
            args["instId"] = nil
            return BatchItem(instId: order.instId, args: args)
        }
        let clOrdIds = orders.compactMap(\.clOrdId)
        do {
            return try await batch(op: "batch-orders", path: API.Trade.PlaceMultipleOrders.path, items: items) { unanswered in
                OKXError.unansweredOrder(clientOrderID: clOrdIds.first ?? "",
                                         cause: "no answer over the WebSocket for a batch of \(clOrdIds.count) (clOrdIds \(clOrdIds.joined(separator: ", "))): \(unanswered.cause)")
            }
        } catch let notSent as NotSentRequest {
            guard let rest = fallback.rest else { throw notSent.cause }
            return try await rest.trade.placeOrders(orders).map { RoutedOrderAck(ack: $0, route: .rest) }
        }
    }

    /// Cancels up to 20 orders in one WebSocket operation; one acknowledgement per request, in
    /// order. Cancelling is idempotent, so an unanswered batch throws its cause and may be sent
    /// again; 51001 refusals are refreshed and repeated as for ``placeOrders(_:fallback:)``.
    public func cancelOrders(_ requests: [CancelRequest], fallback: TradingFallback = .none) async throws -> [RoutedOrderAck] {
        let items = requests.map { request -> BatchItem in
            var args: [String: JSONValue] = [:]
            if let ordId = request.ordId { args["ordId"] = .string(ordId) }
            if let clOrdId = request.clOrdId { args["clOrdId"] = .string(clOrdId) }
            return BatchItem(instId: request.instId, args: args)
        }
        do {
            return try await batch(op: "batch-cancel-orders", path: API.Trade.CancelMultipleOrders.path, items: items) { $0.cause }
        } catch let notSent as NotSentRequest {
            return try await oneByOne(requests, over: fallback, unsent: notSent) {
                try await $0.trade.cancelOrder(instId: $1.instId, ordId: $1.ordId, clOrdId: $1.clOrdId)
            }
        }
    }

    /// Amends up to 20 orders in one WebSocket operation; one acknowledgement per request, in
    /// order. Like cancelling, an unanswered batch throws its cause (amending to the same values
    /// again is harmless); 51001 refusals are refreshed and repeated once.
    public func amendOrders(_ requests: [API.Trade.AmendOrder.Request], fallback: TradingFallback = .none) async throws -> [RoutedOrderAck] {
        for request in requests { if let invalid = API.Trade.amendOrder(request).invalid { throw invalid } }
        let items = requests.map { request -> BatchItem in
            var args = request.parameters.jsonObject
            args["instId"] = nil
            return BatchItem(instId: request.instId, args: args)
        }
        do {
            return try await batch(op: "batch-amend-orders", path: API.Trade.AmendMultipleOrders.path, items: items) { $0.cause }
        } catch let notSent as NotSentRequest {
            return try await oneByOne(requests, over: fallback, unsent: notSent) { try await $0.trade.amendOrder($1) }
        }
    }

    /// The REST fallback for cancels and amends: one call each (REST's own batch would lose the
    /// per-call recovery `TradeAPI` gives single operations), or the cause when there is no fallback.
    private func oneByOne<Request>(_ requests: [Request], over fallback: TradingFallback, unsent: NotSentRequest,
                                   _ call: (OKXClient, Request) async throws -> OrderAck) async throws -> [RoutedOrderAck] {
        guard let rest = fallback.rest else { throw unsent.cause }
        var acks: [RoutedOrderAck] = []
        for request in requests { acks.append(RoutedOrderAck(ack: try await call(rest, request), route: .rest)) }
        return acks
    }

    /// One operation of a batch before its instrument code is known.
    struct BatchItem: Sendable {
        let instId: String
        let args: [String: JSONValue]
    }

    /// Sends `items` as one operation, matches the reply's items to them by position (OKX
    /// answers in request order), then repeats once, together, the items refused with 51001
    /// whose instrument code changed on a fresh lookup. `unanswered` turns a sent but
    /// unanswered operation into the error the caller sees.
    private func batch(op: String, path: String, items: [BatchItem],
                       unanswered: @Sendable (UnansweredRequest) -> any Error) async throws -> [RoutedOrderAck] {
        guard !items.isEmpty else { return [] }
        guard items.count <= 20 else { throw OKXError.invalidArgument("at most 20 operations per batch (got \(items.count))") }
        var codes: [String: Int64] = [:]
        func code(_ instId: String) async throws -> Int64 {
            if let known = codes[instId] { return known }
            do {
                let found = try await context.instrumentCode(instId)
                codes[instId] = found
                return found
            } catch {
                throw NotSentRequest(cause: error)
            }
        }
        func send(_ indices: [Int]) async throws -> [OrderAck] {
            var args: [[String: JSONValue]] = []
            for i in indices {
                var item = items[i].args
                item["instIdCode"] = .number(Decimal(try await code(items[i].instId)))
                args.append(item)
            }
            let reply: StreamConnection.TradeReply
            do {
                reply = try await limited(path: path, instIds: indices.map { items[$0].instId }) {
                    try await connection(.private).request(op: op, args: args, timeout: configuration.requestTimeout)
                }
            } catch let error as UnansweredRequest {
                throw unanswered(error)
            }
            guard reply.data.count == indices.count else {
                // A refusal of the whole operation (a bad argument, a rate limit) has no items.
                throw OKXError.fromServer(code: OKXError.Code(string: reply.code) ?? -1, message: reply.msg)
            }
            return reply.data
        }
        var acks = try await send(Array(items.indices))
        let refused = acks.indices.filter { acks[$0].sCode == "51001" }
        guard !refused.isEmpty else { return acks.map { RoutedOrderAck(ack: $0, route: .webSocket) } }
        // 51001 is a refusal: nothing happened for those items, so sending them again is safe.
        var again: [Int] = []
        for instId in Set(refused.map { items[$0].instId }) {
            let old = codes[instId]
            context.forgetInstrumentCode(instId)
            codes[instId] = nil
            guard let fresh = try? await code(instId), fresh != old else { continue }
            again += refused.filter { items[$0].instId == instId }
        }
        if !again.isEmpty {
            let repeated = try await send(again.sorted())
            for (i, ack) in zip(again.sorted(), repeated) { acks[i] = ack }
        }
        return acks.map { RoutedOrderAck(ack: $0, route: .webSocket) }
    }

    /// Runs `operation` with one rate-limit ticket per item: REST and WebSocket order entry share
    /// one budget at OKX, and a batch's orders count against it like single ones.
    func limited<T>(path: String, instIds: [String], _ operation: () async throws -> T) async throws -> T {
        var tickets: [RateLimiter.Ticket] = []
        let limiter = configuration.client.rateLimiter
        defer { for ticket in tickets { limiter?.complete(ticket) } }
        if let limiter, let spec = EndpointSpec.lookup(.post, path), let limit = spec.rateLimit {
            for instId in instIds {
                tickets.append(try await limiter.acquire(RateLimiter.key(for: spec, apiKey: context.apiKey, instrument: instId), limit: limit))
            }
        }
        return try await operation()
    }
}
