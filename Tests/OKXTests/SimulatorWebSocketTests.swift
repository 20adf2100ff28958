import Foundation
import Logging
import NIOSSL
@testable import OKX
import OKXSimulator
import OKXStreams
import Synchronization
import Testing
import WSClient

/// The simulator's WebSocket side as OKX's: live and demo chosen by URL (`/ws/v5/…` and
/// `/demo/ws/v5/…`, as `ws.okx.com` and `wspap.okx.com`), query strings ignored, and every fill
/// published on `trades`, `candle*`, `fills`, `account`, `positions` and `balance_and_position`
/// from the state REST reads. Tests wait on messages; the deadlines only bound a failing test.
@Suite(.timeLimit(.minutes(2))) struct SimulatorWebSocketTests {
    /// A raw WebSocket connection, no header and nothing added: what a third-party client sends.
    struct RawSocket: Sendable {
        let outbound: WebSocketOutboundWriter
        let inbox: AsyncStream<String>

        func send(_ text: String) async throws { try await outbound.write(.text(text)) }

        /// The next message for which `match` holds (earlier ones are skipped).
        func next(_ what: String, _ match: @escaping @Sendable ([String: Any]) -> Bool) async throws -> [String: Any] {
            let inbox = inbox
            let text = try await withDeadline(what) { () -> String? in
                for await text in inbox {
                    if let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any], match(object) { return text }
                }
                return nil
            }
            let found = try #require(text, "the connection ended before \(what)")
            return try #require((try? JSONSerialization.jsonObject(with: Data(found.utf8))) as? [String: Any])
        }

        func login(_ key: SimulatedKey, timestampAsNumber: Bool = false) async throws -> [String: Any] {
            let seconds = Int(Date().timeIntervalSince1970)
            let sign = Signer(credentials: Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase))
                .websocketLoginSignature(epochSeconds: String(seconds))
            let timestamp = timestampAsNumber ? String(seconds) : "\"\(seconds)\""
            try await send(#"{"op":"login","args":[{"apiKey":"\#(key.apiKey)","passphrase":"\#(key.passphrase)","timestamp":\#(timestamp),"sign":"\#(sign)"}]}"#)
            return try await next("the login answer") { $0["event"] as? String == "login" || $0["event"] as? String == "error" }
        }

        func subscribe(_ args: [String: String]) async throws -> [String: Any] {
            let arg = args.map { "\"\($0.key)\":\"\($0.value)\"" }.sorted().joined(separator: ",")
            try await send(#"{"op":"subscribe","args":[{\#(arg)}]}"#)
            return try await next("the answer to subscribing \(args)") { $0["event"] as? String == "subscribe" || $0["event"] as? String == "error" }
        }
    }

    func withRawSocket(_ url: String, tls: TLSConfiguration? = nil, _ body: @escaping @Sendable (RawSocket) async throws -> Void) async throws {
        let logger = Logger(label: "test.ws", factory: { _ in SwiftLogNoOpLogHandler() })
        _ = try await WebSocketClient.connect(url: url, configuration: .init(maxFrameSize: 1 << 22), tlsConfiguration: tls, logger: logger) { inbound, outbound, _ in
            let (inbox, continuation) = AsyncStream.makeStream(of: String.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    defer { continuation.finish() }
                    for try await message in inbound.messages(maxSize: 1 << 22) {
                        if case .text(let text) = message { continuation.yield(text) }
                    }
                }
                do {
                    try await body(RawSocket(outbound: outbound, inbox: inbox))
                } catch {
                    try? await outbound.close(.normalClosure, reason: nil)
                    group.cancelAll()
                    throw error
                }
                try await outbound.close(.normalClosure, reason: nil)
                group.cancelAll()
            }
        }
    }

    func withSim(_ body: (OKXSimulator) async throws -> Void) async throws {
        // The default market tick (100 ms): these tests wait on pushes that fills cause, not on the feed.
        let config = SimulatorConfiguration()
        let sim = try await OKXSimulator.start(config)
        do {
            try await body(sim)
            await sim.stop()
        } catch {
            await sim.stop()
            throw error
        }
    }

    func restClient(_ sim: OKXSimulator, key: SimulatedKey = .demo) throws -> (OKXClient.Configuration, OKXClient) {
        var config = OKXClient.Configuration(environment: key.environment == .demo ? .demo : .live, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        return (config, try OKXClient(configuration: config))
    }

    static func code(_ message: [String: Any]) -> String? { message["code"] as? String }

    // MARK: Live and demo by URL

    @Test func demoKeyLogsInOnTheDemoURLWithoutAHeader() async throws {
        try await withSim { sim in
            #expect(sim.demoWebSocketBaseURL == sim.webSocketBaseURL + "/demo")
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private") { socket in
                let answer = try await socket.login(.demo)
                #expect(answer["event"] as? String == "login" && Self.code(answer) == "0", "\(answer)")
            }
        }
    }

    @Test func keyOfTheOtherEnvironmentGets50101ByURL() async throws {
        try await withSim { sim in
            // A demo key on the live URL (no header, as a client choosing demo by URL sends)…
            try await withRawSocket(sim.webSocketBaseURL + "/ws/v5/private") { socket in
                let answer = try await socket.login(.demo)
                #expect(answer["event"] as? String == "error" && Self.code(answer) == "50101", "\(answer)")
                #expect(answer["msg"] as? String == "APIKey does not match current environment.")
            }
            // …and a live key on the demo URL.
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private") { socket in
                let answer = try await socket.login(.live)
                #expect(answer["event"] as? String == "error" && Self.code(answer) == "50101", "\(answer)")
            }
            // The live key on the live URL logs in.
            try await withRawSocket(sim.webSocketBaseURL + "/ws/v5/private") { socket in
                let answer = try await socket.login(.live)
                #expect(Self.code(answer) == "0", "\(answer)")
            }
        }
    }

    @Test func queryStringOnTheURLIsAcceptedAndIgnored() async throws {
        try await withSim { sim in
            // ccxt adds ?brokerId=9999 to every demo URL; python-okx users add it by hand.
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/public?brokerId=9999") { socket in
                let answer = try await socket.subscribe(["channel": "tickers", "instId": "BTC-USDT"])
                #expect(answer["event"] as? String == "subscribe", "\(answer)")
                let push = try await socket.next("a ticker") { ($0["arg"] as? [String: Any])?["channel"] as? String == "tickers" }
                #expect(((push["data"] as? [[String: Any]])?.first?["instId"] as? String) == "BTC-USDT")
            }
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private?brokerId=9999") { socket in
                let answer = try await socket.login(.demo)
                #expect(Self.code(answer) == "0", "\(answer)")
            }
            try await withRawSocket(sim.webSocketBaseURL + "/ws/v5/business?brokerId=9999&x=1") { socket in
                let answer = try await socket.subscribe(["channel": "candle1m", "instId": "BTC-USDT"])
                #expect(answer["event"] as? String == "subscribe", "\(answer)")
            }
        }
    }

    @Test func loginTimestampMayBeAJSONNumber() async throws {
        // python-okx sends `"timestamp": 1700000000` (an int) and signs its digits.
        try await withSim { sim in
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private") { socket in
                let answer = try await socket.login(.demo, timestampAsNumber: true)
                #expect(Self.code(answer) == "0", "\(answer)")
            }
        }
    }

    @Test func streamsClientLogsInWithADemoKeyByTheDemoURL() async throws {
        try await withSim { sim in
            let (config, rest) = try restClient(sim)
            let streams = OKXStreams(configuration: OKXStreams.Configuration(client: config, webSocketBaseURL: sim.demoWebSocketBaseURL), rest: rest)
            let orders = streams.subscribe(.orders())
            // A private subscription is recorded only after a successful login.
            try await sim.expectWebSockets("the orders subscription on the demo URL") { $0 == 1 && $1 == 1 }
            _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "demourl1", side: .buy, ordType: .limit, sz: 1, px: 100))
            let seen = try await withDeadline("the order's push") { () -> String? in
                for try await event in orders { if case .order(let o) = event, o.clOrdId == "demourl1" { return o.clOrdId } }
                return nil
            }
            #expect(seen == "demourl1")
            await streams.shutdown(); await rest.shutdown()
        }
    }

    /// The optional TLS listener serves the same exchange: a demo key logs in by the wss demo URL
    /// (what python-okx's WebSocket classes need, as they always use TLS).
    @Test(.enabled(if: StreamConnectionFailureTests.openssl != nil, "needs the openssl command"))
    func tlsListenerServesTheSameExchange() async throws {
        let openssl = try #require(StreamConnectionFailureTests.openssl)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-sim-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (cert, key) = (dir.path + "/cert.pem", dir.path + "/key.pem")
        let generated = try await Subprocess.run(openssl, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                                                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], environment: [:])
        try #require(generated.status == 0, "\(generated.stderr)")
        // The default market tick (100 ms): these tests wait on pushes that fills cause, not on the feed.
        let config = SimulatorConfiguration()
        let sim = try await OKXSimulator.start(config, tls: SimulatorTLS(certificatePath: cert, privateKeyPath: key))
        let wss = try #require(sim.tlsDemoWebSocketBaseURL)
        #expect(wss.hasPrefix("wss://127.0.0.1:") && sim.tlsPort != sim.port)
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(cert))
        do {
            // By name: this client sends the host as SNI, which may not be an IP address.
            let byName = wss.replacingOccurrences(of: "wss://127.0.0.1:", with: "wss://localhost:")
            try await withRawSocket(byName + "/ws/v5/private?brokerId=9999", tls: tls) { socket in
                let answer = try await socket.login(.demo)
                #expect(Self.code(answer) == "0", "\(answer)")
            }
            await sim.stop()
        } catch {
            await sim.stop()
            throw error
        }
    }

    @Test func unsupportedCandleBarIsRefused() async throws {
        try await withSim { sim in
            try await withRawSocket(sim.webSocketBaseURL + "/ws/v5/business") { socket in
                let answer = try await socket.subscribe(["channel": "candle7m", "instId": "BTC-USDT"])
                #expect(answer["event"] as? String == "error" && Self.code(answer) == "60018", "\(answer)")
            }
        }
    }

    // MARK: Pushes after a REST fill

    @Test func tradesCandlesAndAccountArriveAfterARestOrderFills() async throws {
        try await withSim { sim in
            let (config, rest) = try restClient(sim)
            let streams = OKXStreams(configuration: OKXStreams.Configuration(client: config, webSocketBaseURL: sim.demoWebSocketBaseURL), rest: rest)
            let trades = streams.subscribe(.trades("BTC-USDT"))
            let candles = streams.subscribe(.candles("BTC-USDT", bar: .oneMinute))
            let account = streams.subscribe(.account(ccy: "BTC"))
            let balances = streams.subscribe(.balanceAndPosition)
            try await sim.expectWebSockets("four subscriptions") { _, subscriptions in subscriptions == 4 }
            // The first account push is the snapshot sent on subscribing: the balance before.
            let before = try await withDeadline("the account snapshot") { () -> Decimal? in
                for try await event in account { if case .account(let a) = event { return a.details.first { $0.ccy == "BTC" }?.cashBal } }
                return nil
            }
            // A limit buy above the best ask takes it at once (a taker fill, as REST shows it).
            let book = try #require(sim.orderBook("BTC-USDT", depth: 1))
            let ask = try #require(book.asks.first)
            _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "fill1", side: .buy, ordType: .limit, sz: Decimal(1) / 100, px: 70000))
            let order = try #require(sim.orders().first { $0.clOrdId == "fill1" })
            #expect(order.state == "filled")

            let trade = try await withDeadline("the public trade") { () -> Trade? in
                for try await event in trades { if case .trade(let t) = event { return t } }
                return nil
            }
            #expect(trade?.tradeId == order.lastTradeId)
            #expect(trade?.px == Decimal(string: ask[0]))
            #expect(trade?.sz == Decimal(1) / 100)
            #expect(trade?.side == .buy)

            let candle = try await withDeadline("a candle") { () -> Candle? in
                for try await event in candles { if case .candle(let c) = event { return c } }
                return nil
            }
            // REST's current 1m candle: the same bar.
            let minute = sim.serverMilliseconds() / 60_000 * 60_000
            let start = try #require(candle?.ts).timeIntervalSince1970 * 1000
            #expect(abs(Int64(start) - minute) <= 60_000)
            #expect(candle?.isConfirmed == false)

            let after = try await withDeadline("the account update with the fill") { () -> Decimal? in
                for try await event in account {
                    if case .account(let a) = event, let btc = a.details.first(where: { $0.ccy == "BTC" })?.cashBal, btc != before { return btc }
                }
                return nil
            }
            let restBalance = try await rest.send(API.TradingAccount.getBalance(.init(ccy: "BTC")))
            #expect(after != nil && after == restBalance.first?.details?.first { $0.ccy == "BTC" }?.cashBal)

            let update = try await withDeadline("balance_and_position after the fill") { () -> BalanceAndPosition? in
                for try await event in balances { if case .balanceAndPosition(let b) = event, b.eventType == "filled" { return b } }
                return nil
            }
            #expect(update?.trades?.map(\.tradeId) == [order.lastTradeId])
            #expect(update?.balData.first { $0.ccy == "BTC" }?.cashBal == after)
            await streams.shutdown(); await rest.shutdown()
        }
    }

    @Test func restingOrderFilledByTheMarketPublishesTradeFillsAndPosition() async throws {
        try await withSim { sim in
            let (_, rest) = try restClient(sim)
            try await withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private") { socket in
                let login = try await socket.login(.demo)
                #expect(Self.code(login) == "0", "\(login)")
                let fills = try await socket.subscribe(["channel": "fills"])
                #expect(fills["event"] as? String == "subscribe", "\(fills)")
                let positions = try await socket.subscribe(["channel": "positions", "instType": "SWAP"])
                #expect(positions["event"] as? String == "subscribe", "\(positions)")
                _ = try await socket.next("the positions snapshot") { ($0["arg"] as? [String: Any])?["channel"] as? String == "positions" }
                try await withRawSocket(sim.webSocketBaseURL + "/ws/v5/public") { market in
                    let subscribed = try await market.subscribe(["channel": "trades", "instId": "BTC-USDT-SWAP"])
                    #expect(subscribed["event"] as? String == "subscribe", "\(subscribed)")
                    _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT-SWAP", tdMode: .cross, clOrdId: "rest1", side: .sell, ordType: .limit, sz: 2, px: 90000))
                    let filled = sim.fillRestingOrders(instId: "BTC-USDT-SWAP")
                    #expect(filled.map(\.clOrdId) == ["rest1"])
                    let trade = try await market.next("the public trade") { ($0["arg"] as? [String: Any])?["channel"] as? String == "trades" }
                    let t = try #require((trade["data"] as? [[String: Any]])?.first)
                    // The resting sell was the maker: the public trade's side is the taker's, buy.
                    #expect(t["side"] as? String == "buy" && t["px"] as? String == "90000" && t["sz"] as? String == "2", "\(t)")
                    #expect(t["tradeId"] is String && t["ts"] is String)
                }
                // The two channels' pushes come in either order (as on OKX): read until both are in.
                var pushes: [String: [String: Any]] = [:]
                while pushes.count < 2 {
                    let push = try await socket.next("the fill and the position update") {
                        let channel = ($0["arg"] as? [String: Any])?["channel"] as? String
                        return channel == "fills" || (channel == "positions" && $0["eventType"] as? String == "event_update")
                    }
                    if let channel = (push["arg"] as? [String: Any])?["channel"] as? String { pushes[channel] = push }
                }
                let f = try #require((pushes["fills"]?["data"] as? [[String: Any]])?.first)
                #expect(f["execType"] as? String == "M" && f["side"] as? String == "sell" && f["clOrdId"] as? String == "rest1", "\(f)")
                let p = try #require((pushes["positions"]?["data"] as? [[String: Any]])?.first)
                let restPositions = try await rest.send(API.TradingAccount.getPositions(.init(instId: "BTC-USDT-SWAP")))
                #expect(p["instId"] as? String == "BTC-USDT-SWAP")
                #expect((p["pos"] as? String).flatMap { Decimal(string: $0) } == restPositions.first?.pos, "\(p)")
            }
            await rest.shutdown()
        }
    }
}
