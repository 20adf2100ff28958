package import Foundation

/// Decimal numbers straight from their digits. `Decimal(string:)` goes through a locale-aware
/// scanner and costs about 1 µs per number on this project's machines; OKX payloads are mostly
/// numbers, so that alone was most of the cost of decoding a response.
package enum DecimalDigits {
    /// `[-]digits[.digits]` with at most 19 significant digits, exactly; nil for anything else
    /// (exponents, more digits, stray characters), which callers hand to the exact slow path
    /// (``OKXJSON/decimal(_:)``). The result equals what `Decimal(string:)` returns for the same
    /// text, which the tests check on generated and fuzzed inputs.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var i = 0
        let count = bytes.count
        guard count > 0 else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var fractionDigits = 0
        var digits = 0
        var inFraction = false
        while i < count {
            let byte = bytes[i]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                digits += 1
                if inFraction { fractionDigits += 1 }
                if mantissa != 0 || digit != 0 {
                    significant += 1
                    if significant > 19 { return nil }
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                }
            } else if byte == UInt8(ascii: "."), !inFraction, digits > 0 {
                inFraction = true
            } else {
                return nil
            }
            i += 1
        }
        // "5." and "-" are left to the slow path, which knows what Decimal(string:) makes of them.
        guard digits > 0, !inFraction || fractionDigits > 0, fractionDigits <= 127 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }

    /// A decimal typed by a person (a command-line size or price), read strictly: digits, at
    /// most one `.` with digits on both sides, and a leading `-` only when `allowingNegative`.
    /// Nil for anything else: an exponent, a `+`, spaces, trailing junk ("1.2abc", which
    /// `Decimal(string:)` reads as 1.2), an empty string, "NaN", or more than 38 digits (beyond
    /// them `Decimal` would round without saying so).
    package static func strict(_ text: String, allowingNegative: Bool = false) -> Decimal? {
        var body = text.utf8[...]
        if body.first == UInt8(ascii: "-") {
            guard allowingNegative else { return nil }
            body = body.dropFirst()
        }
        var integerDigits = 0, fractionDigits = 0, sawDot = false
        for byte in body {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawDot { fractionDigits += 1 } else { integerDigits += 1 }
            case UInt8(ascii: "."):
                guard !sawDot else { return nil }
                sawDot = true
            default:
                return nil
            }
        }
        guard integerDigits > 0, !sawDot || fractionDigits > 0, integerDigits + fractionDigits <= 38 else { return nil }
        var copy = text
        if let fast = copy.withUTF8({ parse($0) }) { return fast }
        // More than 19 significant digits: the shape is already checked, and Foundation reads
        // up to 38 digits exactly.
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
