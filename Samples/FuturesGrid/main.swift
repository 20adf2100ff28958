// Futures grid, from plan to stop: lay out a long contract grid on BTC-USDT-SWAP at 3× (levels,
// contracts per grid, worst-case margin and liquidation), check it against OKX's minimum
// investment, create it, watch it trade as the price moves through its levels, and stop it,
// closing its position. Against the embedded simulator the price is steered; against OKX demo
// (--demo) the plan is created and stopped at once. Never run against --live unattended.
// Run: swift run sample-futures-grid [--demo]
import Foundation
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    let instId = "BTC-USDT-SWAP"
    if let sim = target.simulator { _ = try sim.setPrice(instId, to: 60000) }
    let instrument = try await okx.first(API.PublicData.getInstruments(.init(instType: .swap, instId: instId)))
    let sizing = try ContractSizing(instrument)
    let last = try await okx.first(API.MarketData.ticker(.init(instId: instId))).last ?? 0
    let fees = try await okx.first(API.TradingAccount.getFeeRates(.init(instType: .swap, instId: instId)))

    // 1. The plan: ±5000 around the price in 10 grids, long at 3×, 1000 USDT of margin.
    let plan = try ContractGridPlan(lowerPrice: last - 5000, upperPrice: last + 5000, gridCount: 10, spacing: .arithmetic, direction: .long,
                                    leverage: 3, investment: 1000, currentPrice: last, makerFee: -(fees.maker ?? 0),
                                    maintenanceMarginRate: Decimal(string: "0.004") ?? 0, sizing: sizing)
    print("plan: \(plan.levels.count - 1) grids \(plan.levels.first ?? 0)…\(plan.levels.last ?? 0), \(plan.contractsPerGrid) contracts per grid")
    print("  worst case (price at the bottom): \(plan.downside?.contracts ?? 0) contracts, margin \(plan.marginNeeded) USDT, liquidation near \(plan.downside?.liquidationPrice ?? 0)")
    print("  per grid after fees: \(plan.profitPerGrid.lowerBound)…\(plan.profitPerGrid.upperBound) USDT")
    let minimum = try await okx.send(API.Grid.computeMinInvestment(plan.minInvestmentRequest(spacing: .arithmetic, currency: "USDT")))
    let check = try plan.checkMinimumInvestment(currency: "USDT", minInvestment: minimum)
    print("  OKX's minimum: \(check.minimum) USDT: \(check.isMet ? "met" : "short by \(check.shortfall)")")
    guard check.isMet else { return }

    // 2. Create it.
    let algoId = try await okx.first(API.Grid.placeGridAlgoOrder(plan.request(spacing: .arithmetic))).algoId
    func details() async throws -> API.Grid.GridAlgoOrderDetails.Response {
        try await okx.first(API.Grid.gridAlgoOrderDetails(.init(algoOrdType: .contractGrid, algoId: algoId)))
    }
    let resting = try await okx.send(API.Grid.gridAlgoSubOrders(.init(algoOrdType: .contractGrid, algoId: algoId, type: .live)))
    print("created \(algoId): \(resting.filter { $0.side == .buy }.count) buys below, \(resting.filter { $0.side == .sell }.count) sells above")

    // 3. Let it trade: down through two buy levels, then back up through them.
    if let sim = target.simulator {
        for price: Decimal in [last - 2000, last + 1000] {
            let move = try sim.setPrice(instId, to: price)
            let bot = try await details()
            print("price \(price): \(move.filled.count) grid orders filled, \(move.botOrders.count) placed in their place · arbitrages \(bot.arbitrageNum ?? 0), grid profit \(bot.gridProfit ?? 0) USDT")
        }
        if let position = try await okx.send(API.Grid.gridAlgoOrderPositions(.init(algoOrdType: .contractGrid, algoId: algoId))).first {
            print("position: \(position.pos ?? 0) contracts @ \(position.avgPx ?? 0), liquidation \(position.liqPx ?? 0)")
        }
    }

    // 4. Stop: cancel its orders and close its position (stopType 1).
    _ = try await okx.first(API.Grid.stopGridAlgoOrder([.init(algoId: algoId, instId: instId, algoOrdType: .contractGrid, stopType: "1")]))
    let stopped = try await okx.send(API.Grid.gridAlgoOrderHistory(.init(algoOrdType: .contractGrid, algoId: algoId))).first
    print("stopped: state \(stopped?.state?.rawValue ?? "?"), total pnl \(stopped?.totalPnl ?? 0) USDT")
}
await target.finish()
