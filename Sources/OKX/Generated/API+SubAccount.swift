// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “sub-account”.
    public enum SubAccount {}
}

extension API.SubAccount {
    /// `GET /api/v5/account/subaccount/balances`: “Get sub-account trading balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-trading-balance
    public enum GetSubAccountTradingBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/subaccount/balances"
        /// The parameters of `GET /api/v5/account/subaccount/balances`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-trading-balance
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String) {
                self.subAcct = subAcct
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/subaccount/balances`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-trading-balance
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

    /// `GET /api/v5/account/subaccount/balances`: “Get sub-account trading balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-trading-balance
    public static func getSubAccountTradingBalance(_ request: GetSubAccountTradingBalance.Request) -> Endpoint<[GetSubAccountTradingBalance.Response]> {
        .apiGet(GetSubAccountTradingBalance.path, request)
    }

    /// `GET /api/v5/account/subaccount/max-withdrawal`: “Get sub-account maximum withdrawals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-maximum-withdrawals
    public enum GetSubAccountMaximumWithdrawals {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/account/subaccount/max-withdrawal"
        /// The parameters of `GET /api/v5/account/subaccount/max-withdrawal`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-maximum-withdrawals
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `ccy`: text.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, ccy: String? = nil) {
                self.subAcct = subAcct
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/account/subaccount/max-withdrawal`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-maximum-withdrawals
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

    /// `GET /api/v5/account/subaccount/max-withdrawal`: “Get sub-account maximum withdrawals”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-maximum-withdrawals
    public static func getSubAccountMaximumWithdrawals(_ request: GetSubAccountMaximumWithdrawals.Request) -> Endpoint<[GetSubAccountMaximumWithdrawals.Response]> {
        .apiGet(GetSubAccountMaximumWithdrawals.path, request)
    }

    /// `GET /api/v5/asset/subaccount/balances`: “Get sub-account funding balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-funding-balance
    public enum GetSubAccountFundingBalance {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/subaccount/balances"
        /// The parameters of `GET /api/v5/asset/subaccount/balances`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-funding-balance
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `ccy`: text.
            public var ccy: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, ccy: String? = nil) {
                self.subAcct = subAcct
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("ccy", ccy)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/subaccount/balances`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-funding-balance
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

    /// `GET /api/v5/asset/subaccount/balances`: “Get sub-account funding balance”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-funding-balance
    public static func getSubAccountFundingBalance(_ request: GetSubAccountFundingBalance.Request) -> Endpoint<[GetSubAccountFundingBalance.Response]> {
        .apiGet(GetSubAccountFundingBalance.path, request)
    }

    /// `GET /api/v5/asset/subaccount/bills`: “Get history of sub-account transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-sub-account-transfer
    public enum GetHistoryOfSubAccountTransfer {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/subaccount/bills"
        /// The parameters of `GET /api/v5/asset/subaccount/bills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-sub-account-transfer
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `subAcct`: text.
            public var subAcct: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, type: TypeValue? = nil, subAcct: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.type = type
                self.subAcct = subAcct
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("subAcct", subAcct)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/subaccount/bills`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-sub-account-transfer
        public struct Response: Codable, Sendable, TapeDirect {
            /// `billId`: text.
            public let billId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `type`: text.
            public let type: String?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.billId = try c.apiRequiredText("billId")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.type = try c.apiText("type")
                self.subAcct = try c.apiText("subAcct")
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
                    case 0x58FC9E6248F4DD71: if v0 < 0, m.isKey("billId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xA79439EF7BFA9C2D: if v3 < 0, m.isKey("type") { v3 = m.value }
                    case 0xD2699C0082FD2FFA: if v4 < 0, m.isKey("subAcct") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.billId = try d.directRequiredText(v0, "billId")
                self.ccy = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.type = try d.directText(v3)
                self.subAcct = try d.directText(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/asset/subaccount/bills`: “Get history of sub-account transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-sub-account-transfer
    public static func getHistoryOfSubAccountTransfer(_ request: GetHistoryOfSubAccountTransfer.Request = .init()) -> Endpoint<[GetHistoryOfSubAccountTransfer.Response]> {
        .apiGet(GetHistoryOfSubAccountTransfer.path, request)
    }

    /// `GET /api/v5/asset/subaccount/managed-subaccount-bills`: “Get history of managed sub-account transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-managed-sub-account-transfer
    public enum GetHistoryOfManagedSubAccountTransfer {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/asset/subaccount/managed-subaccount-bills"
        /// The parameters of `GET /api/v5/asset/subaccount/managed-subaccount-bills`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-managed-sub-account-transfer
        public struct Request: APIRequestFields, PageableRequest {
            /// `ccy`: text.
            public var ccy: String?
            /// `type`: one of a documented set of values (unknown values are kept).
            public var type: TypeValue?
            /// `subAcct`: text.
            public var subAcct: String?
            /// `subUid`: text.
            public var subUid: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String? = nil, type: TypeValue? = nil, subAcct: String? = nil, subUid: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.ccy = ccy
                self.type = type
                self.subAcct = subAcct
                self.subUid = subUid
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("type", type)
                p.add("subAcct", subAcct)
                p.add("subUid", subUid)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/asset/subaccount/managed-subaccount-bills`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-managed-sub-account-transfer
        public struct Response: Codable, Sendable, TapeDirect {
            /// `billId`: text.
            public let billId: String
            /// `ccy`: text.
            public let ccy: String?
            /// `amt`: a decimal number (a string on the wire).
            public let amt: Decimal?
            /// `type`: text.
            public let type: String?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `subUid`: text.
            public let subUid: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.billId = try c.apiRequiredText("billId")
                self.ccy = try c.apiText("ccy")
                self.amt = try c.apiDecimal("amt")
                self.type = try c.apiText("type")
                self.subAcct = try c.apiText("subAcct")
                self.subUid = try c.apiText("subUid")
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
                    case 0x58FC9E6248F4DD71: if v0 < 0, m.isKey("billId") { v0 = m.value }
                    case 0xF5DBFE190CDE752E: if v1 < 0, m.isKey("ccy") { v1 = m.value }
                    case 0xE6F3A919051C2845: if v2 < 0, m.isKey("amt") { v2 = m.value }
                    case 0xA79439EF7BFA9C2D: if v3 < 0, m.isKey("type") { v3 = m.value }
                    case 0xD2699C0082FD2FFA: if v4 < 0, m.isKey("subAcct") { v4 = m.value }
                    case 0x10156C89EA065E5D: if v5 < 0, m.isKey("subUid") { v5 = m.value }
                    case 0x08C83D07B56AC770: if v6 < 0, m.isKey("ts") { v6 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.billId = try d.directRequiredText(v0, "billId")
                self.ccy = try d.directText(v1)
                self.amt = try d.directDecimal(v2)
                self.type = try d.directText(v3)
                self.subAcct = try d.directText(v4)
                self.subUid = try d.directText(v5)
                self.ts = try d.directDate(v6)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.billId, "billId")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDecimal(self.amt, "amt")
                try c.apiWriteText(self.type, "type")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.subUid, "subUid")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/asset/subaccount/managed-subaccount-bills`: “Get history of managed sub-account transfer”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-history-of-managed-sub-account-transfer
    public static func getHistoryOfManagedSubAccountTransfer(_ request: GetHistoryOfManagedSubAccountTransfer.Request = .init()) -> Endpoint<[GetHistoryOfManagedSubAccountTransfer.Response]> {
        .apiGet(GetHistoryOfManagedSubAccountTransfer.path, request)
    }

    /// `POST /api/v5/asset/subaccount/transfer`: “Master accounts manage the transfers between sub-accounts”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-master-accounts-manage-the-transfers-between-sub-accounts
    public enum MasterAccountsManageTheTransfersBetweenSubAccounts {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/asset/subaccount/transfer"
        /// The parameters of `POST /api/v5/asset/subaccount/transfer`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-master-accounts-manage-the-transfers-between-sub-accounts
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `amt`: a decimal number (a string on the wire); required.
            public var amt: Decimal
            /// `from`: one of a documented set of values (unknown values are kept); required.
            public var from: From
            /// `to`: one of a documented set of values (unknown values are kept); required.
            public var to: To
            /// `fromSubAccount`: text; required.
            public var fromSubAccount: String
            /// `toSubAccount`: text; required.
            public var toSubAccount: String
            /// `loanTrans`: a boolean.
            public var loanTrans: Bool?
            /// `omitPosRisk`: text.
            public var omitPosRisk: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, amt: Decimal, from: From, to: To, fromSubAccount: String, toSubAccount: String, loanTrans: Bool? = nil, omitPosRisk: String? = nil) {
                self.ccy = ccy
                self.amt = amt
                self.from = from
                self.to = to
                self.fromSubAccount = fromSubAccount
                self.toSubAccount = toSubAccount
                self.loanTrans = loanTrans
                self.omitPosRisk = omitPosRisk
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("amt", amt)
                p.add("from", from)
                p.add("to", to)
                p.add("fromSubAccount", fromSubAccount)
                p.add("toSubAccount", toSubAccount)
                p.add("loanTrans", loanTrans)
                p.add("omitPosRisk", omitPosRisk)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/asset/subaccount/transfer`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-master-accounts-manage-the-transfers-between-sub-accounts
        public struct Response: Codable, Sendable, TapeDirect {
            /// `transId`: text.
            public let transId: String
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.transId = try c.apiRequiredText("transId")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x485DC1414C281A04: if v0 < 0, m.isKey("transId") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.transId = try d.directRequiredText(v0, "transId")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.transId, "transId")
            }
        }
    }

    /// `POST /api/v5/asset/subaccount/transfer`: “Master accounts manage the transfers between sub-accounts”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-master-accounts-manage-the-transfers-between-sub-accounts
    public static func masterAccountsManageTheTransfersBetweenSubAccounts(_ request: MasterAccountsManageTheTransfersBetweenSubAccounts.Request) -> Endpoint<[MasterAccountsManageTheTransfersBetweenSubAccounts.Response]> {
        .apiPost(MasterAccountsManageTheTransfersBetweenSubAccounts.path, request)
    }

    /// `GET /api/v5/users/entrust-subaccount-list`: “Get custody trading sub-account list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-custody-trading-sub-account-list
    public enum GetCustodyTradingSubAccountList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/users/entrust-subaccount-list"
        /// The parameters of `GET /api/v5/users/entrust-subaccount-list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-custody-trading-sub-account-list
        public struct Request: APIRequestFields {
            /// `subAcct`: text.
            public var subAcct: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String? = nil) {
                self.subAcct = subAcct
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/users/entrust-subaccount-list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-custody-trading-sub-account-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
            }
        }
    }

    /// `GET /api/v5/users/entrust-subaccount-list`: “Get custody trading sub-account list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-custody-trading-sub-account-list
    public static func getCustodyTradingSubAccountList(_ request: GetCustodyTradingSubAccountList.Request = .init()) -> Endpoint<[GetCustodyTradingSubAccountList.Response]> {
        .apiGet(GetCustodyTradingSubAccountList.path, request)
    }

    /// `GET /api/v5/users/subaccount/apikey`: “Query the API Key of a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-query-the-api-key-of-a-sub-account
    public enum QueryTheAPIKeyOfASubAccount {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/users/subaccount/apikey"
        /// The parameters of `GET /api/v5/users/subaccount/apikey`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-query-the-api-key-of-a-sub-account
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `apiKey`: text.
            public var apiKey: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, apiKey: String? = nil) {
                self.subAcct = subAcct
                self.apiKey = apiKey
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("apiKey", apiKey)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/users/subaccount/apikey`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-query-the-api-key-of-a-sub-account
        public struct Response: Codable, Sendable, TapeDirect {
            /// `label`: text.
            public let label: String?
            /// `apiKey`: text.
            public let apiKey: String?
            /// `perm`: one of a documented set of values (unknown values are kept).
            public let perm: Perm?
            /// `ip`: text.
            public let ip: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.label = try c.apiText("label")
                self.apiKey = try c.apiText("apiKey")
                self.perm = try c.apiEnum("perm")
                self.ip = try c.apiText("ip")
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
                    case 0x39F7FCEC8FCB623D: if v0 < 0, m.isKey("label") { v0 = m.value }
                    case 0x0FD45B12EE18DDFE: if v1 < 0, m.isKey("apiKey") { v1 = m.value }
                    case 0xDFC46A0DD71032CB: if v2 < 0, m.isKey("perm") { v2 = m.value }
                    case 0x08B74207B55C5CBC: if v3 < 0, m.isKey("ip") { v3 = m.value }
                    case 0x08C83D07B56AC770: if v4 < 0, m.isKey("ts") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.label = try d.directText(v0)
                self.apiKey = try d.directText(v1)
                self.perm = try d.directEnum(v2)
                self.ip = try d.directText(v3)
                self.ts = try d.directDate(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.label, "label")
                try c.apiWriteText(self.apiKey, "apiKey")
                try c.apiWriteEnum(self.perm, "perm")
                try c.apiWriteText(self.ip, "ip")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `GET /api/v5/users/subaccount/apikey`: “Query the API Key of a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-query-the-api-key-of-a-sub-account
    public static func queryTheAPIKeyOfASubAccount(_ request: QueryTheAPIKeyOfASubAccount.Request) -> Endpoint<[QueryTheAPIKeyOfASubAccount.Response]> {
        .apiGet(QueryTheAPIKeyOfASubAccount.path, request)
    }

    /// `POST /api/v5/users/subaccount/apikey`: “Create an API Key for a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-an-api-key-for-a-sub-account
    public enum CreateAnAPIKeyForASubAccount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/users/subaccount/apikey"
        /// The parameters of `POST /api/v5/users/subaccount/apikey`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-an-api-key-for-a-sub-account
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `label`: text; required.
            public var label: String
            /// `passphrase`: text; required.
            public var passphrase: String
            /// `perm`: one of a documented set of values (unknown values are kept).
            public var perm: Perm?
            /// `ip`: text.
            public var ip: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, label: String, passphrase: String, perm: Perm? = nil, ip: String? = nil) {
                self.subAcct = subAcct
                self.label = label
                self.passphrase = passphrase
                self.perm = perm
                self.ip = ip
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("label", label)
                p.add("passphrase", passphrase)
                p.add("perm", perm)
                p.add("ip", ip)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/users/subaccount/apikey`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-an-api-key-for-a-sub-account
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// `label`: text.
            public let label: String?
            /// `apiKey`: text.
            public let apiKey: String?
            /// `secretKey`: text.
            public let secretKey: String?
            /// `passphrase`: text.
            public let passphrase: String?
            /// `perm`: one of a documented set of values (unknown values are kept).
            public let perm: Perm?
            /// `ip`: text.
            public let ip: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
                self.label = try c.apiText("label")
                self.apiKey = try c.apiText("apiKey")
                self.secretKey = try c.apiText("secretKey")
                self.passphrase = try c.apiText("passphrase")
                self.perm = try c.apiEnum("perm")
                self.ip = try c.apiText("ip")
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
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    case 0x39F7FCEC8FCB623D: if v1 < 0, m.isKey("label") { v1 = m.value }
                    case 0x0FD45B12EE18DDFE: if v2 < 0, m.isKey("apiKey") { v2 = m.value }
                    case 0x6FAA55D4BC372998: if v3 < 0, m.isKey("secretKey") { v3 = m.value }
                    case 0xDDF768AA4DC9D545: if v4 < 0, m.isKey("passphrase") { v4 = m.value }
                    case 0xDFC46A0DD71032CB: if v5 < 0, m.isKey("perm") { v5 = m.value }
                    case 0x08B74207B55C5CBC: if v6 < 0, m.isKey("ip") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
                self.label = try d.directText(v1)
                self.apiKey = try d.directText(v2)
                self.secretKey = try d.directText(v3)
                self.passphrase = try d.directText(v4)
                self.perm = try d.directEnum(v5)
                self.ip = try d.directText(v6)
                self.ts = try d.directDate(v7)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.label, "label")
                try c.apiWriteText(self.apiKey, "apiKey")
                try c.apiWriteText(self.secretKey, "secretKey")
                try c.apiWriteText(self.passphrase, "passphrase")
                try c.apiWriteEnum(self.perm, "perm")
                try c.apiWriteText(self.ip, "ip")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/users/subaccount/apikey`: “Create an API Key for a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-an-api-key-for-a-sub-account
    public static func createAnAPIKeyForASubAccount(_ request: CreateAnAPIKeyForASubAccount.Request) -> Endpoint<[CreateAnAPIKeyForASubAccount.Response]> {
        .apiPost(CreateAnAPIKeyForASubAccount.path, request)
    }

    /// `POST /api/v5/users/subaccount/create-subaccount`: “Create sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-sub-account
    public enum CreateSubAccount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/users/subaccount/create-subaccount"
        /// The parameters of `POST /api/v5/users/subaccount/create-subaccount`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-sub-account
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `type`: one of a documented set of values (unknown values are kept); required.
            public var type: TypeValue
            /// `label`: text.
            public var label: String?
            /// `pwd`: text; required in some cases.
            public var pwd: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, type: TypeValue, label: String? = nil, pwd: String? = nil) {
                self.subAcct = subAcct
                self.type = type
                self.label = label
                self.pwd = pwd
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("type", type)
                p.add("label", label)
                p.add("pwd", pwd)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/users/subaccount/create-subaccount`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-sub-account
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// `label`: text.
            public let label: String?
            /// `uid`: text.
            public let uid: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
                self.label = try c.apiText("label")
                self.uid = try c.apiText("uid")
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
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    case 0x39F7FCEC8FCB623D: if v1 < 0, m.isKey("label") { v1 = m.value }
                    case 0x4C9CB5193E0B272D: if v2 < 0, m.isKey("uid") { v2 = m.value }
                    case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
                self.label = try d.directText(v1)
                self.uid = try d.directText(v2)
                self.ts = try d.directDate(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.label, "label")
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/users/subaccount/create-subaccount`: “Create sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-create-sub-account
    public static func createSubAccount(_ request: CreateSubAccount.Request) -> Endpoint<[CreateSubAccount.Response]> {
        .apiPost(CreateSubAccount.path, request)
    }

    /// `POST /api/v5/users/subaccount/delete-apikey`: “Delete the API Key of sub-accounts”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-delete-the-api-key-of-sub-accounts
    public enum DeleteTheAPIKeyOfSubAccounts {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/users/subaccount/delete-apikey"
        /// The parameters of `POST /api/v5/users/subaccount/delete-apikey`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-delete-the-api-key-of-sub-accounts
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `apiKey`: text; required.
            public var apiKey: String
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, apiKey: String) {
                self.subAcct = subAcct
                self.apiKey = apiKey
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("apiKey", apiKey)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/users/subaccount/delete-apikey`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-delete-the-api-key-of-sub-accounts
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
            }
        }
    }

    /// `POST /api/v5/users/subaccount/delete-apikey`: “Delete the API Key of sub-accounts”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-delete-the-api-key-of-sub-accounts
    public static func deleteTheAPIKeyOfSubAccounts(_ request: DeleteTheAPIKeyOfSubAccounts.Request) -> Endpoint<[DeleteTheAPIKeyOfSubAccounts.Response]> {
        .apiPost(DeleteTheAPIKeyOfSubAccounts.path, request)
    }

    /// `GET /api/v5/users/subaccount/list`: “Get sub-account list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-list
    public enum GetSubAccountList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/users/subaccount/list"
        /// The parameters of `GET /api/v5/users/subaccount/list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-list
        public struct Request: APIRequestFields, PageableRequest {
            /// `enable`: a boolean.
            public var enable: Bool?
            /// `subAcct`: text.
            public var subAcct: String?
            /// `after`: a time (epoch milliseconds on the wire).
            public var after: Date?
            /// `before`: a time (epoch milliseconds on the wire).
            public var before: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(enable: Bool? = nil, subAcct: String? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) {
                self.enable = enable
                self.subAcct = subAcct
                self.after = after
                self.before = before
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("enable", enable)
                p.add("subAcct", subAcct)
                p.add("after", after)
                p.add("before", before)
                p.add("limit", limit)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/users/subaccount/list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `type`: one of a documented set of values (unknown values are kept).
            public let type: TypeValue?
            /// `enable`: a boolean.
            public let enable: Bool?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `uid`: text.
            public let uid: String?
            /// `label`: text.
            public let label: String?
            /// `mobile`: text.
            public let mobile: String?
            /// `gAuth`: a boolean.
            public let gAuth: Bool?
            /// `frozenFunc`: a list of text values.
            public let frozenFunc: [String]?
            /// `canTransOut`: a boolean.
            public let canTransOut: Bool?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// `subAcctLv`: one of a documented set of values (unknown values are kept).
            public let subAcctLv: SubAcctLv?
            /// `firstLvSubAcct`: text.
            public let firstLvSubAcct: String?
            /// `ifDma`: a boolean.
            public let ifDma: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.type = try c.apiEnum("type")
                self.enable = try c.apiBoolean("enable")
                self.subAcct = try c.apiText("subAcct")
                self.uid = try c.apiText("uid")
                self.label = try c.apiText("label")
                self.mobile = try c.apiText("mobile")
                self.gAuth = try c.apiBoolean("gAuth")
                self.frozenFunc = try c.apiTexts("frozenFunc")
                self.canTransOut = try c.apiBoolean("canTransOut")
                self.ts = try c.apiDate("ts")
                self.subAcctLv = try c.apiEnum("subAcctLv")
                self.firstLvSubAcct = try c.apiText("firstLvSubAcct")
                self.ifDma = try c.apiBoolean("ifDma")
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
                    case 0xA79439EF7BFA9C2D: if v0 < 0, m.isKey("type") { v0 = m.value }
                    case 0xA8101B6DC1DD798E: if v1 < 0, m.isKey("enable") { v1 = m.value }
                    case 0xD2699C0082FD2FFA: if v2 < 0, m.isKey("subAcct") { v2 = m.value }
                    case 0x4C9CB5193E0B272D: if v3 < 0, m.isKey("uid") { v3 = m.value }
                    case 0x39F7FCEC8FCB623D: if v4 < 0, m.isKey("label") { v4 = m.value }
                    case 0x1C897668DC73AB37: if v5 < 0, m.isKey("mobile") { v5 = m.value }
                    case 0x9172B2C94748668C: if v6 < 0, m.isKey("gAuth") { v6 = m.value }
                    case 0x84CC7C91B696E129: if v7 < 0, m.isKey("frozenFunc") { v7 = m.value }
                    case 0xBD8BA5C5307F134B: if v8 < 0, m.isKey("canTransOut") { v8 = m.value }
                    case 0x08C83D07B56AC770: if v9 < 0, m.isKey("ts") { v9 = m.value }
                    case 0x0063EC35DB46EE5C: if v10 < 0, m.isKey("subAcctLv") { v10 = m.value }
                    case 0xDE19198D5EECB3AC: if v11 < 0, m.isKey("firstLvSubAcct") { v11 = m.value }
                    case 0x9BD1054D7E144E90: if v12 < 0, m.isKey("ifDma") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.type = try d.directEnum(v0)
                self.enable = try d.directBoolean(v1)
                self.subAcct = try d.directText(v2)
                self.uid = try d.directText(v3)
                self.label = try d.directText(v4)
                self.mobile = try d.directText(v5)
                self.gAuth = try d.directBoolean(v6)
                self.frozenFunc = try d.directTexts(v7)
                self.canTransOut = try d.directBoolean(v8)
                self.ts = try d.directDate(v9)
                self.subAcctLv = try d.directEnum(v10)
                self.firstLvSubAcct = try d.directText(v11)
                self.ifDma = try d.directBoolean(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteEnum(self.type, "type")
                try c.apiWriteBoolean(self.enable, "enable")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteText(self.label, "label")
                try c.apiWriteText(self.mobile, "mobile")
                try c.apiWriteBoolean(self.gAuth, "gAuth")
                try c.apiWriteTexts(self.frozenFunc, "frozenFunc")
                try c.apiWriteBoolean(self.canTransOut, "canTransOut")
                try c.apiWriteDate(self.ts, "ts")
                try c.apiWriteEnum(self.subAcctLv, "subAcctLv")
                try c.apiWriteText(self.firstLvSubAcct, "firstLvSubAcct")
                try c.apiWriteBoolean(self.ifDma, "ifDma")
            }
        }
    }

    /// `GET /api/v5/users/subaccount/list`: “Get sub-account list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-get-sub-account-list
    public static func getSubAccountList(_ request: GetSubAccountList.Request = .init()) -> Endpoint<[GetSubAccountList.Response]> {
        .apiGet(GetSubAccountList.path, request)
    }

    /// `POST /api/v5/users/subaccount/modify-apikey`: “Reset the API Key of a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-reset-the-api-key-of-a-sub-account
    public enum ResetTheAPIKeyOfASubAccount {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/users/subaccount/modify-apikey"
        /// The parameters of `POST /api/v5/users/subaccount/modify-apikey`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-reset-the-api-key-of-a-sub-account
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `apiKey`: text; required.
            public var apiKey: String
            /// `label`: text.
            public var label: String?
            /// `perm`: one of a documented set of values (unknown values are kept).
            public var perm: Perm?
            /// `ip`: text.
            public var ip: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, apiKey: String, label: String? = nil, perm: Perm? = nil, ip: String? = nil) {
                self.subAcct = subAcct
                self.apiKey = apiKey
                self.label = label
                self.perm = perm
                self.ip = ip
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("apiKey", apiKey)
                p.add("label", label)
                p.add("perm", perm)
                p.add("ip", ip)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/users/subaccount/modify-apikey`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-reset-the-api-key-of-a-sub-account
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// `apiKey`: text.
            public let apiKey: String?
            /// `label`: text.
            public let label: String?
            /// `perm`: one of a documented set of values (unknown values are kept).
            public let perm: Perm?
            /// `ip`: text.
            public let ip: String?
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
                self.apiKey = try c.apiText("apiKey")
                self.label = try c.apiText("label")
                self.perm = try c.apiEnum("perm")
                self.ip = try c.apiText("ip")
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
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    case 0x0FD45B12EE18DDFE: if v1 < 0, m.isKey("apiKey") { v1 = m.value }
                    case 0x39F7FCEC8FCB623D: if v2 < 0, m.isKey("label") { v2 = m.value }
                    case 0xDFC46A0DD71032CB: if v3 < 0, m.isKey("perm") { v3 = m.value }
                    case 0x08B74207B55C5CBC: if v4 < 0, m.isKey("ip") { v4 = m.value }
                    case 0x08C83D07B56AC770: if v5 < 0, m.isKey("ts") { v5 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
                self.apiKey = try d.directText(v1)
                self.label = try d.directText(v2)
                self.perm = try d.directEnum(v3)
                self.ip = try d.directText(v4)
                self.ts = try d.directDate(v5)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteText(self.apiKey, "apiKey")
                try c.apiWriteText(self.label, "label")
                try c.apiWriteEnum(self.perm, "perm")
                try c.apiWriteText(self.ip, "ip")
                try c.apiWriteDate(self.ts, "ts")
            }
        }
    }

    /// `POST /api/v5/users/subaccount/modify-apikey`: “Reset the API Key of a sub-account”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-reset-the-api-key-of-a-sub-account
    public static func resetTheAPIKeyOfASubAccount(_ request: ResetTheAPIKeyOfASubAccount.Request) -> Endpoint<[ResetTheAPIKeyOfASubAccount.Response]> {
        .apiPost(ResetTheAPIKeyOfASubAccount.path, request)
    }

    /// `POST /api/v5/users/subaccount/set-transfer-out`: “Set permission of transfer out”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-set-permission-of-transfer-out
    public enum SetPermissionOfTransferOut {
        /// The HTTP method.
        public static let method: HTTPMethod = .post
        /// The path.
        public static let path = "/api/v5/users/subaccount/set-transfer-out"
        /// The parameters of `POST /api/v5/users/subaccount/set-transfer-out`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-set-permission-of-transfer-out
        public struct Request: APIRequestFields {
            /// `subAcct`: text; required.
            public var subAcct: String
            /// `canTransOut`: a boolean.
            public var canTransOut: Bool?
            /// A request with the given parameters; nil ones are not sent.
            public init(subAcct: String, canTransOut: Bool? = nil) {
                self.subAcct = subAcct
                self.canTransOut = canTransOut
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("subAcct", subAcct)
                p.add("canTransOut", canTransOut)
                return p
            }
        }
        /// One item of the `data` array of `POST /api/v5/users/subaccount/set-transfer-out`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-set-permission-of-transfer-out
        public struct Response: Codable, Sendable, TapeDirect {
            /// `subAcct`: text.
            public let subAcct: String?
            /// `canTransOut`: a boolean.
            public let canTransOut: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.subAcct = try c.apiText("subAcct")
                self.canTransOut = try c.apiBoolean("canTransOut")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xD2699C0082FD2FFA: if v0 < 0, m.isKey("subAcct") { v0 = m.value }
                    case 0xBD8BA5C5307F134B: if v1 < 0, m.isKey("canTransOut") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.subAcct = try d.directText(v0)
                self.canTransOut = try d.directBoolean(v1)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteBoolean(self.canTransOut, "canTransOut")
            }
        }
    }

    /// `POST /api/v5/users/subaccount/set-transfer-out`: “Set permission of transfer out”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#sub-account-rest-api-set-permission-of-transfer-out
    public static func setPermissionOfTransferOut(_ request: SetPermissionOfTransferOut.Request) -> Endpoint<[SetPermissionOfTransferOut.Response]> {
        .apiPost(SetPermissionOfTransferOut.path, request)
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
        /// `5`.
        public static let v5: Self = "5"
        /// `12`.
        public static let v12: Self = "12"
        /// `2`.
        public static let v2: Self = "2"
        /// `9`.
        public static let v9: Self = "9"
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
    }

    /// The values of `subAcctLv` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SubAcctLv: OKXStringValue {
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
