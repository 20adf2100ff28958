import Foundation
import OKX

/// One consumer of one channel, with the book it maintains. Lives inside its connection actor.
final class Subscription {
    let id: Int
    let channel: Channel
    let depth: Int
    let continuation: AsyncThrowingStream<StreamEvent, any Error>.Continuation
    var book: OrderBookState?
    /// Waiting for a fresh snapshot after a problem; updates are ignored until it comes.
    var resyncing = false
    /// Resyncs since the last message that applied cleanly: a bound, so a broken feed ends the
    /// stream with an error instead of resubscribing forever.
    var consecutiveResyncs = 0
    /// Updates received before any snapshot, kept while the book is fetched over REST.
    var bootstrap: [BookData]?
    var dropped = 0

    init(id: Int, channel: Channel, depth: Int, continuation: AsyncThrowingStream<StreamEvent, any Error>.Continuation) {
        self.id = id
        self.channel = channel
        self.depth = depth
        self.continuation = continuation
    }

    /// Delivers an event; market data that overflows the buffer is counted and announced.
    func deliver(_ event: StreamEvent) {
        if case .dropped = continuation.yield(event) {
            dropped += 1
            if case .dropped = continuation.yield(.dropped(count: dropped)) { dropped += 1 }
        }
    }

    func snapshot() -> StreamEvent? {
        guard let book else { return nil }
        return .book(BookSnapshot(instId: book.instId, seqId: book.seqId, bids: Array(book.bids.prefix(depth)), asks: Array(book.asks.prefix(depth)),
                                  timestamp: book.timestamp, isCrossed: book.isCrossed))
    }
}
