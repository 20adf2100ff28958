import Foundation

/// Order entry with recovery, on top of the generated ``API/Trade`` descriptors. Needs
/// credentials with Trade permission.
///
/// Placement is not idempotent, so it is never blindly resent; the rule is in
/// ``placeOrder(_:)``. Cancel and amend are idempotent by nature: repeating them cannot act
/// twice, so they are retried like reads. A cancel whose order turns out to be cancelled
/// already (a retry after a lost answer) reports success. Queries (order details, open orders,
/// history) are plain reads: send their generated descriptors, e.g.
/// `okx.send(API.Trade.orderList(.init(instId: "BTC-USDT")))`.
public struct TradeAPI: Sendable {

    let client: OKXClient

    /// Places one order and returns OKX's acknowledgement (with `ordId` and `clOrdId`).
    /// Throws the order's own error (e.g. 51008 insufficient balance) when OKX refuses it.
    ///
    /// **How often an order can reach OKX.** Every order carries a client order id (yours or a
    /// generated one) and OKX's `expTime`, ``RetryPolicy/orderDeadline`` ahead on OKX's clock:
    /// OKX drops a copy that reaches it later. Neither libcurl nor the client resends a request
    /// that may have reached OKX. When the outcome is unknown (timeout, connection lost after
    /// sending, 50004, 51149, an error page, a garbled body, an acknowledgement without an
    /// order id), the order is looked up by its client order id until OKX's own clock (asked
    /// with `GET /api/v5/public/time`) is past `expTime` plus ``RetryPolicy/orderSettle``:
    /// - found: the call returns it as the acknowledgement;
    /// - still absent then: OKX can no longer accept that request, so the order is placed once
    ///   more with a new `expTime` (at most ``RetryPolicy/maxAttempts`` placements in all);
    /// - the look-ups fail: the call throws ``OKXError/Category/outcomeUnknown`` with the id.
    public func placeOrder(_ order: API.Trade.PlaceOrder.Request) async throws -> OrderAck {
        let order = Self.prepare(order)
        let policy = client.configuration.retry
        var placements = 0
        var resynced = false
        while true {
            placements += 1
            let failure: OKXError
            let sent = ExpTimeRecord()
            do {
                var endpoint: Endpoint<[OrderAck]> = API.Trade.placeOrder(order).retyped()
                endpoint.validity = policy.orderDeadline
                endpoint.expTimeRecord = sent
                let ack = try await client.send(endpoint).first
                if let ack, ack.isConfirmed { return ack }
                failure = Self.unconfirmed(order, ack: ack)
            } catch let error as OKXError where error.code == 50036 && !resynced {
                // Dropped for arriving after its expTime: a refusal, and a sign that the clock
                // estimate is stale. One re-sync and a fresh deadline.
                resynced = true
                placements -= 1
                _ = try await client.clock.resync()
                continue
            } catch let error as OKXError where error.category == .outcomeUnknown || (placements > 1 && error.code == 51016) {
                // 51016 on a later placement: an earlier copy is live at OKX after all.
                failure = error
            }
            switch await settle(order, expTime: try await deadline(of: sent)) {
            case .found(let existing):
                return OrderAck(found: existing)
            case .absent where placements < policy.maxAttempts:
                client.logger.info("okx order outcome was unknown; OKX provably does not have it, placing it once more",
                                   metadata: ["clOrdId": "\(order.clOrdId ?? "")", "placement": "\(placements + 1)"])
            case .absent:
                throw Self.notPlaced(order, placements: placements, after: failure)
            case .unknown:
                throw failure.category == .outcomeUnknown ? failure
                    : OKXError.outcomeUnknown(clientOrderID: order.clOrdId, cause: failure.message, transportError: failure.transportError, context: nil, instrumentID: order.instId)
            }
        }
    }

    /// Places up to 20 orders in one call. Returns one ``OrderAck`` per order, in order:
    /// check each `isSuccess`/`error`, since some may succeed while others fail. Orders whose
    /// outcome is unknown are settled one by one under the rule of ``placeOrder(_:)``; those
    /// OKX provably does not have are placed again together.
    public func placeOrders(_ orders: [API.Trade.PlaceOrder.Request]) async throws -> [OrderAck] {
        let orders = orders.map(Self.prepare)
        // Checked once up front: a later placement sends a subset, which passes if the whole did.
        if let invalid = Endpoint<[OrderAck]>.apiPost(API.Trade.PlaceMultipleOrders.path, orders).invalid { throw invalid }
        let policy = client.configuration.retry
        var acks: [OrderAck?] = Array(repeating: nil, count: orders.count)
        var pending = Array(orders.indices)
        var placements = 0
        while true {
            placements += 1
            var unsettled: [Int] = []
            var failure: OKXError?
            let sent = ExpTimeRecord()
            do {
                var endpoint = Endpoint<[OrderAck]>.apiPost(API.Trade.PlaceMultipleOrders.path, pending.map { orders[$0] })
                endpoint.validity = policy.orderDeadline
                endpoint.expTimeRecord = sent
                let results = try await client.send(endpoint)
                for i in pending {
                    // Matched by clOrdId: OKX's order of items is not something to rely on.
                    let ack = results.first { $0.clOrdId == orders[i].clOrdId }
                    if let ack, ack.isConfirmed || (ack.isRefusal && !(placements > 1 && ack.sCode == "51016")) {
                        acks[i] = ack
                    } else {
                        unsettled.append(i)
                        failure = failure ?? Self.unconfirmed(orders[i], ack: ack)
                    }
                }
            } catch let error as OKXError where error.category == .outcomeUnknown {
                unsettled = pending
                failure = error
            }
            var absent: [Int] = []
            let expTime = unsettled.isEmpty ? 0 : try await deadline(of: sent)
            for i in unsettled {
                switch await settle(orders[i], expTime: expTime) {
                case .found(let existing): acks[i] = OrderAck(found: existing)
                case .absent: absent.append(i)
                case .unknown:
                    throw OKXError.outcomeUnknown(clientOrderID: orders[i].clOrdId, cause: failure?.message ?? "unknown",
                                                  transportError: failure?.transportError, context: nil, instrumentID: orders[i].instId)
                }
            }
            if absent.isEmpty { return acks.compactMap { $0 } }
            guard placements < policy.maxAttempts else {
                throw Self.notPlaced(orders[absent[0]], placements: placements, after: failure)
            }
            client.logger.info("okx batch: orders with unknown outcomes are provably absent; placing them once more", metadata: ["orders": "\(absent.count)"])
            pending = absent
        }
    }

    /// The `expTime` a failed placement carried. Should the pipeline not have stamped one, an
    /// upper bound taken now (the signing time, had there been one, came before this).
    private func deadline(of sent: ExpTimeRecord) async throws -> Int64 {
        if let expTime = sent.latest { return expTime }
        let now = try await client.clock.now()
        let (sum, overflow) = now.addingReportingOverflow(Int64(client.configuration.retry.orderDeadline.milliseconds))
        guard !overflow else { throw OKXError.invalidArgument("the order deadline is out of range") }
        return sum
    }

    enum Settlement { case found(API.Trade.OrderDetails.Response), absent, unknown }

    /// Decides what became of an order whose placement had an unknown outcome. Absence counts
    /// only once OKX's own clock is past the request's `expTime` plus the settle time: from then
    /// on no copy of that request can be accepted, however long it was held on the way.
    func settle(_ order: API.Trade.PlaceOrder.Request, expTime: Int64) async -> Settlement {
        guard let clOrdId = order.clOrdId else { return .unknown }
        let policy = client.configuration.retry
        let proofAfter = expTime &+ Int64(policy.orderSettle.milliseconds)
        let giveUp = ContinuousClock.now + policy.orderDeadline + policy.orderSettle + policy.deadline
        var asked = false
        var failedLookups = 0
        while true {
            // OKX's clock is asked (one round trip per sample) the first time and whenever the
            // cached estimate says the deadline has passed; the estimate alone proves nothing.
            var serverNow: Int64?
            do {
                let estimate = try await client.clock.now()
                if !asked || estimate > proofAfter {
                    serverNow = try await client.clock.resync().serverTimeMilliseconds
                    asked = true
                }
            } catch {
                let error = OKXError(error)
                guard RetryPolicy.isTransient(error), failedLookups + 1 < policy.maxAttempts, ContinuousClock.now < giveUp else { return .unknown }
                failedLookups += 1
                do { try await Task.sleep(for: policy.orderLookupInterval) } catch { return .unknown }
                continue
            }
            do {
                return .found(try await lookup(instId: order.instId, ordId: nil, clOrdId: clOrdId))
            } catch let error as OKXError where error.code == .orderNotFound {
                if let serverNow, serverNow > proofAfter { return .absent }
            } catch let error as OKXError where RetryPolicy.isTransient(error) && failedLookups + 1 < policy.maxAttempts {
                // A look-up lost on a bad network says nothing either way; try again within the
                // retry budget rather than hand the caller an unknown outcome at once.
                failedLookups += 1
            } catch {
                return .unknown
            }
            guard ContinuousClock.now < giveUp else { return .unknown }
            let estimate = (try? await client.clock.now()) ?? proofAfter
            let remaining = Duration.milliseconds(max(1, proofAfter &- estimate &+ 1))
            do { try await Task.sleep(for: min(policy.orderLookupInterval, remaining)) } catch { return .unknown }
        }
    }

    /// The error for an answer that neither confirms nor refuses the order.
    static func unconfirmed(_ order: API.Trade.PlaceOrder.Request, ack: OrderAck?) -> OKXError {
        let cause = ack == nil ? "OKX answered with no acknowledgement for the order"
            : "OKX's acknowledgement has no order id or status (sCode \"\(ack?.sCode ?? "")\", ordId \"\(ack?.ordId ?? "")\")"
        return .outcomeUnknown(clientOrderID: order.clOrdId, cause: cause, transportError: nil, context: nil, instrumentID: order.instId)
    }

    /// The order is provably not at OKX and no placement is left.
    static func notPlaced(_ order: API.Trade.PlaceOrder.Request, placements: Int, after failure: OKXError?) -> OKXError {
        let message = "order \(order.clOrdId ?? "") was not placed: \(placements) placement(s) were lost on the way "
            + "(\(failure?.message ?? "unknown cause")) and OKX provably does not have it"
        return .transport(TransportError(kind: failure?.transportError?.kind ?? .other, message: message, requestMayHaveReachedServer: false), context: nil)
    }

    /// Cancels an order by `ordId` or `clOrdId`.
    public func cancelOrder(instId: String, ordId: String? = nil, clOrdId: String? = nil) async throws -> OrderAck {
        let endpoint: Endpoint<[OrderAck]> = API.Trade.cancelOrder(.init(instId: instId, ordId: ordId, clOrdId: clOrdId)).retyped()
        do {
            guard let ack = try await client.send(endpoint).first, ack.isConfirmed || ack.isRefusal else { throw OKXError.emptyData("trade/cancel-order") }
            return ack
        } catch let error as OKXError where error.code == 51400 || error.code == 51401 {
            // "Already filled, cancelled or absent": after a retried cancel, that is success
            // when the order is in fact cancelled.
            if let order = try? await lookup(instId: instId, ordId: ordId, clOrdId: clOrdId), order.state == .canceled {
                return OrderAck(found: order)
            }
            throw error
        }
    }

    /// Changes an order's size, price or attached take-profit / stop-loss.
    public func amendOrder(_ request: API.Trade.AmendOrder.Request) async throws -> OrderAck {
        let endpoint: Endpoint<[OrderAck]> = API.Trade.amendOrder(request).retyped()
        guard let ack = try await client.send(endpoint).first, ack.isConfirmed || ack.isRefusal else {
            throw OKXError.emptyData("trade/amend-order")
        }
        return ack
    }

    /// One order by `ordId` or `clOrdId`.
    func lookup(instId: String, ordId: String?, clOrdId: String?) async throws -> API.Trade.OrderDetails.Response {
        try await client.first(API.Trade.orderDetails(.init(instId: instId, ordId: ordId, clOrdId: clOrdId)))
    }

    /// A fresh client order id: 32 letters and digits, as OKX allows.
    public static func makeClientOrderID() -> String {
        "sk" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(30)
    }

    /// Gives the order a client order id when it has none, so an unknown outcome can always be
    /// looked up. The documented rules (sizes, prices, id format) are checked by `RequestRules`
    /// when the descriptor is built.
    static func prepare(_ order: API.Trade.PlaceOrder.Request) -> API.Trade.PlaceOrder.Request {
        var order = order
        if order.clOrdId == nil { order.clOrdId = makeClientOrderID() }
        return order
    }
}
