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
        """,
        subcommands: [
            TimeCommand.self, DoctorCommand.self, RequestCommand.self,
            TickerCommand.self, BookCommand.self, CandlesCommand.self, InstrumentsCommand.self,
            BalanceCommand.self, PositionsCommand.self, OrdersCommand.self, OrderCommand.self,
            WatchCommand.self, SimCommand.self, DecodeCommand.self,
        ]
    )

    /// Runs the command and maps every failure to one of the documented exit codes.
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
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
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
            Output.error(error)
            Foundation.exit(ExitStatus.for(error).rawValue)
        } catch {
            // Help requests, validation errors thrown by run(), and anything else.
            switch exitCode(for: error) {
            case .success:
                print(fullMessage(for: error))
                Foundation.exit(0)
            case .validationFailure:
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            default:
                FileHandle.standardError.write(Data("error: \(fullMessage(for: error))\n".utf8))
                Foundation.exit(ExitStatus.failure.rawValue)
            }
        }
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

    static func `for`(_ error: OKXError) -> ExitStatus {
        switch error.category {
        case .transport, .invalidResponse, .outcomeUnknown: return .network
        case .configuration: return .configuration
        case .invalidArgument: return .usage
        default: return .api
        }
    }
}
