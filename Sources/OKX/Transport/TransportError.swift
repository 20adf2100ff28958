internal import CCurlShim

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
        /// The server's answer was not valid HTTP: no status line (an HTTP/0.9-style reply),
        /// an unparseable status line, or a body its `Content-Encoding` could not decode.
        public static let invalidResponse = Kind("invalid response")
        /// The response headers were larger than libcurl accepts (about 100 KB for one header
        /// line, 300 KB in all).
        public static let headerTooLarge = Kind("response header too large")
        /// libcurl could not allocate memory.
        public static let outOfMemory = Kind("out of memory")
        /// The transport was shut down.
        public static let shutdown = Kind("shutdown")
        /// Anything else libcurl reported.
        public static let other = Kind("other")
        /// The kind's name in plain words, e.g. `out of memory`.
        public var description: String { name }
    }

    /// What went wrong, by family; decides the fix and whether a retry can help.
    public let kind: Kind
    /// libcurl's message (from its error buffer when it has one), or ours.
    public let message: String
    /// The `CURLcode`, when libcurl reported the failure.
    public let curlCode: Int?
    /// False only when the request provably never left this machine (DNS, connect, TLS
    /// failures, or cancelled before the first byte was written).
    public let requestMayHaveReachedServer: Bool

    /// An error for a custom transport to throw; set `requestMayHaveReachedServer` to false only when the request certainly never left the machine.
    public init(kind: Kind, message: String, curlCode: Int? = nil, requestMayHaveReachedServer: Bool) {
        self.kind = kind
        // libcurl's messages can quote the server (a status line, a header name).
        self.message = UntrustedText.forError(message)
        self.curlCode = curlCode
        self.requestMayHaveReachedServer = requestMayHaveReachedServer
    }

    /// One line: the kind, the message and libcurl's code when there is one.
    public var description: String {
        var text = "transport error (\(kind)): \(message)"
        if let curlCode { text += " [curl \(curlCode)]" }
        return text
    }

    static let cancelled = TransportError(kind: .cancelled, message: "the task was cancelled", requestMayHaveReachedServer: false)

    /// The error for a transfer libcurl finished with `curlCode`. `errorBuffer` is libcurl's
    /// message for it (empty when it wrote none); it decides between causes that share a code.
    init(curlCode: Int32, errorBuffer: String, requestSent: Bool, maxResponseBytes: Int) {
        var message = errorBuffer.isEmpty ? String(cString: okx_curl_strerror(curlCode)) : errorBuffer
        let kind: Kind
        switch okx_curl_classify(curlCode, errorBuffer) {
        case OKX_FAIL_DNS: kind = .dns
        case OKX_FAIL_CONNECT: kind = .connect
        case OKX_FAIL_TLS: kind = .tls
        case OKX_FAIL_TIMEOUT: kind = .timeout
        case OKX_FAIL_CONNECTION_LOST: kind = .connectionLost
        case OKX_FAIL_TOO_LARGE: kind = .responseTooLarge
        case OKX_FAIL_ABORTED: kind = .cancelled
        case OKX_FAIL_BAD_URL: kind = .invalidURL
        case OKX_FAIL_INVALID_RESPONSE: kind = .invalidResponse
        case OKX_FAIL_HEADER_TOO_LARGE: kind = .headerTooLarge
        case OKX_FAIL_OUT_OF_MEMORY: kind = .outOfMemory
        default: kind = .other
        }
        switch kind {
        case .responseTooLarge: message = "response larger than \(maxResponseBytes) bytes (\(message))"
        case .headerTooLarge where curlCode == 27:
            // libcurl before 8.6 refuses a giant header line with CURLE_OUT_OF_MEMORY and no message.
            message = "a response header line was larger than libcurl accepts (libcurl reported: \(message))"
        default: break
        }
        let mayHaveReached: Bool
        switch kind {
        case .dns, .connect, .tls: mayHaveReached = false
        default: mayHaveReached = requestSent
        }
        self.init(kind: kind, message: message, curlCode: Int(curlCode), requestMayHaveReachedServer: mayHaveReached)
    }
}
