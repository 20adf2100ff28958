// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/recurring-buy”.
    public enum RecurringBuy {}
}

extension API.RecurringBuy {
    /// `POST /api/v5/tradingBot/recurring/add-investment`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-add-investment
    public enum AddInvestment {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/add-investment"
        /// The parameters of `POST /api/v5/tradingBot/recurring/add-investment`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-add-investment
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `amount`: a decimal number (a string on the wire); required.
            public var amount: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, amount: Decimal) {
                self.algoId = algoId
                self.amount = amount
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("amount", amount)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/add-investment`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-add-investment
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/add-investment`: “Add investment”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-add-investment
    public static func addInvestment(_ request: AddInvestment.Request) -> Endpoint<[AddInvestment.Response]> {
        .apiPost(AddInvestment.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/amend-order-algo`: “Amend recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-order
    public enum AmendRecurringBuyOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/amend-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/recurring/amend-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-order
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `stgyName`: text; required.
            public var stgyName: String
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, stgyName: String) {
                self.algoId = algoId
                self.stgyName = stgyName
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("stgyName", stgyName)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/amend-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-order
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

    /// `POST /api/v5/tradingBot/recurring/amend-order-algo`: “Amend recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-order
    public static func amendRecurringBuyOrder(_ request: AmendRecurringBuyOrder.Request) -> Endpoint<[AmendRecurringBuyOrder.Response]> {
        .apiPost(AmendRecurringBuyOrder.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/amend-price-range`: “Amend price range”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-price-range
    public enum AmendPriceRange {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/amend-price-range"
        /// The parameters of `POST /api/v5/tradingBot/recurring/amend-price-range`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-price-range
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct RecurringList: APIRequestFields {
                /// `ccy`: text; required.
                public var ccy: String
                /// `minPx`: a decimal number (a string on the wire); required.
                public var minPx: Decimal
                /// `maxPx`: a decimal number (a string on the wire); required.
                public var maxPx: Decimal
                /// A request with the given parameters; nil ones are not sent.
                public init(ccy: String, minPx: Decimal, maxPx: Decimal) {
                    self.ccy = ccy
                    self.minPx = minPx
                    self.maxPx = maxPx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("ccy", ccy)
                    p.add("minPx", minPx)
                    p.add("maxPx", maxPx)
                    return p
                }
            }
            /// `algoId`: text; required.
            public var algoId: String
            /// `recurringList`: a list of nested objects; required.
            public var recurringList: [RecurringList]
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, recurringList: [RecurringList]) {
                self.algoId = algoId
                self.recurringList = recurringList
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("recurringList", recurringList)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/amend-price-range`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-price-range
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/amend-price-range`: “Amend price range”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-price-range
    public static func amendPriceRange(_ request: AmendPriceRange.Request) -> Endpoint<[AmendPriceRange.Response]> {
        .apiPost(AmendPriceRange.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/amend-recurring-amount`: “Amend recurring buy amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-amount
    public enum AmendRecurringBuyAmount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/amend-recurring-amount"
        /// The parameters of `POST /api/v5/tradingBot/recurring/amend-recurring-amount`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-amount
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `amount`: a decimal number (a string on the wire); required.
            public var amount: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, amount: Decimal) {
                self.algoId = algoId
                self.amount = amount
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("amount", amount)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/amend-recurring-amount`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-amount
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/amend-recurring-amount`: “Amend recurring buy amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-amount
    public static func amendRecurringBuyAmount(_ request: AmendRecurringBuyAmount.Request) -> Endpoint<[AmendRecurringBuyAmount.Response]> {
        .apiPost(AmendRecurringBuyAmount.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/amend-recurring-time`: “Amend recurring buy time”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-time
    public enum AmendRecurringBuyTime {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/amend-recurring-time"
        /// The parameters of `POST /api/v5/tradingBot/recurring/amend-recurring-time`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-time
        public struct Request: APIRequestFields {
            /// `algoId`: text; required.
            public var algoId: String
            /// `recurringTimeType`: one of a documented set of values (unknown values are kept); required.
            public var recurringTimeType: RecurringTimeType
            /// `timeZone`: an integer (a string on the wire); required.
            public var timeZone: Int
            /// `period`: one of a documented set of values (unknown values are kept); required.
            public var period: Period
            /// `recurringHour`: an integer (a string on the wire); required in some cases.
            public var recurringHour: Int?
            /// `recurringDay`: an integer (a string on the wire); required in some cases.
            public var recurringDay: Int?
            /// `recurringTime`: an integer (a string on the wire); required in some cases.
            public var recurringTime: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, recurringTimeType: RecurringTimeType, timeZone: Int, period: Period, recurringHour: Int? = nil, recurringDay: Int? = nil, recurringTime: Int? = nil) {
                self.algoId = algoId
                self.recurringTimeType = recurringTimeType
                self.timeZone = timeZone
                self.period = period
                self.recurringHour = recurringHour
                self.recurringDay = recurringDay
                self.recurringTime = recurringTime
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("recurringTimeType", recurringTimeType)
                p.add("timeZone", timeZone)
                p.add("period", period)
                p.add("recurringHour", recurringHour)
                p.add("recurringDay", recurringDay)
                p.add("recurringTime", recurringTime)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/amend-recurring-time`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-time
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directText(v0)
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/amend-recurring-time`: “Amend recurring buy time”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-amend-recurring-buy-time
    public static func amendRecurringBuyTime(_ request: AmendRecurringBuyTime.Request) -> Endpoint<[AmendRecurringBuyTime.Response]> {
        .apiPost(AmendRecurringBuyTime.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/order-algo`: “Place recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-place-recurring-buy-order
    public enum PlaceRecurringBuyOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/order-algo"
        /// The parameters of `POST /api/v5/tradingBot/recurring/order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-place-recurring-buy-order
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct RecurringList: APIRequestFields {
                /// `ccy`: text; required.
                public var ccy: String
                /// `ratio`: a decimal number (a string on the wire); required.
                public var ratio: Decimal
                /// `minPx`: a decimal number (a string on the wire).
                public var minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public var maxPx: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(ccy: String, ratio: Decimal, minPx: Decimal? = nil, maxPx: Decimal? = nil) {
                    self.ccy = ccy
                    self.ratio = ratio
                    self.minPx = minPx
                    self.maxPx = maxPx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("ccy", ccy)
                    p.add("ratio", ratio)
                    p.add("minPx", minPx)
                    p.add("maxPx", maxPx)
                    return p
                }
            }
            /// `stgyName`: text; required.
            public var stgyName: String
            /// `recurringList`: a list of nested objects; required.
            public var recurringList: [RecurringList]
            /// `period`: one of a documented set of values (unknown values are kept); required.
            public var period: Period
            /// `recurringDay`: an integer (a string on the wire); required in some cases.
            public var recurringDay: Int?
            /// `recurringHour`: an integer (a string on the wire); required in some cases.
            public var recurringHour: Int?
            /// `recurringTime`: an integer (a string on the wire); required.
            public var recurringTime: Int
            /// `timeZone`: an integer (a string on the wire); required.
            public var timeZone: Int
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `investmentCcy`: one of a documented set of values (unknown values are kept); required.
            public var investmentCcy: InvestmentCcy
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `algoClOrdId`: text.
            public var algoClOrdId: String?
            /// `tag`: text.
            public var tag: String?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `source`: a list of text values.
            public var source: [String]?
            /// `recurringTimeType`: one of a documented set of values (unknown values are kept).
            public var recurringTimeType: RecurringTimeType?
            /// A request with the given parameters; nil ones are not sent.
            public init(stgyName: String, recurringList: [RecurringList], period: Period, recurringDay: Int? = nil, recurringHour: Int? = nil, recurringTime: Int, timeZone: Int, amt: Decimal, investmentCcy: InvestmentCcy, tdMode: TdMode, algoClOrdId: String? = nil, tag: String? = nil, tradeQuoteCcy: String? = nil, source: [String]? = nil, recurringTimeType: RecurringTimeType? = nil) {
                self.stgyName = stgyName
                self.recurringList = recurringList
                self.period = period
                self.recurringDay = recurringDay
                self.recurringHour = recurringHour
                self.recurringTime = recurringTime
                self.timeZone = timeZone
                self.amt = amt
                self.investmentCcy = investmentCcy
                self.tdMode = tdMode
                self.algoClOrdId = algoClOrdId
                self.tag = tag
                self.tradeQuoteCcy = tradeQuoteCcy
                self.source = source
                self.recurringTimeType = recurringTimeType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("stgyName", stgyName)
                p.add("recurringList", recurringList)
                p.add("period", period)
                p.add("recurringDay", recurringDay)
                p.add("recurringHour", recurringHour)
                p.add("recurringTime", recurringTime)
                p.add("timeZone", timeZone)
                p.add("amt", amt)
                p.add("investmentCcy", investmentCcy)
                p.add("tdMode", tdMode)
                p.add("algoClOrdId", algoClOrdId)
                p.add("tag", tag)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("source", source)
                p.add("recurringTimeType", recurringTimeType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-place-recurring-buy-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/order-algo`: “Place recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-place-recurring-buy-order
    public static func placeRecurringBuyOrder(_ request: PlaceRecurringBuyOrder.Request) -> Endpoint<[PlaceRecurringBuyOrder.Response]> {
        .apiPost(PlaceRecurringBuyOrder.path, request)
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-details`: “Recurring buy order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-details
    public enum RecurringBuyOrderDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/orders-algo-details"
        /// The parameters of `GET /api/v5/tradingBot/recurring/orders-algo-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-details
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
        /// One item of the `data` array of `GET /api/v5/tradingBot/recurring/orders-algo-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RecurringList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// `minPx`: a decimal number (a string on the wire).
                public let minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public let maxPx: Decimal?
                /// `totalAmt`: a decimal number (a string on the wire).
                public let totalAmt: Decimal?
                /// `profit`: a decimal number (a string on the wire).
                public let profit: Decimal?
                /// `avgPx`: a decimal number (a string on the wire).
                public let avgPx: Decimal?
                /// `px`: a decimal number (a string on the wire).
                public let px: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.ratio = try c.apiDecimal("ratio")
                    self.minPx = try c.apiDecimal("minPx")
                    self.maxPx = try c.apiDecimal("maxPx")
                    self.totalAmt = try c.apiDecimal("totalAmt")
                    self.profit = try c.apiDecimal("profit")
                    self.avgPx = try c.apiDecimal("avgPx")
                    self.px = try c.apiDecimal("px")
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
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xFBC924118177ADE4: if v1 < 0, m.isKey("ratio") { v1 = m.value }
                        case 0x81D4AF62B800CDA7: if v2 < 0, m.isKey("minPx") { v2 = m.value }
                        case 0x5B27E9A4C2DF3109: if v3 < 0, m.isKey("maxPx") { v3 = m.value }
                        case 0x188C8725FFAC537D: if v4 < 0, m.isKey("totalAmt") { v4 = m.value }
                        case 0xB7C4D9E67847B0A7: if v5 < 0, m.isKey("profit") { v5 = m.value }
                        case 0xEC314E92A840CB9B: if v6 < 0, m.isKey("avgPx") { v6 = m.value }
                        case 0x08D55007B5757215: if v7 < 0, m.isKey("px") { v7 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.ratio = try d.directDecimal(v1)
                    self.minPx = try d.directDecimal(v2)
                    self.maxPx = try d.directDecimal(v3)
                    self.totalAmt = try d.directDecimal(v4)
                    self.profit = try d.directDecimal(v5)
                    self.avgPx = try d.directDecimal(v6)
                    self.px = try d.directDecimal(v7)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                    try c.apiWriteDecimal(self.minPx, "minPx")
                    try c.apiWriteDecimal(self.maxPx, "maxPx")
                    try c.apiWriteDecimal(self.totalAmt, "totalAmt")
                    try c.apiWriteDecimal(self.profit, "profit")
                    try c.apiWriteDecimal(self.avgPx, "avgPx")
                    try c.apiWriteDecimal(self.px, "px")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `stgyName`: text.
            public let stgyName: String?
            /// `recurringList`: a list of nested objects.
            public let recurringList: [RecurringList]?
            /// `period`: one of a documented set of values (unknown values are kept).
            public let period: Period?
            /// `recurringDay`: an integer (a string on the wire).
            public let recurringDay: Int?
            /// `recurringHour`: an integer (a string on the wire).
            public let recurringHour: Int?
            /// `recurringTime`: an integer (a string on the wire).
            public let recurringTime: Int?
            /// `timeZone`: an integer (a string on the wire).
            public let timeZone: Int?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `nextInvestTime`: a time (epoch milliseconds on the wire).
            public let nextInvestTime: Date?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalAnnRate`: a decimal number (a string on the wire).
            public let totalAnnRate: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `mktCap`: a decimal number (a string on the wire).
            public let mktCap: Decimal?
            /// `cycles`: an integer (a string on the wire).
            public let cycles: Int?
            /// `tag`: text.
            public let tag: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `source`: a list of text values.
            public let source: [String]?
            /// `recurringTimeType`: one of a documented set of values (unknown values are kept).
            public let recurringTimeType: RecurringTimeType?
            /// `recurringTimeMinutes`: an integer (a string on the wire).
            public let recurringTimeMinutes: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.stgyName = try c.apiText("stgyName")
                self.recurringList = try c.apiNested("recurringList")
                self.period = try c.apiEnum("period")
                self.recurringDay = try c.apiInteger("recurringDay")
                self.recurringHour = try c.apiInteger("recurringHour")
                self.recurringTime = try c.apiInteger("recurringTime")
                self.timeZone = try c.apiInteger("timeZone")
                self.amt = try c.apiDecimal("amt")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.nextInvestTime = try c.apiDate("nextInvestTime")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalAnnRate = try c.apiDecimal("totalAnnRate")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.mktCap = try c.apiDecimal("mktCap")
                self.cycles = try c.apiInteger("cycles")
                self.tag = try c.apiText("tag")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.source = try c.apiTexts("source")
                self.recurringTimeType = try c.apiEnum("recurringTimeType")
                self.recurringTimeMinutes = try c.apiInteger("recurringTimeMinutes")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x97CBF7DBB8D1A953: if v3 < 0, m.isKey("cTime") { v3 = m.value }
                    case 0x607ED783146D4C29: if v4 < 0, m.isKey("uTime") { v4 = m.value }
                    case 0x1ABBF023793356AD: if v5 < 0, m.isKey("algoOrdType") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0x375CD261D2F20659: if v7 < 0, m.isKey("stgyName") { v7 = m.value }
                    case 0x051B6258FCEFAEB0: if v8 < 0, m.isKey("recurringList") { v8 = m.value }
                    case 0x0528080B48EF9464: if v9 < 0, m.isKey("period") { v9 = m.value }
                    case 0xD9F092855E780852: if v10 < 0, m.isKey("recurringDay") { v10 = m.value }
                    case 0x9A2B1E3A8574035E: if v11 < 0, m.isKey("recurringHour") { v11 = m.value }
                    case 0xE6C8A823D6E3AD81: if v12 < 0, m.isKey("recurringTime") { v12 = m.value }
                    case 0x31F5D45D4D2A44A2: if v13 < 0, m.isKey("timeZone") { v13 = m.value }
                    case 0xE6F3A919051C2845: if v14 < 0, m.isKey("amt") { v14 = m.value }
                    case 0xB142DDA08CCD652E: if v15 < 0, m.isKey("investmentAmt") { v15 = m.value }
                    case 0xC36924A097517139: if v16 < 0, m.isKey("investmentCcy") { v16 = m.value }
                    case 0x300D5D2900B15664: if v17 < 0, m.isKey("nextInvestTime") { v17 = m.value }
                    case 0x96942825B60BCB95: if v18 < 0, m.isKey("totalPnl") { v18 = m.value }
                    case 0x6E262E889E35DD62: if v19 < 0, m.isKey("totalAnnRate") { v19 = m.value }
                    case 0x560005AD7CCA38DC: if v20 < 0, m.isKey("pnlRatio") { v20 = m.value }
                    case 0xBBC4D17F447B54A5: if v21 < 0, m.isKey("mktCap") { v21 = m.value }
                    case 0xDAED1984FF6DDAC6: if v22 < 0, m.isKey("cycles") { v22 = m.value }
                    case 0x56D7AB194448A4F3: if v23 < 0, m.isKey("tag") { v23 = m.value }
                    case 0xADABDA5226275360: if v24 < 0, m.isKey("tradeQuoteCcy") { v24 = m.value }
                    case 0x76DBDC228F782DB8: if v25 < 0, m.isKey("source") { v25 = m.value }
                    case 0xA5ACCC4AC028F969: if v26 < 0, m.isKey("recurringTimeType") { v26 = m.value }
                    case 0x5223B344A8FD30FA: if v27 < 0, m.isKey("recurringTimeMinutes") { v27 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.cTime = try d.directDate(v3)
                self.uTime = try d.directDate(v4)
                self.algoOrdType = try d.directEnum(v5)
                self.state = try d.directEnum(v6)
                self.stgyName = try d.directText(v7)
                self.recurringList = try d.directNested(v8)
                self.period = try d.directEnum(v9)
                self.recurringDay = try d.directInteger(v10)
                self.recurringHour = try d.directInteger(v11)
                self.recurringTime = try d.directInteger(v12)
                self.timeZone = try d.directInteger(v13)
                self.amt = try d.directDecimal(v14)
                self.investmentAmt = try d.directDecimal(v15)
                self.investmentCcy = try d.directEnum(v16)
                self.nextInvestTime = try d.directDate(v17)
                self.totalPnl = try d.directDecimal(v18)
                self.totalAnnRate = try d.directDecimal(v19)
                self.pnlRatio = try d.directDecimal(v20)
                self.mktCap = try d.directDecimal(v21)
                self.cycles = try d.directInteger(v22)
                self.tag = try d.directText(v23)
                self.tradeQuoteCcy = try d.directText(v24)
                self.source = try d.directTexts(v25)
                self.recurringTimeType = try d.directEnum(v26)
                self.recurringTimeMinutes = try d.directInteger(v27)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.stgyName, "stgyName")
                try c.apiWriteNested(self.recurringList, "recurringList")
                try c.apiWriteEnum(self.period, "period")
                try c.apiWriteInteger(self.recurringDay, "recurringDay")
                try c.apiWriteInteger(self.recurringHour, "recurringHour")
                try c.apiWriteInteger(self.recurringTime, "recurringTime")
                try c.apiWriteInteger(self.timeZone, "timeZone")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDate(self.nextInvestTime, "nextInvestTime")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalAnnRate, "totalAnnRate")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.mktCap, "mktCap")
                try c.apiWriteInteger(self.cycles, "cycles")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteTexts(self.source, "source")
                try c.apiWriteEnum(self.recurringTimeType, "recurringTimeType")
                try c.apiWriteInteger(self.recurringTimeMinutes, "recurringTimeMinutes")
            }
        }
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-details`: “Recurring buy order details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-details
    public static func recurringBuyOrderDetails(_ request: RecurringBuyOrderDetails.Request) -> Endpoint<[RecurringBuyOrderDetails.Response]> {
        .apiGet(RecurringBuyOrderDetails.path, request)
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-history`: “Recurring buy order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-history
    public enum RecurringBuyOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/orders-algo-history"
        /// The parameters of `GET /api/v5/tradingBot/recurring/orders-algo-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text.
            public var algoId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
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
        /// One item of the `data` array of `GET /api/v5/tradingBot/recurring/orders-algo-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RecurringList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// `minPx`: a decimal number (a string on the wire).
                public let minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public let maxPx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.ratio = try c.apiDecimal("ratio")
                    self.minPx = try c.apiDecimal("minPx")
                    self.maxPx = try c.apiDecimal("maxPx")
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
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xFBC924118177ADE4: if v1 < 0, m.isKey("ratio") { v1 = m.value }
                        case 0x81D4AF62B800CDA7: if v2 < 0, m.isKey("minPx") { v2 = m.value }
                        case 0x5B27E9A4C2DF3109: if v3 < 0, m.isKey("maxPx") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.ratio = try d.directDecimal(v1)
                    self.minPx = try d.directDecimal(v2)
                    self.maxPx = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                    try c.apiWriteDecimal(self.minPx, "minPx")
                    try c.apiWriteDecimal(self.maxPx, "maxPx")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `stgyName`: text.
            public let stgyName: String?
            /// `recurringList`: a list of nested objects.
            public let recurringList: [RecurringList]?
            /// `period`: one of a documented set of values (unknown values are kept).
            public let period: Period?
            /// `recurringDay`: an integer (a string on the wire).
            public let recurringDay: Int?
            /// `recurringHour`: an integer (a string on the wire).
            public let recurringHour: Int?
            /// `recurringTime`: an integer (a string on the wire).
            public let recurringTime: Int?
            /// `timeZone`: an integer (a string on the wire).
            public let timeZone: Int?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalAnnRate`: a decimal number (a string on the wire).
            public let totalAnnRate: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `mktCap`: a decimal number (a string on the wire).
            public let mktCap: Decimal?
            /// `cycles`: an integer (a string on the wire).
            public let cycles: Int?
            /// `tag`: text.
            public let tag: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `source`: a list of text values.
            public let source: [String]?
            /// `recurringTimeType`: one of a documented set of values (unknown values are kept).
            public let recurringTimeType: RecurringTimeType?
            /// `recurringTimeMinutes`: an integer (a string on the wire).
            public let recurringTimeMinutes: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.stgyName = try c.apiText("stgyName")
                self.recurringList = try c.apiNested("recurringList")
                self.period = try c.apiEnum("period")
                self.recurringDay = try c.apiInteger("recurringDay")
                self.recurringHour = try c.apiInteger("recurringHour")
                self.recurringTime = try c.apiInteger("recurringTime")
                self.timeZone = try c.apiInteger("timeZone")
                self.amt = try c.apiDecimal("amt")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalAnnRate = try c.apiDecimal("totalAnnRate")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.mktCap = try c.apiDecimal("mktCap")
                self.cycles = try c.apiInteger("cycles")
                self.tag = try c.apiText("tag")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.source = try c.apiTexts("source")
                self.recurringTimeType = try c.apiEnum("recurringTimeType")
                self.recurringTimeMinutes = try c.apiInteger("recurringTimeMinutes")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x97CBF7DBB8D1A953: if v3 < 0, m.isKey("cTime") { v3 = m.value }
                    case 0x607ED783146D4C29: if v4 < 0, m.isKey("uTime") { v4 = m.value }
                    case 0x1ABBF023793356AD: if v5 < 0, m.isKey("algoOrdType") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0x375CD261D2F20659: if v7 < 0, m.isKey("stgyName") { v7 = m.value }
                    case 0x051B6258FCEFAEB0: if v8 < 0, m.isKey("recurringList") { v8 = m.value }
                    case 0x0528080B48EF9464: if v9 < 0, m.isKey("period") { v9 = m.value }
                    case 0xD9F092855E780852: if v10 < 0, m.isKey("recurringDay") { v10 = m.value }
                    case 0x9A2B1E3A8574035E: if v11 < 0, m.isKey("recurringHour") { v11 = m.value }
                    case 0xE6C8A823D6E3AD81: if v12 < 0, m.isKey("recurringTime") { v12 = m.value }
                    case 0x31F5D45D4D2A44A2: if v13 < 0, m.isKey("timeZone") { v13 = m.value }
                    case 0xE6F3A919051C2845: if v14 < 0, m.isKey("amt") { v14 = m.value }
                    case 0xB142DDA08CCD652E: if v15 < 0, m.isKey("investmentAmt") { v15 = m.value }
                    case 0xC36924A097517139: if v16 < 0, m.isKey("investmentCcy") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x6E262E889E35DD62: if v18 < 0, m.isKey("totalAnnRate") { v18 = m.value }
                    case 0x560005AD7CCA38DC: if v19 < 0, m.isKey("pnlRatio") { v19 = m.value }
                    case 0xBBC4D17F447B54A5: if v20 < 0, m.isKey("mktCap") { v20 = m.value }
                    case 0xDAED1984FF6DDAC6: if v21 < 0, m.isKey("cycles") { v21 = m.value }
                    case 0x56D7AB194448A4F3: if v22 < 0, m.isKey("tag") { v22 = m.value }
                    case 0xADABDA5226275360: if v23 < 0, m.isKey("tradeQuoteCcy") { v23 = m.value }
                    case 0x76DBDC228F782DB8: if v24 < 0, m.isKey("source") { v24 = m.value }
                    case 0xA5ACCC4AC028F969: if v25 < 0, m.isKey("recurringTimeType") { v25 = m.value }
                    case 0x5223B344A8FD30FA: if v26 < 0, m.isKey("recurringTimeMinutes") { v26 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.cTime = try d.directDate(v3)
                self.uTime = try d.directDate(v4)
                self.algoOrdType = try d.directEnum(v5)
                self.state = try d.directEnum(v6)
                self.stgyName = try d.directText(v7)
                self.recurringList = try d.directNested(v8)
                self.period = try d.directEnum(v9)
                self.recurringDay = try d.directInteger(v10)
                self.recurringHour = try d.directInteger(v11)
                self.recurringTime = try d.directInteger(v12)
                self.timeZone = try d.directInteger(v13)
                self.amt = try d.directDecimal(v14)
                self.investmentAmt = try d.directDecimal(v15)
                self.investmentCcy = try d.directEnum(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.totalAnnRate = try d.directDecimal(v18)
                self.pnlRatio = try d.directDecimal(v19)
                self.mktCap = try d.directDecimal(v20)
                self.cycles = try d.directInteger(v21)
                self.tag = try d.directText(v22)
                self.tradeQuoteCcy = try d.directText(v23)
                self.source = try d.directTexts(v24)
                self.recurringTimeType = try d.directEnum(v25)
                self.recurringTimeMinutes = try d.directInteger(v26)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.stgyName, "stgyName")
                try c.apiWriteNested(self.recurringList, "recurringList")
                try c.apiWriteEnum(self.period, "period")
                try c.apiWriteInteger(self.recurringDay, "recurringDay")
                try c.apiWriteInteger(self.recurringHour, "recurringHour")
                try c.apiWriteInteger(self.recurringTime, "recurringTime")
                try c.apiWriteInteger(self.timeZone, "timeZone")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalAnnRate, "totalAnnRate")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.mktCap, "mktCap")
                try c.apiWriteInteger(self.cycles, "cycles")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteTexts(self.source, "source")
                try c.apiWriteEnum(self.recurringTimeType, "recurringTimeType")
                try c.apiWriteInteger(self.recurringTimeMinutes, "recurringTimeMinutes")
            }
        }
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-history`: “Recurring buy order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-history
    public static func recurringBuyOrderHistory(_ request: RecurringBuyOrderHistory.Request = .init()) -> Endpoint<[RecurringBuyOrderHistory.Response]> {
        .apiGet(RecurringBuyOrderHistory.path, request)
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-pending`: “Recurring buy order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-list
    public enum RecurringBuyOrderList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/orders-algo-pending"
        /// The parameters of `GET /api/v5/tradingBot/recurring/orders-algo-pending`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text.
            public var algoId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
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
        /// One item of the `data` array of `GET /api/v5/tradingBot/recurring/orders-algo-pending`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct RecurringList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `ratio`: a decimal number (a string on the wire).
                public let ratio: Decimal?
                /// `minPx`: a decimal number (a string on the wire).
                public let minPx: Decimal?
                /// `maxPx`: a decimal number (a string on the wire).
                public let maxPx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.ratio = try c.apiDecimal("ratio")
                    self.minPx = try c.apiDecimal("minPx")
                    self.maxPx = try c.apiDecimal("maxPx")
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
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xFBC924118177ADE4: if v1 < 0, m.isKey("ratio") { v1 = m.value }
                        case 0x81D4AF62B800CDA7: if v2 < 0, m.isKey("minPx") { v2 = m.value }
                        case 0x5B27E9A4C2DF3109: if v3 < 0, m.isKey("maxPx") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.ratio = try d.directDecimal(v1)
                    self.minPx = try d.directDecimal(v2)
                    self.maxPx = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.ratio, "ratio")
                    try c.apiWriteDecimal(self.minPx, "minPx")
                    try c.apiWriteDecimal(self.maxPx, "maxPx")
                }
            }
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `instType`: text.
            public let instType: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `stgyName`: text.
            public let stgyName: String?
            /// `recurringList`: a list of nested objects.
            public let recurringList: [RecurringList]?
            /// `period`: one of a documented set of values (unknown values are kept).
            public let period: Period?
            /// `recurringDay`: an integer (a string on the wire).
            public let recurringDay: Int?
            /// `recurringHour`: an integer (a string on the wire).
            public let recurringHour: Int?
            /// `recurringTime`: an integer (a string on the wire).
            public let recurringTime: Int?
            /// `timeZone`: an integer (a string on the wire).
            public let timeZone: Int?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `investmentAmt`: a decimal number (a string on the wire).
            public let investmentAmt: Decimal?
            /// `investmentCcy`: one of a documented set of values (unknown values are kept).
            public let investmentCcy: InvestmentCcy?
            /// `totalPnl`: a decimal number (a string on the wire).
            public let totalPnl: Decimal?
            /// `totalAnnRate`: a decimal number (a string on the wire).
            public let totalAnnRate: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `mktCap`: a decimal number (a string on the wire).
            public let mktCap: Decimal?
            /// `cycles`: an integer (a string on the wire).
            public let cycles: Int?
            /// `tag`: text.
            public let tag: String?
            /// `tradeQuoteCcy`: text.
            public let tradeQuoteCcy: String?
            /// `source`: a list of text values.
            public let source: [String]?
            /// `recurringTimeType`: one of a documented set of values (unknown values are kept).
            public let recurringTimeType: RecurringTimeType?
            /// `recurringTimeMinutes`: an integer (a string on the wire).
            public let recurringTimeMinutes: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.instType = try c.apiText("instType")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.state = try c.apiEnum("state")
                self.stgyName = try c.apiText("stgyName")
                self.recurringList = try c.apiNested("recurringList")
                self.period = try c.apiEnum("period")
                self.recurringDay = try c.apiInteger("recurringDay")
                self.recurringHour = try c.apiInteger("recurringHour")
                self.recurringTime = try c.apiInteger("recurringTime")
                self.timeZone = try c.apiInteger("timeZone")
                self.amt = try c.apiDecimal("amt")
                self.investmentAmt = try c.apiDecimal("investmentAmt")
                self.investmentCcy = try c.apiEnum("investmentCcy")
                self.totalPnl = try c.apiDecimal("totalPnl")
                self.totalAnnRate = try c.apiDecimal("totalAnnRate")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.mktCap = try c.apiDecimal("mktCap")
                self.cycles = try c.apiInteger("cycles")
                self.tag = try c.apiText("tag")
                self.tradeQuoteCcy = try c.apiText("tradeQuoteCcy")
                self.source = try c.apiTexts("source")
                self.recurringTimeType = try c.apiEnum("recurringTimeType")
                self.recurringTimeMinutes = try c.apiInteger("recurringTimeMinutes")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    case 0x97CBF7DBB8D1A953: if v3 < 0, m.isKey("cTime") { v3 = m.value }
                    case 0x607ED783146D4C29: if v4 < 0, m.isKey("uTime") { v4 = m.value }
                    case 0x1ABBF023793356AD: if v5 < 0, m.isKey("algoOrdType") { v5 = m.value }
                    case 0xEE63AAAD45B1B116: if v6 < 0, m.isKey("state") { v6 = m.value }
                    case 0x375CD261D2F20659: if v7 < 0, m.isKey("stgyName") { v7 = m.value }
                    case 0x051B6258FCEFAEB0: if v8 < 0, m.isKey("recurringList") { v8 = m.value }
                    case 0x0528080B48EF9464: if v9 < 0, m.isKey("period") { v9 = m.value }
                    case 0xD9F092855E780852: if v10 < 0, m.isKey("recurringDay") { v10 = m.value }
                    case 0x9A2B1E3A8574035E: if v11 < 0, m.isKey("recurringHour") { v11 = m.value }
                    case 0xE6C8A823D6E3AD81: if v12 < 0, m.isKey("recurringTime") { v12 = m.value }
                    case 0x31F5D45D4D2A44A2: if v13 < 0, m.isKey("timeZone") { v13 = m.value }
                    case 0xE6F3A919051C2845: if v14 < 0, m.isKey("amt") { v14 = m.value }
                    case 0xB142DDA08CCD652E: if v15 < 0, m.isKey("investmentAmt") { v15 = m.value }
                    case 0xC36924A097517139: if v16 < 0, m.isKey("investmentCcy") { v16 = m.value }
                    case 0x96942825B60BCB95: if v17 < 0, m.isKey("totalPnl") { v17 = m.value }
                    case 0x6E262E889E35DD62: if v18 < 0, m.isKey("totalAnnRate") { v18 = m.value }
                    case 0x560005AD7CCA38DC: if v19 < 0, m.isKey("pnlRatio") { v19 = m.value }
                    case 0xBBC4D17F447B54A5: if v20 < 0, m.isKey("mktCap") { v20 = m.value }
                    case 0xDAED1984FF6DDAC6: if v21 < 0, m.isKey("cycles") { v21 = m.value }
                    case 0x56D7AB194448A4F3: if v22 < 0, m.isKey("tag") { v22 = m.value }
                    case 0xADABDA5226275360: if v23 < 0, m.isKey("tradeQuoteCcy") { v23 = m.value }
                    case 0x76DBDC228F782DB8: if v24 < 0, m.isKey("source") { v24 = m.value }
                    case 0xA5ACCC4AC028F969: if v25 < 0, m.isKey("recurringTimeType") { v25 = m.value }
                    case 0x5223B344A8FD30FA: if v26 < 0, m.isKey("recurringTimeMinutes") { v26 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.instType = try d.directText(v2)
                self.cTime = try d.directDate(v3)
                self.uTime = try d.directDate(v4)
                self.algoOrdType = try d.directEnum(v5)
                self.state = try d.directEnum(v6)
                self.stgyName = try d.directText(v7)
                self.recurringList = try d.directNested(v8)
                self.period = try d.directEnum(v9)
                self.recurringDay = try d.directInteger(v10)
                self.recurringHour = try d.directInteger(v11)
                self.recurringTime = try d.directInteger(v12)
                self.timeZone = try d.directInteger(v13)
                self.amt = try d.directDecimal(v14)
                self.investmentAmt = try d.directDecimal(v15)
                self.investmentCcy = try d.directEnum(v16)
                self.totalPnl = try d.directDecimal(v17)
                self.totalAnnRate = try d.directDecimal(v18)
                self.pnlRatio = try d.directDecimal(v19)
                self.mktCap = try d.directDecimal(v20)
                self.cycles = try d.directInteger(v21)
                self.tag = try d.directText(v22)
                self.tradeQuoteCcy = try d.directText(v23)
                self.source = try d.directTexts(v24)
                self.recurringTimeType = try d.directEnum(v25)
                self.recurringTimeMinutes = try d.directInteger(v26)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.stgyName, "stgyName")
                try c.apiWriteNested(self.recurringList, "recurringList")
                try c.apiWriteEnum(self.period, "period")
                try c.apiWriteInteger(self.recurringDay, "recurringDay")
                try c.apiWriteInteger(self.recurringHour, "recurringHour")
                try c.apiWriteInteger(self.recurringTime, "recurringTime")
                try c.apiWriteInteger(self.timeZone, "timeZone")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.investmentAmt, "investmentAmt")
                try c.apiWriteEnum(self.investmentCcy, "investmentCcy")
                try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                try c.apiWriteDecimal(self.totalAnnRate, "totalAnnRate")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.mktCap, "mktCap")
                try c.apiWriteInteger(self.cycles, "cycles")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.tradeQuoteCcy, "tradeQuoteCcy")
                try c.apiWriteTexts(self.source, "source")
                try c.apiWriteEnum(self.recurringTimeType, "recurringTimeType")
                try c.apiWriteInteger(self.recurringTimeMinutes, "recurringTimeMinutes")
            }
        }
    }

    /// `GET /api/v5/tradingBot/recurring/orders-algo-pending`: “Recurring buy order list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-order-list
    public static func recurringBuyOrderList(_ request: RecurringBuyOrderList.Request = .init()) -> Endpoint<[RecurringBuyOrderList.Response]> {
        .apiGet(RecurringBuyOrderList.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/pause`: “Pause recurring buy”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-pause-recurring-buy
    public enum PauseRecurringBuy {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/pause"
        /// The parameters of `POST /api/v5/tradingBot/recurring/pause`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-pause-recurring-buy
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
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/pause`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-pause-recurring-buy
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/pause`: “Pause recurring buy”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-pause-recurring-buy
    public static func pauseRecurringBuy(_ request: PauseRecurringBuy.Request) -> Endpoint<[PauseRecurringBuy.Response]> {
        .apiPost(PauseRecurringBuy.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/restart`: “Restart recurring buy”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-restart-recurring-buy
    public enum RestartRecurringBuy {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/restart"
        /// The parameters of `POST /api/v5/tradingBot/recurring/restart`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-restart-recurring-buy
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
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/restart`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-restart-recurring-buy
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xE8586107E6A04F6F: if v1 < 0, m.isKey("sCode") { v1 = m.value }
                    case 0x882D4C1998C80717: if v2 < 0, m.isKey("sMsg") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.sCode = try d.directText(v1)
                self.sMsg = try d.directText(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/restart`: “Restart recurring buy”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-restart-recurring-buy
    public static func restartRecurringBuy(_ request: RestartRecurringBuy.Request) -> Endpoint<[RestartRecurringBuy.Response]> {
        .apiPost(RestartRecurringBuy.path, request)
    }

    /// `POST /api/v5/tradingBot/recurring/stop-order-algo`: “Stop recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-stop-recurring-buy-order
    public enum StopRecurringBuyOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/stop-order-algo"
        /// The parameters of `POST /api/v5/tradingBot/recurring/stop-order-algo`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-stop-recurring-buy-order
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
        /// One item of the `data` array of `POST /api/v5/tradingBot/recurring/stop-order-algo`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-stop-recurring-buy-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// `sCode`: text.
            public let sCode: String?
            /// `sMsg`: text.
            public let sMsg: String?
            /// `tag`: text; deprecated.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.algoClOrdId = try c.apiText("algoClOrdId")
                self.sCode = try c.apiText("sCode")
                self.sMsg = try c.apiText("sMsg")
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
                while let h = try m.next() {
                    switch h {
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v1 < 0, m.isKey("algoClOrdId") { v1 = m.value }
                    case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                    case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                    case 0x56D7AB194448A4F3: if v4 < 0, m.isKey("tag") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.algoClOrdId = try d.directText(v1)
                self.sCode = try d.directText(v2)
                self.sMsg = try d.directText(v3)
                self.tag = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
                try c.apiWriteText(self.sCode, "sCode")
                try c.apiWriteText(self.sMsg, "sMsg")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/tradingBot/recurring/stop-order-algo`: “Stop recurring buy order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-post-stop-recurring-buy-order
    public static func stopRecurringBuyOrder(_ requests: [StopRecurringBuyOrder.Request]) -> Endpoint<[StopRecurringBuyOrder.Response]> {
        .apiPost(StopRecurringBuyOrder.path, requests)
    }

    /// `GET /api/v5/tradingBot/recurring/sub-orders`: “Recurring buy sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-sub-orders
    public enum RecurringBuySubOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/tradingBot/recurring/sub-orders"
        /// The parameters of `GET /api/v5/tradingBot/recurring/sub-orders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-sub-orders
        public struct Request: APIRequestFields, PageableRequest {
            /// `algoId`: text; required.
            public var algoId: String
            /// `ordId`: text.
            public var ordId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(algoId: String, ordId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.algoId = algoId
                self.ordId = ordId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("algoId", algoId)
                p.add("ordId", ordId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/tradingBot/recurring/sub-orders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-sub-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `algoId`: text.
            public let algoId: String
            /// `instType`: text.
            public let instType: String?
            /// `instId`: text.
            public let instId: String
            /// `algoOrdType`: one of a documented set of values (unknown values are kept).
            public let algoOrdType: AlgoOrdType?
            /// `ordId`: text.
            public let ordId: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `tdMode`: one of a documented set of values (unknown values are kept).
            public let tdMode: TdMode?
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
            /// `tag`: text.
            public let tag: String?
            /// `algoClOrdId`: text.
            public let algoClOrdId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.algoId = try c.apiRequiredText("algoId")
                self.instType = try c.apiText("instType")
                self.instId = try c.apiRequiredText("instId")
                self.algoOrdType = try c.apiEnum("algoOrdType")
                self.ordId = try c.apiText("ordId")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.tdMode = try c.apiEnum("tdMode")
                self.ordType = try c.apiEnum("ordType")
                self.sz = try c.apiDecimal("sz")
                self.state = try c.apiEnum("state")
                self.side = try c.apiEnum("side")
                self.px = try c.apiDecimal("px")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.avgPx = try c.apiDecimal("avgPx")
                self.accFillSz = try c.apiDecimal("accFillSz")
                self.tag = try c.apiText("tag")
                self.algoClOrdId = try c.apiText("algoClOrdId")
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
                    case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x1ABBF023793356AD: if v3 < 0, m.isKey("algoOrdType") { v3 = m.value }
                    case 0x6B86FB72815776DD: if v4 < 0, m.isKey("ordId") { v4 = m.value }
                    case 0x97CBF7DBB8D1A953: if v5 < 0, m.isKey("cTime") { v5 = m.value }
                    case 0x607ED783146D4C29: if v6 < 0, m.isKey("uTime") { v6 = m.value }
                    case 0x74FC9DE3D6168692: if v7 < 0, m.isKey("tdMode") { v7 = m.value }
                    case 0xE876851027B58648: if v8 < 0, m.isKey("ordType") { v8 = m.value }
                    case 0x08D94407B5794688: if v9 < 0, m.isKey("sz") { v9 = m.value }
                    case 0xEE63AAAD45B1B116: if v10 < 0, m.isKey("state") { v10 = m.value }
                    case 0x4E0C8A18E635803E: if v11 < 0, m.isKey("side") { v11 = m.value }
                    case 0x08D55007B5757215: if v12 < 0, m.isKey("px") { v12 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v13 < 0, m.isKey("fee") { v13 = m.value }
                    case 0x1E2D7FE73967FEA0: if v14 < 0, m.isKey("feeCcy") { v14 = m.value }
                    case 0xEC314E92A840CB9B: if v15 < 0, m.isKey("avgPx") { v15 = m.value }
                    case 0xE12619F1F82DFC32: if v16 < 0, m.isKey("accFillSz") { v16 = m.value }
                    case 0x56D7AB194448A4F3: if v17 < 0, m.isKey("tag") { v17 = m.value }
                    case 0xC3EEA5AE9BB45FF9: if v18 < 0, m.isKey("algoClOrdId") { v18 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.algoId = try d.directRequiredText(v0, "algoId")
                self.instType = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.algoOrdType = try d.directEnum(v3)
                self.ordId = try d.directText(v4)
                self.cTime = try d.directDate(v5)
                self.uTime = try d.directDate(v6)
                self.tdMode = try d.directEnum(v7)
                self.ordType = try d.directEnum(v8)
                self.sz = try d.directDecimal(v9)
                self.state = try d.directEnum(v10)
                self.side = try d.directEnum(v11)
                self.px = try d.directDecimal(v12)
                self.fee = try d.directDecimal(v13)
                self.feeCcy = try d.directText(v14)
                self.avgPx = try d.directDecimal(v15)
                self.accFillSz = try d.directDecimal(v16)
                self.tag = try d.directText(v17)
                self.algoClOrdId = try d.directText(v18)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.algoOrdType, "algoOrdType")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteEnum(self.tdMode, "tdMode")
                try c.apiWriteEnum(self.ordType, "ordType")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.accFillSz, "accFillSz")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.algoClOrdId, "algoClOrdId")
            }
        }
    }

    /// `GET /api/v5/tradingBot/recurring/sub-orders`: “Recurring buy sub orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-recurring-buy-get-recurring-buy-sub-orders
    public static func recurringBuySubOrders(_ request: RecurringBuySubOrders.Request) -> Endpoint<[RecurringBuySubOrders.Response]> {
        .apiGet(RecurringBuySubOrders.path, request)
    }

    /// The values of `recurringTimeType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RecurringTimeType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `period` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Period: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `monthly`.
        public static let monthly: Self = "monthly"
        /// `weekly`.
        public static let weekly: Self = "weekly"
        /// `daily`.
        public static let daily: Self = "daily"
        /// `hourly`.
        public static let hourly: Self = "hourly"
    }

    /// The values of `investmentCcy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InvestmentCcy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `USDT`.
        public static let usdt: Self = "USDT"
        /// `USDC`.
        public static let usdc: Self = "USDC"
    }

    /// The values of `tdMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TdMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `cash`.
        public static let cash: Self = "cash"
    }

    /// The values of `algoOrdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AlgoOrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `recurring`.
        public static let recurring: Self = "recurring"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `running`.
        public static let running: Self = "running"
        /// `stopping`.
        public static let stopping: Self = "stopping"
        /// `stopped`.
        public static let stopped: Self = "stopped"
        /// `pause`.
        public static let pause: Self = "pause"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `live`.
        public static let live: Self = "live"
        /// `partially_filled`.
        public static let partiallyFilled: Self = "partially_filled"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `cancelling`.
        public static let cancelling: Self = "cancelling"
    }

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `market`.
        public static let market: Self = "market"
        /// `manual_add_order`.
        public static let manualAddOrder: Self = "manual_add_order"
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
}
