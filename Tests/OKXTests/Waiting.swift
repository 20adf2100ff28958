import OKXSimulator
import Testing

struct WaitTimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Waits until `condition` holds: state that another task or process changes, such as the
/// simulator's count of subscriptions, which has no event to wait on. The deadline only bounds a
/// failing test and fails it loudly (never "give up and carry on"); the poll interval only sets
/// how soon the change is noticed.
func waitUntil(_ what: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
               _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
            throw WaitTimedOut(what: what)
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}

/// Runs `body` (a wait on an event), failing the test if it has not returned within `timeout`.
/// The deadline only bounds a failing test; `body` must end when cancelled.
func withDeadline<T: Sendable>(_ what: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
                               _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        guard let first else {
            Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
            throw WaitTimedOut(what: what)
        }
        return first
    }
}

extension OKXSimulator {
    /// Waits (event-driven, see ``OKXSimulator/waitForWebSockets(until:)``) for the simulator's
    /// WebSocket connections and subscriptions to reach a state; fails the test after `timeout`.
    func expectWebSockets(_ what: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
                          until condition: @escaping @Sendable (_ connections: Int, _ subscriptions: Int) -> Bool) async throws {
        try await withDeadline(what, timeout: timeout, sourceLocation: sourceLocation) { await self.waitForWebSockets(until: condition) }
    }
}
