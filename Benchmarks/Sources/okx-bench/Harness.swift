import Foundation

/// One measured row, printed as one JSON line for Benchmarks/report.py.
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

/// A line of /proc/self/status in kilobytes (`VmHWM` peak, `VmRSS` current).
func statusKilobytes(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

func peakRSS() -> Int { statusKilobytes("VmHWM") }

func micros(_ d: Duration) -> Double { Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12 }

func emitJSON(_ value: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self))
}

let arguments = CommandLine.arguments

func option(_ name: String, _ fallback: String) -> String {
    guard let i = arguments.firstIndex(of: "--\(name)"), i + 1 < arguments.count else { return fallback }
    return arguments[i + 1]
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

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
    emitJSON(Result(name: name, requests: latencies.count, seconds: micros(elapsed) / 1e6, cpuSeconds: cpuSeconds() - cpu0,
                    p50Microseconds: latencies[latencies.count / 2], p99Microseconds: latencies[min(latencies.count - 1, latencies.count * 99 / 100)],
                    peakRSSKilobytes: peakRSS()))
}
