public import Foundation

/// A new spot listing for the simulator: the pair, its steps, the reference price, and when its
/// call auction ends.
///
/// Listed in `preopen`: limit orders are accepted and rest without matching (so buys may sit
/// above sells and the book is crossed), market orders are refused with OKX's 51124. The
/// listing opens — state `live` — when told to (``OKXSimulator/setInstrumentState(_:to:)`` or
/// `POST /sim/v1/instrument/state`), or by itself on the first request after the simulator's
/// clock passes ``opensAt``. Opening runs the auction: the resting orders that cross are
/// matched at one price, the one that trades the most size.
public struct SimulatedListing: Sendable, Hashable {
    /// The pair, `BASE-QUOTE` (e.g. `ABC-USDT`).
    public var instId: String
    /// When the listing was announced as listed (`listTime`), in milliseconds since 1970.
    public var listTime: Int64
    /// When the call auction ends and continuous trading starts (`auctionEndTime` and
    /// `contTdSwTime`), in milliseconds since 1970; nil to open only when told to.
    public var auctionEndTime: Int64?
    /// The reference price the book is drawn around, and the opening price if nothing crosses.
    public var price: Decimal
    /// The price step.
    public var tickSz: Decimal
    /// The size step.
    public var lotSz: Decimal
    /// The smallest size.
    public var minSz: Decimal
    /// Base currency credited to every configured account, so they have something to sell.
    public var baseBalance: Decimal

    /// A listing; the steps default to a small-cap token's.
    public init(instId: String, listTime: Int64, auctionEndTime: Int64? = nil, price: Decimal = 1, tickSz: Decimal = Decimal(string: "0.0001") ?? 1,
                lotSz: Decimal = Decimal(string: "0.01") ?? 1, minSz: Decimal = 1, baseBalance: Decimal = 0) {
        self.instId = instId
        self.listTime = listTime
        self.auctionEndTime = auctionEndTime
        self.price = price
        self.tickSz = tickSz
        self.lotSz = lotSz
        self.minSz = minSz
        self.baseBalance = baseBalance
    }

    /// When the listing goes live on its own: the auction end.
    public var opensAt: Int64? { auctionEndTime }
}

/// What opening a listing did.
public struct ListingOpening: Sendable {
    /// The instrument.
    public var instId: String
    /// The single price the auction matched at; nil when no orders crossed.
    public var auctionPrice: Decimal?
    /// The size matched at that price (base currency).
    public var matchedSize: Decimal
    /// The orders that traded in the auction, fully or partly.
    public var filled: [SimulatedOrder]
}

extension SimulatedExchange {
    /// Adds a spot listing in `preopen`. 51000 when the id is not `BASE-QUOTE` or already
    /// listed, or a step or the price is not positive.
    func list(_ listing: SimulatedListing, accounts: [String]) throws(ExchangeError) {
        let parts = listing.instId.split(separator: "-").map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw ExchangeError(code: 51000, params: ["instId"]) }
        for value in [listing.price, listing.tickSz, listing.lotSz, listing.minSz] where value <= 0 {
            throw ExchangeError(code: 51000, params: ["px"])
        }
        try state.withLock { (s: inout State) throws(ExchangeError) in
            guard s.instruments[listing.instId] == nil else { throw ExchangeError(code: 51000, params: ["instId"]) }
            let code = (s.instruments.values.map(\.instIdCode).max() ?? 10000) + 1
            var instrument = SimulatedInstrument(instType: "SPOT", instId: listing.instId, instIdCode: code, baseCcy: parts[0], quoteCcy: parts[1],
                                                 tickSz: listing.tickSz, lotSz: listing.lotSz, minSz: listing.minSz, state: "preopen",
                                                 listTime: listing.listTime, contTdSwTime: listing.auctionEndTime, mid: listing.price,
                                                 openType: "call_auction")
            instrument.auctionEndTime = listing.auctionEndTime
            instrument.opensAt = listing.opensAt
            s.instruments[listing.instId] = instrument
            s.books[listing.instId] = SimulatedMarket.book(for: instrument)
            for account in accounts {
                var acct = s.accounts[account] ?? Account()
                acct.balances[parts[0], default: 0] += listing.baseBalance
                s.accounts[account] = acct
            }
        }
    }

    /// The listings whose auction end has passed at `now` and that are still in `preopen`.
    func dueListings(now: Int64) -> [String] {
        state.withLock { s in
            s.instruments.values.filter { $0.state == "preopen" && ($0.opensAt.map { $0 <= now } ?? false) }.map(\.instId).sorted()
        }
    }

    /// Sets an instrument's state. Going from `preopen` to `live` runs the auction (see
    /// ``SimulatedListing``); other changes only set the state. 51001 for an unknown instrument,
    /// 51000 for a state OKX does not have.
    func setState(_ instId: String, to newState: String, now: Int64) throws(ExchangeError) -> ListingOpening {
        guard ["live", "suspend", "preopen", "test", "rebase", "post_only", "settling", "expired"].contains(newState) else {
            throw ExchangeError(code: 51000, params: ["state"])
        }
        return try state.withLock { (s: inout State) throws(ExchangeError) -> ListingOpening in
            guard var instrument = s.instruments[instId] else { throw ExchangeError(code: 51001) }
            var opening = ListingOpening(instId: instId, auctionPrice: nil, matchedSize: 0, filled: [])
            if newState == "live" && instrument.state == "preopen" {
                opening = Self.uncross(instId, reference: instrument.mid, state: &s, now: now)
                if let price = opening.auctionPrice { instrument.mid = price }
            }
            instrument.state = newState
            instrument.opensAt = nil
            s.instruments[instId] = instrument
            // The drawn book follows the state: crossed in preopen, uncrossed around the price once live.
            s.books[instId] = SimulatedMarket.book(for: instrument)
            s.seqIds[instId] = (s.seqIds[instId] ?? 1000) + 1
            return opening
        }
    }

    /// The call auction's match: the price that trades the most size among the resting limit
    /// orders (ties: the smaller buy/sell imbalance, then the price nearest `reference`, then
    /// the lower), then buys from the highest and sells from the lowest price, earliest first,
    /// filled at that one price until the matched size is used up.
    private static func uncross(_ instId: String, reference: Decimal, state s: inout State, now: Int64) -> ListingOpening {
        let resting = s.orders.values.filter { $0.isLive && $0.instId == instId && $0.price != nil }
        let buys = resting.filter { $0.side == "buy" }.sorted { ($0.price ?? 0, -$0.createdAt) > ($1.price ?? 0, -$1.createdAt) }
        let sells = resting.filter { $0.side == "sell" }.sorted { ($0.price ?? 0, $0.createdAt) < ($1.price ?? 0, $1.createdAt) }
        var best: (price: Decimal, volume: Decimal, imbalance: Decimal)?
        for price in Set(resting.compactMap(\.price)) {
            let demand = buys.filter { ($0.price ?? 0) >= price }.reduce(Decimal(0)) { $0 + $1.size - $1.filled }
            let supply = sells.filter { ($0.price ?? 0) <= price }.reduce(Decimal(0)) { $0 + $1.size - $1.filled }
            let volume = min(demand, supply), imbalance = abs(demand - supply)
            guard volume > 0 else { continue }
            if let b = best {
                let better = volume != b.volume ? volume > b.volume
                    : imbalance != b.imbalance ? imbalance < b.imbalance
                    : abs(price - reference) != abs(b.price - reference) ? abs(price - reference) < abs(b.price - reference)
                    : price < b.price
                if !better { continue }
            }
            best = (price, volume, imbalance)
        }
        guard let best, let instrument = s.instruments[instId] else {
            return ListingOpening(instId: instId, auctionPrice: nil, matchedSize: 0, filled: [])
        }
        var filled: [SimulatedOrder] = []
        for (side, orders) in [("buy", buys), ("sell", sells)] {
            var left = best.volume
            for candidate in orders where left > 0 {
                guard let px = candidate.price, side == "buy" ? px >= best.price : px <= best.price, var order = s.orders[candidate.ordId] else { continue }
                let qty = min(order.size - order.filled, left)
                left -= qty
                var acct = s.accounts[order.account] ?? Account()
                // Release what the resting order froze at its own price, trade at the auction
                // price, and freeze again whatever still rests.
                freeze(order, instrument: instrument, account: &acct, sign: -1)
                let sweep = Sweep(fills: [(best.price, qty)], qty: qty, notional: best.price * qty * instrument.unit, exhausted: false)
                execute(&order, sweep: sweep, instrument: instrument, account: &acct, state: &s, now: now, maker: true)
                if order.filled >= order.size { order.state = "filled" } else { freeze(order, instrument: instrument, account: &acct, sign: 1) }
                s.accounts[order.account] = acct
                s.orders[order.ordId] = order
                filled.append(order)
            }
        }
        return ListingOpening(instId: instId, auctionPrice: best.price, matchedSize: best.volume, filled: filled)
    }
}

extension SimulatorState {
    /// Opens the listings whose auction end the simulator's clock has passed; pushes their
    /// auction fills to WebSocket subscribers. Called as each request arrives, so a listing
    /// opens on the first request after its time, as a client would observe it.
    func openDueListings() {
        let now = serverMilliseconds()
        for instId in exchange.dueListings(now: now) {
            guard let opening = try? exchange.setState(instId, to: "live", now: now) else { continue }
            for order in opening.filled { hub.notify(order, state: self) }
        }
    }

    /// Sets a state through the exchange and pushes the auction's fills.
    func setInstrumentState(_ instId: String, to newState: String) throws(ExchangeError) -> ListingOpening {
        let opening = try exchange.setState(instId, to: newState, now: serverMilliseconds())
        for order in opening.filled { hub.notify(order, state: self) }
        return opening
    }
}

extension OKXSimulator {
    /// Lists a new spot instrument in `preopen` (its call auction): see ``SimulatedListing``.
    /// Throws for an id that is not `BASE-QUOTE`, one already listed, or non-positive steps.
    public func list(_ listing: SimulatedListing) throws {
        do { try state.exchange.list(listing, accounts: state.configuration.keys.map(\.apiKey)) } catch {
            throw SimulatorError(message: "cannot list \(listing.instId) (OKX code \(error.code))")
        }
    }

    /// Sets an instrument's `state` (`live`, `suspend`, `preopen`, `test`, `rebase`,
    /// `post_only`, `settling`, `expired`). From `preopen` to `live` the call auction
    /// uncrosses: crossing orders are matched at one price. Returns what the auction did.
    @discardableResult
    public func setInstrumentState(_ instId: String, to newState: String) throws -> ListingOpening {
        do { return try state.setInstrumentState(instId, to: newState) } catch {
            throw SimulatorError(message: error.code == 51001 ? "unknown instrument \(instId)" : "\(newState) is not an instrument state")
        }
    }
}
