import Foundation

/// An OKX API key with its secret and passphrase.
///
/// The secret and passphrase never leave this value except into the ``Signer``: its
/// `description`, `debugDescription` and reflection (`dump`, `Mirror`) show only a masked key.
public struct Credentials: Sendable, Equatable {
    /// The API key (an identifier; shown masked in logs).
    public let apiKey: String
    let secretKey: String
    let passphrase: String

    /// Creates credentials. Values are used exactly as given: ``validate()`` reports
    /// stray whitespace or quotes instead of silently trimming them, and a client refuses
    /// values that cannot be sent in a header (see ``validateForSending()``).
    public init(apiKey: String, secretKey: String, passphrase: String) {
        self.apiKey = apiKey
        self.secretKey = secretKey
        self.passphrase = passphrase
    }

    /// The passphrase, for the WebSocket login message (which carries it in clear, like the REST header).
    public var passphraseForLogin: String { passphrase }

    /// The key with all but its first and last four characters hidden.
    public var maskedAPIKey: String { Self.mask(apiKey) }

    static func mask(_ value: String) -> String {
        guard value.count > 10 else { return String(repeating: "*", count: value.count) }
        return "\(value.prefix(4))…\(value.suffix(4))"
    }

    /// Problems that make a key fail at OKX even though it was "entered": empty fields,
    /// whitespace or quotes copied along, a secret that does not look like OKX's 32 hex
    /// characters, or a key that is not a UUID. Returns one sentence per problem, without
    /// the secret values.
    public func validate() -> [String] {
        var problems: [String] = []
        for (name, value) in [("api_key", apiKey), ("secret_key", secretKey), ("passphrase", passphrase)] {
            if value.isEmpty { problems.append("\(name) is empty"); continue }
            if value != value.trimmingCharacters(in: .whitespacesAndNewlines) {
                problems.append("\(name) has leading or trailing whitespace")
            }
            if value.first == "\"" || value.first == "'" || value.last == "\"" || value.last == "'" {
                problems.append("\(name) is wrapped in quotes")
            }
        }
        let hex = secretKey.allSatisfy(\.isHexDigit)
        if !secretKey.isEmpty && !(secretKey.count == 32 && hex) {
            if passphrase.count == 32 && passphrase.allSatisfy(\.isHexDigit) {
                problems.append("secret_key and passphrase look swapped (the passphrase has the secret's 32-hex-digit shape)")
            } else {
                problems.append("secret_key is \(secretKey.count) characters; OKX secrets are 32 hexadecimal characters")
            }
        }
        if !apiKey.isEmpty && !Self.looksLikeUUID(apiKey) {
            problems.append("api_key is not in OKX's UUID form (8-4-4-4-12 hexadecimal digits)")
        }
        return problems
    }

    /// Throws ``OKXError`` (category ``OKXError/Category/configuration``) when a field cannot be
    /// sent as it is. The values travel in HTTP headers, where a CR or LF ends the header (a
    /// passphrase ending in "\n" ends the whole header block, and the rest of a value could add
    /// headers of its own), other control characters are refused, and surrounding whitespace is
    /// dropped by the server's parser, so it would check a different value from the one signed.
    /// The error names the field and never shows its value.
    public func validateForSending() throws(OKXError) {
        for (name, value) in [("api_key", apiKey), ("secret_key", secretKey), ("passphrase", passphrase)] {
            if let problem = Self.sendingProblem(value) {
                throw OKXError.configuration("credentials: \(name) \(problem)",
                                             fix: "Copy \(name) again from OKX exactly: without line breaks, tabs, or spaces at either end.")
            }
        }
    }

    /// Why `value` cannot go into an HTTP header unchanged (a phrase without the value), or nil.
    static func sendingProblem(_ value: String) -> String? {
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "contains a control character (a line break, tab or similar)"
        }
        if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
           CharacterSet.whitespacesAndNewlines.contains(first) || CharacterSet.whitespacesAndNewlines.contains(last) {
            return "has leading or trailing whitespace"
        }
        return nil
    }

    static func looksLikeUUID(_ value: String) -> Bool {
        let groups = value.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Shows the masked API key only; the secret key and the passphrase are redacted.
    public var description: String { "Credentials(apiKey: \(maskedAPIKey), secretKey: <redacted>, passphrase: <redacted>)" }
    /// Same as `description`: secrets stay redacted in debug output too.
    public var debugDescription: String { description }
    /// A mirror with the secrets redacted, so `dump` and debuggers do not print them.
    public var customMirror: Mirror {
        Mirror(self, children: ["apiKey": maskedAPIKey, "secretKey": "<redacted>", "passphrase": "<redacted>"], displayStyle: .struct)
    }
}


