import AsyncHTTPClient
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NIOCore
import OKX
import Synchronization

/// The signed `account/balance` call, by swift-okx and by what a Swift user would pick instead.
enum HTTPBench {
    static func run() async throws {
        let base = option("base-url", "http://127.0.0.1:8080")
        let mode = option("mode", "signed")
        let count = Int(option("requests", "2000")) ?? 2000
        let concurrency = Int(option("concurrency", "1")) ?? 1
        let signer = Signer(credentials: credentials)
        let url = base + "/api/v5/account/balance"
        let signedHeaders: @Sendable () -> [HTTPHeader] = {
            let ts = OKXTimestamp.iso8601(epochMilliseconds: ServerClock.localMilliseconds())
            return signer.headers(timestamp: ts, method: .get, requestPath: "/api/v5/account/balance", body: [UInt8]())
        }
        switch mode {
        case "transport":
            let transport = try CurlTransport()
            try await measure("swift-okx transport+sign c\(concurrency)", count: count, concurrency: concurrency) {
                let response = try await transport.send(HTTPRequest(method: .get, url: url, headers: signedHeaders()))
                guard response.status == 200 else { throw BenchError("status \(response.status)") }
            }
            await transport.shutdown()
        case "signed", "signed-pinned":
            var config = OKXClient.Configuration(environment: .live, baseURL: base, credentials: credentials)
            config.rateLimiter = nil  // nginx has no limits; we measure the pipeline
            config.clock.resyncInterval = .seconds(3600)
            let client = try OKXClient(configuration: config)
            if mode == "signed-pinned" {
                // The caller's own loop prefers the curl thread too: no thread hop at all.
                try await withTaskExecutorPreference(client.transport.preferredExecutor) {
                    try await measure("swift-okx full call, caller on the curl executor c\(concurrency)", count: count, concurrency: concurrency) {
                        _ = try await client.first(API.TradingAccount.getBalance())
                    }
                }
            } else {
                try await measure("swift-okx full call c\(concurrency)", count: count, concurrency: concurrency) {
                    _ = try await client.first(API.TradingAccount.getBalance())
                }
            }
            await client.shutdown()
        case "urlsession":
            let session = URLSession(configuration: .ephemeral)
            guard let target = URL(string: url) else { throw BenchError("bad URL \(url)") }
            try await measure("URLSession + JSONDecoder c\(concurrency)", count: count, concurrency: concurrency) {
                var request = URLRequest(url: target)
                for header in signedHeaders() { request.setValue(header.value, forHTTPHeaderField: header.name) }
                let (data, _) = try await session.data(for: request)
                _ = try JSONDecoder().decode(BalanceData.self, from: data)
            }
        case "ahc":
            // As many connections as tasks, like the curl multi handle gets (AHC's default is 8).
            var configuration = HTTPClient.Configuration()
            configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, concurrency))
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            do {
                try await measure("AsyncHTTPClient + JSONDecoder c\(concurrency)", count: count, concurrency: concurrency) {
                    var request = HTTPClientRequest(url: url)
                    for header in signedHeaders() { request.headers.add(name: header.name, value: header.value) }
                    let response = try await client.execute(request, timeout: .seconds(30))
                    let body = try await response.body.collect(upTo: 1 << 20)
                    guard response.status == .ok else { throw BenchError("status \(response.status)") }
                    _ = try JSONDecoder().decode(BalanceData.self, from: Data(body.readableBytesView))
                }
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
        case "first-call":
            try await firstCall(base: base, count: count)
        default:
            throw BenchError("unknown --mode \(mode)")
        }
    }

    /// The first private call on a new client, which has to sync the clock first: its latency,
    /// and how many requests went out before the call's own (the extra round trips), each time on
    /// a new client and transport (a new connection, as in a fresh process). The second call on
    /// the same client is measured too, as the warm reference.
    static func firstCall(base: String, count: Int) async throws {
        let clock = ContinuousClock()
        var first: [Double] = [], second: [Double] = [], extra: [Int] = []
        for _ in 0..<count {
            let curl = try CurlTransport()
            let counting = CountingTransport(inner: curl, path: "/api/v5/account/balance")
            var config = OKXClient.Configuration(environment: .live, baseURL: base, credentials: credentials)
            config.rateLimiter = nil
            let client = try OKXClient(configuration: config, transport: counting)
            var t = clock.now
            _ = try await client.first(API.TradingAccount.getBalance())
            first.append(micros(clock.now - t))
            extra.append(counting.roundTripsBeforeFirst())
            await counting.timeSamplesAnswered(config.clock.samples)
            t = clock.now
            _ = try await client.first(API.TradingAccount.getBalance())
            second.append(micros(clock.now - t))
            await client.shutdown()
            await curl.shutdown()
        }
        first.sort(); second.sort()
        struct Row: Encodable {
            var name: String, calls: Int, p50Microseconds: Double, p99Microseconds: Double, warmP50Microseconds: Double
            var extraRoundTripsMax: Int, extraRoundTripsMean: Double
        }
        emitJSON(Row(name: "swift-okx first private call (new client, clock sync included)", calls: count,
                     p50Microseconds: first[first.count / 2], p99Microseconds: first[min(first.count - 1, first.count * 99 / 100)],
                     warmP50Microseconds: second[second.count / 2], extraRoundTripsMax: extra.max() ?? 0,
                     extraRoundTripsMean: Double(extra.reduce(0, +)) / Double(max(1, extra.count))))
    }
}

/// Forwards to another transport and records, per request, its path and whether its answer had
/// arrived before each later request was sent.
///
/// The clock's background samples (every `public/time` request after the first) are held until
/// the first request to `path` has been sent: otherwise, on a busy machine, their answers can
/// arrive before the call goes out although the call never waited for them, and they counted as
/// extra round trips (3 in some runs). A client that did wait for them would stall here; the hold
/// gives up after a second, so such a client shows as extra round trips and a latency above 1 s.
final class CountingTransport: HTTPTransport {
    static let timePath = "/api/v5/public/time"
    let inner: any HTTPTransport
    let path: String
    private struct Sent { var path: String; var answeredBefore: Set<Int> }
    private struct Waiter { var id: Int; var ready: @Sendable (Log) -> Bool; var continuation: CheckedContinuation<Void, Never> }
    private struct Log {
        var sent: [Sent] = []
        var answered: Set<Int> = []
        var timeRequests = 0
        var timeAnswers = 0
        /// The first request to `path` has been sent.
        var released = false
        var waiters: [Waiter] = []
        var lastWaiter = 0
        var gaveUp: Set<Int> = []
    }
    private let log = Mutex(Log())
    init(inner: any HTTPTransport, path: String) { (self.inner, self.path) = (inner, path) }
    var preferredExecutor: (any TaskExecutor)? { inner.preferredExecutor }
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let full = request.url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(3).first.map { "/" + $0 } ?? request.url
        let path = String(full.split(separator: "?").first ?? "")
        let isTime = path == Self.timePath
        if isTime, log.withLock({ log in log.timeRequests += 1; return log.timeRequests > 1 }) {
            await wait(giveUpAfter: .seconds(1)) { $0.released }
        }
        let index = log.withLock { log in
            log.sent.append(Sent(path: path, answeredBefore: log.answered))
            return log.sent.count - 1
        }
        if path == self.path { update { $0.released = true } }
        defer { update { log in log.answered.insert(index); if isTime { log.timeAnswers += 1 } } }
        return try await inner.send(request)
    }

    /// Returns once `count` time requests have been answered: the clock's background samples
    /// are over, and the warm call after this does not share the connection with them.
    /// Gives up after two seconds (a clock that takes fewer samples must not hang the run).
    func timeSamplesAnswered(_ count: Int) async {
        await wait(giveUpAfter: .seconds(2)) { $0.timeAnswers >= count }
    }

    /// The round trips the first request to `path` waited for: requests whose answers had
    /// arrived before it was sent.
    func roundTripsBeforeFirst() -> Int {
        log.withLock { log in log.sent.first { $0.path == path }?.answeredBefore.count ?? log.sent.count }
    }

    /// Suspends until `ready` holds for the log (checked now and after every ``update(_:)``), or
    /// until `limit` has passed.
    private func wait(giveUpAfter limit: Duration, until ready: @escaping @Sendable (Log) -> Bool) async {
        let id = log.withLock { log in log.lastWaiter += 1; return log.lastWaiter }
        let giveUp = Task { [weak self] in
            try? await Task.sleep(for: limit)
            self?.update { $0.gaveUp.insert(id) }
        }
        await withCheckedContinuation { continuation in
            let now = log.withLock { log in
                if ready(log) || log.gaveUp.contains(id) { return true }
                log.waiters.append(Waiter(id: id, ready: ready, continuation: continuation))
                return false
            }
            if now { continuation.resume() }
        }
        giveUp.cancel()
    }

    /// Changes the log, then resumes the waiters the change made ready.
    private func update(_ change: (inout Log) -> Void) {
        let ready = log.withLock { log in
            change(&log)
            let now = log
            var ready: [Waiter] = [], waiting: [Waiter] = []
            for waiter in now.waiters {
                if waiter.ready(now) || now.gaveUp.contains(waiter.id) { ready.append(waiter) } else { waiting.append(waiter) }
            }
            log.waiters = waiting
            return ready
        }
        for waiter in ready { waiter.continuation.resume() }
    }
}
