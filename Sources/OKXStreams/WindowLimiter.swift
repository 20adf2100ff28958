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
///
/// A limiter belongs to one connection: ``close()`` ends every wait still pending when the
/// connection goes (a message for a closed connection is no longer wanted; waits could
/// otherwise outlive it by up to the whole window, an hour for the control budget).
final class WindowLimiter: Sendable {
    let limit: Int
    let window: Duration
    private let clock: any LimiterClock

    private struct State {
        /// Grant times still inside the window, oldest first.
        var grants: [Duration] = []
        var closed = false
        /// Work started by ``schedule(_:)`` that has not finished, by number.
        var pending: [Int: Task<Void, Never>] = [:]
        var nextID = 0
    }
    private let state = Mutex(State())

    init(limit: Int, per window: Duration, clock: any LimiterClock) {
        self.limit = max(1, limit)
        self.window = window
        self.clock = clock
    }

    /// Waits until one more operation fits the window, then counts it. Throws
    /// `CancellationError` once the limiter is closed.
    func acquire() async throws {
        while true {
            let now = clock.now()
            let wake: Duration? = try state.withLock { s in
                if s.closed { throw CancellationError() }
                s.grants.removeAll { $0 + window <= now }
                guard s.grants.count >= limit, let oldest = s.grants.first else {
                    s.grants.append(now)
                    return nil
                }
                return oldest + window
            }
            guard let wake else { return }
            // Re-checked after waking: another caller may have taken the freed slot.
            try await clock.sleep(until: wake)
        }
    }

    /// Runs `work` in a task of its own once the window has room for it; nothing if the
    /// limiter is closed first.
    func schedule(_ work: @escaping @Sendable () async -> Void) {
        state.withLock { s in
            guard !s.closed else { return }
            let id = s.nextID
            s.nextID += 1
            // Created under the lock, so the entry exists before the task can remove it.
            s.pending[id] = Task {
                defer { _ = self.state.withLock { $0.pending.removeValue(forKey: id) } }
                do { try await self.acquire() } catch { return }
                guard !Task.isCancelled else { return }
                await work()
            }
        }
    }

    /// Ends the waits of ``schedule(_:)`` and refuses further grants.
    func close() {
        let waiting = state.withLock { s in
            s.closed = true
            defer { s.pending.removeAll() }
            return Array(s.pending.values)
        }
        for task in waiting { task.cancel() }
    }

    /// Scheduled work not yet finished (tests).
    var pendingCount: Int { state.withLock { $0.pending.count } }
}
