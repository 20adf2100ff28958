// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/grid-trading”.
    public enum Grid {}
}

extension API.Grid {
    /// `POST /api/v5/tradingBot/grid/adjust-investment`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-add-investment
    public enum AddInvestment {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/adjust-investment"
        /// The parameters of `POST /api/v5/tradingBot/grid/adjust-investment`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-add-investment
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `allowReinvestProfit`: a boolean.
            public var allowReinvestProfit: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, amt: Decimal, allowReinvestProfit: Bool? = nil) {
                self.algoId = algoId
                self.amt = amt
                self.allowReinvestProfit = allowReinvestProfit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("amt", amt)
                p.add("allowReinvestProfit", allowReinvestProfit)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/adjust-investment`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-add-investment
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                self.algoId = try d.directRequiredText(v0, "algoId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/adjust-investment`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-add-investment
    public static func addInvestment(_ request: AddInvestment.Request) -> Endpoint<[AddInvestment.Response]> {
        .apiPost(AddInvestment.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/ai-param`: “Grid AI parameter (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-ai-parameter-public
    public enum GridAIParameter {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/ai-param"
        /// The parameters of `GET /api/v5/tradingBot/grid/ai-param`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-ai-parameter-public
        public struct Request: APIRequestFields {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `instId`: text; required.
            public var instId: String
            /// `direction`: one of a documented set of values (unknown values are kept); required in some cases.
            public var direction: Direction?
            /// `duration`: an integer (a string on the wire).
            public var duration: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, instId: String, direction: Direction? = nil, duration: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.instId = instId
                self.direction = direction
                self.duration = duration
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("instId", instId)
                p.add("direction", direction)
                p.add("duration", duration)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/ai-param`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-ai-parameter-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `duration`: one of a documented set of values (unknown values are kept).
            public let duration: Duration?
            /// `gridNum`: an integer (a string on the wire).
            public let gridNum: Int?
            /// `maxPx`: a decimal number (a string on the wire).
            public let maxPx: Decimal?
            /// `minPx`: a decimal number (a string on the wire).
            public let minPx: Decimal?
            /// `perMaxProfitRate`: a decimal number (a string on the wire).
            public let perMaxProfitRate: Decimal?
            /// `perMinProfitRate`: a decimal number (a string on the wire).
            public let perMinProfitRate: Decimal?
            /// `perGridProfitRatio`: a decimal number (a string on the wire).
            public let perGridProfitRatio: Decimal?
            /// `annualizedRate`: a decimal number (a string on the wire).
            public let annualizedRate: Decimal?
            /// `minInvestment`: a decimal number (a string on the wire).
            public let minInvestment: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `runType`: one of a documented set of values (unknown values are kept).
            public let runType: RunType?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `sourceCcy`: text.
            public let sourceCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.duration = try c.apiEnum("duration")
                self.gridNum = try c.apiInteger("gridNum")
                self.maxPx = try c.apiDecimal("maxPx")
                self.minPx = try c.apiDecimal("minPx")
                self.perMaxProfitRate = try c.apiDecimal("perMaxProfitRate")
                self.perMinProfitRate = try c.apiDecimal("perMinProfitRate")
                self.perGridProfitRatio = try c.apiDecimal("perGridProfitRatio")
                self.annualizedRate = try c.apiDecimal("annualizedRate")
                self.minInvestment = try c.apiDecimal("minInvestment")
                self.ccy = try c.apiText("ccy")
                self.runType = try c.apiEnum("runType")
                self.direction = try c.apiEnum("direction")
                self.lever = try c.apiDecimal("lever")
                self.sourceCcy = try c.apiText("sourceCcy")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0x8AF203AC9DD3208D: if v2 < 0, m.isKey("duration") { v2 = m.value }
                    case 0xD76E4ECCCB2ECDBF: if v3 < 0, m.isKey("gridNum") { v3 = m.value }
                    case 0x5B27E9A4C2DF3109: if v4 < 0, m.isKey("maxPx") { v4 = m.value }
                    case 0x81D4AF62B800CDA7: if v5 < 0, m.isKey("minPx") { v5 = m.value }
                    case 0x1827714423E7923A: if v6 < 0, m.isKey("perMaxProfitRate") { v6 = m.value }
                    case 0xFF048FE21DEF8750: if v7 < 0, m.isKey("perMinProfitRate") { v7 = m.value }
                    case 0xFB7FBEFA54D8A3FD: if v8 < 0, m.isKey("perGridProfitRatio") { v8 = m.value }
                    case 0x242789FD23B9F0B2: if v9 < 0, m.isKey("annualizedRate") { v9 = m.value }
                    case 0xDCDBA00AD583DD46: if v10 < 0, m.isKey("minInvestment") { v10 = m.value }
                    case 0xF5DBFE190CDE752E: if v11 < 0, m.isKey("ccy") { v11 = m.value }
                    case 0xC1B17D80333B104A: if v12 < 0, m.isKey("runType") { v12 = m.value }
                    case 0xD66E3BEB115E11AA: if v13 < 0, m.isKey("direction") { v13 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v14 < 0, m.isKey("lever") { v14 = m.value }
                    case 0xA8C863987D7BA0CD: if v15 < 0, m.isKey("sourceCcy") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.algoOrdType = try d.directEnum(v1)
                self.duration = try d.directEnum(v2)
                self.gridNum = try d.directInteger(v3)
                self.maxPx = try d.directDecimal(v4)
                self.minPx = try d.directDecimal(v5)
                self.perMaxProfitRate = try d.directDecimal(v6)
                self.perMinProfitRate = try d.directDecimal(v7)
                self.perGridProfitRatio = try d.directDecimal(v8)
                self.annualizedRate = try d.directDecimal(v9)
                self.minInvestment = try d.directDecimal(v10)
                self.ccy = try d.directText(v11)
                self.runType = try d.directEnum(v12)
                self.direction = try d.directEnum(v13)
                self.lever = try d.directDecimal(v14)
                self.sourceCcy = try d.directText(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.duration, "duration")
                try c.apiWriteInteger(self.gridNum, "gridNum")
                try c.apiWriteDecimal(self.maxPx, "maxPx")
                try c.apiWriteDecimal(self.minPx, "minPx")
                try c.apiWriteDecimal(self.perMaxProfitRate, "perMaxProfitRate")
                try c.apiWriteDecimal(self.perMinProfitRate, "perMinProfitRate")
                try c.apiWriteDecimal(self.perGridProfitRatio, "perGridProfitRatio")
                try c.apiWriteDecimal(self.annualizedRate, "annualizedRate")
                try c.apiWriteDecimal(self.minInvestment, "minInvestment")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.runType, "runType")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.sourceCcy, "sourceCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/ai-param`: “Grid AI parameter (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-ai-parameter-public
    public static func gridAIParameter(_ request: GridAIParameter.Request) -> Endpoint<[GridAIParameter.Response]> {
        .apiGet(GridAIParameter.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/amend-algo-basic-param`: “Amend grid algo order basic param”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order-basic-param
    public enum AmendGridAlgoOrderBasicParam {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/amend-algo-basic-param"
        /// The parameters of `POST /api/v5/tradingBot/grid/amend-algo-basic-param`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order-basic-param
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `minPx`: a decimal number (a string on the wire); required.
            public var minPx: Decimal
            /// `maxPx`: a decimal number (a string on the wire); required.
            public var maxPx: Decimal
            /// `gridNum`: an integer (a string on the wire); required.
            public var gridNum: Int
            /// `topupAmount`: a decimal number (a string on the wire).
            public var topupAmount: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, minPx: Decimal, maxPx: Decimal, gridNum: Int, topupAmount: Decimal? = nil) {
                self.algoId = algoId
                self.minPx = minPx
                self.maxPx = maxPx
                self.gridNum = gridNum
                self.topupAmount = topupAmount
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("minPx", minPx)
                p.add("maxPx", maxPx)
                p.add("gridNum", gridNum)
                p.add("topupAmount", topupAmount)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/amend-algo-basic-param`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order-basic-param
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `requiredTopupAmount`: a decimal number (a string on the wire).
            public let requiredTopupAmount: Decimal?
            /// `maxTopupAmount`: a decimal number (a string on the wire).
            public let maxTopupAmount: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.requiredTopupAmount = try c.apiDecimal("requiredTopupAmount")
                self.maxTopupAmount = try c.apiDecimal("maxTopupAmount")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x41BC44D9FEB95C72: if v1 < 0, m.isKey("requiredTopupAmount") { v1 = m.value }
                    case 0x64FB11004CE97959: if v2 < 0, m.isKey("maxTopupAmount") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.requiredTopupAmount = try d.directDecimal(v1)
                self.maxTopupAmount = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteDecimal(self.requiredTopupAmount, "requiredTopupAmount")
                try c.apiWriteDecimal(self.maxTopupAmount, "maxTopupAmount")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/amend-algo-basic-param`: “Amend grid algo order basic param”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order-basic-param
    public static func amendGridAlgoOrderBasicParam(_ request: AmendGridAlgoOrderBasicParam.Request) -> Endpoint<[AmendGridAlgoOrderBasicParam.Response]> {
        .apiPost(AmendGridAlgoOrderBasicParam.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/amend-order-algo`: “Amend grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order
    public enum AmendGridAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/amend-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/grid/amend-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct TriggerParams: APIRequestFields {
                /// `triggerAction`: one of a documented set of values (unknown values are kept); required.
                public var triggerAction: TriggerAction
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept); required.
                public var triggerStrategy: TriggerStrategy
                /// `triggerPx`: a decimal number (a string on the wire).
                public var triggerPx: Decimal?
                /// `stopType`: text.
                public var stopType: String?
                /// A request with the given parameters; nil ones are not sent.
                public init(triggerAction: TriggerAction, triggerStrategy: TriggerStrategy, triggerPx: Decimal? = nil, stopType: String? = nil) {
                    self.triggerAction = triggerAction
                    self.triggerStrategy = triggerStrategy
                    self.triggerPx = triggerPx
                    self.stopType = stopType
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("triggerAction", triggerAction)
                    p.add("triggerStrategy", triggerStrategy)
                    p.add("triggerPx", triggerPx)
                    p.add("stopType", stopType)
                    return p
                }
            }
            /// `algoId`: text; required.
            public var algoId: String
            /// `instId`: text; required.
            public var instId: String
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public var slTriggerPx: Decimal?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public var tpTriggerPx: Decimal?
            /// `tpRatio`: a decimal number (a string on the wire).
            public var tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public var slRatio: Decimal?
            /// `topUpAmt`: a decimal number (a string on the wire).
            public var topUpAmt: Decimal?
            /// `triggerParams`: a list of nested objects.
            public var triggerParams: [TriggerParams]?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instId: String, slTriggerPx: Decimal? = nil, tpTriggerPx: Decimal? = nil, tpRatio: Decimal? = nil, slRatio: Decimal? = nil, topUpAmt: Decimal? = nil, triggerParams: [TriggerParams]? = nil) {
                self.algoId = algoId
                self.instId = instId
                self.slTriggerPx = slTriggerPx
                self.tpTriggerPx = tpTriggerPx
                self.tpRatio = tpRatio
                self.slRatio = slRatio
                self.topUpAmt = topUpAmt
                self.triggerParams = triggerParams
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("slTriggerPx", slTriggerPx)
                p.add("tpTriggerPx", tpTriggerPx)
                p.add("tpRatio", tpRatio)
                p.add("slRatio", slRatio)
                p.add("topUpAmt", topUpAmt)
                p.add("triggerParams", triggerParams)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/amend-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/amend-order-algo`: “Amend grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-amend-grid-algo-order
    public static func amendGridAlgoOrder(_ request: AmendGridAlgoOrder.Request) -> Endpoint<[AmendGridAlgoOrder.Response]> {
        .apiPost(AmendGridAlgoOrder.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/cancel-close-order`: “Cancel close position order for contract grid”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-cancel-close-position-order-for-contract-grid
    public enum CancelClosePositionOrderForContractGrid {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/cancel-close-order"
        /// The parameters of `POST /api/v5/tradingBot/grid/cancel-close-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-cancel-close-position-order-for-contract-grid
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `ordId`: text; required.
            public var ordId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, ordId: String) {
                self.algoId = algoId
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/cancel-close-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-cancel-close-position-order-for-contract-grid
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.ordId = try c.apiText("ordId")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v2 < 0, m.isKey("algoClOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.ordId = try d.directText(v1)
                self.algoClOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/cancel-close-order`: “Cancel close position order for contract grid”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-cancel-close-position-order-for-contract-grid
    public static func cancelClosePositionOrderForContractGrid(_ request: CancelClosePositionOrderForContractGrid.Request) -> Endpoint<[CancelClosePositionOrderForContractGrid.Response]> {
        .apiPost(CancelClosePositionOrderForContractGrid.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/close-position`: “Close position for contract grid”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-close-position-for-contract-grid
    public enum ClosePositionForContractGrid {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/close-position"
        /// The parameters of `POST /api/v5/tradingBot/grid/close-position`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-close-position-for-contract-grid
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `mktClose`: a boolean; required.
            public var mktClose: Bool
            /// `sz`: a decimal number (a string on the wire); required in some cases.
            public var sz: Decimal?
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, mktClose: Bool, sz: Decimal? = nil, px: Decimal? = nil) {
                self.algoId = algoId
                self.mktClose = mktClose
                self.sz = sz
                self.px = px
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("mktClose", mktClose)
                p.add("sz", sz)
                p.add("px", px)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/close-position`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-close-position-for-contract-grid
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.ordId = try c.apiText("ordId")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v2 < 0, m.isKey("algoClOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.ordId = try d.directText(v1)
                self.algoClOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/close-position`: “Close position for contract grid”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-close-position-for-contract-grid
    public static func closePositionForContractGrid(_ request: ClosePositionForContractGrid.Request) -> Endpoint<[ClosePositionForContractGrid.Response]> {
        .apiPost(ClosePositionForContractGrid.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/compute-margin-balance`: “Compute margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-margin-balance
    public enum ComputeMarginBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/compute-margin-balance"
        /// The parameters of `POST /api/v5/tradingBot/grid/compute-margin-balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-margin-balance
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `amt`: a decimal number (a string on the wire).
            public var amt: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, type: TypeValue, amt: Decimal? = nil) {
                self.algoId = algoId
                self.type = type
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("type", type)
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/compute-margin-balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-margin-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// `maxAmt`: a decimal number (a string on the wire).
            public let maxAmt: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.maxAmt = try c.apiDecimal("maxAmt")
                self.lever = try c.apiDecimal("lever")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x45CBEAF76AB88FF1: if v0 < 0, m.isKey("maxAmt") { v0 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v1 < 0, m.isKey("lever") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.maxAmt = try d.directDecimal(v0)
                self.lever = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.maxAmt, "maxAmt")
                try c.apiWriteDecimal(self.lever, "lever")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/compute-margin-balance`: “Compute margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-margin-balance
    public static func computeMarginBalance(_ request: ComputeMarginBalance.Request) -> Endpoint<[ComputeMarginBalance.Response]> {
        .apiPost(ComputeMarginBalance.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/copy-order-algo`: “Copy grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-copy-grid-algo-order
    public enum CopyGridAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/copy-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/grid/copy-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-copy-grid-algo-order
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `sourceAlgoId`: text; required.
            public var sourceAlgoId: String
            /// `quoteSz`: a decimal number (a string on the wire).
            public var quoteSz: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public var lever: Decimal?
            /// `autoReserve`: a boolean.
            public var autoReserve: Bool?
            /// `sz`: a decimal number (a string on the wire).
            public var sz: Decimal?
            /// `actualMarginSz`: a decimal number (a string on the wire).
            public var actualMarginSz: Decimal?
            /// `extraMarginSz`: a decimal number (a string on the wire).
            public var extraMarginSz: Decimal?
            /// `algoClOrdId`: text.
            public var algoClOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoOrdType: AlgoOrdType, sourceAlgoId: String, quoteSz: Decimal? = nil, lever: Decimal? = nil, autoReserve: Bool? = nil, sz: Decimal? = nil, actualMarginSz: Decimal? = nil, extraMarginSz: Decimal? = nil, algoClOrdId: String? = nil, tag: String? = nil) {
                self.instId = instId
                self.algoOrdType = algoOrdType
                self.sourceAlgoId = sourceAlgoId
                self.quoteSz = quoteSz
                self.lever = lever
                self.autoReserve = autoReserve
                self.sz = sz
                self.actualMarginSz = actualMarginSz
                self.extraMarginSz = extraMarginSz
                self.algoClOrdId = algoClOrdId
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoOrdType", algoOrdType)
                p.add("sourceAlgoId", sourceAlgoId)
                p.add("quoteSz", quoteSz)
                p.add("lever", lever)
                p.add("autoReserve", autoReserve)
                p.add("sz", sz)
                p.add("actualMarginSz", actualMarginSz)
                p.add("extraMarginSz", extraMarginSz)
                p.add("algoClOrdId", algoClOrdId)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/copy-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-copy-grid-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/copy-order-algo`: “Copy grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-copy-grid-algo-order
    public static func copyGridAlgoOrder(_ request: CopyGridAlgoOrder.Request) -> Endpoint<[CopyGridAlgoOrder.Response]> {
        .apiPost(CopyGridAlgoOrder.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/grid-quantity`: “Max grid quantity (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-max-grid-quantity-public
    public enum MaxGridQuantity {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/grid-quantity"
        /// The parameters of `GET /api/v5/tradingBot/grid/grid-quantity`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-max-grid-quantity-public
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `runType`: one of a documented set of values (unknown values are kept); required.
            public var runType: RunType
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `maxPx`: a decimal number (a string on the wire); required.
            public var maxPx: Decimal
            /// `minPx`: a decimal number (a string on the wire); required.
            public var minPx: Decimal
            /// `lever`: a decimal number (a string on the wire); required in some cases.
            public var lever: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, runType: RunType, algoOrdType: AlgoOrdType, maxPx: Decimal, minPx: Decimal, lever: Decimal? = nil) {
                self.instId = instId
                self.runType = runType
                self.algoOrdType = algoOrdType
                self.maxPx = maxPx
                self.minPx = minPx
                self.lever = lever
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("runType", runType)
                p.add("algoOrdType", algoOrdType)
                p.add("maxPx", maxPx)
                p.add("minPx", minPx)
                p.add("lever", lever)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/grid-quantity`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-max-grid-quantity-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `maxGridQty`: an integer (a string on the wire).
            public let maxGridQty: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.maxGridQty = try c.apiInteger("maxGridQty")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x56B3AD0C05830D33: if v0 < 0, m.isKey("maxGridQty") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.maxGridQty = try d.directInteger(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.maxGridQty, "maxGridQty")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/grid-quantity`: “Max grid quantity (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-max-grid-quantity-public
    public static func maxGridQuantity(_ request: MaxGridQuantity.Request) -> Endpoint<[MaxGridQuantity.Response]> {
        .apiGet(MaxGridQuantity.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/margin-balance`: “Adjust margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-adjust-margin-balance
    public enum AdjustMarginBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/margin-balance"
        /// The parameters of `POST /api/v5/tradingBot/grid/margin-balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-adjust-margin-balance
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `amt`: a decimal number (a string on the wire); required in some cases.
            public var amt: Decimal?
            /// `percent`: a decimal number (a string on the wire); required in some cases.
            public var percent: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, type: TypeValue, amt: Decimal? = nil, percent: Decimal? = nil) {
                self.algoId = algoId
                self.type = type
                self.amt = amt
                self.percent = percent
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("type", type)
                p.add("amt", amt)
                p.add("percent", percent)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/margin-balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-adjust-margin-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/margin-balance`: “Adjust margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-adjust-margin-balance
    public static func adjustMarginBalance(_ request: AdjustMarginBalance.Request) -> Endpoint<[AdjustMarginBalance.Response]> {
        .apiPost(AdjustMarginBalance.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/min-investment`: “Compute min investment (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-min-investment-public
    public enum ComputeMinInvestment {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/min-investment"
        /// The parameters of `POST /api/v5/tradingBot/grid/min-investment`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-min-investment-public
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct InvestmentData: APIRequestFields {
                /// `amt`: a decimal number (a string on the wire); required.
                public var amt: Decimal
                /// `ccy`: text; required.
                public var ccy: String
                /// A request with the given parameters; nil ones are not sent.
                public init(amt: Decimal, ccy: String) {
                    self.amt = amt
                    self.ccy = ccy
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("amt", amt)
                    p.add("ccy", ccy)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `maxPx`: a decimal number (a string on the wire); required.
            public var maxPx: Decimal
            /// `minPx`: a decimal number (a string on the wire); required.
            public var minPx: Decimal
            /// `gridNum`: an integer (a string on the wire); required.
            public var gridNum: Int
            /// `runType`: one of a documented set of values (unknown values are kept); required.
            public var runType: RunType
            /// `direction`: one of a documented set of values (unknown values are kept); required in some cases.
            public var direction: Direction?
            /// `lever`: a decimal number (a string on the wire); required in some cases.
            public var lever: Decimal?
            /// `basePos`: a boolean.
            public var basePos: Bool?
            /// `investmentType`: one of a documented set of values (unknown values are kept).
            public var investmentType: InvestmentType?
            /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
            public var triggerStrategy: TriggerStrategy?
            /// `topUpAmt`: a decimal number (a string on the wire).
            public var topUpAmt: Decimal?
            /// `investmentData`: a list of nested objects.
            public var investmentData: [InvestmentData]?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoOrdType: AlgoOrdType, maxPx: Decimal, minPx: Decimal, gridNum: Int, runType: RunType, direction: Direction? = nil, lever: Decimal? = nil, basePos: Bool? = nil, investmentType: InvestmentType? = nil, triggerStrategy: TriggerStrategy? = nil, topUpAmt: Decimal? = nil, investmentData: [InvestmentData]? = nil) {
                self.instId = instId
                self.algoOrdType = algoOrdType
                self.maxPx = maxPx
                self.minPx = minPx
                self.gridNum = gridNum
                self.runType = runType
                self.direction = direction
                self.lever = lever
                self.basePos = basePos
                self.investmentType = investmentType
                self.triggerStrategy = triggerStrategy
                self.topUpAmt = topUpAmt
                self.investmentData = investmentData
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoOrdType", algoOrdType)
                p.add("maxPx", maxPx)
                p.add("minPx", minPx)
                p.add("gridNum", gridNum)
                p.add("runType", runType)
                p.add("direction", direction)
                p.add("lever", lever)
                p.add("basePos", basePos)
                p.add("investmentType", investmentType)
                p.add("triggerStrategy", triggerStrategy)
                p.add("topUpAmt", topUpAmt)
                p.add("investmentData", investmentData)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/min-investment`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-min-investment-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct MinInvestmentData: Codable, Sendable, TapeDirect {
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `ccy`: text.
                public let ccy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.amt = try c.apiDecimal("amt")
                    self.ccy = try c.apiText("ccy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xE6F3A919051C2845: if v0 < 0, m.isKey("amt") { v0 = m.value }
                        case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.amt = try d.directDecimal(v0)
                    self.ccy = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteText(self.ccy, "ccy")
                }
            }
            /// `minInvestmentData`: a list of nested objects.
            public let minInvestmentData: [MinInvestmentData]?
            /// `singleAmt`: a decimal number (a string on the wire).
            public let singleAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.minInvestmentData = try c.apiNested("minInvestmentData")
                self.singleAmt = try c.apiDecimal("singleAmt")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4673DD89605CF666: if v0 < 0, m.isKey("minInvestmentData") { v0 = m.value }
                    case 0x1CA23A3C4B5C6DE1: if v1 < 0, m.isKey("singleAmt") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.minInvestmentData = try d.directNested(v0)
                self.singleAmt = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.minInvestmentData, "minInvestmentData")
                try c.apiWriteDecimal(self.singleAmt, "singleAmt")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/min-investment`: “Compute min investment (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-compute-min-investment-public
    public static func computeMinInvestment(_ request: ComputeMinInvestment.Request) -> Endpoint<[ComputeMinInvestment.Response]> {
        .apiPost(ComputeMinInvestment.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/order-algo`: “Place grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-place-grid-algo-order
    public enum PlaceGridAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/order-algo"
        /// The parameters of `POST /api/v5/tradingBot/grid/order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-place-grid-algo-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct TriggerParams: APIRequestFields {
                /// `triggerAction`: one of a documented set of values (unknown values are kept); required.
                public var triggerAction: TriggerAction
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept); required.
                public var triggerStrategy: TriggerStrategy
                /// `delaySeconds`: an integer (a string on the wire).
                public var delaySeconds: Int?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public var timeframe: Timeframe?
                /// `thold`: an integer (a string on the wire).
                public var thold: Int?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public var triggerCond: TriggerCond?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public var timePeriod: TimePeriod?
                /// `triggerPx`: a decimal number (a string on the wire).
                public var triggerPx: Decimal?
                /// `stopType`: text.
                public var stopType: String?
                /// A request with the given parameters; nil ones are not sent.
                public init(triggerAction: TriggerAction, triggerStrategy: TriggerStrategy, delaySeconds: Int? = nil, timeframe: Timeframe? = nil, thold: Int? = nil, triggerCond: TriggerCond? = nil, timePeriod: TimePeriod? = nil, triggerPx: Decimal? = nil, stopType: String? = nil) {
                    self.triggerAction = triggerAction
                    self.triggerStrategy = triggerStrategy
                    self.delaySeconds = delaySeconds
                    self.timeframe = timeframe
                    self.thold = thold
                    self.triggerCond = triggerCond
                    self.timePeriod = timePeriod
                    self.triggerPx = triggerPx
                    self.stopType = stopType
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("triggerAction", triggerAction)
                    p.add("triggerStrategy", triggerStrategy)
                    p.add("delaySeconds", delaySeconds)
                    p.add("timeframe", timeframe)
                    p.add("thold", thold)
                    p.add("triggerCond", triggerCond)
                    p.add("timePeriod", timePeriod)
                    p.add("triggerPx", triggerPx)
                    p.add("stopType", stopType)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `maxPx`: a decimal number (a string on the wire); required.
            public var maxPx: Decimal
            /// `minPx`: a decimal number (a string on the wire); required.
            public var minPx: Decimal
            /// `gridNum`: an integer (a string on the wire); required.
            public var gridNum: Int
            /// `runType`: one of a documented set of values (unknown values are kept).
            public var runType: RunType?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public var tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public var slTriggerPx: Decimal?
            /// `algoClOrdId`: text.
            public var algoClOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public var profitSharingRatio: Decimal?
            /// `triggerParams`: a list of nested objects.
            public var triggerParams: [TriggerParams]?
            /// `quoteSz`: a decimal number (a string on the wire); required in some cases.
            public var quoteSz: Decimal?
            /// `baseSz`: a decimal number (a string on the wire); required in some cases.
            public var baseSz: Decimal?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept); required.
            public var direction: Direction?
            /// `lever`: a decimal number (a string on the wire); required.
            public var lever: Decimal?
            /// `basePos`: a boolean.
            public var basePos: Bool?
            /// `tpRatio`: a decimal number (a string on the wire).
            public var tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public var slRatio: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoOrdType: AlgoOrdType, maxPx: Decimal, minPx: Decimal, gridNum: Int, runType: RunType? = nil, tpTriggerPx: Decimal? = nil, slTriggerPx: Decimal? = nil, algoClOrdId: String? = nil, tag: String? = nil, profitSharingRatio: Decimal? = nil, triggerParams: [TriggerParams]? = nil, quoteSz: Decimal? = nil, baseSz: Decimal? = nil, tradeQuoteCcy: String? = nil, sz: Decimal? = nil, direction: Direction? = nil, lever: Decimal? = nil, basePos: Bool? = nil, tpRatio: Decimal? = nil, slRatio: Decimal? = nil) {
                self.instId = instId
                self.algoOrdType = algoOrdType
                self.maxPx = maxPx
                self.minPx = minPx
                self.gridNum = gridNum
                self.runType = runType
                self.tpTriggerPx = tpTriggerPx
                self.slTriggerPx = slTriggerPx
                self.algoClOrdId = algoClOrdId
                self.tag = tag
                self.profitSharingRatio = profitSharingRatio
                self.triggerParams = triggerParams
                self.quoteSz = quoteSz
                self.baseSz = baseSz
                self.tradeQuoteCcy = tradeQuoteCcy
                self.sz = sz
                self.direction = direction
                self.lever = lever
                self.basePos = basePos
                self.tpRatio = tpRatio
                self.slRatio = slRatio
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoOrdType", algoOrdType)
                p.add("maxPx", maxPx)
                p.add("minPx", minPx)
                p.add("gridNum", gridNum)
                p.add("runType", runType)
                p.add("tpTriggerPx", tpTriggerPx)
                p.add("slTriggerPx", slTriggerPx)
                p.add("algoClOrdId", algoClOrdId)
                p.add("tag", tag)
                p.add("profitSharingRatio", profitSharingRatio)
                p.add("triggerParams", triggerParams)
                p.add("quoteSz", quoteSz)
                p.add("baseSz", baseSz)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("sz", sz)
                p.add("direction", direction)
                p.add("lever", lever)
                p.add("basePos", basePos)
                p.add("tpRatio", tpRatio)
                p.add("slRatio", slRatio)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-place-grid-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/order-algo`: “Place grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-place-grid-algo-order
    public static func placeGridAlgoOrder(_ request: PlaceGridAlgoOrder.Request) -> Endpoint<[PlaceGridAlgoOrder.Response]> {
        .apiPost(PlaceGridAlgoOrder.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/order-instant-trigger`: “Instant trigger grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-instant-trigger-grid-algo-order
    public enum InstantTriggerGridAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/order-instant-trigger"
        /// The parameters of `POST /api/v5/tradingBot/grid/order-instant-trigger`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-instant-trigger-grid-algo-order
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `topUpAmt`: a decimal number (a string on the wire).
            public var topUpAmt: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, topUpAmt: Decimal? = nil) {
                self.algoId = algoId
                self.topUpAmt = topUpAmt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("topUpAmt", topUpAmt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/order-instant-trigger`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-instant-trigger-grid-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/order-instant-trigger`: “Instant trigger grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-instant-trigger-grid-algo-order
    public static func instantTriggerGridAlgoOrder(_ request: InstantTriggerGridAlgoOrder.Request) -> Endpoint<[InstantTriggerGridAlgoOrder.Response]> {
        .apiPost(InstantTriggerGridAlgoOrder.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-details`: “Grid algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-details
    public enum GridAlgoOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/orders-algo-details"
        /// The parameters of `GET /api/v5/tradingBot/grid/orders-algo-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-details
        public struct Request: APIRequestFields {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/orders-algo-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable, TapeDirect {
                /// `rebate`: a decimal number (a string on the wire).
                public let rebate: Decimal?
                /// `rebateCcy`: text.
                public let rebateCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.rebate = try c.apiDecimal("rebate")
                    self.rebateCcy = try c.apiText("rebateCcy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x731C1AFA28404F82: if v0 < 0, m.isKey("rebate") { v0 = m.value }
                        case 0x9A4FEE4FAC20158B: if v1 < 0, m.isKey("rebateCcy") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.rebate = try d.directDecimal(v0)
                    self.rebateCcy = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable, TapeDirect {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public let triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public let triggerStrategy: TriggerStrategy?
                /// `delaySeconds`: an integer (a string on the wire).
                public let delaySeconds: Int?
                /// `triggerTime`: a time (epoch milliseconds on the wire).
                public let triggerTime: Date?
                /// `triggerType`: one of a documented set of values (unknown values are kept).
                public let triggerType: TriggerType?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// `thold`: an integer (a string on the wire).
                public let thold: Int?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public let triggerCond: TriggerCond?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public let timePeriod: TimePeriod?
                /// `triggerPx`: a decimal number (a string on the wire).
                public let triggerPx: Decimal?
                /// `stopType`: text.
                public let stopType: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.delaySeconds = try c.apiInteger("delaySeconds")
                    self.triggerTime = try c.apiDate("triggerTime")
                    self.triggerType = try c.apiEnum("triggerType")
                    self.timeframe = try c.apiEnum("timeframe")
                    self.thold = try c.apiInteger("thold")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timePeriod = try c.apiEnum("timePeriod")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.stopType = try c.apiText("stopType")
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
                        case 0x3B8653EC7007CA51: if v0 < 0, m.isKey("triggerAction") { v0 = m.value }
                        case 0x208971090068D2C6: if v1 < 0, m.isKey("triggerStrategy") { v1 = m.value }
                        case 0x5DC7DE964966FDC5: if v2 < 0, m.isKey("delaySeconds") { v2 = m.value }
                        case 0xB0139ECD774B95BA: if v3 < 0, m.isKey("triggerTime") { v3 = m.value }
                        case 0x267B0ACD29A49A9B: if v4 < 0, m.isKey("triggerType") { v4 = m.value }
                        case 0x1F54E1EBFDA11B61: if v5 < 0, m.isKey("timeframe") { v5 = m.value }
                        case 0x41AF27728EDEBF32: if v6 < 0, m.isKey("thold") { v6 = m.value }
                        case 0x9680090DE0443D17: if v7 < 0, m.isKey("triggerCond") { v7 = m.value }
                        case 0x064D2714D15607FD: if v8 < 0, m.isKey("timePeriod") { v8 = m.value }
                        case 0x47803AB73B0014C3: if v9 < 0, m.isKey("triggerPx") { v9 = m.value }
                        case 0x6165A5E96F1F81ED: if v10 < 0, m.isKey("stopType") { v10 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.delaySeconds = try d.directInteger(v2)
                    self.triggerTime = try d.directDate(v3)
                    self.triggerType = try d.directEnum(v4)
                    self.timeframe = try d.directEnum(v5)
                    self.thold = try d.directInteger(v6)
                    self.triggerCond = try d.directEnum(v7)
                    self.timePeriod = try d.directEnum(v8)
                    self.triggerPx = try d.directDecimal(v9)
                    self.stopType = try d.directText(v10)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteInteger(self.delaySeconds, "delaySeconds")
                    try c.apiWriteDate(self.triggerTime, "triggerTime")
                    try c.apiWriteEnum(self.triggerType, "triggerType")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                    try c.apiWriteInteger(self.thold, "thold")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteEnum(self.timePeriod, "timePeriod")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteText(self.stopType, "stopType")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `rebateTrans`: a list of nested objects.
            public let rebateTrans: [RebateTrans]?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `maxPx`: a decimal number (a string on the wire).
            public let maxPx: Decimal?
            /// `minPx`: a decimal number (a string on the wire).
            public let minPx: Decimal?
            /// `gridNum`: an integer (a string on the wire).
            public let gridNum: Int?
            /// `runType`: one of a documented set of values (unknown values are kept).
            public let runType: RunType?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `tradeNum`: an integer (a string on the wire).
            public let tradeNum: Int?
            /// `arbitrageNum`: an integer (a string on the wire).
            public let arbitrageNum: Int?
            /// `singleAmt`: a decimal number (a string on the wire).
            public let singleAmt: Decimal?
            /// `perMinProfitRate`: a decimal number (a string on the wire).
            public let perMinProfitRate: Decimal?
            /// `perMaxProfitRate`: a decimal number (a string on the wire).
            public let perMaxProfitRate: Decimal?
            /// `runPx`: a decimal number (a string on the wire).
            public let runPx: Decimal?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `investment`: a decimal number (a string on the wire).
            public let investment: Decimal?
            /// `gridProfit`: a decimal number (a string on the wire).
            public let gridProfit: Decimal?
            /// `floatProfit`: a decimal number (a string on the wire).
            public let floatProfit: Decimal?
            /// `totalAnnualizedRate`: a decimal number (a string on the wire).
            public let totalAnnualizedRate: Decimal?
            /// `annualizedRate`: a decimal number (a string on the wire).
            public let annualizedRate: Decimal?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `stopType`: text.
            public let stopType: String?
            /// `activeOrdNum`: an integer (a string on the wire).
            public let activeOrdNum: Int?
            /// `quoteSz`: a decimal number (a string on the wire).
            public let quoteSz: Decimal?
            /// `baseSz`: a decimal number (a string on the wire).
            public let baseSz: Decimal?
            /// `curQuoteSz`: a decimal number (a string on the wire).
            public let curQuoteSz: Decimal?
            /// `curBaseSz`: a decimal number (a string on the wire).
            public let curBaseSz: Decimal?
            /// `profit`: a decimal number (a string on the wire).
            public let profit: Decimal?
            /// `stopResult`: one of a documented set of values (unknown values are kept).
            public let stopResult: StopResult?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `basePos`: a boolean.
            public let basePos: Bool?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `actualLever`: a decimal number (a string on the wire).
            public let actualLever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `uly`: text.
            public let uly: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `ordFrozen`: a decimal number (a string on the wire).
            public let ordFrozen: Decimal?
            /// `availEq`: a decimal number (a string on the wire).
            public let availEq: Decimal?
            /// `eq`: a decimal number (a string on the wire).
            public let eq: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `tpRatio`: a decimal number (a string on the wire).
            public let tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public let slRatio: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.rebateTrans = try c.apiNested("rebateTrans")
                self.triggerParams = try c.apiNested("triggerParams")
                self.maxPx = try c.apiDecimal("maxPx")
                self.minPx = try c.apiDecimal("minPx")
                self.gridNum = try c.apiInteger("gridNum")
                self.runType = try c.apiEnum("runType")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.tradeNum = try c.apiInteger("tradeNum")
                self.arbitrageNum = try c.apiInteger("arbitrageNum")
                self.singleAmt = try c.apiDecimal("singleAmt")
                self.perMinProfitRate = try c.apiDecimal("perMinProfitRate")
                self.perMaxProfitRate = try c.apiDecimal("perMaxProfitRate")
                self.runPx = try c.apiDecimal("runPx")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.investment = try c.apiDecimal("investment")
                self.gridProfit = try c.apiDecimal("gridProfit")
                self.floatProfit = try c.apiDecimal("floatProfit")
                self.totalAnnualizedRate = try c.apiDecimal("totalAnnualizedRate")
                self.annualizedRate = try c.apiDecimal("annualizedRate")
                self.cancelType = try c.apiEnum("cancelType")
                self.stopType = try c.apiText("stopType")
                self.activeOrdNum = try c.apiInteger("activeOrdNum")
                self.quoteSz = try c.apiDecimal("quoteSz")
                self.baseSz = try c.apiDecimal("baseSz")
                self.curQuoteSz = try c.apiDecimal("curQuoteSz")
                self.curBaseSz = try c.apiDecimal("curBaseSz")
                self.profit = try c.apiDecimal("profit")
                self.stopResult = try c.apiEnum("stopResult")
                self.direction = try c.apiEnum("direction")
                self.basePos = try c.apiBoolean("basePos")
                self.sz = try c.apiDecimal("sz")
                self.lever = try c.apiDecimal("lever")
                self.actualLever = try c.apiDecimal("actualLever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.uly = try c.apiText("uly")
                self.instFamily = try c.apiText("instFamily")
                self.ordFrozen = try c.apiDecimal("ordFrozen")
                self.availEq = try c.apiDecimal("availEq")
                self.eq = try c.apiDecimal("eq")
                self.tag = try c.apiText("tag")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.copyType = try c.apiEnum("copyType")
                self.tpRatio = try c.apiDecimal("tpRatio")
                self.slRatio = try c.apiDecimal("slRatio")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.fundingFee = try c.apiDecimal("fundingFee")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x13B1FED5FD900F6C: if v8 < 0, m.isKey("rebateTrans") { v8 = m.value }
                    case 0x4362B11D03E77729: if v9 < 0, m.isKey("triggerParams") { v9 = m.value }
                    case 0x5B27E9A4C2DF3109: if v10 < 0, m.isKey("maxPx") { v10 = m.value }
                    case 0x81D4AF62B800CDA7: if v11 < 0, m.isKey("minPx") { v11 = m.value }
                    case 0xD76E4ECCCB2ECDBF: if v12 < 0, m.isKey("gridNum") { v12 = m.value }
                    case 0xC1B17D80333B104A: if v13 < 0, m.isKey("runType") { v13 = m.value }
                    case 0xC25672DCA183922F: if v14 < 0, m.isKey("tpTriggerPx") { v14 = m.value }
                    case 0x54DE5C06C1B6E122: if v15 < 0, m.isKey("slTriggerPx") { v15 = m.value }
                    case 0x6EBE315BC3610C57: if v16 < 0, m.isKey("tradeNum") { v16 = m.value }
                    case 0x108E012496AB5DCC: if v17 < 0, m.isKey("arbitrageNum") { v17 = m.value }
                    case 0x1CA23A3C4B5C6DE1: if v18 < 0, m.isKey("singleAmt") { v18 = m.value }
                    case 0xFF048FE21DEF8750: if v19 < 0, m.isKey("perMinProfitRate") { v19 = m.value }
                    case 0x1827714423E7923A: if v20 < 0, m.isKey("perMaxProfitRate") { v20 = m.value }
                    case 0x7912B26A32B4C022: if v21 < 0, m.isKey("runPx") { v21 = m.value }
                    case 0x96942825B60BCB95: if v22 < 0, m.isKey("totalPnl") { v22 = m.value }
                    case 0x560005AD7CCA38DC: if v23 < 0, m.isKey("pnlRatio") { v23 = m.value }
                    case 0x078E70CCA67263AC: if v24 < 0, m.isKey("investment") { v24 = m.value }
                    case 0x2751F088E24DCA9B: if v25 < 0, m.isKey("gridProfit") { v25 = m.value }
                    case 0x98D5577C8A14EFC7: if v26 < 0, m.isKey("floatProfit") { v26 = m.value }
                    case 0xC31A2AD205D32C5A: if v27 < 0, m.isKey("totalAnnualizedRate") { v27 = m.value }
                    case 0x242789FD23B9F0B2: if v28 < 0, m.isKey("annualizedRate") { v28 = m.value }
                    case 0x95253C56EA456383: if v29 < 0, m.isKey("cancelType") { v29 = m.value }
                    case 0x6165A5E96F1F81ED: if v30 < 0, m.isKey("stopType") { v30 = m.value }
                    case 0x9F71B32DC14EB6DE: if v31 < 0, m.isKey("activeOrdNum") { v31 = m.value }
                    case 0xE4E58518934513A2: if v32 < 0, m.isKey("quoteSz") { v32 = m.value }
                    case 0x4922FAA0F415D2D1: if v33 < 0, m.isKey("baseSz") { v33 = m.value }
                    case 0xD82BD9B5D16931F2: if v34 < 0, m.isKey("curQuoteSz") { v34 = m.value }
                    case 0xB28CC28D210A8D01: if v35 < 0, m.isKey("curBaseSz") { v35 = m.value }
                    case 0xB7C4D9E67847B0A7: if v36 < 0, m.isKey("profit") { v36 = m.value }
                    case 0x5662C38A7BC7F084: if v37 < 0, m.isKey("stopResult") { v37 = m.value }
                    case 0xD66E3BEB115E11AA: if v38 < 0, m.isKey("direction") { v38 = m.value }
                    case 0x3FCB0E7EB041D7D2: if v39 < 0, m.isKey("basePos") { v39 = m.value }
                    case 0x08D94407B5794688: if v40 < 0, m.isKey("sz") { v40 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v41 < 0, m.isKey("lever") { v41 = m.value }
                    case 0x041945B86087BA39: if v42 < 0, m.isKey("actualLever") { v42 = m.value }
                    case 0xDEF76BAA3B8C7005: if v43 < 0, m.isKey("liqPx") { v43 = m.value }
                    case 0x4CA79C193E150437: if v44 < 0, m.isKey("uly") { v44 = m.value }
                    case 0x12B1332ACCDE48E5: if v45 < 0, m.isKey("instFamily") { v45 = m.value }
                    case 0xBEB9889A59DB22CA: if v46 < 0, m.isKey("ordFrozen") { v46 = m.value }
                    case 0x809D173B0ABEF57A: if v47 < 0, m.isKey("availEq") { v47 = m.value }
                    case 0x088E3B07B5394BC3: if v48 < 0, m.isKey("eq") { v48 = m.value }
                    case 0x56D7AB194448A4F3: if v49 < 0, m.isKey("tag") { v49 = m.value }
                    case 0xEB2C713D46B3AAC0: if v50 < 0, m.isKey("profitSharingRatio") { v50 = m.value }
                    case 0xA887C02351C4604C: if v51 < 0, m.isKey("copyType") { v51 = m.value }
                    case 0xC4D4BB05BCE6BAA0: if v52 < 0, m.isKey("tpRatio") { v52 = m.value }
                    case 0x0F705B68A9931739: if v53 < 0, m.isKey("slRatio") { v53 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v54 < 0, m.isKey("fee") { v54 = m.value }
                    case 0x1E2D7FE73967FEA0: if v55 < 0, m.isKey("feeCcy") { v55 = m.value }
                    case 0x436EE92425796E0A: if v56 < 0, m.isKey("fundingFee") { v56 = m.value }
                    case 0xADABDA5226275360: if v57 < 0, m.isKey("tradeQuoteCcy") { v57 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.rebateTrans = try d.directNested(v8)
                self.triggerParams = try d.directNested(v9)
                self.maxPx = try d.directDecimal(v10)
                self.minPx = try d.directDecimal(v11)
                self.gridNum = try d.directInteger(v12)
                self.runType = try d.directEnum(v13)
                self.tpTriggerPx = try d.directDecimal(v14)
                self.slTriggerPx = try d.directDecimal(v15)
                self.tradeNum = try d.directInteger(v16)
                self.arbitrageNum = try d.directInteger(v17)
                self.singleAmt = try d.directDecimal(v18)
                self.perMinProfitRate = try d.directDecimal(v19)
                self.perMaxProfitRate = try d.directDecimal(v20)
                self.runPx = try d.directDecimal(v21)
                self.totalPnl = try d.directDecimal(v22)
                self.pnlRatio = try d.directDecimal(v23)
                self.investment = try d.directDecimal(v24)
                self.gridProfit = try d.directDecimal(v25)
                self.floatProfit = try d.directDecimal(v26)
                self.totalAnnualizedRate = try d.directDecimal(v27)
                self.annualizedRate = try d.directDecimal(v28)
                self.cancelType = try d.directEnum(v29)
                self.stopType = try d.directText(v30)
                self.activeOrdNum = try d.directInteger(v31)
                self.quoteSz = try d.directDecimal(v32)
                self.baseSz = try d.directDecimal(v33)
                self.curQuoteSz = try d.directDecimal(v34)
                self.curBaseSz = try d.directDecimal(v35)
                self.profit = try d.directDecimal(v36)
                self.stopResult = try d.directEnum(v37)
                self.direction = try d.directEnum(v38)
                self.basePos = try d.directBoolean(v39)
                self.sz = try d.directDecimal(v40)
                self.lever = try d.directDecimal(v41)
                self.actualLever = try d.directDecimal(v42)
                self.liqPx = try d.directDecimal(v43)
                self.uly = try d.directText(v44)
                self.instFamily = try d.directText(v45)
                self.ordFrozen = try d.directDecimal(v46)
                self.availEq = try d.directDecimal(v47)
                self.eq = try d.directDecimal(v48)
                self.tag = try d.directText(v49)
                self.profitSharingRatio = try d.directDecimal(v50)
                self.copyType = try d.directEnum(v51)
                self.tpRatio = try d.directDecimal(v52)
                self.slRatio = try d.directDecimal(v53)
                self.fee = try d.directDecimal(v54)
                self.feeCcy = try d.directText(v55)
                self.fundingFee = try d.directDecimal(v56)
                self.tradeQuoteCcy = try d.directText(v57)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteNested(self.rebateTrans, "rebateTrans")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteDecimal(self.maxPx, "maxPx")
                try c.apiWriteDecimal(self.minPx, "minPx")
                try c.apiWriteInteger(self.gridNum, "gridNum")
                try c.apiWriteEnum(self.runType, "runType")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteInteger(self.tradeNum, "tradeNum")
                try c.apiWriteInteger(self.arbitrageNum, "arbitrageNum")
                try c.apiWriteDecimal(self.singleAmt, "singleAmt")
                try c.apiWriteDecimal(self.perMinProfitRate, "perMinProfitRate")
                try c.apiWriteDecimal(self.perMaxProfitRate, "perMaxProfitRate")
                try c.apiWriteDecimal(self.runPx, "runPx")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.investment, "investment")
                try c.apiWriteDecimal(self.gridProfit, "gridProfit")
                try c.apiWriteDecimal(self.floatProfit, "floatProfit")
                try c.apiWriteDecimal(self.totalAnnualizedRate, "totalAnnualizedRate")
                try c.apiWriteDecimal(self.annualizedRate, "annualizedRate")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteText(self.stopType, "stopType")
                try c.apiWriteInteger(self.activeOrdNum, "activeOrdNum")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteDecimal(self.curQuoteSz, "curQuoteSz")
                try c.apiWriteDecimal(self.curBaseSz, "curBaseSz")
                try c.apiWriteDecimal(self.profit, "profit")
                try c.apiWriteEnum(self.stopResult, "stopResult")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteBoolean(self.basePos, "basePos")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.actualLever, "actualLever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteDecimal(self.ordFrozen, "ordFrozen")
                try c.apiWriteDecimal(self.availEq, "availEq")
                try c.apiWriteDecimal(self.eq, "eq")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteDecimal(self.tpRatio, "tpRatio")
                try c.apiWriteDecimal(self.slRatio, "slRatio")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-details`: “Grid algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-details
    public static func gridAlgoOrderDetails(_ request: GridAlgoOrderDetails.Request) -> Endpoint<[GridAlgoOrderDetails.Response]> {
        .apiGet(GridAlgoOrderDetails.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-history`: “Grid algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-history
    public enum GridAlgoOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/orders-algo-history"
        /// The parameters of `GET /api/v5/tradingBot/grid/orders-algo-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `instId`: text.
            public var instId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String? = nil, instId: String? = nil, instType: InstType? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.instId = instId
                self.instType = instType
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("instType", instType)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/orders-algo-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable, TapeDirect {
                /// `rebate`: a decimal number (a string on the wire).
                public let rebate: Decimal?
                /// `rebateCcy`: text.
                public let rebateCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.rebate = try c.apiDecimal("rebate")
                    self.rebateCcy = try c.apiText("rebateCcy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x731C1AFA28404F82: if v0 < 0, m.isKey("rebate") { v0 = m.value }
                        case 0x9A4FEE4FAC20158B: if v1 < 0, m.isKey("rebateCcy") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.rebate = try d.directDecimal(v0)
                    self.rebateCcy = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable, TapeDirect {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public let triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public let triggerStrategy: TriggerStrategy?
                /// `delaySeconds`: an integer (a string on the wire).
                public let delaySeconds: Int?
                /// `triggerTime`: a time (epoch milliseconds on the wire).
                public let triggerTime: Date?
                /// `triggerType`: one of a documented set of values (unknown values are kept).
                public let triggerType: TriggerType?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// `thold`: an integer (a string on the wire).
                public let thold: Int?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public let triggerCond: TriggerCond?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public let timePeriod: TimePeriod?
                /// `triggerPx`: a decimal number (a string on the wire).
                public let triggerPx: Decimal?
                /// `stopType`: text.
                public let stopType: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.delaySeconds = try c.apiInteger("delaySeconds")
                    self.triggerTime = try c.apiDate("triggerTime")
                    self.triggerType = try c.apiEnum("triggerType")
                    self.timeframe = try c.apiEnum("timeframe")
                    self.thold = try c.apiInteger("thold")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timePeriod = try c.apiEnum("timePeriod")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.stopType = try c.apiText("stopType")
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
                        case 0x3B8653EC7007CA51: if v0 < 0, m.isKey("triggerAction") { v0 = m.value }
                        case 0x208971090068D2C6: if v1 < 0, m.isKey("triggerStrategy") { v1 = m.value }
                        case 0x5DC7DE964966FDC5: if v2 < 0, m.isKey("delaySeconds") { v2 = m.value }
                        case 0xB0139ECD774B95BA: if v3 < 0, m.isKey("triggerTime") { v3 = m.value }
                        case 0x267B0ACD29A49A9B: if v4 < 0, m.isKey("triggerType") { v4 = m.value }
                        case 0x1F54E1EBFDA11B61: if v5 < 0, m.isKey("timeframe") { v5 = m.value }
                        case 0x41AF27728EDEBF32: if v6 < 0, m.isKey("thold") { v6 = m.value }
                        case 0x9680090DE0443D17: if v7 < 0, m.isKey("triggerCond") { v7 = m.value }
                        case 0x064D2714D15607FD: if v8 < 0, m.isKey("timePeriod") { v8 = m.value }
                        case 0x47803AB73B0014C3: if v9 < 0, m.isKey("triggerPx") { v9 = m.value }
                        case 0x6165A5E96F1F81ED: if v10 < 0, m.isKey("stopType") { v10 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.delaySeconds = try d.directInteger(v2)
                    self.triggerTime = try d.directDate(v3)
                    self.triggerType = try d.directEnum(v4)
                    self.timeframe = try d.directEnum(v5)
                    self.thold = try d.directInteger(v6)
                    self.triggerCond = try d.directEnum(v7)
                    self.timePeriod = try d.directEnum(v8)
                    self.triggerPx = try d.directDecimal(v9)
                    self.stopType = try d.directText(v10)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteInteger(self.delaySeconds, "delaySeconds")
                    try c.apiWriteDate(self.triggerTime, "triggerTime")
                    try c.apiWriteEnum(self.triggerType, "triggerType")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                    try c.apiWriteInteger(self.thold, "thold")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteEnum(self.timePeriod, "timePeriod")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteText(self.stopType, "stopType")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `rebateTrans`: a list of nested objects.
            public let rebateTrans: [RebateTrans]?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `maxPx`: a decimal number (a string on the wire).
            public let maxPx: Decimal?
            /// `minPx`: a decimal number (a string on the wire).
            public let minPx: Decimal?
            /// `gridNum`: an integer (a string on the wire).
            public let gridNum: Int?
            /// `runType`: one of a documented set of values (unknown values are kept).
            public let runType: RunType?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `arbitrageNum`: an integer (a string on the wire).
            public let arbitrageNum: Int?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `investment`: a decimal number (a string on the wire).
            public let investment: Decimal?
            /// `gridProfit`: a decimal number (a string on the wire).
            public let gridProfit: Decimal?
            /// `floatProfit`: a decimal number (a string on the wire).
            public let floatProfit: Decimal?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `stopType`: text.
            public let stopType: String?
            /// `quoteSz`: a decimal number (a string on the wire).
            public let quoteSz: Decimal?
            /// `baseSz`: a decimal number (a string on the wire).
            public let baseSz: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `basePos`: a boolean.
            public let basePos: Bool?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `actualLever`: a decimal number (a string on the wire).
            public let actualLever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `uly`: text.
            public let uly: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `ordFrozen`: a decimal number (a string on the wire).
            public let ordFrozen: Decimal?
            /// `availEq`: a decimal number (a string on the wire).
            public let availEq: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `stopResult`: one of a documented set of values (unknown values are kept).
            public let stopResult: StopResult?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.rebateTrans = try c.apiNested("rebateTrans")
                self.triggerParams = try c.apiNested("triggerParams")
                self.maxPx = try c.apiDecimal("maxPx")
                self.minPx = try c.apiDecimal("minPx")
                self.gridNum = try c.apiInteger("gridNum")
                self.runType = try c.apiEnum("runType")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.arbitrageNum = try c.apiInteger("arbitrageNum")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.investment = try c.apiDecimal("investment")
                self.gridProfit = try c.apiDecimal("gridProfit")
                self.floatProfit = try c.apiDecimal("floatProfit")
                self.cancelType = try c.apiEnum("cancelType")
                self.stopType = try c.apiText("stopType")
                self.quoteSz = try c.apiDecimal("quoteSz")
                self.baseSz = try c.apiDecimal("baseSz")
                self.direction = try c.apiEnum("direction")
                self.basePos = try c.apiBoolean("basePos")
                self.sz = try c.apiDecimal("sz")
                self.lever = try c.apiDecimal("lever")
                self.actualLever = try c.apiDecimal("actualLever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.uly = try c.apiText("uly")
                self.instFamily = try c.apiText("instFamily")
                self.ordFrozen = try c.apiDecimal("ordFrozen")
                self.availEq = try c.apiDecimal("availEq")
                self.tag = try c.apiText("tag")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.copyType = try c.apiEnum("copyType")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.stopResult = try c.apiEnum("stopResult")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x13B1FED5FD900F6C: if v8 < 0, m.isKey("rebateTrans") { v8 = m.value }
                    case 0x4362B11D03E77729: if v9 < 0, m.isKey("triggerParams") { v9 = m.value }
                    case 0x5B27E9A4C2DF3109: if v10 < 0, m.isKey("maxPx") { v10 = m.value }
                    case 0x81D4AF62B800CDA7: if v11 < 0, m.isKey("minPx") { v11 = m.value }
                    case 0xD76E4ECCCB2ECDBF: if v12 < 0, m.isKey("gridNum") { v12 = m.value }
                    case 0xC1B17D80333B104A: if v13 < 0, m.isKey("runType") { v13 = m.value }
                    case 0xC25672DCA183922F: if v14 < 0, m.isKey("tpTriggerPx") { v14 = m.value }
                    case 0x54DE5C06C1B6E122: if v15 < 0, m.isKey("slTriggerPx") { v15 = m.value }
                    case 0x108E012496AB5DCC: if v16 < 0, m.isKey("arbitrageNum") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x560005AD7CCA38DC: if v18 < 0, m.isKey("pnlRatio") { v18 = m.value }
                    case 0x078E70CCA67263AC: if v19 < 0, m.isKey("investment") { v19 = m.value }
                    case 0x2751F088E24DCA9B: if v20 < 0, m.isKey("gridProfit") { v20 = m.value }
                    case 0x98D5577C8A14EFC7: if v21 < 0, m.isKey("floatProfit") { v21 = m.value }
                    case 0x95253C56EA456383: if v22 < 0, m.isKey("cancelType") { v22 = m.value }
                    case 0x6165A5E96F1F81ED: if v23 < 0, m.isKey("stopType") { v23 = m.value }
                    case 0xE4E58518934513A2: if v24 < 0, m.isKey("quoteSz") { v24 = m.value }
                    case 0x4922FAA0F415D2D1: if v25 < 0, m.isKey("baseSz") { v25 = m.value }
                    case 0xD66E3BEB115E11AA: if v26 < 0, m.isKey("direction") { v26 = m.value }
                    case 0x3FCB0E7EB041D7D2: if v27 < 0, m.isKey("basePos") { v27 = m.value }
                    case 0x08D94407B5794688: if v28 < 0, m.isKey("sz") { v28 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v29 < 0, m.isKey("lever") { v29 = m.value }
                    case 0x041945B86087BA39: if v30 < 0, m.isKey("actualLever") { v30 = m.value }
                    case 0xDEF76BAA3B8C7005: if v31 < 0, m.isKey("liqPx") { v31 = m.value }
                    case 0x4CA79C193E150437: if v32 < 0, m.isKey("uly") { v32 = m.value }
                    case 0x12B1332ACCDE48E5: if v33 < 0, m.isKey("instFamily") { v33 = m.value }
                    case 0xBEB9889A59DB22CA: if v34 < 0, m.isKey("ordFrozen") { v34 = m.value }
                    case 0x809D173B0ABEF57A: if v35 < 0, m.isKey("availEq") { v35 = m.value }
                    case 0x56D7AB194448A4F3: if v36 < 0, m.isKey("tag") { v36 = m.value }
                    case 0xEB2C713D46B3AAC0: if v37 < 0, m.isKey("profitSharingRatio") { v37 = m.value }
                    case 0xA887C02351C4604C: if v38 < 0, m.isKey("copyType") { v38 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v39 < 0, m.isKey("fee") { v39 = m.value }
                    case 0x1E2D7FE73967FEA0: if v40 < 0, m.isKey("feeCcy") { v40 = m.value }
                    case 0x436EE92425796E0A: if v41 < 0, m.isKey("fundingFee") { v41 = m.value }
                    case 0x5662C38A7BC7F084: if v42 < 0, m.isKey("stopResult") { v42 = m.value }
                    case 0xADABDA5226275360: if v43 < 0, m.isKey("tradeQuoteCcy") { v43 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.rebateTrans = try d.directNested(v8)
                self.triggerParams = try d.directNested(v9)
                self.maxPx = try d.directDecimal(v10)
                self.minPx = try d.directDecimal(v11)
                self.gridNum = try d.directInteger(v12)
                self.runType = try d.directEnum(v13)
                self.tpTriggerPx = try d.directDecimal(v14)
                self.slTriggerPx = try d.directDecimal(v15)
                self.arbitrageNum = try d.directInteger(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.pnlRatio = try d.directDecimal(v18)
                self.investment = try d.directDecimal(v19)
                self.gridProfit = try d.directDecimal(v20)
                self.floatProfit = try d.directDecimal(v21)
                self.cancelType = try d.directEnum(v22)
                self.stopType = try d.directText(v23)
                self.quoteSz = try d.directDecimal(v24)
                self.baseSz = try d.directDecimal(v25)
                self.direction = try d.directEnum(v26)
                self.basePos = try d.directBoolean(v27)
                self.sz = try d.directDecimal(v28)
                self.lever = try d.directDecimal(v29)
                self.actualLever = try d.directDecimal(v30)
                self.liqPx = try d.directDecimal(v31)
                self.uly = try d.directText(v32)
                self.instFamily = try d.directText(v33)
                self.ordFrozen = try d.directDecimal(v34)
                self.availEq = try d.directDecimal(v35)
                self.tag = try d.directText(v36)
                self.profitSharingRatio = try d.directDecimal(v37)
                self.copyType = try d.directEnum(v38)
                self.fee = try d.directDecimal(v39)
                self.feeCcy = try d.directText(v40)
                self.fundingFee = try d.directDecimal(v41)
                self.stopResult = try d.directEnum(v42)
                self.tradeQuoteCcy = try d.directText(v43)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteNested(self.rebateTrans, "rebateTrans")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteDecimal(self.maxPx, "maxPx")
                try c.apiWriteDecimal(self.minPx, "minPx")
                try c.apiWriteInteger(self.gridNum, "gridNum")
                try c.apiWriteEnum(self.runType, "runType")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteInteger(self.arbitrageNum, "arbitrageNum")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.investment, "investment")
                try c.apiWriteDecimal(self.gridProfit, "gridProfit")
                try c.apiWriteDecimal(self.floatProfit, "floatProfit")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteText(self.stopType, "stopType")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteBoolean(self.basePos, "basePos")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.actualLever, "actualLever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteDecimal(self.ordFrozen, "ordFrozen")
                try c.apiWriteDecimal(self.availEq, "availEq")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteEnum(self.stopResult, "stopResult")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-history`: “Grid algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-history
    public static func gridAlgoOrderHistory(_ request: GridAlgoOrderHistory.Request) -> Endpoint<[GridAlgoOrderHistory.Response]> {
        .apiGet(GridAlgoOrderHistory.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-pending`: “Grid algo order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-list
    public enum GridAlgoOrderList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/orders-algo-pending"
        /// The parameters of `GET /api/v5/tradingBot/grid/orders-algo-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `instId`: text.
            public var instId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String? = nil, instId: String? = nil, instType: InstType? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.instId = instId
                self.instType = instType
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("instType", instType)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/orders-algo-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable, TapeDirect {
                /// `rebate`: a decimal number (a string on the wire).
                public let rebate: Decimal?
                /// `rebateCcy`: text.
                public let rebateCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.rebate = try c.apiDecimal("rebate")
                    self.rebateCcy = try c.apiText("rebateCcy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x731C1AFA28404F82: if v0 < 0, m.isKey("rebate") { v0 = m.value }
                        case 0x9A4FEE4FAC20158B: if v1 < 0, m.isKey("rebateCcy") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.rebate = try d.directDecimal(v0)
                    self.rebateCcy = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable, TapeDirect {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public let triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public let triggerStrategy: TriggerStrategy?
                /// `delaySeconds`: an integer (a string on the wire).
                public let delaySeconds: Int?
                /// `triggerTime`: a time (epoch milliseconds on the wire).
                public let triggerTime: Date?
                /// `triggerType`: one of a documented set of values (unknown values are kept).
                public let triggerType: TriggerType?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// `thold`: an integer (a string on the wire).
                public let thold: Int?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public let triggerCond: TriggerCond?
                /// `timePeriod`: one of a documented set of values (unknown values are kept).
                public let timePeriod: TimePeriod?
                /// `triggerPx`: a decimal number (a string on the wire).
                public let triggerPx: Decimal?
                /// `stopType`: text.
                public let stopType: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.delaySeconds = try c.apiInteger("delaySeconds")
                    self.triggerTime = try c.apiDate("triggerTime")
                    self.triggerType = try c.apiEnum("triggerType")
                    self.timeframe = try c.apiEnum("timeframe")
                    self.thold = try c.apiInteger("thold")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timePeriod = try c.apiEnum("timePeriod")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.stopType = try c.apiText("stopType")
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
                        case 0x3B8653EC7007CA51: if v0 < 0, m.isKey("triggerAction") { v0 = m.value }
                        case 0x208971090068D2C6: if v1 < 0, m.isKey("triggerStrategy") { v1 = m.value }
                        case 0x5DC7DE964966FDC5: if v2 < 0, m.isKey("delaySeconds") { v2 = m.value }
                        case 0xB0139ECD774B95BA: if v3 < 0, m.isKey("triggerTime") { v3 = m.value }
                        case 0x267B0ACD29A49A9B: if v4 < 0, m.isKey("triggerType") { v4 = m.value }
                        case 0x1F54E1EBFDA11B61: if v5 < 0, m.isKey("timeframe") { v5 = m.value }
                        case 0x41AF27728EDEBF32: if v6 < 0, m.isKey("thold") { v6 = m.value }
                        case 0x9680090DE0443D17: if v7 < 0, m.isKey("triggerCond") { v7 = m.value }
                        case 0x064D2714D15607FD: if v8 < 0, m.isKey("timePeriod") { v8 = m.value }
                        case 0x47803AB73B0014C3: if v9 < 0, m.isKey("triggerPx") { v9 = m.value }
                        case 0x6165A5E96F1F81ED: if v10 < 0, m.isKey("stopType") { v10 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.delaySeconds = try d.directInteger(v2)
                    self.triggerTime = try d.directDate(v3)
                    self.triggerType = try d.directEnum(v4)
                    self.timeframe = try d.directEnum(v5)
                    self.thold = try d.directInteger(v6)
                    self.triggerCond = try d.directEnum(v7)
                    self.timePeriod = try d.directEnum(v8)
                    self.triggerPx = try d.directDecimal(v9)
                    self.stopType = try d.directText(v10)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteInteger(self.delaySeconds, "delaySeconds")
                    try c.apiWriteDate(self.triggerTime, "triggerTime")
                    try c.apiWriteEnum(self.triggerType, "triggerType")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                    try c.apiWriteInteger(self.thold, "thold")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteEnum(self.timePeriod, "timePeriod")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteText(self.stopType, "stopType")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `rebateTrans`: a list of nested objects.
            public let rebateTrans: [RebateTrans]?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `maxPx`: a decimal number (a string on the wire).
            public let maxPx: Decimal?
            /// `minPx`: a decimal number (a string on the wire).
            public let minPx: Decimal?
            /// `gridNum`: an integer (a string on the wire).
            public let gridNum: Int?
            /// `runType`: one of a documented set of values (unknown values are kept).
            public let runType: RunType?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `arbitrageNum`: an integer (a string on the wire).
            public let arbitrageNum: Int?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `investment`: a decimal number (a string on the wire).
            public let investment: Decimal?
            /// `gridProfit`: a decimal number (a string on the wire).
            public let gridProfit: Decimal?
            /// `floatProfit`: a decimal number (a string on the wire).
            public let floatProfit: Decimal?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `stopType`: text.
            public let stopType: String?
            /// `quoteSz`: a decimal number (a string on the wire).
            public let quoteSz: Decimal?
            /// `baseSz`: a decimal number (a string on the wire).
            public let baseSz: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `basePos`: a boolean.
            public let basePos: Bool?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `actualLever`: a decimal number (a string on the wire).
            public let actualLever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `uly`: text.
            public let uly: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `ordFrozen`: a decimal number (a string on the wire).
            public let ordFrozen: Decimal?
            /// `availEq`: a decimal number (a string on the wire).
            public let availEq: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.rebateTrans = try c.apiNested("rebateTrans")
                self.triggerParams = try c.apiNested("triggerParams")
                self.maxPx = try c.apiDecimal("maxPx")
                self.minPx = try c.apiDecimal("minPx")
                self.gridNum = try c.apiInteger("gridNum")
                self.runType = try c.apiEnum("runType")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.arbitrageNum = try c.apiInteger("arbitrageNum")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.investment = try c.apiDecimal("investment")
                self.gridProfit = try c.apiDecimal("gridProfit")
                self.floatProfit = try c.apiDecimal("floatProfit")
                self.cancelType = try c.apiEnum("cancelType")
                self.stopType = try c.apiText("stopType")
                self.quoteSz = try c.apiDecimal("quoteSz")
                self.baseSz = try c.apiDecimal("baseSz")
                self.direction = try c.apiEnum("direction")
                self.basePos = try c.apiBoolean("basePos")
                self.sz = try c.apiDecimal("sz")
                self.lever = try c.apiDecimal("lever")
                self.actualLever = try c.apiDecimal("actualLever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.uly = try c.apiText("uly")
                self.instFamily = try c.apiText("instFamily")
                self.ordFrozen = try c.apiDecimal("ordFrozen")
                self.availEq = try c.apiDecimal("availEq")
                self.tag = try c.apiText("tag")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.copyType = try c.apiEnum("copyType")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.fundingFee = try c.apiDecimal("fundingFee")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x13B1FED5FD900F6C: if v8 < 0, m.isKey("rebateTrans") { v8 = m.value }
                    case 0x4362B11D03E77729: if v9 < 0, m.isKey("triggerParams") { v9 = m.value }
                    case 0x5B27E9A4C2DF3109: if v10 < 0, m.isKey("maxPx") { v10 = m.value }
                    case 0x81D4AF62B800CDA7: if v11 < 0, m.isKey("minPx") { v11 = m.value }
                    case 0xD76E4ECCCB2ECDBF: if v12 < 0, m.isKey("gridNum") { v12 = m.value }
                    case 0xC1B17D80333B104A: if v13 < 0, m.isKey("runType") { v13 = m.value }
                    case 0xC25672DCA183922F: if v14 < 0, m.isKey("tpTriggerPx") { v14 = m.value }
                    case 0x54DE5C06C1B6E122: if v15 < 0, m.isKey("slTriggerPx") { v15 = m.value }
                    case 0x108E012496AB5DCC: if v16 < 0, m.isKey("arbitrageNum") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x560005AD7CCA38DC: if v18 < 0, m.isKey("pnlRatio") { v18 = m.value }
                    case 0x078E70CCA67263AC: if v19 < 0, m.isKey("investment") { v19 = m.value }
                    case 0x2751F088E24DCA9B: if v20 < 0, m.isKey("gridProfit") { v20 = m.value }
                    case 0x98D5577C8A14EFC7: if v21 < 0, m.isKey("floatProfit") { v21 = m.value }
                    case 0x95253C56EA456383: if v22 < 0, m.isKey("cancelType") { v22 = m.value }
                    case 0x6165A5E96F1F81ED: if v23 < 0, m.isKey("stopType") { v23 = m.value }
                    case 0xE4E58518934513A2: if v24 < 0, m.isKey("quoteSz") { v24 = m.value }
                    case 0x4922FAA0F415D2D1: if v25 < 0, m.isKey("baseSz") { v25 = m.value }
                    case 0xD66E3BEB115E11AA: if v26 < 0, m.isKey("direction") { v26 = m.value }
                    case 0x3FCB0E7EB041D7D2: if v27 < 0, m.isKey("basePos") { v27 = m.value }
                    case 0x08D94407B5794688: if v28 < 0, m.isKey("sz") { v28 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v29 < 0, m.isKey("lever") { v29 = m.value }
                    case 0x041945B86087BA39: if v30 < 0, m.isKey("actualLever") { v30 = m.value }
                    case 0xDEF76BAA3B8C7005: if v31 < 0, m.isKey("liqPx") { v31 = m.value }
                    case 0x4CA79C193E150437: if v32 < 0, m.isKey("uly") { v32 = m.value }
                    case 0x12B1332ACCDE48E5: if v33 < 0, m.isKey("instFamily") { v33 = m.value }
                    case 0xBEB9889A59DB22CA: if v34 < 0, m.isKey("ordFrozen") { v34 = m.value }
                    case 0x809D173B0ABEF57A: if v35 < 0, m.isKey("availEq") { v35 = m.value }
                    case 0x56D7AB194448A4F3: if v36 < 0, m.isKey("tag") { v36 = m.value }
                    case 0xEB2C713D46B3AAC0: if v37 < 0, m.isKey("profitSharingRatio") { v37 = m.value }
                    case 0xA887C02351C4604C: if v38 < 0, m.isKey("copyType") { v38 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v39 < 0, m.isKey("fee") { v39 = m.value }
                    case 0x1E2D7FE73967FEA0: if v40 < 0, m.isKey("feeCcy") { v40 = m.value }
                    case 0x436EE92425796E0A: if v41 < 0, m.isKey("fundingFee") { v41 = m.value }
                    case 0xADABDA5226275360: if v42 < 0, m.isKey("tradeQuoteCcy") { v42 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.rebateTrans = try d.directNested(v8)
                self.triggerParams = try d.directNested(v9)
                self.maxPx = try d.directDecimal(v10)
                self.minPx = try d.directDecimal(v11)
                self.gridNum = try d.directInteger(v12)
                self.runType = try d.directEnum(v13)
                self.tpTriggerPx = try d.directDecimal(v14)
                self.slTriggerPx = try d.directDecimal(v15)
                self.arbitrageNum = try d.directInteger(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.pnlRatio = try d.directDecimal(v18)
                self.investment = try d.directDecimal(v19)
                self.gridProfit = try d.directDecimal(v20)
                self.floatProfit = try d.directDecimal(v21)
                self.cancelType = try d.directEnum(v22)
                self.stopType = try d.directText(v23)
                self.quoteSz = try d.directDecimal(v24)
                self.baseSz = try d.directDecimal(v25)
                self.direction = try d.directEnum(v26)
                self.basePos = try d.directBoolean(v27)
                self.sz = try d.directDecimal(v28)
                self.lever = try d.directDecimal(v29)
                self.actualLever = try d.directDecimal(v30)
                self.liqPx = try d.directDecimal(v31)
                self.uly = try d.directText(v32)
                self.instFamily = try d.directText(v33)
                self.ordFrozen = try d.directDecimal(v34)
                self.availEq = try d.directDecimal(v35)
                self.tag = try d.directText(v36)
                self.profitSharingRatio = try d.directDecimal(v37)
                self.copyType = try d.directEnum(v38)
                self.fee = try d.directDecimal(v39)
                self.feeCcy = try d.directText(v40)
                self.fundingFee = try d.directDecimal(v41)
                self.tradeQuoteCcy = try d.directText(v42)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteNested(self.rebateTrans, "rebateTrans")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteDecimal(self.maxPx, "maxPx")
                try c.apiWriteDecimal(self.minPx, "minPx")
                try c.apiWriteInteger(self.gridNum, "gridNum")
                try c.apiWriteEnum(self.runType, "runType")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteInteger(self.arbitrageNum, "arbitrageNum")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.investment, "investment")
                try c.apiWriteDecimal(self.gridProfit, "gridProfit")
                try c.apiWriteDecimal(self.floatProfit, "floatProfit")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteText(self.stopType, "stopType")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteBoolean(self.basePos, "basePos")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.actualLever, "actualLever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteDecimal(self.ordFrozen, "ordFrozen")
                try c.apiWriteDecimal(self.availEq, "availEq")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/orders-algo-pending`: “Grid algo order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-list
    public static func gridAlgoOrderList(_ request: GridAlgoOrderList.Request) -> Endpoint<[GridAlgoOrderList.Response]> {
        .apiGet(GridAlgoOrderList.path, request)
    }

    /// `GET /api/v5/tradingBot/grid/positions`: “Grid algo order positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-positions
    public enum GridAlgoOrderPositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/positions"
        /// The parameters of `GET /api/v5/tradingBot/grid/positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-positions
        public struct Request: APIRequestFields {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/positions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pos`: a decimal number (a string on the wire).
            public let pos: Decimal?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `uplRatio`: a decimal number (a string on the wire).
            public let uplRatio: Decimal?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `adl`: an integer (a string on the wire).
            public let adl: Int?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.ccy = try c.apiText("ccy")
                self.lever = try c.apiDecimal("lever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.posSide = try c.apiEnum("posSide")
                self.pos = try c.apiDecimal("pos")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.imr = try c.apiDecimal("imr")
                self.mmr = try c.apiDecimal("mmr")
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.last = try c.apiDecimal("last")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.adl = try c.apiInteger("adl")
                self.markPx = try c.apiDecimal("markPx")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0xEC314E92A840CB9B: if v6 < 0, m.isKey("avgPx") { v6 = m.value }
                    case 0xF5DBFE190CDE752E: if v7 < 0, m.isKey("ccy") { v7 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v8 < 0, m.isKey("lever") { v8 = m.value }
                    case 0xDEF76BAA3B8C7005: if v9 < 0, m.isKey("liqPx") { v9 = m.value }
                    case 0x297B967F0EEA27C2: if v10 < 0, m.isKey("posSide") { v10 = m.value }
                    case 0x779B5B19564F3469: if v11 < 0, m.isKey("pos") { v11 = m.value }
                    case 0xF908AB384ABF99B6: if v12 < 0, m.isKey("mgnMode") { v12 = m.value }
                    case 0x6B9EDB438FE542B0: if v13 < 0, m.isKey("mgnRatio") { v13 = m.value }
                    case 0x2B9CFB192BD28B9B: if v14 < 0, m.isKey("imr") { v14 = m.value }
                    case 0x08025F191762AD67: if v15 < 0, m.isKey("mmr") { v15 = m.value }
                    case 0x4C4887193DC44C04: if v16 < 0, m.isKey("upl") { v16 = m.value }
                    case 0xC948915DFB1B05AF: if v17 < 0, m.isKey("uplRatio") { v17 = m.value }
                    case 0x0456D2AD905847D9: if v18 < 0, m.isKey("last") { v18 = m.value }
                    case 0xFCADCCCEB1F0F653: if v19 < 0, m.isKey("notionalUsd") { v19 = m.value }
                    case 0xE70BBB190530D8BC: if v20 < 0, m.isKey("adl") { v20 = m.value }
                    case 0xED95A32B150C49D8: if v21 < 0, m.isKey("markPx") { v21 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.avgPx = try d.directDecimal(v6)
                self.ccy = try d.directText(v7)
                self.lever = try d.directDecimal(v8)
                self.liqPx = try d.directDecimal(v9)
                self.posSide = try d.directEnum(v10)
                self.pos = try d.directDecimal(v11)
                self.mgnMode = try d.directEnum(v12)
                self.mgnRatio = try d.directDecimal(v13)
                self.imr = try d.directDecimal(v14)
                self.mmr = try d.directDecimal(v15)
                self.upl = try d.directDecimal(v16)
                self.uplRatio = try d.directDecimal(v17)
                self.last = try d.directDecimal(v18)
                self.notionalUsd = try d.directDecimal(v19)
                self.adl = try d.directInteger(v20)
                self.markPx = try d.directDecimal(v21)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pos, "pos")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteInteger(self.adl, "adl")
                try c.apiWriteDecimal(self.markPx, "markPx")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/positions`: “Grid algo order positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-order-positions
    public static func gridAlgoOrderPositions(_ request: GridAlgoOrderPositions.Request) -> Endpoint<[GridAlgoOrderPositions.Response]> {
        .apiGet(GridAlgoOrderPositions.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/stop-order-algo`: “Stop grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-stop-grid-algo-order
    public enum StopGridAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/stop-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/grid/stop-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-stop-grid-algo-order
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `instId`: text; required.
            public var instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `stopType`: text; required.
            public var stopType: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instId: String, algoOrdType: AlgoOrdType, stopType: String) {
                self.algoId = algoId
                self.instId = instId
                self.algoOrdType = algoOrdType
                self.stopType = stopType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("algoOrdType", algoOrdType)
                p.add("stopType", stopType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/stop-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-stop-grid-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/stop-order-algo`: “Stop grid algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-stop-grid-algo-order
    public static func stopGridAlgoOrder(_ requests: [StopGridAlgoOrder.Request]) -> Endpoint<[StopGridAlgoOrder.Response]> {
        .apiPost(StopGridAlgoOrder.path, requests)
    }

    /// `GET /api/v5/tradingBot/grid/sub-orders`: “Grid algo sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-sub-orders
    public enum GridAlgoSubOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/sub-orders"
        /// The parameters of `GET /api/v5/tradingBot/grid/sub-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-sub-orders
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `groupId`: text.
            public var groupId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String, type: TypeValue, groupId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.type = type
                self.groupId = groupId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("type", type)
                p.add("groupId", groupId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/grid/sub-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-sub-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `groupId`: text.
            public let groupId: String?
            /// `ordId`: text.
            public let ordId: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.groupId = try c.apiText("groupId")
                self.ordId = try c.apiText("ordId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.tdMode = try c.apiEnum("tdMode")
                self.ccy = try c.apiText("ccy")
                self.ordType = try c.apiEnum("ordType")
                self.sz = try c.apiDecimal("sz")
                self.state = try c.apiEnum("state")
                self.side = try c.apiEnum("side")
                self.px = try c.apiDecimal("px")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.avgPx = try c.apiDecimal("avgPx")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.posSide = try c.apiEnum("posSide")
                self.pnl = try c.apiDecimal("pnl")
                self.ctVal = try c.apiDecimal("ctVal")
                self.lever = try c.apiDecimal("lever")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x1ABBF023793356AD: if v4 < 0, m.isKey("algoOrdType") { v4 = m.value }
                    case 0x01944C770862DE21: if v5 < 0, m.isKey("groupId") { v5 = m.value }
                    case 0x6B86FB72815776DD: if v6 < 0, m.isKey("ordId") { v6 = m.value }
                    case 0x97CBF7DBB8D1A953: if v7 < 0, m.isKey("cTime") { v7 = m.value }
                    case 0x607ED783146D4C29: if v8 < 0, m.isKey("uTime") { v8 = m.value }
                    case 0x74FC9DE3D6168692: if v9 < 0, m.isKey("tdMode") { v9 = m.value }
                    case 0xF5DBFE190CDE752E: if v10 < 0, m.isKey("ccy") { v10 = m.value }
                    case 0xE876851027B58648: if v11 < 0, m.isKey("ordType") { v11 = m.value }
                    case 0x08D94407B5794688: if v12 < 0, m.isKey("sz") { v12 = m.value }
                    case 0xEE63AAAD45B1B116: if v13 < 0, m.isKey("state") { v13 = m.value }
                    case 0x4E0C8A18E635803E: if v14 < 0, m.isKey("side") { v14 = m.value }
                    case 0x08D55007B5757215: if v15 < 0, m.isKey("px") { v15 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v16 < 0, m.isKey("fee") { v16 = m.value }
                    case 0x1E2D7FE73967FEA0: if v17 < 0, m.isKey("feeCcy") { v17 = m.value }
                    case 0x731C1AFA28404F82: if v18 < 0, m.isKey("rebate") { v18 = m.value }
                    case 0x9A4FEE4FAC20158B: if v19 < 0, m.isKey("rebateCcy") { v19 = m.value }
                    case 0xEC314E92A840CB9B: if v20 < 0, m.isKey("avgPx") { v20 = m.value }
                    case 0xE12619F1F82DFC32: if v21 < 0, m.isKey("accFillSz") { v21 = m.value }
                    case 0x297B967F0EEA27C2: if v22 < 0, m.isKey("posSide") { v22 = m.value }
                    case 0x779E7A1956519EED: if v23 < 0, m.isKey("pnl") { v23 = m.value }
                    case 0xB95E94CFE1FB2E01: if v24 < 0, m.isKey("ctVal") { v24 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v25 < 0, m.isKey("lever") { v25 = m.value }
                    case 0x56D7AB194448A4F3: if v26 < 0, m.isKey("tag") { v26 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.algoOrdType = try d.directEnum(v4)
                self.groupId = try d.directText(v5)
                self.ordId = try d.directText(v6)
                self.cTime = try d.directDate(v7)
                self.uTime = try d.directDate(v8)
                self.tdMode = try d.directEnum(v9)
                self.ccy = try d.directText(v10)
                self.ordType = try d.directEnum(v11)
                self.sz = try d.directDecimal(v12)
                self.state = try d.directEnum(v13)
                self.side = try d.directEnum(v14)
                self.px = try d.directDecimal(v15)
                self.fee = try d.directDecimal(v16)
                self.feeCcy = try d.directText(v17)
                self.rebate = try d.directDecimal(v18)
                self.rebateCcy = try d.directText(v19)
                self.avgPx = try d.directDecimal(v20)
                self.accFillSz = try d.directDecimal(v21)
                self.posSide = try d.directEnum(v22)
                self.pnl = try d.directDecimal(v23)
                self.ctVal = try d.directDecimal(v24)
                self.lever = try d.directDecimal(v25)
                self.tag = try d.directText(v26)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `GET /api/v5/tradingBot/grid/sub-orders`: “Grid algo sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-grid-algo-sub-orders
    public static func gridAlgoSubOrders(_ request: GridAlgoSubOrders.Request) -> Endpoint<[GridAlgoSubOrders.Response]> {
        .apiGet(GridAlgoSubOrders.path, request)
    }

    /// `POST /api/v5/tradingBot/grid/withdraw-income`: “Spot grid withdraw income”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-spot-grid-withdraw-income
    public enum SpotGridWithdrawIncome {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/grid/withdraw-income"
        /// The parameters of `POST /api/v5/tradingBot/grid/withdraw-income`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-spot-grid-withdraw-income
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String) {
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/grid/withdraw-income`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-spot-grid-withdraw-income
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `profit`: a decimal number (a string on the wire).
            public let profit: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.profit = try c.apiDecimal("profit")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xB7C4D9E67847B0A7: if v2 < 0, m.isKey("profit") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.profit = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteDecimal(self.profit, "profit")
            }
        }
    }

    /// `POST /api/v5/tradingBot/grid/withdraw-income`: “Spot grid withdraw income”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-post-spot-grid-withdraw-income
    public static func spotGridWithdrawIncome(_ request: SpotGridWithdrawIncome.Request) -> Endpoint<[SpotGridWithdrawIncome.Response]> {
        .apiPost(SpotGridWithdrawIncome.path, request)
    }

    /// `GET /api/v5/tradingBot/public/rsi-back-testing`: “RSI back testing (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-rsi-back-testing-public
    public enum RSIBackTesting {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/public/rsi-back-testing"
        /// The parameters of `GET /api/v5/tradingBot/public/rsi-back-testing`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-rsi-back-testing-public
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `timeframe`: one of a documented set of values (unknown values are kept); required.
            public var timeframe: Timeframe
            /// `thold`: an integer (a string on the wire); required.
            public var thold: Int
            /// `timePeriod`: one of a documented set of values (unknown values are kept); required.
            public var timePeriod: TimePeriod
            /// `triggerCond`: one of a documented set of values (unknown values are kept).
            public var triggerCond: TriggerCond?
            /// `duration`: one of a documented set of values (unknown values are kept).
            public var duration: Duration?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, timeframe: Timeframe, thold: Int, timePeriod: TimePeriod, triggerCond: TriggerCond? = nil, duration: Duration? = nil) {
                self.instId = instId
                self.timeframe = timeframe
                self.thold = thold
                self.timePeriod = timePeriod
                self.triggerCond = triggerCond
                self.duration = duration
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("timeframe", timeframe)
                p.add("thold", thold)
                p.add("timePeriod", timePeriod)
                p.add("triggerCond", triggerCond)
                p.add("duration", duration)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/public/rsi-back-testing`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-rsi-back-testing-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `triggerNum`: an integer (a string on the wire).
            public let triggerNum: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.triggerNum = try c.apiInteger("triggerNum")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4C507D5924D1D3D1: if v0 < 0, m.isKey("triggerNum") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.triggerNum = try d.directInteger(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.triggerNum, "triggerNum")
            }
        }
    }

    /// `GET /api/v5/tradingBot/public/rsi-back-testing`: “RSI back testing (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-get-rsi-back-testing-public
    public static func rsiBackTesting(_ request: RSIBackTesting.Request) -> Endpoint<[RSIBackTesting.Response]> {
        .apiGet(RSIBackTesting.path, request)
    }

    /// The values of `algoOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AlgoOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `grid`.
        public static let grid: Self = "grid"
        /// `contract_grid`.
        public static let contractGrid: Self = "contract_grid"
    }

    /// The values of `direction` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Direction: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long`.
        public static let long: Self = "long"
        /// `short`.
        public static let short: Self = "short"
        /// `neutral`.
        public static let neutral: Self = "neutral"
    }

    /// The values of `duration` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Duration: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `7D`.
        public static let v7d: Self = "7D"
        /// `30D`.
        public static let v30d: Self = "30D"
        /// `180D`.
        public static let v180d: Self = "180D"
        /// `1M`.
        public static let v1m: Self = "1M"
    }

    /// The values of `runType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RunType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `triggerAction` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerAction: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `start`.
        public static let start: Self = "start"
        /// `stop`.
        public static let stop: Self = "stop"
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

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `add`.
        public static let add: Self = "add"
        /// `reduce`.
        public static let reduce: Self = "reduce"
        /// `live`.
        public static let live: Self = "live"
        /// `filled`.
        public static let filled: Self = "filled"
    }

    /// The values of `investmentType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InvestmentType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `quote`.
        public static let quote: Self = "quote"
        /// `base`.
        public static let base: Self = "base"
        /// `dual`.
        public static let dual: Self = "dual"
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

    /// The values of `timePeriod` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TimePeriod: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `14`.
        public static let v14: Self = "14"
    }

    /// The values of `triggerType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TriggerType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `manual`.
        public static let manual: Self = "manual"
        /// `auto`.
        public static let auto: Self = "auto"
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
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `starting`.
        public static let starting: Self = "starting"
        /// `running`.
        public static let running: Self = "running"
        /// `stopping`.
        public static let stopping: Self = "stopping"
        /// `no_close_position`.
        public static let noClosePosition: Self = "no_close_position"
        /// `stopped`.
        public static let stopped: Self = "stopped"
        /// `pending_signal`.
        public static let pendingSignal: Self = "pending_signal"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `cancelling`.
        public static let cancelling: Self = "cancelling"
    }

    /// The values of `cancelType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CancelType: OKXStringValue {
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
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
    }

    /// The values of `stopResult` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct StopResult: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `copyType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CopyType: OKXStringValue {
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
        /// `3`.
        public static let v3: Self = "3"
    }

    /// The values of `posSide` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosSide: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `net`.
        public static let net: Self = "net"
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
}
