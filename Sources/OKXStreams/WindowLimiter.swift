import Synchronization

/// The time a ``WindowLimiter`` reads and sleeps on, as a duration since a fixed origin.
/// Injectable so tests move time by hand instead of waiting for it.
protocol LimiterClock: Sendable {
    /// Time elapsed since the clock's origin.
    func now() -> Duration
    /// Returns once `now()` has reached `deadline`.
    func sleep(until deadline: Duration) async throws
}

/// The monotonic clock: wall-clock changes must not open or close a window.
struct ContinuousLimiterClock: LimiterClock {
    private let origin = ContinuousClock.now

    func now() -> Duration { ContinuousClock.now - origin }

    func sleep(until deadline: Duration) async throws {
        try await Task.sleep(until: origin + deadline, clock: .continuous)
    }
}

/// At most `limit` grants in any sliding `window`. A caller beyond the limit waits until the
/// oldest grant leaves the window; nothing is dropped. OKX closes a WebSocket connection that
/// exceeds its per-connection limits, which would cost every subscription on it, so waiting is
/// always the cheaper choice.
final class WindowLimiter: Sendable {
    let limit: Int
    let window: Duration
    private let clock: any LimiterClock
    /// Grant times still inside the window, oldest first.
    private let grants = Mutex<[Duration]>([])

    init(limit: Int, per window: Duration, clock: any LimiterClock) {
        self.limit = max(1, limit)
        self.window = window
        self.clock = clock
    }

    /// Waits until one more operation fits the window, then counts it.
    func acquire() async throws {
        while true {
            let now = clock.now()
            let wake: Duration? = grants.withLock { grants in
                grants.removeAll { $0 + window <= now }
                guard grants.count >= limit, let oldest = grants.first else {
                    grants.append(now)
                    return nil
                }
                return oldest + window
            }
            guard let wake else { return }
            // Re-checked after waking: another caller may have taken the freed slot.
            try await clock.sleep(until: wake)
        }
    }
}
