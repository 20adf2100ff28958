public import OKX

/// The route an order operation took.
public enum TradingRoute: String, Sendable, Hashable {
    /// The private WebSocket.
    case webSocket
    /// REST, through a ``TradingFallback``.
    case rest
}

/// What an order operation over the WebSocket may do when the WebSocket cannot carry it.
///
/// The fallback is taken only when the operation never reached OKX: the connection could not be
/// opened or logged in within the request timeout, the write failed, or the instrument's
/// `instIdCode` could not be resolved. Once the operation is on the wire the outcome belongs to
/// OKX: an unanswered placement throws the `outcomeUnknown` error with its clOrdId and is never
/// sent again by another route, since that could place the order twice.
public struct TradingFallback: Sendable {
    let rest: OKXClient?

    /// WebSocket only: an operation that could not be sent throws its cause.
    public static let none = TradingFallback(rest: nil)

    /// Send over REST with `client` (same environment and key as the streams) when the
    /// WebSocket operation could not be sent. The REST path keeps its own clOrdId recovery.
    public static func rest(_ client: OKXClient) -> TradingFallback { TradingFallback(rest: client) }
}

/// OKX's acknowledgement of an order operation and the route that carried it.
public struct RoutedOrderAck: Sendable, Hashable {
    /// The acknowledgement, as either route returns it.
    public var ack: OrderAck
    /// Which route carried the operation.
    public var route: TradingRoute

    /// An acknowledgement that came over `route`.
    public init(ack: OrderAck, route: TradingRoute) {
        self.ack = ack
        self.route = route
    }
}

/// A trade operation that certainly did not reach OKX: no connection, no login, a failed write,
/// or no `instIdCode` to name the instrument with. Safe to send by another route.
struct NotSentRequest: Error {
    let cause: any Error
}
