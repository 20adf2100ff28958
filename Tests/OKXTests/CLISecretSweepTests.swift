import Foundation
import OKX
import Testing

/// The secrets sweep of issue #10: every command of the `okx` binary, in every output mode,
/// against servers that echo the request's headers back (in `msg`, in `data`, in an HTML
/// page), with control characters mixed in. Nothing the binary prints may contain the
/// passphrase, the secret key, a signature it sent or the full API key, nor a raw control
/// character that a terminal would act on.
@Suite struct CLISecretSweepTests {
    static let apiKey = "5ec2e7a1-0bad-4cab-9f00-5eeda1a5eed0"
    static let secretKey = "0123ABCDEF4567890123ABCDEF456789"
    static let passphrase = "Sweep-Pass!phr4se"
    /// Retitles the terminal, then clears it, then an 8-bit CSI: none may reach the terminal raw.
    static let terminalAttack = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{7F}"

    static let commands: [[String]] = [
        ["time"], ["doctor"], ["ticker", "BTC-USDT"], ["book", "BTC-USDT"], ["candles", "BTC-USDT"], ["instruments", "SPOT"],
        ["balance"], ["positions"], ["orders"],
        ["order", "place", "BTC-USDT", "buy", "1", "--price", "100", "--cl-ord-id", "sweep1"],
        ["order", "cancel", "BTC-USDT", "--cl-ord-id", "sweep1"],
        ["order", "amend", "BTC-USDT", "--cl-ord-id", "sweep1", "--price", "101"],
        ["order", "get", "BTC-USDT", "--cl-ord-id", "sweep1"],
        ["request", "GET", "/api/v5/account/balance"],
    ]
    static let modes: [[String]] = [[], ["--json"], ["--verbose"]]

    enum Answer: CaseIterable { case echoInMessage, echoInData, htmlPage }

    /// The request's headers as one line, secret ones first, as a reflecting proxy shows them.
    static func echo(_ request: HostileServer.Request) -> String {
        let lines = request.headerLines.sorted { $0.uppercased().hasPrefix("OK-ACCESS") && !$1.uppercased().hasPrefix("OK-ACCESS") }
        return terminalAttack + lines.joined(separator: "; ")
    }

    /// `okx arguments` under `nice -n 19`.
    static func runNiced(_ arguments: [String], environment: [String: String]) async throws -> CLI.Result {
        let r = try await Subprocess.run("/usr/bin/nice", ["-n", "19", CLI.binary.path] + arguments, environment: environment)
        return CLI.Result(status: r.status, stdout: r.stdout, stderr: r.stderr)
    }

    static func server(_ answer: Answer) throws -> HostileServer {
        try HostileServer { request in
            if request.target.hasPrefix("/api/v5/public/time") {
                // A correct time, so that signed commands go on to send their secrets.
                return HostileServer.json(#"{"code":"0","msg":"","data":[{"ts":"\#(Int64(Date().timeIntervalSince1970 * 1000))"}]}"#)
            }
            let echoed = HostileServer.literal(echo(request))
            switch answer {
            case .echoInMessage:
                return HostileServer.json(#"{"code":"50113","msg":\#(echoed),"data":[]}"#)
            case .echoInData:
                // Every field the commands print, echoed; models that need more fail to decode
                // and show an excerpt of this body instead, which must be as clean.
                let fields = ["instId", "instType", "ordId", "clOrdId", "state", "side", "ordType", "sCode", "sMsg", "ccy", "posSide", "uid", "note"]
                let object = fields.map { "\"\($0)\":\(echoed)" }.joined(separator: ",")
                return HostileServer.json(#"{"code":"0","msg":\#(echoed),"data":[{\#(object)}]}"#)
            case .htmlPage:
                return HostileServer.response(status: 502, reason: "Bad Gateway", headers: ["Content-Type: text/html"],
                                              body: Array("<html><body><h1>502</h1><pre>\(echo(request))</pre></body></html>".utf8))
            }
        }
    }

    @Test func noCommandPrintsASecretOrARawControlCharacter() async throws {
        let servers = try Answer.allCases.map { try Self.server($0) }
        defer { for server in servers { server.stop() } }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("okx-sweep-\(UUID().uuidString)").path
        // Every (command, mode) pair once, the answer rotating so that each command meets each
        // answer and each mode meets each answer: 42 runs instead of 126, the same pairs covered.
        var cases: [(arguments: [String], answer: Answer)] = []
        for (c, command) in Self.commands.enumerated() {
            for (m, mode) in Self.modes.enumerated() {
                let answer = (c + m) % Answer.allCases.count
                cases.append((command + mode + ["--base-url", servers[answer].baseURL], Answer.allCases[answer]))
            }
        }
        let environment = ["HOME": home, "PATH": "/usr/bin:/bin", "OKX_API_KEY": Self.apiKey, "OKX_SECRET_KEY": Self.secretKey,
                           "OKX_PASSPHRASE": Self.passphrase, "OKX_DEMO": "1"]
        // A few at a time and at the lowest CPU priority: 42 debug binaries otherwise starve the
        // timing-sensitive tests that run beside this one (StreamTests, ReliabilityTests).
        let results = try await withThrowingTaskGroup(of: (String, CLI.Result).self) { group in
            var pending = cases[...]
            var results: [(String, CLI.Result)] = []
            func start() {
                guard let item = pending.popFirst() else { return }
                group.addTask { (item.arguments.joined(separator: " "), try await Self.runNiced(item.arguments, environment: environment)) }
            }
            for _ in 0..<4 { start() }
            while let result = try await group.next() {
                results.append(result)
                start()
            }
            return results
        }
        #expect(results.count == cases.count)
        let signatures = servers.flatMap(\.requests).compactMap { $0.header("OK-ACCESS-SIGN") }
        // The sweep only means something if the secrets were sent to be echoed.
        #expect(signatures.count >= 20, "\(signatures.count) signed requests")
        #expect(servers.flatMap(\.requests).contains { $0.header("OK-ACCESS-PASSPHRASE") == Self.passphrase })
        var sawEcho = false
        for (command, result) in results {
            #expect(result.status >= 0, "\(command) crashed with signal \(-result.status)")
            for text in [result.stdout, result.stderr] {
                sawEcho = sawEcho || text.contains("<redacted>")
                #expect(!text.contains(Self.passphrase), "\(command): passphrase printed")
                #expect(!text.contains(Self.secretKey), "\(command): secret key printed")
                #expect(!text.lowercased().contains(Self.apiKey), "\(command): full API key printed")
                for signature in signatures where text.contains(signature) || text.contains(signature.replacingOccurrences(of: "/", with: "\\/")) {
                    Issue.record("\(command): a signature was printed")
                }
                let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
                #expect(raw.isEmpty, "\(command): raw control characters \(raw.map { String($0.value, radix: 16) })")
            }
        }
        #expect(sawEcho, "the echoed secrets reached the output, redacted")
    }

    /// `ts` ≥ 9.2e15 used to trap every signing command (exit 132); now it is an invalid response (exit 4).
    @Test(arguments: ["9300000000000000", "0"])
    func aHostileServerTimeIsAnErrorNotACrash(ts: String) async throws {
        let server = try HostileServer { request in
            request.target.hasPrefix("/api/v5/public/time") ? HostileServer.json(#"{"code":"0","msg":"","data":[{"ts":"\#(ts)"}]}"#)
                : HostileServer.json(#"{"code":"0","msg":"","data":[]}"#)
        }
        defer { server.stop() }
        let environment = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin", "OKX_API_KEY": Self.apiKey, "OKX_SECRET_KEY": Self.secretKey,
                           "OKX_PASSPHRASE": Self.passphrase, "OKX_DEMO": "1", "OKX_API_BASE_URL": server.baseURL]
        let r = try await CLI.run(["balance"], environment: environment)
        #expect(r.status == 4, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("server time") && r.stderr.contains("invalid response"))
        #expect(!server.requests.contains { $0.target.hasPrefix("/api/v5/account") })
    }
}
