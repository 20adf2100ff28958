// The quick-start demo: starts the embedded OKX simulator (no account, no network), then
// shows what swift-okx does for you: clock sync, a signed private request, an order with a
// client order id, and a typed error with its fix when the key and environment do not match.
//
//     make demo        (or: swift run okx-quickstart)
import Foundation
import OKX
import OKXSimulator

// A simulator whose clock runs 2.5 s ahead of this machine, as a real exchange's might.
var simConfig = SimulatorConfiguration()
simConfig.clockSkew = .milliseconds(2500)
let sim = try await OKXSimulator.start(simConfig)
print("Simulator running at \(sim.baseURL) (its clock is 2.5 s ahead of this machine)")

let key = SimulatedKey.demo
var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
print("Credentials: \(config.credentials.map { "\($0)" } ?? "none")")  // the description is redacted

try await OKXClient.withClient(configuration: config) { okx in
    let m = try await okx.clock.sync()
    print("\n1. Clock sync against GET /api/v5/public/time (\(m.samples) samples, fastest kept)")
    print("   offset \(m.offsetMilliseconds) ms (server minus local), RTT \(m.roundTrip.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 2)))), uncertainty ±\(m.uncertaintyMilliseconds) ms")

    let balance = try await okx.first(API.TradingAccount.getBalance())
    print("\n2. Signed GET /api/v5/account/balance (demo trading, x-simulated-trading: 1)")
    print("   total equity \(balance.totalEq ?? 0) USD, margin ratio \(balance.mgnRatio.map { "\($0)" } ?? "n/a")")
    for detail in balance.details ?? [] where (detail.cashBal ?? 0) != 0 {
        print("   \((detail.ccy ?? "").padding(toLength: 5, withPad: " ", startingAt: 0)) \(detail.cashBal ?? 0)")
    }

    let ticker = try await okx.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
    let price = (ticker.bidPx ?? 0) - 500
    let ack = try await okx.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: Decimal(1) / 100, px: price))
    print("\n3. Placed a limit buy 0.01 BTC @ \(price): ordId \(ack.ordId), clOrdId \(ack.clOrdId ?? "-") (generated, so an unknown outcome can be looked up)")
    let order = try await okx.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: ack.clOrdId)))
    print("   state \(order.state?.rawValue ?? "-"), then cancelled: \(try await okx.trade.cancelOrder(instId: "BTC-USDT", clOrdId: ack.clOrdId).isSuccess)")
}

// The same demo key, but the client talks to live trading: OKX answers 50101.
var wrong = config
wrong.environment = .live
do {
    try await OKXClient.withClient(configuration: wrong) { okx in _ = try await okx.first(API.TradingAccount.getBalance()) }
} catch let error as OKXError where error.code == .environmentMismatch {
    print("\n4. A demo key used against live trading → typed error:")
    print("   code \(error.code.map { "\($0)" } ?? "-") · category \(error.category) · HTTP \(error.httpStatus ?? 0) · retry helps: \(error.isRetryable)")
    print("   OKX says: \(error.message)")
    print("   Fix: \(error.fix)")
}

await sim.stop()
print("\nDone. Run the tests with: make test")
