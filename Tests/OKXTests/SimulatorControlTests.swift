import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// The simulator's control API (`OKXSimulator.setPrice`, `/sim/v1/…`) and what a price move
/// does: fills crossing orders, triggers algo orders, liquidates; and the instruments of every
/// type it lists. Everything is driven through the control API: no waiting on the clock.
@Suite struct SimulatorControlTests {
    private func rows(_ client: OKXClient, _ path: String, _ query: KeyValuePairs<String, String> = [:], auth: EndpointSpec.Authentication = .private) async throws -> [JSONValue] {
        try await client.send(.get, path, query: query, auth: auth).data.arrayValue ?? []
    }

    private func number(_ value: JSONValue?) -> Decimal? {
        value?.stringValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    private func cash(_ client: OKXClient, _ ccy: String) async throws -> Decimal? {
        let balance = try #require(try await rows(client, "/api/v5/account/balance", ["ccy": ccy]).first)
        return number(balance["details"]?.arrayValue?.first?["cashBal"])
    }

    @Test func settingAPriceFillsACrossingRestingLimitOrderAndMovesBalances() async throws {
        try await withSimulator { sim, client in
            let placed = try await client.first(API.Trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit,
                                                                             sz: Decimal(1) / 100, px: 60000)))
            let ordId = placed.ordId
            #expect(try await rows(client, "/api/v5/trade/order", ["instId": "BTC-USDT", "ordId": ordId]).first?["state"]?.stringValue == "live")
            #expect(try await cash(client, "USDT") == 100_000)

            // Above the order: nothing fills, but the market is there.
            let above = try sim.setPrice("BTC-USDT", to: 61000)
            #expect(above.price == 61000 && above.filled.isEmpty)
            let ticker = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            #expect(ticker.last == 61000)
            let book = try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 1)))
            let (bid, ask) = (try #require(book.bidLevels.first?.price), try #require(book.askLevels.first?.price))
            #expect(bid < 61000 && 61000 < ask)

            // Through it: the order fills at its own price, as a maker, and the balances move.
            let through = try sim.setPrice("BTC-USDT", to: Decimal(string: "59990.04") ?? 0)
            #expect(through.price == Decimal(string: "59990"), "rounded to the tick")
            #expect(through.filled.map(\.ordId) == [ordId])
            let order = try #require(try await rows(client, "/api/v5/trade/order", ["instId": "BTC-USDT", "ordId": ordId]).first)
            #expect(order["state"]?.stringValue == "filled" && order["avgPx"]?.stringValue == "60000" && order["accFillSz"]?.stringValue == "0.01")
            #expect(try await cash(client, "USDT") == 99_400)
            #expect(try await cash(client, "BTC") == Decimal(string: "2.009992"), "0.01 BTC less the 0.08 % maker fee")
            let fill = try #require(try await rows(client, "/api/v5/trade/fills", ["instId": "BTC-USDT"]).first)
            #expect(fill["execType"]?.stringValue == "M" && fill["ordId"]?.stringValue == ordId)
            #expect(sim.price(of: "BTC-USDT") == 59990)
            #expect(throws: SimulatorError.self) { try sim.setPrice("NOPE-USDT", to: 1) }
        }
    }

    @Test func aLiquidationClosesAPositionWhoseLiqPxIsCrossed() async throws {
        try await withSimulator { sim, client in
            // Every account starts long 1 BTC-USDT-SWAP contract at 64650, 10x, cross.
            let position = try #require(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).first)
            let liqPx = try #require(number(position["liqPx"]))
            #expect(liqPx == Decimal(string: "58418.7"))
            let before = try #require(try await cash(client, "USDT"))

            let near = try sim.setPrice("BTC-USDT-SWAP", to: liqPx + 1)
            #expect(near.liquidated.isEmpty)
            #expect(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).count == 1)

            let past = try sim.setPrice("BTC-USDT-SWAP", to: liqPx - 50)
            let liquidation = try #require(past.liquidated.first { $0.account == SimulatedKey.demo.apiKey })
            #expect(liquidation.category == "full_liquidation" && liquidation.side == "sell" && liquidation.size == 1 && liquidation.averagePrice == liqPx)
            #expect(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).isEmpty, "the position is closed")

            let bill = try #require(try await rows(client, "/api/v5/account/bills", ["instType": "SWAP"]).first)
            #expect(bill["type"]?.stringValue == "5" && bill["subType"]?.stringValue == "104" && bill["ordId"]?.stringValue == liquidation.ordId)
            // The loss down to the liquidation price, and the taker fee.
            let loss = (liqPx - 64650) / 100, fee = liqPx / 100 * 5 / 10_000
            #expect(number(bill["balChg"]) == loss - fee)
            #expect(try await cash(client, "USDT") == before + loss - fee)
            let history = try await rows(client, "/api/v5/trade/orders-history", ["instType": "SWAP"])
            #expect(history.first?["category"]?.stringValue == "full_liquidation" && history.first?["state"]?.stringValue == "filled")
            #expect(sim.checkLiquidations().isEmpty, "nothing left to liquidate")
        }
    }

    @Test func instrumentsOfEveryTypeDecodeAndCarryTheDocumentedFields() async throws {
        let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Data/okx/api-spec.json"))) as? [String: Any]
        let endpoint = try #require((spec?["rest"] as? [[String: Any]])?.first { $0["path"] as? String == "/api/v5/public/instruments" })
        let documented = Set(((endpoint["response"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }.filter { !$0.contains(".") })
        #expect(documented.count > 40)
        try await withSimulator { sim, client in
            var all: [API.PublicData.GetInstruments.Response] = []
            for type in [API.PublicData.InstType.spot, .margin, .swap, .futures, .option] {
                let listed = try await client.send(API.PublicData.getInstruments(.init(instType: type)))
                #expect(!listed.isEmpty && listed.allSatisfy { $0.instType == type && $0.state?.rawValue == "live" || $0.instId == "NEW-USDT" }, "\(type)")
                let raw = try await rows(client, "/api/v5/public/instruments", ["instType": type.rawValue], auth: .public)
                for item in raw {
                    guard case .object(let fields) = item else { Issue.record("not an object"); continue }
                    let keys = Set(fields.keys)
                    #expect(documented.subtracting(keys).isEmpty, "\(item["instId"]?.stringValue ?? "?") lacks \(documented.subtracting(keys).sorted())")
                }
                all += listed
            }
            let ids = all.map(\.instId)
            let margin = try #require(all.first { $0.instType == .margin && $0.instId == "BTC-USDT" })
            #expect(margin.lever == 10 && margin.baseCcy == "BTC" && margin.quoteCcy == "USDT")
            let inverse = try #require(all.first { $0.instId == "BTC-USD-SWAP" })
            #expect(inverse.ctType?.rawValue == "inverse" && inverse.ctVal == 100 && inverse.ctValCcy == "USD" && inverse.settleCcy == "BTC"
                    && inverse.uly == "BTC-USD" && inverse.instFamily == "BTC-USD")
            let futures = all.filter { $0.instType == .futures }
            #expect(futures.count == 2)
            for f in futures {
                let expiry = try #require(f.expTime)
                #expect(expiry > Date(), "\(f.instId) expires in the future")
                var utc = Calendar(identifier: .gregorian)
                utc.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
                #expect(utc.component(.weekday, from: expiry) == 6 && utc.component(.hour, from: expiry) == 8, "a Friday, 08:00 UTC")
                let code = String(f.instId.suffix(6))
                #expect(code.allSatisfy(\.isNumber) && (f.instId == "BTC-USDT-" + code || f.instId == "BTC-USD-" + code))
                #expect(f.alias?.rawValue == "quarter" && f.ctVal != nil && f.settleCcy != nil && f.listTime != nil)
            }
            let options = all.filter { $0.instType == .option }
            #expect(options.count == 4)
            for o in options {
                #expect(o.uly == "BTC-USD" && o.instFamily == "BTC-USD" && o.settleCcy == "BTC" && o.ctValCcy == "BTC" && o.ctVal == Decimal(string: "0.01"))
                let stk = try #require(o.stk), optType = try #require(o.optType?.rawValue)
                let expiry = SimulatedMarketCode.code(try #require(o.expTime))
                #expect(o.instId == "BTC-USD-\(expiry)-\(stk)-\(optType)")
                #expect(o.tickSz == Decimal(string: "0.0005") && o.lotSz == 1 && o.minSz == 1 && o.ctMult == 1)
            }
            #expect(ids.contains { $0.hasSuffix("-100000-C") })
            // Every tradable instrument has a ticker and a book around the same price.
            for instrument in all where instrument.instType != .margin {
                let ticker = try await client.first(API.MarketData.ticker(.init(instId: instrument.instId)))
                let book = try await client.first(API.MarketData.orderBook(.init(instId: instrument.instId, sz: 5)))
                let (bid, ask) = (try #require(book.bidLevels.first?.price), try #require(book.askLevels.first?.price))
                let last = try #require(ticker.last)
                #expect(last == sim.price(of: instrument.instId), "\(instrument.instId)")
                if instrument.state?.rawValue == "live" { #expect(bid < last && last < ask && bid > 0, "\(instrument.instId) \(bid) \(last) \(ask)") }
            }
            // Inverse contracts and options are listed and quoted, not traded.
            let refused = await okxError {
                _ = try await client.first(API.Trade.placeOrder(.init(instId: "BTC-USD-SWAP", tdMode: .cross, side: .buy, ordType: .market, sz: 1)))
            }
            #expect(refused != nil)
        }
    }

    @Test func aStopLossTriggersAfterAPriceMoveAndCancelAlgosWorks() async throws {
        try await withSimulator { sim, client in
            let sl = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                instId: "BTC-USDT-SWAP", tdMode: .cross, side: .sell, ordType: .conditional, sz: 1, algoClOrdId: "stop1",
                slTriggerPx: 63000, slOrdPx: -1, reduceOnly: true)))
            let algoId = sl.algoId
            let pending = try await client.send(API.AlgoTrading.algoOrderList(.init(ordType: .conditional)))
            #expect(pending.map(\.algoId) == [algoId] && pending.first?.state?.rawValue == "live")

            #expect(try sim.setPrice("BTC-USDT-SWAP", to: 63500).triggered.isEmpty)
            let move = try sim.setPrice("BTC-USDT-SWAP", to: 62900)
            #expect(move.triggered.map(\.algoId) == [algoId] && move.liquidated.isEmpty)
            let child = try #require(move.algoChildren.first)
            #expect(child.state == "filled" && child.side == "sell" && child.reduceOnly && child.algoId == algoId)

            #expect(try await client.send(API.AlgoTrading.algoOrderList(.init(ordType: .conditional))).isEmpty)
            let history = try await client.send(API.AlgoTrading.algoOrderHistory(.init(ordType: .conditional, state: .effective)))
            let done = try #require(history.first)
            #expect(done.algoId == algoId && done.actualSide?.rawValue == "sl" && done.ordId == child.ordId && done.triggerTime != nil)
            #expect(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).isEmpty, "the stop closed the long")
            let order = try #require(try await rows(client, "/api/v5/trade/order", ["instId": "BTC-USDT-SWAP", "ordId": child.ordId]).first)
            #expect(order["algoId"]?.stringValue == algoId)

            // A stop on the wrong side of the price is refused, as OKX does.
            let wrong = await okxError {
                _ = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(instId: "BTC-USDT", tdMode: .cash, side: .sell, ordType: .conditional,
                                                                                sz: Decimal(string: "0.01"), slTriggerPx: 70000, slOrdPx: -1)))
            }
            #expect(wrong != nil)

            // A trigger order rests, then cancel-algos cancels it.
            let trigger = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .trigger, sz: Decimal(string: "0.01"), triggerPx: 70000, orderPx: -1)))
            let canceled = try await client.send(API.AlgoTrading.cancelAlgoOrder([.init(instId: "BTC-USDT", algoId: trigger.algoId)]))
            #expect(canceled.first?.sCode == "0")
            #expect(try await client.send(API.AlgoTrading.algoOrderList(.init(ordType: .trigger))).isEmpty)
            #expect(try await client.send(API.AlgoTrading.algoOrderHistory(.init(ordType: .trigger, state: .canceled))).map(\.algoId) == [trigger.algoId])
            #expect(try sim.setPrice("BTC-USDT", to: 71000).triggered.isEmpty, "a canceled algo order never triggers")

            // A trailing stop follows the price up and triggers on the way back.
            let trailing = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                instId: "BTC-USDT", tdMode: .cash, side: .sell, ordType: .moveOrderStop, sz: Decimal(string: "0.01"), callbackSpread: 100)))
            #expect(try sim.setPrice("BTC-USDT", to: 71500).triggered.isEmpty)
            #expect(try sim.setPrice("BTC-USDT", to: 71450).triggered.isEmpty)
            let stop = try sim.setPrice("BTC-USDT", to: 71390)
            #expect(stop.triggered.map(\.algoId) == [trailing.algoId] && stop.algoChildren.first?.state == "filled")
        }
    }

    @Test func anOCOTakesProfitAndTheOtherLegGoesWithIt() async throws {
        try await withSimulator { sim, client in
            let oco = try await client.first(API.AlgoTrading.placeAlgoOrder(.init(
                instId: "ETH-USDT", tdMode: .cash, side: .sell, ordType: .oco, sz: 1, algoClOrdId: "oco1",
                tpTriggerPx: 3600, tpOrdPx: 3590, slTriggerPx: 3200, slOrdPx: -1)))
            let details = try await client.first(API.AlgoTrading.algoOrderDetails(.init(algoClOrdId: "oco1")))
            #expect(details.algoId == oco.algoId && details.state?.rawValue == "live" && details.tpTriggerPx == 3600 && details.slTriggerPx == 3200)
            let move = try sim.setPrice("ETH-USDT", to: 3650)
            #expect(move.triggered.map(\.actualSide) == ["tp"])
            // The take-profit leg is a limit sell at 3590, below the new price: it fills at once.
            let child = try #require(move.algoChildren.first)
            #expect(child.ordType == "limit" && child.price == 3590 && child.state == "filled")
            #expect(try sim.setPrice("ETH-USDT", to: 3100).triggered.isEmpty, "the stop-loss leg went with it")
            let done = try await client.first(API.AlgoTrading.algoOrderDetails(.init(algoId: oco.algoId)))
            #expect(done.state?.rawValue == "effective" && done.actualSide?.rawValue == "tp" && done.actualPx == 3590)
            #expect(sim.algoOrders().count == 1)
        }
    }

    /// The control API over plain HTTP on loopback: no OKX signature, OKX's envelope back.
    @Test func theHTTPControlPathSetsPricesAndCanBeTurnedOff() async throws {
        let curl = try CurlTransport()
        func call(_ sim: OKXSimulator, _ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> (Int, [String: Any]) {
            let response = try await curl.send(HTTPRequest(method: method, url: sim.baseURL + path, headers: [HTTPHeader("Content-Type", "application/json")],
                                                           body: body.map { Array($0.utf8) }))
            return (response.status, (try JSONSerialization.jsonObject(with: response.body) as? [String: Any]) ?? [:])
        }
        try await withSimulator { sim, client in
            let placed = try await client.first(API.Trade.placeOrder(.init(instId: "ETH-USDT", tdMode: .cash, side: .sell, ordType: .limit,
                                                                             sz: Decimal(5) / 10, px: 3500)))
            let (status, answer) = try await call(sim, .post, "/sim/v1/price", #"{"instId":"ETH-USDT","px":"3510"}"#)
            #expect(status == 200 && answer["code"] as? String == "0")
            let row = try #require((answer["data"] as? [[String: Any]])?.first)
            #expect(row["px"] as? String == "3510")
            #expect((row["filled"] as? [[String: Any]])?.map { $0["ordId"] as? String } == [placed.ordId])
            #expect(try await client.first(API.MarketData.ticker(.init(instId: "ETH-USDT"))).last == 3510)

            let (_, price) = try await call(sim, .get, "/sim/v1/price?instId=ETH-USDT")
            #expect((price["data"] as? [[String: Any]])?.first?["markPx"] as? String == "3510")
            let (unknownStatus, unknown) = try await call(sim, .post, "/sim/v1/price", #"{"instId":"NOPE","px":"1"}"#)
            #expect(unknownStatus == 400 && unknown["code"] as? String == "51001")
            let (_, liquidated) = try await call(sim, .post, "/sim/v1/liquidate", "{}")
            #expect(((liquidated["data"] as? [[String: Any]])?.first?["liquidated"] as? [Any])?.isEmpty == true)
            let (_, filled) = try await call(sim, .post, "/sim/v1/fill", #"{"instId":"BTC-USDT"}"#)
            #expect(((filled["data"] as? [[String: Any]])?.first?["filled"] as? [Any])?.isEmpty == true)
            #expect(try await call(sim, .get, "/sim/v1/nothing").0 == 404)
            #expect(sim.requestCount(path: "/sim/v1/price") == 3)
        }
        try await withStartedSimulator({ $0.controlAPI = false }) { sim in
            let (status, answer) = try await call(sim, .post, "/sim/v1/price", #"{"instId":"BTC-USDT","px":"1"}"#)
            #expect(status == 403 && answer["code"] as? String == "403")
            #expect(sim.price(of: "BTC-USDT") == 65000, "refused, so unchanged")
        }
    }
}

/// `YYMMDD` of an expiry, as the dated instrument ids carry it.
private enum SimulatedMarketCode {
    static func code(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d%02d%02d", (parts.year ?? 0) % 100, parts.month ?? 0, parts.day ?? 0)
    }
}
