import Foundation
@testable import OKX
import OKXSimulator
@testable import OKXStreams
import Synchronization
import Testing

/// WebSocket order entry: instIdCode refresh, the explicit REST fallback, and the client-side
/// limits that keep OKX from closing a connection. Tests wait on events or on a clock they move
/// by hand, never on wall-clock time.
@Suite(.timeLimit(.minutes(2))) struct StreamTradingTests {
    func withStreams(streams configureStreams: (inout OKXStreams.Configuration) -> Void = { _ in },
                     _ body: (OKXSimulator, OKXStreams, OKXClient) async throws -> Void) async throws {
        var simConfig = SimulatorConfiguration()
        simConfig.marketTick = .milliseconds(10)
        let sim = try await OKXSimulator.start(simConfig)
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, secretKey: SimulatedKey.demo.secretKey, passphrase: SimulatedKey.demo.passphrase)
        // The REST fallback places orders too: the same order deadline as the other tests' clients.
        config.retry = testRetryPolicy
        let rest = try OKXClient(configuration: config)
        var streamsConfig = OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL)
        streamsConfig.reconnectBaseDelay = .milliseconds(50)
        streamsConfig.reconnectMaxDelay = .milliseconds(200)
        // A loaded machine (the whole suite on two cores) can take seconds to log in; these tests
        // wait on answers, and the timeout only turns a hang into a failure.
        streamsConfig.requestTimeout = .seconds(60)
        configureStreams(&streamsConfig)
        let streams = OKXStreams(configuration: streamsConfig, rest: rest)
        do {
            try await body(sim, streams, rest)
        } catch {
            await streams.shutdown(); await rest.shutdown(); await sim.stop()
            throw error
        }
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }

    func order(_ clOrdId: String, _ instId: String = "ETH-USDT") -> API.Trade.PlaceOrder.Request {
        API.Trade.PlaceOrder.Request(instId: instId, tdMode: .cash, clOrdId: clOrdId, side: .buy, ordType: .limit, sz: 1, px: 100)
    }

    static let instruments = "/api/v5/public/instruments"

    // MARK: instIdCode refresh

    /// Demo and live number instruments differently, so the code comes from the environment that
    /// trades: the demo REST listing's code works on the demo socket; the live one names nothing.
    @Test func demoAndLiveInstrumentCodesDifferAndTheStreamUsesItsOwnEnvironments() async throws {
        try await withStreams { sim, streams, rest in
            let demoCode = try #require(try await rest.first(API.PublicData.getInstruments(.init(instType: .spot, instId: "ETH-USDT"))).instIdCode)
            var liveConfig = OKXClient.Configuration(environment: .live, baseURL: sim.baseURL)
            liveConfig.credentials = Credentials(apiKey: SimulatedKey.live.apiKey, secretKey: SimulatedKey.live.secretKey, passphrase: SimulatedKey.live.passphrase)
            let liveCode = try await OKXClient.withClient(configuration: liveConfig) {
                try #require(try await $0.first(API.PublicData.getInstruments(.init(instType: .spot, instId: "ETH-USDT"))).instIdCode)
            }
            #expect(demoCode != liveCode)
            #expect(try await streams.placeOrder(order("envcode")).isSuccess, "the demo stream resolved the demo code")
        }
    }

    /// After a relisting the cached code is unknown to OKX (51001): the code is looked up once
    /// more and the operation repeated once, placement included (OKX refused it: nothing happened).
    @Test func aChangedInstrumentCodeIsLookedUpAgainAndTheOperationRepeatedOnce() async throws {
        try await withStreams { sim, streams, _ in
            let first = try await streams.placeOrder(order("code1"))
            #expect(first.isSuccess)
            let lookups = sim.requestCount(path: Self.instruments)
            #expect(sim.changeInstrumentCode(instId: "ETH-USDT", to: 90_002))
            let second = try await streams.placeOrder(order("code2"))
            #expect(second.isSuccess && second.clOrdId == "code2")
            #expect(sim.requestCount(path: Self.instruments) == lookups + 1)
            #expect(sim.orders().filter { $0.clOrdId == "code2" }.count == 1)

            #expect(sim.changeInstrumentCode(instId: "ETH-USDT", to: 90_003))
            let amended = try await streams.amendOrder(.init(instId: "ETH-USDT", clOrdId: "code2", newSz: 2))
            #expect(amended.isSuccess)
            #expect(sim.changeInstrumentCode(instId: "ETH-USDT", to: 90_004))
            let cancelled = try await streams.cancelOrder(instId: "ETH-USDT", clOrdId: "code2")
            #expect(cancelled.isSuccess)
            #expect(sim.requestCount(path: Self.instruments) == lookups + 3)
        }
    }

    /// A code that is still current is not the problem: 51001 for it is OKX's answer, passed on
    /// after one lookup, and the operation is not repeated.
    @Test func anUnchangedCodeIsNotRetried() async throws {
        try await withStreams { sim, streams, _ in
            _ = try await streams.placeOrder(order("same1"))
            let lookups = sim.requestCount(path: Self.instruments)
            sim.inject(.instrumentCodeErrorOnNextTrade)
            let error = try #require(await okxError { _ = try await streams.placeOrder(order("same2")) })
            #expect(error.code == 51001)
            #expect(sim.requestCount(path: Self.instruments) == lookups + 1)
            #expect(sim.orders().filter { $0.clOrdId == "same2" }.isEmpty)
            // The fault was used once: the next placement goes through with the cached code.
            #expect(try await streams.placeOrder(order("same3")).isSuccess)
            #expect(sim.requestCount(path: Self.instruments) == lookups + 1)
        }
    }

    /// OKX ignores `instId` in WebSocket order operations since 2026-03-26, and so does the
    /// simulator unless told to behave as before.
    @Test(arguments: [false, true]) func aWebSocketOrderNamingOnlyInstIdIsRefusedUnlessTheOldBehaviourIsAsked(accept: Bool) async throws {
        var config = SimulatorConfiguration()
        config.webSocketOrdersAcceptInstId = accept
        let sim = try await OKXSimulator.start(config)
        do {
            try await SimulatorWebSocketTests().withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/private") { socket in
                _ = try await socket.login(.demo)
                try await socket.send(#"{"id":"o1","op":"order","args":[{"instId":"ETH-USDT","tdMode":"cash","side":"buy","ordType":"limit","sz":"1","px":"100","clOrdId":"raw1"}]}"#)
                let answer = try await socket.next("the order's answer") { $0["id"] as? String == "o1" }
                let item = (answer["data"] as? [[String: Any]])?.first
                #expect(item?["sCode"] as? String == (accept ? "0" : "51001"), "\(answer)")
            }
        } catch {
            await sim.stop()
            throw error
        }
        await sim.stop()
    }

    // MARK: REST fallback

    /// No WebSocket (nothing listens): the placement never left, so it goes over REST with the
    /// same clOrdId, and the result says so. Without a fallback the cause is thrown as is.
    @Test func aPlacementThatCannotBeSentGoesOverRESTWhenAsked() async throws {
        try await withStreams(streams: { $0.webSocketBaseURL = "ws://127.0.0.1:1"; $0.maxConsecutiveConnectFailures = 1 }) { sim, streams, rest in
            let routed = try await streams.placeOrder(order("fb1"), fallback: .rest(rest))
            #expect(routed.route == .rest && routed.ack.clOrdId == "fb1" && routed.ack.isSuccess)
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 1)
            #expect(sim.orders().filter { $0.clOrdId == "fb1" }.count == 1)

            let cancelled = try await streams.cancelOrder(instId: "ETH-USDT", clOrdId: "fb1", fallback: .rest(rest))
            #expect(cancelled.route == .rest && cancelled.ack.isSuccess)

            let error = try #require(await okxError { _ = try await streams.placeOrder(order("fb2")) })
            #expect(error.category == .transport)
            #expect(sim.orders().filter { $0.clOrdId == "fb2" }.isEmpty)
        }
    }

    /// With the WebSocket up, the fallback is not used.
    @Test func aConnectedWebSocketCarriesTheOrder() async throws {
        try await withStreams { sim, streams, rest in
            let routed = try await streams.placeOrder(order("ws1"), fallback: .rest(rest))
            #expect(routed.route == .webSocket && routed.ack.clOrdId == "ws1")
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 0)
        }
    }

    /// Sent but unanswered: the outcome is unknown, reported with the clOrdId, and REST is never
    /// tried (it could place the order twice).
    @Test func anUnansweredPlacementNeverFallsBack() async throws {
        try await withStreams { sim, streams, rest in
            let orders = streams.subscribe(.orders())
            try await sim.expectWebSockets("logged in and subscribed") { $1 >= 1 }
            sim.inject(.swallowNextTradeReply)
            let placing = Task { try await streams.placeOrder(order("lost1"), fallback: .rest(rest)) }
            try await waitUntil("the order reaches the simulator") { sim.orders().contains { $0.clOrdId == "lost1" } }
            sim.inject(.dropConnections)
            let error = try #require(await okxError { _ = try await placing.value })
            #expect(error.category == .outcomeUnknown && error.clientOrderID == "lost1")
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 0)
            #expect(sim.orders().filter { $0.clOrdId == "lost1" }.count == 1)
            _ = orders
        }
    }

    // MARK: Batches

    /// A batch over two instruments goes out as one WebSocket operation; when one instrument was
    /// relisted (its cached code now unknown), only that instrument's orders are refused, looked
    /// up again and sent once more: every order exists once, none went over REST.
    @Test func aBatchRepeatsOnlyTheItemsRefusedForAStaleCode() async throws {
        try await withStreams { sim, streams, rest in
            _ = try await streams.placeOrder(order("warmeth"))
            _ = try await streams.placeOrder(order("warmbtc", "BTC-USDT"))
            let lookups = sim.requestCount(path: Self.instruments)
            #expect(sim.changeInstrumentCode(instId: "BTC-USDT", to: 90_010))
            let acks = try await streams.placeOrders([order("b1"), order("b2", "BTC-USDT"), order("b3")], fallback: .rest(rest))
            #expect(acks.map(\.ack.clOrdId) == ["b1", "b2", "b3"])
            #expect(acks.allSatisfy { $0.ack.isSuccess && $0.route == .webSocket }, "\(acks)")
            #expect(sim.requestCount(path: Self.instruments) == lookups + 1, "one fresh lookup, for BTC-USDT only")
            for id in ["b1", "b2", "b3"] { #expect(sim.orders().filter { $0.clOrdId == id }.count == 1) }
            #expect(sim.requestCount(path: "/api/v5/trade/batch-orders") == 0)

            let amended = try await streams.amendOrders([.init(instId: "ETH-USDT", clOrdId: "b1", newSz: 2), .init(instId: "BTC-USDT", clOrdId: "b2", newSz: 3)])
            #expect(amended.allSatisfy { $0.ack.isSuccess }, "\(amended)")
            #expect(sim.orders().first { $0.clOrdId == "b2" }?.size == 3)
            let cancelled = try await streams.cancelOrders([.init(instId: "ETH-USDT", clOrdId: "b1"), .init(instId: "BTC-USDT", clOrdId: "b2"),
                                                            .init(instId: "ETH-USDT", clOrdId: "b3")])
            #expect(cancelled.allSatisfy { $0.ack.isSuccess }, "\(cancelled)")
            #expect(sim.orders().filter { ["b1", "b2", "b3"].contains($0.clOrdId) }.allSatisfy { $0.state == "canceled" })
        }
    }

    /// OKX's refusal of one item for another reason is that item's answer; the others stand.
    @Test func aBatchKeepsEachItemsOwnAnswer() async throws {
        try await withStreams { sim, streams, _ in
            _ = try await streams.placeOrder(order("dup"))
            let acks = try await streams.placeOrders([order("fresh"), order("dup")])
            #expect(acks[0].ack.isSuccess)
            #expect(!acks[1].ack.isSuccess && acks[1].ack.sCode != "51001", "\(acks[1].ack)")
            #expect(sim.orders().filter { $0.clOrdId == "dup" }.count == 1)
        }
    }

    /// No WebSocket: the batch never left, so it is placed over REST (its own recovery), the
    /// same clOrdIds; an unanswered batch would instead be an unknown outcome (single-order test above).
    @Test func aBatchThatCannotBeSentGoesOverRESTWhenAsked() async throws {
        try await withStreams(streams: { $0.webSocketBaseURL = "ws://127.0.0.1:1"; $0.maxConsecutiveConnectFailures = 1 }) { sim, streams, rest in
            let acks = try await streams.placeOrders([order("rb1"), order("rb2")], fallback: .rest(rest))
            #expect(acks.map(\.route) == [.rest, .rest] && acks.map(\.ack.clOrdId) == ["rb1", "rb2"])
            #expect(sim.requestCount(path: "/api/v5/trade/batch-orders") == 1)
            let error = try #require(await okxError { _ = try await streams.placeOrders([order("rb3")]) })
            #expect(error.category == .transport)
            #expect(sim.orders().filter { $0.clOrdId == "rb3" }.isEmpty)
        }
    }

    /// More than OKX's 20 per batch is refused before anything is sent.
    @Test func aBatchOverTwentyIsRefusedUnsent() async throws {
        try await withStreams { sim, streams, _ in
            let error = try #require(await okxError { _ = try await streams.placeOrders((0..<21).map { order("big\($0)") }) })
            #expect(error.category == .invalidArgument)
            #expect(sim.orders().isEmpty)
        }
    }

    // MARK: Limits

    /// The operation beyond the limit waits until the oldest grant leaves the window, and no longer.
    @Test func theOperationBeyondTheLimitWaitsForTheWindow() async throws {
        let clock = ManualLimiterClock()
        let limiter = WindowLimiter(limit: 3, per: .seconds(2), clock: clock)
        for _ in 0..<3 { try await limiter.acquire() }
        clock.advance(to: .milliseconds(500))
        var sleeps = clock.sleeps.makeAsyncIterator()
        let fourth = Task {
            try await limiter.acquire()
            return clock.now()
        }
        #expect(await sleeps.next() == .seconds(2))
        clock.advance(to: .milliseconds(1999))
        #expect(clock.sleeping == 1)
        clock.advance(to: .seconds(2))
        #expect(try await fourth.value == .seconds(2))
        // The window slides: the grants at 0 have left it, the one at 2 s has not.
        try await limiter.acquire()
        try await limiter.acquire()
        let sixth = Task {
            try await limiter.acquire()
            return clock.now()
        }
        #expect(await sleeps.next() == .seconds(4))
        clock.advance(to: .seconds(4))
        #expect(try await sixth.value == .seconds(4))
    }

    /// Subscriptions beyond the connection's hourly budget wait for the hour to move instead of
    /// getting the connection closed.
    @Test func subscriptionsBeyondTheHourlyBudgetWait() async throws {
        let clock = ManualLimiterClock()
        try await withStreams(streams: { $0.controlMessagesPerHour = 2; $0.limiterClock = clock }) { sim, streams, _ in
            var sleeps = clock.sleeps.makeAsyncIterator()
            let subscriptions = [streams.subscribe(.tickers("BTC-USDT")), streams.subscribe(.tickers("ETH-USDT")), streams.subscribe(.trades("BTC-USDT"))]
            try await sim.expectWebSockets("two subscriptions") { $1 >= 2 }
            #expect(await sleeps.next() == .seconds(3600))
            #expect(sim.webSocketSubscriptions == 2)
            clock.advance(to: .seconds(3600))
            try await sim.expectWebSockets("the third subscription") { $1 >= 3 }
            _ = subscriptions
        }
    }

    /// A subscription still waiting for the hourly budget ends with the stream's shutdown
    /// (and with its connection), instead of sleeping on for up to an hour.
    @Test func waitsForTheBudgetEndWithShutdown() async throws {
        let clock = ManualLimiterClock()
        try await withStreams(streams: { $0.controlMessagesPerHour = 1; $0.limiterClock = clock }) { sim, streams, _ in
            var sleeps = clock.sleeps.makeAsyncIterator()
            var cancellations = clock.cancellations.makeAsyncIterator()
            let subscriptions = [streams.subscribe(.tickers("BTC-USDT")), streams.subscribe(.tickers("ETH-USDT"))]
            try await sim.expectWebSockets("one subscription") { $1 >= 1 }
            #expect(await sleeps.next() == .seconds(3600))
            #expect(clock.sleeping == 1)
            await streams.shutdown()
            #expect(await cancellations.next() == .seconds(3600))
            #expect(clock.sleeping == 0)
            #expect(sim.webSocketSubscriptions <= 1)
            _ = subscriptions
        }
    }

    /// A closed limiter grants nothing more and drops the work it was holding.
    @Test func aClosedLimiterDropsItsPendingWork() async throws {
        let clock = ManualLimiterClock()
        let limiter = WindowLimiter(limit: 1, per: .seconds(10), clock: clock)
        var sleeps = clock.sleeps.makeAsyncIterator()
        var cancellations = clock.cancellations.makeAsyncIterator()
        let ran = Mutex(0)
        limiter.schedule { ran.withLock { $0 += 1 } }
        limiter.schedule { ran.withLock { $0 += 1 } }
        #expect(await sleeps.next() == .seconds(10))
        limiter.close()
        #expect(await cancellations.next() == .seconds(10))
        #expect(ran.withLock { $0 } <= 1)
        await #expect(throws: CancellationError.self) { try await limiter.acquire() }
        clock.advance(to: .seconds(20))
        #expect(ran.withLock { $0 } <= 1)
    }
}

/// A clock that moves only when told; each sleep is announced on `sleeps`, and each sleep
/// ended by cancellation on `cancellations`.
final class ManualLimiterClock: LimiterClock {
    private struct State {
        var now: Duration = .zero
        var nextID = 0
        var sleepers: [(id: Int, deadline: Duration, continuation: CheckedContinuation<Void, any Error>)] = []
    }
    private let state = Mutex(State())
    /// The deadline of every sleep that had to wait, in order.
    let sleeps: AsyncStream<Duration>
    private let announce: AsyncStream<Duration>.Continuation
    /// The deadline of every sleep that its task's cancellation ended.
    let cancellations: AsyncStream<Duration>
    private let announceCancellation: AsyncStream<Duration>.Continuation

    init() {
        (sleeps, announce) = AsyncStream.makeStream(of: Duration.self)
        (cancellations, announceCancellation) = AsyncStream.makeStream(of: Duration.self)
    }

    func now() -> Duration { state.withLock { $0.now } }

    var sleeping: Int { state.withLock { $0.sleepers.count } }

    func sleep(until deadline: Duration) async throws {
        let id = state.withLock { s in
            defer { s.nextID += 1 }
            return s.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let due = state.withLock { s in
                    if deadline <= s.now { return true }
                    s.sleepers.append((id, deadline, continuation))
                    return false
                }
                if due { continuation.resume() } else { announce.yield(deadline) }
                if Task.isCancelled { cancel(id) }
            }
        } onCancel: {
            cancel(id)
        }
    }

    private func cancel(_ id: Int) {
        let sleeper = state.withLock { s -> (id: Int, deadline: Duration, continuation: CheckedContinuation<Void, any Error>)? in
            guard let i = s.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
            return s.sleepers.remove(at: i)
        }
        guard let sleeper else { return }
        sleeper.continuation.resume(throwing: CancellationError())
        announceCancellation.yield(sleeper.deadline)
    }

    func advance(to time: Duration) {
        let due = state.withLock { s in
            s.now = max(s.now, time)
            let now = s.now
            let due = s.sleepers.filter { $0.deadline <= now }
            s.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }
}
