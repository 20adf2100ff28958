import Foundation
import Logging
import OKX
import Synchronization

/// Printing: aligned tables for people, JSON for programs, errors with their fix on stderr.
///
/// Everything printed goes through here, and everything printed may hold text from the server
/// (OKX's `msg`, an instId, a clOrdId, a state). So every function here does two things to it
/// first: it removes the configured secrets (a server or proxy that echoes the request's
/// headers must not make the CLI print the passphrase or the full key), and it escapes control
/// characters visibly, so that no answer can retitle, clear or recolour the terminal.
enum Output {
    /// The secrets of this invocation: those in the OKX_* variables from the start, the
    /// profile's once it is loaded (``protect(_:)``).
    private static let redactor = Mutex(SecretRedactor(secrets: ["OKX_SECRET_KEY", "OKX_PASSPHRASE"].compactMap { ProcessInfo.processInfo.environment[$0] },
                                                       apiKeys: ["OKX_API_KEY"].compactMap { ProcessInfo.processInfo.environment[$0] }))

    /// Adds `credentials` (a profile's) to what is redacted from all output.
    static func protect(_ credentials: Credentials?) {
        guard let credentials else { return }
        redactor.withLock { $0 = SecretRedactor(combining: [$0, SecretRedactor(credentials: credentials)]) }
    }

    /// `text` as it may be shown: secrets removed, control characters escaped (line breaks and
    /// tabs kept only where the caller's own layout uses them).
    static func shown(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let redacted = redactor.withLock { $0 }.redact(text)
        return UntrustedText.escapingControlCharacters(redacted, keepingLineBreaks: keepingLineBreaks)
    }

    /// JSON as it may be shown: secrets removed, and the characters a terminal acts on that
    /// JSONEncoder leaves raw (DEL, C1, bidirectional controls) written as JSON `\u00XX` escapes,
    /// so the output stays valid JSON that decodes to the same strings.
    static func shownJSON(_ text: String) -> String {
        let redacted = redactor.withLock { $0 }.redact(text)
        func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            // C0 only in case an encoder left one raw; LF, CR and TAB can only be layout here.
            case 0x0A, 0x0D, 0x09: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        guard redacted.unicodeScalars.contains(where: isUnsafe) else { return redacted }
        var result = String.UnicodeScalarView()
        for scalar in redacted.unicodeScalars {
            guard isUnsafe(scalar) else { result.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }

    static func line(_ text: String = "") { print(shown(text, keepingLineBreaks: true)) }

    /// Written at once, even into a pipe or file (`okx sim > log` must show its URL immediately).
    /// `okx watch --json` writes its JSON lines through here too; those keep JSON's escape form.
    static func unbuffered(_ text: String) {
        let isJSON = (text.hasPrefix("{") && text.hasSuffix("}")) || (text.hasPrefix("[") && text.hasSuffix("]"))
        let safe = isJSON ? shownJSON(text) : shown(text, keepingLineBreaks: true)
        FileHandle.standardOutput.write(Data((safe + "\n").utf8))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(shown(text))\n".utf8))
    }

    static func error(_ error: OKXError) {
        var text = "error: "
        if let code = error.code { text += "OKX \(code)\(error.subCode.map { "_\($0)" } ?? "") " }
        text += "[\(error.category)] \(shown(error.message))\n"
        if let context = error.context { text += "  request: \(shown(context.description))\n" }
        if let excerpt = error.bodyExcerpt { text += "  body: \(shown(excerpt))\n" }
        text += "  fix: \(shown(error.fix))\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints rows as columns aligned on the widest cell; the first row is the header.
    static func table(_ rows: [[String]]) {
        // Made safe before measuring, so the escapes count towards the widths.
        let rows = rows.map { $0.map { shown($0) } }
        guard let header = rows.first else { return }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        for row in rows {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }
            print(cells.joined(separator: "  "))
        }
    }

    /// Encodes any model as JSON (numbers stay exact strings, as OKX sends them).
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        print(shownJSON(String(decoding: try encoder.encode(value), as: UTF8.self)))
    }

    /// A duration in milliseconds with two decimals, exact (no binary floating point).
    static func milliseconds(_ duration: Duration) -> Decimal {
        let (seconds, atto) = duration.components
        let tenMicros = seconds * 100_000 + atto / 10_000_000_000_000
        return Decimal(tenMicros) / 100
    }

    static func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "-" }

    static func iso(_ date: Date?) -> String { date.map { OKXTimestamp.iso8601(epochMilliseconds: OKXJSON.millisecondsValue($0)) } ?? "-" }
}

extension Output {
    /// The handler of `--verbose`: StreamLogHandler on stderr, with each message and metadata
    /// value made safe like everything else printed (log lines can quote the server, such as
    /// a WebSocket error event's `msg`).
    static func logHandler(label: String) -> any LogHandler { SafeLogHandler(inner: StreamLogHandler.standardError(label: label)) }

    struct SafeLogHandler: LogHandler {
        var inner: StreamLogHandler

        var logLevel: Logger.Level {
            get { inner.logLevel }
            set { inner.logLevel = newValue }
        }
        var metadata: Logger.Metadata {
            get { inner.metadata }
            set { inner.metadata = newValue }
        }
        var metadataProvider: Logger.MetadataProvider? {
            get { inner.metadataProvider }
            set { inner.metadataProvider = newValue }
        }
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { inner[metadataKey: key] }
            set { inner[metadataKey: key] = newValue }
        }

        func log(event: LogEvent) { inner.log(event: Self.safe(event)) }

        static func safe(_ event: LogEvent) -> LogEvent {
            var event = event
            event.message = "\(Output.shown(event.message.description))"
            event.metadata = event.metadata?.mapValues { .string(Output.shown("\($0)")) }
            return event
        }
    }
}
