import ArgumentParser
import Foundation
import OKX

struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Send any REST request (signed when the endpoint is private) and print its data.",
        discussion: "Example: okx request GET /api/v5/account/bills --query limit=5")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "GET or POST.") var method: String
    @Argument(help: "Path such as /api/v5/account/balance.") var path: String

    @Option(name: .customLong("query"), help: ArgumentHelp("A query parameter (repeatable).", valueName: "key=value"))
    var query: [String] = []

    @Option(help: "JSON body for POST.")
    var body: String?

    @Flag(name: .customLong("private"), help: "Sign the request even if the endpoint is not in OKX's catalogue.")
    var forcePrivate = false

    @Flag(help: "Confirm a POST on live trading (a POST can place, cancel or move funds).")
    var yes = false

    func validate() throws {
        guard ["GET", "POST"].contains(method.uppercased()) else { throw ValidationError("METHOD must be GET or POST") }
        guard path.hasPrefix("/") else { throw ValidationError("PATH must start with /, e.g. /api/v5/public/time") }
        for item in query where !item.contains("=") { throw ValidationError("--query takes key=value, got \(item)") }
    }

    func run() async throws {
        let bodyValue: JSONValue? = try body.map { text in
            do { return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) } catch { throw ValidationError("--body is not JSON: \(error)") }
        }
        var pairs: [(String, String)] = []
        for item in query {
            let parts = item.split(separator: "=", maxSplits: 1)
            pairs.append((String(parts[0]), parts.count > 1 ? String(parts[1]) : ""))
        }
        let items = pairs
        let configuration: OKXClient.Configuration
        if method.uppercased() == "POST" {
            configuration = try global.tradingConfiguration(confirmed: yes, action: "send POST \(path)")
        } else {
            configuration = try global.clientConfiguration()
        }
        let raw = try await OKXClient.withClient(configuration: configuration) { client in
            try await client.send(HTTPMethod(rawValue: method.uppercased()), path, queryItems: items.map { QueryItem($0.0, $0.1) },
                                  body: bodyValue, auth: forcePrivate ? .private : nil).data
        }
        try Output.json(raw)
    }
}
