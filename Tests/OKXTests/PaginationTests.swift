import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// Pages of a cursor-paginated endpoint, against the simulator's order history.
@Suite struct PaginationTests {
    @Test func pagesWalkTheHistoryToItsEndNewestFirst() async throws {
        try await withSimulator { sim, client in
            for i in 1...5 {
                _ = try await client.trade.placeOrder(API.Trade.PlaceOrder.Request(instId: "BTC-USDT", tdMode: .cash, clOrdId: "pg\(i)", side: .buy, ordType: .limit, sz: 1, px: 100))
                _ = try await client.trade.cancelOrder(instId: "BTC-USDT", clOrdId: "pg\(i)")
            }
            let pages = client.pages(API.Trade.orderHistoryLast7Days, .init(instType: "SPOT", limit: 2), cursor: { $0.ordId })
            var sizes: [Int] = []
            var seen: [String] = []
            for try await page in pages {
                sizes.append(page.count)
                seen += page.map(\.ordId)
            }
            let stored = sim.orders().filter { $0.clOrdId.hasPrefix("pg") }.sorted { $0.createdAt > $1.createdAt || ($0.createdAt == $1.createdAt && $0.ordId > $1.ordId) }
            #expect(sizes == [2, 2, 1], "two full pages, then the short one that ends it")
            #expect(seen == stored.map(\.ordId), "every order once, newest first")
            var items: [String] = []
            for try await order in pages.items { items.append(order.ordId) }
            #expect(items == seen)
        }
    }
}
