import Foundation

/// OKX's response envelope, `{"code":"0","msg":"","data":[…]}`, and everything that can be
/// wrong with it: non-zero codes, per-item `sCode`s, HTML pages, empty or truncated bodies.
enum Envelope {
    /// The envelope around the data: `code` (a string, or a number from some gateways), `msg`,
    /// and for order endpoints each item's `sCode`/`sMsg`/`subCode`.
    struct Head {
        var code: String
        var msg: String
        var items: [ItemStatus]
        /// Where `data` is in the tape, when there is one.
        var data: Int32?

        struct ItemStatus {
            var sCode: String?
            var sMsg: String?
            var subCode: String?
        }
    }

    /// Decodes `response` into `Payload`, or throws the `OKXError` it represents. One pass over
    /// the bytes (``JSONTape``) serves both the envelope check and the payload.
    static func decode<Payload: Decodable>(_ response: HTTPResponse, isBatch: Bool, context: OKXError.RequestContext?) throws -> Payload {
        let (tape, head) = try parse(response, context: context)
        if head.code != "0" {
            let partial = head.code == "1" || head.code == "2"
            if !(isBatch && partial) {
                // A single order fails as code 1 with the real reason in its item.
                if partial, let item = head.items.first(where: { ($0.sCode ?? "0") != "0" }), let sCode = item.sCode {
                    throw OKXError.api(code: OKXError.Code(string: sCode) ?? OKXError.Code(-1), subCode: item.subCode.flatMap { Int($0) },
                                       message: item.sMsg ?? "", httpStatus: response.status, context: context)
                }
                throw OKXError.api(code: OKXError.Code(string: head.code) ?? OKXError.Code(-1), message: head.msg, httpStatus: response.status, context: context)
            }
        }
        do {
            guard let data = head.data else {
                throw DecodingError.keyNotFound(TapeKey(stringValue: "data"), .init(codingPath: [], debugDescription: "No value associated with key \"data\"."))
            }
            return try TapeDecoder(tape: tape, index: data).decodeValue(Payload.self, at: data)
        } catch {
            // The decoding error can quote a value whole (a 30 MB number): keep its start only.
            let reason = UntrustedText.bounded(describe(error), limit: 512)
            // The envelope was fine, so the base URL is too: the advice is about the data's shape.
            throw OKXError.invalidResponse("the data did not match \(Payload.self): \(reason)", status: response.status, body: response.body, context: context,
                                           fix: "OKX answered, but its data has a shape this version of swift-okx does not expect (a field missing or of another type). "
                                               + "Update swift-okx, or read the raw data with client.send(_:_:query:body:auth:idempotency:) or `okx request`; report it if it persists.")
        }
    }

    private static func parse(_ response: HTTPResponse, context: OKXError.RequestContext?) throws -> (JSONTape, Head) {
        let body = response.body
        if body.isEmpty {
            if response.status == 429 { throw rateLimited(response, context) }
            throw OKXError.invalidResponse("empty body (HTTP \(response.status))", status: response.status, body: body, context: context)
        }
        let reason: String
        if let tape = try? JSONTape(body) {
            switch head(in: tape) {
            case .success(let head): return (tape, head)
            case .failure(let problem):
                if response.status == 429 { throw rateLimited(response, context) }
                reason = "\(problem.description) (HTTP \(response.status), \(body.count) bytes)"
            }
        } else {
            if response.status == 429 { throw rateLimited(response, context) }
            let text = String(decoding: body.prefix(256), as: UTF8.self).lowercased()
            if text.contains("<html") || text.contains("<!doctype") || text.contains("<body") {
                reason = "an HTML page instead of OKX's JSON (HTTP \(response.status))"
            } else if body.first == UInt8(ascii: "{") || body.first == UInt8(ascii: "[") {
                reason = "truncated or malformed JSON (HTTP \(response.status), \(body.count) bytes)"
            } else {
                reason = "not JSON (HTTP \(response.status), \(body.count) bytes)"
            }
        }
        throw OKXError.invalidResponse(reason, status: response.status, body: body, context: context)
    }

    /// Why well-formed JSON is not OKX's envelope.
    enum HeadProblem: Error, CustomStringConvertible {
        case notAnObject(String)
        case codeMissing
        case codeOfWrongType(String)
        case codeNotANumber(String)

        var description: String {
            switch self {
            case .notAnObject(let kind): return "JSON but not OKX's envelope: the document is \(kind), not an object with code, msg and data"
            case .codeMissing: return "a JSON object without the envelope's code field"
            case .codeOfWrongType(let kind): return "the envelope's code field is \(kind), not a string or an integer"
            case .codeNotANumber(let text): return "the envelope's code field \"\(text)\" is not a number"
            }
        }
    }

    /// How much of `code` is read: OKX's longest codes (`51008_1000`) have ten characters.
    static let codeLimit = 32

    /// The envelope's fields, or what keeps the document from being one.
    private static func head(in tape: JSONTape) -> Result<Head, HeadProblem> {
        guard tape.token(0).kind == .object else { return .failure(.notAnObject(kindName(tape.token(0).kind))) }
        guard let codeIndex = tape.member("code", in: 0) else { return .failure(.codeMissing) }
        let code: String
        switch tape.token(codeIndex).kind {
        case .string, .escapedString:
            code = boundedString(tape, codeIndex, limit: codeLimit)
            guard OKXError.Code(string: code) != nil else { return .failure(.codeNotANumber(code)) }
        case .number:
            // Bounded before parsing: a 30 MB number is neither read whole nor quoted whole.
            let digits = tape.withBytes(of: codeIndex) { UntrustedText.bounded(utf8: $0, limit: codeLimit) }
            guard let number: Int = tape.withBytes(of: codeIndex, { TapeDecoder.integer($0, allowPlus: false) }) else {
                return .failure(.codeNotANumber(digits))
            }
            code = String(number)
        case let kind:
            return .failure(.codeOfWrongType(kindName(kind)))
        }
        let msg = tape.member("msg", in: 0).map { boundedString(tape, $0) } ?? ""
        let data = tape.member("data", in: 0)
        var items: [Head.ItemStatus] = []
        // The items' sCode/sMsg only matter when the envelope's code says something failed;
        // looking them up in every item of a large success was a tenth of a small decode.
        if code != "0", let data, tape.token(data).kind == .array {
            let array = tape.token(data)
            var element = data + 1
            while element < array.next {
                if tape.token(element).kind == .object {
                    func field(_ name: String, limit: Int) -> String? { tape.member(name, in: element).map { boundedString(tape, $0, limit: limit) } }
                    items.append(.init(sCode: field("sCode", limit: codeLimit), sMsg: field("sMsg", limit: UntrustedText.messageLimit),
                                       subCode: field("subCode", limit: codeLimit)))
                }
                element = tape.token(element).next
            }
        }
        return .success(Head(code: code, msg: msg, items: items, data: data))
    }

    private static func kindName(_ kind: JSONTape.Kind) -> String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string, .escapedString: return "a string"
        case .number: return "a number"
        case .true, .false: return "a boolean"
        case .null: return "null"
        }
    }

    /// A string field as the server sent it, read only up to `limit` bytes: escapes resolved,
    /// invalid UTF-8 and lone surrogates replaced by U+FFFD instead of failing, so a message
    /// with one bad byte is still shown rather than replaced by OKX's unfilled template. A
    /// field that is not a string is shown as its raw JSON text (a number as `msg`).
    static func boundedString(_ tape: JSONTape, _ index: Int32, limit: Int = UntrustedText.messageLimit) -> String {
        let kind = tape.token(index).kind
        guard kind == .string || kind == .escapedString || kind == .number else { return "" }
        return tape.withBytes(of: index) { raw -> String in
            if kind != .escapedString { return UntrustedText.bounded(utf8: raw, limit: limit) }
            var out: [UInt8] = []
            out.reserveCapacity(min(raw.count, limit + 4))
            var i = 0
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var value: UInt32 = 0
                for k in 0..<4 {
                    let b = raw[at + k]
                    let digit: UInt8
                    switch b {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                    default: return nil
                    }
                    value = value << 4 | UInt32(digit)
                }
                return value
            }
            let replacement = Array("\u{FFFD}".utf8)
            // Stops a few bytes past the limit so the final cut can drop a split character.
            while i < raw.count && out.count <= limit + 4 {
                let byte = raw[i]
                guard byte == UInt8(ascii: "\\"), i + 1 < raw.count else { out.append(byte); i += 1; continue }
                let escape = raw[i + 1]
                i += 2
                switch escape {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4(i) else { out += replacement; continue }
                    i += 4
                    if (0xD800..<0xDC00).contains(scalar), i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                       let low = hex4(i + 2), (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    if let unicode = Unicode.Scalar(scalar) { out += Array(String(unicode).utf8) } else { out += replacement }
                default: out.append(escape)  // \" \\ \/ and anything a lenient reader keeps as is
                }
            }
            guard i < raw.count || out.count > limit else { return String(decoding: out, as: UTF8.self) }
            // The marker counts the server's bytes left unread as well as those read but not kept.
            let kept = UntrustedText.cut(Array(out.prefix(limit)))
            return String(decoding: kept, as: UTF8.self) + UntrustedText.truncationMarker(moreBytes: raw.count - i + out.count - kept.count)
        }
    }

    private static func rateLimited(_ response: HTTPResponse, _ context: OKXError.RequestContext?) -> OKXError {
        .api(code: .rateLimited, message: "HTTP 429 Too Many Requests", httpStatus: 429, context: context)
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ c: DecodingError.Context) -> String { c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() }
        switch error {
        case .typeMismatch(let type, let c): return "\(path(c)): expected \(type). \(c.debugDescription)"
        case .valueNotFound(let type, let c): return "\(path(c)): missing \(type). \(c.debugDescription)"
        case .keyNotFound(let key, let c): return "\(path(c)).\(key.stringValue): missing"
        case .dataCorrupted(let c): return "\(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
