import Foundation
@testable import OKX
import OKXSimulator
import Testing

@Suite struct ResponseHandlingTests {
    @Test func htmlErrorPageIsTypedAndKeepsStatusAndExcerpt() async throws {
        try await withSimulator(client: { $0.retry = .none }) { sim, client in
            sim.inject(.htmlPage(status: 502), path: "/api/v5/market/ticker")
            let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
            #expect(error.category == .invalidResponse)
            #expect(error.httpStatus == 502)
            #expect(error.message.contains("HTML page"))
            #expect(error.bodyExcerpt?.contains("<html>") == true)
            #expect(error.isRetryable)
        }
    }

    @Test func truncatedJSONIsTyped() async throws {
        try await withSimulator(client: { $0.retry = .none }) { sim, client in
            sim.inject(.truncatedJSON(bytes: 40), path: "/api/v5/market/ticker")
            let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
            #expect(error.category == .invalidResponse)
            #expect(error.message.contains("truncated or malformed JSON"))
            #expect(error.bodyExcerpt?.hasPrefix(#"{"code":"0""#) == true)
        }
    }

    @Test func emptyBodyIsTyped() async throws {
        try await withSimulator(client: { $0.retry = .none }) { sim, client in
            sim.inject(.emptyBody(status: 200), path: "/api/v5/account/balance")
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.category == .invalidResponse && error.message.contains("empty body"))
        }
    }

    @Test func readsAreRetriedThroughPassingFailures() async throws {
        try await withSimulator { sim, client in
            sim.inject(.htmlPage(status: 503), path: "/api/v5/market/ticker")
            sim.inject(.okxError(code: 50001), path: "/api/v5/market/ticker")
            let ticker = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
            #expect(ticker.instId == "BTC-USDT")
            #expect(sim.requestCount(path: "/api/v5/market/ticker") == 3)
        }
    }

    @Test func retriesStopAtMaxAttempts() async throws {
        try await withSimulator { sim, client in
            sim.inject(.okxError(code: 50013), path: "/api/v5/market/ticker", times: 10)
            let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
            #expect(error.code == .systemBusy)
            #expect(sim.requestCount(path: "/api/v5/market/ticker") == 3)
        }
    }

    @Test func orderBehindAGatewayErrorIsLookedUpBeforeItIsResent() async throws {
        try await withSimulator { sim, client in
            try await letOrderDeadlinesPass(sim, client)
            sim.inject(.htmlPage(status: 502), path: "/api/v5/trade/order")
            let order = API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "unknown1", side: .buy, ordType: .limit, sz: 1, px: 100)
            let ack = try await client.trade.placeOrder(order)
            #expect(ack.isSuccess && ack.clOrdId == "unknown1")
            // POST (lost behind the gateway), GET by clOrdId (51603: not there), POST once more.
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 3)
            #expect(sim.orders().filter { $0.clOrdId == "unknown1" }.count == 1)
        }
    }

    @Test func rateLimitedOrderIsRetriedBecauseItWasRefused() async throws {
        try await withSimulator { sim, client in
            sim.inject(.okxError(code: 50011), path: "/api/v5/trade/order")
            let ack = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "rl1", side: .buy, ordType: .limit, sz: 1, px: 100))
            #expect(ack.isSuccess)
            #expect(sim.orders().filter { $0.clOrdId == "rl1" }.count == 1)
        }
    }

    @Test func endpointTimeoutWithAnUnreachableLookupIsOutcomeUnknown() async throws {
        try await withSimulator(client: { $0.retry = .none }) { sim, client in
            sim.inject(.okxError(code: 50004), path: "/api/v5/trade/order")
            sim.inject(.htmlPage(status: 503), path: "/api/v5/trade/order")  // the lookup fails too
            let error = try #require(await okxError {
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: 100))
            })
            #expect(error.category == .outcomeUnknown)
            #expect(error.clientOrderID?.hasPrefix("sk") == true, "a generated clOrdId is reported")
            #expect(error.fix.contains(error.clientOrderID ?? "?"))
            // Written for both readers: the CLI command and the library call.
            #expect(error.fix.contains("okx order get") && error.fix.contains("--cl-ord-id \(error.clientOrderID ?? "?")"))
            #expect(error.fix.contains("client.first(API.Trade.orderDetails(.init(instId:"))
            #expect(sim.orders().isEmpty)
        }
    }

    @Test func rawEscapeHatchReturnsTheData() async throws {
        try await withSimulator { _, client in
            let raw = try await client.send(.get, "/api/v5/market/books", query: ["instId": "BTC-USDT", "sz": "2"])
            #expect(raw.data[0]?["asks"]?.arrayValue?.count == 2)
            let signed = try await client.send(.get, "/api/v5/account/config", auth: .private)
            #expect(signed.data[0]?["perm"]?.stringValue == "read_only,trade")
            let error = try #require(await okxError { _ = try await client.send(.get, "/api/v5/market/ticker", query: ["instId": "NOPE-USDT"]) })
            #expect(error.code == .instrumentNotFound)
        }
    }
}
