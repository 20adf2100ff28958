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
        public struct Response: Codable, Sendable, TapeDirect {
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xE7F73EE85A788E50: if v0 < 0, m.isKey("annType") { v0 = m.value }
                    case 0xAD6D5F5A01C04A01: if v1 < 0, m.isKey("annTypeDesc") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.annType = try d.directText(v0)
                self.annTypeDesc = try d.directText(v1)
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
        public struct Response: Codable, Sendable, TapeDirect {
            /// A nested object of the response.
            public struct Details: Codable, Sendable, TapeDirect {
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
                        case 0xDA31296C0C1B6029: if v0 < 0, m.isKey("title") { v0 = m.value }
                        case 0xE7F73EE85A788E50: if v1 < 0, m.isKey("annType") { v1 = m.value }
                        case 0xDE4F1B2F5C9D65D8: if v2 < 0, m.isKey("businessPTime") { v2 = m.value }
                        case 0xECBE9C1EA56004BE: if v3 < 0, m.isKey("pTime") { v3 = m.value }
                        case 0x4C4E8B193DC8BE7E: if v4 < 0, m.isKey("url") { v4 = m.value }
                        default: break
                        }
                    }
                    let d = m.decoder
                    self.title = try d.directText(v0)
                    self.annType = try d.directText(v1)
                    self.businessPTime = try d.directDate(v2)
                    self.pTime = try d.directDate(v3)
                    self.url = try d.directText(v4)
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
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0xCFA6C11447667CAE: if v0 < 0, m.isKey("totalPage") { v0 = m.value }
                    case 0xB9515701B1F5FC65: if v1 < 0, m.isKey("details") { v1 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.totalPage = try d.directInteger(v0)
                self.details = try d.directNested(v1)
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
