import Foundation

/// A recurring buy (`tradingBot/recurring/order-algo`): at each time its schedule names, a market
/// buy of every coin of `recurringList` for its `ratio` of `amt` (in `investmentCcy`).
///
/// The schedule runs on the bots' clock (``SimulatorState/botMilliseconds()``), which
/// `POST /sim/v1/advance` and ``OKXSimulator/advanceBotClock(by:)`` move forward: every buy that
/// falls due in the jump runs, in order, so a test sees a month of buys without waiting for one.
struct SimulatedRecurringBuy: Sendable {
    struct Coin: Sendable {
        var ccy: String
        var ratio: Decimal
        var minPx: String
        var maxPx: String
        /// Invested (quote) and bought (base, after fees) so far.
        var invested: Decimal = 0
        var bought: Decimal = 0
        var lastPx: Decimal = 0
    }

    var account: String
    var algoId: String
    var algoClOrdId: String
    var tag: String
    var stgyName: String
    var coins: [Coin]
    var period: String
    var recurringDay: Int
    var recurringHour: Int
    var recurringTime: Int
    /// Hours east of UTC.
    var timeZone: Int
    var amt: Decimal
    var investmentCcy: String
    var tdMode: String
    /// `running`, `pause`, then `stopped`.
    var state = "running"
    var nextInvestTime: Int64
    var cycles = 0
    var orders: [String] = []
    var createdAt: Int64
    var updatedAt: Int64

    var isLive: Bool { state == "running" || state == "pause" }

    /// The first time after `t` (ms) that the schedule names.
    func next(after t: Int64) -> Int64 {
        let hour: Int64 = 3_600_000, day = 24 * hour, zone = Int64(timeZone) * hour
        let local = t + zone
        func stepped(anchor: Int64, step: Int64) -> Int64 {
            // The first anchor + k·step (any integer k) strictly after `local`.
            let k = (local - anchor) >= 0 ? (local - anchor) / step + 1 : -((anchor - local - 1) / step)
            return anchor + k * step - zone
        }
        switch period {
        case "hourly": return stepped(anchor: Int64(recurringTime) * hour, step: Int64(max(1, recurringHour)) * hour)
        case "daily": return stepped(anchor: Int64(recurringTime) * hour, step: day)
        case "weekly":
            // 1970-01-05 was a Monday; recurringDay 1 is Monday.
            return stepped(anchor: (4 + Int64(recurringDay - 1)) * day + Int64(recurringTime) * hour, step: 7 * day)
        default:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: timeZone * 3600) ?? .gmt
            let after = Date(timeIntervalSince1970: Double(t) / 1000)
            var parts = DateComponents()
            parts.day = recurringDay
            parts.hour = recurringTime
            parts.minute = 0
            parts.second = 0
            let date = calendar.nextDate(after: after, matching: parts, matchingPolicy: .strict) ?? after.addingTimeInterval(28 * 86_400)
            return Int64((date.timeIntervalSince1970 * 1000).rounded())
        }
    }
}

extension SimulatorState {
    /// `POST tradingBot/recurring/order-algo`.
    func createRecurringBuy(_ item: [String: Any], account: String) -> BotReply {
        for name in ["stgyName", "recurringList", "period", "recurringTime", "timeZone", "amt", "investmentCcy", "tdMode"] {
            if name == "recurringList" ? item[name] == nil : BotMath.string(item[name]).isEmpty { return .failure(50014, [name]) }
        }
        let period = BotMath.string(item["period"])
        guard ["monthly", "weekly", "daily", "hourly"].contains(period) else { return .failure(51000, ["period"]) }
        if period == "weekly" || period == "monthly", BotMath.string(item["recurringDay"]).isEmpty { return .failure(50014, ["recurringDay"]) }
        if period == "hourly", BotMath.string(item["recurringHour"]).isEmpty { return .failure(50014, ["recurringHour"]) }
        let day = Int(BotMath.string(item["recurringDay"])) ?? 1
        if period == "weekly", !(1...7).contains(day) { return .failure(51355, ["1", "7"]) }
        if period == "monthly", !(1...28).contains(day) { return .failure(51355, ["1", "28"]) }
        let hours = Int(BotMath.string(item["recurringHour"])) ?? 1
        if period == "hourly", ![1, 4, 8, 12].contains(hours) { return .failure(51000, ["recurringHour"]) }
        guard let time = Int(BotMath.string(item["recurringTime"])), (0...23).contains(time) else { return .failure(51356, ["0", "23"]) }
        guard let zone = Int(BotMath.string(item["timeZone"])), (-12...14).contains(zone) else { return .failure(51357, ["-12", "14"]) }
        let investmentCcy = BotMath.string(item["investmentCcy"])
        guard investmentCcy == "USDT" || investmentCcy == "USDC" else { return .failure(51000, ["investmentCcy"]) }
        let tdMode = BotMath.string(item["tdMode"])
        guard tdMode == "cash" || tdMode == "cross" else { return .failure(51000, ["tdMode"]) }
        guard let amt = BotMath.decimal(item["amt"]), amt > 0 else { return .failure(51000, ["amt"]) }
        guard let list = item["recurringList"] as? [[String: Any]], !list.isEmpty else { return .failure(51000, ["recurringList"]) }
        guard list.count <= 20 else { return .failure(51352, ["1", "20"]) }
        var coins: [SimulatedRecurringBuy.Coin] = []
        for entry in list {
            let ccy = BotMath.string(entry["ccy"])
            guard !ccy.isEmpty else { return .failure(50014, ["ccy"]) }
            guard let ratio = BotMath.decimal(entry["ratio"]), ratio > 0 else { return .failure(51000, ["ratio"]) }
            guard !coins.contains(where: { $0.ccy == ccy }) else { return .failure(51353, [ccy]) }
            guard let instrument = exchange.instruments(type: "SPOT", instId: ccy + "-" + investmentCcy).first, instrument.state == "live" else {
                return .failure(51359, [ccy])
            }
            // A coin's share must buy at least the pair's minimum at today's price.
            guard amt * ratio >= instrument.minSz * instrument.mid else { return .failure(51358, [botText(instrument.minSz * instrument.mid)]) }
            coins.append(.init(ccy: ccy, ratio: ratio, minPx: BotMath.string(entry["minPx"]), maxPx: BotMath.string(entry["maxPx"])))
        }
        guard coins.reduce(Decimal(0), { $0 + $1.ratio }) == 1 else { return .failure(51354) }
        let now = botMilliseconds()
        var events: [BotEvent] = []
        let reply: BotReply = bots.store.withLock { s in
            let algoId = s.nextId()
            var bot = SimulatedRecurringBuy(account: account, algoId: algoId, algoClOrdId: BotMath.string(item["algoClOrdId"]), tag: BotMath.string(item["tag"]),
                                            stgyName: BotMath.string(item["stgyName"]), coins: coins, period: period, recurringDay: day,
                                            recurringHour: hours, recurringTime: time, timeZone: zone, amt: amt, investmentCcy: investmentCcy,
                                            tdMode: tdMode, nextInvestTime: 0, createdAt: now, updatedAt: now)
            bot.nextInvestTime = bot.next(after: now)
            s.recurring[algoId] = bot
            events.append(.recurring(bot))
            return .rows([["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]])
        }
        finish(orders: [], events: events)
        return reply
    }

    /// Runs every recurring buy that fell due by `now` on the bots' clock, oldest first.
    func runRecurringBuys(_ s: inout SimulatedBots.Store, now: Int64, events: inout [BotEvent]) -> [SimulatedOrder] {
        var placed: [SimulatedOrder] = []
        for algoId in s.recurring.keys.sorted() {
            guard var bot = s.recurring[algoId], bot.state == "running" else { continue }
            var ran = false
            while bot.nextInvestTime <= now {
                let due = bot.nextInvestTime
                for (index, coin) in bot.coins.enumerated() {
                    let instId = coin.ccy + "-" + bot.investmentCcy
                    let price = exchange.price(instId) ?? 0
                    // A coin outside its price range is skipped this time, as OKX does.
                    if let low = BotMath.decimal(coin.minPx), price < low { continue }
                    if let high = BotMath.decimal(coin.maxPx), price > high { continue }
                    let amount = BotMath.round(bot.amt * coin.ratio, SimulatedMarket.dec("0.00000001"), .down)
                    guard let order = try? placeBotOrder(&s, algoId: algoId, account: bot.account, .init(
                        instId: instId, side: "buy", ordType: "market", tdMode: "cash", size: amount, price: nil, clOrdId: "", tag: bot.tag,
                        tgtCcy: "quote_ccy"), now: due) else { continue }
                    bot.orders.append(order.ordId)
                    bot.coins[index].invested += order.consumed
                    bot.coins[index].bought += order.filled + order.fee
                    bot.coins[index].lastPx = order.averagePrice ?? price
                    placed.append(order)
                }
                bot.cycles += 1
                bot.nextInvestTime = bot.next(after: due)
                bot.updatedAt = due
                ran = true
            }
            s.recurring[algoId] = bot
            if ran { events.append(.recurring(bot)) }
        }
        return placed
    }

    /// `stop-order-algo`, `pause` and `restart`.
    func changeRecurringBuy(_ item: [String: Any], account: String, to state: String) -> [String: Any] {
        let algoId = BotMath.string(item["algoId"])
        func failure(_ code: Int, _ params: [String] = []) -> [String: Any] {
            ["algoId": algoId, "algoClOrdId": "", "tag": "", "sCode": String(code), "sMsg": botMessage(code, params)]
        }
        guard !algoId.isEmpty else { return failure(50014, ["algoId"]) }
        let now = botMilliseconds()
        var events: [BotEvent] = []
        let row: [String: Any] = bots.store.withLock { s in
            guard var bot = s.recurring[algoId], bot.account == account else { return failure(51603) }
            guard bot.isLive else { return failure(51400) }
            if state == "running", bot.state == "running" { return failure(51388) }
            if state == "running" { bot.nextInvestTime = bot.next(after: now) }
            bot.state = state
            bot.updatedAt = now
            s.recurring[algoId] = bot
            events.append(.recurring(bot))
            return ["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]
        }
        finish(orders: [], events: events)
        return row
    }
}

extension SimulatorResponder {
    func recurringResponse(method: String, route: String, query: Query, item: [String: Any], items: [[String: Any]], account: String) -> BotReply {
        let r = Rendering(state: state)
        let bots = state.bots.store.withLock { s in s.recurring.values.filter { $0.account == account } }
            .sorted { (Int64($0.algoId) ?? 0) > (Int64($1.algoId) ?? 0) }
        switch (method, route) {
        case ("POST", "recurring/order-algo"):
            return state.createRecurringBuy(item, account: account)
        case ("POST", _):
            guard !items.isEmpty else { return .failure(50014, ["algoId"]) }
            let target = route.hasSuffix("pause") ? "pause" : route.hasSuffix("restart") ? "running" : "stopped"
            let rows = items.map { state.changeRecurringBuy($0, account: account, to: target) }
            if let first = rows.first, rows.count == 1, let code = Int(first["sCode"] as? String ?? ""), code != 0 { return .failure(code) }
            return .rows(rows)
        case (_, "recurring/orders-algo-pending"), (_, "recurring/orders-algo-history"):
            let pending = route.hasSuffix("pending")
            let found = bots.filter { $0.isLive == pending && (query["algoId"] == nil || $0.algoId == query["algoId"]) }
            return .rows(BotMath.page(found, id: \.algoId, query: query).map { r.recurringBuy($0, details: false) })
        case (_, "recurring/orders-algo-details"):
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let bot = bots.first(where: { $0.algoId == algoId }) else { return .failure(51603) }
            return .rows([r.recurringBuy(bot, details: true)])
        default:  // recurring/sub-orders
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let bot = bots.first(where: { $0.algoId == algoId }) else { return .failure(51603) }
            let orders = bot.orders.reversed().compactMap { id in state.exchange.orders(account: account).first { $0.ordId == id } }
                .filter { query["ordId"] == nil || $0.ordId == query["ordId"] }
            return .rows(BotMath.page(orders, id: \.ordId, query: query).map { o in
                ["algoId": bot.algoId, "instType": "SPOT", "instId": o.instId, "algoOrdType": "recurring", "ordId": o.ordId,
                 "cTime": String(o.createdAt), "uTime": String(o.updatedAt), "tdMode": o.tdMode, "ordType": o.ordType, "sz": r.text(o.size),
                 "state": o.state, "side": o.side, "px": o.price.map(r.text) ?? "", "fee": r.text(o.fee), "feeCcy": o.feeCcy,
                 "avgPx": o.averagePrice.map { r.text(r.rounded($0, 8)) } ?? "", "accFillSz": r.text(o.filled), "tag": o.tag,
                 "algoClOrdId": bot.algoClOrdId]
            })
        }
    }
}

extension Rendering {
    static let recurringFields = ["algoId", "algoClOrdId", "instType", "cTime", "uTime", "algoOrdType", "state", "stgyName", "recurringList", "period",
                                  "recurringDay", "recurringHour", "recurringTime", "timeZone", "amt", "investmentAmt", "investmentCcy",
                                  "totalPnl", "totalAnnRate", "pnlRatio", "mktCap", "cycles", "tag", "tradeQuoteCcy", "source",
                                  "recurringTimeType", "recurringTimeMinutes"]

    /// A recurring buy as `orders-algo-pending`/`-history` show it (with `details`, as `orders-algo-details` and `algo-recurring-buy`).
    func recurringBuy(_ b: SimulatedRecurringBuy, details: Bool) -> [String: Any] {
        var invested: Decimal = 0, value: Decimal = 0
        let coins = b.coins.map { c -> [String: Any] in
            let price = state.exchange.price(c.ccy + "-" + b.investmentCcy) ?? 0
            invested += c.invested
            value += c.bought * price
            var coin: [String: Any] = ["ccy": c.ccy, "ratio": text(c.ratio), "minPx": c.minPx, "maxPx": c.maxPx]
            if details {
                coin["totalAmt"] = text(c.bought)
                coin["profit"] = text(rounded(c.bought * price - c.invested, 8))
                coin["avgPx"] = c.bought > 0 ? text(rounded(c.invested / c.bought, 8)) : "0"
                coin["px"] = text(price)
            }
            return coin
        }
        let pnl = value - invested
        var row: [String: Any] = [
            "algoId": b.algoId, "algoClOrdId": b.algoClOrdId, "instType": "SPOT", "cTime": String(b.createdAt), "uTime": String(b.updatedAt),
            "algoOrdType": "recurring", "state": b.state, "stgyName": b.stgyName, "recurringList": coins, "period": b.period,
            "recurringDay": b.period == "weekly" || b.period == "monthly" ? String(b.recurringDay) : "",
            "recurringHour": b.period == "hourly" ? String(b.recurringHour) : "", "recurringTime": String(b.recurringTime),
            "timeZone": String(b.timeZone), "amt": text(b.amt), "investmentAmt": text(rounded(invested, 8)), "investmentCcy": b.investmentCcy,
            "totalPnl": text(rounded(pnl, 8)), "totalAnnRate": "", "pnlRatio": invested > 0 ? text(rounded(pnl / invested, 8)) : "0",
            "mktCap": text(rounded(value, 8)), "cycles": String(b.cycles), "tag": b.tag, "tradeQuoteCcy": b.investmentCcy, "source": "",
            "recurringTimeType": "", "recurringTimeMinutes": "",
        ]
        if details { row["nextInvestTime"] = b.isLive ? String(b.nextInvestTime) : "" }
        return BotMath.complete(row, Self.recurringFields)
    }
}
