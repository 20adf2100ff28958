// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension Channels {
    /// The `status` channel on the public WebSocket endpoint: “Status channel”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-ws-status-channel
    public enum Status: DocumentedChannel {
        /// The channel names this type covers, as OKX spells them.
        public static let names: [String] = ["status"]
        /// The WebSocket endpoint that serves the channel.
        public static let urlKind: WebSocketURLKind = .`public`
        /// Whether the connection must be logged in to subscribe.
        public static let needsLogin = false
        /// The subscription argument of `status`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-ws-status-channel
        public struct Arguments: ChannelArguments {
            /// Arguments with the given values; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
            /// The channel these arguments subscribe to.
            public var channelName: String { "status" }
        }
        /// One item of the `data` array of a `status` push.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#status-ws-status-channel
        public struct Push: Codable, Sendable {
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
            /// `ts`: a time (epoch milliseconds on the wire).
            public let ts: Date?
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
                self.ts = try c.apiDate("ts")
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
                try c.apiWriteDate(self.ts, "ts")
            }
        }
        /// The values of `state` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `serviceType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `system` of this channel: an open set, so a value OKX adds later is kept as it is.
        public struct System: OKXStringValue {
            /// The value as OKX writes it.
            public let rawValue: String
            /// A value, documented or not.
            public init(rawValue: String) { self.rawValue = rawValue }
            /// `unified`.
            public static let unified: Self = "unified"
        }

        /// The values of `maintType` of this channel: an open set, so a value OKX adds later is kept as it is.
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

        /// The values of `env` of this channel: an open set, so a value OKX adds later is kept as it is.
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
}
