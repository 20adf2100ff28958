/// `SPOT`, `MARGIN`, `SWAP`, `FUTURES`, `OPTION`, `EVENTS`.
public struct InstrumentType: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Spot trading: buying and selling the currency itself.
    public static let spot: Self = "SPOT"
    /// Spot trading with borrowed funds (margin).
    public static let margin: Self = "MARGIN"
    /// Perpetual swaps: contracts without expiry, settled by funding.
    public static let swap: Self = "SWAP"
    /// Futures: contracts that expire on a delivery date.
    public static let futures: Self = "FUTURES"
    /// Options contracts.
    public static let option: Self = "OPTION"
    /// Event contracts (prediction markets).
    public static let events: Self = "EVENTS"
}

/// An instrument's trading state. During ``preopen`` (call auction) orders are collected but
/// not matched, and the book may legitimately show best bid above best ask.
public struct InstrumentState: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Open for trading.
    public static let live: Self = "live"
    /// Trading is suspended.
    public static let suspend: Self = "suspend"
    /// Before listing: a call auction collects orders without matching them.
    public static let preopen: Self = "preopen"
    /// Pre-listing test instrument, not open to regular trading.
    public static let test: Self = "test"
    /// Being rebased (contract value adjusted); trading paused meanwhile.
    public static let rebase: Self = "rebase"
    /// Only post-only orders are accepted (e.g. right after listing).
    public static let postOnly: Self = "post_only"
    /// Settling or delivering; new orders are refused.
    public static let settling: Self = "settling"
    /// Expired (futures and options past delivery); listed for history only.
    public static let expired: Self = "expired"
}

/// `buy` or `sell`.
public struct Side: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Buy the base currency or go long.
    public static let buy: Self = "buy"
    /// Sell the base currency or go short.
    public static let sell: Self = "sell"
}

/// `market`, `limit`, `post_only`, `fok`, `ioc`, `optimal_limit_ioc`, …
public struct OrderType: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Fills immediately at the best available prices.
    public static let market: Self = "market"
    /// Rests on the book at the given price until filled or canceled.
    public static let limit: Self = "limit"
    /// Limit order that is canceled instead of taking liquidity; it only ever makes.
    public static let postOnly: Self = "post_only"
    /// Fill-or-kill: fills completely at once or is canceled.
    public static let fillOrKill: Self = "fok"
    /// Immediate-or-cancel: fills what it can at once, the rest is canceled.
    public static let immediateOrCancel: Self = "ioc"
    /// Market order with immediate-or-cancel, at the best price within limits (derivatives only).
    public static let optimalLimitIOC: Self = "optimal_limit_ioc"
}

/// Trade mode: `cash` (spot, no margin), `cross`, `isolated`, `spot_isolated`.
public struct TradeMode: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// No margin: spot trading with own funds.
    public static let cash: Self = "cash"
    /// Cross margin: the whole account's equity backs the position.
    public static let cross: Self = "cross"
    /// Isolated margin: only the margin assigned to the position backs it.
    public static let isolated: Self = "isolated"
    /// Isolated margin for spot copy trading.
    public static let spotIsolated: Self = "spot_isolated"
}

/// `long`, `short`, or `net` (one-way mode).
public struct PositionSide: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Long side of a position in long/short mode.
    public static let long: Self = "long"
    /// Short side of a position in long/short mode.
    public static let short: Self = "short"
    /// Net mode: one position per instrument, its sign giving the direction.
    public static let net: Self = "net"
}

/// `live`, `partially_filled`, `filled`, `canceled`, `mmp_canceled`.
public struct OrderState: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including values this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Resting on the book, nothing filled yet.
    public static let live: Self = "live"
    /// Partly filled, the rest still resting.
    public static let partiallyFilled: Self = "partially_filled"
    /// Completely filled.
    public static let filled: Self = "filled"
    /// Canceled (possibly after a partial fill).
    public static let canceled: Self = "canceled"
    /// Canceled by market maker protection (MMP).
    public static let mmpCanceled: Self = "mmp_canceled"

    /// Whether the order can still trade.
    public var isOpen: Bool { self == .live || self == .partiallyFilled }
}
