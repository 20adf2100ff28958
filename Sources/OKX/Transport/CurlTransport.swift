internal import CCurlShim
import Foundation

/// The libcurl transport: one curl multi handle, started from the caller's thread and driven
/// by one dedicated I/O thread that waits for the answers.
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

        /// Longest the I/O thread sleeps with nothing to do. A safety net only: every change
        /// of curl's timer that moves work earlier wakes it. Tests set it to hours so that a
        /// missed wakeup shows as a stuck request instead of a one-second delay.
        var idleWakeInterval: Duration = .seconds(1)

        /// The defaults: 32 MiB response cap, no explicit proxy, unlimited connections per host.
        public init() {}
    }

    private let loop: CurlEventLoop
    /// The settings the transport was created with.
    public let configuration: Configuration

    /// Starts the transport's I/O thread. Throws ``OKXError`` for timeouts that
    /// ``Configuration/validate()`` refuses.
    public init(configuration: Configuration = .init()) throws {
        try configuration.validate()
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

    /// Requests handed to curl and not finished yet (tests wait on it).
    var transfersInFlight: Int { loop.transfersInFlight }

    /// How many times the I/O thread has gone round its loop (tests).
    var ioLoopPasses: Int { loop.passes.load(ordering: .relaxed) }

    /// Whether the caller runs on the I/O thread (for tests of the no-hop design).
    var isOnIOThread: Bool { loop.isOnLoopThread }

    /// The runtime libcurl version, e.g. `7.88.1`.
    public static var libcurlVersion: String { String(cString: okx_curl_version_string()) }
    /// Whether the runtime libcurl can speak HTTP/2.
    public static var supportsHTTP2: Bool { okx_curl_supports_http2() != 0 }
    /// Whether the runtime libcurl was built with `protocol` (`"wss"`, `"https"`…).
    public static func supports(protocol name: String) -> Bool { okx_curl_supports_protocol(name) != 0 }

    /// Sends `request` (written from the calling thread, answered via the I/O thread) and returns the whole response. Throws `TransportError`, also when the task is cancelled; non-2xx statuses are returned, not thrown.
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
    ///
    /// A scan of the UTF-8 bytes, no Foundation: it runs for every request, and the first
    /// version (URLComponents-free but `String`-based: `contains`, `trimmingCharacters`,
    /// `split`) cost 50,000 instructions per request under callgrind, more than signing.
    static func check(url: String) throws -> Target {
        var url = url
        return try url.withUTF8 { b in
            func invalid() -> TransportError {
                TransportError(kind: .invalidURL, message: "not an absolute URL: \(String(decoding: UnsafeBufferPointer(rebasing: b.prefix(200)), as: UTF8.self))",
                               requestMayHaveReachedServer: false)
            }
            guard let colon = b.firstIndex(of: UInt8(ascii: ":")), colon > 0, b.count >= colon + 3,
                  b[colon + 1] == UInt8(ascii: "/"), b[colon + 2] == UInt8(ascii: "/"), !b.contains(UInt8(ascii: " ")) else { throw invalid() }
            let scheme = UnsafeBufferPointer(rebasing: b[..<colon])
            let authorityStart = colon + 3
            var authorityEnd = authorityStart
            while authorityEnd < b.count, b[authorityEnd] != UInt8(ascii: "/"), b[authorityEnd] != UInt8(ascii: "?"), b[authorityEnd] != UInt8(ascii: "#") {
                authorityEnd += 1
            }
            var hostStart = authorityStart
            for i in authorityStart..<authorityEnd where b[i] == UInt8(ascii: "@") { hostStart = i + 1 }
            var hostEnd = hostStart
            if hostStart < authorityEnd, b[hostStart] == UInt8(ascii: "[") {
                while hostEnd < authorityEnd, b[hostEnd] != UInt8(ascii: "]") { hostEnd += 1 }
                if hostEnd < authorityEnd { hostEnd += 1 }
            } else {
                while hostEnd < authorityEnd, b[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            }
            guard hostEnd > hostStart else { throw invalid() }
            let loopback = isLoopback(host: UnsafeBufferPointer(rebasing: b[hostStart..<hostEnd]))
            if equalsIgnoringCase(scheme, "https") { return Target(isLoopback: loopback) }
            let host = String(decoding: UnsafeBufferPointer(rebasing: b[hostStart..<hostEnd]), as: UTF8.self)
            if equalsIgnoringCase(scheme, "http") {
                guard loopback else {
                    throw TransportError(kind: .invalidURL, message: "plain http is allowed only for loopback hosts (simulators); use https for \(host)",
                                         requestMayHaveReachedServer: false)
                }
                return Target(isLoopback: true)
            }
            throw TransportError(kind: .invalidURL, message: "unsupported scheme \(String(decoding: scheme, as: UTF8.self).lowercased())", requestMayHaveReachedServer: false)
        }
    }

    static func isLoopback(host: String) -> Bool {
        var host = host
        return host.withUTF8 { isLoopback(host: $0) }
    }

    /// `localhost`, `::1` (bracketed or not) and dotted-quad `127.x.y.z`.
    static func isLoopback(host raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var host = raw
        if host.count >= 2, host[0] == UInt8(ascii: "["), host[host.count - 1] == UInt8(ascii: "]") {
            host = UnsafeBufferPointer(rebasing: host[1..<(host.count - 1)])
        }
        if equalsIgnoringCase(host, "localhost") || equalsIgnoringCase(host, "::1") { return true }
        // Four decimal parts of at most three digits, each below 256, the first 127.
        var parts: [Int] = []
        var value = 0, digits = 0
        for byte in host {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                parts.append(value)
                value = 0
                digits = 0
            } else if byte &- UInt8(ascii: "0") < 10, digits < 3 {
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
                digits += 1
            } else {
                return false
            }
        }
        guard digits > 0 else { return false }
        parts.append(value)
        return parts.count == 4 && parts[0] == 127 && parts.allSatisfy { $0 < 256 }
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        for i in 0..<bytes.count where bytes[i] | 0x20 != word.utf8Start[i] | 0x20 { return false }
        return true
    }
}
