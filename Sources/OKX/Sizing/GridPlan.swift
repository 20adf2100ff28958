public import Foundation

/// A spot grid laid out before it is placed: the price levels, what one grid earns after fees,
/// and what the grid needs to start, so a caller can show the plan (or refuse it) before
/// creating the bot with `API.Grid.placeGridAlgoOrder`.
///
/// Levels run from `lowerPrice` to `upperPrice` in `gridCount` steps: equal price steps
/// (arithmetic) or equal ratios (geometric), each rounded to the tick. One grid is the pair of
/// neighbouring levels: buy at the lower, sell at the upper; its profit after paying the maker
/// fee on both fills is `upper / lower × (1 − fee)² − 1`.
public struct GridPlan: Sendable, Hashable {
    /// How the levels are spaced.
    public enum Spacing: String, Sendable, Hashable {
        /// Equal price steps (OKX's `runType` 1).
        case arithmetic
        /// Equal ratios between neighbouring levels (OKX's `runType` 2).
        case geometric
    }

    /// The prices of the grid lines, lowest first (`gridCount + 1` of them).
    public let levels: [Decimal]
    /// The lowest and highest profit of one grid after fees, as fractions (0.004 = 0.4 %).
    public let profitPerGrid: ClosedRange<Decimal>
    /// The size each grid order trades, in the base currency.
    public let sizePerGrid: Decimal
    /// The quote currency the buy orders below `currentPrice` tie up.
    public let quoteNeeded: Decimal
    /// The base currency the sell orders above `currentPrice` need (bought at the start).
    public let baseNeeded: Decimal
    /// Everything valued in the quote currency at `currentPrice`: what the grid needs to start.
    public let investment: Decimal

    /// Lays out a grid.
    /// - Parameters:
    ///   - lowerPrice: the bottom of the range.
    ///   - upperPrice: the top of the range (above `lowerPrice`).
    ///   - gridCount: the number of grids (2…100 on OKX's spot grid).
    ///   - spacing: arithmetic or geometric.
    ///   - sizePerGrid: the base-currency size of each order.
    ///   - currentPrice: the market price now; levels below it start as buys, above it as sells.
    ///   - makerFee: the maker fee as a fraction (0.0008 = 0.08 %), paid on both fills of a grid.
    ///   - sizing: the instrument, to round levels to its tick and check `sizePerGrid` against
    ///     its lot and minimum.
    public init(lowerPrice: Decimal, upperPrice: Decimal, gridCount: Int, spacing: Spacing, sizePerGrid: Decimal,
                currentPrice: Decimal, makerFee: Decimal, sizing: ContractSizing) throws {
        guard lowerPrice > 0, upperPrice > lowerPrice else {
            throw OKXError.invalidArgument("a grid needs 0 < lower price < upper price, got \(lowerPrice)…\(upperPrice)")
        }
        guard (2...100).contains(gridCount) else { throw OKXError.invalidArgument("a spot grid has 2…100 grids, got \(gridCount)") }
        guard makerFee >= 0, makerFee < 1 else { throw OKXError.invalidArgument("the maker fee is a fraction below 1, got \(makerFee)") }
        guard !sizing.countsContracts else { throw OKXError.invalidArgument("\(sizing.instId) is a contract; this plan is for spot grids") }
        guard sizePerGrid >= sizing.minimumSize, ContractSizing.round(sizePerGrid, step: sizing.lotSize, .down) == sizePerGrid else {
            throw OKXError.invalidArgument("the size per grid \(sizePerGrid) must be a multiple of the lot \(sizing.lotSize) and at least \(sizing.minimumSize)")
        }
        let levels = try Self.levels(lower: lowerPrice, upper: upperPrice, count: gridCount, spacing: spacing, tick: sizing.tickSize)
        let keep = (1 - makerFee) * (1 - makerFee)
        let profits = zip(levels, levels.dropFirst()).map { lower, upper in upper / lower * keep - 1 }
        guard let low = profits.min(), let high = profits.max() else { throw OKXError.invalidArgument("a grid needs levels") }
        guard low > 0 else {
            throw OKXError.invalidArgument("the closest grid earns \(low) after fees: a loss; use fewer grids or a wider range")
        }
        self.levels = levels
        self.profitPerGrid = low...high
        self.sizePerGrid = sizePerGrid
        // Below the price: a buy at each level. Above: a sell at each level, whose base is bought
        // at the start. A level exactly at the price holds no order.
        let buys = levels.filter { $0 < currentPrice }
        let sells = levels.filter { $0 > currentPrice }
        quoteNeeded = buys.reduce(Decimal(0)) { $0 + $1 * sizePerGrid }
        baseNeeded = sizePerGrid * Decimal(sells.count)
        investment = quoteNeeded + baseNeeded * currentPrice
    }

    /// The grid lines from `lower` to `upper` in `count` steps, rounded to the tick; refused when
    /// two land on the same tick. Spot and contract grids lay out their levels alike.
    static func levels(lower: Decimal, upper: Decimal, count: Int, spacing: Spacing, tick: Decimal) throws -> [Decimal] {
        var levels: [Decimal] = []
        switch spacing {
        case .arithmetic:
            let step = (upper - lower) / Decimal(count)
            levels = (0...count).map { lower + step * Decimal($0) }
        case .geometric:
            let ratio = root(upper / lower, count)
            var price = lower
            for i in 0...count {
                levels.append(i == count ? upper : price)
                price *= ratio
            }
        }
        levels = levels.map { ContractSizing.round($0, step: tick, .plain) }
        guard Set(levels).count == levels.count else {
            throw OKXError.invalidArgument("\(count) grids between \(lower) and \(upper) are closer than the tick \(tick)")
        }
        return levels
    }

    /// The `n`th root of `value` (> 0) by Newton's method in `Decimal`: grid ratios stay exact to
    /// far more digits than any tick.
    static func root(_ value: Decimal, _ n: Int) -> Decimal {
        let degree = Decimal(n)
        var x = 1 + (value - 1) / degree
        for _ in 0..<100 {
            var power = Decimal(1)
            for _ in 0..<(n - 1) { power *= x }
            let next = ((degree - 1) * x + value / power) / degree
            if abs(next - x) < Decimal(sign: .plus, exponent: -30, significand: 1) { return next }
            x = next
        }
        return x
    }
}

extension GridPlan {
    /// The `POST /api/v5/tradingBot/grid/order-algo` request that creates this spot grid on
    /// `instId`, investing ``investment`` in the quote currency (`quoteSz`).
    public func request(instId: String, spacing: Spacing, algoClOrdId: String? = nil, tag: String? = nil) -> API.Grid.PlaceGridAlgoOrder.Request {
        API.Grid.PlaceGridAlgoOrder.Request(instId: instId, algoOrdType: .grid, maxPx: levels.last ?? 0, minPx: levels.first ?? 0,
                                            gridNum: max(levels.count - 1, 0), runType: spacing == .arithmetic ? .v1 : .v2,
                                            algoClOrdId: algoClOrdId, tag: tag, quoteSz: investment)
    }
}
