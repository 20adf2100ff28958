public import OKX

extension OrderBookState {
    /// Whether the book is crossed and what that means: expected while the instrument is in its
    /// call auction (`duringAuction`), a stale or corrupt book otherwise. The book itself never
    /// refuses a crossed state (OKX sends one during auctions); this is the caller's check.
    public func crossing(duringAuction: Bool) -> BookCrossing {
        BookCrossing(bestBid: bids.first?.priceValue, bestAsk: asks.first?.priceValue, duringAuction: duringAuction)
    }

    /// Whether the book is crossed and what that means, given the instrument's `state`
    /// (`preopen` is the call auction).
    public func crossing(state: API.PublicData.State?) -> BookCrossing {
        crossing(duringAuction: state?.isCallAuction ?? false)
    }
}
