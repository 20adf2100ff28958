import Foundation
@testable import OKX
import OKXSimulator
import Synchronization
import Testing

/// How many times an order can reach the exchange. Between the client and the simulator sits a
/// `FaultProxy` that loses requests the way networks do; the simulator, like OKX, accepts a
/// clOrdId again once its order is no longer live, so nothing but the client's own rule stands
/// between a lost answer and a second order.
@Suite struct OrderSafetyTests {
    func order(_ id: String?) -> API.Trade.PlaceOrder.Request {
        API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: id, side: .buy, ordType: .limit, sz: Decimal(1) / 100, px: 100)
    }

    func isPlacement(_ seen: FaultProxy.Seen) -> Bool { seen.method == "POST" && seen.path == "/api/v5/trade/order" }

    /// A simulator, a proxy in front of it deciding with `decide`, and a client that talks to
    /// the proxy. Seen requests before the first placement warm the connection libcurl reuses.
    func withProxy(_ decide: @escaping @Sendable (FaultProxy.Seen, OKXSimulator, FaultProxy) -> FaultProxy.Action,
                   _ body: (OKXSimulator, FaultProxy, OKXClient) async throws -> Void) async throws {
        let sim = try await OKXSimulator.start()
        let proxy = try FaultProxy(upstreamPort: sim.port) { seen, proxy in decide(seen, sim, proxy) }
        var config = OKXClient.Configuration(environment: .demo, baseURL: proxy.baseURL)
        config.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, secretKey: SimulatedKey.demo.secretKey, passphrase: SimulatedKey.demo.passphrase)
        config.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20), deadline: .seconds(5),
                                   orderDeadline: .seconds(25), orderSettle: .milliseconds(100), orderLookupInterval: .milliseconds(50))
        // 25 s: no machine is slow enough to miss it by accident; the test that needs it behind
        // it moves the simulator's clock.
        let client = try OKXClient(configuration: config)
        do {
            try await body(sim, proxy, client)
        } catch {
            await client.shutdown(); proxy.stop(); await sim.stop()
            throw error
        }
        await client.shutdown(); proxy.stop(); await sim.stop()
    }

    /// Finding 1: the exchange stores the order, then the reused connection dies before any
    /// answer. libcurl would send the POST again on a new connection; it must not.
    @Test func storedOrderWhoseAnswerIsLostIsNeverResentByLibcurl() async throws {
        let dropped = Mutex(false)
        try await withProxy({ seen, _, _ in
            guard seen.method == "POST" else { return .forward }
            return dropped.withLock { done in defer { done = true }; return done ? .forward : .forwardThenDrop }
        }) { sim, proxy, client in
            _ = try await client.first(API.TradingAccount.getBalance())  // syncs the clock over the connection that is then reused
            let ack = try await client.trade.placeOrder(order("keep1"))
            #expect(ack.isSuccess && ack.clOrdId == "keep1" && !ack.ordId.isEmpty)
            let placements = proxy.seen.filter(isPlacement)
            #expect(placements.count == 1, "the POST reached the proxy once; libcurl did not repeat it")
            #expect(placements.first?.earlierOnConnection ?? 0 > 0, "the POST went out on a reused connection")
            #expect(sim.orders().filter { $0.clOrdId == "keep1" }.count == 1)
        }
    }

    /// Finding 1, raw: an order without clOrdId sent through the escape hatch is not repeated
    /// either; the caller is told the outcome is unknown.
    @Test func rawOrderWithoutClientIdIsNotPlacedTwice() async throws {
        let dropped = Mutex(false)
        try await withProxy({ seen, _, _ in
            guard seen.method == "POST" else { return .forward }
            return dropped.withLock { done in defer { done = true }; return done ? .forward : .forwardThenDrop }
        }) { sim, proxy, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            let body: JSONValue = .object(["instId": .string("BTC-USDT"), "tdMode": .string("cash"), "side": .string("buy"),
                                           "ordType": .string("limit"), "sz": .string("0.01"), "px": .string("100")])
            let error = try #require(await okxError { _ = try await client.send(.post, "/api/v5/trade/order", body: body, auth: .private) })
            #expect(error.category == .outcomeUnknown)
            #expect(proxy.count("POST", "/api/v5/trade/order") == 1)
            #expect(sim.orders().count == 1, "stored once, and only once")
        }
    }

    /// Finding 2, held then delivered in time: the request lands while the client is looking
    /// it up; the look-up finds it and nothing is placed again.
    @Test func heldOrderThatLandsBeforeItsDeadlineIsFoundNotDoubled() async throws {
        let held = Mutex(false)
        try await withProxy({ seen, _, proxy in
            if seen.method == "POST" && seen.path == "/api/v5/trade/order" {
                return held.withLock { done in defer { done = true }; return done ? .forward : .hold }
            }
            // The held copy lands just before the client's first look-up.
            if seen.method == "GET" && seen.path == "/api/v5/trade/order" { proxy.deliverHeld() }
            return .forward
        }) { sim, proxy, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            let ack = try await client.trade.placeOrder(order("held1"))
            #expect(ack.isSuccess && ack.clOrdId == "held1")
            #expect(proxy.count("POST", "/api/v5/trade/order") == 1, "never placed again")
            #expect(proxy.deliveredAnswers.count == 1 && proxy.deliveredAnswers.first?.contains(#""code":"0""#) == true, "\(proxy.deliveredAnswers) \(proxy.seen.map { "\($0.method) \($0.path)" })")
            #expect(sim.orders().filter { $0.clOrdId == "held1" }.count == 1)
        }
    }

    /// Finding 2, held then delivered late: the client proves the order absent only once OKX's
    /// clock is past the request's expTime; the late copy is then dropped by the exchange and
    /// the one placement made again is the only order.
    @Test func heldOrderThatLandsAfterItsDeadlineIsDroppedAndPlacedOnce() async throws {
        let state = Mutex((held: false, jumped: false))
        try await withProxy({ seen, sim, proxy in
            if seen.method == "POST" && seen.path == "/api/v5/trade/order" {
                let first = state.withLock { s in defer { s.held = true }; return !s.held }
                if first { return .hold }
                proxy.deliverHeld()  // the late copy arrives just before the second placement
                return .forward
            }
            // Time passes at the exchange once the client starts settling the lost order.
            if seen.path == "/api/v5/public/time" {
                let jump = state.withLock { s in defer { if s.held { s.jumped = true } }; return s.held && !s.jumped }
                if jump { sim.update { $0.clockSkew += .seconds(60) } }
            }
            return .forward
        }) { sim, proxy, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            let ack = try await client.trade.placeOrder(order("late1"))
            #expect(ack.isSuccess && ack.clOrdId == "late1")
            #expect(proxy.count("POST", "/api/v5/trade/order") == 2, "placed again only after the deadline had passed at the exchange")
            // Dropped for its expTime (50036), or, this late, already for its signature's
            // timestamp (50102): either way OKX did not act on it.
            let late = proxy.deliveredAnswers
            #expect(late.count == 1 && (late.first?.contains(#""code":"50036""#) == true || late.first?.contains(#""code":"50102""#) == true),
                    "the late copy was dropped: \(late) \(proxy.seen.map { "\($0.method) \($0.path)" })")
            #expect(sim.orders().filter { $0.clOrdId == "late1" }.count == 1)
        }
    }

    /// Batches under the same rule: a held batch that lands before its deadline is found order
    /// by order; one that lands after it is dropped, and its orders are placed again together.
    @Test(arguments: [false, true])
    func heldBatchIsSettledOrderByOrder(landsLate: Bool) async throws {
        let state = Mutex((held: false, jumped: false))
        try await withProxy({ seen, sim, proxy in
            if seen.method == "POST" && seen.path == "/api/v5/trade/batch-orders" {
                let first = state.withLock { s in defer { s.held = true }; return !s.held }
                if first { return .hold }
                proxy.deliverHeld()
                return .forward
            }
            if !landsLate && seen.method == "GET" && seen.path == "/api/v5/trade/order" { proxy.deliverHeld() }
            if landsLate && seen.path == "/api/v5/public/time" {
                let jump = state.withLock { s in defer { if s.held { s.jumped = true } }; return s.held && !s.jumped }
                if jump { sim.update { $0.clockSkew += .seconds(60) } }
            }
            return .forward
        }) { sim, proxy, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            let acks = try await client.trade.placeOrders([order("hb1"), order("hb2")])
            #expect(acks.map(\.clOrdId) == ["hb1", "hb2"] && acks.allSatisfy { $0.isSuccess && !$0.ordId.isEmpty })
            #expect(proxy.count("POST", "/api/v5/trade/batch-orders") == (landsLate ? 2 : 1))
            for id in ["hb1", "hb2"] { #expect(sim.orders().filter { $0.clOrdId == id }.count == 1, "\(id) exactly once") }
        }
    }

    /// Finding 2, OKX's own "I don't know" (50004): the order is not there, and only the
    /// exchange's clock passing the deadline lets the client place it again.
    @Test func endpointTimeoutIsSettledByTheExchangeClock() async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.okxError(code: 50004), path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("to1"))
            #expect(ack.isSuccess)
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 3, "POST (50004), GET (absent past the deadline), POST")
            #expect(sim.orders().filter { $0.clOrdId == "to1" }.count == 1)
        }
    }

    /// Before the deadline has passed at the exchange, absence proves nothing: two look-ups
    /// that find nothing do not lead to a second placement; when the look-ups then fail (three,
    /// the retry budget), the caller hears "unknown", never "not placed".
    @Test func absenceBeforeTheDeadlineIsNotProof() async throws {
        try await withSimulator(client: {
            $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .zero, maxDelay: .zero, deadline: .zero,
                                   orderDeadline: .seconds(25), orderSettle: .zero, orderLookupInterval: .milliseconds(1))
        }) { sim, client in
            _ = try await client.clock.sync()
            sim.inject(.okxError(code: 50004), path: "/api/v5/trade/order")
            sim.inject(.delay(.zero), path: "/api/v5/trade/order", times: 2)  // two look-ups answered normally: absent
            sim.inject(.htmlPage(status: 503), path: "/api/v5/trade/order", times: 3)  // then look-ups cannot tell, within the budget
            let error = try #require(await okxError { _ = try await client.trade.placeOrder(order("early1")) })
            #expect(error.category == .outcomeUnknown && error.clientOrderID == "early1")
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 6, "one POST, five GETs (a zero retry deadline: one attempt each), no second POST")
            #expect(sim.orders().isEmpty)
        }
    }

    /// Finding 3: `{"code":"0","data":[{}]}` is not an acknowledgement. The order was not
    /// stored, so after the deadline it is placed for real.
    @Test func emptyAcknowledgementIsAnUnknownOutcome() async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.body(status: 200, #"{"code":"0","msg":"","data":[{}]}"#, afterProcessing: false), path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("empty1"))
            #expect(ack.isSuccess && !ack.ordId.isEmpty)
            #expect(sim.orders().filter { $0.clOrdId == "empty1" }.count == 1)
        }
    }

    /// Finding 3: success without an ordId after the order was stored: the look-up returns the
    /// real order instead of an acknowledgement with an empty id.
    @Test func acknowledgementWithoutOrderIdIsLookedUp() async throws {
        try await withSimulator { sim, client in
            sim.inject(.body(status: 200, #"{"code":"0","msg":"","data":[{"clOrdId":"noid1","sCode":"0","sMsg":""}]}"#, afterProcessing: true),
                       path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("noid1"))
            let stored = try #require(sim.orders().first { $0.clOrdId == "noid1" })
            #expect(ack.ordId == stored.ordId)
            #expect(sim.orders().filter { $0.clOrdId == "noid1" }.count == 1)
        }
    }

    /// Finding 3, batches: an item without sCode is settled by look-up, the others keep their
    /// acknowledgements.
    @Test func batchItemWithoutStatusIsSettled() async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.body(status: 200, #"{"code":"0","msg":"","data":[{"clOrdId":"bq1","ordId":"","sCode":"0"},{}]}"#, afterProcessing: false),
                       path: "/api/v5/trade/batch-orders")
            let acks = try await client.trade.placeOrders([order("bq1"), order("bq2")])
            #expect(acks.count == 2 && acks.allSatisfy { $0.isSuccess && !$0.ordId.isEmpty })
            for id in ["bq1", "bq2"] { #expect(sim.orders().filter { $0.clOrdId == id }.count == 1) }
        }
    }

    /// The exchange drops a request that arrives after its expTime (50036). A drop is a refusal,
    /// so the client re-syncs its clock and places the order again with a fresh deadline.
    @Test func everyPlacementCarriesItsDeadline() async throws {
        try await withSimulator { sim, client in
            _ = try await client.trade.placeOrder(order("exp1"))
            sim.update { $0.clockSkew += .seconds(10) }  // the client still thinks it is 10 s earlier
            let ack = try await client.trade.placeOrder(order("exp2"))
            #expect(ack.isSuccess)
            // At least exp2's first copy: 10 s of skew is past its 8 s deadline however fast the
            // run. (In a starved full run exp1 can also arrive late and be dropped and re-placed.)
            #expect(sim.requestCount(path: "expired:/api/v5/trade/order") >= 1, "the first copy carried a deadline already past")
            #expect(sim.orders().filter { $0.clOrdId == "exp1" }.count == 1)
            #expect(sim.orders().filter { $0.clOrdId == "exp2" }.count == 1)
        }
    }
}

/// The pipeline is the one funnel: whatever leaves the client is an `OKXError`.
@Suite struct ErrorFunnelTests {
    struct Refusal: Error {}

    /// A custom transport's own error: an order sent through it has an unknown outcome.
    @Test func customTransportErrorsBecomeOKXErrors() async throws {
        var config = OKXClient.Configuration(environment: .demo, baseURL: "http://127.0.0.1:1")
        config.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, secretKey: SimulatedKey.demo.secretKey, passphrase: SimulatedKey.demo.passphrase)
        config.retry = .none
        let client = try OKXClient(configuration: config, transport: ThrowingTransport())
        let read = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(read.category == .transport && read.message.contains("Refusal"))
        let raw = try #require(await okxError { _ = try await client.send(.post, "/api/v5/trade/order", body: .object(["instId": .string("BTC-USDT")]), auth: .public) })
        #expect(raw.category == .outcomeUnknown, "the transport may have sent it")
        await client.shutdown()
    }

    struct ThrowingTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse { throw Refusal() }
    }

    /// Codes 1 and 2 throw on a call that is not a batch; a batch's items say what failed.
    @Test func rawSendThrowsCodeOneUnlessTheBodyIsABatch() async throws {
        try await withSimulator { sim, client in
            sim.inject(.body(status: 200, #"{"code":"1","msg":"Operation failed.","data":[]}"#, afterProcessing: false), path: "/api/v5/account/config")
            let single = try #require(await okxError { _ = try await client.send(.get, "/api/v5/account/config", auth: .private) })
            #expect(single.code == 1)
            let batch = try await client.send(.post, "/api/v5/trade/batch-orders", body: .array([
                .object(["instId": .string("BTC-USDT"), "tdMode": .string("cash"), "side": .string("buy"), "ordType": .string("limit"),
                         "sz": .string("0.01"), "px": .string("100"), "clOrdId": .string("rb1")]),
                .object(["instId": .string("NOPE-USDT"), "tdMode": .string("cash"), "side": .string("buy"), "ordType": .string("limit"),
                         "sz": .string("0.01"), "px": .string("100"), "clOrdId": .string("rb2")]),
            ]), auth: .private)
            #expect(batch.data[0]?["sCode"]?.stringValue == "0" && batch.data[1]?["sCode"]?.stringValue != "0")
        }
    }

    /// The same body is the same bytes every time (and so the same signature).
    @Test func bodiesAreEncodedWithSortedKeys() throws {
        let value: JSONValue = .object(["sz": .string("1"), "instId": .string("BTC-USDT"), "side": .string("buy"), "px": .string("2")])
        #expect(String(decoding: try OKXJSON.encode(value), as: UTF8.self) == #"{"instId":"BTC-USDT","px":"2","side":"buy","sz":"1"}"#)
    }
}

/// The resend rule, case by case: what the pipeline does with a placement after each failure.
@Suite struct RetryDecisionTests {
    static let placement = Idempotency.unsafe(clientOrderID: "c1")
    static func transport(_ kind: TransportError.Kind, reached: Bool) -> OKXError {
        .transport(TransportError(kind: kind, message: "x", requestMayHaveReachedServer: reached), context: nil)
    }

    static let cases: [(String, OKXError, RetryPolicy.Decision)] = [
        ("DNS failure: never left", transport(.dns, reached: false), .retry),
        ("connect refused: never left", transport(.connect, reached: false), .retry),
        ("timeout after sending", transport(.timeout, reached: true), .outcomeUnknown(clientOrderID: "c1")),
        ("connection lost after sending", transport(.connectionLost, reached: true), .outcomeUnknown(clientOrderID: "c1")),
        ("50004 endpoint timeout", .api(code: 50004, message: "", httpStatus: 400, context: nil), .outcomeUnknown(clientOrderID: "c1")),
        ("51149 order timed out", .api(code: 51149, message: "", httpStatus: 500, context: nil), .outcomeUnknown(clientOrderID: "c1")),
        ("gateway page", .invalidResponse("an HTML page", status: 502, body: [], context: nil), .outcomeUnknown(clientOrderID: "c1")),
        ("50011 rate limited: refused", .api(code: 50011, message: "", httpStatus: 429, context: nil), .retry),
        ("51008 insufficient balance: refused", .api(code: 51008, message: "", httpStatus: 200, context: nil), .fail),
        ("50013 busy: OKX may have it", .api(code: 50013, message: "", httpStatus: 200, context: nil), .fail),
    ]

    @Test(arguments: 0..<cases.count)
    func placementAfterFailure(index: Int) {
        let (name, error, expected) = Self.cases[index]
        #expect(RetryPolicy.decide(after: error, idempotency: Self.placement) == expected, "\(name)")
    }

    @Test func readsRetryWhatMayPass() {
        #expect(RetryPolicy.decide(after: Self.transport(.timeout, reached: true), idempotency: .safe) == .retry)
        #expect(RetryPolicy.decide(after: .api(code: 51008, message: "", httpStatus: 200, context: nil), idempotency: .safe) == .fail)
    }
}
