import Foundation
@testable import OKX
import Testing

@Suite struct ErrorTableTests {
    struct Row { var code: Int; var subCode: Int?; var http: Int?; var category: String; var retry: Bool; var message: String }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Data/okx/error-codes.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let parts = f[0].split(separator: "_")
            return Row(code: Int(parts[0]) ?? -1, subCode: parts.count > 1 ? Int(parts[1]) : nil, http: Int(f[1]), category: f[2], retry: f[3] == "yes", message: f[4])
        }
    }

    @Test func everyDocumentedCodeMapsToItsTypedValue() throws {
        let rows = try Self.rows()
        #expect(rows.count == 1089)
        #expect(OKXError.Code.documented.count == rows.count)
        let categories: [String: OKXError.Category] = [
            "account": .account, "auth": .authentication, "batch": .batch, "block_trading_spread": .blockTrading, "convert": .convert,
            "copy_trading": .copyTrading, "environment": .environment, "finance": .finance, "funding": .funding, "general": .general,
            "parameters": .parameters, "rate_limit": .rateLimit, "system": .system, "timestamp": .timestamp, "trade": .trading,
            "trading_bot": .tradingBot, "websocket": .websocket,
        ]
        for row in rows {
            let doc = try #require(OKXError.Code(row.code).documentation(subCode: row.subCode), "code \(row.code)_\(row.subCode ?? 0)")
            #expect(doc.httpStatus == row.http && doc.retryMayHelp == row.retry && doc.message == row.message, "code \(row.code)")
            #expect(doc.category == categories[row.category], "code \(row.code)")
            let error = OKXError.api(code: OKXError.Code(row.code), subCode: row.subCode, message: "server text", httpStatus: row.http, context: nil)
            #expect(!error.fix.isEmpty && error.message == "server text" && error.isRetryable == row.retry)
        }
    }

    @Test func subCodedErrorsAreDocumentedAndFallBack() {
        let specific = OKXError.api(code: .insufficientBalance, subCode: 1000, message: "Order failed. Insufficient USDT balance in account", httpStatus: 200, context: nil)
        #expect(specific.code == .insufficientBalance && specific.subCode == 1000)
        #expect(OKXError.Code(51008).documentation(subCode: 1000)?.message.contains("Insufficient {param0} balance") == true)
        #expect(OKXError.Code(51008).documentation(subCode: 9999) == OKXError.Code(51008).documentation)
        #expect(specific.description.contains("51008_1000"))
        #expect(OKXError.Code(string: "51008_1000") == .insufficientBalance)
    }

    @Test func unknownCodeKeepsRawCodeAndMessage() {
        let error = OKXError.api(code: 99999, message: "Something new", httpStatus: 200, context: nil)
        #expect(error.code?.rawValue == 99999)
        #expect(error.category == .unknown)
        #expect(error.message == "Something new")
        #expect(error.description.contains("99999") && error.description.contains("Something new"))
    }

    @Test func environmentMismatchSaysWhichAndHow() {
        let base = OKXError.RequestContext(method: .get, requestPath: "/api/v5/account/balance", environment: .live, site: .global, baseURL: "https://www.okx.com")
        let live = OKXError.api(code: .environmentMismatch, message: "APIKey does not match current environment.", httpStatus: 401, context: base)
        #expect(live.fix.contains("This API key is a demo key, but the client sent the request to live trading"))
        #expect(live.fix.contains("environment: .demo"))
        var demoContext = base
        demoContext.environment = .demo
        let demo = OKXError.api(code: .environmentMismatch, message: "", httpStatus: 401, context: demoContext)
        #expect(demo.fix.contains("This API key is a live key, but the client sent the request to demo trading (with the header x-simulated-trading: 1)"))
        #expect(demo.fix.contains("environment: .live"))
        #expect(demo.message == "APIKey does not match current environment.", "falls back to the documented message")
        #expect(demo.category == .environment && !demo.isRetryable)
    }

    @Test func unknownKeyPointsAtOtherSites() {
        let context = OKXError.RequestContext(method: .get, requestPath: "/api/v5/account/balance", environment: .live, site: .global, baseURL: "https://www.okx.com")
        let error = OKXError.api(code: .apiKeyNotFound, message: "API key doesn't exist", httpStatus: 200, context: context)
        #expect(error.fix.contains("eea (https://eea.okx.com") && error.fix.contains("us (https://us.okx.com"))
        #expect(!error.fix.contains("global (https://www.okx.com"))
    }

    @Test func ipAllowListFixNamesTheIP() {
        let error = OKXError.api(code: .ipNotAllowed, message: "Your IP 203.0.113.7 is not included in your API key's IP whitelist.", httpStatus: 401, context: nil)
        #expect(error.fix.contains("OKX saw 203.0.113.7"))
    }

    @Test func timestampFixStatesMeasuredSkew() {
        let error = OKXError.api(code: .timestampExpired, message: "Timestamp request expired.", httpStatus: 401, context: nil, clockOffset: 45_250)
        #expect(error.fix.contains("45.250 s behind"))
        #expect(error.measuredClockOffsetMilliseconds == 45_250)
    }

    @Test func catalogHoldsEveryDocumentedEndpoint() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Data/okx/endpoints.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst()
        #expect(EndpointSpec.catalog.count == lines.count)
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(EndpointSpec.lookup(HTTPMethod(rawValue: f[0]), f[1]) != nil, "\(f[0]) \(f[1])")
        }
        let order = try #require(EndpointSpec.lookup(.post, "/api/v5/trade/order"))
        #expect(order.rateLimit == .init(requests: 60, perSeconds: 2, key: .userAndInstrument))
        #expect(order.permission == .trade && order.auth == .private)
        #expect(EndpointSpec.lookup(.get, "/api/v5/public/time")?.auth == .public)
    }

    @Test func everyTypedEndpointIsDocumented() throws {
        let order = API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, side: .buy, ordType: .market, sz: 1)
        let specs: [EndpointSpec?] = [
            API.PublicData.getSystemTime().spec, API.PublicData.getInstruments(.init(instType: .spot)).spec,
            API.MarketData.ticker(.init(instId: "x")).spec, API.MarketData.orderBook(.init(instId: "x")).spec,
            API.TradingAccount.getBalance().spec, API.Trade.placeOrder(order).spec, API.Trade.placeMultipleOrders([]).spec,
            API.Trade.cancelOrder(.init(instId: "x", ordId: "1")).spec, API.Trade.orderDetails(.init(instId: "x")).spec,
        ]
        #expect(specs.allSatisfy { $0 != nil })
        #expect(API.MarketData.ticker(.init(instId: "x")).auth == .public)
        #expect(API.TradingAccount.getBalance().auth == .private)
        #expect(API.Trade.placeOrder(order).spec?.permission == .trade)
    }
}
