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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct AttachAlgoOrds: Codable, Sendable {
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
            public struct LinkedAlgoOrd: Codable, Sendable {
                /// A nested object of the response.
                public struct AlgoId: Codable, Sendable {
                    /// The docs list no fields for this item.
                    public init(from decoder: any Decoder) throws {}
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
