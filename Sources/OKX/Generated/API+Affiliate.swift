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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct Details: Codable, Sendable {
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
        public struct Response: Codable, Sendable {
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
