// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `grid-orders-contract` channel on the business WebSocket endpoint: “Contract grid algo orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-contract-grid-algo-orders-channel
    public enum GridOrdersContract: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["grid-orders-contract"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `grid-orders-contract`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-contract-grid-algo-orders-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instId`: text.
            public var instId: String?
            /// `algoId`: text.
            public var algoId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instId: String? = nil, algoId: String? = nil) {
                self.instType = instType
                self.instId = instId
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("algoId", algoId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "grid-orders-contract" }
        }
        /// One item of the `data` array of a `grid-orders-contract` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-contract-grid-algo-orders-channel
        public struct Push: Codable, Sendable {
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
            /// `instType`: text.
            public let instType: String?
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
            /// `ordFrozen`: a decimal number (a string on the wire).
            public let ordFrozen: Decimal?
            /// `availEq`: a decimal number (a string on the wire).
            public let availEq: Decimal?
            /// `eq`: a decimal number (a string on the wire).
            public let eq: Decimal?
            /// `activeOrdNum`: an integer (a string on the wire).
            public let activeOrdNum: Int?
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
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
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
                self.direction = try c.apiEnum("direction")
                self.basePos = try c.apiBoolean("basePos")
                self.sz = try c.apiDecimal("sz")
                self.lever = try c.apiDecimal("lever")
                self.actualLever = try c.apiDecimal("actualLever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.ordFrozen = try c.apiDecimal("ordFrozen")
                self.availEq = try c.apiDecimal("availEq")
                self.eq = try c.apiDecimal("eq")
                self.activeOrdNum = try c.apiInteger("activeOrdNum")
                self.tag = try c.apiText("tag")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.copyType = try c.apiEnum("copyType")
                self.tpRatio = try c.apiDecimal("tpRatio")
                self.slRatio = try c.apiDecimal("slRatio")
                self.fee = try c.apiDecimal("fee")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.pTime = try c.apiDate("pTime")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
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
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteBoolean(self.basePos, "basePos")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.actualLever, "actualLever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteDecimal(self.ordFrozen, "ordFrozen")
                try c.apiWriteDecimal(self.availEq, "availEq")
                try c.apiWriteDecimal(self.eq, "eq")
                try c.apiWriteInteger(self.activeOrdNum, "activeOrdNum")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteDecimal(self.tpRatio, "tpRatio")
                try c.apiWriteDecimal(self.slRatio, "slRatio")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDate(self.pTime, "pTime")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `SWAP`.
            public static let swap: Self = "SWAP"
            /// `FUTURES`.
            public static let futures: Self = "FUTURES"
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `triggerAction` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerStrategy` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `timeframe` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerCond` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `timePeriod` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct TimePeriod: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `14`.
            public static let v14: Self = "14"
        }

        /// The values of `algoOrdType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AlgoOrdType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `contract_grid`.
            public static let contractGrid: Self = "contract_grid"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
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
        }

        /// The values of `runType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `cancelType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `direction` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `copyType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }

    /// The `grid-orders-spot` channel on the business WebSocket endpoint: “Spot grid algo orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-spot-grid-algo-orders-channel
    public enum GridOrdersSpot: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["grid-orders-spot"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `grid-orders-spot`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-spot-grid-algo-orders-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instId`: text.
            public var instId: String?
            /// `algoId`: text.
            public var algoId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instId: String? = nil, algoId: String? = nil) {
                self.instType = instType
                self.instId = instId
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("algoId", algoId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "grid-orders-spot" }
        }
        /// One item of the `data` array of a `grid-orders-spot` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-spot-grid-algo-orders-channel
        public struct Push: Codable, Sendable {
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
            /// `instType`: text.
            public let instType: String?
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
            /// `stopType`: one of a documented set of values (unknown values are kept).
            public let stopType: StopType?
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
            /// `activeOrdNum`: an integer (a string on the wire).
            public let activeOrdNum: Int?
            /// `tag`: text.
            public let tag: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `copyType`: one of a documented set of values (unknown values are kept).
            public let copyType: CopyType?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
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
                self.stopType = try c.apiEnum("stopType")
                self.quoteSz = try c.apiDecimal("quoteSz")
                self.baseSz = try c.apiDecimal("baseSz")
                self.curQuoteSz = try c.apiDecimal("curQuoteSz")
                self.curBaseSz = try c.apiDecimal("curBaseSz")
                self.profit = try c.apiDecimal("profit")
                self.stopResult = try c.apiEnum("stopResult")
                self.activeOrdNum = try c.apiInteger("activeOrdNum")
                self.tag = try c.apiText("tag")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.copyType = try c.apiEnum("copyType")
                self.pTime = try c.apiDate("pTime")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
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
                try c.apiWriteEnum(self.stopType, "stopType")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteDecimal(self.curQuoteSz, "curQuoteSz")
                try c.apiWriteDecimal(self.curBaseSz, "curBaseSz")
                try c.apiWriteDecimal(self.profit, "profit")
                try c.apiWriteEnum(self.stopResult, "stopResult")
                try c.apiWriteInteger(self.activeOrdNum, "activeOrdNum")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteEnum(self.copyType, "copyType")
                try c.apiWriteDate(self.pTime, "pTime")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `SPOT`.
            public static let spot: Self = "SPOT"
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `triggerAction` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerStrategy` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `timeframe` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `triggerCond` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `timePeriod` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct TimePeriod: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `14`.
            public static let v14: Self = "14"
        }

        /// The values of `algoOrdType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AlgoOrdType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `grid`.
            public static let grid: Self = "grid"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
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
            /// `stopped`.
            public static let stopped: Self = "stopped"
        }

        /// The values of `runType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `cancelType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `stopType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct StopType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `1`.
            public static let v1: Self = "1"
            /// `2`.
            public static let v2: Self = "2"
        }

        /// The values of `stopResult` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `copyType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }

    /// The `grid-positions` channel on the business WebSocket endpoint: “Grid positions channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-positions-channel
    public enum GridPositions: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["grid-positions"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `grid-positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-positions-channel
        public struct Arguments: ChannelArguments {
            /// `algoId`: text; required.
            public var algoId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(algoId: String) {
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "grid-positions" }
        }
        /// One item of the `data` array of a `grid-positions` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-positions-channel
        public struct Push: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
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
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
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
                self.pTime = try c.apiDate("pTime")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
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
                try c.apiWriteDate(self.pTime, "pTime")
            }
        }
        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct PosSide: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `net`.
            public static let net: Self = "net"
        }

        /// The values of `mgnMode` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }

    /// The `grid-sub-orders` channel on the business WebSocket endpoint: “Grid sub orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-sub-orders-channel
    public enum GridSubOrders: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["grid-sub-orders"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `grid-sub-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-sub-orders-channel
        public struct Arguments: ChannelArguments {
            /// `algoId`: text; required.
            public var algoId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(algoId: String) {
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "grid-sub-orders" }
        }
        /// One item of the `data` array of a `grid-sub-orders` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-grid-trading-ws-grid-sub-orders-channel
        public struct Push: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
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
            /// `tag`: text.
            public let tag: String?
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
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.groupId = try c.apiText("groupId")
                self.ordId = try c.apiText("ordId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.tdMode = try c.apiEnum("tdMode")
                self.tag = try c.apiText("tag")
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
                self.pTime = try c.apiDate("pTime")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteText(self.tag, "tag")
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
                try c.apiWriteDate(self.pTime, "pTime")
            }
        }
        /// The values of `algoOrdType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `tdMode` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `ordType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
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
            /// `cancelling`.
            public static let cancelling: Self = "cancelling"
        }

        /// The values of `side` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct PosSide: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `net`.
            public static let net: Self = "net"
        }
    }
}
