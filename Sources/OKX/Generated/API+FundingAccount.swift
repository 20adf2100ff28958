// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “funding-account”.
    public enum FundingAccount {}
}

extension API.FundingAccount {
    /// `GET /api/v5/asset/asset-valuation`: “Get account asset valuation”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-account-asset-valuation
    public enum GetAccountAssetValuation {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/asset-valuation"
        /// The parameters of `GET /api/v5/asset/asset-valuation`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-account-asset-valuation
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
        /// One item of the `data` array of `GET /api/v5/asset/asset-valuation`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-account-asset-valuation
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `funding`: a decimal number (a string on the wire).
                public let funding: Decimal?
                /// `trading`: a decimal number (a string on the wire).
                public let trading: Decimal?
                /// `classic`: a decimal number (a string on the wire); deprecated.
                public let classic: Decimal?
                /// `earn`: a decimal number (a string on the wire).
                public let earn: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.funding = try c.apiDecimal("funding")
                    self.trading = try c.apiDecimal("trading")
                    self.classic = try c.apiDecimal("classic")
                    self.earn = try c.apiDecimal("earn")
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
                        case 0x0C08FFDB5608D3C2: if v0 < 0, m.isKey("funding") { v0 = m.value }
                        case 0x70C68610EC47C2EA: if v1 < 0, m.isKey("trading") { v1 = m.value }
                        case 0x2007C0DD99064DD3: if v2 < 0, m.isKey("classic") { v2 = m.value }
                        case 0x2118B4601E4231A7: if v3 < 0, m.isKey("earn") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.funding = try d.directDecimal(v0)
                    self.trading = try d.directDecimal(v1)
                    self.classic = try d.directDecimal(v2)
                    self.earn = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.funding, "funding")
                    try c.apiWriteDecimal(self.trading, "trading")
                    try c.apiWriteDecimal(self.classic, "classic")
                    try c.apiWriteDecimal(self.earn, "earn")
                }
            }
            /// `totalBal`: a decimal number (a string on the wire).
            public let totalBal: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `details`: a nested object.
            public let details: Details?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalBal = try c.apiDecimal("totalBal")
                self.ts = try c.apiDate("ts")
                self.details = try c.apiNested("details")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x3501E426107EBCB8: if v0 < 0, m.isKey("totalBal") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    case 0xB9515701B1F5FC65: if v2 < 0, m.isKey("details") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalBal = try d.directDecimal(v0)
                self.ts = try d.directDate(v1)
                self.details = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.totalBal, "totalBal")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/asset/asset-valuation`: “Get account asset valuation”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-account-asset-valuation
    public static func getAccountAssetValuation(_ request: GetAccountAssetValuation.Request = .init()) -> Endpoint<[GetAccountAssetValuation.Response]> {
        .apiGet(GetAccountAssetValuation.path, request)
    }

    /// `GET /api/v5/asset/balances`: “Get balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-balance
    public enum GetBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/balances"
        /// The parameters of `GET /api/v5/asset/balances`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-balance
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
        /// One item of the `data` array of `GET /api/v5/asset/balances`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `frozenBal`: a decimal number (a string on the wire).
            public let frozenBal: Decimal?
            /// `availBal`: a decimal number (a string on the wire).
            public let availBal: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.bal = try c.apiDecimal("bal")
                self.frozenBal = try c.apiDecimal("frozenBal")
                self.availBal = try c.apiDecimal("availBal")
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
                    case 0x0039161913391320: if v1 < 0, m.isKey("bal") { v1 = m.value }
                    case 0x1E2AF51EDB18142E: if v2 < 0, m.isKey("frozenBal") { v2 = m.value }
                    case 0x309112533452E3FB: if v3 < 0, m.isKey("availBal") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.bal = try d.directDecimal(v1)
                self.frozenBal = try d.directDecimal(v2)
                self.availBal = try d.directDecimal(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteDecimal(self.frozenBal, "frozenBal")
                try c.apiWriteDecimal(self.availBal, "availBal")
            }
        }
    }

    /// `GET /api/v5/asset/balances`: “Get balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-balance
    public static func getBalance(_ request: GetBalance.Request = .init()) -> Endpoint<[GetBalance.Response]> {
        .apiGet(GetBalance.path, request)
    }

    /// `GET /api/v5/asset/bills`: “Asset bills details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-details
    public enum AssetBillsDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/bills"
        /// The parameters of `GET /api/v5/asset/bills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-details
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `thirdPartyType`: one of a documented set of values (unknown values are kept).
            public var thirdPartyType: ThirdPartyType?
            /// `clientId`: text.
            public var clientId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, type: TypeValue? = nil, thirdPartyType: ThirdPartyType? = nil, clientId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.type = type
                self.thirdPartyType = thirdPartyType
                self.clientId = clientId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("thirdPartyType", thirdPartyType)
                p.add("clientId", clientId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/bills`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `billId`: text.
            public let billId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `clientId`: text.
            public let clientId: String?
            /// `balChg`: a decimal number (a string on the wire).
            public let balChg: Decimal?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `type`: text.
            public let type: String?
            /// `notes`: text.
            public let notes: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.billId = try c.apiRequiredText("billId")
                self.ccy = try c.apiText("ccy")
                self.clientId = try c.apiText("clientId")
                self.balChg = try c.apiDecimal("balChg")
                self.bal = try c.apiDecimal("bal")
                self.type = try c.apiText("type")
                self.notes = try c.apiText("notes")
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
                while let h = try m.next() {
                    switch h {
                    case 0x58FC9E6248F4DD71: if v0 < 0, m.isKey("billId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xB4E5A7D207CA8483: if v2 < 0, m.isKey("clientId") { v2 = m.value }
                    case 0x6FF922A082F6B10C: if v3 < 0, m.isKey("balChg") { v3 = m.value }
                    case 0x0039161913391320: if v4 < 0, m.isKey("bal") { v4 = m.value }
                    case 0xA79439EF7BFA9C2D: if v5 < 0, m.isKey("type") { v5 = m.value }
                    case 0x40906C71B95BDBAA: if v6 < 0, m.isKey("notes") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.billId = try d.directRequiredText(v0, "billId")
                self.ccy = try d.directText(v1)
                self.clientId = try d.directText(v2)
                self.balChg = try d.directDecimal(v3)
                self.bal = try d.directDecimal(v4)
                self.type = try d.directText(v5)
                self.notes = try d.directText(v6)
                self.ts = try d.directDate(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteDecimal(self.balChg, "balChg")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.notes, "notes")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/asset/bills`: “Asset bills details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-details
    public static func assetBillsDetails(_ request: AssetBillsDetails.Request = .init()) -> Endpoint<[AssetBillsDetails.Response]> {
        .apiGet(AssetBillsDetails.path, request)
    }

    /// `GET /api/v5/asset/bills-history`: “Asset bills history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-history
    public enum AssetBillsHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/bills-history"
        /// The parameters of `GET /api/v5/asset/bills-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `thirdPartyType`: one of a documented set of values (unknown values are kept).
            public var thirdPartyType: ThirdPartyType?
            /// `clientId`: text.
            public var clientId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `pagingType`: one of a documented set of values (unknown values are kept).
            public var pagingType: PagingType?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, type: TypeValue? = nil, thirdPartyType: ThirdPartyType? = nil, clientId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil, pagingType: PagingType? = nil) {
                self.ccy = ccy
                self.type = type
                self.thirdPartyType = thirdPartyType
                self.clientId = clientId
                self.after = after
                self.before = before
                self.limit = limit
                self.pagingType = pagingType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("thirdPartyType", thirdPartyType)
                p.add("clientId", clientId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                p.add("pagingType", pagingType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/bills-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `billId`: text.
            public let billId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `clientId`: text.
            public let clientId: String?
            /// `balChg`: a decimal number (a string on the wire).
            public let balChg: Decimal?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `type`: text.
            public let type: String?
            /// `notes`: text.
            public let notes: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.billId = try c.apiRequiredText("billId")
                self.ccy = try c.apiText("ccy")
                self.clientId = try c.apiText("clientId")
                self.balChg = try c.apiDecimal("balChg")
                self.bal = try c.apiDecimal("bal")
                self.type = try c.apiText("type")
                self.notes = try c.apiText("notes")
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
                while let h = try m.next() {
                    switch h {
                    case 0x58FC9E6248F4DD71: if v0 < 0, m.isKey("billId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xB4E5A7D207CA8483: if v2 < 0, m.isKey("clientId") { v2 = m.value }
                    case 0x6FF922A082F6B10C: if v3 < 0, m.isKey("balChg") { v3 = m.value }
                    case 0x0039161913391320: if v4 < 0, m.isKey("bal") { v4 = m.value }
                    case 0xA79439EF7BFA9C2D: if v5 < 0, m.isKey("type") { v5 = m.value }
                    case 0x40906C71B95BDBAA: if v6 < 0, m.isKey("notes") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.billId = try d.directRequiredText(v0, "billId")
                self.ccy = try d.directText(v1)
                self.clientId = try d.directText(v2)
                self.balChg = try d.directDecimal(v3)
                self.bal = try d.directDecimal(v4)
                self.type = try d.directText(v5)
                self.notes = try d.directText(v6)
                self.ts = try d.directDate(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteDecimal(self.balChg, "balChg")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.notes, "notes")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/asset/bills-history`: “Asset bills history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-asset-bills-history
    public static func assetBillsHistory(_ request: AssetBillsHistory.Request = .init()) -> Endpoint<[AssetBillsHistory.Response]> {
        .apiGet(AssetBillsHistory.path, request)
    }

    /// `POST /api/v5/asset/cancel-withdrawal`: “Cancel withdrawal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal
    public enum CancelWithdrawal {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/cancel-withdrawal"
        /// The parameters of `POST /api/v5/asset/cancel-withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal
        public struct Request: APIRequestFields {
            /// `wdId`: text; required.
            public var wdId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(wdId: String) {
                self.wdId = wdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("wdId", wdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/cancel-withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal
        public struct Response: Codable, Sendable, TapeDirect {
            /// `wdId`: text.
            public let wdId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.wdId = try c.apiRequiredText("wdId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x33A5D9F6140237EB: if v0 < 0, m.isKey("wdId") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.wdId = try d.directRequiredText(v0, "wdId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.wdId, "wdId")
            }
        }
    }

    /// `POST /api/v5/asset/cancel-withdrawal`: “Cancel withdrawal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal
    public static func cancelWithdrawal(_ request: CancelWithdrawal.Request) -> Endpoint<[CancelWithdrawal.Response]> {
        .apiPost(CancelWithdrawal.path, request)
    }

    /// `GET /api/v5/asset/convert/currencies`: “Get convert currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currencies
    public enum GetConvertCurrencies {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/convert/currencies"
        /// The parameters of `GET /api/v5/asset/convert/currencies`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currencies
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/convert/currencies`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currencies
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `min`: a decimal number (a string on the wire); deprecated.
            public let min: Decimal?
            /// `max`: a decimal number (a string on the wire); deprecated.
            public let max: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.min = try c.apiDecimal("min")
                self.max = try c.apiDecimal("max")
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
                    case 0x07F4431917564077: if v1 < 0, m.isKey("min") { v1 = m.value }
                    case 0x080F5119176D1FF9: if v2 < 0, m.isKey("max") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.min = try d.directDecimal(v1)
                self.max = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.min, "min")
                try c.apiWriteDecimal(self.max, "max")
            }
        }
    }

    /// `GET /api/v5/asset/convert/currencies`: “Get convert currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currencies
    public static func getConvertCurrencies(_ request: GetConvertCurrencies.Request = .init()) -> Endpoint<[GetConvertCurrencies.Response]> {
        .apiGet(GetConvertCurrencies.path, request)
    }

    /// `GET /api/v5/asset/convert/currency-pair`: “Get convert currency pair”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currency-pair
    public enum GetConvertCurrencyPair {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/convert/currency-pair"
        /// The parameters of `GET /api/v5/asset/convert/currency-pair`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currency-pair
        public struct Request: APIRequestFields {
            /// `fromCcy`: text; required.
            public var fromCcy: String
            /// `toCcy`: text; required.
            public var toCcy: String
            /// `convertMode`: one of a documented set of values (unknown values are kept).
            public var convertMode: ConvertMode?
            /// A request with the given parameters; nil ones are not sent.
            public init(fromCcy: String, toCcy: String, convertMode: ConvertMode? = nil) {
                self.fromCcy = fromCcy
                self.toCcy = toCcy
                self.convertMode = convertMode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("fromCcy", fromCcy)
                p.add("toCcy", toCcy)
                p.add("convertMode", convertMode)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/convert/currency-pair`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currency-pair
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `baseCcyMax`: a decimal number (a string on the wire).
            public let baseCcyMax: Decimal?
            /// `baseCcyMin`: a decimal number (a string on the wire).
            public let baseCcyMin: Decimal?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `quoteCcyMax`: a decimal number (a string on the wire).
            public let quoteCcyMax: Decimal?
            /// `quoteCcyMin`: a decimal number (a string on the wire).
            public let quoteCcyMin: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.baseCcy = try c.apiText("baseCcy")
                self.baseCcyMax = try c.apiDecimal("baseCcyMax")
                self.baseCcyMin = try c.apiDecimal("baseCcyMin")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.quoteCcyMax = try c.apiDecimal("quoteCcyMax")
                self.quoteCcyMin = try c.apiDecimal("quoteCcyMin")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xE53F237F0E37B98D: if v1 < 0, m.isKey("baseCcy") { v1 = m.value }
                    case 0x2FD9B729656CA6D1: if v2 < 0, m.isKey("baseCcyMax") { v2 = m.value }
                    case 0x2FF4A929658356BF: if v3 < 0, m.isKey("baseCcyMin") { v3 = m.value }
                    case 0xC0BB97C28C13F59C: if v4 < 0, m.isKey("quoteCcy") { v4 = m.value }
                    case 0x3F1C18C9732B71BA: if v5 < 0, m.isKey("quoteCcyMax") { v5 = m.value }
                    case 0x3F3722C973424A70: if v6 < 0, m.isKey("quoteCcyMin") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.baseCcy = try d.directText(v1)
                self.baseCcyMax = try d.directDecimal(v2)
                self.baseCcyMin = try d.directDecimal(v3)
                self.quoteCcy = try d.directText(v4)
                self.quoteCcyMax = try d.directDecimal(v5)
                self.quoteCcyMin = try d.directDecimal(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteDecimal(self.baseCcyMax, "baseCcyMax")
                try c.apiWriteDecimal(self.baseCcyMin, "baseCcyMin")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteDecimal(self.quoteCcyMax, "quoteCcyMax")
                try c.apiWriteDecimal(self.quoteCcyMin, "quoteCcyMin")
            }
        }
    }

    /// `GET /api/v5/asset/convert/currency-pair`: “Get convert currency pair”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-currency-pair
    public static func getConvertCurrencyPair(_ request: GetConvertCurrencyPair.Request) -> Endpoint<[GetConvertCurrencyPair.Response]> {
        .apiGet(GetConvertCurrencyPair.path, request)
    }

    /// `POST /api/v5/asset/convert/estimate-quote`: “Estimate quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-estimate-quote
    public enum EstimateQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/convert/estimate-quote"
        /// The parameters of `POST /api/v5/asset/convert/estimate-quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-estimate-quote
        public struct Request: APIRequestFields {
            /// `baseCcy`: text; required.
            public var baseCcy: String
            /// `quoteCcy`: text; required.
            public var quoteCcy: String
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `rfqSz`: a decimal number (a string on the wire); required.
            public var rfqSz: Decimal
            /// `rfqSzCcy`: text; required.
            public var rfqSzCcy: String
            /// `clQReqId`: text.
            public var clQReqId: String?
            /// `tag`: text.
            public var tag: String?
            /// `convertMode`: one of a documented set of values (unknown values are kept).
            public var convertMode: ConvertMode?
            /// A request with the given parameters; nil ones are not sent.
            public init(baseCcy: String, quoteCcy: String, side: Side, rfqSz: Decimal, rfqSzCcy: String, clQReqId: String? = nil, tag: String? = nil, convertMode: ConvertMode? = nil) {
                self.baseCcy = baseCcy
                self.quoteCcy = quoteCcy
                self.side = side
                self.rfqSz = rfqSz
                self.rfqSzCcy = rfqSzCcy
                self.clQReqId = clQReqId
                self.tag = tag
                self.convertMode = convertMode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("baseCcy", baseCcy)
                p.add("quoteCcy", quoteCcy)
                p.add("side", side)
                p.add("rfqSz", rfqSz)
                p.add("rfqSzCcy", rfqSzCcy)
                p.add("clQReqId", clQReqId)
                p.add("tag", tag)
                p.add("convertMode", convertMode)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/convert/estimate-quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-estimate-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteTime`: a time (epoch milliseconds on the wire).
            public let quoteTime: Date?
            /// `ttlMs`: an integer (a string on the wire).
            public let ttlMs: Int?
            /// `clQReqId`: text.
            public let clQReqId: String?
            /// `quoteId`: text.
            public let quoteId: String
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `origRfqSz`: a decimal number (a string on the wire).
            public let origRfqSz: Decimal?
            /// `rfqSz`: a decimal number (a string on the wire).
            public let rfqSz: Decimal?
            /// `rfqSzCcy`: text.
            public let rfqSzCcy: String?
            /// `cnvtPx`: a decimal number (a string on the wire).
            public let cnvtPx: Decimal?
            /// `baseSz`: a decimal number (a string on the wire).
            public let baseSz: Decimal?
            /// `quoteSz`: a decimal number (a string on the wire).
            public let quoteSz: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteTime = try c.apiDate("quoteTime")
                self.ttlMs = try c.apiInteger("ttlMs")
                self.clQReqId = try c.apiText("clQReqId")
                self.quoteId = try c.apiRequiredText("quoteId")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.side = try c.apiEnum("side")
                self.origRfqSz = try c.apiDecimal("origRfqSz")
                self.rfqSz = try c.apiDecimal("rfqSz")
                self.rfqSzCcy = try c.apiText("rfqSzCcy")
                self.cnvtPx = try c.apiDecimal("cnvtPx")
                self.baseSz = try c.apiDecimal("baseSz")
                self.quoteSz = try c.apiDecimal("quoteSz")
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
                while let h = try m.next() {
                    switch h {
                    case 0x5FFDCA04D6D25B06: if v0 < 0, m.isKey("quoteTime") { v0 = m.value }
                    case 0x9E4209D7A794E163: if v1 < 0, m.isKey("ttlMs") { v1 = m.value }
                    case 0x6DF0859ADDD77512: if v2 < 0, m.isKey("clQReqId") { v2 = m.value }
                    case 0xE53D9B18938FAEDA: if v3 < 0, m.isKey("quoteId") { v3 = m.value }
                    case 0xE53F237F0E37B98D: if v4 < 0, m.isKey("baseCcy") { v4 = m.value }
                    case 0xC0BB97C28C13F59C: if v5 < 0, m.isKey("quoteCcy") { v5 = m.value }
                    case 0x4E0C8A18E635803E: if v6 < 0, m.isKey("side") { v6 = m.value }
                    case 0x1C68AAC903F047BE: if v7 < 0, m.isKey("origRfqSz") { v7 = m.value }
                    case 0xB7D1B60B13136FA1: if v8 < 0, m.isKey("rfqSz") { v8 = m.value }
                    case 0x9034D19C84FEBCD2: if v9 < 0, m.isKey("rfqSzCcy") { v9 = m.value }
                    case 0x6B0ADDD113E3795E: if v10 < 0, m.isKey("cnvtPx") { v10 = m.value }
                    case 0x4922FAA0F415D2D1: if v11 < 0, m.isKey("baseSz") { v11 = m.value }
                    case 0xE4E58518934513A2: if v12 < 0, m.isKey("quoteSz") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteTime = try d.directDate(v0)
                self.ttlMs = try d.directInteger(v1)
                self.clQReqId = try d.directText(v2)
                self.quoteId = try d.directRequiredText(v3, "quoteId")
                self.baseCcy = try d.directText(v4)
                self.quoteCcy = try d.directText(v5)
                self.side = try d.directEnum(v6)
                self.origRfqSz = try d.directDecimal(v7)
                self.rfqSz = try d.directDecimal(v8)
                self.rfqSzCcy = try d.directText(v9)
                self.cnvtPx = try d.directDecimal(v10)
                self.baseSz = try d.directDecimal(v11)
                self.quoteSz = try d.directDecimal(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.quoteTime, "quoteTime")
                try c.apiWriteInteger(self.ttlMs, "ttlMs")
                try c.apiWriteText(self.clQReqId, "clQReqId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.origRfqSz, "origRfqSz")
                try c.apiWriteDecimal(self.rfqSz, "rfqSz")
                try c.apiWriteText(self.rfqSzCcy, "rfqSzCcy")
                try c.apiWriteDecimal(self.cnvtPx, "cnvtPx")
                try c.apiWriteDecimal(self.baseSz, "baseSz")
                try c.apiWriteDecimal(self.quoteSz, "quoteSz")
            }
        }
    }

    /// `POST /api/v5/asset/convert/estimate-quote`: “Estimate quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-estimate-quote
    public static func estimateQuote(_ request: EstimateQuote.Request) -> Endpoint<[EstimateQuote.Response]> {
        .apiPost(EstimateQuote.path, request)
    }

    /// `GET /api/v5/asset/convert/history`: “Get convert history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-history
    public enum GetConvertHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/convert/history"
        /// The parameters of `GET /api/v5/asset/convert/history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `clTReqId`: text.
            public var clTReqId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(clTReqId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil, tag: String? = nil) {
                self.clTReqId = clTReqId
                self.after = after
                self.before = before
                self.limit = limit
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("clTReqId", clTReqId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/convert/history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `tradeId`: text.
            public let tradeId: String
            /// `clTReqId`: text.
            public let clTReqId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `instId`: text.
            public let instId: String
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillBaseSz`: a decimal number (a string on the wire).
            public let fillBaseSz: Decimal?
            /// `fillQuoteSz`: a decimal number (a string on the wire).
            public let fillQuoteSz: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.tradeId = try c.apiRequiredText("tradeId")
                self.clTReqId = try c.apiText("clTReqId")
                self.state = try c.apiEnum("state")
                self.instId = try c.apiRequiredText("instId")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.side = try c.apiEnum("side")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillBaseSz = try c.apiDecimal("fillBaseSz")
                self.fillQuoteSz = try c.apiDecimal("fillQuoteSz")
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
                var v10: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x0791A710B055183C: if v0 < 0, m.isKey("tradeId") { v0 = m.value }
                    case 0x162516D81FBB4E7F: if v1 < 0, m.isKey("clTReqId") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                    case 0xE53F237F0E37B98D: if v4 < 0, m.isKey("baseCcy") { v4 = m.value }
                    case 0xC0BB97C28C13F59C: if v5 < 0, m.isKey("quoteCcy") { v5 = m.value }
                    case 0x4E0C8A18E635803E: if v6 < 0, m.isKey("side") { v6 = m.value }
                    case 0x602880A90A6DACD0: if v7 < 0, m.isKey("fillPx") { v7 = m.value }
                    case 0x92556B83FDB5E8A0: if v8 < 0, m.isKey("fillBaseSz") { v8 = m.value }
                    case 0xEA8C453F3ABCCD65: if v9 < 0, m.isKey("fillQuoteSz") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.tradeId = try d.directRequiredText(v0, "tradeId")
                self.clTReqId = try d.directText(v1)
                self.state = try d.directEnum(v2)
                self.instId = try d.directRequiredText(v3, "instId")
                self.baseCcy = try d.directText(v4)
                self.quoteCcy = try d.directText(v5)
                self.side = try d.directEnum(v6)
                self.fillPx = try d.directDecimal(v7)
                self.fillBaseSz = try d.directDecimal(v8)
                self.fillQuoteSz = try d.directDecimal(v9)
                self.ts = try d.directDate(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.clTReqId, "clTReqId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillBaseSz, "fillBaseSz")
                try c.apiWriteDecimal(self.fillQuoteSz, "fillQuoteSz")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/asset/convert/history`: “Get convert history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-convert-history
    public static func getConvertHistory(_ request: GetConvertHistory.Request = .init()) -> Endpoint<[GetConvertHistory.Response]> {
        .apiGet(GetConvertHistory.path, request)
    }

    /// `POST /api/v5/asset/convert/trade`: “Convert trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-convert-trade
    public enum ConvertTrade {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/convert/trade"
        /// The parameters of `POST /api/v5/asset/convert/trade`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-convert-trade
        public struct Request: APIRequestFields {
            /// `quoteId`: text; required.
            public var quoteId: String
            /// `baseCcy`: text; required.
            public var baseCcy: String
            /// `quoteCcy`: text; required.
            public var quoteCcy: String
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `sz`: a decimal number (a string on the wire); required.
            public var sz: Decimal
            /// `szCcy`: text; required.
            public var szCcy: String
            /// `clTReqId`: text.
            public var clTReqId: String?
            /// `tag`: text.
            public var tag: String?
            /// `convertMode`: one of a documented set of values (unknown values are kept).
            public var convertMode: ConvertMode?
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteId: String, baseCcy: String, quoteCcy: String, side: Side, sz: Decimal, szCcy: String, clTReqId: String? = nil, tag: String? = nil, convertMode: ConvertMode? = nil) {
                self.quoteId = quoteId
                self.baseCcy = baseCcy
                self.quoteCcy = quoteCcy
                self.side = side
                self.sz = sz
                self.szCcy = szCcy
                self.clTReqId = clTReqId
                self.tag = tag
                self.convertMode = convertMode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteId", quoteId)
                p.add("baseCcy", baseCcy)
                p.add("quoteCcy", quoteCcy)
                p.add("side", side)
                p.add("sz", sz)
                p.add("szCcy", szCcy)
                p.add("clTReqId", clTReqId)
                p.add("tag", tag)
                p.add("convertMode", convertMode)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/convert/trade`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-convert-trade
        public struct Response: Codable, Sendable, TapeDirect {
            /// `tradeId`: text.
            public let tradeId: String
            /// `quoteId`: text.
            public let quoteId: String?
            /// `clTReqId`: text.
            public let clTReqId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `instId`: text.
            public let instId: String
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillBaseSz`: a decimal number (a string on the wire).
            public let fillBaseSz: Decimal?
            /// `fillQuoteSz`: a decimal number (a string on the wire).
            public let fillQuoteSz: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.tradeId = try c.apiRequiredText("tradeId")
                self.quoteId = try c.apiText("quoteId")
                self.clTReqId = try c.apiText("clTReqId")
                self.state = try c.apiEnum("state")
                self.instId = try c.apiRequiredText("instId")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.side = try c.apiEnum("side")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillBaseSz = try c.apiDecimal("fillBaseSz")
                self.fillQuoteSz = try c.apiDecimal("fillQuoteSz")
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
                var v10: Int32 = -1
                var v11: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x0791A710B055183C: if v0 < 0, m.isKey("tradeId") { v0 = m.value }
                    case 0xE53D9B18938FAEDA: if v1 < 0, m.isKey("quoteId") { v1 = m.value }
                    case 0x162516D81FBB4E7F: if v2 < 0, m.isKey("clTReqId") { v2 = m.value }
                    case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                    case 0xF10F5F871070A39C: if v4 < 0, m.isKey("instId") { v4 = m.value }
                    case 0xE53F237F0E37B98D: if v5 < 0, m.isKey("baseCcy") { v5 = m.value }
                    case 0xC0BB97C28C13F59C: if v6 < 0, m.isKey("quoteCcy") { v6 = m.value }
                    case 0x4E0C8A18E635803E: if v7 < 0, m.isKey("side") { v7 = m.value }
                    case 0x602880A90A6DACD0: if v8 < 0, m.isKey("fillPx") { v8 = m.value }
                    case 0x92556B83FDB5E8A0: if v9 < 0, m.isKey("fillBaseSz") { v9 = m.value }
                    case 0xEA8C453F3ABCCD65: if v10 < 0, m.isKey("fillQuoteSz") { v10 = m.value }
                    case 0x08C83D07B56AC770: if v11 < 0, m.isKey("ts") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.tradeId = try d.directRequiredText(v0, "tradeId")
                self.quoteId = try d.directText(v1)
                self.clTReqId = try d.directText(v2)
                self.state = try d.directEnum(v3)
                self.instId = try d.directRequiredText(v4, "instId")
                self.baseCcy = try d.directText(v5)
                self.quoteCcy = try d.directText(v6)
                self.side = try d.directEnum(v7)
                self.fillPx = try d.directDecimal(v8)
                self.fillBaseSz = try d.directDecimal(v9)
                self.fillQuoteSz = try d.directDecimal(v10)
                self.ts = try d.directDate(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteText(self.clTReqId, "clTReqId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteDecimal(self.fillBaseSz, "fillBaseSz")
                try c.apiWriteDecimal(self.fillQuoteSz, "fillQuoteSz")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/asset/convert/trade`: “Convert trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-convert-trade
    public static func convertTrade(_ request: ConvertTrade.Request) -> Endpoint<[ConvertTrade.Response]> {
        .apiPost(ConvertTrade.path, request)
    }

    /// `GET /api/v5/asset/currencies`: “Get currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-currencies
    public enum GetCurrencies {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/currencies"
        /// The parameters of `GET /api/v5/asset/currencies`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-currencies
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
        /// One item of the `data` array of `GET /api/v5/asset/currencies`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-currencies
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `name`: text.
            public let name: String?
            /// `logoLink`: text.
            public let logoLink: String?
            /// `chain`: text.
            public let chain: String?
            /// `ctAddr`: text.
            public let ctAddr: String?
            /// `canDep`: a boolean.
            public let canDep: Bool?
            /// `canWd`: a boolean.
            public let canWd: Bool?
            /// `canInternal`: a boolean.
            public let canInternal: Bool?
            /// `depEstOpenTime`: a time (epoch milliseconds on the wire).
            public let depEstOpenTime: Date?
            /// `wdEstOpenTime`: a time (epoch milliseconds on the wire).
            public let wdEstOpenTime: Date?
            /// `minDep`: a decimal number (a string on the wire).
            public let minDep: Decimal?
            /// `minWd`: a decimal number (a string on the wire).
            public let minWd: Decimal?
            /// `minInternal`: a decimal number (a string on the wire).
            public let minInternal: Decimal?
            /// `maxWd`: a decimal number (a string on the wire).
            public let maxWd: Decimal?
            /// `wdTickSz`: a decimal number (a string on the wire).
            public let wdTickSz: Decimal?
            /// `wdQuota`: a decimal number (a string on the wire).
            public let wdQuota: Decimal?
            /// `usedWdQuota`: a decimal number (a string on the wire).
            public let usedWdQuota: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `minFee`: a decimal number (a string on the wire); deprecated.
            public let minFee: Decimal?
            /// `maxFee`: a decimal number (a string on the wire); deprecated.
            public let maxFee: Decimal?
            /// `minFeeForCtAddr`: text; deprecated.
            public let minFeeForCtAddr: String?
            /// `maxFeeForCtAddr`: text; deprecated.
            public let maxFeeForCtAddr: String?
            /// `burningFeeRate`: a decimal number (a string on the wire).
            public let burningFeeRate: Decimal?
            /// `mainNet`: a boolean.
            public let mainNet: Bool?
            /// `needTag`: a boolean.
            public let needTag: Bool?
            /// `minDepArrivalConfirm`: an integer (a string on the wire).
            public let minDepArrivalConfirm: Int?
            /// `minWdUnlockConfirm`: an integer (a string on the wire).
            public let minWdUnlockConfirm: Int?
            /// `depQuotaFixed`: a decimal number (a string on the wire).
            public let depQuotaFixed: Decimal?
            /// `usedDepQuotaFixed`: a decimal number (a string on the wire).
            public let usedDepQuotaFixed: Decimal?
            /// `depQuoteDailyLayer2`: text.
            public let depQuoteDailyLayer2: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.name = try c.apiText("name")
                self.logoLink = try c.apiText("logoLink")
                self.chain = try c.apiText("chain")
                self.ctAddr = try c.apiText("ctAddr")
                self.canDep = try c.apiBoolean("canDep")
                self.canWd = try c.apiBoolean("canWd")
                self.canInternal = try c.apiBoolean("canInternal")
                self.depEstOpenTime = try c.apiDate("depEstOpenTime")
                self.wdEstOpenTime = try c.apiDate("wdEstOpenTime")
                self.minDep = try c.apiDecimal("minDep")
                self.minWd = try c.apiDecimal("minWd")
                self.minInternal = try c.apiDecimal("minInternal")
                self.maxWd = try c.apiDecimal("maxWd")
                self.wdTickSz = try c.apiDecimal("wdTickSz")
                self.wdQuota = try c.apiDecimal("wdQuota")
                self.usedWdQuota = try c.apiDecimal("usedWdQuota")
                self.fee = try c.apiDecimal("fee")
                self.minFee = try c.apiDecimal("minFee")
                self.maxFee = try c.apiDecimal("maxFee")
                self.minFeeForCtAddr = try c.apiText("minFeeForCtAddr")
                self.maxFeeForCtAddr = try c.apiText("maxFeeForCtAddr")
                self.burningFeeRate = try c.apiDecimal("burningFeeRate")
                self.mainNet = try c.apiBoolean("mainNet")
                self.needTag = try c.apiBoolean("needTag")
                self.minDepArrivalConfirm = try c.apiInteger("minDepArrivalConfirm")
                self.minWdUnlockConfirm = try c.apiInteger("minWdUnlockConfirm")
                self.depQuotaFixed = try c.apiDecimal("depQuotaFixed")
                self.usedDepQuotaFixed = try c.apiDecimal("usedDepQuotaFixed")
                self.depQuoteDailyLayer2 = try c.apiText("depQuoteDailyLayer2")
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
                var v28: Int32 = -1
                var v29: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xC4BCADBA8E631B86: if v1 < 0, m.isKey("name") { v1 = m.value }
                    case 0x4F81D1B03A4AD0D2: if v2 < 0, m.isKey("logoLink") { v2 = m.value }
                    case 0xA74390764C1A3056: if v3 < 0, m.isKey("chain") { v3 = m.value }
                    case 0x7075E5BA19959661: if v4 < 0, m.isKey("ctAddr") { v4 = m.value }
                    case 0x068937A994F23356: if v5 < 0, m.isKey("canDep") { v5 = m.value }
                    case 0x0212753AA7152EB6: if v6 < 0, m.isKey("canWd") { v6 = m.value }
                    case 0x5115046B6C2822C0: if v7 < 0, m.isKey("canInternal") { v7 = m.value }
                    case 0x4CA722FDFD6A7707: if v8 < 0, m.isKey("depEstOpenTime") { v8 = m.value }
                    case 0x565AA93308E06DA7: if v9 < 0, m.isKey("wdEstOpenTime") { v9 = m.value }
                    case 0x05B7C1BEE4B9DC3C: if v10 < 0, m.isKey("minDep") { v10 = m.value }
                    case 0x81BC9162B7EC08CC: if v11 < 0, m.isKey("minWd") { v11 = m.value }
                    case 0x0AFFDDA1D2F23EAE: if v12 < 0, m.isKey("minInternal") { v12 = m.value }
                    case 0x5B38E3A4C2ED9A0A: if v13 < 0, m.isKey("maxWd") { v13 = m.value }
                    case 0x13078BCB02AC4D3E: if v14 < 0, m.isKey("wdTickSz") { v14 = m.value }
                    case 0xD994BF720536C38E: if v15 < 0, m.isKey("wdQuota") { v15 = m.value }
                    case 0x2D6423E37C159B69: if v16 < 0, m.isKey("usedWdQuota") { v16 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v17 < 0, m.isKey("fee") { v17 = m.value }
                    case 0xF38B80BEDA316EB5: if v18 < 0, m.isKey("minFee") { v18 = m.value }
                    case 0x834114F78DC3B507: if v19 < 0, m.isKey("maxFee") { v19 = m.value }
                    case 0x3B0961ECB87D3390: if v20 < 0, m.isKey("minFeeForCtAddr") { v20 = m.value }
                    case 0x17B16B78D5181902: if v21 < 0, m.isKey("maxFeeForCtAddr") { v21 = m.value }
                    case 0x84A89476975AAF42: if v22 < 0, m.isKey("burningFeeRate") { v22 = m.value }
                    case 0xBA5A22F4195DCB13: if v23 < 0, m.isKey("mainNet") { v23 = m.value }
                    case 0xCD0296B0700F742B: if v24 < 0, m.isKey("needTag") { v24 = m.value }
                    case 0x277D4E06D388385B: if v25 < 0, m.isKey("minDepArrivalConfirm") { v25 = m.value }
                    case 0x1C800AFBEB311F48: if v26 < 0, m.isKey("minWdUnlockConfirm") { v26 = m.value }
                    case 0xEE747BB292114978: if v27 < 0, m.isKey("depQuotaFixed") { v27 = m.value }
                    case 0xE52391833FCE2BF3: if v28 < 0, m.isKey("usedDepQuotaFixed") { v28 = m.value }
                    case 0x7F5E7FA60D5FC846: if v29 < 0, m.isKey("depQuoteDailyLayer2") { v29 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.name = try d.directText(v1)
                self.logoLink = try d.directText(v2)
                self.chain = try d.directText(v3)
                self.ctAddr = try d.directText(v4)
                self.canDep = try d.directBoolean(v5)
                self.canWd = try d.directBoolean(v6)
                self.canInternal = try d.directBoolean(v7)
                self.depEstOpenTime = try d.directDate(v8)
                self.wdEstOpenTime = try d.directDate(v9)
                self.minDep = try d.directDecimal(v10)
                self.minWd = try d.directDecimal(v11)
                self.minInternal = try d.directDecimal(v12)
                self.maxWd = try d.directDecimal(v13)
                self.wdTickSz = try d.directDecimal(v14)
                self.wdQuota = try d.directDecimal(v15)
                self.usedWdQuota = try d.directDecimal(v16)
                self.fee = try d.directDecimal(v17)
                self.minFee = try d.directDecimal(v18)
                self.maxFee = try d.directDecimal(v19)
                self.minFeeForCtAddr = try d.directText(v20)
                self.maxFeeForCtAddr = try d.directText(v21)
                self.burningFeeRate = try d.directDecimal(v22)
                self.mainNet = try d.directBoolean(v23)
                self.needTag = try d.directBoolean(v24)
                self.minDepArrivalConfirm = try d.directInteger(v25)
                self.minWdUnlockConfirm = try d.directInteger(v26)
                self.depQuotaFixed = try d.directDecimal(v27)
                self.usedDepQuotaFixed = try d.directDecimal(v28)
                self.depQuoteDailyLayer2 = try d.directText(v29)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.name, "name")
                try c.apiWriteText(self.logoLink, "logoLink")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteText(self.ctAddr, "ctAddr")
                try c.apiWriteBoolean(self.canDep, "canDep")
                try c.apiWriteBoolean(self.canWd, "canWd")
                try c.apiWriteBoolean(self.canInternal, "canInternal")
                try c.apiWriteDate(self.depEstOpenTime, "depEstOpenTime")
                try c.apiWriteDate(self.wdEstOpenTime, "wdEstOpenTime")
                try c.apiWriteDecimal(self.minDep, "minDep")
                try c.apiWriteDecimal(self.minWd, "minWd")
                try c.apiWriteDecimal(self.minInternal, "minInternal")
                try c.apiWriteDecimal(self.maxWd, "maxWd")
                try c.apiWriteDecimal(self.wdTickSz, "wdTickSz")
                try c.apiWriteDecimal(self.wdQuota, "wdQuota")
                try c.apiWriteDecimal(self.usedWdQuota, "usedWdQuota")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.minFee, "minFee")
                try c.apiWriteDecimal(self.maxFee, "maxFee")
                try c.apiWriteText(self.minFeeForCtAddr, "minFeeForCtAddr")
                try c.apiWriteText(self.maxFeeForCtAddr, "maxFeeForCtAddr")
                try c.apiWriteDecimal(self.burningFeeRate, "burningFeeRate")
                try c.apiWriteBoolean(self.mainNet, "mainNet")
                try c.apiWriteBoolean(self.needTag, "needTag")
                try c.apiWriteInteger(self.minDepArrivalConfirm, "minDepArrivalConfirm")
                try c.apiWriteInteger(self.minWdUnlockConfirm, "minWdUnlockConfirm")
                try c.apiWriteDecimal(self.depQuotaFixed, "depQuotaFixed")
                try c.apiWriteDecimal(self.usedDepQuotaFixed, "usedDepQuotaFixed")
                try c.apiWriteText(self.depQuoteDailyLayer2, "depQuoteDailyLayer2")
            }
        }
    }

    /// `GET /api/v5/asset/currencies`: “Get currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-currencies
    public static func getCurrencies(_ request: GetCurrencies.Request = .init()) -> Endpoint<[GetCurrencies.Response]> {
        .apiGet(GetCurrencies.path, request)
    }

    /// `GET /api/v5/asset/deposit-address`: “Get deposit address”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-address
    public enum GetDepositAddress {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/deposit-address"
        /// The parameters of `GET /api/v5/asset/deposit-address`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-address
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
        /// One item of the `data` array of `GET /api/v5/asset/deposit-address`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-address
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AddrEx: Codable, Sendable, TapeDirect {
                /// The docs list no fields for this item.
                public init(from decoder: any Decoder) throws {}
                /// Reads nothing, like `init(from:)`.
                package init(tape: JSONTape, at index: Int32) throws {}
                /// Writes an empty object.
                public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
            }
            /// `addr`: text.
            public let addr: String?
            /// `tag`: text.
            public let tag: String?
            /// `memo`: text.
            public let memo: String?
            /// `pmtId`: text.
            public let pmtId: String?
            /// `addrEx`: a nested object.
            public let addrEx: AddrEx?
            /// `ccy`: text.
            public let ccy: String?
            /// `chain`: text.
            public let chain: String?
            /// `to`: one of a documented set of values (unknown values are kept).
            public let to: To?
            /// `verifiedName`: text.
            public let verifiedName: String?
            /// `selected`: a boolean.
            public let selected: Bool?
            /// `ctAddr`: text.
            public let ctAddr: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.addr = try c.apiText("addr")
                self.tag = try c.apiText("tag")
                self.memo = try c.apiText("memo")
                self.pmtId = try c.apiText("pmtId")
                self.addrEx = try c.apiNested("addrEx")
                self.ccy = try c.apiText("ccy")
                self.chain = try c.apiText("chain")
                self.to = try c.apiEnum("to")
                self.verifiedName = try c.apiText("verifiedName")
                self.selected = try c.apiBoolean("selected")
                self.ctAddr = try c.apiText("ctAddr")
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
                    case 0xC9E2A983D2171292: if v0 < 0, m.isKey("addr") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    case 0x430207A2E3142EA3: if v2 < 0, m.isKey("memo") { v2 = m.value }
                    case 0x5126FE4253E11ECB: if v3 < 0, m.isKey("pmtId") { v3 = m.value }
                    case 0x0EAB2F9541146577: if v4 < 0, m.isKey("addrEx") { v4 = m.value }
                    case 0xF5DBFE190CDE752E: if v5 < 0, m.isKey("ccy") { v5 = m.value }
                    case 0xA74390764C1A3056: if v6 < 0, m.isKey("chain") { v6 = m.value }
                    case 0x08C83907B56AC0A4: if v7 < 0, m.isKey("to") { v7 = m.value }
                    case 0x7D1AA2EF3AE9A686: if v8 < 0, m.isKey("verifiedName") { v8 = m.value }
                    case 0x03C44F5A1B0581D4: if v9 < 0, m.isKey("selected") { v9 = m.value }
                    case 0x7075E5BA19959661: if v10 < 0, m.isKey("ctAddr") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.addr = try d.directText(v0)
                self.tag = try d.directText(v1)
                self.memo = try d.directText(v2)
                self.pmtId = try d.directText(v3)
                self.addrEx = try d.directNested(v4)
                self.ccy = try d.directText(v5)
                self.chain = try d.directText(v6)
                self.to = try d.directEnum(v7)
                self.verifiedName = try d.directText(v8)
                self.selected = try d.directBoolean(v9)
                self.ctAddr = try d.directText(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.addr, "addr")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.memo, "memo")
                try c.apiWriteText(self.pmtId, "pmtId")
                try c.apiWriteNested(self.addrEx, "addrEx")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteEnum(self.to, "to")
                try c.apiWriteText(self.verifiedName, "verifiedName")
                try c.apiWriteBoolean(self.selected, "selected")
                try c.apiWriteText(self.ctAddr, "ctAddr")
            }
        }
    }

    /// `GET /api/v5/asset/deposit-address`: “Get deposit address”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-address
    public static func getDepositAddress(_ request: GetDepositAddress.Request) -> Endpoint<[GetDepositAddress.Response]> {
        .apiGet(GetDepositAddress.path, request)
    }

    /// `GET /api/v5/asset/deposit-history`: “Get deposit history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-history
    public enum GetDepositHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/deposit-history"
        /// The parameters of `GET /api/v5/asset/deposit-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `depId`: text.
            public var depId: String?
            /// `fromWdId`: text.
            public var fromWdId: String?
            /// `txId`: text.
            public var txId: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, depId: String? = nil, fromWdId: String? = nil, txId: String? = nil, type: TypeValue? = nil, state: State? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.depId = depId
                self.fromWdId = fromWdId
                self.txId = txId
                self.type = type
                self.state = state
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("depId", depId)
                p.add("fromWdId", fromWdId)
                p.add("txId", txId)
                p.add("type", type)
                p.add("state", state)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/deposit-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `chain`: text.
            public let chain: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `from`: text.
            public let from: String?
            /// `areaCodeFrom`: text.
            public let areaCodeFrom: String?
            /// `to`: text.
            public let to: String?
            /// `txId`: text.
            public let txId: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `depId`: text.
            public let depId: String
            /// `fromWdId`: text.
            public let fromWdId: String?
            /// `actualDepBlkConfirm`: an integer (a string on the wire).
            public let actualDepBlkConfirm: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.chain = try c.apiText("chain")
                self.amt = try c.apiDecimal("amt")
                self.from = try c.apiText("from")
                self.areaCodeFrom = try c.apiText("areaCodeFrom")
                self.to = try c.apiText("to")
                self.txId = try c.apiText("txId")
                self.ts = try c.apiDate("ts")
                self.state = try c.apiEnum("state")
                self.depId = try c.apiRequiredText("depId")
                self.fromWdId = try c.apiText("fromWdId")
                self.actualDepBlkConfirm = try c.apiInteger("actualDepBlkConfirm")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xA74390764C1A3056: if v1 < 0, m.isKey("chain") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0x7F845078D7A5C0B5: if v3 < 0, m.isKey("from") { v3 = m.value }
                    case 0x38BD06C970D7DEC9: if v4 < 0, m.isKey("areaCodeFrom") { v4 = m.value }
                    case 0x08C83907B56AC0A4: if v5 < 0, m.isKey("to") { v5 = m.value }
                    case 0xB23F5DEF82976FD4: if v6 < 0, m.isKey("txId") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    case 0xEE63AAAD45B1B116: if v8 < 0, m.isKey("state") { v8 = m.value }
                    case 0x75CDEB7600A892CB: if v9 < 0, m.isKey("depId") { v9 = m.value }
                    case 0x99DAEBFE7D84B3BB: if v10 < 0, m.isKey("fromWdId") { v10 = m.value }
                    case 0xF9EAC2693672217D: if v11 < 0, m.isKey("actualDepBlkConfirm") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.chain = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.from = try d.directText(v3)
                self.areaCodeFrom = try d.directText(v4)
                self.to = try d.directText(v5)
                self.txId = try d.directText(v6)
                self.ts = try d.directDate(v7)
                self.state = try d.directEnum(v8)
                self.depId = try d.directRequiredText(v9, "depId")
                self.fromWdId = try d.directText(v10)
                self.actualDepBlkConfirm = try d.directInteger(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.from, "from")
                try c.apiWriteText(self.areaCodeFrom, "areaCodeFrom")
                try c.apiWriteText(self.to, "to")
                try c.apiWriteText(self.txId, "txId")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.depId, "depId")
                try c.apiWriteText(self.fromWdId, "fromWdId")
                try c.apiWriteInteger(self.actualDepBlkConfirm, "actualDepBlkConfirm")
            }
        }
    }

    /// `GET /api/v5/asset/deposit-history`: “Get deposit history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-history
    public static func getDepositHistory(_ request: GetDepositHistory.Request = .init()) -> Endpoint<[GetDepositHistory.Response]> {
        .apiGet(GetDepositHistory.path, request)
    }

    /// `GET /api/v5/asset/deposit-withdraw-status`: “Get deposit withdraw status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-withdraw-status
    public enum GetDepositWithdrawStatus {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/deposit-withdraw-status"
        /// The parameters of `GET /api/v5/asset/deposit-withdraw-status`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-withdraw-status
        public struct Request: APIRequestFields {
            /// `wdId`: text; required in some cases.
            public var wdId: String?
            /// `txId`: text; required in some cases.
            public var txId: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `to`: text; required in some cases.
            public var to: String?
            /// `chain`: text; required in some cases.
            public var chain: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(wdId: String? = nil, txId: String? = nil, ccy: String? = nil, to: String? = nil, chain: String? = nil) {
                self.wdId = wdId
                self.txId = txId
                self.ccy = ccy
                self.to = to
                self.chain = chain
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("wdId", wdId)
                p.add("txId", txId)
                p.add("ccy", ccy)
                p.add("to", to)
                p.add("chain", chain)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/deposit-withdraw-status`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-withdraw-status
        public struct Response: Codable, Sendable, TapeDirect {
            /// `estCompleteTime`: text.
            public let estCompleteTime: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `txId`: text.
            public let txId: String?
            /// `wdId`: text.
            public let wdId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.estCompleteTime = try c.apiText("estCompleteTime")
                self.state = try c.apiEnum("state")
                self.txId = try c.apiText("txId")
                self.wdId = try c.apiRequiredText("wdId")
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
                    case 0xA4CDC4098C628565: if v0 < 0, m.isKey("estCompleteTime") { v0 = m.value }
                    case 0xEE63AAAD45B1B116: if v1 < 0, m.isKey("state") { v1 = m.value }
                    case 0xB23F5DEF82976FD4: if v2 < 0, m.isKey("txId") { v2 = m.value }
                    case 0x33A5D9F6140237EB: if v3 < 0, m.isKey("wdId") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.estCompleteTime = try d.directText(v0)
                self.state = try d.directEnum(v1)
                self.txId = try d.directText(v2)
                self.wdId = try d.directRequiredText(v3, "wdId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.estCompleteTime, "estCompleteTime")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.txId, "txId")
                try c.apiWriteText(self.wdId, "wdId")
            }
        }
    }

    /// `GET /api/v5/asset/deposit-withdraw-status`: “Get deposit withdraw status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-withdraw-status
    public static func getDepositWithdrawStatus(_ request: GetDepositWithdrawStatus.Request = .init()) -> Endpoint<[GetDepositWithdrawStatus.Response]> {
        .apiGet(GetDepositWithdrawStatus.path, request)
    }

    /// `GET /api/v5/asset/exchange-list`: “Get exchange list (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-exchange-list-public
    public enum GetExchangeList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/exchange-list"
        /// The parameters of `GET /api/v5/asset/exchange-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-exchange-list-public
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/exchange-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-exchange-list-public
        public struct Response: Codable, Sendable, TapeDirect {
            /// `exchName`: text.
            public let exchName: String?
            /// `exchId`: text.
            public let exchId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.exchName = try c.apiText("exchName")
                self.exchId = try c.apiText("exchId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x062179E973C16980: if v0 < 0, m.isKey("exchName") { v0 = m.value }
                    case 0x9A5538277067D296: if v1 < 0, m.isKey("exchId") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.exchName = try d.directText(v0)
                self.exchId = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.exchName, "exchName")
                try c.apiWriteText(self.exchId, "exchId")
            }
        }
    }

    /// `GET /api/v5/asset/exchange-list`: “Get exchange list (public)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-exchange-list-public
    public static func getExchangeList(_ request: GetExchangeList.Request = .init()) -> Endpoint<[GetExchangeList.Response]> {
        .apiGet(GetExchangeList.path, request)
    }

    /// `GET /api/v5/asset/monthly-statement`: “Get monthly statement (last year)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-monthly-statement-last-year
    public enum GetMonthlyStatementLastYear {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/monthly-statement"
        /// The parameters of `GET /api/v5/asset/monthly-statement`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-monthly-statement-last-year
        public struct Request: APIRequestFields {
            /// `month`: one of a documented set of values (unknown values are kept); required.
            public var month: Month
            /// A request with the given parameters; nil ones are not sent.
            public init(month: Month) {
                self.month = month
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("month", month)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/monthly-statement`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-monthly-statement-last-year
        public struct Response: Codable, Sendable, TapeDirect {
            /// `fileHref`: text.
            public let fileHref: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fileHref = try c.apiText("fileHref")
                self.ts = try c.apiDate("ts")
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
                    case 0x9E081BBE459831B6: if v0 < 0, m.isKey("fileHref") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fileHref = try d.directText(v0)
                self.ts = try d.directDate(v1)
                self.state = try d.directEnum(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.fileHref, "fileHref")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `GET /api/v5/asset/monthly-statement`: “Get monthly statement (last year)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-monthly-statement-last-year
    public static func getMonthlyStatementLastYear(_ request: GetMonthlyStatementLastYear.Request) -> Endpoint<[GetMonthlyStatementLastYear.Response]> {
        .apiGet(GetMonthlyStatementLastYear.path, request)
    }

    /// `POST /api/v5/asset/monthly-statement`: “Apply for monthly statement (last year)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-apply-for-monthly-statement-last-year
    public enum ApplyForMonthlyStatementLastYear {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/monthly-statement"
        /// The parameters of `POST /api/v5/asset/monthly-statement`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-apply-for-monthly-statement-last-year
        public struct Request: APIRequestFields {
            /// `month`: one of a documented set of values (unknown values are kept).
            public var month: Month?
            /// A request with the given parameters; nil ones are not sent.
            public init(month: Month? = nil) {
                self.month = month
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("month", month)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/monthly-statement`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-apply-for-monthly-statement-last-year
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/asset/monthly-statement`: “Apply for monthly statement (last year)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-apply-for-monthly-statement-last-year
    public static func applyForMonthlyStatementLastYear(_ request: ApplyForMonthlyStatementLastYear.Request = .init()) -> Endpoint<[ApplyForMonthlyStatementLastYear.Response]> {
        .apiPost(ApplyForMonthlyStatementLastYear.path, request)
    }

    /// `GET /api/v5/asset/non-tradable-assets`: “Get non-tradable assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-non-tradable-assets
    public enum GetNonTradableAssets {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/non-tradable-assets"
        /// The parameters of `GET /api/v5/asset/non-tradable-assets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-non-tradable-assets
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
        /// One item of the `data` array of `GET /api/v5/asset/non-tradable-assets`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-non-tradable-assets
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `name`: text.
            public let name: String?
            /// `logoLink`: text.
            public let logoLink: String?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `canWd`: a boolean.
            public let canWd: Bool?
            /// `chain`: text.
            public let chain: String?
            /// `minWd`: a decimal number (a string on the wire).
            public let minWd: Decimal?
            /// `wdAll`: a boolean.
            public let wdAll: Bool?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `burningFeeRate`: a decimal number (a string on the wire).
            public let burningFeeRate: Decimal?
            /// `ctAddr`: text.
            public let ctAddr: String?
            /// `wdTickSz`: a decimal number (a string on the wire).
            public let wdTickSz: Decimal?
            /// `needTag`: a boolean.
            public let needTag: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.name = try c.apiText("name")
                self.logoLink = try c.apiText("logoLink")
                self.bal = try c.apiDecimal("bal")
                self.canWd = try c.apiBoolean("canWd")
                self.chain = try c.apiText("chain")
                self.minWd = try c.apiDecimal("minWd")
                self.wdAll = try c.apiBoolean("wdAll")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.burningFeeRate = try c.apiDecimal("burningFeeRate")
                self.ctAddr = try c.apiText("ctAddr")
                self.wdTickSz = try c.apiDecimal("wdTickSz")
                self.needTag = try c.apiBoolean("needTag")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xC4BCADBA8E631B86: if v1 < 0, m.isKey("name") { v1 = m.value }
                    case 0x4F81D1B03A4AD0D2: if v2 < 0, m.isKey("logoLink") { v2 = m.value }
                    case 0x0039161913391320: if v3 < 0, m.isKey("bal") { v3 = m.value }
                    case 0x0212753AA7152EB6: if v4 < 0, m.isKey("canWd") { v4 = m.value }
                    case 0xA74390764C1A3056: if v5 < 0, m.isKey("chain") { v5 = m.value }
                    case 0x81BC9162B7EC08CC: if v6 < 0, m.isKey("minWd") { v6 = m.value }
                    case 0x7D4BBC23D6711F95: if v7 < 0, m.isKey("wdAll") { v7 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v8 < 0, m.isKey("fee") { v8 = m.value }
                    case 0x1E2D7FE73967FEA0: if v9 < 0, m.isKey("feeCcy") { v9 = m.value }
                    case 0x84A89476975AAF42: if v10 < 0, m.isKey("burningFeeRate") { v10 = m.value }
                    case 0x7075E5BA19959661: if v11 < 0, m.isKey("ctAddr") { v11 = m.value }
                    case 0x13078BCB02AC4D3E: if v12 < 0, m.isKey("wdTickSz") { v12 = m.value }
                    case 0xCD0296B0700F742B: if v13 < 0, m.isKey("needTag") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.name = try d.directText(v1)
                self.logoLink = try d.directText(v2)
                self.bal = try d.directDecimal(v3)
                self.canWd = try d.directBoolean(v4)
                self.chain = try d.directText(v5)
                self.minWd = try d.directDecimal(v6)
                self.wdAll = try d.directBoolean(v7)
                self.fee = try d.directDecimal(v8)
                self.feeCcy = try d.directText(v9)
                self.burningFeeRate = try d.directDecimal(v10)
                self.ctAddr = try d.directText(v11)
                self.wdTickSz = try d.directDecimal(v12)
                self.needTag = try d.directBoolean(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.name, "name")
                try c.apiWriteText(self.logoLink, "logoLink")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteBoolean(self.canWd, "canWd")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteDecimal(self.minWd, "minWd")
                try c.apiWriteBoolean(self.wdAll, "wdAll")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteDecimal(self.burningFeeRate, "burningFeeRate")
                try c.apiWriteText(self.ctAddr, "ctAddr")
                try c.apiWriteDecimal(self.wdTickSz, "wdTickSz")
                try c.apiWriteBoolean(self.needTag, "needTag")
            }
        }
    }

    /// `GET /api/v5/asset/non-tradable-assets`: “Get non-tradable assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-non-tradable-assets
    public static func getNonTradableAssets(_ request: GetNonTradableAssets.Request = .init()) -> Endpoint<[GetNonTradableAssets.Response]> {
        .apiGet(GetNonTradableAssets.path, request)
    }

    /// `POST /api/v5/asset/transfer`: “Funds transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-funds-transfer
    public enum FundsTransfer {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/transfer"
        /// The parameters of `POST /api/v5/asset/transfer`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-funds-transfer
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `ccy`: text; required.
            public var ccy: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `from`: one of a documented set of values (unknown values are kept); required.
            public var from: From
            /// `to`: one of a documented set of values (unknown values are kept); required.
            public var to: To
            /// `subAcct`: text; required in some cases.
            public var subAcct: String?
            /// `loanTrans`: a boolean.
            public var loanTrans: Bool?
            /// `omitPosRisk`: text.
            public var omitPosRisk: String?
            /// `clientId`: text.
            public var clientId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, ccy: String, amt: Decimal, from: From, to: To, subAcct: String? = nil, loanTrans: Bool? = nil, omitPosRisk: String? = nil, clientId: String? = nil) {
                self.type = type
                self.ccy = ccy
                self.amt = amt
                self.from = from
                self.to = to
                self.subAcct = subAcct
                self.loanTrans = loanTrans
                self.omitPosRisk = omitPosRisk
                self.clientId = clientId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("ccy", ccy)
                p.add("amt", amt)
                p.add("from", from)
                p.add("to", to)
                p.add("subAcct", subAcct)
                p.add("loanTrans", loanTrans)
                p.add("omitPosRisk", omitPosRisk)
                p.add("clientId", clientId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/transfer`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-funds-transfer
        public struct Response: Codable, Sendable, TapeDirect {
            /// `transId`: text.
            public let transId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `from`: text.
            public let from: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `to`: text.
            public let to: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.transId = try c.apiRequiredText("transId")
                self.clientId = try c.apiText("clientId")
                self.ccy = try c.apiText("ccy")
                self.from = try c.apiText("from")
                self.amt = try c.apiDecimal("amt")
                self.to = try c.apiText("to")
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
                    case 0x485DC1414C281A04: if v0 < 0, m.isKey("transId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0x7F845078D7A5C0B5: if v3 < 0, m.isKey("from") { v3 = m.value }
                    case 0xE6F3A919051C2845: if v4 < 0, m.isKey("amt") { v4 = m.value }
                    case 0x08C83907B56AC0A4: if v5 < 0, m.isKey("to") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.transId = try d.directRequiredText(v0, "transId")
                self.clientId = try d.directText(v1)
                self.ccy = try d.directText(v2)
                self.from = try d.directText(v3)
                self.amt = try d.directDecimal(v4)
                self.to = try d.directText(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.transId, "transId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.from, "from")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.to, "to")
            }
        }
    }

    /// `POST /api/v5/asset/transfer`: “Funds transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-funds-transfer
    public static func fundsTransfer(_ request: FundsTransfer.Request) -> Endpoint<[FundsTransfer.Response]> {
        .apiPost(FundsTransfer.path, request)
    }

    /// `GET /api/v5/asset/transfer-state`: “Get funds transfer state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-funds-transfer-state
    public enum GetFundsTransferState {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/transfer-state"
        /// The parameters of `GET /api/v5/asset/transfer-state`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-funds-transfer-state
        public struct Request: APIRequestFields {
            /// `transId`: text; required in some cases.
            public var transId: String?
            /// `clientId`: text; required in some cases.
            public var clientId: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// A request with the given parameters; nil ones are not sent.
            public init(transId: String? = nil, clientId: String? = nil, type: TypeValue? = nil) {
                self.transId = transId
                self.clientId = clientId
                self.type = type
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("transId", transId)
                p.add("clientId", clientId)
                p.add("type", type)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/transfer-state`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-funds-transfer-state
        public struct Response: Codable, Sendable, TapeDirect {
            /// `transId`: text.
            public let transId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `from`: one of a documented set of values (unknown values are kept).
            public let from: From?
            /// `to`: one of a documented set of values (unknown values are kept).
            public let to: To?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `instId`: text; deprecated.
            public let instId: String?
            /// `toInstId`: text; deprecated.
            public let toInstId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.transId = try c.apiRequiredText("transId")
                self.clientId = try c.apiText("clientId")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.type = try c.apiEnum("type")
                self.from = try c.apiEnum("from")
                self.to = try c.apiEnum("to")
                self.subAcct = try c.apiText("subAcct")
                self.instId = try c.apiText("instId")
                self.toInstId = try c.apiText("toInstId")
                self.state = try c.apiEnum("state")
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
                    case 0x485DC1414C281A04: if v0 < 0, m.isKey("transId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0xA79439EF7BFA9C2D: if v4 < 0, m.isKey("type") { v4 = m.value }
                    case 0x7F845078D7A5C0B5: if v5 < 0, m.isKey("from") { v5 = m.value }
                    case 0x08C83907B56AC0A4: if v6 < 0, m.isKey("to") { v6 = m.value }
                    case 0xD2699C0082FD2FFA: if v7 < 0, m.isKey("subAcct") { v7 = m.value }
                    case 0xF10F5F871070A39C: if v8 < 0, m.isKey("instId") { v8 = m.value }
                    case 0xCE13BF7D2AE20069: if v9 < 0, m.isKey("toInstId") { v9 = m.value }
                    case 0xEE63AAAD45B1B116: if v10 < 0, m.isKey("state") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.transId = try d.directRequiredText(v0, "transId")
                self.clientId = try d.directText(v1)
                self.ccy = try d.directText(v2)
                self.amt = try d.directDecimal(v3)
                self.type = try d.directEnum(v4)
                self.from = try d.directEnum(v5)
                self.to = try d.directEnum(v6)
                self.subAcct = try d.directText(v7)
                self.instId = try d.directText(v8)
                self.toInstId = try d.directText(v9)
                self.state = try d.directEnum(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.transId, "transId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteEnum(self.from, "from")
                try c.apiWriteEnum(self.to, "to")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.toInstId, "toInstId")
                try c.apiWriteEnum(self.state, "state")
            }
        }
    }

    /// `GET /api/v5/asset/transfer-state`: “Get funds transfer state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-funds-transfer-state
    public static func getFundsTransferState(_ request: GetFundsTransferState.Request = .init()) -> Endpoint<[GetFundsTransferState.Response]> {
        .apiGet(GetFundsTransferState.path, request)
    }

    /// `POST /api/v5/asset/withdrawal`: “Withdrawal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-withdrawal
    public enum Withdrawal {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/withdrawal"
        /// The parameters of `POST /api/v5/asset/withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-withdrawal
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct RcvrInfo: APIRequestFields {
                /// `walletType`: one of a documented set of values (unknown values are kept); required.
                public var walletType: WalletType
                /// `exchId`: text; required in some cases.
                public var exchId: String?
                /// `rcvrFirstName`: text; required in some cases.
                public var rcvrFirstName: String?
                /// `rcvrLastName`: text; required in some cases.
                public var rcvrLastName: String?
                /// `rcvrCountry`: text; required in some cases.
                public var rcvrCountry: String?
                /// `rcvrCountrySubDivision`: text; required in some cases.
                public var rcvrCountrySubDivision: String?
                /// `rcvrTownName`: text; required in some cases.
                public var rcvrTownName: String?
                /// `rcvrStreetName`: text; required in some cases.
                public var rcvrStreetName: String?
                /// A request with the given parameters; nil ones are not sent.
                public init(walletType: WalletType, exchId: String? = nil, rcvrFirstName: String? = nil, rcvrLastName: String? = nil, rcvrCountry: String? = nil, rcvrCountrySubDivision: String? = nil, rcvrTownName: String? = nil, rcvrStreetName: String? = nil) {
                    self.walletType = walletType
                    self.exchId = exchId
                    self.rcvrFirstName = rcvrFirstName
                    self.rcvrLastName = rcvrLastName
                    self.rcvrCountry = rcvrCountry
                    self.rcvrCountrySubDivision = rcvrCountrySubDivision
                    self.rcvrTownName = rcvrTownName
                    self.rcvrStreetName = rcvrStreetName
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("walletType", walletType)
                    p.add("exchId", exchId)
                    p.add("rcvrFirstName", rcvrFirstName)
                    p.add("rcvrLastName", rcvrLastName)
                    p.add("rcvrCountry", rcvrCountry)
                    p.add("rcvrCountrySubDivision", rcvrCountrySubDivision)
                    p.add("rcvrTownName", rcvrTownName)
                    p.add("rcvrStreetName", rcvrStreetName)
                    return p
                }
            }
            /// `ccy`: text; required.
            public var ccy: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `dest`: one of a documented set of values (unknown values are kept); required.
            public var dest: Dest
            /// `toAddr`: text; required.
            public var toAddr: String
            /// `toAddrType`: one of a documented set of values (unknown values are kept).
            public var toAddrType: ToAddrType?
            /// `chain`: text; required in some cases.
            public var chain: String?
            /// `areaCode`: text; required in some cases.
            public var areaCode: String?
            /// `rcvrInfo`: a nested object; required in some cases.
            public var rcvrInfo: RcvrInfo?
            /// `clientId`: text.
            public var clientId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, amt: Decimal, dest: Dest, toAddr: String, toAddrType: ToAddrType? = nil, chain: String? = nil, areaCode: String? = nil, rcvrInfo: RcvrInfo? = nil, clientId: String? = nil) {
                self.ccy = ccy
                self.amt = amt
                self.dest = dest
                self.toAddr = toAddr
                self.toAddrType = toAddrType
                self.chain = chain
                self.areaCode = areaCode
                self.rcvrInfo = rcvrInfo
                self.clientId = clientId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("amt", amt)
                p.add("dest", dest)
                p.add("toAddr", toAddr)
                p.add("toAddrType", toAddrType)
                p.add("chain", chain)
                p.add("areaCode", areaCode)
                p.add("rcvrInfo", rcvrInfo)
                p.add("clientId", clientId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-withdrawal
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `chain`: text.
            public let chain: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `wdId`: text.
            public let wdId: String
            /// `clientId`: text.
            public let clientId: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.chain = try c.apiText("chain")
                self.amt = try c.apiDecimal("amt")
                self.wdId = try c.apiRequiredText("wdId")
                self.clientId = try c.apiText("clientId")
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
                    case 0xA74390764C1A3056: if v1 < 0, m.isKey("chain") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0x33A5D9F6140237EB: if v3 < 0, m.isKey("wdId") { v3 = m.value }
                    case 0xB4E5A7D207CA8483: if v4 < 0, m.isKey("clientId") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.chain = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.wdId = try d.directRequiredText(v3, "wdId")
                self.clientId = try d.directText(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.wdId, "wdId")
                try c.apiWriteText(self.clientId, "clientId")
            }
        }
    }

    /// `POST /api/v5/asset/withdrawal`: “Withdrawal”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-withdrawal
    public static func withdrawal(_ request: Withdrawal.Request) -> Endpoint<[Withdrawal.Response]> {
        .apiPost(Withdrawal.path, request)
    }

    /// `GET /api/v5/asset/withdrawal-history`: “Get withdrawal history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-history
    public enum GetWithdrawalHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/withdrawal-history"
        /// The parameters of `GET /api/v5/asset/withdrawal-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `wdId`: text.
            public var wdId: String?
            /// `clientId`: text.
            public var clientId: String?
            /// `txId`: text.
            public var txId: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, wdId: String? = nil, clientId: String? = nil, txId: String? = nil, type: TypeValue? = nil, state: State? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.wdId = wdId
                self.clientId = clientId
                self.txId = txId
                self.type = type
                self.state = state
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("wdId", wdId)
                p.add("clientId", clientId)
                p.add("txId", txId)
                p.add("type", type)
                p.add("state", state)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/withdrawal-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AddrEx: Codable, Sendable, TapeDirect {
                /// The docs list no fields for this item.
                public init(from decoder: any Decoder) throws {}
                /// Reads nothing, like `init(from:)`.
                package init(tape: JSONTape, at index: Int32) throws {}
                /// Writes an empty object.
                public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `chain`: text.
            public let chain: String?
            /// `nonTradableAsset`: a boolean.
            public let nonTradableAsset: Bool?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `from`: text.
            public let from: String?
            /// `areaCodeFrom`: text.
            public let areaCodeFrom: String?
            /// `to`: text.
            public let to: String?
            /// `areaCodeTo`: text.
            public let areaCodeTo: String?
            /// `toAddrType`: one of a documented set of values (unknown values are kept).
            public let toAddrType: ToAddrType?
            /// `tag`: text.
            public let tag: String?
            /// `pmtId`: text.
            public let pmtId: String?
            /// `memo`: text.
            public let memo: String?
            /// `addrEx`: a nested object.
            public let addrEx: AddrEx?
            /// `txId`: text.
            public let txId: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `feeCcy`: text.
            public let feeCcy: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `wdId`: text.
            public let wdId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `note`: text.
            public let note: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.chain = try c.apiText("chain")
                self.nonTradableAsset = try c.apiBoolean("nonTradableAsset")
                self.amt = try c.apiDecimal("amt")
                self.ts = try c.apiDate("ts")
                self.from = try c.apiText("from")
                self.areaCodeFrom = try c.apiText("areaCodeFrom")
                self.to = try c.apiText("to")
                self.areaCodeTo = try c.apiText("areaCodeTo")
                self.toAddrType = try c.apiEnum("toAddrType")
                self.tag = try c.apiText("tag")
                self.pmtId = try c.apiText("pmtId")
                self.memo = try c.apiText("memo")
                self.addrEx = try c.apiNested("addrEx")
                self.txId = try c.apiText("txId")
                self.fee = try c.apiDecimal("fee")
                self.feeCcy = try c.apiText("feeCcy")
                self.state = try c.apiEnum("state")
                self.wdId = try c.apiRequiredText("wdId")
                self.clientId = try c.apiText("clientId")
                self.note = try c.apiText("note")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xA74390764C1A3056: if v1 < 0, m.isKey("chain") { v1 = m.value }
                    case 0xB85E60E739126201: if v2 < 0, m.isKey("nonTradableAsset") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x7F845078D7A5C0B5: if v5 < 0, m.isKey("from") { v5 = m.value }
                    case 0x38BD06C970D7DEC9: if v6 < 0, m.isKey("areaCodeFrom") { v6 = m.value }
                    case 0x08C83907B56AC0A4: if v7 < 0, m.isKey("to") { v7 = m.value }
                    case 0x3EBF49239B5E1F90: if v8 < 0, m.isKey("areaCodeTo") { v8 = m.value }
                    case 0xCD179DAAC27A874F: if v9 < 0, m.isKey("toAddrType") { v9 = m.value }
                    case 0x56D7AB194448A4F3: if v10 < 0, m.isKey("tag") { v10 = m.value }
                    case 0x5126FE4253E11ECB: if v11 < 0, m.isKey("pmtId") { v11 = m.value }
                    case 0x430207A2E3142EA3: if v12 < 0, m.isKey("memo") { v12 = m.value }
                    case 0x0EAB2F9541146577: if v13 < 0, m.isKey("addrEx") { v13 = m.value }
                    case 0xB23F5DEF82976FD4: if v14 < 0, m.isKey("txId") { v14 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v15 < 0, m.isKey("fee") { v15 = m.value }
                    case 0x1E2D7FE73967FEA0: if v16 < 0, m.isKey("feeCcy") { v16 = m.value }
                    case 0xEE63AAAD45B1B116: if v17 < 0, m.isKey("state") { v17 = m.value }
                    case 0x33A5D9F6140237EB: if v18 < 0, m.isKey("wdId") { v18 = m.value }
                    case 0xB4E5A7D207CA8483: if v19 < 0, m.isKey("clientId") { v19 = m.value }
                    case 0x3BF8FBBAD1587CDD: if v20 < 0, m.isKey("note") { v20 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.chain = try d.directText(v1)
                self.nonTradableAsset = try d.directBoolean(v2)
                self.amt = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
                self.from = try d.directText(v5)
                self.areaCodeFrom = try d.directText(v6)
                self.to = try d.directText(v7)
                self.areaCodeTo = try d.directText(v8)
                self.toAddrType = try d.directEnum(v9)
                self.tag = try d.directText(v10)
                self.pmtId = try d.directText(v11)
                self.memo = try d.directText(v12)
                self.addrEx = try d.directNested(v13)
                self.txId = try d.directText(v14)
                self.fee = try d.directDecimal(v15)
                self.feeCcy = try d.directText(v16)
                self.state = try d.directEnum(v17)
                self.wdId = try d.directRequiredText(v18, "wdId")
                self.clientId = try d.directText(v19)
                self.note = try d.directText(v20)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.chain, "chain")
                try c.apiWriteBoolean(self.nonTradableAsset, "nonTradableAsset")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.from, "from")
                try c.apiWriteText(self.areaCodeFrom, "areaCodeFrom")
                try c.apiWriteText(self.to, "to")
                try c.apiWriteText(self.areaCodeTo, "areaCodeTo")
                try c.apiWriteEnum(self.toAddrType, "toAddrType")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteText(self.pmtId, "pmtId")
                try c.apiWriteText(self.memo, "memo")
                try c.apiWriteNested(self.addrEx, "addrEx")
                try c.apiWriteText(self.txId, "txId")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.feeCcy, "feeCcy")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.wdId, "wdId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.note, "note")
            }
        }
    }

    /// `GET /api/v5/asset/withdrawal-history`: “Get withdrawal history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-history
    public static func getWithdrawalHistory(_ request: GetWithdrawalHistory.Request = .init()) -> Endpoint<[GetWithdrawalHistory.Response]> {
        .apiGet(GetWithdrawalHistory.path, request)
    }

    /// `GET /api/v5/fiat/buy-sell/currencies`: “Get buy/sell currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currencies
    public enum GetBuySellCurrencies {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/buy-sell/currencies"
        /// The parameters of `GET /api/v5/fiat/buy-sell/currencies`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currencies
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/fiat/buy-sell/currencies`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currencies
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct FiatCcyList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                }
            }
            /// A nested object of the response.
            public struct CryptoCcyList: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                }
            }
            /// `fiatCcyList`: a list of nested objects.
            public let fiatCcyList: [FiatCcyList]?
            /// `cryptoCcyList`: a list of nested objects.
            public let cryptoCcyList: [CryptoCcyList]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.fiatCcyList = try c.apiNested("fiatCcyList")
                self.cryptoCcyList = try c.apiNested("cryptoCcyList")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6D5CECAD8EAD0E2A: if v0 < 0, m.isKey("fiatCcyList") { v0 = m.value }
                    case 0xD0A34572D73D3EC1: if v1 < 0, m.isKey("cryptoCcyList") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.fiatCcyList = try d.directNested(v0)
                self.cryptoCcyList = try d.directNested(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.fiatCcyList, "fiatCcyList")
                try c.apiWriteNested(self.cryptoCcyList, "cryptoCcyList")
            }
        }
    }

    /// `GET /api/v5/fiat/buy-sell/currencies`: “Get buy/sell currencies”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currencies
    public static func getBuySellCurrencies(_ request: GetBuySellCurrencies.Request = .init()) -> Endpoint<[GetBuySellCurrencies.Response]> {
        .apiGet(GetBuySellCurrencies.path, request)
    }

    /// `GET /api/v5/fiat/buy-sell/currency-pair`: “Get buy/sell currency pair”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currency-pair
    public enum GetBuySellCurrencyPair {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/buy-sell/currency-pair"
        /// The parameters of `GET /api/v5/fiat/buy-sell/currency-pair`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currency-pair
        public struct Request: APIRequestFields {
            /// `fromCcy`: text; required.
            public var fromCcy: String
            /// `toCcy`: text; required.
            public var toCcy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(fromCcy: String, toCcy: String) {
                self.fromCcy = fromCcy
                self.toCcy = toCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("fromCcy", fromCcy)
                p.add("toCcy", toCcy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/fiat/buy-sell/currency-pair`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currency-pair
        public struct Response: Codable, Sendable, TapeDirect {
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `singleTradeMax`: a decimal number (a string on the wire).
            public let singleTradeMax: Decimal?
            /// `singleTradeMin`: a decimal number (a string on the wire).
            public let singleTradeMin: Decimal?
            /// `fixedPxDailyLimit`: a decimal number (a string on the wire).
            public let fixedPxDailyLimit: Decimal?
            /// `fixedPxRemainingDailyQuota`: a decimal number (a string on the wire).
            public let fixedPxRemainingDailyQuota: Decimal?
            /// `paymentMethods`: a list of text values.
            public let paymentMethods: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.side = try c.apiEnum("side")
                self.fromCcy = try c.apiText("fromCcy")
                self.toCcy = try c.apiText("toCcy")
                self.singleTradeMax = try c.apiDecimal("singleTradeMax")
                self.singleTradeMin = try c.apiDecimal("singleTradeMin")
                self.fixedPxDailyLimit = try c.apiDecimal("fixedPxDailyLimit")
                self.fixedPxRemainingDailyQuota = try c.apiDecimal("fixedPxRemainingDailyQuota")
                self.paymentMethods = try c.apiTexts("paymentMethods")
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
                    case 0x4E0C8A18E635803E: if v0 < 0, m.isKey("side") { v0 = m.value }
                    case 0xAD01B7437837FEDE: if v1 < 0, m.isKey("fromCcy") { v1 = m.value }
                    case 0xF795987DC73CDC91: if v2 < 0, m.isKey("toCcy") { v2 = m.value }
                    case 0xC5AAE3E2534E2781: if v3 < 0, m.isKey("singleTradeMax") { v3 = m.value }
                    case 0xC5C5F5E253650DCF: if v4 < 0, m.isKey("singleTradeMin") { v4 = m.value }
                    case 0x349C557D3B1118A9: if v5 < 0, m.isKey("fixedPxDailyLimit") { v5 = m.value }
                    case 0x04C60ED430620564: if v6 < 0, m.isKey("fixedPxRemainingDailyQuota") { v6 = m.value }
                    case 0x0EF4534375509A65: if v7 < 0, m.isKey("paymentMethods") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.side = try d.directEnum(v0)
                self.fromCcy = try d.directText(v1)
                self.toCcy = try d.directText(v2)
                self.singleTradeMax = try d.directDecimal(v3)
                self.singleTradeMin = try d.directDecimal(v4)
                self.fixedPxDailyLimit = try d.directDecimal(v5)
                self.fixedPxRemainingDailyQuota = try d.directDecimal(v6)
                self.paymentMethods = try d.directTexts(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.singleTradeMax, "singleTradeMax")
                try c.apiWriteDecimal(self.singleTradeMin, "singleTradeMin")
                try c.apiWriteDecimal(self.fixedPxDailyLimit, "fixedPxDailyLimit")
                try c.apiWriteDecimal(self.fixedPxRemainingDailyQuota, "fixedPxRemainingDailyQuota")
                try c.apiWriteTexts(self.paymentMethods, "paymentMethods")
            }
        }
    }

    /// `GET /api/v5/fiat/buy-sell/currency-pair`: “Get buy/sell currency pair”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-currency-pair
    public static func getBuySellCurrencyPair(_ request: GetBuySellCurrencyPair.Request) -> Endpoint<[GetBuySellCurrencyPair.Response]> {
        .apiGet(GetBuySellCurrencyPair.path, request)
    }

    /// `GET /api/v5/fiat/buy-sell/history`: “Get buy/sell trade history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-trade-history
    public enum GetBuySellTradeHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/buy-sell/history"
        /// The parameters of `GET /api/v5/fiat/buy-sell/history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-trade-history
        public struct Request: APIRequestFields {
            /// `ordId`: text.
            public var ordId: String?
            /// `clOrdId`: text.
            public var clOrdId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String? = nil, clOrdId: String? = nil, state: State? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.ordId = ordId
                self.clOrdId = clOrdId
                self.state = state
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("clOrdId", clOrdId)
                p.add("state", state)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/fiat/buy-sell/history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-trade-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `rfqAmt`: a decimal number (a string on the wire).
            public let rfqAmt: Decimal?
            /// `rfqCcy`: text.
            public let rfqCcy: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillQuoteCcy`: text.
            public let fillQuoteCcy: String?
            /// `fillFromAmt`: a decimal number (a string on the wire).
            public let fillFromAmt: Decimal?
            /// `fillToAmt`: a decimal number (a string on the wire).
            public let fillToAmt: Decimal?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.quoteId = try c.apiText("quoteId")
                self.state = try c.apiEnum("state")
                self.fromCcy = try c.apiText("fromCcy")
                self.toCcy = try c.apiText("toCcy")
                self.rfqAmt = try c.apiDecimal("rfqAmt")
                self.rfqCcy = try c.apiText("rfqCcy")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillQuoteCcy = try c.apiText("fillQuoteCcy")
                self.fillFromAmt = try c.apiDecimal("fillFromAmt")
                self.fillToAmt = try c.apiDecimal("fillToAmt")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0xE53D9B18938FAEDA: if v2 < 0, m.isKey("quoteId") { v2 = m.value }
                    case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                    case 0xAD01B7437837FEDE: if v4 < 0, m.isKey("fromCcy") { v4 = m.value }
                    case 0xF795987DC73CDC91: if v5 < 0, m.isKey("toCcy") { v5 = m.value }
                    case 0xD14D49D11215C412: if v6 < 0, m.isKey("rfqAmt") { v6 = m.value }
                    case 0xE028A8D119CD979D: if v7 < 0, m.isKey("rfqCcy") { v7 = m.value }
                    case 0x602880A90A6DACD0: if v8 < 0, m.isKey("fillPx") { v8 = m.value }
                    case 0xD5C052711F059CE9: if v9 < 0, m.isKey("fillQuoteCcy") { v9 = m.value }
                    case 0x1C2973B52A258422: if v10 < 0, m.isKey("fillFromAmt") { v10 = m.value }
                    case 0xD294D4623EE596D9: if v11 < 0, m.isKey("fillToAmt") { v11 = m.value }
                    case 0x97CBF7DBB8D1A953: if v12 < 0, m.isKey("cTime") { v12 = m.value }
                    case 0x607ED783146D4C29: if v13 < 0, m.isKey("uTime") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.quoteId = try d.directText(v2)
                self.state = try d.directEnum(v3)
                self.fromCcy = try d.directText(v4)
                self.toCcy = try d.directText(v5)
                self.rfqAmt = try d.directDecimal(v6)
                self.rfqCcy = try d.directText(v7)
                self.fillPx = try d.directDecimal(v8)
                self.fillQuoteCcy = try d.directText(v9)
                self.fillFromAmt = try d.directDecimal(v10)
                self.fillToAmt = try d.directDecimal(v11)
                self.cTime = try d.directDate(v12)
                self.uTime = try d.directDate(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.rfqAmt, "rfqAmt")
                try c.apiWriteText(self.rfqCcy, "rfqCcy")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.fillQuoteCcy, "fillQuoteCcy")
                try c.apiWriteDecimal(self.fillFromAmt, "fillFromAmt")
                try c.apiWriteDecimal(self.fillToAmt, "fillToAmt")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/fiat/buy-sell/history`: “Get buy/sell trade history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-trade-history
    public static func getBuySellTradeHistory(_ request: GetBuySellTradeHistory.Request = .init()) -> Endpoint<[GetBuySellTradeHistory.Response]> {
        .apiGet(GetBuySellTradeHistory.path, request)
    }

    /// `POST /api/v5/fiat/buy-sell/quote`: “Get buy/sell quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-quote
    public enum GetBuySellQuote {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/fiat/buy-sell/quote"
        /// The parameters of `POST /api/v5/fiat/buy-sell/quote`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-quote
        public struct Request: APIRequestFields {
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `fromCcy`: text; required.
            public var fromCcy: String
            /// `toCcy`: text; required.
            public var toCcy: String
            /// `rfqAmt`: a decimal number (a string on the wire); required.
            public var rfqAmt: Decimal
            /// `rfqCcy`: text; required.
            public var rfqCcy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(side: Side, fromCcy: String, toCcy: String, rfqAmt: Decimal, rfqCcy: String) {
                self.side = side
                self.fromCcy = fromCcy
                self.toCcy = toCcy
                self.rfqAmt = rfqAmt
                self.rfqCcy = rfqCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("side", side)
                p.add("fromCcy", fromCcy)
                p.add("toCcy", toCcy)
                p.add("rfqAmt", rfqAmt)
                p.add("rfqCcy", rfqCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/fiat/buy-sell/quote`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-quote
        public struct Response: Codable, Sendable, TapeDirect {
            /// `quoteId`: text.
            public let quoteId: String
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `rfqAmt`: a decimal number (a string on the wire).
            public let rfqAmt: Decimal?
            /// `rfqCcy`: text.
            public let rfqCcy: String?
            /// `quotePx`: a decimal number (a string on the wire).
            public let quotePx: Decimal?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `quoteFromAmt`: a decimal number (a string on the wire).
            public let quoteFromAmt: Decimal?
            /// `quoteToAmt`: a decimal number (a string on the wire).
            public let quoteToAmt: Decimal?
            /// `quoteTime`: a time (epoch milliseconds on the wire).
            public let quoteTime: Date?
            /// `ttlMs`: an integer (a string on the wire).
            public let ttlMs: Int?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.quoteId = try c.apiRequiredText("quoteId")
                self.side = try c.apiEnum("side")
                self.fromCcy = try c.apiText("fromCcy")
                self.toCcy = try c.apiText("toCcy")
                self.rfqAmt = try c.apiDecimal("rfqAmt")
                self.rfqCcy = try c.apiText("rfqCcy")
                self.quotePx = try c.apiDecimal("quotePx")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.quoteFromAmt = try c.apiDecimal("quoteFromAmt")
                self.quoteToAmt = try c.apiDecimal("quoteToAmt")
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
                var v7: Int32 = -1
                var v8: Int32 = -1
                var v9: Int32 = -1
                var v10: Int32 = -1
                var v11: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xE53D9B18938FAEDA: if v0 < 0, m.isKey("quoteId") { v0 = m.value }
                    case 0x4E0C8A18E635803E: if v1 < 0, m.isKey("side") { v1 = m.value }
                    case 0xAD01B7437837FEDE: if v2 < 0, m.isKey("fromCcy") { v2 = m.value }
                    case 0xF795987DC73CDC91: if v3 < 0, m.isKey("toCcy") { v3 = m.value }
                    case 0xD14D49D11215C412: if v4 < 0, m.isKey("rfqAmt") { v4 = m.value }
                    case 0xE028A8D119CD979D: if v5 < 0, m.isKey("rfqCcy") { v5 = m.value }
                    case 0xE4EF8518934D6827: if v6 < 0, m.isKey("quotePx") { v6 = m.value }
                    case 0xC0BB97C28C13F59C: if v7 < 0, m.isKey("quoteCcy") { v7 = m.value }
                    case 0x6BD6C45BF62C10C7: if v8 < 0, m.isKey("quoteFromAmt") { v8 = m.value }
                    case 0x046C7C68F8A88298: if v9 < 0, m.isKey("quoteToAmt") { v9 = m.value }
                    case 0x5FFDCA04D6D25B06: if v10 < 0, m.isKey("quoteTime") { v10 = m.value }
                    case 0x9E4209D7A794E163: if v11 < 0, m.isKey("ttlMs") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.quoteId = try d.directRequiredText(v0, "quoteId")
                self.side = try d.directEnum(v1)
                self.fromCcy = try d.directText(v2)
                self.toCcy = try d.directText(v3)
                self.rfqAmt = try d.directDecimal(v4)
                self.rfqCcy = try d.directText(v5)
                self.quotePx = try d.directDecimal(v6)
                self.quoteCcy = try d.directText(v7)
                self.quoteFromAmt = try d.directDecimal(v8)
                self.quoteToAmt = try d.directDecimal(v9)
                self.quoteTime = try d.directDate(v10)
                self.ttlMs = try d.directInteger(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.rfqAmt, "rfqAmt")
                try c.apiWriteText(self.rfqCcy, "rfqCcy")
                try c.apiWriteDecimal(self.quotePx, "quotePx")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteDecimal(self.quoteFromAmt, "quoteFromAmt")
                try c.apiWriteDecimal(self.quoteToAmt, "quoteToAmt")
                try c.apiWriteDate(self.quoteTime, "quoteTime")
                try c.apiWriteInteger(self.ttlMs, "ttlMs")
            }
        }
    }

    /// `POST /api/v5/fiat/buy-sell/quote`: “Get buy/sell quote”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-buy-sell-quote
    public static func getBuySellQuote(_ request: GetBuySellQuote.Request) -> Endpoint<[GetBuySellQuote.Response]> {
        .apiPost(GetBuySellQuote.path, request)
    }

    /// `POST /api/v5/fiat/buy-sell/trade`: “Buy/sell trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-buy-sell-trade
    public enum BuySellTrade {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/fiat/buy-sell/trade"
        /// The parameters of `POST /api/v5/fiat/buy-sell/trade`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-buy-sell-trade
        public struct Request: APIRequestFields {
            /// `quoteId`: text; required.
            public var quoteId: String
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `fromCcy`: text; required.
            public var fromCcy: String
            /// `toCcy`: text; required.
            public var toCcy: String
            /// `rfqAmt`: a decimal number (a string on the wire); required.
            public var rfqAmt: Decimal
            /// `rfqCcy`: text; required.
            public var rfqCcy: String
            /// `paymentMethod`: one of a documented set of values (unknown values are kept); required.
            public var paymentMethod: PaymentMethod
            /// `clOrdId`: text; required.
            public var clOrdId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(quoteId: String, side: Side, fromCcy: String, toCcy: String, rfqAmt: Decimal, rfqCcy: String, paymentMethod: PaymentMethod, clOrdId: String) {
                self.quoteId = quoteId
                self.side = side
                self.fromCcy = fromCcy
                self.toCcy = toCcy
                self.rfqAmt = rfqAmt
                self.rfqCcy = rfqCcy
                self.paymentMethod = paymentMethod
                self.clOrdId = clOrdId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("quoteId", quoteId)
                p.add("side", side)
                p.add("fromCcy", fromCcy)
                p.add("toCcy", toCcy)
                p.add("rfqAmt", rfqAmt)
                p.add("rfqCcy", rfqCcy)
                p.add("paymentMethod", paymentMethod)
                p.add("clOrdId", clOrdId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/fiat/buy-sell/trade`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-buy-sell-trade
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `quoteId`: text.
            public let quoteId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `fromCcy`: text.
            public let fromCcy: String?
            /// `toCcy`: text.
            public let toCcy: String?
            /// `rfqAmt`: a decimal number (a string on the wire).
            public let rfqAmt: Decimal?
            /// `rfqCcy`: text.
            public let rfqCcy: String?
            /// `fillPx`: a decimal number (a string on the wire).
            public let fillPx: Decimal?
            /// `fillQuoteCcy`: text.
            public let fillQuoteCcy: String?
            /// `fillFromAmt`: a decimal number (a string on the wire).
            public let fillFromAmt: Decimal?
            /// `fillToAmt`: a decimal number (a string on the wire).
            public let fillToAmt: Decimal?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clOrdId = try c.apiText("clOrdId")
                self.quoteId = try c.apiText("quoteId")
                self.state = try c.apiEnum("state")
                self.side = try c.apiEnum("side")
                self.fromCcy = try c.apiText("fromCcy")
                self.toCcy = try c.apiText("toCcy")
                self.rfqAmt = try c.apiDecimal("rfqAmt")
                self.rfqCcy = try c.apiText("rfqCcy")
                self.fillPx = try c.apiDecimal("fillPx")
                self.fillQuoteCcy = try c.apiText("fillQuoteCcy")
                self.fillFromAmt = try c.apiDecimal("fillFromAmt")
                self.fillToAmt = try c.apiDecimal("fillToAmt")
                self.cTime = try c.apiDate("cTime")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                    case 0xE53D9B18938FAEDA: if v2 < 0, m.isKey("quoteId") { v2 = m.value }
                    case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                    case 0x4E0C8A18E635803E: if v4 < 0, m.isKey("side") { v4 = m.value }
                    case 0xAD01B7437837FEDE: if v5 < 0, m.isKey("fromCcy") { v5 = m.value }
                    case 0xF795987DC73CDC91: if v6 < 0, m.isKey("toCcy") { v6 = m.value }
                    case 0xD14D49D11215C412: if v7 < 0, m.isKey("rfqAmt") { v7 = m.value }
                    case 0xE028A8D119CD979D: if v8 < 0, m.isKey("rfqCcy") { v8 = m.value }
                    case 0x602880A90A6DACD0: if v9 < 0, m.isKey("fillPx") { v9 = m.value }
                    case 0xD5C052711F059CE9: if v10 < 0, m.isKey("fillQuoteCcy") { v10 = m.value }
                    case 0x1C2973B52A258422: if v11 < 0, m.isKey("fillFromAmt") { v11 = m.value }
                    case 0xD294D4623EE596D9: if v12 < 0, m.isKey("fillToAmt") { v12 = m.value }
                    case 0x97CBF7DBB8D1A953: if v13 < 0, m.isKey("cTime") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clOrdId = try d.directText(v1)
                self.quoteId = try d.directText(v2)
                self.state = try d.directEnum(v3)
                self.side = try d.directEnum(v4)
                self.fromCcy = try d.directText(v5)
                self.toCcy = try d.directText(v6)
                self.rfqAmt = try d.directDecimal(v7)
                self.rfqCcy = try d.directText(v8)
                self.fillPx = try d.directDecimal(v9)
                self.fillQuoteCcy = try d.directText(v10)
                self.fillFromAmt = try d.directDecimal(v11)
                self.fillToAmt = try d.directDecimal(v12)
                self.cTime = try d.directDate(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteText(self.quoteId, "quoteId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteText(self.fromCcy, "fromCcy")
                try c.apiWriteText(self.toCcy, "toCcy")
                try c.apiWriteDecimal(self.rfqAmt, "rfqAmt")
                try c.apiWriteText(self.rfqCcy, "rfqCcy")
                try c.apiWriteDecimal(self.fillPx, "fillPx")
                try c.apiWriteText(self.fillQuoteCcy, "fillQuoteCcy")
                try c.apiWriteDecimal(self.fillFromAmt, "fillFromAmt")
                try c.apiWriteDecimal(self.fillToAmt, "fillToAmt")
                try c.apiWriteDate(self.cTime, "cTime")
            }
        }
    }

    /// `POST /api/v5/fiat/buy-sell/trade`: “Buy/sell trade”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-buy-sell-trade
    public static func buySellTrade(_ request: BuySellTrade.Request) -> Endpoint<[BuySellTrade.Response]> {
        .apiPost(BuySellTrade.path, request)
    }

    /// `POST /api/v5/fiat/cancel-withdrawal`: “Cancel withdrawal order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal-order
    public enum CancelWithdrawalOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/fiat/cancel-withdrawal"
        /// The parameters of `POST /api/v5/fiat/cancel-withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal-order
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
        /// One item of the `data` array of `POST /api/v5/fiat/cancel-withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal-order
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

    /// `POST /api/v5/fiat/cancel-withdrawal`: “Cancel withdrawal order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-cancel-withdrawal-order
    public static func cancelWithdrawalOrder(_ request: CancelWithdrawalOrder.Request) -> Endpoint<[CancelWithdrawalOrder.Response]> {
        .apiPost(CancelWithdrawalOrder.path, request)
    }

    /// `POST /api/v5/fiat/create-withdrawal`: “Create withdrawal order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-create-withdrawal-order
    public enum CreateWithdrawalOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/fiat/create-withdrawal"
        /// The parameters of `POST /api/v5/fiat/create-withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-create-withdrawal-order
        public struct Request: APIRequestFields {
            /// `paymentAcctId`: text; required.
            public var paymentAcctId: String
            /// `ccy`: text; required.
            public var ccy: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `paymentMethod`: one of a documented set of values (unknown values are kept); required.
            public var paymentMethod: PaymentMethod
            /// `clientId`: text; required.
            public var clientId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(paymentAcctId: String, ccy: String, amt: Decimal, paymentMethod: PaymentMethod, clientId: String) {
                self.paymentAcctId = paymentAcctId
                self.ccy = ccy
                self.amt = amt
                self.paymentMethod = paymentMethod
                self.clientId = clientId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("paymentAcctId", paymentAcctId)
                p.add("ccy", ccy)
                p.add("amt", amt)
                p.add("paymentMethod", paymentMethod)
                p.add("clientId", clientId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/fiat/create-withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-create-withdrawal-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `paymentAcctId`: text.
            public let paymentAcctId: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clientId = try c.apiText("clientId")
                self.amt = try c.apiDecimal("amt")
                self.ccy = try c.apiText("ccy")
                self.fee = try c.apiDecimal("fee")
                self.paymentAcctId = try c.apiText("paymentAcctId")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                    case 0x719147626F3A0F23: if v5 < 0, m.isKey("paymentAcctId") { v5 = m.value }
                    case 0x4FB12203AFA4F7F4: if v6 < 0, m.isKey("paymentMethod") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x97CBF7DBB8D1A953: if v8 < 0, m.isKey("cTime") { v8 = m.value }
                    case 0x607ED783146D4C29: if v9 < 0, m.isKey("uTime") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clientId = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.ccy = try d.directText(v3)
                self.fee = try d.directDecimal(v4)
                self.paymentAcctId = try d.directText(v5)
                self.paymentMethod = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cTime = try d.directDate(v8)
                self.uTime = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `POST /api/v5/fiat/create-withdrawal`: “Create withdrawal order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-create-withdrawal-order
    public static func createWithdrawalOrder(_ request: CreateWithdrawalOrder.Request) -> Endpoint<[CreateWithdrawalOrder.Response]> {
        .apiPost(CreateWithdrawalOrder.path, request)
    }

    /// `GET /api/v5/fiat/deposit`: “Get deposit order detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-detail
    public enum GetDepositOrderDetail {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/deposit"
        /// The parameters of `GET /api/v5/fiat/deposit`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-detail
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
        /// One item of the `data` array of `GET /api/v5/fiat/deposit`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-detail
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `paymentAcctId`: text.
            public let paymentAcctId: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clientId = try c.apiText("clientId")
                self.amt = try c.apiDecimal("amt")
                self.ccy = try c.apiText("ccy")
                self.fee = try c.apiDecimal("fee")
                self.paymentAcctId = try c.apiText("paymentAcctId")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                    case 0x719147626F3A0F23: if v5 < 0, m.isKey("paymentAcctId") { v5 = m.value }
                    case 0x4FB12203AFA4F7F4: if v6 < 0, m.isKey("paymentMethod") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x97CBF7DBB8D1A953: if v8 < 0, m.isKey("cTime") { v8 = m.value }
                    case 0x607ED783146D4C29: if v9 < 0, m.isKey("uTime") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clientId = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.ccy = try d.directText(v3)
                self.fee = try d.directDecimal(v4)
                self.paymentAcctId = try d.directText(v5)
                self.paymentMethod = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cTime = try d.directDate(v8)
                self.uTime = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/fiat/deposit`: “Get deposit order detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-detail
    public static func getDepositOrderDetail(_ request: GetDepositOrderDetail.Request) -> Endpoint<[GetDepositOrderDetail.Response]> {
        .apiGet(GetDepositOrderDetail.path, request)
    }

    /// `GET /api/v5/fiat/deposit-order-history`: “Get deposit order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-history
    public enum GetDepositOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/deposit-order-history"
        /// The parameters of `GET /api/v5/fiat/deposit-order-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public var paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, paymentMethod: PaymentMethod? = nil, state: State? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.paymentMethod = paymentMethod
                self.state = state
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("paymentMethod", paymentMethod)
                p.add("state", state)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/fiat/deposit-order-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `paymentAcctId`: text.
            public let paymentAcctId: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clientId = try c.apiText("clientId")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.fee = try c.apiDecimal("fee")
                self.paymentAcctId = try c.apiText("paymentAcctId")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                    case 0x719147626F3A0F23: if v5 < 0, m.isKey("paymentAcctId") { v5 = m.value }
                    case 0x4FB12203AFA4F7F4: if v6 < 0, m.isKey("paymentMethod") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x97CBF7DBB8D1A953: if v8 < 0, m.isKey("cTime") { v8 = m.value }
                    case 0x607ED783146D4C29: if v9 < 0, m.isKey("uTime") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clientId = try d.directText(v1)
                self.ccy = try d.directText(v2)
                self.amt = try d.directDecimal(v3)
                self.fee = try d.directDecimal(v4)
                self.paymentAcctId = try d.directText(v5)
                self.paymentMethod = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cTime = try d.directDate(v8)
                self.uTime = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/fiat/deposit-order-history`: “Get deposit order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-order-history
    public static func getDepositOrderHistory(_ request: GetDepositOrderHistory.Request = .init()) -> Endpoint<[GetDepositOrderHistory.Response]> {
        .apiGet(GetDepositOrderHistory.path, request)
    }

    /// `GET /api/v5/fiat/deposit-payment-methods`: “Get deposit payment methods”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-payment-methods
    public enum GetDepositPaymentMethods {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/deposit-payment-methods"
        /// The parameters of `GET /api/v5/fiat/deposit-payment-methods`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-payment-methods
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
        /// One item of the `data` array of `GET /api/v5/fiat/deposit-payment-methods`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-payment-methods
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Limits: Codable, Sendable, TapeDirect {
                /// `dailyLimit`: a decimal number (a string on the wire).
                public let dailyLimit: Decimal?
                /// `dailyLimitRemaining`: a decimal number (a string on the wire).
                public let dailyLimitRemaining: Decimal?
                /// `weeklyLimit`: a decimal number (a string on the wire).
                public let weeklyLimit: Decimal?
                /// `weeklyLimitRemaining`: a decimal number (a string on the wire).
                public let weeklyLimitRemaining: Decimal?
                /// `monthlyLimit`: a decimal number (a string on the wire).
                public let monthlyLimit: Decimal?
                /// `monthlyLimitRemaining`: a decimal number (a string on the wire).
                public let monthlyLimitRemaining: Decimal?
                /// `maxAmt`: a decimal number (a string on the wire).
                public let maxAmt: Decimal?
                /// `minAmt`: a decimal number (a string on the wire).
                public let minAmt: Decimal?
                /// `lifetimeLimit`: a decimal number (a string on the wire).
                public let lifetimeLimit: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.dailyLimit = try c.apiDecimal("dailyLimit")
                    self.dailyLimitRemaining = try c.apiDecimal("dailyLimitRemaining")
                    self.weeklyLimit = try c.apiDecimal("weeklyLimit")
                    self.weeklyLimitRemaining = try c.apiDecimal("weeklyLimitRemaining")
                    self.monthlyLimit = try c.apiDecimal("monthlyLimit")
                    self.monthlyLimitRemaining = try c.apiDecimal("monthlyLimitRemaining")
                    self.maxAmt = try c.apiDecimal("maxAmt")
                    self.minAmt = try c.apiDecimal("minAmt")
                    self.lifetimeLimit = try c.apiDecimal("lifetimeLimit")
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
                        case 0x05E21ADAC4E75CCD: if v0 < 0, m.isKey("dailyLimit") { v0 = m.value }
                        case 0x72CCA6D8D3A6FA6B: if v1 < 0, m.isKey("dailyLimitRemaining") { v1 = m.value }
                        case 0x7D1C6FB0C0F1901D: if v2 < 0, m.isKey("weeklyLimit") { v2 = m.value }
                        case 0x5CA3ACA4F666557B: if v3 < 0, m.isKey("weeklyLimitRemaining") { v3 = m.value }
                        case 0x916F5193D498A915: if v4 < 0, m.isKey("monthlyLimit") { v4 = m.value }
                        case 0x016E91322AA69C93: if v5 < 0, m.isKey("monthlyLimitRemaining") { v5 = m.value }
                        case 0x45CBEAF76AB88FF1: if v6 < 0, m.isKey("maxAmt") { v6 = m.value }
                        case 0x1EFC4ABEF2D543AB: if v7 < 0, m.isKey("minAmt") { v7 = m.value }
                        case 0xE363EEFED67859FD: if v8 < 0, m.isKey("lifetimeLimit") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.dailyLimit = try d.directDecimal(v0)
                    self.dailyLimitRemaining = try d.directDecimal(v1)
                    self.weeklyLimit = try d.directDecimal(v2)
                    self.weeklyLimitRemaining = try d.directDecimal(v3)
                    self.monthlyLimit = try d.directDecimal(v4)
                    self.monthlyLimitRemaining = try d.directDecimal(v5)
                    self.maxAmt = try d.directDecimal(v6)
                    self.minAmt = try d.directDecimal(v7)
                    self.lifetimeLimit = try d.directDecimal(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.dailyLimit, "dailyLimit")
                    try c.apiWriteDecimal(self.dailyLimitRemaining, "dailyLimitRemaining")
                    try c.apiWriteDecimal(self.weeklyLimit, "weeklyLimit")
                    try c.apiWriteDecimal(self.weeklyLimitRemaining, "weeklyLimitRemaining")
                    try c.apiWriteDecimal(self.monthlyLimit, "monthlyLimit")
                    try c.apiWriteDecimal(self.monthlyLimitRemaining, "monthlyLimitRemaining")
                    try c.apiWriteDecimal(self.maxAmt, "maxAmt")
                    try c.apiWriteDecimal(self.minAmt, "minAmt")
                    try c.apiWriteDecimal(self.lifetimeLimit, "lifetimeLimit")
                }
            }
            /// A nested object of the response.
            public struct Accounts: Codable, Sendable, TapeDirect {
                /// `paymentAcctId`: text.
                public let paymentAcctId: String?
                /// `acctNum`: text.
                public let acctNum: String?
                /// `recipientName`: text.
                public let recipientName: String?
                /// `bankName`: text.
                public let bankName: String?
                /// `bankCode`: text.
                public let bankCode: String?
                /// `state`: one of a documented set of values (unknown values are kept).
                public let state: State?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.paymentAcctId = try c.apiText("paymentAcctId")
                    self.acctNum = try c.apiText("acctNum")
                    self.recipientName = try c.apiText("recipientName")
                    self.bankName = try c.apiText("bankName")
                    self.bankCode = try c.apiText("bankCode")
                    self.state = try c.apiEnum("state")
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
                        case 0x719147626F3A0F23: if v0 < 0, m.isKey("paymentAcctId") { v0 = m.value }
                        case 0x9976BC5B117943A2: if v1 < 0, m.isKey("acctNum") { v1 = m.value }
                        case 0xA03CA9F7517C187B: if v2 < 0, m.isKey("recipientName") { v2 = m.value }
                        case 0x54E8EC81EA2A5894: if v3 < 0, m.isKey("bankName") { v3 = m.value }
                        case 0xEF11EA5813517236: if v4 < 0, m.isKey("bankCode") { v4 = m.value }
                        case 0xEE63AAAD45B1B116: if v5 < 0, m.isKey("state") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.paymentAcctId = try d.directText(v0)
                    self.acctNum = try d.directText(v1)
                    self.recipientName = try d.directText(v2)
                    self.bankName = try d.directText(v3)
                    self.bankCode = try d.directText(v4)
                    self.state = try d.directEnum(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                    try c.apiWriteText(self.acctNum, "acctNum")
                    try c.apiWriteText(self.recipientName, "recipientName")
                    try c.apiWriteText(self.bankName, "bankName")
                    try c.apiWriteText(self.bankCode, "bankCode")
                    try c.apiWriteEnum(self.state, "state")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `feeRate`: a decimal number (a string on the wire).
            public let feeRate: Decimal?
            /// `minFee`: a decimal number (a string on the wire).
            public let minFee: Decimal?
            /// `limits`: a nested object.
            public let limits: Limits?
            /// `accounts`: a list of nested objects.
            public let accounts: [Accounts]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.feeRate = try c.apiDecimal("feeRate")
                self.minFee = try c.apiDecimal("minFee")
                self.limits = try c.apiNested("limits")
                self.accounts = try c.apiNested("accounts")
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
                    case 0x4FB12203AFA4F7F4: if v1 < 0, m.isKey("paymentMethod") { v1 = m.value }
                    case 0x557791756A9F77C9: if v2 < 0, m.isKey("feeRate") { v2 = m.value }
                    case 0xF38B80BEDA316EB5: if v3 < 0, m.isKey("minFee") { v3 = m.value }
                    case 0x7283AEDDBEBBD745: if v4 < 0, m.isKey("limits") { v4 = m.value }
                    case 0x769CA48154530ABD: if v5 < 0, m.isKey("accounts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.paymentMethod = try d.directEnum(v1)
                self.feeRate = try d.directDecimal(v2)
                self.minFee = try d.directDecimal(v3)
                self.limits = try d.directNested(v4)
                self.accounts = try d.directNested(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteDecimal(self.feeRate, "feeRate")
                try c.apiWriteDecimal(self.minFee, "minFee")
                try c.apiWriteNested(self.limits, "limits")
                try c.apiWriteNested(self.accounts, "accounts")
            }
        }
    }

    /// `GET /api/v5/fiat/deposit-payment-methods`: “Get deposit payment methods”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-deposit-payment-methods
    public static func getDepositPaymentMethods(_ request: GetDepositPaymentMethods.Request) -> Endpoint<[GetDepositPaymentMethods.Response]> {
        .apiGet(GetDepositPaymentMethods.path, request)
    }

    /// `GET /api/v5/fiat/withdrawal`: “Get withdrawal order detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-detail
    public enum GetWithdrawalOrderDetail {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/withdrawal"
        /// The parameters of `GET /api/v5/fiat/withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-detail
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
        /// One item of the `data` array of `GET /api/v5/fiat/withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-detail
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `paymentAcctId`: text.
            public let paymentAcctId: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clientId = try c.apiText("clientId")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.fee = try c.apiDecimal("fee")
                self.paymentAcctId = try c.apiText("paymentAcctId")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xF5DBFE190CDE752E: if v2 < 0, m.isKey("ccy") { v2 = m.value }
                    case 0xE6F3A919051C2845: if v3 < 0, m.isKey("amt") { v3 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                    case 0x719147626F3A0F23: if v5 < 0, m.isKey("paymentAcctId") { v5 = m.value }
                    case 0x4FB12203AFA4F7F4: if v6 < 0, m.isKey("paymentMethod") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x97CBF7DBB8D1A953: if v8 < 0, m.isKey("cTime") { v8 = m.value }
                    case 0x607ED783146D4C29: if v9 < 0, m.isKey("uTime") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clientId = try d.directText(v1)
                self.ccy = try d.directText(v2)
                self.amt = try d.directDecimal(v3)
                self.fee = try d.directDecimal(v4)
                self.paymentAcctId = try d.directText(v5)
                self.paymentMethod = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cTime = try d.directDate(v8)
                self.uTime = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/fiat/withdrawal`: “Get withdrawal order detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-detail
    public static func getWithdrawalOrderDetail(_ request: GetWithdrawalOrderDetail.Request) -> Endpoint<[GetWithdrawalOrderDetail.Response]> {
        .apiGet(GetWithdrawalOrderDetail.path, request)
    }

    /// `GET /api/v5/fiat/withdrawal-order-history`: “Get withdrawal order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-history
    public enum GetWithdrawalOrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/withdrawal-order-history"
        /// The parameters of `GET /api/v5/fiat/withdrawal-order-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public var paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, paymentMethod: PaymentMethod? = nil, state: State? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.paymentMethod = paymentMethod
                self.state = state
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("paymentMethod", paymentMethod)
                p.add("state", state)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/fiat/withdrawal-order-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `paymentAcctId`: text.
            public let paymentAcctId: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.clientId = try c.apiText("clientId")
                self.amt = try c.apiDecimal("amt")
                self.ccy = try c.apiText("ccy")
                self.fee = try c.apiDecimal("fee")
                self.paymentAcctId = try c.apiText("paymentAcctId")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.state = try c.apiEnum("state")
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
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0xB4E5A7D207CA8483: if v1 < 0, m.isKey("clientId") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v4 < 0, m.isKey("fee") { v4 = m.value }
                    case 0x719147626F3A0F23: if v5 < 0, m.isKey("paymentAcctId") { v5 = m.value }
                    case 0x4FB12203AFA4F7F4: if v6 < 0, m.isKey("paymentMethod") { v6 = m.value }
                    case 0xEE63AAAD45B1B116: if v7 < 0, m.isKey("state") { v7 = m.value }
                    case 0x97CBF7DBB8D1A953: if v8 < 0, m.isKey("cTime") { v8 = m.value }
                    case 0x607ED783146D4C29: if v9 < 0, m.isKey("uTime") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.clientId = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.ccy = try d.directText(v3)
                self.fee = try d.directDecimal(v4)
                self.paymentAcctId = try d.directText(v5)
                self.paymentMethod = try d.directEnum(v6)
                self.state = try d.directEnum(v7)
                self.cTime = try d.directDate(v8)
                self.uTime = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/fiat/withdrawal-order-history`: “Get withdrawal order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-order-history
    public static func getWithdrawalOrderHistory(_ request: GetWithdrawalOrderHistory.Request = .init()) -> Endpoint<[GetWithdrawalOrderHistory.Response]> {
        .apiGet(GetWithdrawalOrderHistory.path, request)
    }

    /// `GET /api/v5/fiat/withdrawal-payment-methods`: “Get withdrawal payment methods”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-payment-methods
    public enum GetWithdrawalPaymentMethods {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/fiat/withdrawal-payment-methods"
        /// The parameters of `GET /api/v5/fiat/withdrawal-payment-methods`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-payment-methods
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
        /// One item of the `data` array of `GET /api/v5/fiat/withdrawal-payment-methods`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-payment-methods
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Limits: Codable, Sendable, TapeDirect {
                /// `dailyLimit`: a decimal number (a string on the wire).
                public let dailyLimit: Decimal?
                /// `dailyLimitRemaining`: a decimal number (a string on the wire).
                public let dailyLimitRemaining: Decimal?
                /// `weeklyLimit`: a decimal number (a string on the wire).
                public let weeklyLimit: Decimal?
                /// `weeklyLimitRemaining`: a decimal number (a string on the wire).
                public let weeklyLimitRemaining: Decimal?
                /// `monthlyLimit`: a decimal number (a string on the wire).
                public let monthlyLimit: Decimal?
                /// `monthlyLimitRemaining`: a decimal number (a string on the wire).
                public let monthlyLimitRemaining: Decimal?
                /// `minAmt`: a decimal number (a string on the wire).
                public let minAmt: Decimal?
                /// `maxAmt`: a decimal number (a string on the wire).
                public let maxAmt: Decimal?
                /// `lifetimeLimit`: a decimal number (a string on the wire).
                public let lifetimeLimit: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.dailyLimit = try c.apiDecimal("dailyLimit")
                    self.dailyLimitRemaining = try c.apiDecimal("dailyLimitRemaining")
                    self.weeklyLimit = try c.apiDecimal("weeklyLimit")
                    self.weeklyLimitRemaining = try c.apiDecimal("weeklyLimitRemaining")
                    self.monthlyLimit = try c.apiDecimal("monthlyLimit")
                    self.monthlyLimitRemaining = try c.apiDecimal("monthlyLimitRemaining")
                    self.minAmt = try c.apiDecimal("minAmt")
                    self.maxAmt = try c.apiDecimal("maxAmt")
                    self.lifetimeLimit = try c.apiDecimal("lifetimeLimit")
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
                        case 0x05E21ADAC4E75CCD: if v0 < 0, m.isKey("dailyLimit") { v0 = m.value }
                        case 0x72CCA6D8D3A6FA6B: if v1 < 0, m.isKey("dailyLimitRemaining") { v1 = m.value }
                        case 0x7D1C6FB0C0F1901D: if v2 < 0, m.isKey("weeklyLimit") { v2 = m.value }
                        case 0x5CA3ACA4F666557B: if v3 < 0, m.isKey("weeklyLimitRemaining") { v3 = m.value }
                        case 0x916F5193D498A915: if v4 < 0, m.isKey("monthlyLimit") { v4 = m.value }
                        case 0x016E91322AA69C93: if v5 < 0, m.isKey("monthlyLimitRemaining") { v5 = m.value }
                        case 0x1EFC4ABEF2D543AB: if v6 < 0, m.isKey("minAmt") { v6 = m.value }
                        case 0x45CBEAF76AB88FF1: if v7 < 0, m.isKey("maxAmt") { v7 = m.value }
                        case 0xE363EEFED67859FD: if v8 < 0, m.isKey("lifetimeLimit") { v8 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.dailyLimit = try d.directDecimal(v0)
                    self.dailyLimitRemaining = try d.directDecimal(v1)
                    self.weeklyLimit = try d.directDecimal(v2)
                    self.weeklyLimitRemaining = try d.directDecimal(v3)
                    self.monthlyLimit = try d.directDecimal(v4)
                    self.monthlyLimitRemaining = try d.directDecimal(v5)
                    self.minAmt = try d.directDecimal(v6)
                    self.maxAmt = try d.directDecimal(v7)
                    self.lifetimeLimit = try d.directDecimal(v8)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.dailyLimit, "dailyLimit")
                    try c.apiWriteDecimal(self.dailyLimitRemaining, "dailyLimitRemaining")
                    try c.apiWriteDecimal(self.weeklyLimit, "weeklyLimit")
                    try c.apiWriteDecimal(self.weeklyLimitRemaining, "weeklyLimitRemaining")
                    try c.apiWriteDecimal(self.monthlyLimit, "monthlyLimit")
                    try c.apiWriteDecimal(self.monthlyLimitRemaining, "monthlyLimitRemaining")
                    try c.apiWriteDecimal(self.minAmt, "minAmt")
                    try c.apiWriteDecimal(self.maxAmt, "maxAmt")
                    try c.apiWriteDecimal(self.lifetimeLimit, "lifetimeLimit")
                }
            }
            /// A nested object of the response.
            public struct Accounts: Codable, Sendable, TapeDirect {
                /// `paymentAcctId`: text.
                public let paymentAcctId: String?
                /// `acctNum`: text.
                public let acctNum: String?
                /// `recipientName`: text.
                public let recipientName: String?
                /// `bankName`: text.
                public let bankName: String?
                /// `bankCode`: text.
                public let bankCode: String?
                /// `state`: one of a documented set of values (unknown values are kept).
                public let state: State?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.paymentAcctId = try c.apiText("paymentAcctId")
                    self.acctNum = try c.apiText("acctNum")
                    self.recipientName = try c.apiText("recipientName")
                    self.bankName = try c.apiText("bankName")
                    self.bankCode = try c.apiText("bankCode")
                    self.state = try c.apiEnum("state")
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
                        case 0x719147626F3A0F23: if v0 < 0, m.isKey("paymentAcctId") { v0 = m.value }
                        case 0x9976BC5B117943A2: if v1 < 0, m.isKey("acctNum") { v1 = m.value }
                        case 0xA03CA9F7517C187B: if v2 < 0, m.isKey("recipientName") { v2 = m.value }
                        case 0x54E8EC81EA2A5894: if v3 < 0, m.isKey("bankName") { v3 = m.value }
                        case 0xEF11EA5813517236: if v4 < 0, m.isKey("bankCode") { v4 = m.value }
                        case 0xEE63AAAD45B1B116: if v5 < 0, m.isKey("state") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.paymentAcctId = try d.directText(v0)
                    self.acctNum = try d.directText(v1)
                    self.recipientName = try d.directText(v2)
                    self.bankName = try d.directText(v3)
                    self.bankCode = try d.directText(v4)
                    self.state = try d.directEnum(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.paymentAcctId, "paymentAcctId")
                    try c.apiWriteText(self.acctNum, "acctNum")
                    try c.apiWriteText(self.recipientName, "recipientName")
                    try c.apiWriteText(self.bankName, "bankName")
                    try c.apiWriteText(self.bankCode, "bankCode")
                    try c.apiWriteEnum(self.state, "state")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `paymentMethod`: one of a documented set of values (unknown values are kept).
            public let paymentMethod: PaymentMethod?
            /// `feeRate`: a decimal number (a string on the wire).
            public let feeRate: Decimal?
            /// `minFee`: a decimal number (a string on the wire).
            public let minFee: Decimal?
            /// `limits`: a nested object.
            public let limits: Limits?
            /// `accounts`: a list of nested objects.
            public let accounts: [Accounts]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.paymentMethod = try c.apiEnum("paymentMethod")
                self.feeRate = try c.apiDecimal("feeRate")
                self.minFee = try c.apiDecimal("minFee")
                self.limits = try c.apiNested("limits")
                self.accounts = try c.apiNested("accounts")
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
                    case 0x4FB12203AFA4F7F4: if v1 < 0, m.isKey("paymentMethod") { v1 = m.value }
                    case 0x557791756A9F77C9: if v2 < 0, m.isKey("feeRate") { v2 = m.value }
                    case 0xF38B80BEDA316EB5: if v3 < 0, m.isKey("minFee") { v3 = m.value }
                    case 0x7283AEDDBEBBD745: if v4 < 0, m.isKey("limits") { v4 = m.value }
                    case 0x769CA48154530ABD: if v5 < 0, m.isKey("accounts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.paymentMethod = try d.directEnum(v1)
                self.feeRate = try d.directDecimal(v2)
                self.minFee = try d.directDecimal(v3)
                self.limits = try d.directNested(v4)
                self.accounts = try d.directNested(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.paymentMethod, "paymentMethod")
                try c.apiWriteDecimal(self.feeRate, "feeRate")
                try c.apiWriteDecimal(self.minFee, "minFee")
                try c.apiWriteNested(self.limits, "limits")
                try c.apiWriteNested(self.accounts, "accounts")
            }
        }
    }

    /// `GET /api/v5/fiat/withdrawal-payment-methods`: “Get withdrawal payment methods”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-rest-api-get-withdrawal-payment-methods
    public static func getWithdrawalPaymentMethods(_ request: GetWithdrawalPaymentMethods.Request) -> Endpoint<[GetWithdrawalPaymentMethods.Response]> {
        .apiGet(GetWithdrawalPaymentMethods.path, request)
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `13`.
        public static let v13: Self = "13"
        /// `20`.
        public static let v20: Self = "20"
        /// `21`.
        public static let v21: Self = "21"
        /// `22`.
        public static let v22: Self = "22"
        /// `23`.
        public static let v23: Self = "23"
        /// `28`.
        public static let v28: Self = "28"
        /// `47`.
        public static let v47: Self = "47"
        /// `48`.
        public static let v48: Self = "48"
        /// `49`.
        public static let v49: Self = "49"
        /// `68`.
        public static let v68: Self = "68"
        /// `72`.
        public static let v72: Self = "72"
        /// `73`.
        public static let v73: Self = "73"
        /// `74`.
        public static let v74: Self = "74"
        /// `75`.
        public static let v75: Self = "75"
        /// `76`.
        public static let v76: Self = "76"
        /// `77`.
        public static let v77: Self = "77"
        /// `78`.
        public static let v78: Self = "78"
        /// `80`.
        public static let v80: Self = "80"
        /// `82`.
        public static let v82: Self = "82"
        /// `83`.
        public static let v83: Self = "83"
        /// `84`.
        public static let v84: Self = "84"
        /// `89`.
        public static let v89: Self = "89"
        /// `116`.
        public static let v116: Self = "116"
        /// `117`.
        public static let v117: Self = "117"
        /// `118`.
        public static let v118: Self = "118"
        /// `124`.
        public static let v124: Self = "124"
        /// `130`.
        public static let v130: Self = "130"
        /// `131`.
        public static let v131: Self = "131"
        /// `132`.
        public static let v132: Self = "132"
        /// `133`.
        public static let v133: Self = "133"
        /// `134`.
        public static let v134: Self = "134"
        /// `135`.
        public static let v135: Self = "135"
        /// `137`.
        public static let v137: Self = "137"
        /// `138`.
        public static let v138: Self = "138"
        /// `139`.
        public static let v139: Self = "139"
        /// `146`.
        public static let v146: Self = "146"
        /// `150`.
        public static let v150: Self = "150"
        /// `151`.
        public static let v151: Self = "151"
        /// `152`.
        public static let v152: Self = "152"
        /// `160`.
        public static let v160: Self = "160"
        /// `161`.
        public static let v161: Self = "161"
        /// `162`.
        public static let v162: Self = "162"
        /// `163`.
        public static let v163: Self = "163"
        /// `172`.
        public static let v172: Self = "172"
        /// `173`.
        public static let v173: Self = "173"
        /// `174`.
        public static let v174: Self = "174"
        /// `175`.
        public static let v175: Self = "175"
        /// `176`.
        public static let v176: Self = "176"
        /// `177`.
        public static let v177: Self = "177"
        /// `178`.
        public static let v178: Self = "178"
        /// `179`.
        public static let v179: Self = "179"
        /// `180`.
        public static let v180: Self = "180"
        /// `181`.
        public static let v181: Self = "181"
        /// `185`.
        public static let v185: Self = "185"
        /// `187`.
        public static let v187: Self = "187"
        /// `189`.
        public static let v189: Self = "189"
        /// `195`.
        public static let v195: Self = "195"
        /// `196`.
        public static let v196: Self = "196"
        /// `197`.
        public static let v197: Self = "197"
        /// `198`.
        public static let v198: Self = "198"
        /// `199`.
        public static let v199: Self = "199"
        /// `200`.
        public static let v200: Self = "200"
        /// `202`.
        public static let v202: Self = "202"
        /// `203`.
        public static let v203: Self = "203"
        /// `204`.
        public static let v204: Self = "204"
        /// `205`.
        public static let v205: Self = "205"
        /// `207`.
        public static let v207: Self = "207"
        /// `208`.
        public static let v208: Self = "208"
        /// `209`.
        public static let v209: Self = "209"
        /// `210`.
        public static let v210: Self = "210"
        /// `212`.
        public static let v212: Self = "212"
        /// `215`.
        public static let v215: Self = "215"
        /// `217`.
        public static let v217: Self = "217"
        /// `218`.
        public static let v218: Self = "218"
        /// `232`.
        public static let v232: Self = "232"
        /// `220`.
        public static let v220: Self = "220"
        /// `221`.
        public static let v221: Self = "221"
        /// `222`.
        public static let v222: Self = "222"
        /// `223`.
        public static let v223: Self = "223"
        /// `225`.
        public static let v225: Self = "225"
        /// `226`.
        public static let v226: Self = "226"
        /// `227`.
        public static let v227: Self = "227"
        /// `228`.
        public static let v228: Self = "228"
        /// `229`.
        public static let v229: Self = "229"
        /// `233`.
        public static let v233: Self = "233"
        /// `240`.
        public static let v240: Self = "240"
        /// `241`.
        public static let v241: Self = "241"
        /// `242`.
        public static let v242: Self = "242"
        /// `243`.
        public static let v243: Self = "243"
        /// `249`.
        public static let v249: Self = "249"
        /// `250`.
        public static let v250: Self = "250"
        /// `251`.
        public static let v251: Self = "251"
        /// `252`.
        public static let v252: Self = "252"
        /// `263`.
        public static let v263: Self = "263"
        /// `265`.
        public static let v265: Self = "265"
        /// `266`.
        public static let v266: Self = "266"
        /// `270`.
        public static let v270: Self = "270"
        /// `271`.
        public static let v271: Self = "271"
        /// `272`.
        public static let v272: Self = "272"
        /// `273`.
        public static let v273: Self = "273"
        /// `284`.
        public static let v284: Self = "284"
        /// `285`.
        public static let v285: Self = "285"
        /// `286`.
        public static let v286: Self = "286"
        /// `287`.
        public static let v287: Self = "287"
        /// `288`.
        public static let v288: Self = "288"
        /// `289`.
        public static let v289: Self = "289"
        /// `299`.
        public static let v299: Self = "299"
        /// `300`.
        public static let v300: Self = "300"
        /// `303`.
        public static let v303: Self = "303"
        /// `304`.
        public static let v304: Self = "304"
        /// `305`.
        public static let v305: Self = "305"
        /// `306`.
        public static let v306: Self = "306"
        /// `307`.
        public static let v307: Self = "307"
        /// `308`.
        public static let v308: Self = "308"
        /// `309`.
        public static let v309: Self = "309"
        /// `311`.
        public static let v311: Self = "311"
        /// `313`.
        public static let v313: Self = "313"
        /// `314`.
        public static let v314: Self = "314"
        /// `315`.
        public static let v315: Self = "315"
        /// `328`.
        public static let v328: Self = "328"
        /// `329`.
        public static let v329: Self = "329"
        /// `330`.
        public static let v330: Self = "330"
        /// `331`.
        public static let v331: Self = "331"
        /// `332`.
        public static let v332: Self = "332"
        /// `333`.
        public static let v333: Self = "333"
        /// `339`.
        public static let v339: Self = "339"
        /// `340`.
        public static let v340: Self = "340"
        /// `341`.
        public static let v341: Self = "341"
        /// `342`.
        public static let v342: Self = "342"
        /// `343`.
        public static let v343: Self = "343"
        /// `344`.
        public static let v344: Self = "344"
        /// `345`.
        public static let v345: Self = "345"
        /// `346`.
        public static let v346: Self = "346"
        /// `347`.
        public static let v347: Self = "347"
        /// `348`.
        public static let v348: Self = "348"
        /// `349`.
        public static let v349: Self = "349"
        /// `350`.
        public static let v350: Self = "350"
        /// `351`.
        public static let v351: Self = "351"
        /// `354`.
        public static let v354: Self = "354"
        /// `361`.
        public static let v361: Self = "361"
        /// `372`.
        public static let v372: Self = "372"
        /// `373`.
        public static let v373: Self = "373"
        /// `400`.
        public static let v400: Self = "400"
        /// `408`.
        public static let v408: Self = "408"
        /// `476`.
        public static let v476: Self = "476"
        /// `477`.
        public static let v477: Self = "477"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `0`.
        public static let v0: Self = "0"
    }

    /// The values of `thirdPartyType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ThirdPartyType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `5`.
        public static let v5: Self = "5"
    }

    /// The values of `pagingType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PagingType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `convertMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ConvertMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
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

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `fullyFilled`.
        public static let fullyFilled: Self = "fullyFilled"
        /// `rejected`.
        public static let rejected: Self = "rejected"
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `8`.
        public static let v8: Self = "8"
        /// `11`.
        public static let v11: Self = "11"
        /// `12`.
        public static let v12: Self = "12"
        /// `13`.
        public static let v13: Self = "13"
        /// `14`.
        public static let v14: Self = "14"
        /// `17`.
        public static let v17: Self = "17"
        /// `success`.
        public static let success: Self = "success"
        /// `pending`.
        public static let pending: Self = "pending"
        /// `failed`.
        public static let failed: Self = "failed"
        /// `19`.
        public static let v19: Self = "19"
        /// `10`.
        public static let v10: Self = "10"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
        /// `9`.
        public static let v9: Self = "9"
        /// `7`.
        public static let v7: Self = "7"
        /// `15`.
        public static let v15: Self = "15"
        /// `16`.
        public static let v16: Self = "16"
        /// `-3`.
        public static let v3: Self = "-3"
        /// `processing`.
        public static let processing: Self = "processing"
        /// `completed`.
        public static let completed: Self = "completed"
        /// `canceled`.
        public static let canceled: Self = "canceled"
        /// `inqueue`.
        public static let inqueue: Self = "inqueue"
        /// `active`.
        public static let active: Self = "active"
    }

    /// The values of `to` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct To: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `6`.
        public static let v6: Self = "6"
        /// `18`.
        public static let v18: Self = "18"
    }

    /// The values of `month` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Month: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `Jan`.
        public static let jan: Self = "Jan"
        /// `Feb`.
        public static let feb: Self = "Feb"
        /// `Mar`.
        public static let mar: Self = "Mar"
        /// `Apr`.
        public static let apr: Self = "Apr"
        /// `May`.
        public static let may: Self = "May"
        /// `Jun`.
        public static let jun: Self = "Jun"
        /// `Jul`.
        public static let jul: Self = "Jul"
        /// `Aug`.
        public static let aug: Self = "Aug"
        /// `Sep`.
        public static let sep: Self = "Sep"
        /// `Oct`.
        public static let oct: Self = "Oct"
        /// `Nov`.
        public static let nov: Self = "Nov"
        /// `Dec`.
        public static let dec: Self = "Dec"
    }

    /// The values of `from` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct From: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `6`.
        public static let v6: Self = "6"
        /// `18`.
        public static let v18: Self = "18"
    }

    /// The values of `walletType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct WalletType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `exchange`.
        public static let exchange: Self = "exchange"
        /// `private`.
        public static let `private`: Self = "private"
    }

    /// The values of `dest` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Dest: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
    }

    /// The values of `toAddrType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ToAddrType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `paymentMethod` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PaymentMethod: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `balance`.
        public static let balance: Self = "balance"
        /// `TR_BANKS`.
        public static let trBanks: Self = "TR_BANKS"
        /// `PIX`.
        public static let pix: Self = "PIX"
        /// `SEPA`.
        public static let sepa: Self = "SEPA"
        /// `XPULSE`.
        public static let xpulse: Self = "XPULSE"
        /// `NPP`.
        public static let npp: Self = "NPP"
        /// `US_WIRE`.
        public static let usWire: Self = "US_WIRE"
        /// `SG_FAST`.
        public static let sgFast: Self = "SG_FAST"
    }
}
