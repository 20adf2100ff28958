import Foundation
@testable import OKX
@testable import OKXSimulator
import Synchronization
import Testing

/// Every WebSocket channel of the docs' table on the simulator: accepted on its documented URL,
/// refused elsewhere (60018) and without a login where the channel is a user's (60011), and
/// pushing data with the documented fields — from the simulator's state where it has some
/// (agreeing with REST), from the docs' example otherwise. Tests wait on messages and on the
/// simulator's control API; deadlines only bound a failing test.
@Suite(.timeLimit(.minutes(3))) struct SimulatorChannelTests {
    typealias RawSocket = SimulatorWebSocketTests.RawSocket

    /// The trading bots' channels: another part of the simulator pushes them (through the hub's
    /// `publish(channel:account:data:)`); here only their subscription is checked.
    static let botChannels: Set<String> = ["grid-orders-spot", "grid-orders-contract", "grid-positions", "grid-sub-orders", "algo-recurring-buy"]

    /// A channel of the table: its names, URL, documented args and push fields.
    struct Channel {
        var names: [String]
        var url: String
        var args: [(name: String, required: String)]
        /// The names of a push's `data` fields (top level), and how many positional ones (candles).
        var fields: Set<String>
        var positions: Int
        var exampleKeys: Set<String>
    }

    static func table() throws -> [Channel] {
        let spec = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Data/okx/api-spec.json"))) as? [String: Any])
        let entries = try #require(spec["websocket"] as? [[String: Any]]).filter { $0["kind"] as? String == "channel" }
        return entries.map { e in
            let push = e["push_data"] as? [[String: Any]] ?? []
            let top = push.filter { ($0["path"] as? String)?.split(separator: ".").count == 2 && ($0["path"] as? String)?.hasPrefix("data.") == true }
            var exampleKeys: Set<String> = []
            if let example = e["push_example"] as? [String: Any], let first = (example["data"] as? [Any])?.first as? [String: Any] {
                exampleKeys = Set(first.keys)
            }
            let args = (e["args"] as? [[String: Any]] ?? []).map { a -> (String, String) in
                // true, false or "conditional" (one of a group is required).
                let required = a["required"] as? String ?? ((a["required"] as? Bool) == true ? "true" : "false")
                return (a["name"] as? String ?? "", required)
            }
            return Channel(names: (e["channels"] as? [String] ?? []).map { $0.replacingOccurrences(of: " ", with: "") }, url: e["url_kind"] as? String ?? "",
                           args: args, fields: Set(top.compactMap { $0["name"] as? String }), positions: top.filter { $0["position"] != nil }.count,
                           exampleKeys: exampleKeys)
        }
    }

    /// The subscription for a channel: its required args, filled with the simulator's ids.
    static func subscription(_ name: String, _ channel: Channel) -> [String: String] {
        var arg = ["channel": name]
        let options = name == "opt-summary" || name == "option-trades"
        for (key, required) in channel.args where key != "channel" && required != "false" {
            switch key {
            case "instId":
                guard required == "true" else { continue }  // conditional: the family is given instead
                arg[key] = name.hasPrefix("index-") ? "BTC-USDT" : name == "call-auction-details" ? "NEW-USDT" : "BTC-USDT-SWAP"
            case "instType": arg[key] = name == "estimated-price" ? "FUTURES" : options ? "OPTION" : "SWAP"
            case "instFamily": arg[key] = options ? "BTC-USD" : "BTC-USDT"
            case "sprdId": arg[key] = "BTC-USDT_BTC-USDT-SWAP"
            case "algoId": arg[key] = "1"
            default: continue
            }
        }
        return arg
    }

    func withSockets(_ sim: OKXSimulator, _ body: @escaping @Sendable (_ sockets: [String: RawSocket]) async throws -> Void) async throws {
        let ws = SimulatorWebSocketTests()
        let base = sim.demoWebSocketBaseURL
        try await ws.withRawSocket(base + "/ws/v5/public") { pub in
            try await ws.withRawSocket(base + "/ws/v5/business") { biz in
                try await ws.withRawSocket(base + "/ws/v5/private") { pri in
                    for socket in [pub, biz, pri] {
                        let answer = try await socket.login(.demo)
                        #expect(answer["code"] as? String == "0", "\(answer)")
                    }
                    try await body(["public": pub, "business": biz, "private": pri])
                }
            }
        }
    }

    static func object(_ text: String) -> [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] }
    static func channel(_ message: [String: Any]) -> String? { (message["arg"] as? [String: Any])?["channel"] as? String }

    // MARK: Every channel

    @Test func everyDocumentedChannelPushesOnItsURL() async throws {
        let table = try Self.table()
        #expect(table.count == 51)
        try await withSimulator { sim, client in
            try await withSockets(sim) { sockets in
                // Every message of the three connections, in one stream, as text.
                let (merged, sink) = AsyncStream.makeStream(of: String.self)
                let readers = sockets.values.map { socket in Task { for await text in socket.inbox { sink.yield(text) } } }
                defer { readers.forEach { $0.cancel() } }
                var expected: [String: Channel] = [:]
                for channel in table {
                    for name in channel.names {
                        let arg = Self.subscription(name, channel)
                        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["op": "subscribe", "args": [arg]], options: [.sortedKeys]), as: UTF8.self)
                        try await #require(sockets[channel.url]).send(json)
                        if !Self.botChannels.contains(name) { expected[name] = channel }
                    }
                }
                let subscriptions = table.reduce(0) { $0 + $1.names.count }
                let pushes = Mutex<[String: [String]]>([:])
                let errors = Mutex<[String]>([])
                let acks = Mutex(0)
                /// Reads the merged stream until `done` holds for what was read so far.
                func read(until done: @escaping @Sendable () -> Bool, _ what: String) async throws {
                    if done() { return }
                    _ = try await withDeadline(what) { () -> Bool in
                        for await text in merged {
                            guard let message = Self.object(text) else { continue }
                            if message["event"] as? String == "subscribe" { acks.withLock { $0 += 1 } }
                            if message["event"] as? String == "error" { errors.withLock { $0.append(text) } }
                            if message["data"] != nil, let name = Self.channel(message) { pushes.withLock { $0[name, default: []].append(text) } }
                            if done() { return true }
                        }
                        return false
                    }
                }
                try await read(until: { acks.withLock { $0 } + errors.withLock { $0.count } >= subscriptions }, "every subscription's answer")
                #expect(errors.withLock { $0 }.isEmpty, "\(errors.withLock { $0 })")
                #expect(acks.withLock { $0 } == subscriptions)

                // What the event channels wait for: algo orders (one a trailing stop, an advance
                // type), a fill, a price near the position's liquidation price, then past it.
                _ = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                    instId: "BTC-USDT-SWAP", tdMode: .cross, side: .buy, ordType: .trigger, sz: 1, triggerPx: 70000, orderPx: -1)))
                _ = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                    instId: "BTC-USDT-SWAP", tdMode: .cross, side: .sell, ordType: .moveOrderStop, sz: Decimal(string: "0.01"), reduceOnly: true, callbackSpread: 100)))
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT-SWAP", tdMode: .cross, clOrdId: "every1", side: .sell,
                                                                                   ordType: .market, sz: Decimal(string: "0.5") ?? 0))
                _ = try sim.setPrice("BTC-USDT-SWAP", to: 58800)
                let liquidated = try sim.setPrice("BTC-USDT-SWAP", to: 58000).liquidated
                #expect(!liquidated.isEmpty, "the account's long passed its liquidation price")

                let wanted = Set(expected.keys)
                // On a timeout (recorded as an issue) the checks below name the silent channels.
                try? await read(until: { Set(pushes.withLock { $0.keys }).isSuperset(of: wanted) }, "a push on every channel")
                let seen = pushes.withLock { $0 }
                for (name, channel) in expected.sorted(by: { $0.key < $1.key }) {
                    let texts = seen[name] ?? []
                    #expect(!texts.isEmpty, "no push on \(name)")
                    for text in texts {
                        let data = try #require(Self.object(text)?["data"] as? [Any], "\(name): \(text.prefix(200))")
                        // The documented status channel pushes maintenance; REST's system/status and
                        // this channel agree that there is none.
                        if name != "status" { #expect(!data.isEmpty, "\(name) pushed no data") }
                        for item in data {
                            if let row = item as? [String: Any] {
                                let extra = Set(row.keys).subtracting(channel.fields).subtracting(channel.exampleKeys)
                                #expect(extra.isEmpty, "\(name) pushes undocumented fields \(extra.sorted())")
                            } else if let cells = item as? [Any] {
                                #expect(cells.count == channel.positions, "\(name): \(cells.count) cells, \(channel.positions) documented")
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: Agreeing with REST

    private func rows(_ client: OKXClient, _ path: String, _ query: KeyValuePairs<String, String>, auth: EndpointSpec.Authentication = .public) async throws -> [JSONValue] {
        try await client.send(.get, path, query: query, auth: auth).data.arrayValue ?? []
    }

    @Test func markPriceAndFundingRateAgreeWithREST() async throws {
        try await withSimulator { sim, client in
            try await withSockets(sim) { sockets in
                let pub = try #require(sockets["public"])
                func subscribe(_ channel: String) async throws {
                    let answer = try await pub.subscribe(["channel": channel, "instId": channel == "index-tickers" ? "BTC-USDT" : "BTC-USDT-SWAP"])
                    #expect(answer["event"] as? String == "subscribe", "\(answer)")
                }
                func item(_ channel: String, where match: @escaping @Sendable ([String: Any]) -> Bool = { _ in true }) async throws -> [String: Any] {
                    let push = try await pub.next("a \(channel) push") {
                        Self.channel($0) == channel && ((($0["data"] as? [[String: Any]])?.first).map(match) ?? false)
                    }
                    return try #require((push["data"] as? [[String: Any]])?.first)
                }
                try await subscribe("mark-price")
                let mark = try await item("mark-price")
                let restMark = try #require(try await rows(client, "/api/v5/public/mark-price", ["instType": "SWAP", "instId": "BTC-USDT-SWAP"]).first)
                #expect(mark["markPx"] as? String == restMark["markPx"]?.stringValue && mark["instType"] as? String == "SWAP", "\(mark) \(restMark)")

                try await subscribe("funding-rate")
                let funding = try await item("funding-rate")
                let restFunding = try #require(try await rows(client, "/api/v5/public/funding-rate", ["instId": "BTC-USDT-SWAP"]).first)
                for key in ["instId", "instType", "fundingRate", "fundingTime", "nextFundingTime", "method", "formulaType", "settFundingRate", "premium"] {
                    #expect(funding[key] as? String == restFunding[key]?.stringValue, "\(key): \(funding) vs \(restFunding)")
                }
                try await subscribe("index-tickers")
                let idx = try await item("index-tickers")
                let restIdx = try #require(try await rows(client, "/api/v5/market/index-tickers", ["instId": "BTC-USDT"]).first)
                #expect(idx["idxPx"] as? String == restIdx["idxPx"]?.stringValue && idx["open24h"] as? String == restIdx["open24h"]?.stringValue)
                for (channel, path, keys) in [("price-limit", "/api/v5/public/price-limit", ["buyLmt", "sellLmt"]),
                                              ("open-interest", "/api/v5/public/open-interest", ["oi", "oiCcy", "oiUsd"])] {
                    try await subscribe(channel)
                    let pushed = try await item(channel)
                    let rest = try #require(try await rows(client, path, ["instType": "SWAP", "instId": "BTC-USDT-SWAP"]).first)
                    for key in keys { #expect(pushed[key] as? String == rest[key]?.stringValue, "\(channel) \(key)") }
                }

                // A price move is pushed, and REST shows the same price.
                _ = try sim.setPrice("BTC-USDT-SWAP", to: 61234)
                let moved = try await item("mark-price") { $0["markPx"] as? String == "61234" }
                let restMoved = try #require(try await rows(client, "/api/v5/public/mark-price", ["instType": "SWAP", "instId": "BTC-USDT-SWAP"]).first)
                #expect(moved["markPx"] as? String == restMoved["markPx"]?.stringValue)
                _ = try sim.setPrice("BTC-USDT", to: 60000)
                let index = try await item("index-tickers") { $0["idxPx"] as? String == "60000" }
                #expect(index["instId"] as? String == "BTC-USDT")
            }
        }
    }

    // MARK: Algo orders

    @Test func ordersAlgoPushesWhenPlacedTriggeredAndCancelled() async throws {
        try await withSimulator { sim, client in
            try await withSockets(sim) { sockets in
                let biz = try #require(sockets["business"])
                let answer = try await biz.subscribe(["channel": "orders-algo", "instType": "SWAP"])
                #expect(answer["event"] as? String == "subscribe", "\(answer)")
                func push(_ state: String, _ algoId: String) async throws -> [String: Any] {
                    let message = try await biz.next("orders-algo \(state) for \(algoId)") { m in
                        guard Self.channel(m) == "orders-algo", let row = (m["data"] as? [[String: Any]])?.first else { return false }
                        return row["algoId"] as? String == algoId && row["state"] as? String == state
                    }
                    #expect((message["arg"] as? [String: Any])?["uid"] as? String != nil, "a user's channel names the user")
                    return try #require((message["data"] as? [[String: Any]])?.first)
                }
                let stop = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                    instId: "BTC-USDT-SWAP", tdMode: .cross, side: .sell, ordType: .conditional, sz: 1, slTriggerPx: 63000, slOrdPx: -1, reduceOnly: true)))
                let live = try await push("live", stop.algoId)
                #expect(live["slTriggerPx"] as? String == "63000" && live["instId"] as? String == "BTC-USDT-SWAP" && live["ordType"] as? String == "conditional")

                let move = try sim.setPrice("BTC-USDT-SWAP", to: 62900)
                #expect(move.triggered.map(\.algoId) == [stop.algoId])
                let effective = try await push("effective", stop.algoId)
                #expect(effective["actualSide"] as? String == "sl" && effective["ordId"] as? String == move.algoChildren.first?.ordId)

                let trigger = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                    instId: "BTC-USDT-SWAP", tdMode: .cross, side: .buy, ordType: .trigger, sz: 1, triggerPx: 70000, orderPx: -1)))
                _ = try await push("live", trigger.algoId)
                _ = try await client.send(API.AlgoTrading.cancelAlgoOrder([.init(instId: "BTC-USDT-SWAP", algoId: trigger.algoId)]))
                _ = try await push("canceled", trigger.algoId)
            }
        }
    }

    // MARK: Book, tickers and trades after price moves and fills

    @Test func bookStaysConsistentAfterSetPriceAndFillsReachTickersAndTrades() async throws {
        try await withSimulator { sim, client in
            sim.inject(.pauseMarket)  // only the price move changes the book
            try await withSockets(sim) { sockets in
                let pub = try #require(sockets["public"])
                #expect(try await pub.subscribe(["channel": "books", "instId": "BTC-USDT"])["event"] as? String == "subscribe")
                let snapshot = try await pub.next("the book snapshot") { Self.channel($0) == "books" && $0["action"] as? String == "snapshot" }
                let first = try #require((snapshot["data"] as? [[String: Any]])?.first)
                var bids: [Decimal: String] = [:], asks: [Decimal: String] = [:]
                func apply(_ levels: Any?, to side: inout [Decimal: String]) {
                    for level in levels as? [[String]] ?? [] {
                        guard let price = Decimal(string: level[0], locale: Locale(identifier: "en_US_POSIX")) else { continue }
                        side[price] = level[1] == "0" ? nil : level[1]
                    }
                }
                apply(first["bids"], to: &bids)
                apply(first["asks"], to: &asks)
                var seq = try #require((first["seqId"] as? NSNumber)?.int64Value)

                _ = try sim.setPrice("BTC-USDT", to: 60000)
                let truth = try #require(sim.orderBook("BTC-USDT"))
                while seq != truth.seqId {
                    let update = try await pub.next("the book update after the price move") { Self.channel($0) == "books" && $0["action"] as? String == "update" }
                    let data = try #require((update["data"] as? [[String: Any]])?.first)
                    #expect((data["prevSeqId"] as? NSNumber)?.int64Value == seq, "the update chains to the book the client has")
                    apply(data["bids"], to: &bids)
                    apply(data["asks"], to: &asks)
                    seq = try #require((data["seqId"] as? NSNumber)?.int64Value)
                }
                func text(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).description(withLocale: Locale(identifier: "en_US_POSIX")) }
                #expect(bids.keys.sorted(by: >).map { [text($0), bids[$0] ?? ""] } == truth.bids)
                #expect(asks.keys.sorted().map { [text($0), asks[$0] ?? ""] } == truth.asks)

                // A taker fill is the last trade: the ticker pushes it, REST's ticker and trades show it.
                #expect(try await pub.subscribe(["channel": "tickers", "instId": "BTC-USDT"])["event"] as? String == "subscribe")
                let ask = try #require(truth.asks.first?.first)
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "last1", side: .buy,
                                                                                   ordType: .limit, sz: Decimal(1) / 100, px: 61000))
                let order = try #require(sim.orders().first { $0.clOrdId == "last1" })
                let ticker = try await pub.next("the ticker after the fill") { m in
                    Self.channel(m) == "tickers" && ((m["data"] as? [[String: Any]])?.first?["last"] as? String) == ask
                }
                #expect((ticker["data"] as? [[String: Any]])?.first?["lastSz"] as? String == "0.01")
                let restTicker = try #require(try await rows(client, "/api/v5/market/ticker", ["instId": "BTC-USDT"]).first)
                #expect(restTicker["last"]?.stringValue == ask)
                let trades = try await rows(client, "/api/v5/market/trades", ["instId": "BTC-USDT", "limit": "5"])
                #expect(trades.count == 5)
                #expect(trades.first?["tradeId"]?.stringValue == order.lastTradeId && trades.first?["px"]?.stringValue == ask && trades.first?["side"]?.stringValue == "buy")
                let ids = trades.compactMap { $0["tradeId"]?.stringValue.flatMap { Int($0) } }
                #expect(ids == ids.sorted(by: >), "newest first, the fill before the generated history")

                // The next price move makes the price as set the last again.
                _ = try sim.setPrice("BTC-USDT", to: 60500)
                #expect(try #require(try await rows(client, "/api/v5/market/ticker", ["instId": "BTC-USDT"]).first)["last"]?.stringValue == "60500")
            }
        }
    }

    // MARK: The bot simulator's hook

    /// The bot channels' pushes come from the bot simulator through the hub's
    /// `publish(channel:account:data:)`: only to the account's subscribers, filtered by their args.
    @Test func botChannelsArePushedThroughTheHubsPublishHook() async throws {
        let hub = SimulatedWebSocketHub()
        let (mine, inbox) = hub.open(endpoint: "business", demo: true)
        let (other, otherInbox) = hub.open(endpoint: "business", demo: true)
        hub.registry.withLock { r in
            r.sessions[mine]?.account = "key-a"
            r.sessions[mine]?.subscriptions["grid"] = ["channel": "grid-orders-spot", "instType": "SPOT"]
            r.sessions[other]?.account = "key-b"
            r.sessions[other]?.subscriptions["grid"] = ["channel": "grid-orders-spot", "instType": "ANY"]
        }
        hub.publish(channel: "grid-orders-spot", account: "key-a",
                    data: [["algoId": "1", "instType": "SPOT", "instId": "BTC-USDT"], ["algoId": "2", "instType": "SWAP", "instId": "BTC-USDT-SWAP"]])
        hub.close(mine)  // ends the streams: everything pushed is in them
        hub.close(other)
        var pushes: [[String: Any]] = []
        for await text in inbox { pushes += [Self.object(text)].compactMap { $0 } }
        var others = 0
        for await _ in otherInbox { others += 1 }
        #expect(others == 0, "another account's subscriber gets nothing")
        let push = try #require(pushes.first)
        #expect(pushes.count == 1 && (push["data"] as? [[String: Any]])?.map { $0["algoId"] as? String } == ["1"], "\(pushes)")
        #expect((push["arg"] as? [String: Any])?["uid"] as? String == Rendering.uid)
    }

    // MARK: Refusals

    @Test func wrongURLOrMissingLoginIsRefusedAsOKXDoes() async throws {
        try await withSimulator { sim, _ in
            let ws = SimulatorWebSocketTests()
            let base = sim.demoWebSocketBaseURL
            func code(_ url: String, _ arg: [String: String]) async throws -> String? {
                let answer = Mutex<String?>(nil)
                try await ws.withRawSocket(base + url) { socket in
                    let reply = try await socket.subscribe(arg)
                    answer.withLock { $0 = reply["event"] as? String == "subscribe" ? "subscribed" : reply["code"] as? String }
                }
                return answer.withLock { $0 }
            }
            let cases: [(url: String, arg: [String: String], expected: String)] = [
                ("/ws/v5/business", ["channel": "mark-price", "instId": "BTC-USDT-SWAP"], "60018"),
                ("/ws/v5/public", ["channel": "candle1m", "instId": "BTC-USDT"], "60018"),
                ("/ws/v5/public", ["channel": "no-such-channel"], "60018"),
                ("/ws/v5/public", ["channel": "funding-rate", "instId": "BTC-USDT"], "60018"),
                ("/ws/v5/business", ["channel": "orders-algo", "instType": "ANY"], "60011"),
                ("/ws/v5/business", ["channel": "deposit-info"], "60011"),
                ("/ws/v5/private", ["channel": "account-greeks"], "60011"),
                ("/ws/v5/public", ["channel": "books-l2-tbt", "instId": "BTC-USDT"], "60011"),
                ("/ws/v5/business", ["channel": "economic-calendar"], "subscribed"),
                ("/ws/v5/public", ["channel": "index-tickers", "instId": "BTC-USD"], "subscribed"),
                ("/ws/v5/business", ["channel": "candle1s", "instId": "BTC-USDT"], "subscribed"),
            ]
            for c in cases {
                let answer = try await code(c.url, c.arg)
                #expect(answer == c.expected, "\(c.arg) on \(c.url)")
            }
        }
    }
}
