import Foundation
@testable import OKX
import Testing

// Expected signatures were computed once with Python's hmac/hashlib/base64 (see Data/okx/PROTOCOL-FACTS.md
// for the first three) and are pinned here as strings.
@Suite struct SigningTests {
    let signer = Signer(credentials: Credentials(apiKey: "k", secretKey: "22582BD0CFF14C41EDBF1AB98506286D", passphrase: "p"))

    @Test func getWithQueryVector() {
        #expect(signer.signature(timestamp: "2020-12-08T09:08:57.715Z", method: .get, requestPath: "/api/v5/account/balance?ccy=BTC")
                == "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
    }

    @Test func postBodyVector() {
        let body = #"{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"2.15","sz":"2"}"#
        #expect(signer.signature(timestamp: "2020-12-08T09:08:57.715Z", method: .post, requestPath: "/api/v5/trade/order", body: Array(body.utf8))
                == "iwrdSpN7pm4G4u8+fswZUyH6mOM48+sBF6WvKpj4Dvk=")
    }

    @Test func webSocketLoginVector() {
        #expect(signer.websocketLoginSignature(epochSeconds: "1538054050") == "+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=")
    }

    @Test func percentEncodedQueryIsSignedAsSent() {
        let endpoint = Endpoint<[Order]>.get("/api/v5/trade/orders-history", ["instType": "SPOT", "state": "filled,canceled"])
        #expect(endpoint.requestPath == "/api/v5/trade/orders-history?instType=SPOT&state=filled%2Ccanceled")
        #expect(signer.signature(timestamp: "2026-01-02T03:04:05.006Z", method: .get, requestPath: endpoint.requestPath)
                == "QJO6k/PaXH9XPd9PWC8wdtLvxsad/YkO5+JCmvhUjrQ=")
    }

    @Test func nilQueryValuesAreLeftOut() {
        let endpoint = API.MarketData.candlesticks(.init(instId: "BTC-USDT", bar: "1m", after: Date(timeIntervalSince1970: 1_700_000_000), limit: nil))
        #expect(endpoint.requestPath == "/api/v5/market/candles?instId=BTC-USDT&bar=1m&after=1700000000000")
        #expect(signer.signature(timestamp: "2026-01-02T03:04:05.006Z", method: .get, requestPath: endpoint.requestPath)
                == "G6Jun1VyP7kybIzleIW3GGikCe2gvGCzz8dthfWWuX0=")
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"),
        (1_607_418_537_715, "2020-12-08T09:08:57.715Z"),
        (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        (4_102_444_799_999, "2099-12-31T23:59:59.999Z"),
        (1_709_251_199_999, "2024-02-29T23:59:59.999Z"),
    ])
    func timestampFormat(ms: Int64, text: String) {
        #expect(OKXTimestamp.iso8601(epochMilliseconds: ms) == text)
        #expect(OKXTimestamp.epochMilliseconds(iso8601: text) == ms)
    }

    @Test func malformedTimestampsAreRejected() {
        for text in ["2020-12-08T09:08:57Z", "2020-12-08 09:08:57.715Z", "2020-13-08T09:08:57.715Z", "2020-12-08T09:08:57.715+08:00", ""] {
            #expect(OKXTimestamp.epochMilliseconds(iso8601: text) == nil, "\(text)")
        }
    }

    @Test func headersCarryKeyTimestampPassphrase() {
        let headers = signer.headers(timestamp: "2020-12-08T09:08:57.715Z", method: .get, requestPath: "/api/v5/account/balance?ccy=BTC", body: [UInt8]())
        #expect(headers.map(\.name) == ["OK-ACCESS-KEY", "OK-ACCESS-SIGN", "OK-ACCESS-TIMESTAMP", "OK-ACCESS-PASSPHRASE"])
        #expect(headers[1].value == "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
    }

    @Test func demoAddsSimulatedTradingHeader() {
        #expect(Environment.demo.headers == [HTTPHeader("x-simulated-trading", "1")])
        #expect(Environment.live.headers.isEmpty)
    }
}

@Suite struct CredentialTests {
    let credentials = Credentials(apiKey: "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", secretKey: "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B", passphrase: "Sim-Passphrase-1")

    @Test func secretsNeverPrinted() {
        var dumped = ""
        dump(credentials, to: &dumped)
        var dumpedSigner = ""
        dump(Signer(credentials: credentials), to: &dumpedSigner)
        var config = OKXClient.Configuration()
        config.credentials = credentials
        var dumpedConfig = ""
        dump(config, to: &dumpedConfig)
        for text in [credentials.description, credentials.debugDescription, String(describing: credentials), String(reflecting: credentials),
                     dumped, dumpedSigner, "\(Signer(credentials: credentials))", dumpedConfig, "\(Mirror(reflecting: credentials).children.map { "\($0.value)" })"] {
            #expect(!text.contains("0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B"))
            #expect(!text.contains("Sim-Passphrase-1"))
            #expect(!text.contains("9d3b-4c1e-8a7f"), "the key is masked: \(text)")
        }
        #expect(credentials.description.contains("5f0c…3a50"))
    }

    @Test func wellFormedCredentialsHaveNoProblems() {
        #expect(credentials.validate().isEmpty)
    }

    @Test func commonMistakesAreNamed() {
        let quoted = Credentials(apiKey: "\"5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50\"", secretKey: "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B ", passphrase: "")
        let problems = quoted.validate()
        #expect(problems.contains("api_key is wrapped in quotes"))
        #expect(problems.contains("secret_key has leading or trailing whitespace"))
        #expect(problems.contains("passphrase is empty"))
        let swapped = Credentials(apiKey: credentials.apiKey, secretKey: "my passphrase", passphrase: "0D5E3F9A7B2C4E6F8A1B3C5D7E9F1A2B")
        #expect(swapped.validate().contains { $0.contains("swapped") })
    }
}
