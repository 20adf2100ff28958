import Foundation
@testable import OKX
import OKXSimulator
import OKXStreams
import Testing

/// The simulator lets go of a WebSocket connection its client closed, also when nothing is ever
/// pushed on it: before, its handler waited (in a task group) for a writer that nobody had
/// cancelled, so the session stayed open until the next push or until `stop()`.
@Suite(.timeLimit(.minutes(2))) struct SimulatorWebSocketCloseTests {
    @Test func connectionClosedByItsClientEndsAtTheSimulatorWithoutAPush() async throws {
        let sim = try await OKXSimulator.start()
        let key = SimulatedKey.demo
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        let rest = try OKXClient(configuration: config)
        let streams = OKXStreams(configuration: OKXStreams.Configuration(client: config, webSocketBaseURL: sim.webSocketBaseURL), rest: rest)
        // A private channel: no market tick ever pushes on it.
        let orders = streams.subscribe(.orders())
        try await sim.expectWebSockets("the orders subscription") { connections, subscriptions in connections == 1 && subscriptions == 1 }
        await streams.shutdown()
        withExtendedLifetime(orders) {}
        try await sim.expectWebSockets("the closed connection to end at the simulator") { connections, _ in connections == 0 }
        await rest.shutdown(); await sim.stop()
    }
}
