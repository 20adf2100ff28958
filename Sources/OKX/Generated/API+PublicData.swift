// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “public-data”.
    public enum PublicData {}
}

extension API.PublicData {
    /// `GET /api/v5/market/exchange-rate`: “Get exchange rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-exchange-rate
    public enum GetExchangeRate {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/exchange-rate"
        /// The parameters of `GET /api/v5/market/exchange-rate`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-exchange-rate
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/exchange-rate`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-exchange-rate
        public struct Response: Codable, Sendable, TapeDirect {
            /// `usdCny`: a decimal number (a string on the wire).
            public let usdCny: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.usdCny = try c.apiDecimal("usdCny")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xB88C17B12AEF58ED: if v0 < 0, m.isKey("usdCny") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.usdCny = try d.directDecimal(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.usdCny, "usdCny")
            }
        }
    }

    /// `GET /api/v5/market/exchange-rate`: “Get exchange rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-exchange-rate
    public static func getExchangeRate(_ request: GetExchangeRate.Request = .init()) -> Endpoint<[GetExchangeRate.Response]> {
        .apiGet(GetExchangeRate.path, request)
    }

    /// `GET /api/v5/market/history-index-candles`: “Get index candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks-history
    public enum GetIndexCandlesticksHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/history-index-candles"
        /// The parameters of `GET /api/v5/market/history-index-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `bar`: text.
            public var bar: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/history-index-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `o`: a decimal number (a string on the wire), at position 1 of the row.
            public let o: Decimal?
            /// `h`: a decimal number (a string on the wire), at position 2 of the row.
            public let h: Decimal?
            /// `l`: a decimal number (a string on the wire), at position 3 of the row.
            public let l: Decimal?
            /// `c`: a decimal number (a string on the wire), at position 4 of the row.
            public let c: Decimal?
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.confirm = try c.apiText()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.o = try row.decimal()
                self.h = try row.decimal()
                self.l = try row.decimal()
                self.c = try row.decimal()
                self.confirm = try row.text()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.o)
                try c.apiWriteDecimal(self.h)
                try c.apiWriteDecimal(self.l)
                try c.apiWriteDecimal(self.c)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/history-index-candles`: “Get index candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks-history
    public static func getIndexCandlesticksHistory(_ request: GetIndexCandlesticksHistory.Request) -> Endpoint<[GetIndexCandlesticksHistory.Response]> {
        .apiGet(GetIndexCandlesticksHistory.path, request)
    }

    /// `GET /api/v5/market/history-mark-price-candles`: “Get mark price candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks-history
    public enum GetMarkPriceCandlesticksHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/history-mark-price-candles"
        /// The parameters of `GET /api/v5/market/history-mark-price-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `bar`: text.
            public var bar: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/history-mark-price-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `o`: a decimal number (a string on the wire), at position 1 of the row.
            public let o: Decimal?
            /// `h`: a decimal number (a string on the wire), at position 2 of the row.
            public let h: Decimal?
            /// `l`: a decimal number (a string on the wire), at position 3 of the row.
            public let l: Decimal?
            /// `c`: a decimal number (a string on the wire), at position 4 of the row.
            public let c: Decimal?
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.confirm = try c.apiText()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.o = try row.decimal()
                self.h = try row.decimal()
                self.l = try row.decimal()
                self.c = try row.decimal()
                self.confirm = try row.text()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.o)
                try c.apiWriteDecimal(self.h)
                try c.apiWriteDecimal(self.l)
                try c.apiWriteDecimal(self.c)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/history-mark-price-candles`: “Get mark price candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks-history
    public static func getMarkPriceCandlesticksHistory(_ request: GetMarkPriceCandlesticksHistory.Request) -> Endpoint<[GetMarkPriceCandlesticksHistory.Response]> {
        .apiGet(GetMarkPriceCandlesticksHistory.path, request)
    }

    /// `GET /api/v5/market/index-candles`: “Get index candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks
    public enum GetIndexCandlesticks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/index-candles"
        /// The parameters of `GET /api/v5/market/index-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `bar`: text.
            public var bar: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/index-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `o`: a decimal number (a string on the wire), at position 1 of the row.
            public let o: Decimal?
            /// `h`: a decimal number (a string on the wire), at position 2 of the row.
            public let h: Decimal?
            /// `l`: a decimal number (a string on the wire), at position 3 of the row.
            public let l: Decimal?
            /// `c`: a decimal number (a string on the wire), at position 4 of the row.
            public let c: Decimal?
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.confirm = try c.apiText()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.o = try row.decimal()
                self.h = try row.decimal()
                self.l = try row.decimal()
                self.c = try row.decimal()
                self.confirm = try row.text()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.o)
                try c.apiWriteDecimal(self.h)
                try c.apiWriteDecimal(self.l)
                try c.apiWriteDecimal(self.c)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/index-candles`: “Get index candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-candlesticks
    public static func getIndexCandlesticks(_ request: GetIndexCandlesticks.Request) -> Endpoint<[GetIndexCandlesticks.Response]> {
        .apiGet(GetIndexCandlesticks.path, request)
    }

    /// `GET /api/v5/market/index-components`: “Get index components”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-components
    public enum GetIndexComponents {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/index-components"
        /// The parameters of `GET /api/v5/market/index-components`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-components
        public struct Request: APIRequestFields {
            /// `index`: text; required.
            public var index: String
            /// A request with the given parameters; nil ones are not sent.
            public init(index: String) {
                self.index = index
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("index", index)
                return p
            }
        }
        /// The `data` object of `GET /api/v5/market/index-components`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-components
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Components: Codable, Sendable, TapeDirect {
                /// `exch`: text.
                public let exch: String?
                /// `symbol`: text.
                public let symbol: String?
                /// `symPx`: a decimal number (a string on the wire).
                public let symPx: Decimal?
                /// `wgt`: a decimal number (a string on the wire).
                public let wgt: Decimal?
                /// `cnvPx`: a decimal number (a string on the wire).
                public let cnvPx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.exch = try c.apiText("exch")
                    self.symbol = try c.apiText("symbol")
                    self.symPx = try c.apiDecimal("symPx")
                    self.wgt = try c.apiDecimal("wgt")
                    self.cnvPx = try c.apiDecimal("cnvPx")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    var v4: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xE7C05D608E9D7AFB: if v0 < 0, m.isKey("exch") { v0 = m.value }
                        case 0xE81B0096BC73F511: if v1 < 0, m.isKey("symbol") { v1 = m.value }
                        case 0x668DE9D72735806C: if v2 < 0, m.isKey("symPx") { v2 = m.value }
                        case 0x5E99E719486C0A75: if v3 < 0, m.isKey("wgt") { v3 = m.value }
                        case 0x6DC55F87D5F23B6E: if v4 < 0, m.isKey("cnvPx") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.exch = try d.directText(v0)
                    self.symbol = try d.directText(v1)
                    self.symPx = try d.directDecimal(v2)
                    self.wgt = try d.directDecimal(v3)
                    self.cnvPx = try d.directDecimal(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.exch, "exch")
                    try c.apiWriteText(self.symbol, "symbol")
                    try c.apiWriteDecimal(self.symPx, "symPx")
                    try c.apiWriteDecimal(self.wgt, "wgt")
                    try c.apiWriteDecimal(self.cnvPx, "cnvPx")
                }
            }
            /// `index`: text.
            public let index: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `components`: a list of nested objects.
            public let components: [Components]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.index = try c.apiText("index")
                self.last = try c.apiDecimal("last")
                self.ts = try c.apiDate("ts")
                self.components = try c.apiNested("components")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x83CF8E8F9081468B: if v0 < 0, m.isKey("index") { v0 = m.value }
                    case 0x0456D2AD905847D9: if v1 < 0, m.isKey("last") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0x426F73B62E5F1C09: if v3 < 0, m.isKey("components") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.index = try d.directText(v0)
                self.last = try d.directDecimal(v1)
                self.ts = try d.directDate(v2)
                self.components = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.index, "index")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.components, "components")
            }
        }
    }

    /// `GET /api/v5/market/index-components`: “Get index components”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-components
    public static func getIndexComponents(_ request: GetIndexComponents.Request) -> Endpoint<GetIndexComponents.Response> {
        .apiGet(GetIndexComponents.path, request)
    }

    /// `GET /api/v5/market/index-tickers`: “Get index tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-tickers
    public enum GetIndexTickers {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/index-tickers"
        /// The parameters of `GET /api/v5/market/index-tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-tickers
        public struct Request: APIRequestFields {
            /// `quoteCcy`: text; required in some cases.
            public var quoteCcy: String?
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteCcy: String? = nil, instId: String? = nil) {
                self.quoteCcy = quoteCcy
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteCcy", quoteCcy)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/index-tickers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-tickers
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `high24h`: a decimal number (a string on the wire).
            public let high24h: Decimal?
            /// `low24h`: a decimal number (a string on the wire).
            public let low24h: Decimal?
            /// `open24h`: a decimal number (a string on the wire).
            public let open24h: Decimal?
            /// `sodUtc0`: a decimal number (a string on the wire).
            public let sodUtc0: Decimal?
            /// `sodUtc8`: a decimal number (a string on the wire).
            public let sodUtc8: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.idxPx = try c.apiDecimal("idxPx")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
                self.open24h = try c.apiDecimal("open24h")
                self.sodUtc0 = try c.apiDecimal("sodUtc0")
                self.sodUtc8 = try c.apiDecimal("sodUtc8")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0E8F6C3B83CC3030: if v1 < 0, m.isKey("idxPx") { v1 = m.value }
                    case 0xC1F54A34A7251939: if v2 < 0, m.isKey("high24h") { v2 = m.value }
                    case 0x2EF3C545A51F1EBD: if v3 < 0, m.isKey("low24h") { v3 = m.value }
                    case 0x0BA538D18AD12F25: if v4 < 0, m.isKey("open24h") { v4 = m.value }
                    case 0xC6D46ED6E67C220B: if v5 < 0, m.isKey("sodUtc0") { v5 = m.value }
                    case 0xC6D466D6E67C1473: if v6 < 0, m.isKey("sodUtc8") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.idxPx = try d.directDecimal(v1)
                self.high24h = try d.directDecimal(v2)
                self.low24h = try d.directDecimal(v3)
                self.open24h = try d.directDecimal(v4)
                self.sodUtc0 = try d.directDecimal(v5)
                self.sodUtc8 = try d.directDecimal(v6)
                self.ts = try d.directDate(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.sodUtc0, "sodUtc0")
                try c.apiWriteDecimal(self.sodUtc8, "sodUtc8")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/index-tickers`: “Get index tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-index-tickers
    public static func getIndexTickers(_ request: GetIndexTickers.Request = .init()) -> Endpoint<[GetIndexTickers.Response]> {
        .apiGet(GetIndexTickers.path, request)
    }

    /// `GET /api/v5/market/mark-price-candles`: “Get mark price candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks
    public enum GetMarkPriceCandlesticks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/mark-price-candles"
        /// The parameters of `GET /api/v5/market/mark-price-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `bar`: text.
            public var bar: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/mark-price-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `o`: a decimal number (a string on the wire), at position 1 of the row.
            public let o: Decimal?
            /// `h`: a decimal number (a string on the wire), at position 2 of the row.
            public let h: Decimal?
            /// `l`: a decimal number (a string on the wire), at position 3 of the row.
            public let l: Decimal?
            /// `c`: a decimal number (a string on the wire), at position 4 of the row.
            public let c: Decimal?
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.confirm = try c.apiText()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.o = try row.decimal()
                self.h = try row.decimal()
                self.l = try row.decimal()
                self.c = try row.decimal()
                self.confirm = try row.text()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.o)
                try c.apiWriteDecimal(self.h)
                try c.apiWriteDecimal(self.l)
                try c.apiWriteDecimal(self.c)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/mark-price-candles`: “Get mark price candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price-candlesticks
    public static func getMarkPriceCandlesticks(_ request: GetMarkPriceCandlesticks.Request) -> Endpoint<[GetMarkPriceCandlesticks.Response]> {
        .apiGet(GetMarkPriceCandlesticks.path, request)
    }

    /// `GET /api/v5/public/convert-contract-coin`: “Unit convert”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-unit-convert
    public enum UnitConvert {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/convert-contract-coin"
        /// The parameters of `GET /api/v5/public/convert-contract-coin`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-unit-convert
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `instId`: text; required.
            public var instId: String
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// `unit`: one of a documented set of values (unknown values are kept).
            public var unit: Unit?
            /// `opType`: one of a documented set of values (unknown values are kept).
            public var opType: OpType?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, instId: String, sz: Decimal, px: Decimal? = nil, unit: Unit? = nil, opType: OpType? = nil) {
                self.type = type
                self.instId = instId
                self.sz = sz
                self.px = px
                self.unit = unit
                self.opType = opType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("instId", instId)
                p.add("sz", sz)
                p.add("px", px)
                p.add("unit", unit)
                p.add("opType", opType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/convert-contract-coin`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-unit-convert
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `instId`: text.
            public let instId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `unit`: one of a documented set of values (unknown values are kept).
            public let unit: Unit?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.instId = try c.apiRequiredText("instId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.unit = try c.apiEnum("unit")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x6498DFE4855BB3A7: if v4 < 0, m.isKey("unit") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.unit = try d.directEnum(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.unit, "unit")
            }
        }
    }

    /// `GET /api/v5/public/convert-contract-coin`: “Unit convert”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-unit-convert
    public static func unitConvert(_ request: UnitConvert.Request) -> Endpoint<[UnitConvert.Response]> {
        .apiGet(UnitConvert.path, request)
    }

    /// `GET /api/v5/public/delivery-exercise-history`: “Get delivery/exercise history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-delivery-exercise-history
    public enum GetDeliveryExerciseHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/delivery-exercise-history"
        /// The parameters of `GET /api/v5/public/delivery-exercise-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-delivery-exercise-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text; required.
            public var instFamily: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/delivery-exercise-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-delivery-exercise-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `insId`: text.
                public let insId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `type`: one of a documented set of values (unknown values are kept).
                public let type: TypeValue?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.insId = try c.apiText("insId")
                    self.px = try c.apiDecimal("px")
                    self.type = try c.apiEnum("type")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x13C2978F5131D77A: if v0 < 0, m.isKey("insId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0xA79439EF7BFA9C2D: if v2 < 0, m.isKey("type") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.insId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.type = try d.directEnum(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.insId, "insId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteEnum(self.type, "type")
                }
            }
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    case 0xB9515701B1F5FC65: if v1 < 0, m.isKey("details") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
                self.details = try d.directNested(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/public/delivery-exercise-history`: “Get delivery/exercise history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-delivery-exercise-history
    public static func getDeliveryExerciseHistory(_ request: GetDeliveryExerciseHistory.Request) -> Endpoint<[GetDeliveryExerciseHistory.Response]> {
        .apiGet(GetDeliveryExerciseHistory.path, request)
    }

    /// `GET /api/v5/public/discount-rate-interest-free-quota`: “Get discount rate and interest-free quota”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-discount-rate-and-interest-free-quota
    public enum GetDiscountRateAndInterestFreeQuota {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/discount-rate-interest-free-quota"
        /// The parameters of `GET /api/v5/public/discount-rate-interest-free-quota`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-discount-rate-and-interest-free-quota
        public struct Request: APIRequestFields {
            /// `ccy`: text.
            public var ccy: String?
            /// `discountLv`: text; deprecated.
            public var discountLv: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, discountLv: String? = nil) {
                self.ccy = ccy
                self.discountLv = discountLv
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("discountLv", discountLv)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/discount-rate-interest-free-quota`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-discount-rate-and-interest-free-quota
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `discountRate`: a decimal number (a string on the wire).
                public let discountRate: Decimal?
                /// `maxAmt`: a decimal number (a string on the wire).
                public let maxAmt: Decimal?
                /// `minAmt`: a decimal number (a string on the wire).
                public let minAmt: Decimal?
                /// `tier`: an integer (a string on the wire).
                public let tier: Int?
                /// `liqPenaltyRate`: a decimal number (a string on the wire).
                public let liqPenaltyRate: Decimal?
                /// `disCcyEq`: a decimal number (a string on the wire).
                public let disCcyEq: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.discountRate = try c.apiDecimal("discountRate")
                    self.maxAmt = try c.apiDecimal("maxAmt")
                    self.minAmt = try c.apiDecimal("minAmt")
                    self.tier = try c.apiInteger("tier")
                    self.liqPenaltyRate = try c.apiDecimal("liqPenaltyRate")
                    self.disCcyEq = try c.apiDecimal("disCcyEq")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    var v4: Int32 = -1
                    var v5: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x150F114FC91195FC: if v0 < 0, m.isKey("discountRate") { v0 = m.value }
                        case 0x45CBEAF76AB88FF1: if v1 < 0, m.isKey("maxAmt") { v1 = m.value }
                        case 0x1EFC4ABEF2D543AB: if v2 < 0, m.isKey("minAmt") { v2 = m.value }
                        case 0x1E6F84EF2EB65989: if v3 < 0, m.isKey("tier") { v3 = m.value }
                        case 0x184B995AF6D3E284: if v4 < 0, m.isKey("liqPenaltyRate") { v4 = m.value }
                        case 0x3BDF71CD25502EEE: if v5 < 0, m.isKey("disCcyEq") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.discountRate = try d.directDecimal(v0)
                    self.maxAmt = try d.directDecimal(v1)
                    self.minAmt = try d.directDecimal(v2)
                    self.tier = try d.directInteger(v3)
                    self.liqPenaltyRate = try d.directDecimal(v4)
                    self.disCcyEq = try d.directDecimal(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.discountRate, "discountRate")
                    try c.apiWriteDecimal(self.maxAmt, "maxAmt")
                    try c.apiWriteDecimal(self.minAmt, "minAmt")
                    try c.apiWriteInteger(self.tier, "tier")
                    try c.apiWriteDecimal(self.liqPenaltyRate, "liqPenaltyRate")
                    try c.apiWriteDecimal(self.disCcyEq, "disCcyEq")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `colRes`: one of a documented set of values (unknown values are kept).
            public let colRes: ColRes?
            /// `collateralRestrict`: a boolean; deprecated.
            public let collateralRestrict: Bool?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `discountLv`: text; deprecated.
            public let discountLv: String?
            /// `minDiscountRate`: a decimal number (a string on the wire).
            public let minDiscountRate: Decimal?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.colRes = try c.apiEnum("colRes")
                self.collateralRestrict = try c.apiBoolean("collateralRestrict")
                self.amt = try c.apiDecimal("amt")
                self.discountLv = try c.apiText("discountLv")
                self.minDiscountRate = try c.apiDecimal("minDiscountRate")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x4282B486C1845465: if v1 < 0, m.isKey("colRes") { v1 = m.value }
                    case 0xD083B2071991AA68: if v2 < 0, m.isKey("collateralRestrict") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0x2ED281C567310E60: if v4 < 0, m.isKey("discountLv") { v4 = m.value }
                    case 0x64A6CED2E3008A12: if v5 < 0, m.isKey("minDiscountRate") { v5 = m.value }
                    case 0xB9515701B1F5FC65: if v6 < 0, m.isKey("details") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.colRes = try d.directEnum(v1)
                self.collateralRestrict = try d.directBoolean(v2)
                self.amt = try d.directDecimal(v3)
                self.discountLv = try d.directText(v4)
                self.minDiscountRate = try d.directDecimal(v5)
                self.details = try d.directNested(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.colRes, "colRes")
                try c.apiWriteBoolean(self.collateralRestrict, "collateralRestrict")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.discountLv, "discountLv")
                try c.apiWriteDecimal(self.minDiscountRate, "minDiscountRate")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/public/discount-rate-interest-free-quota`: “Get discount rate and interest-free quota”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-discount-rate-and-interest-free-quota
    public static func getDiscountRateAndInterestFreeQuota(_ request: GetDiscountRateAndInterestFreeQuota.Request = .init()) -> Endpoint<[GetDiscountRateAndInterestFreeQuota.Response]> {
        .apiGet(GetDiscountRateAndInterestFreeQuota.path, request)
    }

    /// `GET /api/v5/public/economic-calendar`: “Get economic calendar data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-economic-calendar-data
    public enum GetEconomicCalendarData {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/economic-calendar"
        /// The parameters of `GET /api/v5/public/economic-calendar`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-economic-calendar-data
        public struct Request: APIRequestFields, PageableRequest {
            /// `region`: one of a documented set of values (unknown values are kept).
            public var region: Region?
            /// `importance`: one of a documented set of values (unknown values are kept).
            public var importance: Importance?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(region: Region? = nil, importance: Importance? = nil, before: Date? = nil, after: Date? = nil, limit: Int? = nil) {
                self.region = region
                self.importance = importance
                self.before = before
                self.after = after
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("region", region)
                p.add("importance", importance)
                p.add("before", before)
                p.add("after", after)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/economic-calendar`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-economic-calendar-data
        public struct Response: Codable, Sendable, TapeDirect {
            /// `calendarId`: text.
            public let calendarId: String?
            /// `date`: a time (epoch milliseconds on the wire).
            public let date: Date?
            /// `region`: text.
            public let region: String?
            /// `category`: text.
            public let category: String?
            /// `event`: text.
            public let event: String?
            /// `refDate`: a time (epoch milliseconds on the wire).
            public let refDate: Date?
            /// `actual`: text.
            public let actual: String?
            /// `previous`: text.
            public let previous: String?
            /// `forecast`: text.
            public let forecast: String?
            /// `dateSpan`: one of a documented set of values (unknown values are kept).
            public let dateSpan: DateSpan?
            /// `importance`: one of a documented set of values (unknown values are kept).
            public let importance: Importance?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `prevInitial`: a decimal number (a string on the wire).
            public let prevInitial: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `unit`: text.
            public let unit: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.calendarId = try c.apiText("calendarId")
                self.date = try c.apiDate("date")
                self.region = try c.apiText("region")
                self.category = try c.apiText("category")
                self.event = try c.apiText("event")
                self.refDate = try c.apiDate("refDate")
                self.actual = try c.apiText("actual")
                self.previous = try c.apiText("previous")
                self.forecast = try c.apiText("forecast")
                self.dateSpan = try c.apiEnum("dateSpan")
                self.importance = try c.apiEnum("importance")
                self.uTime = try c.apiDate("uTime")
                self.prevInitial = try c.apiDecimal("prevInitial")
                self.ccy = try c.apiText("ccy")
                self.unit = try c.apiText("unit")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x8B3604B551CE6FD2: if v0 < 0, m.isKey("calendarId") { v0 = m.value }
                    case 0x855B516730A34339: if v1 < 0, m.isKey("date") { v1 = m.value }
                    case 0xC755A623F50A24DD: if v2 < 0, m.isKey("region") { v2 = m.value }
                    case 0x5BD2E7FFB1224E91: if v3 < 0, m.isKey("category") { v3 = m.value }
                    case 0x112B8C0079B0649F: if v4 < 0, m.isKey("event") { v4 = m.value }
                    case 0x7521A2DF4FA573A6: if v5 < 0, m.isKey("refDate") { v5 = m.value }
                    case 0x57EADE0B8CB41D17: if v6 < 0, m.isKey("actual") { v6 = m.value }
                    case 0xEC5F63FFE7E97248: if v7 < 0, m.isKey("previous") { v7 = m.value }
                    case 0xE1D82B6293801D10: if v8 < 0, m.isKey("forecast") { v8 = m.value }
                    case 0xB2D1E4EE8A5A9E6D: if v9 < 0, m.isKey("dateSpan") { v9 = m.value }
                    case 0x0764D74F7E89C86F: if v10 < 0, m.isKey("importance") { v10 = m.value }
                    case 0x607ED783146D4C29: if v11 < 0, m.isKey("uTime") { v11 = m.value }
                    case 0x133BCBC9EB8AF784: if v12 < 0, m.isKey("prevInitial") { v12 = m.value }
                    case 0xF5DBFE190CDE752E: if v13 < 0, m.isKey("ccy") { v13 = m.value }
                    case 0x6498DFE4855BB3A7: if v14 < 0, m.isKey("unit") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.calendarId = try d.directText(v0)
                self.date = try d.directDate(v1)
                self.region = try d.directText(v2)
                self.category = try d.directText(v3)
                self.event = try d.directText(v4)
                self.refDate = try d.directDate(v5)
                self.actual = try d.directText(v6)
                self.previous = try d.directText(v7)
                self.forecast = try d.directText(v8)
                self.dateSpan = try d.directEnum(v9)
                self.importance = try d.directEnum(v10)
                self.uTime = try d.directDate(v11)
                self.prevInitial = try d.directDecimal(v12)
                self.ccy = try d.directText(v13)
                self.unit = try d.directText(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.calendarId, "calendarId")
                try c.apiWriteDate(self.date, "date")
                try c.apiWriteText(self.region, "region")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteText(self.event, "event")
                try c.apiWriteDate(self.refDate, "refDate")
                try c.apiWriteText(self.actual, "actual")
                try c.apiWriteText(self.previous, "previous")
                try c.apiWriteText(self.forecast, "forecast")
                try c.apiWriteEnum(self.dateSpan, "dateSpan")
                try c.apiWriteEnum(self.importance, "importance")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.prevInitial, "prevInitial")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.unit, "unit")
            }
        }
    }

    /// `GET /api/v5/public/economic-calendar`: “Get economic calendar data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-economic-calendar-data
    public static func getEconomicCalendarData(_ request: GetEconomicCalendarData.Request = .init()) -> Endpoint<[GetEconomicCalendarData.Response]> {
        .apiGet(GetEconomicCalendarData.path, request)
    }

    /// `GET /api/v5/public/estimated-price`: “Get estimated delivery/exercise price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-delivery-exercise-price
    public enum GetEstimatedDeliveryExercisePrice {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/estimated-price"
        /// The parameters of `GET /api/v5/public/estimated-price`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-delivery-exercise-price
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/estimated-price`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-delivery-exercise-price
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `settlePx`: a decimal number (a string on the wire).
            public let settlePx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.settlePx = try c.apiDecimal("settlePx")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x1D65316370244FB2: if v2 < 0, m.isKey("settlePx") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.settlePx = try d.directDecimal(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.settlePx, "settlePx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/estimated-price`: “Get estimated delivery/exercise price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-delivery-exercise-price
    public static func getEstimatedDeliveryExercisePrice(_ request: GetEstimatedDeliveryExercisePrice.Request) -> Endpoint<[GetEstimatedDeliveryExercisePrice.Response]> {
        .apiGet(GetEstimatedDeliveryExercisePrice.path, request)
    }

    /// `GET /api/v5/public/estimated-settlement-info`: “Get estimated future settlement price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-future-settlement-price
    public enum GetEstimatedFutureSettlementPrice {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/estimated-settlement-info"
        /// The parameters of `GET /api/v5/public/estimated-settlement-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-future-settlement-price
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/estimated-settlement-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-future-settlement-price
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `nextSettleTime`: a time (epoch milliseconds on the wire).
            public let nextSettleTime: Date?
            /// `estSettlePx`: a decimal number (a string on the wire).
            public let estSettlePx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.nextSettleTime = try c.apiDate("nextSettleTime")
                self.estSettlePx = try c.apiDecimal("estSettlePx")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xA1D6420DD1229D86: if v1 < 0, m.isKey("nextSettleTime") { v1 = m.value }
                    case 0xB0666638C7B8ED78: if v2 < 0, m.isKey("estSettlePx") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.nextSettleTime = try d.directDate(v1)
                self.estSettlePx = try d.directDecimal(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.nextSettleTime, "nextSettleTime")
                try c.apiWriteDecimal(self.estSettlePx, "estSettlePx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/estimated-settlement-info`: “Get estimated future settlement price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-estimated-future-settlement-price
    public static func getEstimatedFutureSettlementPrice(_ request: GetEstimatedFutureSettlementPrice.Request) -> Endpoint<[GetEstimatedFutureSettlementPrice.Response]> {
        .apiGet(GetEstimatedFutureSettlementPrice.path, request)
    }

    /// `GET /api/v5/public/event-contract/events`: “Get events”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-events
    public enum GetEvents {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/event-contract/events"
        /// The parameters of `GET /api/v5/public/event-contract/events`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-events
        public struct Request: APIRequestFields, PageableRequest {
            /// `seriesId`: text; required.
            public var seriesId: String
            /// `eventId`: text.
            public var eventId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// A request with the given parameters; nil ones are not sent.
            public init(seriesId: String, eventId: String? = nil, state: State? = nil, limit: Int? = nil, before: Date? = nil, after: Date? = nil) {
                self.seriesId = seriesId
                self.eventId = eventId
                self.state = state
                self.limit = limit
                self.before = before
                self.after = after
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("seriesId", seriesId)
                p.add("eventId", eventId)
                p.add("state", state)
                p.add("limit", limit)
                p.add("before", before)
                p.add("after", after)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/event-contract/events`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-events
        public struct Response: Codable, Sendable, TapeDirect {
            /// `seriesId`: text.
            public let seriesId: String
            /// `eventId`: text.
            public let eventId: String?
            /// `fixTime`: a time (epoch milliseconds on the wire).
            public let fixTime: Date?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.seriesId = try c.apiRequiredText("seriesId")
                self.eventId = try c.apiText("eventId")
                self.fixTime = try c.apiDate("fixTime")
                self.expTime = try c.apiDate("expTime")
                self.state = try c.apiEnum("state")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4814607C62D02A4D: if v0 < 0, m.isKey("seriesId") { v0 = m.value }
                    case 0xEBCE335BB0562572: if v1 < 0, m.isKey("eventId") { v1 = m.value }
                    case 0xAC229270CB641B31: if v2 < 0, m.isKey("fixTime") { v2 = m.value }
                    case 0x7AD30CC74063A6A1: if v3 < 0, m.isKey("expTime") { v3 = m.value }
                    case 0xEE63AAAD45B1B116: if v4 < 0, m.isKey("state") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.seriesId = try d.directRequiredText(v0, "seriesId")
                self.eventId = try d.directText(v1)
                self.fixTime = try d.directDate(v2)
                self.expTime = try d.directDate(v3)
                self.state = try d.directEnum(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.eventId, "eventId")
                try c.apiWriteDate(self.fixTime, "fixTime")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `GET /api/v5/public/event-contract/events`: “Get events”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-events
    public static func getEvents(_ request: GetEvents.Request) -> Endpoint<[GetEvents.Response]> {
        .apiGet(GetEvents.path, request)
    }

    /// `GET /api/v5/public/event-contract/markets`: “Get markets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-markets
    public enum GetMarkets {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/event-contract/markets"
        /// The parameters of `GET /api/v5/public/event-contract/markets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-markets
        public struct Request: APIRequestFields, PageableRequest {
            /// `seriesId`: text; required.
            public var seriesId: String
            /// `eventId`: text.
            public var eventId: String?
            /// `instId`: text.
            public var instId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// A request with the given parameters; nil ones are not sent.
            public init(seriesId: String, eventId: String? = nil, instId: String? = nil, state: State? = nil, limit: Int? = nil, before: Date? = nil, after: Date? = nil) {
                self.seriesId = seriesId
                self.eventId = eventId
                self.instId = instId
                self.state = state
                self.limit = limit
                self.before = before
                self.after = after
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("seriesId", seriesId)
                p.add("eventId", eventId)
                p.add("instId", instId)
                p.add("state", state)
                p.add("limit", limit)
                p.add("before", before)
                p.add("after", after)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/event-contract/markets`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-markets
        public struct Response: Codable, Sendable, TapeDirect {
            /// `seriesId`: text.
            public let seriesId: String
            /// `eventId`: text.
            public let eventId: String?
            /// `instId`: text.
            public let instId: String
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `fixTime`: a time (epoch milliseconds on the wire).
            public let fixTime: Date?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `disputed`: a boolean.
            public let disputed: Bool?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// `floorStrike`: a decimal number (a string on the wire).
            public let floorStrike: Decimal?
            /// `settleValue`: a decimal number (a string on the wire).
            public let settleValue: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.seriesId = try c.apiRequiredText("seriesId")
                self.eventId = try c.apiText("eventId")
                self.instId = try c.apiRequiredText("instId")
                self.listTime = try c.apiDate("listTime")
                self.fixTime = try c.apiDate("fixTime")
                self.expTime = try c.apiDate("expTime")
                self.state = try c.apiEnum("state")
                self.disputed = try c.apiBoolean("disputed")
                self.outcome = try c.apiEnum("outcome")
                self.floorStrike = try c.apiDecimal("floorStrike")
                self.settleValue = try c.apiDecimal("settleValue")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4814607C62D02A4D: if v0 < 0, m.isKey("seriesId") { v0 = m.value }
                    case 0xEBCE335BB0562572: if v1 < 0, m.isKey("eventId") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x01AA28CE8109F1D8: if v3 < 0, m.isKey("listTime") { v3 = m.value }
                    case 0xAC229270CB641B31: if v4 < 0, m.isKey("fixTime") { v4 = m.value }
                    case 0x7AD30CC74063A6A1: if v5 < 0, m.isKey("expTime") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0xF6052464E2CDE30D: if v7 < 0, m.isKey("disputed") { v7 = m.value }
                    case 0x75FE2A8465B02E53: if v8 < 0, m.isKey("outcome") { v8 = m.value }
                    case 0x770327DDE0B40D87: if v9 < 0, m.isKey("floorStrike") { v9 = m.value }
                    case 0xD80C0CD5F4CA7563: if v10 < 0, m.isKey("settleValue") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.seriesId = try d.directRequiredText(v0, "seriesId")
                self.eventId = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.listTime = try d.directDate(v3)
                self.fixTime = try d.directDate(v4)
                self.expTime = try d.directDate(v5)
                self.state = try d.directEnum(v6)
                self.disputed = try d.directBoolean(v7)
                self.outcome = try d.directEnum(v8)
                self.floorStrike = try d.directDecimal(v9)
                self.settleValue = try d.directDecimal(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.eventId, "eventId")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.fixTime, "fixTime")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteBoolean(self.disputed, "disputed")
                try c.apiWriteEnum(self.outcome, "outcome")
                try c.apiWriteDecimal(self.floorStrike, "floorStrike")
                try c.apiWriteDecimal(self.settleValue, "settleValue")
            }
        }
    }

    /// `GET /api/v5/public/event-contract/markets`: “Get markets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-markets
    public static func getMarkets(_ request: GetMarkets.Request) -> Endpoint<[GetMarkets.Response]> {
        .apiGet(GetMarkets.path, request)
    }

    /// `GET /api/v5/public/event-contract/series`: “Get series”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-series
    public enum GetSeries {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/event-contract/series"
        /// The parameters of `GET /api/v5/public/event-contract/series`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-series
        public struct Request: APIRequestFields {
            /// `seriesId`: text.
            public var seriesId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(seriesId: String? = nil) {
                self.seriesId = seriesId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("seriesId", seriesId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/event-contract/series`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-series
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Settlement: Codable, Sendable, TapeDirect {
                /// `method`: one of a documented set of values (unknown values are kept).
                public let method: Method?
                /// `closeEarly`: a boolean.
                public let closeEarly: Bool?
                /// `srcName`: text.
                public let srcName: String?
                /// `underlying`: text.
                public let underlying: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.method = try c.apiEnum("method")
                    self.closeEarly = try c.apiBoolean("closeEarly")
                    self.srcName = try c.apiText("srcName")
                    self.underlying = try c.apiText("underlying")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x230C05E5FB0433B0: if v0 < 0, m.isKey("method") { v0 = m.value }
                        case 0xFCC3B54946C0AE0A: if v1 < 0, m.isKey("closeEarly") { v1 = m.value }
                        case 0xBC68861D856D2302: if v2 < 0, m.isKey("srcName") { v2 = m.value }
                        case 0x026086C46667AD12: if v3 < 0, m.isKey("underlying") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.method = try d.directEnum(v0)
                    self.closeEarly = try d.directBoolean(v1)
                    self.srcName = try d.directText(v2)
                    self.underlying = try d.directText(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.method, "method")
                    try c.apiWriteBoolean(self.closeEarly, "closeEarly")
                    try c.apiWriteText(self.srcName, "srcName")
                    try c.apiWriteText(self.underlying, "underlying")
                }
            }
            /// `seriesId`: text.
            public let seriesId: String
            /// `freq`: one of a documented set of values (unknown values are kept).
            public let freq: Freq?
            /// `title`: text.
            public let title: String?
            /// `category`: text.
            public let category: String?
            /// `settlement`: a nested object.
            public let settlement: Settlement?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.seriesId = try c.apiRequiredText("seriesId")
                self.freq = try c.apiEnum("freq")
                self.title = try c.apiText("title")
                self.category = try c.apiText("category")
                self.settlement = try c.apiNested("settlement")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4814607C62D02A4D: if v0 < 0, m.isKey("seriesId") { v0 = m.value }
                    case 0x7F624878D788CCB7: if v1 < 0, m.isKey("freq") { v1 = m.value }
                    case 0xDA31296C0C1B6029: if v2 < 0, m.isKey("title") { v2 = m.value }
                    case 0x5BD2E7FFB1224E91: if v3 < 0, m.isKey("category") { v3 = m.value }
                    case 0xFDDEA81D4D0E990A: if v4 < 0, m.isKey("settlement") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.seriesId = try d.directRequiredText(v0, "seriesId")
                self.freq = try d.directEnum(v1)
                self.title = try d.directText(v2)
                self.category = try d.directText(v3)
                self.settlement = try d.directNested(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteEnum(self.freq, "freq")
                try c.apiWriteText(self.title, "title")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteNested(self.settlement, "settlement")
            }
        }
    }

    /// `GET /api/v5/public/event-contract/series`: “Get series”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-series
    public static func getSeries(_ request: GetSeries.Request = .init()) -> Endpoint<[GetSeries.Response]> {
        .apiGet(GetSeries.path, request)
    }

    /// `GET /api/v5/public/funding-rate`: “Get funding rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
    public enum GetFundingRate {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/funding-rate"
        /// The parameters of `GET /api/v5/public/funding-rate`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/funding-rate`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `method`: text.
            public let method: String?
            /// `formulaType`: one of a documented set of values (unknown values are kept).
            public let formulaType: FormulaType?
            /// `fundingRate`: a decimal number (a string on the wire).
            public let fundingRate: Decimal?
            /// `nextFundingRate`: a decimal number (a string on the wire); deprecated.
            public let nextFundingRate: Decimal?
            /// `fundingTime`: a time (epoch milliseconds on the wire).
            public let fundingTime: Date?
            /// `nextFundingTime`: a time (epoch milliseconds on the wire).
            public let nextFundingTime: Date?
            /// `minFundingRate`: a decimal number (a string on the wire).
            public let minFundingRate: Decimal?
            /// `maxFundingRate`: a decimal number (a string on the wire).
            public let maxFundingRate: Decimal?
            /// `interestRate`: a decimal number (a string on the wire).
            public let interestRate: Decimal?
            /// `impactValue`: a decimal number (a string on the wire).
            public let impactValue: Decimal?
            /// `settState`: one of a documented set of values (unknown values are kept).
            public let settState: SettState?
            /// `settFundingRate`: a decimal number (a string on the wire).
            public let settFundingRate: Decimal?
            /// `premium`: a decimal number (a string on the wire).
            public let premium: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.method = try c.apiText("method")
                self.formulaType = try c.apiEnum("formulaType")
                self.fundingRate = try c.apiDecimal("fundingRate")
                self.nextFundingRate = try c.apiDecimal("nextFundingRate")
                self.fundingTime = try c.apiDate("fundingTime")
                self.nextFundingTime = try c.apiDate("nextFundingTime")
                self.minFundingRate = try c.apiDecimal("minFundingRate")
                self.maxFundingRate = try c.apiDecimal("maxFundingRate")
                self.interestRate = try c.apiDecimal("interestRate")
                self.impactValue = try c.apiDecimal("impactValue")
                self.settState = try c.apiEnum("settState")
                self.settFundingRate = try c.apiDecimal("settFundingRate")
                self.premium = try c.apiDecimal("premium")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                var v15: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x230C05E5FB0433B0: if v2 < 0, m.isKey("method") { v2 = m.value }
                    case 0xB7DD2ECFFC8704D5: if v3 < 0, m.isKey("formulaType") { v3 = m.value }
                    case 0xDBE28FD105AB4E10: if v4 < 0, m.isKey("fundingRate") { v4 = m.value }
                    case 0x8B4A3D9E7767FA23: if v5 < 0, m.isKey("nextFundingRate") { v5 = m.value }
                    case 0x8C325C00BE146043: if v6 < 0, m.isKey("fundingTime") { v6 = m.value }
                    case 0xB03AF1B0367F5BE8: if v7 < 0, m.isKey("nextFundingTime") { v7 = m.value }
                    case 0x9A80361FE8D1710A: if v8 < 0, m.isKey("minFundingRate") { v8 = m.value }
                    case 0x452B3537F0ED1CDC: if v9 < 0, m.isKey("maxFundingRate") { v9 = m.value }
                    case 0xCC633F579C105059: if v10 < 0, m.isKey("interestRate") { v10 = m.value }
                    case 0x24A4C371FD90C5CC: if v11 < 0, m.isKey("impactValue") { v11 = m.value }
                    case 0xAEE73818CECA68A6: if v12 < 0, m.isKey("settState") { v12 = m.value }
                    case 0x6B013F7709703320: if v13 < 0, m.isKey("settFundingRate") { v13 = m.value }
                    case 0x9550AFB09B26EA5E: if v14 < 0, m.isKey("premium") { v14 = m.value }
                    case 0x08C83D07B56AC770: if v15 < 0, m.isKey("ts") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.method = try d.directText(v2)
                self.formulaType = try d.directEnum(v3)
                self.fundingRate = try d.directDecimal(v4)
                self.nextFundingRate = try d.directDecimal(v5)
                self.fundingTime = try d.directDate(v6)
                self.nextFundingTime = try d.directDate(v7)
                self.minFundingRate = try d.directDecimal(v8)
                self.maxFundingRate = try d.directDecimal(v9)
                self.interestRate = try d.directDecimal(v10)
                self.impactValue = try d.directDecimal(v11)
                self.settState = try d.directEnum(v12)
                self.settFundingRate = try d.directDecimal(v13)
                self.premium = try d.directDecimal(v14)
                self.ts = try d.directDate(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.method, "method")
                try c.apiWriteEnum(self.formulaType, "formulaType")
                try c.apiWriteDecimal(self.fundingRate, "fundingRate")
                try c.apiWriteDecimal(self.nextFundingRate, "nextFundingRate")
                try c.apiWriteDate(self.fundingTime, "fundingTime")
                try c.apiWriteDate(self.nextFundingTime, "nextFundingTime")
                try c.apiWriteDecimal(self.minFundingRate, "minFundingRate")
                try c.apiWriteDecimal(self.maxFundingRate, "maxFundingRate")
                try c.apiWriteDecimal(self.interestRate, "interestRate")
                try c.apiWriteDecimal(self.impactValue, "impactValue")
                try c.apiWriteEnum(self.settState, "settState")
                try c.apiWriteDecimal(self.settFundingRate, "settFundingRate")
                try c.apiWriteDecimal(self.premium, "premium")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/funding-rate`: “Get funding rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
    public static func getFundingRate(_ request: GetFundingRate.Request) -> Endpoint<[GetFundingRate.Response]> {
        .apiGet(GetFundingRate.path, request)
    }

    /// `GET /api/v5/public/funding-rate-history`: “Get funding rate history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate-history
    public enum GetFundingRateHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/funding-rate-history"
        /// The parameters of `GET /api/v5/public/funding-rate-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, before: Date? = nil, after: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.before = before
                self.after = after
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("before", before)
                p.add("after", after)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/funding-rate-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `formulaType`: one of a documented set of values (unknown values are kept).
            public let formulaType: FormulaType?
            /// `fundingRate`: a decimal number (a string on the wire).
            public let fundingRate: Decimal?
            /// `realizedRate`: a decimal number (a string on the wire).
            public let realizedRate: Decimal?
            /// `fundingTime`: a time (epoch milliseconds on the wire).
            public let fundingTime: Date?
            /// `method`: one of a documented set of values (unknown values are kept).
            public let method: Method?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.formulaType = try c.apiEnum("formulaType")
                self.fundingRate = try c.apiDecimal("fundingRate")
                self.realizedRate = try c.apiDecimal("realizedRate")
                self.fundingTime = try c.apiDate("fundingTime")
                self.method = try c.apiEnum("method")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xB7DD2ECFFC8704D5: if v2 < 0, m.isKey("formulaType") { v2 = m.value }
                    case 0xDBE28FD105AB4E10: if v3 < 0, m.isKey("fundingRate") { v3 = m.value }
                    case 0xB40AFF935B5F5749: if v4 < 0, m.isKey("realizedRate") { v4 = m.value }
                    case 0x8C325C00BE146043: if v5 < 0, m.isKey("fundingTime") { v5 = m.value }
                    case 0x230C05E5FB0433B0: if v6 < 0, m.isKey("method") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.formulaType = try d.directEnum(v2)
                self.fundingRate = try d.directDecimal(v3)
                self.realizedRate = try d.directDecimal(v4)
                self.fundingTime = try d.directDate(v5)
                self.method = try d.directEnum(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.formulaType, "formulaType")
                try c.apiWriteDecimal(self.fundingRate, "fundingRate")
                try c.apiWriteDecimal(self.realizedRate, "realizedRate")
                try c.apiWriteDate(self.fundingTime, "fundingTime")
                try c.apiWriteEnum(self.method, "method")
            }
        }
    }

    /// `GET /api/v5/public/funding-rate-history`: “Get funding rate history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate-history
    public static func getFundingRateHistory(_ request: GetFundingRateHistory.Request) -> Endpoint<[GetFundingRateHistory.Response]> {
        .apiGet(GetFundingRateHistory.path, request)
    }

    /// `GET /api/v5/public/instrument-tick-bands`: “Get instrument tick bands”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instrument-tick-bands
    public enum GetInstrumentTickBands {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/instrument-tick-bands"
        /// The parameters of `GET /api/v5/public/instrument-tick-bands`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instrument-tick-bands
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/instrument-tick-bands`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instrument-tick-bands
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct TickBand: Codable, Sendable, TapeDirect {
                /// `minPx`: a decimal number (a string on the wire).
                public let minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public let maxPx: Decimal?
                /// `tickSz`: a decimal number (a string on the wire).
                public let tickSz: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.minPx = try c.apiDecimal("minPx")
                    self.maxPx = try c.apiDecimal("maxPx")
                    self.tickSz = try c.apiDecimal("tickSz")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x81D4AF62B800CDA7: if v0 < 0, m.isKey("minPx") { v0 = m.value }
                        case 0x5B27E9A4C2DF3109: if v1 < 0, m.isKey("maxPx") { v1 = m.value }
                        case 0x7BB51938873D6CDD: if v2 < 0, m.isKey("tickSz") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.minPx = try d.directDecimal(v0)
                    self.maxPx = try d.directDecimal(v1)
                    self.tickSz = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.minPx, "minPx")
                    try c.apiWriteDecimal(self.maxPx, "maxPx")
                    try c.apiWriteDecimal(self.tickSz, "tickSz")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `tickBand`: a list of nested objects.
            public let tickBand: [TickBand]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instFamily = try c.apiText("instFamily")
                self.tickBand = try c.apiNested("tickBand")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0xC9F0C6E5287CC413: if v2 < 0, m.isKey("tickBand") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instFamily = try d.directText(v1)
                self.tickBand = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteNested(self.tickBand, "tickBand")
            }
        }
    }

    /// `GET /api/v5/public/instrument-tick-bands`: “Get instrument tick bands”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instrument-tick-bands
    public static func getInstrumentTickBands(_ request: GetInstrumentTickBands.Request) -> Endpoint<[GetInstrumentTickBands.Response]> {
        .apiGet(GetInstrumentTickBands.path, request)
    }

    /// `GET /api/v5/public/instruments`: “Get instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instruments
    public enum GetInstruments {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/instruments"
        /// The parameters of `GET /api/v5/public/instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instruments
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `seriesId`: text; required in some cases.
            public var seriesId: String?
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, seriesId: String? = nil, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.seriesId = seriesId
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("seriesId", seriesId)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/instruments`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instruments
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct UpcChg: Codable, Sendable, TapeDirect {
                /// `param`: one of a documented set of values (unknown values are kept).
                public let param: Param?
                /// `newValue`: a decimal number (a string on the wire).
                public let newValue: Decimal?
                /// `effTime`: a time (epoch milliseconds on the wire).
                public let effTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.param = try c.apiEnum("param")
                    self.newValue = try c.apiDecimal("newValue")
                    self.effTime = try c.apiDate("effTime")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x0C1193A7A1C363D2: if v0 < 0, m.isKey("param") { v0 = m.value }
                        case 0x999FBEDB6216AF5E: if v1 < 0, m.isKey("newValue") { v1 = m.value }
                        case 0xE7E78631375F793D: if v2 < 0, m.isKey("effTime") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.param = try d.directEnum(v0)
                    self.newValue = try d.directDecimal(v1)
                    self.effTime = try d.directDate(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.param, "param")
                    try c.apiWriteDecimal(self.newValue, "newValue")
                    try c.apiWriteDate(self.effTime, "effTime")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `seriesId`: text.
            public let seriesId: String?
            /// `instId`: text.
            public let instId: String
            /// `uly`: text.
            public let uly: String?
            /// `groupId`: one of a documented set of values (unknown values are kept).
            public let groupId: GroupId?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `category`: text; deprecated.
            public let category: String?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `ctMult`: a decimal number (a string on the wire).
            public let ctMult: Decimal?
            /// `ctValCcy`: text.
            public let ctValCcy: String?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `stk`: a decimal number (a string on the wire).
            public let stk: Decimal?
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `auctionEndTime`: a time (epoch milliseconds on the wire); deprecated.
            public let auctionEndTime: Date?
            /// `contTdSwTime`: a time (epoch milliseconds on the wire).
            public let contTdSwTime: Date?
            /// `preMktSwTime`: a time (epoch milliseconds on the wire).
            public let preMktSwTime: Date?
            /// `openType`: one of a documented set of values (unknown values are kept).
            public let openType: OpenType?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `tickSz`: a decimal number (a string on the wire).
            public let tickSz: Decimal?
            /// `lotSz`: a decimal number (a string on the wire).
            public let lotSz: Decimal?
            /// `minSz`: a decimal number (a string on the wire).
            public let minSz: Decimal?
            /// `ctType`: one of a documented set of values (unknown values are kept).
            public let ctType: CtType?
            /// `alias`: one of a documented set of values (unknown values are kept); deprecated.
            public let alias: Alias?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ruleType`: one of a documented set of values (unknown values are kept).
            public let ruleType: RuleType?
            /// `maxLmtSz`: a decimal number (a string on the wire).
            public let maxLmtSz: Decimal?
            /// `maxMktSz`: a decimal number (a string on the wire).
            public let maxMktSz: Decimal?
            /// `maxLmtAmt`: a decimal number (a string on the wire).
            public let maxLmtAmt: Decimal?
            /// `maxMktAmt`: a decimal number (a string on the wire).
            public let maxMktAmt: Decimal?
            /// `maxTwapSz`: a decimal number (a string on the wire).
            public let maxTwapSz: Decimal?
            /// `maxIcebergSz`: a decimal number (a string on the wire).
            public let maxIcebergSz: Decimal?
            /// `maxTriggerSz`: a decimal number (a string on the wire).
            public let maxTriggerSz: Decimal?
            /// `maxStopSz`: a decimal number (a string on the wire).
            public let maxStopSz: Decimal?
            /// `futureSettlement`: a boolean.
            public let futureSettlement: Bool?
            /// `tradeQuoteCcyList`: a list of text values.
            public let tradeQuoteCcyList: [String]?
            /// `instIdCode`: an integer (a string on the wire).
            public let instIdCode: Int?
            /// `instCategory`: one of a documented set of values (unknown values are kept).
            public let instCategory: InstCategory?
            /// `upcChg`: a list of nested objects.
            public let upcChg: [UpcChg]?
            /// `rpiMinLevel`: a decimal number (a string on the wire).
            public let rpiMinLevel: Decimal?
            /// `rpiMinPxBand`: a decimal number (a string on the wire).
            public let rpiMinPxBand: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.seriesId = try c.apiText("seriesId")
                self.instId = try c.apiRequiredText("instId")
                self.uly = try c.apiText("uly")
                self.groupId = try c.apiEnum("groupId")
                self.instFamily = try c.apiText("instFamily")
                self.category = try c.apiText("category")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.settleCcy = try c.apiText("settleCcy")
                self.ctVal = try c.apiDecimal("ctVal")
                self.ctMult = try c.apiDecimal("ctMult")
                self.ctValCcy = try c.apiText("ctValCcy")
                self.optType = try c.apiEnum("optType")
                self.stk = try c.apiDecimal("stk")
                self.listTime = try c.apiDate("listTime")
                self.auctionEndTime = try c.apiDate("auctionEndTime")
                self.contTdSwTime = try c.apiDate("contTdSwTime")
                self.preMktSwTime = try c.apiDate("preMktSwTime")
                self.openType = try c.apiEnum("openType")
                self.expTime = try c.apiDate("expTime")
                self.lever = try c.apiDecimal("lever")
                self.tickSz = try c.apiDecimal("tickSz")
                self.lotSz = try c.apiDecimal("lotSz")
                self.minSz = try c.apiDecimal("minSz")
                self.ctType = try c.apiEnum("ctType")
                self.alias = try c.apiEnum("alias")
                self.state = try c.apiEnum("state")
                self.ruleType = try c.apiEnum("ruleType")
                self.maxLmtSz = try c.apiDecimal("maxLmtSz")
                self.maxMktSz = try c.apiDecimal("maxMktSz")
                self.maxLmtAmt = try c.apiDecimal("maxLmtAmt")
                self.maxMktAmt = try c.apiDecimal("maxMktAmt")
                self.maxTwapSz = try c.apiDecimal("maxTwapSz")
                self.maxIcebergSz = try c.apiDecimal("maxIcebergSz")
                self.maxTriggerSz = try c.apiDecimal("maxTriggerSz")
                self.maxStopSz = try c.apiDecimal("maxStopSz")
                self.futureSettlement = try c.apiBoolean("futureSettlement")
                self.tradeQuoteCcyList = try c.apiTexts("tradeQuoteCcyList")
                self.instIdCode = try c.apiInteger("instIdCode")
                self.instCategory = try c.apiEnum("instCategory")
                self.upcChg = try c.apiNested("upcChg")
                self.rpiMinLevel = try c.apiDecimal("rpiMinLevel")
                self.rpiMinPxBand = try c.apiDecimal("rpiMinPxBand")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                var v15: Int32 = -1
                var v16: Int32 = -1
                var v17: Int32 = -1
                var v18: Int32 = -1
                var v19: Int32 = -1
                var v20: Int32 = -1
                var v21: Int32 = -1
                var v22: Int32 = -1
                var v23: Int32 = -1
                var v24: Int32 = -1
                var v25: Int32 = -1
                var v26: Int32 = -1
                var v27: Int32 = -1
                var v28: Int32 = -1
                var v29: Int32 = -1
                var v30: Int32 = -1
                var v31: Int32 = -1
                var v32: Int32 = -1
                var v33: Int32 = -1
                var v34: Int32 = -1
                var v35: Int32 = -1
                var v36: Int32 = -1
                var v37: Int32 = -1
                var v38: Int32 = -1
                var v39: Int32 = -1
                var v40: Int32 = -1
                var v41: Int32 = -1
                var v42: Int32 = -1
                var v43: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x4814607C62D02A4D: if v1 < 0, m.isKey("seriesId") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x4CA79C193E150437: if v3 < 0, m.isKey("uly") { v3 = m.value }
                    case 0x01944C770862DE21: if v4 < 0, m.isKey("groupId") { v4 = m.value }
                    case 0x12B1332ACCDE48E5: if v5 < 0, m.isKey("instFamily") { v5 = m.value }
                    case 0x5BD2E7FFB1224E91: if v6 < 0, m.isKey("category") { v6 = m.value }
                    case 0xE53F237F0E37B98D: if v7 < 0, m.isKey("baseCcy") { v7 = m.value }
                    case 0xC0BB97C28C13F59C: if v8 < 0, m.isKey("quoteCcy") { v8 = m.value }
                    case 0x997819F7D787D2C3: if v9 < 0, m.isKey("settleCcy") { v9 = m.value }
                    case 0xB95E94CFE1FB2E01: if v10 < 0, m.isKey("ctVal") { v10 = m.value }
                    case 0x565E4D1F7FBA8068: if v11 < 0, m.isKey("ctMult") { v11 = m.value }
                    case 0x7A259672F094EFF2: if v12 < 0, m.isKey("ctValCcy") { v12 = m.value }
                    case 0x907A4F35B667A37A: if v13 < 0, m.isKey("optType") { v13 = m.value }
                    case 0x826E7C195D0D550B: if v14 < 0, m.isKey("stk") { v14 = m.value }
                    case 0x01AA28CE8109F1D8: if v15 < 0, m.isKey("listTime") { v15 = m.value }
                    case 0xC7FF60C087FBB17E: if v16 < 0, m.isKey("auctionEndTime") { v16 = m.value }
                    case 0x22801C4E66513A26: if v17 < 0, m.isKey("contTdSwTime") { v17 = m.value }
                    case 0x27AAFE6390AFA2E9: if v18 < 0, m.isKey("preMktSwTime") { v18 = m.value }
                    case 0x1FCEA6160FC7C1A1: if v19 < 0, m.isKey("openType") { v19 = m.value }
                    case 0x7AD30CC74063A6A1: if v20 < 0, m.isKey("expTime") { v20 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v21 < 0, m.isKey("lever") { v21 = m.value }
                    case 0x7BB51938873D6CDD: if v22 < 0, m.isKey("tickSz") { v22 = m.value }
                    case 0x734480B720637861: if v23 < 0, m.isKey("lotSz") { v23 = m.value }
                    case 0x81CAAF62B7F87922: if v24 < 0, m.isKey("minSz") { v24 = m.value }
                    case 0x1BA9094EBCC069C2: if v25 < 0, m.isKey("ctType") { v25 = m.value }
                    case 0x509220BB65A646B7: if v26 < 0, m.isKey("alias") { v26 = m.value }
                    case 0xEE63AAAD45B1B116: if v27 < 0, m.isKey("state") { v27 = m.value }
                    case 0x189E65E29BE15D6B: if v28 < 0, m.isKey("ruleType") { v28 = m.value }
                    case 0xE71FA0F76E02F39F: if v29 < 0, m.isKey("maxLmtSz") { v29 = m.value }
                    case 0x489DA1E03C7E74EE: if v30 < 0, m.isKey("maxMktSz") { v30 = m.value }
                    case 0x59264B7046EF95B4: if v31 < 0, m.isKey("maxLmtAmt") { v31 = m.value }
                    case 0x7DF27A0722F44E6F: if v32 < 0, m.isKey("maxMktAmt") { v32 = m.value }
                    case 0xBE5B20F416B69E2C: if v33 < 0, m.isKey("maxTwapSz") { v33 = m.value }
                    case 0xBBF349767DC934EF: if v34 < 0, m.isKey("maxIcebergSz") { v34 = m.value }
                    case 0x1AFB24EF19784CDA: if v35 < 0, m.isKey("maxTriggerSz") { v35 = m.value }
                    case 0xD4A13BDAE5A9905C: if v36 < 0, m.isKey("maxStopSz") { v36 = m.value }
                    case 0x5C7E9358577F4A81: if v37 < 0, m.isKey("futureSettlement") { v37 = m.value }
                    case 0xBFD14F010B525D28: if v38 < 0, m.isKey("tradeQuoteCcyList") { v38 = m.value }
                    case 0x1492D8E7D136BF99: if v39 < 0, m.isKey("instIdCode") { v39 = m.value }
                    case 0x1C76A13A38F01DB5: if v40 < 0, m.isKey("instCategory") { v40 = m.value }
                    case 0x6915A42BE3B7F0CF: if v41 < 0, m.isKey("upcChg") { v41 = m.value }
                    case 0xE01D531E2CE6D444: if v42 < 0, m.isKey("rpiMinLevel") { v42 = m.value }
                    case 0x1F0F43974A2F0B95: if v43 < 0, m.isKey("rpiMinPxBand") { v43 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.seriesId = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.uly = try d.directText(v3)
                self.groupId = try d.directEnum(v4)
                self.instFamily = try d.directText(v5)
                self.category = try d.directText(v6)
                self.baseCcy = try d.directText(v7)
                self.quoteCcy = try d.directText(v8)
                self.settleCcy = try d.directText(v9)
                self.ctVal = try d.directDecimal(v10)
                self.ctMult = try d.directDecimal(v11)
                self.ctValCcy = try d.directText(v12)
                self.optType = try d.directEnum(v13)
                self.stk = try d.directDecimal(v14)
                self.listTime = try d.directDate(v15)
                self.auctionEndTime = try d.directDate(v16)
                self.contTdSwTime = try d.directDate(v17)
                self.preMktSwTime = try d.directDate(v18)
                self.openType = try d.directEnum(v19)
                self.expTime = try d.directDate(v20)
                self.lever = try d.directDecimal(v21)
                self.tickSz = try d.directDecimal(v22)
                self.lotSz = try d.directDecimal(v23)
                self.minSz = try d.directDecimal(v24)
                self.ctType = try d.directEnum(v25)
                self.alias = try d.directEnum(v26)
                self.state = try d.directEnum(v27)
                self.ruleType = try d.directEnum(v28)
                self.maxLmtSz = try d.directDecimal(v29)
                self.maxMktSz = try d.directDecimal(v30)
                self.maxLmtAmt = try d.directDecimal(v31)
                self.maxMktAmt = try d.directDecimal(v32)
                self.maxTwapSz = try d.directDecimal(v33)
                self.maxIcebergSz = try d.directDecimal(v34)
                self.maxTriggerSz = try d.directDecimal(v35)
                self.maxStopSz = try d.directDecimal(v36)
                self.futureSettlement = try d.directBoolean(v37)
                self.tradeQuoteCcyList = try d.directTexts(v38)
                self.instIdCode = try d.directInteger(v39)
                self.instCategory = try d.directEnum(v40)
                self.upcChg = try d.directNested(v41)
                self.rpiMinLevel = try d.directDecimal(v42)
                self.rpiMinPxBand = try d.directDecimal(v43)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteEnum(self.groupId, "groupId")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDecimal(self.ctMult, "ctMult")
                try c.apiWriteText(self.ctValCcy, "ctValCcy")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteDecimal(self.stk, "stk")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.auctionEndTime, "auctionEndTime")
                try c.apiWriteDate(self.contTdSwTime, "contTdSwTime")
                try c.apiWriteDate(self.preMktSwTime, "preMktSwTime")
                try c.apiWriteEnum(self.openType, "openType")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tickSz, "tickSz")
                try c.apiWriteDecimal(self.lotSz, "lotSz")
                try c.apiWriteDecimal(self.minSz, "minSz")
                try c.apiWriteEnum(self.ctType, "ctType")
                try c.apiWriteEnum(self.alias, "alias")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.ruleType, "ruleType")
                try c.apiWriteDecimal(self.maxLmtSz, "maxLmtSz")
                try c.apiWriteDecimal(self.maxMktSz, "maxMktSz")
                try c.apiWriteDecimal(self.maxLmtAmt, "maxLmtAmt")
                try c.apiWriteDecimal(self.maxMktAmt, "maxMktAmt")
                try c.apiWriteDecimal(self.maxTwapSz, "maxTwapSz")
                try c.apiWriteDecimal(self.maxIcebergSz, "maxIcebergSz")
                try c.apiWriteDecimal(self.maxTriggerSz, "maxTriggerSz")
                try c.apiWriteDecimal(self.maxStopSz, "maxStopSz")
                try c.apiWriteBoolean(self.futureSettlement, "futureSettlement")
                try c.apiWriteTexts(self.tradeQuoteCcyList, "tradeQuoteCcyList")
                try c.apiWriteInteger(self.instIdCode, "instIdCode")
                try c.apiWriteEnum(self.instCategory, "instCategory")
                try c.apiWriteNested(self.upcChg, "upcChg")
                try c.apiWriteDecimal(self.rpiMinLevel, "rpiMinLevel")
                try c.apiWriteDecimal(self.rpiMinPxBand, "rpiMinPxBand")
            }
        }
    }

    /// `GET /api/v5/public/instruments`: “Get instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-instruments
    public static func getInstruments(_ request: GetInstruments.Request) -> Endpoint<[GetInstruments.Response]> {
        .apiGet(GetInstruments.path, request)
    }

    /// `GET /api/v5/public/insurance-fund`: “Get security fund”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-security-fund
    public enum GetSecurityFund {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/insurance-fund"
        /// The parameters of `GET /api/v5/public/insurance-fund`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-security-fund
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, type: TypeValue? = nil, instFamily: String? = nil, ccy: String? = nil, before: Date? = nil, after: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.type = type
                self.instFamily = instFamily
                self.ccy = ccy
                self.before = before
                self.after = after
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("type", type)
                p.add("instFamily", instFamily)
                p.add("ccy", ccy)
                p.add("before", before)
                p.add("after", after)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/insurance-fund`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-security-fund
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `balance`: a decimal number (a string on the wire).
                public let balance: Decimal?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `ccy`: text.
                public let ccy: String?
                /// `type`: one of a documented set of values (unknown values are kept).
                public let type: TypeValue?
                /// `maxBal`: a decimal number (a string on the wire); deprecated.
                public let maxBal: Decimal?
                /// `maxBalTs`: a time (epoch milliseconds on the wire); deprecated.
                public let maxBalTs: Date?
                /// `decRate`: a decimal number (a string on the wire); deprecated.
                public let decRate: Decimal?
                /// `adlType`: one of a documented set of values (unknown values are kept); deprecated.
                public let adlType: AdlType?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.balance = try c.apiDecimal("balance")
                    self.amt = try c.apiDecimal("amt")
                    self.ccy = try c.apiText("ccy")
                    self.type = try c.apiEnum("type")
                    self.maxBal = try c.apiDecimal("maxBal")
                    self.maxBalTs = try c.apiDate("maxBalTs")
                    self.decRate = try c.apiDecimal("decRate")
                    self.adlType = try c.apiEnum("adlType")
                    self.ts = try c.apiDate("ts")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    var v4: Int32 = -1
                    var v5: Int32 = -1
                    var v6: Int32 = -1
                    var v7: Int32 = -1
                    var v8: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x420234A0F998390B: if v0 < 0, m.isKey("balance") { v0 = m.value }
                        case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0xA79439EF7BFA9C2D: if v3 < 0, m.isKey("type") { v3 = m.value }
                        case 0x5EF547F778BCE4E4: if v4 < 0, m.isKey("maxBal") { v4 = m.value }
                        case 0x35365B2B9E693D39: if v5 < 0, m.isKey("maxBalTs") { v5 = m.value }
                        case 0xBB51971A98369F99: if v6 < 0, m.isKey("decRate") { v6 = m.value }
                        case 0xD1439236D2E275B4: if v7 < 0, m.isKey("adlType") { v7 = m.value }
                        case 0x08C83D07B56AC770: if v8 < 0, m.isKey("ts") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.balance = try d.directDecimal(v0)
                    self.amt = try d.directDecimal(v1)
                    self.ccy = try d.directText(v2)
                    self.type = try d.directEnum(v3)
                    self.maxBal = try d.directDecimal(v4)
                    self.maxBalTs = try d.directDate(v5)
                    self.decRate = try d.directDecimal(v6)
                    self.adlType = try d.directEnum(v7)
                    self.ts = try d.directDate(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.balance, "balance")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.type, "type")
                    try c.apiWriteDecimal(self.maxBal, "maxBal")
                    try c.apiWriteDate(self.maxBalTs, "maxBalTs")
                    try c.apiWriteDecimal(self.decRate, "decRate")
                    try c.apiWriteEnum(self.adlType, "adlType")
                    try c.apiWriteDate(self.ts, "ts")
                }
            }
            /// `total`: a decimal number (a string on the wire).
            public let total: Decimal?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.total = try c.apiDecimal("total")
                self.instFamily = try c.apiText("instFamily")
                self.instType = try c.apiEnum("instType")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x2DCEDE7D543A4FFD: if v0 < 0, m.isKey("total") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xB9515701B1F5FC65: if v3 < 0, m.isKey("details") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.total = try d.directDecimal(v0)
                self.instFamily = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.details = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.total, "total")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/public/insurance-fund`: “Get security fund”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-security-fund
    public static func getSecurityFund(_ request: GetSecurityFund.Request) -> Endpoint<[GetSecurityFund.Response]> {
        .apiGet(GetSecurityFund.path, request)
    }

    /// `GET /api/v5/public/interest-rate-loan-quota`: “Get interest rate and loan quota”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-interest-rate-and-loan-quota
    public enum GetInterestRateAndLoanQuota {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/interest-rate-loan-quota"
        /// The parameters of `GET /api/v5/public/interest-rate-loan-quota`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-interest-rate-and-loan-quota
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/interest-rate-loan-quota`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-interest-rate-and-loan-quota
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Basic: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `rate`: a decimal number (a string on the wire).
                public let rate: Decimal?
                /// `quota`: a decimal number (a string on the wire).
                public let quota: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.rate = try c.apiDecimal("rate")
                    self.quota = try c.apiDecimal("quota")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0x6D91221FD1CE5547: if v1 < 0, m.isKey("rate") { v1 = m.value }
                        case 0x5A60ED143B2FD02B: if v2 < 0, m.isKey("quota") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.rate = try d.directDecimal(v1)
                    self.quota = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.rate, "rate")
                    try c.apiWriteDecimal(self.quota, "quota")
                }
            }
            /// A nested object of the response.
            public struct Vip: Codable, Sendable, TapeDirect {
                /// `level`: text.
                public let level: String?
                /// `loanQuotaCoef`: a decimal number (a string on the wire).
                public let loanQuotaCoef: Decimal?
                /// `irDiscount`: a decimal number (a string on the wire); deprecated.
                public let irDiscount: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.level = try c.apiText("level")
                    self.loanQuotaCoef = try c.apiDecimal("loanQuotaCoef")
                    self.irDiscount = try c.apiDecimal("irDiscount")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xE8DDC90A9D7C709D: if v0 < 0, m.isKey("level") { v0 = m.value }
                        case 0x0D5EE11CBED752F4: if v1 < 0, m.isKey("loanQuotaCoef") { v1 = m.value }
                        case 0xFC53320DCE3C1745: if v2 < 0, m.isKey("irDiscount") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.level = try d.directText(v0)
                    self.loanQuotaCoef = try d.directDecimal(v1)
                    self.irDiscount = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.level, "level")
                    try c.apiWriteDecimal(self.loanQuotaCoef, "loanQuotaCoef")
                    try c.apiWriteDecimal(self.irDiscount, "irDiscount")
                }
            }
            /// A nested object of the response.
            public struct Regular: Codable, Sendable, TapeDirect {
                /// `level`: text.
                public let level: String?
                /// `loanQuotaCoef`: a decimal number (a string on the wire).
                public let loanQuotaCoef: Decimal?
                /// `irDiscount`: a decimal number (a string on the wire); deprecated.
                public let irDiscount: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.level = try c.apiText("level")
                    self.loanQuotaCoef = try c.apiDecimal("loanQuotaCoef")
                    self.irDiscount = try c.apiDecimal("irDiscount")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xE8DDC90A9D7C709D: if v0 < 0, m.isKey("level") { v0 = m.value }
                        case 0x0D5EE11CBED752F4: if v1 < 0, m.isKey("loanQuotaCoef") { v1 = m.value }
                        case 0xFC53320DCE3C1745: if v2 < 0, m.isKey("irDiscount") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.level = try d.directText(v0)
                    self.loanQuotaCoef = try d.directDecimal(v1)
                    self.irDiscount = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.level, "level")
                    try c.apiWriteDecimal(self.loanQuotaCoef, "loanQuotaCoef")
                    try c.apiWriteDecimal(self.irDiscount, "irDiscount")
                }
            }
            /// A nested object of the response.
            public struct ConfigCcyList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `rate`: a decimal number (a string on the wire).
                public let rate: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.rate = try c.apiDecimal("rate")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0x6D91221FD1CE5547: if v1 < 0, m.isKey("rate") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.rate = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.rate, "rate")
                }
            }
            /// A nested object of the response.
            public struct Config: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `stgyType`: one of a documented set of values (unknown values are kept).
                public let stgyType: StgyType?
                /// `quota`: a decimal number (a string on the wire).
                public let quota: Decimal?
                /// `level`: text.
                public let level: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.stgyType = try c.apiEnum("stgyType")
                    self.quota = try c.apiDecimal("quota")
                    self.level = try c.apiText("level")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xB0BF05ADF051E002: if v1 < 0, m.isKey("stgyType") { v1 = m.value }
                        case 0x5A60ED143B2FD02B: if v2 < 0, m.isKey("quota") { v2 = m.value }
                        case 0xE8DDC90A9D7C709D: if v3 < 0, m.isKey("level") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.stgyType = try d.directEnum(v1)
                    self.quota = try d.directDecimal(v2)
                    self.level = try d.directText(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.stgyType, "stgyType")
                    try c.apiWriteDecimal(self.quota, "quota")
                    try c.apiWriteText(self.level, "level")
                }
            }
            /// `basic`: a list of nested objects.
            public let basic: [Basic]?
            /// `vip`: a list of nested objects.
            public let vip: [Vip]?
            /// `regular`: a list of nested objects.
            public let regular: [Regular]?
            /// `configCcyList`: a list of nested objects.
            public let configCcyList: [ConfigCcyList]?
            /// `config`: a list of nested objects.
            public let config: [Config]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.basic = try c.apiNested("basic")
                self.vip = try c.apiNested("vip")
                self.regular = try c.apiNested("regular")
                self.configCcyList = try c.apiNested("configCcyList")
                self.config = try c.apiNested("config")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xD6E85E826DFB20BD: if v0 < 0, m.isKey("basic") { v0 = m.value }
                    case 0x68E906194EBA76F0: if v1 < 0, m.isKey("vip") { v1 = m.value }
                    case 0x6C6662300ABE1EF7: if v2 < 0, m.isKey("regular") { v2 = m.value }
                    case 0x350BFF4721E91774: if v3 < 0, m.isKey("configCcyList") { v3 = m.value }
                    case 0x78039475C6A50527: if v4 < 0, m.isKey("config") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.basic = try d.directNested(v0)
                self.vip = try d.directNested(v1)
                self.regular = try d.directNested(v2)
                self.configCcyList = try d.directNested(v3)
                self.config = try d.directNested(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.basic, "basic")
                try c.apiWriteNested(self.vip, "vip")
                try c.apiWriteNested(self.regular, "regular")
                try c.apiWriteNested(self.configCcyList, "configCcyList")
                try c.apiWriteNested(self.config, "config")
            }
        }
    }

    /// `GET /api/v5/public/interest-rate-loan-quota`: “Get interest rate and loan quota”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-interest-rate-and-loan-quota
    public static func getInterestRateAndLoanQuota(_ request: GetInterestRateAndLoanQuota.Request = .init()) -> Endpoint<[GetInterestRateAndLoanQuota.Response]> {
        .apiGet(GetInterestRateAndLoanQuota.path, request)
    }

    /// `GET /api/v5/public/mark-price`: “Get mark price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price
    public enum GetMarkPrice {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/mark-price"
        /// The parameters of `GET /api/v5/public/mark-price`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/mark-price`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.markPx = try c.apiDecimal("markPx")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xED95A32B150C49D8: if v2 < 0, m.isKey("markPx") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.markPx = try d.directDecimal(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/mark-price`: “Get mark price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-mark-price
    public static func getMarkPrice(_ request: GetMarkPrice.Request) -> Endpoint<[GetMarkPrice.Response]> {
        .apiGet(GetMarkPrice.path, request)
    }

    /// `GET /api/v5/public/market-data-history`: “Get historical market data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-historical-market-data
    public enum GetHistoricalMarketData {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/market-data-history"
        /// The parameters of `GET /api/v5/public/market-data-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-historical-market-data
        public struct Request: APIRequestFields {
            /// `module`: one of a documented set of values (unknown values are kept); required.
            public var module: Module
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instIdList`: text; required in some cases.
            public var instIdList: String?
            /// `instFamilyList`: text; required in some cases.
            public var instFamilyList: String?
            /// `dateAggrType`: one of a documented set of values (unknown values are kept); required.
            public var dateAggrType: DateAggrType
            /// `begin`: a time (epoch milliseconds on the wire); required.
            public var begin: Date
            /// `end`: a time (epoch milliseconds on the wire); required.
            public var end: Date
            /// A request with the given parameters; nil ones are not sent.
            public init(module: Module, instType: InstType, instIdList: String? = nil, instFamilyList: String? = nil, dateAggrType: DateAggrType, begin: Date, end: Date) {
                self.module = module
                self.instType = instType
                self.instIdList = instIdList
                self.instFamilyList = instFamilyList
                self.dateAggrType = dateAggrType
                self.begin = begin
                self.end = end
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("module", module)
                p.add("instType", instType)
                p.add("instIdList", instIdList)
                p.add("instFamilyList", instFamilyList)
                p.add("dateAggrType", dateAggrType)
                p.add("begin", begin)
                p.add("end", end)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/market-data-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-historical-market-data
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct GroupDetails: Codable, Sendable, TapeDirect {
                    /// `filename`: text.
                    public let filename: String?
                    /// `dataTs`: a time (epoch milliseconds on the wire).
                    public let dataTs: Date?
                    /// `sizeMB`: a decimal number (a string on the wire).
                    public let sizeMB: Decimal?
                    /// `url`: text.
                    public let url: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.filename = try c.apiText("filename")
                        self.dataTs = try c.apiDate("dataTs")
                        self.sizeMB = try c.apiDecimal("sizeMB")
                        self.url = try c.apiText("url")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        var v3: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x503E2AC46BE8D2A8: if v0 < 0, m.isKey("filename") { v0 = m.value }
                            case 0xF1B901EE29AF0670: if v1 < 0, m.isKey("dataTs") { v1 = m.value }
                            case 0x8AB02E3619848C73: if v2 < 0, m.isKey("sizeMB") { v2 = m.value }
                            case 0x4C4E8B193DC8BE7E: if v3 < 0, m.isKey("url") { v3 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.filename = try d.directText(v0)
                        self.dataTs = try d.directDate(v1)
                        self.sizeMB = try d.directDecimal(v2)
                        self.url = try d.directText(v3)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.filename, "filename")
                        try c.apiWriteDate(self.dataTs, "dataTs")
                        try c.apiWriteDecimal(self.sizeMB, "sizeMB")
                        try c.apiWriteText(self.url, "url")
                    }
                }
                /// `instId`: text.
                public let instId: String?
                /// `instFamily`: text.
                public let instFamily: String?
                /// `dateRangeStart`: a time (epoch milliseconds on the wire).
                public let dateRangeStart: Date?
                /// `dateRangeEnd`: a time (epoch milliseconds on the wire).
                public let dateRangeEnd: Date?
                /// `groupSizeMB`: a decimal number (a string on the wire).
                public let groupSizeMB: Decimal?
                /// `groupDetails`: a list of nested objects.
                public let groupDetails: [GroupDetails]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.instFamily = try c.apiText("instFamily")
                    self.dateRangeStart = try c.apiDate("dateRangeStart")
                    self.dateRangeEnd = try c.apiDate("dateRangeEnd")
                    self.groupSizeMB = try c.apiDecimal("groupSizeMB")
                    self.groupDetails = try c.apiNested("groupDetails")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    var v4: Int32 = -1
                    var v5: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                        case 0x5E007744E4719EC6: if v2 < 0, m.isKey("dateRangeStart") { v2 = m.value }
                        case 0x7A3EE15E6FB35C03: if v3 < 0, m.isKey("dateRangeEnd") { v3 = m.value }
                        case 0xE05C2414907B27EE: if v4 < 0, m.isKey("groupSizeMB") { v4 = m.value }
                        case 0x9E53D6F7B0ACBC8A: if v5 < 0, m.isKey("groupDetails") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.instFamily = try d.directText(v1)
                    self.dateRangeStart = try d.directDate(v2)
                    self.dateRangeEnd = try d.directDate(v3)
                    self.groupSizeMB = try d.directDecimal(v4)
                    self.groupDetails = try d.directNested(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteText(self.instFamily, "instFamily")
                    try c.apiWriteDate(self.dateRangeStart, "dateRangeStart")
                    try c.apiWriteDate(self.dateRangeEnd, "dateRangeEnd")
                    try c.apiWriteDecimal(self.groupSizeMB, "groupSizeMB")
                    try c.apiWriteNested(self.groupDetails, "groupDetails")
                }
            }
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `totalSizeMB`: a decimal number (a string on the wire).
            public let totalSizeMB: Decimal?
            /// `dateAggrType`: one of a documented set of values (unknown values are kept).
            public let dateAggrType: DateAggrType?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
                self.totalSizeMB = try c.apiDecimal("totalSizeMB")
                self.dateAggrType = try c.apiEnum("dateAggrType")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    case 0x7A1F3A1439560E1B: if v1 < 0, m.isKey("totalSizeMB") { v1 = m.value }
                    case 0x2A6B54C339A1D4DC: if v2 < 0, m.isKey("dateAggrType") { v2 = m.value }
                    case 0xB9515701B1F5FC65: if v3 < 0, m.isKey("details") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
                self.totalSizeMB = try d.directDecimal(v1)
                self.dateAggrType = try d.directEnum(v2)
                self.details = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.totalSizeMB, "totalSizeMB")
                try c.apiWriteEnum(self.dateAggrType, "dateAggrType")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/public/market-data-history`: “Get historical market data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-historical-market-data
    public static func getHistoricalMarketData(_ request: GetHistoricalMarketData.Request) -> Endpoint<[GetHistoricalMarketData.Response]> {
        .apiGet(GetHistoricalMarketData.path, request)
    }

    /// `GET /api/v5/public/open-interest`: “Get open interest”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
    public enum GetOpenInterest {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/open-interest"
        /// The parameters of `GET /api/v5/public/open-interest`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/open-interest`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `oi`: a decimal number (a string on the wire).
            public let oi: Decimal?
            /// `oiCcy`: a decimal number (a string on the wire).
            public let oiCcy: Decimal?
            /// `oiUsd`: a decimal number (a string on the wire).
            public let oiUsd: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.oi = try c.apiDecimal("oi")
                self.oiCcy = try c.apiDecimal("oiCcy")
                self.oiUsd = try c.apiDecimal("oiUsd")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x08B05F07B5566F55: if v2 < 0, m.isKey("oi") { v2 = m.value }
                    case 0x367F1DCC76B61C3E: if v3 < 0, m.isKey("oiCcy") { v3 = m.value }
                    case 0x7ABE90CC0D299417: if v4 < 0, m.isKey("oiUsd") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.oi = try d.directDecimal(v2)
                self.oiCcy = try d.directDecimal(v3)
                self.oiUsd = try d.directDecimal(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.oi, "oi")
                try c.apiWriteDecimal(self.oiCcy, "oiCcy")
                try c.apiWriteDecimal(self.oiUsd, "oiUsd")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/open-interest`: “Get open interest”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
    public static func getOpenInterest(_ request: GetOpenInterest.Request) -> Endpoint<[GetOpenInterest.Response]> {
        .apiGet(GetOpenInterest.path, request)
    }

    /// `GET /api/v5/public/opt-summary`: “Get option market data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-option-market-data
    public enum GetOptionMarketData {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/opt-summary"
        /// The parameters of `GET /api/v5/public/opt-summary`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-option-market-data
        public struct Request: APIRequestFields {
            /// `instFamily`: text; required.
            public var instFamily: String
            /// `expTime`: text.
            public var expTime: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instFamily: String, expTime: String? = nil) {
                self.instFamily = instFamily
                self.expTime = expTime
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                p.add("expTime", expTime)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/opt-summary`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-option-market-data
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `uly`: text.
            public let uly: String?
            /// `delta`: a decimal number (a string on the wire).
            public let delta: Decimal?
            /// `gamma`: a decimal number (a string on the wire).
            public let gamma: Decimal?
            /// `vega`: a decimal number (a string on the wire).
            public let vega: Decimal?
            /// `theta`: a decimal number (a string on the wire).
            public let theta: Decimal?
            /// `deltaBS`: a decimal number (a string on the wire).
            public let deltaBS: Decimal?
            /// `gammaBS`: a decimal number (a string on the wire).
            public let gammaBS: Decimal?
            /// `vegaBS`: a decimal number (a string on the wire).
            public let vegaBS: Decimal?
            /// `thetaBS`: a decimal number (a string on the wire).
            public let thetaBS: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `markVol`: a decimal number (a string on the wire).
            public let markVol: Decimal?
            /// `bidVol`: a decimal number (a string on the wire).
            public let bidVol: Decimal?
            /// `askVol`: a decimal number (a string on the wire).
            public let askVol: Decimal?
            /// `realVol`: a decimal number (a string on the wire).
            public let realVol: Decimal?
            /// `volLv`: a decimal number (a string on the wire).
            public let volLv: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.uly = try c.apiText("uly")
                self.delta = try c.apiDecimal("delta")
                self.gamma = try c.apiDecimal("gamma")
                self.vega = try c.apiDecimal("vega")
                self.theta = try c.apiDecimal("theta")
                self.deltaBS = try c.apiDecimal("deltaBS")
                self.gammaBS = try c.apiDecimal("gammaBS")
                self.vegaBS = try c.apiDecimal("vegaBS")
                self.thetaBS = try c.apiDecimal("thetaBS")
                self.lever = try c.apiDecimal("lever")
                self.markVol = try c.apiDecimal("markVol")
                self.bidVol = try c.apiDecimal("bidVol")
                self.askVol = try c.apiDecimal("askVol")
                self.realVol = try c.apiDecimal("realVol")
                self.volLv = try c.apiDecimal("volLv")
                self.fwdPx = try c.apiDecimal("fwdPx")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                var v15: Int32 = -1
                var v16: Int32 = -1
                var v17: Int32 = -1
                var v18: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x4CA79C193E150437: if v2 < 0, m.isKey("uly") { v2 = m.value }
                    case 0x52076675EC13A0C1: if v3 < 0, m.isKey("delta") { v3 = m.value }
                    case 0x229176BD1F6BA96A: if v4 < 0, m.isKey("gamma") { v4 = m.value }
                    case 0x66FDEA01023FF308: if v5 < 0, m.isKey("vega") { v5 = m.value }
                    case 0xEADAB6725DA1DB1B: if v6 < 0, m.isKey("theta") { v6 = m.value }
                    case 0x3373345F777F313E: if v7 < 0, m.isKey("deltaBS") { v7 = m.value }
                    case 0x53ED98FDD18C0C91: if v8 < 0, m.isKey("gammaBS") { v8 = m.value }
                    case 0xCDF90EA7F78CE4B7: if v9 < 0, m.isKey("vegaBS") { v9 = m.value }
                    case 0x0923FF9B3B1E58B8: if v10 < 0, m.isKey("thetaBS") { v10 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v11 < 0, m.isKey("lever") { v11 = m.value }
                    case 0xF414F234E0176381: if v12 < 0, m.isKey("markVol") { v12 = m.value }
                    case 0x24FF101F79AF0F01: if v13 < 0, m.isKey("bidVol") { v13 = m.value }
                    case 0x93BCC1F718ACA26F: if v14 < 0, m.isKey("askVol") { v14 = m.value }
                    case 0xF9490A5B08774262: if v15 < 0, m.isKey("realVol") { v15 = m.value }
                    case 0x9C149E829811C6FC: if v16 < 0, m.isKey("volLv") { v16 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v17 < 0, m.isKey("fwdPx") { v17 = m.value }
                    case 0x08C83D07B56AC770: if v18 < 0, m.isKey("ts") { v18 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.uly = try d.directText(v2)
                self.delta = try d.directDecimal(v3)
                self.gamma = try d.directDecimal(v4)
                self.vega = try d.directDecimal(v5)
                self.theta = try d.directDecimal(v6)
                self.deltaBS = try d.directDecimal(v7)
                self.gammaBS = try d.directDecimal(v8)
                self.vegaBS = try d.directDecimal(v9)
                self.thetaBS = try d.directDecimal(v10)
                self.lever = try d.directDecimal(v11)
                self.markVol = try d.directDecimal(v12)
                self.bidVol = try d.directDecimal(v13)
                self.askVol = try d.directDecimal(v14)
                self.realVol = try d.directDecimal(v15)
                self.volLv = try d.directDecimal(v16)
                self.fwdPx = try d.directDecimal(v17)
                self.ts = try d.directDate(v18)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteDecimal(self.delta, "delta")
                try c.apiWriteDecimal(self.gamma, "gamma")
                try c.apiWriteDecimal(self.vega, "vega")
                try c.apiWriteDecimal(self.theta, "theta")
                try c.apiWriteDecimal(self.deltaBS, "deltaBS")
                try c.apiWriteDecimal(self.gammaBS, "gammaBS")
                try c.apiWriteDecimal(self.vegaBS, "vegaBS")
                try c.apiWriteDecimal(self.thetaBS, "thetaBS")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.markVol, "markVol")
                try c.apiWriteDecimal(self.bidVol, "bidVol")
                try c.apiWriteDecimal(self.askVol, "askVol")
                try c.apiWriteDecimal(self.realVol, "realVol")
                try c.apiWriteDecimal(self.volLv, "volLv")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/opt-summary`: “Get option market data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-option-market-data
    public static func getOptionMarketData(_ request: GetOptionMarketData.Request) -> Endpoint<[GetOptionMarketData.Response]> {
        .apiGet(GetOptionMarketData.path, request)
    }

    /// `GET /api/v5/public/position-tiers`: “Get position tiers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers
    public enum GetPositionTiers {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/position-tiers"
        /// The parameters of `GET /api/v5/public/position-tiers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `instId`: one of a documented set of values (unknown values are kept); required in some cases.
            public var instId: InstId?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `tier`: an integer (a string on the wire).
            public var tier: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, tdMode: TdMode, instFamily: String? = nil, instId: InstId? = nil, ccy: String? = nil, tier: Int? = nil) {
                self.instType = instType
                self.tdMode = tdMode
                self.instFamily = instFamily
                self.instId = instId
                self.ccy = ccy
                self.tier = tier
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("tdMode", tdMode)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("tier", tier)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/position-tiers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers
        public struct Response: Codable, Sendable, TapeDirect {
            /// `uly`: text.
            public let uly: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `instId`: text.
            public let instId: String
            /// `tier`: an integer (a string on the wire).
            public let tier: Int?
            /// `minSz`: a decimal number (a string on the wire).
            public let minSz: Decimal?
            /// `maxSz`: a decimal number (a string on the wire).
            public let maxSz: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `maxLever`: a decimal number (a string on the wire).
            public let maxLever: Decimal?
            /// `optMgnFactor`: a decimal number (a string on the wire).
            public let optMgnFactor: Decimal?
            /// `quoteMaxLoan`: a decimal number (a string on the wire).
            public let quoteMaxLoan: Decimal?
            /// `baseMaxLoan`: a decimal number (a string on the wire).
            public let baseMaxLoan: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uly = try c.apiText("uly")
                self.instFamily = try c.apiText("instFamily")
                self.instId = try c.apiRequiredText("instId")
                self.tier = try c.apiInteger("tier")
                self.minSz = try c.apiDecimal("minSz")
                self.maxSz = try c.apiDecimal("maxSz")
                self.mmr = try c.apiDecimal("mmr")
                self.imr = try c.apiDecimal("imr")
                self.maxLever = try c.apiDecimal("maxLever")
                self.optMgnFactor = try c.apiDecimal("optMgnFactor")
                self.quoteMaxLoan = try c.apiDecimal("quoteMaxLoan")
                self.baseMaxLoan = try c.apiDecimal("baseMaxLoan")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4CA79C193E150437: if v0 < 0, m.isKey("uly") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x1E6F84EF2EB65989: if v3 < 0, m.isKey("tier") { v3 = m.value }
                    case 0x81CAAF62B7F87922: if v4 < 0, m.isKey("minSz") { v4 = m.value }
                    case 0x5B2AEDA4C2E16DAC: if v5 < 0, m.isKey("maxSz") { v5 = m.value }
                    case 0x08025F191762AD67: if v6 < 0, m.isKey("mmr") { v6 = m.value }
                    case 0x2B9CFB192BD28B9B: if v7 < 0, m.isKey("imr") { v7 = m.value }
                    case 0xC050D73978C469CF: if v8 < 0, m.isKey("maxLever") { v8 = m.value }
                    case 0xF07AADE07E7DB51B: if v9 < 0, m.isKey("optMgnFactor") { v9 = m.value }
                    case 0x88E01E716729CF25: if v10 < 0, m.isKey("quoteMaxLoan") { v10 = m.value }
                    case 0xA599B6451DC49128: if v11 < 0, m.isKey("baseMaxLoan") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uly = try d.directText(v0)
                self.instFamily = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.tier = try d.directInteger(v3)
                self.minSz = try d.directDecimal(v4)
                self.maxSz = try d.directDecimal(v5)
                self.mmr = try d.directDecimal(v6)
                self.imr = try d.directDecimal(v7)
                self.maxLever = try d.directDecimal(v8)
                self.optMgnFactor = try d.directDecimal(v9)
                self.quoteMaxLoan = try d.directDecimal(v10)
                self.baseMaxLoan = try d.directDecimal(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteInteger(self.tier, "tier")
                try c.apiWriteDecimal(self.minSz, "minSz")
                try c.apiWriteDecimal(self.maxSz, "maxSz")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.maxLever, "maxLever")
                try c.apiWriteDecimal(self.optMgnFactor, "optMgnFactor")
                try c.apiWriteDecimal(self.quoteMaxLoan, "quoteMaxLoan")
                try c.apiWriteDecimal(self.baseMaxLoan, "baseMaxLoan")
            }
        }
    }

    /// `GET /api/v5/public/position-tiers`: “Get position tiers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-position-tiers
    public static func getPositionTiers(_ request: GetPositionTiers.Request) -> Endpoint<[GetPositionTiers.Response]> {
        .apiGet(GetPositionTiers.path, request)
    }

    /// `GET /api/v5/public/premium-history`: “Get premium history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-premium-history
    public enum GetPremiumHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/premium-history"
        /// The parameters of `GET /api/v5/public/premium-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-premium-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/premium-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-premium-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `premium`: a decimal number (a string on the wire).
            public let premium: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.premium = try c.apiDecimal("premium")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x9550AFB09B26EA5E: if v1 < 0, m.isKey("premium") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.premium = try d.directDecimal(v1)
                self.ts = try d.directDate(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.premium, "premium")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/premium-history`: “Get premium history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-premium-history
    public static func getPremiumHistory(_ request: GetPremiumHistory.Request) -> Endpoint<[GetPremiumHistory.Response]> {
        .apiGet(GetPremiumHistory.path, request)
    }

    /// `GET /api/v5/public/price-limit`: “Get limit price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-limit-price
    public enum GetLimitPrice {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/price-limit"
        /// The parameters of `GET /api/v5/public/price-limit`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-limit-price
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/price-limit`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-limit-price
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `buyLmt`: a decimal number (a string on the wire).
            public let buyLmt: Decimal?
            /// `sellLmt`: a decimal number (a string on the wire).
            public let sellLmt: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `enabled`: a boolean.
            public let enabled: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.buyLmt = try c.apiDecimal("buyLmt")
                self.sellLmt = try c.apiDecimal("sellLmt")
                self.ts = try c.apiDate("ts")
                self.enabled = try c.apiBoolean("enabled")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                var v5: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x9922D684D1C62884: if v2 < 0, m.isKey("buyLmt") { v2 = m.value }
                    case 0xB2F8C1E4AD254112: if v3 < 0, m.isKey("sellLmt") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x70D885806B56289E: if v5 < 0, m.isKey("enabled") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.buyLmt = try d.directDecimal(v2)
                self.sellLmt = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
                self.enabled = try d.directBoolean(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.buyLmt, "buyLmt")
                try c.apiWriteDecimal(self.sellLmt, "sellLmt")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteBoolean(self.enabled, "enabled")
            }
        }
    }

    /// `GET /api/v5/public/price-limit`: “Get limit price”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-limit-price
    public static func getLimitPrice(_ request: GetLimitPrice.Request) -> Endpoint<[GetLimitPrice.Response]> {
        .apiGet(GetLimitPrice.path, request)
    }

    /// `GET /api/v5/public/settlement-history`: “Get futures settlement history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-futures-settlement-history
    public enum GetFuturesSettlementHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/settlement-history"
        /// The parameters of `GET /api/v5/public/settlement-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-futures-settlement-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instFamily`: text; required.
            public var instFamily: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instFamily: String, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.instFamily = instFamily
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/settlement-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-futures-settlement-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `settlePx`: a decimal number (a string on the wire).
                public let settlePx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.settlePx = try c.apiDecimal("settlePx")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x1D65316370244FB2: if v1 < 0, m.isKey("settlePx") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.settlePx = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.settlePx, "settlePx")
                }
            }
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    case 0xB9515701B1F5FC65: if v1 < 0, m.isKey("details") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
                self.details = try d.directNested(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/public/settlement-history`: “Get futures settlement history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-futures-settlement-history
    public static func getFuturesSettlementHistory(_ request: GetFuturesSettlementHistory.Request) -> Endpoint<[GetFuturesSettlementHistory.Response]> {
        .apiGet(GetFuturesSettlementHistory.path, request)
    }

    /// `GET /api/v5/public/time`: “Get system time”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-system-time
    public enum GetSystemTime {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/time"
        /// The parameters of `GET /api/v5/public/time`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-system-time
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/time`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-system-time
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/time`: “Get system time”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-system-time
    public static func getSystemTime(_ request: GetSystemTime.Request = .init()) -> Endpoint<[GetSystemTime.Response]> {
        .apiGet(GetSystemTime.path, request)
    }

    /// `GET /api/v5/public/underlying`: “Get underlying”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-underlying
    public enum GetUnderlying {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/underlying"
        /// The parameters of `GET /api/v5/public/underlying`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-underlying
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array: a list of text values.
        public typealias Response = [String]
    }

    /// `GET /api/v5/public/underlying`: “Get underlying”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-rest-api-get-underlying
    public static func getUnderlying(_ request: GetUnderlying.Request) -> Endpoint<[GetUnderlying.Response]> {
        .apiGet(GetUnderlying.path, request)
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `delivery`.
        public static let delivery: Self = "delivery"
        /// `exercised`.
        public static let exercised: Self = "exercised"
        /// `expired_otm`.
        public static let expiredOtm: Self = "expired_otm"
        /// `liquidation_balance_deposit`.
        public static let liquidationBalanceDeposit: Self = "liquidation_balance_deposit"
        /// `bankruptcy_loss`.
        public static let bankruptcyLoss: Self = "bankruptcy_loss"
        /// `platform_revenue`.
        public static let platformRevenue: Self = "platform_revenue"
        /// `adl`.
        public static let adl: Self = "adl"
    }

    /// The values of `unit` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Unit: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `coin`.
        public static let coin: Self = "coin"
        /// `usds`.
        public static let usds: Self = "usds"
    }

    /// The values of `opType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OpType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `open`.
        public static let `open`: Self = "open"
        /// `close`.
        public static let close: Self = "close"
    }

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `OPTION`.
        public static let option: Self = "OPTION"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
        /// `EVENTS`.
        public static let events: Self = "EVENTS"
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `MARGIN`.
        public static let margin: Self = "MARGIN"
    }

    /// The values of `colRes` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ColRes: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `region` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Region: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `afghanistan`.
        public static let afghanistan: Self = "afghanistan"
        /// `albania`.
        public static let albania: Self = "albania"
        /// `algeria`.
        public static let algeria: Self = "algeria"
        /// `andorra`.
        public static let andorra: Self = "andorra"
        /// `angola`.
        public static let angola: Self = "angola"
        /// `antigua_and_barbuda`.
        public static let antiguaAndBarbuda: Self = "antigua_and_barbuda"
        /// `argentina`.
        public static let argentina: Self = "argentina"
        /// `armenia`.
        public static let armenia: Self = "armenia"
        /// `aruba`.
        public static let aruba: Self = "aruba"
        /// `australia`.
        public static let australia: Self = "australia"
        /// `austria`.
        public static let austria: Self = "austria"
        /// `azerbaijan`.
        public static let azerbaijan: Self = "azerbaijan"
        /// `bahamas`.
        public static let bahamas: Self = "bahamas"
        /// `bahrain`.
        public static let bahrain: Self = "bahrain"
        /// `bangladesh`.
        public static let bangladesh: Self = "bangladesh"
        /// `barbados`.
        public static let barbados: Self = "barbados"
        /// `belarus`.
        public static let belarus: Self = "belarus"
        /// `belgium`.
        public static let belgium: Self = "belgium"
        /// `belize`.
        public static let belize: Self = "belize"
        /// `benin`.
        public static let benin: Self = "benin"
        /// `bermuda`.
        public static let bermuda: Self = "bermuda"
        /// `bhutan`.
        public static let bhutan: Self = "bhutan"
        /// `bolivia`.
        public static let bolivia: Self = "bolivia"
        /// `bosnia_and_herzegovina`.
        public static let bosniaAndHerzegovina: Self = "bosnia_and_herzegovina"
        /// `botswana`.
        public static let botswana: Self = "botswana"
        /// `brazil`.
        public static let brazil: Self = "brazil"
        /// `brunei`.
        public static let brunei: Self = "brunei"
        /// `bulgaria`.
        public static let bulgaria: Self = "bulgaria"
        /// `burkina_faso`.
        public static let burkinaFaso: Self = "burkina_faso"
        /// `burundi`.
        public static let burundi: Self = "burundi"
        /// `cambodia`.
        public static let cambodia: Self = "cambodia"
        /// `cameroon`.
        public static let cameroon: Self = "cameroon"
        /// `canada`.
        public static let canada: Self = "canada"
        /// `cape_verde`.
        public static let capeVerde: Self = "cape_verde"
        /// `cayman_islands`.
        public static let caymanIslands: Self = "cayman_islands"
        /// `central_african_republic`.
        public static let centralAfricanRepublic: Self = "central_african_republic"
        /// `chad`.
        public static let chad: Self = "chad"
        /// `chile`.
        public static let chile: Self = "chile"
        /// `china`.
        public static let china: Self = "china"
        /// `colombia`.
        public static let colombia: Self = "colombia"
        /// `comoros`.
        public static let comoros: Self = "comoros"
        /// `congo`.
        public static let congo: Self = "congo"
        /// `costa_rica`.
        public static let costaRica: Self = "costa_rica"
        /// `croatia`.
        public static let croatia: Self = "croatia"
        /// `cuba`.
        public static let cuba: Self = "cuba"
        /// `cyprus`.
        public static let cyprus: Self = "cyprus"
        /// `czech_republic`.
        public static let czechRepublic: Self = "czech_republic"
        /// `denmark`.
        public static let denmark: Self = "denmark"
        /// `djibouti`.
        public static let djibouti: Self = "djibouti"
        /// `dominica`.
        public static let dominica: Self = "dominica"
        /// `dominican_republic`.
        public static let dominicanRepublic: Self = "dominican_republic"
        /// `east_timor`.
        public static let eastTimor: Self = "east_timor"
        /// `ecuador`.
        public static let ecuador: Self = "ecuador"
        /// `egypt`.
        public static let egypt: Self = "egypt"
        /// `el_salvador`.
        public static let elSalvador: Self = "el_salvador"
        /// `equatorial_guinea`.
        public static let equatorialGuinea: Self = "equatorial_guinea"
        /// `eritrea`.
        public static let eritrea: Self = "eritrea"
        /// `estonia`.
        public static let estonia: Self = "estonia"
        /// `ethiopia`.
        public static let ethiopia: Self = "ethiopia"
        /// `euro_area`.
        public static let euroArea: Self = "euro_area"
        /// `european_union`.
        public static let europeanUnion: Self = "european_union"
        /// `faroe_islands`.
        public static let faroeIslands: Self = "faroe_islands"
        /// `fiji`.
        public static let fiji: Self = "fiji"
        /// `finland`.
        public static let finland: Self = "finland"
        /// `france`.
        public static let france: Self = "france"
        /// `g20`.
        public static let g20: Self = "g20"
        /// `g7`.
        public static let g7: Self = "g7"
        /// `gabon`.
        public static let gabon: Self = "gabon"
        /// `gambia`.
        public static let gambia: Self = "gambia"
        /// `georgia`.
        public static let georgia: Self = "georgia"
        /// `germany`.
        public static let germany: Self = "germany"
        /// `ghana`.
        public static let ghana: Self = "ghana"
        /// `greece`.
        public static let greece: Self = "greece"
        /// `greenland`.
        public static let greenland: Self = "greenland"
        /// `grenada`.
        public static let grenada: Self = "grenada"
        /// `guatemala`.
        public static let guatemala: Self = "guatemala"
        /// `guinea`.
        public static let guinea: Self = "guinea"
        /// `guinea_bissau`.
        public static let guineaBissau: Self = "guinea_bissau"
        /// `guyana`.
        public static let guyana: Self = "guyana"
        /// `hungary`.
        public static let hungary: Self = "hungary"
        /// `haiti`.
        public static let haiti: Self = "haiti"
        /// `honduras`.
        public static let honduras: Self = "honduras"
        /// `hong_kong`.
        public static let hongKong: Self = "hong_kong"
        /// `imf`.
        public static let imf: Self = "imf"
        /// `indonesia`.
        public static let indonesia: Self = "indonesia"
        /// `iceland`.
        public static let iceland: Self = "iceland"
        /// `india`.
        public static let india: Self = "india"
        /// `iran`.
        public static let iran: Self = "iran"
        /// `iraq`.
        public static let iraq: Self = "iraq"
        /// `ireland`.
        public static let ireland: Self = "ireland"
        /// `isle_of_man`.
        public static let isleOfMan: Self = "isle_of_man"
        /// `israel`.
        public static let israel: Self = "israel"
        /// `italy`.
        public static let italy: Self = "italy"
        /// `ivory_coast`.
        public static let ivoryCoast: Self = "ivory_coast"
        /// `jamaica`.
        public static let jamaica: Self = "jamaica"
        /// `japan`.
        public static let japan: Self = "japan"
        /// `jordan`.
        public static let jordan: Self = "jordan"
        /// `kazakhstan`.
        public static let kazakhstan: Self = "kazakhstan"
        /// `kenya`.
        public static let kenya: Self = "kenya"
        /// `kiribati`.
        public static let kiribati: Self = "kiribati"
        /// `kosovo`.
        public static let kosovo: Self = "kosovo"
        /// `kuwait`.
        public static let kuwait: Self = "kuwait"
        /// `kyrgyzstan`.
        public static let kyrgyzstan: Self = "kyrgyzstan"
        /// `laos`.
        public static let laos: Self = "laos"
        /// `latvia`.
        public static let latvia: Self = "latvia"
        /// `lebanon`.
        public static let lebanon: Self = "lebanon"
        /// `lesotho`.
        public static let lesotho: Self = "lesotho"
        /// `liberia`.
        public static let liberia: Self = "liberia"
        /// `libya`.
        public static let libya: Self = "libya"
        /// `liechtenstein`.
        public static let liechtenstein: Self = "liechtenstein"
        /// `lithuania`.
        public static let lithuania: Self = "lithuania"
        /// `luxembourg`.
        public static let luxembourg: Self = "luxembourg"
        /// `macau`.
        public static let macau: Self = "macau"
        /// `macedonia`.
        public static let macedonia: Self = "macedonia"
        /// `madagascar`.
        public static let madagascar: Self = "madagascar"
        /// `malawi`.
        public static let malawi: Self = "malawi"
        /// `malaysia`.
        public static let malaysia: Self = "malaysia"
        /// `maldives`.
        public static let maldives: Self = "maldives"
        /// `mali`.
        public static let mali: Self = "mali"
        /// `malta`.
        public static let malta: Self = "malta"
        /// `mauritania`.
        public static let mauritania: Self = "mauritania"
        /// `mauritius`.
        public static let mauritius: Self = "mauritius"
        /// `mexico`.
        public static let mexico: Self = "mexico"
        /// `micronesia`.
        public static let micronesia: Self = "micronesia"
        /// `moldova`.
        public static let moldova: Self = "moldova"
        /// `monaco`.
        public static let monaco: Self = "monaco"
        /// `mongolia`.
        public static let mongolia: Self = "mongolia"
        /// `montenegro`.
        public static let montenegro: Self = "montenegro"
        /// `morocco`.
        public static let morocco: Self = "morocco"
        /// `mozambique`.
        public static let mozambique: Self = "mozambique"
        /// `myanmar`.
        public static let myanmar: Self = "myanmar"
        /// `namibia`.
        public static let namibia: Self = "namibia"
        /// `nepal`.
        public static let nepal: Self = "nepal"
        /// `netherlands`.
        public static let netherlands: Self = "netherlands"
        /// `new_caledonia`.
        public static let newCaledonia: Self = "new_caledonia"
        /// `new_zealand`.
        public static let newZealand: Self = "new_zealand"
        /// `nicaragua`.
        public static let nicaragua: Self = "nicaragua"
        /// `niger`.
        public static let niger: Self = "niger"
        /// `nigeria`.
        public static let nigeria: Self = "nigeria"
        /// `north_korea`.
        public static let northKorea: Self = "north_korea"
        /// `northern_mariana_islands`.
        public static let northernMarianaIslands: Self = "northern_mariana_islands"
        /// `norway`.
        public static let norway: Self = "norway"
        /// `opec`.
        public static let opec: Self = "opec"
        /// `oman`.
        public static let oman: Self = "oman"
        /// `pakistan`.
        public static let pakistan: Self = "pakistan"
        /// `palau`.
        public static let palau: Self = "palau"
        /// `palestine`.
        public static let palestine: Self = "palestine"
        /// `panama`.
        public static let panama: Self = "panama"
        /// `papua_new_guinea`.
        public static let papuaNewGuinea: Self = "papua_new_guinea"
        /// `paraguay`.
        public static let paraguay: Self = "paraguay"
        /// `peru`.
        public static let peru: Self = "peru"
        /// `philippines`.
        public static let philippines: Self = "philippines"
        /// `poland`.
        public static let poland: Self = "poland"
        /// `portugal`.
        public static let portugal: Self = "portugal"
        /// `puerto_rico`.
        public static let puertoRico: Self = "puerto_rico"
        /// `qatar`.
        public static let qatar: Self = "qatar"
        /// `russia`.
        public static let russia: Self = "russia"
        /// `republic_of_the_congo`.
        public static let republicOfTheCongo: Self = "republic_of_the_congo"
        /// `romania`.
        public static let romania: Self = "romania"
        /// `rwanda`.
        public static let rwanda: Self = "rwanda"
        /// `slovakia`.
        public static let slovakia: Self = "slovakia"
        /// `samoa`.
        public static let samoa: Self = "samoa"
        /// `san_marino`.
        public static let sanMarino: Self = "san_marino"
        /// `sao_tome_and_principe`.
        public static let saoTomeAndPrincipe: Self = "sao_tome_and_principe"
        /// `saudi_arabia`.
        public static let saudiArabia: Self = "saudi_arabia"
        /// `senegal`.
        public static let senegal: Self = "senegal"
        /// `serbia`.
        public static let serbia: Self = "serbia"
        /// `seychelles`.
        public static let seychelles: Self = "seychelles"
        /// `sierra_leone`.
        public static let sierraLeone: Self = "sierra_leone"
        /// `singapore`.
        public static let singapore: Self = "singapore"
        /// `slovenia`.
        public static let slovenia: Self = "slovenia"
        /// `solomon_islands`.
        public static let solomonIslands: Self = "solomon_islands"
        /// `somalia`.
        public static let somalia: Self = "somalia"
        /// `south_africa`.
        public static let southAfrica: Self = "south_africa"
        /// `south_korea`.
        public static let southKorea: Self = "south_korea"
        /// `south_sudan`.
        public static let southSudan: Self = "south_sudan"
        /// `spain`.
        public static let spain: Self = "spain"
        /// `sri_lanka`.
        public static let sriLanka: Self = "sri_lanka"
        /// `st_kitts_and_nevis`.
        public static let stKittsAndNevis: Self = "st_kitts_and_nevis"
        /// `st_lucia`.
        public static let stLucia: Self = "st_lucia"
        /// `sudan`.
        public static let sudan: Self = "sudan"
        /// `suriname`.
        public static let suriname: Self = "suriname"
        /// `swaziland`.
        public static let swaziland: Self = "swaziland"
        /// `sweden`.
        public static let sweden: Self = "sweden"
        /// `switzerland`.
        public static let switzerland: Self = "switzerland"
        /// `syria`.
        public static let syria: Self = "syria"
        /// `taiwan`.
        public static let taiwan: Self = "taiwan"
        /// `tajikistan`.
        public static let tajikistan: Self = "tajikistan"
        /// `tanzania`.
        public static let tanzania: Self = "tanzania"
        /// `thailand`.
        public static let thailand: Self = "thailand"
        /// `togo`.
        public static let togo: Self = "togo"
        /// `tonga`.
        public static let tonga: Self = "tonga"
        /// `trinidad_and_tobago`.
        public static let trinidadAndTobago: Self = "trinidad_and_tobago"
        /// `tunisia`.
        public static let tunisia: Self = "tunisia"
        /// `turkey`.
        public static let turkey: Self = "turkey"
        /// `turkmenistan`.
        public static let turkmenistan: Self = "turkmenistan"
        /// `uganda`.
        public static let uganda: Self = "uganda"
        /// `ukraine`.
        public static let ukraine: Self = "ukraine"
        /// `united_arab_emirates`.
        public static let unitedArabEmirates: Self = "united_arab_emirates"
        /// `united_kingdom`.
        public static let unitedKingdom: Self = "united_kingdom"
        /// `united_states`.
        public static let unitedStates: Self = "united_states"
        /// `uruguay`.
        public static let uruguay: Self = "uruguay"
        /// `uzbekistan`.
        public static let uzbekistan: Self = "uzbekistan"
        /// `vanuatu`.
        public static let vanuatu: Self = "vanuatu"
        /// `venezuela`.
        public static let venezuela: Self = "venezuela"
        /// `vietnam`.
        public static let vietnam: Self = "vietnam"
        /// `world`.
        public static let world: Self = "world"
        /// `yemen`.
        public static let yemen: Self = "yemen"
        /// `zambia`.
        public static let zambia: Self = "zambia"
        /// `zimbabwe`.
        public static let zimbabwe: Self = "zimbabwe"
    }

    /// The values of `importance` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Importance: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
    }

    /// The values of `dateSpan` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct DateSpan: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `preopen`.
        public static let preopen: Self = "preopen"
        /// `live`.
        public static let live: Self = "live"
        /// `settling`.
        public static let settling: Self = "settling"
        /// `expired`.
        public static let expired: Self = "expired"
        /// `suspend`.
        public static let suspend: Self = "suspend"
        /// `rebase`.
        public static let rebase: Self = "rebase"
        /// `post_only`.
        public static let postOnly: Self = "post_only"
        /// `test`.
        public static let test: Self = "test"
    }

    /// The values of `outcome` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Outcome: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `method` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Method: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `price_up_down`.
        public static let priceUpDown: Self = "price_up_down"
        /// `price_above`.
        public static let priceAbove: Self = "price_above"
        /// `current_period`.
        public static let currentPeriod: Self = "current_period"
        /// `next_period`.
        public static let nextPeriod: Self = "next_period"
    }

    /// The values of `freq` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Freq: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `five_min`.
        public static let fiveMin: Self = "five_min"
        /// `fifteen_min`.
        public static let fifteenMin: Self = "fifteen_min"
        /// `hourly`.
        public static let hourly: Self = "hourly"
        /// `daily`.
        public static let daily: Self = "daily"
    }

    /// The values of `formulaType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct FormulaType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `noRate`.
        public static let noRate: Self = "noRate"
        /// `withRate`.
        public static let withRate: Self = "withRate"
    }

    /// The values of `settState` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SettState: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `processing`.
        public static let processing: Self = "processing"
        /// `settled`.
        public static let settled: Self = "settled"
    }

    /// The values of `param` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Param: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `tickSz`.
        public static let tickSz: Self = "tickSz"
        /// `minSz`.
        public static let minSz: Self = "minSz"
        /// `maxMktSz`.
        public static let maxMktSz: Self = "maxMktSz"
    }

    /// The values of `groupId` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct GroupId: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `7`.
        public static let v7: Self = "7"
        /// `8`.
        public static let v8: Self = "8"
        /// `9`.
        public static let v9: Self = "9"
        /// `10`.
        public static let v10: Self = "10"
        /// `11`.
        public static let v11: Self = "11"
        /// `12`.
        public static let v12: Self = "12"
        /// `13`.
        public static let v13: Self = "13"
        /// `14`.
        public static let v14: Self = "14"
        /// `15`.
        public static let v15: Self = "15"
        /// `6`.
        public static let v6: Self = "6"
    }

    /// The values of `optType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OptType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `C`.
        public static let c: Self = "C"
        /// `P`.
        public static let p: Self = "P"
    }

    /// The values of `openType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OpenType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `fix_price`.
        public static let fixPrice: Self = "fix_price"
        /// `pre_quote`.
        public static let preQuote: Self = "pre_quote"
        /// `call_auction`.
        public static let callAuction: Self = "call_auction"
    }

    /// The values of `ctType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CtType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `linear`.
        public static let linear: Self = "linear"
        /// `inverse`.
        public static let inverse: Self = "inverse"
    }

    /// The values of `alias` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Alias: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `this_week`.
        public static let thisWeek: Self = "this_week"
        /// `next_week`.
        public static let nextWeek: Self = "next_week"
        /// `this_month`.
        public static let thisMonth: Self = "this_month"
        /// `next_month`.
        public static let nextMonth: Self = "next_month"
        /// `quarter`.
        public static let quarter: Self = "quarter"
        /// `next_quarter`.
        public static let nextQuarter: Self = "next_quarter"
        /// `third_quarter`.
        public static let thirdQuarter: Self = "third_quarter"
        /// `this_five_years`.
        public static let thisFiveYears: Self = "this_five_years"
        /// `next_five_years`.
        public static let nextFiveYears: Self = "next_five_years"
    }

    /// The values of `ruleType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RuleType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `normal`.
        public static let normal: Self = "normal"
        /// `pre_market`.
        public static let preMarket: Self = "pre_market"
        /// `rebase_contract`.
        public static let rebaseContract: Self = "rebase_contract"
        /// `xperp`.
        public static let xperp: Self = "xperp"
    }

    /// The values of `instCategory` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstCategory: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
    }

    /// The values of `adlType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AdlType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `rate_adl_start`.
        public static let rateAdlStart: Self = "rate_adl_start"
        /// `bal_adl_start`.
        public static let balAdlStart: Self = "bal_adl_start"
        /// `pos_adl_start`.
        public static let posAdlStart: Self = "pos_adl_start"
        /// `adl_end`.
        public static let adlEnd: Self = "adl_end"
    }

    /// The values of `stgyType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct StgyType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `module` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Module: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
        /// `11`.
        public static let v11: Self = "11"
    }

    /// The values of `dateAggrType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct DateAggrType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `daily`.
        public static let daily: Self = "daily"
        /// `monthly`.
        public static let monthly: Self = "monthly"
    }

    /// The values of `tdMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TdMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
    }

    /// The values of `instId` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstId: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SWAP`.
        public static let swap: Self = "SWAP"
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `OPTION`.
        public static let option: Self = "OPTION"
    }
}
