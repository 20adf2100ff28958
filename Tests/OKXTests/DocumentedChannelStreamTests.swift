import Foundation
import OKX
import OKXSimulator
import OKXStreams
import Testing

/// A channel without a hand-written event case (here `grid-positions`) subscribed through its
/// generated arguments: pushes arrive typed with the generated model, and a push that does not fit
/// still arrives, as raw JSON.
@Suite(.timeLimit(.minutes(2))) struct DocumentedChannelStreamTests {
    @Test func documentedSubscriptionsMatchTheHandWrittenOnes() {
        #expect(Channel.documented(Channels.Books.self, .init(channel: .books50L2Tbt, instId: "BTC-USDT")) == .books50L2Tbt("BTC-USDT"))
        #expect(Channel.documented(Channels.Books.self, .init(channel: .books5, instId: "BTC-USDT")) == .books5("BTC-USDT"))
        #expect(Channel.documented(Channels.MarkPrice.self, .init(instId: "BTC-USDT-SWAP")) == .markPrice("BTC-USDT-SWAP"))
        #expect(Channel.documented(Channels.Orders.self, .init(instType: .swap)) == .orders(.swap))
    }

    @Test func documentedChannelPushesArriveTyped() async throws {
        let (sim, rest, streams) = try await AlgoChannelTests.start()
        let channel = Channel.documented(Channels.GridPositions.self, .init(algoId: "448965992920907776"))
        #expect(channel.name == "grid-positions" && channel.endpoint == .business && channel.needsLogin && channel.args == ["algoId": "448965992920907776"])
        let events = streams.subscribe(channel)
        try await sim.expectWebSockets("the subscription") { $1 == 1 }

        sim.inject(.publish(channel: "grid-positions", data: #"[{"algoId":"448965992920907776","instId":"BTC-USDT-SWAP","instType":"SWAP","pos":"1.5","avgPx":"60000.5","lever":"5","uTime":"1764000000123"}]"#))
        sim.inject(.publish(channel: "grid-positions", data: #"[{"algoId":"448965992920907776","instId":"BTC-USDT-SWAP","pos":"abc"}]"#))

        var received: [StreamEvent] = []
        for try await event in events {
            received.append(event)
            if received.count == 2 { break }
        }
        guard case .documented(let push) = received.first, let position = push.as(Channels.GridPositions.Push.self) else {
            Issue.record("expected a typed grid position, got \(received)")
            return
        }
        #expect(push.channel == "grid-positions")
        #expect(position.algoId == "448965992920907776" && position.instId == "BTC-USDT-SWAP")
        #expect(position.pos == Decimal(string: "1.5") && position.avgPx == Decimal(string: "60000.5") && position.lever == 5)
        #expect(position.uTime == Date(timeIntervalSince1970: 1_764_000_000.123))
        guard case .raw(let raw) = received.last else { Issue.record("a push that does not fit must arrive raw, got \(received)"); return }
        #expect(raw["pos"]?.stringValue == "abc")
        await streams.shutdown(); await rest.shutdown(); await sim.stop()
    }
}
