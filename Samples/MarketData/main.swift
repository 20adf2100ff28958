// Market data: tickers, an order book, and candles paged backwards with `after`.
// Run: swift run sample-market-data [--demo|--live]
import Foundation
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    for ticker in try await okx.market.tickers(.spot).prefix(5) {
        print("\(ticker.instId.padding(toLength: 12, withPad: " ", startingAt: 0)) last \(ticker.last ?? 0)  bid \(ticker.bidPx ?? 0)  ask \(ticker.askPx ?? 0)")
    }

    let book = try await okx.market.orderBook("BTC-USDT", depth: 3)
    print("\nBTC-USDT book")
    for level in book.asks.reversed() { print("  ask \(level.price)  \(level.size)") }
    for level in book.bids { print("  bid \(level.price)  \(level.size)") }
    if let bid = book.bids.first?.price, let ask = book.asks.first?.price { print("  spread \(ask - bid)") }

    // Candles come newest first; ask for older pages with after = the oldest ts received.
    var candles: [Candle] = []
    var cursor: Date?
    for _ in 0..<3 {
        let page = try await okx.market.candles("BTC-USDT", bar: .oneMinute, after: cursor, limit: 100)
        guard let oldest = page.last else { break }
        candles += page
        cursor = oldest.ts
    }
    let closes = candles.map(\.close)
    print("\n\(candles.count) one-minute candles, from \(candles.last.map { "\($0.ts)" } ?? "-") to \(candles.first.map { "\($0.ts)" } ?? "-")")
    if let high = closes.max(), let low = closes.min() { print("close range \(low) … \(high)") }
}
await target.finish()
