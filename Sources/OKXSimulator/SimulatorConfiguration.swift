/// Live or demo, as the simulator sees a key (the simulator does not depend on the SDK).
public enum SimulatedEnvironment: String, Sendable, Hashable, CaseIterable {
    case live, demo
}

/// What an API key may do.
public enum SimulatedPermission: String, Sendable, Hashable, CaseIterable {
    case read, trade, withdraw
}

/// An API key the simulator knows, with everything OKX checks about it.
public struct SimulatedKey: Sendable, Hashable {
    /// The key's public identifier, sent as `OK-ACCESS-KEY`.
    public var apiKey: String
    /// Secret the simulator checks signatures with.
    public var secretKey: String
    /// Passphrase the key was created with; a wrong one gets 50105.
    public var passphrase: String
    /// Demo keys work only with `x-simulated-trading: 1`, live keys only without (else 50101).
    public var environment: SimulatedEnvironment
    /// The site the key was created on (`global`, `eea`, `us`). A key of another site than the
    /// simulator's is unknown to it (50119), as on OKX.
    public var site: String
    /// What the key may do; a call needing another permission gets 50120.
    public var permissions: Set<SimulatedPermission>
    /// When not empty, requests from other IPs get 50110.
    public var allowedIPs: [String]

    /// A key; by default a demo key of the global site with read and trade permission and no IP allow-list.
    public init(apiKey: String, secretKey: String, passphrase: String, environment: SimulatedEnvironment = .demo,
                site: String = "global", permissions: Set<SimulatedPermission> = [.read, .trade], allowedIPs: [String] = []) {
        self.apiKey = apiKey
        self.secretKey = secretKey
        self.passphrase = passphrase
        self.environment = environment
        self.site = site
        self.permissions = permissions
        self.allowedIPs = allowedIPs
    }

    /// A demo key with read and trade permission, the one samples and `okx sim` print.
    public static let demo = SimulatedKey(apiKey: "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", secretKey: "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B",
                                          passphrase: "Sim-Passphrase-1", environment: .demo)
    /// A live key with read and trade permission.
    public static let live = SimulatedKey(apiKey: "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", secretKey: "A1B2C3D4E5F60718293A4B5C6D7E8F90",
                                          passphrase: "Sim-Passphrase-2", environment: .live)
}

/// How the simulator behaves. Plain values; change them before ``OKXSimulator/start(_:tls:logger:)``.
public struct SimulatorConfiguration: Sendable {
    /// 0 picks a free port.
    public var port: Int = 0
    /// The site this simulator plays (`global`, `eea`, `us`).
    public var site: String = "global"
    /// The simulator's clock minus the real clock: +45 s makes it 45 seconds ahead.
    public var clockSkew: Duration = .zero
    /// Delay between reading the clock and answering `public/time`: an asymmetric path that
    /// makes a midpoint estimate wrong by half of it.
    public var timeEndpointDelay: Duration = .zero
    /// Delay between receiving `public/time` and reading the clock. Equal to
    /// ``timeEndpointDelay`` it makes a symmetric path, where a midpoint estimate stays right.
    public var timeEndpointDelayBeforeReading: Duration = .zero
    /// The window OKX allows between a request's timestamp and its own clock.
    public var timestampWindow: Duration = .seconds(30)
    /// API keys the simulator knows: an unknown key gets 50111, a listed key of another site 50119.
    public var keys: [SimulatedKey] = [.demo, .live]
    /// The address the simulator pretends requests come from (for IP allow-lists).
    public var clientIP: String = "127.0.0.1"
    /// Enforce OKX's per-endpoint rate limits (50011, HTTP 429), as OKX does.
    public var enforceRateLimits: Bool = true
    /// How often the market moves for WebSocket subscribers (book updates, tickers).
    public var marketTick: Duration = .milliseconds(100)
    /// Send the real CRC32 book checksum instead of 0 (OKX sends 0 since June 2026).
    public var bookChecksums: Bool = false
    /// Start a `books`, `books-l2-tbt` or `books50-l2-tbt` subscription with a snapshot. OKX
    /// announced dropping that snapshot in 2026; off, every subscription starts with updates and
    /// a client has to join a REST snapshot by `seqId`, as OKX's own guide now describes.
    public var bookSnapshots: Bool = true
    /// Answer the control API under `/sim/v1/` (set prices, fill resting orders, liquidate):
    /// on by default, as `okx sim` and the tests use it. Off, those paths answer HTTP 403.
    /// The simulator only listens on 127.0.0.1, so only local processes can reach it.
    public var controlAPI: Bool = true
    /// The simulated accounts' trading-fee (VIP) tier. Since 2026 OKX serves the tick-by-tick
    /// books (`books-l2-tbt`, `books50-l2-tbt`) and the `fills` channel from VIP 4 up and refuses
    /// lower tiers with 64003. The default (5) lets every channel through; set 0 to see the refusal.
    public var feeTier: Int = 5
    /// Accept `instId` in WebSocket order operations that carry no known `instIdCode`, as OKX did
    /// before 2026-03-26. Off by default: OKX now answers such an operation with 51001.
    public var webSocketOrdersAcceptInstId: Bool = false

    /// The defaults: a free port, the global site, no clock skew, the built-in demo and live keys, rate limits enforced.
    public init() {}
}
