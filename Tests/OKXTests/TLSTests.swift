import Foundation
@testable import OKX
import Testing

/// Certificate verification is always on, also for loopback https: a self-signed server on
/// 127.0.0.1 (OpenSSL's s_server, when the machine has the openssl tool) must be refused with a
/// typed TLS error, and the request must count as never sent.
@Suite struct TLSTests {
    @Test(.enabled(if: StreamConnectionFailureTests.openssl != nil, "needs the openssl command"))
    func selfSignedCertificateIsRefused() async throws {
        try await withSelfSignedServer { port in
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
    }
}
