import Foundation
import MCP
import OKX

/// Where a server's requests go, stated in every tool result and once on stderr at start, so
/// neither the agent nor its user can mistake live for demo.
struct MCPEnvironmentBanner: Sendable, Hashable {
    /// Live or demo trading.
    let environment: Environment
    /// The OKX site (global, eea, us).
    let site: String
    /// The REST base URL requests go to.
    let baseURL: String
    /// What chose the environment (`--live`, `demo = true in …`, or the server's default).
    let source: String

    init(configuration: OKXClient.Configuration, source: String) {
        environment = configuration.environment
        site = configuration.site.name
        baseURL = configuration.effectiveBaseURL
        self.source = source
    }

    /// `demo` or `live`.
    var trading: String { environment == .demo ? "demo" : "live" }

    /// The object every tool result carries under `environment`.
    var value: Value {
        ["trading": .string(trading), "site": .string(site), "baseURL": .string(baseURL)]
    }

    /// One line for stderr.
    func line(allowTrade: Bool, allowLiveTrade: Bool) -> String {
        let writes: String
        if !allowTrade {
            writes = "read-only (no order or funds tool; pass --allow-trade to enable them)"
        } else if environment == .live && !allowLiveTrade {
            writes = "trading tools listed, but LIVE writes are refused without --allow-live-trade"
        } else {
            writes = environment == .live ? "LIVE TRADING ENABLED" : "demo trading enabled"
        }
        return "okx mcp: \(environment == .live ? "LIVE" : "demo") trading (\(source)) · site \(site) · \(baseURL) · \(writes)"
    }
}
