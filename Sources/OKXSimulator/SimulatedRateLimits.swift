import Foundation
import Synchronization

/// OKX's rate limits as the simulator enforces them: a rolling window per endpoint, counted per
/// API key (or per IP for public endpoints) and per instrument for order entry; a batch counts
/// each order, and a batch of one counts against the single-order endpoint.
final class SimulatedRateLimits: Sendable {
    private let windows = Mutex<[String: [Int64]]>([:])
    /// Requests refused with 50011, for tests.
    let rejected = Mutex(0)

    /// Books `instruments.count` requests (at least one) or returns false when the window is full.
    func admit(method: String, path: String, account: String?, instruments: [String], now: Int64) -> Bool {
        var path = path
        let singles = ["/api/v5/trade/batch-orders": "/api/v5/trade/order", "/api/v5/trade/cancel-batch-orders": "/api/v5/trade/cancel-order",
                       "/api/v5/trade/amend-batch-orders": "/api/v5/trade/amend-order"]
        if let single = singles[path], instruments.count == 1 { path = single }
        guard let limit = documentedRateLimit(method: method, path: path) else { return true }
        let scope = limit.perUser ? (account ?? "ip") : "ip"
        var costs: [String: Int] = [:]
        if limit.perInstrument {
            for inst in instruments { costs["\(method) \(path) \(scope) \(inst)", default: 0] += 1 }
            if costs.isEmpty { costs["\(method) \(path) \(scope)"] = 1 }
        } else {
            costs["\(method) \(path) \(scope)"] = max(1, instruments.count)
        }
        let windowMs = Int64(limit.seconds) * 1000
        let admitted: Bool = windows.withLock { windows in
            for (key, cost) in costs {
                let live = (windows[key] ?? []).filter { $0 > now - windowMs }
                if live.count + cost > limit.requests { return false }
            }
            for (key, cost) in costs {
                windows[key] = (windows[key] ?? []).filter { $0 > now - windowMs } + Array(repeating: now, count: cost)
            }
            return true
        }
        if !admitted { rejected.withLock { $0 += 1 } }
        return admitted
    }
}
