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
        public struct Response: Codable, Sendable, TapeDirect {
            /// The docs list no fields for this item.
            public init(from decoder: any Decoder) throws {}
            /// Reads nothing, like `init(from:)`.
            package init(tape: JSONTape, at index: Int32) throws {}
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// `borrowCcy`: text.
            public let borrowCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.borrowCcy = try c.apiText("borrowCcy")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x852522D0C2FA7455: if v0 < 0, m.isKey("borrowCcy") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.borrowCcy = try d.directText(v0)
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Assets: Codable, Sendable, TapeDirect {
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                        case 0xFCADCCCEB1F0F653: if v2 < 0, m.isKey("notionalUsd") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.amt = try d.directDecimal(v1)
                    self.notionalUsd = try d.directDecimal(v2)
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF88A72BDB42BAC38: if v0 < 0, m.isKey("assets") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.assets = try d.directNested(v0)
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
        public struct Response: Codable, Sendable, TapeDirect {
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
                    case 0xB4288CF31E2C122F: if v0 < 0, m.isKey("refId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xCE0EF2AD70F27C1B: if v2 < 0, m.isKey("loan") { v2 = m.value }
                    case 0x0C1E17F10ED69973: if v3 < 0, m.isKey("interest") { v3 = m.value }
                    case 0xCC633F579C105059: if v4 < 0, m.isKey("interestRate") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.refId = try d.directText(v0)
                self.ccy = try d.directText(v1)
                self.loan = try d.directDecimal(v2)
                self.interest = try d.directDecimal(v3)
                self.interestRate = try d.directDecimal(v4)
                self.ts = try d.directDate(v5)
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
        public struct Response: Codable, Sendable, TapeDirect {
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
                    case 0xB4288CF31E2C122F: if v0 < 0, m.isKey("refId") { v0 = m.value }
                    case 0xA79439EF7BFA9C2D: if v1 < 0, m.isKey("type") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.refId = try d.directText(v0)
                self.type = try d.directText(v1)
                self.ccy = try d.directText(v2)
                self.amt = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct LoanData: Codable, Sendable, TapeDirect {
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.amt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                }
            }
            /// A nested object of the response.
            public struct CollateralData: Codable, Sendable, TapeDirect {
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.amt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                }
            }
            /// A nested object of the response.
            public struct RiskWarningData: Codable, Sendable, TapeDirect {
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
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0xDEF76BAA3B8C7005: if v1 < 0, m.isKey("liqPx") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.liqPx = try d.directDecimal(v1)
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
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x1E1A8F68DC7E7861: if v1 < 0, m.isKey("loanNotionalUsd") { v1 = m.value }
                    case 0xD21D7020D97F65A3: if v2 < 0, m.isKey("loanData") { v2 = m.value }
                    case 0x71CFE20C63190CAC: if v3 < 0, m.isKey("collateralNotionalUsd") { v3 = m.value }
                    case 0x55461A6CF770CEA8: if v4 < 0, m.isKey("collateralData") { v4 = m.value }
                    case 0xC62CE1F27F8C17F6: if v5 < 0, m.isKey("riskWarningData") { v5 = m.value }
                    case 0x89841C3F7F6D2AF1: if v6 < 0, m.isKey("curLTV") { v6 = m.value }
                    case 0xAB70FE4C8F08836F: if v7 < 0, m.isKey("marginCallLTV") { v7 = m.value }
                    case 0x17D5C9439188CCD1: if v8 < 0, m.isKey("liqLTV") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.loanNotionalUsd = try d.directDecimal(v1)
                self.loanData = try d.directNested(v2)
                self.collateralNotionalUsd = try d.directDecimal(v3)
                self.collateralData = try d.directNested(v4)
                self.riskWarningData = try d.directNested(v5)
                self.curLTV = try d.directDecimal(v6)
                self.marginCallLTV = try d.directDecimal(v7)
                self.liqLTV = try d.directDecimal(v8)
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
        public struct Response: Codable, Sendable, TapeDirect {
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xE687F3DCC6B5FAF9: if v1 < 0, m.isKey("maxRedeemAmt") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.maxRedeemAmt = try d.directDecimal(v1)
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
        public struct Response: Codable, Sendable, TapeDirect {
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                var v3: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x852522D0C2FA7455: if v0 < 0, m.isKey("borrowCcy") { v0 = m.value }
                    case 0x34D4335254572BC7: if v1 < 0, m.isKey("maxLoan") { v1 = m.value }
                    case 0xFCADCCCEB1F0F653: if v2 < 0, m.isKey("notionalUsd") { v2 = m.value }
                    case 0xF7FD041A35A8EE59: if v3 < 0, m.isKey("remainingQuota") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.borrowCcy = try d.directText(v0)
                self.maxLoan = try d.directDecimal(v1)
                self.notionalUsd = try d.directDecimal(v2)
                self.remainingQuota = try d.directDecimal(v3)
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
