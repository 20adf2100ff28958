public import Foundation
public import OKX

/// What a subscription delivers, in order.
public enum StreamEvent: Sendable {
    case ticker(Ticker)
    case trade(Trade)
    case candle(Candle)
    case order(Order)
    case position(Position)
    case account(AccountBalance)
    case markPrice(MarkPrice)
    case fundingRate(FundingRate)
    case balanceAndPosition(BalanceAndPosition)
    /// `orders-algo` and `algo-advance`.
    case algoOrder(AlgoOrder)
    /// `grid-orders-spot` and `grid-orders-contract`.
    case gridBot(GridBot)
    /// The maintained order book after a message (book channels).
    case book(BookSnapshot)
    /// A payload of a channel without a typed model: the `data` items as JSON.
    case raw(JSONValue)
    /// The connection dropped and was re-established (logged in and resubscribed again);
    /// messages sent while it was down are lost, books restart from a fresh snapshot.
    case reconnected(attempt: Int)
    /// The book could not continue (gap, reset, checksum) and is being rebuilt from a snapshot.
    case resync(reason: String)
    /// A slow consumer made the buffer overflow: this many market-data events were dropped.
    case dropped(count: Int)
    /// The connection moved to a new one after OKX's 64008 service notice, without a gap.
    case switchedConnection
}

/// The book after a message: the top levels, with the exact strings OKX sent.
public struct BookSnapshot: Sendable, Hashable {
    public let instId: String
    public let seqId: Int64?
    public let bids: [BookLevel]
    public let asks: [BookLevel]
    public let timestamp: Date?
    /// Best bid at or above best ask (legal during a pre-open call auction).
    public let isCrossed: Bool
}
