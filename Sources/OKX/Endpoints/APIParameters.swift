import Foundation

/// The namespace of the typed REST API generated from `Data/okx/api-spec.json`: one nested
/// namespace per section of OKX's docs (``API/Trade``, ``API/TradingAccount``, …), one type per
/// endpoint with its `Request` and `Response`, and one static function per endpoint that builds
/// the ``Endpoint`` value for ``OKXClient``.
public enum API {}

/// A generated request's parameters, in the order OKX documents them, as OKX expects them on
/// the wire: numbers and timestamps as strings, booleans as JSON booleans, nil left out.
/// GET requests send them as the query string, POST requests as a JSON object.
public struct APIParameters: Sendable, Hashable {
    /// One parameter value.
    public indirect enum Value: Sendable, Hashable {
        case string(String)
        case bool(Bool)
        case array([Value])
        case object(APIParameters)
    }

    /// The parameters in order; nil values are never stored.
    public private(set) var fields: [(name: String, value: Value)] = []

    /// An empty parameter list.
    public init() {}

    /// Equal when the same names and values appear in the same order.
    public static func == (lhs: APIParameters, rhs: APIParameters) -> Bool {
        lhs.fields.count == rhs.fields.count && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    /// Hashes names and values in order, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// The text value of parameter `name`, if it is one.
    static func string(_ name: String, in parameters: APIParameters) -> String? {
        for field in parameters.fields where field.name == name {
            if case .string(let s) = field.value { return s }
        }
        return nil
    }

    /// The names in order, for tests and diagnostics.
    public var names: [String] { fields.map(\.name) }

    mutating func add(_ name: String, _ value: Value?) {
        if let value { fields.append((name, value)) }
    }

    mutating func add(_ name: String, _ value: String?) { add(name, value.map(Value.string)) }
    mutating func add(_ name: String, _ value: Decimal?) { add(name, value.map { Value.string($0.okxString) }) }
    mutating func add(_ name: String, _ value: Int?) { add(name, value.map { Value.string(String($0)) }) }
    mutating func add(_ name: String, _ value: Date?) { add(name, value.map { Value.string(OKXJSON.milliseconds($0)) }) }
    mutating func add(_ name: String, _ value: Bool?) { add(name, value.map(Value.bool)) }
    mutating func add<E: OKXStringValue>(_ name: String, _ value: E?) { add(name, value.map { Value.string($0.rawValue) }) }
    mutating func add(_ name: String, _ value: [String]?) { add(name, value.map { Value.array($0.map(Value.string)) }) }
    mutating func add(_ name: String, _ value: [Decimal]?) { add(name, value.map { Value.array($0.map { .string($0.okxString) }) }) }
    mutating func add(_ name: String, _ value: [[Decimal]]?) { add(name, value.map { Value.array($0.map { .array($0.map { .string($0.okxString) }) }) }) }
    mutating func add<T: APIRequestFields>(_ name: String, _ value: T?) { add(name, value.map { Value.object($0.parameters) }) }
    mutating func add<T: APIRequestFields>(_ name: String, _ value: [T]?) { add(name, value.map { Value.array($0.map { .object($0.parameters) }) }) }

    /// The parameters as a JSON object, for the WebSocket operations that take the same fields.
    public var jsonObject: [String: JSONValue] {
        func convert(_ value: Value) -> JSONValue {
            switch value {
            case .string(let s): return .string(s)
            case .bool(let b): return .bool(b)
            case .array(let a): return .array(a.map(convert))
            case .object(let o): return .object(o.jsonObject)
            }
        }
        return Dictionary(fields.map { ($0.name, convert($0.value)) }, uniquingKeysWith: { _, last in last })
    }

    /// The query items of a GET: arrays are sent comma-separated, objects as JSON text.
    public var queryItems: [QueryItem] { fields.map { QueryItem($0.name, Self.queryText($0.value)) } }

    /// The JSON object of a POST body, keys in documented order.
    public var json: [UInt8] {
        var out: [UInt8] = []
        Self.write(.object(self), to: &out)
        return out
    }

    static func queryText(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .array(let a): return a.map(queryText).joined(separator: ",")
        case .object: return String(decoding: jsonText(value), as: UTF8.self)
        }
    }

    static func jsonText(_ value: Value) -> [UInt8] {
        var out: [UInt8] = []
        write(value, to: &out)
        return out
    }

    /// A JSON array of objects (the body of OKX's batch endpoints).
    static func json(_ items: [APIParameters]) -> [UInt8] {
        var out: [UInt8] = []
        write(.array(items.map(Value.object)), to: &out)
        return out
    }

    static func write(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .string(let s): writeString(s, to: &out)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (i, element) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            for (i, field) in o.fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(field.name, to: &out)
                out.append(UInt8(ascii: ":"))
                write(field.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A generated request type (or a nested object of one): its parameters in documented order.
public protocol APIRequestFields: Sendable {
    var parameters: APIParameters { get }
}

extension Endpoint {
    /// A generated GET: the request's parameters become the query, in documented order.
    static func apiGet(_ path: String, _ request: some APIRequestFields) -> Endpoint {
        let parameters = request.parameters
        var endpoint = Endpoint(method: .get, path: path, query: parameters.queryItems)
        endpoint.invalid = RequestRules.violation(method: .get, path: path, items: [parameters], isBatch: false)
        return endpoint
    }

    /// A generated POST with one JSON object as its body.
    static func apiPost(_ path: String, _ request: some APIRequestFields) -> Endpoint {
        let parameters = request.parameters
        var endpoint = Endpoint(method: .post, path: path, body: parameters.json, idempotency: Self.idempotency(path, [parameters]),
                                instruments: Self.instruments([parameters]))
        endpoint.invalid = RequestRules.violation(method: .post, path: path, items: [parameters], isBatch: false)
        return endpoint
    }

    /// A generated POST whose body is a JSON array of objects (OKX's batch endpoints).
    static func apiPost(_ path: String, _ requests: [some APIRequestFields]) -> Endpoint {
        let parameters = requests.map(\.parameters)
        var endpoint = Endpoint(method: .post, path: path, body: APIParameters.json(parameters), idempotency: Self.idempotency(path, parameters),
                                isBatch: true, instruments: Self.instruments(parameters))
        endpoint.invalid = RequestRules.violation(method: .post, path: path, items: parameters, isBatch: true)
        return endpoint
    }

    /// Cancels and amendments are idempotent; other POSTs may act twice if repeated.
    static func idempotency(_ path: String, _ items: [APIParameters]) -> Idempotency {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        if last.hasPrefix("cancel") || last.hasPrefix("amend") { return .idempotent }
        return .unsafe(clientOrderID: items.first.flatMap { APIParameters.string("clOrdId", in: $0) })
    }

    static func instruments(_ items: [APIParameters]) -> [String] { items.compactMap { APIParameters.string("instId", in: $0) } }
}

/// An integer as OKX sends it: a string of digits (`"100"`), a JSON number, or `""` for none.
struct IntegerField: Decodable {
    let value: Int?
    init(value: Int?) { self.value = value }
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            if text.isEmpty { value = nil; return }
            guard let parsed = Int(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an integer: \(text.prefix(40))"))
            }
            value = parsed
            return
        }
        value = try c.decode(Int.self)
    }
}

/// A boolean as OKX sends it: `true`/`false`, now and then `"true"`/`"false"`, or `""` for none.
struct BooleanField: Decodable {
    let value: Bool?
    init(value: Bool?) { self.value = value }
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            switch text {
            case "": value = nil
            case "true": value = true
            case "false": value = false
            default: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a boolean: \(text.prefix(40))"))
            }
            return
        }
        value = try c.decode(Bool.self)
    }
}

/// A nested object (or array of objects) that OKX sends as `""` when it has none.
struct NestedField<T: Decodable>: Decodable {
    let value: T?
    init(value: T?) { self.value = value }
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self), text.isEmpty {
            value = nil
            return
        }
        value = try c.decode(T.self)
    }
}

/// A value from an open set that OKX sends as `""` when it has none.
struct EnumField<T: OKXStringValue>: Decodable {
    let value: T?
    init(value: T?) { self.value = value }
    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        value = text.isEmpty ? nil : T(rawValue: text)
    }
}

/// A text field. OKX documents it as a string but now and then sends a bare number or boolean;
/// those are kept as their JSON text rather than failing the whole response.
struct TextField: Decodable {
    let value: String
    init(value: String) { self.value = value }
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) { value = text; return }
        if let flag = try? c.decode(Bool.self) { value = flag ? "true" : "false"; return }
        value = try c.decode(JSONNumberText.self).value.okxString
    }
}

/// The coding key of every generated response model: one type instead of a `CodingKeys` enum
/// per model, which keeps the generated code small to compile.
public struct APIKey: CodingKey, ExpressibleByStringLiteral, Sendable {
    /// The JSON field name.
    public let stringValue: String
    /// A key for the JSON field `stringValue`.
    public init(stringValue: String) { self.stringValue = stringValue }
    /// Lets a key be written as a string literal, e.g. `"instId"`.
    public init(stringLiteral value: String) { stringValue = value }
    /// Always nil: OKX's objects are keyed by name only.
    public var intValue: Int? { nil }
    /// Always nil: OKX's objects are keyed by name only, so integer keys are not supported.
    public init?(intValue: Int) { nil }
}

/// The readers the generated response models use, one per kind of field in the API table.
extension KeyedDecodingContainer where Key == APIKey {
    func apiText(_ key: Key) throws -> String? {
        do { return try decodeIfPresent(String.self, forKey: key) } catch { return try decodeIfPresent(TextField.self, forKey: key)?.value }
    }

    /// An identity field (an id): required, so a response without it fails loudly.
    func apiRequiredText(_ key: Key) throws -> String {
        do { return try decode(String.self, forKey: key) } catch DecodingError.typeMismatch { return try decode(TextField.self, forKey: key).value }
    }

    func apiDecimal(_ key: Key) throws -> Decimal? { try decodeIfPresent(Decimal.self, forKey: key) }
    func apiDate(_ key: Key) throws -> Date? {
        do { return try decodeIfPresent(Date.self, forKey: key) } catch DecodingError.typeMismatch {
            // Now and then a bare JSON number of milliseconds.
            return try decodeIfPresent(Int64.self, forKey: key).map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) }
        }
    }
    func apiInteger(_ key: Key) throws -> Int? { try decodeIfPresent(IntegerField.self, forKey: key)?.value }
    func apiBoolean(_ key: Key) throws -> Bool? { try decodeIfPresent(BooleanField.self, forKey: key)?.value }
    func apiEnum<E: OKXStringValue>(_ key: Key) throws -> E? { try decodeIfPresent(EnumField<E>.self, forKey: key)?.value }
    func apiNested<T: Decodable>(_ key: Key) throws -> T? { try decodeIfPresent(NestedField<T>.self, forKey: key)?.value }
    func apiTexts(_ key: Key) throws -> [String]? { try decodeIfPresent(NestedField<[TextField]>.self, forKey: key)?.value?.map(\.value) }
    func apiDecimals(_ key: Key) throws -> [Decimal]? { try decodeIfPresent(NestedField<[DecimalField]>.self, forKey: key)?.value?.compactMap(\.value) }
    func apiDecimalRows(_ key: Key) throws -> [[Decimal]]? {
        try decodeIfPresent(NestedField<[[DecimalField]]>.self, forKey: key)?.value?.map { $0.compactMap(\.value) }
    }
}

/// The readers for positional rows (candles and other arrays of arrays).
extension UnkeyedDecodingContainer {
    mutating func apiText() throws -> String? { isAtEnd ? nil : try decode(TextField.self).value }
    mutating func apiDecimal() throws -> Decimal? { isAtEnd ? nil : try decode(DecimalField.self).value }
    mutating func apiDate() throws -> Date? { isAtEnd ? nil : try decode(TimestampField.self).value }
    mutating func apiInteger() throws -> Int? { isAtEnd ? nil : try decode(IntegerField.self).value }
    mutating func apiEnum<E: OKXStringValue>() throws -> E? { isAtEnd ? nil : try decode(EnumField<E>.self).value }
}

/// The writers the generated response models use, the inverse of the readers above: a model
/// encodes back to the JSON OKX sent (numbers, integers and times as strings, booleans as
/// booleans, nil left out), so a decoded answer can be stored, compared or replayed.
extension KeyedEncodingContainer where Key == APIKey {
    mutating func apiWriteText(_ value: String?, _ key: Key) throws { try encodeIfPresent(value, forKey: key) }
    mutating func apiWriteDecimal(_ value: Decimal?, _ key: Key) throws { try encodeIfPresent(value?.okxString, forKey: key) }
    mutating func apiWriteInteger(_ value: Int?, _ key: Key) throws { try encodeIfPresent(value.map { String($0) }, forKey: key) }
    mutating func apiWriteDate(_ value: Date?, _ key: Key) throws { try encodeIfPresent(value.map(OKXJSON.milliseconds), forKey: key) }
    mutating func apiWriteBoolean(_ value: Bool?, _ key: Key) throws { try encodeIfPresent(value, forKey: key) }
    mutating func apiWriteEnum<E: OKXStringValue>(_ value: E?, _ key: Key) throws { try encodeIfPresent(value?.rawValue, forKey: key) }
    mutating func apiWriteNested<T: Encodable>(_ value: T?, _ key: Key) throws { try encodeIfPresent(value, forKey: key) }
    mutating func apiWriteTexts(_ value: [String]?, _ key: Key) throws { try encodeIfPresent(value, forKey: key) }
    mutating func apiWriteDecimalRows(_ value: [[Decimal]]?, _ key: Key) throws {
        try encodeIfPresent(value?.map { $0.map(\.okxString) }, forKey: key)
    }
}

/// The writers for positional rows: every position is written, `""` where the row holds nothing.
extension UnkeyedEncodingContainer {
    mutating func apiWriteText(_ value: String?) throws { try encode(value ?? "") }
    mutating func apiWriteDecimal(_ value: Decimal?) throws { try encode(value?.okxString ?? "") }
    mutating func apiWriteInteger(_ value: Int?) throws { try encode(value.map { String($0) } ?? "") }
    mutating func apiWriteDate(_ value: Date?) throws { try encode(value.map(OKXJSON.milliseconds) ?? "") }
    mutating func apiWriteEnum<E: OKXStringValue>(_ value: E?) throws { try encode(value?.rawValue ?? "") }
}
