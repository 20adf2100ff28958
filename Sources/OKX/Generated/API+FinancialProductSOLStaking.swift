// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/sol-staking”.
    public enum SOLStaking {}
}

extension API.FinancialProduct.SOLStaking {
    /// `GET /api/v5/finance/staking-defi/sol/apy-history`: “APY history (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-apy-history-public
    public enum APYHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/apy-history"
        /// The parameters of `GET /api/v5/finance/staking-defi/sol/apy-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-apy-history-public
        public struct Request: APIRequestFields {
            /// `days`: an integer (a string on the wire); required.
            public var days: Int
            /// A request with the given parameters; nil ones are not sent.
            public init(days: Int) {
                self.days = days
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("days", days)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/sol/apy-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-apy-history-public
        public struct Response: Codable, Sendable {
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
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/sol/apy-history`: “APY history (Public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-apy-history-public
    public static func apyHistory(_ request: APYHistory.Request) -> Endpoint<[APYHistory.Response]> {
        .apiGet(APYHistory.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/sol/balance`: “Balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-balance
    public enum Balance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/balance"
        /// The parameters of `GET /api/v5/finance/staking-defi/sol/balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-balance
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/sol/balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-balance
        public struct Response: Codable, Sendable {
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `latestInterestAccrual`: a decimal number (a string on the wire).
            public let latestInterestAccrual: Decimal?
            /// `totalInterestAccrual`: a decimal number (a string on the wire).
            public let totalInterestAccrual: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.latestInterestAccrual = try c.apiDecimal("latestInterestAccrual")
                self.totalInterestAccrual = try c.apiDecimal("totalInterestAccrual")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.latestInterestAccrual, "latestInterestAccrual")
                try c.apiWriteDecimal(self.totalInterestAccrual, "totalInterestAccrual")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/sol/balance`: “Balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-balance
    public static func balance(_ request: Balance.Request = .init()) -> Endpoint<[Balance.Response]> {
        .apiGet(Balance.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/sol/product-info`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-product-info
    public enum ProductInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/product-info"
        /// The parameters of `GET /api/v5/finance/staking-defi/sol/product-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-product-info
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// The `data` object of `GET /api/v5/finance/staking-defi/sol/product-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-product-info
        public struct Response: Codable, Sendable {
            /// `fastRedemptionDailyLimit`: a decimal number (a string on the wire).
            public let fastRedemptionDailyLimit: Decimal?
            /// `fastRedemptionAvail`: a decimal number (a string on the wire).
            public let fastRedemptionAvail: Decimal?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// `redemptDays`: an integer (a string on the wire).
            public let redemptDays: Int?
            /// `minAmt`: a decimal number (a string on the wire).
            public let minAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fastRedemptionDailyLimit = try c.apiDecimal("fastRedemptionDailyLimit")
                self.fastRedemptionAvail = try c.apiDecimal("fastRedemptionAvail")
                self.rate = try c.apiDecimal("rate")
                self.redemptDays = try c.apiInteger("redemptDays")
                self.minAmt = try c.apiDecimal("minAmt")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.fastRedemptionDailyLimit, "fastRedemptionDailyLimit")
                try c.apiWriteDecimal(self.fastRedemptionAvail, "fastRedemptionAvail")
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteInteger(self.redemptDays, "redemptDays")
                try c.apiWriteDecimal(self.minAmt, "minAmt")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/sol/product-info`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-product-info
    public static func productInfo(_ request: ProductInfo.Request = .init()) -> Endpoint<ProductInfo.Response> {
        .apiGet(ProductInfo.path, request)
    }

    /// `POST /api/v5/finance/staking-defi/sol/purchase`: “Purchase”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-purchase
    public enum Purchase {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/purchase"
        /// The parameters of `POST /api/v5/finance/staking-defi/sol/purchase`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-purchase
        public struct Request: APIRequestFields {
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(amt: Decimal) {
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/staking-defi/sol/purchase`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-purchase
        public struct Response: Codable, Sendable {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Writes an empty object.
            public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
        }
    }

    /// `POST /api/v5/finance/staking-defi/sol/purchase`: “Purchase”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-purchase
    public static func purchase(_ request: Purchase.Request) -> Endpoint<[Purchase.Response]> {
        .apiPost(Purchase.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`: “Purchase&Redeem history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-purchase-amp-redeem-history
    public enum PurchaseRedeemHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/purchase-redeem-history"
        /// The parameters of `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-purchase-amp-redeem-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `status`: one of a documented set of values (unknown values are kept).
            public var status: Status?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, status: Status? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.type = type
                self.status = status
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("status", status)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-purchase-amp-redeem-history
        public struct Response: Codable, Sendable {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `redeemingAmt`: a decimal number (a string on the wire).
            public let redeemingAmt: Decimal?
            /// `status`: one of a documented set of values (unknown values are kept).
            public let status: Status?
            /// `requestTime`: a time (epoch milliseconds on the wire).
            public let requestTime: Date?
            /// `completedTime`: a time (epoch milliseconds on the wire).
            public let completedTime: Date?
            /// `estCompletedTime`: a time (epoch milliseconds on the wire).
            public let estCompletedTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.amt = try c.apiDecimal("amt")
                self.redeemingAmt = try c.apiDecimal("redeemingAmt")
                self.status = try c.apiEnum("status")
                self.requestTime = try c.apiDate("requestTime")
                self.completedTime = try c.apiDate("completedTime")
                self.estCompletedTime = try c.apiDate("estCompletedTime")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.redeemingAmt, "redeemingAmt")
                try c.apiWriteEnum(self.status, "status")
                try c.apiWriteDate(self.requestTime, "requestTime")
                try c.apiWriteDate(self.completedTime, "completedTime")
                try c.apiWriteDate(self.estCompletedTime, "estCompletedTime")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`: “Purchase&Redeem history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-get-purchase-amp-redeem-history
    public static func purchaseRedeemHistory(_ request: PurchaseRedeemHistory.Request = .init()) -> Endpoint<[PurchaseRedeemHistory.Response]> {
        .apiGet(PurchaseRedeemHistory.path, request)
    }

    /// `POST /api/v5/finance/staking-defi/sol/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-redeem
    public enum Redeem {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/sol/redeem"
        /// The parameters of `POST /api/v5/finance/staking-defi/sol/redeem`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-redeem
        public struct Request: APIRequestFields {
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(amt: Decimal) {
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/staking-defi/sol/redeem`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-redeem
        public struct Response: Codable, Sendable {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Writes an empty object.
            public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
        }
    }

    /// `POST /api/v5/finance/staking-defi/sol/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-sol-staking-post-redeem
    public static func redeem(_ request: Redeem.Request) -> Endpoint<[Redeem.Response]> {
        .apiPost(Redeem.path, request)
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `purchase`.
        public static let purchase: Self = "purchase"
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
