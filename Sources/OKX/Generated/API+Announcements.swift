// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “announcement”.
    public enum Announcements {}
}

extension API.Announcements {
    /// `GET /api/v5/support/announcement-types`: “Announcement types”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcement-types
    public enum AnnouncementTypes {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/support/announcement-types"
        /// The parameters of `GET /api/v5/support/announcement-types`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcement-types
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// One item of the `data` array of `GET /api/v5/support/announcement-types`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcement-types
        public struct Response: Codable, Sendable {
            /// `annType`: text.
            public let annType: String?
            /// `annTypeDesc`: text.
            public let annTypeDesc: String?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.annType = try c.apiText("annType")
                self.annTypeDesc = try c.apiText("annTypeDesc")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.annType, "annType")
                try c.apiWriteText(self.annTypeDesc, "annTypeDesc")
            }
        }
    }

    /// `GET /api/v5/support/announcement-types`: “Announcement types”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcement-types
    public static func announcementTypes(_ request: AnnouncementTypes.Request = .init()) -> Endpoint<[AnnouncementTypes.Response]> {
        .apiGet(AnnouncementTypes.path, request)
    }

    /// `GET /api/v5/support/announcements`: “Announcements”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcements
    public enum Announcements {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/support/announcements"
        /// The parameters of `GET /api/v5/support/announcements`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcements
        public struct Request: APIRequestFields {
            /// `annType`: text.
            public var annType: String?
            /// `page`: an integer (a string on the wire).
            public var page: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(annType: String? = nil, page: Int? = nil) {
                self.annType = annType
                self.page = page
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("annType", annType)
                p.add("page", page)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/support/announcements`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcements
        public struct Response: Codable, Sendable {
            /// A nested object of the response.
            public struct Details: Codable, Sendable {
                /// `title`: text.
                public let title: String?
                /// `annType`: text.
                public let annType: String?
                /// `businessPTime`: a time (epoch milliseconds on the wire).
                public let businessPTime: Date?
                /// `pTime`: a time (epoch milliseconds on the wire).
                public let pTime: Date?
                /// `url`: text.
                public let url: String?
                /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
                public init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: APIKey.self)
                    self.title = try c.apiText("title")
                    self.annType = try c.apiText("annType")
                    self.businessPTime = try c.apiDate("businessPTime")
                    self.pTime = try c.apiDate("pTime")
                    self.url = try c.apiText("url")
                }
                /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
                public func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: APIKey.self)
                    try c.apiWriteText(self.title, "title")
                    try c.apiWriteText(self.annType, "annType")
                    try c.apiWriteDate(self.businessPTime, "businessPTime")
                    try c.apiWriteDate(self.pTime, "pTime")
                    try c.apiWriteText(self.url, "url")
                }
            }
            /// `totalPage`: an integer (a string on the wire).
            public let totalPage: Int?
            /// `details`: a list of nested objects.
            public let details: [Details]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.totalPage = try c.apiInteger("totalPage")
                self.details = try c.apiNested("details")
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteInteger(self.totalPage, "totalPage")
                try c.apiWriteNested(self.details, "details")
            }
        }
    }

    /// `GET /api/v5/support/announcements`: “Announcements”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#announcement-get-announcements
    public static func announcements(_ request: Announcements.Request = .init()) -> Endpoint<[Announcements.Response]> {
        .apiGet(Announcements.path, request)
    }
}
