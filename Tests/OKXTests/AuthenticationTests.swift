import Foundation
@testable import OKX
import OKXSimulator
import Testing

@Suite struct AuthenticationTests {
    @Test func demoKeyAgainstLiveIs50101WithFix() async throws {
        try await withSimulator(key: .demo, environment: .live) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .environmentMismatch && error.httpStatus == 401 && error.category == .environment)
            #expect(error.message == "APIKey does not match current environment.")
            #expect(error.fix.contains("This API key is a demo key, but the client sent the request to live trading"))
            #expect(error.context?.environment == .live)
        }
    }

    @Test func liveKeyAgainstDemoIs50101WithFix() async throws {
        try await withSimulator(key: .live, environment: .demo) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .environmentMismatch)
            #expect(error.fix.contains("This API key is a live key, but the client sent the request to demo trading"))
            #expect(error.fix.contains("environment: .live"))
        }
    }

    @Test func matchingKeysWorkInBothEnvironments() async throws {
        try await withSimulator(key: .live, environment: .live) { _, client in _ = try await client.first(API.TradingAccount.getBalance()) }
        try await withSimulator(key: .demo, environment: .demo) { _, client in _ = try await client.first(API.TradingAccount.getBalance()) }
    }

    @Test func wrongPassphraseIs50105() async throws {
        var key = SimulatedKey.demo
        key.passphrase = "not-the-passphrase"
        try await withSimulator(key: key) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .wrongPassphrase && error.category == .authentication)
            #expect(error.fix.contains("not your login"))
        }
    }

    @Test func wrongSecretIs50113() async throws {
        var key = SimulatedKey.demo
        key.secretKey = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
        try await withSimulator(key: key) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .invalidSignature)
            #expect(error.fix.contains("secret key does not belong to this API key"))
        }
    }

    @Test func unknownKeyIs50111() async throws {
        var key = SimulatedKey.demo
        key.apiKey = "00000000-0000-4000-8000-000000000000"
        try await withSimulator(key: key) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .invalidAPIKey)
        }
    }

    @Test func keyOfAnotherSiteIs50119() async throws {
        var eeaKey = SimulatedKey.demo
        eeaKey.site = "eea"
        try await withSimulator({ $0.keys = [eeaKey] }, key: eeaKey) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .apiKeyNotFound)
            #expect(error.fix.contains("site global"))
            #expect(error.fix.contains("eea (https://eea.okx.com"))
        }
    }

    @Test func ipNotAllowListedIs50110WithTheIP() async throws {
        var key = SimulatedKey.demo
        key.allowedIPs = ["198.51.100.10"]
        try await withSimulator({ $0.keys = [key] }, key: key) { _, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.code == .ipNotAllowed)
            #expect(error.message.contains("127.0.0.1"))
            #expect(error.fix.contains("OKX saw 127.0.0.1"))
        }
    }

    @Test func readOnlyKeyCannotTrade() async throws {
        var key = SimulatedKey.demo
        key.permissions = [.read]
        try await withSimulator({ $0.keys = [key] }, key: key) { _, client in
            _ = try await client.first(API.TradingAccount.getBalance())
            let error = try #require(await okxError {
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .market, sz: 1))
            })
            #expect(error.code == .missingPermission)
            #expect(try await client.first(API.TradingAccount.getAccountConfiguration()).perm?.rawValue == "read_only")
        }
    }

    @Test func privateCallWithoutCredentialsIsAConfigurationError() async throws {
        try await withSimulator(client: { $0.credentials = nil }) { sim, client in
            let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
            #expect(error.category == .configuration)
            #expect(error.fix.contains("OKX_API_KEY"))
            #expect(sim.requestCount(path: "/api/v5/account/balance") == 0)
            _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))  // public calls need none
        }
    }
}
