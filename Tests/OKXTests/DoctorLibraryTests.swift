import Foundation
import OKX
import OKXSimulator
import Testing

/// The diagnosis is a library: an application gets the same checks as `okx doctor`, as data.
@Suite struct DoctorLibraryTests {
    @Test func demoKeyAgainstLiveIsTheEnvironmentProblemWithItsFix() async throws {
        var simConfig = SimulatorConfiguration()
        simConfig.clockSkew = .seconds(45)
        let sim = try await OKXSimulator.start(simConfig)
        var config = OKXClient.Configuration(environment: .live, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: SimulatedKey.demo.apiKey, secretKey: SimulatedKey.demo.secretKey, passphrase: SimulatedKey.demo.passphrase)
        let report = await OKXDoctor(configuration: config).run()
        await sim.stop()

        #expect(!report.ok)
        #expect(report.checks.map(\.id) == OKXDoctor.order)
        let problems = report.checks.filter { $0.status == .problem }
        #expect(problems.map(\.id) == ["clock", "environment"])
        let environment = try #require(problems.first { $0.id == "environment" })
        #expect(environment.summary.contains("demo key") && environment.fix?.contains("demo") == true)
        // JSON for a support page or a log: the keys the CLI prints with --json.
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains(#""base_url":"\#(sim.baseURL.replacingOccurrences(of: "/", with: "\\/"))""#) && json.contains(#""status":"problem""#))
        #expect(!json.contains(SimulatedKey.demo.secretKey) && !json.contains(SimulatedKey.demo.passphrase))
    }
}
