/// A failure below HTTP: the request got no complete response.
///
/// The ``kind`` says what failed; ``requestMayHaveReachedServer`` says whether the server may
/// have acted on it, which decides whether an order-changing call can be safely resent.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a small extensible set (new kinds are not breaking changes).
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The host name could not be resolved (or the proxy's).
        public static let dns = Kind("dns")
        /// The TCP connection was refused or could not be made.
        public static let connect = Kind("connect")
        /// The TLS handshake or certificate verification failed.
        public static let tls = Kind("tls")
        /// The connect or total timeout expired.
        public static let timeout = Kind("timeout")
        /// The connection broke, or closed before a complete response arrived.
        public static let connectionLost = Kind("connection lost")
        /// The response was larger than the configured maximum.
        public static let responseTooLarge = Kind("response too large")
        /// The calling task was cancelled and the transfer aborted.
        public static let cancelled = Kind("cancelled")
        /// The URL is malformed, or plain http to a host that is not loopback.
        public static let invalidURL = Kind("invalid url")
        /// The transport was shut down.
        public static let shutdown = Kind("shutdown")
        /// Anything else libcurl reported.
        public static let other = Kind("other")
        public var description: String { name }
    }

    public let kind: Kind
    /// libcurl's message (from its error buffer when it has one), or ours.
    public let message: String
    /// The `CURLcode`, when libcurl reported the failure.
    public let curlCode: Int?
    /// False only when the request provably never left this machine (DNS, connect, TLS
    /// failures, or cancelled before the first byte was written).
    public let requestMayHaveReachedServer: Bool

    public init(kind: Kind, message: String, curlCode: Int? = nil, requestMayHaveReachedServer: Bool) {
        self.kind = kind
        self.message = message
        self.curlCode = curlCode
        self.requestMayHaveReachedServer = requestMayHaveReachedServer
    }

    public var description: String {
        var text = "transport error (\(kind)): \(message)"
        if let curlCode { text += " [curl \(curlCode)]" }
        return text
    }

    static let cancelled = TransportError(kind: .cancelled, message: "the task was cancelled", requestMayHaveReachedServer: false)
}
