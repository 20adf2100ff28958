import Foundation

/// OKX's response envelope, `{"code":"0","msg":"","data":[…]}`, and everything that can be
/// wrong with it: non-zero codes, per-item `sCode`s, HTML pages, empty or truncated bodies.
enum Envelope {
    /// The envelope without its data, tolerant of `code` as a number (some gateways send that).
    struct Head: Decodable {
        var code: String
        var msg: String
        var items: [ItemStatus]

        struct ItemStatus: Decodable {
            var sCode: String?
            var sMsg: String?
            var subCode: String?
        }

        enum CodingKeys: String, CodingKey { case code, msg, data }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let text = try? c.decode(String.self, forKey: .code) {
                code = text
            } else {
                code = String(try c.decode(Int.self, forKey: .code))
            }
            msg = (try? c.decodeIfPresent(String.self, forKey: .msg)) ?? ""
            items = (try? c.decodeIfPresent([ItemStatus].self, forKey: .data)) ?? []
        }
    }

    struct Body<Payload: Decodable>: Decodable {
        var data: Payload
    }

    /// Decodes `response` into `Payload`, or throws the `OKXError` it represents.
    static func decode<Payload: Decodable>(_ response: HTTPResponse, isBatch: Bool, context: OKXError.RequestContext?) throws -> Payload {
        let head = try head(of: response, context: context)
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
            return try JSONDecoder().decode(Body<Payload>.self, from: response.body).data
        } catch {
            throw OKXError.invalidResponse("the data did not match \(Payload.self): \(describe(error))", status: response.status, body: Array(response.body), context: context)
        }
    }

    static func head(of response: HTTPResponse, context: OKXError.RequestContext?) throws -> Head {
        let body = response.body
        if body.isEmpty {
            if response.status == 429 { throw rateLimited(response, context) }
            throw OKXError.invalidResponse("empty body (HTTP \(response.status))", status: response.status, body: [], context: context)
        }
        do {
            return try JSONDecoder().decode(Head.self, from: body)
        } catch {
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
