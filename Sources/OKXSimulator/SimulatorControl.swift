public import Foundation
import Hummingbird

/// What moving an instrument's price did.
public struct PriceMove: Sendable {
    /// The instrument and the price as set (rounded to its tick): its mark, last and index price.
    public var instId: String
    /// The price as set, rounded to the instrument's tick.
    public var price: Decimal
    /// Resting limit orders the new price crossed, filled at their own price as makers.
    public var filled: [SimulatedOrder]
    /// Algo orders the new price triggered (now `effective` or `order_failed`).
    public var triggered: [SimulatedAlgoOrder]
    /// The child orders those algo orders placed.
    public var algoChildren: [SimulatedOrder]
    /// The `full_liquidation` orders that closed positions whose `liqPx` the price reached.
    public var liquidated: [SimulatedOrder]
    /// The orders trading bots placed in response (grid refills, DCA take profits and new cycles).
    public var botOrders: [SimulatedOrder] = []
}

extension SimulatorState {
    /// Sets the price, then does what the market would: fills the resting orders it crosses,
    /// triggers algo orders, liquidates positions past their `liqPx`. Pushes the moved book, order,
    /// algo and market updates to WebSocket subscribers.
    func movePrice(_ instId: String, to price: Decimal) throws(ExchangeError) -> PriceMove {
        let set = try hub.movePrice(instId, to: price, state: self)
        let now = serverMilliseconds()
        let filled = exchange.fillCrossed(instId: instId, price: set, now: now)
        for order in filled { hub.notify(order, state: self) }
        var triggered: [SimulatedAlgoOrder] = [], children: [SimulatedOrder] = []
        for (algo, childPx) in exchange.triggerAlgos(instId: instId, price: set, now: now) {
            let placement = SimulatedExchange.Placement(instId: algo.instId, side: algo.side, ordType: childPx == nil ? "market" : "limit",
                                                        tdMode: algo.tdMode, size: algo.size, price: childPx, clOrdId: "", tag: algo.tag,
                                                        tgtCcy: childPx == nil && exchange.instruments(type: "SPOT", instId: algo.instId).isEmpty == false ? "base_ccy" : "",
                                                        reduceOnly: algo.reduceOnly)
            do {
                var child = try exchange.place(placement, account: algo.account, now: now)
                let recorded = exchange.recordAlgoChild(algoId: algo.algoId, ordId: child.ordId, failCode: nil, now: now)
                child.algoId = algo.algoId
                hub.notify(child, state: self)
                children.append(child)
                triggered.append(recorded ?? algo)
            } catch {
                triggered.append(exchange.recordAlgoChild(algoId: algo.algoId, ordId: nil, failCode: error.code, now: now) ?? algo)
            }
            if let done = triggered.last { hub.publishAlgo(done, state: self) }
        }
        let botOrders = runBots(after: filled) + runBotStops(instId: instId, price: set)
        let liquidated = liquidate(instId: instId)
        exchange.settleLast(instId)
        hub.publishPriceMove(instId, state: self)
        return PriceMove(instId: instId, price: set, filled: filled, triggered: triggered, algoChildren: children, liquidated: liquidated,
                         botOrders: botOrders)
    }

    /// Liquidates the positions (of `instId`, or all) whose `liqPx` the current price has reached.
    func liquidate(instId: String?) -> [SimulatedOrder] {
        let orders = exchange.liquidate(instId: instId, accounts: configuration.keys.map(\.apiKey), now: serverMilliseconds())
        for order in orders { hub.notify(order, state: self) }
        hub.publishLiquidations(orders, state: self)
        return orders
    }
}

/// The control API: `/sim/v1/…`, a path OKX does not use, answered before anything OKX-like
/// (no signature, no rate limit, no injected fault applies). JSON in, OKX's envelope out
/// (`{"code":"0","msg":"","data":[…]}`); errors carry the OKX code the exchange logic decided
/// on (51001 unknown instrument, 51000 bad parameter, 50014 missing one) with HTTP 400.
///
/// - `GET  /sim/v1/price?instId=BTC-USDT` — the price (mark = last = index) and best bid/ask.
/// - `POST /sim/v1/price` `{"instId": "BTC-USDT", "px": "60000"}` — sets the price and moves the
///   book around it; fills resting orders it crosses, triggers algo orders, liquidates
///   positions past their `liqPx`. Answers what happened.
/// - `POST /sim/v1/fill` `{"instId": "BTC-USDT"}` (instId optional) — fills every resting order
///   at its own price, as if the market had traded through it.
/// - `POST /sim/v1/liquidate` `{"instId": "BTC-USDT-SWAP"}` (optional) — runs the liquidation check.
/// - `POST /sim/v1/instrument` `{"instId": "ABC-USDT", "listTime": "…", "auctionEndTime": "…",
///   "px": "1.5", "tickSz", "lotSz", "minSz", "baseBalance"}` (all but instId optional) — lists a
///   spot pair in `preopen` (SimulatedListings.swift).
/// - `POST /sim/v1/instrument/state` `{"instId": "ABC-USDT", "state": "live"}` — sets the state;
///   `preopen` → `live` uncrosses the auction at one price and answers it with the fills.
/// - `POST /sim/v1/advance` `{"ms": 86400000}` or `{"to": 1767225600000}` — moves the trading bots'
///   clock ahead and runs the recurring buys that fall due; the rest of the simulator keeps its clock.
///
/// With ``SimulatorConfiguration/controlAPI`` off, every `/sim/` path answers HTTP 403.
struct SimulatorControl {
    let state: SimulatorState

    static func handles(_ path: String) -> Bool { path == "/sim" || path.hasPrefix("/sim/") }

    func respond(method: String, path: String, query: String?, body: [UInt8]) -> Response {
        guard state.configuration.controlAPI else {
            return envelope(403, code: "403", msg: "The simulator's control API is disabled (SimulatorConfiguration.controlAPI, okx sim --no-control)", data: [])
        }
        let json = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        let q = Query(query)
        let r = Rendering(state: state)
        switch (method, path) {
        case ("GET", "/sim/v1/price"):
            guard let instId = q["instId"] else { return failure(ExchangeError(code: 50014, params: ["instId"])) }
            guard let (instrument, book) = state.exchange.book(instId) else { return failure(ExchangeError(code: 51001)) }
            let px = r.text(instrument.mid)
            return envelope(200, code: "0", msg: "", data: [["instId": instId, "px": px, "markPx": px, "last": px, "idxPx": px,
                                                             "bidPx": book.bids.first.map { r.text($0.price) } ?? "",
                                                             "askPx": book.asks.first.map { r.text($0.price) } ?? ""]])
        case ("POST", "/sim/v1/price"):
            guard let instId = json["instId"] as? String, !instId.isEmpty else { return failure(ExchangeError(code: 50014, params: ["instId"])) }
            guard let px = decimal(json["px"]) else { return failure(ExchangeError(code: 50014, params: ["px"])) }
            do {
                let move = try state.movePrice(instId, to: px)
                return envelope(200, code: "0", msg: "", data: [[
                    "instId": move.instId, "px": r.text(move.price), "filled": move.filled.map { order($0, r) },
                    "triggered": move.triggered.map { ["algoId": $0.algoId, "ordType": $0.ordType, "state": $0.state, "actualSide": $0.actualSide, "ordId": $0.ordId] },
                    "liquidated": move.liquidated.map { order($0, r) },
                ]])
            } catch {
                return failure(error)
            }
        case ("POST", "/sim/v1/fill"):
            let instId = (json["instId"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            let filled = state.exchange.fillResting(instId: instId, now: state.serverMilliseconds())
            for order in filled { state.hub.notify(order, state: state) }
            let botOrders = state.runBots(after: filled)
            return envelope(200, code: "0", msg: "", data: [["filled": filled.map { order($0, r) }, "botOrders": botOrders.map { order($0, r) }]])
        case ("POST", "/sim/v1/advance"):
            // Moves the bots' clock (recurring buys) ahead: by `ms`, or to the epoch-ms time `to`.
            let now = state.botMilliseconds()
            let target: Int64?
            if let ms = decimal(json["ms"]) { target = now + Int64(truncating: NSDecimalNumber(decimal: ms)) }
            else if let to = decimal(json["to"]) { target = Int64(truncating: NSDecimalNumber(decimal: to)) }
            else { return failure(ExchangeError(code: 50014, params: ["ms"])) }
            guard let target, target >= now else { return failure(ExchangeError(code: 51000, params: ["to"])) }
            let orders = state.advanceBotClock(by: target - now)
            return envelope(200, code: "0", msg: "", data: [["ts": String(state.botMilliseconds()), "orders": orders.map { order($0, r) }]])
        case ("POST", "/sim/v1/liquidate"):
            let instId = (json["instId"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            return envelope(200, code: "0", msg: "", data: [["liquidated": state.liquidate(instId: instId).map { order($0, r) }]])
        case ("POST", "/sim/v1/instrument"):
            return listInstrument(json, r)
        case ("POST", "/sim/v1/instrument/state"):
            return setInstrumentState(json, r)
        default:
            return envelope(404, code: "404", msg: "Not Found", data: [])
        }
    }

    private func listInstrument(_ json: [String: Any], _ r: Rendering) -> Response {
        guard let instId = json["instId"] as? String, !instId.isEmpty else { return failure(ExchangeError(code: 50014, params: ["instId"])) }
        let now = state.serverMilliseconds()
        var listing = SimulatedListing(instId: instId, listTime: decimal(json["listTime"]).map { NSDecimalNumber(decimal: $0).int64Value } ?? now,
                                       auctionEndTime: decimal(json["auctionEndTime"]).map { NSDecimalNumber(decimal: $0).int64Value })
        if let px = decimal(json["px"]) { listing.price = px }
        if let tick = decimal(json["tickSz"]) { listing.tickSz = tick }
        if let lot = decimal(json["lotSz"]) { listing.lotSz = lot }
        if let min = decimal(json["minSz"]) { listing.minSz = min }
        if let balance = decimal(json["baseBalance"]) { listing.baseBalance = balance }
        do {
            try state.exchange.list(listing, accounts: state.configuration.keys.map(\.apiKey))
        } catch {
            return failure(error)
        }
        let listed = state.exchange.instruments(type: "SPOT", instId: instId).map(r.instrument)
        return envelope(200, code: "0", msg: "", data: listed)
    }

    private func setInstrumentState(_ json: [String: Any], _ r: Rendering) -> Response {
        guard let instId = json["instId"] as? String, !instId.isEmpty else { return failure(ExchangeError(code: 50014, params: ["instId"])) }
        guard let newState = json["state"] as? String, !newState.isEmpty else { return failure(ExchangeError(code: 50014, params: ["state"])) }
        do {
            let opening = try state.setInstrumentState(instId, to: newState)
            return envelope(200, code: "0", msg: "", data: [[
                "instId": instId, "state": newState, "auctionPx": opening.auctionPrice.map(r.text) ?? "", "matchedSz": r.text(opening.matchedSize),
                "filled": opening.filled.map { order($0, r) },
            ]])
        } catch {
            return failure(error)
        }
    }

    private func order(_ o: SimulatedOrder, _ r: Rendering) -> [String: Any] {
        ["instId": o.instId, "ordId": o.ordId, "clOrdId": o.clOrdId, "side": o.side, "sz": r.text(o.size), "accFillSz": r.text(o.filled),
         "avgPx": o.averagePrice.map(r.text) ?? "", "state": o.state, "category": o.category]
    }

    private func decimal(_ value: Any?) -> Decimal? {
        if let number = value as? NSNumber { return decimal(number.stringValue) }
        guard let text = value as? String, !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    private func failure(_ error: ExchangeError) -> Response {
        var text = documentedError(error.code)?.message ?? "Simulated error \(error.code)"
        for (i, p) in error.params.enumerated() { text = text.replacingOccurrences(of: "{param\(i)}", with: p) }
        return envelope(400, code: String(error.code), msg: text, data: [])
    }

    private func envelope(_ status: Int, code: String, msg: String, data: [Any]) -> Response {
        let object: [String: Any] = ["code": code, "msg": msg, "data": data]
        let bytes = (try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes, .sortedKeys])) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
