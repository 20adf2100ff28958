public import Foundation

extension API.TradingAccount.GetPositions.Response {
    /// How far the mark price may move before the position is liquidated, as a fraction of the
    /// mark price (0.1 = 10 %); nil without a liquidation price (fully collateralised, or none).
    public var distanceToLiquidation: Decimal? {
        guard let liqPx, let markPx, markPx != 0 else { return nil }
        return abs(markPx - liqPx) / markPx
    }

    /// The price change that reaches the liquidation price: `liqPx − markPx`, negative when the
    /// price must fall (a long), positive when it must rise (a short); nil without `liqPx`.
    public var priceMoveToLiquidation: Decimal? {
        guard let liqPx, let markPx else { return nil }
        return liqPx - markPx
    }
}

extension API.TradingAccount.GetBalance.Response {
    /// The margin ratio at which OKX warns (300 %): below it the account is in the margin-call
    /// zone.
    public static let marginCallRatio: Decimal = 3
    /// The margin ratio at which forced liquidation starts (100 %).
    public static let liquidationRatio: Decimal = 1

    /// How far the account is from forced liquidation: `mgnRatio − 1` (liquidation starts at a
    /// ratio of 1, i.e. 100 %); nil when OKX reports no account-level ratio (futures mode, no
    /// positions).
    public var marginAboveLiquidation: Decimal? { mgnRatio.map { $0 - Self.liquidationRatio } }

    /// How far the account is from the margin call: `mgnRatio − 3`, negative inside the
    /// margin-call zone; nil without an account-level ratio.
    public var marginAboveMarginCall: Decimal? { mgnRatio.map { $0 - Self.marginCallRatio } }
}
