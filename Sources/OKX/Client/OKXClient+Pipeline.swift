import Foundation
import Logging

extension OKXClient {
    /// Sends a typed endpoint and returns its decoded `data`.
    ///
    /// The pipeline runs on the caller's executor. Pinning it to the curl thread was measured
    /// (Benchmarks/run.sh, 2 cores): it serialized the decoding of concurrent requests onto that
    /// one thread (32 in flight: 12.0k against 17.7k requests/s unpinned) and did not help single
    /// calls (3.5k against 3.9k). A caller running a tight sequential loop can pin *itself* with
    /// `withTaskExecutorPreference(client.transport.preferredExecutor)`, which removes both thread
    /// hops of each request (4.2–4.5k requests/s).
    public func send<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        try await run(endpoint)
    }

    private func run<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        let requestPath = endpoint.requestPath
        let context = OKXError.RequestContext(method: endpoint.method, requestPath: requestPath, environment: configuration.environment,
                                              site: configuration.site, baseURL: configuration.effectiveBaseURL)
        let signer: Signer?
        if endpoint.auth == .private {
            guard let configured = self.signer else {
                throw OKXError.configuration("\(endpoint.method) \(endpoint.path) is a private endpoint and no credentials are configured",
                                             fix: "Set api_key, secret_key and passphrase in ~/.okx/config.toml or OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE, or pass Credentials in the configuration.")
            }
            signer = configured
        } else {
            signer = nil
        }
        let url = configuration.effectiveBaseURL + requestPath
        let body = endpoint.body ?? []
        let policy = configuration.retry
        let started = ContinuousClock.now
        var attempt = 0
        var resynced = false

        let bookings = configuration.rateLimiter?.bookings(for: endpoint, user: signer == nil ? nil : configuration.credentials?.apiKey) ?? []

        while true {
            attempt += 1
            var tickets: [RateLimiter.Ticket] = []
            if let limiter = configuration.rateLimiter {
                let waitStart = ContinuousClock.now
                for (key, limit, cost) in bookings { tickets.append(try await limiter.acquire(key, limit: limit, cost: cost)) }
                let waited = ContinuousClock.now - waitStart
                if waited > .milliseconds(5) {
                    logger.debug("okx rate limit wait", metadata: ["path": "\(endpoint.path)", "ms": "\(waited.milliseconds)"])
                }
            }
            // Re-stamped when the answer is in: OKX saw the request no later than that.
            defer { for ticket in tickets { configuration.rateLimiter?.complete(ticket) } }
            var headers = configuration.environment.headers
            if endpoint.body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
            if let signer {
                // Taken as late as possible (after any wait) so it is fresh when OKX checks it.
                let timestamp = OKXTimestamp.iso8601(epochMilliseconds: try await clock.now())
                headers += signer.headers(timestamp: timestamp, method: endpoint.method, requestPath: requestPath, body: body)
            }
            let request = HTTPRequest(method: endpoint.method, url: url, headers: headers, body: endpoint.body)
            // A server or proxy may echo these very headers back; no error carries them on.
            let redactor = SecretRedactor(credentials: configuration.credentials, request: request)
            let sentAt = ContinuousClock.now
            let failure: OKXError
            var retryAfter: Duration?
            do {
                let response = try await transport.send(request)
                retryAfter = response.header("Retry-After").flatMap { Int($0) }.map { .seconds($0) }
                logger.debug("okx request", metadata: ["method": "\(endpoint.method)", "path": "\(endpoint.path)", "status": "\(response.status)",
                                                       "attempt": "\(attempt)", "ms": "\((ContinuousClock.now - sentAt).milliseconds)"])
                do {
                    return try Envelope.decode(response, isBatch: endpoint.isBatch, context: context)
                } catch let error as OKXError {
                    failure = redactor.redact(error)
                }
            } catch let error as TransportError {
                logger.debug("okx transport failure", metadata: ["method": "\(endpoint.method)", "path": "\(endpoint.path)", "kind": "\(error.kind)", "attempt": "\(attempt)"])
                failure = redactor.redact(.transport(error, context: context))
            }

            if let code = failure.code, code.isTimestampRejection, signer != nil {
                if !resynced {
                    resynced = true
                    logger.info("okx rejected the timestamp; re-syncing the clock and retrying once", metadata: ["code": "\(code)"])
                    try await clock.resync()
                    continue
                }
                throw OKXError.api(code: code, message: failure.message, httpStatus: failure.httpStatus, context: context,
                                   clockOffset: clock.measurement?.offsetMilliseconds)
            }
            if case .unsafe(let clientOrderID) = endpoint.idempotency, Self.outcomeIsUnknown(failure) {
                throw OKXError.outcomeUnknown(clientOrderID: clientOrderID, cause: failure.message, transportError: failure.transportError, context: context)
            }
            guard Self.mayRetry(failure, idempotency: endpoint.idempotency), attempt < policy.maxAttempts else { throw failure }
            let delay = policy.delay(afterAttempt: attempt, hint: retryAfter)
            guard ContinuousClock.now + delay - started < policy.deadline else { throw failure }
            logger.debug("okx retry", metadata: ["path": "\(endpoint.path)", "attempt": "\(attempt)", "delay_ms": "\(delay.milliseconds)", "reason": "\(failure.category)"])
            try await Task.sleep(for: delay)
        }
    }

    /// After this failure, may an order-changing request have taken effect?
    static func outcomeIsUnknown(_ error: OKXError) -> Bool {
        if let transport = error.transportError { return transport.requestMayHaveReachedServer }
        if error.code == .endpointTimeout { return true }
        // A gateway page, an empty or a garbled body after the request was sent says nothing
        // about whether OKX acted on it.
        return error.category == .invalidResponse
    }

    static func mayRetry(_ error: OKXError, idempotency: Idempotency) -> Bool {
        guard RetryPolicy.isTransient(error) else { return false }
        switch idempotency {
        case .safe, .idempotent: return true
        case .unsafe:
            // Only answers that prove the order was refused, or failures before it left.
            if let transport = error.transportError { return !transport.requestMayHaveReachedServer }
            return error.code == .rateLimited || error.code == .subAccountRateLimited
        }
    }
}

extension OKXClient {
    /// The escape hatch for endpoints without a typed method: sends any request, signed when
    /// `auth` is `.private`, and returns the envelope. Non-zero codes still throw `OKXError`.
    ///
    /// ```swift
    /// let raw = try await okx.send(.get, "/api/v5/account/bills", query: ["limit": "10"], auth: .private)
    /// ```
    public func send(_ method: HTTPMethod, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
                     auth: EndpointSpec.Authentication? = nil, idempotency: Idempotency? = nil) async throws -> RawResponse {
        let bytes = try body.map { try OKXJSON.encode($0) }
        let endpoint = Endpoint<JSONValue>(method: method, path: path, query: query.map { QueryItem($0.key, $0.value) }, body: bytes,
                                           auth: auth, idempotency: idempotency, isBatch: true)
        let data = try await send(endpoint)
        return RawResponse(data: data)
    }
}

/// What ``OKXClient/send(_:_:query:body:auth:idempotency:)`` returns: the envelope's data.
public struct RawResponse: Sendable, Hashable {
    /// `data` as JSON values (numbers kept exact as `Decimal`).
    public let data: JSONValue
}
