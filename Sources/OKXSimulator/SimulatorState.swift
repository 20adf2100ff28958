import Foundation
import Synchronization

/// Everything a running simulator shares between its connections.
final class SimulatorState: Sendable {
    let exchange: SimulatedExchange
    private let settings: Mutex<SimulatorConfiguration>
    private let faults = Mutex<[String: [SimulatorFault]]>([:])
    private let counts = Mutex<[String: Int]>([:])

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

    func nextFault(path: String) -> SimulatorFault? {
        faults.withLock { faults in
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
    }

    func clearFaults() { faults.withLock { $0.removeAll() } }

    func count(_ path: String) { counts.withLock { $0[path, default: 0] += 1 } }
    func requestCount(_ path: String) -> Int { counts.withLock { $0[path] ?? 0 } }
    func resetCounts() { counts.withLock { $0.removeAll() } }
}
