public import Foundation

/// The one thing the client needs from a network stack: send a request, get the whole response.
///
/// ``CurlTransport`` is the production implementation. Tests and tools can supply their own
/// (a recording transport, a fault injector) without touching the rest of the client.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the complete response, or throws a ``TransportError``.
    ///
    /// Implementations must honour task cancellation by aborting the transfer and throwing
    /// ``TransportError/cancelled``. Non-2xx statuses are responses, not errors.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// An executor the client should prefer for its request pipeline, if running there saves
    /// thread hops (``CurlTransport`` returns its I/O thread). `nil` means "no preference".
    var preferredExecutor: (any TaskExecutor)? { get }
}

extension HTTPTransport {
    public var preferredExecutor: (any TaskExecutor)? { nil }
}

/// An HTTP method, as OKX uses them.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    public static let get = HTTPMethod(rawValue: "GET")
    public static let post = HTTPMethod(rawValue: "POST")
    public var description: String { rawValue }
}

/// One header line. Order is kept, names compare case-insensitively through ``HTTPResponse/header(_:)``.
public struct HTTPHeader: Hashable, Sendable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A request as the transport sees it: already signed, with the exact body bytes.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// Absolute URL, `https://` for anything but a loopback host.
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]?
    /// Overrides the transport's total timeout for this request.
    public var timeout: Duration?

    public init(method: HTTPMethod, url: String, headers: [HTTPHeader] = [], body: [UInt8]? = nil, timeout: Duration? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// A complete response. The body has already been capped at the transport's maximum size.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: Data

    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        // ASCII case folding on the bytes: header names are ASCII, and Foundation's
        // caseInsensitiveCompare cost 35,000 instructions per response (callgrind).
        headers.first { Self.sameHeaderName($0.name, name) }?.value
    }

    static func sameHeaderName(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) &- UInt8(ascii: "a") < 26)
        }
    }
}
