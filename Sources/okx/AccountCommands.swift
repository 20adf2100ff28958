import ArgumentParser
import Foundation
import OKX

struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show the trading account's balances and margin ratio.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let balance = try await global.withClient { try await $0.first(API.TradingAccount.getBalance()) }
        if global.json { return try Output.json(balance) }
        Output.table([["ccy", "equity", "cash", "available", "frozen", "equity USD"]] + (balance.details ?? []).map {
            [$0.ccy ?? "-", Output.text($0.eq), Output.text($0.cashBal), Output.text($0.availBal), Output.text($0.frozenBal), Output.text($0.eqUsd)]
        })
        Output.line("\ntotal equity \(Output.text(balance.totalEq)) USD · margin ratio \(Output.text(balance.mgnRatio)) (liquidation at 1.0)")
    }
}

struct PositionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "positions", abstract: "Show open positions with liquidation prices.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let positions = try await global.withClient { try await $0.send(API.TradingAccount.getPositions(.init())) }
        if global.json { return try Output.json(positions) }
        Output.table([["instId", "side", "size", "avg px", "mark px", "liq px", "margin ratio", "upl"]] + positions.map {
            [$0.instId, $0.posSide?.rawValue ?? "-", Output.text($0.pos), Output.text($0.avgPx), Output.text($0.markPx), Output.text($0.liqPx), Output.text($0.mgnRatio), Output.text($0.upl)]
        })
    }
}

struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Show pending (open) orders.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this instrument.") var inst: String?

    func run() async throws {
        let orders = try await global.withClient { try await $0.send(API.Trade.orderList(.init(instId: inst))) }
        if global.json { return try Output.json(orders) }
        Output.table(OrderCommand.rows(orders))
    }
}

/// `okx risk`: how far the account and each position are from the margin call and liquidation.
struct RiskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Show the margin level and the positions closest to liquidation first, with warnings.",
        discussion: "The account's margin ratio is liquidated at 100 % and warned about by OKX at 300 %. A position is flagged when the mark price is within --warn-within (a fraction, default 0.1 = 10 %) of its liquidation price.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Flag positions whose liquidation price is within this fraction of the mark price.") var warnWithin = "0.1"

    /// The report, also printed as JSON with --json (numbers as strings, as OKX writes them).
    struct Report: Encodable {
        struct Line: Encodable {
            let instId: String
            let posSide: String?
            let pos: String?
            let markPx: String?
            let liqPx: String?
            let priceMoveToLiquidation: String?
            let distanceToLiquidation: String?
            /// The margin level that governs the position (its own if isolated; its currency's
            /// or the account's if cross) and whose it is.
            let marginLevel: String?
            let marginLevelOf: String?
            let warning: String?
        }
        let marginRatio: String?
        let marginAboveLiquidation: String?
        let marginAboveMarginCall: String?
        let state: String
        let positions: [Line]
    }

    func run() async throws {
        let threshold = try OrderCommand.decimal(warnWithin, "--warn-within")
        guard threshold > 0, threshold < 1 else { throw ValidationError("--warn-within must be a fraction between 0 and 1, e.g. 0.1") }
        let (balance, positions) = try await global.withClient { client in
            (try await client.first(API.TradingAccount.getBalance()), try await client.send(API.TradingAccount.getPositions(.init())))
        }
        let report = Self.report(balance: balance, positions: positions, threshold: threshold)
        let state = report.state
        let lines = report.positions
        if global.json { return try Output.json(report) }
        Output.line("margin ratio \(Output.text(balance.mgnRatio)) · \(state) (liquidation at 1.0, margin call at 3.0)")
        Output.table([["instId", "side", "size", "mark px", "liq px", "move to liq", "distance", "margin level", "warning"]] + lines.map { line in
            [line.instId, line.posSide ?? "-", line.pos ?? "-", line.markPx ?? "-", line.liqPx ?? "-", line.priceMoveToLiquidation ?? "-",
             line.distanceToLiquidation.flatMap { OKXJSON.decimal($0) }.map { "\(Self.percent($0)) %" } ?? "-",
             line.marginLevel.flatMap { OKXJSON.decimal($0) }.map { "\(Self.percent($0)) % \(line.marginLevelOf ?? "")" } ?? "-",
             line.warning ?? ""]
        })
    }

    /// The report for a balance and its positions: nearest to liquidation first, each flagged
    /// when within `threshold` (a fraction of the mark price) of liquidation. Also `okx mcp`'s
    /// positions tool.
    static func report(balance: API.TradingAccount.GetBalance.Response, positions: [API.TradingAccount.GetPositions.Response],
                       threshold: Decimal) -> Report {
        let state: String
        switch balance.mgnRatio.map({ MarginLevel(scope: .account, ratio: $0).zone }) {
        case nil: state = "no account-level margin ratio (futures mode or no positions)"
        case .liquidation?: state = "liquidating"
        case .marginCall?: state = "margin call zone"
        case .healthy?: state = "healthy"
        }
        func text(_ value: Decimal?) -> String? { value.map { "\($0)" } }
        let lines = positions
            .sorted { ($0.distanceToLiquidation ?? .greatestFiniteMagnitude) < ($1.distanceToLiquidation ?? .greatestFiniteMagnitude) }
            .map { p in
                let near = p.distanceToLiquidation.map { $0 <= threshold } ?? false
                let level = p.marginLevel(in: balance)
                var warnings: [String] = []
                if near { warnings.append("liquidation \(Self.percent(p.distanceToLiquidation)) % away") }
                if let level, level.zone != .healthy {
                    warnings.append("margin level \(Self.percent(level.ratio)) % (\(level.zone == .liquidation ? "liquidation" : "margin call zone"))")
                }
                return Report.Line(instId: p.instId, posSide: p.posSide?.rawValue, pos: text(p.pos), markPx: text(p.markPx), liqPx: text(p.liqPx),
                                   priceMoveToLiquidation: text(p.priceMoveToLiquidation), distanceToLiquidation: text(p.distanceToLiquidation),
                                   marginLevel: text(level?.ratio), marginLevelOf: level.map { Self.describe($0.scope) },
                                   warning: warnings.isEmpty ? nil : warnings.joined(separator: "; "))
            }
        let report = Report(marginRatio: text(balance.mgnRatio), marginAboveLiquidation: text(balance.marginAboveLiquidation),
                            marginAboveMarginCall: text(balance.marginAboveMarginCall), state: state, positions: lines)
        return report
    }

    /// Whose margin level governs a position, in a word or two.
    static func describe(_ scope: MarginLevel.Scope) -> String {
        switch scope {
        case .position: "position (isolated)"
        case .currency(let ccy): "\(ccy) (cross)"
        case .account: "account (cross)"
        }
    }

    /// A fraction as a percentage with two decimals.
    static func percent(_ fraction: Decimal?) -> String {
        guard var value = fraction.map({ $0 * 100 }) else { return "?" }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return "\(rounded)"
    }
}
