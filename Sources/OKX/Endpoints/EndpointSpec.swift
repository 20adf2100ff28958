/// What OKX documents about one REST endpoint: who may call it, with which permission, how
/// often. ``catalog`` holds all of them, generated from `Data/okx/endpoints.tsv`.
public struct EndpointSpec: Sendable, Hashable {
    /// Whether a request must be signed.
    public enum Authentication: Sendable, Hashable { case `public`, `private` }
    /// The API-key permission an endpoint needs.
    public enum Permission: String, Sendable, Hashable { case read, trade, withdraw }

    /// N requests per window, counted per key.
    public struct RateLimit: Sendable, Hashable, CustomStringConvertible {
        /// What a limit is counted against.
        public enum Key: Sendable, Hashable { case ip, user, userAndInstrument, ipAndInstrument }
        /// How many requests the window allows.
        public let requests: Int
        /// Length of the window, in seconds.
        public let perSeconds: Int
        /// What the requests are counted against (IP, user, per instrument).
        public let key: Key
        /// A limit of `requests` per `perSeconds` seconds, counted against `key`.
        public init(requests: Int, perSeconds: Int, key: Key) {
            self.requests = requests
            self.perSeconds = perSeconds
            self.key = key
        }
        /// The limit in words, e.g. `20 per 2 s by user`.
        public var description: String { "\(requests) per \(perSeconds) s by \(key)" }
    }

    /// HTTP method of the endpoint.
    public let method: HTTPMethod
    /// Path without query string, e.g. `/api/v5/account/balance`.
    public let path: String
    /// Whether the endpoint needs a signed request.
    public let auth: Authentication
    /// API-key permission the endpoint needs (`read` for public endpoints too).
    public let permission: Permission
    /// nil where OKX states the limit in other terms (per day, per month); see ``rateLimitText``.
    public let rateLimit: RateLimit?
    /// OKX's own wording of the limit.
    public let rateLimitText: String

    /// The documented endpoint for `method` and `path` (no query), if any.
    public static func lookup(_ method: HTTPMethod, _ path: String) -> EndpointSpec? {
        index[Key(method: method, path: path)]
    }

    private struct Key: Hashable { var method: HTTPMethod; var path: String }
    private static let index: [Key: EndpointSpec] = Dictionary(catalog.map { (Key(method: $0.method, path: $0.path), $0) }, uniquingKeysWith: { a, _ in a })
}
