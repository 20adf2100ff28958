import Foundation
@testable import OKX
import Testing

/// The generated channel models (`Channels.*`) against the table they come from: every
/// documented push example decodes with its channel's model and encodes back to the same values,
/// and every channel name of every family finds its model.
@Suite struct ChannelModelTests {
    /// Same comparison as the REST examples: values equal the way OKX writes them, only `""`/null
    /// and undocumented keys dropped, nothing added; a second round trip gives the same bytes.
    @Test func pushExamplesDecodeAndEncodeBackToTheSameValues() throws {
        var checked = 0, skipped: [String] = []
        for example in generatedChannelExamples {
            let name = example.names[0]
            guard let push = example.push else {
                skipped.append("\(name): \(example.skip ?? "no example")")
                continue
            }
            do {
                let first = try reencodePush(example.type.pushType, Data(push.utf8))
                let original = try JSONDecoder().decode(JSONValue.self, from: Data(push.utf8))
                let reencoded = try JSONDecoder().decode(JSONValue.self, from: first)
                var problems: [String] = []
                compareValues(original, reencoded, path: "", keyPath: "", undocumented: example.undocumented, problems: &problems)
                #expect(problems.isEmpty, "\(name): \(problems.prefix(5).joined(separator: "; "))")
                let again = try reencodePush(example.type.pushType, first)
                #expect(again == first, "\(name): a second round trip changed the bytes")
                checked += 1
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
        // 51 channels; the table has no push example for liquidation-orders.
        #expect(checked == generatedChannelExamples.count - skipped.count)
        #expect(checked >= 50, "skipped: \(skipped)")
    }

    @Test func operationRepliesDecodeAndEncodeBackToTheSameValues() throws {
        #expect(generatedOperationExamples.count == 11)
        for (op, reply, example) in generatedOperationExamples {
            #expect(Channels.operationReplies[op].map(ObjectIdentifier.init) == ObjectIdentifier(reply), "\(op)")
            let text = try #require(example, "\(op) has a reply example")
            let first = try reencodePush(reply, Data(text.utf8))
            var problems: [String] = []
            compareValues(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), try JSONDecoder().decode(JSONValue.self, from: first),
                          path: "", keyPath: "", undocumented: [], problems: &problems)
            #expect(problems.isEmpty, "\(op): \(problems.prefix(5).joined(separator: "; "))")
        }
        let amend = Channels.Operations.AmendOrder.Arguments(instIdCode: 10459, ordId: "2510789768709120", newPx: Decimal(string: "2.5"))
        #expect(amend.parameters.names == ["instIdCode", "ordId", "newPx"])
    }

    @Test func everyNameOfEveryFamilyFindsItsModel() {
        var names = 0
        for example in generatedChannelExamples {
            for name in example.names {
                let model = Channels.model(forChannel: name)
                #expect(model.map(ObjectIdentifier.init) == ObjectIdentifier(example.type.pushType), "\(name)")
                #expect(Channels.documented[name].map(ObjectIdentifier.init) == ObjectIdentifier(example.type), "\(name)")
                names += 1
            }
        }
        #expect(Channels.documented.count == names, "no name belongs to two channels")
        #expect(generatedChannelExamples.count == 51)
        for name in ["candle1H", "candle1Dutc", "books50-l2-tbt", "bbo-tbt", "mark-price-candle3M", "index-candle2H", "sprd-books-l2-tbt"] {
            #expect(Channels.model(forChannel: name) != nil, "\(name)")
        }
        #expect(Channels.model(forChannel: "candle") == nil)
        #expect(Channels.model(forChannel: "mark_price") == nil)
    }

    @Test func argumentsBecomeTheSubscriptionArgument() {
        #expect(Channels.MarkPrice.Arguments(instId: "BTC-USDT-SWAP").argument == ["channel": "mark-price", "instId": "BTC-USDT-SWAP"])
        #expect(Channels.Candles.Arguments(channel: .candle1H, instId: "BTC-USDT").argument == ["channel": "candle1H", "instId": "BTC-USDT"])
        #expect(Channels.Orders.Arguments(instType: .swap, instId: "BTC-USDT-SWAP").argument
            == ["channel": "orders", "instType": "SWAP", "instId": "BTC-USDT-SWAP"])
        #expect(Channels.Orders.urlKind == .private && Channels.Orders.needsLogin)
        #expect(Channels.Candles.urlKind == .business && !Channels.Candles.needsLogin)
        #expect(Channels.AlgoAdvance.needsLogin, "a business channel whose push names the account's uid")
        #expect(!Channels.Books.needsLogin("books5") && Channels.Books.needsLogin("books50-l2-tbt"), "tick-by-tick books need login")
    }

    @Test func aPushThatDoesNotFitNamesItsPath() throws {
        let frame = #"{"arg":{"channel":"mark-price","instId":"BTC-USDT"},"data":[{"instId":"BTC-USDT","markPx":"abc","ts":"1"}]}"#
        do {
            _ = try OKXDecoder().decodePush(Channels.MarkPrice.Push.self, from: Data(frame.utf8))
            Issue.record("decoded a push with a non-decimal markPx")
        } catch let error as OKXError {
            #expect(error.category == .invalidResponse)
            #expect(error.message.contains("data[0].markPx"), "\(error.message)")
        }
        let candle = #"{"arg":{"channel":"candle1m","instId":"BTC-USDT"},"data":[["1597026383085","1","2","0.5","1.5","10","1","1","0"]]}"#
        let push = try OKXDecoder().decodePush(Channels.Candles.Push.self, from: Data(candle.utf8))
        #expect(push.data.first?.c == Decimal(string: "1.5"))
        #expect(push.data.first?.confirm == "0")
        #expect(push.arg?["channel"] == .string("candle1m"))
    }
}

/// Decodes a whole push frame with the item model and encodes the frame again, keys sorted.
func reencodePush<T: Codable & Sendable>(_ type: T.Type, _ body: Data) throws -> Data {
    let push = try OKXDecoder().decodePush(type, from: body)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(push)
}
