// Risk monitor: watches the account's margin ratio and each position's distance to its
// liquidation price, and warns *before* OKX's margin call (300 %) and well before liquidation
// (100 %). Against the embedded simulator the price is steered down step by step so the
// warnings actually fire; against OKX (--demo/--live) it checks once.
// Run: swift run sample-risk-monitor [--demo|--live]
import Foundation
import OKX
import SampleSupport

/// Warn this far above the margin call: at a margin ratio of 4 the account still has a third of
/// its cushion above OKX's 300 % alert, time to add margin or reduce.
let earlyWarningRatio: Decimal = 4
/// Warn when the mark price is within this fraction of a position's liquidation price.
let liquidationWithin: Decimal = Decimal(string: "0.05") ?? 0

/// One look at the account; returns true once something needed a warning.
func check(_ okx: OKXClient) async throws -> Bool {
    let balance = try await okx.first(API.TradingAccount.getBalance())
    var warned = false
    if let ratio = balance.mgnRatio {
        let percent = (ratio * 100).formatted(.number.precision(.fractionLength(0)).grouping(.never))
        if ratio <= API.TradingAccount.GetBalance.Response.liquidationRatio {
            print("  ✖ margin ratio \(percent) %: liquidation")
            warned = true
        } else if ratio <= API.TradingAccount.GetBalance.Response.marginCallRatio {
            print("  ✖ margin ratio \(percent) %: in OKX's margin-call zone")
            warned = true
        } else if ratio <= earlyWarningRatio {
            print("  ⚠ margin ratio \(percent) %: \(balance.marginAboveMarginCall ?? 0) USD of equity left above the margin call")
            warned = true
        } else {
            print("  margin ratio \(percent) %")
        }
    }
    for position in try await okx.send(API.TradingAccount.getPositions(.init())) {
        guard let distance = position.distanceToLiquidation, let liq = position.liqPx else { continue }
        let away = (distance * 100).formatted(.number.precision(.fractionLength(2)))
        // A position's own margin ratio has the same marks (300 % alert, 100 % liquidation); for
        // an isolated position it is the one that matters.
        let own = position.mgnRatio
        let ownText = own.map { ", position margin ratio \(($0 * 100).formatted(.number.precision(.fractionLength(0)).grouping(.never))) %" } ?? ""
        if let own, own <= earlyWarningRatio {
            print("  ⚠ \(position.instId) \(position.mgnMode?.rawValue ?? "")\(ownText): add margin or reduce before OKX's 300 % alert; liquidation at \(liq), \(away) % away")
            warned = true
        } else if distance <= liquidationWithin {
            print("  ⚠ \(position.instId) \(position.pos ?? 0) @ mark \(position.markPx ?? 0): liquidation at \(liq), \(away) % away")
            warned = true
        } else {
            print("  \(position.instId) \(position.mgnMode?.rawValue ?? "")\(ownText): liquidation at \(liq), \(away) % away")
        }
    }
    return warned
}

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    guard let sim = target.simulator else {
        _ = try await check(okx)
        return
    }
    // The simulator's seeded account holds a BTC-USDT-SWAP long; walk its price down.
    var price: Decimal = 65000
    while price > 50000 {
        _ = try sim.setPrice("BTC-USDT-SWAP", to: price)
        print("BTC-USDT-SWAP at \(price):")
        if try await check(okx) {
            print("warned at \(price), before the margin call and the liquidation")
            return
        }
        price -= 1000
    }
    print("no warning down to \(price)")
}
await target.finish()
