import Foundation
import OKX

/// One consumer of one channel, with the book it maintains. Lives inside its connection actor.
final class Subscription {
    let id: Int
    let channel: Channel
    let depth: Int
    let buffer: EventBuffer
    var book: OrderBookState?
    /// Waiting for a fresh snapshot after a problem; updates are ignored until it comes.
    var resyncing = false
    /// Resyncs since the last message that applied cleanly: a bound, so a broken feed ends the
    /// stream with an error instead of resubscribing forever.
    var consecutiveResyncs = 0
    /// Updates received before any snapshot, kept while the book is fetched over REST.
    var bootstrap: [BookData]?

    init(id: Int, channel: Channel, depth: Int, buffer: EventBuffer) {
        self.id = id
        self.channel = channel
        self.depth = depth
        self.buffer = buffer
    }

    /// Delivers an event (see ``EventBuffer`` for what happens when the consumer is slow).
    func deliver(_ event: StreamEvent) { buffer.push(event) }

    func finish(throwing error: (any Error)? = nil) { buffer.finish(throwing: error) }

    func snapshot() -> StreamEvent? {
        guard let book else { return nil }
        return .book(BookSnapshot(instId: book.instId, seqId: book.seqId, bids: Array(book.bids.prefix(depth)), asks: Array(book.asks.prefix(depth)),
                                  timestamp: book.timestamp, isCrossed: book.isCrossed))
    }
}
