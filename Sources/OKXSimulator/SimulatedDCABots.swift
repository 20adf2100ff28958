import Foundation

/// A DCA (martingale) bot (`tradingBot/dca/create`): `spot_dca`, or `contract_dca` long or short.
///
/// A cycle starts with a market buy of `initOrdAmt` (quote; for contracts, margin × `lever`
/// worth of contracts, sold for a short). Safety order n (1…`maxSafetyOrds`) rests as a limit
/// order at the entry price × (1 ∓ `pxSteps` × (1 + m + … + m^(n−1))), m = `pxStepsMult` (below
/// for a long, above for a short), for `safetyOrdAmt` × `volMult`^(n−1). A take-profit limit
/// order for everything the cycle holds rests at its average fill price × (1 ± `tpPct`), placed
/// again whenever a safety order fills. When it fills, the cycle closes (realized PnL after every
/// fee of the cycle), its safety orders are cancelled, and the next cycle starts at market.
struct SimulatedDCABot: Sendable {
    struct Cycle: Sendable {
        var cycleId: String
        var startTime: Int64
        var endTime: Int64?
        /// Every order of the cycle, oldest first.
        var orders: [String] = []
        /// Resting safety orders: ordId → n (1-based).
        var safety: [String: Int] = [:]
        var filledSafety = 0
        var takeProfit: String = ""
        var initPx: Decimal = 0
        /// Quote spent on buys, base bought (gross) and kept (after the fee taken in base).
        var cost: Decimal = 0
        var bought: Decimal = 0
        var held: Decimal = 0
        var fee: Decimal = 0
        var realizedPnl: Decimal = 0
        var tpPx: Decimal = 0
        /// Base units per contract (1 for spot): ``cost`` is a notional.
        var unit: Decimal = 1

        var avgPx: Decimal { bought > 0 ? cost / (bought * unit) : 0 }
    }

    var account: String
    var algoId: String
    var algoClOrdId: String
    var tag: String
    var instId: String
    var algoOrdType: String
    var initOrdAmt: Decimal
    var safetyOrdAmt: Decimal
    var maxSafetyOrds: Int
    var pxSteps: Decimal
    var pxStepsMult: Decimal
    var volMult: Decimal
    var tpPct: Decimal
    var slPct: String
    var allowReinvest: String
    /// `long` (spot, and contract longs) or `short`.
    var direction = "long"
    var lever: Decimal = 1
    /// `running`, then `stopped`.
    var state = "running"
    var cycles: [Cycle] = []
    var createdAt: Int64
    var updatedAt: Int64

    var isRunning: Bool { state == "running" }
    var isContract: Bool { algoOrdType == "contract_dca" }
    var isLong: Bool { direction == "long" }
    /// The side that opens (entry and safety orders) and the one that takes profit.
    var openingSide: String { isLong ? "buy" : "sell" }
    var closingSide: String { isLong ? "sell" : "buy" }
    var tdMode: String { isContract ? "cross" : "cash" }
    var realizedPnl: Decimal { cycles.reduce(0) { $0 + $1.realizedPnl } }
    var investment: Decimal { initOrdAmt + (0..<maxSafetyOrds).reduce(Decimal(0)) { $0 + safetyOrdAmt * BotMath.power(volMult, $1) } }
}

extension SimulatedDCABot {
    /// What the open cycle would realize at `price`, before the closing fee.
    func unrealized(at price: Decimal) -> Decimal {
        guard let c = cycles.last, c.endTime == nil, c.held > 0 else { return 0 }
        if isContract { return (isLong ? price - c.avgPx : c.avgPx - price) * c.held * c.unit - c.fee }
        return c.held * price - c.cost
    }
}

extension SimulatorState {
    /// `POST tradingBot/dca/create`.
    func createDCA(_ item: [String: Any], account: String) -> BotReply {
        for name in ["instId", "algoOrdType", "initOrdAmt", "maxSafetyOrds", "tpPct"] where BotMath.string(item[name]).isEmpty {
            return .failure(50014, [name])
        }
        let algoOrdType = BotMath.string(item["algoOrdType"])
        guard algoOrdType == "spot_dca" || algoOrdType == "contract_dca" else { return .failure(51000, ["algoOrdType"]) }
        let instId = BotMath.string(item["instId"])
        guard let instrument = exchange.instruments(type: nil, instId: instId).first else { return .failure(51001) }
        guard instrument.isTradable, instrument.isContract == (algoOrdType == "contract_dca") else { return .failure(51000, ["instId"]) }
        guard instrument.state == "live" else { return .failure(51309) }
        var direction = "long", lever: Decimal = 1
        if instrument.isContract {
            for name in ["direction", "lever"] where BotMath.string(item[name]).isEmpty { return .failure(50014, [name]) }
            direction = BotMath.string(item["direction"])
            guard direction == "long" || direction == "short" else { return .failure(51000, ["direction"]) }
            guard let l = BotMath.decimal(item["lever"]), l >= 1, l <= Decimal(instrument.maxLever) else {
                return .failure(51370, ["1", String(instrument.maxLever)])
            }
            lever = l
            do { try exchange.setLeverage(account: account, instId: instId, mgnMode: "cross", lever: lever) } catch { return .fail(error) }
        }
        guard let initOrdAmt = BotMath.decimal(item["initOrdAmt"]), initOrdAmt > 0 else { return .failure(51000, ["initOrdAmt"]) }
        guard let maxSafetyOrds = Int(BotMath.string(item["maxSafetyOrds"])), (0...100).contains(maxSafetyOrds) else {
            return .failure(51000, ["maxSafetyOrds"])
        }
        guard let tpPct = BotMath.decimal(item["tpPct"]), tpPct > 0 else { return .failure(51000, ["tpPct"]) }
        var safetyOrdAmt: Decimal = 0, pxSteps: Decimal = 0, pxStepsMult: Decimal = 1, volMult: Decimal = 1
        if maxSafetyOrds > 0 {
            for name in ["safetyOrdAmt", "pxSteps", "pxStepsMult", "volMult"] {
                guard !BotMath.string(item[name]).isEmpty else { return .failure(50014, [name]) }
                guard let value = BotMath.decimal(item[name]), value > 0 else { return .failure(51000, [name]) }
                switch name {
                case "safetyOrdAmt": safetyOrdAmt = value
                case "pxSteps": pxSteps = value
                case "pxStepsMult": pxStepsMult = value
                default: volMult = value
                }
            }
            var deviation: Decimal = 0
            for n in 0..<maxSafetyOrds { deviation += pxSteps * BotMath.power(pxStepsMult, n) }
            guard deviation < 1 else { return .failure(51000, ["pxSteps"]) }
        }
        let now = serverMilliseconds()
        var orders: [SimulatedOrder] = []
        let reply: BotReply = bots.store.withLock { s in
            let algoId = s.nextId()
            var bot = SimulatedDCABot(account: account, algoId: algoId, algoClOrdId: BotMath.string(item["algoClOrdId"]), tag: BotMath.string(item["tag"]),
                                      instId: instId, algoOrdType: algoOrdType, initOrdAmt: initOrdAmt, safetyOrdAmt: safetyOrdAmt,
                                      maxSafetyOrds: maxSafetyOrds, pxSteps: pxSteps, pxStepsMult: pxStepsMult, volMult: volMult, tpPct: tpPct,
                                      slPct: BotMath.string(item["slPct"]), allowReinvest: BotMath.string(item["allowReinvest"]),
                                      direction: direction, lever: lever, createdAt: now, updatedAt: now)
            do throws(ExchangeError) {
                orders = try startCycle(&s, bot: &bot, now: now)
            } catch {
                return .fail(error)
            }
            s.dcas[algoId] = bot
            return .rows([["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]])
        }
        finish(orders: orders, events: [])
        return reply
    }

    /// A new cycle: the market entry, the safety orders beyond its price, the take profit.
    private func startCycle(_ s: inout SimulatedBots.Store, bot: inout SimulatedDCABot, now: Int64) throws(ExchangeError) -> [SimulatedOrder] {
        guard let instrument = exchange.instruments(type: nil, instId: bot.instId).first else { throw ExchangeError(code: 51001) }
        var cycle = SimulatedDCABot.Cycle(cycleId: s.nextId(), startTime: now)
        cycle.unit = instrument.unit
        /// Contracts that `amount` of margin buys at `px` with the bot's leverage.
        func contracts(_ amount: Decimal, _ px: Decimal) -> Decimal { BotMath.round(amount * bot.lever / (px * instrument.unit), instrument.lotSz, .down) }
        var entryOrder = SimulatedExchange.Placement(instId: bot.instId, side: bot.openingSide, ordType: "market", tdMode: bot.tdMode, size: bot.initOrdAmt,
                                                     price: nil, clOrdId: "", tag: bot.tag, tgtCcy: "quote_ccy")
        if bot.isContract {
            entryOrder.size = contracts(bot.initOrdAmt, instrument.mid)
            entryOrder.tgtCcy = ""
            guard entryOrder.size >= instrument.minSz else {
                throw ExchangeError(code: 51340, params: [botText(instrument.minSz * instrument.mid * instrument.unit / bot.lever), instrument.marginCcy])
            }
        }
        let initial = try placeBotOrder(&s, algoId: bot.algoId, account: bot.account, entryOrder, now: now)
        guard initial.filled > 0, let entry = initial.averagePrice else { throw ExchangeError(code: 51008) }
        cycle.orders.append(initial.ordId)
        cycle.initPx = entry
        Self.book(initial, into: &cycle, contract: bot.isContract)
        var placed = [initial]
        var deviation: Decimal = 0
        for n in 0..<bot.maxSafetyOrds {
            deviation += bot.pxSteps * BotMath.power(bot.pxStepsMult, n)
            let px = BotMath.round(entry * (bot.isLong ? 1 - deviation : 1 + deviation), instrument.tickSz, bot.isLong ? .down : .up)
            let amount = bot.safetyOrdAmt * BotMath.power(bot.volMult, n)
            let size = bot.isContract ? contracts(amount, px) : BotMath.round(amount / px, instrument.lotSz, .down)
            guard px > 0, size >= instrument.minSz else { continue }
            let order = try placeBotOrder(&s, algoId: bot.algoId, account: bot.account, .init(
                instId: bot.instId, side: bot.openingSide, ordType: "limit", tdMode: bot.tdMode, size: size, price: px, clOrdId: "", tag: bot.tag), now: now)
            cycle.orders.append(order.ordId)
            cycle.safety[order.ordId] = n + 1
            placed.append(order)
        }
        placed += placeTakeProfit(&s, bot: bot, cycle: &cycle, instrument: instrument, now: now)
        bot.cycles.append(cycle)
        bot.updatedAt = now
        return placed
    }

    /// Adds an entry or safety fill to the cycle.
    private static func book(_ order: SimulatedOrder, into cycle: inout SimulatedDCABot.Cycle, contract: Bool) {
        guard let px = order.averagePrice else { return }
        cycle.cost += order.filled * px * cycle.unit
        cycle.bought += order.filled
        if contract {
            cycle.held += order.filled
            cycle.fee -= order.fee
        } else {
            cycle.held += order.filled + order.fee  // a spot buy's fee is charged in base, negative
            cycle.fee -= order.fee * px
        }
    }

    /// Takes a closing fill (take profit, or the market order of a stop) out of the cycle and
    /// realizes its PnL. The opening cost and fees are spread over what the cycle holds, so
    /// every fee of the cycle counts.
    private static func close(_ order: SimulatedOrder, cycle: inout SimulatedDCABot.Cycle, bot: SimulatedDCABot) {
        guard let px = order.averagePrice, cycle.held > 0 else { return }
        let share = min(order.filled, cycle.held) / cycle.held
        if bot.isContract {
            let move = bot.isLong ? px - cycle.avgPx : cycle.avgPx - px
            cycle.realizedPnl += move * order.filled * cycle.unit + order.fee - cycle.fee * share
        } else {
            cycle.realizedPnl += order.filled * px + order.fee - cycle.cost * share  // a sell's fee is charged in quote, negative
        }
        cycle.fee -= order.fee
        cycle.held -= order.filled
    }

    /// (Re)places the take profit for what the cycle holds; the old one is cancelled.
    private func placeTakeProfit(_ s: inout SimulatedBots.Store, bot: SimulatedDCABot, cycle: inout SimulatedDCABot.Cycle,
                                 instrument: SimulatedInstrument, now: Int64) -> [SimulatedOrder] {
        var placed: [SimulatedOrder] = []
        if !cycle.takeProfit.isEmpty, let canceled = cancelBotOrder(account: bot.account, instId: bot.instId, ordId: cycle.takeProfit, now: now) {
            placed.append(canceled)
        }
        cycle.takeProfit = ""
        cycle.tpPx = BotMath.round(cycle.avgPx * (bot.isLong ? 1 + bot.tpPct : 1 - bot.tpPct), instrument.tickSz, bot.isLong ? .up : .down)
        let size = BotMath.round(cycle.held, instrument.lotSz, .down)
        guard size >= instrument.minSz, let order = try? placeBotOrder(&s, algoId: bot.algoId, account: bot.account, .init(
            instId: bot.instId, side: bot.closingSide, ordType: "limit", tdMode: bot.tdMode, size: size, price: cycle.tpPx, clOrdId: "", tag: bot.tag), now: now)
        else { return placed }
        cycle.orders.append(order.ordId)
        cycle.takeProfit = order.ordId
        placed.append(order)
        return placed
    }

    /// A DCA order filled: a safety order moves the take profit; the take profit closes the cycle.
    func dcaFilled(_ s: inout SimulatedBots.Store, algoId: String, order: SimulatedOrder) -> [SimulatedOrder] {
        guard var bot = s.dcas[algoId], bot.isRunning, var cycle = bot.cycles.last, cycle.endTime == nil,
              let instrument = exchange.instruments(type: nil, instId: bot.instId).first, order.averagePrice != nil else { return [] }
        let now = serverMilliseconds()
        var placed: [SimulatedOrder] = []
        if cycle.safety.removeValue(forKey: order.ordId) != nil {
            cycle.filledSafety += 1
            Self.book(order, into: &cycle, contract: bot.isContract)
            placed += placeTakeProfit(&s, bot: bot, cycle: &cycle, instrument: instrument, now: now)
        } else if order.ordId == cycle.takeProfit {
            Self.close(order, cycle: &cycle, bot: bot)
            cycle.endTime = now
            cycle.takeProfit = ""
            for ordId in cycle.safety.keys.sorted() {
                if let canceled = cancelBotOrder(account: bot.account, instId: bot.instId, ordId: ordId, now: now) { placed.append(canceled) }
            }
            cycle.safety.removeAll()
            bot.cycles[bot.cycles.count - 1] = cycle
            do { placed += try startCycle(&s, bot: &bot, now: now) } catch { bot.state = "stopped" }
            bot.updatedAt = now
            s.dcas[algoId] = bot
            return placed
        } else {
            return []
        }
        bot.cycles[bot.cycles.count - 1] = cycle
        bot.updatedAt = now
        s.dcas[algoId] = bot
        return placed
    }

    /// `POST tradingBot/dca/stop`: cancels the cycle's orders; stopType 1 sells (closes) what it holds at market.
    func stopDCA(_ item: [String: Any], account: String) -> BotReply {
        for name in ["algoId", "algoOrdType", "stopType"] where BotMath.string(item[name]).isEmpty { return .failure(50014, [name]) }
        let algoId = BotMath.string(item["algoId"]), stopType = BotMath.string(item["stopType"])
        guard stopType == "1" || stopType == "2" else { return .failure(51000, ["stopType"]) }
        let now = serverMilliseconds()
        var orders: [SimulatedOrder] = []
        let reply: BotReply = bots.store.withLock { s in
            guard var bot = s.dcas[algoId], bot.account == account, bot.algoOrdType == BotMath.string(item["algoOrdType"]) else { return .failure(51603) }
            guard bot.isRunning else { return .failure(51400) }
            if var cycle = bot.cycles.last, cycle.endTime == nil {
                for ordId in Array(cycle.safety.keys).sorted() + [cycle.takeProfit] where !ordId.isEmpty {
                    if let canceled = cancelBotOrder(account: account, instId: bot.instId, ordId: ordId, now: now) { orders.append(canceled) }
                }
                cycle.safety.removeAll()
                cycle.takeProfit = ""
                if stopType == "1", let instrument = exchange.instruments(type: nil, instId: bot.instId).first {
                    let size = BotMath.round(cycle.held, instrument.lotSz, .down)
                    if size >= instrument.minSz, let closing = try? placeBotOrder(&s, algoId: algoId, account: account, .init(
                        instId: bot.instId, side: bot.closingSide, ordType: "market", tdMode: bot.tdMode, size: size, price: nil, clOrdId: "",
                        tag: bot.tag, tgtCcy: bot.isContract ? "" : "base_ccy"), now: now) {
                        cycle.orders.append(closing.ordId)
                        Self.close(closing, cycle: &cycle, bot: bot)
                        orders.append(closing)
                    }
                }
                cycle.endTime = now
                bot.cycles[bot.cycles.count - 1] = cycle
            }
            bot.state = "stopped"
            bot.updatedAt = now
            s.dcas[algoId] = bot
            return .rows([["algoId": algoId, "algoClOrdId": bot.algoClOrdId, "tag": bot.tag, "sCode": "0", "sMsg": ""]])
        }
        finish(orders: orders, events: [])
        return reply
    }
}

extension SimulatorResponder {
    func dcaResponse(method: String, route: String, query: Query, item: [String: Any], account: String) -> BotReply {
        let r = Rendering(state: state)
        if method == "POST" {
            return route == "dca/create" ? state.createDCA(item, account: account) : state.stopDCA(item, account: account)
        }
        guard let type = query["algoOrdType"] else { return .failure(50014, ["algoOrdType"]) }
        let bots = state.bots.store.withLock { s in s.dcas.values.filter { $0.account == account && $0.algoOrdType == type } }
            .sorted { (Int64($0.algoId) ?? 0) > (Int64($1.algoId) ?? 0) }
        switch route {
        case "dca/ongoing-list", "dca/history-list":
            let running = route == "dca/ongoing-list"
            let found = bots.filter { $0.isRunning == running && (query["algoId"] == nil || $0.algoId == query["algoId"]) }
            return .rows(BotMath.page(found, id: \.algoId, query: query).map(r.dcaBot))
        default:
            guard let algoId = query["algoId"] else { return .failure(50014, ["algoId"]) }
            guard let bot = bots.first(where: { $0.algoId == algoId }) else { return .failure(51603) }
            switch route {
            case "dca/cycle-list":
                let cycles = bot.cycles.reversed().map { c -> [String: Any] in
                    ["algoId": bot.algoId, "algoClOrdId": bot.algoClOrdId, "cycleId": c.cycleId, "currentCycle": c.endTime == nil,
                     "realizedPnl": r.text(r.rounded(c.realizedPnl, 8)), "startTime": String(c.startTime), "endTime": c.endTime.map(String.init) ?? "",
                     "fee": r.text(r.rounded(-c.fee, 8)), "avgPx": r.text(r.rounded(c.avgPx, 8)), "tpPx": r.text(c.tpPx)]
                }
                return .rows(BotMath.page(Array(cycles), id: { $0["cycleId"] as? String ?? "" }, query: query))
            case "dca/orders":
                guard let cycle = query["cycleId"].map({ id in bot.cycles.first { $0.cycleId == id } }) ?? bot.cycles.last else { return .rows([]) }
                let orders = cycle.orders.reversed().compactMap { try? state.exchange.order(account: account, instId: bot.instId, ordId: $0, clOrdId: nil) }
                return .rows(BotMath.page(orders, id: \.ordId, query: query).map { o in
                    ["cycleId": cycle.cycleId, "ordId": o.ordId, "avgFillPx": o.averagePrice.map { r.text(r.rounded($0, 8)) } ?? "", "direction": bot.direction,
                     "side": o.side, "ordType": o.ordType, "px": o.price.map(r.text) ?? "", "sz": r.text(o.size), "filledSz": r.text(o.filled),
                     "state": o.state, "fee": r.text(o.fee), "rebate": "0", "rebateCcy": "", "lever": bot.isContract ? r.text(bot.lever) : "", "instId": o.instId,
                     "ctVal": bot.isContract ? r.text(cycle.unit) : "",
                     "fillTime": o.filled > 0 ? String(o.updatedAt) : "", "cTime": String(o.createdAt), "uTime": String(o.updatedAt), "tradeQuoteCcy": bot.isContract ? "" : "USDT"]
                })
            default:  // dca/position-details
                guard let cycle = bot.cycles.last else { return .rows([]) }
                let price = state.exchange.price(bot.instId) ?? 0
                var liqPx = ""
                if bot.isContract, cycle.endTime == nil, cycle.held > 0, let instrument = state.exchange.instruments(type: nil, instId: bot.instId).first {
                    let p = SimulatedPosition(instId: bot.instId, posId: "", pos: bot.isLong ? cycle.held : -cycle.held, avgPx: cycle.avgPx, lever: bot.lever,
                                              mgnMode: "cross", cTime: 0, uTime: 0)
                    liqPx = r.text(SimulatedExchange.liquidationPrice(p, instrument))
                }
                return .rows([["algoId": bot.algoId, "algoClOrdId": bot.algoClOrdId, "algoOrdType": bot.algoOrdType, "instId": bot.instId,
                               "curCycleId": cycle.cycleId, "startTime": String(cycle.startTime), "fillManualOrds": "0",
                               "fillSafetyOrds": String(cycle.filledSafety), "fundingFee": "0", "initPx": r.text(cycle.initPx),
                               "notionalUsd": r.text(r.rounded(cycle.held * price * cycle.unit, 8)), "avgPx": r.text(r.rounded(cycle.avgPx, 8)),
                               "upl": r.text(r.rounded(bot.unrealized(at: price), 8)), "liqPx": liqPx, "sz": r.text(cycle.held),
                               "baseSz": bot.isContract ? "" : r.text(cycle.held), "quoteSz": bot.isContract ? "" : r.text(r.rounded(cycle.cost, 8)), "slPx": "", "tpPx": r.text(cycle.tpPx),
                               "fee": r.text(r.rounded(-cycle.fee, 8)), "tradeQuoteCcy": bot.isContract ? "" : "USDT"]])
            }
        }
    }
}

extension Rendering {
    static let dcaFields = ["algoId", "algoOrdType", "instId", "copyType", "state", "direction", "lever", "initOrdAmt", "safetyOrdAmt", "maxSafetyOrds",
                            "pxSteps", "pxStepsMult", "volMult", "tpPxRange", "slPct", "slMode", "allowReinvest", "totalPnl", "pnlRatio",
                            "totalFundingFee", "investmentAmt", "investmentCcy", "arbitragePnL", "transferInMargin", "profitSharingRatio",
                            "trackingMode", "triggerParams", "cTime", "uTime", "ctVal", "tradeQuoteCcy"]

    /// A DCA bot as `ongoing-list` and `history-list` show it.
    func dcaBot(_ b: SimulatedDCABot) -> [String: Any] {
        let price = state.exchange.price(b.instId) ?? 0
        let total = b.realizedPnl + b.unrealized(at: price)
        let investment = b.investment
        let instrument = state.exchange.instruments(type: nil, instId: b.instId).first
        let quote = instrument?.marginCcy ?? ""
        let row: [String: Any] = [
            "algoId": b.algoId, "algoOrdType": b.algoOrdType, "instId": b.instId, "copyType": "0", "state": b.state, "direction": b.direction,
            "lever": text(b.lever), "initOrdAmt": text(b.initOrdAmt), "safetyOrdAmt": text(b.safetyOrdAmt), "maxSafetyOrds": String(b.maxSafetyOrds),
            "pxSteps": text(b.pxSteps), "pxStepsMult": text(b.pxStepsMult), "volMult": text(b.volMult), "tpPxRange": text(b.tpPct),
            "slPct": b.slPct, "slMode": "", "allowReinvest": b.allowReinvest, "totalPnl": text(rounded(total, 8)),
            "pnlRatio": investment > 0 ? text(rounded(total / investment, 8)) : "0", "totalFundingFee": "0", "investmentAmt": text(investment),
            "investmentCcy": quote, "arbitragePnL": text(rounded(b.realizedPnl, 8)), "transferInMargin": "0", "profitSharingRatio": "",
            "trackingMode": "", "triggerParams": [["triggerAction": "start", "triggerStrategy": "instant"]], "cTime": String(b.createdAt),
            "uTime": String(b.updatedAt), "ctVal": b.isContract ? text(instrument?.ctVal ?? 0) : "",
            "tradeQuoteCcy": b.isContract ? "" : quote,
        ]
        return BotMath.complete(row, Self.dcaFields)
    }
}
