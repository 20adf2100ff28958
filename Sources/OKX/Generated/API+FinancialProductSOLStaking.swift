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
        public struct Response: Codable, Sendable, TapeDirect {
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
                    case 0xC294DB0067E3D35D: if v2 < 0, m.isKey("latestInterestAccrual") { v2 = m.value }
                    case 0x1224B1B9EB004DC8: if v3 < 0, m.isKey("totalInterestAccrual") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.amt = try d.directDecimal(v1)
                self.latestInterestAccrual = try d.directDecimal(v2)
                self.totalInterestAccrual = try d.directDecimal(v3)
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
        public struct Response: Codable, Sendable, TapeDirect {
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
                    case 0xBCEE308D2095E97E: if v0 < 0, m.isKey("fastRedemptionDailyLimit") { v0 = m.value }
                    case 0x3E003BA3C8EA112D: if v1 < 0, m.isKey("fastRedemptionAvail") { v1 = m.value }
                    case 0x6D91221FD1CE5547: if v2 < 0, m.isKey("rate") { v2 = m.value }
                    case 0x9A5DA10EAA5E1E25: if v3 < 0, m.isKey("redemptDays") { v3 = m.value }
                    case 0x1EFC4ABEF2D543AB: if v4 < 0, m.isKey("minAmt") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fastRedemptionDailyLimit = try d.directDecimal(v0)
                self.fastRedemptionAvail = try d.directDecimal(v1)
                self.rate = try d.directDecimal(v2)
                self.redemptDays = try d.directInteger(v3)
                self.minAmt = try d.directDecimal(v4)
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Reads nothing, like `init(from:)`.
            package init(tape: JSONTape, at index: Int32) throws {}
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
        public struct Response: Codable, Sendable, TapeDirect {
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
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                    case 0x04872ED335CCEC87: if v2 < 0, m.isKey("redeemingAmt") { v2 = m.value }
                    case 0xC4D5696D6CC12C2F: if v3 < 0, m.isKey("status") { v3 = m.value }
                    case 0xCC96228DE631D913: if v4 < 0, m.isKey("requestTime") { v4 = m.value }
                    case 0x5451B7BB8C16D933: if v5 < 0, m.isKey("completedTime") { v5 = m.value }
                    case 0x81EE18769AF7DE79: if v6 < 0, m.isKey("estCompletedTime") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.amt = try d.directDecimal(v1)
                self.redeemingAmt = try d.directDecimal(v2)
                self.status = try d.directEnum(v3)
                self.requestTime = try d.directDate(v4)
                self.completedTime = try d.directDate(v5)
                self.estCompletedTime = try d.directDate(v6)
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Reads nothing, like `init(from:)`.
            package init(tape: JSONTape, at index: Int32) throws {}
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
