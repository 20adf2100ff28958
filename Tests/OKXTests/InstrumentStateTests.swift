import Foundation
@testable import OKX
import OKXStreams
import Testing

/// Instrument states, listing times, X-Perps, and crossed books read in the light of the state.
@Suite struct InstrumentStateTests {
    static func instrument(_ fields: String) throws -> API.PublicData.GetInstruments.Response {
        try JSONDecoder().decode(API.PublicData.GetInstruments.Response.self, from: Data("{\"instId\":\"X\",\(fields)}".utf8))
    }

    @Test func statesAreNamedAndUnknownOnesKept() throws {
        let named: [String] = ["live", "suspend", "preopen", "test", "rebase", "post_only", "settling", "expired"]
        #expect(API.PublicData.State.known.map(\.rawValue) == named)
        for text in named { #expect(try Self.instrument("\"state\":\"\(text)\"").state?.isKnown == true) }
        // A state OKX adds later decodes, keeps its text, and is flagged as unknown.
        let later = try Self.instrument(#""state":"halted_for_review""#)
        #expect(later.state?.rawValue == "halted_for_review" && later.state?.isKnown == false && later.state?.acceptsOrders == false)
        #expect(API.PublicData.State.preopen.isCallAuction && !API.PublicData.State.live.isCallAuction)
        #expect(InstrumentState.expired.rawValue == "expired")
    }

    @Test func listingTimesAreDates() throws {
        // 1767225600000 ms = 2026-01-01T00:00:00Z; the auction ends an hour later.
        let new = try Self.instrument(#""instType":"SPOT","state":"preopen","listTime":"1767225600000","contTdSwTime":"1767229200000","auctionEndTime":"","openType":"call_auction""#)
        #expect(new.listTime == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(new.continuousTradingStart == Date(timeIntervalSince1970: 1_767_229_200) && new.auctionEndTime == nil)
        #expect(new.isInCallAuction && new.isBeforeContinuousTrading(at: Date(timeIntervalSince1970: 1_767_300_000)))
        // Only the older auctionEndTime: it stands in for contTdSwTime.
        let older = try Self.instrument(#""state":"live","auctionEndTime":"1767229200000""#)
        #expect(older.continuousTradingStart == Date(timeIntervalSince1970: 1_767_229_200))
        #expect(older.isBeforeContinuousTrading(at: Date(timeIntervalSince1970: 1_767_225_600)))
        #expect(!older.isBeforeContinuousTrading(at: Date(timeIntervalSince1970: 1_767_229_201)))
    }

    @Test func xPerpsAreRecognised() throws {
        // Marked by OKX's rule type…
        #expect(try Self.instrument(#""instType":"SWAP","ruleType":"xperp","expTime":"1924992000000""#).isXPerpetual)
        // …or, without it, by an expiry on a swap (a regular perpetual sends expTime "").
        #expect(try Self.instrument(#""instType":"SWAP","ruleType":"normal","expTime":"1924992000000""#).isXPerpetual)
        #expect(try !Self.instrument(#""instType":"SWAP","ruleType":"normal","expTime":"""#).isXPerpetual)
        // Futures expire too but are not perpetuals.
        #expect(try !Self.instrument(#""instType":"FUTURES","expTime":"1924992000000""#).isXPerpetual)
    }

    @Test func crossedBookIsExpectedOnlyDuringTheAuction() throws {
        // Best bid 1.21 above best ask 1.19.
        let book = try JSONDecoder().decode(API.MarketData.OrderBook.Response.self,
                                            from: Data(#"{"asks":[["1.19","10","0","2"]],"bids":[["1.21","5","0","1"]],"ts":"1767225600000"}"#.utf8))
        #expect(book.isCrossed)
        let bid = Decimal(string: "1.21") ?? 0, ask = Decimal(string: "1.19") ?? 0
        #expect(book.crossing(state: .preopen) == .crossedDuringAuction(bestBid: bid, bestAsk: ask))
        #expect(book.crossing(state: .live) == .corrupt(bestBid: bid, bestAsk: ask))
        #expect(book.crossing(state: nil) == .corrupt(bestBid: bid, bestAsk: ask) && !book.crossing(state: nil).isAcceptable)
        #expect(book.crossing(duringAuction: true).isAcceptable)
        #expect(book.crossing(for: try Self.instrument(#""state":"preopen""#)).isAcceptable)
        let normal = try JSONDecoder().decode(API.MarketData.OrderBook.Response.self,
                                              from: Data(#"{"asks":[["1.21","10","0","2"]],"bids":[["1.19","5","0","1"]],"ts":"1"}"#.utf8))
        #expect(normal.crossing(state: .live) == .notCrossed)

        // The streams' book says the same; it never refuses the crossed snapshot itself.
        var stream = OrderBookState(instId: "NEW-USDT")
        try stream.applySnapshot(bids: [["1.21", "5", "0", "1"]], asks: [["1.19", "10", "0", "2"]], seqId: 1, checksum: nil, timestamp: nil)
        #expect(stream.crossing(state: .preopen).isAcceptable && !stream.crossing(state: .live).isAcceptable)
        #expect(stream.crossing(duringAuction: false) == .corrupt(bestBid: bid, bestAsk: ask))
    }
}

@Suite struct InstrumentKindTests {
    @Test func anInstrumentIdSpellsItsType() {
        #expect(API.PublicData.InstType(instId: "BTC-USDT") == .spot)
        #expect(API.PublicData.InstType(instId: "BTC-USDT-SWAP") == .swap)
        #expect(API.PublicData.InstType(instId: "BTC-USD-250328") == .futures)
        #expect(API.PublicData.InstType(instId: "BTC-USD-250328-60000-C") == .option)
    }
}
