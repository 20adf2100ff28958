// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/dca-trading”.
    public enum DCA {}
}

extension API.DCA {
    /// `POST /api/v5/tradingBot/dca/amend-order-algo`: “Amend spot dca basic param”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-spot-dca-basic-param
    public enum AmendSpotDcaBasicParam {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/amend-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/dca/amend-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-spot-dca-basic-param
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct TriggerParams: APIRequestFields {
                /// `triggerAction`: one of a documented set of values (unknown values are kept).
                public var triggerAction: TriggerAction?
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept).
                public var triggerStrategy: TriggerStrategy?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public var timeframe: Timeframe?
                /// `thold`: text.
                public var thold: String?
                /// `triggerCond`: one of a documented set of values (unknown values are kept).
                public var triggerCond: TriggerCond?
                /// `timePeriod`: an integer (a string on the wire).
                public var timePeriod: Int?
                /// A request with the given parameters; nil ones are not sent.
                public init(triggerAction: TriggerAction? = nil, triggerStrategy: TriggerStrategy? = nil, timeframe: Timeframe? = nil, thold: String? = nil, triggerCond: TriggerCond? = nil, timePeriod: Int? = nil) {
                    self.triggerAction = triggerAction
                    self.triggerStrategy = triggerStrategy
                    self.timeframe = timeframe
                    self.thold = thold
                    self.triggerCond = triggerCond
                    self.timePeriod = timePeriod
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("triggerAction", triggerAction)
                    p.add("triggerStrategy", triggerStrategy)
                    p.add("timeframe", timeframe)
                    p.add("thold", thold)
                    p.add("triggerCond", triggerCond)
                    p.add("timePeriod", timePeriod)
                    return p
                }
            }
            /// `algoId`: text; required.
            public var algoId: String
            /// `pxSteps`: a decimal number (a string on the wire); required.
            public var pxSteps: Decimal
            /// `pxStepsMult`: a decimal number (a string on the wire); required.
            public var pxStepsMult: Decimal
            /// `volMult`: a decimal number (a string on the wire); required.
            public var volMult: Decimal
            /// `tpPct`: a decimal number (a string on the wire); required.
            public var tpPct: Decimal
            /// `slPct`: a decimal number (a string on the wire); required.
            public var slPct: Decimal
            /// `initOrdAmt`: a decimal number (a string on the wire); required.
            public var initOrdAmt: Decimal
            /// `safetyOrdAmt`: a decimal number (a string on the wire); required.
            public var safetyOrdAmt: Decimal
            /// `maxSafetyOrds`: an integer (a string on the wire); required.
            public var maxSafetyOrds: Int
            /// `reserveFunds`: a boolean; required.
            public var reserveFunds: Bool
            /// `triggerParams`: a list of nested objects; required.
            public var triggerParams: [TriggerParams]
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, pxSteps: Decimal, pxStepsMult: Decimal, volMult: Decimal, tpPct: Decimal, slPct: Decimal, initOrdAmt: Decimal, safetyOrdAmt: Decimal, maxSafetyOrds: Int, reserveFunds: Bool, triggerParams: [TriggerParams]) {
                self.algoId = algoId
                self.pxSteps = pxSteps
                self.pxStepsMult = pxStepsMult
                self.volMult = volMult
                self.tpPct = tpPct
                self.slPct = slPct
                self.initOrdAmt = initOrdAmt
                self.safetyOrdAmt = safetyOrdAmt
                self.maxSafetyOrds = maxSafetyOrds
                self.reserveFunds = reserveFunds
                self.triggerParams = triggerParams
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("pxSteps", pxSteps)
                p.add("pxStepsMult", pxStepsMult)
                p.add("volMult", volMult)
                p.add("tpPct", tpPct)
                p.add("slPct", slPct)
                p.add("initOrdAmt", initOrdAmt)
                p.add("safetyOrdAmt", safetyOrdAmt)
                p.add("maxSafetyOrds", maxSafetyOrds)
                p.add("reserveFunds", reserveFunds)
                p.add("triggerParams", triggerParams)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/amend-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-spot-dca-basic-param
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/amend-order-algo`: “Amend spot dca basic param”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-spot-dca-basic-param
    public static func amendSpotDcaBasicParam(_ request: AmendSpotDcaBasicParam.Request) -> Endpoint<[AmendSpotDcaBasicParam.Response]> {
        .apiPost(AmendSpotDcaBasicParam.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/create`: “Place dca algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-place-dca-algo-order
    public enum PlaceDcaAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/create"
        /// The parameters of `POST /api/v5/tradingBot/dca/create`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-place-dca-algo-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct TriggerParams: APIRequestFields {
                /// `triggerAction`: one of a documented set of values (unknown values are kept); required.
                public var triggerAction: TriggerAction
                /// `triggerStrategy`: one of a documented set of values (unknown values are kept); required.
                public var triggerStrategy: TriggerStrategy
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
                /// A request with the given parameters; nil ones are not sent.
                public init(triggerAction: TriggerAction, triggerStrategy: TriggerStrategy, timeframe: Timeframe? = nil, thold: Int? = nil, triggerCond: TriggerCond? = nil, timePeriod: TimePeriod? = nil, triggerPx: Decimal? = nil) {
                    self.triggerAction = triggerAction
                    self.triggerStrategy = triggerStrategy
                    self.timeframe = timeframe
                    self.thold = thold
                    self.triggerCond = triggerCond
                    self.timePeriod = timePeriod
                    self.triggerPx = triggerPx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("triggerAction", triggerAction)
                    p.add("triggerStrategy", triggerStrategy)
                    p.add("timeframe", timeframe)
                    p.add("thold", thold)
                    p.add("triggerCond", triggerCond)
                    p.add("timePeriod", timePeriod)
                    p.add("triggerPx", triggerPx)
                    return p
                }
            }
            /// `instId`: text; required.
            public var instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `initOrdAmt`: a decimal number (a string on the wire); required.
            public var initOrdAmt: Decimal
            /// `allowReinvest`: a boolean.
            public var allowReinvest: Bool?
            /// `safetyOrdAmt`: a decimal number (a string on the wire).
            public var safetyOrdAmt: Decimal?
            /// `maxSafetyOrds`: an integer (a string on the wire); required.
            public var maxSafetyOrds: Int
            /// `pxSteps`: a decimal number (a string on the wire).
            public var pxSteps: Decimal?
            /// `pxStepsMult`: a decimal number (a string on the wire).
            public var pxStepsMult: Decimal?
            /// `volMult`: a decimal number (a string on the wire).
            public var volMult: Decimal?
            /// `tpPct`: a decimal number (a string on the wire); required.
            public var tpPct: Decimal
            /// `slPct`: a decimal number (a string on the wire).
            public var slPct: Decimal?
            /// `slMode`: one of a documented set of values (unknown values are kept).
            public var slMode: SlMode?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public var direction: Direction?
            /// `lever`: a decimal number (a string on the wire); required.
            public var lever: Decimal
            /// `triggerParams`: a list of nested objects; required.
            public var triggerParams: [TriggerParams]
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public var profitSharingRatio: Decimal?
            /// `trackingMode`: one of a documented set of values (unknown values are kept).
            public var trackingMode: TrackingMode?
            /// `tag`: text.
            public var tag: String?
            /// `algoClOrdId`: text.
            public var algoClOrdId: String?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoOrdType: AlgoOrdType, initOrdAmt: Decimal, allowReinvest: Bool? = nil, safetyOrdAmt: Decimal? = nil, maxSafetyOrds: Int, pxSteps: Decimal? = nil, pxStepsMult: Decimal? = nil, volMult: Decimal? = nil, tpPct: Decimal, slPct: Decimal? = nil, slMode: SlMode? = nil, direction: Direction? = nil, lever: Decimal, triggerParams: [TriggerParams], profitSharingRatio: Decimal? = nil, trackingMode: TrackingMode? = nil, tag: String? = nil, algoClOrdId: String? = nil, tradeQuoteCcy: String? = nil) {
                self.instId = instId
                self.algoOrdType = algoOrdType
                self.initOrdAmt = initOrdAmt
                self.allowReinvest = allowReinvest
                self.safetyOrdAmt = safetyOrdAmt
                self.maxSafetyOrds = maxSafetyOrds
                self.pxSteps = pxSteps
                self.pxStepsMult = pxStepsMult
                self.volMult = volMult
                self.tpPct = tpPct
                self.slPct = slPct
                self.slMode = slMode
                self.direction = direction
                self.lever = lever
                self.triggerParams = triggerParams
                self.profitSharingRatio = profitSharingRatio
                self.trackingMode = trackingMode
                self.tag = tag
                self.algoClOrdId = algoClOrdId
                self.tradeQuoteCcy = tradeQuoteCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoOrdType", algoOrdType)
                p.add("initOrdAmt", initOrdAmt)
                p.add("allowReinvest", allowReinvest)
                p.add("safetyOrdAmt", safetyOrdAmt)
                p.add("maxSafetyOrds", maxSafetyOrds)
                p.add("pxSteps", pxSteps)
                p.add("pxStepsMult", pxStepsMult)
                p.add("volMult", volMult)
                p.add("tpPct", tpPct)
                p.add("slPct", slPct)
                p.add("slMode", slMode)
                p.add("direction", direction)
                p.add("lever", lever)
                p.add("triggerParams", triggerParams)
                p.add("profitSharingRatio", profitSharingRatio)
                p.add("trackingMode", trackingMode)
                p.add("tag", tag)
                p.add("algoClOrdId", algoClOrdId)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/create`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-place-dca-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `tag`: text.
            public let tag: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.tag = try c.apiText("tag")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v2 < 0, m.isKey("algoClOrdId") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.tag = try d.directText(v1)
                self.algoClOrdId = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/create`: “Place dca algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-place-dca-algo-order
    public static func placeDcaAlgoOrder(_ request: PlaceDcaAlgoOrder.Request) -> Endpoint<[PlaceDcaAlgoOrder.Response]> {
        .apiPost(PlaceDcaAlgoOrder.path, request)
    }

    /// `GET /api/v5/tradingBot/dca/cycle-list`: “DCA cycle list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-cycle-list
    public enum DCACycleList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/cycle-list"
        /// The parameters of `GET /api/v5/tradingBot/dca/cycle-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-cycle-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `instId`: text.
            public var instId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, instId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/dca/cycle-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-cycle-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `cycleId`: text.
            public let cycleId: String?
            /// `currentCycle`: a boolean.
            public let currentCycle: Bool?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `startTime`: a time (epoch milliseconds on the wire).
            public let startTime: Date?
            /// `endTime`: a time (epoch milliseconds on the wire).
            public let endTime: Date?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `tpPx`: a decimal number (a string on the wire).
            public let tpPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.cycleId = try c.apiText("cycleId")
                self.currentCycle = try c.apiBoolean("currentCycle")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.startTime = try c.apiDate("startTime")
                self.endTime = try c.apiDate("endTime")
                self.fee = try c.apiDecimal("fee")
                self.avgPx = try c.apiDecimal("avgPx")
                self.tpPx = try c.apiDecimal("tpPx")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0x6E9B0AFE078DAF44: if v2 < 0, m.isKey("cycleId") { v2 = m.value }
                    case 0x422A348CBF371C04: if v3 < 0, m.isKey("currentCycle") { v3 = m.value }
                    case 0x08B64C133648B10B: if v4 < 0, m.isKey("realizedPnl") { v4 = m.value }
                    case 0xDA007405D3EF5C8E: if v5 < 0, m.isKey("startTime") { v5 = m.value }
                    case 0xE5455CCD0159834B: if v6 < 0, m.isKey("endTime") { v6 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v7 < 0, m.isKey("fee") { v7 = m.value }
                    case 0xEC314E92A840CB9B: if v8 < 0, m.isKey("avgPx") { v8 = m.value }
                    case 0x6D11FFEF5B714759: if v9 < 0, m.isKey("tpPx") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.cycleId = try d.directText(v2)
                self.currentCycle = try d.directBoolean(v3)
                self.realizedPnl = try d.directDecimal(v4)
                self.startTime = try d.directDate(v5)
                self.endTime = try d.directDate(v6)
                self.fee = try d.directDecimal(v7)
                self.avgPx = try d.directDecimal(v8)
                self.tpPx = try d.directDecimal(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.cycleId, "cycleId")
                try c.apiWriteBoolean(self.currentCycle, "currentCycle")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDate(self.startTime, "startTime")
                try c.apiWriteDate(self.endTime, "endTime")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.tpPx, "tpPx")
            }
        }
    }

    /// `GET /api/v5/tradingBot/dca/cycle-list`: “DCA cycle list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-cycle-list
    public static func dcaCycleList(_ request: DCACycleList.Request) -> Endpoint<[DCACycleList.Response]> {
        .apiGet(DCACycleList.path, request)
    }

    /// `GET /api/v5/tradingBot/dca/history-list`: “DCA algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-history
    public enum DCAAlgoOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/history-list"
        /// The parameters of `GET /api/v5/tradingBot/dca/history-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/dca/history-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-history
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
                /// `timePeriod`: an integer (a string on the wire).
                public let timePeriod: Int?
                /// `thold`: an integer (a string on the wire).
                public let thold: Int?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timePeriod = try c.apiInteger("timePeriod")
                    self.thold = try c.apiInteger("thold")
                    self.timeframe = try c.apiEnum("timeframe")
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
                        case 0x064D2714D15607FD: if v4 < 0, m.isKey("timePeriod") { v4 = m.value }
                        case 0x41AF27728EDEBF32: if v5 < 0, m.isKey("thold") { v5 = m.value }
                        case 0x1F54E1EBFDA11B61: if v6 < 0, m.isKey("timeframe") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.triggerPx = try d.directDecimal(v2)
                    self.triggerCond = try d.directEnum(v3)
                    self.timePeriod = try d.directInteger(v4)
                    self.thold = try d.directInteger(v5)
                    self.timeframe = try d.directEnum(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteInteger(self.timePeriod, "timePeriod")
                    try c.apiWriteInteger(self.thold, "thold")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `instId`: text.
            public let instId: String
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `initOrdAmt`: a decimal number (a string on the wire).
            public let initOrdAmt: Decimal?
            /// `safetyOrdAmt`: a decimal number (a string on the wire).
            public let safetyOrdAmt: Decimal?
            /// `maxSafetyOrds`: an integer (a string on the wire).
            public let maxSafetyOrds: Int?
            /// `pxSteps`: a decimal number (a string on the wire).
            public let pxSteps: Decimal?
            /// `pxStepsMult`: a decimal number (a string on the wire).
            public let pxStepsMult: Decimal?
            /// `volMult`: a decimal number (a string on the wire).
            public let volMult: Decimal?
            /// `slPct`: a decimal number (a string on the wire).
            public let slPct: Decimal?
            /// `slMode`: one of a documented set of values (unknown values are kept).
            public let slMode: SlMode?
            /// `allowReinvest`: a boolean.
            public let allowReinvest: Bool?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `arbitragePnL`: a decimal number (a string on the wire).
            public let arbitragePnL: Decimal?
            /// `transferInMargin`: a decimal number (a string on the wire).
            public let transferInMargin: Decimal?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `trackingMode`: one of a documented set of values (unknown values are kept).
            public let trackingMode: TrackingMode?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.instId = try c.apiRequiredText("instId")
                self.copyType = try c.apiEnum("copyType")
                self.state = try c.apiEnum("state")
                self.cancelType = try c.apiEnum("cancelType")
                self.direction = try c.apiEnum("direction")
                self.lever = try c.apiDecimal("lever")
                self.initOrdAmt = try c.apiDecimal("initOrdAmt")
                self.safetyOrdAmt = try c.apiDecimal("safetyOrdAmt")
                self.maxSafetyOrds = try c.apiInteger("maxSafetyOrds")
                self.pxSteps = try c.apiDecimal("pxSteps")
                self.pxStepsMult = try c.apiDecimal("pxStepsMult")
                self.volMult = try c.apiDecimal("volMult")
                self.slPct = try c.apiDecimal("slPct")
                self.slMode = try c.apiEnum("slMode")
                self.allowReinvest = try c.apiBoolean("allowReinvest")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.arbitragePnL = try c.apiDecimal("arbitragePnL")
                self.transferInMargin = try c.apiDecimal("transferInMargin")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.trackingMode = try c.apiEnum("trackingMode")
                self.triggerParams = try c.apiNested("triggerParams")
                self.ctVal = try c.apiDecimal("ctVal")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0xA887C02351C4604C: if v3 < 0, m.isKey("copyType") { v3 = m.value }
                    case 0xEE63AAAD45B1B116: if v4 < 0, m.isKey("state") { v4 = m.value }
                    case 0x95253C56EA456383: if v5 < 0, m.isKey("cancelType") { v5 = m.value }
                    case 0xD66E3BEB115E11AA: if v6 < 0, m.isKey("direction") { v6 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v7 < 0, m.isKey("lever") { v7 = m.value }
                    case 0x4E6B5028E4AAA578: if v8 < 0, m.isKey("initOrdAmt") { v8 = m.value }
                    case 0x3E005F125A76FCCC: if v9 < 0, m.isKey("safetyOrdAmt") { v9 = m.value }
                    case 0xE517702A271EEDE3: if v10 < 0, m.isKey("maxSafetyOrds") { v10 = m.value }
                    case 0xD2E42E2095A78044: if v11 < 0, m.isKey("pxSteps") { v11 = m.value }
                    case 0xEA19B8540D932C42: if v12 < 0, m.isKey("pxStepsMult") { v12 = m.value }
                    case 0xBCF7AAF0F19E98F0: if v13 < 0, m.isKey("volMult") { v13 = m.value }
                    case 0x84F8726B7A03B339: if v14 < 0, m.isKey("slPct") { v14 = m.value }
                    case 0x9E55C0047F3098B1: if v15 < 0, m.isKey("slMode") { v15 = m.value }
                    case 0x753F9BC693F38BAE: if v16 < 0, m.isKey("allowReinvest") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x560005AD7CCA38DC: if v18 < 0, m.isKey("pnlRatio") { v18 = m.value }
                    case 0x436EE92425796E0A: if v19 < 0, m.isKey("fundingFee") { v19 = m.value }
                    case 0xB142DDA08CCD652E: if v20 < 0, m.isKey("investmentAmt") { v20 = m.value }
                    case 0xC36924A097517139: if v21 < 0, m.isKey("investmentCcy") { v21 = m.value }
                    case 0xF0D34E25156E6546: if v22 < 0, m.isKey("arbitragePnL") { v22 = m.value }
                    case 0xE6C9B35C6604D187: if v23 < 0, m.isKey("transferInMargin") { v23 = m.value }
                    case 0xEB2C713D46B3AAC0: if v24 < 0, m.isKey("profitSharingRatio") { v24 = m.value }
                    case 0x6A5FBD553D8D8A3F: if v25 < 0, m.isKey("trackingMode") { v25 = m.value }
                    case 0x4362B11D03E77729: if v26 < 0, m.isKey("triggerParams") { v26 = m.value }
                    case 0xB95E94CFE1FB2E01: if v27 < 0, m.isKey("ctVal") { v27 = m.value }
                    case 0x97CBF7DBB8D1A953: if v28 < 0, m.isKey("cTime") { v28 = m.value }
                    case 0x607ED783146D4C29: if v29 < 0, m.isKey("uTime") { v29 = m.value }
                    case 0xADABDA5226275360: if v30 < 0, m.isKey("tradeQuoteCcy") { v30 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.copyType = try d.directEnum(v3)
                self.state = try d.directEnum(v4)
                self.cancelType = try d.directEnum(v5)
                self.direction = try d.directEnum(v6)
                self.lever = try d.directDecimal(v7)
                self.initOrdAmt = try d.directDecimal(v8)
                self.safetyOrdAmt = try d.directDecimal(v9)
                self.maxSafetyOrds = try d.directInteger(v10)
                self.pxSteps = try d.directDecimal(v11)
                self.pxStepsMult = try d.directDecimal(v12)
                self.volMult = try d.directDecimal(v13)
                self.slPct = try d.directDecimal(v14)
                self.slMode = try d.directEnum(v15)
                self.allowReinvest = try d.directBoolean(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.pnlRatio = try d.directDecimal(v18)
                self.fundingFee = try d.directDecimal(v19)
                self.investmentAmt = try d.directDecimal(v20)
                self.investmentCcy = try d.directEnum(v21)
                self.arbitragePnL = try d.directDecimal(v22)
                self.transferInMargin = try d.directDecimal(v23)
                self.profitSharingRatio = try d.directDecimal(v24)
                self.trackingMode = try d.directEnum(v25)
                self.triggerParams = try d.directNested(v26)
                self.ctVal = try d.directDecimal(v27)
                self.cTime = try d.directDate(v28)
                self.uTime = try d.directDate(v29)
                self.tradeQuoteCcy = try d.directText(v30)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.initOrdAmt, "initOrdAmt")
                try c.apiWriteDecimal(self.safetyOrdAmt, "safetyOrdAmt")
                try c.apiWriteInteger(self.maxSafetyOrds, "maxSafetyOrds")
                try c.apiWriteDecimal(self.pxSteps, "pxSteps")
                try c.apiWriteDecimal(self.pxStepsMult, "pxStepsMult")
                try c.apiWriteDecimal(self.volMult, "volMult")
                try c.apiWriteDecimal(self.slPct, "slPct")
                try c.apiWriteEnum(self.slMode, "slMode")
                try c.apiWriteBoolean(self.allowReinvest, "allowReinvest")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDecimal(self.arbitragePnL, "arbitragePnL")
                try c.apiWriteDecimal(self.transferInMargin, "transferInMargin")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.trackingMode, "trackingMode")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/dca/history-list`: “DCA algo order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-history
    public static func dcaAlgoOrderHistory(_ request: DCAAlgoOrderHistory.Request) -> Endpoint<[DCAAlgoOrderHistory.Response]> {
        .apiGet(DCAAlgoOrderHistory.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/margin/add`: “Add dca margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-dca-margin
    public enum AddDcaMargin {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/margin/add"
        /// The parameters of `POST /api/v5/tradingBot/dca/margin/add`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-dca-margin
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, amt: Decimal) {
                self.algoId = algoId
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/margin/add`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-dca-margin
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/margin/add`: “Add dca margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-dca-margin
    public static func addDcaMargin(_ request: AddDcaMargin.Request) -> Endpoint<[AddDcaMargin.Response]> {
        .apiPost(AddDcaMargin.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/margin/reduce`: “Reduce dca margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-reduce-dca-margin
    public enum ReduceDcaMargin {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/margin/reduce"
        /// The parameters of `POST /api/v5/tradingBot/dca/margin/reduce`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-reduce-dca-margin
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, amt: Decimal) {
                self.algoId = algoId
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/margin/reduce`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-reduce-dca-margin
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/margin/reduce`: “Reduce dca margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-reduce-dca-margin
    public static func reduceDcaMargin(_ request: ReduceDcaMargin.Request) -> Endpoint<[ReduceDcaMargin.Response]> {
        .apiPost(ReduceDcaMargin.path, request)
    }

    /// `GET /api/v5/tradingBot/dca/ongoing-list`: “DCA algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-details
    public enum DCAAlgoOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/ongoing-list"
        /// The parameters of `GET /api/v5/tradingBot/dca/ongoing-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-details
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/dca/ongoing-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-details
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
                /// `timePeriod`: an integer (a string on the wire).
                public let timePeriod: Int?
                /// `thold`: an integer (a string on the wire).
                public let thold: Int?
                /// `timeframe`: one of a documented set of values (unknown values are kept).
                public let timeframe: Timeframe?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.triggerAction = try c.apiEnum("triggerAction")
                    self.triggerStrategy = try c.apiEnum("triggerStrategy")
                    self.triggerPx = try c.apiDecimal("triggerPx")
                    self.triggerCond = try c.apiEnum("triggerCond")
                    self.timePeriod = try c.apiInteger("timePeriod")
                    self.thold = try c.apiInteger("thold")
                    self.timeframe = try c.apiEnum("timeframe")
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
                        case 0x064D2714D15607FD: if v4 < 0, m.isKey("timePeriod") { v4 = m.value }
                        case 0x41AF27728EDEBF32: if v5 < 0, m.isKey("thold") { v5 = m.value }
                        case 0x1F54E1EBFDA11B61: if v6 < 0, m.isKey("timeframe") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.triggerAction = try d.directEnum(v0)
                    self.triggerStrategy = try d.directEnum(v1)
                    self.triggerPx = try d.directDecimal(v2)
                    self.triggerCond = try d.directEnum(v3)
                    self.timePeriod = try d.directInteger(v4)
                    self.thold = try d.directInteger(v5)
                    self.timeframe = try d.directEnum(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.triggerAction, "triggerAction")
                    try c.apiWriteEnum(self.triggerStrategy, "triggerStrategy")
                    try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                    try c.apiWriteEnum(self.triggerCond, "triggerCond")
                    try c.apiWriteInteger(self.timePeriod, "timePeriod")
                    try c.apiWriteInteger(self.thold, "thold")
                    try c.apiWriteEnum(self.timeframe, "timeframe")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `instId`: text.
            public let instId: String
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `initOrdAmt`: a decimal number (a string on the wire).
            public let initOrdAmt: Decimal?
            /// `safetyOrdAmt`: a decimal number (a string on the wire).
            public let safetyOrdAmt: Decimal?
            /// `maxSafetyOrds`: an integer (a string on the wire).
            public let maxSafetyOrds: Int?
            /// `pxSteps`: a decimal number (a string on the wire).
            public let pxSteps: Decimal?
            /// `pxStepsMult`: a decimal number (a string on the wire).
            public let pxStepsMult: Decimal?
            /// `volMult`: a decimal number (a string on the wire).
            public let volMult: Decimal?
            /// `tpPxRange`: a decimal number (a string on the wire).
            public let tpPxRange: Decimal?
            /// `slPct`: a decimal number (a string on the wire).
            public let slPct: Decimal?
            /// `slMode`: one of a documented set of values (unknown values are kept).
            public let slMode: SlMode?
            /// `allowReinvest`: a boolean.
            public let allowReinvest: Bool?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `totalFundingFee`: a decimal number (a string on the wire).
            public let totalFundingFee: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `arbitragePnL`: a decimal number (a string on the wire).
            public let arbitragePnL: Decimal?
            /// `transferInMargin`: a decimal number (a string on the wire).
            public let transferInMargin: Decimal?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `trackingMode`: one of a documented set of values (unknown values are kept).
            public let trackingMode: TrackingMode?
            /// `triggerParams`: a list of nested objects.
            public let triggerParams: [TriggerParams]?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.instId = try c.apiRequiredText("instId")
                self.copyType = try c.apiEnum("copyType")
                self.state = try c.apiEnum("state")
                self.direction = try c.apiEnum("direction")
                self.lever = try c.apiDecimal("lever")
                self.initOrdAmt = try c.apiDecimal("initOrdAmt")
                self.safetyOrdAmt = try c.apiDecimal("safetyOrdAmt")
                self.maxSafetyOrds = try c.apiInteger("maxSafetyOrds")
                self.pxSteps = try c.apiDecimal("pxSteps")
                self.pxStepsMult = try c.apiDecimal("pxStepsMult")
                self.volMult = try c.apiDecimal("volMult")
                self.tpPxRange = try c.apiDecimal("tpPxRange")
                self.slPct = try c.apiDecimal("slPct")
                self.slMode = try c.apiEnum("slMode")
                self.allowReinvest = try c.apiBoolean("allowReinvest")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.totalFundingFee = try c.apiDecimal("totalFundingFee")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.arbitragePnL = try c.apiDecimal("arbitragePnL")
                self.transferInMargin = try c.apiDecimal("transferInMargin")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.trackingMode = try c.apiEnum("trackingMode")
                self.triggerParams = try c.apiNested("triggerParams")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.ctVal = try c.apiDecimal("ctVal")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0xA887C02351C4604C: if v3 < 0, m.isKey("copyType") { v3 = m.value }
                    case 0xEE63AAAD45B1B116: if v4 < 0, m.isKey("state") { v4 = m.value }
                    case 0xD66E3BEB115E11AA: if v5 < 0, m.isKey("direction") { v5 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v6 < 0, m.isKey("lever") { v6 = m.value }
                    case 0x4E6B5028E4AAA578: if v7 < 0, m.isKey("initOrdAmt") { v7 = m.value }
                    case 0x3E005F125A76FCCC: if v8 < 0, m.isKey("safetyOrdAmt") { v8 = m.value }
                    case 0xE517702A271EEDE3: if v9 < 0, m.isKey("maxSafetyOrds") { v9 = m.value }
                    case 0xD2E42E2095A78044: if v10 < 0, m.isKey("pxSteps") { v10 = m.value }
                    case 0xEA19B8540D932C42: if v11 < 0, m.isKey("pxStepsMult") { v11 = m.value }
                    case 0xBCF7AAF0F19E98F0: if v12 < 0, m.isKey("volMult") { v12 = m.value }
                    case 0x545641E16CC38546: if v13 < 0, m.isKey("tpPxRange") { v13 = m.value }
                    case 0x84F8726B7A03B339: if v14 < 0, m.isKey("slPct") { v14 = m.value }
                    case 0x9E55C0047F3098B1: if v15 < 0, m.isKey("slMode") { v15 = m.value }
                    case 0x753F9BC693F38BAE: if v16 < 0, m.isKey("allowReinvest") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x560005AD7CCA38DC: if v18 < 0, m.isKey("pnlRatio") { v18 = m.value }
                    case 0x660E1ED2438339B2: if v19 < 0, m.isKey("totalFundingFee") { v19 = m.value }
                    case 0xB142DDA08CCD652E: if v20 < 0, m.isKey("investmentAmt") { v20 = m.value }
                    case 0xC36924A097517139: if v21 < 0, m.isKey("investmentCcy") { v21 = m.value }
                    case 0xF0D34E25156E6546: if v22 < 0, m.isKey("arbitragePnL") { v22 = m.value }
                    case 0xE6C9B35C6604D187: if v23 < 0, m.isKey("transferInMargin") { v23 = m.value }
                    case 0xEB2C713D46B3AAC0: if v24 < 0, m.isKey("profitSharingRatio") { v24 = m.value }
                    case 0x6A5FBD553D8D8A3F: if v25 < 0, m.isKey("trackingMode") { v25 = m.value }
                    case 0x4362B11D03E77729: if v26 < 0, m.isKey("triggerParams") { v26 = m.value }
                    case 0x97CBF7DBB8D1A953: if v27 < 0, m.isKey("cTime") { v27 = m.value }
                    case 0x607ED783146D4C29: if v28 < 0, m.isKey("uTime") { v28 = m.value }
                    case 0xB95E94CFE1FB2E01: if v29 < 0, m.isKey("ctVal") { v29 = m.value }
                    case 0xADABDA5226275360: if v30 < 0, m.isKey("tradeQuoteCcy") { v30 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.copyType = try d.directEnum(v3)
                self.state = try d.directEnum(v4)
                self.direction = try d.directEnum(v5)
                self.lever = try d.directDecimal(v6)
                self.initOrdAmt = try d.directDecimal(v7)
                self.safetyOrdAmt = try d.directDecimal(v8)
                self.maxSafetyOrds = try d.directInteger(v9)
                self.pxSteps = try d.directDecimal(v10)
                self.pxStepsMult = try d.directDecimal(v11)
                self.volMult = try d.directDecimal(v12)
                self.tpPxRange = try d.directDecimal(v13)
                self.slPct = try d.directDecimal(v14)
                self.slMode = try d.directEnum(v15)
                self.allowReinvest = try d.directBoolean(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.pnlRatio = try d.directDecimal(v18)
                self.totalFundingFee = try d.directDecimal(v19)
                self.investmentAmt = try d.directDecimal(v20)
                self.investmentCcy = try d.directEnum(v21)
                self.arbitragePnL = try d.directDecimal(v22)
                self.transferInMargin = try d.directDecimal(v23)
                self.profitSharingRatio = try d.directDecimal(v24)
                self.trackingMode = try d.directEnum(v25)
                self.triggerParams = try d.directNested(v26)
                self.cTime = try d.directDate(v27)
                self.uTime = try d.directDate(v28)
                self.ctVal = try d.directDecimal(v29)
                self.tradeQuoteCcy = try d.directText(v30)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.initOrdAmt, "initOrdAmt")
                try c.apiWriteDecimal(self.safetyOrdAmt, "safetyOrdAmt")
                try c.apiWriteInteger(self.maxSafetyOrds, "maxSafetyOrds")
                try c.apiWriteDecimal(self.pxSteps, "pxSteps")
                try c.apiWriteDecimal(self.pxStepsMult, "pxStepsMult")
                try c.apiWriteDecimal(self.volMult, "volMult")
                try c.apiWriteDecimal(self.tpPxRange, "tpPxRange")
                try c.apiWriteDecimal(self.slPct, "slPct")
                try c.apiWriteEnum(self.slMode, "slMode")
                try c.apiWriteBoolean(self.allowReinvest, "allowReinvest")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.totalFundingFee, "totalFundingFee")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDecimal(self.arbitragePnL, "arbitragePnL")
                try c.apiWriteDecimal(self.transferInMargin, "transferInMargin")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.trackingMode, "trackingMode")
                try c.apiWriteNested(self.triggerParams, "triggerParams")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/dca/ongoing-list`: “DCA algo order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-details
    public static func dcaAlgoOrderDetails(_ request: DCAAlgoOrderDetails.Request) -> Endpoint<[DCAAlgoOrderDetails.Response]> {
        .apiGet(DCAAlgoOrderDetails.path, request)
    }

    /// `GET /api/v5/tradingBot/dca/orders`: “DCA sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-sub-orders
    public enum DCASubOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/orders"
        /// The parameters of `GET /api/v5/tradingBot/dca/orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-sub-orders
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `cycleId`: text.
            public var cycleId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, cycleId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.cycleId = cycleId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("cycleId", cycleId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/dca/orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-sub-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `cycleId`: text.
            public let cycleId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `avgFillPx`: a decimal number (a string on the wire).
            public let avgFillPx: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `filledSz`: a decimal number (a string on the wire).
            public let filledSz: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `instId`: text.
            public let instId: String
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cycleId = try c.apiRequiredText("cycleId")
                self.ordId = try c.apiText("ordId")
                self.avgFillPx = try c.apiDecimal("avgFillPx")
                self.direction = try c.apiEnum("direction")
                self.side = try c.apiEnum("side")
                self.ordType = try c.apiEnum("ordType")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.filledSz = try c.apiDecimal("filledSz")
                self.state = try c.apiEnum("state")
                self.fee = try c.apiDecimal("fee")
                self.rebate = try c.apiDecimal("rebate")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.lever = try c.apiDecimal("lever")
                self.instId = try c.apiRequiredText("instId")
                self.ctVal = try c.apiDecimal("ctVal")
                self.fillTime = try c.apiDate("fillTime")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6E9B0AFE078DAF44: if v0 < 0, m.isKey("cycleId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x55C070F8B89D72E2: if v2 < 0, m.isKey("avgFillPx") { v2 = m.value }
                    case 0xD66E3BEB115E11AA: if v3 < 0, m.isKey("direction") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0xE876851027B58648: if v5 < 0, m.isKey("ordType") { v5 = m.value }
                    case 0x08D55007B5757215: if v6 < 0, m.isKey("px") { v6 = m.value }
                    case 0x08D94407B5794688: if v7 < 0, m.isKey("sz") { v7 = m.value }
                    case 0x9981F8DAE3DF417C: if v8 < 0, m.isKey("filledSz") { v8 = m.value }
                    case 0xEE63AAAD45B1B116: if v9 < 0, m.isKey("state") { v9 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v10 < 0, m.isKey("fee") { v10 = m.value }
                    case 0x731C1AFA28404F82: if v11 < 0, m.isKey("rebate") { v11 = m.value }
                    case 0x9A4FEE4FAC20158B: if v12 < 0, m.isKey("rebateCcy") { v12 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v13 < 0, m.isKey("lever") { v13 = m.value }
                    case 0xF10F5F871070A39C: if v14 < 0, m.isKey("instId") { v14 = m.value }
                    case 0xB95E94CFE1FB2E01: if v15 < 0, m.isKey("ctVal") { v15 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v16 < 0, m.isKey("fillTime") { v16 = m.value }
                    case 0x97CBF7DBB8D1A953: if v17 < 0, m.isKey("cTime") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0xADABDA5226275360: if v19 < 0, m.isKey("tradeQuoteCcy") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cycleId = try d.directRequiredText(v0, "cycleId")
                self.ordId = try d.directText(v1)
                self.avgFillPx = try d.directDecimal(v2)
                self.direction = try d.directEnum(v3)
                self.side = try d.directEnum(v4)
                self.ordType = try d.directEnum(v5)
                self.px = try d.directDecimal(v6)
                self.sz = try d.directDecimal(v7)
                self.filledSz = try d.directDecimal(v8)
                self.state = try d.directEnum(v9)
                self.fee = try d.directDecimal(v10)
                self.rebate = try d.directDecimal(v11)
                self.rebateCcy = try d.directText(v12)
                self.lever = try d.directDecimal(v13)
                self.instId = try d.directRequiredText(v14, "instId")
                self.ctVal = try d.directDecimal(v15)
                self.fillTime = try d.directDate(v16)
                self.cTime = try d.directDate(v17)
                self.uTime = try d.directDate(v18)
                self.tradeQuoteCcy = try d.directText(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.cycleId, "cycleId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDecimal(self.avgFillPx, "avgFillPx")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.filledSz, "filledSz")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/dca/orders`: “DCA sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-sub-orders
    public static func dcaSubOrders(_ request: DCASubOrders.Request) -> Endpoint<[DCASubOrders.Response]> {
        .apiGet(DCASubOrders.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/orders/manual-buy`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-investment
    public enum AddInvestment {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/orders/manual-buy"
        /// The parameters of `POST /api/v5/tradingBot/dca/orders/manual-buy`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-investment
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `price`: a decimal number (a string on the wire); required.
            public var price: Decimal
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, price: Decimal, amt: Decimal, ordType: OrdType? = nil, tradeQuoteCcy: String? = nil) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.price = price
                self.amt = amt
                self.ordType = ordType
                self.tradeQuoteCcy = tradeQuoteCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("price", price)
                p.add("amt", amt)
                p.add("ordType", ordType)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/orders/manual-buy`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-investment
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `tag`: text.
            public let tag: String?
            /// `diffAmount`: a decimal number (a string on the wire).
            public let diffAmount: Decimal?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.tag = try c.apiText("tag")
                self.diffAmount = try c.apiDecimal("diffAmount")
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
                var v5: Int32 = -1
                var v6: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0x1ABBF023793356AD: if v2 < 0, m.isKey("algoOrdType") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x7F818DFADC4984B6: if v4 < 0, m.isKey("diffAmount") { v4 = m.value }
                    case 0xE8586107E6A04F6F: if v5 < 0, m.isKey("sCode") { v5 = m.value }
                    case 0x882D4C1998C80717: if v6 < 0, m.isKey("sMsg") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.algoOrdType = try d.directEnum(v2)
                self.tag = try d.directText(v3)
                self.diffAmount = try d.directDecimal(v4)
                self.sCode = try d.directText(v5)
                self.sMsg = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.diffAmount, "diffAmount")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/orders/manual-buy`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-add-investment
    public static func addInvestment(_ request: AddInvestment.Request) -> Endpoint<[AddInvestment.Response]> {
        .apiPost(AddInvestment.path, request)
    }

    /// `GET /api/v5/tradingBot/dca/position-details`: “DCA algo order position details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-position-details
    public enum DCAAlgoOrderPositionDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/position-details"
        /// The parameters of `GET /api/v5/tradingBot/dca/position-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-position-details
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/dca/position-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-position-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `instId`: text.
            public let instId: String
            /// `curCycleld`: text.
            public let curCycleld: String?
            /// `startTime`: a time (epoch milliseconds on the wire).
            public let startTime: Date?
            /// `fillManualOrds`: an integer (a string on the wire).
            public let fillManualOrds: Int?
            /// `fillSafetyOrds`: an integer (a string on the wire).
            public let fillSafetyOrds: Int?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `initPx`: a decimal number (a string on the wire).
            public let initPx: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `baseSz`: a decimal number (a string on the wire).
            public let baseSz: Decimal?
            /// `quoteSz`: a decimal number (a string on the wire).
            public let quoteSz: Decimal?
            /// `slPx`: a decimal number (a string on the wire).
            public let slPx: Decimal?
            /// `tpPx`: a decimal number (a string on the wire).
            public let tpPx: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.instId = try c.apiRequiredText("instId")
                self.curCycleld = try c.apiText("curCycleld")
                self.startTime = try c.apiDate("startTime")
                self.fillManualOrds = try c.apiInteger("fillManualOrds")
                self.fillSafetyOrds = try c.apiInteger("fillSafetyOrds")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.initPx = try c.apiDecimal("initPx")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.avgPx = try c.apiDecimal("avgPx")
                self.upl = try c.apiDecimal("upl")
                self.liqPx = try c.apiDecimal("liqPx")
                self.sz = try c.apiDecimal("sz")
                self.baseSz = try c.apiDecimal("baseSz")
                self.quoteSz = try c.apiDecimal("quoteSz")
                self.slPx = try c.apiDecimal("slPx")
                self.tpPx = try c.apiDecimal("tpPx")
                self.fee = try c.apiDecimal("fee")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0x1ABBF023793356AD: if v2 < 0, m.isKey("algoOrdType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0xDE43707E33CD79A9: if v4 < 0, m.isKey("curCycleld") { v4 = m.value }
                    case 0xDA007405D3EF5C8E: if v5 < 0, m.isKey("startTime") { v5 = m.value }
                    case 0x683F0F491FB0F6CA: if v6 < 0, m.isKey("fillManualOrds") { v6 = m.value }
                    case 0xF244B7B8534461C2: if v7 < 0, m.isKey("fillSafetyOrds") { v7 = m.value }
                    case 0x436EE92425796E0A: if v8 < 0, m.isKey("fundingFee") { v8 = m.value }
                    case 0x3274B1DA6FE65693: if v9 < 0, m.isKey("initPx") { v9 = m.value }
                    case 0xFCADCCCEB1F0F653: if v10 < 0, m.isKey("notionalUsd") { v10 = m.value }
                    case 0xEC314E92A840CB9B: if v11 < 0, m.isKey("avgPx") { v11 = m.value }
                    case 0x4C4887193DC44C04: if v12 < 0, m.isKey("upl") { v12 = m.value }
                    case 0xDEF76BAA3B8C7005: if v13 < 0, m.isKey("liqPx") { v13 = m.value }
                    case 0x08D94407B5794688: if v14 < 0, m.isKey("sz") { v14 = m.value }
                    case 0x4922FAA0F415D2D1: if v15 < 0, m.isKey("baseSz") { v15 = m.value }
                    case 0xE4E58518934513A2: if v16 < 0, m.isKey("quoteSz") { v16 = m.value }
                    case 0x6A511018F6DD5862: if v17 < 0, m.isKey("slPx") { v17 = m.value }
                    case 0x6D11FFEF5B714759: if v18 < 0, m.isKey("tpPx") { v18 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v19 < 0, m.isKey("fee") { v19 = m.value }
                    case 0xADABDA5226275360: if v20 < 0, m.isKey("tradeQuoteCcy") { v20 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.algoOrdType = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.curCycleld = try d.directText(v4)
                self.startTime = try d.directDate(v5)
                self.fillManualOrds = try d.directInteger(v6)
                self.fillSafetyOrds = try d.directInteger(v7)
                self.fundingFee = try d.directDecimal(v8)
                self.initPx = try d.directDecimal(v9)
                self.notionalUsd = try d.directDecimal(v10)
                self.avgPx = try d.directDecimal(v11)
                self.upl = try d.directDecimal(v12)
                self.liqPx = try d.directDecimal(v13)
                self.sz = try d.directDecimal(v14)
                self.baseSz = try d.directDecimal(v15)
                self.quoteSz = try d.directDecimal(v16)
                self.slPx = try d.directDecimal(v17)
                self.tpPx = try d.directDecimal(v18)
                self.fee = try d.directDecimal(v19)
                self.tradeQuoteCcy = try d.directText(v20)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.curCycleld, "curCycleld")
                try c.apiWriteDate(self.startTime, "startTime")
                try c.apiWriteInteger(self.fillManualOrds, "fillManualOrds")
                try c.apiWriteInteger(self.fillSafetyOrds, "fillSafetyOrds")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDecimal(self.initPx, "initPx")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
                try c.apiWriteDecimal(self.slPx, "slPx")
                try c.apiWriteDecimal(self.tpPx, "tpPx")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
    }

    /// `GET /api/v5/tradingBot/dca/position-details`: “DCA algo order position details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-get-dca-algo-order-position-details
    public static func dcaAlgoOrderPositionDetails(_ request: DCAAlgoOrderPositionDetails.Request) -> Endpoint<[DCAAlgoOrderPositionDetails.Response]> {
        .apiGet(DCAAlgoOrderPositionDetails.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/settings/reinvestment`: “Amend dca reinvestment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-reinvestment
    public enum AmendDcaReinvestment {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/settings/reinvestment"
        /// The parameters of `POST /api/v5/tradingBot/dca/settings/reinvestment`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-reinvestment
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `allowReinvest`: a boolean; required.
            public var allowReinvest: Bool
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, allowReinvest: Bool) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.allowReinvest = allowReinvest
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("allowReinvest", allowReinvest)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/settings/reinvestment`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-reinvestment
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/settings/reinvestment`: “Amend dca reinvestment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-reinvestment
    public static func amendDcaReinvestment(_ request: AmendDcaReinvestment.Request) -> Endpoint<[AmendDcaReinvestment.Response]> {
        .apiPost(AmendDcaReinvestment.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/settings/take-profit`: “Amend dca take profit settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-take-profit-settings
    public enum AmendDcaTakeProfitSettings {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/settings/take-profit"
        /// The parameters of `POST /api/v5/tradingBot/dca/settings/take-profit`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-take-profit-settings
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `tpPrice`: a decimal number (a string on the wire); required.
            public var tpPrice: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, tpPrice: Decimal) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.tpPrice = tpPrice
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("tpPrice", tpPrice)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/settings/take-profit`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-take-profit-settings
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0x1ABBF023793356AD: if v1 < 0, m.isKey("algoOrdType") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoOrdType = try d.directEnum(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/settings/take-profit`: “Amend dca take profit settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-amend-dca-take-profit-settings
    public static func amendDcaTakeProfitSettings(_ request: AmendDcaTakeProfitSettings.Request) -> Endpoint<[AmendDcaTakeProfitSettings.Response]> {
        .apiPost(AmendDcaTakeProfitSettings.path, request)
    }

    /// `POST /api/v5/tradingBot/dca/stop`: “Stop dca algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-stop-dca-algo-order
    public enum StopDcaAlgoOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/dca/stop"
        /// The parameters of `POST /api/v5/tradingBot/dca/stop`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-stop-dca-algo-order
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `stopType`: one of a documented set of values (unknown values are kept); required.
            public var stopType: StopType
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, stopType: StopType) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.stopType = stopType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("stopType", stopType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/dca/stop`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-stop-dca-algo-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `tag`: text.
            public let tag: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.tag = try c.apiText("tag")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v2 < 0, m.isKey("algoClOrdId") { v2 = m.value }
                    case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                    case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.tag = try d.directText(v1)
                self.algoClOrdId = try d.directText(v2)
                self.sCode = try d.directText(v3)
                self.sMsg = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/dca/stop`: “Stop dca algo order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-dca-trading-post-stop-dca-algo-order
    public static func stopDcaAlgoOrder(_ request: StopDcaAlgoOrder.Request) -> Endpoint<[StopDcaAlgoOrder.Response]> {
        .apiPost(StopDcaAlgoOrder.path, request)
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
        /// `rsi`.
        public static let rsi: Self = "rsi"
        /// `price`.
        public static let price: Self = "price"
        /// `webhook`.
        public static let webhook: Self = "webhook"
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

    /// The values of `algoOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AlgoOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `contract_dca`.
        public static let contractDca: Self = "contract_dca"
        /// `spot_dca`.
        public static let spotDca: Self = "spot_dca"
    }

    /// The values of `slMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SlMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `limit`.
        public static let limit: Self = "limit"
        /// `market`.
        public static let market: Self = "market"
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
    }

    /// The values of `trackingMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TrackingMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `sync`.
        public static let sync: Self = "sync"
        /// `async`.
        public static let async: Self = "async"
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
        /// `pending_signal`.
        public static let pendingSignal: Self = "pending_signal"
        /// `no_close_position`.
        public static let noClosePosition: Self = "no_close_position"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `canceled`.
        public static let canceled: Self = "canceled"
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
    }

    /// The values of `investmentCcy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InvestmentCcy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `USDT`.
        public static let usdt: Self = "USDT"
        /// `USDC`.
        public static let usdc: Self = "USDC"
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

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `init_order`.
        public static let initOrder: Self = "init_order"
        /// `safety_order`.
        public static let safetyOrder: Self = "safety_order"
        /// `tp_order`.
        public static let tpOrder: Self = "tp_order"
        /// `sl_order`.
        public static let slOrder: Self = "sl_order"
        /// `manual_add_order`.
        public static let manualAddOrder: Self = "manual_add_order"
        /// `close_position`.
        public static let closePosition: Self = "close_position"
        /// `manual_close_position`.
        public static let manualClosePosition: Self = "manual_close_position"
        /// `limit`.
        public static let limit: Self = "limit"
        /// `market`.
        public static let market: Self = "market"
    }

    /// The values of `stopType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct StopType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `contract_dca`.
        public static let contractDca: Self = "contract_dca"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `spot_dca`.
        public static let spotDca: Self = "spot_dca"
    }
}
