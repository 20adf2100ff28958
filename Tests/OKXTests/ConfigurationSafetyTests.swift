import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// Issue #10: every configuration value is read strictly; a value that could silently mean
/// live trading, no timeout, or injected headers is a configuration error naming the field.
@Suite struct ConfigurationSafetyTests {
    /// A fresh folder with `config.toml` holding `text` (or `bytes`), mode `mode`.
    func write(_ text: String, mode: Int = 0o600) throws -> String {
        try write(bytes: Array(text.utf8), mode: mode)
    }

    func write(bytes: [UInt8], mode: Int = 0o600) throws -> String {
        let path = try folder().appendingPathComponent("config.toml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let key = "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", secret = "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B"

    /// A one-profile file; `extra` lines go into the profile table.
    func profileFile(_ extra: String, passphrase: String = "\"pass-demo\"") -> String {
        """
        default_profile = "p"
        [profiles.p]
        api_key = "\(Self.key)"
        secret_key = "\(Self.secret)"
        passphrase = \(passphrase)
        \(extra)
        """
    }

    func configurationError(_ load: () throws -> Profile, sourceLocation: SourceLocation = #_sourceLocation) throws -> OKXError {
        let error = try #require(throws: OKXError.self, sourceLocation: sourceLocation) { _ = try load() }
        #expect(error.category == .configuration, sourceLocation: sourceLocation)
        return error
    }

    // MARK: demo

    @Test(arguments: ["demo = \"true\"", "demo = 1", "demo = \"yes\"", "demo = 1.0"])
    func demoMustBeATOMLBoolean(line: String) throws {
        let path = try write(profileFile(line))
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("demo in [profiles.p]") && error.message.contains("true or false"), "\(error.message)")
    }

    @Test(arguments: [("1", true), ("0", false), ("true", true), ("false", false), ("TRUE", true), ("False", false)])
    func demoVariableAcceptsExactlyFourSpellings(text: String, demo: Bool) throws {
        let profile = try Profile.load(environment: ["HOME": "/nonexistent", "OKX_DEMO": text])
        #expect(profile.environment == (demo ? .demo : .live))
    }

    @Test(arguments: ["true ", " 1", "1\n", "on", "y", "yes", "2", "demo", "no", "off"])
    func demoVariableRefusesEverythingElse(text: String) throws {
        let error = try configurationError { try Profile.load(environment: ["HOME": "/nonexistent", "OKX_DEMO": text]) }
        #expect(error.message.contains("OKX_DEMO"))
        #expect(!error.message.contains("\n"), "a line break in the value is shown escaped")
    }

    @Test func variableSayingLiveCannotOverrideAProfileSayingDemo() throws {
        let path = try write(profileFile("demo = true"))
        for text in ["0", "false"] {
            let error = try configurationError { try Profile.load(configPath: path, environment: ["OKX_DEMO": text]) }
            #expect(error.message.contains("demo = true in [profiles.p]") && error.message.contains("OKX_DEMO=\(text)"), "\(error.message)")
        }
        let agreeing = try Profile.load(configPath: path, environment: ["OKX_DEMO": "1"])
        #expect(agreeing.environment == .demo)
        let fromFile = try Profile.load(configPath: path, environment: [:])
        #expect(fromFile.environment == .demo && fromFile.environmentSource == "demo = true in [profiles.p] of \(path)")
    }

    @Test func variableMayTurnALiveProfileIntoDemo() throws {
        let path = try write(profileFile("demo = false"))
        let profile = try Profile.load(configPath: path, environment: ["OKX_DEMO": "1"])
        #expect(profile.environment == .demo && profile.environmentSource == "OKX_DEMO=1")
        #expect(try Profile.load(configPath: path, environment: ["OKX_DEMO": "0"]).environment == .live)
    }

    @Test func misspelledSettingIsWarnedAbout() throws {
        let path = try write(profileFile("dmeo = true"))
        let profile = try Profile.load(configPath: path, environment: [:])
        #expect(profile.environment == .live)
        #expect(profile.warnings.contains { $0.contains("unknown setting \"dmeo\"") })
    }

    // MARK: files

    @Test func explicitConfigPathMustExist() throws {
        let missing = try folder().appendingPathComponent("nope.toml").path
        let error = try configurationError { try Profile.load(configPath: missing, environment: ["OKX_DEMO": "1"]) }
        #expect(error.message.contains(missing) && error.message.contains("does not exist"))
        // Without an explicit path, a missing ~/.okx/config.toml is still fine.
        #expect(try Profile.load(environment: ["HOME": missing]).path == nil)
    }

    @Test func nonUTF8FileIsNamedAsSuch() throws {
        let path = try write(bytes: Array("default_profile = \"caf".utf8) + [0xE9, 0x22, 0x0A])
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.contains("not UTF-8") && !error.fix.contains("permission"), "\(error.message) / \(error.fix)")
    }

    @Test func deviceDirectoryAndFIFOAreNotRegularFiles() throws {
        let dir = try folder()
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, kind) in [("/dev/zero", "character device"), (dir.path, "directory"), (fifo, "FIFO")] {
            // Opening a FIFO for reading would wait for a writer forever; this must return at once.
            let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
            #expect(error.message.contains("not a regular file") && error.message.contains(kind), "\(error.message)")
            #expect(!error.message.contains("permission") && !error.fix.contains("permission"))
        }
    }

    @Test func symlinkIsJudgedByTheFileItPointsTo() throws {
        let target = try write(profileFile(""), mode: 0o600)
        let link = try folder().appendingPathComponent("config.toml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try Profile.load(configPath: link, environment: [:]).warnings.isEmpty)
        #expect(Profile.permissionWarning(path: link) == nil)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        let warnings = try Profile.load(configPath: link, environment: [:]).warnings
        #expect(warnings.count == 1 && warnings.first?.contains("readable by other users (mode 644)") == true)
    }

    @Test func danglingSymlinkAtTheDefaultPathIsAnError() throws {
        let home = try folder()
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".okx"), withIntermediateDirectories: true)
        let link = home.appendingPathComponent(".okx/config.toml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: home.appendingPathComponent("gone.toml").path)
        let error = try configurationError { try Profile.load(environment: ["HOME": home.path, "OKX_DEMO": "1"]) }
        #expect(error.message.contains("symbolic link to a file that does not exist"), "\(error.message)")
    }

    @Test func fileWritableByOthersIsWarnedAbout() throws {
        let path = try write(profileFile(""), mode: 0o620)
        let warnings = try Profile.load(configPath: path, environment: [:]).warnings
        #expect(warnings.first?.contains("can be changed by other users") == true)
    }

    @Test func profilesWithoutDefaultProfileAreAnError() throws {
        let path = try write("""
        [profiles.alpha]
        api_key = "\(Self.key)"
        [profiles.beta]
        demo = true
        """)
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.contains("alpha, beta") && error.message.contains("no default_profile"))
        #expect(error.fix.contains("default_profile") && error.fix.contains("--profile"))
        #expect(try Profile.load(profile: "beta", configPath: path, environment: [:]).environment == .demo)
    }

    // MARK: types

    @Test(arguments: ["api_key = 12345", "secret_key = true", "passphrase = 1.5", "site = 1", "base_url = [\"x\"]", "proxy_url = 3128"])
    func settingsOfTheWrongTypeAreNamed(line: String) throws {
        let field = String(line.prefix { $0 != " " })
        let path = try write("""
        default_profile = "p"
        [profiles.p]
        \(line)
        """)
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("\(field) in [profiles.p]") && error.message.contains("must be a string"), "\(error.message)")
        #expect(!error.message.contains("missing"))
    }

    @Test func defaultProfileMustBeAString() throws {
        let path = try write("default_profile = 1\n[profiles.p]\n")
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("default_profile in"))
    }

    // MARK: timeouts

    @Test(arguments: ["timeout_ms = 0", "timeout_ms = -5", "timeout_ms = \"5000\"", "timeout_ms = 2.5", "timeout_ms = 86400001"])
    func timeoutMustBeAPositiveWholeNumber(line: String) throws {
        let path = try write(profileFile(line))
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("timeout_ms in [profiles.p]"), "\(error.message)")
    }

    @Test func clientRefusesTimeoutsLibcurlWouldReadAsNoLimit() throws {
        let bad: [(inout OKXClient.Configuration) -> Void] = [
            { $0.transport.totalTimeout = .zero },
            { $0.transport.totalTimeout = .milliseconds(-1) },
            { $0.transport.totalTimeout = .microseconds(500) },  // whole milliseconds: 0
            { $0.transport.connectTimeout = .zero },
            { $0.transport.totalTimeout = .seconds(Int64.max) },
        ]
        for change in bad {
            var configuration = OKXClient.Configuration(environment: .demo)
            change(&configuration)
            let error = try #require(throws: OKXError.self) { _ = try OKXClient(configuration: configuration) }
            #expect(error.category == .configuration && error.message.contains("Timeout must be between"), "\(error.message)")
            #expect(throws: OKXError.self) { _ = try CurlTransport(configuration: configuration.transport) }
        }
    }

    @Test func requestTimeoutOfZeroIsRefusedBeforeSending() async throws {
        let sim = try await OKXSimulator.start()
        let transport = try CurlTransport()
        let url = sim.baseURL + "/api/v5/public/time"
        // A generous bound: only the zero timeout below is under test, and a fresh clone's CI
        // missed 5 s in the run's first seconds.
        let ok = try await transport.send(HTTPRequest(method: .get, url: url, timeout: .seconds(30)))
        #expect(ok.status == 200, "the same request with a timeout goes through")
        await #expect(throws: TransportError.self) { _ = try await transport.send(HTTPRequest(method: .get, url: url, timeout: .zero)) }
        await transport.shutdown()
        await sim.stop()
    }

    // MARK: credentials

    @Test(arguments: ["\"s3cr3t\\n\"", "\"s3cr3t\\r\\nX-Injected: 1\"", "\" s3cr3t\"", "\"s3cr3t \"", "\"s3\\tcr3t\""])
    func passphraseThatCannotBeAHeaderIsRefusedAtLoad(value: String) throws {
        let path = try write(profileFile("", passphrase: value))
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("passphrase in [profiles.p]"), "\(error.message)")
        for text in [error.message, error.fix, error.description] {
            #expect(!text.contains("s3") && !text.contains("X-Injected"), "the value is never shown")
        }
    }

    @Test func nulEscapeIsRefusedRatherThanCuttingTheValueShort() throws {
        let path = try write(profileFile("", passphrase: "\"s3cr3t\\u0000tail\""))
        let error = try configurationError { try Profile.load(configPath: path, environment: [:]) }
        #expect(error.message.hasPrefix("passphrase in \(path) (line 5) contains a NUL"), "\(error.message)")
        #expect(!error.message.contains("s3cr3t") && !error.message.contains("tail"))
    }

    @Test(arguments: ["OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE"])
    func credentialVariableWithLineBreakIsRefused(variable: String) throws {
        var environment = ["HOME": "/nonexistent", "OKX_API_KEY": Self.key, "OKX_SECRET_KEY": Self.secret, "OKX_PASSPHRASE": "pass-demo"]
        environment[variable] = (environment[variable] ?? "") + "\nX-Injected: 1"
        let error = try configurationError { try Profile.load(environment: environment) }
        #expect(error.message.hasPrefix(variable) && error.message.contains("control character"), "\(error.message)")
        #expect(!error.message.contains("X-Injected") && !error.message.contains(Self.secret) && !error.message.contains("pass-demo"))
    }

    @Test func clientRefusesCredentialsThatCannotBeHeaders() async throws {
        let cases = [
            Credentials(apiKey: Self.key, secretKey: Self.secret, passphrase: "secret-pass\n"),
            Credentials(apiKey: Self.key + "\r\nX-Injected: 1", secretKey: Self.secret, passphrase: "secret-pass"),
            Credentials(apiKey: Self.key, secretKey: Self.secret + " ", passphrase: "secret-pass"),
            Credentials(apiKey: Self.key, secretKey: Self.secret, passphrase: "secret\u{0}pass"),
        ]
        for (credentials, field) in zip(cases, ["passphrase", "api_key", "secret_key", "passphrase"]) {
            let configuration = OKXClient.Configuration(environment: .demo, credentials: credentials)
            let error = try #require(throws: OKXError.self) { _ = try OKXClient(configuration: configuration) }
            #expect(error.category == .configuration && error.message.hasPrefix("credentials: \(field) "), "\(error.message)")
            #expect(!error.description.contains("secret-pass") && !error.description.contains(Self.secret) && !error.description.contains("X-Injected"))
        }
        let fine = OKXClient.Configuration(environment: .demo, credentials: Credentials(apiKey: Self.key, secretKey: Self.secret, passphrase: "pass word"))
        let client = try OKXClient(configuration: fine)
        await client.shutdown()
    }
}
