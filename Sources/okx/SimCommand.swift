import ArgumentParser
import Foundation
import OKXSimulator

struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run the local OKX simulator in the foreground (Ctrl-C stops it).",
        discussion: """
        Keys file (JSON): [{"api_key": "…", "secret_key": "…", "passphrase": "…", "demo": true,
        "site": "global", "permissions": ["read", "trade"], "allowed_ips": []}]
        """)

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).") var port = 0
    @Option(name: .customLong("tls-cert"), help: ArgumentHelp("PEM certificate: also serve the exchange over TLS (https://, wss://), for clients that only do wss://.", valueName: "file"))
    var tlsCert: String?
    @Option(name: .customLong("tls-key"), help: ArgumentHelp("PEM private key of --tls-cert.", valueName: "file")) var tlsKey: String?
    @Option(name: .customLong("tls-port"), help: "Port on 127.0.0.1 of the TLS listener (0 picks a free one).") var tlsPort = 0
    @Option(name: .customLong("skew-ms"), help: "The simulator's clock minus the real clock, in ms.") var skewMs = 0
    @Option(help: ArgumentHelp("JSON file of API keys (default: the built-in demo and live keys).", valueName: "file")) var keys: String?
    @Option(help: "Site the simulator plays: global, eea or us.") var site = "global"
    @Flag(name: .customLong("no-control"), help: "Refuse the control API under /sim/v1/ (set prices, fill orders, liquidate) with HTTP 403.")
    var noControl = false
    @Flag(name: .customLong("no-book-snapshot"), help: "Start book subscriptions with updates only, as OKX does since it dropped the initial snapshot; clients join a REST snapshot by seqId.")
    var noBookSnapshot = false
    @Flag(name: .customLong("book-checksums"), help: "Send the real CRC32 book checksum instead of 0.")
    var bookChecksums = false
    @Option(name: .customLong("fee-tier"), help: "The simulated accounts' VIP tier; below 4, books-l2-tbt, books50-l2-tbt and fills are refused with 64003, as on OKX.")
    var feeTier = 5

    struct KeyFile: Decodable {
        var api_key: String
        var secret_key: String
        var passphrase: String
        var demo: Bool?
        var site: String?
        var permissions: [String]?
        var allowed_ips: [String]?
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard ["global", "eea", "us"].contains(site) else { throw ValidationError("--site must be global, eea or us") }
    }

    func run() async throws {
        var config = SimulatorConfiguration()
        config.port = port
        config.clockSkew = .milliseconds(skewMs)
        config.site = site
        config.controlAPI = !noControl
        config.bookSnapshots = !noBookSnapshot
        config.feeTier = feeTier
        config.bookChecksums = bookChecksums
        if let keys {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: keys)) } catch { throw ValidationError("cannot read \(keys): \(error.localizedDescription)") }
            let entries: [KeyFile]
            do { entries = try JSONDecoder().decode([KeyFile].self, from: data) } catch { throw ValidationError("\(keys) is not a JSON array of keys: \(error)") }
            config.keys = try entries.map { entry in
                let permissions = try Set((entry.permissions ?? ["read", "trade"]).map { name in
                    guard let p = SimulatedPermission(rawValue: name) else { throw ValidationError("unknown permission \(name)") }
                    return p
                })
                return SimulatedKey(apiKey: entry.api_key, secretKey: entry.secret_key, passphrase: entry.passphrase,
                                    environment: entry.demo == false ? .live : .demo, site: entry.site ?? "global",
                                    permissions: permissions, allowedIPs: entry.allowed_ips ?? [])
            }
        }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
        let tls = tlsCert.flatMap { cert in tlsKey.map { SimulatorTLS(certificatePath: cert, privateKeyPath: $0, port: tlsPort) } }
        let sim = try await OKXSimulator.start(config, tls: tls)
        Output.unbuffered("OKX simulator listening on \(sim.baseURL) (site \(site), clock skew \(skewMs) ms)")
        // Live and demo by URL, as OKX's ws.okx.com and wspap.okx.com (the live paths also take
        // demo keys when the upgrade carries `x-simulated-trading: 1`).
        Output.unbuffered("WebSocket live: \(sim.webSocketBaseURL)/ws/v5/{public,private,business}  (okx watch … --ws-url \(sim.webSocketBaseURL))")
        Output.unbuffered("WebSocket demo: \(sim.demoWebSocketBaseURL)/ws/v5/{public,private,business}  (okx watch … --ws-url \(sim.demoWebSocketBaseURL))")
        if let https = sim.tlsBaseURL, let wss = sim.tlsWebSocketBaseURL, let wssDemo = sim.tlsDemoWebSocketBaseURL {
            Output.unbuffered("TLS: \(https)")
            Output.unbuffered("TLS WebSocket live: \(wss)/ws/v5/{public,private,business}")
            Output.unbuffered("TLS WebSocket demo: \(wssDemo)/ws/v5/{public,private,business}")
        }
        for key in config.keys {
            Output.unbuffered("""

            \(key.environment) key (site \(key.site), \(key.permissions.map { $0.rawValue }.sorted().joined(separator: "+"))):
              export OKX_API_BASE_URL=\(sim.baseURL) OKX_API_KEY=\(key.apiKey) OKX_SECRET_KEY=\(key.secretKey) OKX_PASSPHRASE=\(key.passphrase) OKX_DEMO=\(key.environment == .demo ? 1 : 0)
            """)
        }
        if let demo = config.keys.first(where: { $0.environment == .demo }) {
            // The same key for the two most used Python clients, unmodified (scripts/e2e-bots.sh runs both).
            Output.unbuffered("""

            ccxt (demo key):
              ex = ccxt.okx({"apiKey": "\(demo.apiKey)", "secret": "\(demo.secretKey)", "password": "\(demo.passphrase)"})
              ex.urls["api"] = ex.urls["test"] = {"rest": "\(sim.baseURL)", "ws": "\(sim.demoWebSocketBaseURL)/ws/v5"}; ex.set_sandbox_mode(True)
            ccxt.pro (demo key, WebSocket): the same with ccxt.pro.okx
            python-okx (demo key):
              okx.Trade.TradeAPI("\(demo.apiKey)", "\(demo.secretKey)", "\(demo.passphrase)", flag="1", domain="\(sim.baseURL)")
            """)
        }
        if config.controlAPI {
            Output.unbuffered("""

            Control API (no auth; --no-control turns it off):
              curl -X POST \(sim.baseURL)/sim/v1/price -d '{"instId": "BTC-USDT", "px": "60000"}'   # fills, algo triggers, liquidations
              curl \(sim.baseURL)/sim/v1/price?instId=BTC-USDT · POST /sim/v1/fill · POST /sim/v1/liquidate
            """)
        }
        Output.unbuffered("\nCtrl-C to stop.")
        while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
    }
}
