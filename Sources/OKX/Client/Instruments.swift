import CoreMetrics
import Foundation
import Synchronization
import Tracing

/// The client's metric handles and tracer (the metrics are listed on
/// ``OKXClient/Configuration/metricsFactory``). Made once per endpoint and kept: a new `Counter`
/// per request would ask the factory, under its lock, every time.
final class Instruments: Sendable {
    let factory: any MetricsFactory
    let tracer: any Tracer
    private let cache = Mutex<[String: AnyObject]>([:])

    init(factory: (any MetricsFactory)?, tracer: (any Tracer)?) {
        self.factory = factory ?? MetricsSystem.factory
        self.tracer = tracer ?? InstrumentationSystem.tracer
    }

    private func cached<Metric: AnyObject>(_ key: String, _ make: () -> Metric) -> Metric {
        cache.withLock { cache in
            if let found = cache[key] as? Metric { return found }
            let made = make()
            cache[key] = made
            return made
        }
    }

    private func dimensions(_ method: HTTPMethod, _ path: String) -> [(String, String)] { [("method", method.rawValue), ("endpoint", path)] }

    func completed(_ method: HTTPMethod, _ path: String, outcome: String, duration: Duration) {
        let f = factory
        cached("requests \(method) \(path) \(outcome)") { Counter(label: "okx_requests_total", dimensions: dimensions(method, path) + [("outcome", outcome)], factory: f) }.increment()
        cached("duration \(method) \(path)") { CoreMetrics.Timer(label: "okx_request_duration", dimensions: dimensions(method, path), factory: f) }.recordNanoseconds(Self.nanoseconds(duration))
    }

    func waited(_ method: HTTPMethod, _ path: String, _ duration: Duration) {
        let f = factory
        cached("wait \(method) \(path)") { CoreMetrics.Timer(label: "okx_rate_limiter_wait", dimensions: dimensions(method, path), factory: f) }.recordNanoseconds(Self.nanoseconds(duration))
    }

    func retried(_ method: HTTPMethod, _ path: String, reason: String) {
        let f = factory
        cached("retry \(method) \(path) \(reason)") { Counter(label: "okx_retries_total", dimensions: dimensions(method, path) + [("reason", reason)], factory: f) }.increment()
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled &+ attoseconds / 1_000_000_000
    }

    func clockMeasured(offsetMilliseconds: Int64, uncertaintyMilliseconds: Int64) {
        let f = factory
        cached("clock offset") { Gauge(label: "okx_clock_offset_ms", factory: f) }.record(offsetMilliseconds)
        cached("clock uncertainty") { Gauge(label: "okx_clock_uncertainty_ms", factory: f) }.record(uncertaintyMilliseconds)
    }
}
