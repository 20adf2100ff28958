// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/simple-earn-flexible”.
    public enum SimpleEarnFlexible {}
}

extension API.FinancialProduct.SimpleEarnFlexible {
    /// `GET /api/v5/finance/savings/balance`: “Saving balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-saving-balance
    public enum SavingBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/savings/balance"
        /// The parameters of `GET /api/v5/finance/savings/balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-saving-balance
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
        /// One item of the `data` array of `GET /api/v5/finance/savings/balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-saving-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `earnings`: a decimal number (a string on the wire).
            public let earnings: Decimal?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// `loanAmt`: a decimal number (a string on the wire).
            public let loanAmt: Decimal?
            /// `pendingAmt`: a decimal number (a string on the wire).
            public let pendingAmt: Decimal?
            /// `redemptAmt`: a decimal number (a string on the wire); deprecated.
            public let redemptAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.earnings = try c.apiDecimal("earnings")
                self.rate = try c.apiDecimal("rate")
                self.loanAmt = try c.apiDecimal("loanAmt")
                self.pendingAmt = try c.apiDecimal("pendingAmt")
                self.redemptAmt = try c.apiDecimal("redemptAmt")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                    case 0x9084E08AFC2F1026: if v2 < 0, m.isKey("earnings") { v2 = m.value }
                    case 0x6D91221FD1CE5547: if v3 < 0, m.isKey("rate") { v3 = m.value }
                    case 0x90C6D4AAA55BF8B7: if v4 < 0, m.isKey("loanAmt") { v4 = m.value }
                    case 0x385376E5AD16667E: if v5 < 0, m.isKey("pendingAmt") { v5 = m.value }
                    case 0x5EB396D3FDDF1C24: if v6 < 0, m.isKey("redemptAmt") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.amt = try d.directDecimal(v1)
                self.earnings = try d.directDecimal(v2)
                self.rate = try d.directDecimal(v3)
                self.loanAmt = try d.directDecimal(v4)
                self.pendingAmt = try d.directDecimal(v5)
                self.redemptAmt = try d.directDecimal(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.earnings, "earnings")
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteDecimal(self.loanAmt, "loanAmt")
                try c.apiWriteDecimal(self.pendingAmt, "pendingAmt")
                try c.apiWriteDecimal(self.redemptAmt, "redemptAmt")
            }
        }
    }

    /// `GET /api/v5/finance/savings/balance`: “Saving balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-saving-balance
    public static func savingBalance(_ request: SavingBalance.Request = .init()) -> Endpoint<[SavingBalance.Response]> {
        .apiGet(SavingBalance.path, request)
    }

    /// `GET /api/v5/finance/savings/lending-history`: “Lending history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-lending-history
    public enum LendingHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/savings/lending-history"
        /// The parameters of `GET /api/v5/finance/savings/lending-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-lending-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/savings/lending-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-lending-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `earnings`: a decimal number (a string on the wire).
            public let earnings: Decimal?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.earnings = try c.apiDecimal("earnings")
                self.rate = try c.apiDecimal("rate")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                    case 0x9084E08AFC2F1026: if v2 < 0, m.isKey("earnings") { v2 = m.value }
                    case 0x6D91221FD1CE5547: if v3 < 0, m.isKey("rate") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.amt = try d.directDecimal(v1)
                self.earnings = try d.directDecimal(v2)
                self.rate = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.earnings, "earnings")
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/savings/lending-history`: “Lending history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-lending-history
    public static func lendingHistory(_ request: LendingHistory.Request = .init()) -> Endpoint<[LendingHistory.Response]> {
        .apiGet(LendingHistory.path, request)
    }

    /// `GET /api/v5/finance/savings/lending-rate-history`: “Public borrow history (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-history-public
    public enum PublicBorrowHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/savings/lending-rate-history"
        /// The parameters of `GET /api/v5/finance/savings/lending-rate-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-history-public
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/savings/lending-rate-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-history-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire); deprecated.
            public let amt: Decimal?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// `lendingRate`: a decimal number (a string on the wire).
            public let lendingRate: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.rate = try c.apiDecimal("rate")
                self.lendingRate = try c.apiDecimal("lendingRate")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xE6F3A919051C2845: if v1 < 0, m.isKey("amt") { v1 = m.value }
                    case 0x6D91221FD1CE5547: if v2 < 0, m.isKey("rate") { v2 = m.value }
                    case 0x06860F0453E29232: if v3 < 0, m.isKey("lendingRate") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.amt = try d.directDecimal(v1)
                self.rate = try d.directDecimal(v2)
                self.lendingRate = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.rate, "rate")
                try c.apiWriteDecimal(self.lendingRate, "lendingRate")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/finance/savings/lending-rate-history`: “Public borrow history (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-history-public
    public static func publicBorrowHistory(_ request: PublicBorrowHistory.Request = .init()) -> Endpoint<[PublicBorrowHistory.Response]> {
        .apiGet(PublicBorrowHistory.path, request)
    }

    /// `GET /api/v5/finance/savings/lending-rate-summary`: “Public borrow info (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-info-public
    public enum PublicBorrowInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/savings/lending-rate-summary"
        /// The parameters of `GET /api/v5/finance/savings/lending-rate-summary`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-info-public
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
        /// One item of the `data` array of `GET /api/v5/finance/savings/lending-rate-summary`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-info-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `avgAmt`: a decimal number (a string on the wire); deprecated.
            public let avgAmt: Decimal?
            /// `avgAmtUsd`: a decimal number (a string on the wire); deprecated.
            public let avgAmtUsd: Decimal?
            /// `avgRate`: a decimal number (a string on the wire).
            public let avgRate: Decimal?
            /// `preRate`: a decimal number (a string on the wire).
            public let preRate: Decimal?
            /// `estRate`: a decimal number (a string on the wire).
            public let estRate: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.avgAmt = try c.apiDecimal("avgAmt")
                self.avgAmtUsd = try c.apiDecimal("avgAmtUsd")
                self.avgRate = try c.apiDecimal("avgRate")
                self.preRate = try c.apiDecimal("preRate")
                self.estRate = try c.apiDecimal("estRate")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x04DBB533924C7F47: if v1 < 0, m.isKey("avgAmt") { v1 = m.value }
                    case 0xC159E59D914F7301: if v2 < 0, m.isKey("avgAmtUsd") { v2 = m.value }
                    case 0x44E1BD1ED6D493D1: if v3 < 0, m.isKey("avgRate") { v3 = m.value }
                    case 0x837142ED11833BA4: if v4 < 0, m.isKey("preRate") { v4 = m.value }
                    case 0x1D211C3F1F0E548D: if v5 < 0, m.isKey("estRate") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.avgAmt = try d.directDecimal(v1)
                self.avgAmtUsd = try d.directDecimal(v2)
                self.avgRate = try d.directDecimal(v3)
                self.preRate = try d.directDecimal(v4)
                self.estRate = try d.directDecimal(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.avgAmt, "avgAmt")
                try c.apiWriteDecimal(self.avgAmtUsd, "avgAmtUsd")
                try c.apiWriteDecimal(self.avgRate, "avgRate")
                try c.apiWriteDecimal(self.preRate, "preRate")
                try c.apiWriteDecimal(self.estRate, "estRate")
            }
        }
    }

    /// `GET /api/v5/finance/savings/lending-rate-summary`: “Public borrow info (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-get-public-borrow-info-public
    public static func publicBorrowInfo(_ request: PublicBorrowInfo.Request = .init()) -> Endpoint<[PublicBorrowInfo.Response]> {
        .apiGet(PublicBorrowInfo.path, request)
    }

    /// `POST /api/v5/finance/savings/purchase-redempt`: “Savings purchase/redemption”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-savings-purchase-redemption
    public enum SavingsPurchaseRedemption {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/savings/purchase-redempt"
        /// The parameters of `POST /api/v5/finance/savings/purchase-redempt`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-savings-purchase-redemption
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `rate`: a decimal number (a string on the wire); required in some cases.
            public var rate: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, amt: Decimal, side: Side, rate: Decimal? = nil) {
                self.ccy = ccy
                self.amt = amt
                self.side = side
                self.rate = rate
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("amt", amt)
                p.add("side", side)
                p.add("rate", rate)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/savings/purchase-redempt`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-savings-purchase-redemption
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.side = try c.apiEnum("side")
                self.rate = try c.apiDecimal("rate")
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
                    case 0x4E0C8A18E635803E: if v2 < 0, m.isKey("side") { v2 = m.value }
                    case 0x6D91221FD1CE5547: if v3 < 0, m.isKey("rate") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.amt = try d.directDecimal(v1)
                self.side = try d.directEnum(v2)
                self.rate = try d.directDecimal(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.rate, "rate")
            }
        }
    }

    /// `POST /api/v5/finance/savings/purchase-redempt`: “Savings purchase/redemption”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-savings-purchase-redemption
    public static func savingsPurchaseRedemption(_ request: SavingsPurchaseRedemption.Request) -> Endpoint<[SavingsPurchaseRedemption.Response]> {
        .apiPost(SavingsPurchaseRedemption.path, request)
    }

    /// `POST /api/v5/finance/savings/set-lending-rate`: “Set lending rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-set-lending-rate
    public enum SetLendingRate {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/savings/set-lending-rate"
        /// The parameters of `POST /api/v5/finance/savings/set-lending-rate`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-set-lending-rate
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `rate`: a decimal number (a string on the wire); required.
            public var rate: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, rate: Decimal) {
                self.ccy = ccy
                self.rate = rate
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("rate", rate)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/savings/set-lending-rate`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-set-lending-rate
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `rate`: a decimal number (a string on the wire).
            public let rate: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.rate = try c.apiDecimal("rate")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x6D91221FD1CE5547: if v1 < 0, m.isKey("rate") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.rate = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.rate, "rate")
            }
        }
    }

    /// `POST /api/v5/finance/savings/set-lending-rate`: “Set lending rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-simple-earn-flexible-post-set-lending-rate
    public static func setLendingRate(_ request: SetLendingRate.Request) -> Endpoint<[SetLendingRate.Response]> {
        .apiPost(SetLendingRate.path, request)
    }

    /// The values of `side` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Side: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `purchase`.
        public static let purchase: Self = "purchase"
        /// `redempt`.
        public static let redempt: Self = "redempt"
    }
}
