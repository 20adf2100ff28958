import Foundation
import OKX

/// Printing: aligned tables for people, JSON for programs, errors with their fix on stderr.
enum Output {
    static func line(_ text: String = "") { print(text) }

    /// Written at once, even into a pipe or file (`okx sim > log` must show its URL immediately).
    static func unbuffered(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }

    static func error(_ error: OKXError) {
        var text = "error: "
        if let code = error.code { text += "OKX \(code)\(error.subCode.map { "_\($0)" } ?? "") " }
        text += "[\(error.category)] \(error.message)\n"
        if let context = error.context { text += "  request: \(context)\n" }
        if let excerpt = error.bodyExcerpt { text += "  body: \(excerpt)\n" }
        text += "  fix: \(error.fix)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints rows as columns aligned on the widest cell; the first row is the header.
    static func table(_ rows: [[String]]) {
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
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A duration in milliseconds with two decimals, exact (no binary floating point).
    static func milliseconds(_ duration: Duration) -> Decimal {
        let (seconds, atto) = duration.components
        let tenMicros = seconds * 100_000 + atto / 10_000_000_000_000
        return Decimal(tenMicros) / 100
    }

    static func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "-" }

    static func iso(_ date: Date?) -> String { date.map { OKXTimestamp.iso8601(epochMilliseconds: Int64(($0.timeIntervalSince1970 * 1000).rounded())) } ?? "-" }
}
