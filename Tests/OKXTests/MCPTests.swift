import Foundation
import MCP
@testable import OKX
import OKXSimulator
import Testing
@testable import okx

/// `okx mcp` in-process: the tools a session offers, what they answer against the simulator,
/// and what the safety gate, budget, audit log and remediation texts do. MCPStdioTests drives
/// the built binary over stdio.
@Suite struct MCPTests {
    /// A session over `client`, as `okx mcp` builds one, with its audit log in a fresh folder.
    static func session(_ client: OKXClient, limits: MCPSafetyGate.Limits = .init(), modules: MCPToolRegistry.Modules = .default) throws -> (MCPSession, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-mcp-\(UUID().uuidString)")
        let path = dir.appendingPathComponent("audit.jsonl").path
        let tools = MCPToolRegistry.tools(modules: modules, allowTrade: limits.allowTrade)
        let session = MCPSession(client: client, banner: MCPEnvironmentBanner(configuration: client.configuration, source: "test"),
                                 gate: MCPSafetyGate(limits: limits, environment: client.configuration.environment),
                                 audit: try MCPAuditLog(path: path, credentials: client.configuration.credentials), tools: tools)
        return (session, path)
    }

    /// A tool result: whether it is an error, and its JSON object.
    struct Answer {
        var isError: Bool
        var text: String
        var json: [String: Any]
        var error: [String: Any] { json["error"] as? [String: Any] ?? [:] }
    }

    static func call(_ session: MCPSession, _ tool: String, _ arguments: [String: Value] = [:]) async throws -> Answer {
        let result = await session.call(tool, arguments: arguments)
        guard case .text(let text, _, _)? = result.content.first else { throw TestFailure("no text content") }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return Answer(isError: result.isError ?? false, text: text, json: json)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static let trade = MCPSafetyGate.Limits(allowTrade: true)

    // MARK: - Tool lists

    @Test func toolListsStaySmallAndAnnotatedFromTheEndpointTable() throws {
        let sizes = Dictionary(uniqueKeysWithValues: [(MCPToolRegistry.Modules.default, false), (.default, true), (.all, false), (.all, true)].map { modules, trade in
            let tools = MCPToolRegistry.tools(modules: modules, allowTrade: trade)
            return ("\(modules)\(trade ? "+trade" : "")", (tools.count, MCPToolRegistry.tokens(MCPToolRegistry.listJSON(tools))))
        })
        #expect(sizes["default"]!.1 < 8000, "default tools/list: \(sizes["default"]!.1) tokens")
        #expect(sizes["default+trade"]!.1 < 8000)
        #expect(sizes["default"]!.0 == 7 && sizes["default+trade"]!.0 == 10)
        #expect(sizes["all+trade"]!.0 == 380 + 10, "every endpoint is a tool with --modules all --allow-trade")
        #expect(sizes["all"]!.0 > 200 && sizes["all"]!.0 < 380)

        let all = MCPToolRegistry.tools(modules: .all, allowTrade: true)
        #expect(Set(all.map(\.tool.name)).count == all.count, "tool names are unique")
        for definition in all {
            #expect(definition.tool.name.count <= 64)
            #expect(definition.tool.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        }
        // Annotations follow the table: a GET is read-only, a trade POST destructive.
        let ticker = try #require(all.first { $0.tool.name == "market_data_ticker" })
        #expect(ticker.tool.annotations.readOnlyHint == true && ticker.isWrite == false)
        let place = try #require(all.first { $0.tool.name == "trade_place_order" })
        #expect(place.tool.annotations.readOnlyHint == false && place.tool.annotations.destructiveHint == true && place.isWrite)
        #expect(place.tool.annotations.idempotentHint == false)
        let cancel = try #require(all.first { $0.tool.name == "trade_cancel_order" })
        #expect(cancel.tool.annotations.idempotentHint == true)
        // Read-only lists carry no write tool at all.
        for definition in MCPToolRegistry.tools(modules: .all, allowTrade: false) { #expect(!definition.isWrite, "\(definition.tool.name)") }
    }

    @Test func schemasAreBuiltFromTheTable() throws {
        let reference = try #require(APIReference.named("Trade.placeOrder"))
        let schema = MCPSchemaBuilder.inputSchema(reference, dryRun: true)
        let text = MCPJSON.text(schema)
        #expect(text.contains(#""required":["instId","tdMode","side","ordType","sz"]"#), "\(text.prefix(400))")
        #expect(text.contains(#""dry_run""#))
        #expect(text.contains(#""enum":["buy","sell"]"#))
        // Validation refuses what the schema refuses, naming the problem.
        #expect(throws: MCPToolFailure.self) { try MCPSchemaBuilder.validate(["instId": "BTC-USDT"], for: reference) }
        #expect(throws: MCPToolFailure.self) {
            try MCPSchemaBuilder.validate(["instId": "BTC-USDT", "tdMode": "cash", "side": "hold", "ordType": "limit", "sz": "1"], for: reference)
        }
        #expect(throws: MCPToolFailure.self) {
            try MCPSchemaBuilder.validate(["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "1", "bogus": "x"], for: reference)
        }
        let ok = try MCPSchemaBuilder.validate(["instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": 1, "px": "100"], for: reference)
        #expect(ok.body?["sz"] == .string("1"))
    }

    // MARK: - Against the simulator

    @Test func inProcessProtocolInitializeListSearchAndRead() async throws {
        try await withSimulator { _, client in
            let (session, _) = try Self.session(client)
            let server = await MCPServer.make(session)
            let (clientTransport, serverTransport) = await InMemoryTransport.createConnectedPair()
            try await server.start(transport: serverTransport)
            let mcp = Client(name: "test", version: "1")
            _ = try await mcp.connect(transport: clientTransport)
            let (tools, _) = try await mcp.listTools()
            #expect(tools.map(\.name).contains("search_endpoints") && !tools.map(\.name).contains("place_order"))
            let (content, isError) = try await mcp.callTool(name: "call_endpoint", arguments: ["endpoint": "MarketData.ticker", "arguments": ["instId": "BTC-USDT"]])
            #expect(isError != true)
            guard case .text(let text, _, _)? = content.first else { throw TestFailure("no text") }
            #expect(text.contains(#""instId":"BTC-USDT""#) && text.contains(#""trading":"demo""#))
            await mcp.disconnect()
            await server.stop()
        }
    }

    @Test func searchFindsEndpointsWithTheirSchemas() async throws {
        try await withSimulator { _, client in
            let (session, _) = try Self.session(client)
            let answer = try await Self.call(session, "search_endpoints", ["query": "funding rate history"])
            let endpoints = try #require(answer.json["endpoints"] as? [[String: Any]])
            #expect(endpoints.contains { $0["name"] as? String == "PublicData.getFundingRateHistory" }, "\(answer.text.prefix(500))")
            #expect(endpoints.allSatisfy { $0["schema"] is [String: Any] })
            let trade = try await Self.call(session, "search_endpoints", ["query": "place order", "section": "trade", "method": "POST"])
            #expect((trade.json["endpoints"] as? [[String: Any]])?.first?["name"] as? String == "Trade.placeOrder")
        }
    }

    @Test func readToolsAnswerAndStateTheEnvironment() async throws {
        try await withSimulator { _, client in
            let (session, _) = try Self.session(client)
            let snapshot = try await Self.call(session, "market_snapshot", ["instId": "BTC-USDT-SWAP"])
            #expect(!snapshot.isError, "\(snapshot.text)")
            #expect((snapshot.json["environment"] as? [String: Any])?["trading"] as? String == "demo")
            #expect((snapshot.json["instrument"] as? [String: Any])?["ctVal"] != nil && snapshot.json["funding"] != nil && snapshot.json["book"] != nil)
            let balance = try await Self.call(session, "balance")
            #expect(!balance.isError && balance.json["currencies"] != nil, "\(balance.text)")
            let positions = try await Self.call(session, "positions")
            #expect(!positions.isError && positions.json["positions"] != nil, "\(positions.text)")
            let read = try await Self.call(session, "call_endpoint", ["endpoint": "TradingAccount.getAccountConfiguration"])
            #expect(!read.isError, "\(read.text)")
        }
    }

    @Test func writesAreRefusedWithoutAllowTrade() async throws {
        try await withSimulator { sim, client in
            let (session, audit) = try Self.session(client)
            let answer = try await Self.call(session, "call_endpoint", ["endpoint": "Trade.placeOrder", "arguments": [
                "instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "100",
            ]])
            #expect(answer.isError && answer.error["category"] as? String == "refused", "\(answer.text)")
            #expect((answer.error["fix"] as? String)?.contains("--allow-trade") == true)
            #expect(sim.orders().isEmpty)
            let unknown = try await Self.call(session, "place_order", ["instId": "BTC-USDT"])
            #expect(unknown.isError && unknown.error["category"] as? String == "unknown_tool")
            #expect(try String(contentsOfFile: audit, encoding: .utf8).contains(#""outcome":"refused""#))
        }
    }

    @Test func dryRunShowsTheRequestWithoutSigningOrSending() async throws {
        try await withSimulator { sim, client in
            let (session, _) = try Self.session(client, limits: Self.trade)
            let answer = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500",
                                                                      "px": "30000", "dry_run": true])
            #expect(!answer.isError, "\(answer.text)")
            #expect(answer.json["dryRun"] as? Bool == true && answer.json["method"] as? String == "POST")
            #expect(answer.json["requestPath"] as? String == "/api/v5/trade/order")
            let body = try #require(answer.json["body"] as? String)
            #expect(body.contains(#""sz":"#) && body.contains(#""clOrdId":"#))
            let headers = try #require(answer.json["headers"] as? [String])
            #expect(headers.contains("x-simulated-trading: 1"))
            #expect(headers.contains { $0.hasPrefix("OK-ACCESS-SIGN: <") })
            let key = SimulatedKey.demo
            for secret in [key.secretKey, key.passphrase, key.apiKey] { #expect(!answer.text.contains(secret)) }
            #expect(sim.orders().isEmpty, "a dry run sends nothing")
            // A dry run through the catalogue, on a read-only server, says it would be refused.
            let (readOnly, _) = try Self.session(client)
            let raw = try await Self.call(readOnly, "call_endpoint", ["endpoint": "Trade.cancelOrder", "arguments": ["instId": "BTC-USDT", "ordId": "1"], "dry_run": true])
            #expect(!raw.isError && (raw.json["note"] as? String)?.contains("refused") == true, "\(raw.text)")
        }
    }

    @Test func demoOrderSizedInUSDTIsPlacedAndCancelled() async throws {
        try await withSimulator { sim, client in
            let (session, audit) = try Self.session(client, limits: Self.trade)
            let placed = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(!placed.isError, "\(placed.text)")
            let ordId = try #require(placed.json["ordId"] as? String)
            let order = try #require(sim.orders().first)
            // 500 USDT at 20000 with 0.01 BTC a contract: 2.5 contracts, rounded down to the lot.
            let sizing = try #require(placed.json["sizing"] as? [String: Any])
            let lot = try #require(Decimal(string: sizing["lotSz"] as? String ?? ""))
            let units = try #require(Decimal(string: sizing["unitsPerContract"] as? String ?? ""))
            let expected = (Decimal(500) / (Decimal(20000) * units) / lot).rounded(0, .down) * lot
            #expect(order.size == expected, "sz \(order.size), expected \(expected)")
            let cancelled = try await Self.call(session, "cancel_order", ["instId": "BTC-USDT-SWAP", "ordId": .string(ordId)])
            #expect(!cancelled.isError && cancelled.json["cancelled"] as? Bool == true, "\(cancelled.text)")
            let log = try String(contentsOfFile: audit, encoding: .utf8).split(separator: "\n")
            #expect(log.count == 2 && log.allSatisfy { $0.contains(#""outcome":"ok""#) })
        }
    }

    @Test func theBudgetRefusesLargeAndExtraOrders() async throws {
        try await withSimulator { sim, client in
            var limits = Self.trade
            limits.maxOrderValue = 100
            limits.maxOrders = 1
            let (session, _) = try Self.session(client, limits: limits)
            let large = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(large.isError && large.error["category"] as? String == "refused", "\(large.text)")
            #expect((large.error["message"] as? String)?.contains("--max-order-value") == true)
            let small = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "90", "px": "3000"])
            #expect(!small.isError, "\(small.text)")
            let extra = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "90", "px": "3000"])
            #expect(extra.isError && (extra.error["message"] as? String)?.contains("--max-orders") == true, "\(extra.text)")
            // The catalogue cannot bypass the value limit: it cannot value a raw order.
            let raw = try await Self.call(session, "call_endpoint", ["endpoint": "Trade.placeOrder", "arguments": [
                "instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.001", "px": "100",
            ]])
            #expect(raw.isError && raw.error["category"] as? String == "refused")
            #expect(sim.orders().count == 1)
        }
    }

    /// An amend is valued as amended: growing an order past the per-order cap is refused before
    /// anything is signed, while a change that stays under it goes through.
    @Test func theBudgetValuesAnAmendedOrder() async throws {
        try await withSimulator { sim, client in
            var limits = Self.trade
            limits.maxOrderValue = 100
            let (session, _) = try Self.session(client, limits: limits)
            let placed = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "90", "px": "3000"])
            let ordId = try #require(placed.json["ordId"] as? String, "\(placed.text)")
            let size = try #require(((placed.json["sizing"] as? [String: Any])?["sz"] as? String).flatMap { Decimal(string: $0) })
            let grown = try await Self.call(session, "amend_order", ["instId": "BTC-USDT-SWAP", "ordId": .string(ordId), "newSz": .string("\(size * 10)")])
            #expect(grown.isError && (grown.error["message"] as? String)?.contains("--max-order-value") == true, "\(grown.text)")
            #expect(sim.requestCount(path: "/api/v5/trade/amend-order") == 0)
            let cheaper = try await Self.call(session, "amend_order", ["instId": "BTC-USDT-SWAP", "ordId": .string(ordId), "newPx": "2900"])
            #expect(!cheaper.isError, "\(cheaper.text)")
            #expect(sim.requestCount(path: "/api/v5/trade/amend-order") == 1)
        }
    }

    @Test func anUnknownOutcomeComesBackAsSuchWithItsClientOrderID() async throws {
        try await withSimulator(client: {
            $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .zero, maxDelay: .zero, deadline: .zero,
                                   orderDeadline: .seconds(25), orderSettle: .zero, orderLookupInterval: .milliseconds(1))
        }) { sim, client in
            _ = try await client.clock.sync()
            let (session, audit) = try Self.session(client, limits: Self.trade)
            sim.inject(.okxError(code: 50004), path: "/api/v5/trade/order")
            sim.inject(.delay(.zero), path: "/api/v5/trade/order", times: 2)
            sim.inject(.htmlPage(status: 503), path: "/api/v5/trade/order", times: 3)
            let answer = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500",
                                                                      "px": "20000", "clOrdId": "mcpunknown1"])
            #expect(answer.isError && answer.error["outcome"] as? String == "unknown", "\(answer.text)")
            #expect(answer.error["clOrdId"] as? String == "mcpunknown1")
            #expect((answer.error["fix"] as? String)?.contains("Look it up by clOrdId") == true)
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 6, "one POST and look-ups, never a second POST")
            let log = try String(contentsOfFile: audit, encoding: .utf8)
            #expect(log.contains(#""outcome":"outcome_unknown""#) && log.contains(#""clOrdId":"mcpunknown1""#))
        }
    }

    @Test func okxErrorsComeWithTheirCodeAndFix() async throws {
        try await withSimulator { sim, client in
            let (session, audit) = try Self.session(client, limits: Self.trade)
            sim.inject(.okxError(code: 51008), path: "/api/v5/trade/order")
            let answer = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(answer.isError && answer.error["code"] as? String == "51008", "\(answer.text)")
            #expect(!(answer.error["fix"] as? String ?? "").isEmpty)
            let bad = try await Self.call(session, "market_snapshot", ["instId": "NOPE-USDT"])
            #expect(bad.isError && bad.error["code"] as? String == "51001", "\(bad.text)")
            #expect(try String(contentsOfFile: audit, encoding: .utf8).contains(#""codes":["51008"]"#))
        }
    }

    @Test func liveWritesNeedAllowLiveTrade() async throws {
        try await withSimulator(key: .live, environment: .live) { sim, client in
            let (session, _) = try Self.session(client, limits: Self.trade)
            let answer = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(answer.isError && answer.error["category"] as? String == "refused", "\(answer.text)")
            #expect((answer.error["message"] as? String)?.contains("--allow-live-trade") == true)
            #expect((answer.json["environment"] as? [String: Any])?["trading"] as? String == "live")
            #expect(sim.orders().isEmpty)
            var live = Self.trade
            live.allowLiveTrade = true
            let (allowed, _) = try Self.session(client, limits: live)
            let placed = try await Self.call(allowed, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"])
            #expect(!placed.isError, "\(placed.text)")
        }
    }

    /// No fix text an agent sees tells it to cancel, close or transfer on its own.
    @Test func remediationNeverTellsTheAgentToActOnItsOwn() {
        let rewritten = MCPRemediation.safeFix("The key is fine. Cancel all open orders, then close the position. Try again later.")
        #expect(rewritten == "The key is fine. \(MCPRemediation.askTheUser) Try again later.")
        // Every fix text the SDK has for a documented code, as the agent would see it.
        for (code, subCode) in OKXError.Code.documented {
            let error = OKXError.fromServer(code: code, subCode: subCode, message: "m")
            let shown = MCPRemediation.safeFix(error.fix).lowercased()
            for word in ["cancel ", "close ", "transfer ", "withdraw ", "repay "] {
                #expect(!shown.contains(word) || shown.contains("user"), "\(code): \(shown)")
            }
        }
    }

    /// OKX's own message keeps its facts but loses instructions to act.
    @Test func okxMessagesLoseOnlyTheirInstructions() {
        #expect(MCPRemediation.safeMessage("The order was cancelled by the system.") == "The order was cancelled by the system.")
        #expect(MCPRemediation.safeMessage("Insufficient margin. Please cancel open orders or close positions first.")
                == "Insufficient margin. \(MCPRemediation.askTheUser)")
        #expect(MCPRemediation.safeMessage("Close your position before switching mode.") == MCPRemediation.askTheUser)
    }

    @Test func auditLogHoldsEveryCallAndNoSecret() async throws {
        try await withSimulator { _, client in
            let (session, audit) = try Self.session(client, limits: Self.trade)
            _ = try await Self.call(session, "search_endpoints", ["query": "ticker"])
            _ = try await Self.call(session, "balance")
            _ = try await Self.call(session, "place_order", ["instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000", "dry_run": true])
            _ = try await Self.call(session, "call_endpoint", ["endpoint": "Trade.placeOrder", "arguments": ["secret_key": "x"]])
            let text = try String(contentsOfFile: audit, encoding: .utf8)
            let lines = text.split(separator: "\n")
            #expect(lines.count == 4)
            #expect(lines[2].contains(#""outcome":"dry_run""#))
            let key = SimulatedKey.demo
            for secret in [key.secretKey, key.passphrase] { #expect(!text.contains(secret)) }
            let attributes = try FileManager.default.attributesOfItem(atPath: audit)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let shown = try MCPAuditLog.show(path: audit)
            #expect(shown.count >= 4 && shown[0].contains("search_endpoints"))
        }
    }
}

extension Decimal {
    fileprivate func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, places, mode)
        return result
    }
}
