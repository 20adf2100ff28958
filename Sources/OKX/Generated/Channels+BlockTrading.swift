// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `block-tickers` channel on the business WebSocket endpoint: “Block tickers channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-block-tickers-channel
    public enum BlockTickers: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["block-tickers"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `block-tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-block-tickers-channel
        public struct Arguments: ChannelArguments {
            /// `instId`: text; required.
            public var instId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "block-tickers" }
        }
        /// One item of the `data` array of a `block-tickers` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-block-tickers-channel
        public struct Push: Codable, Sendable {
            /// `instId`: text.
            public let instId: String
            /// `instType`: text.
            public let instType: String?
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.instType = try c.apiText("instType")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
                self.vol24h = try c.apiDecimal("vol24h")
                self.ts = try c.apiDate("ts")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `public-block-trades` channel on the business WebSocket endpoint: “Public block trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-block-trades-channel
    public enum PublicBlockTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["public-block-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `public-block-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-block-trades-channel
        public struct Arguments: ChannelArguments {
            /// `instId`: text; required.
            public var instId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(instId: String) {
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "public-block-trades" }
        }
        /// One item of the `data` array of a `public-block-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-block-trades-channel
        public struct Push: Codable, Sendable {
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: text.
            public let side: String?
            /// `fillVol`: a decimal number (a string on the wire).
            public let fillVol: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `groupId`: text.
            public let groupId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiText("side")
                self.fillVol = try c.apiDecimal("fillVol")
                self.fwdPx = try c.apiDecimal("fwdPx")
                self.idxPx = try c.apiDecimal("idxPx")
                self.markPx = try c.apiDecimal("markPx")
                self.groupId = try c.apiText("groupId")
                self.ts = try c.apiDate("ts")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteText(self.side, "side")
                try c.apiWriteDecimal(self.fillVol, "fillVol")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `public-struc-block-trades` channel on the business WebSocket endpoint: “Public structure block trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-structure-block-trades-channel
    public enum PublicStrucBlockTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["public-struc-block-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `public-struc-block-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-structure-block-trades-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "public-struc-block-trades" }
        }
        /// One item of the `data` array of a `public-struc-block-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-public-channel-public-structure-block-trades-channel
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `tradeId`: text.
                public let tradeId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiEnum("side")
                    self.tradeId = try c.apiText("tradeId")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `blockTdId`: text.
            public let blockTdId: String
            /// `groupId`: text.
            public let groupId: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.blockTdId = try c.apiRequiredText("blockTdId")
                self.groupId = try c.apiText("groupId")
                self.legs = try c.apiNested("legs")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteNested(self.legs, "legs")
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

    /// The `quotes` channel on the business WebSocket endpoint: “Quotes channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-quotes-channel
    public enum Quotes: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["quotes"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `quotes`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-quotes-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "quotes" }
        }
        /// One item of the `data` array of a `quotes` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-quotes-channel
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `side`: text.
                public let side: String?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.px = try c.apiDecimal("px")
                    self.side = try c.apiText("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteText(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `reason`: text.
            public let reason: String?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `tag`: text.
            public let tag: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `quoteSide`: text.
            public let quoteSide: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.reason = try c.apiText("reason")
                self.validUntil = try c.apiDate("validUntil")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.tag = try c.apiText("tag")
                self.traderCode = try c.apiText("traderCode")
                self.quoteSide = try c.apiText("quoteSide")
                self.legs = try c.apiNested("legs")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.reason, "reason")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.quoteSide, "quoteSide")
                try c.apiWriteNested(self.legs, "legs")
            }
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

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct PosSide: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `long`.
            public static let long: Self = "long"
            /// `short`.
            public static let short: Self = "short"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `active`.
            public static let active: Self = "active"
            /// `canceled`.
            public static let canceled: Self = "canceled"
            /// `filled`.
            public static let filled: Self = "filled"
            /// `expired`.
            public static let expired: Self = "expired"
            /// `failed`.
            public static let failed: Self = "failed"
        }
    }

    /// The `rfqs` channel on the business WebSocket endpoint: “Rfqs channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-rfqs-channel
    public enum Rfqs: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["rfqs"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `rfqs`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-rfqs-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "rfqs" }
        }
        /// One item of the `data` array of a `rfqs` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-rfqs-channel
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
                /// `instId`: text.
                public let instId: String?
                /// `tdMode`: one of a documented set of values (unknown values are kept).
                public let tdMode: TdMode?
                /// `ccy`: text.
                public let ccy: String?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: text.
                public let side: String?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `tradeQuoteCcy`: text.
                public let tradeQuoteCcy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tdMode = try c.apiEnum("tdMode")
                    self.ccy = try c.apiText("ccy")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiText("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.tdMode, "tdMode")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteText(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tdMode`: text.
                    public let tdMode: String?
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `posSide`: text.
                    public let posSide: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.sz = try c.apiDecimal("sz")
                        self.tdMode = try c.apiText("tdMode")
                        self.ccy = try c.apiText("ccy")
                        self.posSide = try c.apiText("posSide")
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteText(self.tdMode, "tdMode")
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteText(self.posSide, "posSide")
                    }
                }
                /// `acct`: text.
                public let acct: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acct = try c.apiText("acct")
                    self.legs = try c.apiNested("legs")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `counterparties`: a list of text values.
            public let counterparties: [String]?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `tag`: text.
            public let tag: String?
            /// `flowType`: text.
            public let flowType: String?
            /// `traderCode`: text.
            public let traderCode: String?
            /// `rfqId`: text.
            public let rfqId: String
            /// `allowPartialExecution`: a boolean.
            public let allowPartialExecution: Bool?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `groupId`: text.
            public let groupId: String?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.state = try c.apiEnum("state")
                self.counterparties = try c.apiTexts("counterparties")
                self.validUntil = try c.apiDate("validUntil")
                self.clRfqId = try c.apiText("clRfqId")
                self.tag = try c.apiText("tag")
                self.flowType = try c.apiText("flowType")
                self.traderCode = try c.apiText("traderCode")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.allowPartialExecution = try c.apiBoolean("allowPartialExecution")
                self.legs = try c.apiNested("legs")
                self.groupId = try c.apiText("groupId")
                self.acctAlloc = try c.apiNested("acctAlloc")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteTexts(self.counterparties, "counterparties")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.flowType, "flowType")
                try c.apiWriteText(self.traderCode, "traderCode")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteBoolean(self.allowPartialExecution, "allowPartialExecution")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteText(self.groupId, "groupId")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
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

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct PosSide: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `long`.
            public static let long: Self = "long"
            /// `short`.
            public static let short: Self = "short"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `active`.
            public static let active: Self = "active"
            /// `canceled`.
            public static let canceled: Self = "canceled"
            /// `filled`.
            public static let filled: Self = "filled"
            /// `expired`.
            public static let expired: Self = "expired"
            /// `traded_away`.
            public static let tradedAway: Self = "traded_away"
            /// `failed`.
            public static let failed: Self = "failed"
        }
    }

    /// The `struc-block-trades` channel on the business WebSocket endpoint: “Structure block trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-structure-block-trades-channel
    public enum StrucBlockTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["struc-block-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `struc-block-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-structure-block-trades-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "struc-block-trades" }
        }
        /// One item of the `data` array of a `struc-block-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#block-trading-websocket-private-channel-structure-block-trades-channel
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `side`: text.
                public let side: String?
                /// `tgtCcy`: text.
                public let tgtCcy: String?
                /// `fee`: a decimal number (a string on the wire).
                public let fee: Decimal?
                /// `feeCcy`: text.
                public let feeCcy: String?
                /// `tradeId`: text.
                public let tradeId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.px = try c.apiDecimal("px")
                    self.sz = try c.apiDecimal("sz")
                    self.side = try c.apiText("side")
                    self.tgtCcy = try c.apiText("tgtCcy")
                    self.fee = try c.apiDecimal("fee")
                    self.feeCcy = try c.apiText("feeCcy")
                    self.tradeId = try c.apiText("tradeId")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteText(self.side, "side")
                    try c.apiWriteText(self.tgtCcy, "tgtCcy")
                    try c.apiWriteDecimal(self.fee, "fee")
                    try c.apiWriteText(self.feeCcy, "feeCcy")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// A nested object of the response.
            public struct AcctAlloc: Codable, Sendable {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable {
                    /// `instId`: text.
                    public let instId: String?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tradeId`: text.
                    public let tradeId: String?
                    /// `fee`: a decimal number (a string on the wire).
                    public let fee: Decimal?
                    /// `feeCcy`: text.
                    public let feeCcy: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.sz = try c.apiDecimal("sz")
                        self.tradeId = try c.apiText("tradeId")
                        self.fee = try c.apiDecimal("fee")
                        self.feeCcy = try c.apiText("feeCcy")
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteText(self.tradeId, "tradeId")
                        try c.apiWriteDecimal(self.fee, "fee")
                        try c.apiWriteText(self.feeCcy, "feeCcy")
                    }
                }
                /// `blockTdId`: text.
                public let blockTdId: String?
                /// `errorCode`: text.
                public let errorCode: String?
                /// `acct`: text.
                public let acct: String?
                /// `legs`: a list of nested objects.
                public let legs: [Legs]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.blockTdId = try c.apiText("blockTdId")
                    self.errorCode = try c.apiText("errorCode")
                    self.acct = try c.apiText("acct")
                    self.legs = try c.apiNested("legs")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.blockTdId, "blockTdId")
                    try c.apiWriteText(self.errorCode, "errorCode")
                    try c.apiWriteText(self.acct, "acct")
                    try c.apiWriteNested(self.legs, "legs")
                }
            }
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `rfqId`: text.
            public let rfqId: String
            /// `clRfqId`: text.
            public let clRfqId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clQuoteId`: text.
            public let clQuoteId: String?
            /// `blockTdId`: text.
            public let blockTdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `tTraderCode`: text.
            public let tTraderCode: String?
            /// `mTraderCode`: text.
            public let mTraderCode: String?
            /// `isSuccessful`: a boolean.
            public let isSuccessful: Bool?
            /// `errorCode`: text.
            public let errorCode: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `acctAlloc`: a list of nested objects.
            public let acctAlloc: [AcctAlloc]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.cTime = try c.apiDate("cTime")
                self.rfqId = try c.apiRequiredText("rfqId")
                self.clRfqId = try c.apiText("clRfqId")
                self.quoteId = try c.apiText("quoteId")
                self.clQuoteId = try c.apiText("clQuoteId")
                self.blockTdId = try c.apiText("blockTdId")
                self.tag = try c.apiText("tag")
                self.tTraderCode = try c.apiText("tTraderCode")
                self.mTraderCode = try c.apiText("mTraderCode")
                self.isSuccessful = try c.apiBoolean("isSuccessful")
                self.errorCode = try c.apiText("errorCode")
                self.legs = try c.apiNested("legs")
                self.acctAlloc = try c.apiNested("acctAlloc")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.rfqId, "rfqId")
                try c.apiWriteText(self.clRfqId, "clRfqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clQuoteId, "clQuoteId")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tTraderCode, "tTraderCode")
                try c.apiWriteText(self.mTraderCode, "mTraderCode")
                try c.apiWriteBoolean(self.isSuccessful, "isSuccessful")
                try c.apiWriteText(self.errorCode, "errorCode")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteNested(self.acctAlloc, "acctAlloc")
            }
        }
    }
}
