import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// The generated API (`Sources/OKX/Generated`, from `Data/okx/api-spec.json`) against the
/// docs' own examples, which `scripts/generate-api.py` emits as `generatedAPIExamples`.
@Suite struct GeneratedAPITests {
    @Test func everyDocumentedEndpointIsGenerated() {
        #expect(generatedAPIExamples.count == 379)
        let keys = Set(generatedAPIExamples.map { "\($0.method) \($0.path)" })
        #expect(keys.count == generatedAPIExamples.count)
        let catalog = Set(EndpointSpec.catalog.map { "\($0.method.rawValue) \($0.path)" })
        #expect(keys == catalog)
    }

    @Test func responseExamplesDecode() {
        var decoded = 0, skipped: [String] = []
        for example in generatedAPIExamples {
            guard let response = example.response else {
                skipped.append("\(example.method) \(example.path): \(example.skipResponse ?? "no example")")
                continue
            }
            do {
                _ = try example.decode(Data(response.utf8))
                decoded += 1
            } catch {
                Issue.record("\(example.method) \(example.path): \(error)")
            }
        }
        #expect(decoded + skipped.count == generatedAPIExamples.count)
        print("GeneratedAPI: \(decoded) response examples decoded, \(skipped.count) skipped")
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
                guard let call = example.call else { continue }
                do {
                    _ = try await call(client)
                    answered += 1
                } catch let error as OKXError where error.code != nil && error.category != .invalidResponse && error.httpStatus != 404 {
                    // A refusal by the simulator's own rules (no balance, no such order) is an answer too.
                    answered += 1
                } catch {
                    failures.append("\(example.method) \(example.path): \(error)")
                }
            }
            #expect(failures.isEmpty, "\(failures.count) endpoints failed:\n\(failures.prefix(20).joined(separator: "\n"))")
            #expect(answered == generatedAPIExamples.filter { $0.call != nil }.count)
            #expect(answered >= 360, "endpoints without a usable example or all-optional parameters are the only ones not called")
            _ = sim
        }
    }
}
