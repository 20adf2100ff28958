/// Every failure the client reports: an OKX error code, a transport failure, a response that
/// is not OKX's envelope, bad configuration or bad input.
///
/// Errors are data. Each carries a ``category``, whether retrying ``isRetryable``, and a
/// plain-language ``fix`` written for the situation (which environment the client used, which
/// site, what clock offset was measured). OKX's own ``message`` is always kept next to it,
/// because it names the offending parameter. Nothing in an `OKXError` holds a secret.
///
/// Every string in an error is safe to print: text from the server is bounded (OKX's `msg` to
/// ``UntrustedText/messageLimit`` bytes, excerpts to a few hundred) and its control characters
/// are escaped visibly (`\u{1B}`), so a hostile or broken server can neither flood nor
/// reprogram the terminal it is shown on. The client passes errors through a
/// ``SecretRedactor`` before they reach the caller, so an answer that echoes the request's
/// headers does not carry the passphrase, the signature or the full API key along.
///
/// ```swift
/// do { _ = try await client.first(API.TradingAccount.getBalance()) }
/// catch let error as OKXError where error.code == .environmentMismatch {
///     print(error.fix)   // says which environment the key belongs to and how to switch
/// }
/// ```
public struct OKXError: Error, Sendable {
    /// OKX's numeric code (sent as a string in the envelope's `code` or a batch item's `sCode`).
    public let code: Code?
    /// OKX's sub-code for errors it documents in finer detail (`51008_1000` is code 51008,
    /// sub-code 1000); sent as an order item's `subCode`.
    public let subCode: Int?
    /// What kind of failure this is.
    public let category: Category
    /// OKX's own `msg` for API errors (it carries filled-in parameters), else a description.
    public let message: String
    /// The HTTP status of the response, when there was one.
    public let httpStatus: Int?
    /// Whether sending the same request again later may succeed.
    public let isRetryable: Bool
    /// What to do about it, in plain language.
    public let fix: String
    /// The request this error belongs to (method, path, environment, site; never headers).
    public let context: RequestContext?
    /// The transport failure underneath, for ``Category/transport`` and ``Category/outcomeUnknown``.
    public let transportError: TransportError?
    /// The first bytes of a body that was not OKX's envelope (HTML page, truncated JSON).
    public let bodyExcerpt: String?
    /// For ``Category/outcomeUnknown``: the client order id to look the order up by.
    public let clientOrderID: String?
    /// For timestamp errors: the server-minus-local clock offset the client measured, in ms.
    public let measuredClockOffsetMilliseconds: Int64?

    init(code: Code?, subCode: Int? = nil, category: Category, message: String, httpStatus: Int?, isRetryable: Bool, fix: String,
         context: RequestContext?, transportError: TransportError? = nil, bodyExcerpt: String? = nil,
         clientOrderID: String? = nil, measuredClockOffsetMilliseconds: Int64? = nil) {
        self.code = code
        self.subCode = subCode
        self.category = category
        // Bounded again only as a backstop (callers bound what they read from the body); the
        // limit leaves room for escapes and redaction placeholders, so a second pass (a
        // redactor rebuilding the error) does not cut what the first one kept.
        self.message = UntrustedText.forError(message, limit: Self.storedTextLimit)
        self.httpStatus = httpStatus
        self.isRetryable = isRetryable
        self.fix = UntrustedText.forError(fix, limit: Self.storedTextLimit)
        self.context = context
        self.transportError = transportError
        self.bodyExcerpt = bodyExcerpt.map { UntrustedText.forError($0, limit: Self.storedTextLimit) }
        self.clientOrderID = clientOrderID
        self.measuredClockOffsetMilliseconds = measuredClockOffsetMilliseconds
    }
}

extension OKXError {
    /// The most any string of an error holds, in UTF-8 bytes.
    static let storedTextLimit = 8 * UntrustedText.messageLimit

    /// An OKX error code. Every documented code is known (``OKXError/Code/documentation``); an undocumented
    /// code is still a `Code` that keeps its number.
    public struct Code: RawRepresentable, Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
        /// The numeric code, e.g. 50101.
        public let rawValue: Int
        /// Wraps any number, documented by OKX or not.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Wraps any number, documented by OKX or not; same as `init(rawValue:)`.
        public init(_ rawValue: Int) { self.rawValue = rawValue }
        /// Lets a code be written as a plain number, e.g. `let code: OKXError.Code = 51008`.
        public init(integerLiteral value: Int) { self.rawValue = value }
        /// Parses OKX's string form (`"50101"`; the sub-code of `"51008_1000"` is dropped,
        /// see ``OKXError/subCode``); nil for non-numbers.
        public init?(string: String) {
            guard let value = Int(string.prefix { $0 != "_" }) else { return nil }
            self.rawValue = value
        }
        /// The code as a decimal number, without any sub-code.
        public var description: String { String(rawValue) }

        /// What OKX documents for a code.
        public struct Documentation: Sendable, Hashable {
            /// The HTTP status OKX answers with for this code; nil when its table gives none.
            public let httpStatus: Int?
            /// The family of failures the code belongs to.
            public let category: Category
            /// Whether OKX's table says sending the request again later may succeed.
            public let retryMayHelp: Bool
            /// OKX's message template; `{param0}` marks what OKX fills in.
            public let message: String
        }

        /// Batch request: every item failed; look at each item's own code.
        public static let allFailed: Code = 1
        /// Batch request: some items succeeded and some failed; look at each item's own code.
        public static let partiallySucceeded: Code = 2
        /// OKX's service is temporarily unavailable; retry later.
        public static let serviceUnavailable: Code = 50001
        /// OKX's backend did not answer in time; the outcome of an order-changing request is unknown.
        public static let endpointTimeout: Code = 50004
        /// Too many requests for this endpoint's rate limit.
        public static let rateLimited: Code = 50011
        /// OKX is too busy to serve the request; retry later.
        public static let systemBusy: Code = 50013
        /// The sub-account's order rate limit was exceeded.
        public static let subAccountRateLimited: Code = 50061
        /// The API key belongs to the other environment (live key on demo trading or the reverse).
        public static let environmentMismatch: Code = 50101
        /// The request's timestamp is too old; usually the local clock is off.
        public static let timestampExpired: Code = 50102
        /// The `OK-ACCESS-KEY` header is missing.
        public static let missingAPIKey: Code = 50103
        /// The `OK-ACCESS-PASSPHRASE` header is missing.
        public static let missingPassphrase: Code = 50104
        /// The passphrase does not match the API key.
        public static let wrongPassphrase: Code = 50105
        /// The `OK-ACCESS-SIGN` header is missing.
        public static let missingSignature: Code = 50106
        /// The `OK-ACCESS-TIMESTAMP` header is missing.
        public static let missingTimestamp: Code = 50107
        /// The caller's IP address is not on the API key's allow list.
        public static let ipNotAllowed: Code = 50110
        /// The API key is malformed or not valid.
        public static let invalidAPIKey: Code = 50111
        /// The timestamp is not in the format OKX accepts (ISO 8601 with milliseconds).
        public static let invalidTimestamp: Code = 50112
        /// The signature does not match; usually a wrong secret key or a changed request body.
        public static let invalidSignature: Code = 50113
        /// No API key with this value exists (often a key of another OKX site).
        public static let apiKeyNotFound: Code = 50119
        /// The API key lacks the permission (read, trade, withdraw) this endpoint needs.
        public static let missingPermission: Code = 50120
        /// A parameter is missing or invalid; OKX's message names it.
        public static let parameterError: Code = 51000
        /// The instrument does not exist or is not trading yet.
        public static let instrumentNotFound: Code = 51001
        /// Not enough balance or margin for the order; see the sub-code for detail.
        public static let insufficientBalance: Code = 51008
        /// No order matches the given order ID or client order ID.
        public static let orderNotFound: Code = 51603
        /// WebSocket login: the timestamp is not valid.
        public static let webSocketInvalidTimestamp: Code = 60004
        /// WebSocket login: the timestamp is too old.
        public static let webSocketTimestampExpired: Code = 60006
        /// WebSocket login: the API key does not exist on this site.
        public static let webSocketKeyOfOtherSite: Code = 60032
        /// WebSocket notice that the service is about to be upgraded and the connection will close; reconnect.
        public static let serviceUpgradeNotice: Code = 64008

        /// Codes that mean "the timestamp was rejected"; the client re-syncs and retries once.
        public var isTimestampRejection: Bool {
            self == .timestampExpired || self == .invalidTimestamp || self == .webSocketInvalidTimestamp || self == .webSocketTimestampExpired
        }
    }

    /// A family of failures. Values from OKX's error table plus the SDK's own.
    public struct Category: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The category's name in plain words, e.g. `rate limit`.
        public var description: String { name }

        /// Missing, invalid or unauthorised API credentials.
        public static let authentication = Category("authentication")
        /// Mismatch between the key's environment (live or demo) and the one used.
        public static let environment = Category("environment")
        /// The request's timestamp was rejected; usually clock drift.
        public static let timestamp = Category("timestamp")
        /// A rate limit was hit; wait before retrying.
        public static let rateLimit = Category("rate limit")
        /// A request parameter was missing or invalid.
        public static let parameters = Category("parameters")
        /// An order or position was refused by OKX's trading rules.
        public static let trading = Category("trading")
        /// Funding account operations: deposits, withdrawals, transfers.
        public static let funding = Category("funding")
        /// Trading account settings and state: modes, leverage, margin.
        public static let account = Category("account")
        /// OKX-side failure or maintenance.
        public static let system = Category("system")
        /// WebSocket-specific failures (login, subscription, connection).
        public static let websocket = Category("websocket")
        /// OKX's general-purpose codes not tied to one area.
        public static let general = Category("general")
        /// The overall outcome of a batch request (all or some items failed).
        public static let batch = Category("batch")
        /// Block trading (RFQ) failures.
        public static let blockTrading = Category("block trading")
        /// Currency conversion failures.
        public static let convert = Category("convert")
        /// Copy trading failures.
        public static let copyTrading = Category("copy trading")
        /// Earn and savings product failures.
        public static let finance = Category("finance")
        /// Trading bot (grid, DCA, …) failures.
        public static let tradingBot = Category("trading bot")
        /// A code OKX does not document.
        public static let unknown = Category("unknown")
        /// The request got no complete response (see ``OKXError/transportError``).
        public static let transport = Category("transport")
        /// The response was not OKX's envelope: HTML, empty, truncated, or the wrong shape.
        public static let invalidResponse = Category("invalid response")
        /// The client is not set up to make this call (missing credentials, bad profile).
        public static let configuration = Category("configuration")
        /// The caller's input was refused before anything was sent.
        public static let invalidArgument = Category("invalid argument")
        /// An order-changing request may or may not have taken effect; look it up.
        public static let outcomeUnknown = Category("outcome unknown")
    }

    /// Where an error happened. Holds no headers and no secrets.
    public struct RequestContext: Sendable, Hashable, CustomStringConvertible {
        /// HTTP method of the request.
        public var method: HTTPMethod
        /// Path with the query string, as signed.
        public var requestPath: String
        /// Live or demo trading, as the client was configured.
        public var environment: Environment
        /// OKX site (regional domain) the client talked to.
        public var site: Site
        /// The base URL the request went to (scheme and host).
        public var baseURL: String

        /// Builds a context by hand, e.g. for an error passed to `OKXError/fromServer(code:subCode:message:httpStatus:context:)`.
        public init(method: HTTPMethod, requestPath: String, environment: Environment, site: Site, baseURL: String) {
            self.method = method
            self.requestPath = requestPath
            self.environment = environment
            self.site = site
            self.baseURL = baseURL
        }

        /// One line: method, path, base URL, environment and site.
        public var description: String { "\(method) \(requestPath) on \(baseURL) (\(environment), site \(site))" }
    }
}

extension OKXError: CustomStringConvertible, CustomDebugStringConvertible {
    /// One or more lines for a log or terminal: code, category, HTTP status, message, request, then the fix.
    public var description: String {
        var text = code.map { "OKX error \($0)\(subCode.map { "_\($0)" } ?? "") (\(category)" } ?? "OKX client error (\(category)"
        if let httpStatus { text += ", HTTP \(httpStatus)" }
        text += "): \(message)"
        // The path may hold a caller's instId or clOrdId; the other fields were escaped when stored.
        if let context { text += " [\(UntrustedText.escapingControlCharacters(context.description))]" }
        text += "\nFix: \(fix)"
        return text
    }
    /// Same text as `description`.
    public var debugDescription: String { description }
}

extension OKXError {
    /// The error for a code OKX sent on another channel than REST (a WebSocket reply, a batch
    /// item): with its documented category, retry decision and fix.
    public static func fromServer(code: Code, subCode: Int? = nil, message: String, httpStatus: Int? = nil, context: RequestContext? = nil) -> OKXError {
        .api(code: code, subCode: subCode, message: message, httpStatus: httpStatus, context: context)
    }

    /// Any error as an `OKXError`: itself if it is one, a transport error wrapped with its
    /// category and fix, anything else as ``Category/unknown``.
    public init(_ error: any Error) {
        switch error {
        case let error as OKXError: self = error
        case let error as TransportError: self = .transport(error, context: nil)
        default:
            self.init(code: nil, category: .unknown, message: "\(error)", httpStatus: nil, isRetryable: false,
                      fix: "Unexpected failure; please report it with this message.", context: nil)
        }
    }

    /// Builds the error for an OKX `code`/`msg` pair, with the fix for its situation.
    static func api(code: Code, subCode: Int? = nil, message: String, httpStatus: Int?, context: RequestContext?, clockOffset: Int64? = nil) -> OKXError {
        let doc = code.documentation(subCode: subCode)
        let msg = message.isEmpty ? (doc?.message ?? "") : message
        let fix = Fix.text(for: code, documentation: doc, message: msg, context: context, clockOffset: clockOffset)
        return OKXError(code: code, subCode: subCode, category: doc?.category ?? .unknown, message: msg, httpStatus: httpStatus,
                        isRetryable: doc?.retryMayHelp ?? ((httpStatus ?? 0) >= 500),
                        fix: fix, context: context, measuredClockOffsetMilliseconds: clockOffset)
    }

    static func transport(_ error: TransportError, context: RequestContext?) -> OKXError {
        let fix: String
        switch error.kind {
        case .dns: fix = "The host name did not resolve. Check the base URL/site, your DNS, and any proxy setting (HTTPS_PROXY)."
        case .connect: fix = "Nothing accepted the connection. Check the base URL and port, your network or proxy, and whether a firewall blocks it."
        case .tls: fix = "The TLS handshake or certificate check failed. Check the system's CA certificates and that no proxy intercepts TLS; verification cannot be turned off."
        case .timeout: fix = "No complete answer in time. Retry later or raise the timeout; for orders, query by client order id before resending."
        case .connectionLost: fix = "The connection broke before a complete response. Retry reads; for orders, query by client order id before resending."
        case .responseTooLarge: fix = "The response exceeded the configured maximum size; raise transport.maxResponseBytes or narrow the query (limit, instId)."
        case .cancelled: fix = "The calling task was cancelled."
        case .invalidURL: fix = "Use an https:// base URL (plain http only for a loopback simulator)."
        case .invalidResponse:
            fix = "The server's answer was not valid HTTP (no status line, or a body its Content-Encoding could not decode). "
                + "Check that the base URL points at the OKX API and that no proxy or middlebox alters responses; for orders, query by client order id before resending."
        case .headerTooLarge:
            fix = "The server sent response headers larger than libcurl accepts (about 100 KB); OKX never does. "
                + "Check the base URL and any proxy in between; for orders, query by client order id before resending."
        case .shutdown: fix = "The client was shut down; create a new one."
        case .outOfMemory: fix = "libcurl ran out of memory; free memory or lower transport.maxResponseBytes."
        default: fix = "Retry; if it persists, report the curl error shown."
        }
        let retryable = [.dns, .connect, .timeout, .connectionLost].contains(error.kind)
        // Garbled answers are the server's, not the network's: the same category as an HTML page.
        let category: Category = error.kind == .invalidResponse || error.kind == .headerTooLarge ? .invalidResponse : .transport
        return OKXError(code: nil, category: category, message: error.description, httpStatus: nil, isRetryable: retryable,
                        fix: fix, context: context, transportError: error)
    }

    /// `fix` replaces the advice for a body that is not OKX's envelope at all.
    static func invalidResponse(_ reason: String, status: Int, body: some Collection<UInt8>, context: RequestContext?, fix: String? = nil) -> OKXError {
        OKXError(code: nil, category: .invalidResponse, message: reason, httpStatus: status,
                 isRetryable: status >= 500 || status == 429,
                 fix: fix ?? (status >= 500 ? "OKX (or a gateway in front of it) answered with an error page; retry later." :
                     "The response was not OKX's JSON envelope; check the base URL points at the OKX API (not a website or proxy page)."),
                 context: context, bodyExcerpt: excerpt(body))
    }

    static func configuration(_ message: String, fix: String) -> OKXError {
        OKXError(code: nil, category: .configuration, message: message, httpStatus: nil, isRetryable: false, fix: fix, context: nil)
    }

    static func emptyData(_ what: String) -> OKXError {
        OKXError(code: nil, category: .invalidResponse, message: "\(what) returned no data", httpStatus: nil, isRetryable: false,
                 fix: "OKX answered success without data; check the instrument id and parameters.", context: nil)
    }

    /// A request refused before anything was sent (category ``Category/invalidArgument``), for
    /// code built on the SDK that checks its own arguments.
    public static func invalidArgument(_ message: String, fix: String = "Correct the argument; nothing was sent.") -> OKXError {
        OKXError(code: nil, category: .invalidArgument, message: message, httpStatus: nil, isRetryable: false, fix: fix, context: nil)
    }

    /// `instrumentID`, when known, completes the lookup command in the fix.
    static func outcomeUnknown(clientOrderID: String?, cause: String, transportError: TransportError?, context: RequestContext?,
                               instrumentID: String? = nil) -> OKXError {
        // Read by library and CLI users alike: name both ways of looking the order up.
        let inst = instrumentID ?? "<instId>"
        let lookup = clientOrderID.map {
            "Look the order up by its clOrdId \"\($0)\" before placing it again "
                + "(okx order get \(inst) --cl-ord-id \($0), or client.first(API.Trade.orderDetails(.init(instId: \"\(inst)\", clOrdId: \"\($0)\"))))."
        } ?? "Look the order up (okx orders, or client.send(API.Trade.orderList(.init()))) before sending the request again."
        return OKXError(code: nil, category: .outcomeUnknown, message: "the request may or may not have taken effect: \(cause)",
                        httpStatus: nil, isRetryable: false, fix: lookup, context: context, transportError: transportError,
                        clientOrderID: clientOrderID)
    }

    /// A printable, bounded excerpt of a body: line breaks and tabs become spaces (an excerpt
    /// is one line), other control characters are escaped, only `limit` bytes are read.
    static func excerpt(_ body: some Collection<UInt8>, limit: Int = 200) -> String {
        let head = UntrustedText.bounded(utf8: body, limit: limit)
        let flat = String(head.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
        return UntrustedText.escapingControlCharacters(flat)
    }
}
