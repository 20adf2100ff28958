import Foundation
import OKX

/// Memory stability: many full signed calls on one client, resident memory sampled along the
/// way. A leak of even a few bytes per request shows as growth between the checkpoints.
enum MemoryBench {
    struct Row: Encodable {
        var requests: Int
        var rssKilobytes: Int
    }

    static func run() async throws {
        let base = option("base-url", "http://127.0.0.1:8080")
        let total = Int(option("requests", "100000")) ?? 100_000
        let checkpoint = Int(option("checkpoint", "10000")) ?? 10_000
        var config = OKXClient.Configuration(environment: .live, baseURL: base, credentials: credentials)
        config.rateLimiter = nil
        config.clock.resyncInterval = .seconds(3600)
        let client = try OKXClient(configuration: config)
        for i in 1...total {
            _ = try await client.first(API.TradingAccount.getBalance())
            if i % checkpoint == 0 || i == total { emitJSON(Row(requests: i, rssKilobytes: statusKilobytes("VmRSS"))) }
        }
        await client.shutdown()
    }
}
