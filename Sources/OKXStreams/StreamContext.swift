import Foundation
import OKX
import Synchronization

/// What every connection of one `OKXStreams` shares: credentials for login, the REST client
/// (its synchronized clock signs logins; it fetches books and instrument codes).
final class StreamContext: Sendable {
    let rest: OKXClient
    let signer: Signer?
    let apiKey: String?
    let passphrase: String?
    let environment: OKX.Environment
    private let flags = Mutex(false)
    fileprivate let codes = Mutex<[String: Int64]>([:])

    /// New connections of every endpoint together, as OKX counts them per IP.
    let connectLimiter: WindowLimiter

    init(rest: OKXClient, connectLimiter: WindowLimiter) {
        self.rest = rest
        self.connectLimiter = connectLimiter
        let credentials = rest.configuration.credentials
        self.signer = credentials.map(Signer.init(credentials:))
        self.apiKey = credentials?.apiKey
        self.passphrase = credentials?.passphraseForLogin
        self.environment = rest.configuration.environment
    }

    var resyncedForLogin: Bool {
        get { flags.withLock { $0 } }
        set { flags.withLock { $0 = newValue } }
    }

    func serverMilliseconds() async throws -> Int64 { try await rest.clock.now() }

    func resyncClock() async throws { try await rest.clock.resync() }

    /// The REST book (400 levels) as exact strings, with its seqId when OKX sends one; the
    /// consolidated RPI book (`books-rpi`) for a `books-rpi` stream, whose levels carry the
    /// organic size in the third place and whose seqId continues that channel's.
    func restBook(_ instId: String, consolidated: Bool = false) async throws -> (book: (bids: [[String]], asks: [[String]]), seqId: Int64?) {
        let path = consolidated ? "/api/v5/market/books-rpi" : "/api/v5/market/books"
        let raw = try await rest.send(.get, path, query: ["instId": instId, "sz": "400"])
        func side(_ name: String) -> [[String]] {
            (raw.data[0]?[name]?.arrayValue ?? []).map { ($0.arrayValue ?? []).compactMap(\.stringValue) }
        }
        var seqId: Int64?
        if case .number(let n)? = raw.data[0]?["seqId"] { seqId = Int64(truncating: NSDecimalNumber(decimal: n)) }
        if let text = raw.data[0]?["seqId"]?.stringValue { seqId = Int64(text) }
        return ((side("bids"), side("asks")), seqId)
    }

    /// `instIdCode` for `instId`, from the instruments endpoint, cached per stream object.
    func instrumentCode(_ instId: String) async throws -> Int64 {
        if let code = codes.withLock({ $0[instId] }) { return code }
        guard let code = try await rest.send(API.PublicData.getInstruments(.init(instType: .init(instId: instId), instId: instId))).first?.instIdCode.map(Int64.init) else {
            throw StreamError.unknownInstrumentCode(instId)
        }
        codes.withLock { $0[instId] = code }
        return code
    }
}

extension StreamContext {
    /// Drops the cached `instIdCode` of `instId`, so the next use looks it up again.
    func forgetInstrumentCode(_ instId: String) {
        codes.withLock { $0[instId] = nil }
    }
}
