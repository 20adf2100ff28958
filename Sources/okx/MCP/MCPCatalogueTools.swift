import Foundation
import MCP
import OKX

/// Every documented endpoint, reachable at little cost: `search_endpoints` finds endpoints and
/// returns their argument schemas, `call_endpoint` calls one by name with arguments checked
/// against that schema. With `--modules all` each endpoint is also a tool of its own.
enum MCPCatalogueTools {
    /// Whether calling the endpoint can change anything: any POST, or a permission beyond read.
    static func isWrite(_ reference: APIReference) -> Bool {
        reference.method == .post || (reference.spec?.permission ?? .read) != .read
    }

    /// Whether the endpoint creates orders or bots (counted by the session budget).
    static func isPlacement(_ reference: APIReference) -> Bool {
        let path = reference.path
        guard isWrite(reference), !path.contains("cancel"), !path.contains("amend") else { return false }
        return path.hasSuffix("/order") || path.contains("batch-orders") || path.contains("order-algo") || path.contains("close-position")
    }

    /// MCP annotations from the endpoint table: reads are read-only and idempotent; writes with
    /// trade or withdraw permission may be destructive; cancels and amends repeat harmlessly.
    static func annotations(_ reference: APIReference) -> Tool.Annotations {
        let write = isWrite(reference)
        let permission = reference.spec?.permission ?? .read
        let repeatable = !write || reference.path.contains("cancel") || reference.path.contains("amend")
        return Tool.Annotations(title: reference.title, readOnlyHint: !write, destructiveHint: write ? permission != .read : nil,
                                idempotentHint: repeatable, openWorldHint: true)
    }

    /// The tool name of an endpoint: its Swift name in snake case, at most 64 characters.
    static func toolName(_ reference: APIReference) -> String {
        var out = ""
        var previous: Character = "_"
        for character in reference.name.replacingOccurrences(of: "FinancialProduct.", with: "Earn.") {
            if character == "." { out.append("_") } else if character.isUppercase && (previous.isLowercase || previous.isNumber) {
                out.append("_")
                out.append(Character(character.lowercased()))
            } else {
                out.append(Character(character.lowercased()))
            }
            previous = character
        }
        return String(out.prefix(64))
    }

    /// `search_endpoints` and `call_endpoint`.
    static func pair(allowTrade: Bool) -> [MCPToolDefinition] {
        let searchTool = Tool(
            name: "search_endpoints",
            description: "Find OKX REST endpoints (all 380) by words, section or method; returns each match's name and the JSON schema of its arguments, for call_endpoint.",
            inputSchema: ["type": "object", "properties": [
                "query": ["type": "string", "description": "words, e.g. \"funding rate history\""],
                "section": ["type": "string", "description": "e.g. trade, market-data, grid-trading"],
                "method": ["enum": ["GET", "POST"]],
                "limit": ["type": "integer", "description": "default 5, at most 20"],
            ]],
            annotations: .init(title: "Search endpoints", readOnlyHint: true, idempotentHint: true, openWorldHint: false))
        let call = Tool(
            name: "call_endpoint",
            description: "Call an OKX endpoint by the name search_endpoints returned, with arguments checked against its schema."
                + (allowTrade ? " Writes (POST) obey this server's trading limits; dry_run returns the request without sending it." : " This server is read-only: writes are refused (dry_run still shows them)."),
            inputSchema: ["type": "object", "properties": [
                "endpoint": ["type": "string", "description": "name (Trade.placeOrder) or docs id"],
                "arguments": ["type": "object"],
                "dry_run": ["type": "boolean"],
            ], "required": ["endpoint"]],
            annotations: .init(title: "Call endpoint", readOnlyHint: !allowTrade, destructiveHint: allowTrade ? true : nil, idempotentHint: false, openWorldHint: true))
        return [
            MCPToolDefinition(tool: searchTool, isWrite: false) { _, arguments in try search(arguments) },
            MCPToolDefinition(tool: call, isWrite: false) { session, arguments in
                let name = try arguments.required("endpoint")
                guard let reference = APIReference.named(name) else {
                    throw MCPToolFailure.invalid("no endpoint named \(name)", fix: "Use search_endpoints to find the endpoint's name; nothing was sent.")
                }
                var inner: [String: Value] = [:]
                switch arguments["arguments"] {
                case .object(let object)?: inner = object
                case nil, .null?: break
                default: throw MCPToolFailure.invalid("arguments must be an object")
                }
                if arguments.flag("dry_run") { inner["dry_run"] = true }
                return try await invoke(reference, inner, session: session)
            },
        ]
    }

    /// One tool per endpoint (`--modules all`); writes only with `allowTrade`.
    static func endpointTools(allowTrade: Bool) -> [MCPToolDefinition] {
        APIReference.all.compactMap { reference -> MCPToolDefinition? in
            let write = isWrite(reference)
            if write && !allowTrade { return nil }
            let tool = Tool(name: toolName(reference), description: "\(reference.title) (\(reference.method) \(reference.path))",
                            inputSchema: MCPSchemaBuilder.inputSchema(reference, dryRun: write), annotations: annotations(reference))
            return MCPToolDefinition(tool: tool, isWrite: write) { session, arguments in try await invoke(reference, arguments, session: session) }
        }
    }

    static func search(_ arguments: [String: Value]) throws -> Value {
        let words = (arguments.text("query") ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let section = arguments.text("section")?.lowercased()
        let method = arguments.text("method")?.uppercased()
        let limit = min(max(Int(arguments.text("limit") ?? "") ?? 5, 1), 20)
        guard !words.isEmpty || section != nil else { throw MCPToolFailure.invalid("give query words or a section") }
        let scored: [(Int, APIReference)] = APIReference.all.compactMap { reference -> (Int, APIReference)? in
            if let section, !reference.section.lowercased().contains(section) { return nil }
            if let method, reference.method.rawValue != method { return nil }
            let title = reference.title.lowercased(), path = reference.path.lowercased(), name = reference.name.lowercased()
            let parameters = reference.parameters.map { $0.path.lowercased() }
            var score = 0
            for word in words {
                let stem = word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : word
                if title.contains(stem) { score += 3 }
                if path.contains(stem) { score += 2 }
                if name.contains(stem) { score += 1 }
                if parameters.contains(where: { $0.contains(stem) }) { score += 1 }
            }
            // The endpoint whose title is exactly the words asked for comes first.
            if !words.isEmpty, title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) == words { score += 10 }
            return words.isEmpty || score > 0 ? (score, reference) : nil
        }
        let best = scored.sorted {
            $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1.title.count != $1.1.title.count ? $0.1.title.count < $1.1.title.count : $0.1.path < $1.1.path)
        }.prefix(limit)
        return ["matches": .int(scored.count), "endpoints": .array(best.map { _, reference -> Value in
            [
                "name": .string(reference.name), "title": .string(reference.title),
                "method": .string(reference.method.rawValue), "path": .string(reference.path),
                "write": .bool(isWrite(reference)), "permission": .string(reference.spec?.permission.rawValue ?? "read"),
                "schema": MCPSchemaBuilder.inputSchema(reference, dryRun: false),
            ]
        })]
    }

    /// Calls one endpoint: arguments checked, writes gated and budgeted, a dry run rendered
    /// instead of sent. A single order placed here always carries a client order id, so a lost
    /// answer comes back as an unknown outcome with the id to look up (never placed again).
    static func invoke(_ reference: APIReference, _ arguments: [String: Value], session: MCPSession) async throws -> Value {
        let dryRun = arguments.flag("dry_run")
        var request = try MCPSchemaBuilder.validate(arguments, for: reference)
        let write = isWrite(reference)
        var clOrdId: String?
        if reference.path == "/api/v5/trade/order", case .object(var body)? = request.body {
            let id = body["clOrdId"]?.stringValue ?? TradeAPI.makeClientOrderID()
            body["clOrdId"] = .string(id)
            request.body = .object(body)
            clOrdId = id
        }
        let idempotency: Idempotency = !write ? .safe : (annotations(reference).idempotentHint == true ? .idempotent : .unsafe(clientOrderID: clOrdId))
        let bytes = try request.body.map { try OKXJSON.encode($0) }
        let endpoint = Endpoint<JSONValue>(method: reference.method, path: reference.path, query: request.query, body: bytes,
                                           idempotency: idempotency, isBatch: reference.bodyIsArray)
        if dryRun {
            var note: String?
            if write {
                do throws(MCPToolFailure) { try session.gate.checkWrite(reference.name) } catch { note = "Sending it would be refused: \(error.message)" }
            }
            var rendered = MCPDryRun.render(endpoint, configuration: session.configuration, note: note)
            if let clOrdId, case .object(var object) = rendered { object["clOrdId"] = .string(clOrdId); rendered = .object(object) }
            return rendered
        }
        if write {
            try session.gate.checkWrite(reference.name)
            if isPlacement(reference) { try session.gate.reserveOrder(value: nil, what: reference.name) }
        }
        let data = try await session.client.send(endpoint)
        var out: [String: Value] = ["endpoint": .string(reference.name), "data": MCPJSON.value(data)]
        if let clOrdId { out["clOrdId"] = .string(clOrdId) }
        return .object(out)
    }
}
