import Foundation
import Synchronization

/// Keeps a program under OKX's per-endpoint rate limits instead of collecting 50011s.
///
/// OKX counts requests per endpoint in a rolling window (mostly 2 s), keyed by IP, by user
/// (API key), or by user and instrument for order entry; every endpoint's rule is in
/// ``EndpointSpec/catalog``. The limiter keeps the same books, with one twist that makes it
/// safe on a busy machine: a booking is first stamped when the request is let go and then
/// re-stamped when its answer arrives. OKX saw the request somewhere between the two, so
/// counting from the later instant can never let the next request arrive early, however long
/// the request waited for a CPU or a socket. Waiters sleep until the oldest booking in their way
/// leaves the window, and re-check.
///
/// One limiter is shared by every task of a client (the configuration carries it), and can be
/// shared with other clients of the same key and with WebSocket order entry, which OKX counts
/// against the same budget. The signature timestamp is taken after the wait, never before.
public final class RateLimiter: Sendable {
    /// How much safety the limiter keeps.
    public struct Configuration: Sendable, Hashable {
        /// Added to every window, for the coarseness of OKX's own clock: 50 ms on a 2 s window.
        public var margin: Duration = .milliseconds(50)
        /// The default: a 50 ms margin.
        public init() {}
    }

    /// One bucket: an endpoint, counted for a user or an IP, possibly per instrument.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        /// Name of the endpoint the bucket counts, e.g. `POST /api/v5/trade/order` (method and path).
        public var endpoint: String
        /// Whom the bucket counts for: `ip`, or `user:` followed by the API key, as the endpoint's rule says.
        public var scope: String
        /// Instrument ID for limits counted per instrument; nil otherwise.
        public var instrument: String?
        /// A bucket for `endpoint` and `scope`, optionally per instrument.
        public init(endpoint: String, scope: String, instrument: String? = nil) {
            self.endpoint = endpoint
            self.scope = scope
            self.instrument = instrument
        }
        /// The bucket in one line, for logs: endpoint, then scope and instrument in brackets.
        public var description: String { "\(endpoint) [\(scope)\(instrument.map { ", \($0)" } ?? "")]" }
    }

    /// A granted booking; hand it back with ``complete(_:)`` when the answer (or failure) is in.
    public struct Ticket: Sendable {
        let key: Key
        let id: UInt64
    }

    private struct Booking {
        var id: UInt64
        var time: ContinuousClock.Instant
        var cost: Int
        /// Not answered yet: OKX may still see it at any moment, so it stays in the window
        /// however old its first stamp is.
        var inFlight = true

        func leaves(window: Duration, now: ContinuousClock.Instant) -> ContinuousClock.Instant {
            inFlight ? now + window : time + window
        }
    }

    private struct State {
        var buckets: [Key: [Booking]] = [:]
        var nextID: UInt64 = 0
    }

    /// The safety settings the limiter was created with.
    public let configuration: Configuration
    private let state = Mutex(State())

    /// A limiter with empty books. Share one instance between every client using the same API key, since OKX counts per key.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Waits until `cost` more requests fit `limit` in `key`'s bucket and books them.
    public func acquire(_ key: Key, limit: EndpointSpec.RateLimit, cost: Int = 1) async throws -> Ticket {
        let capacity = limit.requests
        let window = Duration.seconds(limit.perSeconds) + configuration.margin
        let cost = max(1, min(cost, capacity))
        while true {
            let now = ContinuousClock.now
            enum Decision { case granted(Ticket), wait(until: ContinuousClock.Instant) }
            let decision: Decision = state.withLock { state in
                var bookings = (state.buckets[key] ?? []).filter { $0.inFlight || $0.time > now - window }
                let used = bookings.reduce(0) { $0 + $1.cost }
                if used + cost <= capacity {
                    state.nextID += 1
                    bookings.append(Booking(id: state.nextID, time: now, cost: cost))
                    state.buckets[key] = bookings
                    return .granted(Ticket(key: key, id: state.nextID))
                }
                state.buckets[key] = bookings
                // Wake when enough of the oldest bookings have left the window.
                var freed = 0
                for booking in bookings.sorted(by: { $0.leaves(window: window, now: now) < $1.leaves(window: window, now: now) }) {
                    freed += booking.cost
                    if used - freed + cost <= capacity { return .wait(until: booking.leaves(window: window, now: now)) }
                }
                return .wait(until: now + window)
            }
            switch decision {
            case .granted(let ticket): return ticket
            case .wait(let wake): try await Task.sleep(until: wake, clock: .continuous)
            }
        }
    }

    /// Re-stamps a booking with the moment its answer arrived (or the request failed). Until
    /// then the booking counts as in flight: a request slower than the window (a starved CPU,
    /// a slow network) must not leave it and let the next one arrive together with it.
    public func complete(_ ticket: Ticket) {
        let now = ContinuousClock.now
        state.withLock { state in
            guard var bookings = state.buckets[ticket.key], let i = bookings.firstIndex(where: { $0.id == ticket.id }) else { return }
            bookings[i].time = max(bookings[i].time, now)
            bookings[i].inFlight = false
            state.buckets[ticket.key] = bookings
        }
    }

    /// The bucket OKX counts a request to `spec` in: the same key for REST and for WebSocket
    /// order entry, which OKX counts against one budget.
    public static func key(for spec: EndpointSpec, apiKey: String?, instrument: String?) -> Key {
        let scope: String
        switch spec.rateLimit?.key ?? .user {
        case .ip, .ipAndInstrument: scope = "ip"
        case .user, .userAndInstrument: scope = apiKey.map { "user:\($0)" } ?? "ip"
        }
        let perInstrument = spec.rateLimit?.key == .userAndInstrument || spec.rateLimit?.key == .ipAndInstrument
        return Key(endpoint: "\(spec.method) \(spec.path)", scope: scope, instrument: perInstrument ? instrument : nil)
    }

    /// The buckets a request to `endpoint` counts against, with their rule and cost.
    func bookings<Response>(for endpoint: Endpoint<Response>, user: String?) -> [(Key, EndpointSpec.RateLimit, Int)] {
        var spec = endpoint.spec
        // OKX counts a batch holding one order against the single-order endpoint.
        if let batchSingle = Self.singleOrderEquivalent[endpoint.path], endpoint.instruments.count == 1 {
            spec = EndpointSpec.lookup(.post, batchSingle)
        }
        guard let spec, let limit = spec.rateLimit else { return [] }
        let name = "\(spec.method) \(spec.path)"
        let scope: String
        switch limit.key {
        case .ip, .ipAndInstrument: scope = "ip"
        case .user, .userAndInstrument: scope = user.map { "user:\($0)" } ?? "ip"
        }
        switch limit.key {
        case .userAndInstrument, .ipAndInstrument:
            let counts = Dictionary(endpoint.instruments.map { ($0, 1) }, uniquingKeysWith: +)
            if counts.isEmpty { return [(Key(endpoint: name, scope: scope), limit, 1)] }
            return counts.sorted { $0.key < $1.key }.map { (Key(endpoint: name, scope: scope, instrument: $0.key), limit, $0.value) }
        case .ip, .user:
            // Batch endpoints count orders, not calls.
            return [(Key(endpoint: name, scope: scope), limit, max(1, endpoint.instruments.count))]
        }
    }

    private static let singleOrderEquivalent = [
        "/api/v5/trade/batch-orders": "/api/v5/trade/order",
        "/api/v5/trade/cancel-batch-orders": "/api/v5/trade/cancel-order",
        "/api/v5/trade/amend-batch-orders": "/api/v5/trade/amend-order",
    ]
}
