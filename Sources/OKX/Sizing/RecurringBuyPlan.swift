public import Foundation

/// A recurring buy laid out before it is created: which coins, in which ratios, how much per
/// execution, and when the next executions fall — pure calendar arithmetic from an instant the
/// caller passes in, in a time zone the caller passes in, so it is testable and never reads the
/// wall clock. ``request(stgyName:investmentCcy:tdMode:at:algoClOrdId:tag:)`` turns it into
/// `POST /api/v5/tradingBot/recurring/order-algo`.
///
/// OKX takes the time zone as a whole-hour UTC offset (`timeZone`). The times here follow the
/// wall clock of the zone given, so in a zone with daylight saving they keep the local hour
/// across a change while OKX, holding the offset sent at creation, runs an hour apart on the
/// other side of it. Pass `TimeZone(secondsFromGMT:)` to see exactly what OKX will do.
public struct RecurringBuyPlan: Sendable, Hashable {
    /// Why a plan was refused.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// No coins were given.
        case noCoins
        /// A coin appears twice.
        case duplicateCoin(String)
        /// A ratio is not above 0.
        case ratioNotPositive(String, Decimal)
        /// The ratios add up to this instead of exactly 1.
        case ratiosDoNotSumToOne(Decimal)
        /// The amount per period is not above 0.
        case amountNotPositive(Decimal)
        /// The hour of day is outside 0…23.
        case hourOutOfRange(Int)
        /// A period parameter is outside what OKX accepts (the message says which).
        case periodOutOfRange(String)
        /// The zone's offset from UTC is not whole hours at the given instant; OKX cannot take it.
        case timeZoneNotWholeHours(seconds: Int)

        /// One line saying what is wrong.
        public var description: String {
            switch self {
            case .noCoins: return "a recurring buy needs at least one coin"
            case .duplicateCoin(let ccy): return "\(ccy) is listed twice"
            case .ratioNotPositive(let ccy, let ratio): return "the ratio of \(ccy) must be above 0, got \(ratio)"
            case .ratiosDoNotSumToOne(let total): return "the ratios add up to \(total), not 1"
            case .amountNotPositive(let amount): return "the amount per period must be above 0, got \(amount)"
            case .hourOutOfRange(let hour): return "the hour must be 0…23, got \(hour)"
            case .periodOutOfRange(let what): return what
            case .timeZoneNotWholeHours(let seconds): return "OKX takes whole-hour UTC offsets; this zone is \(seconds) s from UTC"
            }
        }
    }

    /// One coin and its share of each execution.
    public struct Coin: Sendable, Hashable {
        /// The currency bought, e.g. `BTC`.
        public let ccy: String
        /// Its share of the amount, as a fraction.
        public let ratio: Decimal
        /// A coin and its share.
        public init(_ ccy: String, ratio: Decimal) {
            self.ccy = ccy
            self.ratio = ratio
        }
    }

    /// How often the buy runs.
    public enum Period: Sendable, Hashable {
        /// Every `hours` hours (OKX's `recurringHour`: 1, 4, 8 or 12), on the hours of the day
        /// that are `hour` plus a multiple of `hours`.
        case hourly(every: Int)
        /// Every day at `hour`.
        case daily
        /// Every week on `weekday` (1 = Monday … 7 = Sunday, OKX's `recurringDay`) at `hour`.
        case weekly(weekday: Int)
        /// Every month on `day` (1…28, OKX's `recurringDay`, so every month has it) at `hour`.
        case monthly(day: Int)
    }

    /// The coins, in the order given.
    public let coins: [Coin]
    /// The amount each execution spends, in the investment currency.
    public let amountPerPeriod: Decimal
    /// The period.
    public let period: Period
    /// The hour of day (0…23, OKX's `recurringTime`) in ``timeZone``.
    public let hour: Int
    /// The zone the hour is read in.
    public let timeZone: TimeZone

    /// A plan; throws ``Problem`` when the coins, ratios, amount, hour or period are not valid.
    public init(coins: [Coin], amountPerPeriod: Decimal, period: Period, hour: Int, timeZone: TimeZone) throws(Problem) {
        guard !coins.isEmpty else { throw .noCoins }
        var seen: Set<String> = []
        for coin in coins {
            guard seen.insert(coin.ccy.uppercased()).inserted else { throw .duplicateCoin(coin.ccy) }
            guard !coin.ratio.isNaN, coin.ratio > 0 else { throw .ratioNotPositive(coin.ccy, coin.ratio) }
        }
        // Exactly 1, in Decimal: OKX splits the amount by these ratios and refuses other totals.
        let total = coins.reduce(Decimal(0)) { $0 + $1.ratio }
        guard total == 1 else { throw .ratiosDoNotSumToOne(total) }
        guard !amountPerPeriod.isNaN, amountPerPeriod > 0 else { throw .amountNotPositive(amountPerPeriod) }
        guard (0...23).contains(hour) else { throw .hourOutOfRange(hour) }
        switch period {
        case .hourly(let every): guard [1, 4, 8, 12].contains(every) else { throw .periodOutOfRange("hourly runs every 1, 4, 8 or 12 hours, got \(every)") }
        case .daily: break
        case .weekly(let weekday): guard (1...7).contains(weekday) else { throw .periodOutOfRange("the weekday must be 1 (Monday)…7 (Sunday), got \(weekday)") }
        case .monthly(let day): guard (1...28).contains(day) else { throw .periodOutOfRange("the day of the month must be 1…28, got \(day)") }
        }
        self.coins = coins
        self.amountPerPeriod = amountPerPeriod
        self.period = period
        self.hour = hour
        self.timeZone = timeZone
    }

    /// What each execution spends on each coin: `amountPerPeriod × ratio`, in the order given.
    public var amountPerCoin: [(ccy: String, amount: Decimal)] { coins.map { ($0.ccy, amountPerPeriod * $0.ratio) } }

    /// The next `count` execution times strictly after `instant`.
    public func nextExecutions(after instant: Date, count: Int) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var result: [Date] = []
        guard count > 0 else { return result }
        switch period {
        case .hourly(let every):
            // Walk whole local hours: the start of the hour containing `instant`, then an hour at
            // a time in absolute time, so a repeated or skipped wall-clock hour is walked as it
            // happens rather than guessed.
            var candidate = calendar.dateInterval(of: .hour, for: instant)?.start ?? instant
            while result.count < count {
                let local = calendar.component(.hour, from: candidate)
                if candidate > instant, ((local - hour) % every + every) % every == 0 { result.append(candidate) }
                candidate += 3600
            }
        case .daily, .weekly, .monthly:
            // Walk local days from the day of `instant`; each matching day's time is built from its
            // date and the hour, so it keeps the wall-clock hour across daylight-saving changes.
            var day = calendar.startOfDay(for: instant)
            var guardDays = 0
            while result.count < count, guardDays < 400 * count {
                guardDays += 1
                let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
                if matches(parts), let time = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day, hour: hour)),
                   time > instant {
                    result.append(time)
                }
                // Noon of the next day, then its start: never lands on a skipped midnight.
                guard let next = calendar.date(byAdding: .hour, value: 36, to: day).map(calendar.startOfDay(for:)) else { break }
                day = next
            }
        }
        return result
    }

    private func matches(_ parts: DateComponents) -> Bool {
        switch period {
        case .hourly, .daily: return true
        // Foundation counts weekdays 1 = Sunday … 7 = Saturday; OKX 1 = Monday … 7 = Sunday.
        case .weekly(let weekday): return parts.weekday == weekday % 7 + 1
        case .monthly(let day): return parts.day == day
        }
    }

    /// The `POST /api/v5/tradingBot/recurring/order-algo` request. `timeZone` is sent as the
    /// zone's whole-hour offset at `instant` (see the type's note on daylight saving).
    public func request(stgyName: String, investmentCcy: API.RecurringBuy.InvestmentCcy, tdMode: API.RecurringBuy.TdMode, at instant: Date,
                        algoClOrdId: String? = nil, tag: String? = nil) throws(Problem) -> API.RecurringBuy.PlaceRecurringBuyOrder.Request {
        let seconds = timeZone.secondsFromGMT(for: instant)
        guard seconds % 3600 == 0 else { throw .timeZoneNotWholeHours(seconds: seconds) }
        var day: Int?, every: Int?
        let okxPeriod: API.RecurringBuy.Period
        switch period {
        case .hourly(let hours): okxPeriod = .hourly; every = hours
        case .daily: okxPeriod = .daily
        case .weekly(let weekday): okxPeriod = .weekly; day = weekday
        case .monthly(let dayOfMonth): okxPeriod = .monthly; day = dayOfMonth
        }
        return API.RecurringBuy.PlaceRecurringBuyOrder.Request(
            stgyName: stgyName, recurringList: coins.map { .init(ccy: $0.ccy, ratio: $0.ratio) }, period: okxPeriod, recurringDay: day,
            recurringHour: every, recurringTime: hour, timeZone: seconds / 3600, amt: amountPerPeriod, investmentCcy: investmentCcy,
            tdMode: tdMode, algoClOrdId: algoClOrdId, tag: tag)
    }
}
