// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “block-trading”.
    public enum BlockTrading {}
}

extension API.BlockTrading {
    /// `GET /api/v5/market/block-ticker`: “Get block ticker”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-ticker
    public enum GetBlockTicker {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/block-ticker"
        /// The parameters of `GET /api/v5/market/block-ticker`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-ticker
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
        /// One item of the `data` array of `GET /api/v5/market/block-ticker`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-ticker
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.instType = try c.apiEnum("instType")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                    case 0x7F963B69B021BDC7: if v2 < 0, m.isKey("volCcy24h") { v2 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v3 < 0, m.isKey("vol24h") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.instType = try d.directEnum(v1)
                self.volCcy24h = try d.directDecimal(v2)
                self.vol24h = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/block-ticker`: “Get block ticker”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-ticker
    public static func getBlockTicker(_ request: GetBlockTicker.Request) -> Endpoint<[GetBlockTicker.Response]> {
        .apiGet(GetBlockTicker.path, request)
    }

    /// `GET /api/v5/market/block-tickers`: “Get block tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-tickers
    public enum GetBlockTickers {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/block-tickers"
        /// The parameters of `GET /api/v5/market/block-tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-tickers
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
        /// One item of the `data` array of `GET /api/v5/market/block-tickers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-tickers
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.instType = try c.apiEnum("instType")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                    case 0x7F963B69B021BDC7: if v2 < 0, m.isKey("volCcy24h") { v2 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v3 < 0, m.isKey("vol24h") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.instType = try d.directEnum(v1)
                self.volCcy24h = try d.directDecimal(v2)
                self.vol24h = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/market/block-tickers`: “Get block tickers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-block-tickers
    public static func getBlockTickers(_ request: GetBlockTickers.Request) -> Endpoint<[GetBlockTickers.Response]> {
        .apiGet(GetBlockTickers.path, request)
    }

    /// `GET /api/v5/public/block-trades`: “Get public single-leg transactions of block trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-single-leg-transactions-of-block-trades
    public enum GetPublicSingleLegTransactionsOfBlockTrades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/public/block-trades"
        /// The parameters of `GET /api/v5/public/block-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-single-leg-transactions-of-block-trades
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
        /// One item of the `data` array of `GET /api/v5/public/block-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-single-leg-transactions-of-block-trades
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
            /// `fillVol`: a decimal number (a string on the wire).
            public let fillVol: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `groupId`: text.
            public let groupId: String?
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
                self.fillVol = try c.apiDecimal("fillVol")
                self.fwdPx = try c.apiDecimal("fwdPx")
                self.idxPx = try c.apiDecimal("idxPx")
                self.markPx = try c.apiDecimal("markPx")
                self.groupId = try c.apiText("groupId")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x0572373CD4ED9299: if v5 < 0, m.isKey("fillVol") { v5 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v6 < 0, m.isKey("fwdPx") { v6 = m.value }
                    case 0x0E8F6C3B83CC3030: if v7 < 0, m.isKey("idxPx") { v7 = m.value }
                    case 0xED95A32B150C49D8: if v8 < 0, m.isKey("markPx") { v8 = m.value }
                    case 0x01944C770862DE21: if v9 < 0, m.isKey("groupId") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.fillVol = try d.directDecimal(v5)
                self.fwdPx = try d.directDecimal(v6)
                self.idxPx = try d.directDecimal(v7)
                self.markPx = try d.directDecimal(v8)
                self.groupId = try d.directText(v9)
                self.ts = try d.directDate(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillVol, "fillVol")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/public/block-trades`: “Get public single-leg transactions of block trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-single-leg-transactions-of-block-trades
    public static func getPublicSingleLegTransactionsOfBlockTrades(_ request: GetPublicSingleLegTransactionsOfBlockTrades.Request) -> Endpoint<[GetPublicSingleLegTransactionsOfBlockTrades.Response]> {
        .apiGet(GetPublicSingleLegTransactionsOfBlockTrades.path, request)
    }

    /// `POST /api/v5/rfq/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-after
    public enum CancelAllAfter {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-all-after"
        /// The parameters of `POST /api/v5/rfq/cancel-all-after`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-after
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
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-all-after`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-after
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

    /// `POST /api/v5/rfq/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-after
    public static func cancelAllAfter(_ request: CancelAllAfter.Request) -> Endpoint<[CancelAllAfter.Response]> {
        .apiPost(CancelAllAfter.path, request)
    }

    /// `POST /api/v5/rfq/cancel-all-quotes`: “Cancel all Quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-quotes
    public enum CancelAllQuotes {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-all-quotes"
        /// The parameters of `POST /api/v5/rfq/cancel-all-quotes`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-quotes
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-all-quotes`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-quotes
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

    /// `POST /api/v5/rfq/cancel-all-quotes`: “Cancel all Quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-quotes
    public static func cancelAllQuotes(_ request: CancelAllQuotes.Request = .init()) -> Endpoint<[CancelAllQuotes.Response]> {
        .apiPost(CancelAllQuotes.path, request)
    }

    /// `POST /api/v5/rfq/cancel-all-rfqs`: “Cancel all RFQs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-rfqs
    public enum CancelAllRFQs {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-all-rfqs"
        /// The parameters of `POST /api/v5/rfq/cancel-all-rfqs`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-rfqs
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-all-rfqs`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-rfqs
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

    /// `POST /api/v5/rfq/cancel-all-rfqs`: “Cancel all RFQs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-all-rfqs
    public static func cancelAllRFQs(_ request: CancelAllRFQs.Request = .init()) -> Endpoint<[CancelAllRFQs.Response]> {
        .apiPost(CancelAllRFQs.path, request)
    }

    /// `POST /api/v5/rfq/cancel-batch-quotes`: “Cancel multiple Quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-quotes
    public enum CancelMultipleQuotes {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-batch-quotes"
        /// The parameters of `POST /api/v5/rfq/cancel-batch-quotes`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-quotes
        public struct Request: APIRequestFields {
            /// `quoteIds`: a list of text values; required in some cases.
            public var quoteIds: [String]?
            /// `clQuoteIds`: a list of text values; required in some cases.
            public var clQuoteIds: [String]?
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteIds: [String]? = nil, clQuoteIds: [String]? = nil) {
                self.quoteIds = quoteIds
                self.clQuoteIds = clQuoteIds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteIds", quoteIds)
                p.add("clQuoteIds", clQuoteIds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-batch-quotes`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-quotes
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
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
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0x9069027602F33D0B: if v1 < 0, m.isKey("clQuoteId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.clQuoteId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/rfq/cancel-batch-quotes`: “Cancel multiple Quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-quotes
    public static func cancelMultipleQuotes(_ request: CancelMultipleQuotes.Request = .init()) -> Endpoint<[CancelMultipleQuotes.Response]> {
        .apiPost(CancelMultipleQuotes.path, request)
    }

    /// `POST /api/v5/rfq/cancel-batch-rfqs`: “Cancel multiple RFQs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-rfqs
    public enum CancelMultipleRFQs {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-batch-rfqs"
        /// The parameters of `POST /api/v5/rfq/cancel-batch-rfqs`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-rfqs
        public struct Request: APIRequestFields {
            /// `rfqIds`: a list of text values; required in some cases.
            public var rfqIds: [String]?
            /// `clRfqIds`: a list of text values; required in some cases.
            public var clRfqIds: [String]?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqIds: [String]? = nil, clRfqIds: [String]? = nil) {
                self.rfqIds = rfqIds
                self.clRfqIds = clRfqIds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqIds", rfqIds)
                p.add("clRfqIds", clRfqIds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-batch-rfqs`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-rfqs
        public struct Response: Codable, Sendable, TapeDirect {
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
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
                    case 0xB778C40B12C75E95: if v0 < 0, m.isKey("rfqId") { v0 = m.value }
                    case 0x772380A69D612764: if v1 < 0, m.isKey("clRfqId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.rfqId = try d.directRequiredText(v0, "rfqId")
                self.clRfqId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/rfq/cancel-batch-rfqs`: “Cancel multiple RFQs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-multiple-rfqs
    public static func cancelMultipleRFQs(_ request: CancelMultipleRFQs.Request = .init()) -> Endpoint<[CancelMultipleRFQs.Response]> {
        .apiPost(CancelMultipleRFQs.path, request)
    }

    /// `POST /api/v5/rfq/cancel-quote`: “Cancel Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-quote
    public enum CancelQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-quote"
        /// The parameters of `POST /api/v5/rfq/cancel-quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-quote
        public struct Request: APIRequestFields {
            /// `quoteId`: text; required in some cases.
            public var quoteId: String?
            /// `clQuoteId`: text; required in some cases.
            public var clQuoteId: String?
            /// `rfqId`: text.
            public var rfqId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteId: String? = nil, clQuoteId: String? = nil, rfqId: String? = nil) {
                self.quoteId = quoteId
                self.clQuoteId = clQuoteId
                self.rfqId = rfqId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteId", quoteId)
                p.add("clQuoteId", clQuoteId)
                p.add("rfqId", rfqId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
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
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0x9069027602F33D0B: if v1 < 0, m.isKey("clQuoteId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.clQuoteId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/rfq/cancel-quote`: “Cancel Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-quote
    public static func cancelQuote(_ request: CancelQuote.Request = .init()) -> Endpoint<[CancelQuote.Response]> {
        .apiPost(CancelQuote.path, request)
    }

    /// `POST /api/v5/rfq/cancel-rfq`: “Cancel RFQ”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-rfq
    public enum CancelRFQ {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/cancel-rfq"
        /// The parameters of `POST /api/v5/rfq/cancel-rfq`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-rfq
        public struct Request: APIRequestFields {
            /// `rfqId`: text; required in some cases.
            public var rfqId: String?
            /// `clRfqId`: text; required in some cases.
            public var clRfqId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String? = nil, clRfqId: String? = nil) {
                self.rfqId = rfqId
                self.clRfqId = clRfqId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("clRfqId", clRfqId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/cancel-rfq`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-rfq
        public struct Response: Codable, Sendable, TapeDirect {
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
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
                    case 0xB778C40B12C75E95: if v0 < 0, m.isKey("rfqId") { v0 = m.value }
                    case 0x772380A69D612764: if v1 < 0, m.isKey("clRfqId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.rfqId = try d.directRequiredText(v0, "rfqId")
                self.clRfqId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/rfq/cancel-rfq`: “Cancel RFQ”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-cancel-rfq
    public static func cancelRFQ(_ request: CancelRFQ.Request = .init()) -> Endpoint<[CancelRFQ.Response]> {
        .apiPost(CancelRFQ.path, request)
    }

    /// `GET /api/v5/rfq/counterparties`: “Get Counterparties”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-counterparties
    public enum GetCounterparties {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/counterparties"
        /// The parameters of `GET /api/v5/rfq/counterparties`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-counterparties
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/counterparties`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-counterparties
        public struct Response: Codable, Sendable, TapeDirect {
            /// `traderName`: text.
            public let traderName: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `type`: text.
            public let type: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.traderName = try c.apiText("traderName")
                self.traderCode = try c.apiText("traderCode")
                self.type = try c.apiText("type")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA343A11B844970AA: if v0 < 0, m.isKey("traderName") { v0 = m.value }
                    case 0xD16422B071E535B8: if v1 < 0, m.isKey("traderCode") { v1 = m.value }
                    case 0xA79439EF7BFA9C2D: if v2 < 0, m.isKey("type") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.traderName = try d.directText(v0)
                self.traderCode = try d.directText(v1)
                self.type = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.traderName, "traderName")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.type, "type")
            }
        }
    }

    /// `GET /api/v5/rfq/counterparties`: “Get Counterparties”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-counterparties
    public static func getCounterparties(_ request: GetCounterparties.Request = .init()) -> Endpoint<[GetCounterparties.Response]> {
        .apiGet(GetCounterparties.path, request)
    }

    /// `POST /api/v5/rfq/create-quote`: “Create Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-quote
    public enum CreateQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/create-quote"
        /// The parameters of `POST /api/v5/rfq/create-quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-quote
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct Legs: APIRequestFields {
                /// `instId`: text; required.
                public var instId: String
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public var tdMode: TdMode?
                /// `ccy`: text.
                public var ccy: String?
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// `px`: a decimal number (a string on the wire); required.
                public var px: Decimal
                /// `side`: one of a documented set of values (unknown values are kept); required.
                public var side: Side
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public var posSide: PosSide?
                /// `tgtCcy`: text.
                public var tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public var tradeQuoteCcy: String?
                /// A request with the given parameters; nil ones are not sent.
                public init(instId: String, tdMode: TdMode? = nil, ccy: String? = nil, sz: Decimal, px: Decimal, side: Side, posSide: PosSide? = nil, tgtCcy: String? = nil, tradeQuoteCcy: String? = nil) {
                    self.instId = instId
                    self.tdMode = tdMode
                    self.ccy = ccy
                    self.sz = sz
                    self.px = px
                    self.side = side
                    self.posSide = posSide
                    self.tgtCcy = tgtCcy
                    self.tradeQuoteCcy = tradeQuoteCcy
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instId", instId)
                    p.add("tdMode", tdMode)
                    p.add("ccy", ccy)
                    p.add("sz", sz)
                    p.add("px", px)
                    p.add("side", side)
                    p.add("posSide", posSide)
                    p.add("tgtCcy", tgtCcy)
                    p.add("tradeQuoteCcy", tradeQuoteCcy)
                    return p
                }
            }
            /// `rfqId`: text; required.
            public var rfqId: String
            /// `clQuoteId`: text.
            public var clQuoteId: String?
            /// `tag`: text.
            public var tag: String?
            /// `anonymous`: a boolean.
            public var anonymous: Bool?
            /// `quoteSide`: text; required.
            public var quoteSide: String
            /// `expiresIn`: an integer (a string on the wire).
            public var expiresIn: Int?
            /// `legs`: a list of nested objects; required.
            public var legs: [Legs]
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String, clQuoteId: String? = nil, tag: String? = nil, anonymous: Bool? = nil, quoteSide: String, expiresIn: Int? = nil, legs: [Legs]) {
                self.rfqId = rfqId
                self.clQuoteId = clQuoteId
                self.tag = tag
                self.anonymous = anonymous
                self.quoteSide = quoteSide
                self.expiresIn = expiresIn
                self.legs = legs
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("clQuoteId", clQuoteId)
                p.add("tag", tag)
                p.add("anonymous", anonymous)
                p.add("quoteSide", quoteSide)
                p.add("expiresIn", expiresIn)
                p.add("legs", legs)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/create-quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.px = try c.apiDecimal("px")
                    self.side = try c.apiEnum("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
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
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                        case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                        case 0x297B967F0EEA27C2: if v6 < 0, m.isKey("posSide") { v6 = m.value }
                        case 0xD2F181B86AE4553D: if v7 < 0, m.isKey("tgtCcy") { v7 = m.value }
                        case 0xADABDA5226275360: if v8 < 0, m.isKey("tradeQuoteCcy") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.px = try d.directDecimal(v4)
                    self.side = try d.directEnum(v5)
                    self.posSide = try d.directEnum(v6)
                    self.tgtCcy = try d.directText(v7)
                    self.tradeQuoteCcy = try d.directText(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `reason`: one of a documented set of values (unknown values are kept).
            public let reason: Reason?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `tag`: text.
            public let tag: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `quoteSide`: text.
            public let quoteSide: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.reason = try c.apiEnum("reason")
                self.validUntil = try c.apiDate("validUntil")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.tag = try c.apiText("tag")
                self.traderCode = try c.apiText("traderCode")
                self.quoteSide = try c.apiText("quoteSide")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x65E8D7F3474F2639: if v3 < 0, m.isKey("reason") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0xB778C40B12C75E95: if v5 < 0, m.isKey("rfqId") { v5 = m.value }
                    case 0x772380A69D612764: if v6 < 0, m.isKey("clRfqId") { v6 = m.value }
                    case 0xE53D9B18938FAEDA: if v7 < 0, m.isKey("quoteId") { v7 = m.value }
                    case 0x9069027602F33D0B: if v8 < 0, m.isKey("clQuoteId") { v8 = m.value }
                    case 0x56D7AB194448A4F3: if v9 < 0, m.isKey("tag") { v9 = m.value }
                    case 0xD16422B071E535B8: if v10 < 0, m.isKey("traderCode") { v10 = m.value }
                    case 0x65CEEE0FAAA5F58C: if v11 < 0, m.isKey("quoteSide") { v11 = m.value }
                    case 0x24B477ADA208116C: if v12 < 0, m.isKey("legs") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.reason = try d.directEnum(v3)
                self.validUntil = try d.directDate(v4)
                self.rfqId = try d.directRequiredText(v5, "rfqId")
                self.clRfqId = try d.directText(v6)
                self.quoteId = try d.directText(v7)
                self.clQuoteId = try d.directText(v8)
                self.tag = try d.directText(v9)
                self.traderCode = try d.directText(v10)
                self.quoteSide = try d.directText(v11)
                self.legs = try d.directNested(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.reason, "reason")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.quoteSide, "quoteSide")
                try c.apiWriteNested(self.legs, "legs")
            }
        }
    }

    /// `POST /api/v5/rfq/create-quote`: “Create Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-quote
    public static func createQuote(_ request: CreateQuote.Request) -> Endpoint<[CreateQuote.Response]> {
        .apiPost(CreateQuote.path, request)
    }

    /// `POST /api/v5/rfq/create-rfq`: “Create RFQ”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-rfq
    public enum CreateRFQ {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/create-rfq"
        /// The parameters of `POST /api/v5/rfq/create-rfq`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-rfq
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct Legs: APIRequestFields {
                /// `instId`: text; required.
                public var instId: String
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public var tdMode: TdMode?
                /// `ccy`: text.
                public var ccy: String?
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// `lmtPx`: a decimal number (a string on the wire).
                public var lmtPx: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept); required.
                public var side: Side
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public var posSide: PosSide?
                /// `tgtCcy`: text.
                public var tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public var tradeQuoteCcy: String?
                /// A request with the given parameters; nil ones are not sent.
                public init(instId: String, tdMode: TdMode? = nil, ccy: String? = nil, sz: Decimal, lmtPx: Decimal? = nil, side: Side, posSide: PosSide? = nil, tgtCcy: String? = nil, tradeQuoteCcy: String? = nil) {
                    self.instId = instId
                    self.tdMode = tdMode
                    self.ccy = ccy
                    self.sz = sz
                    self.lmtPx = lmtPx
                    self.side = side
                    self.posSide = posSide
                    self.tgtCcy = tgtCcy
                    self.tradeQuoteCcy = tradeQuoteCcy
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instId", instId)
                    p.add("tdMode", tdMode)
                    p.add("ccy", ccy)
                    p.add("sz", sz)
                    p.add("lmtPx", lmtPx)
                    p.add("side", side)
                    p.add("posSide", posSide)
                    p.add("tgtCcy", tgtCcy)
                    p.add("tradeQuoteCcy", tradeQuoteCcy)
                    return p
                }
            }
            /// A nested object of the request.
            public struct AcctAlloc: APIRequestFields {
                /// A nested object of the request.
                public struct Legs: APIRequestFields {
                    /// `sz`: a decimal number (a string on the wire); required.
                    public var sz: Decimal
                    /// `instId`: text; required.
                    public var instId: String
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public var tdMode: TdMode?
                    /// `ccy`: text.
                    public var ccy: String?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public var posSide: PosSide?
                    /// A request with the given parameters; nil ones are not sent.
                    public init(sz: Decimal, instId: String, tdMode: TdMode? = nil, ccy: String? = nil, posSide: PosSide? = nil) {
                        self.sz = sz
                        self.instId = instId
                        self.tdMode = tdMode
                        self.ccy = ccy
                        self.posSide = posSide
                    }
                    /// The parameters as sent, in documented order.
                    public var parameters: APIParameters {
                        var p = APIParameters()
                        p.add("sz", sz)
                        p.add("instId", instId)
                        p.add("tdMode", tdMode)
                        p.add("ccy", ccy)
                        p.add("posSide", posSide)
                        return p
                    }
                }
                /// `acct`: text; required.
                public var acct: String
                /// `legs`: a list of nested objects; required.
                public var legs: [Legs]
                /// A request with the given parameters; nil ones are not sent.
                public init(acct: String, legs: [Legs]) {
                    self.acct = acct
                    self.legs = legs
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("acct", acct)
                    p.add("legs", legs)
                    return p
                }
            }
            /// `counterparties`: a list of text values; required.
            public var counterparties: [String]
            /// `anonymous`: a boolean.
            public var anonymous: Bool?
            /// `clRfqId`: text.
            public var clRfqId: String?
            /// `tag`: text.
            public var tag: String?
            /// `allowPartialExecution`: a boolean.
            public var allowPartialExecution: Bool?
            /// `legs`: a list of nested objects; required.
            public var legs: [Legs]
            /// `acctAlloc`: a list of nested objects.
            public var acctAlloc: [AcctAlloc]?
            /// A request with the given parameters; nil ones are not sent.
            public init(counterparties: [String], anonymous: Bool? = nil, clRfqId: String? = nil, tag: String? = nil, allowPartialExecution: Bool? = nil, legs: [Legs], acctAlloc: [AcctAlloc]? = nil) {
                self.counterparties = counterparties
                self.anonymous = anonymous
                self.clRfqId = clRfqId
                self.tag = tag
                self.allowPartialExecution = allowPartialExecution
                self.legs = legs
                self.acctAlloc = acctAlloc
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("counterparties", counterparties)
                p.add("anonymous", anonymous)
                p.add("clRfqId", clRfqId)
                p.add("tag", tag)
                p.add("allowPartialExecution", allowPartialExecution)
                p.add("legs", legs)
                p.add("acctAlloc", acctAlloc)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/create-rfq`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-rfq
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiEnum("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
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
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0x297B967F0EEA27C2: if v5 < 0, m.isKey("posSide") { v5 = m.value }
                        case 0xD2F181B86AE4553D: if v6 < 0, m.isKey("tgtCcy") { v6 = m.value }
                        case 0xADABDA5226275360: if v7 < 0, m.isKey("tradeQuoteCcy") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.side = try d.directEnum(v4)
                    self.posSide = try d.directEnum(v5)
                    self.tgtCcy = try d.directText(v6)
                    self.tradeQuoteCcy = try d.directText(v7)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public let tdMode: TdMode?
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public let posSide: PosSide?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.sz = try c.apiDecimal("sz")
                        self.tdMode = try c.apiEnum("tdMode")
                        self.ccy = try c.apiText("ccy")
                        self.posSide = try c.apiEnum("posSide")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0x74FC9DE3D6168692: if v2 < 0, m.isKey("tdMode") { v2 = m.value }
                            case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                            case 0x297B967F0EEA27C2: if v4 < 0, m.isKey("posSide") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.tdMode = try d.directEnum(v2)
                        self.ccy = try d.directText(v3)
                        self.posSide = try d.directEnum(v4)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteEnum(self.tdMode, "tdMode")
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteEnum(self.posSide, "posSide")
                    }
                }
                /// `acct`: text.
                public let acct: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acct = try c.apiText("acct")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
                    self.legs = try c.apiNested("legs")
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
                        case 0x0754D683F52006EA: if v0 < 0, m.isKey("acct") { v0 = m.value }
                        case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                        case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                        case 0x24B477ADA208116C: if v3 < 0, m.isKey("legs") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acct = try d.directText(v0)
                    self.sCode = try d.directText(v1)
                    self.sMsg = try d.directText(v2)
                    self.legs = try d.directNested(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `counterparties`: a list of text values.
            public let counterparties: [String]?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `tag`: text.
            public let tag: String?
            /// `allowPartialExecution`: a boolean.
            public let allowPartialExecution: Bool?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `rfqId`: text.
            public let rfqId: String
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `groupId`: text.
            public let groupId: String?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.counterparties = try c.apiTexts("counterparties")
                self.validUntil = try c.apiDate("validUntil")
                self.clRfqId = try c.apiText("clRfqId")
                self.tag = try c.apiText("tag")
                self.allowPartialExecution = try c.apiBoolean("allowPartialExecution")
                self.traderCode = try c.apiText("traderCode")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.legs = try c.apiNested("legs")
                self.groupId = try c.apiText("groupId")
                self.acctAlloc = try c.apiNested("acctAlloc")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x54C54FABA93100F9: if v3 < 0, m.isKey("counterparties") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0x772380A69D612764: if v5 < 0, m.isKey("clRfqId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x7B0048383EF24CE3: if v7 < 0, m.isKey("allowPartialExecution") { v7 = m.value }
                    case 0xD16422B071E535B8: if v8 < 0, m.isKey("traderCode") { v8 = m.value }
                    case 0xB778C40B12C75E95: if v9 < 0, m.isKey("rfqId") { v9 = m.value }
                    case 0x24B477ADA208116C: if v10 < 0, m.isKey("legs") { v10 = m.value }
                    case 0x01944C770862DE21: if v11 < 0, m.isKey("groupId") { v11 = m.value }
                    case 0x22E1063B37B88CBB: if v12 < 0, m.isKey("acctAlloc") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.counterparties = try d.directTexts(v3)
                self.validUntil = try d.directDate(v4)
                self.clRfqId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.allowPartialExecution = try d.directBoolean(v7)
                self.traderCode = try d.directText(v8)
                self.rfqId = try d.directRequiredText(v9, "rfqId")
                self.legs = try d.directNested(v10)
                self.groupId = try d.directText(v11)
                self.acctAlloc = try d.directNested(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteTexts(self.counterparties, "counterparties")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteBoolean(self.allowPartialExecution, "allowPartialExecution")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
        }
    }

    /// `POST /api/v5/rfq/create-rfq`: “Create RFQ”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-create-rfq
    public static func createRFQ(_ request: CreateRFQ.Request) -> Endpoint<[CreateRFQ.Response]> {
        .apiPost(CreateRFQ.path, request)
    }

    /// `POST /api/v5/rfq/execute-quote`: “Execute Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-execute-quote
    public enum ExecuteQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/execute-quote"
        /// The parameters of `POST /api/v5/rfq/execute-quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-execute-quote
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct Legs: APIRequestFields {
                /// `instId`: text; required.
                public var instId: String
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// A request with the given parameters; nil ones are not sent.
                public init(instId: String, sz: Decimal) {
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
            /// `rfqId`: text; required.
            public var rfqId: String
            /// `quoteId`: text; required.
            public var quoteId: String
            /// `legs`: a list of nested objects.
            public var legs: [Legs]?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String, quoteId: String, legs: [Legs]? = nil) {
                self.rfqId = rfqId
                self.quoteId = quoteId
                self.legs = legs
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("quoteId", quoteId)
                p.add("legs", legs)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/execute-quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-execute-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
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
                    self.side = try c.apiEnum("side")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                        case 0x1E2D7FE73967FEA0: if v5 < 0, m.isKey("feeCcy") { v5 = m.value }
                        case 0x0791A710B055183C: if v6 < 0, m.isKey("tradeId") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.side = try d.directEnum(v3)
                    self.fee = try d.directDecimal(v4)
                    self.feeCcy = try d.directText(v5)
                    self.tradeId = try d.directText(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDecimal(self.fee, "fee")
                    try c.apiWriteText(self.feeCcy, "feeCcy")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
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
                        self.sz = try c.apiDecimal("sz")
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
                        while let h = try m.next() {
                            switch h {
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0xDCC68B18FEEAA3E3: if v2 < 0, m.isKey("fee") { v2 = m.value }
                            case 0x1E2D7FE73967FEA0: if v3 < 0, m.isKey("feeCcy") { v3 = m.value }
                            case 0x0791A710B055183C: if v4 < 0, m.isKey("tradeId") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.fee = try d.directDecimal(v2)
                        self.feeCcy = try d.directText(v3)
                        self.tradeId = try d.directText(v4)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteDecimal(self.fee, "fee")
                        try c.apiWriteText(self.feeCcy, "feeCcy")
                        try c.apiWriteText(self.tradeId, "tradeId")
                    }
                }
                /// `acct`: text.
                public let acct: String?
                /// `blockTdId`: text.
                public let blockTdId: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acct = try c.apiText("acct")
                    self.blockTdId = try c.apiText("blockTdId")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x0754D683F52006EA: if v0 < 0, m.isKey("acct") { v0 = m.value }
                        case 0xC16E30FBA7DD82BF: if v1 < 0, m.isKey("blockTdId") { v1 = m.value }
                        case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                        case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                        case 0x24B477ADA208116C: if v4 < 0, m.isKey("legs") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acct = try d.directText(v0)
                    self.blockTdId = try d.directText(v1)
                    self.sCode = try d.directText(v2)
                    self.sMsg = try d.directText(v3)
                    self.legs = try d.directNested(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteText(self.blockTdId, "blockTdId")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `blockTdId`: text.
            public let blockTdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `tTraderCode`: text.
            public let tTraderCode: String?
            /// `mTraderCode`: text.
            public let mTraderCode: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.blockTdId = try c.apiText("blockTdId")
                self.tag = try c.apiText("tag")
                self.tTraderCode = try c.apiText("tTraderCode")
                self.mTraderCode = try c.apiText("mTraderCode")
                self.legs = try c.apiNested("legs")
                self.acctAlloc = try c.apiNested("acctAlloc")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0xB778C40B12C75E95: if v1 < 0, m.isKey("rfqId") { v1 = m.value }
                    case 0x772380A69D612764: if v2 < 0, m.isKey("clRfqId") { v2 = m.value }
                    case 0xE53D9B18938FAEDA: if v3 < 0, m.isKey("quoteId") { v3 = m.value }
                    case 0x9069027602F33D0B: if v4 < 0, m.isKey("clQuoteId") { v4 = m.value }
                    case 0xC16E30FBA7DD82BF: if v5 < 0, m.isKey("blockTdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0xB9E33A78F2E773FE: if v7 < 0, m.isKey("tTraderCode") { v7 = m.value }
                    case 0x77045A3844C160B9: if v8 < 0, m.isKey("mTraderCode") { v8 = m.value }
                    case 0x24B477ADA208116C: if v9 < 0, m.isKey("legs") { v9 = m.value }
                    case 0x22E1063B37B88CBB: if v10 < 0, m.isKey("acctAlloc") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.rfqId = try d.directRequiredText(v1, "rfqId")
                self.clRfqId = try d.directText(v2)
                self.quoteId = try d.directText(v3)
                self.clQuoteId = try d.directText(v4)
                self.blockTdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.tTraderCode = try d.directText(v7)
                self.mTraderCode = try d.directText(v8)
                self.legs = try d.directNested(v9)
                self.acctAlloc = try d.directNested(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tTraderCode, "tTraderCode")
                try c.apiWriteText(self.mTraderCode, "mTraderCode")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
        }
    }

    /// `POST /api/v5/rfq/execute-quote`: “Execute Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-execute-quote
    public static func executeQuote(_ request: ExecuteQuote.Request) -> Endpoint<[ExecuteQuote.Response]> {
        .apiPost(ExecuteQuote.path, request)
    }

    /// `GET /api/v5/rfq/maker-instrument-settings`: “Get Quote products”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quote-products
    public enum GetQuoteProducts {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/maker-instrument-settings"
        /// The parameters of `GET /api/v5/rfq/maker-instrument-settings`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quote-products
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/maker-instrument-settings`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quote-products
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct DataItem: Codable, Sendable, TapeDirect {
                /// `instFamily`: text.
                public let instFamily: String?
                /// `instId`: text.
                public let instId: String?
                /// `maxBlockSz`: a decimal number (a string on the wire).
                public let maxBlockSz: Decimal?
                /// `makerPxBand`: a decimal number (a string on the wire).
                public let makerPxBand: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instFamily = try c.apiText("instFamily")
                    self.instId = try c.apiText("instId")
                    self.maxBlockSz = try c.apiDecimal("maxBlockSz")
                    self.makerPxBand = try c.apiDecimal("makerPxBand")
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
                        case 0x12B1332ACCDE48E5: if v0 < 0, m.isKey("instFamily") { v0 = m.value }
                        case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                        case 0xDA8204C907AA1FA7: if v2 < 0, m.isKey("maxBlockSz") { v2 = m.value }
                        case 0xFAA2513BB9685A98: if v3 < 0, m.isKey("makerPxBand") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instFamily = try d.directText(v0)
                    self.instId = try d.directText(v1)
                    self.maxBlockSz = try d.directDecimal(v2)
                    self.makerPxBand = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instFamily, "instFamily")
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.maxBlockSz, "maxBlockSz")
                    try c.apiWriteDecimal(self.makerPxBand, "makerPxBand")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `includeAll`: a boolean.
            public let includeAll: Bool?
            /// `data`: a list of nested objects.
            public let data: [DataItem]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.includeAll = try c.apiBoolean("includeAll")
                self.data = try c.apiNested("data")
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
                    case 0xC00C572B79479E42: if v1 < 0, m.isKey("includeAll") { v1 = m.value }
                    case 0x855B556730A34A05: if v2 < 0, m.isKey("data") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.includeAll = try d.directBoolean(v1)
                self.data = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteBoolean(self.includeAll, "includeAll")
                try c.apiWriteNested(self.data, "data")
            }
        }
    }

    /// `GET /api/v5/rfq/maker-instrument-settings`: “Get Quote products”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quote-products
    public static func getQuoteProducts(_ request: GetQuoteProducts.Request = .init()) -> Endpoint<[GetQuoteProducts.Response]> {
        .apiGet(GetQuoteProducts.path, request)
    }

    /// `POST /api/v5/rfq/maker-instrument-settings`: “Set Quote products”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-quote-products
    public enum SetQuoteProducts {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/maker-instrument-settings"
        /// The parameters of `POST /api/v5/rfq/maker-instrument-settings`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-quote-products
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct DataItem: APIRequestFields {
                /// `instFamily`: text; required in some cases.
                public var instFamily: String?
                /// `instId`: text; required in some cases.
                public var instId: String?
                /// `maxBlockSz`: a decimal number (a string on the wire).
                public var maxBlockSz: Decimal?
                /// `makerPxBand`: a decimal number (a string on the wire).
                public var makerPxBand: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(instFamily: String? = nil, instId: String? = nil, maxBlockSz: Decimal? = nil, makerPxBand: Decimal? = nil) {
                    self.instFamily = instFamily
                    self.instId = instId
                    self.maxBlockSz = maxBlockSz
                    self.makerPxBand = makerPxBand
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instFamily", instFamily)
                    p.add("instId", instId)
                    p.add("maxBlockSz", maxBlockSz)
                    p.add("makerPxBand", makerPxBand)
                    return p
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `includeAll`: a boolean.
            public var includeAll: Bool?
            /// `data`: a list of nested objects; required.
            public var data: [DataItem]
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, includeAll: Bool? = nil, data: [DataItem]) {
                self.instType = instType
                self.includeAll = includeAll
                self.data = data
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("includeAll", includeAll)
                p.add("data", data)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/maker-instrument-settings`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-quote-products
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

    /// `POST /api/v5/rfq/maker-instrument-settings`: “Set Quote products”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-quote-products
    public static func setQuoteProducts(_ requests: [SetQuoteProducts.Request]) -> Endpoint<[SetQuoteProducts.Response]> {
        .apiPost(SetQuoteProducts.path, requests)
    }

    /// `GET /api/v5/rfq/mmp-config`: “Get MMP Config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-mmp-config
    public enum GetMMPConfig {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/mmp-config"
        /// The parameters of `GET /api/v5/rfq/mmp-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-mmp-config
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/mmp-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-mmp-config
        public struct Response: Codable, Sendable, TapeDirect {
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `frozenInterval`: an integer (a string on the wire).
            public let frozenInterval: Int?
            /// `countLimit`: an integer (a string on the wire).
            public let countLimit: Int?
            /// `mmpFrozen`: a boolean.
            public let mmpFrozen: Bool?
            /// `mmpFrozenUntil`: text.
            public let mmpFrozenUntil: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.timeInterval = try c.apiInteger("timeInterval")
                self.frozenInterval = try c.apiInteger("frozenInterval")
                self.countLimit = try c.apiInteger("countLimit")
                self.mmpFrozen = try c.apiBoolean("mmpFrozen")
                self.mmpFrozenUntil = try c.apiText("mmpFrozenUntil")
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
                    case 0x3C4038C9B9091C25: if v0 < 0, m.isKey("timeInterval") { v0 = m.value }
                    case 0x6001E4E2F482CB0A: if v1 < 0, m.isKey("frozenInterval") { v1 = m.value }
                    case 0x13BF301C088B4D27: if v2 < 0, m.isKey("countLimit") { v2 = m.value }
                    case 0xF57A750440F7335B: if v3 < 0, m.isKey("mmpFrozen") { v3 = m.value }
                    case 0xC8498AD21EF5298D: if v4 < 0, m.isKey("mmpFrozenUntil") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.timeInterval = try d.directInteger(v0)
                self.frozenInterval = try d.directInteger(v1)
                self.countLimit = try d.directInteger(v2)
                self.mmpFrozen = try d.directBoolean(v3)
                self.mmpFrozenUntil = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteInteger(self.frozenInterval, "frozenInterval")
                try c.apiWriteInteger(self.countLimit, "countLimit")
                try c.apiWriteBoolean(self.mmpFrozen, "mmpFrozen")
                try c.apiWriteText(self.mmpFrozenUntil, "mmpFrozenUntil")
            }
        }
    }

    /// `GET /api/v5/rfq/mmp-config`: “Get MMP Config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-mmp-config
    public static func getMMPConfig(_ request: GetMMPConfig.Request = .init()) -> Endpoint<[GetMMPConfig.Response]> {
        .apiGet(GetMMPConfig.path, request)
    }

    /// `POST /api/v5/rfq/mmp-config`: “Set MMP”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-mmp
    public enum SetMMP {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/mmp-config"
        /// The parameters of `POST /api/v5/rfq/mmp-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-mmp
        public struct Request: APIRequestFields {
            /// `timeInterval`: an integer (a string on the wire); required.
            public var timeInterval: Int
            /// `frozenInterval`: an integer (a string on the wire); required.
            public var frozenInterval: Int
            /// `countLimit`: an integer (a string on the wire); required.
            public var countLimit: Int
            /// A request with the given parameters; nil ones are not sent.
            public init(timeInterval: Int, frozenInterval: Int, countLimit: Int) {
                self.timeInterval = timeInterval
                self.frozenInterval = frozenInterval
                self.countLimit = countLimit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("timeInterval", timeInterval)
                p.add("frozenInterval", frozenInterval)
                p.add("countLimit", countLimit)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/mmp-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-mmp
        public struct Response: Codable, Sendable, TapeDirect {
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `frozenInterval`: an integer (a string on the wire).
            public let frozenInterval: Int?
            /// `countLimit`: an integer (a string on the wire).
            public let countLimit: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.timeInterval = try c.apiInteger("timeInterval")
                self.frozenInterval = try c.apiInteger("frozenInterval")
                self.countLimit = try c.apiInteger("countLimit")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x3C4038C9B9091C25: if v0 < 0, m.isKey("timeInterval") { v0 = m.value }
                    case 0x6001E4E2F482CB0A: if v1 < 0, m.isKey("frozenInterval") { v1 = m.value }
                    case 0x13BF301C088B4D27: if v2 < 0, m.isKey("countLimit") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.timeInterval = try d.directInteger(v0)
                self.frozenInterval = try d.directInteger(v1)
                self.countLimit = try d.directInteger(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteInteger(self.frozenInterval, "frozenInterval")
                try c.apiWriteInteger(self.countLimit, "countLimit")
            }
        }
    }

    /// `POST /api/v5/rfq/mmp-config`: “Set MMP”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-set-mmp
    public static func setMMP(_ request: SetMMP.Request) -> Endpoint<[SetMMP.Response]> {
        .apiPost(SetMMP.path, request)
    }

    /// `POST /api/v5/rfq/mmp-reset`: “Reset MMP status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-reset-mmp-status
    public enum ResetMMPStatus {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/rfq/mmp-reset"
        /// The parameters of `POST /api/v5/rfq/mmp-reset`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-reset-mmp-status
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `POST /api/v5/rfq/mmp-reset`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-reset-mmp-status
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

    /// `POST /api/v5/rfq/mmp-reset`: “Reset MMP status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-reset-mmp-status
    public static func resetMMPStatus(_ request: ResetMMPStatus.Request = .init()) -> Endpoint<[ResetMMPStatus.Response]> {
        .apiPost(ResetMMPStatus.path, request)
    }

    /// `GET /api/v5/rfq/public-trades`: “Get public multi-leg transactions of block trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-multi-leg-transactions-of-block-trades
    public enum GetPublicMultiLegTransactionsOfBlockTrades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/public-trades"
        /// The parameters of `GET /api/v5/rfq/public-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-multi-leg-transactions-of-block-trades
        public struct Request: APIRequestFields {
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(beginId: String? = nil, endId: String? = nil, limit: Int? = nil) {
                self.beginId = beginId
                self.endId = endId
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/public-trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-multi-leg-transactions-of-block-trades
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `tradeId`: text.
                public let tradeId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiEnum("side")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0x0791A710B055183C: if v4 < 0, m.isKey("tradeId") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.side = try d.directEnum(v3)
                    self.tradeId = try d.directText(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// `strategy`: text.
            public let strategy: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `blockTdId`: text.
            public let blockTdId: String
            /// `groupId`: text.
            public let groupId: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.strategy = try c.apiText("strategy")
                self.cTime = try c.apiDate("cTime")
                self.blockTdId = try c.apiRequiredText("blockTdId")
                self.groupId = try c.apiText("groupId")
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
                while let h = try m.next() {
                    switch h {
                    case 0x2F2724F046220C64: if v0 < 0, m.isKey("strategy") { v0 = m.value }
                    case 0x97CBF7DBB8D1A953: if v1 < 0, m.isKey("cTime") { v1 = m.value }
                    case 0xC16E30FBA7DD82BF: if v2 < 0, m.isKey("blockTdId") { v2 = m.value }
                    case 0x01944C770862DE21: if v3 < 0, m.isKey("groupId") { v3 = m.value }
                    case 0x24B477ADA208116C: if v4 < 0, m.isKey("legs") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.strategy = try d.directText(v0)
                self.cTime = try d.directDate(v1)
                self.blockTdId = try d.directRequiredText(v2, "blockTdId")
                self.groupId = try d.directText(v3)
                self.legs = try d.directNested(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.strategy, "strategy")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteNested(self.legs, "legs")
            }
        }
    }

    /// `GET /api/v5/rfq/public-trades`: “Get public multi-leg transactions of block trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-public-multi-leg-transactions-of-block-trades
    public static func getPublicMultiLegTransactionsOfBlockTrades(_ request: GetPublicMultiLegTransactionsOfBlockTrades.Request = .init()) -> Endpoint<[GetPublicMultiLegTransactionsOfBlockTrades.Response]> {
        .apiGet(GetPublicMultiLegTransactionsOfBlockTrades.path, request)
    }

    /// `GET /api/v5/rfq/quotes`: “Get quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quotes
    public enum GetQuotes {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/quotes"
        /// The parameters of `GET /api/v5/rfq/quotes`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quotes
        public struct Request: APIRequestFields {
            /// `rfqId`: text.
            public var rfqId: String?
            /// `clRfqId`: text.
            public var clRfqId: String?
            /// `quoteId`: text.
            public var quoteId: String?
            /// `clQuoteId`: text.
            public var clQuoteId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String? = nil, clRfqId: String? = nil, quoteId: String? = nil, clQuoteId: String? = nil, state: State? = nil, beginId: String? = nil, endId: String? = nil, limit: Int? = nil) {
                self.rfqId = rfqId
                self.clRfqId = clRfqId
                self.quoteId = quoteId
                self.clQuoteId = clQuoteId
                self.state = state
                self.beginId = beginId
                self.endId = endId
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("clRfqId", clRfqId)
                p.add("quoteId", quoteId)
                p.add("clQuoteId", clQuoteId)
                p.add("state", state)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/quotes`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quotes
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.px = try c.apiDecimal("px")
                    self.side = try c.apiEnum("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
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
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                        case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                        case 0x297B967F0EEA27C2: if v6 < 0, m.isKey("posSide") { v6 = m.value }
                        case 0xD2F181B86AE4553D: if v7 < 0, m.isKey("tgtCcy") { v7 = m.value }
                        case 0xADABDA5226275360: if v8 < 0, m.isKey("tradeQuoteCcy") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.px = try d.directDecimal(v4)
                    self.side = try d.directEnum(v5)
                    self.posSide = try d.directEnum(v6)
                    self.tgtCcy = try d.directText(v7)
                    self.tradeQuoteCcy = try d.directText(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `reason`: one of a documented set of values (unknown values are kept).
            public let reason: Reason?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `tag`: text.
            public let tag: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `quoteSide`: text.
            public let quoteSide: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.reason = try c.apiEnum("reason")
                self.validUntil = try c.apiDate("validUntil")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.tag = try c.apiText("tag")
                self.traderCode = try c.apiText("traderCode")
                self.quoteSide = try c.apiText("quoteSide")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x65E8D7F3474F2639: if v3 < 0, m.isKey("reason") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0xB778C40B12C75E95: if v5 < 0, m.isKey("rfqId") { v5 = m.value }
                    case 0x772380A69D612764: if v6 < 0, m.isKey("clRfqId") { v6 = m.value }
                    case 0xE53D9B18938FAEDA: if v7 < 0, m.isKey("quoteId") { v7 = m.value }
                    case 0x9069027602F33D0B: if v8 < 0, m.isKey("clQuoteId") { v8 = m.value }
                    case 0x56D7AB194448A4F3: if v9 < 0, m.isKey("tag") { v9 = m.value }
                    case 0xD16422B071E535B8: if v10 < 0, m.isKey("traderCode") { v10 = m.value }
                    case 0x65CEEE0FAAA5F58C: if v11 < 0, m.isKey("quoteSide") { v11 = m.value }
                    case 0x24B477ADA208116C: if v12 < 0, m.isKey("legs") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.reason = try d.directEnum(v3)
                self.validUntil = try d.directDate(v4)
                self.rfqId = try d.directRequiredText(v5, "rfqId")
                self.clRfqId = try d.directText(v6)
                self.quoteId = try d.directText(v7)
                self.clQuoteId = try d.directText(v8)
                self.tag = try d.directText(v9)
                self.traderCode = try d.directText(v10)
                self.quoteSide = try d.directText(v11)
                self.legs = try d.directNested(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.reason, "reason")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.quoteSide, "quoteSide")
                try c.apiWriteNested(self.legs, "legs")
            }
        }
    }

    /// `GET /api/v5/rfq/quotes`: “Get quotes”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-quotes
    public static func getQuotes(_ request: GetQuotes.Request = .init()) -> Endpoint<[GetQuotes.Response]> {
        .apiGet(GetQuotes.path, request)
    }

    /// `GET /api/v5/rfq/rfqs`: “Get rfqs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-rfqs
    public enum GetRfqs {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/rfqs"
        /// The parameters of `GET /api/v5/rfq/rfqs`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-rfqs
        public struct Request: APIRequestFields {
            /// `rfqId`: text.
            public var rfqId: String?
            /// `clRfqId`: text.
            public var clRfqId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String? = nil, clRfqId: String? = nil, state: State? = nil, beginId: String? = nil, endId: String? = nil, limit: Int? = nil) {
                self.rfqId = rfqId
                self.clRfqId = clRfqId
                self.state = state
                self.beginId = beginId
                self.endId = endId
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("clRfqId", clRfqId)
                p.add("state", state)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/rfqs`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-rfqs
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiEnum("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
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
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0x297B967F0EEA27C2: if v5 < 0, m.isKey("posSide") { v5 = m.value }
                        case 0xD2F181B86AE4553D: if v6 < 0, m.isKey("tgtCcy") { v6 = m.value }
                        case 0xADABDA5226275360: if v7 < 0, m.isKey("tradeQuoteCcy") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.side = try d.directEnum(v4)
                    self.posSide = try d.directEnum(v5)
                    self.tgtCcy = try d.directText(v6)
                    self.tradeQuoteCcy = try d.directText(v7)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public let tdMode: TdMode?
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public let posSide: PosSide?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.sz = try c.apiDecimal("sz")
                        self.tdMode = try c.apiEnum("tdMode")
                        self.ccy = try c.apiText("ccy")
                        self.posSide = try c.apiEnum("posSide")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0x74FC9DE3D6168692: if v2 < 0, m.isKey("tdMode") { v2 = m.value }
                            case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                            case 0x297B967F0EEA27C2: if v4 < 0, m.isKey("posSide") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.tdMode = try d.directEnum(v2)
                        self.ccy = try d.directText(v3)
                        self.posSide = try d.directEnum(v4)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteEnum(self.tdMode, "tdMode")
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteEnum(self.posSide, "posSide")
                    }
                }
                /// `acct`: text.
                public let acct: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acct = try c.apiText("acct")
                    self.legs = try c.apiNested("legs")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x0754D683F52006EA: if v0 < 0, m.isKey("acct") { v0 = m.value }
                        case 0x24B477ADA208116C: if v1 < 0, m.isKey("legs") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acct = try d.directText(v0)
                    self.legs = try d.directNested(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `counterparties`: a list of text values.
            public let counterparties: [String]?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `tag`: text.
            public let tag: String?
            /// `flowType`: text.
            public let flowType: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `rfqId`: text.
            public let rfqId: String
            /// `allowPartialExecution`: a boolean.
            public let allowPartialExecution: Bool?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `groupId`: text.
            public let groupId: String?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.counterparties = try c.apiTexts("counterparties")
                self.validUntil = try c.apiDate("validUntil")
                self.clRfqId = try c.apiText("clRfqId")
                self.tag = try c.apiText("tag")
                self.flowType = try c.apiText("flowType")
                self.traderCode = try c.apiText("traderCode")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.allowPartialExecution = try c.apiBoolean("allowPartialExecution")
                self.legs = try c.apiNested("legs")
                self.groupId = try c.apiText("groupId")
                self.acctAlloc = try c.apiNested("acctAlloc")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x54C54FABA93100F9: if v3 < 0, m.isKey("counterparties") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0x772380A69D612764: if v5 < 0, m.isKey("clRfqId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x58EACD504B4FB61D: if v7 < 0, m.isKey("flowType") { v7 = m.value }
                    case 0xD16422B071E535B8: if v8 < 0, m.isKey("traderCode") { v8 = m.value }
                    case 0xB778C40B12C75E95: if v9 < 0, m.isKey("rfqId") { v9 = m.value }
                    case 0x7B0048383EF24CE3: if v10 < 0, m.isKey("allowPartialExecution") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x01944C770862DE21: if v12 < 0, m.isKey("groupId") { v12 = m.value }
                    case 0x22E1063B37B88CBB: if v13 < 0, m.isKey("acctAlloc") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.counterparties = try d.directTexts(v3)
                self.validUntil = try d.directDate(v4)
                self.clRfqId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.flowType = try d.directText(v7)
                self.traderCode = try d.directText(v8)
                self.rfqId = try d.directRequiredText(v9, "rfqId")
                self.allowPartialExecution = try d.directBoolean(v10)
                self.legs = try d.directNested(v11)
                self.groupId = try d.directText(v12)
                self.acctAlloc = try d.directNested(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteTexts(self.counterparties, "counterparties")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.flowType, "flowType")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteBoolean(self.allowPartialExecution, "allowPartialExecution")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
        }
    }

    /// `GET /api/v5/rfq/rfqs`: “Get rfqs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-rfqs
    public static func getRfqs(_ request: GetRfqs.Request = .init()) -> Endpoint<[GetRfqs.Response]> {
        .apiGet(GetRfqs.path, request)
    }

    /// `GET /api/v5/rfq/trades`: “Get trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-trades
    public enum GetTrades {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rfq/trades"
        /// The parameters of `GET /api/v5/rfq/trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-trades
        public struct Request: APIRequestFields {
            /// `rfqId`: text.
            public var rfqId: String?
            /// `clRfqId`: text.
            public var clRfqId: String?
            /// `quoteId`: text.
            public var quoteId: String?
            /// `blockTdId`: text.
            public var blockTdId: String?
            /// `clQuoteId`: text.
            public var clQuoteId: String?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `beginTs`: a time (epoch milliseconds on the wire).
            public var beginTs: Date?
            /// `endTs`: a time (epoch milliseconds on the wire).
            public var endTs: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `isSuccessful`: a boolean.
            public var isSuccessful: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(rfqId: String? = nil, clRfqId: String? = nil, quoteId: String? = nil, blockTdId: String? = nil, clQuoteId: String? = nil, beginId: String? = nil, endId: String? = nil, beginTs: Date? = nil, endTs: Date? = nil, limit: Int? = nil, isSuccessful: Bool? = nil) {
                self.rfqId = rfqId
                self.clRfqId = clRfqId
                self.quoteId = quoteId
                self.blockTdId = blockTdId
                self.clQuoteId = clQuoteId
                self.beginId = beginId
                self.endId = endId
                self.beginTs = beginTs
                self.endTs = endTs
                self.limit = limit
                self.isSuccessful = isSuccessful
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("rfqId", rfqId)
                p.add("clRfqId", clRfqId)
                p.add("quoteId", quoteId)
                p.add("blockTdId", blockTdId)
                p.add("clQuoteId", clQuoteId)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("beginTs", beginTs)
                p.add("endTs", endTs)
                p.add("limit", limit)
                p.add("isSuccessful", isSuccessful)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/rfq/trades`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-trades
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `fee`: a decimal number (a string on the wire).
                public let fee: Decimal?
                /// `feeCcy`: text.
                public let feeCcy: String?
                /// `tradeId`: text.
                public let tradeId: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiEnum("side")
                    self.fee = try c.apiDecimal("fee")
                    self.feeCcy = try c.apiText("feeCcy")
                    self.tradeId = try c.apiText("tradeId")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
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
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                        case 0x1E2D7FE73967FEA0: if v5 < 0, m.isKey("feeCcy") { v5 = m.value }
                        case 0x0791A710B055183C: if v6 < 0, m.isKey("tradeId") { v6 = m.value }
                        case 0xADABDA5226275360: if v7 < 0, m.isKey("tradeQuoteCcy") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.side = try d.directEnum(v3)
                    self.fee = try d.directDecimal(v4)
                    self.feeCcy = try d.directText(v5)
                    self.tradeId = try d.directText(v6)
                    self.tradeQuoteCcy = try d.directText(v7)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDecimal(self.fee, "fee")
                    try c.apiWriteText(self.feeCcy, "feeCcy")
                    try c.apiWriteText(self.tradeId, "tradeId")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tradeId`: text.
                    public let tradeId: String?
                    /// `fee`: a decimal number (a string on the wire).
                    public let fee: Decimal?
                    /// `feeCcy`: text.
                    public let feeCcy: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.sz = try c.apiDecimal("sz")
                        self.tradeId = try c.apiText("tradeId")
                        self.fee = try c.apiDecimal("fee")
                        self.feeCcy = try c.apiText("feeCcy")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                            case 0xDCC68B18FEEAA3E3: if v3 < 0, m.isKey("fee") { v3 = m.value }
                            case 0x1E2D7FE73967FEA0: if v4 < 0, m.isKey("feeCcy") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.tradeId = try d.directText(v2)
                        self.fee = try d.directDecimal(v3)
                        self.feeCcy = try d.directText(v4)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteText(self.tradeId, "tradeId")
                        try c.apiWriteDecimal(self.fee, "fee")
                        try c.apiWriteText(self.feeCcy, "feeCcy")
                    }
                }
                /// `blockTdId`: text.
                public let blockTdId: String?
                /// `errorCode`: text.
                public let errorCode: String?
                /// `acct`: text.
                public let acct: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.blockTdId = try c.apiText("blockTdId")
                    self.errorCode = try c.apiText("errorCode")
                    self.acct = try c.apiText("acct")
                    self.legs = try c.apiNested("legs")
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
                        case 0xC16E30FBA7DD82BF: if v0 < 0, m.isKey("blockTdId") { v0 = m.value }
                        case 0xE8D966B66369AD18: if v1 < 0, m.isKey("errorCode") { v1 = m.value }
                        case 0x0754D683F52006EA: if v2 < 0, m.isKey("acct") { v2 = m.value }
                        case 0x24B477ADA208116C: if v3 < 0, m.isKey("legs") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.blockTdId = try d.directText(v0)
                    self.errorCode = try d.directText(v1)
                    self.acct = try d.directText(v2)
                    self.legs = try d.directNested(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.blockTdId, "blockTdId")
                    try c.apiWriteText(self.errorCode, "errorCode")
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `blockTdId`: text.
            public let blockTdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `tTraderCode`: text.
            public let tTraderCode: String?
            /// `mTraderCode`: text.
            public let mTraderCode: String?
            /// `isSuccessful`: a boolean.
            public let isSuccessful: Bool?
            /// `errorCode`: text.
            public let errorCode: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.blockTdId = try c.apiText("blockTdId")
                self.tag = try c.apiText("tag")
                self.tTraderCode = try c.apiText("tTraderCode")
                self.mTraderCode = try c.apiText("mTraderCode")
                self.isSuccessful = try c.apiBoolean("isSuccessful")
                self.errorCode = try c.apiText("errorCode")
                self.legs = try c.apiNested("legs")
                self.acctAlloc = try c.apiNested("acctAlloc")
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
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0xB778C40B12C75E95: if v1 < 0, m.isKey("rfqId") { v1 = m.value }
                    case 0x772380A69D612764: if v2 < 0, m.isKey("clRfqId") { v2 = m.value }
                    case 0xE53D9B18938FAEDA: if v3 < 0, m.isKey("quoteId") { v3 = m.value }
                    case 0x9069027602F33D0B: if v4 < 0, m.isKey("clQuoteId") { v4 = m.value }
                    case 0xC16E30FBA7DD82BF: if v5 < 0, m.isKey("blockTdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0xB9E33A78F2E773FE: if v7 < 0, m.isKey("tTraderCode") { v7 = m.value }
                    case 0x77045A3844C160B9: if v8 < 0, m.isKey("mTraderCode") { v8 = m.value }
                    case 0x4E6C514FC11918AB: if v9 < 0, m.isKey("isSuccessful") { v9 = m.value }
                    case 0xE8D966B66369AD18: if v10 < 0, m.isKey("errorCode") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x22E1063B37B88CBB: if v12 < 0, m.isKey("acctAlloc") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.rfqId = try d.directRequiredText(v1, "rfqId")
                self.clRfqId = try d.directText(v2)
                self.quoteId = try d.directText(v3)
                self.clQuoteId = try d.directText(v4)
                self.blockTdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.tTraderCode = try d.directText(v7)
                self.mTraderCode = try d.directText(v8)
                self.isSuccessful = try d.directBoolean(v9)
                self.errorCode = try d.directText(v10)
                self.legs = try d.directNested(v11)
                self.acctAlloc = try d.directNested(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tTraderCode, "tTraderCode")
                try c.apiWriteText(self.mTraderCode, "mTraderCode")
                try c.apiWriteBoolean(self.isSuccessful, "isSuccessful")
                try c.apiWriteText(self.errorCode, "errorCode")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
        }
    }

    /// `GET /api/v5/rfq/trades`: “Get trades”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-rest-api-get-trades
    public static func getTrades(_ request: GetTrades.Request = .init()) -> Endpoint<[GetTrades.Response]> {
        .apiGet(GetTrades.path, request)
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
        /// `cash`.
        public static let cash: Self = "cash"
    }

    /// The values of `posSide` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosSide: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long`.
        public static let long: Self = "long"
        /// `short`.
        public static let short: Self = "short"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `active`.
        public static let active: Self = "active"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `pending_fill`.
        public static let pendingFill: Self = "pending_fill"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `expired`.
        public static let expired: Self = "expired"
        /// `failed`.
        public static let failed: Self = "failed"
        /// `traded_away`.
        public static let tradedAway: Self = "traded_away"
    }

    /// The values of `reason` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Reason: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `mmp_canceled`.
        public static let mmpCanceled: Self = "mmp_canceled"
    }
}
