package import Foundation

/// A `Decoder` over a ``JSONTape``: the models stay plain `Codable`, and decoding costs one
/// pass to index the bytes plus one look at each value a model asks for.
///
/// What makes it several times faster than `JSONDecoder` on OKX's payloads (Benchmarks/):
/// no intermediate tree of `Any` or enum values, containers that are two words (the tape and
/// an index), coding paths computed only when an error needs one, and OKX's decimal and
/// timestamp strings read from their digits (``DecimalField``, ``TimestampField``). Results
/// are checked equal to `JSONDecoder`'s on the same bytes by the test suite, fuzzing included.
package struct TapeDecoder: Decoder {
    let tape: JSONTape
    let index: Int32

    package init(tape: JSONTape, index: Int32) {
        self.tape = tape
        self.index = index
    }

    /// Decodes `type` from a whole document.
    package static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let tape: JSONTape
        do {
            tape = try JSONTape(data)
        } catch let error as JSONTape.SyntaxError {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON: \(error)", underlyingError: error))
        }
        return try TapeDecoder(tape: tape, index: 0).decodeValue(type, at: 0)
    }

    package var codingPath: [any CodingKey] { tape.path(to: index) }
    package var userInfo: [CodingUserInfoKey: Any] { [:] }

    package func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let token = tape.token(index)
        guard token.kind == .object else { throw mismatch([String: Any].self, at: index) }
        // Foundation checks an object's keys when it opens the object, not before: a bad key in
        // an object no model opens does not fail the response.
        var key = index + 1
        while key < token.next {
            if tape.token(key).kind == .escapedString {
                do { _ = try tape.string(at: key) } catch { throw corrupted("\(error)", at: index) }
            }
            key = tape.token(key + 1).next
        }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(tape: tape, object: index))
    }

    package func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let token = tape.token(index)
        guard token.kind == .array else { throw mismatch([Any].self, at: index) }
        return TapeUnkeyedContainer(tape: tape, array: index)
    }

    package func singleValueContainer() throws -> any SingleValueDecodingContainer { TapeSingleValueContainer(decoder: self) }

    // MARK: Values

    package func mismatch(_ type: Any.Type, at index: Int32) -> DecodingError {
        let found: String
        switch tape.token(index).kind {
        case .object: found = "a dictionary"
        case .array: found = "an array"
        case .string, .escapedString: found = "a string"
        case .number: found = "a number"
        case .true, .false: found = "bool"
        case .null: found = "null"
        }
        let path = tape.path(to: index)
        if tape.token(index).kind == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    func corrupted(_ reason: String, at index: Int32) -> DecodingError {
        .dataCorrupted(.init(codingPath: tape.path(to: index), debugDescription: reason))
    }

    package func decodeString(at index: Int32) throws -> String {
        let kind = tape.token(index).kind
        guard kind == .string || kind == .escapedString else { throw mismatch(String.self, at: index) }
        do { return try tape.string(at: index) } catch { throw corrupted("\(error)", at: index) }
    }

    func decodeBool(at index: Int32) throws -> Bool {
        switch tape.token(index).kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: index)
        }
    }

    /// Numbers are only delimited by the tape; their grammar is checked here, on first use.
    func checkNumber(_ type: Any.Type, at index: Int32) throws {
        guard tape.token(index).kind == .number else { throw mismatch(type, at: index) }
        guard tape.withBytes(of: index, { JSONTape.isValidNumber($0) }) else { throw corrupted("Invalid number \(tape.text(at: index).prefix(40)).", at: index) }
    }

    package func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, at index: Int32) throws -> T {
        try checkNumber(type, at: index)
        let parsed: T? = tape.withBytes(of: index) { Self.integer($0, allowPlus: false) }  // nil: a fraction or an exponent
        if let parsed { return parsed }
        // "1.0" and "1e2" are integers too, for Foundation; anything else is not representable.
        // Through Decimal, not Double: 9007199254740993.0 must not become ...992.
        let text = tape.text(at: index)
        if var exact = OKXJSON.exactDecimal(text) {
            var whole = Decimal()
            NSDecimalRound(&whole, &exact, 0, .plain)
            if whole == exact, let value = T(NSDecimalNumber(decimal: whole).description(withLocale: Locale(identifier: "en_US_POSIX"))) { return value }
        }
        throw corrupted("Number \(text) is not representable in Swift.", at: index)
    }

    /// ``decodeInteger(_:at:)`` for `Int64`, specialized here. Readers in other modules
    /// (OKXStreams' book messages) call this one: the generic version, called across the module
    /// boundary, runs unspecialized and cost ~3,000 instructions per number in the book replay's
    /// profile (witness calls and metadata lookups for `T`), against ~100 for the digits.
    package func decodeInt64(at index: Int32) throws -> Int64 {
        try decodeInteger(Int64.self, at: index)
    }

    /// A string token as `Int(String)` reads it (sign, digits), nil when it reads none, without
    /// building the string; fails as ``decodeString(at:)`` does on anything but a string. For
    /// counts sent as strings in hot positions (a book level's order count).
    package func decodeStringAsInt(at index: Int32) throws -> Int? {
        guard tape.token(index).kind == .string else { return Int(try decodeString(at: index)) }
        return tape.withBytes(of: index) { Self.integer($0, allowPlus: true) }
    }

    /// `[-]digits` (and `+digits` when `allowPlus`) as `T`, nil on anything else or overflow.
    static func integer<T: FixedWidthInteger>(_ bytes: UnsafeBufferPointer<UInt8>, allowPlus: Bool) -> T? {
        var i = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || (allowPlus && first == UInt8(ascii: "+")) {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        guard i < bytes.count else { return nil }
        var value: T = 0
        while i < bytes.count {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(T(digit)) : times.addingReportingOverflow(T(digit))
            if o1 || o2 { return nil }
            value = next
            i += 1
        }
        return value
    }

    func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, at index: Int32) throws -> T {
        try checkNumber(type, at: index)
        let text = tape.text(at: index)
        guard let value = T(text), value.isFinite else { throw corrupted("Number \(text) is not representable in Swift.", at: index) }
        return value
    }

    func decodeNumberAsDecimal(at index: Int32) throws -> Decimal {
        try checkNumber(Decimal.self, at: index)
        if let fast = tape.withBytes(of: index, { DecimalDigits.parse($0) }) { return fast }
        let text = tape.text(at: index)
        guard let value = OKXJSON.exactDecimal(text) else { throw corrupted("Number \(text) is not representable in Swift.", at: index) }
        return value
    }

    /// The OKX field types get their fast readers; everything else decodes itself through this
    /// decoder. The type checks compare metadata pointers, which is all they cost.
    func decodeValue<T: Decodable>(_ type: T.Type, at index: Int32) throws -> T {
        if T.self == DecimalField.self { return unsafeBitCast(try decimalField(at: index), to: T.self) }
        if T.self == TimestampField.self { return unsafeBitCast(try timestampField(at: index), to: T.self) }
        if T.self == String.self { return unsafeBitCast(try decodeString(at: index), to: T.self) }
        if T.self == Decimal.self { return unsafeBitCast(try decodeNumberAsDecimal(at: index), to: T.self) }
        if T.self == JSONValue.self { return unsafeBitCast(try jsonValue(at: index), to: T.self) }
        if T.self == IntegerField.self { return unsafeBitCast(try integerField(at: index), to: T.self) }
        if T.self == BooleanField.self { return unsafeBitCast(try booleanField(at: index), to: T.self) }
        if T.self == TextField.self { return unsafeBitCast(try textField(at: index), to: T.self) }
        // The generated models (and arrays of them) read themselves from the tape.
        if let direct = T.self as? any TapeDirect.Type { return try Self.readDirect(direct, as: type, tape: tape, at: index) }
        // The generic wrappers of the generated models (`""` for none, open value sets): read
        // from the token's kind instead of trying a string first and catching the failure.
        if let wrapper = T.self as? any TapeReadable.Type, let value = try wrapper.read(from: self, at: index) as? T { return value }
        return try T(from: TapeDecoder(tape: tape, index: index))
    }

    /// Opens the existential so the value is built in place, not boxed; `D` is `T`.
    private static func readDirect<D: TapeDirect, T: Decodable>(_: D.Type, as _: T.Type, tape: JSONTape, at index: Int32) throws -> T {
        if let same = try D(tape: tape, at: index) as? T { return same }
        return try T(from: TapeDecoder(tape: tape, index: index))
    }

    func isEmptyString(at index: Int32) -> Bool {
        let token = tape.token(index)
        return token.kind == .string && token.start == token.end
    }

    func integerField(at index: Int32) throws -> IntegerField {
        let token = tape.token(index)
        switch token.kind {
        case .string, .escapedString:
            if token.start == token.end { return IntegerField(value: nil) }
            if let fast: Int = tape.withBytes(of: index, { Self.integer($0, allowPlus: true) }) { return IntegerField(value: fast) }
            let text = try decodeString(at: index)
            guard let parsed = Int(text) else { throw corrupted("not an integer: \(text.prefix(40))", at: index) }
            return IntegerField(value: parsed)
        case .number:
            return IntegerField(value: try Int(from: TapeDecoder(tape: tape, index: index)))
        default:
            throw mismatch(Int.self, at: index)
        }
    }

    func booleanField(at index: Int32) throws -> BooleanField {
        switch tape.token(index).kind {
        case .true: return BooleanField(value: true)
        case .false: return BooleanField(value: false)
        case .string, .escapedString:
            switch try decodeString(at: index) {
            case "": return BooleanField(value: nil)
            case "true": return BooleanField(value: true)
            case "false": return BooleanField(value: false)
            case let text: throw corrupted("not a boolean: \(text.prefix(40))", at: index)
            }
        default:
            throw mismatch(Bool.self, at: index)
        }
    }

    func textField(at index: Int32) throws -> TextField {
        switch tape.token(index).kind {
        case .string, .escapedString: return TextField(value: try decodeString(at: index))
        case .true: return TextField(value: "true")
        case .false: return TextField(value: "false")
        case .number: return TextField(value: try decodeNumberAsDecimal(at: index).okxString)
        default: throw mismatch(String.self, at: index)
        }
    }

    func decimalField(at index: Int32) throws -> DecimalField {
        let token = tape.token(index)
        switch token.kind {
        case .string:
            if token.start == token.end { return DecimalField(value: nil) }
            if let fast = tape.withBytes(of: index, { DecimalDigits.parse($0) }) { return DecimalField(value: fast) }
            let text = tape.text(at: index)
            guard let value = OKXJSON.exactDecimal(text) else { throw DecimalField.notADecimal(text, tape.path(to: index)) }
            return DecimalField(value: value)
        case .escapedString:
            let text = try decodeString(at: index)
            if text.isEmpty { return DecimalField(value: nil) }
            guard let value = OKXJSON.decimal(text) else { throw DecimalField.notADecimal(text, tape.path(to: index)) }
            return DecimalField(value: value)
        case .number:
            return DecimalField(value: try decodeNumberAsDecimal(at: index))
        default:
            throw mismatch(Decimal.self, at: index)
        }
    }

    func timestampField(at index: Int32) throws -> TimestampField {
        let token = tape.token(index)
        guard token.kind == .string || token.kind == .escapedString else { throw mismatch(String.self, at: index) }
        if token.start == token.end { return TimestampField(value: nil) }
        // What Int64(String) accepts: an optional sign, then only digits.
        let milliseconds: Int64? = tape.withBytes(of: index) { Self.integer($0, allowPlus: true) }
        if let milliseconds { return TimestampField(value: Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)) }
        let text = try decodeString(at: index)
        guard let date = OKXJSON.date(milliseconds: text) else { throw TimestampField.notMilliseconds(text, tape.path(to: index)) }
        return TimestampField(value: date)
    }

    func jsonValue(at index: Int32) throws -> JSONValue {
        let token = tape.token(index)
        switch token.kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .string, .escapedString: return .string(try decodeString(at: index))
        case .number: return .number(try decodeNumberAsDecimal(at: index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(token.end))
            var child = index + 1
            while child < token.next {
                elements.append(try jsonValue(at: child))
                child = tape.token(child).next
            }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(Int(token.end))
            // The first of duplicate keys wins, as in Foundation.
            for (key, value) in try tape.members(of: index) where members[key] == nil { members[key] = try jsonValue(at: value) }
            return .object(members)
        }
    }
}

struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: JSONTape
    let object: Int32

    var decoder: TapeDecoder { TapeDecoder(tape: tape, index: object) }
    var codingPath: [any CodingKey] { tape.path(to: object) }

    var allKeys: [Key] { ((try? tape.members(of: object)) ?? []).compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { tape.member(key.stringValue, in: object) != nil }

    @inline(__always) private func value(_ key: Key) throws -> Int32 {
        guard let index = tape.member(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.token(try value(key)).kind == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.decodeBool(at: try value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.decodeString(at: try value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.decodeFloatingPoint(type, at: try value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.decodeFloatingPoint(type, at: try value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.decodeInteger(type, at: try value(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decodeValue(type, at: try value(key)) }

    // One lookup instead of the default's three (contains, decodeNil, decode).
    @inline(__always) private func present(_ key: Key) -> Int32? {
        guard let index = tape.member(key.stringValue, in: object), tape.token(index).kind != .null else { return nil }
        return index
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map { try decoder.decodeString(at: $0) } }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map { try decoder.decodeBool(at: $0) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try decoder.decodeInteger(type, at: $0) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try decoder.decodeInteger(type, at: $0) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key).map { try decoder.decodeValue(type, at: $0) } }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(tape: tape, index: try value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(tape: tape, index: try value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { TapeDecoder(tape: tape, index: try value(key)) }
}

struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let tape: JSONTape
    let array: Int32
    let end: Int32
    let count: Int?
    private(set) var currentIndex = 0
    private var cursor: Int32

    init(tape: JSONTape, array: Int32) {
        self.tape = tape
        self.array = array
        let token = tape.token(array)
        end = token.next
        count = Int(token.end)
        cursor = array + 1
    }

    var isAtEnd: Bool { cursor >= end }
    var codingPath: [any CodingKey] { tape.path(to: array) }
    private var decoder: TapeDecoder { TapeDecoder(tape: tape, index: array) }

    /// The next element's token, advancing past it only after `body` succeeded (as Foundation does).
    @inline(__always) private mutating func next<T>(_ type: Any.Type, _ body: (Int32) throws -> T) throws -> T {
        guard cursor < end else {
            var path = codingPath
            path.append(TapeKey(intValue: currentIndex))
            throw DecodingError.valueNotFound(type, .init(codingPath: path, debugDescription: "Unkeyed container is at end."))
        }
        let value = try body(cursor)
        cursor = tape.token(cursor).next
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard cursor < end else { throw DecodingError.valueNotFound(Any?.self, .init(codingPath: codingPath, debugDescription: "Unkeyed container is at end.")) }
        guard tape.token(cursor).kind == .null else { return false }
        cursor = tape.token(cursor).next
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { let d = decoder; return try next(type) { try d.decodeBool(at: $0) } }
    mutating func decode(_ type: String.Type) throws -> String { let d = decoder; return try next(type) { try d.decodeString(at: $0) } }
    mutating func decode(_ type: Double.Type) throws -> Double { let d = decoder; return try next(type) { try d.decodeFloatingPoint(type, at: $0) } }
    mutating func decode(_ type: Float.Type) throws -> Float { let d = decoder; return try next(type) { try d.decodeFloatingPoint(type, at: $0) } }
    mutating func decode(_ type: Int.Type) throws -> Int { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let d = decoder; return try next(type) { try d.decodeInteger(type, at: $0) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { let d = decoder; return try next(type) { try d.decodeValue(type, at: $0) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let t = tape
        return try next(type) { try TapeDecoder(tape: t, index: $0).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let t = tape
        return try next([Any].self) { try TapeDecoder(tape: t, index: $0).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        let t = tape
        return try next((any Decoder).self) { TapeDecoder(tape: t, index: $0) }
    }
}

struct TapeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: TapeDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }
    private var index: Int32 { decoder.index }

    func decodeNil() -> Bool { decoder.tape.token(index).kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool(at: index) }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeFloatingPoint(type, at: index) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.decodeFloatingPoint(type, at: index) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.decodeInteger(type, at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.decodeInteger(type, at: index) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type, at: index) }
}

extension JSONTape {
    /// Decodes the whole document as `type`: for callers that parse once and decode the same
    /// message more than once (the streams read a message's head, then its payload).
    package func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TapeDecoder(tape: self, index: 0).decodeValue(type, at: 0)
    }
}

/// A field wrapper that reads itself from the tape directly (see `TapeDecoder.decodeValue`).
protocol TapeReadable {
    static func read(from decoder: TapeDecoder, at index: Int32) throws -> Self
}

extension NestedField: TapeReadable {
    static func read(from decoder: TapeDecoder, at index: Int32) throws -> NestedField {
        if decoder.isEmptyString(at: index) { return NestedField(value: nil) }
        return NestedField(value: try decoder.decodeValue(T.self, at: index))
    }
}

extension EnumField: TapeReadable {
    static func read(from decoder: TapeDecoder, at index: Int32) throws -> EnumField {
        let text = try decoder.decodeString(at: index)
        return EnumField(value: text.isEmpty ? nil : T(rawValue: text))
    }
}
