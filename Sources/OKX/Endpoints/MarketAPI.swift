public import Foundation

/// Market data. No credentials needed.
public struct MarketAPI: Sendable {
    let client: OKXClient

    /// The ticker of one instrument.
    public func ticker(_ instId: String) async throws -> Ticker {
        try OKXError.requireNonEmpty(instId, "instId")
        guard let ticker = try await client.send(Endpoints.Market.ticker(instId: instId)).first else { throw OKXError.emptyData("ticker \(instId)") }
        return ticker
    }

    /// Tickers of all instruments of a type.
    public func tickers(_ type: InstrumentType, instFamily: String? = nil) async throws -> [Ticker] {
        try await client.send(Endpoints.Market.tickers(type: type, instFamily: instFamily))
    }

    /// The order book, `depth` levels a side (OKX: at most 400).
    public func orderBook(_ instId: String, depth: Int? = nil) async throws -> OrderBook {
        try OKXError.requireNonEmpty(instId, "instId")
        if let depth, !(1...400).contains(depth) { throw OKXError.invalidArgument("depth must be 1…400, got \(depth)") }
        guard let book = try await client.send(Endpoints.Market.books(instId: instId, depth: depth)).first else { throw OKXError.emptyData("books \(instId)") }
        return book
    }

    /// Candles, newest first. Page backwards with `after` = the oldest `ts` received.
    public func candles(_ instId: String, bar: CandleBar? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) async throws -> [Candle] {
        try OKXError.requireNonEmpty(instId, "instId")
        if let limit, !(1...300).contains(limit) { throw OKXError.invalidArgument("limit must be 1…300, got \(limit)") }
        return try await client.send(Endpoints.Market.candles(instId: instId, bar: bar, after: after, before: before, limit: limit))
    }
}
