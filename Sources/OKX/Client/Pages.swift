/// A request whose answers come in pages: `after` asks for the records older than a cursor (an
/// id or a time, per endpoint) and `limit` caps a page. The generated requests of the 71 GET
/// endpoints that take both conform.
public protocol PageableRequest: Sendable {
    associatedtype Cursor: Sendable & Equatable
    var after: Cursor? { get set }
    var limit: Int? { get set }
}

extension OKXClient {
    /// The pages of a paginated endpoint, newest first, until OKX has no more: each page asks for
    /// the records after the last item's `cursor`. Every page is an ordinary call (signed, rate
    /// limited, retried). Iteration ends on an empty page, a page shorter than `limit` when one
    /// is set, or a cursor that does not move.
    ///
    /// ```swift
    /// for try await page in okx.pages(API.Trade.orderHistoryLast7Days, .init(instType: "SPOT", limit: 100), cursor: { $0.ordId }) {
    ///     print(page.count)
    /// }
    /// ```
    public func pages<Request: PageableRequest, Item: Decodable & Sendable>(
        _ endpoint: @escaping @Sendable (Request) -> Endpoint<[Item]>, _ request: Request,
        cursor: @escaping @Sendable (Item) -> Request.Cursor?
    ) -> Pages<Request, Item> {
        Pages(client: self, endpoint: endpoint, first: request, cursor: cursor)
    }
}

/// The pages of a paginated endpoint (see ``OKXClient/pages(_:_:cursor:)``); ``items`` gives
/// the records one by one.
public struct Pages<Request: PageableRequest, Item: Decodable & Sendable>: AsyncSequence, Sendable {
    /// Each element is one page, in the order OKX returns them.
    public typealias Element = [Item]
    let client: OKXClient
    let endpoint: @Sendable (Request) -> Endpoint<[Item]>
    let first: Request
    let cursor: @Sendable (Item) -> Request.Cursor?

    /// Fetches one page per call to `next()`.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let pages: Pages
        var next: Request?

        /// Fetches the next page; nil once the pages are exhausted (after an empty or short page, or when
        /// the cursor stops moving). Throws the request's `OKXError`.
        public mutating func next() async throws -> [Item]? {
            guard let request = next else { return nil }
            let page = try await pages.client.send(pages.endpoint(request))
            next = nil
            guard !page.isEmpty else { return nil }
            if let limit = request.limit, page.count < limit { return page }
            // The cursor must move, or the same page would come back for ever.
            if let last = page.last.flatMap(pages.cursor), last != request.after {
                var following = request
                following.after = last
                next = following
            }
            return page
        }
    }

    /// Starts from the first request; each iterator fetches the pages anew.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pages: self, next: first) }

    /// The records one by one, across pages.
    public var items: AsyncThrowingStream<Item, any Error> {
        let pages = self
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await page in pages {
                        for item in page { continuation.yield(item) }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
