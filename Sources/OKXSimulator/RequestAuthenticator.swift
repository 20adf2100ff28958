import Crypto
import Foundation

/// Checks a private request the way OKX does, in OKX's order: headers present, timestamp
/// well-formed and inside the window, key known on this site, environment, passphrase,
/// signature, IP allow-list. Written independently of the SDK's signer on purpose, so a
/// signing bug in the SDK cannot agree with itself.
struct RequestAuthenticator: Sendable {
    var keys: [SimulatedKey]
    var site: String
    var window: Duration
    var clientIP: String

    struct Failure: Error {
        var code: Int
        var params: [String] = []
    }

    func authenticate(method: String, target: String, body: [UInt8], header: (String) -> String?, serverNow: Int64) throws(Failure) -> SimulatedKey {
        let apiKey = header("OK-ACCESS-KEY") ?? ""
        let passphrase = header("OK-ACCESS-PASSPHRASE") ?? ""
        let sign = header("OK-ACCESS-SIGN") ?? ""
        let timestamp = header("OK-ACCESS-TIMESTAMP") ?? ""
        if apiKey.isEmpty { throw Failure(code: 50103) }
        if passphrase.isEmpty { throw Failure(code: 50104) }
        if sign.isEmpty { throw Failure(code: 50106) }
        if timestamp.isEmpty { throw Failure(code: 50107) }
        guard let sent = Self.parseTimestamp(timestamp) else { throw Failure(code: 50112) }
        let windowMs = Int64(window.components.seconds) * 1000
        if abs(sent - serverNow) > windowMs { throw Failure(code: 50102) }

        guard let key = keys.first(where: { $0.apiKey == apiKey }) else { throw Failure(code: 50111) }
        // A key from another site does not exist here.
        guard key.site == site else { throw Failure(code: 50119) }
        let simulated = header("x-simulated-trading") == "1"
        if simulated != (key.environment == .demo) { throw Failure(code: 50101) }
        if key.passphrase != passphrase { throw Failure(code: 50105) }

        var prehash = Array((timestamp + method.uppercased() + target).utf8)
        prehash += body
        let mac = HMAC<SHA256>.authenticationCode(for: prehash, using: SymmetricKey(data: Array(key.secretKey.utf8)))
        guard Data(mac).base64EncodedString() == sign else { throw Failure(code: 50113) }
        if !key.allowedIPs.isEmpty && !key.allowedIPs.contains(clientIP) { throw Failure(code: 50110, params: [clientIP]) }
        return key
    }

    /// Accepts exactly `yyyy-MM-ddTHH:mm:ss.SSSZ`, as OKX requires.
    static func parseTimestamp(_ text: String) -> Int64? {
        let pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/
        guard let m = text.wholeMatch(of: pattern) else { return nil }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        components.year = Int(m.1)
        components.month = Int(m.2)
        components.day = Int(m.3)
        components.hour = Int(m.4)
        components.minute = Int(m.5)
        components.second = Int(m.6)
        guard let date = components.date, let millis = Int64(m.7) else { return nil }
        return Int64(date.timeIntervalSince1970) * 1000 + millis
    }
}
