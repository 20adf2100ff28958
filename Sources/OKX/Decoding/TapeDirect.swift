import Foundation

/// A model that reads itself straight from a ``JSONTape``. The generator gives every response
/// model one (scripts/generate-api.py), next to its `init(from:)`: through `Codable` each field
/// costs a container, a key lookup that walks the object and a generic metadata lookup, which
/// made those, not the bytes, most of a decode. ``TapeDecoder/decodeValue(_:at:)`` takes this
/// path when the type has it; `Codable` stays for other decoders.
///
/// The contract is the `init(from:)` beside it, error for error: the readers below are the
/// `api…` readers of `KeyedDecodingContainer<APIKey>` spelled out over the tape, and
/// DirectDecoderTests compares both paths on every model.
package protocol TapeDirect {
    init(tape: JSONTape, at index: Int32) throws
}

extension Array: TapeDirect where Element: TapeDirect {
    package init(tape: JSONTape, at index: Int32) throws {
        let token = tape.token(index)
        guard token.kind == .array else { throw TapeDecoder(tape: tape, index: index).mismatch([Any].self, at: index) }
        var result: [Element] = []
        result.reserveCapacity(Int(token.end))
        var child = index + 1
        while child < token.next {
            result.append(try Element(tape: tape, at: child))
            child = tape.token(child).next
        }
        self = result
    }
}

/// FNV-1a over a key's bytes. The generator switches on the same hash of each field name
/// (its `key_hash`), so finding a member's field costs one pass over the key and a jump.
@inline(__always) func tapeKeyHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
}

/// One pass over an object's members for a generated reader: it switches on ``next()``'s hash,
/// confirms the name with ``isKey(_:)``, and keeps the first value of each field (duplicate
/// keys: the first wins, as in Foundation).
package struct TapeObject {
    let tape: JSONTape
    let object: Int32
    private let end: Int32
    private var cursor: Int32
    /// The current member's key token and value token.
    private(set) var key: Int32 = 0
    package private(set) var value: Int32 = 0
    /// The current key unescaped, when it was written with escapes (rare).
    private var unescaped: String?

    /// Fails as `container(keyedBy:)` does on anything but an object.
    @inline(__always) package init(_ tape: JSONTape, _ object: Int32) throws {
        let token = tape.token(object)
        guard token.kind == .object else { throw TapeDecoder(tape: tape, index: object).mismatch([String: Any].self, at: object) }
        self.tape = tape
        self.object = object
        end = token.next
        cursor = object + 1
    }

    package var decoder: TapeDecoder { TapeDecoder(tape: tape, index: object) }

    /// The hash of the next member's key, or nil after the last one. A key with a bad escape
    /// fails here, before any field is read, as it fails when `Codable` opens the object.
    @inline(__always) mutating func next() throws -> UInt64? {
        guard try advance() else { return nil }
        if var text = unescaped { return text.withUTF8 { tapeKeyHash($0) } }
        return tape.withBytes(of: key) { tapeKeyHash($0) }
    }

    /// To the next member, without hashing its key (for readers of two or three keys that
    /// compare names directly); false after the last one.
    @inline(__always) package mutating func advance() throws -> Bool {
        guard cursor < end else { return false }
        key = cursor
        value = cursor + 1
        cursor = tape.token(value).next
        if tape.token(key).kind == .string {
            unescaped = nil
        } else {
            do { unescaped = try tape.string(at: key) } catch { throw decoder.corrupted("\(error)", at: object) }
        }
        return true
    }

    @inline(__always) package func isKey(_ name: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        if let unescaped { return unescaped.utf8.elementsEqual(wanted) }
        return tape.withBytes(of: key) { have in
            guard have.count == wanted.count else { return false }
            guard let a = have.baseAddress, let b = wanted.baseAddress else { return wanted.isEmpty }
            return memcmp(a, b, wanted.count) == 0
        }
    }
}

/// The field readers of generated models, by value token (-1: the key is absent). Each one is
/// the `api…` reader of the same name in APIParameters.swift, with the same results and errors.
extension TapeDecoder {
    @inline(__always) private func present(_ v: Int32) -> Bool { v >= 0 && tape.token(v).kind != .null }

    func directText(_ v: Int32) throws -> String? {
        guard present(v) else { return nil }
        let kind = tape.token(v).kind
        if kind == .string || kind == .escapedString { return try decodeString(at: v) }
        return try textField(at: v).value
    }

    func directRequiredText(_ v: Int32, _ name: String) throws -> String {
        guard v >= 0 else {
            let key = APIKey(stringValue: name)
            throw DecodingError.keyNotFound(key, .init(codingPath: tape.path(to: index), debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        switch tape.token(v).kind {
        case .string, .escapedString: return try decodeString(at: v)
        case .null: throw mismatch(String.self, at: v)
        default: return try textField(at: v).value
        }
    }

    func directDecimal(_ v: Int32) throws -> Decimal? {
        guard present(v) else { return nil }
        return try decimalField(at: v).value
    }

    func directDate(_ v: Int32) throws -> Date? {
        guard present(v) else { return nil }
        let kind = tape.token(v).kind
        if kind == .string || kind == .escapedString { return try timestampField(at: v).value }
        // Now and then a bare JSON number of milliseconds.
        let milliseconds = try decodeInteger(Int64.self, at: v)
        return Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }

    func directInteger(_ v: Int32) throws -> Int? {
        guard present(v) else { return nil }
        return try integerField(at: v).value
    }

    func directBoolean(_ v: Int32) throws -> Bool? {
        guard present(v) else { return nil }
        return try booleanField(at: v).value
    }

    func directEnum<E: OKXStringValue>(_ v: Int32) throws -> E? {
        guard present(v) else { return nil }
        return try EnumField<E>.read(from: self, at: v).value
    }

    func directNested<T: TapeDirect>(_ v: Int32) throws -> T? {
        guard present(v), !isEmptyString(at: v) else { return nil }
        return try T(tape: tape, at: v)
    }

    /// A nested value of a type without a direct reader.
    func directNestedValue<T: Decodable>(_ v: Int32) throws -> T? {
        guard present(v) else { return nil }
        return try NestedField<T>.read(from: self, at: v).value
    }

    func directTexts(_ v: Int32) throws -> [String]? {
        guard present(v), !isEmptyString(at: v) else { return nil }
        let token = tape.token(v)
        guard token.kind == .array else { throw mismatch([Any].self, at: v) }
        var result: [String] = []
        result.reserveCapacity(Int(token.end))
        var child = v + 1
        while child < token.next {
            result.append(try textField(at: child).value)
            child = tape.token(child).next
        }
        return result
    }

    func directDecimalRows(_ v: Int32) throws -> [[Decimal]]? {
        guard present(v), !isEmptyString(at: v) else { return nil }
        let token = tape.token(v)
        guard token.kind == .array else { throw mismatch([Any].self, at: v) }
        var rows: [[Decimal]] = []
        rows.reserveCapacity(Int(token.end))
        var row = v + 1
        while row < token.next {
            let inner = tape.token(row)
            guard inner.kind == .array else { throw mismatch([Any].self, at: row) }
            var values: [Decimal] = []
            values.reserveCapacity(Int(inner.end))
            var child = row + 1
            while child < inner.next {
                // compactMap in the Codable reader: "" leaves no gap.
                if let value = try decimalField(at: child).value { values.append(value) }
                child = tape.token(child).next
            }
            rows.append(values)
            row = inner.next
        }
        return rows
    }
}

/// A positional row (candles, book levels) for a generated reader: the `api…` readers of
/// `UnkeyedDecodingContainer`, where a missing trailing value is nil.
package struct TapeRow {
    let decoder: TapeDecoder
    private let end: Int32
    private var cursor: Int32

    /// Fails as `unkeyedContainer()` does on anything but an array.
    @inline(__always) init(_ tape: JSONTape, _ array: Int32) throws {
        decoder = TapeDecoder(tape: tape, index: array)
        let token = tape.token(array)
        guard token.kind == .array else { throw decoder.mismatch([Any].self, at: array) }
        end = token.next
        cursor = array + 1
    }

    @inline(__always) private mutating func next<T>(_ read: (Int32) throws -> T) throws -> T? {
        guard cursor < end else { return nil }
        let value = try read(cursor)
        cursor = decoder.tape.token(cursor).next
        return value
    }

    mutating func text() throws -> String? { let d = decoder; return try next { try d.textField(at: $0).value } }
    mutating func decimal() throws -> Decimal? { let d = decoder; return try next { try d.decimalField(at: $0).value } ?? nil }
    mutating func date() throws -> Date? { let d = decoder; return try next { try d.timestampField(at: $0).value } ?? nil }
    mutating func integer() throws -> Int? { let d = decoder; return try next { try d.integerField(at: $0).value } ?? nil }
    mutating func enumValue<E: OKXStringValue>() throws -> E? { let d = decoder; return try next { try EnumField<E>.read(from: d, at: $0).value } ?? nil }
}
