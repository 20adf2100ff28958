public import CoreMetrics
public import Logging
public import Tracing

extension OKXClient {
    /// Everything a client needs, as plain values. Build one in code, or load one from the
    /// user's OKX profile with ``Profile/load(profile:configPath:environment:)``.
    ///
    /// ```swift
    /// var config = OKXClient.Configuration(environment: .demo, site: .eea)
    /// config.credentials = Credentials(apiKey: …, secretKey: …, passphrase: …)
    /// ```
    public struct Configuration: Sendable {
        /// Live or demo trading.
        public var environment: Environment
        /// Where the account is registered; selects the REST host unless ``baseURL`` is set.
        public var site: Site
        /// Overrides the site's REST host (a simulator, a proxy). Scheme and host, no path.
        public var baseURL: String?
        /// Needed for private endpoints only.
        public var credentials: Credentials?
        /// libcurl settings: timeouts, proxy, maximum response size, user agent.
        public var transport: CurlTransport.Configuration
        /// How the server clock is measured and refreshed.
        public var clock: ServerClock.Configuration
        /// What is retried, how often, how long.
        public var retry: RetryPolicy
        /// The rate limiter shared by every task using this configuration (copies of the
        /// configuration share it too). `nil` turns client-side limiting off.
        public var rateLimiter: RateLimiter?
        /// Where the client logs (requests, timings, clock warnings; never secrets). Silent by default.
        public var logger: Logger
        /// Where metrics go; `nil` uses `MetricsSystem.factory`, which records nothing until the
        /// application bootstraps a backend. Handles are made once per endpoint and kept, so
        /// bootstrap before creating clients.
        ///
        /// | metric | kind | dimensions |
        /// | --- | --- | --- |
        /// | `okx_requests_total` | counter | `method`, `endpoint`, `outcome` (`ok` or an error category) |
        /// | `okx_request_duration` | timer | `method`, `endpoint` (the whole call, retries included) |
        /// | `okx_rate_limiter_wait` | timer | `method`, `endpoint` |
        /// | `okx_retries_total` | counter | `method`, `endpoint`, `reason` (the error category) |
        /// | `okx_clock_offset_ms`, `okx_clock_uncertainty_ms` | gauge | |
        ///
        /// `endpoint` is the path without its query, so series stay bounded by the documented
        /// endpoints.
        public var metricsFactory: (any MetricsFactory)?
        /// Where spans go, one per call; `nil` uses `InstrumentationSystem.tracer` (a no-op until
        /// bootstrapped).
        public var tracer: (any Tracer)?

        /// A configuration with default transport, clock, retry and rate-limit settings. Without credentials only public endpoints can be called.
        public init(environment: Environment = .live, site: Site = .global, baseURL: String? = nil, credentials: Credentials? = nil) {
            self.environment = environment
            self.site = site
            self.baseURL = baseURL
            self.credentials = credentials
            self.transport = .init()
            self.clock = .init()
            self.retry = .default
            self.rateLimiter = RateLimiter()
            self.logger = Logger(label: "okx", factory: { _ in SwiftLogNoOpLogHandler() })
        }

        /// Throws ``OKXError`` (category ``OKXError/Category/configuration``) for settings that
        /// cannot work safely: a timeout that is not positive (see
        /// ``CurlTransport/Configuration/validate()``) or credentials that cannot be sent in a
        /// header (see ``Credentials/validateForSending()``). A new ``OKXClient`` calls it, so
        /// no client exists with such settings.
        public func validate() throws(OKXError) {
            try transport.validate()
            try credentials?.validateForSending()
        }

        /// The REST base URL in use: ``baseURL`` if set, else the site's host.
        public var effectiveBaseURL: String {
            let base = baseURL ?? site.restBaseURL
            return base.hasSuffix("/") ? String(base.dropLast()) : base
        }
    }
}

extension CurlTransport.Configuration {
    /// The longest timeout accepted. Far beyond any OKX call; a larger value is a mistake, and
    /// one large enough would overflow the conversion to libcurl's milliseconds.
    public static let maximumTimeout: Duration = .seconds(24 * 60 * 60)

    /// Throws ``OKXError`` (category ``OKXError/Category/configuration``) unless both timeouts
    /// are at least 1 ms and at most ``maximumTimeout``. libcurl reads a timeout of 0 as "no
    /// limit", and timeouts reach it in whole milliseconds, so zero, negative and
    /// sub-millisecond values would all let a silent server hold a request forever.
    public func validate() throws(OKXError) {
        for (name, value) in [("totalTimeout", totalTimeout), ("connectTimeout", connectTimeout)] {
            try Self.validate(timeout: value, named: name)
        }
    }

    static func validate(timeout: Duration, named name: String) throws(OKXError) {
        guard timeout >= .milliseconds(1) && timeout <= maximumTimeout else {
            throw OKXError.configuration("\(name) must be between 1 ms and 24 hours (it is \(timeout))",
                                         fix: "Set a positive timeout; libcurl treats 0 as no limit at all.")
        }
    }
}
