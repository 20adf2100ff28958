import ArgumentParser
import Foundation
import OKX
import OKXStreams

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Stream a WebSocket channel: market data, books (maintained and checked), or private channels (with login).",
        discussion: """
        Examples: okx watch books --inst BTC-USDT --depth 5 --json
                  okx watch tickers --inst ETH-USDT --count 10
                  okx watch orders --demo
        With --json: one object per line; book channels print the maintained book after each
        message, plus {"event":"resync",…} and {"event":"reconnect",…} lines.
        Each failed connection attempt is reported on stderr. After \(Self.maxConnectFailures)
        failed attempts in a row, or at once when the certificate or the WebSocket upgrade is
        refused, watch ends with exit code 4. A plain ws:// URL is accepted only for loopback
        hosts (exit code 6 otherwise).
        """)

    /// Failed connection attempts in a row before giving up: with the default backoff (0.25 s
    /// doubling, with jitter) that is a few seconds, long enough to ride out a restart of the
    /// endpoint, short enough that a wrong port is reported rather than watched in silence.
    static let maxConnectFailures = 5

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Channel name: tickers, books, books5, bbo-tbt, books-l2-tbt, books50-l2-tbt, books-rpi, trades, mark-price, funding-rate, candle1m…, orders, positions, account, balance_and_position, orders-algo, grid-orders-spot, …")
    var channel: String

    @Option(help: "Instrument id (market channels).") var inst: String?
    @Option(help: "Instrument type for private channels (default ANY).") var instType: String?
    @Option(help: "Book levels to print (default 5).") var depth = 5
    @Option(help: "Exit after this many data messages.") var count: Int?
    @Option(name: .customLong("ws-url"), help: "WebSocket base URL (also OKX_WS_BASE_URL), e.g. a simulator's ws://127.0.0.1:PORT.")
    var wsURL: String?

    func validate() throws {
        guard (1...400).contains(depth) else { throw ValidationError("--depth must be 1…400") }
        if let count, count < 1 { throw ValidationError("--count must be positive") }
        let market = ["tickers", "books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi", "trades", "mark-price", "funding-rate"]
        if (market.contains(channel) || channel.hasPrefix("candle")) && inst == nil { throw ValidationError("\(channel) needs --inst") }
    }

    var typedChannel: Channel {
        let instId = inst ?? ""
        switch channel {
        case "tickers": return .tickers(instId)
        case "books": return .books(instId)
        case "books5": return .books5(instId)
        case "bbo-tbt": return .bboTbt(instId)
        case "books-l2-tbt": return .booksL2Tbt(instId)
        case "books50-l2-tbt": return .books50L2Tbt(instId)
        case "books-rpi": return .booksRPI(instId)
        case "trades": return .trades(instId)
        case "mark-price": return .markPrice(instId)
        case "funding-rate": return .fundingRate(instId)
        case "orders": return .orders(InstrumentType(rawValue: instType ?? "ANY"), instId: inst)
        case "positions": return .positions(InstrumentType(rawValue: instType ?? "ANY"))
        case "account": return .account()
        case "balance_and_position": return .balanceAndPosition
        case let name where name.hasPrefix("candle"): return .custom(name, endpoint: .business, login: false, args: ["instId": instId])
        case let name where name.hasPrefix("grid-") || name.hasPrefix("orders-algo") || name.hasPrefix("algo-"):
            return .custom(name, endpoint: .business, login: true, args: ["instType": instType ?? "ANY"])
        default:
            return .custom(channel, endpoint: .public, login: false, args: inst.map { ["instId": $0] } ?? [:])
        }
    }

    func run() async throws {
        let configuration = try global.clientConfiguration()
        var settings = OKXStreams.Configuration(client: configuration, webSocketBaseURL: wsURL ?? ProcessInfo.processInfo.environment["OKX_WS_BASE_URL"])
        settings.pingInterval = .seconds(20)
        settings.maxConsecutiveConnectFailures = Self.maxConnectFailures
        try settings.validate()
        let rest = try OKXClient(configuration: configuration)
        let streams = OKXStreams(configuration: settings, rest: rest)
        if !global.json { FileHandle.standardError.write(Data("watching \(typedChannel) on \(settings.effectiveWebSocketBaseURL) (\(configuration.environment))\n".utf8)) }
        var data = 0
        do {
            for try await event in streams.subscribe(typedChannel, depth: depth) {
                if print(event) { data += 1 }
                if let count, data >= count { break }
            }
        } catch {
            await streams.shutdown()
            await rest.shutdown()
            throw error
        }
        await streams.shutdown()
        await rest.shutdown()
    }

    /// Prints one event; returns whether it was a data message (for --count).
    func print(_ event: StreamEvent) -> Bool {
        switch event {
        case .book(let book):
            if global.json {
                line(["instId": .string(book.instId), "seqId": book.seqId.map { .number(Decimal($0)) } ?? .null,
                      "bids": .array(book.bids.map { .array([.string($0.price), .string($0.size)]) }),
                      "asks": .array(book.asks.map { .array([.string($0.price), .string($0.size)]) })])
            } else {
                let bid = book.bids.first.map { "\($0.price) × \($0.size)" } ?? "-"
                let ask = book.asks.first.map { "\($0.price) × \($0.size)" } ?? "-"
                Output.unbuffered("\(book.instId) seq \(book.seqId.map(String.init) ?? "-")  bid \(bid)  |  ask \(ask)\(book.isCrossed ? "  (crossed)" : "")")
            }
            return true
        case .resync(let reason):
            global.json ? line(["event": .string("resync"), "reason": .string(reason)]) : Output.unbuffered("resync: \(reason)")
            return false
        case .reconnected(let attempt):
            global.json ? line(["event": .string("reconnect"), "attempt": .number(Decimal(attempt))]) : Output.unbuffered("reconnected (attempt \(attempt)), resubscribed")
            return false
        case .dropped(let n):
            global.json ? line(["event": .string("dropped"), "count": .number(Decimal(n))]) : Output.unbuffered("dropped \(n) events (slow output)")
            return false
        case .switchedConnection:
            global.json ? line(["event": .string("switch"), "reason": .string("64008 service notice")]) : Output.unbuffered("switched to a new connection (64008)")
            return false
        case .connectionFailed(let failure):
            // On stderr in both modes: stdout stays data; the line holds no secret (see ConnectionFailure).
            FileHandle.standardError.write(Data("okx watch: \(failure)\n".utf8))
            return false
        case .ticker(let t): emit(t) { "\(t.instId) last \(Output.text(t.last))  bid \(Output.text(t.bidPx))  ask \(Output.text(t.askPx))" }
        case .trade(let t): emit(t) { "\(t.instId) \(t.side) \(t.sz) @ \(t.px)" }
        case .candle(let c): emit(c) { "\(Output.iso(c.ts)) o \(c.open) h \(c.high) l \(c.low) c \(c.close)" }
        case .order(let o): emit(o) { "\(o.instId) \(o.ordId) \(o.clOrdId ?? "-") \(o.side) \(o.sz) @ \(Output.text(o.px)) \(o.state)" }
        case .position(let p): emit(p) { "\(p.instId) \(p.posSide) \(p.pos) liq \(Output.text(p.liqPx))" }
        case .account(let a): emit(a) { "equity \(Output.text(a.totalEq)) margin ratio \(Output.text(a.mgnRatio))" }
        case .markPrice(let m): emit(m) { "\(m.instId) mark \(m.markPx)" }
        case .fundingRate(let f): emit(f) { "\(f.instId) funding \(Output.text(f.fundingRate)) next \(Output.text(f.nextFundingRate))" }
        case .balanceAndPosition(let b): emit(b) { "\(b.eventType): \(b.balData.count) balances, \(b.posData.count) positions" }
        case .algoOrder(let a): emit(a) { "\(a.instId) algo \(a.algoId) \(a.ordType) \(a.side.map { "\($0)" } ?? "-") \(Output.text(a.sz)) trigger \(Output.text(a.triggerPx)) \(a.state)" }
        case .gridBot(let g): emit(g) { "\(g.instId) grid \(g.algoId) \(g.state) \(Output.text(g.minPx))–\(Output.text(g.maxPx)) pnl \(Output.text(g.totalPnl))" }
        case .documented(let push): emit(push.value) { "\(push.channel) " + ((try? String(decoding: JSONEncoder().encode(push.value), as: UTF8.self)) ?? "?") }
        case .raw(let value): emit(value) { (try? String(decoding: JSONEncoder().encode(value), as: UTF8.self)) ?? "?" }
        }
        return true
    }

    private func emit(_ value: some Encodable, _ human: () -> String) {
        if global.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let bytes = try? encoder.encode(value) { Output.unbuffered(String(decoding: bytes, as: UTF8.self)) }
        } else {
            Output.unbuffered(human())
        }
    }

    private func line(_ object: [String: JSONValue]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let bytes = try? encoder.encode(JSONValue.object(object)) { Output.unbuffered(String(decoding: bytes, as: UTF8.self)) }
    }
}
