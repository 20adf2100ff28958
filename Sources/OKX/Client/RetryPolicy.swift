/// When a failed request is tried again.
///
/// Reads (``Idempotency/safe``) and cancels/amends (``Idempotency/idempotent``) are retried on
/// transport failures that may be passing, error pages and garbled bodies, and OKX's "busy"
/// codes (50001, 50004, 50011, 50013, 50061), with exponential backoff and full jitter, within ``maxAttempts`` and
/// ``deadline``. Order placement (``Idempotency/unsafe(clientOrderID:)``) is never resent
/// after it may have reached OKX; it is resent only when it provably never left this machine
/// (DNS, connect, TLS failures). A timestamp rejection is separate: one re-sync and re-sign.
public struct RetryPolicy: Sendable, Hashable {
    /// Total attempts, the first included. 1 disables retries.
    public var maxAttempts: Int
    /// Backoff before the second attempt; doubled each time, capped by ``maxDelay``.
    public var baseDelay: Duration
    /// Longest backoff between two attempts, however many attempts came before.
    public var maxDelay: Duration
    /// No retry starts later than this after the first attempt.
    public var deadline: Duration
    /// How long an order request stays valid at OKX. Sent as the `expTime` header: OKX drops a
    /// copy that reaches it later (a request held up in a gateway, say), which is what lets the
    /// client prove, after an unknown outcome, that the order will never appear.
    public var orderDeadline: Duration
    /// After ``orderDeadline`` has passed on OKX's clock, how long an accepted order is given to
    /// show up in queries before its absence counts as proof.
    public var orderSettle: Duration
    /// Pause between look-ups while an order with an unknown outcome is being settled.
    public var orderLookupInterval: Duration

    /// A policy with explicit limits; the order settings default to an `expTime` 5 s ahead, 1 s for an accepted order to show up, and 500 ms between look-ups.
    public init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration, deadline: Duration,
                orderDeadline: Duration = .seconds(5), orderSettle: Duration = .seconds(1), orderLookupInterval: Duration = .milliseconds(500)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.deadline = deadline
        self.orderDeadline = orderDeadline
        self.orderSettle = orderSettle
        self.orderLookupInterval = orderLookupInterval
    }

    /// 3 attempts, 100 ms doubling to at most 2 s, within 10 s; orders valid for 5 s at OKX.
    public static let `default` = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(2), deadline: .seconds(10))
    /// Never retry (the timestamp re-sync still happens, and an order with an unknown outcome is
    /// still looked up; it is just never placed again).
    public static let none = RetryPolicy(maxAttempts: 1, baseDelay: .zero, maxDelay: .zero, deadline: .zero)

    /// The delay before attempt `attempt + 1` (attempt counts from 1), with full jitter;
    /// at least `hint` when the server said how long to wait.
    func delay(afterAttempt attempt: Int, hint: Duration? = nil) -> Duration {
        let exponent = min(attempt - 1, 20)
        let ceiling = min(maxDelay, baseDelay * (1 << exponent))
        let ms = ceiling.milliseconds
        let jittered = Duration.milliseconds(Int.random(in: (ms / 2)...max(ms / 2, ms)))
        return max(jittered, hint ?? .zero)
    }

    /// Whether an error may pass if the same request is sent again.
    static func isTransient(_ error: OKXError) -> Bool {
        if let transport = error.transportError {
            return [.dns, .connect, .timeout, .connectionLost].contains(transport.kind)
        }
        if let code = error.code {
            return [.serviceUnavailable, .endpointTimeout, .rateLimited, .systemBusy, .subAccountRateLimited].contains(code)
                || (error.httpStatus ?? 0) >= 500
        }
        // A gateway page or a garbled body: sending the same read again usually works.
        return error.category == .invalidResponse
    }

    /// What the pipeline does after a failed attempt. The whole rule for resending lives here;
    /// order placement adds its settlement by clOrdId on top (``TradeAPI/placeOrder(_:)``).
    enum Decision: Equatable {
        /// Send the same request again (after a backoff, within the attempts and deadline).
        case retry
        /// Give the error to the caller.
        case fail
        /// A request that changes state may have taken effect: never resend it; report it.
        case outcomeUnknown(clientOrderID: String?)
    }

    static func decide(after error: OKXError, idempotency: Idempotency) -> Decision {
        switch idempotency {
        case .safe, .idempotent:
            return isTransient(error) ? .retry : .fail
        case .unsafe(let clientOrderID):
            if outcomeIsUnknown(error) { return .outcomeUnknown(clientOrderID: clientOrderID) }
            // Resent only after answers that prove it was refused, or failures before it left.
            guard isTransient(error) else { return .fail }
            if let transport = error.transportError { return transport.requestMayHaveReachedServer ? .fail : .retry }
            return error.code == .rateLimited || error.code == .subAccountRateLimited ? .retry : .fail
        }
    }

    /// After this failure, may a state-changing request have taken effect?
    static func outcomeIsUnknown(_ error: OKXError) -> Bool {
        if let transport = error.transportError { return transport.requestMayHaveReachedServer }
        // 50004 and 51149 are OKX saying it does not know either.
        if error.code == .endpointTimeout || error.code == 51149 { return true }
        // A gateway page, an empty or a garbled body after the request was sent says nothing
        // about whether OKX acted on it.
        return error.category == .invalidResponse
    }
}
