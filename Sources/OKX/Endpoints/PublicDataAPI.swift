/// Public reference data. No credentials needed.
public struct PublicDataAPI: Sendable {
    let client: OKXClient

    /// OKX's clock (`GET /api/v5/public/time`), as epoch milliseconds.
    public func time() async throws -> Int64 {
        let times = try await client.send(Endpoints.Public.time())
        guard let ms = times.first?.epochMilliseconds else { throw OKXError.emptyData("public/time") }
        return ms
    }

    /// Instruments of one type, optionally narrowed to one id or family.
    public func instruments(_ type: InstrumentType, instId: String? = nil, instFamily: String? = nil) async throws -> [Instrument] {
        try await client.send(Endpoints.Public.instruments(type: type, instId: instId, instFamily: instFamily))
    }
}

extension OKXError {
    static func emptyData(_ what: String) -> OKXError {
        OKXError(code: nil, category: .invalidResponse, message: "\(what) returned no data", httpStatus: nil, isRetryable: false,
                 fix: "OKX answered success without data; check the instrument id and parameters.", context: nil)
    }

    static func requireNonEmpty(_ value: String, _ name: String) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { throw OKXError.invalidArgument("\(name) must not be empty") }
    }
}

import Foundation
