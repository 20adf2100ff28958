import Foundation
@testable import OKX
import Testing

/// Contract grid plans and the minimum-investment check, against worked examples (the
/// arithmetic is in the comments).
@Suite struct ContractGridPlanTests {
    /// BTC-USDT-SWAP as OKX lists it: 0.01 BTC a contract, lots of 0.01 contracts, tick 0.1.
    static let swap = try? ContractSizing(instId: "BTC-USDT-SWAP", countsContracts: true, unitsPerContract: Decimal(string: "0.01") ?? 0,
                                          isInverse: false, settlesInBase: false, lotSize: Decimal(string: "0.01") ?? 0,
                                          minimumSize: Decimal(string: "0.01") ?? 0, tickSize: Decimal(string: "0.1") ?? 0)
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    static func plan(_ direction: ContractGridPlan.Direction, leverage: Decimal) throws -> ContractGridPlan {
        let sizing = try #require(swap)
        return try ContractGridPlan(lowerPrice: 60000, upperPrice: 70000, gridCount: 4, spacing: .arithmetic, direction: direction,
                                    leverage: leverage, investment: 1000, currentPrice: 65000, makerFee: d("0.0002"),
                                    maintenanceMarginRate: d("0.004"), sizing: sizing)
    }

    @Test func longGridAtFiveTimes() throws {
        let plan = try Self.plan(.long, leverage: 5)
        // Levels 60000, 62500, 65000, 67500, 70000 (steps of 2500).
        #expect(plan.levels == [60000, 62500, 65000, 67500, 70000])
        // 1000 USDT over 4 grids: 250 of margin each, 1250 of position at 5x. Sized at the top,
        // where a contract costs most: 1250 / (70000 × 0.01) = 1.7857… → 1.78 contracts (lot 0.01).
        #expect(plan.contractsPerGrid == Self.d("1.78"))
        // Worst case: the price at 60000 with everything bought. The start long for the two
        // levels above 65000 (opened at 65000) plus the buys at 60000 and 62500:
        // 4 × 1.78 = 7.12 contracts = 0.0712 BTC; value 0.0178 × (65000 + 65000 + 60000 + 62500)
        // = 0.0178 × 252500 = 4494.5 USDT; average entry 252500 / 4 = 63125.
        let worst = try #require(plan.downside)
        #expect(plan.upside == nil)
        #expect(worst.contracts == Self.d("7.12") && worst.notional == Self.d("4494.5") && worst.averageEntry == 63125)
        // Margin 4494.5 / 5 = 898.9.
        #expect(plan.marginNeeded == Self.d("898.9"))
        // The entries paid 0.02 % of 4494.5 = 0.8989 in fees: M = 1000 − 0.8989 = 999.1011.
        // Liquidation (U·E − M) / (U·(1 − mmr)) = (4494.5 − 999.1011) / (0.0712 × 0.996)
        // = 3495.3989 / 0.0709152 = 49289.84… → 49289.9 (up to the tick, towards the range): below 60000.
        #expect(worst.liquidationPrice == Self.d("49289.9"))
        // One grid: 0.0178 BTC × 2500 = 44.5 gross, less 0.02 % on both fills:
        // lowest grid 0.0178 × (60000 + 62500) × 0.0002 = 0.4361 → 44.0639;
        // highest grid 0.0178 × (67500 + 70000) × 0.0002 = 0.4895 → 44.0105.
        #expect(plan.profitPerGrid == Self.d("44.0105")...Self.d("44.0639"))
        // On the grid's own value: 44.0105 / (0.0178 × 67500 = 1201.5) = 3.663 %;
        // 44.0639 / (0.0178 × 60000 = 1068) = 4.1258 %.
        #expect(abs(plan.returnPerGrid.lowerBound - Self.d("0.0366296")) < Self.d("0.0000001"))
        #expect(abs(plan.returnPerGrid.upperBound - Self.d("0.0412583")) < Self.d("0.0000001"))
        // On the 250 of margin a grid has: 44.0105 / 250 = 17.6042 %, 44.0639 / 250 = 17.62556 %
        // — about five times the unlevered return.
        #expect(plan.returnOnMarginPerGrid == Self.d("0.176042")...Self.d("0.1762556"))
    }

    @Test func shortAndNeutralGrids() throws {
        let short = try Self.plan(.short, leverage: 5)
        // Start short for the two levels below 65000 (at 65000), then sells at 67500 and 70000:
        // 0.0712 BTC worth 0.0178 × (130000 + 137500) = 4761.5; average 66875; margin 952.3.
        let up = try #require(short.upside)
        #expect(short.downside == nil && up.notional == Self.d("4761.5") && up.averageEntry == 66875 && short.marginNeeded == Self.d("952.3"))
        // M = 1000 − 0.0002 × 4761.5 = 999.0477.
        // (U·E + M) / (U·(1 + mmr)) = (4761.5 + 999.0477) / (0.0712 × 1.004) = 5760.5477 / 0.0714848
        // = 80584.23… → 80584.2 (down to the tick): above 70000.
        #expect(up.liquidationPrice == Self.d("80584.2"))

        let neutral = try Self.plan(.neutral, leverage: 5)
        // No start position. Down: buys at 60000 and 62500, 0.0356 BTC worth 2180.5, M = 1000 − 0.4361:
        // (2180.5 − 999.5639) / (0.0356 × 0.996) = 1180.9361 / 0.0354576 = 33305.58… → 33305.6.
        // Up: sells at 67500 and 70000, 0.0356 BTC worth 2447.5, M = 1000 − 0.4895:
        // (2447.5 + 999.5105) / (0.0356 × 1.004) = 3447.0105 / 0.0357424 = 96440.37… → 96440.3.
        #expect(neutral.downside?.notional == Self.d("2180.5") && neutral.downside?.liquidationPrice == Self.d("33305.6"))
        #expect(neutral.upside?.notional == Self.d("2447.5") && neutral.upside?.liquidationPrice == Self.d("96440.3"))
        #expect(neutral.marginNeeded == Self.d("489.5"))  // 2447.5 / 5, the larger side
    }

    @Test func liquidationInsideTheRangeIsRefused() throws {
        // At 25x: 6250 of position a grid → 6250 / 700 = 8.928… → 8.92 contracts; worst long
        // 0.3568 BTC worth 0.0892 × 252500 = 22523, M = 1000 − 4.5046 = 995.4954:
        // (22523 − 995.4954) / (0.3568 × 0.996) = 60577.24…, above the 60000 bottom: liquidated by
        // a move the grid was built to trade.
        #expect(throws: OKXError.self) { try Self.plan(.long, leverage: 25) }
        // Spot sizing, an inverse contract, and a grid too small for one lot are refused too.
        let spot = try ContractSizing(instId: "BTC-USDT", countsContracts: false, unitsPerContract: 1, isInverse: false, settlesInBase: false,
                                      lotSize: Self.d("0.00000001"), minimumSize: Self.d("0.00001"), tickSize: Self.d("0.1"))
        #expect(throws: OKXError.self) {
            try ContractGridPlan(lowerPrice: 60000, upperPrice: 70000, gridCount: 4, spacing: .arithmetic, direction: .long, leverage: 5,
                                 investment: 1000, currentPrice: 65000, makerFee: 0, maintenanceMarginRate: Self.d("0.004"), sizing: spot)
        }
        let inverse = try ContractSizing(instId: "BTC-USD-SWAP", countsContracts: true, unitsPerContract: 100, isInverse: true, settlesInBase: true,
                                         lotSize: 1, minimumSize: 1, tickSize: Self.d("0.1"))
        #expect(throws: OKXError.self) {
            try ContractGridPlan(lowerPrice: 60000, upperPrice: 70000, gridCount: 4, spacing: .arithmetic, direction: .long, leverage: 5,
                                 investment: 1, currentPrice: 65000, makerFee: 0, maintenanceMarginRate: Self.d("0.004"), sizing: inverse)
        }
        let sizing = try #require(Self.swap)
        // 1 USDT over 4 grids at 1x: 0.25 / 700 = 0.00035 contracts, below the 0.01 minimum.
        #expect(throws: OKXError.self) {
            try ContractGridPlan(lowerPrice: 60000, upperPrice: 70000, gridCount: 4, spacing: .arithmetic, direction: .long, leverage: 1,
                                 investment: 1, currentPrice: 65000, makerFee: 0, maintenanceMarginRate: Self.d("0.004"), sizing: sizing)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func minimumInvestmentFromOKXAnswers() throws {
        let plan = try Self.plan(.long, leverage: 5)
        let request = plan.minInvestmentRequest(spacing: .arithmetic, currency: "USDT")
        #expect(request.algoOrdType == .contractGrid && request.minPx == 60000 && request.maxPx == 70000 && request.gridNum == 4)
        #expect(request.runType == .v1 && request.direction == .long && request.lever == 5)
        #expect(request.investmentData?.first?.amt == 1000 && request.investmentData?.first?.ccy == "USDT")

        // OKX asks 1012.5 USDT for this grid: 12.5 short of the 1000 planned.
        let answer = try Self.decode([API.Grid.ComputeMinInvestment.Response].self,
                                     #"[{"minInvestmentData":[{"amt":"1012.5","ccy":"USDT"}],"singleAmt":"253.12"}]"#)
        let check = try plan.checkMinimumInvestment(currency: "USDT", minInvestment: answer)
        #expect(!check.isMet && check.minimum == Self.d("1012.5") && check.shortfall == Self.d("12.5") && check.source == .minInvestment)

        // A lower minimum is met, with no shortfall.
        let met = try plan.checkMinimumInvestment(currency: "usdt", minInvestment: Self.decode(
            [API.Grid.ComputeMinInvestment.Response].self, #"[{"minInvestmentData":[{"amt":"800","ccy":"USDT"}],"singleAmt":"200"}]"#))
        #expect(met.isMet && met.shortfall == 0)

        // Without a min-investment figure, ai-param's (for OKX's suggested grid) stands in.
        let ai = try Self.decode([API.Grid.GridAIParameter.Response].self,
                                 #"[{"instId":"BTC-USDT-SWAP","algoOrdType":"contract_grid","minInvestment":"1100","ccy":"USDT","gridNum":"4"}]"#)
        let fallback = try plan.checkMinimumInvestment(currency: "USDT", minInvestment: [], aiParameters: ai)
        #expect(fallback.source == .aiParameter && fallback.shortfall == 100)

        // Answers in another currency cannot be compared.
        let btcOnly = try Self.decode([API.Grid.ComputeMinInvestment.Response].self, #"[{"minInvestmentData":[{"amt":"0.02","ccy":"BTC"}]}]"#)
        #expect(throws: OKXError.self) { try plan.checkMinimumInvestment(currency: "USDT", minInvestment: btcOnly) }
    }
}
