import ArgumentParser
import Foundation
import OKX

struct OrderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Place, cancel, amend or look up one order.",
        subcommands: [Place.self, Cancel.self, Amend.self, Get.self])

    static func rows(_ orders: [some OrderRow]) -> [[String]] {
        [["instId", "ordId", "clOrdId", "side", "type", "price", "size", "filled", "state"]] + orders.map {
            [$0.instId, $0.ordId, $0.clOrdId ?? "-", $0.side?.rawValue ?? "-", $0.ordType?.rawValue ?? "-", Output.text($0.px), Output.text($0.sz),
             Output.text($0.accFillSz), $0.state?.rawValue ?? "-"]
        }
    }

    /// Every decimal argument of the CLI goes through here: the library's strict reader
    /// (``DecimalDigits/strict(_:allowingNegative:)``), never `Decimal(string:)`, which takes
    /// "1.2abc" as 1.2. Sizes and prices are positive, so no sign is accepted. A refusal is a
    /// usage error (exit 2) naming the argument, before anything is sent.
    static func decimal(_ text: String, _ name: String) throws -> Decimal {
        guard let value = DecimalDigits.strict(text) else {
            throw ValidationError("\(name) must be a plain decimal number such as 0.01 or 65000 (digits and at most one '.', "
                + "no sign, exponent, spaces or other characters); got \"\(Output.shown(text))\"")
        }
        return value
    }

    static func printAck(_ ack: OrderAck, json: Bool) throws {
        if json { return try Output.json(ack) }
        Output.table([["ordId", "clOrdId", "result"], [ack.ordId, ack.clOrdId ?? "-", ack.isSuccess ? "ok" : "\(ack.sCode) \(ack.sMsg)"]])
    }

    struct Place: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Place an order. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Instrument id.") var instId: String
        @Argument(help: "buy or sell.") var side: String
        @Argument(help: "Size (base currency for spot, contracts for derivatives).") var size: String
        @Option(help: "Limit price; omit for a market order.") var price: String?
        @Option(help: "cash, cross or isolated.") var tdMode = "cash"
        @Option(help: "Client order id (generated when omitted).") var clOrdId: String?
        @Flag(help: "Confirm a live order.") var yes = false

        func validate() throws {
            guard ["buy", "sell"].contains(side) else { throw ValidationError("SIDE must be buy or sell") }
            _ = try decimal(size, "SIZE")
            _ = try price.map { try decimal($0, "--price") }
        }

        func run() async throws {
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "place an order")
            let order = API.Trade.PlaceOrder.Request(instId: instId, tdMode: API.Trade.TdMode(rawValue: tdMode), clOrdId: clOrdId, side: API.Trade.Side(rawValue: side), ordType: price == nil ? .market : .limit, sz: try decimal(size, "SIZE"), px: try price.map { try decimal($0, "--price") })
            let ack = try await OKXClient.withClient(configuration: configuration) { try await $0.trade.placeOrder(order) }
            try printAck(ack, json: global.json)
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel an order by --ord-id or --cl-ord-id. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Instrument id.") var instId: String
        @Option var ordId: String?
        @Option var clOrdId: String?
        @Flag(help: "Confirm cancelling a live order.") var yes = false

        func run() async throws {
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "cancel an order")
            let ack = try await OKXClient.withClient(configuration: configuration) { try await $0.trade.cancelOrder(instId: instId, ordId: ordId, clOrdId: clOrdId) }
            try printAck(ack, json: global.json)
        }
    }

    struct Amend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an order's size and/or price. On live trading --yes is required.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Instrument id.") var instId: String
        @Option var ordId: String?
        @Option var clOrdId: String?
        @Option(help: "New size.") var size: String?
        @Option(help: "New price.") var price: String?
        @Flag(help: "Confirm amending a live order.") var yes = false

        func validate() throws {
            _ = try size.map { try decimal($0, "--size") }
            _ = try price.map { try decimal($0, "--price") }
        }

        func run() async throws {
            let request = API.Trade.AmendOrder.Request(instId: instId, ordId: ordId, clOrdId: clOrdId, newSz: try size.map { try decimal($0, "--size") }, newPx: try price.map { try decimal($0, "--price") })
            let configuration = try global.tradingConfiguration(confirmed: yes, action: "amend an order")
            let ack = try await OKXClient.withClient(configuration: configuration) { try await $0.trade.amendOrder(request) }
            try printAck(ack, json: global.json)
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Look up one order by --ord-id or --cl-ord-id.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Instrument id.") var instId: String
        @Option var ordId: String?
        @Option var clOrdId: String?

        func run() async throws {
            let order = try await global.withClient { try await $0.first(API.Trade.orderDetails(.init(instId: instId, ordId: ordId, clOrdId: clOrdId))) }
            if global.json { return try Output.json(order) }
            Output.table(rows([order]))
        }
    }
}

/// The columns `okx orders` and `okx order get` print, shared by OKX's two order models.
protocol OrderRow {
    var instId: String { get }
    var ordId: String { get }
    var clOrdId: String? { get }
    var side: API.Trade.Side? { get }
    var ordType: API.Trade.OrdType? { get }
    var px: Decimal? { get }
    var sz: Decimal? { get }
    var accFillSz: Decimal? { get }
    var state: API.Trade.State? { get }
}

extension API.Trade.OrderDetails.Response: OrderRow {}
extension API.Trade.OrderList.Response: OrderRow {}
