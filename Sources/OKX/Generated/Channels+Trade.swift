// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `fills` channel on the private WebSocket endpoint: “Fills channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-fills-channel
    public enum Fills: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["fills"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `fills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-fills-channel
        public struct Arguments: ChannelArguments {
            /// `instId`: text.
            public var instId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instId: String? = nil) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "fills" }
        }
        /// One item of the `data` array of a `fills` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-fills-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `execType`: text.
            public let execType: String?
            /// `count`: an integer (a string on the wire).
            public let count: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.side = try c.apiEnum("side")
                self.ts = try c.apiDate("ts")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tradeId = try c.apiText("tradeId")
                self.execType = try c.apiText("execType")
                self.count = try c.apiInteger("count")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x603284A90A760821: if v1 < 0, m.isKey("fillSz") { v1 = m.value }
                    case 0x602880A90A6DACD0: if v2 < 0, m.isKey("fillPx") { v2 = m.value }
                    case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x6B86FB72815776DD: if v5 < 0, m.isKey("ordId") { v5 = m.value }
                    case 0x76ED59528A2E9E7C: if v6 < 0, m.isKey("clOrdId") { v6 = m.value }
                    case 0x0791A710B055183C: if v7 < 0, m.isKey("tradeId") { v7 = m.value }
                    case 0xE1EAA9A61EC91894: if v8 < 0, m.isKey("execType") { v8 = m.value }
                    case 0xB1E5E28E4479A274: if v9 < 0, m.isKey("count") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.fillSz = try d.directDecimal(v1)
                self.fillPx = try d.directDecimal(v2)
                self.side = try d.directEnum(v3)
                self.ts = try d.directDate(v4)
                self.ordId = try d.directRequiredText(v5, "ordId")
                self.clOrdId = try d.directText(v6)
                self.tradeId = try d.directText(v7)
                self.execType = try d.directText(v8)
                self.count = try d.directInteger(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.execType, "execType")
                try c.apiWriteInteger(self.count, "count")
            }
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
    }

    /// The `orders` channel on the private WebSocket endpoint: “Order channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-order-channel
    public enum Orders: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["orders"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-order-channel
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
            public var channelName: String { "orders" }
        }
        /// One item of the `data` array of a `orders` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-order-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable, TapeDirect {
                /// `attachAlgoId`: text.
                public let attachAlgoId: String?
                /// `attachAlgoClOrdId`: text.
                public let attachAlgoClOrdId: String?
                /// `tpOrdKind`: one of a documented set of values (unknown values are kept).
                public let tpOrdKind: TpOrdKind?
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
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `amendPxOnTriggerType`: one of a documented set of values (unknown values are kept).
                public let amendPxOnTriggerType: AmendPxOnTriggerType?
                /// `callbackRatio`: a decimal number (a string on the wire).
                public let callbackRatio: Decimal?
                /// `callbackSpread`: a decimal number (a string on the wire).
                public let callbackSpread: Decimal?
                /// `activePx`: a decimal number (a string on the wire).
                public let activePx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.attachAlgoId = try c.apiText("attachAlgoId")
                    self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                    self.tpOrdKind = try c.apiEnum("tpOrdKind")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerRatio = try c.apiDecimal("tpTriggerRatio")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerRatio = try c.apiDecimal("slTriggerRatio")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.slOrdPx = try c.apiDecimal("slOrdPx")
                    self.sz = try c.apiDecimal("sz")
                    self.amendPxOnTriggerType = try c.apiEnum("amendPxOnTriggerType")
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
                    var v12: Int32 = -1
                    var v13: Int32 = -1
                    var v14: Int32 = -1
                    var v15: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xCC6A59D343A30DD2: if v0 < 0, m.isKey("attachAlgoId") { v0 = m.value }
                        case 0x810621D0E3DFA3AE: if v1 < 0, m.isKey("attachAlgoClOrdId") { v1 = m.value }
                        case 0xD1DA2CA28175E18E: if v2 < 0, m.isKey("tpOrdKind") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0xA4AC5541E1715DEA: if v4 < 0, m.isKey("tpTriggerRatio") { v4 = m.value }
                        case 0x5E9E22E1077F8277: if v5 < 0, m.isKey("tpTriggerPxType") { v5 = m.value }
                        case 0xE78728D2C6576664: if v6 < 0, m.isKey("tpOrdPx") { v6 = m.value }
                        case 0x54DE5C06C1B6E122: if v7 < 0, m.isKey("slTriggerPx") { v7 = m.value }
                        case 0x4BB7AA9CA0A045F9: if v8 < 0, m.isKey("slTriggerRatio") { v8 = m.value }
                        case 0x2E071A62AA81C4D2: if v9 < 0, m.isKey("slTriggerPxType") { v9 = m.value }
                        case 0x9B6C978E2E265439: if v10 < 0, m.isKey("slOrdPx") { v10 = m.value }
                        case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                        case 0x9EB51AAC603AC97F: if v12 < 0, m.isKey("amendPxOnTriggerType") { v12 = m.value }
                        case 0x948FFC082B0FAE1D: if v13 < 0, m.isKey("callbackRatio") { v13 = m.value }
                        case 0xA7673F6F54D42B4D: if v14 < 0, m.isKey("callbackSpread") { v14 = m.value }
                        case 0x829CAFAD1D2383CF: if v15 < 0, m.isKey("activePx") { v15 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.attachAlgoId = try d.directText(v0)
                    self.attachAlgoClOrdId = try d.directText(v1)
                    self.tpOrdKind = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerRatio = try d.directDecimal(v4)
                    self.tpTriggerPxType = try d.directEnum(v5)
                    self.tpOrdPx = try d.directDecimal(v6)
                    self.slTriggerPx = try d.directDecimal(v7)
                    self.slTriggerRatio = try d.directDecimal(v8)
                    self.slTriggerPxType = try d.directEnum(v9)
                    self.slOrdPx = try d.directDecimal(v10)
                    self.sz = try d.directDecimal(v11)
                    self.amendPxOnTriggerType = try d.directEnum(v12)
                    self.callbackRatio = try d.directDecimal(v13)
                    self.callbackSpread = try d.directDecimal(v14)
                    self.activePx = try d.directDecimal(v15)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.attachAlgoId, "attachAlgoId")
                    try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                    try c.apiWriteEnum(self.tpOrdKind, "tpOrdKind")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteDecimal(self.tpTriggerRatio, "tpTriggerRatio")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteDecimal(self.slTriggerRatio, "slTriggerRatio")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.amendPxOnTriggerType, "amendPxOnTriggerType")
                    try c.apiWriteDecimal(self.callbackRatio, "callbackRatio")
                    try c.apiWriteDecimal(self.callbackSpread, "callbackSpread")
                    try c.apiWriteDecimal(self.activePx, "activePx")
                }
            }
            /// A nested object of the response.
            public struct LinkedAlgoOrd: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct AlgoId: Codable, Sendable, TapeDirect {
                    /// The docs list no fields for this item.
                    public init(from decoder: any Decoder) throws {}
                    /// Reads nothing, like `init(from:)`.
                    package init(tape: JSONTape, at index: Int32) throws {}
                    /// Writes an empty object.
                    public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
                }
                /// `algoId`: a nested object.
                public let algoId: AlgoId?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiNested("algoId")
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
                    self.algoId = try d.directNested(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteNested(self.algoId, "algoId")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `tgtCcy`: one of a documented set of values (unknown values are kept).
            public let tgtCcy: TgtCcy?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `pxUsd`: a decimal number (a string on the wire).
            public let pxUsd: Decimal?
            /// `pxVol`: a decimal number (a string on the wire).
            public let pxVol: Decimal?
            /// `pxType`: one of a documented set of values (unknown values are kept).
            public let pxType: PxType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPnl`: a decimal number (a string on the wire).
            public let fillPnl: Decimal?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `fillFee`: a decimal number (a string on the wire).
            public let fillFee: Decimal?
            /// `fillFeeCcy`: text.
            public let fillFeeCcy: String?
            /// `fillPxVol`: a decimal number (a string on the wire).
            public let fillPxVol: Decimal?
            /// `fillPxUsd`: a decimal number (a string on the wire).
            public let fillPxUsd: Decimal?
            /// `fillMarkVol`: a decimal number (a string on the wire).
            public let fillMarkVol: Decimal?
            /// `fillFwdPx`: a decimal number (a string on the wire).
            public let fillFwdPx: Decimal?
            /// `fillMarkPx`: a decimal number (a string on the wire).
            public let fillMarkPx: Decimal?
            /// `fillIdxPx`: a decimal number (a string on the wire).
            public let fillIdxPx: Decimal?
            /// `execType`: text.
            public let execType: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `fillNotionalUsd`: a decimal number (a string on the wire).
            public let fillNotionalUsd: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `attachAlgoClOrdId`: text.
            public let attachAlgoClOrdId: String?
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
            /// `attachAlgoOrds`: a list of nested objects.
            public let attachAlgoOrds: [AttachAlgoOrds]?
            /// `linkedAlgoOrd`: a nested object.
            public let linkedAlgoOrd: LinkedAlgoOrd?
            /// `stpId`: text; deprecated.
            public let stpId: String?
            /// `stpMode`: text.
            public let stpMode: String?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `rebateCcy`: text.
            public let rebateCcy: String?
            /// `rebate`: a decimal number (a string on the wire).
            public let rebate: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `amendSource`: one of a documented set of values (unknown values are kept).
            public let amendSource: AmendSource?
            /// `category`: one of a documented set of values (unknown values are kept).
            public let category: Category?
            /// `isTpLimit`: a boolean.
            public let isTpLimit: Bool?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `reqId`: text.
            public let reqId: String?
            /// `amendResult`: one of a documented set of values (unknown values are kept).
            public let amendResult: AmendResult?
            /// `reduceOnly`: a boolean.
            public let reduceOnly: Bool?
            /// `quickMgnType`: text; deprecated.
            public let quickMgnType: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `algoId`: text.
            public let algoId: String?
            /// `lastPx`: a decimal number (a string on the wire).
            public let lastPx: Decimal?
            /// `code`: text.
            public let code: String?
            /// `msg`: text.
            public let msg: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.tgtCcy = try c.apiEnum("tgtCcy")
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.pxUsd = try c.apiDecimal("pxUsd")
                self.pxVol = try c.apiDecimal("pxVol")
                self.pxType = try c.apiEnum("pxType")
                self.sz = try c.apiDecimal("sz")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.tdMode = try c.apiEnum("tdMode")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPnl = try c.apiDecimal("fillPnl")
                self.fillTime = try c.apiDate("fillTime")
                self.fillFee = try c.apiDecimal("fillFee")
                self.fillFeeCcy = try c.apiText("fillFeeCcy")
                self.fillPxVol = try c.apiDecimal("fillPxVol")
                self.fillPxUsd = try c.apiDecimal("fillPxUsd")
                self.fillMarkVol = try c.apiDecimal("fillMarkVol")
                self.fillFwdPx = try c.apiDecimal("fillFwdPx")
                self.fillMarkPx = try c.apiDecimal("fillMarkPx")
                self.fillIdxPx = try c.apiDecimal("fillIdxPx")
                self.execType = try c.apiText("execType")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.fillNotionalUsd = try c.apiDecimal("fillNotionalUsd")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.lever = try c.apiDecimal("lever")
                self.attachAlgoClOrdId = try c.apiText("attachAlgoClOrdId")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.attachAlgoOrds = try c.apiNested("attachAlgoOrds")
                self.linkedAlgoOrd = try c.apiNested("linkedAlgoOrd")
                self.stpId = try c.apiText("stpId")
                self.stpMode = try c.apiText("stpMode")
                self.feeCcy = try c.apiText("feeCcy")
                self.fee = try c.apiDecimal("fee")
                self.rebateCcy = try c.apiText("rebateCcy")
                self.rebate = try c.apiDecimal("rebate")
                self.pnl = try c.apiDecimal("pnl")
                self.source = try c.apiEnum("source")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.amendSource = try c.apiEnum("amendSource")
                self.category = try c.apiEnum("category")
                self.isTpLimit = try c.apiBoolean("isTpLimit")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.reqId = try c.apiText("reqId")
                self.amendResult = try c.apiEnum("amendResult")
                self.reduceOnly = try c.apiBoolean("reduceOnly")
                self.quickMgnType = try c.apiText("quickMgnType")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.algoId = try c.apiText("algoId")
                self.lastPx = try c.apiDecimal("lastPx")
                self.code = try c.apiText("code")
                self.msg = try c.apiText("msg")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.outcome = try c.apiEnum("outcome")
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
                var v59: Int32 = -1
                var v60: Int32 = -1
                var v61: Int32 = -1
                var v62: Int32 = -1
                var v63: Int32 = -1
                var v64: Int32 = -1
                var v65: Int32 = -1
                var v66: Int32 = -1
                var v67: Int32 = -1
                var v68: Int32 = -1
                var v69: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xD2F181B86AE4553D: if v2 < 0, m.isKey("tgtCcy") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x76ED59528A2E9E7C: if v5 < 0, m.isKey("clOrdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                    case 0xBBA763F3D46984D7: if v8 < 0, m.isKey("pxUsd") { v8 = m.value }
                    case 0xD558D8F3E2E19C2A: if v9 < 0, m.isKey("pxVol") { v9 = m.value }
                    case 0xC80F135880776EDD: if v10 < 0, m.isKey("pxType") { v10 = m.value }
                    case 0x08D94407B5794688: if v11 < 0, m.isKey("sz") { v11 = m.value }
                    case 0xFCADCCCEB1F0F653: if v12 < 0, m.isKey("notionalUsd") { v12 = m.value }
                    case 0xE876851027B58648: if v13 < 0, m.isKey("ordType") { v13 = m.value }
                    case 0x4E0C8A18E635803E: if v14 < 0, m.isKey("side") { v14 = m.value }
                    case 0x297B967F0EEA27C2: if v15 < 0, m.isKey("posSide") { v15 = m.value }
                    case 0x74FC9DE3D6168692: if v16 < 0, m.isKey("tdMode") { v16 = m.value }
                    case 0x602880A90A6DACD0: if v17 < 0, m.isKey("fillPx") { v17 = m.value }
                    case 0x0791A710B055183C: if v18 < 0, m.isKey("tradeId") { v18 = m.value }
                    case 0x603284A90A760821: if v19 < 0, m.isKey("fillSz") { v19 = m.value }
                    case 0xD25D5F3CB83FA3DA: if v20 < 0, m.isKey("fillPnl") { v20 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v21 < 0, m.isKey("fillTime") { v21 = m.value }
                    case 0x7BD6CA3C8744A3E8: if v22 < 0, m.isKey("fillFee") { v22 = m.value }
                    case 0xA3AC2E22D1A23A3D: if v23 < 0, m.isKey("fillFeeCcy") { v23 = m.value }
                    case 0xEE54B0EB8DD60351: if v24 < 0, m.isKey("fillPxVol") { v24 = m.value }
                    case 0xE39179EB87247D80: if v25 < 0, m.isKey("fillPxUsd") { v25 = m.value }
                    case 0x4D7D346073848E5E: if v26 < 0, m.isKey("fillMarkVol") { v26 = m.value }
                    case 0x6E1FB99DDD898EE9: if v27 < 0, m.isKey("fillFwdPx") { v27 = m.value }
                    case 0x1BD4BD38B7D08DB9: if v28 < 0, m.isKey("fillMarkPx") { v28 = m.value }
                    case 0xCA0379BB656CCF67: if v29 < 0, m.isKey("fillIdxPx") { v29 = m.value }
                    case 0xE1EAA9A61EC91894: if v30 < 0, m.isKey("execType") { v30 = m.value }
                    case 0xE12619F1F82DFC32: if v31 < 0, m.isKey("accFillSz") { v31 = m.value }
                    case 0xF58ED2E6747BD5A4: if v32 < 0, m.isKey("fillNotionalUsd") { v32 = m.value }
                    case 0xEC314E92A840CB9B: if v33 < 0, m.isKey("avgPx") { v33 = m.value }
                    case 0xEE63AAAD45B1B116: if v34 < 0, m.isKey("state") { v34 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v35 < 0, m.isKey("lever") { v35 = m.value }
                    case 0x810621D0E3DFA3AE: if v36 < 0, m.isKey("attachAlgoClOrdId") { v36 = m.value }
                    case 0xC25672DCA183922F: if v37 < 0, m.isKey("tpTriggerPx") { v37 = m.value }
                    case 0x5E9E22E1077F8277: if v38 < 0, m.isKey("tpTriggerPxType") { v38 = m.value }
                    case 0xE78728D2C6576664: if v39 < 0, m.isKey("tpOrdPx") { v39 = m.value }
                    case 0x54DE5C06C1B6E122: if v40 < 0, m.isKey("slTriggerPx") { v40 = m.value }
                    case 0x2E071A62AA81C4D2: if v41 < 0, m.isKey("slTriggerPxType") { v41 = m.value }
                    case 0x9B6C978E2E265439: if v42 < 0, m.isKey("slOrdPx") { v42 = m.value }
                    case 0x2E4A53E0B408B50F: if v43 < 0, m.isKey("attachAlgoOrds") { v43 = m.value }
                    case 0x4A170D65FF53DBF2: if v44 < 0, m.isKey("linkedAlgoOrd") { v44 = m.value }
                    case 0x702CFEAD8F2AB58B: if v45 < 0, m.isKey("stpId") { v45 = m.value }
                    case 0xBD9427F0BE285C3D: if v46 < 0, m.isKey("stpMode") { v46 = m.value }
                    case 0x1E2D7FE73967FEA0: if v47 < 0, m.isKey("feeCcy") { v47 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v48 < 0, m.isKey("fee") { v48 = m.value }
                    case 0x9A4FEE4FAC20158B: if v49 < 0, m.isKey("rebateCcy") { v49 = m.value }
                    case 0x731C1AFA28404F82: if v50 < 0, m.isKey("rebate") { v50 = m.value }
                    case 0x779E7A1956519EED: if v51 < 0, m.isKey("pnl") { v51 = m.value }
                    case 0x76DBDC228F782DB8: if v52 < 0, m.isKey("source") { v52 = m.value }
                    case 0x446237078F20E25E: if v53 < 0, m.isKey("cancelSource") { v53 = m.value }
                    case 0xEADB429D31DD1305: if v54 < 0, m.isKey("amendSource") { v54 = m.value }
                    case 0x5BD2E7FFB1224E91: if v55 < 0, m.isKey("category") { v55 = m.value }
                    case 0xC3EFB689DA39DC68: if v56 < 0, m.isKey("isTpLimit") { v56 = m.value }
                    case 0x607ED783146D4C29: if v57 < 0, m.isKey("uTime") { v57 = m.value }
                    case 0x97CBF7DBB8D1A953: if v58 < 0, m.isKey("cTime") { v58 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v59 < 0, m.isKey("reqId") { v59 = m.value }
                    case 0x88DAFE2E2D1C11D9: if v60 < 0, m.isKey("amendResult") { v60 = m.value }
                    case 0x61A1F11A81412D29: if v61 < 0, m.isKey("reduceOnly") { v61 = m.value }
                    case 0xEB3B6FC36D069A16: if v62 < 0, m.isKey("quickMgnType") { v62 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v63 < 0, m.isKey("algoClOrdId") { v63 = m.value }
                    case 0x57EE775BF04FA723: if v64 < 0, m.isKey("algoId") { v64 = m.value }
                    case 0x572E437AF4A3C729: if v65 < 0, m.isKey("lastPx") { v65 = m.value }
                    case 0x0BB51791194B4414: if v66 < 0, m.isKey("code") { v66 = m.value }
                    case 0x07E05A191745BE82: if v67 < 0, m.isKey("msg") { v67 = m.value }
                    case 0xADABDA5226275360: if v68 < 0, m.isKey("tradeQuoteCcy") { v68 = m.value }
                    case 0x75FE2A8465B02E53: if v69 < 0, m.isKey("outcome") { v69 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.tgtCcy = try d.directEnum(v2)
                self.ccy = try d.directText(v3)
                self.ordId = try d.directRequiredText(v4, "ordId")
                self.clOrdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.px = try d.directDecimal(v7)
                self.pxUsd = try d.directDecimal(v8)
                self.pxVol = try d.directDecimal(v9)
                self.pxType = try d.directEnum(v10)
                self.sz = try d.directDecimal(v11)
                self.notionalUsd = try d.directDecimal(v12)
                self.ordType = try d.directEnum(v13)
                self.side = try d.directEnum(v14)
                self.posSide = try d.directEnum(v15)
                self.tdMode = try d.directEnum(v16)
                self.fillPx = try d.directDecimal(v17)
                self.tradeId = try d.directText(v18)
                self.fillSz = try d.directDecimal(v19)
                self.fillPnl = try d.directDecimal(v20)
                self.fillTime = try d.directDate(v21)
                self.fillFee = try d.directDecimal(v22)
                self.fillFeeCcy = try d.directText(v23)
                self.fillPxVol = try d.directDecimal(v24)
                self.fillPxUsd = try d.directDecimal(v25)
                self.fillMarkVol = try d.directDecimal(v26)
                self.fillFwdPx = try d.directDecimal(v27)
                self.fillMarkPx = try d.directDecimal(v28)
                self.fillIdxPx = try d.directDecimal(v29)
                self.execType = try d.directText(v30)
                self.accFillSz = try d.directDecimal(v31)
                self.fillNotionalUsd = try d.directDecimal(v32)
                self.avgPx = try d.directDecimal(v33)
                self.state = try d.directEnum(v34)
                self.lever = try d.directDecimal(v35)
                self.attachAlgoClOrdId = try d.directText(v36)
                self.tpTriggerPx = try d.directDecimal(v37)
                self.tpTriggerPxType = try d.directEnum(v38)
                self.tpOrdPx = try d.directDecimal(v39)
                self.slTriggerPx = try d.directDecimal(v40)
                self.slTriggerPxType = try d.directEnum(v41)
                self.slOrdPx = try d.directDecimal(v42)
                self.attachAlgoOrds = try d.directNested(v43)
                self.linkedAlgoOrd = try d.directNested(v44)
                self.stpId = try d.directText(v45)
                self.stpMode = try d.directText(v46)
                self.feeCcy = try d.directText(v47)
                self.fee = try d.directDecimal(v48)
                self.rebateCcy = try d.directText(v49)
                self.rebate = try d.directDecimal(v50)
                self.pnl = try d.directDecimal(v51)
                self.source = try d.directEnum(v52)
                self.cancelSource = try d.directEnum(v53)
                self.amendSource = try d.directEnum(v54)
                self.category = try d.directEnum(v55)
                self.isTpLimit = try d.directBoolean(v56)
                self.uTime = try d.directDate(v57)
                self.cTime = try d.directDate(v58)
                self.reqId = try d.directText(v59)
                self.amendResult = try d.directEnum(v60)
                self.reduceOnly = try d.directBoolean(v61)
                self.quickMgnType = try d.directText(v62)
                self.algoClOrdId = try d.directText(v63)
                self.algoId = try d.directText(v64)
                self.lastPx = try d.directDecimal(v65)
                self.code = try d.directText(v66)
                self.msg = try d.directText(v67)
                self.tradeQuoteCcy = try d.directText(v68)
                self.outcome = try d.directEnum(v69)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.tgtCcy, "tgtCcy")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.pxUsd, "pxUsd")
                try c.apiWriteDecimal(self.pxVol, "pxVol")
                try c.apiWriteEnum(self.pxType, "pxType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPnl, "fillPnl")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteDecimal(self.fillFee, "fillFee")
                try c.apiWriteText(self.fillFeeCcy, "fillFeeCcy")
                try c.apiWriteDecimal(self.fillPxVol, "fillPxVol")
                try c.apiWriteDecimal(self.fillPxUsd, "fillPxUsd")
                try c.apiWriteDecimal(self.fillMarkVol, "fillMarkVol")
                try c.apiWriteDecimal(self.fillFwdPx, "fillFwdPx")
                try c.apiWriteDecimal(self.fillMarkPx, "fillMarkPx")
                try c.apiWriteDecimal(self.fillIdxPx, "fillIdxPx")
                try c.apiWriteText(self.execType, "execType")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.fillNotionalUsd, "fillNotionalUsd")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.attachAlgoClOrdId, "attachAlgoClOrdId")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteNested(self.attachAlgoOrds, "attachAlgoOrds")
                try c.apiWriteNested(self.linkedAlgoOrd, "linkedAlgoOrd")
                try c.apiWriteText(self.stpId, "stpId")
                try c.apiWriteText(self.stpMode, "stpMode")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.rebateCcy, "rebateCcy")
                try c.apiWriteDecimal(self.rebate, "rebate")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteEnum(self.amendSource, "amendSource")
                try c.apiWriteEnum(self.category, "category")
                try c.apiWriteBoolean(self.isTpLimit, "isTpLimit")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteEnum(self.amendResult, "amendResult")
                try c.apiWriteBoolean(self.reduceOnly, "reduceOnly")
                try c.apiWriteText(self.quickMgnType, "quickMgnType")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteDecimal(self.lastPx, "lastPx")
                try c.apiWriteText(self.code, "code")
                try c.apiWriteText(self.msg, "msg")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteEnum(self.outcome, "outcome")
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
            /// `OPTION`.
            public static let option: Self = "OPTION"
            /// `EVENTS`.
            public static let events: Self = "EVENTS"
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `tpOrdKind` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `pxType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct PxType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `px`.
            public static let px: Self = "px"
            /// `pxVol`.
            public static let pxVol: Self = "pxVol"
            /// `pxUsd`.
            public static let pxUsd: Self = "pxUsd"
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
            /// `post_only`.
            public static let postOnly: Self = "post_only"
            /// `fok`.
            public static let fok: Self = "fok"
            /// `ioc`.
            public static let ioc: Self = "ioc"
            /// `optimal_limit_ioc`.
            public static let optimalLimitIoc: Self = "optimal_limit_ioc"
            /// `mmp`.
            public static let mmp: Self = "mmp"
            /// `mmp_and_post_only`.
            public static let mmpAndPostOnly: Self = "mmp_and_post_only"
            /// `op_fok`.
            public static let opFok: Self = "op_fok"
            /// `rpi`.
            public static let rpi: Self = "rpi"
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
            /// `mmp_canceled`.
            public static let mmpCanceled: Self = "mmp_canceled"
        }

        /// The values of `source` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Source: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `6`.
            public static let v6: Self = "6"
            /// `7`.
            public static let v7: Self = "7"
            /// `13`.
            public static let v13: Self = "13"
            /// `25`.
            public static let v25: Self = "25"
            /// `34`.
            public static let v34: Self = "34"
        }

        /// The values of `cancelSource` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct CancelSource: OKXStringValue {
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
            /// `6`.
            public static let v6: Self = "6"
            /// `7`.
            public static let v7: Self = "7"
            /// `9`.
            public static let v9: Self = "9"
            /// `10`.
            public static let v10: Self = "10"
            /// `13`.
            public static let v13: Self = "13"
            /// `14`.
            public static let v14: Self = "14"
            /// `15`.
            public static let v15: Self = "15"
            /// `17`.
            public static let v17: Self = "17"
            /// `20`.
            public static let v20: Self = "20"
            /// `21`.
            public static let v21: Self = "21"
            /// `27`.
            public static let v27: Self = "27"
            /// `31`.
            public static let v31: Self = "31"
            /// `32`.
            public static let v32: Self = "32"
            /// `33`.
            public static let v33: Self = "33"
            /// `36`.
            public static let v36: Self = "36"
            /// `37`.
            public static let v37: Self = "37"
            /// `38`.
            public static let v38: Self = "38"
            /// `39`.
            public static let v39: Self = "39"
            /// `42`.
            public static let v42: Self = "42"
            /// `43`.
            public static let v43: Self = "43"
            /// `44`.
            public static let v44: Self = "44"
            /// `45`.
            public static let v45: Self = "45"
            /// `46`.
            public static let v46: Self = "46"
        }

        /// The values of `amendSource` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AmendSource: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
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

        /// The values of `category` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Category: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `normal`.
            public static let normal: Self = "normal"
            /// `twap`.
            public static let twap: Self = "twap"
            /// `adl`.
            public static let adl: Self = "adl"
            /// `full_liquidation`.
            public static let fullLiquidation: Self = "full_liquidation"
            /// `partial_liquidation`.
            public static let partialLiquidation: Self = "partial_liquidation"
            /// `delivery`.
            public static let delivery: Self = "delivery"
            /// `ddh`.
            public static let ddh: Self = "ddh"
            /// `auto_conversion`.
            public static let autoConversion: Self = "auto_conversion"
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
            /// `2`.
            public static let v2: Self = "2"
        }

        /// The values of `outcome` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Outcome: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `yes`.
            public static let yes: Self = "yes"
            /// `no`.
            public static let no: Self = "no"
        }
    }
}
