import DequeModule
import Synchronization

/// The queue between a connection and one consumer.
///
/// Backpressure policy: market data is held in a bounded queue; when a slow consumer lets it
/// fill up, the oldest events are dropped and the consumer's next read is a
/// ``StreamEvent/dropped(count:)`` saying how many, before the newest events. Private data
/// (orders, positions, account) is never dropped: its queue is unbounded, since losing an order
/// event is worse than using memory.
final class EventBuffer: Sendable {
    private struct State {
        var queue = Deque<StreamEvent>()
        var dropped = 0
        var waiter: CheckedContinuation<StreamEvent?, any Error>?
        var finished = false
        var failure: (any Error)?
    }

    private let state = Mutex(State())
    private let limit: Int?

    init(limit: Int?) {
        self.limit = limit
    }

    /// Adds an event (or hands it straight to a waiting consumer).
    func push(_ event: StreamEvent) {
        let waiter: CheckedContinuation<StreamEvent?, any Error>? = state.withLock { s in
            guard !s.finished else { return nil }
            if let waiter = s.waiter {
                s.waiter = nil
                return waiter
            }
            s.queue.append(event)
            if let limit, s.queue.count > limit {
                s.queue.removeFirst()
                s.dropped += 1
            }
            return nil
        }
        waiter?.resume(returning: event)
    }

    /// Ends the sequence, with an error or normally.
    func finish(throwing error: (any Error)? = nil) {
        let waiter: CheckedContinuation<StreamEvent?, any Error>? = state.withLock { s in
            guard !s.finished else { return nil }
            s.finished = true
            s.failure = error
            defer { s.waiter = nil }
            return s.waiter
        }
        if let error { waiter?.resume(throwing: error) } else { waiter?.resume(returning: nil) }
    }

    func next() async throws -> StreamEvent? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<StreamEvent?, any Error>) in
                enum Step { case event(StreamEvent?), failure(any Error), wait }
                let step: Step = state.withLock { s in
                    if s.dropped > 0 {
                        defer { s.dropped = 0 }
                        return .event(.dropped(count: s.dropped))
                    }
                    if let first = s.queue.popFirst() { return .event(first) }
                    if s.finished {
                        if let failure = s.failure {
                            s.failure = nil
                            return .failure(failure)
                        }
                        return .event(nil)
                    }
                    s.waiter = continuation
                    return .wait
                }
                switch step {
                case .event(let event): continuation.resume(returning: event)
                case .failure(let error): continuation.resume(throwing: error)
                case .wait: break
                }
            }
        } onCancel: {
            finish()
        }
    }
}

/// The consumer's side of a subscription: an `AsyncSequence` of ``StreamEvent``s. When the last
/// copy of it (and of its iterators) goes away, or the consuming task is cancelled, the
/// subscription ends and OKX is told to unsubscribe.
public struct StreamEvents: AsyncSequence, Sendable {
    /// Each element is one event, in the order the connection received it.
    public typealias Element = StreamEvent

    final class Handle: Sendable {
        let buffer: EventBuffer
        let onTermination: @Sendable () -> Void
        init(buffer: EventBuffer, onTermination: @escaping @Sendable () -> Void) {
            self.buffer = buffer
            self.onTermination = onTermination
        }
        deinit {
            buffer.finish()
            onTermination()
        }
    }

    let handle: Handle

    /// Reads events from the subscription's buffer.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let handle: Handle
        /// Waits for the next event; nil when the subscription has ended. Throws the error that ended the stream (e.g. an `OKXError` when the connection gave up).
        public mutating func next() async throws -> StreamEvent? {
            let event = try await handle.buffer.next()
            if event == nil { handle.onTermination() }
            return event
        }
    }

    /// An iterator over the subscription; all iterators share the one buffer, so each event goes to only one of them.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(handle: handle) }
}
