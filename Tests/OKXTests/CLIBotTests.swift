import Foundation
import OKXSimulator
import Testing

/// `okx bot … plan` against the simulator with the price steered to a round number, so the
/// expected levels, sizes and trigger prices can be worked out by hand below.
@Suite struct CLIBotPlanTests {
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    @Test func gridAndDCAPlansAreLaidOutFromTheMarketAndBadPlansAreUsageErrors() async throws {
        let sim = try await OKXSimulator.start(SimulatorConfiguration())
        let env = CLI.environment(sim, key: .demo, demo: true)
        _ = try sim.setPrice("BTC-USDT", to: 60000)
        _ = try sim.setPrice("BTC-USDT-SWAP", to: 60000)

        // 10 arithmetic grids over 50000…70000: levels every 2000. At 60000 the five levels
        // below hold buys (50000+…+58000 = 270000 per BTC of size) and the five above sells
        // (base bought at 60000: 5 × 60000 = 300000): 570000 of USDT per BTC of size per grid.
        // 1000 USDT → 1000 / 570000 = 0.00175438… → 0.00175438 on the 1e-8 lot.
        let grid = try await CLI.run(["bot", "grid", "plan", "BTC-USDT", "--lower", "50000", "--upper", "70000", "--grids", "10",
                                      "--investment", "1000", "--json"], environment: env)
        #expect(grid.status == 0, "\(grid.stderr)")
        let levels = try #require(grid.json?["levels"] as? [String])
        #expect(levels == stride(from: 50000, through: 70000, by: 2000).map { "\($0)" })
        #expect(grid.json?["sizePerGrid"] as? String == "0.00175438")
        #expect(grid.json?["investment"] as? String == "\(Self.d("0.00175438") * 570000)")
        #expect(grid.json?["kind"] as? String == "spot grid" && grid.json?["makerFeeSource"] as? String == "your account's rate")

        // A long contract grid at 50× over 55000…75000 would be liquidated inside its own range.
        let reckless = try await CLI.run(["bot", "grid", "plan", "BTC-USDT-SWAP", "--lower", "55000", "--upper", "75000", "--grids", "20",
                                          "--direction", "long", "--leverage", "50", "--investment", "1000"], environment: env)
        #expect(reckless.status == 2 && reckless.stderr.contains("liquidated"), "\(reckless.stderr)")
        let sane = try await CLI.run(["bot", "grid", "plan", "BTC-USDT-SWAP", "--lower", "55000", "--upper", "75000", "--grids", "20",
                                      "--direction", "long", "--leverage", "3", "--investment", "1000", "--json"], environment: env)
        #expect(sane.status == 0, "\(sane.stderr)")
        let liquidation = try #require((sane.json?["liquidationIfFallsToLower"] as? String).flatMap { Decimal(string: $0) })
        #expect(liquidation < 55000, "the estimate lies below the range")

        // DCA from 60000: steps of 2 %, each 1.5× the last → cumulative 2 %, 5 %, 9.5 %, 16.25 %;
        // amounts 100, then 50 doubling: 50, 100, 200, 400 → 850 for a full cycle.
        let dca = try await CLI.run(["bot", "dca", "plan", "BTC-USDT", "--initial", "100", "--safety", "50", "--max-safety", "4",
                                     "--step", "0.02", "--step-mult", "1.5", "--vol-mult", "2", "--take-profit", "0.03", "--json"], environment: env)
        #expect(dca.status == 0, "\(dca.stderr)")
        let steps = try #require(dca.json?["steps"] as? [[String: Any]])
        #expect(steps.map { $0["triggerPrice"] as? String } == ["60000", "58800", "57000", "54300", "50250"])
        #expect(steps.map { $0["amount"] as? String } == ["100", "50", "100", "200", "400"])
        #expect(dca.json?["totalCapital"] as? String == "850")
        #expect(steps.first?["takeProfitPrice"] as? String == "61800", "60000 × 1.03")

        let ratios = try await CLI.run(["bot", "recurring", "plan", "--coins", "BTC:0.6,ETH:0.5", "--amount", "100"], environment: env)
        #expect(ratios.status == 2 && ratios.stderr.contains("add up to 1.1"), "\(ratios.stderr)")
        let recurring = try await CLI.run(["bot", "recurring", "plan", "--coins", "BTC:0.6,ETH:0.4", "--amount", "100", "--period", "weekly:1",
                                           "--hour", "9", "--utc-offset", "8", "--count", "3", "--json"], environment: env)
        #expect(recurring.status == 0, "\(recurring.stderr)")
        let coins = try #require(recurring.json?["coins"] as? [[String: Any]])
        #expect(coins.map { $0["amountPerExecution"] as? String } == ["60", "40"])
        // Monday 09:00 at UTC+8 is Monday 01:00 UTC, a week apart.
        let next = try #require(recurring.json?["nextExecutions"] as? [String])
        #expect(next.count == 3 && next.allSatisfy { $0.hasSuffix("T01:00:00.000Z") })
        await sim.stop()
    }
}

/// `okx book` on a listing in its call auction: a crossed book is explained, not called corrupt.
@Suite struct CLIListingBookTests {
    @Test func aCrossedBookDuringTheCallAuctionIsReportedAsExpected() async throws {
        let sim = try await OKXSimulator.start(SimulatorConfiguration())
        let env = CLI.environment(sim, key: .demo, demo: true)
        let now = sim.serverMilliseconds()
        try sim.list(SimulatedListing(instId: "ABC-USDT", listTime: now, auctionEndTime: now + 3_600_000, price: 2, baseBalance: 100))
        for (side, price) in [("buy", "2.2"), ("sell", "2.1")] {
            let placed = try await CLI.run(["order", "place", "ABC-USDT", side, "5", "--price", price], environment: env)
            #expect(placed.status == 0, "\(placed.stderr)")
        }
        let auction = try await CLI.run(["book", "ABC-USDT"], environment: env)
        #expect(auction.status == 0 && auction.stdout.contains("during the call auction, as expected"), "\(auction.stdout)")
        _ = try sim.setInstrumentState("ABC-USDT", to: "live")
        let open = try await CLI.run(["book", "ABC-USDT"], environment: env)
        #expect(open.status == 0 && !open.stdout.contains("crossed"), "\(open.stdout)")
        await sim.stop()
    }
}

/// `okx bot … create|list|show|stop` against the simulator's bots, and the live-trading guard.
@Suite struct CLIBotLifecycleTests {
    @Test func aGridIsCreatedListedShownAndStoppedAndLiveNeedsYes() async throws {
        let sim = try await OKXSimulator.start(SimulatorConfiguration())
        _ = try sim.setPrice("BTC-USDT", to: 60000)
        let grid = ["bot", "grid", "create", "BTC-USDT", "--lower", "50000", "--upper", "70000", "--grids", "10", "--investment", "1000"]

        // Live without --yes: the plan is shown, nothing is sent, exit 2.
        let live = CLI.environment(sim, key: .live, demo: false)
        let refused = try await CLI.run(grid, environment: live)
        #expect(refused.status == 2 && refused.stderr.contains("--yes") && refused.stdout.contains("spot grid BTC-USDT"), "\(refused.stderr)")
        #expect(try await CLI.run(["bot", "grid", "list", "--json"], environment: live).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")

        let demo = CLI.environment(sim, key: .demo, demo: true)
        let created = try await CLI.run(grid + ["--json"], environment: demo)
        #expect(created.status == 0, "\(created.stderr)")
        let algoId = try #require(created.json?["algoId"] as? String)
        let list = try await CLI.run(["bot", "grid", "list", "--json"], environment: demo)
        let bots = try #require((try? JSONSerialization.jsonObject(with: Data(list.stdout.utf8))) as? [[String: Any]])
        #expect(bots.map { $0["algoId"] as? String } == [algoId] && bots.first?["state"] as? String == "running")
        // 11 levels; the one at the price (60000) holds no order: 5 buys below, 5 sells above.
        let shown = try await CLI.run(["bot", "grid", "show", algoId, "--json"], environment: demo)
        let orders = try #require(shown.json?["orders"] as? [[String: Any]])
        #expect(orders.filter { $0["side"] as? String == "buy" }.count == 5 && orders.filter { $0["side"] as? String == "sell" }.count == 5)
        let stopped = try await CLI.run(["bot", "grid", "stop", algoId, "BTC-USDT"], environment: demo)
        #expect(stopped.status == 0 && stopped.stdout.contains("stopped grid bot \(algoId)"), "\(stopped.stderr)")
        #expect(try await CLI.run(["bot", "grid", "list", "--json"], environment: demo).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")

        // DCA and recurring buys go the same way.
        let dca = try await CLI.run(["bot", "dca", "create", "BTC-USDT", "--initial", "100", "--safety", "50", "--max-safety", "2",
                                     "--take-profit", "0.02", "--json"], environment: demo)
        let dcaId = try #require(dca.json?["algoId"] as? String, "\(dca.stderr)")
        let position = try await CLI.run(["bot", "dca", "show", dcaId, "--json"], environment: demo)
        #expect(position.status == 0 && (position.json?["position"] as? [String: Any])?["algoId"] as? String == dcaId, "\(position.stderr)")
        #expect(try await CLI.run(["bot", "dca", "stop", dcaId], environment: demo).status == 0)

        let recurring = try await CLI.run(["bot", "recurring", "create", "--name", "weekly", "--coins", "BTC:0.5,ETH:0.5", "--amount", "100",
                                           "--period", "weekly:1", "--hour", "9", "--json"], environment: demo)
        let recurringId = try #require(recurring.json?["algoId"] as? String, "\(recurring.stderr)")
        let listed = try await CLI.run(["bot", "recurring", "list"], environment: demo)
        #expect(listed.stdout.contains(recurringId) && listed.stdout.contains("BTC:0.5,ETH:0.5"), "\(listed.stdout)")
        #expect(try await CLI.run(["bot", "recurring", "stop", recurringId], environment: demo).status == 0)
        await sim.stop()
    }
}
