import Foundation
import Hummingbird

/// Routes OKX's REST paths to the simulated exchange and renders OKX's envelope.
struct SimulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let state: SimulatorState

    private enum Access { case open, read, trade, withdraw }

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        state.count(path)
        state.count("\(request.method) " + path)
        let target = request.uri.string
        var body = try await request.body.collect(upTo: 1 << 20)
        let bodyBytes = body.readBytes(length: body.readableBytes) ?? []
        state.openDueListings()
        if SimulatorControl.handles(path) {
            // The simulator's own control API (SimulatorControl.swift): not OKX, so no faults.
            return SimulatorControl(state: state).respond(method: request.method.rawValue, path: path, query: request.uri.query, body: bodyBytes)
        }

        var after: SimulatorFault?
        if let fault = state.nextFault(path: path) {
            switch fault {
            case .htmlPage(let status):
                return raw(status, "<html><head><title>\(status) Bad Gateway</title></head><body><center><h1>\(status)</h1></center><hr><center>nginx</center></body></html>", type: "text/html")
            case .emptyBody(let status):
                return raw(status, "", type: "application/json")
            case .truncatedJSON(let bytes):
                let full = #"{"code":"0","msg":"","data":[{"ts":"1700000000000","instId":"BTC-USDT","last":"65000.1"}]}"#
                return raw(200, String(full.prefix(bytes)), type: "application/json")
            case .delay(let duration):
                try await Task.sleep(for: duration)
            case .okxError(let code):
                return error(code)
            case .resetBeforeProcessing:
                return Self.reset()
            case .resetAfterProcessing, .delayAfterProcessing:
                after = fault
            case .clockJump(let delta):
                state.update { $0.clockSkew += delta }
            case .body(let status, let text, let afterProcessing):
                if !afterProcessing { return raw(status, text, type: "application/json") }
                after = fault
            }
        }
        let response = try await handle(request, path: path, target: target, bodyBytes: bodyBytes)
        switch after {
        case .resetAfterProcessing: return Self.reset()
        case .delayAfterProcessing(let duration):
            try await Task.sleep(for: duration)
            return response
        case .body(let status, let text, _):
            return raw(status, text, type: "application/json")
        default: return response
        }
    }

    /// A response that never completes: the head goes out, then the connection is closed
    /// before the (chunked) body, so the client sees a broken connection and no answer.
    static func reset() -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { _ in
            throw SimulatorError(message: "simulated connection reset")
        })
    }

    private func handle(_ request: Request, path: String, target: String, bodyBytes: [UInt8]) async throws -> Response {

        let method = request.method.rawValue
        let query = Query(request.uri.query)
        let json = (try? JSONSerialization.jsonObject(with: Data(bodyBytes))) ?? [:]

        if method == "GET", path == "/api/v5/public/time" {
            let before = state.configuration.timeEndpointDelayBeforeReading
            if before > .zero { try await Task.sleep(for: before) }
            let ts = state.serverMilliseconds()
            let delay = state.configuration.timeEndpointDelay
            if delay > .zero { try await Task.sleep(for: delay) }
            return ok([["ts": String(ts)]])
        }
        let access: Access
        if let routed = Self.routes[method + " " + path] {
            access = routed
        } else if let documented = documentedEndpoint(method: method, path: path) {
            // Documented but not modelled: answered with the docs' example after the same checks.
            switch documented.access {
            case "open": access = .open
            case "trade": access = .trade
            case "withdraw": access = .withdraw
            default: access = .read
            }
        } else {
            return raw(404, #"{"msg":"Not Found","code":"404"}"#, type: "application/json")
        }

        var key: SimulatedKey?
        if access != .open {
            let config = state.configuration
            let auth = RequestAuthenticator(keys: config.keys, site: config.site, window: config.timestampWindow, clientIP: config.clientIP)
            do throws(RequestAuthenticator.Failure) {
                key = try auth.authenticate(method: method, target: target, body: bodyBytes, header: { name in
                    let lowered = name.lowercased()
                    return request.headers.first { $0.name.canonicalName == lowered }?.value
                }, serverNow: state.serverMilliseconds())
            } catch {
                return self.error(error.code, params: error.params)
            }
            let needed: SimulatedPermission = access == .trade ? .trade : access == .withdraw ? .withdraw : .read
            if let key, !key.permissions.contains(needed) { return self.error(50120) }
        }
        let account = key.map { "\($0.apiKey)" } ?? ""
        if state.configuration.enforceRateLimits {
            var instruments: [String] = []
            if let instId = query["instId"] { instruments = [instId] }
            if let item = json as? [String: Any], let instId = item["instId"] as? String { instruments = [instId] }
            if let items = json as? [[String: Any]] { instruments = items.map { $0["instId"] as? String ?? "" } }
            if !state.rateLimits.admit(method: method, path: path, account: key?.apiKey, instruments: instruments, now: SimulatorState.realMilliseconds()) {
                return error(50011)
            }
        }
        if method == "POST", Self.acceptsExpTime.contains(path),
           let raw = request.headers.first(where: { $0.name.canonicalName == "exptime" })?.value {
            // OKX drops a request that reaches it after its expTime; clients rely on that to
            // prove an order with an unknown outcome will never appear.
            guard let expTime = Int64(raw) else { return error(51000, params: ["expTime"]) }
            if state.serverMilliseconds() > expTime {
                state.count("expired:" + path)
                return error(50036)
            }
        }
        let rendering = Rendering(state: state)

        let (acct, instruments) = state.exchange.snapshot(account)
        let limit = min(max(query["limit"].flatMap(Int.init) ?? 100, 1), 100)
        switch (method, path) {
        case ("GET", "/api/v5/public/instruments"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            let family = query["instFamily"] ?? query["uly"]
            // Demo and live number instruments differently; the header picks the environment.
            let demo = request.headers.first { $0.name.canonicalName == "x-simulated-trading" }?.value == "1"
            return ok(state.exchange.instruments(type: type, instId: query["instId"])
                .filter { family == nil || $0.uly == family }.map { rendering.instrument($0, demo: demo) })
        case ("GET", "/api/v5/market/ticker"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (instrument, book) = state.exchange.book(instId) else { return error(51001) }
            return ok([rendering.ticker(instrument, book)])
        case ("GET", "/api/v5/market/tickers"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            return ok(state.exchange.instruments(type: type, instId: nil).compactMap { i in
                state.exchange.book(i.instId).map { rendering.ticker($0.0, $0.1) }
            })
        case ("GET", "/api/v5/market/books"), ("GET", "/api/v5/market/books-rpi"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (book, seqId) = state.exchange.bookWithSequence(instId) else { return error(51001) }
            let depth = query["sz"].flatMap(Int.init) ?? 1
            var rendered = rendering.book(book, depth: depth, consolidated: path.hasSuffix("books-rpi"))
            rendered["seqId"] = seqId
            return ok([rendered])
        case ("GET", "/api/v5/market/candles"), ("GET", "/api/v5/market/history-candles"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (instrument, _) = state.exchange.book(instId) else { return error(51001) }
            let history = path.hasSuffix("history-candles")
            let most = history ? 100 : 300
            guard let rows = rendering.candles(instrument, bar: query["bar"] ?? "1m", after: query["after"].flatMap { Int64($0) },
                                               before: query["before"].flatMap { Int64($0) },
                                               limit: min(max(query["limit"].flatMap(Int.init) ?? 100, 1), most), confirmedOnly: history) else {
                return error(51000, params: ["bar"])
            }
            return ok(rows)
        case ("GET", "/api/v5/market/trades"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (instrument, _) = state.exchange.book(instId) else { return error(51001) }
            return ok(rendering.trades(instrument, limit: min(max(query["limit"].flatMap(Int.init) ?? 100, 1), 500)))
        case ("GET", "/api/v5/system/status"):
            return ok([])  // no maintenance planned or under way
        case ("GET", "/api/v5/public/funding-rate"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            let swaps = instruments.values.filter { $0.instType == "SWAP" && $0.instId == instId }.sorted { $0.instId < $1.instId }
            guard !swaps.isEmpty else { return error(51001) }
            return ok(swaps.map(rendering.fundingRate))
        case ("GET", "/api/v5/public/mark-price"):
            // The docs require instType; ccxt's fetch_mark_price sends only instId, so an
            // instId alone is accepted as well.
            guard query["instType"] != nil || query["instId"] != nil else { return error(50014, params: ["instType"]) }
            return ok(state.exchange.instruments(type: query["instType"], instId: query["instId"])
                .filter { $0.instType != "SPOT" && (query["instFamily"] == nil || $0.uly == query["instFamily"]) }.map(rendering.markPrice))
        // The market figures the WebSocket channels of the same names push, rendered alike.
        case ("GET", "/api/v5/public/price-limit"), ("GET", "/api/v5/public/estimated-price"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let i = state.exchange.instruments(type: nil, instId: instId).first, i.isContract || path.hasSuffix("price-limit"),
                  !path.hasSuffix("estimated-price") || i.instType == "FUTURES" || i.instType == "OPTION" else { return error(51001) }
            if path.hasSuffix("price-limit") { return ok([rendering.priceLimit(i)]) }
            var row = rendering.estimatedPrice(i)
            row["settleType"] = nil  // a field of the channel only
            return ok([row])
        case ("GET", "/api/v5/public/open-interest"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            let family = query["instFamily"] ?? query["uly"]
            return ok(state.exchange.instruments(type: type, instId: query["instId"])
                .filter { $0.isContract && (family == nil || $0.uly == family) }.map(rendering.openInterest))
        case ("GET", "/api/v5/public/opt-summary"):
            guard let family = query["instFamily"] ?? query["uly"] else { return error(50014, params: ["instFamily"]) }
            return ok(state.exchange.instruments(type: "OPTION", instId: nil).filter { $0.uly == family }.map(rendering.optionSummary))
        case ("GET", "/api/v5/market/index-tickers"):
            guard query["instId"] != nil || query["quoteCcy"] != nil else { return error(50014, params: ["quoteCcy"]) }
            let indexes = query["instId"].map { [$0] } ?? state.exchange.instruments(type: "SPOT", instId: nil).map(\.instId)
                .filter { $0.hasSuffix("-" + (query["quoteCcy"] ?? "")) }
            return ok(indexes.compactMap { index in SimulatedWebSocketHub.indexSource(index, state).map { rendering.indexTicker(index, $0) } })
        case ("GET", "/api/v5/market/mark-price-candles"), ("GET", "/api/v5/market/index-candles"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            let index = path.hasSuffix("index-candles")
            guard let i = index ? SimulatedWebSocketHub.indexSource(instId, state) : state.exchange.instruments(type: nil, instId: instId).first else {
                return error(51001)
            }
            guard let rows = rendering.candles(i, bar: query["bar"] ?? "1m", after: query["after"].flatMap { Int64($0) }, before: query["before"].flatMap { Int64($0) },
                                               limit: min(max(query["limit"].flatMap(Int.init) ?? 100, 1), 100)) else { return error(51000, params: ["bar"]) }
            return ok(rows.map { row in [0, 1, 2, 3, 4, 8].map { row[$0] } })
        case ("GET", "/api/v5/account/balance"):
            return ok([rendering.balance(acct, instruments: instruments, ccys: list(query["ccy"]))])
        case ("GET", "/api/v5/account/positions"):
            let ids = list(query["instId"])
            return ok(rendering.positions(acct, instruments: instruments, instType: query["instType"], instIds: ids)
                .filter { query["posId"] == nil || ($0["posId"] as? String) == query["posId"] })
        case ("GET", "/api/v5/account/config"):
            return ok([rendering.config(key)])
        case ("GET", "/api/v5/account/leverage-info"):
            guard let mgnMode = query["mgnMode"] else { return error(50014, params: ["mgnMode"]) }
            guard let ids = list(query["instId"]) ?? list(query["ccy"]) else { return error(50014, params: ["instId"]) }
            return ok(ids.sorted().map { id in
                ["instId": instruments[id] == nil ? "" : id, "ccy": instruments[id] == nil ? id : "", "mgnMode": mgnMode, "posSide": "net",
                 "lever": rendering.text(acct.lever(id, mgnMode))]
            })
        case ("POST", "/api/v5/account/set-leverage"):
            guard let item = json as? [String: Any] else { return error(50002) }
            guard let lever = decimal(item["lever"]) else { return error(50014, params: ["lever"]) }
            guard let mgnMode = item["mgnMode"] as? String, !mgnMode.isEmpty else { return error(50014, params: ["mgnMode"]) }
            guard mgnMode == "cross" || mgnMode == "isolated" else { return error(51000, params: ["mgnMode"]) }
            let instId = item["instId"] as? String ?? ""
            if !instId.isEmpty {
                do { try state.exchange.setLeverage(account: account, instId: instId, mgnMode: mgnMode, lever: lever) }
                catch { return self.error(error.code, params: error.params) }
            } else if (item["ccy"] as? String ?? "").isEmpty {
                return error(50014, params: ["instId"])
            }
            return ok([["instId": instId, "lever": rendering.text(lever), "mgnMode": mgnMode, "posSide": item["posSide"] as? String ?? ""]])
        case ("GET", "/api/v5/account/trade-fee"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            guard let sample = instruments.values.first(where: { $0.instType == type }) else { return error(51000, params: ["instType"]) }
            let (maker, taker) = SimulatedExchange.feeRates(sample)
            let (m, t) = (rendering.text(-maker), rendering.text(-taker))
            let contract = sample.isContract
            let feeGroup: [[String: String]] = [["groupId": "1", "maker": m, "taker": t]]
            let row: [String: Any] = ["instType": type, "level": "Lv1", "category": "1", "ruleType": "normal", "maker": m, "taker": t,
                        "makerU": contract ? m : "", "takerU": contract ? t : "", "makerUSDC": contract ? m : "", "takerUSDC": contract ? t : "",
                        "delivery": "", "exercise": "", "fiat": [] as [Any],
                        "feeGroup": feeGroup, "ts": String(state.serverMilliseconds())]
            return ok([row])
        case ("GET", "/api/v5/account/max-size"), ("GET", "/api/v5/account/max-avail-size"):
            guard let instIds = list(query["instId"]) else { return error(50014, params: ["instId"]) }
            guard let tdMode = query["tdMode"] else { return error(50014, params: ["tdMode"]) }
            var rows: [[String: Any]] = []
            for instId in instIds.sorted() {
                guard let (i, book) = state.exchange.book(instId) else { return error(51001) }
                let ask = query["px"].flatMap { decimal($0) } ?? book.asks.first?.price ?? i.mid
                let bid = query["px"].flatMap { decimal($0) } ?? book.bids.first?.price ?? i.mid
                let quote = SimulatedExchange.available(acct, i.marginCcy, instruments: instruments)
                var buy: Decimal
                let sell: Decimal
                if i.isSpot {
                    buy = SimulatedExchange.floor(quote / ask, i.lotSz)
                    sell = SimulatedExchange.available(acct, i.baseCcy, instruments: instruments)
                    if path.hasSuffix("max-avail-size") { buy = quote }
                } else {
                    let lever = acct.lever(instId, tdMode == "isolated" ? "isolated" : "cross")
                    buy = SimulatedExchange.floor(quote * lever / (ask * i.unit), i.lotSz)
                    sell = SimulatedExchange.floor(quote * lever / (bid * i.unit), i.lotSz)
                }
                if path.hasSuffix("max-size") {
                    rows.append(["instId": instId, "ccy": i.isSpot ? i.baseCcy : i.marginCcy, "maxBuy": rendering.text(max(buy, 0)), "maxSell": rendering.text(max(sell, 0))])
                } else {
                    rows.append(["instId": instId, "availBuy": rendering.text(max(buy, 0)), "availSell": rendering.text(max(sell, 0))])
                }
            }
            return ok(rows)
        case ("GET", "/api/v5/account/bills"), ("GET", "/api/v5/account/bills-archive"):
            let ccys = list(query["ccy"])
            let bills = acct.bills.reversed().filter { b in
                guard query["instType"] == nil || b.instType == query["instType"], query["instId"] == nil || b.instId == query["instId"] else { return false }
                guard ccys?.contains(b.ccy) ?? true, query["type"] == nil || b.type == query["type"] else { return false }
                return (query["subType"] == nil || b.subType == query["subType"]) && (query["mgnMode"] == nil || b.mgnMode == query["mgnMode"])
            }
            return ok(page(bills, id: { $0.billId }, ts: { $0.ts }, query: query, limit: limit).map(rendering.bill))
        case ("GET", "/api/v5/asset/balances"):
            let ccys = list(query["ccy"])
            return ok(acct.funding.keys.sorted().filter { ccys?.contains($0) ?? true }.map { ccy in
                let bal = rendering.text(acct.funding[ccy] ?? 0)
                return ["ccy": ccy, "bal": bal, "availBal": bal, "frozenBal": "0"]
            })
        case ("POST", "/api/v5/asset/transfer"):
            guard let item = json as? [String: Any] else { return error(50002) }
            for name in ["ccy", "amt", "from", "to"] where (item[name] as? String ?? "").isEmpty { return error(50014, params: [name]) }
            guard (item["type"] as? String ?? "0") == "0" else { return error(58127) }
            guard let amount = decimal(item["amt"]) else { return error(51000, params: ["amt"]) }
            let clientId = item["clientId"] as? String ?? ""
            do {
                let t = try state.exchange.transfer(account: account, ccy: item["ccy"] as? String ?? "", amount: amount, from: item["from"] as? String ?? "",
                                                    to: item["to"] as? String ?? "", clientId: clientId, now: state.serverMilliseconds())
                return ok([["transId": t.transId, "ccy": t.ccy, "clientId": t.clientId, "from": t.from, "amt": rendering.text(t.amount), "to": t.to]])
            } catch { return self.error(error.code, params: error.params) }
        case ("GET", "/api/v5/asset/transfer-state"):
            guard query["transId"] != nil || query["clientId"] != nil else { return error(50014, params: ["transId"]) }
            let found = acct.transfers.filter { t in
                (query["transId"].map { $0 == t.transId } ?? true) && (query["clientId"].map { $0 == t.clientId } ?? true)
            }
            return ok(found.map { t in
                ["transId": t.transId, "clientId": t.clientId, "ccy": t.ccy, "amt": rendering.text(t.amount), "type": "0", "from": t.from, "to": t.to,
                 "subAcct": "", "instId": "", "toInstId": "", "state": "success"]
            })
        case ("GET", "/api/v5/asset/currencies"):
            let ccys = list(query["ccy"])
            var all = Set(acct.funding.keys).union(acct.balances.keys)
            for i in instruments.values { all.formUnion([i.baseCcy, i.quoteCcy, i.settleCcy].filter { !$0.isEmpty }) }
            return ok(all.sorted().filter { ccys?.contains($0) ?? true }.map(rendering.currency))
        case ("GET", "/api/v5/trade/order"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            do { return ok([rendering.order(try state.exchange.order(account: account, instId: instId, ordId: query["ordId"], clOrdId: query["clOrdId"]))]) }
            catch { return self.error(error.code, params: error.params) }
        case ("GET", "/api/v5/trade/orders-pending"), ("GET", "/api/v5/trade/orders-history"), ("GET", "/api/v5/trade/orders-history-archive"):
            let pending = path.hasSuffix("pending")
            if !pending, query["instType"] == nil { return error(50014, params: ["instType"]) }
            let orders = state.exchange.orders(account: account).reversed().filter { o in
                let instrument = instruments[o.instId]
                guard o.isLive == pending, query["instType"] == nil || instrument?.instType == query["instType"] else { return false }
                guard query["instId"] == nil || o.instId == query["instId"], query["ordType"] == nil || o.ordType == query["ordType"] else { return false }
                return (query["state"] == nil || o.state == query["state"]) && (query["instFamily"] == nil || instrument?.uly == query["instFamily"])
            }
            return ok(page(orders, id: { $0.ordId }, ts: { $0.createdAt }, query: query, limit: limit).map(rendering.order))
        case ("GET", "/api/v5/trade/fills"), ("GET", "/api/v5/trade/fills-history"):
            if path.hasSuffix("history"), query["instType"] == nil { return error(50014, params: ["instType"]) }
            let fills = acct.fills.reversed().filter { f in
                guard query["instType"] == nil || f.instType == query["instType"], query["instId"] == nil || f.instId == query["instId"] else { return false }
                return (query["ordId"] == nil || f.ordId == query["ordId"]) && (query["subType"] == nil || f.subType == query["subType"])
            }
            return ok(page(fills, id: { $0.billId }, ts: { $0.ts }, query: query, limit: limit).map(rendering.fill))
        case ("POST", "/api/v5/trade/order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            return orderResults([place(item, account: account)])
        case ("POST", "/api/v5/trade/batch-orders"):
            guard let items = json as? [[String: Any]], (1...20).contains(items.count) else { return error(50002) }
            return orderResults(items.map { place($0, account: account) })
        case ("POST", "/api/v5/trade/cancel-order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            return orderResults([cancel(item, account: account)])
        case ("POST", "/api/v5/trade/cancel-batch-orders"):
            guard let items = json as? [[String: Any]], (1...20).contains(items.count) else { return error(50002) }
            return orderResults(items.map { cancel($0, account: account) })
        case ("POST", "/api/v5/trade/amend-order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            return orderResults([amend(item, account: account)])
        case ("POST", "/api/v5/trade/amend-batch-orders"):
            guard let items = json as? [[String: Any]], (1...20).contains(items.count) else { return error(50002) }
            return orderResults(items.map { amend($0, account: account) })
        case ("POST", "/api/v5/trade/close-position"):
            guard let item = json as? [String: Any] else { return error(50002) }
            guard let instId = item["instId"] as? String, !instId.isEmpty else { return error(50014, params: ["instId"]) }
            guard let mgnMode = item["mgnMode"] as? String, !mgnMode.isEmpty else { return error(50014, params: ["mgnMode"]) }
            do {
                let order = try state.exchange.closePosition(account: account, instId: instId, now: state.serverMilliseconds())
                state.hub.notify(order, state: state)
            } catch {
                return self.error(error.code, params: error.params)
            }
            return ok([["instId": instId, "posSide": item["posSide"] as? String ?? "net", "clOrdId": item["clOrdId"] as? String ?? "",
                        "tag": item["tag"] as? String ?? ""]])
        case ("GET", "/api/v5/public/underlying"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            var seen: [String] = []
            for i in state.exchange.instruments(type: type, instId: nil) where !i.uly.isEmpty && !seen.contains(i.uly) { seen.append(i.uly) }
            return ok([seen])
        case ("POST", "/api/v5/trade/order-algo"):
            guard let item = json as? [String: Any] else { return error(50002) }
            return placeAlgo(item, account: account)
        case ("POST", "/api/v5/trade/cancel-algos"):
            guard let items = json as? [[String: Any]], (1...10).contains(items.count) else { return error(50002) }
            return cancelAlgos(items, account: account)
        case ("GET", "/api/v5/trade/order-algo"):
            let algoId = query["algoId"], algoClOrdId = query["algoClOrdId"]
            guard algoId != nil || algoClOrdId != nil else { return error(50014, params: ["algoId"]) }
            guard let found = state.exchange.algoOrders(account: account).first(where: { a in
                algoId.map { a.algoId == $0 } ?? (a.algoClOrdId == algoClOrdId)
            }) else { return error(51603) }
            return ok([rendering.algoOrder(found)])
        case ("GET", "/api/v5/trade/orders-algo-pending"), ("GET", "/api/v5/trade/orders-algo-history"):
            guard let types = list(query["ordType"]) else { return error(50014, params: ["ordType"]) }
            let pending = path.hasSuffix("pending")
            if !pending, query["state"] == nil, query["algoId"] == nil { return error(50014, params: ["state"]) }
            let orders = state.exchange.algoOrders(account: account).filter { a in
                guard a.isLive == pending, types.contains(a.ordType), query["algoId"] == nil || a.algoId == query["algoId"] else { return false }
                guard query["instId"] == nil || a.instId == query["instId"], query["state"] == nil || a.state == query["state"] else { return false }
                return query["instType"] == nil || instruments[a.instId]?.instType == query["instType"]
            }
            return ok(page(orders, id: { $0.algoId }, ts: { $0.createdAt }, query: query, limit: limit).map(rendering.algoOrder))
        case _ where Self.botRoutes[method + " " + path] != nil:
            switch botResponse(method: method, path: path, query: query, json: json, account: account) {
            case .rows(let rows): return ok(rows)
            case .failure(let code, let params): return error(code, params: params)
            }
        default:
            state.count("documented-example:" + path)
            if let example = documentedEndpoint(method: method, path: path)?.example { return raw(200, example, type: "application/json") }
            return ok([])
        }
    }

    /// How each modelled endpoint is authorised ("METHOD path").
    private static let routes: [String: Access] = {
        var table: [String: Access] = [:]
        for path in ["public/instruments", "market/ticker", "market/tickers", "market/books", "market/books-rpi", "market/candles", "market/history-candles",
                     "market/trades", "system/status", "public/funding-rate", "public/mark-price"] {
            table["GET /api/v5/" + path] = .open
        }
        for path in ["account/balance", "account/positions", "account/config", "account/leverage-info", "account/trade-fee", "account/max-size",
                     "account/max-avail-size", "account/bills", "account/bills-archive", "asset/balances", "asset/currencies", "trade/order",
                     "trade/orders-pending", "trade/orders-history", "trade/orders-history-archive", "trade/fills", "trade/fills-history"] {
            table["GET /api/v5/" + path] = .read
        }
        for path in ["trade/order", "trade/batch-orders", "trade/cancel-order", "trade/amend-order", "trade/cancel-batch-orders",
                     "trade/amend-batch-orders", "trade/close-position", "account/set-leverage"] {
            table["POST /api/v5/" + path] = .trade
        }
        for path in ["public/underlying", "public/price-limit", "public/estimated-price", "public/open-interest", "public/opt-summary",
                     "market/index-tickers", "market/mark-price-candles", "market/index-candles"] {
            table["GET /api/v5/" + path] = .open
        }
        for path in ["trade/order-algo", "trade/orders-algo-pending", "trade/orders-algo-history"] {
            table["GET /api/v5/" + path] = .read
        }
        for path in ["trade/order-algo", "trade/cancel-algos"] {
            table["POST /api/v5/" + path] = .trade
        }
        for (route, access) in botRoutes { table[route] = access == "open" ? .open : access == "trade" ? .trade : .read }
        return table
    }()

    /// A comma-separated list parameter, nil when absent.
    private func list(_ value: String?) -> Set<String>? {
        value.map { Set($0.split(separator: ",").map { String($0) }) }
    }

    /// OKX's cursor pagination over records listed newest first: `after` gives older records
    /// than the id, `before` newer ones; `begin` and `end` bound the time (ms, inclusive).
    private func page<T>(_ records: [T], id: (T) -> String, ts: (T) -> Int64, query: Query, limit: Int) -> [T] {
        var selected = records
        if let begin = query["begin"].flatMap({ Int64($0) }) { selected = selected.filter { ts($0) >= begin } }
        if let end = query["end"].flatMap({ Int64($0) }) { selected = selected.filter { ts($0) <= end } }
        if let after = query["after"].flatMap({ Int64($0) }) { selected = selected.filter { (Int64(id($0)) ?? 0) < after } }
        if let before = query["before"].flatMap({ Int64($0) }) { selected = selected.filter { (Int64(id($0)) ?? 0) > before } }
        return Array(selected.prefix(limit))
    }

    /// The endpoints whose requests may carry `expTime`.
    static let acceptsExpTime: Set<String> = ["/api/v5/trade/order", "/api/v5/trade/batch-orders", "/api/v5/trade/amend-order", "/api/v5/trade/amend-batch-orders"]

    private enum ItemResult {
        case success(SimulatedOrder)
        case failure(ExchangeError, clOrdId: String, tag: String = "")
    }

    private func place(_ item: [String: Any], account: String) -> ItemResult {
        let clOrdId = item["clOrdId"] as? String ?? ""
        let tag = item["tag"] as? String ?? ""
        for name in ["instId", "tdMode", "side", "ordType", "sz"] where (item[name] as? String ?? "").isEmpty {
            return .failure(ExchangeError(code: 50014, params: [name]), clOrdId: clOrdId, tag: tag)
        }
        guard let size = decimal(item["sz"]) else { return .failure(ExchangeError(code: 51000, params: ["sz"]), clOrdId: clOrdId, tag: tag) }
        let reduceOnly = (item["reduceOnly"] as? Bool) ?? ((item["reduceOnly"] as? String) == "true")
        var attached: [AttachedAlgo] = []
        for raw in item["attachAlgoOrds"] as? [[String: Any]] ?? [] {
            switch attachedAlgo(raw) {
            case .success(let spec): attached.append(spec)
            case .failure(let error): return .failure(error, clOrdId: clOrdId, tag: tag)
            }
        }
        var placement = SimulatedExchange.Placement(instId: item["instId"] as? String ?? "", side: item["side"] as? String ?? "",
                                                    ordType: item["ordType"] as? String ?? "", tdMode: item["tdMode"] as? String ?? "cash",
                                                    size: size, price: decimal(item["px"]), clOrdId: clOrdId, tag: tag,
                                                    tgtCcy: item["tgtCcy"] as? String ?? "", reduceOnly: reduceOnly)
        placement.attached = attached
        do { return .success(try state.exchange.place(placement, account: account, now: state.serverMilliseconds())) }
        catch { return .failure(error, clOrdId: clOrdId, tag: tag) }
    }

    /// One `attachAlgoOrds` item: a take-profit and/or a stop-loss, each a trigger price with an
    /// order price (-1 for market); "" counts as absent, as on OKX.
    private func attachedAlgo(_ raw: [String: Any]) -> Result<AttachedAlgo, ExchangeError> {
        var spec = AttachedAlgo()
        spec.attachAlgoClOrdId = raw["attachAlgoClOrdId"] as? String ?? ""
        func price(_ name: String) -> Result<Decimal?, ExchangeError> {
            guard let value = raw[name], !((value as? String)?.isEmpty ?? false) else { return .success(nil) }
            guard let number = decimal(value) else { return .failure(ExchangeError(code: 51000, params: [name])) }
            return .success(number)
        }
        do {
            spec.tpTriggerPx = try price("tpTriggerPx").get()
            spec.tpOrdPx = try price("tpOrdPx").get()
            spec.slTriggerPx = try price("slTriggerPx").get()
            spec.slOrdPx = try price("slOrdPx").get()
        } catch {
            return .failure(error)
        }
        for (name, type) in [("tpTriggerPxType", raw["tpTriggerPxType"]), ("slTriggerPxType", raw["slTriggerPxType"])] {
            guard let type = type as? String, !type.isEmpty else { continue }
            guard ["last", "mark", "index"].contains(type) else { return .failure(ExchangeError(code: 51000, params: [name])) }
            if name == "tpTriggerPxType" { spec.tpTriggerPxType = type } else { spec.slTriggerPxType = type }
        }
        // A leg needs both its trigger and its order price (OKX's 51178 when they are missing).
        guard spec.tpTriggerPx != nil || spec.slTriggerPx != nil,
              (spec.tpTriggerPx == nil) == (spec.tpOrdPx == nil), (spec.slTriggerPx == nil) == (spec.slOrdPx == nil) else {
            return .failure(ExchangeError(code: 51178))
        }
        return .success(spec)
    }

    private func cancel(_ item: [String: Any], account: String) -> ItemResult {
        let clOrdId = item["clOrdId"] as? String
        do {
            return .success(try state.exchange.cancel(account: account, instId: item["instId"] as? String ?? "", ordId: item["ordId"] as? String,
                                                      clOrdId: clOrdId, now: state.serverMilliseconds()))
        } catch {
            return .failure(error, clOrdId: clOrdId ?? "")
        }
    }

    private func amend(_ item: [String: Any], account: String) -> ItemResult {
        let clOrdId = item["clOrdId"] as? String
        do {
            return .success(try state.exchange.amend(account: account, instId: item["instId"] as? String ?? "", ordId: item["ordId"] as? String,
                                                     clOrdId: clOrdId, newSize: decimal(item["newSz"]), newPrice: decimal(item["newPx"]),
                                                     now: state.serverMilliseconds()))
        } catch {
            return .failure(error, clOrdId: clOrdId ?? "")
        }
    }

    private func orderResults(_ results: [ItemResult]) -> Response {
        let now = String(state.serverMilliseconds())
        let items: [[String: Any]] = results.map { result in
            switch result {
            case .success(let order):
                state.hub.notify(order, state: state)
                return ["ordId": order.ordId, "clOrdId": order.clOrdId, "tag": order.tag, "ts": now, "sCode": "0", "sMsg": "", "subCode": ""]
            case .failure(let error, let clOrdId, let tag):
                return ["ordId": "", "clOrdId": clOrdId, "tag": tag, "ts": now, "sCode": String(error.code), "sMsg": message(error.code, error.params), "subCode": ""]
            }
        }
        let failed = items.filter { ($0["sCode"] as? String) != "0" }.count
        let code = failed == 0 ? "0" : failed == items.count ? "1" : "2"
        let msg = failed == 0 ? "" : failed == items.count ? "All operations failed" : "Bulk operation partially succeeded."
        return envelope(200, code: code, msg: msg, data: items)
    }

    private func decimal(_ value: Any?) -> Decimal? {
        // Some clients (ccxt's set_leverage) send numbers where OKX documents strings.
        if let number = value as? NSNumber { return decimal(number.stringValue) }
        guard let text = value as? String, !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    private func message(_ code: Int, _ params: [String]) -> String {
        var text = documentedError(code)?.message ?? "Simulated error \(code)"
        for (i, p) in params.enumerated() { text = text.replacingOccurrences(of: "{param\(i)}", with: p) }
        return text
    }

    private func error(_ code: Int, params: [String] = []) -> Response {
        envelope(documentedError(code)?.httpStatus ?? 200, code: String(code), msg: message(code, params), data: [])
    }

    private func ok(_ data: [Any]) -> Response { envelope(200, code: "0", msg: "", data: data) }

    private func envelope(_ status: Int, code: String, msg: String, data: [Any]) -> Response {
        let object: [String: Any] = ["code": code, "msg": msg, "data": data]
        let bytes = (try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func raw(_ status: Int, _ text: String, type: String) -> Response {
        Response(status: .init(code: status), headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

// MARK: Algo orders

extension SimulatorResponder {
    private func placeAlgo(_ item: [String: Any], account: String) -> Response {
        let algoClOrdId = item["algoClOrdId"] as? String ?? "", tag = item["tag"] as? String ?? ""
        func failure(_ code: Int, _ params: [String] = []) -> Response {
            let row: [String: Any] = ["algoId": "", "clOrdId": "", "algoClOrdId": algoClOrdId, "tag": tag, "sCode": String(code), "sMsg": message(code, params)]
            return envelope(200, code: "1", msg: "All operations failed", data: [row])
        }
        for name in ["instId", "tdMode", "side", "ordType", "sz"] where (item[name] as? String ?? "").isEmpty {
            return failure(50014, [name])
        }
        guard let size = decimal(item["sz"]) else { return failure(51000, ["sz"]) }
        var p = SimulatedExchange.AlgoPlacement(instId: item["instId"] as? String ?? "", side: item["side"] as? String ?? "",
                                                ordType: item["ordType"] as? String ?? "", tdMode: item["tdMode"] as? String ?? "cash", size: size)
        p.algoClOrdId = algoClOrdId
        p.tag = tag
        p.reduceOnly = (item["reduceOnly"] as? Bool) ?? ((item["reduceOnly"] as? String) == "true")
        // A price parameter that is present must be a number; "" counts as absent, as on OKX.
        func price(_ name: String) -> (Decimal?, Bool) {
            guard let raw = item[name], !((raw as? String)?.isEmpty ?? false) else { return (nil, true) }
            let value = decimal(raw)
            return (value, value != nil)
        }
        for name in ["tpTriggerPx", "tpOrdPx", "slTriggerPx", "slOrdPx", "triggerPx", "orderPx", "callbackRatio", "callbackSpread", "activePx"] {
            let (value, valid) = price(name)
            guard valid else { return failure(51000, [name]) }
            switch name {
            case "tpTriggerPx": p.tpTriggerPx = value
            case "tpOrdPx": p.tpOrdPx = value
            case "slTriggerPx": p.slTriggerPx = value
            case "slOrdPx": p.slOrdPx = value
            case "triggerPx": p.triggerPx = value
            case "orderPx": p.orderPx = value
            case "callbackRatio": p.callbackRatio = value
            case "callbackSpread": p.callbackSpread = value
            default: p.activePx = value
            }
        }
        for (name, keyPath) in [("tpTriggerPxType", \SimulatedExchange.AlgoPlacement.tpTriggerPxType), ("slTriggerPxType", \.slTriggerPxType),
                                ("triggerPxType", \.triggerPxType)] {
            if let type = item[name] as? String, !type.isEmpty {
                guard ["last", "mark", "index"].contains(type) else { return failure(51000, [name]) }
                p[keyPath: keyPath] = type
            }
        }
        do {
            let order = try state.exchange.placeAlgo(p, account: account, now: state.serverMilliseconds())
            state.hub.publishAlgo(order, state: state)
            return ok([["algoId": order.algoId, "clOrdId": "", "algoClOrdId": order.algoClOrdId, "tag": order.tag, "sCode": "0", "sMsg": ""]])
        } catch {
            return failure(error.code, error.params)
        }
    }

    private func cancelAlgos(_ items: [[String: Any]], account: String) -> Response {
        let now = state.serverMilliseconds()
        let rows: [[String: Any]] = items.map { item in
            let algoId = item["algoId"] as? String, algoClOrdId = item["algoClOrdId"] as? String
            do throws(ExchangeError) {
                let order = try state.exchange.cancelAlgo(account: account, instId: item["instId"] as? String ?? "", algoId: algoId,
                                                          algoClOrdId: algoClOrdId, now: now)
                state.hub.publishAlgo(order, state: state)
                return ["algoId": order.algoId, "clOrdId": "", "algoClOrdId": order.algoClOrdId, "tag": order.tag, "sCode": "0", "sMsg": ""]
            } catch {
                return ["algoId": algoId ?? "", "clOrdId": "", "algoClOrdId": algoClOrdId ?? "", "tag": "", "sCode": String(error.code),
                        "sMsg": message(error.code, error.params)]
            }
        }
        let failed = rows.filter { ($0["sCode"] as? String) != "0" }.count
        return envelope(200, code: failed == 0 ? "0" : failed == rows.count ? "1" : "2",
                        msg: failed == 0 ? "" : failed == rows.count ? "All operations failed" : "Bulk operation partially succeeded.", data: rows)
    }
}

/// A parsed query string (first value wins).
struct Query {
    private var items: [String: String] = [:]
    init(_ raw: String?) {
        for pair in (raw ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            if parts.count == 2, items[parts[0]] == nil { items[parts[0]] = parts[1] }
        }
    }
    subscript(name: String) -> String? { items[name].flatMap { $0.isEmpty ? nil : $0 } }
}
