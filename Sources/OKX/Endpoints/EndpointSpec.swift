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
        public let requests: Int
        public let perSeconds: Int
        public let key: Key
        public init(requests: Int, perSeconds: Int, key: Key) {
            self.requests = requests
            self.perSeconds = perSeconds
            self.key = key
        }
        public var description: String { "\(requests) per \(perSeconds) s by \(key)" }
    }

    public let method: HTTPMethod
    public let path: String
    public let auth: Authentication
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
