import Foundation
import Logging
import InMemoryLogging
@testable import OKX
import OKXSimulator
import Testing

/// The retry policy of the tests' clients. Orders stay valid for 8 s, which a loaded machine
/// cannot exceed by accident; tests that need the deadline behind them move the simulator's
/// clock (`letOrderDeadlinesPass`). The retry deadline is far away for the same reason: a test
/// that expects a retry must not see a slow first attempt on a busy machine use up the time for
/// it (the attempt count bounds the retries; tests of the deadline itself set their own).
let testRetryPolicy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20), deadline: .seconds(120),
                                  orderDeadline: .seconds(8), orderSettle: .milliseconds(100), orderLookupInterval: .milliseconds(50))

/// Starts a simulator, builds a client for it, runs `body`, and tears both down.
func withSimulator<R>(
    _ configure: (inout SimulatorConfiguration) -> Void = { _ in },
    key: SimulatedKey = .demo,
    environment: OKX.Environment = .demo,
    client configureClient: (inout OKXClient.Configuration) -> Void = { _ in },
    _ body: (OKXSimulator, OKXClient) async throws -> R
) async throws -> R {
    var simConfig = SimulatorConfiguration()
    configure(&simConfig)
    let sim = try await OKXSimulator.start(simConfig)
    var config = OKXClient.Configuration(environment: environment, baseURL: sim.baseURL)
    config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
    config.retry = testRetryPolicy
    configureClient(&config)
    let client = try OKXClient(configuration: config)
    do {
        let result = try await body(sim, client)
        await client.shutdown()
        await sim.stop()
        return result
    } catch {
        await client.shutdown()
        await sim.stop()
        throw error
    }
}

/// Starts a simulator (no client), runs `body`, and stops it, also when `body` throws.
func withStartedSimulator<R>(_ configure: (inout SimulatorConfiguration) -> Void = { _ in }, _ body: (OKXSimulator) async throws -> R) async throws -> R {
    var config = SimulatorConfiguration()
    configure(&config)
    let sim = try await OKXSimulator.start(config)
    do {
        let result = try await body(sim)
        await sim.stop()
        return result
    } catch {
        await sim.stop()
        throw error
    }
}

/// Syncs the client's clock, then has the simulator's clock jump 20 s ahead at the next
/// `public/time`: the look-up that settles an unknown order outcome then finds OKX past the
/// order's deadline at once, instead of the test waiting for it in real time.
func letOrderDeadlinesPass(_ sim: OKXSimulator, _ client: OKXClient) async throws {
    _ = try await client.clock.sync()
    sim.inject(.clockJump(.seconds(20)), path: "/api/v5/public/time")
}

/// Runs `operation` and returns the `OKXError` it throws; records an issue otherwise.
func okxError(_ operation: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> OKXError? {
    do {
        try await operation()
        Issue.record("expected an OKXError, got success", sourceLocation: sourceLocation)
    } catch let error as OKXError {
        return error
    } catch {
        Issue.record("expected an OKXError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A transport that forwards to another and lets a test rewrite requests on the way.
struct RewritingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let rewrite: @Sendable (HTTPRequest) -> HTTPRequest
    func send(_ request: HTTPRequest) async throws -> HTTPResponse { try await inner.send(rewrite(request)) }
}

/// The repository's root, to read the committed data files.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A loopback port that refuses connections for as long as this value lives: the socket is
/// bound (so no other test's server can take the port) but never listens.
final class ClosedPort: Sendable {
    let port: Int
    private let fd: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard fd >= 0, bound == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(fd) }
}
