import Logging

// Design
// ======
// A private call, end to end, touches these files:
//   1. Generated/API+*.swift   the generated descriptor builds an `Endpoint` value (method, path,
//                              params, checked by RequestRules; auth and rate limit come from the
//                              generated catalog). TradeAPI adds order recovery on top.
//   2. OKXClient+Pipeline      asks `ServerClock.now()` (local clock + cached offset, no round trip),
//   3. Signer                  signs timestamp + METHOD + path?query + body,
//   4. CurlTransport           sends it on the libcurl thread (body capped while reading),
//   5. Envelope                decodes `{code,msg,data}`; non-zero codes, HTML and truncated bodies
//                              become `OKXError`s with category, retry decision and fix,
//   6. RetryPolicy             decides about a retry. Signing is inside the retry loop, so a
//                              timestamp rejection re-syncs the clock and re-signs once; an order
//                              whose outcome is unknown is reported with its clOrdId, never resent.
// The pipeline runs on the caller's executor; see `send(_:)` for why it is not pinned to the curl
// thread, and CurlEventLoop.swift for how callers that pin themselves avoid every thread hop.

/// The OKX REST client.
///
/// ```swift
/// try await OKXClient.withClient(configuration: config) { okx in
///     let ticker = try await okx.first(API.MarketData.ticker(.init(instId: "BTC-USDT")))
///     let balance = try await okx.first(API.TradingAccount.getBalance())
/// }
/// ```
///
/// One client is meant to be shared by all tasks of a program: it is `Sendable`, keeps one
/// connection pool and one synchronized clock. Call ``shutdown()`` when done (or use
/// ``withClient(configuration:transport:isolation:_:)``).
public final class OKXClient: Sendable {
    /// The configuration the client was created with; it cannot change afterwards.
    public let configuration: Configuration
    /// The transport in use (``CurlTransport`` unless one was injected).
    public let transport: any HTTPTransport
    /// The synchronized server clock used for signing.
    public let clock: ServerClock
    let signer: Signer?
    let logger: Logger
    let instruments: Instruments
    /// `configuration.effectiveBaseURL`, worked out once: every call needs it, twice.
    let baseURL: String
    private let ownedTransport: CurlTransport?

    /// Creates a client. Without `transport`, a ``CurlTransport`` is created from
    /// `configuration.transport` and shut down by ``shutdown()``. Throws ``OKXError``, also for
    /// a configuration that ``Configuration/validate()`` refuses.
    public init(configuration: Configuration, transport: (any HTTPTransport)? = nil) throws(OKXError) {
        try configuration.validate()
        self.configuration = configuration
        self.logger = configuration.logger
        if let transport {
            self.transport = transport
            self.ownedTransport = nil
        } else {
            let curl: CurlTransport
            do { curl = try CurlTransport(configuration: configuration.transport) } catch { throw OKXError(error) }
            self.transport = curl
            self.ownedTransport = curl
        }
        self.signer = configuration.credentials.map(Signer.init(credentials:))
        let instruments = Instruments(factory: configuration.metricsFactory, tracer: configuration.tracer)
        self.instruments = instruments
        self.baseURL = configuration.effectiveBaseURL
        let timeURL = configuration.effectiveBaseURL + "/api/v5/public/time"
        let transport = self.transport
        self.clock = ServerClock(configuration: configuration.clock, logger: configuration.logger, fetch: {
            try await Self.fetchServerTime(transport: transport, url: timeURL)
        }, measured: { instruments.clockMeasured(offsetMilliseconds: $0.offsetMilliseconds, uncertaintyMilliseconds: $0.uncertaintyMilliseconds) })
    }

    /// Runs `body` with a new client and shuts it down afterwards, also when `body` throws.
    /// `body` runs in the caller's isolation (the main actor in a script, say).
    public static func withClient<Result>(
        configuration: Configuration, transport: (any HTTPTransport)? = nil,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (OKXClient) async throws -> Result
    ) async throws -> Result {
        let client = try OKXClient(configuration: configuration, transport: transport)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// Stops the transport this client created. Requests still in flight fail.
    public func shutdown() async {
        await ownedTransport?.shutdown()
    }

    /// Orders with recovery: placement that settles an unknown outcome by client order id,
    /// cancels that count "already cancelled" as done. Every other endpoint: ``send(_:)`` with
    /// its generated descriptor under ``API``.
    public var trade: TradeAPI { TradeAPI(client: self) }

    /// Sends `endpoint` and returns the first item of its `data`, for endpoints that answer one
    /// (a ticker, a balance, an order). Throws ``OKXError/Category/invalidResponse`` when OKX
    /// answered success with an empty `data`.
    public func first<Item>(_ endpoint: Endpoint<[Item]>) async throws -> Item {
        guard let item = try await send(endpoint).first else { throw OKXError.emptyData(endpoint.path) }
        return item
    }

    static func fetchServerTime(transport: any HTTPTransport, url: String) async throws -> Int64 {
        let response: HTTPResponse
        do { response = try await transport.send(HTTPRequest(method: .get, url: url)) } catch { throw OKXError(error) }
        let times: [API.PublicData.GetSystemTime.Response] = try Envelope.decode(response, isBatch: false, context: nil)
        guard let ts = times.first?.ts else {
            throw OKXError.invalidResponse("the time endpoint returned no ts", status: response.status, body: Array(response.body), context: nil)
        }
        return OKXJSON.millisecondsValue(ts)
    }
}
