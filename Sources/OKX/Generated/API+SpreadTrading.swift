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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
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
