import Foundation
@testable import OKX
import Testing

/// Grid plans against worked examples (the arithmetic is in the comments).
@Suite struct GridPlanTests {
    static let btc = try? ContractSizing(instId: "BTC-USDT", countsContracts: false, unitsPerContract: 1, isInverse: false, settlesInBase: false,
                                         lotSize: Decimal(string: "0.00000001") ?? 0, minimumSize: Decimal(string: "0.00001") ?? 0,
                                         tickSize: Decimal(string: "0.1") ?? 0)
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    @Test func arithmeticGrid() throws {
        let sizing = try #require(Self.btc)
        // 60000…70000 in 4 grids: steps of 2500 → 60000, 62500, 65000, 67500, 70000.
        let plan = try GridPlan(lowerPrice: 60000, upperPrice: 70000, gridCount: 4, spacing: .arithmetic, sizePerGrid: Self.d("0.001"),
                                currentPrice: 65000, makerFee: Self.d("0.0008"), sizing: sizing)
        #expect(plan.levels == [60000, 62500, 65000, 67500, 70000])
        // Keep (1 − 0.0008)² = 0.99840064 of each round trip. Best grid 62500/60000 = 1.041666…:
        // 1.0416666… × 0.99840064 − 1 = 0.0399999 (3.99999 %); worst 70000/67500 = 1.037037…:
        // × 0.99840064 − 1 = 0.0353784 (3.54 %).
        #expect(abs(plan.profitPerGrid.upperBound - Self.d("0.04")) < Self.d("0.000001"))
        #expect(abs(plan.profitPerGrid.lowerBound - Self.d("0.0353784")) < Self.d("0.000001"))
        // Buys at 60000 and 62500: (60000 + 62500) × 0.001 = 122.5 USDT. Sells at 67500 and
        // 70000 need 0.002 BTC, worth 130 USDT at 65000. Investment 252.5 USDT.
        #expect(plan.quoteNeeded == Self.d("122.5") && plan.baseNeeded == Self.d("0.002") && plan.investment == Self.d("252.5"))
    }

    @Test func geometricGrid() throws {
        let sizing = try #require(Self.btc)
        // 50000…80000 in 2 grids: ratio √1.6 = 1.264911…; the middle line 63245.55… → 63245.6.
        let plan = try GridPlan(lowerPrice: 50000, upperPrice: 80000, gridCount: 2, spacing: .geometric, sizePerGrid: Self.d("0.001"),
                                currentPrice: 70000, makerFee: 0, sizing: sizing)
        #expect(plan.levels == [50000, Self.d("63245.6"), 80000])
        // Without fees each grid earns about 26.49 %, the same in both (up to the tick).
        #expect(abs(plan.profitPerGrid.lowerBound - Self.d("0.26491")) < Self.d("0.00001"))
        #expect(plan.profitPerGrid.upperBound - plan.profitPerGrid.lowerBound < Self.d("0.00001"))
    }

    @Test func plansThatCannotWorkAreRefused() throws {
        let sizing = try #require(Self.btc)
        func plan(_ lower: Decimal, _ upper: Decimal, _ n: Int, fee: Decimal = Self.d("0.001"), size: Decimal = Self.d("0.001")) throws -> GridPlan {
            try GridPlan(lowerPrice: lower, upperPrice: upper, gridCount: n, spacing: .arithmetic, sizePerGrid: size, currentPrice: lower,
                         makerFee: fee, sizing: sizing)
        }
        // 100 grids over 65000…65500: 5 USDT steps, 0.0077 % per grid, less than the 0.2 % of fees.
        #expect(throws: OKXError.self) { try plan(65000, 65500, 100) }
        #expect(throws: OKXError.self) { try plan(70000, 60000, 4) }
        #expect(throws: OKXError.self) { try plan(60000, 70000, 1) }
        // A size below the 0.00001 minimum, or off the lot.
        #expect(throws: OKXError.self) { try plan(60000, 70000, 4, size: Self.d("0.000001")) }
        #expect(throws: OKXError.self) { try plan(60000, 70000, 4, size: Self.d("0.000010001")) }
    }
}
