public import Foundation

/// OKX's answer for one order of a place / cancel / amend call (single or batch).
public struct OrderAck: Codable, Sendable, Hashable {
    public let ordId: String
    public let clOrdId: String?
    public let tag: String?
    public let ts: Date?
    /// `"0"` when this order succeeded, else its error code; empty when OKX's answer had none.
    public let sCode: String
    public let sMsg: String
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
    public let instType: InstrumentType
    public let instId: String
    public let ordId: String
    public let clOrdId: String?
    public let tag: String?
    public let px: Decimal?
    public let sz: Decimal
    public let ordType: OrderType
    public let side: Side
    public let posSide: PositionSide?
    public let tdMode: TradeMode
    /// Filled size so far.
    public let accFillSz: Decimal?
    public let avgPx: Decimal?
    public let fillPx: Decimal?
    public let state: OrderState
    public let fee: Decimal?
    public let feeCcy: String?
    public let cTime: Date
    public let uTime: Date?
}
