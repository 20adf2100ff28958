// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/algo-trading”.
    public enum AlgoTrading {}
}

extension API.AlgoTrading {
    /// `POST /api/v5/trade/amend-algos`: “Amend algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-amend-algo-order
    public enum AmendAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/amend-algos"
        /// The parameters of `POST /api/v5/trade/amend-algos`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-amend-algo-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `newTpTriggerPx`: a decimal number (a string on the wire).
                public var newTpTriggerPx: Decimal?
                /// `newTpTriggerRatio`: a decimal number (a string on the wire).
                public var newTpTriggerRatio: Decimal?
                /// `newTpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var newTpTriggerPxType: NewTpTriggerPxType?
                /// `newTpOrdPx`: a decimal number (a string on the wire).
                public var newTpOrdPx: Decimal?
                /// `newSlTriggerPx`: a decimal number (a string on the wire).
                public var newSlTriggerPx: Decimal?
                /// `newSlTriggerRatio`: a decimal number (a string on the wire).
                public var newSlTriggerRatio: Decimal?
                /// `newSlTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var newSlTriggerPxType: NewSlTriggerPxType?
                /// `newSlOrdPx`: a decimal number (a string on the wire).
                public var newSlOrdPx: Decimal?
                /// `newCallbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackRatio: Decimal?
                /// `newCallbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var newCallbackSpread: Decimal?
                /// `newActivePx`: a decimal number (a string on the wire).
                public var newActivePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(newTpTriggerPx: Decimal? = nil, newTpTriggerRatio: Decimal? = nil, newTpTriggerPxType: NewTpTriggerPxType? = nil, newTpOrdPx: Decimal? = nil, newSlTriggerPx: Decimal? = nil, newSlTriggerRatio: Decimal? = nil, newSlTriggerPxType: NewSlTriggerPxType? = nil, newSlOrdPx: Decimal? = nil, newCallbackRatio: Decimal? = nil, newCallbackSpread: Decimal? = nil, newActivePx: Decimal? = nil) {
                    self.newTpTriggerPx = newTpTriggerPx
                    self.newTpTriggerRatio = newTpTriggerRatio
                    self.newTpTriggerPxType = newTpTriggerPxType
                    self.newTpOrdPx = newTpOrdPx
                    self.newSlTriggerPx = newSlTriggerPx
                    self.newSlTriggerRatio = newSlTriggerRatio
                    self.newSlTriggerPxType = newSlTriggerPxType
                    self.newSlOrdPx = newSlOrdPx
                    self.newCallbackRatio = newCallbackRatio
                    self.newCallbackSpread = newCallbackSpread
                    self.newActivePx = newActivePx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("newTpTriggerPx", newTpTriggerPx)
                    p.add("newTpTriggerRatio", newTpTriggerRatio)
                    p.add("newTpTriggerPxType", newTpTriggerPxType)
                    p.add("newTpOrdPx", newTpOrdPx)
                    p.add("newSlTriggerPx", newSlTriggerPx)
                    p.add("newSlTriggerRatio", newSlTriggerRatio)
                    p.add("newSlTriggerPxType", newSlTriggerPxType)
                    p.add("newSlOrdPx", newSlOrdPx)
                    p.add("newCallbackRatio", newCallbackRatio)
                    p.add("newCallbackSpread", newCallbackSpread)
                    p.add("newActivePx", newActivePx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `algoId`: text; required in some cases.
            public var algoId: String?
            /// `algoClOrdId`: text; required in some cases.
            public var algoClOrdId: String?
            /// `cxlOnFail`: a boolean.
            public var cxlOnFail: Bool?
            /// `reqId`: text; required in some cases.
            public var reqId: String?
            /// `newSz`: a decimal number (a string on the wire); required in some cases.
            public var newSz: Decimal?
            /// `newTpTriggerPx`: a decimal number (a string on the wire); required in some cases.
            public var newTpTriggerPx: Decimal?
            /// `newTpOrdPx`: a decimal number (a string on the wire); required in some cases.
            public var newTpOrdPx: Decimal?
            /// `newSlTriggerPx`: a decimal number (a string on the wire); required in some cases.
            public var newSlTriggerPx: Decimal?
            /// `newSlOrdPx`: a decimal number (a string on the wire); required in some cases.
            public var newSlOrdPx: Decimal?
            /// `newTpTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
            public var newTpTriggerPxType: NewTpTriggerPxType?
            /// `newSlTriggerPxType`: one of a documented set of values (unknown values are kept); required in some cases.
            public var newSlTriggerPxType: NewSlTriggerPxType?
            /// `newTriggerPx`: a decimal number (a string on the wire); required.
            public var newTriggerPx: Decimal?
            /// `newOrdPx`: a decimal number (a string on the wire); required.
            public var newOrdPx: Decimal?
            /// `newTriggerPxType`: one of a documented set of values (unknown values are kept).
            public var newTriggerPxType: NewTriggerPxType?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoId: String? = nil, algoClOrdId: String? = nil, cxlOnFail: Bool? = nil, reqId: String? = nil, newSz: Decimal? = nil, newTpTriggerPx: Decimal? = nil, newTpOrdPx: Decimal? = nil, newSlTriggerPx: Decimal? = nil, newSlOrdPx: Decimal? = nil, newTpTriggerPxType: NewTpTriggerPxType? = nil, newSlTriggerPxType: NewSlTriggerPxType? = nil, newTriggerPx: Decimal? = nil, newOrdPx: Decimal? = nil, newTriggerPxType: NewTriggerPxType? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil) {
                self.instId = instId
                self.algoId = algoId
                self.algoClOrdId = algoClOrdId
                self.cxlOnFail = cxlOnFail
                self.reqId = reqId
                self.newSz = newSz
                self.newTpTriggerPx = newTpTriggerPx
                self.newTpOrdPx = newTpOrdPx
                self.newSlTriggerPx = newSlTriggerPx
                self.newSlOrdPx = newSlOrdPx
                self.newTpTriggerPxType = newTpTriggerPxType
                self.newSlTriggerPxType = newSlTriggerPxType
                self.newTriggerPx = newTriggerPx
                self.newOrdPx = newOrdPx
                self.newTriggerPxType = newTriggerPxType
                self.attachAlgoOrds = attachAlgoOrds
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoId", algoId)
                p.add("algoClOrdId", algoClOrdId)
                p.add("cxlOnFail", cxlOnFail)
                p.add("reqId", reqId)
                p.add("newSz", newSz)
                p.add("newTpTriggerPx", newTpTriggerPx)
                p.add("newTpOrdPx", newTpOrdPx)
                p.add("newSlTriggerPx", newSlTriggerPx)
                p.add("newSlOrdPx", newSlOrdPx)
                p.add("newTpTriggerPxType", newTpTriggerPxType)
                p.add("newSlTriggerPxType", newSlTriggerPxType)
                p.add("newTriggerPx", newTriggerPx)
                p.add("newOrdPx", newOrdPx)
                p.add("newTriggerPxType", newTriggerPxType)
                p.add("attachAlgoOrds", attachAlgoOrds)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/amend-algos`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-amend-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `reqId`: text.
            public let reqId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v2 < 0, m.isKey("reqId") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.reqId = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/trade/amend-algos`: “Amend algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-amend-algo-order
    public static func amendAlgoOrder(_ request: AmendAlgoOrder.Request) -> Endpoint<[AmendAlgoOrder.Response]> {
        .apiPost(AmendAlgoOrder.path, request)
    }

    /// `POST /api/v5/trade/cancel-algos`: “Cancel algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
    public enum CancelAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/cancel-algos"
        /// The parameters of `POST /api/v5/trade/cancel-algos`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `algoId`: text; required in some cases.
            public var algoId: String?
            /// `algoClOrdId`: text; required in some cases.
            public var algoClOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoId: String? = nil, algoClOrdId: String? = nil) {
                self.instId = instId
                self.algoId = algoId
                self.algoClOrdId = algoClOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoId", algoId)
                p.add("algoClOrdId", algoClOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/cancel-algos`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `clOrdId`: text; deprecated.
            public let clOrdId: String?
            /// `algoClOrdId`: text; deprecated.
            public let algoClOrdId: String?
            /// `tag`: text; deprecated.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.clOrdId = try c.apiText("clOrdId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.tag = try c.apiText("tag")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    case 0x76ED59528A2E9E7C: if v3 < 0, m.isKey("clOrdId") { v3 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v4 < 0, m.isKey("algoClOrdId") { v4 = m.value }
                    case 0x56D7AB194448A4F3: if v5 < 0, m.isKey("tag") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
                self.clOrdId = try d.directText(v3)
                self.algoClOrdId = try d.directText(v4)
                self.tag = try d.directText(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/trade/cancel-algos`: “Cancel algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-cancel-algo-order
    public static func cancelAlgoOrder(_ requests: [CancelAlgoOrder.Request]) -> Endpoint<[CancelAlgoOrder.Response]> {
        .apiPost(CancelAlgoOrder.path, requests)
    }

    /// `GET /api/v5/trade/order-algo`: “Algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-details
    public enum AlgoOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/order-algo"
        /// The parameters of `GET /api/v5/trade/order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-details
        public struct Request: APIRequestFields {
            /// `algoId`: text; required in some cases.
            public var algoId: String?
            /// `algoClOrdId`: text; required in some cases.
            public var algoClOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String? = nil, algoClOrdId: String? = nil) {
                self.algoId = algoId
                self.algoClOrdId = algoClOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoClOrdId", algoClOrdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
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
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
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
                        case 0x810621D0E3DFA3AE: if v0 < 0, m.isKey("attachAlgoClOrdId") { v0 = m.value }
                        case 0xC25672DCA183922F: if v1 < 0, m.isKey("tpTriggerPx") { v1 = m.value }
                        case 0xA4AC5541E1715DEA: if v2 < 0, m.isKey("tpTriggerRatio") { v2 = m.value }
                        case 0x5E9E22E1077F8277: if v3 < 0, m.isKey("tpTriggerPxType") { v3 = m.value }
                        case 0xE78728D2C6576664: if v4 < 0, m.isKey("tpOrdPx") { v4 = m.value }
                        case 0x54DE5C06C1B6E122: if v5 < 0, m.isKey("slTriggerPx") { v5 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v6 < 0, m.isKey("slTriggerRatio") { v6 = m.value }
                        case 0x2E071A62AA81C4D2: if v7 < 0, m.isKey("slTriggerPxType") { v7 = m.value }
                        case 0x9B6C978E2E265439: if v8 < 0, m.isKey("slOrdPx") { v8 = m.value }
                        case 0x948FFC082B0FAE1D: if v9 < 0, m.isKey("callbackRatio") { v9 = m.value }
                        case 0xA7673F6F54D42B4D: if v10 < 0, m.isKey("callbackSpread") { v10 = m.value }
                        case 0x829CAFAD1D2383CF: if v11 < 0, m.isKey("activePx") { v11 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoClOrdId = try d.directText(v0)
                    self.tpTriggerPx = try d.directDecimal(v1)
                    self.tpTriggerRatio = try d.directDecimal(v2)
                    self.tpTriggerPxType = try d.directEnum(v3)
                    self.tpOrdPx = try d.directDecimal(v4)
                    self.slTriggerPx = try d.directDecimal(v5)
                    self.slTriggerRatio = try d.directDecimal(v6)
                    self.slTriggerPxType = try d.directEnum(v7)
                    self.slOrdPx = try d.directDecimal(v8)
                    self.callbackRatio = try d.directDecimal(v9)
                    self.callbackSpread = try d.directDecimal(v10)
                    self.activePx = try d.directDecimal(v11)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                }
            }
            /// A nested object of the response.
            public struct LinkedOrd: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text; deprecated.
            public let ordId: String?
            /// `ordIdList`: a list of text values.
            public let ordIdList: [String]?
            /// `algoId`: text.
            public let algoId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `closeFraction`: a decimal number (a string on the wire).
            public let closeFraction: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: text.
            public let posSide: String?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
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
            /// `triggerPx`: a decimal number (a string on the wire).
            public let triggerPx: Decimal?
            /// `triggerPxType`: one of a documented set of values (unknown values are kept).
            public let triggerPxType: TriggerPxType?
            /// `ordPx`: a decimal number (a string on the wire).
            public let ordPx: Decimal?
            /// `advanceOrdType`: one of a documented set of values (unknown values are kept).
            public let advanceOrdType: AdvanceOrdType?
            /// `actualSz`: a decimal number (a string on the wire).
            public let actualSz: Decimal?
            /// `actualPx`: a decimal number (a string on the wire).
            public let actualPx: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `actualSide`: one of a documented set of values (unknown values are kept).
            public let actualSide: ActualSide?
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `pxVar`: a decimal number (a string on the wire).
            public let pxVar: Decimal?
            /// `pxSpread`: a decimal number (a string on the wire).
            public let pxSpread: Decimal?
            /// `szLimit`: a decimal number (a string on the wire).
            public let szLimit: Decimal?
            /// `pxLimit`: a decimal number (a string on the wire).
            public let pxLimit: Decimal?
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `callbackRatio`: a decimal number (a string on the wire).
            public let callbackRatio: Decimal?
            /// `callbackSpread`: a decimal number (a string on the wire).
            public let callbackSpread: Decimal?
            /// `activePx`: a decimal number (a string on the wire).
            public let activePx: Decimal?
            /// `moveTriggerPx`: a decimal number (a string on the wire).
            public let moveTriggerPx: Decimal?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `failCode`: text.
            public let failCode: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
            public let amendPxOnTriggerType: AmendPxOnTriggerType?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedOrd`: a nested object.
            public let linkedOrd: LinkedOrd?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `isTradeBorrowMode`: a boolean.
            public let isTradeBorrowMode: Bool?
            /// `chaseType`: one of a documented set of values (unknown values are kept).
            public let chaseType: ChaseType?
            /// `chaseVal`: a decimal number (a string on the wire).
            public let chaseVal: Decimal?
            /// `maxChaseType`: one of a documented set of values (unknown values are kept).
            public let maxChaseType: MaxChaseType?
            /// `maxChaseVal`: a decimal number (a string on the wire).
            public let maxChaseVal: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiText("ordId")
                self.ordIdList = try c.apiTexts("ordIdList")
                self.algoId = try c.apiRequiredText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sz = try c.apiDecimal("sz")
                self.closeFraction = try c.apiDecimal("closeFraction")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiText("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.triggerPxType = try c.apiEnum("triggerPxType")
                self.ordPx = try c.apiDecimal("ordPx")
                self.advanceOrdType = try c.apiEnum("advanceOrdType")
                self.actualSz = try c.apiDecimal("actualSz")
                self.actualPx = try c.apiDecimal("actualPx")
                self.tag = try c.apiText("tag")
                self.actualSide = try c.apiEnum("actualSide")
                self.triggerTime = try c.apiDate("triggerTime")
                self.pxVar = try c.apiDecimal("pxVar")
                self.pxSpread = try c.apiDecimal("pxSpread")
                self.szLimit = try c.apiDecimal("szLimit")
                self.pxLimit = try c.apiDecimal("pxLimit")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.callbackRatio = try c.apiDecimal("callbackRatio")
                self.callbackSpread = try c.apiDecimal("callbackSpread")
                self.activePx = try c.apiDecimal("activePx")
                self.moveTriggerPx = try c.apiDecimal("moveTriggerPx")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.last = try c.apiDecimal("last")
                self.failCode = try c.apiText("failCode")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedOrd = try c.apiNested("linkedOrd")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.isTradeBorrowMode = try c.apiBoolean("isTradeBorrowMode")
                self.chaseType = try c.apiEnum("chaseType")
                self.chaseVal = try c.apiDecimal("chaseVal")
                self.maxChaseType = try c.apiEnum("maxChaseType")
                self.maxChaseVal = try c.apiDecimal("maxChaseVal")
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
                var v53: Int32 = -1
                var v54: Int32 = -1
                var v55: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x30D84F4E09B456B9: if v4 < 0, m.isKey("ordIdList") { v4 = m.value }
                    case 0x57EE775BF04FA723: if v5 < 0, m.isKey("algoId") { v5 = m.value }
                    case 0x76ED59528A2E9E7C: if v6 < 0, m.isKey("clOrdId") { v6 = m.value }
                    case 0x08D94407B5794688: if v7 < 0, m.isKey("sz") { v7 = m.value }
                    case 0x5E2C332589DD04CD: if v8 < 0, m.isKey("closeFraction") { v8 = m.value }
                    case 0xE876851027B58648: if v9 < 0, m.isKey("ordType") { v9 = m.value }
                    case 0x4E0C8A18E635803E: if v10 < 0, m.isKey("side") { v10 = m.value }
                    case 0x297B967F0EEA27C2: if v11 < 0, m.isKey("posSide") { v11 = m.value }
                    case 0x74FC9DE3D6168692: if v12 < 0, m.isKey("tdMode") { v12 = m.value }
                    case 0xD2F181B86AE4553D: if v13 < 0, m.isKey("tgtCcy") { v13 = m.value }
                    case 0xEE63AAAD45B1B116: if v14 < 0, m.isKey("state") { v14 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v15 < 0, m.isKey("lever") { v15 = m.value }
                    case 0xC25672DCA183922F: if v16 < 0, m.isKey("tpTriggerPx") { v16 = m.value }
                    case 0x5E9E22E1077F8277: if v17 < 0, m.isKey("tpTriggerPxType") { v17 = m.value }
                    case 0xE78728D2C6576664: if v18 < 0, m.isKey("tpOrdPx") { v18 = m.value }
                    case 0x54DE5C06C1B6E122: if v19 < 0, m.isKey("slTriggerPx") { v19 = m.value }
                    case 0x2E071A62AA81C4D2: if v20 < 0, m.isKey("slTriggerPxType") { v20 = m.value }
                    case 0x9B6C978E2E265439: if v21 < 0, m.isKey("slOrdPx") { v21 = m.value }
                    case 0x47803AB73B0014C3: if v22 < 0, m.isKey("triggerPx") { v22 = m.value }
                    case 0x1DE2F1C52389199B: if v23 < 0, m.isKey("triggerPxType") { v23 = m.value }
                    case 0x6B9EF972816C0558: if v24 < 0, m.isKey("ordPx") { v24 = m.value }
                    case 0x8EDDEE17F45F5A10: if v25 < 0, m.isKey("advanceOrdType") { v25 = m.value }
                    case 0x2F0E69057954B002: if v26 < 0, m.isKey("actualSz") { v26 = m.value }
                    case 0x2F186905795D0487: if v27 < 0, m.isKey("actualPx") { v27 = m.value }
                    case 0x56D7AB194448A4F3: if v28 < 0, m.isKey("tag") { v28 = m.value }
                    case 0x5E984B1F944857EC: if v29 < 0, m.isKey("actualSide") { v29 = m.value }
                    case 0xB0139ECD774B95BA: if v30 < 0, m.isKey("triggerTime") { v30 = m.value }
                    case 0xD55FEAF3E2E7D96E: if v31 < 0, m.isKey("pxVar") { v31 = m.value }
                    case 0xB69967D348AA44BE: if v32 < 0, m.isKey("pxSpread") { v32 = m.value }
                    case 0x2AAED229800B787B: if v33 < 0, m.isKey("szLimit") { v33 = m.value }
                    case 0x7714438AC64E40E4: if v34 < 0, m.isKey("pxLimit") { v34 = m.value }
                    case 0x3C4038C9B9091C25: if v35 < 0, m.isKey("timeInterval") { v35 = m.value }
                    case 0x948FFC082B0FAE1D: if v36 < 0, m.isKey("callbackRatio") { v36 = m.value }
                    case 0xA7673F6F54D42B4D: if v37 < 0, m.isKey("callbackSpread") { v37 = m.value }
                    case 0x829CAFAD1D2383CF: if v38 < 0, m.isKey("activePx") { v38 = m.value }
                    case 0x320C64CB4963DBC0: if v39 < 0, m.isKey("moveTriggerPx") { v39 = m.value }
                    case 0x61A1F11A81412D29: if v40 < 0, m.isKey("reduceOnly") { v40 = m.value }
                    case 0xEB3B6FC36D069A16: if v41 < 0, m.isKey("quickMgnType") { v41 = m.value }
                    case 0x0456D2AD905847D9: if v42 < 0, m.isKey("last") { v42 = m.value }
                    case 0x6E4A8F90F5603BCC: if v43 < 0, m.isKey("failCode") { v43 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v44 < 0, m.isKey("algoClOrdId") { v44 = m.value }
                    case 0x9EB51AAC603AC97F: if v45 < 0, m.isKey("amendPxOnTriggerType") { v45 = m.value }
                    case 0x2E4A53E0B408B50F: if v46 < 0, m.isKey("attachAlgoOrds") { v46 = m.value }
                    case 0x08BDAD3722CE741B: if v47 < 0, m.isKey("linkedOrd") { v47 = m.value }
                    case 0x97CBF7DBB8D1A953: if v48 < 0, m.isKey("cTime") { v48 = m.value }
                    case 0x607ED783146D4C29: if v49 < 0, m.isKey("uTime") { v49 = m.value }
                    case 0xB967F77AF11A66DF: if v50 < 0, m.isKey("isTradeBorrowMode") { v50 = m.value }
                    case 0x529F5F991EBB2F95: if v51 < 0, m.isKey("chaseType") { v51 = m.value }
                    case 0xC4D1A87E525E4AD4: if v52 < 0, m.isKey("chaseVal") { v52 = m.value }
                    case 0x428D2D4E055CF1F9: if v53 < 0, m.isKey("maxChaseType") { v53 = m.value }
                    case 0x199533F472D91300: if v54 < 0, m.isKey("maxChaseVal") { v54 = m.value }
                    case 0xADABDA5226275360: if v55 < 0, m.isKey("tradeQuoteCcy") { v55 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.ccy = try d.directText(v2)
                self.ordId = try d.directText(v3)
                self.ordIdList = try d.directTexts(v4)
                self.algoId = try d.directRequiredText(v5, "algoId")
                self.clOrdId = try d.directText(v6)
                self.sz = try d.directDecimal(v7)
                self.closeFraction = try d.directDecimal(v8)
                self.ordType = try d.directEnum(v9)
                self.side = try d.directEnum(v10)
                self.posSide = try d.directText(v11)
                self.tdMode = try d.directEnum(v12)
                self.tgtCcy = try d.directEnum(v13)
                self.state = try d.directEnum(v14)
                self.lever = try d.directDecimal(v15)
                self.tpTriggerPx = try d.directDecimal(v16)
                self.tpTriggerPxType = try d.directEnum(v17)
                self.tpOrdPx = try d.directDecimal(v18)
                self.slTriggerPx = try d.directDecimal(v19)
                self.slTriggerPxType = try d.directEnum(v20)
                self.slOrdPx = try d.directDecimal(v21)
                self.triggerPx = try d.directDecimal(v22)
                self.triggerPxType = try d.directEnum(v23)
                self.ordPx = try d.directDecimal(v24)
                self.advanceOrdType = try d.directEnum(v25)
                self.actualSz = try d.directDecimal(v26)
                self.actualPx = try d.directDecimal(v27)
                self.tag = try d.directText(v28)
                self.actualSide = try d.directEnum(v29)
                self.triggerTime = try d.directDate(v30)
                self.pxVar = try d.directDecimal(v31)
                self.pxSpread = try d.directDecimal(v32)
                self.szLimit = try d.directDecimal(v33)
                self.pxLimit = try d.directDecimal(v34)
                self.timeInterval = try d.directInteger(v35)
                self.callbackRatio = try d.directDecimal(v36)
                self.callbackSpread = try d.directDecimal(v37)
                self.activePx = try d.directDecimal(v38)
                self.moveTriggerPx = try d.directDecimal(v39)
                self.reduceOnly = try d.directBoolean(v40)
                self.quickMgnType = try d.directText(v41)
                self.last = try d.directDecimal(v42)
                self.failCode = try d.directText(v43)
                self.algoClOrdId = try d.directText(v44)
                self.amendPxOnTriggerType = try d.directEnum(v45)
                self.attachAlgoOrds = try d.directNested(v46)
                self.linkedOrd = try d.directNested(v47)
                self.cTime = try d.directDate(v48)
                self.uTime = try d.directDate(v49)
                self.isTradeBorrowMode = try d.directBoolean(v50)
                self.chaseType = try d.directEnum(v51)
                self.chaseVal = try d.directDecimal(v52)
                self.maxChaseType = try d.directEnum(v53)
                self.maxChaseVal = try d.directDecimal(v54)
                self.tradeQuoteCcy = try d.directText(v55)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteTexts(self.ordIdList, "ordIdList")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.closeFraction, "closeFraction")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteEnum(self.triggerPxType, "triggerPxType")
                try c.apiWriteDecimal(self.ordPx, "ordPx")
                try c.apiWriteEnum(self.advanceOrdType, "advanceOrdType")
                try c.apiWriteDecimal(self.actualSz, "actualSz")
                try c.apiWriteDecimal(self.actualPx, "actualPx")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteEnum(self.actualSide, "actualSide")
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteDecimal(self.pxVar, "pxVar")
                try c.apiWriteDecimal(self.pxSpread, "pxSpread")
                try c.apiWriteDecimal(self.szLimit, "szLimit")
                try c.apiWriteDecimal(self.pxLimit, "pxLimit")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                try c.apiWriteDecimal(self.activePx, "activePx")
                try c.apiWriteDecimal(self.moveTriggerPx, "moveTriggerPx")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteText(self.failCode, "failCode")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedOrd, "linkedOrd")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteBoolean(self.isTradeBorrowMode, "isTradeBorrowMode")
                try c.apiWriteEnum(self.chaseType, "chaseType")
                try c.apiWriteDecimal(self.chaseVal, "chaseVal")
                try c.apiWriteEnum(self.maxChaseType, "maxChaseType")
                try c.apiWriteDecimal(self.maxChaseVal, "maxChaseVal")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/trade/order-algo`: “Algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-details
    public static func algoOrderDetails(_ request: AlgoOrderDetails.Request = .init()) -> Endpoint<[AlgoOrderDetails.Response]> {
        .apiGet(AlgoOrderDetails.path, request)
    }

    /// `POST /api/v5/trade/order-algo`: “Place algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order
    public enum PlaceAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/trade/order-algo"
        /// The parameters of `POST /api/v5/trade/order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct AttachAlgoOrds: APIRequestFields {
                /// `attachAlgoClOrdId`: text.
                public var attachAlgoClOrdId: String?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public var tpTriggerPx: Decimal?
                /// `tpTriggerRatio`: a decimal number (a string on the wire).
                public var tpTriggerRatio: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var tpTriggerPxType: TpTriggerPxType?
                /// `tpOrdPx`: a decimal number (a string on the wire).
                public var tpOrdPx: Decimal?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public var slTriggerPx: Decimal?
                /// `slTriggerRatio`: a decimal number (a string on the wire).
                public var slTriggerRatio: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public var slTriggerPxType: SlTriggerPxType?
                /// `slOrdPx`: a decimal number (a string on the wire).
                public var slOrdPx: Decimal?
                /// `callbackRatio`: a decimal number (a string on the wire); required in some cases.
                public var callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire); required in some cases.
                public var callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public var activePx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(attachAlgoClOrdId: String? = nil, tpTriggerPx: Decimal? = nil, tpTriggerRatio: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, tpOrdPx: Decimal? = nil, slTriggerPx: Decimal? = nil, slTriggerRatio: Decimal? = nil, slTriggerPxType: SlTriggerPxType? = nil, slOrdPx: Decimal? = nil, callbackRatio: Decimal? = nil, callbackSpread: Decimal? = nil, activePx: Decimal? = nil) {
                    self.attachAlgoClOrdId = attachAlgoClOrdId
                    self.tpTriggerPx = tpTriggerPx
                    self.tpTriggerRatio = tpTriggerRatio
                    self.tpTriggerPxType = tpTriggerPxType
                    self.tpOrdPx = tpOrdPx
                    self.slTriggerPx = slTriggerPx
                    self.slTriggerRatio = slTriggerRatio
                    self.slTriggerPxType = slTriggerPxType
                    self.slOrdPx = slOrdPx
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
                    p.add("tpTriggerPxType", tpTriggerPxType)
                    p.add("tpOrdPx", tpOrdPx)
                    p.add("slTriggerPx", slTriggerPx)
                    p.add("slTriggerRatio", slTriggerRatio)
                    p.add("slTriggerPxType", slTriggerPxType)
                    p.add("slOrdPx", slOrdPx)
                    p.add("callbackRatio", callbackRatio)
                    p.add("callbackSpread", callbackSpread)
                    p.add("activePx", activePx)
                    return p
                }
            }
            /// A nested object of the request.
            public struct TriggerParams: APIRequestFields {
                /// `triggerAction`: one of a documented set of values (unknown values are kept); required.
                public var triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept); required.
                public var triggerStrategy: TriggerStrategy?
                /// `triggerPx`: a decimal number (a string on the wire).
                public var triggerPx: Decimal?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public var triggerCond: TriggerCond?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public var timeframe: Timeframe?
                /// `thold`: text.
                public var thold: String?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public var timePeriod: TimePeriod?
                /// A request with the given parameters; nil ones are not sent.
                public init(triggerAction: TriggerAction? = nil, triggerStrategy: TriggerStrategy? = nil, triggerPx: Decimal? = nil, triggerCond: TriggerCond? = nil, timeframe: Timeframe? = nil, thold: String? = nil, timePeriod: TimePeriod? = nil) {
                    self.triggerAction = triggerAction
                    self.triggerStrategy = triggerStrategy
                    self.triggerPx = triggerPx
                    self.triggerCond = triggerCond
                    self.timeframe = timeframe
                    self.thold = thold
                    self.timePeriod = timePeriod
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("triggerAction", triggerAction)
                    p.add("triggerStrategy", triggerStrategy)
                    p.add("triggerPx", triggerPx)
                    p.add("triggerCond", triggerCond)
                    p.add("timeframe", timeframe)
                    p.add("thold", thold)
                    p.add("timePeriod", timePeriod)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `ccy`: text.
            public var ccy: String?
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `posSide`: text; required in some cases.
            public var posSide: String?
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required in some cases.
            public var sz: Decimal?
            /// `tag`: text.
            public var tag: String?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public var tgtCcy: TgtCcy?
            /// `algoClOrdId`: text.
            public var algoClOrdId: String?
            /// `closeFraction`: a decimal number (a string on the wire); required in some cases.
            public var closeFraction: Decimal?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public var tpTriggerPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public var tpTriggerPxType: TpTriggerPxType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public var tpOrdPx: Decimal?
            /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
            public var tpOrdKind: TpOrdKind?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public var slTriggerPx: Decimal?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public var slTriggerPxType: SlTriggerPxType?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public var slOrdPx: Decimal?
            /// `cxlOnClosePos`: a boolean.
            public var cxlOnClosePos: Bool?
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// `chaseType`: one of a documented set of values (unknown values are kept).
            public var chaseType: ChaseType?
            /// `chaseVal`: a decimal number (a string on the wire).
            public var chaseVal: Decimal?
            /// `maxChaseType`: one of a documented set of values (unknown values are kept); required in some cases.
            public var maxChaseType: MaxChaseType?
            /// `maxChaseVal`: a decimal number (a string on the wire); required in some cases.
            public var maxChaseVal: Decimal?
            /// `triggerPx`: a decimal number (a string on the wire); required.
            public var triggerPx: Decimal?
            /// `orderPx`: a decimal number (a string on the wire); required.
            public var orderPx: Decimal?
            /// `advanceOrdType`: one of a documented set of values (unknown values are kept).
            public var advanceOrdType: AdvanceOrdType?
            /// `triggerPxType`: one of a documented set of values (unknown values are kept).
            public var triggerPxType: TriggerPxType?
            /// `attachAlgoOrds`: a list of nested objects.
            public var attachAlgoOrds: [AttachAlgoOrds]?
            /// `callbackRatio`: a decimal number (a string on the wire); required in some cases.
            public var callbackRatio: Decimal?
            /// `callbackSpread`: a decimal number (a string on the wire); required in some cases.
            public var callbackSpread: Decimal?
            /// `activePx`: a decimal number (a string on the wire).
            public var activePx: Decimal?
            /// `pxVar`: a decimal number (a string on the wire); required in some cases.
            public var pxVar: Decimal?
            /// `pxSpread`: a decimal number (a string on the wire); required in some cases.
            public var pxSpread: Decimal?
            /// `szLimit`: a decimal number (a string on the wire); required.
            public var szLimit: Decimal?
            /// `pxLimit`: a decimal number (a string on the wire); required.
            public var pxLimit: Decimal?
            /// `timeInterval`: an integer (a string on the wire); required.
            public var timeInterval: Int?
            /// `lmtOrderNumber`: an integer (a string on the wire); required.
            public var lmtOrderNumber: Int?
            /// `aggressiveness`: one of a documented set of values (unknown values are kept); required.
            public var aggressiveness: Aggressiveness?
            /// `triggerParams`: a list of nested objects.
            public var triggerParams: [TriggerParams]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, tdMode: TdMode, ccy: String? = nil, side: Side, posSide: String? = nil, ordType: OrdType, sz: Decimal? = nil, tag: String? = nil, tgtCcy: TgtCcy? = nil, algoClOrdId: String? = nil, closeFraction: Decimal? = nil, tradeQuoteCcy: String? = nil, tpTriggerPx: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, tpOrdPx: Decimal? = nil, tpOrdKind: TpOrdKind? = nil, slTriggerPx: Decimal? = nil, slTriggerPxType: SlTriggerPxType? = nil, slOrdPx: Decimal? = nil, cxlOnClosePos: Bool? = nil, reduceOnly: Bool? = nil, chaseType: ChaseType? = nil, chaseVal: Decimal? = nil, maxChaseType: MaxChaseType? = nil, maxChaseVal: Decimal? = nil, triggerPx: Decimal? = nil, orderPx: Decimal? = nil, advanceOrdType: AdvanceOrdType? = nil, triggerPxType: TriggerPxType? = nil, attachAlgoOrds: [AttachAlgoOrds]? = nil, callbackRatio: Decimal? = nil, callbackSpread: Decimal? = nil, activePx: Decimal? = nil, pxVar: Decimal? = nil, pxSpread: Decimal? = nil, szLimit: Decimal? = nil, pxLimit: Decimal? = nil, timeInterval: Int? = nil, lmtOrderNumber: Int? = nil, aggressiveness: Aggressiveness? = nil, triggerParams: [TriggerParams]? = nil) {
                self.instId = instId
                self.tdMode = tdMode
                self.ccy = ccy
                self.side = side
                self.posSide = posSide
                self.ordType = ordType
                self.sz = sz
                self.tag = tag
                self.tgtCcy = tgtCcy
                self.algoClOrdId = algoClOrdId
                self.closeFraction = closeFraction
                self.tradeQuoteCcy = tradeQuoteCcy
                self.tpTriggerPx = tpTriggerPx
                self.tpTriggerPxType = tpTriggerPxType
                self.tpOrdPx = tpOrdPx
                self.tpOrdKind = tpOrdKind
                self.slTriggerPx = slTriggerPx
                self.slTriggerPxType = slTriggerPxType
                self.slOrdPx = slOrdPx
                self.cxlOnClosePos = cxlOnClosePos
                self.reduceOnly = reduceOnly
                self.chaseType = chaseType
                self.chaseVal = chaseVal
                self.maxChaseType = maxChaseType
                self.maxChaseVal = maxChaseVal
                self.triggerPx = triggerPx
                self.orderPx = orderPx
                self.advanceOrdType = advanceOrdType
                self.triggerPxType = triggerPxType
                self.attachAlgoOrds = attachAlgoOrds
                self.callbackRatio = callbackRatio
                self.callbackSpread = callbackSpread
                self.activePx = activePx
                self.pxVar = pxVar
                self.pxSpread = pxSpread
                self.szLimit = szLimit
                self.pxLimit = pxLimit
                self.timeInterval = timeInterval
                self.lmtOrderNumber = lmtOrderNumber
                self.aggressiveness = aggressiveness
                self.triggerParams = triggerParams
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("tdMode", tdMode)
                p.add("ccy", ccy)
                p.add("side", side)
                p.add("posSide", posSide)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("tag", tag)
                p.add("tgtCcy", tgtCcy)
                p.add("algoClOrdId", algoClOrdId)
                p.add("closeFraction", closeFraction)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("tpTriggerPx", tpTriggerPx)
                p.add("tpTriggerPxType", tpTriggerPxType)
                p.add("tpOrdPx", tpOrdPx)
                p.add("tpOrdKind", tpOrdKind)
                p.add("slTriggerPx", slTriggerPx)
                p.add("slTriggerPxType", slTriggerPxType)
                p.add("slOrdPx", slOrdPx)
                p.add("cxlOnClosePos", cxlOnClosePos)
                p.add("reduceOnly", reduceOnly)
                p.add("chaseType", chaseType)
                p.add("chaseVal", chaseVal)
                p.add("maxChaseType", maxChaseType)
                p.add("maxChaseVal", maxChaseVal)
                p.add("triggerPx", triggerPx)
                p.add("orderPx", orderPx)
                p.add("advanceOrdType", advanceOrdType)
                p.add("triggerPxType", triggerPxType)
                p.add("attachAlgoOrds", attachAlgoOrds)
                p.add("callbackRatio", callbackRatio)
                p.add("callbackSpread", callbackSpread)
                p.add("activePx", activePx)
                p.add("pxVar", pxVar)
                p.add("pxSpread", pxSpread)
                p.add("szLimit", szLimit)
                p.add("pxLimit", pxLimit)
                p.add("timeInterval", timeInterval)
                p.add("lmtOrderNumber", lmtOrderNumber)
                p.add("aggressiveness", aggressiveness)
                p.add("triggerParams", triggerParams)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/trade/order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `clOrdId`: text; deprecated.
            public let clOrdId: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.tag = try c.apiText("tag")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v2 < 0, m.isKey("algoClOrdId") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    case 0x56D7AB194448A4F3: if v5 < 0, m.isKey("tag") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.clOrdId = try d.directText(v1)
                self.algoClOrdId = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
                self.tag = try d.directText(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/trade/order-algo`: “Place algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-post-place-algo-order
    public static func placeAlgoOrder(_ request: PlaceAlgoOrder.Request) -> Endpoint<[PlaceAlgoOrder.Response]> {
        .apiPost(PlaceAlgoOrder.path, request)
    }

    /// `GET /api/v5/trade/orders-algo-history`: “Algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-history
    public enum AlgoOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/orders-algo-history"
        /// The parameters of `GET /api/v5/trade/orders-algo-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `state`: one of a documented set of values (unknown values are kept); required in some cases.
            public var state: State?
            /// `algoId`: text; required in some cases.
            public var algoId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordType: OrdType, state: State? = nil, algoId: String? = nil, instType: InstType? = nil, instId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.ordType = ordType
                self.state = state
                self.algoId = algoId
                self.instType = instType
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordType", ordType)
                p.add("state", state)
                p.add("algoId", algoId)
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/orders-algo-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable, TapeDirect {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public let triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public let triggerStrategy: TriggerStrategy?
                /// `triggerPx`: a decimal number (a string on the wire).
                public let triggerPx: Decimal?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public let triggerCond: TriggerCond?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// `thold`: text.
                public let thold: String?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public let timePeriod: TimePeriod?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timeframe = try c.apiEnum("timeframe")
                    self.thold = try c.apiText("thold")
                    self.timePeriod = try c.apiEnum("timePeriod")
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
                        case 0x3B8653EC7007CA51: if v0 < 0, m.isKey("triggerAction") { v0 = m.value }
                        case 0x208971090068D2C6: if v1 < 0, m.isKey("triggerStrategy") { v1 = m.value }
                        case 0x47803AB73B0014C3: if v2 < 0, m.isKey("triggerPx") { v2 = m.value }
                        case 0x9680090DE0443D17: if v3 < 0, m.isKey("triggerCond") { v3 = m.value }
                        case 0x1F54E1EBFDA11B61: if v4 < 0, m.isKey("timeframe") { v4 = m.value }
                        case 0x41AF27728EDEBF32: if v5 < 0, m.isKey("thold") { v5 = m.value }
                        case 0x064D2714D15607FD: if v6 < 0, m.isKey("timePeriod") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.triggerPx = try d.directDecimal(v2)
                    self.triggerCond = try d.directEnum(v3)
                    self.timeframe = try d.directEnum(v4)
                    self.thold = try d.directText(v5)
                    self.timePeriod = try d.directEnum(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                    try c.apiWriteText(self.thold, "thold")
                    try c.apiWriteEnum(self.timePeriod, "timePeriod")
                }
            }
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
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
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
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
                        case 0x810621D0E3DFA3AE: if v0 < 0, m.isKey("attachAlgoClOrdId") { v0 = m.value }
                        case 0xC25672DCA183922F: if v1 < 0, m.isKey("tpTriggerPx") { v1 = m.value }
                        case 0xA4AC5541E1715DEA: if v2 < 0, m.isKey("tpTriggerRatio") { v2 = m.value }
                        case 0x5E9E22E1077F8277: if v3 < 0, m.isKey("tpTriggerPxType") { v3 = m.value }
                        case 0xE78728D2C6576664: if v4 < 0, m.isKey("tpOrdPx") { v4 = m.value }
                        case 0x54DE5C06C1B6E122: if v5 < 0, m.isKey("slTriggerPx") { v5 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v6 < 0, m.isKey("slTriggerRatio") { v6 = m.value }
                        case 0x2E071A62AA81C4D2: if v7 < 0, m.isKey("slTriggerPxType") { v7 = m.value }
                        case 0x9B6C978E2E265439: if v8 < 0, m.isKey("slOrdPx") { v8 = m.value }
                        case 0x948FFC082B0FAE1D: if v9 < 0, m.isKey("callbackRatio") { v9 = m.value }
                        case 0xA7673F6F54D42B4D: if v10 < 0, m.isKey("callbackSpread") { v10 = m.value }
                        case 0x829CAFAD1D2383CF: if v11 < 0, m.isKey("activePx") { v11 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoClOrdId = try d.directText(v0)
                    self.tpTriggerPx = try d.directDecimal(v1)
                    self.tpTriggerRatio = try d.directDecimal(v2)
                    self.tpTriggerPxType = try d.directEnum(v3)
                    self.tpOrdPx = try d.directDecimal(v4)
                    self.slTriggerPx = try d.directDecimal(v5)
                    self.slTriggerRatio = try d.directDecimal(v6)
                    self.slTriggerPxType = try d.directEnum(v7)
                    self.slOrdPx = try d.directDecimal(v8)
                    self.callbackRatio = try d.directDecimal(v9)
                    self.callbackSpread = try d.directDecimal(v10)
                    self.activePx = try d.directDecimal(v11)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                }
            }
            /// A nested object of the response.
            public struct LinkedOrd: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text; deprecated.
            public let ordId: String?
            /// `ordIdList`: a list of text values.
            public let ordIdList: [String]?
            /// `algoId`: text.
            public let algoId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `closeFraction`: a decimal number (a string on the wire).
            public let closeFraction: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: text.
            public let posSide: String?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
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
            /// `triggerPx`: a decimal number (a string on the wire).
            public let triggerPx: Decimal?
            /// `triggerPxType`: one of a documented set of values (unknown values are kept).
            public let triggerPxType: TriggerPxType?
            /// `ordPx`: a decimal number (a string on the wire).
            public let ordPx: Decimal?
            /// `advanceOrdType`: one of a documented set of values (unknown values are kept).
            public let advanceOrdType: AdvanceOrdType?
            /// `actualSz`: a decimal number (a string on the wire).
            public let actualSz: Decimal?
            /// `actualPx`: a decimal number (a string on the wire).
            public let actualPx: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `actualSide`: one of a documented set of values (unknown values are kept).
            public let actualSide: ActualSide?
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `pxVar`: a decimal number (a string on the wire).
            public let pxVar: Decimal?
            /// `pxSpread`: a decimal number (a string on the wire).
            public let pxSpread: Decimal?
            /// `szLimit`: a decimal number (a string on the wire).
            public let szLimit: Decimal?
            /// `pxLimit`: a decimal number (a string on the wire).
            public let pxLimit: Decimal?
            /// `lmtOrderNumber`: an integer (a string on the wire).
            public let lmtOrderNumber: Int?
            /// `aggressiveness`: one of a documented set of values (unknown values are kept).
            public let aggressiveness: Aggressiveness?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `callbackRatio`: a decimal number (a string on the wire).
            public let callbackRatio: Decimal?
            /// `callbackSpread`: a decimal number (a string on the wire).
            public let callbackSpread: Decimal?
            /// `activePx`: a decimal number (a string on the wire).
            public let activePx: Decimal?
            /// `moveTriggerPx`: a decimal number (a string on the wire).
            public let moveTriggerPx: Decimal?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `failCode`: text.
            public let failCode: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
            public let amendPxOnTriggerType: AmendPxOnTriggerType?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedOrd`: a nested object.
            public let linkedOrd: LinkedOrd?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `isTradeBorrowMode`: a boolean.
            public let isTradeBorrowMode: Bool?
            /// `chaseType`: one of a documented set of values (unknown values are kept).
            public let chaseType: ChaseType?
            /// `chaseVal`: a decimal number (a string on the wire).
            public let chaseVal: Decimal?
            /// `maxChaseType`: one of a documented set of values (unknown values are kept).
            public let maxChaseType: MaxChaseType?
            /// `maxChaseVal`: a decimal number (a string on the wire).
            public let maxChaseVal: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiText("ordId")
                self.ordIdList = try c.apiTexts("ordIdList")
                self.algoId = try c.apiRequiredText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sz = try c.apiDecimal("sz")
                self.closeFraction = try c.apiDecimal("closeFraction")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiText("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.triggerPxType = try c.apiEnum("triggerPxType")
                self.ordPx = try c.apiDecimal("ordPx")
                self.advanceOrdType = try c.apiEnum("advanceOrdType")
                self.actualSz = try c.apiDecimal("actualSz")
                self.actualPx = try c.apiDecimal("actualPx")
                self.tag = try c.apiText("tag")
                self.actualSide = try c.apiEnum("actualSide")
                self.triggerTime = try c.apiDate("triggerTime")
                self.pxVar = try c.apiDecimal("pxVar")
                self.pxSpread = try c.apiDecimal("pxSpread")
                self.szLimit = try c.apiDecimal("szLimit")
                self.pxLimit = try c.apiDecimal("pxLimit")
                self.lmtOrderNumber = try c.apiInteger("lmtOrderNumber")
                self.aggressiveness = try c.apiEnum("aggressiveness")
                self.triggerParams = try c.apiNested("triggerParams")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.callbackRatio = try c.apiDecimal("callbackRatio")
                self.callbackSpread = try c.apiDecimal("callbackSpread")
                self.activePx = try c.apiDecimal("activePx")
                self.moveTriggerPx = try c.apiDecimal("moveTriggerPx")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.last = try c.apiDecimal("last")
                self.failCode = try c.apiText("failCode")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedOrd = try c.apiNested("linkedOrd")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.isTradeBorrowMode = try c.apiBoolean("isTradeBorrowMode")
                self.chaseType = try c.apiEnum("chaseType")
                self.chaseVal = try c.apiDecimal("chaseVal")
                self.maxChaseType = try c.apiEnum("maxChaseType")
                self.maxChaseVal = try c.apiDecimal("maxChaseVal")
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
                var v53: Int32 = -1
                var v54: Int32 = -1
                var v55: Int32 = -1
                var v56: Int32 = -1
                var v57: Int32 = -1
                var v58: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x30D84F4E09B456B9: if v4 < 0, m.isKey("ordIdList") { v4 = m.value }
                    case 0x57EE775BF04FA723: if v5 < 0, m.isKey("algoId") { v5 = m.value }
                    case 0x76ED59528A2E9E7C: if v6 < 0, m.isKey("clOrdId") { v6 = m.value }
                    case 0x08D94407B5794688: if v7 < 0, m.isKey("sz") { v7 = m.value }
                    case 0x5E2C332589DD04CD: if v8 < 0, m.isKey("closeFraction") { v8 = m.value }
                    case 0xE876851027B58648: if v9 < 0, m.isKey("ordType") { v9 = m.value }
                    case 0x4E0C8A18E635803E: if v10 < 0, m.isKey("side") { v10 = m.value }
                    case 0x297B967F0EEA27C2: if v11 < 0, m.isKey("posSide") { v11 = m.value }
                    case 0x74FC9DE3D6168692: if v12 < 0, m.isKey("tdMode") { v12 = m.value }
                    case 0xD2F181B86AE4553D: if v13 < 0, m.isKey("tgtCcy") { v13 = m.value }
                    case 0xEE63AAAD45B1B116: if v14 < 0, m.isKey("state") { v14 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v15 < 0, m.isKey("lever") { v15 = m.value }
                    case 0xC25672DCA183922F: if v16 < 0, m.isKey("tpTriggerPx") { v16 = m.value }
                    case 0x5E9E22E1077F8277: if v17 < 0, m.isKey("tpTriggerPxType") { v17 = m.value }
                    case 0xE78728D2C6576664: if v18 < 0, m.isKey("tpOrdPx") { v18 = m.value }
                    case 0x54DE5C06C1B6E122: if v19 < 0, m.isKey("slTriggerPx") { v19 = m.value }
                    case 0x2E071A62AA81C4D2: if v20 < 0, m.isKey("slTriggerPxType") { v20 = m.value }
                    case 0x9B6C978E2E265439: if v21 < 0, m.isKey("slOrdPx") { v21 = m.value }
                    case 0x47803AB73B0014C3: if v22 < 0, m.isKey("triggerPx") { v22 = m.value }
                    case 0x1DE2F1C52389199B: if v23 < 0, m.isKey("triggerPxType") { v23 = m.value }
                    case 0x6B9EF972816C0558: if v24 < 0, m.isKey("ordPx") { v24 = m.value }
                    case 0x8EDDEE17F45F5A10: if v25 < 0, m.isKey("advanceOrdType") { v25 = m.value }
                    case 0x2F0E69057954B002: if v26 < 0, m.isKey("actualSz") { v26 = m.value }
                    case 0x2F186905795D0487: if v27 < 0, m.isKey("actualPx") { v27 = m.value }
                    case 0x56D7AB194448A4F3: if v28 < 0, m.isKey("tag") { v28 = m.value }
                    case 0x5E984B1F944857EC: if v29 < 0, m.isKey("actualSide") { v29 = m.value }
                    case 0xB0139ECD774B95BA: if v30 < 0, m.isKey("triggerTime") { v30 = m.value }
                    case 0xD55FEAF3E2E7D96E: if v31 < 0, m.isKey("pxVar") { v31 = m.value }
                    case 0xB69967D348AA44BE: if v32 < 0, m.isKey("pxSpread") { v32 = m.value }
                    case 0x2AAED229800B787B: if v33 < 0, m.isKey("szLimit") { v33 = m.value }
                    case 0x7714438AC64E40E4: if v34 < 0, m.isKey("pxLimit") { v34 = m.value }
                    case 0xE35F8A3E509C45F7: if v35 < 0, m.isKey("lmtOrderNumber") { v35 = m.value }
                    case 0x23F84773B5FA5CAE: if v36 < 0, m.isKey("aggressiveness") { v36 = m.value }
                    case 0x4362B11D03E77729: if v37 < 0, m.isKey("triggerParams") { v37 = m.value }
                    case 0x3C4038C9B9091C25: if v38 < 0, m.isKey("timeInterval") { v38 = m.value }
                    case 0x948FFC082B0FAE1D: if v39 < 0, m.isKey("callbackRatio") { v39 = m.value }
                    case 0xA7673F6F54D42B4D: if v40 < 0, m.isKey("callbackSpread") { v40 = m.value }
                    case 0x829CAFAD1D2383CF: if v41 < 0, m.isKey("activePx") { v41 = m.value }
                    case 0x320C64CB4963DBC0: if v42 < 0, m.isKey("moveTriggerPx") { v42 = m.value }
                    case 0x61A1F11A81412D29: if v43 < 0, m.isKey("reduceOnly") { v43 = m.value }
                    case 0xEB3B6FC36D069A16: if v44 < 0, m.isKey("quickMgnType") { v44 = m.value }
                    case 0x0456D2AD905847D9: if v45 < 0, m.isKey("last") { v45 = m.value }
                    case 0x6E4A8F90F5603BCC: if v46 < 0, m.isKey("failCode") { v46 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v47 < 0, m.isKey("algoClOrdId") { v47 = m.value }
                    case 0x9EB51AAC603AC97F: if v48 < 0, m.isKey("amendPxOnTriggerType") { v48 = m.value }
                    case 0x2E4A53E0B408B50F: if v49 < 0, m.isKey("attachAlgoOrds") { v49 = m.value }
                    case 0x08BDAD3722CE741B: if v50 < 0, m.isKey("linkedOrd") { v50 = m.value }
                    case 0x97CBF7DBB8D1A953: if v51 < 0, m.isKey("cTime") { v51 = m.value }
                    case 0x607ED783146D4C29: if v52 < 0, m.isKey("uTime") { v52 = m.value }
                    case 0xB967F77AF11A66DF: if v53 < 0, m.isKey("isTradeBorrowMode") { v53 = m.value }
                    case 0x529F5F991EBB2F95: if v54 < 0, m.isKey("chaseType") { v54 = m.value }
                    case 0xC4D1A87E525E4AD4: if v55 < 0, m.isKey("chaseVal") { v55 = m.value }
                    case 0x428D2D4E055CF1F9: if v56 < 0, m.isKey("maxChaseType") { v56 = m.value }
                    case 0x199533F472D91300: if v57 < 0, m.isKey("maxChaseVal") { v57 = m.value }
                    case 0xADABDA5226275360: if v58 < 0, m.isKey("tradeQuoteCcy") { v58 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.ccy = try d.directText(v2)
                self.ordId = try d.directText(v3)
                self.ordIdList = try d.directTexts(v4)
                self.algoId = try d.directRequiredText(v5, "algoId")
                self.clOrdId = try d.directText(v6)
                self.sz = try d.directDecimal(v7)
                self.closeFraction = try d.directDecimal(v8)
                self.ordType = try d.directEnum(v9)
                self.side = try d.directEnum(v10)
                self.posSide = try d.directText(v11)
                self.tdMode = try d.directEnum(v12)
                self.tgtCcy = try d.directEnum(v13)
                self.state = try d.directEnum(v14)
                self.lever = try d.directDecimal(v15)
                self.tpTriggerPx = try d.directDecimal(v16)
                self.tpTriggerPxType = try d.directEnum(v17)
                self.tpOrdPx = try d.directDecimal(v18)
                self.slTriggerPx = try d.directDecimal(v19)
                self.slTriggerPxType = try d.directEnum(v20)
                self.slOrdPx = try d.directDecimal(v21)
                self.triggerPx = try d.directDecimal(v22)
                self.triggerPxType = try d.directEnum(v23)
                self.ordPx = try d.directDecimal(v24)
                self.advanceOrdType = try d.directEnum(v25)
                self.actualSz = try d.directDecimal(v26)
                self.actualPx = try d.directDecimal(v27)
                self.tag = try d.directText(v28)
                self.actualSide = try d.directEnum(v29)
                self.triggerTime = try d.directDate(v30)
                self.pxVar = try d.directDecimal(v31)
                self.pxSpread = try d.directDecimal(v32)
                self.szLimit = try d.directDecimal(v33)
                self.pxLimit = try d.directDecimal(v34)
                self.lmtOrderNumber = try d.directInteger(v35)
                self.aggressiveness = try d.directEnum(v36)
                self.triggerParams = try d.directNested(v37)
                self.timeInterval = try d.directInteger(v38)
                self.callbackRatio = try d.directDecimal(v39)
                self.callbackSpread = try d.directDecimal(v40)
                self.activePx = try d.directDecimal(v41)
                self.moveTriggerPx = try d.directDecimal(v42)
                self.reduceOnly = try d.directBoolean(v43)
                self.quickMgnType = try d.directText(v44)
                self.last = try d.directDecimal(v45)
                self.failCode = try d.directText(v46)
                self.algoClOrdId = try d.directText(v47)
                self.amendPxOnTriggerType = try d.directEnum(v48)
                self.attachAlgoOrds = try d.directNested(v49)
                self.linkedOrd = try d.directNested(v50)
                self.cTime = try d.directDate(v51)
                self.uTime = try d.directDate(v52)
                self.isTradeBorrowMode = try d.directBoolean(v53)
                self.chaseType = try d.directEnum(v54)
                self.chaseVal = try d.directDecimal(v55)
                self.maxChaseType = try d.directEnum(v56)
                self.maxChaseVal = try d.directDecimal(v57)
                self.tradeQuoteCcy = try d.directText(v58)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteTexts(self.ordIdList, "ordIdList")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.closeFraction, "closeFraction")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteEnum(self.triggerPxType, "triggerPxType")
                try c.apiWriteDecimal(self.ordPx, "ordPx")
                try c.apiWriteEnum(self.advanceOrdType, "advanceOrdType")
                try c.apiWriteDecimal(self.actualSz, "actualSz")
                try c.apiWriteDecimal(self.actualPx, "actualPx")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteEnum(self.actualSide, "actualSide")
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteDecimal(self.pxVar, "pxVar")
                try c.apiWriteDecimal(self.pxSpread, "pxSpread")
                try c.apiWriteDecimal(self.szLimit, "szLimit")
                try c.apiWriteDecimal(self.pxLimit, "pxLimit")
                try c.apiWriteInteger(self.lmtOrderNumber, "lmtOrderNumber")
                try c.apiWriteEnum(self.aggressiveness, "aggressiveness")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                try c.apiWriteDecimal(self.activePx, "activePx")
                try c.apiWriteDecimal(self.moveTriggerPx, "moveTriggerPx")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteText(self.failCode, "failCode")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedOrd, "linkedOrd")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteBoolean(self.isTradeBorrowMode, "isTradeBorrowMode")
                try c.apiWriteEnum(self.chaseType, "chaseType")
                try c.apiWriteDecimal(self.chaseVal, "chaseVal")
                try c.apiWriteEnum(self.maxChaseType, "maxChaseType")
                try c.apiWriteDecimal(self.maxChaseVal, "maxChaseVal")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/trade/orders-algo-history`: “Algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-history
    public static func algoOrderHistory(_ request: AlgoOrderHistory.Request) -> Endpoint<[AlgoOrderHistory.Response]> {
        .apiGet(AlgoOrderHistory.path, request)
    }

    /// `GET /api/v5/trade/orders-algo-pending`: “Algo order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
    public enum AlgoOrderList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/trade/orders-algo-pending"
        /// The parameters of `GET /api/v5/trade/orders-algo-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordType: OrdType, algoId: String? = nil, instType: InstType? = nil, instId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.ordType = ordType
                self.algoId = algoId
                self.instType = instType
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordType", ordType)
                p.add("algoId", algoId)
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/trade/orders-algo-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable, TapeDirect {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public let triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public let triggerStrategy: TriggerStrategy?
                /// `triggerPx`: a decimal number (a string on the wire).
                public let triggerPx: Decimal?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public let triggerCond: TriggerCond?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// `thold`: text.
                public let thold: String?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public let timePeriod: TimePeriod?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timeframe = try c.apiEnum("timeframe")
                    self.thold = try c.apiText("thold")
                    self.timePeriod = try c.apiEnum("timePeriod")
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
                        case 0x3B8653EC7007CA51: if v0 < 0, m.isKey("triggerAction") { v0 = m.value }
                        case 0x208971090068D2C6: if v1 < 0, m.isKey("triggerStrategy") { v1 = m.value }
                        case 0x47803AB73B0014C3: if v2 < 0, m.isKey("triggerPx") { v2 = m.value }
                        case 0x9680090DE0443D17: if v3 < 0, m.isKey("triggerCond") { v3 = m.value }
                        case 0x1F54E1EBFDA11B61: if v4 < 0, m.isKey("timeframe") { v4 = m.value }
                        case 0x41AF27728EDEBF32: if v5 < 0, m.isKey("thold") { v5 = m.value }
                        case 0x064D2714D15607FD: if v6 < 0, m.isKey("timePeriod") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.triggerPx = try d.directDecimal(v2)
                    self.triggerCond = try d.directEnum(v3)
                    self.timeframe = try d.directEnum(v4)
                    self.thold = try d.directText(v5)
                    self.timePeriod = try d.directEnum(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                    try c.apiWriteText(self.thold, "thold")
                    try c.apiWriteEnum(self.timePeriod, "timePeriod")
                }
            }
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
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
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.callbackRatio = try c.apiDecimal("callbackRatio")
                    self.callbackSpread = try c.apiDecimal("callbackSpread")
                    self.activePx = try c.apiDecimal("activePx")
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
                        case 0x810621D0E3DFA3AE: if v0 < 0, m.isKey("attachAlgoClOrdId") { v0 = m.value }
                        case 0xC25672DCA183922F: if v1 < 0, m.isKey("tpTriggerPx") { v1 = m.value }
                        case 0xA4AC5541E1715DEA: if v2 < 0, m.isKey("tpTriggerRatio") { v2 = m.value }
                        case 0x5E9E22E1077F8277: if v3 < 0, m.isKey("tpTriggerPxType") { v3 = m.value }
                        case 0xE78728D2C6576664: if v4 < 0, m.isKey("tpOrdPx") { v4 = m.value }
                        case 0x54DE5C06C1B6E122: if v5 < 0, m.isKey("slTriggerPx") { v5 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v6 < 0, m.isKey("slTriggerRatio") { v6 = m.value }
                        case 0x2E071A62AA81C4D2: if v7 < 0, m.isKey("slTriggerPxType") { v7 = m.value }
                        case 0x9B6C978E2E265439: if v8 < 0, m.isKey("slOrdPx") { v8 = m.value }
                        case 0x948FFC082B0FAE1D: if v9 < 0, m.isKey("callbackRatio") { v9 = m.value }
                        case 0xA7673F6F54D42B4D: if v10 < 0, m.isKey("callbackSpread") { v10 = m.value }
                        case 0x829CAFAD1D2383CF: if v11 < 0, m.isKey("activePx") { v11 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoClOrdId = try d.directText(v0)
                    self.tpTriggerPx = try d.directDecimal(v1)
                    self.tpTriggerRatio = try d.directDecimal(v2)
                    self.tpTriggerPxType = try d.directEnum(v3)
                    self.tpOrdPx = try d.directDecimal(v4)
                    self.slTriggerPx = try d.directDecimal(v5)
                    self.slTriggerRatio = try d.directDecimal(v6)
                    self.slTriggerPxType = try d.directEnum(v7)
                    self.slOrdPx = try d.directDecimal(v8)
                    self.callbackRatio = try d.directDecimal(v9)
                    self.callbackSpread = try d.directDecimal(v10)
                    self.activePx = try d.directDecimal(v11)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                }
            }
            /// A nested object of the response.
            public struct LinkedOrd: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text; deprecated.
            public let ordId: String?
            /// `ordIdList`: a list of text values.
            public let ordIdList: [String]?
            /// `algoId`: text.
            public let algoId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `closeFraction`: a decimal number (a string on the wire).
            public let closeFraction: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: text.
            public let posSide: String?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
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
            /// `triggerPx`: a decimal number (a string on the wire).
            public let triggerPx: Decimal?
            /// `triggerPxType`: one of a documented set of values (unknown values are kept).
            public let triggerPxType: TriggerPxType?
            /// `ordPx`: a decimal number (a string on the wire).
            public let ordPx: Decimal?
            /// `advanceOrdType`: one of a documented set of values (unknown values are kept).
            public let advanceOrdType: AdvanceOrdType?
            /// `actualSz`: a decimal number (a string on the wire).
            public let actualSz: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `actualPx`: a decimal number (a string on the wire).
            public let actualPx: Decimal?
            /// `actualSide`: one of a documented set of values (unknown values are kept).
            public let actualSide: ActualSide?
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `pxVar`: a decimal number (a string on the wire).
            public let pxVar: Decimal?
            /// `pxSpread`: a decimal number (a string on the wire).
            public let pxSpread: Decimal?
            /// `szLimit`: a decimal number (a string on the wire).
            public let szLimit: Decimal?
            /// `pxLimit`: a decimal number (a string on the wire).
            public let pxLimit: Decimal?
            /// `lmtOrderNumber`: an integer (a string on the wire).
            public let lmtOrderNumber: Int?
            /// `aggressiveness`: one of a documented set of values (unknown values are kept).
            public let aggressiveness: Aggressiveness?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `callbackRatio`: a decimal number (a string on the wire).
            public let callbackRatio: Decimal?
            /// `callbackSpread`: a decimal number (a string on the wire).
            public let callbackSpread: Decimal?
            /// `activePx`: a decimal number (a string on the wire).
            public let activePx: Decimal?
            /// `moveTriggerPx`: a decimal number (a string on the wire).
            public let moveTriggerPx: Decimal?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `failCode`: text.
            public let failCode: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
            public let amendPxOnTriggerType: AmendPxOnTriggerType?
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedOrd`: a nested object.
            public let linkedOrd: LinkedOrd?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `isTradeBorrowMode`: a boolean.
            public let isTradeBorrowMode: Bool?
            /// `chaseType`: one of a documented set of values (unknown values are kept).
            public let chaseType: ChaseType?
            /// `chaseVal`: a decimal number (a string on the wire).
            public let chaseVal: Decimal?
            /// `maxChaseType`: one of a documented set of values (unknown values are kept).
            public let maxChaseType: MaxChaseType?
            /// `maxChaseVal`: a decimal number (a string on the wire).
            public let maxChaseVal: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiText("ordId")
                self.ordIdList = try c.apiTexts("ordIdList")
                self.algoId = try c.apiRequiredText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sz = try c.apiDecimal("sz")
                self.closeFraction = try c.apiDecimal("closeFraction")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiText("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.triggerPxType = try c.apiEnum("triggerPxType")
                self.ordPx = try c.apiDecimal("ordPx")
                self.advanceOrdType = try c.apiEnum("advanceOrdType")
                self.actualSz = try c.apiDecimal("actualSz")
                self.tag = try c.apiText("tag")
                self.actualPx = try c.apiDecimal("actualPx")
                self.actualSide = try c.apiEnum("actualSide")
                self.triggerTime = try c.apiDate("triggerTime")
                self.pxVar = try c.apiDecimal("pxVar")
                self.pxSpread = try c.apiDecimal("pxSpread")
                self.szLimit = try c.apiDecimal("szLimit")
                self.pxLimit = try c.apiDecimal("pxLimit")
                self.lmtOrderNumber = try c.apiInteger("lmtOrderNumber")
                self.aggressiveness = try c.apiEnum("aggressiveness")
                self.triggerParams = try c.apiNested("triggerParams")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.callbackRatio = try c.apiDecimal("callbackRatio")
                self.callbackSpread = try c.apiDecimal("callbackSpread")
                self.activePx = try c.apiDecimal("activePx")
                self.moveTriggerPx = try c.apiDecimal("moveTriggerPx")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.last = try c.apiDecimal("last")
                self.failCode = try c.apiText("failCode")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedOrd = try c.apiNested("linkedOrd")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.isTradeBorrowMode = try c.apiBoolean("isTradeBorrowMode")
                self.chaseType = try c.apiEnum("chaseType")
                self.chaseVal = try c.apiDecimal("chaseVal")
                self.maxChaseType = try c.apiEnum("maxChaseType")
                self.maxChaseVal = try c.apiDecimal("maxChaseVal")
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
                var v53: Int32 = -1
                var v54: Int32 = -1
                var v55: Int32 = -1
                var v56: Int32 = -1
                var v57: Int32 = -1
                var v58: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x30D84F4E09B456B9: if v4 < 0, m.isKey("ordIdList") { v4 = m.value }
                    case 0x57EE775BF04FA723: if v5 < 0, m.isKey("algoId") { v5 = m.value }
                    case 0x76ED59528A2E9E7C: if v6 < 0, m.isKey("clOrdId") { v6 = m.value }
                    case 0x08D94407B5794688: if v7 < 0, m.isKey("sz") { v7 = m.value }
                    case 0x5E2C332589DD04CD: if v8 < 0, m.isKey("closeFraction") { v8 = m.value }
                    case 0xE876851027B58648: if v9 < 0, m.isKey("ordType") { v9 = m.value }
                    case 0x4E0C8A18E635803E: if v10 < 0, m.isKey("side") { v10 = m.value }
                    case 0x297B967F0EEA27C2: if v11 < 0, m.isKey("posSide") { v11 = m.value }
                    case 0x74FC9DE3D6168692: if v12 < 0, m.isKey("tdMode") { v12 = m.value }
                    case 0xD2F181B86AE4553D: if v13 < 0, m.isKey("tgtCcy") { v13 = m.value }
                    case 0xEE63AAAD45B1B116: if v14 < 0, m.isKey("state") { v14 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v15 < 0, m.isKey("lever") { v15 = m.value }
                    case 0xC25672DCA183922F: if v16 < 0, m.isKey("tpTriggerPx") { v16 = m.value }
                    case 0x5E9E22E1077F8277: if v17 < 0, m.isKey("tpTriggerPxType") { v17 = m.value }
                    case 0xE78728D2C6576664: if v18 < 0, m.isKey("tpOrdPx") { v18 = m.value }
                    case 0x54DE5C06C1B6E122: if v19 < 0, m.isKey("slTriggerPx") { v19 = m.value }
                    case 0x2E071A62AA81C4D2: if v20 < 0, m.isKey("slTriggerPxType") { v20 = m.value }
                    case 0x9B6C978E2E265439: if v21 < 0, m.isKey("slOrdPx") { v21 = m.value }
                    case 0x47803AB73B0014C3: if v22 < 0, m.isKey("triggerPx") { v22 = m.value }
                    case 0x1DE2F1C52389199B: if v23 < 0, m.isKey("triggerPxType") { v23 = m.value }
                    case 0x6B9EF972816C0558: if v24 < 0, m.isKey("ordPx") { v24 = m.value }
                    case 0x8EDDEE17F45F5A10: if v25 < 0, m.isKey("advanceOrdType") { v25 = m.value }
                    case 0x2F0E69057954B002: if v26 < 0, m.isKey("actualSz") { v26 = m.value }
                    case 0x56D7AB194448A4F3: if v27 < 0, m.isKey("tag") { v27 = m.value }
                    case 0x2F186905795D0487: if v28 < 0, m.isKey("actualPx") { v28 = m.value }
                    case 0x5E984B1F944857EC: if v29 < 0, m.isKey("actualSide") { v29 = m.value }
                    case 0xB0139ECD774B95BA: if v30 < 0, m.isKey("triggerTime") { v30 = m.value }
                    case 0xD55FEAF3E2E7D96E: if v31 < 0, m.isKey("pxVar") { v31 = m.value }
                    case 0xB69967D348AA44BE: if v32 < 0, m.isKey("pxSpread") { v32 = m.value }
                    case 0x2AAED229800B787B: if v33 < 0, m.isKey("szLimit") { v33 = m.value }
                    case 0x7714438AC64E40E4: if v34 < 0, m.isKey("pxLimit") { v34 = m.value }
                    case 0xE35F8A3E509C45F7: if v35 < 0, m.isKey("lmtOrderNumber") { v35 = m.value }
                    case 0x23F84773B5FA5CAE: if v36 < 0, m.isKey("aggressiveness") { v36 = m.value }
                    case 0x4362B11D03E77729: if v37 < 0, m.isKey("triggerParams") { v37 = m.value }
                    case 0x3C4038C9B9091C25: if v38 < 0, m.isKey("timeInterval") { v38 = m.value }
                    case 0x948FFC082B0FAE1D: if v39 < 0, m.isKey("callbackRatio") { v39 = m.value }
                    case 0xA7673F6F54D42B4D: if v40 < 0, m.isKey("callbackSpread") { v40 = m.value }
                    case 0x829CAFAD1D2383CF: if v41 < 0, m.isKey("activePx") { v41 = m.value }
                    case 0x320C64CB4963DBC0: if v42 < 0, m.isKey("moveTriggerPx") { v42 = m.value }
                    case 0x61A1F11A81412D29: if v43 < 0, m.isKey("reduceOnly") { v43 = m.value }
                    case 0xEB3B6FC36D069A16: if v44 < 0, m.isKey("quickMgnType") { v44 = m.value }
                    case 0x0456D2AD905847D9: if v45 < 0, m.isKey("last") { v45 = m.value }
                    case 0x6E4A8F90F5603BCC: if v46 < 0, m.isKey("failCode") { v46 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v47 < 0, m.isKey("algoClOrdId") { v47 = m.value }
                    case 0x9EB51AAC603AC97F: if v48 < 0, m.isKey("amendPxOnTriggerType") { v48 = m.value }
                    case 0x2E4A53E0B408B50F: if v49 < 0, m.isKey("attachAlgoOrds") { v49 = m.value }
                    case 0x08BDAD3722CE741B: if v50 < 0, m.isKey("linkedOrd") { v50 = m.value }
                    case 0x97CBF7DBB8D1A953: if v51 < 0, m.isKey("cTime") { v51 = m.value }
                    case 0x607ED783146D4C29: if v52 < 0, m.isKey("uTime") { v52 = m.value }
                    case 0xB967F77AF11A66DF: if v53 < 0, m.isKey("isTradeBorrowMode") { v53 = m.value }
                    case 0x529F5F991EBB2F95: if v54 < 0, m.isKey("chaseType") { v54 = m.value }
                    case 0xC4D1A87E525E4AD4: if v55 < 0, m.isKey("chaseVal") { v55 = m.value }
                    case 0x428D2D4E055CF1F9: if v56 < 0, m.isKey("maxChaseType") { v56 = m.value }
                    case 0x199533F472D91300: if v57 < 0, m.isKey("maxChaseVal") { v57 = m.value }
                    case 0xADABDA5226275360: if v58 < 0, m.isKey("tradeQuoteCcy") { v58 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.ccy = try d.directText(v2)
                self.ordId = try d.directText(v3)
                self.ordIdList = try d.directTexts(v4)
                self.algoId = try d.directRequiredText(v5, "algoId")
                self.clOrdId = try d.directText(v6)
                self.sz = try d.directDecimal(v7)
                self.closeFraction = try d.directDecimal(v8)
                self.ordType = try d.directEnum(v9)
                self.side = try d.directEnum(v10)
                self.posSide = try d.directText(v11)
                self.tdMode = try d.directEnum(v12)
                self.tgtCcy = try d.directEnum(v13)
                self.state = try d.directEnum(v14)
                self.lever = try d.directDecimal(v15)
                self.tpTriggerPx = try d.directDecimal(v16)
                self.tpTriggerPxType = try d.directEnum(v17)
                self.tpOrdPx = try d.directDecimal(v18)
                self.slTriggerPx = try d.directDecimal(v19)
                self.slTriggerPxType = try d.directEnum(v20)
                self.slOrdPx = try d.directDecimal(v21)
                self.triggerPx = try d.directDecimal(v22)
                self.triggerPxType = try d.directEnum(v23)
                self.ordPx = try d.directDecimal(v24)
                self.advanceOrdType = try d.directEnum(v25)
                self.actualSz = try d.directDecimal(v26)
                self.tag = try d.directText(v27)
                self.actualPx = try d.directDecimal(v28)
                self.actualSide = try d.directEnum(v29)
                self.triggerTime = try d.directDate(v30)
                self.pxVar = try d.directDecimal(v31)
                self.pxSpread = try d.directDecimal(v32)
                self.szLimit = try d.directDecimal(v33)
                self.pxLimit = try d.directDecimal(v34)
                self.lmtOrderNumber = try d.directInteger(v35)
                self.aggressiveness = try d.directEnum(v36)
                self.triggerParams = try d.directNested(v37)
                self.timeInterval = try d.directInteger(v38)
                self.callbackRatio = try d.directDecimal(v39)
                self.callbackSpread = try d.directDecimal(v40)
                self.activePx = try d.directDecimal(v41)
                self.moveTriggerPx = try d.directDecimal(v42)
                self.reduceOnly = try d.directBoolean(v43)
                self.quickMgnType = try d.directText(v44)
                self.last = try d.directDecimal(v45)
                self.failCode = try d.directText(v46)
                self.algoClOrdId = try d.directText(v47)
                self.amendPxOnTriggerType = try d.directEnum(v48)
                self.attachAlgoOrds = try d.directNested(v49)
                self.linkedOrd = try d.directNested(v50)
                self.cTime = try d.directDate(v51)
                self.uTime = try d.directDate(v52)
                self.isTradeBorrowMode = try d.directBoolean(v53)
                self.chaseType = try d.directEnum(v54)
                self.chaseVal = try d.directDecimal(v55)
                self.maxChaseType = try d.directEnum(v56)
                self.maxChaseVal = try d.directDecimal(v57)
                self.tradeQuoteCcy = try d.directText(v58)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteTexts(self.ordIdList, "ordIdList")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.closeFraction, "closeFraction")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteEnum(self.triggerPxType, "triggerPxType")
                try c.apiWriteDecimal(self.ordPx, "ordPx")
                try c.apiWriteEnum(self.advanceOrdType, "advanceOrdType")
                try c.apiWriteDecimal(self.actualSz, "actualSz")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.actualPx, "actualPx")
                try c.apiWriteEnum(self.actualSide, "actualSide")
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteDecimal(self.pxVar, "pxVar")
                try c.apiWriteDecimal(self.pxSpread, "pxSpread")
                try c.apiWriteDecimal(self.szLimit, "szLimit")
                try c.apiWriteDecimal(self.pxLimit, "pxLimit")
                try c.apiWriteInteger(self.lmtOrderNumber, "lmtOrderNumber")
                try c.apiWriteEnum(self.aggressiveness, "aggressiveness")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                try c.apiWriteDecimal(self.activePx, "activePx")
                try c.apiWriteDecimal(self.moveTriggerPx, "moveTriggerPx")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteText(self.failCode, "failCode")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedOrd, "linkedOrd")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteBoolean(self.isTradeBorrowMode, "isTradeBorrowMode")
                try c.apiWriteEnum(self.chaseType, "chaseType")
                try c.apiWriteDecimal(self.chaseVal, "chaseVal")
                try c.apiWriteEnum(self.maxChaseType, "maxChaseType")
                try c.apiWriteDecimal(self.maxChaseVal, "maxChaseVal")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/trade/orders-algo-pending`: “Algo order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-get-algo-order-list
    public static func algoOrderList(_ request: AlgoOrderList.Request) -> Endpoint<[AlgoOrderList.Response]> {
        .apiGet(AlgoOrderList.path, request)
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

    /// The values of `newTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct NewTriggerPxType: OKXStringValue {
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
        /// `MARGIN`.
        public static let margin: Self = "MARGIN"
    }

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `conditional`.
        public static let conditional: Self = "conditional"
        /// `oco`.
        public static let oco: Self = "oco"
        /// `chase`.
        public static let chase: Self = "chase"
        /// `trigger`.
        public static let trigger: Self = "trigger"
        /// `move_order_stop`.
        public static let moveOrderStop: Self = "move_order_stop"
        /// `twap`.
        public static let twap: Self = "twap"
        /// `smart_iceberg`.
        public static let smartIceberg: Self = "smart_iceberg"
        /// `iceberg`.
        public static let iceberg: Self = "iceberg"
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
        /// `spot_isolated`.
        public static let spotIsolated: Self = "spot_isolated"
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

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `live`.
        public static let live: Self = "live"
        /// `pause`.
        public static let pause: Self = "pause"
        /// `partially_effective`.
        public static let partiallyEffective: Self = "partially_effective"
        /// `effective`.
        public static let effective: Self = "effective"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `order_failed`.
        public static let orderFailed: Self = "order_failed"
        /// `partially_failed`.
        public static let partiallyFailed: Self = "partially_failed"
    }

    /// The values of `triggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerPxType: OKXStringValue {
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
        /// `triggerPx`.
        public static let triggerPx: Self = "triggerPx"
    }

    /// The values of `advanceOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AdvanceOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `fok`.
        public static let fok: Self = "fok"
        /// `ioc`.
        public static let ioc: Self = "ioc"
    }

    /// The values of `actualSide` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ActualSide: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `tp`.
        public static let tp: Self = "tp"
        /// `sl`.
        public static let sl: Self = "sl"
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

    /// The values of `chaseType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ChaseType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `distance`.
        public static let distance: Self = "distance"
        /// `ratio`.
        public static let ratio: Self = "ratio"
    }

    /// The values of `maxChaseType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MaxChaseType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `distance`.
        public static let distance: Self = "distance"
        /// `ratio`.
        public static let ratio: Self = "ratio"
    }

    /// The values of `triggerAction` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerAction: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `start`.
        public static let start: Self = "start"
    }

    /// The values of `triggerStrategy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerStrategy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `instant`.
        public static let instant: Self = "instant"
        /// `price`.
        public static let price: Self = "price"
        /// `rsi`.
        public static let rsi: Self = "rsi"
    }

    /// The values of `triggerCond` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerCond: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross_up`.
        public static let crossUp: Self = "cross_up"
        /// `cross_down`.
        public static let crossDown: Self = "cross_down"
        /// `above`.
        public static let above: Self = "above"
        /// `below`.
        public static let below: Self = "below"
        /// `cross`.
        public static let cross: Self = "cross"
    }

    /// The values of `timeframe` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Timeframe: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `3m`.
        public static let v3m: Self = "3m"
        /// `5m`.
        public static let v5m: Self = "5m"
        /// `15m`.
        public static let v15m: Self = "15m"
        /// `30m`.
        public static let v30m: Self = "30m"
        /// `1H`.
        public static let v1h: Self = "1H"
        /// `4H`.
        public static let v4h: Self = "4H"
        /// `1D`.
        public static let v1d: Self = "1D"
    }

    /// The values of `timePeriod` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TimePeriod: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `14`.
        public static let v14: Self = "14"
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

    /// The values of `aggressiveness` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Aggressiveness: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `radical`.
        public static let radical: Self = "radical"
        /// `mid`.
        public static let mid: Self = "mid"
        /// `conservative`.
        public static let conservative: Self = "conservative"
    }
}
