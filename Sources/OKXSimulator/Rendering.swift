import Foundation

/// Turns simulator state into OKX's JSON shapes (numbers as strings, "" for absent).
struct Rendering {
    let state: SimulatorState

    func text(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX")) }

    func rounded(_ value: Decimal, _ scale: Int) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, scale, .plain)
        return output
    }

    func instrument(_ i: SimulatedInstrument) -> [String: Any] {
        [
            "instType": i.instType, "instId": i.instId, "instIdCode": i.instIdCode, "uly": "", "instFamily": "",
            "baseCcy": i.baseCcy, "quoteCcy": i.quoteCcy, "settleCcy": i.isSpot ? "" : "USDT",
            "ctVal": i.isSpot ? "" : "0.01", "ctMult": i.isSpot ? "" : "1", "ctValCcy": i.isSpot ? "" : "BTC",
            "tickSz": text(i.tickSz), "lotSz": text(i.lotSz), "minSz": text(i.minSz), "maxLmtSz": "10000", "maxMktSz": "1000",
            "lever": i.isSpot ? "" : "100", "state": i.state, "ruleType": "normal", "openType": i.openType,
            "listTime": String(i.listTime), "contTdSwTime": i.contTdSwTime.map(String.init) ?? "", "auctionEndTime": "", "expTime": "",
        ]
    }

    func ticker(_ i: SimulatedInstrument, _ b: Book) -> [String: Any] {
        let ts = String(state.serverMilliseconds())
        return [
            "instType": i.instType, "instId": i.instId, "last": text(i.mid), "lastSz": "0.1",
            "askPx": b.asks.first.map { text($0.price) } ?? "", "askSz": b.asks.first.map { text($0.size) } ?? "",
            "bidPx": b.bids.first.map { text($0.price) } ?? "", "bidSz": b.bids.first.map { text($0.size) } ?? "",
            "open24h": text(i.mid * SimulatedMarket.dec("0.98")), "high24h": text(i.mid * SimulatedMarket.dec("1.03")),
            "low24h": text(i.mid * SimulatedMarket.dec("0.97")), "vol24h": "1234.5", "volCcy24h": text(i.mid * SimulatedMarket.dec("1234.5")),
            "sodUtc0": text(i.mid), "sodUtc8": text(i.mid), "ts": ts,
        ]
    }

    func book(_ b: Book, depth: Int) -> [String: Any] {
        let n = max(1, min(depth, 400))
        func levels(_ l: [Level]) -> [[String]] { l.prefix(n).map { [text($0.price), text($0.size), "0", String($0.orders)] } }
        return ["asks": levels(b.asks), "bids": levels(b.bids), "ts": String(state.serverMilliseconds())]
    }

    /// Deterministic candles ending at the current bar, newest first.
    func candles(_ i: SimulatedInstrument, bar: String, after: Int64?, limit: Int) -> [[String]] {
        let width: Int64 = ["1m": 60_000, "5m": 300_000, "15m": 900_000, "1H": 3_600_000, "4H": 14_400_000, "1D": 86_400_000][bar] ?? 60_000
        let newest = state.serverMilliseconds() / width * width
        let start = after.map { ($0 - 1) / width * width } ?? newest
        return (0..<limit).map { k in
            let ts = start - Int64(k) * width
            let wave = Decimal(Int((ts / width) % 40) - 20) * i.tickSz * 10
            let open = i.mid + wave
            let close = open + i.tickSz * 5
            return [String(ts), text(open), text(close + i.tickSz * 3), text(open - i.tickSz * 3), text(close), "12.5",
                    text(close * SimulatedMarket.dec("12.5")), text(close * SimulatedMarket.dec("12.5")), ts == newest ? "0" : "1"]
        }
    }

    func balance(_ a: SimulatedExchange.Account) -> [String: Any] {
        let prices: [String: Decimal] = ["USDT": 1, "BTC": 65000, "ETH": 3400, "NEW": SimulatedMarket.dec("1.2")]
        var total: Decimal = 0
        let details: [[String: Any]] = a.balances.keys.sorted().map { ccy in
            let cash = a.balances[ccy] ?? 0, frozen = a.frozen[ccy] ?? 0
            let usd = cash * (prices[ccy] ?? 0)
            total += usd
            return ["ccy": ccy, "eq": text(cash), "cashBal": text(cash), "availBal": text(cash - frozen), "frozenBal": text(frozen),
                    "ordFrozen": text(frozen), "availEq": text(cash - frozen), "eqUsd": text(usd), "upl": "0", "mgnRatio": "",
                    "uTime": String(state.serverMilliseconds())]
        }
        let mmr = SimulatedMarket.dec("2450.5")
        return ["totalEq": text(total), "adjEq": text(total), "imr": "6500", "mmr": text(mmr), "mgnRatio": text(rounded(total / mmr, 4)),
                "notionalUsd": "65010", "uTime": String(state.serverMilliseconds()), "details": details]
    }

    func positions(instId: String?) -> [[String: Any]] {
        guard instId == nil || instId == "BTC-USDT-SWAP" else { return [] }
        return [[
            "instType": "SWAP", "instId": "BTC-USDT-SWAP", "mgnMode": "cross", "posSide": "net", "pos": "1", "posId": "700000000001",
            "ccy": "USDT", "avgPx": "64000", "markPx": "65010", "upl": "10.1", "uplRatio": "0.0157", "lever": "10",
            "liqPx": "58512.3", "mgnRatio": "26.53", "imr": "65.01", "mmr": "2.6", "margin": "", "notionalUsd": "650.1",
            "cTime": "1700000000000", "uTime": String(state.serverMilliseconds()),
        ]]
    }

    func config(_ key: SimulatedKey?) -> [String: Any] {
        let perms = (key?.permissions ?? []).map { $0 == .read ? "read_only" : $0.rawValue }.sorted()
        return ["uid": "44705892343619584", "mainUid": "44705892343619584", "acctLv": "2", "posMode": "net_mode", "autoLoan": false,
                "greeksType": "PA", "level": "Lv1", "levelTmp": "", "perm": perms.joined(separator: ","),
                "ip": key?.allowedIPs.joined(separator: ",") ?? "", "label": "simulator", "roleType": "0"]
    }

    func order(_ o: SimulatedOrder) -> [String: Any] {
        let type = state.exchange.instruments(type: nil, instId: o.instId).first?.instType ?? "SPOT"
        return ["instType": type, "instId": o.instId, "ordId": o.ordId, "clOrdId": o.clOrdId, "tag": "", "px": o.price.map(text) ?? "",
                "sz": text(o.size), "ordType": o.ordType, "side": o.side, "posSide": "net", "tdMode": o.tdMode, "accFillSz": text(o.filled),
                "avgPx": o.averagePrice.map(text) ?? "", "fillPx": o.averagePrice.map(text) ?? "", "state": o.state, "fee": "0", "feeCcy": "USDT",
                "cTime": String(o.createdAt), "uTime": String(o.updatedAt)]
    }
}
