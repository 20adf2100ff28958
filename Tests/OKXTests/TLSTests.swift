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
        try await Task.sleep(for: .milliseconds(500))

        let transport = try CurlTransport()
        // s_server may still be starting on a loaded machine: give it a few chances to listen.
        var outcome: TransportError?
        for _ in 0..<10 {
            do {
                _ = try await transport.send(HTTPRequest(method: .get, url: "https://127.0.0.1:\(port)/api/v5/public/time"))
                Issue.record("a self-signed certificate was accepted")
                break
            } catch let error as TransportError {
                outcome = error
                if error.kind == .tls { break }
                try await Task.sleep(for: .milliseconds(300))
            }
        }
        #expect(outcome?.kind == .tls, "\(outcome.map { "\($0)" } ?? "no error")")
        #expect(outcome?.requestMayHaveReachedServer == false)
        await transport.shutdown()
    }
}
