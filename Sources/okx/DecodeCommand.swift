import ArgumentParser
import Foundation
import OKX

/// `okx decode METHOD PATH [FILE|-]`: checks a recorded answer against an endpoint's typed model.
struct DecodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode a recorded response body with an endpoint's typed model and print the model as JSON.",
        discussion: """
            Reads OKX's envelope ({"code","msg","data"}) from FILE or standard input. Prints what the \
            model holds (decimals as strings, times as epoch milliseconds, absent fields left out, keys sorted). \
            Exits 4 when the body does not fit, naming the JSON path of the first field that did not, \
            and 3 when the envelope carries an OKX error code.
            """)

    @Argument(help: "GET or POST.") var method: String
    @Argument(help: "The endpoint's path, e.g. /api/v5/account/balance (a query string is ignored).") var path: String
    @Argument(help: "The body to decode; - or nothing reads standard input.") var file: String?

    func run() async throws {
        let endpointPath = String(path.split(separator: "?", maxSplits: 1).first ?? "")
        let key = "\(method.uppercased()) \(endpointPath)"
        guard let type = API.responseTypes[key] else {
            throw ValidationError("\(key) is not a documented endpoint (see COVERAGE.md for the list)")
        }
        let data: Data
        if let file, file != "-" {
            guard let read = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            data = read
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        print(try Self.render(type, data))
    }

    /// Decodes with the model, then writes the model back with its own `Encodable` (OKX's wire
    /// form: decimals and times as strings), keys sorted so the output is stable.
    static func render<T: Codable & Sendable>(_ type: T.Type, _ data: Data) throws -> String {
        let value = try OKXDecoder().decodeResponse(type, from: data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
