// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `algo-recurring-buy` channel on the business WebSocket endpoint: “Recurring buy orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-ws-recurring-buy-orders-channel
    public enum AlgoRecurringBuy: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["algo-recurring-buy"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `algo-recurring-buy`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-ws-recurring-buy-orders-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `algoId`: text.
            public var algoId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, algoId: String? = nil) {
                self.instType = instType
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("algoId", algoId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "algo-recurring-buy" }
        }
        /// One item of the `data` array of a `algo-recurring-buy` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-ws-recurring-buy-orders-channel
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct RecurringList: Codable, Sendable {
                /// `ccy`: text.
                public let ccy: String?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// `minPx`: a decimal number (a string on the wire).
                public let minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public let maxPx: Decimal?
                /// `totalAmt`: a decimal number (a string on the wire).
                public let totalAmt: Decimal?
                /// `profit`: a decimal number (a string on the wire).
                public let profit: Decimal?
                /// `avgPx`: a decimal number (a string on the wire).
                public let avgPx: Decimal?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.ratio = try c.apiDecimal("ratio")
                    self.minPx = try c.apiDecimal("minPx")
                    self.maxPx = try c.apiDecimal("maxPx")
                    self.totalAmt = try c.apiDecimal("totalAmt")
                    self.profit = try c.apiDecimal("profit")
                    self.avgPx = try c.apiDecimal("avgPx")
                    self.px = try c.apiDecimal("px")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                    try c.apiWriteDecimal(self.minPx, "minPx")
                    try c.apiWriteDecimal(self.maxPx, "maxPx")
                    try c.apiWriteDecimal(self.totalAmt, "totalAmt")
                    try c.apiWriteDecimal(self.profit, "profit")
                    try c.apiWriteDecimal(self.avgPx, "avgPx")
                    try c.apiWriteDecimal(self.px, "px")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `stgyName`: text.
            public let stgyName: String?
            /// `recurringList`: a list of nested objects.
            public let recurringList: [RecurringList]?
            /// `period`: one of a documented set of values (unknown values are kept).
            public let period: Period?
            /// `recurringDay`: an integer (a string on the wire).
            public let recurringDay: Int?
            /// `recurringHour`: an integer (a string on the wire).
            public let recurringHour: Int?
            /// `recurringTime`: an integer (a string on the wire).
            public let recurringTime: Int?
            /// `timeZone`: an integer (a string on the wire).
            public let timeZone: Int?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `nextInvestTime`: a time (epoch milliseconds on the wire).
            public let nextInvestTime: Date?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalAnnRate`: a decimal number (a string on the wire).
            public let totalAnnRate: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `mktCap`: a decimal number (a string on the wire).
            public let mktCap: Decimal?
            /// `cycles`: an integer (a string on the wire).
            public let cycles: Int?
            /// `tag`: text.
            public let tag: String?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `recurringTimeType`: text.
            public let recurringTimeType: String?
            /// `recurringTimeMinutes`: an integer (a string on the wire).
            public let recurringTimeMinutes: Int?
            /// `source`: a list of text values.
            public let source: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.stgyName = try c.apiText("stgyName")
                self.recurringList = try c.apiNested("recurringList")
                self.period = try c.apiEnum("period")
                self.recurringDay = try c.apiInteger("recurringDay")
                self.recurringHour = try c.apiInteger("recurringHour")
                self.recurringTime = try c.apiInteger("recurringTime")
                self.timeZone = try c.apiInteger("timeZone")
                self.amt = try c.apiDecimal("amt")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.nextInvestTime = try c.apiDate("nextInvestTime")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalAnnRate = try c.apiDecimal("totalAnnRate")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.mktCap = try c.apiDecimal("mktCap")
                self.cycles = try c.apiInteger("cycles")
                self.tag = try c.apiText("tag")
                self.pTime = try c.apiDate("pTime")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.recurringTimeType = try c.apiText("recurringTimeType")
                self.recurringTimeMinutes = try c.apiInteger("recurringTimeMinutes")
                self.source = try c.apiTexts("source")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.stgyName, "stgyName")
                try c.apiWriteNested(self.recurringList, "recurringList")
                try c.apiWriteEnum(self.period, "period")
                try c.apiWriteInteger(self.recurringDay, "recurringDay")
                try c.apiWriteInteger(self.recurringHour, "recurringHour")
                try c.apiWriteInteger(self.recurringTime, "recurringTime")
                try c.apiWriteInteger(self.timeZone, "timeZone")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDate(self.nextInvestTime, "nextInvestTime")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalAnnRate, "totalAnnRate")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.mktCap, "mktCap")
                try c.apiWriteInteger(self.cycles, "cycles")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.pTime, "pTime")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteText(self.recurringTimeType, "recurringTimeType")
                try c.apiWriteInteger(self.recurringTimeMinutes, "recurringTimeMinutes")
                try c.apiWriteTexts(self.source, "source")
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

        /// The values of `algoOrdType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AlgoOrdType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `recurring`.
            public static let recurring: Self = "recurring"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `running`.
            public static let running: Self = "running"
            /// `stopping`.
            public static let stopping: Self = "stopping"
            /// `stopped`.
            public static let stopped: Self = "stopped"
            /// `pause`.
            public static let pause: Self = "pause"
        }

        /// The values of `period` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Period: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `monthly`.
            public static let monthly: Self = "monthly"
            /// `weekly`.
            public static let weekly: Self = "weekly"
            /// `daily`.
            public static let daily: Self = "daily"
            /// `hourly`.
            public static let hourly: Self = "hourly"
        }

        /// The values of `investmentCcy` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }
}
