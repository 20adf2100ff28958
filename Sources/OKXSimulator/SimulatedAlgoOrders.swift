public import Foundation

/// An algo order (`trade/order-algo`) as the simulator keeps it: it rests until the price of its
/// instrument crosses its trigger, then places its child order and becomes `effective`.
///
/// The simulator keeps one price per instrument (mark = last = index), so `tpTriggerPxType`,
/// `slTriggerPxType` and `triggerPxType` are echoed but all compare against that price.
public struct SimulatedAlgoOrder: Sendable, Hashable {
    /// The API key whose account placed it.
    public var account: String
    /// The instrument it watches and trades.
    public var instId: String
    /// OKX's id, and the client's own (`algoClOrdId`, or "").
    public var algoId: String
    /// The client's own id for it (`algoClOrdId`), or "".
    public var algoClOrdId: String
    /// The `tag` it was placed with, given to its child order.
    public var tag: String
    /// `conditional`, `oco`, `trigger` or `move_order_stop`.
    public var ordType: String
    /// The child order's side, trade mode, size and reduce-only flag.
    public var side: String
    /// The child order's trade mode (`cash`, `cross`, `isolated`).
    public var tdMode: String
    /// The child order's size, in the instrument's `sz` unit.
    public var size: Decimal
    /// Whether the child order may only reduce a position.
    public var reduceOnly: Bool
    /// `live`, then `effective` (triggered, child placed), `canceled` or `order_failed`.
    public var state: String
    /// Take profit: the trigger and its price type as sent (`last`, `mark`, `index`).
    public var tpTriggerPx: Decimal?
    /// The take-profit trigger's price type as sent (`last`, `mark`, `index`; "" for none).
    public var tpTriggerPxType: String = ""
    /// -1: a market child order.
    public var tpOrdPx: Decimal?
    /// Stop loss: the trigger, its price type, and the child's price (-1: market).
    public var slTriggerPx: Decimal?
    /// The stop-loss trigger's price type as sent ("" for none).
    public var slTriggerPxType: String = ""
    /// The stop-loss child's price (-1: market).
    public var slOrdPx: Decimal?
    /// `trigger` orders: the trigger and the child's price (-1: market).
    public var triggerPx: Decimal?
    /// `trigger` orders: the trigger's price type as sent.
    public var triggerPxType: String = ""
    /// `trigger` orders: the child's price (-1: market).
    public var orderPx: Decimal?
    /// Whether a `trigger` order waits for the price to rise to ``triggerPx`` (else to fall).
    public var triggersRising: Bool = true
    /// `move_order_stop`: the callback as a ratio (0.05 = 5 %) or a price distance.
    public var callbackRatio: Decimal?
    /// `move_order_stop`: the callback as a price distance.
    public var callbackSpread: Decimal?
    /// `move_order_stop`: the price that activates the trailing (none: active at once).
    public var activePx: Decimal?
    /// `move_order_stop`: the best price since activation (highest for a sell, lowest for a buy).
    public var extreme: Decimal?
    /// `move_order_stop`: where it would trigger now.
    public var moveTriggerPx: Decimal?
    /// The price when the order was placed (`last` until it triggers).
    public var last: Decimal
    /// After triggering: `tp` or `sl` (conditional, oco), the child order and what it was sent with.
    public var actualSide: String = ""
    /// The child's price (-1: market) and size.
    public var actualPx: Decimal?
    /// The child order's size once triggered (0 before).
    public var actualSz: Decimal = 0
    /// The child order's ordId.
    public var ordId: String = ""
    /// "0" once the child was placed, else the OKX code that refused it.
    public var failCode: String = ""
    /// When it triggered (ms).
    public var triggerTime: Int64?
    /// When it was placed and last changed (ms).
    public var createdAt: Int64
    /// When it last changed state (ms).
    public var updatedAt: Int64

    /// Resting, not yet triggered.
    public var isLive: Bool { state == "live" }
}

extension Rendering {
    /// An algo order as `orders-algo-pending`, `orders-algo-history` and `order-algo` show it
    /// (every field of the docs' example).
    func algoOrder(_ a: SimulatedAlgoOrder) -> [String: Any] {
        let instrument = state.exchange.instruments(type: nil, instId: a.instId).first
        func px(_ value: Decimal?) -> String { value.map(text) ?? "" }
        return ["activePx": px(a.activePx), "actualPx": px(a.actualPx), "actualSide": a.actualSide, "actualSz": text(a.actualSz),
                "algoClOrdId": a.algoClOrdId, "algoId": a.algoId, "amendPxOnTriggerType": "0", "attachAlgoOrds": [] as [Any],
                "cTime": String(a.createdAt), "callbackRatio": px(a.callbackRatio), "callbackSpread": px(a.callbackSpread), "ccy": "",
                "chaseType": "", "chaseVal": "", "clOrdId": "", "closeFraction": "", "failCode": a.failCode, "instId": a.instId,
                "instType": instrument?.instType ?? "SPOT", "isTradeBorrowMode": "", "last": text(a.last),
                "lever": instrument?.isContract == true ? "10" : "", "linkedOrd": ["ordId": ""], "maxChaseType": "", "maxChaseVal": "",
                "moveTriggerPx": px(a.moveTriggerPx), "ordId": a.ordId, "ordIdList": a.ordId.isEmpty ? [] : [a.ordId], "ordPx": px(a.orderPx),
                "ordType": a.ordType, "posSide": "net", "pxLimit": "", "pxSpread": "", "pxVar": "", "quickMgnType": "",
                "reduceOnly": a.reduceOnly ? "true" : "false", "side": a.side, "slOrdPx": px(a.slOrdPx), "slTriggerPx": px(a.slTriggerPx),
                "slTriggerPxType": a.slTriggerPx == nil ? "" : a.slTriggerPxType, "state": a.state, "sz": text(a.size), "szLimit": "", "tag": a.tag,
                "tdMode": a.tdMode, "tgtCcy": "", "timeInterval": "", "tpOrdPx": px(a.tpOrdPx), "tpTriggerPx": px(a.tpTriggerPx),
                "tpTriggerPxType": a.tpTriggerPx == nil ? "" : a.tpTriggerPxType, "tradeQuoteCcy": instrument?.isSpot == true ? instrument?.quoteCcy ?? "" : "",
                "triggerPx": px(a.triggerPx), "triggerPxType": a.triggerPx == nil ? "" : a.triggerPxType,
                "triggerTime": a.triggerTime.map(String.init) ?? "", "uTime": String(a.updatedAt)]
    }
}

extension SimulatedAlgoOrder {
    /// Moves a `move_order_stop` order's trailing state to `price`; for every type, whether
    /// `price` triggers it now, and with which child price (nil: market) and side (`tp`/`sl`).
    mutating func evaluate(at price: Decimal) -> (childPx: Decimal?, actualSide: String)? {
        let sell = side == "sell"
        func child(_ px: Decimal?) -> Decimal? { px.flatMap { $0 == -1 ? nil : $0 } }
        switch ordType {
        case "conditional", "oco":
            // A sell closes a long: take profit above, stop loss below; a buy the other way round.
            if let tp = tpTriggerPx, sell ? price >= tp : price <= tp { return (child(tpOrdPx), "tp") }
            if let sl = slTriggerPx, sell ? price <= sl : price >= sl { return (child(slOrdPx), "sl") }
            return nil
        case "trigger":
            guard let trigger = triggerPx else { return nil }
            return (triggersRising ? price >= trigger : price <= trigger) ? (child(orderPx), "") : nil
        case "move_order_stop":
            if extreme == nil {
                guard activePx.map({ sell ? price >= $0 : price <= $0 }) ?? true else { return nil }
                extreme = price
            }
            guard var best = extreme else { return nil }
            best = sell ? max(best, price) : min(best, price)
            extreme = best
            let distance = callbackSpread ?? best * (callbackRatio ?? 0)
            let stop = sell ? best - distance : best + distance
            moveTriggerPx = stop
            return (sell ? price <= stop : price >= stop) ? (nil, "") : nil
        default:
            return nil
        }
    }
}
