import Foundation

/// Runs a CPU-bound test body (the fuzz loops, every model against every mutation) on a thread
/// of its own rather than on Swift's cooperative pool. That pool has one thread per core, two
/// here: two such loops held all of it for a minute, and the simulators of the tests running
/// beside them (their handlers are tasks on that pool) answered nothing, so CLI commands timed
/// out after 15 s with 0 bytes received. The body stays in the calling task (a task-executor
/// preference), so its `#expect`s and `Issue.record`s still belong to the test.
func onOwnThread<T, Failure: Error>(isolation: isolated (any Actor)? = #isolation,
                                    _ body: () async throws(Failure) -> T) async throws(Failure) -> T {
    let executor = OwnThreadExecutor()
    defer { executor.finish() }
    return try await withTaskExecutorPreference(executor, isolation: isolation, operation: body)
}

/// A task executor with one thread, which ends once ``finish()`` was called and its queue is
/// empty; a job that arrives after that runs on the global executor.
final class OwnThreadExecutor: TaskExecutor, @unchecked Sendable {
    // `jobs` and `finished` are guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "okx-tests-own-thread"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        if finished {
            condition.unlock()
            globalConcurrentExecutor.enqueue(ExecutorJob(job))
            return
        }
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once its queue is empty.
    func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
