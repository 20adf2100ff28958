import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// Faults on the order path: whatever goes wrong, each clOrdId ends up in the book exactly
/// once, or the client says it cannot tell.
@Suite struct ReliabilityTests {
    func order(_ id: String, inst: String = "BTC-USDT") -> API.Trade.PlaceOrder.Request {
        API.Trade.PlaceOrder.Request(instId: inst, tdMode: .cash, clOrdId: id, side: .buy, ordType: .limit, sz: Decimal(1) / 100, px: 100)
    }

    func count(_ sim: OKXSimulator, _ id: String) -> Int { sim.orders().filter { $0.clOrdId == id }.count }

    @Test func resetAfterTheOrderWasStoredReturnsTheStoredOrder() async throws {
        try await withSimulator { sim, client in
            sim.inject(.resetAfterProcessing, path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("rst1"))
            #expect(ack.isSuccess && ack.clOrdId == "rst1" && !ack.ordId.isEmpty)
            #expect(count(sim, "rst1") == 1)
            // Look-ups are reads and may be retried when a starved run times one out; the
            // placement never is.
            #expect(sim.requestCount(method: "POST", path: "/api/v5/trade/order") == 1, "one placement, never a second")
            #expect(sim.requestCount(method: "GET", path: "/api/v5/trade/order") >= 1, "settled by a look-up")
        }
    }

    @Test func resetBeforeTheOrderWasStoredPlacesItOnceMore() async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.resetBeforeProcessing, path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("rst2"))
            #expect(ack.isSuccess)
            #expect(count(sim, "rst2") == 1)
        }
    }

    @Test func timeoutAfterStoringIsRecoveredByLookup() async throws {
        // The timeout applies to every request of this client, the clock sync and the look-ups
        // too: 1 s was missed by a public/time answer in full runs on a loaded 2-core machine.
        // 3 s was missed too, by a fresh clone's CI in the run's first seconds; the held answer
        // (10 s) still comes after the timeout, so the look-up is what settles the order.
        try await withSimulator(client: { $0.transport.totalTimeout = .seconds(8) }) { sim, client in
            sim.inject(.delayAfterProcessing(.seconds(10)), path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(order("slow1"))
            #expect(ack.isSuccess && count(sim, "slow1") == 1)
        }
    }

    @Test(arguments: [SimulatorFault.okxError(code: 50004), .htmlPage(status: 502), .htmlPage(status: 503), .emptyBody(status: 504)])
    func unknownOutcomesAreResolved(fault: SimulatorFault) async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(fault, path: "/api/v5/trade/order")
            let id = "u" + String(describing: fault).filter { $0.isLetter || $0.isNumber }.prefix(31)
            let ack = try await client.trade.placeOrder(order(id))
            #expect(ack.isSuccess && count(sim, id) == 1)
        }
    }

    @Test func whenTheLookupFailsTooTheOutcomeIsReportedUnknown() async throws {
        // No retries, but a deadline a starved full run cannot miss: an expired placement (50036)
        // is never stored, which would hide what this test is about.
        try await withSimulator(client: { $0.retry = .none; $0.retry.orderDeadline = .seconds(60) }) { sim, client in
            sim.inject(.resetAfterProcessing, path: "/api/v5/trade/order", times: 3)  // placement and lookup both fail
            let error = try #require(await okxError { _ = try await client.trade.placeOrder(order("unk1")) })
            #expect(error.category == .outcomeUnknown && error.clientOrderID == "unk1")
            #expect(count(sim, "unk1") == 1, "it was stored; the client said it could not tell, and did not place it again")
        }
    }

    @Test func batchIsRecoveredOrderByOrder() async throws {
        try await withSimulator { sim, client in
            sim.inject(.resetAfterProcessing, path: "/api/v5/trade/batch-orders")
            let acks = try await client.trade.placeOrders([order("bt1"), order("bt2", inst: "ETH-USDT"), order("bt3")])
            #expect(acks.map { $0.clOrdId } == ["bt1", "bt2", "bt3"] && acks.allSatisfy { $0.isSuccess })
            for id in ["bt1", "bt2", "bt3"] { #expect(count(sim, id) == 1) }
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.resetBeforeProcessing, path: "/api/v5/trade/batch-orders")
            let again = try await client.trade.placeOrders([order("bt4"), order("bt5")])
            #expect(again.allSatisfy { $0.isSuccess })
            for id in ["bt4", "bt5"] { #expect(count(sim, id) == 1) }
        }
    }

    @Test func cancelAfterALostAnswerReportsSuccess() async throws {
        try await withSimulator { sim, client in
            _ = try await client.trade.placeOrder(order("cx1"))
            sim.inject(.resetAfterProcessing, path: "/api/v5/trade/cancel-order")
            let ack = try await client.trade.cancelOrder(instId: "BTC-USDT", clOrdId: "cx1")
            #expect(ack.isSuccess)
            #expect(sim.orders().first { $0.clOrdId == "cx1" }?.state == "canceled")
            #expect(sim.requestCount(path: "/api/v5/trade/cancel-order") == 2, "retried once: cancel is idempotent")
        }
    }

    @Test func rateLimitBurstIsRetriedThenTyped() async throws {
        try await withSimulator { sim, client in
            sim.inject(.okxError(code: 50011), path: "/api/v5/market/ticker", times: 2)
            _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            #expect(sim.requestCount(path: "/api/v5/market/ticker") == 3)
            sim.inject(.okxError(code: 50011), path: "/api/v5/market/ticker", times: 5)
            let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
            #expect(error.code == .rateLimited && error.category == .rateLimit && error.httpStatus == 429)
            #expect(sim.requestCount(path: "/api/v5/market/ticker") == 6, "three attempts, then the typed error")
        }
    }

    @Test func clockJumpIsAbsorbed() async throws {
        try await withSimulator { sim, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            sim.inject(.clockJump(.seconds(-50)), path: "/api/v5/account/balance")
            _ = try await client.first(API.TradingAccount.getBalance())
            #expect(sim.requestCount(path: "/api/v5/account/balance") == 3, "one rejected with 50102, one after the re-sync")
        }
    }

    @Test func limiterSaturatesWithoutTrippingTheExchange() async throws {
        // 200 concurrent placements on one instrument: OKX allows 60 per 2 s. The client must
        // keep the simulator (which enforces the same rule) free of 50011.
        try await withSimulator { sim, client in
            let started = ContinuousClock.now
            let acks = try await withThrowingTaskGroup(of: OrderAck.self) { group in
                for i in 0..<200 { group.addTask { try await client.trade.placeOrder(order("sat\(i)")) } }
                return try await group.reduce(into: [OrderAck]()) { $0.append($1) }
            }
            let elapsed = ContinuousClock.now - started
            #expect(acks.count == 200 && acks.allSatisfy { $0.isSuccess })
            #expect(sim.rateLimitRejections == 0)
            // The fastest legal schedule sends 60 at 0 s, 2 s, 4 s and the last 20 at 6 s.
            let ideal = Duration.seconds(6)
            let utilisation = (ideal / elapsed)
            print("limiter: 200 orders in \(elapsed), \(Int(utilisation * 100)) % of the allowed rate, \(sim.rateLimitRejections) rejections")
            // How close to the allowed rate it gets is a speed, not a behaviour: it depends on how
            // busy the machine is, so it is printed here and never asserted (alone on this
            // machine: 95–96 %). What must hold on any machine is asserted above.
        }
    }
}
