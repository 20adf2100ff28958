import Foundation
import Synchronization

/// OKX's trading bots (`/api/v5/tradingBot/grid|dca|recurring/…`) as the simulator runs them.
///
/// A bot is bookkeeping around ordinary orders: every order a bot places goes through
/// ``SimulatedExchange/place(_:account:now:)`` for the bot's account, tagged with its `algoId`,
/// so it shows in `trade/orders-pending`, `trade/fills` and the balances like any other order.
/// Bots react to their orders filling (``SimulatorState/runBots(after:)``, called wherever the
/// simulator fills resting orders) and to the bot clock (``SimulatorState/advanceBotClock(by:)``).
///
/// On OKX a bot trades in its own sub-account; here it trades in the account that created it,
/// so its orders and the user's share one balance and (for contracts) one net position. The
/// bot keeps its own position, investment and profit counters apart.
final class SimulatedBots: Sendable {
    struct Store {
        var grids: [String: SimulatedGridBot] = [:]
        var dcas: [String: SimulatedDCABot] = [:]
        var recurring: [String: SimulatedRecurringBuy] = [:]
        /// Which bot placed an order: ordId → algoId.
        var owners: [String: String] = [:]
        var sequence = 400_000_000_000
        /// How far the bots' clock runs ahead of the simulator's (``SimulatorState/advanceBotClock(by:)``).
        var clockOffset: Int64 = 0

        mutating func nextId() -> String {
            sequence += 1
            return String(sequence)
        }
    }

    let store = Mutex(Store())
}

/// What a bot request answered: rows, or an OKX error code with its `{paramN}` values.
enum BotReply {
    case rows([Any])
    case failure(Int, [String] = [])

    static func fail(_ error: ExchangeError) -> BotReply { .failure(error.code, error.params) }
}

/// What bot activity publishes on the business WebSocket once the bots' lock is released.
enum BotEvent {
    case grid(SimulatedGridBot, orders: [SimulatedOrder])
    case recurring(SimulatedRecurringBuy)
}

extension SimulatorState {
    /// The bots' clock: the simulator's plus however far it was advanced.
    func botMilliseconds() -> Int64 {
        serverMilliseconds() + bots.store.withLock { $0.clockOffset }
    }

    /// Moves the bots' clock forward by `ms` and runs what fell due (recurring buys). Returns
    /// the orders placed. The signature window and the rest of the simulator keep the real clock,
    /// so a test can jump a month ahead without its requests being refused as stale.
    func advanceBotClock(by ms: Int64) -> [SimulatedOrder] {
        var events: [BotEvent] = []
        let orders: [SimulatedOrder] = bots.store.withLock { s in
            s.clockOffset += max(0, ms)
            let now = serverMilliseconds() + s.clockOffset
            return runRecurringBuys(&s, now: now, events: &events)
        }
        finish(orders: orders, events: events)
        return orders
    }

    /// Lets the bots react to orders that just filled (grid refills, DCA safety orders and take
    /// profits). Orders the bots place that fill at once are fed back in. Returns the new orders.
    func runBots(after filled: [SimulatedOrder]) -> [SimulatedOrder] {
        guard !filled.isEmpty else { return [] }
        var events: [BotEvent] = []
        let placed: [SimulatedOrder] = bots.store.withLock { s in
            var queue = filled, placed: [SimulatedOrder] = []
            var handled: Set<String> = []
            while !queue.isEmpty {
                let order = queue.removeFirst()
                guard order.state == "filled", !handled.contains(order.ordId), let algoId = s.owners[order.ordId] else { continue }
                handled.insert(order.ordId)
                var new: [SimulatedOrder] = []
                if s.grids[algoId] != nil {
                    new = gridFilled(&s, algoId: algoId, order: order, events: &events)
                } else if s.dcas[algoId] != nil {
                    new = dcaFilled(&s, algoId: algoId, order: order)
                }
                placed += new
                queue += new.filter { $0.state == "filled" }
            }
            return placed
        }
        finish(orders: placed, events: events)
        return placed
    }

    /// Pushes order updates and bot events once the bots' lock is released.
    func finish(orders: [SimulatedOrder], events: [BotEvent]) {
        for order in orders { hub.notify(order, state: self) }
        for event in events { hub.publishBot(event, state: self) }
    }

    /// Places one bot order, remembering which bot it belongs to.
    func placeBotOrder(_ s: inout SimulatedBots.Store, algoId: String, account: String, _ placement: SimulatedExchange.Placement,
                       now: Int64) throws(ExchangeError) -> SimulatedOrder {
        var placement = placement
        placement.algoId = algoId
        let order = try exchange.place(placement, account: account, now: now)
        s.owners[order.ordId] = algoId
        return order
    }

    /// Cancels a bot's live order (already gone: nothing to do).
    func cancelBotOrder(account: String, instId: String, ordId: String, now: Int64) -> SimulatedOrder? {
        try? exchange.cancel(account: account, instId: instId, ordId: ordId, clOrdId: nil, now: now)
    }
}

// MARK: Routes

extension SimulatorResponder {
    /// The bot endpoints the simulator runs, and whether they read or trade.
    static let botRoutes: [String: String] = {
        // Written as the other route tables are, so scripts/generate-api.py counts these endpoints as stateful.
        var table: [String: String] = [:]
        for path in ["tradingBot/grid/orders-algo-pending", "tradingBot/grid/orders-algo-history", "tradingBot/grid/orders-algo-details",
                     "tradingBot/grid/sub-orders", "tradingBot/grid/positions", "tradingBot/dca/ongoing-list", "tradingBot/dca/history-list",
                     "tradingBot/dca/orders", "tradingBot/dca/position-details", "tradingBot/dca/cycle-list", "tradingBot/recurring/orders-algo-pending",
                     "tradingBot/recurring/orders-algo-history", "tradingBot/recurring/orders-algo-details", "tradingBot/recurring/sub-orders"] {
            table["GET /api/v5/" + path] = "read"
        }
        for path in ["tradingBot/grid/order-algo", "tradingBot/grid/stop-order-algo", "tradingBot/grid/amend-order-algo", "tradingBot/dca/create", "tradingBot/dca/stop",
                     "tradingBot/recurring/order-algo", "tradingBot/recurring/stop-order-algo", "tradingBot/recurring/pause",
                     "tradingBot/recurring/restart"] {
            table["POST /api/v5/" + path] = "trade"
        }
        // Public on OKX: computed from the instrument and the price alone.
        for path in ["tradingBot/grid/ai-param"] {
            table["GET /api/v5/" + path] = "open"
        }
        for path in ["tradingBot/grid/min-investment"] {
            table["POST /api/v5/" + path] = "open"
        }
        return table
    }()

    /// Answers a bot endpoint listed in ``botRoutes``.
    func botResponse(method: String, path: String, query: Query, json: Any, account: String) -> BotReply {
        let item = json as? [String: Any] ?? (json as? [[String: Any]])?.first ?? [:]
        let items = json as? [[String: Any]] ?? ((json as? [String: Any]).map { [$0] } ?? [])
        let route = String(path.dropFirst("/api/v5/tradingBot/".count))
        switch route.split(separator: "/").first {
        case "grid": return gridResponse(method: method, route: route, query: query, item: item, items: items, account: account)
        case "dca": return dcaResponse(method: method, route: route, query: query, item: item, account: account)
        default: return recurringResponse(method: method, route: route, query: query, item: item, items: items, account: account)
        }
    }
}

/// Small parsing and rounding helpers shared by the bots.
enum BotMath {
    static func decimal(_ value: Any?) -> Decimal? {
        if let number = value as? NSNumber { return decimal(number.stringValue) }
        guard let text = value as? String, !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    static func string(_ value: Any?) -> String {
        if let text = value as? String { return text }
        if let number = value as? NSNumber { return number.stringValue }
        return ""
    }

    /// `value` rounded to a multiple of `step`.
    static func round(_ value: Decimal, _ step: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        guard step > 0 else { return value }
        var units = value / step, whole = Decimal()
        NSDecimalRound(&whole, &units, 0, mode)
        return whole * step
    }

    static func power(_ base: Decimal, _ n: Int) -> Decimal {
        var result = Decimal(1)
        for _ in 0..<max(0, n) { result *= base }
        return result
    }

    /// The `n`th root of `value` (> 0) by Newton's method, as the library's GridPlan does it.
    static func root(_ value: Decimal, _ n: Int) -> Decimal {
        let degree = Decimal(n)
        var x = 1 + (value - 1) / degree
        for _ in 0..<100 {
            let next = ((degree - 1) * x + value / power(x, n - 1)) / degree
            if abs(next - x) < Decimal(sign: .plus, exponent: -30, significand: 1) { return next }
            x = next
        }
        return x
    }

    /// Records newest first with OKX's cursors: `after` older than the id, `before` newer.
    static func page<T>(_ records: [T], id: (T) -> String, query: Query) -> [T] {
        var selected = records
        if let after = query["after"].flatMap({ Int64($0) }) { selected = selected.filter { (Int64(id($0)) ?? 0) < after } }
        if let before = query["before"].flatMap({ Int64($0) }) { selected = selected.filter { (Int64(id($0)) ?? 0) > before } }
        let limit = min(max(query["limit"].flatMap(Int.init) ?? 100, 1), 100)
        return Array(selected.prefix(limit))
    }

    /// Adds "" for every documented field a rendering leaves out, so rows have OKX's shape.
    static func complete(_ row: [String: Any], _ fields: [String]) -> [String: Any] {
        var row = row
        for field in fields where row[field] == nil { row[field] = "" }
        return row
    }
}

// MARK: WebSocket

extension SimulatedWebSocketHub {
    /// Pushes a bot event to the subscriptions of the bot's account that match it.
    func publishBot(_ event: BotEvent, state: SimulatorState) {
        let rendering = Rendering(state: state)
        var pushes: [(channel: String, account: String, instType: String, instId: String, algoId: String, data: [Any])] = []
        switch event {
        case .grid(let bot, let orders):
            let channel = bot.isContract ? "grid-orders-contract" : "grid-orders-spot"
            pushes.append((channel, bot.account, bot.instType, bot.instId, bot.algoId, [rendering.gridBot(bot)]))
            if !orders.isEmpty {
                pushes.append(("grid-sub-orders", bot.account, bot.instType, bot.instId, bot.algoId, orders.map { rendering.gridSubOrder($0, bot: bot) }))
            }
            if bot.isContract {
                pushes.append(("grid-positions", bot.account, bot.instType, bot.instId, bot.algoId, [rendering.gridPosition(bot)]))
            }
        case .recurring(let bot):
            pushes.append(("algo-recurring-buy", bot.account, "SPOT", "", bot.algoId, [rendering.recurringBuy(bot, details: true)]))
        }
        registry.withLock { r in
            for (_, session) in r.sessions where session.account != nil {
                for push in pushes where session.account == push.account {
                    for (_, arg) in session.subscriptions where arg["channel"] == push.channel {
                        if let type = arg["instType"], type != "ANY", type != push.instType { continue }
                        if let instId = arg["instId"], instId != push.instId { continue }
                        if let algoId = arg["algoId"], algoId != push.algoId { continue }
                        session.out.yield(Self.json(["arg": arg, "data": push.data]))
                    }
                }
            }
        }
    }
}

// MARK: Swift API

extension OKXSimulator {
    /// Moves the trading bots' clock ahead by `milliseconds` and runs the recurring buys that fall
    /// due, in order (`POST /sim/v1/advance` does the same). Only the bots' schedule moves: request
    /// timestamps are still checked against the simulator's own clock. Returns the orders placed.
    @discardableResult
    public func advanceBotClock(by milliseconds: Int64) -> [SimulatedOrder] { state.advanceBotClock(by: milliseconds) }

    /// The trading bots' clock, epoch milliseconds: ``serverMilliseconds()`` plus every advance.
    public func botMilliseconds() -> Int64 { state.botMilliseconds() }
}
