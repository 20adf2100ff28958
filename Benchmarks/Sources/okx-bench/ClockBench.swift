import Foundation
import OKX
import OKXSimulator

/// Time-sync accuracy against the simulator, whose clock is off by a known skew and whose
/// `public/time` answers after known delays: the error of the estimated offset against the
/// truth, the bound the client reports, and how many extra round trips a signed request costs.
enum ClockBench {
    struct Row: Encodable {
        var scenario: String
        var skewMilliseconds: Int64
        var syncs: Int
        var maxErrorMilliseconds: Double
        var meanErrorMilliseconds: Double
        var boundMilliseconds: Int64
        var withinBound: Bool
    }

    struct RoundTrips: Encodable {
        var client: String
        var signedRequests: Int
        var succeeded: Int
        var timeRequests: Int
        var extraRoundTripsPerRequest: Double
        var note: String
    }

    static func run() async throws {
        let syncs = Int(option("syncs", "10")) ?? 10
        let scenarios: [(String, Duration, Duration, Duration)] = [
            ("no skew, no added delay", .zero, .zero, .zero),
            ("+45 s skew, no added delay", .seconds(45), .zero, .zero),
            ("+45 s skew, symmetric 20 ms + 20 ms", .seconds(45), .milliseconds(20), .milliseconds(20)),
            ("-12.345 s skew, asymmetric 40 ms on the way back", .milliseconds(-12_345), .zero, .milliseconds(40)),
            ("-12.345 s skew, asymmetric 40 ms on the way out", .milliseconds(-12_345), .milliseconds(40), .zero),
        ]
        for (name, skew, before, after) in scenarios {
            var configuration = SimulatorConfiguration()
            configuration.clockSkew = skew
            configuration.timeEndpointDelayBeforeReading = before
            configuration.timeEndpointDelay = after
            configuration.enforceRateLimits = false
            let simulator = try await OKXSimulator.start(configuration)
            let client = try OKXClient(configuration: .init(environment: .live, baseURL: simulator.baseURL))
            let truth = Int64(skew.components.seconds) * 1000 + skew.components.attoseconds / 1_000_000_000_000_000
            var errors: [Double] = []
            var bound: Int64 = 0
            var within = true
            for _ in 0..<syncs {
                let m = try await client.clock.resync()
                let error = Double(m.offsetMilliseconds - truth)
                errors.append(abs(error))
                bound = max(bound, m.uncertaintyMilliseconds)
                if abs(m.offsetMilliseconds - truth) > m.uncertaintyMilliseconds { within = false }
            }
            emitJSON(Row(scenario: name, skewMilliseconds: truth, syncs: syncs, maxErrorMilliseconds: errors.max() ?? 0,
                         meanErrorMilliseconds: errors.reduce(0, +) / Double(max(1, errors.count)), boundMilliseconds: bound, withinBound: within))
            await client.shutdown()
            await simulator.stop()
        }
        try await roundTrips()
    }

    /// Signed requests against a simulator 45 s ahead, after the first sync: how many succeed,
    /// and how many `public/time` calls did they cause?
    static func roundTrips() async throws {
        var configuration = SimulatorConfiguration()
        configuration.enforceRateLimits = false
        configuration.clockSkew = .seconds(45)
        let simulator = try await OKXSimulator.start(configuration)
        let key = SimulatedKey.live
        let credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        var clientConfiguration = OKXClient.Configuration(environment: .live, baseURL: simulator.baseURL, credentials: credentials)
        clientConfiguration.rateLimiter = nil
        let client = try OKXClient(configuration: clientConfiguration)
        _ = try await client.first(API.TradingAccount.getBalance())  // the first request syncs the clock
        simulator.resetRequestCounts()
        let n = Int(option("requests", "200")) ?? 200
        var succeeded = 0
        for _ in 0..<n where (try? await client.first(API.TradingAccount.getBalance())) != nil { succeeded += 1 }
        let time = simulator.requestCount(path: "/api/v5/public/time")
        emitJSON(RoundTrips(client: "swift-okx", signedRequests: n, succeeded: succeeded, timeRequests: time,
                            extraRoundTripsPerRequest: Double(time) / Double(n), note: ""))
        await client.shutdown()

        // python-okx, same simulator, same skew.
        if let i = arguments.firstIndex(of: "--python"), i + 1 < arguments.count {
            let m = 50
            simulator.resetRequestCounts()
            let process = Process()
            let pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: arguments[i + 1])
            process.arguments = [option("script", "Benchmarks/python_okx_time.py"), simulator.baseURL, String(m), key.apiKey, key.secretKey, key.passphrase]
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            struct PythonRun: Decodable { let requests: Int; let codes: [String: Int] }
            if process.terminationStatus == 0, let run = try? JSONDecoder().decode(PythonRun.self, from: output) {
                let time = simulator.requestCount(path: "/api/v5/public/time")
                let codes = run.codes.sorted { $0.key < $1.key }.map { "\($0.value)× code \($0.key)" }.joined(separator: ", ")
                emitJSON(RoundTrips(client: "python-okx", signedRequests: run.requests, succeeded: run.codes["0"] ?? 0, timeRequests: time,
                                    extraRoundTripsPerRequest: Double(time) / Double(max(1, run.requests)), note: codes))
            } else {
                FileHandle.standardError.write(Data("python-okx clock run failed (left out)\n".utf8))
            }
        }
        await simulator.stop()
    }
}
