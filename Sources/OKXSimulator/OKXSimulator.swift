public import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import HummingbirdWebSocket
public import Logging
import NIOCore
import NIOSSL

/// A local OKX exchange on 127.0.0.1: the same paths, envelope, signature checks, clock window,
/// live/demo keys, sites, permissions and IP allow-lists as OKX, with in-memory order state
/// (orders rest, fill against a simple book, cancel, amend; balances move).
///
/// ```swift
/// let sim = try await OKXSimulator.start()
/// defer { Task { await sim.stop() } }
/// var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
/// config.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, …)
/// ```
///
/// Tests, samples and `okx sim` run against it; so can your own bots.
public final class OKXSimulator: Sendable {
    /// `http://127.0.0.1:PORT`.
    public let baseURL: String
    /// `ws://127.0.0.1:PORT`, the live WebSocket host (OKX's `wss://ws.okx.com:8443`):
    /// `/ws/v5/public`, `/ws/v5/private` and `/ws/v5/business` live there. A demo key logs in
    /// there only with the `x-simulated-trading: 1` header on the upgrade request (kept for
    /// clients that pick the environment by header); otherwise use ``demoWebSocketBaseURL``.
    public var webSocketBaseURL: String { "ws://127.0.0.1:\(port)" }
    /// `ws://127.0.0.1:PORT/demo`, the demo WebSocket host (OKX's `wss://wspap.okx.com:8443`):
    /// `/demo/ws/v5/{public,private,business}` are demo by their URL alone, as on OKX, so a client
    /// is pointed at demo trading by changing only its base URL (ccxt: `urls['test']['ws']` =
    /// this + `/ws/v5`). A live key logging in there gets 50101, as a demo key does on the live
    /// paths. Query strings (`?brokerId=9999`) are accepted and ignored on both.
    public var demoWebSocketBaseURL: String { "ws://127.0.0.1:\(port)\(SimulatedWebSocketHub.demoPrefix)" }
    /// The port it listens on.
    public let port: Int
    /// The port of the TLS listener (the same exchange over https:// and wss://), when started with ``SimulatorTLS``.
    public let tlsPort: Int?
    /// `https://127.0.0.1:TLSPORT`, when started with ``SimulatorTLS``.
    public var tlsBaseURL: String? { tlsPort.map { "https://127.0.0.1:\($0)" } }
    /// `wss://127.0.0.1:TLSPORT`: ``webSocketBaseURL`` over TLS, for clients that only do `wss://`
    /// (python-okx's WebSocket classes always pass a TLS context, which plain `ws://` refuses).
    public var tlsWebSocketBaseURL: String? { tlsPort.map { "wss://127.0.0.1:\($0)" } }
    /// `wss://127.0.0.1:TLSPORT/demo`: ``demoWebSocketBaseURL`` over TLS.
    public var tlsDemoWebSocketBaseURL: String? { tlsPort.map { "wss://127.0.0.1:\($0)\(SimulatedWebSocketHub.demoPrefix)" } }
    let state: SimulatorState
    private let task: Task<Void, any Error>
    private let market: Task<Void, Never>

    private init(baseURL: String, port: Int, tlsPort: Int?, state: SimulatorState, task: Task<Void, any Error>, market: Task<Void, Never>) {
        self.baseURL = baseURL
        self.port = port
        self.tlsPort = tlsPort
        self.state = state
        self.task = task
        self.market = market
    }

    /// Starts a simulator bound to 127.0.0.1 (only) and returns once it accepts connections.
    /// With `tls`, a second listener serves the same exchange over TLS with that certificate.
    public static func start(_ configuration: SimulatorConfiguration = .init(), tls: SimulatorTLS? = nil, logger: Logger? = nil) async throws -> OKXSimulator {
        let state = SimulatorState(configuration: configuration)
        let logger = logger ?? Logger(label: "okx.simulator", factory: { _ in SwiftLogNoOpLogHandler() })
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            responder: SimulatorResponder(state: state),
            server: server(state: state),
            configuration: .init(address: .hostname("127.0.0.1", port: configuration.port), serverName: "okx-simulator"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? configuration.port)
                continuation.finish()
            },
            logger: logger
        )
        let secure: Application<SimulatorResponder>?
        let (tlsStream, tlsContinuation) = AsyncStream.makeStream(of: Int.self)
        if let tls {
            let tlsConfiguration: TLSConfiguration
            do {
                let chain = try NIOSSLCertificate.fromPEMFile(tls.certificatePath).map { NIOSSLCertificateSource.certificate($0) }
                let key = try NIOSSLPrivateKey(file: tls.privateKeyPath, format: .pem)
                tlsConfiguration = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            } catch {
                throw SimulatorError(message: "cannot read the TLS certificate or key: \(error)")
            }
            secure = Application(
                responder: SimulatorResponder(state: state),
                server: try .tls(server(state: state), tlsConfiguration: tlsConfiguration),
                configuration: .init(address: .hostname("127.0.0.1", port: tls.port), serverName: "okx-simulator"),
                onServerRunning: { channel in
                    tlsContinuation.yield(channel.localAddress?.port ?? tls.port)
                    tlsContinuation.finish()
                },
                logger: logger
            )
        } else {
            secure = nil
            tlsContinuation.finish()
        }
        // If a server ends without ever running (a bind error), the waits below must end too.
        let task = Task {
            defer { continuation.finish(); tlsContinuation.finish() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.run() }
                if let secure { group.addTask { try await secure.run() } }
                _ = try await group.next()
                group.cancelAll()
            }
        }
        let market = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: state.configuration.marketTick)
                state.hub.tick(state: state)
            }
        }
        var port: Int?
        for await bound in stream { port = bound }
        var tlsPort: Int?
        for await bound in tlsStream { tlsPort = bound }
        guard let port, (tls == nil) == (tlsPort == nil) else {
            task.cancel()
            market.cancel()
            throw SimulatorError(message: "the simulator did not start on 127.0.0.1:\(configuration.port)\(tls.map { " and \($0.port) (TLS)" } ?? "")")
        }
        return OKXSimulator(baseURL: "http://127.0.0.1:\(port)", port: port, tlsPort: tlsPort, state: state, task: task, market: market)
    }

    /// HTTP/1 with the WebSocket upgrade on the OKX paths (live, and demo under `/demo`).
    private static func server(state: SimulatorState) -> HTTPServerBuilder {
        .http1WebSocketUpgrade(configuration: .init(ws: .init(maxFrameSize: 1 << 22))) { request, _, _ in
            let header = request.headerFields.first { $0.name.canonicalName == "x-simulated-trading" }?.value
            guard let (endpoint, demo) = SimulatedWebSocketHub.route(path: request.path ?? "", simulatedTradingHeader: header) else { return .dontUpgrade }
            return .upgrade([:]) { inbound, outbound, _ in
                let (id, queue) = state.hub.open(endpoint: endpoint, demo: demo)
                // One writer per connection keeps its messages in order.
                let writer = Task {
                    for await text in queue { try await outbound.write(.text(text)) }
                    try await outbound.close(.normalClosure, reason: nil)
                }
                defer {
                    state.hub.close(id)
                    writer.cancel()
                }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await message in inbound.messages(maxSize: 1 << 22) {
                            if case .text(let text) = message { state.hub.handle(text, session: id, state: state) }
                        }
                    }
                    group.addTask { try await writer.value }
                    _ = try await group.next()
                    // Awaiting another task's value does not end when the awaiting child is
                    // cancelled: the writer itself must be, or a client that closed its side
                    // leaves this group (and its session) waiting until the next push.
                    writer.cancel()
                    group.cancelAll()
                }
            }
        }
    }

    /// Stops the server.
    public func stop() async {
        market.cancel()
        state.hub.inject(.dropConnections)
        task.cancel()
        // Graceful shutdown waits for open connections; a client that never closes its
        // keep-alive or WebSocket connection must not make stop() hang, so the wait is bounded.
        // Not with a task group: a group waits for all of its children before it returns, and a
        // child awaiting `server.value` does not end when cancelled, so the group's timeout
        // child never bounded anything. Whichever of the two ends first finishes the stream.
        let server = task
        let (ended, signal) = AsyncStream.makeStream(of: Never.self)
        let finished = Task {
            _ = try? await server.value
            signal.finish()
        }
        let bound = Task {
            try? await Task.sleep(for: .seconds(5))
            signal.finish()
        }
        for await _ in ended {}
        bound.cancel()
        _ = finished  // if the bound won, it keeps waiting for the server in the background
    }

    /// The configuration in force. Changes apply to the next request.
    public var configuration: SimulatorConfiguration { state.configuration }

    /// Changes the configuration while running (clock skew, keys, client IP…).
    public func update(_ change: @Sendable (inout SimulatorConfiguration) -> Void) { state.update(change) }

    /// Makes the next `times` requests to `path` (or to any path, with `"*"`) misbehave.
    public func inject(_ fault: SimulatorFault, path: String = "*", times: Int = 1) { state.enqueue(fault, path: path, times: times) }

    /// Makes requests to `path` (or any path, with `"*"`) misbehave at random; nil removes the plan.
    public func plan(_ plan: FaultPlan?, path: String = "*") { state.setPlan(plan, path: path) }

    /// How many requests the simulator refused with 50011 for exceeding a rate limit.
    public var rateLimitRejections: Int { state.rateLimits.rejected.withLock { $0 } }

    /// Forgets injected faults not yet used, and fault plans.
    public func clearFaults() { state.clearFaults() }

    /// How many requests reached `path` (no query).
    public func requestCount(path: String) -> Int { state.requestCount(path) }

    /// How many `method` requests reached `path` (no query): tells placements from look-ups.
    public func requestCount(method: String, path: String) -> Int { state.requestCount("\(method) " + path) }

    /// Gives `instId` a new `instIdCode` (a relisting): WebSocket orders naming the old code get
    /// 51001 until the client looks the code up again. False when there is no such instrument.
    @discardableResult
    public func changeInstrumentCode(instId: String, to code: Int) -> Bool { state.exchange.changeInstrumentCode(instId, to: code) }

    /// Makes the WebSocket side misbehave (drop connections, ignore pings, 64008, book faults).
    public func inject(_ fault: WebSocketFault) { state.hub.inject(fault) }

    /// Active WebSocket subscriptions over all connections.
    public var webSocketSubscriptions: Int { state.hub.registry.withLock { $0.sessions.values.reduce(0) { $0 + $1.subscriptions.count } } }

    /// Open WebSocket connections.
    public var webSocketConnections: Int { state.hub.connectionCount }

    /// Returns once `condition` holds for the open WebSocket connections and active
    /// subscriptions (checked now and after every change of either), for tests that must wait
    /// for a client to connect, subscribe or leave without polling. Bound the wait yourself.
    public func waitForWebSockets(until condition: @escaping @Sendable (_ connections: Int, _ subscriptions: Int) -> Bool) async {
        await state.hub.wait(until: condition)
    }

    /// The live order book as the simulator holds it: prices and sizes as the simulator renders
    /// them, best first, with its `seqId`; for checking a client's book against the truth.
    public func orderBook(_ instId: String, depth: Int = 400) -> (seqId: Int64, bids: [[String]], asks: [[String]])? {
        guard let (book, seq) = state.exchange.bookWithSequence(instId) else { return nil }
        let r = Rendering(state: state)
        return (seq, book.bids.prefix(depth).map { [r.text($0.price), r.text($0.size)] }, book.asks.prefix(depth).map { [r.text($0.price), r.text($0.size)] })
    }

    /// Forgets the request counts.
    public func resetRequestCounts() { state.resetCounts() }

    /// The simulator's clock (real clock + configured skew), epoch milliseconds.
    public func serverMilliseconds() -> Int64 { state.serverMilliseconds() }

    /// Fills every resting order (of `instId`, or of every instrument) at its own price, as a
    /// maker (maker fee, `execType` "M"), as if the market had traded through it; pushes the
    /// order updates to WebSocket subscribers and returns the orders filled.
    @discardableResult
    public func fillRestingOrders(instId: String? = nil) -> [SimulatedOrder] {
        let filled = state.exchange.fillResting(instId: instId, now: state.serverMilliseconds())
        for order in filled { state.hub.notify(order, state: state) }
        _ = state.runBots(after: filled)
        return filled
    }

    /// Every order of every account, for checks such as "exactly one order per clOrdId".
    public func orders() -> [SimulatedOrder] { state.exchange.allOrders() }

    // MARK: Steering the market (the same operations as the control API under /sim/v1/)

    /// Sets `instId`'s price (its mark, last and index price, rounded to the tick) and rebuilds
    /// its book around it, then does what the market would: fills the resting limit orders the
    /// price crosses (buys at or above it, sells at or below, at their own price as makers),
    /// triggers the algo orders it crosses, and liquidates positions whose `liqPx` it reached.
    /// WebSocket subscribers get the moved book as one update chained to the last `seqId`, then
    /// the resulting orders, fills, algo orders, liquidations, tickers and mark/index figures.
    /// Until a price is set, instruments keep their seeded prices. Throws for an unknown
    /// instrument or a price that is not positive.
    @discardableResult
    public func setPrice(_ instId: String, to price: Decimal) throws -> PriceMove {
        do { return try state.movePrice(instId, to: price) } catch {
            throw SimulatorError(message: error.code == 51001 ? "unknown instrument \(instId)" : "price \(price) is not valid for \(instId)")
        }
    }

    /// The instrument's current price (mark = last = index), nil for an unknown instrument.
    public func price(of instId: String) -> Decimal? { state.exchange.price(instId) }

    /// Liquidates, with a `full_liquidation` order and bills of type 5, the positions (of
    /// `instId`, or of every instrument) whose `liqPx` the current price has reached.
    /// ``setPrice(_:to:)`` runs this check itself.
    @discardableResult
    public func checkLiquidations(instId: String? = nil) -> [SimulatedOrder] { state.liquidate(instId: instId) }

    /// Every algo order of every account.
    public func algoOrders() -> [SimulatedAlgoOrder] { state.exchange.allAlgoOrders() }
}

/// A certificate for the simulator's optional TLS listener (PEM files; a self-signed one for
/// 127.0.0.1 will do, with the client told to trust it), serving the same exchange as the plain one.
public struct SimulatorTLS: Sendable {
    /// Path of the PEM certificate (chain) the listener presents.
    public var certificatePath: String
    /// Path of the PEM private key of that certificate.
    public var privateKeyPath: String
    /// Port on 127.0.0.1 (0 picks a free one).
    public var port: Int

    /// A TLS listener from PEM files, on `port` (0: any free port).
    public init(certificatePath: String, privateKeyPath: String, port: Int = 0) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
        self.port = port
    }
}

/// The simulator could not do what was asked.
public struct SimulatorError: Error, CustomStringConvertible {
    /// What went wrong, in plain words.
    public let message: String
    /// Same as `message`, so printing the error shows what went wrong.
    public var description: String { message }
}
