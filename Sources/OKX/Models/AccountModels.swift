public import Foundation

/// `GET /api/v5/account/balance`: the trading account as a whole.
public struct AccountBalance: Codable, Sendable, Hashable {
    /// Total equity in USD.
    public let totalEq: Decimal?
    /// Adjusted equity in USD (after collateral haircuts); empty in futures mode.
    public let adjEq: Decimal?
    /// Initial margin requirement of the account, in USD.
    public let imr: Decimal?
    /// Maintenance margin requirement of the account, in USD; equity below it means liquidation.
    public let mmr: Decimal?
    /// Margin ratio = adjusted equity / maintenance margin (a plain ratio: 3 = 300 %).
    /// Forced liquidation starts at 1.0 (100 %); OKX alerts at 3.0 by default.
    public let mgnRatio: Decimal?
    /// Notional value of all positions, in USD.
    public let notionalUsd: Decimal?
    /// When OKX last updated the balance.
    public let uTime: Date?
    /// One entry per currency held; empty when the account holds nothing.
    public let details: [BalanceDetail]

    /// How far the account is from forced liquidation: `mgnRatio − 1`, nil when OKX does
    /// not report an account-level ratio (futures mode, no positions).
    public var marginAboveLiquidation: Decimal? { mgnRatio.map { $0 - 1 } }
}

/// One currency inside ``AccountBalance``.
public struct BalanceDetail: Codable, Sendable, Hashable {
    /// Currency code, e.g. `USDT`.
    public let ccy: String
    /// Equity of this currency, in the currency's units.
    public let eq: Decimal?
    /// Cash balance, in the currency's units.
    public let cashBal: Decimal?
    /// Balance that can be used now, in the currency's units.
    public let availBal: Decimal?
    /// Balance locked by open orders, loans or other holds, in the currency's units.
    public let frozenBal: Decimal?
    /// Part of the frozen balance held by open orders.
    public let ordFrozen: Decimal?
    /// Equity that can be used as margin, in the currency's units; empty in some account modes.
    public let availEq: Decimal?
    /// Equity of this currency converted to USD.
    public let eqUsd: Decimal?
    /// Unrealised profit and loss of this currency's positions.
    public let upl: Decimal?
    /// Currency-level margin ratio (cross margin in futures mode).
    public let mgnRatio: Decimal?
    /// When OKX last updated this currency's balance.
    public let uTime: Date?
}

/// `GET /api/v5/account/positions`.
public struct Position: Codable, Sendable, Hashable {
    /// Product line of the position (margin, swap, futures, option).
    public let instType: InstrumentType
    /// Instrument held, e.g. `BTC-USDT-SWAP`.
    public let instId: String
    /// Margin mode: `cross` or `isolated`.
    public let mgnMode: TradeMode
    /// `long` or `short` in long/short mode, `net` in net mode.
    public let posSide: PositionSide
    /// Position size (contracts for derivatives); negative for a short position in net mode.
    public let pos: Decimal
    /// OKX's identifier of the position.
    public let posId: String?
    /// Margin currency; nil when OKX leaves it empty.
    public let ccy: String?
    /// Average open price.
    public let avgPx: Decimal?
    /// Latest mark price, used for profit and loss and liquidation.
    public let markPx: Decimal?
    /// Unrealised profit and loss at the mark price, in the margin currency.
    public let upl: Decimal?
    /// Unrealised profit and loss as a ratio of the margin (0.01 = 1 %).
    public let uplRatio: Decimal?
    /// Leverage of the position.
    public let lever: Decimal?
    /// Estimated liquidation (mark) price.
    public let liqPx: Decimal?
    /// Maintenance margin ratio of this position.
    public let mgnRatio: Decimal?
    /// Initial margin requirement (cross margin).
    public let imr: Decimal?
    /// Maintenance margin requirement.
    public let mmr: Decimal?
    /// Margin put up for an isolated position; nil for cross margin.
    public let margin: Decimal?
    /// Notional value of the position, in USD.
    public let notionalUsd: Decimal?
    /// When the position was opened.
    public let cTime: Date?
    /// When the position was last updated.
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
    /// When OKX produced the push.
    public let pTime: Date?
    /// What caused the change, e.g. `snapshot` or `filled` (see the type's description).
    public let eventType: String
    /// Currencies whose cash balance changed.
    public let balData: [Balance]
    /// Positions that changed.
    public let posData: [PositionChange]
    /// Trades behind the change; nil when the event has none (e.g. a snapshot).
    public let trades: [TradeReference]?

    /// One currency's new cash balance.
    public struct Balance: Codable, Sendable, Hashable {
        /// Currency code, e.g. `USDT`.
        public let ccy: String
        /// Cash balance after the change, in the currency's units.
        public let cashBal: Decimal?
        /// When the balance changed.
        public let uTime: Date?
    }

    /// One position's state after the change.
    public struct PositionChange: Codable, Sendable, Hashable {
        /// OKX's identifier of the position.
        public let posId: String?
        /// Trade that changed the position; nil when no trade did.
        public let tradeId: String?
        /// Instrument held.
        public let instId: String
        /// Product line of the position.
        public let instType: InstrumentType
        /// Margin mode: `cross` or `isolated`.
        public let mgnMode: TradeMode?
        /// Position side; `net` in net mode.
        public let posSide: PositionSide?
        /// Position size after the change; 0 when it was closed.
        public let pos: Decimal?
        /// Margin currency.
        public let ccy: String?
        /// Currency a margin position is held in.
        public let posCcy: String?
        /// Average open price.
        public let avgPx: Decimal?
        /// When the position changed.
        public let uTime: Date?
    }

    /// Identifies a trade that caused the change.
    public struct TradeReference: Codable, Sendable, Hashable {
        /// Instrument the trade was in.
        public let instId: String
        /// OKX's trade ID, as in fills.
        public let tradeId: String
    }
}
