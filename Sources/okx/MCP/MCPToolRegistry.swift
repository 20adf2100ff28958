import Foundation
import MCP
import OKX

/// One tool the server offers: its MCP description and what running it does.
struct MCPToolDefinition: Sendable {
    /// Name, description, input schema and annotations, as `tools/list` shows them.
    let tool: Tool
    /// Whether the tool can change orders, positions or funds (gated by `--allow-trade`).
    let isWrite: Bool
    /// Runs the tool with validated-by-itself arguments; throws ``MCPToolFailure`` or ``OKXError``.
    let run: @Sendable (MCPSession, [String: Value]) async throws -> Value
}

/// Which tools a server offers, by its command-line switches.
enum MCPToolRegistry {
    /// `default`: the curated tools and the catalogue pair; `all`: also every endpoint as its own tool.
    enum Modules: String, Sendable, CaseIterable { case `default`, all }

    /// The tools for a mode: read tools always, write tools only with `allowTrade`.
    static func tools(modules: Modules, allowTrade: Bool) -> [MCPToolDefinition] {
        var tools = MCPCuratedTools.all(allowTrade: allowTrade) + MCPCatalogueTools.pair(allowTrade: allowTrade)
        if modules == .all {
            tools += MCPCatalogueTools.endpointTools(allowTrade: allowTrade)
        }
        return tools.filter { allowTrade || !$0.isWrite }
    }

    /// The `tools/list` answer as JSON text, for measuring its size.
    static func listJSON(_ tools: [MCPToolDefinition]) -> String {
        let result = ListTools.Result(tools: tools.map(\.tool))
        return MCPJSON.text(result, pretty: false)
    }

    /// The rough token count of a text for a language model: one token per four characters.
    static func tokens(_ text: String) -> Int { (text.count + 3) / 4 }
}

/// JSON conversions between MCP's `Value`, OKX's `JSONValue` and text.
enum MCPJSON {
    /// Compact (or indented) JSON with sorted keys; `"{}"` if encoding fails.
    static func text(_ value: some Encodable, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Any encodable model as an MCP value (numbers OKX writes as strings stay strings).
    static func value(_ model: some Encodable) -> Value {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        guard let data = try? encoder.encode(model), let value = try? JSONDecoder().decode(Value.self, from: data) else { return .null }
        return value
    }

    /// An MCP value as OKX's JSON value (for request bodies).
    static func okx(_ value: Value) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    /// A scalar argument as the text OKX expects (numbers and booleans as strings).
    static func scalarText(_ value: Value) -> String? {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return Decimal(d).description
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}

/// A refusal or bad argument, reported to the agent as a tool error (never as a protocol error).
struct MCPToolFailure: Error, Sendable {
    /// `refused` (the safety gate or budget said no), `invalid_argument` or `unknown_tool`.
    var kind: String
    /// What happened, in a sentence.
    var message: String
    /// What the agent (or its user) can do.
    var fix: String

    static func refused(_ message: String, fix: String) -> Self { Self(kind: "refused", message: message, fix: fix) }
    static func invalid(_ message: String, fix: String = "Correct the arguments; nothing was sent.") -> Self {
        Self(kind: "invalid_argument", message: message, fix: fix)
    }
}

extension [String: Value] {
    /// A string argument (numbers accepted and written out).
    func text(_ key: String) -> String? { self[key].flatMap(MCPJSON.scalarText).flatMap { $0.isEmpty ? nil : $0 } }

    /// A required string argument.
    func required(_ key: String) throws -> String {
        guard let value = text(key) else { throw MCPToolFailure.invalid("\(key) is required") }
        return value
    }

    /// A decimal argument, given as a number or a decimal string.
    func decimal(_ key: String) throws -> Decimal? {
        guard let text = text(key) else { return nil }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
            throw MCPToolFailure.invalid("\(key) must be a decimal number, got \(text)")
        }
        return value
    }

    /// A boolean argument (`true`/`false`, or the strings).
    func flag(_ key: String) -> Bool {
        switch self[key] {
        case .bool(let b)?: return b
        case .string(let s)?: return s == "true"
        default: return false
        }
    }
}
