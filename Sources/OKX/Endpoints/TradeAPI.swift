import Foundation

/// Orders. Needs credentials with Trade permission (Read for queries).
///
/// Placement is not idempotent, so it is never blindly resent. Every order gets a client order
/// id (yours or a generated one). When a network failure leaves the outcome unknown (timeout,
/// reset, 50004, a gateway page), the client looks the order up by that id: if OKX has it, the
/// call returns it; if OKX provably does not, the order is placed once more; if the lookup
/// cannot tell, the call throws an ``OKXError`` of category ``OKXError/Category/outcomeUnknown``
/// carrying the id. Batches are recovered order by order the same way.
///
/// Cancel and amend are idempotent by nature: repeating them cannot act twice, so they are
/// retried like reads. A cancel whose order turns out to be cancelled already (a retry after a
/// lost answer) reports success.
public struct TradeAPI: Sendable {
    let client: OKXClient

    /// Places one order and returns OKX's acknowledgement (with `ordId` and `clOrdId`).
    /// Throws the order's own error (e.g. 51008 insufficient balance) when OKX refuses it.
    public func placeOrder(_ order: OrderRequest) async throws -> OrderAck {
        let order = try Self.prepare(order)
        var placedAgain = false
        while true {
            do {
                guard let ack = try await client.send(Endpoints.Trade.placeOrder(order)).first else { throw OKXError.emptyData("trade/order") }
                return ack
            } catch let error as OKXError where error.category == .outcomeUnknown || (placedAgain && error.code == 51016) {
                // 51016 on the second placement: the first one did land after all.
                switch await lookUp(order) {
                case .found(let existing): return OrderAck(found: existing)
                case .absent where !placedAgain:
                    client.logger.info("okx order outcome unknown; not found by clOrdId, placing once more", metadata: ["clOrdId": "\(order.clOrdId ?? "")"])
                    placedAgain = true
                default: throw error
                }
            }
        }
    }

    enum Lookup { case found(Order), absent, unknown }

    /// Finds an order whose placement had an unknown outcome. Waits briefly first, so a request
    /// still travelling has landed before OKX is asked.
    func lookUp(_ order: OrderRequest) async -> Lookup {
        guard let clOrdId = order.clOrdId else { return .unknown }
        try? await Task.sleep(for: .milliseconds(200))
        do {
            return .found(try await self.order(instId: order.instId, clOrdId: clOrdId))
        } catch let error as OKXError where error.code == .orderNotFound {
            return .absent
        } catch {
            return .unknown
        }
    }

    /// Places up to 20 orders in one call. Returns one ``OrderAck`` per order, in order:
    /// check each `isSuccess`/`error`, since some may succeed while others fail.
    public func placeOrders(_ orders: [OrderRequest]) async throws -> [OrderAck] {
        guard (1...20).contains(orders.count) else { throw OKXError.invalidArgument("a batch holds 1…20 orders, got \(orders.count)") }
        let orders = try orders.map(Self.prepare)
        guard Set(orders.compactMap(\.clOrdId)).count == orders.count else { throw OKXError.invalidArgument("clOrdIds in a batch must be distinct") }
        do {
            return try await client.send(Endpoints.Trade.placeOrders(orders))
        } catch let error as OKXError where error.category == .outcomeUnknown {
            // Recover order by order: keep what OKX has, place the rest once more.
            var acks: [OrderAck?] = Array(repeating: nil, count: orders.count)
            var missing: [Int] = []
            for (i, order) in orders.enumerated() {
                switch await lookUp(order) {
                case .found(let existing): acks[i] = OrderAck(found: existing)
                case .absent: missing.append(i)
                case .unknown: throw error
                }
            }
            if !missing.isEmpty {
                let retried = try await client.send(Endpoints.Trade.placeOrders(missing.map { orders[$0] }))
                for (i, ack) in zip(missing, retried) { acks[i] = ack }
            }
            return acks.compactMap { $0 }
        }
    }

    /// Cancels an order by `ordId` or `clOrdId`.
    public func cancelOrder(instId: String, ordId: String? = nil, clOrdId: String? = nil) async throws -> OrderAck {
        try Self.requireID(instId: instId, ordId: ordId, clOrdId: clOrdId)
        do {
            guard let ack = try await client.send(Endpoints.Trade.cancelOrder(CancelOrderRequest(instId: instId, ordId: ordId, clOrdId: clOrdId))).first else { throw OKXError.emptyData("trade/cancel-order") }
            return ack
        } catch let error as OKXError where error.code == 51400 || error.code == 51401 {
            // "Already filled, cancelled or absent": after a retried cancel, that is success
            // when the order is in fact cancelled.
            if let order = try? await self.order(instId: instId, ordId: ordId, clOrdId: clOrdId), order.state == .canceled {
                return OrderAck(found: order)
            }
            throw error
        }
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
