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
    /// False for the no-op tracer (the default): the client then skips building the span's
    /// name and attributes, which cost string interpolations on every call for nothing.
    let traces: Bool
    private let cache = Mutex<[Key: AnyObject]>([:])

    /// What a metric is cached under. A struct, not an interpolated `String`: building the key
    /// text twice per call cost more than the lookup.
    private struct Key: Hashable {
        var kind: UInt8
        var method: String
        var path: String
        var detail: String
    }

    init(factory: (any MetricsFactory)?, tracer: (any Tracer)?) {
        self.factory = factory ?? MetricsSystem.factory
        let tracer = tracer ?? InstrumentationSystem.tracer
        self.tracer = tracer
        self.traces = !(tracer is NoOpTracer)
    }

    private func cached<Metric: AnyObject>(_ key: Key, _ make: () -> Metric) -> Metric {
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
        cached(Key(kind: 0, method: method.rawValue, path: path, detail: outcome)) { Counter(label: "okx_requests_total", dimensions: dimensions(method, path) + [("outcome", outcome)], factory: f) }.increment()
        cached(Key(kind: 1, method: method.rawValue, path: path, detail: "")) { CoreMetrics.Timer(label: "okx_request_duration", dimensions: dimensions(method, path), factory: f) }.recordNanoseconds(Self.nanoseconds(duration))
    }

    func waited(_ method: HTTPMethod, _ path: String, _ duration: Duration) {
        let f = factory
        cached(Key(kind: 2, method: method.rawValue, path: path, detail: "")) { CoreMetrics.Timer(label: "okx_rate_limiter_wait", dimensions: dimensions(method, path), factory: f) }.recordNanoseconds(Self.nanoseconds(duration))
    }

    func retried(_ method: HTTPMethod, _ path: String, reason: String) {
        let f = factory
        cached(Key(kind: 3, method: method.rawValue, path: path, detail: reason)) { Counter(label: "okx_retries_total", dimensions: dimensions(method, path) + [("reason", reason)], factory: f) }.increment()
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled &+ attoseconds / 1_000_000_000
    }

    func clockMeasured(offsetMilliseconds: Int64, uncertaintyMilliseconds: Int64) {
        let f = factory
        cached(Key(kind: 4, method: "", path: "", detail: "")) { Gauge(label: "okx_clock_offset_ms", factory: f) }.record(offsetMilliseconds)
        cached(Key(kind: 5, method: "", path: "", detail: "")) { Gauge(label: "okx_clock_uncertainty_ms", factory: f) }.record(uncertaintyMilliseconds)
    }
}
