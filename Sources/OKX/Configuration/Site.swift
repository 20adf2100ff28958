/// Where an OKX account is registered. A key works only on its own site's hosts; on another
/// site it is unknown (REST 50119 or 50111, WebSocket 60032).
public struct Site: Sendable, Hashable, CustomStringConvertible {
    /// Short name used in configuration files (`global`, `eea`, `us`).
    public let name: String
    /// The REST base URL (scheme and host).
    public let restBaseURL: String
    /// WebSocket base for live trading (`/ws/v5/public` etc. are appended).
    public let webSocketLiveBaseURL: String
    /// WebSocket base for demo trading.
    public let webSocketDemoBaseURL: String
    /// Where accounts of this site sign in, to help users recognise theirs.
    public let accountWebsite: String

    /// A site with its own hosts, e.g. for a self-hosted gateway or a simulator.
    public init(name: String, restBaseURL: String, webSocketLiveBaseURL: String, webSocketDemoBaseURL: String, accountWebsite: String) {
        self.name = name
        self.restBaseURL = restBaseURL
        self.webSocketLiveBaseURL = webSocketLiveBaseURL
        self.webSocketDemoBaseURL = webSocketDemoBaseURL
        self.accountWebsite = accountWebsite
    }

    /// Global accounts (www.okx.com).
    public static let global = Site(name: "global", restBaseURL: "https://www.okx.com", webSocketLiveBaseURL: "wss://ws.okx.com:8443", webSocketDemoBaseURL: "wss://wspap.okx.com:8443", accountWebsite: "www.okx.com")
    /// European Economic Area accounts (registered at my.okx.com).
    public static let eea = Site(name: "eea", restBaseURL: "https://eea.okx.com", webSocketLiveBaseURL: "wss://wseea.okx.com:8443", webSocketDemoBaseURL: "wss://wseeapap.okx.com:8443", accountWebsite: "my.okx.com")
    /// US and Australia accounts (registered at app.okx.com).
    public static let us = Site(name: "us", restBaseURL: "https://us.okx.com", webSocketLiveBaseURL: "wss://wsus.okx.com:8443", webSocketDemoBaseURL: "wss://wsuspap.okx.com:8443", accountWebsite: "app.okx.com")

    /// Every site OKX runs.
    public static let all: [Site] = [.global, .eea, .us]

    /// The site called `name` (`global`, `eea`, `us`; case-insensitive), or nil.
    public init?(named name: String) {
        guard let site = Self.all.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = site
    }

    /// The WebSocket base URL for `environment`.
    public func webSocketBaseURL(for environment: Environment) -> String {
        environment == .live ? webSocketLiveBaseURL : webSocketDemoBaseURL
    }

    /// The site's name.
    public var description: String { name }
}
