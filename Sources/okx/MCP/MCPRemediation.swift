import Foundation
import MCP
import OKX

/// Turns an SDK error into what an agent is shown: OKX's code and message, our fix text, and for
/// an unknown outcome the client order id to look up. Fix texts are worded for people; before an
/// agent sees one, any sentence that would have it cancel, close, transfer, withdraw, repay or
/// redeem something on its own is replaced by advice to ask its user: those decisions are not a
/// tool's to suggest.
enum MCPRemediation {
    /// Words that mark a sentence as telling the reader to change orders, positions or funds.
    static let actionWords = ["cancel", "close", "transfer", "withdraw", "repay", "redeem", "liquidate", "sell all", "reduce the position"]

    /// What replaces such a sentence.
    static let askTheUser = "Whether to change orders, positions or funds because of this is the user's decision: report this error to them."

    /// `fix` without sentences that tell the reader to act on orders, positions or funds.
    static func safeFix(_ fix: String) -> String {
        var sentences: [String] = []
        var replaced = false
        for sentence in split(fix) {
            let lower = sentence.lowercased()
            if actionWords.contains(where: { lower.contains($0) }) {
                if !replaced { sentences.append(askTheUser) }
                replaced = true
            } else {
                sentences.append(sentence)
            }
        }
        return sentences.joined(separator: " ")
    }

    /// OKX's own message without sentences that instruct the reader to act ("Please cancel …",
    /// "Close your positions …"). Unlike fix texts, a message that merely mentions such a word
    /// ("the order was cancelled") is a fact the agent needs, so only imperatives are replaced.
    static func safeMessage(_ message: String) -> String {
        var sentences: [String] = []
        var replaced = false
        for sentence in split(message) {
            var lower = Substring(sentence.lowercased())
            for prefix in ["please ", "you need to ", "you must ", "you should ", "try to "] where lower.hasPrefix(prefix) {
                lower = lower.dropFirst(prefix.count)
            }
            if imperativeVerbs.contains(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") }) {
                if !replaced { sentences.append(askTheUser) }
                replaced = true
            } else {
                sentences.append(sentence)
            }
        }
        return sentences.joined(separator: " ")
    }

    /// Verbs that open an instruction to change orders, positions or funds.
    static let imperativeVerbs = ["cancel", "close", "transfer", "withdraw", "repay", "redeem", "liquidate", "sell", "reduce", "add", "deposit"]

    /// Sentences of a text, each with its closing punctuation.
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " ", [".", "!", "?"].contains(previous) {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { out.append(trimmed) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { out.append(trimmed) }
        return out
    }

    /// The tool error payload for an SDK error.
    static func payload(_ error: OKXError) -> Value {
        var object: [String: Value] = [
            "category": .string("\(error.category)"),
            "message": .string(safeMessage(error.message)),
            "fix": .string(safeFix(error.fix)),
        ]
        if let code = error.code { object["code"] = .string("\(code.rawValue)") }
        if let subCode = error.subCode { object["subCode"] = .string("\(subCode)") }
        if let status = error.httpStatus { object["httpStatus"] = .int(status) }
        if error.category == .outcomeUnknown {
            object["outcome"] = "unknown"
            object["clOrdId"] = error.clientOrderID.map(Value.string) ?? .null
            object["fix"] = .string("The order may or may not exist at OKX: its answer was lost. Look it up by clOrdId (call_endpoint with endpoint Trade.orderDetails and arguments instId and clOrdId) before placing anything again; this server never places it a second time on its own.")
        }
        return .object(object)
    }

    /// The tool error payload for a refusal or bad argument.
    static func payload(_ failure: MCPToolFailure) -> Value {
        ["category": .string(failure.kind), "message": .string(failure.message), "fix": .string(safeFix(failure.fix))]
    }
}
