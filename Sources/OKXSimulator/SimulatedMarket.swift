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
    /// FUTURES and OPTION: when it expires (ms); nil for the others.
    var expTime: Int64?
    /// OPTION: "C" or "P" and the strike.
    var optType: String = ""
    var stk: Decimal = 0
    /// FUTURES: `this_week`, `quarter`… (deprecated by OKX but still sent).
    var alias: String = ""
    /// A call auction's end (ms), sent as `auctionEndTime`; nil when not announced.
    var auctionEndTime: Int64?
    /// When a listing made through the control API opens by itself (SimulatedListings.swift).
    var opensAt: Int64?

    /// Spot, or its MARGIN listing (same id, same book; trades as spot here).
    var isSpot: Bool { instType == "SPOT" || instType == "MARGIN" }
    var isContract: Bool { instType == "SWAP" || instType == "FUTURES" || instType == "OPTION" }
    /// What the simulator can trade: spot and linear (USDT-margined) swaps and futures.
    /// Inverse contracts and options are listed and quoted, but their margin arithmetic
    /// (coin-settled, premium) is not modelled, so orders for them are refused.
    var isTradable: Bool { isSpot || (isContract && ctType == "linear") }
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
        ] + derivatives(now: now)
    }

    /// The MARGIN listings, the inverse swap, the quarterly futures and options: ids, fields
    /// and prices as OKX shows them. The quarter is the last Friday (08:00 UTC) of the current
    /// quarter's last month, or the next quarter's once that is less than a day away, so the
    /// dated ids (BTC-USDT-261225) stay in the future whenever the simulator starts.
    static func derivatives(now: Int64) -> [SimulatedInstrument] {
        let expiry = quarterlyExpiry(after: now)
        let day = dateCode(expiry)
        let margin = [("BTC-USDT", "BTC", 20101, "0.1", "0.00000001", "0.00001", "65000"), ("ETH-USDT", "ETH", 20102, "0.01", "0.000001", "0.0001", "3400")]
            .map { id, base, code, tick, lot, min, mid in
                SimulatedInstrument(instType: "MARGIN", instId: id, instIdCode: code, baseCcy: base, quoteCcy: "USDT", tickSz: dec(tick), lotSz: dec(lot),
                                    minSz: dec(min), state: "live", listTime: 1_606_468_572_000, contTdSwTime: nil, mid: dec(mid), openType: "", maxLever: 10)
            }
        var list = margin
        list.append(SimulatedInstrument(instType: "SWAP", instId: "BTC-USD-SWAP", instIdCode: 20002, baseCcy: "", quoteCcy: "", tickSz: dec("0.1"), lotSz: 1,
                                        minSz: 1, state: "live", listTime: 1_573_557_408_000, contTdSwTime: nil, mid: dec("65005"), openType: "",
                                        uly: "BTC-USD", ctVal: 100, ctMult: 1, ctValCcy: "USD", settleCcy: "BTC", ctType: "inverse", maxLever: 100))
        list.append(SimulatedInstrument(instType: "FUTURES", instId: "BTC-USDT-" + day, instIdCode: 30001, baseCcy: "", quoteCcy: "", tickSz: dec("0.1"),
                                        lotSz: dec("0.1"), minSz: dec("0.1"), state: "live", listTime: expiry - 180 * 86_400_000, contTdSwTime: nil,
                                        mid: dec("65300"), openType: "", uly: "BTC-USDT", ctVal: dec("0.01"), ctMult: 1, ctValCcy: "BTC", settleCcy: "USDT",
                                        ctType: "linear", maxLever: 100, expTime: expiry, alias: "quarter"))
        list.append(SimulatedInstrument(instType: "FUTURES", instId: "BTC-USD-" + day, instIdCode: 30002, baseCcy: "", quoteCcy: "", tickSz: dec("0.1"),
                                        lotSz: 1, minSz: 1, state: "live", listTime: expiry - 180 * 86_400_000, contTdSwTime: nil, mid: dec("65280"),
                                        openType: "", uly: "BTC-USD", ctVal: 100, ctMult: 1, ctValCcy: "USD", settleCcy: "BTC", ctType: "inverse",
                                        maxLever: 100, expTime: expiry, alias: "quarter"))
        // Options on BTC-USD, premium quoted in BTC: intrinsic value over the index plus 0.02 of time value.
        let index = dec("65000")
        var code = 40001
        for strike in [dec("60000"), dec("100000")] {
            for optType in ["C", "P"] {
                let intrinsic = max(optType == "C" ? index - strike : strike - index, 0)
                let premium = floor(intrinsic / index / dec("0.0005")) * dec("0.0005") + dec("0.02")
                list.append(SimulatedInstrument(instType: "OPTION", instId: "BTC-USD-\(day)-\(strike)-\(optType)", instIdCode: code, baseCcy: "",
                                                quoteCcy: "", tickSz: dec("0.0005"), lotSz: 1, minSz: 1, state: "live", listTime: expiry - 90 * 86_400_000,
                                                contTdSwTime: nil, mid: premium, openType: "", uly: "BTC-USD", ctVal: dec("0.01"), ctMult: 1,
                                                ctValCcy: "BTC", settleCcy: "BTC", ctType: "", maxLever: 0, expTime: expiry, optType: optType, stk: strike))
                code += 1
            }
        }
        return list
    }

    private static func floor(_ value: Decimal) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, 0, .down)
        return output
    }

    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
        return calendar
    }

    /// The last Friday, 08:00 UTC, of the quarter month (3, 6, 9, 12) at least a day after `now`.
    static func quarterlyExpiry(after now: Int64) -> Int64 {
        let calendar = utc
        let date = Date(timeIntervalSince1970: Double(now) / 1000)
        let parts = calendar.dateComponents([.year, .month], from: date)
        var year = parts.year ?? 2026, month = ((parts.month ?? 1) + 2) / 3 * 3
        for _ in 0..<3 {
            if let expiry = lastFriday(year: year, month: month, calendar: calendar), expiry > now + 86_400_000 { return expiry }
            month += 3
            if month > 12 { month -= 12; year += 1 }
        }
        return now + 90 * 86_400_000
    }

    private static func lastFriday(year: Int, month: Int, calendar: Calendar) -> Int64? {
        guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1, hour: 8)),
              let next = calendar.date(byAdding: .month, value: 1, to: first),
              let last = calendar.date(byAdding: .day, value: -1, to: next) else { return nil }
        let weekday = calendar.component(.weekday, from: last)  // 1 = Sunday … 6 = Friday
        let back = (weekday - 6 + 7) % 7
        guard let friday = calendar.date(byAdding: .day, value: -back, to: last) else { return nil }
        return Int64((friday.timeIntervalSince1970 * 1000).rounded())
    }

    /// `YYMMDD` of a time, as in OKX's dated instrument ids.
    static func dateCode(_ ms: Int64) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(ms) / 1000))
        return String(format: "%02d%02d%02d", (parts.year ?? 0) % 100, parts.month ?? 0, parts.day ?? 0)
    }

    static func book(for instrument: SimulatedInstrument, depth: Int = 25) -> Book {
        // Ten ticks between levels, or one where ten would take the bids below zero (options).
        let tick = instrument.mid > instrument.tickSz * 10 * Decimal(depth + 1) ? instrument.tickSz * 10 : instrument.tickSz
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
