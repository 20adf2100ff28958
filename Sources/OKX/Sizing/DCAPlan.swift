public import Foundation

/// A DCA (martingale) bot laid out before it is created: for the initial order and each safety
/// order, the price that triggers it, what it spends, the size that buys, the average entry and
/// the take-profit price once it has filled, and the capital a full cycle can need. The
/// parameters carry OKX's names (`initOrdAmt`, `safetyOrdAmt`, `maxSafetyOrds`, `pxSteps`,
/// `pxStepsMult`, `volMult`, `tpPct`), and ``request(triggerParams:slPct:algoClOrdId:tag:)``
/// turns the plan into `POST /api/v5/tradingBot/dca/create`.
///
/// The arithmetic, for a long (a short mirrors every price around the start price):
/// - safety order `k` (1-based) triggers at a cumulative deviation
///   `pxSteps × (1 + pxStepsMult + … + pxStepsMult^(k−1))` below the start price;
/// - it spends `safetyOrdAmt × volMult^(k−1)`;
/// - its size is what that buys at its trigger price, rounded down to the lot;
/// - the average entry is the size-weighted average of the fills so far, and the take-profit
///   price is that average × (1 + `tpPct`).
///
/// Amounts are margin at `lever`, which for spot (lever 1) is simply the quote currency spent;
/// a contract order is worth amount × lever. Prices are rounded to the tick in the direction
/// that does not overstate the plan: buy triggers down, sell targets up.
public struct DCAPlan: Sendable, Hashable {
    /// Which way the bot trades; spot DCA is always long.
    public enum Direction: String, Sendable, Hashable {
        /// Buys as the price falls, sells above the average.
        case long
        /// Sells as the price rises, buys back below the average (contracts only).
        case short
    }

    /// The initial order (`index` 0) or one safety order, and the cycle's state after it fills.
    public struct Step: Sendable, Hashable {
        /// 0 for the initial order, 1… for the safety orders.
        public let index: Int
        /// The cumulative price deviation from the start price that triggers it (0 for the initial order).
        public let deviation: Decimal
        /// The price at which it fills (the start price for the initial order).
        public let triggerPrice: Decimal
        /// What it spends: margin, i.e. quote currency for spot.
        public let amount: Decimal
        /// Its size as OKX counts it (base currency for spot, contracts for contracts).
        public let size: Decimal
        /// The total size held once it has filled.
        public let totalSize: Decimal
        /// Everything spent so far, this order included.
        public let totalAmount: Decimal
        /// The average entry price of the position once it has filled.
        public let averageEntry: Decimal
        /// The take-profit price once it has filled.
        public let takeProfitPrice: Decimal
    }

    /// The instrument.
    public let instId: String
    /// Whether the plan is for a contract (`contract_dca`) rather than spot (`spot_dca`).
    public let isContract: Bool
    /// The direction.
    public let direction: Direction
    /// The leverage (1 for spot).
    public let lever: Decimal
    /// OKX's `initOrdAmt`.
    public let initOrdAmt: Decimal
    /// OKX's `safetyOrdAmt`.
    public let safetyOrdAmt: Decimal
    /// OKX's `maxSafetyOrds`.
    public let maxSafetyOrds: Int
    /// OKX's `pxSteps`: the first safety order's deviation, as a fraction.
    public let pxSteps: Decimal
    /// OKX's `pxStepsMult`.
    public let pxStepsMult: Decimal
    /// OKX's `volMult`.
    public let volMult: Decimal
    /// OKX's `tpPct`, as a fraction (0.02 = 2 %).
    public let tpPct: Decimal
    /// The initial order followed by the safety orders.
    public let steps: [Step]
    /// The capital a full cycle can tie up: the initial order plus every safety order.
    public var totalCapital: Decimal { steps.last?.totalAmount ?? 0 }

    /// Lays out a DCA cycle starting at `startPrice`.
    public init(initOrdAmt: Decimal, safetyOrdAmt: Decimal, maxSafetyOrds: Int, pxSteps: Decimal, pxStepsMult: Decimal, volMult: Decimal,
                tpPct: Decimal, startPrice: Decimal, direction: Direction = .long, lever: Decimal = 1, sizing: ContractSizing) throws {
        func positive(_ value: Decimal, _ name: String) throws {
            guard !value.isNaN, value > 0 else { throw OKXError.invalidArgument("\(name) must be above 0, got \(value)") }
        }
        try positive(initOrdAmt, "initOrdAmt")
        try positive(tpPct, "tpPct")
        try positive(startPrice, "the start price")
        try positive(lever, "lever")
        guard (0...100).contains(maxSafetyOrds) else { throw OKXError.invalidArgument("maxSafetyOrds must be 0…100, got \(maxSafetyOrds)") }
        if maxSafetyOrds > 0 {
            try positive(safetyOrdAmt, "safetyOrdAmt")
            try positive(pxSteps, "pxSteps")
            try positive(pxStepsMult, "pxStepsMult")
            try positive(volMult, "volMult")
        }
        if !sizing.countsContracts {
            guard direction == .long, lever == 1 else { throw OKXError.invalidArgument("spot DCA is long at leverage 1") }
        } else if sizing.isInverse || sizing.settlesInBase {
            throw OKXError.invalidArgument("\(sizing.instId) is an inverse contract; this plan models linear contracts and spot")
        }
        let long = direction == .long
        // Entering a long buys, entering a short sells: round each price to the tick so it is
        // not better than the plan promised.
        let entrySide: API.Trade.Side = long ? .buy : .sell
        let exitSide: API.Trade.Side = long ? .sell : .buy
        var steps: [Step] = []
        var totalSize: Decimal = 0, totalBase: Decimal = 0, totalValue: Decimal = 0, totalAmount: Decimal = 0
        var deviation: Decimal = 0, step = pxSteps, amount = initOrdAmt
        for index in 0...maxSafetyOrds {
            if index > 0 {
                deviation += step
                step *= pxStepsMult
                amount = index == 1 ? safetyOrdAmt : amount * volMult
            }
            guard !long || deviation < 1 else {
                throw OKXError.invalidArgument("safety order \(index) would trigger \(deviation) below the start price, at or under zero",
                                               fix: "Use fewer safety orders, a smaller pxSteps or a smaller pxStepsMult.")
            }
            let trigger = sizing.price(startPrice * (long ? 1 - deviation : 1 + deviation), for: entrySide)
            guard trigger > 0 else { throw OKXError.invalidArgument("safety order \(index) triggers at \(trigger), not a price") }
            let size = try sizing.size(for: .margin(amount, leverage: lever), at: trigger)
            let base = size * sizing.unitsPerContract
            totalSize += size
            totalBase += base
            totalValue += base * trigger
            totalAmount += amount
            let average = totalValue / totalBase
            let target = sizing.price(average * (long ? 1 + tpPct : 1 - tpPct), for: exitSide)
            steps.append(Step(index: index, deviation: deviation, triggerPrice: trigger, amount: amount, size: size, totalSize: totalSize,
                              totalAmount: totalAmount, averageEntry: average, takeProfitPrice: target))
        }
        self.instId = sizing.instId
        self.isContract = sizing.countsContracts
        self.direction = direction
        self.lever = lever
        self.initOrdAmt = initOrdAmt
        self.safetyOrdAmt = safetyOrdAmt
        self.maxSafetyOrds = maxSafetyOrds
        self.pxSteps = pxSteps
        self.pxStepsMult = pxStepsMult
        self.volMult = volMult
        self.tpPct = tpPct
        self.steps = steps
    }

    /// The `POST /api/v5/tradingBot/dca/create` request for this plan; by default the bot starts
    /// at once (`triggerStrategy` `instant`).
    public func request(triggerParams: [API.DCA.PlaceDcaAlgoOrder.Request.TriggerParams] = [.init(triggerAction: .start, triggerStrategy: .instant)],
                        slPct: Decimal? = nil, algoClOrdId: String? = nil, tag: String? = nil) -> API.DCA.PlaceDcaAlgoOrder.Request {
        API.DCA.PlaceDcaAlgoOrder.Request(instId: instId, algoOrdType: isContract ? .contractDca : .spotDca, initOrdAmt: initOrdAmt,
                                          safetyOrdAmt: maxSafetyOrds > 0 ? safetyOrdAmt : nil, maxSafetyOrds: maxSafetyOrds,
                                          pxSteps: maxSafetyOrds > 0 ? pxSteps : nil, pxStepsMult: maxSafetyOrds > 0 ? pxStepsMult : nil,
                                          volMult: maxSafetyOrds > 0 ? volMult : nil, tpPct: tpPct, slPct: slPct,
                                          direction: isContract ? API.DCA.Direction(rawValue: direction.rawValue) : nil, lever: lever,
                                          triggerParams: triggerParams, tag: tag, algoClOrdId: algoClOrdId)
    }
}
