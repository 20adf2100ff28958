// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `deposit-info` channel on the business WebSocket endpoint: “Deposit info channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-deposit-info-channel
    public enum DepositInfo: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["deposit-info"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `deposit-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-deposit-info-channel
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
            public var channelName: String { "deposit-info" }
        }
        /// One item of the `data` array of a `deposit-info` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-deposit-info-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `uid`: text.
            public let uid: String?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
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
                self.uid = try c.apiText("uid")
                self.subAcct = try c.apiText("subAcct")
                self.pTime = try c.apiDate("pTime")
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
                var v12: Int32 = -1
                var v13: Int32 = -1
                var v14: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4C9CB5193E0B272D: if v0 < 0, m.isKey("uid") { v0 = m.value }
                    case 0xD2699C0082FD2FFA: if v1 < 0, m.isKey("subAcct") { v1 = m.value }
                    case 0xECBE9C1EA56004BE: if v2 < 0, m.isKey("pTime") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0xA74390764C1A3056: if v4 < 0, m.isKey("chain") { v4 = m.value }
                    case 0xE6F3A919051C2845: if v5 < 0, m.isKey("amt") { v5 = m.value }
                    case 0x7F845078D7A5C0B5: if v6 < 0, m.isKey("from") { v6 = m.value }
                    case 0x38BD06C970D7DEC9: if v7 < 0, m.isKey("areaCodeFrom") { v7 = m.value }
                    case 0x08C83907B56AC0A4: if v8 < 0, m.isKey("to") { v8 = m.value }
                    case 0xB23F5DEF82976FD4: if v9 < 0, m.isKey("txId") { v9 = m.value }
                    case 0x08C83D07B56AC770: if v10 < 0, m.isKey("ts") { v10 = m.value }
                    case 0xEE63AAAD45B1B116: if v11 < 0, m.isKey("state") { v11 = m.value }
                    case 0x75CDEB7600A892CB: if v12 < 0, m.isKey("depId") { v12 = m.value }
                    case 0x99DAEBFE7D84B3BB: if v13 < 0, m.isKey("fromWdId") { v13 = m.value }
                    case 0xF9EAC2693672217D: if v14 < 0, m.isKey("actualDepBlkConfirm") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uid = try d.directText(v0)
                self.subAcct = try d.directText(v1)
                self.pTime = try d.directDate(v2)
                self.ccy = try d.directText(v3)
                self.chain = try d.directText(v4)
                self.amt = try d.directDecimal(v5)
                self.from = try d.directText(v6)
                self.areaCodeFrom = try d.directText(v7)
                self.to = try d.directText(v8)
                self.txId = try d.directText(v9)
                self.ts = try d.directDate(v10)
                self.state = try d.directEnum(v11)
                self.depId = try d.directRequiredText(v12, "depId")
                self.fromWdId = try d.directText(v13)
                self.actualDepBlkConfirm = try d.directInteger(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteDate(self.pTime, "pTime")
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
        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
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
        }
    }

    /// The `withdrawal-info` channel on the business WebSocket endpoint: “Withdrawal info channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-withdrawal-info-channel
    public enum WithdrawalInfo: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["withdrawal-info"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `withdrawal-info`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-withdrawal-info-channel
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
            public var channelName: String { "withdrawal-info" }
        }
        /// One item of the `data` array of a `withdrawal-info` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#funding-account-websocket-withdrawal-info-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct AddrEx: Codable, Sendable, TapeDirect {
                /// The docs list no fields for this item.
                public init(from decoder: any Decoder) throws {}
                /// Reads nothing, like `init(from:)`.
                package init(tape: JSONTape, at index: Int32) throws {}
                /// Writes an empty object.
                public func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: APIKey.self) }
            }
            /// `uid`: text.
            public let uid: String?
            /// `subAcct`: text.
            public let subAcct: String?
            /// `pTime`: a time (epoch milliseconds on the wire).
            public let pTime: Date?
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
                self.uid = try c.apiText("uid")
                self.subAcct = try c.apiText("subAcct")
                self.pTime = try c.apiDate("pTime")
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
                var v21: Int32 = -1
                var v22: Int32 = -1
                var v23: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x4C9CB5193E0B272D: if v0 < 0, m.isKey("uid") { v0 = m.value }
                    case 0xD2699C0082FD2FFA: if v1 < 0, m.isKey("subAcct") { v1 = m.value }
                    case 0xECBE9C1EA56004BE: if v2 < 0, m.isKey("pTime") { v2 = m.value }
                    case 0xF5DBFE190CDE752E: if v3 < 0, m.isKey("ccy") { v3 = m.value }
                    case 0xA74390764C1A3056: if v4 < 0, m.isKey("chain") { v4 = m.value }
                    case 0xB85E60E739126201: if v5 < 0, m.isKey("nonTradableAsset") { v5 = m.value }
                    case 0xE6F3A919051C2845: if v6 < 0, m.isKey("amt") { v6 = m.value }
                    case 0x08C83D07B56AC770: if v7 < 0, m.isKey("ts") { v7 = m.value }
                    case 0x7F845078D7A5C0B5: if v8 < 0, m.isKey("from") { v8 = m.value }
                    case 0x38BD06C970D7DEC9: if v9 < 0, m.isKey("areaCodeFrom") { v9 = m.value }
                    case 0x08C83907B56AC0A4: if v10 < 0, m.isKey("to") { v10 = m.value }
                    case 0x3EBF49239B5E1F90: if v11 < 0, m.isKey("areaCodeTo") { v11 = m.value }
                    case 0xCD179DAAC27A874F: if v12 < 0, m.isKey("toAddrType") { v12 = m.value }
                    case 0x56D7AB194448A4F3: if v13 < 0, m.isKey("tag") { v13 = m.value }
                    case 0x5126FE4253E11ECB: if v14 < 0, m.isKey("pmtId") { v14 = m.value }
                    case 0x430207A2E3142EA3: if v15 < 0, m.isKey("memo") { v15 = m.value }
                    case 0x0EAB2F9541146577: if v16 < 0, m.isKey("addrEx") { v16 = m.value }
                    case 0xB23F5DEF82976FD4: if v17 < 0, m.isKey("txId") { v17 = m.value }
                    case 0xDCC68B18FEEAA3E3: if v18 < 0, m.isKey("fee") { v18 = m.value }
                    case 0x1E2D7FE73967FEA0: if v19 < 0, m.isKey("feeCcy") { v19 = m.value }
                    case 0xEE63AAAD45B1B116: if v20 < 0, m.isKey("state") { v20 = m.value }
                    case 0x33A5D9F6140237EB: if v21 < 0, m.isKey("wdId") { v21 = m.value }
                    case 0xB4E5A7D207CA8483: if v22 < 0, m.isKey("clientId") { v22 = m.value }
                    case 0x3BF8FBBAD1587CDD: if v23 < 0, m.isKey("note") { v23 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uid = try d.directText(v0)
                self.subAcct = try d.directText(v1)
                self.pTime = try d.directDate(v2)
                self.ccy = try d.directText(v3)
                self.chain = try d.directText(v4)
                self.nonTradableAsset = try d.directBoolean(v5)
                self.amt = try d.directDecimal(v6)
                self.ts = try d.directDate(v7)
                self.from = try d.directText(v8)
                self.areaCodeFrom = try d.directText(v9)
                self.to = try d.directText(v10)
                self.areaCodeTo = try d.directText(v11)
                self.toAddrType = try d.directEnum(v12)
                self.tag = try d.directText(v13)
                self.pmtId = try d.directText(v14)
                self.memo = try d.directText(v15)
                self.addrEx = try d.directNested(v16)
                self.txId = try d.directText(v17)
                self.fee = try d.directDecimal(v18)
                self.feeCcy = try d.directText(v19)
                self.state = try d.directEnum(v20)
                self.wdId = try d.directRequiredText(v21, "wdId")
                self.clientId = try d.directText(v22)
                self.note = try d.directText(v23)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteText(self.subAcct, "subAcct")
                try c.apiWriteDate(self.pTime, "pTime")
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
        /// The values of `toAddrType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct State: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `17`.
            public static let v17: Self = "17"
            /// `10`.
            public static let v10: Self = "10"
            /// `0`.
            public static let v0: Self = "0"
            /// `4`.
            public static let v4: Self = "4"
            /// `5`.
            public static let v5: Self = "5"
            /// `6`.
            public static let v6: Self = "6"
            /// `8`.
            public static let v8: Self = "8"
            /// `9`.
            public static let v9: Self = "9"
            /// `12`.
            public static let v12: Self = "12"
            /// `7`.
            public static let v7: Self = "7"
            /// `1`.
            public static let v1: Self = "1"
            /// `15`.
            public static let v15: Self = "15"
            /// `16`.
            public static let v16: Self = "16"
            /// `-3`.
            public static let v3: Self = "-3"
            /// `-2`.
            public static let v2: Self = "-2"
        }
    }
}
