public import Foundation

/// Whether a grid's investment meets the minimum OKX asks for, from OKX's own answers:
/// `POST /api/v5/tradingBot/grid/min-investment` (``API/Grid/computeMinInvestment(_:)``) for the
/// exact range and grid count, and optionally `GET /api/v5/tradingBot/grid/ai-param`
/// (``API/Grid/gridAIParameter(_:)``), whose `minInvestment` is for OKX's suggested grid.
///
/// Only figures in the investment's own currency are compared. min-investment answers for the
/// plan's own range and grid count, so it decides when it states a figure; ai-param's is for OKX's
/// suggested grid and is used only when min-investment gave none (the largest figure wins when
/// several are stated). A shortfall is reported in that currency, so a caller can say "add
/// 12.5 USDT" rather than "rejected".
public struct GridMinimumInvestment: Sendable, Hashable {
    /// The OKX endpoint a minimum came from.
    public enum Source: String, Sendable, Hashable {
        /// `POST /api/v5/tradingBot/grid/min-investment`, for the plan's own grid.
        case minInvestment
        /// `GET /api/v5/tradingBot/grid/ai-param`, for OKX's suggested grid.
        case aiParameter
    }

    /// The investment checked.
    public let investment: Decimal
    /// Its currency (USDT for BTC-USDT and BTC-USDT-SWAP grids).
    public let currency: String
    /// The minimum OKX stated in that currency.
    public let minimum: Decimal
    /// How much is missing: `minimum − investment`, 0 when the minimum is met.
    public let shortfall: Decimal
    /// Which answer the minimum came from.
    public let source: Source
    /// True when the investment is at least the minimum.
    public var isMet: Bool { shortfall == 0 }

    /// Compares `investment` (in `currency`) with OKX's answers. Throws when none of them
    /// states a minimum in `currency` (a request for another currency, or an empty answer).
    public init(investment: Decimal, currency: String, minInvestment: [API.Grid.ComputeMinInvestment.Response],
                aiParameters: [API.Grid.GridAIParameter.Response] = []) throws {
        let wanted = currency.uppercased()
        var figures: [Decimal] = []
        for answer in minInvestment {
            for entry in answer.minInvestmentData ?? [] where entry.ccy?.uppercased() == wanted {
                if let amount = entry.amt { figures.append(amount) }
            }
        }
        var source = Source.minInvestment
        if figures.isEmpty {
            // ai-param's `ccy` names the currency of `minInvestment`; a missing one is the quote.
            for answer in aiParameters where (answer.ccy ?? wanted).uppercased() == wanted {
                if let amount = answer.minInvestment { figures.append(amount) }
            }
            source = .aiParameter
        }
        guard let minimum = figures.max() else {
            throw OKXError.invalidArgument("OKX's answers state no minimum investment in \(currency)",
                                           fix: "Ask min-investment with investmentData in \(currency), or compare in the currency OKX answered in.")
        }
        self.investment = investment
        self.currency = currency
        self.minimum = minimum
        self.source = source
        self.shortfall = max(minimum - investment, 0)
    }
}

extension GridPlan {
    /// The `min-investment` request for this spot grid, investing `investment` of `currency`.
    public func minInvestmentRequest(instId: String, spacing: Spacing, investment: Decimal, currency: String) -> API.Grid.ComputeMinInvestment.Request {
        API.Grid.ComputeMinInvestment.Request(instId: instId, algoOrdType: .grid, maxPx: levels.last ?? 0, minPx: levels.first ?? 0,
                                              gridNum: max(levels.count - 1, 0), runType: spacing == .arithmetic ? .v1 : .v2,
                                              investmentData: [.init(amt: investment, ccy: currency)])
    }

    /// Whether ``investment`` (in the quote currency `currency`) meets OKX's minimum.
    public func checkMinimumInvestment(currency: String, minInvestment: [API.Grid.ComputeMinInvestment.Response],
                                       aiParameters: [API.Grid.GridAIParameter.Response] = []) throws -> GridMinimumInvestment {
        try GridMinimumInvestment(investment: investment, currency: currency, minInvestment: minInvestment, aiParameters: aiParameters)
    }
}

extension ContractGridPlan {
    /// The `min-investment` request for this contract grid, with `currency` the settlement
    /// currency (USDT for BTC-USDT-SWAP).
    public func minInvestmentRequest(spacing: GridPlan.Spacing, currency: String) -> API.Grid.ComputeMinInvestment.Request {
        API.Grid.ComputeMinInvestment.Request(instId: instId, algoOrdType: .contractGrid, maxPx: levels.last ?? 0, minPx: levels.first ?? 0,
                                              gridNum: max(levels.count - 1, 0), runType: spacing == .arithmetic ? .v1 : .v2,
                                              direction: API.Grid.Direction(rawValue: direction.rawValue), lever: leverage,
                                              investmentData: [.init(amt: investment, ccy: currency)])
    }

    /// Whether ``investment`` (in the settlement currency `currency`) meets OKX's minimum.
    public func checkMinimumInvestment(currency: String, minInvestment: [API.Grid.ComputeMinInvestment.Response],
                                       aiParameters: [API.Grid.GridAIParameter.Response] = []) throws -> GridMinimumInvestment {
        try GridMinimumInvestment(investment: investment, currency: currency, minInvestment: minInvestment, aiParameters: aiParameters)
    }
}
