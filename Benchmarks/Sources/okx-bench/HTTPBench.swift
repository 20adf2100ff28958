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
            let counting = CountingTransport(inner: curl)
            var config = OKXClient.Configuration(environment: .live, baseURL: base, credentials: credentials)
            config.rateLimiter = nil
            let client = try OKXClient(configuration: config, transport: counting)
            var t = clock.now
            _ = try await client.first(API.TradingAccount.getBalance())
            first.append(micros(clock.now - t))
            extra.append(counting.roundTripsBeforeFirst("/api/v5/account/balance"))
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
final class CountingTransport: HTTPTransport {
    let inner: any HTTPTransport
    private struct Sent { var path: String; var answeredBefore: Set<Int> }
    private struct Log { var sent: [Sent] = []; var answered: Set<Int> = [] }
    private let log = Mutex(Log())
    init(inner: any HTTPTransport) { self.inner = inner }
    var preferredExecutor: (any TaskExecutor)? { inner.preferredExecutor }
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(3).first.map { "/" + $0 } ?? request.url
        let index = log.withLock { log in
            log.sent.append(Sent(path: String(path.split(separator: "?").first ?? ""), answeredBefore: log.answered))
            return log.sent.count - 1
        }
        defer { _ = log.withLock { $0.answered.insert(index) } }
        return try await inner.send(request)
    }
    /// The round trips the first request to `path` waited for: requests whose answers had
    /// arrived before it was sent. Samples a clock takes in the background while the call
    /// goes out are not waited for and do not count.
    func roundTripsBeforeFirst(_ path: String) -> Int {
        log.withLock { log in log.sent.first { $0.path == path }?.answeredBefore.count ?? log.sent.count }
    }
}
