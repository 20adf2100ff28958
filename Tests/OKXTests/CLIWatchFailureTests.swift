import Foundation
import OKXSimulator
import Testing

/// `okx watch` against a WebSocket it cannot use: each failed attempt on stderr (one line, no
/// secret), then exit code 4, by itself and in bounded time; a plain ws:// URL to another host
/// is refused before anything connects (exit code 6).
@Suite(.timeLimit(.minutes(2))) struct CLIWatchFailureTests {
    static let key = SimulatedKey.demo

    /// Credentials in the environment, so that a leak of any of them would show.
    static func environment(webSocket: String) -> [String: String] {
        [
            "HOME": FileManager.default.temporaryDirectory.appendingPathComponent("okx-cli-home-\(UUID().uuidString)").path,
            "PATH": "/usr/bin:/bin", "OKX_API_BASE_URL": "http://127.0.0.1:9", "OKX_WS_BASE_URL": webSocket,
            "OKX_API_KEY": key.apiKey, "OKX_SECRET_KEY": key.secretKey, "OKX_PASSPHRASE": key.passphrase, "OKX_DEMO": "1",
        ]
    }

    static func attemptLines(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("okx watch: connection attempt ") }
    }

    static func expectNoSecret(_ r: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in [key.apiKey, key.secretKey, key.passphrase] {
            #expect(!r.stdout.contains(secret) && !r.stderr.contains(secret), "a secret in the output", sourceLocation: sourceLocation)
        }
    }

    @Test func refusedPortEndsWithExitCode4AfterFiveAttempts() async throws {
        let closed = try ClosedPort()
        // A private channel: it would log in first if it ever connected.
        let r = try await CLI.run(["watch", "orders"], environment: Self.environment(webSocket: "ws://127.0.0.1:\(closed.port)"))
        withExtendedLifetime(closed) {}
        #expect(r.status == 4, "\(r.stderr)")
        let lines = Self.attemptLines(r.stderr)
        #expect(lines.count == 5, "\(r.stderr)")
        for (i, line) in lines.enumerated() {
            #expect(line.hasPrefix("okx watch: connection attempt \(i + 1) to ws://127.0.0.1:\(closed.port)/ws/v5/private failed (refused): "), "\(line)")
            #expect(line.hasSuffix(i == 4 ? "giving up" : " s"), "\(line)")
        }
        #expect(r.stderr.contains("error: [transport]") && r.stderr.contains("fix:"))
        Self.expectNoSecret(r)
    }

    @Test func refusedUpgradeEndsWithExitCode4AtOnce() async throws {
        let sim = try await OKXSimulator.start()
        // The simulator answers HTTP on this path, but no WebSocket lives there: 404.
        let r = try await CLI.run(["watch", "tickers", "--inst", "BTC-USDT"], environment: Self.environment(webSocket: sim.webSocketBaseURL + "/nowhere"))
        await sim.stop()
        #expect(r.status == 4, "\(r.stderr)")
        let lines = Self.attemptLines(r.stderr)
        #expect(lines.count == 1 && lines.first?.contains("failed (upgrade refused)") == true && lines.first?.hasSuffix("giving up") == true, "\(r.stderr)")
        Self.expectNoSecret(r)
    }

    @Test(.enabled(if: StreamConnectionFailureTests.openssl != nil, "needs the openssl command"))
    func refusedCertificateEndsWithExitCode4AtOnce() async throws {
        try await withSelfSignedServer { port in
            let r = try await CLI.run(["watch", "orders"], environment: Self.environment(webSocket: "wss://localhost:\(port)"))
            #expect(r.status == 4, "\(r.stderr)")
            let lines = Self.attemptLines(r.stderr)
            #expect(lines.count == 1 && lines.first?.contains("failed (tls)") == true, "\(r.stderr)")
            Self.expectNoSecret(r)
        }
    }

    @Test func plainWebSocketToARemoteHostIsAConfigurationError() async throws {
        let r = try await CLI.run(["watch", "orders"], environment: Self.environment(webSocket: "ws://203.0.113.7:8443"))
        #expect(r.status == 6, "\(r.stderr)")
        #expect(r.stderr.contains("loopback") && Self.attemptLines(r.stderr).isEmpty, "\(r.stderr)")
        Self.expectNoSecret(r)
    }
}
