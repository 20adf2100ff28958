// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/flexible-loan”.
    public enum FlexibleLoan {}
}

extension API.FinancialProduct.FlexibleLoan {
    /// `POST /api/v5/finance/flexible-loan/adjust-collateral`: “Adjust collateral”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-adjust-collateral
    public enum AdjustCollateral {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/adjust-collateral"
        /// The parameters of `POST /api/v5/finance/flexible-loan/adjust-collateral`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-adjust-collateral
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `collateralCcy`: text; required.
            public var collateralCcy: String
            /// `collateralAmt`: a decimal number (a string on the wire); required.
            public var collateralAmt: Decimal
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue, collateralCcy: String, collateralAmt: Decimal, ordId: String? = nil) {
                self.type = type
                self.collateralCcy = collateralCcy
                self.collateralAmt = collateralAmt
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("collateralCcy", collateralCcy)
                p.add("collateralAmt", collateralAmt)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/flexible-loan/adjust-collateral`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-adjust-collateral
        public struct Response: Codable, Sendable {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Writes an empty object.
            public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
        }
    }

    /// `POST /api/v5/finance/flexible-loan/adjust-collateral`: “Adjust collateral”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-adjust-collateral
    public static func adjustCollateral(_ request: AdjustCollateral.Request) -> Endpoint<[AdjustCollateral.Response]> {
        .apiPost(AdjustCollateral.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/borrow-currencies`: “Borrowable currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-borrowable-currencies
    public enum BorrowableCurrencies {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/borrow-currencies"
        /// The parameters of `GET /api/v5/finance/flexible-loan/borrow-currencies`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-borrowable-currencies
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/borrow-currencies`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-borrowable-currencies
        public struct Response: Codable, Sendable {
            /// `borrowCcy`: text.
            public let borrowCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.borrowCcy = try c.apiText("borrowCcy")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.borrowCcy, "borrowCcy")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/borrow-currencies`: “Borrowable currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-borrowable-currencies
    public static func borrowableCurrencies(_ request: BorrowableCurrencies.Request = .init()) -> Endpoint<[BorrowableCurrencies.Response]> {
        .apiGet(BorrowableCurrencies.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/collateral-assets`: “Collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-collateral-assets
    public enum CollateralAssets {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/collateral-assets"
        /// The parameters of `GET /api/v5/finance/flexible-loan/collateral-assets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-collateral-assets
        public struct Request: APIRequestFields {
            /// `ccy`: text.
            public var ccy: String?
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, ordId: String? = nil) {
                self.ccy = ccy
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/collateral-assets`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-collateral-assets
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct Assets: Codable, Sendable {
                /// `ccy`: text.
                public let ccy: String?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `notionalUsd`: a decimal number (a string on the wire).
                public let notionalUsd: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.amt = try c.apiDecimal("amt")
                    self.notionalUsd = try c.apiDecimal("notionalUsd")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                }
            }
            /// `assets`: a list of nested objects.
            public let assets: [Assets]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.assets = try c.apiNested("assets")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.assets, "assets")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/collateral-assets`: “Collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-collateral-assets
    public static func collateralAssets(_ request: CollateralAssets.Request = .init()) -> Endpoint<[CollateralAssets.Response]> {
        .apiGet(CollateralAssets.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/interest-accrued`: “Accrued interest”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-accrued-interest
    public enum AccruedInterest {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/interest-accrued"
        /// The parameters of `GET /api/v5/finance/flexible-loan/interest-accrued`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-accrued-interest
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil, ordId: String? = nil) {
                self.ccy = ccy
                self.after = after
                self.before = before
                self.limit = limit
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/interest-accrued`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-accrued-interest
        public struct Response: Codable, Sendable {
            /// `refId`: text.
            public let refId: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `loan`: a decimal number (a string on the wire).
            public let loan: Decimal?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `interestRate`: a decimal number (a string on the wire).
            public let interestRate: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.refId = try c.apiText("refId")
                self.ccy = try c.apiText("ccy")
                self.loan = try c.apiDecimal("loan")
                self.interest = try c.apiDecimal("interest")
                self.interestRate = try c.apiDecimal("interestRate")
                self.ts = try c.apiDate("ts")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.refId, "refId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.loan, "loan")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteDecimal(self.interestRate, "interestRate")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/interest-accrued`: “Accrued interest”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-accrued-interest
    public static func accruedInterest(_ request: AccruedInterest.Request = .init()) -> Endpoint<[AccruedInterest.Response]> {
        .apiGet(AccruedInterest.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/loan-history`: “Loan history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-history
    public enum LoanHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/loan-history"
        /// The parameters of `GET /api/v5/finance/flexible-loan/loan-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil, ordId: String? = nil) {
                self.type = type
                self.after = after
                self.before = before
                self.limit = limit
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/loan-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-history
        public struct Response: Codable, Sendable {
            /// `refId`: text.
            public let refId: String?
            /// `type`: text.
            public let type: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.refId = try c.apiText("refId")
                self.type = try c.apiText("type")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.ts = try c.apiDate("ts")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.refId, "refId")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/loan-history`: “Loan history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-history
    public static func loanHistory(_ request: LoanHistory.Request = .init()) -> Endpoint<[LoanHistory.Response]> {
        .apiGet(LoanHistory.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/loan-info`: “Loan info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-info
    public enum LoanInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/loan-info"
        /// The parameters of `GET /api/v5/finance/flexible-loan/loan-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-info
        public struct Request: APIRequestFields {
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil) {
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/loan-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-info
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct LoanData: Codable, Sendable {
                /// `ccy`: text.
                public let ccy: String?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.amt = try c.apiDecimal("amt")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                }
            }
            /// A nested object of the response.
            public struct CollateralData: Codable, Sendable {
                /// `ccy`: text.
                public let ccy: String?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.amt = try c.apiDecimal("amt")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                }
            }
            /// A nested object of the response.
            public struct RiskWarningData: Codable, Sendable {
                /// `instId`: text.
                public let instId: String?
                /// `liqPx`: a decimal number (a string on the wire).
                public let liqPx: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.liqPx = try c.apiDecimal("liqPx")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.liqPx, "liqPx")
                }
            }
            /// `ordId`: text.
            public let ordId: String
            /// `loanNotionalUsd`: a decimal number (a string on the wire).
            public let loanNotionalUsd: Decimal?
            /// `loanData`: a list of nested objects.
            public let loanData: [LoanData]?
            /// `collateralNotionalUsd`: a decimal number (a string on the wire).
            public let collateralNotionalUsd: Decimal?
            /// `collateralData`: a list of nested objects.
            public let collateralData: [CollateralData]?
            /// `riskWarningData`: a nested object.
            public let riskWarningData: RiskWarningData?
            /// `curLTV`: a decimal number (a string on the wire).
            public let curLTV: Decimal?
            /// `marginCallLTV`: a decimal number (a string on the wire).
            public let marginCallLTV: Decimal?
            /// `liqLTV`: a decimal number (a string on the wire).
            public let liqLTV: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.loanNotionalUsd = try c.apiDecimal("loanNotionalUsd")
                self.loanData = try c.apiNested("loanData")
                self.collateralNotionalUsd = try c.apiDecimal("collateralNotionalUsd")
                self.collateralData = try c.apiNested("collateralData")
                self.riskWarningData = try c.apiNested("riskWarningData")
                self.curLTV = try c.apiDecimal("curLTV")
                self.marginCallLTV = try c.apiDecimal("marginCallLTV")
                self.liqLTV = try c.apiDecimal("liqLTV")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteDecimal(self.loanNotionalUsd, "loanNotionalUsd")
                try c.apiWriteNested(self.loanData, "loanData")
                try c.apiWriteDecimal(self.collateralNotionalUsd, "collateralNotionalUsd")
                try c.apiWriteNested(self.collateralData, "collateralData")
                try c.apiWriteNested(self.riskWarningData, "riskWarningData")
                try c.apiWriteDecimal(self.curLTV, "curLTV")
                try c.apiWriteDecimal(self.marginCallLTV, "marginCallLTV")
                try c.apiWriteDecimal(self.liqLTV, "liqLTV")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/loan-info`: “Loan info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-loan-info
    public static func loanInfo(_ request: LoanInfo.Request = .init()) -> Endpoint<[LoanInfo.Response]> {
        .apiGet(LoanInfo.path, request)
    }

    /// `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`: “Maximum collateral redeem amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-maximum-collateral-redeem-amount
    public enum MaximumCollateralRedeemAmount {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/max-collateral-redeem-amount"
        /// The parameters of `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-maximum-collateral-redeem-amount
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `ordId`: text.
            public var ordId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, ordId: String? = nil) {
                self.ccy = ccy
                self.ordId = ordId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("ordId", ordId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-maximum-collateral-redeem-amount
        public struct Response: Codable, Sendable {
            /// `ccy`: text.
            public let ccy: String?
            /// `maxRedeemAmt`: a decimal number (a string on the wire).
            public let maxRedeemAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.maxRedeemAmt = try c.apiDecimal("maxRedeemAmt")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.maxRedeemAmt, "maxRedeemAmt")
            }
        }
    }

    /// `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`: “Maximum collateral redeem amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-get-maximum-collateral-redeem-amount
    public static func maximumCollateralRedeemAmount(_ request: MaximumCollateralRedeemAmount.Request) -> Endpoint<[MaximumCollateralRedeemAmount.Response]> {
        .apiGet(MaximumCollateralRedeemAmount.path, request)
    }

    /// `POST /api/v5/finance/flexible-loan/max-loan`: “Maximum loan amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-maximum-loan-amount
    public enum MaximumLoanAmount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/flexible-loan/max-loan"
        /// The parameters of `POST /api/v5/finance/flexible-loan/max-loan`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-maximum-loan-amount
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct SupCollateral: APIRequestFields {
                /// `ccy`: text; required.
                public var ccy: String
                /// `amt`: a decimal number (a string on the wire); required.
                public var amt: Decimal
                /// A request with the given parameters; nil ones are not sent.
                public init(ccy: String, amt: Decimal) {
                    self.ccy = ccy
                    self.amt = amt
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("ccy", ccy)
                    p.add("amt", amt)
                    return p
                }
            }
            /// `borrowCcy`: text; required.
            public var borrowCcy: String
            /// `ordId`: text.
            public var ordId: String?
            /// `supCollateral`: a list of nested objects.
            public var supCollateral: [SupCollateral]?
            /// A request with the given parameters; nil ones are not sent.
            public init(borrowCcy: String, ordId: String? = nil, supCollateral: [SupCollateral]? = nil) {
                self.borrowCcy = borrowCcy
                self.ordId = ordId
                self.supCollateral = supCollateral
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("borrowCcy", borrowCcy)
                p.add("ordId", ordId)
                p.add("supCollateral", supCollateral)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/flexible-loan/max-loan`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-maximum-loan-amount
        public struct Response: Codable, Sendable {
            /// `borrowCcy`: text.
            public let borrowCcy: String?
            /// `maxLoan`: a decimal number (a string on the wire).
            public let maxLoan: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `remainingQuota`: a decimal number (a string on the wire).
            public let remainingQuota: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.borrowCcy = try c.apiText("borrowCcy")
                self.maxLoan = try c.apiDecimal("maxLoan")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.remainingQuota = try c.apiDecimal("remainingQuota")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.borrowCcy, "borrowCcy")
                try c.apiWriteDecimal(self.maxLoan, "maxLoan")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteDecimal(self.remainingQuota, "remainingQuota")
            }
        }
    }

    /// `POST /api/v5/finance/flexible-loan/max-loan`: “Maximum loan amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-flexible-loan-post-maximum-loan-amount
    public static func maximumLoanAmount(_ request: MaximumLoanAmount.Request) -> Endpoint<[MaximumLoanAmount.Response]> {
        .apiPost(MaximumLoanAmount.path, request)
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
        /// `borrowed`.
        public static let borrowed: Self = "borrowed"
        /// `repaid`.
        public static let repaid: Self = "repaid"
        /// `collateral_locked`.
        public static let collateralLocked: Self = "collateral_locked"
        /// `collateral_released`.
        public static let collateralReleased: Self = "collateral_released"
        /// `forced_repayment_buy`.
        public static let forcedRepaymentBuy: Self = "forced_repayment_buy"
        /// `forced_repayment_sell`.
        public static let forcedRepaymentSell: Self = "forced_repayment_sell"
        /// `forced_liquidation`.
        public static let forcedLiquidation: Self = "forced_liquidation"
        /// `partial_liquidation`.
        public static let partialLiquidation: Self = "partial_liquidation"
        /// `sell_collateral`.
        public static let sellCollateral: Self = "sell_collateral"
        /// `buy_transition_coin`.
        public static let buyTransitionCoin: Self = "buy_transition_coin"
        /// `sell_transition_coin`.
        public static let sellTransitionCoin: Self = "sell_transition_coin"
        /// `buy_borrowed_coin`.
        public static let buyBorrowedCoin: Self = "buy_borrowed_coin"
    }
}
