// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `copytrading-lead-notification` channel on the business WebSocket endpoint: “Lead trading notification channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-ws-lead-trading-notification-channel
    public enum CopytradingLeadNotification: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["copytrading-lead-notification"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .business
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = true
        /// The subscription argument of `copytrading-lead-notification`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-ws-lead-trading-notification-channel
        public struct Arguments: ChannelArguments {
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `instId`: text.
            public var instId: String?
            /// Arguments with the given values; nil ones are not sent.
            public init(instType: InstType, instId: String? = nil) {
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
            /// The channel these arguments subscribe to.
            public var channelName: String { "copytrading-lead-notification" }
        }
        /// One item of the `data` array of a `copytrading-lead-notification` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-copy-trading-ws-lead-trading-notification-channel
        public struct Push: Codable, Sendable, TapeDirect {
            /// `instType`: text.
            public let instType: String?
            /// `infoType`: one of a documented set of values (unknown values are kept).
            public let infoType: InfoType?
            /// `subPosId`: text.
            public let subPosId: String
            /// `uniqueCode`: text.
            public let uniqueCode: String?
            /// `instId`: text.
            public let instId: String
            /// `side`: one of a documented set of values (unknown values are kept).
            public let side: Side?
            /// `posSide`: one of a documented set of values (unknown values are kept).
            public let posSide: PosSide?
            /// `maxLeadTraderNum`: an integer (a string on the wire).
            public let maxLeadTraderNum: Int?
            /// `minLeadEq`: a decimal number (a string on the wire).
            public let minLeadEq: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.instType = try c.apiText("instType")
                self.infoType = try c.apiEnum("infoType")
                self.subPosId = try c.apiRequiredText("subPosId")
                self.uniqueCode = try c.apiText("uniqueCode")
                self.instId = try c.apiRequiredText("instId")
                self.side = try c.apiEnum("side")
                self.posSide = try c.apiEnum("posSide")
                self.maxLeadTraderNum = try c.apiInteger("maxLeadTraderNum")
                self.minLeadEq = try c.apiDecimal("minLeadEq")
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
                    case 0xF85FD2F9D9BFCED1: if v0 < 0, m.isKey("instType") { v0 = m.value }
                    case 0x212B5F8647EA882D: if v1 < 0, m.isKey("infoType") { v1 = m.value }
                    case 0x113D02CAE99428DC: if v2 < 0, m.isKey("subPosId") { v2 = m.value }
                    case 0xE225E74A1851ECFB: if v3 < 0, m.isKey("uniqueCode") { v3 = m.value }
                    case 0xF10F5F871070A39C: if v4 < 0, m.isKey("instId") { v4 = m.value }
                    case 0x4E0C8A18E635803E: if v5 < 0, m.isKey("side") { v5 = m.value }
                    case 0x297B967F0EEA27C2: if v6 < 0, m.isKey("posSide") { v6 = m.value }
                    case 0x8282FA9D90C620C5: if v7 < 0, m.isKey("maxLeadTraderNum") { v7 = m.value }
                    case 0xA5930A14397D944F: if v8 < 0, m.isKey("minLeadEq") { v8 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.instType = try d.directText(v0)
                self.infoType = try d.directEnum(v1)
                self.subPosId = try d.directRequiredText(v2, "subPosId")
                self.uniqueCode = try d.directText(v3)
                self.instId = try d.directRequiredText(v4, "instId")
                self.side = try d.directEnum(v5)
                self.posSide = try d.directEnum(v6)
                self.maxLeadTraderNum = try d.directInteger(v7)
                self.minLeadEq = try d.directDecimal(v8)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.instType, "instType")
                try c.apiWriteEnum(self.infoType, "infoType")
                try c.apiWriteText(self.subPosId, "subPosId")
                try c.apiWriteText(self.uniqueCode, "uniqueCode")
                try c.apiWriteText(self.instId, "instId")
                try c.apiWriteEnum(self.side, "side")
                try c.apiWriteEnum(self.posSide, "posSide")
                try c.apiWriteInteger(self.maxLeadTraderNum, "maxLeadTraderNum")
                try c.apiWriteDecimal(self.minLeadEq, "minLeadEq")
            }
        }
        /// The values of `instType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InstType: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `SWAP`.
            public static let swap: Self = "SWAP"
        }

        /// The values of `infoType` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct InfoType: OKXStringValue {
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

        /// The values of `side` of this channel: an open set, so a value OKX adds later is kept as it is.
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
