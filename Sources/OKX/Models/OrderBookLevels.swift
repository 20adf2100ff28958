public import Foundation

/// The REST order book's rows read as price levels. OKX sends each level as
/// `[price, size, "0", orderCount]`; the generated model keeps the rows as decimals, and this
/// names them. (The streams library's `BookLevel` keeps OKX's exact strings for checksums.)
extension API.MarketData.OrderBook.Response {
    /// One price level.
    public struct Level: Sendable, Hashable {
        /// The price.
        public let price: Decimal
        /// The size at this price, in contracts or base currency as the instrument counts.
        public let size: Decimal
        /// How many orders make up the size.
        public let orderCount: Int

        init?(row: [Decimal]) {
            guard row.count >= 2 else { return nil }
            price = row[0]
            size = row[1]
            orderCount = row.count >= 4 ? NSDecimalNumber(decimal: row[3]).intValue : 0
        }
    }

    /// Bids, best (highest) first.
    public var bidLevels: [Level] { (bids ?? []).compactMap(Level.init(row:)) }
    /// Asks, best (lowest) first.
    public var askLevels: [Level] { (asks ?? []).compactMap(Level.init(row:)) }

    /// Best bid at or above best ask: legal in a pre-open call auction, otherwise stale data.
    /// ``crossing(state:)`` says which.
    public var isCrossed: Bool {
        guard let bid = bidLevels.first?.price, let ask = askLevels.first?.price else { return false }
        return bid >= ask
    }
}

/// The consolidated RPI book's rows read as price levels: OKX sends `[price, total, organic,
/// orderCount]`, where `total` includes the Retail Price Improvement liquidity that only orders
/// placed with `rpiTakerAccess` can take, and `organic` is what every order can take.
extension API.MarketData.RPIOrderBook.Response {
    /// One price level of the consolidated book.
    public struct Level: Sendable, Hashable {
        /// The price.
        public let price: Decimal
        /// Organic and RPI size together.
        public let totalSize: Decimal
        /// The organic part, open to every taker.
        public let organicSize: Decimal
        /// Orders making up the total, organic and RPI.
        public let orderCount: Int
        /// The RPI part: what an order with `rpiTakerAccess` can take beyond the organic size.
        public var rpiSize: Decimal { totalSize - organicSize }

        init?(row: [Decimal]) {
            guard row.count >= 3 else { return nil }
            price = row[0]
            totalSize = row[1]
            organicSize = row[2]
            orderCount = row.count >= 4 ? NSDecimalNumber(decimal: row[3]).intValue : 0
        }
    }

    /// Bids, best (highest) first.
    public var bidLevels: [Level] { (bids ?? []).compactMap(Level.init(row:)) }
    /// Asks, best (lowest) first.
    public var askLevels: [Level] { (asks ?? []).compactMap(Level.init(row:)) }
}
