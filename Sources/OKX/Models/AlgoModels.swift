public import Foundation

/// An algo order (trigger, conditional, OCO, trailing stop, iceberg, TWAP, chase) as OKX
/// reports it: `GET /api/v5/trade/orders-algo-pending` and `-history`, and the `orders-algo`
/// and `algo-advance` WebSocket channels. Prices OKX leaves empty are nil; an order price of
/// -1 means "market".
public struct AlgoOrder: Codable, Sendable, Hashable {
    public let instType: InstrumentType
    public let instId: String
    public let algoId: String
    public let algoClOrdId: String?
    public let ordType: AlgoOrderType
    public let state: AlgoOrderState
    public let side: Side?
    public let posSide: PositionSide?
    public let tdMode: TradeMode?
    public let sz: Decimal?
    /// The order price once triggered; -1 for a market order.
    public let ordPx: Decimal?
    public let triggerPx: Decimal?
    public let tpTriggerPx: Decimal?
    public let tpOrdPx: Decimal?
    public let slTriggerPx: Decimal?
    public let slOrdPx: Decimal?
    /// Trailing stop: callback as a ratio (0.01 = 1 %) or as a price spread, from `activePx`.
    public let callbackRatio: Decimal?
    public let callbackSpread: Decimal?
    public let activePx: Decimal?
    /// What was actually placed when the algo triggered.
    public let actualSz: Decimal?
    public let actualPx: Decimal?
    /// `tp` or `sl` for a triggered OCO/conditional order.
    public let actualSide: String?
    public let lever: Decimal?
    public let notionalUsd: Decimal?
    /// The regular order placed on trigger (empty until then).
    public let ordId: String?
    public let clOrdId: String?
    public let tag: String?
    /// Why placing the triggered order failed (`state` = `order_failed`).
    public let failCode: String?
    public let cTime: Date?
    public let uTime: Date?
    public let triggerTime: Date?
}

/// `conditional`, `oco`, `trigger`, `move_order_stop`, `iceberg`, `twap`, `chase`.
public struct AlgoOrderType: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let conditional: Self = "conditional"
    public static let oco: Self = "oco"
    public static let trigger: Self = "trigger"
    public static let trailingStop: Self = "move_order_stop"
    public static let iceberg: Self = "iceberg"
    public static let twap: Self = "twap"
    public static let chase: Self = "chase"
}

/// `live`, `pause`, `partially_effective`, `effective`, `canceled`, `order_failed`, `partially_failed`.
public struct AlgoOrderState: OKXStringValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let live: Self = "live"
    public static let pause: Self = "pause"
    public static let partiallyEffective: Self = "partially_effective"
    public static let effective: Self = "effective"
    public static let canceled: Self = "canceled"
    public static let orderFailed: Self = "order_failed"
    public static let partiallyFailed: Self = "partially_failed"

    /// Whether the algo can still trigger.
    public var isOpen: Bool { self == .live || self == .pause || self == .partiallyEffective }
}

/// A grid trading bot (spot grid or contract grid): `GET /api/v5/tradingBot/grid/orders-algo-*`
/// and the `grid-orders-spot` / `grid-orders-contract` WebSocket channels.
public struct GridBot: Codable, Sendable, Hashable {
    public let algoId: String
    public let algoClOrdId: String?
    /// `grid` (spot) or `contract_grid`.
    public let algoOrdType: String
    public let instType: InstrumentType
    public let instId: String
    /// `starting`, `running`, `stopping`, `pending_signal`, `no_close_position`, `stopped`.
    public let state: String
    public let minPx: Decimal?
    public let maxPx: Decimal?
    public let gridNum: Decimal?
    /// `1` arithmetic, `2` geometric.
    public let runType: String?
    public let investment: Decimal?
    public let totalPnl: Decimal?
    public let pnlRatio: Decimal?
    public let gridProfit: Decimal?
    public let floatProfit: Decimal?
    public let annualizedRate: Decimal?
    public let arbitrageNum: Decimal?
    public let activeOrdNum: Decimal?
    /// Contract grid: `long`, `short` or `neutral`.
    public let direction: String?
    public let lever: Decimal?
    public let liqPx: Decimal?
    public let baseSz: Decimal?
    public let quoteSz: Decimal?
    public let curBaseSz: Decimal?
    public let curQuoteSz: Decimal?
    public let sz: Decimal?
    public let cTime: Date?
    public let uTime: Date?
}
