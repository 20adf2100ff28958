public import Foundation

/// A contract grid laid out before it is placed: levels, contracts per grid, the margin the
/// worst case ties up, what one grid returns on its margin at the chosen leverage, and where the
/// worst case would be liquidated — so a caller can refuse a plan before creating the bot with
/// `API.Grid.placeGridAlgoOrder` (`algoOrdType` `contract_grid`).
///
/// The orders sit on the levels as in ``GridPlan``: buys below `currentPrice`, sells above, none
/// on a level exactly at it. What the direction changes is the position held at the start:
/// - ``Direction/long``: a long is opened at `currentPrice` for every level above it
///   (the sells there close it);
/// - ``Direction/short``: a short is opened for every level below it;
/// - ``Direction/neutral``: nothing is held at the start.
///
/// The worst case for a long grid is the price at the bottom of the range with every buy filled
/// on top of the starting long; for a short grid the top with every sell filled; a neutral grid
/// has one of each, on its own side. Each worst case is one position whose liquidation price is
/// estimated as an isolated position backed by the whole investment less the fees paid to build
/// it: long `(U·E − M) / (U·(1 − mmr))`, short `(U·E + M) / (U·(1 + mmr))`, with `U` the position
/// in the base currency, `E` its average entry, `M` the investment minus the maker fee on `U·E`,
/// and `mmr` the maintenance margin rate. On the way to the worst case no grid closes, so there
/// is no profit to add. Two things it cannot know make the real figure a little worse: the start
/// position is opened at market (the taker fee, and a price that may differ from `currentPrice`),
/// and a larger position may fall in a tier with a higher `mmr` — pass the tier's rate.
///
/// A plan whose worst-case liquidation falls inside the grid range is refused: such a grid is
/// liquidated by a move it was built to trade, so it cannot work as laid out. Lower the
/// leverage, narrow the range or invest more.
///
/// Linear (USDT-margined) swaps and futures only: an inverse contract's profit is paid in the
/// coin, which this arithmetic does not model, and such plans are refused.
public struct ContractGridPlan: Sendable, Hashable {
    /// Which position the grid holds at the start (OKX's `direction`).
    public enum Direction: String, Sendable, Hashable {
        /// Long from the start; profits as the price rises through the range.
        case long
        /// Short from the start; profits as the price falls through the range.
        case short
        /// No position at the start; trades both ways.
        case neutral
    }

    /// The worst-case position on one side of the range and its estimated liquidation.
    public struct WorstCase: Sendable, Hashable {
        /// Contracts held with every order on this side filled (positive; the side says long or short).
        public let contracts: Decimal
        /// The average entry price of that position.
        public let averageEntry: Decimal
        /// The position's value at its entries, in the quote currency.
        public let notional: Decimal
        /// The estimated liquidation price of that position; nil when the investment covers
        /// the whole position (a long that cannot be liquidated above zero).
        public let liquidationPrice: Decimal?
    }

    /// The instrument.
    public let instId: String
    /// The direction the plan was made for.
    public let direction: Direction
    /// The leverage.
    public let leverage: Decimal
    /// The margin put in (OKX's `sz` for a contract grid), in the settlement currency.
    public let investment: Decimal
    /// The prices of the grid lines, lowest first (`gridCount + 1` of them).
    public let levels: [Decimal]
    /// Contracts each grid order trades, on the lot and at least the minimum size.
    public let contractsPerGrid: Decimal
    /// The long position if the price falls to the bottom (long and neutral grids).
    public let downside: WorstCase?
    /// The short position if the price rises to the top (short and neutral grids).
    public let upside: WorstCase?
    /// The margin the larger worst case ties up: its notional divided by the leverage.
    public let marginNeeded: Decimal
    /// What one grid (a buy and a sell on neighbouring levels) earns after the maker fee on both
    /// fills, in the quote currency: the lowest and the highest over the grids.
    public let profitPerGrid: ClosedRange<Decimal>
    /// The same as a fraction of the grid order's value at the lower level (unlevered).
    public let returnPerGrid: ClosedRange<Decimal>
    /// The same as a fraction of the margin one grid has (`investment / gridCount`): the return
    /// leverage buys. Roughly ``returnPerGrid`` times the leverage.
    public let returnOnMarginPerGrid: ClosedRange<Decimal>

    /// Lays out a contract grid.
    /// - Parameters:
    ///   - lowerPrice: the bottom of the range.
    ///   - upperPrice: the top of the range (above `lowerPrice`).
    ///   - gridCount: the number of grids (2…200).
    ///   - spacing: arithmetic or geometric, as for a spot grid.
    ///   - direction: long, short or neutral.
    ///   - leverage: the leverage (above 0).
    ///   - investment: the margin put in, in the settlement currency.
    ///   - currentPrice: the price now; levels below it start as buys, above it as sells.
    ///   - makerFee: the maker fee as a fraction (0.0002 = 0.02 %), paid on both fills of a grid.
    ///   - maintenanceMarginRate: the maintenance margin rate of the position's tier (0.004 =
    ///     0.4 % for small BTC-USDT-SWAP positions).
    ///   - sizing: the contract, for its value, lot, minimum and tick.
    public init(lowerPrice: Decimal, upperPrice: Decimal, gridCount: Int, spacing: GridPlan.Spacing, direction: Direction, leverage: Decimal,
                investment: Decimal, currentPrice: Decimal, makerFee: Decimal, maintenanceMarginRate: Decimal, sizing: ContractSizing) throws {
        guard sizing.countsContracts else { throw OKXError.invalidArgument("\(sizing.instId) is not a contract; use GridPlan for spot grids") }
        guard !sizing.isInverse, !sizing.settlesInBase else {
            throw OKXError.invalidArgument("\(sizing.instId) is an inverse (coin-margined) contract; this plan models linear contracts only")
        }
        guard lowerPrice > 0, upperPrice > lowerPrice else {
            throw OKXError.invalidArgument("a grid needs 0 < lower price < upper price, got \(lowerPrice)…\(upperPrice)")
        }
        guard (2...200).contains(gridCount) else { throw OKXError.invalidArgument("a contract grid has 2…200 grids, got \(gridCount)") }
        guard !leverage.isNaN, leverage > 0 else { throw OKXError.invalidArgument("leverage must be above 0, got \(leverage)") }
        guard !investment.isNaN, investment > 0 else { throw OKXError.invalidArgument("the investment must be above 0, got \(investment)") }
        guard !currentPrice.isNaN, currentPrice > 0 else { throw OKXError.invalidArgument("the current price must be above 0, got \(currentPrice)") }
        guard makerFee >= 0, makerFee < 1 else { throw OKXError.invalidArgument("the maker fee is a fraction below 1, got \(makerFee)") }
        guard maintenanceMarginRate >= 0, maintenanceMarginRate < 1 else {
            throw OKXError.invalidArgument("the maintenance margin rate is a fraction below 1, got \(maintenanceMarginRate)")
        }
        let levels = try GridPlan.levels(lower: lowerPrice, upper: upperPrice, count: gridCount, spacing: spacing, tick: sizing.tickSize)
        // Every grid gets the same share of the margin. A contract costs the most at the top of
        // the range, so sizing there keeps every order within its share (ContractSizing rounds
        // down to the lot and refuses sizes below the minimum).
        let marginPerGrid = investment / Decimal(gridCount)
        let contracts = try sizing.size(for: .margin(marginPerGrid, leverage: leverage), at: upperPrice)
        let unit = sizing.unitsPerContract
        let below = levels.filter { $0 < currentPrice }
        let above = levels.filter { $0 > currentPrice }

        func worstCase(long: Bool, entries: [Decimal]) -> WorstCase? {
            guard !entries.isEmpty else { return nil }
            let count = Decimal(entries.count)
            let held = contracts * count
            let base = held * unit
            let notional = entries.reduce(Decimal(0)) { $0 + $1 } * contracts * unit
            let average = notional / base
            // The margin left once every entry has paid its fee.
            let margin = investment - notional * makerFee
            let liquidation: Decimal?
            if long {
                let price = (notional - margin) / (base * (1 - maintenanceMarginRate))
                liquidation = price > 0 ? sizing.price(price, for: .sell) : nil
            } else {
                liquidation = sizing.price((notional + margin) / (base * (1 + maintenanceMarginRate)), for: .buy)
            }
            return WorstCase(contracts: held, averageEntry: average, notional: notional, liquidationPrice: liquidation)
        }
        let startLong = Array(repeating: currentPrice, count: above.count)
        let startShort = Array(repeating: currentPrice, count: below.count)
        switch direction {
        case .long: (downside, upside) = (worstCase(long: true, entries: startLong + below), nil)
        case .short: (downside, upside) = (nil, worstCase(long: false, entries: startShort + above))
        case .neutral: (downside, upside) = (worstCase(long: true, entries: below), worstCase(long: false, entries: above))
        }
        // Rounded so the check below is never looser than the arithmetic: long liquidations were
        // rounded up and short ones down to the tick, towards the range.
        if let liq = downside?.liquidationPrice, liq >= lowerPrice {
            throw OKXError.invalidArgument("the worst-case long of this grid is liquidated near \(liq), inside the range \(lowerPrice)…\(upperPrice)",
                                           fix: "Lower the leverage (\(leverage)x), narrow the range or invest more.")
        }
        if let liq = upside?.liquidationPrice, liq <= upperPrice {
            throw OKXError.invalidArgument("the worst-case short of this grid is liquidated near \(liq), inside the range \(lowerPrice)…\(upperPrice)",
                                           fix: "Lower the leverage (\(leverage)x), narrow the range or invest more.")
        }
        let profits = zip(levels, levels.dropFirst()).map { low, high in
            contracts * unit * ((high - low) - (high + low) * makerFee)
        }
        guard let worst = profits.min(), let best = profits.max() else { throw OKXError.invalidArgument("a grid needs levels") }
        guard worst > 0 else {
            throw OKXError.invalidArgument("the closest grid earns \(worst) after fees: a loss; use fewer grids or a wider range")
        }
        let returns = zip(profits, levels).map { profit, low in profit / (contracts * unit * low) }
        self.instId = sizing.instId
        self.direction = direction
        self.leverage = leverage
        self.investment = investment
        self.levels = levels
        self.contractsPerGrid = contracts
        self.marginNeeded = max(downside?.notional ?? 0, upside?.notional ?? 0) / leverage
        self.profitPerGrid = worst...best
        self.returnPerGrid = (returns.min() ?? 0)...(returns.max() ?? 0)
        self.returnOnMarginPerGrid = (worst / marginPerGrid)...(best / marginPerGrid)
    }
}

extension ContractGridPlan {
    /// The `POST /api/v5/tradingBot/grid/order-algo` request that creates this contract grid:
    /// ``investment`` as its margin (`sz`), with its direction and leverage.
    public func request(spacing: GridPlan.Spacing, algoClOrdId: String? = nil, tag: String? = nil) -> API.Grid.PlaceGridAlgoOrder.Request {
        API.Grid.PlaceGridAlgoOrder.Request(instId: instId, algoOrdType: .contractGrid, maxPx: levels.last ?? 0, minPx: levels.first ?? 0,
                                            gridNum: max(levels.count - 1, 0), runType: spacing == .arithmetic ? .v1 : .v2,
                                            algoClOrdId: algoClOrdId, tag: tag, sz: investment,
                                            direction: API.Grid.Direction(rawValue: direction.rawValue), lever: leverage)
    }
}
