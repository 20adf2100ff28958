/// Text that came from a server (OKX's `msg`, a body excerpt, a field of a response), made
/// safe to keep in an error and to show a person.
///
/// Two dangers, two tools. A terminal obeys control characters, so a server string printed raw
/// can retitle, clear or recolour the terminal or overwrite what was printed before:
/// ``escapingControlCharacters(_:keepingLineBreaks:)`` writes them visibly (`\u{1B}`). A server
/// string can also be arbitrarily long: ``bounded(utf8:limit:)`` keeps the first `limit` bytes
/// and says how many more there were, reading nothing beyond them.
public enum UntrustedText {
    /// How much of a server string an error keeps (OKX's own messages are a few dozen bytes).
    public static let messageLimit = 2048

    /// Each character a terminal acts on written as `\u{XX}`: the C0 controls (including ESC,
    /// CR and, unless `keepingLineBreaks`, LF and TAB), DEL, the C1 controls U+0080–U+009F (an
    /// 8-bit CSI is one of them), and the bidirectional overrides and isolates, which reorder
    /// what is shown. Everything else, other languages included, is kept.
    public static func escapingControlCharacters(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x09: return !keepingLineBreaks
            case 0x00...0x1F, 0x7F...0x9F: return true
            case 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The first `limit` bytes of `bytes` as text (invalid UTF-8 becomes U+FFFD, a character cut
    /// at the limit is dropped), followed by ``truncationMarker(moreBytes:)`` when there was more.
    /// Touches only the bytes it keeps, so a 30 MB field costs nothing beyond its first `limit`.
    public static func bounded<Bytes: Collection<UInt8>>(utf8 bytes: Bytes, limit: Int = messageLimit) -> String {
        let count = bytes.count
        guard count > limit else { return String(decoding: bytes, as: UTF8.self) }
        let head = cut(Array(bytes.prefix(max(0, limit))))
        return String(decoding: head, as: UTF8.self) + truncationMarker(moreBytes: count - head.count)
    }

    /// `head` without a multi-byte character its end cut in half, which would otherwise show as U+FFFD.
    static func cut(_ head: [UInt8]) -> [UInt8] {
        guard var start = head.indices.last else { return head }
        while start > 0 && head.count - start < 4 && head[start] & 0xC0 == 0x80 { start -= 1 }
        guard head[start] >= 0xC0 else { return head }
        let length = head[start] >= 0xF0 ? 4 : head[start] >= 0xE0 ? 3 : 2
        return start + length > head.count ? Array(head[..<start]) : head
    }

    /// `text` cut to at most `limit` UTF-8 bytes, with the marker when it was longer.
    public static func bounded(_ text: String, limit: Int = messageLimit) -> String {
        guard text.utf8.count > limit else { return text }
        return bounded(utf8: text.utf8, limit: limit)
    }

    /// What replaces the rest of a cut string: `…(N bytes more)`.
    public static func truncationMarker(moreBytes: Int) -> String { "…(\(moreBytes) bytes more)" }

    /// Bounded, then control characters escaped: the form every server string takes in an error.
    static func forError(_ text: String, limit: Int = messageLimit) -> String {
        escapingControlCharacters(bounded(text, limit: limit))
    }
}
