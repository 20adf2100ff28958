internal import CCurlShim
import Foundation
import Synchronization

// Design
// ======
// One curl multi handle, one thread. The thread loops: take what other threads posted
// (transfers to start, cancellations, Swift jobs), run it, `curl_multi_perform`, read the
// finished transfers and resume their continuations, then sleep in `curl_multi_poll` until a
// socket is ready, curl's own timer fires, or another thread calls `curl_multi_wakeup`.
// Easy handles never leave this thread, so they need no locks.
//
// Why this thread is also a `TaskExecutor`: on a 2-core machine every hand-off between threads
// costs tens of microseconds, and a plain caller pays two per request (caller → curl thread to
// start, curl thread → Swift's pool to resume). A caller that prefers this executor starts its
// transfer here without a lock or a wakeup, and its continuation resumes here too (the job lands
// in our own inbox, which we drain before sleeping): no hop at all. The client does not force
// that on everyone: doing all callers' decoding on this one thread was measured slower under
// concurrency (see OKXClient.send).
//
// Why not socket callbacks (CURLMOPT_SOCKETFUNCTION) as FoundationNetworking does: with one
// thread that owns everything, `curl_multi_poll` does the same job without a per-socket
// dispatch source, and without the teardown races those bring.

/// Shared between a request's task and the loop thread, so that a cancellation arriving
/// before, during or after the start is handled exactly once.
final class TransferToken: Sendable {
    enum Phase { case created, running, cancelled, finished }
    private let phase = Mutex(Phase.created)

    /// Marks the token cancelled; true when the loop must abort a running transfer.
    func cancel() -> Bool {
        phase.withLock { phase in
            switch phase {
            case .created: phase = .cancelled; return false
            case .running: phase = .cancelled; return true
            case .cancelled, .finished: return false
            }
        }
    }

    /// Called on the loop thread before adding the transfer; false when already cancelled.
    func begin() -> Bool {
        phase.withLock { phase in
            guard phase == .created else { return false }
            phase = .running
            return true
        }
    }

    func finish() { phase.withLock { $0 = .finished } }
}

/// What a caller hands the loop to start.
struct TransferJob: Sendable {
    var request: HTTPRequest
    var isLoopback: Bool
    var token: TransferToken
}

final class CurlEventLoop: TaskExecutor, @unchecked Sendable {
    // @unchecked: `inbox` is behind a Mutex; `multi`, `active` and `idleHandles` are touched
    // only on the loop thread (checked by `assertOnLoop` in debug builds).

    private enum Command {
        case start(TransferJob, CheckedContinuation<HTTPResponse, any Error>)
        case cancel(TransferToken)
    }

    private struct Inbox {
        var commands: [Command] = []
        var jobs: [UnownedJob] = []
        var sleeping = false
        var stopping = false
        var stopped = false
        var shutdownWaiters: [CheckedContinuation<Void, Never>] = []
        var isEmpty: Bool { commands.isEmpty && jobs.isEmpty }
    }

    private let inbox = Mutex(Inbox())
    private let loopThread = Atomic<UInt>(0)
    private let multi: OpaquePointer
    private let configuration: CurlTransport.Configuration
    private var active: [ObjectIdentifier: CurlTransfer] = [:]
    private var idleHandles: [OpaquePointer] = []

    init(configuration: CurlTransport.Configuration) throws {
        guard let multi = okx_multi_init() else {
            throw TransportError(kind: .other, message: "curl_multi_init failed", requestMayHaveReachedServer: false)
        }
        self.multi = multi
        self.configuration = configuration
        if configuration.maxConnectionsPerHost > 0 {
            _ = okx_multi_set_max_host_connections(multi, configuration.maxConnectionsPerHost)
        }
        let thread = Thread { [self] in run() }
        thread.name = "okx-curl"
        thread.start()
    }

    // MARK: Called from any thread

    var isOnLoopThread: Bool { loopThread.load(ordering: .relaxed) == currentThreadID() }

    /// Stops a debug build when loop-only state (`multi`, `active`, `idleHandles`, the easy
    /// handles) is touched from another thread; compiled out of release builds.
    @inline(__always)
    private func assertOnLoop(_ function: StaticString = #function) {
        #if DEBUG
        precondition(isOnLoopThread, "CurlEventLoop.\(function) must run on the okx-curl thread")
        #endif
    }

    func start(_ job: TransferJob, continuation: CheckedContinuation<HTTPResponse, any Error>) {
        if isOnLoopThread {
            begin(job, continuation)
        } else {
            post(.start(job, continuation))
        }
    }

    func cancel(_ token: TransferToken) {
        post(.cancel(token))
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        switch deliver({ $0.jobs.append(unowned) }) {
        case .delivered: break
        case .wake: _ = okx_multi_wakeup(multi)
        case .stopped:
            // The loop is gone; never strand a task that still prefers it. Enqueued, not run
            // here: the caller may hold locks, or be inside another job.
            globalConcurrentExecutor.enqueue(ExecutorJob(unowned))
        }
    }

    func requestShutdown() {
        inbox.withLock { $0.stopping = true }
        _ = okx_multi_wakeup(multi)
    }

    func shutdown() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let done: Bool = inbox.withLock { inbox in
                if inbox.stopped { return true }
                inbox.stopping = true
                inbox.shutdownWaiters.append(waiter)
                return false
            }
            if done { waiter.resume() } else { _ = okx_multi_wakeup(multi) }
        }
    }

    private func post(_ command: Command) {
        switch deliver({ $0.commands.append(command) }) {
        case .delivered: break
        case .wake: _ = okx_multi_wakeup(multi)
        case .stopped:
            if case .start(_, let continuation) = command {
                continuation.resume(throwing: TransportError(kind: .shutdown, message: "the transport was shut down", requestMayHaveReachedServer: false))
            }
        }
    }

    private enum Delivery { case delivered, wake, stopped }

    /// Adds to the inbox and says whether the loop must be woken, in one lock. Only a sleeping
    /// loop needs the (syscall-priced) wakeup: a running one drains the inbox before it sleeps
    /// again, and marks itself sleeping under this same lock, so no wakeup can be lost.
    private func deliver(_ add: (inout Inbox) -> Void) -> Delivery {
        inbox.withLock { inbox in
            guard !inbox.stopped else { return .stopped }
            add(&inbox)
            guard inbox.sleeping else { return .delivered }
            inbox.sleeping = false
            return .wake
        }
    }

    // MARK: The loop thread

    private func run() {
        loopThread.store(currentThreadID(), ordering: .relaxed)
        var running: Int32 = 0
        while true {
            let batch = inbox.withLock { inbox -> Inbox in
                let taken = Inbox(commands: inbox.commands, jobs: inbox.jobs, stopping: inbox.stopping)
                inbox.commands.removeAll(keepingCapacity: true)
                inbox.jobs.removeAll(keepingCapacity: true)
                return taken
            }
            for command in batch.commands {
                switch command {
                case .start(let job, let continuation): begin(job, continuation)
                case .cancel(let token): abort(token)
                }
            }
            for job in batch.jobs {
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
            if batch.stopping {
                failAll(TransportError(kind: .shutdown, message: "the transport was shut down", requestMayHaveReachedServer: true))
            }

            _ = okx_multi_perform(multi, &running)
            collectFinished()

            enum Next { case again, sleep, exit }
            let next: Next = inbox.withLock { inbox in
                guard inbox.isEmpty else { return .again }
                if inbox.stopping && active.isEmpty {
                    inbox.stopped = true
                    return .exit
                }
                inbox.sleeping = true
                return .sleep
            }
            if next == .exit { break }
            if next == .sleep {
                // Returns on socket activity, on curl's own timers, or on a wakeup.
                _ = okx_multi_poll(multi, 1000)
                inbox.withLock { $0.sleeping = false }
            }
        }
        for handle in idleHandles { okx_easy_cleanup(handle) }
        idleHandles.removeAll()
        _ = okx_multi_cleanup(multi)
        let (waiters, leftovers) = inbox.withLock { inbox in
            defer { inbox.shutdownWaiters.removeAll(); inbox.jobs.removeAll() }
            return (inbox.shutdownWaiters, inbox.jobs)
        }
        for job in leftovers { globalConcurrentExecutor.enqueue(ExecutorJob(job)) }
        for waiter in waiters { waiter.resume() }
    }

    private func begin(_ job: TransferJob, _ continuation: CheckedContinuation<HTTPResponse, any Error>) {
        assertOnLoop()
        guard job.token.begin() else {
            continuation.resume(throwing: TransportError.cancelled)
            return
        }
        let reused = idleHandles.popLast()
        guard let handle = reused ?? okx_easy_init() else {
            job.token.finish()
            continuation.resume(throwing: TransportError(kind: .other, message: "curl_easy_init failed", requestMayHaveReachedServer: false))
            return
        }
        let transfer = CurlTransfer(handle: handle, job: job, continuation: continuation, maxBytes: configuration.maxResponseBytes)
        do {
            try transfer.configure(configuration, fresh: reused == nil)
            let rc = okx_multi_add(multi, handle)
            guard rc == 0 else {
                throw TransportError(kind: .other, message: "curl_multi_add_handle failed (\(rc))", requestMayHaveReachedServer: false)
            }
            active[ObjectIdentifier(job.token)] = transfer
        } catch {
            finish(transfer, with: .failure(error), removeFromMulti: false)
        }
    }

    private func abort(_ token: TransferToken) {
        assertOnLoop()
        guard let transfer = active[ObjectIdentifier(token)] else { return }
        let sent = okx_easy_request_size(transfer.handle) > 0
        finish(transfer, with: .failure(TransportError(kind: .cancelled, message: "the task was cancelled", requestMayHaveReachedServer: sent)), removeFromMulti: true)
    }

    private func failAll(_ error: TransportError) {
        assertOnLoop()
        for transfer in Array(active.values) {
            finish(transfer, with: .failure(error), removeFromMulti: true)
        }
    }

    private func collectFinished() {
        assertOnLoop()
        var easy: OpaquePointer?
        var result: Int32 = 0
        while okx_multi_next_done(multi, &easy, &result) == 1 {
            guard let easy, let pointer = okx_easy_get_private(easy) else { continue }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(pointer).takeUnretainedValue()
            finish(transfer, with: transfer.outcome(curlCode: result), removeFromMulti: true)
        }
    }

    private func finish(_ transfer: CurlTransfer, with result: Result<HTTPResponse, any Error>, removeFromMulti: Bool) {
        assertOnLoop()
        if removeFromMulti { _ = okx_multi_remove(multi, transfer.handle) }
        active[ObjectIdentifier(transfer.token)] = nil
        transfer.token.finish()
        let continuation = transfer.release()
        // Handles go back to a small pool with their options kept (see CurlTransfer.configure);
        // the pointers into this transfer are cleared so no callback can reach it after it ends.
        _ = okx_easy_set_userdata(transfer.handle, nil)
        _ = okx_easy_set_error_buffer(transfer.handle, nil)
        _ = okx_easy_set_headers(transfer.handle, nil)
        _ = okx_easy_set_post_body(transfer.handle, nil, 0)
        if idleHandles.count < 64 { idleHandles.append(transfer.handle) } else { okx_easy_cleanup(transfer.handle) }
        continuation?.resume(with: result)
    }
}

func currentThreadID() -> UInt {
    #if canImport(Glibc)
    return UInt(pthread_self())
    #else
    return UInt(bitPattern: pthread_self())
    #endif
}
