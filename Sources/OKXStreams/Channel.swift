public import OKX

/// Which of OKX's three WebSocket endpoints a channel lives on.
public enum StreamEndpoint: String, Sendable, Hashable, CaseIterable {
    case `public`, `private`, business

    var path: String { "/ws/v5/\(rawValue)" }
}

/// A channel subscription: OKX's `{"channel": …, "instId": …}` argument, typed.
///
/// Use the static members (``tickers(_:)``, ``books(_:)``, ``orders(_:instId:)`` …); ``custom(_:endpoint:login:args:)``
/// reaches any channel not typed yet.
public struct Channel: Sendable, Hashable, CustomStringConvertible {
    /// OKX's channel name.
    public let name: String
    /// The other arguments (`instId`, `instType`, `ccy`, …), in OKX's names.
    public let args: [String: String]
    /// Which WebSocket endpoint (public, private, business) the channel is served on.
    public let endpoint: StreamEndpoint
    /// Whether the connection must be logged in.
    public let needsLogin: Bool

    /// A channel with its name and arguments in OKX's terms; prefer the static members, which fill these in correctly.
    public init(_ name: String, endpoint: StreamEndpoint, login: Bool, args: [String: String] = [:]) {
        self.name = name
        self.args = args
        self.endpoint = endpoint
        self.needsLogin = login
    }

    /// Any channel by name; a documented one's pushes arrive typed (``StreamEvent/documented(_:)``),
    /// others as ``StreamEvent/raw(_:)``.
    public static func custom(_ name: String, endpoint: StreamEndpoint, login: Bool, args: [String: String] = [:]) -> Channel {
        Channel(name, endpoint: endpoint, login: login, args: args)
    }

    /// Any documented channel from its generated arguments, e.g.
    /// `.documented(Channels.IndexTickers.self, .init(instId: "BTC-USDT"))`: the name, endpoint and
    /// login come from OKX's docs; pushes arrive as ``StreamEvent/documented(_:)`` unless a
    /// hand-written case covers the channel.
    public static func documented<C: DocumentedChannel>(_ channel: C.Type, _ arguments: C.Arguments) -> Channel {
        let endpoint: StreamEndpoint
        switch C.urlKind {
        case .public: endpoint = .public
        case .private: endpoint = .private
        case .business: endpoint = .business
        }
        return Channel(arguments.channelName, endpoint: endpoint, login: C.needsLogin(arguments.channelName), args: arguments.argument.filter { $0.key != "channel" })
    }

    /// The `instId` argument; nil for channels not tied to one instrument.
    public var instId: String? { args["instId"] }

    /// The subscription argument as OKX wants it.
    var argument: [String: String] { args.merging(["channel": name]) { a, _ in a } }

    /// The channel name followed by its arguments sorted by name, e.g. `tickers instId=BTC-USDT`.
    public var description: String { ([name] + args.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }

    // Market data (public).
    /// Ticker pushes for one instrument: last price, best bid/ask and 24-hour statistics.
    public static func tickers(_ instId: String) -> Channel { .init("tickers", endpoint: .public, login: false, args: ["instId": instId]) }
    /// Public trades of one instrument as they happen.
    public static func trades(_ instId: String) -> Channel { .init("trades", endpoint: .public, login: false, args: ["instId": instId]) }
    /// Mark price of one instrument, pushed when it changes.
    public static func markPrice(_ instId: String) -> Channel { .init("mark-price", endpoint: .public, login: false, args: ["instId": instId]) }
    /// Funding rate of one perpetual swap (e.g. `BTC-USDT-SWAP`).
    public static func fundingRate(_ instId: String) -> Channel { .init("funding-rate", endpoint: .public, login: false, args: ["instId": instId]) }
    /// 400 levels, snapshot then incremental updates every 100 ms.
    public static func books(_ instId: String) -> Channel { .init("books", endpoint: .public, login: false, args: ["instId": instId]) }
    /// 5 levels, a full snapshot on every push.
    public static func books5(_ instId: String) -> Channel { .init("books5", endpoint: .public, login: false, args: ["instId": instId]) }
    /// Best bid and offer, tick by tick.
    public static func bboTbt(_ instId: String) -> Channel { .init("bbo-tbt", endpoint: .public, login: false, args: ["instId": instId]) }
    /// 400 levels tick by tick; needs login and a fee tier (64003 otherwise).
    public static func booksL2Tbt(_ instId: String) -> Channel { .init("books-l2-tbt", endpoint: .public, login: true, args: ["instId": instId]) }
    /// 50 levels tick by tick; needs login and a fee tier (64003 otherwise).
    public static func books50L2Tbt(_ instId: String) -> Channel { .init("books50-l2-tbt", endpoint: .public, login: true, args: ["instId": instId]) }
    /// The consolidated RPI book, 400 levels: organic and RPI liquidity together, each level's
    /// organic part in ``BookLevel/organicSize``; snapshot then updates every 100 ms, no checksum.
    public static func booksRPI(_ instId: String) -> Channel { .init("books-rpi", endpoint: .public, login: false, args: ["instId": instId]) }
    /// Candles (`bar` as in REST: 1m, 5m, 1H …); on the business endpoint.
    public static func candles(_ instId: String, bar: CandleBar) -> Channel { .init("candle\(bar.rawValue)", endpoint: .business, login: false, args: ["instId": instId]) }

    // Account (private, login).
    /// Your orders; `ANY` covers every product line, `instId` narrows to one instrument.
    public static func orders(_ instType: InstrumentType = InstrumentType(rawValue: "ANY"), instId: String? = nil) -> Channel {
        .init("orders", endpoint: .private, login: true, args: ["instType": instType.rawValue].merging(instId.map { ["instId": $0] } ?? [:]) { a, _ in a })
    }
    /// Your positions; `ANY` covers every product line.
    public static func positions(_ instType: InstrumentType = InstrumentType(rawValue: "ANY")) -> Channel { .init("positions", endpoint: .private, login: true, args: ["instType": instType.rawValue]) }
    /// Account balances; `ccy` narrows to one currency, nil covers all.
    public static func account(ccy: String? = nil) -> Channel { .init("account", endpoint: .private, login: true, args: ccy.map { ["ccy": $0] } ?? [:]) }
    /// Balance and position changes together, with the event that caused them.
    public static var balanceAndPosition: Channel { .init("balance_and_position", endpoint: .private, login: true) }
    /// Algo orders; on the business endpoint.
    public static func algoOrders(_ instType: InstrumentType = InstrumentType(rawValue: "ANY")) -> Channel { .init("orders-algo", endpoint: .business, login: true, args: ["instType": instType.rawValue]) }
    /// Spot grid bot orders; on the business endpoint.
    public static func gridOrdersSpot(_ instType: InstrumentType = .spot) -> Channel { .init("grid-orders-spot", endpoint: .business, login: true, args: ["instType": instType.rawValue]) }
    /// Contract grid bot orders; on the business endpoint.
    public static func gridOrdersContract(_ instType: InstrumentType = InstrumentType(rawValue: "ANY")) -> Channel { .init("grid-orders-contract", endpoint: .business, login: true, args: ["instType": instType.rawValue]) }

    /// Advanced algo orders (iceberg, TWAP, trailing stop); on the business endpoint.
    public static func algoAdvance(_ instType: InstrumentType = InstrumentType(rawValue: "ANY")) -> Channel { .init("algo-advance", endpoint: .business, login: true, args: ["instType": instType.rawValue]) }
    /// A grid bot's positions (events arrive as ``StreamEvent/documented(_:)``, a `Channels.GridPositions.Push`).
    public static func gridPositions(algoId: String) -> Channel { .init("grid-positions", endpoint: .business, login: true, args: ["algoId": algoId]) }
    /// A grid bot's child orders (events arrive as ``StreamEvent/documented(_:)``, a `Channels.GridSubOrders.Push`).
    public static func gridSubOrders(algoId: String) -> Channel { .init("grid-sub-orders", endpoint: .business, login: true, args: ["algoId": algoId]) }

    /// Whether this channel carries an order book that ``OrderBookState`` maintains.
    public var isBook: Bool { ["books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi"].contains(name) }
    /// The consolidated RPI book, whose levels keep their organic size.
    var isConsolidatedBook: Bool { name == "books-rpi" }
    /// Whether each push is a complete book (no `action`, no chaining).
    var isSnapshotOnlyBook: Bool { name == "books5" || name == "bbo-tbt" }
    /// Private data is never dropped under backpressure.
    var isPrivateData: Bool { needsLogin && !isBook }
}
