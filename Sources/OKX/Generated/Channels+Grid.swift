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
        public struct Push: Codable, Sendable, TapeDirect {
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
                    case 0xD66E3BEB115E11AA: if v31 < 0, m.isKey("direction") { v31 = m.value }
                    case 0x3FCB0E7EB041D7D2: if v32 < 0, m.isKey("basePos") { v32 = m.value }
                    case 0x08D94407B5794688: if v33 < 0, m.isKey("sz") { v33 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v34 < 0, m.isKey("lever") { v34 = m.value }
                    case 0x041945B86087BA39: if v35 < 0, m.isKey("actualLever") { v35 = m.value }
                    case 0xDEF76BAA3B8C7005: if v36 < 0, m.isKey("liqPx") { v36 = m.value }
                    case 0xBEB9889A59DB22CA: if v37 < 0, m.isKey("ordFrozen") { v37 = m.value }
                    case 0x809D173B0ABEF57A: if v38 < 0, m.isKey("availEq") { v38 = m.value }
                    case 0x088E3B07B5394BC3: if v39 < 0, m.isKey("eq") { v39 = m.value }
                    case 0x9F71B32DC14EB6DE: if v40 < 0, m.isKey("activeOrdNum") { v40 = m.value }
                    case 0x56D7AB194448A4F3: if v41 < 0, m.isKey("tag") { v41 = m.value }
                    case 0xEB2C713D46B3AAC0: if v42 < 0, m.isKey("profitSharingRatio") { v42 = m.value }
                    case 0xA887C02351C4604C: if v43 < 0, m.isKey("copyType") { v43 = m.value }
                    case 0xC4D4BB05BCE6BAA0: if v44 < 0, m.isKey("tpRatio") { v44 = m.value }
                    case 0x0F705B68A9931739: if v45 < 0, m.isKey("slRatio") { v45 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v46 < 0, m.isKey("fee") { v46 = m.value }
                    case 0x436EE92425796E0A: if v47 < 0, m.isKey("fundingFee") { v47 = m.value }
                    case 0xECBE9C1EA56004BE: if v48 < 0, m.isKey("pTime") { v48 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
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
                self.direction = try d.directEnum(v31)
                self.basePos = try d.directBoolean(v32)
                self.sz = try d.directDecimal(v33)
                self.lever = try d.directDecimal(v34)
                self.actualLever = try d.directDecimal(v35)
                self.liqPx = try d.directDecimal(v36)
                self.ordFrozen = try d.directDecimal(v37)
                self.availEq = try d.directDecimal(v38)
                self.eq = try d.directDecimal(v39)
                self.activeOrdNum = try d.directInteger(v40)
                self.tag = try d.directText(v41)
                self.profitSharingRatio = try d.directDecimal(v42)
                self.copyType = try d.directEnum(v43)
                self.tpRatio = try d.directDecimal(v44)
                self.slRatio = try d.directDecimal(v45)
                self.fee = try d.directDecimal(v46)
                self.fundingFee = try d.directDecimal(v47)
                self.pTime = try d.directDate(v48)
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
        public struct Push: Codable, Sendable, TapeDirect {
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
                    case 0xE4E58518934513A2: if v31 < 0, m.isKey("quoteSz") { v31 = m.value }
                    case 0x4922FAA0F415D2D1: if v32 < 0, m.isKey("baseSz") { v32 = m.value }
                    case 0xD82BD9B5D16931F2: if v33 < 0, m.isKey("curQuoteSz") { v33 = m.value }
                    case 0xB28CC28D210A8D01: if v34 < 0, m.isKey("curBaseSz") { v34 = m.value }
                    case 0xB7C4D9E67847B0A7: if v35 < 0, m.isKey("profit") { v35 = m.value }
                    case 0x5662C38A7BC7F084: if v36 < 0, m.isKey("stopResult") { v36 = m.value }
                    case 0x9F71B32DC14EB6DE: if v37 < 0, m.isKey("activeOrdNum") { v37 = m.value }
                    case 0x56D7AB194448A4F3: if v38 < 0, m.isKey("tag") { v38 = m.value }
                    case 0xEB2C713D46B3AAC0: if v39 < 0, m.isKey("profitSharingRatio") { v39 = m.value }
                    case 0xA887C02351C4604C: if v40 < 0, m.isKey("copyType") { v40 = m.value }
                    case 0xECBE9C1EA56004BE: if v41 < 0, m.isKey("pTime") { v41 = m.value }
                    case 0xADABDA5226275360: if v42 < 0, m.isKey("tradeQuoteCcy") { v42 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
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
                self.stopType = try d.directEnum(v30)
                self.quoteSz = try d.directDecimal(v31)
                self.baseSz = try d.directDecimal(v32)
                self.curQuoteSz = try d.directDecimal(v33)
                self.curBaseSz = try d.directDecimal(v34)
                self.profit = try d.directDecimal(v35)
                self.stopResult = try d.directEnum(v36)
                self.activeOrdNum = try d.directInteger(v37)
                self.tag = try d.directText(v38)
                self.profitSharingRatio = try d.directDecimal(v39)
                self.copyType = try d.directEnum(v40)
                self.pTime = try d.directDate(v41)
                self.tradeQuoteCcy = try d.directText(v42)
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
        public struct Push: Codable, Sendable, TapeDirect {
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
                    case 0xECBE9C1EA56004BE: if v22 < 0, m.isKey("pTime") { v22 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
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
                self.pTime = try d.directDate(v22)
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
        public struct Push: Codable, Sendable, TapeDirect {
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
                    case 0x56D7AB194448A4F3: if v10 < 0, m.isKey("tag") { v10 = m.value }
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
                    case 0xECBE9C1EA56004BE: if v26 < 0, m.isKey("pTime") { v26 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.algoOrdType = try d.directEnum(v4)
                self.groupId = try d.directText(v5)
                self.ordId = try d.directText(v6)
                self.cTime = try d.directDate(v7)
                self.uTime = try d.directDate(v8)
                self.tdMode = try d.directEnum(v9)
                self.tag = try d.directText(v10)
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
                self.pTime = try d.directDate(v26)
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
