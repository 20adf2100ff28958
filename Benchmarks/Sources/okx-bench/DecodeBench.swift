import Foundation
import OKX

/// Each payload decoded by JSONDecoder and by the SDK's decoder into the same `Decimal` models,
/// and parsed untyped by JSONSerialization, interleaved in rounds so drift hits all three alike.
/// `--dump DIR` writes the payloads for Benchmarks/python_json.py.
enum DecodeBench {
    static func run() throws {
        let iterations = Int(option("iterations", "2000")) ?? 2000
        let payloads = DecodePayloads.make()
        if let i = arguments.firstIndex(of: "--dump"), i + 1 < arguments.count {
            for (name, bytes, _, _) in payloads { try bytes.write(to: URL(fileURLWithPath: arguments[i + 1]).appendingPathComponent("\(name).json")) }
        }
        // `--only balance,books-400`: just those rows (callgrind runs one at a time).
        let only = Set(option("only", "").split(separator: ",").map(String.init))
        for (name, bytes, foundation, sdk) in payloads where only.isEmpty || only.contains(name) {
            let clock = ContinuousClock()
            // `--decodes N`: one round of exactly N decodes per decoder, for callgrind, which
            // counts two lengths and takes the difference.
            let exact = Int(option("decodes", ""))
            let rounds = exact == nil ? 5 : 1
            // Large payloads get fewer iterations: about 2 MB per decoder per round.
            let perRound = exact ?? max(2, min(iterations / rounds, 2_000_000 / bytes.count))
            var best = [Double](repeating: .infinity, count: 3)
            for _ in 0..<rounds {
                let steps: [() throws -> Void] = [
                    { try foundation(bytes) }, { try sdk(bytes) }, { _ = try JSONSerialization.jsonObject(with: bytes) },
                ]
                for (k, step) in steps.enumerated() {
                    let t = clock.now
                    for _ in 0..<perRound { try step() }
                    best[k] = min(best[k], micros(clock.now - t) / Double(perRound))
                }
            }
            print(#"{"payload":"\#(name)","bytes":\#(bytes.count),"jsonDecoderMicroseconds":\#(best[0]),"sdkDecoderMicroseconds":\#(best[1]),"jsonSerializationMicroseconds":\#(best[2]),"speedup":\#(best[0] / best[1])}"#)
        }
    }
}
