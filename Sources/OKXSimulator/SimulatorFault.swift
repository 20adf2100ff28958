/// A misbehaviour the simulator can be told to produce, to test what clients do with it.
public enum SimulatorFault: Sendable, Hashable {
    /// A gateway-style HTML error page with this status.
    case htmlPage(status: Int)
    /// A response with no body.
    case emptyBody(status: Int)
    /// OKX's JSON cut off after `bytes` bytes (a complete HTTP response with a broken body).
    case truncatedJSON(bytes: Int)
    /// Answer normally, but only after this delay (to exceed a client's timeout).
    case delay(Duration)
    /// An OKX error envelope with this code (its documented status and message).
    case okxError(code: Int)
}
