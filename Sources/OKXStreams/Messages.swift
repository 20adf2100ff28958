import Foundation
import OKX

/// The shapes OKX sends on a WebSocket, decoded just enough to route them.
struct Incoming: Decodable {
    var event: String?
    var code: String?
    var msg: String?
    var id: String?
    var op: String?
    var arg: [String: String]?
    var action: String?
    var connId: String?
}

/// One book message's data item (`books`, `books5`, `bbo-tbt`, `*-l2-tbt`, `books-rpi`).
struct BookData: Decodable {
    var asks: [WireLevel]
    var bids: [WireLevel]
    var ts: String?
    var checksum: Int64?
    var seqId: Int64?
    var prevSeqId: Int64?
}

/// One `[price, size, "0", orders]` entry as sent (`[price, total, organic, orders]` on
/// `books-rpi`), before the book checks it. Prices and sizes are short strings (stored inline by
/// Swift), so this costs no allocation per level.
struct WireLevel: Decodable {
    var price: String
    var size: String
    /// The third entry: a deprecated "0" on most books, the organic size on `books-rpi`.
    var third: String?
    /// The order count, 0 when absent or not an integer (as the book has always read it).
    var orders: Int
    /// How many entries the array had (fewer than two is malformed).
    var count: Int

    init(price: String, size: String, third: String? = nil, orders: Int, count: Int) {
        (self.price, self.size, self.third, self.orders, self.count) = (price, size, third, orders, count)
    }

    init(_ raw: [String]) {
        self.init(price: raw.first ?? "", size: raw.count > 1 ? raw[1] : "", third: raw.count > 2 ? raw[2] : nil,
                  orders: raw.count > 3 ? Int(raw[3]) ?? 0 : 0, count: raw.count)
    }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        // Read in place: at most four strings, the rest skipped.
        var price = "", size = "", third: String?, orders = 0
        var n = 0
        while !c.isAtEnd {
            let value = try c.decode(String.self)
            switch n {
            case 0: price = value
            case 1: size = value
            case 2: third = value
            case 3: orders = Int(value) ?? 0
            default: break
            }
            n += 1
        }
        self.init(price: price, size: size, third: third, orders: orders, count: n)
    }
}

struct BookPush: Decodable {
    var action: String?
    var data: [BookData]
}

struct Push<Item: Decodable>: Decodable {
    var data: [Item]
}

/// An operation sent to OKX.
struct Outgoing: Encodable {
    var id: String?
    var op: String
    var args: [[String: String]]
}

enum WebSocketJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// A stable key for a channel argument, as OKX echoes it back.
    static func key(_ arg: [String: String]) -> String {
        arg.filter { ["channel", "instId", "instType", "instFamily", "ccy", "algoId"].contains($0.key) }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }
}

// Book messages are the hottest decode of a stream (every tick-by-tick update): they read
// themselves from the tape (OKX's TapeDirect) instead of through `Codable` containers, with
// the same results and errors as the synthesized `init(from:)`s above.

private func keyNotFound(_ name: String, _ object: TapeObject) -> DecodingError {
    .keyNotFound(BookKey(stringValue: name), .init(codingPath: object.decoder.codingPath, debugDescription: "No value associated with key \"\(name)\"."))
}

private struct BookKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// `decodeIfPresent(String.self, forKey:)` for a value token (-1: absent).
private func optionalString(_ tape: JSONTape, _ v: Int32) throws -> String? {
    guard v >= 0, tape.token(v).kind != JSONTape.Kind.null else { return nil }
    return try TapeDecoder(tape: tape, index: v).decodeString(at: v)
}

private func optionalInt64(_ tape: JSONTape, _ v: Int32) throws -> Int64? {
    guard v >= 0, tape.token(v).kind != JSONTape.Kind.null else { return nil }
    return try TapeDecoder(tape: tape, index: v).decodeInt64(at: v)
}

/// OKX's `[Element](tape:at:)` again, for this module: called from here, the generic reader runs
/// unspecialized (a metadata lookup and witness calls per element), which was about a tenth of
/// the book replay's instructions; this private copy is specialized for each book type. Marking
/// a shared reader in OKX `@inlinable package` did not help: it still ran unspecialized from
/// here (45.8k instructions per replayed message against 43.3k with this copy, callgrind).
@inline(__always) private func readArray<Element>(_ tape: JSONTape, _ index: Int32, _ read: (JSONTape, Int32) throws -> Element) throws -> [Element] {
    let token = tape.token(index)
    guard token.kind == .array else { throw TapeDecoder(tape: tape, index: index).mismatch([Any].self, at: index) }
    var result: [Element] = []
    result.reserveCapacity(Int(token.end))
    var child = index + 1
    while child < token.next {
        result.append(try read(tape, child))
        child = tape.token(child).next
    }
    return result
}

extension BookPush: TapeDirect {
    init(tape: JSONTape, at index: Int32) throws {
        var m = try TapeObject(tape, index)
        var action: Int32 = -1, data: Int32 = -1
        while try m.advance() {
            if action < 0, m.isKey("action") { action = m.value } else if data < 0, m.isKey("data") { data = m.value }
        }
        self.action = try optionalString(tape, action)
        guard data >= 0 else { throw keyNotFound("data", m) }
        self.data = try readArray(tape, data) { try BookData(tape: $0, at: $1) }
    }
}

extension BookData: TapeDirect {
    init(tape: JSONTape, at index: Int32) throws {
        var m = try TapeObject(tape, index)
        var asks: Int32 = -1, bids: Int32 = -1, ts: Int32 = -1, checksum: Int32 = -1, seqId: Int32 = -1, prevSeqId: Int32 = -1
        while try m.advance() {
            if asks < 0, m.isKey("asks") { asks = m.value }
            else if bids < 0, m.isKey("bids") { bids = m.value }
            else if ts < 0, m.isKey("ts") { ts = m.value }
            else if checksum < 0, m.isKey("checksum") { checksum = m.value }
            else if seqId < 0, m.isKey("seqId") { seqId = m.value }
            else if prevSeqId < 0, m.isKey("prevSeqId") { prevSeqId = m.value }
        }
        guard asks >= 0 else { throw keyNotFound("asks", m) }
        self.asks = try readArray(tape, asks) { try WireLevel(tape: $0, at: $1) }
        guard bids >= 0 else { throw keyNotFound("bids", m) }
        self.bids = try readArray(tape, bids) { try WireLevel(tape: $0, at: $1) }
        self.ts = try optionalString(tape, ts)
        self.checksum = try optionalInt64(tape, checksum)
        self.seqId = try optionalInt64(tape, seqId)
        self.prevSeqId = try optionalInt64(tape, prevSeqId)
    }
}

extension WireLevel: TapeDirect {
    init(tape: JSONTape, at index: Int32) throws {
        let d = TapeDecoder(tape: tape, index: index)
        let token = tape.token(index)
        guard token.kind == .array else { throw d.mismatch([Any].self, at: index) }
        var price = "", size = "", third: String?, orders = 0
        var n = 0
        var child = index + 1
        while child < token.next {
            switch n {
            case 0: price = try d.decodeString(at: child)
            case 1: size = try d.decodeString(at: child)
            case 2: third = try d.decodeString(at: child)
            // Read from its digits: the string would be built only to be parsed.
            case 3: orders = try d.decodeStringAsInt(at: child) ?? 0
            default: _ = try d.decodeString(at: child)  // still a string, as the Codable reader requires
            }
            n += 1
            child = tape.token(child).next
        }
        self.init(price: price, size: size, third: third, orders: orders, count: n)
    }
}
