// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `account` channel on the private WebSocket endpoint: “Account channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-channel
    public enum Account: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["account"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `account`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-channel
        public struct Arguments: ChannelArguments {
            /// `ccy`: text.
            public var ccy: String?
            /// `extraParams`: text.
            public var extraParams: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(ccy: String? = nil, extraParams: String? = nil) {
                self.ccy = ccy
                self.extraParams = extraParams
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("extraParams", extraParams)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "account" }
        }
        /// One item of the `data` array of a `account` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-channel
        public struct Push: Codable, Sendable, TapeDirect {
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
                /// `isoLiab`: a decimal number (a string on the wire).
                public let isoLiab: Decimal?
                /// `rewardBal`: a decimal number (a string on the wire).
                public let rewardBal: Decimal?
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
                /// `coinUsdPrice`: a decimal number (a string on the wire).
                public let coinUsdPrice: Decimal?
                /// `stgyEq`: a decimal number (a string on the wire).
                public let stgyEq: Decimal?
                /// `isoUpl`: a decimal number (a string on the wire).
                public let isoUpl: Decimal?
                /// `spotInUseAmt`: a decimal number (a string on the wire).
                public let spotInUseAmt: Decimal?
                /// `clSpotInUseAmt`: a decimal number (a string on the wire).
                public let clSpotInUseAmt: Decimal?
                /// `maxSpotInUseAmt`: a decimal number (a string on the wire).
                public let maxSpotInUseAmt: Decimal?
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
                    self.isoLiab = try c.apiDecimal("isoLiab")
                    self.rewardBal = try c.apiDecimal("rewardBal")
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
                    self.coinUsdPrice = try c.apiDecimal("coinUsdPrice")
                    self.stgyEq = try c.apiDecimal("stgyEq")
                    self.isoUpl = try c.apiDecimal("isoUpl")
                    self.spotInUseAmt = try c.apiDecimal("spotInUseAmt")
                    self.clSpotInUseAmt = try c.apiDecimal("clSpotInUseAmt")
                    self.maxSpotInUseAmt = try c.apiDecimal("maxSpotInUseAmt")
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
                    var v48: Int32 = -1
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
                        case 0x0518CD83AA0234C2: if v15 < 0, m.isKey("isoLiab") { v15 = m.value }
                        case 0x8AC157284501C885: if v16 < 0, m.isKey("rewardBal") { v16 = m.value }
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
                        case 0xAD8B63D2A83EE201: if v27 < 0, m.isKey("coinUsdPrice") { v27 = m.value }
                        case 0xBF533E7F140BA24C: if v28 < 0, m.isKey("stgyEq") { v28 = m.value }
                        case 0xB5D2A853C2EC6E3D: if v29 < 0, m.isKey("isoUpl") { v29 = m.value }
                        case 0x1FE990BE16B3AC59: if v30 < 0, m.isKey("spotInUseAmt") { v30 = m.value }
                        case 0xD016822A28C09076: if v31 < 0, m.isKey("clSpotInUseAmt") { v31 = m.value }
                        case 0x9FC6FCCCABF79905: if v32 < 0, m.isKey("maxSpotInUseAmt") { v32 = m.value }
                        case 0x4725B41FC62FFC51: if v33 < 0, m.isKey("spotIsoBal") { v33 = m.value }
                        case 0x9616B76990BB039E: if v34 < 0, m.isKey("smtSyncEq") { v34 = m.value }
                        case 0x9627CF720D8D79CB: if v35 < 0, m.isKey("spotCopyTradingEq") { v35 = m.value }
                        case 0x90FFEFDACA568CD8: if v36 < 0, m.isKey("spotBal") { v36 = m.value }
                        case 0xA5A9EFC1731C2927: if v37 < 0, m.isKey("openAvgPx") { v37 = m.value }
                        case 0x14146E9F9C7C6B1E: if v38 < 0, m.isKey("accAvgPx") { v38 = m.value }
                        case 0xCA6C60DA5A0C18BC: if v39 < 0, m.isKey("spotUpl") { v39 = m.value }
                        case 0x92BECA9620E3CD57: if v40 < 0, m.isKey("spotUplRatio") { v40 = m.value }
                        case 0x96942825B60BCB95: if v41 < 0, m.isKey("totalPnl") { v41 = m.value }
                        case 0x8FD1CFC4D79159D4: if v42 < 0, m.isKey("totalPnlRatio") { v42 = m.value }
                        case 0x4282B486C1845465: if v43 < 0, m.isKey("colRes") { v43 = m.value }
                        case 0x0369B22BD4E7FC59: if v44 < 0, m.isKey("colBorrAutoConversion") { v44 = m.value }
                        case 0xD083B2071991AA68: if v45 < 0, m.isKey("collateralRestrict") { v45 = m.value }
                        case 0xCB1E7E5953DD4321: if v46 < 0, m.isKey("collateralEnabled") { v46 = m.value }
                        case 0x26875482F663295D: if v47 < 0, m.isKey("autoLendStatus") { v47 = m.value }
                        case 0xD5ED9A8CC67848C8: if v48 < 0, m.isKey("autoLendMtAmt") { v48 = m.value }
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
                    self.isoLiab = try d.directDecimal(v15)
                    self.rewardBal = try d.directDecimal(v16)
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
                    self.coinUsdPrice = try d.directDecimal(v27)
                    self.stgyEq = try d.directDecimal(v28)
                    self.isoUpl = try d.directDecimal(v29)
                    self.spotInUseAmt = try d.directDecimal(v30)
                    self.clSpotInUseAmt = try d.directDecimal(v31)
                    self.maxSpotInUseAmt = try d.directDecimal(v32)
                    self.spotIsoBal = try d.directDecimal(v33)
                    self.smtSyncEq = try d.directDecimal(v34)
                    self.spotCopyTradingEq = try d.directDecimal(v35)
                    self.spotBal = try d.directDecimal(v36)
                    self.openAvgPx = try d.directDecimal(v37)
                    self.accAvgPx = try d.directDecimal(v38)
                    self.spotUpl = try d.directDecimal(v39)
                    self.spotUplRatio = try d.directDecimal(v40)
                    self.totalPnl = try d.directDecimal(v41)
                    self.totalPnlRatio = try d.directDecimal(v42)
                    self.colRes = try d.directEnum(v43)
                    self.colBorrAutoConversion = try d.directInteger(v44)
                    self.collateralRestrict = try d.directBoolean(v45)
                    self.collateralEnabled = try d.directBoolean(v46)
                    self.autoLendStatus = try d.directEnum(v47)
                    self.autoLendMtAmt = try d.directDecimal(v48)
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
                    try c.apiWriteDecimal(self.isoLiab, "isoLiab")
                    try c.apiWriteDecimal(self.rewardBal, "rewardBal")
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
                    try c.apiWriteDecimal(self.coinUsdPrice, "coinUsdPrice")
                    try c.apiWriteDecimal(self.stgyEq, "stgyEq")
                    try c.apiWriteDecimal(self.isoUpl, "isoUpl")
                    try c.apiWriteDecimal(self.spotInUseAmt, "spotInUseAmt")
                    try c.apiWriteDecimal(self.clSpotInUseAmt, "clSpotInUseAmt")
                    try c.apiWriteDecimal(self.maxSpotInUseAmt, "maxSpotInUseAmt")
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
        /// The values of `frpType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `colRes` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `autoLendStatus` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `deltaNeutralStatus` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }

    /// The `account-greeks` channel on the private WebSocket endpoint: “Account greeks channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-greeks-channel
    public enum AccountGreeks: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["account-greeks"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `account-greeks`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-greeks-channel
        public struct Arguments: ChannelArguments {
            /// `ccy`: text.
            public var ccy: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(ccy: String? = nil) {
                self.ccy = ccy
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "account-greeks" }
        }
        /// One item of the `data` array of a `account-greeks` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-account-greeks-channel
        public struct Push: Codable, Sendable, TapeDirect {
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

    /// The `balance_and_position` channel on the private WebSocket endpoint: “Balance and position channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-balance-and-position-channel
    public enum BalanceAndPosition: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["balance_and_position"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `balance_and_position`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-balance-and-position-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "balance_and_position" }
        }
        /// One item of the `data` array of a `balance_and_position` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-balance-and-position-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct BalData: Codable, Sendable, TapeDirect {
                /// `ccy`: text.
                public let ccy: String?
                /// `cashBal`: a decimal number (a string on the wire).
                public let cashBal: Decimal?
                /// `uTime`: a time (epoch milliseconds on the wire).
                public let uTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ccy = try c.apiText("ccy")
                    self.cashBal = try c.apiDecimal("cashBal")
                    self.uTime = try c.apiDate("uTime")
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
                        case 0x10084761FD7E8ABD: if v1 < 0, m.isKey("cashBal") { v1 = m.value }
                        case 0x607ED783146D4C29: if v2 < 0, m.isKey("uTime") { v2 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ccy = try d.directText(v0)
                    self.cashBal = try d.directDecimal(v1)
                    self.uTime = try d.directDate(v2)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.cashBal, "cashBal")
                    try c.apiWriteDate(self.uTime, "uTime")
                }
            }
            /// A nested object of the response.
            public struct PosData: Codable, Sendable, TapeDirect {
                /// `posId`: text.
                public let posId: String?
                /// `tradeId`: text.
                public let tradeId: String?
                /// `instId`: text.
                public let instId: String?
                /// `instType`: text.
                public let instType: String?
                /// `mgnMode`: one of a documented set of values (unknown values are kept).
                public let mgnMode: MgnMode?
                /// `avgPx`: a decimal number (a string on the wire).
                public let avgPx: Decimal?
                /// `ccy`: text.
                public let ccy: String?
                /// `posSide`: one of a documented set of values (unknown values are kept).
                public let posSide: PosSide?
                /// `pos`: a decimal number (a string on the wire).
                public let pos: Decimal?
                /// `baseBal`: a decimal number (a string on the wire); deprecated.
                public let baseBal: Decimal?
                /// `quoteBal`: a decimal number (a string on the wire); deprecated.
                public let quoteBal: Decimal?
                /// `posCcy`: text.
                public let posCcy: String?
                /// `nonSettleAvgPx`: a decimal number (a string on the wire).
                public let nonSettleAvgPx: Decimal?
                /// `settledPnl`: a decimal number (a string on the wire).
                public let settledPnl: Decimal?
                /// `uTime`: a time (epoch milliseconds on the wire).
                public let uTime: Date?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.posId = try c.apiText("posId")
                    self.tradeId = try c.apiText("tradeId")
                    self.instId = try c.apiText("instId")
                    self.instType = try c.apiText("instType")
                    self.mgnMode = try c.apiEnum("mgnMode")
                    self.avgPx = try c.apiDecimal("avgPx")
                    self.ccy = try c.apiText("ccy")
                    self.posSide = try c.apiEnum("posSide")
                    self.pos = try c.apiDecimal("pos")
                    self.baseBal = try c.apiDecimal("baseBal")
                    self.quoteBal = try c.apiDecimal("quoteBal")
                    self.posCcy = try c.apiText("posCcy")
                    self.nonSettleAvgPx = try c.apiDecimal("nonSettleAvgPx")
                    self.settledPnl = try c.apiDecimal("settledPnl")
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
                    while let h = try m.next() {
                        switch h {
                        case 0xCB001F3576271CCC: if v0 < 0, m.isKey("posId") { v0 = m.value }
                        case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                        case 0xF10F5F871070A39C: if v2 < 0, m.isKey("instId") { v2 = m.value }
                        case 0xF85FD2F9D9BFCED1: if v3 < 0, m.isKey("instType") { v3 = m.value }
                        case 0xF908AB384ABF99B6: if v4 < 0, m.isKey("mgnMode") { v4 = m.value }
                        case 0xEC314E92A840CB9B: if v5 < 0, m.isKey("avgPx") { v5 = m.value }
                        case 0xF5DBFE190CDE752E: if v6 < 0, m.isKey("ccy") { v6 = m.value }
                        case 0x297B967F0EEA27C2: if v7 < 0, m.isKey("posSide") { v7 = m.value }
                        case 0x779B5B19564F3469: if v8 < 0, m.isKey("pos") { v8 = m.value }
                        case 0xDE49037F0AC1EA03: if v9 < 0, m.isKey("baseBal") { v9 = m.value }
                        case 0xCB09AFC29260A332: if v10 < 0, m.isKey("quoteBal") { v10 = m.value }
                        case 0x6FB95AD7F630993A: if v11 < 0, m.isKey("posCcy") { v11 = m.value }
                        case 0x4819B1DF0D30DD55: if v12 < 0, m.isKey("nonSettleAvgPx") { v12 = m.value }
                        case 0x118E63580DCC60D4: if v13 < 0, m.isKey("settledPnl") { v13 = m.value }
                        case 0x607ED783146D4C29: if v14 < 0, m.isKey("uTime") { v14 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.posId = try d.directText(v0)
                    self.tradeId = try d.directText(v1)
                    self.instId = try d.directText(v2)
                    self.instType = try d.directText(v3)
                    self.mgnMode = try d.directEnum(v4)
                    self.avgPx = try d.directDecimal(v5)
                    self.ccy = try d.directText(v6)
                    self.posSide = try d.directEnum(v7)
                    self.pos = try d.directDecimal(v8)
                    self.baseBal = try d.directDecimal(v9)
                    self.quoteBal = try d.directDecimal(v10)
                    self.posCcy = try d.directText(v11)
                    self.nonSettleAvgPx = try d.directDecimal(v12)
                    self.settledPnl = try d.directDecimal(v13)
                    self.uTime = try d.directDate(v14)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.posId, "posId")
                    try c.apiWriteText(self.tradeId, "tradeId")
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteText(self.instType, "instType")
                    try c.apiWriteEnum(self.mgnMode, "mgnMode")
                    try c.apiWriteDecimal(self.avgPx, "avgPx")
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteEnum(self.posSide, "posSide")
                    try c.apiWriteDecimal(self.pos, "pos")
                    try c.apiWriteDecimal(self.baseBal, "baseBal")
                    try c.apiWriteDecimal(self.quoteBal, "quoteBal")
                    try c.apiWriteText(self.posCcy, "posCcy")
                    try c.apiWriteDecimal(self.nonSettleAvgPx, "nonSettleAvgPx")
                    try c.apiWriteDecimal(self.settledPnl, "settledPnl")
                    try c.apiWriteDate(self.uTime, "uTime")
                }
            }
            /// A nested object of the response.
            public struct Trades: Codable, Sendable, TapeDirect {
                /// `instId`: text.
                public let instId: String?
                /// `tradeId`: text.
                public let tradeId: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.instId = try c.apiText("instId")
                    self.tradeId = try c.apiText("tradeId")
                }
                /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
                package init(tape: JSONTape, at index: Int32) throws {
                    var m = try TapeObject(tape, index)
                    var v0: Int32 = -1
                    var v1: Int32 = -1
                    while let h = try m.next() {
                        switch h {
                        case 0xF10F5F871070A39C: if v0 < 0, m.isKey("instId") { v0 = m.value }
                        case 0x0791A710B055183C: if v1 < 0, m.isKey("tradeId") { v1 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.instId = try d.directText(v0)
                    self.tradeId = try d.directText(v1)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.instId, "instId")
                    try c.apiWriteText(self.tradeId, "tradeId")
                }
            }
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// `eventType`: one of a documented set of values (unknown values are kept).
            public let eventType: EventType?
            /// `balData`: a list of nested objects.
            public let balData: [BalData]?
            /// `posData`: a list of nested objects.
            public let posData: [PosData]?
            /// `trades`: a list of nested objects.
            public let trades: [Trades]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.pTime = try c.apiDate("pTime")
                self.eventType = try c.apiEnum("eventType")
                self.balData = try c.apiNested("balData")
                self.posData = try c.apiNested("posData")
                self.trades = try c.apiNested("trades")
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
                    case 0xECBE9C1EA56004BE: if v0 < 0, m.isKey("pTime") { v0 = m.value }
                    case 0x217B355984B4F287: if v1 < 0, m.isKey("eventType") { v1 = m.value }
                    case 0xD4CBA2C498098F08: if v2 < 0, m.isKey("balData") { v2 = m.value }
                    case 0xBC624A0F1BBB0919: if v3 < 0, m.isKey("posData") { v3 = m.value }
                    case 0x5B71AF608DA5BCDE: if v4 < 0, m.isKey("trades") { v4 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.pTime = try d.directDate(v0)
                self.eventType = try d.directEnum(v1)
                self.balData = try d.directNested(v2)
                self.posData = try d.directNested(v3)
                self.trades = try d.directNested(v4)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.pTime, "pTime")
                try c.apiWriteEnum(self.eventType, "eventType")
                try c.apiWriteNested(self.balData, "balData")
                try c.apiWriteNested(self.posData, "posData")
                try c.apiWriteNested(self.trades, "trades")
            }
        }
        /// The values of `mgnMode` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct MgnMode: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `isolated`.
            public static let isolated: Self = "isolated"
            /// `cross`.
            public static let cross: Self = "cross"
        }

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `eventType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct EventType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `snapshot`.
            public static let snapshot: Self = "snapshot"
            /// `delivered`.
            public static let delivered: Self = "delivered"
            /// `exercised`.
            public static let exercised: Self = "exercised"
            /// `transferred`.
            public static let transferred: Self = "transferred"
            /// `filled`.
            public static let filled: Self = "filled"
            /// `liquidation`.
            public static let liquidation: Self = "liquidation"
            /// `claw_back`.
            public static let clawBack: Self = "claw_back"
            /// `adl`.
            public static let adl: Self = "adl"
            /// `funding_fee`.
            public static let fundingFee: Self = "funding_fee"
            /// `adjust_margin`.
            public static let adjustMargin: Self = "adjust_margin"
            /// `set_leverage`.
            public static let setLeverage: Self = "set_leverage"
            /// `interest_deduction`.
            public static let interestDeduction: Self = "interest_deduction"
            /// `settlement`.
            public static let settlement: Self = "settlement"
        }
    }

    /// The `liquidation-warning` channel on the private WebSocket endpoint: “Position risk warning”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-position-risk-warning
    public enum LiquidationWarning: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["liquidation-warning"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `liquidation-warning`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-position-risk-warning
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "liquidation-warning" }
        }
        /// One item of the `data` array of a `liquidation-warning` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-position-risk-warning
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `mgnMode`: one of a documented set of values (unknown values are kept).
            public let mgnMode: MgnMode?
            /// `posId`: text.
            public let posId: String
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `pos`: a decimal number (a string on the wire).
            public let pos: Decimal?
            /// `posCcy`: text.
            public let posCcy: String?
            /// `instId`: text.
            public let instId: String
            /// `lever`: a decimal number (a string on the wire).
            public let lever: Decimal?
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
            /// `mgnRatio`: a decimal number (a string on the wire).
            public let mgnRatio: Decimal?
            /// `ccy`: text.
            public let ccy: String?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.mgnMode = try c.apiEnum("mgnMode")
                self.posId = try c.apiRequiredText("posId")
                self.posSide = try c.apiEnum("posSide")
                self.pos = try c.apiDecimal("pos")
                self.posCcy = try c.apiText("posCcy")
                self.instId = try c.apiRequiredText("instId")
                self.lever = try c.apiDecimal("lever")
                self.markPx = try c.apiDecimal("markPx")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.ccy = try c.apiText("ccy")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.pTime = try c.apiDate("pTime")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0xF908AB384ABF99B6: if v1 < 0, m.isKey("mgnMode") { v1 = m.value }
                    case 0xCB001F3576271CCC: if v2 < 0, m.isKey("posId") { v2 = m.value }
                    case 0x297B967F0EEA27C2: if v3 < 0, m.isKey("posSide") { v3 = m.value }
                    case 0x779B5B19564F3469: if v4 < 0, m.isKey("pos") { v4 = m.value }
                    case 0x6FB95AD7F630993A: if v5 < 0, m.isKey("posCcy") { v5 = m.value }
                    case 0xF10F5F871070A39C: if v6 < 0, m.isKey("instId") { v6 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v7 < 0, m.isKey("lever") { v7 = m.value }
                    case 0xED95A32B150C49D8: if v8 < 0, m.isKey("markPx") { v8 = m.value }
                    case 0x6B9EDB438FE542B0: if v9 < 0, m.isKey("mgnRatio") { v9 = m.value }
                    case 0xF5DBFE190CDE752E: if v10 < 0, m.isKey("ccy") { v10 = m.value }
                    case 0x97CBF7DBB8D1A953: if v11 < 0, m.isKey("cTime") { v11 = m.value }
                    case 0x607ED783146D4C29: if v12 < 0, m.isKey("uTime") { v12 = m.value }
                    case 0xECBE9C1EA56004BE: if v13 < 0, m.isKey("pTime") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.mgnMode = try d.directEnum(v1)
                self.posId = try d.directRequiredText(v2, "posId")
                self.posSide = try d.directEnum(v3)
                self.pos = try d.directDecimal(v4)
                self.posCcy = try d.directText(v5)
                self.instId = try d.directRequiredText(v6, "instId")
                self.lever = try d.directDecimal(v7)
                self.markPx = try d.directDecimal(v8)
                self.mgnRatio = try d.directDecimal(v9)
                self.ccy = try d.directText(v10)
                self.cTime = try d.directDate(v11)
                self.uTime = try d.directDate(v12)
                self.pTime = try d.directDate(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteEnum(self.mgnMode, "mgnMode")
                try c.apiWriteText(self.posId, "posId")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteDecimal(self.pos, "pos")
                try c.apiWriteText(self.posCcy, "posCcy")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteText(self.ccy, "ccy")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.pTime, "pTime")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `mgnMode` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }

    /// The `positions` channel on the private WebSocket endpoint: “Positions channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-positions-channel
    public enum Positions: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["positions"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`private`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `positions`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-positions-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instFamily`: text.
            public var instFamily: String?
            /// `instId`: text.
            public var instId: String?
            /// `extraParams`: text.
            public var extraParams: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instFamily: String? = nil, instId: String? = nil, extraParams: String? = nil) {
                self.instType = instType
                self.instFamily = instFamily
                self.instId = instId
                self.extraParams = extraParams
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instType", instType)
                p.add("instFamily", instFamily)
                p.add("instId", instId)
                p.add("extraParams", extraParams)
                return p
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "positions" }
        }
        /// One item of the `data` array of a `positions` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-account-websocket-positions-channel
        public struct Push: Codable, Sendable, TapeDirect {
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
            /// `markPx`: a decimal number (a string on the wire).
            public let markPx: Decimal?
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
            /// `notionalUsd`: a decimal number (a string on the wire).
            public let notionalUsd: Decimal?
            /// `optVal`: a decimal number (a string on the wire).
            public let optVal: Decimal?
            /// `pendingCloseOrdLiabVal`: a decimal number (a string on the wire).
            public let pendingCloseOrdLiabVal: Decimal?
            /// `adl`: an integer (a string on the wire).
            public let adl: Int?
            /// `bizRefId`: text.
            public let bizRefId: String?
            /// `bizRefType`: text.
            public let bizRefType: String?
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
            /// `realizedPnl`: a decimal number (a string on the wire).
            public let realizedPnl: Decimal?
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
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
            /// `nonSettleAvgPx`: a decimal number (a string on the wire).
            public let nonSettleAvgPx: Decimal?
            /// `settledPnl`: a decimal number (a string on the wire).
            public let settledPnl: Decimal?
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
                self.upl = try c.apiDecimal("upl")
                self.uplRatio = try c.apiDecimal("uplRatio")
                self.uplLastPx = try c.apiDecimal("uplLastPx")
                self.uplRatioLastPx = try c.apiDecimal("uplRatioLastPx")
                self.instId = try c.apiRequiredText("instId")
                self.lever = try c.apiDecimal("lever")
                self.liqPx = try c.apiDecimal("liqPx")
                self.markPx = try c.apiDecimal("markPx")
                self.imr = try c.apiDecimal("imr")
                self.margin = try c.apiDecimal("margin")
                self.mgnRatio = try c.apiDecimal("mgnRatio")
                self.mmr = try c.apiDecimal("mmr")
                self.liab = try c.apiDecimal("liab")
                self.liabCcy = try c.apiText("liabCcy")
                self.interest = try c.apiDecimal("interest")
                self.tradeId = try c.apiText("tradeId")
                self.notionalUsd = try c.apiDecimal("notionalUsd")
                self.optVal = try c.apiDecimal("optVal")
                self.pendingCloseOrdLiabVal = try c.apiDecimal("pendingCloseOrdLiabVal")
                self.adl = try c.apiInteger("adl")
                self.bizRefId = try c.apiText("bizRefId")
                self.bizRefType = try c.apiText("bizRefType")
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
                self.realizedPnl = try c.apiDecimal("realizedPnl")
                self.pnl = try c.apiDecimal("pnl")
                self.fee = try c.apiDecimal("fee")
                self.fundingFee = try c.apiDecimal("fundingFee")
                self.liqPenalty = try c.apiDecimal("liqPenalty")
                self.closeOrderAlgo = try c.apiNested("closeOrderAlgo")
                self.cTime = try c.apiDate("cTime")
                self.uTime = try c.apiDate("uTime")
                self.pTime = try c.apiDate("pTime")
                self.nonSettleAvgPx = try c.apiDecimal("nonSettleAvgPx")
                self.settledPnl = try c.apiDecimal("settledPnl")
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
                var v64: Int32 = -1
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
                    case 0x4C4887193DC44C04: if v15 < 0, m.isKey("upl") { v15 = m.value }
                    case 0xC948915DFB1B05AF: if v16 < 0, m.isKey("uplRatio") { v16 = m.value }
                    case 0xE1A77D0E9FBFD22C: if v17 < 0, m.isKey("uplLastPx") { v17 = m.value }
                    case 0x400FD743A09B8A6F: if v18 < 0, m.isKey("uplRatioLastPx") { v18 = m.value }
                    case 0xF10F5F871070A39C: if v19 < 0, m.isKey("instId") { v19 = m.value }
                    case 0xE8DDCB0A9D7C7403: if v20 < 0, m.isKey("lever") { v20 = m.value }
                    case 0xDEF76BAA3B8C7005: if v21 < 0, m.isKey("liqPx") { v21 = m.value }
                    case 0xED95A32B150C49D8: if v22 < 0, m.isKey("markPx") { v22 = m.value }
                    case 0x2B9CFB192BD28B9B: if v23 < 0, m.isKey("imr") { v23 = m.value }
                    case 0x56B5A72B50ECD75B: if v24 < 0, m.isKey("margin") { v24 = m.value }
                    case 0x6B9EDB438FE542B0: if v25 < 0, m.isKey("mgnRatio") { v25 = m.value }
                    case 0x08025F191762AD67: if v26 < 0, m.isKey("mmr") { v26 = m.value }
                    case 0xBF487CAD694CDD85: if v27 < 0, m.isKey("liab") { v27 = m.value }
                    case 0x6C38C122CEF408AE: if v28 < 0, m.isKey("liabCcy") { v28 = m.value }
                    case 0x0C1E17F10ED69973: if v29 < 0, m.isKey("interest") { v29 = m.value }
                    case 0x0791A710B055183C: if v30 < 0, m.isKey("tradeId") { v30 = m.value }
                    case 0xFCADCCCEB1F0F653: if v31 < 0, m.isKey("notionalUsd") { v31 = m.value }
                    case 0xB3AFDEC6688E5709: if v32 < 0, m.isKey("optVal") { v32 = m.value }
                    case 0x3617F56110F7396E: if v33 < 0, m.isKey("pendingCloseOrdLiabVal") { v33 = m.value }
                    case 0xE70BBB190530D8BC: if v34 < 0, m.isKey("adl") { v34 = m.value }
                    case 0x41353FDAAEE29CBE: if v35 < 0, m.isKey("bizRefId") { v35 = m.value }
                    case 0x0020663DD82570CB: if v36 < 0, m.isKey("bizRefType") { v36 = m.value }
                    case 0xF5DBFE190CDE752E: if v37 < 0, m.isKey("ccy") { v37 = m.value }
                    case 0x0456D2AD905847D9: if v38 < 0, m.isKey("last") { v38 = m.value }
                    case 0x0E8F6C3B83CC3030: if v39 < 0, m.isKey("idxPx") { v39 = m.value }
                    case 0x49F1BC7166B5B097: if v40 < 0, m.isKey("usdPx") { v40 = m.value }
                    case 0x75AD409B94DE8C58: if v41 < 0, m.isKey("bePx") { v41 = m.value }
                    case 0x3373345F777F313E: if v42 < 0, m.isKey("deltaBS") { v42 = m.value }
                    case 0x33A2565F77A6DBC6: if v43 < 0, m.isKey("deltaPA") { v43 = m.value }
                    case 0x53ED98FDD18C0C91: if v44 < 0, m.isKey("gammaBS") { v44 = m.value }
                    case 0x542B52FDD1C0F6BD: if v45 < 0, m.isKey("gammaPA") { v45 = m.value }
                    case 0x0923FF9B3B1E58B8: if v46 < 0, m.isKey("thetaBS") { v46 = m.value }
                    case 0x08F3FD9B3AF53190: if v47 < 0, m.isKey("thetaPA") { v47 = m.value }
                    case 0xCDF90EA7F78CE4B7: if v48 < 0, m.isKey("vegaBS") { v48 = m.value }
                    case 0xCE28B4A7F7B56F8B: if v49 < 0, m.isKey("vegaPA") { v49 = m.value }
                    case 0x1FE990BE16B3AC59: if v50 < 0, m.isKey("spotInUseAmt") { v50 = m.value }
                    case 0x2E7FEDBE1E2FFCB2: if v51 < 0, m.isKey("spotInUseCcy") { v51 = m.value }
                    case 0xD016822A28C09076: if v52 < 0, m.isKey("clSpotInUseAmt") { v52 = m.value }
                    case 0x9FC6FCCCABF79905: if v53 < 0, m.isKey("maxSpotInUseAmt") { v53 = m.value }
                    case 0x08B64C133648B10B: if v54 < 0, m.isKey("realizedPnl") { v54 = m.value }
                    case 0x779E7A1956519EED: if v55 < 0, m.isKey("pnl") { v55 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v56 < 0, m.isKey("fee") { v56 = m.value }
                    case 0x436EE92425796E0A: if v57 < 0, m.isKey("fundingFee") { v57 = m.value }
                    case 0xE65DDC662DE470E6: if v58 < 0, m.isKey("liqPenalty") { v58 = m.value }
                    case 0x6837A9675B74FEFE: if v59 < 0, m.isKey("closeOrderAlgo") { v59 = m.value }
                    case 0x97CBF7DBB8D1A953: if v60 < 0, m.isKey("cTime") { v60 = m.value }
                    case 0x607ED783146D4C29: if v61 < 0, m.isKey("uTime") { v61 = m.value }
                    case 0xECBE9C1EA56004BE: if v62 < 0, m.isKey("pTime") { v62 = m.value }
                    case 0x4819B1DF0D30DD55: if v63 < 0, m.isKey("nonSettleAvgPx") { v63 = m.value }
                    case 0x118E63580DCC60D4: if v64 < 0, m.isKey("settledPnl") { v64 = m.value }
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
                self.upl = try d.directDecimal(v15)
                self.uplRatio = try d.directDecimal(v16)
                self.uplLastPx = try d.directDecimal(v17)
                self.uplRatioLastPx = try d.directDecimal(v18)
                self.instId = try d.directRequiredText(v19, "instId")
                self.lever = try d.directDecimal(v20)
                self.liqPx = try d.directDecimal(v21)
                self.markPx = try d.directDecimal(v22)
                self.imr = try d.directDecimal(v23)
                self.margin = try d.directDecimal(v24)
                self.mgnRatio = try d.directDecimal(v25)
                self.mmr = try d.directDecimal(v26)
                self.liab = try d.directDecimal(v27)
                self.liabCcy = try d.directText(v28)
                self.interest = try d.directDecimal(v29)
                self.tradeId = try d.directText(v30)
                self.notionalUsd = try d.directDecimal(v31)
                self.optVal = try d.directDecimal(v32)
                self.pendingCloseOrdLiabVal = try d.directDecimal(v33)
                self.adl = try d.directInteger(v34)
                self.bizRefId = try d.directText(v35)
                self.bizRefType = try d.directText(v36)
                self.ccy = try d.directText(v37)
                self.last = try d.directDecimal(v38)
                self.idxPx = try d.directDecimal(v39)
                self.usdPx = try d.directDecimal(v40)
                self.bePx = try d.directDecimal(v41)
                self.deltaBS = try d.directDecimal(v42)
                self.deltaPA = try d.directDecimal(v43)
                self.gammaBS = try d.directDecimal(v44)
                self.gammaPA = try d.directDecimal(v45)
                self.thetaBS = try d.directDecimal(v46)
                self.thetaPA = try d.directDecimal(v47)
                self.vegaBS = try d.directDecimal(v48)
                self.vegaPA = try d.directDecimal(v49)
                self.spotInUseAmt = try d.directDecimal(v50)
                self.spotInUseCcy = try d.directText(v51)
                self.clSpotInUseAmt = try d.directDecimal(v52)
                self.maxSpotInUseAmt = try d.directDecimal(v53)
                self.realizedPnl = try d.directDecimal(v54)
                self.pnl = try d.directDecimal(v55)
                self.fee = try d.directDecimal(v56)
                self.fundingFee = try d.directDecimal(v57)
                self.liqPenalty = try d.directDecimal(v58)
                self.closeOrderAlgo = try d.directNested(v59)
                self.cTime = try d.directDate(v60)
                self.uTime = try d.directDate(v61)
                self.pTime = try d.directDate(v62)
                self.nonSettleAvgPx = try d.directDecimal(v63)
                self.settledPnl = try d.directDecimal(v64)
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
                try c.apiWriteDecimal(self.upl, "upl")
                try c.apiWriteDecimal(self.uplRatio, "uplRatio")
                try c.apiWriteDecimal(self.uplLastPx, "uplLastPx")
                try c.apiWriteDecimal(self.uplRatioLastPx, "uplRatioLastPx")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteDecimal(self.lever, "lever")
                try c.apiWriteDecimal(self.liqPx, "liqPx")
                try c.apiWriteDecimal(self.markPx, "markPx")
                try c.apiWriteDecimal(self.imr, "imr")
                try c.apiWriteDecimal(self.margin, "margin")
                try c.apiWriteDecimal(self.mgnRatio, "mgnRatio")
                try c.apiWriteDecimal(self.mmr, "mmr")
                try c.apiWriteDecimal(self.liab, "liab")
                try c.apiWriteText(self.liabCcy, "liabCcy")
                try c.apiWriteDecimal(self.interest, "interest")
                try c.apiWriteText(self.tradeId, "tradeId")
                try c.apiWriteDecimal(self.notionalUsd, "notionalUsd")
                try c.apiWriteDecimal(self.optVal, "optVal")
                try c.apiWriteDecimal(self.pendingCloseOrdLiabVal, "pendingCloseOrdLiabVal")
                try c.apiWriteInteger(self.adl, "adl")
                try c.apiWriteText(self.bizRefId, "bizRefId")
                try c.apiWriteText(self.bizRefType, "bizRefType")
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
                try c.apiWriteDecimal(self.realizedPnl, "realizedPnl")
                try c.apiWriteDecimal(self.pnl, "pnl")
                try c.apiWriteDecimal(self.fee, "fee")
                try c.apiWriteDecimal(self.fundingFee, "fundingFee")
                try c.apiWriteDecimal(self.liqPenalty, "liqPenalty")
                try c.apiWriteNested(self.closeOrderAlgo, "closeOrderAlgo")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteDate(self.pTime, "pTime")
                try c.apiWriteDecimal(self.nonSettleAvgPx, "nonSettleAvgPx")
                try c.apiWriteDecimal(self.settledPnl, "settledPnl")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
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
            /// `EVENTS`.
            public static let events: Self = "EVENTS"
            /// `ANY`.
            public static let any: Self = "ANY"
        }

        /// The values of `slTriggerPxType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `tpTriggerPxType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `mgnMode` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `posSide` of this channel: an open set, so a value OKX adds later is kept as it is.
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
    }
}
