// Streams an order book (maintained locally and checked for seqId continuity) and your private
// order updates, from the embedded simulator. Run: swift run sample-streaming [--demo]
import Foundation
import OKX
import OKXSimulator
import OKXStreams
import SampleSupport

let target = try await SampleTarget.fromCommandLine { $0.marketTick = .milliseconds(50) }
let rest = try OKXClient(configuration: target.configuration)
let streams = OKXStreams(configuration: .init(client: target.configuration, webSocketBaseURL: target.simulator?.webSocketBaseURL), rest: rest)

// The book: every message is applied to the local book and checked; gaps resync by themselves.
let book = Task {
    var updates = 0
    for try await event in streams.subscribe(.books("BTC-USDT"), depth: 3) {
        switch event {
        case .book(let b):
            updates += 1
            if updates % 10 == 1 {
                print("book seq \(b.seqId ?? 0): best bid \(b.bids.first?.price ?? "-") × \(b.bids.first?.size ?? "-"), best ask \(b.asks.first?.price ?? "-") × \(b.asks.first?.size ?? "-")")
            }
            if updates >= 40 { return updates }
        case .resync(let reason): print("resync: \(reason)")
        case .reconnected: print("reconnected")
        default: break
        }
    }
    return updates
}

// Private order updates (login happens on first use), while an order is placed and cancelled.
let orders = Task {
    var seen: [String] = []
    for try await event in streams.subscribe(.orders()) {
        if case .order(let o) = event {
            seen.append("\(o.clOrdId ?? o.ordId) \(o.state)")
            print("order event: \(o.instId) \(o.clOrdId ?? "-") \(o.state)")
            if o.state == .canceled { return seen }
        }
    }
    return seen
}

try await Task.sleep(for: .milliseconds(500))  // let the subscriptions start
let clOrdId = TradeAPI.makeClientOrderID()
let ack = try await streams.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: clOrdId, side: .buy, ordType: .limit, sz: Decimal(1) / 100, px: 50_000))
print("placed over WebSocket: \(ack.ordId)")
_ = try await rest.trade.cancelOrder(instId: "BTC-USDT", clOrdId: clOrdId)

print("book updates: \(try await book.value); order events: \(try await orders.value)")
await streams.shutdown()
await rest.shutdown()
await target.finish()
