import Foundation
import Testing

/// Every sample builds with the package and runs to completion against its embedded simulator.
@Suite struct SampleTests {
    @Test(arguments: [
        ("okx-quickstart", "Signed GET /api/v5/account/balance"),
        ("sample-time-sync", "A signed request with the corrected timestamp succeeded."),
        ("sample-market-data", "300 one-minute candles"),
        ("sample-account-overview", "liquidation at 58418.7"),
        ("sample-order-lifecycle", "canceled state canceled; open orders left: 0"),
        ("sample-environment-mismatch", "switched to demo: balance call succeeded"),
        ("sample-error-tour", "Clock jump of 40 s (50102, handled by one re-sync): succeeded"),
        ("sample-streaming", "canceled\"]"),
        ("sample-risk-monitor", "warned at 61000, before the margin call"),
        ("sample-listing-watcher", "listing followed from pre-open to live"),
        ("sample-futures-grid", "stopped: state stopped"),
        ("sample-dca-cycle", "closed, realized"),
    ])
    func sampleRunsToCompletion(binary: String, expected: String) async throws {
        let path = CLI.binary.deletingLastPathComponent().appendingPathComponent(binary)
        let result = try await Subprocess.run(path.path, [], environment: ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"])
        let status = result.status
        let output = result.stdout + result.stderr
        #expect(status == 0, "\(binary) exited \(status):\n\(output)")
        #expect(output.contains(expected), "\(binary) output:\n\(output)")
    }
}
