// Time sync and clock diagnosis: how far this machine's clock is from OKX's, and why signed
// requests still work when it is off. Run: swift run sample-time-sync [--demo|--live]
import OKX
import SampleSupport

// The simulator's clock runs 12 s ahead, as a badly synced machine would see OKX.
let target = try await SampleTarget.fromCommandLine { $0.clockSkew = .seconds(12) }
var configuration = target.configuration
configuration.clock.samples = 5

try await OKXClient.withClient(configuration: configuration) { okx in
    let m = try await okx.clock.sync()
    print("offset      \(m.offsetMilliseconds) ms  (server minus local: positive means OKX is ahead)")
    print("round trip  \(m.roundTrip.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 2))))  (fastest of \(m.samples) samples)")
    print("uncertainty ± \(m.uncertaintyMilliseconds) ms  (the true offset lies within this)")
    print("server time \(OKXTimestamp.iso8601(epochMilliseconds: m.serverTimeMilliseconds))  (the header format: UTC, milliseconds, Z)")

    switch m.offsetMilliseconds.magnitude {
    case 30_000...: print("\nOutside OKX's 30 s window: every tool without a synced clock gets 50102. Enable NTP.")
    case 3_000...: print("\nMore than 3 s off: swift-okx compensates, but enable NTP (timedatectl set-ntp true).")
    default: print("\nThe clock is fine.")
    }

    // Signed requests use local time + this offset: no extra round trip per request.
    _ = try await okx.first(API.TradingAccount.getBalance())
    print("A signed request with the corrected timestamp succeeded.")
}
await target.finish()
