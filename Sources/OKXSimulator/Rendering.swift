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

    /// What OKX adds to a live `instIdCode` to make the demo one: the two environments number
    /// instruments differently, so a code taken from the wrong one names nothing (51001).
    static let demoInstrumentCodeOffset = 5_000_000

    /// The `instIdCode` an environment's clients see for `i`.
    static func instIdCode(_ i: SimulatedInstrument, demo: Bool) -> Int { demo ? i.instIdCode + demoInstrumentCodeOffset : i.instIdCode }

    func instrument(_ i: SimulatedInstrument) -> [String: Any] { instrument(i, demo: false) }

    /// The instrument as the given environment lists it (only `instIdCode` differs).
    func instrument(_ i: SimulatedInstrument, demo: Bool) -> [String: Any] {
        [
            "instType": i.instType, "instId": i.instId, "instIdCode": Self.instIdCode(i, demo: demo), "uly": i.uly, "instFamily": i.uly,
            "baseCcy": i.baseCcy, "quoteCcy": i.quoteCcy, "settleCcy": i.settleCcy, "ctType": i.ctType,
            "ctVal": i.isContract ? text(i.ctVal) : "", "ctMult": i.isContract ? text(i.ctMult) : "", "ctValCcy": i.ctValCcy,
            "tickSz": text(i.tickSz), "lotSz": text(i.lotSz), "minSz": text(i.minSz), "maxLmtSz": "10000", "maxMktSz": "1000",
            "maxLmtAmt": "20000000", "maxMktAmt": "1000000", "maxTwapSz": "", "maxIcebergSz": "", "maxTriggerSz": "", "maxStopSz": "",
            "lever": i.maxLever > 0 ? String(i.maxLever) : "", "state": i.state, "ruleType": "normal", "openType": i.openType,
            "alias": i.alias, "category": "1", "optType": i.optType, "stk": i.instType == "OPTION" ? text(i.stk) : "", "futureSettlement": false,
            "instCategory": "1", "tradeQuoteCcyList": i.isSpot ? [i.quoteCcy] : [],
            "listTime": String(i.listTime), "contTdSwTime": i.contTdSwTime.map(String.init) ?? "", "auctionEndTime": i.auctionEndTime.map(String.init) ?? "",
            "expTime": i.expTime.map(String.init) ?? "", "seriesId": "", "groupId": "1", "preMktSwTime": "", "upcChg": [] as [Any],
            // The RPI spacing rule's thresholds at OKX's stated default (4 organic levels) and
            // its example band (20 bps); no RPI maker quotes in the simulator.
            "rpiMinLevel": "4", "rpiMinPxBand": "20",
        ]
    }

    func ticker(_ i: SimulatedInstrument, _ b: Book) -> [String: Any] {
        let ts = String(state.serverMilliseconds())
        // The last trade where a fill made one since the price was set, else the set price.
        let last = state.exchange.lastTrade(i.instId)
        return [
            "instType": i.instType, "instId": i.instId, "last": text(last?.px ?? i.mid), "lastSz": last.map { text($0.sz) } ?? "0.1",
            "askPx": b.asks.first.map { text($0.price) } ?? "", "askSz": b.asks.first.map { text($0.size) } ?? "",
            "bidPx": b.bids.first.map { text($0.price) } ?? "", "bidSz": b.bids.first.map { text($0.size) } ?? "",
            "open24h": text(i.mid * SimulatedMarket.dec("0.98")), "high24h": text(i.mid * SimulatedMarket.dec("1.03")),
            "low24h": text(i.mid * SimulatedMarket.dec("0.97")), "vol24h": "1234.5", "volCcy24h": text(i.mid * SimulatedMarket.dec("1234.5")),
            "sodUtc0": text(i.mid), "sodUtc8": text(i.mid), "ts": ts,
        ]
    }

    func book(_ b: Book, depth: Int, consolidated: Bool = false) -> [String: Any] {
        let n = max(1, min(depth, 400))
        func levels(_ l: [Level]) -> [[String]] { l.prefix(n).map { level($0, consolidated: consolidated) } }
        return ["asks": levels(b.asks), "bids": levels(b.bids), "ts": String(state.serverMilliseconds())]
    }

    /// A book level as OKX writes it: `[price, size, "0", orders]`, or for the consolidated RPI
    /// book `[price, total, organic, orders]` (all organic here: no RPI makers quote in the simulator).
    func level(_ l: Level, consolidated: Bool) -> [String] {
        [text(l.price), text(l.size), consolidated ? text(l.size) : "0", String(l.orders)]
    }

    /// Deterministic candles, newest first: the `limit` bars before `after` (exclusive), or the
    /// newest ones, or those after `before`. Nil for a bar OKX does not document.
    func candles(_ i: SimulatedInstrument, bar: String, after: Int64?, before: Int64?, limit: Int, confirmedOnly: Bool = false) -> [[String]]? {
        guard let bar = CandleBar(bar) else { return nil }
        let now = state.serverMilliseconds()
        let newest = bar.start(of: now)
        var ts = after.map { bar.start(of: $0 - 1) } ?? newest
        if confirmedOnly && ts == newest { ts = bar.previous(ts) }
        var rows: [[String]] = []
        while rows.count < limit && ts >= 0 {
            if let before, ts <= before { break }
            let wave = Decimal(Int((ts / 60_000) % 40) - 20) * i.tickSz * 10
            let open = i.mid + wave
            let close = open + i.tickSz * 5
            rows.append([String(ts), text(open), text(close + i.tickSz * 3), text(open - i.tickSz * 3), text(close), "12.5",
                         text(close * SimulatedMarket.dec("12.5")), text(close * SimulatedMarket.dec("12.5")), ts == newest ? "0" : "1"])
            ts = bar.previous(ts)
        }
        return rows
    }

    /// Public trades, newest first: the simulator's own fills, then deterministic ones before them
    /// (their ids, below the fills', count down with time, so ids still grow with time).
    func trades(_ i: SimulatedInstrument, limit: Int) -> [[String: Any]] {
        let fills = state.exchange.publicTrades(i.instId).prefix(limit).map { t -> [String: Any] in
            ["instId": i.instId, "tradeId": t.tradeId, "px": text(t.px), "sz": text(t.sz), "side": t.side, "source": "0", "count": "1", "ts": String(t.ts)]
        }
        let now = fills.isEmpty ? state.serverMilliseconds() : (state.exchange.publicTrades(i.instId).last?.ts ?? 0) - 1000
        let newest = now / 1000
        return Array(fills) + (0..<Int64(limit - fills.count)).map { k in
            let second = newest - k
            let offset = Decimal(Int(second % 11) - 5) * i.tickSz
            let side = second % 2 == 0 ? "buy" : "sell"
            return ["instId": i.instId, "tradeId": String(second - 1_000_000_000), "px": text(i.mid + offset),
                    "sz": text(i.minSz * Decimal(Int(second % 7) + 1) * 10), "side": side, "source": "0", "count": "1", "ts": String(second * 1000)]
        }
    }

    /// Mark price of a contract: the simulator's mid.
    func markPrice(_ i: SimulatedInstrument) -> [String: Any] {
        ["instType": i.instType, "instId": i.instId, "markPx": text(i.mid), "ts": String(state.serverMilliseconds())]
    }

    /// Funding every 8 hours from 00:00 UTC at a constant 0.01 %.
    func fundingRate(_ i: SimulatedInstrument) -> [String: Any] {
        let now = state.serverMilliseconds(), period: Int64 = 8 * 3_600_000
        let next = (now / period + 1) * period
        return ["instType": i.instType, "instId": i.instId, "method": "current_period", "formulaType": "withRate", "fundingRate": "0.0001",
                "nextFundingRate": "", "fundingTime": String(next), "nextFundingTime": String(next + period), "minFundingRate": "-0.00375",
                "maxFundingRate": "0.00375", "settFundingRate": "0.0001", "settState": "settled", "premium": "0.0001", "interestRate": "0.0001",
                "impactValue": "", "ts": String(now)]
    }

    static let usdPrices: [String: Decimal] = ["USDT": 1, "BTC": 65000, "ETH": 3400, "NEW": SimulatedMarket.dec("1.2")]

    /// The position's computed figures: mark price = the instrument's mid, maintenance margin
    /// rate 0.4 %, liquidation where the initial margin minus maintenance is lost.
    struct PositionFigures {
        var mark: Decimal, upl: Decimal, initialMargin: Decimal, imr: Decimal, mmr: Decimal, notional: Decimal, liqPx: Decimal, mgnRatio: Decimal, uplRatio: Decimal
    }

    static let maintenanceRate = SimulatedMarket.dec("0.004")

    func figures(_ p: SimulatedPosition, _ i: SimulatedInstrument) -> PositionFigures {
        let size = abs(p.pos), mark = i.mid
        let notional = size * mark * i.unit
        let upl = (mark - p.avgPx) * p.pos * i.unit
        let initial = size * p.avgPx * i.unit / p.lever
        let mmr = notional * Self.maintenanceRate
        return PositionFigures(mark: mark, upl: upl, initialMargin: initial, imr: notional / p.lever, mmr: mmr, notional: notional,
                               liqPx: SimulatedExchange.liquidationPrice(p, i), mgnRatio: mmr > 0 ? rounded((initial + upl) / mmr, 2) : 0,
                               uplRatio: initial > 0 ? rounded(upl / initial, 4) : 0)
    }

    func balance(_ a: SimulatedExchange.Account, instruments: [String: SimulatedInstrument], ccys: Set<String>? = nil) -> [String: Any] {
        var total: Decimal = 0, imrTotal: Decimal = 0, mmrTotal: Decimal = 0, notionalTotal: Decimal = 0
        var upl: [String: Decimal] = [:], margin: [String: Decimal] = [:]
        for p in a.positions.values {
            guard let i = instruments[p.instId] else { continue }
            let f = figures(p, i)
            upl[i.marginCcy, default: 0] += f.upl
            margin[i.marginCcy, default: 0] += f.initialMargin
            imrTotal += f.imr
            mmrTotal += f.mmr
            notionalTotal += f.notional
        }
        var details: [[String: Any]] = []
        for ccy in a.balances.keys.sorted() {
            let cash = a.balances[ccy] ?? 0, frozen = a.frozen[ccy] ?? 0, u = upl[ccy] ?? 0, m = margin[ccy] ?? 0
            let usd = (cash + u) * (ccy == "USDT" ? 1 : state.exchange.price(ccy + "-USDT") ?? Self.usdPrices[ccy] ?? 0)  // follows set prices
            total += usd
            guard ccys.map({ $0.contains(ccy) }) ?? true else { continue }
            details.append(["ccy": ccy, "eq": text(cash + u), "cashBal": text(cash), "availBal": text(cash - frozen), "frozenBal": text(frozen),
                            "ordFrozen": text(frozen), "availEq": text(cash + u - frozen - m), "eqUsd": text(usd), "upl": text(u), "imr": text(m), "mmr": "",
                            "isoEq": "0", "isoUpl": "0", "liab": "0", "crossLiab": "0", "interest": "0", "maxLoan": "", "notionalLever": "",
                            "disEq": text(usd), "spotBal": "", "stgyEq": "0", "twap": "0", "mgnRatio": "", "uTime": String(state.serverMilliseconds())])
        }
        let mmr = max(mmrTotal, SimulatedMarket.dec("2450.5"))
        return ["totalEq": text(total), "adjEq": text(total), "isoEq": "0", "ordFroz": "0", "upl": text(upl.values.reduce(0, +)),
                "imr": text(imrTotal), "mmr": text(mmr), "mgnRatio": text(rounded(total / mmr, 4)), "borrowFroz": "", "notionalUsd": text(notionalTotal),
                "notionalUsdForBorrow": "", "notionalUsdForFutures": "", "notionalUsdForOption": "", "notionalUsdForSwap": text(notionalTotal),
                "uTime": String(state.serverMilliseconds()), "details": details]
    }

    func positions(_ a: SimulatedExchange.Account, instruments: [String: SimulatedInstrument], instType: String?, instIds: Set<String>?) -> [[String: Any]] {
        a.positions.values.sorted { $0.instId < $1.instId }.compactMap { p -> [String: Any]? in
            guard let i = instruments[p.instId], instType.map({ $0 == i.instType }) ?? true, instIds.map({ $0.contains(p.instId) }) ?? true else { return nil }
            let f = figures(p, i)
            return ["instType": i.instType, "instId": p.instId, "mgnMode": p.mgnMode, "posSide": "net", "pos": text(p.pos), "posId": p.posId,
                    "availPos": text(abs(p.pos)), "ccy": i.marginCcy, "posCcy": "", "avgPx": text(rounded(p.avgPx, 8)), "markPx": text(f.mark),
                    "last": text(f.mark), "idxPx": text(f.mark), "upl": text(f.upl), "uplRatio": text(f.uplRatio), "uplLastPx": text(f.upl),
                    "uplRatioLastPx": text(f.uplRatio), "lever": text(p.lever), "liqPx": text(f.liqPx), "mgnRatio": text(f.mgnRatio),
                    "imr": p.mgnMode == "cross" ? text(f.imr) : "", "margin": p.mgnMode == "isolated" ? text(f.initialMargin) : "",
                    "mmr": text(f.mmr), "notionalUsd": text(f.notional), "adl": "1", "interest": "0", "liab": "", "liabCcy": "",
                    "realizedPnl": text(p.realizedPnl), "pnl": text(p.realizedPnl - p.fee), "fee": text(p.fee), "fundingFee": "0",
                    "bePx": "", "tradeId": "", "usdPx": "", "closeOrderAlgo": [] as [Any], "cTime": String(p.cTime), "uTime": String(p.uTime)]
        }
    }

    /// A currency as `asset/currencies` lists it: one chain named after the currency.
    func currency(_ ccy: String) -> [String: Any] {
        ["ccy": ccy, "name": ccy, "chain": ccy + "-" + ccy, "logoLink": "", "ctAddr": "", "canDep": true, "canWd": true, "canInternal": true,
         "mainNet": true, "minDep": "0.0001", "minWd": "0.001", "maxWd": "1000000", "wdTickSz": "8", "wdQuota": "10000000", "usedWdQuota": "0",
         "fee": "0.0001", "minFee": "0.0001", "maxFee": "0.0001", "minFeeForCtAddr": "", "maxFeeForCtAddr": "", "burningFeeRate": "",
         "minInternal": "0.0001", "minDepArrivalConfirm": "1", "minWdUnlockConfirm": "2", "needTag": false, "depQuotaFixed": "",
         "usedDepQuotaFixed": "", "depQuoteDailyLayer2": "", "depEstOpenTime": "", "wdEstOpenTime": ""]
    }

    func fill(_ f: SimulatedFill) -> [String: Any] {
        ["instType": f.instType, "instId": f.instId, "tradeId": f.tradeId, "ordId": f.ordId, "clOrdId": f.clOrdId, "billId": f.billId,
         "subType": f.subType, "tag": f.tag, "fillPx": text(f.fillPx), "fillSz": text(f.fillSz), "fillIdxPx": "", "fillPnl": text(f.pnl),
         "fillPxVol": "", "fillPxUsd": "", "fillMarkVol": "", "fillFwdPx": "", "fillMarkPx": "", "side": f.side, "posSide": "net",
         "execType": f.execType, "feeCcy": f.feeCcy, "fee": text(f.fee), "feeRate": text(f.feeRate), "tradeQuoteCcy": "",
         "ts": String(f.ts), "fillTime": String(f.ts)]
    }

    /// An order's attached TP/SL as `attachAlgoOrds` lists it.
    func attachedAlgo(_ a: AttachedAlgo) -> [String: Any] {
        func px(_ value: Decimal?) -> String { value.map(text) ?? "" }
        return ["attachAlgoId": a.algoId, "attachAlgoClOrdId": a.attachAlgoClOrdId, "tpOrdKind": "condition", "tpTriggerPx": px(a.tpTriggerPx),
                "tpTriggerPxType": a.tpTriggerPxType, "tpOrdPx": px(a.tpOrdPx), "slTriggerPx": px(a.slTriggerPx),
                "slTriggerPxType": a.slTriggerPxType, "slOrdPx": px(a.slOrdPx), "sz": "", "amendPxOnTriggerType": "0",
                "failCode": a.failCode, "failReason": ""]
    }

    func bill(_ b: SimulatedBill) -> [String: Any] {
        ["billId": b.billId, "instType": b.instType, "instId": b.instId, "ccy": b.ccy, "balChg": text(b.balChg), "bal": text(b.bal),
         "posBal": "0", "posBalChg": "0", "type": b.type, "subType": b.subType, "ordId": b.ordId, "clOrdId": b.clOrdId, "tag": b.tag,
         "px": b.px.map(text) ?? "", "sz": text(b.sz), "fee": text(b.fee), "pnl": text(b.pnl), "execType": b.execType, "mgnMode": b.mgnMode,
         "interest": "0", "from": "", "to": "", "notes": "", "tradeId": "", "fillTime": String(b.ts), "fillIdxPx": "", "fillMarkPx": "",
         "fillPxUsd": "", "fillPxVol": "", "fillMarkVol": "", "fillFwdPx": "", "earnAmt": "", "earnApr": "", "ts": String(b.ts)]
    }

    func config(_ key: SimulatedKey?) -> [String: Any] {
        let perms = (key?.permissions ?? []).map { $0 == .read ? "read_only" : $0.rawValue }.sorted()
        return ["uid": Self.uid, "mainUid": Self.uid, "acctLv": "2", "posMode": "net_mode", "autoLoan": false,
                "greeksType": "PA", "level": "Lv1", "levelTmp": "", "perm": perms.joined(separator: ","),
                "ip": key?.allowedIPs.joined(separator: ",") ?? "", "label": "simulator", "roleType": "0"]
    }

    func order(_ o: SimulatedOrder) -> [String: Any] {
        let instrument = state.exchange.instruments(type: nil, instId: o.instId).first
        let contract = instrument?.isContract ?? false
        return ["instType": instrument?.instType ?? "SPOT", "instId": o.instId, "ordId": o.ordId, "clOrdId": o.clOrdId, "tag": o.tag,
                "px": o.price.map(text) ?? "", "pxUsd": "", "pxVol": "", "pxType": "", "sz": text(o.size), "ordType": o.ordType, "side": o.side,
                "posSide": "net", "tdMode": o.tdMode, "tgtCcy": o.tgtCcy, "ccy": "", "lever": contract ? text(o.lever) : "",
                "accFillSz": text(o.filled), "avgPx": o.averagePrice.map { text(rounded($0, 8)) } ?? "", "fillPx": o.lastFillPx.map(text) ?? "",
                "fillSz": o.lastFillPx == nil ? "" : text(o.lastFillSz), "tradeId": o.lastTradeId, "fillTime": o.lastFillPx == nil ? "" : String(o.updatedAt),
                "state": o.state, "fee": text(o.fee), "feeCcy": o.feeCcy, "rebate": "0", "rebateCcy": instrument?.quoteCcy ?? "", "pnl": text(o.pnl),
                "category": o.category, "reduceOnly": o.reduceOnly ? "true" : "false", "cancelSource": o.cancelSource, "cancelSourceReason": "",
                "source": "", "stpId": "", "stpMode": "cancel_maker", "quickMgnType": "", "algoClOrdId": "", "algoId": o.algoId, "isTpLimit": "false",
                "attachAlgoClOrdId": o.attached.first?.attachAlgoClOrdId ?? "", "attachAlgoOrds": o.attached.map(attachedAlgo), "linkedAlgoOrd": ["algoId": ""], "tradeQuoteCcy": instrument?.isSpot == true ? instrument?.quoteCcy ?? "" : "",
                "tpTriggerPx": "", "tpTriggerPxType": "", "tpOrdPx": "", "slTriggerPx": "", "slTriggerPxType": "", "slOrdPx": "",
                "cTime": String(o.createdAt), "uTime": String(o.updatedAt)]
    }
}

/// A candle bar OKX documents: fixed widths aligned to UTC+8 (Hong Kong time, OKX's default)
/// or to UTC for the `utc` variants; weeks start on Monday; months are calendar months.
struct CandleBar {
    enum Width { case fixed(Int64), months(Int) }
    let width: Width
    /// Milliseconds east of UTC the bar boundaries are aligned to.
    let zone: Int64

    init?(_ name: String) {
        let utc = name.hasSuffix("utc")
        let core = utc ? String(name.dropLast(3)) : name
        let minute: Int64 = 60_000, hour = 60 * minute, day = 24 * hour
        // Bars shorter than 6 hours are the same in either zone; OKX has no `utc` name for them.
        if utc && ["1s", "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H"].contains(core) { return nil }
        switch core {
        case "1s": width = .fixed(1000)
        case "1m", "3m", "5m", "15m", "30m":
            guard let n = Int64(core.dropLast()) else { return nil }
            width = .fixed(n * minute)
        case "1H", "2H", "4H":
            guard let n = Int64(core.dropLast()) else { return nil }
            width = .fixed(n * hour)
        case "6H", "12H":
            guard let n = Int64(core.dropLast()) else { return nil }
            width = .fixed(n * hour)
        case "1D", "2D", "3D", "5D":
            guard let n = Int64(core.dropLast()) else { return nil }
            width = .fixed(n * day)
        case "1W": width = .fixed(7 * day)
        case "1M": width = .months(1)
        case "3M": width = .months(3)
        default: return nil
        }
        zone = utc ? 0 : 8 * hour
        if case .fixed(let w) = width, w == 7 * day {
            // 1970-01-01 was a Thursday: Monday boundaries sit 3 days after the epoch's multiples of a week.
            weekShift = 3 * day
        } else {
            weekShift = 0
        }
    }

    private let weekShift: Int64

    private var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: Int(zone / 1000)) ?? .gmt
        return c
    }

    /// The start of the bar that contains `ts`.
    func start(of ts: Int64) -> Int64 {
        switch width {
        case .fixed(let w):
            let shift = zone + weekShift
            let shifted = ts + shift
            let floored = shifted >= 0 ? shifted / w * w : (shifted - w + 1) / w * w
            return floored - shift
        case .months(let n):
            let date = Date(timeIntervalSince1970: Double(ts) / 1000)
            let c = calendar
            let parts = c.dateComponents([.year, .month], from: date)
            let month = ((parts.month ?? 1) - 1) / n * n + 1
            let start = c.date(from: DateComponents(year: parts.year, month: month, day: 1)) ?? date
            return Int64(exactly: (start.timeIntervalSince1970 * 1000).rounded()) ?? ts
        }
    }

    /// The start of the bar before the one starting at `ts`.
    func previous(_ ts: Int64) -> Int64 {
        switch width {
        case .fixed(let w): return ts - w
        case .months(let n):
            let date = Date(timeIntervalSince1970: Double(ts) / 1000)
            let earlier = calendar.date(byAdding: .month, value: -n, to: date) ?? date
            return Int64(exactly: (earlier.timeIntervalSince1970 * 1000).rounded()) ?? ts
        }
    }
}
