import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// The generated API (`Sources/OKX/Generated`, from `Data/okx/api-spec.json`) against the
/// docs' own examples, which `scripts/generate-api.py` emits as `generatedAPIExamples`.
@Suite struct GeneratedAPITests {
    @Test func everyDocumentedEndpointIsGenerated() {
        #expect(generatedAPIExamples.count == 380)
        let keys = Set(generatedAPIExamples.map { "\($0.method) \($0.path)" })
        #expect(keys.count == generatedAPIExamples.count)
        let catalog = Set(EndpointSpec.catalog.map { "\($0.method.rawValue) \($0.path)" })
        #expect(keys == catalog)
    }

    /// Every documented response example decodes with its model, and the model encodes back to
    /// the same values: each documented field the example carries comes back equal (decimals by
    /// value, so "0.10" is "0.1"), only `""`/null and undocumented keys are dropped, nothing is
    /// added; and a second decode-encode of that output gives the same bytes.
    @Test func responseExamplesDecodeAndEncodeBackToTheSameValues() throws {
        var checked = 0, skipped: [String] = []
        for example in generatedAPIExamples {
            let name = "\(example.method) \(example.path)"
            guard let response = example.response else {
                skipped.append("\(name): \(example.skipResponse ?? "no example")")
                continue
            }
            do {
                let first = try example.reencode(Data(response.utf8))
                let original = try JSONDecoder().decode(JSONValue.self, from: Data(response.utf8))["data"] ?? .null
                let reencoded = try JSONDecoder().decode(JSONValue.self, from: first)
                var problems: [String] = []
                compareValues(original, reencoded, path: "data", keyPath: "", undocumented: example.undocumented, problems: &problems)
                #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
                let again = try example.reencode(Data(#"{"code":"0","msg":"","data":"#.utf8) + first + Data("}".utf8))
                #expect(again == first, "\(name): a second round trip changed the bytes")
                checked += 1
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
        #expect(checked + skipped.count == generatedAPIExamples.count)
        #expect(checked >= 374)
        print("GeneratedAPI: \(checked) response examples decoded and re-encoded, \(skipped.count) skipped")
    }

    /// What `okx decode METHOD PATH` does, for every endpoint: find the model by method and path
    /// in `API.responseTypes`, decode the docs' example with it and write the model back.
    @Test func everyEndpointIsDecodableByMethodAndPath() throws {
        func roundTrip<T: Codable & Sendable>(_ type: T.Type, _ body: Data) throws -> Data { try reencodeExample(type, body) }
        #expect(API.responseTypes.count == generatedAPIExamples.count)
        var decoded = 0
        for example in generatedAPIExamples {
            let key = "\(example.method) \(example.path)"
            let type = try #require(API.responseTypes[key], "\(key) has no model for okx decode")
            guard let response = example.response else { continue }
            #expect(try roundTrip(type, Data(response.utf8)) == (try example.reencode(Data(response.utf8))), "\(key)")
            decoded += 1
        }
        #expect(decoded >= 378)
    }

    /// The round-trip comparison is strict enough to catch a lost or altered value.
    @Test func theRoundTripComparisonCatchesChanges() throws {
        func problems(_ a: String, _ b: String, undocumented: Set<String> = []) throws -> [String] {
            var found: [String] = []
            compareValues(try JSONDecoder().decode(JSONValue.self, from: Data(a.utf8)), try JSONDecoder().decode(JSONValue.self, from: Data(b.utf8)),
                          path: "data", keyPath: "", undocumented: undocumented, problems: &found)
            return found
        }
        #expect(try problems(#"[{"px":"0.10","ts":"1","ok":"true","e":""}]"#, #"[{"px":"0.1","ts":"1","ok":true}]"#).isEmpty)
        #expect(try problems(#"[{"px":"0.10"}]"#, #"[{"px":"0.11"}]"#).count == 1)
        #expect(try problems(#"[{"px":"1","x":"2"}]"#, #"[{"px":"1"}]"#).count == 1)
        #expect(try problems(#"[{"px":"1","x":"2"}]"#, #"[{"px":"1"}]"#, undocumented: ["x"]).isEmpty)
        #expect(try problems(#"[{"px":"1"}]"#, #"[{"px":"1","y":"3"}]"#).count == 1)
        #expect(try problems(#"[["1","2"]]"#, #"[["1","2",""]]"#).isEmpty)
        #expect(try problems(#"[["1","2"]]"#, #"[["1","3"]]"#).count == 1)
    }

    @Test func requestExamplesEncodeTheDocumentedNames() throws {
        var checked = 0
        for example in generatedAPIExamples {
            guard let request = example.request else { continue }
            let parts: EndpointParts
            do { parts = try request() } catch {
                Issue.record("\(example.method) \(example.path): \(error)")
                continue
            }
            #expect(parts.method == example.method, "\(example.path)")
            #expect(parts.path == example.path)
            if example.method == "GET" {
                #expect(parts.names.count == 1)
                // The query goes out in documented order; the example may list it in another.
                #expect(Set(parts.names.first ?? []) == Set(example.requestNames.first ?? []), "\(example.method) \(example.path)")
            } else {
                #expect(parts.names.map { Set($0) } == example.requestNames.map { Set($0) }, "\(example.method) \(example.path)")
            }
            checked += 1
        }
        #expect(checked > 300)
        print("GeneratedAPI: \(checked) request examples encoded with their documented names")
    }

    @Test func requestsEncodeTheWayOKXExpects() throws {
        let order = API.Trade.PlaceOrder.Request(
            instId: "BTC-USDT", tdMode: "cash", side: "buy", ordType: "limit", sz: try fixtureDecimal("0.01"), px: try fixtureDecimal("25000.5"),
            reduceOnly: false, attachAlgoOrds: [.init(tpTriggerPx: try fixtureDecimal("30000"), tpOrdPx: try fixtureDecimal("-1"))])
        let endpoint = API.Trade.placeOrder(order)
        #expect(endpoint.method == .post)
        #expect(endpoint.path == "/api/v5/trade/order")
        #expect(endpoint.instruments == ["BTC-USDT"])
        let body = String(decoding: endpoint.body ?? [], as: UTF8.self)
        #expect(body == #"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","sz":"0.01","px":"25000.5","reduceOnly":false,"attachAlgoOrds":[{"tpTriggerPx":"30000","tpOrdPx":"-1"}]}"#)

        let history = API.Trade.orderHistoryLast7Days(.init(instType: "SPOT", after: "123", limit: 50))
        #expect(history.requestPath == "/api/v5/trade/orders-history?instType=SPOT&after=123&limit=50")
        #expect(history.auth == .private)
    }

    @Test func responsesFollowOKXConventions() throws {
        let body = #"{"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","ordId":"1","tradeId":"","px":"","sz":"2.5","state":"brand_new","cTime":"1597026383085","extra":"ignored","attachAlgoOrds":""}]}"#
        let orders = try OKXDecoder().decodeResponse([API.Trade.OrderDetails.Response].self, from: Data(body.utf8))
        let order = try #require(orders.first)
        #expect(order.ordId == "1")
        #expect(order.px == nil)
        #expect(order.sz == Decimal(string: "2.5"))
        #expect(order.state?.rawValue == "brand_new")
        #expect(order.cTime == Date(timeIntervalSince1970: 1_597_026_383.085))
        #expect(order.attachAlgoOrds == nil)

        // An identity field is required.
        let noId = #"{"code":"0","msg":"","data":[{"instId":"BTC-USDT"}]}"#
        #expect(throws: (any Error).self) { try OKXDecoder().decodeResponse([API.Trade.OrderDetails.Response].self, from: Data(noId.utf8)) }

        let candles = try OKXDecoder().decodeResponse([API.MarketData.Candlesticks.Response].self,
                                                      from: Data(#"{"code":"0","msg":"","data":[["1597026383085","3.7","3.8","3.6","3.71","10","20","30","1"]]}"#.utf8))
        #expect(candles.first?.c == Decimal(string: "3.71"))
        #expect(candles.first?.confirm?.rawValue == "1")
    }
}

/// What a generated endpoint sends: method, path, and the parameter names (one list per item).
struct EndpointParts: Sendable {
    let method: String
    let path: String
    let names: [[String]]

    init<R: Decodable & Sendable>(_ endpoint: Endpoint<R>) {
        method = endpoint.method.rawValue
        path = endpoint.path
        if let body = endpoint.body {
            let json = try? JSONSerialization.jsonObject(with: Data(body))
            if let items = json as? [[String: Any]] {
                names = items.map { Array($0.keys) }
            } else if let object = json as? [String: Any] {
                names = [Array(object.keys)]
            } else {
                names = [["<body is not a JSON object>"]]
            }
        } else {
            names = [endpoint.query.filter { $0.value != nil }.map(\.name)]
        }
    }
}

/// Decodes an example envelope with the endpoint's model and encodes the model again, keys sorted.
func reencodeExample<T: Codable & Sendable>(_ type: T.Type, _ body: Data) throws -> Data {
    let model = try OKXDecoder().decodeResponse(type, from: body)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(model)
}

/// Records where `reencoded` does not hold the values of `original` (see the round-trip test).
func compareValues(_ original: JSONValue, _ reencoded: JSONValue?, path: String, keyPath: String, undocumented: Set<String>, problems: inout [String]) {
    func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s.isEmpty
        default: return false
        }
    }
    guard let reencoded else {
        if !isEmpty(original) && !undocumented.contains(keyPath) { problems.append("\(path) was dropped") }
        return
    }
    switch (original, reencoded) {
    case (.object(let a), .object(let b)):
        for (key, value) in a {
            let sub = keyPath.isEmpty ? key : "\(keyPath).\(key)"
            compareValues(value, b[key], path: "\(path).\(key)", keyPath: sub, undocumented: undocumented, problems: &problems)
        }
        for key in b.keys where a[key] == nil { problems.append("\(path).\(key) was added") }
    case (.array(let a), .array(let b)):
        for i in 0..<max(a.count, b.count) {
            if i >= a.count {
                if !isEmpty(b[i]) { problems.append("\(path)[\(i)] was added") }
            } else {
                compareValues(a[i], i < b.count ? b[i] : nil, path: "\(path)[\(i)]", keyPath: keyPath, undocumented: undocumented, problems: &problems)
            }
        }
    default:
        if !sameScalar(original, reencoded) { problems.append("\(path): \(original) became \(reencoded)") }
    }
}

/// Whether two JSON scalars carry the same value the way OKX writes them: numbers as strings
/// (compared as decimals), booleans as booleans or "true"/"false".
func sameScalar(_ a: JSONValue, _ b: JSONValue) -> Bool {
    func decimal(_ v: JSONValue) -> Decimal? {
        switch v {
        case .string(let s): return OKXJSON.decimal(s)
        case .number(let n): return n
        default: return nil
        }
    }
    func bool(_ v: JSONValue) -> Bool? {
        switch v {
        case .bool(let b): return b
        case .string("true"): return true
        case .string("false"): return false
        default: return nil
        }
    }
    if a == b { return true }
    if let x = decimal(a), let y = decimal(b) { return x == y }
    if let x = bool(a), let y = bool(b) { return x == y }
    return false
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

func fixtureDecimal(_ text: String) throws -> Decimal {
    guard let value = OKXJSON.decimal(text) else { throw FixtureError(description: "not a decimal: \(text)") }
    return value
}

func fixtureInt(_ text: String) throws -> Int {
    guard let value = Int(text) else { throw FixtureError(description: "not an integer: \(text)") }
    return value
}

func fixtureMs(_ text: String) throws -> Date {
    guard let value = Int64(text) else { throw FixtureError(description: "not epoch milliseconds: \(text)") }
    return Date(timeIntervalSince1970: TimeInterval(value) / 1000)
}

/// Every documented endpoint, called once through the client against the simulator: signed
/// where private, rate-limited, and decoded with its generated model. Endpoints the simulator
/// models answer from its state; the others with the docs' example (see COVERAGE.md).
@Suite struct GeneratedAPICallTests {
    @Test func everyEndpointAnswersThroughTheClient() async throws {
        var key = SimulatedKey.demo
        key.permissions = [.read, .trade, .withdraw]
        try await withSimulator({ $0.keys = [key] }, key: key) { sim, client in
            var failures: [String] = []
            var answered = 0
            for example in generatedAPIExamples {
                do {
                    _ = try await example.call(client)
                    answered += 1
                } catch let error as OKXError where error.code != nil && error.category != .invalidResponse && error.httpStatus != 404 {
                    // A refusal by the simulator's own rules (no balance, no such order) is an answer too.
                    answered += 1
                } catch {
                    failures.append("\(example.method) \(example.path): \(error)")
                }
            }
            #expect(failures.isEmpty, "\(failures.count) endpoints failed:\n\(failures.prefix(20).joined(separator: "\n"))")
            #expect(answered == generatedAPIExamples.count)
            _ = sim
        }
    }
}
