// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “spread-trading”.
    public enum SpreadTrading {}
}

extension API.SpreadTrading {
    /// `GET /api/v5/market/sprd-candles`: “Get candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks
    public enum GetCandlesticks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/sprd-candles"
        /// The parameters of `GET /api/v5/market/sprd-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks
        public struct Request: APIRequestFields, PageableRequest {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// `bar`: text.
            public var bar: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String, bar: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.bar = bar
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("bar", bar)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/sprd-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks
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
            /// `vol`: a decimal number (a string on the wire), at position 5 of the row.
            public let vol: Decimal?
            /// `confirm`: text, at position 6 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
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
                self.vol = try row.decimal()
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
                try c.apiWriteDecimal(self.vol)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/sprd-candles`: “Get candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks
    public static func getCandlesticks(_ request: GetCandlesticks.Request) -> Endpoint<[GetCandlesticks.Response]> {
        .apiGet(GetCandlesticks.path, request)
    }

    /// `GET /api/v5/market/sprd-history-candles`: “Get candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks-history
    public enum GetCandlesticksHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/sprd-history-candles"
        /// The parameters of `GET /api/v5/market/sprd-history-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `bar`: text.
            public var bar: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/sprd-history-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks-history
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
            /// `vol`: a decimal number (a string on the wire), at position 5 of the row.
            public let vol: Decimal?
            /// `confirm`: text, at position 6 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
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
                self.vol = try row.decimal()
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
                try c.apiWriteDecimal(self.vol)
                try c.apiWriteText(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/sprd-history-candles`: “Get candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-candlesticks-history
    public static func getCandlesticksHistory(_ request: GetCandlesticksHistory.Request) -> Endpoint<[GetCandlesticksHistory.Response]> {
        .apiGet(GetCandlesticksHistory.path, request)
    }

    /// `GET /api/v5/market/sprd-ticker`: “Get ticker (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-ticker-public
    public enum GetTicker {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/sprd-ticker"
        /// The parameters of `GET /api/v5/market/sprd-ticker`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-ticker-public
        public struct Request: APIRequestFields {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/sprd-ticker`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-ticker-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `lastSz`: a decimal number (a string on the wire).
            public let lastSz: Decimal?
            /// `askPx`: a decimal number (a string on the wire).
            public let askPx: Decimal?
            /// `askSz`: a decimal number (a string on the wire).
            public let askSz: Decimal?
            /// `bidPx`: a decimal number (a string on the wire).
            public let bidPx: Decimal?
            /// `bidSz`: a decimal number (a string on the wire).
            public let bidSz: Decimal?
            /// `open24h`: a decimal number (a string on the wire).
            public let open24h: Decimal?
            /// `high24h`: a decimal number (a string on the wire).
            public let high24h: Decimal?
            /// `low24h`: a decimal number (a string on the wire).
            public let low24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.last = try c.apiDecimal("last")
                self.lastSz = try c.apiDecimal("lastSz")
                self.askPx = try c.apiDecimal("askPx")
                self.askSz = try c.apiDecimal("askSz")
                self.bidPx = try c.apiDecimal("bidPx")
                self.bidSz = try c.apiDecimal("bidSz")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
                self.vol24h = try c.apiDecimal("vol24h")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0456D2AD905847D9: if v1 < 0, m.isKey("last") { v1 = m.value }
                    case 0x5731477AF4A603CC: if v2 < 0, m.isKey("lastSz") { v2 = m.value }
                    case 0xFA56B4BC4D20AB3A: if v3 < 0, m.isKey("askPx") { v3 = m.value }
                    case 0xFA52ACBC4D1CB4CB: if v4 < 0, m.isKey("askSz") { v4 = m.value }
                    case 0xE50D1CC374BD3058: if v5 < 0, m.isKey("bidPx") { v5 = m.value }
                    case 0xE51720C374C58BA9: if v6 < 0, m.isKey("bidSz") { v6 = m.value }
                    case 0x0BA538D18AD12F25: if v7 < 0, m.isKey("open24h") { v7 = m.value }
                    case 0xC1F54A34A7251939: if v8 < 0, m.isKey("high24h") { v8 = m.value }
                    case 0x2EF3C545A51F1EBD: if v9 < 0, m.isKey("low24h") { v9 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v10 < 0, m.isKey("vol24h") { v10 = m.value }
                    case 0x08C83D07B56AC770: if v11 < 0, m.isKey("ts") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.last = try d.directDecimal(v1)
                self.lastSz = try d.directDecimal(v2)
                self.askPx = try d.directDecimal(v3)
                self.askSz = try d.directDecimal(v4)
                self.bidPx = try d.directDecimal(v5)
                self.bidSz = try d.directDecimal(v6)
                self.open24h = try d.directDecimal(v7)
                self.high24h = try d.directDecimal(v8)
                self.low24h = try d.directDecimal(v9)
                self.vol24h = try d.directDecimal(v10)
                self.ts = try d.directDate(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.lastSz, "lastSz")
                try c.apiWriteDecimal(self.askPx, "askPx")
                try c.apiWriteDecimal(self.askSz, "askSz")
                try c.apiWriteDecimal(self.bidPx, "bidPx")
                try c.apiWriteDecimal(self.bidSz, "bidSz")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/sprd-ticker`: “Get ticker (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-ticker-public
    public static func getTicker(_ request: GetTicker.Request) -> Endpoint<[GetTicker.Response]> {
        .apiGet(GetTicker.path, request)
    }

    /// `POST /api/v5/sprd/amend-order`: “Amend order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-amend-order
    public enum AmendOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/sprd/amend-order"
        /// The parameters of `POST /api/v5/sprd/amend-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-amend-order
        public struct Request: APIRequestFields {
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// `reqId`: text.
            public var reqId: String?
            /// `newSz`: a decimal number (a string on the wire); required in some cases.
            public var newSz: Decimal?
            /// `newPx`: a decimal number (a string on the wire); required in some cases.
            public var newPx: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil) {
                self.ordId = ordId
                self.clOrdId = clOrdId
                self.reqId = reqId
                self.newSz = newSz
                self.newPx = newPx
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                p.add("reqId", reqId)
                p.add("newSz", newSz)
                p.add("newPx", newPx)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/sprd/amend-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-amend-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `reqId`: text.
            public let reqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.reqId = try c.apiText("reqId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v2 < 0, m.isKey("reqId") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.reqId = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/sprd/amend-order`: “Amend order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-amend-order
    public static func amendOrder(_ request: AmendOrder.Request = .init()) -> Endpoint<[AmendOrder.Response]> {
        .apiPost(AmendOrder.path, request)
    }

    /// `GET /api/v5/sprd/books`: “Get order book (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-book-public
    public enum GetOrderBook {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/books"
        /// The parameters of `GET /api/v5/sprd/books`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-book-public
        public struct Request: APIRequestFields {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// `sz`: a decimal number (a string on the wire).
            public var sz: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String, sz: Decimal? = nil) {
                self.sprdId = sprdId
                self.sz = sz
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("sz", sz)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/books`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-book-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `asks`: rows of decimal numbers.
            public let asks: [[Decimal]]?
            /// `bids`: rows of decimal numbers.
            public let bids: [[Decimal]]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.asks = try c.apiDecimalRows("asks")
                self.bids = try c.apiDecimalRows("bids")
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
                    case 0x901E518442173B53: if v0 < 0, m.isKey("asks") { v0 = m.value }
                    case 0xDEA1279BD099ADA9: if v1 < 0, m.isKey("bids") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.asks = try d.directDecimalRows(v0)
                self.bids = try d.directDecimalRows(v1)
                self.ts = try d.directDate(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimalRows(self.asks, "asks")
                try c.apiWriteDecimalRows(self.bids, "bids")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/sprd/books`: “Get order book (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-book-public
    public static func getOrderBook(_ request: GetOrderBook.Request) -> Endpoint<[GetOrderBook.Response]> {
        .apiGet(GetOrderBook.path, request)
    }

    /// `POST /api/v5/sprd/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-after
    public enum CancelAllAfter {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/sprd/cancel-all-after"
        /// The parameters of `POST /api/v5/sprd/cancel-all-after`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-after
        public struct Request: APIRequestFields {
            /// `timeOut`: an integer (a string on the wire); required.
            public var timeOut: Int
            /// A request with the given parameters; nil ones are not sent.
            public init(timeOut: Int) {
                self.timeOut = timeOut
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("timeOut", timeOut)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/sprd/cancel-all-after`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-after
        public struct Response: Codable, Sendable, TapeDirect {
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.triggerTime = try c.apiDate("triggerTime")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xB0139ECD774B95BA: if v0 < 0, m.isKey("triggerTime") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.triggerTime = try d.directDate(v0)
                self.ts = try d.directDate(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/sprd/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-after
    public static func cancelAllAfter(_ request: CancelAllAfter.Request) -> Endpoint<[CancelAllAfter.Response]> {
        .apiPost(CancelAllAfter.path, request)
    }

    /// `POST /api/v5/sprd/cancel-order`: “Cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-order
    public enum CancelOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/sprd/cancel-order"
        /// The parameters of `POST /api/v5/sprd/cancel-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-order
        public struct Request: APIRequestFields {
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil, clOrdId: String? = nil) {
                self.ordId = ordId
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/sprd/cancel-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/sprd/cancel-order`: “Cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-order
    public static func cancelOrder(_ request: CancelOrder.Request = .init()) -> Endpoint<[CancelOrder.Response]> {
        .apiPost(CancelOrder.path, request)
    }

    /// `POST /api/v5/sprd/mass-cancel`: “Cancel All orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-orders
    public enum CancelAllOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/sprd/mass-cancel"
        /// The parameters of `POST /api/v5/sprd/mass-cancel`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-orders
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/sprd/mass-cancel`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
            }
        }
    }

    /// `POST /api/v5/sprd/mass-cancel`: “Cancel All orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-cancel-all-orders
    public static func cancelAllOrders(_ request: CancelAllOrders.Request = .init()) -> Endpoint<[CancelAllOrders.Response]> {
        .apiPost(CancelAllOrders.path, request)
    }

    /// `GET /api/v5/sprd/order`: “Get order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-details
    public enum GetOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/order"
        /// The parameters of `GET /api/v5/sprd/order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-details
        public struct Request: APIRequestFields {
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil, clOrdId: String? = nil) {
                self.ordId = ordId
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String?
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `pendingFillSz`: a decimal number (a string on the wire).
            public let pendingFillSz: Decimal?
            /// `pendingSettleSz`: a decimal number (a string on the wire).
            public let pendingSettleSz: Decimal?
            /// `canceledSz`: a decimal number (a string on the wire).
            public let canceledSz: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiText("sprdId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.pendingFillSz = try c.apiDecimal("pendingFillSz")
                self.pendingSettleSz = try c.apiDecimal("pendingSettleSz")
                self.canceledSz = try c.apiDecimal("canceledSz")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                    case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                    case 0xE876851027B58648: if v6 < 0, m.isKey("ordType") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x603284A90A760821: if v8 < 0, m.isKey("fillSz") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0x0791A710B055183C: if v10 < 0, m.isKey("tradeId") { v10 = m.value }
                    case 0xE12619F1F82DFC32: if v11 < 0, m.isKey("accFillSz") { v11 = m.value }
                    case 0xB50171331D07ED68: if v12 < 0, m.isKey("pendingFillSz") { v12 = m.value }
                    case 0xD844230C541401AE: if v13 < 0, m.isKey("pendingSettleSz") { v13 = m.value }
                    case 0xC802E1C8866986E3: if v14 < 0, m.isKey("canceledSz") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xEE63AAAD45B1B116: if v16 < 0, m.isKey("state") { v16 = m.value }
                    case 0x446237078F20E25E: if v17 < 0, m.isKey("cancelSource") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0x97CBF7DBB8D1A953: if v19 < 0, m.isKey("cTime") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directText(v0)
                self.ordId = try d.directText(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
                self.px = try d.directDecimal(v4)
                self.sz = try d.directDecimal(v5)
                self.ordType = try d.directEnum(v6)
                self.side = try d.directEnum(v7)
                self.fillSz = try d.directDecimal(v8)
                self.fillPx = try d.directDecimal(v9)
                self.tradeId = try d.directText(v10)
                self.accFillSz = try d.directDecimal(v11)
                self.pendingFillSz = try d.directDecimal(v12)
                self.pendingSettleSz = try d.directDecimal(v13)
                self.canceledSz = try d.directDecimal(v14)
                self.avgPx = try d.directDecimal(v15)
                self.state = try d.directEnum(v16)
                self.cancelSource = try d.directEnum(v17)
                self.uTime = try d.directDate(v18)
                self.cTime = try d.directDate(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.pendingFillSz, "pendingFillSz")
                try c.apiWriteDecimal(self.pendingSettleSz, "pendingSettleSz")
                try c.apiWriteDecimal(self.canceledSz, "canceledSz")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
            }
        }
    }

    /// `GET /api/v5/sprd/order`: “Get order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-order-details
    public static func getOrderDetails(_ request: GetOrderDetails.Request = .init()) -> Endpoint<[GetOrderDetails.Response]> {
        .apiGet(GetOrderDetails.path, request)
    }

    /// `POST /api/v5/sprd/order`: “Place order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-place-order
    public enum PlaceOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/sprd/order"
        /// The parameters of `POST /api/v5/sprd/order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-place-order
        public struct Request: APIRequestFields {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required.
            public var px: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String, clOrdId: String? = nil, tag: String? = nil, side: Side, ordType: OrdType, sz: Decimal, px: Decimal) {
                self.sprdId = sprdId
                self.clOrdId = clOrdId
                self.tag = tag
                self.side = side
                self.ordType = ordType
                self.sz = sz
                self.px = px
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("clOrdId", clOrdId)
                p.add("tag", tag)
                p.add("side", side)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("px", px)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/sprd/order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-place-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.tag = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/sprd/order`: “Place order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-place-order
    public static func placeOrder(_ request: PlaceOrder.Request) -> Endpoint<[PlaceOrder.Response]> {
        .apiPost(PlaceOrder.path, request)
    }

    /// `GET /api/v5/sprd/orders-history`: “Get orders (last 21 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-last-21-days
    public enum GetOrdersLast21Days {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/orders-history"
        /// The parameters of `GET /api/v5/sprd/orders-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-last-21-days
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil, ordType: OrdType? = nil, state: State? = nil, beginId: String? = nil, endId: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.ordType = ordType
                self.state = state
                self.beginId = beginId
                self.endId = endId
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/orders-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-last-21-days
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `pendingFillSz`: a decimal number (a string on the wire).
            public let pendingFillSz: Decimal?
            /// `pendingSettleSz`: a decimal number (a string on the wire).
            public let pendingSettleSz: Decimal?
            /// `canceledSz`: a decimal number (a string on the wire).
            public let canceledSz: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.pendingFillSz = try c.apiDecimal("pendingFillSz")
                self.pendingSettleSz = try c.apiDecimal("pendingSettleSz")
                self.canceledSz = try c.apiDecimal("canceledSz")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                    case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                    case 0xE876851027B58648: if v6 < 0, m.isKey("ordType") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x603284A90A760821: if v8 < 0, m.isKey("fillSz") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0x0791A710B055183C: if v10 < 0, m.isKey("tradeId") { v10 = m.value }
                    case 0xE12619F1F82DFC32: if v11 < 0, m.isKey("accFillSz") { v11 = m.value }
                    case 0xB50171331D07ED68: if v12 < 0, m.isKey("pendingFillSz") { v12 = m.value }
                    case 0xD844230C541401AE: if v13 < 0, m.isKey("pendingSettleSz") { v13 = m.value }
                    case 0xC802E1C8866986E3: if v14 < 0, m.isKey("canceledSz") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xEE63AAAD45B1B116: if v16 < 0, m.isKey("state") { v16 = m.value }
                    case 0x446237078F20E25E: if v17 < 0, m.isKey("cancelSource") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0x97CBF7DBB8D1A953: if v19 < 0, m.isKey("cTime") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.ordId = try d.directText(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
                self.px = try d.directDecimal(v4)
                self.sz = try d.directDecimal(v5)
                self.ordType = try d.directEnum(v6)
                self.side = try d.directEnum(v7)
                self.fillSz = try d.directDecimal(v8)
                self.fillPx = try d.directDecimal(v9)
                self.tradeId = try d.directText(v10)
                self.accFillSz = try d.directDecimal(v11)
                self.pendingFillSz = try d.directDecimal(v12)
                self.pendingSettleSz = try d.directDecimal(v13)
                self.canceledSz = try d.directDecimal(v14)
                self.avgPx = try d.directDecimal(v15)
                self.state = try d.directEnum(v16)
                self.cancelSource = try d.directEnum(v17)
                self.uTime = try d.directDate(v18)
                self.cTime = try d.directDate(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.pendingFillSz, "pendingFillSz")
                try c.apiWriteDecimal(self.pendingSettleSz, "pendingSettleSz")
                try c.apiWriteDecimal(self.canceledSz, "canceledSz")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
            }
        }
    }

    /// `GET /api/v5/sprd/orders-history`: “Get orders (last 21 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-last-21-days
    public static func getOrdersLast21Days(_ request: GetOrdersLast21Days.Request = .init()) -> Endpoint<[GetOrdersLast21Days.Response]> {
        .apiGet(GetOrdersLast21Days.path, request)
    }

    /// `GET /api/v5/sprd/orders-history-archive`: “Get orders history (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-history-last-3-months
    public enum GetOrdersHistoryLast3Months {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/orders-history-archive"
        /// The parameters of `GET /api/v5/sprd/orders-history-archive`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-history-last-3-months
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instFamily`: text.
            public var instFamily: String?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil, ordType: OrdType? = nil, state: State? = nil, instType: InstType? = nil, instFamily: String? = nil, beginId: String? = nil, endId: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.ordType = ordType
                self.state = state
                self.instType = instType
                self.instFamily = instFamily
                self.beginId = beginId
                self.endId = endId
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/orders-history-archive`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-history-last-3-months
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `pendingFillSz`: a decimal number (a string on the wire).
            public let pendingFillSz: Decimal?
            /// `pendingSettleSz`: a decimal number (a string on the wire).
            public let pendingSettleSz: Decimal?
            /// `canceledSz`: a decimal number (a string on the wire).
            public let canceledSz: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.pendingFillSz = try c.apiDecimal("pendingFillSz")
                self.pendingSettleSz = try c.apiDecimal("pendingSettleSz")
                self.canceledSz = try c.apiDecimal("canceledSz")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                    case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                    case 0xE876851027B58648: if v6 < 0, m.isKey("ordType") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x603284A90A760821: if v8 < 0, m.isKey("fillSz") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0x0791A710B055183C: if v10 < 0, m.isKey("tradeId") { v10 = m.value }
                    case 0xE12619F1F82DFC32: if v11 < 0, m.isKey("accFillSz") { v11 = m.value }
                    case 0xB50171331D07ED68: if v12 < 0, m.isKey("pendingFillSz") { v12 = m.value }
                    case 0xD844230C541401AE: if v13 < 0, m.isKey("pendingSettleSz") { v13 = m.value }
                    case 0xC802E1C8866986E3: if v14 < 0, m.isKey("canceledSz") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xEE63AAAD45B1B116: if v16 < 0, m.isKey("state") { v16 = m.value }
                    case 0x446237078F20E25E: if v17 < 0, m.isKey("cancelSource") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0x97CBF7DBB8D1A953: if v19 < 0, m.isKey("cTime") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.ordId = try d.directText(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
                self.px = try d.directDecimal(v4)
                self.sz = try d.directDecimal(v5)
                self.ordType = try d.directEnum(v6)
                self.side = try d.directEnum(v7)
                self.fillSz = try d.directDecimal(v8)
                self.fillPx = try d.directDecimal(v9)
                self.tradeId = try d.directText(v10)
                self.accFillSz = try d.directDecimal(v11)
                self.pendingFillSz = try d.directDecimal(v12)
                self.pendingSettleSz = try d.directDecimal(v13)
                self.canceledSz = try d.directDecimal(v14)
                self.avgPx = try d.directDecimal(v15)
                self.state = try d.directEnum(v16)
                self.cancelSource = try d.directEnum(v17)
                self.uTime = try d.directDate(v18)
                self.cTime = try d.directDate(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.pendingFillSz, "pendingFillSz")
                try c.apiWriteDecimal(self.pendingSettleSz, "pendingSettleSz")
                try c.apiWriteDecimal(self.canceledSz, "canceledSz")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
            }
        }
    }

    /// `GET /api/v5/sprd/orders-history-archive`: “Get orders history (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-orders-history-last-3-months
    public static func getOrdersHistoryLast3Months(_ request: GetOrdersHistoryLast3Months.Request = .init()) -> Endpoint<[GetOrdersHistoryLast3Months.Response]> {
        .apiGet(GetOrdersHistoryLast3Months.path, request)
    }

    /// `GET /api/v5/sprd/orders-pending`: “Get active orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-active-orders
    public enum GetActiveOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/orders-pending"
        /// The parameters of `GET /api/v5/sprd/orders-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-active-orders
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil, ordType: OrdType? = nil, state: State? = nil, beginId: String? = nil, endId: String? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.ordType = ordType
                self.state = state
                self.beginId = beginId
                self.endId = endId
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/orders-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-active-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `pendingFillSz`: a decimal number (a string on the wire).
            public let pendingFillSz: Decimal?
            /// `pendingSettleSz`: a decimal number (a string on the wire).
            public let pendingSettleSz: Decimal?
            /// `canceledSz`: a decimal number (a string on the wire).
            public let canceledSz: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.pendingFillSz = try c.apiDecimal("pendingFillSz")
                self.pendingSettleSz = try c.apiDecimal("pendingSettleSz")
                self.canceledSz = try c.apiDecimal("canceledSz")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                    case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                    case 0xE876851027B58648: if v6 < 0, m.isKey("ordType") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x603284A90A760821: if v8 < 0, m.isKey("fillSz") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0x0791A710B055183C: if v10 < 0, m.isKey("tradeId") { v10 = m.value }
                    case 0xE12619F1F82DFC32: if v11 < 0, m.isKey("accFillSz") { v11 = m.value }
                    case 0xB50171331D07ED68: if v12 < 0, m.isKey("pendingFillSz") { v12 = m.value }
                    case 0xD844230C541401AE: if v13 < 0, m.isKey("pendingSettleSz") { v13 = m.value }
                    case 0xC802E1C8866986E3: if v14 < 0, m.isKey("canceledSz") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xEE63AAAD45B1B116: if v16 < 0, m.isKey("state") { v16 = m.value }
                    case 0x446237078F20E25E: if v17 < 0, m.isKey("cancelSource") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0x97CBF7DBB8D1A953: if v19 < 0, m.isKey("cTime") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.ordId = try d.directText(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
                self.px = try d.directDecimal(v4)
                self.sz = try d.directDecimal(v5)
                self.ordType = try d.directEnum(v6)
                self.side = try d.directEnum(v7)
                self.fillSz = try d.directDecimal(v8)
                self.fillPx = try d.directDecimal(v9)
                self.tradeId = try d.directText(v10)
                self.accFillSz = try d.directDecimal(v11)
                self.pendingFillSz = try d.directDecimal(v12)
                self.pendingSettleSz = try d.directDecimal(v13)
                self.canceledSz = try d.directDecimal(v14)
                self.avgPx = try d.directDecimal(v15)
                self.state = try d.directEnum(v16)
                self.cancelSource = try d.directEnum(v17)
                self.uTime = try d.directDate(v18)
                self.cTime = try d.directDate(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.pendingFillSz, "pendingFillSz")
                try c.apiWriteDecimal(self.pendingSettleSz, "pendingSettleSz")
                try c.apiWriteDecimal(self.canceledSz, "canceledSz")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
            }
        }
    }

    /// `GET /api/v5/sprd/orders-pending`: “Get active orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-active-orders
    public static func getActiveOrders(_ request: GetActiveOrders.Request = .init()) -> Endpoint<[GetActiveOrders.Response]> {
        .apiGet(GetActiveOrders.path, request)
    }

    /// `GET /api/v5/sprd/public-trades`: “Get public trades (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-public-trades-public
    public enum GetPublicTrades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/public-trades"
        /// The parameters of `GET /api/v5/sprd/public-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-public-trades-public
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/public-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-public-trades-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `tradeId`: text.
            public let tradeId: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.tradeId = try c.apiText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
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
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.tradeId = try d.directText(v1)
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/sprd/public-trades`: “Get public trades (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-public-trades-public
    public static func getPublicTrades(_ request: GetPublicTrades.Request = .init()) -> Endpoint<[GetPublicTrades.Response]> {
        .apiGet(GetPublicTrades.path, request)
    }

    /// `GET /api/v5/sprd/spreads`: “Get Spreads (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-spreads-public
    public enum GetSpreads {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/spreads"
        /// The parameters of `GET /api/v5/sprd/spreads`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-spreads-public
        public struct Request: APIRequestFields {
            /// `baseCcy`: text.
            public var baseCcy: String?
            /// `instId`: text.
            public var instId: String?
            /// `sprdId`: text.
            public var sprdId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// A request with the given parameters; nil ones are not sent.
            public init(baseCcy: String? = nil, instId: String? = nil, sprdId: String? = nil, state: State? = nil) {
                self.baseCcy = baseCcy
                self.instId = instId
                self.sprdId = sprdId
                self.state = state
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("baseCcy", baseCcy)
                p.add("instId", instId)
                p.add("sprdId", sprdId)
                p.add("state", state)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/spreads`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-spreads-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.side = try c.apiEnum("side")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x4E0C8A18E635803E: if v1 < 0, m.isKey("side") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.side = try d.directEnum(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.side, "side")
                }
            }
            /// `sprdId`: text.
            public let sprdId: String
            /// `sprdType`: one of a documented set of values (unknown values are kept).
            public let sprdType: SprdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `szCcy`: text.
            public let szCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `tickSz`: a decimal number (a string on the wire).
            public let tickSz: Decimal?
            /// `minSz`: a decimal number (a string on the wire).
            public let minSz: Decimal?
            /// `lotSz`: a decimal number (a string on the wire).
            public let lotSz: Decimal?
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.sprdType = try c.apiEnum("sprdType")
                self.state = try c.apiEnum("state")
                self.baseCcy = try c.apiText("baseCcy")
                self.szCcy = try c.apiText("szCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.tickSz = try c.apiDecimal("tickSz")
                self.minSz = try c.apiDecimal("minSz")
                self.lotSz = try c.apiDecimal("lotSz")
                self.listTime = try c.apiDate("listTime")
                self.expTime = try c.apiDate("expTime")
                self.uTime = try c.apiDate("uTime")
                self.legs = try c.apiNested("legs")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0xFE5D8D14DE9B6430: if v1 < 0, m.isKey("sprdType") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0xE53F237F0E37B98D: if v3 < 0, m.isKey("baseCcy") { v3 = m.value }
                    case 0x542EC4BE985AFE9D: if v4 < 0, m.isKey("szCcy") { v4 = m.value }
                    case 0xC0BB97C28C13F59C: if v5 < 0, m.isKey("quoteCcy") { v5 = m.value }
                    case 0x7BB51938873D6CDD: if v6 < 0, m.isKey("tickSz") { v6 = m.value }
                    case 0x81CAAF62B7F87922: if v7 < 0, m.isKey("minSz") { v7 = m.value }
                    case 0x734480B720637861: if v8 < 0, m.isKey("lotSz") { v8 = m.value }
                    case 0x01AA28CE8109F1D8: if v9 < 0, m.isKey("listTime") { v9 = m.value }
                    case 0x7AD30CC74063A6A1: if v10 < 0, m.isKey("expTime") { v10 = m.value }
                    case 0x607ED783146D4C29: if v11 < 0, m.isKey("uTime") { v11 = m.value }
                    case 0x24B477ADA208116C: if v12 < 0, m.isKey("legs") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.sprdType = try d.directEnum(v1)
                self.state = try d.directEnum(v2)
                self.baseCcy = try d.directText(v3)
                self.szCcy = try d.directText(v4)
                self.quoteCcy = try d.directText(v5)
                self.tickSz = try d.directDecimal(v6)
                self.minSz = try d.directDecimal(v7)
                self.lotSz = try d.directDecimal(v8)
                self.listTime = try d.directDate(v9)
                self.expTime = try d.directDate(v10)
                self.uTime = try d.directDate(v11)
                self.legs = try d.directNested(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteEnum(self.sprdType, "sprdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.szCcy, "szCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteDecimal(self.tickSz, "tickSz")
                try c.apiWriteDecimal(self.minSz, "minSz")
                try c.apiWriteDecimal(self.lotSz, "lotSz")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteNested(self.legs, "legs")
            }
        }
    }

    /// `GET /api/v5/sprd/spreads`: “Get Spreads (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-spreads-public
    public static func getSpreads(_ request: GetSpreads.Request = .init()) -> Endpoint<[GetSpreads.Response]> {
        .apiGet(GetSpreads.path, request)
    }

    /// `GET /api/v5/sprd/trades`: “Get trades (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-trades-last-7-days
    public enum GetTradesLast7Days {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/sprd/trades"
        /// The parameters of `GET /api/v5/sprd/trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-trades-last-7-days
        public struct Request: APIRequestFields {
            /// `sprdId`: text.
            public var sprdId: String?
            /// `tradeId`: text.
            public var tradeId: String?
            /// `ordId`: text.
            public var ordId: String?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(sprdId: String? = nil, tradeId: String? = nil, ordId: String? = nil, beginId: String? = nil, endId: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.sprdId = sprdId
                self.tradeId = tradeId
                self.ordId = ordId
                self.beginId = beginId
                self.endId = endId
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                p.add("tradeId", tradeId)
                p.add("ordId", ordId)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/sprd/trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-trades-last-7-days
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `szCont`: a decimal number (a string on the wire).
                public let szCont: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `fillPnl`: a decimal number (a string on the wire).
                public let fillPnl: Decimal?
                /// `fee`: a decimal number (a string on the wire).
                public let fee: Decimal?
                /// `feeCcy`: text.
                public let feeCcy: String?
                /// `tradeId`: text.
                public let tradeId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.szCont = try c.apiDecimal("szCont")
                    self.side = try c.apiEnum("side")
                    self.fillPnl = try c.apiDecimal("fillPnl")
                    self.fee = try c.apiDecimal("fee")
                    self.feeCcy = try c.apiText("feeCcy")
                    self.tradeId = try c.apiText("tradeId")
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
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0xCBDF22DD1B565418: if v3 < 0, m.isKey("szCont") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0xD25D5F3CB83FA3DA: if v5 < 0, m.isKey("fillPnl") { v5 = m.value }
                        case 0xDCC68B18FEEAA3E3: if v6 < 0, m.isKey("fee") { v6 = m.value }
                        case 0x1E2D7FE73967FEA0: if v7 < 0, m.isKey("feeCcy") { v7 = m.value }
                        case 0x0791A710B055183C: if v8 < 0, m.isKey("tradeId") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.szCont = try d.directDecimal(v3)
                    self.side = try d.directEnum(v4)
                    self.fillPnl = try d.directDecimal(v5)
                    self.fee = try d.directDecimal(v6)
                    self.feeCcy = try d.directText(v7)
                    self.tradeId = try d.directText(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.szCont, "szCont")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDecimal(self.fillPnl, "fillPnl")
                    try c.apiWriteDecimal(self.fee, "fee")
                    try c.apiWriteText(self.feeCcy, "feeCcy")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// `sprdId`: text.
            public let sprdId: String
            /// `tradeId`: text.
            public let tradeId: String?
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `execType`: text.
            public let execType: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `code`: text.
            public let code: String?
            /// `msg`: text.
            public let msg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.tradeId = try c.apiText("tradeId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillSz = try c.apiDecimal("fillSz")
                self.side = try c.apiEnum("side")
                self.state = try c.apiEnum("state")
                self.execType = try c.apiText("execType")
                self.ts = try c.apiDate("ts")
                self.legs = try c.apiNested("legs")
                self.code = try c.apiText("code")
                self.msg = try c.apiText("msg")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x6B86FB72815776DD: if v2 < 0, m.isKey("ordId") { v2 = m.value }
                    case 0x76ED59528A2E9E7C: if v3 < 0, m.isKey("clOrdId") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    case 0x602880A90A6DACD0: if v5 < 0, m.isKey("fillPx") { v5 = m.value }
                    case 0x603284A90A760821: if v6 < 0, m.isKey("fillSz") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0xEE63AAAD45B1B116: if v8 < 0, m.isKey("state") { v8 = m.value }
                    case 0xE1EAA9A61EC91894: if v9 < 0, m.isKey("execType") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x0BB51791194B4414: if v12 < 0, m.isKey("code") { v12 = m.value }
                    case 0x07E05A191745BE82: if v13 < 0, m.isKey("msg") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.tradeId = try d.directText(v1)
                self.ordId = try d.directText(v2)
                self.clOrdId = try d.directText(v3)
                self.tag = try d.directText(v4)
                self.fillPx = try d.directDecimal(v5)
                self.fillSz = try d.directDecimal(v6)
                self.side = try d.directEnum(v7)
                self.state = try d.directEnum(v8)
                self.execType = try d.directText(v9)
                self.ts = try d.directDate(v10)
                self.legs = try d.directNested(v11)
                self.code = try d.directText(v12)
                self.msg = try d.directText(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.execType, "execType")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteText(self.code, "code")
                try c.apiWriteText(self.msg, "msg")
            }
        }
    }

    /// `GET /api/v5/sprd/trades`: “Get trades (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-rest-api-get-trades-last-7-days
    public static func getTradesLast7Days(_ request: GetTradesLast7Days.Request = .init()) -> Endpoint<[GetTradesLast7Days.Response]> {
        .apiGet(GetTradesLast7Days.path, request)
    }

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `market`.
        public static let market: Self = "market"
        /// `limit`.
        public static let limit: Self = "limit"
        /// `post_only`.
        public static let postOnly: Self = "post_only"
        /// `ioc`.
        public static let ioc: Self = "ioc"
    }

    /// The values of `side` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Side: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `buy`.
        public static let buy: Self = "buy"
        /// `sell`.
        public static let sell: Self = "sell"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `suspend`.
        public static let suspend: Self = "suspend"
        /// `expired`.
        public static let expired: Self = "expired"
        /// `rejected`.
        public static let rejected: Self = "rejected"
    }

    /// The values of `cancelSource` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CancelSource: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `14`.
        public static let v14: Self = "14"
        /// `15`.
        public static let v15: Self = "15"
        /// `20`.
        public static let v20: Self = "20"
        /// `31`.
        public static let v31: Self = "31"
        /// `32`.
        public static let v32: Self = "32"
        /// `34`.
        public static let v34: Self = "34"
        /// `35`.
        public static let v35: Self = "35"
        /// `44`.
        public static let v44: Self = "44"
    }

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
    }

    /// The values of `sprdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SprdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `linear`.
        public static let linear: Self = "linear"
        /// `inverse`.
        public static let inverse: Self = "inverse"
        /// `hybrid`.
        public static let hybrid: Self = "hybrid"
    }
}
