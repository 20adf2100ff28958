import Foundation
@testable import OKX
import Testing

/// A client against a server that answers what no OKX would: every answer below must become a
/// typed, bounded, printable `OKXError` whose diagnosis names the real cause; none may trap.
@Suite struct HostileResponseTests {
    static let key = Credentials(apiKey: "c0ffee00-1234-4abc-9def-0123456789ab", secretKey: "DEADBEEF0123456789ABCDEFDEADBEEF",
                                 passphrase: "Hostile-Pass!phrase")

    /// A client for `server`, with credentials, no retries and room for large test bodies.
    func client(_ server: HostileServer, maxResponseBytes: Int = 32 << 20) throws -> OKXClient {
        var config = OKXClient.Configuration(environment: .demo, baseURL: server.baseURL, credentials: Self.key)
        config.retry = .none
        config.clock.samples = 1
        config.transport.maxResponseBytes = maxResponseBytes
        return try OKXClient(configuration: config)
    }

    static func nowMilliseconds() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func timeAnswer(_ ts: String) -> [UInt8] { HostileServer.json(#"{"code":"0","msg":"","data":[{"ts":"\#(ts)"}]}"#) }

    /// Answers the time endpoint correctly and everything else with `answer`.
    static func server(_ answer: @escaping @Sendable (HostileServer.Request) -> [UInt8]) throws -> HostileServer {
        try HostileServer { request in
            request.target.hasPrefix("/api/v5/public/time") ? timeAnswer(String(nowMilliseconds())) : answer(request)
        }
    }

    // MARK: Finding 7: implausible server times

    static let implausibleTimes: [String] = [
        "9300000000000000",  // ≥ 9.2e15: ts × 1000 overflowed Int64 and trapped
        "9223372036854775807",
        "0",
        "-5",
        String(nowMilliseconds() + 1_600 * 31_557_600_000),  // 1,600 years ahead
        String(nowMilliseconds() + 2 * 31_557_600_000),  // a real date, but an offset of two years
    ]

    @Test(arguments: implausibleTimes)
    func implausibleServerTimeIsAnInvalidResponseAndNothingIsSigned(ts: String) async throws {
        let server = try HostileServer { request in
            request.target.hasPrefix("/api/v5/public/time") ? Self.timeAnswer(ts) : HostileServer.json(#"{"code":"0","msg":"","data":[]}"#)
        }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.TradingAccount.getBalance()) })
        #expect(error.category == .invalidResponse, "\(error)")
        #expect(error.message.contains("server time"))
        #expect(client.clock.measurement == nil)
        #expect(!server.requests.contains { $0.target.hasPrefix("/api/v5/account") }, "no request was signed with that offset")
        await client.shutdown()
    }

    @Test func theClockCheckNeverTrapsOnExtremeValues() throws {
        for server in [Int64.max, Int64.min, 0, -1, ServerClock.plausibleServerTimes.upperBound + 1] {
            for local in [Int64.max, Int64.min, 0, Self.nowMilliseconds()] {
                #expect(throws: OKXError.self) { try ServerClock.checkPlausible(server: server, local: local, maximumOffset: .seconds(366 * 86_400)) }
            }
        }
        let now = Self.nowMilliseconds()
        try ServerClock.checkPlausible(server: now + 45_000, local: now, maximumOffset: .seconds(366 * 86_400))
        #expect(throws: OKXError.self) { try ServerClock.checkPlausible(server: now + 45_000, local: now, maximumOffset: .seconds(10)) }
    }

    // MARK: Finding 8: control characters

    @Test func controlCharactersFromTheServerAreEscapedInEveryErrorString() async throws {
        let hostile = "retitled\u{1B}]0;pwned\u{07} cleared\u{1B}[2J del\u{7F} csi\u{9B}31m bidi\u{202E}"
        let server = try Self.server { _ in HostileServer.json(#"{"code":"51000","msg":\#(HostileServer.literal(hostile)),"data":[]}"#) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.code == .parameterError)
        for text in [error.message, error.description, error.fix, String(reflecting: error)] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x7F || $0.value == 0x9B || $0.value == 0x202E }, "\(text)")
        }
        #expect(error.message.contains(#"retitled\u{1B}]0;pwned\u{7} cleared\u{1B}[2J del\u{7F} csi\u{9B}31m bidi\u{202E}"#))
        await client.shutdown()
    }

    // MARK: Finding 9: unbounded server text

    @Test func aHugeMessageIsKeptToItsStartWithTheRestCounted() async throws {
        let huge = String(repeating: "x", count: 1 << 20)
        let server = try Self.server { _ in HostileServer.json(#"{"code":"51000","msg":"\#(huge)","data":[]}"#) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.message.utf8.count <= UntrustedText.messageLimit + 40)
        #expect(error.message.hasSuffix("…(\((1 << 20) - UntrustedText.messageLimit) bytes more)"))
        #expect(error.description.utf8.count < 4 * UntrustedText.messageLimit)
        await client.shutdown()
    }

    @Test func aHugeEscapedMessageIsBoundedToo() async throws {
        let huge = String(repeating: #"\u00e9\n"#, count: 1 << 15)
        let server = try Self.server { _ in HostileServer.json(#"{"code":"51000","msg":"\#(huge)","data":[]}"#) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.message.contains("é\\u{A}é"))
        #expect(error.message.contains("bytes more)"))
        #expect(error.message.utf8.count < 3 * UntrustedText.messageLimit)
        await client.shutdown()
    }

    @Test func aHugeNumberInTheDataIsQuotedOnlyInPart() async throws {
        let digits = String(repeating: "9", count: 256 << 10)
        let server = try Self.server { _ in
            HostileServer.json(#"{"code":"0","msg":"","data":[{"instId":"BTC-USDT","instType":"SPOT","last":"\#(digits)","ts":"1700000000000"}]}"#)
        }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.category == .invalidResponse)
        #expect(error.message.utf8.count < 1024, "\(error.message.utf8.count) bytes")
        #expect((error.bodyExcerpt?.utf8.count ?? 0) < 400)
        await client.shutdown()
    }

    @Test func aHugeNumericCodeIsNotReadWhole() async throws {
        let digits = String(repeating: "7", count: 64 << 10)
        let server = try Self.server { _ in HostileServer.json(#"{"code":\#(digits),"msg":"","data":[]}"#) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.category == .invalidResponse)
        #expect(error.message.contains("code field") && error.message.contains("is not a number"))
        #expect(error.message.utf8.count < 512)
        await client.shutdown()
    }

    // MARK: Finding 15: each failure explained by its real cause

    @Test(arguments: [
        (#"{"msg":"","data":[]}"#, "without the envelope's code field"),
        (#"{"code":true,"msg":"","data":[]}"#, "code field is a boolean"),
        (#"{"code":null,"msg":"","data":[]}"#, "code field is null"),
        (#"{"code":"zero","msg":"","data":[]}"#, #"code field "zero" is not a number"#),
        (#"[{"code":"0"}]"#, "the document is an array"),
    ])
    func wellFormedJSONThatIsNotAnEnvelopeSaysWhatIsWrong(body: String, diagnosis: String) async throws {
        let server = try Self.server { _ in HostileServer.json(body) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.category == .invalidResponse)
        #expect(error.message.contains(diagnosis), "\(error.message)")
        #expect(!error.message.contains("truncated or malformed"))
        await client.shutdown()
    }

    @Test func aMessageWithInvalidUTF8KeepsTheServersWords() async throws {
        let body = Array(#"{"code":"51000","msg":"Parameter "#.utf8) + [0xFF, 0xFE] + Array(#" instId error","data":[]}"#.utf8)
        let server = try Self.server { _ in HostileServer.json(bytes: body) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.message == "Parameter \u{FFFD}\u{FFFD} instId error")
        #expect(!error.message.contains("{param0}"))
        await client.shutdown()
    }

    @Test func brokenGzipIsAnInvalidResponseNotAURLProblem() async throws {
        let server = try Self.server { _ in
            HostileServer.response(headers: ["Content-Type: application/json", "Content-Encoding: gzip"], body: [0x1F, 0x8B, 0x08, 0x00] + Array("not gzip at all".utf8))
        }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.category == .invalidResponse)
        #expect(error.transportError?.kind == .invalidResponse)
        #expect(error.transportError?.curlCode == 61)
        #expect(!error.fix.contains("https://") && error.fix.contains("Content-Encoding"))
        await client.shutdown()
    }

    @Test(arguments: [#"{"code":"0","msg":"","data":[]}"#, "HTTP/9 200 OK\r\n\r\n{}"])
    func aReplyWithoutAnHTTPStatusLineIsAnInvalidResponse(raw: String) async throws {
        let server = try Self.server { _ in Array(raw.utf8) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.category == .invalidResponse, "\(error)")
        #expect(error.transportError?.kind == .invalidResponse)
        #expect(!error.fix.contains("https://"))
        await client.shutdown()
    }

    @Test(arguments: [true, false])
    func anOversizedResponseHeaderIsNamedAsSuch(oneLine: Bool) async throws {
        // 1 MB: ten times libcurl's limit for one line (the finding used 10 MB; the cause is the same).
        let headers = oneLine ? ["X-Huge: " + String(repeating: "h", count: 1 << 20)]
            : Array(repeating: "X-Many: " + String(repeating: "m", count: 100), count: 4_000)
        let server = try Self.server { _ in HostileServer.response(headers: headers, body: Array(#"{"code":"0","msg":"","data":[]}"#.utf8)) }
        defer { server.stop() }
        let client = try client(server)
        let error = try #require(await okxError { _ = try await client.first(API.MarketData.ticker(.init(instId: "BTC-USDT"))) })
        #expect(error.transportError?.kind == .headerTooLarge, "\(error)")
        #expect(error.category == .invalidResponse)
        #expect(error.fix.contains("header"))
        #expect(!error.fix.lowercased().contains("out of memory"))
        await client.shutdown()
    }

    /// The causes libcurl reports under one code, told apart by its message (curl 7.88 and 8.x texts).
    @Test(arguments: [
        (Int32(1), "Received HTTP/0.9 when not allowed", TransportError.Kind.invalidResponse),
        (1, "Unsupported HTTP version in response", .invalidResponse),
        (1, "Protocol \"ftp\" not supported or disabled in libcurl", .invalidURL),
        (3, "", .invalidURL),
        (8, "", .invalidResponse),
        (61, "Error while processing content unencoding: invalid code lengths set", .invalidResponse),
        (27, "", .headerTooLarge),
        (27, "Avoided giant realloc for header (max is 102400)!", .headerTooLarge),
        (27, "failed to allocate the connection cache", .outOfMemory),
        (56, "Too large response headers: 307217 > 307200", .headerTooLarge),
        (56, "Recv failure: Connection reset by peer", .connectionLost),
        (100, "", .headerTooLarge),
        (7, "Failed to connect", .connect),
    ])
    func curlFailuresAreClassifiedByTheirCause(code: Int32, buffer: String, kind: TransportError.Kind) {
        let error = TransportError(curlCode: code, errorBuffer: buffer, requestSent: true, maxResponseBytes: 1000)
        #expect(error.kind == kind)
        #expect(error.curlCode == Int(code))
        #expect(!error.message.isEmpty)
        #expect(error.requestMayHaveReachedServer == (kind != .connect))
    }

    @Test func theOutcomeUnknownFixSuitsTheCLIAndTheLibrary() {
        let error = OKXError.outcomeUnknown(clientOrderID: "abc123", cause: "x", transportError: nil, context: nil, instrumentID: "BTC-USDT")
        #expect(error.fix.contains("okx order get BTC-USDT --cl-ord-id abc123"))
        #expect(error.fix.contains(#"client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: "abc123")))"#))
    }

    // MARK: Findings 10 and 12: secrets echoed back

    /// Every request header, the secret ones first, as a proxy that reflects requests would.
    static func echo(_ request: HostileServer.Request) -> String {
        request.headerLines.sorted { $0.uppercased().hasPrefix("OK-ACCESS") && !$1.uppercased().hasPrefix("OK-ACCESS") }.joined(separator: "; ")
    }

    @Test func secretsEchoedIntoMessagesAndPagesAreRedacted() async throws {
        let answers: [@Sendable (HostileServer.Request) -> [UInt8]] = [
            { HostileServer.json(#"{"code":"50113","msg":\#(HostileServer.literal(Self.echo($0))),"data":[]}"#) },
            // Success, but data that fits neither model: the echo travels in the body excerpt.
            { HostileServer.json(#"{"code":"0","msg":"","data":[{"note":\#(HostileServer.literal(Self.echo($0))),"details":{"x":1},"ordId":{"x":1}}]}"#) },
            { HostileServer.response(status: 502, headers: ["Content-Type: text/html"], body: Array("<html><pre>\(Self.echo($0))</pre></html>".utf8)) },
            { HostileServer.json(#"{"code":"1","msg":"","data":[{"sCode":"51000","sMsg":\#(HostileServer.literal(Self.echo($0)))}]}"#) },
            // Cut by the message bound in the middle of the passphrase.
            { _ in HostileServer.json(#"{"code":"51000","msg":"\#(String(repeating: "a", count: UntrustedText.messageLimit - 6))\#(Self.key.passphraseForLogin)","data":[]}"#) },
        ]
        var texts: [String] = []
        var servers: [HostileServer] = []
        for answer in answers {
            let server = try Self.server(answer)
            servers.append(server)
            let client = try client(server)
            for call in [{ _ = try await client.first(API.TradingAccount.getBalance()) }, { _ = try await client.first(API.Trade.orderDetails(.init(instId: "BTC-USDT", clOrdId: "x1"))) }] as [() async throws -> Void] {
                let error = try #require(await okxError(call))
                var dumped = ""
                dump(error, to: &dumped)
                texts += [error.description, String(reflecting: error), dumped, error.message, error.fix, error.bodyExcerpt ?? ""]
            }
            await client.shutdown()
        }
        let signatures = servers.flatMap(\.requests).compactMap { $0.header("OK-ACCESS-SIGN") }
        #expect(signatures.count >= 8)
        #expect(texts.contains { $0.contains(Credentials.mask(Self.key.apiKey)) }, "the key is still recognisable by its masked form")
        for text in texts { Self.expectNoSecret(in: text, signatures: signatures) }
        for server in servers { server.stop() }
    }

    static func expectNoSecret(in text: String, signatures: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains(key.apiKey), "full API key in: \(text.prefix(300))", sourceLocation: sourceLocation)
        #expect(!text.contains(key.passphraseForLogin), "passphrase in: \(text.prefix(300))", sourceLocation: sourceLocation)
        #expect(!text.contains(String(key.passphraseForLogin.prefix(5))), "start of the passphrase in: \(text.suffix(300))", sourceLocation: sourceLocation)
        #expect(!text.contains("DEADBEEF0123456789ABCDEFDEADBEEF"), sourceLocation: sourceLocation)
        for signature in signatures {
            #expect(!text.contains(signature) && !text.contains(signature.replacingOccurrences(of: "/", with: "\\/")), "signature in: \(text.prefix(300))", sourceLocation: sourceLocation)
        }
    }

    @Test func anHTTPRequestPrintsWithoutItsCredentials() {
        let signer = Signer(credentials: Self.key)
        let body = Array(#"{"instId":"BTC-USDT"}"#.utf8)
        let headers = signer.headers(timestamp: "2026-01-01T00:00:00.000Z", method: .post, requestPath: "/api/v5/trade/order", body: body)
        let signature = try? #require(headers.first { $0.name == "OK-ACCESS-SIGN" }?.value)
        let request = HTTPRequest(method: .post, url: "https://www.okx.com/api/v5/trade/order", headers: headers, body: body)
        var dumped = ""
        dump(request, to: &dumped)
        var dumpedHeaders = ""
        dump(request.headers, to: &dumpedHeaders)
        let shown = [request.description, request.debugDescription, String(describing: request), String(reflecting: request), dumped,
                     "\(request.headers)", dumpedHeaders, String(reflecting: Mirror(reflecting: request).children.map { $0.value })]
        for text in shown {
            Self.expectNoSecret(in: text, signatures: [signature ?? "?"])
            #expect(text.contains("c0ff…89ab") || text.contains("bytes"), "\(text)")
        }
        #expect(request.description.contains(#"{"instId":"BTC-USDT"}"#), "the body is kept")
        #expect(request.headers.first { $0.name == "OK-ACCESS-PASSPHRASE" }?.value == Self.key.passphraseForLogin, "only the display is redacted")
    }
}

@Suite struct UntrustedTextTests {
    @Test func boundingCountsWhatWasLeftAndNeverSplitsACharacter() {
        #expect(UntrustedText.bounded("short", limit: 10) == "short")
        #expect(UntrustedText.bounded("abcdefghij", limit: 4) == "abcd…(6 bytes more)")
        // "é" is two bytes: a limit of 3 cuts the second one, which is dropped rather than garbled.
        #expect(UntrustedText.bounded("aéé", limit: 4) == "aé…(2 bytes more)")
        #expect(UntrustedText.bounded(utf8: Array("a😀b".utf8), limit: 3) == "a…(5 bytes more)")
    }

    @Test func controlCharactersAreWrittenVisibly() {
        #expect(UntrustedText.escapingControlCharacters("a\u{1B}[31mb\u{9B}c\u{7F}\u{0}") == #"a\u{1B}[31mb\u{9B}c\u{7F}\u{0}"#)
        #expect(UntrustedText.escapingControlCharacters("line\nnext\ttab") == #"line\u{A}next\u{9}tab"#)
        #expect(UntrustedText.escapingControlCharacters("line\nnext\r", keepingLineBreaks: true) == "line\nnext\\u{D}")
        #expect(UntrustedText.escapingControlCharacters("日本語 ok é") == "日本語 ok é")
    }

    @Test func theRedactorFindsSecretsInEveryForm() {
        let redactor = SecretRedactor(secrets: ["pa/ss\"word", "s3cr3t"], apiKeys: ["c0ffee00-1234-4abc-9def-0123456789ab"])
        #expect(redactor.redact("p=pa/ss\"word") == "p=<redacted>")
        #expect(redactor.redact(#"{"p":"pa\/ss\"word"}"#) == #"{"p":"<redacted>"}"#)
        #expect(redactor.redact("S3CR3T and s3cr3t") == "<redacted> and <redacted>")
        #expect(redactor.redact("key C0FFEE00-1234-4ABC-9DEF-0123456789AB") == "key c0ff…89ab")
        #expect(redactor.redact("cut: aaaa s3cr…(20 bytes more)") == "cut: aaaa <redacted>…(20 bytes more)")
        #expect(redactor.redact("nothing here") == "nothing here")
        // Labelled values are redacted even when the redactor never heard of them.
        let none = SecretRedactor.none
        #expect(none.redact("OK-ACCESS-SIGN: abc+/def=; Host: x") == "OK-ACCESS-SIGN: <redacted>; Host: x")
        #expect(none.redact(#"{"ok-access-passphrase":"hunter22","other":"ok"}"#) == #"{"ok-access-passphrase":"<redacted>","other":"ok"}"#)
        #expect(none.redact(#"{"OK-ACCESS-SIGN":"ab\/cd=="}"#) == #"{"OK-ACCESS-SIGN":"<redacted>"}"#)
        #expect(none.redact("OK-ACCESS-KEY=abcd&x=1") == "OK-ACCESS-KEY=<redacted>&x=1")
        #expect(none.redact("OK-ACCESS-TIMESTAMP: 2020-01-01T00:00:00.000Z") == "OK-ACCESS-TIMESTAMP: 2020-01-01T00:00:00.000Z")
    }
}
