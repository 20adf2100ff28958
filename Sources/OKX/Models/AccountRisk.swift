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

/// The margin level that decides when a position is liquidated, and how far it is from OKX's
/// two marks: the margin call at 300 % and forced liquidation at 100 % (ratios 3 and 1).
///
/// Which level governs depends on how the position is margined:
/// - an **isolated** position has its own: its margin plus unrealised PnL over its maintenance
///   margin (OKX's position `mgnRatio`);
/// - a **cross** position shares its margin currency's level in single-currency margin mode
///   (the balance's `details[].mgnRatio` for that currency) and the account's level in
///   multi-currency and portfolio margin modes (the balance's `mgnRatio`, adjusted equity over
///   maintenance margin).
///
/// The equity and maintenance margin behind a level give the loss it can still absorb:
/// `equity − 3 × mmr` before the margin call and `equity − mmr` before liquidation.
public struct MarginLevel: Sendable, Hashable {
    /// Whose level it is.
    public enum Scope: Sendable, Hashable {
        /// One isolated position.
        case position(instId: String)
        /// One margin currency in single-currency margin mode.
        case currency(String)
        /// The whole account (multi-currency or portfolio margin).
        case account
    }

    /// Where the level stands against OKX's marks.
    public enum Zone: String, Sendable, Hashable {
        /// Above the margin call (ratio above 3).
        case healthy
        /// At or below the margin call, above liquidation (ratio in (1, 3]).
        case marginCall
        /// At or below 1: forced liquidation.
        case liquidation
    }

    /// Whose level it is.
    public let scope: Scope
    /// The ratio (1 = 100 %).
    public let ratio: Decimal
    /// The equity behind it (position margin + upl, the currency's or the account's adjusted
    /// equity), when known.
    public let equity: Decimal?
    /// The maintenance margin behind it, when known.
    public let maintenanceMargin: Decimal?

    /// A level from its parts.
    public init(scope: Scope, ratio: Decimal, equity: Decimal? = nil, maintenanceMargin: Decimal? = nil) {
        self.scope = scope
        self.ratio = ratio
        self.equity = equity
        self.maintenanceMargin = maintenanceMargin
    }

    /// Where the ratio stands against OKX's marks.
    public var zone: Zone {
        ratio <= API.TradingAccount.GetBalance.Response.liquidationRatio ? .liquidation
            : ratio <= API.TradingAccount.GetBalance.Response.marginCallRatio ? .marginCall : .healthy
    }

    /// The ratio above the margin call (negative inside the margin-call zone).
    public var aboveMarginCall: Decimal { ratio - API.TradingAccount.GetBalance.Response.marginCallRatio }
    /// The ratio above liquidation.
    public var aboveLiquidation: Decimal { ratio - API.TradingAccount.GetBalance.Response.liquidationRatio }

    /// The loss the equity can take before the margin call: `equity − 3 × mmr` (negative once
    /// inside the zone); nil without the parts.
    public var lossToMarginCall: Decimal? {
        guard let equity, let maintenanceMargin else { return nil }
        return equity - API.TradingAccount.GetBalance.Response.marginCallRatio * maintenanceMargin
    }

    /// The loss the equity can take before liquidation: `equity − mmr`; nil without the parts.
    public var lossToLiquidation: Decimal? {
        guard let equity, let maintenanceMargin else { return nil }
        return equity - maintenanceMargin
    }
}

extension API.TradingAccount.GetPositions.Response {
    /// The distance to ``liqPx`` as a signed fraction of the mark price: negative when the price
    /// must fall (a long), positive when it must rise (a short); nil without both prices.
    public var priceMoveToLiquidationFraction: Decimal? {
        guard let move = priceMoveToLiquidation, let markPx, markPx != 0 else { return nil }
        return move / markPx
    }

    /// The margin level that governs this position, read from the position itself (isolated)
    /// or from `balance` (cross): see ``MarginLevel``. Nil when OKX reports none (no
    /// maintenance margin, e.g. a fully collateralised spot holding).
    public func marginLevel(in balance: API.TradingAccount.GetBalance.Response) -> MarginLevel? {
        if mgnMode == .isolated {
            let equity = margin.map { $0 + (upl ?? 0) }
            if let equity, let mmr, mmr > 0 {
                return MarginLevel(scope: .position(instId: instId), ratio: equity / mmr, equity: equity, maintenanceMargin: mmr)
            }
            return mgnRatio.map { MarginLevel(scope: .position(instId: instId), ratio: $0) }
        }
        // Multi-currency and portfolio margin report one level for the account; single-currency
        // margin leaves it empty and reports one per currency.
        if let ratio = balance.mgnRatio {
            return MarginLevel(scope: .account, ratio: ratio, equity: balance.adjEq, maintenanceMargin: balance.mmr)
        }
        guard let ccy, let detail = balance.details?.first(where: { $0.ccy == ccy }), let ratio = detail.mgnRatio else { return nil }
        return MarginLevel(scope: .currency(ccy), ratio: ratio, equity: detail.eq, maintenanceMargin: detail.mmr)
    }
}
