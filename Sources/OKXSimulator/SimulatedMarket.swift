import Foundation

/// The instruments and books the simulator trades. Deterministic, so tests can predict them.
struct SimulatedInstrument: Sendable {
    var instType: String
    var instId: String
    var instIdCode: Int
    var baseCcy: String
    var quoteCcy: String
    var tickSz: Decimal
    var lotSz: Decimal
    var minSz: Decimal
    var state: String
    var listTime: Int64
    var contTdSwTime: Int64?
    var mid: Decimal
    var openType: String
    /// Contract fields (SWAP/FUTURES); empty or zero for spot.
    var uly: String = ""
    var ctVal: Decimal = 0
    var ctMult: Decimal = 0
    var ctValCcy: String = ""
    var settleCcy: String = ""
    var ctType: String = ""
    var maxLever: Int = 0

    var isSpot: Bool { instType == "SPOT" }
    var isContract: Bool { instType == "SWAP" || instType == "FUTURES" }
    /// Base units per contract, or 1 for spot.
    var unit: Decimal { isContract ? ctVal * ctMult : 1 }
    /// The currency fees, margin and PnL are settled in.
    var marginCcy: String { isContract ? settleCcy : quoteCcy }
}

struct Level: Sendable, Equatable {
    var price: Decimal
    var size: Decimal
    var orders: Int
}

struct Book: Sendable {
    /// Best first on both sides.
    var bids: [Level]
    var asks: [Level]
}

enum SimulatedMarket {
    static func instruments(now: Int64) -> [SimulatedInstrument] {
        [
            SimulatedInstrument(instType: "SPOT", instId: "BTC-USDT", instIdCode: 10001, baseCcy: "BTC", quoteCcy: "USDT", tickSz: dec("0.1"), lotSz: dec("0.00000001"),
                                minSz: dec("0.00001"), state: "live", listTime: 1_606_468_572_000, contTdSwTime: nil, mid: dec("65000"), openType: ""),
            SimulatedInstrument(instType: "SPOT", instId: "ETH-USDT", instIdCode: 10002, baseCcy: "ETH", quoteCcy: "USDT", tickSz: dec("0.01"), lotSz: dec("0.000001"),
                                minSz: dec("0.0001"), state: "live", listTime: 1_606_468_572_000, contTdSwTime: nil, mid: dec("3400"), openType: ""),
            SimulatedInstrument(instType: "SWAP", instId: "BTC-USDT-SWAP", instIdCode: 20001, baseCcy: "", quoteCcy: "", tickSz: dec("0.1"), lotSz: dec("0.01"),
                                minSz: dec("0.01"), state: "live", listTime: 1_573_557_408_000, contTdSwTime: nil, mid: dec("65010"), openType: "",
                                uly: "BTC-USDT", ctVal: dec("0.01"), ctMult: 1, ctValCcy: "BTC", settleCcy: "USDT", ctType: "linear", maxLever: 100),
            // A listing in its pre-open call auction: orders rest, nothing matches, the book is crossed.
            SimulatedInstrument(instType: "SPOT", instId: "NEW-USDT", instIdCode: 10003, baseCcy: "NEW", quoteCcy: "USDT", tickSz: dec("0.0001"), lotSz: dec("0.01"),
                                minSz: dec("1"), state: "preopen", listTime: now - 600_000, contTdSwTime: now + 3_000_000, mid: dec("1.2"), openType: "call_auction"),
        ]
    }

    static func book(for instrument: SimulatedInstrument, depth: Int = 25) -> Book {
        let tick = instrument.tickSz * 10
        var bids: [Level] = [], asks: [Level] = []
        for i in 0..<depth {
            let step = Decimal(i) * tick
            // Contracts are small (0.01 BTC): their levels hold a hundred times more of them.
            let size = Decimal(i % 7 + 1) * dec("0.5") * (instrument.isContract ? 100 : 1)
            bids.append(Level(price: instrument.mid - tick - step, size: size, orders: i % 4 + 1))
            asks.append(Level(price: instrument.mid + tick + step, size: size + (instrument.isContract ? 100 : 1), orders: i % 3 + 1))
        }
        if instrument.state == "preopen" {
            // During a call auction the indicative book may cross: best bid above best ask.
            bids[0].price = instrument.mid + tick * 2
        }
        return Book(bids: bids, asks: asks)
    }

    static func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0 }
}
