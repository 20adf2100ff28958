import Foundation
import Logging
import MCP

/// Standard input and output, keeping track of which requests still owe an answer.
///
/// MCP's server answers each request from a task of its own, so when standard input closes some
/// answers may not be written yet. Stopping the server then would lose them. This transport
/// notes the id of every request read and crosses it off when its answer is written (or the
/// client cancels it, which per MCP gets no answer); ``allAnswered()`` returns once none is left.
actor MCPStdioTransport: Transport {
    private let inner = StdioTransport()
    private var unanswered: Set<String> = []
    private var waiters: [CheckedContinuation<Void, Never>] = []

    nonisolated var logger: Logger { inner.logger }

    func connect() async throws { try await inner.connect() }

    func disconnect() async { await inner.disconnect() }

    func send(_ data: Data) async throws {
        try await inner.send(data)
        for message in Self.messages(in: data) where message["method"] == nil {
            if let id = Self.id(message["id"]) { unanswered.remove(id) }
        }
        resumeIfAnswered()
    }

    func receive() -> AsyncThrowingStream<Data, any Error> {
        AsyncThrowingStream { continuation in
            let pump = Task {
                do {
                    for try await data in await inner.receive() {
                        arrived(data)
                        continuation.yield(data)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in pump.cancel() }
        }
    }

    /// Returns once every request read so far has its answer written or was cancelled.
    func allAnswered() async {
        guard !unanswered.isEmpty else { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func arrived(_ data: Data) {
        for message in Self.messages(in: data) {
            guard let method = message["method"] as? String else { continue }
            if let id = Self.id(message["id"]) {
                unanswered.insert(id)
            } else if method == "notifications/cancelled",
                      let params = message["params"] as? [String: Any], let id = Self.id(params["requestId"]) {
                unanswered.remove(id)
            }
        }
        resumeIfAnswered()
    }

    private func resumeIfAnswered() {
        guard unanswered.isEmpty, !waiters.isEmpty else { return }
        let ready = waiters
        waiters = []
        for waiter in ready { waiter.resume() }
    }

    /// The JSON-RPC messages in one line: an object, or a batch of them.
    private static func messages(in data: Data) -> [[String: Any]] {
        guard let json = try? JSONSerialization.jsonObject(with: data) else { return [] }
        if let object = json as? [String: Any] { return [object] }
        return (json as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    /// A request id (a string or a number in JSON-RPC) as one comparable text.
    private static func id(_ value: Any?) -> String? {
        switch value {
        case let text as String: "s:" + text
        case let number as NSNumber: "n:" + number.stringValue
        default: nil
        }
    }
}
