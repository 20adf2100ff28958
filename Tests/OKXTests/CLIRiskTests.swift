import Foundation
import OKXSimulator
import Testing

/// `okx risk` against the simulator's seeded account (a BTC-USDT-SWAP long, liqPx 58418.7),
/// with the price steered towards liquidation through the simulator's control API.
@Suite struct CLIRiskTests {
    @Test func riskFlagsAPositionOnceThePriceNearsItsLiquidation() async throws {
        let sim = try await OKXSimulator.start(SimulatorConfiguration())
        let env = CLI.environment(sim, key: .demo, demo: true)

        let calm = try await CLI.run(["risk", "--json"], environment: env)
        #expect(calm.status == 0, "\(calm.stderr)")
        let positions = try #require(calm.json?["positions"] as? [[String: Any]])
        let swap = try #require(positions.first { $0["instId"] as? String == "BTC-USDT-SWAP" })
        #expect(swap["liqPx"] as? String == "58418.7")
        #expect(swap["warning"] == nil, "more than 10 % away at the seeded mark price")
        #expect(swap["marginLevelOf"] as? String == "account (cross)", "a cross position in multi-currency mode shares the account's level")
        #expect((calm.json?["state"] as? String) == "healthy")

        // 60000: (60000 − 58418.7) / 60000 = 2.64 % from liquidation.
        _ = try sim.setPrice("BTC-USDT-SWAP", to: 60000)
        let near = try await CLI.run(["risk", "--json"], environment: env)
        let first = try #require((near.json?["positions"] as? [[String: Any]])?.first)
        #expect(first["instId"] as? String == "BTC-USDT-SWAP", "the closest to liquidation comes first")
        #expect(first["priceMoveToLiquidation"] as? String == "-1581.3")
        #expect(first["warning"] as? String == "liquidation 2.64 % away", "\(first)")

        let text = try await CLI.run(["risk"], environment: env)
        #expect(text.status == 0 && text.stdout.contains("liquidation 2.64 % away") && text.stdout.contains("margin ratio"))
        #expect(try await CLI.run(["risk", "--warn-within", "1.5"], environment: env).status == 2)
        await sim.stop()
    }
}
