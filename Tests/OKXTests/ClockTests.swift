import Foundation
@testable import OKX
import OKXSimulator
import Testing

@Suite struct ClockTests {
    @Test(arguments: [45_000, 0, -45_000])
    func skewedServerClockIsMeasuredAndRequestsSucceed(skewMs: Int) async throws {
        try await withSimulator({ $0.clockSkew = .milliseconds(skewMs) }) { sim, client in
            // The first private call syncs lazily, then signs with the corrected time.
            let balance = try await client.first(API.TradingAccount.getBalance())
            #expect(balance.details?.isEmpty == false)
            let m = try #require(client.clock.measurement)
            // Within a few ms on an idle loopback; on a loaded machine (tests run in parallel on
            // two cores) round trips grow, and the truth must then stay within the reported bound.
            let error = abs(m.offsetMilliseconds - Int64(skewMs))
            #expect(error <= max(5, m.uncertaintyMilliseconds), "measured \(m.offsetMilliseconds) ms (±\(m.uncertaintyMilliseconds)) for a skew of \(skewMs) ms")
            #expect(m.uncertaintyMilliseconds >= 1)
        }
    }

    @Test func asymmetricDelayStaysInsideTheReportedUncertainty() async throws {
        try await withSimulator({ $0.clockSkew = .milliseconds(10_000); $0.timeEndpointDelay = .milliseconds(80) }) { _, client in
            let m = try await client.clock.sync()
            let error = abs(m.offsetMilliseconds - 10_000)
            // The server read its clock 80 ms before answering, so the midpoint is ~40 ms off; the
            // bound (RTT/2 + 1) must contain the truth.
            // How large the bias comes out (~40 ms on an idle machine) depends on scheduling; the
            // property that holds on any machine is that the bound contains the truth.
            #expect(m.roundTrip >= .milliseconds(80), "the answer was held 80 ms")
            #expect(error <= m.uncertaintyMilliseconds, "true offset outside ±\(m.uncertaintyMilliseconds) ms (error \(error) ms)")
        }
    }

    @Test func noExtraRoundTripPerSignedRequest() async throws {
        try await withSimulator { sim, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            // One sample before the first signed request, the rest in the background.
            let samples = client.clock.configuration.samples
            try await waitUntil("the background samples") { sim.requestCount(path: "/api/v5/public/time") >= samples }
            try await waitUntil("the refined measurement") { client.clock.measurement?.samples == samples }
            let afterSync = sim.requestCount(path: "/api/v5/public/time")
            #expect(afterSync == samples)
            for _ in 0..<20 { _ = try await client.send(API.Trade.orderList(.init())) }
            #expect(sim.requestCount(path: "/api/v5/public/time") == afterSync)
        }
    }

    @Test func concurrentFirstCallsShareOneSync() async throws {
        try await withSimulator { sim, client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<50 { group.addTask { _ = try await client.send(API.Trade.orderList(.init())) } }
                try await group.waitForAll()
            }
            try await waitUntil("the refined measurement") { client.clock.measurement?.samples == client.clock.configuration.samples }
            #expect(sim.requestCount(path: "/api/v5/public/time") == client.clock.configuration.samples)
        }
    }

    @Test func timestampRejectionResyncsOnceAndSucceeds() async throws {
        try await withSimulator { sim, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            try await waitUntil("the refined measurement") { client.clock.measurement?.samples == client.clock.configuration.samples }
            // The server's clock jumps 40 s ahead: the cached offset is now outside the window.
            sim.update { $0.clockSkew = .seconds(40) }
            sim.resetRequestCounts()
            let config = try await client.first(API.TradingAccount.getAccountConfiguration())
            #expect(config.uid?.isEmpty == false)
            #expect(sim.requestCount(path: "/api/v5/account/config") == 2, "one rejected attempt, one after the re-sync")
            #expect(sim.requestCount(path: "/api/v5/public/time") == client.clock.configuration.samples)
            let m = try #require(client.clock.measurement)
            #expect(abs(m.offsetMilliseconds - 40_000) <= max(5, m.uncertaintyMilliseconds))
        }
    }

    @Test func persistentTimestampRejectionIsTypedWithTheMeasuredSkew() async throws {
        // Something between client and server (here a rewriting transport) adds 60 s to every
        // timestamp, so re-syncing cannot help: one retry, then a typed error.
        let sim = try await OKXSimulator.start()
        let curl = try CurlTransport()
        let shifting = RewritingTransport(inner: curl) { request in
            var request = request
            request.headers = request.headers.map { header in
                guard header.name == "OK-ACCESS-TIMESTAMP", let ms = OKXTimestamp.epochMilliseconds(iso8601: header.value) else { return header }
                return HTTPHeader(header.name, OKXTimestamp.iso8601(epochMilliseconds: ms + 60_000))
            }
            return request
        }
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        let key = SimulatedKey.demo
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let client = try OKXClient(configuration: config, transport: shifting)
        let error = await okxError { _ = try await client.first(API.TradingAccount.getBalance()) }
        #expect(error?.code == .timestampExpired)
        #expect(error?.category == .timestamp)
        #expect(error?.measuredClockOffsetMilliseconds != nil)
        #expect(error?.fix.contains("re-synced") == true)
        #expect(sim.requestCount(path: "/api/v5/account/balance") == 2)
        await curl.shutdown()
        await sim.stop()
    }

    @Test func periodicResyncHappensInTheBackground() async throws {
        // An interval of zero: any measurement is already due for refresh when the next call
        // reads the clock, so no test time has to pass.
        try await withSimulator(client: { $0.clock.resyncInterval = .zero }) { sim, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            _ = try await client.first(API.TradingAccount.getBalance())  // uses the old offset, starts a refresh
            let expected = 2 * client.clock.configuration.samples
            try await waitUntil("the background refresh's time requests") { sim.requestCount(path: "/api/v5/public/time") >= expected }
            #expect(sim.requestCount(path: "/api/v5/public/time") == expected)
            #expect(sim.requestCount(path: "/api/v5/account/balance") == 2, "the refresh did not hold the request up")
        }
    }
}
