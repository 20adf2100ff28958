import Foundation
@testable import OKX
@testable import OKXSimulator
import Synchronization
import Testing

/// Thousands of mixed requests from many tasks while 10 % of them misbehave. At the end the
/// simulator's book must match what the client believes: every acknowledged order exactly once,
/// nothing the client thinks failed, every cancel that reported success cancelled.
@Suite struct SoakTests {
    final class Beliefs: Sendable {
        struct State {
            var placed: Set<String> = []
            var unknown: Set<String> = []
            var refused: Set<String> = []
            var cancelled: Set<String> = []
            var errors: [String: Int] = [:]
            var operations = 0
        }
        let state = Mutex(State())
        func update(_ change: (inout State) -> Void) { state.withLock { change(&$0) } }
        var snapshot: State { state.withLock { $0 } }
    }

    @Test func mixedWorkloadUnderTenPercentFaults() async throws {
        try await withSimulator({ $0.enforceRateLimits = false }, client: {
            $0.rateLimiter = nil
            $0.transport.totalTimeout = .milliseconds(400)
            $0.retry = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(5), maxDelay: .milliseconds(40), deadline: .seconds(5),
                                   orderDeadline: .milliseconds(1500), orderSettle: .milliseconds(50), orderLookupInterval: .milliseconds(50))
        }) { sim, client in
            sim.plan(FaultPlan(probability: 0.10, faults: [
                .htmlPage(status: 502), .htmlPage(status: 503), .emptyBody(status: 502), .truncatedJSON(bytes: 25),
                .okxError(code: 50013), .okxError(code: 50001), .okxError(code: 50011), .okxError(code: 50004),
                .resetBeforeProcessing, .resetAfterProcessing, .delayAfterProcessing(.milliseconds(600)),
            ], seed: 20261125))
            let beliefs = Beliefs()
            let started = ContinuousClock.now
            let tasks = 32, perTask = 75
            try await withThrowingTaskGroup(of: Void.self) { group in
                for t in 0..<tasks {
                    group.addTask {
                        var rng = SplitMix64(state: UInt64(t) * 7919 + 1)
                        var mine: [String] = []
                        for i in 0..<perTask {
                            let roll = Int.random(in: 0..<100, using: &rng)
                            let id = "s\(t)x\(i)"
                            beliefs.update { $0.operations += 1 }
                            do {
                                switch roll {
                                case 0..<35: _ = try await client.first(API.MarketData.ticker(.init(instId: ["BTC-USDT", "ETH-USDT"][i % 2])))
                                case 35..<50: _ = try await client.first(API.TradingAccount.getBalance())
                                case 50..<55: _ = try await client.send(API.Trade.orderList(.init()))
                                case 55..<85:
                                    let ack = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: ["BTC-USDT", "ETH-USDT", "NEW-USDT"][i % 3], tdMode: .cash, clOrdId: id, side: .buy, ordType: .limit, sz: 1, px: 1))
                                    #expect(ack.clOrdId == id)
                                    mine.append(id)
                                    beliefs.update { $0.placed.insert(id) }
                                default:
                                    guard let target = mine.popLast() else { continue }
                                    let inst = ["BTC-USDT", "ETH-USDT", "NEW-USDT"][Int(target.split(separator: "x")[1])! % 3]
                                    _ = try await client.trade.cancelOrder(instId: inst, clOrdId: target)
                                    beliefs.update { $0.cancelled.insert(target) }
                                }
                            } catch let error as OKXError {
                                beliefs.update { state in
                                    state.errors["\(error.category)", default: 0] += 1
                                    if (55..<85).contains(roll) {
                                        if error.category == .outcomeUnknown { state.unknown.insert(id) } else { state.refused.insert(id) }
                                    }
                                }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - started
            sim.clearFaults()
            // No wait for stragglers: every fault here stores an order before it delays or drops
            // the answer, and a placement the client settled as absent was proven so after its
            // expTime, past which the simulator drops any late copy.

            let b = beliefs.snapshot
            let orders = sim.orders()
            let counts = Dictionary(orders.map { ($0.clOrdId, 1) }, uniquingKeysWith: +)
            print("soak: \(b.operations) operations in \(elapsed); orders placed \(b.placed.count), unknown \(b.unknown.count), refused \(b.refused.count), cancelled \(b.cancelled.count); errors \(b.errors)")
            #expect(b.operations == tasks * perTask)
            // How long it took is printed above, not asserted: a speed depends on the machine.
            #expect(counts.values.allSatisfy { $0 == 1 }, "no clOrdId doubled")
            for id in b.placed { #expect(counts[id] == 1, "acknowledged \(id) is in the book") }
            for id in b.refused { #expect(counts[id] == nil, "\(id) was reported refused but exists") }
            for order in orders { #expect(b.placed.contains(order.clOrdId) || b.unknown.contains(order.clOrdId), "\(order.clOrdId) exists but the client does not know") }
            for id in b.cancelled { #expect(orders.first { $0.clOrdId == id }?.state == "canceled", "\(id) reported cancelled") }
            #expect(b.placed.count > 300, "the workload placed a meaningful number of orders")
        }
    }
}
