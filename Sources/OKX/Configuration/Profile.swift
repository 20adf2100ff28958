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
/// `OKX_DEMO`, `OKX_SITE`, `OKX_API_BASE_URL`. An empty variable counts as unset.
///
/// Every value is read strictly, because a misread setting here can mean live trading where
/// demo was meant. Each of these is a configuration error naming the field, never a silent
/// default:
/// - `demo` that is not a TOML boolean (`demo = "true"`, `demo = 1`), and `OKX_DEMO` other than
///   exactly `1`, `0`, `true` or `false` (any case; no surrounding spaces or line breaks);
/// - `timeout_ms` that is not a whole number from 1 to 86 400 000 (24 hours);
/// - a setting of the wrong type (`api_key = 12345`), a credential with control characters or
///   surrounding whitespace, an unknown `site`;
/// - an explicit `configPath` that does not exist, is not a regular file or is not UTF-8;
/// - a file with profiles but no `default_profile` when no profile is named.
///
/// Live or demo, in order of precedence: the profile's `demo`, then `OKX_DEMO`, which may
/// override it, except that it may not turn a profile's `demo = true` into live trading: that
/// conflict is an error naming both, so going live always takes a deliberate change of the
/// profile (or the CLI's `--live`). Without either, the environment is live, and
/// ``environmentSource`` says so.
public struct Profile: Sendable {
    /// The profile's name (`nil` when only environment variables were used).
    public var name: String?
    /// The file it came from, if any.
    public var path: String?
    /// API key, secret key and passphrase; nil when the profile has none (public endpoints only).
    public var credentials: Credentials?
    /// Live or demo trading, as the profile or `OKX_DEMO` chose.
    public var environment: Environment
    /// What decided ``environment``, for telling the user (`demo = true in [profiles.x]`,
    /// `OKX_DEMO=1`, or that live is the default).
    public var environmentSource: String
    /// True when nothing chose ``environment`` (no `demo` setting, no `OKX_DEMO`), so it is the
    /// library's default (live). Tools that prefer demo unless told otherwise (`okx mcp`) read it.
    public var environmentIsDefault = true
    /// OKX site the account belongs to.
    public var site: Site
    /// REST base URL set by hand (`base_url`); nil uses the site's.
    public var baseURL: String?
    /// Proxy to send requests through (`proxy_url`); nil uses the usual proxy environment variables.
    public var proxyURL: String?
    /// Request timeout (`timeout_ms`); nil keeps the transport's default.
    public var timeout: Duration?
    /// Things worth telling the user that do not stop loading (a file readable by others, a
    /// setting this library does not know).
    public var warnings: [String]

    /// The settings a profile table may hold.
    static let knownKeys: Set<String> = ["api_key", "secret_key", "passphrase", "demo", "site", "base_url", "proxy_url", "timeout_ms"]

    /// Larger files are refused unread: a configuration is a few hundred bytes.
    static let maximumFileSize = 1 << 20

    /// The default location, `~/.okx/config.toml`.
    public static var defaultPath: String { defaultPath(environment: ProcessInfo.processInfo.environment) }

    /// `~/.okx/config.toml` for the `HOME` of `environment`.
    static func defaultPath(environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.okx/config.toml"
    }

    /// Loads `profile` (or the file's `default_profile`) from `configPath`, then applies the
    /// `OKX_*` variables of `environment`. Without `configPath`, `~/.okx/config.toml` (with the
    /// `HOME` of `environment`) is read if it exists; a `configPath` given must exist. Throws
    /// ``OKXError`` (category ``OKXError/Category/configuration``) for any value the type's
    /// rules refuse, an unreadable file, an unknown profile, or partial credentials (naming
    /// what is missing).
    public static func load(profile: String? = nil, configPath: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Profile {
        let path = configPath ?? defaultPath(environment: environment)
        var result = Profile(name: nil, path: nil, credentials: nil, environment: .live,
                             environmentSource: "live is the default (no demo setting)", site: .global, warnings: [])
        var key: (value: String, source: String)?, secret: (value: String, source: String)?, passphrase: (value: String, source: String)?
        var profileSaysDemo: String?

        if let file = try readFile(path, explicit: configPath != nil) {
            result.path = path
            if let warning = permissionWarning(path: path, mode: file.mode) { result.warnings.append(warning) }
            try refuseNULEscapes(file.text, path: path)
            let table: TOMLTable
            do { table = try TOMLTable(string: file.text) } catch {
                throw OKXError.configuration("\(path) is not valid TOML: \(error)", fix: "Fix the syntax; see the example in the swift-okx README.")
            }
            let profiles: TOMLTable?
            if let value = table["profiles"] {
                guard let tables = value.table else {
                    throw OKXError.configuration("profiles in \(path) must be a table of [profiles.NAME] sections; it is \(describe(value.type))",
                                                 fix: "Write each profile as a [profiles.NAME] section.")
                }
                profiles = tables
            } else {
                profiles = nil
            }
            let names = profiles.map { Array($0.keys).sorted() } ?? []
            var defaultProfile: String?
            if let value = table["default_profile"] {
                guard let name = value.string else {
                    throw OKXError.configuration("default_profile in \(path) must be a string; it is \(describe(value.type))",
                                                 fix: "Write the profile's name in quotes: default_profile = \"\(names.first ?? "NAME")\".")
                }
                defaultProfile = name
            }
            if let wanted = profile ?? defaultProfile {
                guard let entry = profiles?[wanted] else {
                    throw OKXError.configuration("profile \"\(wanted)\" not found in \(path) (profiles: \(names.isEmpty ? "none" : names.joined(separator: ", ")))",
                                                 fix: "Use one of the listed profiles or add [profiles.\(wanted)].")
                }
                guard let section = entry.table else {
                    throw OKXError.configuration("profiles.\(wanted) in \(path) must be a table; it is \(describe(entry.type))",
                                                 fix: "Write the profile as a [profiles.\(wanted)] section.")
                }
                result.name = wanted
                let reader = SectionReader(section: section, where: "[profiles.\(wanted)] of \(path)")
                for unknown in section.keys.sorted() where !knownKeys.contains(unknown) {
                    result.warnings.append("\(reader.place) has an unknown setting \"\(unknown)\", ignored (known: \(knownKeys.sorted().joined(separator: ", ")))")
                }
                key = try reader.string("api_key").map { (value: $0, source: "api_key") }
                secret = try reader.string("secret_key").map { (value: $0, source: "secret_key") }
                passphrase = try reader.string("passphrase").map { (value: $0, source: "passphrase") }
                if let demo = try reader.bool("demo") {
                    result.environment = demo ? .demo : .live
                    result.environmentSource = "demo = \(demo) in \(reader.place)"
                    result.environmentIsDefault = false
                    if demo { profileSaysDemo = result.environmentSource }
                }
                if let site = try reader.string("site") { result.site = try parseSite(site, field: "site in \(reader.place)") }
                result.baseURL = try reader.string("base_url")
                result.proxyURL = try reader.string("proxy_url")
                if let value = section["timeout_ms"] {
                    result.timeout = try parseTimeout(value, place: reader.place)
                }
            } else if !names.isEmpty {
                throw OKXError.configuration("\(path) has profiles (\(names.joined(separator: ", "))) but no default_profile, and no profile was chosen",
                                             fix: "Add default_profile = \"\(names[0])\" at the top of \(path), or choose one with --profile NAME.")
            }
        } else if let profile {
            throw OKXError.configuration("profile \"\(profile)\" requested but \(path) does not exist", fix: "Create \(path) with a [profiles.\(profile)] table, or use environment variables.")
        }

        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        key = env("OKX_API_KEY").map { (value: $0, source: "OKX_API_KEY") } ?? key
        secret = env("OKX_SECRET_KEY").map { (value: $0, source: "OKX_SECRET_KEY") } ?? secret
        passphrase = env("OKX_PASSPHRASE").map { (value: $0, source: "OKX_PASSPHRASE") } ?? passphrase
        if let text = env("OKX_DEMO") {
            let demo = try parseDemoVariable(text)
            if let profileSaysDemo, !demo {
                throw OKXError.configuration("\(profileSaysDemo) conflicts with OKX_DEMO=\(text), which would mean live trading",
                                             fix: "To trade on demo, unset OKX_DEMO. To trade live, set demo = false in the profile (or pass --live).")
            }
            result.environment = demo ? .demo : .live
            result.environmentSource = "OKX_DEMO=\(text)"
            result.environmentIsDefault = false
        }
        if let site = env("OKX_SITE") { result.site = try parseSite(site, field: "OKX_SITE") }
        if let base = env("OKX_API_BASE_URL") { result.baseURL = base }

        let given = [("api_key (OKX_API_KEY)", key), ("secret_key (OKX_SECRET_KEY)", secret), ("passphrase (OKX_PASSPHRASE)", passphrase)]
        let missing = given.filter { ($0.1?.value ?? "").isEmpty }.map(\.0)
        if missing.count < 3 {
            guard missing.isEmpty, let key, let secret, let passphrase else {
                throw OKXError.configuration("incomplete credentials: missing \(missing.joined(separator: ", "))",
                                             fix: "An OKX API key needs all three: api_key, secret_key and passphrase.")
            }
            for field in [key, secret, passphrase] {
                if let problem = Credentials.sendingProblem(field.value) {
                    let origin = field.source.hasPrefix("OKX_") ? field.source : "\(field.source) in \(result.name.map { "[profiles.\($0)] of " } ?? "")\(path)"
                    throw OKXError.configuration("\(origin) \(problem)",
                                                 fix: "Copy the value again from OKX exactly: without line breaks, tabs, or spaces at either end.")
                }
            }
            result.credentials = Credentials(apiKey: key.value, secretKey: secret.value, passphrase: passphrase.value)
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

    static func parseSite(_ name: String, field: String = "site") throws -> Site {
        guard let site = Site(named: name) else {
            throw OKXError.configuration("\(field): unknown site \"\(name)\"", fix: "Use global, eea or us.")
        }
        return site
    }

    /// `OKX_DEMO` as a boolean. Only the four spellings are accepted, untrimmed: `"true "` or
    /// `"1\n"` look like demo to a person but are most likely a quoting slip, and guessing
    /// wrongly here means live orders.
    static func parseDemoVariable(_ text: String) throws -> Bool {
        switch text.lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default:
            let shown = text.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined()
            throw OKXError.configuration("OKX_DEMO=\"\(shown)\" is not a recognised value",
                                         fix: "Set OKX_DEMO to exactly 1 or true for demo trading, 0 or false for live (no spaces or line breaks), or unset it.")
        }
    }

    static func parseTimeout(_ value: any TOMLValueConvertible, place: String) throws -> Duration {
        let limit = 86_400_000
        guard let ms = value.int, ms >= 1, ms <= limit else {
            let what = value.int.map { "\($0)" } ?? describe(value.type)
            throw OKXError.configuration("timeout_ms in \(place) must be a whole number of milliseconds from 1 to \(limit); it is \(what)",
                                         fix: "Write a positive number without quotes, e.g. timeout_ms = 10000. There is no setting for no timeout.")
        }
        return .milliseconds(ms)
    }

    /// TOML allows `\u0000` in a basic string, but the parser hands strings over as C strings,
    /// so the value would silently end there (a passphrase "abc\u0000def" would be sent as
    /// "abc"). A NUL is a control character no setting may hold: refuse it, naming the setting
    /// on that line.
    static func refuseNULEscapes(_ text: String, path: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains("\\u0000") || line.contains("\\U00000000") else { continue }
            // Only a bare key is named: anything else on the line may be part of a secret.
            let parts = line.split(separator: "=", maxSplits: 1)
            let key = parts.count == 2 ? parts[0].trimmingCharacters(in: .whitespaces) : ""
            let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-") }
            let name = bare ? key : "a setting"
            throw OKXError.configuration("\(name) in \(path) (line \(index + 1)) contains a NUL character (\\u0000)",
                                         fix: "Remove the \\u0000: no OKX setting contains a NUL, and it would cut the value short.")
        }
    }

    /// "a string", "an integer" … for error messages (never the value, which may be a secret).
    static func describe(_ type: TOMLType) -> String {
        switch type {
        case .string: return "a string"
        case .int: return "an integer"
        case .double: return "a floating-point number"
        case .bool: return "a boolean"
        case .table: return "a table"
        case .array: return "an array"
        case .date, .time, .dateTime: return "a date or time"
        }
    }

    /// Typed access to one profile's settings, each failing with an error naming the setting.
    struct SectionReader {
        var section: TOMLTable
        /// "[profiles.NAME] of PATH", for messages.
        var place: String

        init(section: TOMLTable, where place: String) {
            self.section = section
            self.place = place
        }

        func string(_ key: String) throws -> String? {
            guard let value = section[key] else { return nil }
            guard let text = value.string else {
                throw OKXError.configuration("\(key) in \(place) must be a string; it is \(Profile.describe(value.type))",
                                             fix: "Put the value in quotes: \(key) = \"…\".")
            }
            return text
        }

        func bool(_ key: String) throws -> Bool? {
            guard let value = section[key] else { return nil }
            guard let flag = value.bool else {
                let shown = value.string.map { " (\"\($0)\")" } ?? ""
                throw OKXError.configuration("\(key) in \(place) must be true or false without quotes; it is \(Profile.describe(value.type))\(shown)",
                                             fix: "Write \(key) = true or \(key) = false (a TOML boolean, not a string or a number).")
            }
            return flag
        }
    }

    /// The file's text and permission bits, or nil when it does not exist and was not asked
    /// for explicitly. Looks at what the path points to (a symbolic link is followed), and
    /// never blocks: a FIFO or device is refused before it is read.
    static func readFile(_ path: String, explicit: Bool) throws -> (text: String, mode: mode_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                // A link whose file is gone (an unmounted volume, a moved dotfiles folder) means
                // a configuration was intended: going on without it could mean other settings.
                var link = stat()
                if lstat(path, &link) == 0 {
                    throw OKXError.configuration("\(path) is a symbolic link to a file that does not exist",
                                                 fix: "Point the link at the configuration file (ls -l \(path)), or remove it.")
                }
                guard explicit else { return nil }
                throw OKXError.configuration("configuration file \(path) does not exist",
                                             fix: "Check the path given with --config (or configPath), or leave it out to use ~/.okx/config.toml.")
            }
            throw fileError(path, errno: code)
        }
        try requireRegularFile(path, info)
        // O_NONBLOCK: should the path be swapped for a FIFO after the check, open does not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw fileError(path, errno: errno) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw fileError(path, errno: errno) }
        try requireRegularFile(path, info)
        guard Int(info.st_size) <= maximumFileSize else {
            throw OKXError.configuration("\(path) is \(info.st_size) bytes, too large for a configuration file",
                                         fix: "Check that --config names the OKX configuration (a small TOML file).")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= maximumFileSize {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fileError(path, errno: errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        guard bytes.count <= maximumFileSize else {
            throw OKXError.configuration("\(path) is too large for a configuration file", fix: "Check that --config names the OKX configuration (a small TOML file).")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw OKXError.configuration("\(path) is not UTF-8 text",
                                         fix: "TOML files must be UTF-8: save it again as UTF-8 (for example iconv -f LATIN1 -t UTF-8), or check that --config names the right file.")
        }
        return (text, info.st_mode)
    }

    static func requireRegularFile(_ path: String, _ info: stat) throws {
        let type = info.st_mode & S_IFMT
        guard type != S_IFREG else { return }
        let kind: String
        switch type {
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a file"
        }
        throw OKXError.configuration("\(path) is not a regular file (it is \(kind))",
                                     fix: "Point --config at the TOML configuration file itself.")
    }

    static func fileError(_ path: String, errno code: Int32) -> OKXError {
        switch code {
        case EACCES, EPERM:
            return OKXError.configuration("you do not have permission to read \(path)",
                                          fix: "Check the owner and permissions of the file and its folders (ls -l \(path)); the file should be yours, mode 600.")
        case ELOOP:
            return OKXError.configuration("\(path) is a symbolic link that loops", fix: "Point the link (or --config) at the real file.")
        default:
            return OKXError.configuration("cannot read \(path): \(String(cString: strerror(code)))", fix: "Check that the path names a readable TOML file.")
        }
    }

    /// A warning when users other than the owner may read or change the file. A symbolic
    /// link is followed: what matters is the file holding the secrets (the link's own mode is
    /// always 777), and `chmod` on the link fixes that file.
    public static func permissionWarning(path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return permissionWarning(path: path, mode: info.st_mode)
    }

    static func permissionWarning(path: String, mode: mode_t) -> String? {
        let bits = Int(mode) & 0o777
        let what: String
        if bits & 0o044 != 0 {
            what = "is readable by other users"
        } else if bits & 0o022 != 0 {
            what = "can be changed by other users"
        } else {
            return nil
        }
        return "\(path) \(what) (mode \(String(bits, radix: 8))); it holds API secrets. Fix: chmod 600 \(path)"
    }
}
