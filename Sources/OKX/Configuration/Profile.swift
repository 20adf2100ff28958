public import Foundation
import TOMLKit

/// A configuration as OKX's own Agent Trade Kit stores it, so existing setups just work:
/// `~/.okx/config.toml` with a `default_profile` and `[profiles.NAME]` tables
///
/// ```toml
/// default_profile = "demo"
/// [profiles.demo]
/// api_key = "…"
/// secret_key = "…"
/// passphrase = "…"
/// demo = true
/// site = "eea"          # global | eea | us
/// # base_url, proxy_url, timeout_ms are optional
/// ```
///
/// overridden by the environment: `OKX_API_KEY`, `OKX_SECRET_KEY`, `OKX_PASSPHRASE`,
/// `OKX_DEMO` (1/true), `OKX_SITE`, `OKX_API_BASE_URL`.
public struct Profile: Sendable {
    /// The profile's name (`nil` when only environment variables were used).
    public var name: String?
    /// The file it came from, if any.
    public var path: String?
    public var credentials: Credentials?
    public var environment: Environment
    public var site: Site
    public var baseURL: String?
    public var proxyURL: String?
    public var timeout: Duration?
    /// Things worth telling the user that do not stop loading (a file readable by others).
    public var warnings: [String]

    /// The default location, `~/.okx/config.toml`.
    public static var defaultPath: String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.okx/config.toml"
    }

    /// Loads `profile` (or the file's `default_profile`) from `configPath` (default
    /// ``defaultPath``; a missing file is fine), then applies the `OKX_*` variables of
    /// `environment`. Throws ``OKXError`` (category ``OKXError/Category/configuration``) for an
    /// unreadable file, an unknown profile or site, or partial credentials (naming what is missing).
    public static func load(profile: String? = nil, configPath: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Profile {
        let path = configPath ?? defaultPath
        var result = Profile(name: nil, path: nil, credentials: nil, environment: .live, site: .global, warnings: [])
        var key: String?, secret: String?, passphrase: String?

        if FileManager.default.fileExists(atPath: path) {
            result.path = path
            if let warning = permissionWarning(path: path) { result.warnings.append(warning) }
            let text: String
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw OKXError.configuration("cannot read \(path): \(error.localizedDescription)", fix: "Check the file's permissions.")
            }
            let table: TOMLTable
            do { table = try TOMLTable(string: text) } catch {
                throw OKXError.configuration("\(path) is not valid TOML: \(error)", fix: "Fix the syntax; see the example in the swift-okx README.")
            }
            let wanted = profile ?? table["default_profile"]?.string
            let profiles = table["profiles"]?.table
            if let wanted {
                guard let section = profiles?[wanted]?.table else {
                    let known = profiles.map { Array($0.keys).sorted().joined(separator: ", ") } ?? "none"
                    throw OKXError.configuration("profile \"\(wanted)\" not found in \(path) (profiles: \(known))", fix: "Use one of the listed profiles or add [profiles.\(wanted)].")
                }
                result.name = wanted
                key = section["api_key"]?.string
                secret = section["secret_key"]?.string
                passphrase = section["passphrase"]?.string
                if let demo = section["demo"]?.bool { result.environment = demo ? .demo : .live }
                if let site = section["site"]?.string { result.site = try parseSite(site) }
                result.baseURL = section["base_url"]?.string
                result.proxyURL = section["proxy_url"]?.string
                if let ms = section["timeout_ms"]?.int { result.timeout = .milliseconds(ms) }
            }
        } else if let profile {
            throw OKXError.configuration("profile \"\(profile)\" requested but \(path) does not exist", fix: "Create \(path) with a [profiles.\(profile)] table, or use environment variables.")
        }

        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        key = env("OKX_API_KEY") ?? key
        secret = env("OKX_SECRET_KEY") ?? secret
        passphrase = env("OKX_PASSPHRASE") ?? passphrase
        if let demo = env("OKX_DEMO") { result.environment = ["1", "true", "yes"].contains(demo.lowercased()) ? .demo : .live }
        if let site = env("OKX_SITE") { result.site = try parseSite(site) }
        if let base = env("OKX_API_BASE_URL") { result.baseURL = base }

        let given = [("api_key (OKX_API_KEY)", key), ("secret_key (OKX_SECRET_KEY)", secret), ("passphrase (OKX_PASSPHRASE)", passphrase)]
        let missing = given.filter { ($0.1 ?? "").isEmpty }.map(\.0)
        if missing.count < 3 {
            guard missing.isEmpty, let key, let secret, let passphrase else {
                throw OKXError.configuration("incomplete credentials: missing \(missing.joined(separator: ", "))",
                                             fix: "An OKX API key needs all three: api_key, secret_key and passphrase.")
            }
            result.credentials = Credentials(apiKey: key, secretKey: secret, passphrase: passphrase)
        }
        return result
    }

    /// A client configuration from this profile.
    public func clientConfiguration() -> OKXClient.Configuration {
        var config = OKXClient.Configuration(environment: environment, site: site, baseURL: baseURL, credentials: credentials)
        config.transport.proxy = proxyURL
        if let timeout { config.transport.totalTimeout = timeout }
        return config
    }

    static func parseSite(_ name: String) throws -> Site {
        guard let site = Site(named: name) else {
            throw OKXError.configuration("unknown site \"\(name)\"", fix: "Use global, eea or us.")
        }
        return site
    }

    /// A warning when the file can be read by users other than its owner.
    public static func permissionWarning(path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue else { return nil }
        guard mode & 0o077 != 0 else { return nil }
        return "\(path) is readable by other users (mode \(String(mode, radix: 8))); it holds API secrets. Fix: chmod 600 \(path)"
    }
}
