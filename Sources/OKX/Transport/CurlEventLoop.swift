internal import CCurlShim
import Foundation
import Synchronization

// Design
// ======
// One curl multi handle driven through curl's socket API, one mutex (the C loop's lock) and one
// thread that sleeps in epoll_wait. Whoever holds the lock may drive the multi handle:
//
// * A caller starts its own transfer (`start`): under the lock it takes an easy-handle slot,
//   sets the options, adds the handle and lets curl run it as far as it goes without blocking,
//   which on a kept-alive connection writes the whole request. Then it suspends. No hand-off to
//   another thread before the request leaves: on a 2-core machine each hand-off cost tens of
//   microseconds (a wakeup syscall and a context switch), the old design paid one per request.
// * The loop thread sleeps in epoll_wait *outside* the lock, on every socket curl watches, on
//   curl's timer and on an eventfd. When a response arrives it takes the lock, hands the socket
//   to curl, reads the finished transfers and resumes their continuations after unlocking.
//
// Continuations are resumed outside the lock, so a task that resumes can start its next request
// at once. The loop thread is also a `TaskExecutor`: a caller that prefers it is resumed on it
// without any hop at all (its job lands in our inbox, drained before every sleep). The client
// does not force that on everyone: doing all callers' decoding on this one thread was measured
// slower under concurrency (see OKXClient.send).
//
// Easy handles, the multi handle, `active` and `idleSlots` are touched only with the loop lock
// held; callbacks from curl (write, header, socket, timer) run inside curl calls made under it.

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

    /// Called with the loop lock held before adding the transfer; false when already cancelled.
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

/// A continuation and what to resume it with, collected under the lock and resumed after it.
struct Completion {
    let continuation: CheckedContinuation<HTTPResponse, any Error>
    let result: Result<HTTPResponse, any Error>
}

final class CurlEventLoop: TaskExecutor, @unchecked Sendable {
    // @unchecked: `inbox` is behind a Mutex; `active`, `idleSlots`, `closed` and every curl
    // handle are touched only with the C loop's lock held (`locked`).

    private struct Inbox {
        var jobs: [UnownedJob] = []
        var sleeping = false
        var stopping = false
        var stopped = false
        var shutdownWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let inbox = Mutex(Inbox())
    private let loopThread = Atomic<UInt>(0)
    private let loop: OpaquePointer
    private let configuration: CurlTransport.Configuration
    private let idleWait: Int32
    /// Passes of the loop thread (tests check an idle loop stays asleep).
    let passes = Atomic<Int>(0)
    private var active: [ObjectIdentifier: CurlTransfer] = [:]
    private var idleSlots: [HandleSlot] = []
    private var closed = false

    init(configuration: CurlTransport.Configuration) throws {
        guard let loop = okx_loop_create() else {
            throw TransportError(kind: .other, message: "could not create the curl event loop (curl_multi_init, epoll or eventfd failed)", requestMayHaveReachedServer: false)
        }
        self.loop = loop
        self.configuration = configuration
        idleWait = Int32(clamping: max(1, configuration.idleWakeInterval.milliseconds))
        if configuration.maxConnectionsPerHost > 0 {
            _ = okx_multi_set_max_host_connections(okx_loop_multi(loop), configuration.maxConnectionsPerHost)
        }
        let thread = Thread { [self] in run() }
        thread.name = "okx-curl"
        thread.start()
    }

    deinit {
        okx_loop_destroy(loop)
    }

    // MARK: Called from any thread

    var isOnLoopThread: Bool { loopThread.load(ordering: .relaxed) == currentThreadID() }

    /// Runs `body` with the loop's lock held, then resumes what it finished, unlocked.
    @inline(__always)
    private func locked(_ body: (inout [Completion]) -> Void) {
        var completions: [Completion] = []
        okx_loop_lock(loop)
        body(&completions)
        okx_loop_unlock(loop)
        for completion in completions { completion.continuation.resume(with: completion.result) }
    }

    /// Starts the transfer on the calling thread (see Design).
    func start(_ job: TransferJob, continuation: CheckedContinuation<HTTPResponse, any Error>) {
        locked { completions in
            guard !closed else {
                completions.append(Completion(continuation: continuation,
                                              result: .failure(TransportError(kind: .shutdown, message: "the transport was shut down", requestMayHaveReachedServer: false))))
                return
            }
            begin(job, continuation, &completions)
            collectFinished(&completions)
            // On the loop thread itself the loop recomputes its sleep before it sleeps again.
            if !isOnLoopThread { okx_loop_notify(loop) }
        }
    }

    /// Transfers added to curl and not yet finished (tests wait on it).
    var transfersInFlight: Int {
        var count = 0
        locked { _ in count = active.count }
        return count
    }

    func cancel(_ token: TransferToken) {
        locked { completions in
            guard let transfer = active[ObjectIdentifier(token)] else { return }
            let sent = okx_easy_request_size(transfer.handle) > 0
            finish(transfer, with: .failure(TransportError(kind: .cancelled, message: "the task was cancelled", requestMayHaveReachedServer: sent)),
                   removeFromMulti: true, &completions)
            // Removing it may have handed its connection to a queued transfer, due at once.
            if !isOnLoopThread { okx_loop_notify(loop) }
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        enum Delivery { case delivered, wake, stopped }
        // Only a sleeping loop needs the (syscall-priced) wakeup: a running one drains the inbox
        // before it sleeps again, and marks itself sleeping under this same lock.
        let delivery: Delivery = inbox.withLock { inbox in
            guard !inbox.stopped else { return .stopped }
            inbox.jobs.append(unowned)
            guard inbox.sleeping else { return .delivered }
            inbox.sleeping = false
            return .wake
        }
        switch delivery {
        case .delivered: break
        case .wake: okx_loop_wakeup(loop)
        case .stopped:
            // The loop is gone; never strand a task that still prefers it. Enqueued, not run
            // here: the caller may hold locks, or be inside another job.
            globalConcurrentExecutor.enqueue(ExecutorJob(unowned))
        }
    }

    func requestShutdown() {
        inbox.withLock { $0.stopping = true }
        okx_loop_wakeup(loop)
    }

    func shutdown() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let done: Bool = inbox.withLock { inbox in
                if inbox.stopped { return true }
                inbox.stopping = true
                inbox.shutdownWaiters.append(waiter)
                return false
            }
            if done { waiter.resume() } else { okx_loop_wakeup(loop) }
        }
    }

    // MARK: The loop thread

    private func run() {
        loopThread.store(currentThreadID(), ordering: .relaxed)
        while true {
            passes.add(1, ordering: .relaxed)
            let (jobs, stopping) = inbox.withLock { inbox -> ([UnownedJob], Bool) in
                guard !inbox.jobs.isEmpty else { return ([], inbox.stopping) }
                defer { inbox.jobs.removeAll(keepingCapacity: true) }
                return (inbox.jobs, inbox.stopping)
            }
            for job in jobs {
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
            var timeout: Int32 = 0
            var idle = false
            locked { completions in
                if stopping {
                    closed = true
                    for transfer in Array(active.values) {
                        finish(transfer, with: .failure(TransportError(kind: .shutdown, message: "the transport was shut down", requestMayHaveReachedServer: true)),
                               removeFromMulti: true, &completions)
                    }
                }
                okx_loop_dispatch(loop)
                collectFinished(&completions)
                timeout = okx_loop_prepare_wait(loop, idleWait)
                idle = active.isEmpty
            }

            enum Next { case again, sleep, exit }
            let next: Next = inbox.withLock { inbox in
                guard inbox.jobs.isEmpty else { return .again }
                if inbox.stopping && idle && closed {
                    inbox.stopped = true
                    return .exit
                }
                inbox.sleeping = true
                return .sleep
            }
            if next == .exit { break }
            if next == .sleep {
                // Returns on socket activity, on curl's own timer, or on a wakeup.
                _ = okx_loop_wait(loop, timeout)
                inbox.withLock { $0.sleeping = false }
            }
        }
        // The multi handle and its connections go now; the C loop itself (its lock and eventfd)
        // stays until deinit, since a late `start` or `enqueue` may still reach it.
        okx_loop_lock(loop)
        idleSlots.removeAll()
        okx_loop_close_multi(loop)
        okx_loop_unlock(loop)
        let (waiters, leftovers) = inbox.withLock { inbox in
            defer { inbox.shutdownWaiters.removeAll(); inbox.jobs.removeAll() }
            return (inbox.shutdownWaiters, inbox.jobs)
        }
        for job in leftovers { globalConcurrentExecutor.enqueue(ExecutorJob(job)) }
        for waiter in waiters { waiter.resume() }
    }

    // MARK: Lock held

    private func begin(_ job: TransferJob, _ continuation: CheckedContinuation<HTTPResponse, any Error>, _ completions: inout [Completion]) {
        guard job.token.begin() else {
            completions.append(Completion(continuation: continuation, result: .failure(TransportError.cancelled)))
            return
        }
        guard let slot = idleSlots.popLast() ?? HandleSlot() else {
            job.token.finish()
            completions.append(Completion(continuation: continuation,
                                          result: .failure(TransportError(kind: .other, message: "curl_easy_init failed", requestMayHaveReachedServer: false))))
            return
        }
        let transfer = CurlTransfer(slot: slot, job: job, continuation: continuation, maxBytes: configuration.maxResponseBytes)
        do {
            try transfer.configure(configuration)
            // In `active` before curl runs it: adding drives the transfer, and the callbacks
            // reach it through an unretained pointer.
            active[ObjectIdentifier(job.token)] = transfer
            let rc = okx_loop_add(loop, slot.handle)
            guard rc == 0 else {
                throw TransportError(kind: .other, message: "curl_multi_add_handle failed (\(rc))", requestMayHaveReachedServer: false)
            }
        } catch {
            finish(transfer, with: .failure(error), removeFromMulti: false, &completions)
        }
    }

    private func collectFinished(_ completions: inout [Completion]) {
        var easy: OpaquePointer?
        var result: Int32 = 0
        while okx_multi_next_done(okx_loop_multi(loop), &easy, &result) == 1 {
            guard let easy, let pointer = okx_easy_get_private(easy) else { continue }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(pointer).takeUnretainedValue()
            finish(transfer, with: transfer.outcome(curlCode: result), removeFromMulti: true, &completions)
        }
    }

    private func finish(_ transfer: CurlTransfer, with result: Result<HTTPResponse, any Error>, removeFromMulti: Bool, _ completions: inout [Completion]) {
        if removeFromMulti { _ = okx_loop_remove(loop, transfer.handle) }
        active[ObjectIdentifier(transfer.token)] = nil
        transfer.token.finish()
        let continuation = transfer.release()
        // Slots go back to a small pool with their options kept (see CurlTransfer.configure);
        // the pointers into this transfer are cleared so no callback can reach it after it ends.
        let slot = transfer.slot
        _ = okx_easy_set_userdata(slot.handle, nil)
        if transfer.hadBody { _ = okx_easy_set_post_body(slot.handle, nil, 0) }
        if idleSlots.count < 64 { idleSlots.append(slot) }
        if let continuation { completions.append(Completion(continuation: continuation, result: result)) }
    }
}

/// An easy handle and what it keeps between requests: its error buffer, its header arena and
/// the options already set, so a reused handle only gets what differs.
final class HandleSlot {
    let handle: OpaquePointer
    let errorBuffer: UnsafeMutablePointer<CChar>
    let headers: OpaquePointer
    /// Scratch for the header lines, reused (capacity kept) request after request.
    var lines: [UInt8] = []
    var configured = false
    /// The proxy choice last set (loopback → none), nil before the first request.
    var loopbackProxy: Bool?
    /// The timeouts last set, in milliseconds.
    var timeouts: (connect: Int, total: Int)?

    init?() {
        guard let handle = okx_easy_init() else { return nil }
        guard let headers = okx_headers_create() else {
            okx_easy_cleanup(handle)
            return nil
        }
        self.handle = handle
        self.headers = headers
        let size = okx_error_buffer_size()
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
    }

    deinit {
        okx_easy_cleanup(handle)
        okx_headers_destroy(headers)
        errorBuffer.deallocate()
    }
}

func currentThreadID() -> UInt {
    #if canImport(Glibc)
    return UInt(pthread_self())
    #else
    return UInt(bitPattern: pthread_self())
    #endif
}
