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
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        // Nearly every OKX number has at most 19 digits in all, so no digit can overflow the
        // mantissa: two tight loops, with no per-digit bookkeeping of significant digits.
        guard let base = bytes.baseAddress, bytes.count <= 21 else { return parseCounting(bytes) }
        let count = bytes.count
        var i = 0
        let negative = base[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: UInt64 = 0
        let integerStart = i
        while i < count, base[i] &- UInt8(ascii: "0") < 10 {
            mantissa = mantissa &* 10 &+ UInt64(base[i] &- UInt8(ascii: "0"))
            i += 1
        }
        let integerDigits = i - integerStart
        guard integerDigits > 0 else { return nil }
        var fractionDigits = 0
        if i < count {
            guard base[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            let fractionStart = i
            while i < count, base[i] &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(base[i] &- UInt8(ascii: "0"))
                i += 1
            }
            fractionDigits = i - fractionStart
            guard fractionDigits > 0, i == count else { return nil }
        }
        guard integerDigits + fractionDigits <= 19 else { return parseCounting(bytes) }
        return make(mantissa: mantissa, exponent: -fractionDigits, negative: negative)
    }

    /// ``parse(_:)`` for more than 19 digits, of which at most 19 may be significant.
    static func parseCounting(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
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
        return make(mantissa: mantissa, exponent: -fractionDigits, negative: negative)
    }

    /// `mantissa × 10^exponent`, negated when `negative`: what `Decimal(sign:exponent:significand:)`
    /// returns, bit for bit. That initializer (with `Decimal(UInt64)`) costs ~130 ns, more than
    /// all the rest of reading a number; `Decimal` has no public initializer from its parts, so
    /// the value is written in its storage layout, which ``rawLayoutMatches`` checks against the
    /// initializer on first use (any other layout takes the initializer).
    @inline(__always)
    static func make(mantissa: UInt64, exponent: Int, negative: Bool) -> Decimal {
        guard rawLayoutMatches, (-128 + 20)...(127 - 20) ~= exponent else {
            return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
        }
        return raw(mantissa: mantissa, exponent: exponent, negative: negative)
    }

    /// Decimal's storage: an 8-bit exponent, the length in 16-bit words (high nibble) with the
    /// negative (0x08) and compact (0x04) flags, 16 reserved bits, eight 16-bit mantissa words.
    private struct RawDecimal {
        var exponent: Int8
        var flags: UInt8
        var reserved: UInt16 = 0
        var m0: UInt16, m1: UInt16, m2: UInt16, m3: UInt16
        var m4: UInt16 = 0, m5: UInt16 = 0, m6: UInt16 = 0, m7: UInt16 = 0
    }

    @inline(__always)
    private static func raw(mantissa: UInt64, exponent: Int, negative: Bool) -> Decimal {
        // Zero is all zero bits, whatever its sign and exponent.
        guard mantissa != 0 else { return Decimal() }
        // Compact, as Foundation keeps it: no trailing decimal zeros in the mantissa.
        var m = mantissa, e = exponent
        while m % 10 == 0 { m /= 10; e += 1 }
        let length: UInt8 = m >> 48 != 0 ? 4 : m >> 32 != 0 ? 3 : m >> 16 != 0 ? 2 : 1
        let value = RawDecimal(exponent: Int8(truncatingIfNeeded: e), flags: length << 4 | (negative ? 0x08 : 0) | 0x04,
                               m0: UInt16(truncatingIfNeeded: m), m1: UInt16(truncatingIfNeeded: m >> 16),
                               m2: UInt16(truncatingIfNeeded: m >> 32), m3: UInt16(truncatingIfNeeded: m >> 48))
        return unsafeBitCast(value, to: Decimal.self)
    }

    /// Whether ``raw(mantissa:exponent:negative:)`` builds exactly what the public initializer
    /// builds, on values that exercise every field (checked once per process).
    static let rawLayoutMatches: Bool = {
        guard MemoryLayout<Decimal>.size == MemoryLayout<RawDecimal>.size, MemoryLayout<Decimal>.alignment == MemoryLayout<RawDecimal>.alignment else { return false }
        let probes: [(UInt64, Int, Bool)] = [(15, -1, false), (150, -2, false), (125, -1, true), (1, 0, false), (100, 0, false), (65536, 0, false),
                                             (4_834_317_093_622_894, -12, false), (7_545_600_000_000_006, -15, true), (9_999_999_999_999_999_999, 0, false),
                                             (UInt64.max, -3, true), (1, -100, false), (120, 90, true), (0, -3, true), (0, 0, false)]
        for (m, e, negative) in probes {
            let expected = Decimal(sign: negative ? .minus : .plus, exponent: e, significand: Decimal(m))
            let built = raw(mantissa: m, exponent: e, negative: negative)
            let same = withUnsafeBytes(of: expected) { a in withUnsafeBytes(of: built) { b in a.elementsEqual(b) } }
            guard same else { return false }
        }
        return true
    }()

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
