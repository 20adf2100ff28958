// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/signal-bot-trading”.
    public enum SignalBot {}
}

extension API.SignalBot {
    /// `POST /api/v5/tradingBot/signal/amendTPSL`: “Amend TPSL”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-amend-tpsl
    public enum AmendTPSL {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/amendTPSL"
        /// The parameters of `POST /api/v5/tradingBot/signal/amendTPSL`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-amend-tpsl
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct ExitSettingParam: APIRequestFields {
                /// `tpSlType`: one of a documented set of values (unknown values are kept); required.
                public var tpSlType: TpSlType
                /// `tpPct`: a decimal number (a string on the wire).
                public var tpPct: Decimal?
                /// `slPct`: a decimal number (a string on the wire).
                public var slPct: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(tpSlType: TpSlType, tpPct: Decimal? = nil, slPct: Decimal? = nil) {
                    self.tpSlType = tpSlType
                    self.tpPct = tpPct
                    self.slPct = slPct
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("tpSlType", tpSlType)
                    p.add("tpPct", tpPct)
                    p.add("slPct", slPct)
                    return p
                }
            }
            /// `algoId`: text; required.
            public var algoId: String
            /// `exitSettingParam`: a nested object; required.
            public var exitSettingParam: ExitSettingParam
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, exitSettingParam: ExitSettingParam) {
                self.algoId = algoId
                self.exitSettingParam = exitSettingParam
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("exitSettingParam", exitSettingParam)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/amendTPSL`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-amend-tpsl
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                self.algoId = try d.directRequiredText(v0, "algoId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/amendTPSL`: “Amend TPSL”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-amend-tpsl
    public static func amendTPSL(_ request: AmendTPSL.Request) -> Endpoint<[AmendTPSL.Response]> {
        .apiPost(AmendTPSL.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/cancel-sub-order`: “Cancel sub order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-sub-order
    public enum CancelSubOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/cancel-sub-order"
        /// The parameters of `POST /api/v5/tradingBot/signal/cancel-sub-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-sub-order
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `instId`: text; required.
            public var instId: String
            /// `signalOrdId`: text; required.
            public var signalOrdId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instId: String, signalOrdId: String) {
                self.algoId = algoId
                self.instId = instId
                self.signalOrdId = signalOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("signalOrdId", signalOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/cancel-sub-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-sub-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `signalOrdId`: text.
            public let signalOrdId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.signalOrdId = try c.apiRequiredText("signalOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x7283162187DEBD01: if v0 < 0, m.isKey("signalOrdId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.signalOrdId = try d.directRequiredText(v0, "signalOrdId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.signalOrdId, "signalOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/cancel-sub-order`: “Cancel sub order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-sub-order
    public static func cancelSubOrder(_ request: CancelSubOrder.Request) -> Endpoint<[CancelSubOrder.Response]> {
        .apiPost(CancelSubOrder.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/close-position`: “Close position”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-close-position
    public enum ClosePosition {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/close-position"
        /// The parameters of `POST /api/v5/tradingBot/signal/close-position`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-close-position
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instId: String) {
                self.algoId = algoId
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/close-position`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-close-position
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                self.algoId = try d.directRequiredText(v0, "algoId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/close-position`: “Close position”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-close-position
    public static func closePosition(_ request: ClosePosition.Request) -> Endpoint<[ClosePosition.Response]> {
        .apiPost(ClosePosition.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/create-signal`: “Create signal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal
    public enum CreateSignal {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/create-signal"
        /// The parameters of `POST /api/v5/tradingBot/signal/create-signal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal
        public struct Request: APIRequestFields {
            /// `signalChanName`: text; required.
            public var signalChanName: String
            /// `signalChanDesc`: text.
            public var signalChanDesc: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(signalChanName: String, signalChanDesc: String? = nil) {
                self.signalChanName = signalChanName
                self.signalChanDesc = signalChanDesc
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("signalChanName", signalChanName)
                p.add("signalChanDesc", signalChanDesc)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/create-signal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal
        public struct Response: Codable, Sendable, TapeDirect {
            /// `signalChanId`: text.
            public let signalChanId: String
            /// `signalChanToken`: text.
            public let signalChanToken: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.signalChanId = try c.apiRequiredText("signalChanId")
                self.signalChanToken = try c.apiText("signalChanToken")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6ED4F601F9E239F0: if v0 < 0, m.isKey("signalChanId") { v0 = m.value }
                    case 0xB4002B24625A36C2: if v1 < 0, m.isKey("signalChanToken") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.signalChanId = try d.directRequiredText(v0, "signalChanId")
                self.signalChanToken = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.signalChanId, "signalChanId")
                try c.apiWriteText(self.signalChanToken, "signalChanToken")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/create-signal`: “Create signal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal
    public static func createSignal(_ request: CreateSignal.Request) -> Endpoint<[CreateSignal.Response]> {
        .apiPost(CreateSignal.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/event-history`: “Signal bot event history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-event-history
    public enum SignalBotEventHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/event-history"
        /// The parameters of `GET /api/v5/tradingBot/signal/event-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-event-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.algoId = algoId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/event-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-event-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct TriggeredOrdData: Codable, Sendable, TapeDirect {
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.clOrdId = try c.apiText("clOrdId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x76ED59528A2E9E7C: if v0 < 0, m.isKey("clOrdId") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.clOrdId = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                }
            }
            /// `alertMsg`: text.
            public let alertMsg: String?
            /// `algoId`: text.
            public let algoId: String
            /// `eventType`: one of a documented set of values (unknown values are kept).
            public let eventType: EventType?
            /// `eventCtime`: a time (epoch milliseconds on the wire).
            public let eventCtime: Date?
            /// `eventUtime`: a time (epoch milliseconds on the wire).
            public let eventUtime: Date?
            /// `eventProcessMsg`: text.
            public let eventProcessMsg: String?
            /// `eventStatus`: one of a documented set of values (unknown values are kept).
            public let eventStatus: EventStatus?
            /// `triggeredOrdData`: a list of nested objects.
            public let triggeredOrdData: [TriggeredOrdData]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.alertMsg = try c.apiText("alertMsg")
                self.algoId = try c.apiRequiredText("algoId")
                self.eventType = try c.apiEnum("eventType")
                self.eventCtime = try c.apiDate("eventCtime")
                self.eventUtime = try c.apiDate("eventUtime")
                self.eventProcessMsg = try c.apiText("eventProcessMsg")
                self.eventStatus = try c.apiEnum("eventStatus")
                self.triggeredOrdData = try c.apiNested("triggeredOrdData")
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
                    case 0xE65159A9BCEAC00E: if v0 < 0, m.isKey("alertMsg") { v0 = m.value }
                    case 0x57EE775BF04FA723: if v1 < 0, m.isKey("algoId") { v1 = m.value }
                    case 0x217B355984B4F287: if v2 < 0, m.isKey("eventType") { v2 = m.value }
                    case 0xE8468DA576B21635: if v3 < 0, m.isKey("eventCtime") { v3 = m.value }
                    case 0xCCE656C05A21D6D7: if v4 < 0, m.isKey("eventUtime") { v4 = m.value }
                    case 0xED0C0C90FE82AC05: if v5 < 0, m.isKey("eventProcessMsg") { v5 = m.value }
                    case 0x08288BA55DF6D189: if v6 < 0, m.isKey("eventStatus") { v6 = m.value }
                    case 0x62306ADD7C2E4291: if v7 < 0, m.isKey("triggeredOrdData") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.alertMsg = try d.directText(v0)
                self.algoId = try d.directRequiredText(v1, "algoId")
                self.eventType = try d.directEnum(v2)
                self.eventCtime = try d.directDate(v3)
                self.eventUtime = try d.directDate(v4)
                self.eventProcessMsg = try d.directText(v5)
                self.eventStatus = try d.directEnum(v6)
                self.triggeredOrdData = try d.directNested(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.alertMsg, "alertMsg")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.eventType, "eventType")
                try c.apiWriteDate(self.eventCtime, "eventCtime")
                try c.apiWriteDate(self.eventUtime, "eventUtime")
                try c.apiWriteText(self.eventProcessMsg, "eventProcessMsg")
                try c.apiWriteEnum(self.eventStatus, "eventStatus")
                try c.apiWriteNested(self.triggeredOrdData, "triggeredOrdData")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/event-history`: “Signal bot event history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-event-history
    public static func signalBotEventHistory(_ request: SignalBotEventHistory.Request) -> Endpoint<[SignalBotEventHistory.Response]> {
        .apiGet(SignalBotEventHistory.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/margin-balance`: “Adjust margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-adjust-margin-balance
    public enum AdjustMarginBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/margin-balance"
        /// The parameters of `POST /api/v5/tradingBot/signal/margin-balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-adjust-margin-balance
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `allowReinvest`: a boolean.
            public var allowReinvest: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, type: TypeValue, amt: Decimal, allowReinvest: Bool? = nil) {
                self.algoId = algoId
                self.type = type
                self.amt = amt
                self.allowReinvest = allowReinvest
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("type", type)
                p.add("amt", amt)
                p.add("allowReinvest", allowReinvest)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/margin-balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-adjust-margin-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                self.algoId = try d.directRequiredText(v0, "algoId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/margin-balance`: “Adjust margin balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-adjust-margin-balance
    public static func adjustMarginBalance(_ request: AdjustMarginBalance.Request) -> Endpoint<[AdjustMarginBalance.Response]> {
        .apiPost(AdjustMarginBalance.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/order-algo`: “Create signal bot”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal-bot
    public enum CreateSignalBot {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/order-algo"
        /// The parameters of `POST /api/v5/tradingBot/signal/order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal-bot
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct EntrySettingParam: APIRequestFields {
                /// A nested object of the request.
                public struct Ratio: APIRequestFields {
                    /// A request with the given parameters; nil ones are not sent.
                    public init() {
                    }
                    /// The parameters as sent, in documented order.
                    public var parameters: APIParameters {
                        APIParameters()
                    }
                }
                /// `allowMultipleEntry`: a boolean.
                public var allowMultipleEntry: Bool?
                /// `entryType`: one of a documented set of values (unknown values are kept).
                public var entryType: EntryType?
                /// `amt`: a decimal number (a string on the wire).
                public var amt: Decimal?
                /// `ratio`: a list of nested objects.
                public var ratio: [Ratio]?
                /// A request with the given parameters; nil ones are not sent.
                public init(allowMultipleEntry: Bool? = nil, entryType: EntryType? = nil, amt: Decimal? = nil, ratio: [Ratio]? = nil) {
                    self.allowMultipleEntry = allowMultipleEntry
                    self.entryType = entryType
                    self.amt = amt
                    self.ratio = ratio
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("allowMultipleEntry", allowMultipleEntry)
                    p.add("entryType", entryType)
                    p.add("amt", amt)
                    p.add("ratio", ratio)
                    return p
                }
            }
            /// A nested object of the request.
            public struct ExitSettingParam: APIRequestFields {
                /// `tpSlType`: one of a documented set of values (unknown values are kept); required.
                public var tpSlType: TpSlType
                /// `tpPct`: a decimal number (a string on the wire).
                public var tpPct: Decimal?
                /// `slPct`: a decimal number (a string on the wire).
                public var slPct: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(tpSlType: TpSlType, tpPct: Decimal? = nil, slPct: Decimal? = nil) {
                    self.tpSlType = tpSlType
                    self.tpPct = tpPct
                    self.slPct = slPct
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("tpSlType", tpSlType)
                    p.add("tpPct", tpPct)
                    p.add("slPct", slPct)
                    return p
                }
            }
            /// `signalChanId`: text; required.
            public var signalChanId: String
            /// `lever`: a decimal number (a string on the wire); required.
            public var lever: Decimal
            /// `investAmt`: a decimal number (a string on the wire); required.
            public var investAmt: Decimal
            /// `subOrdType`: one of a documented set of values (unknown values are kept); required.
            public var subOrdType: SubOrdType
            /// `includeAll`: a boolean.
            public var includeAll: Bool?
            /// `instIds`: text.
            public var instIds: String?
            /// `ratio`: a decimal number (a string on the wire).
            public var ratio: Decimal?
            /// `entrySettingParam`: a nested object.
            public var entrySettingParam: EntrySettingParam?
            /// `exitSettingParam`: a nested object.
            public var exitSettingParam: ExitSettingParam?
            /// A request with the given parameters; nil ones are not sent.
            public init(signalChanId: String, lever: Decimal, investAmt: Decimal, subOrdType: SubOrdType, includeAll: Bool? = nil, instIds: String? = nil, ratio: Decimal? = nil, entrySettingParam: EntrySettingParam? = nil, exitSettingParam: ExitSettingParam? = nil) {
                self.signalChanId = signalChanId
                self.lever = lever
                self.investAmt = investAmt
                self.subOrdType = subOrdType
                self.includeAll = includeAll
                self.instIds = instIds
                self.ratio = ratio
                self.entrySettingParam = entrySettingParam
                self.exitSettingParam = exitSettingParam
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("signalChanId", signalChanId)
                p.add("lever", lever)
                p.add("investAmt", investAmt)
                p.add("subOrdType", subOrdType)
                p.add("includeAll", includeAll)
                p.add("instIds", instIds)
                p.add("ratio", ratio)
                p.add("entrySettingParam", entrySettingParam)
                p.add("exitSettingParam", exitSettingParam)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal-bot
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/order-algo`: “Create signal bot”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-create-signal-bot
    public static func createSignalBot(_ request: CreateSignalBot.Request) -> Endpoint<[CreateSignalBot.Response]> {
        .apiPost(CreateSignalBot.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-details`: “Signal bot order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-details
    public enum SignalBotOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/orders-algo-details"
        /// The parameters of `GET /api/v5/tradingBot/signal/orders-algo-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-details
        public struct Request: APIRequestFields {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/orders-algo-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable, TapeDirect {
                /// `allowMultipleEntry`: a boolean.
                public let allowMultipleEntry: Bool?
                /// `entryType`: one of a documented set of values (unknown values are kept).
                public let entryType: EntryType?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.allowMultipleEntry = try c.apiBoolean("allowMultipleEntry")
                    self.entryType = try c.apiEnum("entryType")
                    self.amt = try c.apiDecimal("amt")
                    self.ratio = try c.apiDecimal("ratio")
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
                        case 0x086F290A1078E686: if v0 < 0, m.isKey("allowMultipleEntry") { v0 = m.value }
                        case 0x0AB2A4E9527C558B: if v1 < 0, m.isKey("entryType") { v1 = m.value }
                        case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                        case 0xFBC924118177ADE4: if v3 < 0, m.isKey("ratio") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.allowMultipleEntry = try d.directBoolean(v0)
                    self.entryType = try d.directEnum(v1)
                    self.amt = try d.directDecimal(v2)
                    self.ratio = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteBoolean(self.allowMultipleEntry, "allowMultipleEntry")
                    try c.apiWriteEnum(self.entryType, "entryType")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                }
            }
            /// A nested object of the response.
            public struct ExitSettingParam: Codable, Sendable, TapeDirect {
                /// `tpSlType`: one of a documented set of values (unknown values are kept).
                public let tpSlType: TpSlType?
                /// `tpPct`: a decimal number (a string on the wire).
                public let tpPct: Decimal?
                /// `slPct`: a decimal number (a string on the wire).
                public let slPct: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.tpSlType = try c.apiEnum("tpSlType")
                    self.tpPct = try c.apiDecimal("tpPct")
                    self.slPct = try c.apiDecimal("slPct")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x708F822C4F6CCB36: if v0 < 0, m.isKey("tpSlType") { v0 = m.value }
                        case 0xC7250EB861B9A3B4: if v1 < 0, m.isKey("tpPct") { v1 = m.value }
                        case 0x84F8726B7A03B339: if v2 < 0, m.isKey("slPct") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.tpSlType = try d.directEnum(v0)
                    self.tpPct = try d.directDecimal(v1)
                    self.slPct = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.tpSlType, "tpSlType")
                    try c.apiWriteDecimal(self.tpPct, "tpPct")
                    try c.apiWriteDecimal(self.slPct, "slPct")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `instIds`: a list of text values.
            public let instIds: [String]?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalPnlRatio`: a decimal number (a string on the wire).
            public let totalPnlRatio: Decimal?
            /// `totalEq`: a decimal number (a string on the wire).
            public let totalEq: Decimal?
            /// `floatPnl`: a decimal number (a string on the wire).
            public let floatPnl: Decimal?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `frozenBal`: a decimal number (a string on the wire).
            public let frozenBal: Decimal?
            /// `availBal`: a decimal number (a string on the wire).
            public let availBal: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `investAmt`: a decimal number (a string on the wire).
            public let investAmt: Decimal?
            /// `subOrdType`: one of a documented set of values (unknown values are kept).
            public let subOrdType: SubOrdType?
            /// `ratio`: a decimal number (a string on the wire).
            public let ratio: Decimal?
            /// `entrySettingParam`: a nested object.
            public let entrySettingParam: EntrySettingParam?
            /// `exitSettingParam`: a nested object.
            public let exitSettingParam: ExitSettingParam?
            /// `signalChanId`: text.
            public let signalChanId: String?
            /// `signalChanName`: text.
            public let signalChanName: String?
            /// `signalSourceType`: one of a documented set of values (unknown values are kept).
            public let signalSourceType: SignalSourceType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instIds = try c.apiTexts("instIds")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.cancelType = try c.apiEnum("cancelType")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalPnlRatio = try c.apiDecimal("totalPnlRatio")
                self.totalEq = try c.apiDecimal("totalEq")
                self.floatPnl = try c.apiDecimal("floatPnl")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.frozenBal = try c.apiDecimal("frozenBal")
                self.availBal = try c.apiDecimal("availBal")
                self.lever = try c.apiDecimal("lever")
                self.investAmt = try c.apiDecimal("investAmt")
                self.subOrdType = try c.apiEnum("subOrdType")
                self.ratio = try c.apiDecimal("ratio")
                self.entrySettingParam = try c.apiNested("entrySettingParam")
                self.exitSettingParam = try c.apiNested("exitSettingParam")
                self.signalChanId = try c.apiText("signalChanId")
                self.signalChanName = try c.apiText("signalChanName")
                self.signalSourceType = try c.apiEnum("signalSourceType")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x0DC34180EF668F1D: if v3 < 0, m.isKey("instIds") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x95253C56EA456383: if v8 < 0, m.isKey("cancelType") { v8 = m.value }
                    case 0x96942825B60BCB95: if v9 < 0, m.isKey("totalPnl") { v9 = m.value }
                    case 0x8FD1CFC4D79159D4: if v10 < 0, m.isKey("totalPnlRatio") { v10 = m.value }
                    case 0xAD50ED36D1773FBB: if v11 < 0, m.isKey("totalEq") { v11 = m.value }
                    case 0xDC41DCE015D9058D: if v12 < 0, m.isKey("floatPnl") { v12 = m.value }
                    case 0x08B64C133648B10B: if v13 < 0, m.isKey("realizedPnl") { v13 = m.value }
                    case 0x1E2AF51EDB18142E: if v14 < 0, m.isKey("frozenBal") { v14 = m.value }
                    case 0x309112533452E3FB: if v15 < 0, m.isKey("availBal") { v15 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v16 < 0, m.isKey("lever") { v16 = m.value }
                    case 0xFD3E80B65CB5B9E2: if v17 < 0, m.isKey("investAmt") { v17 = m.value }
                    case 0x9A75FBF70665F7D8: if v18 < 0, m.isKey("subOrdType") { v18 = m.value }
                    case 0xFBC924118177ADE4: if v19 < 0, m.isKey("ratio") { v19 = m.value }
                    case 0x6EA8CE752C48F696: if v20 < 0, m.isKey("entrySettingParam") { v20 = m.value }
                    case 0x347F9DD3F2CBDE48: if v21 < 0, m.isKey("exitSettingParam") { v21 = m.value }
                    case 0x6ED4F601F9E239F0: if v22 < 0, m.isKey("signalChanId") { v22 = m.value }
                    case 0xF82208A2057EB0F6: if v23 < 0, m.isKey("signalChanName") { v23 = m.value }
                    case 0x515620583BED4A1C: if v24 < 0, m.isKey("signalSourceType") { v24 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instIds = try d.directTexts(v3)
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cancelType = try d.directEnum(v8)
                self.totalPnl = try d.directDecimal(v9)
                self.totalPnlRatio = try d.directDecimal(v10)
                self.totalEq = try d.directDecimal(v11)
                self.floatPnl = try d.directDecimal(v12)
                self.realizedPnl = try d.directDecimal(v13)
                self.frozenBal = try d.directDecimal(v14)
                self.availBal = try d.directDecimal(v15)
                self.lever = try d.directDecimal(v16)
                self.investAmt = try d.directDecimal(v17)
                self.subOrdType = try d.directEnum(v18)
                self.ratio = try d.directDecimal(v19)
                self.entrySettingParam = try d.directNested(v20)
                self.exitSettingParam = try d.directNested(v21)
                self.signalChanId = try d.directText(v22)
                self.signalChanName = try d.directText(v23)
                self.signalSourceType = try d.directEnum(v24)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteTexts(self.instIds, "instIds")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalPnlRatio, "totalPnlRatio")
                try c.apiWriteDecimal(self.totalEq, "totalEq")
                try c.apiWriteDecimal(self.floatPnl, "floatPnl")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.frozenBal, "frozenBal")
                try c.apiWriteDecimal(self.availBal, "availBal")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.investAmt, "investAmt")
                try c.apiWriteEnum(self.subOrdType, "subOrdType")
                try c.apiWriteDecimal(self.ratio, "ratio")
                try c.apiWriteNested(self.entrySettingParam, "entrySettingParam")
                try c.apiWriteNested(self.exitSettingParam, "exitSettingParam")
                try c.apiWriteText(self.signalChanId, "signalChanId")
                try c.apiWriteText(self.signalChanName, "signalChanName")
                try c.apiWriteEnum(self.signalSourceType, "signalSourceType")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-details`: “Signal bot order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-details
    public static func signalBotOrderDetails(_ request: SignalBotOrderDetails.Request) -> Endpoint<[SignalBotOrderDetails.Response]> {
        .apiGet(SignalBotOrderDetails.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-history`: “Signal bot history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-history
    public enum SignalBotHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/orders-algo-history"
        /// The parameters of `GET /api/v5/tradingBot/signal/orders-algo-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/orders-algo-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable, TapeDirect {
                /// `allowMultipleEntry`: a boolean.
                public let allowMultipleEntry: Bool?
                /// `entryType`: one of a documented set of values (unknown values are kept).
                public let entryType: EntryType?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.allowMultipleEntry = try c.apiBoolean("allowMultipleEntry")
                    self.entryType = try c.apiEnum("entryType")
                    self.amt = try c.apiDecimal("amt")
                    self.ratio = try c.apiDecimal("ratio")
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
                        case 0x086F290A1078E686: if v0 < 0, m.isKey("allowMultipleEntry") { v0 = m.value }
                        case 0x0AB2A4E9527C558B: if v1 < 0, m.isKey("entryType") { v1 = m.value }
                        case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                        case 0xFBC924118177ADE4: if v3 < 0, m.isKey("ratio") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.allowMultipleEntry = try d.directBoolean(v0)
                    self.entryType = try d.directEnum(v1)
                    self.amt = try d.directDecimal(v2)
                    self.ratio = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteBoolean(self.allowMultipleEntry, "allowMultipleEntry")
                    try c.apiWriteEnum(self.entryType, "entryType")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                }
            }
            /// A nested object of the response.
            public struct ExitSettingParam: Codable, Sendable, TapeDirect {
                /// `tpSlType`: one of a documented set of values (unknown values are kept).
                public let tpSlType: TpSlType?
                /// `tpPct`: a decimal number (a string on the wire).
                public let tpPct: Decimal?
                /// `slPct`: a decimal number (a string on the wire).
                public let slPct: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.tpSlType = try c.apiEnum("tpSlType")
                    self.tpPct = try c.apiDecimal("tpPct")
                    self.slPct = try c.apiDecimal("slPct")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x708F822C4F6CCB36: if v0 < 0, m.isKey("tpSlType") { v0 = m.value }
                        case 0xC7250EB861B9A3B4: if v1 < 0, m.isKey("tpPct") { v1 = m.value }
                        case 0x84F8726B7A03B339: if v2 < 0, m.isKey("slPct") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.tpSlType = try d.directEnum(v0)
                    self.tpPct = try d.directDecimal(v1)
                    self.slPct = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.tpSlType, "tpSlType")
                    try c.apiWriteDecimal(self.tpPct, "tpPct")
                    try c.apiWriteDecimal(self.slPct, "slPct")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `instIds`: a list of text values.
            public let instIds: [String]?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalPnlRatio`: a decimal number (a string on the wire).
            public let totalPnlRatio: Decimal?
            /// `totalEq`: a decimal number (a string on the wire).
            public let totalEq: Decimal?
            /// `floatPnl`: a decimal number (a string on the wire).
            public let floatPnl: Decimal?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `frozenBal`: a decimal number (a string on the wire).
            public let frozenBal: Decimal?
            /// `availBal`: a decimal number (a string on the wire).
            public let availBal: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `investAmt`: a decimal number (a string on the wire).
            public let investAmt: Decimal?
            /// `subOrdType`: one of a documented set of values (unknown values are kept).
            public let subOrdType: SubOrdType?
            /// `ratio`: a decimal number (a string on the wire).
            public let ratio: Decimal?
            /// `entrySettingParam`: a nested object.
            public let entrySettingParam: EntrySettingParam?
            /// `exitSettingParam`: a nested object.
            public let exitSettingParam: ExitSettingParam?
            /// `signalChanId`: text.
            public let signalChanId: String?
            /// `signalChanName`: text.
            public let signalChanName: String?
            /// `signalSourceType`: one of a documented set of values (unknown values are kept).
            public let signalSourceType: SignalSourceType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instIds = try c.apiTexts("instIds")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.cancelType = try c.apiEnum("cancelType")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalPnlRatio = try c.apiDecimal("totalPnlRatio")
                self.totalEq = try c.apiDecimal("totalEq")
                self.floatPnl = try c.apiDecimal("floatPnl")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.frozenBal = try c.apiDecimal("frozenBal")
                self.availBal = try c.apiDecimal("availBal")
                self.lever = try c.apiDecimal("lever")
                self.investAmt = try c.apiDecimal("investAmt")
                self.subOrdType = try c.apiEnum("subOrdType")
                self.ratio = try c.apiDecimal("ratio")
                self.entrySettingParam = try c.apiNested("entrySettingParam")
                self.exitSettingParam = try c.apiNested("exitSettingParam")
                self.signalChanId = try c.apiText("signalChanId")
                self.signalChanName = try c.apiText("signalChanName")
                self.signalSourceType = try c.apiEnum("signalSourceType")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x0DC34180EF668F1D: if v3 < 0, m.isKey("instIds") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x95253C56EA456383: if v8 < 0, m.isKey("cancelType") { v8 = m.value }
                    case 0x96942825B60BCB95: if v9 < 0, m.isKey("totalPnl") { v9 = m.value }
                    case 0x8FD1CFC4D79159D4: if v10 < 0, m.isKey("totalPnlRatio") { v10 = m.value }
                    case 0xAD50ED36D1773FBB: if v11 < 0, m.isKey("totalEq") { v11 = m.value }
                    case 0xDC41DCE015D9058D: if v12 < 0, m.isKey("floatPnl") { v12 = m.value }
                    case 0x08B64C133648B10B: if v13 < 0, m.isKey("realizedPnl") { v13 = m.value }
                    case 0x1E2AF51EDB18142E: if v14 < 0, m.isKey("frozenBal") { v14 = m.value }
                    case 0x309112533452E3FB: if v15 < 0, m.isKey("availBal") { v15 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v16 < 0, m.isKey("lever") { v16 = m.value }
                    case 0xFD3E80B65CB5B9E2: if v17 < 0, m.isKey("investAmt") { v17 = m.value }
                    case 0x9A75FBF70665F7D8: if v18 < 0, m.isKey("subOrdType") { v18 = m.value }
                    case 0xFBC924118177ADE4: if v19 < 0, m.isKey("ratio") { v19 = m.value }
                    case 0x6EA8CE752C48F696: if v20 < 0, m.isKey("entrySettingParam") { v20 = m.value }
                    case 0x347F9DD3F2CBDE48: if v21 < 0, m.isKey("exitSettingParam") { v21 = m.value }
                    case 0x6ED4F601F9E239F0: if v22 < 0, m.isKey("signalChanId") { v22 = m.value }
                    case 0xF82208A2057EB0F6: if v23 < 0, m.isKey("signalChanName") { v23 = m.value }
                    case 0x515620583BED4A1C: if v24 < 0, m.isKey("signalSourceType") { v24 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instIds = try d.directTexts(v3)
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cancelType = try d.directEnum(v8)
                self.totalPnl = try d.directDecimal(v9)
                self.totalPnlRatio = try d.directDecimal(v10)
                self.totalEq = try d.directDecimal(v11)
                self.floatPnl = try d.directDecimal(v12)
                self.realizedPnl = try d.directDecimal(v13)
                self.frozenBal = try d.directDecimal(v14)
                self.availBal = try d.directDecimal(v15)
                self.lever = try d.directDecimal(v16)
                self.investAmt = try d.directDecimal(v17)
                self.subOrdType = try d.directEnum(v18)
                self.ratio = try d.directDecimal(v19)
                self.entrySettingParam = try d.directNested(v20)
                self.exitSettingParam = try d.directNested(v21)
                self.signalChanId = try d.directText(v22)
                self.signalChanName = try d.directText(v23)
                self.signalSourceType = try d.directEnum(v24)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteTexts(self.instIds, "instIds")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalPnlRatio, "totalPnlRatio")
                try c.apiWriteDecimal(self.totalEq, "totalEq")
                try c.apiWriteDecimal(self.floatPnl, "floatPnl")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.frozenBal, "frozenBal")
                try c.apiWriteDecimal(self.availBal, "availBal")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.investAmt, "investAmt")
                try c.apiWriteEnum(self.subOrdType, "subOrdType")
                try c.apiWriteDecimal(self.ratio, "ratio")
                try c.apiWriteNested(self.entrySettingParam, "entrySettingParam")
                try c.apiWriteNested(self.exitSettingParam, "exitSettingParam")
                try c.apiWriteText(self.signalChanId, "signalChanId")
                try c.apiWriteText(self.signalChanName, "signalChanName")
                try c.apiWriteEnum(self.signalSourceType, "signalSourceType")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-history`: “Signal bot history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-history
    public static func signalBotHistory(_ request: SignalBotHistory.Request) -> Endpoint<[SignalBotHistory.Response]> {
        .apiGet(SignalBotHistory.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-pending`: “Active signal bot”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-active-signal-bot
    public enum ActiveSignalBot {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/orders-algo-pending"
        /// The parameters of `GET /api/v5/tradingBot/signal/orders-algo-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-active-signal-bot
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text.
            public var algoId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/orders-algo-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-active-signal-bot
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable, TapeDirect {
                /// `allowMultipleEntry`: a boolean.
                public let allowMultipleEntry: Bool?
                /// `entryType`: one of a documented set of values (unknown values are kept).
                public let entryType: EntryType?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.allowMultipleEntry = try c.apiBoolean("allowMultipleEntry")
                    self.entryType = try c.apiEnum("entryType")
                    self.amt = try c.apiDecimal("amt")
                    self.ratio = try c.apiDecimal("ratio")
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
                        case 0x086F290A1078E686: if v0 < 0, m.isKey("allowMultipleEntry") { v0 = m.value }
                        case 0x0AB2A4E9527C558B: if v1 < 0, m.isKey("entryType") { v1 = m.value }
                        case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                        case 0xFBC924118177ADE4: if v3 < 0, m.isKey("ratio") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.allowMultipleEntry = try d.directBoolean(v0)
                    self.entryType = try d.directEnum(v1)
                    self.amt = try d.directDecimal(v2)
                    self.ratio = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteBoolean(self.allowMultipleEntry, "allowMultipleEntry")
                    try c.apiWriteEnum(self.entryType, "entryType")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                }
            }
            /// A nested object of the response.
            public struct ExitSettingParam: Codable, Sendable, TapeDirect {
                /// `tpSlType`: one of a documented set of values (unknown values are kept).
                public let tpSlType: TpSlType?
                /// `tpPct`: a decimal number (a string on the wire).
                public let tpPct: Decimal?
                /// `slPct`: a decimal number (a string on the wire).
                public let slPct: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.tpSlType = try c.apiEnum("tpSlType")
                    self.tpPct = try c.apiDecimal("tpPct")
                    self.slPct = try c.apiDecimal("slPct")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x708F822C4F6CCB36: if v0 < 0, m.isKey("tpSlType") { v0 = m.value }
                        case 0xC7250EB861B9A3B4: if v1 < 0, m.isKey("tpPct") { v1 = m.value }
                        case 0x84F8726B7A03B339: if v2 < 0, m.isKey("slPct") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.tpSlType = try d.directEnum(v0)
                    self.tpPct = try d.directDecimal(v1)
                    self.slPct = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.tpSlType, "tpSlType")
                    try c.apiWriteDecimal(self.tpPct, "tpPct")
                    try c.apiWriteDecimal(self.slPct, "slPct")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `instIds`: a list of text values.
            public let instIds: [String]?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cancelType`: one of a documented set of values (unknown values are kept).
            public let cancelType: CancelType?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalPnlRatio`: a decimal number (a string on the wire).
            public let totalPnlRatio: Decimal?
            /// `totalEq`: a decimal number (a string on the wire).
            public let totalEq: Decimal?
            /// `floatPnl`: a decimal number (a string on the wire).
            public let floatPnl: Decimal?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `frozenBal`: a decimal number (a string on the wire).
            public let frozenBal: Decimal?
            /// `availBal`: a decimal number (a string on the wire).
            public let availBal: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `investAmt`: a decimal number (a string on the wire).
            public let investAmt: Decimal?
            /// `subOrdType`: one of a documented set of values (unknown values are kept).
            public let subOrdType: SubOrdType?
            /// `ratio`: a decimal number (a string on the wire).
            public let ratio: Decimal?
            /// `entrySettingParam`: a nested object.
            public let entrySettingParam: EntrySettingParam?
            /// `exitSettingParam`: a nested object.
            public let exitSettingParam: ExitSettingParam?
            /// `signalChanId`: text.
            public let signalChanId: String?
            /// `signalChanName`: text.
            public let signalChanName: String?
            /// `signalSourceType`: one of a documented set of values (unknown values are kept).
            public let signalSourceType: SignalSourceType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instIds = try c.apiTexts("instIds")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.cancelType = try c.apiEnum("cancelType")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalPnlRatio = try c.apiDecimal("totalPnlRatio")
                self.totalEq = try c.apiDecimal("totalEq")
                self.floatPnl = try c.apiDecimal("floatPnl")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.frozenBal = try c.apiDecimal("frozenBal")
                self.availBal = try c.apiDecimal("availBal")
                self.lever = try c.apiDecimal("lever")
                self.investAmt = try c.apiDecimal("investAmt")
                self.subOrdType = try c.apiEnum("subOrdType")
                self.ratio = try c.apiDecimal("ratio")
                self.entrySettingParam = try c.apiNested("entrySettingParam")
                self.exitSettingParam = try c.apiNested("exitSettingParam")
                self.signalChanId = try c.apiText("signalChanId")
                self.signalChanName = try c.apiText("signalChanName")
                self.signalSourceType = try c.apiEnum("signalSourceType")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x0DC34180EF668F1D: if v3 < 0, m.isKey("instIds") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0x1ABBF023793356AD: if v6 < 0, m.isKey("algoOrdType") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x95253C56EA456383: if v8 < 0, m.isKey("cancelType") { v8 = m.value }
                    case 0x96942825B60BCB95: if v9 < 0, m.isKey("totalPnl") { v9 = m.value }
                    case 0x8FD1CFC4D79159D4: if v10 < 0, m.isKey("totalPnlRatio") { v10 = m.value }
                    case 0xAD50ED36D1773FBB: if v11 < 0, m.isKey("totalEq") { v11 = m.value }
                    case 0xDC41DCE015D9058D: if v12 < 0, m.isKey("floatPnl") { v12 = m.value }
                    case 0x08B64C133648B10B: if v13 < 0, m.isKey("realizedPnl") { v13 = m.value }
                    case 0x1E2AF51EDB18142E: if v14 < 0, m.isKey("frozenBal") { v14 = m.value }
                    case 0x309112533452E3FB: if v15 < 0, m.isKey("availBal") { v15 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v16 < 0, m.isKey("lever") { v16 = m.value }
                    case 0xFD3E80B65CB5B9E2: if v17 < 0, m.isKey("investAmt") { v17 = m.value }
                    case 0x9A75FBF70665F7D8: if v18 < 0, m.isKey("subOrdType") { v18 = m.value }
                    case 0xFBC924118177ADE4: if v19 < 0, m.isKey("ratio") { v19 = m.value }
                    case 0x6EA8CE752C48F696: if v20 < 0, m.isKey("entrySettingParam") { v20 = m.value }
                    case 0x347F9DD3F2CBDE48: if v21 < 0, m.isKey("exitSettingParam") { v21 = m.value }
                    case 0x6ED4F601F9E239F0: if v22 < 0, m.isKey("signalChanId") { v22 = m.value }
                    case 0xF82208A2057EB0F6: if v23 < 0, m.isKey("signalChanName") { v23 = m.value }
                    case 0x515620583BED4A1C: if v24 < 0, m.isKey("signalSourceType") { v24 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instIds = try d.directTexts(v3)
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.algoOrdType = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cancelType = try d.directEnum(v8)
                self.totalPnl = try d.directDecimal(v9)
                self.totalPnlRatio = try d.directDecimal(v10)
                self.totalEq = try d.directDecimal(v11)
                self.floatPnl = try d.directDecimal(v12)
                self.realizedPnl = try d.directDecimal(v13)
                self.frozenBal = try d.directDecimal(v14)
                self.availBal = try d.directDecimal(v15)
                self.lever = try d.directDecimal(v16)
                self.investAmt = try d.directDecimal(v17)
                self.subOrdType = try d.directEnum(v18)
                self.ratio = try d.directDecimal(v19)
                self.entrySettingParam = try d.directNested(v20)
                self.exitSettingParam = try d.directNested(v21)
                self.signalChanId = try d.directText(v22)
                self.signalChanName = try d.directText(v23)
                self.signalSourceType = try d.directEnum(v24)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteTexts(self.instIds, "instIds")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.cancelType, "cancelType")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalPnlRatio, "totalPnlRatio")
                try c.apiWriteDecimal(self.totalEq, "totalEq")
                try c.apiWriteDecimal(self.floatPnl, "floatPnl")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.frozenBal, "frozenBal")
                try c.apiWriteDecimal(self.availBal, "availBal")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.investAmt, "investAmt")
                try c.apiWriteEnum(self.subOrdType, "subOrdType")
                try c.apiWriteDecimal(self.ratio, "ratio")
                try c.apiWriteNested(self.entrySettingParam, "entrySettingParam")
                try c.apiWriteNested(self.exitSettingParam, "exitSettingParam")
                try c.apiWriteText(self.signalChanId, "signalChanId")
                try c.apiWriteText(self.signalChanName, "signalChanName")
                try c.apiWriteEnum(self.signalSourceType, "signalSourceType")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/orders-algo-pending`: “Active signal bot”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-active-signal-bot
    public static func activeSignalBot(_ request: ActiveSignalBot.Request) -> Endpoint<[ActiveSignalBot.Response]> {
        .apiGet(ActiveSignalBot.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/positions`: “Signal bot order positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-positions
    public enum SignalBotOrderPositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/positions"
        /// The parameters of `GET /api/v5/tradingBot/signal/positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-positions
        public struct Request: APIRequestFields {
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoOrdType: AlgoOrdType, algoId: String) {
                self.algoOrdType = algoOrdType
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoOrdType", algoOrdType)
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/positions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pos`: a decimal number (a string on the wire).
            public let pos: Decimal?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `uplRatio`: a decimal number (a string on the wire).
            public let uplRatio: Decimal?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `adl`: an integer (a string on the wire).
            public let adl: Int?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.avgPx = try c.apiDecimal("avgPx")
                self.ccy = try c.apiText("ccy")
                self.lever = try c.apiDecimal("lever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.posSide = try c.apiEnum("posSide")
                self.pos = try c.apiDecimal("pos")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.imr = try c.apiDecimal("imr")
                self.mmr = try c.apiDecimal("mmr")
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.last = try c.apiDecimal("last")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.adl = try c.apiInteger("adl")
                self.markPx = try c.apiDecimal("markPx")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0xEC314E92A840CB9B: if v6 < 0, m.isKey("avgPx") { v6 = m.value }
                    case 0xF5DBFE190CDE752E: if v7 < 0, m.isKey("ccy") { v7 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v8 < 0, m.isKey("lever") { v8 = m.value }
                    case 0xDEF76BAA3B8C7005: if v9 < 0, m.isKey("liqPx") { v9 = m.value }
                    case 0x297B967F0EEA27C2: if v10 < 0, m.isKey("posSide") { v10 = m.value }
                    case 0x779B5B19564F3469: if v11 < 0, m.isKey("pos") { v11 = m.value }
                    case 0xF908AB384ABF99B6: if v12 < 0, m.isKey("mgnMode") { v12 = m.value }
                    case 0x6B9EDB438FE542B0: if v13 < 0, m.isKey("mgnRatio") { v13 = m.value }
                    case 0x2B9CFB192BD28B9B: if v14 < 0, m.isKey("imr") { v14 = m.value }
                    case 0x08025F191762AD67: if v15 < 0, m.isKey("mmr") { v15 = m.value }
                    case 0x4C4887193DC44C04: if v16 < 0, m.isKey("upl") { v16 = m.value }
                    case 0xC948915DFB1B05AF: if v17 < 0, m.isKey("uplRatio") { v17 = m.value }
                    case 0x0456D2AD905847D9: if v18 < 0, m.isKey("last") { v18 = m.value }
                    case 0xFCADCCCEB1F0F653: if v19 < 0, m.isKey("notionalUsd") { v19 = m.value }
                    case 0xE70BBB190530D8BC: if v20 < 0, m.isKey("adl") { v20 = m.value }
                    case 0xED95A32B150C49D8: if v21 < 0, m.isKey("markPx") { v21 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.avgPx = try d.directDecimal(v6)
                self.ccy = try d.directText(v7)
                self.lever = try d.directDecimal(v8)
                self.liqPx = try d.directDecimal(v9)
                self.posSide = try d.directEnum(v10)
                self.pos = try d.directDecimal(v11)
                self.mgnMode = try d.directEnum(v12)
                self.mgnRatio = try d.directDecimal(v13)
                self.imr = try d.directDecimal(v14)
                self.mmr = try d.directDecimal(v15)
                self.upl = try d.directDecimal(v16)
                self.uplRatio = try d.directDecimal(v17)
                self.last = try d.directDecimal(v18)
                self.notionalUsd = try d.directDecimal(v19)
                self.adl = try d.directInteger(v20)
                self.markPx = try d.directDecimal(v21)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pos, "pos")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteInteger(self.adl, "adl")
                try c.apiWriteDecimal(self.markPx, "markPx")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/positions`: “Signal bot order positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-order-positions
    public static func signalBotOrderPositions(_ request: SignalBotOrderPositions.Request) -> Endpoint<[SignalBotOrderPositions.Response]> {
        .apiGet(SignalBotOrderPositions.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/positions-history`: “Position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-position-history
    public enum PositionHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/positions-history"
        /// The parameters of `GET /api/v5/tradingBot/signal/positions-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-position-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `instId`: text.
            public var instId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.algoId = algoId
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/positions-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-position-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `closeAvgPx`: a decimal number (a string on the wire).
            public let closeAvgPx: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `uly`: text.
            public let uly: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.closeAvgPx = try c.apiDecimal("closeAvgPx")
                self.pnl = try c.apiDecimal("pnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.lever = try c.apiDecimal("lever")
                self.direction = try c.apiEnum("direction")
                self.uly = try c.apiText("uly")
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
                    case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                    case 0x97CBF7DBB8D1A953: if v2 < 0, m.isKey("cTime") { v2 = m.value }
                    case 0x607ED783146D4C29: if v3 < 0, m.isKey("uTime") { v3 = m.value }
                    case 0xA5A9EFC1731C2927: if v4 < 0, m.isKey("openAvgPx") { v4 = m.value }
                    case 0xE05BB0BDCC70FBE5: if v5 < 0, m.isKey("closeAvgPx") { v5 = m.value }
                    case 0x779E7A1956519EED: if v6 < 0, m.isKey("pnl") { v6 = m.value }
                    case 0x560005AD7CCA38DC: if v7 < 0, m.isKey("pnlRatio") { v7 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v8 < 0, m.isKey("lever") { v8 = m.value }
                    case 0xD66E3BEB115E11AA: if v9 < 0, m.isKey("direction") { v9 = m.value }
                    case 0x4CA79C193E150437: if v10 < 0, m.isKey("uly") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.mgnMode = try d.directEnum(v1)
                self.cTime = try d.directDate(v2)
                self.uTime = try d.directDate(v3)
                self.openAvgPx = try d.directDecimal(v4)
                self.closeAvgPx = try d.directDecimal(v5)
                self.pnl = try d.directDecimal(v6)
                self.pnlRatio = try d.directDecimal(v7)
                self.lever = try d.directDecimal(v8)
                self.direction = try d.directEnum(v9)
                self.uly = try d.directText(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDecimal(self.closeAvgPx, "closeAvgPx")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteText(self.uly, "uly")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/positions-history`: “Position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-position-history
    public static func positionHistory(_ request: PositionHistory.Request) -> Endpoint<[PositionHistory.Response]> {
        .apiGet(PositionHistory.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/set-instruments`: “Set instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-set-instruments
    public enum SetInstruments {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/set-instruments"
        /// The parameters of `POST /api/v5/tradingBot/signal/set-instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-set-instruments
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `instIds`: a list of text values; required.
            public var instIds: [String]
            /// `includeAll`: a boolean; required.
            public var includeAll: Bool
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, instIds: [String], includeAll: Bool) {
                self.algoId = algoId
                self.instIds = instIds
                self.includeAll = includeAll
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("instIds", instIds)
                p.add("includeAll", includeAll)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/set-instruments`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-set-instruments
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                self.algoId = try d.directRequiredText(v0, "algoId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/set-instruments`: “Set instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-set-instruments
    public static func setInstruments(_ request: SetInstruments.Request) -> Endpoint<[SetInstruments.Response]> {
        .apiPost(SetInstruments.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/signals`: “Signals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signals
    public enum Signals {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/signals"
        /// The parameters of `GET /api/v5/tradingBot/signal/signals`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signals
        public struct Request: APIRequestFields, PageableRequest {
            /// `signalSourceType`: one of a documented set of values (unknown values are kept); required.
            public var signalSourceType: SignalSourceType
            /// `signalChanId`: text.
            public var signalChanId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(signalSourceType: SignalSourceType, signalChanId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.signalSourceType = signalSourceType
                self.signalChanId = signalChanId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("signalSourceType", signalSourceType)
                p.add("signalChanId", signalChanId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/signals`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signals
        public struct Response: Codable, Sendable, TapeDirect {
            /// `signalChanId`: text.
            public let signalChanId: String
            /// `signalChanName`: text.
            public let signalChanName: String?
            /// `signalChanDesc`: text.
            public let signalChanDesc: String?
            /// `signalChanToken`: text.
            public let signalChanToken: String?
            /// `signalSourceType`: one of a documented set of values (unknown values are kept).
            public let signalSourceType: SignalSourceType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.signalChanId = try c.apiRequiredText("signalChanId")
                self.signalChanName = try c.apiText("signalChanName")
                self.signalChanDesc = try c.apiText("signalChanDesc")
                self.signalChanToken = try c.apiText("signalChanToken")
                self.signalSourceType = try c.apiEnum("signalSourceType")
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
                    case 0x6ED4F601F9E239F0: if v0 < 0, m.isKey("signalChanId") { v0 = m.value }
                    case 0xF82208A2057EB0F6: if v1 < 0, m.isKey("signalChanName") { v1 = m.value }
                    case 0xD9BE4A4EB9F6C1D0: if v2 < 0, m.isKey("signalChanDesc") { v2 = m.value }
                    case 0xB4002B24625A36C2: if v3 < 0, m.isKey("signalChanToken") { v3 = m.value }
                    case 0x515620583BED4A1C: if v4 < 0, m.isKey("signalSourceType") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.signalChanId = try d.directRequiredText(v0, "signalChanId")
                self.signalChanName = try d.directText(v1)
                self.signalChanDesc = try d.directText(v2)
                self.signalChanToken = try d.directText(v3)
                self.signalSourceType = try d.directEnum(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.signalChanId, "signalChanId")
                try c.apiWriteText(self.signalChanName, "signalChanName")
                try c.apiWriteText(self.signalChanDesc, "signalChanDesc")
                try c.apiWriteText(self.signalChanToken, "signalChanToken")
                try c.apiWriteEnum(self.signalSourceType, "signalSourceType")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/signals`: “Signals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signals
    public static func signals(_ request: Signals.Request) -> Endpoint<[Signals.Response]> {
        .apiGet(Signals.path, request)
    }

    /// `POST /api/v5/tradingBot/signal/stop-order-algo`: “Cancel signal bots”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-signal-bots
    public enum CancelSignalBots {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/stop-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/signal/stop-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-signal-bots
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String) {
                self.algoId = algoId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/stop-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-signal-bots
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v3 < 0, m.isKey("algoClOrdId") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
                self.algoClOrdId = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
            }
        }
    }

    /// `POST /api/v5/tradingBot/signal/stop-order-algo`: “Cancel signal bots”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-cancel-signal-bots
    public static func cancelSignalBots(_ requests: [CancelSignalBots.Request]) -> Endpoint<[CancelSignalBots.Response]> {
        .apiPost(CancelSignalBots.path, requests)
    }

    /// `POST /api/v5/tradingBot/signal/sub-order`: “Place sub order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-place-sub-order
    public enum PlaceSubOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/sub-order"
        /// The parameters of `POST /api/v5/tradingBot/signal/sub-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-place-sub-order
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `algoId`: text; required.
            public var algoId: String
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `ordType`: one of a documented set of values (unknown values are kept); required.
            public var ordType: OrdType
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `px`: a decimal number (a string on the wire); required in some cases.
            public var px: Decimal?
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, algoId: String, side: Side, ordType: OrdType, sz: Decimal, px: Decimal? = nil, reduceOnly: Bool? = nil) {
                self.instId = instId
                self.algoId = algoId
                self.side = side
                self.ordType = ordType
                self.sz = sz
                self.px = px
                self.reduceOnly = reduceOnly
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("algoId", algoId)
                p.add("side", side)
                p.add("ordType", ordType)
                p.add("sz", sz)
                p.add("px", px)
                p.add("reduceOnly", reduceOnly)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/signal/sub-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-place-sub-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Reads nothing, like `init(from:)`.
            package init(tape: JSONTape, at index: Int32) throws {}
            /// Writes an empty object.
            public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
        }
    }

    /// `POST /api/v5/tradingBot/signal/sub-order`: “Place sub order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-post-place-sub-order
    public static func placeSubOrder(_ request: PlaceSubOrder.Request) -> Endpoint<[PlaceSubOrder.Response]> {
        .apiPost(PlaceSubOrder.path, request)
    }

    /// `GET /api/v5/tradingBot/signal/sub-orders`: “Signal bot sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-sub-orders
    public enum SignalBotSubOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/signal/sub-orders"
        /// The parameters of `GET /api/v5/tradingBot/signal/sub-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-sub-orders
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept); required.
            public var algoOrdType: AlgoOrdType
            /// `state`: one of a documented set of values (unknown values are kept); required in some cases.
            public var state: State?
            /// `signalOrdId`: text; required in some cases.
            public var signalOrdId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, algoOrdType: AlgoOrdType, state: State? = nil, signalOrdId: String? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil, type: TypeValue? = nil, clOrdId: String? = nil) {
                self.algoId = algoId
                self.algoOrdType = algoOrdType
                self.state = state
                self.signalOrdId = signalOrdId
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
                self.type = type
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("algoOrdType", algoOrdType)
                p.add("state", state)
                p.add("signalOrdId", signalOrdId)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                p.add("type", type)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/signal/sub-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-sub-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `ordId`: text.
            public let ordId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
            /// `ccy`: text.
            public let ccy: String?
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public let ordType: OrdType?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `accFillSz`: a decimal number (a string on the wire).
            public let accFillSz: Decimal?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.ordId = try c.apiText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.tdMode = try c.apiEnum("tdMode")
                self.ccy = try c.apiText("ccy")
                self.ordType = try c.apiEnum("ordType")
                self.sz = try c.apiDecimal("sz")
                self.state = try c.apiEnum("state")
                self.side = try c.apiEnum("side")
                self.px = try c.apiDecimal("px")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.avgPx = try c.apiDecimal("avgPx")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.posSide = try c.apiEnum("posSide")
                self.pnl = try c.apiDecimal("pnl")
                self.ctVal = try c.apiDecimal("ctVal")
                self.lever = try c.apiDecimal("lever")
                self.tag = try c.apiText("tag")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0x1ABBF023793356AD: if v4 < 0, m.isKey("algoOrdType") { v4 = m.value }
                    case 0x6B86FB72815776DD: if v5 < 0, m.isKey("ordId") { v5 = m.value }
                    case 0x76ED59528A2E9E7C: if v6 < 0, m.isKey("clOrdId") { v6 = m.value }
                    case 0x97CBF7DBB8D1A953: if v7 < 0, m.isKey("cTime") { v7 = m.value }
                    case 0x607ED783146D4C29: if v8 < 0, m.isKey("uTime") { v8 = m.value }
                    case 0x74FC9DE3D6168692: if v9 < 0, m.isKey("tdMode") { v9 = m.value }
                    case 0xF5DBFE190CDE752E: if v10 < 0, m.isKey("ccy") { v10 = m.value }
                    case 0xE876851027B58648: if v11 < 0, m.isKey("ordType") { v11 = m.value }
                    case 0x08D94407B5794688: if v12 < 0, m.isKey("sz") { v12 = m.value }
                    case 0xEE63AAAD45B1B116: if v13 < 0, m.isKey("state") { v13 = m.value }
                    case 0x4E0C8A18E635803E: if v14 < 0, m.isKey("side") { v14 = m.value }
                    case 0x08D55007B5757215: if v15 < 0, m.isKey("px") { v15 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v16 < 0, m.isKey("fee") { v16 = m.value }
                    case 0x1E2D7FE73967FEA0: if v17 < 0, m.isKey("feeCcy") { v17 = m.value }
                    case 0xEC314E92A840CB9B: if v18 < 0, m.isKey("avgPx") { v18 = m.value }
                    case 0xE12619F1F82DFC32: if v19 < 0, m.isKey("accFillSz") { v19 = m.value }
                    case 0x297B967F0EEA27C2: if v20 < 0, m.isKey("posSide") { v20 = m.value }
                    case 0x779E7A1956519EED: if v21 < 0, m.isKey("pnl") { v21 = m.value }
                    case 0xB95E94CFE1FB2E01: if v22 < 0, m.isKey("ctVal") { v22 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v23 < 0, m.isKey("lever") { v23 = m.value }
                    case 0x56D7AB194448A4F3: if v24 < 0, m.isKey("tag") { v24 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.algoOrdType = try d.directEnum(v4)
                self.ordId = try d.directText(v5)
                self.clOrdId = try d.directText(v6)
                self.cTime = try d.directDate(v7)
                self.uTime = try d.directDate(v8)
                self.tdMode = try d.directEnum(v9)
                self.ccy = try d.directText(v10)
                self.ordType = try d.directEnum(v11)
                self.sz = try d.directDecimal(v12)
                self.state = try d.directEnum(v13)
                self.side = try d.directEnum(v14)
                self.px = try d.directDecimal(v15)
                self.fee = try d.directDecimal(v16)
                self.feeCcy = try d.directText(v17)
                self.avgPx = try d.directDecimal(v18)
                self.accFillSz = try d.directDecimal(v19)
                self.posSide = try d.directEnum(v20)
                self.pnl = try d.directDecimal(v21)
                self.ctVal = try d.directDecimal(v22)
                self.lever = try d.directDecimal(v23)
                self.tag = try d.directText(v24)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `GET /api/v5/tradingBot/signal/sub-orders`: “Signal bot sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-signal-bot-trading-get-signal-bot-sub-orders
    public static func signalBotSubOrders(_ request: SignalBotSubOrders.Request) -> Endpoint<[SignalBotSubOrders.Response]> {
        .apiGet(SignalBotSubOrders.path, request)
    }

    /// The values of `tpSlType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TpSlType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `pnl`.
        public static let pnl: Self = "pnl"
        /// `price`.
        public static let price: Self = "price"
    }

    /// The values of `eventType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct EventType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `system_action`.
        public static let systemAction: Self = "system_action"
        /// `user_action`.
        public static let userAction: Self = "user_action"
        /// `signal_processing`.
        public static let signalProcessing: Self = "signal_processing"
    }

    /// The values of `eventStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct EventStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `success`.
        public static let success: Self = "success"
        /// `failure`.
        public static let failure: Self = "failure"
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `add`.
        public static let add: Self = "add"
        /// `reduce`.
        public static let reduce: Self = "reduce"
        /// `live`.
        public static let live: Self = "live"
        /// `filled`.
        public static let filled: Self = "filled"
    }

    /// The values of `entryType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct EntryType: OKXStringValue {
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
    }

    /// The values of `subOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SubOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `9`.
        public static let v9: Self = "9"
    }

    /// The values of `algoOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AlgoOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `contract`.
        public static let contract: Self = "contract"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `starting`.
        public static let starting: Self = "starting"
        /// `running`.
        public static let running: Self = "running"
        /// `stopping`.
        public static let stopping: Self = "stopping"
        /// `stopped`.
        public static let stopped: Self = "stopped"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `cancelled`.
        public static let cancelled: Self = "cancelled"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `cancelling`.
        public static let cancelling: Self = "cancelling"
    }

    /// The values of `cancelType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CancelType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `signalSourceType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SignalSourceType: OKXStringValue {
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

    /// The values of `posSide` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosSide: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `net`.
        public static let net: Self = "net"
    }

    /// The values of `mgnMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MgnMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
    }

    /// The values of `direction` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Direction: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long`.
        public static let long: Self = "long"
        /// `short`.
        public static let short: Self = "short"
    }

    /// The values of `side` in this section: an open set, so a value OKX adds later is kept as it is.
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

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `market`.
        public static let market: Self = "market"
        /// `limit`.
        public static let limit: Self = "limit"
        /// `ioc`.
        public static let ioc: Self = "ioc"
    }

    /// The values of `tdMode` in this section: an open set, so a value OKX adds later is kept as it is.
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
}
