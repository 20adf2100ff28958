public import Foundation
import Synchronization

/// An order as the simulator keeps it.
public struct SimulatedOrder: Sendable, Hashable {
    /// API key of the account that placed the order.
    public var account: String
    /// Instrument, e.g. `BTC-USDT`.
    public var instId: String
    /// The simulator's order ID: a decimal counter, unique across accounts.
    public var ordId: String
    /// Client order ID as sent; empty when none was given.
    public var clOrdId: String
    /// `buy` or `sell`, as sent.
    public var side: String
    /// OKX order type as sent, e.g. `limit` or `market`.
    public var ordType: String
    /// Trade mode as sent: `cash`, `cross` or `isolated`.
    public var tdMode: String
    /// Limit price; nil for market orders.
    public var price: Decimal?
    /// Order size, in the units OKX uses for the instrument (see `tgtCcy` for spot market orders).
    public var size: Decimal
    /// Size filled so far, in the same units as `size`.
    public var filled: Decimal
    /// Average fill price; nil before the first fill.
    public var averagePrice: Decimal?
    /// OKX order state, e.g. `live`, `partially_filled`, `filled`, `canceled`.
    public var state: String
    /// Creation time, in milliseconds since 1970 on the simulator's (possibly skewed) clock.
    public var createdAt: Int64
    /// Last change, in milliseconds since 1970 on the simulator's clock.
    public var updatedAt: Int64
    /// The order's `tag`, echoed back as OKX does.
    public var tag: String = ""
    /// `base_ccy` or `quote_ccy` for spot market orders (what `size` counts), else "".
    public var tgtCcy: String = ""
    /// Accumulated fee, negative when charged (OKX's sign), in ``feeCcy``.
    public var fee: Decimal = 0
    /// Currency the fee is charged in, chosen when the order is placed.
    public var feeCcy: String = ""
    /// Whether the order may only reduce a position.
    public var reduceOnly: Bool = false
    /// Price of the latest fill; nil before the first fill.
    public var lastFillPx: Decimal?
    /// Size of the latest fill; 0 before the first fill.
    public var lastFillSz: Decimal = 0
    /// Trade ID of the latest fill; empty before the first fill.
    public var lastTradeId: String = ""
    /// OKX's `cancelSource` (e.g. 31: a post-only order that would have taken liquidity).
    public var cancelSource: String = ""
    /// Realized profit and loss of this order's fills (contracts).
    public var pnl: Decimal = 0
    /// Leverage the order's margin was computed with (contracts).
    public var lever: Decimal = 1
    /// Its `attachAlgoOrds`: TP/SL that become algo orders when it fills.
    var attached: [AttachedAlgo] = []
    /// How much of ``size``'s unit the fills consumed (quote for a quote-sized order).
    public var consumed: Decimal = 0
    /// OKX's `category`: `normal`, or `full_liquidation` for the order that liquidated a position.
    public var category: String = "normal"
    /// The algo order that placed this one (`algoId`), or "".
    public var algoId: String = ""

    /// Still working on the book.
    public var isLive: Bool { state == "live" || state == "partially_filled" }
}

/// One execution of one of the account's orders (`trade/fills`).
struct SimulatedFill: Sendable {
    var account: String
    var instType: String
    var instId: String
    var tradeId: String
    var ordId: String
    var clOrdId: String
    var billId: String
    var tag: String
    var side: String
    var fillPx: Decimal
    var fillSz: Decimal
    var fee: Decimal
    var feeCcy: String
    var feeRate: Decimal
    var execType: String
    var pnl: Decimal
    var subType: String
    var ts: Int64
}

/// One balance change (`account/bills`).
struct SimulatedBill: Sendable {
    var account: String
    var billId: String
    var instType: String
    var instId: String
    var ccy: String
    var balChg: Decimal
    var bal: Decimal
    var type: String
    var subType: String
    var ordId: String
    var clOrdId: String
    var tag: String
    var px: Decimal?
    var sz: Decimal
    var fee: Decimal
    var pnl: Decimal
    var execType: String
    var mgnMode: String
    var ts: Int64
}

/// A net-mode position in a contract.
struct SimulatedPosition: Sendable {
    var instId: String
    var posId: String
    /// Signed number of contracts (negative: short).
    var pos: Decimal
    var avgPx: Decimal
    var lever: Decimal
    var mgnMode: String
    var realizedPnl: Decimal = 0
    var fee: Decimal = 0
    var cTime: Int64
    var uTime: Int64
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
        /// The funding account (`asset/balances`), apart from the trading account.
        var funding: [String: Decimal] = ["USDT": 5000, "BTC": SimulatedMarket.dec("0.5")]
        /// Every account starts with one small long, so position screens have something to show.
        var positions: [String: SimulatedPosition] = [
            "BTC-USDT-SWAP": SimulatedPosition(instId: "BTC-USDT-SWAP", posId: "700000000001", pos: 1, avgPx: 64650, lever: 10,
                                               mgnMode: "cross", cTime: 1_700_000_000_000, uTime: 1_700_000_000_000),
        ]
        /// Leverage by "instId:mgnMode" (10 until set).
        var leverage: [String: Decimal] = [:]
        var fills: [SimulatedFill] = []
        var bills: [SimulatedBill] = []
        /// Funding ↔ trading transfers, oldest first.
        var transfers: [SimulatedTransfer] = []

        func lever(_ instId: String, _ mgnMode: String) -> Decimal { leverage[instId + ":" + mgnMode] ?? 10 }
    }

    struct State {
        var instruments: [String: SimulatedInstrument] = [:]
        var books: [String: Book] = [:]
        var accounts: [String: Account] = [:]
        var orders: [String: SimulatedOrder] = [:]
        var orderSequence: Int = 600_000_000_000
        var tradeSequence: Int = 900_000_000
        var billSequence: Int = 800_000_000_000
        var seqIds: [String: Int64] = [:]
        var generator = SplitMix64(state: 0x5EED)
        /// Algo orders (`trade/order-algo`) by algoId.
        var algoOrders: [String: SimulatedAlgoOrder] = [:]
        var algoSequence: Int = 500_000_000_000
        /// Every instrument's trades (the simulator's fills, as the public sees them), oldest
        /// first, the newest `publicTradeLimit` kept: REST's `market/trades` lists them.
        var publicTrades: [String: [PublicTrade]] = [:]
        /// The last trade's price and size while it is the market's last; a set price replaces it.
        var lastTrade: [String: PublicTrade] = [:]
    }

    /// A fill as the public sees it: the side is the taker's.
    struct PublicTrade: Sendable {
        var tradeId: String
        var px: Decimal
        var sz: Decimal
        var side: String
        var ts: Int64
    }

    static let publicTradeLimit = 500

    let state: Mutex<State>

    init(now: Int64) {
        var initial = State()
        for instrument in SimulatedMarket.instruments(now: now) {
            // A MARGIN listing shares its spot pair's id and book: it is kept under its own key.
            guard instrument.instType != "MARGIN" else {
                initial.instruments[Self.marginKey(instrument.instId)] = instrument
                continue
            }
            initial.instruments[instrument.instId] = instrument
            initial.books[instrument.instId] = SimulatedMarket.book(for: instrument)
        }
        state = Mutex(initial)
    }

    func instruments(type: String?, instId: String?) -> [SimulatedInstrument] {
        state.withLock { s in
            s.instruments.values.filter { (type == nil ? $0.instType != "MARGIN" : $0.instType == type) && (instId == nil || $0.instId == instId) }
                .sorted { $0.instIdCode < $1.instIdCode }  // listing order: the original instruments first
        }
    }

    /// Where a MARGIN listing is kept in `State.instruments` (its id is its spot pair's).
    static func marginKey(_ instId: String) -> String { "MARGIN:" + instId }

    /// The live book and its `seqId` (the simulator's market moves while WebSocket clients watch).
    func bookWithSequence(_ instId: String) -> (Book, Int64)? {
        state.withLock { s in
            guard let b = s.books[instId] else { return nil }
            return (b, s.seqIds[instId] ?? 1000)
        }
    }

    /// Gives `instId` a new `instIdCode`, as OKX does when it relists a symbol: the old code is
    /// then unknown (51001 for WebSocket orders). False when there is no such instrument.
    func changeInstrumentCode(_ instId: String, to code: Int) -> Bool {
        state.withLock { s in
            guard s.instruments[instId] != nil else { return false }
            s.instruments[instId]?.instIdCode = code
            return true
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
        var tag: String = ""
        var tgtCcy: String = ""
        var reduceOnly: Bool = false
        /// Take-profit / stop-loss orders to place when this order fills (`attachAlgoOrds`).
        var attached: [AttachedAlgo] = []
        /// The bot that places it (its `algoId` in order reads), or "".
        var algoId: String = ""
    }

    /// The order types the simulator executes; others get OKX's parameter error.
    static let orderTypes: Set<String> = ["market", "limit", "post_only", "fok", "ioc", "optimal_limit_ioc", "rpi"]
    /// Maker-only types: an order that would take liquidity is canceled instead (`rpi` orders
    /// are post-only too).
    static let makerOnly: Set<String> = ["post_only", "rpi"]
    /// Regular-user (Lv1) fee rates: (maker, taker).
    static func feeRates(_ instrument: SimulatedInstrument) -> (maker: Decimal, taker: Decimal) {
        instrument.isSpot ? (SimulatedMarket.dec("0.0008"), SimulatedMarket.dec("0.001")) : (SimulatedMarket.dec("0.0002"), SimulatedMarket.dec("0.0005"))
    }

    func place(_ p: Placement, account: String, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let instrument = s.instruments[p.instId], let book = s.books[p.instId] else { throw ExchangeError(code: 51001) }
            guard Self.orderTypes.contains(p.ordType) else { throw ExchangeError(code: 51000, params: ["ordType"]) }
            guard instrument.isTradable else { throw ExchangeError(code: 51000, params: ["instId"]) }
            guard p.side == "buy" || p.side == "sell" else { throw ExchangeError(code: 51000, params: ["side"]) }
            guard p.size > 0 else { throw ExchangeError(code: 51000, params: ["sz"]) }
            let isMarket = p.ordType == "market" || p.ordType == "optimal_limit_ioc"
            if !isMarket {
                guard let px = p.price, px > 0 else { throw ExchangeError(code: 51000, params: ["px"]) }
            }
            var tgtCcy = ""
            if instrument.isSpot && p.ordType == "market" {
                // A spot market buy is sized in the quote currency unless told otherwise.
                tgtCcy = p.tgtCcy.isEmpty ? (p.side == "buy" ? "quote_ccy" : "base_ccy") : p.tgtCcy
                guard tgtCcy == "base_ccy" || tgtCcy == "quote_ccy" else { throw ExchangeError(code: 51000, params: ["tgtCcy"]) }
            }
            if tgtCcy != "quote_ccy" { guard p.size >= instrument.minSz else { throw ExchangeError(code: 51020) } }
            if instrument.state == "preopen" && isMarket { throw ExchangeError(code: 51124) }
            // As on OKX, a clOrdId must be unique among the account's *live* orders only: a
            // finished order's id can be used again, so this check cannot stop a double placement.
            if !p.clOrdId.isEmpty, s.orders.values.contains(where: { $0.account == account && $0.clOrdId == p.clOrdId && $0.isLive }) {
                throw ExchangeError(code: 51016)
            }
            var acct = s.accounts[account] ?? Account()
            let position = acct.positions[p.instId]?.pos ?? 0
            if p.reduceOnly && instrument.isContract {
                let reduces = (p.side == "sell" && position > 0) || (p.side == "buy" && position < 0)
                guard reduces, p.size <= abs(position) else { throw ExchangeError(code: 51169) }
            }
            let mgnMode = p.tdMode == "isolated" ? "isolated" : "cross"
            let lever = instrument.isContract ? acct.lever(p.instId, mgnMode) : 1
            let sweep = Self.sweep(book: book, instrument: instrument, side: p.side, limit: isMarket ? nil : p.price,
                                   size: tgtCcy == "quote_ccy" ? nil : p.size, quote: tgtCcy == "quote_ccy" ? p.size : nil)
            // What the order may cost: the part that trades now plus the part that rests.
            let restingQty = tgtCcy == "quote_ccy" || isMarket || p.ordType == "ioc" || p.ordType == "fok" ? 0 : p.size - sweep.qty
            let restingNotional = restingQty * (p.price ?? instrument.mid) * instrument.unit
            if instrument.isSpot {
                let (ccy, needed) = p.side == "buy" ? (instrument.quoteCcy, sweep.notional + restingNotional)
                                                    : (instrument.baseCcy, tgtCcy == "quote_ccy" ? sweep.qty : sweep.qty + restingQty)
                let available = (acct.balances[ccy] ?? 0) - (acct.frozen[ccy] ?? 0)
                guard available >= needed else { throw ExchangeError(code: 51008) }
            } else if !p.reduceOnly {
                let needed = (sweep.notional + restingNotional) / lever
                guard Self.available(acct, instrument.marginCcy, instruments: s.instruments) >= needed else { throw ExchangeError(code: 51008) }
            }
            s.orderSequence += 1
            var order = SimulatedOrder(account: account, instId: p.instId, ordId: String(s.orderSequence), clOrdId: p.clOrdId, side: p.side,
                                       ordType: p.ordType, tdMode: p.tdMode, price: p.price, size: p.size, filled: 0, averagePrice: nil,
                                       state: "live", createdAt: now, updatedAt: now)
            order.tag = p.tag
            order.tgtCcy = tgtCcy
            order.reduceOnly = p.reduceOnly
            order.attached = p.attached
            order.algoId = p.algoId
            order.lever = lever
            order.feeCcy = instrument.isSpot ? (p.side == "buy" ? instrument.baseCcy : instrument.quoteCcy) : instrument.marginCcy
            let complete = tgtCcy == "quote_ccy" ? !sweep.exhausted : sweep.qty == p.size
            switch p.ordType {
            case let type where Self.makerOnly.contains(type) && sweep.qty > 0:
                order.state = "canceled"
                order.cancelSource = "31"
            case "fok" where !complete:
                order.state = "canceled"
                order.cancelSource = "14"
            default:
                if sweep.qty > 0 {
                    Self.execute(&order, sweep: sweep, instrument: instrument, account: &acct, state: &s, now: now)
                }
                if complete && sweep.qty > 0 {
                    order.state = "filled"
                    Self.activateAttached(&order, state: &s, now: now)
                } else if isMarket || p.ordType == "ioc" || p.ordType == "fok" {
                    order.state = "canceled"
                    order.cancelSource = "14"
                } else {
                    Self.freeze(order, instrument: instrument, account: &acct, sign: 1)
                }
            }
            s.accounts[account] = acct
            s.orders[order.ordId] = order
            return order
        }
    }

    /// What the book can fill: walks the opposite side up to `limit`, for `size` units (base
    /// or contracts) or for `quote` worth of them.
    struct Sweep {
        var fills: [(price: Decimal, qty: Decimal)] = []
        var qty: Decimal = 0
        /// In the quote (settle) currency: price × qty × contract unit.
        var notional: Decimal = 0
        /// Stopped by the limit price or the end of the book before the order was complete.
        var exhausted = false
    }

    static func sweep(book: Book, instrument: SimulatedInstrument, side: String, limit: Decimal?, size: Decimal?, quote: Decimal?) -> Sweep {
        var result = Sweep()
        guard instrument.state == "live" else { result.exhausted = true; return result }
        var remaining = size ?? 0, budget = quote ?? 0
        for level in side == "buy" ? book.asks : book.bids {
            if let limit, side == "buy" ? level.price > limit : level.price < limit { result.exhausted = true; break }
            let qty: Decimal
            if quote != nil {
                qty = min(level.size, Self.floor(budget / (level.price * instrument.unit), instrument.lotSz))
            } else {
                qty = min(level.size, remaining)
            }
            if qty <= 0 { break }
            result.fills.append((level.price, qty))
            result.qty += qty
            result.notional += level.price * qty * instrument.unit
            remaining -= qty
            budget -= level.price * qty * instrument.unit
            if quote == nil && remaining <= 0 { return result }
            if quote != nil && budget < level.price * instrument.unit * instrument.lotSz { return result }
        }
        result.exhausted = true
        return result
    }

    static func floor(_ value: Decimal, _ step: Decimal) -> Decimal {
        guard step > 0 else { return value }
        var units = value / step, whole = Decimal()
        NSDecimalRound(&whole, &units, 0, .down)
        return whole * step
    }

    /// The trading account's available balance in `ccy`: cash minus frozen minus the margin of
    /// the contract positions settled in it.
    static func available(_ a: Account, _ ccy: String, instruments: [String: SimulatedInstrument]) -> Decimal {
        var margin: Decimal = 0
        for p in a.positions.values {
            guard let i = instruments[p.instId], i.marginCcy == ccy else { continue }
            margin += abs(p.pos) * p.avgPx * i.unit / p.lever
        }
        return (a.balances[ccy] ?? 0) - (a.frozen[ccy] ?? 0) - margin
    }

    /// Applies a sweep's executions to the order, the balances, the position, fills and bills.
    static func execute(_ order: inout SimulatedOrder, sweep: Sweep, instrument: SimulatedInstrument, account: inout Account,
                                state s: inout State, now: Int64, maker: Bool = false) {
        let rate = maker ? feeRates(instrument).maker : feeRates(instrument).taker
        let execType = maker ? "M" : "T"
        for (price, qty) in sweep.fills {
            let notional = price * qty * instrument.unit
            s.tradeSequence += 1
            let tradeId = String(s.tradeSequence)
            let fee: Decimal, subType: String
            var pnl: Decimal = 0
            var changes: [(ccy: String, amount: Decimal)] = []
            if instrument.isSpot {
                subType = order.side == "buy" ? "1" : "2"
                if order.side == "buy" {
                    fee = qty * rate
                    changes = [(instrument.baseCcy, qty - fee), (instrument.quoteCcy, -notional)]
                } else {
                    fee = notional * rate
                    changes = [(instrument.baseCcy, -qty), (instrument.quoteCcy, notional - fee)]
                }
            } else {
                fee = notional * rate
                let delta = order.side == "buy" ? qty : -qty
                var p = account.positions[order.instId] ?? SimulatedPosition(
                    instId: order.instId, posId: String(700_000_000_000 + instrument.instIdCode), pos: 0, avgPx: price,
                    lever: order.lever, mgnMode: order.tdMode == "isolated" ? "isolated" : "cross", cTime: now, uTime: now)
                if p.pos == 0 || (p.pos > 0) == (delta > 0) {
                    let total = abs(p.pos) + qty
                    p.avgPx = (p.avgPx * abs(p.pos) + price * qty) / total
                    if p.pos == 0 { p.lever = order.lever; p.cTime = now }
                    subType = delta > 0 ? "3" : "4"
                } else {
                    let closed = min(abs(p.pos), qty)
                    pnl = (price - p.avgPx) * closed * instrument.unit * (p.pos > 0 ? 1 : -1)
                    subType = p.pos > 0 ? "5" : "6"
                    if qty > abs(p.pos) { p.avgPx = price }
                }
                p.pos += delta
                p.realizedPnl += pnl - fee
                p.fee -= fee
                p.uTime = now
                if p.pos == 0 { account.positions[order.instId] = nil } else { account.positions[order.instId] = p }
                changes = [(instrument.marginCcy, pnl - fee)]
            }
            var billId = ""
            for (ccy, amount) in changes {
                s.billSequence += 1
                if billId.isEmpty { billId = String(s.billSequence) }
                account.balances[ccy, default: 0] += amount
                account.bills.append(SimulatedBill(
                    account: order.account, billId: String(s.billSequence), instType: instrument.instType, instId: order.instId, ccy: ccy, balChg: amount,
                    bal: account.balances[ccy] ?? 0, type: "2", subType: subType, ordId: order.ordId, clOrdId: order.clOrdId, tag: order.tag,
                    px: price, sz: qty, fee: ccy == order.feeCcy ? -fee : 0, pnl: pnl, execType: execType,
                    mgnMode: instrument.isSpot ? "cash" : (order.tdMode == "isolated" ? "isolated" : "cross"), ts: now))
            }
            let trade = PublicTrade(tradeId: tradeId, px: price, sz: qty, side: maker ? (order.side == "buy" ? "sell" : "buy") : order.side, ts: now)
            s.publicTrades[order.instId, default: []].append(trade)
            if (s.publicTrades[order.instId]?.count ?? 0) > publicTradeLimit { s.publicTrades[order.instId]?.removeFirst() }
            s.lastTrade[order.instId] = trade
            account.fills.append(SimulatedFill(
                account: order.account, instType: instrument.instType, instId: order.instId, tradeId: tradeId, ordId: order.ordId,
                clOrdId: order.clOrdId, billId: billId, tag: order.tag, side: order.side, fillPx: price, fillSz: qty, fee: -fee,
                feeCcy: order.feeCcy, feeRate: -rate, execType: execType, pnl: pnl, subType: subType, ts: now))
            let before = order.filled
            order.filled += qty
            order.averagePrice = ((order.averagePrice ?? 0) * before + price * qty) / order.filled
            order.consumed += order.tgtCcy == "quote_ccy" ? notional : qty
            order.fee -= fee
            order.pnl += pnl
            order.lastFillPx = price
            order.lastFillSz = qty
            order.lastTradeId = tradeId
            order.state = "partially_filled"
            order.updatedAt = now
        }
    }

    func cancel(account: String, instId: String, ordId: String?, clOrdId: String?, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let key = Self.find(s, account: account, instId: instId, ordId: ordId, clOrdId: clOrdId) else { throw ExchangeError(code: 51400) }
            guard var order = s.orders[key], order.isLive, let instrument = s.instruments[order.instId] else { throw ExchangeError(code: 51400) }
            var acct = s.accounts[account] ?? Account()
            Self.freeze(order, instrument: instrument, account: &acct, sign: -1)
            order.state = "canceled"
            order.cancelSource = "1"
            order.updatedAt = now
            s.accounts[account] = acct
            s.orders[key] = order
            return order
        }
    }

    func amend(account: String, instId: String, ordId: String?, clOrdId: String?, newSize: Decimal?, newPrice: Decimal?, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedOrder in
            guard let key = Self.find(s, account: account, instId: instId, ordId: ordId, clOrdId: clOrdId) else { throw ExchangeError(code: 51603) }
            guard var order = s.orders[key], order.isLive, let instrument = s.instruments[order.instId],
                  let book = s.books[order.instId] else { throw ExchangeError(code: 51503) }
            if newSize == nil && newPrice == nil { throw ExchangeError(code: 50014, params: ["newSz"]) }
            if let newSize, newSize <= order.filled { throw ExchangeError(code: 51000, params: ["newSz"]) }
            if let newPrice, newPrice <= 0 { throw ExchangeError(code: 51000, params: ["newPx"]) }
            var acct = s.accounts[account] ?? Account()
            Self.freeze(order, instrument: instrument, account: &acct, sign: -1)
            order.size = newSize ?? order.size
            order.price = newPrice ?? order.price
            order.updatedAt = now
            let sweep = Self.sweep(book: book, instrument: instrument, side: order.side, limit: order.price, size: order.size - order.filled, quote: nil)
            if Self.makerOnly.contains(order.ordType) && sweep.qty > 0 {
                order.state = "canceled"
                order.cancelSource = "31"
            } else {
                if sweep.qty > 0 { Self.execute(&order, sweep: sweep, instrument: instrument, account: &acct, state: &s, now: now) }
                if order.filled >= order.size {
                    order.state = "filled"
                    Self.activateAttached(&order, state: &s, now: now)
                } else {
                    Self.freeze(order, instrument: instrument, account: &acct, sign: 1)
                }
            }
            s.accounts[account] = acct
            s.orders[key] = order
            return order
        }
    }

    /// Fills every resting order (of `instId`, or all) at its own price, as a maker: as if the
    /// market had traded through it. Returns the orders filled.
    func fillResting(instId: String?, now: Int64) -> [SimulatedOrder] {
        fillResting(instId: instId, now: now, only: state.withLock { Set($0.orders.keys) })
    }

    /// Closes the whole position in `instId` at market; 51023 when there is none.
    func closePosition(account: String, instId: String, now: Int64) throws(ExchangeError) -> SimulatedOrder {
        let (pos, mgnMode) = state.withLock { s in (s.accounts[account]?.positions[instId]).map { ($0.pos, $0.mgnMode) } ?? (0, "cross") }
        guard pos != 0 else { throw ExchangeError(code: 51023) }
        return try place(Placement(instId: instId, side: pos > 0 ? "sell" : "buy", ordType: "market", tdMode: mgnMode, size: abs(pos),
                                   price: nil, clOrdId: "", reduceOnly: true), account: account, now: now)
    }

    /// Sets the leverage of an instrument's positions and orders.
    func setLeverage(account: String, instId: String, mgnMode: String, lever: Decimal) throws(ExchangeError) {
        try state.withLock { (s: inout State) throws(ExchangeError) in
            guard let instrument = s.instruments[instId], instrument.isContract else { throw ExchangeError(code: 51001) }
            guard lever >= 1 else { throw ExchangeError(code: 51000, params: ["lever"]) }
            guard lever <= Decimal(instrument.maxLever) else { throw ExchangeError(code: 59102) }
            var acct = s.accounts[account] ?? Account()
            acct.leverage[instId + ":" + mgnMode] = lever
            if var p = acct.positions[instId], p.mgnMode == mgnMode {
                p.lever = lever
                acct.positions[instId] = p
            }
            s.accounts[account] = acct
        }
    }

    /// The account's whole state (balances, positions, fills, bills) for rendering.
    func snapshot(_ account: String) -> (Account, [String: SimulatedInstrument]) {
        state.withLock { s in (s.accounts[account] ?? Account(), s.instruments) }
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

    static func freeze(_ order: SimulatedOrder, instrument: SimulatedInstrument, account: inout Account, sign: Decimal) {
        let remaining = order.size - order.filled
        guard instrument.isSpot else {
            if !order.reduceOnly {
                account.frozen[instrument.marginCcy, default: 0] += sign * remaining * (order.price ?? instrument.mid) * instrument.unit / order.lever
            }
            return
        }
        if order.side == "buy" {
            account.frozen[instrument.quoteCcy, default: 0] += sign * remaining * (order.price ?? instrument.mid)
        } else {
            account.frozen[instrument.baseCcy, default: 0] += sign * remaining
        }
    }
}

// MARK: Steering the market (the control API)

extension SimulatedExchange {
    /// The price at which a position is liquidated: where the initial margin minus the
    /// maintenance margin (0.4 %) is lost, rounded to the tick (what `account/positions` shows as `liqPx`).
    static func liquidationPrice(_ p: SimulatedPosition, _ i: SimulatedInstrument) -> Decimal {
        let m = Rendering.maintenanceRate
        var liq = (p.pos > 0 ? p.avgPx * (1 - 1 / p.lever) / (1 - m) : p.avgPx * (1 + 1 / p.lever) / (1 + m)) / i.tickSz, whole = Decimal()
        NSDecimalRound(&whole, &liq, 0, .plain)
        return whole * i.tickSz
    }

    /// Sets the instrument's price (its mark, last and index price, which the simulator keeps
    /// as one) and rebuilds its book around it; the MARGIN listing of a spot pair follows.
    /// Returns the price as set (rounded to the tick). 51001 for an unknown instrument,
    /// 51000 for a price that is not positive.
    func setPrice(_ instId: String, _ price: Decimal) throws(ExchangeError) -> Decimal {
        try state.withLock { (s: inout State) throws(ExchangeError) -> Decimal in
            guard var instrument = s.instruments[instId], s.books[instId] != nil else { throw ExchangeError(code: 51001) }
            var units = price / instrument.tickSz, whole = Decimal()
            NSDecimalRound(&whole, &units, 0, .plain)
            let rounded = whole * instrument.tickSz
            guard rounded > 0 else { throw ExchangeError(code: 51000, params: ["px"]) }
            instrument.mid = rounded
            s.instruments[instId] = instrument
            if var margin = s.instruments[Self.marginKey(instId)] {
                margin.mid = rounded
                s.instruments[Self.marginKey(instId)] = margin
            }
            s.books[instId] = SimulatedMarket.book(for: instrument)
            s.seqIds[instId] = (s.seqIds[instId] ?? 1000) + 1
            s.lastTrade[instId] = nil
            return rounded
        }
    }

    /// The instrument's trades, newest first (REST's `market/trades`, before the generated history).
    func publicTrades(_ instId: String) -> [PublicTrade] {
        state.withLock { $0.publicTrades[instId]?.reversed() ?? [] }
    }

    /// The last trade while it is the market's last price (nil: the set price is).
    func lastTrade(_ instId: String) -> PublicTrade? {
        state.withLock { $0.lastTrade[instId] }
    }

    /// Makes the set price the last price again: the fills a price move causes happen on the way
    /// to it, so after the move the price as set is the last.
    func settleLast(_ instId: String) {
        state.withLock { _ = $0.lastTrade.removeValue(forKey: instId) }
    }

    /// The instrument's current price (mark = last = index), nil when unknown.
    func price(_ instId: String) -> Decimal? {
        state.withLock { $0.instruments[instId]?.mid }
    }

    /// Fills, at their own price as a maker, the resting limit orders of `instId` that `price`
    /// crosses: buys at or above it, sells at or below it. Returns them.
    func fillCrossed(instId: String, price: Decimal, now: Int64) -> [SimulatedOrder] {
        let crossed = state.withLock { s in
            s.orders.values.filter { o in
                guard o.isLive, o.instId == instId, let px = o.price else { return false }
                return o.side == "buy" ? px >= price : px <= price
            }.map(\.ordId)
        }
        return crossed.isEmpty ? [] : fillResting(instId: instId, now: now, only: Set(crossed))
    }

    /// Fills those of the given orders (by ordId) that still rest, at their own price as a maker.
    func fillResting(instId: String?, now: Int64, only: Set<String>) -> [SimulatedOrder] {
        state.withLock { s in
            var filled: [SimulatedOrder] = []
            for key in s.orders.keys.sorted() where only.contains(key) {
                guard var order = s.orders[key], order.isLive, instId == nil || order.instId == instId,
                      let instrument = s.instruments[order.instId], let price = order.price else { continue }
                var acct = s.accounts[order.account] ?? Account()
                Self.freeze(order, instrument: instrument, account: &acct, sign: -1)
                let qty = order.size - order.filled
                let sweep = Sweep(fills: [(price, qty)], qty: qty, notional: price * qty * instrument.unit, exhausted: false)
                Self.execute(&order, sweep: sweep, instrument: instrument, account: &acct, state: &s, now: now, maker: true)
                order.state = "filled"
                Self.activateAttached(&order, state: &s, now: now)
                s.accounts[order.account] = acct
                s.orders[key] = order
                filled.append(order)
            }
            return filled
        }
    }

    /// Liquidates, as OKX's liquidation engine would, every position (of `instId`, or of every
    /// instrument) whose `liqPx` the current price has reached: long positions at or below it,
    /// short ones at or above. Each is closed whole by a `full_liquidation` order filled at the
    /// liquidation price as a taker, with bills of type 5 (liquidation), subType 104 (long) or
    /// 105 (short). `accounts` are the known keys: an account is created on first use with
    /// its starting position, so those not used yet are created here and checked too.
    /// Returns the liquidation orders.
    func liquidate(instId: String?, accounts: [String], now: Int64) -> [SimulatedOrder] {
        state.withLock { s in
            for account in accounts where s.accounts[account] == nil { s.accounts[account] = Account() }
            var orders: [SimulatedOrder] = []
            for account in s.accounts.keys.sorted() {
                guard var acct = s.accounts[account] else { continue }
                for position in acct.positions.values.sorted(by: { $0.instId < $1.instId }) {
                    guard instId == nil || position.instId == instId, position.pos != 0, let instrument = s.instruments[position.instId] else { continue }
                    let liqPx = Self.liquidationPrice(position, instrument)
                    let crossed = position.pos > 0 ? instrument.mid <= liqPx : instrument.mid >= liqPx
                    guard crossed, liqPx > 0 else { continue }
                    s.orderSequence += 1
                    let side = position.pos > 0 ? "sell" : "buy"
                    var order = SimulatedOrder(account: account, instId: position.instId, ordId: String(s.orderSequence), clOrdId: "", side: side,
                                               ordType: "market", tdMode: position.mgnMode, price: nil, size: abs(position.pos), filled: 0,
                                               averagePrice: nil, state: "live", createdAt: now, updatedAt: now)
                    order.reduceOnly = true
                    order.lever = position.lever
                    order.feeCcy = instrument.marginCcy
                    order.category = "full_liquidation"
                    let qty = abs(position.pos)
                    let bills = acct.bills.count, fills = acct.fills.count
                    let sweep = Sweep(fills: [(liqPx, qty)], qty: qty, notional: liqPx * qty * instrument.unit, exhausted: false)
                    Self.execute(&order, sweep: sweep, instrument: instrument, account: &acct, state: &s, now: now)
                    order.state = "filled"
                    let subType = position.pos > 0 ? "104" : "105"
                    for i in bills..<acct.bills.count {
                        acct.bills[i].type = "5"
                        acct.bills[i].subType = subType
                    }
                    for i in fills..<acct.fills.count { acct.fills[i].subType = subType }
                    s.orders[order.ordId] = order
                    orders.append(order)
                }
                s.accounts[account] = acct
            }
            return orders
        }
    }
}

// MARK: Algo orders

extension SimulatedExchange {
    /// What `trade/order-algo` asks for, checked.
    struct AlgoPlacement {
        var instId: String
        var side: String
        var ordType: String
        var tdMode: String
        var size: Decimal
        var algoClOrdId: String = ""
        var tag: String = ""
        var reduceOnly: Bool = false
        var tpTriggerPx: Decimal?
        var tpTriggerPxType: String = "last"
        var tpOrdPx: Decimal?
        var slTriggerPx: Decimal?
        var slTriggerPxType: String = "last"
        var slOrdPx: Decimal?
        var triggerPx: Decimal?
        var triggerPxType: String = "last"
        var orderPx: Decimal?
        var callbackRatio: Decimal?
        var callbackSpread: Decimal?
        var activePx: Decimal?
    }

    static let algoOrderTypes: Set<String> = ["conditional", "oco", "trigger", "move_order_stop"]

    func placeAlgo(_ p: AlgoPlacement, account: String, now: Int64) throws(ExchangeError) -> SimulatedAlgoOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedAlgoOrder in
            try Self.insertAlgo(p, account: account, now: now, state: &s)
        }
    }

    /// Checks and stores an algo order; the caller holds the lock (orders' attached TP/SL
    /// become algo orders inside the fill that activates them).
    static func insertAlgo(_ p: AlgoPlacement, account: String, now: Int64, state s: inout State) throws(ExchangeError) -> SimulatedAlgoOrder {
        guard let instrument = s.instruments[p.instId], s.books[p.instId] != nil else { throw ExchangeError(code: 51001) }
        guard Self.algoOrderTypes.contains(p.ordType) else { throw ExchangeError(code: 51000, params: ["ordType"]) }
        guard instrument.isTradable else { throw ExchangeError(code: 51000, params: ["instId"]) }
        guard p.side == "buy" || p.side == "sell" else { throw ExchangeError(code: 51000, params: ["side"]) }
        guard p.size > 0 else { throw ExchangeError(code: 51000, params: ["sz"]) }
        guard p.size >= instrument.minSz else { throw ExchangeError(code: 51020) }
        if !p.algoClOrdId.isEmpty, s.algoOrders.values.contains(where: { $0.account == account && $0.algoClOrdId == p.algoClOrdId && $0.isLive }) {
            throw ExchangeError(code: 51065)
        }
        let last = instrument.mid, sell = p.side == "sell"
        switch p.ordType {
        case "conditional", "oco":
            if p.ordType == "oco" {
                guard p.tpTriggerPx != nil else { throw ExchangeError(code: 50014, params: ["tpTriggerPx"]) }
                guard p.slTriggerPx != nil else { throw ExchangeError(code: 50014, params: ["slTriggerPx"]) }
            }
            guard p.tpTriggerPx != nil || p.slTriggerPx != nil else { throw ExchangeError(code: 50014, params: ["slTriggerPx"]) }
            if let tp = p.tpTriggerPx {
                guard tp > 0 else { throw ExchangeError(code: 51000, params: ["tpTriggerPx"]) }
                guard p.tpOrdPx != nil else { throw ExchangeError(code: 50014, params: ["tpOrdPx"]) }
                if sell && tp <= last { throw ExchangeError(code: 51279) }
                if !sell && tp >= last { throw ExchangeError(code: 51277) }
            }
            if let sl = p.slTriggerPx {
                guard sl > 0 else { throw ExchangeError(code: 51000, params: ["slTriggerPx"]) }
                guard p.slOrdPx != nil else { throw ExchangeError(code: 50014, params: ["slOrdPx"]) }
                if sell && sl >= last { throw ExchangeError(code: 51280) }
                if !sell && sl <= last { throw ExchangeError(code: 51278) }
            }
        case "trigger":
            guard let trigger = p.triggerPx, trigger > 0 else { throw ExchangeError(code: 50014, params: ["triggerPx"]) }
            guard p.orderPx != nil else { throw ExchangeError(code: 50014, params: ["orderPx"]) }
        default:  // move_order_stop
            guard p.callbackRatio != nil || p.callbackSpread != nil else { throw ExchangeError(code: 50014, params: ["callbackRatio"]) }
            if let ratio = p.callbackRatio, !(ratio > 0 && ratio <= 1) { throw ExchangeError(code: 51000, params: ["callbackRatio"]) }
            if let spread = p.callbackSpread, spread <= 0 { throw ExchangeError(code: 51000, params: ["callbackSpread"]) }
            if let active = p.activePx {
                if sell && active <= last { throw ExchangeError(code: 51258) }
                if !sell && active >= last { throw ExchangeError(code: 51259) }
            }
        }
        s.algoSequence += 1
        var order = SimulatedAlgoOrder(account: account, instId: p.instId, algoId: String(s.algoSequence), algoClOrdId: p.algoClOrdId, tag: p.tag,
                                       ordType: p.ordType, side: p.side, tdMode: p.tdMode, size: p.size, reduceOnly: p.reduceOnly, state: "live",
                                       tpTriggerPx: p.tpTriggerPx, tpTriggerPxType: p.tpTriggerPxType, tpOrdPx: p.tpOrdPx,
                                       slTriggerPx: p.slTriggerPx, slTriggerPxType: p.slTriggerPxType, slOrdPx: p.slOrdPx,
                                       triggerPx: p.triggerPx, triggerPxType: p.triggerPxType, orderPx: p.orderPx,
                                       triggersRising: (p.triggerPx ?? 0) > last, callbackRatio: p.callbackRatio, callbackSpread: p.callbackSpread,
                                       activePx: p.activePx, last: last, createdAt: now, updatedAt: now)
        if order.ordType == "move_order_stop" { _ = order.evaluate(at: last) }  // starts trailing when no activePx
        s.algoOrders[order.algoId] = order
        return order
    }

    func cancelAlgo(account: String, instId: String, algoId: String?, algoClOrdId: String?, now: Int64) throws(ExchangeError) -> SimulatedAlgoOrder {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedAlgoOrder in
            let found = s.algoOrders.values.first { a in
                a.account == account && a.instId == instId && a.isLive
                    && (algoId.map { !$0.isEmpty && a.algoId == $0 } ?? false || algoClOrdId.map { !$0.isEmpty && a.algoClOrdId == $0 } ?? false)
            }
            guard var order = found else { throw ExchangeError(code: 51400) }
            order.state = "canceled"
            order.updatedAt = now
            s.algoOrders[order.algoId] = order
            return order
        }
    }

    /// The account's algo orders, newest first.
    func algoOrders(account: String) -> [SimulatedAlgoOrder] {
        state.withLock { s in s.algoOrders.values.filter { $0.account == account }.sorted { ($0.createdAt, $0.algoId) > ($1.createdAt, $1.algoId) } }
    }

    /// Every account's algo orders (for the Swift API).
    func allAlgoOrders() -> [SimulatedAlgoOrder] {
        state.withLock { Array($0.algoOrders.values) }
    }

    /// Moves the live algo orders of `instId` to `price`: trailing stops follow it, and those
    /// it triggers become `effective`. Returns those, with their child order's price (nil: market).
    func triggerAlgos(instId: String, price: Decimal, now: Int64) -> [(order: SimulatedAlgoOrder, childPx: Decimal?)] {
        state.withLock { s in
            var triggered: [(SimulatedAlgoOrder, Decimal?)] = []
            for key in s.algoOrders.keys.sorted() {
                guard var order = s.algoOrders[key], order.isLive, order.instId == instId else { continue }
                let result = order.evaluate(at: price)
                order.last = price
                if let (childPx, actualSide) = result {
                    order.state = "effective"
                    order.actualSide = actualSide
                    order.actualPx = childPx ?? -1
                    order.actualSz = order.size
                    order.triggerTime = now
                    order.updatedAt = now
                    triggered.append((order, childPx))
                }
                s.algoOrders[key] = order
            }
            return triggered
        }
    }

    /// Records the child order an algo order placed (or why it could not).
    func recordAlgoChild(algoId: String, ordId: String?, failCode: Int?, now: Int64) -> SimulatedAlgoOrder? {
        state.withLock { s in
            guard var order = s.algoOrders[algoId] else { return nil }
            order.ordId = ordId ?? ""
            order.failCode = failCode.map(String.init) ?? "0"
            if failCode != nil { order.state = "order_failed" }
            order.updatedAt = now
            s.algoOrders[algoId] = order
            if let ordId, var child = s.orders[ordId] {
                child.algoId = algoId
                s.orders[ordId] = child
            }
            return order
        }
    }
}
