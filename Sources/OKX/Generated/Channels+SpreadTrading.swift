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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable {
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
