/// A misbehaviour the simulator can be told to produce, to test what clients do with it.
public enum SimulatorFault: Sendable, Hashable {
    /// A gateway-style HTML error page with this status.
    case htmlPage(status: Int)
    /// A response with no body.
    case emptyBody(status: Int)
    /// OKX's JSON cut off after `bytes` bytes (a complete HTTP response with a broken body).
    case truncatedJSON(bytes: Int)
    /// Answer normally, but only after this delay (to exceed a client's timeout). Nothing is
    /// processed before the delay ends.
    case delay(Duration)
    /// Process the request (an order is stored), then wait this long before answering.
    case delayAfterProcessing(Duration)
    /// An OKX error envelope with this code (its documented status and message).
    case okxError(code: Int)
    /// Drop the connection before processing: nothing happened, but the client cannot know.
    case resetBeforeProcessing
    /// Process the request (an order is stored), then drop the connection without an answer.
    case resetAfterProcessing
    /// Move the simulator's clock by this much, then answer normally.
    case clockJump(Duration)
    /// Answer with exactly this JSON body and status. With `afterProcessing` the request is
    /// handled first (an order is stored) and only its answer is replaced.
    case body(status: Int, String, afterProcessing: Bool)
}

/// Random faults on a path: each request misbehaves with `probability`, picking one of `faults`.
/// Seeded, so a failing run can be replayed.
public struct FaultPlan: Sendable {
    /// Chance, from 0 to 1, that a request gets a fault.
    public var probability: Double
    /// Faults to choose from; one is picked at random per affected request.
    public var faults: [SimulatorFault]
    /// Seed of the random choices; the same seed and requests give the same faults.
    public var seed: UInt64

    /// A plan that faults each request with `probability`; the default seed is 42.
    public init(probability: Double, faults: [SimulatorFault], seed: UInt64 = 42) {
        self.probability = probability
        self.faults = faults
        self.seed = seed
    }
}

/// A small deterministic generator (SplitMix64) for fault plans.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
