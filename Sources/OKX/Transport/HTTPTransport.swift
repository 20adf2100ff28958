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
    public var body: Data
    /// Headers as given, or nil while they are still the raw lines the transport received:
    /// turning every header of every response into `String`s cost more than the one lookup
    /// (`Retry-After`) the client makes, so that is done only when someone asks.
    private var parsed: [HTTPHeader]?
    private var raw: [UInt8]

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

    public var description: String { "\(name): \(displayValue)" }
    public var debugDescription: String { "HTTPHeader(\(description))" }
    public var customMirror: Mirror { Mirror(self, children: ["name": name, "value": displayValue], displayStyle: .struct) }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        var text = "\(method) \(url)"
        for header in headers { text += "\n\(header)" }
        if let body { text += "\n\n" + String(decoding: body, as: UTF8.self) }
        return text
    }

    public var debugDescription: String {
        "HTTPRequest(\(method) \(url), headers: [\(headers.map(\.description).joined(separator: ", "))], body: \(body.map { "\($0.count) bytes" } ?? "none"))"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["method": method, "url": url, "headers": headers, "body": body.map { String(decoding: $0, as: UTF8.self) } as Any,
                                "timeout": timeout as Any], displayStyle: .struct)
    }
}
