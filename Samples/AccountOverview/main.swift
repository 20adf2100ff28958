// Account overview: balances, positions, the margin ratio, and how far from liquidation.
// Run: swift run sample-account-overview [--demo|--live]
import Foundation
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    let balance = try await okx.first(API.TradingAccount.getBalance())
    print("total equity \(balance.totalEq ?? 0) USD")
    for detail in balance.details ?? [] where (detail.eq ?? 0) != 0 {
        print("  \((detail.ccy ?? "").padding(toLength: 6, withPad: " ", startingAt: 0)) equity \(detail.eq ?? 0)  available \(detail.availBal ?? 0)")
    }

    // mgnRatio is adjusted equity / maintenance margin: liquidation starts at 1 (100 %),
    // OKX warns at 3 (300 %). It is empty in futures mode and without positions.
    if let ratio = balance.mgnRatio {
        let state = ratio <= 1 ? "LIQUIDATING" : ratio <= 3 ? "margin call zone" : "healthy"
        print("margin ratio \(ratio) (\(state)); \(balance.marginAboveLiquidation ?? 0) above the liquidation level")
    } else {
        print("no account-level margin ratio (futures mode or no positions)")
    }

    for position in try await okx.send(API.TradingAccount.getPositions(.init())) {
        print("\n\(position.instId) \(position.posSide?.rawValue ?? "") \(position.pos ?? 0) @ \(position.avgPx ?? 0), mark \(position.markPx ?? 0)")
        if let liq = position.liqPx, let distance = position.distanceToLiquidation {
            print("  liquidation at \(liq): the mark price may move \((distance * 100).formatted(.number.precision(.fractionLength(2)))) % before it")
        }
    }
}
await target.finish()
