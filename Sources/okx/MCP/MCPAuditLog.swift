import ArgumentParser
import Foundation
import MCP
import OKX
import Synchronization

/// One JSON line per tool call: time, tool, arguments, outcome, OKX codes, environment. Never a
/// secret: credentials are not arguments of any tool, and argument values under names that look
/// like secrets are replaced before writing. The file is created readable by its owner only.
final class MCPAuditLog: Sendable {
    /// One call, as written.
    struct Entry: Codable, Sendable {
        var time: String
        var tool: String
        var arguments: Value
        /// `ok`, `dry_run`, `refused`, `invalid_argument`, `okx_error`, `outcome_unknown`, `error`.
        var outcome: String
        var codes: [String]
        var environment: String
        var durationMs: Int
        var clOrdId: String?
        var message: String?
    }

    /// `~/.okx/mcp-audit.jsonl` for the current user.
    static var defaultPath: String {
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.okx/mcp-audit.jsonl"
    }

    let path: String
    private let handle: Mutex<FileHandle?>
    /// Removes the profile's credentials from a line, should one ever reach it.
    private let redactor: SecretRedactor

    /// Opens (creating with mode 0600 and its folder with 0700) `path` for appending.
    init(path: String, credentials: Credentials?) throws {
        self.path = path
        redactor = SecretRedactor(credentials: credentials)
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("cannot create the audit log \(path); choose a writable path with --audit-log PATH")
            }
        }
        let file = try FileHandle(forWritingTo: url)
        _ = try file.seekToEnd()
        handle = Mutex(file)
    }

    /// Argument names whose values are never written.
    static func isSecretName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["secret", "passphrase", "password", "apikey", "api_key", "sign", "token"].contains { lower.contains($0) }
    }

    /// `arguments` with secret-looking values replaced.
    static func redact(_ arguments: [String: Value]) -> Value {
        func clean(_ value: Value, key: String?) -> Value {
            if let key, isSecretName(key) { return "<redacted>" }
            switch value {
            case .object(let object): return .object(object.reduce(into: [:]) { $0[$1.key] = clean($1.value, key: $1.key) })
            case .array(let array): return .array(array.map { clean($0, key: nil) })
            default: return value
            }
        }
        return clean(.object(arguments), key: nil)
    }

    /// Appends one entry.
    func record(_ entry: Entry) {
        let line = redactor.redact(MCPJSON.text(entry))
        handle.withLock { file in
            file?.write(Data((line + "\n").utf8))
        }
    }

    /// The log read back, one readable line per call (for `okx mcp --audit`).
    static func show(path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("no audit log at \(path); run okx mcp first, or name the log with --audit-log PATH")
        }
        var lines: [String] = []
        for raw in String(decoding: data, as: UTF8.self).split(separator: "\n") where !raw.isEmpty {
            guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(raw.utf8)) else {
                lines.append("(unreadable line) \(raw.prefix(200))")
                continue
            }
            var text = "\(entry.time)  \(entry.environment)  \(entry.tool)  \(entry.outcome)"
            if !entry.codes.isEmpty { text += "  codes \(entry.codes.joined(separator: ","))" }
            if let id = entry.clOrdId { text += "  clOrdId \(id)" }
            text += "  \(entry.durationMs) ms  \(MCPJSON.text(entry.arguments))"
            if let message = entry.message { text += "\n    \(message)" }
            lines.append(text)
        }
        return lines
    }

    /// Now, as ISO-8601 UTC with milliseconds.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
