// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “trading-account”.
    public enum TradingAccount {}
}

extension API.TradingAccount {
    /// `POST /api/v5/account/account-level-switch-preset`: “Preset account mode switch”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-preset-account-mode-switch
    public enum PresetAccountModeSwitch {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/account-level-switch-preset"
        /// The parameters of `POST /api/v5/account/account-level-switch-preset`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-preset-account-mode-switch
        public struct Request: APIRequestFields {
            /// `acctLv`: one of a documented set of values (unknown values are kept); required.
            public var acctLv: AcctLv
            /// `lever`: a decimal number (a string on the wire).
            public var lever: Decimal?
            /// `riskOffsetType`: one of a documented set of values (unknown values are kept); deprecated.
            public var riskOffsetType: RiskOffsetType?
            /// A request with the given parameters; nil ones are not sent.
            public init(acctLv: AcctLv, lever: Decimal? = nil, riskOffsetType: RiskOffsetType? = nil) {
                self.acctLv = acctLv
                self.lever = lever
                self.riskOffsetType = riskOffsetType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("acctLv", acctLv)
                p.add("lever", lever)
                p.add("riskOffsetType", riskOffsetType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/account-level-switch-preset`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-preset-account-mode-switch
        public struct Response: Codable, Sendable, TapeDirect {
            /// `curAcctLv`: one of a documented set of values (unknown values are kept).
            public let curAcctLv: CurAcctLv?
            /// `acctLv`: one of a documented set of values (unknown values are kept).
            public let acctLv: AcctLv?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `riskOffsetType`: one of a documented set of values (unknown values are kept); deprecated.
            public let riskOffsetType: RiskOffsetType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.curAcctLv = try c.apiEnum("curAcctLv")
                self.acctLv = try c.apiEnum("acctLv")
                self.lever = try c.apiDecimal("lever")
                self.riskOffsetType = try c.apiEnum("riskOffsetType")
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
                    case 0x12D3649D42C135FC: if v0 < 0, m.isKey("curAcctLv") { v0 = m.value }
                    case 0xEA6DBDBDB552CDEC: if v1 < 0, m.isKey("acctLv") { v1 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v2 < 0, m.isKey("lever") { v2 = m.value }
                    case 0xB5D0760F5E3C6255: if v3 < 0, m.isKey("riskOffsetType") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.curAcctLv = try d.directEnum(v0)
                self.acctLv = try d.directEnum(v1)
                self.lever = try d.directDecimal(v2)
                self.riskOffsetType = try d.directEnum(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.curAcctLv, "curAcctLv")
                try c.apiWriteEnum(self.acctLv, "acctLv")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.riskOffsetType, "riskOffsetType")
            }
        }
    }

    /// `POST /api/v5/account/account-level-switch-preset`: “Preset account mode switch”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-preset-account-mode-switch
    public static func presetAccountModeSwitch(_ request: PresetAccountModeSwitch.Request) -> Endpoint<[PresetAccountModeSwitch.Response]> {
        .apiPost(PresetAccountModeSwitch.path, request)
    }

    /// `GET /api/v5/account/account-position-risk`: “Get account and position risk”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-and-position-risk
    public enum GetAccountAndPositionRisk {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/account-position-risk"
        /// The parameters of `GET /api/v5/account/account-position-risk`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-and-position-risk
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
        /// One item of the `data` array of `GET /api/v5/account/account-position-risk`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-and-position-risk
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct BalData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `eq`: a decimal number (a string on the wire).
                public let eq: Decimal?
                /// `disEq`: a decimal number (a string on the wire).
                public let disEq: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.eq = try c.apiDecimal("eq")
                    self.disEq = try c.apiDecimal("disEq")
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
                        case 0x088E3B07B5394BC3: if v1 < 0, m.isKey("eq") { v1 = m.value }
                        case 0x419DA199C86F6CD5: if v2 < 0, m.isKey("disEq") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.eq = try d.directDecimal(v1)
                    self.disEq = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.eq, "eq")
                    try c.apiWriteDecimal(self.disEq, "disEq")
                }
            }
            /// A nested object of the response.
            public struct PosData: Codable, Sendable, TapeDirect {
                /// `instType`: one of a documented set of values (unknown values are kept).
                public let instType: InstType?
                /// `mgnMode`: one of a documented set of values (unknown values are kept).
                public let mgnMode: MgnMode?
                /// `posId`: text.
                public let posId: String?
                /// `instId`: text.
                public let instId: String?
                /// `pos`: a decimal number (a string on the wire).
                public let pos: Decimal?
                /// `baseBal`: a decimal number (a string on the wire); deprecated.
                public let baseBal: Decimal?
                /// `quoteBal`: a decimal number (a string on the wire); deprecated.
                public let quoteBal: Decimal?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `posCcy`: text.
                public let posCcy: String?
                /// `ccy`: text.
                public let ccy: String?
                /// `notionalCcy`: text.
                public let notionalCcy: String?
                /// `notionalUsd`: a decimal number (a string on the wire).
                public let notionalUsd: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instType = try c.apiEnum("instType")
                    self.mgnMode = try c.apiEnum("mgnMode")
                    self.posId = try c.apiText("posId")
                    self.instId = try c.apiText("instId")
                    self.pos = try c.apiDecimal("pos")
                    self.baseBal = try c.apiDecimal("baseBal")
                    self.quoteBal = try c.apiDecimal("quoteBal")
                    self.posSide = try c.apiEnum("posSide")
                    self.posCcy = try c.apiText("posCcy")
                    self.ccy = try c.apiText("ccy")
                    self.notionalCcy = try c.apiText("notionalCcy")
                    self.notionalUsd = try c.apiDecimal("notionalUsd")
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
                        case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                        case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                        case 0xCB001F3576271CCC: if v2 < 0, m.isKey("posId") { v2 = m.value }
                        case 0xF10F5F871070A39C: if v3 < 0, m.isKey("instId") { v3 = m.value }
                        case 0x779B5B19564F3469: if v4 < 0, m.isKey("pos") { v4 = m.value }
                        case 0xDE49037F0AC1EA03: if v5 < 0, m.isKey("baseBal") { v5 = m.value }
                        case 0xCB09AFC29260A332: if v6 < 0, m.isKey("quoteBal") { v6 = m.value }
                        case 0x297B967F0EEA27C2: if v7 < 0, m.isKey("posSide") { v7 = m.value }
                        case 0x6FB95AD7F630993A: if v8 < 0, m.isKey("posCcy") { v8 = m.value }
                        case 0xF5DBFE190CDE752E: if v9 < 0, m.isKey("ccy") { v9 = m.value }
                        case 0x5E5F09CE5798A9DA: if v10 < 0, m.isKey("notionalCcy") { v10 = m.value }
                        case 0xFCADCCCEB1F0F653: if v11 < 0, m.isKey("notionalUsd") { v11 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instType = try d.directEnum(v0)
                    self.mgnMode = try d.directEnum(v1)
                    self.posId = try d.directText(v2)
                    self.instId = try d.directText(v3)
                    self.pos = try d.directDecimal(v4)
                    self.baseBal = try d.directDecimal(v5)
                    self.quoteBal = try d.directDecimal(v6)
                    self.posSide = try d.directEnum(v7)
                    self.posCcy = try d.directText(v8)
                    self.ccy = try d.directText(v9)
                    self.notionalCcy = try d.directText(v10)
                    self.notionalUsd = try d.directDecimal(v11)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.instType, "instType")
                    try c.apiWriteEnum(self.mgnMode, "mgnMode")
                    try c.apiWriteText(self.posId, "posId")
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteDecimal(self.pos, "pos")
                    try c.apiWriteDecimal(self.baseBal, "baseBal")
                    try c.apiWriteDecimal(self.quoteBal, "quoteBal")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteText(self.posCcy, "posCcy")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteText(self.notionalCcy, "notionalCcy")
                    try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                }
            }
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `adjEq`: a decimal number (a string on the wire).
            public let adjEq: Decimal?
            /// `balData`: a list of nested objects.
            public let balData: [BalData]?
            /// `posData`: a list of nested objects.
            public let posData: [PosData]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ts = try c.apiDate("ts")
                self.adjEq = try c.apiDecimal("adjEq")
                self.balData = try c.apiNested("balData")
                self.posData = try c.apiNested("posData")
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
                    case 0x08C83D07B56AC770: if v0 < 0, m.isKey("ts") { v0 = m.value }
                    case 0xCC525FFDCBE7DC28: if v1 < 0, m.isKey("adjEq") { v1 = m.value }
                    case 0xD4CBA2C498098F08: if v2 < 0, m.isKey("balData") { v2 = m.value }
                    case 0xBC624A0F1BBB0919: if v3 < 0, m.isKey("posData") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ts = try d.directDate(v0)
                self.adjEq = try d.directDecimal(v1)
                self.balData = try d.directNested(v2)
                self.posData = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.adjEq, "adjEq")
                try c.apiWriteNested(self.balData, "balData")
                try c.apiWriteNested(self.posData, "posData")
            }
        }
    }

    /// `GET /api/v5/account/account-position-risk`: “Get account and position risk”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-and-position-risk
    public static func getAccountAndPositionRisk(_ request: GetAccountAndPositionRisk.Request = .init()) -> Endpoint<[GetAccountAndPositionRisk.Response]> {
        .apiGet(GetAccountAndPositionRisk.path, request)
    }

    /// `POST /api/v5/account/activate-option`: “Activate option”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-activate-option
    public enum ActivateOption {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/activate-option"
        /// The parameters of `POST /api/v5/account/activate-option`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-activate-option
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/activate-option`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-activate-option
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

    /// `POST /api/v5/account/activate-option`: “Activate option”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-activate-option
    public static func activateOption(_ request: ActivateOption.Request = .init()) -> Endpoint<[ActivateOption.Response]> {
        .apiPost(ActivateOption.path, request)
    }

    /// `GET /api/v5/account/adjust-leverage-info`: “Get leverage estimated info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage-estimated-info
    public enum GetLeverageEstimatedInfo {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/adjust-leverage-info"
        /// The parameters of `GET /api/v5/account/adjust-leverage-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage-estimated-info
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `mgnMode`: one of a documented set of values (unknown values are kept); required.
            public var mgnMode: MgnMode
            /// `lever`: a decimal number (a string on the wire); required.
            public var lever: Decimal
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public var posSide: PosSide?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, mgnMode: MgnMode, lever: Decimal, instId: String? = nil, ccy: String? = nil, posSide: PosSide? = nil) {
                self.instType = instType
                self.mgnMode = mgnMode
                self.lever = lever
                self.instId = instId
                self.ccy = ccy
                self.posSide = posSide
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("mgnMode", mgnMode)
                p.add("lever", lever)
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("posSide", posSide)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/adjust-leverage-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage-estimated-info
        public struct Response: Codable, Sendable, TapeDirect {
            /// `estAvailQuoteTrans`: a decimal number (a string on the wire).
            public let estAvailQuoteTrans: Decimal?
            /// `estAvailTrans`: a decimal number (a string on the wire).
            public let estAvailTrans: Decimal?
            /// `estLiqPx`: a decimal number (a string on the wire).
            public let estLiqPx: Decimal?
            /// `estMgn`: a decimal number (a string on the wire).
            public let estMgn: Decimal?
            /// `estQuoteMgn`: a decimal number (a string on the wire).
            public let estQuoteMgn: Decimal?
            /// `estMaxAmt`: a decimal number (a string on the wire).
            public let estMaxAmt: Decimal?
            /// `estQuoteMaxAmt`: a decimal number (a string on the wire).
            public let estQuoteMaxAmt: Decimal?
            /// `existOrd`: a boolean.
            public let existOrd: Bool?
            /// `maxLever`: a decimal number (a string on the wire).
            public let maxLever: Decimal?
            /// `minLever`: a decimal number (a string on the wire).
            public let minLever: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.estAvailQuoteTrans = try c.apiDecimal("estAvailQuoteTrans")
                self.estAvailTrans = try c.apiDecimal("estAvailTrans")
                self.estLiqPx = try c.apiDecimal("estLiqPx")
                self.estMgn = try c.apiDecimal("estMgn")
                self.estQuoteMgn = try c.apiDecimal("estQuoteMgn")
                self.estMaxAmt = try c.apiDecimal("estMaxAmt")
                self.estQuoteMaxAmt = try c.apiDecimal("estQuoteMaxAmt")
                self.existOrd = try c.apiBoolean("existOrd")
                self.maxLever = try c.apiDecimal("maxLever")
                self.minLever = try c.apiDecimal("minLever")
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
                    case 0x76D3F104B82D46F0: if v0 < 0, m.isKey("estAvailQuoteTrans") { v0 = m.value }
                    case 0x2C5DDA7993ED790C: if v1 < 0, m.isKey("estAvailTrans") { v1 = m.value }
                    case 0xF3E795DB829C8D8B: if v2 < 0, m.isKey("estLiqPx") { v2 = m.value }
                    case 0x3A8203E3B10507EF: if v3 < 0, m.isKey("estMgn") { v3 = m.value }
                    case 0xC69D8BB4C3698225: if v4 < 0, m.isKey("estQuoteMgn") { v4 = m.value }
                    case 0x74615DADE0CC38E3: if v5 < 0, m.isKey("estMaxAmt") { v5 = m.value }
                    case 0x1DA2849D5632D935: if v6 < 0, m.isKey("estQuoteMaxAmt") { v6 = m.value }
                    case 0xF64A077ED223001F: if v7 < 0, m.isKey("existOrd") { v7 = m.value }
                    case 0xC050D73978C469CF: if v8 < 0, m.isKey("maxLever") { v8 = m.value }
                    case 0x5554BF157AA3F0D9: if v9 < 0, m.isKey("minLever") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.estAvailQuoteTrans = try d.directDecimal(v0)
                self.estAvailTrans = try d.directDecimal(v1)
                self.estLiqPx = try d.directDecimal(v2)
                self.estMgn = try d.directDecimal(v3)
                self.estQuoteMgn = try d.directDecimal(v4)
                self.estMaxAmt = try d.directDecimal(v5)
                self.estQuoteMaxAmt = try d.directDecimal(v6)
                self.existOrd = try d.directBoolean(v7)
                self.maxLever = try d.directDecimal(v8)
                self.minLever = try d.directDecimal(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.estAvailQuoteTrans, "estAvailQuoteTrans")
                try c.apiWriteDecimal(self.estAvailTrans, "estAvailTrans")
                try c.apiWriteDecimal(self.estLiqPx, "estLiqPx")
                try c.apiWriteDecimal(self.estMgn, "estMgn")
                try c.apiWriteDecimal(self.estQuoteMgn, "estQuoteMgn")
                try c.apiWriteDecimal(self.estMaxAmt, "estMaxAmt")
                try c.apiWriteDecimal(self.estQuoteMaxAmt, "estQuoteMaxAmt")
                try c.apiWriteBoolean(self.existOrd, "existOrd")
                try c.apiWriteDecimal(self.maxLever, "maxLever")
                try c.apiWriteDecimal(self.minLever, "minLever")
            }
        }
    }

    /// `GET /api/v5/account/adjust-leverage-info`: “Get leverage estimated info”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage-estimated-info
    public static func getLeverageEstimatedInfo(_ request: GetLeverageEstimatedInfo.Request) -> Endpoint<[GetLeverageEstimatedInfo.Response]> {
        .apiGet(GetLeverageEstimatedInfo.path, request)
    }

    /// `GET /api/v5/account/balance`: “Get balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance
    public enum GetBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/balance"
        /// The parameters of `GET /api/v5/account/balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance
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
        /// One item of the `data` array of `GET /api/v5/account/balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `eq`: a decimal number (a string on the wire).
                public let eq: Decimal?
                /// `cashBal`: a decimal number (a string on the wire).
                public let cashBal: Decimal?
                /// `uTime`: a time (epoch milliseconds on the wire).
                public let uTime: Date?
                /// `isoEq`: a decimal number (a string on the wire).
                public let isoEq: Decimal?
                /// `availEq`: a decimal number (a string on the wire).
                public let availEq: Decimal?
                /// `disEq`: a decimal number (a string on the wire).
                public let disEq: Decimal?
                /// `fixedBal`: a decimal number (a string on the wire).
                public let fixedBal: Decimal?
                /// `availBal`: a decimal number (a string on the wire).
                public let availBal: Decimal?
                /// `frozenBal`: a decimal number (a string on the wire).
                public let frozenBal: Decimal?
                /// `ordFrozen`: a decimal number (a string on the wire).
                public let ordFrozen: Decimal?
                /// `liab`: a decimal number (a string on the wire).
                public let liab: Decimal?
                /// `upl`: a decimal number (a string on the wire).
                public let upl: Decimal?
                /// `uplLiab`: a decimal number (a string on the wire).
                public let uplLiab: Decimal?
                /// `crossLiab`: a decimal number (a string on the wire).
                public let crossLiab: Decimal?
                /// `rewardBal`: a decimal number (a string on the wire).
                public let rewardBal: Decimal?
                /// `isoLiab`: a decimal number (a string on the wire).
                public let isoLiab: Decimal?
                /// `mgnRatio`: a decimal number (a string on the wire).
                public let mgnRatio: Decimal?
                /// `imr`: a decimal number (a string on the wire).
                public let imr: Decimal?
                /// `mmr`: a decimal number (a string on the wire).
                public let mmr: Decimal?
                /// `interest`: a decimal number (a string on the wire).
                public let interest: Decimal?
                /// `twap`: an integer (a string on the wire).
                public let twap: Int?
                /// `frpType`: one of a documented set of values (unknown values are kept).
                public let frpType: FrpType?
                /// `maxLoan`: a decimal number (a string on the wire).
                public let maxLoan: Decimal?
                /// `eqUsd`: a decimal number (a string on the wire).
                public let eqUsd: Decimal?
                /// `borrowFroz`: a decimal number (a string on the wire).
                public let borrowFroz: Decimal?
                /// `notionalLever`: a decimal number (a string on the wire).
                public let notionalLever: Decimal?
                /// `stgyEq`: a decimal number (a string on the wire).
                public let stgyEq: Decimal?
                /// `isoUpl`: a decimal number (a string on the wire).
                public let isoUpl: Decimal?
                /// `spotInUseAmt`: a decimal number (a string on the wire).
                public let spotInUseAmt: Decimal?
                /// `clSpotInUseAmt`: a decimal number (a string on the wire).
                public let clSpotInUseAmt: Decimal?
                /// `maxSpotInUse`: a decimal number (a string on the wire).
                public let maxSpotInUse: Decimal?
                /// `spotIsoBal`: a decimal number (a string on the wire).
                public let spotIsoBal: Decimal?
                /// `smtSyncEq`: a decimal number (a string on the wire).
                public let smtSyncEq: Decimal?
                /// `spotCopyTradingEq`: a decimal number (a string on the wire).
                public let spotCopyTradingEq: Decimal?
                /// `spotBal`: a decimal number (a string on the wire).
                public let spotBal: Decimal?
                /// `openAvgPx`: a decimal number (a string on the wire).
                public let openAvgPx: Decimal?
                /// `accAvgPx`: a decimal number (a string on the wire).
                public let accAvgPx: Decimal?
                /// `spotUpl`: a decimal number (a string on the wire).
                public let spotUpl: Decimal?
                /// `spotUplRatio`: a decimal number (a string on the wire).
                public let spotUplRatio: Decimal?
                /// `totalPnl`: a decimal number (a string on the wire).
                public let totalPnl: Decimal?
                /// `totalPnlRatio`: a decimal number (a string on the wire).
                public let totalPnlRatio: Decimal?
                /// `colRes`: one of a documented set of values (unknown values are kept).
                public let colRes: ColRes?
                /// `colBorrAutoConversion`: an integer (a string on the wire).
                public let colBorrAutoConversion: Int?
                /// `collateralRestrict`: a boolean; deprecated.
                public let collateralRestrict: Bool?
                /// `collateralEnabled`: a boolean.
                public let collateralEnabled: Bool?
                /// `autoLendStatus`: one of a documented set of values (unknown values are kept).
                public let autoLendStatus: AutoLendStatus?
                /// `autoLendMtAmt`: a decimal number (a string on the wire).
                public let autoLendMtAmt: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.eq = try c.apiDecimal("eq")
                    self.cashBal = try c.apiDecimal("cashBal")
                    self.uTime = try c.apiDate("uTime")
                    self.isoEq = try c.apiDecimal("isoEq")
                    self.availEq = try c.apiDecimal("availEq")
                    self.disEq = try c.apiDecimal("disEq")
                    self.fixedBal = try c.apiDecimal("fixedBal")
                    self.availBal = try c.apiDecimal("availBal")
                    self.frozenBal = try c.apiDecimal("frozenBal")
                    self.ordFrozen = try c.apiDecimal("ordFrozen")
                    self.liab = try c.apiDecimal("liab")
                    self.upl = try c.apiDecimal("upl")
                    self.uplLiab = try c.apiDecimal("uplLiab")
                    self.crossLiab = try c.apiDecimal("crossLiab")
                    self.rewardBal = try c.apiDecimal("rewardBal")
                    self.isoLiab = try c.apiDecimal("isoLiab")
                    self.mgnRatio = try c.apiDecimal("mgnRatio")
                    self.imr = try c.apiDecimal("imr")
                    self.mmr = try c.apiDecimal("mmr")
                    self.interest = try c.apiDecimal("interest")
                    self.twap = try c.apiInteger("twap")
                    self.frpType = try c.apiEnum("frpType")
                    self.maxLoan = try c.apiDecimal("maxLoan")
                    self.eqUsd = try c.apiDecimal("eqUsd")
                    self.borrowFroz = try c.apiDecimal("borrowFroz")
                    self.notionalLever = try c.apiDecimal("notionalLever")
                    self.stgyEq = try c.apiDecimal("stgyEq")
                    self.isoUpl = try c.apiDecimal("isoUpl")
                    self.spotInUseAmt = try c.apiDecimal("spotInUseAmt")
                    self.clSpotInUseAmt = try c.apiDecimal("clSpotInUseAmt")
                    self.maxSpotInUse = try c.apiDecimal("maxSpotInUse")
                    self.spotIsoBal = try c.apiDecimal("spotIsoBal")
                    self.smtSyncEq = try c.apiDecimal("smtSyncEq")
                    self.spotCopyTradingEq = try c.apiDecimal("spotCopyTradingEq")
                    self.spotBal = try c.apiDecimal("spotBal")
                    self.openAvgPx = try c.apiDecimal("openAvgPx")
                    self.accAvgPx = try c.apiDecimal("accAvgPx")
                    self.spotUpl = try c.apiDecimal("spotUpl")
                    self.spotUplRatio = try c.apiDecimal("spotUplRatio")
                    self.totalPnl = try c.apiDecimal("totalPnl")
                    self.totalPnlRatio = try c.apiDecimal("totalPnlRatio")
                    self.colRes = try c.apiEnum("colRes")
                    self.colBorrAutoConversion = try c.apiInteger("colBorrAutoConversion")
                    self.collateralRestrict = try c.apiBoolean("collateralRestrict")
                    self.collateralEnabled = try c.apiBoolean("collateralEnabled")
                    self.autoLendStatus = try c.apiEnum("autoLendStatus")
                    self.autoLendMtAmt = try c.apiDecimal("autoLendMtAmt")
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
                    var v30: Int32 = -1
                    var v31: Int32 = -1
                    var v32: Int32 = -1
                    var v33: Int32 = -1
                    var v34: Int32 = -1
                    var v35: Int32 = -1
                    var v36: Int32 = -1
                    var v37: Int32 = -1
                    var v38: Int32 = -1
                    var v39: Int32 = -1
                    var v40: Int32 = -1
                    var v41: Int32 = -1
                    var v42: Int32 = -1
                    var v43: Int32 = -1
                    var v44: Int32 = -1
                    var v45: Int32 = -1
                    var v46: Int32 = -1
                    var v47: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                        case 0x088E3B07B5394BC3: if v1 < 0, m.isKey("eq") { v1 = m.value }
                        case 0x10084761FD7E8ABD: if v2 < 0, m.isKey("cashBal") { v2 = m.value }
                        case 0x607ED783146D4C29: if v3 < 0, m.isKey("uTime") { v3 = m.value }
                        case 0xC94014FAE5313400: if v4 < 0, m.isKey("isoEq") { v4 = m.value }
                        case 0x809D173B0ABEF57A: if v5 < 0, m.isKey("availEq") { v5 = m.value }
                        case 0x419DA199C86F6CD5: if v6 < 0, m.isKey("disEq") { v6 = m.value }
                        case 0x13F957C07D00ABA4: if v7 < 0, m.isKey("fixedBal") { v7 = m.value }
                        case 0x309112533452E3FB: if v8 < 0, m.isKey("availBal") { v8 = m.value }
                        case 0x1E2AF51EDB18142E: if v9 < 0, m.isKey("frozenBal") { v9 = m.value }
                        case 0xBEB9889A59DB22CA: if v10 < 0, m.isKey("ordFrozen") { v10 = m.value }
                        case 0xBF487CAD694CDD85: if v11 < 0, m.isKey("liab") { v11 = m.value }
                        case 0x4C4887193DC44C04: if v12 < 0, m.isKey("upl") { v12 = m.value }
                        case 0xA0B5872B5F64C6AC: if v13 < 0, m.isKey("uplLiab") { v13 = m.value }
                        case 0xF1D854AFF25C93F7: if v14 < 0, m.isKey("crossLiab") { v14 = m.value }
                        case 0x8AC157284501C885: if v15 < 0, m.isKey("rewardBal") { v15 = m.value }
                        case 0x0518CD83AA0234C2: if v16 < 0, m.isKey("isoLiab") { v16 = m.value }
                        case 0x6B9EDB438FE542B0: if v17 < 0, m.isKey("mgnRatio") { v17 = m.value }
                        case 0x2B9CFB192BD28B9B: if v18 < 0, m.isKey("imr") { v18 = m.value }
                        case 0x08025F191762AD67: if v19 < 0, m.isKey("mmr") { v19 = m.value }
                        case 0x0C1E17F10ED69973: if v20 < 0, m.isKey("interest") { v20 = m.value }
                        case 0x751C28EF5FD24235: if v21 < 0, m.isKey("twap") { v21 = m.value }
                        case 0xF526E7EFB7847BCB: if v22 < 0, m.isKey("frpType") { v22 = m.value }
                        case 0x34D4335254572BC7: if v23 < 0, m.isKey("maxLoan") { v23 = m.value }
                        case 0x549FEFD671B3D4E5: if v24 < 0, m.isKey("eqUsd") { v24 = m.value }
                        case 0xF31B0ED7A30D5FA5: if v25 < 0, m.isKey("borrowFroz") { v25 = m.value }
                        case 0x4387C1F4E9BAEEBF: if v26 < 0, m.isKey("notionalLever") { v26 = m.value }
                        case 0xBF533E7F140BA24C: if v27 < 0, m.isKey("stgyEq") { v27 = m.value }
                        case 0xB5D2A853C2EC6E3D: if v28 < 0, m.isKey("isoUpl") { v28 = m.value }
                        case 0x1FE990BE16B3AC59: if v29 < 0, m.isKey("spotInUseAmt") { v29 = m.value }
                        case 0xD016822A28C09076: if v30 < 0, m.isKey("clSpotInUseAmt") { v30 = m.value }
                        case 0xCE9020DF6D13A6C5: if v31 < 0, m.isKey("maxSpotInUse") { v31 = m.value }
                        case 0x4725B41FC62FFC51: if v32 < 0, m.isKey("spotIsoBal") { v32 = m.value }
                        case 0x9616B76990BB039E: if v33 < 0, m.isKey("smtSyncEq") { v33 = m.value }
                        case 0x9627CF720D8D79CB: if v34 < 0, m.isKey("spotCopyTradingEq") { v34 = m.value }
                        case 0x90FFEFDACA568CD8: if v35 < 0, m.isKey("spotBal") { v35 = m.value }
                        case 0xA5A9EFC1731C2927: if v36 < 0, m.isKey("openAvgPx") { v36 = m.value }
                        case 0x14146E9F9C7C6B1E: if v37 < 0, m.isKey("accAvgPx") { v37 = m.value }
                        case 0xCA6C60DA5A0C18BC: if v38 < 0, m.isKey("spotUpl") { v38 = m.value }
                        case 0x92BECA9620E3CD57: if v39 < 0, m.isKey("spotUplRatio") { v39 = m.value }
                        case 0x96942825B60BCB95: if v40 < 0, m.isKey("totalPnl") { v40 = m.value }
                        case 0x8FD1CFC4D79159D4: if v41 < 0, m.isKey("totalPnlRatio") { v41 = m.value }
                        case 0x4282B486C1845465: if v42 < 0, m.isKey("colRes") { v42 = m.value }
                        case 0x0369B22BD4E7FC59: if v43 < 0, m.isKey("colBorrAutoConversion") { v43 = m.value }
                        case 0xD083B2071991AA68: if v44 < 0, m.isKey("collateralRestrict") { v44 = m.value }
                        case 0xCB1E7E5953DD4321: if v45 < 0, m.isKey("collateralEnabled") { v45 = m.value }
                        case 0x26875482F663295D: if v46 < 0, m.isKey("autoLendStatus") { v46 = m.value }
                        case 0xD5ED9A8CC67848C8: if v47 < 0, m.isKey("autoLendMtAmt") { v47 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.eq = try d.directDecimal(v1)
                    self.cashBal = try d.directDecimal(v2)
                    self.uTime = try d.directDate(v3)
                    self.isoEq = try d.directDecimal(v4)
                    self.availEq = try d.directDecimal(v5)
                    self.disEq = try d.directDecimal(v6)
                    self.fixedBal = try d.directDecimal(v7)
                    self.availBal = try d.directDecimal(v8)
                    self.frozenBal = try d.directDecimal(v9)
                    self.ordFrozen = try d.directDecimal(v10)
                    self.liab = try d.directDecimal(v11)
                    self.upl = try d.directDecimal(v12)
                    self.uplLiab = try d.directDecimal(v13)
                    self.crossLiab = try d.directDecimal(v14)
                    self.rewardBal = try d.directDecimal(v15)
                    self.isoLiab = try d.directDecimal(v16)
                    self.mgnRatio = try d.directDecimal(v17)
                    self.imr = try d.directDecimal(v18)
                    self.mmr = try d.directDecimal(v19)
                    self.interest = try d.directDecimal(v20)
                    self.twap = try d.directInteger(v21)
                    self.frpType = try d.directEnum(v22)
                    self.maxLoan = try d.directDecimal(v23)
                    self.eqUsd = try d.directDecimal(v24)
                    self.borrowFroz = try d.directDecimal(v25)
                    self.notionalLever = try d.directDecimal(v26)
                    self.stgyEq = try d.directDecimal(v27)
                    self.isoUpl = try d.directDecimal(v28)
                    self.spotInUseAmt = try d.directDecimal(v29)
                    self.clSpotInUseAmt = try d.directDecimal(v30)
                    self.maxSpotInUse = try d.directDecimal(v31)
                    self.spotIsoBal = try d.directDecimal(v32)
                    self.smtSyncEq = try d.directDecimal(v33)
                    self.spotCopyTradingEq = try d.directDecimal(v34)
                    self.spotBal = try d.directDecimal(v35)
                    self.openAvgPx = try d.directDecimal(v36)
                    self.accAvgPx = try d.directDecimal(v37)
                    self.spotUpl = try d.directDecimal(v38)
                    self.spotUplRatio = try d.directDecimal(v39)
                    self.totalPnl = try d.directDecimal(v40)
                    self.totalPnlRatio = try d.directDecimal(v41)
                    self.colRes = try d.directEnum(v42)
                    self.colBorrAutoConversion = try d.directInteger(v43)
                    self.collateralRestrict = try d.directBoolean(v44)
                    self.collateralEnabled = try d.directBoolean(v45)
                    self.autoLendStatus = try d.directEnum(v46)
                    self.autoLendMtAmt = try d.directDecimal(v47)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.eq, "eq")
                    try c.apiWriteDecimal(self.cashBal, "cashBal")
                    try c.apiWriteDate(self.uTime, "uTime")
                    try c.apiWriteDecimal(self.isoEq, "isoEq")
                    try c.apiWriteDecimal(self.availEq, "availEq")
                    try c.apiWriteDecimal(self.disEq, "disEq")
                    try c.apiWriteDecimal(self.fixedBal, "fixedBal")
                    try c.apiWriteDecimal(self.availBal, "availBal")
                    try c.apiWriteDecimal(self.frozenBal, "frozenBal")
                    try c.apiWriteDecimal(self.ordFrozen, "ordFrozen")
                    try c.apiWriteDecimal(self.liab, "liab")
                    try c.apiWriteDecimal(self.upl, "upl")
                    try c.apiWriteDecimal(self.uplLiab, "uplLiab")
                    try c.apiWriteDecimal(self.crossLiab, "crossLiab")
                    try c.apiWriteDecimal(self.rewardBal, "rewardBal")
                    try c.apiWriteDecimal(self.isoLiab, "isoLiab")
                    try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    try c.apiWriteDecimal(self.imr, "imr")
                    try c.apiWriteDecimal(self.mmr, "mmr")
                    try c.apiWriteDecimal(self.interest, "interest")
                    try c.apiWriteInteger(self.twap, "twap")
                    try c.apiWriteEnum(self.frpType, "frpType")
                    try c.apiWriteDecimal(self.maxLoan, "maxLoan")
                    try c.apiWriteDecimal(self.eqUsd, "eqUsd")
                    try c.apiWriteDecimal(self.borrowFroz, "borrowFroz")
                    try c.apiWriteDecimal(self.notionalLever, "notionalLever")
                    try c.apiWriteDecimal(self.stgyEq, "stgyEq")
                    try c.apiWriteDecimal(self.isoUpl, "isoUpl")
                    try c.apiWriteDecimal(self.spotInUseAmt, "spotInUseAmt")
                    try c.apiWriteDecimal(self.clSpotInUseAmt, "clSpotInUseAmt")
                    try c.apiWriteDecimal(self.maxSpotInUse, "maxSpotInUse")
                    try c.apiWriteDecimal(self.spotIsoBal, "spotIsoBal")
                    try c.apiWriteDecimal(self.smtSyncEq, "smtSyncEq")
                    try c.apiWriteDecimal(self.spotCopyTradingEq, "spotCopyTradingEq")
                    try c.apiWriteDecimal(self.spotBal, "spotBal")
                    try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                    try c.apiWriteDecimal(self.accAvgPx, "accAvgPx")
                    try c.apiWriteDecimal(self.spotUpl, "spotUpl")
                    try c.apiWriteDecimal(self.spotUplRatio, "spotUplRatio")
                    try c.apiWriteDecimal(self.totalPnl, "totalPnl")
                    try c.apiWriteDecimal(self.totalPnlRatio, "totalPnlRatio")
                    try c.apiWriteEnum(self.colRes, "colRes")
                    try c.apiWriteInteger(self.colBorrAutoConversion, "colBorrAutoConversion")
                    try c.apiWriteBoolean(self.collateralRestrict, "collateralRestrict")
                    try c.apiWriteBoolean(self.collateralEnabled, "collateralEnabled")
                    try c.apiWriteEnum(self.autoLendStatus, "autoLendStatus")
                    try c.apiWriteDecimal(self.autoLendMtAmt, "autoLendMtAmt")
                }
            }
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `totalEq`: a decimal number (a string on the wire).
            public let totalEq: Decimal?
            /// `isoEq`: a decimal number (a string on the wire).
            public let isoEq: Decimal?
            /// `adjEq`: a decimal number (a string on the wire).
            public let adjEq: Decimal?
            /// `availEq`: a decimal number (a string on the wire).
            public let availEq: Decimal?
            /// `ordFroz`: a decimal number (a string on the wire).
            public let ordFroz: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `borrowFroz`: a decimal number (a string on the wire).
            public let borrowFroz: Decimal?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `notionalUsdForBorrow`: a decimal number (a string on the wire).
            public let notionalUsdForBorrow: Decimal?
            /// `notionalUsdForSwap`: a decimal number (a string on the wire).
            public let notionalUsdForSwap: Decimal?
            /// `notionalUsdForFutures`: a decimal number (a string on the wire).
            public let notionalUsdForFutures: Decimal?
            /// `notionalUsdForOption`: a decimal number (a string on the wire).
            public let notionalUsdForOption: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `delta`: a decimal number (a string on the wire).
            public let delta: Decimal?
            /// `deltaLever`: a decimal number (a string on the wire).
            public let deltaLever: Decimal?
            /// `deltaNeutralStatus`: one of a documented set of values (unknown values are kept).
            public let deltaNeutralStatus: DeltaNeutralStatus?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uTime = try c.apiDate("uTime")
                self.totalEq = try c.apiDecimal("totalEq")
                self.isoEq = try c.apiDecimal("isoEq")
                self.adjEq = try c.apiDecimal("adjEq")
                self.availEq = try c.apiDecimal("availEq")
                self.ordFroz = try c.apiDecimal("ordFroz")
                self.imr = try c.apiDecimal("imr")
                self.mmr = try c.apiDecimal("mmr")
                self.borrowFroz = try c.apiDecimal("borrowFroz")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.notionalUsdForBorrow = try c.apiDecimal("notionalUsdForBorrow")
                self.notionalUsdForSwap = try c.apiDecimal("notionalUsdForSwap")
                self.notionalUsdForFutures = try c.apiDecimal("notionalUsdForFutures")
                self.notionalUsdForOption = try c.apiDecimal("notionalUsdForOption")
                self.upl = try c.apiDecimal("upl")
                self.delta = try c.apiDecimal("delta")
                self.deltaLever = try c.apiDecimal("deltaLever")
                self.deltaNeutralStatus = try c.apiEnum("deltaNeutralStatus")
                self.details = try c.apiNested("details")
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
                while let h = try m.next() {
                    switch h {
                    case 0x607ED783146D4C29: if v0 < 0, m.isKey("uTime") { v0 = m.value }
                    case 0xAD50ED36D1773FBB: if v1 < 0, m.isKey("totalEq") { v1 = m.value }
                    case 0xC94014FAE5313400: if v2 < 0, m.isKey("isoEq") { v2 = m.value }
                    case 0xCC525FFDCBE7DC28: if v3 < 0, m.isKey("adjEq") { v3 = m.value }
                    case 0x809D173B0ABEF57A: if v4 < 0, m.isKey("availEq") { v4 = m.value }
                    case 0xAA110C9DFE5F2145: if v5 < 0, m.isKey("ordFroz") { v5 = m.value }
                    case 0x2B9CFB192BD28B9B: if v6 < 0, m.isKey("imr") { v6 = m.value }
                    case 0x08025F191762AD67: if v7 < 0, m.isKey("mmr") { v7 = m.value }
                    case 0xF31B0ED7A30D5FA5: if v8 < 0, m.isKey("borrowFroz") { v8 = m.value }
                    case 0x6B9EDB438FE542B0: if v9 < 0, m.isKey("mgnRatio") { v9 = m.value }
                    case 0xFCADCCCEB1F0F653: if v10 < 0, m.isKey("notionalUsd") { v10 = m.value }
                    case 0x5F8349E991187C5F: if v11 < 0, m.isKey("notionalUsdForBorrow") { v11 = m.value }
                    case 0x15A37DFDF819AB31: if v12 < 0, m.isKey("notionalUsdForSwap") { v12 = m.value }
                    case 0x59AA49014C5FE47A: if v13 < 0, m.isKey("notionalUsdForFutures") { v13 = m.value }
                    case 0xD5A48BDAF2793F3B: if v14 < 0, m.isKey("notionalUsdForOption") { v14 = m.value }
                    case 0x4C4887193DC44C04: if v15 < 0, m.isKey("upl") { v15 = m.value }
                    case 0x52076675EC13A0C1: if v16 < 0, m.isKey("delta") { v16 = m.value }
                    case 0x0EBC41E6A6702877: if v17 < 0, m.isKey("deltaLever") { v17 = m.value }
                    case 0x49B2560EA180D8AE: if v18 < 0, m.isKey("deltaNeutralStatus") { v18 = m.value }
                    case 0xB9515701B1F5FC65: if v19 < 0, m.isKey("details") { v19 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uTime = try d.directDate(v0)
                self.totalEq = try d.directDecimal(v1)
                self.isoEq = try d.directDecimal(v2)
                self.adjEq = try d.directDecimal(v3)
                self.availEq = try d.directDecimal(v4)
                self.ordFroz = try d.directDecimal(v5)
                self.imr = try d.directDecimal(v6)
                self.mmr = try d.directDecimal(v7)
                self.borrowFroz = try d.directDecimal(v8)
                self.mgnRatio = try d.directDecimal(v9)
                self.notionalUsd = try d.directDecimal(v10)
                self.notionalUsdForBorrow = try d.directDecimal(v11)
                self.notionalUsdForSwap = try d.directDecimal(v12)
                self.notionalUsdForFutures = try d.directDecimal(v13)
                self.notionalUsdForOption = try d.directDecimal(v14)
                self.upl = try d.directDecimal(v15)
                self.delta = try d.directDecimal(v16)
                self.deltaLever = try d.directDecimal(v17)
                self.deltaNeutralStatus = try d.directEnum(v18)
                self.details = try d.directNested(v19)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.totalEq, "totalEq")
                try c.apiWriteDecimal(self.isoEq, "isoEq")
                try c.apiWriteDecimal(self.adjEq, "adjEq")
                try c.apiWriteDecimal(self.availEq, "availEq")
                try c.apiWriteDecimal(self.ordFroz, "ordFroz")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.borrowFroz, "borrowFroz")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteDecimal(self.notionalUsdForBorrow, "notionalUsdForBorrow")
                try c.apiWriteDecimal(self.notionalUsdForSwap, "notionalUsdForSwap")
                try c.apiWriteDecimal(self.notionalUsdForFutures, "notionalUsdForFutures")
                try c.apiWriteDecimal(self.notionalUsdForOption, "notionalUsdForOption")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.delta, "delta")
                try c.apiWriteDecimal(self.deltaLever, "deltaLever")
                try c.apiWriteEnum(self.deltaNeutralStatus, "deltaNeutralStatus")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/account/balance`: “Get balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance
    public static func getBalance(_ request: GetBalance.Request = .init()) -> Endpoint<[GetBalance.Response]> {
        .apiGet(GetBalance.path, request)
    }

    /// `GET /api/v5/account/bills`: “Get bills details (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days
    public enum GetBillsDetailsLast7Days {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/bills"
        /// The parameters of `GET /api/v5/account/bills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `ccy`: text.
            public var ccy: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public var mgnMode: MgnMode?
            /// `ctType`: one of a documented set of values (unknown values are kept).
            public var ctType: CtType?
            /// `type`: text.
            public var type: String?
            /// `subType`: text.
            public var subType: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, ccy: String? = nil, mgnMode: MgnMode? = nil, ctType: CtType? = nil, type: String? = nil, subType: String? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instId = instId
                self.ccy = ccy
                self.mgnMode = mgnMode
                self.ctType = ctType
                self.type = type
                self.subType = subType
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("mgnMode", mgnMode)
                p.add("ctType", ctType)
                p.add("type", type)
                p.add("subType", subType)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/bills`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `billId`: text.
            public let billId: String
            /// `type`: text.
            public let type: String?
            /// `subType`: text.
            public let subType: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `balChg`: a decimal number (a string on the wire).
            public let balChg: Decimal?
            /// `posBalChg`: a decimal number (a string on the wire).
            public let posBalChg: Decimal?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `posBal`: a decimal number (a string on the wire).
            public let posBal: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `earnAmt`: a decimal number (a string on the wire).
            public let earnAmt: Decimal?
            /// `earnApr`: a decimal number (a string on the wire).
            public let earnApr: Decimal?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `instId`: text.
            public let instId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `execType`: one of a documented set of values (unknown values are kept).
            public let execType: ExecType?
            /// `from`: one of a documented set of values (unknown values are kept).
            public let from: From?
            /// `to`: one of a documented set of values (unknown values are kept).
            public let to: To?
            /// `notes`: text.
            public let notes: String?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `fillIdxPx`: a decimal number (a string on the wire).
            public let fillIdxPx: Decimal?
            /// `fillMarkPx`: a decimal number (a string on the wire).
            public let fillMarkPx: Decimal?
            /// `fillPxVol`: a decimal number (a string on the wire).
            public let fillPxVol: Decimal?
            /// `fillPxUsd`: a decimal number (a string on the wire).
            public let fillPxUsd: Decimal?
            /// `fillMarkVol`: a decimal number (a string on the wire).
            public let fillMarkVol: Decimal?
            /// `fillFwdPx`: a decimal number (a string on the wire).
            public let fillFwdPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.billId = try c.apiRequiredText("billId")
                self.type = try c.apiText("type")
                self.subType = try c.apiText("subType")
                self.ts = try c.apiDate("ts")
                self.balChg = try c.apiDecimal("balChg")
                self.posBalChg = try c.apiDecimal("posBalChg")
                self.bal = try c.apiDecimal("bal")
                self.posBal = try c.apiDecimal("posBal")
                self.sz = try c.apiDecimal("sz")
                self.px = try c.apiDecimal("px")
                self.ccy = try c.apiText("ccy")
                self.pnl = try c.apiDecimal("pnl")
                self.fee = try c.apiDecimal("fee")
                self.earnAmt = try c.apiDecimal("earnAmt")
                self.earnApr = try c.apiDecimal("earnApr")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.instId = try c.apiRequiredText("instId")
                self.ordId = try c.apiText("ordId")
                self.execType = try c.apiEnum("execType")
                self.from = try c.apiEnum("from")
                self.to = try c.apiEnum("to")
                self.notes = try c.apiText("notes")
                self.interest = try c.apiDecimal("interest")
                self.tag = try c.apiText("tag")
                self.fillTime = try c.apiDate("fillTime")
                self.tradeId = try c.apiText("tradeId")
                self.clOrdId = try c.apiText("clOrdId")
                self.fillIdxPx = try c.apiDecimal("fillIdxPx")
                self.fillMarkPx = try c.apiDecimal("fillMarkPx")
                self.fillPxVol = try c.apiDecimal("fillPxVol")
                self.fillPxUsd = try c.apiDecimal("fillPxUsd")
                self.fillMarkVol = try c.apiDecimal("fillMarkVol")
                self.fillFwdPx = try c.apiDecimal("fillFwdPx")
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
                var v30: Int32 = -1
                var v31: Int32 = -1
                var v32: Int32 = -1
                var v33: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x58FC9E6248F4DD71: if v1 < 0, m.isKey("billId") { v1 = m.value }
                    case 0xA79439EF7BFA9C2D: if v2 < 0, m.isKey("type") { v2 = m.value }
                    case 0xDF60BE6455EE677D: if v3 < 0, m.isKey("subType") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x6FF922A082F6B10C: if v5 < 0, m.isKey("balChg") { v5 = m.value }
                    case 0x769CC7C3FD7697E0: if v6 < 0, m.isKey("posBalChg") { v6 = m.value }
                    case 0x0039161913391320: if v7 < 0, m.isKey("bal") { v7 = m.value }
                    case 0x7A158AD7FC89ACF4: if v8 < 0, m.isKey("posBal") { v8 = m.value }
                    case 0x08D94407B5794688: if v9 < 0, m.isKey("sz") { v9 = m.value }
                    case 0x08D55007B5757215: if v10 < 0, m.isKey("px") { v10 = m.value }
                    case 0xF5DBFE190CDE752E: if v11 < 0, m.isKey("ccy") { v11 = m.value }
                    case 0x779E7A1956519EED: if v12 < 0, m.isKey("pnl") { v12 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v13 < 0, m.isKey("fee") { v13 = m.value }
                    case 0xD03B8CBC820D641B: if v14 < 0, m.isKey("earnAmt") { v14 = m.value }
                    case 0xCFD880BC81B8D25C: if v15 < 0, m.isKey("earnApr") { v15 = m.value }
                    case 0xF908AB384ABF99B6: if v16 < 0, m.isKey("mgnMode") { v16 = m.value }
                    case 0xF10F5F871070A39C: if v17 < 0, m.isKey("instId") { v17 = m.value }
                    case 0x6B86FB72815776DD: if v18 < 0, m.isKey("ordId") { v18 = m.value }
                    case 0xE1EAA9A61EC91894: if v19 < 0, m.isKey("execType") { v19 = m.value }
                    case 0x7F845078D7A5C0B5: if v20 < 0, m.isKey("from") { v20 = m.value }
                    case 0x08C83907B56AC0A4: if v21 < 0, m.isKey("to") { v21 = m.value }
                    case 0x40906C71B95BDBAA: if v22 < 0, m.isKey("notes") { v22 = m.value }
                    case 0x0C1E17F10ED69973: if v23 < 0, m.isKey("interest") { v23 = m.value }
                    case 0x56D7AB194448A4F3: if v24 < 0, m.isKey("tag") { v24 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v25 < 0, m.isKey("fillTime") { v25 = m.value }
                    case 0x0791A710B055183C: if v26 < 0, m.isKey("tradeId") { v26 = m.value }
                    case 0x76ED59528A2E9E7C: if v27 < 0, m.isKey("clOrdId") { v27 = m.value }
                    case 0xCA0379BB656CCF67: if v28 < 0, m.isKey("fillIdxPx") { v28 = m.value }
                    case 0x1BD4BD38B7D08DB9: if v29 < 0, m.isKey("fillMarkPx") { v29 = m.value }
                    case 0xEE54B0EB8DD60351: if v30 < 0, m.isKey("fillPxVol") { v30 = m.value }
                    case 0xE39179EB87247D80: if v31 < 0, m.isKey("fillPxUsd") { v31 = m.value }
                    case 0x4D7D346073848E5E: if v32 < 0, m.isKey("fillMarkVol") { v32 = m.value }
                    case 0x6E1FB99DDD898EE9: if v33 < 0, m.isKey("fillFwdPx") { v33 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.billId = try d.directRequiredText(v1, "billId")
                self.type = try d.directText(v2)
                self.subType = try d.directText(v3)
                self.ts = try d.directDate(v4)
                self.balChg = try d.directDecimal(v5)
                self.posBalChg = try d.directDecimal(v6)
                self.bal = try d.directDecimal(v7)
                self.posBal = try d.directDecimal(v8)
                self.sz = try d.directDecimal(v9)
                self.px = try d.directDecimal(v10)
                self.ccy = try d.directText(v11)
                self.pnl = try d.directDecimal(v12)
                self.fee = try d.directDecimal(v13)
                self.earnAmt = try d.directDecimal(v14)
                self.earnApr = try d.directDecimal(v15)
                self.mgnMode = try d.directEnum(v16)
                self.instId = try d.directRequiredText(v17, "instId")
                self.ordId = try d.directText(v18)
                self.execType = try d.directEnum(v19)
                self.from = try d.directEnum(v20)
                self.to = try d.directEnum(v21)
                self.notes = try d.directText(v22)
                self.interest = try d.directDecimal(v23)
                self.tag = try d.directText(v24)
                self.fillTime = try d.directDate(v25)
                self.tradeId = try d.directText(v26)
                self.clOrdId = try d.directText(v27)
                self.fillIdxPx = try d.directDecimal(v28)
                self.fillMarkPx = try d.directDecimal(v29)
                self.fillPxVol = try d.directDecimal(v30)
                self.fillPxUsd = try d.directDecimal(v31)
                self.fillMarkVol = try d.directDecimal(v32)
                self.fillFwdPx = try d.directDecimal(v33)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.subType, "subType")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.balChg, "balChg")
                try c.apiWriteDecimal(self.posBalChg, "posBalChg")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteDecimal(self.posBal, "posBal")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.earnAmt, "earnAmt")
                try c.apiWriteDecimal(self.earnApr, "earnApr")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteEnum(self.execType, "execType")
                try c.apiWriteEnum(self.from, "from")
                try c.apiWriteEnum(self.to, "to")
                try c.apiWriteText(self.notes, "notes")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.fillIdxPx, "fillIdxPx")
                try c.apiWriteDecimal(self.fillMarkPx, "fillMarkPx")
                try c.apiWriteDecimal(self.fillPxVol, "fillPxVol")
                try c.apiWriteDecimal(self.fillPxUsd, "fillPxUsd")
                try c.apiWriteDecimal(self.fillMarkVol, "fillMarkVol")
                try c.apiWriteDecimal(self.fillFwdPx, "fillFwdPx")
            }
        }
    }

    /// `GET /api/v5/account/bills`: “Get bills details (last 7 days)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-7-days
    public static func getBillsDetailsLast7Days(_ request: GetBillsDetailsLast7Days.Request = .init()) -> Endpoint<[GetBillsDetailsLast7Days.Response]> {
        .apiGet(GetBillsDetailsLast7Days.path, request)
    }

    /// `GET /api/v5/account/bills-archive`: “Get bills details (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-3-months
    public enum GetBillsDetailsLast3Months {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/bills-archive"
        /// The parameters of `GET /api/v5/account/bills-archive`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-3-months
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `ccy`: text.
            public var ccy: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public var mgnMode: MgnMode?
            /// `ctType`: one of a documented set of values (unknown values are kept).
            public var ctType: CtType?
            /// `type`: text.
            public var type: String?
            /// `subType`: text.
            public var subType: String?
            /// `after`: text.
            public var after: String?
            /// `before`: text.
            public var before: String?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, ccy: String? = nil, mgnMode: MgnMode? = nil, ctType: CtType? = nil, type: String? = nil, subType: String? = nil, after: String? = nil, before: String? = nil, begin: Date? = nil, end: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instId = instId
                self.ccy = ccy
                self.mgnMode = mgnMode
                self.ctType = ctType
                self.type = type
                self.subType = subType
                self.after = after
                self.before = before
                self.begin = begin
                self.end = end
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("mgnMode", mgnMode)
                p.add("ctType", ctType)
                p.add("type", type)
                p.add("subType", subType)
                p.add("after", after)
                p.add("before", before)
                p.add("begin", begin)
                p.add("end", end)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/bills-archive`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-3-months
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `billId`: text.
            public let billId: String
            /// `type`: text.
            public let type: String?
            /// `subType`: text.
            public let subType: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `balChg`: a decimal number (a string on the wire).
            public let balChg: Decimal?
            /// `posBalChg`: a decimal number (a string on the wire).
            public let posBalChg: Decimal?
            /// `bal`: a decimal number (a string on the wire).
            public let bal: Decimal?
            /// `posBal`: a decimal number (a string on the wire).
            public let posBal: Decimal?
            /// `sz`: a decimal number (a string on the wire).
            public let sz: Decimal?
            /// `px`: a decimal number (a string on the wire).
            public let px: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `earnAmt`: a decimal number (a string on the wire).
            public let earnAmt: Decimal?
            /// `earnApr`: a decimal number (a string on the wire).
            public let earnApr: Decimal?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `instId`: text.
            public let instId: String
            /// `ordId`: text.
            public let ordId: String?
            /// `execType`: one of a documented set of values (unknown values are kept).
            public let execType: ExecType?
            /// `from`: one of a documented set of values (unknown values are kept).
            public let from: From?
            /// `to`: one of a documented set of values (unknown values are kept).
            public let to: To?
            /// `notes`: text.
            public let notes: String?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `tag`: text.
            public let tag: String?
            /// `fillTime`: a time (epoch milliseconds on the wire).
            public let fillTime: Date?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `clOrdId`: text.
            public let clOrdId: String?
            /// `fillIdxPx`: a decimal number (a string on the wire).
            public let fillIdxPx: Decimal?
            /// `fillMarkPx`: a decimal number (a string on the wire).
            public let fillMarkPx: Decimal?
            /// `fillPxVol`: a decimal number (a string on the wire).
            public let fillPxVol: Decimal?
            /// `fillPxUsd`: a decimal number (a string on the wire).
            public let fillPxUsd: Decimal?
            /// `fillMarkVol`: a decimal number (a string on the wire).
            public let fillMarkVol: Decimal?
            /// `fillFwdPx`: a decimal number (a string on the wire).
            public let fillFwdPx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.billId = try c.apiRequiredText("billId")
                self.type = try c.apiText("type")
                self.subType = try c.apiText("subType")
                self.ts = try c.apiDate("ts")
                self.balChg = try c.apiDecimal("balChg")
                self.posBalChg = try c.apiDecimal("posBalChg")
                self.bal = try c.apiDecimal("bal")
                self.posBal = try c.apiDecimal("posBal")
                self.sz = try c.apiDecimal("sz")
                self.px = try c.apiDecimal("px")
                self.ccy = try c.apiText("ccy")
                self.pnl = try c.apiDecimal("pnl")
                self.fee = try c.apiDecimal("fee")
                self.earnAmt = try c.apiDecimal("earnAmt")
                self.earnApr = try c.apiDecimal("earnApr")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.instId = try c.apiRequiredText("instId")
                self.ordId = try c.apiText("ordId")
                self.execType = try c.apiEnum("execType")
                self.from = try c.apiEnum("from")
                self.to = try c.apiEnum("to")
                self.notes = try c.apiText("notes")
                self.interest = try c.apiDecimal("interest")
                self.tag = try c.apiText("tag")
                self.fillTime = try c.apiDate("fillTime")
                self.tradeId = try c.apiText("tradeId")
                self.clOrdId = try c.apiText("clOrdId")
                self.fillIdxPx = try c.apiDecimal("fillIdxPx")
                self.fillMarkPx = try c.apiDecimal("fillMarkPx")
                self.fillPxVol = try c.apiDecimal("fillPxVol")
                self.fillPxUsd = try c.apiDecimal("fillPxUsd")
                self.fillMarkVol = try c.apiDecimal("fillMarkVol")
                self.fillFwdPx = try c.apiDecimal("fillFwdPx")
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
                var v30: Int32 = -1
                var v31: Int32 = -1
                var v32: Int32 = -1
                var v33: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x58FC9E6248F4DD71: if v1 < 0, m.isKey("billId") { v1 = m.value }
                    case 0xA79439EF7BFA9C2D: if v2 < 0, m.isKey("type") { v2 = m.value }
                    case 0xDF60BE6455EE677D: if v3 < 0, m.isKey("subType") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    case 0x6FF922A082F6B10C: if v5 < 0, m.isKey("balChg") { v5 = m.value }
                    case 0x769CC7C3FD7697E0: if v6 < 0, m.isKey("posBalChg") { v6 = m.value }
                    case 0x0039161913391320: if v7 < 0, m.isKey("bal") { v7 = m.value }
                    case 0x7A158AD7FC89ACF4: if v8 < 0, m.isKey("posBal") { v8 = m.value }
                    case 0x08D94407B5794688: if v9 < 0, m.isKey("sz") { v9 = m.value }
                    case 0x08D55007B5757215: if v10 < 0, m.isKey("px") { v10 = m.value }
                    case 0xF5DBFE190CDE752E: if v11 < 0, m.isKey("ccy") { v11 = m.value }
                    case 0x779E7A1956519EED: if v12 < 0, m.isKey("pnl") { v12 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v13 < 0, m.isKey("fee") { v13 = m.value }
                    case 0xD03B8CBC820D641B: if v14 < 0, m.isKey("earnAmt") { v14 = m.value }
                    case 0xCFD880BC81B8D25C: if v15 < 0, m.isKey("earnApr") { v15 = m.value }
                    case 0xF908AB384ABF99B6: if v16 < 0, m.isKey("mgnMode") { v16 = m.value }
                    case 0xF10F5F871070A39C: if v17 < 0, m.isKey("instId") { v17 = m.value }
                    case 0x6B86FB72815776DD: if v18 < 0, m.isKey("ordId") { v18 = m.value }
                    case 0xE1EAA9A61EC91894: if v19 < 0, m.isKey("execType") { v19 = m.value }
                    case 0x7F845078D7A5C0B5: if v20 < 0, m.isKey("from") { v20 = m.value }
                    case 0x08C83907B56AC0A4: if v21 < 0, m.isKey("to") { v21 = m.value }
                    case 0x40906C71B95BDBAA: if v22 < 0, m.isKey("notes") { v22 = m.value }
                    case 0x0C1E17F10ED69973: if v23 < 0, m.isKey("interest") { v23 = m.value }
                    case 0x56D7AB194448A4F3: if v24 < 0, m.isKey("tag") { v24 = m.value }
                    case 0x3F7D2E4C2F91F8A1: if v25 < 0, m.isKey("fillTime") { v25 = m.value }
                    case 0x0791A710B055183C: if v26 < 0, m.isKey("tradeId") { v26 = m.value }
                    case 0x76ED59528A2E9E7C: if v27 < 0, m.isKey("clOrdId") { v27 = m.value }
                    case 0xCA0379BB656CCF67: if v28 < 0, m.isKey("fillIdxPx") { v28 = m.value }
                    case 0x1BD4BD38B7D08DB9: if v29 < 0, m.isKey("fillMarkPx") { v29 = m.value }
                    case 0xEE54B0EB8DD60351: if v30 < 0, m.isKey("fillPxVol") { v30 = m.value }
                    case 0xE39179EB87247D80: if v31 < 0, m.isKey("fillPxUsd") { v31 = m.value }
                    case 0x4D7D346073848E5E: if v32 < 0, m.isKey("fillMarkVol") { v32 = m.value }
                    case 0x6E1FB99DDD898EE9: if v33 < 0, m.isKey("fillFwdPx") { v33 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.billId = try d.directRequiredText(v1, "billId")
                self.type = try d.directText(v2)
                self.subType = try d.directText(v3)
                self.ts = try d.directDate(v4)
                self.balChg = try d.directDecimal(v5)
                self.posBalChg = try d.directDecimal(v6)
                self.bal = try d.directDecimal(v7)
                self.posBal = try d.directDecimal(v8)
                self.sz = try d.directDecimal(v9)
                self.px = try d.directDecimal(v10)
                self.ccy = try d.directText(v11)
                self.pnl = try d.directDecimal(v12)
                self.fee = try d.directDecimal(v13)
                self.earnAmt = try d.directDecimal(v14)
                self.earnApr = try d.directDecimal(v15)
                self.mgnMode = try d.directEnum(v16)
                self.instId = try d.directRequiredText(v17, "instId")
                self.ordId = try d.directText(v18)
                self.execType = try d.directEnum(v19)
                self.from = try d.directEnum(v20)
                self.to = try d.directEnum(v21)
                self.notes = try d.directText(v22)
                self.interest = try d.directDecimal(v23)
                self.tag = try d.directText(v24)
                self.fillTime = try d.directDate(v25)
                self.tradeId = try d.directText(v26)
                self.clOrdId = try d.directText(v27)
                self.fillIdxPx = try d.directDecimal(v28)
                self.fillMarkPx = try d.directDecimal(v29)
                self.fillPxVol = try d.directDecimal(v30)
                self.fillPxUsd = try d.directDecimal(v31)
                self.fillMarkVol = try d.directDecimal(v32)
                self.fillFwdPx = try d.directDecimal(v33)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.subType, "subType")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.balChg, "balChg")
                try c.apiWriteDecimal(self.posBalChg, "posBalChg")
                try c.apiWriteDecimal(self.bal, "bal")
                try c.apiWriteDecimal(self.posBal, "posBal")
                try c.apiWriteDecimal(self.sz, "sz")
                try c.apiWriteDecimal(self.px, "px")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.earnAmt, "earnAmt")
                try c.apiWriteDecimal(self.earnApr, "earnApr")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ordId, "ordId")
                try c.apiWriteEnum(self.execType, "execType")
                try c.apiWriteEnum(self.from, "from")
                try c.apiWriteEnum(self.to, "to")
                try c.apiWriteText(self.notes, "notes")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteText(self.tag, "tag")
                try c.apiWriteDate(self.fillTime, "fillTime")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteText(self.clOrdId, "clOrdId")
                try c.apiWriteDecimal(self.fillIdxPx, "fillIdxPx")
                try c.apiWriteDecimal(self.fillMarkPx, "fillMarkPx")
                try c.apiWriteDecimal(self.fillPxVol, "fillPxVol")
                try c.apiWriteDecimal(self.fillPxUsd, "fillPxUsd")
                try c.apiWriteDecimal(self.fillMarkVol, "fillMarkVol")
                try c.apiWriteDecimal(self.fillFwdPx, "fillFwdPx")
            }
        }
    }

    /// `GET /api/v5/account/bills-archive`: “Get bills details (last 3 months)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-last-3-months
    public static func getBillsDetailsLast3Months(_ request: GetBillsDetailsLast3Months.Request = .init()) -> Endpoint<[GetBillsDetailsLast3Months.Response]> {
        .apiGet(GetBillsDetailsLast3Months.path, request)
    }

    /// `GET /api/v5/account/bills-history-archive`: “Get bills details (since 2021)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-since-2021
    public enum GetBillsDetailsSince2021 {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/bills-history-archive"
        /// The parameters of `GET /api/v5/account/bills-history-archive`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-since-2021
        public struct Request: APIRequestFields {
            /// `year`: an integer (a string on the wire); required.
            public var year: Int
            /// `quarter`: one of a documented set of values (unknown values are kept); required.
            public var quarter: Quarter
            /// `type`: text.
            public var type: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(year: Int, quarter: Quarter, type: String? = nil) {
                self.year = year
                self.quarter = quarter
                self.type = type
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("year", year)
                p.add("quarter", quarter)
                p.add("type", type)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/bills-history-archive`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-since-2021
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

    /// `GET /api/v5/account/bills-history-archive`: “Get bills details (since 2021)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bills-details-since-2021
    public static func getBillsDetailsSince2021(_ request: GetBillsDetailsSince2021.Request) -> Endpoint<[GetBillsDetailsSince2021.Response]> {
        .apiGet(GetBillsDetailsSince2021.path, request)
    }

    /// `POST /api/v5/account/bills-history-archive`: “Apply bills details (since 2021)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-apply-bills-details-since-2021
    public enum ApplyBillsDetailsSince2021 {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/bills-history-archive"
        /// The parameters of `POST /api/v5/account/bills-history-archive`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-apply-bills-details-since-2021
        public struct Request: APIRequestFields {
            /// `year`: an integer (a string on the wire); required.
            public var year: Int
            /// `quarter`: one of a documented set of values (unknown values are kept); required.
            public var quarter: Quarter
            /// `type`: text.
            public var type: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(year: Int, quarter: Quarter, type: String? = nil) {
                self.year = year
                self.quarter = quarter
                self.type = type
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("year", year)
                p.add("quarter", quarter)
                p.add("type", type)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/bills-history-archive`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-apply-bills-details-since-2021
        public struct Response: Codable, Sendable, TapeDirect {
            /// `result`: a boolean.
            public let result: Bool?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.result = try c.apiBoolean("result")
                self.ts = try c.apiDate("ts")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x9B51CD7CD76778C4: if v0 < 0, m.isKey("result") { v0 = m.value }
                    case 0x08C83D07B56AC770: if v1 < 0, m.isKey("ts") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.result = try d.directBoolean(v0)
                self.ts = try d.directDate(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.result, "result")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/account/bills-history-archive`: “Apply bills details (since 2021)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-apply-bills-details-since-2021
    public static func applyBillsDetailsSince2021(_ request: ApplyBillsDetailsSince2021.Request) -> Endpoint<[ApplyBillsDetailsSince2021.Response]> {
        .apiPost(ApplyBillsDetailsSince2021.path, request)
    }

    /// `GET /api/v5/account/collateral-assets`: “Get collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-collateral-assets
    public enum GetCollateralAssets {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/collateral-assets"
        /// The parameters of `GET /api/v5/account/collateral-assets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-collateral-assets
        public struct Request: APIRequestFields {
            /// `ccy`: text.
            public var ccy: String?
            /// `collateralEnabled`: a boolean.
            public var collateralEnabled: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, collateralEnabled: Bool? = nil) {
                self.ccy = ccy
                self.collateralEnabled = collateralEnabled
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("collateralEnabled", collateralEnabled)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/collateral-assets`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-collateral-assets
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `collateralEnabled`: a boolean.
            public let collateralEnabled: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.collateralEnabled = try c.apiBoolean("collateralEnabled")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xCB1E7E5953DD4321: if v1 < 0, m.isKey("collateralEnabled") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.collateralEnabled = try d.directBoolean(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteBoolean(self.collateralEnabled, "collateralEnabled")
            }
        }
    }

    /// `GET /api/v5/account/collateral-assets`: “Get collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-collateral-assets
    public static func getCollateralAssets(_ request: GetCollateralAssets.Request = .init()) -> Endpoint<[GetCollateralAssets.Response]> {
        .apiGet(GetCollateralAssets.path, request)
    }

    /// `GET /api/v5/account/config`: “Get account configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration
    public enum GetAccountConfiguration {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/config"
        /// The parameters of `GET /api/v5/account/config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration
        public struct Response: Codable, Sendable, TapeDirect {
            /// `uid`: text.
            public let uid: String?
            /// `mainUid`: text.
            public let mainUid: String?
            /// `acctLv`: one of a documented set of values (unknown values are kept).
            public let acctLv: AcctLv?
            /// `acctStpMode`: one of a documented set of values (unknown values are kept).
            public let acctStpMode: AcctStpMode?
            /// `posMode`: one of a documented set of values (unknown values are kept).
            public let posMode: PosMode?
            /// `autoLoan`: a boolean.
            public let autoLoan: Bool?
            /// `greeksType`: one of a documented set of values (unknown values are kept).
            public let greeksType: GreeksType?
            /// `feeType`: one of a documented set of values (unknown values are kept).
            public let feeType: FeeType?
            /// `level`: text.
            public let level: String?
            /// `levelTmp`: text.
            public let levelTmp: String?
            /// `ctIsoMode`: one of a documented set of values (unknown values are kept).
            public let ctIsoMode: CtIsoMode?
            /// `mgnIsoMode`: one of a documented set of values (unknown values are kept).
            public let mgnIsoMode: MgnIsoMode?
            /// `spotOffsetType`: one of a documented set of values (unknown values are kept); deprecated.
            public let spotOffsetType: SpotOffsetType?
            /// `stgyType`: one of a documented set of values (unknown values are kept).
            public let stgyType: StgyType?
            /// `roleType`: one of a documented set of values (unknown values are kept).
            public let roleType: RoleType?
            /// `traderInsts`: a list of text values.
            public let traderInsts: [String]?
            /// `spotRoleType`: one of a documented set of values (unknown values are kept).
            public let spotRoleType: SpotRoleType?
            /// `spotTraderInsts`: a list of text values.
            public let spotTraderInsts: [String]?
            /// `opAuth`: one of a documented set of values (unknown values are kept).
            public let opAuth: OpAuth?
            /// `kycLv`: one of a documented set of values (unknown values are kept).
            public let kycLv: KycLv?
            /// `label`: text.
            public let label: String?
            /// `ip`: text.
            public let ip: String?
            /// `perm`: one of a documented set of values (unknown values are kept).
            public let perm: Perm?
            /// `liquidationGear`: an integer (a string on the wire).
            public let liquidationGear: Int?
            /// `enableSpotBorrow`: a boolean.
            public let enableSpotBorrow: Bool?
            /// `spotBorrowAutoRepay`: a boolean.
            public let spotBorrowAutoRepay: Bool?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `settleCcyList`: a list of text values.
            public let settleCcyList: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uid = try c.apiText("uid")
                self.mainUid = try c.apiText("mainUid")
                self.acctLv = try c.apiEnum("acctLv")
                self.acctStpMode = try c.apiEnum("acctStpMode")
                self.posMode = try c.apiEnum("posMode")
                self.autoLoan = try c.apiBoolean("autoLoan")
                self.greeksType = try c.apiEnum("greeksType")
                self.feeType = try c.apiEnum("feeType")
                self.level = try c.apiText("level")
                self.levelTmp = try c.apiText("levelTmp")
                self.ctIsoMode = try c.apiEnum("ctIsoMode")
                self.mgnIsoMode = try c.apiEnum("mgnIsoMode")
                self.spotOffsetType = try c.apiEnum("spotOffsetType")
                self.stgyType = try c.apiEnum("stgyType")
                self.roleType = try c.apiEnum("roleType")
                self.traderInsts = try c.apiTexts("traderInsts")
                self.spotRoleType = try c.apiEnum("spotRoleType")
                self.spotTraderInsts = try c.apiTexts("spotTraderInsts")
                self.opAuth = try c.apiEnum("opAuth")
                self.kycLv = try c.apiEnum("kycLv")
                self.label = try c.apiText("label")
                self.ip = try c.apiText("ip")
                self.perm = try c.apiEnum("perm")
                self.liquidationGear = try c.apiInteger("liquidationGear")
                self.enableSpotBorrow = try c.apiBoolean("enableSpotBorrow")
                self.spotBorrowAutoRepay = try c.apiBoolean("spotBorrowAutoRepay")
                self.type = try c.apiEnum("type")
                self.settleCcy = try c.apiText("settleCcy")
                self.settleCcyList = try c.apiTexts("settleCcyList")
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
                while let h = try m.next() {
                    switch h {
                    case 0x4C9CB5193E0B272D: if v0 < 0, m.isKey("uid") { v0 = m.value }
                    case 0x80C1D3F489833E0A: if v1 < 0, m.isKey("mainUid") { v1 = m.value }
                    case 0xEA6DBDBDB552CDEC: if v2 < 0, m.isKey("acctLv") { v2 = m.value }
                    case 0xDCD2F583B30A9CB0: if v3 < 0, m.isKey("acctStpMode") { v3 = m.value }
                    case 0x2CA77FC661222F26: if v4 < 0, m.isKey("posMode") { v4 = m.value }
                    case 0xFEBD09370B893108: if v5 < 0, m.isKey("autoLoan") { v5 = m.value }
                    case 0x1E3D5684B9EFC4D8: if v6 < 0, m.isKey("greeksType") { v6 = m.value }
                    case 0xA4E119A60DF5057B: if v7 < 0, m.isKey("feeType") { v7 = m.value }
                    case 0xE8DDC90A9D7C709D: if v8 < 0, m.isKey("level") { v8 = m.value }
                    case 0xB4BE8465946C3246: if v9 < 0, m.isKey("levelTmp") { v9 = m.value }
                    case 0xB1B9A9231A3D2F04: if v10 < 0, m.isKey("ctIsoMode") { v10 = m.value }
                    case 0x2D2EBCD888AC59E9: if v11 < 0, m.isKey("mgnIsoMode") { v11 = m.value }
                    case 0x8978C1331057E222: if v12 < 0, m.isKey("spotOffsetType") { v12 = m.value }
                    case 0xB0BF05ADF051E002: if v13 < 0, m.isKey("stgyType") { v13 = m.value }
                    case 0x2A92B33737B37D11: if v14 < 0, m.isKey("roleType") { v14 = m.value }
                    case 0x25E834D17D0D0582: if v15 < 0, m.isKey("traderInsts") { v15 = m.value }
                    case 0x871EF0CC37E1D819: if v16 < 0, m.isKey("spotRoleType") { v16 = m.value }
                    case 0x5DCFD1C2EEA389AA: if v17 < 0, m.isKey("spotTraderInsts") { v17 = m.value }
                    case 0x72C81A1A2F299940: if v18 < 0, m.isKey("opAuth") { v18 = m.value }
                    case 0x52A7DE10BFFA9080: if v19 < 0, m.isKey("kycLv") { v19 = m.value }
                    case 0x39F7FCEC8FCB623D: if v20 < 0, m.isKey("label") { v20 = m.value }
                    case 0x08B74207B55C5CBC: if v21 < 0, m.isKey("ip") { v21 = m.value }
                    case 0xDFC46A0DD71032CB: if v22 < 0, m.isKey("perm") { v22 = m.value }
                    case 0x79AF1E42072F2031: if v23 < 0, m.isKey("liquidationGear") { v23 = m.value }
                    case 0x2BB4B6FE0FF3D7D7: if v24 < 0, m.isKey("enableSpotBorrow") { v24 = m.value }
                    case 0x8EB0D404FB4636A0: if v25 < 0, m.isKey("spotBorrowAutoRepay") { v25 = m.value }
                    case 0xA79439EF7BFA9C2D: if v26 < 0, m.isKey("type") { v26 = m.value }
                    case 0x997819F7D787D2C3: if v27 < 0, m.isKey("settleCcy") { v27 = m.value }
                    case 0xA2364AF96FC7554B: if v28 < 0, m.isKey("settleCcyList") { v28 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uid = try d.directText(v0)
                self.mainUid = try d.directText(v1)
                self.acctLv = try d.directEnum(v2)
                self.acctStpMode = try d.directEnum(v3)
                self.posMode = try d.directEnum(v4)
                self.autoLoan = try d.directBoolean(v5)
                self.greeksType = try d.directEnum(v6)
                self.feeType = try d.directEnum(v7)
                self.level = try d.directText(v8)
                self.levelTmp = try d.directText(v9)
                self.ctIsoMode = try d.directEnum(v10)
                self.mgnIsoMode = try d.directEnum(v11)
                self.spotOffsetType = try d.directEnum(v12)
                self.stgyType = try d.directEnum(v13)
                self.roleType = try d.directEnum(v14)
                self.traderInsts = try d.directTexts(v15)
                self.spotRoleType = try d.directEnum(v16)
                self.spotTraderInsts = try d.directTexts(v17)
                self.opAuth = try d.directEnum(v18)
                self.kycLv = try d.directEnum(v19)
                self.label = try d.directText(v20)
                self.ip = try d.directText(v21)
                self.perm = try d.directEnum(v22)
                self.liquidationGear = try d.directInteger(v23)
                self.enableSpotBorrow = try d.directBoolean(v24)
                self.spotBorrowAutoRepay = try d.directBoolean(v25)
                self.type = try d.directEnum(v26)
                self.settleCcy = try d.directText(v27)
                self.settleCcyList = try d.directTexts(v28)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteText(self.mainUid, "mainUid")
                try c.apiWriteEnum(self.acctLv, "acctLv")
                try c.apiWriteEnum(self.acctStpMode, "acctStpMode")
                try c.apiWriteEnum(self.posMode, "posMode")
                try c.apiWriteBoolean(self.autoLoan, "autoLoan")
                try c.apiWriteEnum(self.greeksType, "greeksType")
                try c.apiWriteEnum(self.feeType, "feeType")
                try c.apiWriteText(self.level, "level")
                try c.apiWriteText(self.levelTmp, "levelTmp")
                try c.apiWriteEnum(self.ctIsoMode, "ctIsoMode")
                try c.apiWriteEnum(self.mgnIsoMode, "mgnIsoMode")
                try c.apiWriteEnum(self.spotOffsetType, "spotOffsetType")
                try c.apiWriteEnum(self.stgyType, "stgyType")
                try c.apiWriteEnum(self.roleType, "roleType")
                try c.apiWriteTexts(self.traderInsts, "traderInsts")
                try c.apiWriteEnum(self.spotRoleType, "spotRoleType")
                try c.apiWriteTexts(self.spotTraderInsts, "spotTraderInsts")
                try c.apiWriteEnum(self.opAuth, "opAuth")
                try c.apiWriteEnum(self.kycLv, "kycLv")
                try c.apiWriteText(self.label, "label")
                try c.apiWriteText(self.ip, "ip")
                try c.apiWriteEnum(self.perm, "perm")
                try c.apiWriteInteger(self.liquidationGear, "liquidationGear")
                try c.apiWriteBoolean(self.enableSpotBorrow, "enableSpotBorrow")
                try c.apiWriteBoolean(self.spotBorrowAutoRepay, "spotBorrowAutoRepay")
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteTexts(self.settleCcyList, "settleCcyList")
            }
        }
    }

    /// `GET /api/v5/account/config`: “Get account configuration”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-configuration
    public static func getAccountConfiguration(_ request: GetAccountConfiguration.Request = .init()) -> Endpoint<[GetAccountConfiguration.Response]> {
        .apiGet(GetAccountConfiguration.path, request)
    }

    /// `POST /api/v5/account/demo-adjust-balance`: “Adjust demo account balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-adjust-demo-account-balance
    public enum AdjustDemoAccountBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/demo-adjust-balance"
        /// The parameters of `POST /api/v5/account/demo-adjust-balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-adjust-demo-account-balance
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct Adjustments: APIRequestFields {
                /// `ccy`: one of a documented set of values (unknown values are kept); required.
                public var ccy: Ccy
                /// `amt`: a decimal number (a string on the wire); required.
                public var amt: Decimal
                /// A request with the given parameters; nil ones are not sent.
                public init(ccy: Ccy, amt: Decimal) {
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
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `adjustments`: a list of nested objects; required.
            public var adjustments: [Adjustments]
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue, adjustments: [Adjustments]) {
                self.type = type
                self.adjustments = adjustments
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("adjustments", adjustments)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/demo-adjust-balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-adjust-demo-account-balance
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `bal`: a decimal number (a string on the wire).
                public let bal: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.amt = try c.apiDecimal("amt")
                    self.bal = try c.apiDecimal("bal")
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
                        case 0x0039161913391320: if v2 < 0, m.isKey("bal") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.amt = try d.directDecimal(v1)
                    self.bal = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteDecimal(self.bal, "bal")
                }
            }
            /// `remainCnt`: an integer (a string on the wire).
            public let remainCnt: Int?
            /// `totalCnt`: an integer (a string on the wire).
            public let totalCnt: Int?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.remainCnt = try c.apiInteger("remainCnt")
                self.totalCnt = try c.apiInteger("totalCnt")
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
                    case 0xA0F4BB1A141F2138: if v0 < 0, m.isKey("remainCnt") { v0 = m.value }
                    case 0x2A93D3260A15B778: if v1 < 0, m.isKey("totalCnt") { v1 = m.value }
                    case 0xB9515701B1F5FC65: if v2 < 0, m.isKey("details") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.remainCnt = try d.directInteger(v0)
                self.totalCnt = try d.directInteger(v1)
                self.details = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.remainCnt, "remainCnt")
                try c.apiWriteInteger(self.totalCnt, "totalCnt")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `POST /api/v5/account/demo-adjust-balance`: “Adjust demo account balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-adjust-demo-account-balance
    public static func adjustDemoAccountBalance(_ request: AdjustDemoAccountBalance.Request) -> Endpoint<[AdjustDemoAccountBalance.Response]> {
        .apiPost(AdjustDemoAccountBalance.path, request)
    }

    /// `GET /api/v5/account/greeks`: “Get Greeks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-greeks
    public enum GetGreeks {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/greeks"
        /// The parameters of `GET /api/v5/account/greeks`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-greeks
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
        /// One item of the `data` array of `GET /api/v5/account/greeks`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-greeks
        public struct Response: Codable, Sendable, TapeDirect {
            /// `deltaBS`: a decimal number (a string on the wire).
            public let deltaBS: Decimal?
            /// `deltaPA`: a decimal number (a string on the wire).
            public let deltaPA: Decimal?
            /// `gammaBS`: a decimal number (a string on the wire).
            public let gammaBS: Decimal?
            /// `gammaPA`: a decimal number (a string on the wire).
            public let gammaPA: Decimal?
            /// `thetaBS`: a decimal number (a string on the wire).
            public let thetaBS: Decimal?
            /// `thetaPA`: a decimal number (a string on the wire).
            public let thetaPA: Decimal?
            /// `vegaBS`: a decimal number (a string on the wire).
            public let vegaBS: Decimal?
            /// `vegaPA`: a decimal number (a string on the wire).
            public let vegaPA: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.deltaBS = try c.apiDecimal("deltaBS")
                self.deltaPA = try c.apiDecimal("deltaPA")
                self.gammaBS = try c.apiDecimal("gammaBS")
                self.gammaPA = try c.apiDecimal("gammaPA")
                self.thetaBS = try c.apiDecimal("thetaBS")
                self.thetaPA = try c.apiDecimal("thetaPA")
                self.vegaBS = try c.apiDecimal("vegaBS")
                self.vegaPA = try c.apiDecimal("vegaPA")
                self.ccy = try c.apiText("ccy")
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
                while let h = try m.next() {
                    switch h {
                    case 0x3373345F777F313E: if v0 < 0, m.isKey("deltaBS") { v0 = m.value }
                    case 0x33A2565F77A6DBC6: if v1 < 0, m.isKey("deltaPA") { v1 = m.value }
                    case 0x53ED98FDD18C0C91: if v2 < 0, m.isKey("gammaBS") { v2 = m.value }
                    case 0x542B52FDD1C0F6BD: if v3 < 0, m.isKey("gammaPA") { v3 = m.value }
                    case 0x0923FF9B3B1E58B8: if v4 < 0, m.isKey("thetaBS") { v4 = m.value }
                    case 0x08F3FD9B3AF53190: if v5 < 0, m.isKey("thetaPA") { v5 = m.value }
                    case 0xCDF90EA7F78CE4B7: if v6 < 0, m.isKey("vegaBS") { v6 = m.value }
                    case 0xCE28B4A7F7B56F8B: if v7 < 0, m.isKey("vegaPA") { v7 = m.value }
                    case 0xF5DBFE190CDE752E: if v8 < 0, m.isKey("ccy") { v8 = m.value }
                    case 0x08C83D07B56AC770: if v9 < 0, m.isKey("ts") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.deltaBS = try d.directDecimal(v0)
                self.deltaPA = try d.directDecimal(v1)
                self.gammaBS = try d.directDecimal(v2)
                self.gammaPA = try d.directDecimal(v3)
                self.thetaBS = try d.directDecimal(v4)
                self.thetaPA = try d.directDecimal(v5)
                self.vegaBS = try d.directDecimal(v6)
                self.vegaPA = try d.directDecimal(v7)
                self.ccy = try d.directText(v8)
                self.ts = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.deltaBS, "deltaBS")
                try c.apiWriteDecimal(self.deltaPA, "deltaPA")
                try c.apiWriteDecimal(self.gammaBS, "gammaBS")
                try c.apiWriteDecimal(self.gammaPA, "gammaPA")
                try c.apiWriteDecimal(self.thetaBS, "thetaBS")
                try c.apiWriteDecimal(self.thetaPA, "thetaPA")
                try c.apiWriteDecimal(self.vegaBS, "vegaBS")
                try c.apiWriteDecimal(self.vegaPA, "vegaPA")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/account/greeks`: “Get Greeks”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-greeks
    public static func getGreeks(_ request: GetGreeks.Request = .init()) -> Endpoint<[GetGreeks.Response]> {
        .apiGet(GetGreeks.path, request)
    }

    /// `GET /api/v5/account/instruments`: “Get instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-instruments
    public enum GetInstruments {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/instruments"
        /// The parameters of `GET /api/v5/account/instruments`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-instruments
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `seriesId`: text; required in some cases.
            public var seriesId: String?
            /// `instFamily`: text; required in some cases.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, seriesId: String? = nil, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.seriesId = seriesId
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("seriesId", seriesId)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/instruments`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-instruments
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct UpcChg: Codable, Sendable, TapeDirect {
                /// `param`: one of a documented set of values (unknown values are kept).
                public let param: Param?
                /// `newValue`: a decimal number (a string on the wire).
                public let newValue: Decimal?
                /// `effTime`: a time (epoch milliseconds on the wire).
                public let effTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.param = try c.apiEnum("param")
                    self.newValue = try c.apiDecimal("newValue")
                    self.effTime = try c.apiDate("effTime")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x0C1193A7A1C363D2: if v0 < 0, m.isKey("param") { v0 = m.value }
                        case 0x999FBEDB6216AF5E: if v1 < 0, m.isKey("newValue") { v1 = m.value }
                        case 0xE7E78631375F793D: if v2 < 0, m.isKey("effTime") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.param = try d.directEnum(v0)
                    self.newValue = try d.directDecimal(v1)
                    self.effTime = try d.directDate(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.param, "param")
                    try c.apiWriteDecimal(self.newValue, "newValue")
                    try c.apiWriteDate(self.effTime, "effTime")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `seriesId`: text.
            public let seriesId: String?
            /// `instId`: text.
            public let instId: String
            /// `uly`: text.
            public let uly: String?
            /// `groupId`: one of a documented set of values (unknown values are kept).
            public let groupId: GroupId?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `baseCcy`: text.
            public let baseCcy: String?
            /// `quoteCcy`: text.
            public let quoteCcy: String?
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// `ctVal`: a decimal number (a string on the wire).
            public let ctVal: Decimal?
            /// `ctMult`: a decimal number (a string on the wire).
            public let ctMult: Decimal?
            /// `ctValCcy`: text.
            public let ctValCcy: String?
            /// `optType`: one of a documented set of values (unknown values are kept).
            public let optType: OptType?
            /// `stk`: a decimal number (a string on the wire).
            public let stk: Decimal?
            /// `listTime`: a time (epoch milliseconds on the wire).
            public let listTime: Date?
            /// `auctionEndTime`: a time (epoch milliseconds on the wire); deprecated.
            public let auctionEndTime: Date?
            /// `contTdSwTime`: a time (epoch milliseconds on the wire).
            public let contTdSwTime: Date?
            /// `preMktSwTime`: a time (epoch milliseconds on the wire).
            public let preMktSwTime: Date?
            /// `openType`: one of a documented set of values (unknown values are kept).
            public let openType: OpenType?
            /// `rpi`: one of a documented set of values (unknown values are kept).
            public let rpi: Rpi?
            /// `expTime`: a time (epoch milliseconds on the wire).
            public let expTime: Date?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `tickSz`: a decimal number (a string on the wire).
            public let tickSz: Decimal?
            /// `lotSz`: a decimal number (a string on the wire).
            public let lotSz: Decimal?
            /// `minSz`: a decimal number (a string on the wire).
            public let minSz: Decimal?
            /// `ctType`: one of a documented set of values (unknown values are kept).
            public let ctType: CtType?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ruleType`: one of a documented set of values (unknown values are kept).
            public let ruleType: RuleType?
            /// `posLmtAmt`: a decimal number (a string on the wire).
            public let posLmtAmt: Decimal?
            /// `posLmtPct`: a decimal number (a string on the wire).
            public let posLmtPct: Decimal?
            /// `maxPlatOILmt`: a decimal number (a string on the wire).
            public let maxPlatOILmt: Decimal?
            /// `maxPlatOICoinLmt`: a decimal number (a string on the wire).
            public let maxPlatOICoinLmt: Decimal?
            /// `longPosRemainingQuota`: a decimal number (a string on the wire).
            public let longPosRemainingQuota: Decimal?
            /// `shortPosRemainingQuota`: a decimal number (a string on the wire).
            public let shortPosRemainingQuota: Decimal?
            /// `maxLmtSz`: a decimal number (a string on the wire).
            public let maxLmtSz: Decimal?
            /// `maxMktSz`: a decimal number (a string on the wire).
            public let maxMktSz: Decimal?
            /// `maxLmtAmt`: a decimal number (a string on the wire).
            public let maxLmtAmt: Decimal?
            /// `maxMktAmt`: a decimal number (a string on the wire).
            public let maxMktAmt: Decimal?
            /// `maxTwapSz`: a decimal number (a string on the wire).
            public let maxTwapSz: Decimal?
            /// `maxIcebergSz`: a decimal number (a string on the wire).
            public let maxIcebergSz: Decimal?
            /// `maxTriggerSz`: a decimal number (a string on the wire).
            public let maxTriggerSz: Decimal?
            /// `maxStopSz`: a decimal number (a string on the wire).
            public let maxStopSz: Decimal?
            /// `futureSettlement`: a boolean.
            public let futureSettlement: Bool?
            /// `tradeQuoteCcyList`: a list of text values.
            public let tradeQuoteCcyList: [String]?
            /// `instIdCode`: an integer (a string on the wire).
            public let instIdCode: Int?
            /// `instCategory`: one of a documented set of values (unknown values are kept).
            public let instCategory: InstCategory?
            /// `upcChg`: a list of nested objects.
            public let upcChg: [UpcChg]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.seriesId = try c.apiText("seriesId")
                self.instId = try c.apiRequiredText("instId")
                self.uly = try c.apiText("uly")
                self.groupId = try c.apiEnum("groupId")
                self.instFamily = try c.apiText("instFamily")
                self.baseCcy = try c.apiText("baseCcy")
                self.quoteCcy = try c.apiText("quoteCcy")
                self.settleCcy = try c.apiText("settleCcy")
                self.ctVal = try c.apiDecimal("ctVal")
                self.ctMult = try c.apiDecimal("ctMult")
                self.ctValCcy = try c.apiText("ctValCcy")
                self.optType = try c.apiEnum("optType")
                self.stk = try c.apiDecimal("stk")
                self.listTime = try c.apiDate("listTime")
                self.auctionEndTime = try c.apiDate("auctionEndTime")
                self.contTdSwTime = try c.apiDate("contTdSwTime")
                self.preMktSwTime = try c.apiDate("preMktSwTime")
                self.openType = try c.apiEnum("openType")
                self.rpi = try c.apiEnum("rpi")
                self.expTime = try c.apiDate("expTime")
                self.lever = try c.apiDecimal("lever")
                self.tickSz = try c.apiDecimal("tickSz")
                self.lotSz = try c.apiDecimal("lotSz")
                self.minSz = try c.apiDecimal("minSz")
                self.ctType = try c.apiEnum("ctType")
                self.state = try c.apiEnum("state")
                self.ruleType = try c.apiEnum("ruleType")
                self.posLmtAmt = try c.apiDecimal("posLmtAmt")
                self.posLmtPct = try c.apiDecimal("posLmtPct")
                self.maxPlatOILmt = try c.apiDecimal("maxPlatOILmt")
                self.maxPlatOICoinLmt = try c.apiDecimal("maxPlatOICoinLmt")
                self.longPosRemainingQuota = try c.apiDecimal("longPosRemainingQuota")
                self.shortPosRemainingQuota = try c.apiDecimal("shortPosRemainingQuota")
                self.maxLmtSz = try c.apiDecimal("maxLmtSz")
                self.maxMktSz = try c.apiDecimal("maxMktSz")
                self.maxLmtAmt = try c.apiDecimal("maxLmtAmt")
                self.maxMktAmt = try c.apiDecimal("maxMktAmt")
                self.maxTwapSz = try c.apiDecimal("maxTwapSz")
                self.maxIcebergSz = try c.apiDecimal("maxIcebergSz")
                self.maxTriggerSz = try c.apiDecimal("maxTriggerSz")
                self.maxStopSz = try c.apiDecimal("maxStopSz")
                self.futureSettlement = try c.apiBoolean("futureSettlement")
                self.tradeQuoteCcyList = try c.apiTexts("tradeQuoteCcyList")
                self.instIdCode = try c.apiInteger("instIdCode")
                self.instCategory = try c.apiEnum("instCategory")
                self.upcChg = try c.apiNested("upcChg")
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
                var v30: Int32 = -1
                var v31: Int32 = -1
                var v32: Int32 = -1
                var v33: Int32 = -1
                var v34: Int32 = -1
                var v35: Int32 = -1
                var v36: Int32 = -1
                var v37: Int32 = -1
                var v38: Int32 = -1
                var v39: Int32 = -1
                var v40: Int32 = -1
                var v41: Int32 = -1
                var v42: Int32 = -1
                var v43: Int32 = -1
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x4814607C62D02A4D: if v1 < 0, m.isKey("seriesId") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x4CA79C193E150437: if v3 < 0, m.isKey("uly") { v3 = m.value }
                    case 0x01944C770862DE21: if v4 < 0, m.isKey("groupId") { v4 = m.value }
                    case 0x12B1332ACCDE48E5: if v5 < 0, m.isKey("instFamily") { v5 = m.value }
                    case 0xE53F237F0E37B98D: if v6 < 0, m.isKey("baseCcy") { v6 = m.value }
                    case 0xC0BB97C28C13F59C: if v7 < 0, m.isKey("quoteCcy") { v7 = m.value }
                    case 0x997819F7D787D2C3: if v8 < 0, m.isKey("settleCcy") { v8 = m.value }
                    case 0xB95E94CFE1FB2E01: if v9 < 0, m.isKey("ctVal") { v9 = m.value }
                    case 0x565E4D1F7FBA8068: if v10 < 0, m.isKey("ctMult") { v10 = m.value }
                    case 0x7A259672F094EFF2: if v11 < 0, m.isKey("ctValCcy") { v11 = m.value }
                    case 0x907A4F35B667A37A: if v12 < 0, m.isKey("optType") { v12 = m.value }
                    case 0x826E7C195D0D550B: if v13 < 0, m.isKey("stk") { v13 = m.value }
                    case 0x01AA28CE8109F1D8: if v14 < 0, m.isKey("listTime") { v14 = m.value }
                    case 0xC7FF60C087FBB17E: if v15 < 0, m.isKey("auctionEndTime") { v15 = m.value }
                    case 0x22801C4E66513A26: if v16 < 0, m.isKey("contTdSwTime") { v16 = m.value }
                    case 0x27AAFE6390AFA2E9: if v17 < 0, m.isKey("preMktSwTime") { v17 = m.value }
                    case 0x1FCEA6160FC7C1A1: if v18 < 0, m.isKey("openType") { v18 = m.value }
                    case 0x89C3CF1960D40FC2: if v19 < 0, m.isKey("rpi") { v19 = m.value }
                    case 0x7AD30CC74063A6A1: if v20 < 0, m.isKey("expTime") { v20 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v21 < 0, m.isKey("lever") { v21 = m.value }
                    case 0x7BB51938873D6CDD: if v22 < 0, m.isKey("tickSz") { v22 = m.value }
                    case 0x734480B720637861: if v23 < 0, m.isKey("lotSz") { v23 = m.value }
                    case 0x81CAAF62B7F87922: if v24 < 0, m.isKey("minSz") { v24 = m.value }
                    case 0x1BA9094EBCC069C2: if v25 < 0, m.isKey("ctType") { v25 = m.value }
                    case 0xEE63AAAD45B1B116: if v26 < 0, m.isKey("state") { v26 = m.value }
                    case 0x189E65E29BE15D6B: if v27 < 0, m.isKey("ruleType") { v27 = m.value }
                    case 0x4CE6F7358510F5E4: if v28 < 0, m.isKey("posLmtAmt") { v28 = m.value }
                    case 0xCEC85435CE9E9B85: if v29 < 0, m.isKey("posLmtPct") { v29 = m.value }
                    case 0xF871D74AAB63C621: if v30 < 0, m.isKey("maxPlatOILmt") { v30 = m.value }
                    case 0x8091D77A1E34A2EE: if v31 < 0, m.isKey("maxPlatOICoinLmt") { v31 = m.value }
                    case 0x23189D44E09BFE43: if v32 < 0, m.isKey("longPosRemainingQuota") { v32 = m.value }
                    case 0x955515AA103FE18D: if v33 < 0, m.isKey("shortPosRemainingQuota") { v33 = m.value }
                    case 0xE71FA0F76E02F39F: if v34 < 0, m.isKey("maxLmtSz") { v34 = m.value }
                    case 0x489DA1E03C7E74EE: if v35 < 0, m.isKey("maxMktSz") { v35 = m.value }
                    case 0x59264B7046EF95B4: if v36 < 0, m.isKey("maxLmtAmt") { v36 = m.value }
                    case 0x7DF27A0722F44E6F: if v37 < 0, m.isKey("maxMktAmt") { v37 = m.value }
                    case 0xBE5B20F416B69E2C: if v38 < 0, m.isKey("maxTwapSz") { v38 = m.value }
                    case 0xBBF349767DC934EF: if v39 < 0, m.isKey("maxIcebergSz") { v39 = m.value }
                    case 0x1AFB24EF19784CDA: if v40 < 0, m.isKey("maxTriggerSz") { v40 = m.value }
                    case 0xD4A13BDAE5A9905C: if v41 < 0, m.isKey("maxStopSz") { v41 = m.value }
                    case 0x5C7E9358577F4A81: if v42 < 0, m.isKey("futureSettlement") { v42 = m.value }
                    case 0xBFD14F010B525D28: if v43 < 0, m.isKey("tradeQuoteCcyList") { v43 = m.value }
                    case 0x1492D8E7D136BF99: if v44 < 0, m.isKey("instIdCode") { v44 = m.value }
                    case 0x1C76A13A38F01DB5: if v45 < 0, m.isKey("instCategory") { v45 = m.value }
                    case 0x6915A42BE3B7F0CF: if v46 < 0, m.isKey("upcChg") { v46 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.seriesId = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.uly = try d.directText(v3)
                self.groupId = try d.directEnum(v4)
                self.instFamily = try d.directText(v5)
                self.baseCcy = try d.directText(v6)
                self.quoteCcy = try d.directText(v7)
                self.settleCcy = try d.directText(v8)
                self.ctVal = try d.directDecimal(v9)
                self.ctMult = try d.directDecimal(v10)
                self.ctValCcy = try d.directText(v11)
                self.optType = try d.directEnum(v12)
                self.stk = try d.directDecimal(v13)
                self.listTime = try d.directDate(v14)
                self.auctionEndTime = try d.directDate(v15)
                self.contTdSwTime = try d.directDate(v16)
                self.preMktSwTime = try d.directDate(v17)
                self.openType = try d.directEnum(v18)
                self.rpi = try d.directEnum(v19)
                self.expTime = try d.directDate(v20)
                self.lever = try d.directDecimal(v21)
                self.tickSz = try d.directDecimal(v22)
                self.lotSz = try d.directDecimal(v23)
                self.minSz = try d.directDecimal(v24)
                self.ctType = try d.directEnum(v25)
                self.state = try d.directEnum(v26)
                self.ruleType = try d.directEnum(v27)
                self.posLmtAmt = try d.directDecimal(v28)
                self.posLmtPct = try d.directDecimal(v29)
                self.maxPlatOILmt = try d.directDecimal(v30)
                self.maxPlatOICoinLmt = try d.directDecimal(v31)
                self.longPosRemainingQuota = try d.directDecimal(v32)
                self.shortPosRemainingQuota = try d.directDecimal(v33)
                self.maxLmtSz = try d.directDecimal(v34)
                self.maxMktSz = try d.directDecimal(v35)
                self.maxLmtAmt = try d.directDecimal(v36)
                self.maxMktAmt = try d.directDecimal(v37)
                self.maxTwapSz = try d.directDecimal(v38)
                self.maxIcebergSz = try d.directDecimal(v39)
                self.maxTriggerSz = try d.directDecimal(v40)
                self.maxStopSz = try d.directDecimal(v41)
                self.futureSettlement = try d.directBoolean(v42)
                self.tradeQuoteCcyList = try d.directTexts(v43)
                self.instIdCode = try d.directInteger(v44)
                self.instCategory = try d.directEnum(v45)
                self.upcChg = try d.directNested(v46)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.seriesId, "seriesId")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteEnum(self.groupId, "groupId")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteText(self.baseCcy, "baseCcy")
                try c.apiWriteText(self.quoteCcy, "quoteCcy")
                try c.apiWriteText(self.settleCcy, "settleCcy")
                try c.apiWriteDecimal(self.ctVal, "ctVal")
                try c.apiWriteDecimal(self.ctMult, "ctMult")
                try c.apiWriteText(self.ctValCcy, "ctValCcy")
                try c.apiWriteEnum(self.optType, "optType")
                try c.apiWriteDecimal(self.stk, "stk")
                try c.apiWriteDate(self.listTime, "listTime")
                try c.apiWriteDate(self.auctionEndTime, "auctionEndTime")
                try c.apiWriteDate(self.contTdSwTime, "contTdSwTime")
                try c.apiWriteDate(self.preMktSwTime, "preMktSwTime")
                try c.apiWriteEnum(self.openType, "openType")
                try c.apiWriteEnum(self.rpi, "rpi")
                try c.apiWriteDate(self.expTime, "expTime")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.tickSz, "tickSz")
                try c.apiWriteDecimal(self.lotSz, "lotSz")
                try c.apiWriteDecimal(self.minSz, "minSz")
                try c.apiWriteEnum(self.ctType, "ctType")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteEnum(self.ruleType, "ruleType")
                try c.apiWriteDecimal(self.posLmtAmt, "posLmtAmt")
                try c.apiWriteDecimal(self.posLmtPct, "posLmtPct")
                try c.apiWriteDecimal(self.maxPlatOILmt, "maxPlatOILmt")
                try c.apiWriteDecimal(self.maxPlatOICoinLmt, "maxPlatOICoinLmt")
                try c.apiWriteDecimal(self.longPosRemainingQuota, "longPosRemainingQuota")
                try c.apiWriteDecimal(self.shortPosRemainingQuota, "shortPosRemainingQuota")
                try c.apiWriteDecimal(self.maxLmtSz, "maxLmtSz")
                try c.apiWriteDecimal(self.maxMktSz, "maxMktSz")
                try c.apiWriteDecimal(self.maxLmtAmt, "maxLmtAmt")
                try c.apiWriteDecimal(self.maxMktAmt, "maxMktAmt")
                try c.apiWriteDecimal(self.maxTwapSz, "maxTwapSz")
                try c.apiWriteDecimal(self.maxIcebergSz, "maxIcebergSz")
                try c.apiWriteDecimal(self.maxTriggerSz, "maxTriggerSz")
                try c.apiWriteDecimal(self.maxStopSz, "maxStopSz")
                try c.apiWriteBoolean(self.futureSettlement, "futureSettlement")
                try c.apiWriteTexts(self.tradeQuoteCcyList, "tradeQuoteCcyList")
                try c.apiWriteInteger(self.instIdCode, "instIdCode")
                try c.apiWriteEnum(self.instCategory, "instCategory")
                try c.apiWriteNested(self.upcChg, "upcChg")
            }
        }
    }

    /// `GET /api/v5/account/instruments`: “Get instruments”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-instruments
    public static func getInstruments(_ request: GetInstruments.Request) -> Endpoint<[GetInstruments.Response]> {
        .apiGet(GetInstruments.path, request)
    }

    /// `GET /api/v5/account/interest-accrued`: “Get interest accrued data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-accrued-data
    public enum GetInterestAccruedData {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/interest-accrued"
        /// The parameters of `GET /api/v5/account/interest-accrued`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-accrued-data
        public struct Request: APIRequestFields, PageableRequest {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `ccy`: text.
            public var ccy: String?
            /// `instId`: text.
            public var instId: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public var mgnMode: MgnMode?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, ccy: String? = nil, instId: String? = nil, mgnMode: MgnMode? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.type = type
                self.ccy = ccy
                self.instId = instId
                self.mgnMode = mgnMode
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("ccy", ccy)
                p.add("instId", instId)
                p.add("mgnMode", mgnMode)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/interest-accrued`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-accrued-data
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `ccy`: text.
            public let ccy: String?
            /// `instId`: text.
            public let instId: String
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `interestRate`: a decimal number (a string on the wire).
            public let interestRate: Decimal?
            /// `liab`: a decimal number (a string on the wire).
            public let liab: Decimal?
            /// `totalLiab`: a decimal number (a string on the wire).
            public let totalLiab: Decimal?
            /// `interestFreeLiab`: a decimal number (a string on the wire).
            public let interestFreeLiab: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.ccy = try c.apiText("ccy")
                self.instId = try c.apiRequiredText("instId")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.interest = try c.apiDecimal("interest")
                self.interestRate = try c.apiDecimal("interestRate")
                self.liab = try c.apiDecimal("liab")
                self.totalLiab = try c.apiDecimal("totalLiab")
                self.interestFreeLiab = try c.apiDecimal("interestFreeLiab")
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
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0xF908AB384ABF99B6: if v3 < 0, m.isKey("mgnMode") { v3 = m.value }
                    case 0x0C1E17F10ED69973: if v4 < 0, m.isKey("interest") { v4 = m.value }
                    case 0xCC633F579C105059: if v5 < 0, m.isKey("interestRate") { v5 = m.value }
                    case 0xBF487CAD694CDD85: if v6 < 0, m.isKey("liab") { v6 = m.value }
                    case 0xC00F84370231651D: if v7 < 0, m.isKey("totalLiab") { v7 = m.value }
                    case 0xFDFAB16A1129FFD1: if v8 < 0, m.isKey("interestFreeLiab") { v8 = m.value }
                    case 0x08C83D07B56AC770: if v9 < 0, m.isKey("ts") { v9 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.ccy = try d.directText(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.mgnMode = try d.directEnum(v3)
                self.interest = try d.directDecimal(v4)
                self.interestRate = try d.directDecimal(v5)
                self.liab = try d.directDecimal(v6)
                self.totalLiab = try d.directDecimal(v7)
                self.interestFreeLiab = try d.directDecimal(v8)
                self.ts = try d.directDate(v9)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteDecimal(self.interestRate, "interestRate")
                try c.apiWriteDecimal(self.liab, "liab")
                try c.apiWriteDecimal(self.totalLiab, "totalLiab")
                try c.apiWriteDecimal(self.interestFreeLiab, "interestFreeLiab")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/account/interest-accrued`: “Get interest accrued data”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-accrued-data
    public static func getInterestAccruedData(_ request: GetInterestAccruedData.Request = .init()) -> Endpoint<[GetInterestAccruedData.Response]> {
        .apiGet(GetInterestAccruedData.path, request)
    }

    /// `GET /api/v5/account/interest-limits`: “Get borrow interest and limit”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-interest-and-limit
    public enum GetBorrowInterestAndLimit {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/interest-limits"
        /// The parameters of `GET /api/v5/account/interest-limits`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-interest-and-limit
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `ccy`: text.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue? = nil, ccy: String? = nil) {
                self.type = type
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/interest-limits`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-interest-and-limit
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Records: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct SurplusLmtDetails: Codable, Sendable, TapeDirect {
                    /// `allAcctRemainingQuota`: a decimal number (a string on the wire); deprecated.
                    public let allAcctRemainingQuota: Decimal?
                    /// `curAcctRemainingQuota`: a decimal number (a string on the wire); deprecated.
                    public let curAcctRemainingQuota: Decimal?
                    /// `platRemainingQuota`: a decimal number (a string on the wire); deprecated.
                    public let platRemainingQuota: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.allAcctRemainingQuota = try c.apiDecimal("allAcctRemainingQuota")
                        self.curAcctRemainingQuota = try c.apiDecimal("curAcctRemainingQuota")
                        self.platRemainingQuota = try c.apiDecimal("platRemainingQuota")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x55E3C5FEA3EE7773: if v0 < 0, m.isKey("allAcctRemainingQuota") { v0 = m.value }
                            case 0x1B3BF39BE6FF96F2: if v1 < 0, m.isKey("curAcctRemainingQuota") { v1 = m.value }
                            case 0x22B07A86DE1C8358: if v2 < 0, m.isKey("platRemainingQuota") { v2 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.allAcctRemainingQuota = try d.directDecimal(v0)
                        self.curAcctRemainingQuota = try d.directDecimal(v1)
                        self.platRemainingQuota = try d.directDecimal(v2)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteDecimal(self.allAcctRemainingQuota, "allAcctRemainingQuota")
                        try c.apiWriteDecimal(self.curAcctRemainingQuota, "curAcctRemainingQuota")
                        try c.apiWriteDecimal(self.platRemainingQuota, "platRemainingQuota")
                    }
                }
                /// `ccy`: text.
                public let ccy: String?
                /// `rate`: a decimal number (a string on the wire).
                public let rate: Decimal?
                /// `loanQuota`: a decimal number (a string on the wire).
                public let loanQuota: Decimal?
                /// `surplusLmt`: a decimal number (a string on the wire).
                public let surplusLmt: Decimal?
                /// `usedLmt`: a decimal number (a string on the wire).
                public let usedLmt: Decimal?
                /// `interest`: a decimal number (a string on the wire).
                public let interest: Decimal?
                /// `interestFreeLiab`: a decimal number (a string on the wire).
                public let interestFreeLiab: Decimal?
                /// `potentialBorrowingAmt`: a decimal number (a string on the wire).
                public let potentialBorrowingAmt: Decimal?
                /// `surplusLmtDetails`: a nested object; deprecated.
                public let surplusLmtDetails: SurplusLmtDetails?
                /// `posLoan`: a decimal number (a string on the wire); deprecated.
                public let posLoan: Decimal?
                /// `availLoan`: a decimal number (a string on the wire); deprecated.
                public let availLoan: Decimal?
                /// `usedLoan`: a decimal number (a string on the wire); deprecated.
                public let usedLoan: Decimal?
                /// `avgRate`: a decimal number (a string on the wire); deprecated.
                public let avgRate: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.rate = try c.apiDecimal("rate")
                    self.loanQuota = try c.apiDecimal("loanQuota")
                    self.surplusLmt = try c.apiDecimal("surplusLmt")
                    self.usedLmt = try c.apiDecimal("usedLmt")
                    self.interest = try c.apiDecimal("interest")
                    self.interestFreeLiab = try c.apiDecimal("interestFreeLiab")
                    self.potentialBorrowingAmt = try c.apiDecimal("potentialBorrowingAmt")
                    self.surplusLmtDetails = try c.apiNested("surplusLmtDetails")
                    self.posLoan = try c.apiDecimal("posLoan")
                    self.availLoan = try c.apiDecimal("availLoan")
                    self.usedLoan = try c.apiDecimal("usedLoan")
                    self.avgRate = try c.apiDecimal("avgRate")
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
                        case 0x6D91221FD1CE5547: if v1 < 0, m.isKey("rate") { v1 = m.value }
                        case 0x4192A1EA5A5DAC91: if v2 < 0, m.isKey("loanQuota") { v2 = m.value }
                        case 0xE86E2E185890A262: if v3 < 0, m.isKey("surplusLmt") { v3 = m.value }
                        case 0x53C730F8089A017D: if v4 < 0, m.isKey("usedLmt") { v4 = m.value }
                        case 0x0C1E17F10ED69973: if v5 < 0, m.isKey("interest") { v5 = m.value }
                        case 0xFDFAB16A1129FFD1: if v6 < 0, m.isKey("interestFreeLiab") { v6 = m.value }
                        case 0x4A46B3C7A76D0142: if v7 < 0, m.isKey("potentialBorrowingAmt") { v7 = m.value }
                        case 0xE2AF0B692C788CA0: if v8 < 0, m.isKey("surplusLmtDetails") { v8 = m.value }
                        case 0x6FF3A6CD6151BA37: if v9 < 0, m.isKey("posLoan") { v9 = m.value }
                        case 0x4DF1E8B5650C884A: if v10 < 0, m.isKey("availLoan") { v10 = m.value }
                        case 0x06F27876A7A1026A: if v11 < 0, m.isKey("usedLoan") { v11 = m.value }
                        case 0x44E1BD1ED6D493D1: if v12 < 0, m.isKey("avgRate") { v12 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.rate = try d.directDecimal(v1)
                    self.loanQuota = try d.directDecimal(v2)
                    self.surplusLmt = try d.directDecimal(v3)
                    self.usedLmt = try d.directDecimal(v4)
                    self.interest = try d.directDecimal(v5)
                    self.interestFreeLiab = try d.directDecimal(v6)
                    self.potentialBorrowingAmt = try d.directDecimal(v7)
                    self.surplusLmtDetails = try d.directNested(v8)
                    self.posLoan = try d.directDecimal(v9)
                    self.availLoan = try d.directDecimal(v10)
                    self.usedLoan = try d.directDecimal(v11)
                    self.avgRate = try d.directDecimal(v12)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.rate, "rate")
                    try c.apiWriteDecimal(self.loanQuota, "loanQuota")
                    try c.apiWriteDecimal(self.surplusLmt, "surplusLmt")
                    try c.apiWriteDecimal(self.usedLmt, "usedLmt")
                    try c.apiWriteDecimal(self.interest, "interest")
                    try c.apiWriteDecimal(self.interestFreeLiab, "interestFreeLiab")
                    try c.apiWriteDecimal(self.potentialBorrowingAmt, "potentialBorrowingAmt")
                    try c.apiWriteNested(self.surplusLmtDetails, "surplusLmtDetails")
                    try c.apiWriteDecimal(self.posLoan, "posLoan")
                    try c.apiWriteDecimal(self.availLoan, "availLoan")
                    try c.apiWriteDecimal(self.usedLoan, "usedLoan")
                    try c.apiWriteDecimal(self.avgRate, "avgRate")
                }
            }
            /// `debt`: a decimal number (a string on the wire).
            public let debt: Decimal?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `nextDiscountTime`: a time (epoch milliseconds on the wire).
            public let nextDiscountTime: Date?
            /// `nextInterestTime`: a time (epoch milliseconds on the wire).
            public let nextInterestTime: Date?
            /// `loanAlloc`: a decimal number (a string on the wire).
            public let loanAlloc: Decimal?
            /// `records`: a list of nested objects.
            public let records: [Records]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.debt = try c.apiDecimal("debt")
                self.interest = try c.apiDecimal("interest")
                self.nextDiscountTime = try c.apiDate("nextDiscountTime")
                self.nextInterestTime = try c.apiDate("nextInterestTime")
                self.loanAlloc = try c.apiDecimal("loanAlloc")
                self.records = try c.apiNested("records")
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
                    case 0xA5B20067424CFF1C: if v0 < 0, m.isKey("debt") { v0 = m.value }
                    case 0x0C1E17F10ED69973: if v1 < 0, m.isKey("interest") { v1 = m.value }
                    case 0xA9AA09781790674A: if v2 < 0, m.isKey("nextDiscountTime") { v2 = m.value }
                    case 0x53398744C79A8D83: if v3 < 0, m.isKey("nextInterestTime") { v3 = m.value }
                    case 0x210C87A143C2E780: if v4 < 0, m.isKey("loanAlloc") { v4 = m.value }
                    case 0xA281D6F1B14296ED: if v5 < 0, m.isKey("records") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.debt = try d.directDecimal(v0)
                self.interest = try d.directDecimal(v1)
                self.nextDiscountTime = try d.directDate(v2)
                self.nextInterestTime = try d.directDate(v3)
                self.loanAlloc = try d.directDecimal(v4)
                self.records = try d.directNested(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.debt, "debt")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteDate(self.nextDiscountTime, "nextDiscountTime")
                try c.apiWriteDate(self.nextInterestTime, "nextInterestTime")
                try c.apiWriteDecimal(self.loanAlloc, "loanAlloc")
                try c.apiWriteNested(self.records, "records")
            }
        }
    }

    /// `GET /api/v5/account/interest-limits`: “Get borrow interest and limit”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-interest-and-limit
    public static func getBorrowInterestAndLimit(_ request: GetBorrowInterestAndLimit.Request = .init()) -> Endpoint<[GetBorrowInterestAndLimit.Response]> {
        .apiGet(GetBorrowInterestAndLimit.path, request)
    }

    /// `GET /api/v5/account/interest-rate`: “Get interest rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-rate
    public enum GetInterestRate {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/interest-rate"
        /// The parameters of `GET /api/v5/account/interest-rate`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-rate
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
        /// One item of the `data` array of `GET /api/v5/account/interest-rate`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-rate
        public struct Response: Codable, Sendable, TapeDirect {
            /// `interestRate`: a decimal number (a string on the wire).
            public let interestRate: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.interestRate = try c.apiDecimal("interestRate")
                self.ccy = try c.apiText("ccy")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xCC633F579C105059: if v0 < 0, m.isKey("interestRate") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.interestRate = try d.directDecimal(v0)
                self.ccy = try d.directText(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.interestRate, "interestRate")
                try c.apiWriteText(self.ccy, "ccy")
            }
        }
    }

    /// `GET /api/v5/account/interest-rate`: “Get interest rate”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-interest-rate
    public static func getInterestRate(_ request: GetInterestRate.Request = .init()) -> Endpoint<[GetInterestRate.Response]> {
        .apiGet(GetInterestRate.path, request)
    }

    /// `GET /api/v5/account/leverage-info`: “Get leverage”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage
    public enum GetLeverage {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/leverage-info"
        /// The parameters of `GET /api/v5/account/leverage-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage
        public struct Request: APIRequestFields {
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept); required.
            public var mgnMode: MgnMode
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String? = nil, ccy: String? = nil, mgnMode: MgnMode) {
                self.instId = instId
                self.ccy = ccy
                self.mgnMode = mgnMode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("mgnMode", mgnMode)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/leverage-info`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.posSide = try c.apiEnum("posSide")
                self.lever = try c.apiDecimal("lever")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xF908AB384ABF99B6: if v2 < 0, m.isKey("mgnMode") { v2 = m.value }
                    case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v4 < 0, m.isKey("lever") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.ccy = try d.directText(v1)
                self.mgnMode = try d.directEnum(v2)
                self.posSide = try d.directEnum(v3)
                self.lever = try d.directDecimal(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.lever, "lever")
            }
        }
    }

    /// `GET /api/v5/account/leverage-info`: “Get leverage”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-leverage
    public static func getLeverage(_ request: GetLeverage.Request) -> Endpoint<[GetLeverage.Response]> {
        .apiGet(GetLeverage.path, request)
    }

    /// `GET /api/v5/account/max-avail-size`: “Get maximum available balance/equity”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-available-balance-equity
    public enum GetMaximumAvailableBalanceEquity {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/max-avail-size"
        /// The parameters of `GET /api/v5/account/max-avail-size`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-available-balance-equity
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `reduceOnly`: a boolean.
            public var reduceOnly: Bool?
            /// `px`: a decimal number (a string on the wire).
            public var px: Decimal?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, ccy: String? = nil, tdMode: TdMode, reduceOnly: Bool? = nil, px: Decimal? = nil, tradeQuoteCcy: String? = nil) {
                self.instId = instId
                self.ccy = ccy
                self.tdMode = tdMode
                self.reduceOnly = reduceOnly
                self.px = px
                self.tradeQuoteCcy = tradeQuoteCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("tdMode", tdMode)
                p.add("reduceOnly", reduceOnly)
                p.add("px", px)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/max-avail-size`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-available-balance-equity
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `availBuy`: a decimal number (a string on the wire).
            public let availBuy: Decimal?
            /// `availSell`: a decimal number (a string on the wire).
            public let availSell: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.availBuy = try c.apiDecimal("availBuy")
                self.availSell = try c.apiDecimal("availSell")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x304CFD533418F380: if v1 < 0, m.isKey("availBuy") { v1 = m.value }
                    case 0x8B08DBE4E583172C: if v2 < 0, m.isKey("availSell") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.availBuy = try d.directDecimal(v1)
                self.availSell = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.availBuy, "availBuy")
                try c.apiWriteDecimal(self.availSell, "availSell")
            }
        }
    }

    /// `GET /api/v5/account/max-avail-size`: “Get maximum available balance/equity”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-available-balance-equity
    public static func getMaximumAvailableBalanceEquity(_ request: GetMaximumAvailableBalanceEquity.Request) -> Endpoint<[GetMaximumAvailableBalanceEquity.Response]> {
        .apiGet(GetMaximumAvailableBalanceEquity.path, request)
    }

    /// `GET /api/v5/account/max-loan`: “Get the maximum loan of instrument”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-the-maximum-loan-of-instrument
    public enum GetTheMaximumLoanOfInstrument {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/max-loan"
        /// The parameters of `GET /api/v5/account/max-loan`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-the-maximum-loan-of-instrument
        public struct Request: APIRequestFields {
            /// `mgnMode`: one of a documented set of values (unknown values are kept); required.
            public var mgnMode: MgnMode
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `mgnCcy`: text; required in some cases.
            public var mgnCcy: String?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(mgnMode: MgnMode, instId: String? = nil, ccy: String? = nil, mgnCcy: String? = nil, tradeQuoteCcy: String? = nil) {
                self.mgnMode = mgnMode
                self.instId = instId
                self.ccy = ccy
                self.mgnCcy = mgnCcy
                self.tradeQuoteCcy = tradeQuoteCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("mgnMode", mgnMode)
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("mgnCcy", mgnCcy)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/max-loan`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-the-maximum-loan-of-instrument
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `mgnCcy`: text.
            public let mgnCcy: String?
            /// `maxLoan`: a decimal number (a string on the wire).
            public let maxLoan: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.mgnCcy = try c.apiText("mgnCcy")
                self.maxLoan = try c.apiDecimal("maxLoan")
                self.ccy = try c.apiText("ccy")
                self.side = try c.apiEnum("side")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                    case 0xB42DF798A97F2ECA: if v2 < 0, m.isKey("mgnCcy") { v2 = m.value }
                    case 0x34D4335254572BC7: if v3 < 0, m.isKey("maxLoan") { v3 = m.value }
                    case 0xF5DBFE190CDE752E: if v4 < 0, m.isKey("ccy") { v4 = m.value }
                    case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.mgnMode = try d.directEnum(v1)
                self.mgnCcy = try d.directText(v2)
                self.maxLoan = try d.directDecimal(v3)
                self.ccy = try d.directText(v4)
                self.side = try d.directEnum(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.mgnCcy, "mgnCcy")
                try c.apiWriteDecimal(self.maxLoan, "maxLoan")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.side, "side")
            }
        }
    }

    /// `GET /api/v5/account/max-loan`: “Get the maximum loan of instrument”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-the-maximum-loan-of-instrument
    public static func getTheMaximumLoanOfInstrument(_ request: GetTheMaximumLoanOfInstrument.Request) -> Endpoint<[GetTheMaximumLoanOfInstrument.Response]> {
        .apiGet(GetTheMaximumLoanOfInstrument.path, request)
    }

    /// `GET /api/v5/account/max-size`: “Get maximum order quantity”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-order-quantity
    public enum GetMaximumOrderQuantity {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/max-size"
        /// The parameters of `GET /api/v5/account/max-size`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-order-quantity
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `tdMode`: one of a documented set of values (unknown values are kept); required.
            public var tdMode: TdMode
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `px`: a decimal number (a string on the wire).
            public var px: Decimal?
            /// `leverage`: a decimal number (a string on the wire).
            public var leverage: Decimal?
            /// `tradeQuoteCcy`: text.
            public var tradeQuoteCcy: String?
            /// `outcome`: one of a documented set of values (unknown values are kept).
            public var outcome: Outcome?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, tdMode: TdMode, ccy: String? = nil, px: Decimal? = nil, leverage: Decimal? = nil, tradeQuoteCcy: String? = nil, outcome: Outcome? = nil) {
                self.instId = instId
                self.tdMode = tdMode
                self.ccy = ccy
                self.px = px
                self.leverage = leverage
                self.tradeQuoteCcy = tradeQuoteCcy
                self.outcome = outcome
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("tdMode", tdMode)
                p.add("ccy", ccy)
                p.add("px", px)
                p.add("leverage", leverage)
                p.add("tradeQuoteCcy", tradeQuoteCcy)
                p.add("outcome", outcome)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/max-size`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-order-quantity
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `maxBuy`: a decimal number (a string on the wire).
            public let maxBuy: Decimal?
            /// `maxSell`: a decimal number (a string on the wire).
            public let maxSell: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.ccy = try c.apiText("ccy")
                self.maxBuy = try c.apiDecimal("maxBuy")
                self.maxSell = try c.apiDecimal("maxSell")
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
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0x5F395CF778F6D55F: if v2 < 0, m.isKey("maxBuy") { v2 = m.value }
                    case 0x678EEEF4664F9A61: if v3 < 0, m.isKey("maxSell") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.ccy = try d.directText(v1)
                self.maxBuy = try d.directDecimal(v2)
                self.maxSell = try d.directDecimal(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.maxBuy, "maxBuy")
                try c.apiWriteDecimal(self.maxSell, "maxSell")
            }
        }
    }

    /// `GET /api/v5/account/max-size`: “Get maximum order quantity”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-order-quantity
    public static func getMaximumOrderQuantity(_ request: GetMaximumOrderQuantity.Request) -> Endpoint<[GetMaximumOrderQuantity.Response]> {
        .apiGet(GetMaximumOrderQuantity.path, request)
    }

    /// `GET /api/v5/account/max-withdrawal`: “Get maximum withdrawals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-withdrawals
    public enum GetMaximumWithdrawals {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/max-withdrawal"
        /// The parameters of `GET /api/v5/account/max-withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-withdrawals
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
        /// One item of the `data` array of `GET /api/v5/account/max-withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-withdrawals
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `maxWd`: a decimal number (a string on the wire).
            public let maxWd: Decimal?
            /// `maxWdEx`: a decimal number (a string on the wire).
            public let maxWdEx: Decimal?
            /// `spotOffsetMaxWd`: a decimal number (a string on the wire).
            public let spotOffsetMaxWd: Decimal?
            /// `spotOffsetMaxWdEx`: a decimal number (a string on the wire).
            public let spotOffsetMaxWdEx: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.maxWd = try c.apiDecimal("maxWd")
                self.maxWdEx = try c.apiDecimal("maxWdEx")
                self.spotOffsetMaxWd = try c.apiDecimal("spotOffsetMaxWd")
                self.spotOffsetMaxWdEx = try c.apiDecimal("spotOffsetMaxWdEx")
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
                    case 0x5B38E3A4C2ED9A0A: if v1 < 0, m.isKey("maxWd") { v1 = m.value }
                    case 0x4FA996171C7FD13F: if v2 < 0, m.isKey("maxWdEx") { v2 = m.value }
                    case 0x9AB587203E49EA67: if v3 < 0, m.isKey("spotOffsetMaxWd") { v3 = m.value }
                    case 0xFDD43BF958B697DA: if v4 < 0, m.isKey("spotOffsetMaxWdEx") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.maxWd = try d.directDecimal(v1)
                self.maxWdEx = try d.directDecimal(v2)
                self.spotOffsetMaxWd = try d.directDecimal(v3)
                self.spotOffsetMaxWdEx = try d.directDecimal(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.maxWd, "maxWd")
                try c.apiWriteDecimal(self.maxWdEx, "maxWdEx")
                try c.apiWriteDecimal(self.spotOffsetMaxWd, "spotOffsetMaxWd")
                try c.apiWriteDecimal(self.spotOffsetMaxWdEx, "spotOffsetMaxWdEx")
            }
        }
    }

    /// `GET /api/v5/account/max-withdrawal`: “Get maximum withdrawals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-maximum-withdrawals
    public static func getMaximumWithdrawals(_ request: GetMaximumWithdrawals.Request = .init()) -> Endpoint<[GetMaximumWithdrawals.Response]> {
        .apiGet(GetMaximumWithdrawals.path, request)
    }

    /// `GET /api/v5/account/mmp-config`: “GET MMP Config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-mmp-config
    public enum GetMMPConfig {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/mmp-config"
        /// The parameters of `GET /api/v5/account/mmp-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-mmp-config
        public struct Request: APIRequestFields {
            /// `instFamily`: text.
            public var instFamily: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instFamily: String? = nil) {
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/mmp-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-mmp-config
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instFamily`: text.
            public let instFamily: String?
            /// `mmpFrozen`: a boolean.
            public let mmpFrozen: Bool?
            /// `mmpFrozenUntil`: text.
            public let mmpFrozenUntil: String?
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `frozenInterval`: an integer (a string on the wire).
            public let frozenInterval: Int?
            /// `qtyLimit`: a decimal number (a string on the wire).
            public let qtyLimit: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instFamily = try c.apiText("instFamily")
                self.mmpFrozen = try c.apiBoolean("mmpFrozen")
                self.mmpFrozenUntil = try c.apiText("mmpFrozenUntil")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.frozenInterval = try c.apiInteger("frozenInterval")
                self.qtyLimit = try c.apiDecimal("qtyLimit")
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
                    case 0x12B1332ACCDE48E5: if v0 < 0, m.isKey("instFamily") { v0 = m.value }
                    case 0xF57A750440F7335B: if v1 < 0, m.isKey("mmpFrozen") { v1 = m.value }
                    case 0xC8498AD21EF5298D: if v2 < 0, m.isKey("mmpFrozenUntil") { v2 = m.value }
                    case 0x3C4038C9B9091C25: if v3 < 0, m.isKey("timeInterval") { v3 = m.value }
                    case 0x6001E4E2F482CB0A: if v4 < 0, m.isKey("frozenInterval") { v4 = m.value }
                    case 0xE761F496E6BFDC8E: if v5 < 0, m.isKey("qtyLimit") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instFamily = try d.directText(v0)
                self.mmpFrozen = try d.directBoolean(v1)
                self.mmpFrozenUntil = try d.directText(v2)
                self.timeInterval = try d.directInteger(v3)
                self.frozenInterval = try d.directInteger(v4)
                self.qtyLimit = try d.directDecimal(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteBoolean(self.mmpFrozen, "mmpFrozen")
                try c.apiWriteText(self.mmpFrozenUntil, "mmpFrozenUntil")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteInteger(self.frozenInterval, "frozenInterval")
                try c.apiWriteDecimal(self.qtyLimit, "qtyLimit")
            }
        }
    }

    /// `GET /api/v5/account/mmp-config`: “GET MMP Config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-mmp-config
    public static func getMMPConfig(_ request: GetMMPConfig.Request = .init()) -> Endpoint<[GetMMPConfig.Response]> {
        .apiGet(GetMMPConfig.path, request)
    }

    /// `POST /api/v5/account/mmp-config`: “Set MMP”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-mmp
    public enum SetMMP {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/mmp-config"
        /// The parameters of `POST /api/v5/account/mmp-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-mmp
        public struct Request: APIRequestFields {
            /// `instFamily`: text; required.
            public var instFamily: String
            /// `timeInterval`: an integer (a string on the wire); required.
            public var timeInterval: Int
            /// `frozenInterval`: an integer (a string on the wire); required.
            public var frozenInterval: Int
            /// `qtyLimit`: a decimal number (a string on the wire); required.
            public var qtyLimit: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(instFamily: String, timeInterval: Int, frozenInterval: Int, qtyLimit: Decimal) {
                self.instFamily = instFamily
                self.timeInterval = timeInterval
                self.frozenInterval = frozenInterval
                self.qtyLimit = qtyLimit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instFamily", instFamily)
                p.add("timeInterval", timeInterval)
                p.add("frozenInterval", frozenInterval)
                p.add("qtyLimit", qtyLimit)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/mmp-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-mmp
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instFamily`: text.
            public let instFamily: String?
            /// `timeInterval`: an integer (a string on the wire).
            public let timeInterval: Int?
            /// `frozenInterval`: an integer (a string on the wire).
            public let frozenInterval: Int?
            /// `qtyLimit`: a decimal number (a string on the wire).
            public let qtyLimit: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instFamily = try c.apiText("instFamily")
                self.timeInterval = try c.apiInteger("timeInterval")
                self.frozenInterval = try c.apiInteger("frozenInterval")
                self.qtyLimit = try c.apiDecimal("qtyLimit")
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
                    case 0x12B1332ACCDE48E5: if v0 < 0, m.isKey("instFamily") { v0 = m.value }
                    case 0x3C4038C9B9091C25: if v1 < 0, m.isKey("timeInterval") { v1 = m.value }
                    case 0x6001E4E2F482CB0A: if v2 < 0, m.isKey("frozenInterval") { v2 = m.value }
                    case 0xE761F496E6BFDC8E: if v3 < 0, m.isKey("qtyLimit") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instFamily = try d.directText(v0)
                self.timeInterval = try d.directInteger(v1)
                self.frozenInterval = try d.directInteger(v2)
                self.qtyLimit = try d.directDecimal(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteInteger(self.timeInterval, "timeInterval")
                try c.apiWriteInteger(self.frozenInterval, "frozenInterval")
                try c.apiWriteDecimal(self.qtyLimit, "qtyLimit")
            }
        }
    }

    /// `POST /api/v5/account/mmp-config`: “Set MMP”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-mmp
    public static func setMMP(_ request: SetMMP.Request) -> Endpoint<[SetMMP.Response]> {
        .apiPost(SetMMP.path, request)
    }

    /// `POST /api/v5/account/mmp-reset`: “Reset MMP Status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-reset-mmp-status
    public enum ResetMMPStatus {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/mmp-reset"
        /// The parameters of `POST /api/v5/account/mmp-reset`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-reset-mmp-status
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instFamily`: text; required.
            public var instFamily: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instFamily: String) {
                self.instType = instType
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/mmp-reset`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-reset-mmp-status
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

    /// `POST /api/v5/account/mmp-reset`: “Reset MMP Status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-reset-mmp-status
    public static func resetMMPStatus(_ request: ResetMMPStatus.Request) -> Endpoint<[ResetMMPStatus.Response]> {
        .apiPost(ResetMMPStatus.path, request)
    }

    /// `POST /api/v5/account/move-positions`: “Move positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-move-positions
    public enum MovePositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/move-positions"
        /// The parameters of `POST /api/v5/account/move-positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-move-positions
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct Legs: APIRequestFields {
                /// A nested object of the request.
                public struct From: APIRequestFields {
                    /// `posId`: text; required.
                    public var posId: String
                    /// `sz`: a decimal number (a string on the wire); required.
                    public var sz: Decimal
                    /// `side`: one of a documented set of values (unknown values are kept); required.
                    public var side: Side
                    /// A request with the given parameters; nil ones are not sent.
                    public init(posId: String, sz: Decimal, side: Side) {
                        self.posId = posId
                        self.sz = sz
                        self.side = side
                    }
                    /// The parameters as sent, in documented order.
                    public var parameters: APIParameters {
                        var p = APIParameters()
                        p.add("posId", posId)
                        p.add("sz", sz)
                        p.add("side", side)
                        return p
                    }
                }
                /// A nested object of the request.
                public struct To: APIRequestFields {
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public var tdMode: TdMode?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public var posSide: PosSide?
                    /// `ccy`: text.
                    public var ccy: String?
                    /// A request with the given parameters; nil ones are not sent.
                    public init(tdMode: TdMode? = nil, posSide: PosSide? = nil, ccy: String? = nil) {
                        self.tdMode = tdMode
                        self.posSide = posSide
                        self.ccy = ccy
                    }
                    /// The parameters as sent, in documented order.
                    public var parameters: APIParameters {
                        var p = APIParameters()
                        p.add("tdMode", tdMode)
                        p.add("posSide", posSide)
                        p.add("ccy", ccy)
                        return p
                    }
                }
                /// `from`: a nested object; required.
                public var from: From
                /// `to`: a nested object; required.
                public var to: To
                /// A request with the given parameters; nil ones are not sent.
                public init(from: From, to: To) {
                    self.from = from
                    self.to = to
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("from", from)
                    p.add("to", to)
                    return p
                }
            }
            /// `fromAcct`: text; required.
            public var fromAcct: String
            /// `toAcct`: text; required.
            public var toAcct: String
            /// `legs`: a list of nested objects; required.
            public var legs: [Legs]
            /// `clientId`: text; required.
            public var clientId: String
            /// A request with the given parameters; nil ones are not sent.
            public init(fromAcct: String, toAcct: String, legs: [Legs], clientId: String) {
                self.fromAcct = fromAcct
                self.toAcct = toAcct
                self.legs = legs
                self.clientId = clientId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("fromAcct", fromAcct)
                p.add("toAcct", toAcct)
                p.add("legs", legs)
                p.add("clientId", clientId)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/move-positions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-move-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct From: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `posId`: text.
                    public let posId: String?
                    /// `px`: a decimal number (a string on the wire).
                    public let px: Decimal?
                    /// `side`: one of a documented set of values (unknown values are kept).
                    public let side: Side?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `sCode`: text.
                    public let sCode: String?
                    /// `sMsg`: text.
                    public let sMsg: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.posId = try c.apiText("posId")
                        self.px = try c.apiDecimal("px")
                        self.side = try c.apiEnum("side")
                        self.sz = try c.apiDecimal("sz")
                        self.sCode = try c.apiText("sCode")
                        self.sMsg = try c.apiText("sMsg")
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
                            case 0xCB001F3576271CCC: if v1 < 0, m.isKey("posId") { v1 = m.value }
                            case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                            case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                            case 0x08D94407B5794688: if v4 < 0, m.isKey("sz") { v4 = m.value }
                            case 0xE8586107E6A04F6F: if v5 < 0, m.isKey("sCode") { v5 = m.value }
                            case 0x882D4C1998C80717: if v6 < 0, m.isKey("sMsg") { v6 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.posId = try d.directText(v1)
                        self.px = try d.directDecimal(v2)
                        self.side = try d.directEnum(v3)
                        self.sz = try d.directDecimal(v4)
                        self.sCode = try d.directText(v5)
                        self.sMsg = try d.directText(v6)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteText(self.posId, "posId")
                        try c.apiWriteDecimal(self.px, "px")
                        try c.apiWriteEnum(self.side, "side")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteText(self.sCode, "sCode")
                        try c.apiWriteText(self.sMsg, "sMsg")
                    }
                }
                /// A nested object of the response.
                public struct To: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `side`: one of a documented set of values (unknown values are kept).
                    public let side: Side?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public let posSide: PosSide?
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public let tdMode: TdMode?
                    /// `px`: a decimal number (a string on the wire).
                    public let px: Decimal?
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `sCode`: text.
                    public let sCode: String?
                    /// `sMsg`: text.
                    public let sMsg: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.side = try c.apiEnum("side")
                        self.posSide = try c.apiEnum("posSide")
                        self.tdMode = try c.apiEnum("tdMode")
                        self.px = try c.apiDecimal("px")
                        self.ccy = try c.apiText("ccy")
                        self.sCode = try c.apiText("sCode")
                        self.sMsg = try c.apiText("sMsg")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x4E0C8A18E635803E: if v1 < 0, m.isKey("side") { v1 = m.value }
                            case 0x297B967F0EEA27C2: if v2 < 0, m.isKey("posSide") { v2 = m.value }
                            case 0x74FC9DE3D6168692: if v3 < 0, m.isKey("tdMode") { v3 = m.value }
                            case 0x08D55007B5757215: if v4 < 0, m.isKey("px") { v4 = m.value }
                            case 0xF5DBFE190CDE752E: if v5 < 0, m.isKey("ccy") { v5 = m.value }
                            case 0xE8586107E6A04F6F: if v6 < 0, m.isKey("sCode") { v6 = m.value }
                            case 0x882D4C1998C80717: if v7 < 0, m.isKey("sMsg") { v7 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.side = try d.directEnum(v1)
                        self.posSide = try d.directEnum(v2)
                        self.tdMode = try d.directEnum(v3)
                        self.px = try d.directDecimal(v4)
                        self.ccy = try d.directText(v5)
                        self.sCode = try d.directText(v6)
                        self.sMsg = try d.directText(v7)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteEnum(self.side, "side")
                        try c.apiWriteEnum(self.posSide, "posSide")
                        try c.apiWriteEnum(self.tdMode, "tdMode")
                        try c.apiWriteDecimal(self.px, "px")
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteText(self.sCode, "sCode")
                        try c.apiWriteText(self.sMsg, "sMsg")
                    }
                }
                /// `from`: a nested object.
                public let from: From?
                /// `to`: a nested object.
                public let to: To?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.from = try c.apiNested("from")
                    self.to = try c.apiNested("to")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x7F845078D7A5C0B5: if v0 < 0, m.isKey("from") { v0 = m.value }
                        case 0x08C83907B56AC0A4: if v1 < 0, m.isKey("to") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.from = try d.directNested(v0)
                    self.to = try d.directNested(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteNested(self.from, "from")
                    try c.apiWriteNested(self.to, "to")
                }
            }
            /// `code`: text.
            public let code: String?
            /// `msg`: text.
            public let msg: String?
            /// `blockTdId`: text.
            public let blockTdId: String
            /// `clientId`: text.
            public let clientId: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `fromAcct`: text.
            public let fromAcct: String?
            /// `toAcct`: text.
            public let toAcct: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.code = try c.apiText("code")
                self.msg = try c.apiText("msg")
                self.blockTdId = try c.apiRequiredText("blockTdId")
                self.clientId = try c.apiText("clientId")
                self.state = try c.apiEnum("state")
                self.fromAcct = try c.apiText("fromAcct")
                self.toAcct = try c.apiText("toAcct")
                self.legs = try c.apiNested("legs")
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
                while let h = try m.next() {
                    switch h {
                    case 0x0BB51791194B4414: if v0 < 0, m.isKey("code") { v0 = m.value }
                    case 0x07E05A191745BE82: if v1 < 0, m.isKey("msg") { v1 = m.value }
                    case 0xC16E30FBA7DD82BF: if v2 < 0, m.isKey("blockTdId") { v2 = m.value }
                    case 0xB4E5A7D207CA8483: if v3 < 0, m.isKey("clientId") { v3 = m.value }
                    case 0xEE63AAAD45B1B116: if v4 < 0, m.isKey("state") { v4 = m.value }
                    case 0x14BC0994AE77CCBA: if v5 < 0, m.isKey("fromAcct") { v5 = m.value }
                    case 0x8E6EB2A8CD34A813: if v6 < 0, m.isKey("toAcct") { v6 = m.value }
                    case 0x24B477ADA208116C: if v7 < 0, m.isKey("legs") { v7 = m.value }
                    case 0x08C83D07B56AC770: if v8 < 0, m.isKey("ts") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.code = try d.directText(v0)
                self.msg = try d.directText(v1)
                self.blockTdId = try d.directRequiredText(v2, "blockTdId")
                self.clientId = try d.directText(v3)
                self.state = try d.directEnum(v4)
                self.fromAcct = try d.directText(v5)
                self.toAcct = try d.directText(v6)
                self.legs = try d.directNested(v7)
                self.ts = try d.directDate(v8)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.code, "code")
                try c.apiWriteText(self.msg, "msg")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteText(self.fromAcct, "fromAcct")
                try c.apiWriteText(self.toAcct, "toAcct")
                try c.apiWriteNested(self.legs, "legs")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/account/move-positions`: “Move positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-move-positions
    public static func movePositions(_ request: MovePositions.Request) -> Endpoint<[MovePositions.Response]> {
        .apiPost(MovePositions.path, request)
    }

    /// `GET /api/v5/account/move-positions-history`: “Get move positions history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-move-positions-history
    public enum GetMovePositionsHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/move-positions-history"
        /// The parameters of `GET /api/v5/account/move-positions-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-move-positions-history
        public struct Request: APIRequestFields {
            /// `blockTdId`: text.
            public var blockTdId: String?
            /// `clientId`: text.
            public var clientId: String?
            /// `beginTs`: a time (epoch milliseconds on the wire).
            public var beginTs: Date?
            /// `endTs`: a time (epoch milliseconds on the wire).
            public var endTs: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// A request with the given parameters; nil ones are not sent.
            public init(blockTdId: String? = nil, clientId: String? = nil, beginTs: Date? = nil, endTs: Date? = nil, limit: Int? = nil, state: State? = nil) {
                self.blockTdId = blockTdId
                self.clientId = clientId
                self.beginTs = beginTs
                self.endTs = endTs
                self.limit = limit
                self.state = state
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("blockTdId", blockTdId)
                p.add("clientId", clientId)
                p.add("beginTs", beginTs)
                p.add("endTs", endTs)
                p.add("limit", limit)
                p.add("state", state)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/move-positions-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-move-positions-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Legs: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct From: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `posId`: text.
                    public let posId: String?
                    /// `px`: a decimal number (a string on the wire).
                    public let px: Decimal?
                    /// `side`: one of a documented set of values (unknown values are kept).
                    public let side: Side?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.posId = try c.apiText("posId")
                        self.px = try c.apiDecimal("px")
                        self.side = try c.apiEnum("side")
                        self.sz = try c.apiDecimal("sz")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0xCB001F3576271CCC: if v1 < 0, m.isKey("posId") { v1 = m.value }
                            case 0x08D55007B5757215: if v2 < 0, m.isKey("px") { v2 = m.value }
                            case 0x4E0C8A18E635803E: if v3 < 0, m.isKey("side") { v3 = m.value }
                            case 0x08D94407B5794688: if v4 < 0, m.isKey("sz") { v4 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.posId = try d.directText(v1)
                        self.px = try d.directDecimal(v2)
                        self.side = try d.directEnum(v3)
                        self.sz = try d.directDecimal(v4)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteText(self.posId, "posId")
                        try c.apiWriteDecimal(self.px, "px")
                        try c.apiWriteEnum(self.side, "side")
                        try c.apiWriteDecimal(self.sz, "sz")
                    }
                }
                /// A nested object of the response.
                public struct To: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `px`: a decimal number (a string on the wire).
                    public let px: Decimal?
                    /// `side`: one of a documented set of values (unknown values are kept).
                    public let side: Side?
                    /// `sz`: a decimal number (a string on the wire).
                    public let sz: Decimal?
                    /// `tdMode`: one of a documented set of values (unknown values are kept).
                    public let tdMode: TdMode?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public let posSide: PosSide?
                    /// `ccy`: text.
                    public let ccy: String?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.px = try c.apiDecimal("px")
                        self.side = try c.apiEnum("side")
                        self.sz = try c.apiDecimal("sz")
                        self.tdMode = try c.apiEnum("tdMode")
                        self.posSide = try c.apiEnum("posSide")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0x08D55007B5757215: if v1 < 0, m.isKey("px") { v1 = m.value }
                            case 0x4E0C8A18E635803E: if v2 < 0, m.isKey("side") { v2 = m.value }
                            case 0x08D94407B5794688: if v3 < 0, m.isKey("sz") { v3 = m.value }
                            case 0x74FC9DE3D6168692: if v4 < 0, m.isKey("tdMode") { v4 = m.value }
                            case 0x297B967F0EEA27C2: if v5 < 0, m.isKey("posSide") { v5 = m.value }
                            case 0xF5DBFE190CDE752E: if v6 < 0, m.isKey("ccy") { v6 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.px = try d.directDecimal(v1)
                        self.side = try d.directEnum(v2)
                        self.sz = try d.directDecimal(v3)
                        self.tdMode = try d.directEnum(v4)
                        self.posSide = try d.directEnum(v5)
                        self.ccy = try d.directText(v6)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteDecimal(self.px, "px")
                        try c.apiWriteEnum(self.side, "side")
                        try c.apiWriteDecimal(self.sz, "sz")
                        try c.apiWriteEnum(self.tdMode, "tdMode")
                        try c.apiWriteEnum(self.posSide, "posSide")
                        try c.apiWriteText(self.ccy, "ccy")
                    }
                }
                /// `from`: a nested object.
                public let from: From?
                /// `to`: a nested object.
                public let to: To?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.from = try c.apiNested("from")
                    self.to = try c.apiNested("to")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x7F845078D7A5C0B5: if v0 < 0, m.isKey("from") { v0 = m.value }
                        case 0x08C83907B56AC0A4: if v1 < 0, m.isKey("to") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.from = try d.directNested(v0)
                    self.to = try d.directNested(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteNested(self.from, "from")
                    try c.apiWriteNested(self.to, "to")
                }
            }
            /// `clientId`: text.
            public let clientId: String?
            /// `blockTdId`: text.
            public let blockTdId: String
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `fromAcct`: text.
            public let fromAcct: String?
            /// `toAcct`: text.
            public let toAcct: String?
            /// `legs`: a list of nested objects.
            public let legs: [Legs]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.clientId = try c.apiText("clientId")
                self.blockTdId = try c.apiRequiredText("blockTdId")
                self.state = try c.apiEnum("state")
                self.ts = try c.apiDate("ts")
                self.fromAcct = try c.apiText("fromAcct")
                self.toAcct = try c.apiText("toAcct")
                self.legs = try c.apiNested("legs")
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
                    case 0xB4E5A7D207CA8483: if v0 < 0, m.isKey("clientId") { v0 = m.value }
                    case 0xC16E30FBA7DD82BF: if v1 < 0, m.isKey("blockTdId") { v1 = m.value }
                    case 0xEE63AAAD45B1B116: if v2 < 0, m.isKey("state") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    case 0x14BC0994AE77CCBA: if v4 < 0, m.isKey("fromAcct") { v4 = m.value }
                    case 0x8E6EB2A8CD34A813: if v5 < 0, m.isKey("toAcct") { v5 = m.value }
                    case 0x24B477ADA208116C: if v6 < 0, m.isKey("legs") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.clientId = try d.directText(v0)
                self.blockTdId = try d.directRequiredText(v1, "blockTdId")
                self.state = try d.directEnum(v2)
                self.ts = try d.directDate(v3)
                self.fromAcct = try d.directText(v4)
                self.toAcct = try d.directText(v5)
                self.legs = try d.directNested(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.clientId, "clientId")
                try c.apiWriteText(self.blockTdId, "blockTdId")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteText(self.fromAcct, "fromAcct")
                try c.apiWriteText(self.toAcct, "toAcct")
                try c.apiWriteNested(self.legs, "legs")
            }
        }
    }

    /// `GET /api/v5/account/move-positions-history`: “Get move positions history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-move-positions-history
    public static func getMovePositionsHistory(_ request: GetMovePositionsHistory.Request = .init()) -> Endpoint<[GetMovePositionsHistory.Response]> {
        .apiGet(GetMovePositionsHistory.path, request)
    }

    /// `POST /api/v5/account/position-builder`: “Position builder (new)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-new
    public enum PositionBuilderNew {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/position-builder"
        /// The parameters of `POST /api/v5/account/position-builder`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-new
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct SimPos: APIRequestFields {
                /// `instId`: text; required.
                public var instId: String
                /// `pos`: a decimal number (a string on the wire); required.
                public var pos: Decimal
                /// `avgPx`: a decimal number (a string on the wire); required.
                public var avgPx: Decimal
                /// `lever`: a decimal number (a string on the wire).
                public var lever: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(instId: String, pos: Decimal, avgPx: Decimal, lever: Decimal? = nil) {
                    self.instId = instId
                    self.pos = pos
                    self.avgPx = avgPx
                    self.lever = lever
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instId", instId)
                    p.add("pos", pos)
                    p.add("avgPx", avgPx)
                    p.add("lever", lever)
                    return p
                }
            }
            /// A nested object of the request.
            public struct SimAsset: APIRequestFields {
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
            /// `acctLv`: one of a documented set of values (unknown values are kept).
            public var acctLv: AcctLv?
            /// `inclRealPosAndEq`: a boolean.
            public var inclRealPosAndEq: Bool?
            /// `lever`: a decimal number (a string on the wire).
            public var lever: Decimal?
            /// `simPos`: a list of nested objects.
            public var simPos: [SimPos]?
            /// `simAsset`: a list of nested objects.
            public var simAsset: [SimAsset]?
            /// `greeksType`: one of a documented set of values (unknown values are kept).
            public var greeksType: GreeksType?
            /// `idxVol`: a decimal number (a string on the wire).
            public var idxVol: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(acctLv: AcctLv? = nil, inclRealPosAndEq: Bool? = nil, lever: Decimal? = nil, simPos: [SimPos]? = nil, simAsset: [SimAsset]? = nil, greeksType: GreeksType? = nil, idxVol: Decimal? = nil) {
                self.acctLv = acctLv
                self.inclRealPosAndEq = inclRealPosAndEq
                self.lever = lever
                self.simPos = simPos
                self.simAsset = simAsset
                self.greeksType = greeksType
                self.idxVol = idxVol
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("acctLv", acctLv)
                p.add("inclRealPosAndEq", inclRealPosAndEq)
                p.add("lever", lever)
                p.add("simPos", simPos)
                p.add("simAsset", simAsset)
                p.add("greeksType", greeksType)
                p.add("idxVol", idxVol)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/position-builder`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-new
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Assets: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `availEq`: a decimal number (a string on the wire).
                public let availEq: Decimal?
                /// `spotInUse`: a decimal number (a string on the wire).
                public let spotInUse: Decimal?
                /// `borrowMmr`: a decimal number (a string on the wire); deprecated.
                public let borrowMmr: Decimal?
                /// `borrowImr`: a decimal number (a string on the wire).
                public let borrowImr: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.availEq = try c.apiDecimal("availEq")
                    self.spotInUse = try c.apiDecimal("spotInUse")
                    self.borrowMmr = try c.apiDecimal("borrowMmr")
                    self.borrowImr = try c.apiDecimal("borrowImr")
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
                        case 0x809D173B0ABEF57A: if v1 < 0, m.isKey("availEq") { v1 = m.value }
                        case 0x51B3B2D8E6E49EC1: if v2 < 0, m.isKey("spotInUse") { v2 = m.value }
                        case 0xDBCAC1D0F41035D4: if v3 < 0, m.isKey("borrowMmr") { v3 = m.value }
                        case 0xBABC05D0E1C9A680: if v4 < 0, m.isKey("borrowImr") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.availEq = try d.directDecimal(v1)
                    self.spotInUse = try d.directDecimal(v2)
                    self.borrowMmr = try d.directDecimal(v3)
                    self.borrowImr = try d.directDecimal(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.availEq, "availEq")
                    try c.apiWriteDecimal(self.spotInUse, "spotInUse")
                    try c.apiWriteDecimal(self.borrowMmr, "borrowMmr")
                    try c.apiWriteDecimal(self.borrowImr, "borrowImr")
                }
            }
            /// A nested object of the response.
            public struct RiskUnitData: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Mr1Scenarios: Codable, Sendable, TapeDirect {
                    /// A nested object of the response.
                    public struct VolShockDown: Codable, Sendable, TapeDirect {
                        /// The docs list no fields for this item.
                        public init(from decoder: any Decoder) throws {}
                        /// Reads nothing, like `init(from:)`.
                        package init(tape: JSONTape, at index: Int32) throws {}
                        /// Writes an empty object.
                        public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
                    }
                    /// A nested object of the response.
                    public struct VolSame: Codable, Sendable, TapeDirect {
                        /// The docs list no fields for this item.
                        public init(from decoder: any Decoder) throws {}
                        /// Reads nothing, like `init(from:)`.
                        package init(tape: JSONTape, at index: Int32) throws {}
                        /// Writes an empty object.
                        public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
                    }
                    /// A nested object of the response.
                    public struct VolShockUp: Codable, Sendable, TapeDirect {
                        /// The docs list no fields for this item.
                        public init(from decoder: any Decoder) throws {}
                        /// Reads nothing, like `init(from:)`.
                        package init(tape: JSONTape, at index: Int32) throws {}
                        /// Writes an empty object.
                        public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
                    }
                    /// `volShockDown`: a nested object.
                    public let volShockDown: VolShockDown?
                    /// `volSame`: a nested object.
                    public let volSame: VolSame?
                    /// `volShockUp`: a nested object.
                    public let volShockUp: VolShockUp?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.volShockDown = try c.apiNested("volShockDown")
                        self.volSame = try c.apiNested("volSame")
                        self.volShockUp = try c.apiNested("volShockUp")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x71884D1471276554: if v0 < 0, m.isKey("volShockDown") { v0 = m.value }
                            case 0x549AAB7A27D396A4: if v1 < 0, m.isKey("volSame") { v1 = m.value }
                            case 0xCEF2BA685F956535: if v2 < 0, m.isKey("volShockUp") { v2 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.volShockDown = try d.directNested(v0)
                        self.volSame = try d.directNested(v1)
                        self.volShockUp = try d.directNested(v2)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteNested(self.volShockDown, "volShockDown")
                        try c.apiWriteNested(self.volSame, "volSame")
                        try c.apiWriteNested(self.volShockUp, "volShockUp")
                    }
                }
                /// A nested object of the response.
                public struct Mr1FinalResult: Codable, Sendable, TapeDirect {
                    /// `pnl`: a decimal number (a string on the wire).
                    public let pnl: Decimal?
                    /// `spotShock`: a decimal number (a string on the wire).
                    public let spotShock: Decimal?
                    /// `volShock`: one of a documented set of values (unknown values are kept).
                    public let volShock: VolShock?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.pnl = try c.apiDecimal("pnl")
                        self.spotShock = try c.apiDecimal("spotShock")
                        self.volShock = try c.apiEnum("volShock")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        var v2: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x779E7A1956519EED: if v0 < 0, m.isKey("pnl") { v0 = m.value }
                            case 0xC43F71FEC6AE8D29: if v1 < 0, m.isKey("spotShock") { v1 = m.value }
                            case 0x4FB9F5563CD43908: if v2 < 0, m.isKey("volShock") { v2 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.pnl = try d.directDecimal(v0)
                        self.spotShock = try d.directDecimal(v1)
                        self.volShock = try d.directEnum(v2)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteDecimal(self.pnl, "pnl")
                        try c.apiWriteDecimal(self.spotShock, "spotShock")
                        try c.apiWriteEnum(self.volShock, "volShock")
                    }
                }
                /// A nested object of the response.
                public struct Mr6FinalResult: Codable, Sendable, TapeDirect {
                    /// `pnl`: a decimal number (a string on the wire).
                    public let pnl: Decimal?
                    /// `spotShock`: a decimal number (a string on the wire).
                    public let spotShock: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.pnl = try c.apiDecimal("pnl")
                        self.spotShock = try c.apiDecimal("spotShock")
                    }
                    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                    package init(tape: JSONTape, at index: Int32) throws {
                        var m = try TapeObject(tape, index)
                        var v0: Int32 = -1
                        var v1: Int32 = -1
                        while let h = try m.next() {
                            switch h {
                            case 0x779E7A1956519EED: if v0 < 0, m.isKey("pnl") { v0 = m.value }
                            case 0xC43F71FEC6AE8D29: if v1 < 0, m.isKey("spotShock") { v1 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.pnl = try d.directDecimal(v0)
                        self.spotShock = try d.directDecimal(v1)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteDecimal(self.pnl, "pnl")
                        try c.apiWriteDecimal(self.spotShock, "spotShock")
                    }
                }
                /// A nested object of the response.
                public struct Portfolios: Codable, Sendable, TapeDirect {
                    /// `instId`: text.
                    public let instId: String?
                    /// `instType`: one of a documented set of values (unknown values are kept).
                    public let instType: InstType?
                    /// `amt`: a decimal number (a string on the wire).
                    public let amt: Decimal?
                    /// `posSide`: one of a documented set of values (unknown values are kept).
                    public let posSide: PosSide?
                    /// `avgPx`: a decimal number (a string on the wire).
                    public let avgPx: Decimal?
                    /// `markPxBf`: a decimal number (a string on the wire).
                    public let markPxBf: Decimal?
                    /// `markPx`: a decimal number (a string on the wire).
                    public let markPx: Decimal?
                    /// `floatPnl`: a decimal number (a string on the wire).
                    public let floatPnl: Decimal?
                    /// `notionalUsd`: a decimal number (a string on the wire).
                    public let notionalUsd: Decimal?
                    /// `delta`: a decimal number (a string on the wire).
                    public let delta: Decimal?
                    /// `gamma`: a decimal number (a string on the wire).
                    public let gamma: Decimal?
                    /// `theta`: a decimal number (a string on the wire).
                    public let theta: Decimal?
                    /// `vega`: a decimal number (a string on the wire).
                    public let vega: Decimal?
                    /// `isRealPos`: a boolean.
                    public let isRealPos: Bool?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.instId = try c.apiText("instId")
                        self.instType = try c.apiEnum("instType")
                        self.amt = try c.apiDecimal("amt")
                        self.posSide = try c.apiEnum("posSide")
                        self.avgPx = try c.apiDecimal("avgPx")
                        self.markPxBf = try c.apiDecimal("markPxBf")
                        self.markPx = try c.apiDecimal("markPx")
                        self.floatPnl = try c.apiDecimal("floatPnl")
                        self.notionalUsd = try c.apiDecimal("notionalUsd")
                        self.delta = try c.apiDecimal("delta")
                        self.gamma = try c.apiDecimal("gamma")
                        self.theta = try c.apiDecimal("theta")
                        self.vega = try c.apiDecimal("vega")
                        self.isRealPos = try c.apiBoolean("isRealPos")
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
                            case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                            case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                            case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                            case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                            case 0xEC314E92A840CB9B: if v4 < 0, m.isKey("avgPx") { v4 = m.value }
                            case 0xC51DF5A8D76F83D8: if v5 < 0, m.isKey("markPxBf") { v5 = m.value }
                            case 0xED95A32B150C49D8: if v6 < 0, m.isKey("markPx") { v6 = m.value }
                            case 0xDC41DCE015D9058D: if v7 < 0, m.isKey("floatPnl") { v7 = m.value }
                            case 0xFCADCCCEB1F0F653: if v8 < 0, m.isKey("notionalUsd") { v8 = m.value }
                            case 0x52076675EC13A0C1: if v9 < 0, m.isKey("delta") { v9 = m.value }
                            case 0x229176BD1F6BA96A: if v10 < 0, m.isKey("gamma") { v10 = m.value }
                            case 0xEADAB6725DA1DB1B: if v11 < 0, m.isKey("theta") { v11 = m.value }
                            case 0x66FDEA01023FF308: if v12 < 0, m.isKey("vega") { v12 = m.value }
                            case 0x65A4C9806F665471: if v13 < 0, m.isKey("isRealPos") { v13 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.instId = try d.directText(v0)
                        self.instType = try d.directEnum(v1)
                        self.amt = try d.directDecimal(v2)
                        self.posSide = try d.directEnum(v3)
                        self.avgPx = try d.directDecimal(v4)
                        self.markPxBf = try d.directDecimal(v5)
                        self.markPx = try d.directDecimal(v6)
                        self.floatPnl = try d.directDecimal(v7)
                        self.notionalUsd = try d.directDecimal(v8)
                        self.delta = try d.directDecimal(v9)
                        self.gamma = try d.directDecimal(v10)
                        self.theta = try d.directDecimal(v11)
                        self.vega = try d.directDecimal(v12)
                        self.isRealPos = try d.directBoolean(v13)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.instId, "instId")
                        try c.apiWriteEnum(self.instType, "instType")
                        try c.apiWriteDecimal(self.amt, "amt")
                        try c.apiWriteEnum(self.posSide, "posSide")
                        try c.apiWriteDecimal(self.avgPx, "avgPx")
                        try c.apiWriteDecimal(self.markPxBf, "markPxBf")
                        try c.apiWriteDecimal(self.markPx, "markPx")
                        try c.apiWriteDecimal(self.floatPnl, "floatPnl")
                        try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                        try c.apiWriteDecimal(self.delta, "delta")
                        try c.apiWriteDecimal(self.gamma, "gamma")
                        try c.apiWriteDecimal(self.theta, "theta")
                        try c.apiWriteDecimal(self.vega, "vega")
                        try c.apiWriteBoolean(self.isRealPos, "isRealPos")
                    }
                }
                /// `riskUnit`: text.
                public let riskUnit: String?
                /// `mmrBf`: a decimal number (a string on the wire).
                public let mmrBf: Decimal?
                /// `mmr`: a decimal number (a string on the wire).
                public let mmr: Decimal?
                /// `imrBf`: a decimal number (a string on the wire).
                public let imrBf: Decimal?
                /// `imr`: a decimal number (a string on the wire).
                public let imr: Decimal?
                /// `upl`: a decimal number (a string on the wire).
                public let upl: Decimal?
                /// `mr1`: a decimal number (a string on the wire).
                public let mr1: Decimal?
                /// `mr2`: a decimal number (a string on the wire).
                public let mr2: Decimal?
                /// `mr3`: a decimal number (a string on the wire).
                public let mr3: Decimal?
                /// `mr4`: a decimal number (a string on the wire).
                public let mr4: Decimal?
                /// `mr5`: a decimal number (a string on the wire).
                public let mr5: Decimal?
                /// `mr6`: a decimal number (a string on the wire).
                public let mr6: Decimal?
                /// `mr7`: a decimal number (a string on the wire).
                public let mr7: Decimal?
                /// `mr8`: a decimal number (a string on the wire).
                public let mr8: Decimal?
                /// `mr9`: a decimal number (a string on the wire).
                public let mr9: Decimal?
                /// `mr1Scenarios`: a nested object.
                public let mr1Scenarios: Mr1Scenarios?
                /// `mr1FinalResult`: a nested object.
                public let mr1FinalResult: Mr1FinalResult?
                /// `mr6FinalResult`: a nested object.
                public let mr6FinalResult: Mr6FinalResult?
                /// `delta`: a decimal number (a string on the wire).
                public let delta: Decimal?
                /// `gamma`: a decimal number (a string on the wire).
                public let gamma: Decimal?
                /// `theta`: a decimal number (a string on the wire).
                public let theta: Decimal?
                /// `vega`: a decimal number (a string on the wire).
                public let vega: Decimal?
                /// `portfolios`: a list of nested objects.
                public let portfolios: [Portfolios]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.riskUnit = try c.apiText("riskUnit")
                    self.mmrBf = try c.apiDecimal("mmrBf")
                    self.mmr = try c.apiDecimal("mmr")
                    self.imrBf = try c.apiDecimal("imrBf")
                    self.imr = try c.apiDecimal("imr")
                    self.upl = try c.apiDecimal("upl")
                    self.mr1 = try c.apiDecimal("mr1")
                    self.mr2 = try c.apiDecimal("mr2")
                    self.mr3 = try c.apiDecimal("mr3")
                    self.mr4 = try c.apiDecimal("mr4")
                    self.mr5 = try c.apiDecimal("mr5")
                    self.mr6 = try c.apiDecimal("mr6")
                    self.mr7 = try c.apiDecimal("mr7")
                    self.mr8 = try c.apiDecimal("mr8")
                    self.mr9 = try c.apiDecimal("mr9")
                    self.mr1Scenarios = try c.apiNested("mr1Scenarios")
                    self.mr1FinalResult = try c.apiNested("mr1FinalResult")
                    self.mr6FinalResult = try c.apiNested("mr6FinalResult")
                    self.delta = try c.apiDecimal("delta")
                    self.gamma = try c.apiDecimal("gamma")
                    self.theta = try c.apiDecimal("theta")
                    self.vega = try c.apiDecimal("vega")
                    self.portfolios = try c.apiNested("portfolios")
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
                        case 0x142794EE57ABF26C: if v0 < 0, m.isKey("riskUnit") { v0 = m.value }
                        case 0x79524186989F495B: if v1 < 0, m.isKey("mmrBf") { v1 = m.value }
                        case 0x08025F191762AD67: if v2 < 0, m.isKey("mmr") { v2 = m.value }
                        case 0xAC417888CE6C0A87: if v3 < 0, m.isKey("imrBf") { v3 = m.value }
                        case 0x2B9CFB192BD28B9B: if v4 < 0, m.isKey("imr") { v4 = m.value }
                        case 0x4C4887193DC44C04: if v5 < 0, m.isKey("upl") { v5 = m.value }
                        case 0x07DCA01917424C9D: if v6 < 0, m.isKey("mr1") { v6 = m.value }
                        case 0x07DC9D1917424784: if v7 < 0, m.isKey("mr2") { v7 = m.value }
                        case 0x07DC9E1917424937: if v8 < 0, m.isKey("mr3") { v8 = m.value }
                        case 0x07DC9B191742441E: if v9 < 0, m.isKey("mr4") { v9 = m.value }
                        case 0x07DC9C19174245D1: if v10 < 0, m.isKey("mr5") { v10 = m.value }
                        case 0x07DC9919174240B8: if v11 < 0, m.isKey("mr6") { v11 = m.value }
                        case 0x07DC9A191742426B: if v12 < 0, m.isKey("mr7") { v12 = m.value }
                        case 0x07DC971917423D52: if v13 < 0, m.isKey("mr8") { v13 = m.value }
                        case 0x07DC981917423F05: if v14 < 0, m.isKey("mr9") { v14 = m.value }
                        case 0x0793E3BA45F3D6CC: if v15 < 0, m.isKey("mr1Scenarios") { v15 = m.value }
                        case 0x5B78401D83941B96: if v16 < 0, m.isKey("mr1FinalResult") { v16 = m.value }
                        case 0x0D2F4584DE6E3459: if v17 < 0, m.isKey("mr6FinalResult") { v17 = m.value }
                        case 0x52076675EC13A0C1: if v18 < 0, m.isKey("delta") { v18 = m.value }
                        case 0x229176BD1F6BA96A: if v19 < 0, m.isKey("gamma") { v19 = m.value }
                        case 0xEADAB6725DA1DB1B: if v20 < 0, m.isKey("theta") { v20 = m.value }
                        case 0x66FDEA01023FF308: if v21 < 0, m.isKey("vega") { v21 = m.value }
                        case 0x60A6234E912B4B10: if v22 < 0, m.isKey("portfolios") { v22 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.riskUnit = try d.directText(v0)
                    self.mmrBf = try d.directDecimal(v1)
                    self.mmr = try d.directDecimal(v2)
                    self.imrBf = try d.directDecimal(v3)
                    self.imr = try d.directDecimal(v4)
                    self.upl = try d.directDecimal(v5)
                    self.mr1 = try d.directDecimal(v6)
                    self.mr2 = try d.directDecimal(v7)
                    self.mr3 = try d.directDecimal(v8)
                    self.mr4 = try d.directDecimal(v9)
                    self.mr5 = try d.directDecimal(v10)
                    self.mr6 = try d.directDecimal(v11)
                    self.mr7 = try d.directDecimal(v12)
                    self.mr8 = try d.directDecimal(v13)
                    self.mr9 = try d.directDecimal(v14)
                    self.mr1Scenarios = try d.directNested(v15)
                    self.mr1FinalResult = try d.directNested(v16)
                    self.mr6FinalResult = try d.directNested(v17)
                    self.delta = try d.directDecimal(v18)
                    self.gamma = try d.directDecimal(v19)
                    self.theta = try d.directDecimal(v20)
                    self.vega = try d.directDecimal(v21)
                    self.portfolios = try d.directNested(v22)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.riskUnit, "riskUnit")
                    try c.apiWriteDecimal(self.mmrBf, "mmrBf")
                    try c.apiWriteDecimal(self.mmr, "mmr")
                    try c.apiWriteDecimal(self.imrBf, "imrBf")
                    try c.apiWriteDecimal(self.imr, "imr")
                    try c.apiWriteDecimal(self.upl, "upl")
                    try c.apiWriteDecimal(self.mr1, "mr1")
                    try c.apiWriteDecimal(self.mr2, "mr2")
                    try c.apiWriteDecimal(self.mr3, "mr3")
                    try c.apiWriteDecimal(self.mr4, "mr4")
                    try c.apiWriteDecimal(self.mr5, "mr5")
                    try c.apiWriteDecimal(self.mr6, "mr6")
                    try c.apiWriteDecimal(self.mr7, "mr7")
                    try c.apiWriteDecimal(self.mr8, "mr8")
                    try c.apiWriteDecimal(self.mr9, "mr9")
                    try c.apiWriteNested(self.mr1Scenarios, "mr1Scenarios")
                    try c.apiWriteNested(self.mr1FinalResult, "mr1FinalResult")
                    try c.apiWriteNested(self.mr6FinalResult, "mr6FinalResult")
                    try c.apiWriteDecimal(self.delta, "delta")
                    try c.apiWriteDecimal(self.gamma, "gamma")
                    try c.apiWriteDecimal(self.theta, "theta")
                    try c.apiWriteDecimal(self.vega, "vega")
                    try c.apiWriteNested(self.portfolios, "portfolios")
                }
            }
            /// A nested object of the response.
            public struct Positions: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `instType`: one of a documented set of values (unknown values are kept).
                public let instType: InstType?
                /// `amt`: a decimal number (a string on the wire).
                public let amt: Decimal?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `avgPx`: a decimal number (a string on the wire).
                public let avgPx: Decimal?
                /// `markPxBf`: a decimal number (a string on the wire).
                public let markPxBf: Decimal?
                /// `markPx`: a decimal number (a string on the wire).
                public let markPx: Decimal?
                /// `floatPnl`: a decimal number (a string on the wire).
                public let floatPnl: Decimal?
                /// `imrBf`: a decimal number (a string on the wire).
                public let imrBf: Decimal?
                /// `imr`: a decimal number (a string on the wire).
                public let imr: Decimal?
                /// `mgnRatio`: a decimal number (a string on the wire).
                public let mgnRatio: Decimal?
                /// `lever`: a decimal number (a string on the wire).
                public let lever: Decimal?
                /// `notionalUsd`: a decimal number (a string on the wire).
                public let notionalUsd: Decimal?
                /// `isRealPos`: a boolean.
                public let isRealPos: Bool?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.instType = try c.apiEnum("instType")
                    self.amt = try c.apiDecimal("amt")
                    self.posSide = try c.apiEnum("posSide")
                    self.avgPx = try c.apiDecimal("avgPx")
                    self.markPxBf = try c.apiDecimal("markPxBf")
                    self.markPx = try c.apiDecimal("markPx")
                    self.floatPnl = try c.apiDecimal("floatPnl")
                    self.imrBf = try c.apiDecimal("imrBf")
                    self.imr = try c.apiDecimal("imr")
                    self.mgnRatio = try c.apiDecimal("mgnRatio")
                    self.lever = try c.apiDecimal("lever")
                    self.notionalUsd = try c.apiDecimal("notionalUsd")
                    self.isRealPos = try c.apiBoolean("isRealPos")
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
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                        case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                        case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                        case 0xEC314E92A840CB9B: if v4 < 0, m.isKey("avgPx") { v4 = m.value }
                        case 0xC51DF5A8D76F83D8: if v5 < 0, m.isKey("markPxBf") { v5 = m.value }
                        case 0xED95A32B150C49D8: if v6 < 0, m.isKey("markPx") { v6 = m.value }
                        case 0xDC41DCE015D9058D: if v7 < 0, m.isKey("floatPnl") { v7 = m.value }
                        case 0xAC417888CE6C0A87: if v8 < 0, m.isKey("imrBf") { v8 = m.value }
                        case 0x2B9CFB192BD28B9B: if v9 < 0, m.isKey("imr") { v9 = m.value }
                        case 0x6B9EDB438FE542B0: if v10 < 0, m.isKey("mgnRatio") { v10 = m.value }
                        case 0xE8DDCB0A9D7C7403: if v11 < 0, m.isKey("lever") { v11 = m.value }
                        case 0xFCADCCCEB1F0F653: if v12 < 0, m.isKey("notionalUsd") { v12 = m.value }
                        case 0x65A4C9806F665471: if v13 < 0, m.isKey("isRealPos") { v13 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.instType = try d.directEnum(v1)
                    self.amt = try d.directDecimal(v2)
                    self.posSide = try d.directEnum(v3)
                    self.avgPx = try d.directDecimal(v4)
                    self.markPxBf = try d.directDecimal(v5)
                    self.markPx = try d.directDecimal(v6)
                    self.floatPnl = try d.directDecimal(v7)
                    self.imrBf = try d.directDecimal(v8)
                    self.imr = try d.directDecimal(v9)
                    self.mgnRatio = try d.directDecimal(v10)
                    self.lever = try d.directDecimal(v11)
                    self.notionalUsd = try d.directDecimal(v12)
                    self.isRealPos = try d.directBoolean(v13)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteEnum(self.instType, "instType")
                    try c.apiWriteDecimal(self.amt, "amt")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteDecimal(self.avgPx, "avgPx")
                    try c.apiWriteDecimal(self.markPxBf, "markPxBf")
                    try c.apiWriteDecimal(self.markPx, "markPx")
                    try c.apiWriteDecimal(self.floatPnl, "floatPnl")
                    try c.apiWriteDecimal(self.imrBf, "imrBf")
                    try c.apiWriteDecimal(self.imr, "imr")
                    try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    try c.apiWriteDecimal(self.lever, "lever")
                    try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                    try c.apiWriteBoolean(self.isRealPos, "isRealPos")
                }
            }
            /// `eq`: a decimal number (a string on the wire).
            public let eq: Decimal?
            /// `totalMmr`: a decimal number (a string on the wire).
            public let totalMmr: Decimal?
            /// `totalImr`: a decimal number (a string on the wire).
            public let totalImr: Decimal?
            /// `borrowMmr`: a decimal number (a string on the wire).
            public let borrowMmr: Decimal?
            /// `derivMmr`: a decimal number (a string on the wire).
            public let derivMmr: Decimal?
            /// `marginRatio`: a decimal number (a string on the wire).
            public let marginRatio: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `acctLever`: a decimal number (a string on the wire).
            public let acctLever: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `assets`: a list of nested objects.
            public let assets: [Assets]?
            /// `riskUnitData`: a list of nested objects.
            public let riskUnitData: [RiskUnitData]?
            /// `positions`: a list of nested objects.
            public let positions: [Positions]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.eq = try c.apiDecimal("eq")
                self.totalMmr = try c.apiDecimal("totalMmr")
                self.totalImr = try c.apiDecimal("totalImr")
                self.borrowMmr = try c.apiDecimal("borrowMmr")
                self.derivMmr = try c.apiDecimal("derivMmr")
                self.marginRatio = try c.apiDecimal("marginRatio")
                self.upl = try c.apiDecimal("upl")
                self.acctLever = try c.apiDecimal("acctLever")
                self.ts = try c.apiDate("ts")
                self.assets = try c.apiNested("assets")
                self.riskUnitData = try c.apiNested("riskUnitData")
                self.positions = try c.apiNested("positions")
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
                    case 0x088E3B07B5394BC3: if v0 < 0, m.isKey("eq") { v0 = m.value }
                    case 0xB3428D25C70E07AF: if v1 < 0, m.isKey("totalMmr") { v1 = m.value }
                    case 0xD3E42925D8F78EC3: if v2 < 0, m.isKey("totalImr") { v2 = m.value }
                    case 0xDBCAC1D0F41035D4: if v3 < 0, m.isKey("borrowMmr") { v3 = m.value }
                    case 0xEC9A1F025F552F11: if v4 < 0, m.isKey("derivMmr") { v4 = m.value }
                    case 0xF7BD67BE00E9A32E: if v5 < 0, m.isKey("marginRatio") { v5 = m.value }
                    case 0x4C4887193DC44C04: if v6 < 0, m.isKey("upl") { v6 = m.value }
                    case 0x18CCC72E70EC2A32: if v7 < 0, m.isKey("acctLever") { v7 = m.value }
                    case 0x08C83D07B56AC770: if v8 < 0, m.isKey("ts") { v8 = m.value }
                    case 0xF88A72BDB42BAC38: if v9 < 0, m.isKey("assets") { v9 = m.value }
                    case 0xC164B092AD318D14: if v10 < 0, m.isKey("riskUnitData") { v10 = m.value }
                    case 0x0AC7093F4700B5DB: if v11 < 0, m.isKey("positions") { v11 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.eq = try d.directDecimal(v0)
                self.totalMmr = try d.directDecimal(v1)
                self.totalImr = try d.directDecimal(v2)
                self.borrowMmr = try d.directDecimal(v3)
                self.derivMmr = try d.directDecimal(v4)
                self.marginRatio = try d.directDecimal(v5)
                self.upl = try d.directDecimal(v6)
                self.acctLever = try d.directDecimal(v7)
                self.ts = try d.directDate(v8)
                self.assets = try d.directNested(v9)
                self.riskUnitData = try d.directNested(v10)
                self.positions = try d.directNested(v11)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.eq, "eq")
                try c.apiWriteDecimal(self.totalMmr, "totalMmr")
                try c.apiWriteDecimal(self.totalImr, "totalImr")
                try c.apiWriteDecimal(self.borrowMmr, "borrowMmr")
                try c.apiWriteDecimal(self.derivMmr, "derivMmr")
                try c.apiWriteDecimal(self.marginRatio, "marginRatio")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.acctLever, "acctLever")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteNested(self.assets, "assets")
                try c.apiWriteNested(self.riskUnitData, "riskUnitData")
                try c.apiWriteNested(self.positions, "positions")
            }
        }
    }

    /// `POST /api/v5/account/position-builder`: “Position builder (new)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-new
    public static func positionBuilderNew(_ request: PositionBuilderNew.Request = .init()) -> Endpoint<[PositionBuilderNew.Response]> {
        .apiPost(PositionBuilderNew.path, request)
    }

    /// `POST /api/v5/account/position-builder-graph`: “Position builder trend graph”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-trend-graph
    public enum PositionBuilderTrendGraph {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/position-builder-graph"
        /// The parameters of `POST /api/v5/account/position-builder-graph`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-trend-graph
        public struct Request: APIRequestFields {
            /// A nested object of the request.
            public struct SimPos: APIRequestFields {
                /// `instId`: text; required.
                public var instId: String
                /// `pos`: a decimal number (a string on the wire); required.
                public var pos: Decimal
                /// `avgPx`: a decimal number (a string on the wire); required.
                public var avgPx: Decimal
                /// `lever`: a decimal number (a string on the wire).
                public var lever: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(instId: String, pos: Decimal, avgPx: Decimal, lever: Decimal? = nil) {
                    self.instId = instId
                    self.pos = pos
                    self.avgPx = avgPx
                    self.lever = lever
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instId", instId)
                    p.add("pos", pos)
                    p.add("avgPx", avgPx)
                    p.add("lever", lever)
                    return p
                }
            }
            /// A nested object of the request.
            public struct SimAsset: APIRequestFields {
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
            /// A nested object of the request.
            public struct MmrConfig: APIRequestFields {
                /// `acctLv`: one of a documented set of values (unknown values are kept).
                public var acctLv: AcctLv?
                /// `lever`: a decimal number (a string on the wire).
                public var lever: Decimal?
                /// A request with the given parameters; nil ones are not sent.
                public init(acctLv: AcctLv? = nil, lever: Decimal? = nil) {
                    self.acctLv = acctLv
                    self.lever = lever
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("acctLv", acctLv)
                    p.add("lever", lever)
                    return p
                }
            }
            /// `inclRealPosAndEq`: a boolean.
            public var inclRealPosAndEq: Bool?
            /// `simPos`: a list of nested objects.
            public var simPos: [SimPos]?
            /// `simAsset`: a list of nested objects.
            public var simAsset: [SimAsset]?
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `mmrConfig`: a nested object; required.
            public var mmrConfig: MmrConfig
            /// A request with the given parameters; nil ones are not sent.
            public init(inclRealPosAndEq: Bool? = nil, simPos: [SimPos]? = nil, simAsset: [SimAsset]? = nil, type: TypeValue, mmrConfig: MmrConfig) {
                self.inclRealPosAndEq = inclRealPosAndEq
                self.simPos = simPos
                self.simAsset = simAsset
                self.type = type
                self.mmrConfig = mmrConfig
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("inclRealPosAndEq", inclRealPosAndEq)
                p.add("simPos", simPos)
                p.add("simAsset", simAsset)
                p.add("type", type)
                p.add("mmrConfig", mmrConfig)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/position-builder-graph`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-trend-graph
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct MmrData: Codable, Sendable, TapeDirect {
                /// `shockFactor`: a decimal number (a string on the wire).
                public let shockFactor: Decimal?
                /// `mmr`: a decimal number (a string on the wire).
                public let mmr: Decimal?
                /// `mmrRatio`: a decimal number (a string on the wire).
                public let mmrRatio: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.shockFactor = try c.apiDecimal("shockFactor")
                    self.mmr = try c.apiDecimal("mmr")
                    self.mmrRatio = try c.apiDecimal("mmrRatio")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0x7134C209A71A7E6A: if v0 < 0, m.isKey("shockFactor") { v0 = m.value }
                        case 0x08025F191762AD67: if v1 < 0, m.isKey("mmr") { v1 = m.value }
                        case 0x03982031C323AB92: if v2 < 0, m.isKey("mmrRatio") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.shockFactor = try d.directDecimal(v0)
                    self.mmr = try d.directDecimal(v1)
                    self.mmrRatio = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.shockFactor, "shockFactor")
                    try c.apiWriteDecimal(self.mmr, "mmr")
                    try c.apiWriteDecimal(self.mmrRatio, "mmrRatio")
                }
            }
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `mmrData`: a list of nested objects.
            public let mmrData: [MmrData]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.mmrData = try c.apiNested("mmrData")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xF5717310743DFEAF: if v1 < 0, m.isKey("mmrData") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.mmrData = try d.directNested(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteNested(self.mmrData, "mmrData")
            }
        }
    }

    /// `POST /api/v5/account/position-builder-graph`: “Position builder trend graph”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-position-builder-trend-graph
    public static func positionBuilderTrendGraph(_ request: PositionBuilderTrendGraph.Request) -> Endpoint<[PositionBuilderTrendGraph.Response]> {
        .apiPost(PositionBuilderTrendGraph.path, request)
    }

    /// `GET /api/v5/account/position-tiers`: “Get PM position limitation”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-pm-position-limitation
    public enum GetPMPositionLimitation {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/position-tiers"
        /// The parameters of `GET /api/v5/account/position-tiers`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-pm-position-limitation
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text; required.
            public var instFamily: String
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instFamily: String) {
                self.instType = instType
                self.instFamily = instFamily
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/position-tiers`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-pm-position-limitation
        public struct Response: Codable, Sendable, TapeDirect {
            /// `uly`: text.
            public let uly: String?
            /// `instFamily`: text.
            public let instFamily: String?
            /// `maxSz`: a decimal number (a string on the wire).
            public let maxSz: Decimal?
            /// `posType`: one of a documented set of values (unknown values are kept).
            public let posType: PosType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uly = try c.apiText("uly")
                self.instFamily = try c.apiText("instFamily")
                self.maxSz = try c.apiDecimal("maxSz")
                self.posType = try c.apiEnum("posType")
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
                    case 0x4CA79C193E150437: if v0 < 0, m.isKey("uly") { v0 = m.value }
                    case 0x12B1332ACCDE48E5: if v1 < 0, m.isKey("instFamily") { v1 = m.value }
                    case 0x5B2AEDA4C2E16DAC: if v2 < 0, m.isKey("maxSz") { v2 = m.value }
                    case 0xE1E7369769E07D21: if v3 < 0, m.isKey("posType") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uly = try d.directText(v0)
                self.instFamily = try d.directText(v1)
                self.maxSz = try d.directDecimal(v2)
                self.posType = try d.directEnum(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.instFamily, "instFamily")
                try c.apiWriteDecimal(self.maxSz, "maxSz")
                try c.apiWriteEnum(self.posType, "posType")
            }
        }
    }

    /// `GET /api/v5/account/position-tiers`: “Get PM position limitation”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-pm-position-limitation
    public static func getPMPositionLimitation(_ request: GetPMPositionLimitation.Request) -> Endpoint<[GetPMPositionLimitation.Response]> {
        .apiGet(GetPMPositionLimitation.path, request)
    }

    /// `POST /api/v5/account/position/margin-balance`: “Increase/decrease margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-increase-decrease-margin
    public enum IncreaseDecreaseMargin {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/position/margin-balance"
        /// The parameters of `POST /api/v5/account/position/margin-balance`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-increase-decrease-margin
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `posSide`: one of a documented set of values (unknown values are kept); required.
            public var posSide: PosSide
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, posSide: PosSide, type: TypeValue, amt: Decimal, ccy: String? = nil) {
                self.instId = instId
                self.posSide = posSide
                self.type = type
                self.amt = amt
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("posSide", posSide)
                p.add("type", type)
                p.add("amt", amt)
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/position/margin-balance`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-increase-decrease-margin
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instId`: text.
            public let instId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `leverage`: a decimal number (a string on the wire).
            public let leverage: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instId = try c.apiRequiredText("instId")
                self.posSide = try c.apiEnum("posSide")
                self.amt = try c.apiDecimal("amt")
                self.type = try c.apiEnum("type")
                self.leverage = try c.apiDecimal("leverage")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                    case 0x297B967F0EEA27C2: if v1 < 0, m.isKey("posSide") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xA79439EF7BFA9C2D: if v3 < 0, m.isKey("type") { v3 = m.value }
                    case 0xAE7770773B0F87C2: if v4 < 0, m.isKey("leverage") { v4 = m.value }
                    case 0xF5DBFE190CDE752E: if v5 < 0, m.isKey("ccy") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instId = try d.directRequiredText(v0, "instId")
                self.posSide = try d.directEnum(v1)
                self.amt = try d.directDecimal(v2)
                self.type = try d.directEnum(v3)
                self.leverage = try d.directDecimal(v4)
                self.ccy = try d.directText(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteDecimal(self.leverage, "leverage")
                try c.apiWriteText(self.ccy, "ccy")
            }
        }
    }

    /// `POST /api/v5/account/position/margin-balance`: “Increase/decrease margin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-increase-decrease-margin
    public static func increaseDecreaseMargin(_ request: IncreaseDecreaseMargin.Request) -> Endpoint<[IncreaseDecreaseMargin.Response]> {
        .apiPost(IncreaseDecreaseMargin.path, request)
    }

    /// `GET /api/v5/account/positions`: “Get positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions
    public enum GetPositions {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/positions"
        /// The parameters of `GET /api/v5/account/positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `posId`: text.
            public var posId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, posId: String? = nil) {
                self.instType = instType
                self.instId = instId
                self.posId = posId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("posId", posId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/positions`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct CloseOrderAlgo: Codable, Sendable, TapeDirect {
                /// `algoId`: text.
                public let algoId: String?
                /// `slTriggerPx`: a decimal number (a string on the wire).
                public let slTriggerPx: Decimal?
                /// `slTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let slTriggerPxType: SlTriggerPxType?
                /// `tpTriggerPx`: a decimal number (a string on the wire).
                public let tpTriggerPx: Decimal?
                /// `tpTriggerPxType`: one of a documented set of values (unknown values are kept).
                public let tpTriggerPxType: TpTriggerPxType?
                /// `closeFraction`: a decimal number (a string on the wire).
                public let closeFraction: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.algoId = try c.apiText("algoId")
                    self.slTriggerPx = try c.apiDecimal("slTriggerPx")
                    self.slTriggerPxType = try c.apiEnum("slTriggerPxType")
                    self.tpTriggerPx = try c.apiDecimal("tpTriggerPx")
                    self.tpTriggerPxType = try c.apiEnum("tpTriggerPxType")
                    self.closeFraction = try c.apiDecimal("closeFraction")
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
                        case 0x57EE775BF04FA723: if v0 < 0, m.isKey("algoId") { v0 = m.value }
                        case 0x54DE5C06C1B6E122: if v1 < 0, m.isKey("slTriggerPx") { v1 = m.value }
                        case 0x2E071A62AA81C4D2: if v2 < 0, m.isKey("slTriggerPxType") { v2 = m.value }
                        case 0xC25672DCA183922F: if v3 < 0, m.isKey("tpTriggerPx") { v3 = m.value }
                        case 0x5E9E22E1077F8277: if v4 < 0, m.isKey("tpTriggerPxType") { v4 = m.value }
                        case 0x5E2C332589DD04CD: if v5 < 0, m.isKey("closeFraction") { v5 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.algoId = try d.directText(v0)
                    self.slTriggerPx = try d.directDecimal(v1)
                    self.slTriggerPxType = try d.directEnum(v2)
                    self.tpTriggerPx = try d.directDecimal(v3)
                    self.tpTriggerPxType = try d.directEnum(v4)
                    self.closeFraction = try d.directDecimal(v5)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.algoId, "algoId")
                    try c.apiWriteDecimal(self.slTriggerPx, "slTriggerPx")
                    try c.apiWriteEnum(self.slTriggerPxType, "slTriggerPxType")
                    try c.apiWriteDecimal(self.tpTriggerPx, "tpTriggerPx")
                    try c.apiWriteEnum(self.tpTriggerPxType, "tpTriggerPxType")
                    try c.apiWriteDecimal(self.closeFraction, "closeFraction")
                }
            }
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `posId`: text.
            public let posId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pos`: a decimal number (a string on the wire).
            public let pos: Decimal?
            /// `hedgedPos`: a decimal number (a string on the wire).
            public let hedgedPos: Decimal?
            /// `baseBal`: a decimal number (a string on the wire); deprecated.
            public let baseBal: Decimal?
            /// `quoteBal`: a decimal number (a string on the wire); deprecated.
            public let quoteBal: Decimal?
            /// `baseBorrowed`: a decimal number (a string on the wire); deprecated.
            public let baseBorrowed: Decimal?
            /// `baseInterest`: a decimal number (a string on the wire); deprecated.
            public let baseInterest: Decimal?
            /// `quoteBorrowed`: a decimal number (a string on the wire); deprecated.
            public let quoteBorrowed: Decimal?
            /// `quoteInterest`: a decimal number (a string on the wire); deprecated.
            public let quoteInterest: Decimal?
            /// `posCcy`: text.
            public let posCcy: String?
            /// `availPos`: a decimal number (a string on the wire).
            public let availPos: Decimal?
            /// `avgPx`: a decimal number (a string on the wire).
            public let avgPx: Decimal?
            /// `nonSettleAvgPx`: a decimal number (a string on the wire).
            public let nonSettleAvgPx: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `upl`: a decimal number (a string on the wire).
            public let upl: Decimal?
            /// `uplRatio`: a decimal number (a string on the wire).
            public let uplRatio: Decimal?
            /// `uplLastPx`: a decimal number (a string on the wire).
            public let uplLastPx: Decimal?
            /// `uplRatioLastPx`: a decimal number (a string on the wire).
            public let uplRatioLastPx: Decimal?
            /// `instId`: text.
            public let instId: String
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `liqPx`: a decimal number (a string on the wire).
            public let liqPx: Decimal?
            /// `imr`: a decimal number (a string on the wire).
            public let imr: Decimal?
            /// `margin`: a decimal number (a string on the wire).
            public let margin: Decimal?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `mmr`: a decimal number (a string on the wire).
            public let mmr: Decimal?
            /// `liab`: a decimal number (a string on the wire).
            public let liab: Decimal?
            /// `liabCcy`: text.
            public let liabCcy: String?
            /// `interest`: a decimal number (a string on the wire).
            public let interest: Decimal?
            /// `tradeId`: text.
            public let tradeId: String?
            /// `optVal`: a decimal number (a string on the wire).
            public let optVal: Decimal?
            /// `pendingCloseOrdLiabVal`: a decimal number (a string on the wire).
            public let pendingCloseOrdLiabVal: Decimal?
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `adl`: an integer (a string on the wire).
            public let adl: Int?
            /// `ccy`: text.
            public let ccy: String?
            /// `last`: a decimal number (a string on the wire).
            public let last: Decimal?
            /// `idxPx`: a decimal number (a string on the wire).
            public let idxPx: Decimal?
            /// `usdPx`: a decimal number (a string on the wire).
            public let usdPx: Decimal?
            /// `bePx`: a decimal number (a string on the wire).
            public let bePx: Decimal?
            /// `deltaBS`: a decimal number (a string on the wire).
            public let deltaBS: Decimal?
            /// `deltaPA`: a decimal number (a string on the wire).
            public let deltaPA: Decimal?
            /// `gammaBS`: a decimal number (a string on the wire).
            public let gammaBS: Decimal?
            /// `gammaPA`: a decimal number (a string on the wire).
            public let gammaPA: Decimal?
            /// `thetaBS`: a decimal number (a string on the wire).
            public let thetaBS: Decimal?
            /// `thetaPA`: a decimal number (a string on the wire).
            public let thetaPA: Decimal?
            /// `vegaBS`: a decimal number (a string on the wire).
            public let vegaBS: Decimal?
            /// `vegaPA`: a decimal number (a string on the wire).
            public let vegaPA: Decimal?
            /// `spotInUseAmt`: a decimal number (a string on the wire).
            public let spotInUseAmt: Decimal?
            /// `spotInUseCcy`: text.
            public let spotInUseCcy: String?
            /// `clSpotInUseAmt`: a decimal number (a string on the wire).
            public let clSpotInUseAmt: Decimal?
            /// `maxSpotInUseAmt`: a decimal number (a string on the wire).
            public let maxSpotInUseAmt: Decimal?
            /// `bizRefId`: text.
            public let bizRefId: String?
            /// `bizRefType`: text.
            public let bizRefType: String?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `settledPnl`: a decimal number (a string on the wire).
            public let settledPnl: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `liqPenalty`: a decimal number (a string on the wire).
            public let liqPenalty: Decimal?
            /// `closeOrderAlgo`: a list of nested objects.
            public let closeOrderAlgo: [CloseOrderAlgo]?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.posId = try c.apiRequiredText("posId")
                self.posSide = try c.apiEnum("posSide")
                self.pos = try c.apiDecimal("pos")
                self.hedgedPos = try c.apiDecimal("hedgedPos")
                self.baseBal = try c.apiDecimal("baseBal")
                self.quoteBal = try c.apiDecimal("quoteBal")
                self.baseBorrowed = try c.apiDecimal("baseBorrowed")
                self.baseInterest = try c.apiDecimal("baseInterest")
                self.quoteBorrowed = try c.apiDecimal("quoteBorrowed")
                self.quoteInterest = try c.apiDecimal("quoteInterest")
                self.posCcy = try c.apiText("posCcy")
                self.availPos = try c.apiDecimal("availPos")
                self.avgPx = try c.apiDecimal("avgPx")
                self.nonSettleAvgPx = try c.apiDecimal("nonSettleAvgPx")
                self.markPx = try c.apiDecimal("markPx")
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.uplLastPx = try c.apiDecimal("uplLastPx")
                self.uplRatioLastPx = try c.apiDecimal("uplRatioLastPx")
                self.instId = try c.apiRequiredText("instId")
                self.lever = try c.apiDecimal("lever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.imr = try c.apiDecimal("imr")
                self.margin = try c.apiDecimal("margin")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.mmr = try c.apiDecimal("mmr")
                self.liab = try c.apiDecimal("liab")
                self.liabCcy = try c.apiText("liabCcy")
                self.interest = try c.apiDecimal("interest")
                self.tradeId = try c.apiText("tradeId")
                self.optVal = try c.apiDecimal("optVal")
                self.pendingCloseOrdLiabVal = try c.apiDecimal("pendingCloseOrdLiabVal")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.adl = try c.apiInteger("adl")
                self.ccy = try c.apiText("ccy")
                self.last = try c.apiDecimal("last")
                self.idxPx = try c.apiDecimal("idxPx")
                self.usdPx = try c.apiDecimal("usdPx")
                self.bePx = try c.apiDecimal("bePx")
                self.deltaBS = try c.apiDecimal("deltaBS")
                self.deltaPA = try c.apiDecimal("deltaPA")
                self.gammaBS = try c.apiDecimal("gammaBS")
                self.gammaPA = try c.apiDecimal("gammaPA")
                self.thetaBS = try c.apiDecimal("thetaBS")
                self.thetaPA = try c.apiDecimal("thetaPA")
                self.vegaBS = try c.apiDecimal("vegaBS")
                self.vegaPA = try c.apiDecimal("vegaPA")
                self.spotInUseAmt = try c.apiDecimal("spotInUseAmt")
                self.spotInUseCcy = try c.apiText("spotInUseCcy")
                self.clSpotInUseAmt = try c.apiDecimal("clSpotInUseAmt")
                self.maxSpotInUseAmt = try c.apiDecimal("maxSpotInUseAmt")
                self.bizRefId = try c.apiText("bizRefId")
                self.bizRefType = try c.apiText("bizRefType")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.settledPnl = try c.apiDecimal("settledPnl")
                self.pnl = try c.apiDecimal("pnl")
                self.fee = try c.apiDecimal("fee")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.liqPenalty = try c.apiDecimal("liqPenalty")
                self.closeOrderAlgo = try c.apiNested("closeOrderAlgo")
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
                var v23: Int32 = -1
                var v24: Int32 = -1
                var v25: Int32 = -1
                var v26: Int32 = -1
                var v27: Int32 = -1
                var v28: Int32 = -1
                var v29: Int32 = -1
                var v30: Int32 = -1
                var v31: Int32 = -1
                var v32: Int32 = -1
                var v33: Int32 = -1
                var v34: Int32 = -1
                var v35: Int32 = -1
                var v36: Int32 = -1
                var v37: Int32 = -1
                var v38: Int32 = -1
                var v39: Int32 = -1
                var v40: Int32 = -1
                var v41: Int32 = -1
                var v42: Int32 = -1
                var v43: Int32 = -1
                var v44: Int32 = -1
                var v45: Int32 = -1
                var v46: Int32 = -1
                var v47: Int32 = -1
                var v48: Int32 = -1
                var v49: Int32 = -1
                var v50: Int32 = -1
                var v51: Int32 = -1
                var v52: Int32 = -1
                var v53: Int32 = -1
                var v54: Int32 = -1
                var v55: Int32 = -1
                var v56: Int32 = -1
                var v57: Int32 = -1
                var v58: Int32 = -1
                var v59: Int32 = -1
                var v60: Int32 = -1
                var v61: Int32 = -1
                var v62: Int32 = -1
                var v63: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                    case 0xCB001F3576271CCC: if v2 < 0, m.isKey("posId") { v2 = m.value }
                    case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                    case 0x779B5B19564F3469: if v4 < 0, m.isKey("pos") { v4 = m.value }
                    case 0x9361282183D81EB8: if v5 < 0, m.isKey("hedgedPos") { v5 = m.value }
                    case 0xDE49037F0AC1EA03: if v6 < 0, m.isKey("baseBal") { v6 = m.value }
                    case 0xCB09AFC29260A332: if v7 < 0, m.isKey("quoteBal") { v7 = m.value }
                    case 0xA188D42561C18B70: if v8 < 0, m.isKey("baseBorrowed") { v8 = m.value }
                    case 0x24EEA1C998FBB692: if v9 < 0, m.isKey("baseInterest") { v9 = m.value }
                    case 0xA5953C49CA38D53B: if v10 < 0, m.isKey("quoteBorrowed") { v10 = m.value }
                    case 0x014000E3066BABD9: if v11 < 0, m.isKey("quoteInterest") { v11 = m.value }
                    case 0x6FB95AD7F630993A: if v12 < 0, m.isKey("posCcy") { v12 = m.value }
                    case 0x94D62D52DC2BB4AA: if v13 < 0, m.isKey("availPos") { v13 = m.value }
                    case 0xEC314E92A840CB9B: if v14 < 0, m.isKey("avgPx") { v14 = m.value }
                    case 0x4819B1DF0D30DD55: if v15 < 0, m.isKey("nonSettleAvgPx") { v15 = m.value }
                    case 0xED95A32B150C49D8: if v16 < 0, m.isKey("markPx") { v16 = m.value }
                    case 0x4C4887193DC44C04: if v17 < 0, m.isKey("upl") { v17 = m.value }
                    case 0xC948915DFB1B05AF: if v18 < 0, m.isKey("uplRatio") { v18 = m.value }
                    case 0xE1A77D0E9FBFD22C: if v19 < 0, m.isKey("uplLastPx") { v19 = m.value }
                    case 0x400FD743A09B8A6F: if v20 < 0, m.isKey("uplRatioLastPx") { v20 = m.value }
                    case 0xF10F5F871070A39C: if v21 < 0, m.isKey("instId") { v21 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v22 < 0, m.isKey("lever") { v22 = m.value }
                    case 0xDEF76BAA3B8C7005: if v23 < 0, m.isKey("liqPx") { v23 = m.value }
                    case 0x2B9CFB192BD28B9B: if v24 < 0, m.isKey("imr") { v24 = m.value }
                    case 0x56B5A72B50ECD75B: if v25 < 0, m.isKey("margin") { v25 = m.value }
                    case 0x6B9EDB438FE542B0: if v26 < 0, m.isKey("mgnRatio") { v26 = m.value }
                    case 0x08025F191762AD67: if v27 < 0, m.isKey("mmr") { v27 = m.value }
                    case 0xBF487CAD694CDD85: if v28 < 0, m.isKey("liab") { v28 = m.value }
                    case 0x6C38C122CEF408AE: if v29 < 0, m.isKey("liabCcy") { v29 = m.value }
                    case 0x0C1E17F10ED69973: if v30 < 0, m.isKey("interest") { v30 = m.value }
                    case 0x0791A710B055183C: if v31 < 0, m.isKey("tradeId") { v31 = m.value }
                    case 0xB3AFDEC6688E5709: if v32 < 0, m.isKey("optVal") { v32 = m.value }
                    case 0x3617F56110F7396E: if v33 < 0, m.isKey("pendingCloseOrdLiabVal") { v33 = m.value }
                    case 0xFCADCCCEB1F0F653: if v34 < 0, m.isKey("notionalUsd") { v34 = m.value }
                    case 0xE70BBB190530D8BC: if v35 < 0, m.isKey("adl") { v35 = m.value }
                    case 0xF5DBFE190CDE752E: if v36 < 0, m.isKey("ccy") { v36 = m.value }
                    case 0x0456D2AD905847D9: if v37 < 0, m.isKey("last") { v37 = m.value }
                    case 0x0E8F6C3B83CC3030: if v38 < 0, m.isKey("idxPx") { v38 = m.value }
                    case 0x49F1BC7166B5B097: if v39 < 0, m.isKey("usdPx") { v39 = m.value }
                    case 0x75AD409B94DE8C58: if v40 < 0, m.isKey("bePx") { v40 = m.value }
                    case 0x3373345F777F313E: if v41 < 0, m.isKey("deltaBS") { v41 = m.value }
                    case 0x33A2565F77A6DBC6: if v42 < 0, m.isKey("deltaPA") { v42 = m.value }
                    case 0x53ED98FDD18C0C91: if v43 < 0, m.isKey("gammaBS") { v43 = m.value }
                    case 0x542B52FDD1C0F6BD: if v44 < 0, m.isKey("gammaPA") { v44 = m.value }
                    case 0x0923FF9B3B1E58B8: if v45 < 0, m.isKey("thetaBS") { v45 = m.value }
                    case 0x08F3FD9B3AF53190: if v46 < 0, m.isKey("thetaPA") { v46 = m.value }
                    case 0xCDF90EA7F78CE4B7: if v47 < 0, m.isKey("vegaBS") { v47 = m.value }
                    case 0xCE28B4A7F7B56F8B: if v48 < 0, m.isKey("vegaPA") { v48 = m.value }
                    case 0x1FE990BE16B3AC59: if v49 < 0, m.isKey("spotInUseAmt") { v49 = m.value }
                    case 0x2E7FEDBE1E2FFCB2: if v50 < 0, m.isKey("spotInUseCcy") { v50 = m.value }
                    case 0xD016822A28C09076: if v51 < 0, m.isKey("clSpotInUseAmt") { v51 = m.value }
                    case 0x9FC6FCCCABF79905: if v52 < 0, m.isKey("maxSpotInUseAmt") { v52 = m.value }
                    case 0x41353FDAAEE29CBE: if v53 < 0, m.isKey("bizRefId") { v53 = m.value }
                    case 0x0020663DD82570CB: if v54 < 0, m.isKey("bizRefType") { v54 = m.value }
                    case 0x08B64C133648B10B: if v55 < 0, m.isKey("realizedPnl") { v55 = m.value }
                    case 0x118E63580DCC60D4: if v56 < 0, m.isKey("settledPnl") { v56 = m.value }
                    case 0x779E7A1956519EED: if v57 < 0, m.isKey("pnl") { v57 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v58 < 0, m.isKey("fee") { v58 = m.value }
                    case 0x436EE92425796E0A: if v59 < 0, m.isKey("fundingFee") { v59 = m.value }
                    case 0xE65DDC662DE470E6: if v60 < 0, m.isKey("liqPenalty") { v60 = m.value }
                    case 0x6837A9675B74FEFE: if v61 < 0, m.isKey("closeOrderAlgo") { v61 = m.value }
                    case 0x97CBF7DBB8D1A953: if v62 < 0, m.isKey("cTime") { v62 = m.value }
                    case 0x607ED783146D4C29: if v63 < 0, m.isKey("uTime") { v63 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.mgnMode = try d.directEnum(v1)
                self.posId = try d.directRequiredText(v2, "posId")
                self.posSide = try d.directEnum(v3)
                self.pos = try d.directDecimal(v4)
                self.hedgedPos = try d.directDecimal(v5)
                self.baseBal = try d.directDecimal(v6)
                self.quoteBal = try d.directDecimal(v7)
                self.baseBorrowed = try d.directDecimal(v8)
                self.baseInterest = try d.directDecimal(v9)
                self.quoteBorrowed = try d.directDecimal(v10)
                self.quoteInterest = try d.directDecimal(v11)
                self.posCcy = try d.directText(v12)
                self.availPos = try d.directDecimal(v13)
                self.avgPx = try d.directDecimal(v14)
                self.nonSettleAvgPx = try d.directDecimal(v15)
                self.markPx = try d.directDecimal(v16)
                self.upl = try d.directDecimal(v17)
                self.uplRatio = try d.directDecimal(v18)
                self.uplLastPx = try d.directDecimal(v19)
                self.uplRatioLastPx = try d.directDecimal(v20)
                self.instId = try d.directRequiredText(v21, "instId")
                self.lever = try d.directDecimal(v22)
                self.liqPx = try d.directDecimal(v23)
                self.imr = try d.directDecimal(v24)
                self.margin = try d.directDecimal(v25)
                self.mgnRatio = try d.directDecimal(v26)
                self.mmr = try d.directDecimal(v27)
                self.liab = try d.directDecimal(v28)
                self.liabCcy = try d.directText(v29)
                self.interest = try d.directDecimal(v30)
                self.tradeId = try d.directText(v31)
                self.optVal = try d.directDecimal(v32)
                self.pendingCloseOrdLiabVal = try d.directDecimal(v33)
                self.notionalUsd = try d.directDecimal(v34)
                self.adl = try d.directInteger(v35)
                self.ccy = try d.directText(v36)
                self.last = try d.directDecimal(v37)
                self.idxPx = try d.directDecimal(v38)
                self.usdPx = try d.directDecimal(v39)
                self.bePx = try d.directDecimal(v40)
                self.deltaBS = try d.directDecimal(v41)
                self.deltaPA = try d.directDecimal(v42)
                self.gammaBS = try d.directDecimal(v43)
                self.gammaPA = try d.directDecimal(v44)
                self.thetaBS = try d.directDecimal(v45)
                self.thetaPA = try d.directDecimal(v46)
                self.vegaBS = try d.directDecimal(v47)
                self.vegaPA = try d.directDecimal(v48)
                self.spotInUseAmt = try d.directDecimal(v49)
                self.spotInUseCcy = try d.directText(v50)
                self.clSpotInUseAmt = try d.directDecimal(v51)
                self.maxSpotInUseAmt = try d.directDecimal(v52)
                self.bizRefId = try d.directText(v53)
                self.bizRefType = try d.directText(v54)
                self.realizedPnl = try d.directDecimal(v55)
                self.settledPnl = try d.directDecimal(v56)
                self.pnl = try d.directDecimal(v57)
                self.fee = try d.directDecimal(v58)
                self.fundingFee = try d.directDecimal(v59)
                self.liqPenalty = try d.directDecimal(v60)
                self.closeOrderAlgo = try d.directNested(v61)
                self.cTime = try d.directDate(v62)
                self.uTime = try d.directDate(v63)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.posId, "posId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pos, "pos")
                try c.apiWriteDecimal(self.hedgedPos, "hedgedPos")
                try c.apiWriteDecimal(self.baseBal, "baseBal")
                try c.apiWriteDecimal(self.quoteBal, "quoteBal")
                try c.apiWriteDecimal(self.baseBorrowed, "baseBorrowed")
                try c.apiWriteDecimal(self.baseInterest, "baseInterest")
                try c.apiWriteDecimal(self.quoteBorrowed, "quoteBorrowed")
                try c.apiWriteDecimal(self.quoteInterest, "quoteInterest")
                try c.apiWriteText(self.posCcy, "posCcy")
                try c.apiWriteDecimal(self.availPos, "availPos")
                try c.apiWriteDecimal(self.avgPx, "avgPx")
                try c.apiWriteDecimal(self.nonSettleAvgPx, "nonSettleAvgPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.uplLastPx, "uplLastPx")
                try c.apiWriteDecimal(self.uplRatioLastPx, "uplRatioLastPx")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.liab, "liab")
                try c.apiWriteText(self.liabCcy, "liabCcy")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.optVal, "optVal")
                try c.apiWriteDecimal(self.pendingCloseOrdLiabVal, "pendingCloseOrdLiabVal")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteInteger(self.adl, "adl")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.last, "last")
                try c.apiWriteDecimal(self.idxPx, "idxPx")
                try c.apiWriteDecimal(self.usdPx, "usdPx")
                try c.apiWriteDecimal(self.bePx, "bePx")
                try c.apiWriteDecimal(self.deltaBS, "deltaBS")
                try c.apiWriteDecimal(self.deltaPA, "deltaPA")
                try c.apiWriteDecimal(self.gammaBS, "gammaBS")
                try c.apiWriteDecimal(self.gammaPA, "gammaPA")
                try c.apiWriteDecimal(self.thetaBS, "thetaBS")
                try c.apiWriteDecimal(self.thetaPA, "thetaPA")
                try c.apiWriteDecimal(self.vegaBS, "vegaBS")
                try c.apiWriteDecimal(self.vegaPA, "vegaPA")
                try c.apiWriteDecimal(self.spotInUseAmt, "spotInUseAmt")
                try c.apiWriteText(self.spotInUseCcy, "spotInUseCcy")
                try c.apiWriteDecimal(self.clSpotInUseAmt, "clSpotInUseAmt")
                try c.apiWriteDecimal(self.maxSpotInUseAmt, "maxSpotInUseAmt")
                try c.apiWriteText(self.bizRefId, "bizRefId")
                try c.apiWriteText(self.bizRefType, "bizRefType")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.settledPnl, "settledPnl")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDecimal(self.liqPenalty, "liqPenalty")
                try c.apiWriteNested(self.closeOrderAlgo, "closeOrderAlgo")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
            }
        }
    }

    /// `GET /api/v5/account/positions`: “Get positions”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions
    public static func getPositions(_ request: GetPositions.Request = .init()) -> Endpoint<[GetPositions.Response]> {
        .apiGet(GetPositions.path, request)
    }

    /// `GET /api/v5/account/positions-history`: “Get positions history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions-history
    public enum GetPositionsHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/positions-history"
        /// The parameters of `GET /api/v5/account/positions-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public var instType: InstType?
            /// `instId`: text.
            public var instId: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public var mgnMode: MgnMode?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `posId`: text.
            public var posId: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType? = nil, instId: String? = nil, mgnMode: MgnMode? = nil, type: TypeValue? = nil, posId: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.instType = instType
                self.instId = instId
                self.mgnMode = mgnMode
                self.type = type
                self.posId = posId
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("mgnMode", mgnMode)
                p.add("type", type)
                p.add("posId", posId)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/positions-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `instId`: text.
            public let instId: String
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `openAvgPx`: a decimal number (a string on the wire).
            public let openAvgPx: Decimal?
            /// `nonSettleAvgPx`: a decimal number (a string on the wire).
            public let nonSettleAvgPx: Decimal?
            /// `closeAvgPx`: a decimal number (a string on the wire).
            public let closeAvgPx: Decimal?
            /// `posId`: text.
            public let posId: String
            /// `openMaxPos`: a decimal number (a string on the wire).
            public let openMaxPos: Decimal?
            /// `closeTotalPos`: a decimal number (a string on the wire).
            public let closeTotalPos: Decimal?
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
            /// `settledPnl`: a decimal number (a string on the wire).
            public let settledPnl: Decimal?
            /// `pnlRatio`: a decimal number (a string on the wire).
            public let pnlRatio: Decimal?
            /// `fee`: a decimal number (a string on the wire).
            public let fee: Decimal?
            /// `fundingFee`: a decimal number (a string on the wire).
            public let fundingFee: Decimal?
            /// `liqPenalty`: a decimal number (a string on the wire).
            public let liqPenalty: Decimal?
            /// `pnl`: a decimal number (a string on the wire).
            public let pnl: Decimal?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `direction`: one of a documented set of values (unknown values are kept).
            public let direction: Direction?
            /// `triggerPx`: a decimal number (a string on the wire).
            public let triggerPx: Decimal?
            /// `uly`: text.
            public let uly: String?
            /// `ccy`: text.
            public let ccy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiEnum("instType")
                self.instId = try c.apiRequiredText("instId")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.type = try c.apiEnum("type")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.openAvgPx = try c.apiDecimal("openAvgPx")
                self.nonSettleAvgPx = try c.apiDecimal("nonSettleAvgPx")
                self.closeAvgPx = try c.apiDecimal("closeAvgPx")
                self.posId = try c.apiRequiredText("posId")
                self.openMaxPos = try c.apiDecimal("openMaxPos")
                self.closeTotalPos = try c.apiDecimal("closeTotalPos")
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.settledPnl = try c.apiDecimal("settledPnl")
                self.pnlRatio = try c.apiDecimal("pnlRatio")
                self.fee = try c.apiDecimal("fee")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.liqPenalty = try c.apiDecimal("liqPenalty")
                self.pnl = try c.apiDecimal("pnl")
                self.posSide = try c.apiEnum("posSide")
                self.lever = try c.apiDecimal("lever")
                self.direction = try c.apiEnum("direction")
                self.triggerPx = try c.apiDecimal("triggerPx")
                self.uly = try c.apiText("uly")
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
                while let h = try m.next() {
                    switch h {
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF10F5F871070A39C: if v1 < 0, m.isKey("instId") { v1 = m.value }
                    case 0xF908AB384ABF99B6: if v2 < 0, m.isKey("mgnMode") { v2 = m.value }
                    case 0xA79439EF7BFA9C2D: if v3 < 0, m.isKey("type") { v3 = m.value }
                    case 0x97CBF7DBB8D1A953: if v4 < 0, m.isKey("cTime") { v4 = m.value }
                    case 0x607ED783146D4C29: if v5 < 0, m.isKey("uTime") { v5 = m.value }
                    case 0xA5A9EFC1731C2927: if v6 < 0, m.isKey("openAvgPx") { v6 = m.value }
                    case 0x4819B1DF0D30DD55: if v7 < 0, m.isKey("nonSettleAvgPx") { v7 = m.value }
                    case 0xE05BB0BDCC70FBE5: if v8 < 0, m.isKey("closeAvgPx") { v8 = m.value }
                    case 0xCB001F3576271CCC: if v9 < 0, m.isKey("posId") { v9 = m.value }
                    case 0x2E2678A1381126E1: if v10 < 0, m.isKey("openMaxPos") { v10 = m.value }
                    case 0xD24C92943DF27D93: if v11 < 0, m.isKey("closeTotalPos") { v11 = m.value }
                    case 0x08B64C133648B10B: if v12 < 0, m.isKey("realizedPnl") { v12 = m.value }
                    case 0x118E63580DCC60D4: if v13 < 0, m.isKey("settledPnl") { v13 = m.value }
                    case 0x560005AD7CCA38DC: if v14 < 0, m.isKey("pnlRatio") { v14 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v15 < 0, m.isKey("fee") { v15 = m.value }
                    case 0x436EE92425796E0A: if v16 < 0, m.isKey("fundingFee") { v16 = m.value }
                    case 0xE65DDC662DE470E6: if v17 < 0, m.isKey("liqPenalty") { v17 = m.value }
                    case 0x779E7A1956519EED: if v18 < 0, m.isKey("pnl") { v18 = m.value }
                    case 0x297B967F0EEA27C2: if v19 < 0, m.isKey("posSide") { v19 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v20 < 0, m.isKey("lever") { v20 = m.value }
                    case 0xD66E3BEB115E11AA: if v21 < 0, m.isKey("direction") { v21 = m.value }
                    case 0x47803AB73B0014C3: if v22 < 0, m.isKey("triggerPx") { v22 = m.value }
                    case 0x4CA79C193E150437: if v23 < 0, m.isKey("uly") { v23 = m.value }
                    case 0xF5DBFE190CDE752E: if v24 < 0, m.isKey("ccy") { v24 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directEnum(v0)
                self.instId = try d.directRequiredText(v1, "instId")
                self.mgnMode = try d.directEnum(v2)
                self.type = try d.directEnum(v3)
                self.cTime = try d.directDate(v4)
                self.uTime = try d.directDate(v5)
                self.openAvgPx = try d.directDecimal(v6)
                self.nonSettleAvgPx = try d.directDecimal(v7)
                self.closeAvgPx = try d.directDecimal(v8)
                self.posId = try d.directRequiredText(v9, "posId")
                self.openMaxPos = try d.directDecimal(v10)
                self.closeTotalPos = try d.directDecimal(v11)
                self.realizedPnl = try d.directDecimal(v12)
                self.settledPnl = try d.directDecimal(v13)
                self.pnlRatio = try d.directDecimal(v14)
                self.fee = try d.directDecimal(v15)
                self.fundingFee = try d.directDecimal(v16)
                self.liqPenalty = try d.directDecimal(v17)
                self.pnl = try d.directDecimal(v18)
                self.posSide = try d.directEnum(v19)
                self.lever = try d.directDecimal(v20)
                self.direction = try d.directEnum(v21)
                self.triggerPx = try d.directDecimal(v22)
                self.uly = try d.directText(v23)
                self.ccy = try d.directText(v24)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDecimal(self.openAvgPx, "openAvgPx")
                try c.apiWriteDecimal(self.nonSettleAvgPx, "nonSettleAvgPx")
                try c.apiWriteDecimal(self.closeAvgPx, "closeAvgPx")
                try c.apiWriteText(self.posId, "posId")
                try c.apiWriteDecimal(self.openMaxPos, "openMaxPos")
                try c.apiWriteDecimal(self.closeTotalPos, "closeTotalPos")
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.settledPnl, "settledPnl")
                try c.apiWriteDecimal(self.pnlRatio, "pnlRatio")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDecimal(self.liqPenalty, "liqPenalty")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.direction, "direction")
                try c.apiWriteDecimal(self.triggerPx, "triggerPx")
                try c.apiWriteText(self.uly, "uly")
                try c.apiWriteText(self.ccy, "ccy")
            }
        }
    }

    /// `GET /api/v5/account/positions-history`: “Get positions history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions-history
    public static func getPositionsHistory(_ request: GetPositionsHistory.Request = .init()) -> Endpoint<[GetPositionsHistory.Response]> {
        .apiGet(GetPositionsHistory.path, request)
    }

    /// `GET /api/v5/account/precheck-set-delta-neutral`: “Precheck set delta neutral”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-set-delta-neutral
    public enum PrecheckSetDeltaNeutral {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/precheck-set-delta-neutral"
        /// The parameters of `GET /api/v5/account/precheck-set-delta-neutral`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-set-delta-neutral
        public struct Request: APIRequestFields {
            /// `stgyType`: one of a documented set of values (unknown values are kept); required.
            public var stgyType: StgyType
            /// A request with the given parameters; nil ones are not sent.
            public init(stgyType: StgyType) {
                self.stgyType = stgyType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("stgyType", stgyType)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/precheck-set-delta-neutral`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-set-delta-neutral
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct UnmatchedInfoCheck: Codable, Sendable, TapeDirect {
                /// `type`: one of a documented set of values (unknown values are kept).
                public let type: TypeValue?
                /// `deltaLever`: a decimal number (a string on the wire).
                public let deltaLever: Decimal?
                /// `ordList`: a list of text values.
                public let ordList: [String]?
                /// `posList`: a list of text values.
                public let posList: [String]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.type = try c.apiEnum("type")
                    self.deltaLever = try c.apiDecimal("deltaLever")
                    self.ordList = try c.apiTexts("ordList")
                    self.posList = try c.apiTexts("posList")
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
                        case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                        case 0x0EBC41E6A6702877: if v1 < 0, m.isKey("deltaLever") { v1 = m.value }
                        case 0x0052E3CE15294948: if v2 < 0, m.isKey("ordList") { v2 = m.value }
                        case 0xA268A6CD7D77C175: if v3 < 0, m.isKey("posList") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.type = try d.directEnum(v0)
                    self.deltaLever = try d.directDecimal(v1)
                    self.ordList = try d.directTexts(v2)
                    self.posList = try d.directTexts(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.type, "type")
                    try c.apiWriteDecimal(self.deltaLever, "deltaLever")
                    try c.apiWriteTexts(self.ordList, "ordList")
                    try c.apiWriteTexts(self.posList, "posList")
                }
            }
            /// `unmatchedInfoCheck`: a list of nested objects.
            public let unmatchedInfoCheck: [UnmatchedInfoCheck]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.unmatchedInfoCheck = try c.apiNested("unmatchedInfoCheck")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x52208DA6C5E339B2: if v0 < 0, m.isKey("unmatchedInfoCheck") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.unmatchedInfoCheck = try d.directNested(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteNested(self.unmatchedInfoCheck, "unmatchedInfoCheck")
            }
        }
    }

    /// `GET /api/v5/account/precheck-set-delta-neutral`: “Precheck set delta neutral”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-set-delta-neutral
    public static func precheckSetDeltaNeutral(_ request: PrecheckSetDeltaNeutral.Request) -> Endpoint<[PrecheckSetDeltaNeutral.Response]> {
        .apiGet(PrecheckSetDeltaNeutral.path, request)
    }

    /// `GET /api/v5/account/risk-state`: “Get account risk state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-risk-state
    public enum GetAccountRiskState {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/risk-state"
        /// The parameters of `GET /api/v5/account/risk-state`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-risk-state
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/risk-state`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-risk-state
        public struct Response: Codable, Sendable, TapeDirect {
            /// `atRisk`: a boolean.
            public let atRisk: Bool?
            /// `atRiskIdx`: a list of text values.
            public let atRiskIdx: [String]?
            /// `atRiskMgn`: a list of text values.
            public let atRiskMgn: [String]?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.atRisk = try c.apiBoolean("atRisk")
                self.atRiskIdx = try c.apiTexts("atRiskIdx")
                self.atRiskMgn = try c.apiTexts("atRiskMgn")
                self.ts = try c.apiDate("ts")
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
                    case 0x2D443B940FABEF6B: if v0 < 0, m.isKey("atRisk") { v0 = m.value }
                    case 0x8B667D545E62785A: if v1 < 0, m.isKey("atRiskIdx") { v1 = m.value }
                    case 0xAFD70D547387FD13: if v2 < 0, m.isKey("atRiskMgn") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.atRisk = try d.directBoolean(v0)
                self.atRiskIdx = try d.directTexts(v1)
                self.atRiskMgn = try d.directTexts(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.atRisk, "atRisk")
                try c.apiWriteTexts(self.atRiskIdx, "atRiskIdx")
                try c.apiWriteTexts(self.atRiskMgn, "atRiskMgn")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/account/risk-state`: “Get account risk state”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-account-risk-state
    public static func getAccountRiskState(_ request: GetAccountRiskState.Request = .init()) -> Endpoint<[GetAccountRiskState.Response]> {
        .apiGet(GetAccountRiskState.path, request)
    }

    /// `POST /api/v5/account/set-account-level`: “Set account mode”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-account-mode
    public enum SetAccountMode {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-account-level"
        /// The parameters of `POST /api/v5/account/set-account-level`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-account-mode
        public struct Request: APIRequestFields {
            /// `acctLv`: one of a documented set of values (unknown values are kept); required.
            public var acctLv: AcctLv
            /// A request with the given parameters; nil ones are not sent.
            public init(acctLv: AcctLv) {
                self.acctLv = acctLv
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("acctLv", acctLv)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-account-level`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-account-mode
        public struct Response: Codable, Sendable, TapeDirect {
            /// `acctLv`: one of a documented set of values (unknown values are kept).
            public let acctLv: AcctLv?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.acctLv = try c.apiEnum("acctLv")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xEA6DBDBDB552CDEC: if v0 < 0, m.isKey("acctLv") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.acctLv = try d.directEnum(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.acctLv, "acctLv")
            }
        }
    }

    /// `POST /api/v5/account/set-account-level`: “Set account mode”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-account-mode
    public static func setAccountMode(_ request: SetAccountMode.Request) -> Endpoint<[SetAccountMode.Response]> {
        .apiPost(SetAccountMode.path, request)
    }

    /// `GET /api/v5/account/set-account-switch-precheck`: “Precheck account mode switch”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-account-mode-switch
    public enum PrecheckAccountModeSwitch {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/set-account-switch-precheck"
        /// The parameters of `GET /api/v5/account/set-account-switch-precheck`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-account-mode-switch
        public struct Request: APIRequestFields {
            /// `acctLv`: one of a documented set of values (unknown values are kept); required.
            public var acctLv: AcctLv
            /// A request with the given parameters; nil ones are not sent.
            public init(acctLv: AcctLv) {
                self.acctLv = acctLv
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("acctLv", acctLv)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/set-account-switch-precheck`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-account-mode-switch
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct UnmatchedInfoCheck: Codable, Sendable, TapeDirect {
                /// `type`: one of a documented set of values (unknown values are kept).
                public let type: TypeValue?
                /// `totalAsset`: a decimal number (a string on the wire).
                public let totalAsset: Decimal?
                /// `posList`: a list of text values.
                public let posList: [String]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.type = try c.apiEnum("type")
                    self.totalAsset = try c.apiDecimal("totalAsset")
                    self.posList = try c.apiTexts("posList")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    var v2: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                        case 0xF6BC648EE5147EE3: if v1 < 0, m.isKey("totalAsset") { v1 = m.value }
                        case 0xA268A6CD7D77C175: if v2 < 0, m.isKey("posList") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.type = try d.directEnum(v0)
                    self.totalAsset = try d.directDecimal(v1)
                    self.posList = try d.directTexts(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.type, "type")
                    try c.apiWriteDecimal(self.totalAsset, "totalAsset")
                    try c.apiWriteTexts(self.posList, "posList")
                }
            }
            /// A nested object of the response.
            public struct PosList: Codable, Sendable, TapeDirect {
                /// `posId`: text.
                public let posId: String?
                /// `lever`: a decimal number (a string on the wire).
                public let lever: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.posId = try c.apiText("posId")
                    self.lever = try c.apiDecimal("lever")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xCB001F3576271CCC: if v0 < 0, m.isKey("posId") { v0 = m.value }
                        case 0xE8DDCB0A9D7C7403: if v1 < 0, m.isKey("lever") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.posId = try d.directText(v0)
                    self.lever = try d.directDecimal(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.posId, "posId")
                    try c.apiWriteDecimal(self.lever, "lever")
                }
            }
            /// A nested object of the response.
            public struct PosTierCheck: Codable, Sendable, TapeDirect {
                /// `instFamily`: text.
                public let instFamily: String?
                /// `instType`: one of a documented set of values (unknown values are kept).
                public let instType: InstType?
                /// `pos`: a decimal number (a string on the wire).
                public let pos: Decimal?
                /// `lever`: a decimal number (a string on the wire).
                public let lever: Decimal?
                /// `maxSz`: a decimal number (a string on the wire).
                public let maxSz: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instFamily = try c.apiText("instFamily")
                    self.instType = try c.apiEnum("instType")
                    self.pos = try c.apiDecimal("pos")
                    self.lever = try c.apiDecimal("lever")
                    self.maxSz = try c.apiDecimal("maxSz")
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
                        case 0x12B1332ACCDE48E5: if v0 < 0, m.isKey("instFamily") { v0 = m.value }
                        case 0xF85FD2F9D9BFCED1: if v1 < 0, m.isKey("instType") { v1 = m.value }
                        case 0x779B5B19564F3469: if v2 < 0, m.isKey("pos") { v2 = m.value }
                        case 0xE8DDCB0A9D7C7403: if v3 < 0, m.isKey("lever") { v3 = m.value }
                        case 0x5B2AEDA4C2E16DAC: if v4 < 0, m.isKey("maxSz") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instFamily = try d.directText(v0)
                    self.instType = try d.directEnum(v1)
                    self.pos = try d.directDecimal(v2)
                    self.lever = try d.directDecimal(v3)
                    self.maxSz = try d.directDecimal(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instFamily, "instFamily")
                    try c.apiWriteEnum(self.instType, "instType")
                    try c.apiWriteDecimal(self.pos, "pos")
                    try c.apiWriteDecimal(self.lever, "lever")
                    try c.apiWriteDecimal(self.maxSz, "maxSz")
                }
            }
            /// A nested object of the response.
            public struct MgnBf: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Details: Codable, Sendable, TapeDirect {
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `availEq`: a decimal number (a string on the wire).
                    public let availEq: Decimal?
                    /// `mgnRatio`: a decimal number (a string on the wire).
                    public let mgnRatio: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.ccy = try c.apiText("ccy")
                        self.availEq = try c.apiDecimal("availEq")
                        self.mgnRatio = try c.apiDecimal("mgnRatio")
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
                            case 0x809D173B0ABEF57A: if v1 < 0, m.isKey("availEq") { v1 = m.value }
                            case 0x6B9EDB438FE542B0: if v2 < 0, m.isKey("mgnRatio") { v2 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.ccy = try d.directText(v0)
                        self.availEq = try d.directDecimal(v1)
                        self.mgnRatio = try d.directDecimal(v2)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteDecimal(self.availEq, "availEq")
                        try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    }
                }
                /// `acctAvailEq`: a decimal number (a string on the wire).
                public let acctAvailEq: Decimal?
                /// `mgnRatio`: a decimal number (a string on the wire).
                public let mgnRatio: Decimal?
                /// `details`: a list of nested objects.
                public let details: [Details]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acctAvailEq = try c.apiDecimal("acctAvailEq")
                    self.mgnRatio = try c.apiDecimal("mgnRatio")
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
                        case 0x765CEC2A3F5116AF: if v0 < 0, m.isKey("acctAvailEq") { v0 = m.value }
                        case 0x6B9EDB438FE542B0: if v1 < 0, m.isKey("mgnRatio") { v1 = m.value }
                        case 0xB9515701B1F5FC65: if v2 < 0, m.isKey("details") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acctAvailEq = try d.directDecimal(v0)
                    self.mgnRatio = try d.directDecimal(v1)
                    self.details = try d.directNested(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.acctAvailEq, "acctAvailEq")
                    try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    try c.apiWriteNested(self.details, "details")
                }
            }
            /// A nested object of the response.
            public struct MgnAft: Codable, Sendable, TapeDirect {
                /// A nested object of the response.
                public struct Details: Codable, Sendable, TapeDirect {
                    /// `ccy`: text.
                    public let ccy: String?
                    /// `availEq`: a decimal number (a string on the wire).
                    public let availEq: Decimal?
                    /// `mgnRatio`: a decimal number (a string on the wire).
                    public let mgnRatio: Decimal?
                    /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                    public init(from decoder: any Decoder) throws {
                        let c = try decoder.container(keyedBy: APIKey.self)
                        self.ccy = try c.apiText("ccy")
                        self.availEq = try c.apiDecimal("availEq")
                        self.mgnRatio = try c.apiDecimal("mgnRatio")
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
                            case 0x809D173B0ABEF57A: if v1 < 0, m.isKey("availEq") { v1 = m.value }
                            case 0x6B9EDB438FE542B0: if v2 < 0, m.isKey("mgnRatio") { v2 = m.value }
                            default: break
                            }
                        }
                        let d = m.decoder
                        self.ccy = try d.directText(v0)
                        self.availEq = try d.directDecimal(v1)
                        self.mgnRatio = try d.directDecimal(v2)
                    }
                    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                    public func encode(to encoder: any Encoder) throws {
                        var c = encoder.container(keyedBy: APIKey.self)
                        try c.apiWriteText(self.ccy, "ccy")
                        try c.apiWriteDecimal(self.availEq, "availEq")
                        try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    }
                }
                /// `acctAvailEq`: a decimal number (a string on the wire).
                public let acctAvailEq: Decimal?
                /// `mgnRatio`: a decimal number (a string on the wire).
                public let mgnRatio: Decimal?
                /// `details`: a list of nested objects.
                public let details: [Details]?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.acctAvailEq = try c.apiDecimal("acctAvailEq")
                    self.mgnRatio = try c.apiDecimal("mgnRatio")
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
                        case 0x765CEC2A3F5116AF: if v0 < 0, m.isKey("acctAvailEq") { v0 = m.value }
                        case 0x6B9EDB438FE542B0: if v1 < 0, m.isKey("mgnRatio") { v1 = m.value }
                        case 0xB9515701B1F5FC65: if v2 < 0, m.isKey("details") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.acctAvailEq = try d.directDecimal(v0)
                    self.mgnRatio = try d.directDecimal(v1)
                    self.details = try d.directNested(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.acctAvailEq, "acctAvailEq")
                    try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                    try c.apiWriteNested(self.details, "details")
                }
            }
            /// `sCode`: one of a documented set of values (unknown values are kept).
            public let sCode: SCode?
            /// `curAcctLv`: one of a documented set of values (unknown values are kept).
            public let curAcctLv: CurAcctLv?
            /// `acctLv`: one of a documented set of values (unknown values are kept).
            public let acctLv: AcctLv?
            /// `riskOffsetType`: one of a documented set of values (unknown values are kept); deprecated.
            public let riskOffsetType: RiskOffsetType?
            /// `unmatchedInfoCheck`: a list of nested objects.
            public let unmatchedInfoCheck: [UnmatchedInfoCheck]?
            /// `posList`: a list of nested objects.
            public let posList: [PosList]?
            /// `posTierCheck`: a list of nested objects.
            public let posTierCheck: [PosTierCheck]?
            /// `mgnBf`: a nested object.
            public let mgnBf: MgnBf?
            /// `mgnAft`: a nested object.
            public let mgnAft: MgnAft?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.sCode = try c.apiEnum("sCode")
                self.curAcctLv = try c.apiEnum("curAcctLv")
                self.acctLv = try c.apiEnum("acctLv")
                self.riskOffsetType = try c.apiEnum("riskOffsetType")
                self.unmatchedInfoCheck = try c.apiNested("unmatchedInfoCheck")
                self.posList = try c.apiNested("posList")
                self.posTierCheck = try c.apiNested("posTierCheck")
                self.mgnBf = try c.apiNested("mgnBf")
                self.mgnAft = try c.apiNested("mgnAft")
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
                    case 0xE8586107E6A04F6F: if v0 < 0, m.isKey("sCode") { v0 = m.value }
                    case 0x12D3649D42C135FC: if v1 < 0, m.isKey("curAcctLv") { v1 = m.value }
                    case 0xEA6DBDBDB552CDEC: if v2 < 0, m.isKey("acctLv") { v2 = m.value }
                    case 0xB5D0760F5E3C6255: if v3 < 0, m.isKey("riskOffsetType") { v3 = m.value }
                    case 0x52208DA6C5E339B2: if v4 < 0, m.isKey("unmatchedInfoCheck") { v4 = m.value }
                    case 0xA268A6CD7D77C175: if v5 < 0, m.isKey("posList") { v5 = m.value }
                    case 0x2FAD6FA79A18C6EF: if v6 < 0, m.isKey("posTierCheck") { v6 = m.value }
                    case 0xEAFA95D98276D605: if v7 < 0, m.isKey("mgnBf") { v7 = m.value }
                    case 0xA219A8989F0B3B5A: if v8 < 0, m.isKey("mgnAft") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.sCode = try d.directEnum(v0)
                self.curAcctLv = try d.directEnum(v1)
                self.acctLv = try d.directEnum(v2)
                self.riskOffsetType = try d.directEnum(v3)
                self.unmatchedInfoCheck = try d.directNested(v4)
                self.posList = try d.directNested(v5)
                self.posTierCheck = try d.directNested(v6)
                self.mgnBf = try d.directNested(v7)
                self.mgnAft = try d.directNested(v8)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.sCode, "sCode")
                try c.apiWriteEnum(self.curAcctLv, "curAcctLv")
                try c.apiWriteEnum(self.acctLv, "acctLv")
                try c.apiWriteEnum(self.riskOffsetType, "riskOffsetType")
                try c.apiWriteNested(self.unmatchedInfoCheck, "unmatchedInfoCheck")
                try c.apiWriteNested(self.posList, "posList")
                try c.apiWriteNested(self.posTierCheck, "posTierCheck")
                try c.apiWriteNested(self.mgnBf, "mgnBf")
                try c.apiWriteNested(self.mgnAft, "mgnAft")
            }
        }
    }

    /// `GET /api/v5/account/set-account-switch-precheck`: “Precheck account mode switch”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-precheck-account-mode-switch
    public static func precheckAccountModeSwitch(_ request: PrecheckAccountModeSwitch.Request) -> Endpoint<[PrecheckAccountModeSwitch.Response]> {
        .apiGet(PrecheckAccountModeSwitch.path, request)
    }

    /// `POST /api/v5/account/set-auto-earn`: “Set auto earn”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-earn
    public enum SetAutoEarn {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-auto-earn"
        /// The parameters of `POST /api/v5/account/set-auto-earn`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-earn
        public struct Request: APIRequestFields {
            /// `earnType`: one of a documented set of values (unknown values are kept).
            public var earnType: EarnType?
            /// `ccy`: text; required.
            public var ccy: String
            /// `action`: one of a documented set of values (unknown values are kept); required.
            public var action: Action
            /// `apr`: a decimal number (a string on the wire); deprecated.
            public var apr: Decimal?
            /// A request with the given parameters; nil ones are not sent.
            public init(earnType: EarnType? = nil, ccy: String, action: Action, apr: Decimal? = nil) {
                self.earnType = earnType
                self.ccy = ccy
                self.action = action
                self.apr = apr
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("earnType", earnType)
                p.add("ccy", ccy)
                p.add("action", action)
                p.add("apr", apr)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-auto-earn`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-earn
        public struct Response: Codable, Sendable, TapeDirect {
            /// `earnType`: one of a documented set of values (unknown values are kept).
            public let earnType: EarnType?
            /// `ccy`: text.
            public let ccy: String?
            /// `action`: one of a documented set of values (unknown values are kept).
            public let action: Action?
            /// `apr`: a decimal number (a string on the wire); deprecated.
            public let apr: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.earnType = try c.apiEnum("earnType")
                self.ccy = try c.apiText("ccy")
                self.action = try c.apiEnum("action")
                self.apr = try c.apiDecimal("apr")
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
                    case 0xA2BE96BC050239DF: if v0 < 0, m.isKey("earnType") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0x6568640B035A56DF: if v2 < 0, m.isKey("action") { v2 = m.value }
                    case 0xE74FA919056A86F2: if v3 < 0, m.isKey("apr") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.earnType = try d.directEnum(v0)
                self.ccy = try d.directText(v1)
                self.action = try d.directEnum(v2)
                self.apr = try d.directDecimal(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.earnType, "earnType")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.action, "action")
                try c.apiWriteDecimal(self.apr, "apr")
            }
        }
    }

    /// `POST /api/v5/account/set-auto-earn`: “Set auto earn”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-earn
    public static func setAutoEarn(_ request: SetAutoEarn.Request) -> Endpoint<[SetAutoEarn.Response]> {
        .apiPost(SetAutoEarn.path, request)
    }

    /// `POST /api/v5/account/set-auto-loan`: “Set auto loan”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-loan
    public enum SetAutoLoan {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-auto-loan"
        /// The parameters of `POST /api/v5/account/set-auto-loan`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-loan
        public struct Request: APIRequestFields {
            /// `autoLoan`: a boolean.
            public var autoLoan: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(autoLoan: Bool? = nil) {
                self.autoLoan = autoLoan
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("autoLoan", autoLoan)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-auto-loan`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-loan
        public struct Response: Codable, Sendable, TapeDirect {
            /// `autoLoan`: a boolean.
            public let autoLoan: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.autoLoan = try c.apiBoolean("autoLoan")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xFEBD09370B893108: if v0 < 0, m.isKey("autoLoan") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.autoLoan = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.autoLoan, "autoLoan")
            }
        }
    }

    /// `POST /api/v5/account/set-auto-loan`: “Set auto loan”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-loan
    public static func setAutoLoan(_ request: SetAutoLoan.Request = .init()) -> Endpoint<[SetAutoLoan.Response]> {
        .apiPost(SetAutoLoan.path, request)
    }

    /// `POST /api/v5/account/set-auto-repay`: “Set auto repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-repay
    public enum SetAutoRepay {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-auto-repay"
        /// The parameters of `POST /api/v5/account/set-auto-repay`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-repay
        public struct Request: APIRequestFields {
            /// `autoRepay`: a boolean; required.
            public var autoRepay: Bool
            /// A request with the given parameters; nil ones are not sent.
            public init(autoRepay: Bool) {
                self.autoRepay = autoRepay
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("autoRepay", autoRepay)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-auto-repay`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-repay
        public struct Response: Codable, Sendable, TapeDirect {
            /// `autoRepay`: a boolean.
            public let autoRepay: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.autoRepay = try c.apiBoolean("autoRepay")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xCC1F931D849C0CFB: if v0 < 0, m.isKey("autoRepay") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.autoRepay = try d.directBoolean(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteBoolean(self.autoRepay, "autoRepay")
            }
        }
    }

    /// `POST /api/v5/account/set-auto-repay`: “Set auto repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-auto-repay
    public static func setAutoRepay(_ request: SetAutoRepay.Request) -> Endpoint<[SetAutoRepay.Response]> {
        .apiPost(SetAutoRepay.path, request)
    }

    /// `POST /api/v5/account/set-collateral-assets`: “Set collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-collateral-assets
    public enum SetCollateralAssets {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-collateral-assets"
        /// The parameters of `POST /api/v5/account/set-collateral-assets`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-collateral-assets
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `collateralEnabled`: a boolean; required.
            public var collateralEnabled: Bool
            /// `ccyList`: a list of text values; required in some cases.
            public var ccyList: [String]?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue, collateralEnabled: Bool, ccyList: [String]? = nil) {
                self.type = type
                self.collateralEnabled = collateralEnabled
                self.ccyList = ccyList
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("collateralEnabled", collateralEnabled)
                p.add("ccyList", ccyList)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-collateral-assets`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-collateral-assets
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `collateralEnabled`: a boolean.
            public let collateralEnabled: Bool?
            /// `ccyList`: a list of text values.
            public let ccyList: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.collateralEnabled = try c.apiBoolean("collateralEnabled")
                self.ccyList = try c.apiTexts("ccyList")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xCB1E7E5953DD4321: if v1 < 0, m.isKey("collateralEnabled") { v1 = m.value }
                    case 0xC1D3A732E58F477A: if v2 < 0, m.isKey("ccyList") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.collateralEnabled = try d.directBoolean(v1)
                self.ccyList = try d.directTexts(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteBoolean(self.collateralEnabled, "collateralEnabled")
                try c.apiWriteTexts(self.ccyList, "ccyList")
            }
        }
    }

    /// `POST /api/v5/account/set-collateral-assets`: “Set collateral assets”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-collateral-assets
    public static func setCollateralAssets(_ request: SetCollateralAssets.Request) -> Endpoint<[SetCollateralAssets.Response]> {
        .apiPost(SetCollateralAssets.path, request)
    }

    /// `POST /api/v5/account/set-fee-type`: “Set fee type”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-fee-type
    public enum SetFeeType {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-fee-type"
        /// The parameters of `POST /api/v5/account/set-fee-type`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-fee-type
        public struct Request: APIRequestFields {
            /// `feeType`: one of a documented set of values (unknown values are kept); required.
            public var feeType: FeeType
            /// A request with the given parameters; nil ones are not sent.
            public init(feeType: FeeType) {
                self.feeType = feeType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("feeType", feeType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-fee-type`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-fee-type
        public struct Response: Codable, Sendable, TapeDirect {
            /// `feeType`: one of a documented set of values (unknown values are kept).
            public let feeType: FeeType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.feeType = try c.apiEnum("feeType")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA4E119A60DF5057B: if v0 < 0, m.isKey("feeType") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.feeType = try d.directEnum(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.feeType, "feeType")
            }
        }
    }

    /// `POST /api/v5/account/set-fee-type`: “Set fee type”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-fee-type
    public static func setFeeType(_ request: SetFeeType.Request) -> Endpoint<[SetFeeType.Response]> {
        .apiPost(SetFeeType.path, request)
    }

    /// `POST /api/v5/account/set-greeks`: “Set greeks (PA/BS)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-greeks-pa-bs
    public enum SetGreeksPABS {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-greeks"
        /// The parameters of `POST /api/v5/account/set-greeks`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-greeks-pa-bs
        public struct Request: APIRequestFields {
            /// `greeksType`: one of a documented set of values (unknown values are kept); required.
            public var greeksType: GreeksType
            /// A request with the given parameters; nil ones are not sent.
            public init(greeksType: GreeksType) {
                self.greeksType = greeksType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("greeksType", greeksType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-greeks`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-greeks-pa-bs
        public struct Response: Codable, Sendable, TapeDirect {
            /// `greeksType`: one of a documented set of values (unknown values are kept).
            public let greeksType: GreeksType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.greeksType = try c.apiEnum("greeksType")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x1E3D5684B9EFC4D8: if v0 < 0, m.isKey("greeksType") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.greeksType = try d.directEnum(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.greeksType, "greeksType")
            }
        }
    }

    /// `POST /api/v5/account/set-greeks`: “Set greeks (PA/BS)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-greeks-pa-bs
    public static func setGreeksPABS(_ request: SetGreeksPABS.Request) -> Endpoint<[SetGreeksPABS.Response]> {
        .apiPost(SetGreeksPABS.path, request)
    }

    /// `POST /api/v5/account/set-isolated-mode`: “Isolated margin trading settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-isolated-margin-trading-settings
    public enum IsolatedMarginTradingSettings {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-isolated-mode"
        /// The parameters of `POST /api/v5/account/set-isolated-mode`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-isolated-margin-trading-settings
        public struct Request: APIRequestFields {
            /// `isoMode`: one of a documented set of values (unknown values are kept); required.
            public var isoMode: IsoMode
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// A request with the given parameters; nil ones are not sent.
            public init(isoMode: IsoMode, type: TypeValue) {
                self.isoMode = isoMode
                self.type = type
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("isoMode", isoMode)
                p.add("type", type)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-isolated-mode`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-isolated-margin-trading-settings
        public struct Response: Codable, Sendable, TapeDirect {
            /// `isoMode`: one of a documented set of values (unknown values are kept).
            public let isoMode: IsoMode?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.isoMode = try c.apiEnum("isoMode")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x11FAF68A8AAEDAB5: if v0 < 0, m.isKey("isoMode") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.isoMode = try d.directEnum(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.isoMode, "isoMode")
            }
        }
    }

    /// `POST /api/v5/account/set-isolated-mode`: “Isolated margin trading settings”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-isolated-margin-trading-settings
    public static func isolatedMarginTradingSettings(_ request: IsolatedMarginTradingSettings.Request) -> Endpoint<[IsolatedMarginTradingSettings.Response]> {
        .apiPost(IsolatedMarginTradingSettings.path, request)
    }

    /// `POST /api/v5/account/set-leverage`: “Set leverage”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-leverage
    public enum SetLeverage {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-leverage"
        /// The parameters of `POST /api/v5/account/set-leverage`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-leverage
        public struct Request: APIRequestFields {
            /// `instId`: text; required in some cases.
            public var instId: String?
            /// `ccy`: text; required in some cases.
            public var ccy: String?
            /// `lever`: a decimal number (a string on the wire); required.
            public var lever: Decimal
            /// `mgnMode`: one of a documented set of values (unknown values are kept); required.
            public var mgnMode: MgnMode
            /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
            public var posSide: PosSide?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String? = nil, ccy: String? = nil, lever: Decimal, mgnMode: MgnMode, posSide: PosSide? = nil) {
                self.instId = instId
                self.ccy = ccy
                self.lever = lever
                self.mgnMode = mgnMode
                self.posSide = posSide
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("ccy", ccy)
                p.add("lever", lever)
                p.add("mgnMode", mgnMode)
                p.add("posSide", posSide)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-leverage`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-leverage
        public struct Response: Codable, Sendable, TapeDirect {
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `instId`: text.
            public let instId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.lever = try c.apiDecimal("lever")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.instId = try c.apiRequiredText("instId")
                self.posSide = try c.apiEnum("posSide")
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
                    case 0xE8DDCB0A9D7C7403: if v0 < 0, m.isKey("lever") { v0 = m.value }
                    case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                    case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                    case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.lever = try d.directDecimal(v0)
                self.mgnMode = try d.directEnum(v1)
                self.instId = try d.directRequiredText(v2, "instId")
                self.posSide = try d.directEnum(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.posSide, "posSide")
            }
        }
    }

    /// `POST /api/v5/account/set-leverage`: “Set leverage”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-leverage
    public static func setLeverage(_ request: SetLeverage.Request) -> Endpoint<[SetLeverage.Response]> {
        .apiPost(SetLeverage.path, request)
    }

    /// `POST /api/v5/account/set-position-mode`: “Set position mode”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode
    public enum SetPositionMode {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-position-mode"
        /// The parameters of `POST /api/v5/account/set-position-mode`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode
        public struct Request: APIRequestFields {
            /// `posMode`: one of a documented set of values (unknown values are kept); required.
            public var posMode: PosMode
            /// A request with the given parameters; nil ones are not sent.
            public init(posMode: PosMode) {
                self.posMode = posMode
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("posMode", posMode)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-position-mode`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode
        public struct Response: Codable, Sendable, TapeDirect {
            /// `posMode`: one of a documented set of values (unknown values are kept).
            public let posMode: PosMode?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.posMode = try c.apiEnum("posMode")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x2CA77FC661222F26: if v0 < 0, m.isKey("posMode") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.posMode = try d.directEnum(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.posMode, "posMode")
            }
        }
    }

    /// `POST /api/v5/account/set-position-mode`: “Set position mode”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-position-mode
    public static func setPositionMode(_ request: SetPositionMode.Request) -> Endpoint<[SetPositionMode.Response]> {
        .apiPost(SetPositionMode.path, request)
    }

    /// `POST /api/v5/account/set-riskOffset-amt`: “Set risk offset amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-risk-offset-amount
    public enum SetRiskOffsetAmount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-riskOffset-amt"
        /// The parameters of `POST /api/v5/account/set-riskOffset-amt`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-risk-offset-amount
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `clSpotInUseAmt`: a decimal number (a string on the wire); required.
            public var clSpotInUseAmt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, clSpotInUseAmt: Decimal) {
                self.ccy = ccy
                self.clSpotInUseAmt = clSpotInUseAmt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("clSpotInUseAmt", clSpotInUseAmt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-riskOffset-amt`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-risk-offset-amount
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `clSpotInUseAmt`: a decimal number (a string on the wire).
            public let clSpotInUseAmt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.clSpotInUseAmt = try c.apiDecimal("clSpotInUseAmt")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xF5DBFE190CDE752E: if v0 < 0, m.isKey("ccy") { v0 = m.value }
                    case 0xD016822A28C09076: if v1 < 0, m.isKey("clSpotInUseAmt") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.clSpotInUseAmt = try d.directDecimal(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.clSpotInUseAmt, "clSpotInUseAmt")
            }
        }
    }

    /// `POST /api/v5/account/set-riskOffset-amt`: “Set risk offset amount”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-risk-offset-amount
    public static func setRiskOffsetAmount(_ request: SetRiskOffsetAmount.Request) -> Endpoint<[SetRiskOffsetAmount.Response]> {
        .apiPost(SetRiskOffsetAmount.path, request)
    }

    /// `POST /api/v5/account/set-settle-currency`: “Set settle currency”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-settle-currency
    public enum SetSettleCurrency {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-settle-currency"
        /// The parameters of `POST /api/v5/account/set-settle-currency`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-settle-currency
        public struct Request: APIRequestFields {
            /// `settleCcy`: text; required.
            public var settleCcy: String
            /// A request with the given parameters; nil ones are not sent.
            public init(settleCcy: String) {
                self.settleCcy = settleCcy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("settleCcy", settleCcy)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-settle-currency`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-settle-currency
        public struct Response: Codable, Sendable, TapeDirect {
            /// `settleCcy`: text.
            public let settleCcy: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.settleCcy = try c.apiText("settleCcy")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x997819F7D787D2C3: if v0 < 0, m.isKey("settleCcy") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.settleCcy = try d.directText(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.settleCcy, "settleCcy")
            }
        }
    }

    /// `POST /api/v5/account/set-settle-currency`: “Set settle currency”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-settle-currency
    public static func setSettleCurrency(_ request: SetSettleCurrency.Request) -> Endpoint<[SetSettleCurrency.Response]> {
        .apiPost(SetSettleCurrency.path, request)
    }

    /// `POST /api/v5/account/set-trading-config`: “Set trading config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-trading-config
    public enum SetTradingConfig {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/set-trading-config"
        /// The parameters of `POST /api/v5/account/set-trading-config`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-trading-config
        public struct Request: APIRequestFields {
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `stgyType`: one of a documented set of values (unknown values are kept).
            public var stgyType: StgyType?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: TypeValue, stgyType: StgyType? = nil) {
                self.type = type
                self.stgyType = stgyType
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                p.add("stgyType", stgyType)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/set-trading-config`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-trading-config
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: text.
            public let type: String?
            /// `stgyType`: one of a documented set of values (unknown values are kept).
            public let stgyType: StgyType?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiText("type")
                self.stgyType = try c.apiEnum("stgyType")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xB0BF05ADF051E002: if v1 < 0, m.isKey("stgyType") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directText(v0)
                self.stgyType = try d.directEnum(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.type, "type")
                try c.apiWriteEnum(self.stgyType, "stgyType")
            }
        }
    }

    /// `POST /api/v5/account/set-trading-config`: “Set trading config”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-set-trading-config
    public static func setTradingConfig(_ request: SetTradingConfig.Request) -> Endpoint<[SetTradingConfig.Response]> {
        .apiPost(SetTradingConfig.path, request)
    }

    /// `GET /api/v5/account/spot-borrow-repay-history`: “Get borrow/repay history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-repay-history
    public enum GetBorrowRepayHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/spot-borrow-repay-history"
        /// The parameters of `GET /api/v5/account/spot-borrow-repay-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-repay-history
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, type: TypeValue? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.type = type
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/spot-borrow-repay-history`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-repay-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `accBorrowed`: a decimal number (a string on the wire).
            public let accBorrowed: Decimal?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.type = try c.apiEnum("type")
                self.amt = try c.apiDecimal("amt")
                self.accBorrowed = try c.apiDecimal("accBorrowed")
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
                    case 0xA79439EF7BFA9C2D: if v1 < 0, m.isKey("type") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0x6B8EA71D9413EDCA: if v3 < 0, m.isKey("accBorrowed") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.type = try d.directEnum(v1)
                self.amt = try d.directDecimal(v2)
                self.accBorrowed = try d.directDecimal(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteDecimal(self.accBorrowed, "accBorrowed")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/account/spot-borrow-repay-history`: “Get borrow/repay history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-borrow-repay-history
    public static func getBorrowRepayHistory(_ request: GetBorrowRepayHistory.Request = .init()) -> Endpoint<[GetBorrowRepayHistory.Response]> {
        .apiGet(GetBorrowRepayHistory.path, request)
    }

    /// `POST /api/v5/account/spot-manual-borrow-repay`: “Manual borrow / repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-manual-borrow-repay
    public enum ManualBorrowRepay {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/account/spot-manual-borrow-repay"
        /// The parameters of `POST /api/v5/account/spot-manual-borrow-repay`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-manual-borrow-repay
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `side`: one of a documented set of values (unknown values are kept); required.
            public var side: Side
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, side: Side, amt: Decimal) {
                self.ccy = ccy
                self.side = side
                self.amt = amt
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("side", side)
                p.add("amt", amt)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/account/spot-manual-borrow-repay`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-manual-borrow-repay
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ccy`: text.
            public let ccy: String?
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.ccy = try c.apiText("ccy")
                self.side = try c.apiEnum("side")
                self.amt = try c.apiDecimal("amt")
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
                    case 0x4E0C8A18E635803E: if v1 < 0, m.isKey("side") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.ccy = try d.directText(v0)
                self.side = try d.directEnum(v1)
                self.amt = try d.directDecimal(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteDecimal(self.amt, "amt")
            }
        }
    }

    /// `POST /api/v5/account/spot-manual-borrow-repay`: “Manual borrow / repay”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-manual-borrow-repay
    public static func manualBorrowRepay(_ request: ManualBorrowRepay.Request) -> Endpoint<[ManualBorrowRepay.Response]> {
        .apiPost(ManualBorrowRepay.path, request)
    }

    /// `GET /api/v5/account/subtypes`: “Get bill types”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bill-types
    public enum GetBillTypes {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/subtypes"
        /// The parameters of `GET /api/v5/account/subtypes`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bill-types
        public struct Request: APIRequestFields {
            /// `type`: text.
            public var type: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(type: String? = nil) {
                self.type = type
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("type", type)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/subtypes`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bill-types
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct SubTypeDetails: Codable, Sendable, TapeDirect {
                /// `subType`: text.
                public let subType: String?
                /// `subTypeDesc`: text.
                public let subTypeDesc: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.subType = try c.apiText("subType")
                    self.subTypeDesc = try c.apiText("subTypeDesc")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xDF60BE6455EE677D: if v0 < 0, m.isKey("subType") { v0 = m.value }
                        case 0xC6DF94BFB5CE3058: if v1 < 0, m.isKey("subTypeDesc") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.subType = try d.directText(v0)
                    self.subTypeDesc = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.subType, "subType")
                    try c.apiWriteText(self.subTypeDesc, "subTypeDesc")
                }
            }
            /// `type`: text.
            public let type: String?
            /// `typeDesc`: text.
            public let typeDesc: String?
            /// `subTypeDetails`: a list of nested objects.
            public let subTypeDetails: [SubTypeDetails]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiText("type")
                self.typeDesc = try c.apiText("typeDesc")
                self.subTypeDetails = try c.apiNested("subTypeDetails")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0x486562652313DE28: if v1 < 0, m.isKey("typeDesc") { v1 = m.value }
                    case 0x5C0458341A6E7C6D: if v2 < 0, m.isKey("subTypeDetails") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directText(v0)
                self.typeDesc = try d.directText(v1)
                self.subTypeDetails = try d.directNested(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.typeDesc, "typeDesc")
                try c.apiWriteNested(self.subTypeDetails, "subTypeDetails")
            }
        }
    }

    /// `GET /api/v5/account/subtypes`: “Get bill types”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-bill-types
    public static func getBillTypes(_ request: GetBillTypes.Request = .init()) -> Endpoint<[GetBillTypes.Response]> {
        .apiGet(GetBillTypes.path, request)
    }

    /// `GET /api/v5/account/trade-fee`: “Get fee rates”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-fee-rates
    public enum GetFeeRates {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/trade-fee"
        /// The parameters of `GET /api/v5/account/trade-fee`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-fee-rates
        public struct Request: APIRequestFields {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instId`: text.
            public var instId: String?
            /// `instFamily`: text.
            public var instFamily: String?
            /// `groupId`: text.
            public var groupId: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(instType: InstType, instId: String? = nil, instFamily: String? = nil, groupId: String? = nil) {
                self.instType = instType
                self.instId = instId
                self.instFamily = instFamily
                self.groupId = groupId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instId", instId)
                p.add("instFamily", instFamily)
                p.add("groupId", groupId)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/trade-fee`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-fee-rates
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct FeeGroup: Codable, Sendable, TapeDirect {
                /// `taker`: a decimal number (a string on the wire).
                public let taker: Decimal?
                /// `maker`: a decimal number (a string on the wire).
                public let maker: Decimal?
                /// `groupId`: text.
                public let groupId: String?
                /// `rpiMaker`: a decimal number (a string on the wire).
                public let rpiMaker: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.taker = try c.apiDecimal("taker")
                    self.maker = try c.apiDecimal("maker")
                    self.groupId = try c.apiText("groupId")
                    self.rpiMaker = try c.apiDecimal("rpiMaker")
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
                        case 0xC379BD29DE403D4C: if v0 < 0, m.isKey("taker") { v0 = m.value }
                        case 0xCE2A0CA504B15927: if v1 < 0, m.isKey("maker") { v1 = m.value }
                        case 0x01944C770862DE21: if v2 < 0, m.isKey("groupId") { v2 = m.value }
                        case 0xDBBB6E4142C3A8FE: if v3 < 0, m.isKey("rpiMaker") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.taker = try d.directDecimal(v0)
                    self.maker = try d.directDecimal(v1)
                    self.groupId = try d.directText(v2)
                    self.rpiMaker = try d.directDecimal(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteDecimal(self.taker, "taker")
                    try c.apiWriteDecimal(self.maker, "maker")
                    try c.apiWriteText(self.groupId, "groupId")
                    try c.apiWriteDecimal(self.rpiMaker, "rpiMaker")
                }
            }
            /// A nested object of the response.
            public struct Fiat: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `taker`: a decimal number (a string on the wire).
                public let taker: Decimal?
                /// `maker`: a decimal number (a string on the wire).
                public let maker: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.taker = try c.apiDecimal("taker")
                    self.maker = try c.apiDecimal("maker")
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
                        case 0xC379BD29DE403D4C: if v1 < 0, m.isKey("taker") { v1 = m.value }
                        case 0xCE2A0CA504B15927: if v2 < 0, m.isKey("maker") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.taker = try d.directDecimal(v1)
                    self.maker = try d.directDecimal(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.taker, "taker")
                    try c.apiWriteDecimal(self.maker, "maker")
                }
            }
            /// `level`: text.
            public let level: String?
            /// `feeGroup`: a list of nested objects.
            public let feeGroup: [FeeGroup]?
            /// `delivery`: a decimal number (a string on the wire).
            public let delivery: Decimal?
            /// `exercise`: a decimal number (a string on the wire).
            public let exercise: Decimal?
            /// `instType`: one of a documented set of values (unknown values are kept).
            public let instType: InstType?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `taker`: a decimal number (a string on the wire); deprecated.
            public let taker: Decimal?
            /// `maker`: a decimal number (a string on the wire); deprecated.
            public let maker: Decimal?
            /// `takerU`: a decimal number (a string on the wire); deprecated.
            public let takerU: Decimal?
            /// `makerU`: a decimal number (a string on the wire); deprecated.
            public let makerU: Decimal?
            /// `takerUSDC`: a decimal number (a string on the wire); deprecated.
            public let takerUSDC: Decimal?
            /// `makerUSDC`: a decimal number (a string on the wire); deprecated.
            public let makerUSDC: Decimal?
            /// `ruleType`: one of a documented set of values (unknown values are kept); deprecated.
            public let ruleType: RuleType?
            /// `category`: text; deprecated.
            public let category: String?
            /// `fiat`: a list of nested objects; deprecated.
            public let fiat: [Fiat]?
            /// `settle`: a decimal number (a string on the wire).
            public let settle: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.level = try c.apiText("level")
                self.feeGroup = try c.apiNested("feeGroup")
                self.delivery = try c.apiDecimal("delivery")
                self.exercise = try c.apiDecimal("exercise")
                self.instType = try c.apiEnum("instType")
                self.ts = try c.apiDate("ts")
                self.taker = try c.apiDecimal("taker")
                self.maker = try c.apiDecimal("maker")
                self.takerU = try c.apiDecimal("takerU")
                self.makerU = try c.apiDecimal("makerU")
                self.takerUSDC = try c.apiDecimal("takerUSDC")
                self.makerUSDC = try c.apiDecimal("makerUSDC")
                self.ruleType = try c.apiEnum("ruleType")
                self.category = try c.apiText("category")
                self.fiat = try c.apiNested("fiat")
                self.settle = try c.apiDecimal("settle")
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
                    case 0xE8DDC90A9D7C709D: if v0 < 0, m.isKey("level") { v0 = m.value }
                    case 0xAA558A10AA1CC5BA: if v1 < 0, m.isKey("feeGroup") { v1 = m.value }
                    case 0x6469724AD3F534B5: if v2 < 0, m.isKey("delivery") { v2 = m.value }
                    case 0x591C2FBE36BFE7DB: if v3 < 0, m.isKey("exercise") { v3 = m.value }
                    case 0xF85FD2F9D9BFCED1: if v4 < 0, m.isKey("instType") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    case 0xC379BD29DE403D4C: if v6 < 0, m.isKey("taker") { v6 = m.value }
                    case 0xCE2A0CA504B15927: if v7 < 0, m.isKey("maker") { v7 = m.value }
                    case 0x68198724A727D17B: if v8 < 0, m.isKey("takerU") { v8 = m.value }
                    case 0x02CCEE66F95AFCB6: if v9 < 0, m.isKey("makerU") { v9 = m.value }
                    case 0xD5ED2A878388C075: if v10 < 0, m.isKey("takerUSDC") { v10 = m.value }
                    case 0xC1B9073E9E02CF06: if v11 < 0, m.isKey("makerUSDC") { v11 = m.value }
                    case 0x189E65E29BE15D6B: if v12 < 0, m.isKey("ruleType") { v12 = m.value }
                    case 0x5BD2E7FFB1224E91: if v13 < 0, m.isKey("category") { v13 = m.value }
                    case 0xAAAB0678F00B3B35: if v14 < 0, m.isKey("fiat") { v14 = m.value }
                    case 0x2718484DA169DC5A: if v15 < 0, m.isKey("settle") { v15 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.level = try d.directText(v0)
                self.feeGroup = try d.directNested(v1)
                self.delivery = try d.directDecimal(v2)
                self.exercise = try d.directDecimal(v3)
                self.instType = try d.directEnum(v4)
                self.ts = try d.directDate(v5)
                self.taker = try d.directDecimal(v6)
                self.maker = try d.directDecimal(v7)
                self.takerU = try d.directDecimal(v8)
                self.makerU = try d.directDecimal(v9)
                self.takerUSDC = try d.directDecimal(v10)
                self.makerUSDC = try d.directDecimal(v11)
                self.ruleType = try d.directEnum(v12)
                self.category = try d.directText(v13)
                self.fiat = try d.directNested(v14)
                self.settle = try d.directDecimal(v15)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.level, "level")
                try c.apiWriteNested(self.feeGroup, "feeGroup")
                try c.apiWriteDecimal(self.delivery, "delivery")
                try c.apiWriteDecimal(self.exercise, "exercise")
                try c.apiWriteEnum(self.instType, "instType")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteDecimal(self.taker, "taker")
                try c.apiWriteDecimal(self.maker, "maker")
                try c.apiWriteDecimal(self.takerU, "takerU")
                try c.apiWriteDecimal(self.makerU, "makerU")
                try c.apiWriteDecimal(self.takerUSDC, "takerUSDC")
                try c.apiWriteDecimal(self.makerUSDC, "makerUSDC")
                try c.apiWriteEnum(self.ruleType, "ruleType")
                try c.apiWriteText(self.category, "category")
                try c.apiWriteNested(self.fiat, "fiat")
                try c.apiWriteDecimal(self.settle, "settle")
            }
        }
    }

    /// `GET /api/v5/account/trade-fee`: “Get fee rates”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-fee-rates
    public static func getFeeRates(_ request: GetFeeRates.Request) -> Endpoint<[GetFeeRates.Response]> {
        .apiGet(GetFeeRates.path, request)
    }

    /// The values of `acctLv` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AcctLv: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `riskOffsetType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RiskOffsetType: OKXStringValue {
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

    /// The values of `curAcctLv` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CurAcctLv: OKXStringValue {
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

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `MARGIN`.
        public static let margin: Self = "MARGIN"
        /// `SWAP`.
        public static let swap: Self = "SWAP"
        /// `FUTURES`.
        public static let futures: Self = "FUTURES"
        /// `OPTION`.
        public static let option: Self = "OPTION"
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `EVENTS`.
        public static let events: Self = "EVENTS"
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
        /// `cash`.
        public static let cash: Self = "cash"
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

    /// The values of `frpType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct FrpType: OKXStringValue {
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

    /// The values of `colRes` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ColRes: OKXStringValue {
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

    /// The values of `autoLendStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AutoLendStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `unsupported`.
        public static let unsupported: Self = "unsupported"
        /// `off`.
        public static let off: Self = "off"
        /// `pending`.
        public static let pending: Self = "pending"
        /// `active`.
        public static let active: Self = "active"
    }

    /// The values of `deltaNeutralStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct DeltaNeutralStatus: OKXStringValue {
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

    /// The values of `ctType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CtType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `linear`.
        public static let linear: Self = "linear"
        /// `inverse`.
        public static let inverse: Self = "inverse"
    }

    /// The values of `execType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ExecType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `T`.
        public static let t: Self = "T"
        /// `M`.
        public static let m: Self = "M"
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

    /// The values of `quarter` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Quarter: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `Q1`.
        public static let q1: Self = "Q1"
        /// `Q2`.
        public static let q2: Self = "Q2"
        /// `Q3`.
        public static let q3: Self = "Q3"
        /// `Q4`.
        public static let q4: Self = "Q4"
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `live`.
        public static let live: Self = "live"
        /// `suspend`.
        public static let suspend: Self = "suspend"
        /// `rebase`.
        public static let rebase: Self = "rebase"
        /// `post_only`.
        public static let postOnly: Self = "post_only"
        /// `test`.
        public static let test: Self = "test"
        /// `settling`.
        public static let settling: Self = "settling"
        /// `filled`.
        public static let filled: Self = "filled"
        /// `failed`.
        public static let failed: Self = "failed"
        /// `pending`.
        public static let pending: Self = "pending"
    }

    /// The values of `acctStpMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct AcctStpMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cancel_maker`.
        public static let cancelMaker: Self = "cancel_maker"
        /// `cancel_taker`.
        public static let cancelTaker: Self = "cancel_taker"
        /// `cancel_both`.
        public static let cancelBoth: Self = "cancel_both"
    }

    /// The values of `posMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long_short_mode`.
        public static let longShortMode: Self = "long_short_mode"
        /// `net_mode`.
        public static let netMode: Self = "net_mode"
    }

    /// The values of `greeksType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct GreeksType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `PA`.
        public static let pa: Self = "PA"
        /// `BS`.
        public static let bs: Self = "BS"
        /// `CASH`.
        public static let cash: Self = "CASH"
    }

    /// The values of `feeType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct FeeType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `ctIsoMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CtIsoMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `automatic`.
        public static let automatic: Self = "automatic"
        /// `autonomy`.
        public static let autonomy: Self = "autonomy"
    }

    /// The values of `mgnIsoMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MgnIsoMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `auto_transfers_ccy`.
        public static let autoTransfersCcy: Self = "auto_transfers_ccy"
        /// `automatic`.
        public static let automatic: Self = "automatic"
        /// `quick_margin`.
        public static let quickMargin: Self = "quick_margin"
    }

    /// The values of `spotOffsetType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SpotOffsetType: OKXStringValue {
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
    }

    /// The values of `stgyType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct StgyType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
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

    /// The values of `spotRoleType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SpotRoleType: OKXStringValue {
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

    /// The values of `opAuth` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OpAuth: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `kycLv` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct KycLv: OKXStringValue {
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
        /// `3`.
        public static let v3: Self = "3"
    }

    /// The values of `perm` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Perm: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `read_only`.
        public static let readOnly: Self = "read_only"
        /// `trade`.
        public static let trade: Self = "trade"
        /// `withdraw`.
        public static let withdraw: Self = "withdraw"
    }

    /// The values of `type` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TypeValue: OKXStringValue {
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
        /// `5`.
        public static let v5: Self = "5"
        /// `9`.
        public static let v9: Self = "9"
        /// `12`.
        public static let v12: Self = "12"
        /// `increase`.
        public static let increase: Self = "increase"
        /// `reduce`.
        public static let reduce: Self = "reduce"
        /// `mmr`.
        public static let mmr: Self = "mmr"
        /// `add`.
        public static let add: Self = "add"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `6`.
        public static let v6: Self = "6"
        /// `spot_mode`.
        public static let spotMode: Self = "spot_mode"
        /// `futures_mode`.
        public static let futuresMode: Self = "futures_mode"
        /// `isolated_margin`.
        public static let isolatedMargin: Self = "isolated_margin"
        /// `isolated_contract`.
        public static let isolatedContract: Self = "isolated_contract"
        /// `positions_options`.
        public static let positionsOptions: Self = "positions_options"
        /// `isolated_pending_orders`.
        public static let isolatedPendingOrders: Self = "isolated_pending_orders"
        /// `pending_orders_options`.
        public static let pendingOrdersOptions: Self = "pending_orders_options"
        /// `trading_bot`.
        public static let tradingBot: Self = "trading_bot"
        /// `repay_borrowings`.
        public static let repayBorrowings: Self = "repay_borrowings"
        /// `loan`.
        public static let loan: Self = "loan"
        /// `delta_risk`.
        public static let deltaRisk: Self = "delta_risk"
        /// `collateral_all`.
        public static let collateralAll: Self = "collateral_all"
        /// `risk_unit_type`.
        public static let riskUnitType: Self = "risk_unit_type"
        /// `asset_validation`.
        public static let assetValidation: Self = "asset_validation"
        /// `pending_orders`.
        public static let pendingOrders: Self = "pending_orders"
        /// `pending_algos`.
        public static let pendingAlgos: Self = "pending_algos"
        /// `contract_long_short`.
        public static let contractLongShort: Self = "contract_long_short"
        /// `cross_margin`.
        public static let crossMargin: Self = "cross_margin"
        /// `cross_option_buyer`.
        public static let crossOptionBuyer: Self = "cross_option_buyer"
        /// `isolated_option`.
        public static let isolatedOption: Self = "isolated_option"
        /// `growth_fund`.
        public static let growthFund: Self = "growth_fund"
        /// `all_positions`.
        public static let allPositions: Self = "all_positions"
        /// `spot_lead_copy_only_simple_single`.
        public static let spotLeadCopyOnlySimpleSingle: Self = "spot_lead_copy_only_simple_single"
        /// `stop_spot_custom`.
        public static let stopSpotCustom: Self = "stop_spot_custom"
        /// `stop_futures_custom`.
        public static let stopFuturesCustom: Self = "stop_futures_custom"
        /// `lead_portfolio`.
        public static let leadPortfolio: Self = "lead_portfolio"
        /// `futures_smart_sync`.
        public static let futuresSmartSync: Self = "futures_smart_sync"
        /// `vip_fixed_loan`.
        public static let vipFixedLoan: Self = "vip_fixed_loan"
        /// `compliance_restriction`.
        public static let complianceRestriction: Self = "compliance_restriction"
        /// `compliance_kyc2`.
        public static let complianceKyc2: Self = "compliance_kyc2"
        /// `all`.
        public static let all: Self = "all"
        /// `custom`.
        public static let custom: Self = "custom"
        /// `MARGIN`.
        public static let margin: Self = "MARGIN"
        /// `CONTRACTS`.
        public static let contracts: Self = "CONTRACTS"
        /// `stgyType`.
        public static let stgyType: Self = "stgyType"
        /// `auto_borrow`.
        public static let autoBorrow: Self = "auto_borrow"
        /// `auto_repay`.
        public static let autoRepay: Self = "auto_repay"
        /// `manual_borrow`.
        public static let manualBorrow: Self = "manual_borrow"
        /// `manual_repay`.
        public static let manualRepay: Self = "manual_repay"
    }

    /// The values of `ccy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Ccy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `BTC`.
        public static let btc: Self = "BTC"
        /// `ETH`.
        public static let eth: Self = "ETH"
        /// `USDT`.
        public static let usdt: Self = "USDT"
        /// `OKB`.
        public static let okb: Self = "OKB"
    }

    /// The values of `param` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Param: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `tickSz`.
        public static let tickSz: Self = "tickSz"
        /// `minSz`.
        public static let minSz: Self = "minSz"
        /// `maxMktSz`.
        public static let maxMktSz: Self = "maxMktSz"
    }

    /// The values of `groupId` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct GroupId: OKXStringValue {
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
        /// `5`.
        public static let v5: Self = "5"
        /// `7`.
        public static let v7: Self = "7"
        /// `8`.
        public static let v8: Self = "8"
        /// `9`.
        public static let v9: Self = "9"
        /// `10`.
        public static let v10: Self = "10"
        /// `11`.
        public static let v11: Self = "11"
        /// `12`.
        public static let v12: Self = "12"
        /// `13`.
        public static let v13: Self = "13"
        /// `14`.
        public static let v14: Self = "14"
        /// `15`.
        public static let v15: Self = "15"
        /// `6`.
        public static let v6: Self = "6"
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

    /// The values of `openType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OpenType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `fix_price`.
        public static let fixPrice: Self = "fix_price"
        /// `pre_quote`.
        public static let preQuote: Self = "pre_quote"
        /// `call_auction`.
        public static let callAuction: Self = "call_auction"
    }

    /// The values of `rpi` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Rpi: OKXStringValue {
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

    /// The values of `ruleType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct RuleType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `normal`.
        public static let normal: Self = "normal"
        /// `pre_market`.
        public static let preMarket: Self = "pre_market"
        /// `rebase_contract`.
        public static let rebaseContract: Self = "rebase_contract"
        /// `xperp`.
        public static let xperp: Self = "xperp"
    }

    /// The values of `instCategory` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstCategory: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
    }

    /// The values of `tdMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct TdMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cross`.
        public static let cross: Self = "cross"
        /// `isolated`.
        public static let isolated: Self = "isolated"
        /// `cash`.
        public static let cash: Self = "cash"
        /// `spot_isolated`.
        public static let spotIsolated: Self = "spot_isolated"
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
        /// `borrow`.
        public static let borrow: Self = "borrow"
        /// `repay`.
        public static let repay: Self = "repay"
    }

    /// The values of `outcome` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Outcome: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `yes`.
        public static let yes: Self = "yes"
        /// `no`.
        public static let no: Self = "no"
    }

    /// The values of `volShock` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct VolShock: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `down`.
        public static let down: Self = "down"
        /// `unchange`.
        public static let unchange: Self = "unchange"
        /// `up`.
        public static let up: Self = "up"
    }

    /// The values of `posType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PosType: OKXStringValue {
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
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
        /// `7`.
        public static let v7: Self = "7"
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

    /// The values of `direction` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Direction: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `long`.
        public static let long: Self = "long"
        /// `short`.
        public static let short: Self = "short"
    }

    /// The values of `sCode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SCode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
        /// `3`.
        public static let v3: Self = "3"
        /// `4`.
        public static let v4: Self = "4"
    }

    /// The values of `earnType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct EarnType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `1`.
        public static let v1: Self = "1"
    }

    /// The values of `action` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Action: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `turn_on`.
        public static let turnOn: Self = "turn_on"
        /// `turn_off`.
        public static let turnOff: Self = "turn_off"
        /// `amend`.
        public static let amend: Self = "amend"
    }

    /// The values of `isoMode` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct IsoMode: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `auto_transfers_ccy`.
        public static let autoTransfersCcy: Self = "auto_transfers_ccy"
        /// `automatic`.
        public static let automatic: Self = "automatic"
    }
}
