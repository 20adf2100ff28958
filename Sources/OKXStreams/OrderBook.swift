public import Foundation
import OKX

/// One price level as OKX sent it: price and size keep their exact strings (for display and
/// for the checksum), with a compact form of the price for ordering.
public struct BookLevel: Sendable, Hashable {
    /// Price exactly as OKX sent it.
    public let price: String
    /// Size exactly as OKX sent it: base currency for spot, contracts for derivatives; `0` in an update removes the level.
    public let size: String
    /// Number of orders at this level (0 when the channel does not say).
    public let orders: Int
    /// On the consolidated RPI book (`books-rpi`): the organic part of `size`, exactly as OKX
    /// sent it; the rest is RPI liquidity that only orders with `rpiTakerAccess` can take.
    /// Nil on every other book channel.
    public let organicSize: String?
    /// The price parsed, for arithmetic. Parsed on each read: a book moves its levels on every
    /// insert and delete (a tenth of the 400-level replay's time), and a stored `Decimal` made
    /// each level 30 % larger (104 bytes, 80 without); ordering uses a compact key instead.
    public var priceValue: Decimal { OKXJSON.decimal(price) ?? 0 }  // init checked that `price` is a number
    /// The same price in a form that compares in a few instructions; nil for prices with more
    /// digits than it holds, which then compare as `Decimal`.
    let key: PriceKey?

    /// A level from OKX's strings; nil when `price` is not a number.
    public init?(price: String, size: String, orders: Int = 0, organicSize: String? = nil) {
        // Every level of every message comes here: a price the key reads is a number already,
        // so only the others (more than 18 digits a side, exponents) take the exact parse.
        let key = PriceKey(price)
        if key == nil, OKXJSON.decimal(price) == nil { return nil }
        self.price = price
        self.size = size
        self.orders = orders
        self.organicSize = organicSize
        self.key = key
    }

    /// On `books-rpi`: the RPI liquidity at this price (`size` minus `organicSize`), which only an
    /// order placed with `rpiTakerAccess` can trade against; nil on other channels.
    public var rpiSize: Decimal? {
        guard let organicSize, let total = OKXJSON.decimal(size), let organic = OKXJSON.decimal(organicSize) else { return nil }
        return total - organic
    }

    /// True when this level removes the price (`size` is zero).
    var isDeletion: Bool {
        // "0", "0.0", "0.000": only zeros and a dot. Anything else goes through the exact parse.
        // A digit 1–9 in a plain decimal makes it non-zero without parsing it.
        var sawZero = false, plain = true, nonZeroDigit = false
        for byte in size.utf8 {
            switch byte {
            case UInt8(ascii: "0"): sawZero = true
            case UInt8(ascii: "1")...UInt8(ascii: "9"): nonZeroDigit = true
            case UInt8(ascii: "."): break
            default: plain = false
            }
        }
        if plain { return nonZeroDigit ? false : sawZero }
        return OKXJSON.decimal(size) == 0
    }

    /// Whether `self` sorts before `other` on a side ordered best first.
    @inline(__always) func precedes(_ other: BookLevel, descending: Bool) -> Bool {
        if let a = key, let b = other.key { return descending ? a > b : a < b }
        return descending ? priceValue > other.priceValue : priceValue < other.priceValue
    }

    @inline(__always) func samePrice(_ other: BookLevel) -> Bool {
        if let a = key, let b = other.key { return a == b }
        return priceValue == other.priceValue
    }
}

/// An exact decimal price as whole units (floor) and a fraction in units of 10^-18: comparing
/// two of these is two integer comparisons, where comparing `Decimal`s costs a function call
/// and normalisation each time (the book's binary search does it ~9 times per level).
struct PriceKey: Comparable, Hashable, Sendable {
    let whole: Int64
    let fraction: UInt64

    static let scale: UInt64 = 1_000_000_000_000_000_000

    /// `[-]digits[.digits]` with up to 18 digits on each side; nil otherwise.
    init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8({ PriceKey($0) }) else { return nil }
        self = key
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var whole: Int64 = 0, fraction: UInt64 = 0
        var negative = false, inFraction = false, wholeDigits = 0, fractionDigits = 0
        for (i, byte) in bytes.enumerated() {
            if i == 0 && byte == UInt8(ascii: "-") { negative = true; continue }
            if byte == UInt8(ascii: ".") && !inFraction { inFraction = true; continue }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            if inFraction {
                fractionDigits += 1
                guard fractionDigits <= 18 else { return nil }
                fraction = fraction * 10 + UInt64(digit)
            } else {
                wholeDigits += 1
                guard wholeDigits <= 18 else { return nil }
                whole = whole * 10 + Int64(digit)
            }
        }
        // Strictly `-?digits(.digits)?`, so that every price with a key is a number ("1." and
        // ".5" go to the exact parse instead).
        guard wholeDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<18 { fraction *= 10 }
        if negative {
            // floor(-x) = -(whole + 1) when there is a fraction; the fraction counts up from it.
            if fraction > 0 {
                whole = -whole - 1
                fraction = Self.scale - fraction
            } else {
                whole = -whole
            }
        }
        self.whole = whole
        self.fraction = fraction
    }

    static func < (a: PriceKey, b: PriceKey) -> Bool { a.whole != b.whole ? a.whole < b.whole : a.fraction < b.fraction }
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

        /// What went wrong, in one line, with the sequence numbers or checksums involved.
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

    /// Instrument the book is for.
    public let instId: String
    /// Whether this is the consolidated RPI book (`books-rpi`): its levels keep their organic
    /// size (``BookLevel/organicSize``) and OKX sends it without checksums.
    public let isConsolidated: Bool
    /// Best (highest) first.
    public private(set) var bids: [BookLevel] = []
    /// Best (lowest) first.
    public private(set) var asks: [BookLevel] = []
    /// The last applied `seqId`; nil before the first snapshot.
    public private(set) var seqId: Int64?
    public private(set) var timestamp: Date?

    /// An empty book for `instId`; it fills with the first snapshot. `consolidated` for a
    /// `books-rpi` book.
    public init(instId: String, consolidated: Bool = false) {
        self.instId = instId
        self.isConsolidated = consolidated
    }

    /// Best bid at or above best ask: legitimate in a call auction, a warning sign otherwise.
    public var isCrossed: Bool {
        guard let bid = bids.first, let ask = asks.first else { return false }
        return !bid.precedes(ask, descending: false)
    }

    /// Replaces the book with a snapshot.
    public mutating func applySnapshot(bids: [[String]], asks: [[String]], seqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        try applySnapshot(wire: bids.map(WireLevel.init), asks: asks.map(WireLevel.init), seqId: seqId, checksum: checksum, timestamp: timestamp)
    }

    /// Applies an incremental update after checking it follows the last message.
    public mutating func applyUpdate(bids: [[String]], asks: [[String]], seqId: Int64?, prevSeqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        try applyUpdate(wire: bids.map(WireLevel.init), asks: asks.map(WireLevel.init), seqId: seqId, prevSeqId: prevSeqId, checksum: checksum, timestamp: timestamp)
    }

    mutating func applySnapshot(wire bids: [WireLevel], asks: [WireLevel], seqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        self.bids = try Self.levels(bids, consolidated: isConsolidated).sorted { $0.precedes($1, descending: true) }
        self.asks = try Self.levels(asks, consolidated: isConsolidated).sorted { $0.precedes($1, descending: false) }
        self.seqId = seqId ?? self.seqId ?? 0
        self.timestamp = timestamp
        try verify(checksum)
    }

    mutating func applyUpdate(wire bids: [WireLevel], asks: [WireLevel], seqId: Int64?, prevSeqId: Int64?, checksum: Int32?, timestamp: Date?) throws(Problem) {
        guard let last = self.seqId else { throw .noSnapshot }
        if let seqId, let prevSeqId {
            if seqId < prevSeqId { throw .sequenceReset(previous: prevSeqId, now: seqId) }
            // Already contained in the book (joining a REST snapshot taken just after it): skip.
            if prevSeqId < last && seqId <= last { return }
            if prevSeqId != last { throw .gap(expected: last, got: prevSeqId) }
        }
        for level in try Self.levels(bids, consolidated: isConsolidated) { Self.merge(level, into: &self.bids, descending: true) }
        for level in try Self.levels(asks, consolidated: isConsolidated) { Self.merge(level, into: &self.asks, descending: false) }
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

    private static func levels(_ raw: [WireLevel], consolidated: Bool) throws(Problem) -> [BookLevel] {
        var result: [BookLevel] = []
        result.reserveCapacity(raw.count)
        for entry in raw {
            guard entry.count >= 2,
                  let level = BookLevel(price: entry.price, size: entry.size, orders: entry.orders,
                                        organicSize: consolidated ? entry.third : nil) else {
                throw .malformed([entry.price, entry.size].joined(separator: ","))
            }
            result.append(level)
        }
        return result
    }

    /// Same price: replace, or delete when the size is zero; new price: insert in order.
    private static func merge(_ level: BookLevel, into side: inout [BookLevel], descending: Bool) {
        let low = position(of: level, in: side, descending: descending)
        if low < side.count && side[low].samePrice(level) {
            if level.isDeletion { side.remove(at: low) } else { side[low] = level }
        } else if !level.isDeletion {
            side.insert(level, at: low)
        }
    }

    /// Where `level` belongs: the first level that does not precede it. Compares the keys in
    /// place in the side's buffer (about 500 instructions fewer per replayed message than calling
    /// `precedes` on `side[mid]`).
    private static func position(of level: BookLevel, in side: [BookLevel], descending: Bool) -> Int {
        side.withUnsafeBufferPointer { levels in
            var low = 0, high = levels.count
            if let key = level.key {
                while low < high {
                    let mid = (low &+ high) &>> 1
                    let before: Bool
                    if let other = levels[mid].key { before = descending ? other > key : other < key } else { before = levels[mid].precedes(level, descending: descending) }
                    if before { low = mid &+ 1 } else { high = mid }
                }
            } else {
                while low < high {
                    let mid = (low &+ high) &>> 1
                    if levels[mid].precedes(level, descending: descending) { low = mid &+ 1 } else { high = mid }
                }
            }
            return low
        }
    }
}

extension OrderBookState {
    /// Applies one raw message of a books channel exactly as OKX sends it (`{"arg":…,
    /// "action":"snapshot"|"update","data":[…]}`): for replaying recorded feeds and for
    /// maintaining a book from a WebSocket connection of your own. A snapshot replaces the
    /// book; an update is checked for `seqId` continuity (and a non-zero checksum) first.
    /// Messages of `books-rpi` need a book made with `consolidated: true` to keep their organic sizes.
    public mutating func apply(message: Data) throws(Problem) {
        let push: BookPush
        do { push = try OKXDecoder().decode(BookPush.self, from: message) } catch { throw .malformed("not a books message: \(error)") }
        for data in push.data {
            let ts = data.ts.flatMap { Int64($0) }.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) }
            let checksum = data.checksum.map { Int32(truncatingIfNeeded: $0) }
            if push.action == "snapshot" || push.action == nil {
                try applySnapshot(wire: data.bids, asks: data.asks, seqId: data.seqId, checksum: checksum, timestamp: ts)
            } else {
                try applyUpdate(wire: data.bids, asks: data.asks, seqId: data.seqId, prevSeqId: data.prevSeqId, checksum: checksum, timestamp: ts)
            }
        }
    }
}
