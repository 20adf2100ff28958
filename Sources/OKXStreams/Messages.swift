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

/// One book message's data item (`books`, `books5`, `bbo-tbt`, `*-l2-tbt`).
struct BookData: Decodable {
    var asks: [[String]]
    var bids: [[String]]
    var ts: String?
    var checksum: Int64?
    var seqId: Int64?
    var prevSeqId: Int64?
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
