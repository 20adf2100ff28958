// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/trade”.
    public enum Trade {}
}

extension API.Trade {
    /// `GET /api/v5/trade/account-rate-limit`: “Account rate limit”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-account-rate-limit
    public enum AccountRateLimit {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/account-rate-limit"
        /// The parameters of `GET /api/v5/trade/account-rate-limit`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-account-rate-limit
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/account-rate-limit`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-account-rate-limit
        public struct Response: Codable, Sendable, TapeDirect {
            /// `fillRatio`: a decimal number (a string on the wire).
            public let fillRatio: Decimal?
            /// `mainFillRatio`: a decimal number (a string on the wire).
            public let mainFillRatio: Decimal?
            /// `accRateLimit`: a decimal number (a string on the wire).
            public let accRateLimit: Decimal?
            /// `nextAccRateLimit`: a decimal number (a string on the wire).
            public let nextAccRateLimit: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fillRatio = try c.apiDecimal("fillRatio")
                self.mainFillRatio = try c.apiDecimal("mainFillRatio")
                self.accRateLimit = try c.apiDecimal("accRateLimit")
                self.nextAccRateLimit = try c.apiDecimal("nextAccRateLimit")
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
                    case 0x3EEA95C4B5AC16AB: if v0 < 0, m.isKey("fillRatio") { v0 = m.value }
                    case 0x805E9F51C9CE9B90: if v1 < 0, m.isKey("mainFillRatio") { v1 = m.value }
                    case 0x1307F5BD36A7CF5B: if v2 < 0, m.isKey("accRateLimit") { v2 = m.value }
                    case 0x46C3673E26EF3EAE: if v3 < 0, m.isKey("nextAccRateLimit") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fillRatio = try d.directDecimal(v0)
                self.mainFillRatio = try d.directDecimal(v1)
                self.accRateLimit = try d.directDecimal(v2)
                self.nextAccRateLimit = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.fillRatio, "fillRatio")
                try c.apiWriteDecimal(self.mainFillRatio, "mainFillRatio")
                try c.apiWriteDecimal(self.accRateLimit, "accRateLimit")
                try c.apiWriteDecimal(self.nextAccRateLimit, "nextAccRateLimit")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/trade/account-rate-limit`: “Account rate limit”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-account-rate-limit
    public static func accountRateLimit(_ request: AccountRateLimit.Request = .init()) -> Endpoint<[AccountRateLimit.Response]> {
        .apiGet(AccountRateLimit.path, request)
    }

    /// `POST /api/v5/trade/amend-batch-orders`: “Amend multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-multiple-orders
    public enum AmendMultipleOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/amend-batch-orders"
        /// The parameters of `POST /api/v5/trade/amend-batch-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-multiple-orders
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoId`: text; required in some cases.
                public var attachAlgoId: String?
                /// `attachAlgoClOrdId`: text; required in some cases.
                public var attachAlgoClOrdId: String?
                /// `newTpTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var newTpTriggerPx: Decimal?
                /// `newTpTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var newTpTriggerRatio: Decimal?
                /// `newTpOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var newTpOrdPx: Decimal?
                /// `newTpOrdKind`: one of a documented set of values (unknown values are kept).
                public var newTpOrdKind: NewTpOrdKind?
                /// `newSlTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var newSlTriggerPx: Decimal?
                /// `newSlTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var newSlTriggerRatio: Decimal?
                /// `newSlOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var newSlOrdPx: Decimal?
                /// `newTpTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
                public var newTpTriggerPxType: NewTpTriggerPxType?
                /// `newSlTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
                public var newSlTriggerPxType: NewSlTriggerPxType?
                /// `sz`: a decimal number (a string on the wire); required in some cases.
                public var sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public var amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `newCallbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackRatio: Decimal?
                /// `newCallbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackSpread: Decimal?
                /// `newActivePx`: a decimal number (a string on the wire).
                public var newActivePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoId: String? = nil, attachAlgoClOrdId: String? = nil, newTpTriggerPx: Decimal? = nil, newTpTriggerRatio: Decimal? = nil, newTpOrdPx: Decimal? = nil, newTpOrdKind: NewTpOrdKind? = nil, newSlTriggerPx: Decimal? = nil, newSlTriggerRatio: Decimal? = nil, newSlOrdPx: Decimal? = nil, newTpTriggerPxType: NewTpTriggerPxType? = nil, newSlTriggerPxType: NewSlTriggerPxType? = nil, sz: Decimal? = nil, amendPxOnTriggerType: AmendPxOnTriggerType? = nil, newCallbackRatio: Decimal? = nil, newCallbackSpread: Decimal? = nil, newActivePx: Decimal? = nil) {
                    self.attachAlgoId = attachAlgoId
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.newTpTriggerPx = newTpTriggerPx
                    self.newTpTriggerRatio = newTpTriggerRatio
                    self.newTpOrdPx = newTpOrdPx
                    self.newTpOrdKind = newTpOrdKind
                    self.newSlTriggerPx = newSlTriggerPx
                    self.newSlTriggerRatio = newSlTriggerRatio
                    self.newSlOrdPx = newSlOrdPx
                    self.newTpTriggerPxType = newTpTriggerPxType
                    self.newSlTriggerPxType = newSlTriggerPxType
                    self.sz = sz
                    self.amendPxOnTriggerType = amendPxOnTriggerType
                    self.newCallbackRatio = newCallbackRatio
                    self.newCallbackSpread = newCallbackSpread
                    self.newActivePx = newActivePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("attachAlgoId", attachAlgoId)
                    p.add("attachAlgoClOrdId", attachAlgoClOrdId)
                    p.add("newTpTriggerPx", newTpTriggerPx)
                    p.add("newTpTriggerRatio", newTpTriggerRatio)
                    p.add("newTpOrdPx", newTpOrdPx)
                    p.add("newTpOrdKind", newTpOrdKind)
                    p.add("newSlTriggerPx", newSlTriggerPx)
                    p.add("newSlTriggerRatio", newSlTriggerRatio)
                    p.add("newSlOrdPx", newSlOrdPx)
                    p.add("newTpTriggerPxType", newTpTriggerPxType)
                    p.add("newSlTriggerPxType", newSlTriggerPxType)
                    p.add("sz", sz)
                    p.add("amendPxOnTriggerType", amendPxOnTriggerType)
                    p.add("newCallbackRatio", newCallbackRatio)
                    p.add("newCallbackSpread", newCallbackSpread)
                    p.add("newActivePx", newActivePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `cxlOnFail`: a boolean.
            public var cxlOnFail: Bool?
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
            /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
            public var speedBump: SpeedBump?
            /// `newPxUsd`: a decimal number (a string on the wire); required in some cases.
            public var newPxUsd: Decimal?
            /// `newPxVol`: a decimal number (a string on the wire); required in some cases.
            public var newPxVol: Decimal?
            /// `pxAmendType`: one of a documented set of values (unknown values are kept).
            public var pxAmendType: PxAmendType?
            /// `rpiTakerAccess`: a boolean.
            public var rpiTakerAccess: Bool?
            /// `rpiPxRound`: a boolean.
            public var rpiPxRound: Bool?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, cxlOnFail: Bool? = nil, ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil, speedBump: SpeedBump? = nil, newPxUsd: Decimal? = nil, newPxVol: Decimal? = nil, pxAmendType: PxAmendType? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.cxlOnFail = cxlOnFail
                self.ordId = ordId
                self.clOrdId = clOrdId
                self.reqId = reqId
                self.newSz = newSz
                self.newPx = newPx
                self.speedBump = speedBump
                self.newPxUsd = newPxUsd
                self.newPxVol = newPxVol
                self.pxAmendType = pxAmendType
                self.rpiTakerAccess = rpiTakerAccess
                self.rpiPxRound = rpiPxRound
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("cxlOnFail", cxlOnFail)
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                p.add("reqId", reqId)
                p.add("newSz", newSz)
                p.add("newPx", newPx)
                p.add("speedBump", speedBump)
                p.add("newPxUsd", newPxUsd)
                p.add("newPxVol", newPxVol)
                p.add("pxAmendType", pxAmendType)
                p.add("rpiTakerAccess", rpiTakerAccess)
                p.add("rpiPxRound", rpiPxRound)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/amend-batch-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-multiple-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `reqId`: text.
            public let reqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `subCode`: text.
            public let subCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.ts = try c.apiDate("ts")
                self.reqId = try c.apiText("reqId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.subCode = try c.apiText("subCode")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v3 < 0, m.isKey("reqId") { v3 = m.value }
                    case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                    case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                    case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.ts = try d.directDate(v2)
                self.reqId = try d.directText(v3)
                self.sCode = try d.directText(v4)
                self.sMsg = try d.directText(v5)
                self.subCode = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.subCode, "subCode")
            }
        }
    }

    /// `POST /api/v5/trade/amend-batch-orders`: “Amend multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-multiple-orders
    public static func amendMultipleOrders(_ requests: [AmendMultipleOrders.Request]) -> Endpoint<[AmendMultipleOrders.Response]> {
        .apiPost(AmendMultipleOrders.path, requests)
    }

    /// `POST /api/v5/trade/amend-order`: “Amend order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-order
    public enum AmendOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/amend-order"
        /// The parameters of `POST /api/v5/trade/amend-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoId`: text; required in some cases.
                public var attachAlgoId: String?
                /// `attachAlgoClOrdId`: text; required in some cases.
                public var attachAlgoClOrdId: String?
                /// `newTpTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var newTpTriggerPx: Decimal?
                /// `newTpTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var newTpTriggerRatio: Decimal?
                /// `newTpOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var newTpOrdPx: Decimal?
                /// `newTpOrdKind`: one of a documented set of values (unknown values are kept).
                public var newTpOrdKind: NewTpOrdKind?
                /// `newSlTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var newSlTriggerPx: Decimal?
                /// `newSlTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var newSlTriggerRatio: Decimal?
                /// `newSlOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var newSlOrdPx: Decimal?
                /// `newTpTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
                public var newTpTriggerPxType: NewTpTriggerPxType?
                /// `newSlTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
                public var newSlTriggerPxType: NewSlTriggerPxType?
                /// `sz`: a decimal number (a string on the wire); required in some cases.
                public var sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public var amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `newCallbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackRatio: Decimal?
                /// `newCallbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackSpread: Decimal?
                /// `newActivePx`: a decimal number (a string on the wire).
                public var newActivePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoId: String? = nil, attachAlgoClOrdId: String? = nil, newTpTriggerPx: Decimal? = nil, newTpTriggerRatio: Decimal? = nil, newTpOrdPx: Decimal? = nil, newTpOrdKind: NewTpOrdKind? = nil, newSlTriggerPx: Decimal? = nil, newSlTriggerRatio: Decimal? = nil, newSlOrdPx: Decimal? = nil, newTpTriggerPxType: NewTpTriggerPxType? = nil, newSlTriggerPxType: NewSlTriggerPxType? = nil, sz: Decimal? = nil, amendPxOnTriggerType: AmendPxOnTriggerType? = nil, newCallbackRatio: Decimal? = nil, newCallbackSpread: Decimal? = nil, newActivePx: Decimal? = nil) {
                    self.attachAlgoId = attachAlgoId
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.newTpTriggerPx = newTpTriggerPx
                    self.newTpTriggerRatio = newTpTriggerRatio
                    self.newTpOrdPx = newTpOrdPx
                    self.newTpOrdKind = newTpOrdKind
                    self.newSlTriggerPx = newSlTriggerPx
                    self.newSlTriggerRatio = newSlTriggerRatio
                    self.newSlOrdPx = newSlOrdPx
                    self.newTpTriggerPxType = newTpTriggerPxType
                    self.newSlTriggerPxType = newSlTriggerPxType
                    self.sz = sz
                    self.amendPxOnTriggerType = amendPxOnTriggerType
                    self.newCallbackRatio = newCallbackRatio
                    self.newCallbackSpread = newCallbackSpread
                    self.newActivePx = newActivePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("attachAlgoId", attachAlgoId)
                    p.add("attachAlgoClOrdId", attachAlgoClOrdId)
                    p.add("newTpTriggerPx", newTpTriggerPx)
                    p.add("newTpTriggerRatio", newTpTriggerRatio)
                    p.add("newTpOrdPx", newTpOrdPx)
                    p.add("newTpOrdKind", newTpOrdKind)
                    p.add("newSlTriggerPx", newSlTriggerPx)
                    p.add("newSlTriggerRatio", newSlTriggerRatio)
                    p.add("newSlOrdPx", newSlOrdPx)
                    p.add("newTpTriggerPxType", newTpTriggerPxType)
                    p.add("newSlTriggerPxType", newSlTriggerPxType)
                    p.add("sz", sz)
                    p.add("amendPxOnTriggerType", amendPxOnTriggerType)
                    p.add("newCallbackRatio", newCallbackRatio)
                    p.add("newCallbackSpread", newCallbackSpread)
                    p.add("newActivePx", newActivePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `cxlOnFail`: a boolean.
            public var cxlOnFail: Bool?
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
            /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
            public var speedBump: SpeedBump?
            /// `newPxUsd`: a decimal number (a string on the wire); required in some cases.
            public var newPxUsd: Decimal?
            /// `newPxVol`: a decimal number (a string on the wire); required in some cases.
            public var newPxVol: Decimal?
            /// `pxAmendType`: one of a documented set of values (unknown values are kept).
            public var pxAmendType: PxAmendType?
            /// `rpiTakerAccess`: a boolean.
            public var rpiTakerAccess: Bool?
            /// `rpiPxRound`: a boolean.
            public var rpiPxRound: Bool?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, cxlOnFail: Bool? = nil, ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil, speedBump: SpeedBump? = nil, newPxUsd: Decimal? = nil, newPxVol: Decimal? = nil, pxAmendType: PxAmendType? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.cxlOnFail = cxlOnFail
                self.ordId = ordId
                self.clOrdId = clOrdId
                self.reqId = reqId
                self.newSz = newSz
                self.newPx = newPx
                self.speedBump = speedBump
                self.newPxUsd = newPxUsd
                self.newPxVol = newPxVol
                self.pxAmendType = pxAmendType
                self.rpiTakerAccess = rpiTakerAccess
                self.rpiPxRound = rpiPxRound
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("cxlOnFail", cxlOnFail)
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                p.add("reqId", reqId)
                p.add("newSz", newSz)
                p.add("newPx", newPx)
                p.add("speedBump", speedBump)
                p.add("newPxUsd", newPxUsd)
                p.add("newPxVol", newPxVol)
                p.add("pxAmendType", pxAmendType)
                p.add("rpiTakerAccess", rpiTakerAccess)
                p.add("rpiPxRound", rpiPxRound)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/amend-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `reqId`: text.
            public let reqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `subCode`: text.
            public let subCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.ts = try c.apiDate("ts")
                self.reqId = try c.apiText("reqId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.subCode = try c.apiText("subCode")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v3 < 0, m.isKey("reqId") { v3 = m.value }
                    case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                    case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                    case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.ts = try d.directDate(v2)
                self.reqId = try d.directText(v3)
                self.sCode = try d.directText(v4)
                self.sMsg = try d.directText(v5)
                self.subCode = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.subCode, "subCode")
            }
        }
    }

    /// `POST /api/v5/trade/amend-order`: “Amend order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-amend-order
    public static func amendOrder(_ request: AmendOrder.Request) -> Endpoint<[AmendOrder.Response]> {
        .apiPost(AmendOrder.path, request)
    }

    /// `POST /api/v5/trade/batch-orders`: “Place multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-multiple-orders
    public enum PlaceMultipleOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/batch-orders"
        /// The parameters of `POST /api/v5/trade/batch-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-multiple-orders
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoClOrdId`: text.
                public var attachAlgoClOrdId: String?
                /// `tpTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var tpTriggerRatio: Decimal?
                /// `tpOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var tpOrdPx: Decimal?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public var tpOrdKind: TpOrdKind?
                /// `slTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var slTriggerRatio: Decimal?
                /// `slOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var slOrdPx: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var tpTriggerPxType: TpTriggerPxType?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var slTriggerPxType: SlTriggerPxType?
                /// `sz`: a decimal number (a string on the wire); required in some cases.
                public var sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public var amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public var activePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoClOrdId: String? = nil, tpTriggerPx: Decimal? = nil, tpTriggerRatio: Decimal? = nil, tpOrdPx: Decimal? = nil, tpOrdKind: TpOrdKind? = nil, slTriggerPx: Decimal? = nil, slTriggerRatio: Decimal? = nil, slOrdPx: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, slTriggerPxType: SlTriggerPxType? = nil, sz: Decimal? = nil, amendPxOnTriggerType: AmendPxOnTriggerType? = nil, callbackRatio: Decimal? = nil, callbackSpread: Decimal? = nil, activePx: Decimal? = nil) {
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.tpTriggerPx = tpTriggerPx
                    self.tpTriggerRatio = tpTriggerRatio
                    self.tpOrdPx = tpOrdPx
                    self.tpOrdKind = tpOrdKind
                    self.slTriggerPx = slTriggerPx
                    self.slTriggerRatio = slTriggerRatio
                    self.slOrdPx = slOrdPx
                    self.tpTriggerPxType = tpTriggerPxType
                    self.slTriggerPxType = slTriggerPxType
                    self.sz = sz
                    self.amendPxOnTriggerType = amendPxOnTriggerType
                    self.callbackRatio = callbackRatio
                    self.callbackSpread = callbackSpread
                    self.activePx = activePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("attachAlgoClOrdId", attachAlgoClOrdId)
                    p.add("tpTriggerPx", tpTriggerPx)
                    p.add("tpTriggerRatio", tpTriggerRatio)
                    p.add("tpOrdPx", tpOrdPx)
                    p.add("tpOrdKind", tpOrdKind)
                    p.add("slTriggerPx", slTriggerPx)
                    p.add("slTriggerRatio", slTriggerRatio)
                    p.add("slOrdPx", slOrdPx)
                    p.add("tpTriggerPxType", tpTriggerPxType)
                    p.add("slTriggerPxType", slTriggerPxType)
                    p.add("sz", sz)
                    p.add("amendPxOnTriggerType", amendPxOnTriggerType)
                    p.add("callbackRatio", callbackRatio)
                    p.add("callbackSpread", callbackSpread)
                    p.add("activePx", activePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `ccy`: text.
            public var ccy: String?
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
            public var posSide: PosSide?
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
            public var speedBump: SpeedBump?
            /// `outcome`: one of a documented set of values (unknown values are kept); required in some cases.
            public var outcome: Outcome?
            /// `pxUsd`: a decimal number (a string on the wire); required in some cases.
            public var pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire); required in some cases.
            public var pxVol: Decimal?
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public var tgtCcy: TgtCcy?
            /// `banAmend`: a boolean.
            public var banAmend: Bool?
            /// `pxAmendType`: one of a documented set of values (unknown values are kept).
            public var pxAmendType: PxAmendType?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `slippagePct`: a decimal number (a string on the wire).
            public var slippagePct: Decimal?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public var stpMode: StpMode?
            /// `rpiTakerAccess`: a boolean.
            public var rpiTakerAccess: Bool?
            /// `rpiPxRound`: a boolean.
            public var rpiPxRound: Bool?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, tdMode: TdMode, ccy: String? = nil, clOrdId: String? = nil, tag: String? = nil, side: Side, posSide: PosSide? = nil, ordType: OrdType, sz: Decimal, px: Decimal? = nil, speedBump: SpeedBump? = nil, outcome: Outcome? = nil, pxUsd: Decimal? = nil, pxVol: Decimal? = nil, reduceOnly: Bool? = nil, tgtCcy: TgtCcy? = nil, banAmend: Bool? = nil, pxAmendType: PxAmendType? = nil, tradeQuoteCcy: String? = nil, slippagePct: Decimal? = nil, stpMode: StpMode? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.tdMode = tdMode
                self.ccy = ccy
                self.clOrdId = clOrdId
                self.tag = tag
                self.side = side
                self.posSide = posSide
                self.ordType = ordType
                self.sz = sz
                self.px = px
                self.speedBump = speedBump
                self.outcome = outcome
                self.pxUsd = pxUsd
                self.pxVol = pxVol
                self.reduceOnly = reduceOnly
                self.tgtCcy = tgtCcy
                self.banAmend = banAmend
                self.pxAmendType = pxAmendType
                self.tradeQuoteCcy = tradeQuoteCcy
                self.slippagePct = slippagePct
                self.stpMode = stpMode
                self.rpiTakerAccess = rpiTakerAccess
                self.rpiPxRound = rpiPxRound
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("tdMode", tdMode)
                p.add("ccy", ccy)
                p.add("clOrdId", clOrdId)
                p.add("tag", tag)
                p.add("side", side)
                p.add("posSide", posSide)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("px", px)
                p.add("speedBump", speedBump)
                p.add("outcome", outcome)
                p.add("pxUsd", pxUsd)
                p.add("pxVol", pxVol)
                p.add("reduceOnly", reduceOnly)
                p.add("tgtCcy", tgtCcy)
                p.add("banAmend", banAmend)
                p.add("pxAmendType", pxAmendType)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("slippagePct", slippagePct)
                p.add("stpMode", stpMode)
                p.add("rpiTakerAccess", rpiTakerAccess)
                p.add("rpiPxRound", rpiPxRound)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/batch-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-multiple-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `subCode`: text.
            public let subCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.ts = try c.apiDate("ts")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.subCode = try c.apiText("subCode")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                    case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                    case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.tag = try d.directText(v2)
                self.ts = try d.directDate(v3)
                self.sCode = try d.directText(v4)
                self.sMsg = try d.directText(v5)
                self.subCode = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.subCode, "subCode")
            }
        }
    }

    /// `POST /api/v5/trade/batch-orders`: “Place multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-multiple-orders
    public static func placeMultipleOrders(_ requests: [PlaceMultipleOrders.Request]) -> Endpoint<[PlaceMultipleOrders.Response]> {
        .apiPost(PlaceMultipleOrders.path, requests)
    }

    /// `POST /api/v5/trade/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
    public enum CancelAllAfter {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/cancel-all-after"
        /// The parameters of `POST /api/v5/trade/cancel-all-after`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
        public struct Request: APIRequestFields {
            /// `timeOut`: an integer (a string on the wire); required.
            public var timeOut: Int
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(timeOut: Int, tag: String? = nil) {
                self.timeOut = timeOut
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("timeOut", timeOut)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/cancel-all-after`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
        public struct Response: Codable, Sendable, TapeDirect {
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `tag`: text.
            public let tag: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.triggerTime = try c.apiDate("triggerTime")
                self.tag = try c.apiText("tag")
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
                    case 0xB0139ECD774B95BA: if v0 < 0, m.isKey("triggerTime") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.triggerTime = try d.directDate(v0)
                self.tag = try d.directText(v1)
                self.ts = try d.directDate(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/trade/cancel-all-after`: “Cancel All After”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-all-after
    public static func cancelAllAfter(_ request: CancelAllAfter.Request) -> Endpoint<[CancelAllAfter.Response]> {
        .apiPost(CancelAllAfter.path, request)
    }

    /// `POST /api/v5/trade/cancel-batch-orders`: “Cancel multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
    public enum CancelMultipleOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/cancel-batch-orders"
        /// The parameters of `POST /api/v5/trade/cancel-batch-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, ordId: String? = nil, clOrdId: String? = nil) {
                self.instId = instId
                self.ordId = ordId
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/cancel-batch-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.ts = try c.apiDate("ts")
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
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.ts = try d.directDate(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/trade/cancel-batch-orders`: “Cancel multiple orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-multiple-orders
    public static func cancelMultipleOrders(_ requests: [CancelMultipleOrders.Request]) -> Endpoint<[CancelMultipleOrders.Response]> {
        .apiPost(CancelMultipleOrders.path, requests)
    }

    /// `POST /api/v5/trade/cancel-order`: “Cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-order
    public enum CancelOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/cancel-order"
        /// The parameters of `POST /api/v5/trade/cancel-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-order
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, ordId: String? = nil, clOrdId: String? = nil) {
                self.instId = instId
                self.ordId = ordId
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/cancel-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.ts = try c.apiDate("ts")
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
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.ts = try d.directDate(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/trade/cancel-order`: “Cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-cancel-order
    public static func cancelOrder(_ request: CancelOrder.Request) -> Endpoint<[CancelOrder.Response]> {
        .apiPost(CancelOrder.path, request)
    }

    /// `POST /api/v5/trade/close-position`: “Close positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-close-positions
    public enum ClosePositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/close-position"
        /// The parameters of `POST /api/v5/trade/close-position`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-close-positions
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
            public var posSide: PosSide?
            /// `mgnMode`: one of a documented set of values (unknown values are kept); required.
            public var mgnMode: MgnMode
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `autoCxl`: a boolean.
            public var autoCxl: Bool?
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, posSide: PosSide? = nil, mgnMode: MgnMode, ccy: String? = nil, autoCxl: Bool? = nil, clOrdId: String? = nil, tag: String? = nil) {
                self.instId = instId
                self.posSide = posSide
                self.mgnMode = mgnMode
                self.ccy = ccy
                self.autoCxl = autoCxl
                self.clOrdId = clOrdId
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("posSide", posSide)
                p.add("mgnMode", mgnMode)
                p.add("ccy", ccy)
                p.add("autoCxl", autoCxl)
                p.add("clOrdId", clOrdId)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/close-position`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-close-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.posSide = try c.apiEnum("posSide")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
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
                    case 0x297B967F0EEA27C2: if v1 < 0, m.isKey("posSide") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.posSide = try d.directEnum(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/trade/close-position`: “Close positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-close-positions
    public static func closePositions(_ request: ClosePositions.Request) -> Endpoint<[ClosePositions.Response]> {
        .apiPost(ClosePositions.path, request)
    }

    /// `POST /api/v5/trade/easy-convert`: “Place easy convert”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-easy-convert
    public enum PlaceEasyConvert {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/easy-convert"
        /// The parameters of `POST /api/v5/trade/easy-convert`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-easy-convert
        public struct Request: APIRequestFields {
            /// `fromCcy`: a list of text values; required.
            public var fromCcy: [String]
            /// `toCcy`: text; required.
            public var toCcy: String
            /// `source`: one of a documented set of values (unknown values are kept).
            public var source: Source?
            /// A request with the given parameters; nil ones are not sent.
            public init(fromCcy: [String], toCcy: String, source: Source? = nil) {
                self.fromCcy = fromCcy
                self.toCcy = toCcy
                self.source = source
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("fromCcy", fromCcy)
                p.add("toCcy", toCcy)
                p.add("source", source)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/easy-convert`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-easy-convert
        public struct Response: Codable, Sendable, TapeDirect {
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `fillFromSz`: a decimal number (a string on the wire).
            public let fillFromSz: Decimal?
            /// `fillToSz`: a decimal number (a string on the wire).
            public let fillToSz: Decimal?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.status = try c.apiEnum("status")
                self.fromCcy = try c.apiText("fromCcy")
                self.toCcy = try c.apiText("toCcy")
                self.fillFromSz = try c.apiDecimal("fillFromSz")
                self.fillToSz = try c.apiDecimal("fillToSz")
                self.uTime = try c.apiDate("uTime")
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
                    case 0xC4D5696D6CC12C2F: if v0 < 0, m.isKey("status") { v0 = m.value }
                    case 0xAD01B7437837FEDE: if v1 < 0, m.isKey("fromCcy") { v1 = m.value }
                    case 0xF795987DC73CDC91: if v2 < 0, m.isKey("toCcy") { v2 = m.value }
                    case 0x83EFA1814C70FEB1: if v3 < 0, m.isKey("fillFromSz") { v3 = m.value }
                    case 0x2D13C54C24D59904: if v4 < 0, m.isKey("fillToSz") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.status = try d.directEnum(v0)
                self.fromCcy = try d.directText(v1)
                self.toCcy = try d.directText(v2)
                self.fillFromSz = try d.directDecimal(v3)
                self.fillToSz = try d.directDecimal(v4)
                self.uTime = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.fillFromSz, "fillFromSz")
                try c.apiWriteDecimal(self.fillToSz, "fillToSz")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `POST /api/v5/trade/easy-convert`: “Place easy convert”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-easy-convert
    public static func placeEasyConvert(_ request: PlaceEasyConvert.Request) -> Endpoint<[PlaceEasyConvert.Response]> {
        .apiPost(PlaceEasyConvert.path, request)
    }

    /// `GET /api/v5/trade/easy-convert-currency-list`: “Easy convert currency list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-currency-list
    public enum EasyConvertCurrencyList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/easy-convert-currency-list"
        /// The parameters of `GET /api/v5/trade/easy-convert-currency-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-currency-list
        public struct Request: APIRequestFields {
            /// `source`: one of a documented set of values (unknown values are kept).
            public var source: Source?
            /// A request with the given parameters; nil ones are not sent.
            public init(source: Source? = nil) {
                self.source = source
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("source", source)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/easy-convert-currency-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-currency-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct FromData: Codable, Sendable, TapeDirect {
                /// `fromCcy`: text.
                public let fromCcy: String?
                /// `fromAmt`: a decimal number (a string on the wire).
                public let fromAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.fromCcy = try c.apiText("fromCcy")
                    self.fromAmt = try c.apiDecimal("fromAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xAD01B7437837FEDE: if v0 < 0, m.isKey("fromCcy") { v0 = m.value }
                        case 0x9B8D62436E4C2CB5: if v1 < 0, m.isKey("fromAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.fromCcy = try d.directText(v0)
                    self.fromAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.fromCcy, "fromCcy")
                    try c.apiWriteDecimal(self.fromAmt, "fromAmt")
                }
            }
            /// `fromData`: a list of nested objects.
            public let fromData: [FromData]?
            /// `toCcy`: a list of text values.
            public let toCcy: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fromData = try c.apiNested("fromData")
                self.toCcy = try c.apiTexts("toCcy")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x13FE687B99C7D355: if v0 < 0, m.isKey("fromData") { v0 = m.value }
                    case 0xF795987DC73CDC91: if v1 < 0, m.isKey("toCcy") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fromData = try d.directNested(v0)
                self.toCcy = try d.directTexts(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.fromData, "fromData")
                try c.apiWriteTexts(self.toCcy, "toCcy")
            }
        }
    }

    /// `GET /api/v5/trade/easy-convert-currency-list`: “Easy convert currency list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-currency-list
    public static func easyConvertCurrencyList(_ request: EasyConvertCurrencyList.Request = .init()) -> Endpoint<[EasyConvertCurrencyList.Response]> {
        .apiGet(EasyConvertCurrencyList.path, request)
    }

    /// `GET /api/v5/trade/easy-convert-history`: “Easy convert history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-history
    public enum EasyConvertHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/easy-convert-history"
        /// The parameters of `GET /api/v5/trade/easy-convert-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/easy-convert-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `fillFromSz`: a decimal number (a string on the wire).
            public let fillFromSz: Decimal?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `fillToSz`: a decimal number (a string on the wire).
            public let fillToSz: Decimal?
            /// `acct`: one of a documented set of values (unknown values are kept).
            public let acct: Acct?
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fromCcy = try c.apiText("fromCcy")
                self.fillFromSz = try c.apiDecimal("fillFromSz")
                self.toCcy = try c.apiText("toCcy")
                self.fillToSz = try c.apiDecimal("fillToSz")
                self.acct = try c.apiEnum("acct")
                self.status = try c.apiEnum("status")
                self.uTime = try c.apiDate("uTime")
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
                    case 0xAD01B7437837FEDE: if v0 < 0, m.isKey("fromCcy") { v0 = m.value }
                    case 0x83EFA1814C70FEB1: if v1 < 0, m.isKey("fillFromSz") { v1 = m.value }
                    case 0xF795987DC73CDC91: if v2 < 0, m.isKey("toCcy") { v2 = m.value }
                    case 0x2D13C54C24D59904: if v3 < 0, m.isKey("fillToSz") { v3 = m.value }
                    case 0x0754D683F52006EA: if v4 < 0, m.isKey("acct") { v4 = m.value }
                    case 0xC4D5696D6CC12C2F: if v5 < 0, m.isKey("status") { v5 = m.value }
                    case 0x607ED783146D4C29: if v6 < 0, m.isKey("uTime") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fromCcy = try d.directText(v0)
                self.fillFromSz = try d.directDecimal(v1)
                self.toCcy = try d.directText(v2)
                self.fillToSz = try d.directDecimal(v3)
                self.acct = try d.directEnum(v4)
                self.status = try d.directEnum(v5)
                self.uTime = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteDecimal(self.fillFromSz, "fillFromSz")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.fillToSz, "fillToSz")
                try c.apiWriteEnum(self.acct, "acct")
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/trade/easy-convert-history`: “Easy convert history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-easy-convert-history
    public static func easyConvertHistory(_ request: EasyConvertHistory.Request = .init()) -> Endpoint<[EasyConvertHistory.Response]> {
        .apiGet(EasyConvertHistory.path, request)
    }

    /// `GET /api/v5/trade/fills`: “Transaction details (last 3 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-days
    public enum TransactionDetailsLast3Days {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/fills"
        /// The parameters of `GET /api/v5/trade/fills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-days
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `ordId`: text.
            public var ordId: String?
            /// `subType`: one of a documented set of values (unknown values are kept).
            public var subType: SubType?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instFamily: String? = nil, instId: String? = nil, ordId: String? = nil, subType: SubType? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.ordId = ordId
                self.subType = subType
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ordId", ordId)
                p.add("subType", subType)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/fills`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-days
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `billId`: text.
            public let billId: String?
            /// `subType`: text.
            public let subType: String?
            /// `tag`: text.
            public let tag: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillIdxPx`: a decimal number (a string on the wire).
            public let fillIdxPx: Decimal?
            /// `fillPnl`: a decimal number (a string on the wire).
            public let fillPnl: Decimal?
            /// `fillPxVol`: a decimal number (a string on the wire).
            public let fillPxVol: Decimal?
            /// `fillPxUsd`: a decimal number (a string on the wire).
            public let fillPxUsd: Decimal?
            /// `fillMarkVol`: a decimal number (a string on the wire).
            public let fillMarkVol: Decimal?
            /// `fillFwdPx`: a decimal number (a string on the wire).
            public let fillFwdPx: Decimal?
            /// `fillMarkPx`: a decimal number (a string on the wire).
            public let fillMarkPx: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `execType`: one of a documented set of values (unknown values are kept).
            public let execType: ExecType?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `feeRate`: a decimal number (a string on the wire).
            public let feeRate: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.billId = try c.apiText("billId")
                self.subType = try c.apiText("subType")
                self.tag = try c.apiText("tag")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillIdxPx = try c.apiDecimal("fillIdxPx")
                self.fillPnl = try c.apiDecimal("fillPnl")
                self.fillPxVol = try c.apiDecimal("fillPxVol")
                self.fillPxUsd = try c.apiDecimal("fillPxUsd")
                self.fillMarkVol = try c.apiDecimal("fillMarkVol")
                self.fillFwdPx = try c.apiDecimal("fillFwdPx")
                self.fillMarkPx = try c.apiDecimal("fillMarkPx")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.execType = try c.apiEnum("execType")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.ts = try c.apiDate("ts")
                self.fillTime = try c.apiDate("fillTime")
                self.feeRate = try c.apiDecimal("feeRate")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x76ED59528A2E9E7C: if v4 < 0, m.isKey("clOrdId") { v4 = m.value }
                    case 0x58FC9E6248F4DD71: if v5 < 0, m.isKey("billId") { v5 = m.value }
                    case 0xDF60BE6455EE677D: if v6 < 0, m.isKey("subType") { v6 = m.value }
                    case 0x56D7AB194448A4F3: if v7 < 0, m.isKey("tag") { v7 = m.value }
                    case 0x602880A90A6DACD0: if v8 < 0, m.isKey("fillPx") { v8 = m.value }
                    case 0x603284A90A760821: if v9 < 0, m.isKey("fillSz") { v9 = m.value }
                    case 0xCA0379BB656CCF67: if v10 < 0, m.isKey("fillIdxPx") { v10 = m.value }
                    case 0xD25D5F3CB83FA3DA: if v11 < 0, m.isKey("fillPnl") { v11 = m.value }
                    case 0xEE54B0EB8DD60351: if v12 < 0, m.isKey("fillPxVol") { v12 = m.value }
                    case 0xE39179EB87247D80: if v13 < 0, m.isKey("fillPxUsd") { v13 = m.value }
                    case 0x4D7D346073848E5E: if v14 < 0, m.isKey("fillMarkVol") { v14 = m.value }
                    case 0x6E1FB99DDD898EE9: if v15 < 0, m.isKey("fillFwdPx") { v15 = m.value }
                    case 0x1BD4BD38B7D08DB9: if v16 < 0, m.isKey("fillMarkPx") { v16 = m.value }
                    case 0x4E0C8A18E635803E: if v17 < 0, m.isKey("side") { v17 = m.value }
                    case 0x297B967F0EEA27C2: if v18 < 0, m.isKey("posSide") { v18 = m.value }
                    case 0xE1EAA9A61EC91894: if v19 < 0, m.isKey("execType") { v19 = m.value }
                    case 0x1E2D7FE73967FEA0: if v20 < 0, m.isKey("feeCcy") { v20 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v21 < 0, m.isKey("fee") { v21 = m.value }
                    case 0x08C83D07B56AC770: if v22 < 0, m.isKey("ts") { v22 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v23 < 0, m.isKey("fillTime") { v23 = m.value }
                    case 0x557791756A9F77C9: if v24 < 0, m.isKey("feeRate") { v24 = m.value }
                    case 0xADABDA5226275360: if v25 < 0, m.isKey("tradeQuoteCcy") { v25 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tradeId = try d.directRequiredText(v2, "tradeId")
                self.ordId = try d.directText(v3)
                self.clOrdId = try d.directText(v4)
                self.billId = try d.directText(v5)
                self.subType = try d.directText(v6)
                self.tag = try d.directText(v7)
                self.fillPx = try d.directDecimal(v8)
                self.fillSz = try d.directDecimal(v9)
                self.fillIdxPx = try d.directDecimal(v10)
                self.fillPnl = try d.directDecimal(v11)
                self.fillPxVol = try d.directDecimal(v12)
                self.fillPxUsd = try d.directDecimal(v13)
                self.fillMarkVol = try d.directDecimal(v14)
                self.fillFwdPx = try d.directDecimal(v15)
                self.fillMarkPx = try d.directDecimal(v16)
                self.side = try d.directEnum(v17)
                self.posSide = try d.directEnum(v18)
                self.execType = try d.directEnum(v19)
                self.feeCcy = try d.directText(v20)
                self.fee = try d.directDecimal(v21)
                self.ts = try d.directDate(v22)
                self.fillTime = try d.directDate(v23)
                self.feeRate = try d.directDecimal(v24)
                self.tradeQuoteCcy = try d.directText(v25)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.subType, "subType")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillIdxPx, "fillIdxPx")
                try c.apiWriteDecimal(self.fillPnl, "fillPnl")
                try c.apiWriteDecimal(self.fillPxVol, "fillPxVol")
                try c.apiWriteDecimal(self.fillPxUsd, "fillPxUsd")
                try c.apiWriteDecimal(self.fillMarkVol, "fillMarkVol")
                try c.apiWriteDecimal(self.fillFwdPx, "fillFwdPx")
                try c.apiWriteDecimal(self.fillMarkPx, "fillMarkPx")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.execType, "execType")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.feeRate, "feeRate")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/trade/fills`: “Transaction details (last 3 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-days
    public static func transactionDetailsLast3Days(_ request: TransactionDetailsLast3Days.Request = .init()) -> Endpoint<[TransactionDetailsLast3Days.Response]> {
        .apiGet(TransactionDetailsLast3Days.path, request)
    }

    /// `GET /api/v5/trade/fills-history`: “Transaction details (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-months
    public enum TransactionDetailsLast3Months {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/fills-history"
        /// The parameters of `GET /api/v5/trade/fills-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-months
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `ordId`: text.
            public var ordId: String?
            /// `subType`: one of a documented set of values (unknown values are kept).
            public var subType: SubType?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil, ordId: String? = nil, subType: SubType? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.ordId = ordId
                self.subType = subType
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ordId", ordId)
                p.add("subType", subType)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/fills-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-months
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `billId`: text.
            public let billId: String?
            /// `subType`: text.
            public let subType: String?
            /// `tag`: text.
            public let tag: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillIdxPx`: a decimal number (a string on the wire).
            public let fillIdxPx: Decimal?
            /// `fillPnl`: a decimal number (a string on the wire).
            public let fillPnl: Decimal?
            /// `fillPxVol`: a decimal number (a string on the wire).
            public let fillPxVol: Decimal?
            /// `fillPxUsd`: a decimal number (a string on the wire).
            public let fillPxUsd: Decimal?
            /// `fillMarkVol`: a decimal number (a string on the wire).
            public let fillMarkVol: Decimal?
            /// `fillFwdPx`: a decimal number (a string on the wire).
            public let fillFwdPx: Decimal?
            /// `fillMarkPx`: a decimal number (a string on the wire).
            public let fillMarkPx: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `execType`: one of a documented set of values (unknown values are kept).
            public let execType: ExecType?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `feeRate`: a decimal number (a string on the wire).
            public let feeRate: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.billId = try c.apiText("billId")
                self.subType = try c.apiText("subType")
                self.tag = try c.apiText("tag")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillIdxPx = try c.apiDecimal("fillIdxPx")
                self.fillPnl = try c.apiDecimal("fillPnl")
                self.fillPxVol = try c.apiDecimal("fillPxVol")
                self.fillPxUsd = try c.apiDecimal("fillPxUsd")
                self.fillMarkVol = try c.apiDecimal("fillMarkVol")
                self.fillFwdPx = try c.apiDecimal("fillFwdPx")
                self.fillMarkPx = try c.apiDecimal("fillMarkPx")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.execType = try c.apiEnum("execType")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.ts = try c.apiDate("ts")
                self.fillTime = try c.apiDate("fillTime")
                self.feeRate = try c.apiDecimal("feeRate")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x76ED59528A2E9E7C: if v4 < 0, m.isKey("clOrdId") { v4 = m.value }
                    case 0x58FC9E6248F4DD71: if v5 < 0, m.isKey("billId") { v5 = m.value }
                    case 0xDF60BE6455EE677D: if v6 < 0, m.isKey("subType") { v6 = m.value }
                    case 0x56D7AB194448A4F3: if v7 < 0, m.isKey("tag") { v7 = m.value }
                    case 0x602880A90A6DACD0: if v8 < 0, m.isKey("fillPx") { v8 = m.value }
                    case 0x603284A90A760821: if v9 < 0, m.isKey("fillSz") { v9 = m.value }
                    case 0xCA0379BB656CCF67: if v10 < 0, m.isKey("fillIdxPx") { v10 = m.value }
                    case 0xD25D5F3CB83FA3DA: if v11 < 0, m.isKey("fillPnl") { v11 = m.value }
                    case 0xEE54B0EB8DD60351: if v12 < 0, m.isKey("fillPxVol") { v12 = m.value }
                    case 0xE39179EB87247D80: if v13 < 0, m.isKey("fillPxUsd") { v13 = m.value }
                    case 0x4D7D346073848E5E: if v14 < 0, m.isKey("fillMarkVol") { v14 = m.value }
                    case 0x6E1FB99DDD898EE9: if v15 < 0, m.isKey("fillFwdPx") { v15 = m.value }
                    case 0x1BD4BD38B7D08DB9: if v16 < 0, m.isKey("fillMarkPx") { v16 = m.value }
                    case 0x4E0C8A18E635803E: if v17 < 0, m.isKey("side") { v17 = m.value }
                    case 0x297B967F0EEA27C2: if v18 < 0, m.isKey("posSide") { v18 = m.value }
                    case 0xE1EAA9A61EC91894: if v19 < 0, m.isKey("execType") { v19 = m.value }
                    case 0x1E2D7FE73967FEA0: if v20 < 0, m.isKey("feeCcy") { v20 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v21 < 0, m.isKey("fee") { v21 = m.value }
                    case 0x08C83D07B56AC770: if v22 < 0, m.isKey("ts") { v22 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v23 < 0, m.isKey("fillTime") { v23 = m.value }
                    case 0x557791756A9F77C9: if v24 < 0, m.isKey("feeRate") { v24 = m.value }
                    case 0xADABDA5226275360: if v25 < 0, m.isKey("tradeQuoteCcy") { v25 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tradeId = try d.directRequiredText(v2, "tradeId")
                self.ordId = try d.directText(v3)
                self.clOrdId = try d.directText(v4)
                self.billId = try d.directText(v5)
                self.subType = try d.directText(v6)
                self.tag = try d.directText(v7)
                self.fillPx = try d.directDecimal(v8)
                self.fillSz = try d.directDecimal(v9)
                self.fillIdxPx = try d.directDecimal(v10)
                self.fillPnl = try d.directDecimal(v11)
                self.fillPxVol = try d.directDecimal(v12)
                self.fillPxUsd = try d.directDecimal(v13)
                self.fillMarkVol = try d.directDecimal(v14)
                self.fillFwdPx = try d.directDecimal(v15)
                self.fillMarkPx = try d.directDecimal(v16)
                self.side = try d.directEnum(v17)
                self.posSide = try d.directEnum(v18)
                self.execType = try d.directEnum(v19)
                self.feeCcy = try d.directText(v20)
                self.fee = try d.directDecimal(v21)
                self.ts = try d.directDate(v22)
                self.fillTime = try d.directDate(v23)
                self.feeRate = try d.directDecimal(v24)
                self.tradeQuoteCcy = try d.directText(v25)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.subType, "subType")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillIdxPx, "fillIdxPx")
                try c.apiWriteDecimal(self.fillPnl, "fillPnl")
                try c.apiWriteDecimal(self.fillPxVol, "fillPxVol")
                try c.apiWriteDecimal(self.fillPxUsd, "fillPxUsd")
                try c.apiWriteDecimal(self.fillMarkVol, "fillMarkVol")
                try c.apiWriteDecimal(self.fillFwdPx, "fillFwdPx")
                try c.apiWriteDecimal(self.fillMarkPx, "fillMarkPx")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.execType, "execType")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.feeRate, "feeRate")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/trade/fills-history`: “Transaction details (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-transaction-details-last-3-months
    public static func transactionDetailsLast3Months(_ request: TransactionDetailsLast3Months.Request) -> Endpoint<[TransactionDetailsLast3Months.Response]> {
        .apiGet(TransactionDetailsLast3Months.path, request)
    }

    /// `POST /api/v5/trade/mass-cancel`: “Mass cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-mass-cancel-order
    public enum MassCancelOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/mass-cancel"
        /// The parameters of `POST /api/v5/trade/mass-cancel`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-mass-cancel-order
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text; required.
            public var instFamily: String
            /// `lockInterval`: an integer (a string on the wire).
            public var lockInterval: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String, lockInterval: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.lockInterval = lockInterval
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("lockInterval", lockInterval)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/mass-cancel`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-mass-cancel-order
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

    /// `POST /api/v5/trade/mass-cancel`: “Mass cancel order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-mass-cancel-order
    public static func massCancelOrder(_ request: MassCancelOrder.Request) -> Endpoint<[MassCancelOrder.Response]> {
        .apiPost(MassCancelOrder.path, request)
    }

    /// `POST /api/v5/trade/one-click-repay`: “Trade one-click repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay
    public enum TradeOneClickRepay {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay"
        /// The parameters of `POST /api/v5/trade/one-click-repay`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay
        public struct Request: APIRequestFields {
            /// `debtCcy`: a list of text values; required.
            public var debtCcy: [String]
            /// `repayCcy`: text; required.
            public var repayCcy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(debtCcy: [String], repayCcy: String) {
                self.debtCcy = debtCcy
                self.repayCcy = repayCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("debtCcy", debtCcy)
                p.add("repayCcy", repayCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/one-click-repay`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay
        public struct Response: Codable, Sendable, TapeDirect {
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `debtCcy`: text.
            public let debtCcy: String?
            /// `repayCcy`: text.
            public let repayCcy: String?
            /// `fillDebtSz`: a decimal number (a string on the wire).
            public let fillDebtSz: Decimal?
            /// `fillRepaySz`: a decimal number (a string on the wire).
            public let fillRepaySz: Decimal?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.status = try c.apiEnum("status")
                self.debtCcy = try c.apiText("debtCcy")
                self.repayCcy = try c.apiText("repayCcy")
                self.fillDebtSz = try c.apiDecimal("fillDebtSz")
                self.fillRepaySz = try c.apiDecimal("fillRepaySz")
                self.uTime = try c.apiDate("uTime")
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
                    case 0xC4D5696D6CC12C2F: if v0 < 0, m.isKey("status") { v0 = m.value }
                    case 0xCFA9743998756329: if v1 < 0, m.isKey("debtCcy") { v1 = m.value }
                    case 0xF1EBC1F05F66504F: if v2 < 0, m.isKey("repayCcy") { v2 = m.value }
                    case 0xBAACA7A1C7992898: if v3 < 0, m.isKey("fillDebtSz") { v3 = m.value }
                    case 0x2EB5843D2AE74FD0: if v4 < 0, m.isKey("fillRepaySz") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.status = try d.directEnum(v0)
                self.debtCcy = try d.directText(v1)
                self.repayCcy = try d.directText(v2)
                self.fillDebtSz = try d.directDecimal(v3)
                self.fillRepaySz = try d.directDecimal(v4)
                self.uTime = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteText(self.debtCcy, "debtCcy")
                try c.apiWriteText(self.repayCcy, "repayCcy")
                try c.apiWriteDecimal(self.fillDebtSz, "fillDebtSz")
                try c.apiWriteDecimal(self.fillRepaySz, "fillRepaySz")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `POST /api/v5/trade/one-click-repay`: “Trade one-click repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay
    public static func tradeOneClickRepay(_ request: TradeOneClickRepay.Request) -> Endpoint<[TradeOneClickRepay.Response]> {
        .apiPost(TradeOneClickRepay.path, request)
    }

    /// `GET /api/v5/trade/one-click-repay-currency-list`: “One-click repay currency list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list
    public enum OneClickRepayCurrencyList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay-currency-list"
        /// The parameters of `GET /api/v5/trade/one-click-repay-currency-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list
        public struct Request: APIRequestFields {
            /// `debtType`: one of a documented set of values (unknown values are kept).
            public var debtType: DebtType?
            /// A request with the given parameters; nil ones are not sent.
            public init(debtType: DebtType? = nil) {
                self.debtType = debtType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("debtType", debtType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/one-click-repay-currency-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct DebtData: Codable, Sendable, TapeDirect {
                /// `debtCcy`: text.
                public let debtCcy: String?
                /// `debtAmt`: a decimal number (a string on the wire).
                public let debtAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.debtCcy = try c.apiText("debtCcy")
                    self.debtAmt = try c.apiDecimal("debtAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xCFA9743998756329: if v0 < 0, m.isKey("debtCcy") { v0 = m.value }
                        case 0xC0EA2D3990D6331E: if v1 < 0, m.isKey("debtAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.debtCcy = try d.directText(v0)
                    self.debtAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.debtCcy, "debtCcy")
                    try c.apiWriteDecimal(self.debtAmt, "debtAmt")
                }
            }
            /// A nested object of the response.
            public struct RepayData: Codable, Sendable, TapeDirect {
                /// `repayCcy`: text.
                public let repayCcy: String?
                /// `repayAmt`: a decimal number (a string on the wire).
                public let repayAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.repayCcy = try c.apiText("repayCcy")
                    self.repayAmt = try c.apiDecimal("repayAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF1EBC1F05F66504F: if v0 < 0, m.isKey("repayCcy") { v0 = m.value }
                        case 0x03F606F069D1DE3C: if v1 < 0, m.isKey("repayAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.repayCcy = try d.directText(v0)
                    self.repayAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.repayCcy, "repayCcy")
                    try c.apiWriteDecimal(self.repayAmt, "repayAmt")
                }
            }
            /// `debtData`: a list of nested objects.
            public let debtData: [DebtData]?
            /// `debtType`: one of a documented set of values (unknown values are kept).
            public let debtType: DebtType?
            /// `repayData`: a list of nested objects.
            public let repayData: [RepayData]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debtData = try c.apiNested("debtData")
                self.debtType = try c.apiEnum("debtType")
                self.repayData = try c.apiNested("repayData")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x70E133A761658424: if v0 < 0, m.isKey("debtData") { v0 = m.value }
                    case 0x4EA7971F160CF954: if v1 < 0, m.isKey("debtType") { v1 = m.value }
                    case 0xE69C935A6584857E: if v2 < 0, m.isKey("repayData") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debtData = try d.directNested(v0)
                self.debtType = try d.directEnum(v1)
                self.repayData = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.debtData, "debtData")
                try c.apiWriteEnum(self.debtType, "debtType")
                try c.apiWriteNested(self.repayData, "repayData")
            }
        }
    }

    /// `GET /api/v5/trade/one-click-repay-currency-list`: “One-click repay currency list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list
    public static func oneClickRepayCurrencyList(_ request: OneClickRepayCurrencyList.Request = .init()) -> Endpoint<[OneClickRepayCurrencyList.Response]> {
        .apiGet(OneClickRepayCurrencyList.path, request)
    }

    /// `GET /api/v5/trade/one-click-repay-currency-list-v2`: “One-click repay currency list (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list-new
    public enum OneClickRepayCurrencyListNew {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay-currency-list-v2"
        /// The parameters of `GET /api/v5/trade/one-click-repay-currency-list-v2`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list-new
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/one-click-repay-currency-list-v2`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list-new
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct DebtData: Codable, Sendable, TapeDirect {
                /// `debtCcy`: text.
                public let debtCcy: String?
                /// `debtAmt`: a decimal number (a string on the wire).
                public let debtAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.debtCcy = try c.apiText("debtCcy")
                    self.debtAmt = try c.apiDecimal("debtAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xCFA9743998756329: if v0 < 0, m.isKey("debtCcy") { v0 = m.value }
                        case 0xC0EA2D3990D6331E: if v1 < 0, m.isKey("debtAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.debtCcy = try d.directText(v0)
                    self.debtAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.debtCcy, "debtCcy")
                    try c.apiWriteDecimal(self.debtAmt, "debtAmt")
                }
            }
            /// A nested object of the response.
            public struct RepayData: Codable, Sendable, TapeDirect {
                /// `repayCcy`: text.
                public let repayCcy: String?
                /// `repayAmt`: a decimal number (a string on the wire).
                public let repayAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.repayCcy = try c.apiText("repayCcy")
                    self.repayAmt = try c.apiDecimal("repayAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF1EBC1F05F66504F: if v0 < 0, m.isKey("repayCcy") { v0 = m.value }
                        case 0x03F606F069D1DE3C: if v1 < 0, m.isKey("repayAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.repayCcy = try d.directText(v0)
                    self.repayAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.repayCcy, "repayCcy")
                    try c.apiWriteDecimal(self.repayAmt, "repayAmt")
                }
            }
            /// `debtData`: a list of nested objects.
            public let debtData: [DebtData]?
            /// `repayData`: a list of nested objects.
            public let repayData: [RepayData]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debtData = try c.apiNested("debtData")
                self.repayData = try c.apiNested("repayData")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x70E133A761658424: if v0 < 0, m.isKey("debtData") { v0 = m.value }
                    case 0xE69C935A6584857E: if v1 < 0, m.isKey("repayData") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debtData = try d.directNested(v0)
                self.repayData = try d.directNested(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.debtData, "debtData")
                try c.apiWriteNested(self.repayData, "repayData")
            }
        }
    }

    /// `GET /api/v5/trade/one-click-repay-currency-list-v2`: “One-click repay currency list (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-currency-list-new
    public static func oneClickRepayCurrencyListNew(_ request: OneClickRepayCurrencyListNew.Request = .init()) -> Endpoint<[OneClickRepayCurrencyListNew.Response]> {
        .apiGet(OneClickRepayCurrencyListNew.path, request)
    }

    /// `GET /api/v5/trade/one-click-repay-history`: “One-click repay history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history
    public enum OneClickRepayHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay-history"
        /// The parameters of `GET /api/v5/trade/one-click-repay-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/one-click-repay-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `debtCcy`: text.
            public let debtCcy: String?
            /// `fillDebtSz`: a decimal number (a string on the wire).
            public let fillDebtSz: Decimal?
            /// `repayCcy`: text.
            public let repayCcy: String?
            /// `fillRepaySz`: a decimal number (a string on the wire).
            public let fillRepaySz: Decimal?
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debtCcy = try c.apiText("debtCcy")
                self.fillDebtSz = try c.apiDecimal("fillDebtSz")
                self.repayCcy = try c.apiText("repayCcy")
                self.fillRepaySz = try c.apiDecimal("fillRepaySz")
                self.status = try c.apiEnum("status")
                self.uTime = try c.apiDate("uTime")
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
                    case 0xCFA9743998756329: if v0 < 0, m.isKey("debtCcy") { v0 = m.value }
                    case 0xBAACA7A1C7992898: if v1 < 0, m.isKey("fillDebtSz") { v1 = m.value }
                    case 0xF1EBC1F05F66504F: if v2 < 0, m.isKey("repayCcy") { v2 = m.value }
                    case 0x2EB5843D2AE74FD0: if v3 < 0, m.isKey("fillRepaySz") { v3 = m.value }
                    case 0xC4D5696D6CC12C2F: if v4 < 0, m.isKey("status") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debtCcy = try d.directText(v0)
                self.fillDebtSz = try d.directDecimal(v1)
                self.repayCcy = try d.directText(v2)
                self.fillRepaySz = try d.directDecimal(v3)
                self.status = try d.directEnum(v4)
                self.uTime = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.debtCcy, "debtCcy")
                try c.apiWriteDecimal(self.fillDebtSz, "fillDebtSz")
                try c.apiWriteText(self.repayCcy, "repayCcy")
                try c.apiWriteDecimal(self.fillRepaySz, "fillRepaySz")
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/trade/one-click-repay-history`: “One-click repay history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history
    public static func oneClickRepayHistory(_ request: OneClickRepayHistory.Request = .init()) -> Endpoint<[OneClickRepayHistory.Response]> {
        .apiGet(OneClickRepayHistory.path, request)
    }

    /// `GET /api/v5/trade/one-click-repay-history-v2`: “One-click repay history (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history-new
    public enum OneClickRepayHistoryNew {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay-history-v2"
        /// The parameters of `GET /api/v5/trade/one-click-repay-history-v2`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history-new
        public struct Request: APIRequestFields, PageableRequest {
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/one-click-repay-history-v2`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history-new
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct OrdIdInfo: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String?
                /// `instId`: text.
                public let instId: String?
                /// `ordType`: one of a documented set of values (unknown values are kept).
                public let ordType: OrdType?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `fillPx`: a decimal number (a string on the wire).
                public let fillPx: Decimal?
                /// `fillSz`: a decimal number (a string on the wire).
                public let fillSz: Decimal?
                /// `state`: one of a documented set of values (unknown values are kept).
                public let state: State?
                /// `cTime`: a time (epoch milliseconds on the wire).
                public let cTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
                    self.instId = try c.apiText("instId")
                    self.ordType = try c.apiEnum("ordType")
                    self.side = try c.apiEnum("side")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.fillPx = try c.apiDecimal("fillPx")
                    self.fillSz = try c.apiDecimal("fillSz")
                    self.state = try c.apiEnum("state")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                        case 0xE876851027B58648: if v2 < 0, m.isKey("ordType") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                        case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                        case 0x602880A90A6DACD0: if v6 < 0, m.isKey("fillPx") { v6 = m.value }
                        case 0x603284A90A760821: if v7 < 0, m.isKey("fillSz") { v7 = m.value }
                        case 0xEE63AAAD45B1B116: if v8 < 0, m.isKey("state") { v8 = m.value }
                        case 0x97CBF7DBB8D1A953: if v9 < 0, m.isKey("cTime") { v9 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directText(v0)
                    self.instId = try d.directText(v1)
                    self.ordType = try d.directEnum(v2)
                    self.side = try d.directEnum(v3)
                    self.px = try d.directDecimal(v4)
                    self.sz = try d.directDecimal(v5)
                    self.fillPx = try d.directDecimal(v6)
                    self.fillSz = try d.directDecimal(v7)
                    self.state = try d.directEnum(v8)
                    self.cTime = try d.directDate(v9)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.ordType, "ordType")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.fillPx, "fillPx")
                    try c.apiWriteDecimal(self.fillSz, "fillSz")
                    try c.apiWriteEnum(self.state, "state")
                    try c.apiWriteDate(self.cTime, "cTime")
                }
            }
            /// `debtCcy`: text.
            public let debtCcy: String?
            /// `repayCcyList`: a list of text values.
            public let repayCcyList: [String]?
            /// `fillDebtSz`: a decimal number (a string on the wire).
            public let fillDebtSz: Decimal?
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `ordIdInfo`: a list of nested objects.
            public let ordIdInfo: [OrdIdInfo]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debtCcy = try c.apiText("debtCcy")
                self.repayCcyList = try c.apiTexts("repayCcyList")
                self.fillDebtSz = try c.apiDecimal("fillDebtSz")
                self.status = try c.apiEnum("status")
                self.ordIdInfo = try c.apiNested("ordIdInfo")
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
                    case 0xCFA9743998756329: if v0 < 0, m.isKey("debtCcy") { v0 = m.value }
                    case 0xB9A7755E68A96C17: if v1 < 0, m.isKey("repayCcyList") { v1 = m.value }
                    case 0xBAACA7A1C7992898: if v2 < 0, m.isKey("fillDebtSz") { v2 = m.value }
                    case 0xC4D5696D6CC12C2F: if v3 < 0, m.isKey("status") { v3 = m.value }
                    case 0x8038AD66BB37268D: if v4 < 0, m.isKey("ordIdInfo") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debtCcy = try d.directText(v0)
                self.repayCcyList = try d.directTexts(v1)
                self.fillDebtSz = try d.directDecimal(v2)
                self.status = try d.directEnum(v3)
                self.ordIdInfo = try d.directNested(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.debtCcy, "debtCcy")
                try c.apiWriteTexts(self.repayCcyList, "repayCcyList")
                try c.apiWriteDecimal(self.fillDebtSz, "fillDebtSz")
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteNested(self.ordIdInfo, "ordIdInfo")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/trade/one-click-repay-history-v2`: “One-click repay history (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-one-click-repay-history-new
    public static func oneClickRepayHistoryNew(_ request: OneClickRepayHistoryNew.Request = .init()) -> Endpoint<[OneClickRepayHistoryNew.Response]> {
        .apiGet(OneClickRepayHistoryNew.path, request)
    }

    /// `POST /api/v5/trade/one-click-repay-v2`: “Trade one-click repay (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay-new
    public enum TradeOneClickRepayNew {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/one-click-repay-v2"
        /// The parameters of `POST /api/v5/trade/one-click-repay-v2`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay-new
        public struct Request: APIRequestFields {
            /// `debtCcy`: text; required.
            public var debtCcy: String
            /// `repayCcyList`: a list of text values; required.
            public var repayCcyList: [String]
            /// A request with the given parameters; nil ones are not sent.
            public init(debtCcy: String, repayCcyList: [String]) {
                self.debtCcy = debtCcy
                self.repayCcyList = repayCcyList
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("debtCcy", debtCcy)
                p.add("repayCcyList", repayCcyList)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/one-click-repay-v2`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay-new
        public struct Response: Codable, Sendable, TapeDirect {
            /// `debtCcy`: text.
            public let debtCcy: String?
            /// `repayCcyList`: a list of text values.
            public let repayCcyList: [String]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debtCcy = try c.apiText("debtCcy")
                self.repayCcyList = try c.apiTexts("repayCcyList")
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
                    case 0xCFA9743998756329: if v0 < 0, m.isKey("debtCcy") { v0 = m.value }
                    case 0xB9A7755E68A96C17: if v1 < 0, m.isKey("repayCcyList") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debtCcy = try d.directText(v0)
                self.repayCcyList = try d.directTexts(v1)
                self.ts = try d.directDate(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.debtCcy, "debtCcy")
                try c.apiWriteTexts(self.repayCcyList, "repayCcyList")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/trade/one-click-repay-v2`: “Trade one-click repay (New)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-trade-one-click-repay-new
    public static func tradeOneClickRepayNew(_ request: TradeOneClickRepayNew.Request) -> Endpoint<[TradeOneClickRepayNew.Response]> {
        .apiPost(TradeOneClickRepayNew.path, request)
    }

    /// `GET /api/v5/trade/order`: “Order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-details
    public enum OrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/order"
        /// The parameters of `GET /api/v5/trade/order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-details
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `ordId`: text; required in some cases.
            public var ordId: String?
            /// `clOrdId`: text; required in some cases.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, ordId: String? = nil, clOrdId: String? = nil) {
                self.instId = instId
                self.ordId = ordId
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoId`: text.
                public let attachAlgoId: String?
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public let tpOrdKind: TpOrdKind?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public let tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire).
                public let tpTriggerRatio: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let tpTriggerPxType: TpTriggerPxType?
                /// `tpOrdPx`: a decimal number (a string on the wire).
                public let tpOrdPx: Decimal?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public let slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire).
                public let slTriggerRatio: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let slTriggerPxType: SlTriggerPxType?
                /// `slOrdPx`: a decimal number (a string on the wire).
                public let slOrdPx: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public let amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// `failCode`: text.
                public let failCode: String?
                /// `failReason`: text.
                public let failReason: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoId = try c.apiText("attachAlgoId")
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpOrdKind = try c.apiEnum("tpOrdKind")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.sz = try c.apiDecimal("sz")
                    self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
                    self.failCode = try c.apiText("failCode")
                    self.failReason = try c.apiText("failReason")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xCC6A59D343A30DD2: if v0 < 0, m.isKey("attachAlgoId") { v0 = m.value }
                        case 0x810621D0E3DFA3AE: if v1 < 0, m.isKey("attachAlgoClOrdId") { v1 = m.value }
                        case 0xD1DA2CA28175E18E: if v2 < 0, m.isKey("tpOrdKind") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0xA4AC5541E1715DEA: if v4 < 0, m.isKey("tpTriggerRatio") { v4 = m.value }
                        case 0x5E9E22E1077F8277: if v5 < 0, m.isKey("tpTriggerPxType") { v5 = m.value }
                        case 0xE78728D2C6576664: if v6 < 0, m.isKey("tpOrdPx") { v6 = m.value }
                        case 0x54DE5C06C1B6E122: if v7 < 0, m.isKey("slTriggerPx") { v7 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v8 < 0, m.isKey("slTriggerRatio") { v8 = m.value }
                        case 0x2E071A62AA81C4D2: if v9 < 0, m.isKey("slTriggerPxType") { v9 = m.value }
                        case 0x9B6C978E2E265439: if v10 < 0, m.isKey("slOrdPx") { v10 = m.value }
                        case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                        case 0x9EB51AAC603AC97F: if v12 < 0, m.isKey("amendPxOnTriggerType") { v12 = m.value }
                        case 0x948FFC082B0FAE1D: if v13 < 0, m.isKey("callbackRatio") { v13 = m.value }
                        case 0xA7673F6F54D42B4D: if v14 < 0, m.isKey("callbackSpread") { v14 = m.value }
                        case 0x829CAFAD1D2383CF: if v15 < 0, m.isKey("activePx") { v15 = m.value }
                        case 0x6E4A8F90F5603BCC: if v16 < 0, m.isKey("failCode") { v16 = m.value }
                        case 0x25E4F6B67E1F9321: if v17 < 0, m.isKey("failReason") { v17 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoId = try d.directText(v0)
                    self.attachAlgoClOrdId = try d.directText(v1)
                    self.tpOrdKind = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerRatio = try d.directDecimal(v4)
                    self.tpTriggerPxType = try d.directEnum(v5)
                    self.tpOrdPx = try d.directDecimal(v6)
                    self.slTriggerPx = try d.directDecimal(v7)
                    self.slTriggerRatio = try d.directDecimal(v8)
                    self.slTriggerPxType = try d.directEnum(v9)
                    self.slOrdPx = try d.directDecimal(v10)
                    self.sz = try d.directDecimal(v11)
                    self.amendPxOnTriggerType = try d.directEnum(v12)
                    self.callbackRatio = try d.directDecimal(v13)
                    self.callbackSpread = try d.directDecimal(v14)
                    self.activePx = try d.directDecimal(v15)
                    self.failCode = try d.directText(v16)
                    self.failReason = try d.directText(v17)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoId, "attachAlgoId")
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteEnum(self.tpOrdKind, "tpOrdKind")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                    try c.apiWriteText(self.failCode, "failCode")
                    try c.apiWriteText(self.failReason, "failReason")
                }
            }
            /// A nested object of the response.
            public struct LinkedAlgoOrd: Codable, Sendable, TapeDirect {
                /// `algoId`: text.
                public let algoId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiText("algoId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.algoId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.algoId, "algoId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `pxUsd`: a decimal number (a string on the wire).
            public let pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire).
            public let pxVol: Decimal?
            /// `pxType`: one of a documented set of values (unknown values are kept).
            public let pxType: PxType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `stpId`: text; deprecated.
            public let stpId: String?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public let stpMode: StpMode?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `attachAlgoClOrdId`: text.
            public let attachAlgoClOrdId: String?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let tpTriggerPxType: TpTriggerPxType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let slTriggerPxType: SlTriggerPxType?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedAlgoOrd`: a nested object.
            public let linkedAlgoOrd: LinkedAlgoOrd?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `category`: one of a documented set of values (unknown values are kept).
            public let category: Category?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `isTpLimit`: a boolean.
            public let isTpLimit: Bool?
            /// `cancelSource`: text.
            public let cancelSource: String?
            /// `cancelSourceReason`: text.
            public let cancelSourceReason: String?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.pxUsd = try c.apiDecimal("pxUsd")
                self.pxVol = try c.apiDecimal("pxVol")
                self.pxType = try c.apiEnum("pxType")
                self.sz = try c.apiDecimal("sz")
                self.pnl = try c.apiDecimal("pnl")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillTime = try c.apiDate("fillTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.stpId = try c.apiText("stpId")
                self.stpMode = try c.apiEnum("stpMode")
                self.lever = try c.apiDecimal("lever")
                self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedAlgoOrd = try c.apiNested("linkedAlgoOrd")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.source = try c.apiEnum("source")
                self.category = try c.apiEnum("category")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.isTpLimit = try c.apiBoolean("isTpLimit")
                self.cancelSource = try c.apiText("cancelSource")
                self.cancelSourceReason = try c.apiText("cancelSourceReason")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoId = try c.apiText("algoId")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.outcome = try c.apiEnum("outcome")
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
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                var v47: Int32 = -1
                var v48: Int32 = -1
                var v49: Int32 = -1
                var v50: Int32 = -1
                var v51: Int32 = -1
                var v52: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xD2F181B86AE4553D: if v2 < 0, m.isKey("tgtCcy") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                    case 0xBBA763F3D46984D7: if v8 < 0, m.isKey("pxUsd") { v8 = m.value }
                    case 0xD558D8F3E2E19C2A: if v9 < 0, m.isKey("pxVol") { v9 = m.value }
                    case 0xC80F135880776EDD: if v10 < 0, m.isKey("pxType") { v10 = m.value }
                    case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                    case 0x779E7A1956519EED: if v12 < 0, m.isKey("pnl") { v12 = m.value }
                    case 0xE876851027B58648: if v13 < 0, m.isKey("ordType") { v13 = m.value }
                    case 0x4E0C8A18E635803E: if v14 < 0, m.isKey("side") { v14 = m.value }
                    case 0x297B967F0EEA27C2: if v15 < 0, m.isKey("posSide") { v15 = m.value }
                    case 0x74FC9DE3D6168692: if v16 < 0, m.isKey("tdMode") { v16 = m.value }
                    case 0xE12619F1F82DFC32: if v17 < 0, m.isKey("accFillSz") { v17 = m.value }
                    case 0x602880A90A6DACD0: if v18 < 0, m.isKey("fillPx") { v18 = m.value }
                    case 0x0791A710B055183C: if v19 < 0, m.isKey("tradeId") { v19 = m.value }
                    case 0x603284A90A760821: if v20 < 0, m.isKey("fillSz") { v20 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v21 < 0, m.isKey("fillTime") { v21 = m.value }
                    case 0xEC314E92A840CB9B: if v22 < 0, m.isKey("avgPx") { v22 = m.value }
                    case 0xEE63AAAD45B1B116: if v23 < 0, m.isKey("state") { v23 = m.value }
                    case 0x702CFEAD8F2AB58B: if v24 < 0, m.isKey("stpId") { v24 = m.value }
                    case 0xBD9427F0BE285C3D: if v25 < 0, m.isKey("stpMode") { v25 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v26 < 0, m.isKey("lever") { v26 = m.value }
                    case 0x810621D0E3DFA3AE: if v27 < 0, m.isKey("attachAlgoClOrdId") { v27 = m.value }
                    case 0xC25672DCA183922F: if v28 < 0, m.isKey("tpTriggerPx") { v28 = m.value }
                    case 0x5E9E22E1077F8277: if v29 < 0, m.isKey("tpTriggerPxType") { v29 = m.value }
                    case 0xE78728D2C6576664: if v30 < 0, m.isKey("tpOrdPx") { v30 = m.value }
                    case 0x54DE5C06C1B6E122: if v31 < 0, m.isKey("slTriggerPx") { v31 = m.value }
                    case 0x2E071A62AA81C4D2: if v32 < 0, m.isKey("slTriggerPxType") { v32 = m.value }
                    case 0x9B6C978E2E265439: if v33 < 0, m.isKey("slOrdPx") { v33 = m.value }
                    case 0x2E4A53E0B408B50F: if v34 < 0, m.isKey("attachAlgoOrds") { v34 = m.value }
                    case 0x4A170D65FF53DBF2: if v35 < 0, m.isKey("linkedAlgoOrd") { v35 = m.value }
                    case 0x1E2D7FE73967FEA0: if v36 < 0, m.isKey("feeCcy") { v36 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v37 < 0, m.isKey("fee") { v37 = m.value }
                    case 0x9A4FEE4FAC20158B: if v38 < 0, m.isKey("rebateCcy") { v38 = m.value }
                    case 0x731C1AFA28404F82: if v39 < 0, m.isKey("rebate") { v39 = m.value }
                    case 0x76DBDC228F782DB8: if v40 < 0, m.isKey("source") { v40 = m.value }
                    case 0x5BD2E7FFB1224E91: if v41 < 0, m.isKey("category") { v41 = m.value }
                    case 0x61A1F11A81412D29: if v42 < 0, m.isKey("reduceOnly") { v42 = m.value }
                    case 0xC3EFB689DA39DC68: if v43 < 0, m.isKey("isTpLimit") { v43 = m.value }
                    case 0x446237078F20E25E: if v44 < 0, m.isKey("cancelSource") { v44 = m.value }
                    case 0x5C7743874050959A: if v45 < 0, m.isKey("cancelSourceReason") { v45 = m.value }
                    case 0xEB3B6FC36D069A16: if v46 < 0, m.isKey("quickMgnType") { v46 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v47 < 0, m.isKey("algoClOrdId") { v47 = m.value }
                    case 0x57EE775BF04FA723: if v48 < 0, m.isKey("algoId") { v48 = m.value }
                    case 0x607ED783146D4C29: if v49 < 0, m.isKey("uTime") { v49 = m.value }
                    case 0x97CBF7DBB8D1A953: if v50 < 0, m.isKey("cTime") { v50 = m.value }
                    case 0xADABDA5226275360: if v51 < 0, m.isKey("tradeQuoteCcy") { v51 = m.value }
                    case 0x75FE2A8465B02E53: if v52 < 0, m.isKey("outcome") { v52 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tgtCcy = try d.directEnum(v2)
                self.ccy = try d.directText(v3)
                self.ordId = try d.directRequiredText(v4, "ordId")
                self.clOrdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.px = try d.directDecimal(v7)
                self.pxUsd = try d.directDecimal(v8)
                self.pxVol = try d.directDecimal(v9)
                self.pxType = try d.directEnum(v10)
                self.sz = try d.directDecimal(v11)
                self.pnl = try d.directDecimal(v12)
                self.ordType = try d.directEnum(v13)
                self.side = try d.directEnum(v14)
                self.posSide = try d.directEnum(v15)
                self.tdMode = try d.directEnum(v16)
                self.accFillSz = try d.directDecimal(v17)
                self.fillPx = try d.directDecimal(v18)
                self.tradeId = try d.directText(v19)
                self.fillSz = try d.directDecimal(v20)
                self.fillTime = try d.directDate(v21)
                self.avgPx = try d.directDecimal(v22)
                self.state = try d.directEnum(v23)
                self.stpId = try d.directText(v24)
                self.stpMode = try d.directEnum(v25)
                self.lever = try d.directDecimal(v26)
                self.attachAlgoClOrdId = try d.directText(v27)
                self.tpTriggerPx = try d.directDecimal(v28)
                self.tpTriggerPxType = try d.directEnum(v29)
                self.tpOrdPx = try d.directDecimal(v30)
                self.slTriggerPx = try d.directDecimal(v31)
                self.slTriggerPxType = try d.directEnum(v32)
                self.slOrdPx = try d.directDecimal(v33)
                self.attachAlgoOrds = try d.directNested(v34)
                self.linkedAlgoOrd = try d.directNested(v35)
                self.feeCcy = try d.directText(v36)
                self.fee = try d.directDecimal(v37)
                self.rebateCcy = try d.directText(v38)
                self.rebate = try d.directDecimal(v39)
                self.source = try d.directEnum(v40)
                self.category = try d.directEnum(v41)
                self.reduceOnly = try d.directBoolean(v42)
                self.isTpLimit = try d.directBoolean(v43)
                self.cancelSource = try d.directText(v44)
                self.cancelSourceReason = try d.directText(v45)
                self.quickMgnType = try d.directText(v46)
                self.algoClOrdId = try d.directText(v47)
                self.algoId = try d.directText(v48)
                self.uTime = try d.directDate(v49)
                self.cTime = try d.directDate(v50)
                self.tradeQuoteCcy = try d.directText(v51)
                self.outcome = try d.directEnum(v52)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.pxUsd, "pxUsd")
                try c.apiWriteDecimal(self.pxVol, "pxVol")
                try c.apiWriteEnum(self.pxType, "pxType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.stpId, "stpId")
                try c.apiWriteEnum(self.stpMode, "stpMode")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedAlgoOrd, "linkedAlgoOrd")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteEnum(self.category, "category")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteBoolean(self.isTpLimit, "isTpLimit")
                try c.apiWriteText(self.cancelSource, "cancelSource")
                try c.apiWriteText(self.cancelSourceReason, "cancelSourceReason")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteEnum(self.outcome, "outcome")
            }
        }
    }

    /// `GET /api/v5/trade/order`: “Order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-details
    public static func orderDetails(_ request: OrderDetails.Request) -> Endpoint<[OrderDetails.Response]> {
        .apiGet(OrderDetails.path, request)
    }

    /// `POST /api/v5/trade/order`: “Place order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order
    public enum PlaceOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/order"
        /// The parameters of `POST /api/v5/trade/order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoClOrdId`: text.
                public var attachAlgoClOrdId: String?
                /// `tpTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var tpTriggerRatio: Decimal?
                /// `tpOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var tpOrdPx: Decimal?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public var tpOrdKind: TpOrdKind?
                /// `slTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire); required in some cases.
                public var slTriggerRatio: Decimal?
                /// `slOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var slOrdPx: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var tpTriggerPxType: TpTriggerPxType?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var slTriggerPxType: SlTriggerPxType?
                /// `sz`: a decimal number (a string on the wire); required in some cases.
                public var sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public var amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public var activePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoClOrdId: String? = nil, tpTriggerPx: Decimal? = nil, tpTriggerRatio: Decimal? = nil, tpOrdPx: Decimal? = nil, tpOrdKind: TpOrdKind? = nil, slTriggerPx: Decimal? = nil, slTriggerRatio: Decimal? = nil, slOrdPx: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, slTriggerPxType: SlTriggerPxType? = nil, sz: Decimal? = nil, amendPxOnTriggerType: AmendPxOnTriggerType? = nil, callbackRatio: Decimal? = nil, callbackSpread: Decimal? = nil, activePx: Decimal? = nil) {
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.tpTriggerPx = tpTriggerPx
                    self.tpTriggerRatio = tpTriggerRatio
                    self.tpOrdPx = tpOrdPx
                    self.tpOrdKind = tpOrdKind
                    self.slTriggerPx = slTriggerPx
                    self.slTriggerRatio = slTriggerRatio
                    self.slOrdPx = slOrdPx
                    self.tpTriggerPxType = tpTriggerPxType
                    self.slTriggerPxType = slTriggerPxType
                    self.sz = sz
                    self.amendPxOnTriggerType = amendPxOnTriggerType
                    self.callbackRatio = callbackRatio
                    self.callbackSpread = callbackSpread
                    self.activePx = activePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("attachAlgoClOrdId", attachAlgoClOrdId)
                    p.add("tpTriggerPx", tpTriggerPx)
                    p.add("tpTriggerRatio", tpTriggerRatio)
                    p.add("tpOrdPx", tpOrdPx)
                    p.add("tpOrdKind", tpOrdKind)
                    p.add("slTriggerPx", slTriggerPx)
                    p.add("slTriggerRatio", slTriggerRatio)
                    p.add("slOrdPx", slOrdPx)
                    p.add("tpTriggerPxType", tpTriggerPxType)
                    p.add("slTriggerPxType", slTriggerPxType)
                    p.add("sz", sz)
                    p.add("amendPxOnTriggerType", amendPxOnTriggerType)
                    p.add("callbackRatio", callbackRatio)
                    p.add("callbackSpread", callbackSpread)
                    p.add("activePx", activePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `ccy`: text.
            public var ccy: String?
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
            public var posSide: PosSide?
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
            public var speedBump: SpeedBump?
            /// `outcome`: one of a documented set of values (unknown values are kept); required in some cases.
            public var outcome: Outcome?
            /// `pxUsd`: a decimal number (a string on the wire); required in some cases.
            public var pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire); required in some cases.
            public var pxVol: Decimal?
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public var tgtCcy: TgtCcy?
            /// `banAmend`: a boolean.
            public var banAmend: Bool?
            /// `pxAmendType`: one of a documented set of values (unknown values are kept).
            public var pxAmendType: PxAmendType?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `slippagePct`: a decimal number (a string on the wire).
            public var slippagePct: Decimal?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public var stpMode: StpMode?
            /// `rpiTakerAccess`: a boolean.
            public var rpiTakerAccess: Bool?
            /// `rpiPxRound`: a boolean.
            public var rpiPxRound: Bool?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, tdMode: TdMode, ccy: String? = nil, clOrdId: String? = nil, tag: String? = nil, side: Side, posSide: PosSide? = nil, ordType: OrdType, sz: Decimal, px: Decimal? = nil, speedBump: SpeedBump? = nil, outcome: Outcome? = nil, pxUsd: Decimal? = nil, pxVol: Decimal? = nil, reduceOnly: Bool? = nil, tgtCcy: TgtCcy? = nil, banAmend: Bool? = nil, pxAmendType: PxAmendType? = nil, tradeQuoteCcy: String? = nil, slippagePct: Decimal? = nil, stpMode: StpMode? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.tdMode = tdMode
                self.ccy = ccy
                self.clOrdId = clOrdId
                self.tag = tag
                self.side = side
                self.posSide = posSide
                self.ordType = ordType
                self.sz = sz
                self.px = px
                self.speedBump = speedBump
                self.outcome = outcome
                self.pxUsd = pxUsd
                self.pxVol = pxVol
                self.reduceOnly = reduceOnly
                self.tgtCcy = tgtCcy
                self.banAmend = banAmend
                self.pxAmendType = pxAmendType
                self.tradeQuoteCcy = tradeQuoteCcy
                self.slippagePct = slippagePct
                self.stpMode = stpMode
                self.rpiTakerAccess = rpiTakerAccess
                self.rpiPxRound = rpiPxRound
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("tdMode", tdMode)
                p.add("ccy", ccy)
                p.add("clOrdId", clOrdId)
                p.add("tag", tag)
                p.add("side", side)
                p.add("posSide", posSide)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("px", px)
                p.add("speedBump", speedBump)
                p.add("outcome", outcome)
                p.add("pxUsd", pxUsd)
                p.add("pxVol", pxVol)
                p.add("reduceOnly", reduceOnly)
                p.add("tgtCcy", tgtCcy)
                p.add("banAmend", banAmend)
                p.add("pxAmendType", pxAmendType)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("slippagePct", slippagePct)
                p.add("stpMode", stpMode)
                p.add("rpiTakerAccess", rpiTakerAccess)
                p.add("rpiPxRound", rpiPxRound)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `subCode`: text.
            public let subCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.ts = try c.apiDate("ts")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.subCode = try c.apiText("subCode")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                    case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                    case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.tag = try d.directText(v2)
                self.ts = try d.directDate(v3)
                self.sCode = try d.directText(v4)
                self.sMsg = try d.directText(v5)
                self.subCode = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.subCode, "subCode")
            }
        }
    }

    /// `POST /api/v5/trade/order`: “Place order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-place-order
    public static func placeOrder(_ request: PlaceOrder.Request) -> Endpoint<[PlaceOrder.Response]> {
        .apiPost(PlaceOrder.path, request)
    }

    /// `POST /api/v5/trade/order-precheck`: “Order precheck”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-order-precheck
    public enum OrderPrecheck {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/order-precheck"
        /// The parameters of `POST /api/v5/trade/order-precheck`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-order-precheck
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoClOrdId`: text.
                public var attachAlgoClOrdId: String?
                /// `tpTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var tpTriggerPx: Decimal?
                /// `tpOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var tpOrdPx: Decimal?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public var tpOrdKind: TpOrdKind?
                /// `slTriggerPx`: a decimal number (a string on the wire); required in some cases.
                public var slTriggerPx: Decimal?
                /// `slOrdPx`: a decimal number (a string on the wire); required in some cases.
                public var slOrdPx: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var tpTriggerPxType: TpTriggerPxType?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var slTriggerPxType: SlTriggerPxType?
                /// `sz`: a decimal number (a string on the wire); required in some cases.
                public var sz: Decimal?
                /// `callbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public var activePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoClOrdId: String? = nil, tpTriggerPx: Decimal? = nil, tpOrdPx: Decimal? = nil, tpOrdKind: TpOrdKind? = nil, slTriggerPx: Decimal? = nil, slOrdPx: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, slTriggerPxType: SlTriggerPxType? = nil, sz: Decimal? = nil, callbackRatio: Decimal? = nil, callbackSpread: Decimal? = nil, activePx: Decimal? = nil) {
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.tpTriggerPx = tpTriggerPx
                    self.tpOrdPx = tpOrdPx
                    self.tpOrdKind = tpOrdKind
                    self.slTriggerPx = slTriggerPx
                    self.slOrdPx = slOrdPx
                    self.tpTriggerPxType = tpTriggerPxType
                    self.slTriggerPxType = slTriggerPxType
                    self.sz = sz
                    self.callbackRatio = callbackRatio
                    self.callbackSpread = callbackSpread
                    self.activePx = activePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("attachAlgoClOrdId", attachAlgoClOrdId)
                    p.add("tpTriggerPx", tpTriggerPx)
                    p.add("tpOrdPx", tpOrdPx)
                    p.add("tpOrdKind", tpOrdKind)
                    p.add("slTriggerPx", slTriggerPx)
                    p.add("slOrdPx", slOrdPx)
                    p.add("tpTriggerPxType", tpTriggerPxType)
                    p.add("slTriggerPxType", slTriggerPxType)
                    p.add("sz", sz)
                    p.add("callbackRatio", callbackRatio)
                    p.add("callbackSpread", callbackSpread)
                    p.add("activePx", activePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
            public var posSide: PosSide?
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// `outcome`: one of a documented set of values (unknown values are kept); required in some cases.
            public var outcome: Outcome?
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public var tgtCcy: TgtCcy?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, tdMode: TdMode, side: Side, posSide: PosSide? = nil, ordType: OrdType, sz: Decimal, px: Decimal? = nil, outcome: Outcome? = nil, reduceOnly: Bool? = nil, tgtCcy: TgtCcy? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.tdMode = tdMode
                self.side = side
                self.posSide = posSide
                self.ordType = ordType
                self.sz = sz
                self.px = px
                self.outcome = outcome
                self.reduceOnly = reduceOnly
                self.tgtCcy = tgtCcy
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("tdMode", tdMode)
                p.add("side", side)
                p.add("posSide", posSide)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("px", px)
                p.add("outcome", outcome)
                p.add("reduceOnly", reduceOnly)
                p.add("tgtCcy", tgtCcy)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/order-precheck`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-order-precheck
        public struct Response: Codable, Sendable, TapeDirect {
            /// `adjEq`: a decimal number (a string on the wire).
            public let adjEq: Decimal?
            /// `adjEqChg`: a decimal number (a string on the wire).
            public let adjEqChg: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `imrChg`: a decimal number (a string on the wire).
            public let imrChg: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `mmrChg`: a decimal number (a string on the wire).
            public let mmrChg: Decimal?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `mgnRatioChg`: a decimal number (a string on the wire).
            public let mgnRatioChg: Decimal?
            /// `availBal`: a decimal number (a string on the wire).
            public let availBal: Decimal?
            /// `availBalChg`: a decimal number (a string on the wire).
            public let availBalChg: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `liqPxDiff`: a decimal number (a string on the wire).
            public let liqPxDiff: Decimal?
            /// `liqPxDiffRatio`: a decimal number (a string on the wire).
            public let liqPxDiffRatio: Decimal?
            /// `posBal`: a decimal number (a string on the wire).
            public let posBal: Decimal?
            /// `posBalChg`: a decimal number (a string on the wire).
            public let posBalChg: Decimal?
            /// `liab`: a decimal number (a string on the wire).
            public let liab: Decimal?
            /// `liabChg`: a decimal number (a string on the wire).
            public let liabChg: Decimal?
            /// `liabChgCcy`: text.
            public let liabChgCcy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.adjEq = try c.apiDecimal("adjEq")
                self.adjEqChg = try c.apiDecimal("adjEqChg")
                self.imr = try c.apiDecimal("imr")
                self.imrChg = try c.apiDecimal("imrChg")
                self.mmr = try c.apiDecimal("mmr")
                self.mmrChg = try c.apiDecimal("mmrChg")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.mgnRatioChg = try c.apiDecimal("mgnRatioChg")
                self.availBal = try c.apiDecimal("availBal")
                self.availBalChg = try c.apiDecimal("availBalChg")
                self.liqPx = try c.apiDecimal("liqPx")
                self.liqPxDiff = try c.apiDecimal("liqPxDiff")
                self.liqPxDiffRatio = try c.apiDecimal("liqPxDiffRatio")
                self.posBal = try c.apiDecimal("posBal")
                self.posBalChg = try c.apiDecimal("posBalChg")
                self.liab = try c.apiDecimal("liab")
                self.liabChg = try c.apiDecimal("liabChg")
                self.liabChgCcy = try c.apiText("liabChgCcy")
                self.type = try c.apiEnum("type")
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
                    case 0xCC525FFDCBE7DC28: if v0 < 0, m.isKey("adjEq") { v0 = m.value }
                    case 0x0CAF4680D0D9E4F4: if v1 < 0, m.isKey("adjEqChg") { v1 = m.value }
                    case 0x2B9CFB192BD28B9B: if v2 < 0, m.isKey("imr") { v2 = m.value }
                    case 0x17588776BD4A11A5: if v3 < 0, m.isKey("imrChg") { v3 = m.value }
                    case 0x08025F191762AD67: if v4 < 0, m.isKey("mmr") { v4 = m.value }
                    case 0xBE384AB552754C51: if v5 < 0, m.isKey("mmrChg") { v5 = m.value }
                    case 0x6B9EDB438FE542B0: if v6 < 0, m.isKey("mgnRatio") { v6 = m.value }
                    case 0x59145DD1CAA9C1BC: if v7 < 0, m.isKey("mgnRatioChg") { v7 = m.value }
                    case 0x309112533452E3FB: if v8 < 0, m.isKey("availBal") { v8 = m.value }
                    case 0x1F2E2CD88C9BCD45: if v9 < 0, m.isKey("availBalChg") { v9 = m.value }
                    case 0xDEF76BAA3B8C7005: if v10 < 0, m.isKey("liqPx") { v10 = m.value }
                    case 0xAB2A2DF63C13AD5A: if v11 < 0, m.isKey("liqPxDiff") { v11 = m.value }
                    case 0xD281E822F63103E9: if v12 < 0, m.isKey("liqPxDiffRatio") { v12 = m.value }
                    case 0x7A158AD7FC89ACF4: if v13 < 0, m.isKey("posBal") { v13 = m.value }
                    case 0x769CC7C3FD7697E0: if v14 < 0, m.isKey("posBalChg") { v14 = m.value }
                    case 0xBF487CAD694CDD85: if v15 < 0, m.isKey("liab") { v15 = m.value }
                    case 0x6C57BB22CF0EAF0B: if v16 < 0, m.isKey("liabChg") { v16 = m.value }
                    case 0xD6489BAE2A5CBA28: if v17 < 0, m.isKey("liabChgCcy") { v17 = m.value }
                    case 0xA79439EF7BFA9C2D: if v18 < 0, m.isKey("type") { v18 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.adjEq = try d.directDecimal(v0)
                self.adjEqChg = try d.directDecimal(v1)
                self.imr = try d.directDecimal(v2)
                self.imrChg = try d.directDecimal(v3)
                self.mmr = try d.directDecimal(v4)
                self.mmrChg = try d.directDecimal(v5)
                self.mgnRatio = try d.directDecimal(v6)
                self.mgnRatioChg = try d.directDecimal(v7)
                self.availBal = try d.directDecimal(v8)
                self.availBalChg = try d.directDecimal(v9)
                self.liqPx = try d.directDecimal(v10)
                self.liqPxDiff = try d.directDecimal(v11)
                self.liqPxDiffRatio = try d.directDecimal(v12)
                self.posBal = try d.directDecimal(v13)
                self.posBalChg = try d.directDecimal(v14)
                self.liab = try d.directDecimal(v15)
                self.liabChg = try d.directDecimal(v16)
                self.liabChgCcy = try d.directText(v17)
                self.type = try d.directEnum(v18)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.adjEq, "adjEq")
                try c.apiWriteDecimal(self.adjEqChg, "adjEqChg")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.imrChg, "imrChg")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.mmrChg, "mmrChg")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.mgnRatioChg, "mgnRatioChg")
                try c.apiWriteDecimal(self.availBal, "availBal")
                try c.apiWriteDecimal(self.availBalChg, "availBalChg")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteDecimal(self.liqPxDiff, "liqPxDiff")
                try c.apiWriteDecimal(self.liqPxDiffRatio, "liqPxDiffRatio")
                try c.apiWriteDecimal(self.posBal, "posBal")
                try c.apiWriteDecimal(self.posBalChg, "posBalChg")
                try c.apiWriteDecimal(self.liab, "liab")
                try c.apiWriteDecimal(self.liabChg, "liabChg")
                try c.apiWriteText(self.liabChgCcy, "liabChgCcy")
                try c.apiWriteEnum(self.type, "type")
            }
        }
    }

    /// `POST /api/v5/trade/order-precheck`: “Order precheck”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-post-order-precheck
    public static func orderPrecheck(_ request: OrderPrecheck.Request) -> Endpoint<[OrderPrecheck.Response]> {
        .apiPost(OrderPrecheck.path, request)
    }

    /// `GET /api/v5/trade/orders-history`: “Order history (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-7-days
    public enum OrderHistoryLast7Days {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/orders-history"
        /// The parameters of `GET /api/v5/trade/orders-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-7-days
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `category`: one of a documented set of values (unknown values are kept).
            public var category: Category?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil, ordType: OrdType? = nil, state: State? = nil, category: Category? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.ordType = ordType
                self.state = state
                self.category = category
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("category", category)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/orders-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-7-days
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoId`: text.
                public let attachAlgoId: String?
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public let tpOrdKind: TpOrdKind?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public let tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire).
                public let tpTriggerRatio: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let tpTriggerPxType: TpTriggerPxType?
                /// `tpOrdPx`: a decimal number (a string on the wire).
                public let tpOrdPx: Decimal?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public let slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire).
                public let slTriggerRatio: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let slTriggerPxType: SlTriggerPxType?
                /// `slOrdPx`: a decimal number (a string on the wire).
                public let slOrdPx: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public let amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// `failCode`: text.
                public let failCode: String?
                /// `failReason`: text.
                public let failReason: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoId = try c.apiText("attachAlgoId")
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpOrdKind = try c.apiEnum("tpOrdKind")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.sz = try c.apiDecimal("sz")
                    self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
                    self.failCode = try c.apiText("failCode")
                    self.failReason = try c.apiText("failReason")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xCC6A59D343A30DD2: if v0 < 0, m.isKey("attachAlgoId") { v0 = m.value }
                        case 0x810621D0E3DFA3AE: if v1 < 0, m.isKey("attachAlgoClOrdId") { v1 = m.value }
                        case 0xD1DA2CA28175E18E: if v2 < 0, m.isKey("tpOrdKind") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0xA4AC5541E1715DEA: if v4 < 0, m.isKey("tpTriggerRatio") { v4 = m.value }
                        case 0x5E9E22E1077F8277: if v5 < 0, m.isKey("tpTriggerPxType") { v5 = m.value }
                        case 0xE78728D2C6576664: if v6 < 0, m.isKey("tpOrdPx") { v6 = m.value }
                        case 0x54DE5C06C1B6E122: if v7 < 0, m.isKey("slTriggerPx") { v7 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v8 < 0, m.isKey("slTriggerRatio") { v8 = m.value }
                        case 0x2E071A62AA81C4D2: if v9 < 0, m.isKey("slTriggerPxType") { v9 = m.value }
                        case 0x9B6C978E2E265439: if v10 < 0, m.isKey("slOrdPx") { v10 = m.value }
                        case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                        case 0x9EB51AAC603AC97F: if v12 < 0, m.isKey("amendPxOnTriggerType") { v12 = m.value }
                        case 0x948FFC082B0FAE1D: if v13 < 0, m.isKey("callbackRatio") { v13 = m.value }
                        case 0xA7673F6F54D42B4D: if v14 < 0, m.isKey("callbackSpread") { v14 = m.value }
                        case 0x829CAFAD1D2383CF: if v15 < 0, m.isKey("activePx") { v15 = m.value }
                        case 0x6E4A8F90F5603BCC: if v16 < 0, m.isKey("failCode") { v16 = m.value }
                        case 0x25E4F6B67E1F9321: if v17 < 0, m.isKey("failReason") { v17 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoId = try d.directText(v0)
                    self.attachAlgoClOrdId = try d.directText(v1)
                    self.tpOrdKind = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerRatio = try d.directDecimal(v4)
                    self.tpTriggerPxType = try d.directEnum(v5)
                    self.tpOrdPx = try d.directDecimal(v6)
                    self.slTriggerPx = try d.directDecimal(v7)
                    self.slTriggerRatio = try d.directDecimal(v8)
                    self.slTriggerPxType = try d.directEnum(v9)
                    self.slOrdPx = try d.directDecimal(v10)
                    self.sz = try d.directDecimal(v11)
                    self.amendPxOnTriggerType = try d.directEnum(v12)
                    self.callbackRatio = try d.directDecimal(v13)
                    self.callbackSpread = try d.directDecimal(v14)
                    self.activePx = try d.directDecimal(v15)
                    self.failCode = try d.directText(v16)
                    self.failReason = try d.directText(v17)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoId, "attachAlgoId")
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteEnum(self.tpOrdKind, "tpOrdKind")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                    try c.apiWriteText(self.failCode, "failCode")
                    try c.apiWriteText(self.failReason, "failReason")
                }
            }
            /// A nested object of the response.
            public struct LinkedAlgoOrd: Codable, Sendable, TapeDirect {
                /// `algoId`: text.
                public let algoId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiText("algoId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.algoId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.algoId, "algoId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `pxUsd`: a decimal number (a string on the wire).
            public let pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire).
            public let pxVol: Decimal?
            /// `pxType`: one of a documented set of values (unknown values are kept).
            public let pxType: PxType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `attachAlgoClOrdId`: text.
            public let attachAlgoClOrdId: String?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let tpTriggerPxType: TpTriggerPxType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let slTriggerPxType: SlTriggerPxType?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedAlgoOrd`: a nested object.
            public let linkedAlgoOrd: LinkedAlgoOrd?
            /// `stpId`: text; deprecated.
            public let stpId: String?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public let stpMode: StpMode?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `category`: one of a documented set of values (unknown values are kept).
            public let category: Category?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `cancelSource`: text.
            public let cancelSource: String?
            /// `cancelSourceReason`: text.
            public let cancelSourceReason: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `isTpLimit`: a boolean.
            public let isTpLimit: Bool?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.pxUsd = try c.apiDecimal("pxUsd")
                self.pxVol = try c.apiDecimal("pxVol")
                self.pxType = try c.apiEnum("pxType")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillTime = try c.apiDate("fillTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedAlgoOrd = try c.apiNested("linkedAlgoOrd")
                self.stpId = try c.apiText("stpId")
                self.stpMode = try c.apiEnum("stpMode")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.source = try c.apiEnum("source")
                self.pnl = try c.apiDecimal("pnl")
                self.category = try c.apiEnum("category")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.cancelSource = try c.apiText("cancelSource")
                self.cancelSourceReason = try c.apiText("cancelSourceReason")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoId = try c.apiText("algoId")
                self.isTpLimit = try c.apiBoolean("isTpLimit")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.outcome = try c.apiEnum("outcome")
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
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                var v47: Int32 = -1
                var v48: Int32 = -1
                var v49: Int32 = -1
                var v50: Int32 = -1
                var v51: Int32 = -1
                var v52: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xD2F181B86AE4553D: if v2 < 0, m.isKey("tgtCcy") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                    case 0xBBA763F3D46984D7: if v8 < 0, m.isKey("pxUsd") { v8 = m.value }
                    case 0xD558D8F3E2E19C2A: if v9 < 0, m.isKey("pxVol") { v9 = m.value }
                    case 0xC80F135880776EDD: if v10 < 0, m.isKey("pxType") { v10 = m.value }
                    case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                    case 0xE876851027B58648: if v12 < 0, m.isKey("ordType") { v12 = m.value }
                    case 0x4E0C8A18E635803E: if v13 < 0, m.isKey("side") { v13 = m.value }
                    case 0x297B967F0EEA27C2: if v14 < 0, m.isKey("posSide") { v14 = m.value }
                    case 0x74FC9DE3D6168692: if v15 < 0, m.isKey("tdMode") { v15 = m.value }
                    case 0xE12619F1F82DFC32: if v16 < 0, m.isKey("accFillSz") { v16 = m.value }
                    case 0x602880A90A6DACD0: if v17 < 0, m.isKey("fillPx") { v17 = m.value }
                    case 0x0791A710B055183C: if v18 < 0, m.isKey("tradeId") { v18 = m.value }
                    case 0x603284A90A760821: if v19 < 0, m.isKey("fillSz") { v19 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v20 < 0, m.isKey("fillTime") { v20 = m.value }
                    case 0xEC314E92A840CB9B: if v21 < 0, m.isKey("avgPx") { v21 = m.value }
                    case 0xEE63AAAD45B1B116: if v22 < 0, m.isKey("state") { v22 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v23 < 0, m.isKey("lever") { v23 = m.value }
                    case 0x810621D0E3DFA3AE: if v24 < 0, m.isKey("attachAlgoClOrdId") { v24 = m.value }
                    case 0xC25672DCA183922F: if v25 < 0, m.isKey("tpTriggerPx") { v25 = m.value }
                    case 0x5E9E22E1077F8277: if v26 < 0, m.isKey("tpTriggerPxType") { v26 = m.value }
                    case 0xE78728D2C6576664: if v27 < 0, m.isKey("tpOrdPx") { v27 = m.value }
                    case 0x54DE5C06C1B6E122: if v28 < 0, m.isKey("slTriggerPx") { v28 = m.value }
                    case 0x2E071A62AA81C4D2: if v29 < 0, m.isKey("slTriggerPxType") { v29 = m.value }
                    case 0x9B6C978E2E265439: if v30 < 0, m.isKey("slOrdPx") { v30 = m.value }
                    case 0x2E4A53E0B408B50F: if v31 < 0, m.isKey("attachAlgoOrds") { v31 = m.value }
                    case 0x4A170D65FF53DBF2: if v32 < 0, m.isKey("linkedAlgoOrd") { v32 = m.value }
                    case 0x702CFEAD8F2AB58B: if v33 < 0, m.isKey("stpId") { v33 = m.value }
                    case 0xBD9427F0BE285C3D: if v34 < 0, m.isKey("stpMode") { v34 = m.value }
                    case 0x1E2D7FE73967FEA0: if v35 < 0, m.isKey("feeCcy") { v35 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v36 < 0, m.isKey("fee") { v36 = m.value }
                    case 0x9A4FEE4FAC20158B: if v37 < 0, m.isKey("rebateCcy") { v37 = m.value }
                    case 0x731C1AFA28404F82: if v38 < 0, m.isKey("rebate") { v38 = m.value }
                    case 0x76DBDC228F782DB8: if v39 < 0, m.isKey("source") { v39 = m.value }
                    case 0x779E7A1956519EED: if v40 < 0, m.isKey("pnl") { v40 = m.value }
                    case 0x5BD2E7FFB1224E91: if v41 < 0, m.isKey("category") { v41 = m.value }
                    case 0x61A1F11A81412D29: if v42 < 0, m.isKey("reduceOnly") { v42 = m.value }
                    case 0x446237078F20E25E: if v43 < 0, m.isKey("cancelSource") { v43 = m.value }
                    case 0x5C7743874050959A: if v44 < 0, m.isKey("cancelSourceReason") { v44 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v45 < 0, m.isKey("algoClOrdId") { v45 = m.value }
                    case 0x57EE775BF04FA723: if v46 < 0, m.isKey("algoId") { v46 = m.value }
                    case 0xC3EFB689DA39DC68: if v47 < 0, m.isKey("isTpLimit") { v47 = m.value }
                    case 0x607ED783146D4C29: if v48 < 0, m.isKey("uTime") { v48 = m.value }
                    case 0x97CBF7DBB8D1A953: if v49 < 0, m.isKey("cTime") { v49 = m.value }
                    case 0xEB3B6FC36D069A16: if v50 < 0, m.isKey("quickMgnType") { v50 = m.value }
                    case 0xADABDA5226275360: if v51 < 0, m.isKey("tradeQuoteCcy") { v51 = m.value }
                    case 0x75FE2A8465B02E53: if v52 < 0, m.isKey("outcome") { v52 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tgtCcy = try d.directEnum(v2)
                self.ccy = try d.directText(v3)
                self.ordId = try d.directRequiredText(v4, "ordId")
                self.clOrdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.px = try d.directDecimal(v7)
                self.pxUsd = try d.directDecimal(v8)
                self.pxVol = try d.directDecimal(v9)
                self.pxType = try d.directEnum(v10)
                self.sz = try d.directDecimal(v11)
                self.ordType = try d.directEnum(v12)
                self.side = try d.directEnum(v13)
                self.posSide = try d.directEnum(v14)
                self.tdMode = try d.directEnum(v15)
                self.accFillSz = try d.directDecimal(v16)
                self.fillPx = try d.directDecimal(v17)
                self.tradeId = try d.directText(v18)
                self.fillSz = try d.directDecimal(v19)
                self.fillTime = try d.directDate(v20)
                self.avgPx = try d.directDecimal(v21)
                self.state = try d.directEnum(v22)
                self.lever = try d.directDecimal(v23)
                self.attachAlgoClOrdId = try d.directText(v24)
                self.tpTriggerPx = try d.directDecimal(v25)
                self.tpTriggerPxType = try d.directEnum(v26)
                self.tpOrdPx = try d.directDecimal(v27)
                self.slTriggerPx = try d.directDecimal(v28)
                self.slTriggerPxType = try d.directEnum(v29)
                self.slOrdPx = try d.directDecimal(v30)
                self.attachAlgoOrds = try d.directNested(v31)
                self.linkedAlgoOrd = try d.directNested(v32)
                self.stpId = try d.directText(v33)
                self.stpMode = try d.directEnum(v34)
                self.feeCcy = try d.directText(v35)
                self.fee = try d.directDecimal(v36)
                self.rebateCcy = try d.directText(v37)
                self.rebate = try d.directDecimal(v38)
                self.source = try d.directEnum(v39)
                self.pnl = try d.directDecimal(v40)
                self.category = try d.directEnum(v41)
                self.reduceOnly = try d.directBoolean(v42)
                self.cancelSource = try d.directText(v43)
                self.cancelSourceReason = try d.directText(v44)
                self.algoClOrdId = try d.directText(v45)
                self.algoId = try d.directText(v46)
                self.isTpLimit = try d.directBoolean(v47)
                self.uTime = try d.directDate(v48)
                self.cTime = try d.directDate(v49)
                self.quickMgnType = try d.directText(v50)
                self.tradeQuoteCcy = try d.directText(v51)
                self.outcome = try d.directEnum(v52)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.pxUsd, "pxUsd")
                try c.apiWriteDecimal(self.pxVol, "pxVol")
                try c.apiWriteEnum(self.pxType, "pxType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedAlgoOrd, "linkedAlgoOrd")
                try c.apiWriteText(self.stpId, "stpId")
                try c.apiWriteEnum(self.stpMode, "stpMode")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.category, "category")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.cancelSource, "cancelSource")
                try c.apiWriteText(self.cancelSourceReason, "cancelSourceReason")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteBoolean(self.isTpLimit, "isTpLimit")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteEnum(self.outcome, "outcome")
            }
        }
    }

    /// `GET /api/v5/trade/orders-history`: “Order history (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-7-days
    public static func orderHistoryLast7Days(_ request: OrderHistoryLast7Days.Request) -> Endpoint<[OrderHistoryLast7Days.Response]> {
        .apiGet(OrderHistoryLast7Days.path, request)
    }

    /// `GET /api/v5/trade/orders-history-archive`: “Order history (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-3-months
    public enum OrderHistoryLast3Months {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/orders-history-archive"
        /// The parameters of `GET /api/v5/trade/orders-history-archive`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-3-months
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `category`: one of a documented set of values (unknown values are kept).
            public var category: Category?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil, ordType: OrdType? = nil, state: State? = nil, category: Category? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.ordType = ordType
                self.state = state
                self.category = category
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("category", category)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/orders-history-archive`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-3-months
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoId`: text.
                public let attachAlgoId: String?
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public let tpOrdKind: TpOrdKind?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public let tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire).
                public let tpTriggerRatio: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let tpTriggerPxType: TpTriggerPxType?
                /// `tpOrdPx`: a decimal number (a string on the wire).
                public let tpOrdPx: Decimal?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public let slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire).
                public let slTriggerRatio: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let slTriggerPxType: SlTriggerPxType?
                /// `slOrdPx`: a decimal number (a string on the wire).
                public let slOrdPx: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public let amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// `failCode`: text.
                public let failCode: String?
                /// `failReason`: text.
                public let failReason: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoId = try c.apiText("attachAlgoId")
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpOrdKind = try c.apiEnum("tpOrdKind")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.sz = try c.apiDecimal("sz")
                    self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
                    self.failCode = try c.apiText("failCode")
                    self.failReason = try c.apiText("failReason")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xCC6A59D343A30DD2: if v0 < 0, m.isKey("attachAlgoId") { v0 = m.value }
                        case 0x810621D0E3DFA3AE: if v1 < 0, m.isKey("attachAlgoClOrdId") { v1 = m.value }
                        case 0xD1DA2CA28175E18E: if v2 < 0, m.isKey("tpOrdKind") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0xA4AC5541E1715DEA: if v4 < 0, m.isKey("tpTriggerRatio") { v4 = m.value }
                        case 0x5E9E22E1077F8277: if v5 < 0, m.isKey("tpTriggerPxType") { v5 = m.value }
                        case 0xE78728D2C6576664: if v6 < 0, m.isKey("tpOrdPx") { v6 = m.value }
                        case 0x54DE5C06C1B6E122: if v7 < 0, m.isKey("slTriggerPx") { v7 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v8 < 0, m.isKey("slTriggerRatio") { v8 = m.value }
                        case 0x2E071A62AA81C4D2: if v9 < 0, m.isKey("slTriggerPxType") { v9 = m.value }
                        case 0x9B6C978E2E265439: if v10 < 0, m.isKey("slOrdPx") { v10 = m.value }
                        case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                        case 0x9EB51AAC603AC97F: if v12 < 0, m.isKey("amendPxOnTriggerType") { v12 = m.value }
                        case 0x948FFC082B0FAE1D: if v13 < 0, m.isKey("callbackRatio") { v13 = m.value }
                        case 0xA7673F6F54D42B4D: if v14 < 0, m.isKey("callbackSpread") { v14 = m.value }
                        case 0x829CAFAD1D2383CF: if v15 < 0, m.isKey("activePx") { v15 = m.value }
                        case 0x6E4A8F90F5603BCC: if v16 < 0, m.isKey("failCode") { v16 = m.value }
                        case 0x25E4F6B67E1F9321: if v17 < 0, m.isKey("failReason") { v17 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoId = try d.directText(v0)
                    self.attachAlgoClOrdId = try d.directText(v1)
                    self.tpOrdKind = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerRatio = try d.directDecimal(v4)
                    self.tpTriggerPxType = try d.directEnum(v5)
                    self.tpOrdPx = try d.directDecimal(v6)
                    self.slTriggerPx = try d.directDecimal(v7)
                    self.slTriggerRatio = try d.directDecimal(v8)
                    self.slTriggerPxType = try d.directEnum(v9)
                    self.slOrdPx = try d.directDecimal(v10)
                    self.sz = try d.directDecimal(v11)
                    self.amendPxOnTriggerType = try d.directEnum(v12)
                    self.callbackRatio = try d.directDecimal(v13)
                    self.callbackSpread = try d.directDecimal(v14)
                    self.activePx = try d.directDecimal(v15)
                    self.failCode = try d.directText(v16)
                    self.failReason = try d.directText(v17)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoId, "attachAlgoId")
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteEnum(self.tpOrdKind, "tpOrdKind")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                    try c.apiWriteText(self.failCode, "failCode")
                    try c.apiWriteText(self.failReason, "failReason")
                }
            }
            /// A nested object of the response.
            public struct LinkedAlgoOrd: Codable, Sendable, TapeDirect {
                /// `algoId`: text.
                public let algoId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiText("algoId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.algoId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.algoId, "algoId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `pxUsd`: a decimal number (a string on the wire).
            public let pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire).
            public let pxVol: Decimal?
            /// `pxType`: one of a documented set of values (unknown values are kept).
            public let pxType: PxType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `attachAlgoClOrdId`: text.
            public let attachAlgoClOrdId: String?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let tpTriggerPxType: TpTriggerPxType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let slTriggerPxType: SlTriggerPxType?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedAlgoOrd`: a nested object.
            public let linkedAlgoOrd: LinkedAlgoOrd?
            /// `stpId`: text; deprecated.
            public let stpId: String?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public let stpMode: StpMode?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `category`: one of a documented set of values (unknown values are kept).
            public let category: Category?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `cancelSource`: text.
            public let cancelSource: String?
            /// `cancelSourceReason`: text.
            public let cancelSourceReason: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `isTpLimit`: a boolean.
            public let isTpLimit: Bool?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.pxUsd = try c.apiDecimal("pxUsd")
                self.pxVol = try c.apiDecimal("pxVol")
                self.pxType = try c.apiEnum("pxType")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillTime = try c.apiDate("fillTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedAlgoOrd = try c.apiNested("linkedAlgoOrd")
                self.stpId = try c.apiText("stpId")
                self.stpMode = try c.apiEnum("stpMode")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.source = try c.apiEnum("source")
                self.pnl = try c.apiDecimal("pnl")
                self.category = try c.apiEnum("category")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.cancelSource = try c.apiText("cancelSource")
                self.cancelSourceReason = try c.apiText("cancelSourceReason")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoId = try c.apiText("algoId")
                self.isTpLimit = try c.apiBoolean("isTpLimit")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.outcome = try c.apiEnum("outcome")
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
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                var v47: Int32 = -1
                var v48: Int32 = -1
                var v49: Int32 = -1
                var v50: Int32 = -1
                var v51: Int32 = -1
                var v52: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xD2F181B86AE4553D: if v2 < 0, m.isKey("tgtCcy") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                    case 0xBBA763F3D46984D7: if v8 < 0, m.isKey("pxUsd") { v8 = m.value }
                    case 0xD558D8F3E2E19C2A: if v9 < 0, m.isKey("pxVol") { v9 = m.value }
                    case 0xC80F135880776EDD: if v10 < 0, m.isKey("pxType") { v10 = m.value }
                    case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                    case 0xE876851027B58648: if v12 < 0, m.isKey("ordType") { v12 = m.value }
                    case 0x4E0C8A18E635803E: if v13 < 0, m.isKey("side") { v13 = m.value }
                    case 0x297B967F0EEA27C2: if v14 < 0, m.isKey("posSide") { v14 = m.value }
                    case 0x74FC9DE3D6168692: if v15 < 0, m.isKey("tdMode") { v15 = m.value }
                    case 0xE12619F1F82DFC32: if v16 < 0, m.isKey("accFillSz") { v16 = m.value }
                    case 0x602880A90A6DACD0: if v17 < 0, m.isKey("fillPx") { v17 = m.value }
                    case 0x0791A710B055183C: if v18 < 0, m.isKey("tradeId") { v18 = m.value }
                    case 0x603284A90A760821: if v19 < 0, m.isKey("fillSz") { v19 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v20 < 0, m.isKey("fillTime") { v20 = m.value }
                    case 0xEC314E92A840CB9B: if v21 < 0, m.isKey("avgPx") { v21 = m.value }
                    case 0xEE63AAAD45B1B116: if v22 < 0, m.isKey("state") { v22 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v23 < 0, m.isKey("lever") { v23 = m.value }
                    case 0x810621D0E3DFA3AE: if v24 < 0, m.isKey("attachAlgoClOrdId") { v24 = m.value }
                    case 0xC25672DCA183922F: if v25 < 0, m.isKey("tpTriggerPx") { v25 = m.value }
                    case 0x5E9E22E1077F8277: if v26 < 0, m.isKey("tpTriggerPxType") { v26 = m.value }
                    case 0xE78728D2C6576664: if v27 < 0, m.isKey("tpOrdPx") { v27 = m.value }
                    case 0x54DE5C06C1B6E122: if v28 < 0, m.isKey("slTriggerPx") { v28 = m.value }
                    case 0x2E071A62AA81C4D2: if v29 < 0, m.isKey("slTriggerPxType") { v29 = m.value }
                    case 0x9B6C978E2E265439: if v30 < 0, m.isKey("slOrdPx") { v30 = m.value }
                    case 0x2E4A53E0B408B50F: if v31 < 0, m.isKey("attachAlgoOrds") { v31 = m.value }
                    case 0x4A170D65FF53DBF2: if v32 < 0, m.isKey("linkedAlgoOrd") { v32 = m.value }
                    case 0x702CFEAD8F2AB58B: if v33 < 0, m.isKey("stpId") { v33 = m.value }
                    case 0xBD9427F0BE285C3D: if v34 < 0, m.isKey("stpMode") { v34 = m.value }
                    case 0x1E2D7FE73967FEA0: if v35 < 0, m.isKey("feeCcy") { v35 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v36 < 0, m.isKey("fee") { v36 = m.value }
                    case 0x9A4FEE4FAC20158B: if v37 < 0, m.isKey("rebateCcy") { v37 = m.value }
                    case 0x731C1AFA28404F82: if v38 < 0, m.isKey("rebate") { v38 = m.value }
                    case 0x76DBDC228F782DB8: if v39 < 0, m.isKey("source") { v39 = m.value }
                    case 0x779E7A1956519EED: if v40 < 0, m.isKey("pnl") { v40 = m.value }
                    case 0x5BD2E7FFB1224E91: if v41 < 0, m.isKey("category") { v41 = m.value }
                    case 0x61A1F11A81412D29: if v42 < 0, m.isKey("reduceOnly") { v42 = m.value }
                    case 0x446237078F20E25E: if v43 < 0, m.isKey("cancelSource") { v43 = m.value }
                    case 0x5C7743874050959A: if v44 < 0, m.isKey("cancelSourceReason") { v44 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v45 < 0, m.isKey("algoClOrdId") { v45 = m.value }
                    case 0x57EE775BF04FA723: if v46 < 0, m.isKey("algoId") { v46 = m.value }
                    case 0xC3EFB689DA39DC68: if v47 < 0, m.isKey("isTpLimit") { v47 = m.value }
                    case 0x607ED783146D4C29: if v48 < 0, m.isKey("uTime") { v48 = m.value }
                    case 0x97CBF7DBB8D1A953: if v49 < 0, m.isKey("cTime") { v49 = m.value }
                    case 0xEB3B6FC36D069A16: if v50 < 0, m.isKey("quickMgnType") { v50 = m.value }
                    case 0xADABDA5226275360: if v51 < 0, m.isKey("tradeQuoteCcy") { v51 = m.value }
                    case 0x75FE2A8465B02E53: if v52 < 0, m.isKey("outcome") { v52 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tgtCcy = try d.directEnum(v2)
                self.ccy = try d.directText(v3)
                self.ordId = try d.directRequiredText(v4, "ordId")
                self.clOrdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.px = try d.directDecimal(v7)
                self.pxUsd = try d.directDecimal(v8)
                self.pxVol = try d.directDecimal(v9)
                self.pxType = try d.directEnum(v10)
                self.sz = try d.directDecimal(v11)
                self.ordType = try d.directEnum(v12)
                self.side = try d.directEnum(v13)
                self.posSide = try d.directEnum(v14)
                self.tdMode = try d.directEnum(v15)
                self.accFillSz = try d.directDecimal(v16)
                self.fillPx = try d.directDecimal(v17)
                self.tradeId = try d.directText(v18)
                self.fillSz = try d.directDecimal(v19)
                self.fillTime = try d.directDate(v20)
                self.avgPx = try d.directDecimal(v21)
                self.state = try d.directEnum(v22)
                self.lever = try d.directDecimal(v23)
                self.attachAlgoClOrdId = try d.directText(v24)
                self.tpTriggerPx = try d.directDecimal(v25)
                self.tpTriggerPxType = try d.directEnum(v26)
                self.tpOrdPx = try d.directDecimal(v27)
                self.slTriggerPx = try d.directDecimal(v28)
                self.slTriggerPxType = try d.directEnum(v29)
                self.slOrdPx = try d.directDecimal(v30)
                self.attachAlgoOrds = try d.directNested(v31)
                self.linkedAlgoOrd = try d.directNested(v32)
                self.stpId = try d.directText(v33)
                self.stpMode = try d.directEnum(v34)
                self.feeCcy = try d.directText(v35)
                self.fee = try d.directDecimal(v36)
                self.rebateCcy = try d.directText(v37)
                self.rebate = try d.directDecimal(v38)
                self.source = try d.directEnum(v39)
                self.pnl = try d.directDecimal(v40)
                self.category = try d.directEnum(v41)
                self.reduceOnly = try d.directBoolean(v42)
                self.cancelSource = try d.directText(v43)
                self.cancelSourceReason = try d.directText(v44)
                self.algoClOrdId = try d.directText(v45)
                self.algoId = try d.directText(v46)
                self.isTpLimit = try d.directBoolean(v47)
                self.uTime = try d.directDate(v48)
                self.cTime = try d.directDate(v49)
                self.quickMgnType = try d.directText(v50)
                self.tradeQuoteCcy = try d.directText(v51)
                self.outcome = try d.directEnum(v52)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.pxUsd, "pxUsd")
                try c.apiWriteDecimal(self.pxVol, "pxVol")
                try c.apiWriteEnum(self.pxType, "pxType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedAlgoOrd, "linkedAlgoOrd")
                try c.apiWriteText(self.stpId, "stpId")
                try c.apiWriteEnum(self.stpMode, "stpMode")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.category, "category")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.cancelSource, "cancelSource")
                try c.apiWriteText(self.cancelSourceReason, "cancelSourceReason")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteBoolean(self.isTpLimit, "isTpLimit")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteEnum(self.outcome, "outcome")
            }
        }
    }

    /// `GET /api/v5/trade/orders-history-archive`: “Order history (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-history-last-3-months
    public static func orderHistoryLast3Months(_ request: OrderHistoryLast3Months.Request) -> Endpoint<[OrderHistoryLast3Months.Response]> {
        .apiGet(OrderHistoryLast3Months.path, request)
    }

    /// `GET /api/v5/trade/orders-pending`: “Order List”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
    public enum OrderList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/orders-pending"
        /// The parameters of `GET /api/v5/trade/orders-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instFamily: String? = nil, instId: String? = nil, ordType: OrdType? = nil, state: State? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.ordType = ordType
                self.state = state
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/orders-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoId`: text.
                public let attachAlgoId: String?
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public let tpOrdKind: TpOrdKind?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public let tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire).
                public let tpTriggerRatio: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let tpTriggerPxType: TpTriggerPxType?
                /// `tpOrdPx`: a decimal number (a string on the wire).
                public let tpOrdPx: Decimal?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public let slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire).
                public let slTriggerRatio: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let slTriggerPxType: SlTriggerPxType?
                /// `slOrdPx`: a decimal number (a string on the wire).
                public let slOrdPx: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public let amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// `failCode`: text.
                public let failCode: String?
                /// `failReason`: text.
                public let failReason: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoId = try c.apiText("attachAlgoId")
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpOrdKind = try c.apiEnum("tpOrdKind")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.sz = try c.apiDecimal("sz")
                    self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
                    self.failCode = try c.apiText("failCode")
                    self.failReason = try c.apiText("failReason")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xCC6A59D343A30DD2: if v0 < 0, m.isKey("attachAlgoId") { v0 = m.value }
                        case 0x810621D0E3DFA3AE: if v1 < 0, m.isKey("attachAlgoClOrdId") { v1 = m.value }
                        case 0xD1DA2CA28175E18E: if v2 < 0, m.isKey("tpOrdKind") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0xA4AC5541E1715DEA: if v4 < 0, m.isKey("tpTriggerRatio") { v4 = m.value }
                        case 0x5E9E22E1077F8277: if v5 < 0, m.isKey("tpTriggerPxType") { v5 = m.value }
                        case 0xE78728D2C6576664: if v6 < 0, m.isKey("tpOrdPx") { v6 = m.value }
                        case 0x54DE5C06C1B6E122: if v7 < 0, m.isKey("slTriggerPx") { v7 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v8 < 0, m.isKey("slTriggerRatio") { v8 = m.value }
                        case 0x2E071A62AA81C4D2: if v9 < 0, m.isKey("slTriggerPxType") { v9 = m.value }
                        case 0x9B6C978E2E265439: if v10 < 0, m.isKey("slOrdPx") { v10 = m.value }
                        case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                        case 0x9EB51AAC603AC97F: if v12 < 0, m.isKey("amendPxOnTriggerType") { v12 = m.value }
                        case 0x948FFC082B0FAE1D: if v13 < 0, m.isKey("callbackRatio") { v13 = m.value }
                        case 0xA7673F6F54D42B4D: if v14 < 0, m.isKey("callbackSpread") { v14 = m.value }
                        case 0x829CAFAD1D2383CF: if v15 < 0, m.isKey("activePx") { v15 = m.value }
                        case 0x6E4A8F90F5603BCC: if v16 < 0, m.isKey("failCode") { v16 = m.value }
                        case 0x25E4F6B67E1F9321: if v17 < 0, m.isKey("failReason") { v17 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoId = try d.directText(v0)
                    self.attachAlgoClOrdId = try d.directText(v1)
                    self.tpOrdKind = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerRatio = try d.directDecimal(v4)
                    self.tpTriggerPxType = try d.directEnum(v5)
                    self.tpOrdPx = try d.directDecimal(v6)
                    self.slTriggerPx = try d.directDecimal(v7)
                    self.slTriggerRatio = try d.directDecimal(v8)
                    self.slTriggerPxType = try d.directEnum(v9)
                    self.slOrdPx = try d.directDecimal(v10)
                    self.sz = try d.directDecimal(v11)
                    self.amendPxOnTriggerType = try d.directEnum(v12)
                    self.callbackRatio = try d.directDecimal(v13)
                    self.callbackSpread = try d.directDecimal(v14)
                    self.activePx = try d.directDecimal(v15)
                    self.failCode = try d.directText(v16)
                    self.failReason = try d.directText(v17)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoId, "attachAlgoId")
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteEnum(self.tpOrdKind, "tpOrdKind")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                    try c.apiWriteText(self.failCode, "failCode")
                    try c.apiWriteText(self.failReason, "failReason")
                }
            }
            /// A nested object of the response.
            public struct LinkedAlgoOrd: Codable, Sendable, TapeDirect {
                /// `algoId`: text.
                public let algoId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiText("algoId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.algoId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.algoId, "algoId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `pxUsd`: a decimal number (a string on the wire).
            public let pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire).
            public let pxVol: Decimal?
            /// `pxType`: one of a documented set of values (unknown values are kept).
            public let pxType: PxType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `attachAlgoClOrdId`: text.
            public let attachAlgoClOrdId: String?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let tpTriggerPxType: TpTriggerPxType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public let slTriggerPxType: SlTriggerPxType?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedAlgoOrd`: a nested object.
            public let linkedAlgoOrd: LinkedAlgoOrd?
            /// `stpId`: text; deprecated.
            public let stpId: String?
            /// `stpMode`: one of a documented set of values (unknown values are kept).
            public let stpMode: StpMode?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `category`: one of a documented set of values (unknown values are kept).
            public let category: Category?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `isTpLimit`: a boolean.
            public let isTpLimit: Bool?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `cancelSource`: text.
            public let cancelSource: String?
            /// `cancelSourceReason`: text.
            public let cancelSourceReason: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.pxUsd = try c.apiDecimal("pxUsd")
                self.pxVol = try c.apiDecimal("pxVol")
                self.pxType = try c.apiEnum("pxType")
                self.sz = try c.apiDecimal("sz")
                self.pnl = try c.apiDecimal("pnl")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillTime = try c.apiDate("fillTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedAlgoOrd = try c.apiNested("linkedAlgoOrd")
                self.stpId = try c.apiText("stpId")
                self.stpMode = try c.apiEnum("stpMode")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.source = try c.apiEnum("source")
                self.category = try c.apiEnum("category")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoId = try c.apiText("algoId")
                self.isTpLimit = try c.apiBoolean("isTpLimit")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.cancelSource = try c.apiText("cancelSource")
                self.cancelSourceReason = try c.apiText("cancelSourceReason")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.outcome = try c.apiEnum("outcome")
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
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                var v47: Int32 = -1
                var v48: Int32 = -1
                var v49: Int32 = -1
                var v50: Int32 = -1
                var v51: Int32 = -1
                var v52: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xD2F181B86AE4553D: if v2 < 0, m.isKey("tgtCcy") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                    case 0xBBA763F3D46984D7: if v8 < 0, m.isKey("pxUsd") { v8 = m.value }
                    case 0xD558D8F3E2E19C2A: if v9 < 0, m.isKey("pxVol") { v9 = m.value }
                    case 0xC80F135880776EDD: if v10 < 0, m.isKey("pxType") { v10 = m.value }
                    case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                    case 0x779E7A1956519EED: if v12 < 0, m.isKey("pnl") { v12 = m.value }
                    case 0xE876851027B58648: if v13 < 0, m.isKey("ordType") { v13 = m.value }
                    case 0x4E0C8A18E635803E: if v14 < 0, m.isKey("side") { v14 = m.value }
                    case 0x297B967F0EEA27C2: if v15 < 0, m.isKey("posSide") { v15 = m.value }
                    case 0x74FC9DE3D6168692: if v16 < 0, m.isKey("tdMode") { v16 = m.value }
                    case 0xE12619F1F82DFC32: if v17 < 0, m.isKey("accFillSz") { v17 = m.value }
                    case 0x602880A90A6DACD0: if v18 < 0, m.isKey("fillPx") { v18 = m.value }
                    case 0x0791A710B055183C: if v19 < 0, m.isKey("tradeId") { v19 = m.value }
                    case 0x603284A90A760821: if v20 < 0, m.isKey("fillSz") { v20 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v21 < 0, m.isKey("fillTime") { v21 = m.value }
                    case 0xEC314E92A840CB9B: if v22 < 0, m.isKey("avgPx") { v22 = m.value }
                    case 0xEE63AAAD45B1B116: if v23 < 0, m.isKey("state") { v23 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v24 < 0, m.isKey("lever") { v24 = m.value }
                    case 0x810621D0E3DFA3AE: if v25 < 0, m.isKey("attachAlgoClOrdId") { v25 = m.value }
                    case 0xC25672DCA183922F: if v26 < 0, m.isKey("tpTriggerPx") { v26 = m.value }
                    case 0x5E9E22E1077F8277: if v27 < 0, m.isKey("tpTriggerPxType") { v27 = m.value }
                    case 0xE78728D2C6576664: if v28 < 0, m.isKey("tpOrdPx") { v28 = m.value }
                    case 0x54DE5C06C1B6E122: if v29 < 0, m.isKey("slTriggerPx") { v29 = m.value }
                    case 0x2E071A62AA81C4D2: if v30 < 0, m.isKey("slTriggerPxType") { v30 = m.value }
                    case 0x9B6C978E2E265439: if v31 < 0, m.isKey("slOrdPx") { v31 = m.value }
                    case 0x2E4A53E0B408B50F: if v32 < 0, m.isKey("attachAlgoOrds") { v32 = m.value }
                    case 0x4A170D65FF53DBF2: if v33 < 0, m.isKey("linkedAlgoOrd") { v33 = m.value }
                    case 0x702CFEAD8F2AB58B: if v34 < 0, m.isKey("stpId") { v34 = m.value }
                    case 0xBD9427F0BE285C3D: if v35 < 0, m.isKey("stpMode") { v35 = m.value }
                    case 0x1E2D7FE73967FEA0: if v36 < 0, m.isKey("feeCcy") { v36 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v37 < 0, m.isKey("fee") { v37 = m.value }
                    case 0x9A4FEE4FAC20158B: if v38 < 0, m.isKey("rebateCcy") { v38 = m.value }
                    case 0x731C1AFA28404F82: if v39 < 0, m.isKey("rebate") { v39 = m.value }
                    case 0x76DBDC228F782DB8: if v40 < 0, m.isKey("source") { v40 = m.value }
                    case 0x5BD2E7FFB1224E91: if v41 < 0, m.isKey("category") { v41 = m.value }
                    case 0x61A1F11A81412D29: if v42 < 0, m.isKey("reduceOnly") { v42 = m.value }
                    case 0xEB3B6FC36D069A16: if v43 < 0, m.isKey("quickMgnType") { v43 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v44 < 0, m.isKey("algoClOrdId") { v44 = m.value }
                    case 0x57EE775BF04FA723: if v45 < 0, m.isKey("algoId") { v45 = m.value }
                    case 0xC3EFB689DA39DC68: if v46 < 0, m.isKey("isTpLimit") { v46 = m.value }
                    case 0x607ED783146D4C29: if v47 < 0, m.isKey("uTime") { v47 = m.value }
                    case 0x97CBF7DBB8D1A953: if v48 < 0, m.isKey("cTime") { v48 = m.value }
                    case 0x446237078F20E25E: if v49 < 0, m.isKey("cancelSource") { v49 = m.value }
                    case 0x5C7743874050959A: if v50 < 0, m.isKey("cancelSourceReason") { v50 = m.value }
                    case 0xADABDA5226275360: if v51 < 0, m.isKey("tradeQuoteCcy") { v51 = m.value }
                    case 0x75FE2A8465B02E53: if v52 < 0, m.isKey("outcome") { v52 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tgtCcy = try d.directEnum(v2)
                self.ccy = try d.directText(v3)
                self.ordId = try d.directRequiredText(v4, "ordId")
                self.clOrdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.px = try d.directDecimal(v7)
                self.pxUsd = try d.directDecimal(v8)
                self.pxVol = try d.directDecimal(v9)
                self.pxType = try d.directEnum(v10)
                self.sz = try d.directDecimal(v11)
                self.pnl = try d.directDecimal(v12)
                self.ordType = try d.directEnum(v13)
                self.side = try d.directEnum(v14)
                self.posSide = try d.directEnum(v15)
                self.tdMode = try d.directEnum(v16)
                self.accFillSz = try d.directDecimal(v17)
                self.fillPx = try d.directDecimal(v18)
                self.tradeId = try d.directText(v19)
                self.fillSz = try d.directDecimal(v20)
                self.fillTime = try d.directDate(v21)
                self.avgPx = try d.directDecimal(v22)
                self.state = try d.directEnum(v23)
                self.lever = try d.directDecimal(v24)
                self.attachAlgoClOrdId = try d.directText(v25)
                self.tpTriggerPx = try d.directDecimal(v26)
                self.tpTriggerPxType = try d.directEnum(v27)
                self.tpOrdPx = try d.directDecimal(v28)
                self.slTriggerPx = try d.directDecimal(v29)
                self.slTriggerPxType = try d.directEnum(v30)
                self.slOrdPx = try d.directDecimal(v31)
                self.attachAlgoOrds = try d.directNested(v32)
                self.linkedAlgoOrd = try d.directNested(v33)
                self.stpId = try d.directText(v34)
                self.stpMode = try d.directEnum(v35)
                self.feeCcy = try d.directText(v36)
                self.fee = try d.directDecimal(v37)
                self.rebateCcy = try d.directText(v38)
                self.rebate = try d.directDecimal(v39)
                self.source = try d.directEnum(v40)
                self.category = try d.directEnum(v41)
                self.reduceOnly = try d.directBoolean(v42)
                self.quickMgnType = try d.directText(v43)
                self.algoClOrdId = try d.directText(v44)
                self.algoId = try d.directText(v45)
                self.isTpLimit = try d.directBoolean(v46)
                self.uTime = try d.directDate(v47)
                self.cTime = try d.directDate(v48)
                self.cancelSource = try d.directText(v49)
                self.cancelSourceReason = try d.directText(v50)
                self.tradeQuoteCcy = try d.directText(v51)
                self.outcome = try d.directEnum(v52)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.pxUsd, "pxUsd")
                try c.apiWriteDecimal(self.pxVol, "pxVol")
                try c.apiWriteEnum(self.pxType, "pxType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedAlgoOrd, "linkedAlgoOrd")
                try c.apiWriteText(self.stpId, "stpId")
                try c.apiWriteEnum(self.stpMode, "stpMode")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteEnum(self.category, "category")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteBoolean(self.isTpLimit, "isTpLimit")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.cancelSource, "cancelSource")
                try c.apiWriteText(self.cancelSourceReason, "cancelSourceReason")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteEnum(self.outcome, "outcome")
            }
        }
    }

    /// `GET /api/v5/trade/orders-pending`: “Order List”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-get-order-list
    public static func orderList(_ request: OrderList.Request = .init()) -> Endpoint<[OrderList.Response]> {
        .apiGet(OrderList.path, request)
    }

    /// The values of `newTpOrdKind` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct NewTpOrdKind: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `condition`.
        public static let condition: Self = "condition"
        /// `limit`.
        public static let limit: Self = "limit"
    }

    /// The values of `newTpTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct NewTpTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
    }

    /// The values of `newSlTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct NewSlTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
    }

    /// The values of `amendPxOnTriggerType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AmendPxOnTriggerType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `speedBump` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SpeedBump: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `pxAmendType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PxAmendType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `tpOrdKind` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TpOrdKind: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `condition`.
        public static let condition: Self = "condition"
        /// `limit`.
        public static let limit: Self = "limit"
    }

    /// The values of `tpTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TpTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
    }

    /// The values of `slTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SlTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
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
        /// `spot_isolated`.
        public static let spotIsolated: Self = "spot_isolated"
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
        /// `net`.
        public static let net: Self = "net"
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
        /// `fok`.
        public static let fok: Self = "fok"
        /// `ioc`.
        public static let ioc: Self = "ioc"
        /// `optimal_limit_ioc`.
        public static let optimalLimitIoc: Self = "optimal_limit_ioc"
        /// `mmp`.
        public static let mmp: Self = "mmp"
        /// `mmp_and_post_only`.
        public static let mmpAndPostOnly: Self = "mmp_and_post_only"
        /// `rpi`.
        public static let rpi: Self = "rpi"
        /// `op_fok`.
        public static let opFok: Self = "op_fok"
    }

    /// The values of `outcome` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Outcome: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `yes`.
        public static let yes: Self = "yes"
        /// `no`.
        public static let no: Self = "no"
    }

    /// The values of `tgtCcy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TgtCcy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `base_ccy`.
        public static let baseCcy: Self = "base_ccy"
        /// `quote_ccy`.
        public static let quoteCcy: Self = "quote_ccy"
    }

    /// The values of `stpMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct StpMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cancel_maker`.
        public static let cancelMaker: Self = "cancel_maker"
        /// `cancel_taker`.
        public static let cancelTaker: Self = "cancel_taker"
        /// `cancel_both`.
        public static let cancelBoth: Self = "cancel_both"
    }

    /// The values of `mgnMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MgnMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
    }

    /// The values of `source` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Source: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `6`.
        public static let v6: Self = "6"
        /// `7`.
        public static let v7: Self = "7"
        /// `13`.
        public static let v13: Self = "13"
        /// `25`.
        public static let v25: Self = "25"
        /// `34`.
        public static let v34: Self = "34"
    }

    /// The values of `status` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Status: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `running`.
        public static let running: Self = "running"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `failed`.
        public static let failed: Self = "failed"
    }

    /// The values of `acct` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Acct: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `6`.
        public static let v6: Self = "6"
        /// `18`.
        public static let v18: Self = "18"
    }

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `MARGIN`.
        public static let margin: Self = "MARGIN"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `OPTION`.
        public static let option: Self = "OPTION"
        /// `EVENTS`.
        public static let events: Self = "EVENTS"
    }

    /// The values of `subType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SubType: OKXStringValue {
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
        /// `100`.
        public static let v100: Self = "100"
        /// `101`.
        public static let v101: Self = "101"
        /// `102`.
        public static let v102: Self = "102"
        /// `103`.
        public static let v103: Self = "103"
        /// `104`.
        public static let v104: Self = "104"
        /// `105`.
        public static let v105: Self = "105"
        /// `106`.
        public static let v106: Self = "106"
        /// `107`.
        public static let v107: Self = "107"
        /// `110`.
        public static let v110: Self = "110"
        /// `111`.
        public static let v111: Self = "111"
        /// `118`.
        public static let v118: Self = "118"
        /// `119`.
        public static let v119: Self = "119"
        /// `112`.
        public static let v112: Self = "112"
        /// `113`.
        public static let v113: Self = "113"
        /// `125`.
        public static let v125: Self = "125"
        /// `126`.
        public static let v126: Self = "126"
        /// `127`.
        public static let v127: Self = "127"
        /// `128`.
        public static let v128: Self = "128"
        /// `212`.
        public static let v212: Self = "212"
        /// `213`.
        public static let v213: Self = "213"
        /// `204`.
        public static let v204: Self = "204"
        /// `205`.
        public static let v205: Self = "205"
        /// `206`.
        public static let v206: Self = "206"
        /// `207`.
        public static let v207: Self = "207"
        /// `208`.
        public static let v208: Self = "208"
        /// `209`.
        public static let v209: Self = "209"
        /// `236`.
        public static let v236: Self = "236"
        /// `237`.
        public static let v237: Self = "237"
        /// `270`.
        public static let v270: Self = "270"
        /// `271`.
        public static let v271: Self = "271"
        /// `272`.
        public static let v272: Self = "272"
        /// `273`.
        public static let v273: Self = "273"
        /// `274`.
        public static let v274: Self = "274"
        /// `275`.
        public static let v275: Self = "275"
        /// `324`.
        public static let v324: Self = "324"
        /// `325`.
        public static let v325: Self = "325"
        /// `326`.
        public static let v326: Self = "326"
        /// `327`.
        public static let v327: Self = "327"
        /// `328`.
        public static let v328: Self = "328"
        /// `329`.
        public static let v329: Self = "329"
        /// `376`.
        public static let v376: Self = "376"
        /// `377`.
        public static let v377: Self = "377"
        /// `410`.
        public static let v410: Self = "410"
        /// `411`.
        public static let v411: Self = "411"
        /// `412`.
        public static let v412: Self = "412"
        /// `413`.
        public static let v413: Self = "413"
        /// `414`.
        public static let v414: Self = "414"
        /// `415`.
        public static let v415: Self = "415"
    }

    /// The values of `execType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ExecType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `T`.
        public static let t: Self = "T"
        /// `M`.
        public static let m: Self = "M"
    }

    /// The values of `debtType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct DebtType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `filled`.
        public static let filled: Self = "filled"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `mmp_canceled`.
        public static let mmpCanceled: Self = "mmp_canceled"
    }

    /// The values of `pxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `px`.
        public static let px: Self = "px"
        /// `pxVol`.
        public static let pxVol: Self = "pxVol"
        /// `pxUsd`.
        public static let pxUsd: Self = "pxUsd"
    }

    /// The values of `category` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Category: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `normal`.
        public static let normal: Self = "normal"
        /// `twap`.
        public static let twap: Self = "twap"
        /// `adl`.
        public static let adl: Self = "adl"
        /// `full_liquidation`.
        public static let fullLiquidation: Self = "full_liquidation"
        /// `partial_liquidation`.
        public static let partialLiquidation: Self = "partial_liquidation"
        /// `delivery`.
        public static let delivery: Self = "delivery"
        /// `ddh`.
        public static let ddh: Self = "ddh"
        /// `auto_conversion`.
        public static let autoConversion: Self = "auto_conversion"
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
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
    }
}
