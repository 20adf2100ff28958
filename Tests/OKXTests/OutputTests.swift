import Foundation
import Logging
import OKX
@testable import okx
import Testing

/// The CLI's one place of printing, tested directly: what the sweep (CLISecretSweepTests) sees
/// through the binary, here value by value.
@Suite struct OutputTests {
    @Test func humanTextIsEscapedAndLayoutIsKept() {
        #expect(Output.shown("BTC\u{1B}[2J-USDT\u{9B}") == #"BTC\u{1B}[2J-USDT\u{9B}"#)
        #expect(Output.shown("a\nb") == #"a\u{A}b"#, "a table cell or error field is one line")
        #expect(Output.shown("a\nb", keepingLineBreaks: true) == "a\nb", "Output.line keeps the caller's own line breaks")
    }

    @Test func jsonStaysValidAndDecodesToTheSameStrings() throws {
        let value = ["state": "live\u{9B}31m\u{7F}\u{202E}", "instId": "BTC-USDT"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let shown = Output.shownJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
        #expect(!shown.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(shown.contains(#"\u009b"#))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(shown.utf8)) == value)
    }

    @Test func profileSecretsAreRedactedOnceKnown() {
        let credentials = Credentials(apiKey: "0a1b2c3d-aaaa-4bbb-8ccc-0123456789ef", secretKey: "FEEDFACE0123456789ABCDEFFEEDFACE", passphrase: "Output-Test-Phrase")
        Output.protect(credentials)
        let shown = Output.shown("echo: Output-Test-Phrase 0a1b2c3d-aaaa-4bbb-8ccc-0123456789ef FEEDFACE0123456789ABCDEFFEEDFACE")
        #expect(shown == "echo: <redacted> 0a1b…89ef <redacted>")
    }

    @Test func verboseLogLinesAreMadeSafe() {
        let event = LogEvent(level: .warning, message: "ws error \u{1B}]0;x\u{7}", metadata: ["msg": .string("OK-ACCESS-PASSPHRASE: hunter22 \u{9B}")],
                             source: "test", file: #fileID, function: #function, line: #line)
        let safe = Output.SafeLogHandler.safe(event)
        #expect(safe.message.description == #"ws error \u{1B}]0;x\u{7}"#)
        #expect(safe.metadata?["msg"]?.description == #"OK-ACCESS-PASSPHRASE: <redacted> \u{9B}"#)
    }
}
