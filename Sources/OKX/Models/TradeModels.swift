public import Foundation

/// OKX's answer for one order of a place / cancel / amend call (single or batch).
public struct OrderAck: Codable, Sendable, Hashable {
    /// OKX's order ID; empty when the item failed or OKX's answer had none.
    public let ordId: String
    /// Your client order ID; nil when none was given.
    public let clOrdId: String?
    /// Order tag as sent; nil when OKX's answer had none.
    public let tag: String?
    /// When OKX handled the request; nil when OKX's answer had none.
    public let ts: Date?
    /// `"0"` when this order succeeded, else its error code; empty when OKX's answer had none.
    public let sCode: String
    /// OKX's message for this item; empty on success.
    public let sMsg: String
    /// Finer-grained error code for some failures (e.g. `1000` in `51008_1000`); nil when none.
    public let subCode: String?

    /// Whether this order succeeded.
    public var isSuccess: Bool { sCode == "0" }

    /// Success with an order id: an acknowledgement that proves OKX has the order. `{}` or an
    /// `sCode` of "0" without an `ordId` proves nothing and is treated as an unknown outcome.
    var isConfirmed: Bool { isSuccess && !ordId.isEmpty }

    /// A refusal with a real error code: OKX did not act on this item.
    var isRefusal: Bool { !sCode.isEmpty && sCode != "0" && Int(sCode) != nil && !["50004", "51149"].contains(sCode) }

    /// This order's error, nil when it succeeded.
    public var error: OKXError? {
        guard !isSuccess else { return nil }
        return .api(code: OKXError.Code(string: sCode) ?? OKXError.Code(-1), subCode: subCode.flatMap { Int($0) }, message: sMsg, httpStatus: nil, context: nil)
    }

    enum CodingKeys: String, CodingKey { case ordId, clOrdId, tag, ts, sCode, sMsg, subCode }

    /// The acknowledgement for an order found by lookup after an unknown outcome.
    init(found order: API.Trade.OrderDetails.Response) {
        ordId = order.ordId
        clOrdId = order.clOrdId
        tag = order.tag
        ts = order.cTime
        sCode = "0"
        sMsg = ""
        subCode = nil
    }

    /// Decodes leniently: missing fields become empty strings or nil, and a missing `sCode` stays empty so that it is not mistaken for success.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ordId = try c.decodeIfPresent(String.self, forKey: .ordId) ?? ""
        clOrdId = try c.decodeIfPresent(String.self, forKey: .clOrdId).flatMap { $0.isEmpty ? nil : $0 }
        tag = try c.decodeIfPresent(String.self, forKey: .tag)
        ts = try c.decodeIfPresent(Date.self, forKey: .ts)
        // Missing means "not said", not success: an empty acknowledgement must not pass for one.
        sCode = try c.decodeIfPresent(String.self, forKey: .sCode) ?? ""
        sMsg = try c.decodeIfPresent(String.self, forKey: .sMsg) ?? ""
        subCode = try c.decodeIfPresent(String.self, forKey: .subCode)
    }
}

/// An order as OKX reports it (`GET /api/v5/trade/order`, `orders-pending`).
public struct Order: Codable, Sendable, Hashable {
    /// Product line of the instrument.
    public let instType: InstrumentType
    /// Instrument the order is for.
    public let instId: String
    /// OKX's order ID.
    public let ordId: String
    /// Your client order ID; nil when none was given.
    public let clOrdId: String?
    /// Order tag; nil when empty.
    public let tag: String?
    /// Limit price; nil for market orders.
    public let px: Decimal?
    /// Order size: base currency for spot (quote currency for spot market buys by default), contracts for derivatives.
    public let sz: Decimal
    /// Order type (market, limit, post-only, …).
    public let ordType: OrderType
    /// Buy or sell.
    public let side: Side
    /// Position side in long/short mode; nil or `net` in net mode.
    public let posSide: PositionSide?
    /// Margin mode the order trades in.
    public let tdMode: TradeMode
    /// Filled size so far.
    public let accFillSz: Decimal?
    /// Average price of the fills so far; nil before the first fill.
    public let avgPx: Decimal?
    /// Price of the latest fill; nil before the first fill.
    public let fillPx: Decimal?
    /// Where the order is in its life cycle.
    public let state: OrderState
    /// Fee charged so far; negative means a fee paid, positive a rebate.
    public let fee: Decimal?
    /// Currency the fee is charged in.
    public let feeCcy: String?
    /// When the order was created.
    public let cTime: Date
    /// When the order was last updated; nil when OKX leaves it empty.
    public let uTime: Date?
}
