import ArgumentParser
import Foundation
import OKX
import OKXSimulator

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Find out why requests fail: reachability, clock, credentials, environment, site, passphrase, signature, IP allow-list, permissions.",
        discussion: "Read-only. Exits 5 when a check finds a problem. Try it without an account: okx doctor --sim")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Diagnose a built-in simulator whose clock is 45 s off, using a demo key against live trading.")
    var sim = false

    func run() async throws {
        var configuration: OKXClient.Configuration
        var profilePath: String?
        var overridden = global.baseURL != nil || ProcessInfo.processInfo.environment["OKX_API_BASE_URL"] != nil
        var simulator: OKXSimulator?
        if sim {
            var simConfig = SimulatorConfiguration()
            simConfig.clockSkew = .seconds(45)
            let started = try await OKXSimulator.start(simConfig)
            simulator = started
            configuration = OKXClient.Configuration(environment: global.demo ? .demo : .live, baseURL: started.baseURL)
            let key = SimulatedKey.demo
            configuration.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
            configuration.logger = global.logger
            overridden = true
            if !global.json {
                Output.line("Simulator at \(started.baseURL): its clock runs 45 s ahead, and the client uses a demo key against \(configuration.environment) trading.\n")
            }
        } else {
            let profile = try global.loadProfile()
            profilePath = profile.path
            configuration = profile.clientConfiguration()
            configuration.logger = global.logger
        }
        let report = await OKXDoctor(configuration: configuration, profilePath: profilePath, baseURLOverridden: overridden).run()
        await simulator?.stop()

        if global.json {
            try Output.json(report)
        } else {
            Output.line("okx doctor · \(report.baseURL) · site \(report.site) · \(report.environment) trading")
            let width = OKXDoctor.order.map(\.count).max() ?? 12
            for check in report.checks {
                var line = "\(check.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(check.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(check.summary)"
                if let fix = check.fix, check.status == .problem || check.status == .warning { line += " — fix: \(fix)" }
                Output.line(line)
            }
            let problems = report.checks.filter { $0.status == .problem }.map(\.id)
            let warnings = report.checks.filter { $0.status == .warning }.map(\.id)
            Output.line(problems.isEmpty
                ? "summary  all checks passed\(warnings.isEmpty ? "" : " (warnings: \(warnings.joined(separator: ", ")))")"
                : "summary  \(problems.count) problem\(problems.count == 1 ? "" : "s"): \(problems.joined(separator: ", ")); fix those first")
        }
        if !report.ok { throw ExitStatus.diagnosis }
    }
}
