import Foundation
import Synchronization

/// Everything a running simulator shares between its connections.
final class SimulatorState: Sendable {
    let exchange: SimulatedExchange
    private let settings: Mutex<SimulatorConfiguration>
    private let faults = Mutex<[String: [SimulatorFault]]>([:])
    private let counts = Mutex<[String: Int]>([:])
    private let plans = Mutex<[String: (plan: FaultPlan, generator: SplitMix64)]>([:])
    let rateLimits = SimulatedRateLimits()
    let hub = SimulatedWebSocketHub()
    let bots = SimulatedBots()

    init(configuration: SimulatorConfiguration) {
        settings = Mutex(configuration)
        exchange = SimulatedExchange(now: Self.realMilliseconds())
    }

    var configuration: SimulatorConfiguration { settings.withLock { $0 } }
    func update(_ change: (inout SimulatorConfiguration) -> Void) { settings.withLock { change(&$0) } }

    static func realMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    /// The simulator's clock: the real clock plus the configured skew.
    func serverMilliseconds() -> Int64 {
        let skew = settings.withLock { $0.clockSkew }
        let (seconds, atto) = skew.components
        return Self.realMilliseconds() + seconds * 1000 + atto / 1_000_000_000_000_000
    }

    func enqueue(_ fault: SimulatorFault, path: String, times: Int) {
        faults.withLock { $0[path, default: []] += Array(repeating: fault, count: times) }
    }

    func setPlan(_ plan: FaultPlan?, path: String) {
        plans.withLock { $0[path] = plan.map { ($0, SplitMix64(state: $0.seed)) } }
    }

    func nextFault(path: String) -> SimulatorFault? {
        let scripted: SimulatorFault? = faults.withLock { faults in
            if var queue = faults[path], !queue.isEmpty {
                let fault = queue.removeFirst()
                faults[path] = queue
                return fault
            }
            if var queue = faults["*"], !queue.isEmpty {
                let fault = queue.removeFirst()
                faults["*"] = queue
                return fault
            }
            return nil
        }
        if let scripted { return scripted }
        return plans.withLock { plans -> SimulatorFault? in
            for key in [path, "*"] {
                guard var entry = plans[key], !entry.plan.faults.isEmpty else { continue }
                let roll = Double(entry.generator.next() >> 11) / Double(1 << 53)
                let pick = Int(entry.generator.next() % UInt64(entry.plan.faults.count))
                plans[key] = entry
                if roll < entry.plan.probability { return entry.plan.faults[pick] }
            }
            return nil
        }
    }

    func clearFaults() {
        faults.withLock { $0.removeAll() }
        plans.withLock { $0.removeAll() }
    }

    func count(_ path: String) { counts.withLock { $0[path, default: 0] += 1 } }
    func requestCount(_ path: String) -> Int { counts.withLock { $0[path] ?? 0 } }
    func resetCounts() { counts.withLock { $0.removeAll() } }
}
