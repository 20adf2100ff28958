/// Live trading or demo trading. A key belongs to exactly one of them (50101 otherwise).
///
/// Both use the same REST host; demo adds the header `x-simulated-trading: 1` and uses the
/// `wspap` WebSocket hosts.
public enum Environment: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case live
    case demo

    /// The other environment.
    public var other: Environment { self == .live ? .demo : .live }

    /// Headers this environment adds to every REST request.
    public var headers: [HTTPHeader] { self == .demo ? [HTTPHeader("x-simulated-trading", "1")] : [] }

    /// `live` or `demo`.
    public var description: String { rawValue }
}
