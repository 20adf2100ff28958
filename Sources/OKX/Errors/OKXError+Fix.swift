/// The plain-language fixes. Specific codes get text written for their situation; every other
/// documented code gets its category's advice, and OKX's own message is always shown beside it.
enum Fix {
    static func text(for code: OKXError.Code, documentation: OKXError.Code.Documentation?, message: String,
                     context: OKXError.RequestContext?, clockOffset: Int64?) -> String {
        let env = context?.environment
        let host = context?.baseURL ?? "the configured host"
        let siteName = context?.site.name ?? "global"
        switch code {
        case .environmentMismatch:
            guard let env else {
                return "This API key belongs to the other environment (live vs demo). Use a key created for the environment you call, or switch environments."
            }
            let other = env.other
            let header = env == .demo ? "with the header x-simulated-trading: 1" : "without the x-simulated-trading header"
            return "This API key is a \(other) key, but the client sent the request to \(env) trading (\(header)). "
                + "Either switch the client to \(other): `OKXClient.Configuration(environment: .\(other))`, OKX_DEMO=\(other == .demo ? "1" : "0"), "
                + "or `demo = \(other == .demo)` in the profile; or create an API key for \(env) trading "
                + "(\(env == .demo ? "OKX website → Trade → Demo trading → Personal center → Demo trading API" : "OKX website → Profile → API keys, outside demo mode")) and use that one."
        case .timestampExpired, .webSocketTimestampExpired:
            let measured = clockOffset.map { " The client measured this machine's clock \(describe(offset: $0)) against OKX's." } ?? ""
            return "OKX rejects requests whose timestamp is more than 30 seconds from its clock. The client re-synced its clock and retried once, and the request was still rejected.\(measured) "
                + "Turn on time synchronisation (`timedatectl set-ntp true`, or chrony), and check nothing between you and OKX delays requests by many seconds."
        case .invalidTimestamp, .webSocketInvalidTimestamp:
            return "The OK-ACCESS-TIMESTAMP header was malformed. It must be ISO-8601 UTC with milliseconds and a Z (2020-12-08T09:08:57.715Z), built from epoch time, never from a local or UTC+8 wall clock. This SDK always formats it so; if you see this, something rewrote the header (a proxy?)."
        case .wrongPassphrase:
            return "The passphrase does not match this API key. It is the passphrase you typed when you created the API key, not your login, trading or fund password. If lost, delete the key and create a new one."
        case .missingAPIKey, .missingPassphrase, .missingSignature, .missingTimestamp:
            return "A required authentication header was empty. Provide all three of api_key, secret_key and passphrase (profile or OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE)."
        case .ipNotAllowed:
            let ip = message.split(separator: " ").first { $0.split(separator: ".").count == 4 || $0.contains(":") }.map { " (OKX saw \($0))" } ?? ""
            return "The request came from an IP address that is not in this API key's IP allow-list\(ip). Add this machine's public IP to the key's allow-list in the OKX API settings, or run from an allowed machine."
        case .webSocketKeyOfOtherSite, 60005:
            let others = Site.all.filter { $0.name != siteName }.map { "\($0.name) (\($0.webSocketLiveBaseURL))" }
            return "OKX's WebSocket does not know this API key (site \(siteName)). Keys exist only on the site where the account was registered; if yours is on \(others.joined(separator: " or ")), set that site. Otherwise the key was mistyped or deleted."
        case 60024:
            return "The passphrase does not match this API key: it is the one typed when the key was created, not a login or fund password."
        case 60007:
            return "The login signature did not verify: the secret key does not belong to this API key, or was copied with extra characters."
        case .invalidAPIKey, .apiKeyNotFound:
            let others = Site.all.filter { $0.name != siteName }.map { "\($0.name) (\($0.restBaseURL), accounts from \($0.accountWebsite))" }
            return "OKX does not know this API key at \(host) (site \(siteName)). Keys exist only on the site where the account was registered; "
                + "if your account is on another site — \(others.joined(separator: " or ")) — set that site (`site = \"eea\"` in the profile, OKX_SITE, or Configuration.site). "
                + "Otherwise the key was mistyped, has stray characters, or was deleted."
        case .invalidSignature:
            return "The signature did not verify: the secret key does not belong to this API key, or it was copied with extra characters. Copy the secret key again (it is shown only when the key is created; if lost, create a new key). Also check that no proxy rewrites the request path or body."
        case .missingPermission:
            return "This API key lacks the permission this endpoint needs. Edit the key on OKX to add Read, Trade or Withdraw as needed; a read-only key cannot place orders."
        case .rateLimited, .subAccountRateLimited:
            return "Too many requests for this endpoint's limit. Slow down (the limits are per 2 seconds, per IP, user or instrument) and retry after a short, jittered delay."
        case .systemBusy, .serviceUnavailable:
            return "OKX is busy or unavailable. Retry after a short, jittered delay."
        case .instrumentNotFound:
            return "No instrument has this id here. Ids are case-sensitive and typed: BTC-USDT (spot), BTC-USDT-SWAP (perpetual), BTC-USD-250627 (futures); list them with API.PublicData.getInstruments or `okx instruments SPOT`. Instruments can also differ between live and demo."
        case .endpointTimeout:
            return "OKX timed out internally. This does NOT say whether the request took effect: for orders, query by client order id before sending again."
        default:
            break
        }
        let category = documentation?.category ?? .unknown
        switch category {
        case .parameters, .general:
            return "OKX refused a parameter: see its message above and the endpoint's documentation."
        case .trading:
            return "OKX refused this trading request: its message above says why (price, size, instrument state, balance, mode). Adjust the order and send it again."
        case .funding:
            return "OKX refused this funding request; its message above says why (currency, chain, amount, whitelist)."
        case .account:
            return "The account's state or settings do not allow this; see OKX's message above and the account configuration."
        case .authentication:
            return "OKX refused the key for this call; check the key's status, permissions and allow-list on OKX."
        case .rateLimit:
            return "A rate or quantity limit was reached; slow down or reduce the request."
        case .system:
            return "A problem on OKX's side; retry after a short delay."
        case .unknown:
            return "OKX returned a code this SDK does not know; OKX's message above is the best guide."
        default:
            return "See OKX's message above and the documentation of the \(category) endpoints."
        }
    }

    static func describe(offset ms: Int64) -> String {
        if ms == 0 { return "in step" }
        let magnitude = ms.magnitude
        let fraction = String(magnitude % 1000)
        let text = "\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) s"
        return "\(text) \(ms > 0 ? "behind" : "ahead")"
    }
}

