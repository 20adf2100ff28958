import ArgumentParser
import Foundation
import OKX

struct TimeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "time", abstract: "Measure the offset between this machine's clock and OKX's.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Round trips to take; the fastest is kept.")
    var samples = 5

    func validate() throws {
        guard (1...50).contains(samples) else { throw ValidationError("--samples must be 1…50") }
    }

    func run() async throws {
        var configuration = try global.clientConfiguration()
        configuration.clock.samples = samples
        configuration.credentials = nil  // the time endpoint is public
        let m = try await OKXClient.withClient(configuration: configuration) { try await $0.clock.sync() }
        let server = OKXTimestamp.iso8601(epochMilliseconds: m.serverTimeMilliseconds)
        let local = OKXTimestamp.iso8601(epochMilliseconds: m.localTimeMilliseconds)
        let rttMs = Output.milliseconds(m.roundTrip)
        if global.json {
            try Output.json(TimeReport(offset_ms: m.offsetMilliseconds, rtt_ms: rttMs, uncertainty_ms: m.uncertaintyMilliseconds,
                                       server_time: server, local_time: local, samples: m.samples, base_url: configuration.effectiveBaseURL))
            return
        }
        Output.table([
            ["server time", server],
            ["local time", local],
            ["offset", "\(m.offsetMilliseconds) ms (server minus local; positive: the server is ahead)"],
            ["round trip", "\(rttMs) ms (fastest of \(m.samples))"],
            ["uncertainty", "± \(m.uncertaintyMilliseconds) ms"],
        ])
        let magnitude = m.offsetMilliseconds.magnitude
        if magnitude >= 30_000 {
            Output.line("\nThis machine's clock is outside OKX's 30-second window: swift-okx compensates, other tools will get 50102. Enable NTP: timedatectl set-ntp true")
        } else if magnitude > 3_000 {
            Output.line("\nThis machine's clock is \(magnitude) ms off; swift-okx compensates, but enable NTP before it reaches 30 s: timedatectl set-ntp true")
        }
    }
}

struct TimeReport: Encodable {
    var offset_ms: Int64
    var rtt_ms: Decimal
    var uncertainty_ms: Int64
    var server_time: String
    var local_time: String
    var samples: Int
    var base_url: String
}
