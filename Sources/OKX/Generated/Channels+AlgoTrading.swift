// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `algo-advance` channel on the business WebSocket endpoint: “Advance algo orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-advance-algo-orders-channel
    public enum AlgoAdvance: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["algo-advance"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `algo-advance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-advance-algo-orders-channel
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
            public var channelName: String { "algo-advance" }
        }
        /// One item of the `data` array of a `algo-advance` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-advance-algo-orders-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `triggerPx`: a decimal number (a string on the wire).
            public let triggerPx: Decimal?
            /// `ordPx`: a decimal number (a string on the wire).
            public let ordPx: Decimal?
            /// `actualSz`: a decimal number (a string on the wire).
            public let actualSz: Decimal?
            /// `actualPx`: a decimal number (a string on the wire).
            public let actualPx: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `actualSide`: text.
            public let actualSide: String?
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
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
            /// `count`: an integer (a string on the wire).
            public let count: Int?
            /// `callbackRatio`: a decimal number (a string on the wire).
            public let callbackRatio: Decimal?
            /// `callbackSpread`: a decimal number (a string on the wire).
            public let callbackSpread: Decimal?
            /// `activePx`: a decimal number (a string on the wire).
            public let activePx: Decimal?
            /// `moveTriggerPx`: a decimal number (a string on the wire).
            public let moveTriggerPx: Decimal?
            /// `failCode`: text.
            public let failCode: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// `isTradeBorrowMode`: a boolean.
            public let isTradeBorrowMode: Bool?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiText("ordId")
                self.algoId = try c.apiText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.lever = try c.apiDecimal("lever")
                self.state = try c.apiEnum("state")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.ordPx = try c.apiDecimal("ordPx")
                self.actualSz = try c.apiDecimal("actualSz")
                self.actualPx = try c.apiDecimal("actualPx")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.tag = try c.apiText("tag")
                self.actualSide = try c.apiText("actualSide")
                self.triggerTime = try c.apiDate("triggerTime")
                self.cTime = try c.apiDate("cTime")
                self.pxVar = try c.apiDecimal("pxVar")
                self.pxSpread = try c.apiDecimal("pxSpread")
                self.szLimit = try c.apiDecimal("szLimit")
                self.pxLimit = try c.apiDecimal("pxLimit")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.count = try c.apiInteger("count")
                self.callbackRatio = try c.apiDecimal("callbackRatio")
                self.callbackSpread = try c.apiDecimal("callbackSpread")
                self.activePx = try c.apiDecimal("activePx")
                self.moveTriggerPx = try c.apiDecimal("moveTriggerPx")
                self.failCode = try c.apiText("failCode")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.pTime = try c.apiDate("pTime")
                self.isTradeBorrowMode = try c.apiBoolean("isTradeBorrowMode")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x6B86FB72815776DD: if v3 < 0, m.isKey("ordId") { v3 = m.value }
                    case 0x57EE775BF04FA723: if v4 < 0, m.isKey("algoId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x08D94407B5794688: if v6 < 0, m.isKey("sz") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x297B967F0EEA27C2: if v8 < 0, m.isKey("posSide") { v8 = m.value }
                    case 0x74FC9DE3D6168692: if v9 < 0, m.isKey("tdMode") { v9 = m.value }
                    case 0xD2F181B86AE4553D: if v10 < 0, m.isKey("tgtCcy") { v10 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v11 < 0, m.isKey("lever") { v11 = m.value }
                    case 0xEE63AAAD45B1B116: if v12 < 0, m.isKey("state") { v12 = m.value }
                    case 0xC25672DCA183922F: if v13 < 0, m.isKey("tpTriggerPx") { v13 = m.value }
                    case 0xE78728D2C6576664: if v14 < 0, m.isKey("tpOrdPx") { v14 = m.value }
                    case 0x54DE5C06C1B6E122: if v15 < 0, m.isKey("slTriggerPx") { v15 = m.value }
                    case 0x9B6C978E2E265439: if v16 < 0, m.isKey("slOrdPx") { v16 = m.value }
                    case 0x47803AB73B0014C3: if v17 < 0, m.isKey("triggerPx") { v17 = m.value }
                    case 0x6B9EF972816C0558: if v18 < 0, m.isKey("ordPx") { v18 = m.value }
                    case 0x2F0E69057954B002: if v19 < 0, m.isKey("actualSz") { v19 = m.value }
                    case 0x2F186905795D0487: if v20 < 0, m.isKey("actualPx") { v20 = m.value }
                    case 0xFCADCCCEB1F0F653: if v21 < 0, m.isKey("notionalUsd") { v21 = m.value }
                    case 0x56D7AB194448A4F3: if v22 < 0, m.isKey("tag") { v22 = m.value }
                    case 0x5E984B1F944857EC: if v23 < 0, m.isKey("actualSide") { v23 = m.value }
                    case 0xB0139ECD774B95BA: if v24 < 0, m.isKey("triggerTime") { v24 = m.value }
                    case 0x97CBF7DBB8D1A953: if v25 < 0, m.isKey("cTime") { v25 = m.value }
                    case 0xD55FEAF3E2E7D96E: if v26 < 0, m.isKey("pxVar") { v26 = m.value }
                    case 0xB69967D348AA44BE: if v27 < 0, m.isKey("pxSpread") { v27 = m.value }
                    case 0x2AAED229800B787B: if v28 < 0, m.isKey("szLimit") { v28 = m.value }
                    case 0x7714438AC64E40E4: if v29 < 0, m.isKey("pxLimit") { v29 = m.value }
                    case 0x3C4038C9B9091C25: if v30 < 0, m.isKey("timeInterval") { v30 = m.value }
                    case 0xB1E5E28E4479A274: if v31 < 0, m.isKey("count") { v31 = m.value }
                    case 0x948FFC082B0FAE1D: if v32 < 0, m.isKey("callbackRatio") { v32 = m.value }
                    case 0xA7673F6F54D42B4D: if v33 < 0, m.isKey("callbackSpread") { v33 = m.value }
                    case 0x829CAFAD1D2383CF: if v34 < 0, m.isKey("activePx") { v34 = m.value }
                    case 0x320C64CB4963DBC0: if v35 < 0, m.isKey("moveTriggerPx") { v35 = m.value }
                    case 0x6E4A8F90F5603BCC: if v36 < 0, m.isKey("failCode") { v36 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v37 < 0, m.isKey("algoClOrdId") { v37 = m.value }
                    case 0x61A1F11A81412D29: if v38 < 0, m.isKey("reduceOnly") { v38 = m.value }
                    case 0xECBE9C1EA56004BE: if v39 < 0, m.isKey("pTime") { v39 = m.value }
                    case 0xB967F77AF11A66DF: if v40 < 0, m.isKey("isTradeBorrowMode") { v40 = m.value }
                    case 0xADABDA5226275360: if v41 < 0, m.isKey("tradeQuoteCcy") { v41 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.ccy = try d.directText(v2)
                self.ordId = try d.directText(v3)
                self.algoId = try d.directText(v4)
                self.clOrdId = try d.directText(v5)
                self.sz = try d.directDecimal(v6)
                self.side = try d.directEnum(v7)
                self.posSide = try d.directEnum(v8)
                self.tdMode = try d.directEnum(v9)
                self.tgtCcy = try d.directEnum(v10)
                self.lever = try d.directDecimal(v11)
                self.state = try d.directEnum(v12)
                self.tpTriggerPx = try d.directDecimal(v13)
                self.tpOrdPx = try d.directDecimal(v14)
                self.slTriggerPx = try d.directDecimal(v15)
                self.slOrdPx = try d.directDecimal(v16)
                self.triggerPx = try d.directDecimal(v17)
                self.ordPx = try d.directDecimal(v18)
                self.actualSz = try d.directDecimal(v19)
                self.actualPx = try d.directDecimal(v20)
                self.notionalUsd = try d.directDecimal(v21)
                self.tag = try d.directText(v22)
                self.actualSide = try d.directText(v23)
                self.triggerTime = try d.directDate(v24)
                self.cTime = try d.directDate(v25)
                self.pxVar = try d.directDecimal(v26)
                self.pxSpread = try d.directDecimal(v27)
                self.szLimit = try d.directDecimal(v28)
                self.pxLimit = try d.directDecimal(v29)
                self.timeInterval = try d.directInteger(v30)
                self.count = try d.directInteger(v31)
                self.callbackRatio = try d.directDecimal(v32)
                self.callbackSpread = try d.directDecimal(v33)
                self.activePx = try d.directDecimal(v34)
                self.moveTriggerPx = try d.directDecimal(v35)
                self.failCode = try d.directText(v36)
                self.algoClOrdId = try d.directText(v37)
                self.reduceOnly = try d.directBoolean(v38)
                self.pTime = try d.directDate(v39)
                self.isTradeBorrowMode = try d.directBoolean(v40)
                self.tradeQuoteCcy = try d.directText(v41)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteDecimal(self.ordPx, "ordPx")
                try c.apiWriteDecimal(self.actualSz, "actualSz")
                try c.apiWriteDecimal(self.actualPx, "actualPx")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.actualSide, "actualSide")
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDecimal(self.pxVar, "pxVar")
                try c.apiWriteDecimal(self.pxSpread, "pxSpread")
                try c.apiWriteDecimal(self.szLimit, "szLimit")
                try c.apiWriteDecimal(self.pxLimit, "pxLimit")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteInteger(self.count, "count")
                try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                try c.apiWriteDecimal(self.activePx, "activePx")
                try c.apiWriteDecimal(self.moveTriggerPx, "moveTriggerPx")
                try c.apiWriteText(self.failCode, "failCode")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteDate(self.pTime, "pTime")
                try c.apiWriteBoolean(self.isTradeBorrowMode, "isTradeBorrowMode")
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
            /// `MARGIN`.
            public static let margin: Self = "MARGIN"
            /// `SWAP`.
            public static let swap: Self = "SWAP"
            /// `FUTURES`.
            public static let futures: Self = "FUTURES"
            /// `ANY`.
            public static let any: Self = "ANY"
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
            /// `long`.
            public static let long: Self = "long"
            /// `short`.
            public static let short: Self = "short"
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

        /// The values of `tgtCcy` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `live`.
            public static let live: Self = "live"
            /// `effective`.
            public static let effective: Self = "effective"
            /// `partially_effective`.
            public static let partiallyEffective: Self = "partially_effective"
            /// `canceled`.
            public static let canceled: Self = "canceled"
            /// `order_failed`.
            public static let orderFailed: Self = "order_failed"
            /// `pause`.
            public static let pause: Self = "pause"
        }
    }

    /// The `orders-algo` channel on the business WebSocket endpoint: “Algo orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-algo-orders-channel
    public enum OrdersAlgo: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["orders-algo"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `orders-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-algo-orders-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "orders-algo" }
        }
        /// One item of the `data` array of a `orders-algo` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-algo-trading-ws-algo-orders-channel
        public struct Push: Codable, Sendable, TapeDirect {
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
            /// `instType`: text.
            public let instType: String?
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
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
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
            /// `advanceOrdType`: text.
            public let advanceOrdType: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `actualSz`: a decimal number (a string on the wire).
            public let actualSz: Decimal?
            /// `actualPx`: a decimal number (a string on the wire).
            public let actualPx: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `actualSide`: text.
            public let actualSide: String?
            /// `triggerTime`: a time (epoch milliseconds on the wire).
            public let triggerTime: Date?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `failCode`: text.
            public let failCode: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `reqId`: text.
            public let reqId: String?
            /// `amendResult`: one of a documented set of values (unknown values are kept).
            public let amendResult: AmendResult?
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
            /// `chaseType`: text.
            public let chaseType: String?
            /// `chaseVal`: a decimal number (a string on the wire).
            public let chaseVal: Decimal?
            /// `maxChaseType`: text.
            public let maxChaseType: String?
            /// `maxChaseVal`: a decimal number (a string on the wire).
            public let maxChaseVal: Decimal?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiText("ordId")
                self.ordIdList = try c.apiTexts("ordIdList")
                self.algoId = try c.apiRequiredText("algoId")
                self.clOrdId = try c.apiText("clOrdId")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.lever = try c.apiDecimal("lever")
                self.state = try c.apiEnum("state")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.triggerPxType = try c.apiEnum("triggerPxType")
                self.ordPx = try c.apiDecimal("ordPx")
                self.advanceOrdType = try c.apiText("advanceOrdType")
                self.last = try c.apiDecimal("last")
                self.actualSz = try c.apiDecimal("actualSz")
                self.actualPx = try c.apiDecimal("actualPx")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.tag = try c.apiText("tag")
                self.actualSide = try c.apiText("actualSide")
                self.triggerTime = try c.apiDate("triggerTime")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.failCode = try c.apiText("failCode")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.reqId = try c.apiText("reqId")
                self.amendResult = try c.apiEnum("amendResult")
                self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedOrd = try c.apiNested("linkedOrd")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.isTradeBorrowMode = try c.apiBoolean("isTradeBorrowMode")
                self.chaseType = try c.apiText("chaseType")
                self.chaseVal = try c.apiDecimal("chaseVal")
                self.maxChaseType = try c.apiText("maxChaseType")
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
                    case 0xE876851027B58648: if v8 < 0, m.isKey("ordType") { v8 = m.value }
                    case 0x4E0C8A18E635803E: if v9 < 0, m.isKey("side") { v9 = m.value }
                    case 0x297B967F0EEA27C2: if v10 < 0, m.isKey("posSide") { v10 = m.value }
                    case 0x74FC9DE3D6168692: if v11 < 0, m.isKey("tdMode") { v11 = m.value }
                    case 0xD2F181B86AE4553D: if v12 < 0, m.isKey("tgtCcy") { v12 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v13 < 0, m.isKey("lever") { v13 = m.value }
                    case 0xEE63AAAD45B1B116: if v14 < 0, m.isKey("state") { v14 = m.value }
                    case 0xC25672DCA183922F: if v15 < 0, m.isKey("tpTriggerPx") { v15 = m.value }
                    case 0x5E9E22E1077F8277: if v16 < 0, m.isKey("tpTriggerPxType") { v16 = m.value }
                    case 0xE78728D2C6576664: if v17 < 0, m.isKey("tpOrdPx") { v17 = m.value }
                    case 0x54DE5C06C1B6E122: if v18 < 0, m.isKey("slTriggerPx") { v18 = m.value }
                    case 0x2E071A62AA81C4D2: if v19 < 0, m.isKey("slTriggerPxType") { v19 = m.value }
                    case 0x9B6C978E2E265439: if v20 < 0, m.isKey("slOrdPx") { v20 = m.value }
                    case 0x47803AB73B0014C3: if v21 < 0, m.isKey("triggerPx") { v21 = m.value }
                    case 0x1DE2F1C52389199B: if v22 < 0, m.isKey("triggerPxType") { v22 = m.value }
                    case 0x6B9EF972816C0558: if v23 < 0, m.isKey("ordPx") { v23 = m.value }
                    case 0x8EDDEE17F45F5A10: if v24 < 0, m.isKey("advanceOrdType") { v24 = m.value }
                    case 0x0456D2AD905847D9: if v25 < 0, m.isKey("last") { v25 = m.value }
                    case 0x2F0E69057954B002: if v26 < 0, m.isKey("actualSz") { v26 = m.value }
                    case 0x2F186905795D0487: if v27 < 0, m.isKey("actualPx") { v27 = m.value }
                    case 0xFCADCCCEB1F0F653: if v28 < 0, m.isKey("notionalUsd") { v28 = m.value }
                    case 0x56D7AB194448A4F3: if v29 < 0, m.isKey("tag") { v29 = m.value }
                    case 0x5E984B1F944857EC: if v30 < 0, m.isKey("actualSide") { v30 = m.value }
                    case 0xB0139ECD774B95BA: if v31 < 0, m.isKey("triggerTime") { v31 = m.value }
                    case 0x61A1F11A81412D29: if v32 < 0, m.isKey("reduceOnly") { v32 = m.value }
                    case 0x6E4A8F90F5603BCC: if v33 < 0, m.isKey("failCode") { v33 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v34 < 0, m.isKey("algoClOrdId") { v34 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v35 < 0, m.isKey("reqId") { v35 = m.value }
                    case 0x88DAFE2E2D1C11D9: if v36 < 0, m.isKey("amendResult") { v36 = m.value }
                    case 0x9EB51AAC603AC97F: if v37 < 0, m.isKey("amendPxOnTriggerType") { v37 = m.value }
                    case 0x2E4A53E0B408B50F: if v38 < 0, m.isKey("attachAlgoOrds") { v38 = m.value }
                    case 0x08BDAD3722CE741B: if v39 < 0, m.isKey("linkedOrd") { v39 = m.value }
                    case 0x97CBF7DBB8D1A953: if v40 < 0, m.isKey("cTime") { v40 = m.value }
                    case 0x607ED783146D4C29: if v41 < 0, m.isKey("uTime") { v41 = m.value }
                    case 0xB967F77AF11A66DF: if v42 < 0, m.isKey("isTradeBorrowMode") { v42 = m.value }
                    case 0x529F5F991EBB2F95: if v43 < 0, m.isKey("chaseType") { v43 = m.value }
                    case 0xC4D1A87E525E4AD4: if v44 < 0, m.isKey("chaseVal") { v44 = m.value }
                    case 0x428D2D4E055CF1F9: if v45 < 0, m.isKey("maxChaseType") { v45 = m.value }
                    case 0x199533F472D91300: if v46 < 0, m.isKey("maxChaseVal") { v46 = m.value }
                    case 0xADABDA5226275360: if v47 < 0, m.isKey("tradeQuoteCcy") { v47 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.ccy = try d.directText(v2)
                self.ordId = try d.directText(v3)
                self.ordIdList = try d.directTexts(v4)
                self.algoId = try d.directRequiredText(v5, "algoId")
                self.clOrdId = try d.directText(v6)
                self.sz = try d.directDecimal(v7)
                self.ordType = try d.directEnum(v8)
                self.side = try d.directEnum(v9)
                self.posSide = try d.directEnum(v10)
                self.tdMode = try d.directEnum(v11)
                self.tgtCcy = try d.directEnum(v12)
                self.lever = try d.directDecimal(v13)
                self.state = try d.directEnum(v14)
                self.tpTriggerPx = try d.directDecimal(v15)
                self.tpTriggerPxType = try d.directEnum(v16)
                self.tpOrdPx = try d.directDecimal(v17)
                self.slTriggerPx = try d.directDecimal(v18)
                self.slTriggerPxType = try d.directEnum(v19)
                self.slOrdPx = try d.directDecimal(v20)
                self.triggerPx = try d.directDecimal(v21)
                self.triggerPxType = try d.directEnum(v22)
                self.ordPx = try d.directDecimal(v23)
                self.advanceOrdType = try d.directText(v24)
                self.last = try d.directDecimal(v25)
                self.actualSz = try d.directDecimal(v26)
                self.actualPx = try d.directDecimal(v27)
                self.notionalUsd = try d.directDecimal(v28)
                self.tag = try d.directText(v29)
                self.actualSide = try d.directText(v30)
                self.triggerTime = try d.directDate(v31)
                self.reduceOnly = try d.directBoolean(v32)
                self.failCode = try d.directText(v33)
                self.algoClOrdId = try d.directText(v34)
                self.reqId = try d.directText(v35)
                self.amendResult = try d.directEnum(v36)
                self.amendPxOnTriggerType = try d.directEnum(v37)
                self.attachAlgoOrds = try d.directNested(v38)
                self.linkedOrd = try d.directNested(v39)
                self.cTime = try d.directDate(v40)
                self.uTime = try d.directDate(v41)
                self.isTradeBorrowMode = try d.directBoolean(v42)
                self.chaseType = try d.directText(v43)
                self.chaseVal = try d.directDecimal(v44)
                self.maxChaseType = try d.directText(v45)
                self.maxChaseVal = try d.directDecimal(v46)
                self.tradeQuoteCcy = try d.directText(v47)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteTexts(self.ordIdList, "ordIdList")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteEnum(self.triggerPxType, "triggerPxType")
                try c.apiWriteDecimal(self.ordPx, "ordPx")
                try c.apiWriteText(self.advanceOrdType, "advanceOrdType")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.actualSz, "actualSz")
                try c.apiWriteDecimal(self.actualPx, "actualPx")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.actualSide, "actualSide")
                try c.apiWriteDate(self.triggerTime, "triggerTime")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.failCode, "failCode")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteEnum(self.amendResult, "amendResult")
                try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedOrd, "linkedOrd")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteBoolean(self.isTradeBorrowMode, "isTradeBorrowMode")
                try c.apiWriteText(self.chaseType, "chaseType")
                try c.apiWriteDecimal(self.chaseVal, "chaseVal")
                try c.apiWriteText(self.maxChaseType, "maxChaseType")
                try c.apiWriteDecimal(self.maxChaseVal, "maxChaseVal")
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
            /// `MARGIN`.
            public static let margin: Self = "MARGIN"
            /// `SWAP`.
            public static let swap: Self = "SWAP"
            /// `FUTURES`.
            public static let futures: Self = "FUTURES"
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `tpTriggerPxType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `slTriggerPxType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `ordType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct OrdType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `conditional`.
            public static let conditional: Self = "conditional"
            /// `oco`.
            public static let oco: Self = "oco"
            /// `trigger`.
            public static let trigger: Self = "trigger"
            /// `chase`.
            public static let chase: Self = "chase"
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
            /// `long`.
            public static let long: Self = "long"
            /// `short`.
            public static let short: Self = "short"
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

        /// The values of `tgtCcy` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `live`.
            public static let live: Self = "live"
            /// `effective`.
            public static let effective: Self = "effective"
            /// `canceled`.
            public static let canceled: Self = "canceled"
            /// `order_failed`.
            public static let orderFailed: Self = "order_failed"
            /// `partially_failed`.
            public static let partiallyFailed: Self = "partially_failed"
            /// `partially_effective`.
            public static let partiallyEffective: Self = "partially_effective"
        }

        /// The values of `triggerPxType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
        }

        /// The values of `amendResult` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AmendResult: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `-1`.
            public static let v1: Self = "-1"
            /// `0`.
            public static let v0: Self = "0"
        }

        /// The values of `amendPxOnTriggerType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }
}
