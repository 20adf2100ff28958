// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “FinancialProduct”.
    public enum FinancialProduct {}
}

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/dual-investment”.
    public enum DualInvestment {}
}

extension API.FinancialProduct.DualInvestment {
    /// `GET /api/v5/finance/sfp/dcd/currency-pair`: “Currency pairs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-currency-pairs
    public enum CurrencyPairs {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/currency-pair"
        /// The parameters of `GET /api/v5/finance/sfp/dcd/currency-pair`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-currency-pairs
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/sfp/dcd/currency-pair`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-currency-pairs
        public struct Response: Codable, Sendable, TapeDirect {
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `uly`: text.
            public let uly: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.optType = try c.apiEnum("optType")
                self.uly = try c.apiText("uly")
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
                    case 0xE53F237F0E37B98D: if v0 < 0, m.isKey("baseCcy") { v0 = m.value }
                    case 0xC0BB97C28C13F59C: if v1 < 0, m.isKey("quoteCcy") { v1 = m.value }
                    case 0x907A4F35B667A37A: if v2 < 0, m.isKey("optType") { v2 = m.value }
                    case 0x4CA79C193E150437: if v3 < 0, m.isKey("uly") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.baseCcy = try d.directText(v0)
                self.quoteCcy = try d.directText(v1)
                self.optType = try d.directEnum(v2)
                self.uly = try d.directText(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteText(self.uly, "uly")
            }
        }
    }

    /// `GET /api/v5/finance/sfp/dcd/currency-pair`: “Currency pairs”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-currency-pairs
    public static func currencyPairs(_ request: CurrencyPairs.Request = .init()) -> Endpoint<[CurrencyPairs.Response]> {
        .apiGet(CurrencyPairs.path, request)
    }

    /// `GET /api/v5/finance/sfp/dcd/order-history`: “Order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-history
    public enum OrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/order-history"
        /// The parameters of `GET /api/v5/finance/sfp/dcd/order-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-history
        public struct Request: APIRequestFields {
            /// `ordId`: text.
            public var ordId: String?
            /// `productId`: text.
            public var productId: String?
            /// `uly`: text.
            public var uly: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `beginId`: text.
            public var beginId: String?
            /// `endId`: text.
            public var endId: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil, productId: String? = nil, uly: String? = nil, state: State? = nil, beginId: String? = nil, endId: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.ordId = ordId
                self.productId = productId
                self.uly = uly
                self.state = state
                self.beginId = beginId
                self.endId = endId
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("productId", productId)
                p.add("uly", uly)
                p.add("state", state)
                p.add("beginId", beginId)
                p.add("endId", endId)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/sfp/dcd/order-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `quoteId`: text.
            public let quoteId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `productId`: text.
            public let productId: String?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `uly`: text.
            public let uly: String?
            /// `strike`: a decimal number (a string on the wire).
            public let strike: Decimal?
            /// `notionalSz`: a decimal number (a string on the wire).
            public let notionalSz: Decimal?
            /// `notionalCcy`: text.
            public let notionalCcy: String?
            /// `absYield`: a decimal number (a string on the wire).
            public let absYield: Decimal?
            /// `annualizedYield`: a decimal number (a string on the wire).
            public let annualizedYield: Decimal?
            /// `yieldSz`: a decimal number (a string on the wire).
            public let yieldSz: Decimal?
            /// `yieldCcy`: text.
            public let yieldCcy: String?
            /// `settleSz`: a decimal number (a string on the wire).
            public let settleSz: Decimal?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `settlePx`: a decimal number (a string on the wire).
            public let settlePx: Decimal?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `settleTime`: a time (epoch milliseconds on the wire).
            public let settleTime: Date?
            /// `redeemStartTime`: a time (epoch milliseconds on the wire).
            public let redeemStartTime: Date?
            /// `redeemEndTime`: a time (epoch milliseconds on the wire).
            public let redeemEndTime: Date?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.quoteId = try c.apiText("quoteId")
                self.state = try c.apiEnum("state")
                self.productId = try c.apiText("productId")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.uly = try c.apiText("uly")
                self.strike = try c.apiDecimal("strike")
                self.notionalSz = try c.apiDecimal("notionalSz")
                self.notionalCcy = try c.apiText("notionalCcy")
                self.absYield = try c.apiDecimal("absYield")
                self.annualizedYield = try c.apiDecimal("annualizedYield")
                self.yieldSz = try c.apiDecimal("yieldSz")
                self.yieldCcy = try c.apiText("yieldCcy")
                self.settleSz = try c.apiDecimal("settleSz")
                self.settleCcy = try c.apiText("settleCcy")
                self.settlePx = try c.apiDecimal("settlePx")
                self.expTime = try c.apiDate("expTime")
                self.settleTime = try c.apiDate("settleTime")
                self.redeemStartTime = try c.apiDate("redeemStartTime")
                self.redeemEndTime = try c.apiDate("redeemEndTime")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xE53D9B18938FAEDA: if v1 < 0, m.isKey("quoteId") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x3A978778984B5441: if v3 < 0, m.isKey("productId") { v3 = m.value }
                    case 0xE53F237F0E37B98D: if v4 < 0, m.isKey("baseCcy") { v4 = m.value }
                    case 0xC0BB97C28C13F59C: if v5 < 0, m.isKey("quoteCcy") { v5 = m.value }
                    case 0x4CA79C193E150437: if v6 < 0, m.isKey("uly") { v6 = m.value }
                    case 0x703AEED8FAA1A0EF: if v7 < 0, m.isKey("strike") { v7 = m.value }
                    case 0x8E7118052EE095BC: if v8 < 0, m.isKey("notionalSz") { v8 = m.value }
                    case 0x5E5F09CE5798A9DA: if v9 < 0, m.isKey("notionalCcy") { v9 = m.value }
                    case 0x1EB1F79A8004EC38: if v10 < 0, m.isKey("absYield") { v10 = m.value }
                    case 0xE921881041C965F1: if v11 < 0, m.isKey("annualizedYield") { v11 = m.value }
                    case 0xD255EEE0CA126107: if v12 < 0, m.isKey("yieldSz") { v12 = m.value }
                    case 0xEDC5D1F70D00667F: if v13 < 0, m.isKey("yieldCcy") { v13 = m.value }
                    case 0x1D62296370220C43: if v14 < 0, m.isKey("settleSz") { v14 = m.value }
                    case 0x997819F7D787D2C3: if v15 < 0, m.isKey("settleCcy") { v15 = m.value }
                    case 0x1D65316370244FB2: if v16 < 0, m.isKey("settlePx") { v16 = m.value }
                    case 0x7AD30CC74063A6A1: if v17 < 0, m.isKey("expTime") { v17 = m.value }
                    case 0x75D0DBC8ACF9D87B: if v18 < 0, m.isKey("settleTime") { v18 = m.value }
                    case 0x614B170E92C2B47E: if v19 < 0, m.isKey("redeemStartTime") { v19 = m.value }
                    case 0x2952762E5CFC94FB: if v20 < 0, m.isKey("redeemEndTime") { v20 = m.value }
                    case 0x97CBF7DBB8D1A953: if v21 < 0, m.isKey("cTime") { v21 = m.value }
                    case 0x607ED783146D4C29: if v22 < 0, m.isKey("uTime") { v22 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.quoteId = try d.directText(v1)
                self.state = try d.directEnum(v2)
                self.productId = try d.directText(v3)
                self.baseCcy = try d.directText(v4)
                self.quoteCcy = try d.directText(v5)
                self.uly = try d.directText(v6)
                self.strike = try d.directDecimal(v7)
                self.notionalSz = try d.directDecimal(v8)
                self.notionalCcy = try d.directText(v9)
                self.absYield = try d.directDecimal(v10)
                self.annualizedYield = try d.directDecimal(v11)
                self.yieldSz = try d.directDecimal(v12)
                self.yieldCcy = try d.directText(v13)
                self.settleSz = try d.directDecimal(v14)
                self.settleCcy = try d.directText(v15)
                self.settlePx = try d.directDecimal(v16)
                self.expTime = try d.directDate(v17)
                self.settleTime = try d.directDate(v18)
                self.redeemStartTime = try d.directDate(v19)
                self.redeemEndTime = try d.directDate(v20)
                self.cTime = try d.directDate(v21)
                self.uTime = try d.directDate(v22)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteDecimal(self.strike, "strike")
                try c.apiWriteDecimal(self.notionalSz, "notionalSz")
                try c.apiWriteText(self.notionalCcy, "notionalCcy")
                try c.apiWriteDecimal(self.absYield, "absYield")
                try c.apiWriteDecimal(self.annualizedYield, "annualizedYield")
                try c.apiWriteDecimal(self.yieldSz, "yieldSz")
                try c.apiWriteText(self.yieldCcy, "yieldCcy")
                try c.apiWriteDecimal(self.settleSz, "settleSz")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteDecimal(self.settlePx, "settlePx")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDate(self.settleTime, "settleTime")
                try c.apiWriteDate(self.redeemStartTime, "redeemStartTime")
                try c.apiWriteDate(self.redeemEndTime, "redeemEndTime")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/finance/sfp/dcd/order-history`: “Order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-history
    public static func orderHistory(_ request: OrderHistory.Request = .init()) -> Endpoint<[OrderHistory.Response]> {
        .apiGet(OrderHistory.path, request)
    }

    /// `GET /api/v5/finance/sfp/dcd/order-status`: “Order state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-state
    public enum OrderState {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/order-status"
        /// The parameters of `GET /api/v5/finance/sfp/dcd/order-status`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-state
        public struct Request: APIRequestFields {
            /// `ordId`: text; required.
            public var ordId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String) {
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/sfp/dcd/order-status`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-state
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.state = try c.apiEnum("state")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xEE63AAAD45B1B116: if v1 < 0, m.isKey("state") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.state = try d.directEnum(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `GET /api/v5/finance/sfp/dcd/order-status`: “Order state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-order-state
    public static func orderState(_ request: OrderState.Request) -> Endpoint<[OrderState.Response]> {
        .apiGet(OrderState.path, request)
    }

    /// `GET /api/v5/finance/sfp/dcd/products`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-product-info
    public enum ProductInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/products"
        /// The parameters of `GET /api/v5/finance/sfp/dcd/products`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-product-info
        public struct Request: APIRequestFields {
            /// `baseCcy`: text; required.
            public var baseCcy: String
            /// `quoteCcy`: text; required.
            public var quoteCcy: String
            /// `optType`: one of a documented set of values (unknown values are kept); required.
            public var optType: OptType
            /// A request with the given parameters; nil ones are not sent.
            public init(baseCcy: String, quoteCcy: String, optType: OptType) {
                self.baseCcy = baseCcy
                self.quoteCcy = quoteCcy
                self.optType = optType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("baseCcy", baseCcy)
                p.add("quoteCcy", quoteCcy)
                p.add("optType", optType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/sfp/dcd/products`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-product-info
        public struct Response: Codable, Sendable, TapeDirect {
            /// `absYield`: a decimal number (a string on the wire).
            public let absYield: Decimal?
            /// `annualizedYield`: a decimal number (a string on the wire).
            public let annualizedYield: Decimal?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `notionalCcy`: text.
            public let notionalCcy: String?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `interestAccrualTime`: a time (epoch milliseconds on the wire).
            public let interestAccrualTime: Date?
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `minSize`: a decimal number (a string on the wire).
            public let minSize: Decimal?
            /// `maxSize`: a decimal number (a string on the wire).
            public let maxSize: Decimal?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `productId`: text.
            public let productId: String
            /// `quoteTime`: a time (epoch milliseconds on the wire).
            public let quoteTime: Date?
            /// `redeemStartTime`: a time (epoch milliseconds on the wire).
            public let redeemStartTime: Date?
            /// `redeemEndTime`: a time (epoch milliseconds on the wire).
            public let redeemEndTime: Date?
            /// `stepSz`: a decimal number (a string on the wire).
            public let stepSz: Decimal?
            /// `tradeEndTime`: a time (epoch milliseconds on the wire).
            public let tradeEndTime: Date?
            /// `uly`: text.
            public let uly: String?
            /// `strike`: a decimal number (a string on the wire).
            public let strike: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.absYield = try c.apiDecimal("absYield")
                self.annualizedYield = try c.apiDecimal("annualizedYield")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.notionalCcy = try c.apiText("notionalCcy")
                self.expTime = try c.apiDate("expTime")
                self.interestAccrualTime = try c.apiDate("interestAccrualTime")
                self.listTime = try c.apiDate("listTime")
                self.minSize = try c.apiDecimal("minSize")
                self.maxSize = try c.apiDecimal("maxSize")
                self.optType = try c.apiEnum("optType")
                self.productId = try c.apiRequiredText("productId")
                self.quoteTime = try c.apiDate("quoteTime")
                self.redeemStartTime = try c.apiDate("redeemStartTime")
                self.redeemEndTime = try c.apiDate("redeemEndTime")
                self.stepSz = try c.apiDecimal("stepSz")
                self.tradeEndTime = try c.apiDate("tradeEndTime")
                self.uly = try c.apiText("uly")
                self.strike = try c.apiDecimal("strike")
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
                    case 0x1EB1F79A8004EC38: if v0 < 0, m.isKey("absYield") { v0 = m.value }
                    case 0xE921881041C965F1: if v1 < 0, m.isKey("annualizedYield") { v1 = m.value }
                    case 0xE53F237F0E37B98D: if v2 < 0, m.isKey("baseCcy") { v2 = m.value }
                    case 0xC0BB97C28C13F59C: if v3 < 0, m.isKey("quoteCcy") { v3 = m.value }
                    case 0x5E5F09CE5798A9DA: if v4 < 0, m.isKey("notionalCcy") { v4 = m.value }
                    case 0x7AD30CC74063A6A1: if v5 < 0, m.isKey("expTime") { v5 = m.value }
                    case 0x36072B14B5645589: if v6 < 0, m.isKey("interestAccrualTime") { v6 = m.value }
                    case 0x01AA28CE8109F1D8: if v7 < 0, m.isKey("listTime") { v7 = m.value }
                    case 0xBA3CEFE1692223EE: if v8 < 0, m.isKey("minSize") { v8 = m.value }
                    case 0x43D24DF451C2CD48: if v9 < 0, m.isKey("maxSize") { v9 = m.value }
                    case 0x907A4F35B667A37A: if v10 < 0, m.isKey("optType") { v10 = m.value }
                    case 0x3A978778984B5441: if v11 < 0, m.isKey("productId") { v11 = m.value }
                    case 0x5FFDCA04D6D25B06: if v12 < 0, m.isKey("quoteTime") { v12 = m.value }
                    case 0x614B170E92C2B47E: if v13 < 0, m.isKey("redeemStartTime") { v13 = m.value }
                    case 0x2952762E5CFC94FB: if v14 < 0, m.isKey("redeemEndTime") { v14 = m.value }
                    case 0x6288849089B610CA: if v15 < 0, m.isKey("stepSz") { v15 = m.value }
                    case 0xF8E67E4C80B12617: if v16 < 0, m.isKey("tradeEndTime") { v16 = m.value }
                    case 0x4CA79C193E150437: if v17 < 0, m.isKey("uly") { v17 = m.value }
                    case 0x703AEED8FAA1A0EF: if v18 < 0, m.isKey("strike") { v18 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.absYield = try d.directDecimal(v0)
                self.annualizedYield = try d.directDecimal(v1)
                self.baseCcy = try d.directText(v2)
                self.quoteCcy = try d.directText(v3)
                self.notionalCcy = try d.directText(v4)
                self.expTime = try d.directDate(v5)
                self.interestAccrualTime = try d.directDate(v6)
                self.listTime = try d.directDate(v7)
                self.minSize = try d.directDecimal(v8)
                self.maxSize = try d.directDecimal(v9)
                self.optType = try d.directEnum(v10)
                self.productId = try d.directRequiredText(v11, "productId")
                self.quoteTime = try d.directDate(v12)
                self.redeemStartTime = try d.directDate(v13)
                self.redeemEndTime = try d.directDate(v14)
                self.stepSz = try d.directDecimal(v15)
                self.tradeEndTime = try d.directDate(v16)
                self.uly = try d.directText(v17)
                self.strike = try d.directDecimal(v18)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.absYield, "absYield")
                try c.apiWriteDecimal(self.annualizedYield, "annualizedYield")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteText(self.notionalCcy, "notionalCcy")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDate(self.interestAccrualTime, "interestAccrualTime")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDecimal(self.minSize, "minSize")
                try c.apiWriteDecimal(self.maxSize, "maxSize")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteDate(self.quoteTime, "quoteTime")
                try c.apiWriteDate(self.redeemStartTime, "redeemStartTime")
                try c.apiWriteDate(self.redeemEndTime, "redeemEndTime")
                try c.apiWriteDecimal(self.stepSz, "stepSz")
                try c.apiWriteDate(self.tradeEndTime, "tradeEndTime")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteDecimal(self.strike, "strike")
            }
        }
    }

    /// `GET /api/v5/finance/sfp/dcd/products`: “Product info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-get-product-info
    public static func productInfo(_ request: ProductInfo.Request) -> Endpoint<[ProductInfo.Response]> {
        .apiGet(ProductInfo.path, request)
    }

    /// `POST /api/v5/finance/sfp/dcd/quote`: “Request for quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-quote
    public enum RequestForQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/quote"
        /// The parameters of `POST /api/v5/finance/sfp/dcd/quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-quote
        public struct Request: APIRequestFields {
            /// `productId`: text; required.
            public var productId: String
            /// `notionalSz`: a decimal number (a string on the wire); required.
            public var notionalSz: Decimal
            /// `notionalCcy`: text; required.
            public var notionalCcy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(productId: String, notionalSz: Decimal, notionalCcy: String) {
                self.productId = productId
                self.notionalSz = notionalSz
                self.notionalCcy = notionalCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("productId", productId)
                p.add("notionalSz", notionalSz)
                p.add("notionalCcy", notionalCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/sfp/dcd/quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `absYield`: a decimal number (a string on the wire).
            public let absYield: Decimal?
            /// `annualizedYield`: a decimal number (a string on the wire).
            public let annualizedYield: Decimal?
            /// `interestAccrualTime`: a time (epoch milliseconds on the wire).
            public let interestAccrualTime: Date?
            /// `notionalSz`: a decimal number (a string on the wire).
            public let notionalSz: Decimal?
            /// `notionalCcy`: text.
            public let notionalCcy: String?
            /// `productId`: text.
            public let productId: String
            /// `quoteId`: text.
            public let quoteId: String?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.absYield = try c.apiDecimal("absYield")
                self.annualizedYield = try c.apiDecimal("annualizedYield")
                self.interestAccrualTime = try c.apiDate("interestAccrualTime")
                self.notionalSz = try c.apiDecimal("notionalSz")
                self.notionalCcy = try c.apiText("notionalCcy")
                self.productId = try c.apiRequiredText("productId")
                self.quoteId = try c.apiText("quoteId")
                self.validUntil = try c.apiDate("validUntil")
                self.idxPx = try c.apiDecimal("idxPx")
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
                    case 0x1EB1F79A8004EC38: if v0 < 0, m.isKey("absYield") { v0 = m.value }
                    case 0xE921881041C965F1: if v1 < 0, m.isKey("annualizedYield") { v1 = m.value }
                    case 0x36072B14B5645589: if v2 < 0, m.isKey("interestAccrualTime") { v2 = m.value }
                    case 0x8E7118052EE095BC: if v3 < 0, m.isKey("notionalSz") { v3 = m.value }
                    case 0x5E5F09CE5798A9DA: if v4 < 0, m.isKey("notionalCcy") { v4 = m.value }
                    case 0x3A978778984B5441: if v5 < 0, m.isKey("productId") { v5 = m.value }
                    case 0xE53D9B18938FAEDA: if v6 < 0, m.isKey("quoteId") { v6 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v7 < 0, m.isKey("validUntil") { v7 = m.value }
                    case 0x0E8F6C3B83CC3030: if v8 < 0, m.isKey("idxPx") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.absYield = try d.directDecimal(v0)
                self.annualizedYield = try d.directDecimal(v1)
                self.interestAccrualTime = try d.directDate(v2)
                self.notionalSz = try d.directDecimal(v3)
                self.notionalCcy = try d.directText(v4)
                self.productId = try d.directRequiredText(v5, "productId")
                self.quoteId = try d.directText(v6)
                self.validUntil = try d.directDate(v7)
                self.idxPx = try d.directDecimal(v8)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.absYield, "absYield")
                try c.apiWriteDecimal(self.annualizedYield, "annualizedYield")
                try c.apiWriteDate(self.interestAccrualTime, "interestAccrualTime")
                try c.apiWriteDecimal(self.notionalSz, "notionalSz")
                try c.apiWriteText(self.notionalCcy, "notionalCcy")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteDate(self.validUntil, "validUntil")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
            }
        }
    }

    /// `POST /api/v5/finance/sfp/dcd/quote`: “Request for quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-quote
    public static func requestForQuote(_ request: RequestForQuote.Request) -> Endpoint<[RequestForQuote.Response]> {
        .apiPost(RequestForQuote.path, request)
    }

    /// `POST /api/v5/finance/sfp/dcd/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-redeem
    public enum Redeem {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/redeem"
        /// The parameters of `POST /api/v5/finance/sfp/dcd/redeem`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-redeem
        public struct Request: APIRequestFields {
            /// `ordId`: text; required.
            public var ordId: String
            /// `quoteId`: text; required.
            public var quoteId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String, quoteId: String) {
                self.ordId = ordId
                self.quoteId = quoteId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("quoteId", quoteId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/sfp/dcd/redeem`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-redeem
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.state = try c.apiEnum("state")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xEE63AAAD45B1B116: if v1 < 0, m.isKey("state") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.state = try d.directEnum(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `POST /api/v5/finance/sfp/dcd/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-redeem
    public static func redeem(_ request: Redeem.Request) -> Endpoint<[Redeem.Response]> {
        .apiPost(Redeem.path, request)
    }

    /// `POST /api/v5/finance/sfp/dcd/redeem-quote`: “Request for redeem quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-redeem-quote
    public enum RequestForRedeemQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/redeem-quote"
        /// The parameters of `POST /api/v5/finance/sfp/dcd/redeem-quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-redeem-quote
        public struct Request: APIRequestFields {
            /// `ordId`: text; required.
            public var ordId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String) {
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/sfp/dcd/redeem-quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-redeem-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `quoteId`: text.
            public let quoteId: String?
            /// `redeemSz`: a decimal number (a string on the wire).
            public let redeemSz: Decimal?
            /// `redeemCcy`: text.
            public let redeemCcy: String?
            /// `termRate`: a decimal number (a string on the wire).
            public let termRate: Decimal?
            /// `validUntil`: a time (epoch milliseconds on the wire).
            public let validUntil: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.quoteId = try c.apiText("quoteId")
                self.redeemSz = try c.apiDecimal("redeemSz")
                self.redeemCcy = try c.apiText("redeemCcy")
                self.termRate = try c.apiDecimal("termRate")
                self.validUntil = try c.apiDate("validUntil")
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xE53D9B18938FAEDA: if v1 < 0, m.isKey("quoteId") { v1 = m.value }
                    case 0xFB4739880F20F278: if v2 < 0, m.isKey("redeemSz") { v2 = m.value }
                    case 0xA7625732050737DE: if v3 < 0, m.isKey("redeemCcy") { v3 = m.value }
                    case 0x18B3D793EF08247D: if v4 < 0, m.isKey("termRate") { v4 = m.value }
                    case 0x7C85A9C3C5EA1D13: if v5 < 0, m.isKey("validUntil") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.quoteId = try d.directText(v1)
                self.redeemSz = try d.directDecimal(v2)
                self.redeemCcy = try d.directText(v3)
                self.termRate = try d.directDecimal(v4)
                self.validUntil = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteDecimal(self.redeemSz, "redeemSz")
                try c.apiWriteText(self.redeemCcy, "redeemCcy")
                try c.apiWriteDecimal(self.termRate, "termRate")
                try c.apiWriteDate(self.validUntil, "validUntil")
            }
        }
    }

    /// `POST /api/v5/finance/sfp/dcd/redeem-quote`: “Request for redeem quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-request-for-redeem-quote
    public static func requestForRedeemQuote(_ request: RequestForRedeemQuote.Request) -> Endpoint<[RequestForRedeemQuote.Response]> {
        .apiPost(RequestForRedeemQuote.path, request)
    }

    /// `POST /api/v5/finance/sfp/dcd/trade`: “Trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-trade
    public enum Trade {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/sfp/dcd/trade"
        /// The parameters of `POST /api/v5/finance/sfp/dcd/trade`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-trade
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
        /// One item of the `data` array of `POST /api/v5/finance/sfp/dcd/trade`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-trade
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.ordId = try c.apiText("ordId")
                self.state = try c.apiEnum("state")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.ordId = try d.directText(v1)
                self.state = try d.directEnum(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `POST /api/v5/finance/sfp/dcd/trade`: “Trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-dual-investment-post-trade
    public static func trade(_ request: Trade.Request) -> Endpoint<[Trade.Response]> {
        .apiPost(Trade.path, request)
    }

    /// The values of `optType` in this section: an open set, so a value OKX adds later is kept as it is.
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

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `initial`.
        public static let initial: Self = "initial"
        /// `live`.
        public static let live: Self = "live"
        /// `pending_settle`.
        public static let pendingSettle: Self = "pending_settle"
        /// `settled`.
        public static let settled: Self = "settled"
        /// `pending_redeem`.
        public static let pendingRedeem: Self = "pending_redeem"
        /// `redeemed`.
        public static let redeemed: Self = "redeemed"
        /// `rejected`.
        public static let rejected: Self = "rejected"
        /// `pending_redeem_booking`.
        public static let pendingRedeemBooking: Self = "pending_redeem_booking"
        /// `redeeming`.
        public static let redeeming: Self = "redeeming"
        /// `pending_book`.
        public static let pendingBook: Self = "pending_book"
    }
}
