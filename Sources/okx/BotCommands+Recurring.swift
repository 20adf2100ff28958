import ArgumentParser
import Foundation
import OKX

/// `okx bot recurring`: recurring buys of one or more coins on a schedule.
struct RecurringBotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recurring", abstract: "Recurring buys: spend a fixed amount on a basket of coins every hour, day, week or month.",
        subcommands: [Plan.self, Create.self, List.self, Show.self, Stop.self])

    struct Shape: ParsableArguments {
        @Option(help: "Coins and their shares, summing to 1: BTC:0.6,ETH:0.4.") var coins: String
        @Option(help: "Amount spent per execution, in the investment currency.") var amount: String
        @Option(help: "hourly:N (N = 1, 4, 8 or 12), daily, weekly:D (1 = Monday … 7) or monthly:D (1…28).") var period: String = "daily"
        @Option(help: "Hour of day, 0…23, in --utc-offset.") var hour: Int = 0
        @Option(help: "The zone the hour is read in, as whole hours from UTC (OKX's timeZone), e.g. 8 or -5.") var utcOffset: Int = 0

        func validate() throws {
            _ = try plan()
        }

        func plan() throws -> RecurringBuyPlan {
            var parsed: [RecurringBuyPlan.Coin] = []
            for part in coins.split(separator: ",") {
                let pieces = part.split(separator: ":")
                guard pieces.count == 2 else { throw ValidationError("--coins takes CCY:RATIO pairs separated by commas, e.g. BTC:0.6,ETH:0.4; got \"\(Output.shown(String(part)))\"") }
                parsed.append(.init(String(pieces[0]).uppercased(), ratio: try OrderCommand.decimal(String(pieces[1]), "--coins ratio")))
            }
            let parts = period.split(separator: ":").map(String.init)
            let value = parts.count == 2 ? Int(parts[1]) : nil
            let schedule: RecurringBuyPlan.Period
            switch (parts.first ?? "", value) {
            case ("hourly", let every?): schedule = .hourly(every: every)
            case ("daily", nil): schedule = .daily
            case ("weekly", let day?): schedule = .weekly(weekday: day)
            case ("monthly", let day?): schedule = .monthly(day: day)
            default: throw ValidationError("--period must be hourly:N, daily, weekly:D or monthly:D; got \"\(Output.shown(period))\"")
            }
            guard (-12...14).contains(utcOffset), let zone = TimeZone(secondsFromGMT: utcOffset * 3600) else {
                throw ValidationError("--utc-offset must be whole hours between -12 and 14")
            }
            do {
                return try RecurringBuyPlan(coins: parsed, amountPerPeriod: try OrderCommand.decimal(amount, "--amount"), period: schedule, hour: hour, timeZone: zone)
            } catch let problem as RecurringBuyPlan.Problem {
                throw ValidationError(problem.description)
            }
        }
    }

    struct Report: Encodable {
        struct Coin: Encodable {
            let ccy: String
            let ratio: String
            let amountPerExecution: String
        }
        let coins: [Coin]
        let amountPerExecution: String
        let period: String
        let nextExecutions: [String]

        init(_ plan: RecurringBuyPlan, period: String, from instant: Date, count: Int) {
            coins = zip(plan.coins, plan.amountPerCoin).map { Coin(ccy: $0.ccy, ratio: "\($0.ratio)", amountPerExecution: "\($1.amount)") }
            amountPerExecution = "\(plan.amountPerPeriod)"
            self.period = period
            nextExecutions = plan.nextExecutions(after: instant, count: count).map { OKXTimestamp.iso8601(epochMilliseconds: OKXJSON.millisecondsValue($0)) }
        }

        func print(json: Bool) throws {
            if json { return try Output.json(self) }
            Output.line("recurring buy of \(amountPerExecution) \(period): " + coins.map { "\($0.amountPerExecution) of \($0.ccy)" }.joined(separator: ", "))
            Output.line("next: " + nextExecutions.joined(separator: "  "))
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what each execution buys and when the next ones run; places nothing, needs no connection.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape
        @Option(help: "How many upcoming executions to list.") var count: Int = 5

        func run() async throws {
            try Report(try shape.plan(), period: shape.period, from: Date(), count: count).print(json: global.json)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan, then create the recurring buy. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape
        @Option(help: "The strategy's name (stgyName).") var name: String
        @Option(help: "The currency spent: USDT or USDC.") var investmentCcy: String = "USDT"
        @Option(help: "Client id for the bot (1–32 letters and digits).") var algoClOrdId: String?
        @Flag(help: "Confirm creating a live recurring buy.") var yes = false

        func run() async throws {
            let plan = try shape.plan()
            let (configuration, source) = try global.loadConfiguration()
            GlobalOptions.announce(configuration, source: source)
            if !global.json { try Report(plan, period: shape.period, from: Date(), count: 3).print(json: false) }
            try BotCommand.confirm(configuration, yes: yes, action: "create a recurring buy of \(plan.amountPerPeriod) \(investmentCcy) \(shape.period)")
            let request: API.RecurringBuy.PlaceRecurringBuyOrder.Request
            do {
                request = try plan.request(stgyName: name, investmentCcy: API.RecurringBuy.InvestmentCcy(rawValue: investmentCcy.uppercased()),
                                           tdMode: .cash, at: Date(), algoClOrdId: algoClOrdId)
            } catch {
                throw ValidationError(error.description)
            }
            let created = try await OKXClient.withClient(configuration: configuration) { try await $0.first(API.RecurringBuy.placeRecurringBuyOrder(request)) }
            if global.json { return try Output.json(["algoId": created.algoId]) }
            Output.line("created recurring buy \(created.algoId)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Running recurring buys.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let bots = try await global.withClient { try await $0.send(API.RecurringBuy.recurringBuyOrderList()) }
            if global.json { return try Output.json(bots) }
            Output.table([["algoId", "name", "state", "amount", "period", "coins", "cycles", "total pnl"]] + bots.map { b in
                [b.algoId, b.stgyName ?? "-", b.state?.rawValue ?? "-", Output.text(b.amt), b.period?.rawValue ?? "-",
                 (b.recurringList ?? []).map { "\($0.ccy ?? "?"):\(Output.text($0.ratio))" }.joined(separator: ","), b.cycles.map { "\($0)" } ?? "-",
                 Output.text(b.totalPnl)]
            })
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One recurring buy and the orders it placed.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String

        struct Shown: Encodable {
            let bot: API.RecurringBuy.RecurringBuyOrderDetails.Response
            let orders: [API.RecurringBuy.RecurringBuySubOrders.Response]
        }

        func run() async throws {
            let shown = try await global.withClient { client in
                Shown(bot: try await client.first(API.RecurringBuy.recurringBuyOrderDetails(.init(algoId: algoId))),
                      orders: try await client.send(API.RecurringBuy.recurringBuySubOrders(.init(algoId: algoId))))
            }
            if global.json { return try Output.json(shown) }
            let b = shown.bot
            Output.line("\(b.algoId) \(b.stgyName ?? "") \(b.state?.rawValue ?? "") · \(Output.text(b.amt)) \(b.investmentCcy?.rawValue ?? "") \(b.period?.rawValue ?? "") · cycles \(b.cycles.map { "\($0)" } ?? "-") · next \(Output.iso(b.nextInvestTime))")
            Output.table([["ordId", "instId", "side", "size", "filled", "avg px", "state"]] + shown.orders.map {
                [$0.ordId ?? "-", $0.instId, $0.side?.rawValue ?? "-", Output.text($0.sz), Output.text($0.accFillSz), Output.text($0.avgPx), $0.state?.rawValue ?? "-"]
            })
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a recurring buy. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String
        @Flag(help: "Confirm stopping a live recurring buy.") var yes = false

        func run() async throws {
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "stop recurring buy \(algoId)")
            let stopped = try await OKXClient.withClient(configuration: configuration) {
                try await $0.first(API.RecurringBuy.stopRecurringBuyOrder([.init(algoId: algoId)]))
            }
            if global.json { return try Output.json(stopped) }
            Output.line("stopped recurring buy \(stopped.algoId)")
        }
    }
}
