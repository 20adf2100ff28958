import Foundation
import OKX
import Synchronization

/// What a server may change, and how much: the answer to every write before it is signed.
///
/// Writes need `--allow-trade`; on live trading also `--allow-live-trade`. The session budget
/// (`--max-orders`, `--max-order-value`) counts every order the server placed or tried to place
/// (an order whose outcome is unknown counts: it may exist).
final class MCPSafetyGate: Sendable {
    /// The command line's limits.
    struct Limits: Sendable, Hashable {
        var allowTrade = false
        var allowLiveTrade = false
        /// The most one order may be worth, in USDT (quote currency) notional.
        var maxOrderValue: Decimal?
        /// The most orders the session may place.
        var maxOrders: Int?
    }

    let limits: Limits
    let environment: Environment
    private let placed = Mutex(0)

    init(limits: Limits, environment: Environment) {
        self.limits = limits
        self.environment = environment
    }

    /// Throws unless writes are allowed here. `what` names the action for the message.
    func checkWrite(_ what: String) throws(MCPToolFailure) {
        guard limits.allowTrade else {
            throw .refused("\(what) changes orders, positions or funds, and this server is read-only",
                           fix: "Nothing was sent. The user can restart the server with --allow-trade to allow writes (demo unless the profile or --live says otherwise).")
        }
        if environment == .live && !limits.allowLiveTrade {
            throw .refused("\(what) would act on LIVE trading, which this server refuses without --allow-live-trade",
                           fix: "Nothing was sent. Use demo trading, or the user can restart the server with --allow-live-trade after deciding to trade real money.")
        }
    }

    /// Books one order worth `value` USDT (nil: not known) against the budget, or throws why not.
    /// An unknown value with a value limit set is refused: the limit could not be checked.
    func reserveOrder(value: Decimal?, what: String) throws(MCPToolFailure) {
        try checkValue(value, what: what)
        let count = placed.withLock { count -> Int? in
            if let max = limits.maxOrders, count >= max { return nil }
            count += 1
            return count
        }
        if count == nil, let max = limits.maxOrders {
            throw .refused("\(what): this session has already placed its \(max) order\(max == 1 ? "" : "s") (--max-orders)",
                           fix: "Nothing was sent. Only the user can allow more orders (by restarting the server with a higher --max-orders).")
        }
    }

    /// Throws when an order worth `value` USDT (nil: not known) is above the per-order cap.
    /// Amends are checked here without counting as a new order.
    func checkValue(_ value: Decimal?, what: String) throws(MCPToolFailure) {
        if let limit = limits.maxOrderValue {
            guard let value else {
                throw .refused("\(what): this session limits each order to \(limit) USDT (--max-order-value), and this order's value cannot be computed here",
                               fix: "Nothing was sent. Place single orders with the place_order tool (sized in USDT), which checks the limit.")
            }
            guard value <= limit else {
                throw .refused("\(what) is worth about \(value.rounded(2)) USDT, above this session's limit of \(limit) USDT per order (--max-order-value)",
                               fix: "Nothing was sent. Use a smaller amount; only the user can raise the limit (by restarting the server).")
            }
        }
    }

    /// Orders placed (or attempted) so far.
    var ordersPlaced: Int { placed.withLock { $0 } }
}

extension Decimal {
    /// Rounded to `places` decimals, for messages.
    func rounded(_ places: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}
