import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback HTTP/1.1 proxy in front of the simulator that loses requests the way a network
/// does. It can pass a request on and then drop the client's connection without the answer
/// (stored at the exchange, answer lost), or keep a request and drop the connection (held up in
/// a gateway) and deliver it later, when the test says so. The client's connection to the proxy
/// stays open between requests, so libcurl reuses it exactly as it reuses a connection to OKX:
/// the case in which libcurl would quietly send a request a second time.
///
/// Each request reaches the exchange over a fresh connection of its own, so what the exchange
/// saw is known exactly.
final class FaultProxy: @unchecked Sendable {
    enum Action {
        /// Pass it on and return the answer.
        case forward
        /// Pass it on, wait for the exchange to answer, then close the client's connection
        /// without a single byte of the answer.
        case forwardThenDrop
        /// Keep the request and close the client's connection; ``deliverHeld()`` sends it on.
        case hold
    }

    /// One request as the proxy received it.
    struct Seen: Sendable {
        let method: String
        let target: String
        /// How many requests the same client connection carried before this one.
        let earlierOnConnection: Int
        var path: String { String(target.split(separator: "?", maxSplits: 1).first ?? "") }
    }

    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }
    private let upstreamPort: Int
    private let decide: @Sendable (Seen, FaultProxy) -> Action
    private let lock = NSLock()
    private var seenRequests: [Seen] = []
    private var held: [[UInt8]] = []
    private var heldAnswers: [String] = []
    private var clients: Set<Int32> = []
    private let listener: Int32

    /// `decide` runs on the proxy's thread for each request before it is acted on; it may call
    /// ``deliverHeld()`` (to let a held request land first) and anything else thread-safe.
    init(upstreamPort: Int, decide: @escaping @Sendable (Seen, FaultProxy) -> Action) throws {
        self.upstreamPort = upstreamPort
        self.decide = decide
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let proxy = self
        Thread.detachNewThread { proxy.acceptLoop() }
    }

    /// Stops accepting and closes every client connection.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        let open = lock.withLock { clients }
        for fd in open { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    deinit { close(listener) }

    /// Every request received so far, in order.
    var seen: [Seen] { lock.withLock { seenRequests } }

    /// The requests received with this method and path.
    func count(_ method: String, _ path: String) -> Int { seen.filter { $0.method == method && $0.path == path }.count }

    /// The exchange's status line for each held request delivered so far.
    var deliveredAnswers: [String] { lock.withLock { heldAnswers } }

    /// Sends every held request on to the exchange, in order, and waits for each to be
    /// answered (the answer goes nowhere: its client gave up on it).
    func deliverHeld() {
        let requests = lock.withLock { () -> [[UInt8]] in defer { held.removeAll() }; return held }
        for request in requests {
            let answer = (try? exchange(request)) ?? []
            let statusLine = String(decoding: answer.prefix { $0 != 13 }, as: UTF8.self)
            lock.withLock { heldAnswers.append(statusLine + " " + Self.bodyText(answer)) }
        }
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR { continue }
                return
            }
            lock.withLock { _ = clients.insert(fd) }
            Thread.detachNewThread { [self] in serve(fd) }
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            lock.withLock { _ = clients.remove(fd) }
            close(fd)
        }
        var buffered: [UInt8] = []
        var served = 0
        while let request = Self.readRequest(fd, &buffered) {
            let line = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
            let seen = Seen(method: line.first.map(String.init) ?? "", target: line.count > 1 ? String(line[1]) : "", earlierOnConnection: served)
            served += 1
            lock.withLock { seenRequests.append(seen) }
            switch decide(seen, self) {
            case .forward:
                guard let answer = try? exchange(request), Self.writeAll(fd, Self.keepingAlive(answer)) else { return }
            case .forwardThenDrop:
                _ = try? exchange(request)
                return
            case .hold:
                lock.withLock { held.append(request) }
                return
            }
        }
    }

    /// One request to the exchange on a connection of its own; returns the whole answer.
    private func exchange(_ request: [UInt8]) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(fd) }
        var address = Self.loopback(port: upstreamPort)
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        // "Connection: close" makes the end of the answer the end of the stream.
        guard let firstLineEnd = request.firstIndex(of: 10) else { throw POSIXError(.EINVAL) }
        let rewritten = Array(request[...firstLineEnd]) + Array("Connection: close\r\n".utf8) + Array(request[(firstLineEnd + 1)...])
        guard Self.writeAll(fd, rewritten) else { throw POSIXError(.EPIPE) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            answer.append(contentsOf: chunk[0..<n])
        }
        return answer
    }

    /// The exchange's answer without its `Connection` header, so the client keeps its
    /// connection to the proxy.
    static func keepingAlive(_ answer: [UInt8]) -> [UInt8] {
        guard let end = headEnd(answer) else { return answer }
        let head = String(decoding: answer[..<end], as: UTF8.self)
        let kept = head.components(separatedBy: "\r\n").filter { !$0.lowercased().hasPrefix("connection:") }
        return Array(kept.joined(separator: "\r\n").utf8) + Array(answer[end...])
    }

    static func bodyText(_ answer: [UInt8]) -> String {
        guard let end = headEnd(answer) else { return "" }
        return String(decoding: answer[(end + 4)...], as: UTF8.self)
    }

    /// Index of the "\r\n\r\n" that ends the head.
    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 { return i }
        return nil
    }

    /// The next whole request (head and Content-Length body), or nil at the end of the stream.
    static func readRequest(_ fd: Int32, _ buffered: inout [UInt8]) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        func fill() -> Bool {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return false }
            buffered.append(contentsOf: chunk[0..<n])
            return true
        }
        var end = headEnd(buffered)
        while end == nil {
            guard fill() else { return nil }
            end = headEnd(buffered)
        }
        guard let end else { return nil }
        let head = String(decoding: buffered[..<end], as: UTF8.self).lowercased()
        let length = head.components(separatedBy: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        while buffered.count < end + 4 + length {
            guard fill() else { return nil }
        }
        let request = Array(buffered[..<(end + 4 + length)])
        buffered.removeFirst(end + 4 + length)
        return request
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return address
    }
}
