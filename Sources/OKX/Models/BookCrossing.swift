public import Foundation

/// What a crossed order book (best bid at or above best ask) means, given what the caller knows
/// about the instrument. In continuous trading a crossed book cannot happen on the exchange, so
/// it means the local copy is stale or damaged; in a pre-open call auction orders are collected
/// without matching, so the book crosses by design until the auction uncrosses it.
public enum BookCrossing: Sendable, Hashable, CustomStringConvertible {
    /// Best bid below best ask (or a side is empty): nothing to explain.
    case notCrossed
    /// Crossed, and the instrument is in its call auction: expected.
    case crossedDuringAuction(bestBid: Decimal, bestAsk: Decimal)
    /// Crossed while trading continuously: the book is corrupt or stale; fetch a fresh snapshot.
    case corrupt(bestBid: Decimal, bestAsk: Decimal)

    /// Reads the best prices: `duringAuction` says the instrument is in its call auction.
    public init(bestBid: Decimal?, bestAsk: Decimal?, duringAuction: Bool) {
        guard let bestBid, let bestAsk, bestBid >= bestAsk else { self = .notCrossed; return }
        self = duringAuction ? .crossedDuringAuction(bestBid: bestBid, bestAsk: bestAsk) : .corrupt(bestBid: bestBid, bestAsk: bestAsk)
    }

    /// Reads the best prices given the instrument's `state` (a call auction when `preopen`).
    public init(bestBid: Decimal?, bestAsk: Decimal?, state: API.PublicData.State?) {
        self.init(bestBid: bestBid, bestAsk: bestAsk, duringAuction: state?.isCallAuction ?? false)
    }

    /// False only for ``corrupt(bestBid:bestAsk:)``: the book can be used as it is.
    public var isAcceptable: Bool {
        if case .corrupt = self { return false }
        return true
    }

    /// One line for logs and the CLI.
    public var description: String {
        switch self {
        case .notCrossed: return "not crossed"
        case .crossedDuringAuction(let bid, let ask): return "crossed (bid \(bid) ≥ ask \(ask)) during the call auction, as expected"
        case .corrupt(let bid, let ask): return "crossed (bid \(bid) ≥ ask \(ask)) outside a call auction: the book is stale or corrupt"
        }
    }
}

extension API.MarketData.OrderBook.Response {
    /// Whether the book is crossed and what that means, given whether the instrument is in its
    /// call auction.
    public func crossing(duringAuction: Bool) -> BookCrossing {
        BookCrossing(bestBid: bidLevels.first?.price, bestAsk: askLevels.first?.price, duringAuction: duringAuction)
    }

    /// Whether the book is crossed and what that means, given the instrument's `state`.
    public func crossing(state: API.PublicData.State?) -> BookCrossing {
        crossing(duringAuction: state?.isCallAuction ?? false)
    }

    /// Whether the book is crossed and what that means for `instrument` (from
    /// `GET /api/v5/public/instruments`).
    public func crossing(for instrument: API.PublicData.GetInstruments.Response) -> BookCrossing {
        crossing(duringAuction: instrument.isInCallAuction)
    }
}
