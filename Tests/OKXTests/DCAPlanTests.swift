import Foundation
@testable import OKX
import Testing

/// DCA (martingale) plans against worked examples (the arithmetic is in the comments).
@Suite struct DCAPlanTests {
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }
    /// A spot pair with round steps: tick 0.01, lot and minimum 0.001.
    static let abc = try? ContractSizing(instId: "ABC-USDT", countsContracts: false, unitsPerContract: 1, isInverse: false, settlesInBase: false,
                                         lotSize: d("0.001"), minimumSize: d("0.001"), tickSize: d("0.01"))

    @Test func spotCycle() throws {
        let sizing = try #require(Self.abc)
        let plan = try DCAPlan(initOrdAmt: 100, safetyOrdAmt: 50, maxSafetyOrds: 3, pxSteps: Self.d("0.1"), pxStepsMult: Self.d("1.5"),
                               volMult: 2, tpPct: Self.d("0.05"), startPrice: 100, sizing: sizing)
        #expect(plan.steps.count == 4)
        // Deviations: 0.1; 0.1 + 0.15 = 0.25; 0.25 + 0.225 = 0.475 → triggers 90, 75, 52.5.
        #expect(plan.steps.map(\.deviation) == [0, Self.d("0.1"), Self.d("0.25"), Self.d("0.475")])
        #expect(plan.steps.map(\.triggerPrice) == [100, 90, 75, Self.d("52.5")])
        // Amounts: 100 (initial), 50, 50 × 2 = 100, 100 × 2 = 200.
        #expect(plan.steps.map(\.amount) == [100, 50, 100, 200])
        // Sizes, down to the 0.001 lot: 100/100 = 1; 50/90 = 0.5555… → 0.555;
        // 100/75 = 1.3333… → 1.333; 200/52.5 = 3.8095… → 3.809.
        #expect(plan.steps.map(\.size) == [1, Self.d("0.555"), Self.d("1.333"), Self.d("3.809")])
        #expect(plan.steps.map(\.totalSize) == [1, Self.d("1.555"), Self.d("2.888"), Self.d("6.697")])
        // Average after step 1: (1 × 100 + 0.555 × 90) / 1.555 = 149.95 / 1.555 = 96.4308…;
        // take profit 96.4308… × 1.05 = 101.2524… → 101.26 (up to the tick: a sell).
        #expect(abs(plan.steps[1].averageEntry - Self.d("96.430868")) < Self.d("0.000001"))
        #expect(plan.steps.map(\.takeProfitPrice) == [105, Self.d("101.26"), Self.d("90.87"), Self.d("70.54")])
        // After step 3: (149.95 + 1.333 × 75 + 3.809 × 52.5) / 6.697 = (149.95 + 99.975 + 199.9725)
        // / 6.697 = 449.8975 / 6.697 = 67.1789…; × 1.05 = 70.5378… → 70.54.
        #expect(abs(plan.steps[3].averageEntry - Self.d("67.178961")) < Self.d("0.000001"))
        // A full cycle can tie up 100 + 50 + 100 + 200 = 450 USDT.
        #expect(plan.totalCapital == 450)

        let request = plan.request(slPct: Self.d("0.3"), algoClOrdId: "dca1")
        #expect(request.instId == "ABC-USDT" && request.algoOrdType == .spotDca && request.initOrdAmt == 100 && request.safetyOrdAmt == 50)
        #expect(request.maxSafetyOrds == 3 && request.pxSteps == Self.d("0.1") && request.pxStepsMult == Self.d("1.5") && request.volMult == 2)
        #expect(request.tpPct == Self.d("0.05") && request.slPct == Self.d("0.3") && request.lever == 1 && request.direction == nil)
        #expect(request.triggerParams.first?.triggerStrategy == .instant && request.algoClOrdId == "dca1")
    }

    @Test func shortContractCycle() throws {
        // BTC-USDT-SWAP with whole contracts: 0.01 BTC each, lot and minimum 1, tick 0.1.
        let sizing = try ContractSizing(instId: "BTC-USDT-SWAP", countsContracts: true, unitsPerContract: Self.d("0.01"), isInverse: false,
                                        settlesInBase: false, lotSize: 1, minimumSize: 1, tickSize: Self.d("0.1"))
        let plan = try DCAPlan(initOrdAmt: 100, safetyOrdAmt: 100, maxSafetyOrds: 2, pxSteps: Self.d("0.01"), pxStepsMult: 1, volMult: 1,
                               tpPct: Self.d("0.01"), startPrice: 50000, direction: .short, lever: 10, sizing: sizing)
        // A short adds as the price rises: 50000, 50500 (+1 %), 51000 (+2 %).
        #expect(plan.steps.map(\.triggerPrice) == [50000, 50500, 51000])
        // 100 of margin at 10x is 1000 USDT of position: 1000 / (50000 × 0.01) = 2 contracts;
        // 1000 / 505 = 1.98 → 1; 1000 / 510 = 1.96 → 1.
        #expect(plan.steps.map(\.size) == [2, 1, 1])
        // Average after the last: 0.01 × (2 × 50000 + 50500 + 51000) / 0.04 = 50375;
        // take profit 50375 × 0.99 = 49871.25 → 49871.2 (down to the tick: a buy).
        #expect(plan.steps[2].averageEntry == 50375 && plan.steps[2].takeProfitPrice == Self.d("49871.2"))
        #expect(plan.steps[0].takeProfitPrice == 49500 && plan.totalCapital == 300)
        let request = plan.request()
        #expect(request.algoOrdType == .contractDca && request.direction == .short && request.lever == 10)
    }

    @Test func impossiblePlansAreRefused() throws {
        let sizing = try #require(Self.abc)
        func plan(maxSafetyOrds: Int = 3, pxSteps: Decimal = Self.d("0.1"), pxStepsMult: Decimal = 2, safety: Decimal = 50,
                  direction: DCAPlan.Direction = .long, lever: Decimal = 1) throws -> DCAPlan {
            try DCAPlan(initOrdAmt: 100, safetyOrdAmt: safety, maxSafetyOrds: maxSafetyOrds, pxSteps: pxSteps, pxStepsMult: pxStepsMult,
                        volMult: 2, tpPct: Self.d("0.05"), startPrice: 100, direction: direction, lever: lever, sizing: sizing)
        }
        // 0.1 + 0.2 + 0.4 + 0.8 = 1.5: the fourth safety order would trigger below zero.
        #expect(throws: OKXError.self) { try plan(maxSafetyOrds: 4) }
        // 0.0001 USDT buys less than the 0.001 minimum.
        #expect(throws: OKXError.self) { try plan(safety: Self.d("0.0001")) }
        // Spot is long at 1x only.
        #expect(throws: OKXError.self) { try plan(direction: .short) }
        #expect(throws: OKXError.self) { try plan(lever: 3) }
        #expect(throws: OKXError.self) { try plan(pxSteps: 0) }
        // No safety orders: only the initial order, and the request leaves the safety fields out.
        let single = try plan(maxSafetyOrds: 0)
        #expect(single.steps.count == 1 && single.totalCapital == 100 && single.request().safetyOrdAmt == nil)
    }
}
