import Foundation
import OKXSimulator
import Testing

/// Runs the built `okx` binary as a subprocess, as a user would.
struct CLI {
    struct Result {
        /// The exit status; a crash (a signal) is reported as -signal so it never looks like an exit code.
        var status: Int32
        var stdout: String
        var stderr: String
        var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] }
    }

    static var binary: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("okx")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/okx")
    }

    /// Environment for a simulator key; HOME points at an empty folder so no real profile is read.
    static func environment(_ sim: OKXSimulator, key: SimulatedKey, demo: Bool) -> [String: String] {
        [
            "HOME": FileManager.default.temporaryDirectory.appendingPathComponent("okx-cli-home-\(UUID().uuidString)").path,
            "PATH": "/usr/bin:/bin",
            "OKX_API_BASE_URL": sim.baseURL, "OKX_API_KEY": key.apiKey, "OKX_SECRET_KEY": key.secretKey,
            "OKX_PASSPHRASE": key.passphrase, "OKX_DEMO": demo ? "1" : "0",
        ]
    }

    static func run(_ arguments: [String], environment: [String: String]) async throws -> Result {
        let r = try await Subprocess.run(binary.path, arguments, environment: environment)
        return Result(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }
}

@Suite struct CLITests {
    func withSim<R>(_ configure: (inout SimulatorConfiguration) -> Void = { _ in }, _ body: (OKXSimulator) async throws -> R) async throws -> R {
        try await withStartedSimulator(configure, body)
    }

    @Test func timeReportsTheSkew() async throws {
        try await withSim({ $0.clockSkew = .seconds(45) }) { sim in
            let r = try await CLI.run(["time", "--json"], environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(r.status == 0, "\(r.stderr)")
            let json = try #require(r.json)
            let offset = try #require(json["offset_ms"] as? Int)
            let uncertainty = try #require(json["uncertainty_ms"] as? Int)
            #expect(abs(offset - 45_000) <= max(5, uncertainty))
            #expect(json["rtt_ms"] != nil)
            #expect((json["server_time"] as? String)?.hasSuffix("Z") == true && (json["local_time"] as? String)?.hasSuffix("Z") == true)
        }
    }

    /// Runs `okx doctor --json` and returns (exit status, check id → status, report).
    func doctor(_ sim: OKXSimulator, key: SimulatedKey, demo: Bool) async throws -> (Int32, [String: String], [String: Any]) {
        let r = try await CLI.run(["doctor", "--json"], environment: CLI.environment(sim, key: key, demo: demo))
        let json = try #require(r.json, "stdout: \(r.stdout) stderr: \(r.stderr)")
        let checks = try #require(json["checks"] as? [[String: Any]])
        var statuses: [String: String] = [:]
        for check in checks {
            let id = try #require(check["id"] as? String)
            statuses[id] = check["status"] as? String
            #expect(check.keys.contains("fix") && check["summary"] is String)
        }
        #expect(Array(statuses.keys).sorted() == ["clock", "credentials", "environment", "ip-allowlist", "passphrase", "permissions", "reachability", "signature", "site"])
        return (r.status, statuses, json)
    }

    func problems(_ statuses: [String: String]) -> [String] { statuses.filter { $0.value == "problem" }.map(\.key).sorted() }

    @Test func cleanConfigurationPasses() async throws {
        try await withSim { sim in
            let (status, statuses, json) = try await doctor(sim, key: .demo, demo: true)
            #expect(status == 0)
            #expect(statuses.values.allSatisfy { $0 == "ok" })
            #expect(json["ok"] as? Bool == true && json["environment"] as? String == "demo" && json["site"] as? String == "global")
            #expect(json["base_url"] as? String == sim.baseURL)
        }
    }

    @Test func demoKeyOnLiveIsTheEnvironmentProblem() async throws {
        try await withSim { sim in
            let (status, statuses, json) = try await doctor(sim, key: .demo, demo: false)
            #expect(status == 5)
            #expect(problems(statuses) == ["environment"])
            let check = try #require((json["checks"] as? [[String: Any]])?.first { $0["id"] as? String == "environment" })
            #expect((check["summary"] as? String)?.contains("this key is a demo key") == true)
            #expect((check["fix"] as? String)?.contains("--demo") == true)
        }
    }

    @Test func liveKeyOnDemoIsTheEnvironmentProblem() async throws {
        try await withSim { sim in
            let (status, statuses, json) = try await doctor(sim, key: .live, demo: true)
            #expect(status == 5 && problems(statuses) == ["environment"])
            let check = try #require((json["checks"] as? [[String: Any]])?.first { $0["id"] as? String == "environment" })
            #expect((check["summary"] as? String)?.contains("this key is a live key") == true)
        }
    }

    @Test func wrongPassphrase() async throws {
        try await withSim { sim in
            var key = SimulatedKey.demo
            key.passphrase = "Wrong-Passphrase"
            let (status, statuses, _) = try await doctor(sim, key: key, demo: true)
            #expect(status == 5 && problems(statuses) == ["passphrase"])
            #expect(statuses["signature"] == "skipped" && statuses["environment"] == "ok")
        }
    }

    @Test func wrongSecret() async throws {
        try await withSim { sim in
            var key = SimulatedKey.demo
            key.secretKey = "ABCDEF0123456789ABCDEF0123456789"
            let (status, statuses, _) = try await doctor(sim, key: key, demo: true)
            #expect(status == 5 && problems(statuses) == ["signature"])
            #expect(statuses["passphrase"] == "ok" && statuses["ip-allowlist"] == "skipped")
        }
    }

    @Test(arguments: [45, -45])
    func skewedClock(seconds: Int) async throws {
        try await withSim({ $0.clockSkew = .seconds(seconds) }) { sim in
            let (status, statuses, _) = try await doctor(sim, key: .demo, demo: true)
            #expect(status == 5 && problems(statuses) == ["clock"])
            #expect(statuses["environment"] == "ok", "the SDK compensates, so signed calls still work")
        }
    }

    @Test func ipNotAllowListed() async throws {
        var key = SimulatedKey.demo
        key.allowedIPs = ["198.51.100.7"]
        try await withSim({ $0.keys = [key] }) { sim in
            let (status, statuses, json) = try await doctor(sim, key: key, demo: true)
            #expect(status == 5 && problems(statuses) == ["ip-allowlist"])
            let check = try #require((json["checks"] as? [[String: Any]])?.first { $0["id"] as? String == "ip-allowlist" })
            #expect((check["summary"] as? String)?.contains("127.0.0.1") == true)
        }
    }

    @Test func keyOfAnotherSite() async throws {
        var key = SimulatedKey.demo
        key.site = "eea"
        try await withSim({ $0.keys = [key, .live] }) { sim in
            let (status, statuses, json) = try await doctor(sim, key: key, demo: true)
            #expect(status == 5 && problems(statuses) == ["site"])
            let check = try #require((json["checks"] as? [[String: Any]])?.first { $0["id"] as? String == "site" })
            #expect((check["summary"] as? String)?.contains("may belong to another site") == true)
            #expect(statuses["passphrase"] == "skipped")
        }
    }

    @Test func humanOutputIsOneLinePerCheckAndNeverShowsSecrets() async throws {
        try await withSim { sim in
            let key = SimulatedKey.demo
            let r = try await CLI.run(["doctor", "--verbose"], environment: CLI.environment(sim, key: key, demo: false))
            #expect(r.status == 5)
            let lines = r.stdout.split(separator: "\n")
            for id in ["reachability", "clock", "credentials", "environment", "site", "passphrase", "signature", "ip-allowlist", "permissions"] {
                #expect(lines.filter { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init) == id }.count == 1, "\(id)")
            }
            #expect(lines.last?.hasPrefix("summary") == true)
            for text in [r.stdout, r.stderr] {
                #expect(!text.contains(key.secretKey) && !text.contains(key.passphrase))
            }
            #expect(r.stderr.contains("okx request"), "--verbose shows requests")
        }
    }

    @Test func exitCodes() async throws {
        try await withSim { sim in
            let env = CLI.environment(sim, key: .demo, demo: true)
            #expect(try await CLI.run(["ticker", "BTC-USDT"], environment: env).status == 0)
            #expect(try await CLI.run(["ticker"], environment: env).status == 2)
            #expect(try await CLI.run(["book", "BTC-USDT", "--depth", "0"], environment: env).status == 2)
            let api = try await CLI.run(["ticker", "NOPE-USDT"], environment: env)
            #expect(api.status == 3 && api.stderr.contains("51001") && api.stderr.contains("fix:"))
            var live = env
            live["OKX_DEMO"] = "0"
            #expect(try await CLI.run(["order", "place", "BTC-USDT", "buy", "1", "--price", "100"], environment: live).status == 2, "live needs --yes")
            var partial = env
            partial["OKX_PASSPHRASE"] = nil
            #expect(try await CLI.run(["balance"], environment: partial).status == 6)
        }
        let closed = try ClosedPort()
        let r = try await CLI.run(["ticker", "BTC-USDT"], environment: ["HOME": "/nonexistent", "OKX_API_BASE_URL": "http://127.0.0.1:\(closed.port)"])
        #expect(r.status == 4 && r.stderr.contains("connect"))
        withExtendedLifetime(closed) {}
    }

    @Test func requestAndOrderRoundTrip() async throws {
        try await withSim { sim in
            let env = CLI.environment(sim, key: .demo, demo: true)
            let place = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "60000", "--cl-ord-id", "cli42", "--json"], environment: env)
            #expect(place.status == 0, "\(place.stderr)")
            #expect(place.json?["clOrdId"] as? String == "cli42")
            let get = try await CLI.run(["order", "get", "BTC-USDT", "--cl-ord-id", "cli42", "--json"], environment: env)
            #expect(get.json?["state"] as? String == "live" && get.json?["px"] as? String == "60000")
            #expect((get.json?["cTime"] as? String).flatMap { Int64($0) } != nil, "timestamps stay epoch-ms strings")
            let raw = try await CLI.run(["request", "GET", "/api/v5/trade/orders-pending"], environment: env)
            #expect(raw.status == 0 && raw.stdout.contains("cli42"))
            #expect(try await CLI.run(["order", "cancel", "BTC-USDT", "--cl-ord-id", "cli42"], environment: env).status == 0)
            #expect(sim.orders().first?.state == "canceled")
        }
    }

    /// Finding 3 of the safety issue through the CLI: an empty acknowledgement once printed "ok"
    /// with an empty ordId. The order is settled by look-up and its real id printed.
    @Test func emptyAcknowledgementPrintsTheOrderFoundByLookUp() async throws {
        try await withSim { sim in
            sim.inject(.body(status: 200, #"{"code":"0","msg":"","data":[{}]}"#, afterProcessing: true), path: "/api/v5/trade/order")
            let env = CLI.environment(sim, key: .demo, demo: true)
            let place = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "100", "--cl-ord-id", "cliempty1", "--json"], environment: env)
            #expect(place.status == 0, "\(place.stderr)")
            let stored = try #require(sim.orders().first { $0.clOrdId == "cliempty1" })
            #expect(place.json?["ordId"] as? String == stored.ordId)
            #expect(sim.orders().filter { $0.clOrdId == "cliempty1" }.count == 1)
        }
    }
}

@Suite struct CLIProfileTests {
    @Test func doctorReportsAProfileReadableByOthers() async throws {
        let sim = try await OKXSimulator.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("okx-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".okx"), withIntermediateDirectories: true)
        let key = SimulatedKey.demo
        let file = home.appendingPathComponent(".okx/config.toml")
        try """
        default_profile = "sim"
        [profiles.sim]
        api_key = "\(key.apiKey)"
        secret_key = "\(key.secretKey)"
        passphrase = "\(key.passphrase)"
        demo = true
        base_url = "\(sim.baseURL)"
        """.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let r = try await CLI.run(["doctor", "--json"], environment: ["HOME": home.path])
        #expect(r.status == 5)
        let checks = try #require(r.json?["checks"] as? [[String: Any]])
        let credentials = try #require(checks.first { $0["id"] as? String == "credentials" })
        #expect(credentials["status"] as? String == "problem")
        #expect((credentials["fix"] as? String)?.contains("chmod 600") == true)
        #expect(checks.first { $0["id"] as? String == "environment" }?["status"] as? String == "ok", "the rest still ran")

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try await CLI.run(["doctor"], environment: ["HOME": home.path]).status == 0)
        let balance = try await CLI.run(["balance", "--json"], environment: ["HOME": home.path])
        #expect(balance.status == 0 && balance.json?["totalEq"] != nil)
        await sim.stop()
    }
}

@Suite struct CLIWatchTests {
    @Test func watchBooksPrintsTheMaintainedBookAndResyncs() async throws {
        var config = SimulatorConfiguration()
        config.marketTick = .milliseconds(10)
        let sim = try await OKXSimulator.start(config)
        var env = CLI.environment(sim, key: .demo, demo: true)
        env["OKX_WS_BASE_URL"] = sim.webSocketBaseURL
        // Both faults are armed before watch starts and fire at fixed points of its stream, far
        // before its 150th book: the first update after the snapshot goes missing (a gap), and the
        // connection drops after 40 pushes. Nothing depends on how fast either side runs.
        sim.inject(.skipSeqId(instId: "BTC-USDT"))
        sim.inject(.dropConnectionsAfterPushes(40))
        let r = try await CLI.run(["watch", "books", "--inst", "BTC-USDT", "--depth", "3", "--count", "150", "--json"], environment: env)
        await sim.stop()
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] }
        let books = lines.filter { $0["instId"] != nil }
        #expect(books.count == 150)
        let first = try #require(books.first)
        #expect(first["instId"] as? String == "BTC-USDT" && first["seqId"] is Int)
        let bids = try #require(first["bids"] as? [[String]])
        #expect(bids.count == 3 && bids.allSatisfy { $0.count == 2 })
        #expect(lines.contains { $0["event"] as? String == "resync" && ($0["reason"] as? String)?.contains("gap") == true })
        #expect(lines.contains { $0["event"] as? String == "reconnect" })
    }
}
