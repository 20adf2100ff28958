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
        public struct Push: Codable, Sendable, TapeDirect {
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                var v4: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                    case 0x7F963B69B021BDC7: if v2 < 0, m.isKey("volCcy24h") { v2 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v3 < 0, m.isKey("vol24h") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.instType = try d.directText(v1)
                self.volCcy24h = try d.directDecimal(v2)
                self.vol24h = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
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
        public struct Push: Codable, Sendable, TapeDirect {
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x0572373CD4ED9299: if v5 < 0, m.isKey("fillVol") { v5 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v6 < 0, m.isKey("fwdPx") { v6 = m.value }
                    case 0x0E8F6C3B83CC3030: if v7 < 0, m.isKey("idxPx") { v7 = m.value }
                    case 0xED95A32B150C49D8: if v8 < 0, m.isKey("markPx") { v8 = m.value }
                    case 0x01944C770862DE21: if v9 < 0, m.isKey("groupId") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directText(v4)
                self.fillVol = try d.directDecimal(v5)
                self.fwdPx = try d.directDecimal(v6)
                self.idxPx = try d.directDecimal(v7)
                self.markPx = try d.directDecimal(v8)
                self.groupId = try d.directText(v9)
                self.ts = try d.directDate(v10)
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
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    var v4: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0x0791A710B055183C: if v4 < 0, m.isKey("tradeId") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.side = try d.directEnum(v3)
                    self.tradeId = try d.directText(v4)
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0xC16E30FBA7DD82BF: if v1 < 0, m.isKey("blockTdId") { v1 = m.value }
                    case 0x01944C770862DE21: if v2 < 0, m.isKey("groupId") { v2 = m.value }
                    case 0x24B477ADA208116C: if v3 < 0, m.isKey("legs") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.blockTdId = try d.directRequiredText(v1, "blockTdId")
                self.groupId = try d.directText(v2)
                self.legs = try d.directNested(v3)
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
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
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
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                        case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                        case 0x297B967F0EEA27C2: if v6 < 0, m.isKey("posSide") { v6 = m.value }
                        case 0xD2F181B86AE4553D: if v7 < 0, m.isKey("tgtCcy") { v7 = m.value }
                        case 0xADABDA5226275360: if v8 < 0, m.isKey("tradeQuoteCcy") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.px = try d.directDecimal(v4)
                    self.side = try d.directText(v5)
                    self.posSide = try d.directEnum(v6)
                    self.tgtCcy = try d.directText(v7)
                    self.tradeQuoteCcy = try d.directText(v8)
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
                while let h = try m.next() {
                    switch h {
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x65E8D7F3474F2639: if v3 < 0, m.isKey("reason") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0xB778C40B12C75E95: if v5 < 0, m.isKey("rfqId") { v5 = m.value }
                    case 0x772380A69D612764: if v6 < 0, m.isKey("clRfqId") { v6 = m.value }
                    case 0xE53D9B18938FAEDA: if v7 < 0, m.isKey("quoteId") { v7 = m.value }
                    case 0x9069027602F33D0B: if v8 < 0, m.isKey("clQuoteId") { v8 = m.value }
                    case 0x56D7AB194448A4F3: if v9 < 0, m.isKey("tag") { v9 = m.value }
                    case 0xD16422B071E535B8: if v10 < 0, m.isKey("traderCode") { v10 = m.value }
                    case 0x65CEEE0FAAA5F58C: if v11 < 0, m.isKey("quoteSide") { v11 = m.value }
                    case 0x24B477ADA208116C: if v12 < 0, m.isKey("legs") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.reason = try d.directText(v3)
                self.validUntil = try d.directDate(v4)
                self.rfqId = try d.directRequiredText(v5, "rfqId")
                self.clRfqId = try d.directText(v6)
                self.quoteId = try d.directText(v7)
                self.clQuoteId = try d.directText(v8)
                self.tag = try d.directText(v9)
                self.traderCode = try d.directText(v10)
                self.quoteSide = try d.directText(v11)
                self.legs = try d.directNested(v12)
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
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
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
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x74FC9DE3D6168692: if v1 < 0, m.isKey("tdMode") { v1 = m.value }
                        case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0x297B967F0EEA27C2: if v5 < 0, m.isKey("posSide") { v5 = m.value }
                        case 0xD2F181B86AE4553D: if v6 < 0, m.isKey("tgtCcy") { v6 = m.value }
                        case 0xADABDA5226275360: if v7 < 0, m.isKey("tradeQuoteCcy") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tdMode = try d.directEnum(v1)
                    self.ccy = try d.directText(v2)
                    self.sz = try d.directDecimal(v3)
                    self.side = try d.directText(v4)
                    self.posSide = try d.directEnum(v5)
                    self.tgtCcy = try d.directText(v6)
                    self.tradeQuoteCcy = try d.directText(v7)
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
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
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
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        var v3: Int32 = -1
                        var v4: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0x74FC9DE3D6168692: if v2 < 0, m.isKey("tdMode") { v2 = m.value }
                            case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                            case 0x297B967F0EEA27C2: if v4 < 0, m.isKey("posSide") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.tdMode = try d.directText(v2)
                        self.ccy = try d.directText(v3)
                        self.posSide = try d.directText(v4)
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x0754D683F52006EA: if v0 < 0, m.isKey("acct") { v0 = m.value }
                        case 0x24B477ADA208116C: if v1 < 0, m.isKey("legs") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acct = try d.directText(v0)
                    self.legs = try d.directNested(v1)
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
                while let h = try m.next() {
                    switch h {
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0x607ED783146D4C29: if v1 < 0, m.isKey("uTime") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x54C54FABA93100F9: if v3 < 0, m.isKey("counterparties") { v3 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v4 < 0, m.isKey("validUntil") { v4 = m.value }
                    case 0x772380A69D612764: if v5 < 0, m.isKey("clRfqId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0x58EACD504B4FB61D: if v7 < 0, m.isKey("flowType") { v7 = m.value }
                    case 0xD16422B071E535B8: if v8 < 0, m.isKey("traderCode") { v8 = m.value }
                    case 0xB778C40B12C75E95: if v9 < 0, m.isKey("rfqId") { v9 = m.value }
                    case 0x7B0048383EF24CE3: if v10 < 0, m.isKey("allowPartialExecution") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x01944C770862DE21: if v12 < 0, m.isKey("groupId") { v12 = m.value }
                    case 0x22E1063B37B88CBB: if v13 < 0, m.isKey("acctAlloc") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.uTime = try d.directDate(v1)
                self.state = try d.directEnum(v2)
                self.counterparties = try d.directTexts(v3)
                self.validUntil = try d.directDate(v4)
                self.clRfqId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.flowType = try d.directText(v7)
                self.traderCode = try d.directText(v8)
                self.rfqId = try d.directRequiredText(v9, "rfqId")
                self.allowPartialExecution = try d.directBoolean(v10)
                self.legs = try d.directNested(v11)
                self.groupId = try d.directText(v12)
                self.acctAlloc = try d.directNested(v13)
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
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
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
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                        case 0xD2F181B86AE4553D: if v4 < 0, m.isKey("tgtCcy") { v4 = m.value }
                        case 0xDCC68B18FEEAA3E3: if v5 < 0, m.isKey("fee") { v5 = m.value }
                        case 0x1E2D7FE73967FEA0: if v6 < 0, m.isKey("feeCcy") { v6 = m.value }
                        case 0x0791A710B055183C: if v7 < 0, m.isKey("tradeId") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.side = try d.directText(v3)
                    self.tgtCcy = try d.directText(v4)
                    self.fee = try d.directDecimal(v5)
                    self.feeCcy = try d.directText(v6)
                    self.tradeId = try d.directText(v7)
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
            public struct AcctAlloc: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Legs: Codable, Sendable, TapeDirect {
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
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        var v3: Int32 = -1
                        var v4: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D94407B5794688: if v1 < 0, m.isKey("sz") { v1 = m.value }
                            case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                            case 0xDCC68B18FEEAA3E3: if v3 < 0, m.isKey("fee") { v3 = m.value }
                            case 0x1E2D7FE73967FEA0: if v4 < 0, m.isKey("feeCcy") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.sz = try d.directDecimal(v1)
                        self.tradeId = try d.directText(v2)
                        self.fee = try d.directDecimal(v3)
                        self.feeCcy = try d.directText(v4)
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    var v3: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xC16E30FBA7DD82BF: if v0 < 0, m.isKey("blockTdId") { v0 = m.value }
                        case 0xE8D966B66369AD18: if v1 < 0, m.isKey("errorCode") { v1 = m.value }
                        case 0x0754D683F52006EA: if v2 < 0, m.isKey("acct") { v2 = m.value }
                        case 0x24B477ADA208116C: if v3 < 0, m.isKey("legs") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.blockTdId = try d.directText(v0)
                    self.errorCode = try d.directText(v1)
                    self.acct = try d.directText(v2)
                    self.legs = try d.directNested(v3)
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
                while let h = try m.next() {
                    switch h {
                    case 0x97CBF7DBB8D1A953: if v0 < 0, m.isKey("cTime") { v0 = m.value }
                    case 0xB778C40B12C75E95: if v1 < 0, m.isKey("rfqId") { v1 = m.value }
                    case 0x772380A69D612764: if v2 < 0, m.isKey("clRfqId") { v2 = m.value }
                    case 0xE53D9B18938FAEDA: if v3 < 0, m.isKey("quoteId") { v3 = m.value }
                    case 0x9069027602F33D0B: if v4 < 0, m.isKey("clQuoteId") { v4 = m.value }
                    case 0xC16E30FBA7DD82BF: if v5 < 0, m.isKey("blockTdId") { v5 = m.value }
                    case 0x56D7AB194448A4F3: if v6 < 0, m.isKey("tag") { v6 = m.value }
                    case 0xB9E33A78F2E773FE: if v7 < 0, m.isKey("tTraderCode") { v7 = m.value }
                    case 0x77045A3844C160B9: if v8 < 0, m.isKey("mTraderCode") { v8 = m.value }
                    case 0x4E6C514FC11918AB: if v9 < 0, m.isKey("isSuccessful") { v9 = m.value }
                    case 0xE8D966B66369AD18: if v10 < 0, m.isKey("errorCode") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x22E1063B37B88CBB: if v12 < 0, m.isKey("acctAlloc") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.cTime = try d.directDate(v0)
                self.rfqId = try d.directRequiredText(v1, "rfqId")
                self.clRfqId = try d.directText(v2)
                self.quoteId = try d.directText(v3)
                self.clQuoteId = try d.directText(v4)
                self.blockTdId = try d.directText(v5)
                self.tag = try d.directText(v6)
                self.tTraderCode = try d.directText(v7)
                self.mTraderCode = try d.directText(v8)
                self.isSuccessful = try d.directBoolean(v9)
                self.errorCode = try d.directText(v10)
                self.legs = try d.directNested(v11)
                self.acctAlloc = try d.directNested(v12)
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
