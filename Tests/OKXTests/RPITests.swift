import Foundation
@testable import OKX
import OKXSimulator
@testable import OKXStreams
import Testing

/// Retail Price Improvement, OKX's 2026 rename of ELP: the consolidated `books-rpi` book over
/// WebSocket and REST, the `rpi` order type and the renamed order parameters. Public bytes come
/// from `Fixtures/PublicPushes` (sources in its README).
@Suite(.timeLimit(.minutes(2))) struct RPITests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/OKXTests/Fixtures/PublicPushes")

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
    }

    func dec(_ text: String) throws -> Decimal { try #require(OKXJSON.decimal(text)) }

    /// The published snapshot and update, applied to a consolidated book: each level keeps its
    /// organic size, the RPI part is the difference, the update deletes a level and adds one,
    /// and the absent checksum is no problem.
    @Test func publishedBooksRPIPushesBuildTheConsolidatedBook() throws {
        var book = OrderBookState(instId: "OMI-USD", consolidated: true)
        try book.apply(message: fixture("books-rpi-snapshot.json"))
        #expect(book.seqId == 1_082_831_226)
        #expect(book.asks.count == 4 && book.bids.count == 10)
        let bestAsk = try #require(book.asks.first)
        #expect(bestAsk.price == "0.0001617" && bestAsk.size == "12325166.992" && bestAsk.organicSize == "1000" && bestAsk.orders == 2)
        let rpi = try dec("12324166.992"), allRPI = try dec("2645502.645")
        #expect(bestAsk.rpiSize == rpi)
        // A level that is all RPI: organic "0".
        #expect(book.bids.first?.organicSize == "0" && book.bids.first?.rpiSize == allRPI)
        // A level with no RPI at all.
        #expect(book.bids.last?.rpiSize == 0)

        try book.apply(message: fixture("books-rpi-update.json"))
        #expect(book.seqId == 1_082_831_230)
        #expect(book.asks.map(\.price) == ["0.0001625", "99.9999999", "100", "7678.1238537"])
        let newRPI = try dec("12323367.786")
        #expect(book.asks.first?.organicSize == "1000" && book.asks.first?.rpiSize == newRPI)
        #expect(book.bids.count == 10)
    }

    /// An ordinary book ignores the third entry (OKX's deprecated "0"), so nothing claims RPI there.
    @Test func ordinaryBooksDoNotReadTheThirdEntry() throws {
        var book = OrderBookState(instId: "OMI-USD")
        try book.apply(message: fixture("books-rpi-snapshot.json"))
        #expect(book.asks.allSatisfy { $0.organicSize == nil && $0.rpiSize == nil })
    }

    /// The generated channel models read the same bytes: `books-rpi` with the books family's
    /// model, four decimals a row, and an `rpi` order whose only push is `canceled`.
    @Test func publishedPushesDecodeWithTheChannelModels() throws {
        let model = try #require(Channels.model(forChannel: "books-rpi"))
        #expect(ObjectIdentifier(model) == ObjectIdentifier(Channels.Books.Push.self))
        let snapshot = try OKXDecoder().decodePush(Channels.Books.Push.self, from: fixture("books-rpi-snapshot.json"))
        let row = try #require(snapshot.data.first?.asks?.first)
        let expected = [try dec("0.0001617"), try dec("12325166.992"), 1000, 2]
        #expect(row == expected)
        #expect(snapshot.data.first?.checksum == nil)

        let orders = try OKXDecoder().decodePush(Channels.Orders.Push.self, from: fixture("orders-rpi-canceled.json"))
        let order = try #require(orders.data.first)
        #expect(order.ordType == .rpi)
        #expect(order.state == .canceled)
        #expect(order.clOrdId == "ORPICANCEL001")
    }

    /// The renamed parameters reach the wire under their new names; the ELP ones are gone.
    @Test func orderParametersUseTheRPINames() throws {
        let place = API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .rpi, sz: 1, px: 100,
                                                 rpiTakerAccess: true, rpiPxRound: true)
        let sent = place.parameters.fields.map(\.name)
        #expect(sent.contains("rpiTakerAccess") && sent.contains("rpiPxRound") && !sent.contains("isElpTakerAccess"))
        #expect(place.parameters.fields.first { $0.name == "ordType" }?.value == .string("rpi"))
        #expect(place.parameters.fields.first { $0.name == "rpiTakerAccess" }?.value == .bool(true))
        let amend = API.Trade.AmendOrder.Request(instId: "BTC-USDT", ordId: "1", newPx: 101, rpiTakerAccess: false)
        #expect(amend.parameters.fields.contains { $0.name == "rpiTakerAccess" && $0.value == .bool(false) })
    }

    /// REST `books-rpi` against the simulator: four entries a level, the organic size equal to
    /// the total (no RPI maker quotes there), and the seqId of the books channel.
    @Test func restConsolidatedBookFromTheSimulator() async throws {
        try await withSimulator { sim, client in
            let book = try await client.first(API.MarketData.rpiOrderBook(.init(instId: "BTC-USDT", sz: 5)))
            #expect(book.askLevels.count == 5 && book.bidLevels.count == 5)
            #expect(book.askLevels.allSatisfy { $0.organicSize == $0.totalSize && $0.rpiSize == 0 && $0.orderCount > 0 })
            let truth = try #require(sim.orderBook("BTC-USDT", depth: 5))
            #expect(book.askLevels.map { "\($0.price)" } == truth.asks.map { $0[0] })
            #expect(book.seqId.map(Int64.init) == truth.seqId)
        }
    }

    /// The `books-rpi` stream: snapshot, then updates as the market moves, with no checksum to
    /// verify; the book stays equal to the exchange's and every level carries its organic size.
    @Test func booksRPIStreamStaysEqualToTheExchange() async throws {
        let streams = StreamTests()
        try await streams.withStreams { sim, okx, _ in
            let stream = okx.subscribe(.booksRPI("BTC-USDT"), depth: 400)
            let events = try await streams.collect(stream) { StreamTests.books($0).count >= 30 }
            #expect(StreamTests.resyncs(events).isEmpty, "\(StreamTests.resyncs(events))")
            let last = try #require(StreamTests.books(events).last)
            #expect(last.bids.allSatisfy { $0.organicSize == $0.size && $0.rpiSize == 0 })
            try await streams.expectBookMatches(sim, stream, instId: "BTC-USDT", seen: events)
        }
    }

    /// With OKX's 2026 behaviour (no initial snapshot), a `books-rpi` stream joins the REST
    /// consolidated book by seqId, never the ordinary one.
    @Test func booksRPIWithoutSnapshotJoinsTheRESTConsolidatedBook() async throws {
        let streams = StreamTests()
        try await streams.withStreams({ $0.bookSnapshots = false }) { sim, okx, _ in
            let stream = okx.subscribe(.booksRPI("ETH-USDT"), depth: 400)
            let events = try await streams.collect(stream) { StreamTests.books($0).count >= 10 }
            #expect(StreamTests.resyncs(events).isEmpty, "\(StreamTests.resyncs(events))")
            #expect(StreamTests.books(events).last?.asks.allSatisfy { $0.organicSize != nil } == true)
            #expect(sim.requestCount(path: "/api/v5/market/books-rpi") >= 1)
            #expect(sim.requestCount(path: "/api/v5/market/books") == 0)
            try await streams.expectBookMatches(sim, stream, instId: "ETH-USDT", seen: events)
        }
    }

    /// An `rpi` order is maker-only: one that would take liquidity is canceled (its only push),
    /// one that rests is live. `elp`, retired on 2026-10-31, is refused.
    @Test func rpiOrdersAreMakerOnlyAndElpIsGone() async throws {
        let streams = StreamTests()
        try await streams.withStreams { sim, okx, rest in
            let orders = okx.subscribe(.orders())
            try await streams.waitForSubscriptions(sim, 1)
            let ask = try #require(try await rest.first(API.MarketData.orderBook(.init(instId: "BTC-USDT", sz: 1))).askLevels.first?.price)
            _ = try? await rest.trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, clOrdId: "rpicross", side: .buy, ordType: .rpi, sz: 1, px: ask))
            _ = try await rest.trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, clOrdId: "rpirest", side: .buy, ordType: .rpi, sz: 1, px: 100))
            let events = try await streams.collect(orders) { $0.contains { if case .order(let o) = $0 { return o.clOrdId == "rpirest" } else { return false } } }
            let states = { (id: String) in events.compactMap { if case .order(let o) = $0, o.clOrdId == id { return o.state.rawValue } else { return nil } } }
            #expect(states("rpicross") == ["canceled"], "\(states("rpicross"))")
            #expect(states("rpirest") == ["live"], "\(states("rpirest"))")
            await #expect(throws: OKXError.self) {
                _ = try await rest.trade.placeOrder(.init(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: "elp", sz: 1, px: 100))
            }
        }
    }
}
