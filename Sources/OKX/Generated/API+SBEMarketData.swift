// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.
// Regenerate after updating the table: python3 scripts/generate-api.py

extension API {
    /// The endpoints of OKX's docs section “order-book-trading/sbe-market-data”.
    public enum SBEMarketData {}
}

extension API.SBEMarketData {
    /// `GET /api/v5/market/books-sbe`: “SBE Order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-sbe-market-data-sbe-order-book
    public enum SBEOrderBook {
        /// The HTTP method.
        public static let method: HTTPMethod = .get
        /// The path.
        public static let path = "/api/v5/market/books-sbe"
        /// The parameters of `GET /api/v5/market/books-sbe`, in documented order.
        /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-sbe-market-data-sbe-order-book
        public struct Request: APIRequestFields {
            /// `instIdCode`: an integer (a string on the wire); required.
            public var instIdCode: Int
            /// `source`: an integer (a string on the wire); required.
            public var source: Int
            /// A request with the given parameters; nil ones are not sent.
            public init(instIdCode: Int, source: Int) {
                self.instIdCode = instIdCode
                self.source = source
            }
            /// The parameters as sent, in documented order.
            public var parameters: APIParameters {
                var p = APIParameters()
                p.add("instIdCode", instIdCode)
                p.add("source", source)
                return p
            }
        }
        /// The response is not typed (binary SBE payload, not JSON).
        public typealias Response = JSONValue
    }

    /// `GET /api/v5/market/books-sbe`: “SBE Order book”.
    /// - SeeAlso: https://www.okx.com/docs-v5/en/#order-book-trading-sbe-market-data-sbe-order-book
    public static func sbeOrderBook(_ request: SBEOrderBook.Request) -> Endpoint<[SBEOrderBook.Response]> {
        .apiGet(SBEOrderBook.path, request)
    }
}
