// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `sprd-books5` channel family on the business WebSocket endpoint: “Order book channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-order-book-channel
    public enum SprdBooks: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-books5", "sprd-books-l2-tbt"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `sprd-books5` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-order-book-channel
        public struct Arguments: ChannelArguments {
            /// `channel`: one of a documented set of values (unknown values are kept); required.
            public var channel: Name
            /// `sprdId`: text; required.
            public var sprdId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(channel: Name, sprdId: String) {
                self.channel = channel
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("channel", channel)
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { channel.rawValue }
        }
        /// One item of the `data` array of a `sprd-books5` (or family) push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-order-book-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `asks`: rows of decimal numbers.
            public let asks: [[Decimal]]?
            /// `bids`: rows of decimal numbers.
            public let bids: [[Decimal]]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `checksum`: an integer (a string on the wire).
            public let checksum: Int?
            /// `prevSeqId`: an integer (a string on the wire).
            public let prevSeqId: Int?
            /// `seqId`: an integer (a string on the wire).
            public let seqId: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.asks = try c.apiDecimalRows("asks")
                self.bids = try c.apiDecimalRows("bids")
                self.ts = try c.apiDate("ts")
                self.checksum = try c.apiInteger("checksum")
                self.prevSeqId = try c.apiInteger("prevSeqId")
                self.seqId = try c.apiInteger("seqId")
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
                while let h = try m.next() {
                    switch h {
                    case 0x901E518442173B53: if v0 < 0, m.isKey("asks") { v0 = m.value }
                    case 0xDEA1279BD099ADA9: if v1 < 0, m.isKey("bids") { v1 = m.value }
                    case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                    case 0xA8459529FB284912: if v3 < 0, m.isKey("checksum") { v3 = m.value }
                    case 0xC8C589054BE57F12: if v4 < 0, m.isKey("prevSeqId") { v4 = m.value }
                    case 0x094FCF307E5F9F91: if v5 < 0, m.isKey("seqId") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.asks = try d.directDecimalRows(v0)
                self.bids = try d.directDecimalRows(v1)
                self.ts = try d.directDate(v2)
                self.checksum = try d.directInteger(v3)
                self.prevSeqId = try d.directInteger(v4)
                self.seqId = try d.directInteger(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimalRows(self.asks, "asks")
                try c.apiWriteDecimalRows(self.bids, "bids")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteInteger(self.checksum, "checksum")
                try c.apiWriteInteger(self.prevSeqId, "prevSeqId")
                try c.apiWriteInteger(self.seqId, "seqId")
            }
        }
        /// The values of `channel` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Name: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `sprd-books5`.
            public static let sprdBooks5: Self = "sprd-books5"
            /// `sprd-books-l2-tbt`.
            public static let sprdBooksL2Tbt: Self = "sprd-books-l2-tbt"
        }
    }

    /// The `sprd-candle3M` channel family on the business WebSocket endpoint: “Candlesticks channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-candlesticks-channel
    public enum SprdCandles: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-candle3M", "sprd-candle1M", "sprd-candle1W", "sprd-candle1D", "sprd-candle2D", "sprd-candle3D", "sprd-candle5D", "sprd-candle12H", "sprd-candle6H", "sprd-candle4H", "sprd-candle2H", "sprd-candle1H", "sprd-candle30m", "sprd-candle15m", "sprd-candle5m", "sprd-candle3m", "sprd-candle1m", "sprd-candle3Mutc", "sprd-candle1Mutc", "sprd-candle1Wutc", "sprd-candle1Dutc", "sprd-candle2Dutc", "sprd-candle3Dutc", "sprd-candle5Dutc", "sprd-candle12Hutc", "sprd-candle6Hutc"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `sprd-candle3M` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-candlesticks-channel
        public struct Arguments: ChannelArguments {
            /// `channel`: one of a documented set of values (unknown values are kept); required.
            public var channel: Name
            /// `sprdId`: text; required.
            public var sprdId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(channel: Name, sprdId: String) {
                self.channel = channel
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("channel", channel)
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { channel.rawValue }
        }
        /// One item of the `data` array of a `sprd-candle3M` (or family) push: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-candlesticks-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `o`: a decimal number (a string on the wire), at position 1 of the row.
            public let o: Decimal?
            /// `h`: a decimal number (a string on the wire), at position 2 of the row.
            public let h: Decimal?
            /// `l`: a decimal number (a string on the wire), at position 3 of the row.
            public let l: Decimal?
            /// `c`: a decimal number (a string on the wire), at position 4 of the row.
            public let c: Decimal?
            /// `vol`: a decimal number (a string on the wire), at position 5 of the row.
            public let vol: Decimal?
            /// `confirm`: text, at position 6 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
                self.confirm = try c.apiText()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.o = try row.decimal()
                self.h = try row.decimal()
                self.l = try row.decimal()
                self.c = try row.decimal()
                self.vol = try row.decimal()
                self.confirm = try row.text()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.o)
                try c.apiWriteDecimal(self.h)
                try c.apiWriteDecimal(self.l)
                try c.apiWriteDecimal(self.c)
                try c.apiWriteDecimal(self.vol)
                try c.apiWriteText(self.confirm)
            }
        }
        /// The values of `channel` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Name: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `sprd-candle3M`.
            public static let sprdCandle3M: Self = "sprd-candle3M"
            /// `sprd-candle1M`.
            public static let sprdCandle1M: Self = "sprd-candle1M"
            /// `sprd-candle1W`.
            public static let sprdCandle1W: Self = "sprd-candle1W"
            /// `sprd-candle1D`.
            public static let sprdCandle1D: Self = "sprd-candle1D"
            /// `sprd-candle2D`.
            public static let sprdCandle2D: Self = "sprd-candle2D"
            /// `sprd-candle3D`.
            public static let sprdCandle3D: Self = "sprd-candle3D"
            /// `sprd-candle5D`.
            public static let sprdCandle5D: Self = "sprd-candle5D"
            /// `sprd-candle12H`.
            public static let sprdCandle12H: Self = "sprd-candle12H"
            /// `sprd-candle6H`.
            public static let sprdCandle6H: Self = "sprd-candle6H"
            /// `sprd-candle4H`.
            public static let sprdCandle4H: Self = "sprd-candle4H"
            /// `sprd-candle2H`.
            public static let sprdCandle2H: Self = "sprd-candle2H"
            /// `sprd-candle1H`.
            public static let sprdCandle1H: Self = "sprd-candle1H"
            /// `sprd-candle30m`.
            public static let sprdCandle30m: Self = "sprd-candle30m"
            /// `sprd-candle15m`.
            public static let sprdCandle15m: Self = "sprd-candle15m"
            /// `sprd-candle5m`.
            public static let sprdCandle5m: Self = "sprd-candle5m"
            /// `sprd-candle3m`.
            public static let sprdCandle3m: Self = "sprd-candle3m"
            /// `sprd-candle1m`.
            public static let sprdCandle1m: Self = "sprd-candle1m"
            /// `sprd-candle3Mutc`.
            public static let sprdCandle3Mutc: Self = "sprd-candle3Mutc"
            /// `sprd-candle1Mutc`.
            public static let sprdCandle1Mutc: Self = "sprd-candle1Mutc"
            /// `sprd-candle1Wutc`.
            public static let sprdCandle1Wutc: Self = "sprd-candle1Wutc"
            /// `sprd-candle1Dutc`.
            public static let sprdCandle1Dutc: Self = "sprd-candle1Dutc"
            /// `sprd-candle2Dutc`.
            public static let sprdCandle2Dutc: Self = "sprd-candle2Dutc"
            /// `sprd-candle3Dutc`.
            public static let sprdCandle3Dutc: Self = "sprd-candle3Dutc"
            /// `sprd-candle5Dutc`.
            public static let sprdCandle5Dutc: Self = "sprd-candle5Dutc"
            /// `sprd-candle12Hutc`.
            public static let sprdCandle12Hutc: Self = "sprd-candle12Hutc"
            /// `sprd-candle6Hutc`.
            public static let sprdCandle6Hutc: Self = "sprd-candle6Hutc"
        }
    }

    /// The `sprd-orders` channel on the business WebSocket endpoint: “Order channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-order-channel
    public enum SprdOrders: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-orders"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `sprd-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-order-channel
        public struct Arguments: ChannelArguments {
            /// `sprdId`: text.
            public var sprdId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(sprdId: String? = nil) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "sprd-orders" }
        }
        /// One item of the `data` array of a `sprd-orders` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-order-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `side`: text.
            public let side: String?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `pendingFillSz`: a decimal number (a string on the wire).
            public let pendingFillSz: Decimal?
            /// `pendingSettleSz`: a decimal number (a string on the wire).
            public let pendingSettleSz: Decimal?
            /// `canceledSz`: a decimal number (a string on the wire).
            public let canceledSz: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelSource`: one of a documented set of values (unknown values are kept).
            public let cancelSource: CancelSource?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `code`: text.
            public let code: String?
            /// `msg`: text.
            public let msg: String?
            /// `reqId`: text.
            public let reqId: String?
            /// `amendResult`: one of a documented set of values (unknown values are kept).
            public let amendResult: AmendResult?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.ordType = try c.apiEnum("ordType")
                self.side = try c.apiText("side")
                self.fillSz = try c.apiDecimal("fillSz")
                self.fillPx = try c.apiDecimal("fillPx")
                self.tradeId = try c.apiText("tradeId")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.pendingFillSz = try c.apiDecimal("pendingFillSz")
                self.pendingSettleSz = try c.apiDecimal("pendingSettleSz")
                self.canceledSz = try c.apiDecimal("canceledSz")
                self.avgPx = try c.apiDecimal("avgPx")
                self.state = try c.apiEnum("state")
                self.cancelSource = try c.apiEnum("cancelSource")
                self.uTime = try c.apiDate("uTime")
                self.cTime = try c.apiDate("cTime")
                self.code = try c.apiText("code")
                self.msg = try c.apiText("msg")
                self.reqId = try c.apiText("reqId")
                self.amendResult = try c.apiEnum("amendResult")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x76ED59528A2E9E7C: if v2 < 0, m.isKey("clOrdId") { v2 = m.value }
                    case 0x56D7AB194448A4F3: if v3 < 0, m.isKey("tag") { v3 = m.value }
                    case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                    case 0x08D94407B5794688: if v5 < 0, m.isKey("sz") { v5 = m.value }
                    case 0xE876851027B58648: if v6 < 0, m.isKey("ordType") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x603284A90A760821: if v8 < 0, m.isKey("fillSz") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0x0791A710B055183C: if v10 < 0, m.isKey("tradeId") { v10 = m.value }
                    case 0xE12619F1F82DFC32: if v11 < 0, m.isKey("accFillSz") { v11 = m.value }
                    case 0xB50171331D07ED68: if v12 < 0, m.isKey("pendingFillSz") { v12 = m.value }
                    case 0xD844230C541401AE: if v13 < 0, m.isKey("pendingSettleSz") { v13 = m.value }
                    case 0xC802E1C8866986E3: if v14 < 0, m.isKey("canceledSz") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xEE63AAAD45B1B116: if v16 < 0, m.isKey("state") { v16 = m.value }
                    case 0x446237078F20E25E: if v17 < 0, m.isKey("cancelSource") { v17 = m.value }
                    case 0x607ED783146D4C29: if v18 < 0, m.isKey("uTime") { v18 = m.value }
                    case 0x97CBF7DBB8D1A953: if v19 < 0, m.isKey("cTime") { v19 = m.value }
                    case 0x0BB51791194B4414: if v20 < 0, m.isKey("code") { v20 = m.value }
                    case 0x07E05A191745BE82: if v21 < 0, m.isKey("msg") { v21 = m.value }
                    case 0xFC8821F2B5AD9F3E: if v22 < 0, m.isKey("reqId") { v22 = m.value }
                    case 0x88DAFE2E2D1C11D9: if v23 < 0, m.isKey("amendResult") { v23 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.ordId = try d.directText(v1)
                self.clOrdId = try d.directText(v2)
                self.tag = try d.directText(v3)
                self.px = try d.directDecimal(v4)
                self.sz = try d.directDecimal(v5)
                self.ordType = try d.directEnum(v6)
                self.side = try d.directText(v7)
                self.fillSz = try d.directDecimal(v8)
                self.fillPx = try d.directDecimal(v9)
                self.tradeId = try d.directText(v10)
                self.accFillSz = try d.directDecimal(v11)
                self.pendingFillSz = try d.directDecimal(v12)
                self.pendingSettleSz = try d.directDecimal(v13)
                self.canceledSz = try d.directDecimal(v14)
                self.avgPx = try d.directDecimal(v15)
                self.state = try d.directEnum(v16)
                self.cancelSource = try d.directEnum(v17)
                self.uTime = try d.directDate(v18)
                self.cTime = try d.directDate(v19)
                self.code = try d.directText(v20)
                self.msg = try d.directText(v21)
                self.reqId = try d.directText(v22)
                self.amendResult = try d.directEnum(v23)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteText(self.side, "side")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteDecimal(self.pendingFillSz, "pendingFillSz")
                try c.apiWriteDecimal(self.pendingSettleSz, "pendingSettleSz")
                try c.apiWriteDecimal(self.canceledSz, "canceledSz")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelSource, "cancelSource")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteText(self.code, "code")
                try c.apiWriteText(self.msg, "msg")
                try c.apiWriteText(self.reqId, "reqId")
                try c.apiWriteEnum(self.amendResult, "amendResult")
            }
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
            /// `14`.
            public static let v14: Self = "14"
            /// `15`.
            public static let v15: Self = "15"
            /// `20`.
            public static let v20: Self = "20"
            /// `31`.
            public static let v31: Self = "31"
            /// `32`.
            public static let v32: Self = "32"
            /// `34`.
            public static let v34: Self = "34"
            /// `35`.
            public static let v35: Self = "35"
            /// `44`.
            public static let v44: Self = "44"
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
    }

    /// The `sprd-public-trades` channel on the business WebSocket endpoint: “Public Trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-public-trades-channel
    public enum SprdPublicTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-public-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `sprd-public-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-public-trades-channel
        public struct Arguments: ChannelArguments {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(sprdId: String) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "sprd-public-trades" }
        }
        /// One item of the `data` array of a `sprd-public-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-public-trades-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `tradeId`: text.
            public let tradeId: String?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: text.
            public let side: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.tradeId = try c.apiText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiText("side")
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
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.tradeId = try d.directText(v1)
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directText(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteText(self.side, "side")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `sprd-tickers` channel on the business WebSocket endpoint: “Tickers channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-tickers-channel
    public enum SprdTickers: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-tickers"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `sprd-tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-tickers-channel
        public struct Arguments: ChannelArguments {
            /// `sprdId`: text; required.
            public var sprdId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(sprdId: String) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "sprd-tickers" }
        }
        /// One item of the `data` array of a `sprd-tickers` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-public-channel-tickers-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `sprdId`: text.
            public let sprdId: String
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `lastSz`: a decimal number (a string on the wire).
            public let lastSz: Decimal?
            /// `askPx`: a decimal number (a string on the wire).
            public let askPx: Decimal?
            /// `askSz`: a decimal number (a string on the wire).
            public let askSz: Decimal?
            /// `bidPx`: a decimal number (a string on the wire).
            public let bidPx: Decimal?
            /// `bidSz`: a decimal number (a string on the wire).
            public let bidSz: Decimal?
            /// `open24h`: a decimal number (a string on the wire).
            public let open24h: Decimal?
            /// `high24h`: a decimal number (a string on the wire).
            public let high24h: Decimal?
            /// `low24h`: a decimal number (a string on the wire).
            public let low24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.last = try c.apiDecimal("last")
                self.lastSz = try c.apiDecimal("lastSz")
                self.askPx = try c.apiDecimal("askPx")
                self.askSz = try c.apiDecimal("askSz")
                self.bidPx = try c.apiDecimal("bidPx")
                self.bidSz = try c.apiDecimal("bidSz")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
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
                var v5: Int32 = -1
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0456D2AD905847D9: if v1 < 0, m.isKey("last") { v1 = m.value }
                    case 0x5731477AF4A603CC: if v2 < 0, m.isKey("lastSz") { v2 = m.value }
                    case 0xFA56B4BC4D20AB3A: if v3 < 0, m.isKey("askPx") { v3 = m.value }
                    case 0xFA52ACBC4D1CB4CB: if v4 < 0, m.isKey("askSz") { v4 = m.value }
                    case 0xE50D1CC374BD3058: if v5 < 0, m.isKey("bidPx") { v5 = m.value }
                    case 0xE51720C374C58BA9: if v6 < 0, m.isKey("bidSz") { v6 = m.value }
                    case 0x0BA538D18AD12F25: if v7 < 0, m.isKey("open24h") { v7 = m.value }
                    case 0xC1F54A34A7251939: if v8 < 0, m.isKey("high24h") { v8 = m.value }
                    case 0x2EF3C545A51F1EBD: if v9 < 0, m.isKey("low24h") { v9 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v10 < 0, m.isKey("vol24h") { v10 = m.value }
                    case 0x08C83D07B56AC770: if v11 < 0, m.isKey("ts") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.last = try d.directDecimal(v1)
                self.lastSz = try d.directDecimal(v2)
                self.askPx = try d.directDecimal(v3)
                self.askSz = try d.directDecimal(v4)
                self.bidPx = try d.directDecimal(v5)
                self.bidSz = try d.directDecimal(v6)
                self.open24h = try d.directDecimal(v7)
                self.high24h = try d.directDecimal(v8)
                self.low24h = try d.directDecimal(v9)
                self.vol24h = try d.directDecimal(v10)
                self.ts = try d.directDate(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.lastSz, "lastSz")
                try c.apiWriteDecimal(self.askPx, "askPx")
                try c.apiWriteDecimal(self.askSz, "askSz")
                try c.apiWriteDecimal(self.bidPx, "bidPx")
                try c.apiWriteDecimal(self.bidSz, "bidSz")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `sprd-trades` channel on the business WebSocket endpoint: “Trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-trades-channel
    public enum SprdTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["sprd-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `sprd-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-trades-channel
        public struct Arguments: ChannelArguments {
            /// `sprdId`: text.
            public var sprdId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(sprdId: String? = nil) {
                self.sprdId = sprdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("sprdId", sprdId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "sprd-trades" }
        }
        /// One item of the `data` array of a `sprd-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-private-channel-trades-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `szCont`: a decimal number (a string on the wire).
                public let szCont: Decimal?
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `fillPnl`: a decimal number (a string on the wire).
                public let fillPnl: Decimal?
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
                    self.szCont = try c.apiDecimal("szCont")
                    self.side = try c.apiEnum("side")
                    self.fillPnl = try c.apiDecimal("fillPnl")
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
                    var v8: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                        case 0x08D94407B5794688: if v2 < 0, m.isKey("sz") { v2 = m.value }
                        case 0xCBDF22DD1B565418: if v3 < 0, m.isKey("szCont") { v3 = m.value }
                        case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                        case 0xD25D5F3CB83FA3DA: if v5 < 0, m.isKey("fillPnl") { v5 = m.value }
                        case 0xDCC68B18FEEAA3E3: if v6 < 0, m.isKey("fee") { v6 = m.value }
                        case 0x1E2D7FE73967FEA0: if v7 < 0, m.isKey("feeCcy") { v7 = m.value }
                        case 0x0791A710B055183C: if v8 < 0, m.isKey("tradeId") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.px = try d.directDecimal(v1)
                    self.sz = try d.directDecimal(v2)
                    self.szCont = try d.directDecimal(v3)
                    self.side = try d.directEnum(v4)
                    self.fillPnl = try d.directDecimal(v5)
                    self.fee = try d.directDecimal(v6)
                    self.feeCcy = try d.directText(v7)
                    self.tradeId = try d.directText(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.px, "px")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.szCont, "szCont")
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteDecimal(self.fillPnl, "fillPnl")
                    try c.apiWriteDecimal(self.fee, "fee")
                    try c.apiWriteText(self.feeCcy, "feeCcy")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// `sprdId`: text.
            public let sprdId: String
            /// `tradeId`: text.
            public let tradeId: String?
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `tag`: text.
            public let tag: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillSz`: a decimal number (a string on the wire).
            public let fillSz: Decimal?
            /// `side`: text.
            public let side: String?
            /// `state`: text.
            public let state: String?
            /// `execType`: one of a documented set of values (unknown values are kept).
            public let execType: ExecType?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `code`: text.
            public let code: String?
            /// `msg`: text.
            public let msg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sprdId = try c.apiRequiredText("sprdId")
                self.tradeId = try c.apiText("tradeId")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.tag = try c.apiText("tag")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillSz = try c.apiDecimal("fillSz")
                self.side = try c.apiText("side")
                self.state = try c.apiText("state")
                self.execType = try c.apiEnum("execType")
                self.ts = try c.apiDate("ts")
                self.legs = try c.apiNested("legs")
                self.code = try c.apiText("code")
                self.msg = try c.apiText("msg")
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
                    case 0x241AF710E5DBBE65: if v0 < 0, m.isKey("sprdId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x6B86FB72815776DD: if v2 < 0, m.isKey("ordId") { v2 = m.value }
                    case 0x76ED59528A2E9E7C: if v3 < 0, m.isKey("clOrdId") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    case 0x602880A90A6DACD0: if v5 < 0, m.isKey("fillPx") { v5 = m.value }
                    case 0x603284A90A760821: if v6 < 0, m.isKey("fillSz") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0xEE63AAAD45B1B116: if v8 < 0, m.isKey("state") { v8 = m.value }
                    case 0xE1EAA9A61EC91894: if v9 < 0, m.isKey("execType") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    case 0x24B477ADA208116C: if v11 < 0, m.isKey("legs") { v11 = m.value }
                    case 0x0BB51791194B4414: if v12 < 0, m.isKey("code") { v12 = m.value }
                    case 0x07E05A191745BE82: if v13 < 0, m.isKey("msg") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sprdId = try d.directRequiredText(v0, "sprdId")
                self.tradeId = try d.directText(v1)
                self.ordId = try d.directText(v2)
                self.clOrdId = try d.directText(v3)
                self.tag = try d.directText(v4)
                self.fillPx = try d.directDecimal(v5)
                self.fillSz = try d.directDecimal(v6)
                self.side = try d.directText(v7)
                self.state = try d.directText(v8)
                self.execType = try d.directEnum(v9)
                self.ts = try d.directDate(v10)
                self.legs = try d.directNested(v11)
                self.code = try d.directText(v12)
                self.msg = try d.directText(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.sprdId, "sprdId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillSz, "fillSz")
                try c.apiWriteText(self.side, "side")
                try c.apiWriteText(self.state, "state")
                try c.apiWriteEnum(self.execType, "execType")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteText(self.code, "code")
                try c.apiWriteText(self.msg, "msg")
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

        /// The values of `execType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct ExecType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `T`.
            public static let t: Self = "T"
            /// `M`.
            public static let m: Self = "M"
        }
    }
}
