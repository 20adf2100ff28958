import Foundation
import MCP
import OKX

/// The exact request a write would send, without sending or signing it: method, URL, path with
/// its query, the body bytes, and the header names with the values that are not secret. The
/// key, passphrase and signature are never shown (the signature is not even computed).
enum MCPDryRun {
    static func render<Response>(_ endpoint: Endpoint<Response>, configuration: OKXClient.Configuration, note: String? = nil) -> Value {
        var headers: [Value] = configuration.environment.headers.map { .string("\($0.name): \($0.value)") }
        if endpoint.body != nil { headers.append("Content-Type: application/json") }
        if endpoint.validity != nil || endpoint.path == "/api/v5/trade/order" {
            headers.append("expTime: <OKX clock at signing + order deadline>")
        }
        if endpoint.auth == .private {
            headers += ["OK-ACCESS-KEY: <redacted>", "OK-ACCESS-SIGN: <computed at send time, not shown>",
                        "OK-ACCESS-TIMESTAMP: <OKX clock at send time>", "OK-ACCESS-PASSPHRASE: <redacted>"]
        }
        var object: [String: Value] = [
            "dryRun": true,
            "sent": false,
            "method": .string(endpoint.method.rawValue),
            "url": .string(configuration.effectiveBaseURL + endpoint.requestPath),
            "requestPath": .string(endpoint.requestPath),
            "query": .object(endpoint.query.reduce(into: [:]) { $0[$1.name] = $1.value.map(Value.string) ?? .null }),
            "headers": .array(headers),
        ]
        if let body = endpoint.body {
            object["body"] = .string(String(decoding: body, as: UTF8.self))
        }
        if let note { object["note"] = .string(note) }
        return .object(object)
    }
}
