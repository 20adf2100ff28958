import Foundation
@testable import OKX
import OKXSimulator
@testable import OKXStreams
import Testing

/// WebSocket streams against the simulator's WebSocket endpoints. Tests wait on events; the
/// time limits only turn a hang (a wait on an event that never comes) into a failure.
@Suite(.timeLimit(.minutes(2))) struct StreamTests {
    func withStreams<R>(_ configureSim: (inout SimulatorConfiguration) -> Void = { _ in }, key: SimulatedKey = .demo,
                        streams configureStreams: (inout OKXStreams.Configuration) -> Void = { _ in },
                        _ body: (OKXSimulator, OKXStreams, OKXClient) async throws -> R) async throws -> R {
        var simConfig = SimulatorConfiguration()
        simConfig.marketTick = .milliseconds(10)
        configureSim(&simConfig)
        let sim = try await OKXSimulator.start(simConfig)
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let rest = try OKXClient(configuration: config)
        var streamsConfig = OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL)
        streamsConfig.reconnectBaseDelay = .milliseconds(50)
        streamsConfig.reconnectMaxDelay = .milliseconds(200)
        configureStreams(&streamsConfig)
        let streams = OKXStreams(configuration: streamsConfig, rest: rest)
        do {
            let result = try await body(sim, streams, rest)
            await streams.shutdown(); await rest.shutdown(); await sim.stop()
            return result
        } catch {
            await streams.shutdown(); await rest.shutdown(); await sim.stop()
            throw error
        }
    }

    /// Reads events until `until` says stop (or `limit` events). The deadline only bounds a
    /// failing test (the events never come); it is far above what a loaded machine needs.
    func collect(_ stream: StreamEvents, limit: Int = 10_000, timeout: Duration = .seconds(60),
                 until: @escaping @Sendable ([StreamEvent]) -> Bool) async throws -> [StreamEvent] {
        try await withThrowingTaskGroup(of: [StreamEvent]?.self) { group in
            group.addTask {
                var events: [StreamEvent] = []
                for try await event in stream {
                    events.append(event)
                    if events.count >= limit || until(events) { break }
                }
                return events
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return try #require(first, "timed out waiting for events")
        }
    }

    func waitForSubscriptions(_ sim: OKXSimulator, _ count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await sim.expectWebSockets("\(count) WebSocket subscriptions at the simulator", sourceLocation: sourceLocation) { $1 >= count }
    }

    static func resyncs(_ events: [StreamEvent]) -> [String] { events.compactMap { if case .resync(let r) = $0 { return r } else { return nil } } }

    static func books(_ events: [StreamEvent]) -> [BookSnapshot] { events.compactMap { if case .book(let b) = $0 { return b } else { return nil } } }

    /// Pauses the simulator's market, waits for the client to catch up, and compares full books.
    /// `seen` is what the test read from `stream` last: the book may already be there, with
    /// nothing more to come once the market stands still.
    func expectBookMatches(_ sim: OKXSimulator, _ stream: StreamEvents, instId: String, seen: [StreamEvent]) async throws {
        // Once paused, no tick moves the book: the truth read next is the last book sent.
        sim.inject(.pauseMarket)
        let truth = try #require(sim.orderBook(instId))
        var book = Self.books(seen).last
        if book?.seqId != truth.seqId {
            let events = try await collect(stream) { Self.books($0).last?.seqId == truth.seqId }
            book = Self.books(events).last
        }
        #expect(book?.seqId == truth.seqId)
        #expect(book?.bids.map { [$0.price, $0.size] } == truth.bids)
        #expect(book?.asks.map { [$0.price, $0.size] } == truth.asks)
    }

    @Test func tickersArriveTyped() async throws {
        try await withStreams { _, streams, _ in
            let events = try await collect(streams.subscribe(.tickers("BTC-USDT"))) { $0.count >= 3 }
            let tickers = events.compactMap { if case .ticker(let t) = $0 { return t } else { return nil } }
            #expect(tickers.count == 3 && tickers.allSatisfy { $0.instId == "BTC-USDT" && $0.last == 65000 })
        }
    }

    @Test func bookStaysEqualToTheSimulatorsAcrossThousandsOfUpdates() async throws {
        try await withStreams({ $0.marketTick = .milliseconds(2) }) { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let events = try await collect(stream) { $0.count >= 2000 }
            #expect(!events.contains { if case .resync = $0 { return true } else { return false } })
            let seqs = Self.books(events).compactMap(\.seqId)
            #expect(zip(seqs, seqs.dropFirst()).allSatisfy { $0 < $1 })
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    @Test func seqGapTriggersResync() async throws {
        try await withStreams { sim, streams, _ in
            let stream = streams.subscribe(.books("ETH-USDT"), depth: 400)
            _ = try await collect(stream) { Self.books($0).count >= 3 }
            sim.inject(.skipSeqId(instId: "ETH-USDT"))
            let events = try await collect(stream) { events in
                guard let i = events.firstIndex(where: { if case .resync = $0 { return true } else { return false } }) else { return false }
                return Self.books(Array(events[i...])).count >= 2
            }
            let reason = events.compactMap { if case .resync(let r) = $0 { return r } else { return nil } }.first
            #expect(reason?.contains("gap") == true)
            try await expectBookMatches(sim, stream, instId: "ETH-USDT", seen: events)
        }
    }

    @Test func wrongNonZeroChecksumTriggersResyncZeroDoesNot() async throws {
        try await withStreams { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let calm = try await collect(stream) { Self.books($0).count >= 50 }
            #expect(!calm.contains { if case .resync = $0 { return true } else { return false } }, "checksum 0 is 'not provided'")
            sim.inject(.wrongChecksum(instId: "BTC-USDT"))
            let events = try await collect(stream) { $0.contains { if case .resync = $0 { return true } else { return false } } }
            #expect(events.contains { if case .resync(let r) = $0 { return r.contains("checksum") } else { return false } })
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    @Test func realChecksumsAreVerified() async throws {
        try await withStreams({ $0.bookChecksums = true }) { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let events = try await collect(stream) { Self.books($0).count >= 100 }
            #expect(!events.contains { if case .resync = $0 { return true } else { return false } }, "every non-zero checksum matched")
        }
    }

    @Test func sequenceResetResyncsOnceAndDoesNotLoop() async throws {
        try await withStreams { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            _ = try await collect(stream) { Self.books($0).count >= 3 }
            sim.inject(.resetSequence(instId: "BTC-USDT"))
            let events = try await collect(stream) { Self.books($0).count >= 30 }
            let resyncs = events.filter { if case .resync = $0 { return true } else { return false } }
            #expect(resyncs.count == 1)
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    /// OKX without initial snapshots and with zero checksums, as announced for 2026: every book
    /// subscription, and every one renewed after a dropped connection, is joined to a REST
    /// snapshot by seqId, with no resync and books equal to the exchange's.
    @Test func booksWithoutAnyInitialSnapshotAreJoinedFromRESTAfterReconnectsToo() async throws {
        try await withStreams({ $0.bookSnapshots = false; $0.bookChecksums = false }) { sim, streams, _ in
            let btc = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let eth = streams.subscribe(.books("ETH-USDT"), depth: 400)
            let first = try await collect(btc) { Self.books($0).count >= 10 }
            #expect(Self.resyncs(first).isEmpty, "\(Self.resyncs(first))")
            _ = try await collect(eth) { Self.books($0).count >= 10 }
            sim.inject(.dropConnections)
            let again = try await collect(btc) { events in
                events.contains { if case .reconnected = $0 { return true } else { return false } } && Self.books(events).count >= 10
            }
            #expect(Self.resyncs(again).isEmpty, "\(Self.resyncs(again))")
            try await expectBookMatches(sim, btc, instId: "BTC-USDT", seen: again)
        }
    }

    /// OKX's orders channel since 2026: a post-only order that would cross pushes only
    /// `canceled`; one that rests pushes `live`.
    @Test func aCrossingPostOnlyOrderPushesOnlyCanceled() async throws {
        try await withStreams { sim, streams, rest in
            let orders = streams.subscribe(.orders())
            try await waitForSubscriptions(sim, 1)
            let ask = try #require(try await rest.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 1))).askLevels.first?.price)
            _ = try? await rest.trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, clOrdId: "pocross", side: .buy, ordType: .postOnly, sz: 1, px: ask))
            _ = try await rest.trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, clOrdId: "porest", side: .buy, ordType: .postOnly, sz: 1, px: 100))
            let events = try await collect(orders) { $0.contains { if case .order(let o) = $0 { return o.clOrdId == "porest" } else { return false } } }
            let states = { (id: String) in events.compactMap { if case .order(let o) = $0, o.clOrdId == id { return o.state.rawValue } else { return nil } } }
            #expect(states("pocross") == ["canceled"], "\(states("pocross"))")
            #expect(states("porest") == ["live"], "\(states("porest"))")
        }
    }

    /// Since 2026 the tick-by-tick books and the fills channel need VIP 4: a lower tier gets
    /// 64003, which ends that subscription with a typed error whose fix names the fee tier, and
    /// leaves the others on the connection alone.
    @Test func tickByTickBelowTheFeeTierEndsWith64003AndItsFix() async throws {
        try await withStreams({ $0.feeTier = 1 }) { _, streams, _ in
            let tbt = streams.subscribe(.booksL2Tbt("BTC-USDT"), depth: 400)
            let books = streams.subscribe(.books("BTC-USDT"), depth: 400)
            var refusal: OKXError?
            do {
                for try await _ in tbt {}
            } catch let error as OKXError {
                refusal = error
            }
            let error = try #require(refusal, "the tick-by-tick subscription ended without an error")
            #expect(error.code == 64003)
            #expect(error.fix.contains("VIP") || error.fix.contains("fee tier"), "\(error.fix)")
            let events = try await collect(books) { Self.books($0).count >= 3 }
            #expect(Self.books(events).count >= 3)
        }
    }

    @Test func missingSnapshotIsJoinedFromREST() async throws {
        try await withStreams { sim, streams, _ in
            sim.inject(.omitNextSnapshot)
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let events = try await collect(stream) { Self.books($0).count >= 20 }
            #expect(Self.resyncs(events).isEmpty, "\(Self.resyncs(events))")
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    @Test func droppedConnectionReconnectsAndResubscribes() async throws {
        try await withStreams { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            _ = try await collect(stream) { Self.books($0).count >= 3 }
            sim.inject(.dropConnections)
            let events = try await collect(stream) { events in
                events.contains { if case .reconnected = $0 { return true } else { return false } } && Self.books(events).count >= 3
            }
            #expect(events.contains { if case .reconnected(let n) = $0 { return n == 1 } else { return false } })
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    @Test func silentConnectionIsDetectedByHeartbeat() async throws {
        try await withStreams({ $0.marketTick = .seconds(3600) }, streams: { $0.pingInterval = .milliseconds(200); $0.pongTimeout = .milliseconds(200) }) { sim, streams, _ in
            let stream = streams.subscribe(.tickers("BTC-USDT"))
            _ = try await collect(stream) { !$0.isEmpty }
            sim.inject(.ignorePings)
            let events = try await collect(stream) { $0.contains { if case .reconnected = $0 { return true } else { return false } } }
            #expect(!events.isEmpty)
            sim.inject(.answerPings)
        }
    }

    @Test func serviceNoticeSwitchesConnectionsWithoutLosingTheBook() async throws {
        try await withStreams { sim, streams, _ in
            let stream = streams.subscribe(.books("BTC-USDT"), depth: 400)
            _ = try await collect(stream) { Self.books($0).count >= 3 }
            #expect(sim.webSocketConnections == 1)
            sim.inject(.serviceNotice)
            let events = try await collect(stream) { events in
                guard let i = events.firstIndex(where: { if case .switchedConnection = $0 { return true } else { return false } }) else { return false }
                return Self.books(Array(events[i...])).count >= 3
            }
            #expect(!events.contains { if case .reconnected = $0 { return true } else { return false } }, "a switch-over, not a reconnect")
            try await sim.expectWebSockets("the old connection to be closed") { connections, _ in connections == 1 }
            try await expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    /// OKX's 64008 notice while orders are being placed and the market moves: every order event
    /// arrives exactly once, tickers are not repeated, and the book's seqId chain never breaks.
    @Test func serviceNoticeLosesNoMessageAndRepeatsNone() async throws {
        try await withStreams({ $0.marketTick = .milliseconds(5) }) { sim, streams, rest in
            let orders = streams.subscribe(.orders())
            let book = streams.subscribe(.books("BTC-USDT"), depth: 400)
            let tickers = streams.subscribe(.tickers("BTC-USDT"))
            try await waitForSubscriptions(sim, 3)
            let count = 40
            let placing = Task {
                for i in 0..<count {
                    _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: i % 2 == 0 ? "BTC-USDT" : "ETH-USDT", tdMode: .cash, clOrdId: "sw\(i)", side: .buy, ordType: .limit, sz: 1, px: 10))
                    if i == 8 { sim.inject(.serviceNotice) }
                    try await Task.sleep(for: .milliseconds(5))
                }
            }
            let orderEvents = try await collect(orders) { events in
                events.contains { if case .switchedConnection = $0 { return true } else { return false } }
                    && Set(events.compactMap { if case .order(let o) = $0 { return o.clOrdId } else { return nil } }).count == count
            }
            try await placing.value
            // A repeat could only come from a replaced connection. Once both are closed at the
            // simulator, one more order's event, sent on the new connection only, marks the end of
            // what they delivered: any repeat arrived before it.
            try await sim.expectWebSockets("the replaced connections to close") { connections, _ in connections == 2 }
            _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "swlast", side: .buy, ordType: .limit, sz: 1, px: 10))
            let late = try await collect(orders) { $0.contains { if case .order(let o) = $0 { return o.clOrdId == "swlast" } else { return false } } }
            let placed = (orderEvents + late).compactMap { if case .order(let o) = $0 { return o.clOrdId } else { return nil } }.filter { $0 != "swlast" }
            let switched = orderEvents.contains { if case .switchedConnection = $0 { return true } else { return false } }
            #expect(switched, "the private connection was switched")
            #expect(placed.count == count, "each order event exactly once: \(placed.count) events for \(count) orders: \(placed)")
            #expect(Set(placed).count == count)
            #expect(!orderEvents.contains { if case .reconnected = $0 { return true } else { return false } })

            let tickerEvents = try await collect(tickers) { events in
                events.contains { if case .switchedConnection = $0 { return true } else { return false } } && events.count > 20
            }
            let seenTickers = tickerEvents.compactMap { if case .ticker(let t) = $0 { return t } else { return nil } }
            #expect(Set(seenTickers).count == seenTickers.count, "no ticker delivered twice")

            let bookEvents = try await collect(book) { events in
                guard let i = events.firstIndex(where: { if case .switchedConnection = $0 { return true } else { return false } }) else { return false }
                return Self.books(Array(events[i...])).count >= 20
            }
            #expect(Self.resyncs(bookEvents).isEmpty, "the switch needed no resync")
            let seqIds = Self.books(bookEvents).compactMap(\.seqId)
            #expect(zip(seqIds, seqIds.dropFirst()).allSatisfy { $0 < $1 }, "the book only moved forward")
            try await expectBookMatches(sim, book, instId: "BTC-USDT", seen: bookEvents)
        }
    }

    @Test func privateOrdersChannelAndWebSocketOrderEntry() async throws {
        try await withStreams { sim, streams, rest in
            let orders = streams.subscribe(.orders())
            try await waitForSubscriptions(sim, 1)  // logged in and subscribed
            _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "wsrest1", side: .buy, ordType: .limit, sz: 1, px: 100))
            let ack = try await streams.placeOrder(API.Trade.PlaceOrder.Request(instId: "ETH-USDT", tdMode: .cash, clOrdId: "wsorder1", side: .buy, ordType: .limit, sz: 1, px: 100))
            #expect(ack.isSuccess && ack.clOrdId == "wsorder1")
            let cancel = try await streams.cancelOrder(instId: "ETH-USDT", clOrdId: "wsorder1")
            #expect(cancel.isSuccess)
            let events = try await collect(orders) { $0.count >= 3 }
            let seen = events.compactMap { if case .order(let o) = $0 { return "\(o.clOrdId ?? ""):\(o.state)" } else { return nil } }
            #expect(seen == ["wsrest1:live", "wsorder1:live", "wsorder1:canceled"])
            #expect(sim.orders().filter { $0.clOrdId == "wsorder1" }.count == 1)
            let refused = await okxError { _ = try await streams.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1000, px: 60000)) }
            #expect(refused?.code == .insufficientBalance)
        }
    }

    /// An order sent over the WebSocket whose answer never comes is an unknown outcome with its
    /// clOrdId, never a plain connection error (which reads as "not placed") and never resent.
    @Test func unansweredWebSocketOrderIsAnUnknownOutcome() async throws {
        try await withStreams { sim, streams, _ in
            let orders = streams.subscribe(.orders())
            try await waitForSubscriptions(sim, 1)
            sim.inject(.swallowNextTradeReply)
            let placing = Task {
                try await streams.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "wslost1", side: .buy, ordType: .limit, sz: 1, px: 100))
            }
            // Once the exchange has the order (and kept the answer), the connection dies.
            try await waitUntil("the order reaches the simulator") { sim.orders().contains { $0.clOrdId == "wslost1" } }
            sim.inject(.dropConnections)
            let error = try #require(await okxError { _ = try await placing.value })
            #expect(error.category == .outcomeUnknown && error.clientOrderID == "wslost1")
            #expect(sim.orders().filter { $0.clOrdId == "wslost1" }.count == 1)
            _ = orders
        }
    }

    @Test(arguments: [("passphrase", 60024), ("site", 60032), ("secret", 60007)])
    func loginFailuresAreTyped(what: String, code: Int) async throws {
        var key = SimulatedKey.demo
        var simKeys = [SimulatedKey.demo]
        switch what {
        case "passphrase": key.passphrase = "wrong"
        case "site": key.site = "eea"; simKeys = [key]
        default: key.secretKey = "00000000000000000000000000000000"
        }
        let keys = simKeys
        try await withStreams({ $0.keys = keys }, key: key) { _, streams, _ in
            do {
                _ = try await collect(streams.subscribe(.orders())) { _ in false }
                Issue.record("expected the login to fail")
            } catch let error as OKXError {
                #expect(error.code?.rawValue == code)
                if code == 60032 { #expect(error.fix.contains("site")) }
            }
        }
    }

    /// A slow consumer over a real connection. The simulator's feed is off; it publishes a known
    /// number of books, then one ticker on the same connection. Messages of one connection are
    /// handled in order, so when the ticker has arrived every book is in the (unread) buffer:
    /// no waiting on time, however loaded the machine.
    @Test func slowConsumerStaysBounded() async throws {
        try await withStreams({ $0.marketTick = .seconds(3600) }, streams: { $0.marketDataBuffer = 10 }) { sim, streams, _ in
            let books = streams.subscribe(.books5("BTC-USDT"))
            let marker = streams.subscribe(.tickers("BTC-USDT"))
            var bookIterator = books.makeAsyncIterator()
            var markerIterator = marker.makeAsyncIterator()
            // Each subscription's first message (the simulator's snapshot) proves it is live there.
            guard case .book = try await bookIterator.next() else { Issue.record("expected the books5 snapshot"); return }
            guard case .ticker = try await markerIterator.next() else { Issue.record("expected the first ticker"); return }
            let published = 25
            for seq in 1...published {
                sim.inject(.publish(channel: "books5", data: #"[{"asks":[["101","1","0","1"]],"bids":[["100","\#(seq)","0","1"]],"ts":"1764000000000","seqId":\#(seq)}]"#))
            }
            sim.inject(.publish(channel: "tickers", data: #"[{"instType":"SPOT","instId":"BTC-USDT","last":"1","ts":"1764000000000"}]"#))
            _ = try await markerIterator.next()
            var buffered: [StreamEvent] = []
            for _ in 0..<11 { if let event = try await bookIterator.next() { buffered.append(event) } }
            guard case .dropped(let count) = buffered.first else {
                Issue.record("the drop notice comes first: \(buffered.first.map { "\($0)" } ?? "nothing")")
                return
            }
            #expect(count == published - 10, "25 published into a buffer of 10")
            #expect(Self.books(buffered).compactMap(\.seqId) == Array(16...25), "then the newest ten, in order")
        }
    }

    /// The buffer's policy on its own: drop the oldest, announce the count first, keep order;
    /// private data is never dropped; queued events are read before the error that ended it.
    @Test func eventBufferDropsTheOldestAndAnnouncesIt() async throws {
        let market = EventBuffer(limit: 10)
        for i in 1...25 { market.push(.reconnected(attempt: i)) }
        var read: [StreamEvent] = []
        for _ in 0..<11 { read.append(try #require(try await market.next())) }
        guard case .dropped(15) = read.first else { Issue.record("expected .dropped(15) first, got \(read)"); return }
        #expect(read.dropFirst().compactMap { if case .reconnected(let n) = $0 { return n } else { return nil } } == Array(16...25))

        let orders = EventBuffer(limit: nil)
        for i in 1...5000 { orders.push(.reconnected(attempt: i)) }
        orders.finish(throwing: StreamError.closed)
        var attempts: [Int] = []
        do {
            while let event = try await orders.next() {
                if case .reconnected(let n) = event { attempts.append(n) } else { Issue.record("unexpected \(event)") }
            }
            Issue.record("the buffer ended without its error")
        } catch StreamError.closed {}
        #expect(attempts == Array(1...5000))
    }

    @Test func endingIterationUnsubscribes() async throws {
        try await withStreams { sim, streams, _ in
            let task = Task { for try await _ in streams.subscribe(.tickers("ETH-USDT")) {} }
            try await waitForSubscriptions(sim, 1)
            #expect(sim.webSocketSubscriptions == 1)
            task.cancel()
            try await sim.expectWebSockets("the unsubscribe to reach the simulator") { $1 == 0 }
        }
    }
}

/// The waits the stream tests rely on must end: on the event, or at the deadline with a failure.
@Suite(.timeLimit(.minutes(2))) struct SimulatorWaitTests {
    @Test func waitForWebSocketsReturnsOnTheChange() async throws {
        let sim = try await OKXSimulator.start()
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = nil
        let rest = try OKXClient(configuration: config)
        let streams = OKXStreams(configuration: OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL), rest: rest)
        let stream = streams.subscribe(.tickers("BTC-USDT"))
        try await sim.expectWebSockets("the subscription") { connections, subscriptions in connections == 1 && subscriptions == 1 }
        #expect(sim.webSocketSubscriptions == 1)
        withExtendedLifetime(stream) {}
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }

    @Test func aWaitThatCannotEndFailsInsteadOfHanging() async throws {
        let sim = try await OKXSimulator.start()
        await withKnownIssue {
            try await sim.expectWebSockets("a state that never comes", timeout: .milliseconds(50)) { _, subscriptions in subscriptions == 99 }
        }
        await sim.stop()
    }
}

@Suite(.timeLimit(.minutes(2))) struct StreamReloginTests {
    @Test func privateStreamLogsInAgainAfterAReconnect() async throws {
        let sim = try await OKXSimulator.start()
        let key = SimulatedKey.demo
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let rest = try OKXClient(configuration: config)
        var settings = OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL)
        settings.reconnectBaseDelay = .milliseconds(50)
        let streams = OKXStreams(configuration: settings, rest: rest)
        let orders = streams.subscribe(.orders())
        try await sim.expectWebSockets("the orders subscription") { $1 == 1 }
        sim.inject(.dropConnections)
        var iterator = orders.makeAsyncIterator()
        guard case .reconnected = try await iterator.next() else { Issue.record("expected a reconnect event first"); return }
        try await sim.expectWebSockets("the login and subscription again") { $1 == 1 }
        _ = try await rest.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "relogin1", side: .buy, ordType: .limit, sz: 1, px: 100))
        guard case .order(let order) = try await iterator.next() else { Issue.record("expected the order event"); return }
        #expect(order.clOrdId == "relogin1")
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }
}

/// Algo-order and grid-bot channels: typed events from OKX-shaped pushes; a push that does not
/// match its model arrives as raw JSON instead of vanishing.
@Suite(.timeLimit(.minutes(2))) struct AlgoChannelTests {
    static func start() async throws -> (OKXSimulator, OKXClient, OKXStreams) {
        let sim = try await OKXSimulator.start()
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        let key = SimulatedKey.demo
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let rest = try OKXClient(configuration: config)
        return (sim, rest, OKXStreams(configuration: OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL), rest: rest))
    }

    @Test func algoAndGridPushesArriveTyped() async throws {
        let (sim, rest, streams) = try await Self.start()
        let algos = streams.subscribe(.algoOrders())
        let grids = streams.subscribe(.gridOrdersSpot())
        try await sim.expectWebSockets("both subscriptions") { $1 == 2 }

        sim.inject(.publish(channel: "orders-algo", data: #"[{"instType":"SPOT","instId":"BTC-USDT","algoId":"681096944655273984","algoClOrdId":"tp1","ordType":"conditional","state":"live","side":"sell","posSide":"net","tdMode":"cash","sz":"0.5","ordPx":"-1","triggerPx":"","tpTriggerPx":"72000.5","tpOrdPx":"-1","slTriggerPx":"58000","slOrdPx":"-1","actualSz":"0","actualPx":"","actualSide":"","lever":"","notionalUsd":"34000.1","ordId":"","clOrdId":"","tag":"","failCode":"","cTime":"1764000000000","uTime":"1764000000123","triggerTime":""}]"#))
        sim.inject(.publish(channel: "orders-algo", data: #"[{"instId":"BTC-USDT","state":"live"}]"#))
        sim.inject(.publish(channel: "grid-orders-spot", data: #"[{"algoId":"448965992920907776","algoClOrdId":"","algoOrdType":"grid","instType":"SPOT","instId":"BTC-USDT","state":"running","minPx":"40000","maxPx":"80000","gridNum":"10","runType":"1","investment":"1000","totalPnl":"12.5","pnlRatio":"0.0125","gridProfit":"10","floatProfit":"2.5","annualizedRate":"0.3","arbitrageNum":"4","activeOrdNum":"10","direction":"","lever":"","liqPx":"","baseSz":"0","quoteSz":"1000","curBaseSz":"0.01","curQuoteSz":"400","sz":"","cTime":"1764000000000","uTime":"1764000005000"}]"#))

        var algoEvents: [StreamEvent] = []
        for try await event in algos {
            algoEvents.append(event)
            if algoEvents.count == 2 { break }
        }
        guard case .algoOrder(let algo) = algoEvents.first else { Issue.record("expected a typed algo order, got \(algoEvents)"); return }
        #expect(algo.algoId == "681096944655273984" && algo.ordType == .conditional && algo.state == .live && algo.state.isOpen)
        #expect(algo.tpTriggerPx == Decimal(string: "72000.5") && algo.slTriggerPx == 58000 && algo.ordPx == -1 && algo.triggerPx == nil)
        #expect(algo.uTime == Date(timeIntervalSince1970: 1_764_000_000.123) && algo.triggerTime == nil)
        guard case .raw(let raw) = algoEvents.last else { Issue.record("a push without algoId must arrive raw, got \(algoEvents)"); return }
        #expect(raw["state"]?.stringValue == "live")

        for try await event in grids {
            guard case .gridBot(let grid) = event else { Issue.record("expected a grid bot, got \(event)"); break }
            #expect(grid.algoId == "448965992920907776" && grid.state == "running" && grid.gridNum == 10)
            #expect(grid.minPx == 40000 && grid.maxPx == 80000 && grid.totalPnl == Decimal(string: "12.5") && grid.pnlRatio == Decimal(string: "0.0125"))
            break
        }
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }

    @Test func markPriceFundingAndBalanceAndPositionArriveTyped() async throws {
        let (sim, rest, streams) = try await Self.start()
        // A swap: spot has no funding rate (the simulator refuses it with 60018, as OKX does).
        let mark = streams.subscribe(.markPrice("BTC-USDT-SWAP"))
        let funding = streams.subscribe(.fundingRate("BTC-USDT-SWAP"))
        let balances = streams.subscribe(.balanceAndPosition)
        try await sim.expectWebSockets("the three subscriptions") { $1 == 3 }
        sim.inject(.publish(channel: "mark-price", data: #"[{"instType":"SWAP","instId":"BTC-USDT","markPx":"65001.25","ts":"1764000000000"}]"#))
        sim.inject(.publish(channel: "funding-rate", data: #"[{"instType":"SWAP","instId":"BTC-USDT","fundingRate":"0.0001","nextFundingRate":"","fundingTime":"1764028800000","nextFundingTime":"1764057600000","minFundingRate":"-0.0075","maxFundingRate":"0.0075","settFundingRate":"0.00008","settState":"settled","method":"current_period","premium":"0.0002","interestRate":"0.0001","ts":"1764000000000"}]"#))
        sim.inject(.publish(channel: "balance_and_position", data: #"[{"pTime":"1764000000000","eventType":"filled","balData":[{"ccy":"USDT","cashBal":"9990.5","uTime":"1764000000000"}],"posData":[{"posId":"1","tradeId":"7","instId":"BTC-USDT-SWAP","instType":"SWAP","mgnMode":"cross","posSide":"net","pos":"-2","ccy":"USDT","posCcy":"","avgPx":"65000","uTime":"1764000000000"}],"trades":[{"instId":"BTC-USDT-SWAP","tradeId":"7"}]}]"#))
        for try await event in mark {
            guard case .markPrice(let m) = event else { Issue.record("\(event)"); break }
            if m.markPx != Decimal(string: "65001.25") { continue }  // the simulator's own, sent on subscribing
            #expect(m.markPx == Decimal(string: "65001.25") && m.instType == .swap)
            break
        }
        for try await event in funding {
            guard case .fundingRate(let f) = event else { Issue.record("\(event)"); break }
            if f.settFundingRate != Decimal(string: "0.00008") { continue }  // the simulator's own, sent on subscribing
            #expect(f.fundingRate == Decimal(string: "0.0001") && f.nextFundingRate == nil && f.minFundingRate == Decimal(string: "-0.0075"))
            #expect(f.nextFundingTime == Date(timeIntervalSince1970: 1_764_057_600))
            break
        }
        for try await event in balances {
            guard case .balanceAndPosition(let b) = event else { Issue.record("\(event)"); break }
            if b.eventType == "snapshot" { continue }  // the account as it is, sent on subscribing (as OKX does)
            #expect(b.eventType == "filled" && b.balData.first?.cashBal == Decimal(string: "9990.5") && b.posData.first?.pos == -2)
            break
        }
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }
}
