import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// The doctor's diagnoses for what changed in 2026: accounts moved to another site (50119),
/// KYC level (59113), region and KYC-country restrictions (51155, 51734), VIP-gated WebSocket
/// channels (64003). Each with a fix in plain language.
@Suite struct DoctorDiagnosisTests {
    func configuration(_ sim: OKXSimulator, key: SimulatedKey, site: Site = .global) -> OKXClient.Configuration {
        var config = OKXClient.Configuration(environment: key.environment == .demo ? .demo : .live, site: site, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        return config
    }

    func check(_ report: OKXDoctor.Report, _ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> OKXDoctor.Check {
        try #require(report.checks.first { $0.id == id }, sourceLocation: sourceLocation)
    }

    /// An account moved to the EEA site: its key is unknown (50119) at the global host it was
    /// configured for. The doctor tries the key at the other sites and names the one that knows it.
    @Test func keyOfAMovedAccountIsFoundOnItsNewSite() async throws {
        var moved = SimulatedKey.demo
        moved.site = "eea"
        try await withStartedSimulator({ $0.keys = [moved] }) { global in
            try await withStartedSimulator({ $0.site = "eea"; $0.keys = [moved] }) { eea in
                var doctor = OKXDoctor(configuration: configuration(global, key: moved))
                doctor.siteBaseURLs = ["eea": eea.baseURL]
                let report = await doctor.run()
                #expect(!report.ok)
                let site = try check(report, "site")
                #expect(site.status == .problem && site.summary.contains("belongs to the eea site") && site.summary.contains("50119"), "\(site)")
                #expect(site.fix?.contains("--site eea") == true && site.fix?.contains("OKX_SITE=eea") == true, "\(site)")
                #expect(global.requestCount(path: "/api/v5/account/config") == 1 && eea.requestCount(path: "/api/v5/account/config") == 1,
                        "one read-only call per site, nothing else")

                // Where no other site can be tried (a base URL set by hand), it says which sites to try and how.
                let blind = await OKXDoctor(configuration: configuration(global, key: moved)).run()
                let unprobed = try check(blind, "site")
                #expect(unprobed.status == .problem && unprobed.summary.contains("cannot be probed"), "\(unprobed)")
                #expect(unprobed.fix?.contains("eea.okx.com") == true && unprobed.fix?.contains("us.okx.com") == true
                        && unprobed.fix?.contains("--site eea") == true && unprobed.fix?.contains("moved") == true, "\(unprobed)")
            }
        }
    }

    @Test(arguments: [(59113, "KYC2"), (51155, "region"), (51734, "country of the account's identity verification")])
    func accountRestrictionIsDiagnosedWithItsFix(code: Int, phrase: String) async throws {
        try await withStartedSimulator { sim in
            sim.inject(.okxError(code: code), path: "/api/v5/account/config")
            let report = await OKXDoctor(configuration: configuration(sim, key: .demo)).run()
            #expect(!report.ok)
            let permissions = try check(report, "permissions")
            #expect(permissions.status == .problem && permissions.summary.contains("the key works") && permissions.summary.contains("\(code)"), "\(permissions)")
            #expect(permissions.fix?.contains(phrase) == true, "\(permissions)")
            // The key itself passed: the problem is not blamed on it.
            for id in ["environment", "site", "passphrase", "signature", "ip-allowlist"] {
                #expect(try check(report, id).status == .ok, "\(id): \(report.checks)")
            }
        }
    }

    /// The same fixes reach every error of these codes, wherever it came from (an order, a
    /// WebSocket subscription), and so what `okx` prints.
    @Test func restrictionCodesCarryTheirFixOnEveryError() {
        for restriction in Restriction.allCases {
            let error = OKXError.fromServer(code: OKXError.Code(restriction.rawValue), message: "refused")
            #expect(error.fix == restriction.fix)
        }
        let channel = OKXError.fromServer(code: 64003, message: "Your trading fee tier doesn't meet the requirement to access this channel")
        #expect(channel.fix.contains("books-l2-tbt") && channel.fix.contains("fee tier") && channel.fix.contains("books5"), "\(channel.fix)")
        let moved = OKXError.fromServer(code: .apiKeyNotFound, message: "API key doesn't exist")
        #expect(moved.fix.contains("moved") && moved.fix.contains("okx doctor"), "\(moved.fix)")
    }
}
