// okx-bench: the measuring side of Benchmarks/run.sh (which starts nginx, runs the C floor and
// the peers, and writes BENCHMARKS.md). Each invocation measures one thing and prints JSON
// lines, so the script can put every number side by side as ratios from one run.
//
//   okx-bench http --base-url URL --mode transport|signed|signed-pinned|urlsession|ahc --requests N --concurrency C
//   okx-bench decode --iterations N [--dump DIR]
//   okx-bench clock [--python PY --script FILE]      time-sync accuracy against the simulator
//   okx-bench memory --base-url URL --requests N --checkpoint K
//   okx-bench book-record --out FILE --messages N     writes books-l2-tbt messages (400 levels)
//   okx-bench book --in FILE                          replays them into order books
import Foundation
import OKX

/// nginx does not check signatures; any well-formed key does.
let credentials = Credentials(apiKey: "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", secretKey: "22582BD0CFF14C41EDBF1AB98506286D", passphrase: "Sim-Passphrase-1")

struct BalanceData: Decodable { let data: [AccountBalance] }

do {
    switch arguments.dropFirst().first {
    case "http": try await HTTPBench.run()
    case "decode": try DecodeBench.run()
    case "clock": try await ClockBench.run()
    case "memory": try await MemoryBench.run()
    case "book-record": try BookBench.record()
    case "book": try BookBench.replay()
    default:
        FileHandle.standardError.write(Data("usage: okx-bench http|decode|clock|memory|book-record|book [options]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("okx-bench: \(error)\n".utf8))
    exit(1)
}
