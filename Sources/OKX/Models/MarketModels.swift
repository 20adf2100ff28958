public import Foundation

/// A ticker from `GET /api/v5/market/ticker(s)`.
public struct Ticker: Codable, Sendable, Hashable {
    /// Product line of the instrument.
    public let instType: InstrumentType
    /// Instrument the ticker is for, e.g. `BTC-USDT`.
    public let instId: String
    /// Price of the latest trade; nil when there has been none.
    public let last: Decimal?
    /// Size of the latest trade.
    public let lastSz: Decimal?
    /// Best ask price; nil when the ask side is empty.
    public let askPx: Decimal?
    /// Size available at the best ask.
    public let askSz: Decimal?
    /// Best bid price; nil when the bid side is empty.
    public let bidPx: Decimal?
    /// Size available at the best bid.
    public let bidSz: Decimal?
    /// Price 24 hours ago.
    public let open24h: Decimal?
    /// Highest price over the last 24 hours.
    public let high24h: Decimal?
    /// Lowest price over the last 24 hours.
    public let low24h: Decimal?
    /// 24-hour volume: base currency for spot, contracts for derivatives.
    public let vol24h: Decimal?
    /// 24-hour volume in currency: quote currency for spot, base currency for derivatives.
    public let volCcy24h: Decimal?
    /// When OKX produced the ticker.
    public let ts: Date
}

/// One candle: `[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]`.
public struct Candle: Codable, Sendable, Hashable {
    /// Opening time of the bar.
    public let ts: Date
    /// Opening price.
    public let open: Decimal
    /// Highest price in the bar.
    public let high: Decimal
    /// Lowest price in the bar.
    public let low: Decimal
    /// Closing price (latest price while the bar is still forming).
    public let close: Decimal
    /// Volume: base currency for spot, contracts for derivatives.
    public let volume: Decimal
    /// Volume in currency (base currency for derivatives); nil when OKX sends fewer fields.
    public let volumeCurrency: Decimal?
    /// Volume in the quote currency; nil when OKX sends fewer fields.
    public let volumeQuote: Decimal?
    /// False while the bar is still forming.
    public let isConfirmed: Bool

    /// Decodes OKX's array form; throws `DecodingError` when the first six fields are missing or not numbers. A missing `confirm` field counts as confirmed.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        // Read in place, field by field: no intermediate array of strings.
        let ts = try c.decode(TimestampField.self).value
        let o = try c.decode(DecimalField.self).value, h = try c.decode(DecimalField.self).value
        let l = try c.decode(DecimalField.self).value, cl = try c.decode(DecimalField.self).value
        let v = try c.decode(DecimalField.self).value
        guard let ts, let o, let h, let l, let cl, let v else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "candle is not [ts, o, h, l, c, vol, …]"))
        }
        self.ts = ts
        (open, high, low, close, volume) = (o, h, l, cl, v)
        volumeCurrency = c.isAtEnd ? nil : try c.decode(DecimalField.self).value
        volumeQuote = c.isAtEnd ? nil : try c.decode(DecimalField.self).value
        isConfirmed = c.isAtEnd ? true : try c.decode(String.self) == "1"
    }

    /// Encodes back to OKX's array form, numbers as strings and the timestamp in milliseconds.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(OKXJSON.milliseconds(ts))
        for value in [open, high, low, close, volume] { try c.encode(value.okxString) }
        try c.encode(volumeCurrency?.okxString ?? "")
        try c.encode(volumeQuote?.okxString ?? "")
        try c.encode(isConfirmed ? "1" : "0")
    }
}

/// Candle widths accepted by `bar`.
public struct CandleBar: OKXStringValue {
    /// The value exactly as OKX sends it on the wire (e.g. `1H`; case matters).
    public let rawValue: String
    /// Wraps any bar OKX accepts, including widths this SDK does not name (e.g. `3m`, `1Dutc`).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// One-minute bars.
    public static let oneMinute: Self = "1m"
    /// Five-minute bars.
    public static let fiveMinutes: Self = "5m"
    /// Fifteen-minute bars.
    public static let fifteenMinutes: Self = "15m"
    /// One-hour bars.
    public static let oneHour: Self = "1H"
    /// Four-hour bars.
    public static let fourHours: Self = "4H"
    /// One-day bars (aligned to Hong Kong time; use `1Dutc` for UTC).
    public static let oneDay: Self = "1D"
}

/// A public trade (`GET /api/v5/market/trades`, WebSocket `trades`).
public struct Trade: Codable, Sendable, Hashable {
    /// Instrument traded.
    public let instId: String
    /// OKX's trade ID, unique per instrument.
    public let tradeId: String
    /// Trade price.
    public let px: Decimal
    /// Trade size: base currency for spot, contracts for derivatives.
    public let sz: Decimal
    /// Side of the taker.
    public let side: Side
    /// When the trade happened.
    public let ts: Date
}

/// A mark price: `GET /api/v5/public/mark-price` and the `mark-price` channel.
public struct MarkPrice: Codable, Sendable, Hashable {
    /// Product line of the instrument.
    public let instType: InstrumentType
    /// Instrument the mark price is for.
    public let instId: String
    /// Mark price, used for unrealised profit and loss and liquidation.
    public let markPx: Decimal
    /// When OKX computed the mark price.
    public let ts: Date
}

/// A perpetual swap's funding: `GET /api/v5/public/funding-rate` and the `funding-rate` channel.
/// Rates are per funding interval, as fractions (0.0001 = 0.01 %).
public struct FundingRate: Codable, Sendable, Hashable {
    /// Product line; always swap for funding rates.
    public let instType: InstrumentType
    /// Perpetual swap the funding is for, e.g. `BTC-USDT-SWAP`.
    public let instId: String
    /// The current period's rate (settled at ``fundingTime``).
    public let fundingRate: Decimal?
    /// Forecast for the next period; empty for instruments OKX no longer forecasts.
    public let nextFundingRate: Decimal?
    /// When the current period's funding is settled.
    public let fundingTime: Date?
    /// When the next period's funding is settled.
    public let nextFundingTime: Date?
    /// Lowest rate the current period allows.
    public let minFundingRate: Decimal?
    /// Highest rate the current period allows.
    public let maxFundingRate: Decimal?
    /// The rate settled last, and whether settlement is `processing` or `settled`.
    public let settFundingRate: Decimal?
    /// Settlement state of `settFundingRate`: `processing` or `settled`.
    public let settState: String?
    /// `current_period` or `next_period`.
    public let method: String?
    /// Premium index between the swap and the spot index, as a fraction.
    public let premium: Decimal?
    /// Interest rate term of the funding formula, as a fraction.
    public let interestRate: Decimal?
    /// When OKX produced the data.
    public let ts: Date?
}
