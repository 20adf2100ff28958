import Foundation
public import Logging
import Synchronization

/// OKX's clock, as seen from this machine: the offset between the server and the local clock,
/// measured against `GET /api/v5/public/time` and applied to every signed request.
///
/// **Time zones cannot go wrong here.** The time endpoint's `ts` is Unix epoch milliseconds,
/// which has no time zone. The signature header is the same instant written as ISO-8601 UTC with
/// a `Z` (``OKXTimestamp``). OKX's FAQ calls these "UTC+8" and "UTC0", which tempts clients to
/// shift by eight hours; nothing here ever formats a wall-clock time in any zone.
///
/// The offset is estimated NTP-style: each sample records the local time halfway between
/// sending the request and receiving the answer (using a monotonic clock for the interval),
/// and offset = server `ts` − that midpoint. Of several samples the one with the smallest round
/// trip wins; the true offset lies within ± round trip / 2 (+1 ms for `ts`'s resolution).
///
/// Signing never waits for the network: ``now()`` is the local clock plus the cached offset.
/// The first call measures with a single round trip (concurrent callers share it), so the first
/// signed request waits for one time request only; the remaining samples are then taken in the
/// background and replace the offset if one of them had a shorter round trip. A measurement older than
/// ``Configuration/resyncInterval`` is refreshed in the background, and ``resync()`` forces one
/// (the client does so once when OKX rejects a timestamp).
public final class ServerClock: Sendable {
    /// How the clock measures.
    public struct Configuration: Sendable {
        /// Round trips per measurement; the fastest is kept. The first, implicit measurement takes
        /// one before the first signed request and the rest in the background.
        public var samples: Int = 3
        /// Age after which a measurement is refreshed in the background.
        public var resyncInterval: Duration = .seconds(300)
        /// A local clock off by more than this is logged as a warning (OKX's window is 30 s).
        public var warningThreshold: Duration = .seconds(5)
        /// A larger measured offset is refused as an implausible server answer instead of being
        /// applied to every signature. A year: a machine whose clock is off by more cannot
        /// verify OKX's TLS certificates anyway (they are valid for at most 398 days), so only
        /// a broken or hostile time answer gets here.
        public var maximumOffset: Duration = .seconds(366 * 86_400)
        /// The default settings.
        public init() {}
    }

    /// Server times outside these bounds (epoch ms: 2020-01-01 and 2100-01-01, UTC) are refused:
    /// OKX's API v5 did not exist before, and the arithmetic stays far from `Int64`'s limits.
    public static let plausibleServerTimes: ClosedRange<Int64> = 1_577_836_800_000...4_102_444_800_000

    /// One measurement of the offset.
    public struct Measurement: Sendable, Hashable {
        /// Server minus local clock, in milliseconds: positive when the server is ahead.
        public let offsetMilliseconds: Int64
        /// The round trip of the sample that was kept.
        public let roundTrip: Duration
        /// The true offset is within ± this many milliseconds of ``offsetMilliseconds``.
        public let uncertaintyMilliseconds: Int64
        /// The server's `ts` of the kept sample (epoch ms).
        public let serverTimeMilliseconds: Int64
        /// The local clock at that sample's midpoint (epoch ms).
        public let localTimeMilliseconds: Int64
        /// How many samples were taken.
        public let samples: Int
        let takenAt: ContinuousClock.Instant
    }

    /// Fetches the server's epoch milliseconds once; the client supplies it.
    public typealias Fetch = @Sendable () async throws -> Int64

    private struct State {
        var measurement: Measurement?
        var inFlight: Task<Measurement, any Error>?
        /// The background samples after a quick first measurement, if under way.
        var refining: Task<Void, Never>?
        var generation = 0
    }

    /// The settings the clock was created with.
    public let configuration: Configuration
    private let fetch: Fetch
    private let logger: Logger
    private let state = Mutex(State())

    /// A clock that measures the offset with `fetch`; `measured` is called after every new measurement (e.g. for metrics). Nothing is fetched until the first sync.
    public init(configuration: Configuration = .init(), logger: Logger = Logger(label: "okx.clock", factory: { _ in SwiftLogNoOpLogHandler() }), fetch: @escaping Fetch,
                measured: @escaping @Sendable (Measurement) -> Void = { _ in }) {
        self.configuration = configuration
        self.fetch = fetch
        self.logger = logger
        self.measured = measured
    }

    /// Called with every new measurement (the client feeds its clock gauges from it).
    private let measured: @Sendable (Measurement) -> Void

    /// The local wall clock, epoch milliseconds.
    public static func localMilliseconds() -> Int64 { localMicroseconds() / 1000 }

    static func localMicroseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000 + Int64(ts.tv_nsec) / 1000
    }

    /// The last measurement, if any.
    public var measurement: Measurement? { state.withLock { $0.measurement } }

    /// OKX's current time in epoch milliseconds: local time plus the cached offset. Measures
    /// first if nothing was measured yet; never makes a round trip otherwise.
    public func now() async throws -> Int64 {
        enum Step { case ready(Int64), wait(Task<Measurement, any Error>) }
        let step: Step = state.withLock { state in
            if let m = state.measurement {
                if ContinuousClock.now - m.takenAt > configuration.resyncInterval, state.inFlight == nil {
                    state.inFlight = makeTask(generation: state.generation)  // background refresh
                }
                return .ready(m.offsetMilliseconds)
            }
            let task = state.inFlight ?? makeTask(generation: state.generation, quick: true)
            state.inFlight = task
            return .wait(task)
        }
        switch step {
        case .ready(let offset): return Self.localMilliseconds() + offset
        case .wait(let task): return try await Self.localMilliseconds() + task.value.offsetMilliseconds
        }
    }

    /// Measures now (joining a measurement already under way) and returns the result.
    @discardableResult
    public func sync() async throws -> Measurement {
        // Background samples still under way go first: a caller that syncs, then changes what
        // the time endpoint answers, must not have those samples see the change.
        if let refining = state.withLock({ $0.refining }) { await refining.value }
        let task: Task<Measurement, any Error> = state.withLock { state in
            if let task = state.inFlight { return task }
            let task = makeTask(generation: state.generation)
            state.inFlight = task
            return task
        }
        return try await task.value
    }

    /// Throws away the cached offset and measures again; concurrent callers share one
    /// measurement, so a burst of timestamp rejections costs one re-sync, not many.
    @discardableResult
    public func resync() async throws -> Measurement {
        let task: Task<Measurement, any Error> = state.withLock { state in
            if let task = state.inFlight { return task }
            state.generation += 1
            state.measurement = nil
            let task = makeTask(generation: state.generation)
            state.inFlight = task
            return task
        }
        return try await task.value
    }

    /// `quick`: one sample now, the others in the background (``refine(_:generation:)``).
    private func makeTask(generation: Int, quick: Bool = false) -> Task<Measurement, any Error> {
        Task { [self] in
            do {
                let m = try await measure(samples: quick ? 1 : configuration.samples)
                state.withLock { state in
                    state.inFlight = nil
                    if state.generation == generation || state.measurement == nil { state.measurement = m }
                }
                report(m)
                if quick && configuration.samples > 1 {
                    let refining = refine(m, generation: generation)
                    state.withLock { $0.refining = refining }
                }
                return m
            } catch {
                state.withLock { $0.inFlight = nil }
                throw error
            }
        }
    }

    /// Takes the samples the first measurement left out and keeps the fastest of all. Applied
    /// only while `first` is still the clock's measurement: a re-sync or a newer refresh in the
    /// meantime wins, and a failure just leaves the first sample in place.
    private func refine(_ first: Measurement, generation: Int) -> Task<Void, Never> {
        Task { [self] in
            let more: Measurement
            do {
                more = try await measure(samples: configuration.samples - 1)
            } catch {
                logger.debug("clock refinement failed; keeping the first sample", metadata: ["error": "\(error)"])
                return
            }
            let best = more.roundTrip < first.roundTrip ? more : first
            let combined = Measurement(offsetMilliseconds: best.offsetMilliseconds, roundTrip: best.roundTrip,
                                       uncertaintyMilliseconds: best.uncertaintyMilliseconds, serverTimeMilliseconds: best.serverTimeMilliseconds,
                                       localTimeMilliseconds: best.localTimeMilliseconds, samples: first.samples + more.samples, takenAt: more.takenAt)
            let applied = state.withLock { state in
                guard state.generation == generation, state.measurement == first else { return false }
                state.measurement = combined
                return true
            }
            if applied { report(combined, warn: false) }
        }
    }

    private func measure(samples: Int) async throws -> Measurement {
        let clock = ContinuousClock()
        var best: (rtt: Duration, offset: Int64, server: Int64, local: Int64)?
        for _ in 0..<max(1, samples) {
            let sentWall = Self.localMicroseconds()
            let sent = clock.now
            let server = try await fetch()
            let rtt = clock.now - sent
            try Self.checkPlausible(server: server, local: sentWall / 1000, maximumOffset: configuration.maximumOffset)
            if let kept = best, kept.rtt <= rtt { continue }
            // Midpoint from the monotonic interval, so a wall-clock step mid-sample cannot skew it.
            // Work in microseconds: `ts` is a whole millisecond, so compare against the middle of
            // that millisecond and keep the rounding error at half a millisecond.
            let localMid = sentWall + rtt.microseconds / 2
            let offsetMicros = server * 1000 + 500 - localMid
            best = (rtt, (offsetMicros + (offsetMicros >= 0 ? 500 : -500)) / 1000, server, localMid / 1000)
        }
        guard let best else { throw CancellationError() }
        // ± half the round trip (where in the interval the server read its clock is unknown)
        // plus the half millisecond of `ts`'s resolution, rounded up.
        let uncertainty = (best.rtt.microseconds / 2 + 500 + 999) / 1000
        return Measurement(offsetMilliseconds: best.offset, roundTrip: best.rtt, uncertaintyMilliseconds: uncertainty,
                           serverTimeMilliseconds: best.server, localTimeMilliseconds: best.local,
                           samples: max(1, samples), takenAt: clock.now)
    }

    /// Refuses a server time that is no time at all (0, 1,600 years ahead) or an offset no
    /// working machine has, before any arithmetic on it: `ts` × 1000 overflows `Int64` from
    /// 9.2e15 on, and a wrong offset would silently go into every signature.
    static func checkPlausible(server: Int64, local: Int64, maximumOffset: Duration) throws {
        let fix = "Check that the base URL points at the OKX API and that nothing in between rewrites its answers; "
            + "if the server is right, set this machine's clock (timedatectl set-ntp true)."
        guard plausibleServerTimes.contains(server) else {
            throw OKXError(code: nil, category: .invalidResponse,
                           message: "the server time \(server) ms is not a plausible time (outside 2020…2100)",
                           httpStatus: nil, isRetryable: false, fix: fix, context: nil)
        }
        // The difference is taken only when both values are in range, so it cannot overflow.
        let offset = plausibleServerTimes.contains(local) ? server - local : Int64.max
        let limit = maximumOffset.components.seconds.multipliedReportingOverflow(by: 1000)
        guard limit.overflow || offset.magnitude <= UInt64(max(0, limit.partialValue)) else {
            let what = offset == .max ? "this machine's clock (\(local) ms) is not a plausible time either"
                : "this machine's clock would be \(Fix.describe(offset: offset)) the server's"
            throw OKXError(code: nil, category: .invalidResponse,
                           message: "the server time \(server) ms is more than \(maximumOffset.components.seconds) s (ServerClock.Configuration.maximumOffset) from this machine's clock: \(what)",
                           httpStatus: nil, isRetryable: false, fix: fix, context: nil)
        }
    }

    /// `warn`: false for a refinement, whose first sample already warned about a large offset.
    private func report(_ m: Measurement, warn: Bool = true) {
        measured(m)
        logger.debug("clock synced", metadata: ["offset_ms": "\(m.offsetMilliseconds)", "rtt_ms": "\(m.roundTrip.milliseconds)", "uncertainty_ms": "\(m.uncertaintyMilliseconds)"])
        if warn, m.offsetMilliseconds.magnitude > UInt64(configuration.warningThreshold.milliseconds) {
            logger.warning("local clock is \(Fix.describe(offset: m.offsetMilliseconds)) OKX's server; requests are corrected, but other tools on this machine will get 50102 beyond 30 s. Enable NTP (timedatectl set-ntp true).",
                           metadata: ["offset_ms": "\(m.offsetMilliseconds)"])
        }
    }
}
