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
        public struct Response: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct TriggeredOrdData: Codable, Sendable {
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.clOrdId = try c.apiText("clOrdId")
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
        public struct Response: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable {
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
            public struct ExitSettingParam: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable {
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
            public struct ExitSettingParam: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct EntrySettingParam: Codable, Sendable {
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
            public struct ExitSettingParam: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// `algoId`: text.
            public let algoId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
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
        public struct Response: Codable, Sendable {
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
