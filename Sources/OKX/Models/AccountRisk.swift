public import Foundation

extension API.TradingAccount.GetPositions.Response {
    /// How far the mark price may move before the position is liquidated, as a fraction of the
    /// mark price (0.1 = 10 %); nil without a liquidation price (fully collateralised, or none).
    public var distanceToLiquidation: Decimal? {
        guard let liqPx, let markPx, markPx != 0 else { return nil }
        return abs(markPx - liqPx) / markPx
    }
}

extension API.TradingAccount.GetBalance.Response {
    /// How far the account is from forced liquidation: `mgnRatio − 1` (liquidation starts at a
    /// ratio of 1, i.e. 100 %); nil when OKX reports no account-level ratio (futures mode, no
    /// positions).
    public var marginAboveLiquidation: Decimal? { mgnRatio.map { $0 - 1 } }
}
