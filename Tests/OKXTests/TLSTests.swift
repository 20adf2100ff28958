import Foundation
@testable import OKX
import Testing

/// Certificate verification is always on, also for loopback https: a self-signed server on
/// 127.0.0.1 (OpenSSL's s_server, when the machine has the openssl tool) must be refused with a
/// typed TLS error, and the request must count as never sent.
@Suite struct TLSTests {
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func run(_ arguments: [String], in dir: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.openssl ?? "/usr/bin/openssl")
        p.arguments = arguments
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
    }

    @Test(.enabled(if: openssl != nil, "needs the openssl command"))
    func selfSignedCertificateIsRefused() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("okx-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "1",
                 "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], in: dir)
        let port = Int.random(in: 20_000..<40_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Self.openssl ?? "/usr/bin/openssl")
        server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", "cert.pem", "-key", "key.pem", "-www", "-quiet"]
        server.currentDirectoryURL = dir
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        server.standardInput = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
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
