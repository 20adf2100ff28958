/// Removes the secrets a request carried from text a server sent back.
///
/// A server, a gateway or a debugging proxy may echo the request's headers into its answer
/// (OKX's `msg`, an error page, the `data`). Whatever the client keeps or prints of that answer
/// passes through a redactor that knows the configured secrets:
///
/// - the passphrase, the secret key and the request's `OK-ACCESS-SIGN` become `<redacted>`;
/// - the API key becomes its masked form (`abcd…wxyz`), which still identifies the key;
/// - whatever follows an `OK-ACCESS-KEY`, `OK-ACCESS-PASSPHRASE` or `OK-ACCESS-SIGN` label
///   (`Name: value`, `"Name":"value"`, `name=value`, any case) becomes `<redacted>`, even when
///   the value is not one the redactor was told about;
/// - the start of a secret that a length bound cut off (text ending `abcd…(N bytes more)`) is
///   redacted too.
///
/// Values are matched as sent, in upper and lower case, JSON-escaped, and with control
/// characters escaped as ``UntrustedText`` writes them. Values shorter than
/// ``minimumSecretLength`` characters are not matched (they would garble unrelated text; OKX
/// passphrases are longer).
///
/// ```swift
/// let redactor = SecretRedactor(credentials: configuration.credentials, request: request)
/// throw redactor.redact(error)
/// ```
public struct SecretRedactor: Sendable {
    /// Shorter values are not searched for.
    public static let minimumSecretLength = 4
    /// What a secret is replaced with.
    public static let placeholder = "<redacted>"
    /// The header names whose values are redacted wherever they appear as a label.
    public static let secretHeaderNames = ["OK-ACCESS-KEY", "OK-ACCESS-PASSPHRASE", "OK-ACCESS-SIGN"]

    /// Pairs of (UTF-8 to find, replacement), longest first so that a secret containing another
    /// is replaced whole. Bytes, not `String`s: the CLI passes whole outputs of a megabyte through
    /// here, and a `Character`-wise search of that took a noticeable fraction of a second.
    private let replacements: [([UInt8], [UInt8])]

    /// Redacts only labelled header values.
    public static let none = SecretRedactor(secrets: [], apiKeys: [])

    /// Redacts `secrets` (replaced by ``placeholder``) and `apiKeys` (replaced by their masked form).
    public init(secrets: [String], apiKeys: [String] = []) {
        var pairs: [([UInt8], [UInt8])] = []
        func add(_ value: String, _ replacement: String) {
            guard value.count >= Self.minimumSecretLength else { return }
            for variant in Self.variants(of: value) where !pairs.contains(where: { $0.0 == variant }) {
                pairs.append((variant, Array(replacement.utf8)))
            }
        }
        for key in apiKeys { add(key, Credentials.mask(key)) }
        for secret in secrets { add(secret, Self.placeholder) }
        replacements = pairs.sorted { $0.0.count > $1.0.count }
    }

    /// Everything each of `redactors` redacts.
    public init(combining redactors: [SecretRedactor]) {
        var pairs: [([UInt8], [UInt8])] = []
        for pair in redactors.flatMap(\.replacements) where !pairs.contains(where: { $0.0 == pair.0 }) { pairs.append(pair) }
        replacements = pairs.sorted { $0.0.count > $1.0.count }
    }

    /// The secrets of `credentials`, plus the signature and any other `OK-ACCESS-*` secret
    /// header `request` carries.
    public init(credentials: Credentials?, request: HTTPRequest? = nil) {
        var secrets: [String] = []
        var keys: [String] = []
        if let credentials {
            secrets += [credentials.secretKey, credentials.passphrase]
            keys.append(credentials.apiKey)
        }
        for header in request?.headers ?? [] {
            switch header.name.uppercased() {
            case "OK-ACCESS-KEY": keys.append(header.value)
            case "OK-ACCESS-PASSPHRASE", "OK-ACCESS-SIGN": secrets.append(header.value)
            default: break
            }
        }
        self.init(secrets: secrets, apiKeys: keys)
    }

    /// `text` with every known secret and every labelled secret header value replaced.
    public func redact(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var changed = false
        for (secret, replacement) in replacements { changed = Self.replace(secret, with: replacement, in: &bytes) || changed }
        changed = redactTruncatedTail(&bytes) || changed
        changed = Self.redactLabelledValues(&bytes) || changed
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The same error with its message, fix, body excerpt and transport message redacted.
    public func redact(_ error: OKXError) -> OKXError {
        OKXError(code: error.code, subCode: error.subCode, category: error.category, message: redact(error.message),
                 httpStatus: error.httpStatus, isRetryable: error.isRetryable, fix: redact(error.fix), context: error.context,
                 transportError: error.transportError.map(redact), bodyExcerpt: error.bodyExcerpt.map(redact),
                 clientOrderID: error.clientOrderID, measuredClockOffsetMilliseconds: error.measuredClockOffsetMilliseconds)
    }

    /// The same transport error with its message redacted.
    public func redact(_ error: TransportError) -> TransportError {
        TransportError(kind: error.kind, message: redact(error.message), curlCode: error.curlCode,
                       requestMayHaveReachedServer: error.requestMayHaveReachedServer)
    }

    /// A value as it may appear in text: as is, in either case, JSON-escaped, control-escaped.
    private static func variants(of value: String) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for base in [value, value.lowercased(), value.uppercased()] {
            for form in [base, jsonEscaped(base), UntrustedText.escapingControlCharacters(base)] where !result.contains(Array(form.utf8)) {
                result.append(Array(form.utf8))
            }
        }
        return result
    }

    /// Replaces every occurrence of `needle`; true if there was one.
    private static func replace(_ needle: [UInt8], with replacement: [UInt8], in bytes: inout [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var output: [UInt8] = []
        var copied = 0
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<i])
                output.append(contentsOf: replacement)
                i += needle.count
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return false }
        output.append(contentsOf: bytes[copied...])
        bytes = output
        return true
    }

    private static func jsonEscaped(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A bound may have cut a secret after its first characters: `…secr…(12 bytes more)`.
    private func redactTruncatedTail(_ bytes: inout [UInt8]) -> Bool {
        let marker = Array(UntrustedText.truncationMarker(moreBytes: 0).utf8.prefix(4))  // "…("
        guard let at = Self.firstIndex(of: marker, in: bytes, from: 0) else { return false }
        for (secret, replacement) in replacements {
            var length = min(secret.count - 1, at)
            while length >= Self.minimumSecretLength {
                if bytes[(at - length)..<at].elementsEqual(secret[..<length]) {
                    bytes.replaceSubrange((at - length)..<at, with: replacement)
                    return true
                }
                length -= 1
            }
        }
        return false
    }

    /// Replaces what follows a secret header's name: `OK-ACCESS-SIGN: v`, `"ok-access-sign":"v"`,
    /// `OK-ACCESS-SIGN=v`.
    private static func redactLabelledValues(_ bytes: inout [UInt8]) -> Bool {
        let lowered = bytes.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard firstIndex(of: Array("ok-access-".utf8), in: lowered, from: 0) != nil else { return false }
        let names = secretHeaderNames.map { Array($0.lowercased().utf8) }
        func isSeparator(_ b: UInt8) -> Bool {
            b == 32 || b == 9 || b == UInt8(ascii: ":") || b == UInt8(ascii: "=") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "\\")
        }
        func endsValue(_ b: UInt8) -> Bool {
            b <= 32 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
                || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == UInt8(ascii: ")") || b == UInt8(ascii: "&")
                || b == UInt8(ascii: "\\") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == 0xE2  // "…" starts with E2
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        outer: while i < bytes.count {
            for name in names where i + name.count <= bytes.count && lowered[i..<(i + name.count)].elementsEqual(name) {
                var j = i + name.count
                // A longer header name (OK-ACCESS-SIGNATURE) is not this one.
                if j < bytes.count, (lowered[j] >= 97 && lowered[j] <= 122) || lowered[j] == UInt8(ascii: "-") { continue }
                var sawSeparator = false
                while j < bytes.count, isSeparator(bytes[j]) { j += 1; sawSeparator = true }
                var end = j
                while end < bytes.count {
                    // JSON writes "/" in a Base64 signature as "\/": part of the value.
                    if bytes[end] == UInt8(ascii: "\\"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "/") { end += 2; continue }
                    if endsValue(bytes[end]) { break }
                    end += 1
                }
                guard sawSeparator, end > j else { continue }
                // An API key already masked (`abcd…wxyz`) stays recognisable; a value a bound cut (`abcd…(N bytes more)`) does not.
                let masked = end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 3] != UInt8(ascii: "(")
                if masked && end - j <= 4 { continue }
                output.append(contentsOf: bytes[i..<j])
                output.append(contentsOf: placeholder.utf8)
                changed = true
                i = end
                continue outer
            }
            output.append(bytes[i])
            i += 1
        }
        if changed { bytes = output }
        return changed
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
