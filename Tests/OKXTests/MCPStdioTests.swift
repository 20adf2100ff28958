import Foundation
import OKX
import OKXSimulator
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `okx mcp` binary driven over its standard input and output, as an MCP client
/// launches it: JSON-RPC lines in, JSON-RPC lines out, the banner and audit-log path on stderr.
final class MCPStdioClient: @unchecked Sendable {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    let stderrPath: String
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var inputOpen = true

    init(arguments: [String], environment: [String: String]) throws {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        // Close-on-exec: tests spawn processes concurrently, and a child spawned by another test
        // that inherited the write end of this stdin pipe would keep the server from ever seeing
        // end of input (seen in full runs: "did not exit after its input closed"). The dup2 onto
        // 0 and 1 below clears the flag on the child's own copies.
        // (Glibc's module has no pipe2; the window between pipe and fcntl is a few instructions.)
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw POSIXError(.EMFILE) }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        stderrPath = FileManager.default.temporaryDirectory.appendingPathComponent("okx-mcp-err-\(UUID().uuidString)").path
        let path = stderrPath
        let spawned = Result {
            try Subprocess.spawn(CLI.binary.path, arguments, environment: environment) { actions in
                posix_spawn_file_actions_adddup2(actions, toChild[0], 0)
                posix_spawn_file_actions_adddup2(actions, fromChild[1], 1)
                posix_spawn_file_actions_addopen(actions, 2, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                for fd in toChild + fromChild { posix_spawn_file_actions_addclose(actions, fd) }
            }
        }
        close(toChild[0])
        close(fromChild[1])
        let pid = try spawned.get()
        self.pid = pid
        input = toChild[1]
        output = fromChild[0]
        _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) | O_NONBLOCK)
    }

    /// Sends one JSON-RPC message.
    func send(_ message: [String: Any]) throws {
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0x0A)
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(input, bytes.baseAddress! + offset, bytes.count - offset)
                guard n > 0 else { throw POSIXError(.EPIPE) }
                offset += n
            }
        }
    }

    /// The next line of output, polling the non-blocking pipe (no thread blocks on it).
    func line(timeout: Duration = .seconds(60)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(output, &chunk, chunk.count)
            if n > 0 {
                buffer += chunk[..<n]
                continue
            }
            if n == 0 { throw MCPTests.TestFailure("okx mcp closed its output; stderr: \(stderr)") }
            guard ContinuousClock.now < deadline else { throw MCPTests.TestFailure("no answer from okx mcp; stderr: \(stderr)") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Sends a request and returns its answer's `result` (or `error`) object.
    func request(_ method: String, _ params: [String: Any] = [:]) async throws -> [String: Any] {
        let id = nextID
        nextID += 1
        try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        while true {
            let text = try await line()
            guard let message = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { continue }
            guard message["id"] as? Int == id else { continue }
            if let error = message["error"] as? [String: Any] { return ["rpcError": error] }
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    /// initialize + notifications/initialized.
    func initialize() async throws -> [String: Any] {
        let result = try await request("initialize", ["protocolVersion": "2025-06-18", "capabilities": [String: Any](),
                                                      "clientInfo": ["name": "stdio-test", "version": "1"]])
        try send(["jsonrpc": "2.0", "method": "notifications/initialized"])
        return result
    }

    /// A tool call's result: the text content parsed, and whether it is an error.
    func call(_ tool: String, _ arguments: [String: Any] = [:]) async throws -> (isError: Bool, json: [String: Any], text: String) {
        let result = try await request("tools/call", ["name": tool, "arguments": arguments])
        let content = result["content"] as? [[String: Any]] ?? []
        let text = content.first?["text"] as? String ?? ""
        let json = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return (result["isError"] as? Bool ?? false, json, text)
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Closes standard input (the client has nothing more to say; answers may still come).
    func closeInput() {
        guard inputOpen else { return }
        inputOpen = false
        close(input)
    }

    /// Closes standard input and waits for the server to exit; returns its exit status.
    func finish() async throws -> Int32 {
        closeInput()
        guard let status = try await Subprocess.exitStatus(of: pid, until: ContinuousClock.now + .seconds(60)) else {
            kill(pid, SIGKILL)
            await Subprocess.reap(pid)
            throw MCPTests.TestFailure("okx mcp did not exit after its input closed; stderr: \(stderr)")
        }
        close(output)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
    }
}

@Suite struct MCPStdioTests {
    static func environment(_ sim: OKXSimulator, key: SimulatedKey, home: String) -> [String: String] {
        // No OKX_DEMO: the server's own default (demo) applies.
        ["HOME": home, "PATH": "/usr/bin:/bin", "OKX_API_BASE_URL": sim.baseURL, "OKX_API_KEY": key.apiKey,
         "OKX_SECRET_KEY": key.secretKey, "OKX_PASSPHRASE": key.passphrase]
    }

    static func home() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("okx-mcp-home-\(UUID().uuidString)").path
    }

    @Test func aSessionOverStdio() async throws {
        try await withStartedSimulator { sim in
            let home = Self.home()
            let audit = home + "/audit.jsonl"
            let client = try MCPStdioClient(arguments: ["mcp", "--allow-trade", "--max-orders", "2", "--audit-log", audit],
                                            environment: Self.environment(sim, key: .demo, home: home))
            let initialized = try await client.initialize()
            #expect((initialized["serverInfo"] as? [String: Any])?["name"] as? String == "okx", "\(initialized)")
            let listed = try await client.request("tools/list")
            let tools = try #require(listed["tools"] as? [[String: Any]])
            #expect(tools.count == 10)
            let size = try JSONSerialization.data(withJSONObject: listed).count / 4
            #expect(size < 8000, "tools/list is about \(size) tokens")

            let search = try await client.call("search_endpoints", ["query": "candlesticks history"])
            #expect(!search.isError && search.text.contains("MarketData."), "\(search.text)")
            let read = try await client.call("call_endpoint", ["endpoint": "MarketData.ticker", "arguments": ["instId": "BTC-USDT"]])
            #expect(!read.isError && (read.json["environment"] as? [String: Any])?["trading"] as? String == "demo", "\(read.text)")

            let dry = try await client.call("place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000", "dry_run": true])
            #expect(!dry.isError && dry.json["dryRun"] as? Bool == true, "\(dry.text)")
            #expect(sim.orders().isEmpty)
            let placed = try await client.call("place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            let ordId = try #require(placed.json["ordId"] as? String, "\(placed.text)")
            #expect(sim.orders().count == 1)
            let cancelled = try await client.call("cancel_order", ["instId": "BTC-USDT-SWAP", "ordId": ordId])
            #expect(!cancelled.isError, "\(cancelled.text)")
            let second = try await client.call("place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(!second.isError)
            let third = try await client.call("place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(third.isError && ((third.json["error"] as? [String: Any])?["message"] as? String)?.contains("--max-orders") == true, "\(third.text)")

            let status = try await client.finish()
            #expect(status == 0, "exit \(status): \(client.stderr)")
            #expect(client.stderr.contains("demo trading") && client.stderr.contains(audit), "\(client.stderr)")
            let lines = try String(contentsOfFile: audit, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 7, "one line per tool call: \(lines)")
            let shown = try await CLI.run(["mcp", "--audit", "--audit-log", audit], environment: ["HOME": home, "PATH": "/usr/bin:/bin"])
            #expect(shown.status == 0 && shown.stdout.contains("place_order") && shown.stdout.contains("refused"), "\(shown.stdout) \(shown.stderr)")
        }
    }

    @Test func answersStillUnderWayWhenInputClosesAreWritten() async throws {
        try await withStartedSimulator { sim in
            let home = Self.home()
            let client = try MCPStdioClient(arguments: ["mcp", "--audit-log", home + "/a.jsonl"], environment: Self.environment(sim, key: .demo, home: home))
            _ = try await client.initialize()
            // The simulator holds the ticker's answer, so the call is still running when the
            // client closes its end; the server must write the answer before it exits.
            sim.inject(.delay(.seconds(1)), path: "/api/v5/market/ticker")
            try client.send(["jsonrpc": "2.0", "id": 41, "method": "tools/call",
                             "params": ["name": "call_endpoint", "arguments": ["endpoint": "MarketData.ticker", "arguments": ["instId": "BTC-USDT"]]]])
            try await waitUntil("the ticker request at the simulator") { sim.requestCount(path: "/api/v5/market/ticker") > 0 }
            client.closeInput()
            var answer: [String: Any]?
            while answer == nil {
                let text = try await client.line()
                let message = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                if message?["id"] as? Int == 41 { answer = message }
            }
            let result = try #require(answer?["result"] as? [String: Any], "\(answer ?? [:])")
            #expect(result["isError"] as? Bool != true, "\(result)")
            #expect(try await client.finish() == 0)
        }
    }

    @Test func readOnlyByDefaultAndLiveNeedsItsOwnFlag() async throws {
        try await withStartedSimulator { sim in
            let home = Self.home()
            let readOnly = try MCPStdioClient(arguments: ["mcp", "--audit-log", home + "/a.jsonl"], environment: Self.environment(sim, key: .demo, home: home))
            _ = try await readOnly.initialize()
            let refused = try await readOnly.call("call_endpoint", ["endpoint": "Trade.placeOrder", "arguments": [
                "instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "100"]])
            #expect(refused.isError && (refused.json["error"] as? [String: Any])?["category"] as? String == "refused", "\(refused.text)")
            #expect(try await readOnly.finish() == 0)

            let live = try MCPStdioClient(arguments: ["mcp", "--live", "--allow-trade", "--audit-log", home + "/b.jsonl"],
                                          environment: Self.environment(sim, key: .live, home: home))
            _ = try await live.initialize()
            let order = try await live.call("place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(order.isError && order.text.contains("--allow-live-trade"), "\(order.text)")
            #expect((order.json["environment"] as? [String: Any])?["trading"] as? String == "live")
            #expect(try await live.finish() == 0)
            #expect(live.stderr.contains("LIVE"))
            #expect(sim.orders().isEmpty)
        }
    }

    @Test func listToolsAndPrintConfig() async throws {
        let env = ["HOME": Self.home(), "PATH": "/usr/bin:/bin"]
        for (arguments, count) in [([String](), 7), (["--allow-trade"], 10), (["--modules", "all"], -1), (["--modules", "all", "--allow-trade"], 390)] {
            let r = try await CLI.run(["mcp", "--list-tools", "--json"] + arguments, environment: env)
            let json = try #require(r.json, "\(r.stdout) \(r.stderr)")
            if count >= 0 { #expect(json["tools"] as? Int == count) }
            if arguments.isEmpty { #expect((json["tokens"] as? Int ?? .max) < 8000) }
        }
        let config = try await CLI.run(["mcp", "--print-config"], environment: env)
        #expect(config.status == 0 && config.stdout.contains("mcpServers") && config.stdout.contains("claude mcp add okx"))
    }

    /// The sweep of CLISecretSweepTests for `okx mcp`: servers that echo the request's headers
    /// back; nothing the server writes (answers, stderr, audit log) holds a secret or signature.
    @Test func noSecretReachesTheAgentOrTheLog() async throws {
        let servers = try CLISecretSweepTests.Answer.allCases.map { try CLISecretSweepTests.server($0) }
        defer { for server in servers { server.stop() } }
        var outputs: [String] = []
        for server in servers {
            let home = Self.home()
            let audit = home + "/audit.jsonl"
            let env = ["HOME": home, "PATH": "/usr/bin:/bin", "OKX_API_KEY": CLISecretSweepTests.apiKey, "OKX_SECRET_KEY": CLISecretSweepTests.secretKey,
                       "OKX_PASSPHRASE": CLISecretSweepTests.passphrase, "OKX_API_BASE_URL": server.baseURL]
            let client = try MCPStdioClient(arguments: ["mcp", "--allow-trade", "--audit-log", audit], environment: env)
            _ = try await client.initialize()
            for (tool, arguments) in [("balance", [String: Any]()), ("positions", [:]), ("doctor", [:]),
                                      ("call_endpoint", ["endpoint": "TradingAccount.getBalance"]),
                                      ("cancel_order", ["instId": "BTC-USDT", "clOrdId": "sweep1"])] {
                let answer = try await client.call(tool, arguments)
                outputs.append(answer.text)
            }
            _ = try await client.finish()
            outputs.append(client.stderr)
            outputs.append((try? String(contentsOfFile: audit, encoding: .utf8)) ?? "")
        }
        let signatures = servers.flatMap(\.requests).compactMap { $0.header("OK-ACCESS-SIGN") }
        #expect(signatures.count >= 6, "the secrets were sent to be echoed")
        for text in outputs {
            #expect(!text.contains(CLISecretSweepTests.passphrase), "passphrase shown: \(text.prefix(300))")
            #expect(!text.contains(CLISecretSweepTests.secretKey))
            #expect(!text.lowercased().contains(CLISecretSweepTests.apiKey))
            for signature in signatures where text.contains(signature) || text.contains(signature.replacingOccurrences(of: "/", with: "\\/")) {
                Issue.record("a signature was shown")
            }
        }
    }
}
