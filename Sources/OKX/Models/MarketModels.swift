public import Foundation

/// A ticker from `GET /api/v5/market/ticker(s)`.
public struct Ticker: Codable, Sendable, Hashable {
    public let instType: InstrumentType
    public let instId: String
    public let last: Decimal?
    public let lastSz: Decimal?
    public let askPx: Decimal?
    public let askSz: Decimal?
    public let bidPx: Decimal?
    public let bidSz: Decimal?
    public let open24h: Decimal?
    public let high24h: Decimal?
    public let low24h: Decimal?
    public let vol24h: Decimal?
    public let volCcy24h: Decimal?
    public let ts: Date
}

/// One candle: `[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]`.
public struct Candle: Codable, Sendable, Hashable {
    public let ts: Date
    public let open: Decimal
    public let high: Decimal
    public let low: Decimal
    public let close: Decimal
    public let volume: Decimal
    public let volumeCurrency: Decimal?
    public let volumeQuote: Decimal?
    /// False while the bar is still forming.
    public let isConfirmed: Bool

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
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let oneMinute: Self = "1m"
    public static let fiveMinutes: Self = "5m"
    public static let fifteenMinutes: Self = "15m"
    public static let oneHour: Self = "1H"
    public static let fourHours: Self = "4H"
    public static let oneDay: Self = "1D"
}

/// A public trade (`GET /api/v5/market/trades`, WebSocket `trades`).
public struct Trade: Codable, Sendable, Hashable {
    public let instId: String
    public let tradeId: String
    public let px: Decimal
    public let sz: Decimal
    public let side: Side
    public let ts: Date
}

/// A mark price: `GET /api/v5/public/mark-price` and the `mark-price` channel.
public struct MarkPrice: Codable, Sendable, Hashable {
    public let instType: InstrumentType
    public let instId: String
    public let markPx: Decimal
    public let ts: Date
}

/// A perpetual swap's funding: `GET /api/v5/public/funding-rate` and the `funding-rate` channel.
/// Rates are per funding interval, as fractions (0.0001 = 0.01 %).
public struct FundingRate: Codable, Sendable, Hashable {
    public let instType: InstrumentType
    public let instId: String
    /// The current period's rate (settled at ``fundingTime``).
    public let fundingRate: Decimal?
    /// Forecast for the next period; empty for instruments OKX no longer forecasts.
    public let nextFundingRate: Decimal?
    public let fundingTime: Date?
    public let nextFundingTime: Date?
    public let minFundingRate: Decimal?
    public let maxFundingRate: Decimal?
    /// The rate settled last, and whether settlement is `processing` or `settled`.
    public let settFundingRate: Decimal?
    public let settState: String?
    /// `current_period` or `next_period`.
    public let method: String?
    public let premium: Decimal?
    public let interestRate: Decimal?
    public let ts: Date?
}
