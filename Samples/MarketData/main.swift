// Market data: tickers, an order book, and candles paged backwards with `after`.
// Run: swift run sample-market-data [--demo|--live]
import Foundation
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    for ticker in try await okx.send(API.MarketData.tickers(.init(instType: .spot))).prefix(5) {
        print("\(ticker.instId.padding(toLength: 12, withPad: " ", startingAt: 0)) last \(ticker.last ?? 0)  bid \(ticker.bidPx ?? 0)  ask \(ticker.askPx ?? 0)")
    }

    let book = try await okx.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 3)))
    print("\nBTC-USDT book")
    for level in book.askLevels.reversed() { print("  ask \(level.price)  \(level.size)") }
    for level in book.bidLevels { print("  bid \(level.price)  \(level.size)") }
    if let bid = book.bidLevels.first?.price, let ask = book.askLevels.first?.price { print("  spread \(ask - bid)") }

    // Candles come newest first; ask for older pages with after = the oldest ts received.
    var candles: [API.MarketData.Candlesticks.Response] = []
    var cursor: Date?
    for _ in 0..<3 {
        let page = try await okx.send(API.MarketData.candlesticks(.init(instId: "BTC-USDT", bar: "1m", after: cursor, limit: 100)))
        guard let oldest = page.last else { break }
        candles += page
        cursor = oldest.ts
    }
    let closes = candles.compactMap(\.c)
    print("\n\(candles.count) one-minute candles, from \(candles.last?.ts.map { "\($0)" } ?? "-") to \(candles.first?.ts.map { "\($0)" } ?? "-")")
    if let high = closes.max(), let low = closes.min() { print("close range \(low) … \(high)") }
}
await target.finish()
