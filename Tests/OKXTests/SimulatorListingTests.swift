import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// A new listing in the simulator: orders rest crossed in its call auction, market orders are
/// refused, and opening it matches the crossing orders at one price.
@Suite struct SimulatorListingTests {
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    @Test func auctionRestsCrossedThenUncrossesAtOnePrice() async throws {
        try await withSimulator { sim, client in
            let now = sim.serverMilliseconds()
            // Auction end an hour away: it opens only when told to here.
            try sim.list(SimulatedListing(instId: "ABC-USDT", listTime: now, auctionEndTime: now + 3_600_000, price: 2, baseBalance: 100))
            let listed = try #require(try await client.send(API.PublicData.getInstruments(.init(instType: .spot))).first { $0.instId == "ABC-USDT" })
            #expect(listed.state == .preopen && listed.isInCallAuction && listed.openType == "call_auction")
            #expect(listed.listTime == Date(timeIntervalSince1970: Double(now) / 1000))
            #expect(listed.auctionEndTime == Date(timeIntervalSince1970: Double(now + 3_600_000) / 1000))

            // Buys at 2.2 (10) and 2.0 (5); sells at 1.9 (8) and 2.1 (6). The buy at 2.2 is above
            // both sells: on a live market they would trade, here they rest.
            func limit(_ side: API.Trade.Side, _ size: String, _ price: String) async throws -> String {
                try await client.trade.placeOrder(.init(instId: "ABC-USDT", tdMode: .cash, side: side, ordType: .limit, sz: Self.d(size), px: Self.d(price))).ordId
            }
            let buyHigh = try await limit(.buy, "10", "2.2"), buyLow = try await limit(.buy, "5", "2.0")
            let sellLow = try await limit(.sell, "8", "1.9"), sellHigh = try await limit(.sell, "6", "2.1")
            for ordId in [buyHigh, buyLow, sellLow, sellHigh] {
                #expect(try await client.first(API.Trade.orderDetails(.init(instId: "ABC-USDT", ordId: ordId))).state == .live)
            }
            let book = try await client.first(API.MarketData.orderBook(.init(instId: "ABC-USDT", sz: 5)))
            #expect(book.crossing(for: listed).isAcceptable && book.isCrossed)
            // Market orders are refused during the auction with OKX's 51124.
            #expect(await okxError { _ = try await client.trade.placeOrder(.init(instId: "ABC-USDT", tdMode: .cash, side: .buy, ordType: .market, sz: 5)) }?.code == 51124)

            // Opening: at each candidate price, demand (buys at or above) and supply (sells at or below):
            //   1.9: demand 15, supply 8  → 8      2.0: demand 15, supply 8  → 8
            //   2.1: demand 10, supply 14 → 10     2.2: demand 10, supply 14 → 10
            // Most volume 10 at 2.1 and 2.2, same imbalance 4; 2.1 is nearer the 2.0 reference.
            let opening = try sim.setInstrumentState("ABC-USDT", to: "live")
            #expect(opening.auctionPrice == Self.d("2.1") && opening.matchedSize == 10)
            // The buy at 2.2 fills all 10 at 2.1; sells fill lowest first: 8 at 1.9's order, 2 of the 6 at 2.1.
            let after = { (ordId: String) async throws -> API.Trade.OrderDetails.Response in
                try await client.first(API.Trade.orderDetails(.init(instId: "ABC-USDT", ordId: ordId)))
            }
            let high = try await after(buyHigh)
            #expect(high.state == .filled && high.avgPx == Self.d("2.1") && high.accFillSz == 10)
            let low = try await after(sellLow)
            #expect(low.state == .filled && low.avgPx == Self.d("2.1") && low.accFillSz == 8)
            let partial = try await after(sellHigh)
            #expect(partial.state == .partiallyFilled && partial.accFillSz == 2)
            #expect(try await after(buyLow).state == .live)

            let live = try #require(try await client.send(API.PublicData.getInstruments(.init(instType: .spot, instId: "ABC-USDT"))).first)
            #expect(live.state == .live)
            let open = try await client.first(API.MarketData.orderBook(.init(instId: "ABC-USDT", sz: 5)))
            #expect(!open.isCrossed && open.crossing(state: live.state) == .notCrossed)
        }
    }

    @Test func controlAPIListsAndOpensOnItsOwnOnceTheAuctionEnds() async throws {
        let curl = try CurlTransport()
        func call(_ sim: OKXSimulator, _ path: String, _ body: String) async throws -> (Int, [String: Any]) {
            let response = try await curl.send(HTTPRequest(method: .post, url: sim.baseURL + path, headers: [HTTPHeader("Content-Type", "application/json")],
                                                           body: Array(body.utf8)))
            return (response.status, (try JSONSerialization.jsonObject(with: response.body) as? [String: Any]) ?? [:])
        }
        func first(_ answer: [String: Any]) -> [String: Any] { (answer["data"] as? [[String: Any]])?.first ?? [:] }
        try await withSimulator { sim, client in
            let now = sim.serverMilliseconds()
            // Listed through the control API with its auction already over: the next request opens it.
            let (status, listed) = try await call(sim, "/sim/v1/instrument",
                                                  #"{"instId":"XYZ-USDT","listTime":"\#(now - 60_000)","auctionEndTime":"\#(now - 1)","px":"3"}"#)
            #expect(status == 200 && first(listed)["state"] as? String == "preopen" && first(listed)["listTime"] as? String == String(now - 60_000))
            let xyz = try #require(try await client.send(API.PublicData.getInstruments(.init(instType: .spot, instId: "XYZ-USDT"))).first)
            #expect(xyz.state == .live)

            // A second listing opened by `POST /sim/v1/instrument/state`, with no crossing orders.
            _ = try await call(sim, "/sim/v1/instrument", #"{"instId":"QRS-USDT","px":"5"}"#)
            let (_, opened) = try await call(sim, "/sim/v1/instrument/state", #"{"instId":"QRS-USDT","state":"live"}"#)
            #expect(first(opened)["auctionPx"] as? String == "" && first(opened)["state"] as? String == "live")
            #expect(try await client.send(API.PublicData.getInstruments(.init(instType: .spot, instId: "QRS-USDT"))).first?.state == .live)
            // Unknown states and instruments are refused with OKX's codes.
            let (badStatus, bad) = try await call(sim, "/sim/v1/instrument/state", #"{"instId":"QRS-USDT","state":"open"}"#)
            #expect(badStatus == 400 && bad["code"] as? String == "51000")
            #expect(try await call(sim, "/sim/v1/instrument/state", #"{"instId":"NOPE-USDT","state":"live"}"#).1["code"] as? String == "51001")
            #expect(throws: (any Error).self) { try sim.list(SimulatedListing(instId: "XYZ-USDT", listTime: now)) }
        }
    }
}
