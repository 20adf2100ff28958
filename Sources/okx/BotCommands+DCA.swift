import ArgumentParser
import Foundation
import OKX

/// `okx bot dca`: DCA (martingale) bots, spot or linear contracts.
struct DCABotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dca", abstract: "DCA (martingale) bots: buy the dips with safety orders, take profit above the average, repeat.",
        subcommands: [Plan.self, Create.self, List.self, Show.self, Stop.self])

    /// The options that define a DCA bot, with OKX's parameter names in the help.
    struct Shape: ParsableArguments {
        @Argument(help: "Instrument: a spot pair (BTC-USDT) or a linear contract (BTC-USDT-SWAP).") var instId: String
        @Option(help: "Initial order amount in the quote currency (initOrdAmt; margin for contracts).") var initial: String
        @Option(help: "First safety order amount (safetyOrdAmt).") var safety: String = "0"
        @Option(help: "Number of safety orders (maxSafetyOrds, 0…100).") var maxSafety: Int = 0
        @Option(help: "Price drop to the first safety order, as a fraction (pxSteps, 0.02 = 2 %).") var step: String = "0.02"
        @Option(help: "Multiplier of each further step (pxStepsMult).") var stepMult: String = "1"
        @Option(help: "Multiplier of each further safety order's amount (volMult).") var volMult: String = "1"
        @Option(help: "Take profit above the average entry, as a fraction (tpPct, 0.03 = 3 %).") var takeProfit: String
        @Option(help: "long or short (contracts only).") var direction: String = "long"
        @Option(help: "Leverage (contracts only).") var leverage: String = "1"

        func validate() throws {
            for (value, name) in [(initial, "--initial"), (safety, "--safety"), (step, "--step"), (stepMult, "--step-mult"),
                                  (volMult, "--vol-mult"), (takeProfit, "--take-profit"), (leverage, "--leverage")] {
                _ = try OrderCommand.decimal(value, name)
            }
            guard DCAPlan.Direction(rawValue: direction) != nil else { throw ValidationError("--direction must be long or short") }
        }

        func plan(_ market: BotCommand.Market) throws -> DCAPlan {
            do {
                return try DCAPlan(initOrdAmt: OrderCommand.decimal(initial, "--initial"), safetyOrdAmt: OrderCommand.decimal(safety, "--safety"),
                                   maxSafetyOrds: maxSafety, pxSteps: OrderCommand.decimal(step, "--step"),
                                   pxStepsMult: OrderCommand.decimal(stepMult, "--step-mult"), volMult: OrderCommand.decimal(volMult, "--vol-mult"),
                                   tpPct: OrderCommand.decimal(takeProfit, "--take-profit"), startPrice: market.last,
                                   direction: DCAPlan.Direction(rawValue: direction) ?? .long, lever: OrderCommand.decimal(leverage, "--leverage"),
                                   sizing: market.sizing)
            } catch let error as OKXError {
                throw ValidationError(error.message)
            }
        }

        var instType: API.PublicData.InstType { .init(instId: instId) }
    }

    /// What `plan` prints (and `create` before placing).
    struct Report: Encodable {
        struct Step: Encodable {
            let step: Int
            let triggerPrice: String
            let amount: String
            let size: String
            let averageEntry: String
            let takeProfitPrice: String
            let totalAmount: String
        }
        let instId: String
        let startPrice: String
        let direction: String
        let lever: String
        let steps: [Step]
        let totalCapital: String

        /// Average entries are exact fractions; shown with two digits more than the tick.
        init(_ plan: DCAPlan, startPrice: Decimal, tick: Decimal) {
            let scale = max(-tick.exponent, 0) + 2
            func shown(_ value: Decimal) -> String {
                var exact = value, rounded = Decimal()
                NSDecimalRound(&rounded, &exact, scale, .plain)
                return "\(rounded)"
            }
            instId = plan.instId
            self.startPrice = "\(startPrice)"
            direction = plan.direction.rawValue
            lever = "\(plan.lever)"
            steps = plan.steps.map {
                Step(step: $0.index, triggerPrice: "\($0.triggerPrice)", amount: "\($0.amount)", size: "\($0.size)", averageEntry: shown($0.averageEntry),
                     takeProfitPrice: "\($0.takeProfitPrice)", totalAmount: "\($0.totalAmount)")
            }
            totalCapital = "\(plan.totalCapital)"
        }

        func print(json: Bool) throws {
            if json { return try Output.json(self) }
            Output.line("DCA \(direction) \(instId) from \(startPrice) at leverage \(lever): a full cycle can need \(totalCapital)")
            Output.table([["step", "trigger px", "amount", "size", "avg entry", "take profit at", "spent so far"]] + steps.map {
                [$0.step == 0 ? "initial" : "safety \($0.step)", $0.triggerPrice, $0.amount, $0.size, $0.averageEntry, $0.takeProfitPrice, $0.totalAmount]
            })
        }
    }

    static func planned(_ client: OKXClient, _ shape: Shape, hasCredentials: Bool) async throws -> (DCAPlan, Report) {
        let market = try await BotCommand.market(client, instId: shape.instId, instType: shape.instType, makerFee: 0, hasCredentials: hasCredentials)
        let plan = try shape.plan(market)
        return (plan, Report(plan, startPrice: market.last, tick: market.sizing.tickSize))
    }

    static func algoOrdType(contract: Bool) -> API.DCA.AlgoOrdType { contract ? .contractDca : .spotDca }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compute a DCA cycle's safety orders, average entry, take-profit and capital; places nothing.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape

        func run() async throws {
            let (configuration, hasCredentials) = try BotCommand.readConfiguration(global)
            let (_, report) = try await OKXClient.withClient(configuration: configuration) { try await planned($0, shape, hasCredentials: hasCredentials) }
            try report.print(json: global.json)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan, then create the DCA bot. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape
        @Option(help: "Client id for the bot (1–32 letters and digits).") var algoClOrdId: String?
        @Flag(help: "Confirm creating a live bot.") var yes = false

        func run() async throws {
            let (configuration, source) = try global.loadConfiguration()
            GlobalOptions.announce(configuration, source: source)
            try await OKXClient.withClient(configuration: configuration) { client in
                let (plan, report) = try await planned(client, shape, hasCredentials: true)
                if !global.json { try report.print(json: false) }
                try BotCommand.confirm(configuration, yes: yes, action: "create a DCA bot that can spend \(plan.totalCapital)")
                let created = try await client.first(API.DCA.placeDcaAlgoOrder(plan.request(algoClOrdId: algoClOrdId)))
                if global.json { return try Output.json(["algoId": created.algoId, "totalCapital": "\(plan.totalCapital)"]) }
                Output.line("created DCA bot \(created.algoId)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Running DCA bots.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Contract DCA bots instead of spot.") var contract = false

        func run() async throws {
            let bots = try await global.withClient { try await $0.send(API.DCA.dcaAlgoOrderDetails(.init(algoOrdType: algoOrdType(contract: contract)))) }
            if global.json { return try Output.json(bots) }
            Output.table([["algoId", "instId", "state", "initial", "safety", "max safety", "take profit", "total pnl"]] + bots.map {
                [$0.algoId, $0.instId, $0.state?.rawValue ?? "-", Output.text($0.initOrdAmt), Output.text($0.safetyOrdAmt),
                 $0.maxSafetyOrds.map { "\($0)" } ?? "-", Output.text($0.tpPxRange), Output.text($0.totalPnl)]
            })
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One DCA bot: its position in the current cycle and its orders.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String
        @Flag(help: "A contract DCA bot.") var contract = false

        struct Shown: Encodable {
            let position: API.DCA.DCAAlgoOrderPositionDetails.Response
            let orders: [API.DCA.DCASubOrders.Response]
        }

        func run() async throws {
            let type = algoOrdType(contract: contract)
            let shown = try await global.withClient { client in
                Shown(position: try await client.first(API.DCA.dcaAlgoOrderPositionDetails(.init(algoId: algoId, algoOrdType: type))),
                      orders: try await client.send(API.DCA.dcaSubOrders(.init(algoId: algoId, algoOrdType: type))))
            }
            if global.json { return try Output.json(shown) }
            let p = shown.position
            Output.line("\(p.algoId) \(p.instId) cycle \(p.curCycleld ?? "?") · size \(Output.text(p.sz)) @ avg \(Output.text(p.avgPx)) · take profit at \(Output.text(p.tpPx)) · safety orders filled \(p.fillSafetyOrds.map { "\($0)" } ?? "-") · upl \(Output.text(p.upl))")
            Output.table([["ordId", "type", "side", "price", "size", "filled", "state"]] + shown.orders.map {
                [$0.ordId ?? "-", $0.ordType?.rawValue ?? "-", $0.side?.rawValue ?? "-", Output.text($0.px), Output.text($0.sz), Output.text($0.filledSz), $0.state?.rawValue ?? "-"]
            })
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a DCA bot. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String
        @Flag(help: "A contract DCA bot.") var contract = false
        @Flag(help: "Keep what the bot bought (or its position) instead of selling/closing it.") var keep = false
        @Flag(help: "Confirm stopping a live bot.") var yes = false

        func run() async throws {
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "stop DCA bot \(algoId)")
            let stopped = try await OKXClient.withClient(configuration: configuration) {
                try await $0.first(API.DCA.stopDcaAlgoOrder(.init(algoId: algoId, algoOrdType: algoOrdType(contract: contract), stopType: keep ? "2" : "1")))
            }
            if global.json { return try Output.json(stopped) }
            Output.line("stopped DCA bot \(stopped.algoId)")
        }
    }
}
