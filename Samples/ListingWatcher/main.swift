// Listing watcher: follows a new spot listing from its pre-open call auction to continuous
// trading. During the auction orders are collected without matching, so the best bid may sit
// above the best ask: that book is legal, and the watcher says so instead of calling it corrupt.
// When the auction ends the crossing orders trade at one price and the book uncrosses.
// Against the embedded simulator a listing is created and opened; against OKX (--demo/--live)
// the watcher lists the spot instruments that are in pre-open now.
// Run: swift run sample-listing-watcher [--demo|--live]
import Foundation
import OKX
import OKXSimulator
import SampleSupport

/// One look at the instrument: its state, its times, and what its book's crossing means.
func observe(_ okx: OKXClient, _ instId: String) async throws -> API.PublicData.GetInstruments.Response {
    let instrument = try await okx.first(API.PublicData.getInstruments(.init(instType: .spot, instId: instId)))
    let book = try await okx.first(API.MarketData.orderBook(.init(instId: instId, sz: 5)))
    let opens = instrument.continuousTradingStart.map { "continuous trading from \(OKXTimestamp.iso8601(epochMilliseconds: OKXJSON.millisecondsValue($0)))" } ?? ""
    print("\(instId): state \(instrument.state?.rawValue ?? "?")\(instrument.isInCallAuction ? " (call auction)" : "") \(opens)")
    print("  best bid \(book.bidLevels.first?.price ?? 0), best ask \(book.askLevels.first?.price ?? 0): \(book.crossing(for: instrument))")
    return instrument
}

let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    guard let sim = target.simulator else {
        let spot = try await okx.send(API.PublicData.getInstruments(.init(instType: .spot)))
        let upcoming = spot.filter(\.isInCallAuction)
        print(upcoming.isEmpty ? "no spot listing is in its call auction now" : "in the call auction now:")
        for instrument in upcoming { _ = try await observe(okx, instrument.instId) }
        return
    }
    let now = sim.serverMilliseconds()
    try sim.list(SimulatedListing(instId: "XYZ-USDT", listTime: now, auctionEndTime: now + 600_000, price: 2, baseBalance: 100))

    // Pre-open: a buy above a sell. On a live market they would trade at once; here both rest.
    let buy = try await okx.trade.placeOrder(.init(instId: "XYZ-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 10, px: Decimal(string: "2.2")))
    _ = try await okx.trade.placeOrder(.init(instId: "XYZ-USDT", tdMode: .cash, side: .sell, ordType: .limit, sz: 10, px: Decimal(string: "2.1")))
    let before = try await observe(okx, "XYZ-USDT")
    do {
        _ = try await okx.trade.placeOrder(.init(instId: "XYZ-USDT", tdMode: .cash, side: .buy, ordType: .market, sz: 5))
    } catch let error as OKXError {
        print("  a market order during the auction: refused (\(error.code.map { "\($0)" } ?? "?"))")
    }
    guard before.isInCallAuction else { return print("expected a call auction") }

    // The auction ends (the simulator is told to; on OKX it is the continuous-trading time).
    let opening = try sim.setInstrumentState("XYZ-USDT", to: "live")
    print("auction ended: \(opening.matchedSize) matched at \(opening.auctionPrice ?? 0)")
    let after = try await observe(okx, "XYZ-USDT")
    let order = try await okx.first(API.Trade.orderDetails(.init(instId: "XYZ-USDT", ordId: buy.ordId)))
    print("our buy at 2.2: \(order.state?.rawValue ?? "?") at \(order.avgPx ?? 0)")
    print(after.state == .live ? "listing followed from pre-open to live" : "still not live")
}
await target.finish()
