import Foundation

/// Every channel of the docs' table on the simulator's WebSocket (the table is
/// `DocumentedChannels.swift`, generated). Channels the simulator has state behind push it, on
/// subscribing and when it changes, rendered as REST renders the same state, so a client that
/// compares the two sees one exchange. The rest push the docs' example once, on subscribing, with
/// the subscription's ids and the simulator's times in it. The bot channels are left to the bot
/// simulator, which pushes through `publish(channel:account:data:)`.
extension SimulatedWebSocketHub {
    /// The channels pushed from the simulator's state, besides the families below (COVERAGE.md
    /// is generated from these lists).
    static let stateChannels = [
        "books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi", "tickers", "trades", "trades-all", "instruments",
        "status", "mark-price", "index-tickers", "funding-rate", "price-limit", "open-interest", "estimated-price", "opt-summary", "liquidation-orders",
        "orders", "fills", "positions", "account", "balance_and_position", "liquidation-warning", "account-greeks", "orders-algo", "algo-advance",
    ]
    /// Channel families pushed from state: `candle1m`, `mark-price-candle1H`, `index-candle1D`…
    static let stateFamilies = ["candle", "mark-price-candle", "index-candle"]
    /// The trading bots' channels: subscribing works; what they push is the bot simulator's.
    static let botChannels = ["grid-orders-spot", "grid-orders-contract", "grid-positions", "grid-sub-orders", "algo-recurring-buy"]

    /// Market channels that push only when something happens (a trade, an algo order changing,
    /// a liquidation), never on subscribing, as on OKX.
    static let eventChannels: Set<String> = ["trades", "trades-all", "orders", "fills", "orders-algo", "liquidation-orders", "liquidation-warning"]

    /// Channels OKX keeps for higher fee tiers (64003 below ``feeTierForTickByTick``).
    static let feeTierChannels: Set<String> = ["books-l2-tbt", "books50-l2-tbt", "fills"]
    /// The lowest VIP tier that may subscribe to ``feeTierChannels`` (OKX, 2026).
    static let feeTierForTickByTick = 4

    /// Where the simulator trails OKX: a position whose margin ratio falls to this gets a
    /// `liquidation-warning` (OKX does not publish its threshold).
    static let liquidationWarningRatio: Decimal = 3

    // MARK: Subscribing

    /// Why a subscription is refused, as OKX answers (60018: no such channel on this URL, or no
    /// such instrument; 60011: the channel is a user's and the connection has not logged in), or
    /// nil. The URL and the login come from the docs' table.
    static func refusal(_ arg: [String: String], endpoint: String, loggedIn: Bool, state: SimulatorState) -> (code: String, msg: String)? {
        let channel = arg["channel"] ?? ""
        guard let documented = documentedChannel(channel), documented.endpoint == endpoint else {
            return ("60018", "Wrong URL or channel:\(channel) doesn't exist. Please use the correct URL, channel and parameters referring to API document.")
        }
        // The tick-by-tick books are for logged-in (VIP) users, though their URL is the public one.
        if !loggedIn && (documented.login || (endpoint == "public" && channel.hasSuffix("-l2-tbt"))) { return ("60011", "Please log in") }
        if Self.feeTierChannels.contains(channel) && state.configuration.feeTier < Self.feeTierForTickByTick {
            return ("64003", documentedError(64003)?.message ?? "")
        }
        let unknown: (String) -> (code: String, msg: String) = { id in ("60018", "Wrong URL or channel:\(channel),instId:\(id) doesn't exist.") }
        if channel == "estimated-price", !["FUTURES", "OPTION"].contains(arg["instType"] ?? "") { return unknown(arg["instType"] ?? "") }
        guard let instId = arg["instId"], !documented.login else { return nil }
        if channel == "index-tickers" || channel.hasPrefix("index-candle") {
            return indexSource(instId, state) == nil ? unknown(instId) : nil
        }
        if channel == "funding-rate" {
            return state.exchange.instruments(type: "SWAP", instId: instId).isEmpty ? unknown(instId) : nil
        }
        let instrumentChannels: Set<String> = ["books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi", "tickers", "trades", "trades-all",
                                               "mark-price", "price-limit", "open-interest"]
        if instrumentChannels.contains(channel) || channel.hasPrefix("candle") || channel.hasPrefix("mark-price-candle") {
            return state.exchange.book(instId) == nil ? unknown(instId) : nil
        }
        return nil
    }

    /// What a new subscription to one of this file's channels gets at once (the older channels —
    /// books, tickers, candles, the account ones — are answered by `subscribe` itself).
    func pushOnSubscribe(_ arg: [String: String], session: Session, state: SimulatorState, rendering: Rendering) {
        let channel = arg["channel"] ?? ""
        let answeredBySubscribe: Set<String> = ["books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi", "tickers", "account", "positions",
                                                "balance_and_position"]
        guard !answeredBySubscribe.contains(channel), !channel.hasPrefix("candle"), !Self.eventChannels.contains(channel),
              !Self.botChannels.contains(channel) else { return }
        let data: [Any]?
        switch channel {
        case "instruments":
            let now = state.serverMilliseconds()
            data = state.exchange.instruments(type: arg["instType"] ?? "", instId: nil).map { Self.shaped(rendering.instrument($0, demo: session.demo), like: "instruments", now: now) }
        case "status":
            data = []  // as REST's system/status: no maintenance planned or under way
        case "algo-advance":
            guard let account = session.account else { return }
            let live = state.exchange.algoOrders(account: account).filter { $0.isLive && Self.advanceTypes.contains($0.ordType) }
                .filter { Self.matches(arg, instId: $0.instId, state: state) && (arg["algoId"] == nil || arg["algoId"] == $0.algoId) }
            guard !live.isEmpty else { return }
            data = live.map { Self.shaped(rendering.algoOrder($0), like: "algo-advance", now: state.serverMilliseconds()) }
        case "account-greeks":
            guard let account = session.account else { return }
            data = rendering.greeks(state.exchange.account(account), ccy: arg["ccy"])
        default:
            data = Self.marketData(arg, state: state, rendering: rendering) ?? Self.documentedExample(arg, state: state)
        }
        guard let data else { return }
        session.out.yield(Self.json(["arg": Self.pushArg(arg), "data": data]))
    }

    /// The `arg` of a push: the subscription's, with the user's id on the channels that carry it.
    static func pushArg(_ arg: [String: String]) -> [String: String] {
        guard documentedChannel(arg["channel"] ?? "")?.login == true else { return arg }
        var out = arg
        out["uid"] = Rendering.uid
        return out
    }

    // MARK: The bot simulator's hook

    /// Pushes `data` on `channel` to the subscribers whose filter lets it through: of `account`
    /// (an API key) for a user's channel, everyone's otherwise. A subscription's `instType`
    /// (`ANY` passes all), `instFamily`, `instId` and `algoId` are matched against each item's.
    /// For channels the simulator leaves to others (the bots'), and usable for any channel.
    func publish(channel: String, account: String, data: [[String: Any]]) {
        let login = documentedChannel(channel)?.login ?? true
        registry.withLock { r in
            for (_, s) in r.sessions where !login || s.account == account {
                for (_, arg) in s.subscriptions where arg["channel"] == channel {
                    let items = data.filter { item in
                        ["instType", "instFamily", "instId", "algoId"].allSatisfy { key in
                            guard let wanted = arg[key], !(key == "instType" && wanted == "ANY"), let value = item[key] as? String else { return true }
                            return value == wanted
                        }
                    }
                    guard !items.isEmpty else { continue }
                    s.out.yield(Self.json(["arg": Self.pushArg(arg), "data": items]))
                }
            }
        }
    }

    // MARK: Market state

    /// The spot pair an index is quoted from: the pair of the same name, or for a USD index the
    /// base's USDT pair (the simulator keeps USD and USDT at par). Nil for an unknown index.
    static func indexSource(_ index: String, _ state: SimulatorState) -> SimulatedInstrument? {
        if let spot = state.exchange.instruments(type: "SPOT", instId: index).first { return spot }
        let parts = index.split(separator: "-")
        guard parts.count == 2, parts[1] == "USD" else { return nil }
        return state.exchange.instruments(type: "SPOT", instId: parts[0] + "-USDT").first
    }

    /// The data of a market channel the simulator models from its prices, for `arg` (nil for
    /// other channels): what it pushes on subscribing and after every price move.
    static func marketData(_ arg: [String: String], state: SimulatorState, rendering: Rendering) -> [Any]? {
        let channel = arg["channel"] ?? ""
        let instrument = arg["instId"].flatMap { state.exchange.instruments(type: nil, instId: $0).first }
        func family(_ type: String) -> [SimulatedInstrument] {
            state.exchange.instruments(type: type, instId: arg["instId"]).filter { arg["instFamily"] == nil || $0.uly == arg["instFamily"] }
        }
        switch channel {
        case "mark-price":
            guard let i = arg["instId"].flatMap({ rendering.markPriceInstrument($0) }) else { return nil }
            return [rendering.markPrice(i)]
        case "funding-rate":
            guard let i = instrument, i.instType == "SWAP" else { return nil }
            return [rendering.fundingRate(i)]
        case "price-limit":
            return instrument.map { [rendering.priceLimit($0)] }
        case "open-interest":
            return instrument.map { [rendering.openInterest($0)] }
        case "index-tickers":
            guard let index = arg["instId"], let spot = indexSource(index, state) else { return nil }
            return [rendering.indexTicker(index, spot)]
        case "estimated-price":
            let rows = family(arg["instType"] ?? "").map { rendering.estimatedPrice($0) }
            return rows.isEmpty ? nil : rows
        case "opt-summary":
            let rows = family("OPTION").map { rendering.optionSummary($0) }
            return rows.isEmpty ? nil : rows
        case _ where isCandle(channel) && !channel.hasPrefix("candle"):
            return anyCandlePush(arg, state: state, rendering: rendering)?["data"] as? [Any]
        default:
            return nil
        }
    }

    /// Whether a channel is one of the candle families the market feed refreshes.
    static func isCandle(_ channel: String) -> Bool { stateFamilies.contains { channel.hasPrefix($0) } }

    /// The current candle of a `candle*`, `mark-price-candle*` or `index-candle*` subscription: the
    /// mark price's candles are the instrument's (mark = last here), an index's are its spot pair's,
    /// with the fields those channels document (ts, o, h, l, c, confirm).
    static func anyCandlePush(_ arg: [String: String], state: SimulatorState, rendering: Rendering) -> [String: Any]? {
        let channel = arg["channel"] ?? ""
        if channel.hasPrefix("candle") { return candlePush(arg, state: state, rendering: rendering) }
        let index = channel.hasPrefix("index-candle")
        let bar = String(channel.dropFirst(index ? "index-candle".count : "mark-price-candle".count))
        guard let instId = arg["instId"],
              let instrument = index ? indexSource(instId, state) : state.exchange.instruments(type: nil, instId: instId).first,
              let rows = rendering.candles(instrument, bar: bar, after: nil, before: nil, limit: 1), !rows.isEmpty else { return nil }
        return ["arg": arg, "data": rows.map { row in [0, 1, 2, 3, 4, 8].map { row[$0] } }]
    }

    /// After the price of `instId` moved: its tickers, and every market channel whose value
    /// depends on it (mark price, limits, open interest, funding, its indexes, futures' and
    /// options' figures, the candles); then the liquidation warnings of positions near their `liqPx`.
    func publishPriceMove(_ instId: String, state: SimulatorState) {
        let rendering = Rendering(state: state)
        let moved = state.exchange.instruments(type: nil, instId: instId).first
        registry.withLock { r in
            for (_, s) in r.sessions {
                for (_, arg) in s.subscriptions {
                    let channel = arg["channel"] ?? ""
                    if channel == "tickers", arg["instId"] == instId, let (i, book) = state.exchange.book(instId) {
                        s.out.yield(Self.json(["arg": arg, "data": [rendering.ticker(i, book)]]))
                        continue
                    }
                    let affected: Bool
                    if channel == "index-tickers" || channel.hasPrefix("index-candle") {
                        affected = arg["instId"].flatMap { Self.indexSource($0, state)?.instId } == instId
                    } else if channel == "estimated-price" || channel == "opt-summary" {
                        affected = moved.map { $0.uly == arg["instFamily"] || $0.instId == arg["instId"] } ?? false
                            || arg["instFamily"].flatMap { Self.indexSource($0, state)?.instId } == instId
                    } else {
                        affected = arg["instId"] == instId
                    }
                    guard affected, let data = Self.marketData(arg, state: state, rendering: rendering) else { continue }
                    s.out.yield(Self.json(["arg": arg, "data": data]))
                }
            }
            let instruments = Self.instrumentMap(state)
            for (_, s) in r.sessions {
                guard let account = s.account else { continue }
                for (_, arg) in s.subscriptions where arg["channel"] == "liquidation-warning" {
                    let near = rendering.positions(state.exchange.account(account), instruments: instruments, instType: nil, instIds: [instId])
                        .filter { p in
                            guard let ratio = (p["mgnRatio"] as? String).flatMap({ Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }) else { return false }
                            return ratio > 0 && ratio <= Self.liquidationWarningRatio && Self.matches(arg, instId: instId, state: state)
                        }
                    guard !near.isEmpty else { continue }
                    let now = state.serverMilliseconds()
                    s.out.yield(Self.json(["arg": Self.pushArg(arg), "data": near.map { Self.shaped($0, like: "liquidation-warning", now: now) }]))
                }
            }
        }
    }

    /// Moves the price of `instId` and sends its book's subscribers the move as one update: the
    /// levels the move removed (size 0) and the new ones, chained to the last seqId, under the
    /// hub's lock so no market tick comes between the move and its update.
    func movePrice(_ instId: String, to price: Decimal, state: SimulatorState) throws(ExchangeError) -> Decimal {
        try registry.withLock { (r: inout Registry) throws(ExchangeError) -> Decimal in
            let before = state.exchange.bookWithSequence(instId)
            let set = try state.exchange.setPrice(instId, price)
            guard let (old, prevSeq) = before, let (book, seq) = state.exchange.bookWithSequence(instId) else { return set }
            func changes(_ old: [Level], _ new: [Level]) -> [Level] {
                let kept = Set(new.map(\.price))
                let gone = old.filter { !kept.contains($0.price) }.map { Level(price: $0.price, size: 0, orders: 0) }
                return (gone + new.filter { !old.contains($0) }).sorted { $0.price > $1.price }
            }
            let bids = changes(old.bids, book.bids), asks = changes(old.asks, book.asks).reversed()
            for (_, s) in r.sessions {
                for (_, arg) in s.subscriptions where arg["instId"] == instId {
                    switch arg["channel"] ?? "" {
                    case "books", "books-l2-tbt", "books50-l2-tbt", "books-rpi":
                        let data = bookData(book, depth: 400, prev: prevSeq, seq: seq, state: state, bids: bids, asks: Array(asks),
                                            consolidated: arg["channel"] == "books-rpi")
                        s.out.yield(Self.json(["arg": arg, "action": "update", "data": [data]]))
                    case "books5": s.out.yield(Self.json(["arg": arg, "data": [bookData(book, depth: 5, prev: nil, seq: seq, state: state)]]))
                    case "bbo-tbt": s.out.yield(Self.json(["arg": arg, "data": [bookData(book, depth: 1, prev: nil, seq: seq, state: state)]]))
                    default: continue
                    }
                }
            }
            return set
        }
    }

    /// After fills: `trades-all` (one push per trade, as OKX sends it) and the ticker, whose last
    /// price is now the newest fill's.
    func publishTradeChannels(_ fills: [SimulatedFill], instId: String, registry r: Registry, state: SimulatorState, rendering: Rendering) {
        guard !fills.isEmpty, let (instrument, book) = state.exchange.book(instId) else { return }
        let trades = fills.map { f -> [String: Any] in
            let side = f.execType == "M" ? (f.side == "buy" ? "sell" : "buy") : f.side
            return ["instId": f.instId, "tradeId": f.tradeId, "px": rendering.text(f.fillPx), "sz": rendering.text(f.fillSz), "side": side,
                    "source": "0", "ts": String(f.ts)]
        }
        let ticker = rendering.ticker(instrument, book)
        for (_, s) in r.sessions {
            for (_, arg) in s.subscriptions where arg["instId"] == instId {
                switch arg["channel"] ?? "" {
                case "trades-all": for trade in trades { s.out.yield(Self.json(["arg": arg, "data": [trade]])) }
                case "tickers": s.out.yield(Self.json(["arg": arg, "data": [ticker]]))
                default: continue
                }
            }
        }
    }

    /// Every liquidation, to `liquidation-orders` subscribers of its instrument type: the
    /// position's side, size and bankruptcy price (the simulator closes at the liquidation price,
    /// so the loss past it is 0).
    func publishLiquidations(_ orders: [SimulatedOrder], state: SimulatorState) {
        let rendering = Rendering(state: state)
        let rows: [[String: Any]] = orders.compactMap { o in
            guard let i = state.exchange.instruments(type: nil, instId: o.instId).first else { return nil }
            let detail: [String: Any] = ["side": o.side, "posSide": "net", "bkPx": o.averagePrice.map(rendering.text) ?? "", "sz": rendering.text(o.size),
                                         "bkLoss": "0", "ccy": i.marginCcy, "ts": String(o.updatedAt)]
            return ["instType": i.instType, "instId": o.instId, "uly": i.uly, "details": [detail]]
        }
        guard !rows.isEmpty else { return }
        registry.withLock { r in
            for (_, s) in r.sessions {
                for (_, arg) in s.subscriptions where arg["channel"] == "liquidation-orders" {
                    let wanted = rows.filter { arg["instType"] == nil || arg["instType"] == "ANY" || $0["instType"] as? String == arg["instType"] }
                    if !wanted.isEmpty { s.out.yield(Self.json(["arg": arg, "data": wanted])) }
                }
            }
        }
    }

    // MARK: Algo orders

    /// The algo order types `algo-advance` carries (the simulator has no iceberg or TWAP orders).
    static let advanceTypes: Set<String> = ["move_order_stop", "iceberg", "twap"]

    /// An algo order placed, cancelled or triggered: to its account's `orders-algo` subscribers,
    /// and `algo-advance` ones for the advance types, as REST's order-algo renders it.
    func publishAlgo(_ order: SimulatedAlgoOrder, state: SimulatorState) {
        let rendered = Rendering(state: state).algoOrder(order)
        let now = state.serverMilliseconds()
        registry.withLock { r in
            for (_, s) in r.sessions where s.account == order.account {
                for (_, arg) in s.subscriptions where Self.matches(arg, instId: order.instId, state: state) {
                    switch arg["channel"] ?? "" {
                    case "orders-algo":
                        s.out.yield(Self.json(["arg": Self.pushArg(arg), "data": [Self.shaped(rendered, like: "orders-algo", now: now)]]))
                    case "algo-advance" where Self.advanceTypes.contains(order.ordType) && (arg["algoId"] == nil || arg["algoId"] == order.algoId):
                        s.out.yield(Self.json(["arg": Self.pushArg(arg), "data": [Self.shaped(rendered, like: "algo-advance", now: now)]]))
                    default: continue
                    }
                }
            }
        }
    }

    // MARK: The docs' examples

    /// The first item of a channel's documented push example, parsed.
    static func exampleItem(_ channel: String) -> [String: Any]? {
        guard let text = documentedChannel(channel)?.example,
              let items = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any] else { return nil }
        return items.first as? [String: Any]
    }

    /// `row` (a REST-style record) with exactly the fields of the channel's documented push: the
    /// row's value where it has one, `pTime` now, and for the fields the simulator does not keep
    /// OKX's "none" ("" for text, [] for lists) or, for other types, the example's value.
    static func shaped(_ row: [String: Any], like channel: String, now: Int64) -> [String: Any] {
        guard let example = exampleItem(channel) else { return row }
        var out: [String: Any] = [:]
        for (key, documented) in example {
            if key == "pTime" {
                out[key] = String(now)
            } else if let value = row[key] {
                out[key] = value
            } else {
                out[key] = documented is String ? "" : documented is [Any] ? [] as [Any] : documented
            }
        }
        return out
    }

    /// The docs' push example for `arg`, with the subscription's ids (instrument, family, type,
    /// spread, currency, algo), the simulator's user id, an instrument of the simulator where the
    /// example names one and the subscription does not, and the times now (a candle's: its bar's).
    static func documentedExample(_ arg: [String: String], state: SimulatorState) -> [Any]? {
        let channel = arg["channel"] ?? ""
        guard let text = documentedChannel(channel)?.example,
              let items = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any] else { return nil }
        let now = state.serverMilliseconds()
        let type = arg["instType"].flatMap { $0 == "ANY" ? nil : $0 }
        let instrument = arg["instId"].flatMap { state.exchange.instruments(type: nil, instId: $0).first }
            ?? state.exchange.instruments(type: type ?? "SWAP", instId: nil).first { arg["instFamily"] == nil || $0.uly == arg["instFamily"] }
        return items.map { item -> Any in
            if var cells = item as? [Any], !cells.isEmpty {
                let bar = channel.split(separator: "-").last.map { String($0.dropFirst("candle".count)) }
                cells[0] = String(bar.flatMap(CandleBar.init).map { $0.start(of: now) } ?? now)
                return cells
            }
            guard var row = item as? [String: Any] else { return item }
            for key in ["instId", "instFamily", "sprdId", "ccy", "algoId"] where row[key] != nil {
                if let value = arg[key] {
                    row[key] = value
                } else if key == "instId", let instrument, (row[key] as? String)?.isEmpty == false {
                    row[key] = instrument.instId
                }
            }
            if row["instType"] != nil, let value = type ?? instrument?.instType { row["instType"] = value }
            if row["uly"] != nil, let value = arg["instFamily"] ?? instrument?.uly { row["uly"] = value }
            if row["uid"] != nil { row["uid"] = Rendering.uid }
            for key in ["ts", "pTime", "uTime", "cTime"] where row[key] is String { row[key] = String(now) }
            return row
        }
    }
}

// MARK: Rendering the market channels

extension Rendering {
    /// The user id the simulator's accounts show (`account/config`'s `uid`).
    static let uid = "44705892343619584"

    /// The listing whose mark price `mark-price` shows for an id: a spot pair's MARGIN listing
    /// (OKX has no mark price for plain spot), else the instrument.
    func markPriceInstrument(_ instId: String) -> SimulatedInstrument? {
        state.exchange.instruments(type: "MARGIN", instId: instId).first ?? state.exchange.instruments(type: nil, instId: instId).first
    }

    /// Price limits 5 % either side of the price, on the tick.
    func priceLimit(_ i: SimulatedInstrument) -> [String: Any] {
        func tick(_ value: Decimal) -> String { text(rounded(value / i.tickSz, 0) * i.tickSz) }
        return ["instType": i.instType, "instId": i.instId, "buyLmt": tick(i.mid * SimulatedMarket.dec("1.05")),
                "sellLmt": tick(i.mid * SimulatedMarket.dec("0.95")), "enabled": true, "ts": String(state.serverMilliseconds())]
    }

    /// A constant open interest (contracts), in coin and USD at the current price.
    func openInterest(_ i: SimulatedInstrument) -> [String: Any] {
        let oi: Decimal = i.instType == "OPTION" ? 5000 : 250_000
        // Linear contracts are worth coins; inverse ones are worth USD.
        let usd = i.ctType == "inverse" ? oi * i.ctVal : oi * i.unit * i.mid
        let coin = i.ctType == "inverse" ? (i.mid > 0 ? rounded(usd / i.mid, 8) : 0) : oi * i.unit
        return ["instType": i.instType, "instId": i.instId, "oi": text(oi), "oiCcy": text(coin), "oiUsd": text(usd), "ts": String(state.serverMilliseconds())]
    }

    /// An index as `index-tickers` shows it: its spot pair's price, with the day's figures the
    /// ticker of that pair shows.
    func indexTicker(_ index: String, _ spot: SimulatedInstrument) -> [String: Any] {
        let px = spot.mid
        return ["instId": index, "idxPx": text(px), "open24h": text(px * SimulatedMarket.dec("0.98")), "high24h": text(px * SimulatedMarket.dec("1.03")),
                "low24h": text(px * SimulatedMarket.dec("0.97")), "sodUtc0": text(px), "sodUtc8": text(px), "ts": String(state.serverMilliseconds())]
    }

    /// A future's estimated delivery price is its price; an option settles at its index.
    func estimatedPrice(_ i: SimulatedInstrument) -> [String: Any] {
        let px = i.instType == "OPTION" ? (SimulatedWebSocketHub.indexSource(i.uly, state)?.mid ?? i.mid) : i.mid
        return ["instType": i.instType, "instId": i.instId, "settleType": "settlement", "settlePx": text(px), "ts": String(state.serverMilliseconds())]
    }

    /// An option's summary: the forward is the index; a flat 50 % volatility; delta by moneyness
    /// (in or out of the money), the other greeks small and fixed. Not a pricing model.
    func optionSummary(_ i: SimulatedInstrument) -> [String: Any] {
        let index = SimulatedWebSocketHub.indexSource(i.uly, state)?.mid ?? i.mid
        let inTheMoney = i.optType == "C" ? index > i.stk : index < i.stk
        let delta: Decimal = (inTheMoney ? SimulatedMarket.dec("0.8") : SimulatedMarket.dec("0.2")) * (i.optType == "C" ? 1 : -1)
        return ["instType": "OPTION", "instId": i.instId, "uly": i.uly, "delta": text(delta), "gamma": "0.0001", "vega": "0.0002", "theta": "-0.0001",
                "deltaBS": text(delta), "gammaBS": "0.0001", "vegaBS": "20", "thetaBS": "-30", "lever": text(i.mid > 0 ? rounded(1 / i.mid, 4) : 0),
                "markVol": "0.5", "bidVol": "0.49", "askVol": "0.51", "realVol": "", "volLv": "0.5", "fwdPx": text(index),
                "ts": String(state.serverMilliseconds())]
    }

    /// The account's greeks per currency: with no option or future positions traded here, a
    /// currency's delta is its balance and the rest 0.
    func greeks(_ a: SimulatedExchange.Account, ccy: String?) -> [[String: Any]] {
        let now = String(state.serverMilliseconds())
        return a.balances.keys.sorted().filter { ccy == nil || $0 == ccy }.map { c in
            let delta = text(a.balances[c] ?? 0)
            return ["ccy": c, "deltaBS": delta, "deltaPA": delta, "gammaBS": "0", "gammaPA": "0", "thetaBS": "0", "thetaPA": "0",
                    "vegaBS": "0", "vegaPA": "0", "ts": now]
        }
    }
}
