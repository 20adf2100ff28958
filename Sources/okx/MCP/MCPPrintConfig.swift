import Foundation

/// The snippets that register `okx mcp` with common MCP clients (`okx mcp --print-config`).
enum MCPPrintConfig {
    static func text(executable: String, arguments: [String]) -> String {
        let args = (["mcp"] + arguments).map { "\"\($0)\"" }.joined(separator: ", ")
        let command = "\"\(executable)\""
        return """
            # Claude Desktop: claude_desktop_config.json ("mcpServers"); Cursor: ~/.cursor/mcp.json (same shape)
            {
              "mcpServers": {
                "okx": { "command": \(command), "args": [\(args)] }
              }
            }

            # Claude Code
            claude mcp add okx -- \(([executable, "mcp"] + arguments).joined(separator: " "))

            # VS Code: .vscode/mcp.json
            {
              "servers": {
                "okx": { "type": "stdio", "command": \(command), "args": [\(args)] }
              }
            }

            # Credentials come from ~/.okx/config.toml (or OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE in an "env" object);
            # never paste them into these files if they are shared. Add "--allow-trade" to the args to allow orders (demo unless
            # the profile or --live says otherwise), "--allow-live-trade" for live orders, and limits such as "--max-orders", "5".
            """
    }
}
