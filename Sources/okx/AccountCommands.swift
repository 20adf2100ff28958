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
