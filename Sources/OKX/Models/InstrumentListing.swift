extension API.PublicData.GetInstruments.Response {
    /// True while a new listing collects orders without matching them (a pre-open call
    /// auction): limit orders rest, market orders are refused, and the book may be crossed.
    public var isInCallAuction: Bool { state == .preopen }
}
