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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct Details: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct BalData: Codable, Sendable {
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
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ccy, "ccy")
                    try c.apiWriteDecimal(self.cashBal, "cashBal")
                    try c.apiWriteDate(self.uTime, "uTime")
                }
            }
            /// A nested object of the response.
            public struct PosData: Codable, Sendable {
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
            public struct Trades: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct CloseOrderAlgo: Codable, Sendable {
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
