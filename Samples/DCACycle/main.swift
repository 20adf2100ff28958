// A DCA (martingale) cycle: plan the safety orders and the capital a full cycle can need,
// create a spot DCA bot, let the price fall through two safety orders (the average entry and the
// take-profit follow), rise to the take-profit (the cycle closes with its realized profit and a
// new one starts), then stop the bot. Against the embedded simulator the price is steered;
// against OKX demo (--demo) the bot is created and stopped at once.
// Run: swift run sample-dca-cycle [--demo]
import Foundation
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    let instId = "BTC-USDT"
    if let sim = target.simulator { _ = try sim.setPrice(instId, to: 60000) }
    let instrument = try await okx.first(API.PublicData.getInstruments(.init(instType: .spot, instId: instId)))
    let last = try await okx.first(API.MarketData.ticker(.init(instId: instId))).last ?? 0

    // 1. The plan: 100 USDT now, then up to 3 safety orders from 100 USDT, each 1.5× the last,
    //    every 2 % further down; take profit 1.5 % above the average.
    let plan = try DCAPlan(initOrdAmt: 100, safetyOrdAmt: 100, maxSafetyOrds: 3, pxSteps: Decimal(string: "0.02") ?? 0, pxStepsMult: 1,
                           volMult: Decimal(string: "1.5") ?? 0, tpPct: Decimal(string: "0.015") ?? 0, startPrice: last,
                           sizing: try ContractSizing(instrument))
    for step in plan.steps {
        print("\(step.index == 0 ? "initial " : "safety \(step.index)") at \(step.triggerPrice): \(step.amount) USDT → take profit at \(step.takeProfitPrice)")
    }
    print("a full cycle can need \(plan.totalCapital) USDT")

    // 2. Create it: it buys at once.
    let algoId = try await okx.first(API.DCA.placeDcaAlgoOrder(plan.request())).algoId
    func position() async throws -> API.DCA.DCAAlgoOrderPositionDetails.Response {
        try await okx.first(API.DCA.dcaAlgoOrderPositionDetails(.init(algoId: algoId, algoOrdType: .spotDca)))
    }
    print("created \(algoId)")

    if let sim = target.simulator {
        // 3. Down through the first two safety orders.
        let second = plan.steps[2].triggerPrice
        _ = try sim.setPrice(instId, to: second)
        let p = try await position()
        print("price \(second): \(p.fillSafetyOrds ?? 0) safety orders filled, average \(p.avgPx ?? 0), take profit now at \(p.tpPx ?? 0) (planned \(plan.steps[2].takeProfitPrice))")
        // 4. Up to the take-profit: the cycle closes and the next one starts.
        _ = try sim.setPrice(instId, to: (p.tpPx ?? 0) + 10)
        let cycles = try await okx.send(API.DCA.dcaCycleList(.init(algoId: algoId, algoOrdType: .spotDca)))
        for cycle in cycles {
            print("cycle \(cycle.cycleId ?? "?"): \(cycle.currentCycle == true ? "running" : "closed, realized \(cycle.realizedPnl ?? 0) USDT")")
        }
    }

    // 5. Stop it, selling what it holds (stopType 1).
    _ = try await okx.first(API.DCA.stopDcaAlgoOrder(.init(algoId: algoId, algoOrdType: .spotDca, stopType: "1")))
    let stopped = try await okx.send(API.DCA.dcaAlgoOrderHistory(.init(algoOrdType: .spotDca, algoId: algoId))).first
    print("stopped: state \(stopped?.state?.rawValue ?? "?"), total pnl \(stopped?.totalPnl ?? 0) USDT")
}
await target.finish()
