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
            throw OKXError.invalidResponse("the data did not match \(Payload.self): \(describe(error))", status: response.status, body: Array(response.body), context: context)
        }
    }

    private static func parse(_ response: HTTPResponse, context: OKXError.RequestContext?) throws -> (JSONTape, Head) {
        let body = response.body
        if body.isEmpty {
            if response.status == 429 { throw rateLimited(response, context) }
            throw OKXError.invalidResponse("empty body (HTTP \(response.status))", status: response.status, body: [], context: context)
        }
        if let tape = try? JSONTape(body), let head = head(in: tape) { return (tape, head) }
        if response.status == 429 { throw rateLimited(response, context) }
        let text = String(decoding: body.prefix(256), as: UTF8.self).lowercased()
        let reason: String
        if text.contains("<html") || text.contains("<!doctype") || text.contains("<body") {
            reason = "an HTML page instead of OKX's JSON (HTTP \(response.status))"
        } else if body.first == UInt8(ascii: "{") || body.first == UInt8(ascii: "[") {
            reason = "truncated or malformed JSON (HTTP \(response.status), \(body.count) bytes)"
        } else {
            reason = "not JSON (HTTP \(response.status), \(body.count) bytes)"
        }
        throw OKXError.invalidResponse(reason, status: response.status, body: Array(body), context: context)
    }

    /// Nil when the document is JSON but not an envelope (no object, no usable `code`).
    private static func head(in tape: JSONTape) -> Head? {
        guard tape.token(0).kind == .object, let codeIndex = tape.member("code", in: 0) else { return nil }
        let decoder = TapeDecoder(tape: tape, index: 0)
        let code: String
        switch tape.token(codeIndex).kind {
        case .string, .escapedString:
            guard let text = try? decoder.decodeString(at: codeIndex) else { return nil }
            code = text
        case .number:
            guard let number = try? decoder.decodeInteger(Int.self, at: codeIndex) else { return nil }
            code = String(number)
        default:
            return nil
        }
        let msg = tape.member("msg", in: 0).flatMap { try? decoder.decodeString(at: $0) } ?? ""
        let data = tape.member("data", in: 0)
        var items: [Head.ItemStatus] = []
        if let data, tape.token(data).kind == .array {
            let array = tape.token(data)
            var element = data + 1
            while element < array.next {
                if tape.token(element).kind == .object {
                    func field(_ name: String) -> String? { tape.member(name, in: element).flatMap { try? decoder.decodeString(at: $0) } }
                    items.append(.init(sCode: field("sCode"), sMsg: field("sMsg"), subCode: field("subCode")))
                }
                element = tape.token(element).next
            }
        }
        return Head(code: code, msg: msg, items: items, data: data)
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
