// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API.FinancialProduct {
    /// The endpoints of OKX's docs section “financial-product/on-chain-earn”.
    public enum OnChainEarn {}
}

extension API.FinancialProduct.OnChainEarn {
    /// `POST /api/v5/finance/staking-defi/cancel`: “Cancel purchases/redemptions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-cancel-purchases-redemptions
    public enum CancelPurchasesRedemptions {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/cancel"
        /// The parameters of `POST /api/v5/finance/staking-defi/cancel`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-cancel-purchases-redemptions
        public struct Request: APIRequestFields {
            /// `ordId`: text; required.
            public var ordId: String
            /// `protocolType`: one of a documented set of values (unknown values are kept); required.
            public var protocolType: ProtocolType
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String, protocolType: ProtocolType) {
                self.ordId = ordId
                self.protocolType = protocolType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("protocolType", protocolType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/staking-defi/cancel`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-cancel-purchases-redemptions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.tag = try c.apiText("tag")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.tag = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/finance/staking-defi/cancel`: “Cancel purchases/redemptions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-cancel-purchases-redemptions
    public static func cancelPurchasesRedemptions(_ request: CancelPurchasesRedemptions.Request) -> Endpoint<[CancelPurchasesRedemptions.Response]> {
        .apiPost(CancelPurchasesRedemptions.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/offers`: “Offers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-offers
    public enum Offers {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/offers"
        /// The parameters of `GET /api/v5/finance/staking-defi/offers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-offers
        public struct Request: APIRequestFields {
            /// `productId`: text.
            public var productId: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public var protocolType: ProtocolType?
            /// `ccy`: text.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(productId: String? = nil, protocolType: ProtocolType? = nil, ccy: String? = nil) {
                self.productId = productId
                self.protocolType = protocolType
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("productId", productId)
                p.add("protocolType", protocolType)
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/offers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-offers
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `bal`: a decimal number (a string on the wire).
                public let bal: Decimal?
                /// `minAmt`: a decimal number (a string on the wire).
                public let minAmt: Decimal?
                /// `maxAmt`: a decimal number (a string on the wire).
                public let maxAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.bal = try c.apiDecimal("bal")
                    self.minAmt = try c.apiDecimal("minAmt")
                    self.maxAmt = try c.apiDecimal("maxAmt")
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
                        case 0x1EFC4ABEF2D543AB: if v2 < 0, m.isKey("minAmt") { v2 = m.value }
                        case 0x45CBEAF76AB88FF1: if v3 < 0, m.isKey("maxAmt") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.bal = try d.directDecimal(v1)
                    self.minAmt = try d.directDecimal(v2)
                    self.maxAmt = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.bal, "bal")
                    try c.apiWriteDecimal(self.minAmt, "minAmt")
                    try c.apiWriteDecimal(self.maxAmt, "maxAmt")
                }
            }
            /// A nested object of the response.
            public struct EarningData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `earningType`: one of a documented set of values (unknown values are kept).
                public let earningType: EarningType?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.earningType = try c.apiEnum("earningType")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0xE461CEEA74E51379: if v1 < 0, m.isKey("earningType") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.earningType = try d.directEnum(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.earningType, "earningType")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `productId`: text.
            public let productId: String
            /// `protocol`: text.
            public let `protocol`: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public let protocolType: ProtocolType?
            /// `term`: an integer (a string on the wire).
            public let term: Int?
            /// `apy`: a decimal number (a string on the wire).
            public let apy: Decimal?
            /// `earlyRedeem`: a boolean.
            public let earlyRedeem: Bool?
            /// `investData`: a list of nested objects.
            public let investData: [InvestData]?
            /// `earningData`: a list of nested objects.
            public let earningData: [EarningData]?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `redeemPeriod`: a list of text values.
            public let redeemPeriod: [String]?
            /// `fastRedemptionDailyLimit`: a decimal number (a string on the wire).
            public let fastRedemptionDailyLimit: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.productId = try c.apiRequiredText("productId")
                self.protocol = try c.apiText("protocol")
                self.protocolType = try c.apiEnum("protocolType")
                self.term = try c.apiInteger("term")
                self.apy = try c.apiDecimal("apy")
                self.earlyRedeem = try c.apiBoolean("earlyRedeem")
                self.investData = try c.apiNested("investData")
                self.earningData = try c.apiNested("earningData")
                self.state = try c.apiEnum("state")
                self.redeemPeriod = try c.apiTexts("redeemPeriod")
                self.fastRedemptionDailyLimit = try c.apiDecimal("fastRedemptionDailyLimit")
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
                    case 0x3A978778984B5441: if v1 < 0, m.isKey("productId") { v1 = m.value }
                    case 0xB2B41998FA3BFFF5: if v2 < 0, m.isKey("protocol") { v2 = m.value }
                    case 0xE20D48BF79C8F47D: if v3 < 0, m.isKey("protocolType") { v3 = m.value }
                    case 0xF9E3D9EF1979DF37: if v4 < 0, m.isKey("term") { v4 = m.value }
                    case 0xE74FB019056A92D7: if v5 < 0, m.isKey("apy") { v5 = m.value }
                    case 0xC268F3C6C0D12560: if v6 < 0, m.isKey("earlyRedeem") { v6 = m.value }
                    case 0x9AB1ECFC577C81E0: if v7 < 0, m.isKey("investData") { v7 = m.value }
                    case 0x6086B36DDB2296A1: if v8 < 0, m.isKey("earningData") { v8 = m.value }
                    case 0xEE63AAAD45B1B116: if v9 < 0, m.isKey("state") { v9 = m.value }
                    case 0xB59AED7BB7E90894: if v10 < 0, m.isKey("redeemPeriod") { v10 = m.value }
                    case 0xBCEE308D2095E97E: if v11 < 0, m.isKey("fastRedemptionDailyLimit") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.productId = try d.directRequiredText(v1, "productId")
                self.protocol = try d.directText(v2)
                self.protocolType = try d.directEnum(v3)
                self.term = try d.directInteger(v4)
                self.apy = try d.directDecimal(v5)
                self.earlyRedeem = try d.directBoolean(v6)
                self.investData = try d.directNested(v7)
                self.earningData = try d.directNested(v8)
                self.state = try d.directEnum(v9)
                self.redeemPeriod = try d.directTexts(v10)
                self.fastRedemptionDailyLimit = try d.directDecimal(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteText(self.protocol, "protocol")
                try c.apiWriteEnum(self.protocolType, "protocolType")
                try c.apiWriteInteger(self.term, "term")
                try c.apiWriteDecimal(self.apy, "apy")
                try c.apiWriteBoolean(self.earlyRedeem, "earlyRedeem")
                try c.apiWriteNested(self.investData, "investData")
                try c.apiWriteNested(self.earningData, "earningData")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteTexts(self.redeemPeriod, "redeemPeriod")
                try c.apiWriteDecimal(self.fastRedemptionDailyLimit, "fastRedemptionDailyLimit")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/offers`: “Offers”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-offers
    public static func offers(_ request: Offers.Request = .init()) -> Endpoint<[Offers.Response]> {
        .apiGet(Offers.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/orders-active`: “Active orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-active-orders
    public enum ActiveOrders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/orders-active"
        /// The parameters of `GET /api/v5/finance/staking-defi/orders-active`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-active-orders
        public struct Request: APIRequestFields {
            /// `productId`: text.
            public var productId: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public var protocolType: ProtocolType?
            /// `ccy`: text.
            public var ccy: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// A request with the given parameters; nil ones are not sent.
            public init(productId: String? = nil, protocolType: ProtocolType? = nil, ccy: String? = nil, state: State? = nil) {
                self.productId = productId
                self.protocolType = protocolType
                self.ccy = ccy
                self.state = state
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("productId", productId)
                p.add("protocolType", protocolType)
                p.add("ccy", ccy)
                p.add("state", state)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/orders-active`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-active-orders
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable, TapeDirect {
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
            public struct EarningData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `earningType`: one of a documented set of values (unknown values are kept).
                public let earningType: EarningType?
                /// `earnings`: a decimal number (a string on the wire).
                public let earnings: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.earningType = try c.apiEnum("earningType")
                    self.earnings = try c.apiDecimal("earnings")
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
                        case 0xE461CEEA74E51379: if v1 < 0, m.isKey("earningType") { v1 = m.value }
                        case 0x9084E08AFC2F1026: if v2 < 0, m.isKey("earnings") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.earningType = try d.directEnum(v1)
                    self.earnings = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.earningType, "earningType")
                    try c.apiWriteDecimal(self.earnings, "earnings")
                }
            }
            /// A nested object of the response.
            public struct FastRedemptionData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `redeemingAmt`: a decimal number (a string on the wire).
                public let redeemingAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.redeemingAmt = try c.apiDecimal("redeemingAmt")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0x04872ED335CCEC87: if v1 < 0, m.isKey("redeemingAmt") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.redeemingAmt = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.redeemingAmt, "redeemingAmt")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `productId`: text.
            public let productId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `protocol`: text.
            public let `protocol`: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public let protocolType: ProtocolType?
            /// `term`: an integer (a string on the wire).
            public let term: Int?
            /// `apy`: a decimal number (a string on the wire).
            public let apy: Decimal?
            /// `investData`: a list of nested objects.
            public let investData: [InvestData]?
            /// `earningData`: a list of nested objects.
            public let earningData: [EarningData]?
            /// `fastRedemptionData`: a list of nested objects.
            public let fastRedemptionData: [FastRedemptionData]?
            /// `purchasedTime`: a time (epoch milliseconds on the wire).
            public let purchasedTime: Date?
            /// `estSettlementTime`: a time (epoch milliseconds on the wire).
            public let estSettlementTime: Date?
            /// `cancelRedemptionDeadline`: text.
            public let cancelRedemptionDeadline: String?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.productId = try c.apiText("productId")
                self.state = try c.apiEnum("state")
                self.protocol = try c.apiText("protocol")
                self.protocolType = try c.apiEnum("protocolType")
                self.term = try c.apiInteger("term")
                self.apy = try c.apiDecimal("apy")
                self.investData = try c.apiNested("investData")
                self.earningData = try c.apiNested("earningData")
                self.fastRedemptionData = try c.apiNested("fastRedemptionData")
                self.purchasedTime = try c.apiDate("purchasedTime")
                self.estSettlementTime = try c.apiDate("estSettlementTime")
                self.cancelRedemptionDeadline = try c.apiText("cancelRedemptionDeadline")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x3A978778984B5441: if v2 < 0, m.isKey("productId") { v2 = m.value }
                    case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                    case 0xB2B41998FA3BFFF5: if v4 < 0, m.isKey("protocol") { v4 = m.value }
                    case 0xE20D48BF79C8F47D: if v5 < 0, m.isKey("protocolType") { v5 = m.value }
                    case 0xF9E3D9EF1979DF37: if v6 < 0, m.isKey("term") { v6 = m.value }
                    case 0xE74FB019056A92D7: if v7 < 0, m.isKey("apy") { v7 = m.value }
                    case 0x9AB1ECFC577C81E0: if v8 < 0, m.isKey("investData") { v8 = m.value }
                    case 0x6086B36DDB2296A1: if v9 < 0, m.isKey("earningData") { v9 = m.value }
                    case 0x6A446D6DB6A844B6: if v10 < 0, m.isKey("fastRedemptionData") { v10 = m.value }
                    case 0x66A1081E962078B3: if v11 < 0, m.isKey("purchasedTime") { v11 = m.value }
                    case 0xD5545A706930AB35: if v12 < 0, m.isKey("estSettlementTime") { v12 = m.value }
                    case 0xBF3DF84BB2BB8CEA: if v13 < 0, m.isKey("cancelRedemptionDeadline") { v13 = m.value }
                    case 0x56D7AB194448A4F3: if v14 < 0, m.isKey("tag") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.ordId = try d.directRequiredText(v1, "ordId")
                self.productId = try d.directText(v2)
                self.state = try d.directEnum(v3)
                self.protocol = try d.directText(v4)
                self.protocolType = try d.directEnum(v5)
                self.term = try d.directInteger(v6)
                self.apy = try d.directDecimal(v7)
                self.investData = try d.directNested(v8)
                self.earningData = try d.directNested(v9)
                self.fastRedemptionData = try d.directNested(v10)
                self.purchasedTime = try d.directDate(v11)
                self.estSettlementTime = try d.directDate(v12)
                self.cancelRedemptionDeadline = try d.directText(v13)
                self.tag = try d.directText(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.protocol, "protocol")
                try c.apiWriteEnum(self.protocolType, "protocolType")
                try c.apiWriteInteger(self.term, "term")
                try c.apiWriteDecimal(self.apy, "apy")
                try c.apiWriteNested(self.investData, "investData")
                try c.apiWriteNested(self.earningData, "earningData")
                try c.apiWriteNested(self.fastRedemptionData, "fastRedemptionData")
                try c.apiWriteDate(self.purchasedTime, "purchasedTime")
                try c.apiWriteDate(self.estSettlementTime, "estSettlementTime")
                try c.apiWriteText(self.cancelRedemptionDeadline, "cancelRedemptionDeadline")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/orders-active`: “Active orders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-active-orders
    public static func activeOrders(_ request: ActiveOrders.Request = .init()) -> Endpoint<[ActiveOrders.Response]> {
        .apiGet(ActiveOrders.path, request)
    }

    /// `GET /api/v5/finance/staking-defi/orders-history`: “Order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-order-history
    public enum OrderHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/orders-history"
        /// The parameters of `GET /api/v5/finance/staking-defi/orders-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-order-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `productId`: text.
            public var productId: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public var protocolType: ProtocolType?
            /// `ccy`: text.
            public var ccy: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(productId: String? = nil, protocolType: ProtocolType? = nil, ccy: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.productId = productId
                self.protocolType = protocolType
                self.ccy = ccy
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("productId", productId)
                p.add("protocolType", protocolType)
                p.add("ccy", ccy)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/finance/staking-defi/orders-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-order-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable, TapeDirect {
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
            public struct EarningData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `earningType`: one of a documented set of values (unknown values are kept).
                public let earningType: EarningType?
                /// `realizedEarnings`: a decimal number (a string on the wire).
                public let realizedEarnings: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.earningType = try c.apiEnum("earningType")
                    self.realizedEarnings = try c.apiDecimal("realizedEarnings")
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
                        case 0xE461CEEA74E51379: if v1 < 0, m.isKey("earningType") { v1 = m.value }
                        case 0x7FE7749D78ECC650: if v2 < 0, m.isKey("realizedEarnings") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.earningType = try d.directEnum(v1)
                    self.realizedEarnings = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.earningType, "earningType")
                    try c.apiWriteDecimal(self.realizedEarnings, "realizedEarnings")
                }
            }
            /// `ccy`: text.
            public let ccy: String?
            /// `ordId`: text.
            public let ordId: String
            /// `productId`: text.
            public let productId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `protocol`: text.
            public let `protocol`: String?
            /// `protocolType`: one of a documented set of values (unknown values are kept).
            public let protocolType: ProtocolType?
            /// `term`: an integer (a string on the wire).
            public let term: Int?
            /// `apy`: a decimal number (a string on the wire).
            public let apy: Decimal?
            /// `investData`: a list of nested objects.
            public let investData: [InvestData]?
            /// `earningData`: a list of nested objects.
            public let earningData: [EarningData]?
            /// `purchasedTime`: a time (epoch milliseconds on the wire).
            public let purchasedTime: Date?
            /// `redeemedTime`: a time (epoch milliseconds on the wire).
            public let redeemedTime: Date?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.ordId = try c.apiRequiredText("ordId")
                self.productId = try c.apiText("productId")
                self.state = try c.apiEnum("state")
                self.protocol = try c.apiText("protocol")
                self.protocolType = try c.apiEnum("protocolType")
                self.term = try c.apiInteger("term")
                self.apy = try c.apiDecimal("apy")
                self.investData = try c.apiNested("investData")
                self.earningData = try c.apiNested("earningData")
                self.purchasedTime = try c.apiDate("purchasedTime")
                self.redeemedTime = try c.apiDate("redeemedTime")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x6B86FB72815776DD: if v1 < 0, m.isKey("ordId") { v1 = m.value }
                    case 0x3A978778984B5441: if v2 < 0, m.isKey("productId") { v2 = m.value }
                    case 0xEE63AAAD45B1B116: if v3 < 0, m.isKey("state") { v3 = m.value }
                    case 0xB2B41998FA3BFFF5: if v4 < 0, m.isKey("protocol") { v4 = m.value }
                    case 0xE20D48BF79C8F47D: if v5 < 0, m.isKey("protocolType") { v5 = m.value }
                    case 0xF9E3D9EF1979DF37: if v6 < 0, m.isKey("term") { v6 = m.value }
                    case 0xE74FB019056A92D7: if v7 < 0, m.isKey("apy") { v7 = m.value }
                    case 0x9AB1ECFC577C81E0: if v8 < 0, m.isKey("investData") { v8 = m.value }
                    case 0x6086B36DDB2296A1: if v9 < 0, m.isKey("earningData") { v9 = m.value }
                    case 0x66A1081E962078B3: if v10 < 0, m.isKey("purchasedTime") { v10 = m.value }
                    case 0xC25104C81658B4DD: if v11 < 0, m.isKey("redeemedTime") { v11 = m.value }
                    case 0x56D7AB194448A4F3: if v12 < 0, m.isKey("tag") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.ordId = try d.directRequiredText(v1, "ordId")
                self.productId = try d.directText(v2)
                self.state = try d.directEnum(v3)
                self.protocol = try d.directText(v4)
                self.protocolType = try d.directEnum(v5)
                self.term = try d.directInteger(v6)
                self.apy = try d.directDecimal(v7)
                self.investData = try d.directNested(v8)
                self.earningData = try d.directNested(v9)
                self.purchasedTime = try d.directDate(v10)
                self.redeemedTime = try d.directDate(v11)
                self.tag = try d.directText(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.productId, "productId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.protocol, "protocol")
                try c.apiWriteEnum(self.protocolType, "protocolType")
                try c.apiWriteInteger(self.term, "term")
                try c.apiWriteDecimal(self.apy, "apy")
                try c.apiWriteNested(self.investData, "investData")
                try c.apiWriteNested(self.earningData, "earningData")
                try c.apiWriteDate(self.purchasedTime, "purchasedTime")
                try c.apiWriteDate(self.redeemedTime, "redeemedTime")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `GET /api/v5/finance/staking-defi/orders-history`: “Order history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-get-order-history
    public static func orderHistory(_ request: OrderHistory.Request = .init()) -> Endpoint<[OrderHistory.Response]> {
        .apiGet(OrderHistory.path, request)
    }

    /// `POST /api/v5/finance/staking-defi/purchase`: “Purchase”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-purchase
    public enum Purchase {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/purchase"
        /// The parameters of `POST /api/v5/finance/staking-defi/purchase`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-purchase
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct InvestData: APIRequestFields {
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
            /// `productId`: text; required.
            public var productId: String
            /// `investData`: a list of nested objects; required.
            public var investData: [InvestData]
            /// `term`: an integer (a string on the wire); required in some cases.
            public var term: Int?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(productId: String, investData: [InvestData], term: Int? = nil, tag: String? = nil) {
                self.productId = productId
                self.investData = investData
                self.term = term
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("productId", productId)
                p.add("investData", investData)
                p.add("term", term)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/staking-defi/purchase`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-purchase
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.tag = try c.apiText("tag")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.tag = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/finance/staking-defi/purchase`: “Purchase”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-purchase
    public static func purchase(_ request: Purchase.Request) -> Endpoint<[Purchase.Response]> {
        .apiPost(Purchase.path, request)
    }

    /// `POST /api/v5/finance/staking-defi/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-redeem
    public enum Redeem {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/finance/staking-defi/redeem"
        /// The parameters of `POST /api/v5/finance/staking-defi/redeem`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-redeem
        public struct Request: APIRequestFields {
            /// `ordId`: text; required.
            public var ordId: String
            /// `protocolType`: one of a documented set of values (unknown values are kept); required.
            public var protocolType: ProtocolType
            /// `allowEarlyRedeem`: a boolean.
            public var allowEarlyRedeem: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(ordId: String, protocolType: ProtocolType, allowEarlyRedeem: Bool? = nil) {
                self.ordId = ordId
                self.protocolType = protocolType
                self.allowEarlyRedeem = allowEarlyRedeem
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ordId", ordId)
                p.add("protocolType", protocolType)
                p.add("allowEarlyRedeem", allowEarlyRedeem)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/finance/staking-defi/redeem`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-redeem
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ordId`: text.
            public let ordId: String
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ordId = try c.apiRequiredText("ordId")
                self.tag = try c.apiText("tag")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ordId = try d.directRequiredText(v0, "ordId")
                self.tag = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/finance/staking-defi/redeem`: “Redeem”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#financial-product-on-chain-earn-post-redeem
    public static func redeem(_ request: Redeem.Request) -> Endpoint<[Redeem.Response]> {
        .apiPost(Redeem.path, request)
    }

    /// The values of `protocolType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ProtocolType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `defi`.
        public static let defi: Self = "defi"
    }

    /// The values of `earningType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct EarningType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `purchasable`.
        public static let purchasable: Self = "purchasable"
        /// `sold_out`.
        public static let soldOut: Self = "sold_out"
        /// `Stop`.
        public static let stop: Self = "Stop"
        /// `8`.
        public static let v8: Self = "8"
        /// `13`.
        public static let v13: Self = "13"
        /// `9`.
        public static let v9: Self = "9"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
    }
}
