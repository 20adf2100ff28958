// Diagnosing 50101 ("APIKey does not match current environment") from the typed error, and
// recovering by switching environments. Run: swift run sample-environment-mismatch
import OKX
import SampleSupport

let target = try await SampleTarget.fromCommandLine()
var wrong = target.configuration
wrong.environment = target.configuration.environment.other   // deliberately the wrong one

do {
    try await OKXClient.withClient(configuration: wrong) { okx in _ = try await okx.first(API.TradingAccount.getBalance()) }
    print("No mismatch: this key works in both? (unexpected)")
} catch let error as OKXError where error.code == .environmentMismatch {
    print("OKX \(error.code.map { "\($0)" } ?? "") · \(error.category) · HTTP \(error.httpStatus ?? 0)")
    print("OKX says: \(error.message)")
    print("the client used: \(error.context.map { "\($0.environment)" } ?? "?") trading")
    print("fix: \(error.fix)\n")

    // Programmatic recovery: the key belongs to the other environment.
    var fixed = wrong
    fixed.environment = wrong.environment.other
    let balance = try await OKXClient.withClient(configuration: fixed) { try await $0.first(API.TradingAccount.getBalance()) }
    print("switched to \(fixed.environment): balance call succeeded (\(balance.details?.count ?? 0) currencies)")
}
await target.finish()
