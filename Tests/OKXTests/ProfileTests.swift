import Foundation
@testable import OKX
import Testing

@Suite struct ProfileTests {
    func write(_ text: String, mode: Int = 0o600) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    let file = """
    default_profile = "demo"

    [profiles.demo]
    api_key = "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50"
    secret_key = "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B"
    passphrase = "pass-demo"
    demo = true
    site = "eea"
    timeout_ms = 2500

    [profiles.live]
    api_key = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"
    secret_key = "A1B2C3D4E5F60718293A4B5C6D7E8F90"
    passphrase = "pass-live"
    base_url = "https://openapi.okx.com"
    proxy_url = "http://proxy.internal:3128"
    """

    @Test func readsTheDefaultProfileLikeAgentTradeKit() throws {
        let path = try write(file)
        let profile = try Profile.load(configPath: path, environment: [:])
        #expect(profile.name == "demo")
        #expect(profile.environment == .demo && profile.site == .eea)
        #expect(profile.credentials?.apiKey == "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50")
        #expect(profile.timeout == .milliseconds(2500))
        #expect(profile.warnings.isEmpty)
        let config = profile.clientConfiguration()
        #expect(config.effectiveBaseURL == "https://eea.okx.com")
        #expect(config.transport.totalTimeout == .milliseconds(2500))
    }

    @Test func namedProfileAndItsOverrides() throws {
        let path = try write(file)
        let profile = try Profile.load(profile: "live", configPath: path, environment: [:])
        #expect(profile.environment == .live && profile.site == .global)
        #expect(profile.clientConfiguration().effectiveBaseURL == "https://openapi.okx.com")
        #expect(profile.clientConfiguration().transport.proxy == "http://proxy.internal:3128")
    }

    @Test func environmentVariablesWin() throws {
        let path = try write(file)
        let profile = try Profile.load(profile: "live", configPath: path, environment: [
            "OKX_API_KEY": "11111111-2222-4333-8444-555555555555", "OKX_DEMO": "1", "OKX_SITE": "us", "OKX_API_BASE_URL": "http://127.0.0.1:9999",
        ])
        #expect(profile.credentials?.apiKey == "11111111-2222-4333-8444-555555555555")
        #expect(profile.environment == .demo && profile.site == .us)
        #expect(profile.environmentSource == "OKX_DEMO=1")
        #expect(profile.baseURL == "http://127.0.0.1:9999")
    }

    @Test func environmentOnlyWithoutAFile() throws {
        // No configPath and no ~/.okx/config.toml under HOME: the variables alone are fine.
        let profile = try Profile.load(environment: [
            "HOME": "/nonexistent", "OKX_API_KEY": "k", "OKX_SECRET_KEY": "s", "OKX_PASSPHRASE": "p", "OKX_DEMO": "true",
        ])
        #expect(profile.path == nil && profile.environment == .demo && profile.credentials != nil)
        let empty = try Profile.load(environment: ["HOME": "/nonexistent"])
        #expect(empty.credentials == nil && empty.environment == .live && empty.environmentSource.contains("default"))
    }

    @Test func partialCredentialsNameWhatIsMissing() throws {
        let error = try #require(throws: OKXError.self) {
            try Profile.load(environment: ["HOME": "/nonexistent", "OKX_API_KEY": "k"])
        }
        #expect(error.category == .configuration)
        #expect(error.message.contains("secret_key (OKX_SECRET_KEY)") && error.message.contains("passphrase (OKX_PASSPHRASE)"))
        #expect(!error.message.contains("api_key"))
    }

    @Test func fileReadableByOthersIsWarnedAbout() throws {
        let path = try write(file, mode: 0o644)
        let profile = try Profile.load(configPath: path, environment: [:])
        #expect(profile.warnings.count == 1)
        #expect(profile.warnings.first?.contains("chmod 600") == true)
    }

    @Test func unknownProfileAndSiteAreErrors() throws {
        let path = try write(file)
        let missing = try #require(throws: OKXError.self) { try Profile.load(profile: "nope", configPath: path, environment: [:]) }
        #expect(missing.message.contains("profiles: demo, live"))
        let site = try #require(throws: OKXError.self) { try Profile.load(configPath: path, environment: ["OKX_SITE": "mars"]) }
        #expect(site.message.contains("mars"))
    }
}
