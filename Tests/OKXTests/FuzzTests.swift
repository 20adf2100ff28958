import Foundation
@testable import OKX
@testable import OKXSimulator
import Testing

/// Property: whatever bytes arrive, every decoder either returns a value or throws an
/// `OKXError` — no crash, no other error type, no silent garbage. Seeds are real responses from
/// the simulator; mutations flip, cut, splice and retype them. Bounded by an iteration count so
/// CI time is fixed; `OKX_FUZZ_ITERATIONS` raises it for a longer local run. Inputs that once
/// broke a decoder live in Tests/OKXTests/Corpus and are replayed first.
@Suite struct FuzzTests {
    static let paths = [
        "/api/v5/public/time", "/api/v5/public/instruments?instType=SPOT", "/api/v5/market/ticker?instId=BTC-USDT",
        "/api/v5/market/books?instId=BTC-USDT&sz=20", "/api/v5/market/candles?instId=BTC-USDT&limit=20",
    ]

    /// Decodes `body` as every response type; returns how many decoded.
    static func decodeEverything(_ body: Data, status: Int = 200) -> Int {
        let response = HTTPResponse(status: status, body: body)
        var decoded = 0
        func attempt<T: Decodable>(_: T.Type, batch: Bool = false) {
            do {
                let _: T = try Envelope.decode(response, isBatch: batch, context: nil)
                decoded += 1
            } catch is OKXError {
            } catch {
                Issue.record("non-OKXError \(type(of: error)) for \(T.self) on \(OKXError.excerpt(Array(body)))")
            }
        }
        attempt([API.PublicData.GetSystemTime.Response].self); attempt([API.PublicData.GetInstruments.Response].self)
        attempt([API.MarketData.OrderBook.Response].self); attempt([API.TradingAccount.GetAccountConfiguration.Response].self)
        attempt([API.TradingAccount.GetBalance.Response].self); attempt([API.TradingAccount.GetPositions.Response].self)
        attempt([API.Trade.OrderDetails.Response].self); attempt([API.MarketData.Candlesticks.Response].self)
        attempt([Ticker].self); attempt([Candle].self); attempt([AccountBalance].self); attempt([Position].self)
        attempt([Order].self); attempt([OrderAck].self, batch: true); attempt(JSONValue.self, batch: true)
        return decoded
    }

    static let tokens: [[UInt8]] = [Array("\"\"".utf8), Array("null".utf8), Array("1e999999".utf8), Array("-0".utf8), Array("\"NaN\"".utf8),
                                    Array("[]".utf8), Array("{}".utf8), Array("\"\\u0000\"".utf8), Array("99999999999999999999999".utf8),
                                    Array("\"1e-999999\"".utf8), Array("true".utf8), Array("\"\u{1F600}\"".utf8), Array("\"\\ud83d\\ude00\"".utf8),
                                    Array("\"0.000000000000000000000000000000000001\"".utf8), Array("1.0".utf8), Array("\"-0.50\"".utf8)]

    /// One to four random edits of a random seed: flips, cuts, inserted tokens, retyped values, splices.
    static func mutate(_ seeds: [Data], using rng: inout SplitMix64) -> [UInt8] {
        guard !seeds.isEmpty else { return [] }
        var bytes = Array(seeds[Int.random(in: 0..<seeds.count, using: &rng)])
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &rng)], at: at)
            case 3:
                // Replace a quoted value with another token: numbers-as-strings become "", null, 1e999999…
                if let open = bytes[at...].firstIndex(of: UInt8(ascii: "\"")), let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                    bytes.replaceSubrange(open...close, with: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &rng)])
                }
            case 4: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &rng)))
            default:
                // Splice: this input up to `at`, then another seed from the same offset (clamped
                // to that seed, which may be shorter than this one, or empty).
                let other = Array(seeds[Int.random(in: 0..<seeds.count, using: &rng)])
                bytes = Array(bytes.prefix(at)) + other[min(at, max(other.count - 1, 0))...]
            }
        }
        return bytes
    }

    static func seeds() async throws -> [Data] {
        let sim = try await OKXSimulator.start()
        let transport = try CurlTransport()
        var seeds: [Data] = []
        for path in Self.paths {
            seeds.append(try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + path)).body)
        }
        await transport.shutdown()
        await sim.stop()
        seeds.append(Data(#"{"code":"0","msg":"","data":[{"totalEq":"1","adjEq":"","imr":"","mmr":"","mgnRatio":"","notionalUsd":"","uTime":"1700000000000","details":[{"ccy":"USDT","eq":"1","cashBal":"1","availBal":"1","frozenBal":"0","ordFrozen":"0","availEq":"1","eqUsd":"1","upl":"0","mgnRatio":"","uTime":"1700000000000"}]}]}"#.utf8))
        seeds.append(Data(#"{"code":"2","msg":"","data":[{"ordId":"1","clOrdId":"a","tag":"","ts":"1700000000000","sCode":"0","sMsg":"","subCode":""},{"ordId":"","clOrdId":"b","tag":"","ts":"","sCode":"51008","sMsg":"x","subCode":"1000"}]}"#.utf8))
        return seeds
    }

    @Test func corpusCasesStayHandled() throws {
        let dir = repositoryRoot.appendingPathComponent("Tests/OKXTests/Corpus")
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil).filter { $0.pathExtension == "bin" }
        #expect(files.count >= 10)
        for file in files { _ = Self.decodeEverything(try Data(contentsOf: file)) }
    }

    @Test func seedsDecodeIntoTheirModels() async throws {
        for seed in try await Self.seeds() { #expect(Self.decodeEverything(seed) >= 1) }
    }

    @Test func mutatedResponsesNeverCrash() async throws {
        let seeds = try await Self.seeds()
        let iterations = Int(ProcessInfo.processInfo.environment["OKX_FUZZ_ITERATIONS"] ?? "") ?? 3000
        await onOwnThread {
            var rng = SplitMix64(state: 0x0C0FFEE)
            for _ in 0..<iterations {
                let bytes = Self.mutate(seeds, using: &rng)
                _ = Self.decodeEverything(Data(bytes), status: [200, 200, 200, 429, 502][Int.random(in: 0..<5, using: &rng)])
            }
            // Pure noise, and pathological nesting.
            for _ in 0..<200 {
                _ = Self.decodeEverything(Data((0..<Int.random(in: 0..<512, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }))
            }
            _ = Self.decodeEverything(Data(String(repeating: "[", count: 100_000).utf8))
        }
    }
}
