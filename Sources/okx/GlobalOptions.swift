import ArgumentParser
import Foundation
import Logging
import OKX

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Profile in ~/.okx/config.toml (default: its default_profile).")
    var profile: String?

    @Option(help: ArgumentHelp("Configuration file (default ~/.okx/config.toml, used only if present; a path given here must exist).", valueName: "path"))
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

    /// The profile with the command line's overrides applied; its warnings go to stderr (in
    /// every output mode: stdout may be JSON for a program, but the user still has to see them).
    ///
    /// `--demo`/`--live` are the most explicit choice and win over the profile and `OKX_DEMO`;
    /// the variable is then left out entirely, so a conflict between it and the profile cannot
    /// stop a command whose environment was named on its command line.
    func loadProfile(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Profile {
        var environment = environment
        if demo || live { environment["OKX_DEMO"] = nil }
        var profile = try Profile.load(profile: self.profile, configPath: config, environment: environment)
        for warning in profile.warnings { Output.warn(warning) }
        if demo { profile.environment = .demo; profile.environmentSource = "--demo"; profile.environmentIsDefault = false }
        if live { profile.environment = .live; profile.environmentSource = "--live"; profile.environmentIsDefault = false }
        if let site, let named = Site(named: site) { profile.site = named }
        if let baseURL { profile.baseURL = baseURL }
        Output.protect(profile.credentials)
        return profile
    }

    /// A client configuration for this invocation; warnings go to stderr.
    func clientConfiguration() throws -> OKXClient.Configuration {
        try loadConfiguration().configuration
    }

    /// The validated configuration, and what chose its environment (for ``announce(_:source:)``).
    func loadConfiguration() throws -> (configuration: OKXClient.Configuration, environmentSource: String) {
        let profile = try loadProfile()
        var configuration = profile.clientConfiguration()
        configuration.logger = logger
        // Fail here, with the configuration error, rather than after announcing the environment.
        try configuration.validate()
        return (configuration, profile.environmentSource)
    }

    /// The configuration for a command that can change orders or funds, after saying on stderr
    /// where it goes (in every output mode). On live trading it refuses without `confirmed`,
    /// naming `action`.
    func tradingConfiguration(confirmed: Bool, action: String) throws -> OKXClient.Configuration {
        let (configuration, source) = try loadConfiguration()
        Self.announce(configuration, source: source)
        if configuration.environment == .live && !confirmed {
            throw ValidationError("this would \(action) on LIVE trading at \(configuration.effectiveBaseURL); add --yes to confirm, or use --demo")
        }
        return configuration
    }

    /// One stderr line: live or demo (and why), site, base URL.
    static func announce(_ configuration: OKXClient.Configuration, source: String) {
        let environment = configuration.environment == .live ? "LIVE trading" : "demo trading"
        FileHandle.standardError.write(Data("okx: \(environment) (\(source)) · site \(configuration.site) · \(configuration.effectiveBaseURL)\n".utf8))
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
