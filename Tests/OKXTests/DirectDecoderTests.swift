import Foundation
@testable import OKX
@testable import OKXSimulator
import Testing

/// The generated direct readers (`init(tape:at:)`, TapeDirect.swift) against the two readings
/// they replace: Foundation's `JSONDecoder` (the oracle: same value, failure exactly where it
/// fails) and the same model's `init(from:)` over the tape (same value and the very same error,
/// path included). Every generated model is checked, from the list the generator writes
/// (GeneratedDirectFixtures.swift) with inputs that fill or empty each field, then on the docs'
/// examples and on mutations of all of them.
@Suite struct DirectDecoderTests {
    struct DataOf<T: Decodable>: Decodable { let data: T }

    /// A decoded model as the JSON it encodes back to (the generated models are not Equatable),
    /// or a failure.
    enum Outcome: Equatable {
        case value(Data)
        case failed(String)

        var failed: Bool { if case .failed = self { return true } else { return false } }
    }

    static func outcome<T: Encodable>(_ body: () throws -> T) -> Outcome {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return .value(try encoder.encode(try body()))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Disagreements of the three readings of `json` as `T`.
    static func disagreements<T: TapeDirect & Codable>(_: T.Type, _ json: Data) -> [String] {
        let oracle = outcome { try JSONDecoder().decode(T.self, from: json) }
        let tape = try? JSONTape(json)
        let codable = outcome { () throws -> T in
            guard let tape else { throw CocoaError(.coderReadCorrupt) }
            return try T(from: TapeDecoder(tape: tape, index: 0))
        }
        let direct = outcome { () throws -> T in
            guard let tape else { throw CocoaError(.coderReadCorrupt) }
            return try T(tape: tape, at: 0)
        }
        var found: [String] = []
        let input = OKXError.excerpt(Array(json))
        if oracle.failed != direct.failed || (!oracle.failed && oracle != direct) {
            found.append("\(T.self): JSONDecoder \(oracle.failed ? "failed" : "decoded"), direct \(direct) on \(input)")
        }
        if codable != direct { found.append("\(T.self): init(from:) over the tape \(codable), direct \(direct) on \(input)") }
        return found
    }

    @Test func everyGeneratedModelHasADirectReader() {
        #expect(generatedDirectModels.count >= 600)
        // Every model the REST calls and channels name is an array of direct readers, so the
        // decoder never falls back to Codable for them.
        let untyped: [Any.Type] = [JSONValue.self, [JSONValue].self, [String].self, [[String]].self]
        for (key, type) in API.responseTypes where !untyped.contains(where: { $0 == type }) {
            #expect(type is any TapeDirect.Type, "\(key)")
        }
        for (name, channel) in Channels.documented { #expect(channel.pushType is any TapeDirect.Type, "\(name)") }
        for (op, type) in Channels.operationReplies { #expect(type is any TapeDirect.Type, "\(op)") }
    }

    @Test func everyModelReadsItsSamplesLikeJSONDecoder() async {
        await onOwnThread {
            var failures: [String] = []
            for model in generatedDirectModels {
                func check<T: TapeDirect & Codable>(_ type: T.Type) {
                    for sample in model.samples { failures += Self.disagreements(type, Data(sample.utf8)) }
                    // The filled sample really decodes (two equal failures would prove nothing).
                    if let filled = model.samples.first, (try? JSONTape(Data(filled.utf8))).flatMap({ try? T(tape: $0, at: 0) }) == nil {
                        failures.append("\(T.self) does not decode its sample")
                    }
                }
                check(model.type)
            }
            #expect(failures == [])
        }
    }

    /// The docs' examples, through the decoder as a client uses it (the direct readers sit
    /// under the arrays of `data`).
    @Test func docsExamplesDecodeLikeJSONDecoder() throws {
        var failures: [String] = []
        func compare<T: Codable & Sendable>(_: T.Type, _ body: Data, _ name: String) {
            let oracle = Self.outcome { try JSONDecoder().decode(DataOf<T>.self, from: body).data }
            let fast = Self.outcome { try OKXDecoder().decode(DataOf<T>.self, from: body).data }
            if oracle != fast { failures.append("\(name): JSONDecoder \(oracle), OKXDecoder \(fast)") }
        }
        var compared = 0
        for example in generatedAPIExamples {
            guard let response = example.response, let type = API.responseTypes["\(example.method) \(example.path)"] else { continue }
            compare(type, Data(response.utf8), "\(example.method) \(example.path)")
            compared += 1
        }
        for example in generatedChannelExamples {
            guard let push = example.push else { continue }
            func pushes<P: Codable & Sendable>(_: P.Type) { compare([P].self, Data(push.utf8), example.names[0]) }
            pushes(example.type.pushType)
            compared += 1
        }
        #expect(failures == [])
        // Every example the tables hold was compared: none skipped for want of a response type.
        let examples = generatedAPIExamples.filter { $0.response != nil }.count + generatedChannelExamples.filter { $0.push != nil }.count
        #expect(compared == examples)
        #expect(compared >= 400)
    }

    /// Flipped, cut, retyped and spliced inputs: the three readings still agree on every model.
    @Test func mutatedInputsDecodeLikeJSONDecoder() async {
        let perModel = Int(ProcessInfo.processInfo.environment["OKX_FUZZ_ITERATIONS"] ?? "").map { max(1, $0 / 100) } ?? 20
        await onOwnThread {
            var rng = SplitMix64(state: 0xD1_5EC7)
            var failures: [String] = []
            for model in generatedDirectModels where failures.count < 10 {
                let seeds = model.samples.map { Data($0.utf8) }
                func check<T: TapeDirect & Codable>(_ type: T.Type) {
                    for _ in 0..<perModel { failures += Self.disagreements(type, Data(FuzzTests.mutate(seeds, using: &rng))) }
                }
                check(model.type)
            }
            #expect(failures == [])
        }
    }

    /// Wrong kinds for every field kind, one field (or row position) at a time, and each field
    /// left out (each row cut short there): the direct reader throws the error `init(from:)`
    /// throws, at the same path.
    @Test func wrongKindsFailLikeCodable() async {
        let replacements = [#"null"#, #"1.5"#, #"-3"#, #"1e2"#, #"true"#, #"[]"#, #"{}"#, #"["x"]"#, #""""#, #""x""#, #""1.2.3""#, #""\u0031""#]
        func json(_ value: JSONValue) -> String { (try? String(decoding: JSONEncoder().encode(value), as: UTF8.self)) ?? "null" }
        await onOwnThread {
            var failures: [String] = []
            for model in generatedDirectModels where failures.count < 10 {
                guard let sample = model.samples.first, let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(sample.utf8)) else {
                    failures.append("\(model.type): its sample is not JSON")
                    continue
                }
                func check<T: TapeDirect & Codable>(_ type: T.Type) {
                    switch parsed {
                    case .object(let members):
                        let sorted = members.sorted { $0.key < $1.key }
                        for key in members.keys.sorted() {
                            for replacement in replacements {
                                let body = sorted.map { "\"\($0.key)\":\($0.key == key ? replacement : json($0.value))" }.joined(separator: ",")
                                failures += Self.disagreements(type, Data(("{" + body + "}").utf8))
                            }
                            // And the key left out.
                            failures += Self.disagreements(type, Data(json(.object(members.filter { $0.key != key })).utf8))
                        }
                    case .array(let items):
                        let encoded = items.map(json)
                        for position in encoded.indices {
                            for replacement in replacements {
                                var row = encoded
                                row[position] = replacement
                                failures += Self.disagreements(type, Data(("[" + row.joined(separator: ",") + "]").utf8))
                            }
                            // And the row cut short before this position.
                            failures += Self.disagreements(type, Data(("[" + encoded[..<position].joined(separator: ",") + "]").utf8))
                        }
                    default:
                        failures.append("\(T.self): its sample is neither an object nor a row")
                    }
                }
                check(model.type)
            }
            #expect(failures == [])
        }
    }
}
