/// `SPOT`, `MARGIN`, `SWAP`, `FUTURES`, `OPTION`, `EVENTS`.
public struct InstrumentType: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let spot: Self = "SPOT"
    public static let margin: Self = "MARGIN"
    public static let swap: Self = "SWAP"
    public static let futures: Self = "FUTURES"
    public static let option: Self = "OPTION"
    public static let events: Self = "EVENTS"
}

/// An instrument's trading state. During ``preopen`` (call auction) orders are collected but
/// not matched, and the book may legitimately show best bid above best ask.
public struct InstrumentState: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let live: Self = "live"
    public static let suspend: Self = "suspend"
    public static let preopen: Self = "preopen"
    public static let test: Self = "test"
    public static let rebase: Self = "rebase"
    public static let postOnly: Self = "post_only"
    public static let settling: Self = "settling"
}

/// `buy` or `sell`.
public struct Side: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let buy: Self = "buy"
    public static let sell: Self = "sell"
}

/// `market`, `limit`, `post_only`, `fok`, `ioc`, `optimal_limit_ioc`, …
public struct OrderType: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let market: Self = "market"
    public static let limit: Self = "limit"
    public static let postOnly: Self = "post_only"
    public static let fillOrKill: Self = "fok"
    public static let immediateOrCancel: Self = "ioc"
    public static let optimalLimitIOC: Self = "optimal_limit_ioc"
}

/// Trade mode: `cash` (spot, no margin), `cross`, `isolated`, `spot_isolated`.
public struct TradeMode: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let cash: Self = "cash"
    public static let cross: Self = "cross"
    public static let isolated: Self = "isolated"
    public static let spotIsolated: Self = "spot_isolated"
}

/// `long`, `short`, or `net` (one-way mode).
public struct PositionSide: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let long: Self = "long"
    public static let short: Self = "short"
    public static let net: Self = "net"
}

/// `live`, `partially_filled`, `filled`, `canceled`, `mmp_canceled`.
public struct OrderState: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let live: Self = "live"
    public static let partiallyFilled: Self = "partially_filled"
    public static let filled: Self = "filled"
    public static let canceled: Self = "canceled"
    public static let mmpCanceled: Self = "mmp_canceled"

    /// Whether the order can still trade.
    public var isOpen: Bool { self == .live || self == .partiallyFilled }
}
