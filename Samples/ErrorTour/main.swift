// A tour of the typed errors: what each looks like, whether retrying helps, and the fix.
// Uses the simulator's fault injection. Run: swift run sample-error-tour
import Foundation
import OKX
import OKXSimulator
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
guard let sim = target.simulator else {
    print("The error tour needs the simulator (it injects faults); run it without --live/--demo.")
    exit(0)
}

func show(_ title: String, _ operation: () async throws -> Void) async {
    do {
        try await operation()
        print("\(title): succeeded")
    } catch let error as OKXError {
        print("\(title):")
        print("  \(error.code.map { "OKX \($0) · " } ?? "")\(error.category) · retry may help: \(error.isRetryable)")
        print("  message: \(error.message)")
        print("  fix: \(error.fix)\n")
    } catch {
        print("\(title): \(error)")
    }
}

var noRetry = target.configuration
noRetry.retry = .none
let okx = try OKXClient(configuration: noRetry)

sim.inject(.okxError(code: 50011), path: "/api/v5/market/ticker")
await show("Rate limit (50011)") { _ = try await okx.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) }

var badPassphrase = target.configuration
badPassphrase.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, secretKey: SimulatedKey.demo.secretKey, passphrase: "my-login-password")
await show("Wrong passphrase (50105)") {
    try await OKXClient.withClient(configuration: badPassphrase) { _ = try await $0.first(API.TradingAccount.getBalance()) }
}

// The server clock jumps 40 s after the first sync: the client sees 50102, re-syncs once and succeeds.
_ = try await okx.first(API.TradingAccount.getBalance())
sim.update { $0.clockSkew = .seconds(40) }
await show("Clock jump of 40 s (50102, handled by one re-sync)") { _ = try await okx.first(API.TradingAccount.getBalance()) }

sim.inject(.htmlPage(status: 502), path: "/api/v5/trade/order")
await show("Gateway page while placing an order (outcome unknown, not resent)") {
    _ = try await okx.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: 100))
}

await show("Bad input, refused before sending") {
    _ = try await okx.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: -1, px: 100))
}

await okx.shutdown()
await target.finish()
