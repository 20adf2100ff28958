// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `books` channel family on the public WebSocket endpoint: “Order book channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-order-book-channel
    public enum Books: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["books", "books5", "bbo-tbt", "books50-l2-tbt", "books-l2-tbt", "books-rpi"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The names of the family that need a logged-in connection all the same.
        public static let loginOnlyNames: Set<String> = ["books50-l2-tbt", "books-l2-tbt"]
        /// The subscription argument of `books` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-order-book-channel
        public struct Arguments: ChannelArguments {
            /// `channel`: one of a documented set of values (unknown values are kept); required.
            public var channel: Name
            /// `instId`: text; required.
            public var instId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(channel: Name, instId: String) {
                self.channel = channel
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("channel", channel)
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { channel.rawValue }
        }
        /// One item of the `data` array of a `books` (or family) push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-order-book-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `asks`: rows of decimal numbers.
            public let asks: [[Decimal]]?
            /// `bids`: rows of decimal numbers.
            public let bids: [[Decimal]]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `checksum`: an integer (a string on the wire); deprecated.
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
            /// `books`.
            public static let books: Self = "books"
            /// `books5`.
            public static let books5: Self = "books5"
            /// `bbo-tbt`.
            public static let bboTbt: Self = "bbo-tbt"
            /// `books50-l2-tbt`.
            public static let books50L2Tbt: Self = "books50-l2-tbt"
            /// `books-l2-tbt`.
            public static let booksL2Tbt: Self = "books-l2-tbt"
            /// `books-rpi`.
            public static let booksRpi: Self = "books-rpi"
        }
    }

    /// The `call-auction-details` channel on the public WebSocket endpoint: “Call auction details channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-call-auction-details-channel
    public enum CallAuctionDetails: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["call-auction-details"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `call-auction-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-call-auction-details-channel
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
            public var channelName: String { "call-auction-details" }
        }
        /// One item of the `data` array of a `call-auction-details` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-call-auction-details-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `eqPx`: a decimal number (a string on the wire).
            public let eqPx: Decimal?
            /// `matchedSz`: a decimal number (a string on the wire).
            public let matchedSz: Decimal?
            /// `unmatchedSz`: a decimal number (a string on the wire).
            public let unmatchedSz: Decimal?
            /// `auctionEndTime`: a time (epoch milliseconds on the wire).
            public let auctionEndTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.eqPx = try c.apiDecimal("eqPx")
                self.matchedSz = try c.apiDecimal("matchedSz")
                self.unmatchedSz = try c.apiDecimal("unmatchedSz")
                self.auctionEndTime = try c.apiDate("auctionEndTime")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xAA042E606B564AC3: if v1 < 0, m.isKey("eqPx") { v1 = m.value }
                    case 0xDFE5541ECC96D0A2: if v2 < 0, m.isKey("matchedSz") { v2 = m.value }
                    case 0x0876B9761719F0B3: if v3 < 0, m.isKey("unmatchedSz") { v3 = m.value }
                    case 0xC7FF60C087FBB17E: if v4 < 0, m.isKey("auctionEndTime") { v4 = m.value }
                    case 0xEE63AAAD45B1B116: if v5 < 0, m.isKey("state") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.eqPx = try d.directDecimal(v1)
                self.matchedSz = try d.directDecimal(v2)
                self.unmatchedSz = try d.directDecimal(v3)
                self.auctionEndTime = try d.directDate(v4)
                self.state = try d.directEnum(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.eqPx, "eqPx")
                try c.apiWriteDecimal(self.matchedSz, "matchedSz")
                try c.apiWriteDecimal(self.unmatchedSz, "unmatchedSz")
                try c.apiWriteDate(self.auctionEndTime, "auctionEndTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `call_auction`.
            public static let callAuction: Self = "call_auction"
            /// `continuous_trading`.
            public static let continuousTrading: Self = "continuous_trading"
        }
    }

    /// The `candle3M` channel family on the business WebSocket endpoint: “Candlesticks channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-candlesticks-channel
    public enum Candles: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["candle3M", "candle1M", "candle1W", "candle1D", "candle2D", "candle3D", "candle5D", "candle12H", "candle6H", "candle4H", "candle2H", "candle1H", "candle30m", "candle15m", "candle5m", "candle3m", "candle1m", "candle1s", "candle3Mutc", "candle1Mutc", "candle1Wutc", "candle1Dutc", "candle2Dutc", "candle3Dutc", "candle5Dutc", "candle12Hutc", "candle6Hutc"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `candle3M` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-candlesticks-channel
        public struct Arguments: ChannelArguments {
            /// `channel`: one of a documented set of values (unknown values are kept); required.
            public var channel: Name
            /// `instId`: text; required.
            public var instId: String
            /// Arguments with the given values; nil ones are not sent.
            public init(channel: Name, instId: String) {
                self.channel = channel
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("channel", channel)
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { channel.rawValue }
        }
        /// One item of the `data` array of a `candle3M` (or family) push: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-candlesticks-channel
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
            /// `volCcy`: a decimal number (a string on the wire), at position 6 of the row.
            public let volCcy: Decimal?
            /// `volCcyQuote`: a decimal number (a string on the wire), at position 7 of the row.
            public let volCcyQuote: Decimal?
            /// `confirm`: one of a documented set of values (unknown values are kept), at position 8 of the row.
            public let confirm: Confirm?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
                self.vol = try c.apiDecimal()
                self.volCcy = try c.apiDecimal()
                self.volCcyQuote = try c.apiDecimal()
                self.confirm = try c.apiEnum()
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
                self.volCcy = try row.decimal()
                self.volCcyQuote = try row.decimal()
                self.confirm = try row.enumValue()
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
                try c.apiWriteDecimal(self.volCcy)
                try c.apiWriteDecimal(self.volCcyQuote)
                try c.apiWriteEnum(self.confirm)
            }
        }
        /// The values of `channel` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Name: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `candle3M`.
            public static let candle3M: Self = "candle3M"
            /// `candle1M`.
            public static let candle1M: Self = "candle1M"
            /// `candle1W`.
            public static let candle1W: Self = "candle1W"
            /// `candle1D`.
            public static let candle1D: Self = "candle1D"
            /// `candle2D`.
            public static let candle2D: Self = "candle2D"
            /// `candle3D`.
            public static let candle3D: Self = "candle3D"
            /// `candle5D`.
            public static let candle5D: Self = "candle5D"
            /// `candle12H`.
            public static let candle12H: Self = "candle12H"
            /// `candle6H`.
            public static let candle6H: Self = "candle6H"
            /// `candle4H`.
            public static let candle4H: Self = "candle4H"
            /// `candle2H`.
            public static let candle2H: Self = "candle2H"
            /// `candle1H`.
            public static let candle1H: Self = "candle1H"
            /// `candle30m`.
            public static let candle30m: Self = "candle30m"
            /// `candle15m`.
            public static let candle15m: Self = "candle15m"
            /// `candle5m`.
            public static let candle5m: Self = "candle5m"
            /// `candle3m`.
            public static let candle3m: Self = "candle3m"
            /// `candle1m`.
            public static let candle1m: Self = "candle1m"
            /// `candle1s`.
            public static let candle1s: Self = "candle1s"
            /// `candle3Mutc`.
            public static let candle3Mutc: Self = "candle3Mutc"
            /// `candle1Mutc`.
            public static let candle1Mutc: Self = "candle1Mutc"
            /// `candle1Wutc`.
            public static let candle1Wutc: Self = "candle1Wutc"
            /// `candle1Dutc`.
            public static let candle1Dutc: Self = "candle1Dutc"
            /// `candle2Dutc`.
            public static let candle2Dutc: Self = "candle2Dutc"
            /// `candle3Dutc`.
            public static let candle3Dutc: Self = "candle3Dutc"
            /// `candle5Dutc`.
            public static let candle5Dutc: Self = "candle5Dutc"
            /// `candle12Hutc`.
            public static let candle12Hutc: Self = "candle12Hutc"
            /// `candle6Hutc`.
            public static let candle6Hutc: Self = "candle6Hutc"
        }

        /// The values of `confirm` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Confirm: OKXStringValue {
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

    /// The `option-trades` channel on the public WebSocket endpoint: “Option trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-option-trades-channel
    public enum OptionTrades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["option-trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `option-trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-option-trades-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instId: String? = nil, instFamily: String? = nil) {
                self.instType = instType
                self.instId = instId
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("instFamily", instFamily)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "option-trades" }
        }
        /// One item of the `data` array of a `option-trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-option-trades-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `instFamily`: text.
            public let instFamily: String?
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `optType`: text.
            public let optType: String?
            /// `fillVol`: a decimal number (a string on the wire).
            public let fillVol: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.instFamily = try c.apiText("instFamily")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.optType = try c.apiText("optType")
                self.fillVol = try c.apiDecimal("fillVol")
                self.fwdPx = try c.apiDecimal("fwdPx")
                self.idxPx = try c.apiDecimal("idxPx")
                self.markPx = try c.apiDecimal("markPx")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0x0791A710B055183C: if v2 < 0, m.isKey("tradeId") { v2 = m.value }
                    case 0x08D55007B5757215: if v3 < 0, m.isKey("px") { v3 = m.value }
                    case 0x08D94407B5794688: if v4 < 0, m.isKey("sz") { v4 = m.value }
                    case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                    case 0x907A4F35B667A37A: if v6 < 0, m.isKey("optType") { v6 = m.value }
                    case 0x0572373CD4ED9299: if v7 < 0, m.isKey("fillVol") { v7 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v8 < 0, m.isKey("fwdPx") { v8 = m.value }
                    case 0x0E8F6C3B83CC3030: if v9 < 0, m.isKey("idxPx") { v9 = m.value }
                    case 0xED95A32B150C49D8: if v10 < 0, m.isKey("markPx") { v10 = m.value }
                    case 0x08C83D07B56AC770: if v11 < 0, m.isKey("ts") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.instFamily = try d.directText(v1)
                self.tradeId = try d.directRequiredText(v2, "tradeId")
                self.px = try d.directDecimal(v3)
                self.sz = try d.directDecimal(v4)
                self.side = try d.directEnum(v5)
                self.optType = try d.directText(v6)
                self.fillVol = try d.directDecimal(v7)
                self.fwdPx = try d.directDecimal(v8)
                self.idxPx = try d.directDecimal(v9)
                self.markPx = try d.directDecimal(v10)
                self.ts = try d.directDate(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.optType, "optType")
                try c.apiWriteDecimal(self.fillVol, "fillVol")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `OPTION`.
            public static let option: Self = "OPTION"
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

    /// The `tickers` channel on the public WebSocket endpoint: “Tickers channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-tickers-channel
    public enum Tickers: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["tickers"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-tickers-channel
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
            public var channelName: String { "tickers" }
        }
        /// One item of the `data` array of a `tickers` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-tickers-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
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
            /// `volCcy24h`: a decimal number (a string on the wire).
            public let volCcy24h: Decimal?
            /// `vol24h`: a decimal number (a string on the wire).
            public let vol24h: Decimal?
            /// `sodUtc0`: a decimal number (a string on the wire).
            public let sodUtc0: Decimal?
            /// `sodUtc8`: a decimal number (a string on the wire).
            public let sodUtc8: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.last = try c.apiDecimal("last")
                self.lastSz = try c.apiDecimal("lastSz")
                self.askPx = try c.apiDecimal("askPx")
                self.askSz = try c.apiDecimal("askSz")
                self.bidPx = try c.apiDecimal("bidPx")
                self.bidSz = try c.apiDecimal("bidSz")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
                self.volCcy24h = try c.apiDecimal("volCcy24h")
                self.vol24h = try c.apiDecimal("vol24h")
                self.sodUtc0 = try c.apiDecimal("sodUtc0")
                self.sodUtc8 = try c.apiDecimal("sodUtc8")
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
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                var v15: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x0456D2AD905847D9: if v2 < 0, m.isKey("last") { v2 = m.value }
                    case 0x5731477AF4A603CC: if v3 < 0, m.isKey("lastSz") { v3 = m.value }
                    case 0xFA56B4BC4D20AB3A: if v4 < 0, m.isKey("askPx") { v4 = m.value }
                    case 0xFA52ACBC4D1CB4CB: if v5 < 0, m.isKey("askSz") { v5 = m.value }
                    case 0xE50D1CC374BD3058: if v6 < 0, m.isKey("bidPx") { v6 = m.value }
                    case 0xE51720C374C58BA9: if v7 < 0, m.isKey("bidSz") { v7 = m.value }
                    case 0x0BA538D18AD12F25: if v8 < 0, m.isKey("open24h") { v8 = m.value }
                    case 0xC1F54A34A7251939: if v9 < 0, m.isKey("high24h") { v9 = m.value }
                    case 0x2EF3C545A51F1EBD: if v10 < 0, m.isKey("low24h") { v10 = m.value }
                    case 0x7F963B69B021BDC7: if v11 < 0, m.isKey("volCcy24h") { v11 = m.value }
                    case 0x0F8CEDE9F8E646E4: if v12 < 0, m.isKey("vol24h") { v12 = m.value }
                    case 0xC6D46ED6E67C220B: if v13 < 0, m.isKey("sodUtc0") { v13 = m.value }
                    case 0xC6D466D6E67C1473: if v14 < 0, m.isKey("sodUtc8") { v14 = m.value }
                    case 0x08C83D07B56AC770: if v15 < 0, m.isKey("ts") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.last = try d.directDecimal(v2)
                self.lastSz = try d.directDecimal(v3)
                self.askPx = try d.directDecimal(v4)
                self.askSz = try d.directDecimal(v5)
                self.bidPx = try d.directDecimal(v6)
                self.bidSz = try d.directDecimal(v7)
                self.open24h = try d.directDecimal(v8)
                self.high24h = try d.directDecimal(v9)
                self.low24h = try d.directDecimal(v10)
                self.volCcy24h = try d.directDecimal(v11)
                self.vol24h = try d.directDecimal(v12)
                self.sodUtc0 = try d.directDecimal(v13)
                self.sodUtc8 = try d.directDecimal(v14)
                self.ts = try d.directDate(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.lastSz, "lastSz")
                try c.apiWriteDecimal(self.askPx, "askPx")
                try c.apiWriteDecimal(self.askSz, "askSz")
                try c.apiWriteDecimal(self.bidPx, "bidPx")
                try c.apiWriteDecimal(self.bidSz, "bidSz")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.volCcy24h, "volCcy24h")
                try c.apiWriteDecimal(self.vol24h, "vol24h")
                try c.apiWriteDecimal(self.sodUtc0, "sodUtc0")
                try c.apiWriteDecimal(self.sodUtc8, "sodUtc8")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `trades` channel on the public WebSocket endpoint: “Trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-trades-channel
    public enum Trades: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["trades"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `trades`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-trades-channel
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
            public var channelName: String { "trades" }
        }
        /// One item of the `data` array of a `trades` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-trades-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `count`: an integer (a string on the wire).
            public let count: Int?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `seqId`: an integer (a string on the wire).
            public let seqId: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.ts = try c.apiDate("ts")
                self.count = try c.apiInteger("count")
                self.source = try c.apiEnum("source")
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
                var v6: Int32 = -1
                var v7: Int32 = -1
                var v8: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    case 0xB1E5E28E4479A274: if v6 < 0, m.isKey("count") { v6 = m.value }
                    case 0x76DBDC228F782DB8: if v7 < 0, m.isKey("source") { v7 = m.value }
                    case 0x094FCF307E5F9F91: if v8 < 0, m.isKey("seqId") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.ts = try d.directDate(v5)
                self.count = try d.directInteger(v6)
                self.source = try d.directEnum(v7)
                self.seqId = try d.directInteger(v8)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteInteger(self.count, "count")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteInteger(self.seqId, "seqId")
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

        /// The values of `source` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Source: OKXStringValue {
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

    /// The `trades-all` channel on the business WebSocket endpoint: “All trades channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-all-trades-channel
    public enum TradesAll: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["trades-all"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `trades-all`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-all-trades-channel
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
            public var channelName: String { "trades-all" }
        }
        /// One item of the `data` array of a `trades-all` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-market-data-ws-all-trades-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `tradeId`: text.
            public let tradeId: String
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `source`: one of a documented set of values (unknown values are kept).
            public let source: Source?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.tradeId = try c.apiRequiredText("tradeId")
                self.px = try c.apiDecimal("px")
                self.sz = try c.apiDecimal("sz")
                self.side = try c.apiEnum("side")
                self.source = try c.apiEnum("source")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                    case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                    case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0x76DBDC228F782DB8: if v5 < 0, m.isKey("source") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.tradeId = try d.directRequiredText(v1, "tradeId")
                self.px = try d.directDecimal(v2)
                self.sz = try d.directDecimal(v3)
                self.side = try d.directEnum(v4)
                self.source = try d.directEnum(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.source, "source")
                try c.apiWriteDate(self.ts, "ts")
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

        /// The values of `source` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Source: OKXStringValue {
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
