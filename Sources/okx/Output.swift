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
        safeJSON(text, redactor: redactor.withLock { $0 })
    }

    /// ``shownJSON(_:)`` with a given redactor (`okx mcp` redacts its tool results with its own).
    static func safeJSON(_ text: String, redactor: SecretRedactor) -> String {
        let redacted = redactor.redact(text)
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

    /// An error on stderr: text for people, or with `json` one JSON object on one line
    /// (``ErrorReport``), so a program that asked for `--json` can parse its failures too.
    static func error(_ error: OKXError, json: Bool) {
        guard json else { return self.error(error) }
        errorJSON(ErrorReport(error))
    }

    /// A failure that is not an `OKXError` (bad arguments, anything else), as text or JSON.
    static func failure(category: String, message: String, fix: String, exitStatus: ExitStatus, json: Bool) {
        if json {
            errorJSON(ErrorReport(code: nil, category: category, message: message, fix: fix, exitCode: exitStatus.rawValue))
        } else {
            FileHandle.standardError.write(Data("\(shown(message, keepingLineBreaks: true))\n".utf8))
        }
    }

    /// Each field redacted before encoding (a secret JSON-escaped inside the text would no
    /// longer match the redactor), then the encoded line made safe like all JSON output.
    static func errorJSON(_ report: ErrorReport) {
        let redactor = redactor.withLock { $0 }
        var report = report
        report.redact(with: redactor)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) }
            ?? #"{"category":"failure","code":null,"fix":"Please report this.","message":"the error could not be encoded"}"#
        FileHandle.standardError.write(Data((shownJSON(text) + "\n").utf8))
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

/// An error as `--json` prints it on stderr: always `code` (OKX's, as the string OKX sends, with
/// `_subCode` when there is one; null for the client's own errors), `category`, `message` and
/// `fix`; `httpStatus`, `outcome`, `clOrdId`, `request` and `body` when known; and `exitCode`,
/// the process's exit status. Never a secret: every field passes the redactor.
struct ErrorReport: Encodable, Equatable {
    var code: String?
    var category: String
    var message: String
    var fix: String
    var httpStatus: Int?
    /// What became of the request, where that is known: `unknown` (it may or may not have taken
    /// effect; look the order up before sending it again) or `not sent` (refused or failed
    /// before anything reached OKX).
    var outcome: String?
    var clOrdId: String?
    var request: String?
    var body: String?
    var exitCode: Int32

    init(code: String?, category: String, message: String, fix: String, httpStatus: Int? = nil, outcome: String? = nil,
         clOrdId: String? = nil, request: String? = nil, body: String? = nil, exitCode: Int32) {
        self.code = code
        self.category = category
        self.message = message
        self.fix = fix
        self.httpStatus = httpStatus
        self.outcome = outcome
        self.clOrdId = clOrdId
        self.request = request
        self.body = body
        self.exitCode = exitCode
    }

    init(_ error: OKXError) {
        let outcome: String?
        if error.category == .outcomeUnknown {
            outcome = "unknown"
        } else if error.category == .configuration || error.category == .invalidArgument
                    || error.transportError.map({ !$0.requestMayHaveReachedServer }) == true {
            outcome = "not sent"
        } else {
            outcome = nil
        }
        self.init(code: error.code.map { "\($0)\(error.subCode.map { "_\($0)" } ?? "")" }, category: error.category.description,
                  message: error.message, fix: error.fix, httpStatus: error.httpStatus, outcome: outcome, clOrdId: error.clientOrderID,
                  request: error.context?.description, body: error.bodyExcerpt, exitCode: ExitStatus.for(error).rawValue)
    }

    mutating func redact(with redactor: SecretRedactor) {
        message = redactor.redact(message)
        fix = redactor.redact(fix)
        code = code.map { redactor.redact($0) }
        clOrdId = clOrdId.map { redactor.redact($0) }
        request = request.map { redactor.redact($0) }
        body = body.map { redactor.redact($0) }
    }

    enum CodingKeys: String, CodingKey { case code, category, message, fix, httpStatus, outcome, clOrdId, request, body, exitCode }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)  // null, not absent, for the client's own errors
        try c.encode(category, forKey: .category)
        try c.encode(message, forKey: .message)
        try c.encode(fix, forKey: .fix)
        try c.encodeIfPresent(httpStatus, forKey: .httpStatus)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encodeIfPresent(clOrdId, forKey: .clOrdId)
        try c.encodeIfPresent(request, forKey: .request)
        try c.encodeIfPresent(body, forKey: .body)
        try c.encode(exitCode, forKey: .exitCode)
    }
}
