import Foundation
@testable import OKX
import OKXSimulator
@testable import OKXStreams
import Testing

/// A WebSocket that cannot be reached must not look like a quiet market: each failed attempt is
/// an event, and the stream ends with a transport error, at once for a refused certificate or
/// upgrade, after `maxConsecutiveConnectFailures` attempts for a refused port. The streams end
/// by themselves, so these tests wait on the streams, never on time.
@Suite(.timeLimit(.minutes(2))) struct StreamConnectionFailureTests {
    static let key = SimulatedKey.demo

    static func streams(_ webSocketBaseURL: String, maxFailures: Int? = 3, rest restBaseURL: String = "http://127.0.0.1:9") throws -> (OKXStreams, OKXClient) {
        var config = OKXClient.Configuration(environment: .demo, baseURL: restBaseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let rest = try OKXClient(configuration: config)
        var settings = OKXStreams.Configuration(client: config, webSocketBaseURL: webSocketBaseURL)
        settings.reconnectBaseDelay = .milliseconds(1)
        settings.reconnectMaxDelay = .milliseconds(4)
        settings.maxConsecutiveConnectFailures = maxFailures
        return (OKXStreams(configuration: settings, rest: rest), rest)
    }

    /// Everything a stream delivers until it ends, and the error it ends with.
    static func run(_ stream: StreamEvents) async -> (failures: [ConnectionFailure], other: [StreamEvent], error: (any Error)?) {
        var failures: [ConnectionFailure] = [], other: [StreamEvent] = []
        do {
            for try await event in stream {
                if case .connectionFailed(let failure) = event { failures.append(failure) } else { other.append(event) }
            }
            return (failures, other, nil)
        } catch {
            return (failures, other, error)
        }
    }

    static func expectNoSecret(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            for secret in [key.apiKey, key.secretKey, key.passphrase] {
                #expect(!text.contains(secret), "a secret in \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func refusedPortIsReportedEachTimeThenEndsTheStream() async throws {
        let closed = try ClosedPort()
        let (streams, rest) = try Self.streams("ws://127.0.0.1:\(closed.port)", maxFailures: 3)
        // A private channel: the login it would send must not appear anywhere either.
        let (failures, other, error) = await Self.run(streams.subscribe(.orders()))
        #expect(other.isEmpty, "\(other)")
        #expect(failures.map(\.attempt) == [1, 2, 3])
        #expect(failures.allSatisfy { $0.reason == .refused && $0.endpoint == .private && $0.url == "ws://127.0.0.1:\(closed.port)/ws/v5/private" })
        #expect(failures.dropLast().allSatisfy { $0.retryIn != nil } && failures.last?.isFinal == true)
        let okx = try #require(error as? OKXError, "\(String(describing: error))")
        #expect(okx.category == .transport && okx.transportError?.kind == .connect && okx.isRetryable)
        #expect(okx.message.contains("3 attempts") && okx.message.contains("refused"))
        Self.expectNoSecret(failures.map(\.description) + [okx.description])
        await streams.shutdown(); await rest.shutdown()
        withExtendedLifetime(closed) {}
    }

    @Test func refusedUpgradeIsNotRetried() async throws {
        let sim = try await OKXSimulator.start()
        // The simulator's HTTP server answers this path, but not as a WebSocket (404).
        let (streams, rest) = try Self.streams(sim.webSocketBaseURL + "/nowhere", maxFailures: 10)
        let (failures, other, error) = await Self.run(streams.subscribe(.tickers("BTC-USDT")))
        #expect(other.isEmpty, "\(other)")
        #expect(failures.count == 1 && failures.first?.reason == .upgradeRefused && failures.first?.isFinal == true, "\(failures)")
        let okx = try #require(error as? OKXError, "\(String(describing: error))")
        #expect(okx.category == .transport && !okx.isRetryable)
        #expect(okx.fix.contains("WebSocket base URL"))
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }

    /// After giving up, the connection is not dead for good: a later subscription tries again.
    @Test func aLaterSubscriptionTriesAgain() async throws {
        let closed = try ClosedPort()
        let (streams, rest) = try Self.streams("ws://127.0.0.1:\(closed.port)", maxFailures: 1)
        let first = await Self.run(streams.subscribe(.tickers("BTC-USDT")))
        let second = await Self.run(streams.subscribe(.tickers("ETH-USDT")))
        #expect(first.failures.map(\.attempt) == [1] && second.failures.map(\.attempt) == [1])
        #expect((second.error as? OKXError)?.category == .transport)
        await streams.shutdown(); await rest.shutdown()
        withExtendedLifetime(closed) {}
    }

    /// Order entry over the WebSocket ends with the same error instead of waiting out its
    /// timeout for a login that cannot happen (REST, for the instrument code, is reachable).
    @Test func orderEntryFailsWithTheTransportError() async throws {
        let sim = try await OKXSimulator.start()
        let closed = try ClosedPort()
        let (streams, rest) = try Self.streams("ws://127.0.0.1:\(closed.port)", maxFailures: 2, rest: sim.baseURL)
        let error = await okxError {
            _ = try await streams.cancelOrder(instId: "BTC-USDT", ordId: "1")
        }
        #expect(error?.category == .transport && error?.transportError?.kind == .connect, "\(String(describing: error))")
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
        withExtendedLifetime(closed) {}
    }

    /// The counting behind the bound: failures in a row, reset by any connection that opens, so
    /// an outage shorter than the bound is ridden out however often it happens.
    @Test func theBoundCountsFailuresInARowOnly() {
        var attempts = ConnectAttempts(limit: 3)
        #expect(attempts.failed(.refused) == .retry && attempts.failed(.timeout) == .retry)
        attempts.opened()
        #expect(attempts.failed(.refused) == .retry && attempts.consecutiveFailures == 1)
        #expect(attempts.failed(.dns) == .retry && attempts.failed(.refused) == .exhausted && attempts.consecutiveFailures == 3)

        var unbounded = ConnectAttempts(limit: nil)
        for _ in 0..<1000 { #expect(unbounded.failed(.refused) == .retry) }
        #expect(unbounded.failed(.tls) == .permanent, "a refused certificate ends it even without a bound")

        var upgrade = ConnectAttempts(limit: 3)
        #expect(upgrade.failed(.upgradeRefused) == .permanent, "never opened: a wrong URL")
        var reopened = ConnectAttempts(limit: 3)
        reopened.opened()
        #expect(reopened.failed(.upgradeRefused) == .retry, "after it opened: the gateway restarting, counted like a refusal")
        #expect(ConnectAttempts(limit: 0).limit == 1, "at least one attempt")
    }

    // MARK: Plain ws:// only to loopback (finding 5)

    @Test(arguments: [
        ("ws://127.0.0.1:8080", "ws://127.0.0.1:8080"), ("ws://localhost:1/x", "ws://localhost:1/x"), ("ws://[::1]:9", "ws://[::1]:9"),
        ("ws://127.200.3.4", "ws://127.200.3.4"), ("WS://127.0.0.1:1", "ws://127.0.0.1:1"), ("wss://ws.okx.com:8443", "wss://ws.okx.com:8443"),
        // The WebSocket client compares the scheme exactly: `WSS` would have meant no TLS at all.
        ("WSS://ws.okx.com:8443", "wss://ws.okx.com:8443"), ("wss://203.0.113.9:8443", "wss://203.0.113.9:8443"),
    ])
    func acceptedWebSocketURLs(url: String, normalized: String) throws {
        #expect(try CurlTransport.checkWebSocket(url: url) == normalized)
    }

    @Test(arguments: [
        "ws://ws.okx.com:8443", "ws://203.0.113.9", "ws://10.0.0.1:80", "ws://127.0.0.1.example.com", "ws://localhost.example.com",
        "ws://128.0.0.1", "ws://user@127.0.0.1:80", "wss://user:pw@ws.okx.com", "http://127.0.0.1:80", "https://ws.okx.com", "ftp://127.0.0.1",
        "127.0.0.1:80", "ws://", "ws:// 127.0.0.1",
    ])
    func refusedWebSocketURLs(url: String) {
        do {
            _ = try CurlTransport.checkWebSocket(url: url)
            Issue.record("\(url) was accepted")
        } catch {
            #expect(error.category == .configuration)
            #expect(!error.message.contains("pw"), "no user information echoed")
        }
    }

    /// A plain ws:// URL to another host ends the stream with a configuration error before any
    /// connection is tried (no `connectionFailed` event: nothing was attempted), for public and
    /// private streams and for order entry, so the login never leaves the process.
    @Test func plainWebSocketToARemoteHostIsRefusedBeforeConnecting() async throws {
        // TEST-NET-3: were a connection tried, it would fail with an event, not a configuration error.
        let (streams, rest) = try Self.streams("ws://203.0.113.7:8443")
        #expect(throws: OKXError.self) { try streams.configuration.validate() }
        for channel in [Channel.tickers("BTC-USDT"), .orders()] {
            let (failures, other, error) = await Self.run(streams.subscribe(channel))
            #expect(failures.isEmpty && other.isEmpty)
            let okx = try #require(error as? OKXError)
            #expect(okx.category == .configuration && okx.message.contains("loopback") && okx.message.contains("203.0.113.7"))
            Self.expectNoSecret([okx.description])
        }
        await streams.shutdown(); await rest.shutdown()
    }

    // MARK: TLS stays verified (finding 5)

    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A self-signed server on loopback, found under its name (`localhost`, as the certificate
    /// says) and under its address: both refused, at the first attempt, with a TLS error.
    @Test(.enabled(if: openssl != nil, "needs the openssl command"))
    func selfSignedWebSocketServerIsRefused() async throws {
        try await withSelfSignedServer { port in
            for host in ["localhost", "127.0.0.1"] {
                let (streams, rest) = try Self.streams("wss://\(host):\(port)", maxFailures: 10)
                let (failures, other, error) = await Self.run(streams.subscribe(.orders()))
                #expect(other.isEmpty)
                #expect(failures.count == 1 && failures.first?.reason == .tls && failures.first?.isFinal == true, "\(host): \(failures)")
                let okx = try #require(error as? OKXError)
                #expect(okx.category == .transport && okx.transportError?.kind == .tls && !okx.isRetryable)
                Self.expectNoSecret(failures.map(\.description) + [okx.description])
                await streams.shutdown(); await rest.shutdown()
            }
        }
    }
}

/// Runs OpenSSL's test server with a fresh self-signed certificate for `localhost` and
/// 127.0.0.1 on a free loopback port, and calls `body` once it listens (it says so on stdout).
func withSelfSignedServer(_ body: (Int) async throws -> Void) async throws {
    let openssl = try #require(StreamConnectionFailureTests.openssl)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-wss-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let generated = try await Subprocess.run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.path + "/key.pem",
                                                       "-out", dir.path + "/cert.pem", "-days", "1", "-subj", "/CN=localhost",
                                                       "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], environment: [:])
    try #require(generated.status == 0, "\(generated.stderr)")
    let output = dir.path + "/out"
    let server = try Subprocess.spawn(openssl, ["s_server", "-accept", "127.0.0.1:0", "-cert", dir.path + "/cert.pem", "-key", dir.path + "/key.pem", "-www"],
                                      environment: [:], stdout: output)
    // Stopped and reaped without a blocking waitpid (a defer cannot await, and a blocking
    // wait would hold one of the cooperative pool's threads).
    let outcome: Result<Void, any Error>
    do {
        // "ACCEPT 127.0.0.1:PORT" once it listens.
        var port: Int?
        try await waitUntil("openssl s_server to listen") {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            port = text.split(separator: "\n").first { $0.hasPrefix("ACCEPT ") }.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) }
            return port != nil
        }
        try await body(try #require(port))
        outcome = .success(())
    } catch {
        outcome = .failure(error)
    }
    kill(server, SIGKILL)
    await Subprocess.reap(server)
    try outcome.get()
}
