import Foundation
import OKX

/// Real-shaped payloads: the balance body, a 400-level book, 300 candles, ~1 MB of instruments.
enum DecodePayloads {
    // The generated models the REST calls decode into.
    struct Books: Decodable { let data: [API.MarketData.OrderBook.Response] }
    struct Candles: Decodable { let data: [API.MarketData.Candlesticks.Response] }
    struct Instruments: Decodable { let data: [API.PublicData.GetInstruments.Response] }
    struct Balances: Decodable { let data: [API.TradingAccount.GetBalance.Response] }
    // The hand-written models they replaced for REST (kept for the WebSocket channels), as the
    // same-run baseline of the generated ones.
    struct HandCandles: Decodable { let data: [Candle] }
    struct HandBalances: Decodable { let data: [AccountBalance] }

    /// name, bytes, JSONDecoder into the models, the SDK's decoder into the same models.
    static func make() -> [(String, Data, (Data) throws -> Void, (Data) throws -> Void)] {
        let balance = Data(#"{"code":"0","data":[{"adjEq":"55415.624719833286","details":[{"availBal":"4834.317093622894","availEq":"4834.3170936228935","cashBal":"4850.435693622894","ccy":"USDT","eq":"4992.890093622894","eqUsd":"4991.542013297616","frozenBal":"158.573","mgnRatio":"","ordFrozen":"0","uTime":"1705449605015","upl":"-7.545600000000006"}],"imr":"8.57068529","mgnRatio":"143682.59776662575","mmr":"0.3428274116","notionalUsd":"85.7068529","totalEq":"55837.43556134779","uTime":"1705474164160"}],"msg":""}"#.utf8)
        var levels: [String] = []
        for i in 0..<400 { levels.append(#"["\#(65000 + i).\#(i % 10)","\#(i % 17 + 1).25","0","\#(i % 9 + 1)"]"#) }
        let book = Data(#"{"code":"0","msg":"","data":[{"asks":[\#(levels.joined(separator: ","))],"bids":[\#(levels.joined(separator: ","))],"ts":"1705474164160"}]}"#.utf8)
        var candles: [String] = []
        for i in 0..<300 { candles.append(#"["\#(1_705_474_100_000 - i * 60_000)","65000.1","65010.5","64990.2","65005.7","12.5","812571.25","812571.25","1"]"#) }
        let candleBody = Data(#"{"code":"0","msg":"","data":[\#(candles.joined(separator: ","))]}"#.utf8)
        var instruments: [String] = []
        for i in 0..<2000 {
            instruments.append(#"{"instType":"SPOT","instId":"C\#(i)-USDT","instIdCode":\#(10000 + i),"uly":"","instFamily":"","baseCcy":"C\#(i)","quoteCcy":"USDT","settleCcy":"","ctVal":"","ctMult":"","ctValCcy":"","tickSz":"0.0001","lotSz":"0.01","minSz":"1","maxLmtSz":"1000000","maxMktSz":"100000","lever":"","state":"live","ruleType":"normal","openType":"","listTime":"1606468572000","contTdSwTime":"","auctionEndTime":"","expTime":"","alias":"","category":"1","maxTwapSz":"","maxIcebergSz":"","maxTriggerSz":"","maxStopSz":"","futureSettlement":false}"#)
        }
        let instrumentBody = Data(#"{"code":"0","msg":"","data":[\#(instruments.joined(separator: ","))]}"#.utf8)
        // The body nginx serves for the transport rows (Benchmarks/balance.json), when run from the repository.
        let balanceFile = (try? Data(contentsOf: URL(fileURLWithPath: "Benchmarks/balance.json"))) ?? balance
        return [
            ("balance", balance, { _ = try JSONDecoder().decode(Balances.self, from: $0) }, { _ = try OKXDecoder().decode(Balances.self, from: $0) }),
            ("balance-\(balanceFile.count)", balanceFile, { _ = try JSONDecoder().decode(Balances.self, from: $0) }, { _ = try OKXDecoder().decode(Balances.self, from: $0) }),
            // The same job through the call the client makes on every response: the envelope's
            // code checked and `data` read without a `Codable` wrapper struct around it.
            ("balance-response", balance, { _ = try JSONDecoder().decode(Balances.self, from: $0) },
             { _ = try OKXDecoder().decodeResponse([API.TradingAccount.GetBalance.Response].self, from: $0) }),
            ("balance-\(balanceFile.count)-response", balanceFile, { _ = try JSONDecoder().decode(Balances.self, from: $0) },
             { _ = try OKXDecoder().decodeResponse([API.TradingAccount.GetBalance.Response].self, from: $0) }),
            ("balance-hand", balance, { _ = try JSONDecoder().decode(HandBalances.self, from: $0) }, { _ = try OKXDecoder().decode(HandBalances.self, from: $0) }),
            ("books-400", book, { _ = try JSONDecoder().decode(Books.self, from: $0) }, { _ = try OKXDecoder().decode(Books.self, from: $0) }),
            ("candles-300", candleBody, { _ = try JSONDecoder().decode(Candles.self, from: $0) }, { _ = try OKXDecoder().decode(Candles.self, from: $0) }),
            ("candles-300-hand", candleBody, { _ = try JSONDecoder().decode(HandCandles.self, from: $0) }, { _ = try OKXDecoder().decode(HandCandles.self, from: $0) }),
            ("instruments-\(instrumentBody.count / 1024)KB", instrumentBody, { _ = try JSONDecoder().decode(Instruments.self, from: $0) },
             { _ = try OKXDecoder().decode(Instruments.self, from: $0) }),
        ]
    }
}
