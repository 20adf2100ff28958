import Foundation

/// A grid bot (`tradingBot/grid/order-algo`): spot (`grid`) or contract (`contract_grid`).
///
/// Levels: `gridNum + 1` prices from `minPx` to `maxPx`, equally spaced (runType 1) or in equal
/// ratios (runType 2), rounded to the tick. The level nearest the price at creation stays
/// empty; each level below it gets a buy and each above it a sell of ``perGrid``. When an order
/// fills, the opposite order goes one level away (a buy at level i fills: a sell at i + 1), so
/// there is always exactly one empty level. A fill that closes a pair (the sell above a filled
/// buy, or the buy below a filled sell) counts one arbitrage and its profit after both fees.
///
/// Sizing: a spot grid's investment (quote, or base valued at the price) buys ``perGrid`` at
/// every buy level and holds ``perGrid`` base for every sell level, bought at market at the
/// start; a contract grid's margin × leverage covers ``perGrid`` contracts at every order
/// level. `min-investment` is the same arithmetic with ``perGrid`` at the instrument's minimum.
struct SimulatedGridBot: Sendable {
    var account: String
    var algoId: String
    var algoClOrdId: String
    var tag: String
    var instId: String
    var instType: String
    var algoOrdType: String
    var minPx: Decimal
    var maxPx: Decimal
    var gridNum: Int
    var runType: String
    var levels: [Decimal]
    /// Base (spot) or contracts per level.
    var perGrid: Decimal
    /// `long`, `short` or `neutral` (contract grids); "" for spot.
    var direction: String
    var lever: Decimal
    /// What was put in, in the quote currency (spot: base valued at the start price) or margin.
    var investment: Decimal
    var quoteSz: Decimal
    var baseSz: Decimal
    var sz: Decimal
    var runPx: Decimal
    var tpTriggerPx: Decimal?
    var slTriggerPx: Decimal?
    /// `running`, then `stopped`.
    var state = "running"
    var stopType = ""
    /// Why it stopped: 1 by request, 2 its take profit, 3 its stop loss ("" while running).
    var cancelType = ""
    /// Every order the bot placed, oldest first.
    var children: [String] = []
    /// Resting orders by ordId → level index.
    var live: [String: Int] = [:]
    /// Orders that close a pair → the opening fill's price and fee (quote).
    var closers: [String: (px: Decimal, fee: Decimal)] = [:]
    var arbitrageNum = 0
    var tradeNum = 0
    var gridProfit: Decimal = 0
    /// Fees paid, in the quote (settle) currency.
    var fee: Decimal = 0
    /// Spot: what the bot holds. Contract: its own position (signed contracts), average price, realized PnL.
    var baseHeld: Decimal = 0
    var quoteHeld: Decimal = 0
    var pos: Decimal = 0
    var avgPx: Decimal = 0
    var realizedPnl: Decimal = 0
    var createdAt: Int64
    var updatedAt: Int64

    var isContract: Bool { algoOrdType == "contract_grid" }
    var isRunning: Bool { state == "running" }

    /// Adds one filled order's effect to the bot's holdings.
    mutating func apply(_ order: SimulatedOrder) {
        guard order.filled > 0, let px = order.averagePrice else { return }
        tradeNum += 1
        if isContract {
            fee -= order.fee
            realizedPnl += order.pnl
            let delta = order.side == "buy" ? order.filled : -order.filled
            if pos == 0 || (pos > 0) == (delta > 0) {
                avgPx = (avgPx * abs(pos) + px * order.filled) / (abs(pos) + order.filled)
            } else if order.filled > abs(pos) {
                avgPx = px
            }
            pos += delta
            if pos == 0 { avgPx = 0 }
        } else if order.side == "buy" {
            baseHeld += order.filled + order.fee  // the fee is charged in base, negative
            quoteHeld -= order.filled * px
            fee -= order.fee * px
        } else {
            baseHeld -= order.filled
            quoteHeld += order.filled * px + order.fee
            fee -= order.fee
        }
    }

    /// The fee of a filled order in the quote currency.
    static func quoteFee(_ order: SimulatedOrder, contract: Bool) -> Decimal {
        contract || order.side == "sell" ? -order.fee : -order.fee * (order.averagePrice ?? 0)
    }
}

/// The grid arithmetic both `order-algo` and `min-investment` use.
struct GridLayout {
    var levels: [Decimal]
    /// The level left empty: the one nearest the price.
    var empty: Int
    /// What one unit of ``SimulatedGridBot/perGrid`` costs: quote for spot, margin for contracts.
    var unitCost: Decimal

    init(instrument i: SimulatedInstrument, minPx: Decimal, maxPx: Decimal, gridNum: Int, runType: String, lever: Decimal,
         price: Decimal) throws(ExchangeError) {
        guard minPx > 0 else { throw ExchangeError(code: 51000, params: ["minPx"]) }
        guard maxPx > minPx else { throw ExchangeError(code: 51346) }
        guard (2...100).contains(gridNum) else { throw ExchangeError(code: 51000, params: ["gridNum"]) }
        guard runType == "1" || runType == "2" else { throw ExchangeError(code: 51000, params: ["runType"]) }
        var levels: [Decimal]
        if runType == "1" {
            let step = (maxPx - minPx) / Decimal(gridNum)
            levels = (0...gridNum).map { minPx + step * Decimal($0) }
        } else {
            let ratio = BotMath.root(maxPx / minPx, gridNum)
            levels = (0...gridNum).map { $0 == gridNum ? maxPx : minPx * BotMath.power(ratio, $0) }
        }
        levels = levels.map { BotMath.round($0, i.tickSz, .plain) }
        guard Set(levels).count == levels.count else { throw ExchangeError(code: 51000, params: ["gridNum"]) }
        // OKX keeps a grid's profit per grid between 0.1 % and 10 % after the maker fee on both legs.
        let keep = (1 - SimulatedExchange.feeRates(i).maker) * (1 - SimulatedExchange.feeRates(i).maker)
        let ratios = zip(levels, levels.dropFirst()).map { lower, upper in upper / lower * keep - 1 }
        guard let low = ratios.min(), let high = ratios.max(), low > SimulatedMarket.dec("0.001"), high <= SimulatedMarket.dec("0.1") else {
            throw ExchangeError(code: 51381)
        }
        self.levels = levels
        empty = levels.indices.min { abs(levels[$0] - price) < abs(levels[$1] - price) } ?? 0
        let buys = levels[..<empty].reduce(Decimal(0), +)
        if i.isContract {
            let orders = buys + levels[(empty + 1)...].reduce(Decimal(0), +)
            unitCost = orders * i.unit / lever
        } else {
            unitCost = buys + Decimal(gridNum - empty) * price
        }
    }

    var profitRange: (min: Decimal, max: Decimal) {
        let ratios = zip(levels, levels.dropFirst()).map { lower, upper in upper / lower - 1 }
        return (ratios.min() ?? 0, ratios.max() ?? 0)
    }

    /// The least investment that sizes every level at the instrument's minimum, rounded up to a cent.
    func minimumInvestment(_ i: SimulatedInstrument) -> Decimal {
        BotMath.round(i.minSz * unitCost, SimulatedMarket.dec("0.01"), .up)
    }
}

extension SimulatorState {
    /// `POST tradingBot/grid/order-algo`.
    func createGrid(_ item: [String: Any], account: String) -> BotReply {
        for name in ["instId", "algoOrdType", "maxPx", "minPx", "gridNum"] where BotMath.string(item[name]).isEmpty {
            return .failure(50014, [name])
        }
        let instId = BotMath.string(item["instId"]), algoOrdType = BotMath.string(item["algoOrdType"])
        guard algoOrdType == "grid" || algoOrdType == "contract_grid" else { return .failure(51000, ["algoOrdType"]) }
        guard let instrument = exchange.instruments(type: nil, instId: instId).first else { return .failure(51001) }
        guard instrument.isTradable, instrument.isContract == (algoOrdType == "contract_grid") else { return .failure(51000, ["instId"]) }
        guard instrument.state == "live" else { return .failure(51309) }
        guard let maxPx = BotMath.decimal(item["maxPx"]) else { return .failure(51000, ["maxPx"]) }
        guard let minPx = BotMath.decimal(item["minPx"]) else { return .failure(51000, ["minPx"]) }
        guard let gridNum = Int(BotMath.string(item["gridNum"])) else { return .failure(51000, ["gridNum"]) }
        let runType = BotMath.string(item["runType"]).isEmpty ? "1" : BotMath.string(item["runType"])
        var direction = "", lever: Decimal = 1, quoteSz: Decimal = 0, baseSz: Decimal = 0, sz: Decimal = 0
        if instrument.isContract {
            for name in ["sz", "direction", "lever"] where BotMath.string(item[name]).isEmpty { return .failure(50014, [name]) }
            direction = BotMath.string(item["direction"])
            guard ["long", "short", "neutral"].contains(direction) else { return .failure(51000, ["direction"]) }
            guard let l = BotMath.decimal(item["lever"]), l >= 1, l <= Decimal(instrument.maxLever) else {
                return .failure(51370, ["1", String(instrument.maxLever)])
            }
            guard let s = BotMath.decimal(item["sz"]), s > 0 else { return .failure(51000, ["sz"]) }
            lever = l
            sz = s
        } else {
            guard !BotMath.string(item["quoteSz"]).isEmpty || !BotMath.string(item["baseSz"]).isEmpty else { return .failure(50014, ["quoteSz"]) }
            for name in ["quoteSz", "baseSz"] where !BotMath.string(item[name]).isEmpty {
                guard let value = BotMath.decimal(item[name]), value >= 0 else { return .failure(51000, [name]) }
                if name == "quoteSz" { quoteSz = value } else { baseSz = value }
            }
        }
        var tp: Decimal?, sl: Decimal?
        if !BotMath.string(item["tpTriggerPx"]).isEmpty {
            guard let value = BotMath.decimal(item["tpTriggerPx"]) else { return .failure(51000, ["tpTriggerPx"]) }
            guard value > maxPx else { return .failure(51349) }
            tp = value
        }
        if !BotMath.string(item["slTriggerPx"]).isEmpty {
            guard let value = BotMath.decimal(item["slTriggerPx"]) else { return .failure(51000, ["slTriggerPx"]) }
            guard value < minPx else { return .failure(51348) }
            sl = value
        }
        let price = instrument.mid
        let layout: GridLayout
        do { layout = try GridLayout(instrument: instrument, minPx: minPx, maxPx: maxPx, gridNum: gridNum, runType: runType, lever: lever, price: price) }
        catch { return .fail(error) }
        let investment = instrument.isContract ? sz : quoteSz + baseSz * price
        let perGrid = BotMath.round(investment / layout.unitCost, instrument.lotSz, .down)
        guard perGrid >= instrument.minSz else { return .failure(51340, [botText(layout.minimumInvestment(instrument)), instrument.marginCcy]) }
        if instrument.isContract {
            do { try exchange.setLeverage(account: account, instId: instId, mgnMode: "cross", lever: lever) } catch { return .fail(error) }
        }

        let now = serverMilliseconds()
        var events: [BotEvent] = []
        var placedOrders: [SimulatedOrder] = []
        let reply: BotReply = bots.store.withLock { s in
            let algoId = s.nextId()
            var bot = SimulatedGridBot(account: account, algoId: algoId, algoClOrdId: BotMath.string(item["algoClOrdId"]), tag: BotMath.string(item["tag"]),
                                       instId: instId, instType: instrument.instType, algoOrdType: algoOrdType, minPx: minPx, maxPx: maxPx,
                                       gridNum: gridNum, runType: runType, levels: layout.levels, perGrid: perGrid, direction: direction, lever: lever,
                                       investment: investment, quoteSz: quoteSz, baseSz: baseSz, sz: sz, runPx: price, tpTriggerPx: tp, slTriggerPx: sl,
                                       baseHeld: baseSz, quoteHeld: quoteSz, createdAt: now, updatedAt: now)
            let tdMode = instrument.isContract ? "cross" : "cash"
            let sells = Decimal(gridNum - layout.empty), buys = Decimal(layout.empty)
            do throws(ExchangeError) {
                // The position or base the sell levels need, at market, before the limit orders.
                var opening: SimulatedExchange.Placement?
                if instrument.isContract {
                    let size = direction == "long" ? sells * perGrid : direction == "short" ? buys * perGrid : 0
                    if size > 0 {
                        opening = .init(instId: instId, side: direction == "long" ? "buy" : "sell", ordType: "market", tdMode: tdMode, size: size,
                                        price: nil, clOrdId: "", tag: bot.tag)
                    }
                } else {
                    let need = sells * perGrid
                    if need > baseSz {
                        // A market buy pays its fee in base: buy enough that what is left covers the sells.
                        let gross = BotMath.round((need - baseSz) / (1 - SimulatedExchange.feeRates(instrument).taker), instrument.lotSz, .up)
                        opening = .init(instId: instId, side: "buy", ordType: "market", tdMode: tdMode, size: max(gross, instrument.minSz),
                                        price: nil, clOrdId: "", tag: bot.tag, tgtCcy: "base_ccy")
                    } else if baseSz - need >= instrument.minSz {
                        let excess = BotMath.round(baseSz - need, instrument.lotSz, .down)
                        opening = .init(instId: instId, side: "sell", ordType: "market", tdMode: tdMode, size: excess, price: nil, clOrdId: "",
                                        tag: bot.tag, tgtCcy: "base_ccy")
                    }
                }
                if let opening {
                    let order = try placeBotOrder(&s, algoId: algoId, account: account, opening, now: now)
                    bot.children.append(order.ordId)
                    bot.apply(order)
                    placedOrders.append(order)
                }
                for (index, level) in layout.levels.enumerated() where index != layout.empty {
                    let side = index < layout.empty ? "buy" : "sell"
                    let order = try placeBotOrder(&s, algoId: algoId, account: account, .init(
                        instId: instId, side: side, ordType: "limit", tdMode: tdMode, size: perGrid, price: level, clOrdId: "", tag: bot.tag), now: now)
                    bot.children.append(order.ordId)
                    placedOrders.append(order)
                    if order.isLive { bot.live[order.ordId] = index }
                    // Sells of a spot or long grid sell what was bought at the start; buys of a short grid cover what was sold.
                    let closes = (!instrument.isContract || direction == "long") ? side == "sell" : direction == "short" ? side == "buy" : false
                    if closes { bot.closers[order.ordId] = (price, 0) }
                }
            } catch {
                for ordId in bot.live.keys { _ = cancelBotOrder(account: account, instId: instId, ordId: ordId, now: now) }
                return .fail(error)
            }
            s.grids[algoId] = bot
            events.append(.grid(bot, orders: placedOrders))
            return .rows([["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]])
        }
        if case .failure = reply {
            // A failed grid's orders were cancelled: push the cancellations.
            finish(orders: placedOrders.compactMap { try? exchange.order(account: account, instId: instId, ordId: $0.ordId, clOrdId: nil) }, events: [])
        } else {
            finish(orders: placedOrders, events: events)
        }
        return reply
    }

    /// A grid's order filled: book it and place the opposite order one level away.
    func gridFilled(_ s: inout SimulatedBots.Store, algoId: String, order: SimulatedOrder, events: inout [BotEvent]) -> [SimulatedOrder] {
        guard var bot = s.grids[algoId], bot.isRunning, let index = bot.live.removeValue(forKey: order.ordId),
              let instrument = exchange.instruments(type: nil, instId: bot.instId).first, let px = order.averagePrice else { return [] }
        let now = serverMilliseconds()
        bot.apply(order)
        let feeNow = SimulatedGridBot.quoteFee(order, contract: bot.isContract)
        let closed = bot.closers.removeValue(forKey: order.ordId)
        if let closed {
            bot.arbitrageNum += 1
            bot.gridProfit += abs(px - closed.px) * order.filled * instrument.unit - feeNow - closed.fee
        }
        var placed: [SimulatedOrder] = []
        let target = order.side == "buy" ? index + 1 : index - 1
        if bot.levels.indices.contains(target) {
            let side = order.side == "buy" ? "sell" : "buy"
            let placement = SimulatedExchange.Placement(instId: bot.instId, side: side, ordType: "limit", tdMode: bot.isContract ? "cross" : "cash",
                                                        size: bot.perGrid, price: bot.levels[target], clOrdId: "", tag: bot.tag)
            if let refill = try? placeBotOrder(&s, algoId: algoId, account: bot.account, placement, now: now) {
                bot.children.append(refill.ordId)
                if refill.isLive { bot.live[refill.ordId] = target }
                // The refill of an opening fill closes its pair; the refill of a closing fill opens a new one.
                if closed == nil { bot.closers[refill.ordId] = (px, feeNow) }
                placed.append(refill)
            }
        }
        bot.updatedAt = now
        s.grids[algoId] = bot
        events.append(.grid(bot, orders: [order] + placed))
        return placed
    }

    /// `POST tradingBot/grid/stop-order-algo`: cancels the bot's orders; stopType 1 also sells its
    /// base (spot) or closes its position (contract) at market, 2 keeps them.
    func stopGrid(_ item: [String: Any], account: String, cancelType: String = "1") -> [String: Any] {
        let algoId = BotMath.string(item["algoId"])
        func failure(_ code: Int, _ params: [String] = []) -> [String: Any] {
            ["algoId": algoId, "algoClOrdId": "", "tag": "", "sCode": String(code), "sMsg": botMessage(code, params)]
        }
        for name in ["algoId", "instId", "algoOrdType", "stopType"] where BotMath.string(item[name]).isEmpty { return failure(50014, [name]) }
        let stopType = BotMath.string(item["stopType"])
        guard stopType == "1" || stopType == "2" else { return failure(51000, ["stopType"]) }
        let now = serverMilliseconds()
        var orders: [SimulatedOrder] = [], events: [BotEvent] = []
        let row: [String: Any] = bots.store.withLock { s in
            guard var bot = s.grids[algoId], bot.account == account, bot.instId == BotMath.string(item["instId"]),
                  bot.algoOrdType == BotMath.string(item["algoOrdType"]) else { return failure(51603) }
            guard bot.isRunning else { return failure(51400) }
            for ordId in bot.live.keys.sorted() {
                if let canceled = cancelBotOrder(account: account, instId: bot.instId, ordId: ordId, now: now) { orders.append(canceled) }
            }
            bot.live.removeAll()
            if stopType == "1", let instrument = exchange.instruments(type: nil, instId: bot.instId).first {
                var closing: SimulatedExchange.Placement?
                if bot.isContract, bot.pos != 0 {
                    closing = .init(instId: bot.instId, side: bot.pos > 0 ? "sell" : "buy", ordType: "market", tdMode: "cross", size: abs(bot.pos),
                                    price: nil, clOrdId: "", tag: bot.tag)
                } else if !bot.isContract {
                    let base = BotMath.round(bot.baseHeld, instrument.lotSz, .down)
                    if base >= instrument.minSz {
                        closing = .init(instId: bot.instId, side: "sell", ordType: "market", tdMode: "cash", size: base, price: nil, clOrdId: "",
                                        tag: bot.tag, tgtCcy: "base_ccy")
                    }
                }
                if let closing, let order = try? placeBotOrder(&s, algoId: algoId, account: account, closing, now: now) {
                    bot.children.append(order.ordId)
                    bot.apply(order)
                    orders.append(order)
                }
            }
            bot.state = "stopped"
            bot.stopType = stopType
            bot.cancelType = cancelType
            bot.updatedAt = now
            s.grids[algoId] = bot
            events.append(.grid(bot, orders: orders))
            return ["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]
        }
        finish(orders: orders, events: events)
        return row
    }

    /// `POST tradingBot/grid/amend-order-algo`: moves the take profit and stop loss ("" removes one).
    func amendGrid(_ item: [String: Any], account: String) -> BotReply {
        for name in ["algoId", "instId"] where BotMath.string(item[name]).isEmpty { return .failure(50014, [name]) }
        let algoId = BotMath.string(item["algoId"])
        func price(_ name: String) -> (present: Bool, value: Decimal?)? {
            guard let raw = item[name] else { return (false, nil) }
            if BotMath.string(raw).isEmpty { return (true, nil) }
            return BotMath.decimal(raw).map { (true, $0) }
        }
        guard let tp = price("tpTriggerPx") else { return .failure(51000, ["tpTriggerPx"]) }
        guard let sl = price("slTriggerPx") else { return .failure(51000, ["slTriggerPx"]) }
        var events: [BotEvent] = []
        let reply: BotReply = bots.store.withLock { s in
            guard var bot = s.grids[algoId], bot.account == account, bot.instId == BotMath.string(item["instId"]) else { return .failure(51603) }
            guard bot.isRunning else { return .failure(51400) }
            if tp.present, let value = tp.value, value <= bot.maxPx { return .failure(51349) }
            if sl.present, let value = sl.value, value >= bot.minPx { return .failure(51348) }
            if tp.present { bot.tpTriggerPx = tp.value }
            if sl.present { bot.slTriggerPx = sl.value }
            bot.updatedAt = serverMilliseconds()
            s.grids[algoId] = bot
            events.append(.grid(bot, orders: []))
            return .rows([["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]])
        }
        finish(orders: [], events: events)
        return reply
    }

    /// Stops the grids of `instId` whose take profit or stop loss `price` reached (selling or
    /// closing, as stopType 1), and the DCA bots whose stop loss it reached. Returns the orders.
    func runBotStops(instId: String, price: Decimal) -> [SimulatedOrder] {
        let (grids, dcas) = bots.store.withLock { s in
            (s.grids.values.filter { b in
                b.isRunning && b.instId == instId && (b.tpTriggerPx.map { price >= $0 } ?? false || b.slTriggerPx.map { price <= $0 } ?? false)
            }.map { b in (b.algoId, b.account, b.algoOrdType, b.tpTriggerPx.map { price >= $0 } ?? false ? "2" : "3") },
             s.dcas.values.filter { b in
                guard b.isRunning, b.instId == instId, let sl = BotMath.decimal(b.slPct), sl > 0, let cycle = b.cycles.last, cycle.bought > 0 else { return false }
                return b.isLong ? price <= cycle.avgPx * (1 - sl) : price >= cycle.avgPx * (1 + sl)
            }.map { ($0.algoId, $0.account, $0.algoOrdType) })
        }
        let before = Set(exchange.allOrders().map(\.ordId))
        for (algoId, account, type, cancelType) in grids.sorted(by: { $0.0 < $1.0 }) {
            _ = stopGrid(["algoId": algoId, "instId": instId, "algoOrdType": type, "stopType": "1"], account: account, cancelType: cancelType)
        }
        for (algoId, account, type) in dcas.sorted(by: { $0.0 < $1.0 }) {
            _ = stopDCA(["algoId": algoId, "algoOrdType": type, "stopType": "1"], account: account)
        }
        return grids.isEmpty && dcas.isEmpty ? [] : exchange.allOrders().filter { !before.contains($0.ordId) }.sorted { $0.ordId < $1.ordId }
    }

    func botMessage(_ code: Int, _ params: [String]) -> String {
        var text = documentedError(code)?.message ?? "Simulated error \(code)"
        for (i, p) in params.enumerated() { text = text.replacingOccurrences(of: "{param\(i)}", with: p) }
        return text
    }

    func botText(_ value: Decimal) -> String { Rendering(state: self).text(value) }
}

extension SimulatorResponder {
    func gridResponse(method: String, route: String, query: Query, item: [String: Any], items: [[String: Any]], account: String) -> BotReply {
        let r = Rendering(state: state)
        func bots(_ filter: (SimulatedGridBot) -> Bool) -> [SimulatedGridBot] {
            state.bots.store.withLock { s in s.grids.values.filter { $0.account == account && filter($0) } }
                .sorted { (Int64($0.algoId) ?? 0) > (Int64($1.algoId) ?? 0) }
        }
        switch (method, route) {
        case ("POST", "grid/order-algo"):
            return state.createGrid(item, account: account)
        case ("POST", "grid/stop-order-algo"):
            guard !items.isEmpty else { return .failure(50014, ["algoId"]) }
            let rows = items.map { state.stopGrid($0, account: account) }
            let failed = rows.filter { ($0["sCode"] as? String) != "0" }
            if failed.count == rows.count, let first = failed.first, let code = Int(first["sCode"] as? String ?? "") {
                return .failure(code, [])
            }
            return .rows(rows)
        case ("GET", "grid/orders-algo-pending"), ("GET", "grid/orders-algo-history"):
            guard let type = query["algoOrdType"] else { return .failure(50014, ["algoOrdType"]) }
            let pending = route.hasSuffix("pending")
            let found = bots { b in
                b.isRunning == pending && b.algoOrdType == type && (query["algoId"] == nil || b.algoId == query["algoId"])
                    && (query["instId"] == nil || b.instId == query["instId"]) && (query["instType"] == nil || b.instType == query["instType"])
            }
            return .rows(BotMath.page(found, id: \.algoId, query: query).map(r.gridBot))
        case ("GET", "grid/orders-algo-details"):
            guard let type = query["algoOrdType"] else { return .failure(50014, ["algoOrdType"]) }
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let bot = bots({ $0.algoId == algoId && $0.algoOrdType == type }).first else { return .failure(51603) }
            return .rows([r.gridBot(bot, details: true)])
        case ("GET", "grid/sub-orders"):
            guard let type = query["algoOrdType"] else { return .failure(50014, ["algoOrdType"]) }
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let kind = query["type"] else { return .failure(50014, ["type"]) }
            guard kind == "live" || kind == "filled" else { return .failure(51000, ["type"]) }
            guard let bot = bots({ $0.algoId == algoId && $0.algoOrdType == type }).first else { return .failure(51603) }
            let orders = bot.children.reversed().compactMap { try? state.exchange.order(account: account, instId: bot.instId, ordId: $0, clOrdId: nil) }
                .filter { kind == "live" ? $0.isLive : $0.state == "filled" }
            return .rows(BotMath.page(orders, id: \.ordId, query: query).map { r.gridSubOrder($0, bot: bot) })
        case ("GET", "grid/positions"):
            guard query["algoOrdType"] == "contract_grid" else {
                return query["algoOrdType"] == nil ? .failure(50014, ["algoOrdType"]) : .failure(51000, ["algoOrdType"])
            }
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let bot = bots({ $0.algoId == algoId && $0.isContract }).first else { return .failure(51603) }
            return .rows([r.gridPosition(bot)])
        case ("POST", "grid/min-investment"):
            return gridMinInvestment(item)
        case ("POST", "grid/amend-order-algo"):
            return state.amendGrid(item, account: account)
        default:  // GET grid/ai-param
            return gridAIParameters(query)
        }
    }

    /// `POST tradingBot/grid/min-investment`: the investment that sizes each level at the minimum order size.
    private func gridMinInvestment(_ item: [String: Any]) -> BotReply {
        for name in ["instId", "algoOrdType", "maxPx", "minPx", "gridNum", "runType"] where BotMath.string(item[name]).isEmpty {
            return .failure(50014, [name])
        }
        guard let instrument = state.exchange.instruments(type: nil, instId: BotMath.string(item["instId"])).first else { return .failure(51001) }
        guard let maxPx = BotMath.decimal(item["maxPx"]), let minPx = BotMath.decimal(item["minPx"]) else { return .failure(51000, ["maxPx"]) }
        guard let gridNum = Int(BotMath.string(item["gridNum"])) else { return .failure(51000, ["gridNum"]) }
        let lever = BotMath.decimal(item["lever"]) ?? 1
        guard lever >= 1 else { return .failure(51000, ["lever"]) }
        do {
            let layout = try GridLayout(instrument: instrument, minPx: minPx, maxPx: maxPx, gridNum: gridNum, runType: BotMath.string(item["runType"]),
                                        lever: instrument.isContract ? lever : 1, price: instrument.mid)
            let r = Rendering(state: state)
            let amount = layout.minimumInvestment(instrument)
            return .rows([["minInvestmentData": [["amt": r.text(amount), "ccy": instrument.marginCcy]],
                           "singleAmt": r.text(BotMath.round(instrument.minSz * instrument.mid * instrument.unit, SimulatedMarket.dec("0.01"), .up))]])
        } catch {
            return .fail(error)
        }
    }

    /// `GET tradingBot/grid/ai-param`: a ±10 % range around the price in 10 arithmetic grids.
    private func gridAIParameters(_ query: Query) -> BotReply {
        guard let type = query["algoOrdType"] else { return .failure(50014, ["algoOrdType"]) }
        guard let instId = query["instId"] else { return .failure(50014, ["instId"]) }
        guard let instrument = state.exchange.instruments(type: nil, instId: instId).first else { return .failure(51001) }
        let direction = query["direction"] ?? (type == "grid" ? "neutral" : "")
        guard ["long", "short", "neutral"].contains(direction) else { return direction.isEmpty ? .failure(50014, ["direction"]) : .failure(51000, ["direction"]) }
        let price = instrument.mid, lever: Decimal = instrument.isContract ? 5 : 1
        let minPx = BotMath.round(price * SimulatedMarket.dec("0.9"), instrument.tickSz, .up)
        let maxPx = BotMath.round(price * SimulatedMarket.dec("1.1"), instrument.tickSz, .down)
        do {
            let layout = try GridLayout(instrument: instrument, minPx: minPx, maxPx: maxPx, gridNum: 10, runType: "1", lever: lever, price: price)
            let r = Rendering(state: state)
            let (low, high) = layout.profitRange
            let fee = 2 * SimulatedExchange.feeRates(instrument).maker
            return .rows([["instId": instId, "algoOrdType": type, "duration": query["duration"] ?? "7D", "gridNum": "10", "maxPx": r.text(maxPx),
                           "minPx": r.text(minPx), "perMaxProfitRate": r.text(r.rounded(high - fee, 8)), "perMinProfitRate": r.text(r.rounded(low - fee, 8)),
                           "perGridProfitRatio": "", "annualizedRate": "", "minInvestment": r.text(layout.minimumInvestment(instrument)),
                           "ccy": instrument.marginCcy, "runType": "1", "direction": instrument.isContract ? direction : "",
                           "lever": instrument.isContract ? r.text(lever) : "", "sourceCcy": ""]])
        } catch {
            return .failure(51350)
        }
    }
}

extension Rendering {
    static let gridFields = ["algoId", "algoClOrdId", "instType", "instId", "cTime", "uTime", "algoOrdType", "state", "rebateTrans", "triggerParams",
                             "maxPx", "minPx", "gridNum", "runType", "tpTriggerPx", "slTriggerPx", "arbitrageNum", "totalPnl", "pnlRatio", "investment",
                             "gridProfit", "floatProfit", "cancelType", "stopType", "quoteSz", "baseSz", "direction", "basePos", "sz", "lever",
                             "actualLever", "liqPx", "uly", "instFamily", "ordFrozen", "availEq", "tag", "profitSharingRatio", "copyType", "fee",
                             "feeCcy", "fundingFee", "tradeQuoteCcy"]
    static let gridDetailFields = ["tradeNum", "singleAmt", "perMinProfitRate", "perMaxProfitRate", "runPx", "totalAnnualizedRate", "annualizedRate",
                                   "activeOrdNum", "curQuoteSz", "curBaseSz", "profit", "stopResult", "eq", "tpRatio", "slRatio"]

    /// A grid as `orders-algo-pending`/`-history` (and, with `details`, `orders-algo-details`) show it.
    func gridBot(_ b: SimulatedGridBot) -> [String: Any] { gridBot(b, details: false) }

    func gridBot(_ b: SimulatedGridBot, details: Bool) -> [String: Any] {
        let instrument = state.exchange.instruments(type: nil, instId: b.instId).first
        let price = instrument?.mid ?? b.runPx, unit = instrument?.unit ?? 1
        let upl = b.isContract ? (price - b.avgPx) * b.pos * unit : 0
        let total = b.isContract ? b.realizedPnl + upl - b.fee : b.baseHeld * price + b.quoteHeld - b.investment
        let liqPx: String = {
            guard b.isContract, b.pos != 0, let instrument else { return "" }
            let p = SimulatedPosition(instId: b.instId, posId: "", pos: b.pos, avgPx: b.avgPx, lever: b.lever, mgnMode: "cross", cTime: 0, uTime: 0)
            return text(SimulatedExchange.liquidationPrice(p, instrument))
        }()
        var row: [String: Any] = [
            "algoId": b.algoId, "algoClOrdId": b.algoClOrdId, "instType": b.instType, "instId": b.instId, "cTime": String(b.createdAt),
            "uTime": String(b.updatedAt), "algoOrdType": b.algoOrdType, "state": b.state,
            "rebateTrans": [["rebate": "0", "rebateCcy": instrument?.marginCcy ?? ""]], "triggerParams": [] as [Any],
            "maxPx": text(b.maxPx), "minPx": text(b.minPx), "gridNum": String(b.gridNum), "runType": b.runType,
            "tpTriggerPx": b.tpTriggerPx.map(text) ?? "", "slTriggerPx": b.slTriggerPx.map(text) ?? "", "arbitrageNum": String(b.arbitrageNum),
            "totalPnl": text(rounded(total, 8)), "pnlRatio": b.investment > 0 ? text(rounded(total / b.investment, 8)) : "0",
            "investment": text(b.investment), "gridProfit": text(rounded(b.gridProfit, 8)), "floatProfit": text(rounded(total - b.gridProfit, 8)),
            "cancelType": b.cancelType, "stopType": b.stopType, "quoteSz": b.isContract ? "" : text(b.quoteSz),
            "baseSz": b.isContract ? "" : text(b.baseSz), "direction": b.direction, "basePos": b.isContract,
            "sz": b.isContract ? text(b.sz) : "", "lever": b.isContract ? text(b.lever) : "", "actualLever": b.isContract ? text(b.lever) : "",
            "liqPx": liqPx, "uly": instrument?.uly ?? "", "instFamily": instrument?.uly ?? "", "tag": b.tag, "profitSharingRatio": "",
            "copyType": "0", "fee": text(rounded(-b.fee, 8)), "feeCcy": instrument?.marginCcy ?? "", "fundingFee": "0",
            "tradeQuoteCcy": b.isContract ? "" : instrument?.quoteCcy ?? "",
        ]
        if details {
            let ratios = zip(b.levels, b.levels.dropFirst()).map { lower, upper in upper / lower - 1 }
            let fee = instrument.map { 2 * SimulatedExchange.feeRates($0).maker } ?? 0
            row["tradeNum"] = String(b.tradeNum)
            row["singleAmt"] = text(b.perGrid)
            row["perMinProfitRate"] = text(rounded((ratios.min() ?? 0) - fee, 8))
            row["perMaxProfitRate"] = text(rounded((ratios.max() ?? 0) - fee, 8))
            row["runPx"] = text(b.runPx)
            row["activeOrdNum"] = String(b.live.count)
            row["curQuoteSz"] = b.isContract ? "" : text(rounded(b.quoteHeld, 8))
            row["curBaseSz"] = b.isContract ? "" : text(rounded(b.baseHeld, 8))
            row["profit"] = text(rounded(b.gridProfit, 8))
            row["eq"] = text(rounded(b.investment + total, 8))
        }
        return BotMath.complete(row, Self.gridFields + (details ? Self.gridDetailFields : []))
    }

    /// A grid's order as `sub-orders` and `grid-sub-orders` show it.
    func gridSubOrder(_ o: SimulatedOrder, bot b: SimulatedGridBot) -> [String: Any] {
        let instrument = state.exchange.instruments(type: nil, instId: o.instId).first
        return ["algoId": b.algoId, "algoClOrdId": b.algoClOrdId, "instType": b.instType, "instId": o.instId, "algoOrdType": b.algoOrdType,
                "groupId": "", "ordId": o.ordId, "cTime": String(o.createdAt), "uTime": String(o.updatedAt), "tdMode": o.tdMode,
                "ccy": "", "ordType": o.ordType, "sz": text(o.size), "state": o.state, "side": o.side, "px": o.price.map(text) ?? "",
                "fee": text(o.fee), "feeCcy": o.feeCcy, "rebate": "0", "rebateCcy": instrument?.marginCcy ?? "",
                "avgPx": o.averagePrice.map { text(rounded($0, 8)) } ?? "0", "accFillSz": text(o.filled), "posSide": "net", "pnl": text(o.pnl),
                "ctVal": instrument?.isContract == true ? text(instrument?.ctVal ?? 0) : "", "lever": b.isContract ? text(b.lever) : "", "tag": o.tag]
    }

    /// A contract grid's own position (`grid/positions`, `grid-positions`).
    func gridPosition(_ b: SimulatedGridBot) -> [String: Any] {
        let instrument = state.exchange.instruments(type: nil, instId: b.instId).first
        let price = instrument?.mid ?? 0, unit = instrument?.unit ?? 1
        let upl = (price - b.avgPx) * b.pos * unit
        let margin = abs(b.pos) * b.avgPx * unit / b.lever
        var liqPx = ""
        if b.pos != 0, let instrument {
            let p = SimulatedPosition(instId: b.instId, posId: "", pos: b.pos, avgPx: b.avgPx, lever: b.lever, mgnMode: "cross", cTime: 0, uTime: 0)
            liqPx = text(SimulatedExchange.liquidationPrice(p, instrument))
        }
        return ["algoId": b.algoId, "algoClOrdId": b.algoClOrdId, "instType": b.instType, "instId": b.instId, "cTime": String(b.createdAt),
                "uTime": String(b.updatedAt), "avgPx": b.pos == 0 ? "" : text(rounded(b.avgPx, 8)), "ccy": instrument?.marginCcy ?? "",
                "lever": text(b.lever), "liqPx": liqPx, "posSide": "net", "pos": text(b.pos), "mgnMode": "cross", "mgnRatio": "",
                "imr": text(rounded(margin, 8)), "mmr": text(rounded(abs(b.pos) * price * unit * Self.maintenanceRate, 8)),
                "upl": text(rounded(upl, 8)), "uplRatio": margin > 0 ? text(rounded(upl / margin, 8)) : "0", "last": text(price),
                "notionalUsd": text(rounded(abs(b.pos) * price * unit, 8)), "adl": "1", "markPx": text(price)]
    }
}
