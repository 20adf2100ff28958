// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/copy-trading”.
    public enum CopyTrading {}
}

extension API.CopyTrading {
    /// `POST /api/v5/copytrading/algo-order`: “Place lead stop order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-place-lead-stop-order
    public enum PlaceLeadStopOrder {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/algo-order"
        /// The parameters of `POST /api/v5/copytrading/algo-order`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-place-lead-stop-order
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `subPosId`: text; required.
            public var subPosId: String
            /// `tpTriggerPx`: a decimal number (a string on the wire); required in some cases.
            public var tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire); required in some cases.
            public var slTriggerPx: Decimal?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public var tpOrdPx: Decimal?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public var slOrdPx: Decimal?
            /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
            public var tpTriggerPxType: TpTriggerPxType?
            /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
            public var slTriggerPxType: SlTriggerPxType?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, subPosId: String, tpTriggerPx: Decimal? = nil, slTriggerPx: Decimal? = nil, tpOrdPx: Decimal? = nil, slOrdPx: Decimal? = nil, tpTriggerPxType: TpTriggerPxType? = nil, slTriggerPxType: SlTriggerPxType? = nil, tag: String? = nil) {
                self.instType = instType
                self.subPosId = subPosId
                self.tpTriggerPx = tpTriggerPx
                self.slTriggerPx = slTriggerPx
                self.tpOrdPx = tpOrdPx
                self.slOrdPx = slOrdPx
                self.tpTriggerPxType = tpTriggerPxType
                self.slTriggerPxType = slTriggerPxType
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("subPosId", subPosId)
                p.add("tpTriggerPx", tpTriggerPx)
                p.add("slTriggerPx", slTriggerPx)
                p.add("tpOrdPx", tpOrdPx)
                p.add("slOrdPx", slOrdPx)
                p.add("tpTriggerPxType", tpTriggerPxType)
                p.add("slTriggerPxType", slTriggerPxType)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/algo-order`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-place-lead-stop-order
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subPosId`: text.
            public let subPosId: String
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subPosId = try c.apiRequiredText("subPosId")
                self.tag = try c.apiText("tag")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x113D02CAE99428DC: if v0 < 0, m.isKey("subPosId") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subPosId = try d.directRequiredText(v0, "subPosId")
                self.tag = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/copytrading/algo-order`: “Place lead stop order”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-place-lead-stop-order
    public static func placeLeadStopOrder(_ request: PlaceLeadStopOrder.Request) -> Endpoint<[PlaceLeadStopOrder.Response]> {
        .apiPost(PlaceLeadStopOrder.path, request)
    }

    /// `POST /api/v5/copytrading/amend-copy-settings`: “Amend copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-copy-settings
    public enum AmendCopySettings {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/amend-copy-settings"
        /// The parameters of `POST /api/v5/copytrading/amend-copy-settings`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-copy-settings
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `copyMgnMode`: one of a documented set of values (unknown values are kept); required.
            public var copyMgnMode: CopyMgnMode
            /// `copyInstIdType`: one of a documented set of values (unknown values are kept); required.
            public var copyInstIdType: CopyInstIdType
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `copyMode`: one of a documented set of values (unknown values are kept).
            public var copyMode: CopyMode?
            /// `copyTotalAmt`: a decimal number (a string on the wire); required.
            public var copyTotalAmt: Decimal
            /// `copyAmt`: a decimal number (a string on the wire); required in some cases.
            public var copyAmt: Decimal?
            /// `copyRatio`: a decimal number (a string on the wire); required in some cases.
            public var copyRatio: Decimal?
            /// `tpRatio`: a decimal number (a string on the wire).
            public var tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public var slRatio: Decimal?
            /// `slTotalAmt`: a decimal number (a string on the wire).
            public var slTotalAmt: Decimal?
            /// `subPosCloseType`: one of a documented set of values (unknown values are kept); required.
            public var subPosCloseType: SubPosCloseType
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, copyMgnMode: CopyMgnMode, copyInstIdType: CopyInstIdType, instId: String? = nil, copyMode: CopyMode? = nil, copyTotalAmt: Decimal, copyAmt: Decimal? = nil, copyRatio: Decimal? = nil, tpRatio: Decimal? = nil, slRatio: Decimal? = nil, slTotalAmt: Decimal? = nil, subPosCloseType: SubPosCloseType, tag: String? = nil) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.copyMgnMode = copyMgnMode
                self.copyInstIdType = copyInstIdType
                self.instId = instId
                self.copyMode = copyMode
                self.copyTotalAmt = copyTotalAmt
                self.copyAmt = copyAmt
                self.copyRatio = copyRatio
                self.tpRatio = tpRatio
                self.slRatio = slRatio
                self.slTotalAmt = slTotalAmt
                self.subPosCloseType = subPosCloseType
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("copyMgnMode", copyMgnMode)
                p.add("copyInstIdType", copyInstIdType)
                p.add("instId", instId)
                p.add("copyMode", copyMode)
                p.add("copyTotalAmt", copyTotalAmt)
                p.add("copyAmt", copyAmt)
                p.add("copyRatio", copyRatio)
                p.add("tpRatio", tpRatio)
                p.add("slRatio", slRatio)
                p.add("slTotalAmt", slTotalAmt)
                p.add("subPosCloseType", subPosCloseType)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/amend-copy-settings`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-copy-settings
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
            }
        }
    }

    /// `POST /api/v5/copytrading/amend-copy-settings`: “Amend copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-copy-settings
    public static func amendCopySettings(_ request: AmendCopySettings.Request) -> Endpoint<[AmendCopySettings.Response]> {
        .apiPost(AmendCopySettings.path, request)
    }

    /// `POST /api/v5/copytrading/amend-profit-sharing-ratio`: “Amend profit sharing ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-profit-sharing-ratio
    public enum AmendProfitSharingRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/amend-profit-sharing-ratio"
        /// The parameters of `POST /api/v5/copytrading/amend-profit-sharing-ratio`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-profit-sharing-ratio
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `profitSharingRatio`: a decimal number (a string on the wire); required.
            public var profitSharingRatio: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, profitSharingRatio: Decimal) {
                self.instType = instType
                self.profitSharingRatio = profitSharingRatio
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("profitSharingRatio", profitSharingRatio)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/amend-profit-sharing-ratio`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-profit-sharing-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
            }
        }
    }

    /// `POST /api/v5/copytrading/amend-profit-sharing-ratio`: “Amend profit sharing ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-profit-sharing-ratio
    public static func amendProfitSharingRatio(_ request: AmendProfitSharingRatio.Request) -> Endpoint<[AmendProfitSharingRatio.Response]> {
        .apiPost(AmendProfitSharingRatio.path, request)
    }

    /// `POST /api/v5/copytrading/close-subposition`: “Close lead position”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-close-lead-position
    public enum CloseLeadPosition {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/close-subposition"
        /// The parameters of `POST /api/v5/copytrading/close-subposition`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-close-lead-position
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `subPosId`: text; required.
            public var subPosId: String
            /// `ordType`: one of a documented set of values (unknown values are kept).
            public var ordType: OrdType?
            /// `px`: a decimal number (a string on the wire).
            public var px: Decimal?
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, subPosId: String, ordType: OrdType? = nil, px: Decimal? = nil, tag: String? = nil) {
                self.instType = instType
                self.subPosId = subPosId
                self.ordType = ordType
                self.px = px
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("subPosId", subPosId)
                p.add("ordType", ordType)
                p.add("px", px)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/close-subposition`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-close-lead-position
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subPosId`: text.
            public let subPosId: String
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subPosId = try c.apiRequiredText("subPosId")
                self.tag = try c.apiText("tag")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x113D02CAE99428DC: if v0 < 0, m.isKey("subPosId") { v0 = m.value }
                    case 0x56D7AB194448A4F3: if v1 < 0, m.isKey("tag") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subPosId = try d.directRequiredText(v0, "subPosId")
                self.tag = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `POST /api/v5/copytrading/close-subposition`: “Close lead position”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-close-lead-position
    public static func closeLeadPosition(_ request: CloseLeadPosition.Request) -> Endpoint<[CloseLeadPosition.Response]> {
        .apiPost(CloseLeadPosition.path, request)
    }

    /// `GET /api/v5/copytrading/config`: “Account configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-account-configuration
    public enum AccountConfiguration {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/config"
        /// The parameters of `GET /api/v5/copytrading/config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-account-configuration
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-account-configuration
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `instType`: one of a documented set of values (unknown values are kept).
                public let instType: InstType?
                /// `roleType`: one of a documented set of values (unknown values are kept).
                public let roleType: RoleType?
                /// `profitSharingRatio`: a decimal number (a string on the wire).
                public let profitSharingRatio: Decimal?
                /// `maxCopyTraderNum`: an integer (a string on the wire).
                public let maxCopyTraderNum: Int?
                /// `copyTraderNum`: an integer (a string on the wire).
                public let copyTraderNum: Int?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instType = try c.apiEnum("instType")
                    self.roleType = try c.apiEnum("roleType")
                    self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                    self.maxCopyTraderNum = try c.apiInteger("maxCopyTraderNum")
                    self.copyTraderNum = try c.apiInteger("copyTraderNum")
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
                        case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                        case 0x2A92B33737B37D11: if v1 < 0, m.isKey("roleType") { v1 = m.value }
                        case 0xEB2C713D46B3AAC0: if v2 < 0, m.isKey("profitSharingRatio") { v2 = m.value }
                        case 0x0858D1ADD3480994: if v3 < 0, m.isKey("maxCopyTraderNum") { v3 = m.value }
                        case 0x6D79B5673A0CC270: if v4 < 0, m.isKey("copyTraderNum") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instType = try d.directEnum(v0)
                    self.roleType = try d.directEnum(v1)
                    self.profitSharingRatio = try d.directDecimal(v2)
                    self.maxCopyTraderNum = try d.directInteger(v3)
                    self.copyTraderNum = try d.directInteger(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.instType, "instType")
                    try c.apiWriteEnum(self.roleType, "roleType")
                    try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                    try c.apiWriteInteger(self.maxCopyTraderNum, "maxCopyTraderNum")
                    try c.apiWriteInteger(self.copyTraderNum, "copyTraderNum")
                }
            }
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `nickName`: text.
            public let nickName: String?
            /// `portLink`: text.
            public let portLink: String?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uniqueCode = try c.apiText("uniqueCode")
                self.nickName = try c.apiText("nickName")
                self.portLink = try c.apiText("portLink")
                self.details = try c.apiNested("details")
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
                    case 0xE225E74A1851ECFB: if v0 < 0, m.isKey("uniqueCode") { v0 = m.value }
                    case 0x68961A935D75550D: if v1 < 0, m.isKey("nickName") { v1 = m.value }
                    case 0x3E37BFCF2ADE92BE: if v2 < 0, m.isKey("portLink") { v2 = m.value }
                    case 0xB9515701B1F5FC65: if v3 < 0, m.isKey("details") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uniqueCode = try d.directText(v0)
                self.nickName = try d.directText(v1)
                self.portLink = try d.directText(v2)
                self.details = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteText(self.nickName, "nickName")
                try c.apiWriteText(self.portLink, "portLink")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/copytrading/config`: “Account configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-account-configuration
    public static func accountConfiguration(_ request: AccountConfiguration.Request = .init()) -> Endpoint<[AccountConfiguration.Response]> {
        .apiGet(AccountConfiguration.path, request)
    }

    /// `GET /api/v5/copytrading/copy-settings`: “Copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-settings
    public enum CopySettings {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/copy-settings"
        /// The parameters of `GET /api/v5/copytrading/copy-settings`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-settings
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String) {
                self.instType = instType
                self.uniqueCode = uniqueCode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/copy-settings`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-settings
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct InstIds: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `enabled`: one of a documented set of values (unknown values are kept).
                public let enabled: Enabled?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.enabled = try c.apiEnum("enabled")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x70D885806B56289E: if v1 < 0, m.isKey("enabled") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.enabled = try d.directEnum(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.enabled, "enabled")
                }
            }
            /// `copyMode`: one of a documented set of values (unknown values are kept).
            public let copyMode: CopyMode?
            /// `copyAmt`: a decimal number (a string on the wire).
            public let copyAmt: Decimal?
            /// `copyRatio`: a decimal number (a string on the wire).
            public let copyRatio: Decimal?
            /// `copyTotalAmt`: a decimal number (a string on the wire).
            public let copyTotalAmt: Decimal?
            /// `tpRatio`: a decimal number (a string on the wire).
            public let tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public let slRatio: Decimal?
            /// `copyInstIdType`: one of a documented set of values (unknown values are kept).
            public let copyInstIdType: CopyInstIdType?
            /// `instIds`: a list of nested objects.
            public let instIds: [InstIds]?
            /// `slTotalAmt`: a decimal number (a string on the wire).
            public let slTotalAmt: Decimal?
            /// `subPosCloseType`: one of a documented set of values (unknown values are kept).
            public let subPosCloseType: SubPosCloseType?
            /// `copyMgnMode`: one of a documented set of values (unknown values are kept).
            public let copyMgnMode: CopyMgnMode?
            /// `ccy`: text.
            public let ccy: String?
            /// `copyState`: one of a documented set of values (unknown values are kept).
            public let copyState: CopyState?
            /// `tag`: text.
            public let tag: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.copyMode = try c.apiEnum("copyMode")
                self.copyAmt = try c.apiDecimal("copyAmt")
                self.copyRatio = try c.apiDecimal("copyRatio")
                self.copyTotalAmt = try c.apiDecimal("copyTotalAmt")
                self.tpRatio = try c.apiDecimal("tpRatio")
                self.slRatio = try c.apiDecimal("slRatio")
                self.copyInstIdType = try c.apiEnum("copyInstIdType")
                self.instIds = try c.apiNested("instIds")
                self.slTotalAmt = try c.apiDecimal("slTotalAmt")
                self.subPosCloseType = try c.apiEnum("subPosCloseType")
                self.copyMgnMode = try c.apiEnum("copyMgnMode")
                self.ccy = try c.apiText("ccy")
                self.copyState = try c.apiEnum("copyState")
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
                while let h = try m.next() {
                    switch h {
                    case 0x209755E7BE3E0A07: if v0 < 0, m.isKey("copyMode") { v0 = m.value }
                    case 0x1E3058EBDAF36AE6: if v1 < 0, m.isKey("copyAmt") { v1 = m.value }
                    case 0x81B57619F03266CF: if v2 < 0, m.isKey("copyRatio") { v2 = m.value }
                    case 0xDAE687F4B3182B44: if v3 < 0, m.isKey("copyTotalAmt") { v3 = m.value }
                    case 0xC4D4BB05BCE6BAA0: if v4 < 0, m.isKey("tpRatio") { v4 = m.value }
                    case 0x0F705B68A9931739: if v5 < 0, m.isKey("slRatio") { v5 = m.value }
                    case 0x2CCE27B587C45861: if v6 < 0, m.isKey("copyInstIdType") { v6 = m.value }
                    case 0x0DC34180EF668F1D: if v7 < 0, m.isKey("instIds") { v7 = m.value }
                    case 0xF31D94D21528BAC6: if v8 < 0, m.isKey("slTotalAmt") { v8 = m.value }
                    case 0xC3AE0E66B5ED2DCF: if v9 < 0, m.isKey("subPosCloseType") { v9 = m.value }
                    case 0x934232D5488EE325: if v10 < 0, m.isKey("copyMgnMode") { v10 = m.value }
                    case 0xF5DBFE190CDE752E: if v11 < 0, m.isKey("ccy") { v11 = m.value }
                    case 0x221FC38275E11BF9: if v12 < 0, m.isKey("copyState") { v12 = m.value }
                    case 0x56D7AB194448A4F3: if v13 < 0, m.isKey("tag") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.copyMode = try d.directEnum(v0)
                self.copyAmt = try d.directDecimal(v1)
                self.copyRatio = try d.directDecimal(v2)
                self.copyTotalAmt = try d.directDecimal(v3)
                self.tpRatio = try d.directDecimal(v4)
                self.slRatio = try d.directDecimal(v5)
                self.copyInstIdType = try d.directEnum(v6)
                self.instIds = try d.directNested(v7)
                self.slTotalAmt = try d.directDecimal(v8)
                self.subPosCloseType = try d.directEnum(v9)
                self.copyMgnMode = try d.directEnum(v10)
                self.ccy = try d.directText(v11)
                self.copyState = try d.directEnum(v12)
                self.tag = try d.directText(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.copyMode, "copyMode")
                try c.apiWriteDecimal(self.copyAmt, "copyAmt")
                try c.apiWriteDecimal(self.copyRatio, "copyRatio")
                try c.apiWriteDecimal(self.copyTotalAmt, "copyTotalAmt")
                try c.apiWriteDecimal(self.tpRatio, "tpRatio")
                try c.apiWriteDecimal(self.slRatio, "slRatio")
                try c.apiWriteEnum(self.copyInstIdType, "copyInstIdType")
                try c.apiWriteNested(self.instIds, "instIds")
                try c.apiWriteDecimal(self.slTotalAmt, "slTotalAmt")
                try c.apiWriteEnum(self.subPosCloseType, "subPosCloseType")
                try c.apiWriteEnum(self.copyMgnMode, "copyMgnMode")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.copyState, "copyState")
                try c.apiWriteText(self.tag, "tag")
            }
        }
    }

    /// `GET /api/v5/copytrading/copy-settings`: “Copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-settings
    public static func copySettings(_ request: CopySettings.Request) -> Endpoint<[CopySettings.Response]> {
        .apiGet(CopySettings.path, request)
    }

    /// `GET /api/v5/copytrading/current-lead-traders`: “My lead traders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-my-lead-traders
    public enum MyLeadTraders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/current-lead-traders"
        /// The parameters of `GET /api/v5/copytrading/current-lead-traders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-my-lead-traders
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/current-lead-traders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-my-lead-traders
        public struct Response: Codable, Sendable, TapeDirect {
            /// `portLink`: text.
            public let portLink: String?
            /// `nickName`: text.
            public let nickName: String?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `copyTotalAmt`: a decimal number (a string on the wire).
            public let copyTotalAmt: Decimal?
            /// `copyTotalPnl`: a decimal number (a string on the wire).
            public let copyTotalPnl: Decimal?
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `profitSharingRatio`: a decimal number (a string on the wire).
            public let profitSharingRatio: Decimal?
            /// `beginCopyTime`: a time (epoch milliseconds on the wire).
            public let beginCopyTime: Date?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `todayPnl`: a decimal number (a string on the wire).
            public let todayPnl: Decimal?
            /// `leadMode`: one of a documented set of values (unknown values are kept).
            public let leadMode: LeadMode?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.portLink = try c.apiText("portLink")
                self.nickName = try c.apiText("nickName")
                self.margin = try c.apiDecimal("margin")
                self.copyTotalAmt = try c.apiDecimal("copyTotalAmt")
                self.copyTotalPnl = try c.apiDecimal("copyTotalPnl")
                self.uniqueCode = try c.apiText("uniqueCode")
                self.ccy = try c.apiText("ccy")
                self.profitSharingRatio = try c.apiDecimal("profitSharingRatio")
                self.beginCopyTime = try c.apiDate("beginCopyTime")
                self.upl = try c.apiDecimal("upl")
                self.todayPnl = try c.apiDecimal("todayPnl")
                self.leadMode = try c.apiEnum("leadMode")
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
                    case 0x3E37BFCF2ADE92BE: if v0 < 0, m.isKey("portLink") { v0 = m.value }
                    case 0x68961A935D75550D: if v1 < 0, m.isKey("nickName") { v1 = m.value }
                    case 0x56B5A72B50ECD75B: if v2 < 0, m.isKey("margin") { v2 = m.value }
                    case 0xDAE687F4B3182B44: if v3 < 0, m.isKey("copyTotalAmt") { v3 = m.value }
                    case 0x5CECD6F4FCC4D558: if v4 < 0, m.isKey("copyTotalPnl") { v4 = m.value }
                    case 0xE225E74A1851ECFB: if v5 < 0, m.isKey("uniqueCode") { v5 = m.value }
                    case 0xF5DBFE190CDE752E: if v6 < 0, m.isKey("ccy") { v6 = m.value }
                    case 0xEB2C713D46B3AAC0: if v7 < 0, m.isKey("profitSharingRatio") { v7 = m.value }
                    case 0x2C98C50199DD28AA: if v8 < 0, m.isKey("beginCopyTime") { v8 = m.value }
                    case 0x4C4887193DC44C04: if v9 < 0, m.isKey("upl") { v9 = m.value }
                    case 0x2C86612A36C18300: if v10 < 0, m.isKey("todayPnl") { v10 = m.value }
                    case 0x269C44862D142688: if v11 < 0, m.isKey("leadMode") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.portLink = try d.directText(v0)
                self.nickName = try d.directText(v1)
                self.margin = try d.directDecimal(v2)
                self.copyTotalAmt = try d.directDecimal(v3)
                self.copyTotalPnl = try d.directDecimal(v4)
                self.uniqueCode = try d.directText(v5)
                self.ccy = try d.directText(v6)
                self.profitSharingRatio = try d.directDecimal(v7)
                self.beginCopyTime = try d.directDate(v8)
                self.upl = try d.directDecimal(v9)
                self.todayPnl = try d.directDecimal(v10)
                self.leadMode = try d.directEnum(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.portLink, "portLink")
                try c.apiWriteText(self.nickName, "nickName")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteDecimal(self.copyTotalAmt, "copyTotalAmt")
                try c.apiWriteDecimal(self.copyTotalPnl, "copyTotalPnl")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.profitSharingRatio, "profitSharingRatio")
                try c.apiWriteDate(self.beginCopyTime, "beginCopyTime")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.todayPnl, "todayPnl")
                try c.apiWriteEnum(self.leadMode, "leadMode")
            }
        }
    }

    /// `GET /api/v5/copytrading/current-lead-traders`: “My lead traders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-my-lead-traders
    public static func myLeadTraders(_ request: MyLeadTraders.Request = .init()) -> Endpoint<[MyLeadTraders.Response]> {
        .apiGet(MyLeadTraders.path, request)
    }

    /// `GET /api/v5/copytrading/current-subpositions`: “Existing lead positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-existing-lead-positions
    public enum ExistingLeadPositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/current-subpositions"
        /// The parameters of `GET /api/v5/copytrading/current-subpositions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-existing-lead-positions
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/current-subpositions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-existing-lead-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `subPosId`: text.
            public let subPosId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `openOrdId`: text.
            public let openOrdId: String?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `openTime`: a time (epoch milliseconds on the wire).
            public let openTime: Date?
            /// `subPos`: a decimal number (a string on the wire).
            public let subPos: Decimal?
            /// `tpTriggerPx`: a decimal number (a string on the wire).
            public let tpTriggerPx: Decimal?
            /// `slTriggerPx`: a decimal number (a string on the wire).
            public let slTriggerPx: Decimal?
            /// `algoId`: text.
            public let algoId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `tpOrdPx`: a decimal number (a string on the wire).
            public let tpOrdPx: Decimal?
            /// `slOrdPx`: a decimal number (a string on the wire).
            public let slOrdPx: Decimal?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `uplRatio`: a decimal number (a string on the wire).
            public let uplRatio: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `ccy`: text.
            public let ccy: String?
            /// `availSubPos`: a decimal number (a string on the wire).
            public let availSubPos: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.subPosId = try c.apiRequiredText("subPosId")
                self.posSide = try c.apiEnum("posSide")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.lever = try c.apiDecimal("lever")
                self.openOrdId = try c.apiText("openOrdId")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.openTime = try c.apiDate("openTime")
                self.subPos = try c.apiDecimal("subPos")
                self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                self.algoId = try c.apiText("algoId")
                self.instType = try c.apiEnum("instType")
                self.tpOrdPx = try c.apiDecimal("tpOrdPx")
                self.slOrdPx = try c.apiDecimal("slOrdPx")
                self.margin = try c.apiDecimal("margin")
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.markPx = try c.apiDecimal("markPx")
                self.uniqueCode = try c.apiText("uniqueCode")
                self.ccy = try c.apiText("ccy")
                self.availSubPos = try c.apiDecimal("availSubPos")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x113D02CAE99428DC: if v1 < 0, m.isKey("subPosId") { v1 = m.value }
                    case 0x297B967F0EEA27C2: if v2 < 0, m.isKey("posSide") { v2 = m.value }
                    case 0xF908AB384ABF99B6: if v3 < 0, m.isKey("mgnMode") { v3 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v4 < 0, m.isKey("lever") { v4 = m.value }
                    case 0xBD51C46BAF905421: if v5 < 0, m.isKey("openOrdId") { v5 = m.value }
                    case 0xA5A9EFC1731C2927: if v6 < 0, m.isKey("openAvgPx") { v6 = m.value }
                    case 0x963CE215C22693A0: if v7 < 0, m.isKey("openTime") { v7 = m.value }
                    case 0x3BED328A030292B9: if v8 < 0, m.isKey("subPos") { v8 = m.value }
                    case 0xC25672DCA183922F: if v9 < 0, m.isKey("tpTriggerPx") { v9 = m.value }
                    case 0x54DE5C06C1B6E122: if v10 < 0, m.isKey("slTriggerPx") { v10 = m.value }
                    case 0x57EE775BF04FA723: if v11 < 0, m.isKey("algoId") { v11 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v12 < 0, m.isKey("instType") { v12 = m.value }
                    case 0xE78728D2C6576664: if v13 < 0, m.isKey("tpOrdPx") { v13 = m.value }
                    case 0x9B6C978E2E265439: if v14 < 0, m.isKey("slOrdPx") { v14 = m.value }
                    case 0x56B5A72B50ECD75B: if v15 < 0, m.isKey("margin") { v15 = m.value }
                    case 0x4C4887193DC44C04: if v16 < 0, m.isKey("upl") { v16 = m.value }
                    case 0xC948915DFB1B05AF: if v17 < 0, m.isKey("uplRatio") { v17 = m.value }
                    case 0xED95A32B150C49D8: if v18 < 0, m.isKey("markPx") { v18 = m.value }
                    case 0xE225E74A1851ECFB: if v19 < 0, m.isKey("uniqueCode") { v19 = m.value }
                    case 0xF5DBFE190CDE752E: if v20 < 0, m.isKey("ccy") { v20 = m.value }
                    case 0x23CBB490D67516E8: if v21 < 0, m.isKey("availSubPos") { v21 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.subPosId = try d.directRequiredText(v1, "subPosId")
                self.posSide = try d.directEnum(v2)
                self.mgnMode = try d.directEnum(v3)
                self.lever = try d.directDecimal(v4)
                self.openOrdId = try d.directText(v5)
                self.openAvgPx = try d.directDecimal(v6)
                self.openTime = try d.directDate(v7)
                self.subPos = try d.directDecimal(v8)
                self.tpTriggerPx = try d.directDecimal(v9)
                self.slTriggerPx = try d.directDecimal(v10)
                self.algoId = try d.directText(v11)
                self.instType = try d.directEnum(v12)
                self.tpOrdPx = try d.directDecimal(v13)
                self.slOrdPx = try d.directDecimal(v14)
                self.margin = try d.directDecimal(v15)
                self.upl = try d.directDecimal(v16)
                self.uplRatio = try d.directDecimal(v17)
                self.markPx = try d.directDecimal(v18)
                self.uniqueCode = try d.directText(v19)
                self.ccy = try d.directText(v20)
                self.availSubPos = try d.directDecimal(v21)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.openOrdId, "openOrdId")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDate(self.openTime, "openTime")
                try c.apiWriteDecimal(self.subPos, "subPos")
                try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                try c.apiWriteText(self.algoId, "algoId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.tpOrdPx, "tpOrdPx")
                try c.apiWriteDecimal(self.slOrdPx, "slOrdPx")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.availSubPos, "availSubPos")
            }
        }
    }

    /// `GET /api/v5/copytrading/current-subpositions`: “Existing lead positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-existing-lead-positions
    public static func existingLeadPositions(_ request: ExistingLeadPositions.Request = .init()) -> Endpoint<[ExistingLeadPositions.Response]> {
        .apiGet(ExistingLeadPositions.path, request)
    }

    /// `POST /api/v5/copytrading/first-copy-settings`: “First copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-first-copy-settings
    public enum FirstCopySettings {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/first-copy-settings"
        /// The parameters of `POST /api/v5/copytrading/first-copy-settings`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-first-copy-settings
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `copyMgnMode`: one of a documented set of values (unknown values are kept); required.
            public var copyMgnMode: CopyMgnMode
            /// `copyInstIdType`: one of a documented set of values (unknown values are kept); required.
            public var copyInstIdType: CopyInstIdType
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `copyMode`: one of a documented set of values (unknown values are kept).
            public var copyMode: CopyMode?
            /// `copyTotalAmt`: a decimal number (a string on the wire); required.
            public var copyTotalAmt: Decimal
            /// `copyAmt`: a decimal number (a string on the wire); required in some cases.
            public var copyAmt: Decimal?
            /// `copyRatio`: a decimal number (a string on the wire); required in some cases.
            public var copyRatio: Decimal?
            /// `tpRatio`: a decimal number (a string on the wire).
            public var tpRatio: Decimal?
            /// `slRatio`: a decimal number (a string on the wire).
            public var slRatio: Decimal?
            /// `slTotalAmt`: a decimal number (a string on the wire).
            public var slTotalAmt: Decimal?
            /// `subPosCloseType`: one of a documented set of values (unknown values are kept); required.
            public var subPosCloseType: SubPosCloseType
            /// `tag`: text.
            public var tag: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, copyMgnMode: CopyMgnMode, copyInstIdType: CopyInstIdType, instId: String? = nil, copyMode: CopyMode? = nil, copyTotalAmt: Decimal, copyAmt: Decimal? = nil, copyRatio: Decimal? = nil, tpRatio: Decimal? = nil, slRatio: Decimal? = nil, slTotalAmt: Decimal? = nil, subPosCloseType: SubPosCloseType, tag: String? = nil) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.copyMgnMode = copyMgnMode
                self.copyInstIdType = copyInstIdType
                self.instId = instId
                self.copyMode = copyMode
                self.copyTotalAmt = copyTotalAmt
                self.copyAmt = copyAmt
                self.copyRatio = copyRatio
                self.tpRatio = tpRatio
                self.slRatio = slRatio
                self.slTotalAmt = slTotalAmt
                self.subPosCloseType = subPosCloseType
                self.tag = tag
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("copyMgnMode", copyMgnMode)
                p.add("copyInstIdType", copyInstIdType)
                p.add("instId", instId)
                p.add("copyMode", copyMode)
                p.add("copyTotalAmt", copyTotalAmt)
                p.add("copyAmt", copyAmt)
                p.add("copyRatio", copyRatio)
                p.add("tpRatio", tpRatio)
                p.add("slRatio", slRatio)
                p.add("slTotalAmt", slTotalAmt)
                p.add("subPosCloseType", subPosCloseType)
                p.add("tag", tag)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/first-copy-settings`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-first-copy-settings
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
            }
        }
    }

    /// `POST /api/v5/copytrading/first-copy-settings`: “First copy settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-first-copy-settings
    public static func firstCopySettings(_ request: FirstCopySettings.Request) -> Endpoint<[FirstCopySettings.Response]> {
        .apiPost(FirstCopySettings.path, request)
    }

    /// `GET /api/v5/copytrading/instruments`: “Leading instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-leading-instruments
    public enum LeadingInstruments {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/instruments"
        /// The parameters of `GET /api/v5/copytrading/instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-leading-instruments
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/instruments`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-leading-instruments
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `enabled`: a boolean.
            public let enabled: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.enabled = try c.apiBoolean("enabled")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x70D885806B56289E: if v1 < 0, m.isKey("enabled") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.enabled = try d.directBoolean(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteBoolean(self.enabled, "enabled")
            }
        }
    }

    /// `GET /api/v5/copytrading/instruments`: “Leading instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-leading-instruments
    public static func leadingInstruments(_ request: LeadingInstruments.Request = .init()) -> Endpoint<[LeadingInstruments.Response]> {
        .apiGet(LeadingInstruments.path, request)
    }

    /// `GET /api/v5/copytrading/profit-sharing-details`: “Profit sharing details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-profit-sharing-details
    public enum ProfitSharingDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/profit-sharing-details"
        /// The parameters of `GET /api/v5/copytrading/profit-sharing-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-profit-sharing-details
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/profit-sharing-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-profit-sharing-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `profitSharingAmt`: a decimal number (a string on the wire).
            public let profitSharingAmt: Decimal?
            /// `nickName`: text.
            public let nickName: String?
            /// `profitSharingId`: text.
            public let profitSharingId: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `portLink`: text.
            public let portLink: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.profitSharingAmt = try c.apiDecimal("profitSharingAmt")
                self.nickName = try c.apiText("nickName")
                self.profitSharingId = try c.apiText("profitSharingId")
                self.instType = try c.apiEnum("instType")
                self.portLink = try c.apiText("portLink")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0x1526C230043ED4A1: if v1 < 0, m.isKey("profitSharingAmt") { v1 = m.value }
                    case 0x68961A935D75550D: if v2 < 0, m.isKey("nickName") { v2 = m.value }
                    case 0x5DB7B0FBFD90D0CC: if v3 < 0, m.isKey("profitSharingId") { v3 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v4 < 0, m.isKey("instType") { v4 = m.value }
                    case 0x3E37BFCF2ADE92BE: if v5 < 0, m.isKey("portLink") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.profitSharingAmt = try d.directDecimal(v1)
                self.nickName = try d.directText(v2)
                self.profitSharingId = try d.directText(v3)
                self.instType = try d.directEnum(v4)
                self.portLink = try d.directText(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.profitSharingAmt, "profitSharingAmt")
                try c.apiWriteText(self.nickName, "nickName")
                try c.apiWriteText(self.profitSharingId, "profitSharingId")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.portLink, "portLink")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/copytrading/profit-sharing-details`: “Profit sharing details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-profit-sharing-details
    public static func profitSharingDetails(_ request: ProfitSharingDetails.Request = .init()) -> Endpoint<[ProfitSharingDetails.Response]> {
        .apiGet(ProfitSharingDetails.path, request)
    }

    /// `GET /api/v5/copytrading/public-config`: “Copy trading configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-trading-configuration
    public enum CopyTradingConfiguration {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-config"
        /// The parameters of `GET /api/v5/copytrading/public-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-trading-configuration
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-trading-configuration
        public struct Response: Codable, Sendable, TapeDirect {
            /// `maxCopyAmt`: a decimal number (a string on the wire).
            public let maxCopyAmt: Decimal?
            /// `minCopyAmt`: a decimal number (a string on the wire).
            public let minCopyAmt: Decimal?
            /// `maxCopyTotalAmt`: a decimal number (a string on the wire).
            public let maxCopyTotalAmt: Decimal?
            /// `minCopyRatio`: a decimal number (a string on the wire).
            public let minCopyRatio: Decimal?
            /// `maxCopyRatio`: a decimal number (a string on the wire).
            public let maxCopyRatio: Decimal?
            /// `maxTpRatio`: a decimal number (a string on the wire).
            public let maxTpRatio: Decimal?
            /// `maxSlRatio`: a decimal number (a string on the wire).
            public let maxSlRatio: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.maxCopyAmt = try c.apiDecimal("maxCopyAmt")
                self.minCopyAmt = try c.apiDecimal("minCopyAmt")
                self.maxCopyTotalAmt = try c.apiDecimal("maxCopyTotalAmt")
                self.minCopyRatio = try c.apiDecimal("minCopyRatio")
                self.maxCopyRatio = try c.apiDecimal("maxCopyRatio")
                self.maxTpRatio = try c.apiDecimal("maxTpRatio")
                self.maxSlRatio = try c.apiDecimal("maxSlRatio")
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
                    case 0x50C1C989B3B96ECA: if v0 < 0, m.isKey("maxCopyAmt") { v0 = m.value }
                    case 0xA5F81B1614F89424: if v1 < 0, m.isKey("minCopyAmt") { v1 = m.value }
                    case 0x09DF990E39DACF50: if v2 < 0, m.isKey("maxCopyTotalAmt") { v2 = m.value }
                    case 0x71E5FF28A15A32FD: if v3 < 0, m.isKey("minCopyRatio") { v3 = m.value }
                    case 0xD809E9726E4FA033: if v4 < 0, m.isKey("maxCopyRatio") { v4 = m.value }
                    case 0x405D49D1E666FF84: if v5 < 0, m.isKey("maxTpRatio") { v5 = m.value }
                    case 0x24D718FD85121CED: if v6 < 0, m.isKey("maxSlRatio") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.maxCopyAmt = try d.directDecimal(v0)
                self.minCopyAmt = try d.directDecimal(v1)
                self.maxCopyTotalAmt = try d.directDecimal(v2)
                self.minCopyRatio = try d.directDecimal(v3)
                self.maxCopyRatio = try d.directDecimal(v4)
                self.maxTpRatio = try d.directDecimal(v5)
                self.maxSlRatio = try d.directDecimal(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.maxCopyAmt, "maxCopyAmt")
                try c.apiWriteDecimal(self.minCopyAmt, "minCopyAmt")
                try c.apiWriteDecimal(self.maxCopyTotalAmt, "maxCopyTotalAmt")
                try c.apiWriteDecimal(self.minCopyRatio, "minCopyRatio")
                try c.apiWriteDecimal(self.maxCopyRatio, "maxCopyRatio")
                try c.apiWriteDecimal(self.maxTpRatio, "maxTpRatio")
                try c.apiWriteDecimal(self.maxSlRatio, "maxSlRatio")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-config`: “Copy trading configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-trading-configuration
    public static func copyTradingConfiguration(_ request: CopyTradingConfiguration.Request = .init()) -> Endpoint<[CopyTradingConfiguration.Response]> {
        .apiGet(CopyTradingConfiguration.path, request)
    }

    /// `GET /api/v5/copytrading/public-copy-traders`: “Copy traders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-traders
    public enum CopyTraders {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-copy-traders"
        /// The parameters of `GET /api/v5/copytrading/public-copy-traders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-traders
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, limit: Int? = nil) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-copy-traders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-traders
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct CopyTraders: Codable, Sendable, TapeDirect {
                /// `beginCopyTime`: a time (epoch milliseconds on the wire).
                public let beginCopyTime: Date?
                /// `nickName`: text.
                public let nickName: String?
                /// `portLink`: text.
                public let portLink: String?
                /// `pnl`: a decimal number (a string on the wire).
                public let pnl: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.beginCopyTime = try c.apiDate("beginCopyTime")
                    self.nickName = try c.apiText("nickName")
                    self.portLink = try c.apiText("portLink")
                    self.pnl = try c.apiDecimal("pnl")
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
                        case 0x2C98C50199DD28AA: if v0 < 0, m.isKey("beginCopyTime") { v0 = m.value }
                        case 0x68961A935D75550D: if v1 < 0, m.isKey("nickName") { v1 = m.value }
                        case 0x3E37BFCF2ADE92BE: if v2 < 0, m.isKey("portLink") { v2 = m.value }
                        case 0x779E7A1956519EED: if v3 < 0, m.isKey("pnl") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.beginCopyTime = try d.directDate(v0)
                    self.nickName = try d.directText(v1)
                    self.portLink = try d.directText(v2)
                    self.pnl = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDate(self.beginCopyTime, "beginCopyTime")
                    try c.apiWriteText(self.nickName, "nickName")
                    try c.apiWriteText(self.portLink, "portLink")
                    try c.apiWriteDecimal(self.pnl, "pnl")
                }
            }
            /// `copyTotalPnl`: a decimal number (a string on the wire).
            public let copyTotalPnl: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `copyTraderNumChg`: a decimal number (a string on the wire).
            public let copyTraderNumChg: Decimal?
            /// `copyTraderNumChgRatio`: a decimal number (a string on the wire).
            public let copyTraderNumChgRatio: Decimal?
            /// `copyTraders`: a list of nested objects.
            public let copyTraders: [CopyTraders]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.copyTotalPnl = try c.apiDecimal("copyTotalPnl")
                self.ccy = try c.apiText("ccy")
                self.copyTraderNumChg = try c.apiDecimal("copyTraderNumChg")
                self.copyTraderNumChgRatio = try c.apiDecimal("copyTraderNumChgRatio")
                self.copyTraders = try c.apiNested("copyTraders")
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
                    case 0x5CECD6F4FCC4D558: if v0 < 0, m.isKey("copyTotalPnl") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0x1CA0DE18777DFC7C: if v2 < 0, m.isKey("copyTraderNumChg") { v2 = m.value }
                    case 0x0108B090B233B417: if v3 < 0, m.isKey("copyTraderNumChgRatio") { v3 = m.value }
                    case 0xDA6B9D6E6AF1DD39: if v4 < 0, m.isKey("copyTraders") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.copyTotalPnl = try d.directDecimal(v0)
                self.ccy = try d.directText(v1)
                self.copyTraderNumChg = try d.directDecimal(v2)
                self.copyTraderNumChgRatio = try d.directDecimal(v3)
                self.copyTraders = try d.directNested(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.copyTotalPnl, "copyTotalPnl")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.copyTraderNumChg, "copyTraderNumChg")
                try c.apiWriteDecimal(self.copyTraderNumChgRatio, "copyTraderNumChgRatio")
                try c.apiWriteNested(self.copyTraders, "copyTraders")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-copy-traders`: “Copy traders”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-copy-traders
    public static func copyTraders(_ request: CopyTraders.Request) -> Endpoint<[CopyTraders.Response]> {
        .apiGet(CopyTraders.path, request)
    }

    /// `GET /api/v5/copytrading/public-current-subpositions`: “Lead trader current lead positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-current-lead-positions
    public enum LeadTraderCurrentLeadPositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-current-subpositions"
        /// The parameters of `GET /api/v5/copytrading/public-current-subpositions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-current-lead-positions
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-current-subpositions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-current-lead-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `subPosId`: text.
            public let subPosId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `openTime`: a time (epoch milliseconds on the wire).
            public let openTime: Date?
            /// `subPos`: a decimal number (a string on the wire).
            public let subPos: Decimal?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `uplRatio`: a decimal number (a string on the wire).
            public let uplRatio: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `ccy`: text.
            public let ccy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.subPosId = try c.apiRequiredText("subPosId")
                self.posSide = try c.apiEnum("posSide")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.lever = try c.apiDecimal("lever")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.openTime = try c.apiDate("openTime")
                self.subPos = try c.apiDecimal("subPos")
                self.instType = try c.apiEnum("instType")
                self.margin = try c.apiDecimal("margin")
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.markPx = try c.apiDecimal("markPx")
                self.uniqueCode = try c.apiText("uniqueCode")
                self.ccy = try c.apiText("ccy")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x113D02CAE99428DC: if v1 < 0, m.isKey("subPosId") { v1 = m.value }
                    case 0x297B967F0EEA27C2: if v2 < 0, m.isKey("posSide") { v2 = m.value }
                    case 0xF908AB384ABF99B6: if v3 < 0, m.isKey("mgnMode") { v3 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v4 < 0, m.isKey("lever") { v4 = m.value }
                    case 0xA5A9EFC1731C2927: if v5 < 0, m.isKey("openAvgPx") { v5 = m.value }
                    case 0x963CE215C22693A0: if v6 < 0, m.isKey("openTime") { v6 = m.value }
                    case 0x3BED328A030292B9: if v7 < 0, m.isKey("subPos") { v7 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v8 < 0, m.isKey("instType") { v8 = m.value }
                    case 0x56B5A72B50ECD75B: if v9 < 0, m.isKey("margin") { v9 = m.value }
                    case 0x4C4887193DC44C04: if v10 < 0, m.isKey("upl") { v10 = m.value }
                    case 0xC948915DFB1B05AF: if v11 < 0, m.isKey("uplRatio") { v11 = m.value }
                    case 0xED95A32B150C49D8: if v12 < 0, m.isKey("markPx") { v12 = m.value }
                    case 0xE225E74A1851ECFB: if v13 < 0, m.isKey("uniqueCode") { v13 = m.value }
                    case 0xF5DBFE190CDE752E: if v14 < 0, m.isKey("ccy") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.subPosId = try d.directRequiredText(v1, "subPosId")
                self.posSide = try d.directEnum(v2)
                self.mgnMode = try d.directEnum(v3)
                self.lever = try d.directDecimal(v4)
                self.openAvgPx = try d.directDecimal(v5)
                self.openTime = try d.directDate(v6)
                self.subPos = try d.directDecimal(v7)
                self.instType = try d.directEnum(v8)
                self.margin = try d.directDecimal(v9)
                self.upl = try d.directDecimal(v10)
                self.uplRatio = try d.directDecimal(v11)
                self.markPx = try d.directDecimal(v12)
                self.uniqueCode = try d.directText(v13)
                self.ccy = try d.directText(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDate(self.openTime, "openTime")
                try c.apiWriteDecimal(self.subPos, "subPos")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteText(self.ccy, "ccy")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-current-subpositions`: “Lead trader current lead positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-current-lead-positions
    public static func leadTraderCurrentLeadPositions(_ request: LeadTraderCurrentLeadPositions.Request) -> Endpoint<[LeadTraderCurrentLeadPositions.Response]> {
        .apiGet(LeadTraderCurrentLeadPositions.path, request)
    }

    /// `GET /api/v5/copytrading/public-lead-traders`: “Lead trader ranks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-ranks
    public enum LeadTraderRanks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-lead-traders"
        /// The parameters of `GET /api/v5/copytrading/public-lead-traders`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-ranks
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `sortType`: one of a documented set of values (unknown values are kept).
            public var sortType: SortType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// `minLeadDays`: one of a documented set of values (unknown values are kept).
            public var minLeadDays: MinLeadDays?
            /// `minAssets`: a decimal number (a string on the wire).
            public var minAssets: Decimal?
            /// `maxAssets`: a decimal number (a string on the wire).
            public var maxAssets: Decimal?
            /// `minAum`: a decimal number (a string on the wire).
            public var minAum: Decimal?
            /// `maxAum`: a decimal number (a string on the wire).
            public var maxAum: Decimal?
            /// `dataVer`: text.
            public var dataVer: String?
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, sortType: SortType? = nil, state: State? = nil, minLeadDays: MinLeadDays? = nil, minAssets: Decimal? = nil, maxAssets: Decimal? = nil, minAum: Decimal? = nil, maxAum: Decimal? = nil, dataVer: String? = nil, page: Int? = nil, limit: Int? = nil) {
                self.instType = instType
                self.sortType = sortType
                self.state = state
                self.minLeadDays = minLeadDays
                self.minAssets = minAssets
                self.maxAssets = maxAssets
                self.minAum = minAum
                self.maxAum = maxAum
                self.dataVer = dataVer
                self.page = page
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("sortType", sortType)
                p.add("state", state)
                p.add("minLeadDays", minLeadDays)
                p.add("minAssets", minAssets)
                p.add("maxAssets", maxAssets)
                p.add("minAum", minAum)
                p.add("maxAum", maxAum)
                p.add("dataVer", dataVer)
                p.add("page", page)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-lead-traders`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-ranks
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Ranks: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct PnlRatios: Codable, Sendable, TapeDirect {
                    /// `beginTs`: a time (epoch milliseconds on the wire).
                    public let beginTs: Date?
                    /// `pnlRatio`: a decimal number (a string on the wire).
                    public let pnlRatio: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.beginTs = try c.apiDate("beginTs")
                        self.pnlRatio = try c.apiDecimal("pnlRatio")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x3178B0DB84A55F17: if v0 < 0, m.isKey("beginTs") { v0 = m.value }
                            case 0x560005AD7CCA38DC: if v1 < 0, m.isKey("pnlRatio") { v1 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.beginTs = try d.directDate(v0)
                        self.pnlRatio = try d.directDecimal(v1)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteDate(self.beginTs, "beginTs")
                        try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                    }
                }
                /// `aum`: a decimal number (a string on the wire).
                public let aum: Decimal?
                /// `copyState`: one of a documented set of values (unknown values are kept).
                public let copyState: CopyState?
                /// `maxCopyTraderNum`: an integer (a string on the wire).
                public let maxCopyTraderNum: Int?
                /// `copyTraderNum`: an integer (a string on the wire).
                public let copyTraderNum: Int?
                /// `accCopyTraderNum`: an integer (a string on the wire).
                public let accCopyTraderNum: Int?
                /// `portLink`: text.
                public let portLink: String?
                /// `nickName`: text.
                public let nickName: String?
                /// `ccy`: text.
                public let ccy: String?
                /// `uniqueCode`: text.
                public let uniqueCode: String?
                /// `winRatio`: a decimal number (a string on the wire).
                public let winRatio: Decimal?
                /// `leadDays`: an integer (a string on the wire).
                public let leadDays: Int?
                /// `traderInsts`: a list of text values.
                public let traderInsts: [String]?
                /// `pnl`: a decimal number (a string on the wire).
                public let pnl: Decimal?
                /// `pnlRatio`: a decimal number (a string on the wire).
                public let pnlRatio: Decimal?
                /// `pnlRatios`: a list of nested objects.
                public let pnlRatios: [PnlRatios]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.aum = try c.apiDecimal("aum")
                    self.copyState = try c.apiEnum("copyState")
                    self.maxCopyTraderNum = try c.apiInteger("maxCopyTraderNum")
                    self.copyTraderNum = try c.apiInteger("copyTraderNum")
                    self.accCopyTraderNum = try c.apiInteger("accCopyTraderNum")
                    self.portLink = try c.apiText("portLink")
                    self.nickName = try c.apiText("nickName")
                    self.ccy = try c.apiText("ccy")
                    self.uniqueCode = try c.apiText("uniqueCode")
                    self.winRatio = try c.apiDecimal("winRatio")
                    self.leadDays = try c.apiInteger("leadDays")
                    self.traderInsts = try c.apiTexts("traderInsts")
                    self.pnl = try c.apiDecimal("pnl")
                    self.pnlRatio = try c.apiDecimal("pnlRatio")
                    self.pnlRatios = try c.apiNested("pnlRatios")
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
                        case 0xE745C01905625982: if v0 < 0, m.isKey("aum") { v0 = m.value }
                        case 0x221FC38275E11BF9: if v1 < 0, m.isKey("copyState") { v1 = m.value }
                        case 0x0858D1ADD3480994: if v2 < 0, m.isKey("maxCopyTraderNum") { v2 = m.value }
                        case 0x6D79B5673A0CC270: if v3 < 0, m.isKey("copyTraderNum") { v3 = m.value }
                        case 0x7734D3499C6DC579: if v4 < 0, m.isKey("accCopyTraderNum") { v4 = m.value }
                        case 0x3E37BFCF2ADE92BE: if v5 < 0, m.isKey("portLink") { v5 = m.value }
                        case 0x68961A935D75550D: if v6 < 0, m.isKey("nickName") { v6 = m.value }
                        case 0xF5DBFE190CDE752E: if v7 < 0, m.isKey("ccy") { v7 = m.value }
                        case 0xE225E74A1851ECFB: if v8 < 0, m.isKey("uniqueCode") { v8 = m.value }
                        case 0x2C0F98B2A0E5CDB0: if v9 < 0, m.isKey("winRatio") { v9 = m.value }
                        case 0xF78514D3947EB408: if v10 < 0, m.isKey("leadDays") { v10 = m.value }
                        case 0x25E834D17D0D0582: if v11 < 0, m.isKey("traderInsts") { v11 = m.value }
                        case 0x779E7A1956519EED: if v12 < 0, m.isKey("pnl") { v12 = m.value }
                        case 0x560005AD7CCA38DC: if v13 < 0, m.isKey("pnlRatio") { v13 = m.value }
                        case 0xEC4254CB0B9E515D: if v14 < 0, m.isKey("pnlRatios") { v14 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.aum = try d.directDecimal(v0)
                    self.copyState = try d.directEnum(v1)
                    self.maxCopyTraderNum = try d.directInteger(v2)
                    self.copyTraderNum = try d.directInteger(v3)
                    self.accCopyTraderNum = try d.directInteger(v4)
                    self.portLink = try d.directText(v5)
                    self.nickName = try d.directText(v6)
                    self.ccy = try d.directText(v7)
                    self.uniqueCode = try d.directText(v8)
                    self.winRatio = try d.directDecimal(v9)
                    self.leadDays = try d.directInteger(v10)
                    self.traderInsts = try d.directTexts(v11)
                    self.pnl = try d.directDecimal(v12)
                    self.pnlRatio = try d.directDecimal(v13)
                    self.pnlRatios = try d.directNested(v14)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.aum, "aum")
                    try c.apiWriteEnum(self.copyState, "copyState")
                    try c.apiWriteInteger(self.maxCopyTraderNum, "maxCopyTraderNum")
                    try c.apiWriteInteger(self.copyTraderNum, "copyTraderNum")
                    try c.apiWriteInteger(self.accCopyTraderNum, "accCopyTraderNum")
                    try c.apiWriteText(self.portLink, "portLink")
                    try c.apiWriteText(self.nickName, "nickName")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteText(self.uniqueCode, "uniqueCode")
                    try c.apiWriteDecimal(self.winRatio, "winRatio")
                    try c.apiWriteInteger(self.leadDays, "leadDays")
                    try c.apiWriteTexts(self.traderInsts, "traderInsts")
                    try c.apiWriteDecimal(self.pnl, "pnl")
                    try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                    try c.apiWriteNested(self.pnlRatios, "pnlRatios")
                }
            }
            /// `dataVer`: text.
            public let dataVer: String?
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `ranks`: a list of nested objects.
            public let ranks: [Ranks]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.dataVer = try c.apiText("dataVer")
                self.totalPage = try c.apiInteger("totalPage")
                self.ranks = try c.apiNested("ranks")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x7E6FA3B0DED49A02: if v0 < 0, m.isKey("dataVer") { v0 = m.value }
                    case 0xCFA6C11447667CAE: if v1 < 0, m.isKey("totalPage") { v1 = m.value }
                    case 0x5297CA11B2B0805C: if v2 < 0, m.isKey("ranks") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.dataVer = try d.directText(v0)
                self.totalPage = try d.directInteger(v1)
                self.ranks = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.dataVer, "dataVer")
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteNested(self.ranks, "ranks")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-lead-traders`: “Lead trader ranks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-ranks
    public static func leadTraderRanks(_ request: LeadTraderRanks.Request = .init()) -> Endpoint<[LeadTraderRanks.Response]> {
        .apiGet(LeadTraderRanks.path, request)
    }

    /// `GET /api/v5/copytrading/public-pnl`: “Lead trader daily pnl”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-daily-pnl
    public enum LeadTraderDailyPnl {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-pnl"
        /// The parameters of `GET /api/v5/copytrading/public-pnl`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-daily-pnl
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `lastDays`: one of a documented set of values (unknown values are kept); required.
            public var lastDays: LastDays
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, lastDays: LastDays) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.lastDays = lastDays
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("lastDays", lastDays)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-pnl`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-daily-pnl
        public struct Response: Codable, Sendable, TapeDirect {
            /// `beginTs`: a time (epoch milliseconds on the wire).
            public let beginTs: Date?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.beginTs = try c.apiDate("beginTs")
                self.pnl = try c.apiDecimal("pnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x3178B0DB84A55F17: if v0 < 0, m.isKey("beginTs") { v0 = m.value }
                    case 0x779E7A1956519EED: if v1 < 0, m.isKey("pnl") { v1 = m.value }
                    case 0x560005AD7CCA38DC: if v2 < 0, m.isKey("pnlRatio") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.beginTs = try d.directDate(v0)
                self.pnl = try d.directDecimal(v1)
                self.pnlRatio = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.beginTs, "beginTs")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-pnl`: “Lead trader daily pnl”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-daily-pnl
    public static func leadTraderDailyPnl(_ request: LeadTraderDailyPnl.Request) -> Endpoint<[LeadTraderDailyPnl.Response]> {
        .apiGet(LeadTraderDailyPnl.path, request)
    }

    /// `GET /api/v5/copytrading/public-preference-currency`: “Lead trader currency preferences”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-currency-preferences
    public enum LeadTraderCurrencyPreferences {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-preference-currency"
        /// The parameters of `GET /api/v5/copytrading/public-preference-currency`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-currency-preferences
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String) {
                self.instType = instType
                self.uniqueCode = uniqueCode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-preference-currency`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-currency-preferences
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `ratio`: a decimal number (a string on the wire).
            public let ratio: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.ratio = try c.apiDecimal("ratio")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xFBC924118177ADE4: if v1 < 0, m.isKey("ratio") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.ratio = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.ratio, "ratio")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-preference-currency`: “Lead trader currency preferences”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-currency-preferences
    public static func leadTraderCurrencyPreferences(_ request: LeadTraderCurrencyPreferences.Request) -> Endpoint<[LeadTraderCurrencyPreferences.Response]> {
        .apiGet(LeadTraderCurrencyPreferences.path, request)
    }

    /// `GET /api/v5/copytrading/public-stats`: “Lead trader stats”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-stats
    public enum LeadTraderStats {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-stats"
        /// The parameters of `GET /api/v5/copytrading/public-stats`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-stats
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `lastDays`: one of a documented set of values (unknown values are kept); required.
            public var lastDays: LastDays
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, lastDays: LastDays) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.lastDays = lastDays
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("lastDays", lastDays)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-stats`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-stats
        public struct Response: Codable, Sendable, TapeDirect {
            /// `winRatio`: a decimal number (a string on the wire).
            public let winRatio: Decimal?
            /// `profitDays`: an integer (a string on the wire).
            public let profitDays: Int?
            /// `lossDays`: an integer (a string on the wire).
            public let lossDays: Int?
            /// `curCopyTraderPnl`: a decimal number (a string on the wire).
            public let curCopyTraderPnl: Decimal?
            /// `avgSubPosNotional`: a decimal number (a string on the wire).
            public let avgSubPosNotional: Decimal?
            /// `investAmt`: a decimal number (a string on the wire).
            public let investAmt: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.winRatio = try c.apiDecimal("winRatio")
                self.profitDays = try c.apiInteger("profitDays")
                self.lossDays = try c.apiInteger("lossDays")
                self.curCopyTraderPnl = try c.apiDecimal("curCopyTraderPnl")
                self.avgSubPosNotional = try c.apiDecimal("avgSubPosNotional")
                self.investAmt = try c.apiDecimal("investAmt")
                self.ccy = try c.apiText("ccy")
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
                    case 0x2C0F98B2A0E5CDB0: if v0 < 0, m.isKey("winRatio") { v0 = m.value }
                    case 0xE552DB3B40C8A050: if v1 < 0, m.isKey("profitDays") { v1 = m.value }
                    case 0x7A57AA9752645CE1: if v2 < 0, m.isKey("lossDays") { v2 = m.value }
                    case 0x2119DC42E7C3C9E2: if v3 < 0, m.isKey("curCopyTraderPnl") { v3 = m.value }
                    case 0xDB477DA67A67A03B: if v4 < 0, m.isKey("avgSubPosNotional") { v4 = m.value }
                    case 0xFD3E80B65CB5B9E2: if v5 < 0, m.isKey("investAmt") { v5 = m.value }
                    case 0xF5DBFE190CDE752E: if v6 < 0, m.isKey("ccy") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.winRatio = try d.directDecimal(v0)
                self.profitDays = try d.directInteger(v1)
                self.lossDays = try d.directInteger(v2)
                self.curCopyTraderPnl = try d.directDecimal(v3)
                self.avgSubPosNotional = try d.directDecimal(v4)
                self.investAmt = try d.directDecimal(v5)
                self.ccy = try d.directText(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.winRatio, "winRatio")
                try c.apiWriteInteger(self.profitDays, "profitDays")
                try c.apiWriteInteger(self.lossDays, "lossDays")
                try c.apiWriteDecimal(self.curCopyTraderPnl, "curCopyTraderPnl")
                try c.apiWriteDecimal(self.avgSubPosNotional, "avgSubPosNotional")
                try c.apiWriteDecimal(self.investAmt, "investAmt")
                try c.apiWriteText(self.ccy, "ccy")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-stats`: “Lead trader stats”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-stats
    public static func leadTraderStats(_ request: LeadTraderStats.Request) -> Endpoint<[LeadTraderStats.Response]> {
        .apiGet(LeadTraderStats.path, request)
    }

    /// `GET /api/v5/copytrading/public-subpositions-history`: “Lead trader lead position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-lead-position-history
    public enum LeadTraderLeadPositionHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-subpositions-history"
        /// The parameters of `GET /api/v5/copytrading/public-subpositions-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-lead-position-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-subpositions-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-lead-position-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `subPosId`: text.
            public let subPosId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `openTime`: a time (epoch milliseconds on the wire).
            public let openTime: Date?
            /// `subPos`: a decimal number (a string on the wire).
            public let subPos: Decimal?
            /// `closeTime`: a time (epoch milliseconds on the wire).
            public let closeTime: Date?
            /// `closeAvgPx`: a decimal number (a string on the wire).
            public let closeAvgPx: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.subPosId = try c.apiRequiredText("subPosId")
                self.posSide = try c.apiEnum("posSide")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.lever = try c.apiDecimal("lever")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.openTime = try c.apiDate("openTime")
                self.subPos = try c.apiDecimal("subPos")
                self.closeTime = try c.apiDate("closeTime")
                self.closeAvgPx = try c.apiDecimal("closeAvgPx")
                self.pnl = try c.apiDecimal("pnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.instType = try c.apiEnum("instType")
                self.margin = try c.apiDecimal("margin")
                self.ccy = try c.apiText("ccy")
                self.uniqueCode = try c.apiText("uniqueCode")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x113D02CAE99428DC: if v1 < 0, m.isKey("subPosId") { v1 = m.value }
                    case 0x297B967F0EEA27C2: if v2 < 0, m.isKey("posSide") { v2 = m.value }
                    case 0xF908AB384ABF99B6: if v3 < 0, m.isKey("mgnMode") { v3 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v4 < 0, m.isKey("lever") { v4 = m.value }
                    case 0xA5A9EFC1731C2927: if v5 < 0, m.isKey("openAvgPx") { v5 = m.value }
                    case 0x963CE215C22693A0: if v6 < 0, m.isKey("openTime") { v6 = m.value }
                    case 0x3BED328A030292B9: if v7 < 0, m.isKey("subPos") { v7 = m.value }
                    case 0xEB04D178479DC9BA: if v8 < 0, m.isKey("closeTime") { v8 = m.value }
                    case 0xE05BB0BDCC70FBE5: if v9 < 0, m.isKey("closeAvgPx") { v9 = m.value }
                    case 0x779E7A1956519EED: if v10 < 0, m.isKey("pnl") { v10 = m.value }
                    case 0x560005AD7CCA38DC: if v11 < 0, m.isKey("pnlRatio") { v11 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v12 < 0, m.isKey("instType") { v12 = m.value }
                    case 0x56B5A72B50ECD75B: if v13 < 0, m.isKey("margin") { v13 = m.value }
                    case 0xF5DBFE190CDE752E: if v14 < 0, m.isKey("ccy") { v14 = m.value }
                    case 0xE225E74A1851ECFB: if v15 < 0, m.isKey("uniqueCode") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.subPosId = try d.directRequiredText(v1, "subPosId")
                self.posSide = try d.directEnum(v2)
                self.mgnMode = try d.directEnum(v3)
                self.lever = try d.directDecimal(v4)
                self.openAvgPx = try d.directDecimal(v5)
                self.openTime = try d.directDate(v6)
                self.subPos = try d.directDecimal(v7)
                self.closeTime = try d.directDate(v8)
                self.closeAvgPx = try d.directDecimal(v9)
                self.pnl = try d.directDecimal(v10)
                self.pnlRatio = try d.directDecimal(v11)
                self.instType = try d.directEnum(v12)
                self.margin = try d.directDecimal(v13)
                self.ccy = try d.directText(v14)
                self.uniqueCode = try d.directText(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDate(self.openTime, "openTime")
                try c.apiWriteDecimal(self.subPos, "subPos")
                try c.apiWriteDate(self.closeTime, "closeTime")
                try c.apiWriteDecimal(self.closeAvgPx, "closeAvgPx")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-subpositions-history`: “Lead trader lead position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-lead-position-history
    public static func leadTraderLeadPositionHistory(_ request: LeadTraderLeadPositionHistory.Request) -> Endpoint<[LeadTraderLeadPositionHistory.Response]> {
        .apiGet(LeadTraderLeadPositionHistory.path, request)
    }

    /// `GET /api/v5/copytrading/public-weekly-pnl`: “Lead trader weekly pnl”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-weekly-pnl
    public enum LeadTraderWeeklyPnl {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/public-weekly-pnl"
        /// The parameters of `GET /api/v5/copytrading/public-weekly-pnl`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-weekly-pnl
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String) {
                self.instType = instType
                self.uniqueCode = uniqueCode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/public-weekly-pnl`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-weekly-pnl
        public struct Response: Codable, Sendable, TapeDirect {
            /// `beginTs`: a time (epoch milliseconds on the wire).
            public let beginTs: Date?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.beginTs = try c.apiDate("beginTs")
                self.pnl = try c.apiDecimal("pnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x3178B0DB84A55F17: if v0 < 0, m.isKey("beginTs") { v0 = m.value }
                    case 0x779E7A1956519EED: if v1 < 0, m.isKey("pnl") { v1 = m.value }
                    case 0x560005AD7CCA38DC: if v2 < 0, m.isKey("pnlRatio") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.beginTs = try d.directDate(v0)
                self.pnl = try d.directDecimal(v1)
                self.pnlRatio = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.beginTs, "beginTs")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
            }
        }
    }

    /// `GET /api/v5/copytrading/public-weekly-pnl`: “Lead trader weekly pnl”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-trader-weekly-pnl
    public static func leadTraderWeeklyPnl(_ request: LeadTraderWeeklyPnl.Request) -> Endpoint<[LeadTraderWeeklyPnl.Response]> {
        .apiGet(LeadTraderWeeklyPnl.path, request)
    }

    /// `POST /api/v5/copytrading/set-instruments`: “Amend leading instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-leading-instruments
    public enum AmendLeadingInstruments {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/set-instruments"
        /// The parameters of `POST /api/v5/copytrading/set-instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-leading-instruments
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text; required.
            public var instId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String) {
                self.instType = instType
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/set-instruments`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-leading-instruments
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `enabled`: a boolean.
            public let enabled: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.enabled = try c.apiBoolean("enabled")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x70D885806B56289E: if v1 < 0, m.isKey("enabled") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.enabled = try d.directBoolean(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteBoolean(self.enabled, "enabled")
            }
        }
    }

    /// `POST /api/v5/copytrading/set-instruments`: “Amend leading instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-amend-leading-instruments
    public static func amendLeadingInstruments(_ request: AmendLeadingInstruments.Request) -> Endpoint<[AmendLeadingInstruments.Response]> {
        .apiPost(AmendLeadingInstruments.path, request)
    }

    /// `POST /api/v5/copytrading/stop-copy-trading`: “Stop copying”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-stop-copying
    public enum StopCopying {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/copytrading/stop-copy-trading"
        /// The parameters of `POST /api/v5/copytrading/stop-copy-trading`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-stop-copying
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `uniqueCode`: text; required.
            public var uniqueCode: String
            /// `subPosCloseType`: one of a documented set of values (unknown values are kept); required.
            public var subPosCloseType: SubPosCloseType
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, uniqueCode: String, subPosCloseType: SubPosCloseType) {
                self.instType = instType
                self.uniqueCode = uniqueCode
                self.subPosCloseType = subPosCloseType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("uniqueCode", uniqueCode)
                p.add("subPosCloseType", subPosCloseType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/copytrading/stop-copy-trading`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-stop-copying
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
            }
        }
    }

    /// `POST /api/v5/copytrading/stop-copy-trading`: “Stop copying”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-post-stop-copying
    public static func stopCopying(_ request: StopCopying.Request) -> Endpoint<[StopCopying.Response]> {
        .apiPost(StopCopying.path, request)
    }

    /// `GET /api/v5/copytrading/subpositions-history`: “Lead position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-position-history
    public enum LeadPositionHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/subpositions-history"
        /// The parameters of `GET /api/v5/copytrading/subpositions-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-position-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, after: String? = nil, before: String? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instId = instId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/subpositions-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-position-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `subPosId`: text.
            public let subPosId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `openOrdId`: text.
            public let openOrdId: String?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `openTime`: a time (epoch milliseconds on the wire).
            public let openTime: Date?
            /// `subPos`: a decimal number (a string on the wire).
            public let subPos: Decimal?
            /// `closeTime`: a time (epoch milliseconds on the wire).
            public let closeTime: Date?
            /// `closeAvgPx`: a decimal number (a string on the wire).
            public let closeAvgPx: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `profitSharingAmt`: a decimal number (a string on the wire); deprecated.
            public let profitSharingAmt: Decimal?
            /// `closeSubPos`: a decimal number (a string on the wire).
            public let closeSubPos: Decimal?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.subPosId = try c.apiRequiredText("subPosId")
                self.posSide = try c.apiEnum("posSide")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.lever = try c.apiDecimal("lever")
                self.openOrdId = try c.apiText("openOrdId")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.openTime = try c.apiDate("openTime")
                self.subPos = try c.apiDecimal("subPos")
                self.closeTime = try c.apiDate("closeTime")
                self.closeAvgPx = try c.apiDecimal("closeAvgPx")
                self.pnl = try c.apiDecimal("pnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.instType = try c.apiEnum("instType")
                self.margin = try c.apiDecimal("margin")
                self.ccy = try c.apiText("ccy")
                self.markPx = try c.apiDecimal("markPx")
                self.uniqueCode = try c.apiText("uniqueCode")
                self.profitSharingAmt = try c.apiDecimal("profitSharingAmt")
                self.closeSubPos = try c.apiDecimal("closeSubPos")
                self.type = try c.apiEnum("type")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x113D02CAE99428DC: if v1 < 0, m.isKey("subPosId") { v1 = m.value }
                    case 0x297B967F0EEA27C2: if v2 < 0, m.isKey("posSide") { v2 = m.value }
                    case 0xF908AB384ABF99B6: if v3 < 0, m.isKey("mgnMode") { v3 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v4 < 0, m.isKey("lever") { v4 = m.value }
                    case 0xBD51C46BAF905421: if v5 < 0, m.isKey("openOrdId") { v5 = m.value }
                    case 0xA5A9EFC1731C2927: if v6 < 0, m.isKey("openAvgPx") { v6 = m.value }
                    case 0x963CE215C22693A0: if v7 < 0, m.isKey("openTime") { v7 = m.value }
                    case 0x3BED328A030292B9: if v8 < 0, m.isKey("subPos") { v8 = m.value }
                    case 0xEB04D178479DC9BA: if v9 < 0, m.isKey("closeTime") { v9 = m.value }
                    case 0xE05BB0BDCC70FBE5: if v10 < 0, m.isKey("closeAvgPx") { v10 = m.value }
                    case 0x779E7A1956519EED: if v11 < 0, m.isKey("pnl") { v11 = m.value }
                    case 0x560005AD7CCA38DC: if v12 < 0, m.isKey("pnlRatio") { v12 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v13 < 0, m.isKey("instType") { v13 = m.value }
                    case 0x56B5A72B50ECD75B: if v14 < 0, m.isKey("margin") { v14 = m.value }
                    case 0xF5DBFE190CDE752E: if v15 < 0, m.isKey("ccy") { v15 = m.value }
                    case 0xED95A32B150C49D8: if v16 < 0, m.isKey("markPx") { v16 = m.value }
                    case 0xE225E74A1851ECFB: if v17 < 0, m.isKey("uniqueCode") { v17 = m.value }
                    case 0x1526C230043ED4A1: if v18 < 0, m.isKey("profitSharingAmt") { v18 = m.value }
                    case 0xD574F5C5D18F20E7: if v19 < 0, m.isKey("closeSubPos") { v19 = m.value }
                    case 0xA79439EF7BFA9C2D: if v20 < 0, m.isKey("type") { v20 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.subPosId = try d.directRequiredText(v1, "subPosId")
                self.posSide = try d.directEnum(v2)
                self.mgnMode = try d.directEnum(v3)
                self.lever = try d.directDecimal(v4)
                self.openOrdId = try d.directText(v5)
                self.openAvgPx = try d.directDecimal(v6)
                self.openTime = try d.directDate(v7)
                self.subPos = try d.directDecimal(v8)
                self.closeTime = try d.directDate(v9)
                self.closeAvgPx = try d.directDecimal(v10)
                self.pnl = try d.directDecimal(v11)
                self.pnlRatio = try d.directDecimal(v12)
                self.instType = try d.directEnum(v13)
                self.margin = try d.directDecimal(v14)
                self.ccy = try d.directText(v15)
                self.markPx = try d.directDecimal(v16)
                self.uniqueCode = try d.directText(v17)
                self.profitSharingAmt = try d.directDecimal(v18)
                self.closeSubPos = try d.directDecimal(v19)
                self.type = try d.directEnum(v20)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteText(self.openOrdId, "openOrdId")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDate(self.openTime, "openTime")
                try c.apiWriteDecimal(self.subPos, "subPos")
                try c.apiWriteDate(self.closeTime, "closeTime")
                try c.apiWriteDecimal(self.closeAvgPx, "closeAvgPx")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteDecimal(self.profitSharingAmt, "profitSharingAmt")
                try c.apiWriteDecimal(self.closeSubPos, "closeSubPos")
                try c.apiWriteEnum(self.type, "type")
            }
        }
    }

    /// `GET /api/v5/copytrading/subpositions-history`: “Lead position history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-lead-position-history
    public static func leadPositionHistory(_ request: LeadPositionHistory.Request = .init()) -> Endpoint<[LeadPositionHistory.Response]> {
        .apiGet(LeadPositionHistory.path, request)
    }

    /// `GET /api/v5/copytrading/total-profit-sharing`: “Total profit sharing”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-profit-sharing
    public enum TotalProfitSharing {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/total-profit-sharing"
        /// The parameters of `GET /api/v5/copytrading/total-profit-sharing`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-profit-sharing
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/total-profit-sharing`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-profit-sharing
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `totalProfitSharingAmt`: a decimal number (a string on the wire).
            public let totalProfitSharingAmt: Decimal?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.totalProfitSharingAmt = try c.apiDecimal("totalProfitSharingAmt")
                self.instType = try c.apiEnum("instType")
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
                    case 0xA2BADDA98BF9D6B9: if v1 < 0, m.isKey("totalProfitSharingAmt") { v1 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v2 < 0, m.isKey("instType") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.totalProfitSharingAmt = try d.directDecimal(v1)
                self.instType = try d.directEnum(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.totalProfitSharingAmt, "totalProfitSharingAmt")
                try c.apiWriteEnum(self.instType, "instType")
            }
        }
    }

    /// `GET /api/v5/copytrading/total-profit-sharing`: “Total profit sharing”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-profit-sharing
    public static func totalProfitSharing(_ request: TotalProfitSharing.Request = .init()) -> Endpoint<[TotalProfitSharing.Response]> {
        .apiGet(TotalProfitSharing.path, request)
    }

    /// `GET /api/v5/copytrading/total-unrealized-profit-sharing`: “Total unrealized profit sharing”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-unrealized-profit-sharing
    public enum TotalUnrealizedProfitSharing {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/total-unrealized-profit-sharing"
        /// The parameters of `GET /api/v5/copytrading/total-unrealized-profit-sharing`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-unrealized-profit-sharing
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/total-unrealized-profit-sharing`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-unrealized-profit-sharing
        public struct Response: Codable, Sendable, TapeDirect {
            /// `profitSharingTs`: a time (epoch milliseconds on the wire).
            public let profitSharingTs: Date?
            /// `totalUnrealizedProfitSharingAmt`: a decimal number (a string on the wire).
            public let totalUnrealizedProfitSharingAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.profitSharingTs = try c.apiDate("profitSharingTs")
                self.totalUnrealizedProfitSharingAmt = try c.apiDecimal("totalUnrealizedProfitSharingAmt")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x5E1AC7FBFDE5753C: if v0 < 0, m.isKey("profitSharingTs") { v0 = m.value }
                    case 0xD71765ACBC5CE800: if v1 < 0, m.isKey("totalUnrealizedProfitSharingAmt") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.profitSharingTs = try d.directDate(v0)
                self.totalUnrealizedProfitSharingAmt = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.profitSharingTs, "profitSharingTs")
                try c.apiWriteDecimal(self.totalUnrealizedProfitSharingAmt, "totalUnrealizedProfitSharingAmt")
            }
        }
    }

    /// `GET /api/v5/copytrading/total-unrealized-profit-sharing`: “Total unrealized profit sharing”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-total-unrealized-profit-sharing
    public static func totalUnrealizedProfitSharing(_ request: TotalUnrealizedProfitSharing.Request = .init()) -> Endpoint<[TotalUnrealizedProfitSharing.Response]> {
        .apiGet(TotalUnrealizedProfitSharing.path, request)
    }

    /// `GET /api/v5/copytrading/unrealized-profit-sharing-details`: “Unrealized profit sharing details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-unrealized-profit-sharing-details
    public enum UnrealizedProfitSharingDetails {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/copytrading/unrealized-profit-sharing-details"
        /// The parameters of `GET /api/v5/copytrading/unrealized-profit-sharing-details`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-unrealized-profit-sharing-details
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil) {
                self.instType = instType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/copytrading/unrealized-profit-sharing-details`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-unrealized-profit-sharing-details
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `unrealizedProfitSharingAmt`: a decimal number (a string on the wire).
            public let unrealizedProfitSharingAmt: Decimal?
            /// `nickName`: text.
            public let nickName: String?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `portLink`: text.
            public let portLink: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.unrealizedProfitSharingAmt = try c.apiDecimal("unrealizedProfitSharingAmt")
                self.nickName = try c.apiText("nickName")
                self.instType = try c.apiEnum("instType")
                self.portLink = try c.apiText("portLink")
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
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xB487B3511DF41008: if v1 < 0, m.isKey("unrealizedProfitSharingAmt") { v1 = m.value }
                    case 0x68961A935D75550D: if v2 < 0, m.isKey("nickName") { v2 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v3 < 0, m.isKey("instType") { v3 = m.value }
                    case 0x3E37BFCF2ADE92BE: if v4 < 0, m.isKey("portLink") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.unrealizedProfitSharingAmt = try d.directDecimal(v1)
                self.nickName = try d.directText(v2)
                self.instType = try d.directEnum(v3)
                self.portLink = try d.directText(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.unrealizedProfitSharingAmt, "unrealizedProfitSharingAmt")
                try c.apiWriteText(self.nickName, "nickName")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.portLink, "portLink")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/copytrading/unrealized-profit-sharing-details`: “Unrealized profit sharing details”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-get-unrealized-profit-sharing-details
    public static func unrealizedProfitSharingDetails(_ request: UnrealizedProfitSharingDetails.Request = .init()) -> Endpoint<[UnrealizedProfitSharingDetails.Response]> {
        .apiGet(UnrealizedProfitSharingDetails.path, request)
    }

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
    }

    /// The values of `tpTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TpTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
    }

    /// The values of `slTriggerPxType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SlTriggerPxType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last`.
        public static let last: Self = "last"
        /// `index`.
        public static let index: Self = "index"
        /// `mark`.
        public static let mark: Self = "mark"
    }

    /// The values of `copyMgnMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CopyMgnMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
        /// `copy`.
        public static let copy: Self = "copy"
    }

    /// The values of `copyInstIdType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CopyInstIdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `custom`.
        public static let custom: Self = "custom"
        /// `copy`.
        public static let copy: Self = "copy"
    }

    /// The values of `copyMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CopyMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `fixed_amount`.
        public static let fixedAmount: Self = "fixed_amount"
        /// `ratio_copy`.
        public static let ratioCopy: Self = "ratio_copy"
    }

    /// The values of `subPosCloseType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SubPosCloseType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `market_close`.
        public static let marketClose: Self = "market_close"
        /// `copy_close`.
        public static let copyClose: Self = "copy_close"
        /// `manual_close`.
        public static let manualClose: Self = "manual_close"
    }

    /// The values of `ordType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrdType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `market`.
        public static let market: Self = "market"
        /// `limit`.
        public static let limit: Self = "limit"
    }

    /// The values of `roleType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RoleType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }

    /// The values of `enabled` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Enabled: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `copyState` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CopyState: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `leadMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct LeadMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `public`.
        public static let `public`: Self = "public"
        /// `private`.
        public static let `private`: Self = "private"
    }

    /// The values of `posSide` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosSide: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long`.
        public static let long: Self = "long"
        /// `short`.
        public static let short: Self = "short"
        /// `net`.
        public static let net: Self = "net"
    }

    /// The values of `mgnMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MgnMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
    }

    /// The values of `sortType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SortType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `overview`.
        public static let overview: Self = "overview"
        /// `pnl`.
        public static let pnl: Self = "pnl"
        /// `aum`.
        public static let aum: Self = "aum"
        /// `win_ratio`.
        public static let winRatio: Self = "win_ratio"
        /// `pnl_ratio`.
        public static let pnlRatio: Self = "pnl_ratio"
        /// `current_copy_trader_pnl`.
        public static let currentCopyTraderPnl: Self = "current_copy_trader_pnl"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `minLeadDays` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MinLeadDays: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
    }

    /// The values of `lastDays` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct LastDays: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
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
    }
}
