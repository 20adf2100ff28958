public import Foundation
import OKX

/// One price level as OKX sent it: price and size keep their exact strings (for display and
/// for the checksum), with the parsed value for ordering.
public struct BookLevel: Sendable, Hashable {
    public let price: String
    public let size: String
    /// Number of orders at this level (0 when the channel does not say).
    public let orders: Int
    public let priceValue: Decimal

    public init?(price: String, size: String, orders: Int = 0) {
        guard let value = OKXJSON.decimal(price) else { return nil }
        self.price = price
        self.size = size
        self.orders = orders
        self.priceValue = value
    }

    /// True when this level removes the price (`size` is zero).
    var isDeletion: Bool { OKXJSON.decimal(size) == 0 }
}

/// A local order book maintained from OKX's snapshot and incremental messages, checked for
/// `seqId` continuity after every message.
///
/// The rules, from OKX's documentation and from what OKX does in the wild:
/// - a snapshot replaces the book (its `prevSeqId` is -1);
/// - an update's `prevSeqId` must equal the last `seqId`, otherwise messages were lost (a gap);
/// - an update with empty sides and `seqId == prevSeqId` is a keep-alive;
/// - an update whose `seqId` is below its `prevSeqId` is a sequence reset after maintenance:
///   the book is rebuilt from a fresh snapshot, once, rather than patched;
/// - `checksum` 0 means "not provided" (OKX stopped computing it in June 2026); a non-zero
///   checksum is verified over the best 25 levels;
/// - a crossed book (best bid ≥ best ask) is legal during a pre-open call auction and is not
///   treated as corruption.
public struct OrderBookState: Sendable {
    /// Why the book cannot continue and needs a fresh snapshot.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// `prevSeqId` did not match the last `seqId`.
        case gap(expected: Int64, got: Int64)
        /// The sequence restarted (after maintenance).
        case sequenceReset(previous: Int64, now: Int64)
        /// A non-zero checksum did not match the book.
        case checksumMismatch(expected: Int32, computed: Int32)
        /// An update arrived before any snapshot.
        case noSnapshot
        /// A level could not be parsed.
        case malformed(String)

        public var description: String {
            switch self {
            case .gap(let expected, let got): return "seqId gap: expected prevSeqId \(expected), got \(got)"
            case .sequenceReset(let previous, let now): return "sequence reset: seqId went from \(previous) to \(now)"
            case .checksumMismatch(let expected, let computed): return "checksum mismatch: OKX \(expected), local \(computed)"
            case .noSnapshot: return "update before any snapshot"
            case .malformed(let what): return "malformed level: \(what)"
            }
        }
    }

    public let instId: String
    /// Best (highest) first.
    public private(set) var bids: [BookLevel] = []
    /// Best (lowest) first.
    public private(set) var asks: [BookLevel] = []
    /// The last applied `seqId`; nil before the first snapshot.
    public private(set) var seqId: Int64?
    public private(set) var timestamp: Date?

    public init(instId: String) {
        self.instId = instId
    }

    /// Best bid at or above best ask: legitimate in a call auction, a warning sign otherwise.
    public var isCrossed: Bool {
        guard let bid = bids.first?.priceValue, let ask = asks.first?.priceValue else { return false }
        return bid >= ask
    }

    /// Replaces the book with a snapshot.
    public mutating func applySnapshot(bids: [[String]], asks: [[String]], seqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        self.bids = try Self.levels(bids).sorted { $0.priceValue > $1.priceValue }
        self.asks = try Self.levels(asks).sorted { $0.priceValue < $1.priceValue }
        self.seqId = seqId ?? self.seqId ?? 0
        self.timestamp = timestamp
        try verify(checksum)
    }

    /// Applies an incremental update after checking it follows the last message.
    public mutating func applyUpdate(bids: [[String]], asks: [[String]], seqId: Int64?, prevSeqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        guard let last = self.seqId else { throw .noSnapshot }
        if let seqId, let prevSeqId {
            if seqId < prevSeqId { throw .sequenceReset(previous: prevSeqId, now: seqId) }
            // Already contained in the book (joining a REST snapshot taken just after it): skip.
            if prevSeqId < last && seqId <= last { return }
            if prevSeqId != last { throw .gap(expected: last, got: prevSeqId) }
        }
        for level in try Self.levels(bids) { Self.merge(level, into: &self.bids, descending: true) }
        for level in try Self.levels(asks) { Self.merge(level, into: &self.asks, descending: false) }
        if let seqId { self.seqId = seqId }
        if let timestamp { self.timestamp = timestamp }
        try verify(checksum)
    }

    /// The checksum OKX documented (before deprecating it): CRC-32 over
    /// `bid1Px:bid1Sz:ask1Px:ask1Sz:…` of the best 25 levels, exact strings, as a signed Int32.
    public func checksum() -> Int32 {
        var parts: [String] = []
        for i in 0..<25 {
            if i < bids.count { parts.append(bids[i].price); parts.append(bids[i].size) }
            if i < asks.count { parts.append(asks[i].price); parts.append(asks[i].size) }
        }
        return Int32(bitPattern: CRC32.checksum(parts.joined(separator: ":").utf8))
    }

    private func verify(_ expected: Int32?) throws(Problem) {
        guard let expected, expected != 0 else { return }  // 0: not provided (deprecated June 2026)
        let computed = checksum()
        if computed != expected { throw .checksumMismatch(expected: expected, computed: computed) }
    }

    private static func levels(_ raw: [[String]]) throws(Problem) -> [BookLevel] {
        var result: [BookLevel] = []
        result.reserveCapacity(raw.count)
        for entry in raw {
            guard entry.count >= 2, let level = BookLevel(price: entry[0], size: entry[1], orders: entry.count > 3 ? Int(entry[3]) ?? 0 : 0) else {
                throw .malformed(entry.joined(separator: ","))
            }
            result.append(level)
        }
        return result
    }

    /// Same price: replace, or delete when the size is zero; new price: insert in order.
    private static func merge(_ level: BookLevel, into side: inout [BookLevel], descending: Bool) {
        var low = 0, high = side.count
        while low < high {
            let mid = (low + high) / 2
            let before = descending ? side[mid].priceValue > level.priceValue : side[mid].priceValue < level.priceValue
            if before { low = mid + 1 } else { high = mid }
        }
        if low < side.count && side[low].priceValue == level.priceValue {
            if level.isDeletion { side.remove(at: low) } else { side[low] = level }
        } else if !level.isDeletion {
            side.insert(level, at: low)
        }
    }
}

extension OrderBookState {
    /// Applies one raw message of a books channel exactly as OKX sends it (`{"arg":…,
    /// "action":"snapshot"|"update","data":[…]}`): for replaying recorded feeds and for
    /// maintaining a book from a WebSocket connection of your own. A snapshot replaces the
    /// book; an update is checked for `seqId` continuity (and a non-zero checksum) first.
    public mutating func apply(message: Data) throws(Problem) {
        let push: BookPush
        do { push = try OKXDecoder().decode(BookPush.self, from: message) } catch { throw .malformed("not a books message: \(error)") }
        for data in push.data {
            let ts = data.ts.flatMap { Int64($0) }.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) }
            let checksum = data.checksum.map { Int32(truncatingIfNeeded: $0) }
            if push.action == "snapshot" || push.action == nil {
                try applySnapshot(bids: data.bids, asks: data.asks, seqId: data.seqId, checksum: checksum, timestamp: ts)
            } else {
                try applyUpdate(bids: data.bids, asks: data.asks, seqId: data.seqId, prevSeqId: data.prevSeqId, checksum: checksum, timestamp: ts)
            }
        }
    }
}
