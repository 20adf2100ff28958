import Foundation

/// A take-profit / stop-loss attached to an ordinary order (`attachAlgoOrds`). It waits with
/// the order and becomes an algo order (`conditional`, or `oco` with both legs) when the order
/// fills, closing what the fill opened: the opposite side, the filled size, reduce-only on
/// contracts.
struct AttachedAlgo: Sendable, Hashable {
    var attachAlgoClOrdId = ""
    var tpTriggerPx: Decimal?
    var tpOrdPx: Decimal?
    var tpTriggerPxType = ""
    var slTriggerPx: Decimal?
    var slOrdPx: Decimal?
    var slTriggerPxType = ""
    /// The algo order it became, once the order filled.
    var algoId = ""
    /// OKX's code when the algo order could not be placed at the fill (e.g. the fill price was
    /// already past its trigger).
    var failCode = ""
}

extension SimulatedExchange {
    /// Turns the filled order's waiting TP/SL into algo orders; the caller holds the lock.
    static func activateAttached(_ order: inout SimulatedOrder, state s: inout State, now: Int64) {
        guard !order.attached.isEmpty, let instrument = s.instruments[order.instId] else { return }
        // What the fill left to close: on spot, the base bought minus the fee taken in it.
        var size = order.filled
        if instrument.isSpot && order.side == "buy" && order.feeCcy == instrument.baseCcy { size += order.fee }
        size = Self.floor(size, instrument.lotSz)
        for index in order.attached.indices where order.attached[index].algoId.isEmpty && order.attached[index].failCode.isEmpty {
            let spec = order.attached[index]
            var p = AlgoPlacement(instId: order.instId, side: order.side == "buy" ? "sell" : "buy",
                                  ordType: spec.tpTriggerPx != nil && spec.slTriggerPx != nil ? "oco" : "conditional",
                                  tdMode: order.tdMode, size: size)
            p.algoClOrdId = spec.attachAlgoClOrdId
            p.tag = order.tag
            p.reduceOnly = !instrument.isSpot
            p.tpTriggerPx = spec.tpTriggerPx
            p.tpOrdPx = spec.tpOrdPx
            p.tpTriggerPxType = spec.tpTriggerPxType.isEmpty ? "last" : spec.tpTriggerPxType
            p.slTriggerPx = spec.slTriggerPx
            p.slOrdPx = spec.slOrdPx
            p.slTriggerPxType = spec.slTriggerPxType.isEmpty ? "last" : spec.slTriggerPxType
            do {
                order.attached[index].algoId = try insertAlgo(p, account: order.account, now: now, state: &s).algoId
            } catch {
                order.attached[index].failCode = String(error.code)
            }
        }
    }
}
