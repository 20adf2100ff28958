import Foundation
@testable import OKX
import Testing

/// Money ↔ size against worked examples, on instruments as OKX lists them (the recorded answers
/// in Fixtures/RealOKX, cited there). Each expected figure is worked out by hand in the comment.
@Suite struct ContractSizingTests {
    static func instrument(_ file: String, _ instId: String) throws -> ContractSizing {
        let body = try Data(contentsOf: RealOKXResponseTests.directory.appendingPathComponent(file))
        let all = try OKXDecoder().decodeResponse([API.PublicData.GetInstruments.Response].self, from: body)
        return try ContractSizing(try #require(all.first { $0.instId == instId }))
    }

    static func d(_ text: String) -> Decimal { OKXJSON.decimal(text) ?? .nan }

    @Test func linearSwapCountsContractsOfAHundredthBTC() throws {
        // BTC-USDT-SWAP: ctVal 0.01 BTC, ctMult 1, lotSz 0.1, minSz 0.1, tickSz 0.1, settled in USDT.
        let s = try Self.instrument("public-instruments-swap.json", "BTC-USDT-SWAP")
        #expect(s.countsContracts && !s.isInverse && !s.settlesInBase && s.unitsPerContract == Self.d("0.01"))
        // 1000 USDT at 65000: 1000 / (65000 × 0.01) = 1.538… contracts → 1.5 (down to the lot).
        #expect(try s.size(for: .quote(1000), at: 65000) == Self.d("1.5"))
        // 100 USDT of margin at 10x: the same 1000 USDT position.
        #expect(try s.size(for: .margin(100, leverage: 10), at: 65000) == Self.d("1.5"))
        // 0.05 BTC: 0.05 / 0.01 = 5 contracts, whatever the price.
        #expect(try s.size(for: .base(Self.d("0.05")), at: 65000) == 5)
        // 1.5 contracts at 65000 are worth 0.015 BTC = 975 USDT.
        #expect(s.value(ofSize: Self.d("1.5"), at: 65000) == (Self.d("0.015"), 975))
    }

    @Test func fiftyUSDTIsNotFiftyContracts() throws {
        let s = try Self.instrument("public-instruments-swap.json", "BTC-USDT-SWAP")
        // 50 USDT at 65000: 50 / 650 = 0.0769 contracts, below the 0.1 minimum, which costs
        // 0.1 × 0.01 × 65000 = 65 USDT. Refused, with the minimum in the same money.
        let error = try #require(throws: OKXError.self) { try s.size(for: .quote(50), at: 65000) }
        #expect(error.category == .invalidArgument)
        #expect(error.message.contains("minimum size 0.1") && error.message.contains("costs 65 in the quote currency"), "\(error.message)")
        // As margin at 10x: 5 USDT of margin makes the same 50 USDT; the minimum needs 6.5.
        let margin = try #require(throws: OKXError.self) { try s.size(for: .margin(5, leverage: 10), at: 65000) }
        #expect(margin.message.contains("needs 6.5 of margin at 10x"), "\(margin.message)")
    }

    @Test func inverseSwapCountsHundredDollarContractsSettledInBTC() throws {
        // BTC-USD-SWAP: ctVal 100 USD, lotSz 1, minSz 1, settled in BTC.
        let s = try Self.instrument("public-instruments-swap.json", "BTC-USD-SWAP")
        #expect(s.isInverse && s.settlesInBase)
        // 1050 USD: 10.5 contracts → 10.
        #expect(try s.size(for: .quote(1050), at: 65000) == 10)
        // 0.1 BTC at 65000 = 6500 USD = 65 contracts.
        #expect(try s.size(for: .base(Self.d("0.1")), at: 65000) == 65)
        // 0.01 BTC of margin at 20x = 0.2 BTC = 13000 USD = 130 contracts.
        #expect(try s.size(for: .margin(Self.d("0.01"), leverage: 20), at: 65000) == 130)
        // 10 contracts: 1000 USD, 1000 / 50000 = 0.02 BTC at 50000.
        #expect(s.value(ofSize: 10, at: 50000) == (Self.d("0.02"), 1000))
        #expect(throws: OKXError.self) { try s.size(for: .quote(50), at: 65000) }
    }

    @Test func optionsCountHundredthsOfTheUnderlying() throws {
        // BTC-USD-241227-60000-P: ctVal 1 × ctMult 0.01 BTC, lotSz 1, minSz 1.
        let s = try Self.instrument("public-instruments-option.json", "BTC-USD-241227-60000-P")
        #expect(s.unitsPerContract == Self.d("0.01") && !s.isInverse)
        // 0.05 BTC of underlying = 5 contracts; 0.019 BTC = 1.9 → 1.
        #expect(try s.size(for: .base(Self.d("0.05")), at: 65000) == 5)
        #expect(try s.size(for: .base(Self.d("0.019")), at: 65000) == 1)
    }

    @Test func spotCountsBaseCurrencyAndRoundsPricesTheSafeWay() throws {
        // BTC-USDT: lotSz 0.00000001, minSz 0.00001, tickSz 0.1.
        let s = try Self.instrument("public-instruments-spot.json", "BTC-USDT")
        #expect(!s.countsContracts)
        // 100 USDT at 65000: 0.0015384615… BTC → 0.00153846.
        #expect(try s.size(for: .quote(100), at: 65000) == Self.d("0.00153846"))
        // A buy never pays more than asked, a sell never gets less: 65000.07 → 65000.0 / 65000.1.
        #expect(s.price(Self.d("65000.07"), for: .buy) == 65000)
        #expect(s.price(Self.d("65000.01"), for: .sell) == Self.d("65000.1"))
        let order = try s.limitOrder(side: .buy, tdMode: .cash, money: .quote(100), price: Self.d("65000.07"))
        #expect(order.px == 65000 && order.sz == Self.d("0.00153846") && order.ordType == .limit)
        // A market buy of 100 USDT is sent as 100 of the quote currency: OKX spends exactly that.
        let market = try s.marketOrder(side: .buy, tdMode: .cash, money: .quote(100), referencePrice: 65000)
        #expect(market.sz == 100 && market.tgtCcy == .quoteCcy && market.ordType == .market)
        // 0.5 USDT: 0.0000077 BTC, below the 0.00001 minimum (0.65 USDT).
        let error = try #require(throws: OKXError.self) { try s.marketOrder(side: .buy, tdMode: .cash, money: .quote(Self.d("0.5")), referencePrice: 65000) }
        #expect(error.message.contains("costs 0.65 in the quote currency"), "\(error.message)")
    }

    @Test func aSizedOrderIsAcceptedBySimulatedOKX() async throws {
        try await withSimulator { _, client in
            let instruments = try await client.send(API.PublicData.getInstruments(.init(instType: .spot)))
            let s = try ContractSizing(try #require(instruments.first { $0.instId == "BTC-USDT" }))
            let ask = try #require(try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))).askPx)
            let ack = try await client.trade.placeOrder(try s.limitOrder(side: .buy, tdMode: .cash, money: .quote(500), price: ask))
            let order = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", ordId: ack.ordId)))
            // Worth at most 500 USDT, and within one lot of it.
            let worth = s.value(ofSize: try #require(order.sz), at: try #require(order.px)).quote
            #expect(worth <= 500 && 500 - worth <= s.lotSize * (order.px ?? 0))
        }
    }

    @Test func instrumentsWithoutTheirFiguresAreRefused() throws {
        #expect(throws: OKXError.self) {
            try ContractSizing(instId: "X", countsContracts: true, unitsPerContract: 0, isInverse: false, settlesInBase: false,
                               lotSize: 1, minimumSize: 1, tickSize: 1)
        }
    }
}

/// The risk figures on the generated account models, against worked examples.
@Suite struct AccountRiskTests {
    @Test func positionAndAccountDistances() throws {
        // A long at mark 65000 with liqPx 58500: the price may fall 6500, i.e. 10 %.
        let body = #"{"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","posId":"1","markPx":"65000","liqPx":"58500"},{"instId":"BTC-USDT-SWAP","posId":"2","markPx":"65000","liqPx":"71500"},{"instId":"X","posId":"3","markPx":"1","liqPx":""}]}"#
        let positions = try OKXDecoder().decodeResponse([API.TradingAccount.GetPositions.Response].self, from: Data(body.utf8))
        #expect(positions[0].priceMoveToLiquidation == -6500 && positions[0].distanceToLiquidation == Decimal(string: "0.1"))
        // A short liquidated at 71500: the price may rise 6500, also 10 %.
        #expect(positions[1].priceMoveToLiquidation == 6500 && positions[1].distanceToLiquidation == Decimal(string: "0.1"))
        #expect(positions[2].priceMoveToLiquidation == nil && positions[2].distanceToLiquidation == nil)
        // mgnRatio 2.5 (250 %): 1.5 above liquidation (100 %), 0.5 inside the margin-call zone (300 %).
        let balance = try OKXDecoder().decodeResponse([API.TradingAccount.GetBalance.Response].self,
                                                      from: Data(#"{"code":"0","msg":"","data":[{"mgnRatio":"2.5"}]}"#.utf8))
        #expect(balance.first?.marginAboveLiquidation == Decimal(string: "1.5"))
        #expect(balance.first?.marginAboveMarginCall == Decimal(string: "-0.5"))
    }
}
