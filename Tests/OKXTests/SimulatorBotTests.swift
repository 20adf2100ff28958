import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// What third-party bots (ccxt, python-okx) rely on in the simulator, through the SDK's raw
/// escape hatch so every field is checked as OKX sends it. scripts/e2e-bots.sh drives the same
/// behaviour with the real clients.
@Suite struct SimulatorBotTests {
    private func rows(_ client: OKXClient, _ path: String, _ query: KeyValuePairs<String, String> = [:], auth: EndpointSpec.Authentication = .private) async throws -> [JSONValue] {
        try await client.send(.get, path, query: query, auth: auth).data.arrayValue ?? []
    }

    private func post(_ client: OKXClient, _ path: String, _ items: [[String: String]]) async throws -> [JSONValue] {
        let body = JSONValue.array(items.map { .object($0.mapValues { .string($0) }) })
        return try await client.send(.post, path, body: body, auth: .private).data.arrayValue ?? []
    }

    private func number(_ value: JSONValue?) -> Decimal? {
        value?.stringValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    private func order(_ client: OKXClient, _ instId: String, _ ordId: String?) async throws -> JSONValue? {
        try await rows(client, "/api/v5/trade/order", ["instId": instId, "ordId": ordId ?? ""]).first
    }

    @Test func everyDocumentedCandleBarAnswersAlignedAndAnUnknownOneIsRefused() async throws {
        try await withSimulator { _, client in
            let bars = ["1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "1W", "1M", "3M",
                        "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "1Wutc", "1Mutc", "3Mutc"]
            for bar in bars {
                let candles = try await rows(client, "/api/v5/market/candles", ["instId": "BTC-USDT", "bar": bar, "limit": "4"], auth: .public)
                let stamps = candles.compactMap { $0[0]?.stringValue.flatMap { Int64($0) } }
                #expect(stamps.count == 4 && stamps == stamps.sorted(by: >) && Set(stamps).count == 4, "\(bar)")
            }
            let day: Int64 = 86_400_000, hour: Int64 = 3_600_000
            func stamps(_ bar: String) async throws -> [Int64] {
                try await rows(client, "/api/v5/market/candles", ["instId": "BTC-USDT", "bar": bar, "limit": "3"], auth: .public)
                    .compactMap { $0[0]?.stringValue.flatMap { Int64($0) } }
            }
            #expect(try await stamps("1D").allSatisfy { ($0 + 8 * hour) % day == 0 }, "1D starts at midnight UTC+8")
            #expect(try await stamps("1Dutc").allSatisfy { $0 % day == 0 }, "1Dutc starts at midnight UTC")
            let weeks = try await stamps("1Wutc")
            #expect(weeks.allSatisfy { ($0 / day + 3) % 7 == 0 }, "weeks start on Monday")
            #expect(zip(weeks, weeks.dropFirst()).allSatisfy { $0 - $1 == 7 * day })
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
            #expect(try await stamps("1Mutc").allSatisfy { calendar.component(.day, from: Date(timeIntervalSince1970: Double($0) / 1000)) == 1 })
            let history = try await rows(client, "/api/v5/market/history-candles", ["instId": "BTC-USDT", "bar": "1H"], auth: .public)
            #expect(history.count == 100 && history.allSatisfy { $0[8]?.stringValue == "1" }, "history candles are confirmed ones")
            let error = try #require(await okxError { _ = try await client.send(.get, "/api/v5/market/candles", query: ["instId": "BTC-USDT", "bar": "7m"]) })
            #expect(error.code == 51000 && error.message == "Parameter bar error")
        }
    }

    @Test func aSpotMarketBuyIsSizedInTheQuoteCurrencyUnlessToldOtherwise() async throws {
        try await withSimulator { _, client in
            let ask = try #require(try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 1))).askLevels.first?.price)
            let placed = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "100"],
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "0.01", "tgtCcy": "base_ccy"],
            ])
            let quoteSized = try #require(try await order(client, "BTC-USDT", placed[0]["ordId"]?.stringValue))
            #expect(quoteSized["tgtCcy"]?.stringValue == "quote_ccy" && quoteSized["state"]?.stringValue == "filled")
            let bought = try #require(number(quoteSized["accFillSz"]))
            var exact = 100 / ask * 100_000_000, whole = Decimal()
            NSDecimalRound(&whole, &exact, 0, .down)
            #expect(bought == whole / 100_000_000, "100 USDT at the ask, to the lot size")
            #expect(number(quoteSized["fee"]) == -bought * Decimal(sign: .plus, exponent: -3, significand: 1), "taker fee, charged in the bought currency")
            #expect(quoteSized["feeCcy"]?.stringValue == "BTC")
            let baseSized = try #require(try await order(client, "BTC-USDT", placed[1]["ordId"]?.stringValue))
            #expect(number(baseSized["accFillSz"]) == Decimal(string: "0.01"))
            let balance = try await client.first(API.TradingAccount.getBalance())
            let usdt = try #require(balance.details?.first { $0.ccy == "USDT" }?.cashBal)
            #expect(usdt == 100_000 - bought * ask - Decimal(sign: .plus, exponent: -2, significand: 1) * ask)
        }
    }

    @Test func postOnlyIOCAndFOKCancelWhatTheyMustAndUnknownTypesAreRefused() async throws {
        try await withSimulator { _, client in
            let book = try await client.first(API.MarketData.orderBook(.init(instId: "ETH-USDT", sz: 5)))
            let (ask, bid) = (try #require(book.askLevels.first), try #require(book.bidLevels.first?.price))
            let second = try #require(book.askLevels.dropFirst().first)
            let items = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "post_only", "sz": "0.1", "px": "\(ask.price)"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "post_only", "sz": "0.1", "px": "\(bid)"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "ioc", "sz": "1", "px": "\(bid)"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "fok", "sz": "10", "px": "\(ask.price)"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "ioc", "sz": "10", "px": "\(second.price)"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "twap", "sz": "1", "px": "\(bid)"],
            ])
            #expect(items.map { $0["sCode"]?.stringValue } == ["0", "0", "0", "0", "0", "51000"])
            #expect(items[5]["sMsg"]?.stringValue == "Parameter ordType error")
            var states: [String?] = [], filled: [Decimal?] = []
            for item in items.prefix(5) {
                let o = try await order(client, "ETH-USDT", item["ordId"]?.stringValue)
                states.append(o?["state"]?.stringValue)
                filled.append(number(o?["accFillSz"]))
            }
            #expect(states == ["canceled", "live", "canceled", "canceled", "canceled"])
            #expect(filled == [0, 0, 0, 0, ask.size + second.size], "the IOC takes two levels and cancels the rest")
            let crossing = try await order(client, "ETH-USDT", items[0]["ordId"]?.stringValue)
            #expect(crossing?["cancelSource"]?.stringValue == "31")
        }
    }

    @Test func transfersMoveMoneyBetweenTheFundingAndTradingAccounts() async throws {
        try await withSimulator { _, client in
            // The seeded account: 5000 USDT funding, 100000 USDT trading.
            let moved = try await client.first(API.FundingAccount.fundsTransfer(.init(ccy: "USDT", amt: 1250, from: "6", to: "18", clientId: "t1")))
            #expect(moved.amt == 1250 && moved.from == "6" && moved.to == "18" && moved.clientId == "t1")
            let funding = try await rows(client, "/api/v5/asset/balances", ["ccy": "USDT"])
            #expect(number(funding.first?["availBal"]) == 3750)
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect(balance.details?.first { $0.ccy == "USDT" }?.cashBal == 101_250)
            let bill = try #require(try await rows(client, "/api/v5/account/bills", ["type": "1"]).first)
            #expect(number(bill["balChg"]) == 1250 && bill["ccy"]?.stringValue == "USDT" && bill["subType"]?.stringValue == "11")
            let state = try await client.first(API.FundingAccount.getFundsTransferState(.init(clientId: "t1")))
            #expect(state.transId == moved.transId && state.state == "success")

            _ = try await client.first(API.FundingAccount.fundsTransfer(.init(ccy: "USDT", amt: 250, from: "18", to: "6")))
            #expect(number(try await rows(client, "/api/v5/asset/balances", ["ccy": "USDT"]).first?["availBal"]) == 4000)
            let tooMuch = try #require(await okxError { _ = try await client.send(API.FundingAccount.fundsTransfer(.init(ccy: "USDT", amt: 4001, from: "6", to: "18"))) })
            #expect(tooMuch.code == 58350)
            let same = try #require(await okxError { _ = try await client.send(API.FundingAccount.fundsTransfer(.init(ccy: "USDT", amt: 1, from: "18", to: "18"))) })
            #expect(same.code == 58123)
        }
    }

    @Test func attachedTakeProfitAndStopLossBecomeAlgoOrdersWhenTheOrderFills() async throws {
        try await withSimulator { sim, client in
            // A market buy of 2 contracts with a TP at 70000 and an SL at 60000: it fills at once,
            // so an oco sell of 2, reduce-only, is waiting.
            let legs = API.Trade.PlaceOrder.Request.AttachAlgoOrds(attachAlgoClOrdId: "tpsl1", tpTriggerPx: 70000, tpOrdPx: -1, slTriggerPx: 60000, slOrdPx: -1)
            let ack = try await client.trade.placeOrder(.init(instId: "BTC-USDT-SWAP", tdMode: .cross, side: .buy, ordType: .market, sz: 2, attachAlgoOrds: [legs]))
            let order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT-SWAP", ordId: ack.ordId)))
            let attached = try #require(order.attachAlgoOrds?.first)
            #expect(attached.attachAlgoClOrdId == "tpsl1" && attached.tpTriggerPx == 70000 && attached.slTriggerPx == 60000)
            let algoId = try #require(attached.attachAlgoId)
            let pending = try await client.send(API.AlgoTrading.algoOrderList(.init(ordType: "oco")))
            let oco = try #require(pending.first { $0.algoId == algoId })
            #expect(oco.side == "sell" && oco.sz == 2 && oco.reduceOnly == true && oco.algoClOrdId == "tpsl1")

            // A resting limit buy carries its stop loss until the market fills it.
            let restingLegs = API.Trade.PlaceOrder.Request.AttachAlgoOrds(slTriggerPx: 50000, slOrdPx: -1)
            let resting = try await client.trade.placeOrder(.init(instId: "BTC-USDT-SWAP", tdMode: .cross, side: .buy, ordType: .limit, sz: 1, px: 55000, attachAlgoOrds: [restingLegs]))
            #expect(try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT-SWAP", ordId: resting.ordId))).attachAlgoOrds?.first?.attachAlgoId?.isEmpty ?? true)
            // 55000 fills it, and is below the first order's stop at 60000, which triggers.
            let fall = try sim.setPrice("BTC-USDT-SWAP", to: 55000)
            #expect(fall.triggered.map(\.algoId) == [algoId])
            let filled = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT-SWAP", ordId: resting.ordId)))
            #expect(filled.state == .filled)
            let stopId = try #require(filled.attachAlgoOrds?.first?.attachAlgoId)
            let stop = try #require(try await client.send(API.AlgoTrading.algoOrderList(.init(ordType: "conditional"))).first { $0.algoId == stopId })
            #expect(stop.side == "sell" && stop.sz == 1 && stop.slTriggerPx == 50000)

            // Through 50000, the second stop closes what the limit order opened.
            let move = try sim.setPrice("BTC-USDT-SWAP", to: 49000)
            #expect(move.triggered.map(\.algoId) == [stopId])

            let missingOrdPx = API.Trade.PlaceOrder.Request.AttachAlgoOrds(tpTriggerPx: 80000)
            let refused = try #require(await okxError { _ = try await client.trade.placeOrder(.init(instId: "BTC-USDT-SWAP", tdMode: .cross, side: .buy, ordType: .market, sz: 1, attachAlgoOrds: [missingOrdPx])) })
            #expect(refused.code == 51178)
        }
    }

    @Test func feesMoveBalancesAndAppearInFillsAndBills() async throws {
        try await withSimulator { _, client in
            let placed = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "sell", "ordType": "market", "sz": "0.5", "tag": "feebot"],
            ])
            #expect(placed.first?["tag"]?.stringValue == "feebot")
            let fills = try await rows(client, "/api/v5/trade/fills", ["instType": "SPOT"])
            let fill = try #require(fills.first)
            let (px, sz, fee) = (try #require(number(fill["fillPx"])), try #require(number(fill["fillSz"])), try #require(number(fill["fee"])))
            #expect(sz == Decimal(sign: .plus, exponent: -1, significand: 5) && fee == -(sz * px * Decimal(sign: .plus, exponent: -3, significand: 1)) && fill["feeCcy"]?.stringValue == "USDT" && fill["tag"]?.stringValue == "feebot")
            let bills = try await rows(client, "/api/v5/account/bills", ["ccy": "USDT"])
            #expect(bills.count == 1 && number(bills.first?["balChg"]) == sz * px + fee && number(bills.first?["fee"]) == fee)
            #expect(try await rows(client, "/api/v5/account/bills", ["ccy": "BTC"]).isEmpty, "ccy filter")
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect(balance.details?.first { $0.ccy == "USDT" }?.cashBal == 100_000 + sz * px + fee)
            #expect(balance.details?.first { $0.ccy == "ETH" }?.cashBal == 20 - sz)
            let fee0 = try #require(try await rows(client, "/api/v5/account/trade-fee", ["instType": "SPOT"]).first)
            #expect(fee0["taker"]?.stringValue == "-0.001" && fee0["maker"]?.stringValue == "-0.0008")
            let history = try await rows(client, "/api/v5/trade/orders-history", ["instType": "SPOT"])
            #expect(history.count == 1 && history.first?["tag"]?.stringValue == "feebot")
            #expect(try await rows(client, "/api/v5/trade/orders-history", ["instType": "SWAP"]).isEmpty, "instType filter")
            let missing = try #require(await okxError { _ = try await client.send(.get, "/api/v5/trade/orders-history", auth: .private) })
            #expect(missing.code == 50014)
        }
    }

    @Test func swapTradesOpenAndClosePositionsWithMarginAndPnL() async throws {
        try await withSimulator { _, client in
            func object(_ path: String, _ fields: [String: String]) async throws -> [JSONValue] {
                try await client.send(.post, path, body: .object(fields.mapValues { .string($0) }), auth: .private).data.arrayValue ?? []
            }
            _ = try await object("/api/v5/account/set-leverage", ["instId": "BTC-USDT-SWAP", "lever": "5", "mgnMode": "cross"])
            let lever = try await rows(client, "/api/v5/account/leverage-info", ["instId": "BTC-USDT-SWAP", "mgnMode": "cross"])
            #expect(lever.first?["lever"]?.stringValue == "5")
            let tooHigh = try #require(await okxError { _ = try await object("/api/v5/account/set-leverage", ["instId": "BTC-USDT-SWAP", "lever": "125", "mgnMode": "cross"]) })
            #expect(tooHigh.code == 59102)
            // Every account starts long 1 contract at 64650; selling 3 closes it and opens a short of 2.
            let bid = try #require(try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT-SWAP", sz: 1))).bidLevels.first?.price)
            _ = try await post(client, "/api/v5/trade/batch-orders", [["instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "sell", "ordType": "market", "sz": "3"]])
            let position = try #require(try await rows(client, "/api/v5/account/positions", ["instType": "SWAP"]).first)
            #expect(number(position["pos"]) == -2 && number(position["avgPx"]) == bid && position["lever"]?.stringValue == "5")
            let mark = try #require(number(position["markPx"]))
            #expect(number(position["upl"]) == (mark - bid) * -2 * Decimal(sign: .plus, exponent: -2, significand: 1))
            #expect((number(position["liqPx"]) ?? 0) > bid, "a short liquidates above its entry")
            #expect(number(position["imr"]) == 2 * mark * Decimal(sign: .plus, exponent: -2, significand: 1) / 5)
            #expect(try await rows(client, "/api/v5/account/positions", ["instType": "SPOT"]).isEmpty, "instType filter")
            let fills = try await rows(client, "/api/v5/trade/fills", ["instId": "BTC-USDT-SWAP"])
            let fee = -(bid * 3 * Decimal(sign: .plus, exponent: -2, significand: 1) * Decimal(sign: .plus, exponent: -4, significand: 5))
            #expect(fills.count == 1 && number(fills.first?["fee"]) == fee)
            let pnl = (bid - 64650) * Decimal(sign: .plus, exponent: -2, significand: 1)
            #expect(number(fills.first?["fillPnl"]) == pnl, "closing the long realises its PnL")
            let bills = try await rows(client, "/api/v5/account/bills", ["instType": "SWAP"])
            #expect(bills.count == 1 && number(bills.first?["balChg"]) == pnl + fee && bills.first?["subType"]?.stringValue == "5")
            let size = try #require(try await rows(client, "/api/v5/account/max-size", ["instId": "BTC-USDT-SWAP", "tdMode": "cross"]).first)
            #expect((number(size["maxBuy"]) ?? 0) > 100)
            let reduce = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "3", "reduceOnly": "true"],
                ["instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "sell", "ordType": "market", "sz": "1", "reduceOnly": "true"],
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "1", "tgtCcy": "usd"],
            ])
            #expect(reduce.map { $0["sCode"]?.stringValue } == ["51169", "51169", "51000"], "reduce-only may not grow or flip a position; tgtCcy checked")
            _ = try await object("/api/v5/trade/close-position", ["instId": "BTC-USDT-SWAP", "mgnMode": "cross"])
            #expect(try await rows(client, "/api/v5/account/positions").isEmpty)
            let none = try #require(await okxError { _ = try await object("/api/v5/trade/close-position", ["instId": "BTC-USDT-SWAP", "mgnMode": "cross"]) })
            #expect(none.code == 51023)
        }
    }

    @Test func batchAmendAndCancelAndTheReadOnlyEndpointsBotsCall() async throws {
        try await withSimulator { _, client in
            let placed = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "50000", "clOrdId": "a1"],
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "50001", "clOrdId": "a2"],
            ])
            let ids = placed.compactMap { $0["ordId"]?.stringValue }
            let amended = try await post(client, "/api/v5/trade/amend-batch-orders", ids.map { ["instId": "BTC-USDT", "ordId": $0, "newSz": "0.02"] })
            #expect(amended.map { $0["sCode"]?.stringValue } == ["0", "0"])
            let canceled = try await post(client, "/api/v5/trade/cancel-batch-orders", [["instId": "BTC-USDT", "clOrdId": "a1"], ["instId": "BTC-USDT", "ordId": ids[1]]])
            #expect(canceled.map { $0["sCode"]?.stringValue } == ["0", "0"])
            let history = try await rows(client, "/api/v5/trade/orders-history-archive", ["instType": "SPOT"])
            #expect(history.map { $0["sz"]?.stringValue } == ["0.02", "0.02"] && history.allSatisfy { $0["state"]?.stringValue == "canceled" })
            #expect(try await rows(client, "/api/v5/trade/orders-history", ["instType": "SPOT", "after": ids[1]]).count == 1, "after cursor")
            let created = try #require(history.first?["cTime"]?.stringValue.flatMap { Int64($0) })
            #expect(try await rows(client, "/api/v5/trade/orders-history", ["instType": "SPOT", "begin": String(created + 1)]).isEmpty, "begin bound")
            #expect(try await rows(client, "/api/v5/trade/orders-history", ["instType": "SPOT", "end": String(created)]).count >= 1, "end bound")

            #expect(try await rows(client, "/api/v5/system/status", auth: .public).isEmpty)
            #expect(try await rows(client, "/api/v5/market/trades", ["instId": "BTC-USDT", "limit": "7"], auth: .public).count == 7)
            let rate = try #require(try await rows(client, "/api/v5/public/funding-rate", ["instId": "BTC-USDT-SWAP"], auth: .public).first)
            #expect(rate["fundingRate"]?.stringValue == "0.0001")
            let mark = try await rows(client, "/api/v5/public/mark-price", ["instType": "SWAP"], auth: .public)
            #expect(mark.map { $0["instId"]?.stringValue } == ["BTC-USDT-SWAP", "BTC-USD-SWAP"])
            let swap = try #require(try await rows(client, "/api/v5/public/instruments", ["instType": "SWAP"], auth: .public).first)
            #expect(swap["uly"]?.stringValue == "BTC-USDT" && swap["instFamily"]?.stringValue == "BTC-USDT" && swap["ctType"]?.stringValue == "linear")
            #expect(swap["ctVal"]?.stringValue == "0.01" && swap["ctMult"]?.stringValue == "1" && swap["settleCcy"]?.stringValue == "USDT")
            let currencies = try await rows(client, "/api/v5/asset/currencies", ["ccy": "BTC,USDT"])
            #expect(currencies.map { $0["ccy"]?.stringValue } == ["BTC", "USDT"])
            let funding = try await rows(client, "/api/v5/asset/balances", ["ccy": "USDT"])
            #expect(funding.map { $0["ccy"]?.stringValue } == ["USDT"])
            let trading = try #require(try await rows(client, "/api/v5/account/balance", ["ccy": "ETH"]).first)
            #expect(trading["details"]?.arrayValue?.map { $0["ccy"]?.stringValue } == ["ETH"])
            let unknown = try #require(await okxError { _ = try await client.send(.get, "/api/v5/account/no-such-thing", auth: .private) })
            #expect(unknown.code == 404 || unknown.httpStatus == 404)
        }
    }

    @Test func restingOrdersFilledByTheMarketPayTheMakerFee() async throws {
        try await withSimulator { sim, client in
            let placed = try await post(client, "/api/v5/trade/batch-orders", [
                ["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.1", "px": "60000"],
                ["instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "1", "px": "3000"],
            ])
            #expect(sim.fillRestingOrders(instId: "BTC-USDT").map(\.ordId) == [placed[0]["ordId"]?.stringValue])
            let order = try #require(try await order(client, "BTC-USDT", placed[0]["ordId"]?.stringValue))
            #expect(order["state"]?.stringValue == "filled" && number(order["avgPx"]) == 60000)
            let maker = Decimal(sign: .plus, exponent: -4, significand: 8)
            #expect(number(order["fee"]) == -(Decimal(sign: .plus, exponent: -1, significand: 1) * maker))
            let fill = try #require(try await rows(client, "/api/v5/trade/fills", ["instId": "BTC-USDT"]).first)
            #expect(fill["execType"]?.stringValue == "M" && number(fill["feeRate"]) == -maker)
            let balance = try await client.first(API.TradingAccount.getBalance())
            let usdt = try #require(balance.details?.first { $0.ccy == "USDT" }?.cashBal)
            #expect(usdt - 94_000 == 0, "\(usdt - 94_000)")
            #expect(balance.details?.first { $0.ccy == "USDT" }?.frozenBal == 3000, "the ETH order still rests")
            #expect(try await rows(client, "/api/v5/trade/orders-pending").count == 1)
        }
    }
}
