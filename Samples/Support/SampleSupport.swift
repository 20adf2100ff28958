// Shared by the samples: run against the embedded simulator unless the command line says
// --live or --demo, in which case the user's OKX profile (~/.okx/config.toml, OKX_*) is used.
public import OKX
public import OKXSimulator

/// Where a sample runs: the embedded simulator (default) or real OKX.
public struct SampleTarget: Sendable {
    public let configuration: OKXClient.Configuration
    /// The simulator, when running against it (so samples can show simulator-only tricks).
    public let simulator: OKXSimulator?

    /// `--live` / `--demo` select real OKX with the user's profile; anything else starts a simulator.
    public static func fromCommandLine(simulator configure: (inout SimulatorConfiguration) -> Void = { _ in }) async throws -> SampleTarget {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.contains("--live") || arguments.contains("--demo") {
            var configuration = try Profile.load().clientConfiguration()
            configuration.environment = arguments.contains("--live") ? .live : .demo
            print("Running against OKX (\(configuration.environment), \(configuration.effectiveBaseURL))\n")
            return SampleTarget(configuration: configuration, simulator: nil)
        }
        var simConfig = SimulatorConfiguration()
        configure(&simConfig)
        let sim = try await OKXSimulator.start(simConfig)
        var configuration = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        let key = SimulatedKey.demo
        configuration.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        print("Running against the embedded simulator at \(sim.baseURL) (pass --demo or --live to use your OKX profile)\n")
        return SampleTarget(configuration: configuration, simulator: sim)
    }

    /// Stops the simulator, if one was started.
    public func finish() async {
        await simulator?.stop()
    }
}
