import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A raw-socket HTTP/1.1 server on 127.0.0.1 that answers each request with whatever bytes the
/// test scripts: huge bodies or headers, control characters, overflowing numbers, invalid
/// UTF-8, broken gzip, no status line at all. The simulator cannot send most of these (its
/// HTTP stack refuses to), and a real OKX never does; a proxy, a captive portal or a broken
/// gateway might.
///
/// Each connection gets one answer and is closed, so a reply without a length ends where the
/// connection does. Call ``stop()`` when done: the serving thread keeps the server alive. Connections are served one at a time on a thread of the server's own (a
/// blocking accept loop must not occupy a thread of Swift's cooperative pool).
final class HostileServer: Sendable {
    struct Request: Sendable {
        var method: String
        /// Path with the query string.
        var target: String
        /// Header lines as received (`Name: value`).
        var headerLines: [String]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            for line in headerLines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                if line[..<colon].lowercased() == name.lowercased() { return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
            }
            return nil
        }
    }

    /// The bytes to answer `request` with.
    typealias Responder = @Sendable (Request) -> [UInt8]

    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }
    private let listener: Int32
    private let responder: Responder
    private let received = Mutex<[Request]>([])
    private let done = Mutex(false)

    init(_ responder: @escaping Responder) throws {
        // CLOEXEC: the `okx` processes tests spawn must not inherit this server's sockets (an
        // inherited connection stays open after the server closes it).
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        self.responder = responder
        let thread = Thread { [self] in serve() }
        thread.name = "hostile-server"
        thread.start()
    }

    /// Every request received so far.
    var requests: [Request] { received.withLock { $0 } }

    /// Stops accepting; the serving thread closes the socket as it leaves. Does not wait for it:
    /// tests call this from async code, where blocking a thread of the pool could starve others.
    func stop() {
        let first = done.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        // shutdown() wakes the blocked accept(); close() alone does not on Linux.
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func serve() {
        defer { close(listener) }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            if done.withLock({ $0 }) {
                close(client)
                return
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)  // accept4 is not visible from Swift's Glibc
            handle(client)
            close(client)
        }
    }

    private func handle(_ fd: Int32) {
        // A client that never finishes its request must not hold the server forever.
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(fd) else { return }
        received.withLock { $0.append(request) }
        let reply = responder(request)
        reply.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var sent = 0
            while sent < buffer.count {
                // MSG_NOSIGNAL: a client that gave up (a size limit) must not SIGPIPE the test process.
                let n = send(fd, base + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                sent += n
            }
        }
        Glibc.shutdown(fd, Int32(SHUT_WR))
        // Drain until the client closes, so the close does not turn into a reset that could
        // discard the reply's last bytes on the client's side.
        var scratch = [UInt8](repeating: 0, count: 4096)
        while recv(fd, &scratch, scratch.count, 0) > 0 {}
    }

    private func readRequest(_ fd: Int32) -> Request? {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { return nil }
            data.append(contentsOf: chunk[..<n])
            headerEnd = Self.find([13, 10, 13, 10], in: data)
        }
        guard let end = headerEnd else { return nil }
        let head = String(decoding: data[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var request = Request(method: String(requestLine[0]), target: String(requestLine[1]), headerLines: lines, body: [])
        let length = request.header("Content-Length").flatMap { Int($0) } ?? 0
        var body = Array(data[(end + 4)...])
        while body.count < length {
            let n = recv(fd, &chunk, chunk.count, 0)
            guard n > 0 else { break }
            body.append(contentsOf: chunk[..<n])
        }
        request.body = body
        return request
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    // MARK: Scripted answers

    /// A complete HTTP/1.1 response; `Content-Length` is added unless `headers` has one or
    /// `length` is false (the body then ends with the connection).
    static func response(status: Int = 200, reason: String = "OK", headers: [String] = [], body: [UInt8], length: Bool = true) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for line in headers { head += line + "\r\n" }
        if length && !headers.contains(where: { $0.lowercased().hasPrefix("content-length:") }) { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }

    /// A JSON answer.
    static func json(_ text: String, status: Int = 200) -> [UInt8] {
        response(status: status, headers: ["Content-Type: application/json"], body: Array(text.utf8))
    }

    /// A JSON answer from raw bytes (invalid UTF-8 included).
    static func json(bytes: [UInt8], status: Int = 200) -> [UInt8] {
        response(status: status, headers: ["Content-Type: application/json"], body: bytes)
    }

    /// `text` as a JSON string literal, quotes included (control characters escaped as JSON requires).
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
