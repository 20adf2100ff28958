public import Foundation

/// An algo order (trigger, conditional, OCO, trailing stop, iceberg, TWAP, chase) as OKX
/// reports it: `GET /api/v5/trade/orders-algo-pending` and `-history`, and the `orders-algo`
/// and `algo-advance` WebSocket channels. Prices OKX leaves empty are nil; an order price of
/// -1 means "market".
public struct AlgoOrder: Codable, Sendable, Hashable {
    /// Product line the algo order trades in (spot, margin, swap, futures, option).
    public let instType: InstrumentType
    /// Instrument the order is for, e.g. `BTC-USDT-SWAP`.
    public let instId: String
    /// OKX's identifier of the algo order; use it to amend or cancel.
    public let algoId: String
    /// Your own client-assigned algo ID; nil when none was given.
    public let algoClOrdId: String?
    /// Kind of algo order (conditional, OCO, trigger, trailing stop, …).
    public let ordType: AlgoOrderType
    /// Where the algo order is in its life cycle.
    public let state: AlgoOrderState
    /// Buy or sell; nil for algo kinds where OKX leaves it empty.
    public let side: Side?
    /// Position side in long/short mode; nil (or `net`) in net mode.
    public let posSide: PositionSide?
    /// Margin mode of the order (`cash`, `cross`, `isolated`); nil when OKX leaves it empty.
    public let tdMode: TradeMode?
    /// Order size: base currency for spot, contracts for derivatives; nil when OKX leaves it empty.
    public let sz: Decimal?
    /// The order price once triggered; -1 for a market order.
    public let ordPx: Decimal?
    /// Price that fires a trigger order; nil when not set.
    public let triggerPx: Decimal?
    /// Take-profit trigger price; nil when no take-profit is attached.
    public let tpTriggerPx: Decimal?
    /// Take-profit order price once triggered; -1 means a market order.
    public let tpOrdPx: Decimal?
    /// Stop-loss trigger price; nil when no stop-loss is attached.
    public let slTriggerPx: Decimal?
    /// Stop-loss order price once triggered; -1 means a market order.
    public let slOrdPx: Decimal?
    /// Trailing stop: callback as a ratio (0.01 = 1 %) or as a price spread, from `activePx`.
    public let callbackRatio: Decimal?
    /// Trailing stop callback as an absolute price distance; nil when a ratio is used instead.
    public let callbackSpread: Decimal?
    /// Price at which a trailing stop starts tracking; nil when it tracks immediately.
    public let activePx: Decimal?
    /// What was actually placed when the algo triggered.
    public let actualSz: Decimal?
    /// Price of the order actually placed on trigger; nil until triggered.
    public let actualPx: Decimal?
    /// `tp` or `sl` for a triggered OCO/conditional order.
    public let actualSide: String?
    /// Leverage used for the order; nil when not applicable (e.g. spot).
    public let lever: Decimal?
    /// Order value in USD as OKX estimates it.
    public let notionalUsd: Decimal?
    /// The regular order placed on trigger (empty until then).
    public let ordId: String?
    /// Client ID of the order placed on trigger; nil when none.
    public let clOrdId: String?
    /// Order tag (broker or strategy label); nil when empty.
    public let tag: String?
    /// Why placing the triggered order failed (`state` = `order_failed`).
    public let failCode: String?
    /// When the algo order was created.
    public let cTime: Date?
    /// When the algo order was last updated.
    public let uTime: Date?
    /// When the algo order fired; nil until it has.
    public let triggerTime: Date?
}

/// `conditional`, `oco`, `trigger`, `move_order_stop`, `iceberg`, `twap`, `chase`.
public struct AlgoOrderType: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including kinds this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Stop order with take-profit and/or stop-loss on one side.
    public static let conditional: Self = "conditional"
    /// One-cancels-the-other: take-profit and stop-loss where filling one cancels the other.
    public static let oco: Self = "oco"
    /// Places an order when the trigger price is reached.
    public static let trigger: Self = "trigger"
    /// Trailing stop that follows the price by a ratio or spread (`move_order_stop` on the wire).
    public static let trailingStop: Self = "move_order_stop"
    /// Splits a large order into smaller visible slices.
    public static let iceberg: Self = "iceberg"
    /// Time-weighted average price: spreads the order over time.
    public static let twap: Self = "twap"
    /// Keeps re-pricing a limit order to stay at the best bid or ask.
    public static let chase: Self = "chase"
}

/// `live`, `pause`, `partially_effective`, `effective`, `canceled`, `order_failed`, `partially_failed`.
public struct AlgoOrderState: OKXStringValue {
    /// The value exactly as OKX sends it on the wire.
    public let rawValue: String
    /// Wraps any string OKX sends, including states this SDK does not name yet.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Waiting for its trigger.
    public static let live: Self = "live"
    /// Suspended; it will not trigger until resumed.
    public static let pause: Self = "pause"
    /// Some of its orders were placed, others still pending.
    public static let partiallyEffective: Self = "partially_effective"
    /// Triggered and the resulting order was placed.
    public static let effective: Self = "effective"
    /// Canceled before it triggered.
    public static let canceled: Self = "canceled"
    /// Triggered, but placing the resulting order failed; see `failCode`.
    public static let orderFailed: Self = "order_failed"
    /// Triggered, but only some of the resulting orders could be placed.
    public static let partiallyFailed: Self = "partially_failed"

    /// Whether the algo can still trigger.
    public var isOpen: Bool { self == .live || self == .pause || self == .partiallyEffective }
}

/// A grid trading bot (spot grid or contract grid): `GET /api/v5/tradingBot/grid/orders-algo-*`
/// and the `grid-orders-spot` / `grid-orders-contract` WebSocket channels.
public struct GridBot: Codable, Sendable, Hashable {
    /// OKX's identifier of the bot.
    public let algoId: String
    /// Your own client-assigned bot ID; nil when none was given.
    public let algoClOrdId: String?
    /// `grid` (spot) or `contract_grid`.
    public let algoOrdType: String
    /// Product line the bot trades.
    public let instType: InstrumentType
    /// Instrument the bot trades, e.g. `BTC-USDT`.
    public let instId: String
    /// `starting`, `running`, `stopping`, `pending_signal`, `no_close_position`, `stopped`.
    public let state: String
    /// Lower bound of the grid's price range.
    public let minPx: Decimal?
    /// Upper bound of the grid's price range.
    public let maxPx: Decimal?
    /// Number of grid levels.
    public let gridNum: Decimal?
    /// `1` arithmetic, `2` geometric.
    public let runType: String?
    /// Amount invested in the bot, in the quote (or margin) currency.
    public let investment: Decimal?
    /// Total profit and loss so far, grid profit plus floating profit.
    public let totalPnl: Decimal?
    /// Total profit and loss as a ratio of the investment (0.01 = 1 %).
    public let pnlRatio: Decimal?
    /// Profit realised from completed buy/sell grid pairs.
    public let gridProfit: Decimal?
    /// Unrealised profit and loss of the bot's current holdings.
    public let floatProfit: Decimal?
    /// Annualised return as a ratio, as OKX estimates it.
    public let annualizedRate: Decimal?
    /// Number of completed grid arbitrages (buy/sell round trips).
    public let arbitrageNum: Decimal?
    /// Number of the bot's orders currently open.
    public let activeOrdNum: Decimal?
    /// Contract grid: `long`, `short` or `neutral`.
    public let direction: String?
    /// Leverage of a contract grid; nil for spot grids.
    public let lever: Decimal?
    /// Estimated liquidation price of a contract grid; nil when none.
    public let liqPx: Decimal?
    /// Spot grid: base currency invested.
    public let baseSz: Decimal?
    /// Spot grid: quote currency invested.
    public let quoteSz: Decimal?
    /// Spot grid: base currency the bot holds now.
    public let curBaseSz: Decimal?
    /// Spot grid: quote currency the bot holds now.
    public let curQuoteSz: Decimal?
    /// Contract grid: size invested as margin.
    public let sz: Decimal?
    /// When the bot was created.
    public let cTime: Date?
    /// When the bot was last updated.
    public let uTime: Date?
}
