import Foundation
import OKXSimulator
import Testing

/// Issue #10 through the built `okx` binary: configuration errors exit 6 naming the field,
/// commands that change orders confirm live trading and say where they trade, and `doctor`
/// never shows proxy credentials.
@Suite struct CLISafetyTests {
    func withSim<R>(_ configure: (inout SimulatorConfiguration) -> Void = { _ in }, _ body: (OKXSimulator) async throws -> R) async throws -> R {
        try await withStartedSimulator(configure, body)
    }

    /// A fresh HOME whose `~/.okx/config.toml` holds `text`, mode `mode`; returns (HOME, file).
    func home(config text: String, mode: Int = 0o600) throws -> (home: String, file: String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("okx-safety-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".okx"), withIntermediateDirectories: true)
        let file = home.appendingPathComponent(".okx/config.toml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return (home.path, file)
    }

    func profile(_ key: SimulatedKey, sim: OKXSimulator, extra: String = "") -> String {
        """
        default_profile = "sim"
        [profiles.sim]
        api_key = "\(key.apiKey)"
        secret_key = "\(key.secretKey)"
        passphrase = "\(key.passphrase)"
        base_url = "\(sim.baseURL)"
        \(extra)
        """
    }

    // MARK: configuration errors: exit 6, field named

    @Test(arguments: ["true ", "1\n", "on", "y", "yes"])
    func unrecognisedDemoVariableIsAConfigurationError(value: String) async throws {
        try await withSim { sim in
            var env = CLI.environment(sim, key: .demo, demo: true)
            env["OKX_DEMO"] = value
            let r = try await CLI.run(["balance"], environment: env)
            #expect(r.status == 6 && r.stderr.contains("OKX_DEMO") && r.stderr.contains("[configuration]"), "\(r.status) \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test(arguments: ["demo = \"true\"", "demo = 1", "timeout_ms = 0", "timeout_ms = -1", "timeout_ms = \"5000\"", "api_key = 12345"])
    func mistypedProfileSettingIsAConfigurationError(line: String) async throws {
        try await withSim { sim in
            let field = String(line.prefix { $0 != " " })
            var text = profile(.demo, sim: sim, extra: line)
            if field == "api_key" { text = text.replacingOccurrences(of: "api_key = \"\(SimulatedKey.demo.apiKey)\"\n", with: "") }
            let (home, _) = try home(config: text)
            let r = try await CLI.run(["ticker", "BTC-USDT"], environment: ["HOME": home])
            #expect(r.status == 6 && r.stderr.contains("\(field) in [profiles.sim]"), "\(r.status) \(r.stderr)")
        }
    }

    @Test func missingExplicitConfigFileIsAnError() async throws {
        try await withSim { sim in
            let missing = FileManager.default.temporaryDirectory.appendingPathComponent("okx-none-\(UUID().uuidString).toml").path
            let r = try await CLI.run(["ticker", "BTC-USDT", "--config", missing], environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(r.status == 6 && r.stderr.contains(missing) && r.stderr.contains("does not exist"), "\(r.stderr)")
            // Without --config, a HOME without ~/.okx/config.toml is fine.
            #expect(try await CLI.run(["ticker", "BTC-USDT"], environment: CLI.environment(sim, key: .demo, demo: true)).status == 0)
        }
    }

    @Test func fifoAndDeviceAsConfigAreNotRegularFiles() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fifo = dir.appendingPathComponent("config.toml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/zero"] {
            // A read of either would never end; the command must answer at once.
            let r = try await CLI.run(["balance", "--config", path], environment: ["HOME": dir.path])
            #expect(r.status == 6 && r.stderr.contains("not a regular file") && !r.stderr.contains("permission"), "\(r.stderr)")
        }
    }

    @Test func credentialWithLineBreakIsNamedButNeverShown() async throws {
        try await withSim { sim in
            var env = CLI.environment(sim, key: .demo, demo: true)
            env["OKX_PASSPHRASE"] = "Hidden-Pass\r\nX-Injected: 1"
            let r = try await CLI.run(["balance", "--json"], environment: env)
            #expect(r.status == 6 && r.stderr.contains("OKX_PASSPHRASE contains a control character"), "\(r.stderr)")
            #expect(!(r.stdout + r.stderr).contains("Hidden-Pass") && !(r.stdout + r.stderr).contains("X-Injected"))
        }
    }

    @Test func profilesWithoutDefaultAreAnErrorNotLive() async throws {
        try await withSim { sim in
            let text = profile(.demo, sim: sim, extra: "demo = true").replacingOccurrences(of: "default_profile = \"sim\"\n", with: "")
            let (home, _) = try home(config: text)
            let r = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "60000", "--yes"], environment: ["HOME": home])
            #expect(r.status == 6 && r.stderr.contains("no default_profile") && r.stderr.contains("sim") && r.stderr.contains("--profile"), "\(r.stderr)")
            #expect(sim.orders().isEmpty)
            #expect(try await CLI.run(["balance", "--profile", "sim"], environment: ["HOME": home]).status == 0)
        }
    }

    @Test func variableSayingLiveAgainstDemoProfileIsRefusedUnlessTheCommandLineDecides() async throws {
        try await withSim { sim in
            let (home, _) = try home(config: profile(.demo, sim: sim, extra: "demo = true"))
            let r = try await CLI.run(["balance"], environment: ["HOME": home, "OKX_DEMO": "0"])
            #expect(r.status == 6 && r.stderr.contains("demo = true in [profiles.sim]") && r.stderr.contains("OKX_DEMO=0"), "\(r.stderr)")
            let flagged = try await CLI.run(["balance", "--demo"], environment: ["HOME": home, "OKX_DEMO": "0"])
            #expect(flagged.status == 0, "--demo on the command line settles it: \(flagged.stderr)")
        }
    }

    // MARK: warnings

    @Test func permissionWarningReachesStderrInJSONMode() async throws {
        try await withSim { sim in
            let (home, file) = try home(config: profile(.demo, sim: sim, extra: "demo = true"), mode: 0o644)
            let r = try await CLI.run(["balance", "--json"], environment: ["HOME": home])
            #expect(r.status == 0 && r.json?["totalEq"] != nil, "\(r.stderr)")
            #expect(r.stderr.contains("warning: \(file) is readable by other users") && r.stderr.contains("chmod 600"), "\(r.stderr)")
        }
    }

    @Test func symlinkToPrivateFileIsNotReportedWorldReadable() async throws {
        try await withSim { sim in
            let (home, file) = try home(config: profile(.demo, sim: sim, extra: "demo = true"))
            let link = (home as NSString).appendingPathComponent("link.toml")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
            let r = try await CLI.run(["doctor", "--json", "--config", link], environment: ["HOME": home])
            #expect(r.status == 0 && !r.stderr.contains("readable"), "\(r.stdout) \(r.stderr)")
        }
    }

    // MARK: trading commands

    @Test func cancelAndAmendNeedYesOnLiveAndEveryTradingCommandSaysWhereItTrades() async throws {
        try await withSim { sim in
            let live = CLI.environment(sim, key: .live, demo: false)
            let place = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "60000", "--cl-ord-id", "safe1", "--yes", "--json"], environment: live)
            #expect(place.status == 0, "\(place.stderr)")
            #expect(place.stderr.contains("okx: LIVE trading (OKX_DEMO=0) · site global · \(sim.baseURL)"), "\(place.stderr)")

            let amend = try await CLI.run(["order", "amend", "BTC-USDT", "--cl-ord-id", "safe1", "--price", "59000"], environment: live)
            #expect(amend.status == 2 && amend.stderr.contains("LIVE") && amend.stderr.contains("--yes"), "\(amend.stderr)")
            let cancel = try await CLI.run(["order", "cancel", "BTC-USDT", "--cl-ord-id", "safe1", "--json"], environment: live)
            #expect(cancel.status == 2 && cancel.stderr.contains("okx: LIVE trading") && cancel.stderr.contains("--yes"), "\(cancel.stderr)")
            let post = try await CLI.run(["request", "POST", "/api/v5/trade/cancel-order", "--body", #"{"instId":"BTC-USDT","clOrdId":"safe1"}"#], environment: live)
            #expect(post.status == 2 && post.stderr.contains("--yes"), "\(post.stderr)")
            let untouched = try #require(sim.orders().first)
            #expect(untouched.state == "live" && untouched.price == 60000, "nothing unconfirmed reached the exchange")

            #expect(try await CLI.run(["order", "amend", "BTC-USDT", "--cl-ord-id", "safe1", "--price", "59000", "--yes"], environment: live).status == 0)
            #expect(sim.orders().first?.price == 59000)
            let confirmed = try await CLI.run(["order", "cancel", "BTC-USDT", "--cl-ord-id", "safe1", "--yes"], environment: live)
            #expect(confirmed.status == 0 && confirmed.stderr.contains("okx: LIVE trading"), "\(confirmed.stderr)")
            #expect(sim.orders().first?.state == "canceled")

            let demo = CLI.environment(sim, key: .demo, demo: true)
            let demoPlace = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "60000", "--cl-ord-id", "safe2", "--json"], environment: demo)
            #expect(demoPlace.status == 0 && demoPlace.stderr.contains("okx: demo trading (OKX_DEMO=1) · site global · \(sim.baseURL)"), "\(demoPlace.stderr)")
            #expect(demoPlace.json?["clOrdId"] as? String == "safe2", "stdout stays pure JSON")
            let demoCancel = try await CLI.run(["order", "cancel", "BTC-USDT", "--cl-ord-id", "safe2"], environment: demo)
            #expect(demoCancel.status == 0 && demoCancel.stderr.contains("okx: demo trading"), "demo needs no --yes: \(demoCancel.stderr)")
        }
    }

    // MARK: doctor and proxies

    @Test(arguments: [("HTTPS_PROXY", "http://tok3n@127.0.0.1"), ("https_proxy", "http://user:pa55w0rd@127.0.0.1"), ("ALL_PROXY", "http://tok3n@127.0.0.1"), ("all_proxy", "http://tok3n:@127.0.0.1")])
    func doctorReportsTheEnvironmentsProxyWithoutItsCredentials(variable: String, proxy: String) async throws {
        let closed = try ClosedPort()
        let env = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin", "OKX_API_BASE_URL": "https://okx.invalid", variable: "\(proxy):\(closed.port)"]
        let r = try await CLI.run(["doctor", "--json"], environment: env)
        withExtendedLifetime(closed) {}
        #expect(r.status == 5)
        let reachability = try #require((r.json?["checks"] as? [[String: Any]])?.first { $0["id"] as? String == "reachability" })
        let summary = try #require(reachability["summary"] as? String)
        #expect(summary.contains("proxy: http://***@127.0.0.1:\(closed.port) (from \(variable))"), "\(summary)")
        for secret in ["tok3n", "user", "pa55w0rd"] { #expect(!(r.stdout + r.stderr).contains(secret)) }
    }

    @Test func doctorMasksAProxyTokenInTheProfile() async throws {
        let closed = try ClosedPort()
        let (home, _) = try home(config: """
        default_profile = "p"
        [profiles.p]
        base_url = "https://okx.invalid"
        proxy_url = "http://tok3n@127.0.0.1:\(closed.port)"
        """)
        let r = try await CLI.run(["doctor"], environment: ["HOME": home, "NO_PROXY": "example.org"])
        withExtendedLifetime(closed) {}
        #expect(r.status == 5 && r.stdout.contains("proxy: http://***@127.0.0.1:\(closed.port) (from proxy_url)"), "\(r.stdout)")
        #expect(!(r.stdout + r.stderr).contains("tok3n"))
        let exempt = try await CLI.run(["doctor", "--json"], environment: ["HOME": home, "NO_PROXY": ".invalid"])
        #expect(exempt.stdout.contains("proxy: none (okx.invalid is exempted by NO_PROXY)"), "\(exempt.stdout)")
    }
}
