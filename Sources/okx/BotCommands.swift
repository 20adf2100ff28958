import ArgumentParser
import Foundation
import OKX

/// `okx bot`: OKX's trading bots (spot grid, DCA, recurring buy). Each kind has `plan` (computed
/// locally from the instrument and the price, nothing placed), `create` (shows the plan first;
/// on live trading it needs `--yes`), `list`, `show` and `stop`.
struct BotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bot", abstract: "Plan, create, list, show and stop trading bots (grid, DCA, recurring buy).",
        subcommands: [GridBotCommand.self])

    /// What `plan` and `create` need to know about the market: the instrument's sizing, the last
    /// price and the maker fee (the account's when credentials are configured; otherwise
    /// `assumedMakerFee`, and the output says so).
    struct Market: Sendable {
        let instrument: API.PublicData.GetInstruments.Response
        let sizing: ContractSizing
        let last: Decimal
        let makerFee: Decimal
        let feeSource: String
    }

    /// OKX's regular-tier spot maker fee (0.08 %), used only when the account's own rate cannot
    /// be asked for because no credentials are configured.
    static let assumedMakerFee = Decimal(string: "0.0008") ?? 0

    static func market(_ client: OKXClient, instId: String, instType: API.PublicData.InstType, makerFee: Decimal?, hasCredentials: Bool) async throws -> Market {
        let instrument = try await client.first(API.PublicData.getInstruments(.init(instType: instType, instId: instId)))
        let sizing = try ContractSizing(instrument)
        let ticker = try await client.first(API.MarketData.ticker(.init(instId: instId)))
        guard let last = ticker.last, last > 0 else {
            throw ValidationError("\(instId) has no last price yet; a plan needs one")
        }
        if let makerFee { return Market(instrument: instrument, sizing: sizing, last: last, makerFee: makerFee, feeSource: "--maker-fee") }
        guard hasCredentials else {
            return Market(instrument: instrument, sizing: sizing, last: last, makerFee: assumedMakerFee, feeSource: "assumed (no credentials; pass --maker-fee)")
        }
        let rates = try await client.first(API.TradingAccount.getFeeRates(.init(instType: API.TradingAccount.InstType(rawValue: instType.rawValue), instId: instId)))
        // OKX writes a fee the account pays as a negative rate and a rebate as a positive one.
        return Market(instrument: instrument, sizing: sizing, last: last, makerFee: max(0, -(rates.maker ?? -assumedMakerFee)), feeSource: "your account's rate")
    }

    /// The client configuration and whether it carries credentials, for commands that read.
    static func readConfiguration(_ global: GlobalOptions) throws -> (OKXClient.Configuration, Bool) {
        let configuration = try global.clientConfiguration()
        return (configuration, configuration.credentials != nil)
    }

    /// Refuses a live action without `--yes`, after the plan has been shown (exit 2).
    static func confirm(_ configuration: OKXClient.Configuration, yes: Bool, action: String) throws {
        if configuration.environment == .live && !yes {
            throw ValidationError("this would \(action) on LIVE trading at \(configuration.effectiveBaseURL); the plan is above; add --yes to confirm, or use --demo")
        }
    }


    static func text(_ value: Decimal?) -> String? { value.map { "\($0)" } }
}

// MARK: - Grid

struct GridBotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid", abstract: "Spot grid bots: buy low and sell high between two prices.",
        subcommands: [Plan.self, Create.self, List.self, Show.self, Stop.self])

    /// The options that define a spot grid, shared by `plan` and `create`.
    struct Shape: ParsableArguments {
        @Argument(help: "Spot instrument, e.g. BTC-USDT.") var instId: String
        @Option(help: "Lowest grid price.") var lower: String
        @Option(help: "Highest grid price.") var upper: String
        @Option(help: "Number of grids (2…100).") var grids: Int
        @Flag(help: "Equal ratios between levels instead of equal price steps.") var geometric = false
        @Option(help: "Money to put in, in the quote currency (e.g. USDT); the size per grid follows.") var investment: String?
        @Option(help: "Base-currency size of each grid order, instead of --investment.") var sizePerGrid: String?
        @Option(help: "Maker fee as a fraction (default: the account's rate, or 0.0008 without credentials).") var makerFee: String?

        func validate() throws {
            guard (investment == nil) != (sizePerGrid == nil) else { throw ValidationError("give exactly one of --investment and --size-per-grid") }
            _ = try OrderCommand.decimal(lower, "--lower")
            _ = try OrderCommand.decimal(upper, "--upper")
            _ = try investment.map { try OrderCommand.decimal($0, "--investment") }
            _ = try sizePerGrid.map { try OrderCommand.decimal($0, "--size-per-grid") }
            _ = try makerFee.map { try OrderCommand.decimal($0, "--maker-fee") }
        }

        /// The plan at the market's price. With `--investment`, the largest size per grid (a
        /// lot multiple) whose investment fits: a grid's investment grows linearly with its size.
        func plan(_ market: BotCommand.Market) throws -> GridPlan {
            let lower = try OrderCommand.decimal(lower, "--lower"), upper = try OrderCommand.decimal(upper, "--upper")
            func plan(size: Decimal) throws -> GridPlan {
                try GridPlan(lowerPrice: lower, upperPrice: upper, gridCount: grids, spacing: geometric ? .geometric : .arithmetic,
                             sizePerGrid: size, currentPrice: market.last, makerFee: market.makerFee, sizing: market.sizing)
            }
            if let sizePerGrid { return try plan(size: try OrderCommand.decimal(sizePerGrid, "--size-per-grid")) }
            let money = try OrderCommand.decimal(investment ?? "0", "--investment")
            let smallest = try plan(size: market.sizing.minimumSize)
            let perUnit = smallest.investment / market.sizing.minimumSize
            let size = GridBotCommand.lots(money / perUnit, of: market.sizing.lotSize)
            guard size >= market.sizing.minimumSize else {
                throw ValidationError("--investment \(money) is below this grid's minimum of \(smallest.investment) \(market.instrument.quoteCcy ?? "") (the minimum order size \(market.sizing.minimumSize) on every level)")
            }
            return try plan(size: size)
        }
    }

    /// `value` rounded down to a multiple of `lot`: never more than the money given.
    static func lots(_ value: Decimal, of lot: Decimal) -> Decimal {
        guard lot > 0 else { return value }
        var count = value / lot, whole = Decimal()
        NSDecimalRound(&whole, &count, 0, .down)
        return whole * lot
    }

    /// What `plan` prints (and `create` before placing).
    struct Report: Encodable {
        let instId: String
        let lastPrice: String
        let levels: [String]
        let sizePerGrid: String
        let profitPerGridMin: String
        let profitPerGridMax: String
        let quoteNeeded: String
        let baseNeeded: String
        let investment: String
        let makerFee: String
        let makerFeeSource: String
        let okxMinimumInvestment: String?
        let meetsOKXMinimum: Bool?

        init(_ plan: GridPlan, _ market: BotCommand.Market, minimum: Decimal?) {
            instId = market.sizing.instId
            lastPrice = "\(market.last)"
            levels = plan.levels.map { "\($0)" }
            sizePerGrid = "\(plan.sizePerGrid)"
            profitPerGridMin = "\(plan.profitPerGrid.lowerBound)"
            profitPerGridMax = "\(plan.profitPerGrid.upperBound)"
            quoteNeeded = "\(plan.quoteNeeded)"
            baseNeeded = "\(plan.baseNeeded)"
            investment = "\(plan.investment)"
            makerFee = "\(market.makerFee)"
            makerFeeSource = market.feeSource
            okxMinimumInvestment = minimum.map { "\($0)" }
            meetsOKXMinimum = minimum.map { plan.investment >= $0 }
        }

        func print(json: Bool) throws {
            if json { return try Output.json(self) }
            Output.line("spot grid \(instId) at \(lastPrice): \(levels.count - 1) grids \(levels.first ?? "")…\(levels.last ?? "")")
            Output.line("size per grid \(sizePerGrid) · profit per grid after fees \(RiskCommand.percent(OKXJSON.decimal(profitPerGridMin)))…\(RiskCommand.percent(OKXJSON.decimal(profitPerGridMax))) % · maker fee \(makerFee) (\(makerFeeSource))")
            Output.line("investment \(investment) (quote \(quoteNeeded) for the buys, base \(baseNeeded) bought for the sells)")
            if let okxMinimumInvestment {
                Output.line("OKX's minimum for this grid: \(okxMinimumInvestment)\(meetsOKXMinimum == false ? "  ← below it: OKX will refuse" : "")")
            }
            Output.line("levels: \(levels.joined(separator: " "))")
        }
    }

    /// Lays out the plan and asks OKX for its minimum investment for the same grid.
    static func planned(_ client: OKXClient, _ shape: Shape, hasCredentials: Bool) async throws -> (GridPlan, Report) {
        let market = try await BotCommand.market(client, instId: shape.instId, instType: .spot,
                                                 makerFee: try shape.makerFee.map { try OrderCommand.decimal($0, "--maker-fee") },
                                                 hasCredentials: hasCredentials)
        let plan = try shape.plan(market)
        let minimum = try await client.first(API.Grid.computeMinInvestment(.init(
            instId: shape.instId, algoOrdType: .grid, maxPx: plan.levels.last ?? 0, minPx: plan.levels.first ?? 0,
            gridNum: plan.levels.count - 1, runType: shape.geometric ? .v2 : .v1)))
        let quote = minimum.minInvestmentData?.first { $0.ccy == market.instrument.quoteCcy }?.amt
        return (plan, Report(plan, market, minimum: quote))
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compute a spot grid's levels, profit per grid and investment; places nothing.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape

        func run() async throws {
            let (configuration, hasCredentials) = try BotCommand.readConfiguration(global)
            let (_, report) = try await OKXClient.withClient(configuration: configuration) { try await planned($0, shape, hasCredentials: hasCredentials) }
            try report.print(json: global.json)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan, then create the spot grid bot. On live trading --yes is required.")
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
                try BotCommand.confirm(configuration, yes: yes, action: "create a grid bot investing \(plan.investment)")
                let created = try await client.first(API.Grid.placeGridAlgoOrder(.init(
                    instId: shape.instId, algoOrdType: .grid, maxPx: plan.levels.last ?? 0, minPx: plan.levels.first ?? 0,
                    gridNum: plan.levels.count - 1, runType: shape.geometric ? .v2 : .v1, algoClOrdId: algoClOrdId,
                    quoteSz: plan.investment)))
                if global.json { return try Output.json(["algoId": created.algoId, "investment": "\(plan.investment)"]) }
                Output.line("created grid bot \(created.algoId)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Running grid bots.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Contract grids instead of spot grids.") var contract = false

        func run() async throws {
            let bots = try await global.withClient { try await $0.send(API.Grid.gridAlgoOrderList(.init(algoOrdType: contract ? .contractGrid : .grid))) }
            if global.json { return try Output.json(bots) }
            Output.table([["algoId", "instId", "state", "range", "grids", "investment", "grid profit", "total pnl"]] + bots.map {
                [$0.algoId, $0.instId, $0.state?.rawValue ?? "-", "\(Output.text($0.minPx))…\(Output.text($0.maxPx))", $0.gridNum.map { "\($0)" } ?? "-",
                 Output.text($0.investment), Output.text($0.gridProfit), Output.text($0.totalPnl)]
            })
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One grid bot and its live orders.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String
        @Flag(help: "A contract grid.") var contract = false

        struct Shown: Encodable {
            let bot: API.Grid.GridAlgoOrderDetails.Response
            let orders: [API.Grid.GridAlgoSubOrders.Response]
        }

        func run() async throws {
            let type: API.Grid.AlgoOrdType = contract ? .contractGrid : .grid
            let shown = try await global.withClient { client in
                Shown(bot: try await client.first(API.Grid.gridAlgoOrderDetails(.init(algoOrdType: type, algoId: algoId))),
                      orders: try await client.send(API.Grid.gridAlgoSubOrders(.init(algoOrdType: type, algoId: algoId, type: .live))))
            }
            if global.json { return try Output.json(shown) }
            let b = shown.bot
            Output.line("\(b.algoId) \(b.instId) \(b.state?.rawValue ?? "") · \(Output.text(b.minPx))…\(Output.text(b.maxPx)) in \(b.gridNum.map { "\($0)" } ?? "?") grids · investment \(Output.text(b.investment)) · grid profit \(Output.text(b.gridProfit)) · arbitrages \(b.arbitrageNum.map { "\($0)" } ?? "-")")
            Output.table([["ordId", "side", "price", "size", "state"]] + shown.orders.map {
                [$0.ordId ?? "-", $0.side?.rawValue ?? "-", Output.text($0.px), Output.text($0.sz), $0.state?.rawValue ?? "-"]
            })
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop a grid bot (its orders are cancelled). On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The bot's algoId.") var algoId: String
        @Argument(help: "Its instrument id.") var instId: String
        @Flag(help: "A contract grid.") var contract = false
        @Flag(help: "Keep the bought base currency (spot) or the position (contract) instead of selling/closing it.") var keep = false
        @Flag(help: "Confirm stopping a live bot.") var yes = false

        func run() async throws {
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "stop grid bot \(algoId)")
            let stopped = try await OKXClient.withClient(configuration: configuration) {
                try await $0.first(API.Grid.stopGridAlgoOrder([.init(algoId: algoId, instId: instId, algoOrdType: contract ? .contractGrid : .grid,
                                                                     stopType: keep ? "2" : "1")]))
            }
            if global.json { return try Output.json(stopped) }
            Output.line("stopped grid bot \(stopped.algoId)")
        }
    }
}
