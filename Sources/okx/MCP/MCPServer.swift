import Foundation
import MCP
import OKX
import Synchronization

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
    static func make(_ session: MCPSession, inFlight: InFlight = InFlight()) async -> Server {
        let server = Server(name: "okx", version: "1.0", title: "swift-okx", instructions: instructions,
                            capabilities: .init(tools: .init(listChanged: false)))
        let tools = session.tools.map(\.tool)
        _ = await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: tools) }
        _ = await server.withMethodHandler(CallTool.self) { parameters in
            inFlight.enter()
            defer { inFlight.leave() }
            return await session.call(parameters.name, arguments: parameters.arguments ?? [:])
        }
        return server
    }

    /// Serves on stdin/stdout until stdin closes.
    static func run(_ session: MCPSession) async throws {
        let inFlight = InFlight()
        let server = await make(session, inFlight: inFlight)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
        // The input is closed; answers of calls still running are still written.
        while inFlight.count > 0 { try? await Task.sleep(for: .milliseconds(20)) }
        try? await Task.sleep(for: .milliseconds(50))
        await server.stop()
    }

    /// Counts tool calls in progress.
    final class InFlight: Sendable {
        private let value = Mutex(0)
        func enter() { value.withLock { $0 += 1 } }
        func leave() { value.withLock { $0 -= 1 } }
        var count: Int { value.withLock { $0 } }
    }
}
