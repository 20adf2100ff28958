public import Foundation

/// The SDK's JSON decoder, for bytes that did not come through ``OKXClient``: recorded
/// responses, messages from your own transport, files. It decodes any `Decodable` type and
/// accepts exactly what Foundation's `JSONDecoder` accepts, with the same results (the test
/// suite checks this, fuzzing included), in one pass and several times faster on OKX payloads.
///
/// ```swift
/// let balances = try OKXDecoder().decodeResponse([AccountBalance].self, from: body)
/// ```
public struct OKXDecoder: Sendable {
    /// A decoder. It has no settings and holds no state, so one instance can be shared and reused.
    public init() {}

    /// Decodes `type` from a JSON document. Throws `DecodingError`, as `JSONDecoder` would.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try TapeDecoder.decode(type, from: data)
    }

    /// Decodes the `data` of an OKX REST envelope (`{"code":"0","msg":"","data":[…]}`).
    /// A non-zero `code`, an HTML page or a malformed body throws the same ``OKXError`` the
    /// client would.
    public func decodeResponse<T: Decodable>(_ type: T.Type, from data: Data, status: Int = 200) throws -> T {
        try Envelope.decode(HTTPResponse(status: status, body: data), isBatch: false, context: nil)
    }
}
