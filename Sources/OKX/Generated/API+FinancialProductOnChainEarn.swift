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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable {
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
            public struct EarningData: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable {
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
            public struct EarningData: Codable, Sendable {
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
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.earningType, "earningType")
                    try c.apiWriteDecimal(self.earnings, "earnings")
                }
            }
            /// A nested object of the response.
            public struct FastRedemptionData: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct InvestData: Codable, Sendable {
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
            public struct EarningData: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
