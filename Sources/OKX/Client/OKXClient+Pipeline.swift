import Foundation
import Logging
import Tracing

extension OKXClient {
    /// Sends a typed endpoint and returns its decoded `data`.
    ///
    /// The pipeline runs on the caller's executor. Pinning it to the curl thread was measured
    /// (Benchmarks/run.sh, 2 cores): it serialized the decoding of concurrent requests onto that
    /// one thread (32 in flight: 12.0k against 17.7k requests/s unpinned) and did not help single
    /// calls (3.5k against 3.9k). A caller running a tight sequential loop can pin *itself* with
    /// `withTaskExecutorPreference(client.transport.preferredExecutor)`: the request is written
    /// from the caller's thread either way, and a pinned caller also resumes on the I/O thread,
    /// so its calls cost no thread hop at all (BENCHMARKS.md, "caller on the curl executor").
    public func send<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        let started = ContinuousClock.now
        let span = instruments.traces ? instruments.tracer.startAnySpan("okx \(endpoint.method) \(endpoint.path)", ofKind: .client) : nil
        defer { span?.end() }
        if let span {
            span.attributes["http.request.method"] = endpoint.method.rawValue
            span.attributes["url.path"] = endpoint.path
            span.attributes["okx.environment"] = configuration.environment == .demo ? "demo" : "live"
        }
        do {
            let response = try await run(endpoint)
            instruments.completed(endpoint.method, endpoint.path, outcome: "ok", duration: ContinuousClock.now - started)
            return response
        } catch {
            let failure = funnel(error, endpoint)
            instruments.completed(endpoint.method, endpoint.path, outcome: "\(failure.category)", duration: ContinuousClock.now - started)
            if let span {
                if let code = failure.code { span.attributes["okx.code"] = "\(code)" }
                span.attributes["okx.error.category"] = "\(failure.category)"
                span.recordError(failure)
                span.setStatus(SpanStatus(code: .error))
            }
            throw failure
        }
    }

    /// The one funnel: whatever leaves the client is an OKXError. What can arrive here besides
    /// one (a cancelled wait on the rate limiter or a backoff) happened before sending.
    private func funnel<Response>(_ error: any Error, _ endpoint: Endpoint<Response>) -> OKXError {
        if let error = error as? OKXError { return error }
        let context = OKXError.RequestContext(method: endpoint.method, requestPath: endpoint.requestPath, environment: configuration.environment,
                                              site: configuration.site, baseURL: configuration.effectiveBaseURL)
        let cause = error is CancellationError ? TransportError.cancelled
            : TransportError(kind: .other, message: "\(error)", requestMayHaveReachedServer: false)
        return OKXError.transport(cause, context: context)
    }

    private func run<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        if let invalid = endpoint.invalid { throw invalid }
        let requestPath = endpoint.requestPath
        let context = OKXError.RequestContext(method: endpoint.method, requestPath: requestPath, environment: configuration.environment,
                                              site: configuration.site, baseURL: baseURL)
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
        let url = baseURL + requestPath
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
                instruments.waited(endpoint.method, endpoint.path, waited)
                if waited > .milliseconds(5) {
                    logger.debug("okx rate limit wait", metadata: ["path": "\(endpoint.path)", "ms": "\(waited.milliseconds)"])
                }
            }
            // Re-stamped when the answer is in: OKX saw the request no later than that.
            defer { for ticket in tickets { configuration.rateLimiter?.complete(ticket) } }
            var headers = configuration.environment.headers
            if endpoint.body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
            if signer != nil || endpoint.validity != nil {
                // Taken as late as possible (after any wait) so it is fresh when OKX checks it.
                let now = try await clock.now()
                if let validity = endpoint.validity {
                    let expTime = now &+ Int64(validity.milliseconds)
                    endpoint.expTimeRecord?.note(expTime)
                    headers.append(HTTPHeader("expTime", String(expTime)))
                }
                if let signer {
                    let timestamp = OKXTimestamp.iso8601(epochMilliseconds: now)
                    headers += signer.headers(timestamp: timestamp, method: endpoint.method, requestPath: requestPath, body: body)
                }
            }
            let request = HTTPRequest(method: endpoint.method, url: url, headers: headers, body: endpoint.body)
            // A server or proxy may echo these very headers back; no error carries them on.
            // Built only on failure: its byte patterns cost more than a successful call's signing.
            var redactor: SecretRedactor { SecretRedactor(credentials: configuration.credentials, request: request) }
            let sentAt = ContinuousClock.now
            let failure: OKXError
            var retryAfter: Duration?
            do {
                let response = try await transport.send(request)
                logger.debug("okx request", metadata: ["method": "\(endpoint.method)", "path": "\(endpoint.path)", "status": "\(response.status)",
                                                       "attempt": "\(attempt)", "ms": "\((ContinuousClock.now - sentAt).milliseconds)"])
                do {
                    return try Envelope.decode(response, isBatch: endpoint.isBatch, context: context)
                } catch let error as OKXError {
                    // Read only when the call failed: a header scan on every success was waste.
                    retryAfter = response.header("Retry-After").flatMap { Int($0) }.map { .seconds($0) }
                    failure = redactor.redact(error)
                }
            } catch {
                // A custom transport may throw anything; what it did with the request is unknown.
                let transportError = error as? TransportError
                    ?? TransportError(kind: error is CancellationError ? .cancelled : .other, message: "\(error)", requestMayHaveReachedServer: true)
                logger.debug("okx transport failure", metadata: ["method": "\(endpoint.method)", "path": "\(endpoint.path)", "kind": "\(transportError.kind)", "attempt": "\(attempt)"])
                failure = redactor.redact(.transport(transportError, context: context))
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
            switch RetryPolicy.decide(after: failure, idempotency: endpoint.idempotency) {
            case .outcomeUnknown(let clientOrderID):
                throw OKXError.outcomeUnknown(clientOrderID: clientOrderID, cause: failure.message, transportError: failure.transportError, context: context,
                                              instrumentID: endpoint.instruments.count == 1 ? endpoint.instruments.first : nil)
            case .fail:
                throw failure
            case .retry:
                guard attempt < policy.maxAttempts else { throw failure }
            }
            let delay = policy.delay(afterAttempt: attempt, hint: retryAfter)
            guard ContinuousClock.now + delay - started < policy.deadline else { throw failure }
            instruments.retried(endpoint.method, endpoint.path, reason: "\(failure.category)")
            logger.debug("okx retry", metadata: ["path": "\(endpoint.path)", "attempt": "\(attempt)", "delay_ms": "\(delay.milliseconds)", "reason": "\(failure.category)"])
            try await Task.sleep(for: delay)
        }
    }
}

extension OKXClient {
    /// The escape hatch for endpoints without a typed method: sends any request, signed when
    /// `auth` is `.private`, and returns the envelope. Non-zero codes throw `OKXError`, except
    /// codes 1 and 2 ("all" / "some items failed") when the body is an array (a batch): then
    /// the data is returned and each item's `sCode` says what happened to it.
    ///
    /// ```swift
    /// let raw = try await okx.send(.get, "/api/v5/account/bills", query: ["limit": "10"], auth: .private)
    /// ```
    public func send(_ method: HTTPMethod, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
                     auth: EndpointSpec.Authentication? = nil, idempotency: Idempotency? = nil) async throws -> RawResponse {
        try await send(method, path, queryItems: query.map { QueryItem($0.key, $0.value) }, body: body, auth: auth, idempotency: idempotency)
    }

    /// The escape hatch with query parameters built at run time (a command line, a config file).
    public func send(_ method: HTTPMethod, _ path: String, queryItems: [QueryItem], body: JSONValue? = nil,
                     auth: EndpointSpec.Authentication? = nil, idempotency: Idempotency? = nil) async throws -> RawResponse {
        let bytes = try body.map { try OKXJSON.encode($0) }
        // OKX's batch endpoints take an array; only for those do codes 1 and 2 mean "see the
        // items" rather than a failure of the call.
        var isBatch = false
        if case .array = body { isBatch = true }
        let endpoint = Endpoint<JSONValue>(method: method, path: path, query: queryItems, body: bytes,
                                           auth: auth, idempotency: idempotency, isBatch: isBatch)
        let data = try await send(endpoint)
        return RawResponse(data: data)
    }
}

/// What ``OKXClient/send(_:_:query:body:auth:idempotency:)`` returns: the envelope's data.
public struct RawResponse: Sendable, Hashable {
    /// `data` as JSON values (numbers kept exact as `Decimal`).
    public let data: JSONValue
}
