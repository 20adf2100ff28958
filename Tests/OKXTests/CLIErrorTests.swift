import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// Issue #12 through the built `okx` binary: errors honour `--json`, an order whose outcome is
/// unknown exits 7, decimal arguments are read strictly.
@Suite struct CLIErrorTests {
    /// stderr as the one JSON object `--json` promises (one line, nothing else).
    func errorJSON(_ r: CLI.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let lines = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("okx: ") }  // the trading announcement stays a line of text
        try #require(lines.count == 1, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let json = try #require(object, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        for key in ["code", "category", "message", "fix", "exitCode"] { #expect(json.keys.contains(key), "\(key) missing: \(r.stderr)", sourceLocation: sourceLocation) }
        #expect(json["exitCode"] as? Int == Int(r.status), sourceLocation: sourceLocation)
        return json
    }

    // MARK: 1. --json errors

    @Test func okxErrorIsOneJSONObjectOnStderrWithItsFix() async throws {
        try await withStartedSimulator { sim in
            let env = CLI.environment(sim, key: .demo, demo: true)
            sim.inject(.okxError(code: 51155), path: "/api/v5/trade/order")
            let r = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "100", "--json"], environment: env)
            #expect(r.status == 3 && r.stdout.isEmpty, "\(r.stderr)")
            let json = try errorJSON(r)
            #expect(json["code"] as? String == "51155" && json["httpStatus"] as? Int == 200, "\(json)")
            #expect((json["fix"] as? String)?.contains("region") == true, "the plain-language fix for 51155: \(json)")
            #expect((json["request"] as? String)?.contains("/api/v5/trade/order") == true)

            // The same failure without --json stays text for people.
            sim.inject(.okxError(code: 51155), path: "/api/v5/trade/order")
            let text = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "100"], environment: env)
            #expect(text.status == 3 && text.stderr.contains("error: OKX 51155") && text.stderr.contains("  fix: "), "\(text.stderr)")
        }
    }

    @Test func configurationAndUsageErrorsAreJSONToo() async throws {
        try await withStartedSimulator { sim in
            var env = CLI.environment(sim, key: .demo, demo: true)
            env["OKX_DEMO"] = "yes"
            let configuration = try await CLI.run(["balance", "--json"], environment: env)
            #expect(configuration.status == 6)
            let json = try errorJSON(configuration)
            #expect(json["category"] as? String == "configuration" && json["code"] is NSNull && json["outcome"] as? String == "not sent", "\(json)")
            #expect((json["message"] as? String)?.contains("OKX_DEMO") == true)

            // Refused while parsing (validate()), and refused by run() (live without --yes).
            let parse = try await CLI.run(["book", "BTC-USDT", "--depth", "0", "--json"], environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(parse.status == 2)
            let usage = try errorJSON(parse)
            #expect(usage["category"] as? String == "usage" && (usage["message"] as? String)?.contains("--depth") == true, "\(usage)")
            let live = try await CLI.run(["order", "cancel", "BTC-USDT", "--cl-ord-id", "x1", "--json"], environment: CLI.environment(sim, key: .live, demo: false))
            #expect(live.status == 2)
            #expect((try errorJSON(live)["message"] as? String)?.contains("--yes") == true)
            #expect(sim.orders().isEmpty)
        }
    }

    @Test func jsonErrorsCarryNoSecret() async throws {
        try await withStartedSimulator { sim in
            let key = SimulatedKey.demo
            // A gateway that echoes the request's headers into OKX's msg.
            sim.inject(.body(status: 200, #"{"code":"51000","msg":"Parameter error: OK-ACCESS-PASSPHRASE \#(key.passphrase) key \#(key.apiKey) secret \#(key.secretKey)","data":[]}"#,
                             afterProcessing: false), path: "/api/v5/account/balance")
            let r = try await CLI.run(["balance", "--json"], environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(r.status == 3)
            let json = try errorJSON(r)
            #expect(json["code"] as? String == "51000" && (json["message"] as? String)?.contains("<redacted>") == true, "\(json)")
            for secret in [key.passphrase, key.apiKey, key.secretKey] { #expect(!(r.stdout + r.stderr).contains(secret)) }
        }
    }

    // MARK: 2. outcome unknown: exit 7

    @Test func orderWhoseAnswerIsLostExitsSevenNotFour() async throws {
        try await withStartedSimulator { sim in
            // The placement is stored and its answer lost; the look-up that would settle it is
            // refused too, so the client cannot tell.
            sim.inject(.resetAfterProcessing, path: "/api/v5/trade/order")
            sim.inject(.okxError(code: 50120), path: "/api/v5/trade/order")
            let r = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "100", "--cl-ord-id", "lost7", "--json"],
                                      environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(r.status == 7, "\(r.status) \(r.stderr)")
            let json = try errorJSON(r)
            #expect(json["category"] as? String == "outcome unknown" && json["outcome"] as? String == "unknown" && json["clOrdId"] as? String == "lost7", "\(json)")
            #expect((json["fix"] as? String)?.contains("--cl-ord-id lost7") == true, "\(json)")
            #expect(sim.orders().filter { $0.clOrdId == "lost7" }.count == 1, "stored once; the CLI did not place it again")

            // A network failure that provably never reached OKX still exits 4.
            let closed = try ClosedPort()
            var env = CLI.environment(sim, key: .demo, demo: true)
            env["OKX_API_BASE_URL"] = "http://127.0.0.1:\(closed.port)"
            let refused = try await CLI.run(["ticker", "BTC-USDT", "--json"], environment: env)
            withExtendedLifetime(closed) {}
            #expect(refused.status == 4, "\(refused.stderr)")
            #expect(try errorJSON(refused)["outcome"] as? String == "not sent")
        }
    }

    @Test func helpListsExitCodeSeven() async throws {
        let r = try await CLI.run(["--help"], environment: ["HOME": "/nonexistent"])
        #expect(r.status == 0 && r.stdout.contains("7  outcome unknown"), "\(r.stdout)")
    }

    // MARK: 3. strict decimals

    static let malformed = ["1.2abc", "1e3", "1E-2", " 1", "1 ", "", "NaN", "nan", "+1", "-1", "1.", ".5", "1..2", "1.2.3", "0x10", "1,5", "١٢", "Infinity",
                            String(repeating: "9", count: 39)]

    @Test(arguments: malformed)
    func malformedSizeIsAUsageErrorNamingItAndNothingIsSent(text: String) async throws {
        try await withStartedSimulator { sim in
            let env = CLI.environment(sim, key: .demo, demo: true)
            // "--" and "=": a text starting with "-" reaches the command as the value, not as an option.
            let r = try await CLI.run(["order", "place", "BTC-USDT", "buy", "--price", "100", "--", text], environment: env)
            #expect(r.status == 2 && r.stderr.contains("SIZE must be a plain decimal number"), "\(text): \(r.status) \(r.stderr)")
            let value = { (option: String) in text.hasPrefix("-") ? ["\(option)=\(text)"] : [option, text] }
            let price = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01"] + value("--price") + ["--json"], environment: env)
            #expect(price.status == 2)
            #expect((try errorJSON(price)["message"] as? String)?.contains("--price must be a plain decimal number") == true)
            let amend = try await CLI.run(["order", "amend", "BTC-USDT", "--cl-ord-id", "a1"] + value("--size"), environment: env)
            #expect(amend.status == 2 && amend.stderr.contains("--size must be a plain decimal number"), "\(amend.stderr)")
            #expect(sim.requestCount(path: "/api/v5/trade/order") == 0 && sim.requestCount(path: "/api/v5/trade/amend-order") == 0)
            #expect(sim.orders().isEmpty)
        }
    }

    @Test func wellFormedDecimalsAreReadExactly() async throws {
        for (text, expected) in [("0.01", Decimal(1) / 100), ("65000", Decimal(65000)), ("007.50", Decimal(75) / 10), ("0", Decimal(0))] {
            #expect(DecimalDigits.strict(text) == expected, "\(text)")
        }
        // Past the fast path's 19 digits, still exact (checked against Foundation's reading of a vetted string).
        let long = "12345678901234567890.123456789"
        #expect(DecimalDigits.strict(long) == Decimal(string: long, locale: Locale(identifier: "en_US_POSIX")))
        #expect(DecimalDigits.strict("-1.5") == nil && DecimalDigits.strict("-1.5", allowingNegative: true) == Decimal(-15) / 10)
        #expect(DecimalDigits.strict("-", allowingNegative: true) == nil)
        for text in Self.malformed { #expect(DecimalDigits.strict(text) == nil, "\(text)") }
        for text in Self.malformed where text != "-1" { #expect(DecimalDigits.strict(text, allowingNegative: true) == nil, "\(text)") }

        try await withStartedSimulator { sim in
            let r = try await CLI.run(["order", "place", "BTC-USDT", "buy", "0.01", "--price", "100.5", "--cl-ord-id", "ok1", "--json"],
                                      environment: CLI.environment(sim, key: .demo, demo: true))
            #expect(r.status == 0, "\(r.stderr)")
            let order = try #require(sim.orders().first { $0.clOrdId == "ok1" })
            #expect(order.price == Decimal(1005) / 10)
        }
    }
}
