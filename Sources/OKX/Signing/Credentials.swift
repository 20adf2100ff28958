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
    /// stray whitespace or quotes instead of silently trimming them.
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

    static func looksLikeUUID(_ value: String) -> Bool {
        let groups = value.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "Credentials(apiKey: \(maskedAPIKey), secretKey: <redacted>, passphrase: <redacted>)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["apiKey": maskedAPIKey, "secretKey": "<redacted>", "passphrase": "<redacted>"], displayStyle: .struct)
    }
}


