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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
