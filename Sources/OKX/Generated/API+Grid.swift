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
        public struct Response: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// `maxGridQty`: an integer (a string on the wire).
            public let maxGridQty: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.maxGridQty = try c.apiInteger("maxGridQty")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct MinInvestmentData: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable {
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
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable {
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
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct RebateTrans: Codable, Sendable {
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
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.rebate, "rebate")
                    try c.apiWriteText(self.rebateCcy, "rebateCcy")
                }
            }
            /// A nested object of the response.
            public struct TriggerParams: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// `triggerNum`: an integer (a string on the wire).
            public let triggerNum: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.triggerNum = try c.apiInteger("triggerNum")
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
