import Foundation
import MCP
import OKX

/// Everything one running server shares: the client (server clock, rate limiter, order
/// recovery), the environment it talks to, the safety gate and the audit log. Runs tool calls
/// and turns every outcome, including refusals and OKX errors, into a tool result that states
/// the environment.
final class MCPSession: Sendable {
    let client: OKXClient
    let banner: MCPEnvironmentBanner
    let gate: MCPSafetyGate
    let audit: MCPAuditLog?
    let tools: [MCPToolDefinition]
    private let byName: [String: MCPToolDefinition]
    /// Removes the credentials from anything shown (an answer may echo request headers).
    private let redactor: SecretRedactor

    var configuration: OKXClient.Configuration { client.configuration }

    init(client: OKXClient, banner: MCPEnvironmentBanner, gate: MCPSafetyGate, audit: MCPAuditLog?, tools: [MCPToolDefinition]) {
        self.client = client
        self.banner = banner
        self.gate = gate
        self.audit = audit
        self.tools = tools
        redactor = SecretRedactor(credentials: client.configuration.credentials)
        byName = Dictionary(tools.map { ($0.tool.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Runs the named tool. Never throws: failures are tool results with `isError` set, so the
    /// agent reads them (a protocol error would hide the fix).
    func call(_ name: String, arguments: [String: Value]) async -> CallTool.Result {
        let started = ContinuousClock.now
        var outcome = "ok"
        var codes: [String] = []
        var clOrdId: String?
        var message: String?
        var payload: Value
        var isError = false
        do {
            guard let tool = byName[name] else {
                throw MCPToolFailure(kind: "unknown_tool", message: "no tool named \(name) on this server",
                                     fix: "List the tools again; trading tools exist only when the server runs with --allow-trade.")
            }
            payload = try await tool.run(self, arguments)
            if case .object(let object) = payload, object["dryRun"] == true { outcome = "dry_run" }
            if case .object(let object) = payload, case .string(let id)? = object["clOrdId"] { clOrdId = id }
        } catch let failure as MCPToolFailure {
            isError = true
            outcome = failure.kind
            message = failure.message
            payload = ["error": MCPRemediation.payload(failure)]
        } catch let error as OKXError {
            isError = true
            outcome = error.category == .outcomeUnknown ? "outcome_unknown" : "okx_error"
            if let code = error.code { codes.append("\(code.rawValue)") }
            clOrdId = error.clientOrderID
            message = error.message
            payload = ["error": MCPRemediation.payload(error)]
        } catch {
            isError = true
            outcome = "error"
            message = "\(error)"
            payload = ["error": ["category": "failure", "message": .string("\(error)"), "fix": "Unexpected failure; report it to the user."]]
        }
        if case .object(var object) = payload {
            object["environment"] = banner.value
            payload = .object(object)
        }
        codes += Self.itemCodes(payload)
        let elapsed = ContinuousClock.now - started
        audit?.record(.init(time: MCPAuditLog.now(), tool: name, arguments: MCPAuditLog.redact(arguments), outcome: outcome, codes: codes,
                            environment: "\(banner.trading) \(banner.site)", durationMs: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000),
                            clOrdId: clOrdId, message: message))
        return CallTool.Result(content: [.text(text: Output.safeJSON(MCPJSON.text(payload), redactor: redactor), annotations: nil, _meta: nil)], isError: isError)
    }

    /// Per-item codes (`sCode`) of a batch answer that are not success, for the audit line.
    static func itemCodes(_ payload: Value) -> [String] {
        guard case .object(let object) = payload, case .array(let items)? = object["data"] else { return [] }
        return items.compactMap { item in
            guard case .string(let code)? = item.objectValue?["sCode"], code != "0" else { return nil }
            return code
        }
    }

    /// A successful payload: `fields` plus whatever the caller adds.
    func result(_ fields: [String: Value]) -> Value { .object(fields) }
}
