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
            model holds (decimals as strings, times as epoch milliseconds, absent fields left out). \
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
        let value = try Self.decode(type, data)
        print(ModelJSON.render(value))
    }

    static func decode<T: Decodable & Sendable>(_ type: T.Type, _ data: Data) throws -> T {
        try OKXDecoder().decodeResponse(type, from: data)
    }
}

/// A decoded model written back as JSON from what it holds, by reflection: property names as
/// the keys, `Decimal` as its exact string, `Date` as epoch milliseconds, value sets as their raw
/// string, nil left out. Output only; the models are not required to be `Encodable`.
enum ModelJSON {
    static func render(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        switch value {
        case let decimal as Decimal: out += quote(decimal.description)
        case let date as Date: out += quote(String(Int64((date.timeIntervalSince1970 * 1000).rounded())))
        case let string as String: out += quote(string)
        case let bool as Bool: out += bool ? "true" : "false"
        case let int as Int: out += String(int)
        case let int as Int64: out += String(int)
        case let raw as any RawRepresentable<String>: out += quote(raw.rawValue)
        case let json as JSONValue: out += String(decoding: (try? JSONEncoder().encode(json)) ?? Data("null".utf8), as: UTF8.self)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let wrapped = mirror.children.first?.value { write(wrapped, into: &out) } else { out += "null" }
            case .collection, .set:
                out += "["
                for (i, child) in mirror.children.enumerated() {
                    if i > 0 { out += "," }
                    write(child.value, into: &out)
                }
                out += "]"
            default:
                out += "{"
                var first = true
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    if case .optional = Mirror(reflecting: child.value).displayStyle, Mirror(reflecting: child.value).children.isEmpty { continue }
                    if !first { out += "," }
                    first = false
                    out += quote(label.hasPrefix("_") ? String(label.dropFirst()) : label) + ":"
                    write(child.value, into: &out)
                }
                out += "}"
            }
        }
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
