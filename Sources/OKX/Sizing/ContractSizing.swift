public import Foundation

/// Converts between money and order sizes for one instrument, the way OKX counts them.
///
/// OKX's `sz` is in contracts for swaps, futures and options and in the base currency for spot
/// and margin, so "50 USDT" sent as `sz=50` buys 50 contracts — for BTC-USDT-SWAP 0.5 BTC, about
/// a hundred times the intended amount. This type does the arithmetic from the instrument's
/// own figures (`ctVal`, `ctMult`, `ctType`, `lotSz`, `minSz`, `tickSz`) and rounds in the
/// direction that never spends more than asked: sizes down to the lot, buy prices down and
/// sell prices up to the tick. A size below the instrument's minimum is refused with the
/// minimum stated in the same money.
///
/// One contract is `ctVal × ctMult` units of `ctValCcy`: base currency for linear contracts and
/// options (BTC-USDT-SWAP: 0.01 BTC), the quote currency for inverse ones (BTC-USD-SWAP: 100 USD,
/// settled in BTC). Spot and margin count in the base currency, one unit per "contract".
public struct ContractSizing: Sendable, Hashable {
    /// An amount of money to turn into a size.
    public enum Money: Sendable, Hashable {
        /// An amount of the quote currency (USDT for BTC-USDT-SWAP, USD for BTC-USD-SWAP).
        case quote(Decimal)
        /// An amount of the base currency (BTC for both).
        case base(Decimal)
        /// Margin in the settlement currency at a leverage: the position is worth
        /// `amount × leverage` of that currency (USDT for linear, BTC for inverse contracts).
        case margin(Decimal, leverage: Decimal)
    }

    /// The instrument id, for the order requests built here.
    public let instId: String
    /// Whether `sz` counts contracts (swaps, futures, options) rather than base currency.
    public let countsContracts: Bool
    /// Units of the contract currency in one contract (`ctVal × ctMult`); 1 for spot.
    public let unitsPerContract: Decimal
    /// Whether a contract is a fixed amount of the quote currency (inverse contracts).
    public let isInverse: Bool
    /// Whether margin is posted in the base currency (inverse contracts, coin-margined options).
    public let settlesInBase: Bool
    /// The size step; sizes are multiples of it.
    public let lotSize: Decimal
    /// The smallest size OKX accepts.
    public let minimumSize: Decimal
    /// The price step.
    public let tickSize: Decimal

    /// Sizing from explicit figures (all positive; `unitsPerContract` 1 for spot).
    public init(instId: String, countsContracts: Bool, unitsPerContract: Decimal, isInverse: Bool, settlesInBase: Bool,
                lotSize: Decimal, minimumSize: Decimal, tickSize: Decimal) throws {
        for (name, value) in [("unitsPerContract", unitsPerContract), ("lotSz", lotSize), ("minSz", minimumSize), ("tickSz", tickSize)] {
            guard !value.isNaN, value > 0 else { throw OKXError.invalidArgument("\(instId): \(name) must be positive to size orders, got \(value)") }
        }
        self.instId = instId
        self.countsContracts = countsContracts
        self.unitsPerContract = unitsPerContract
        self.isInverse = isInverse
        self.settlesInBase = settlesInBase
        self.lotSize = lotSize
        self.minimumSize = minimumSize
        self.tickSize = tickSize
    }

    /// Sizing for an instrument as `GET /api/v5/public/instruments` describes it. Throws when
    /// a figure the arithmetic needs is missing (an instrument OKX has not finished listing).
    public init(_ instrument: API.PublicData.GetInstruments.Response) throws {
        let type = instrument.instType?.rawValue ?? ""
        let contracts = ["SWAP", "FUTURES", "OPTION"].contains(type)
        func need(_ value: Decimal?, _ name: String) throws -> Decimal {
            guard let value else { throw OKXError.invalidArgument("\(instrument.instId) has no \(name); it cannot be sized") }
            return value
        }
        let units: Decimal = contracts ? try need(instrument.ctVal, "ctVal") * (instrument.ctMult ?? 1) : 1
        let inverse = instrument.ctType?.rawValue == "inverse"
        // Coin-margined: settled in the currency the contract is priced against the quote in.
        let base = instrument.baseCcy.flatMap { $0.isEmpty ? nil : $0 } ?? instrument.uly?.split(separator: "-").first.map(String.init)
        let settlesInBase = contracts && instrument.settleCcy != nil && instrument.settleCcy == base
        try self.init(instId: instrument.instId, countsContracts: contracts, unitsPerContract: units, isInverse: inverse,
                      settlesInBase: settlesInBase, lotSize: try need(instrument.lotSz, "lotSz"),
                      minimumSize: try need(instrument.minSz, "minSz"), tickSize: try need(instrument.tickSz, "tickSz"))
    }

    /// The value of `size` at `price`, in base and quote currency.
    public func value(ofSize size: Decimal, at price: Decimal) -> (base: Decimal, quote: Decimal) {
        let units = size * unitsPerContract
        if isInverse { return (price > 0 ? units / price : 0, units) }
        return (units, units * price)
    }

    /// The largest valid size worth at most `money` at `price`, rounded down to the lot.
    /// Throws ``OKXError/Category/invalidArgument`` when that is below the minimum size, saying
    /// what the minimum costs in the same money.
    public func size(for money: Money, at price: Decimal) throws -> Decimal {
        guard !price.isNaN, price > 0 else { throw OKXError.invalidArgument("a price above 0 is needed to size \(instId), got \(price)") }
        func contracts(quote amount: Decimal) -> Decimal { amount / (isInverse ? unitsPerContract : price * unitsPerContract) }
        func contracts(base amount: Decimal) -> Decimal { amount * (isInverse ? price : 1) / unitsPerContract }
        let raw: Decimal
        switch money {
        case .quote(let amount): raw = contracts(quote: try positive(amount))
        case .base(let amount): raw = contracts(base: try positive(amount))
        case .margin(let amount, let leverage):
            let notional = try positive(amount) * (try positive(leverage))
            raw = settlesInBase ? contracts(base: notional) : contracts(quote: notional)
        }
        let size = Self.round(raw, step: lotSize, .down)
        guard size >= minimumSize else {
            throw OKXError.invalidArgument("\(describe(money)) buys \(raw.forMessage) of \(instId) at \(price), below the minimum size \(minimumSize)"
                                           + " (\(describeMinimum(for: money, at: price)))",
                                           fix: "Raise the amount to at least the minimum, or choose an instrument with a smaller contract.")
        }
        return size
    }

    /// `price` on the tick grid, rounded so it is never worse for `side`: down for a buy, up for a sell.
    public func price(_ price: Decimal, for side: API.Trade.Side) -> Decimal {
        Self.round(price, step: tickSize, side == .sell ? .up : .down)
    }

    /// A limit order worth at most `money`: size rounded down to the lot, price to the tick.
    public func limitOrder(side: API.Trade.Side, tdMode: API.Trade.TdMode, money: Money, price: Decimal,
                           posSide: API.Trade.PosSide? = nil, clOrdId: String? = nil) throws -> API.Trade.PlaceOrder.Request {
        let px = self.price(price, for: side)
        return API.Trade.PlaceOrder.Request(instId: instId, tdMode: tdMode, clOrdId: clOrdId, side: side, posSide: posSide,
                                            ordType: .limit, sz: try size(for: money, at: px), px: px)
    }

    /// A market order worth about `money` at `referencePrice`. A spot buy of an amount of the
    /// quote currency is sent as just that (`tgtCcy=quote_ccy`), so OKX spends exactly it.
    public func marketOrder(side: API.Trade.Side, tdMode: API.Trade.TdMode, money: Money, referencePrice: Decimal,
                            posSide: API.Trade.PosSide? = nil, clOrdId: String? = nil) throws -> API.Trade.PlaceOrder.Request {
        if !countsContracts, case .quote(let amount) = money {
            let base = try positive(amount) / referencePrice
            guard base >= minimumSize else {
                throw OKXError.invalidArgument("\(describe(money)) buys \(base.forMessage) of \(instId), below the minimum size \(minimumSize)"
                                               + " (\(describeMinimum(for: money, at: referencePrice)))")
            }
            return API.Trade.PlaceOrder.Request(instId: instId, tdMode: tdMode, clOrdId: clOrdId, side: side, ordType: .market, sz: amount,
                                                tgtCcy: .quoteCcy)
        }
        return API.Trade.PlaceOrder.Request(instId: instId, tdMode: tdMode, clOrdId: clOrdId, side: side, posSide: posSide, ordType: .market,
                                            sz: try size(for: money, at: referencePrice))
    }

    // MARK: Helpers

    /// `value` rounded to a multiple of `step`.
    static func round(_ value: Decimal, step: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var quotient = value / step
        var whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, mode)
        return whole * step
    }

    private func positive(_ value: Decimal) throws -> Decimal {
        guard !value.isNaN, value > 0 else { throw OKXError.invalidArgument("amounts for sizing must be above 0, got \(value)") }
        return value
    }

    private func describe(_ money: Money) -> String {
        switch money {
        case .quote(let amount): return "\(amount) (quote currency)"
        case .base(let amount): return "\(amount) (base currency)"
        case .margin(let amount, let leverage): return "\(amount) of margin at \(leverage)x"
        }
    }

    /// The minimum size's cost in the money the caller used.
    private func describeMinimum(for money: Money, at price: Decimal) -> String {
        let worth = value(ofSize: minimumSize, at: price)
        switch money {
        case .quote: return "the minimum costs \(worth.quote.forMessage) in the quote currency"
        case .base: return "the minimum costs \(worth.base.forMessage) in the base currency"
        case .margin(_, let leverage):
            let margin = (settlesInBase ? worth.base : worth.quote) / leverage
            return "the minimum needs \(margin.forMessage) of margin at \(leverage)x"
        }
    }
}

extension Decimal {
    /// Rounded up to 8 decimals for messages (exact figures can have 38 digits after a division).
    fileprivate var forMessage: String {
        ContractSizing.round(self, step: Decimal(sign: .plus, exponent: -8, significand: 1), .up).okxString
    }
}
