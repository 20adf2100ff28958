// okx-bench: the measuring side of Benchmarks/run.sh (which starts nginx, runs the C floor and
// the peers, and writes BENCHMARKS.md). Each invocation measures one thing and prints one JSON
// line, so the script can put every number side by side as ratios from one run.
//
//   okx-bench http --base-url URL --mode transport|signed|signed-pinned|urlsession --requests N --concurrency C
//   okx-bench decode --iterations N
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OKX

struct Result: Encodable {
    var name: String
    var requests: Int
    var seconds: Double
    var cpuSeconds: Double
    var p50Microseconds: Double
    var p99Microseconds: Double
    var peakRSSKilobytes: Int
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func peakRSS() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

func micros(_ d: Duration) -> Double { Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12 }

func emit(_ result: Result) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: (try? encoder.encode(result)) ?? Data(), as: UTF8.self))
}

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    guard let i = arguments.firstIndex(of: "--\(name)"), i + 1 < arguments.count else { return fallback }
    return arguments[i + 1]
}

let credentials = Credentials(apiKey: "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", secretKey: "22582BD0CFF14C41EDBF1AB98506286D", passphrase: "Sim-Passphrase-1")

/// Runs `count` operations split over `concurrency` tasks; records each one's latency.
func measure(_ name: String, count: Int, concurrency: Int, _ operation: @escaping @Sendable () async throws -> Void) async throws {
    let perTask = max(1, count / concurrency)
    for _ in 0..<min(200, perTask) { try await operation() }  // warm-up: connections, clock, caches
    let clock = ContinuousClock()
    let cpu0 = cpuSeconds()
    let start = clock.now
    let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
        for _ in 0..<concurrency {
            group.addTask {
                var local: [Double] = []
                local.reserveCapacity(perTask)
                for _ in 0..<perTask {
                    let t = clock.now
                    try await operation()
                    local.append(micros(clock.now - t))
                }
                return local
            }
        }
        return try await group.reduce(into: [Double]()) { $0 += $1 }.sorted()
    }
    let elapsed = clock.now - start
    emit(Result(name: name, requests: latencies.count, seconds: micros(elapsed) / 1e6, cpuSeconds: cpuSeconds() - cpu0,
                p50Microseconds: latencies[latencies.count / 2], p99Microseconds: latencies[min(latencies.count - 1, latencies.count * 99 / 100)],
                peakRSSKilobytes: peakRSS()))
}

struct BalanceData: Decodable { let data: [AccountBalance] }

do {
switch arguments.dropFirst().first {
case "http":
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
            guard response.status == 200 else { throw TransportError(kind: .other, message: "status \(response.status)", requestMayHaveReachedServer: true) }
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
                    _ = try await client.account.balance()
                }
            }
        } else {
            try await measure("swift-okx full call c\(concurrency)", count: count, concurrency: concurrency) {
                _ = try await client.account.balance()
            }
        }
        await client.shutdown()
    case "urlsession":
        let session = URLSession(configuration: .ephemeral)
        let target = URL(string: url)
        try await measure("URLSession + JSONDecoder c\(concurrency)", count: count, concurrency: concurrency) {
            guard let target else { return }
            var request = URLRequest(url: target)
            for header in signedHeaders() { request.setValue(header.value, forHTTPHeaderField: header.name) }
            let (data, _) = try await session.data(for: request)
            _ = try JSONDecoder().decode(BalanceData.self, from: data)
        }
    default:
        FileHandle.standardError.write(Data("unknown --mode \(mode)\n".utf8))
        exit(2)
    }

case "decode":
    // Each payload decoded by JSONDecoder and by the SDK's decoder into the same `Decimal`
    // models, and parsed untyped by JSONSerialization, interleaved in rounds so drift hits all
    // three alike. `--dump DIR` writes the payloads for Benchmarks/python_json.py.
    let iterations = Int(option("iterations", "2000")) ?? 2000
    let payloads = DecodePayloads.make()
    if let i = arguments.firstIndex(of: "--dump"), i + 1 < arguments.count {
        for (name, bytes, _, _) in payloads { try bytes.write(to: URL(fileURLWithPath: arguments[i + 1]).appendingPathComponent("\(name).json")) }
    }
    for (name, bytes, foundation, sdk) in payloads {
        let clock = ContinuousClock()
        let rounds = 5
        // Large payloads get fewer iterations: about 2 MB per decoder per round.
        let perRound = max(2, min(iterations / rounds, 2_000_000 / bytes.count))
        var best = [Double](repeating: .infinity, count: 3)
        for _ in 0..<rounds {
            let steps: [() throws -> Void] = [
                { try foundation(bytes) }, { try sdk(bytes) }, { _ = try JSONSerialization.jsonObject(with: bytes) },
            ]
            for (k, step) in steps.enumerated() {
                let t = clock.now
                for _ in 0..<perRound { try step() }
                best[k] = min(best[k], micros(clock.now - t) / Double(perRound))
            }
        }
        print(#"{"payload":"\#(name)","bytes":\#(bytes.count),"jsonDecoderMicroseconds":\#(best[0]),"sdkDecoderMicroseconds":\#(best[1]),"jsonSerializationMicroseconds":\#(best[2])}"#)
    }

default:
    FileHandle.standardError.write(Data("usage: okx-bench http|decode [options]\n".utf8))
    exit(2)
}
} catch {
    FileHandle.standardError.write(Data("okx-bench: \(error)\n".utf8))
    exit(1)
}
