import ArgumentParser
import Foundation
import OKX

/// `okx bot`: OKX's trading bots (spot grid, DCA, recurring buy). Each kind has `plan` (computed
/// locally from the instrument and the price, nothing placed), `create` (shows the plan first;
/// on live trading it needs `--yes`), `list`, `show` and `stop`.
struct BotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bot", abstract: "Plan, create, list, show and stop trading bots (grid, DCA, recurring buy).",
        subcommands: [GridBotCommand.self, DCABotCommand.self, RecurringBotCommand.self])

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
        commandName: "grid", abstract: "Grid bots: spot grids, and contract grids with leverage (long, short or neutral).",
        subcommands: [Plan.self, Create.self, List.self, Show.self, Stop.self])

    /// The options that define a grid, shared by `plan` and `create`. A contract instrument
    /// (…-SWAP, or a dated future) makes it a contract grid.
    struct Shape: ParsableArguments {
        @Argument(help: "Instrument: a spot pair (BTC-USDT) or a linear contract (BTC-USDT-SWAP) for a contract grid.") var instId: String
        @Option(help: "Lowest grid price.") var lower: String
        @Option(help: "Highest grid price.") var upper: String
        @Option(help: "Number of grids (2…100 spot, 2…200 contract).") var grids: Int
        @Flag(help: "Equal ratios between levels instead of equal price steps.") var geometric = false
        @Option(help: "Money to put in: quote currency for spot (e.g. USDT), margin in the settlement currency for a contract grid.") var investment: String?
        @Option(help: "Spot only: base-currency size of each grid order, instead of --investment.") var sizePerGrid: String?
        @Option(help: "Contract grid: long, short or neutral.") var direction: String = "neutral"
        @Option(help: "Contract grid: leverage.") var leverage: String = "1"
        @Option(help: "Contract grid: maintenance margin rate of the position's tier, for the liquidation estimate.") var maintenanceMarginRate: String = "0.004"
        @Option(help: "Maker fee as a fraction (default: the account's rate, or 0.0008 without credentials).") var makerFee: String?

        var isContract: Bool { instType != .spot }
        var instType: API.PublicData.InstType { .init(instId: instId) }
        var spacing: GridPlan.Spacing { geometric ? .geometric : .arithmetic }

        func validate() throws {
            if isContract {
                guard investment != nil, sizePerGrid == nil else { throw ValidationError("a contract grid takes --investment (its margin), not --size-per-grid") }
                guard ContractGridPlan.Direction(rawValue: direction) != nil else { throw ValidationError("--direction must be long, short or neutral") }
            } else {
                guard (investment == nil) != (sizePerGrid == nil) else { throw ValidationError("give exactly one of --investment and --size-per-grid") }
            }
            for (value, name) in [(lower, "--lower"), (upper, "--upper"), (leverage, "--leverage"), (maintenanceMarginRate, "--maintenance-margin-rate")] {
                _ = try OrderCommand.decimal(value, name)
            }
            _ = try investment.map { try OrderCommand.decimal($0, "--investment") }
            _ = try sizePerGrid.map { try OrderCommand.decimal($0, "--size-per-grid") }
            _ = try makerFee.map { try OrderCommand.decimal($0, "--maker-fee") }
        }

        /// The plan at the market's price. A refusal by the plan (a grid that loses money, one
        /// liquidated inside its own range, an investment below the minimum size) is a usage error.
        func plan(_ market: BotCommand.Market) throws -> Planned {
            let lower = try OrderCommand.decimal(lower, "--lower"), upper = try OrderCommand.decimal(upper, "--upper")
            do {
                if isContract {
                    return .contract(try ContractGridPlan(
                        lowerPrice: lower, upperPrice: upper, gridCount: grids, spacing: spacing,
                        direction: ContractGridPlan.Direction(rawValue: direction) ?? .neutral, leverage: try OrderCommand.decimal(leverage, "--leverage"),
                        investment: try OrderCommand.decimal(investment ?? "0", "--investment"), currentPrice: market.last, makerFee: market.makerFee,
                        maintenanceMarginRate: try OrderCommand.decimal(maintenanceMarginRate, "--maintenance-margin-rate"), sizing: market.sizing))
                }
                func spot(size: Decimal) throws -> GridPlan {
                    try GridPlan(lowerPrice: lower, upperPrice: upper, gridCount: grids, spacing: spacing, sizePerGrid: size,
                                 currentPrice: market.last, makerFee: market.makerFee, sizing: market.sizing)
                }
                if let sizePerGrid { return .spot(try spot(size: try OrderCommand.decimal(sizePerGrid, "--size-per-grid"))) }
                // A spot grid's investment grows linearly with its size per grid: the largest lot
                // multiple whose investment fits the money given.
                let money = try OrderCommand.decimal(investment ?? "0", "--investment")
                let smallest = try spot(size: market.sizing.minimumSize)
                let perUnit = smallest.investment / market.sizing.minimumSize
                guard let size = try? market.sizing.size(for: .base(money / perUnit), at: market.last) else {
                    throw ValidationError("--investment \(money) is below this grid's minimum of \(smallest.investment) \(market.instrument.quoteCcy ?? "") (the minimum order size \(market.sizing.minimumSize) on every level)")
                }
                return .spot(try spot(size: size))
            } catch let error as OKXError {
                throw ValidationError(error.message)
            }
        }
    }

    /// A spot or a contract grid plan.
    enum Planned {
        case spot(GridPlan)
        case contract(ContractGridPlan)

        var levels: [Decimal] {
            switch self {
            case .spot(let plan): plan.levels
            case .contract(let plan): plan.levels
            }
        }

        var investment: Decimal {
            switch self {
            case .spot(let plan): plan.investment
            case .contract(let plan): plan.investment
            }
        }

        func minInvestmentRequest(_ shape: Shape, currency: String) -> API.Grid.ComputeMinInvestment.Request {
            switch self {
            case .spot(let plan): plan.minInvestmentRequest(instId: shape.instId, spacing: shape.spacing, investment: plan.investment, currency: currency)
            case .contract(let plan): plan.minInvestmentRequest(spacing: shape.spacing, currency: currency)
            }
        }
    }

    /// What `plan` prints (and `create` before placing). Profits per grid are fractions of the
    /// grid order's value; contract-only fields are absent for spot.
    struct Report: Encodable {
        let instId: String
        let kind: String
        let lastPrice: String
        let levels: [String]
        let profitPerGridMin: String
        let profitPerGridMax: String
        let investment: String
        let currency: String
        let makerFee: String
        let makerFeeSource: String
        var sizePerGrid: String?
        var quoteNeeded: String?
        var baseNeeded: String?
        var direction: String?
        var leverage: String?
        var contractsPerGrid: String?
        var profitPerGridInMoneyMin: String?
        var profitPerGridInMoneyMax: String?
        var marginNeeded: String?
        var returnOnMarginPerGridMin: String?
        var returnOnMarginPerGridMax: String?
        var liquidationIfFallsToLower: String?
        var liquidationIfRisesToUpper: String?
        var okxMinimumInvestment: String?
        var shortfall: String?

        init(_ planned: Planned, _ market: BotCommand.Market, currency: String, minimum: GridMinimumInvestment?) {
            instId = market.sizing.instId
            lastPrice = "\(market.last)"
            levels = planned.levels.map { "\($0)" }
            investment = "\(planned.investment)"
            self.currency = currency
            makerFee = "\(market.makerFee)"
            makerFeeSource = market.feeSource
            okxMinimumInvestment = minimum.map { "\($0.minimum)" }
            shortfall = minimum.map { "\($0.shortfall)" }
            switch planned {
            case .spot(let plan):
                kind = "spot grid"
                profitPerGridMin = "\(plan.profitPerGrid.lowerBound)"
                profitPerGridMax = "\(plan.profitPerGrid.upperBound)"
                sizePerGrid = "\(plan.sizePerGrid)"
                quoteNeeded = "\(plan.quoteNeeded)"
                baseNeeded = "\(plan.baseNeeded)"
            case .contract(let plan):
                kind = "contract grid"
                profitPerGridMin = "\(plan.returnPerGrid.lowerBound)"
                profitPerGridMax = "\(plan.returnPerGrid.upperBound)"
                profitPerGridInMoneyMin = "\(plan.profitPerGrid.lowerBound)"
                profitPerGridInMoneyMax = "\(plan.profitPerGrid.upperBound)"
                direction = plan.direction.rawValue
                leverage = "\(plan.leverage)"
                contractsPerGrid = "\(plan.contractsPerGrid)"
                marginNeeded = "\(plan.marginNeeded)"
                returnOnMarginPerGridMin = "\(plan.returnOnMarginPerGrid.lowerBound)"
                returnOnMarginPerGridMax = "\(plan.returnOnMarginPerGrid.upperBound)"
                liquidationIfFallsToLower = plan.downside?.liquidationPrice.map { "\($0)" }
                liquidationIfRisesToUpper = plan.upside?.liquidationPrice.map { "\($0)" }
            }
        }

        func print(json: Bool) throws {
            if json { return try Output.json(self) }
            func percent(_ text: String?) -> String { RiskCommand.percent(text.flatMap { OKXJSON.decimal($0) }) }
            Output.line("\(kind) \(instId) at \(lastPrice): \(levels.count - 1) grids \(levels.first ?? "")…\(levels.last ?? "") · investment \(investment) \(currency)")
            Output.line("profit per grid after fees \(percent(profitPerGridMin))…\(percent(profitPerGridMax)) % · maker fee \(makerFee) (\(makerFeeSource))")
            if let sizePerGrid { Output.line("size per grid \(sizePerGrid) · quote \(quoteNeeded ?? "-") for the buys, base \(baseNeeded ?? "-") bought for the sells") }
            if let direction {
                Output.line("\(direction) at \(leverage ?? "?")× · \(contractsPerGrid ?? "?") contracts per grid earning \(profitPerGridInMoneyMin ?? "?")…\(profitPerGridInMoneyMax ?? "?") \(currency) · worst-case margin \(marginNeeded ?? "?") · return on margin per grid \(percent(returnOnMarginPerGridMin))…\(percent(returnOnMarginPerGridMax)) %")
                Output.line("estimated liquidation: \(liquidationIfFallsToLower.map { "below \($0) if the price falls through the range" } ?? "none on the way down")\(liquidationIfRisesToUpper.map { "; above \($0) if it rises through it" } ?? "")")
            }
            if let okxMinimumInvestment {
                let short = shortfall.flatMap { OKXJSON.decimal($0) } ?? 0
                Output.line("OKX's minimum for this grid: \(okxMinimumInvestment) \(currency)\(short > 0 ? "  ← \(short) short: OKX will refuse it" : "")")
            }
            Output.line("levels: \(levels.joined(separator: " "))")
        }
    }

    /// Lays out the plan and checks it against OKX's minimum investment for the same grid.
    static func planned(_ client: OKXClient, _ shape: Shape, hasCredentials: Bool) async throws -> (Planned, Report) {
        let market = try await BotCommand.market(client, instId: shape.instId, instType: shape.instType,
                                                 makerFee: try shape.makerFee.map { try OrderCommand.decimal($0, "--maker-fee") },
                                                 hasCredentials: hasCredentials)
        let plan = try shape.plan(market)
        let currency = (shape.isContract ? market.instrument.settleCcy : market.instrument.quoteCcy) ?? ""
        let answer = try await client.send(API.Grid.computeMinInvestment(plan.minInvestmentRequest(shape, currency: currency)))
        let minimum = try? GridMinimumInvestment(investment: plan.investment, currency: currency, minInvestment: answer)
        return (plan, Report(plan, market, currency: currency, minimum: minimum))
    }

    static func algoOrdType(contract: Bool) -> API.Grid.AlgoOrdType { contract ? .contractGrid : .grid }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compute a grid's levels, profit per grid, investment and (contract) liquidation estimate; places nothing.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var shape: Shape

        func run() async throws {
            let (configuration, hasCredentials) = try BotCommand.readConfiguration(global)
            let (_, report) = try await OKXClient.withClient(configuration: configuration) { try await planned($0, shape, hasCredentials: hasCredentials) }
            try report.print(json: global.json)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan, then create the grid bot. On live trading --yes is required.")
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
                let request: API.Grid.PlaceGridAlgoOrder.Request
                switch plan {
                case .spot(let spot): request = spot.request(instId: shape.instId, spacing: shape.spacing, algoClOrdId: algoClOrdId)
                case .contract(let contract): request = contract.request(spacing: shape.spacing, algoClOrdId: algoClOrdId)
                }
                let created = try await client.first(API.Grid.placeGridAlgoOrder(request))
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
            let bots = try await global.withClient { try await $0.send(API.Grid.gridAlgoOrderList(.init(algoOrdType: algoOrdType(contract: contract)))) }
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
            let type = algoOrdType(contract: contract)
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
                try await $0.first(API.Grid.stopGridAlgoOrder([.init(algoId: algoId, instId: instId, algoOrdType: algoOrdType(contract: contract),
                                                                     stopType: keep ? "2" : "1")]))
            }
            if global.json { return try Output.json(stopped) }
            Output.line("stopped grid bot \(stopped.algoId)")
        }
    }
}
