// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/stable-rewards”.
    public enum StableRewards {}
}

extension API.FinancialProduct.StableRewards {
    /// `GET /api/v5/finance/stable-rewards/apy-history`: “APY history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-apy-history
    public enum APYHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/apy-history"
        /// The parameters of `GET /api/v5/finance/stable-rewards/apy-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-apy-history
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `days`: an integer (a string on the wire).
            public var days: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, days: Int? = nil) {
                self.ccy = ccy
                self.days = days
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("days", days)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/stable-rewards/apy-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-apy-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.rate = try c.apiDecimal("rate")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6D91221FD1CE5547: if v0 < 0, m.isKey("rate") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.rate = try d.directDecimal(v0)
                self.ts = try d.directDate(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/stable-rewards/apy-history`: “APY history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-apy-history
    public static func apyHistory(_ request: APYHistory.Request) -> Endpoint<[APYHistory.Response]> {
        .apiGet(APYHistory.path, request)
    }

    /// `GET /api/v5/finance/stable-rewards/balance`: “Balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-balance
    public enum Balance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/balance"
        /// The parameters of `GET /api/v5/finance/stable-rewards/balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-balance
        public struct Request: APIRequestFields {
            /// `ccy`: text.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil) {
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/stable-rewards/balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `totalEarnAccrual`: a decimal number (a string on the wire).
                public let totalEarnAccrual: Decimal?
                /// `state`: one of a documented set of values (unknown values are kept).
                public let state: State?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.amt = try c.apiDecimal("amt")
                    self.totalEarnAccrual = try c.apiDecimal("totalEarnAccrual")
                    self.state = try c.apiEnum("state")
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
                        case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                        case 0x9A68DEA95B879674: if v2 < 0, m.isKey("totalEarnAccrual") { v2 = m.value }
                        case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.amt = try d.directDecimal(v1)
                    self.totalEarnAccrual = try d.directDecimal(v2)
                    self.state = try d.directEnum(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.totalEarnAccrual, "totalEarnAccrual")
                    try c.apiWriteEnum(self.state, "state")
                }
            }
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.details = try c.apiNested("details")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xB9515701B1F5FC65: if v0 < 0, m.isKey("details") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.details = try d.directNested(v0)
                self.ts = try d.directDate(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.details, "details")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/stable-rewards/balance`: “Balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-balance
    public static func balance(_ request: Balance.Request = .init()) -> Endpoint<[Balance.Response]> {
        .apiGet(Balance.path, request)
    }

    /// `GET /api/v5/finance/stable-rewards/product-info`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-product-info
    public enum ProductInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/product-info"
        /// The parameters of `GET /api/v5/finance/stable-rewards/product-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-product-info
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String) {
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/stable-rewards/product-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-product-info
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `settleCcy`: text.
                public let settleCcy: String?
                /// `subFeeRate`: a decimal number (a string on the wire).
                public let subFeeRate: Decimal?
                /// `redemptFeeRate`: a decimal number (a string on the wire).
                public let redemptFeeRate: Decimal?
                /// `minSubAmt`: a decimal number (a string on the wire).
                public let minSubAmt: Decimal?
                /// `minRedeemAmt`: a decimal number (a string on the wire).
                public let minRedeemAmt: Decimal?
                /// `remainingSubQuota`: a decimal number (a string on the wire).
                public let remainingSubQuota: Decimal?
                /// `remainingRedemptQuota`: a decimal number (a string on the wire).
                public let remainingRedemptQuota: Decimal?
                /// `canRedeem`: a boolean.
                public let canRedeem: Bool?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.settleCcy = try c.apiText("settleCcy")
                    self.subFeeRate = try c.apiDecimal("subFeeRate")
                    self.redemptFeeRate = try c.apiDecimal("redemptFeeRate")
                    self.minSubAmt = try c.apiDecimal("minSubAmt")
                    self.minRedeemAmt = try c.apiDecimal("minRedeemAmt")
                    self.remainingSubQuota = try c.apiDecimal("remainingSubQuota")
                    self.remainingRedemptQuota = try c.apiDecimal("remainingRedemptQuota")
                    self.canRedeem = try c.apiBoolean("canRedeem")
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
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0x997819F7D787D2C3: if v1 < 0, m.isKey("settleCcy") { v1 = m.value }
                        case 0xB6ECB73C95CC7E59: if v2 < 0, m.isKey("subFeeRate") { v2 = m.value }
                        case 0xB687ADB07739740C: if v3 < 0, m.isKey("redemptFeeRate") { v3 = m.value }
                        case 0xF6C18FB1F390B917: if v4 < 0, m.isKey("minSubAmt") { v4 = m.value }
                        case 0xD83BC58D7E6E906F: if v5 < 0, m.isKey("minRedeemAmt") { v5 = m.value }
                        case 0x7A02B6E84CB24DDD: if v6 < 0, m.isKey("remainingSubQuota") { v6 = m.value }
                        case 0x396FCC9C1FD6736C: if v7 < 0, m.isKey("remainingRedemptQuota") { v7 = m.value }
                        case 0x62E0AA9A0F782975: if v8 < 0, m.isKey("canRedeem") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.settleCcy = try d.directText(v1)
                    self.subFeeRate = try d.directDecimal(v2)
                    self.redemptFeeRate = try d.directDecimal(v3)
                    self.minSubAmt = try d.directDecimal(v4)
                    self.minRedeemAmt = try d.directDecimal(v5)
                    self.remainingSubQuota = try d.directDecimal(v6)
                    self.remainingRedemptQuota = try d.directDecimal(v7)
                    self.canRedeem = try d.directBoolean(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteText(self.settleCcy, "settleCcy")
                    try c.apiWriteDecimal(self.subFeeRate, "subFeeRate")
                    try c.apiWriteDecimal(self.redemptFeeRate, "redemptFeeRate")
                    try c.apiWriteDecimal(self.minSubAmt, "minSubAmt")
                    try c.apiWriteDecimal(self.minRedeemAmt, "minRedeemAmt")
                    try c.apiWriteDecimal(self.remainingSubQuota, "remainingSubQuota")
                    try c.apiWriteDecimal(self.remainingRedemptQuota, "remainingRedemptQuota")
                    try c.apiWriteBoolean(self.canRedeem, "canRedeem")
                }
            }
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.details = try c.apiNested("details")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xB9515701B1F5FC65: if v0 < 0, m.isKey("details") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.details = try d.directNested(v0)
                self.ts = try d.directDate(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.details, "details")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/stable-rewards/product-info`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-product-info
    public static func productInfo(_ request: ProductInfo.Request) -> Endpoint<[ProductInfo.Response]> {
        .apiGet(ProductInfo.path, request)
    }

    /// `POST /api/v5/finance/stable-rewards/quote`: “Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-quote
    public enum Quote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/quote"
        /// The parameters of `POST /api/v5/finance/stable-rewards/quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-quote
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `settleCcy`: text; required.
            public var settleCcy: String
            /// `action`: one of a documented set of values (unknown values are kept); required.
            public var action: Action
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, settleCcy: String, action: Action, amt: Decimal) {
                self.ccy = ccy
                self.settleCcy = settleCcy
                self.action = action
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("settleCcy", settleCcy)
                p.add("action", action)
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/stable-rewards/quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `quoteAmt`: a decimal number (a string on the wire).
            public let quoteAmt: Decimal?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `exchRate`: a decimal number (a string on the wire).
            public let exchRate: Decimal?
            /// `feeRate`: a decimal number (a string on the wire).
            public let feeRate: Decimal?
            /// `quoteTime`: a time (epoch milliseconds on the wire).
            public let quoteTime: Date?
            /// `ttlMs`: an integer (a string on the wire).
            public let ttlMs: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.quoteAmt = try c.apiDecimal("quoteAmt")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.exchRate = try c.apiDecimal("exchRate")
                self.feeRate = try c.apiDecimal("feeRate")
                self.quoteTime = try c.apiDate("quoteTime")
                self.ttlMs = try c.apiInteger("ttlMs")
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
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0xD22FEEC295FFCB2B: if v1 < 0, m.isKey("quoteAmt") { v1 = m.value }
                    case 0xC0BB97C28C13F59C: if v2 < 0, m.isKey("quoteCcy") { v2 = m.value }
                    case 0x5D7C6584307E43A1: if v3 < 0, m.isKey("exchRate") { v3 = m.value }
                    case 0x557791756A9F77C9: if v4 < 0, m.isKey("feeRate") { v4 = m.value }
                    case 0x5FFDCA04D6D25B06: if v5 < 0, m.isKey("quoteTime") { v5 = m.value }
                    case 0x9E4209D7A794E163: if v6 < 0, m.isKey("ttlMs") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.quoteAmt = try d.directDecimal(v1)
                self.quoteCcy = try d.directText(v2)
                self.exchRate = try d.directDecimal(v3)
                self.feeRate = try d.directDecimal(v4)
                self.quoteTime = try d.directDate(v5)
                self.ttlMs = try d.directInteger(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteDecimal(self.quoteAmt, "quoteAmt")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteDecimal(self.exchRate, "exchRate")
                try c.apiWriteDecimal(self.feeRate, "feeRate")
                try c.apiWriteDate(self.quoteTime, "quoteTime")
                try c.apiWriteInteger(self.ttlMs, "ttlMs")
            }
        }
    }

    /// `POST /api/v5/finance/stable-rewards/quote`: “Quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-quote
    public static func quote(_ request: Quote.Request) -> Endpoint<[Quote.Response]> {
        .apiPost(Quote.path, request)
    }

    /// `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`: “Subscribe redeem history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-subscribe-redeem-history
    public enum SubscribeRedeemHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/subscribe-redeem-history"
        /// The parameters of `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-subscribe-redeem-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text; required.
            public var ccy: String
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `status`: one of a documented set of values (unknown values are kept).
            public var status: Status?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, type: TypeValue? = nil, status: Status? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.type = type
                self.status = status
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("status", status)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-subscribe-redeem-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `ccy`: text.
            public let ccy: String?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `ccyAmt`: a decimal number (a string on the wire).
            public let ccyAmt: Decimal?
            /// `settleCcyAmt`: a decimal number (a string on the wire).
            public let settleCcyAmt: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `quoteId`: text.
            public let quoteId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.status = try c.apiEnum("status")
                self.ccy = try c.apiText("ccy")
                self.settleCcy = try c.apiText("settleCcy")
                self.ccyAmt = try c.apiDecimal("ccyAmt")
                self.settleCcyAmt = try c.apiDecimal("settleCcyAmt")
                self.fee = try c.apiDecimal("fee")
                self.quoteId = try c.apiRequiredText("quoteId")
                self.ordId = try c.apiText("ordId")
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
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xC4D5696D6CC12C2F: if v1 < 0, m.isKey("status") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x997819F7D787D2C3: if v3 < 0, m.isKey("settleCcy") { v3 = m.value }
                    case 0x0EAAE7120534EEAC: if v4 < 0, m.isKey("ccyAmt") { v4 = m.value }
                    case 0x43C0233EB4DDFB3F: if v5 < 0, m.isKey("settleCcyAmt") { v5 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v6 < 0, m.isKey("fee") { v6 = m.value }
                    case 0xE53D9B18938FAEDA: if v7 < 0, m.isKey("quoteId") { v7 = m.value }
                    case 0x6B86FB72815776DD: if v8 < 0, m.isKey("ordId") { v8 = m.value }
                    case 0x08C83D07B56AC770: if v9 < 0, m.isKey("ts") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.status = try d.directEnum(v1)
                self.ccy = try d.directText(v2)
                self.settleCcy = try d.directText(v3)
                self.ccyAmt = try d.directDecimal(v4)
                self.settleCcyAmt = try d.directDecimal(v5)
                self.fee = try d.directDecimal(v6)
                self.quoteId = try d.directRequiredText(v7, "quoteId")
                self.ordId = try d.directText(v8)
                self.ts = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteDecimal(self.ccyAmt, "ccyAmt")
                try c.apiWriteDecimal(self.settleCcyAmt, "settleCcyAmt")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`: “Subscribe redeem history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-get-subscribe-redeem-history
    public static func subscribeRedeemHistory(_ request: SubscribeRedeemHistory.Request) -> Endpoint<[SubscribeRedeemHistory.Response]> {
        .apiGet(SubscribeRedeemHistory.path, request)
    }

    /// `POST /api/v5/finance/stable-rewards/trade`: “Trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-trade
    public enum Trade {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/stable-rewards/trade"
        /// The parameters of `POST /api/v5/finance/stable-rewards/trade`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-trade
        public struct Request: APIRequestFields {
            /// `quoteId`: text; required.
            public var quoteId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteId: String) {
                self.quoteId = quoteId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteId", quoteId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/stable-rewards/trade`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-trade
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `ordId`: text.
            public let ordId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.ordId = try c.apiText("ordId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.ordId = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.ordId, "ordId")
            }
        }
    }

    /// `POST /api/v5/finance/stable-rewards/trade`: “Trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-stable-rewards-post-trade
    public static func trade(_ request: Trade.Request) -> Endpoint<[Trade.Response]> {
        .apiPost(Trade.path, request)
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `earning`.
        public static let earning: Self = "earning"
        /// `pending`.
        public static let pending: Self = "pending"
    }

    /// The values of `action` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Action: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `subscribe`.
        public static let subscribe: Self = "subscribe"
        /// `redeem`.
        public static let redeem: Self = "redeem"
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `subscribe`.
        public static let subscribe: Self = "subscribe"
        /// `redeem`.
        public static let redeem: Self = "redeem"
    }

    /// The values of `status` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Status: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `pending`.
        public static let pending: Self = "pending"
        /// `success`.
        public static let success: Self = "success"
        /// `failed`.
        public static let failed: Self = "failed"
    }
}
