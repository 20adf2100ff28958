import ArgumentParser
import Foundation
import OKX

/// `okx`: the command-line companion of swift-okx.
@main
struct OKXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okx",
        abstract: "OKX API v5 from the command line: diagnose, query, trade, simulate.",
        discussion: """
        Reads ~/.okx/config.toml profiles and OKX_* variables like OKX's Agent Trade Kit.

        Exit codes:
          0  success
          1  other failure
          2  usage error (bad arguments)
          3  OKX answered with an error code
          4  network or transport error (DNS, connect, TLS, timeout, non-JSON response)
          5  okx doctor found problems
          6  configuration error (profile, credentials, OKX_* variables), naming the setting
          7  outcome unknown: an order request may or may not have reached OKX (its answer was
             lost); look the order up by its clOrdId before sending it again

        With --json, an error is one JSON object on stderr: code, category, message, fix, and
        where known httpStatus, outcome, clOrdId, request, body; exitCode is the exit status.
        """,
        subcommands: [
            TimeCommand.self, DoctorCommand.self, RequestCommand.self,
            TickerCommand.self, BookCommand.self, CandlesCommand.self, InstrumentsCommand.self,
            BalanceCommand.self, PositionsCommand.self, RiskCommand.self, BotCommand.self, OrdersCommand.self, OrderCommand.self,
            WatchCommand.self, SimCommand.self, DecodeCommand.self, MCPCommand.self,
        ]
    )

    /// Runs the command and maps every failure to one of the documented exit codes. With
    /// `--json`, failures are one JSON object on stderr (``ErrorReport``), whatever failed.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))  // --help, --version
                Foundation.exit(0)
            }
            // Nothing was parsed: the flag is taken from the words themselves.
            usageError(error, json: requestsJSON(arguments))
        }
        let json = globalOptions(of: command)?.json ?? requestsJSON(arguments)
        do {
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let exit as ExitStatus {
            Foundation.exit(exit.rawValue)
        } catch let error as OKXError {
            Output.error(error, json: json)
            Foundation.exit(ExitStatus.for(error).rawValue)
        } catch {
            // Help requests, validation errors thrown by run(), and anything else.
            switch exitCode(for: error) {
            case .success:
                print(fullMessage(for: error))
                Foundation.exit(0)
            case .validationFailure:
                usageError(error, json: json)
            default:
                Output.failure(category: "failure", message: json ? message(for: error) : "error: \(fullMessage(for: error))",
                               fix: "Unexpected failure; please report it with this message.", exitStatus: .failure, json: json)
                Foundation.exit(ExitStatus.failure.rawValue)
            }
        }
    }

    /// Bad arguments: the message with the usage (text), or the message alone (JSON); exit 2.
    static func usageError(_ error: any Error, json: Bool) -> Never {
        Output.failure(category: "usage", message: json ? message(for: error) : fullMessage(for: error),
                       fix: "Correct the arguments; nothing was sent. `okx help <command>` shows the usage.", exitStatus: .usage, json: json)
        Foundation.exit(ExitStatus.usage.rawValue)
    }

    /// The global options a parsed command carries (every command with `@OptionGroup var
    /// global: GlobalOptions`), found by reflection so that no command can be forgotten.
    static func globalOptions(of command: any ParsableCommand) -> GlobalOptions? {
        for child in Mirror(reflecting: command).children {
            if let group = child.value as? OptionGroup<GlobalOptions> { return group.wrappedValue }
        }
        return nil
    }

    /// Whether `--json` is among the words before a `--` terminator: for failures before, or
    /// without, a parsed command.
    static func requestsJSON(_ arguments: [String]) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--json")
    }
}

/// The documented exit codes.
enum ExitStatus: Int32, Error {
    case success = 0
    case failure = 1
    case usage = 2
    case api = 3
    case network = 4
    case diagnosis = 5
    case configuration = 6
    /// An order-changing request may or may not have taken effect: not a network error to retry.
    case outcomeUnknown = 7

    static func `for`(_ error: OKXError) -> ExitStatus {
        switch error.category {
        case .outcomeUnknown: return .outcomeUnknown
        case .transport, .invalidResponse: return .network
        case .configuration: return .configuration
        case .invalidArgument: return .usage
        default: return .api
        }
    }
}
