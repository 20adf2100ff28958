import Foundation
@testable import OKX
import Testing

/// Certificate verification is always on, also for loopback https: a self-signed server on
/// 127.0.0.1 (OpenSSL's s_server, when the machine has the openssl tool) must be refused with a
/// typed TLS error, and the request must count as never sent.
@Suite struct TLSTests {
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: openssl != nil, "needs the openssl command"))
    func selfSignedCertificateIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let openssl = Self.openssl ?? "/usr/bin/openssl"
        _ = try await Subprocess.run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.path + "/key.pem", "-out", dir.path + "/cert.pem",
                                                "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], environment: [:])
        let port = Int.random(in: 20_000..<40_000)
        let server = try Subprocess.spawn(openssl, ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", dir.path + "/cert.pem",
                                                     "-key", dir.path + "/key.pem", "-www", "-quiet"], environment: [:])
        defer {
            kill(server, SIGKILL)
            var status: Int32 = 0
            waitpid(server, &status, 0)
        }
        // Wait until s_server listens (a loaded machine can take seconds), by connecting, not
        // by guessing a time; the deadline only bounds a server that never comes up.
        let listening = ContinuousClock.now + .seconds(60)
        while !Self.accepts(port: port) {
            guard ContinuousClock.now < listening else { Issue.record("s_server never listened on \(port)"); return }
            try await Task.sleep(for: .milliseconds(20))
        }

        let transport = try CurlTransport()
        var outcome: TransportError?
        do {
            _ = try await transport.send(HTTPRequest(method: .get, url: "https://127.0.0.1:\(port)/api/v5/public/time"))
            Issue.record("a self-signed certificate was accepted")
        } catch let error as TransportError {
            outcome = error
        }
        #expect(outcome?.kind == .tls, "\(outcome.map { "\($0)" } ?? "no error")")
        #expect(outcome?.requestMayHaveReachedServer == false)
        await transport.shutdown()
    }

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } } == 0
    }
}
