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
        let target = request.uri.string
        var body = try await request.body.collect(upTo: 1 << 20)
        let bodyBytes = body.readBytes(length: body.readableBytes) ?? []

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

        let access: Access
        switch (method, path) {
        case ("GET", "/api/v5/public/time"):
            let before = state.configuration.timeEndpointDelayBeforeReading
            if before > .zero { try await Task.sleep(for: before) }
            let ts = state.serverMilliseconds()
            let delay = state.configuration.timeEndpointDelay
            if delay > .zero { try await Task.sleep(for: delay) }
            return ok([["ts": String(ts)]])
        case ("GET", "/api/v5/public/instruments"), ("GET", "/api/v5/market/ticker"), ("GET", "/api/v5/market/tickers"),
             ("GET", "/api/v5/market/books"), ("GET", "/api/v5/market/candles"):
            access = .open
        case ("GET", "/api/v5/account/balance"), ("GET", "/api/v5/account/positions"), ("GET", "/api/v5/account/config"),
             ("GET", "/api/v5/trade/order"), ("GET", "/api/v5/trade/orders-pending"):
            access = .read
        case ("POST", "/api/v5/trade/order"), ("POST", "/api/v5/trade/batch-orders"), ("POST", "/api/v5/trade/cancel-order"),
             ("POST", "/api/v5/trade/amend-order"):
            access = .trade
        default:
            // Documented but not modelled: answered with the docs' example after the same checks.
            guard let documented = documentedEndpoint(method: method, path: path) else {
                return raw(404, #"{"msg":"Not Found","code":"404"}"#, type: "application/json")
            }
            switch documented.access {
            case "open": access = .open
            case "trade": access = .trade
            case "withdraw": access = .withdraw
            default: access = .read
            }
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

        switch (method, path) {
        case ("GET", "/api/v5/public/instruments"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            return ok(state.exchange.instruments(type: type, instId: query["instId"]).map(rendering.instrument))
        case ("GET", "/api/v5/market/ticker"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (instrument, book) = state.exchange.book(instId) else { return error(51001) }
            return ok([rendering.ticker(instrument, book)])
        case ("GET", "/api/v5/market/tickers"):
            guard let type = query["instType"] else { return error(50014, params: ["instType"]) }
            return ok(state.exchange.instruments(type: type, instId: nil).compactMap { i in
                state.exchange.book(i.instId).map { rendering.ticker($0.0, $0.1) }
            })
        case ("GET", "/api/v5/market/books"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (book, seqId) = state.exchange.bookWithSequence(instId) else { return error(51001) }
            let depth = query["sz"].flatMap(Int.init) ?? 1
            var rendered = rendering.book(book, depth: depth)
            rendered["seqId"] = seqId
            return ok([rendered])
        case ("GET", "/api/v5/market/candles"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            guard let (instrument, _) = state.exchange.book(instId) else { return error(51001) }
            return ok(rendering.candles(instrument, bar: query["bar"] ?? "1m", after: query["after"].flatMap { Int64($0) },
                                        limit: min(query["limit"].flatMap(Int.init) ?? 100, 300)))
        case ("GET", "/api/v5/account/balance"):
            return ok([rendering.balance(state.exchange.account(account))])
        case ("GET", "/api/v5/account/positions"):
            return ok(rendering.positions(instId: query["instId"]))
        case ("GET", "/api/v5/account/config"):
            return ok([rendering.config(key)])
        case ("GET", "/api/v5/trade/order"):
            guard let instId = query["instId"] else { return error(50014, params: ["instId"]) }
            do { return ok([rendering.order(try state.exchange.order(account: account, instId: instId, ordId: query["ordId"], clOrdId: query["clOrdId"]))]) }
            catch { return self.error(error.code, params: error.params) }
        case ("GET", "/api/v5/trade/orders-pending"):
            let open = state.exchange.orders(account: account).filter { $0.state == "live" || $0.state == "partially_filled" }
            return ok(open.filter { query["instId"] == nil || $0.instId == query["instId"] }.reversed().map(rendering.order))
        case ("POST", "/api/v5/trade/order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            return orderResults([place(item, account: account)])
        case ("POST", "/api/v5/trade/batch-orders"):
            guard let items = json as? [[String: Any]], (1...20).contains(items.count) else { return error(50002) }
            return orderResults(items.map { place($0, account: account) })
        case ("POST", "/api/v5/trade/cancel-order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            let instId = item["instId"] as? String ?? ""
            let clOrdId = item["clOrdId"] as? String
            do {
                let order = try state.exchange.cancel(account: account, instId: instId, ordId: item["ordId"] as? String, clOrdId: clOrdId, now: state.serverMilliseconds())
                return orderResults([.success(order)])
            } catch {
                return orderResults([.failure(error, clOrdId: clOrdId ?? "")])
            }
        case ("POST", "/api/v5/trade/amend-order"):
            guard let item = json as? [String: Any] else { return error(50002) }
            let clOrdId = item["clOrdId"] as? String
            do {
                let order = try state.exchange.amend(account: account, instId: item["instId"] as? String ?? "", ordId: item["ordId"] as? String,
                                                     clOrdId: clOrdId, newSize: decimal(item["newSz"]), newPrice: decimal(item["newPx"]),
                                                     now: state.serverMilliseconds())
                return orderResults([.success(order)])
            } catch {
                return orderResults([.failure(error, clOrdId: clOrdId ?? "")])
            }
        default:
            state.count("documented-example:" + path)
            if let example = documentedEndpoint(method: method, path: path)?.example { return raw(200, example, type: "application/json") }
            return ok([])
        }
    }

    /// The endpoints whose requests may carry `expTime`.
    static let acceptsExpTime: Set<String> = ["/api/v5/trade/order", "/api/v5/trade/batch-orders", "/api/v5/trade/amend-order", "/api/v5/trade/amend-batch-orders"]

    private enum ItemResult {
        case success(SimulatedOrder)
        case failure(ExchangeError, clOrdId: String)
    }

    private func place(_ item: [String: Any], account: String) -> ItemResult {
        let clOrdId = item["clOrdId"] as? String ?? ""
        guard let size = decimal(item["sz"]) else { return .failure(ExchangeError(code: 51000, params: ["sz"]), clOrdId: clOrdId) }
        let placement = SimulatedExchange.Placement(instId: item["instId"] as? String ?? "", side: item["side"] as? String ?? "",
                                                    ordType: item["ordType"] as? String ?? "", tdMode: item["tdMode"] as? String ?? "cash",
                                                    size: size, price: decimal(item["px"]), clOrdId: clOrdId)
        do { return .success(try state.exchange.place(placement, account: account, now: state.serverMilliseconds())) }
        catch { return .failure(error, clOrdId: clOrdId) }
    }

    private func orderResults(_ results: [ItemResult]) -> Response {
        let now = String(state.serverMilliseconds())
        let items: [[String: Any]] = results.map { result in
            switch result {
            case .success(let order):
                state.hub.notify(order, state: state)
                return ["ordId": order.ordId, "clOrdId": order.clOrdId, "tag": "", "ts": now, "sCode": "0", "sMsg": "", "subCode": ""]
            case .failure(let error, let clOrdId):
                return ["ordId": "", "clOrdId": clOrdId, "tag": "", "ts": now, "sCode": String(error.code), "sMsg": message(error.code, error.params), "subCode": ""]
            }
        }
        let failed = items.filter { ($0["sCode"] as? String) != "0" }.count
        let code = failed == 0 ? "0" : failed == items.count ? "1" : "2"
        let msg = failed == 0 ? "" : failed == items.count ? "All operations failed" : "Bulk operation partially succeeded."
        return envelope(200, code: code, msg: msg, data: items)
    }

    private func decimal(_ value: Any?) -> Decimal? {
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
