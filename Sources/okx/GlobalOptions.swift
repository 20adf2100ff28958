import ArgumentParser
import Foundation
import Logging
import OKX

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Profile in ~/.okx/config.toml (default: its default_profile).")
    var profile: String?

    @Option(help: ArgumentHelp("Configuration file.", valueName: "path"))
    var config: String?

    @Flag(name: .customLong("demo"), help: "Use demo trading (x-simulated-trading: 1).")
    var demo = false

    @Flag(name: .customLong("live"), help: "Use live trading.")
    var live = false

    @Option(help: "Site of the account: global, eea or us.")
    var site: String?

    @Option(name: .customLong("base-url"), help: "REST base URL (also OKX_API_BASE_URL), e.g. a simulator.")
    var baseURL: String?

    @Flag(help: "Machine-readable JSON output.")
    var json = false

    @Flag(help: "Show requests and timings on stderr (never secrets).")
    var verbose = false

    func validate() throws {
        if demo && live { throw ValidationError("--demo and --live exclude each other") }
        if let site, Site(named: site) == nil { throw ValidationError("--site must be global, eea or us") }
    }

    /// The profile with the command line's overrides applied.
    func loadProfile(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Profile {
        var profile = try Profile.load(profile: self.profile, configPath: config, environment: environment)
        if demo { profile.environment = .demo }
        if live { profile.environment = .live }
        if let site, let named = Site(named: site) { profile.site = named }
        if let baseURL { profile.baseURL = baseURL }
        Output.protect(profile.credentials)
        return profile
    }

    /// A client configuration for this invocation; warnings go to stderr.
    func clientConfiguration() throws -> OKXClient.Configuration {
        let profile = try loadProfile()
        if !json { for warning in profile.warnings { Output.warn(warning) } }
        var configuration = profile.clientConfiguration()
        configuration.logger = logger
        return configuration
    }

    var logger: Logger {
        guard verbose else { return Logger(label: "okx", factory: { _ in SwiftLogNoOpLogHandler() }) }
        var logger = Logger(label: "okx", factory: Output.logHandler)
        logger.logLevel = .debug
        return logger
    }

    /// Runs `body` with a client for this invocation.
    func withClient<R: Sendable>(_ body: (OKXClient) async throws -> R) async throws -> R {
        try await OKXClient.withClient(configuration: try clientConfiguration(), body)
    }
}
