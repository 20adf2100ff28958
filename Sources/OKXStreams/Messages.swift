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
    var orders: String?
    /// How many entries the array had (fewer than two is malformed).
    var count: Int

    init(price: String, size: String, third: String? = nil, orders: String?, count: Int) {
        (self.price, self.size, self.third, self.orders, self.count) = (price, size, third, orders, count)
    }

    init(_ raw: [String]) {
        self.init(price: raw.first ?? "", size: raw.count > 1 ? raw[1] : "", third: raw.count > 2 ? raw[2] : nil,
                  orders: raw.count > 3 ? raw[3] : nil, count: raw.count)
    }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        // Read in place: at most four strings, the rest skipped.
        var price = "", size = "", third: String?, orders: String?
        var n = 0
        while !c.isAtEnd {
            let value = try c.decode(String.self)
            switch n {
            case 0: price = value
            case 1: size = value
            case 2: third = value
            case 3: orders = value
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
