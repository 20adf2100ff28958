import Foundation
import Synchronization

/// One REST call as a value: method, path, parameters, and what the response decodes to.
///
/// Authentication, permission and rate limit are not repeated here: they come from OKX's
/// documented table (``EndpointSpec/catalog``) by method and path, so a typed endpoint cannot
/// disagree with the docs. Every documented endpoint has a generated one under ``API``:
///
/// ```swift
/// let tickers = try await okx.send(API.MarketData.ticker(.init(instId: "BTC-USDT")))
/// ```
public struct Endpoint<Response: Decodable & Sendable>: Sendable {
    /// HTTP method to send with.
    public var method: HTTPMethod
    /// The path without query, e.g. `/api/v5/account/balance`.
    public var path: String
    /// Query parameters in the order they are sent (and signed).
    public var query: [QueryItem]
    /// The exact JSON bytes sent (and signed), for POST.
    public var body: [UInt8]?
    /// Whether the request is signed; from the catalog unless set explicitly.
    public var auth: EndpointSpec.Authentication
    /// What may happen if the request is repeated; decides retries.
    public var idempotency: Idempotency
    /// True for endpoints that answer per item (`sCode`/`sMsg`), where top-level codes 1 and 2
    /// mean "all failed" and "some failed" and the items say which.
    public var isBatch: Bool
    /// The instrument of each item, for limits counted per instrument (order entry) and for
    /// batches counted per order. Taken from an `instId` query parameter when not given.
    public var instruments: [String]
    /// For endpoints that accept OKX's `expTime` (order placement and amendment): how long the
    /// request stays valid. The pipeline sends `expTime` = the signing time on OKX's clock plus
    /// this, so time spent waiting on the rate limiter does not eat into it; OKX drops a request
    /// that reaches it later.
    public var validity: Duration?
    /// Where the pipeline leaves the `expTime` it sent, for a caller that settles an unknown
    /// outcome and must know exactly when OKX stopped accepting the request.
    var expTimeRecord: ExpTimeRecord?
    /// A documented rule the request breaks (see `RequestRules`), thrown before sending.
    public internal(set) var invalid: OKXError?

    /// An endpoint by hand, for calls the SDK does not model. When `auth` is nil it is taken from `EndpointSpec`'s catalog (private if unknown); when `idempotency` is nil, GET counts as safe to retry and POST as not; `instruments` defaults to the `instId` query item.
    public init(method: HTTPMethod, path: String, query: [QueryItem] = [], body: [UInt8]? = nil,
                auth: EndpointSpec.Authentication? = nil, idempotency: Idempotency? = nil, isBatch: Bool = false,
                instruments: [String]? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.auth = auth ?? EndpointSpec.lookup(method, path)?.auth ?? .private
        self.idempotency = idempotency ?? (method == .get ? .safe : .unsafe(clientOrderID: nil))
        self.isBatch = isBatch
        self.instruments = instruments ?? query.first { $0.name == "instId" }?.value.map { [$0] } ?? []
    }

    /// The documented endpoint this one calls, if OKX documents it.
    public var spec: EndpointSpec? { EndpointSpec.lookup(method, path) }

    /// The path with its query string, percent-encoded exactly as sent and signed.
    public var requestPath: String {
        let items = query.compactMap { item in item.value.map { "\(Self.encode(item.name))=\(Self.encode($0))" } }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    /// A GET with the given parameters; nil values are left out.
    public static func get(_ path: String, _ query: KeyValuePairs<String, String?> = [:]) -> Endpoint {
        Endpoint(method: .get, path: path, query: query.map { QueryItem($0.key, $0.value) })
    }

    /// A POST whose body is `body` encoded as OKX expects (numbers as strings).
    public static func post(_ path: String, body: some Encodable, idempotency: Idempotency, isBatch: Bool = false, instruments: [String] = []) throws -> Endpoint {
        Endpoint(method: .post, path: path, body: try OKXJSON.encode(body), idempotency: idempotency, isBatch: isBatch, instruments: instruments)
    }

    /// The same request, its answer decoded as `Other`: for hand-written behaviour that reads a
    /// generated endpoint's answer through its own model (order acknowledgements).
    func retyped<Other>(_ type: Other.Type = Other.self) -> Endpoint<Other> {
        var other = Endpoint<Other>(method: method, path: path, query: query, body: body, auth: auth, idempotency: idempotency,
                                    isBatch: isBatch, instruments: instruments)
        other.validity = validity
        other.expTimeRecord = expTimeRecord
        other.invalid = invalid
        return other
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: QueryItem.unreserved) ?? text
    }
}

/// The latest `expTime` the pipeline sent for one call (a call may be sent more than once when
/// OKX provably refused it). A reference, so the pipeline can fill it in while the caller holds
/// the endpoint value.
final class ExpTimeRecord: Sendable {
    private let value = Mutex<Int64?>(nil)
    func note(_ expTime: Int64) { value.withLock { $0 = max($0 ?? expTime, expTime) } }
    var latest: Int64? { value.withLock { $0 } }
}

/// One query parameter. A nil value is not sent.
public struct QueryItem: Sendable, Hashable {
    /// Parameter name, e.g. `instId`.
    public var name: String
    /// Parameter value before percent-encoding; nil leaves the parameter out.
    public var value: String?
    /// A query parameter; a nil `value` is not sent.
    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// RFC 3986 unreserved characters: everything else in a query value is percent-encoded.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

/// What repeating a request may do. Order placement is never repeated blindly.
public enum Idempotency: Sendable, Hashable {
    /// Reads: repeating changes nothing.
    case safe
    /// Cancel and amend: repeating has the same effect as sending once (OKX answers an
    /// already-cancelled order with an error, not a second cancel).
    case idempotent
    /// Placing orders (and anything else that creates): a repeat can act twice. After an
    /// unknown outcome the client reports it with the client order id instead of resending.
    case unsafe(clientOrderID: String?)
}
