import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import OKX
import WSClient

/// One WebSocket endpoint (public, private or business): connects, logs in, subscribes,
/// keeps the connection alive, reconnects with backoff and jitter, and routes every message.
///
/// All state lives in this actor. A session is one WebSocket connection; when it ends for any
/// reason the run loop opens the next one, logs in again and resubscribes everything, and every
/// consumer is told with a ``StreamEvent/reconnected(attempt:)`` event. On OKX's 64008 notice a
/// standby session is opened next to the active one and takes over once it is subscribed to
/// everything (``Switchover``): nothing is lost and nothing is delivered twice.
actor StreamConnection {
    struct Session {
        let id: Int
        let outbound: WebSocketOutboundWriter
        var lastReceived: ContinuousClock.Instant
        var pingSentAt: ContinuousClock.Instant?
        var loggedIn = false
        var pendingAcks: Set<String> = []
        /// OKX's per-connection budget for login, subscribe and unsubscribe messages.
        let control: WindowLimiter
    }

    let endpoint: StreamEndpoint
    let url: String
    /// `url` as checked before any connection (plain ws only to loopback), or why it was refused.
    private let checkedURL: Result<String, OKXError>
    let settings: OKXStreams.Configuration
    let context: StreamContext
    private let logger: Logger

    private var subscriptions: [String: [Int: Subscription]] = [:]
    private var active: Session?
    private var standby: Session?
    private var switchover: Switchover?
    /// The standby's run, while it is being opened; after it takes over, the run loop waits for
    /// it instead of reconnecting when the old connection ends.
    private var standbyRun: Task<Void, Never>?
    private var takenOver: Task<Void, Never>?
    private var nextSessionID = 0
    private var nextRequestID = 0
    private var sessionsStarted = 0
    private var replies: [String: CheckedContinuation<TradeReply, any Error>] = [:]
    private var loginWaiters: [CheckedContinuation<Void, any Error>] = []
    private var runTask: Task<Void, Never>?
    private var closed = false
    /// Sessions whose WebSocket opened (until they end): a session that ends without having
    /// opened is a failed connection attempt.
    private var openedSessions: Set<Int> = []

    /// A 64008 switch-over in progress. Until the new connection is subscribed to everything the
    /// old one keeps delivering, and the new one's messages are held back; at the switch the held
    /// messages are replayed and the old connection's last messages still count. Both carry the
    /// same events for a while, so each event must be delivered once: non-book messages by their
    /// exact text (OKX sends the same bytes on every connection), book messages by `seqId`
    /// (an update already in the book is skipped; the new connection's snapshot is not needed
    /// while the book is healthy).
    struct Switchover {
        let oldID: Int
        var held: [(text: String, arg: [String: String], head: Incoming, tape: JSONTape)] = []
        var seen: Set<String> = []
        /// A bound on `seen`: a switch lasts seconds; a feed this busy is not deduplicated further.
        static let maximumSeen = 200_000
    }

    init(endpoint: StreamEndpoint, url: String, settings: OKXStreams.Configuration, context: StreamContext) {
        self.endpoint = endpoint
        self.url = url
        self.checkedURL = Result { () throws(OKXError) in try CurlTransport.checkWebSocket(url: url) }
        self.settings = settings
        self.context = context
        self.logger = settings.client.logger
    }

    private var needsLogin: Bool {
        endpoint == .private || subscriptions.values.contains { $0.values.contains { $0.channel.needsLogin } }
    }

    // MARK: Consumers

    func add(id: Int, channel: Channel, depth: Int, buffer: EventBuffer) {
        guard !closed else {
            buffer.finish()
            return
        }
        let subscription = Subscription(id: id, channel: channel, depth: depth, buffer: buffer)
        let key = WebSocketJSON.key(subscription.channel.argument)
        let isNew = subscriptions[key]?.isEmpty ?? true
        subscriptions[key, default: [:]][subscription.id] = subscription
        ensureRunning()
        if isNew, let session = active, session.loggedIn || !needsLogin {
            send(Outgoing(id: "s\(subscription.id)", op: "subscribe", args: [subscription.channel.argument]), on: session)
        }
    }

    func remove(id: Int, channel: Channel) {
        let key = WebSocketJSON.key(channel.argument)
        subscriptions[key]?[id] = nil
        if subscriptions[key]?.isEmpty == true {
            subscriptions[key] = nil
            if let session = active { send(Outgoing(id: nil, op: "unsubscribe", args: [channel.argument]), on: session) }
        }
    }

    func shutdown() async {
        closed = true
        for (_, subs) in subscriptions { for (_, sub) in subs { sub.finish() } }
        subscriptions.removeAll()
        for (_, reply) in replies { reply.resume(throwing: StreamError.closed) }
        replies.removeAll()
        for waiter in loginWaiters { waiter.resume(throwing: StreamError.closed) }
        loginWaiters.removeAll()
        active?.control.close()
        standby?.control.close()
        if let active { try? await active.outbound.close(.normalClosure, reason: "shutdown") }
        if let standby { try? await standby.outbound.close(.normalClosure, reason: "shutdown") }
        standbyRun?.cancel()
        takenOver?.cancel()
        runTask?.cancel()
    }

    private func ensureRunning() {
        guard runTask == nil, !closed else { return }
        runTask = Task { await self.runLoop() }
    }

    // MARK: Trading over the connection

    struct TradeReply: Sendable {
        var code: String
        var msg: String
        var data: [OrderAck]
    }

    /// Sends a trade operation and waits for the reply with the same id.
    func request(op: String, args: [[String: JSONValue]], timeout: Duration) async throws -> TradeReply {
        ensureRunning()
        do { try await waitForLogin(timeout: timeout) } catch { throw NotSentRequest(cause: error) }
        guard let session = active else { throw NotSentRequest(cause: StreamError.notConnected) }
        nextRequestID += 1
        let id = "r\(nextRequestID)"
        let text = WebSocketJSON.encode(TradeRequest(id: id, op: op, args: args))
        do {
            return try await sendAndAwaitReply(id: id, text: text, session: session, timeout: timeout)
        } catch let notSent as NotSentRequest {
            throw notSent
        } catch {
            // From here on the request may be on the wire: say so, whatever went wrong.
            throw UnansweredRequest(cause: error)
        }
    }

    private func sendAndAwaitReply(id: String, text: String, session: Session, timeout: Duration) async throws -> TradeReply {
        try await withCheckedThrowingContinuation { continuation in
            replies[id] = continuation
            let outbound = session.outbound
            Task {
                // A failed write never delivered a whole frame, and OKX acts only on whole frames.
                do { try await outbound.write(.text(text)) } catch { self.failReply(id, NotSentRequest(cause: error)) }
            }
            Task {
                try? await Task.sleep(for: timeout)
                self.failReply(id, StreamError.timeout)
            }
        }
    }

    private func failReply(_ id: String, _ error: any Error) {
        replies.removeValue(forKey: id)?.resume(throwing: error)
    }

    private func waitForLogin(timeout: Duration) async throws {
        if let active, active.loggedIn { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            loginWaiters.append(continuation)
            Task {
                try? await Task.sleep(for: timeout)
                self.timeOutLoginWaiters()
            }
        }
    }

    private func timeOutLoginWaiters() {
        guard !(active?.loggedIn ?? false) else { return }
        let waiters = loginWaiters
        loginWaiters.removeAll()
        for waiter in waiters { waiter.resume(throwing: StreamError.timeout) }
    }

    // MARK: Sessions

    private func runLoop() async {
        let url: String
        switch checkedURL {
        case .success(let checked): url = checked
        case .failure(let refused):
            giveUp(refused)
            return
        }
        var failures = 0
        var attempts = ConnectAttempts(limit: settings.maxConsecutiveConnectFailures)
        while !closed && !Task.isCancelled {
            let started = ContinuousClock.now
            let failure = await runSession(url: url, standby: false)
            // After a 64008 switch the connection that took over is the one to outlive.
            while let next = takenOver, !closed {
                takenOver = nil
                await next.value
            }
            if closed || Task.isCancelled { break }
            // A session that lived a while resets the backoff.
            failures = ContinuousClock.now - started > .seconds(10) ? 1 : failures + 1
            let ceiling = min(settings.reconnectMaxDelay, settings.reconnectBaseDelay * (1 << min(failures - 1, 10)))
            let ms = ceiling.components.seconds * 1000 + ceiling.components.attoseconds / 1_000_000_000_000_000
            let delay = Duration.milliseconds(Int64.random(in: (ms / 2)...max(ms / 2, ms)))
            if let failure {
                let (reason, message) = Self.classify(failure)
                let verdict = attempts.failed(reason)
                let event = ConnectionFailure(endpoint: endpoint, url: url, reason: reason, message: message, attempt: attempts.consecutiveFailures,
                                              retryIn: verdict == .retry ? delay : nil)
                logger.warning("okx websocket connection failed", metadata: ["endpoint": "\(endpoint)", "reason": "\(reason)", "attempt": "\(event.attempt)"])
                for (_, subs) in subscriptions { for (_, sub) in subs { sub.deliver(.connectionFailed(event)) } }
                if verdict != .retry {
                    giveUp(Self.unreachable(event, permanent: verdict == .permanent))
                    return
                }
            } else {
                attempts.opened()
            }
            logger.info("okx websocket reconnecting", metadata: ["endpoint": "\(endpoint)", "delay_ms": "\(delay.components.seconds * 1000 + delay.components.attoseconds / 1_000_000_000_000_000)"])
            try? await Task.sleep(for: delay)
        }
    }

    /// Ends every stream, order request and login wait of this connection with `error`. The
    /// connection can start again: the next subscription or request opens it anew.
    private func giveUp(_ error: OKXError) {
        for (_, subs) in subscriptions { for (_, sub) in subs { sub.finish(throwing: error) } }
        subscriptions.removeAll()
        let waiters = loginWaiters
        loginWaiters.removeAll()
        for waiter in waiters { waiter.resume(throwing: error) }
        let pending = replies
        replies.removeAll()
        for (_, reply) in pending { reply.resume(throwing: error) }
        runTask = nil
    }

    /// The error a connection that gave up ends its streams with.
    static func unreachable(_ failure: ConnectionFailure, permanent: Bool) -> OKXError {
        let fix: String
        let kind: TransportError.Kind
        switch failure.reason {
        case .tls:
            kind = .tls
            fix = "The TLS handshake or the server's certificate was refused. Check the WebSocket URL (a wss:// host name, not an IP address), "
                + "the system's CA certificates, and that no proxy intercepts TLS; verification cannot be turned off."
        case .upgradeRefused:
            kind = .other
            fix = "The server is not a WebSocket endpoint at this URL. Check the WebSocket base URL (OKX: wss://ws.okx.com:8443, demo "
                + "wss://wspap.okx.com:8443, or your site's hosts; a simulator: ws://127.0.0.1:PORT); the /ws/v5/… path is appended."
        case .dns:
            kind = .dns
            fix = "The host name did not resolve. Check the WebSocket URL, your DNS and any proxy."
        case .refused:
            kind = .connect
            fix = "Nothing accepted the connection. Check the WebSocket URL and port, your network, and whether a firewall blocks it."
        case .timeout:
            kind = .timeout
            fix = "The connection could not be made in time. Check your network and the WebSocket URL."
        case .connectionLost, .other:
            kind = .connectionLost
            fix = "The connection broke before the WebSocket opened. Check the WebSocket URL and any proxy in between."
        }
        let attempts = failure.attempt == 1 ? "" : " (\(failure.attempt) attempts in a row)"
        return OKXError.webSocketUnreachable("could not open the WebSocket \(failure.url)\(attempts): \(failure.reason): \(failure.message)",
                                             kind: kind, fix: fix, isRetryable: !permanent)
    }

    /// What kind of failure `error` is, and a one-line description without the library's
    /// internals. Nothing here can hold a secret: no login is sent before the WebSocket is open.
    static func classify(_ error: any Error) -> (ConnectionFailure.Reason, String) {
        func line(_ text: String) -> String {
            let flat = String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : Character($0) })
            return flat.count > 200 ? flat.prefix(200) + "…" : flat
        }
        switch error {
        case let error as NIOConnectionError:
            if let dns = error.dnsAError ?? error.dnsAAAAError { return (.dns, line("\(error.host) did not resolve: \(dns)")) }
            // TLS set-up fails inside the connection attempt (a wss URL naming an IP address).
            if let tls = error.connectionErrors.first(where: { classify($0.error).0 == .tls }) { return classify(tls.error) }
            if error.connectionErrors.contains(where: { if case ChannelError.connectTimeout = $0.error { return true } else { return false } }) {
                return (.timeout, "\(error.host):\(error.port) did not answer in time")
            }
            return (.refused, "\(error.host):\(error.port) refused the connection")
        case ChannelError.connectTimeout:
            return (.timeout, "the connection was not made in time")
        case let error as NIOSSLError:
            return (.tls, line("TLS handshake failed: \(error)"))
        case let error as NIOSSLExtraError:
            return (.tls, line("TLS setup failed: \(error)"))
        case let error as BoringSSLError:
            return (.tls, line("TLS failed: \(error)"))
        case let error as WebSocketClientError where error == .webSocketUpgradeFailed:
            return (.upgradeRefused, "the server did not accept the WebSocket upgrade (no 101 response)")
        case let error as IOError:
            return (.connectionLost, line("\(error)"))
        case ChannelError.eof, ChannelError.ioOnClosedChannel, ChannelError.alreadyClosed:
            return (.connectionLost, "the connection closed before the WebSocket opened")
        default:
            return (.other, line("\(error)"))
        }
    }

    /// Runs one connection to its end. `standby` sessions are opened by a 64008 notice. Returns
    /// the error if the WebSocket never opened (a failed attempt), nil once it had.
    @discardableResult
    private func runSession(url: String, standby isStandby: Bool) async -> (any Error)? {
        nextSessionID += 1
        let id = nextSessionID
        var configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 22)
        if context.environment == .demo {
            // OKX's demo hosts do not need it; a simulator behind one URL uses it to pick the environment.
            configuration.additionalHeaders[.init("x-simulated-trading")!] = "1"
        }
        var failure: (any Error)?
        do {
            try await context.connectLimiter.acquire()
            // No TLS configuration is passed, on purpose: the client's default for wss verifies
            // the certificate chain against the system's roots and the host name, and nothing in
            // this library can loosen it (as CurlTransport for https).
            try await WebSocketClient.connect(url: url, configuration: configuration, logger: Logger(label: "okx.ws", factory: { _ in SwiftLogNoOpLogHandler() })) { inbound, outbound, _ in
                await self.started(id: id, outbound: outbound, standby: isStandby)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await self.heartbeat(id: id) }
                    group.addTask {
                        for try await message in inbound.messages(maxSize: 1 << 24) {
                            if case .text(let text) = message { await self.received(text, session: id) }
                        }
                    }
                    _ = try await group.next()
                    group.cancelAll()
                }
            }
        } catch {
            logger.debug("okx websocket session ended", metadata: ["endpoint": "\(endpoint)", "error": "\(error)"])
            failure = error
        }
        let opened = openedSessions.remove(id) != nil
        ended(id: id)
        // Ending without an error before opening does not happen with the client library; if it
        // ever did, it would count as a failed attempt rather than as a healthy connection.
        return opened ? nil : failure ?? ClosedBeforeOpening()
    }

    private struct ClosedBeforeOpening: Error, CustomStringConvertible {
        var description: String { "the connection closed before the WebSocket opened" }
    }

    private func started(id: Int, outbound: WebSocketOutboundWriter, standby isStandby: Bool) async {
        openedSessions.insert(id)
        let session = Session(id: id, outbound: outbound, lastReceived: .now,
                              control: WindowLimiter(limit: settings.controlMessagesPerHour, per: .seconds(3600), clock: settings.limiterClock))
        if isStandby {
            standby = session
        } else {
            active = session
            sessionsStarted += 1
            if sessionsStarted > 1 {
                for (_, subs) in subscriptions {
                    for (_, sub) in subs {
                        sub.book = nil
                        sub.resyncing = false
                        sub.deliver(.reconnected(attempt: sessionsStarted - 1))
                    }
                }
            }
        }
        if needsLogin {
            await login(on: session)
        } else {
            subscribeAll(on: session)
        }
    }

    private func ended(id: Int) {
        sessionFor(id)?.control.close()
        if active?.id == id {
            active = nil
            // Replies to requests sent on this connection will never come.
            for (_, reply) in replies { reply.resume(throwing: StreamError.connectionLost) }
            replies.removeAll()
        }
        if standby?.id == id {
            standby = nil
            // The replacement failed before taking over: the old connection stays in charge.
            if switchover?.oldID == active?.id { switchover = nil }
        }
        if switchover?.oldID == id { switchover = nil }
    }

    private func login(on session: Session) async {
        guard let signer = context.signer, let apiKey = context.apiKey, let passphrase = context.passphrase else {
            failLogin(OKXError.fromServer(code: 60011, message: "login needed, but no credentials are configured"))
            return
        }
        do {
            let seconds = String(try await context.serverMilliseconds() / 1000)
            let args: [String: String] = ["apiKey": apiKey, "passphrase": passphrase, "timestamp": seconds, "sign": signer.websocketLoginSignature(epochSeconds: seconds)]
            send(Outgoing(id: nil, op: "login", args: [args]), on: session)
        } catch {
            failLogin(OKXError(error))
        }
    }

    private func failLogin(_ error: OKXError) {
        logger.warning("okx websocket login failed", metadata: ["code": "\(error.code.map { "\($0)" } ?? "-")"])
        let waiters = loginWaiters
        loginWaiters.removeAll()
        for waiter in waiters { waiter.resume(throwing: error) }
        for (key, subs) in subscriptions {
            for (id, sub) in subs where sub.channel.needsLogin || endpoint != .public {
                sub.finish(throwing: error)
                subscriptions[key]?[id] = nil
            }
        }
        subscriptions = subscriptions.filter { !$0.value.isEmpty }
    }

    private func subscribeAll(on session: Session) {
        var pending: Set<String> = []
        for (key, subs) in subscriptions {
            guard let first = subs.values.first else { continue }
            pending.insert(key)
            send(Outgoing(id: "s\(first.id)", op: "subscribe", args: [first.channel.argument]), on: session)
        }
        if standby?.id == session.id { standby?.pendingAcks = pending }
        if pending.isEmpty && standby?.id == session.id { promoteStandby() }
    }

    private nonisolated func send(_ message: Outgoing, on session: Session) {
        let text = WebSocketJSON.encode(message)
        let outbound = session.outbound, control = session.control
        if ["login", "subscribe", "unsubscribe"].contains(message.op) {
            // Counted against the connection's budget; dropped if the connection ends first.
            control.schedule { try? await outbound.write(.text(text)) }
        } else {
            Task { try? await outbound.write(.text(text)) }
        }
    }

    /// Sends `ping` after `pingInterval` of silence; a missing `pong` ends the session.
    private func heartbeat(id: Int) async throws {
        let tick = min(settings.pingInterval / 4, .seconds(1))
        while !Task.isCancelled {
            try await Task.sleep(for: tick)
            guard let session = sessionFor(id) else { return }
            let now = ContinuousClock.now
            if let sent = session.pingSentAt {
                if now - sent > settings.pongTimeout {
                    logger.info("okx websocket: no pong, reconnecting", metadata: ["endpoint": "\(endpoint)"])
                    try? await session.outbound.close(.goingAway, reason: "no pong")
                    throw StreamError.connectionLost
                }
            } else if now - session.lastReceived > settings.pingInterval {
                update(id) { $0.pingSentAt = now }
                try? await session.outbound.write(.text("ping"))
            }
        }
    }

    private func sessionFor(_ id: Int) -> Session? {
        if active?.id == id { return active }
        if standby?.id == id { return standby }
        return nil
    }

    private func update(_ id: Int, _ change: (inout Session) -> Void) {
        if active?.id == id, var s = active { change(&s); active = s }
        if standby?.id == id, var s = standby { change(&s); standby = s }
    }

    // MARK: Inbound

    private func received(_ text: String, session id: Int) async {
        update(id) {
            $0.lastReceived = .now
            $0.pingSentAt = nil
        }
        if text == "pong" { return }
        // Parsed once; the head and then the payload are decoded from the same tape.
        guard let tape = try? JSONTape(Data(text.utf8)), let head = try? tape.decode(Incoming.self) else {
            logger.debug("okx websocket: unreadable message", metadata: ["excerpt": "\(text.prefix(120))"])
            return
        }
        if let event = head.event {
            await handleEvent(event, head, session: id)
        } else if let op = head.op, let requestID = head.id {
            handleReply(op: op, id: requestID, head: head, tape: tape)
        } else if let arg = head.arg {
            if let current = switchover {
                if standby?.id == id {
                    switchover?.held.append((text, arg, head, tape))
                } else if active?.id == id || current.oldID == id {
                    await deliverDuringSwitch(text, arg: arg, head: head, tape: tape, fromNewConnection: current.oldID != id)
                }
                return
            }
            guard active?.id == id else { return }
            await handlePush(arg: arg, head: head, tape: tape)
        }
    }

    private func deliverDuringSwitch(_ text: String, arg: [String: String], head: Incoming, tape: JSONTape, fromNewConnection: Bool) async {
        let isBook = subscriptions[WebSocketJSON.key(arg)]?.values.first?.channel.isBook ?? false
        if !isBook, var current = switchover {
            if current.seen.contains(text) { return }
            if current.seen.count < Switchover.maximumSeen { current.seen.insert(text) }
            switchover = current
        }
        await handlePush(arg: arg, head: head, tape: tape, fromNewConnection: fromNewConnection)
    }

    private func handleEvent(_ event: String, _ head: Incoming, session id: Int) async {
        switch event {
        case "login":
            if head.code == "0" {
                update(id) { $0.loggedIn = true }
                if let session = sessionFor(id) { subscribeAll(on: session) }
                if active?.id == id {
                    let waiters = loginWaiters
                    loginWaiters.removeAll()
                    for waiter in waiters { waiter.resume() }
                }
            } else {
                failLogin(OKXError.fromServer(code: OKXError.Code(string: head.code ?? "") ?? 60009, message: head.msg ?? "login failed"))
            }
        case "subscribe":
            if let arg = head.arg, standby?.id == id {
                standby?.pendingAcks.remove(WebSocketJSON.key(arg))
                if standby?.pendingAcks.isEmpty == true { promoteStandby() }
            }
        case "error":
            let error = OKXError.fromServer(code: OKXError.Code(string: head.code ?? "") ?? -1, message: head.msg ?? "")
            if error.code?.isTimestampRejection == true || head.code == "60009" || head.code == "60024" || head.code == "60032" || head.code == "60005" || head.code == "60007" {
                if error.code?.isTimestampRejection == true, let session = sessionFor(id), !context.resyncedForLogin {
                    // One re-sync of the clock and a second login, as for REST.
                    context.resyncedForLogin = true
                    _ = try? await context.resyncClock()
                    await login(on: session)
                    return
                }
                failLogin(error)
            } else if let requestID = head.id, requestID.hasPrefix("s"), let subID = Int(requestID.dropFirst()) {
                for (key, subs) in subscriptions where subs[subID] != nil {
                    subs[subID]?.finish(throwing: error)
                    subscriptions[key]?[subID] = nil
                }
            } else {
                logger.warning("okx websocket error event", metadata: ["code": "\(head.code ?? "-")", "msg": "\(head.msg ?? "")"])
            }
        case "notice":
            if head.code == "64008", standby == nil, switchover == nil, active?.id == id {
                logger.info("okx websocket: service upgrade notice, switching connections", metadata: ["endpoint": "\(endpoint)"])
                switchover = Switchover(oldID: id)
                if case .success(let url) = checkedURL { standbyRun = Task { await self.runSession(url: url, standby: true) } }
            }
        default:
            break
        }
    }

    /// The standby session is logged in and subscribed: make it active, replay what it received
    /// meanwhile, and close the old one (whose last messages are still read until it closes).
    private func promoteStandby() {
        guard let next = standby, let old = active else { return }
        active = next
        standby = nil
        takenOver = standbyRun
        standbyRun = nil
        for (_, subs) in subscriptions {
            for (_, sub) in subs { sub.deliver(.switchedConnection) }
        }
        let held = switchover?.held ?? []
        switchover?.held = []
        let outbound = old.outbound
        Task {
            for message in held {
                await self.deliverDuringSwitch(message.text, arg: message.arg, head: message.head, tape: message.tape, fromNewConnection: true)
            }
            try? await outbound.close(.normalClosure, reason: "replaced after 64008")
        }
    }

    private func handleReply(op: String, id: String, head: Incoming, tape: JSONTape) {
        guard let continuation = replies.removeValue(forKey: id) else { return }
        let data = (try? tape.decode(Push<OrderAck>.self).data) ?? []
        continuation.resume(returning: TradeReply(code: head.code ?? "", msg: head.msg ?? "", data: data))
    }

    private func handlePush(arg: [String: String], head: Incoming, tape: JSONTape, fromNewConnection: Bool = false) async {
        guard let subs = subscriptions[WebSocketJSON.key(arg)], !subs.isEmpty else { return }
        for (_, sub) in subs.sorted(by: { $0.key < $1.key }) {
            if sub.channel.isBook {
                await applyBook(sub, head: head, tape: tape, skipSnapshotIfHealthy: fromNewConnection)
            } else {
                for event in decodeEvents(sub.channel, tape) { sub.deliver(event) }
            }
        }
    }

    /// Typed events: the hand-written models first, then the generated one of any documented
    /// channel (``StreamEvent/documented(_:)``). A message that does not match its model is
    /// delivered as ``StreamEvent/raw(_:)`` (and logged) rather than dropped: OKX adds and
    /// changes fields, and a private order event must never vanish.
    private func decodeEvents(_ channel: Channel, _ tape: JSONTape) -> [StreamEvent] {
        func raw() -> [StreamEvent] { ((try? tape.decode(Push<JSONValue>.self))?.data ?? []).map(StreamEvent.raw) }
        func typed<T: Decodable>(_ type: T.Type, _ wrap: (T) -> StreamEvent) -> [StreamEvent] {
            do {
                return try tape.decode(Push<T>.self).data.map(wrap)
            } catch {
                logger.warning("okx websocket: a message did not match its model; delivered as raw JSON",
                               metadata: ["channel": "\(channel.name)", "model": "\(T.self)", "error": "\(error)"])
                return raw()
            }
        }
        switch channel.name {
        case "tickers": return typed(Ticker.self, StreamEvent.ticker)
        case "trades", "trades-all": return typed(Trade.self, StreamEvent.trade)
        case "orders": return typed(Order.self, StreamEvent.order)
        case "positions": return typed(Position.self, StreamEvent.position)
        case "account": return typed(AccountBalance.self, StreamEvent.account)
        case "mark-price": return typed(MarkPrice.self, StreamEvent.markPrice)
        case "funding-rate": return typed(FundingRate.self, StreamEvent.fundingRate)
        case "balance_and_position": return typed(BalanceAndPosition.self, StreamEvent.balanceAndPosition)
        case "orders-algo", "algo-advance": return typed(AlgoOrder.self, StreamEvent.algoOrder)
        case "grid-orders-spot", "grid-orders-contract": return typed(GridBot.self, StreamEvent.gridBot)
        case let name where name.hasPrefix("candle"): return typed(Candle.self, StreamEvent.candle)
        default:
            // Every other documented channel (by its name, families included) gets its generated model.
            func documented<T: Codable & Sendable>(_ type: T.Type) -> [StreamEvent] {
                typed(T.self) { .documented(DocumentedPush(channel: channel.name, value: $0)) }
            }
            guard let model = Channels.model(forChannel: channel.name) else { return raw() }
            return documented(model)
        }
    }

    // MARK: Books

    private func applyBook(_ sub: Subscription, head: Incoming, tape: JSONTape, skipSnapshotIfHealthy: Bool = false) async {
        guard let push = try? tape.decode(BookPush.self) else {
            // A book message we cannot read leaves the book unknown: rebuild it, loudly.
            resync(sub, reason: "unreadable book message")
            return
        }
        for data in push.data {
            let ts = data.ts.flatMap { Int64($0) }.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) }
            let checksum = data.checksum.map { Int32(truncatingIfNeeded: $0) }
            let isSnapshot = push.action == "snapshot" || sub.channel.isSnapshotOnlyBook
            if sub.bootstrap != nil {
                sub.bootstrap?.append(data)
                continue
            }
            if sub.resyncing && !isSnapshot { continue }
            // After a 64008 switch the new connection's snapshot restates a book we already have;
            // its updates continue it (those already applied are skipped by seqId).
            if isSnapshot && skipSnapshotIfHealthy && sub.book != nil && !sub.resyncing && !sub.channel.isSnapshotOnlyBook { continue }
            // An update the book already contains (seen on the other connection during a 64008
            // switch, or before a REST snapshot it joined): nothing to apply, nothing to report.
            if !isSnapshot, let last = sub.book?.seqId, let seqId = data.seqId, let prevSeqId = data.prevSeqId, prevSeqId < last, seqId <= last { continue }
            var book = sub.book ?? OrderBookState(instId: sub.channel.instId ?? "", consolidated: sub.channel.isConsolidatedBook)
            do throws(OrderBookState.Problem) {
                if isSnapshot {
                    try book.applySnapshot(wire: data.bids, asks: data.asks, seqId: data.seqId, checksum: checksum, timestamp: ts)
                } else {
                    try book.applyUpdate(wire: data.bids, asks: data.asks, seqId: data.seqId, prevSeqId: data.prevSeqId, checksum: checksum, timestamp: ts)
                }
                sub.book = book
                sub.resyncing = false
                sub.consecutiveResyncs = 0
                if let event = sub.snapshot() { sub.deliver(event) }
            } catch .noSnapshot {
                // OKX may skip the initial snapshot: fetch the book over REST and join by seqId.
                sub.bootstrap = [data]
                let id = sub.id, channel = sub.channel
                Task { await self.bootstrap(subscriptionID: id, channel: channel) }
            } catch {
                resync(sub, reason: error.description)
            }
        }
    }

    private func resync(_ sub: Subscription, reason: String) {
        sub.consecutiveResyncs += 1
        sub.book = nil
        guard sub.consecutiveResyncs <= settings.maxConsecutiveResyncs else {
            sub.finish(throwing: StreamError.bookUnrecoverable(reason))
            subscriptions[WebSocketJSON.key(sub.channel.argument)]?[sub.id] = nil
            return
        }
        sub.resyncing = true
        sub.deliver(.resync(reason: reason))
        guard let session = active else { return }
        send(Outgoing(id: nil, op: "unsubscribe", args: [sub.channel.argument]), on: session)
        send(Outgoing(id: "s\(sub.id)", op: "subscribe", args: [sub.channel.argument]), on: session)
    }

    private func bootstrap(subscriptionID: Int, channel: Channel) async {
        let fetched = try? await context.restBook(channel.instId ?? "", consolidated: channel.isConsolidatedBook)
        guard let sub = subscriptions[WebSocketJSON.key(channel.argument)]?[subscriptionID], let buffered = sub.bootstrap else { return }
        sub.bootstrap = nil
        guard let (book, seqId) = fetched, let seqId else {
            resync(sub, reason: "update before snapshot, and the REST book carries no seqId")
            return
        }
        var state = OrderBookState(instId: channel.instId ?? "", consolidated: channel.isConsolidatedBook)
        do throws(OrderBookState.Problem) {
            try state.applySnapshot(bids: book.bids, asks: book.asks, seqId: seqId, checksum: nil, timestamp: nil)
            for data in buffered where (data.seqId ?? 0) > seqId {
                try state.applyUpdate(wire: data.bids, asks: data.asks, seqId: data.seqId, prevSeqId: data.prevSeqId, checksum: nil, timestamp: nil)
            }
            sub.book = state
            if let event = sub.snapshot() { sub.deliver(event) }
        } catch {
            resync(sub, reason: "joining the REST book failed: \(error)")
        }
    }
}

/// When a connection stops retrying: the count of failed attempts in a row, reset by every
/// connection that opens, against the configured bound, and the failures never worth retrying.
struct ConnectAttempts {
    enum Verdict { case retry, exhausted, permanent }

    let limit: Int?
    private(set) var consecutiveFailures = 0
    private var everOpened = false

    init(limit: Int?) {
        self.limit = limit.map { max(1, $0) }
    }

    mutating func opened() {
        consecutiveFailures = 0
        everOpened = true
    }

    mutating func failed(_ reason: ConnectionFailure.Reason) -> Verdict {
        consecutiveFailures += 1
        // A refused certificate stays refused; a refused upgrade on a connection that never
        // opened is a wrong URL. Retrying either would only hide the problem.
        if reason == .tls || (reason == .upgradeRefused && !everOpened) { return .permanent }
        if let limit, consecutiveFailures >= limit { return .exhausted }
        return .retry
    }
}

/// A trade operation as sent.
struct TradeRequest: Encodable {
    var id: String
    var op: String
    var args: [[String: JSONValue]]
}

/// Failures of the streaming layer itself (OKX's own codes arrive as `OKXError`).
/// A trade operation that may have been sent but got no answer (timeout, connection lost, a
/// failed write): OKX may or may not have acted on it.
struct UnansweredRequest: Error {
    let cause: any Error
}

/// Why a WebSocket operation or stream could not complete.
public enum StreamError: Error, Sendable, CustomStringConvertible {
    case closed
    case notConnected
    case connectionLost
    case timeout
    /// The book kept failing its checks after several fresh snapshots.
    case bookUnrecoverable(String)
    /// The instrument has no `instIdCode`, which WebSocket order entry requires.
    case unknownInstrumentCode(String)

    /// The failure in plain words; for a lost connection it says to look the order up before resending.
    public var description: String {
        switch self {
        case .closed: return "the stream was closed"
        case .notConnected: return "not connected"
        case .connectionLost: return "the connection was lost before an answer arrived; look the order up by clOrdId"
        case .timeout: return "no answer in time; look the order up by clOrdId"
        case .bookUnrecoverable(let reason): return "the order book cannot be kept consistent: \(reason)"
        case .unknownInstrumentCode(let instId): return "\(instId) has no instIdCode (needed for WebSocket orders); use REST for it"
        }
    }
}
