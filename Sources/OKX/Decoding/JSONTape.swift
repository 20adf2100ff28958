package import Foundation

/// A JSON document indexed in one pass: every value becomes one fixed-size token pointing at
/// its bytes, and every container knows where it ends, so a decoder can skip any member it
/// does not need without looking at it again. Nothing is converted here: strings stay bytes
/// and numbers stay digits until a model asks for them (``TapeDecoder``).
///
/// What is accepted follows Foundation's `JSONDecoder` exactly, because the tests use it as the
/// oracle: the structure is checked in this pass (a trailing comma before `]` or `}` is allowed,
/// nesting is limited to ``maximumDepth``), and strings and numbers are checked when something
/// reads them (an object's keys when it is opened) — so a malformed value in a field no model
/// uses does not fail a response, and one in a field a model uses always does.
package final class JSONTape: Sendable {
    package enum Kind: UInt8 {
        /// `string` is printable ASCII without escapes: its bytes are its value. Anything else
        /// is `escapedString` and goes through ``unescape(_:offset:)``, which also validates it.
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    /// One value. For strings and numbers `start..<end` are the content bytes (inside the
    /// quotes); for containers `end` is the number of elements (members for objects). `next`
    /// is the index of the token after this value and everything inside it. Object members are
    /// a key token followed by a value token.
    package struct Token {
        package var kind: Kind
        var start: Int32
        package var end: Int32
        package var next: Int32
    }

    static let maximumDepth = 512

    let bytes: [UInt8]
    let tokens: [Token]

    struct SyntaxError: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    package init(_ data: Data) throws {
        bytes = [UInt8](data)
        guard bytes.count < Int(Int32.max) else { throw SyntaxError(offset: 0, reason: "document larger than 2 GiB") }
        var parser = Parser()
        // A rough guess that avoids most regrowth: one token per ~6 bytes of typical OKX JSON.
        parser.tokens.reserveCapacity(bytes.count / 6 + 4)
        try bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            try parser.parseValue(buffer, &position, depth: 0)
            parser.skipWhitespace(buffer, &position)
            guard position == buffer.count else { throw SyntaxError(offset: position, reason: "unexpected data after the JSON value") }
        }
        tokens = parser.tokens
    }

    // MARK: Reading

    /// The token at `index` (always valid: indices only come from the tape itself).
    @inline(__always) package func token(_ index: Int32) -> Token { tokens[Int(index)] }

    /// The value of member `key` in the object at `object`, or nil. Keys are compared as bytes;
    /// a key written with escapes is unescaped first. With duplicate keys the first one counts,
    /// as in Foundation's decoder.
    func member(_ key: String, in object: Int32) -> Int32? {
        var key = key
        return key.withUTF8 { wanted in
            let container = tokens[Int(object)]
            var index = object + 1
            while index < container.next {
                let keyToken = tokens[Int(index)]
                if keyToken.kind == .string {
                    if Int(keyToken.end - keyToken.start) == wanted.count, equalBytes(keyToken.start, wanted) { return index + 1 }
                } else if let text = try? string(at: index), text.utf8.elementsEqual(wanted) {
                    return index + 1
                }
                index = tokens[Int(index + 1)].next
            }
            return nil
        }
    }

    @inline(__always) private func equalBytes(_ start: Int32, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress, let other = wanted.baseAddress else { return wanted.isEmpty }
            return memcmp(base + Int(start), other, wanted.count) == 0
        }
    }

    /// The keys of the object at `object`, in document order, with the index of each value.
    func members(of object: Int32) throws -> [(key: String, value: Int32)] {
        let container = tokens[Int(object)]
        var result: [(key: String, value: Int32)] = []
        result.reserveCapacity(Int(container.end))
        var index = object + 1
        while index < container.next {
            result.append((try string(at: index), index + 1))
            index = tokens[Int(index + 1)].next
        }
        return result
    }

    /// The string token at `index` as a Swift string: escapes resolved, control characters,
    /// bad escapes, lone surrogates and invalid UTF-8 rejected.
    func string(at index: Int32) throws -> String {
        let token = tokens[Int(index)]
        let range = Int(token.start)..<Int(token.end)
        return try bytes.withUnsafeBufferPointer { all in
            let content = UnsafeBufferPointer(rebasing: all[range])
            if token.kind == .string { return String(decoding: content, as: UTF8.self) }
            return try Self.unescape(content, offset: range.lowerBound)
        }
    }

    /// The raw bytes of a string or number token, as text.
    func text(at index: Int32) -> String {
        let token = tokens[Int(index)]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)]), as: UTF8.self) }
    }

    func withBytes<R>(of index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let token = tokens[Int(index)]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)])) }
    }

    static func unescape(_ content: UnsafeBufferPointer<UInt8>, offset: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var i = 0
        func fail(_ reason: String) -> SyntaxError { SyntaxError(offset: offset + i, reason: reason) }
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= content.count else { throw fail("invalid \\u escape") }
            var value: UInt32 = 0
            for k in 0..<4 {
                guard let digit = Parser.hexValue(content[at + k]) else { throw fail("invalid \\u escape") }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while i < content.count {
            let byte = content[i]
            if byte < 0x20 { throw fail("unescaped control character in a string") }
            guard byte == UInt8(ascii: "\\") else { out.append(byte); i += 1; continue }
            guard i + 1 < content.count else { throw fail("invalid escape") }
            let escape = content[i + 1]
            switch escape {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i + 2)
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard i + 12 <= content.count, content[i + 6] == UInt8(ascii: "\\"), content[i + 7] == UInt8(ascii: "u") else {
                        throw fail("unpaired UTF-16 surrogate in a string escape")
                    }
                    let low = try hex4(i + 8)
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired UTF-16 surrogate in a string escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw fail("unpaired UTF-16 surrogate in a string escape")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                out.append(contentsOf: String(unicode).utf8)
                i += 4
            default:
                throw fail("invalid escape")
            }
            i += 2
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw SyntaxError(offset: offset, reason: "invalid UTF-8 in a string") }
        return text
    }

    /// The chain of keys and indices from the root to `target`, for error messages. Walks the
    /// tape instead of keeping a path while decoding, so the happy path allocates nothing for it.
    func path(to target: Int32) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current: Int32 = 0
        while current != target, !tokens.isEmpty {
            let container = tokens[Int(current)]
            var index = current + 1
            var position = 0
            var descended = false
            while index < container.next {
                let valueIndex = container.kind == .object ? index + 1 : index
                let value = tokens[Int(valueIndex)]
                if valueIndex <= target && target < value.next {
                    if container.kind == .object {
                        path.append(TapeKey(stringValue: (try? string(at: index)) ?? "?"))
                    } else {
                        path.append(TapeKey(intValue: position))
                    }
                    current = valueIndex
                    descended = true
                    break
                }
                index = value.next
                position += 1
            }
            if !descended { break }
        }
        return path
    }
}

/// A coding key read from the document.
struct TapeKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "Index \(intValue)"; self.intValue = intValue }
}

/// The single pass. Works on a buffer pointer so the inner loops have no bounds-check traffic
/// beyond the explicit end tests.
private struct Parser {
    var tokens: [JSONTape.Token] = []

    @inline(__always) mutating func append(_ token: JSONTape.Token) -> Int32 {
        tokens.append(token)
        return Int32(tokens.count - 1)
    }

    @inline(__always) mutating func finish(_ index: Int32, count: Int32) {
        tokens[Int(index)].end = count
        tokens[Int(index)].next = Int32(tokens.count)
    }

    typealias Buffer = UnsafeBufferPointer<UInt8>

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    @inline(__always) func skipWhitespace(_ b: Buffer, _ p: inout Int) {
        while p < b.count {
            switch b[p] {
            case 0x20, 0x0A, 0x0D, 0x09: p += 1
            default: return
            }
        }
    }

    func fail(_ p: Int, _ reason: String) -> JSONTape.SyntaxError { JSONTape.SyntaxError(offset: p, reason: reason) }

    mutating func parseValue(_ b: Buffer, _ p: inout Int, depth: Int) throws {
        skipWhitespace(b, &p)
        guard p < b.count else { throw fail(p, "unexpected end of data") }
        switch b[p] {
        case UInt8(ascii: "{"):
            guard depth < JSONTape.maximumDepth else { throw fail(p, "nested too deeply") }
            let index = append(.init(kind: .object, start: Int32(p), end: 0, next: 0))
            p += 1
            var count: Int32 = 0
            skipWhitespace(b, &p)
            if p < b.count, b[p] == UInt8(ascii: "}") {
                p += 1
            } else {
                while true {
                    skipWhitespace(b, &p)
                    guard p < b.count, b[p] == UInt8(ascii: "\"") else { throw fail(p, "expected a string key") }
                    try parseString(b, &p)
                    skipWhitespace(b, &p)
                    guard p < b.count, b[p] == UInt8(ascii: ":") else { throw fail(p, "expected ':' after a key") }
                    p += 1
                    try parseValue(b, &p, depth: depth + 1)
                    count += 1
                    skipWhitespace(b, &p)
                    guard p < b.count else { throw fail(p, "unexpected end of data in an object") }
                    if b[p] == UInt8(ascii: ",") {
                        p += 1
                        skipWhitespace(b, &p)
                        // Foundation's decoder accepts one trailing comma; so must we.
                        if p < b.count, b[p] == UInt8(ascii: "}") { p += 1; break }
                        continue
                    }
                    if b[p] == UInt8(ascii: "}") { p += 1; break }
                    throw fail(p, "expected ',' or '}' in an object")
                }
            }
            finish(index, count: count)
        case UInt8(ascii: "["):
            guard depth < JSONTape.maximumDepth else { throw fail(p, "nested too deeply") }
            let index = append(.init(kind: .array, start: Int32(p), end: 0, next: 0))
            p += 1
            var count: Int32 = 0
            skipWhitespace(b, &p)
            if p < b.count, b[p] == UInt8(ascii: "]") {
                p += 1
            } else {
                while true {
                    try parseValue(b, &p, depth: depth + 1)
                    count += 1
                    skipWhitespace(b, &p)
                    guard p < b.count else { throw fail(p, "unexpected end of data in an array") }
                    if b[p] == UInt8(ascii: ",") {
                        p += 1
                        skipWhitespace(b, &p)
                        if p < b.count, b[p] == UInt8(ascii: "]") { p += 1; break }
                        continue
                    }
                    if b[p] == UInt8(ascii: "]") { p += 1; break }
                    throw fail(p, "expected ',' or ']' in an array")
                }
            }
            finish(index, count: count)
        case UInt8(ascii: "\""):
            try parseString(b, &p)
        case UInt8(ascii: "t"): try literal(b, &p, "true", .true)
        case UInt8(ascii: "f"): try literal(b, &p, "false", .false)
        case UInt8(ascii: "n"): try literal(b, &p, "null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber(b, &p)
        default:
            throw fail(p, "unexpected character")
        }
    }

    mutating func literal(_ b: Buffer, _ p: inout Int, _ word: StaticString, _ kind: JSONTape.Kind) throws {
        let length = word.utf8CodeUnitCount
        guard p + length <= b.count else { throw fail(p, "invalid literal") }
        for k in 0..<length where b[p + k] != word.utf8Start[k] { throw fail(p + k, "invalid literal") }
        let start = Int32(p)
        p += length
        _ = append(.init(kind: kind, start: start, end: Int32(p), next: Int32(tokens.count + 1)))
    }

    /// Finds the end of a string. Strings are only classified here (plain ASCII or not) and
    /// validated when read: values by the decoder, keys when their object is opened.
    mutating func parseString(_ b: Buffer, _ p: inout Int) throws {
        let start = p + 1  // after the opening quote
        let count = b.count
        guard let base = b.baseAddress else { throw fail(p, "unterminated string") }
        var i = start
        var plain = true
        // The innermost loop of the decoder. Eight bytes at a time while they are all plain
        // (printable ASCII, no quote, no backslash), which is nearly every byte of OKX's strings;
        // the first byte that is not is found from the word's mask and looked at alone.
        let raw = UnsafeRawPointer(base)
        while i < count {
            if i &+ 8 <= count {
                let special = Self.specialBytes(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                if special == 0 { i &+= 8; continue }
                // The lowest flagged byte is exact (the false positives of the trick sit above a true one).
                i &+= special.trailingZeroBitCount &>> 3
            }
            let byte = base[i]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                plain = false
                i += 2
                continue
            }
            plain = plain && (byte &- 0x20) < 0x60  // printable ASCII
            i += 1
        }
        guard i < count else { throw fail(start, "unterminated string") }
        _ = append(.init(kind: plain ? .string : .escapedString, start: Int32(start), end: Int32(i), next: Int32(tokens.count + 1)))
        p = i + 1  // after the closing quote
    }

    /// 0x80 in each byte of `word` that is a quote, a backslash, a control character or not
    /// ASCII; zero when all eight are plain.
    @inline(__always) static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control | (word & highs)
    }

    /// Finds the end of a number; its grammar is checked when it is read (``JSONTape/isValidNumber(_:)``).
    mutating func parseNumber(_ b: Buffer, _ p: inout Int) throws {
        let start = p
        while p < b.count {
            switch b[p] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                p += 1
            default:
                _ = append(.init(kind: .number, start: Int32(start), end: Int32(p), next: Int32(tokens.count + 1)))
                return
            }
        }
        _ = append(.init(kind: .number, start: Int32(start), end: Int32(p), next: Int32(tokens.count + 1)))
    }
}

extension JSONTape {
    /// RFC 8259's number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isValidNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        @inline(__always) func isDigit(_ i: Int) -> Bool { i < b.count && b[i] &- UInt8(ascii: "0") < 10 }
        if p < b.count, b[p] == UInt8(ascii: "-") { p += 1 }
        guard isDigit(p) else { return false }
        if b[p] == UInt8(ascii: "0") {
            p += 1
        } else {
            while isDigit(p) { p += 1 }
        }
        if p < b.count, b[p] == UInt8(ascii: ".") {
            p += 1
            guard isDigit(p) else { return false }
            while isDigit(p) { p += 1 }
        }
        if p < b.count, b[p] == UInt8(ascii: "e") || b[p] == UInt8(ascii: "E") {
            p += 1
            if p < b.count, b[p] == UInt8(ascii: "+") || b[p] == UInt8(ascii: "-") { p += 1 }
            guard isDigit(p) else { return false }
            while isDigit(p) { p += 1 }
        }
        return p == b.count
    }
}
