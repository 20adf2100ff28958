public import Foundation

/// The one thing the client needs from a network stack: send a request, get the whole response.
///
/// ``CurlTransport`` is the production implementation. Tests and tools can supply their own
/// (a recording transport, a fault injector) without touching the rest of the client.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the complete response, or throws a ``TransportError``.
    ///
    /// Implementations must honour task cancellation by aborting the transfer and throwing
    /// a ``TransportError`` of kind ``TransportError/Kind/cancelled``. Non-2xx statuses are responses, not errors.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// An executor the client should prefer for its request pipeline, if running there saves
    /// thread hops (``CurlTransport`` returns its I/O thread). `nil` means "no preference".
    var preferredExecutor: (any TaskExecutor)? { get }
}

extension HTTPTransport {
    /// No preference by default: the client runs on the global executor.
    public var preferredExecutor: (any TaskExecutor)? { nil }
}

/// An HTTP method, as OKX uses them.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method name in upper case, e.g. `GET`.
    public let rawValue: String
    /// Any method; the name is upper-cased so that `get` and `GET` compare equal.
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    /// `GET`: reads; parameters go in the query string.
    public static let get = HTTPMethod(rawValue: "GET")
    /// `POST`: writes; parameters go in the JSON body.
    public static let post = HTTPMethod(rawValue: "POST")
    /// The method name, e.g. `POST`.
    public var description: String { rawValue }
}

/// One header line. Order is kept, names compare case-insensitively through ``HTTPResponse/header(_:)``.
public struct HTTPHeader: Hashable, Sendable {
    /// Header name as given; compare it case-insensitively.
    public var name: String
    /// Header value, untrimmed and unmasked (printing masks credentials).
    public var value: String
    /// A header with `name` and `value`, taken as given.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A request as the transport sees it: already signed, with the exact body bytes.
public struct HTTPRequest: Sendable {
    /// HTTP method to send with.
    public var method: HTTPMethod
    /// Absolute URL, `https://` for anything but a loopback host.
    public var url: String
    /// Headers in the order they are to be sent, including OKX's signature headers.
    public var headers: [HTTPHeader]
    /// The exact body bytes that were signed; nil for a request without a body.
    public var body: [UInt8]?
    /// Overrides the transport's total timeout for this request.
    public var timeout: Duration?

    /// A request ready to send; build the signature headers before, since the transport sends the bytes unchanged.
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
    /// HTTP status code; non-2xx statuses arrive here, not as thrown errors.
    public var status: Int
    /// The response body, at most the transport's maximum response size.
    public var body: Data
    /// Headers as given, or nil while they are still the raw lines the transport received:
    /// turning every header of every response into `String`s cost more than the one lookup
    /// (`Retry-After`) the client makes, so that is done only when someone asks.
    private var parsed: [HTTPHeader]?
    private var raw: [UInt8]

    /// A response built from parsed headers, e.g. by a test transport.
    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.parsed = headers
        self.raw = []
        self.body = body
    }

    /// `rawHeaders`: the header lines as received (`Name: value\r\n` …), status line excluded.
    init(status: Int, rawHeaders: [UInt8], body: Data) {
        self.status = status
        self.parsed = nil
        self.raw = rawHeaders
        self.body = body
    }

    /// All header lines in the order received; parsed anew on each access, so prefer `header(_:)` for a single lookup.
    public var headers: [HTTPHeader] {
        get {
            if let parsed { return parsed }
            var result: [HTTPHeader] = []
            Self.forEachLine(raw) { name, value in
                result.append(HTTPHeader(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
                return true
            }
            return result
        }
        set {
            parsed = newValue
            raw = []
        }
    }

    /// The first value of the header called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        // ASCII case folding on the bytes: header names are ASCII, and Foundation's
        // caseInsensitiveCompare cost 35,000 instructions per response (callgrind).
        if let parsed { return parsed.first { Self.sameHeaderName($0.name.utf8, name.utf8) }?.value }
        let wanted = name.utf8
        var found: String?
        Self.forEachLine(raw) { lineName, value in
            guard Self.sameHeaderName(lineName, wanted) else { return true }
            found = String(decoding: value, as: UTF8.self)
            return false
        }
        return found
    }

    static func sameHeaderName(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            x == y || (x | 0x20 == y | 0x20 && (x | 0x20) &- UInt8(ascii: "a") < 26)
        }
    }

    /// Calls `body` with each `name: value` line's trimmed name and value until it returns false.
    private static func forEachLine(_ raw: [UInt8], _ body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) {
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
        var start = 0
        while start < raw.count {
            let end = raw[start...].firstIndex(of: 10).map { $0 + 1 } ?? raw.count
            let line = raw[start..<end]
            start = end
            guard let colon = line.firstIndex(of: 58) else { continue }
            var nameEnd = colon
            while nameEnd > line.startIndex && isSpace(raw[nameEnd - 1]) { nameEnd -= 1 }
            var valueStart = colon + 1, valueEnd = line.endIndex
            while valueStart < valueEnd && isSpace(raw[valueStart]) { valueStart += 1 }
            while valueEnd > valueStart && isSpace(raw[valueEnd - 1]) { valueEnd -= 1 }
            if !body(raw[line.startIndex..<nameEnd], raw[valueStart..<valueEnd]) { return }
        }
    }
}

// A custom transport (or a test) that prints or dumps what it receives must not print the
// credentials: the key is masked, the passphrase and the signature redacted. The values
// themselves are untouched; only how they show is.

extension HTTPHeader: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The value as shown: masked for `OK-ACCESS-KEY`, redacted for `OK-ACCESS-PASSPHRASE` and
    /// `OK-ACCESS-SIGN`, else as is.
    var displayValue: String {
        switch name.uppercased() {
        case "OK-ACCESS-KEY": return Credentials.mask(value)
        case "OK-ACCESS-PASSPHRASE", "OK-ACCESS-SIGN": return SecretRedactor.placeholder
        default: return value
        }
    }

    /// `Name: value`, with the API key masked and the passphrase and signature redacted.
    public var description: String { "\(name): \(displayValue)" }
    /// Like `description`, wrapped in the type name; credentials stay masked.
    public var debugDescription: String { "HTTPHeader(\(description))" }
    /// A mirror whose value is masked like `description`, so `dump` does not print credentials.
    public var customMirror: Mirror { Mirror(self, children: ["name": name, "value": displayValue], displayStyle: .struct) }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Method, URL, headers (credentials masked) and the body as text; for logs and debugging.
    public var description: String {
        var text = "\(method) \(url)"
        for header in headers { text += "\n\(header)" }
        if let body { text += "\n\n" + String(decoding: body, as: UTF8.self) }
        return text
    }

    /// One line: method, URL, headers with credentials masked, and the body's size.
    public var debugDescription: String {
        "HTTPRequest(\(method) \(url), headers: [\(headers.map(\.description).joined(separator: ", "))], body: \(body.map { "\($0.count) bytes" } ?? "none"))"
    }

    /// A mirror with credentials masked, so `dump` does not print them.
    public var customMirror: Mirror {
        Mirror(self, children: ["method": method, "url": url, "headers": headers, "body": body.map { String(decoding: $0, as: UTF8.self) } as Any,
                                "timeout": timeout as Any], displayStyle: .struct)
    }
}
