import ArgumentParser
import Foundation
import OKX

/// `okx mcp`: a Model Context Protocol server on stdio, for AI agents.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve OKX to AI agents over MCP (stdio): read-only and demo unless told otherwise.",
        discussion: """
        Reads the same profiles and OKX_* variables as every okx command. Without --live, a profile or
        OKX_DEMO that chooses live, the server uses demo trading. Tools: market_snapshot, balance, positions,
        bot_plan, doctor, search_endpoints and call_endpoint (every endpoint); with --allow-trade also
        place_order, amend_order and cancel_order. --modules all adds every endpoint as a tool of its own.

        Every call is written as one JSON line to the audit log (path printed on stderr at start);
        okx mcp --audit shows it.
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("allow-trade"), help: "Offer the tools that place, amend or cancel orders and every write endpoint.")
    var allowTrade = false

    @Flag(name: .customLong("allow-live-trade"), help: "Also allow writes on LIVE trading (with --allow-trade).")
    var allowLiveTrade = false

    @Option(help: ArgumentHelp("default (curated tools and the catalogue) or all (every endpoint as a tool too).", valueName: "set"))
    var modules = "default"

    @Option(name: .customLong("max-order-value"), help: ArgumentHelp("Refuse any order worth more than this, in USDT.", valueName: "usdt"))
    var maxOrderValue: String?

    @Option(name: .customLong("max-orders"), help: ArgumentHelp("Refuse orders after this many in this session.", valueName: "n"))
    var maxOrders: Int?

    @Option(name: .customLong("audit-log"), help: ArgumentHelp("The audit log (default ~/.okx/mcp-audit.jsonl).", valueName: "path"))
    var auditLog: String?

    @Flag(help: "Print the audit log in a readable form and exit.")
    var audit = false

    @Flag(name: .customLong("print-config"), help: "Print the configuration snippets for MCP clients and exit.")
    var printConfig = false

    @Flag(name: .customLong("list-tools"), help: "Print the tools and the size of tools/list in tokens, and exit.")
    var listTools = false

    func validate() throws {
        guard MCPToolRegistry.Modules(rawValue: modules) != nil else { throw ValidationError("--modules must be default or all") }
        if let maxOrders, maxOrders < 0 { throw ValidationError("--max-orders must be 0 or more") }
        if let maxOrderValue {
            guard let value = Decimal(string: maxOrderValue, locale: Locale(identifier: "en_US_POSIX")), value > 0 else {
                throw ValidationError("--max-order-value must be a positive amount of USDT")
            }
        }
        if allowLiveTrade && !allowTrade { throw ValidationError("--allow-live-trade needs --allow-trade") }
    }

    var limits: MCPSafetyGate.Limits {
        MCPSafetyGate.Limits(allowTrade: allowTrade, allowLiveTrade: allowLiveTrade,
                             maxOrderValue: maxOrderValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
                             maxOrders: maxOrders)
    }

    var toolList: [MCPToolDefinition] {
        MCPToolRegistry.tools(modules: MCPToolRegistry.Modules(rawValue: modules) ?? .default, allowTrade: allowTrade)
    }

    func run() async throws {
        let auditPath = auditLog ?? MCPAuditLog.defaultPath
        if printConfig {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            print(MCPPrintConfig.text(executable: executable.contains("/") ? executable : "okx", arguments: []))
            return
        }
        if audit {
            for line in try MCPAuditLog.show(path: auditPath) { print(line) }
            return
        }
        let tools = toolList
        if listTools {
            let json = MCPToolRegistry.listJSON(tools)
            if global.json {
                try Output.json(ListedTools(tools: tools.count, characters: json.count, tokens: MCPToolRegistry.tokens(json), names: tools.map(\.tool.name)))
                return
            }
            for tool in tools {
                print("\(tool.tool.name)\(tool.isWrite ? "  (write)" : "")")
            }
            print("\(tools.count) tools; tools/list is \(json.count) characters ≈ \(MCPToolRegistry.tokens(json)) tokens")
            return
        }
        let session = try makeSession(tools: tools, auditPath: auditPath)
        FileHandle.standardError.write(Data((session.banner.line(allowTrade: allowTrade, allowLiveTrade: allowLiveTrade) + "\n").utf8))
        FileHandle.standardError.write(Data("okx mcp: \(tools.count) tools; audit log: \(auditPath)\n".utf8))
        try await MCPServer.run(session)
        await session.client.shutdown()
    }

    struct ListedTools: Encodable {
        let tools: Int
        let characters: Int
        let tokens: Int
        let names: [String]
    }

    /// The session: demo unless the profile, OKX_DEMO or --live chose, the client, gate and log.
    func makeSession(tools: [MCPToolDefinition], auditPath: String) throws -> MCPSession {
        var profile = try global.loadProfile()
        if profile.environmentIsDefault {
            profile.environment = .demo
            profile.environmentSource = "demo is okx mcp's default; --live or the profile chooses live"
        }
        var configuration = profile.clientConfiguration()
        configuration.logger = global.logger
        try configuration.validate()
        let client = try OKXClient(configuration: configuration)
        let audit = try MCPAuditLog(path: auditPath, credentials: configuration.credentials)
        return MCPSession(client: client, banner: MCPEnvironmentBanner(configuration: configuration, source: profile.environmentSource),
                          gate: MCPSafetyGate(limits: limits, environment: configuration.environment), audit: audit, tools: tools)
    }
}
