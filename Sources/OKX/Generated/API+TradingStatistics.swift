// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

public import Foundation

extension API {
    /// The endpoints of OKX's docs section “trading-statistics”.
    public enum TradingStatistics {}
}

extension API.TradingStatistics {
    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`: “Get long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-long-short-ratio
    public enum GetLongShortRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/long-short-account-ratio"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-long-short-ratio
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, begin: Date? = nil, end: Date? = nil, period: Period? = nil) {
                self.ccy = ccy
                self.begin = begin
                self.end = end
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("begin", begin)
                p.add("end", end)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-long-short-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `ratio`: a decimal number (a string on the wire), at position 1 of the row.
            public let ratio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.ratio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.ratio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.ratio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`: “Get long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-long-short-ratio
    public static func getLongShortRatio(_ request: GetLongShortRatio.Request) -> Endpoint<[GetLongShortRatio.Response]> {
        .apiGet(GetLongShortRatio.path, request)
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`: “Get contract long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-long-short-ratio
    public enum GetContractLongShortRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-long-short-ratio
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, period: Period? = nil, end: Date? = nil, begin: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.period = period
                self.end = end
                self.begin = begin
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("period", period)
                p.add("end", end)
                p.add("begin", begin)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-long-short-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `longShortAcctRatio`: a decimal number (a string on the wire), at position 1 of the row.
            public let longShortAcctRatio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.longShortAcctRatio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.longShortAcctRatio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.longShortAcctRatio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`: “Get contract long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-long-short-ratio
    public static func getContractLongShortRatio(_ request: GetContractLongShortRatio.Request) -> Endpoint<[GetContractLongShortRatio.Response]> {
        .apiGet(GetContractLongShortRatio.path, request)
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`: “Get top traders contract long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio
    public enum GetTopTradersContractLongShortRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, period: Period? = nil, end: Date? = nil, begin: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.period = period
                self.end = end
                self.begin = begin
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("period", period)
                p.add("end", end)
                p.add("begin", begin)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `longShortAcctRatio`: a decimal number (a string on the wire), at position 1 of the row.
            public let longShortAcctRatio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.longShortAcctRatio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.longShortAcctRatio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.longShortAcctRatio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`: “Get top traders contract long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio
    public static func getTopTradersContractLongShortRatio(_ request: GetTopTradersContractLongShortRatio.Request) -> Endpoint<[GetTopTradersContractLongShortRatio.Response]> {
        .apiGet(GetTopTradersContractLongShortRatio.path, request)
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`: “Get top traders contract long/short ratio (by position)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio-by-position
    public enum GetTopTradersContractLongShortRatioByPosition {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio-by-position
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, period: Period? = nil, end: Date? = nil, begin: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.period = period
                self.end = end
                self.begin = begin
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("period", period)
                p.add("end", end)
                p.add("begin", begin)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio-by-position
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `longShortPosRatio`: a decimal number (a string on the wire), at position 1 of the row.
            public let longShortPosRatio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.longShortPosRatio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.longShortPosRatio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.longShortPosRatio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`: “Get top traders contract long/short ratio (by position)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-top-traders-contract-long-short-ratio-by-position
    public static func getTopTradersContractLongShortRatioByPosition(_ request: GetTopTradersContractLongShortRatioByPosition.Request) -> Endpoint<[GetTopTradersContractLongShortRatioByPosition.Response]> {
        .apiGet(GetTopTradersContractLongShortRatioByPosition.path, request)
    }

    /// `GET /api/v5/rubik/stat/contracts/open-interest-history`: “Get contract open interest history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-open-interest-history
    public enum GetContractOpenInterestHistory {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/open-interest-history"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/open-interest-history`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-open-interest-history
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, period: Period? = nil, end: Date? = nil, begin: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.period = period
                self.end = end
                self.begin = begin
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("period", period)
                p.add("end", end)
                p.add("begin", begin)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/open-interest-history`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-open-interest-history
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `oi`: a decimal number (a string on the wire), at position 1 of the row.
            public let oi: Decimal?
            /// `oiCcy`: a decimal number (a string on the wire), at position 2 of the row.
            public let oiCcy: Decimal?
            /// `oiUsd`: a decimal number (a string on the wire), at position 3 of the row.
            public let oiUsd: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.oi = try c.apiDecimal()
                self.oiCcy = try c.apiDecimal()
                self.oiUsd = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.oi = try row.decimal()
                self.oiCcy = try row.decimal()
                self.oiUsd = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.oi)
                try c.apiWriteDecimal(self.oiCcy)
                try c.apiWriteDecimal(self.oiUsd)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/open-interest-history`: “Get contract open interest history”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-open-interest-history
    public static func getContractOpenInterestHistory(_ request: GetContractOpenInterestHistory.Request) -> Endpoint<[GetContractOpenInterestHistory.Response]> {
        .apiGet(GetContractOpenInterestHistory.path, request)
    }

    /// `GET /api/v5/rubik/stat/contracts/open-interest-volume`: “Get contracts open interest and volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
    public enum GetContractsOpenInterestAndVolume {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/contracts/open-interest-volume"
        /// The parameters of `GET /api/v5/rubik/stat/contracts/open-interest-volume`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, begin: Date? = nil, end: Date? = nil, period: Period? = nil) {
                self.ccy = ccy
                self.begin = begin
                self.end = end
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("begin", begin)
                p.add("end", end)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/contracts/open-interest-volume`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `oi`: a decimal number (a string on the wire), at position 1 of the row.
            public let oi: Decimal?
            /// `vol`: a decimal number (a string on the wire), at position 2 of the row.
            public let vol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.oi = try c.apiDecimal()
                self.vol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.oi = try row.decimal()
                self.vol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.oi)
                try c.apiWriteDecimal(self.vol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/contracts/open-interest-volume`: “Get contracts open interest and volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
    public static func getContractsOpenInterestAndVolume(_ request: GetContractsOpenInterestAndVolume.Request) -> Endpoint<[GetContractsOpenInterestAndVolume.Response]> {
        .apiGet(GetContractsOpenInterestAndVolume.path, request)
    }

    /// `GET /api/v5/rubik/stat/margin/loan-ratio`: “Get margin long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-margin-long-short-ratio
    public enum GetMarginLongShortRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/margin/loan-ratio"
        /// The parameters of `GET /api/v5/rubik/stat/margin/loan-ratio`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-margin-long-short-ratio
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, begin: Date? = nil, end: Date? = nil, period: Period? = nil) {
                self.ccy = ccy
                self.begin = begin
                self.end = end
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("begin", begin)
                p.add("end", end)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/margin/loan-ratio`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-margin-long-short-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `ratio`: a decimal number (a string on the wire), at position 1 of the row.
            public let ratio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.ratio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.ratio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.ratio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/margin/loan-ratio`: “Get margin long/short ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-margin-long-short-ratio
    public static func getMarginLongShortRatio(_ request: GetMarginLongShortRatio.Request) -> Endpoint<[GetMarginLongShortRatio.Response]> {
        .apiGet(GetMarginLongShortRatio.path, request)
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume`: “Get options open interest and volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-options-open-interest-and-volume
    public enum GetOptionsOpenInterestAndVolume {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/option/open-interest-volume"
        /// The parameters of `GET /api/v5/rubik/stat/option/open-interest-volume`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-options-open-interest-and-volume
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, period: Period? = nil) {
                self.ccy = ccy
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/option/open-interest-volume`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-options-open-interest-and-volume
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `oi`: a decimal number (a string on the wire), at position 1 of the row.
            public let oi: Decimal?
            /// `vol`: a decimal number (a string on the wire), at position 2 of the row.
            public let vol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.oi = try c.apiDecimal()
                self.vol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.oi = try row.decimal()
                self.vol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.oi)
                try c.apiWriteDecimal(self.vol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume`: “Get options open interest and volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-options-open-interest-and-volume
    public static func getOptionsOpenInterestAndVolume(_ request: GetOptionsOpenInterestAndVolume.Request) -> Endpoint<[GetOptionsOpenInterestAndVolume.Response]> {
        .apiGet(GetOptionsOpenInterestAndVolume.path, request)
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`: “Get open interest and volume (expiry)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-expiry
    public enum GetOpenInterestAndVolumeExpiry {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/option/open-interest-volume-expiry"
        /// The parameters of `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-expiry
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, period: Period? = nil) {
                self.ccy = ccy
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-expiry
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `expTime`: text, at position 1 of the row.
            public let expTime: String?
            /// `callOI`: a decimal number (a string on the wire), at position 2 of the row.
            public let callOI: Decimal?
            /// `putOI`: a decimal number (a string on the wire), at position 3 of the row.
            public let putOI: Decimal?
            /// `callVol`: a decimal number (a string on the wire), at position 4 of the row.
            public let callVol: Decimal?
            /// `putVol`: a decimal number (a string on the wire), at position 5 of the row.
            public let putVol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.expTime = try c.apiText()
                self.callOI = try c.apiDecimal()
                self.putOI = try c.apiDecimal()
                self.callVol = try c.apiDecimal()
                self.putVol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.expTime = try row.text()
                self.callOI = try row.decimal()
                self.putOI = try row.decimal()
                self.callVol = try row.decimal()
                self.putVol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteText(self.expTime)
                try c.apiWriteDecimal(self.callOI)
                try c.apiWriteDecimal(self.putOI)
                try c.apiWriteDecimal(self.callVol)
                try c.apiWriteDecimal(self.putVol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`: “Get open interest and volume (expiry)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-expiry
    public static func getOpenInterestAndVolumeExpiry(_ request: GetOpenInterestAndVolumeExpiry.Request) -> Endpoint<[GetOpenInterestAndVolumeExpiry.Response]> {
        .apiGet(GetOpenInterestAndVolumeExpiry.path, request)
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`: “Get put/call ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-put-call-ratio
    public enum GetPutCallRatio {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/option/open-interest-volume-ratio"
        /// The parameters of `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-put-call-ratio
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, period: Period? = nil) {
                self.ccy = ccy
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-put-call-ratio
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `oiRatio`: a decimal number (a string on the wire), at position 1 of the row.
            public let oiRatio: Decimal?
            /// `volRatio`: a decimal number (a string on the wire), at position 2 of the row.
            public let volRatio: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.oiRatio = try c.apiDecimal()
                self.volRatio = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.oiRatio = try row.decimal()
                self.volRatio = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.oiRatio)
                try c.apiWriteDecimal(self.volRatio)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`: “Get put/call ratio”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-put-call-ratio
    public static func getPutCallRatio(_ request: GetPutCallRatio.Request) -> Endpoint<[GetPutCallRatio.Response]> {
        .apiGet(GetPutCallRatio.path, request)
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-strike`: “Get open interest and volume (strike)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-strike
    public enum GetOpenInterestAndVolumeStrike {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/option/open-interest-volume-strike"
        /// The parameters of `GET /api/v5/rubik/stat/option/open-interest-volume-strike`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-strike
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `expTime`: text; required.
            public var expTime: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, expTime: String, period: Period? = nil) {
                self.ccy = ccy
                self.expTime = expTime
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("expTime", expTime)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/option/open-interest-volume-strike`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-strike
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `strike`: a decimal number (a string on the wire), at position 1 of the row.
            public let strike: Decimal?
            /// `callOI`: a decimal number (a string on the wire), at position 2 of the row.
            public let callOI: Decimal?
            /// `putOI`: a decimal number (a string on the wire), at position 3 of the row.
            public let putOI: Decimal?
            /// `callVol`: a decimal number (a string on the wire), at position 4 of the row.
            public let callVol: Decimal?
            /// `putVol`: a decimal number (a string on the wire), at position 5 of the row.
            public let putVol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.strike = try c.apiDecimal()
                self.callOI = try c.apiDecimal()
                self.putOI = try c.apiDecimal()
                self.callVol = try c.apiDecimal()
                self.putVol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.strike = try row.decimal()
                self.callOI = try row.decimal()
                self.putOI = try row.decimal()
                self.callVol = try row.decimal()
                self.putVol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.strike)
                try c.apiWriteDecimal(self.callOI)
                try c.apiWriteDecimal(self.putOI)
                try c.apiWriteDecimal(self.callVol)
                try c.apiWriteDecimal(self.putVol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/option/open-interest-volume-strike`: “Get open interest and volume (strike)”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-open-interest-and-volume-strike
    public static func getOpenInterestAndVolumeStrike(_ request: GetOpenInterestAndVolumeStrike.Request) -> Endpoint<[GetOpenInterestAndVolumeStrike.Response]> {
        .apiGet(GetOpenInterestAndVolumeStrike.path, request)
    }

    /// `GET /api/v5/rubik/stat/option/taker-block-volume`: “Get taker flow”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-flow
    public enum GetTakerFlow {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/option/taker-block-volume"
        /// The parameters of `GET /api/v5/rubik/stat/option/taker-block-volume`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-flow
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, period: Period? = nil) {
                self.ccy = ccy
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("period", period)
                return p
            }
        }
        /// The `data` row of `GET /api/v5/rubik/stat/option/taker-block-volume`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-flow
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `callBuyVol`: a decimal number (a string on the wire), at position 1 of the row.
            public let callBuyVol: Decimal?
            /// `callSellVol`: a decimal number (a string on the wire), at position 2 of the row.
            public let callSellVol: Decimal?
            /// `putBuyVol`: a decimal number (a string on the wire), at position 3 of the row.
            public let putBuyVol: Decimal?
            /// `putSellVol`: a decimal number (a string on the wire), at position 4 of the row.
            public let putSellVol: Decimal?
            /// `callBlockVol`: a decimal number (a string on the wire), at position 5 of the row.
            public let callBlockVol: Decimal?
            /// `putBlockVol`: a decimal number (a string on the wire), at position 6 of the row.
            public let putBlockVol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.callBuyVol = try c.apiDecimal()
                self.callSellVol = try c.apiDecimal()
                self.putBuyVol = try c.apiDecimal()
                self.putSellVol = try c.apiDecimal()
                self.callBlockVol = try c.apiDecimal()
                self.putBlockVol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.callBuyVol = try row.decimal()
                self.callSellVol = try row.decimal()
                self.putBuyVol = try row.decimal()
                self.putSellVol = try row.decimal()
                self.callBlockVol = try row.decimal()
                self.putBlockVol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.callBuyVol)
                try c.apiWriteDecimal(self.callSellVol)
                try c.apiWriteDecimal(self.putBuyVol)
                try c.apiWriteDecimal(self.putSellVol)
                try c.apiWriteDecimal(self.callBlockVol)
                try c.apiWriteDecimal(self.putBlockVol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/option/taker-block-volume`: “Get taker flow”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-flow
    public static func getTakerFlow(_ request: GetTakerFlow.Request) -> Endpoint<GetTakerFlow.Response> {
        .apiGet(GetTakerFlow.path, request)
    }

    /// `GET /api/v5/rubik/stat/taker-volume`: “Get taker volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-volume
    public enum GetTakerVolume {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/taker-volume"
        /// The parameters of `GET /api/v5/rubik/stat/taker-volume`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-volume
        public struct Request: APIRequestFields {
            /// `ccy`: text; required.
            public var ccy: String
            /// `instType`: one of a documented set of values (unknown values are kept); required.
            public var instType: InstType
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// A request with the given parameters; nil ones are not sent.
            public init(ccy: String, instType: InstType, begin: Date? = nil, end: Date? = nil, period: Period? = nil) {
                self.ccy = ccy
                self.instType = instType
                self.begin = begin
                self.end = end
                self.period = period
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("ccy", ccy)
                p.add("instType", instType)
                p.add("begin", begin)
                p.add("end", end)
                p.add("period", period)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/taker-volume`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-volume
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `sellVol`: a decimal number (a string on the wire), at position 1 of the row.
            public let sellVol: Decimal?
            /// `buyVol`: a decimal number (a string on the wire), at position 2 of the row.
            public let buyVol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.sellVol = try c.apiDecimal()
                self.buyVol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.sellVol = try row.decimal()
                self.buyVol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.sellVol)
                try c.apiWriteDecimal(self.buyVol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/taker-volume`: “Get taker volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-taker-volume
    public static func getTakerVolume(_ request: GetTakerVolume.Request) -> Endpoint<[GetTakerVolume.Response]> {
        .apiGet(GetTakerVolume.path, request)
    }

    /// `GET /api/v5/rubik/stat/taker-volume-contract`: “Get contract taker volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-taker-volume
    public enum GetContractTakerVolume {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/taker-volume-contract"
        /// The parameters of `GET /api/v5/rubik/stat/taker-volume-contract`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-taker-volume
        public struct Request: APIRequestFields {
            /// `instId`: text; required.
            public var instId: String
            /// `period`: one of a documented set of values (unknown values are kept).
            public var period: Period?
            /// `unit`: one of a documented set of values (unknown values are kept).
            public var unit: Unit?
            /// `end`: a time (epoch milliseconds on the wire).
            public var end: Date?
            /// `begin`: a time (epoch milliseconds on the wire).
            public var begin: Date?
            /// `limit`: an integer (a string on the wire).
            public var limit: Int?
            /// A request with the given parameters; nil ones are not sent.
            public init(instId: String, period: Period? = nil, unit: Unit? = nil, end: Date? = nil, begin: Date? = nil, limit: Int? = nil) {
                self.instId = instId
                self.period = period
                self.unit = unit
                self.end = end
                self.begin = begin
                self.limit = limit
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instId", instId)
                p.add("period", period)
                p.add("unit", unit)
                p.add("end", end)
                p.add("begin", begin)
                p.add("limit", limit)
                return p
            }
        }
        /// One row of the `data` array of `GET /api/v5/rubik/stat/taker-volume-contract`: an array read by position.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-taker-volume
        public struct Response: Codable, Sendable, TapeDirect {
            /// `ts`: a time (epoch milliseconds on the wire), at position 0 of the row.
            public let ts: Date?
            /// `sellVol`: a decimal number (a string on the wire), at position 1 of the row.
            public let sellVol: Decimal?
            /// `buyVol`: a decimal number (a string on the wire), at position 2 of the row.
            public let buyVol: Decimal?
            /// Reads the row by position; missing trailing values and `""` become nil.
            public init(from decoder: any Decoder) throws {
                var c = try decoder.unkeyedContainer()
                self.ts = try c.apiDate()
                self.sellVol = try c.apiDecimal()
                self.buyVol = try c.apiDecimal()
            }
            /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var row = try TapeRow(tape, index)
                self.ts = try row.date()
                self.sellVol = try row.decimal()
                self.buyVol = try row.decimal()
            }
            /// Writes the row back by position, `""` for a value it does not hold.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.unkeyedContainer()
                try c.apiWriteDate(self.ts)
                try c.apiWriteDecimal(self.sellVol)
                try c.apiWriteDecimal(self.buyVol)
            }
        }
    }

    /// `GET /api/v5/rubik/stat/taker-volume-contract`: “Get contract taker volume”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contract-taker-volume
    public static func getContractTakerVolume(_ request: GetContractTakerVolume.Request) -> Endpoint<[GetContractTakerVolume.Response]> {
        .apiGet(GetContractTakerVolume.path, request)
    }

    /// `GET /api/v5/rubik/stat/trading-data/support-coin`: “Get support coin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-support-coin
    public enum GetSupportCoin {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/rubik/stat/trading-data/support-coin"
        /// The parameters of `GET /api/v5/rubik/stat/trading-data/support-coin`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-support-coin
        public struct Request: APIRequestFields {
            /// A request with the given parameters; nil ones are not sent.
            public init() {
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                APIParameters()
            }
        }
        /// The `data` object of `GET /api/v5/rubik/stat/trading-data/support-coin`.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-support-coin
        public struct Response: Codable, Sendable, TapeDirect {
            /// `contract`: a list of text values.
            public let contract: [String]?
            /// `option`: a list of text values.
            public let option: [String]?
            /// `spot`: a list of text values.
            public let spot: [String]?
            /// Reads the fields by name; absent ones, and `""` for non-text ones, become nil.
            public init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: APIKey.self)
                self.contract = try c.apiTexts("contract")
                self.option = try c.apiTexts("option")
                self.spot = try c.apiTexts("spot")
            }
            /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).
            package init(tape: JSONTape, at index: Int32) throws {
                var m = try TapeObject(tape, index)
                var v0: Int32 = -1
                var v1: Int32 = -1
                var v2: Int32 = -1
                while let h = try m.next() {
                    switch h {
                    case 0x2B3B9A8F4B87E2A3: if v0 < 0, m.isKey("contract") { v0 = m.value }
                    case 0x03C119C726692754: if v1 < 0, m.isKey("option") { v1 = m.value }
                    case 0x8B84BA190942E55D: if v2 < 0, m.isKey("spot") { v2 = m.value }
                    default: break
                    }
                }
                let d = m.decoder
                self.contract = try d.directTexts(v0)
                self.option = try d.directTexts(v1)
                self.spot = try d.directTexts(v2)
            }
            /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.
            public func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: APIKey.self)
                try c.apiWriteTexts(self.contract, "contract")
                try c.apiWriteTexts(self.option, "option")
                try c.apiWriteTexts(self.spot, "spot")
            }
        }
    }

    /// `GET /api/v5/rubik/stat/trading-data/support-coin`: “Get support coin”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-support-coin
    public static func getSupportCoin(_ request: GetSupportCoin.Request = .init()) -> Endpoint<GetSupportCoin.Response> {
        .apiGet(GetSupportCoin.path, request)
    }

    /// The values of `period` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Period: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `m`.
        public static let m: Self = "m"
        /// `H`.
        public static let h: Self = "H"
        /// `D`.
        public static let d: Self = "D"
    }

    /// The values of `instType` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct InstType: OKXStringValue {
        /// The value as OKX writes it.
        public let rawValue: String
        /// A value, documented or not.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// `SPOT`.
        public static let spot: Self = "SPOT"
        /// `CONTRACTS`.
        public static let contracts: Self = "CONTRACTS"
    }

    /// The values of `unit` in this section: an open set, so a value OKX adds later is kept as it is.
    public struct Unit: OKXStringValue {
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
    }
}
