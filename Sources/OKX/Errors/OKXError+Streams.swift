extension OKXError {
    /// An order operation sent over another channel (the private WebSocket, say) whose answer
    /// never came: OKX may or may not have acted on it. Carries the client order id to look it
    /// up by, like the REST client's own unknown outcomes.
    public static func unansweredOrder(clientOrderID: String?, cause: String) -> OKXError {
        outcomeUnknown(clientOrderID: clientOrderID, cause: cause, transportError: nil, context: nil)
    }
}
