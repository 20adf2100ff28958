// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/market-data”.
    public enum MarketData {}
}

extension API.MarketData {
    /// `GET /api/v5/market/books`: “Order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-order-book
    public enum OrderBook {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/books"
        /// The parameters of `GET /api/v5/market/books`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-order-book
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `sz`: an integer (a string on the wire).
            public var sz: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, sz: Int? = nil) {
                self.instId = instId
                self.sz = sz
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("sz", sz)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/books`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-order-book
        public struct Response: Codable, Sendable, TapeDirect {
            /// `asks`: rows of decimal numbers.
            public let asks: [[Decimal]]?
            /// `bids`: rows of decimal numbers.
            public let bids: [[Decimal]]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `seqId`: an integer (a string on the wire).
            public let seqId: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.asks = try c.apiDecimalRows("asks")
                self.bids = try c.apiDecimalRows("bids")
                self.ts = try c.apiDate("ts")
                self.seqId = try c.apiInteger("seqId")
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
                    case 0x901E518442173B53: if v0 < 0, m.isKey("asks") { v0 = m.value }
                    case 0xDEA1279BD099ADA9: if v1 < 0, m.isKey("bids") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0x094FCF307E5F9F91: if v3 < 0, m.isKey("seqId") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.asks = try d.directDecimalRows(v0)
                self.bids = try d.directDecimalRows(v1)
                self.ts = try d.directDate(v2)
                self.seqId = try d.directInteger(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimalRows(self.asks, "asks")
                try c.apiWriteDecimalRows(self.bids, "bids")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteInteger(self.seqId, "seqId")
            }
        }
    }

    /// `GET /api/v5/market/books`: “Order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-order-book
    public static func orderBook(_ request: OrderBook.Request) -> Endpoint<[OrderBook.Response]> {
        .apiGet(OrderBook.path, request)
    }

    /// `GET /api/v5/market/books-full`: “Full order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-full-order-book
    public enum FullOrderBook {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/books-full"
        /// The parameters of `GET /api/v5/market/books-full`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-full-order-book
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `sz`: an integer (a string on the wire).
            public var sz: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, sz: Int? = nil) {
                self.instId = instId
                self.sz = sz
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("sz", sz)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/books-full`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-full-order-book
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

    /// `GET /api/v5/market/books-full`: “Full order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-full-order-book
    public static func fullOrderBook(_ request: FullOrderBook.Request) -> Endpoint<[FullOrderBook.Response]> {
        .apiGet(FullOrderBook.path, request)
    }

    /// `GET /api/v5/market/books-rpi`: “RPI order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-rpi-order-book
    public enum RPIOrderBook {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/books-rpi"
        /// The parameters of `GET /api/v5/market/books-rpi`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-rpi-order-book
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `sz`: an integer (a string on the wire).
            public var sz: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, sz: Int? = nil) {
                self.instId = instId
                self.sz = sz
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("sz", sz)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/books-rpi`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-rpi-order-book
        public struct Response: Codable, Sendable, TapeDirect {
            /// `asks`: rows of decimal numbers.
            public let asks: [[Decimal]]?
            /// `bids`: rows of decimal numbers.
            public let bids: [[Decimal]]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `seqId`: an integer (a string on the wire).
            public let seqId: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.asks = try c.apiDecimalRows("asks")
                self.bids = try c.apiDecimalRows("bids")
                self.ts = try c.apiDate("ts")
                self.seqId = try c.apiInteger("seqId")
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
                    case 0x901E518442173B53: if v0 < 0, m.isKey("asks") { v0 = m.value }
                    case 0xDEA1279BD099ADA9: if v1 < 0, m.isKey("bids") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0x094FCF307E5F9F91: if v3 < 0, m.isKey("seqId") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.asks = try d.directDecimalRows(v0)
                self.bids = try d.directDecimalRows(v1)
                self.ts = try d.directDate(v2)
                self.seqId = try d.directInteger(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimalRows(self.asks, "asks")
                try c.apiWriteDecimalRows(self.bids, "bids")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteInteger(self.seqId, "seqId")
            }
        }
    }

    /// `GET /api/v5/market/books-rpi`: “RPI order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-rpi-order-book
    public static func rpiOrderBook(_ request: RPIOrderBook.Request) -> Endpoint<[RPIOrderBook.Response]> {
        .apiGet(RPIOrderBook.path, request)
    }

    /// `GET /api/v5/market/call-auction-details`: “Call auction details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-call-auction-details
    public enum CallAuctionDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/call-auction-details"
        /// The parameters of `GET /api/v5/market/call-auction-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-call-auction-details
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
        /// One item of the `data` array of `GET /api/v5/market/call-auction-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-call-auction-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `eqPx`: a decimal number (a string on the wire).
            public let eqPx: Decimal?
            /// `matchedSz`: a decimal number (a string on the wire).
            public let matchedSz: Decimal?
            /// `unmatchedSz`: a decimal number (a string on the wire).
            public let unmatchedSz: Decimal?
            /// `auctionEndTime`: a time (epoch milliseconds on the wire).
            public let auctionEndTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.eqPx = try c.apiDecimal("eqPx")
                self.matchedSz = try c.apiDecimal("matchedSz")
                self.unmatchedSz = try c.apiDecimal("unmatchedSz")
                self.auctionEndTime = try c.apiDate("auctionEndTime")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xAA042E606B564AC3: if v1 < 0, m.isKey("eqPx") { v1 = m.value }
                    case 0xDFE5541ECC96D0A2: if v2 < 0, m.isKey("matchedSz") { v2 = m.value }
                    case 0x0876B9761719F0B3: if v3 < 0, m.isKey("unmatchedSz") { v3 = m.value }
                    case 0xC7FF60C087FBB17E: if v4 < 0, m.isKey("auctionEndTime") { v4 = m.value }
                    case 0xEE63AAAD45B1B116: if v5 < 0, m.isKey("state") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.eqPx = try d.directDecimal(v1)
                self.matchedSz = try d.directDecimal(v2)
                self.unmatchedSz = try d.directDecimal(v3)
                self.auctionEndTime = try d.directDate(v4)
                self.state = try d.directEnum(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.eqPx, "eqPx")
                try c.apiWriteDecimal(self.matchedSz, "matchedSz")
                try c.apiWriteDecimal(self.unmatchedSz, "unmatchedSz")
                try c.apiWriteDate(self.auctionEndTime, "auctionEndTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/call-auction-details`: “Call auction details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-call-auction-details
    public static func callAuctionDetails(_ request: CallAuctionDetails.Request) -> Endpoint<[CallAuctionDetails.Response]> {
        .apiGet(CallAuctionDetails.path, request)
    }

    /// `GET /api/v5/market/candles`: “Candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks
    public enum Candlesticks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/candles"
        /// The parameters of `GET /api/v5/market/candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `bar`: text.
            public var bar: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `adjust`: one of a documented set of values (unknown values are kept).
            public var adjust: Adjust?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, bar: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil, adjust: Adjust? = nil) {
                self.instId = instId
                self.bar = bar
                self.after = after
                self.before = before
                self.limit = limit
                self.adjust = adjust
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("bar", bar)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                p.add("adjust", adjust)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks
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
            /// `volCcy`: a decimal number (a string on the wire), at position 6 of the row.
            public let volCcy: Decimal?
            /// `volCcyQuote`: a decimal number (a string on the wire), at position 7 of the row.
            public let volCcyQuote: Decimal?
            /// `confirm`: one of a documented set of values (unknown values are kept), at position 8 of the row.
            public let confirm: Confirm?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
                self.volCcy = try c.apiDecimal()
                self.volCcyQuote = try c.apiDecimal()
                self.confirm = try c.apiEnum()
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
                self.volCcy = try row.decimal()
                self.volCcyQuote = try row.decimal()
                self.confirm = try row.enumValue()
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
                try c.apiWriteDecimal(self.volCcy)
                try c.apiWriteDecimal(self.volCcyQuote)
                try c.apiWriteEnum(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/candles`: “Candlesticks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks
    public static func candlesticks(_ request: Candlesticks.Request) -> Endpoint<[Candlesticks.Response]> {
        .apiGet(Candlesticks.path, request)
    }

    /// `GET /api/v5/market/history-candles`: “Candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks-history
    public enum CandlesticksHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/history-candles"
        /// The parameters of `GET /api/v5/market/history-candles`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks-history
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
            /// `adjust`: one of a documented set of values (unknown values are kept).
            public var adjust: Adjust?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, after: Date? = nil, before: Date? = nil, bar: String? = nil, limit: Int? = nil, adjust: Adjust? = nil) {
                self.instId = instId
                self.after = after
                self.before = before
                self.bar = bar
                self.limit = limit
                self.adjust = adjust
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("bar", bar)
                p.add("limit", limit)
                p.add("adjust", adjust)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/market/history-candles`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks-history
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
            /// `volCcy`: a decimal number (a string on the wire), at position 6 of the row.
            public let volCcy: Decimal?
            /// `volCcyQuote`: a decimal number (a string on the wire), at position 7 of the row.
            public let volCcyQuote: Decimal?
            /// `confirm`: one of a documented set of values (unknown values are kept), at position 8 of the row.
            public let confirm: Confirm?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
                self.volCcy = try c.apiDecimal()
                self.volCcyQuote = try c.apiDecimal()
                self.confirm = try c.apiEnum()
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
                self.volCcy = try row.decimal()
                self.volCcyQuote = try row.decimal()
                self.confirm = try row.enumValue()
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
                try c.apiWriteDecimal(self.volCcy)
                try c.apiWriteDecimal(self.volCcyQuote)
                try c.apiWriteEnum(self.confirm)
            }
        }
    }

    /// `GET /api/v5/market/history-candles`: “Candlesticks history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-candlesticks-history
    public static func candlesticksHistory(_ request: CandlesticksHistory.Request) -> Endpoint<[CandlesticksHistory.Response]> {
        .apiGet(CandlesticksHistory.path, request)
    }

    /// `GET /api/v5/market/history-trades`: “Trades history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades-history
    public enum TradesHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/history-trades"
        /// The parameters of `GET /api/v5/market/history-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instId`: text; required.
            public var instId: String
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `after`: text.
            public var after: String?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, type: TypeValue? = nil, after: String? = nil, before: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.type = type
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("type", type)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/history-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.source = try c.apiEnum("source")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x76DBDC228F782DB8: if v5 < 0, m.isKey("source") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.source = try d.directEnum(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/history-trades`: “Trades history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades-history
    public static func tradesHistory(_ request: TradesHistory.Request) -> Endpoint<[TradesHistory.Response]> {
        .apiGet(TradesHistory.path, request)
    }

    /// `GET /api/v5/market/option/instrument-family-trades`: “Option trades by instrument family”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades-by-instrument-family
    public enum OptionTradesByInstrumentFamily {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/option/instrument-family-trades"
        /// The parameters of `GET /api/v5/market/option/instrument-family-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades-by-instrument-family
        public struct Request: APIRequestFields {
            /// `instFamily`: text; required.
            public var instFamily: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instFamily: String) {
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/option/instrument-family-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades-by-instrument-family
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct TradeInfo: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
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
                    self.instId = try c.apiText("instId")
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
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                        case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tradeId = try d.directText(v1)
                    self.px = try d.directDecimal(v2)
                    self.sz = try d.directDecimal(v3)
                    self.side = try d.directEnum(v4)
                    self.ts = try d.directDate(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteText(self.tradeId, "tradeId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDate(self.ts, "ts")
                }
            }
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `tradeInfo`: a list of nested objects.
            public let tradeInfo: [TradeInfo]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.vol24h = try c.apiDecimal("vol24h")
                self.optType = try c.apiEnum("optType")
                self.tradeInfo = try c.apiNested("tradeInfo")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x0F8CEDE9F8E646E4: if v0 < 0, m.isKey("vol24h") { v0 = m.value }
                    case 0x907A4F35B667A37A: if v1 < 0, m.isKey("optType") { v1 = m.value }
                    case 0x330717B214080941: if v2 < 0, m.isKey("tradeInfo") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.vol24h = try d.directDecimal(v0)
                self.optType = try d.directEnum(v1)
                self.tradeInfo = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteNested(self.tradeInfo, "tradeInfo")
            }
        }
    }

    /// `GET /api/v5/market/option/instrument-family-trades`: “Option trades by instrument family”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades-by-instrument-family
    public static func optionTradesByInstrumentFamily(_ request: OptionTradesByInstrumentFamily.Request) -> Endpoint<[OptionTradesByInstrumentFamily.Response]> {
        .apiGet(OptionTradesByInstrumentFamily.path, request)
    }

    /// `GET /api/v5/market/platform-24-volume`: “24H total volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-24h-total-volume
    public enum Get24HTotalVolume {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/platform-24-volume"
        /// The parameters of `GET /api/v5/market/platform-24-volume`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-24h-total-volume
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/platform-24-volume`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-24h-total-volume
        public struct Response: Codable, Sendable, TapeDirect {
            /// `volUsd`: a decimal number (a string on the wire).
            public let volUsd: Decimal?
            /// `volCny`: a decimal number (a string on the wire).
            public let volCny: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.volUsd = try c.apiDecimal("volUsd")
                self.volCny = try c.apiDecimal("volCny")
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
                    case 0x0BBDB4E8437DAFAA: if v0 < 0, m.isKey("volUsd") { v0 = m.value }
                    case 0x627B5BE874A810A2: if v1 < 0, m.isKey("volCny") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.volUsd = try d.directDecimal(v0)
                self.volCny = try d.directDecimal(v1)
                self.ts = try d.directDate(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.volUsd, "volUsd")
                try c.apiWriteDecimal(self.volCny, "volCny")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/platform-24-volume`: “24H total volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-24h-total-volume
    public static func get24HTotalVolume(_ request: Get24HTotalVolume.Request = .init()) -> Endpoint<[Get24HTotalVolume.Response]> {
        .apiGet(Get24HTotalVolume.path, request)
    }

    /// `GET /api/v5/market/ticker`: “Ticker”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-ticker
    public enum Ticker {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/ticker"
        /// The parameters of `GET /api/v5/market/ticker`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-ticker
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
        /// One item of the `data` array of `GET /api/v5/market/ticker`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-ticker
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
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
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `sodUtc0`: a decimal number (a string on the wire).
            public let sodUtc0: Decimal?
            /// `sodUtc8`: a decimal number (a string on the wire).
            public let sodUtc8: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.last = try c.apiDecimal("last")
                self.lastSz = try c.apiDecimal("lastSz")
                self.askPx = try c.apiDecimal("askPx")
                self.askSz = try c.apiDecimal("askSz")
                self.bidPx = try c.apiDecimal("bidPx")
                self.bidSz = try c.apiDecimal("bidSz")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
                self.vol24h = try c.apiDecimal("vol24h")
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
                    case 0x0456D2AD905847D9: if v2 < 0, m.isKey("last") { v2 = m.value }
                    case 0x5731477AF4A603CC: if v3 < 0, m.isKey("lastSz") { v3 = m.value }
                    case 0xFA56B4BC4D20AB3A: if v4 < 0, m.isKey("askPx") { v4 = m.value }
                    case 0xFA52ACBC4D1CB4CB: if v5 < 0, m.isKey("askSz") { v5 = m.value }
                    case 0xE50D1CC374BD3058: if v6 < 0, m.isKey("bidPx") { v6 = m.value }
                    case 0xE51720C374C58BA9: if v7 < 0, m.isKey("bidSz") { v7 = m.value }
                    case 0x0BA538D18AD12F25: if v8 < 0, m.isKey("open24h") { v8 = m.value }
                    case 0xC1F54A34A7251939: if v9 < 0, m.isKey("high24h") { v9 = m.value }
                    case 0x2EF3C545A51F1EBD: if v10 < 0, m.isKey("low24h") { v10 = m.value }
                    case 0x7F963B69B021BDC7: if v11 < 0, m.isKey("volCcy24h") { v11 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v12 < 0, m.isKey("vol24h") { v12 = m.value }
                    case 0xC6D46ED6E67C220B: if v13 < 0, m.isKey("sodUtc0") { v13 = m.value }
                    case 0xC6D466D6E67C1473: if v14 < 0, m.isKey("sodUtc8") { v14 = m.value }
                    case 0x08C83D07B56AC770: if v15 < 0, m.isKey("ts") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.last = try d.directDecimal(v2)
                self.lastSz = try d.directDecimal(v3)
                self.askPx = try d.directDecimal(v4)
                self.askSz = try d.directDecimal(v5)
                self.bidPx = try d.directDecimal(v6)
                self.bidSz = try d.directDecimal(v7)
                self.open24h = try d.directDecimal(v8)
                self.high24h = try d.directDecimal(v9)
                self.low24h = try d.directDecimal(v10)
                self.volCcy24h = try d.directDecimal(v11)
                self.vol24h = try d.directDecimal(v12)
                self.sodUtc0 = try d.directDecimal(v13)
                self.sodUtc8 = try d.directDecimal(v14)
                self.ts = try d.directDate(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.lastSz, "lastSz")
                try c.apiWriteDecimal(self.askPx, "askPx")
                try c.apiWriteDecimal(self.askSz, "askSz")
                try c.apiWriteDecimal(self.bidPx, "bidPx")
                try c.apiWriteDecimal(self.bidSz, "bidSz")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDecimal(self.sodUtc0, "sodUtc0")
                try c.apiWriteDecimal(self.sodUtc8, "sodUtc8")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/ticker`: “Ticker”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-ticker
    public static func ticker(_ request: Ticker.Request) -> Endpoint<[Ticker.Response]> {
        .apiGet(Ticker.path, request)
    }

    /// `GET /api/v5/market/tickers`: “Tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
    public enum Tickers {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/tickers"
        /// The parameters of `GET /api/v5/market/tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
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
        /// One item of the `data` array of `GET /api/v5/market/tickers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
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
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `sodUtc0`: a decimal number (a string on the wire).
            public let sodUtc0: Decimal?
            /// `sodUtc8`: a decimal number (a string on the wire).
            public let sodUtc8: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.last = try c.apiDecimal("last")
                self.lastSz = try c.apiDecimal("lastSz")
                self.askPx = try c.apiDecimal("askPx")
                self.askSz = try c.apiDecimal("askSz")
                self.bidPx = try c.apiDecimal("bidPx")
                self.bidSz = try c.apiDecimal("bidSz")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
                self.vol24h = try c.apiDecimal("vol24h")
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
                    case 0x0456D2AD905847D9: if v2 < 0, m.isKey("last") { v2 = m.value }
                    case 0x5731477AF4A603CC: if v3 < 0, m.isKey("lastSz") { v3 = m.value }
                    case 0xFA56B4BC4D20AB3A: if v4 < 0, m.isKey("askPx") { v4 = m.value }
                    case 0xFA52ACBC4D1CB4CB: if v5 < 0, m.isKey("askSz") { v5 = m.value }
                    case 0xE50D1CC374BD3058: if v6 < 0, m.isKey("bidPx") { v6 = m.value }
                    case 0xE51720C374C58BA9: if v7 < 0, m.isKey("bidSz") { v7 = m.value }
                    case 0x0BA538D18AD12F25: if v8 < 0, m.isKey("open24h") { v8 = m.value }
                    case 0xC1F54A34A7251939: if v9 < 0, m.isKey("high24h") { v9 = m.value }
                    case 0x2EF3C545A51F1EBD: if v10 < 0, m.isKey("low24h") { v10 = m.value }
                    case 0x7F963B69B021BDC7: if v11 < 0, m.isKey("volCcy24h") { v11 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v12 < 0, m.isKey("vol24h") { v12 = m.value }
                    case 0xC6D46ED6E67C220B: if v13 < 0, m.isKey("sodUtc0") { v13 = m.value }
                    case 0xC6D466D6E67C1473: if v14 < 0, m.isKey("sodUtc8") { v14 = m.value }
                    case 0x08C83D07B56AC770: if v15 < 0, m.isKey("ts") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.last = try d.directDecimal(v2)
                self.lastSz = try d.directDecimal(v3)
                self.askPx = try d.directDecimal(v4)
                self.askSz = try d.directDecimal(v5)
                self.bidPx = try d.directDecimal(v6)
                self.bidSz = try d.directDecimal(v7)
                self.open24h = try d.directDecimal(v8)
                self.high24h = try d.directDecimal(v9)
                self.low24h = try d.directDecimal(v10)
                self.volCcy24h = try d.directDecimal(v11)
                self.vol24h = try d.directDecimal(v12)
                self.sodUtc0 = try d.directDecimal(v13)
                self.sodUtc8 = try d.directDecimal(v14)
                self.ts = try d.directDate(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.lastSz, "lastSz")
                try c.apiWriteDecimal(self.askPx, "askPx")
                try c.apiWriteDecimal(self.askSz, "askSz")
                try c.apiWriteDecimal(self.bidPx, "bidPx")
                try c.apiWriteDecimal(self.bidSz, "bidSz")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDecimal(self.sodUtc0, "sodUtc0")
                try c.apiWriteDecimal(self.sodUtc8, "sodUtc8")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/tickers`: “Tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
    public static func tickers(_ request: Tickers.Request) -> Endpoint<[Tickers.Response]> {
        .apiGet(Tickers.path, request)
    }

    /// `GET /api/v5/market/trades`: “Trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades
    public enum Trades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/trades"
        /// The parameters of `GET /api/v5/market/trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, limit: Int? = nil) {
                self.instId = instId
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/market/trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.source = try c.apiEnum("source")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x76DBDC228F782DB8: if v5 < 0, m.isKey("source") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.source = try d.directEnum(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/trades`: “Trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-trades
    public static func trades(_ request: Trades.Request) -> Endpoint<[Trades.Response]> {
        .apiGet(Trades.path, request)
    }

    /// `GET /api/v5/public/option-trades`: “Option trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades
    public enum OptionTrades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/option-trades"
        /// The parameters of `GET /api/v5/public/option-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades
        public struct Request: APIRequestFields {
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public var optType: OptType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String? = nil, instFamily: String? = nil, optType: OptType? = nil) {
                self.instId = instId
                self.instFamily = instFamily
                self.optType = optType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("instFamily", instFamily)
                p.add("optType", optType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/public/option-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `instFamily`: text.
            public let instFamily: String?
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `fillVol`: a decimal number (a string on the wire).
            public let fillVol: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.instFamily = try c.apiText("instFamily")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.optType = try c.apiEnum("optType")
                self.fillVol = try c.apiDecimal("fillVol")
                self.fwdPx = try c.apiDecimal("fwdPx")
                self.idxPx = try c.apiDecimal("idxPx")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                    case 0x08D55007B5757215: if v3 < 0, m.isKey("px") { v3 = m.value }
                    case 0x08D94407B5794688: if v4 < 0, m.isKey("sz") { v4 = m.value }
                    case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                    case 0x907A4F35B667A37A: if v6 < 0, m.isKey("optType") { v6 = m.value }
                    case 0x0572373CD4ED9299: if v7 < 0, m.isKey("fillVol") { v7 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v8 < 0, m.isKey("fwdPx") { v8 = m.value }
                    case 0x0E8F6C3B83CC3030: if v9 < 0, m.isKey("idxPx") { v9 = m.value }
                    case 0xED95A32B150C49D8: if v10 < 0, m.isKey("markPx") { v10 = m.value }
                    case 0x08C83D07B56AC770: if v11 < 0, m.isKey("ts") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.instFamily = try d.directText(v1)
                self.tradeId = try d.directRequiredText(v2, "tradeId")
                self.px = try d.directDecimal(v3)
                self.sz = try d.directDecimal(v4)
                self.side = try d.directEnum(v5)
                self.optType = try d.directEnum(v6)
                self.fillVol = try d.directDecimal(v7)
                self.fwdPx = try d.directDecimal(v8)
                self.idxPx = try d.directDecimal(v9)
                self.markPx = try d.directDecimal(v10)
                self.ts = try d.directDate(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteDecimal(self.fillVol, "fillVol")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/option-trades`: “Option trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-option-trades
    public static func optionTrades(_ request: OptionTrades.Request = .init()) -> Endpoint<[OptionTrades.Response]> {
        .apiGet(OptionTrades.path, request)
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `call_auction`.
        public static let callAuction: Self = "call_auction"
        /// `continuous_trading`.
        public static let continuousTrading: Self = "continuous_trading"
    }

    /// The values of `adjust` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Adjust: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `forward`.
        public static let forward: Self = "forward"
    }

    /// The values of `confirm` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Confirm: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
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

    /// The values of `source` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Source: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
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

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `OPTION`.
        public static let option: Self = "OPTION"
        /// `EVENTS`.
        public static let events: Self = "EVENTS"
    }
}
