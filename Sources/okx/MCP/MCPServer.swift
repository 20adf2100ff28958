import Foundation
import MCP
import OKX

/// The stdio server: MCP's `Server` with the session's tools behind `tools/list` and
/// `tools/call`. Runs until standard input closes, then lets calls in flight finish.
enum MCPServer {
    static let instructions = """
        OKX API v5 through swift-okx. Every result states the environment (demo or live, site). \
        Read-only unless the user started the server with --allow-trade; live writes also need --allow-live-trade. \
        Use search_endpoints then call_endpoint to reach any endpoint. Write tools take dry_run to show the exact request first. \
        An order whose outcome is unknown is reported with its clOrdId: look it up before placing anything again.
        """

    /// Makes the MCP server object for `session` (also used in-process by tests).
    static func make(_ session: MCPSession) async -> Server {
        let server = Server(name: "okx", version: "1.0", title: "swift-okx", instructions: instructions,
                            capabilities: .init(tools: .init(listChanged: false)))
        let tools = session.tools.map(\.tool)
        _ = await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools) }
        _ = await server.withMethodHandler(CallTool.self) { parameters in
            await session.call(parameters.name, arguments: parameters.arguments ?? [:])
        }
        return server
    }

    /// Serves on stdin/stdout until stdin closes, then stops once every request read has its
    /// answer written.
    static func run(_ session: MCPSession) async throws {
        let server = await make(session)
        let transport = MCPStdioTransport()
        try await server.start(transport: transport)
        await server.waitUntilCompleted()
        await transport.allAnswered()
        await server.stop()
    }
}
