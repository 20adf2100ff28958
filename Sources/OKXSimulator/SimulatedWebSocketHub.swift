import Crypto
import Foundation
import Synchronization

/// Misbehaviours of the simulator's WebSocket side, for testing clients.
public enum WebSocketFault: Sendable, Hashable {
    /// Close every WebSocket connection now.
    case dropConnections
    /// Stop answering `ping` (until ``answerPings``), so clients must detect a dead connection.
    case ignorePings
    /// Answer `ping` again.
    case answerPings
    /// Send OKX's 64008 service-upgrade notice on every connection.
    case serviceNotice
    /// The next book update for `instId` carries a wrong non-zero checksum.
    case wrongChecksum(instId: String)
    /// The next book update for `instId` is not sent (the client sees a seqId gap).
    case skipSeqId(instId: String)
    /// The next book update for `instId` restarts the sequence at a lower seqId (as after maintenance).
    case resetSequence(instId: String)
    /// The next `books` subscription gets updates only, without the initial snapshot.
    case omitNextSnapshot
    /// Push `data` (a JSON array, as text) to every subscriber of `channel`, as OKX would: for
    /// data the simulator's state would not produce, such as grid bots' pushes or malformed data.
    case publish(channel: String, data: String)
    /// Stop the market feed: once `inject` returns no tick moves a book or pushes anything, so a
    /// test can compare a client's book with a truth that stays put (``resumeMarket`` restarts it).
    case pauseMarket
    case resumeMarket
    /// Close every connection once the market feed has pushed `count` more messages: a drop at a
    /// known point of the stream, for tests that must not depend on timing.
    case dropConnectionsAfterPushes(Int)
    /// Carry out the next trade operation (an order is stored) and send no reply to it, as when
    /// the answer is lost: the client cannot know the outcome.
    case swallowNextTradeReply
    /// Refuse the next trade operation with 51001 (unknown instrument code) without carrying it
    /// out, whatever code it names: a code error the instruments listing does not explain.
    case instrumentCodeErrorOnNextTrade
}

/// The simulator's WebSocket connections and the market feed that drives them. Every message a
/// connection gets goes through its own queue, in order; book updates are produced and queued
/// under one lock with subscriptions, so a snapshot and the updates after it always chain.
final class SimulatedWebSocketHub: Sendable {
    struct Session {
        let id: Int
        let endpoint: String
        let demo: Bool
        var account: String?
        var subscriptions: [String: [String: String]] = [:]
        let out: AsyncStream<String>.Continuation
    }

    struct Registry {
        var sessions: [Int: Session] = [:]
        var nextID = 0
        var ignorePings = false
        var skip: Set<String> = []
        var wrongChecksum: Set<String> = []
        var reset: Set<String> = []
        var omitSnapshot = false
        var marketPaused = false
        var pushesBeforeDrop: Int?
        var swallowTradeReply = false
        var refuseNextTradeCode = false
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        /// How many of each live order's fills went out on `trades`/`fills`, so every fill is
        /// published once however many order updates follow it.
        var publishedFills: [String: Int] = [:]
        /// When the market feed last pushed the current candles (they change on OKX about twice a second).
        var lastCandlePush: ContinuousClock.Instant?

        var subscriptionCount: Int { sessions.values.reduce(0) { $0 + $1.subscriptions.count } }

        /// Resumes the waiters whose condition now holds; called after every change of
        /// connections or subscriptions, under the lock, so no change can be missed.
        mutating func changed() {
            let (connections, subscriptions) = (sessions.count, subscriptionCount)
            waiters.removeAll { waiter in
                guard waiter.condition(connections, subscriptions) else { return false }
                waiter.continuation.resume()
                return true
            }
        }
    }

    struct Waiter {
        let id: Int
        let condition: @Sendable (_ connections: Int, _ subscriptions: Int) -> Bool
        let continuation: CheckedContinuation<Void, Never>
    }

    let registry = Mutex(Registry())

    static let bookChannels: Set<String> = ["books", "books5", "bbo-tbt", "books-l2-tbt", "books50-l2-tbt", "books-rpi"]
    /// The path prefix of the demo endpoints: `/demo/ws/v5/…` is to the simulator what
    /// `wss://wspap.okx.com:8443/ws/v5/…` is to OKX.
    static let demoPrefix = "/demo"

    /// The endpoint (public, private, business) an upgrade request's path names, and whether it
    /// is demo: by the path (`/demo/ws/v5/…`, as OKX's demo host), or on the live paths by the
    /// `x-simulated-trading: 1` header (kept for clients that pick the environment by header).
    /// A query string (`?brokerId=9999`, which ccxt adds in sandbox mode) is ignored.
    static func route(path: String, simulatedTradingHeader: String?) -> (endpoint: String, demo: Bool)? {
        var rest = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var demo = simulatedTradingHeader == "1"
        if rest.hasPrefix(demoPrefix + "/") {
            rest = rest.dropFirst(demoPrefix.count)
            demo = true
        }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let base = "/ws/v5/"
        guard rest.hasPrefix(base) else { return nil }
        let endpoint = String(rest.dropFirst(base.count))
        guard ["public", "private", "business"].contains(endpoint) else { return nil }
        return (endpoint, demo)
    }

    func open(endpoint: String, demo: Bool) -> (Int, AsyncStream<String>) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let id: Int = registry.withLock { r in
            r.nextID += 1
            r.sessions[r.nextID] = Session(id: r.nextID, endpoint: endpoint, demo: demo, out: continuation)
            r.changed()
            return r.nextID
        }
        return (id, stream)
    }

    func close(_ id: Int) {
        registry.withLock { r in
            r.sessions.removeValue(forKey: id)?.out.finish()
            r.changed()
        }
    }

    var connectionCount: Int { registry.withLock { $0.sessions.count } }

    /// Returns once `condition` holds for the open connections and active subscriptions: an
    /// event to wait on instead of polling the counts.
    /// A cancelled wait returns at once (the caller's deadline won).
    func wait(until condition: @escaping @Sendable (_ connections: Int, _ subscriptions: Int) -> Bool) async {
        let id = registry.withLock { r in
            r.nextWaiterID += 1
            return r.nextWaiterID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                registry.withLock { r in
                    // Checked under the lock: a cancellation that came before the waiter was
                    // registered found nothing to resume, so it is seen here.
                    if Task.isCancelled || condition(r.sessions.count, r.subscriptionCount) {
                        continuation.resume()
                    } else {
                        r.waiters.append(Waiter(id: id, condition: condition, continuation: continuation))
                    }
                }
            }
        } onCancel: {
            registry.withLock { r in
                if let i = r.waiters.firstIndex(where: { $0.id == id }) { r.waiters.remove(at: i).continuation.resume() }
            }
        }
    }

    func inject(_ fault: WebSocketFault) {
        registry.withLock { r in
            switch fault {
            case .dropConnections:
                Self.dropAll(&r)
            case .ignorePings: r.ignorePings = true
            case .answerPings: r.ignorePings = false
            case .serviceNotice:
                for (_, s) in r.sessions {
                    s.out.yield(#"{"event":"notice","code":"64008","msg":"The connection will soon be closed for a service upgrade. Please reconnect.","connId":"sim\#(s.id)"}"#)
                }
            case .wrongChecksum(let instId): r.wrongChecksum.insert(instId)
            case .skipSeqId(let instId): r.skip.insert(instId)
            case .resetSequence(let instId): r.reset.insert(instId)
            case .omitNextSnapshot: r.omitSnapshot = true
            case .swallowNextTradeReply: r.swallowTradeReply = true
            case .instrumentCodeErrorOnNextTrade: r.refuseNextTradeCode = true
            case .pauseMarket: r.marketPaused = true
            case .resumeMarket: r.marketPaused = false
            case .dropConnectionsAfterPushes(let count): r.pushesBeforeDrop = max(0, count)
            case .publish(let channel, let data):
                for (_, s) in r.sessions {
                    for (_, arg) in s.subscriptions where arg["channel"] == channel {
                        s.out.yield(#"{"arg":\#(Self.json(arg)),"data":\#(data)}"#)
                    }
                }
            }
        }
    }

    private static func dropAll(_ r: inout Registry) {
        for (_, s) in r.sessions { s.out.finish() }
        r.sessions.removeAll()
        r.changed()
    }

    // MARK: Inbound

    func handle(_ text: String, session id: Int, state: SimulatorState) {
        if text == "ping" {
            registry.withLock { r in
                guard !r.ignorePings else { return }
                r.sessions[id]?.out.yield("pong")
            }
            return
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any], let op = object["op"] as? String else {
            send(id, ["event": "error", "code": "60012", "msg": "Invalid request: \(text.prefix(100))"])
            return
        }
        let requestID = object["id"] as? String
        let args = object["args"] as? [[String: Any]] ?? []
        switch op {
        case "login": login(args.first ?? [:], session: id, state: state)
        case "subscribe": subscribe(args, id: requestID, session: id, state: state)
        case "unsubscribe":
            registry.withLock { r in
                for arg in args {
                    let stringArg = arg.compactMapValues { $0 as? String }
                    r.sessions[id]?.subscriptions[Self.key(stringArg)] = nil
                    r.changed()
                    r.sessions[id]?.out.yield(Self.json(["event": "unsubscribe", "arg": stringArg, "connId": "sim\(id)"]))
                }
            }
        case "order", "batch-orders", "cancel-order", "amend-order", "batch-cancel-orders", "batch-amend-orders":
            trade(op: op, id: requestID ?? "", args: args, session: id, state: state)
        default:
            send(id, ["id": requestID ?? "", "event": "error", "code": "60012", "msg": "Invalid request: unknown op \(op)"])
        }
    }

    private func login(_ arg: [String: Any], session id: Int, state: SimulatorState) {
        let config = state.configuration
        let apiKey = arg["apiKey"] as? String ?? "", passphrase = arg["passphrase"] as? String ?? ""
        // python-okx sends the timestamp as a JSON number; it signs the same digits.
        let timestamp = arg["timestamp"] as? String ?? (arg["timestamp"] as? NSNumber)?.stringValue ?? "", sign = arg["sign"] as? String ?? ""
        let demo = registry.withLock { $0.sessions[id]?.demo ?? false }
        func fail(_ code: Int) {
            send(id, ["event": "error", "code": String(code), "msg": documentedError(code)?.message ?? "Login failure", "connId": "sim\(id)"])
        }
        guard let seconds = Int64(timestamp) else { return fail(60004) }
        if abs(seconds * 1000 - state.serverMilliseconds()) > Int64(config.timestampWindow.components.seconds) * 1000 { return fail(60006) }
        guard let key = config.keys.first(where: { $0.apiKey == apiKey }) else { return fail(60005) }
        guard key.site == config.site else { return fail(60032) }
        guard (key.environment == .demo) == demo else { return fail(50101) }
        guard key.passphrase == passphrase else { return fail(60024) }
        let mac = HMAC<SHA256>.authenticationCode(for: Array((timestamp + "GET/users/self/verify").utf8), using: SymmetricKey(data: Array(key.secretKey.utf8)))
        guard Data(mac).base64EncodedString() == sign else { return fail(60007) }
        registry.withLock { $0.sessions[id]?.account = key.apiKey }
        send(id, ["event": "login", "code": "0", "msg": "", "connId": "sim\(id)"])
    }

    private func subscribe(_ args: [[String: Any]], id requestID: String?, session id: Int, state: SimulatorState) {
        let rendering = Rendering(state: state)
        registry.withLock { r in
            guard let session = r.sessions[id] else { return }
            for raw in args {
                let arg = raw.compactMapValues { $0 as? String }
                let channel = arg["channel"] ?? ""
                var reply: [String: Any] = ["event": "error", "connId": "sim\(id)"]
                if let requestID { reply["id"] = requestID }
                // Which URL, whether a login is needed and which ids exist: from the docs' table.
                if let refusal = Self.refusal(arg, endpoint: session.endpoint, loggedIn: session.account != nil, state: state) {
                    reply["code"] = refusal.code; reply["msg"] = refusal.msg
                    session.out.yield(Self.json(reply)); continue
                }
                r.sessions[id]?.subscriptions[Self.key(arg)] = arg
                r.changed()
                var ack: [String: Any] = ["event": "subscribe", "arg": arg, "connId": "sim\(id)"]
                if let requestID { ack["id"] = requestID }
                session.out.yield(Self.json(ack))
                if let account = session.account, let snapshot = Self.privateSnapshot(arg, account: account, state: state, rendering: rendering) {
                    session.out.yield(Self.json(snapshot))
                }
                if channel.hasPrefix("candle"), let candle = Self.candlePush(arg, state: state, rendering: rendering) {
                    session.out.yield(Self.json(candle))
                }
                pushOnSubscribe(arg, session: session, state: state, rendering: rendering)
                guard let instId = arg["instId"], let (book, seq) = state.exchange.bookWithSequence(instId) else { continue }
                switch channel {
                case "books", "books-l2-tbt", "books50-l2-tbt", "books-rpi":
                    if r.omitSnapshot || !state.configuration.bookSnapshots {
                        r.omitSnapshot = false
                        continue
                    }
                    let depth = channel == "books50-l2-tbt" ? 50 : 400
                    let data = bookData(book, depth: depth, prev: -1, seq: seq, state: state, consolidated: channel == "books-rpi")
                    session.out.yield(Self.json(["arg": arg, "action": "snapshot", "data": [data]]))
                case "books5", "bbo-tbt":
                    session.out.yield(Self.json(["arg": arg, "data": [bookData(book, depth: channel == "books5" ? 5 : 1, prev: nil, seq: seq, state: state)]]))
                case "tickers":
                    if let (instrument, b) = state.exchange.book(instId) { session.out.yield(Self.json(["arg": arg, "data": [rendering.ticker(instrument, b)]])) }
                default: break
                }
            }
        }
    }

    /// One book push's data item. `consolidated` renders `books-rpi`: the third entry of a level
    /// is its organic (non-RPI) size, which in the simulator is all of it (no RPI makers quote
    /// here), and there is no checksum.
    func bookData(_ book: Book, depth: Int, prev: Int64?, seq: Int64, state: SimulatorState, bids: [Level]? = nil, asks: [Level]? = nil,
                  checksum: Int32? = nil, consolidated: Bool = false) -> [String: Any] {
        let rendering = Rendering(state: state)
        func levels(_ l: [Level]) -> [[String]] { l.map { rendering.level($0, consolidated: consolidated) } }
        var data: [String: Any] = [
            "asks": levels(asks ?? Array(book.asks.prefix(depth))), "bids": levels(bids ?? Array(book.bids.prefix(depth))),
            "ts": String(state.serverMilliseconds()), "seqId": seq,
        ]
        if let prev { data["prevSeqId"] = prev }
        if depth > 5 && !consolidated { data["checksum"] = checksum ?? (state.configuration.bookChecksums ? Self.checksum(book, rendering) : 0) }
        return data
    }

    /// The deprecated CRC32 checksum, written independently of the SDK's.
    static func checksum(_ book: Book, _ rendering: Rendering) -> Int32 {
        var parts: [String] = []
        for i in 0..<25 {
            if i < book.bids.count { parts += [rendering.text(book.bids[i].price), rendering.text(book.bids[i].size)] }
            if i < book.asks.count { parts += [rendering.text(book.asks[i].price), rendering.text(book.asks[i].size)] }
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in parts.joined(separator: ":").utf8 {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return Int32(bitPattern: ~crc)
    }

    // MARK: The market feed

    /// One tick of the market: every watched book moves and its subscribers get the update.
    func tick(state: SimulatorState) {
        let rendering = Rendering(state: state)
        registry.withLock { r in
            guard !r.marketPaused else { return }
            var pushed = 0
            defer {
                if let left = r.pushesBeforeDrop {
                    r.pushesBeforeDrop = left - pushed
                    if left - pushed <= 0 {
                        r.pushesBeforeDrop = nil
                        Self.dropAll(&r)
                    }
                }
            }
            var watched: Set<String> = []
            var tickerWatch: Set<String> = []
            for (_, s) in r.sessions {
                for (_, arg) in s.subscriptions {
                    guard let instId = arg["instId"], let channel = arg["channel"] else { continue }
                    if Self.bookChannels.contains(channel) { watched.insert(instId) }
                    if channel == "tickers" { tickerWatch.insert(instId) }
                }
            }
            for instId in watched.sorted() {
                var prevSeq: Int64, seq: Int64, bids: [Level] = [], asks: [Level] = []
                if r.reset.remove(instId) != nil {
                    (prevSeq, seq) = state.exchange.resetSequence(instId)
                } else {
                    guard let change = state.exchange.evolve(instId) else { continue }
                    (prevSeq, seq, bids, asks) = (change.prevSeqId, change.seqId, change.bids, change.asks)
                    if r.skip.remove(instId) != nil { continue }  // the client never sees this one
                }
                guard let (book, _) = state.exchange.bookWithSequence(instId) else { continue }
                let wrong = r.wrongChecksum.remove(instId) != nil
                for (_, s) in r.sessions {
                    for (_, arg) in s.subscriptions where arg["instId"] == instId {
                        switch arg["channel"] ?? "" {
                        case "books", "books-l2-tbt", "books50-l2-tbt", "books-rpi":
                            let data = bookData(book, depth: 400, prev: prevSeq, seq: seq, state: state, bids: bids, asks: asks,
                                                checksum: wrong ? 123_456_789 : nil, consolidated: arg["channel"] == "books-rpi")
                            s.out.yield(Self.json(["arg": arg, "action": "update", "data": [data]]))
                        case "books5": s.out.yield(Self.json(["arg": arg, "data": [bookData(book, depth: 5, prev: nil, seq: seq, state: state)]]))
                        case "bbo-tbt": s.out.yield(Self.json(["arg": arg, "data": [bookData(book, depth: 1, prev: nil, seq: seq, state: state)]]))
                        default: continue
                        }
                        pushed += 1
                    }
                }
            }
            let now = ContinuousClock.now
            if r.lastCandlePush.map({ $0.duration(to: now) >= .milliseconds(500) }) ?? true {
                var any = false
                for (_, s) in r.sessions {
                    for (_, arg) in s.subscriptions where Self.isCandle(arg["channel"] ?? "") {
                        guard let candle = Self.anyCandlePush(arg, state: state, rendering: rendering) else { continue }
                        s.out.yield(Self.json(candle))
                        pushed += 1
                        any = true
                    }
                }
                if any { r.lastCandlePush = now }
            }
            for instId in tickerWatch.sorted() {
                guard let (instrument, book) = state.exchange.book(instId) else { continue }
                let ticker = rendering.ticker(instrument, book)
                for (_, s) in r.sessions {
                    for (_, arg) in s.subscriptions where arg["channel"] == "tickers" && arg["instId"] == instId {
                        s.out.yield(Self.json(["arg": arg, "data": [ticker]]))
                        pushed += 1
                    }
                }
            }
        }
    }

    /// Pushes an order change to the account's `orders` subscribers; then, for the order's fills
    /// not published yet, `trades` and `candle*` to everyone watching the instrument and `fills`,
    /// `positions` (contracts) and `balance_and_position` to the account's subscribers; and
    /// `account` on every change (placing and cancelling freeze and release balance too). All
    /// rendered from the state REST reads, under the hub's lock, so pushes keep their order.
    func notify(_ order: SimulatedOrder, state: SimulatorState) {
        let rendering = Rendering(state: state)
        var rendered = rendering.order(order)
        rendered["cancelSourceReason"] = nil  // REST's order has it; the channel's docs do not
        registry.withLock { r in
            for (_, s) in r.sessions where s.account == order.account {
                for (_, arg) in s.subscriptions where arg["channel"] == "orders" && Self.matches(arg, instId: order.instId, state: state) {
                    s.out.yield(Self.json(["arg": arg, "data": [rendered]]))
                }
            }
            // An order that never traded has no fills to look for (most updates: placing, cancelling).
            let fills = order.lastTradeId.isEmpty ? [] : state.exchange.account(order.account).fills.filter { $0.ordId == order.ordId }
            let published = r.publishedFills[order.ordId] ?? 0
            let fresh = Array(fills.dropFirst(published))
            if order.isLive { r.publishedFills[order.ordId] = max(published, fills.count) } else { r.publishedFills[order.ordId] = nil }
            publishFills(fresh, order: order, registry: r, state: state, rendering: rendering)
            publishTradeChannels(fresh, instId: order.instId, registry: r, state: state, rendering: rendering)
            for (_, s) in r.sessions where s.account == order.account {
                for (_, arg) in s.subscriptions where arg["channel"] == "account" {
                    guard var push = Self.privateSnapshot(arg, account: order.account, state: state, rendering: rendering) else { continue }
                    push["eventType"] = "event_update"
                    s.out.yield(Self.json(push))
                }
            }
        }
    }

    /// Whether a subscription's instType / instFamily / instId filter lets `instId` through.
    static func matches(_ arg: [String: String], instId: String, state: SimulatorState) -> Bool {
        if let wanted = arg["instId"], wanted != instId { return false }
        guard arg["instType"] != nil || arg["instFamily"] != nil else { return true }
        guard let instrument = state.exchange.instruments(type: nil, instId: instId).first else { return false }
        if let type = arg["instType"], type != "ANY", type != instrument.instType { return false }
        if let family = arg["instFamily"], family != instrument.uly { return false }
        return true
    }

    private func publishFills(_ fills: [SimulatedFill], order: SimulatedOrder, registry r: Registry, state: SimulatorState, rendering: Rendering) {
        guard let last = fills.last, let instrument = state.exchange.instruments(type: nil, instId: order.instId).first else { return }
        let trades = fills.map { f -> [String: Any] in
            // The public trade's side is the taker's: the order's own, or the other one when it was the maker.
            let side = f.execType == "M" ? (f.side == "buy" ? "sell" : "buy") : f.side
            return ["instId": f.instId, "tradeId": f.tradeId, "px": rendering.text(f.fillPx), "sz": rendering.text(f.fillSz), "side": side,
                    "source": "0", "count": "1", "seqId": Int(f.tradeId) ?? 0, "ts": String(f.ts)]
        }
        let ownFills = fills.map { f -> [String: Any] in
            ["instId": f.instId, "fillPx": rendering.text(f.fillPx), "fillSz": rendering.text(f.fillSz), "side": f.side, "ts": String(f.ts),
             "ordId": f.ordId, "clOrdId": f.clOrdId, "tradeId": f.tradeId, "execType": f.execType, "count": "1"]
        }
        let account = state.exchange.account(order.account)
        let instruments = Self.instrumentMap(state)
        // The position after the fills; a closed one is pushed with pos "0", as OKX does.
        var positionData: [String: Any]?
        if instrument.isContract {
            var holder = account
            if holder.positions[order.instId] == nil {
                holder.positions = [order.instId: SimulatedPosition(
                    instId: order.instId, posId: String(700_000_000_000 + instrument.instIdCode), pos: 0, avgPx: 0, lever: order.lever,
                    mgnMode: order.tdMode == "isolated" ? "isolated" : "cross", cTime: last.ts, uTime: last.ts)]
            }
            positionData = rendering.positions(holder, instruments: instruments, instType: nil, instIds: [order.instId]).first
            positionData?["tradeId"] = last.tradeId
        }
        let ccys = instrument.isSpot ? [instrument.baseCcy, instrument.quoteCcy] : [instrument.marginCcy]
        let now = String(state.serverMilliseconds())
        for (_, s) in r.sessions {
            for (_, arg) in s.subscriptions {
                let channel = arg["channel"] ?? ""
                if channel == "trades" && arg["instId"] == order.instId {
                    s.out.yield(Self.json(["arg": arg, "data": trades]))
                } else if channel.hasPrefix("candle") && arg["instId"] == order.instId {
                    if let candle = Self.candlePush(arg, state: state, rendering: rendering) { s.out.yield(Self.json(candle)) }
                }
                guard s.account == order.account else { continue }
                switch channel {
                case "fills" where Self.matches(arg, instId: order.instId, state: state):
                    s.out.yield(Self.json(["arg": arg, "data": ownFills]))
                case "positions" where Self.matches(arg, instId: order.instId, state: state):
                    guard let positionData else { continue }
                    s.out.yield(Self.json(["arg": arg, "eventType": "event_update", "curPage": 1, "lastPage": true, "data": [positionData]]))
                case "balance_and_position":
                    let balData = ccys.map { ["ccy": $0, "cashBal": rendering.text(account.balances[$0] ?? 0), "uTime": now] }
                    let posData = positionData.map { [Self.posData($0)] } ?? []
                    s.out.yield(Self.json(["arg": arg, "data": [["pTime": now, "eventType": "filled", "balData": balData, "posData": posData,
                                                                  "trades": fills.map { ["instId": $0.instId, "tradeId": $0.tradeId] }]]]))
                default: continue
                }
            }
        }
    }

    static func instrumentMap(_ state: SimulatorState) -> [String: SimulatedInstrument] {
        Dictionary(state.exchange.instruments(type: nil, instId: nil).map { ($0.instId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `balance_and_position`'s short position record, from a `positions` one.
    static func posData(_ p: [String: Any]) -> [String: Any] {
        var d: [String: Any] = ["baseBal": "", "quoteBal": "", "nonSettleAvgPx": "", "settledPnl": ""]
        for key in ["posId", "tradeId", "instId", "instType", "mgnMode", "avgPx", "ccy", "posSide", "pos", "posCcy", "uTime"] { d[key] = p[key] ?? "" }
        return d
    }

    /// The current candle of a `candle<bar>` subscription, as REST's candles render it.
    static func candlePush(_ arg: [String: String], state: SimulatorState, rendering: Rendering) -> [String: Any]? {
        let bar = String((arg["channel"] ?? "").dropFirst("candle".count))
        guard let instId = arg["instId"], let instrument = state.exchange.instruments(type: nil, instId: instId).first,
              let rows = rendering.candles(instrument, bar: bar, after: nil, before: nil, limit: 1), !rows.isEmpty else { return nil }
        return ["arg": arg, "data": rows]
    }

    /// What `account`, `positions` and `balance_and_position` push when subscribed (and `account`
    /// on every change): the account as REST's balance and positions show it. Nil for other channels.
    static func privateSnapshot(_ arg: [String: String], account: String, state: SimulatorState, rendering: Rendering) -> [String: Any]? {
        let acct = state.exchange.account(account)
        let instruments = instrumentMap(state)
        switch arg["channel"] ?? "" {
        case "account":
            let data = rendering.balance(acct, instruments: instruments, ccys: arg["ccy"].map { Set([$0]) })
            return ["arg": arg, "eventType": "snapshot", "curPage": 1, "lastPage": true, "data": [data]]
        case "positions":
            let type = arg["instType"].flatMap { $0 == "ANY" ? nil : $0 }
            let data = rendering.positions(acct, instruments: instruments, instType: type, instIds: arg["instId"].map { Set([$0]) })
                .filter { arg["instFamily"] == nil || instruments[$0["instId"] as? String ?? ""]?.uly == arg["instFamily"] }
            return ["arg": arg, "eventType": "snapshot", "curPage": 1, "lastPage": true, "data": data]
        case "balance_and_position":
            let now = String(state.serverMilliseconds())
            let balData = acct.balances.keys.sorted().map { ["ccy": $0, "cashBal": rendering.text(acct.balances[$0] ?? 0), "uTime": now] }
            let posData = rendering.positions(acct, instruments: instruments, instType: nil, instIds: nil).map(posData)
            return ["arg": arg, "data": [["pTime": now, "eventType": "snapshot", "balData": balData, "posData": posData, "trades": [] as [Any]]]]
        default:
            return nil
        }
    }

    // MARK: Trading

    private func trade(op: String, id requestID: String, args: [[String: Any]], session id: Int, state: SimulatorState) {
        let (endpoint, account) = registry.withLock { ($0.sessions[id]?.endpoint, $0.sessions[id]?.account) }
        func reply(_ code: String, _ msg: String, _ data: [[String: Any]]) {
            let now = String(state.serverMilliseconds() * 1000)
            send(id, ["id": requestID, "op": op, "code": code, "msg": msg, "data": data, "inTime": now, "outTime": now])
        }
        guard endpoint == "private" else { return reply("60018", "Wrong URL: trade operations need /ws/v5/private", []) }
        guard let account else { return reply("60011", "Please log in", []) }
        let now = state.serverMilliseconds()
        var items: [[String: Any]] = []
        for arg in args {
            let code = (arg["instIdCode"] as? NSNumber)?.intValue ?? -1
            let clOrdId = arg["clOrdId"] as? String ?? ""
            func failure(_ e: Int, _ params: [String] = []) -> [String: Any] {
                var msg = documentedError(e)?.message ?? "error"
                for (i, p) in params.enumerated() { msg = msg.replacingOccurrences(of: "{param\(i)}", with: p) }
                return ["ordId": "", "clOrdId": clOrdId, "tag": "", "ts": String(now), "sCode": String(e), "sMsg": msg, "subCode": ""]
            }
            // OKX names the instrument by instIdCode only since 2026-03-26; an unknown code, or an
            // instId alone, is 51001 unless the older behaviour is asked for.
            let refused = registry.withLock { r in defer { r.refuseNextTradeCode = false }; return r.refuseNextTradeCode }
            // Codes are per environment: a demo connection names instruments by demo codes.
            let demo = registry.withLock { $0.sessions[id]?.demo ?? false }
            let byCode = refused ? nil : state.exchange.instrument(code: demo ? code - Rendering.demoInstrumentCodeOffset : code)
            let byId = state.configuration.webSocketOrdersAcceptInstId ? (arg["instId"] as? String).flatMap { state.exchange.instruments(type: nil, instId: $0).first } : nil
            guard let instrument = byCode ?? byId else { items.append(failure(51001)); continue }
            if state.configuration.enforceRateLimits,
               !state.rateLimits.admit(method: "POST", path: op == "order" || op == "batch-orders" ? "/api/v5/trade/order"
                                           : op.hasPrefix("batch-cancel") || op == "cancel-order" ? "/api/v5/trade/cancel-order" : "/api/v5/trade/amend-order",
                                       account: account, instruments: [instrument.instId], now: SimulatorState.realMilliseconds()) {
                items.append(failure(50011)); continue
            }
            func decimal(_ key: String) -> Decimal? { (arg[key] as? String).flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }
            do throws(ExchangeError) {
                let order: SimulatedOrder
                switch op {
                case "cancel-order", "batch-cancel-orders":
                    order = try state.exchange.cancel(account: account, instId: instrument.instId, ordId: arg["ordId"] as? String, clOrdId: arg["clOrdId"] as? String, now: now)
                case "amend-order", "batch-amend-orders":
                    order = try state.exchange.amend(account: account, instId: instrument.instId, ordId: arg["ordId"] as? String, clOrdId: arg["clOrdId"] as? String,
                                                     newSize: decimal("newSz"), newPrice: decimal("newPx"), now: now)
                default:
                    guard let size = decimal("sz") else { throw ExchangeError(code: 51000, params: ["sz"]) }
                    order = try state.exchange.place(.init(instId: instrument.instId, side: arg["side"] as? String ?? "", ordType: arg["ordType"] as? String ?? "",
                                                           tdMode: arg["tdMode"] as? String ?? "cash", size: size, price: decimal("px"), clOrdId: clOrdId), account: account, now: now)
                }
                notify(order, state: state)
                items.append(["ordId": order.ordId, "clOrdId": order.clOrdId, "tag": "", "ts": String(now), "sCode": "0", "sMsg": "", "subCode": ""])
            } catch {
                items.append(failure(error.code, error.params))
            }
        }
        let failed = items.filter { ($0["sCode"] as? String) != "0" }.count
        let swallowed = registry.withLock { r in defer { r.swallowTradeReply = false }; return r.swallowTradeReply }
        if swallowed { return }
        reply(failed == 0 ? "0" : failed == items.count ? "1" : "2", failed == 0 ? "" : failed == items.count ? "All operations failed" : "Bulk operation partially succeeded.", items)
    }

    // MARK: Helpers

    private func send(_ id: Int, _ object: [String: Any]) {
        let text = Self.json(object)
        registry.withLock { _ = $0.sessions[id]?.out.yield(text) }
    }

    static func key(_ arg: [String: String]) -> String {
        arg.filter { ["channel", "instId", "instType", "instFamily", "ccy", "algoId", "sprdId"].contains($0.key) }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }

    /// Sorted keys: the same event renders to the same bytes on every connection, as on OKX.
    static func json(_ object: [String: Any]) -> String {
        (try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes, .sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
