import Foundation

/// Finds what is wrong with a configuration and says how to fix it: the diagnosis behind
/// `okx doctor`, as a library, so an application can run it for its own users. Read-only: it
/// only calls `public/time` and `account/config`.
///
/// Every check ends ok, warning, problem or skipped. A check is skipped when an earlier one
/// already found the cause, so the problems listed are causes, not their echoes.
///
/// ```swift
/// let report = await OKXDoctor(configuration: config).run()
/// for check in report.checks where check.status == .problem { print(check.id, check.summary, check.fix ?? "") }
/// ```
public struct OKXDoctor: Sendable {
    /// How a check ended.
    public enum Status: String, Codable, Sendable { case ok, warning, problem, skipped }

    /// One check: its id (see ``order``), how it ended, what was found and, for a problem or a
    /// warning, what to do.
    public struct Check: Codable, Sendable, Hashable {
        /// Stable name of the check, one of `order` (e.g. `clock`); safe to match on.
        public var id: String
        /// How the check ended.
        public var status: Status
        /// What was found, in one human-readable line; credentials appear masked.
        public var summary: String
        /// What to do about a problem or warning; nil when there is nothing to fix.
        public var fix: String?

        enum CodingKeys: String, CodingKey { case id, status, summary, fix }

        /// A check result, e.g. for a custom report or a test.
        public init(id: String, status: Status, summary: String, fix: String? = nil) {
            self.id = id
            self.status = status
            self.summary = summary
            self.fix = fix
        }

        /// Encodes `fix` as `null` rather than leaving it out, so JSON readers always see the key.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(summary, forKey: .summary)
            try c.encode(fix, forKey: .fix)  // null when there is nothing to fix
        }
    }

    /// The whole diagnosis; `ok` when no check found a problem.
    public struct Report: Codable, Sendable {
        /// True when no check ended as a problem (warnings do not count).
        public var ok: Bool
        /// Name of the OKX site that was diagnosed.
        public var site: String
        /// `live` or `demo`, as configured.
        public var environment: String
        /// Base URL the checks talked to (`base_url` in JSON).
        public var baseURL: String
        /// Every check in `order`, including skipped ones.
        public var checks: [Check]

        enum CodingKeys: String, CodingKey { case ok, site, environment, baseURL = "base_url", checks }
    }

    /// The client configuration to diagnose; its credentials are used, never printed.
    public var configuration: OKXClient.Configuration
    /// The profile file, for its permissions; nil when none was used.
    public var profilePath: String?
    /// True when the base URL was set by hand: other sites' hosts cannot be probed then.
    public var baseURLOverridden: Bool
    /// Where to probe the other sites (site name → base URL) instead of their public hosts,
    /// also when the base URL was set by hand: tests point it at simulators playing each site.
    var siteBaseURLs: [String: String] = [:]

    /// A doctor for `configuration`. Pass `baseURLOverridden` only to override the guess, which is "the configuration sets a base URL".
    public init(configuration: OKXClient.Configuration, profilePath: String? = nil, baseURLOverridden: Bool? = nil) {
        self.configuration = configuration
        self.profilePath = profilePath
        self.baseURLOverridden = baseURLOverridden ?? (configuration.baseURL != nil)
    }

    /// The checks, in the order they run.
    public static let order = ["reachability", "clock", "credentials", "environment", "site", "passphrase", "signature", "ip-allowlist", "permissions"]

    /// The checks so far, by id.
    struct Checks {
        var byID: [String: Check] = [:]

        subscript(id: String) -> Check? { byID[id] }

        mutating func set(_ id: String, _ status: Status, _ summary: String, fix: String? = nil) {
            byID[id] = Check(id: id, status: status, summary: summary, fix: fix)
        }

        /// Marks every later check not yet decided as skipped, naming the cause.
        mutating func skipRest(after id: String, because reason: String) {
            for later in OKXDoctor.order.drop(while: { $0 != id }).dropFirst() where byID[later] == nil {
                set(later, .skipped, "not checked: \(reason)")
            }
        }
    }

    /// Runs every check against the configured site and environment.
    public func run() async -> Report {
        var checks = Checks()
        func set(_ id: String, _ status: Status, _ summary: String, fix: String? = nil) { checks.set(id, status, summary, fix: fix) }
        func skipRest(after id: String, because reason: String) { checks.skipRest(after: id, because: reason) }
        let base = configuration.effectiveBaseURL

        // 1. Reachability and 2. clock, from one measurement of the public time endpoint.
        var publicConfig = configuration
        publicConfig.credentials = nil
        publicConfig.clock.samples = 5
        publicConfig.retry = .none
        let measured: Result<ServerClock.Measurement, any Error> = await {
            do { return .success(try await OKXClient.withClient(configuration: publicConfig) { try await $0.clock.sync() }) } catch { return .failure(error) }
        }()
        let proxy = proxyDescription()
        switch measured {
        case .success(let m):
            set("reachability", .ok, "\(base) answers (\(base.hasPrefix("https") ? "DNS, TCP and TLS ok" : "loopback, plain http")), round trip \(Self.milliseconds(m.roundTrip)) ms, proxy: \(proxy)")
            let offset = m.offsetMilliseconds
            let magnitude = offset.magnitude + UInt64(m.uncertaintyMilliseconds)
            let text = offset.magnitude <= UInt64(m.uncertaintyMilliseconds)
                ? "this machine's clock is in step with OKX's (offset \(offset) ms ± \(m.uncertaintyMilliseconds) ms)"
                : "this machine's clock is \(offset.magnitude) ms \(offset >= 0 ? "behind" : "ahead of") OKX's (± \(m.uncertaintyMilliseconds) ms)"
            if magnitude >= 25_000 {
                set("clock", .problem, text + (magnitude >= 30_000 ? ", outside OKX's 30-second window" : ", within 5 s of OKX's 30-second window") + "; swift-okx compensates, every other tool on this machine gets 50102",
                    fix: "Turn on time synchronisation: timedatectl set-ntp true (or install chrony), then check with okx time.")
            } else if magnitude > 3_000 {
                set("clock", .warning, text + "; swift-okx compensates, but other tools fail beyond 30 s", fix: "Turn on time synchronisation: timedatectl set-ntp true.")
            } else {
                set("clock", .ok, text)
            }
        case .failure(let error):
            let (summary, fix) = Self.describe(reachability: error, base: base, proxy: proxy)
            set("reachability", .problem, summary, fix: fix)
            skipRest(after: "reachability", because: "\(base) is not reachable")
            return report(checks)
        }

        // 3. Credentials: present, complete, well-formed, file private.
        guard let credentials = configuration.credentials else {
            set("credentials", .problem, "no API key configured", fix: "Set api_key, secret_key and passphrase in ~/.okx/config.toml (a [profiles.NAME] table) or OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE.")
            skipRest(after: "credentials", because: "no credentials")
            return report(checks)
        }
        let problems = credentials.validate()
        let fatal = problems.filter { $0.contains("empty") || $0.contains("whitespace") || $0.contains("quotes") || $0.contains("swapped") }
        var permissionProblem: String?
        if let path = profilePath, let warning = Profile.permissionWarning(path: path) { permissionProblem = warning }
        if !fatal.isEmpty {
            set("credentials", .problem, "key \(credentials.maskedAPIKey): " + fatal.joined(separator: "; "),
                fix: "Copy the values again from OKX exactly, without spaces or quotes; the secret is 32 hexadecimal characters, the passphrase is the one you chose.")
            skipRest(after: "credentials", because: "the credentials are malformed")
            return report(checks)
        } else if let permissionProblem {
            set("credentials", .problem, "key \(credentials.maskedAPIKey) complete, but " + permissionProblem, fix: "chmod 600 \(profilePath ?? "the file")")
        } else if !problems.isEmpty {
            set("credentials", .warning, "key \(credentials.maskedAPIKey): " + problems.joined(separator: "; "), fix: "Check the values were copied completely from OKX.")
        } else {
            set("credentials", .ok, "key \(credentials.maskedAPIKey), secret and passphrase present and well-formed")
        }

        // 4.–6. One signed read-only call tells environment, site, passphrase, signature, IP.
        let env = configuration.environment
        var outcome = await signedCall(configuration)
        if case .failure(let error) = outcome, error.code == .environmentMismatch {
            var other = configuration
            other.environment = env.other
            let proof = await signedCall(other)
            switch proof {
            case .success:
                set("environment", .problem, "this key is a \(env.other) key, but the client uses \(env) trading (proved: the same call succeeds in \(env.other))",
                    fix: env == .live ? "Use --demo (demo = true in the profile, OKX_DEMO=1, Configuration(environment: .demo)), or create a live API key."
                                      : "Use --live (demo = false, OKX_DEMO=0, Configuration(environment: .live)), or create a demo-trading API key.")
                outcome = proof
            case .failure(let otherError):
                set("environment", .problem, "OKX says this key does not match \(env) trading; in \(env.other) it answers \(otherError.code.map { "\($0)" } ?? "\(otherError.category)")",
                    fix: "Check which environment the key was created for (demo keys come from the demo-trading page).")
                outcome = proof
            }
        }
        switch outcome {
        case .success(let account):
            if checks["environment"] == nil { set("environment", .ok, "the key works in \(env) trading") }
            set("site", .ok, "the key is known at \(base)")
            set("passphrase", .ok, "accepted")
            set("signature", .ok, "the secret matches the key")
            set("ip-allowlist", .ok, (account.ip ?? "").isEmpty ? "the key is not restricted to IP addresses" : "this machine's IP is allowed (\(account.ip ?? ""))")
            // `perm` is a comma-separated list: read_only, trade, withdraw.
            let perms = Set((account.perm?.rawValue ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            let names = perms.sorted().map { $0 == "read_only" ? "read" : $0 }.joined(separator: ", ")
            if perms.contains("withdraw") {
                set("permissions", .warning, "\(names): this key can withdraw funds", fix: "Trading programs do not need withdraw; create a key without it.")
            } else if !perms.contains("trade") {
                set("permissions", .warning, "\(names): this key cannot place orders", fix: "Edit the key on OKX and enable Trade if this program trades.")
            } else {
                set("permissions", .ok, names)
            }
        case .failure(let error):
            var home: Site?
            if error.code == .invalidAPIKey || error.code == .apiKeyNotFound { home = await probeOtherSites() }
            diagnose(error, home: home, base: base, checks: &checks)
        }
        return report(checks)
    }

    private func diagnose(_ error: OKXError, home: Site?, base: String, checks: inout Checks) {
        func set(_ id: String, _ status: Status, _ summary: String, _ fix: String?) { checks.set(id, status, summary, fix: fix) }
        func skipRest(_ id: String, _ reason: String) { checks.skipRest(after: id, because: reason) }
        let env = configuration.environment
        func passedUpTo(_ id: String) {
            if checks["environment"] == nil { set("environment", .ok, "the key matches \(env) trading", nil) }
            for earlier in ["site", "passphrase", "signature"].prefix(while: { $0 != id }) where checks[earlier] == nil {
                set(earlier, .ok, earlier == "site" ? "the key is known at \(base)" : "accepted", nil)
            }
        }
        switch error.code {
        case .some(.invalidAPIKey), .some(.apiKeyNotFound):
            if checks["environment"] == nil { set("environment", .skipped, "not checked: the key is unknown here", nil) }
            if let home {
                set("site", .problem, "this key belongs to the \(home.name) site (\(home.restBaseURL)), not \(configuration.site.name): it works there and is unknown at \(base) "
                    + "(\(error.code.map { "\($0)" } ?? "?"); as after the account was moved to another site)",
                    "Use --site \(home.name) (site = \"\(home.name)\" in the profile, OKX_SITE=\(home.name), Configuration(site: .\(home.name))).")
            } else {
                set("site", .problem, siteSummary(error), siteFix())
            }
            skipRest("site", "the key is unknown at \(base)")
        case .some(.wrongPassphrase):
            passedUpTo("passphrase")
            set("passphrase", .problem, "OKX rejects the passphrase (50105)", error.fix)
            skipRest("passphrase", "the passphrase is wrong")
        case .some(.invalidSignature):
            passedUpTo("signature")
            set("signature", .problem, "the signature does not verify (50113): the secret does not belong to this key", error.fix)
            skipRest("signature", "the secret is wrong")
        case .some(.ipNotAllowed):
            passedUpTo("ip-allowlist")
            set("signature", .ok, "the secret matches the key", nil)
            set("ip-allowlist", .problem, "OKX refuses this machine's IP: \(error.message)", error.fix)
            skipRest("ip-allowlist", "the IP is not allowed")
        case .some(.missingPermission):
            passedUpTo("ip-allowlist")
            set("signature", .ok, "the secret matches the key", nil)
            set("ip-allowlist", .ok, "this machine's IP is allowed", nil)
            set("permissions", .problem, "the key may not read account data (50120)", error.fix)
        case let code where Restriction(code) != nil:
            // The key got through (the refusal is about the account), so everything up to the
            // key's own checks passed.
            guard let restriction = Restriction(code) else { return }
            passedUpTo("ip-allowlist")
            set("signature", .ok, "the secret matches the key", nil)
            set("ip-allowlist", .ok, "this machine's IP is allowed", nil)
            set("permissions", .problem, restriction.summary + (error.message.isEmpty ? "" : ": \(error.message)"), restriction.fix)
        case .some(.timestampExpired), .some(.invalidTimestamp):
            set("environment", .problem, "OKX rejects the timestamp even after a re-sync: \(error.message)", error.fix)
            skipRest("environment", "timestamps are rejected")
        default:
            if checks["environment"] == nil {
                set("environment", .problem, "the signed call failed: \(error.code.map { "OKX \($0): " } ?? "")\(error.message)", error.fix)
            }
            skipRest("environment", "the signed call failed")
        }
    }

    private func siteSummary(_ error: OKXError) -> String {
        let probed = baseURLOverridden && siteBaseURLs.isEmpty
            ? "; with --base-url the other sites cannot be probed: the key may belong to another site (EEA, US), or be mistyped or deleted"
            : "; no other site (\(Site.all.filter { $0 != configuration.site }.map(\.name).joined(separator: ", "))) knows it either: the key is mistyped or deleted, or the account is on a site it could not be tried at"
        return "OKX does not know this key at \(configuration.effectiveBaseURL) (\(error.code.map { "\($0)" } ?? "?"): \(error.message))" + probed
    }

    private func siteFix() -> String {
        "Keys work only on the site where the account is registered, and an account moved to another site (EEA accounts to eea.okx.com, US accounts to us.okx.com) has its keys only there: "
            + "global (www.okx.com), EEA (eea.okx.com, accounts from my.okx.com), US (us.okx.com, accounts from app.okx.com). "
            + "Set the site: --site eea, site = \"eea\" in the profile, OKX_SITE=eea, or Configuration(site: .eea) (likewise us, global); or check the key was not mistyped or deleted."
    }

    /// Probes the other sites' hosts with the same read-only call (`account/config`, one GET
    /// per site, to OKX's own hosts), when no base URL was forced. Cheap and safe: it changes
    /// nothing, and the key only goes where it could belong.
    func probeOtherSites() async -> Site? {
        for site in Site.all where site != configuration.site {
            var other = configuration
            other.site = site
            if let url = siteBaseURLs[site.name] {
                other.baseURL = url
            } else if baseURLOverridden {
                continue
            }
            if case .success = await signedCall(other) { return site }
        }
        return nil
    }

    private func signedCall(_ configuration: OKXClient.Configuration) async -> Result<API.TradingAccount.GetAccountConfiguration.Response, OKXError> {
        var configuration = configuration
        configuration.retry = .none
        do {
            return .success(try await OKXClient.withClient(configuration: configuration) { try await $0.first(API.TradingAccount.getAccountConfiguration()) })
        } catch {
            return .failure(OKXError(error))
        }
    }

    private func report(_ checks: Checks) -> Report {
        let ordered = Self.order.compactMap { checks[$0] }
        return Report(ok: !ordered.contains { $0.status == .problem }, site: configuration.site.name, environment: configuration.environment.rawValue,
                      baseURL: configuration.effectiveBaseURL, checks: ordered)
    }

    private func proxyDescription() -> String {
        Self.proxyDescription(explicit: configuration.transport.proxy, noProxy: configuration.transport.noProxy,
                              baseURL: configuration.effectiveBaseURL, environment: ProcessInfo.processInfo.environment)
    }

    /// The proxy libcurl will use for `baseURL`, and where it comes from, without credentials.
    /// Follows curl's own order: an explicit proxy (empty: none); else, for https,
    /// `https_proxy` then `HTTPS_PROXY`, for http only `http_proxy`; then `all_proxy`,
    /// `ALL_PROXY`. `noProxy` (else `no_proxy`, `NO_PROXY`) exempts hosts by domain suffix or
    /// `*`; its IP-range form is not evaluated here. Loopback never goes through a proxy (the
    /// transport turns it off for simulators).
    static func proxyDescription(explicit: String?, noProxy: String?, baseURL: String, environment: [String: String]) -> String {
        guard let url = URLComponents(string: baseURL), let host = url.host?.lowercased() else { return "none" }
        if host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.") { return "none (loopback)" }
        func variable(_ names: String...) -> (name: String, value: String)? {
            for name in names { if let value = environment[name], !value.isEmpty { return (name, value) } }
            return nil
        }
        let scheme = url.scheme?.lowercased() ?? "https"
        let chosen: (name: String, value: String)?
        if let explicit {
            chosen = explicit.isEmpty ? nil : ("proxy_url", explicit)
        } else {
            chosen = (scheme == "http" ? variable("http_proxy") : variable("\(scheme)_proxy", "\(scheme.uppercased())_PROXY"))
                ?? variable("all_proxy", "ALL_PROXY")
        }
        guard let chosen else { return "none" }
        let exemption = noProxy.map { ("noProxy", $0) } ?? variable("no_proxy", "NO_PROXY")
        if let exemption, bypasses(host: host, list: exemption.1) {
            return "none (\(host) is exempted by \(exemption.0))"
        }
        return "\(maskingUserInfo(chosen.value)) (from \(chosen.name))"
    }

    /// Whether curl's no-proxy `list` (comma- or space-separated names, `*` for all) covers `host`.
    static func bypasses(host: String, list: String) -> Bool {
        let entries = list.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }
        if entries == ["*"] { return true }
        return entries.contains { entry in
            let name = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            return !name.isEmpty && (host == name || host.hasSuffix("." + name))
        }
    }

    /// The proxy URL with everything before the host's `@` (a token, or user and password)
    /// replaced by `***`: a proxy token is a credential, whether it sits in the user name or
    /// the password.
    static func maskingUserInfo(_ proxy: String) -> String {
        let start = proxy.range(of: "://")?.upperBound ?? proxy.startIndex
        let end = proxy[start...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? proxy.endIndex
        guard let at = proxy[start..<end].lastIndex(of: "@") else { return proxy }
        return String(proxy[..<start]) + "***" + String(proxy[at...])
    }

    static func describe(reachability error: any Error, base: String, proxy: String) -> (String, String) {
        guard let error = error as? OKXError else { return ("\(base) failed: \(error)", "Check the base URL.") }
        if let transport = error.transportError {
            let what: String
            switch transport.kind {
            case .dns: what = "the host name does not resolve"
            case .connect: what = "nothing accepts the connection"
            case .tls: what = "the TLS handshake or certificate check fails"
            case .timeout: what = "no answer in time"
            default: what = "\(transport.kind)"
            }
            return ("\(base): \(what) (\(transport.message)); proxy: \(proxy)", error.fix)
        }
        return ("\(base) answers, but not as OKX's API: \(error.message)", error.fix)
    }

    /// A duration in milliseconds to two decimals, for summaries.
    static func milliseconds(_ duration: Duration) -> Decimal {
        let (seconds, atto) = duration.components
        return Decimal(seconds * 100_000 + atto / 10_000_000_000_000) / 100
    }
}
