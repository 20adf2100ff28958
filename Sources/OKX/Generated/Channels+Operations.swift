// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The trading operations OKX takes on a WebSocket (`order`, `cancel-order` …): each one's
    /// argument item and the model of one item of its reply's `data`.
    public enum Operations {
        /// The `amend-order` operation on the private WebSocket endpoint: “Amend order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-order
        public enum AmendOrder {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "amend-order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-order
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `cxlOnFail`: a boolean.
                public var cxlOnFail: Bool?
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// `reqId`: text.
                public var reqId: String?
                /// `newSz`: a decimal number (a string on the wire); required in some cases.
                public var newSz: Decimal?
                /// `newPx`: a decimal number (a string on the wire); required in some cases.
                public var newPx: Decimal?
                /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
                public var speedBump: SpeedBump?
                /// `newPxUsd`: a decimal number (a string on the wire); required in some cases.
                public var newPxUsd: Decimal?
                /// `newPxVol`: a decimal number (a string on the wire); required in some cases.
                public var newPxVol: Decimal?
                /// `pxAmendType`: one of a documented set of values (unknown values are kept).
                public var pxAmendType: PxAmendType?
                /// `rpiTakerAccess`: a boolean.
                public var rpiTakerAccess: Bool?
                /// `rpiPxRound`: a boolean.
                public var rpiPxRound: Bool?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, cxlOnFail: Bool? = nil, ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil, speedBump: SpeedBump? = nil, newPxUsd: Decimal? = nil, newPxVol: Decimal? = nil, pxAmendType: PxAmendType? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil) {
                    self.instIdCode = instIdCode
                    self.cxlOnFail = cxlOnFail
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                    self.reqId = reqId
                    self.newSz = newSz
                    self.newPx = newPx
                    self.speedBump = speedBump
                    self.newPxUsd = newPxUsd
                    self.newPxVol = newPxVol
                    self.pxAmendType = pxAmendType
                    self.rpiTakerAccess = rpiTakerAccess
                    self.rpiPxRound = rpiPxRound
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("cxlOnFail", cxlOnFail)
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    p.add("reqId", reqId)
                    p.add("newSz", newSz)
                    p.add("newPx", newPx)
                    p.add("speedBump", speedBump)
                    p.add("newPxUsd", newPxUsd)
                    p.add("newPxVol", newPxVol)
                    p.add("pxAmendType", pxAmendType)
                    p.add("rpiTakerAccess", rpiTakerAccess)
                    p.add("rpiPxRound", rpiPxRound)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `reqId`: text.
                public let reqId: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `subCode`: text.
                public let subCode: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.ts = try c.apiDate("ts")
                    self.reqId = try c.apiText("reqId")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
                    self.subCode = try c.apiText("subCode")
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
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                        case 0xFC8821F2B5AD9F3E: if v3 < 0, m.isKey("reqId") { v3 = m.value }
                        case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                        case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                        case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.ts = try d.directDate(v2)
                    self.reqId = try d.directText(v3)
                    self.sCode = try d.directText(v4)
                    self.sMsg = try d.directText(v5)
                    self.subCode = try d.directText(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.reqId, "reqId")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteText(self.subCode, "subCode")
                }
            }
            /// The values of `speedBump` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct SpeedBump: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `pxAmendType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct PxAmendType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `0`.
                public static let v0: Self = "0"
                /// `1`.
                public static let v1: Self = "1"
            }
        }

        /// The `batch-amend-orders` operation on the private WebSocket endpoint: “Amend multiple orders”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-multiple-orders
        public enum BatchAmendOrders {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "batch-amend-orders"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-multiple-orders
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `cxlOnFail`: a boolean.
                public var cxlOnFail: Bool?
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// `reqId`: text.
                public var reqId: String?
                /// `newSz`: a decimal number (a string on the wire); required in some cases.
                public var newSz: Decimal?
                /// `newPx`: a decimal number (a string on the wire); required in some cases.
                public var newPx: Decimal?
                /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
                public var speedBump: SpeedBump?
                /// `newPxUsd`: a decimal number (a string on the wire); required in some cases.
                public var newPxUsd: Decimal?
                /// `newPxVol`: a decimal number (a string on the wire); required in some cases.
                public var newPxVol: Decimal?
                /// `pxAmendType`: one of a documented set of values (unknown values are kept).
                public var pxAmendType: PxAmendType?
                /// `rpiTakerAccess`: a boolean.
                public var rpiTakerAccess: Bool?
                /// `rpiPxRound`: a boolean.
                public var rpiPxRound: Bool?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, cxlOnFail: Bool? = nil, ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil, speedBump: SpeedBump? = nil, newPxUsd: Decimal? = nil, newPxVol: Decimal? = nil, pxAmendType: PxAmendType? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil) {
                    self.instIdCode = instIdCode
                    self.cxlOnFail = cxlOnFail
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                    self.reqId = reqId
                    self.newSz = newSz
                    self.newPx = newPx
                    self.speedBump = speedBump
                    self.newPxUsd = newPxUsd
                    self.newPxVol = newPxVol
                    self.pxAmendType = pxAmendType
                    self.rpiTakerAccess = rpiTakerAccess
                    self.rpiPxRound = rpiPxRound
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("cxlOnFail", cxlOnFail)
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    p.add("reqId", reqId)
                    p.add("newSz", newSz)
                    p.add("newPx", newPx)
                    p.add("speedBump", speedBump)
                    p.add("newPxUsd", newPxUsd)
                    p.add("newPxVol", newPxVol)
                    p.add("pxAmendType", pxAmendType)
                    p.add("rpiTakerAccess", rpiTakerAccess)
                    p.add("rpiPxRound", rpiPxRound)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-amend-multiple-orders
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `reqId`: text.
                public let reqId: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `subCode`: text.
                public let subCode: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.ts = try c.apiDate("ts")
                    self.reqId = try c.apiText("reqId")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
                    self.subCode = try c.apiText("subCode")
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
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                        case 0xFC8821F2B5AD9F3E: if v3 < 0, m.isKey("reqId") { v3 = m.value }
                        case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                        case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                        case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.ts = try d.directDate(v2)
                    self.reqId = try d.directText(v3)
                    self.sCode = try d.directText(v4)
                    self.sMsg = try d.directText(v5)
                    self.subCode = try d.directText(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.reqId, "reqId")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteText(self.subCode, "subCode")
                }
            }
            /// The values of `speedBump` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct SpeedBump: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `pxAmendType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct PxAmendType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `0`.
                public static let v0: Self = "0"
                /// `1`.
                public static let v1: Self = "1"
            }
        }

        /// The `batch-cancel-orders` operation on the private WebSocket endpoint: “Cancel multiple orders”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-multiple-orders
        public enum BatchCancelOrders {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "batch-cancel-orders"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-multiple-orders
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, ordId: String? = nil, clOrdId: String? = nil) {
                    self.instIdCode = instIdCode
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-multiple-orders
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.ts = try c.apiDate("ts")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                        case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                        case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.ts = try d.directDate(v2)
                    self.sCode = try d.directText(v3)
                    self.sMsg = try d.directText(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                }
            }
        }

        /// The `batch-orders` operation on the private WebSocket endpoint: “Place multiple orders”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-multiple-orders
        public enum BatchOrders {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "batch-orders"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-multiple-orders
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `tdMode`: one of a documented set of values (unknown values are kept); required.
                public var tdMode: TdMode
                /// `ccy`: text.
                public var ccy: String?
                /// `clOrdId`: text.
                public var clOrdId: String?
                /// `tag`: text.
                public var tag: String?
                /// `side`: one of a documented set of values (unknown values are kept); required.
                public var side: Side
                /// `posSide`: text; required in some cases.
                public var posSide: String?
                /// `ordType`: one of a documented set of values (unknown values are kept); required.
                public var ordType: OrdType
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// `px`: a decimal number (a string on the wire); required in some cases.
                public var px: Decimal?
                /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
                public var speedBump: SpeedBump?
                /// `outcome`: one of a documented set of values (unknown values are kept); required in some cases.
                public var outcome: Outcome?
                /// `pxUsd`: a decimal number (a string on the wire); required in some cases.
                public var pxUsd: Decimal?
                /// `pxVol`: a decimal number (a string on the wire); required in some cases.
                public var pxVol: Decimal?
                /// `reduceOnly`: a boolean.
                public var reduceOnly: Bool?
                /// `tgtCcy`: one of a documented set of values (unknown values are kept).
                public var tgtCcy: TgtCcy?
                /// `banAmend`: a boolean.
                public var banAmend: Bool?
                /// `pxAmendType`: one of a documented set of values (unknown values are kept).
                public var pxAmendType: PxAmendType?
                /// `tradeQuoteCcy`: text.
                public var tradeQuoteCcy: String?
                /// `slippagePct`: a decimal number (a string on the wire).
                public var slippagePct: Decimal?
                /// `rpiTakerAccess`: a boolean.
                public var rpiTakerAccess: Bool?
                /// `rpiPxRound`: a boolean.
                public var rpiPxRound: Bool?
                /// `stpMode`: one of a documented set of values (unknown values are kept).
                public var stpMode: StpMode?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, tdMode: TdMode, ccy: String? = nil, clOrdId: String? = nil, tag: String? = nil, side: Side, posSide: String? = nil, ordType: OrdType, sz: Decimal, px: Decimal? = nil, speedBump: SpeedBump? = nil, outcome: Outcome? = nil, pxUsd: Decimal? = nil, pxVol: Decimal? = nil, reduceOnly: Bool? = nil, tgtCcy: TgtCcy? = nil, banAmend: Bool? = nil, pxAmendType: PxAmendType? = nil, tradeQuoteCcy: String? = nil, slippagePct: Decimal? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil, stpMode: StpMode? = nil) {
                    self.instIdCode = instIdCode
                    self.tdMode = tdMode
                    self.ccy = ccy
                    self.clOrdId = clOrdId
                    self.tag = tag
                    self.side = side
                    self.posSide = posSide
                    self.ordType = ordType
                    self.sz = sz
                    self.px = px
                    self.speedBump = speedBump
                    self.outcome = outcome
                    self.pxUsd = pxUsd
                    self.pxVol = pxVol
                    self.reduceOnly = reduceOnly
                    self.tgtCcy = tgtCcy
                    self.banAmend = banAmend
                    self.pxAmendType = pxAmendType
                    self.tradeQuoteCcy = tradeQuoteCcy
                    self.slippagePct = slippagePct
                    self.rpiTakerAccess = rpiTakerAccess
                    self.rpiPxRound = rpiPxRound
                    self.stpMode = stpMode
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("tdMode", tdMode)
                    p.add("ccy", ccy)
                    p.add("clOrdId", clOrdId)
                    p.add("tag", tag)
                    p.add("side", side)
                    p.add("posSide", posSide)
                    p.add("ordType", ordType)
                    p.add("sz", sz)
                    p.add("px", px)
                    p.add("speedBump", speedBump)
                    p.add("outcome", outcome)
                    p.add("pxUsd", pxUsd)
                    p.add("pxVol", pxVol)
                    p.add("reduceOnly", reduceOnly)
                    p.add("tgtCcy", tgtCcy)
                    p.add("banAmend", banAmend)
                    p.add("pxAmendType", pxAmendType)
                    p.add("tradeQuoteCcy", tradeQuoteCcy)
                    p.add("slippagePct", slippagePct)
                    p.add("rpiTakerAccess", rpiTakerAccess)
                    p.add("rpiPxRound", rpiPxRound)
                    p.add("stpMode", stpMode)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-multiple-orders
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `tag`: text.
                public let tag: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `subCode`: text.
                public let subCode: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.tag = try c.apiText("tag")
                    self.ts = try c.apiDate("ts")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
                    self.subCode = try c.apiText("subCode")
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
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                        case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                        case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                        case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                        case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.tag = try d.directText(v2)
                    self.ts = try d.directDate(v3)
                    self.sCode = try d.directText(v4)
                    self.sMsg = try d.directText(v5)
                    self.subCode = try d.directText(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteText(self.tag, "tag")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteText(self.subCode, "subCode")
                }
            }
            /// The values of `tdMode` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct TdMode: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `isolated`.
                public static let isolated: Self = "isolated"
                /// `cross`.
                public static let cross: Self = "cross"
                /// `cash`.
                public static let cash: Self = "cash"
                /// `spot_isolated`.
                public static let spotIsolated: Self = "spot_isolated"
            }

            /// The values of `side` of this operation: an open set, so a value OKX adds later is kept as it is.
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

            /// The values of `ordType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct OrdType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `market`.
                public static let market: Self = "market"
                /// `limit`.
                public static let limit: Self = "limit"
                /// `post_only`.
                public static let postOnly: Self = "post_only"
                /// `fok`.
                public static let fok: Self = "fok"
                /// `ioc`.
                public static let ioc: Self = "ioc"
                /// `optimal_limit_ioc`.
                public static let optimalLimitIoc: Self = "optimal_limit_ioc"
                /// `mmp`.
                public static let mmp: Self = "mmp"
                /// `mmp_and_post_only`.
                public static let mmpAndPostOnly: Self = "mmp_and_post_only"
                /// `rpi`.
                public static let rpi: Self = "rpi"
            }

            /// The values of `speedBump` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct SpeedBump: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `outcome` of this operation: an open set, so a value OKX adds later is kept as it is.
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

            /// The values of `tgtCcy` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct TgtCcy: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `base_ccy`.
                public static let baseCcy: Self = "base_ccy"
                /// `quote_ccy`.
                public static let quoteCcy: Self = "quote_ccy"
            }

            /// The values of `pxAmendType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct PxAmendType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `0`.
                public static let v0: Self = "0"
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `stpMode` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct StpMode: OKXStringValue {
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
        }

        /// The `cancel-order` operation on the private WebSocket endpoint: “Cancel order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-order
        public enum CancelOrder {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "cancel-order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-order
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, ordId: String? = nil, clOrdId: String? = nil) {
                    self.instIdCode = instIdCode
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-cancel-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.ts = try c.apiDate("ts")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x08C83D07B56AC770: if v2 < 0, m.isKey("ts") { v2 = m.value }
                        case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                        case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.ts = try d.directDate(v2)
                    self.sCode = try d.directText(v3)
                    self.sMsg = try d.directText(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                }
            }
        }

        /// The `mass-cancel` operation on the private WebSocket endpoint: “Mass cancel order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-mass-cancel-order
        public enum MassCancel {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "mass-cancel"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-mass-cancel-order
            public struct Arguments: APIRequestFields {
                /// `instType`: one of a documented set of values (unknown values are kept); required.
                public var instType: InstType
                /// `instFamily`: text; required.
                public var instFamily: String
                /// `lockInterval`: an integer (a string on the wire).
                public var lockInterval: Int?
                /// Arguments with the given values; nil ones are not sent.
                public init(instType: InstType, instFamily: String, lockInterval: Int? = nil) {
                    self.instType = instType
                    self.instFamily = instFamily
                    self.lockInterval = lockInterval
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instType", instType)
                    p.add("instFamily", instFamily)
                    p.add("lockInterval", lockInterval)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-mass-cancel-order
            public struct Reply: Codable, Sendable, TapeDirect {
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
            /// The values of `instType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct InstType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `OPTION`.
                public static let option: Self = "OPTION"
            }
        }

        /// The `order` operation on the private WebSocket endpoint: “Place order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order
        public enum Order {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .`private`
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order
            public struct Arguments: APIRequestFields {
                /// `instIdCode`: an integer (a string on the wire); required.
                public var instIdCode: Int
                /// `tdMode`: one of a documented set of values (unknown values are kept); required.
                public var tdMode: TdMode
                /// `ccy`: text.
                public var ccy: String?
                /// `clOrdId`: text.
                public var clOrdId: String?
                /// `tag`: text.
                public var tag: String?
                /// `side`: one of a documented set of values (unknown values are kept); required.
                public var side: Side
                /// `posSide`: one of a documented set of values (unknown values are kept); required in some cases.
                public var posSide: PosSide?
                /// `ordType`: one of a documented set of values (unknown values are kept); required.
                public var ordType: OrdType
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// `px`: a decimal number (a string on the wire); required in some cases.
                public var px: Decimal?
                /// `speedBump`: one of a documented set of values (unknown values are kept); required in some cases.
                public var speedBump: SpeedBump?
                /// `outcome`: one of a documented set of values (unknown values are kept); required in some cases.
                public var outcome: Outcome?
                /// `pxUsd`: a decimal number (a string on the wire); required in some cases.
                public var pxUsd: Decimal?
                /// `pxVol`: a decimal number (a string on the wire); required in some cases.
                public var pxVol: Decimal?
                /// `reduceOnly`: a boolean.
                public var reduceOnly: Bool?
                /// `tgtCcy`: one of a documented set of values (unknown values are kept).
                public var tgtCcy: TgtCcy?
                /// `banAmend`: a boolean.
                public var banAmend: Bool?
                /// `pxAmendType`: one of a documented set of values (unknown values are kept).
                public var pxAmendType: PxAmendType?
                /// `tradeQuoteCcy`: text.
                public var tradeQuoteCcy: String?
                /// `slippagePct`: a decimal number (a string on the wire).
                public var slippagePct: Decimal?
                /// `stpMode`: one of a documented set of values (unknown values are kept).
                public var stpMode: StpMode?
                /// `rpiTakerAccess`: a boolean.
                public var rpiTakerAccess: Bool?
                /// `rpiPxRound`: a boolean.
                public var rpiPxRound: Bool?
                /// Arguments with the given values; nil ones are not sent.
                public init(instIdCode: Int, tdMode: TdMode, ccy: String? = nil, clOrdId: String? = nil, tag: String? = nil, side: Side, posSide: PosSide? = nil, ordType: OrdType, sz: Decimal, px: Decimal? = nil, speedBump: SpeedBump? = nil, outcome: Outcome? = nil, pxUsd: Decimal? = nil, pxVol: Decimal? = nil, reduceOnly: Bool? = nil, tgtCcy: TgtCcy? = nil, banAmend: Bool? = nil, pxAmendType: PxAmendType? = nil, tradeQuoteCcy: String? = nil, slippagePct: Decimal? = nil, stpMode: StpMode? = nil, rpiTakerAccess: Bool? = nil, rpiPxRound: Bool? = nil) {
                    self.instIdCode = instIdCode
                    self.tdMode = tdMode
                    self.ccy = ccy
                    self.clOrdId = clOrdId
                    self.tag = tag
                    self.side = side
                    self.posSide = posSide
                    self.ordType = ordType
                    self.sz = sz
                    self.px = px
                    self.speedBump = speedBump
                    self.outcome = outcome
                    self.pxUsd = pxUsd
                    self.pxVol = pxVol
                    self.reduceOnly = reduceOnly
                    self.tgtCcy = tgtCcy
                    self.banAmend = banAmend
                    self.pxAmendType = pxAmendType
                    self.tradeQuoteCcy = tradeQuoteCcy
                    self.slippagePct = slippagePct
                    self.stpMode = stpMode
                    self.rpiTakerAccess = rpiTakerAccess
                    self.rpiPxRound = rpiPxRound
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("instIdCode", instIdCode)
                    p.add("tdMode", tdMode)
                    p.add("ccy", ccy)
                    p.add("clOrdId", clOrdId)
                    p.add("tag", tag)
                    p.add("side", side)
                    p.add("posSide", posSide)
                    p.add("ordType", ordType)
                    p.add("sz", sz)
                    p.add("px", px)
                    p.add("speedBump", speedBump)
                    p.add("outcome", outcome)
                    p.add("pxUsd", pxUsd)
                    p.add("pxVol", pxVol)
                    p.add("reduceOnly", reduceOnly)
                    p.add("tgtCcy", tgtCcy)
                    p.add("banAmend", banAmend)
                    p.add("pxAmendType", pxAmendType)
                    p.add("tradeQuoteCcy", tradeQuoteCcy)
                    p.add("slippagePct", slippagePct)
                    p.add("stpMode", stpMode)
                    p.add("rpiTakerAccess", rpiTakerAccess)
                    p.add("rpiPxRound", rpiPxRound)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-trade-ws-place-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `tag`: text.
                public let tag: String?
                /// `ts`: a time (epoch milliseconds on the wire).
                public let ts: Date?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// `subCode`: text.
                public let subCode: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.tag = try c.apiText("tag")
                    self.ts = try c.apiDate("ts")
                    self.sCode = try c.apiText("sCode")
                    self.sMsg = try c.apiText("sMsg")
                    self.subCode = try c.apiText("subCode")
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
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                        case 0x08C83D07B56AC770: if v3 < 0, m.isKey("ts") { v3 = m.value }
                        case 0xE8586107E6A04F6F: if v4 < 0, m.isKey("sCode") { v4 = m.value }
                        case 0x882D4C1998C80717: if v5 < 0, m.isKey("sMsg") { v5 = m.value }
                        case 0x550D7D1154701FC4: if v6 < 0, m.isKey("subCode") { v6 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.tag = try d.directText(v2)
                    self.ts = try d.directDate(v3)
                    self.sCode = try d.directText(v4)
                    self.sMsg = try d.directText(v5)
                    self.subCode = try d.directText(v6)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteText(self.tag, "tag")
                    try c.apiWriteDate(self.ts, "ts")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                    try c.apiWriteText(self.subCode, "subCode")
                }
            }
            /// The values of `tdMode` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct TdMode: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `isolated`.
                public static let isolated: Self = "isolated"
                /// `cross`.
                public static let cross: Self = "cross"
                /// `cash`.
                public static let cash: Self = "cash"
                /// `spot_isolated`.
                public static let spotIsolated: Self = "spot_isolated"
            }

            /// The values of `side` of this operation: an open set, so a value OKX adds later is kept as it is.
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

            /// The values of `posSide` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct PosSide: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `long`.
                public static let long: Self = "long"
                /// `short`.
                public static let short: Self = "short"
            }

            /// The values of `ordType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct OrdType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `market`.
                public static let market: Self = "market"
                /// `limit`.
                public static let limit: Self = "limit"
                /// `post_only`.
                public static let postOnly: Self = "post_only"
                /// `fok`.
                public static let fok: Self = "fok"
                /// `ioc`.
                public static let ioc: Self = "ioc"
                /// `optimal_limit_ioc`.
                public static let optimalLimitIoc: Self = "optimal_limit_ioc"
                /// `mmp`.
                public static let mmp: Self = "mmp"
                /// `mmp_and_post_only`.
                public static let mmpAndPostOnly: Self = "mmp_and_post_only"
                /// `rpi`.
                public static let rpi: Self = "rpi"
            }

            /// The values of `speedBump` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct SpeedBump: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `outcome` of this operation: an open set, so a value OKX adds later is kept as it is.
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

            /// The values of `tgtCcy` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct TgtCcy: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `base_ccy`.
                public static let baseCcy: Self = "base_ccy"
                /// `quote_ccy`.
                public static let quoteCcy: Self = "quote_ccy"
            }

            /// The values of `pxAmendType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct PxAmendType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `0`.
                public static let v0: Self = "0"
                /// `1`.
                public static let v1: Self = "1"
            }

            /// The values of `stpMode` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct StpMode: OKXStringValue {
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
        }

        /// The `sprd-amend-order` operation on the business WebSocket endpoint: “Amend order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-amend-order
        public enum SprdAmendOrder {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "sprd-amend-order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .business
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-amend-order
            public struct Arguments: APIRequestFields {
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// `reqId`: text.
                public var reqId: String?
                /// `newSz`: a decimal number (a string on the wire); required in some cases.
                public var newSz: Decimal?
                /// `newPx`: a decimal number (a string on the wire); required in some cases.
                public var newPx: Decimal?
                /// Arguments with the given values; nil ones are not sent.
                public init(ordId: String? = nil, clOrdId: String? = nil, reqId: String? = nil, newSz: Decimal? = nil, newPx: Decimal? = nil) {
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                    self.reqId = reqId
                    self.newSz = newSz
                    self.newPx = newPx
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    p.add("reqId", reqId)
                    p.add("newSz", newSz)
                    p.add("newPx", newPx)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-amend-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `reqId`: text.
                public let reqId: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.reqId = try c.apiText("reqId")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0xFC8821F2B5AD9F3E: if v2 < 0, m.isKey("reqId") { v2 = m.value }
                        case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                        case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.reqId = try d.directText(v2)
                    self.sCode = try d.directText(v3)
                    self.sMsg = try d.directText(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteText(self.reqId, "reqId")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                }
            }
        }

        /// The `sprd-cancel-order` operation on the business WebSocket endpoint: “Cancel order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-order
        public enum SprdCancelOrder {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "sprd-cancel-order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .business
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-order
            public struct Arguments: APIRequestFields {
                /// `ordId`: text; required in some cases.
                public var ordId: String?
                /// `clOrdId`: text; required in some cases.
                public var clOrdId: String?
                /// Arguments with the given values; nil ones are not sent.
                public init(ordId: String? = nil, clOrdId: String? = nil) {
                    self.ordId = ordId
                    self.clOrdId = clOrdId
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("ordId", ordId)
                    p.add("clOrdId", clOrdId)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0xE8586107E6A04F6F: if v2 < 0, m.isKey("sCode") { v2 = m.value }
                        case 0x882D4C1998C80717: if v3 < 0, m.isKey("sMsg") { v3 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.sCode = try d.directText(v2)
                    self.sMsg = try d.directText(v3)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                }
            }
        }

        /// The `sprd-mass-cancel` operation on the business WebSocket endpoint: “Cancel all orders”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-all-orders
        public enum SprdMassCancel {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "sprd-mass-cancel"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .business
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-all-orders
            public struct Arguments: APIRequestFields {
                /// `sprdId`: text.
                public var sprdId: String?
                /// Arguments with the given values; nil ones are not sent.
                public init(sprdId: String? = nil) {
                    self.sprdId = sprdId
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("sprdId", sprdId)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-cancel-all-orders
            public struct Reply: Codable, Sendable, TapeDirect {
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

        /// The `sprd-order` operation on the business WebSocket endpoint: “Place order”.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-place-order
        public enum SprdOrder {
            /// The operation name (`op`), as OKX spells it.
            public static let op = "sprd-order"
            /// The WebSocket endpoint that takes the operation.
            public static let urlKind: WebSocketURLKind = .business
            /// One item of the operation's `args`, in documented order.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-place-order
            public struct Arguments: APIRequestFields {
                /// `sprdId`: text; required.
                public var sprdId: String
                /// `clOrdId`: text.
                public var clOrdId: String?
                /// `tag`: text.
                public var tag: String?
                /// `side`: one of a documented set of values (unknown values are kept); required.
                public var side: Side
                /// `ordType`: one of a documented set of values (unknown values are kept); required.
                public var ordType: OrdType
                /// `sz`: a decimal number (a string on the wire); required.
                public var sz: Decimal
                /// `px`: a decimal number (a string on the wire); required.
                public var px: Decimal
                /// Arguments with the given values; nil ones are not sent.
                public init(sprdId: String, clOrdId: String? = nil, tag: String? = nil, side: Side, ordType: OrdType, sz: Decimal, px: Decimal) {
                    self.sprdId = sprdId
                    self.clOrdId = clOrdId
                    self.tag = tag
                    self.side = side
                    self.ordType = ordType
                    self.sz = sz
                    self.px = px
                }
                /// The parameters as sent, in documented order.
                public var parameters: APIParameters {
                    var p = APIParameters()
                    p.add("sprdId", sprdId)
                    p.add("clOrdId", clOrdId)
                    p.add("tag", tag)
                    p.add("side", side)
                    p.add("ordType", ordType)
                    p.add("sz", sz)
                    p.add("px", px)
                    return p
                }
            }
            /// One item of the `data` array of the operation's reply.
            /// - SeeAlso: https://www.okx.com/docs-v5/en/#spread-trading-websocket-trade-api-ws-place-order
            public struct Reply: Codable, Sendable, TapeDirect {
                /// `ordId`: text.
                public let ordId: String
                /// `clOrdId`: text.
                public let clOrdId: String?
                /// `tag`: text.
                public let tag: String?
                /// `sCode`: text.
                public let sCode: String?
                /// `sMsg`: text.
                public let sMsg: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.ordId = try c.apiRequiredText("ordId")
                    self.clOrdId = try c.apiText("clOrdId")
                    self.tag = try c.apiText("tag")
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
                    while let h = try m.next() {
                        switch h {
                        case 0x6B86FB72815776DD: if v0 < 0, m.isKey("ordId") { v0 = m.value }
                        case 0x76ED59528A2E9E7C: if v1 < 0, m.isKey("clOrdId") { v1 = m.value }
                        case 0x56D7AB194448A4F3: if v2 < 0, m.isKey("tag") { v2 = m.value }
                        case 0xE8586107E6A04F6F: if v3 < 0, m.isKey("sCode") { v3 = m.value }
                        case 0x882D4C1998C80717: if v4 < 0, m.isKey("sMsg") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.ordId = try d.directRequiredText(v0, "ordId")
                    self.clOrdId = try d.directText(v1)
                    self.tag = try d.directText(v2)
                    self.sCode = try d.directText(v3)
                    self.sMsg = try d.directText(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.ordId, "ordId")
                    try c.apiWriteText(self.clOrdId, "clOrdId")
                    try c.apiWriteText(self.tag, "tag")
                    try c.apiWriteText(self.sCode, "sCode")
                    try c.apiWriteText(self.sMsg, "sMsg")
                }
            }
            /// The values of `side` of this operation: an open set, so a value OKX adds later is kept as it is.
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

            /// The values of `ordType` of this operation: an open set, so a value OKX adds later is kept as it is.
            public struct OrdType: OKXStringValue {
                /// The value as OKX writes it.
                public let rawValue: String
                /// A value, documented or not.
                public init(rawValue: String) { self.rawValue = rawValue }
                /// `market`.
                public static let market: Self = "market"
                /// `limit`.
                public static let limit: Self = "limit"
                /// `post_only`.
                public static let postOnly: Self = "post_only"
                /// `ioc`.
                public static let ioc: Self = "ioc"
            }
        }
    }

    /// The reply item model of every documented WebSocket operation, by its `op`.
    public static let operationReplies: [String: any (Codable & Sendable).Type] = [
        "amend-order": Operations.AmendOrder.Reply.self,
        "batch-amend-orders": Operations.BatchAmendOrders.Reply.self,
        "batch-cancel-orders": Operations.BatchCancelOrders.Reply.self,
        "batch-orders": Operations.BatchOrders.Reply.self,
        "cancel-order": Operations.CancelOrder.Reply.self,
        "mass-cancel": Operations.MassCancel.Reply.self,
        "order": Operations.Order.Reply.self,
        "sprd-amend-order": Operations.SprdAmendOrder.Reply.self,
        "sprd-cancel-order": Operations.SprdCancelOrder.Reply.self,
        "sprd-mass-cancel": Operations.SprdMassCancel.Reply.self,
        "sprd-order": Operations.SprdOrder.Reply.self,
    ]
}
