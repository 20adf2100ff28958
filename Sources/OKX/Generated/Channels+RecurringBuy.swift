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
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RecurringList: Codable, Sendable, TapeDirect {
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
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xFBC924118177ADE4: if v1 < 0, m.isKey("ratio") { v1 = m.value }
                        case 0x81D4AF62B800CDA7: if v2 < 0, m.isKey("minPx") { v2 = m.value }
                        case 0x5B27E9A4C2DF3109: if v3 < 0, m.isKey("maxPx") { v3 = m.value }
                        case 0x188C8725FFAC537D: if v4 < 0, m.isKey("totalAmt") { v4 = m.value }
                        case 0xB7C4D9E67847B0A7: if v5 < 0, m.isKey("profit") { v5 = m.value }
                        case 0xEC314E92A840CB9B: if v6 < 0, m.isKey("avgPx") { v6 = m.value }
                        case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.ratio = try d.directDecimal(v1)
                    self.minPx = try d.directDecimal(v2)
                    self.maxPx = try d.directDecimal(v3)
                    self.totalAmt = try d.directDecimal(v4)
                    self.profit = try d.directDecimal(v5)
                    self.avgPx = try d.directDecimal(v6)
                    self.px = try d.directDecimal(v7)
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x97CBF7DBB8D1A953: if v3 < 0, m.isKey("cTime") { v3 = m.value }
                    case 0x607ED783146D4C29: if v4 < 0, m.isKey("uTime") { v4 = m.value }
                    case 0x1ABBF023793356AD: if v5 < 0, m.isKey("algoOrdType") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0x375CD261D2F20659: if v7 < 0, m.isKey("stgyName") { v7 = m.value }
                    case 0x051B6258FCEFAEB0: if v8 < 0, m.isKey("recurringList") { v8 = m.value }
                    case 0x0528080B48EF9464: if v9 < 0, m.isKey("period") { v9 = m.value }
                    case 0xD9F092855E780852: if v10 < 0, m.isKey("recurringDay") { v10 = m.value }
                    case 0x9A2B1E3A8574035E: if v11 < 0, m.isKey("recurringHour") { v11 = m.value }
                    case 0xE6C8A823D6E3AD81: if v12 < 0, m.isKey("recurringTime") { v12 = m.value }
                    case 0x31F5D45D4D2A44A2: if v13 < 0, m.isKey("timeZone") { v13 = m.value }
                    case 0xE6F3A919051C2845: if v14 < 0, m.isKey("amt") { v14 = m.value }
                    case 0xB142DDA08CCD652E: if v15 < 0, m.isKey("investmentAmt") { v15 = m.value }
                    case 0xC36924A097517139: if v16 < 0, m.isKey("investmentCcy") { v16 = m.value }
                    case 0x300D5D2900B15664: if v17 < 0, m.isKey("nextInvestTime") { v17 = m.value }
                    case 0x96942825B60BCB95: if v18 < 0, m.isKey("totalPnl") { v18 = m.value }
                    case 0x6E262E889E35DD62: if v19 < 0, m.isKey("totalAnnRate") { v19 = m.value }
                    case 0x560005AD7CCA38DC: if v20 < 0, m.isKey("pnlRatio") { v20 = m.value }
                    case 0xBBC4D17F447B54A5: if v21 < 0, m.isKey("mktCap") { v21 = m.value }
                    case 0xDAED1984FF6DDAC6: if v22 < 0, m.isKey("cycles") { v22 = m.value }
                    case 0x56D7AB194448A4F3: if v23 < 0, m.isKey("tag") { v23 = m.value }
                    case 0xECBE9C1EA56004BE: if v24 < 0, m.isKey("pTime") { v24 = m.value }
                    case 0xADABDA5226275360: if v25 < 0, m.isKey("tradeQuoteCcy") { v25 = m.value }
                    case 0xA5ACCC4AC028F969: if v26 < 0, m.isKey("recurringTimeType") { v26 = m.value }
                    case 0x5223B344A8FD30FA: if v27 < 0, m.isKey("recurringTimeMinutes") { v27 = m.value }
                    case 0x76DBDC228F782DB8: if v28 < 0, m.isKey("source") { v28 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.cTime = try d.directDate(v3)
                self.uTime = try d.directDate(v4)
                self.algoOrdType = try d.directEnum(v5)
                self.state = try d.directEnum(v6)
                self.stgyName = try d.directText(v7)
                self.recurringList = try d.directNested(v8)
                self.period = try d.directEnum(v9)
                self.recurringDay = try d.directInteger(v10)
                self.recurringHour = try d.directInteger(v11)
                self.recurringTime = try d.directInteger(v12)
                self.timeZone = try d.directInteger(v13)
                self.amt = try d.directDecimal(v14)
                self.investmentAmt = try d.directDecimal(v15)
                self.investmentCcy = try d.directEnum(v16)
                self.nextInvestTime = try d.directDate(v17)
                self.totalPnl = try d.directDecimal(v18)
                self.totalAnnRate = try d.directDecimal(v19)
                self.pnlRatio = try d.directDecimal(v20)
                self.mktCap = try d.directDecimal(v21)
                self.cycles = try d.directInteger(v22)
                self.tag = try d.directText(v23)
                self.pTime = try d.directDate(v24)
                self.tradeQuoteCcy = try d.directText(v25)
                self.recurringTimeType = try d.directText(v26)
                self.recurringTimeMinutes = try d.directInteger(v27)
                self.source = try d.directTexts(v28)
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
