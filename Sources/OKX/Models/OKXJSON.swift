package import Foundation

/// OKX's JSON conventions in one place: numbers travel as strings (`"px":"2.15"`), an absent
/// number is `""`, timestamps are epoch-millisecond strings. The overloads below make the
/// synthesised `Codable` of every model in this module follow them, so a model is just a list
/// of typed properties.
package enum OKXJSON {
    package static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        // Sorted keys: the same request is the same bytes (and signature) on every run, whatever
        // order a dictionary (a raw JSONValue body) happens to iterate in.
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return Array(try encoder.encode(value))
    }

    /// Parses OKX's decimal strings strictly: optional sign, digits, optional fraction and
    /// exponent. `Decimal(string:)` alone would accept "1.2abc" as 1.2. The common shape goes
    /// through ``DecimalDigits``; the rest through Foundation's exact reader.
    package static func decimal(_ text: String) -> Decimal? {
        var text = text
        if let fast = text.withUTF8({ DecimalDigits.parse($0) }) { return fast }
        return exactDecimal(text)
    }

    static func exactDecimal(_ text: String) -> Decimal? {
        var sawDigit = false, sawDot = false, sawExp = false, previous: UInt8 = 0
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard i == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !sawDot, !sawExp else { return nil }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard sawDigit, !sawExp else { return nil }
                sawExp = true
                sawDigit = false
            default: return nil
            }
            previous = c
        }
        guard sawDigit, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else { return nil }
        return value
    }

    /// A date as OKX writes it: epoch milliseconds in a string.
    static func milliseconds(_ date: Date) -> String { String(millisecondsValue(date)) }

    /// A date as epoch milliseconds (OKX's times are whole milliseconds, so this is exact).
    /// Dates beyond what 64-bit milliseconds hold (a hostile `"9223372036854775807"` read back
    /// through `Double`) clamp to the range instead of trapping.
    package static func millisecondsValue(_ date: Date) -> Int64 {
        let ms = (date.timeIntervalSince1970 * 1000).rounded()
        guard ms.isFinite else { return ms < 0 ? .min : .max }
        return Int64(exactly: ms) ?? (ms < 0 ? .min : .max)
    }

    static func date(milliseconds text: String) -> Date? {
        guard let ms = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(ms) / 1000)
    }
}

extension KeyedDecodingContainer {
    func decode(_ type: Decimal.Type, forKey key: Key) throws -> Decimal {
        guard let value = try decodeIfPresent(Decimal.self, forKey: key) else {
            throw DecodingError.valueNotFound(Decimal.self, .init(codingPath: codingPath + [key], debugDescription: "expected a number, got an empty string or null"))
        }
        return value
    }

    func decodeIfPresent(_ type: Decimal.Type, forKey key: Key) throws -> Decimal? {
        try decodeIfPresent(DecimalField.self, forKey: key)?.value
    }

    func decode(_ type: Date.Type, forKey key: Key) throws -> Date {
        guard let value = try decodeIfPresent(Date.self, forKey: key) else {
            throw DecodingError.valueNotFound(Date.self, .init(codingPath: codingPath + [key], debugDescription: "expected a timestamp, got an empty string or null"))
        }
        return value
    }

    func decodeIfPresent(_ type: Date.Type, forKey key: Key) throws -> Date? {
        try decodeIfPresent(TimestampField.self, forKey: key)?.value
    }
}

/// A decimal field as OKX writes it: a string of digits, `""` for "no value", now and then a
/// bare JSON number. ``TapeDecoder`` reads it from the bytes without making a `String`; this
/// `init(from:)` is the same rule for any other decoder.
struct DecimalField: Decodable {
    let value: Decimal?

    init(value: Decimal?) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            if text.isEmpty { value = nil; return }
            guard let parsed = OKXJSON.decimal(text) else { throw Self.notADecimal(text, decoder.codingPath) }
            value = parsed
            return
        }
        // A few fields are real JSON numbers; accept those too, but read them exactly.
        value = try container.decode(JSONNumberText.self).value
    }

    static func notADecimal(_ text: String, _ path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "not a decimal number: \(text.prefix(40))"))
    }
}

/// A timestamp field: epoch milliseconds in a string, `""` for none.
struct TimestampField: Decodable {
    let value: Date?

    init(value: Date?) { self.value = value }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text.isEmpty { value = nil; return }
        guard let date = OKXJSON.date(milliseconds: text) else { throw Self.notMilliseconds(text, decoder.codingPath) }
        value = date
    }

    static func notMilliseconds(_ text: String, _ path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "not epoch milliseconds: \(text.prefix(40))"))
    }
}

extension KeyedEncodingContainer {
    mutating func encode(_ value: Decimal, forKey key: Key) throws {
        try encode(value.okxString, forKey: key)
    }

    mutating func encodeIfPresent(_ value: Decimal?, forKey key: Key) throws {
        if let value { try encode(value.okxString, forKey: key) }
    }

    mutating func encode(_ value: Date, forKey key: Key) throws {
        try encode(OKXJSON.milliseconds(value), forKey: key)
    }

    mutating func encodeIfPresent(_ value: Date?, forKey key: Key) throws {
        if let value { try encode(OKXJSON.milliseconds(value), forKey: key) }
    }
}

extension Decimal {
    /// Plain notation with "." whatever the locale, as OKX expects.
    var okxString: String { NSDecimalNumber(decimal: self).description(withLocale: Locale(identifier: "en_US_POSIX")) }
}

/// Reads a JSON number without going through a binary floating-point type.
struct JSONNumberText: Decodable {
    let value: Decimal
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int64.self) {
            value = Decimal(int)
            return
        }
        // Non-integral JSON numbers in OKX payloads are rare; Foundation parses them through
        // its own decimal reader when asked for Decimal.
        value = try container.decode(Decimal.self)
    }
}

/// Values OKX sends as strings from an open set (states, types, sides). Unknown values are
/// kept, not rejected: OKX adds values without notice.
public protocol OKXStringValue: RawRepresentable<String>, Codable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    init(rawValue: String)
}

extension OKXStringValue {
    /// Lets a value be written as a string literal, e.g. `let type: InstrumentType = "SWAP"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// Decodes any JSON string, so values OKX adds later decode instead of failing.
    public init(from decoder: any Decoder) throws { self.init(rawValue: try decoder.singleValueContainer().decode(String.self)) }
    /// Encodes the raw value as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    /// The raw value as OKX sends it.
    public var description: String { rawValue }
}
