internal import CCurlShim
import Foundation

/// The libcurl transport: one curl multi handle driven by one dedicated thread.
///
/// Many requests may be in flight at once; they share connections (keep-alive, and HTTP/2
/// multiplexing when the server offers it). TLS verification is always on for `https`; plain
/// `http` is accepted only for loopback hosts (a local simulator or test server).
///
/// Call ``shutdown()`` when done. A transport that is released without it still stops its
/// thread, but in-flight requests then fail with ``TransportError/Kind/shutdown``.
public final class CurlTransport: HTTPTransport {
    /// How the transport connects. Plain values; the defaults suit OKX's REST API.
    public struct Configuration: Sendable {
        /// Time allowed for DNS, TCP and TLS together.
        public var connectTimeout: Duration = .seconds(5)
        /// Time allowed for a whole request, unless the request says otherwise.
        public var totalTimeout: Duration = .seconds(15)
        /// Bodies larger than this are refused while they are read (typed ``TransportError``).
        public var maxResponseBytes: Int = 32 << 20
        /// An explicit proxy (`http://host:port`, `socks5h://…`). `nil` uses the usual
        /// `HTTPS_PROXY`/`https_proxy`/`NO_PROXY` environment variables, as curl does.
        public var proxy: String?
        /// Hosts that bypass ``proxy`` (curl's `NO_PROXY` syntax).
        public var noProxy: String?
        /// The `User-Agent` header.
        public var userAgent: String = "swift-okx/0.1"
        /// Most connections kept to one host; 0 is unlimited (HTTP/2 multiplexes anyway).
        public var maxConnectionsPerHost: Int = 0

        public init() {}
    }

    private let loop: CurlEventLoop
    public let configuration: Configuration

    /// Starts the transport's I/O thread.
    public init(configuration: Configuration = .init()) throws {
        let rc = okx_curl_global_init()
        guard rc == 0 else {
            throw TransportError(kind: .other, message: "curl_global_init failed: \(String(cString: okx_curl_strerror(rc)))", curlCode: Int(rc), requestMayHaveReachedServer: false)
        }
        self.configuration = configuration
        self.loop = try CurlEventLoop(configuration: configuration)
    }

    deinit {
        loop.requestShutdown()
    }

    /// The I/O thread as a `TaskExecutor`. Code that runs with this preference resumes on the
    /// I/O thread itself when its transfer completes, saving two thread hops per request.
    public var preferredExecutor: (any TaskExecutor)? { loop }

    /// Whether the caller runs on the I/O thread (for tests of the no-hop design).
    var isOnIOThread: Bool { loop.isOnLoopThread }

    /// The runtime libcurl version, e.g. `7.88.1`.
    public static var libcurlVersion: String { String(cString: okx_curl_version_string()) }
    /// Whether the runtime libcurl can speak HTTP/2.
    public static var supportsHTTP2: Bool { okx_curl_supports_http2() != 0 }
    /// Whether the runtime libcurl was built with `protocol` (`"wss"`, `"https"`…).
    public static func supports(protocol name: String) -> Bool { okx_curl_supports_protocol(name) != 0 }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = try Self.check(url: request.url)
        let token = TransferToken()
        let job = TransferJob(request: request, isLoopback: target.isLoopback, token: token)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                loop.start(job, continuation: continuation)
            }
        } onCancel: {
            if token.cancel() { loop.cancel(token) }
        }
    }

    /// Stops the I/O thread after failing whatever is still in flight.
    public func shutdown() async {
        await loop.shutdown()
    }

    struct Target {
        var isLoopback: Bool
    }

    /// Refuses malformed URLs and plain http to anything but loopback, before any I/O.
    static func check(url: String) throws -> Target {
        // A plain scan rather than URLComponents: this runs for every request.
        let utf8 = url.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")),
              utf8[colon...].starts(with: "://".utf8) else {
            throw TransportError(kind: .invalidURL, message: "not an absolute URL: \(url.prefix(200))", requestMayHaveReachedServer: false)
        }
        let scheme = String(decoding: utf8[..<colon], as: UTF8.self).lowercased()
        let authorityStart = utf8.index(colon, offsetBy: 3)
        let authorityEnd = utf8[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? utf8.endIndex
        var authority = Substring(url[authorityStart..<authorityEnd])
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let hostPart: Substring
        if authority.hasPrefix("[") {
            hostPart = authority[...(authority.firstIndex(of: "]") ?? authority.index(before: authority.endIndex))]
        } else {
            hostPart = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        guard !hostPart.isEmpty, !url.contains(" ") else {
            throw TransportError(kind: .invalidURL, message: "not an absolute URL: \(url.prefix(200))", requestMayHaveReachedServer: false)
        }
        let host = String(hostPart)
        let loopback = isLoopback(host: host)
        switch scheme {
        case "https": return Target(isLoopback: loopback)
        case "http" where loopback: return Target(isLoopback: true)
        case "http":
            throw TransportError(kind: .invalidURL, message: "plain http is allowed only for loopback hosts (simulators); use https for \(host)", requestMayHaveReachedServer: false)
        default:
            throw TransportError(kind: .invalidURL, message: "unsupported scheme \(scheme)", requestMayHaveReachedServer: false)
        }
    }

    static func isLoopback(host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if h == "localhost" || h == "::1" { return true }
        let parts = h.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
