public import Foundation
public import OKX

/// What a subscription delivers, in order.
public enum StreamEvent: Sendable {
    case ticker(Ticker)
    case trade(Trade)
    case candle(Candle)
    case order(Order)
    case position(Position)
    case account(AccountBalance)
    case markPrice(MarkPrice)
    case fundingRate(FundingRate)
    case balanceAndPosition(BalanceAndPosition)
    /// `orders-algo` and `algo-advance`.
    case algoOrder(AlgoOrder)
    /// `grid-orders-spot` and `grid-orders-contract`.
    case gridBot(GridBot)
    /// The maintained order book after a message (book channels).
    case book(BookSnapshot)
    /// A push item of a channel without a hand-written case above, decoded with the channel's
    /// model generated from OKX's docs (`Channels.<Name>.Push`).
    case documented(DocumentedPush)
    /// A payload of a channel without a typed model, or one that did not fit its model (logged):
    /// the `data` items as JSON.
    case raw(JSONValue)
    /// The connection dropped and was re-established (logged in and resubscribed again);
    /// messages sent while it was down are lost, books restart from a fresh snapshot.
    case reconnected(attempt: Int)
    /// The book could not continue (gap, reset, checksum) and is being rebuilt from a snapshot.
    case resync(reason: String)
    /// A slow consumer made the buffer overflow: this many market-data events were dropped.
    case dropped(count: Int)
    /// The connection moved to a new one after OKX's 64008 service notice, without a gap.
    case switchedConnection
    /// An attempt to open the connection failed (nothing was sent on it). The stream tries again
    /// after ``ConnectionFailure/retryIn``; when that is nil it has given up, and the sequence
    /// ends next with an `OKXError` of category `transport`. A refused certificate or upgrade
    /// is never retried; see ``OKXStreams/Configuration/maxConsecutiveConnectFailures``.
    case connectionFailed(ConnectionFailure)
}

/// One push item of a documented channel, typed by the model generated for it.
public struct DocumentedPush: Sendable {
    /// The channel name the item came on (e.g. `index-candle1H`, `liquidation-warning`).
    public let channel: String
    /// The item: a `Channels.<Name>.Push` value (see `Channels.model(forChannel:)`).
    public let value: any Codable & Sendable

    /// An item as a stream delivers it, e.g. for tests of code that consumes `documented` events.
    public init(channel: String, value: any Codable & Sendable) {
        self.channel = channel
        self.value = value
    }

    /// The item as `type`, e.g. `push.as(Channels.IndexTickers.Push.self)`; nil when it is another channel's.
    public func `as`<T: Codable & Sendable>(_ type: T.Type) -> T? { value as? T }
}

/// One failed attempt to open a WebSocket connection. Holds no secret: the URL cannot carry
/// credentials, and the login is only sent on a connection that was opened.
public struct ConnectionFailure: Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure stopped the attempt; decides whether it is retried.
    public enum Reason: String, Sendable, Hashable, CustomStringConvertible {
        /// The host name did not resolve.
        case dns
        /// Nothing accepted the TCP connection.
        case refused
        /// The connection could not be made in time.
        case timeout
        /// The TLS handshake failed, or the server's certificate was not accepted. Not retried.
        case tls
        /// The server answered the WebSocket upgrade with something other than 101 (wrong URL or
        /// path). Not retried when this connection never opened; after it has, counted as a
        /// refusal (OKX's gateway may answer that way while it restarts).
        case upgradeRefused = "upgrade refused"
        /// The connection broke before the WebSocket was open.
        case connectionLost = "connection lost"
        case other
        /// The reason in plain words, e.g. `upgrade refused`.
        public var description: String { rawValue }
    }

    /// Which WebSocket endpoint the attempt was for.
    public let endpoint: StreamEndpoint
    /// The URL tried (scheme, host, port, path).
    public let url: String
    /// What kind of failure it was.
    public let reason: Reason
    /// What failed, on one line.
    public let message: String
    /// Failed attempts in a row, this one included.
    public let attempt: Int
    /// When the next attempt starts; nil if this was the last one.
    public let retryIn: Duration?

    /// A failure report, e.g. for tests of code that handles `connectionFailed` events.
    public init(endpoint: StreamEndpoint, url: String, reason: Reason, message: String, attempt: Int, retryIn: Duration?) {
        self.endpoint = endpoint
        self.url = url
        self.reason = reason
        self.message = message
        self.attempt = attempt
        self.retryIn = retryIn
    }

    /// Whether the stream has given up.
    public var isFinal: Bool { retryIn == nil }

    /// One line: attempt number, URL, reason, message, and when the next attempt comes or that the stream gave up.
    public var description: String {
        let next = retryIn.map { "retrying in \($0.formattedSeconds)" } ?? "giving up"
        return "connection attempt \(attempt) to \(url) failed (\(reason)): \(message); \(next)"
    }
}

extension Duration {
    /// `0.25 s`, `15 s`: for messages.
    var formattedSeconds: String {
        let ms = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        return ms % 1000 == 0 ? "\(ms / 1000) s" : String(format: "%.2f s", Double(ms) / 1000)
    }
}

/// The book after a message: the top levels, with the exact strings OKX sent.
public struct BookSnapshot: Sendable, Hashable {
    /// Instrument the book is for.
    public let instId: String
    /// OKX's sequence number of the last message applied; nil when the channel sends none.
    public let seqId: Int64?
    /// Bid levels, best (highest price) first.
    public let bids: [BookLevel]
    /// Ask levels, best (lowest price) first.
    public let asks: [BookLevel]
    /// OKX's timestamp of the last message applied; nil when none was sent.
    public let timestamp: Date?
    /// Best bid at or above best ask (legal during a pre-open call auction).
    public let isCrossed: Bool
}
