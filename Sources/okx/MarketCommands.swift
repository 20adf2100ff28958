import ArgumentParser
import Foundation
import OKX

struct TickerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ticker", abstract: "Show an instrument's ticker.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Instrument id, e.g. BTC-USDT.") var instId: String

    func run() async throws {
        let t = try await global.withClient { try await $0.first(API.MarketData.ticker(.init(instId: instId))) }
        if global.json { return try Output.json(t) }
        Output.table([["instId", "last", "bid", "ask", "24h high", "24h low", "24h vol", "time"],
                      [t.instId, Output.text(t.last), Output.text(t.bidPx), Output.text(t.askPx), Output.text(t.high24h), Output.text(t.low24h),
                       Output.text(t.vol24h), Output.iso(t.ts)]])
    }
}

struct BookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "book", abstract: "Show an instrument's order book.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Instrument id.") var instId: String
    @Option(help: "Levels per side (1…400).") var depth = 5

    func validate() throws { guard (1...400).contains(depth) else { throw ValidationError("--depth must be 1…400") } }

    func run() async throws {
        let book = try await global.withClient { try await $0.first(API.MarketData.orderBook(.init(instId: instId, sz: depth))) }
        if global.json { return try Output.json(book) }
        var rows = [["side", "price", "size", "orders"]]
        for level in book.askLevels.prefix(depth).reversed() { rows.append(["ask", "\(level.price)", "\(level.size)", "\(level.orderCount)"]) }
        for level in book.bidLevels.prefix(depth) { rows.append(["bid", "\(level.price)", "\(level.size)", "\(level.orderCount)"]) }
        Output.table(rows)
        guard book.isCrossed else { return }
        // Crossed is legal only in a call auction: ask the instrument which it is.
        let instrument = try await global.withClient {
            try await $0.send(API.PublicData.getInstruments(.init(instType: .init(instId: instId), instId: instId))).first
        }
        let crossing = instrument.map { book.crossing(for: $0) } ?? book.crossing(duringAuction: false)
        Output.line("note: the book is \(crossing)")
    }
}

struct CandlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "candles", abstract: "Show candles, newest first.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Instrument id.") var instId: String
    @Option(help: "Bar width: 1m, 5m, 15m, 1H, 4H, 1D …") var bar = "1m"
    @Option(help: "Number of candles (1…300).") var limit = 20

    func validate() throws { guard (1...300).contains(limit) else { throw ValidationError("--limit must be 1…300") } }

    func run() async throws {
        let candles = try await global.withClient { try await $0.send(API.MarketData.candlesticks(.init(instId: instId, bar: bar, limit: limit))) }
        if global.json { return try Output.json(candles) }
        Output.table([["time", "open", "high", "low", "close", "volume", "closed"]] + candles.map {
            [Output.iso($0.ts), Output.text($0.o), Output.text($0.h), Output.text($0.l), Output.text($0.c), Output.text($0.vol), $0.confirm?.rawValue == "1" ? "yes" : "no"]
        })
    }
}

struct InstrumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "instruments", abstract: "List instruments of a type.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "SPOT, MARGIN, SWAP, FUTURES, OPTION.") var type: String

    func run() async throws {
        let list = try await global.withClient { try await $0.send(API.PublicData.getInstruments(.init(instType: API.PublicData.InstType(rawValue: type.uppercased())))) }
        if global.json { return try Output.json(list) }
        Output.table([["instId", "state", "tick", "lot", "min size", "listed"]] + list.map {
            [$0.instId, $0.state?.rawValue ?? "-", Output.text($0.tickSz), Output.text($0.lotSz), Output.text($0.minSz), Output.iso($0.listTime)]
        })
    }
}
