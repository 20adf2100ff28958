// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `adl-warning` channel on the public WebSocket endpoint: “ADL warning channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-adl-warning-channel
    public enum AdlWarning: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["adl-warning"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `adl-warning`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-adl-warning-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "adl-warning" }
        }
        /// One item of the `data` array of a `adl-warning` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-adl-warning-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `ccy`: text; deprecated.
            public let ccy: String?
            /// `maxBal`: a decimal number (a string on the wire); deprecated.
            public let maxBal: Decimal?
            /// `maxBalTs`: a time (epoch milliseconds on the wire); deprecated.
            public let maxBalTs: Date?
            /// `adlType`: one of a documented set of values (unknown values are kept); deprecated.
            public let adlType: AdlType?
            /// `adlBal`: a decimal number (a string on the wire); deprecated.
            public let adlBal: Decimal?
            /// `adlRecBal`: a decimal number (a string on the wire); deprecated.
            public let adlRecBal: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `decRate`: a decimal number (a string on the wire); deprecated.
            public let decRate: Decimal?
            /// `adlRate`: a decimal number (a string on the wire); deprecated.
            public let adlRate: Decimal?
            /// `adlRecRate`: a decimal number (a string on the wire); deprecated.
            public let adlRecRate: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instFamily = try c.apiText("instFamily")
                self.state = try c.apiEnum("state")
                self.bal = try c.apiDecimal("bal")
                self.ccy = try c.apiText("ccy")
                self.maxBal = try c.apiDecimal("maxBal")
                self.maxBalTs = try c.apiDate("maxBalTs")
                self.adlType = try c.apiEnum("adlType")
                self.adlBal = try c.apiDecimal("adlBal")
                self.adlRecBal = try c.apiDecimal("adlRecBal")
                self.ts = try c.apiDate("ts")
                self.decRate = try c.apiDecimal("decRate")
                self.adlRate = try c.apiDecimal("adlRate")
                self.adlRecRate = try c.apiDecimal("adlRecRate")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x0039161913391320: if v3 < 0, m.isKey("bal") { v3 = m.value }
                    case 0xF5DBFE190CDE752E: if v4 < 0, m.isKey("ccy") { v4 = m.value }
                    case 0x5EF547F778BCE4E4: if v5 < 0, m.isKey("maxBal") { v5 = m.value }
                    case 0x35365B2B9E693D39: if v6 < 0, m.isKey("maxBalTs") { v6 = m.value }
                    case 0xD1439236D2E275B4: if v7 < 0, m.isKey("adlType") { v7 = m.value }
                    case 0xD95B5B54B537BFB7: if v8 < 0, m.isKey("adlBal") { v8 = m.value }
                    case 0x70F7A9AEB11AD285: if v9 < 0, m.isKey("adlRecBal") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    case 0xBB51971A98369F99: if v11 < 0, m.isKey("decRate") { v11 = m.value }
                    case 0x0E09F266DB62126E: if v12 < 0, m.isKey("adlRate") { v12 = m.value }
                    case 0xB897834F16F675C8: if v13 < 0, m.isKey("adlRecRate") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instFamily = try d.directText(v1)
                self.state = try d.directEnum(v2)
                self.bal = try d.directDecimal(v3)
                self.ccy = try d.directText(v4)
                self.maxBal = try d.directDecimal(v5)
                self.maxBalTs = try d.directDate(v6)
                self.adlType = try d.directEnum(v7)
                self.adlBal = try d.directDecimal(v8)
                self.adlRecBal = try d.directDecimal(v9)
                self.ts = try d.directDate(v10)
                self.decRate = try d.directDecimal(v11)
                self.adlRate = try d.directDecimal(v12)
                self.adlRecRate = try d.directDecimal(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.maxBal, "maxBal")
                try c.apiWriteDate(self.maxBalTs, "maxBalTs")
                try c.apiWriteEnum(self.adlType, "adlType")
                try c.apiWriteDecimal(self.adlBal, "adlBal")
                try c.apiWriteDecimal(self.adlRecBal, "adlRecBal")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.decRate, "decRate")
                try c.apiWriteDecimal(self.adlRate, "adlRate")
                try c.apiWriteDecimal(self.adlRecRate, "adlRecRate")
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
            /// `OPTION`.
            public static let option: Self = "OPTION"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `warning`.
            public static let warning: Self = "warning"
            /// `adl`.
            public static let adl: Self = "adl"
        }

        /// The values of `adlType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct AdlType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `rate_adl_start`.
            public static let rateAdlStart: Self = "rate_adl_start"
            /// `bal_adl_start`.
            public static let balAdlStart: Self = "bal_adl_start"
            /// `pos_adl_start`.
            public static let posAdlStart: Self = "pos_adl_start"
            /// `adl_end`.
            public static let adlEnd: Self = "adl_end"
        }
    }

    /// The `economic-calendar` channel on the business WebSocket endpoint: “Economic calendar channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-economic-calendar-channel
    public enum EconomicCalendar: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["economic-calendar"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `economic-calendar`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-economic-calendar-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "economic-calendar" }
        }
        /// One item of the `data` array of a `economic-calendar` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-economic-calendar-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `event`: text.
            public let event: String?
            /// `region`: text.
            public let region: String?
            /// `category`: text.
            public let category: String?
            /// `actual`: a decimal number (a string on the wire).
            public let actual: Decimal?
            /// `previous`: a decimal number (a string on the wire).
            public let previous: Decimal?
            /// `forecast`: text.
            public let forecast: String?
            /// `prevInitial`: a decimal number (a string on the wire).
            public let prevInitial: Decimal?
            /// `date`: a time (epoch milliseconds on the wire).
            public let date: Date?
            /// `refDate`: a time (epoch milliseconds on the wire).
            public let refDate: Date?
            /// `calendarId`: text.
            public let calendarId: String?
            /// `unit`: text.
            public let unit: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `importance`: one of a documented set of values (unknown values are kept).
            public let importance: Importance?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.event = try c.apiText("event")
                self.region = try c.apiText("region")
                self.category = try c.apiText("category")
                self.actual = try c.apiDecimal("actual")
                self.previous = try c.apiDecimal("previous")
                self.forecast = try c.apiText("forecast")
                self.prevInitial = try c.apiDecimal("prevInitial")
                self.date = try c.apiDate("date")
                self.refDate = try c.apiDate("refDate")
                self.calendarId = try c.apiText("calendarId")
                self.unit = try c.apiText("unit")
                self.ccy = try c.apiText("ccy")
                self.importance = try c.apiEnum("importance")
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
                while let h = try m.next() {
                    switch h {
                    case 0x112B8C0079B0649F: if v0 < 0, m.isKey("event") { v0 = m.value }
                    case 0xC755A623F50A24DD: if v1 < 0, m.isKey("region") { v1 = m.value }
                    case 0x5BD2E7FFB1224E91: if v2 < 0, m.isKey("category") { v2 = m.value }
                    case 0x57EADE0B8CB41D17: if v3 < 0, m.isKey("actual") { v3 = m.value }
                    case 0xEC5F63FFE7E97248: if v4 < 0, m.isKey("previous") { v4 = m.value }
                    case 0xE1D82B6293801D10: if v5 < 0, m.isKey("forecast") { v5 = m.value }
                    case 0x133BCBC9EB8AF784: if v6 < 0, m.isKey("prevInitial") { v6 = m.value }
                    case 0x855B516730A34339: if v7 < 0, m.isKey("date") { v7 = m.value }
                    case 0x7521A2DF4FA573A6: if v8 < 0, m.isKey("refDate") { v8 = m.value }
                    case 0x8B3604B551CE6FD2: if v9 < 0, m.isKey("calendarId") { v9 = m.value }
                    case 0x6498DFE4855BB3A7: if v10 < 0, m.isKey("unit") { v10 = m.value }
                    case 0xF5DBFE190CDE752E: if v11 < 0, m.isKey("ccy") { v11 = m.value }
                    case 0x0764D74F7E89C86F: if v12 < 0, m.isKey("importance") { v12 = m.value }
                    case 0x08C83D07B56AC770: if v13 < 0, m.isKey("ts") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.event = try d.directText(v0)
                self.region = try d.directText(v1)
                self.category = try d.directText(v2)
                self.actual = try d.directDecimal(v3)
                self.previous = try d.directDecimal(v4)
                self.forecast = try d.directText(v5)
                self.prevInitial = try d.directDecimal(v6)
                self.date = try d.directDate(v7)
                self.refDate = try d.directDate(v8)
                self.calendarId = try d.directText(v9)
                self.unit = try d.directText(v10)
                self.ccy = try d.directText(v11)
                self.importance = try d.directEnum(v12)
                self.ts = try d.directDate(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.event, "event")
                try c.apiWriteText(self.region, "region")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteDecimal(self.actual, "actual")
                try c.apiWriteDecimal(self.previous, "previous")
                try c.apiWriteText(self.forecast, "forecast")
                try c.apiWriteDecimal(self.prevInitial, "prevInitial")
                try c.apiWriteDate(self.date, "date")
                try c.apiWriteDate(self.refDate, "refDate")
                try c.apiWriteText(self.calendarId, "calendarId")
                try c.apiWriteText(self.unit, "unit")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.importance, "importance")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
        /// The values of `importance` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Importance: OKXStringValue {
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
        }
    }

    /// The `estimated-price` channel on the public WebSocket endpoint: “Estimated delivery/exercise/settlement price channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-estimated-delivery-exercise-settlement-price-channel
    public enum EstimatedPrice: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["estimated-price"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `estimated-price`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-estimated-delivery-exercise-settlement-price-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `instId`: text; required in some cases.
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
            public var channelName: String { "estimated-price" }
        }
        /// One item of the `data` array of a `estimated-price` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-estimated-delivery-exercise-settlement-price-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `settleType`: one of a documented set of values (unknown values are kept).
            public let settleType: SettleType?
            /// `settlePx`: a decimal number (a string on the wire).
            public let settlePx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.settleType = try c.apiEnum("settleType")
                self.settlePx = try c.apiDecimal("settlePx")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x02636FC8FD28DDBA: if v2 < 0, m.isKey("settleType") { v2 = m.value }
                    case 0x1D65316370244FB2: if v3 < 0, m.isKey("settlePx") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.settleType = try d.directEnum(v2)
                self.settlePx = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.settleType, "settleType")
                try c.apiWriteDecimal(self.settlePx, "settlePx")
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
            /// `FUTURES`.
            public static let futures: Self = "FUTURES"
            /// `SWAP`.
            public static let swap: Self = "SWAP"
            /// `EVENTS`.
            public static let events: Self = "EVENTS"
        }

        /// The values of `settleType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct SettleType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `settlement`.
            public static let settlement: Self = "settlement"
            /// `delivery`.
            public static let delivery: Self = "delivery"
            /// `exercise`.
            public static let exercise: Self = "exercise"
        }
    }

    /// The `event-contract-markets` channel on the public WebSocket endpoint: “Event contract markets channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-event-contract-markets-channel
    public enum EventContractMarkets: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["event-contract-markets"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `event-contract-markets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-event-contract-markets-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "event-contract-markets" }
        }
        /// One item of the `data` array of a `event-contract-markets` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-event-contract-markets-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `seriesId`: text.
            public let seriesId: String
            /// `eventId`: text.
            public let eventId: String?
            /// `instId`: text.
            public let instId: String
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `fixTime`: a time (epoch milliseconds on the wire).
            public let fixTime: Date?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public let outcome: Outcome?
            /// `floorStrike`: a decimal number (a string on the wire).
            public let floorStrike: Decimal?
            /// `settleValue`: a decimal number (a string on the wire).
            public let settleValue: Decimal?
            /// `disputed`: a boolean.
            public let disputed: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.seriesId = try c.apiRequiredText("seriesId")
                self.eventId = try c.apiText("eventId")
                self.instId = try c.apiRequiredText("instId")
                self.listTime = try c.apiDate("listTime")
                self.fixTime = try c.apiDate("fixTime")
                self.expTime = try c.apiDate("expTime")
                self.state = try c.apiEnum("state")
                self.outcome = try c.apiEnum("outcome")
                self.floorStrike = try c.apiDecimal("floorStrike")
                self.settleValue = try c.apiDecimal("settleValue")
                self.disputed = try c.apiBoolean("disputed")
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
                    case 0x4814607C62D02A4D: if v0 < 0, m.isKey("seriesId") { v0 = m.value }
                    case 0xEBCE335BB0562572: if v1 < 0, m.isKey("eventId") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x01AA28CE8109F1D8: if v3 < 0, m.isKey("listTime") { v3 = m.value }
                    case 0xAC229270CB641B31: if v4 < 0, m.isKey("fixTime") { v4 = m.value }
                    case 0x7AD30CC74063A6A1: if v5 < 0, m.isKey("expTime") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0x75FE2A8465B02E53: if v7 < 0, m.isKey("outcome") { v7 = m.value }
                    case 0x770327DDE0B40D87: if v8 < 0, m.isKey("floorStrike") { v8 = m.value }
                    case 0xD80C0CD5F4CA7563: if v9 < 0, m.isKey("settleValue") { v9 = m.value }
                    case 0xF6052464E2CDE30D: if v10 < 0, m.isKey("disputed") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.seriesId = try d.directRequiredText(v0, "seriesId")
                self.eventId = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.listTime = try d.directDate(v3)
                self.fixTime = try d.directDate(v4)
                self.expTime = try d.directDate(v5)
                self.state = try d.directEnum(v6)
                self.outcome = try d.directEnum(v7)
                self.floorStrike = try d.directDecimal(v8)
                self.settleValue = try d.directDecimal(v9)
                self.disputed = try d.directBoolean(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.eventId, "eventId")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.fixTime, "fixTime")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.outcome, "outcome")
                try c.apiWriteDecimal(self.floorStrike, "floorStrike")
                try c.apiWriteDecimal(self.settleValue, "settleValue")
                try c.apiWriteBoolean(self.disputed, "disputed")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `EVENTS`.
            public static let events: Self = "EVENTS"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `preopen`.
            public static let preopen: Self = "preopen"
            /// `live`.
            public static let live: Self = "live"
            /// `settling`.
            public static let settling: Self = "settling"
            /// `expired`.
            public static let expired: Self = "expired"
        }

        /// The values of `outcome` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Outcome: OKXStringValue {
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
        }
    }

    /// The `funding-rate` channel on the public WebSocket endpoint: “Funding rate channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-funding-rate-channel
    public enum FundingRate: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["funding-rate"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `funding-rate`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-funding-rate-channel
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
            public var channelName: String { "funding-rate" }
        }
        /// One item of the `data` array of a `funding-rate` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-funding-rate-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `method`: text.
            public let method: String?
            /// `formulaType`: one of a documented set of values (unknown values are kept).
            public let formulaType: FormulaType?
            /// `fundingRate`: a decimal number (a string on the wire).
            public let fundingRate: Decimal?
            /// `nextFundingRate`: a decimal number (a string on the wire); deprecated.
            public let nextFundingRate: Decimal?
            /// `fundingTime`: a time (epoch milliseconds on the wire).
            public let fundingTime: Date?
            /// `nextFundingTime`: a time (epoch milliseconds on the wire).
            public let nextFundingTime: Date?
            /// `minFundingRate`: a decimal number (a string on the wire).
            public let minFundingRate: Decimal?
            /// `maxFundingRate`: a decimal number (a string on the wire).
            public let maxFundingRate: Decimal?
            /// `interestRate`: a decimal number (a string on the wire).
            public let interestRate: Decimal?
            /// `impactValue`: a decimal number (a string on the wire).
            public let impactValue: Decimal?
            /// `settState`: one of a documented set of values (unknown values are kept).
            public let settState: SettState?
            /// `settFundingRate`: a decimal number (a string on the wire).
            public let settFundingRate: Decimal?
            /// `premium`: a decimal number (a string on the wire).
            public let premium: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.method = try c.apiText("method")
                self.formulaType = try c.apiEnum("formulaType")
                self.fundingRate = try c.apiDecimal("fundingRate")
                self.nextFundingRate = try c.apiDecimal("nextFundingRate")
                self.fundingTime = try c.apiDate("fundingTime")
                self.nextFundingTime = try c.apiDate("nextFundingTime")
                self.minFundingRate = try c.apiDecimal("minFundingRate")
                self.maxFundingRate = try c.apiDecimal("maxFundingRate")
                self.interestRate = try c.apiDecimal("interestRate")
                self.impactValue = try c.apiDecimal("impactValue")
                self.settState = try c.apiEnum("settState")
                self.settFundingRate = try c.apiDecimal("settFundingRate")
                self.premium = try c.apiDecimal("premium")
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
                    case 0x230C05E5FB0433B0: if v2 < 0, m.isKey("method") { v2 = m.value }
                    case 0xB7DD2ECFFC8704D5: if v3 < 0, m.isKey("formulaType") { v3 = m.value }
                    case 0xDBE28FD105AB4E10: if v4 < 0, m.isKey("fundingRate") { v4 = m.value }
                    case 0x8B4A3D9E7767FA23: if v5 < 0, m.isKey("nextFundingRate") { v5 = m.value }
                    case 0x8C325C00BE146043: if v6 < 0, m.isKey("fundingTime") { v6 = m.value }
                    case 0xB03AF1B0367F5BE8: if v7 < 0, m.isKey("nextFundingTime") { v7 = m.value }
                    case 0x9A80361FE8D1710A: if v8 < 0, m.isKey("minFundingRate") { v8 = m.value }
                    case 0x452B3537F0ED1CDC: if v9 < 0, m.isKey("maxFundingRate") { v9 = m.value }
                    case 0xCC633F579C105059: if v10 < 0, m.isKey("interestRate") { v10 = m.value }
                    case 0x24A4C371FD90C5CC: if v11 < 0, m.isKey("impactValue") { v11 = m.value }
                    case 0xAEE73818CECA68A6: if v12 < 0, m.isKey("settState") { v12 = m.value }
                    case 0x6B013F7709703320: if v13 < 0, m.isKey("settFundingRate") { v13 = m.value }
                    case 0x9550AFB09B26EA5E: if v14 < 0, m.isKey("premium") { v14 = m.value }
                    case 0x08C83D07B56AC770: if v15 < 0, m.isKey("ts") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.method = try d.directText(v2)
                self.formulaType = try d.directEnum(v3)
                self.fundingRate = try d.directDecimal(v4)
                self.nextFundingRate = try d.directDecimal(v5)
                self.fundingTime = try d.directDate(v6)
                self.nextFundingTime = try d.directDate(v7)
                self.minFundingRate = try d.directDecimal(v8)
                self.maxFundingRate = try d.directDecimal(v9)
                self.interestRate = try d.directDecimal(v10)
                self.impactValue = try d.directDecimal(v11)
                self.settState = try d.directEnum(v12)
                self.settFundingRate = try d.directDecimal(v13)
                self.premium = try d.directDecimal(v14)
                self.ts = try d.directDate(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.method, "method")
                try c.apiWriteEnum(self.formulaType, "formulaType")
                try c.apiWriteDecimal(self.fundingRate, "fundingRate")
                try c.apiWriteDecimal(self.nextFundingRate, "nextFundingRate")
                try c.apiWriteDate(self.fundingTime, "fundingTime")
                try c.apiWriteDate(self.nextFundingTime, "nextFundingTime")
                try c.apiWriteDecimal(self.minFundingRate, "minFundingRate")
                try c.apiWriteDecimal(self.maxFundingRate, "maxFundingRate")
                try c.apiWriteDecimal(self.interestRate, "interestRate")
                try c.apiWriteDecimal(self.impactValue, "impactValue")
                try c.apiWriteEnum(self.settState, "settState")
                try c.apiWriteDecimal(self.settFundingRate, "settFundingRate")
                try c.apiWriteDecimal(self.premium, "premium")
                try c.apiWriteDate(self.ts, "ts")
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
        }

        /// The values of `formulaType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct FormulaType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `noRate`.
            public static let noRate: Self = "noRate"
            /// `withRate`.
            public static let withRate: Self = "withRate"
        }

        /// The values of `settState` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct SettState: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `processing`.
            public static let processing: Self = "processing"
            /// `settled`.
            public static let settled: Self = "settled"
        }
    }

    /// The `index-candle3M` channel family on the business WebSocket endpoint: “Index candlesticks channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-candlesticks-channel
    public enum IndexCandles: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["index-candle3M", "index-candle1M", "index-candle1W", "index-candle1D", "index-candle2D", "index-candle3D", "index-candle5D", "index-candle12H", "index-candle6H", "index-candle4H", "index-candle2H", "index-candle1H", "index-candle30m", "index-candle15m", "index-candle5m", "index-candle3m", "index-candle1m", "index-candle3Mutc", "index-candle1Mutc", "index-candle1Wutc", "index-candle1Dutc", "index-candle2Dutc", "index-candle3Dutc", "index-candle5Dutc", "index-candle12Hutc", "index-candle6Hutc"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `index-candle3M` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-candlesticks-channel
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
        /// One item of the `data` array of a `index-candle3M` (or family) push: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-candlesticks-channel
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
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
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
                try c.apiWriteText(self.confirm)
            }
        }
        /// The values of `channel` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Name: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `index-candle3M`.
            public static let indexCandle3M: Self = "index-candle3M"
            /// `index-candle1M`.
            public static let indexCandle1M: Self = "index-candle1M"
            /// `index-candle1W`.
            public static let indexCandle1W: Self = "index-candle1W"
            /// `index-candle1D`.
            public static let indexCandle1D: Self = "index-candle1D"
            /// `index-candle2D`.
            public static let indexCandle2D: Self = "index-candle2D"
            /// `index-candle3D`.
            public static let indexCandle3D: Self = "index-candle3D"
            /// `index-candle5D`.
            public static let indexCandle5D: Self = "index-candle5D"
            /// `index-candle12H`.
            public static let indexCandle12H: Self = "index-candle12H"
            /// `index-candle6H`.
            public static let indexCandle6H: Self = "index-candle6H"
            /// `index-candle4H`.
            public static let indexCandle4H: Self = "index-candle4H"
            /// `index-candle2H`.
            public static let indexCandle2H: Self = "index-candle2H"
            /// `index-candle1H`.
            public static let indexCandle1H: Self = "index-candle1H"
            /// `index-candle30m`.
            public static let indexCandle30m: Self = "index-candle30m"
            /// `index-candle15m`.
            public static let indexCandle15m: Self = "index-candle15m"
            /// `index-candle5m`.
            public static let indexCandle5m: Self = "index-candle5m"
            /// `index-candle3m`.
            public static let indexCandle3m: Self = "index-candle3m"
            /// `index-candle1m`.
            public static let indexCandle1m: Self = "index-candle1m"
            /// `index-candle3Mutc`.
            public static let indexCandle3Mutc: Self = "index-candle3Mutc"
            /// `index-candle1Mutc`.
            public static let indexCandle1Mutc: Self = "index-candle1Mutc"
            /// `index-candle1Wutc`.
            public static let indexCandle1Wutc: Self = "index-candle1Wutc"
            /// `index-candle1Dutc`.
            public static let indexCandle1Dutc: Self = "index-candle1Dutc"
            /// `index-candle2Dutc`.
            public static let indexCandle2Dutc: Self = "index-candle2Dutc"
            /// `index-candle3Dutc`.
            public static let indexCandle3Dutc: Self = "index-candle3Dutc"
            /// `index-candle5Dutc`.
            public static let indexCandle5Dutc: Self = "index-candle5Dutc"
            /// `index-candle12Hutc`.
            public static let indexCandle12Hutc: Self = "index-candle12Hutc"
            /// `index-candle6Hutc`.
            public static let indexCandle6Hutc: Self = "index-candle6Hutc"
        }
    }

    /// The `index-tickers` channel on the public WebSocket endpoint: “Index tickers channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-tickers-channel
    public enum IndexTickers: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["index-tickers"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `index-tickers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-tickers-channel
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
            public var channelName: String { "index-tickers" }
        }
        /// One item of the `data` array of a `index-tickers` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-index-tickers-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `open24h`: a decimal number (a string on the wire).
            public let open24h: Decimal?
            /// `high24h`: a decimal number (a string on the wire).
            public let high24h: Decimal?
            /// `low24h`: a decimal number (a string on the wire).
            public let low24h: Decimal?
            /// `sodUtc0`: a decimal number (a string on the wire).
            public let sodUtc0: Decimal?
            /// `sodUtc8`: a decimal number (a string on the wire).
            public let sodUtc8: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.idxPx = try c.apiDecimal("idxPx")
                self.open24h = try c.apiDecimal("open24h")
                self.high24h = try c.apiDecimal("high24h")
                self.low24h = try c.apiDecimal("low24h")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x0E8F6C3B83CC3030: if v1 < 0, m.isKey("idxPx") { v1 = m.value }
                    case 0x0BA538D18AD12F25: if v2 < 0, m.isKey("open24h") { v2 = m.value }
                    case 0xC1F54A34A7251939: if v3 < 0, m.isKey("high24h") { v3 = m.value }
                    case 0x2EF3C545A51F1EBD: if v4 < 0, m.isKey("low24h") { v4 = m.value }
                    case 0xC6D46ED6E67C220B: if v5 < 0, m.isKey("sodUtc0") { v5 = m.value }
                    case 0xC6D466D6E67C1473: if v6 < 0, m.isKey("sodUtc8") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.idxPx = try d.directDecimal(v1)
                self.open24h = try d.directDecimal(v2)
                self.high24h = try d.directDecimal(v3)
                self.low24h = try d.directDecimal(v4)
                self.sodUtc0 = try d.directDecimal(v5)
                self.sodUtc8 = try d.directDecimal(v6)
                self.ts = try d.directDate(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.open24h, "open24h")
                try c.apiWriteDecimal(self.high24h, "high24h")
                try c.apiWriteDecimal(self.low24h, "low24h")
                try c.apiWriteDecimal(self.sodUtc0, "sodUtc0")
                try c.apiWriteDecimal(self.sodUtc8, "sodUtc8")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `instruments` channel on the public WebSocket endpoint: “Instruments channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-instruments-channel
    public enum Instruments: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["instruments"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-instruments-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "instruments" }
        }
        /// One item of the `data` array of a `instruments` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-instruments-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct UpcChg: Codable, Sendable, TapeDirect {
                /// `param`: one of a documented set of values (unknown values are kept).
                public let param: Param?
                /// `newValue`: a decimal number (a string on the wire).
                public let newValue: Decimal?
                /// `effTime`: a time (epoch milliseconds on the wire).
                public let effTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.param = try c.apiEnum("param")
                    self.newValue = try c.apiDecimal("newValue")
                    self.effTime = try c.apiDate("effTime")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x0C1193A7A1C363D2: if v0 < 0, m.isKey("param") { v0 = m.value }
                        case 0x999FBEDB6216AF5E: if v1 < 0, m.isKey("newValue") { v1 = m.value }
                        case 0xE7E78631375F793D: if v2 < 0, m.isKey("effTime") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.param = try d.directEnum(v0)
                    self.newValue = try d.directDecimal(v1)
                    self.effTime = try d.directDate(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.param, "param")
                    try c.apiWriteDecimal(self.newValue, "newValue")
                    try c.apiWriteDate(self.effTime, "effTime")
                }
            }
            /// `instType`: text.
            public let instType: String?
            /// `seriesId`: text.
            public let seriesId: String?
            /// `instId`: text.
            public let instId: String
            /// `uly`: text.
            public let uly: String?
            /// `groupId`: one of a documented set of values (unknown values are kept).
            public let groupId: GroupId?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `category`: text; deprecated.
            public let category: String?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `ctMult`: a decimal number (a string on the wire).
            public let ctMult: Decimal?
            /// `ctValCcy`: text.
            public let ctValCcy: String?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `stk`: a decimal number (a string on the wire).
            public let stk: Decimal?
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `auctionEndTime`: a time (epoch milliseconds on the wire); deprecated.
            public let auctionEndTime: Date?
            /// `contTdSwTime`: a time (epoch milliseconds on the wire).
            public let contTdSwTime: Date?
            /// `preMktSwTime`: a time (epoch milliseconds on the wire).
            public let preMktSwTime: Date?
            /// `openType`: one of a documented set of values (unknown values are kept).
            public let openType: OpenType?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `tickSz`: a decimal number (a string on the wire).
            public let tickSz: Decimal?
            /// `lotSz`: a decimal number (a string on the wire).
            public let lotSz: Decimal?
            /// `minSz`: a decimal number (a string on the wire).
            public let minSz: Decimal?
            /// `ctType`: one of a documented set of values (unknown values are kept).
            public let ctType: CtType?
            /// `alias`: one of a documented set of values (unknown values are kept); deprecated.
            public let alias: Alias?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ruleType`: one of a documented set of values (unknown values are kept).
            public let ruleType: RuleType?
            /// `maxLmtSz`: a decimal number (a string on the wire).
            public let maxLmtSz: Decimal?
            /// `maxMktSz`: a decimal number (a string on the wire).
            public let maxMktSz: Decimal?
            /// `maxTwapSz`: a decimal number (a string on the wire).
            public let maxTwapSz: Decimal?
            /// `maxIcebergSz`: a decimal number (a string on the wire).
            public let maxIcebergSz: Decimal?
            /// `maxTriggerSz`: a decimal number (a string on the wire).
            public let maxTriggerSz: Decimal?
            /// `maxStopSz`: a decimal number (a string on the wire).
            public let maxStopSz: Decimal?
            /// `futureSettlement`: a boolean.
            public let futureSettlement: Bool?
            /// `instIdCode`: an integer (a string on the wire).
            public let instIdCode: Int?
            /// `instCategory`: one of a documented set of values (unknown values are kept).
            public let instCategory: InstCategory?
            /// `upcChg`: a list of nested objects.
            public let upcChg: [UpcChg]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.seriesId = try c.apiText("seriesId")
                self.instId = try c.apiRequiredText("instId")
                self.uly = try c.apiText("uly")
                self.groupId = try c.apiEnum("groupId")
                self.instFamily = try c.apiText("instFamily")
                self.category = try c.apiText("category")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.settleCcy = try c.apiText("settleCcy")
                self.ctVal = try c.apiDecimal("ctVal")
                self.ctMult = try c.apiDecimal("ctMult")
                self.ctValCcy = try c.apiText("ctValCcy")
                self.optType = try c.apiEnum("optType")
                self.stk = try c.apiDecimal("stk")
                self.listTime = try c.apiDate("listTime")
                self.auctionEndTime = try c.apiDate("auctionEndTime")
                self.contTdSwTime = try c.apiDate("contTdSwTime")
                self.preMktSwTime = try c.apiDate("preMktSwTime")
                self.openType = try c.apiEnum("openType")
                self.expTime = try c.apiDate("expTime")
                self.lever = try c.apiDecimal("lever")
                self.tickSz = try c.apiDecimal("tickSz")
                self.lotSz = try c.apiDecimal("lotSz")
                self.minSz = try c.apiDecimal("minSz")
                self.ctType = try c.apiEnum("ctType")
                self.alias = try c.apiEnum("alias")
                self.state = try c.apiEnum("state")
                self.ruleType = try c.apiEnum("ruleType")
                self.maxLmtSz = try c.apiDecimal("maxLmtSz")
                self.maxMktSz = try c.apiDecimal("maxMktSz")
                self.maxTwapSz = try c.apiDecimal("maxTwapSz")
                self.maxIcebergSz = try c.apiDecimal("maxIcebergSz")
                self.maxTriggerSz = try c.apiDecimal("maxTriggerSz")
                self.maxStopSz = try c.apiDecimal("maxStopSz")
                self.futureSettlement = try c.apiBoolean("futureSettlement")
                self.instIdCode = try c.apiInteger("instIdCode")
                self.instCategory = try c.apiEnum("instCategory")
                self.upcChg = try c.apiNested("upcChg")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x4814607C62D02A4D: if v1 < 0, m.isKey("seriesId") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x4CA79C193E150437: if v3 < 0, m.isKey("uly") { v3 = m.value }
                    case 0x01944C770862DE21: if v4 < 0, m.isKey("groupId") { v4 = m.value }
                    case 0x12B1332ACCDE48E5: if v5 < 0, m.isKey("instFamily") { v5 = m.value }
                    case 0x5BD2E7FFB1224E91: if v6 < 0, m.isKey("category") { v6 = m.value }
                    case 0xE53F237F0E37B98D: if v7 < 0, m.isKey("baseCcy") { v7 = m.value }
                    case 0xC0BB97C28C13F59C: if v8 < 0, m.isKey("quoteCcy") { v8 = m.value }
                    case 0x997819F7D787D2C3: if v9 < 0, m.isKey("settleCcy") { v9 = m.value }
                    case 0xB95E94CFE1FB2E01: if v10 < 0, m.isKey("ctVal") { v10 = m.value }
                    case 0x565E4D1F7FBA8068: if v11 < 0, m.isKey("ctMult") { v11 = m.value }
                    case 0x7A259672F094EFF2: if v12 < 0, m.isKey("ctValCcy") { v12 = m.value }
                    case 0x907A4F35B667A37A: if v13 < 0, m.isKey("optType") { v13 = m.value }
                    case 0x826E7C195D0D550B: if v14 < 0, m.isKey("stk") { v14 = m.value }
                    case 0x01AA28CE8109F1D8: if v15 < 0, m.isKey("listTime") { v15 = m.value }
                    case 0xC7FF60C087FBB17E: if v16 < 0, m.isKey("auctionEndTime") { v16 = m.value }
                    case 0x22801C4E66513A26: if v17 < 0, m.isKey("contTdSwTime") { v17 = m.value }
                    case 0x27AAFE6390AFA2E9: if v18 < 0, m.isKey("preMktSwTime") { v18 = m.value }
                    case 0x1FCEA6160FC7C1A1: if v19 < 0, m.isKey("openType") { v19 = m.value }
                    case 0x7AD30CC74063A6A1: if v20 < 0, m.isKey("expTime") { v20 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v21 < 0, m.isKey("lever") { v21 = m.value }
                    case 0x7BB51938873D6CDD: if v22 < 0, m.isKey("tickSz") { v22 = m.value }
                    case 0x734480B720637861: if v23 < 0, m.isKey("lotSz") { v23 = m.value }
                    case 0x81CAAF62B7F87922: if v24 < 0, m.isKey("minSz") { v24 = m.value }
                    case 0x1BA9094EBCC069C2: if v25 < 0, m.isKey("ctType") { v25 = m.value }
                    case 0x509220BB65A646B7: if v26 < 0, m.isKey("alias") { v26 = m.value }
                    case 0xEE63AAAD45B1B116: if v27 < 0, m.isKey("state") { v27 = m.value }
                    case 0x189E65E29BE15D6B: if v28 < 0, m.isKey("ruleType") { v28 = m.value }
                    case 0xE71FA0F76E02F39F: if v29 < 0, m.isKey("maxLmtSz") { v29 = m.value }
                    case 0x489DA1E03C7E74EE: if v30 < 0, m.isKey("maxMktSz") { v30 = m.value }
                    case 0xBE5B20F416B69E2C: if v31 < 0, m.isKey("maxTwapSz") { v31 = m.value }
                    case 0xBBF349767DC934EF: if v32 < 0, m.isKey("maxIcebergSz") { v32 = m.value }
                    case 0x1AFB24EF19784CDA: if v33 < 0, m.isKey("maxTriggerSz") { v33 = m.value }
                    case 0xD4A13BDAE5A9905C: if v34 < 0, m.isKey("maxStopSz") { v34 = m.value }
                    case 0x5C7E9358577F4A81: if v35 < 0, m.isKey("futureSettlement") { v35 = m.value }
                    case 0x1492D8E7D136BF99: if v36 < 0, m.isKey("instIdCode") { v36 = m.value }
                    case 0x1C76A13A38F01DB5: if v37 < 0, m.isKey("instCategory") { v37 = m.value }
                    case 0x6915A42BE3B7F0CF: if v38 < 0, m.isKey("upcChg") { v38 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.seriesId = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.uly = try d.directText(v3)
                self.groupId = try d.directEnum(v4)
                self.instFamily = try d.directText(v5)
                self.category = try d.directText(v6)
                self.baseCcy = try d.directText(v7)
                self.quoteCcy = try d.directText(v8)
                self.settleCcy = try d.directText(v9)
                self.ctVal = try d.directDecimal(v10)
                self.ctMult = try d.directDecimal(v11)
                self.ctValCcy = try d.directText(v12)
                self.optType = try d.directEnum(v13)
                self.stk = try d.directDecimal(v14)
                self.listTime = try d.directDate(v15)
                self.auctionEndTime = try d.directDate(v16)
                self.contTdSwTime = try d.directDate(v17)
                self.preMktSwTime = try d.directDate(v18)
                self.openType = try d.directEnum(v19)
                self.expTime = try d.directDate(v20)
                self.lever = try d.directDecimal(v21)
                self.tickSz = try d.directDecimal(v22)
                self.lotSz = try d.directDecimal(v23)
                self.minSz = try d.directDecimal(v24)
                self.ctType = try d.directEnum(v25)
                self.alias = try d.directEnum(v26)
                self.state = try d.directEnum(v27)
                self.ruleType = try d.directEnum(v28)
                self.maxLmtSz = try d.directDecimal(v29)
                self.maxMktSz = try d.directDecimal(v30)
                self.maxTwapSz = try d.directDecimal(v31)
                self.maxIcebergSz = try d.directDecimal(v32)
                self.maxTriggerSz = try d.directDecimal(v33)
                self.maxStopSz = try d.directDecimal(v34)
                self.futureSettlement = try d.directBoolean(v35)
                self.instIdCode = try d.directInteger(v36)
                self.instCategory = try d.directEnum(v37)
                self.upcChg = try d.directNested(v38)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteEnum(self.groupId, "groupId")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDecimal(self.ctMult, "ctMult")
                try c.apiWriteText(self.ctValCcy, "ctValCcy")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteDecimal(self.stk, "stk")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.auctionEndTime, "auctionEndTime")
                try c.apiWriteDate(self.contTdSwTime, "contTdSwTime")
                try c.apiWriteDate(self.preMktSwTime, "preMktSwTime")
                try c.apiWriteEnum(self.openType, "openType")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tickSz, "tickSz")
                try c.apiWriteDecimal(self.lotSz, "lotSz")
                try c.apiWriteDecimal(self.minSz, "minSz")
                try c.apiWriteEnum(self.ctType, "ctType")
                try c.apiWriteEnum(self.alias, "alias")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.ruleType, "ruleType")
                try c.apiWriteDecimal(self.maxLmtSz, "maxLmtSz")
                try c.apiWriteDecimal(self.maxMktSz, "maxMktSz")
                try c.apiWriteDecimal(self.maxTwapSz, "maxTwapSz")
                try c.apiWriteDecimal(self.maxIcebergSz, "maxIcebergSz")
                try c.apiWriteDecimal(self.maxTriggerSz, "maxTriggerSz")
                try c.apiWriteDecimal(self.maxStopSz, "maxStopSz")
                try c.apiWriteBoolean(self.futureSettlement, "futureSettlement")
                try c.apiWriteInteger(self.instIdCode, "instIdCode")
                try c.apiWriteEnum(self.instCategory, "instCategory")
                try c.apiWriteNested(self.upcChg, "upcChg")
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
        }

        /// The values of `param` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Param: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `tickSz`.
            public static let tickSz: Self = "tickSz"
            /// `minSz`.
            public static let minSz: Self = "minSz"
            /// `maxMktSz`.
            public static let maxMktSz: Self = "maxMktSz"
        }

        /// The values of `groupId` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct GroupId: OKXStringValue {
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
            /// `7`.
            public static let v7: Self = "7"
            /// `8`.
            public static let v8: Self = "8"
            /// `9`.
            public static let v9: Self = "9"
            /// `10`.
            public static let v10: Self = "10"
            /// `11`.
            public static let v11: Self = "11"
            /// `12`.
            public static let v12: Self = "12"
            /// `13`.
            public static let v13: Self = "13"
            /// `14`.
            public static let v14: Self = "14"
            /// `15`.
            public static let v15: Self = "15"
            /// `6`.
            public static let v6: Self = "6"
        }

        /// The values of `optType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct OptType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `C`.
            public static let c: Self = "C"
            /// `P`.
            public static let p: Self = "P"
        }

        /// The values of `openType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct OpenType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `fix_price`.
            public static let fixPrice: Self = "fix_price"
            /// `pre_quote`.
            public static let preQuote: Self = "pre_quote"
            /// `call_auction`.
            public static let callAuction: Self = "call_auction"
        }

        /// The values of `ctType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct CtType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `linear`.
            public static let linear: Self = "linear"
            /// `inverse`.
            public static let inverse: Self = "inverse"
        }

        /// The values of `alias` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Alias: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `this_week`.
            public static let thisWeek: Self = "this_week"
            /// `next_week`.
            public static let nextWeek: Self = "next_week"
            /// `this_month`.
            public static let thisMonth: Self = "this_month"
            /// `next_month`.
            public static let nextMonth: Self = "next_month"
            /// `quarter`.
            public static let quarter: Self = "quarter"
            /// `next_quarter`.
            public static let nextQuarter: Self = "next_quarter"
            /// `this_five_years`.
            public static let thisFiveYears: Self = "this_five_years"
            /// `next_five_years`.
            public static let nextFiveYears: Self = "next_five_years"
        }

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `live`.
            public static let live: Self = "live"
            /// `suspend`.
            public static let suspend: Self = "suspend"
            /// `expired`.
            public static let expired: Self = "expired"
            /// `rebase`.
            public static let rebase: Self = "rebase"
            /// `post_only`.
            public static let postOnly: Self = "post_only"
            /// `preopen`.
            public static let preopen: Self = "preopen"
            /// `test`.
            public static let test: Self = "test"
            /// `settling`.
            public static let settling: Self = "settling"
        }

        /// The values of `ruleType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct RuleType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `normal`.
            public static let normal: Self = "normal"
            /// `pre_market`.
            public static let preMarket: Self = "pre_market"
            /// `rebase_contract`.
            public static let rebaseContract: Self = "rebase_contract"
            /// `xperp`.
            public static let xperp: Self = "xperp"
        }

        /// The values of `instCategory` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstCategory: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `1`.
            public static let v1: Self = "1"
            /// `3`.
            public static let v3: Self = "3"
            /// `4`.
            public static let v4: Self = "4"
            /// `5`.
            public static let v5: Self = "5"
            /// `6`.
            public static let v6: Self = "6"
        }
    }

    /// The `liquidation-orders` channel on the public WebSocket endpoint: “Liquidation orders channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-liquidation-orders-channel
    public enum LiquidationOrders: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["liquidation-orders"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `liquidation-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-liquidation-orders-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "liquidation-orders" }
        }
        /// One item of the `data` array of a `liquidation-orders` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-liquidation-orders-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `side`: one of a documented set of values (unknown values are kept).
                public let side: Side?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `bkPx`: a decimal number (a string on the wire).
                public let bkPx: Decimal?
                /// `sz`: a decimal number (a string on the wire).
                public let sz: Decimal?
                /// `bkLoss`: a decimal number (a string on the wire).
                public let bkLoss: Decimal?
                /// `ccy`: text.
                public let ccy: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.side = try c.apiEnum("side")
                    self.posSide = try c.apiEnum("posSide")
                    self.bkPx = try c.apiDecimal("bkPx")
                    self.sz = try c.apiDecimal("sz")
                    self.bkLoss = try c.apiDecimal("bkLoss")
                    self.ccy = try c.apiText("ccy")
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
                        case 0x4E0C8A18E635803E: if v0 < 0, m.isKey("side") { v0 = m.value }
                        case 0x297B967F0EEA27C2: if v1 < 0, m.isKey("posSide") { v1 = m.value }
                        case 0xF0A48A9BDAFF4FE2: if v2 < 0, m.isKey("bkPx") { v2 = m.value }
                        case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                        case 0xCA1A697E68CB495D: if v4 < 0, m.isKey("bkLoss") { v4 = m.value }
                        case 0xF5DBFE190CDE752E: if v5 < 0, m.isKey("ccy") { v5 = m.value }
                        case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.side = try d.directEnum(v0)
                    self.posSide = try d.directEnum(v1)
                    self.bkPx = try d.directDecimal(v2)
                    self.sz = try d.directDecimal(v3)
                    self.bkLoss = try d.directDecimal(v4)
                    self.ccy = try d.directText(v5)
                    self.ts = try d.directDate(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.side, "side")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteDecimal(self.bkPx, "bkPx")
                    try c.apiWriteDecimal(self.sz, "sz")
                    try c.apiWriteDecimal(self.bkLoss, "bkLoss")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDate(self.ts, "ts")
                }
            }
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String?
            /// `uly`: text.
            public let uly: String?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiText("instId")
                self.uly = try c.apiText("uly")
                self.details = try c.apiNested("details")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x4CA79C193E150437: if v2 < 0, m.isKey("uly") { v2 = m.value }
                    case 0xB9515701B1F5FC65: if v3 < 0, m.isKey("details") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directText(v1)
                self.uly = try d.directText(v2)
                self.details = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteNested(self.details, "details")
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
            /// `MARGIN`.
            public static let margin: Self = "MARGIN"
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
            /// `net`.
            public static let net: Self = "net"
        }
    }

    /// The `mark-price` channel on the public WebSocket endpoint: “Mark price channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-channel
    public enum MarkPrice: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["mark-price"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `mark-price`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-channel
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
            public var channelName: String { "mark-price" }
        }
        /// One item of the `data` array of a `mark-price` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xED95A32B150C49D8: if v2 < 0, m.isKey("markPx") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.markPx = try d.directDecimal(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `mark-price-candle3M` channel family on the business WebSocket endpoint: “Mark price candlesticks channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-candlesticks-channel
    public enum MarkPriceCandles: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["mark-price-candle3M", "mark-price-candle1M", "mark-price-candle1W", "mark-price-candle1D", "mark-price-candle2D", "mark-price-candle3D", "mark-price-candle5D", "mark-price-candle12H", "mark-price-candle6H", "mark-price-candle4H", "mark-price-candle2H", "mark-price-candle1H", "mark-price-candle30m", "mark-price-candle15m", "mark-price-candle5m", "mark-price-candle3m", "mark-price-candle1m", "mark-price-candle1Yutc", "mark-price-candle3Mutc", "mark-price-candle1Mutc", "mark-price-candle1Wutc", "mark-price-candle1Dutc", "mark-price-candle2Dutc", "mark-price-candle3Dutc", "mark-price-candle5Dutc", "mark-price-candle12Hutc", "mark-price-candle6Hutc"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `mark-price-candle3M` and its family, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-candlesticks-channel
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
        /// One item of the `data` array of a `mark-price-candle3M` (or family) push: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-mark-price-candlesticks-channel
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
            /// `confirm`: text, at position 5 of the row.
            public let confirm: String?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.o = try c.apiDecimal()
                self.h = try c.apiDecimal()
                self.l = try c.apiDecimal()
                self.c = try c.apiDecimal()
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
                try c.apiWriteText(self.confirm)
            }
        }
        /// The values of `channel` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct Name: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `mark-price-candle3M`.
            public static let markPriceCandle3M: Self = "mark-price-candle3M"
            /// `mark-price-candle1M`.
            public static let markPriceCandle1M: Self = "mark-price-candle1M"
            /// `mark-price-candle1W`.
            public static let markPriceCandle1W: Self = "mark-price-candle1W"
            /// `mark-price-candle1D`.
            public static let markPriceCandle1D: Self = "mark-price-candle1D"
            /// `mark-price-candle2D`.
            public static let markPriceCandle2D: Self = "mark-price-candle2D"
            /// `mark-price-candle3D`.
            public static let markPriceCandle3D: Self = "mark-price-candle3D"
            /// `mark-price-candle5D`.
            public static let markPriceCandle5D: Self = "mark-price-candle5D"
            /// `mark-price-candle12H`.
            public static let markPriceCandle12H: Self = "mark-price-candle12H"
            /// `mark-price-candle6H`.
            public static let markPriceCandle6H: Self = "mark-price-candle6H"
            /// `mark-price-candle4H`.
            public static let markPriceCandle4H: Self = "mark-price-candle4H"
            /// `mark-price-candle2H`.
            public static let markPriceCandle2H: Self = "mark-price-candle2H"
            /// `mark-price-candle1H`.
            public static let markPriceCandle1H: Self = "mark-price-candle1H"
            /// `mark-price-candle30m`.
            public static let markPriceCandle30m: Self = "mark-price-candle30m"
            /// `mark-price-candle15m`.
            public static let markPriceCandle15m: Self = "mark-price-candle15m"
            /// `mark-price-candle5m`.
            public static let markPriceCandle5m: Self = "mark-price-candle5m"
            /// `mark-price-candle3m`.
            public static let markPriceCandle3m: Self = "mark-price-candle3m"
            /// `mark-price-candle1m`.
            public static let markPriceCandle1m: Self = "mark-price-candle1m"
            /// `mark-price-candle1Yutc`.
            public static let markPriceCandle1Yutc: Self = "mark-price-candle1Yutc"
            /// `mark-price-candle3Mutc`.
            public static let markPriceCandle3Mutc: Self = "mark-price-candle3Mutc"
            /// `mark-price-candle1Mutc`.
            public static let markPriceCandle1Mutc: Self = "mark-price-candle1Mutc"
            /// `mark-price-candle1Wutc`.
            public static let markPriceCandle1Wutc: Self = "mark-price-candle1Wutc"
            /// `mark-price-candle1Dutc`.
            public static let markPriceCandle1Dutc: Self = "mark-price-candle1Dutc"
            /// `mark-price-candle2Dutc`.
            public static let markPriceCandle2Dutc: Self = "mark-price-candle2Dutc"
            /// `mark-price-candle3Dutc`.
            public static let markPriceCandle3Dutc: Self = "mark-price-candle3Dutc"
            /// `mark-price-candle5Dutc`.
            public static let markPriceCandle5Dutc: Self = "mark-price-candle5Dutc"
            /// `mark-price-candle12Hutc`.
            public static let markPriceCandle12Hutc: Self = "mark-price-candle12Hutc"
            /// `mark-price-candle6Hutc`.
            public static let markPriceCandle6Hutc: Self = "mark-price-candle6Hutc"
        }
    }

    /// The `open-interest` channel on the public WebSocket endpoint: “Open interest channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-open-interest-channel
    public enum OpenInterest: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["open-interest"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `open-interest`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-open-interest-channel
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
            public var channelName: String { "open-interest" }
        }
        /// One item of the `data` array of a `open-interest` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-open-interest-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `oi`: a decimal number (a string on the wire).
            public let oi: Decimal?
            /// `oiCcy`: a decimal number (a string on the wire).
            public let oiCcy: Decimal?
            /// `oiUsd`: a decimal number (a string on the wire).
            public let oiUsd: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.oi = try c.apiDecimal("oi")
                self.oiCcy = try c.apiDecimal("oiCcy")
                self.oiUsd = try c.apiDecimal("oiUsd")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x08B05F07B5566F55: if v2 < 0, m.isKey("oi") { v2 = m.value }
                    case 0x367F1DCC76B61C3E: if v3 < 0, m.isKey("oiCcy") { v3 = m.value }
                    case 0x7ABE90CC0D299417: if v4 < 0, m.isKey("oiUsd") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.oi = try d.directDecimal(v2)
                self.oiCcy = try d.directDecimal(v3)
                self.oiUsd = try d.directDecimal(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.oi, "oi")
                try c.apiWriteDecimal(self.oiCcy, "oiCcy")
                try c.apiWriteDecimal(self.oiUsd, "oiUsd")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// The `opt-summary` channel on the public WebSocket endpoint: “Option summary channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-option-summary-channel
    public enum OptSummary: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["opt-summary"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `opt-summary`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-option-summary-channel
        public struct Arguments: ChannelArguments {
            /// `instFamily`: text; required.
            public var instFamily: String
            /// Arguments with the given values; nil ones are not sent.
            public init(instFamily: String) {
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "opt-summary" }
        }
        /// One item of the `data` array of a `opt-summary` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-option-summary-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `uly`: text.
            public let uly: String?
            /// `delta`: a decimal number (a string on the wire).
            public let delta: Decimal?
            /// `gamma`: a decimal number (a string on the wire).
            public let gamma: Decimal?
            /// `vega`: a decimal number (a string on the wire).
            public let vega: Decimal?
            /// `theta`: a decimal number (a string on the wire).
            public let theta: Decimal?
            /// `deltaBS`: a decimal number (a string on the wire).
            public let deltaBS: Decimal?
            /// `gammaBS`: a decimal number (a string on the wire).
            public let gammaBS: Decimal?
            /// `vegaBS`: a decimal number (a string on the wire).
            public let vegaBS: Decimal?
            /// `thetaBS`: a decimal number (a string on the wire).
            public let thetaBS: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `markVol`: a decimal number (a string on the wire).
            public let markVol: Decimal?
            /// `bidVol`: a decimal number (a string on the wire).
            public let bidVol: Decimal?
            /// `askVol`: a decimal number (a string on the wire).
            public let askVol: Decimal?
            /// `realVol`: a decimal number (a string on the wire).
            public let realVol: Decimal?
            /// `volLv`: a decimal number (a string on the wire).
            public let volLv: Decimal?
            /// `fwdPx`: a decimal number (a string on the wire).
            public let fwdPx: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.uly = try c.apiText("uly")
                self.delta = try c.apiDecimal("delta")
                self.gamma = try c.apiDecimal("gamma")
                self.vega = try c.apiDecimal("vega")
                self.theta = try c.apiDecimal("theta")
                self.deltaBS = try c.apiDecimal("deltaBS")
                self.gammaBS = try c.apiDecimal("gammaBS")
                self.vegaBS = try c.apiDecimal("vegaBS")
                self.thetaBS = try c.apiDecimal("thetaBS")
                self.lever = try c.apiDecimal("lever")
                self.markVol = try c.apiDecimal("markVol")
                self.bidVol = try c.apiDecimal("bidVol")
                self.askVol = try c.apiDecimal("askVol")
                self.realVol = try c.apiDecimal("realVol")
                self.volLv = try c.apiDecimal("volLv")
                self.fwdPx = try c.apiDecimal("fwdPx")
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
                var v16: Int32 = -1
                var v17: Int32 = -1
                var v18: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x4CA79C193E150437: if v2 < 0, m.isKey("uly") { v2 = m.value }
                    case 0x52076675EC13A0C1: if v3 < 0, m.isKey("delta") { v3 = m.value }
                    case 0x229176BD1F6BA96A: if v4 < 0, m.isKey("gamma") { v4 = m.value }
                    case 0x66FDEA01023FF308: if v5 < 0, m.isKey("vega") { v5 = m.value }
                    case 0xEADAB6725DA1DB1B: if v6 < 0, m.isKey("theta") { v6 = m.value }
                    case 0x3373345F777F313E: if v7 < 0, m.isKey("deltaBS") { v7 = m.value }
                    case 0x53ED98FDD18C0C91: if v8 < 0, m.isKey("gammaBS") { v8 = m.value }
                    case 0xCDF90EA7F78CE4B7: if v9 < 0, m.isKey("vegaBS") { v9 = m.value }
                    case 0x0923FF9B3B1E58B8: if v10 < 0, m.isKey("thetaBS") { v10 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v11 < 0, m.isKey("lever") { v11 = m.value }
                    case 0xF414F234E0176381: if v12 < 0, m.isKey("markVol") { v12 = m.value }
                    case 0x24FF101F79AF0F01: if v13 < 0, m.isKey("bidVol") { v13 = m.value }
                    case 0x93BCC1F718ACA26F: if v14 < 0, m.isKey("askVol") { v14 = m.value }
                    case 0xF9490A5B08774262: if v15 < 0, m.isKey("realVol") { v15 = m.value }
                    case 0x9C149E829811C6FC: if v16 < 0, m.isKey("volLv") { v16 = m.value }
                    case 0xBB04DD6E0AF9EBE2: if v17 < 0, m.isKey("fwdPx") { v17 = m.value }
                    case 0x08C83D07B56AC770: if v18 < 0, m.isKey("ts") { v18 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.uly = try d.directText(v2)
                self.delta = try d.directDecimal(v3)
                self.gamma = try d.directDecimal(v4)
                self.vega = try d.directDecimal(v5)
                self.theta = try d.directDecimal(v6)
                self.deltaBS = try d.directDecimal(v7)
                self.gammaBS = try d.directDecimal(v8)
                self.vegaBS = try d.directDecimal(v9)
                self.thetaBS = try d.directDecimal(v10)
                self.lever = try d.directDecimal(v11)
                self.markVol = try d.directDecimal(v12)
                self.bidVol = try d.directDecimal(v13)
                self.askVol = try d.directDecimal(v14)
                self.realVol = try d.directDecimal(v15)
                self.volLv = try d.directDecimal(v16)
                self.fwdPx = try d.directDecimal(v17)
                self.ts = try d.directDate(v18)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteDecimal(self.delta, "delta")
                try c.apiWriteDecimal(self.gamma, "gamma")
                try c.apiWriteDecimal(self.vega, "vega")
                try c.apiWriteDecimal(self.theta, "theta")
                try c.apiWriteDecimal(self.deltaBS, "deltaBS")
                try c.apiWriteDecimal(self.gammaBS, "gammaBS")
                try c.apiWriteDecimal(self.vegaBS, "vegaBS")
                try c.apiWriteDecimal(self.thetaBS, "thetaBS")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.markVol, "markVol")
                try c.apiWriteDecimal(self.bidVol, "bidVol")
                try c.apiWriteDecimal(self.askVol, "askVol")
                try c.apiWriteDecimal(self.realVol, "realVol")
                try c.apiWriteDecimal(self.volLv, "volLv")
                try c.apiWriteDecimal(self.fwdPx, "fwdPx")
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
    }

    /// The `price-limit` channel on the public WebSocket endpoint: “Price limit channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-price-limit-channel
    public enum PriceLimit: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["price-limit"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `price-limit`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-price-limit-channel
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
            public var channelName: String { "price-limit" }
        }
        /// One item of the `data` array of a `price-limit` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#public-data-websocket-price-limit-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `buyLmt`: a decimal number (a string on the wire).
            public let buyLmt: Decimal?
            /// `sellLmt`: a decimal number (a string on the wire).
            public let sellLmt: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `enabled`: a boolean.
            public let enabled: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.buyLmt = try c.apiDecimal("buyLmt")
                self.sellLmt = try c.apiDecimal("sellLmt")
                self.ts = try c.apiDate("ts")
                self.enabled = try c.apiBoolean("enabled")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0x9922D684D1C62884: if v2 < 0, m.isKey("buyLmt") { v2 = m.value }
                    case 0xB2F8C1E4AD254112: if v3 < 0, m.isKey("sellLmt") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x70D885806B56289E: if v5 < 0, m.isKey("enabled") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.buyLmt = try d.directDecimal(v2)
                self.sellLmt = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
                self.enabled = try d.directBoolean(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.buyLmt, "buyLmt")
                try c.apiWriteDecimal(self.sellLmt, "sellLmt")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteBoolean(self.enabled, "enabled")
            }
        }
    }
}
