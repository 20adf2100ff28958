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
                + "An account moved to another site (EEA accounts to eea.okx.com, US accounts to us.okx.com) has its keys only there, so a key that worked before the move is unknown at the old host. "
                + "Otherwise the key was mistyped, has stray characters, or was deleted. `okx doctor` tries the other sites with the key and says which one knows it."
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
        case 59113:
            return Restriction.kycLevel.fix
        case 51155:
            return Restriction.instrumentInRegion.fix
        case 51734:
            return Restriction.kycCountry.fix
        case 64003:
            return Restriction.feeTierChannel.fix
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


/// What an account (not its key) is refused, with the plain-language fix: regulation, the level
/// or country of its identity verification (KYC), its trading-fee tier. The key, signature and
/// site are fine when these come back; changing them does not help.
enum Restriction: Int, CaseIterable, Sendable {
    /// 59113: margin trading is not offered in the account's region; KYC level 2 with another
    /// citizenship can lift it.
    case kycLevel = 59113
    /// 51155: this instrument may not be traded from the account's region.
    case instrumentInRegion = 51155
    /// 51734: the country of the account's KYC is not supported for this.
    case kycCountry = 51734
    /// 64003: the WebSocket channel needs a higher trading-fee (VIP) tier.
    case feeTierChannel = 64003

    init?(_ code: OKXError.Code?) {
        guard let code, let restriction = Restriction(rawValue: code.rawValue) else { return nil }
        self = restriction
    }

    /// One line on what OKX refused and why, for a diagnosis.
    var summary: String {
        switch self {
        case .kycLevel: "the key works, but OKX does not offer margin trading to this account in its region (59113, local regulations)"
        case .instrumentInRegion: "the key works, but OKX restricts trading this instrument for accounts in this account's region (51155, local compliance)"
        case .kycCountry: "the key works, but the country of this account's identity verification (KYC) is not supported for this (51734)"
        case .feeTierChannel: "the key works, but this WebSocket channel is reserved for higher trading-fee (VIP) tiers (64003)"
        }
    }

    var fix: String {
        switch self {
        case .kycLevel:
            "Margin, leverage and borrowing are not available to this account where it is registered; nothing is wrong with the key or the order. "
                + "If your citizenship is in another region, complete identity verification level 2 (KYC2: OKX → Profile → Verification) and try again; "
                + "otherwise trade without margin (tdMode cash on spot)."
        case .instrumentInRegion:
            "OKX does not allow trading this pair or contract from this account's region; nothing is wrong with the key or the order's values. "
                + "Choose an instrument offered in your region (okx instruments SPOT lists what this site offers). "
                + "If the account was moved to another OKX site (EEA: eea.okx.com, US: us.okx.com), use that site: its instruments differ."
        case .kycCountry:
            "OKX does not support this product for the country of the account's identity verification (KYC); nothing is wrong with the key. "
                + "Check the verification country in OKX → Profile → Verification; products differ between the global, EEA and US sites, so use the site "
                + "where the account is registered, or use a product OKX offers in that country."
        case .feeTierChannel:
            "OKX reserves this channel for higher trading-fee tiers: since 2026 the tick-by-tick books (books-l2-tbt, books50-l2-tbt) "
                + "and the fills channel need VIP 4 or above; the key and login are fine. Use a channel every tier gets instead: books or "
                + "books5 for the book, the orders channel (fillSz, fillPx, tradeId) for your own fills; or check the account's fee tier "
                + "(OKX → Fees) against the channel's requirement in OKX's WebSocket documentation."
        }
    }
}
