public import Foundation

extension API.PublicData.State {
    /// Every state this SDK names: `live`, `suspend`, `preopen`, `test`, `rebase`, `post_only`,
    /// `settling` and `expired`. Anything else OKX sends decodes too and keeps its text.
    public static let known: [Self] = [.live, .suspend, .preopen, .test, .rebase, .postOnly, .settling, .expired]

    /// False for a state OKX added after this SDK was built (its text is in `rawValue`): treat
    /// the instrument as not tradable until you know what the state means.
    public var isKnown: Bool { Self.known.contains(self) }

    /// True while orders are collected but not matched (a pre-open call auction), so a crossed
    /// book is expected.
    public var isCallAuction: Bool { self == .preopen }

    /// True when OKX takes new orders: `live`; `post_only` (post-only orders only); `preopen`
    /// (limit orders, collected for the auction).
    public var acceptsOrders: Bool { self == .live || self == .postOnly || self == .preopen }
}

extension API.PublicData.GetInstruments.Response {
    /// True while a new listing collects orders without matching them (a pre-open call
    /// auction): limit orders rest, market orders are refused, and the book may be crossed.
    public var isInCallAuction: Bool { state == .preopen }

    /// When continuous trading starts (or started) after a call auction or pre-quote:
    /// `contTdSwTime`, or the older `auctionEndTime` when only that is sent; nil for an
    /// instrument listed without an auction.
    public var continuousTradingStart: Date? { contTdSwTime ?? auctionEndTime }

    /// Whether this is an X-Perp ("expiry perpetual"): a swap that pays funding like a
    /// perpetual but is delisted at `expTime`.
    ///
    /// The rule: `ruleType` is `xperp`, or the instrument is a `SWAP` with an `expTime`. OKX
    /// marks X-Perps with the rule type; a regular perpetual never has an expiry (OKX sends
    /// `expTime` empty, decoded as nil), so an expiry on a swap is enough on its own when the
    /// rule type is missing or unknown — futures, which also expire, are `FUTURES`, not `SWAP`.
    public var isXPerpetual: Bool {
        ruleType == .xperp || (instType == .swap && expTime != nil)
    }

    /// Whether the listing is still before continuous trading at `now`: in its call auction
    /// (state `preopen`), or listed with a `listTime` / continuous-trading start after `now`.
    public func isBeforeContinuousTrading(at now: Date) -> Bool {
        if state == .preopen { return true }
        if let start = continuousTradingStart, start > now { return true }
        if let listTime, listTime > now { return true }
        return false
    }
}
