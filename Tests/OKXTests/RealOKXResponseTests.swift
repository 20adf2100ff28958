import Foundation
@testable import OKX
import Testing

/// Answers that OKX really sent, recorded by other projects (each file's source is in
/// `Fixtures/RealOKX/README.md`), decoded with the generated model of their endpoint. The docs'
/// own examples are covered by `GeneratedAPITests`; these are the bytes a live account produces:
/// `""` wherever a field does not apply, many currencies, old and new fields side by side.
@Suite struct RealOKXResponseTests {
    /// An expected decimal, written as OKX writes it; a typo in a test is an issue, not a nil that could match a nil field.
    func dec(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Decimal? {
        guard let value = OKXJSON.decimal(text) else {
            Issue.record("not a decimal: \(text)", sourceLocation: sourceLocation)
            return nil
        }
        return value
    }

    /// An expected time, as epoch milliseconds.
    func ms(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Date? {
        guard let value = Int64(text) else {
            Issue.record("not epoch milliseconds: \(text)", sourceLocation: sourceLocation)
            return nil
        }
        return Date(timeIntervalSince1970: TimeInterval(value) / 1000)
    }

    static let directory = repositoryRoot.appendingPathComponent("Tests/OKXTests/Fixtures/RealOKX")

    /// Every recorded answer and the endpoint it came from.
    static let recorded: [(file: String, endpoint: String)] = [
        ("account-balance-multi-currency.json", "GET /api/v5/account/balance"),
        ("account-positions-linear-swap.json", "GET /api/v5/account/positions"),
        ("account-positions-linear-swap-later.json", "GET /api/v5/account/positions"),
        ("account-positions-inverse-swap-cross.json", "GET /api/v5/account/positions"),
        ("account-positions-inverse-swap-isolated.json", "GET /api/v5/account/positions"),
        ("account-positions-history.json", "GET /api/v5/account/positions-history"),
        ("account-config.json", "GET /api/v5/account/config"),
        ("account-bills-trade.json", "GET /api/v5/account/bills"),
        ("account-bills-transfer.json", "GET /api/v5/account/bills"),
        ("asset-balances-funding.json", "GET /api/v5/asset/balances"),
        ("public-instruments-spot.json", "GET /api/v5/public/instruments"),
        ("public-instruments-swap.json", "GET /api/v5/public/instruments"),
        ("public-instruments-option.json", "GET /api/v5/public/instruments"),
        ("public-time.json", "GET /api/v5/public/time"),
        ("public-open-interest-swap.json", "GET /api/v5/public/open-interest"),
        ("trade-orders-algo-pending-stop-loss.json", "GET /api/v5/trade/orders-algo-pending"),
        ("trade-orders-pending-post-only.json", "GET /api/v5/trade/orders-pending"),
        ("trade-orders-history-filled-market.json", "GET /api/v5/trade/orders-history"),
        ("trade-order-spot-market-filled.json", "GET /api/v5/trade/order"),
        ("trade-fills-history-spot.json", "GET /api/v5/trade/fills-history"),
        ("trade-order-placed.json", "POST /api/v5/trade/order"),
        ("trade-order-algo-placed.json", "POST /api/v5/trade/order-algo"),
        ("trade-cancel-algos.json", "POST /api/v5/trade/cancel-algos"),
        ("market-books-swap.json", "GET /api/v5/market/books"),
        ("market-books-spot.json", "GET /api/v5/market/books"),
        ("market-candles-spot-1h.json", "GET /api/v5/market/candles"),
        ("market-ticker-spot.json", "GET /api/v5/market/ticker"),
        ("market-trades-spot.json", "GET /api/v5/market/trades"),
    ]

    static func load(_ file: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(file))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ file: String) throws -> T {
        try OKXDecoder().decodeResponse(type, from: load(file))
    }

    /// The one item of a single-item answer.
    static func only<T: Decodable>(_ type: T.Type, _ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        let items = try decode([T].self, file)
        #expect(items.count == 1, "\(file)", sourceLocation: sourceLocation)
        return try #require(items.first, sourceLocation: sourceLocation)
    }

    static func decodeAny<T: Decodable & Sendable>(_ type: T.Type, _ data: Data) throws -> any Sendable {
        try OKXDecoder().decodeResponse(type, from: data)
    }

    // MARK: - Every file, with the model `API.responseTypes` names for its endpoint

    @Test func everyRecordedAnswerDecodesWithItsEndpointsModel() throws {
        for (file, endpoint) in Self.recorded {
            let type = try #require(API.responseTypes[endpoint], "\(endpoint) has no generated model")
            do {
                _ = try Self.decodeAny(type, try Self.load(file))
            } catch {
                Issue.record("\(file) (\(endpoint)): \(error)")
            }
        }
    }

    @Test func everyFileIsListedHereAndCitedInTheReadme() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.recorded.map(\.file)))
        let readme = try String(contentsOf: Self.directory.appendingPathComponent("README.md"), encoding: .utf8)
        for file in files {
            #expect(readme.contains("`\(file)`"), "\(file) has no source in README.md")
        }
    }

    // MARK: - Account

    @Test func multiCurrencyBalance() throws {
        let account = try Self.only(API.TradingAccount.GetBalance.Response.self, "account-balance-multi-currency.json")
        #expect(account.totalEq == dec("43749372.50896299"))
        #expect(account.adjEq == dec("152550.80919105993"))
        #expect(account.ordFroz == dec("13.335333333333333"))
        #expect(account.notionalUsdForSwap == 0)
        #expect(account.uTime == ms("1752243339082"))
        #expect(account.delta == nil, "a field this older answer does not carry is absent")

        let details = try #require(account.details)
        #expect(details.map { $0.ccy ?? "?" } == ["TUSD", "BTC", "JFI", "ETH", "OKB", "UNI", "PAX", "USDK", "USDC", "TRX", "LTC", "ADA", "USDT"])
        let byCcy = Dictionary(details.map { ($0.ccy ?? "?", $0) }, uniquingKeysWith: { first, _ in first })

        let btc = try #require(byCcy["BTC"])
        #expect(btc.eq == dec("1.06126645222"))
        #expect(btc.availBal == dec("0.6612664522199999"))
        #expect(btc.frozenBal == dec("0.4"))
        #expect(btc.maxLoan == dec("6.466767426799126"))
        #expect(btc.uTime == ms("1639596891483"))
        #expect(btc.collateralEnabled == true)
        // `""` for the numbers that do not apply to this currency.
        #expect(btc.accAvgPx == nil && btc.openAvgPx == nil && btc.spotUpl == nil && btc.imr == nil && btc.mgnRatio == nil)
        #expect(btc.totalPnl == nil && btc.notionalLever == nil && btc.clSpotInUseAmt == nil)

        let ltc = try #require(byCcy["LTC"])
        #expect(ltc.accAvgPx == dec("88.3045548550652"))
        #expect(ltc.openAvgPx == dec("88.24274166666667"))
        #expect(ltc.spotBal == dec("0.2997899999999998"))
        #expect(ltc.spotUplRatio == dec("0.0961808095831111"))
        #expect(ltc.collateralRestrict == true)

        let usdt = try #require(byCcy["USDT"])
        #expect(usdt.availBal == 0)
        #expect(usdt.cashBal == dec("0.000258796"))
        #expect(usdt.borrowFroz == dec("88.21717883303612"))
        #expect(usdt.ordFrozen == dec("454.3333333333333"))
        #expect(usdt.twap == 0)

        let tusd = try #require(byCcy["TUSD"])
        #expect(tusd.eqUsd == dec("43505220"), "the demo account's TUSD is priced as recorded")
        #expect(tusd.collateralEnabled == false)
    }

    @Test func linearSwapPositionWithEmptyFields() throws {
        let position = try Self.only(API.TradingAccount.GetPositions.Response.self, "account-positions-linear-swap.json")
        #expect(position.posId == "653944598162657280")
        #expect(position.instId == "LTC-USDT-SWAP")
        #expect(position.pos == 1)
        #expect(position.avgPx == dec("68.24"))
        #expect(position.bePx == dec("68.30827413706852"))
        #expect(position.imr == dec("0.0227466666666667"))
        #expect(position.mgnRatio == dec("141687115.0546428"))
        #expect(position.realizedPnl == dec("-0.00003412"))
        #expect(position.cTime == ms("1706612162996"))
        #expect(position.adl == 1)
        #expect(position.tradeId == "38002016")
        #expect(position.closeOrderAlgo?.isEmpty == true)
        // Cross margin on a linear swap: no liquidation price, no isolated margin, no spot or option fields.
        #expect(position.liqPx == nil && position.margin == nil && position.liab == nil && position.interest == nil)
        #expect(position.baseBal == nil && position.quoteBal == nil && position.baseBorrowed == nil && position.quoteInterest == nil)
        #expect(position.optVal == nil && position.deltaBS == nil && position.gammaPA == nil && position.vegaBS == nil)
        #expect(position.usdPx == nil && position.spotInUseAmt == nil && position.pendingCloseOrdLiabVal == nil)
        // Fields newer than this answer are simply absent.
        #expect(position.hedgedPos == nil && position.settledPnl == nil && position.nonSettleAvgPx == nil)
    }

    @Test func theSamePositionLater() throws {
        let position = try Self.only(API.TradingAccount.GetPositions.Response.self, "account-positions-linear-swap-later.json")
        #expect(position.posId == "653944598162657280")
        #expect(position.pos == 2)
        #expect(position.lever == 10)
        #expect(position.fundingFee == dec("-0.0154171409554622"))
        #expect(position.uplRatio == dec("2.256425763531902"))
        #expect(position.uTime == ms("1712390404547"))
        #expect(position.maxSpotInUseAmt == nil && position.clSpotInUseAmt == nil)
    }

    @Test func inverseSwapPositionsCrossAndIsolated() throws {
        let cross = try Self.only(API.TradingAccount.GetPositions.Response.self, "account-positions-inverse-swap-cross.json")
        #expect(cross.posId == "3234547810395054080")
        #expect(cross.ccy == "BTC")
        #expect(cross.liqPx == dec("89.11497615226264"))
        #expect(cross.imr == dec("0.000054313938912"))
        #expect(cross.margin == nil)
        #expect(cross.usdPx == dec("90970.9"))
        #expect(cross.fee == dec("-0.0000005437318054"))
        #expect(cross.hedgedPos == nil && cross.settledPnl == nil && cross.nonSettleAvgPx == nil, "present as \"\"")

        let isolated = try Self.only(API.TradingAccount.GetPositions.Response.self, "account-positions-inverse-swap-isolated.json")
        #expect(isolated.posId == "3234559463547297792")
        #expect(isolated.imr == nil, "isolated margin is in `margin`, `imr` is \"\"")
        #expect(isolated.margin == dec("0.0003611412062116"))
        #expect(isolated.liqPx == dec("69536.6125000014"))
        #expect(isolated.mgnRatio == dec("74.32029212310307"))
        #expect(isolated.upl == dec("0.000000899562244"))
        #expect(isolated.cTime == ms("1768899783914"))
    }

    @Test func closedPositionHistory() throws {
        let closed = try Self.only(API.TradingAccount.GetPositionsHistory.Response.self, "account-positions-history.json")
        #expect(closed.posId == "666159086676836352")
        #expect(closed.instId == "SUSHI-USDT-SWAP")
        #expect(closed.openAvgPx == dec("1.2462"))
        #expect(closed.closeAvgPx == dec("1.2567"))
        #expect(closed.realizedPnl == dec("-0.4551036"))
        #expect(closed.lever == 10, "\"10.0\" on the wire")
        #expect(closed.triggerPx == nil)
        #expect(closed.uTime == ms("1708354805699"))
    }

    @Test func accountConfiguration() throws {
        let config = try Self.only(API.TradingAccount.GetAccountConfiguration.Response.self, "account-config.json")
        #expect(config.uid == "374579799097793561")
        #expect(config.mainUid == "374579799097793561")
        #expect(config.label == "Ray2")
        #expect(config.autoLoan == false)
        #expect(config.liquidationGear == -1)
        #expect(config.traderInsts == [] && config.spotTraderInsts == [])
        #expect(config.level == "Lv1")
    }

    @Test func billsOfATradeAndATransfer() throws {
        let trade = try Self.only(API.TradingAccount.GetBillsDetailsLast7Days.Response.self, "account-bills-trade.json")
        #expect(trade.billId == "696837060589600769")
        #expect(trade.bal == dec("67533.7456994514348308"))
        #expect(trade.balChg == dec("-10.158"))
        #expect(trade.px == dec("101.58"))
        #expect(trade.ordId == "1339107111507525632")
        #expect(trade.fillTime == ms("1712410901850"))
        #expect(trade.fillMarkPx == nil && trade.fillPxUsd == nil)

        let transfer = try Self.only(API.TradingAccount.GetBillsDetailsLast7Days.Response.self, "account-bills-transfer.json")
        #expect(transfer.billId == "673260238845333504")
        #expect(transfer.balChg == 1)
        #expect(transfer.fee == nil && transfer.pnl == nil && transfer.px == nil && transfer.posBal == nil)
        #expect(transfer.ts == ms("1706789749511"))
    }

    @Test func fundingBalance() throws {
        let balance = try Self.only(API.FundingAccount.GetBalance.Response.self, "asset-balances-funding.json")
        #expect(balance.ccy == "TUSD")
        #expect(balance.availBal == 100 && balance.bal == 100 && balance.frozenBal == 0)
    }

    // MARK: - Instruments

    @Test func instrumentsOfEachType() throws {
        let spot = try Self.decode([API.PublicData.GetInstruments.Response].self, "public-instruments-spot.json")
        let swap = try Self.decode([API.PublicData.GetInstruments.Response].self, "public-instruments-swap.json")
        let option = try Self.decode([API.PublicData.GetInstruments.Response].self, "public-instruments-option.json")
        #expect(spot.count == 7 && spot.allSatisfy { $0.instType == "SPOT" })
        #expect(swap.count == 9 && swap.allSatisfy { $0.instType == "SWAP" })
        #expect(option.count == 1 && option.allSatisfy { $0.instType == "OPTION" })

        let btc = try #require(spot.first { $0.instId == "BTC-USDT" })
        #expect(btc.lotSz == dec("0.00000001"))
        #expect(btc.minSz == dec("0.00001"))
        #expect(btc.tickSz == dec("0.1"))
        #expect(btc.maxIcebergSz == dec("9999999999"))
        #expect(btc.lever == 10)
        #expect(btc.listTime == ms("1548133413000"))
        #expect(btc.ctVal == nil && btc.ctMult == nil && btc.expTime == nil && btc.stk == nil, "\"\" on a spot pair")
        #expect(btc.uly == "" && btc.settleCcy == "")

        let inverse = try #require(swap.first { $0.instId == "BTC-USD-SWAP" })
        #expect(inverse.ctVal == 100)
        #expect(inverse.settleCcy == "BTC")
        #expect(inverse.expTime == nil, "\"\" on a perpetual")
        #expect(inverse.maxMktAmt == nil)
        #expect(inverse.maxMktSz == 30000)
        let trx = try #require(swap.first { $0.instId == "TRX-USDT-SWAP" })
        #expect(trx.ctVal == 1000 && trx.maxLmtSz == 1_000_000 && trx.tickSz == dec("0.00001"))

        let put = try #require(option.first)
        #expect(put.instId == "BTC-USD-241227-60000-P")
        #expect(put.stk == 60000)
        #expect(put.ctMult == dec("0.01"))
        #expect(put.expTime == ms("1735286400000"))
        #expect(put.listTime == ms("1702629020673"))
        #expect(put.lever == nil)
        #expect(put.instFamily == "BTC-USD")
    }

    // MARK: - Orders

    @Test func pendingStopLossAlgoOrder() throws {
        let algo = try Self.only(API.AlgoTrading.AlgoOrderList.Response.self, "trade-orders-algo-pending-stop-loss.json")
        #expect(algo.algoId == "2017146754403004416")
        #expect(algo.algoClOrdId == "e847386590ce4dBC510e616e0438b78a")
        #expect(algo.instId == "LTC-USDT-SWAP")
        #expect(algo.slTriggerPx == 100)
        #expect(algo.slOrdPx == -1, "market price on trigger")
        #expect(algo.tpTriggerPx == nil && algo.tpOrdPx == nil && algo.triggerPx == nil && algo.ordPx == nil)
        #expect(algo.sz == 1 && algo.actualSz == 0)
        #expect(algo.last == dec("90.2"))
        #expect(algo.lever == 3)
        #expect(algo.reduceOnly == false, "\"false\" as a string")
        #expect(algo.triggerTime == nil && algo.timeInterval == nil && algo.moveTriggerPx == nil)
        #expect(algo.cTime == ms("1732618057878"))
        #expect(algo.ordIdList == [] && algo.attachAlgoOrds?.isEmpty == true)
    }

    @Test func pendingPostOnlyOrder() throws {
        let order = try Self.only(API.Trade.OrderList.Response.self, "trade-orders-pending-post-only.json")
        #expect(order.ordId == "645348448086081536")
        #expect(order.px == dec("0.2"))
        #expect(order.sz == 50 && order.accFillSz == 0)
        #expect(order.avgPx == nil && order.fillPx == nil && order.fillTime == nil, "nothing filled yet")
        #expect(order.cTime == ms("1700135060018"))
        #expect(order.reduceOnly == false)
    }

    @Test func filledOrders() throws {
        let swap = try Self.only(API.Trade.OrderHistoryLast7Days.Response.self, "trade-orders-history-filled-market.json")
        #expect(swap.ordId == "672515387010932736")
        #expect(swap.avgPx == dec("68.24"))
        #expect(swap.fee == dec("-0.00003412"))
        #expect(swap.lever == 3, "\"3.0\" on the wire")
        #expect(swap.px == nil, "a market order has no price")
        #expect(swap.fillTime == ms("1706612162995"))
        #expect(swap.uTime == ms("1706612162996"))

        let spot = try Self.only(API.Trade.OrderDetails.Response.self, "trade-order-spot-market-filled.json")
        #expect(spot.ordId == "1339107111507525632")
        #expect(spot.clOrdId == "e847386590ce4dBC6f7ae74854f6a617")
        #expect(spot.fillSz == dec("0.1") && spot.avgPx == dec("101.58"))
        #expect(spot.lever == nil && spot.px == nil)
        #expect(spot.isTpLimit == false)
        #expect(spot.fillTime == ms("1712410901850"))
    }

    @Test func fillFromTheThreeMonthHistory() throws {
        let fill = try Self.only(API.Trade.TransactionDetailsLast3Months.Response.self, "trade-fills-history-spot.json")
        #expect(fill.tradeId == "56181695")
        #expect(fill.billId == "639895991340056576")
        #expect(fill.fillPx == dec("67.84"))
        #expect(fill.fillSz == dec("0.1"))
        #expect(fill.feeRate == dec("-0.001"))
        #expect(fill.fee == dec("-0.0001"))
        #expect(fill.fillMarkPx == nil && fill.fillIdxPx == nil && fill.fillPxUsd == nil && fill.fillFwdPx == nil)
        #expect(fill.ts == ms("1698835093028"))
        #expect(fill.fillTime == ms("1698835093027"))
    }

    @Test func placeAndCancelAnswers() throws {
        let placed = try Self.only(API.Trade.PlaceOrder.Response.self, "trade-order-placed.json")
        #expect(placed.ordId == "2896576259728695296")
        #expect(placed.sMsg == "Order placed")
        #expect(placed.ts == ms("1758827099512"))

        let algo = try Self.only(API.AlgoTrading.PlaceAlgoOrder.Response.self, "trade-order-algo-placed.json")
        #expect(algo.algoId == "2896574163517353984")
        #expect(algo.algoClOrdId == "6b9ad766b55dBCDEd524d810f42296b8")

        let cancelled = try Self.only(API.AlgoTrading.CancelAlgoOrder.Response.self, "trade-cancel-algos.json")
        #expect(cancelled.algoId == "2903938004064555008")
        #expect(cancelled.algoClOrdId == "1234abcd")
        #expect(cancelled.sCode == "0")
    }

    // MARK: - Market and public data

    @Test func orderBooks() throws {
        let swap = try Self.only(API.MarketData.OrderBook.Response.self, "market-books-swap.json")
        #expect(swap.asks?.first?.map(\.description) == ["43466.4", "14881", "0", "1"])
        #expect(swap.bids?.count == 2)
        #expect(swap.ts == ms("1706612067750"))
        let spot = try Self.only(API.MarketData.OrderBook.Response.self, "market-books-spot.json")
        #expect(spot.asks?.first?.map(\.description) == ["67973.4", "1.40848059", "0", "7"])
        #expect(spot.bids?.last?.dropFirst().first == dec("0.00725939"))
    }

    @Test func candlesAsRecorded() throws {
        let candles = try Self.decode([API.MarketData.Candlesticks.Response].self, "market-candles-spot-1h.json")
        #expect(candles.count == 3)
        let newest = try #require(candles.first)
        #expect(newest.ts == ms("1706637600000"))
        #expect(newest.o == dec("43398.6") && newest.c == dec("43373.9"))
        #expect(newest.h == dec("43493.9") && newest.l == dec("43279.9"))
        #expect(newest.vol == dec("5070.79611732"))
        #expect(newest.volCcyQuote == dec("220057933.233687634"))
        // The three-month history answers in the same rows.
        let history = try Self.decode([API.MarketData.CandlesticksHistory.Response].self, "market-candles-spot-1h.json")
        #expect(history.last?.ts == ms("1706630400000"))
    }

    @Test func tickerTradesTimeAndOpenInterest() throws {
        let ticker = try Self.only(API.MarketData.Ticker.Response.self, "market-ticker-spot.json")
        #expect(ticker.last == dec("73384.8"))
        #expect(ticker.volCcy24h == dec("1519926359.597266598"))
        #expect(ticker.sodUtc8 == 71702)
        #expect(ticker.ts == ms("1710328243709"))

        let trade = try Self.only(API.MarketData.Trades.Response.self, "market-trades-spot.json")
        #expect(trade.tradeId == "497859870")
        #expect(trade.px == dec("73239.3") && trade.sz == dec("0.0009478"))
        #expect(trade.ts == ms("1710327658374"))

        let time = try Self.only(API.PublicData.GetSystemTime.Response.self, "public-time.json")
        #expect(time.ts == ms("1712250348676"))

        let interest = try Self.only(API.PublicData.GetOpenInterest.Response.self, "public-open-interest-swap.json")
        #expect(interest.oi == dec("2663107.29999999861"))
        #expect(interest.oiUsd == dec("1676426045.349999124995"))
    }

    // MARK: - Through the CLI

    @Test func okxDecodePrintsARecordedPosition() async throws {
        let file = Self.directory.appendingPathComponent("account-positions-inverse-swap-isolated.json").path
        let result = try await CLI.run(["decode", "GET", "/api/v5/account/positions", file], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let position = try #require(printed.first)
        #expect(position["margin"] as? String == "0.0003611412062116")
        #expect(position["cTime"] as? String == "1768899783914")
        #expect(position["imr"] == nil, "\"\" decodes to nil and is left out")
    }
}
