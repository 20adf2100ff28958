import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn and polls `waitpid`, instead of Foundation's
/// `Process.terminationHandler`, which on Linux sometimes never fires when many processes run at
/// once (seen here as a test run that finished every test yet never exited).
enum Subprocess {
    struct Result {
        /// The exit status; a crash (a signal) is reported as -signal so it never looks like an exit code.
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A program that did not end within its bound: the test fails with what it had written and,
    /// when gdb is installed, where each of its threads was.
    struct TimedOut: Error, CustomStringConvertible {
        var command: String
        var stderr: String
        var backtraces: String
        var description: String { "\(command) did not exit in time and was killed.\nstderr: \(stderr)\nthreads:\n\(backtraces)" }
    }

    /// Runs `executable` to its end. `timeout` only bounds a failing test (a child that hangs,
    /// as at exit under load): the child is then killed and the test fails loudly instead of
    /// waiting forever. The wait polls `waitpid` with WNOHANG between sleeps, so it never blocks
    /// a thread of Swift's cooperative pool.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration = .seconds(120),
                    backtraceOnTimeout: Bool = true) async throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-sub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("out").path, err = dir.appendingPathComponent("err").path
        let pid = try spawn(executable, arguments, environment: environment, stdout: out, stderr: err)
        guard let status = try await exitStatus(of: pid, until: ContinuousClock.now + timeout) else {
            let backtraces = backtraceOnTimeout ? await Self.backtraces(of: pid) : ""
            kill(pid, SIGKILL)
            await reap(pid)
            defer { try? FileManager.default.removeItem(at: dir) }
            throw TimedOut(command: ([executable] + arguments).joined(separator: " "),
                           stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "", backtraces: backtraces)
        }
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
        defer { try? FileManager.default.removeItem(at: dir) }
        return Result(status: exitCode, stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// Waits for a child that was sent SIGKILL to be gone, polling with WNOHANG (never a blocking
    /// `waitpid` on a thread of the cooperative pool).
    static func reap(_ pid: pid_t) async {
        _ = try? await exitStatus(of: pid, until: nil)
    }

    /// The raw wait status of child `pid` once it has exited; nil when `deadline` passes first.
    /// Polls `waitpid` with WNOHANG, so no thread of the cooperative pool blocks on it.
    static func exitStatus(of pid: pid_t, until deadline: ContinuousClock.Instant?) async throws -> Int32? {
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return status }
            if r < 0 && errno != EINTR { throw POSIXError(.ECHILD) }
            if let deadline, ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Every thread's backtrace of a running process, from gdb (empty without it).
    static func backtraces(of pid: pid_t) async -> String {
        guard let gdb = ["/usr/bin/gdb", "/usr/local/bin/gdb"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return "(gdb is not installed)"
        }
        let r = try? await run(gdb, ["-p", "\(pid)", "-batch", "-nx", "-ex", "set pagination off", "-ex", "thread apply all bt"],
                               environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(60), backtraceOnTimeout: false)
        return r.map { $0.stdout + $0.stderr } ?? "(gdb failed)"
    }

    /// Starts a program in the background; the caller stops it with `kill`.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], stdout: String = "/dev/null",
                      stderr: String = "/dev/null") throws -> pid_t {
        try spawn(executable, arguments, environment: environment) { actions in
            posix_spawn_file_actions_addopen(actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_addopen(actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
    }

    /// Starts a program whose standard streams `files` sets up (opens, dup2s, closes).
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                      files: (UnsafeMutablePointer<posix_spawn_file_actions_t>) -> Void) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        files(&actions)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        // Children inherit the spawning thread's signal mask, and Swift's worker threads block
        // signals such as SIGTERM: start the child with none blocked and default handlers, or it
        // cannot be stopped.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        return pid
    }
}
