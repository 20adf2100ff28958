import Foundation
import OKXStreams

/// Order-book throughput on a recorded `books-l2-tbt` feed (400 levels a side): the same
/// messages applied by swift-okx (decode + seqId check + sorted book), by a baseline
/// (`JSONSerialization` into a price→size dictionary per side, no ordering, no checks), and by
/// ccxt's Python order book (Benchmarks/ccxt_book.py, run by run.sh on the same file).
enum BookBench {
    /// A deterministic random walk of a 400-level book, as JSON lines: one snapshot, then
    /// updates touching 1–8 levels each (size changes, deletions, new prices), seqIds chained.
    static func record() throws {
        let out = option("out", "books-l2-tbt.jsonl")
        let count = Int(option("messages", "20000")) ?? 20_000
        var rng = SystemRandomNumberGenerator.Seeded(seed: 7)
        var bids: [Int: String] = [:], asks: [Int: String] = [:]  // price in ticks of 0.1 → size
        func size() -> String { "\(rng.next(upTo: 50)).\(String(rng.next(upTo: 1000)).leftPadded(3))" }
        func px(_ ticks: Int) -> String { "\(ticks / 10).\(ticks % 10)" }
        for i in 0..<400 { bids[650_000 - i] = size(); asks[650_001 + i] = size() }
        func levels(_ side: [(Int, String)]) -> String {
            side.map { #"["\#(px($0.0))","\#($0.1)","0","\#(1 + $0.0 % 7)"]"# }.joined(separator: ",")
        }
        var lines: [String] = []
        var seq = 1_000_000
        var ts = 1_764_000_000_000
        lines.append(#"{"arg":{"channel":"books-l2-tbt","instId":"BTC-USDT"},"action":"snapshot","data":[{"asks":[\#(levels(asks.sorted { $0.key < $1.key }))],"bids":[\#(levels(bids.sorted { $0.key > $1.key }))],"ts":"\#(ts)","checksum":0,"prevSeqId":-1,"seqId":\#(seq)}]}"#)
        for _ in 1..<count {
            var changedBids: [(Int, String)] = [], changedAsks: [(Int, String)] = []
            for _ in 0..<(1 + rng.next(upTo: 8)) {
                let isBid = rng.next(upTo: 2) == 0
                let bestBid = bids.keys.max() ?? 650_000, bestAsk = asks.keys.min() ?? 650_001
                let ticks = isBid ? bestBid - rng.next(upTo: 450) : bestAsk + rng.next(upTo: 450)
                let roll = rng.next(upTo: 10)
                let newSize = roll < 3 ? "0" : size()
                if isBid {
                    guard ticks < bestAsk else { continue }
                    if newSize == "0" { if bids.removeValue(forKey: ticks) == nil { continue } } else { bids[ticks] = newSize }
                    changedBids.append((ticks, newSize))
                } else {
                    guard ticks > bestBid else { continue }
                    if newSize == "0" { if asks.removeValue(forKey: ticks) == nil { continue } } else { asks[ticks] = newSize }
                    changedAsks.append((ticks, newSize))
                }
            }
            let previous = seq
            seq += 1 + rng.next(upTo: 3)
            ts += 1 + rng.next(upTo: 20)
            lines.append(#"{"arg":{"channel":"books-l2-tbt","instId":"BTC-USDT"},"action":"update","data":[{"asks":[\#(levels(changedAsks))],"bids":[\#(levels(changedBids))],"ts":"\#(ts)","checksum":0,"prevSeqId":\#(previous),"seqId":\#(seq)}]}"#)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    struct Row: Encodable {
        var name: String
        var messages: Int
        var seconds: Double
        var messagesPerSecond: Double
        var microsecondsPerMessage: Double
    }

    static func replay() throws {
        let file = option("in", "books-l2-tbt.jsonl")
        let rounds = Int(option("rounds", "3")) ?? 3
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw BenchError("cannot read \(file)") }
        let messages = text.split(separator: "\n").map { Data($0.utf8) }
        let clock = ContinuousClock()
        var best = [Double](repeating: .infinity, count: 2)
        var sdkTop = "", baselineTop = ""
        for _ in 0..<rounds {
            // swift-okx: decode, check seqId continuity, keep both sides sorted.
            var t = clock.now
            var book = OrderBookState(instId: "BTC-USDT")
            for message in messages { try book.apply(message: message) }
            best[0] = min(best[0], micros(clock.now - t) / 1e6)
            sdkTop = "\(book.bids.first?.price ?? "-")/\(book.asks.first?.price ?? "-") \(book.bids.count)x\(book.asks.count)"

            // Baseline: JSONSerialization into a dictionary per side.
            t = clock.now
            var bids: [String: String] = [:], asks: [String: String] = [:]
            for message in messages {
                guard let object = try JSONSerialization.jsonObject(with: message) as? [String: Any],
                      let data = object["data"] as? [[String: Any]] else { throw BenchError("baseline: not a books message") }
                if object["action"] as? String == "snapshot" { bids = [:]; asks = [:] }
                for item in data {
                    for (key, side) in [("bids", 0), ("asks", 1)] {
                        for level in item[key] as? [[String]] ?? [] where level.count >= 2 {
                            if side == 0 {
                                if level[1] == "0" { bids[level[0]] = nil } else { bids[level[0]] = level[1] }
                            } else {
                                if level[1] == "0" { asks[level[0]] = nil } else { asks[level[0]] = level[1] }
                            }
                        }
                    }
                }
            }
            best[1] = min(best[1], micros(clock.now - t) / 1e6)
            baselineTop = "\(bids.count)x\(asks.count)"
        }
        guard sdkTop.hasSuffix(baselineTop) else { throw BenchError("books disagree: swift-okx \(sdkTop), baseline \(baselineTop)") }
        let names = ["swift-okx OrderBookState (decode + seqId check + sorted sides)", "JSONSerialization + dictionary book (baseline)"]
        for (k, name) in names.enumerated() {
            emitJSON(Row(name: name, messages: messages.count, seconds: best[k], messagesPerSecond: Double(messages.count) / best[k],
                         microsecondsPerMessage: best[k] * 1e6 / Double(messages.count)))
        }
    }
}

extension SystemRandomNumberGenerator {
    /// xorshift64*: the same feed on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed | 1 }
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        mutating func next(upTo bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
