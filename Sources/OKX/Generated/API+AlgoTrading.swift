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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable {
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
            public struct LinkedOrd: Codable, Sendable {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable {
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
            public struct AttachAlgoOrds: Codable, Sendable {
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
            public struct LinkedOrd: Codable, Sendable {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable {
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
            public struct AttachAlgoOrds: Codable, Sendable {
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
            public struct LinkedOrd: Codable, Sendable {
                /// `ordId`: text.
                public let ordId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiText("ordId")
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
