import Foundation
@testable import OKX
@testable import OKXSimulator
import Testing

/// The fast decoder (``TapeDecoder`` over ``JSONTape``) must be indistinguishable from
/// Foundation's `JSONDecoder` running the same `Codable` models: same values where both
/// succeed, and failure exactly where `JSONDecoder` fails. `JSONDecoder` is the oracle.
@Suite struct DecoderEquivalenceTests {
    struct DataOf<T: Decodable>: Decodable { let data: T }

    enum Outcome<T: Equatable>: Equatable {
        case value(T)
        case failed
    }

    static func outcomes<T: Decodable & Equatable>(_: T.Type, _ bytes: Data) -> (oracle: Outcome<T>, fast: Outcome<T>) {
        let oracle = (try? JSONDecoder().decode(DataOf<T>.self, from: bytes)).map { Outcome.value($0.data) } ?? .failed
        let fast = (try? TapeDecoder.decode(DataOf<T>.self, from: bytes)).map { Outcome.value($0.data) } ?? .failed
        return (oracle, fast)
    }

    /// Compares every model on `bytes`; returns a description of each disagreement.
    static func disagreements(_ bytes: Data) -> [String] {
        var found: [String] = []
        func check<T: Decodable & Equatable>(_ type: T.Type) {
            let (oracle, fast) = outcomes(type, bytes)
            if oracle != fast {
                found.append("\(T.self): JSONDecoder \(oracle == .failed ? "failed" : "decoded"), TapeDecoder \(fast == .failed ? "failed" : "decoded")"
                             + (oracle != .failed && fast != .failed ? " a different value" : "") + " on \(OKXError.excerpt(Array(bytes)))")
            }
        }
        // The generated models are compared by what they encode back to (they are not Equatable).
        func checkEncoded<T: Codable>(_ type: T.Type) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let oracle = (try? JSONDecoder().decode(DataOf<T>.self, from: bytes)).flatMap { try? encoder.encode($0.data) }
            let fast = (try? TapeDecoder.decode(DataOf<T>.self, from: bytes)).flatMap { try? encoder.encode($0.data) }
            if oracle != fast {
                found.append("\(T.self): JSONDecoder \(oracle == nil ? "failed" : "decoded"), TapeDecoder \(fast == nil ? "failed" : "decoded")"
                             + (oracle != nil && fast != nil ? " a different value" : "") + " on \(OKXError.excerpt(Array(bytes)))")
            }
        }
        checkEncoded([API.PublicData.GetSystemTime.Response].self); checkEncoded([API.PublicData.GetInstruments.Response].self)
        checkEncoded([API.MarketData.Ticker.Response].self); checkEncoded([API.MarketData.OrderBook.Response].self)
        checkEncoded([API.MarketData.Candlesticks.Response].self); checkEncoded([API.TradingAccount.GetBalance.Response].self)
        checkEncoded([API.TradingAccount.GetPositions.Response].self); checkEncoded([API.TradingAccount.GetAccountConfiguration.Response].self)
        checkEncoded([API.Trade.OrderDetails.Response].self)
        check([Ticker].self); check([Candle].self); check([AccountBalance].self); check([Position].self); check([Order].self)
        check([OrderAck].self); check(JSONValue.self)
        return found
    }

    static var benchmarkPayloads: [Data] {
        var levels: [String] = []
        for i in 0..<400 { levels.append(#"["\#(65000 + i).\#(i % 10)","\#(i % 17 + 1).25","0","\#(i % 9 + 1)"]"#) }
        var candles: [String] = []
        for i in 0..<300 { candles.append(#"["\#(1_705_474_100_000 - i * 60_000)","65000.1","65010.5","64990.2","65005.7","12.5","812571.25","812571.25","1"]"#) }
        return [
            Data(#"{"code":"0","msg":"","data":[{"asks":[\#(levels.joined(separator: ","))],"bids":[\#(levels.joined(separator: ","))],"ts":"1705474164160"}]}"#.utf8),
            Data(#"{"code":"0","msg":"","data":[\#(candles.joined(separator: ","))]}"#.utf8),
            Data(#"{"code":"0","data":[{"adjEq":"55415.624719833286","details":[{"availBal":"4834.317093622894","availEq":"4834.3170936228935","cashBal":"4850.435693622894","ccy":"USDT","eq":"4992.890093622894","eqUsd":"4991.542013297616","frozenBal":"158.573","mgnRatio":"","ordFrozen":"0","uTime":"1705449605015","upl":"-7.545600000000006"}],"imr":"8.57068529","mgnRatio":"143682.59776662575","mmr":"0.3428274116","notionalUsd":"85.7068529","totalEq":"55837.43556134779","uTime":"1705474164160"}],"msg":""}"#.utf8),
        ]
    }

    @Test func realResponsesDecodeIdentically() async throws {
        let seeds = try await FuzzTests.seeds() + Self.benchmarkPayloads
        for seed in seeds {
            #expect(Self.disagreements(seed) == [])
        }
        // And they really decode (an equivalence of two failures would prove nothing).
        for seed in seeds {
            #expect(FuzzTests.decodeEverything(seed) >= 1)
        }
    }

    @Test func corpusDecodesIdentically() throws {
        let dir = repositoryRoot.appendingPathComponent("Tests/OKXTests/Corpus")
        for file in try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) where file.pathExtension == "bin" {
            #expect(Self.disagreements(try Data(contentsOf: file)) == [], "\(file.lastPathComponent)")
        }
    }

    @Test func mutatedResponsesDecodeIdentically() async throws {
        let seeds = try await FuzzTests.seeds() + Self.benchmarkPayloads
        let iterations = Int(ProcessInfo.processInfo.environment["OKX_FUZZ_ITERATIONS"] ?? "") ?? 2000
        await onOwnThread {
            var rng = SplitMix64(state: 0xDEC0DE)
            var failures: [String] = []
            for _ in 0..<iterations where failures.count < 5 {
                failures += Self.disagreements(Data(FuzzTests.mutate(seeds, using: &rng)))
            }
            #expect(failures == [])
        }
    }

    /// JSON grammar corners, each compared as a raw `JSONValue` document.
    @Test(arguments: [
        #"{"data":1}"#, #"{"data":-0}"#, #"{"data":01}"#, #"{"data":1.}"#, #"{"data":.5}"#, #"{"data":1e5}"#, #"{"data":1E+2}"#,
        #"{"data":1e}"#, #"{"data":-}"#, #"{"data":[1,]}"#, #"{"data":[,1]}"#, #"{"data":{"a":1,}}"#, #"{"data":"a\u0041"}"#,
        #"{"data":"\ud83d\ude00"}"#, #"{"data":"\ud83d"}"#, #"{"data":"\ude00"}"#, #"{"data":"\x"}"#, "{\"data\":\"a\tb\"}",
        #"{"data":tru}"#, #"{"data":nulll}"#, #"{"data":null} x"#, #" {"data":true} "#, #"{"data":"é"}"#, #"{"data":[]}"#,
        #"{"data":{}}"#, #"{"data":1,"data":2}"#, #"{"da\u0074a":3}"#, #"{"data":123456789012345678901234567890}"#,
        #"{"data":0.1234567890123456789012345}"#, #"{"data":"\/"}"#, #"[]"#, #""x""#, "",
    ])
    func grammarCornersMatchJSONDecoder(_ text: String) {
        let (oracle, fast) = Self.outcomes(JSONValue.self, Data(text.utf8))
        #expect(oracle == fast, "\(text)")
    }

    @Test func invalidUTF8IsRejectedLikeJSONDecoder() {
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC3, 0xA9]] {
            let document = Data(Array(#"{"data":""#.utf8) + bytes + Array(#""}"#.utf8))
            let (oracle, fast) = Self.outcomes(JSONValue.self, document)
            #expect(oracle == fast, "\(bytes)")
        }
    }

    /// The digits path must give exactly what `Decimal(string:)` gives: equal, same hash, same text.
    @Test func decimalDigitsEqualFoundationsReader() {
        var rng = SplitMix64(state: 42)
        var texts = ["0", "-0", "0.0", "00012", "1.50", "-7.545600000000006", "9999999999999999999", "10000000000000000000",
                     "0.0000000000000000001", "123456789.123456789", "-0.000", "18446744073709551615", "1.", ".5", "-", "1e3", "+1"]
        for _ in 0..<20_000 {
            let whole = (0..<Int.random(in: 0...12, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            let fraction = (0..<Int.random(in: 0...12, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            let sign = Bool.random(using: &rng) ? "-" : ""
            texts.append(sign + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction))
        }
        for text in texts {
            let fast = OKXJSON.decimal(text)
            let exact = OKXJSON.exactDecimal(text)
            #expect(fast == exact, "\(text)")
            if let fast, let exact {
                #expect(fast.hashValue == exact.hashValue && fast.description == exact.description, "\(text)")
            }
        }
    }

    /// An integer written with a fraction or an exponent is read exactly, never through Double.
    @Test func integersWrittenAsDecimalsStayExact() throws {
        struct Holder: Decodable { let data: Int64 }
        #expect(try OKXDecoder().decode(Holder.self, from: Data(#"{"data":9007199254740993.0}"#.utf8)).data == 9_007_199_254_740_993)
        #expect(try OKXDecoder().decode(Holder.self, from: Data(#"{"data":1e3}"#.utf8)).data == 1000)
        #expect(throws: DecodingError.self) { try OKXDecoder().decode(Holder.self, from: Data(#"{"data":1.5}"#.utf8)) }
        #expect(throws: DecodingError.self) { try OKXDecoder().decode(Holder.self, from: Data(#"{"data":1e30}"#.utf8)) }
    }

    @Test func errorsNameThePathOfTheBadValue() throws {
        let body = Data(#"{"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","last":"1.2x"}]}"#.utf8)
        #expect {
            let _: [Ticker] = try Envelope.decode(HTTPResponse(status: 200, body: body), isBatch: false, context: nil)
        } throws: { error in
            let message = "\(error)"
            return message.contains("data[0].last") && message.contains("1.2x")
        }
    }
}
