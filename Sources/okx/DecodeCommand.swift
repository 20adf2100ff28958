import ArgumentParser
import Foundation
import OKX

/// `okx decode METHOD PATH [FILE|-]` and `okx decode --channel NAME [FILE|-]`: checks a recorded
/// answer or push against its typed model.
struct DecodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode a recorded response body or WebSocket push with its typed model and print the model as JSON.",
        discussion: """
            Reads OKX's envelope ({"code","msg","data"}) from FILE or standard input; with --channel, one push \
            frame ({"arg","data"}, with "action" and other envelope keys kept). Prints what the \
            model holds (decimals as strings, times as epoch milliseconds, absent fields left out, keys sorted). \
            Exits 4 when the body does not fit, naming the JSON path of the first field that did not, \
            and 3 when the envelope carries an OKX error code.
            """)

    @Option(help: "Decode a push of this WebSocket channel (e.g. mark-price, candle1H, books5), or the reply of this WebSocket operation (e.g. order), instead of a REST answer.")
    var channel: String?
    @Argument(help: "GET or POST (without --channel); with --channel, the file to decode.") var method: String?
    @Argument(help: "The endpoint's path, e.g. /api/v5/account/balance (a query string is ignored).") var path: String?
    @Argument(help: "The body to decode; - or nothing reads standard input.") var file: String?

    func run() async throws {
        if let channel {
            // With --channel the only positional argument is the file.
            guard path == nil, file == nil else { throw ValidationError("with --channel, give only the file to decode (or - for standard input)") }
            // A trading operation's reply ({"id","op","code","data"}) decodes the same way, by its `op`.
            guard let type = Channels.model(forChannel: channel) ?? Channels.operationReplies[channel] else {
                let close = Self.closeNames(to: channel, in: Array(Channels.documented.keys) + Array(Channels.operationReplies.keys))
                throw ValidationError("\(channel) is not a documented channel or operation" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
            }
            print(try Self.renderPush(type, try Self.read(method)))
            return
        }
        guard let method, let path else { throw ValidationError("give METHOD and PATH, or --channel NAME") }
        let endpointPath = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        let key = "\(method.uppercased()) \(endpointPath)"
        guard let type = API.responseTypes[key] else {
            throw ValidationError("\(key) is not a documented endpoint (see COVERAGE.md for the list)")
        }
        print(try Self.render(type, try Self.read(file)))
    }

    static func read(_ file: String?) throws -> Data {
        if let file, file != "-" {
            guard let read = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            return read
        }
        return FileHandle.standardInput.readDataToEndOfFile()
    }

    /// Decodes with the model, then writes the model back with its own `Encodable` (OKX's wire
    /// form: decimals and times as strings), keys sorted so the output is stable.
    static func render<T: Codable & Sendable>(_ type: T.Type, _ data: Data) throws -> String {
        try encode(try OKXDecoder().decodeResponse(type, from: data))
    }

    /// A whole push frame: `data` with the channel's item model, the envelope kept as it came.
    static func renderPush<T: Codable & Sendable>(_ type: T.Type, _ data: Data) throws -> String {
        try encode(try OKXDecoder().decodePush(type, from: data))
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Up to five documented names near `name`: those containing it (or contained in it) first,
    /// then by edit distance, so a typo or a missing bar (`candle`) gets a useful hint.
    static func closeNames(to name: String, in names: [String]) -> [String] {
        let lower = name.lowercased()
        let scored = names.map { candidate -> (String, Int) in
            let c = candidate.lowercased()
            let contains = !lower.isEmpty && (c.contains(lower) || lower.contains(c))
            return (candidate, contains ? 0 : editDistance(lower, c))
        }
        let limit = max(2, lower.count / 3)
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
