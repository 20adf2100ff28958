import Foundation
@testable import OKXStreams
import Testing

@Suite struct OrderBookTests {
    @Test func documentedChecksumVectors() throws {
        var book = OrderBookState(instId: "ETH-USDT")
        try book.applySnapshot(bids: [["3366.1", "7", "0", "1"], ["3366", "6", "0", "1"]], asks: [["3366.8", "9", "0", "1"], ["3368", "8", "0", "1"]],
                               seqId: 1, checksum: -1_881_014_294, timestamp: nil)
        #expect(book.checksum() == -1_881_014_294)
        var uneven = OrderBookState(instId: "ETH-USDT")
        try uneven.applySnapshot(bids: [["3366.1", "7"]], asks: [["3366.8", "9"], ["3368", "8"], ["3372", "8"]], seqId: 1, checksum: 831_078_360, timestamp: nil)
        #expect(uneven.checksum() == 831_078_360)
    }

    func book() throws -> OrderBookState {
        var book = OrderBookState(instId: "BTC-USDT")
        try book.applySnapshot(bids: [["100", "1"], ["99", "2"], ["98", "3"]], asks: [["101", "1"], ["102", "2"]], seqId: 10, checksum: 0, timestamp: nil)
        return book
    }

    @Test func updatesMergeInsertReplaceDelete() throws {
        var b = try book()
        try b.applyUpdate(bids: [["99", "0"], ["99.5", "4"], ["100", "1.5"]], asks: [["101.5", "7"]], seqId: 12, prevSeqId: 10, checksum: 0, timestamp: nil)
        #expect(b.bids.map(\.price) == ["100", "99.5", "98"])
        #expect(b.bids.first?.size == "1.5")
        #expect(b.asks.map(\.price) == ["101", "101.5", "102"])
        #expect(b.seqId == 12)
    }

    @Test func gapIsDetected() throws {
        var b = try book()
        #expect(throws: OrderBookState.Problem.gap(expected: 10, got: 11)) {
            try b.applyUpdate(bids: [], asks: [["103", "1"]], seqId: 12, prevSeqId: 11, checksum: 0, timestamp: nil)
        }
    }

    @Test func emptyKeepAliveIsAccepted() throws {
        var b = try book()
        try b.applyUpdate(bids: [], asks: [], seqId: 10, prevSeqId: 10, checksum: 0, timestamp: nil)
        #expect(b.seqId == 10 && b.bids.count == 3)
    }

    @Test func lowerSeqIdIsAResetNotAGap() throws {
        var b = try book()
        #expect(throws: OrderBookState.Problem.sequenceReset(previous: 10, now: 3)) {
            try b.applyUpdate(bids: [], asks: [], seqId: 3, prevSeqId: 10, checksum: 0, timestamp: nil)
        }
    }

    @Test func zeroChecksumIsNotProvidedAndWrongNonZeroIsCaught() throws {
        var b = try book()
        try b.applyUpdate(bids: [["97", "1"]], asks: [], seqId: 11, prevSeqId: 10, checksum: 0, timestamp: nil)
        let good = b.checksum()
        var c = try book()
        try c.applyUpdate(bids: [["97", "1"]], asks: [], seqId: 11, prevSeqId: 10, checksum: good, timestamp: nil)
        var d = try book()
        #expect(throws: OrderBookState.Problem.self) {
            try d.applyUpdate(bids: [["97", "1"]], asks: [], seqId: 11, prevSeqId: 10, checksum: good &+ 1, timestamp: nil)
        }
    }

    @Test func crossedBookIsLegal() throws {
        var b = OrderBookState(instId: "NEW-USDT")
        try b.applySnapshot(bids: [["1.21", "5"]], asks: [["1.20", "5"]], seqId: 1, checksum: 0, timestamp: nil)
        #expect(b.isCrossed)
        try b.applyUpdate(bids: [["1.22", "1"]], asks: [], seqId: 2, prevSeqId: 1, checksum: 0, timestamp: nil)
        #expect(b.bids.first?.price == "1.22")
    }

    @Test func updateBeforeSnapshotAndMalformedLevels() throws {
        var empty = OrderBookState(instId: "X")
        #expect(throws: OrderBookState.Problem.noSnapshot) { try empty.applyUpdate(bids: [], asks: [], seqId: 2, prevSeqId: 1, checksum: 0, timestamp: nil) }
        #expect(throws: OrderBookState.Problem.self) { try empty.applySnapshot(bids: [["abc", "1"]], asks: [], seqId: 1, checksum: 0, timestamp: nil) }
    }

    /// A raw message reads its levels from the tape (order counts from their digits) and must
    /// give the same book as the same levels passed as strings, which go through `Int(String)`.
    @Test func rawMessageLevelsMatchTheStringPath() throws {
        let bids = [["100", "1", "0", "5"], ["99", "2", "0", "+7"], ["98", "3", "0", "x"], ["97", "4", "0"], ["96", "5", "0", "99999999999999999999"], ["95", "6", "0", "-0"], ["94", "7", "0", "3", "extra"]]
        let asks = [["101", "1", "0", "12"], ["102", "2"], ["103", "3", "0", ""], ["104", "4", "0", "0012"]]
        func row(_ level: [String]) -> String { "[" + level.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        let message = #"{"arg":{"channel":"books","instId":"BTC-USDT"},"action":"snapshot","data":[{"asks":["# + asks.map(row).joined(separator: ",")
            + #"],"bids":["# + bids.map(row).joined(separator: ",") + #"],"ts":"1","checksum":0,"seqId":5,"prevSeqId":-1}]}"#
        var raw = OrderBookState(instId: "BTC-USDT")
        try raw.apply(message: Data(message.utf8))
        var strings = OrderBookState(instId: "BTC-USDT")
        try strings.applySnapshot(bids: bids, asks: asks, seqId: 5, checksum: 0, timestamp: nil)
        #expect(raw.bids == strings.bids && raw.asks == strings.asks)
        #expect(raw.bids.map(\.orders) == [5, 7, 0, 0, 0, 0, 3])
        #expect(raw.asks.map(\.orders) == [12, 0, 0, 12])
        // An order count sent as a JSON number is not a books message, on either decoder.
        let numeric = #"{"action":"snapshot","data":[{"asks":[["101","1","0",3]],"bids":[],"seqId":5,"prevSeqId":-1}]}"#
        var book = OrderBookState(instId: "BTC-USDT")
        #expect(throws: OrderBookState.Problem.self) { try book.apply(message: Data(numeric.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(BookPush.self, from: Data(numeric.utf8)) }
    }
}

/// The book compares prices through `PriceKey`; it must order and equate exactly as `Decimal`.
@Suite struct PriceKeyTests {
    @Test func ordersExactlyLikeDecimal() throws {
        var rng = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "0.0", "1", "1.0", "1.10", "-1.5", "-1.4", "-2", "0.000000000000000001", "-0.000000000000000001",
                     "999999999999999999.999999999999999999", "-999999999999999999.5", "65000.1", "65000.10", "65000.09"]
        for _ in 0..<2_000 {
            let whole = String(Int.random(in: 0...99_999, using: &rng))
            let fraction = String(Int.random(in: 0...999_999, using: &rng))
            texts.append((Bool.random(using: &rng) ? "-" : "") + whole + (Bool.random(using: &rng) ? "." + fraction : ""))
        }
        let values = texts.map { (text: $0, key: PriceKey($0), decimal: Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))) }
        for a in values.prefix(200) {
            for b in values {
                let key = try #require(a.key), other = try #require(b.key)
                let x = try #require(a.decimal), y = try #require(b.decimal)
                #expect((key < other) == (x < y), "\(a.text) < \(b.text)")
                #expect((key == other) == (x == y), "\(a.text) == \(b.text)")
            }
        }
        #expect(PriceKey("1.0000000000000000001") == nil && PriceKey("1e5") == nil && PriceKey("") == nil && PriceKey("-") == nil)
        // Only `-?digits(.digits)?` gets a key: a level with a key skips the exact parse, so a key must mean "a number".
        #expect(PriceKey("1.") == nil && PriceKey(".5") == nil && PriceKey("-.5") == nil && PriceKey("1.2.3") == nil)
    }

    /// Levels keep no `Decimal` (it made them a third larger to move); the value is parsed on
    /// read and must be the exact one, and prices without a key still order as numbers.
    @Test func levelsWithoutAKeyStillOrderAndPriceValueIsExact() throws {
        let long = "1.00000000000000000001"  // 20 fraction digits: no key
        let level = try #require(BookLevel(price: long, size: "1"))
        #expect(level.key == nil && level.priceValue == Decimal(string: long, locale: Locale(identifier: "en_US_POSIX")))
        #expect(try #require(BookLevel(price: "65000.10", size: "1")).priceValue == Decimal(string: "65000.1", locale: Locale(identifier: "en_US_POSIX")))
        #expect(BookLevel(price: "abc", size: "1") == nil && BookLevel(price: "1.2.3", size: "1") == nil && BookLevel(price: "", size: "1") == nil)

        var book = OrderBookState(instId: "BTC-USDT")
        try book.applySnapshot(bids: [["1", "1", "0", "1"], [long, "2", "0", "1"], ["0.99999999999999999999", "3", "0", "1"]],
                               asks: [["1.5", "1", "0", "1"], ["1.", "2", "0", "1"]], seqId: 1, checksum: nil, timestamp: nil)
        #expect(book.bids.map(\.price) == [long, "1", "0.99999999999999999999"])
        #expect(book.asks.map(\.price) == ["1.", "1.5"])
        try book.applyUpdate(bids: [[long, "0", "0", "0"]], asks: [["1.0", "0.000", "0", "0"]], seqId: 2, prevSeqId: 1, checksum: nil, timestamp: nil)
        #expect(book.bids.map(\.price) == ["1", "0.99999999999999999999"])
        #expect(book.asks.map(\.price) == ["1.5"], "\"1.0\" is the same price as \"1.\"; size 0.000 deletes it")
    }

    /// Sizes decide deletion without a parse when they are plain decimals; anything else is parsed.
    @Test func deletionIsAZeroSizeWhateverItsSpelling() throws {
        func deletes(_ size: String) throws -> Bool { try #require(BookLevel(price: "1", size: size)).isDeletion }
        for zero in ["0", "0.0", "0.000", "00", "0e5", "0E-3"] { #expect(try deletes(zero), "\(zero)") }
        for nonZero in ["1", "0.001", "10", "100.0", "1e-5", ".", "", "x"] { #expect(try !deletes(nonZero), "\(nonZero)") }
    }
}
