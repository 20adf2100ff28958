public import Foundation

/// `GET /api/v5/account/balance`: the trading account as a whole.
public struct AccountBalance: Codable, Sendable, Hashable {
    /// Total equity in USD.
    public let totalEq: Decimal?
    /// Adjusted equity in USD (after collateral haircuts); empty in futures mode.
    public let adjEq: Decimal?
    public let imr: Decimal?
    public let mmr: Decimal?
    /// Margin ratio = adjusted equity / maintenance margin (a plain ratio: 3 = 300 %).
    /// Forced liquidation starts at 1.0 (100 %); OKX alerts at 3.0 by default.
    public let mgnRatio: Decimal?
    public let notionalUsd: Decimal?
    public let uTime: Date?
    public let details: [BalanceDetail]

    /// How far the account is from forced liquidation: `mgnRatio − 1`, nil when OKX does
    /// not report an account-level ratio (futures mode, no positions).
    public var marginAboveLiquidation: Decimal? { mgnRatio.map { $0 - 1 } }
}

/// One currency inside ``AccountBalance``.
public struct BalanceDetail: Codable, Sendable, Hashable {
    public let ccy: String
    public let eq: Decimal?
    public let cashBal: Decimal?
    public let availBal: Decimal?
    public let frozenBal: Decimal?
    public let ordFrozen: Decimal?
    public let availEq: Decimal?
    public let eqUsd: Decimal?
    public let upl: Decimal?
    /// Currency-level margin ratio (cross margin in futures mode).
    public let mgnRatio: Decimal?
    public let uTime: Date?
}

/// `GET /api/v5/account/positions`.
public struct Position: Codable, Sendable, Hashable {
    public let instType: InstrumentType
    public let instId: String
    public let mgnMode: TradeMode
    public let posSide: PositionSide
    public let pos: Decimal
    public let posId: String?
    public let ccy: String?
    public let avgPx: Decimal?
    public let markPx: Decimal?
    public let upl: Decimal?
    public let uplRatio: Decimal?
    public let lever: Decimal?
    /// Estimated liquidation (mark) price.
    public let liqPx: Decimal?
    /// Maintenance margin ratio of this position.
    public let mgnRatio: Decimal?
    public let imr: Decimal?
    public let mmr: Decimal?
    public let margin: Decimal?
    public let notionalUsd: Decimal?
    public let cTime: Date?
    public let uTime: Date?

    /// Distance from the mark price to the liquidation price, as a fraction of the mark price.
    public var distanceToLiquidation: Decimal? {
        guard let liqPx, let markPx, markPx != 0 else { return nil }
        return abs(markPx - liqPx) / markPx
    }
}

/// One push of the `balance_and_position` channel: what changed in balances and positions, and
/// why (`eventType`: `snapshot`, `delivered`, `exercised`, `transferred`, `filled`, `liquidation`,
/// `claw_back`, `adl`, `funding_fee`, `adjust_margin`, `set_leverage`, `interest_deduction`…).
public struct BalanceAndPosition: Codable, Sendable, Hashable {
    public let pTime: Date?
    public let eventType: String
    public let balData: [Balance]
    public let posData: [PositionChange]
    public let trades: [TradeReference]?

    public struct Balance: Codable, Sendable, Hashable {
        public let ccy: String
        public let cashBal: Decimal?
        public let uTime: Date?
    }

    public struct PositionChange: Codable, Sendable, Hashable {
        public let posId: String?
        public let tradeId: String?
        public let instId: String
        public let instType: InstrumentType
        public let mgnMode: TradeMode?
        public let posSide: PositionSide?
        public let pos: Decimal?
        public let ccy: String?
        public let posCcy: String?
        public let avgPx: Decimal?
        public let uTime: Date?
    }

    public struct TradeReference: Codable, Sendable, Hashable {
        public let instId: String
        public let tradeId: String
    }
}
