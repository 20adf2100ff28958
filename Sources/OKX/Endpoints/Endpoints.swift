public import Foundation

/// The typed endpoints, one line each. Auth, permission and rate limit are looked up in
/// ``EndpointSpec/catalog`` by method and path; the groups on ``OKXClient`` call these.
public enum Endpoints {
    public enum Public {
        public static func time() -> Endpoint<[ServerTime]> { .get("/api/v5/public/time") }
        public static func instruments(type: InstrumentType, instId: String? = nil, instFamily: String? = nil, uly: String? = nil) -> Endpoint<[Instrument]> {
            .get("/api/v5/public/instruments", ["instType": type.rawValue, "instId": instId, "instFamily": instFamily, "uly": uly])
        }
    }

    public enum Market {
        public static func ticker(instId: String) -> Endpoint<[Ticker]> { .get("/api/v5/market/ticker", ["instId": instId]) }
        public static func tickers(type: InstrumentType, instFamily: String? = nil) -> Endpoint<[Ticker]> {
            .get("/api/v5/market/tickers", ["instType": type.rawValue, "instFamily": instFamily])
        }
        public static func books(instId: String, depth: Int? = nil) -> Endpoint<[OrderBook]> {
            .get("/api/v5/market/books", ["instId": instId, "sz": depth.map(String.init)])
        }
        public static func candles(instId: String, bar: CandleBar? = nil, after: Date? = nil, before: Date? = nil, limit: Int? = nil) -> Endpoint<[Candle]> {
            .get("/api/v5/market/candles", ["instId": instId, "bar": bar?.rawValue, "after": after.map(millis), "before": before.map(millis), "limit": limit.map(String.init)])
        }
    }

    public enum Account {
        public static func balance(currencies: [String] = []) -> Endpoint<[AccountBalance]> {
            .get("/api/v5/account/balance", ["ccy": currencies.isEmpty ? nil : currencies.joined(separator: ",")])
        }
        public static func positions(type: InstrumentType? = nil, instId: String? = nil) -> Endpoint<[Position]> {
            .get("/api/v5/account/positions", ["instType": type?.rawValue, "instId": instId])
        }
        public static func configuration() -> Endpoint<[AccountConfiguration]> { .get("/api/v5/account/config") }
    }

    public enum Trade {
        public static func placeOrder(_ order: OrderRequest) throws -> Endpoint<[OrderAck]> {
            try .post("/api/v5/trade/order", body: order, idempotency: .unsafe(clientOrderID: order.clOrdId), instruments: [order.instId])
        }
        public static func placeOrders(_ orders: [OrderRequest]) throws -> Endpoint<[OrderAck]> {
            try .post("/api/v5/trade/batch-orders", body: orders, idempotency: .unsafe(clientOrderID: orders.first?.clOrdId), isBatch: true,
                      instruments: orders.map(\.instId))
        }
        public static func cancelOrder(_ request: CancelOrderRequest) throws -> Endpoint<[OrderAck]> {
            try .post("/api/v5/trade/cancel-order", body: request, idempotency: .idempotent, instruments: [request.instId])
        }
        public static func amendOrder(_ request: AmendOrderRequest) throws -> Endpoint<[OrderAck]> {
            try .post("/api/v5/trade/amend-order", body: request, idempotency: .idempotent, instruments: [request.instId])
        }
        public static func order(instId: String, ordId: String? = nil, clOrdId: String? = nil) -> Endpoint<[Order]> {
            .get("/api/v5/trade/order", ["instId": instId, "ordId": ordId, "clOrdId": clOrdId])
        }
        public static func pendingOrders(type: InstrumentType? = nil, instId: String? = nil) -> Endpoint<[Order]> {
            .get("/api/v5/trade/orders-pending", ["instType": type?.rawValue, "instId": instId])
        }
    }

    static func millis(_ date: Date) -> String { OKXJSON.milliseconds(date) }
}
