public import Foundation
import Synchronization

/// An order as the simulator keeps it.
public struct SimulatedOrder: Sendable, Hashable {
    public var account: String
    public var instId: String
    public var ordId: String
    public var clOrdId: String
    public var side: String
    public var ordType: String
    public var tdMode: String
    public var price: Decimal?
    public var size: Decimal
    public var filled: Decimal
    public var averagePrice: Decimal?
    public var state: String
    public var createdAt: Int64
    public var updatedAt: Int64
}

/// An OKX error the exchange logic decided on: the code and the values for its `{paramN}`.
struct ExchangeError: Error {
    var code: Int
    var params: [String] = []
}

/// The simulator's order state: accounts, balances, resting orders, fills. All access goes
/// through one lock; every operation is short.
final class SimulatedExchange: Sendable {
    struct Account {
        var balances: [String: Decimal] = ["USDT": 100_000, "BTC": 2, "ETH": 20, "NEW": 0]
        var frozen: [String: Decimal] = [:]
    }

    struct State {
        var instruments: [String: SimulatedInstrument] = [:]
        var books: [String: Book] = [:]
        var accounts: [String: Account] = [:]
        var orders: [String: SimulatedOrder] = [:]
        var orderSequence: Int = 600_000_000_000
        var seqIds: [String: Int64] = [:]
        var generator = SplitMix64(state: 0x5EED)
    }

    private let state: Mutex<State>

    init(now: Int64) {
        var initial = State()
        for instrument in SimulatedMarket.instruments(now: now) {
            initial.instruments[instrument.instId] = instrument
            initial.books[instrument.instId] = SimulatedMarket.book(for: instrument)
        }
        state = Mutex(initial)
    }

    func instruments(type: String?, instId: String?) -> [SimulatedInstrument] {
        state.withLock { s in
            s.instruments.values.filter { (type == nil || $0.instType == type) && (instId == nil || $0.instId == instId) }.sorted { $0.instId < $1.instId }
        }
    }

    /// The live book and its `seqId` (the simulator's market moves while WebSocket clients watch).
    func bookWithSequence(_ instId: String) -> (Book, Int64)? {
        state.withLock { s in
            guard let b = s.books[instId] else { return nil }
            return (b, s.seqIds[instId] ?? 1000)
        }
    }

    /// The instrument with this `instIdCode`.
    func instrument(code: Int) -> SimulatedInstrument? {
        state.withLock { s in s.instruments.values.first { $0.instIdCode == code } }
    }

    /// Moves the market a little: a few sizes change, a level disappears, a deeper one appears.
    /// Returns the changed levels (size "0" deletes) and the sequence ids, as OKX sends them.
    func evolve(_ instId: String) -> (bids: [Level], asks: [Level], prevSeqId: Int64, seqId: Int64)? {
        state.withLock { s in
            guard var book = s.books[instId], let instrument = s.instruments[instId] else { return nil }
            var changedBids: [Level] = [], changedAsks: [Level] = []
            let changes = Int(s.generator.next() % 3) + 1
            for _ in 0..<changes {
                let bidSide = s.generator.next() % 2 == 0
                var side = bidSide ? book.bids : book.asks
                guard !side.isEmpty else { continue }
                let i = Int(s.generator.next() % UInt64(min(20, side.count)))
                if s.generator.next() % 5 == 0 && side.count > 10 {
                    // Remove a level, and add one further out to keep the depth.
                    var removed = side.remove(at: i)
                    removed.size = 0
                    let step = instrument.tickSz * 10
                    let far = bidSide ? (side.last?.price ?? instrument.mid) - step : (side.last?.price ?? instrument.mid) + step
                    let added = Level(price: far, size: Decimal(Int(s.generator.next() % 9) + 1) / 2, orders: 1)
                    side.append(added)
                    if bidSide { changedBids += [removed, added] } else { changedAsks += [removed, added] }
                } else {
                    side[i].size = Decimal(Int(s.generator.next() % 40) + 1) / 4
                    side[i].orders = Int(s.generator.next() % 5) + 1
                    if bidSide { changedBids.append(side[i]) } else { changedAsks.append(side[i]) }
                }
                if bidSide { book.bids = side } else { book.asks = side }
            }
            let prev = s.seqIds[instId] ?? 1000
            let next = prev + Int64(s.generator.next() % 3) + 1  // ids may jump by more than one
            s.seqIds[instId] = next
            s.books[instId] = book
            return (changedBids, changedAsks, prev, next)
        }
    }

    /// Restarts the sequence (as after maintenance) and returns the new, lower id.
    func resetSequence(_ instId: String) -> (prevSeqId: Int64, seqId: Int64) {
        state.withLock { s in
            let prev = s.seqIds[instId] ?? 1000
            s.seqIds[instId] = 7
            return (prev, 7)
        }
    }

    func book(_ instId: String) -> (SimulatedInstrument, Book)? {
        state.withLock { s in
            guard let i = s.instruments[instId], let b = s.books[instId] else { return nil }
            return (i, b)
        }
    }

    func account(_ id: String) -> Account {
        state.withLock { $0.accounts[id] ?? Account() }
    }

    func orders(account: String) -> [SimulatedOrder] {
        state.withLock { s in s.orders.values.filter { $0.account == account }.sorted { $0.createdAt < $1.createdAt } }
    }

    /// Every order of every account (for tests that count orders by clOrdId).
    func allOrders() -> [SimulatedOrder] {
        state.withLock { Array($0.orders.values) }
    }

    struct Placement {
        var instId: String
        var side: String
        var ordType: String
        var tdMode: String
        var size: Decimal
        var price: Decimal?
        var clOrdId: String
    }

    func place(_ p: Placement, account: String, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let instrument = s.instruments[p.instId], let book = s.books[p.instId] else { throw ExchangeError(code: 51001) }
            guard p.side == "buy" || p.side == "sell" else { throw ExchangeError(code: 51000, params: ["side"]) }
            guard p.size > 0 else { throw ExchangeError(code: 51000, params: ["sz"]) }
            guard p.size >= instrument.minSz else { throw ExchangeError(code: 51020) }
            let isMarket = p.ordType == "market"
            if !isMarket {
                guard let px = p.price, px > 0 else { throw ExchangeError(code: 51000, params: ["px"]) }
            }
            if instrument.state == "preopen" && isMarket { throw ExchangeError(code: 51124) }
            // As on OKX, a clOrdId must be unique among the account's *live* orders only: a
            // finished order's id can be used again, so this check cannot stop a double placement.
            if !p.clOrdId.isEmpty, s.orders.values.contains(where: {
                $0.account == account && $0.clOrdId == p.clOrdId && ($0.state == "live" || $0.state == "partially_filled")
            }) {
                throw ExchangeError(code: 51016)
            }
            var acct = s.accounts[account] ?? Account()
            let best = p.side == "buy" ? book.asks.first?.price : book.bids.first?.price
            let marketable = instrument.state == "live" && (isMarket || {
                guard let best, let px = p.price else { return false }
                return p.side == "buy" ? px >= best : px <= best
            }())
            let reference = marketable ? (best ?? instrument.mid) : (p.price ?? instrument.mid)
            if instrument.isSpot {
                let (ccy, needed) = p.side == "buy" ? (instrument.quoteCcy, reference * p.size) : (instrument.baseCcy, p.size)
                let available = (acct.balances[ccy] ?? 0) - (acct.frozen[ccy] ?? 0)
                guard available >= needed else { throw ExchangeError(code: 51008) }
            }
            s.orderSequence += 1
            var order = SimulatedOrder(account: account, instId: p.instId, ordId: String(s.orderSequence), clOrdId: p.clOrdId, side: p.side,
                                       ordType: p.ordType, tdMode: p.tdMode, price: p.price, size: p.size, filled: 0, averagePrice: nil,
                                       state: "live", createdAt: now, updatedAt: now)
            if marketable {
                Self.fill(&order, at: reference, instrument: instrument, account: &acct)
            } else {
                Self.freeze(order, instrument: instrument, account: &acct, sign: 1)
            }
            s.accounts[account] = acct
            s.orders[order.ordId] = order
            return order
        }
    }

    func cancel(account: String, instId: String, ordId: String?, clOrdId: String?, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let key = Self.find(s, account: account, instId: instId, ordId: ordId, clOrdId: clOrdId) else { throw ExchangeError(code: 51400) }
            guard var order = s.orders[key], order.state == "live" || order.state == "partially_filled",
                  let instrument = s.instruments[order.instId] else { throw ExchangeError(code: 51400) }
            var acct = s.accounts[account] ?? Account()
            Self.freeze(order, instrument: instrument, account: &acct, sign: -1)
            order.state = "canceled"
            order.updatedAt = now
            s.accounts[account] = acct
            s.orders[key] = order
            return order
        }
    }

    func amend(account: String, instId: String, ordId: String?, clOrdId: String?, newSize: Decimal?, newPrice: Decimal?, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let key = Self.find(s, account: account, instId: instId, ordId: ordId, clOrdId: clOrdId) else { throw ExchangeError(code: 51603) }
            guard var order = s.orders[key], order.state == "live", let instrument = s.instruments[order.instId],
                  let book = s.books[order.instId] else { throw ExchangeError(code: 51503) }
            if let newSize, newSize <= 0 { throw ExchangeError(code: 51000, params: ["newSz"]) }
            if let newPrice, newPrice <= 0 { throw ExchangeError(code: 51000, params: ["newPx"]) }
            var acct = s.accounts[account] ?? Account()
            Self.freeze(order, instrument: instrument, account: &acct, sign: -1)
            order.size = newSize ?? order.size
            order.price = newPrice ?? order.price
            order.updatedAt = now
            let best = order.side == "buy" ? book.asks.first?.price : book.bids.first?.price
            if instrument.state == "live", let best, let px = order.price, order.side == "buy" ? px >= best : px <= best {
                Self.fill(&order, at: best, instrument: instrument, account: &acct)
            } else {
                Self.freeze(order, instrument: instrument, account: &acct, sign: 1)
            }
            s.accounts[account] = acct
            s.orders[key] = order
            return order
        }
    }

    func order(account: String, instId: String, ordId: String?, clOrdId: String?) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let key = Self.find(s, account: account, instId: instId, ordId: ordId, clOrdId: clOrdId), let order = s.orders[key] else {
                throw ExchangeError(code: 51603)
            }
            return order
        }
    }

    private static func find(_ s: State, account: String, instId: String, ordId: String?, clOrdId: String?) -> String? {
        if let ordId, !ordId.isEmpty {
            return s.orders[ordId].flatMap { $0.account == account && $0.instId == instId ? ordId : nil }
        }
        guard let clOrdId, !clOrdId.isEmpty else { return nil }
        // An id can be reused once its order is finished: the live order wins, then the newest.
        return s.orders.values.filter { $0.account == account && $0.instId == instId && $0.clOrdId == clOrdId }
            .max { a, b in
                let (liveA, liveB) = (a.state == "live" || a.state == "partially_filled", b.state == "live" || b.state == "partially_filled")
                return liveA != liveB ? !liveA : a.createdAt < b.createdAt
            }?.ordId
    }

    private static func fill(_ order: inout SimulatedOrder, at price: Decimal, instrument: SimulatedInstrument, account: inout Account) {
        order.filled = order.size
        order.averagePrice = price
        order.state = "filled"
        guard instrument.isSpot else { return }
        let quote = price * order.size
        let (base, quoteCcy) = (instrument.baseCcy, instrument.quoteCcy)
        if order.side == "buy" {
            account.balances[quoteCcy, default: 0] -= quote
            account.balances[base, default: 0] += order.size
        } else {
            account.balances[base, default: 0] -= order.size
            account.balances[quoteCcy, default: 0] += quote
        }
    }

    private static func freeze(_ order: SimulatedOrder, instrument: SimulatedInstrument, account: inout Account, sign: Decimal) {
        guard instrument.isSpot else { return }
        let remaining = order.size - order.filled
        if order.side == "buy" {
            account.frozen[instrument.quoteCcy, default: 0] += sign * remaining * (order.price ?? instrument.mid)
        } else {
            account.frozen[instrument.baseCcy, default: 0] += sign * remaining
        }
    }
}
