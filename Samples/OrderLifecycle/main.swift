// Place, amend, query and cancel an order on demo trading, with a client order id.
// Run: swift run sample-order-lifecycle [--demo]   (never --live: this sample places orders)
import Foundation
import OKX
import SampleSupport

guard !CommandLine.arguments.contains("--live") else {
    print("This sample places orders; run it on the simulator or with --demo only.")
    exit(2)
}
let target = try await SampleTarget.fromCommandLine()
try await OKXClient.withClient(configuration: target.configuration) { okx in
    let bid = try await okx.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))).bidPx ?? 0
    let price = bid - 1000                                   // well below the market: it rests
    let clOrdId = TradeAPI.makeClientOrderID()               // keep it: it finds the order after a network failure

    let ack = try await okx.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: clOrdId, side: .buy, ordType: .limit, sz: Decimal(1) / 1000, px: price))
    print("placed   ordId \(ack.ordId) clOrdId \(clOrdId) at \(price)")

    _ = try await okx.trade.amendOrder(API.Trade.AmendOrder.Request(instId: "BTC-USDT", clOrdId: clOrdId, newPx: price + 10))
    var order = try await okx.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: clOrdId)))
    print("amended  price now \(order.px ?? 0), state \(order.state?.rawValue ?? "-")")

    do {
        _ = try await okx.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: clOrdId, side: .buy, ordType: .limit, sz: Decimal(1) / 1000, px: price))
    } catch let error as OKXError {
        print("reusing the clOrdId is refused: \(error.code.map { "\($0)" } ?? "-") \(error.message)")
    }

    _ = try await okx.trade.cancelOrder(instId: "BTC-USDT", clOrdId: clOrdId)
    order = try await okx.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: clOrdId)))
    print("canceled state \(order.state?.rawValue ?? "-"); open orders left: \(try await okx.send(API.Trade.orderList(.init(instId: "BTC-USDT"))).count)")
}
await target.finish()
