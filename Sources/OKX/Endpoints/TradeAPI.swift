import Foundation

/// Orders. Needs credentials with Trade permission (Read for queries).
///
/// Placement is not idempotent: every order gets a client order id (yours or a generated one),
/// and when a network failure leaves its outcome unknown the call throws an ``OKXError`` of
/// category ``OKXError/Category/outcomeUnknown`` carrying that id, instead of sending it again.
/// Cancel and amend are idempotent by nature (repeating them cannot act twice) and are retried.
public struct TradeAPI: Sendable {
    let client: OKXClient

    /// Places one order and returns OKX's acknowledgement (with `ordId` and `clOrdId`).
    /// Throws the order's own error (e.g. 51008 insufficient balance) when OKX refuses it.
    public func placeOrder(_ order: OrderRequest) async throws -> OrderAck {
        let order = try Self.prepare(order)
        guard let ack = try await client.send(Endpoints.Trade.placeOrder(order)).first else { throw OKXError.emptyData("trade/order") }
        return ack
    }

    /// Places up to 20 orders in one call. Returns one ``OrderAck`` per order, in order:
    /// check each `isSuccess`/`error`, since some may succeed while others fail.
    public func placeOrders(_ orders: [OrderRequest]) async throws -> [OrderAck] {
        guard (1...20).contains(orders.count) else { throw OKXError.invalidArgument("a batch holds 1…20 orders, got \(orders.count)") }
        return try await client.send(Endpoints.Trade.placeOrders(try orders.map(Self.prepare)))
    }

    /// Cancels an order by `ordId` or `clOrdId`.
    public func cancelOrder(instId: String, ordId: String? = nil, clOrdId: String? = nil) async throws -> OrderAck {
        try Self.requireID(instId: instId, ordId: ordId, clOrdId: clOrdId)
        guard let ack = try await client.send(Endpoints.Trade.cancelOrder(CancelOrderRequest(instId: instId, ordId: ordId, clOrdId: clOrdId))).first else { throw OKXError.emptyData("trade/cancel-order") }
        return ack
    }

    /// Changes an order's size and/or price.
    public func amendOrder(_ request: AmendOrderRequest) async throws -> OrderAck {
        try Self.requireID(instId: request.instId, ordId: request.ordId, clOrdId: request.clOrdId)
        guard request.newSz != nil || request.newPx != nil else { throw OKXError.invalidArgument("an amendment needs newSz or newPx") }
        for (name, value) in [("newSz", request.newSz), ("newPx", request.newPx)] {
            if let value { try Self.requirePositive(value, name) }
        }
        guard let ack = try await client.send(Endpoints.Trade.amendOrder(request)).first else { throw OKXError.emptyData("trade/amend-order") }
        return ack
    }

    /// One order by `ordId` or `clOrdId`.
    public func order(instId: String, ordId: String? = nil, clOrdId: String? = nil) async throws -> Order {
        try Self.requireID(instId: instId, ordId: ordId, clOrdId: clOrdId)
        guard let order = try await client.send(Endpoints.Trade.order(instId: instId, ordId: ordId, clOrdId: clOrdId)).first else { throw OKXError.emptyData("trade/order") }
        return order
    }

    /// Orders still open.
    public func pendingOrders(_ type: InstrumentType? = nil, instId: String? = nil) async throws -> [Order] {
        try await client.send(Endpoints.Trade.pendingOrders(type: type, instId: instId))
    }

    /// A fresh client order id: 32 letters and digits, as OKX allows.
    public static func makeClientOrderID() -> String {
        "sk" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(30)
    }

    static func prepare(_ order: OrderRequest) throws -> OrderRequest {
        var order = order
        try OKXError.requireNonEmpty(order.instId, "instId")
        try requirePositive(order.sz, "sz")
        if let px = order.px { try requirePositive(px, "px") }
        if order.ordType != .market && order.ordType != .optimalLimitIOC && order.px == nil {
            throw OKXError.invalidArgument("a \(order.ordType) order needs px")
        }
        if let id = order.clOrdId {
            guard (1...32).contains(id.count), id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw OKXError.invalidArgument("clOrdId must be 1–32 letters and digits, got \"\(id.prefix(40))\"")
            }
        } else {
            order.clOrdId = makeClientOrderID()
        }
        return order
    }

    static func requirePositive(_ value: Decimal, _ name: String) throws {
        guard !value.isNaN, value > 0 else { throw OKXError.invalidArgument("\(name) must be a positive number, got \(value)") }
    }

    static func requireID(instId: String, ordId: String?, clOrdId: String?) throws {
        try OKXError.requireNonEmpty(instId, "instId")
        guard !(ordId ?? "").isEmpty || !(clOrdId ?? "").isEmpty else { throw OKXError.invalidArgument("give ordId or clOrdId") }
    }
}
