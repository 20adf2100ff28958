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
        public struct Push: Codable, Sendable {
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
        public struct Push: Codable, Sendable {
            /// A nested object of the response.
            public struct AddrEx: Codable, Sendable {
                /// The docs list no fields for this item.
                public init(from decoder: any Decoder) throws {}
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
