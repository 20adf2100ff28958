// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “status”.
    public enum Status {}
}

extension API.Status {
    /// `GET /api/v5/system/status`: “Status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-get-status
    public enum Status {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/system/status"
        /// The parameters of `GET /api/v5/system/status`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-get-status
        public struct Request: APIRequestFields {
            /// `state`: one of a documented set of values (unknown values are kept).
            public var state: State?
            /// A request with the given parameters; nil ones are not sent.
            public init(state: State? = nil) {
                self.state = state
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("state", state)
                return p
            }
        }
        /// One item of the `data` array of `GET /api/v5/system/status`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-get-status
        public struct Response: Codable, Sendable, TapeDirect {
            /// `title`: text.
            public let title: String?
            /// `state`: one of a documented set of values (unknown values are kept).
            public let state: State?
            /// `begin`: a time (epoch milliseconds on the wire).
            public let begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public let end: Date?
            /// `preOpenBegin`: a time (epoch milliseconds on the wire).
            public let preOpenBegin: Date?
            /// `href`: text.
            public let href: String?
            /// `serviceType`: one of a documented set of values (unknown values are kept).
            public let serviceType: ServiceType?
            /// `system`: one of a documented set of values (unknown values are kept).
            public let system: System?
            /// `scheDesc`: text.
            public let scheDesc: String?
            /// `maintType`: one of a documented set of values (unknown values are kept).
            public let maintType: MaintType?
            /// `env`: one of a documented set of values (unknown values are kept).
            public let env: Env?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.title = try c.apiText("title")
                self.state = try c.apiEnum("state")
                self.begin = try c.apiDate("begin")
                self.end = try c.apiDate("end")
                self.preOpenBegin = try c.apiDate("preOpenBegin")
                self.href = try c.apiText("href")
                self.serviceType = try c.apiEnum("serviceType")
                self.system = try c.apiEnum("system")
                self.scheDesc = try c.apiText("scheDesc")
                self.maintType = try c.apiEnum("maintType")
                self.env = try c.apiEnum("env")
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
                while let h = try m.next() {
                    switch h {
                    case 0xDA31296C0C1B6029: if v0 < 0, m.isKey("title") { v0 = m.value }
                    case 0xEE63AAAD45B1B116: if v1 < 0, m.isKey("state") { v1 = m.value }
                    case 0x9A848D5E6672B3DE: if v2 < 0, m.isKey("begin") { v2 = m.value }
                    case 0xC2F00318F053500A: if v3 < 0, m.isKey("end") { v3 = m.value }
                    case 0xD7F91DD7099CC3FB: if v4 < 0, m.isKey("preOpenBegin") { v4 = m.value }
                    case 0x9AB8EDCC20799138: if v5 < 0, m.isKey("href") { v5 = m.value }
                    case 0x8D0A1880471D1D2C: if v6 < 0, m.isKey("serviceType") { v6 = m.value }
                    case 0xBFB559C71C56B4FC: if v7 < 0, m.isKey("system") { v7 = m.value }
                    case 0xF7B77486DFE947AD: if v8 < 0, m.isKey("scheDesc") { v8 = m.value }
                    case 0x34D0CD57221CA23C: if v9 < 0, m.isKey("maintType") { v9 = m.value }
                    case 0xC2F01118F05367D4: if v10 < 0, m.isKey("env") { v10 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.title = try d.directText(v0)
                self.state = try d.directEnum(v1)
                self.begin = try d.directDate(v2)
                self.end = try d.directDate(v3)
                self.preOpenBegin = try d.directDate(v4)
                self.href = try d.directText(v5)
                self.serviceType = try d.directEnum(v6)
                self.system = try d.directEnum(v7)
                self.scheDesc = try d.directText(v8)
                self.maintType = try d.directEnum(v9)
                self.env = try d.directEnum(v10)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteText(self.title, "title")
                try c.apiWriteEnum(self.state, "state")
                try c.apiWriteDate(self.begin, "begin")
                try c.apiWriteDate(self.end, "end")
                try c.apiWriteDate(self.preOpenBegin, "preOpenBegin")
                try c.apiWriteText(self.href, "href")
                try c.apiWriteEnum(self.serviceType, "serviceType")
                try c.apiWriteEnum(self.system, "system")
                try c.apiWriteText(self.scheDesc, "scheDesc")
                try c.apiWriteEnum(self.maintType, "maintType")
                try c.apiWriteEnum(self.env, "env")
            }
        }
    }

    /// `GET /api/v5/system/status`: “Status”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-get-status
    public static func status(_ request: Status.Request = .init()) -> Endpoint<[Status.Response]> {
        .apiGet(Status.path, request)
    }

    /// The values of `state` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct State: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `scheduled`.
        public static let scheduled: Self = "scheduled"
        /// `ongoing`.
        public static let ongoing: Self = "ongoing"
        /// `pre_open`.
        public static let preOpen: Self = "pre_open"
        /// `completed`.
        public static let completed: Self = "completed"
        /// `canceled`.
        public static let canceled: Self = "canceled"
    }

    /// The values of `serviceType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct ServiceType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `0`.
        public static let v0: Self = "0"
        /// `5`.
        public static let v5: Self = "5"
        /// `6`.
        public static let v6: Self = "6"
        /// `7`.
        public static let v7: Self = "7"
        /// `8`.
        public static let v8: Self = "8"
        /// `9`.
        public static let v9: Self = "9"
        /// `10`.
        public static let v10: Self = "10"
        /// `11`.
        public static let v11: Self = "11"
        /// `99`.
        public static let v99: Self = "99"
    }

    /// The values of `system` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct System: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `unified`.
        public static let unified: Self = "unified"
    }

    /// The values of `maintType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct MaintType: OKXStringValue {
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

    /// The values of `env` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Env: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `1`.
        public static let v1: Self = "1"
        /// `2`.
        public static let v2: Self = "2"
    }
}
