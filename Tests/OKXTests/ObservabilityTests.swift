import Foundation
import InMemoryTracing
import MetricsTestKit
@testable import OKX
import OKXSimulator
import Testing
import Tracing

/// Metrics and spans reach the backend the application configured, per endpoint and outcome.
@Suite struct ObservabilityTests {
    @Test func callsAreCountedTimedAndTraced() async throws {
        let metrics = TestMetrics()
        let tracer = InMemoryTracer()
        try await withSimulator(client: {
            $0.metricsFactory = metrics
            $0.tracer = tracer
        }) { sim, client in
            _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            sim.inject(.okxError(code: 50013), path: "/api/v5/market/ticker")  // busy once: retried
            _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            let notFound = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "NOPE-USDT"))) })
            _ = try await client.first(API.TradingAccount.getBalance())

            let ticker: [(String, String)] = [("method", "GET"), ("endpoint", "/api/v5/market/ticker")]
            #expect(try metrics.expectCounter("okx_requests_total", ticker + [("outcome", "ok")]).totalValue == 2)
            #expect(try metrics.expectCounter("okx_requests_total", ticker + [("outcome", "\(notFound.category)")]).totalValue == 1)
            #expect(try metrics.expectCounter("okx_retries_total", ticker + [("reason", "\(OKXError.Category.system)")]).totalValue == 1)
            #expect(try metrics.expectTimer("okx_request_duration", ticker).values.count == 3)
            #expect(try metrics.expectTimer("okx_rate_limiter_wait", ticker).values.count == 4, "one booking per attempt")
            let offset = try metrics.expectGauge("okx_clock_offset_ms").lastValue
            #expect(offset != nil, "the clock sync for the private call is reported")

            let spans = tracer.finishedSpans
            #expect(spans.filter { $0.operationName == "okx GET /api/v5/market/ticker" }.count == 3)
            let failed = try #require(spans.first { $0.operationName == "okx GET /api/v5/market/ticker" && $0.status?.code == .error })
            #expect(failed.attributes["okx.code"]?.toSpanAttribute() == .string("51001"))
            #expect(spans.contains { $0.operationName == "okx GET /api/v5/account/balance" && $0.status?.code != .error })
        }
    }
}
