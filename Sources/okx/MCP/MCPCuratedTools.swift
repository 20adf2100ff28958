import ArgumentParser
import Foundation
import MCP
import OKX

/// The handful of tools an agent needs most, each doing what several endpoint calls would:
/// a market snapshot, the balance, positions with their liquidation risk, bot plans, the
/// doctor, and (with `--allow-trade`) orders sized in USDT.
enum MCPCuratedTools {
    static func all(allowTrade: Bool) -> [MCPToolDefinition] {
        var tools = [marketSnapshot, balance, positions, botPlan, doctor]
        if allowTrade { tools += [placeOrder, amendOrder, cancelOrder] }
        return tools
    }

    static let instIdProperty: Value = ["type": "string", "description": "e.g. BTC-USDT, BTC-USDT-SWAP"]
    static let readOnly = Tool.Annotations(readOnlyHint: true, idempotentHint: true, openWorldHint: true)

    /// Keeps `keys` of an OKX object that are present and not empty.
    static func pick(_ json: JSONValue?, _ keys: [String]) -> Value {
        var out: [String: Value] = [:]
        for key in keys {
            guard let value = json?[key] else { continue }
            if case .string(let s) = value, s.isEmpty { continue }
            out[key] = MCPJSON.value(value)
        }
        return .object(out)
    }

    // MARK: - Reads

    static let marketSnapshot = MCPToolDefinition(
        tool: Tool(name: "market_snapshot", description: "Ticker, top of the order book, instrument sizing figures and (perpetual swaps) funding rate for one instrument.",
                   inputSchema: ["type": "object", "properties": ["instId": instIdProperty, "depth": ["type": "integer", "description": "book levels, default 5"]],
                                 "required": ["instId"]],
                   annotations: readOnly),
        isWrite: false
    ) { session, arguments in
        let instId = try arguments.required("instId")
        let depth = String(min(max(Int(arguments.text("depth") ?? "") ?? 5, 1), 50))
        let client = session.client
        let instType = API.PublicData.InstType(instId: instId)
        async let instruments = client.send(.get, "/api/v5/public/instruments", query: ["instType": instType.rawValue, "instId": instId])
        async let ticker = client.send(.get, "/api/v5/market/ticker", query: ["instId": instId])
        async let book = client.send(.get, "/api/v5/market/books", query: ["instId": instId, "sz": depth])
        var out: [String: Value] = [
            "instId": .string(instId),
            "instrument": pick(try await instruments.data[0], ["instType", "state", "ctVal", "ctMult", "ctValCcy", "ctType", "settleCcy", "lotSz", "minSz", "tickSz", "maxMktSz", "lever"]),
            "ticker": pick(try await ticker.data[0], ["last", "lastSz", "bidPx", "bidSz", "askPx", "askSz", "open24h", "high24h", "low24h", "vol24h", "volCcy24h", "ts"]),
        ]
        let levels = try await book.data[0]
        out["book"] = ["bids": MCPJSON.value(levels?["bids"] ?? .array([])), "asks": MCPJSON.value(levels?["asks"] ?? .array([])),
                       "format": "[price, size, 0, orders]"]
        if instType == .swap {
            let funding = try await client.send(.get, "/api/v5/public/funding-rate", query: ["instId": instId])
            out["funding"] = pick(funding.data[0], ["fundingRate", "nextFundingRate", "fundingTime", "nextFundingTime", "interestRate"])
        }
        return .object(out)
    }

    static let balance = MCPToolDefinition(
        tool: Tool(name: "balance", description: "Account equity, margin ratio and per-currency balances (non-zero only).",
                   inputSchema: ["type": "object", "properties": ["ccy": ["type": "string", "description": "e.g. USDT or BTC,USDT"]]],
                   annotations: readOnly),
        isWrite: false
    ) { session, arguments in
        var query: [QueryItem] = []
        if let ccy = arguments.text("ccy") { query.append(QueryItem("ccy", ccy)) }
        let raw = try await session.client.send(.get, "/api/v5/account/balance", queryItems: query).data[0]
        let details = (raw?["details"]?.arrayValue ?? []).filter { item in
            guard let eq = item["eq"]?.stringValue.flatMap({ Decimal(string: $0) }) else { return false }
            return eq != 0
        }
        return [
            "account": pick(raw, ["totalEq", "adjEq", "isoEq", "imr", "mmr", "mgnRatio", "notionalUsd", "upl", "uTime"]),
            "currencies": .array(details.map { pick($0, ["ccy", "eq", "eqUsd", "cashBal", "availBal", "frozenBal", "ordFrozen", "upl", "liab", "mgnRatio"]) }),
        ]
    }

    static let positions = MCPToolDefinition(
        tool: Tool(name: "positions", description: "Open positions, nearest to liquidation first, with the margin level that governs each and a warning when close.",
                   inputSchema: ["type": "object", "properties": [
                       "instId": ["type": "string"],
                       "warn_within": ["type": "string", "description": "fraction of the mark price, default 0.1"],
                   ]],
                   annotations: readOnly),
        isWrite: false
    ) { session, arguments in
        let threshold = try arguments.decimal("warn_within") ?? Decimal(string: "0.1")!
        guard threshold > 0, threshold < 1 else { throw MCPToolFailure.invalid("warn_within must be a fraction between 0 and 1") }
        let client = session.client
        let balance = try await client.first(API.TradingAccount.getBalance())
        let positions = try await client.send(API.TradingAccount.getPositions(.init(instId: arguments.text("instId"))))
        return MCPJSON.value(RiskCommand.report(balance: balance, positions: positions, threshold: threshold))
    }

    static let botPlan = MCPToolDefinition(
        tool: Tool(name: "bot_plan", description: "Plan a grid or DCA bot (levels, profit per grid, investment, liquidation estimate); places nothing.",
                   inputSchema: ["type": "object", "properties": [
                       "kind": ["enum": ["grid", "dca"]],
                       "instId": instIdProperty,
                       "lower": ["type": "string", "description": "grid: lowest price"],
                       "upper": ["type": "string", "description": "grid: highest price"],
                       "grids": ["type": "integer", "description": "grid: number of grids"],
                       "investment": ["type": "string", "description": "grid: quote currency (spot) or margin (contracts)"],
                       "initial": ["type": "string", "description": "dca: first order amount"],
                       "safety": ["type": "string", "description": "dca: first safety order amount"],
                       "max_safety": ["type": "integer"],
                       "step": ["type": "string", "description": "dca: price drop to first safety order, fraction"],
                       "take_profit": ["type": "string", "description": "dca: fraction"],
                       "direction": ["enum": ["long", "short", "neutral"]],
                       "leverage": ["type": "string"],
                   ], "required": ["kind", "instId"]],
                   annotations: readOnly),
        isWrite: false
    ) { session, arguments in
        let kind = try arguments.required("kind")
        var argv = [try arguments.required("instId")]
        func option(_ key: String, _ flag: String) { if let value = arguments.text(key) { argv += ["--\(flag)", value] } }
        let hasCredentials = session.configuration.credentials != nil
        do {
            switch kind {
            case "grid":
                for (key, flag) in [("lower", "lower"), ("upper", "upper"), ("grids", "grids"), ("investment", "investment"), ("direction", "direction"), ("leverage", "leverage")] {
                    option(key, flag)
                }
                let shape = try GridBotCommand.Shape.parse(argv)
                return MCPJSON.value(try await GridBotCommand.planned(session.client, shape, hasCredentials: hasCredentials).1)
            case "dca":
                for (key, flag) in [("initial", "initial"), ("safety", "safety"), ("max_safety", "max-safety"), ("step", "step"), ("take_profit", "take-profit"),
                                    ("direction", "direction"), ("leverage", "leverage")] {
                    option(key, flag)
                }
                let shape = try DCABotCommand.Shape.parse(argv)
                return MCPJSON.value(try await DCABotCommand.planned(session.client, shape, hasCredentials: hasCredentials).1)
            default:
                throw MCPToolFailure.invalid("kind must be grid or dca")
            }
        } catch let error as OKXError {
            throw error
        } catch let error as MCPToolFailure {
            throw error
        } catch {
            throw MCPToolFailure.invalid(GridBotCommand.message(for: error))
        }
    }

    static let doctor = MCPToolDefinition(
        tool: Tool(name: "doctor", description: "Diagnose the connection: clock skew, key, passphrase, site, demo/live, permissions, with a fix for each problem.",
                   inputSchema: ["type": "object", "properties": [:]], annotations: readOnly),
        isWrite: false
    ) { session, _ in
        var report = await OKXDoctor(configuration: session.configuration).run()
        report.checks = report.checks.map { check in
            OKXDoctor.Check(id: check.id, status: check.status, summary: check.summary, fix: check.fix.map(MCPRemediation.safeFix))
        }
        return MCPJSON.value(report)
    }

    // MARK: - Writes

    static let writeAnnotations = Tool.Annotations(readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true)

    static let placeOrder = MCPToolDefinition(
        tool: Tool(name: "place_order", description: "Place one order sized in USDT (converted to contracts or base units with the instrument's ctVal, lotSz and minSz), or in sz. Counted against the session's budget.",
                   inputSchema: ["type": "object", "properties": [
                       "instId": instIdProperty,
                       "side": ["enum": ["buy", "sell"]],
                       "ordType": ["enum": ["market", "limit", "post_only", "ioc", "fok"]],
                       "usdt": ["type": "string", "description": "order value in the quote currency (USDT)"],
                       "sz": ["type": "string", "description": "size in OKX units instead of usdt"],
                       "px": ["type": "string", "description": "limit price"],
                       "tdMode": ["enum": ["cash", "cross", "isolated"]],
                       "posSide": ["enum": ["long", "short", "net"]],
                       "reduceOnly": ["type": "boolean"],
                       "clOrdId": ["type": "string"],
                       "dry_run": ["type": "boolean"],
                   ], "required": ["instId", "side", "ordType"]],
                   annotations: writeAnnotations),
        isWrite: true
    ) { session, arguments in
        let instId = try arguments.required("instId")
        guard let side = arguments.text("side").map(API.Trade.Side.init(rawValue:)), [.buy, .sell].contains(side) else {
            throw MCPToolFailure.invalid("side must be buy or sell")
        }
        let ordType = API.Trade.OrdType(rawValue: try arguments.required("ordType"))
        let usdt = try arguments.decimal("usdt"), sz = try arguments.decimal("sz"), px = try arguments.decimal("px")
        guard (usdt == nil) != (sz == nil) else { throw MCPToolFailure.invalid("give exactly one of usdt and sz") }
        if ordType != .market && px == nil { throw MCPToolFailure.invalid("px is required for a \(ordType.rawValue) order") }
        let client = session.client
        let instType = API.PublicData.InstType(instId: instId)
        let instrument = try await client.first(API.PublicData.getInstruments(.init(instType: instType, instId: instId)))
        let sizing = try ContractSizing(instrument)
        let reference: Decimal
        if let px { reference = px } else {
            guard let last = try await client.first(API.MarketData.ticker(.init(instId: instId))).last, last > 0 else {
                throw MCPToolFailure.invalid("\(instId) has no last price to size a market order with")
            }
            reference = last
        }
        let tdMode = API.Trade.TdMode(rawValue: arguments.text("tdMode") ?? (instType == .spot ? "cash" : "cross"))
        let posSide = arguments.text("posSide").map(API.Trade.PosSide.init(rawValue:))
        let clOrdId = arguments.text("clOrdId") ?? TradeAPI.makeClientOrderID()
        var order: API.Trade.PlaceOrder.Request
        if let usdt {
            order = ordType == .market
                ? try sizing.marketOrder(side: side, tdMode: tdMode, money: .quote(usdt), referencePrice: reference, posSide: posSide, clOrdId: clOrdId)
                : try sizing.limitOrder(side: side, tdMode: tdMode, money: .quote(usdt), price: reference, posSide: posSide, clOrdId: clOrdId)
            order.ordType = ordType
        } else {
            order = API.Trade.PlaceOrder.Request(instId: instId, tdMode: tdMode, clOrdId: clOrdId, side: side, posSide: posSide, ordType: ordType,
                                                 sz: sz ?? 0, px: px.map { sizing.price($0, for: side) })
        }
        if arguments.flag("reduceOnly") { order.reduceOnly = true }
        // The order's worth in the quote currency: a spot market buy in quote units is the amount itself.
        let value = order.tgtCcy == .quoteCcy ? order.sz : sizing.value(ofSize: order.sz, at: order.px ?? reference).quote
        let sizingInfo: Value = ["sz": .string("\(order.sz)"), "px": order.px.map { .string("\($0)") } ?? .null,
                                 "valueQuote": .string("\(value.rounded(4))"), "lotSz": .string("\(sizing.lotSize)"),
                                 "minSz": .string("\(sizing.minimumSize)"), "unitsPerContract": .string("\(sizing.unitsPerContract)")]
        if arguments.flag("dry_run") {
            var note: String?
            do throws(MCPToolFailure) { try session.gate.checkWrite("place_order") } catch { note = "Sending it would be refused: \(error.message)" }
            var rendered = MCPDryRun.render(API.Trade.placeOrder(order), configuration: session.configuration, note: note)
            if case .object(var object) = rendered {
                object["clOrdId"] = .string(clOrdId)
                object["sizing"] = sizingInfo
                rendered = .object(object)
            }
            return rendered
        }
        try session.gate.checkWrite("place_order")
        try session.gate.reserveOrder(value: value, what: "this \(instId) order")
        let ack = try await client.trade.placeOrder(order)
        return ["placed": true, "ordId": .string(ack.ordId), "clOrdId": .string(ack.clOrdId ?? clOrdId), "sCode": .string(ack.sCode),
                "sizing": sizingInfo]
    }

    static let amendOrder = MCPToolDefinition(
        tool: Tool(name: "amend_order", description: "Change the size or price of an open order (by ordId or clOrdId).",
                   inputSchema: ["type": "object", "properties": [
                       "instId": instIdProperty, "ordId": ["type": "string"], "clOrdId": ["type": "string"],
                       "newSz": ["type": "string"], "newPx": ["type": "string"], "dry_run": ["type": "boolean"],
                   ], "required": ["instId"]],
                   annotations: .init(readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true)),
        isWrite: true
    ) { session, arguments in
        let instId = try arguments.required("instId")
        let ordId = arguments.text("ordId"), clOrdId = arguments.text("clOrdId")
        guard ordId != nil || clOrdId != nil else { throw MCPToolFailure.invalid("give ordId or clOrdId") }
        let newSz = try arguments.decimal("newSz"), newPx = try arguments.decimal("newPx")
        guard newSz != nil || newPx != nil else { throw MCPToolFailure.invalid("give newSz or newPx") }
        let request = API.Trade.AmendOrder.Request(instId: instId, ordId: ordId, clOrdId: clOrdId, newSz: newSz, newPx: newPx)
        if arguments.flag("dry_run") { return MCPDryRun.render(API.Trade.amendOrder(request), configuration: session.configuration) }
        try session.gate.checkWrite("amend_order")
        // An amend can make an order bigger than the per-order cap allows: value it as amended
        // (the order's own size or price where the amend keeps them) before anything is signed.
        if session.gate.limits.maxOrderValue != nil {
            let client = session.client
            let order = try await client.first(API.Trade.orderDetails(.init(instId: instId, ordId: ordId, clOrdId: clOrdId)))
            let instrument = try await client.first(API.PublicData.getInstruments(.init(instType: API.PublicData.InstType(instId: instId), instId: instId)))
            let sizing = try ContractSizing(instrument)
            let size = newSz ?? order.sz ?? 0
            let price: Decimal? = newPx ?? order.px
            try session.gate.checkValue(price.map { sizing.value(ofSize: size, at: $0).quote }, what: "this \(instId) order as amended")
        }
        let ack = try await session.client.trade.amendOrder(request)
        return ["amended": true, "ordId": .string(ack.ordId), "clOrdId": ack.clOrdId.map(Value.string) ?? .null, "sCode": .string(ack.sCode)]
    }

    static let cancelOrder = MCPToolDefinition(
        tool: Tool(name: "cancel_order", description: "Cancel one open order (by ordId or clOrdId).",
                   inputSchema: ["type": "object", "properties": [
                       "instId": instIdProperty, "ordId": ["type": "string"], "clOrdId": ["type": "string"], "dry_run": ["type": "boolean"],
                   ], "required": ["instId"]],
                   annotations: .init(readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true)),
        isWrite: true
    ) { session, arguments in
        let instId = try arguments.required("instId")
        let ordId = arguments.text("ordId"), clOrdId = arguments.text("clOrdId")
        guard ordId != nil || clOrdId != nil else { throw MCPToolFailure.invalid("give ordId or clOrdId") }
        if arguments.flag("dry_run") {
            return MCPDryRun.render(API.Trade.cancelOrder(.init(instId: instId, ordId: ordId, clOrdId: clOrdId)), configuration: session.configuration)
        }
        try session.gate.checkWrite("cancel_order")
        let ack = try await session.client.trade.cancelOrder(instId: instId, ordId: ordId, clOrdId: clOrdId)
        return ["cancelled": true, "ordId": .string(ack.ordId), "clOrdId": ack.clOrdId.map(Value.string) ?? .null, "sCode": .string(ack.sCode)]
    }
}
