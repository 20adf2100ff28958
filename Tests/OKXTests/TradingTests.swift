import Foundation
@testable import OKX
import OKXSimulator
import Testing

@Suite struct TradingTests {
    func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }

    @Test func placeQueryAmendCancel() async throws {
        try await withSimulator { sim, client in
            let ack = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "lifecycle1", side: .buy, ordType: .limit, sz: dec("0.5"), px: dec("60000.5")))
            #expect(ack.isSuccess && ack.clOrdId == "lifecycle1" && !ack.ordId.isEmpty)
            var order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", ordId: ack.ordId)))
            #expect(order.state == .live && order.px == dec("60000.5") && order.sz == dec("0.5"))
            #expect(try await client.send(API.Trade.orderList(.init(instId: "BTC-USDT"))).map(\.ordId) == [ack.ordId])
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect(balance.details?.first { $0.ccy == "USDT" }?.frozenBal == dec("30000.25"))

            _ = try await client.trade.amendOrder(API.Trade.AmendOrder.Request(instId: "BTC-USDT", clOrdId: "lifecycle1", newPx: dec("61000")))
            order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: "lifecycle1")))
            #expect(order.px == dec("61000"))

            #expect(try await client.trade.cancelOrder(instId: "BTC-USDT", ordId: ack.ordId).isSuccess)
            order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", ordId: ack.ordId)))
            #expect(order.state == .canceled)
            #expect(try await client.send(API.Trade.orderList(.init())).isEmpty)
            #expect(try await client.first(API.TradingAccount.getBalance()).details?.first { $0.ccy == "USDT" }?.frozenBal == 0)
            #expect(sim.orders().count == 1)
        }
    }

    @Test func marketableOrderFillsAndMovesBalances() async throws {
        try await withSimulator { _, client in
            let book = try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 5)))
            let ask = try #require(book.askLevels.first?.price)
            let ack = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: ask + 100))
            let order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", ordId: ack.ordId)))
            #expect(order.state == .filled && order.avgPx == ask && order.accFillSz == 1)
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect(balance.details?.first { $0.ccy == "BTC" }?.cashBal == 3 - dec("0.001"), "the 0.1 % taker fee is charged in the bought BTC")
            #expect(balance.details?.first { $0.ccy == "USDT" }?.cashBal == 100_000 - ask)
        }
    }

    @Test func refusedSingleOrderThrowsItsOwnCode() async throws {
        try await withSimulator { _, client in
            let error = try #require(await okxError {
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 100, px: 60000))
            })
            #expect(error.code == .insufficientBalance && error.category == .trading)
            #expect(error.message == "Order placement failed due to insufficient balance or margin")
        }
    }

    @Test func batchReportsEachOrder() async throws {
        try await withSimulator { sim, client in
            let acks = try await client.trade.placeOrders([
                API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "b1", side: .buy, ordType: .limit, sz: dec("0.1"), px: 50000),
                API.Trade.PlaceOrder.Request(instId: "NOPE-USDT", tdMode: .cash, clOrdId: "b2", side: .buy, ordType: .limit, sz: 1, px: 1),
                API.Trade.PlaceOrder.Request(instId: "ETH-USDT", tdMode: .cash, clOrdId: "b3", side: .sell, ordType: .limit, sz: 1, px: 9000),
            ])
            #expect(acks.map(\.isSuccess) == [true, false, true])
            #expect(acks[1].clOrdId == "b2" && acks[1].error?.code == .instrumentNotFound)
            #expect(acks[0].error == nil)
            #expect(Set(sim.orders().map(\.clOrdId)) == ["b1", "b3"])
        }
    }

    @Test func duplicateClientOrderIDIsRefused() async throws {
        try await withSimulator { sim, client in
            let order = API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "dup1", side: .buy, ordType: .limit, sz: 1, px: 100)
            _ = try await client.trade.placeOrder(order)
            let error = try #require(await okxError { _ = try await client.trade.placeOrder(order) })
            #expect(error.code == 51016)
            #expect(sim.orders().filter { $0.clOrdId == "dup1" }.count == 1)
        }
    }

    @Test func badInputIsRefusedBeforeSending() async throws {
        try await withSimulator { sim, client in
            let cases: [API.Trade.PlaceOrder.Request] = [
                API.Trade.PlaceOrder.Request(instId: "", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: 1),
                API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: -1, px: 1),
                API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: .nan, px: 1),
                API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: nil),
                API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "has-dash", side: .buy, ordType: .limit, sz: 1, px: 1),
            ]
            for order in cases {
                let error = await okxError { _ = try await client.trade.placeOrder(order) }
                #expect(error?.category == .invalidArgument)
            }
            #expect(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: " "))) }?.category == .invalidArgument)
            #expect(await okxError { _ = try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 0))) }?.category == .invalidArgument)
            #expect(await okxError { _ = try await client.trade.placeOrders([]) }?.category == .invalidArgument)
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 0)
        }
    }

    @Test func preopenInstrumentAndCrossedBook() async throws {
        try await withSimulator { _, client in
            let instruments = try await client.send(API.PublicData.getInstruments(.init(instType: .spot)))
            let new = try #require(instruments.first { $0.instId == "NEW-USDT" })
            #expect(new.state == .preopen && new.isInCallAuction)
            #expect(new.openType == "call_auction" && new.contTdSwTime != nil && new.listTime != nil)
            #expect(new.auctionEndTime == nil, "an empty string is an absent value")
            #expect(new.instIdCode == 5_010_003, "the demo environment's code (live + 5,000,000 in the simulator)")
            #expect(try await client.first(API.MarketData.orderBook(.init(instId: "NEW-USDT", sz: 5))).isCrossed)
            #expect(try await !client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 5))).isCrossed)
            // Limit orders rest during the auction, market orders are refused.
            let ack = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "NEW-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 10, px: 5))
            #expect(try await client.first(API.Trade.orderDetails(.init(instId: "NEW-USDT", ordId: ack.ordId))).state == .live)
            #expect(await okxError { _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "NEW-USDT", tdMode: .cash, side: .buy, ordType: .market, sz: 10)) }?.code == 51124)
        }
    }

    @Test func marketDataModels() async throws {
        try await withSimulator { _, client in
            let ticker = try await client.first(API.MarketData.ticker(.init(instId: "ETH-USDT")))
            #expect(ticker.last == 3400 && (ticker.bidPx ?? 0) < (ticker.askPx ?? 0))
            #expect(try await client.send(API.MarketData.tickers(.init(instType: .spot))).count == 3)
            let candles = try await client.send(API.MarketData.candlesticks(.init(instId: "BTC-USDT", bar: "1m", limit: 50)))
            #expect(candles.count == 50)
            #expect(zip(candles, candles.dropFirst()).allSatisfy { ($0.ts ?? .distantPast) > ($1.ts ?? .distantFuture) }, "newest first")
            #expect(candles.first?.confirm == "0" && candles.last?.confirm == "1")
            let older = try await client.send(API.MarketData.candlesticks(.init(instId: "BTC-USDT", bar: "1m", after: candles.last?.ts, limit: 10)))
            #expect(older.first.map { ($0.ts ?? .distantFuture) < (candles.last?.ts ?? .distantPast) } == true)
            #expect(try await client.first(API.PublicData.getSystemTime()).ts.map { $0.timeIntervalSince1970 > 1_700_000_000 } == true)
        }
    }

    @Test func accountModelsCarryMarginAndLiquidation() async throws {
        try await withSimulator { _, client in
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect((balance.mgnRatio ?? 0) > 1)
            #expect(balance.marginAboveLiquidation == balance.mgnRatio.map { $0 - 1 })
            let position = try #require(try await client.send(API.TradingAccount.getPositions(.init(instType: .swap))).first)
            // The seeded long: 1 contract (0.01 BTC) at 64650, 10x, mark 65010, maintenance rate 0.4 %.
            #expect(position.liqPx == dec("58418.7") && position.mgnRatio == dec("26.25"))
            #expect(position.distanceToLiquidation.map { $0 > 0.09 && $0 < 0.11 } == true)
            #expect(try await client.first(API.TradingAccount.getAccountConfiguration()).posMode == "net_mode")
        }
    }
}

@Suite struct DecodingTests {
    struct Numbers: Decodable { let a: Decimal?; let b: Decimal?; let c: Decimal; let d: Date? }

    @Test func okxNumberConventions() throws {
        let json = #"{"a":"","b":"-0.000123","c":"12345678901234567890.123456789","d":"1700000000123"}"#
        let n = try JSONDecoder().decode(Numbers.self, from: Data(json.utf8))
        #expect(n.a == nil)
        #expect(n.b == Decimal(string: "-0.000123"))
        #expect(n.c == Decimal(string: "12345678901234567890.123456789"))
        #expect(n.d.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } == 1_700_000_000_123)
    }

    @Test func strictDecimalParsing() {
        for bad in ["1.2abc", "", "-", ".", "1..2", "NaN", "inf", "1e", "--1", "0x10", " 1"] {
            #expect(OKXJSON.decimal(bad) == nil, "\(bad)")
        }
        for good in ["0", "-1", "+2.5", "1e-8", "3.14E2", ".5", "10."] {
            #expect(OKXJSON.decimal(good) != nil, "\(good)")
        }
    }

    @Test func wrongTypesBecomeInvalidResponse() throws {
        let body = Data(#"{"code":"0","msg":"","data":[{"ts":"not-a-number"}]}"#.utf8)
        let error = try #require(throws: OKXError.self) {
            let _: [Ticker] = try Envelope.decode(HTTPResponse(status: 200, body: body), isBatch: false, context: nil)
        }
        #expect(error.category == .invalidResponse)
        let numeric = Data(#"{"code":50011,"msg":"Too Many Requests"}"#.utf8)
        let rate = try #require(throws: OKXError.self) {
            let _: [Ticker] = try Envelope.decode(HTTPResponse(status: 429, body: numeric), isBatch: false, context: nil)
        }
        #expect(rate.code == .rateLimited && rate.isRetryable)
    }
}
