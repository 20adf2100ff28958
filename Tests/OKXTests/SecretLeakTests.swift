import Foundation
import InMemoryLogging
import Logging
@testable import OKX
import OKXSimulator
import Testing

@Suite struct SecretLeakTests {
    @Test func noSecretInLogsErrorsOrDescriptions() async throws {
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "test", factory: { _ in logs })
        logger.logLevel = .trace
        var seen: [String] = []
        var signatures: [String] = []
        let key = SimulatedKey.demo
        let sim = try await OKXSimulator.start()
        let curl = try CurlTransport()
        let box = SignatureBox()
        let shownByTransport = SignatureBox()
        let recording = RewritingTransport(inner: curl) { request in
            if let sign = request.headers.first(where: { $0.name == "OK-ACCESS-SIGN" }) { box.append(sign.value) }
            // What a custom transport that logs its requests would show.
            var dumped = ""
            dump(request, to: &dumped)
            shownByTransport.append("\(request)\n\(String(reflecting: request))\n\(request.headers)\n\(dumped)")
            return request
        }
        var config = OKXClient.Configuration(environment: .demo, baseURL: sim.baseURL)
        config.credentials = Credentials(apiKey: key.apiKey, secretKey: key.secretKey, passphrase: key.passphrase)
        config.logger = logger
        let client = try OKXClient(configuration: config, transport: recording)
        _ = try await client.first(API.TradingAccount.getBalance())
        _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .limit, sz: 1, px: 100))
        // Errors of every family: environment, signature, outcome unknown, invalid response.
        var wrong = config
        wrong.environment = .live
        let wrongClient = try OKXClient(configuration: wrong, transport: recording)
        if let e = await okxError({ _ = try await wrongClient.first(API.TradingAccount.getBalance()) }) { seen.append(e.description); seen.append(String(reflecting: e)) }
        sim.inject(.htmlPage(status: 502), path: "/api/v5/account/positions", times: 5)
        if let e = await okxError({ _ = try await client.send(API.TradingAccount.getPositions(.init())) }) {
            var dumped = ""
            dump(e, to: &dumped)
            seen.append(dumped)
        }
        sim.update { $0.clockSkew = .seconds(100) }
        _ = try await client.first(API.TradingAccount.getBalance())  // a 50102 and a re-sync, logged
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        seen.append(dumpedClient)
        seen += logs.entries.map { "\($0.message) \($0.metadata)" }
        seen += shownByTransport.values
        signatures = box.values

        #expect(logs.entries.count >= 5, "the test must actually see log lines")
        #expect(signatures.count >= 5)
        #expect(shownByTransport.values.contains { $0.contains(Credentials.mask(key.apiKey)) }, "requests show the masked key")
        for text in seen {
            #expect(!text.contains(key.secretKey))
            #expect(!text.contains(key.passphrase))
            #expect(!text.contains(key.apiKey) || key.apiKey.count <= 10)
            for signature in signatures { #expect(!text.contains(signature)) }
        }
        await curl.shutdown()
        await sim.stop()
    }
}

/// Collects the signatures a test run sent, to search for them in logs afterwards.
final class SignatureBox: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ value: String) { storage.withLock { $0.append(value) } }
    var values: [String] { storage.withLock { $0 } }
}

import Synchronization
