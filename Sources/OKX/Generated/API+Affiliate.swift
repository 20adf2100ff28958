// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “affiliate”.
    public enum Affiliate {}
}

extension API.Affiliate {
    /// `GET /api/v5/affiliate/co-inviter/list`: “Get co-inviter link list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-co-inviter-link-list
    public enum GetCoInviterLinkList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/co-inviter/list"
        /// The parameters of `GET /api/v5/affiliate/co-inviter/list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-co-inviter-link-list
        public struct Request: APIRequestFields {
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `linkStatus`: one of a documented set of values (unknown values are kept).
            public var linkStatus: LinkStatus?
            /// A request with the given parameters; nil ones are not sent.
            public init(page: Int? = nil, limit: Int? = nil, linkStatus: LinkStatus? = nil) {
                self.page = page
                self.limit = limit
                self.linkStatus = linkStatus
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("page", page)
                p.add("limit", limit)
                p.add("linkStatus", linkStatus)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/co-inviter/list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-co-inviter-link-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `channelId`: text.
            public let channelId: String?
            /// `channelName`: text.
            public let channelName: String?
            /// `joinLink`: text.
            public let joinLink: String?
            /// `inviterCommissionRate`: a decimal number (a string on the wire).
            public let inviterCommissionRate: Decimal?
            /// `coInviterCommissionRate`: a decimal number (a string on the wire).
            public let coInviterCommissionRate: Decimal?
            /// `inviteeDiscountRate`: a decimal number (a string on the wire).
            public let inviteeDiscountRate: Decimal?
            /// `parUserName`: text.
            public let parUserName: String?
            /// `coUserName`: text.
            public let coUserName: String?
            /// `isCompliant`: a boolean.
            public let isCompliant: Bool?
            /// `note`: text.
            public let note: String?
            /// `isDefault`: a boolean.
            public let isDefault: Bool?
            /// `totalCommission`: a decimal number (a string on the wire).
            public let totalCommission: Decimal?
            /// `commission24h`: a decimal number (a string on the wire).
            public let commission24h: Decimal?
            /// `inviteeCnt`: an integer (a string on the wire).
            public let inviteeCnt: Int?
            /// `traderCnt`: an integer (a string on the wire).
            public let traderCnt: Int?
            /// `clickCnt`: an integer (a string on the wire).
            public let clickCnt: Int?
            /// `totalFee`: a decimal number (a string on the wire).
            public let totalFee: Decimal?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `channelAssessmentStatus`: one of a documented set of values (unknown values are kept).
            public let channelAssessmentStatus: ChannelAssessmentStatus?
            /// `inviterChannelStatus`: one of a documented set of values (unknown values are kept).
            public let inviterChannelStatus: InviterChannelStatus?
            /// `coInviterChannelStatus`: one of a documented set of values (unknown values are kept).
            public let coInviterChannelStatus: CoInviterChannelStatus?
            /// `linkStatus`: one of a documented set of values (unknown values are kept).
            public let linkStatus: LinkStatus?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalPage = try c.apiInteger("totalPage")
                self.channelId = try c.apiText("channelId")
                self.channelName = try c.apiText("channelName")
                self.joinLink = try c.apiText("joinLink")
                self.inviterCommissionRate = try c.apiDecimal("inviterCommissionRate")
                self.coInviterCommissionRate = try c.apiDecimal("coInviterCommissionRate")
                self.inviteeDiscountRate = try c.apiDecimal("inviteeDiscountRate")
                self.parUserName = try c.apiText("parUserName")
                self.coUserName = try c.apiText("coUserName")
                self.isCompliant = try c.apiBoolean("isCompliant")
                self.note = try c.apiText("note")
                self.isDefault = try c.apiBoolean("isDefault")
                self.totalCommission = try c.apiDecimal("totalCommission")
                self.commission24h = try c.apiDecimal("commission24h")
                self.inviteeCnt = try c.apiInteger("inviteeCnt")
                self.traderCnt = try c.apiInteger("traderCnt")
                self.clickCnt = try c.apiInteger("clickCnt")
                self.totalFee = try c.apiDecimal("totalFee")
                self.cTime = try c.apiDate("cTime")
                self.channelAssessmentStatus = try c.apiEnum("channelAssessmentStatus")
                self.inviterChannelStatus = try c.apiEnum("inviterChannelStatus")
                self.coInviterChannelStatus = try c.apiEnum("coInviterChannelStatus")
                self.linkStatus = try c.apiEnum("linkStatus")
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
                    case 0xCFA6C11447667CAE: if v0 < 0, m.isKey("totalPage") { v0 = m.value }
                    case 0xA97F87F50A537189: if v1 < 0, m.isKey("channelId") { v1 = m.value }
                    case 0x53E192F5D77F8F7F: if v2 < 0, m.isKey("channelName") { v2 = m.value }
                    case 0x7BF217ACCE545DED: if v3 < 0, m.isKey("joinLink") { v3 = m.value }
                    case 0x3B0070585210496D: if v4 < 0, m.isKey("inviterCommissionRate") { v4 = m.value }
                    case 0xCA5FE0D0C4609F83: if v5 < 0, m.isKey("coInviterCommissionRate") { v5 = m.value }
                    case 0x16ED14CD7DCD799A: if v6 < 0, m.isKey("inviteeDiscountRate") { v6 = m.value }
                    case 0x8AA60BB9DF760ED0: if v7 < 0, m.isKey("parUserName") { v7 = m.value }
                    case 0xAF071939CDB1990F: if v8 < 0, m.isKey("coUserName") { v8 = m.value }
                    case 0x21439EEB401C432A: if v9 < 0, m.isKey("isCompliant") { v9 = m.value }
                    case 0x3BF8FBBAD1587CDD: if v10 < 0, m.isKey("note") { v10 = m.value }
                    case 0xE87CB8C49796AAAE: if v11 < 0, m.isKey("isDefault") { v11 = m.value }
                    case 0x54BF353E0CF6C138: if v12 < 0, m.isKey("totalCommission") { v12 = m.value }
                    case 0xD40B77B086A636DA: if v13 < 0, m.isKey("commission24h") { v13 = m.value }
                    case 0xB579798DBC57615E: if v14 < 0, m.isKey("inviteeCnt") { v14 = m.value }
                    case 0xB6322A9388328BD4: if v15 < 0, m.isKey("traderCnt") { v15 = m.value }
                    case 0x101936022BA73D3E: if v16 < 0, m.isKey("clickCnt") { v16 = m.value }
                    case 0x10B64925FB78418B: if v17 < 0, m.isKey("totalFee") { v17 = m.value }
                    case 0x97CBF7DBB8D1A953: if v18 < 0, m.isKey("cTime") { v18 = m.value }
                    case 0xB7E0ACB18F1D0DE0: if v19 < 0, m.isKey("channelAssessmentStatus") { v19 = m.value }
                    case 0xB9318A2482B40683: if v20 < 0, m.isKey("inviterChannelStatus") { v20 = m.value }
                    case 0xF8381924A45C8BFD: if v21 < 0, m.isKey("coInviterChannelStatus") { v21 = m.value }
                    case 0x50DE24646E619FEB: if v22 < 0, m.isKey("linkStatus") { v22 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalPage = try d.directInteger(v0)
                self.channelId = try d.directText(v1)
                self.channelName = try d.directText(v2)
                self.joinLink = try d.directText(v3)
                self.inviterCommissionRate = try d.directDecimal(v4)
                self.coInviterCommissionRate = try d.directDecimal(v5)
                self.inviteeDiscountRate = try d.directDecimal(v6)
                self.parUserName = try d.directText(v7)
                self.coUserName = try d.directText(v8)
                self.isCompliant = try d.directBoolean(v9)
                self.note = try d.directText(v10)
                self.isDefault = try d.directBoolean(v11)
                self.totalCommission = try d.directDecimal(v12)
                self.commission24h = try d.directDecimal(v13)
                self.inviteeCnt = try d.directInteger(v14)
                self.traderCnt = try d.directInteger(v15)
                self.clickCnt = try d.directInteger(v16)
                self.totalFee = try d.directDecimal(v17)
                self.cTime = try d.directDate(v18)
                self.channelAssessmentStatus = try d.directEnum(v19)
                self.inviterChannelStatus = try d.directEnum(v20)
                self.coInviterChannelStatus = try d.directEnum(v21)
                self.linkStatus = try d.directEnum(v22)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteText(self.channelId, "channelId")
                try c.apiWriteText(self.channelName, "channelName")
                try c.apiWriteText(self.joinLink, "joinLink")
                try c.apiWriteDecimal(self.inviterCommissionRate, "inviterCommissionRate")
                try c.apiWriteDecimal(self.coInviterCommissionRate, "coInviterCommissionRate")
                try c.apiWriteDecimal(self.inviteeDiscountRate, "inviteeDiscountRate")
                try c.apiWriteText(self.parUserName, "parUserName")
                try c.apiWriteText(self.coUserName, "coUserName")
                try c.apiWriteBoolean(self.isCompliant, "isCompliant")
                try c.apiWriteText(self.note, "note")
                try c.apiWriteBoolean(self.isDefault, "isDefault")
                try c.apiWriteDecimal(self.totalCommission, "totalCommission")
                try c.apiWriteDecimal(self.commission24h, "commission24h")
                try c.apiWriteInteger(self.inviteeCnt, "inviteeCnt")
                try c.apiWriteInteger(self.traderCnt, "traderCnt")
                try c.apiWriteInteger(self.clickCnt, "clickCnt")
                try c.apiWriteDecimal(self.totalFee, "totalFee")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteEnum(self.channelAssessmentStatus, "channelAssessmentStatus")
                try c.apiWriteEnum(self.inviterChannelStatus, "inviterChannelStatus")
                try c.apiWriteEnum(self.coInviterChannelStatus, "coInviterChannelStatus")
                try c.apiWriteEnum(self.linkStatus, "linkStatus")
            }
        }
    }

    /// `GET /api/v5/affiliate/co-inviter/list`: “Get co-inviter link list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-co-inviter-link-list
    public static func getCoInviterLinkList(_ request: GetCoInviterLinkList.Request = .init()) -> Endpoint<[GetCoInviterLinkList.Response]> {
        .apiGet(GetCoInviterLinkList.path, request)
    }

    /// `GET /api/v5/affiliate/invitee/detail`: “Get the invitee's detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-the-invitee-39-s-detail
    public enum GetTheInviteesDetail {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/invitee/detail"
        /// The parameters of `GET /api/v5/affiliate/invitee/detail`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-the-invitee-39-s-detail
        public struct Request: APIRequestFields {
            /// `uid`: text; required.
            public var uid: String
            /// A request with the given parameters; nil ones are not sent.
            public init(uid: String) {
                self.uid = uid
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("uid", uid)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/invitee/detail`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-the-invitee-39-s-detail
        public struct Response: Codable, Sendable, TapeDirect {
            /// `inviteeLevel`: an integer (a string on the wire).
            public let inviteeLevel: Int?
            /// `joinTime`: a time (epoch milliseconds on the wire).
            public let joinTime: Date?
            /// `inviteeRebateRate`: a decimal number (a string on the wire).
            public let inviteeRebateRate: Decimal?
            /// `totalCommission`: a decimal number (a string on the wire).
            public let totalCommission: Decimal?
            /// `firstTradeTime`: a time (epoch milliseconds on the wire).
            public let firstTradeTime: Date?
            /// `level`: text.
            public let level: String?
            /// `depAmt`: a decimal number (a string on the wire).
            public let depAmt: Decimal?
            /// `wdAmt`: a decimal number (a string on the wire).
            public let wdAmt: Decimal?
            /// `volMonth`: a decimal number (a string on the wire).
            public let volMonth: Decimal?
            /// `totalVol`: a decimal number (a string on the wire).
            public let totalVol: Decimal?
            /// `accFee`: a decimal number (a string on the wire).
            public let accFee: Decimal?
            /// `kycTime`: a time (epoch milliseconds on the wire).
            public let kycTime: Date?
            /// `region`: text.
            public let region: String?
            /// `affiliateCode`: text.
            public let affiliateCode: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.inviteeLevel = try c.apiInteger("inviteeLevel")
                self.joinTime = try c.apiDate("joinTime")
                self.inviteeRebateRate = try c.apiDecimal("inviteeRebateRate")
                self.totalCommission = try c.apiDecimal("totalCommission")
                self.firstTradeTime = try c.apiDate("firstTradeTime")
                self.level = try c.apiText("level")
                self.depAmt = try c.apiDecimal("depAmt")
                self.wdAmt = try c.apiDecimal("wdAmt")
                self.volMonth = try c.apiDecimal("volMonth")
                self.totalVol = try c.apiDecimal("totalVol")
                self.accFee = try c.apiDecimal("accFee")
                self.kycTime = try c.apiDate("kycTime")
                self.region = try c.apiText("region")
                self.affiliateCode = try c.apiText("affiliateCode")
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
                    case 0xC5C9AFB8EF11E2EF: if v0 < 0, m.isKey("inviteeLevel") { v0 = m.value }
                    case 0x300D296BA4473390: if v1 < 0, m.isKey("joinTime") { v1 = m.value }
                    case 0x3EAAF134556BDCC6: if v2 < 0, m.isKey("inviteeRebateRate") { v2 = m.value }
                    case 0x54BF353E0CF6C138: if v3 < 0, m.isKey("totalCommission") { v3 = m.value }
                    case 0xE8F18E65A9D506C4: if v4 < 0, m.isKey("firstTradeTime") { v4 = m.value }
                    case 0xE8DDC90A9D7C709D: if v5 < 0, m.isKey("level") { v5 = m.value }
                    case 0x911F8A82F7FED254: if v6 < 0, m.isKey("depAmt") { v6 = m.value }
                    case 0x7D48AE23D66ED1F4: if v7 < 0, m.isKey("wdAmt") { v7 = m.value }
                    case 0xE9B86A419708527C: if v8 < 0, m.isKey("volMonth") { v8 = m.value }
                    case 0x87F3D425AE873602: if v9 < 0, m.isKey("totalVol") { v9 = m.value }
                    case 0x4EF2CEBD5D617192: if v10 < 0, m.isKey("accFee") { v10 = m.value }
                    case 0x053B569DDF1FA2F7: if v11 < 0, m.isKey("kycTime") { v11 = m.value }
                    case 0xC755A623F50A24DD: if v12 < 0, m.isKey("region") { v12 = m.value }
                    case 0xFE06A24BDD86DC61: if v13 < 0, m.isKey("affiliateCode") { v13 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.inviteeLevel = try d.directInteger(v0)
                self.joinTime = try d.directDate(v1)
                self.inviteeRebateRate = try d.directDecimal(v2)
                self.totalCommission = try d.directDecimal(v3)
                self.firstTradeTime = try d.directDate(v4)
                self.level = try d.directText(v5)
                self.depAmt = try d.directDecimal(v6)
                self.wdAmt = try d.directDecimal(v7)
                self.volMonth = try d.directDecimal(v8)
                self.totalVol = try d.directDecimal(v9)
                self.accFee = try d.directDecimal(v10)
                self.kycTime = try d.directDate(v11)
                self.region = try d.directText(v12)
                self.affiliateCode = try d.directText(v13)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.inviteeLevel, "inviteeLevel")
                try c.apiWriteDate(self.joinTime, "joinTime")
                try c.apiWriteDecimal(self.inviteeRebateRate, "inviteeRebateRate")
                try c.apiWriteDecimal(self.totalCommission, "totalCommission")
                try c.apiWriteDate(self.firstTradeTime, "firstTradeTime")
                try c.apiWriteText(self.level, "level")
                try c.apiWriteDecimal(self.depAmt, "depAmt")
                try c.apiWriteDecimal(self.wdAmt, "wdAmt")
                try c.apiWriteDecimal(self.volMonth, "volMonth")
                try c.apiWriteDecimal(self.totalVol, "totalVol")
                try c.apiWriteDecimal(self.accFee, "accFee")
                try c.apiWriteDate(self.kycTime, "kycTime")
                try c.apiWriteText(self.region, "region")
                try c.apiWriteText(self.affiliateCode, "affiliateCode")
            }
        }
    }

    /// `GET /api/v5/affiliate/invitee/detail`: “Get the invitee's detail”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-the-invitee-39-s-detail
    public static func getTheInviteesDetail(_ request: GetTheInviteesDetail.Request) -> Endpoint<[GetTheInviteesDetail.Response]> {
        .apiGet(GetTheInviteesDetail.path, request)
    }

    /// `GET /api/v5/affiliate/invitee/list`: “Get invitee list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-invitee-list
    public enum GetInviteeList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/invitee/list"
        /// The parameters of `GET /api/v5/affiliate/invitee/list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-invitee-list
        public struct Request: APIRequestFields {
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `periodType`: one of a documented set of values (unknown values are kept).
            public var periodType: PeriodType?
            /// `begin`: a time (epoch milliseconds on the wire); required in some cases.
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire); required in some cases.
            public var end: Date?
            /// `keyword`: text.
            public var keyword: String?
            /// `commissionCategory`: one of a documented set of values (unknown values are kept).
            public var commissionCategory: CommissionCategory?
            /// `orderBy`: one of a documented set of values (unknown values are kept).
            public var orderBy: OrderBy?
            /// `orderDir`: one of a documented set of values (unknown values are kept).
            public var orderDir: OrderDir?
            /// `kycStatus`: one of a documented set of values (unknown values are kept).
            public var kycStatus: KycStatus?
            /// `subAffiliateUid`: text.
            public var subAffiliateUid: String?
            /// A request with the given parameters; nil ones are not sent.
            public init(page: Int? = nil, limit: Int? = nil, periodType: PeriodType? = nil, begin: Date? = nil, end: Date? = nil, keyword: String? = nil, commissionCategory: CommissionCategory? = nil, orderBy: OrderBy? = nil, orderDir: OrderDir? = nil, kycStatus: KycStatus? = nil, subAffiliateUid: String? = nil) {
                self.page = page
                self.limit = limit
                self.periodType = periodType
                self.begin = begin
                self.end = end
                self.keyword = keyword
                self.commissionCategory = commissionCategory
                self.orderBy = orderBy
                self.orderDir = orderDir
                self.kycStatus = kycStatus
                self.subAffiliateUid = subAffiliateUid
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("page", page)
                p.add("limit", limit)
                p.add("periodType", periodType)
                p.add("begin", begin)
                p.add("end", end)
                p.add("keyword", keyword)
                p.add("commissionCategory", commissionCategory)
                p.add("orderBy", orderBy)
                p.add("orderDir", orderDir)
                p.add("kycStatus", kycStatus)
                p.add("subAffiliateUid", subAffiliateUid)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/invitee/list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-invitee-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `uid`: text.
            public let uid: String?
            /// `country`: text.
            public let country: String?
            /// `joinTime`: a time (epoch milliseconds on the wire).
            public let joinTime: Date?
            /// `firstTradeTime`: a time (epoch milliseconds on the wire).
            public let firstTradeTime: Date?
            /// `channelName`: text.
            public let channelName: String?
            /// `rebateRate`: a decimal number (a string on the wire).
            public let rebateRate: Decimal?
            /// `feeTierRank`: an integer (a string on the wire).
            public let feeTierRank: Int?
            /// `kycStatus`: one of a documented set of values (unknown values are kept).
            public let kycStatus: KycStatus?
            /// `kycTime`: a time (epoch milliseconds on the wire).
            public let kycTime: Date?
            /// `depAmt`: a decimal number (a string on the wire).
            public let depAmt: Decimal?
            /// `totalVol`: a decimal number (a string on the wire).
            public let totalVol: Decimal?
            /// `totalFee`: a decimal number (a string on the wire).
            public let totalFee: Decimal?
            /// `totalCommission`: a decimal number (a string on the wire).
            public let totalCommission: Decimal?
            /// `isCompliant`: a boolean.
            public let isCompliant: Bool?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalPage = try c.apiInteger("totalPage")
                self.uid = try c.apiText("uid")
                self.country = try c.apiText("country")
                self.joinTime = try c.apiDate("joinTime")
                self.firstTradeTime = try c.apiDate("firstTradeTime")
                self.channelName = try c.apiText("channelName")
                self.rebateRate = try c.apiDecimal("rebateRate")
                self.feeTierRank = try c.apiInteger("feeTierRank")
                self.kycStatus = try c.apiEnum("kycStatus")
                self.kycTime = try c.apiDate("kycTime")
                self.depAmt = try c.apiDecimal("depAmt")
                self.totalVol = try c.apiDecimal("totalVol")
                self.totalFee = try c.apiDecimal("totalFee")
                self.totalCommission = try c.apiDecimal("totalCommission")
                self.isCompliant = try c.apiBoolean("isCompliant")
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
                    case 0xCFA6C11447667CAE: if v0 < 0, m.isKey("totalPage") { v0 = m.value }
                    case 0x4C9CB5193E0B272D: if v1 < 0, m.isKey("uid") { v1 = m.value }
                    case 0x7772757416326F71: if v2 < 0, m.isKey("country") { v2 = m.value }
                    case 0x300D296BA4473390: if v3 < 0, m.isKey("joinTime") { v3 = m.value }
                    case 0xE8F18E65A9D506C4: if v4 < 0, m.isKey("firstTradeTime") { v4 = m.value }
                    case 0x53E192F5D77F8F7F: if v5 < 0, m.isKey("channelName") { v5 = m.value }
                    case 0xD6E699DE9A279DD0: if v6 < 0, m.isKey("rebateRate") { v6 = m.value }
                    case 0x25C618026094A329: if v7 < 0, m.isKey("feeTierRank") { v7 = m.value }
                    case 0x3F322350885F29E0: if v8 < 0, m.isKey("kycStatus") { v8 = m.value }
                    case 0x053B569DDF1FA2F7: if v9 < 0, m.isKey("kycTime") { v9 = m.value }
                    case 0x911F8A82F7FED254: if v10 < 0, m.isKey("depAmt") { v10 = m.value }
                    case 0x87F3D425AE873602: if v11 < 0, m.isKey("totalVol") { v11 = m.value }
                    case 0x10B64925FB78418B: if v12 < 0, m.isKey("totalFee") { v12 = m.value }
                    case 0x54BF353E0CF6C138: if v13 < 0, m.isKey("totalCommission") { v13 = m.value }
                    case 0x21439EEB401C432A: if v14 < 0, m.isKey("isCompliant") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalPage = try d.directInteger(v0)
                self.uid = try d.directText(v1)
                self.country = try d.directText(v2)
                self.joinTime = try d.directDate(v3)
                self.firstTradeTime = try d.directDate(v4)
                self.channelName = try d.directText(v5)
                self.rebateRate = try d.directDecimal(v6)
                self.feeTierRank = try d.directInteger(v7)
                self.kycStatus = try d.directEnum(v8)
                self.kycTime = try d.directDate(v9)
                self.depAmt = try d.directDecimal(v10)
                self.totalVol = try d.directDecimal(v11)
                self.totalFee = try d.directDecimal(v12)
                self.totalCommission = try d.directDecimal(v13)
                self.isCompliant = try d.directBoolean(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteText(self.uid, "uid")
                try c.apiWriteText(self.country, "country")
                try c.apiWriteDate(self.joinTime, "joinTime")
                try c.apiWriteDate(self.firstTradeTime, "firstTradeTime")
                try c.apiWriteText(self.channelName, "channelName")
                try c.apiWriteDecimal(self.rebateRate, "rebateRate")
                try c.apiWriteInteger(self.feeTierRank, "feeTierRank")
                try c.apiWriteEnum(self.kycStatus, "kycStatus")
                try c.apiWriteDate(self.kycTime, "kycTime")
                try c.apiWriteDecimal(self.depAmt, "depAmt")
                try c.apiWriteDecimal(self.totalVol, "totalVol")
                try c.apiWriteDecimal(self.totalFee, "totalFee")
                try c.apiWriteDecimal(self.totalCommission, "totalCommission")
                try c.apiWriteBoolean(self.isCompliant, "isCompliant")
            }
        }
    }

    /// `GET /api/v5/affiliate/invitee/list`: “Get invitee list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-invitee-list
    public static func getInviteeList(_ request: GetInviteeList.Request = .init()) -> Endpoint<[GetInviteeList.Response]> {
        .apiGet(GetInviteeList.path, request)
    }

    /// `GET /api/v5/affiliate/link/list`: “Get link list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-link-list
    public enum GetLinkList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/link/list"
        /// The parameters of `GET /api/v5/affiliate/link/list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-link-list
        public struct Request: APIRequestFields {
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `linkType`: one of a documented set of values (unknown values are kept).
            public var linkType: LinkType?
            /// `linkStatus`: one of a documented set of values (unknown values are kept).
            public var linkStatus: LinkStatus?
            /// A request with the given parameters; nil ones are not sent.
            public init(page: Int? = nil, limit: Int? = nil, linkType: LinkType? = nil, linkStatus: LinkStatus? = nil) {
                self.page = page
                self.limit = limit
                self.linkType = linkType
                self.linkStatus = linkStatus
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("page", page)
                p.add("limit", limit)
                p.add("linkType", linkType)
                p.add("linkStatus", linkStatus)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/link/list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-link-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `channelId`: text.
            public let channelId: String?
            /// `channelName`: text.
            public let channelName: String?
            /// `joinLink`: text.
            public let joinLink: String?
            /// `linkType`: one of a documented set of values (unknown values are kept).
            public let linkType: LinkType?
            /// `inviterCommissionRate`: a decimal number (a string on the wire).
            public let inviterCommissionRate: Decimal?
            /// `coInviterCommissionRate`: a decimal number (a string on the wire).
            public let coInviterCommissionRate: Decimal?
            /// `inviteeDiscountRate`: a decimal number (a string on the wire).
            public let inviteeDiscountRate: Decimal?
            /// `inviteeCnt`: an integer (a string on the wire).
            public let inviteeCnt: Int?
            /// `traderCnt`: an integer (a string on the wire).
            public let traderCnt: Int?
            /// `totalCommission`: a decimal number (a string on the wire).
            public let totalCommission: Decimal?
            /// `commission24h`: a decimal number (a string on the wire).
            public let commission24h: Decimal?
            /// `cTime`: a time (epoch milliseconds on the wire).
            public let cTime: Date?
            /// `isDefault`: a boolean.
            public let isDefault: Bool?
            /// `linkStatus`: one of a documented set of values (unknown values are kept).
            public let linkStatus: LinkStatus?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalPage = try c.apiInteger("totalPage")
                self.channelId = try c.apiText("channelId")
                self.channelName = try c.apiText("channelName")
                self.joinLink = try c.apiText("joinLink")
                self.linkType = try c.apiEnum("linkType")
                self.inviterCommissionRate = try c.apiDecimal("inviterCommissionRate")
                self.coInviterCommissionRate = try c.apiDecimal("coInviterCommissionRate")
                self.inviteeDiscountRate = try c.apiDecimal("inviteeDiscountRate")
                self.inviteeCnt = try c.apiInteger("inviteeCnt")
                self.traderCnt = try c.apiInteger("traderCnt")
                self.totalCommission = try c.apiDecimal("totalCommission")
                self.commission24h = try c.apiDecimal("commission24h")
                self.cTime = try c.apiDate("cTime")
                self.isDefault = try c.apiBoolean("isDefault")
                self.linkStatus = try c.apiEnum("linkStatus")
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
                    case 0xCFA6C11447667CAE: if v0 < 0, m.isKey("totalPage") { v0 = m.value }
                    case 0xA97F87F50A537189: if v1 < 0, m.isKey("channelId") { v1 = m.value }
                    case 0x53E192F5D77F8F7F: if v2 < 0, m.isKey("channelName") { v2 = m.value }
                    case 0x7BF217ACCE545DED: if v3 < 0, m.isKey("joinLink") { v3 = m.value }
                    case 0x61311F32610C4501: if v4 < 0, m.isKey("linkType") { v4 = m.value }
                    case 0x3B0070585210496D: if v5 < 0, m.isKey("inviterCommissionRate") { v5 = m.value }
                    case 0xCA5FE0D0C4609F83: if v6 < 0, m.isKey("coInviterCommissionRate") { v6 = m.value }
                    case 0x16ED14CD7DCD799A: if v7 < 0, m.isKey("inviteeDiscountRate") { v7 = m.value }
                    case 0xB579798DBC57615E: if v8 < 0, m.isKey("inviteeCnt") { v8 = m.value }
                    case 0xB6322A9388328BD4: if v9 < 0, m.isKey("traderCnt") { v9 = m.value }
                    case 0x54BF353E0CF6C138: if v10 < 0, m.isKey("totalCommission") { v10 = m.value }
                    case 0xD40B77B086A636DA: if v11 < 0, m.isKey("commission24h") { v11 = m.value }
                    case 0x97CBF7DBB8D1A953: if v12 < 0, m.isKey("cTime") { v12 = m.value }
                    case 0xE87CB8C49796AAAE: if v13 < 0, m.isKey("isDefault") { v13 = m.value }
                    case 0x50DE24646E619FEB: if v14 < 0, m.isKey("linkStatus") { v14 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalPage = try d.directInteger(v0)
                self.channelId = try d.directText(v1)
                self.channelName = try d.directText(v2)
                self.joinLink = try d.directText(v3)
                self.linkType = try d.directEnum(v4)
                self.inviterCommissionRate = try d.directDecimal(v5)
                self.coInviterCommissionRate = try d.directDecimal(v6)
                self.inviteeDiscountRate = try d.directDecimal(v7)
                self.inviteeCnt = try d.directInteger(v8)
                self.traderCnt = try d.directInteger(v9)
                self.totalCommission = try d.directDecimal(v10)
                self.commission24h = try d.directDecimal(v11)
                self.cTime = try d.directDate(v12)
                self.isDefault = try d.directBoolean(v13)
                self.linkStatus = try d.directEnum(v14)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteText(self.channelId, "channelId")
                try c.apiWriteText(self.channelName, "channelName")
                try c.apiWriteText(self.joinLink, "joinLink")
                try c.apiWriteEnum(self.linkType, "linkType")
                try c.apiWriteDecimal(self.inviterCommissionRate, "inviterCommissionRate")
                try c.apiWriteDecimal(self.coInviterCommissionRate, "coInviterCommissionRate")
                try c.apiWriteDecimal(self.inviteeDiscountRate, "inviteeDiscountRate")
                try c.apiWriteInteger(self.inviteeCnt, "inviteeCnt")
                try c.apiWriteInteger(self.traderCnt, "traderCnt")
                try c.apiWriteDecimal(self.totalCommission, "totalCommission")
                try c.apiWriteDecimal(self.commission24h, "commission24h")
                try c.apiWriteDate(self.cTime, "cTime")
                try c.apiWriteBoolean(self.isDefault, "isDefault")
                try c.apiWriteEnum(self.linkStatus, "linkStatus")
            }
        }
    }

    /// `GET /api/v5/affiliate/link/list`: “Get link list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-link-list
    public static func getLinkList(_ request: GetLinkList.Request = .init()) -> Endpoint<[GetLinkList.Response]> {
        .apiGet(GetLinkList.path, request)
    }

    /// `GET /api/v5/affiliate/performance/summary`: “Get performance summary”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-performance-summary
    public enum GetPerformanceSummary {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/performance/summary"
        /// The parameters of `GET /api/v5/affiliate/performance/summary`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-performance-summary
        public struct Request: APIRequestFields {
            /// `periodType`: one of a documented set of values (unknown values are kept).
            public var periodType: PeriodType?
            /// `begin`: a time (epoch milliseconds on the wire); required in some cases.
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire); required in some cases.
            public var end: Date?
            /// A request with the given parameters; nil ones are not sent.
            public init(periodType: PeriodType? = nil, begin: Date? = nil, end: Date? = nil) {
                self.periodType = periodType
                self.begin = begin
                self.end = end
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("periodType", periodType)
                p.add("begin", begin)
                p.add("end", end)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/performance/summary`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-performance-summary
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
                /// `commissionCategory`: one of a documented set of values (unknown values are kept).
                public let commissionCategory: CommissionCategory?
                /// `firstTraderCnt`: an integer (a string on the wire).
                public let firstTraderCnt: Int?
                /// `traderCnt`: an integer (a string on the wire).
                public let traderCnt: Int?
                /// `vol`: a decimal number (a string on the wire).
                public let vol: Decimal?
                /// `commission`: a decimal number (a string on the wire).
                public let commission: Decimal?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.commissionCategory = try c.apiEnum("commissionCategory")
                    self.firstTraderCnt = try c.apiInteger("firstTraderCnt")
                    self.traderCnt = try c.apiInteger("traderCnt")
                    self.vol = try c.apiDecimal("vol")
                    self.commission = try c.apiDecimal("commission")
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
                        case 0x17537E2829ED2988: if v0 < 0, m.isKey("commissionCategory") { v0 = m.value }
                        case 0x8A7E7CA2F6545D90: if v1 < 0, m.isKey("firstTraderCnt") { v1 = m.value }
                        case 0xB6322A9388328BD4: if v2 < 0, m.isKey("traderCnt") { v2 = m.value }
                        case 0x68FD26194ECB565A: if v3 < 0, m.isKey("vol") { v3 = m.value }
                        case 0x4BC0DCED44C264B0: if v4 < 0, m.isKey("commission") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.commissionCategory = try d.directEnum(v0)
                    self.firstTraderCnt = try d.directInteger(v1)
                    self.traderCnt = try d.directInteger(v2)
                    self.vol = try d.directDecimal(v3)
                    self.commission = try d.directDecimal(v4)
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteEnum(self.commissionCategory, "commissionCategory")
                    try c.apiWriteInteger(self.firstTraderCnt, "firstTraderCnt")
                    try c.apiWriteInteger(self.traderCnt, "traderCnt")
                    try c.apiWriteDecimal(self.vol, "vol")
                    try c.apiWriteDecimal(self.commission, "commission")
                }
            }
            /// `uTime`: a time (epoch milliseconds on the wire).
            public let uTime: Date?
            /// `inviteeCnt`: an integer (a string on the wire).
            public let inviteeCnt: Int?
            /// `depAmt`: a decimal number (a string on the wire).
            public let depAmt: Decimal?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.uTime = try c.apiDate("uTime")
                self.inviteeCnt = try c.apiInteger("inviteeCnt")
                self.depAmt = try c.apiDecimal("depAmt")
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
                    case 0x607ED783146D4C29: if v0 < 0, m.isKey("uTime") { v0 = m.value }
                    case 0xB579798DBC57615E: if v1 < 0, m.isKey("inviteeCnt") { v1 = m.value }
                    case 0x911F8A82F7FED254: if v2 < 0, m.isKey("depAmt") { v2 = m.value }
                    case 0xB9515701B1F5FC65: if v3 < 0, m.isKey("details") { v3 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.uTime = try d.directDate(v0)
                self.inviteeCnt = try d.directInteger(v1)
                self.depAmt = try d.directDecimal(v2)
                self.details = try d.directNested(v3)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteDate(self.uTime, "uTime")
                try c.apiWriteInteger(self.inviteeCnt, "inviteeCnt")
                try c.apiWriteDecimal(self.depAmt, "depAmt")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/affiliate/performance/summary`: “Get performance summary”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-performance-summary
    public static func getPerformanceSummary(_ request: GetPerformanceSummary.Request = .init()) -> Endpoint<[GetPerformanceSummary.Response]> {
        .apiGet(GetPerformanceSummary.path, request)
    }

    /// `GET /api/v5/affiliate/sub-affiliate/list`: “Get sub-affiliate list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-sub-affiliate-list
    public enum GetSubAffiliateList {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/affiliate/sub-affiliate/list"
        /// The parameters of `GET /api/v5/affiliate/sub-affiliate/list`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-sub-affiliate-list
        public struct Request: APIRequestFields {
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// `keyword`: text.
            public var keyword: String?
            /// `commissionCategory`: one of a documented set of values (unknown values are kept).
            public var commissionCategory: CommissionCategory?
            /// `orderBy`: one of a documented set of values (unknown values are kept).
            public var orderBy: OrderBy?
            /// `orderDir`: one of a documented set of values (unknown values are kept).
            public var orderDir: OrderDir?
            /// A request with the given parameters; nil ones are not sent.
            public init(page: Int? = nil, limit: Int? = nil, keyword: String? = nil, commissionCategory: CommissionCategory? = nil, orderBy: OrderBy? = nil, orderDir: OrderDir? = nil) {
                self.page = page
                self.limit = limit
                self.keyword = keyword
                self.commissionCategory = commissionCategory
                self.orderBy = orderBy
                self.orderDir = orderDir
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("page", page)
                p.add("limit", limit)
                p.add("keyword", keyword)
                p.add("commissionCategory", commissionCategory)
                p.add("orderBy", orderBy)
                p.add("orderDir", orderDir)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/affiliate/sub-affiliate/list`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-sub-affiliate-list
        public struct Response: Codable, Sendable, TapeDirect {
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `subAffiliateUid`: text.
            public let subAffiliateUid: String?
            /// `country`: text.
            public let country: String?
            /// `joinTime`: a time (epoch milliseconds on the wire).
            public let joinTime: Date?
            /// `subAffiliateLevel`: one of a documented set of values (unknown values are kept).
            public let subAffiliateLevel: SubAffiliateLevel?
            /// `commissionRate`: a decimal number (a string on the wire).
            public let commissionRate: Decimal?
            /// `isCompliant`: a boolean.
            public let isCompliant: Bool?
            /// `inviteeCnt`: an integer (a string on the wire).
            public let inviteeCnt: Int?
            /// `traderCnt`: an integer (a string on the wire).
            public let traderCnt: Int?
            /// `depAmt`: a decimal number (a string on the wire).
            public let depAmt: Decimal?
            /// `totalVol`: a decimal number (a string on the wire).
            public let totalVol: Decimal?
            /// `totalFee`: a decimal number (a string on the wire).
            public let totalFee: Decimal?
            /// `totalCommission`: a decimal number (a string on the wire).
            public let totalCommission: Decimal?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalPage = try c.apiInteger("totalPage")
                self.subAffiliateUid = try c.apiText("subAffiliateUid")
                self.country = try c.apiText("country")
                self.joinTime = try c.apiDate("joinTime")
                self.subAffiliateLevel = try c.apiEnum("subAffiliateLevel")
                self.commissionRate = try c.apiDecimal("commissionRate")
                self.isCompliant = try c.apiBoolean("isCompliant")
                self.inviteeCnt = try c.apiInteger("inviteeCnt")
                self.traderCnt = try c.apiInteger("traderCnt")
                self.depAmt = try c.apiDecimal("depAmt")
                self.totalVol = try c.apiDecimal("totalVol")
                self.totalFee = try c.apiDecimal("totalFee")
                self.totalCommission = try c.apiDecimal("totalCommission")
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
                    case 0xCFA6C11447667CAE: if v0 < 0, m.isKey("totalPage") { v0 = m.value }
                    case 0x68F948627DD4C40E: if v1 < 0, m.isKey("subAffiliateUid") { v1 = m.value }
                    case 0x7772757416326F71: if v2 < 0, m.isKey("country") { v2 = m.value }
                    case 0x300D296BA4473390: if v3 < 0, m.isKey("joinTime") { v3 = m.value }
                    case 0x4644BE5EFBBF5E9A: if v4 < 0, m.isKey("subAffiliateLevel") { v4 = m.value }
                    case 0xEAE9F017601B1852: if v5 < 0, m.isKey("commissionRate") { v5 = m.value }
                    case 0x21439EEB401C432A: if v6 < 0, m.isKey("isCompliant") { v6 = m.value }
                    case 0xB579798DBC57615E: if v7 < 0, m.isKey("inviteeCnt") { v7 = m.value }
                    case 0xB6322A9388328BD4: if v8 < 0, m.isKey("traderCnt") { v8 = m.value }
                    case 0x911F8A82F7FED254: if v9 < 0, m.isKey("depAmt") { v9 = m.value }
                    case 0x87F3D425AE873602: if v10 < 0, m.isKey("totalVol") { v10 = m.value }
                    case 0x10B64925FB78418B: if v11 < 0, m.isKey("totalFee") { v11 = m.value }
                    case 0x54BF353E0CF6C138: if v12 < 0, m.isKey("totalCommission") { v12 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalPage = try d.directInteger(v0)
                self.subAffiliateUid = try d.directText(v1)
                self.country = try d.directText(v2)
                self.joinTime = try d.directDate(v3)
                self.subAffiliateLevel = try d.directEnum(v4)
                self.commissionRate = try d.directDecimal(v5)
                self.isCompliant = try d.directBoolean(v6)
                self.inviteeCnt = try d.directInteger(v7)
                self.traderCnt = try d.directInteger(v8)
                self.depAmt = try d.directDecimal(v9)
                self.totalVol = try d.directDecimal(v10)
                self.totalFee = try d.directDecimal(v11)
                self.totalCommission = try d.directDecimal(v12)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteText(self.subAffiliateUid, "subAffiliateUid")
                try c.apiWriteText(self.country, "country")
                try c.apiWriteDate(self.joinTime, "joinTime")
                try c.apiWriteEnum(self.subAffiliateLevel, "subAffiliateLevel")
                try c.apiWriteDecimal(self.commissionRate, "commissionRate")
                try c.apiWriteBoolean(self.isCompliant, "isCompliant")
                try c.apiWriteInteger(self.inviteeCnt, "inviteeCnt")
                try c.apiWriteInteger(self.traderCnt, "traderCnt")
                try c.apiWriteDecimal(self.depAmt, "depAmt")
                try c.apiWriteDecimal(self.totalVol, "totalVol")
                try c.apiWriteDecimal(self.totalFee, "totalFee")
                try c.apiWriteDecimal(self.totalCommission, "totalCommission")
            }
        }
    }

    /// `GET /api/v5/affiliate/sub-affiliate/list`: “Get sub-affiliate list”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#affiliate-rest-api-get-sub-affiliate-list
    public static func getSubAffiliateList(_ request: GetSubAffiliateList.Request = .init()) -> Endpoint<[GetSubAffiliateList.Response]> {
        .apiGet(GetSubAffiliateList.path, request)
    }

    /// The values of `linkStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct LinkStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `normal`.
        public static let normal: Self = "normal"
        /// `abnormal`.
        public static let abnormal: Self = "abnormal"
    }

    /// The values of `channelAssessmentStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ChannelAssessmentStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `valid`.
        public static let valid: Self = "valid"
        /// `not_reach_trade`.
        public static let notReachTrade: Self = "not_reach_trade"
        /// `not_reach_invite`.
        public static let notReachInvite: Self = "not_reach_invite"
        /// `not_reach_both`.
        public static let notReachBoth: Self = "not_reach_both"
    }

    /// The values of `inviterChannelStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InviterChannelStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `valid`.
        public static let valid: Self = "valid"
        /// `identity_invalid`.
        public static let identityInvalid: Self = "identity_invalid"
        /// `level_downgraded`.
        public static let levelDowngraded: Self = "level_downgraded"
    }

    /// The values of `coInviterChannelStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CoInviterChannelStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `valid`.
        public static let valid: Self = "valid"
        /// `identity_invalid`.
        public static let identityInvalid: Self = "identity_invalid"
        /// `not_reach_assessment`.
        public static let notReachAssessment: Self = "not_reach_assessment"
        /// `identity_invalid_and_not_reach_assessment`.
        public static let identityInvalidAndNotReachAssessment: Self = "identity_invalid_and_not_reach_assessment"
    }

    /// The values of `periodType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct PeriodType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `last_7d`.
        public static let last7d: Self = "last_7d"
        /// `last_30d`.
        public static let last30d: Self = "last_30d"
        /// `this_month`.
        public static let thisMonth: Self = "this_month"
        /// `last_month`.
        public static let lastMonth: Self = "last_month"
        /// `total`.
        public static let total: Self = "total"
        /// `today`.
        public static let today: Self = "today"
        /// `this_week`.
        public static let thisWeek: Self = "this_week"
        /// `custom`.
        public static let custom: Self = "custom"
    }

    /// The values of `commissionCategory` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct CommissionCategory: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `DERIVATIVE`.
        public static let derivative: Self = "DERIVATIVE"
        /// `BSC`.
        public static let bsc: Self = "BSC"
    }

    /// The values of `orderBy` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrderBy: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `cTime`.
        public static let cTime: Self = "cTime"
        /// `depAmt`.
        public static let depAmt: Self = "depAmt"
        /// `vol`.
        public static let vol: Self = "vol"
        /// `fee`.
        public static let fee: Self = "fee"
        /// `rebate`.
        public static let rebate: Self = "rebate"
    }

    /// The values of `orderDir` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct OrderDir: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `asc`.
        public static let asc: Self = "asc"
        /// `desc`.
        public static let desc: Self = "desc"
    }

    /// The values of `kycStatus` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct KycStatus: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `unverified`.
        public static let unverified: Self = "unverified"
        /// `verified`.
        public static let verified: Self = "verified"
    }

    /// The values of `linkType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct LinkType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `standard`.
        public static let standard: Self = "standard"
        /// `co_inviter`.
        public static let coInviter: Self = "co_inviter"
    }

    /// The values of `subAffiliateLevel` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct SubAffiliateLevel: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `2`.
        public static let v2: Self = "2"
        /// `3`.
        public static let v3: Self = "3"
    }
}
