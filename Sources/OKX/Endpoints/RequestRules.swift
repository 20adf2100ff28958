import Foundation

/// The documented rules OKX checks on a request, checked before it is sent so a mistake costs
/// no round trip, no rate-limit weight and, for orders, no doubt about what reached OKX.
///
/// The generated descriptors apply these to every endpoint they build; the rules are by
/// parameter name (a `clOrdId` is the same everywhere) and, for the few ranges and conditions
/// OKX states per endpoint, by path. A violation is kept in the ``Endpoint`` and thrown by
/// ``OKXClient/send(_:)`` as ``OKXError/Category/invalidArgument`` before anything is signed.
enum RequestRules {
    /// The largest batch OKX's batch endpoints take (orders, cancels, amendments).
    static let maxBatch = 20

    /// Documented ranges of integer parameters, by path and name.
    static let ranges: [String: [String: ClosedRange<Int>]] = [
        "/api/v5/market/books": ["sz": 1...400],
        "/api/v5/market/books-full": ["sz": 1...5000],
        "/api/v5/market/candles": ["limit": 1...300],
        "/api/v5/market/history-candles": ["limit": 1...300],
        "/api/v5/market/index-candles": ["limit": 1...100],
        "/api/v5/market/mark-price-candles": ["limit": 1...100],
        "/api/v5/market/trades": ["limit": 1...500],
        "/api/v5/trade/orders-pending": ["limit": 1...100],
        "/api/v5/trade/orders-history": ["limit": 1...100],
        "/api/v5/trade/orders-history-archive": ["limit": 1...100],
        "/api/v5/trade/fills": ["limit": 1...100],
        "/api/v5/trade/fills-history": ["limit": 1...100],
        "/api/v5/account/bills": ["limit": 1...100],
        "/api/v5/account/bills-archive": ["limit": 1...100],
    ]

    /// The first rule `items` (one parameter list, or one per batch item) break, if any.
    static func violation(method: HTTPMethod, path: String, items: [APIParameters], isBatch: Bool) -> OKXError? {
        if isBatch && !(1...maxBatch).contains(items.count) {
            return .invalidArgument("a batch holds 1…\(maxBatch) items, got \(items.count)")
        }
        var clientIDs = Set<String>()
        for parameters in items {
            if let problem = check(method: method, path: path, parameters) { return problem }
            if isBatch, let id = APIParameters.string("clOrdId", in: parameters), !clientIDs.insert(id).inserted {
                return .invalidArgument("clOrdIds in a batch must be distinct (\"\(id)\" twice)")
            }
        }
        return nil
    }

    private static func check(method: HTTPMethod, path: String, _ p: APIParameters) -> OKXError? {
        for field in p.fields {
            guard case .string(let text) = field.value else { continue }
            switch field.name {
            case "clOrdId", "algoClOrdId", "newClOrdId":
                // OKX: up to 32 characters, letters and digits only (case-sensitive).
                guard (1...32).contains(text.count), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                    return .invalidArgument("\(field.name) must be 1–32 letters and digits, got \"\(text.prefix(40))\"")
                }
            case "instId" where text.trimmingCharacters(in: .whitespaces).isEmpty:
                return .invalidArgument("instId must not be empty")
            default:
                if let range = ranges[path]?[field.name] {
                    guard let value = Int(text), range.contains(value) else {
                        return .invalidArgument("\(field.name) must be \(range.lowerBound)…\(range.upperBound) for \(path), got \(text.prefix(20))")
                    }
                }
            }
        }
        guard method == .post else { return nil }
        switch path {
        case "/api/v5/trade/order", "/api/v5/trade/batch-orders":
            return orderProblem(p)
        case "/api/v5/trade/amend-order", "/api/v5/trade/amend-batch-orders":
            if let problem = requireOneOf(["ordId", "clOrdId"], p) { return problem }
            return requireOneOf(["newSz", "newPx", "newPxUsd", "newPxVol", "attachAlgoOrds"], p, what: "an amendment")
        case "/api/v5/trade/cancel-order", "/api/v5/trade/cancel-batch-orders":
            return requireOneOf(["ordId", "clOrdId"], p)
        default:
            return nil
        }
    }

    /// A new order: positive size and price; a price unless the type takes none or it is given
    /// in USD or volatility (options).
    private static func orderProblem(_ p: APIParameters) -> OKXError? {
        for name in ["sz", "px", "pxUsd", "pxVol"] {
            guard let text = APIParameters.string(name, in: p) else { continue }
            guard let value = OKXJSON.decimal(text), value > 0 else {
                return .invalidArgument("\(name) must be a positive number, got \(text.prefix(30))")
            }
        }
        guard APIParameters.string("sz", in: p) != nil else { return .invalidArgument("an order needs sz") }
        let type = APIParameters.string("ordType", in: p) ?? ""
        let priced = ["px", "pxUsd", "pxVol"].contains { APIParameters.string($0, in: p) != nil }
        if !priced && !["market", "optimal_limit_ioc"].contains(type) {
            return .invalidArgument("a \(type) order needs px (or pxUsd / pxVol for options)")
        }
        return nil
    }

    private static func requireOneOf(_ names: [String], _ p: APIParameters, what: String? = nil) -> OKXError? {
        let given = names.contains { name in
            p.fields.contains { field in
                guard field.name == name else { return false }
                if case .string(let s) = field.value { return !s.isEmpty }
                return true
            }
        }
        return given ? nil : .invalidArgument("\(what ?? "the call") needs \(names.joined(separator: " or "))")
    }
}
