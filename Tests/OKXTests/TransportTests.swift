import Foundation
@testable import OKX
import OKXSimulator
import Testing

@Suite struct TransportTests {
    @Test func connectionRefusedIsTypedAndProvablyNotSent() async throws {
        let closed = try ClosedPort()
        let url = "http://127.0.0.1:\(closed.port)/api/v5/public/time"
        let transport = try CurlTransport()
        defer { Task { await transport.shutdown() } }
        do {
            _ = try await transport.send(HTTPRequest(method: .get, url: url))
            Issue.record("expected a failure")
        } catch let error as TransportError {
            #expect(error.kind == .connect)
            #expect(!error.requestMayHaveReachedServer)
            #expect(error.curlCode == 7)
            #expect(!error.message.isEmpty)
        }
        withExtendedLifetime(closed) {}
    }

    @Test func plainHTTPToANonLoopbackHostIsRefusedBeforeSending() async throws {
        let transport = try CurlTransport()
        defer { Task { await transport.shutdown() } }
        for url in ["http://www.okx.com/api/v5/public/time", "ftp://127.0.0.1/x", "not a url"] {
            do {
                _ = try await transport.send(HTTPRequest(method: .get, url: url))
                Issue.record("expected \(url) to be refused")
            } catch let error as TransportError {
                #expect(error.kind == .invalidURL, "\(url)")
            }
        }
        #expect(CurlTransport.isLoopback(host: "127.0.0.1") && CurlTransport.isLoopback(host: "[::1]") && CurlTransport.isLoopback(host: "localhost"))
        #expect(!CurlTransport.isLoopback(host: "127.example.com") && !CurlTransport.isLoopback(host: "10.0.0.1"))
    }

    @Test func timeoutIsTyped() async throws {
        try await withSimulator(client: { $0.transport.totalTimeout = .milliseconds(200); $0.retry = .none }) { sim, client in
            sim.inject(.delay(.seconds(2)), path: "/api/v5/market/ticker")
            let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
            #expect(error.category == .transport)
            #expect(error.transportError?.kind == .timeout)
        }
    }

    @Test func oversizedResponseIsRefusedWhileReading() async throws {
        try await withSimulator(client: { $0.transport.maxResponseBytes = 300 }) { _, client in
            _ = try await client.send(API.PublicData.getSystemTime())
            let error = try #require(await okxError { _ = try await client.send(API.PublicData.getInstruments(.init(instType: .spot))) })
            #expect(error.transportError?.kind == .responseTooLarge)
            #expect(error.transportError?.message.contains("300 bytes") == true)
        }
    }

    @Test func cancellationAbortsTheTransfer() async throws {
        try await withSimulator { sim, client in
            sim.inject(.delay(.seconds(60)), path: "/api/v5/market/ticker")
            let task = Task { try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) }
            // Cancel once the request is at the simulator (an event, not a guessed time).
            let bound = ContinuousClock.now + .seconds(60)  // bounds a failing test only
            while sim.requestCount(path: "/api/v5/market/ticker") == 0 && ContinuousClock.now < bound { try await Task.sleep(for: .milliseconds(5)) }
            task.cancel()
            let result = await task.result
            // Had the transfer not been aborted, the held answer would have arrived and the call
            // succeeded: the error itself shows the cancel took effect, no clock needed.
            guard case .failure(let error as OKXError) = result else {
                Issue.record("expected a cancellation error, got \(result)")
                return
            }
            #expect(error.transportError?.kind == .cancelled)
        }
    }

    @Test func alreadyCancelledTaskNeverStarts() async throws {
        try await withSimulator { sim, client in
            let task = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            }
            let result = await task.result
            guard case .failure(let error as OKXError) = result else {
                Issue.record("expected a cancellation error")
                return
            }
            #expect(error.transportError?.kind == .cancelled)
            #expect(sim.requestCount(path: "/api/v5/market/ticker") == 0)
        }
    }

    @Test func hundredsOfConcurrentSignedRequestsThroughOneClient() async throws {
        // Rate limits off on both sides: this is about the transport under concurrency.
        try await withSimulator({ $0.enforceRateLimits = false }, client: { $0.rateLimiter = nil }) { sim, client in
            let count = 400
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<count {
                    group.addTask {
                        if i % 2 == 0 { return try await client.first(API.TradingAccount.getBalance()).details?.count ?? 0 }
                        return try await client.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 5))).bidLevels.count
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(results.count == count)
            #expect(results.allSatisfy { $0 > 0 })
            #expect(sim.requestCount(path: "/api/v5/account/balance") == count / 2)
        }
    }

    @Test func transfersQueuedForAConnectionStartWhenACancelFreesOne() async throws {
        // Two connections, both held by answers the simulator delays for a minute, and 200
        // requests queued in curl behind them. Cancelling the held two (on this task's thread,
        // not the I/O thread) hands their connections to queued transfers, which curl marks due
        // at once; the I/O thread must be told. Its safety-net wakeup is set to an hour, so a
        // missed wakeup strands every queued request until its own timeout and fails the test.
        var simulated = SimulatorConfiguration()
        simulated.enforceRateLimits = false
        let sim = try await OKXSimulator.start(simulated)
        var configuration = CurlTransport.Configuration()
        configuration.maxConnectionsPerHost = 2
        // No curl timer of its own may run the queue before the test's bound: a connect
        // timeout would (queued transfers wait in curl's connect phase).
        configuration.connectTimeout = .seconds(120)
        configuration.totalTimeout = .seconds(120)
        configuration.idleWakeInterval = .seconds(3600)
        let transport = try CurlTransport(configuration: configuration)
        // One answered request first: until a connection has answered, curl cannot know it
        // will not multiplex (HTTP/1.1 here) and would queue the second held request behind it.
        #expect(try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/public/time")).status == 200)
        let held = "/api/v5/market/ticker"
        sim.inject(.delay(.seconds(120)), path: held, times: 2)
        let heldTasks = (0..<2).map { _ in
            Task { try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + held + "?instId=BTC-USDT")) }
        }
        try await waitUntil("both held requests at the simulator") { sim.requestCount(path: held) >= 2 }
        #expect(sim.requestCount(path: held) == 2)
        let count = 200
        let queued = Task {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<count {
                    group.addTask { try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/public/time")).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
        }
        // Every queued request handed to curl before the cancel, so that only a connection
        // freed by the cancel can start them.
        try await waitUntil("every queued request handed to curl") { transport.transfersInFlight >= count + 2 }
        #expect(transport.transfersInFlight == count + 2)
        #expect(sim.requestCount(path: "/api/v5/public/time") == 1)
        for task in heldTasks { task.cancel() }
        for task in heldTasks {
            guard case .failure(let error as TransportError) = await task.result else {
                Issue.record("a held request was not cancelled")
                continue
            }
            #expect(error.kind == .cancelled)
        }
        let statuses = try await queued.value
        #expect(statuses.count == count)
        #expect(statuses.allSatisfy { $0 == 200 })
        #expect(sim.requestCount(path: "/api/v5/public/time") == count + 1)
        await transport.shutdown()
        await sim.stop()
    }

    @Test func anIOThreadWithNothingToDoStaysAsleepAfterATimeout() async throws {
        // A request that times out ends inside curl's timer run; curl then reports no timer at
        // all, and a loop that kept the old, passed deadline would wait 0 ms over and over. The
        // idle window is measured in another transport's requests, not in time.
        let sim = try await OKXSimulator.start()
        var configuration = CurlTransport.Configuration()
        configuration.totalTimeout = .milliseconds(300)
        configuration.idleWakeInterval = .seconds(3600)
        let transport = try CurlTransport(configuration: configuration)
        let other = try CurlTransport()
        sim.inject(.delay(.seconds(30)), path: "/api/v5/market/ticker")
        do {
            let response = try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/market/ticker?instId=BTC-USDT"))
            Issue.record("expected a timeout, got status \(response.status)")
        } catch let error as TransportError {
            #expect(error.kind == .timeout)
        }
        let before = transport.ioLoopPasses
        for _ in 0..<20 { _ = try await other.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/public/time")) }
        let passes = transport.ioLoopPasses - before
        #expect(passes <= 2, "the idle I/O thread went round its loop \(passes) times")
        await transport.shutdown()
        await other.shutdown()
        await sim.stop()
    }

    @Test func preferringTheTransportExecutorResumesOnTheIOThread() async throws {
        // The design's point: with the curl thread preferred, the continuation resumes there
        // (no hand-off to Swift's pool); without it, the task resumes on the pool.
        let sim = try await OKXSimulator.start()
        let transport = try CurlTransport()
        let url = sim.baseURL + "/api/v5/public/time"
        let onLoop = try await withTaskExecutorPreference(transport.preferredExecutor) {
            _ = try await transport.send(HTTPRequest(method: .get, url: url))
            return transport.isOnIOThread
        }
        #expect(onLoop)
        let task = Task.detached {
            _ = try await transport.send(HTTPRequest(method: .get, url: url))
            return transport.isOnIOThread
        }
        #expect(try await task.value == false)
        await transport.shutdown()
        await sim.stop()
    }

    @Test func explicitProxyIsUsed() async throws {
        // The "proxy" is a loopback port nobody listens on: the transfer must fail connecting to
        // it (a connect error), not resolving www.okx.com, which proves curl went via the proxy.
        // Nothing leaves this machine.
        let closed = try ClosedPort()
        var config = CurlTransport.Configuration()
        config.proxy = "http://127.0.0.1:\(closed.port)"
        config.connectTimeout = .seconds(2)
        let transport = try CurlTransport(configuration: config)
        do {
            _ = try await transport.send(HTTPRequest(method: .get, url: "https://www.okx.com/api/v5/public/time"))
            Issue.record("expected a failure")
        } catch let error as TransportError {
            #expect(error.kind == .connect, "\(error)")
            #expect(!error.requestMayHaveReachedServer)
        }
        await transport.shutdown()
        withExtendedLifetime(closed) {}
    }

    @Test func runtimeFeatureProbes() {
        #expect(CurlTransport.libcurlVersion.split(separator: ".").count == 3)
        #expect(CurlTransport.supports(protocol: "https"))
    }

    @Test func shutdownFailsLaterRequestsCleanly() async throws {
        let sim = try await OKXSimulator.start()
        let transport = try CurlTransport()
        _ = try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/public/time"))
        await transport.shutdown()
        do {
            _ = try await transport.send(HTTPRequest(method: .get, url: sim.baseURL + "/api/v5/public/time"))
            Issue.record("expected shutdown error")
        } catch let error as TransportError {
            #expect(error.kind == .shutdown)
        }
        await sim.stop()
    }
}

/// Headers stay raw bytes until asked for; parsing them must give what the lines said.
@Suite struct ResponseHeaderTests {
    @Test func rawHeaderLinesParseOnDemand() {
        let lines = "Content-Type: application/json\r\nretry-after:  3 \r\nX-Empty:\r\nX-Dup: one\r\nx-dup: two\r\nno colon line\r\n\r\n"
        let response = HTTPResponse(status: 429, rawHeaders: Array(lines.utf8), body: Data())
        #expect(response.header("Retry-After") == "3")
        #expect(response.header("CONTENT-TYPE") == "application/json")
        #expect(response.header("x-dup") == "one")
        #expect(response.header("X-Empty") == "")
        #expect(response.header("Missing") == nil)
        #expect(response.headers.map(\.name) == ["Content-Type", "retry-after", "X-Empty", "X-Dup", "x-dup"])
        var copy = response
        copy.headers = [HTTPHeader("A", "b")]
        #expect(copy.header("a") == "b" && copy.headers.count == 1)
    }
}
