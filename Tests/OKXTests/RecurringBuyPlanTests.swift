import Foundation
@testable import OKX
import Testing

/// Recurring buy plans: ratios, amounts and the calendar, in zones with and without daylight
/// saving. Every instant is built from UTC parts so the expected times read as written.
@Suite struct RecurringBuyPlanTests {
    static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }
    static let berlin = TimeZone(identifier: "Europe/Berlin")
    static let coins = [RecurringBuyPlan.Coin("BTC", ratio: d("0.6")), .init("ETH", ratio: d("0.3")), .init("SOL", ratio: d("0.1"))]

    /// A UTC instant.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        return try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)))
    }

    @Test func dailyAcrossTheSpringChange() throws {
        let zone = try #require(Self.berlin)
        let plan = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .daily, hour: 9, timeZone: zone)
        // From Friday 27 March 2026, 12:00 UTC (13:00 in Berlin, past today's 09:00). Berlin moves
        // from UTC+1 to UTC+2 at 02:00 on Sunday 29 March: 09:00 local is 08:00 UTC on the 28th and
        // 07:00 UTC from the 29th on.
        let next = plan.nextExecutions(after: try Self.utc(2026, 3, 27, 12), count: 3)
        #expect(next == [try Self.utc(2026, 3, 28, 8), try Self.utc(2026, 3, 29, 7), try Self.utc(2026, 3, 30, 7)])
        // OKX holds a fixed offset: with UTC+1 the 29th's run is 08:00 UTC, an hour off the local clock.
        let fixed = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .daily, hour: 9,
                                         timeZone: try #require(TimeZone(secondsFromGMT: 3600)))
        #expect(fixed.nextExecutions(after: try Self.utc(2026, 3, 27, 12), count: 2).last == (try Self.utc(2026, 3, 29, 8)))
    }

    @Test func acrossMonthEnds() throws {
        let zone = try #require(Self.berlin)
        // Daily from 30 January, 10:00 UTC: today's 09:00 (08:00 UTC) has passed → 31 Jan, 1 Feb.
        let daily = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .daily, hour: 9, timeZone: zone)
        #expect(daily.nextExecutions(after: try Self.utc(2026, 1, 30, 10), count: 2) == [try Self.utc(2026, 1, 31, 8), try Self.utc(2026, 2, 1, 8)])
        // Monthly on the 1st at 09:00 from 31 January: 1 Feb and 1 Mar at 08:00 UTC (winter),
        // 1 April at 07:00 UTC (summer time since 29 March).
        let monthly = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .monthly(day: 1), hour: 9, timeZone: zone)
        #expect(monthly.nextExecutions(after: try Self.utc(2026, 1, 31, 12), count: 3)
                == [try Self.utc(2026, 2, 1, 8), try Self.utc(2026, 3, 1, 8), try Self.utc(2026, 4, 1, 7)])
    }

    @Test func weeklyAndHourly() throws {
        // Weekly on Monday (OKX's 1) at 00:00 in Shanghai (UTC+8), from Tuesday 1 December 2026:
        // Monday 7 December 00:00 local = 6 December 16:00 UTC, then a week later.
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let weekly = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .weekly(weekday: 1), hour: 0, timeZone: shanghai)
        #expect(weekly.nextExecutions(after: try Self.utc(2026, 12, 1, 0), count: 2) == [try Self.utc(2026, 12, 6, 16), try Self.utc(2026, 12, 13, 16)])
        // Every 4 hours from 01:00 in Berlin (01, 05, 09 … local) on 25 October 2026, when Berlin
        // goes from UTC+2 back to UTC+1 at 03:00 local (01:00 UTC). From 00:30 UTC (02:30 local):
        // 05:00 local is now UTC+1 = 04:00 UTC, then 09:00 local = 08:00 UTC.
        let zone = try #require(Self.berlin)
        let hourly = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .hourly(every: 4), hour: 1, timeZone: zone)
        #expect(hourly.nextExecutions(after: try Self.utc(2026, 10, 25, 0, 30), count: 2) == [try Self.utc(2026, 10, 25, 4), try Self.utc(2026, 10, 25, 8)])
    }

    @Test func ratiosAmountsAndTheRequest() throws {
        let zone = try #require(Self.berlin)
        let plan = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .monthly(day: 15), hour: 11, timeZone: zone)
        // 100 × 0.6, × 0.3, × 0.1.
        #expect(plan.amountPerCoin.map(\.amount) == [60, 30, 10] && plan.amountPerCoin.map(\.ccy) == ["BTC", "ETH", "SOL"])
        // In winter Berlin is UTC+1, in summer UTC+2: the offset sent is the one at the instant.
        let winter = try plan.request(stgyName: "monthly", investmentCcy: .usdt, tdMode: .cash, at: try Self.utc(2026, 1, 10, 0))
        #expect(winter.timeZone == 1 && winter.period == .monthly && winter.recurringDay == 15 && winter.recurringTime == 11 && winter.amt == 100)
        #expect(winter.recurringList.map(\.ccy) == ["BTC", "ETH", "SOL"] && winter.recurringList.map(\.ratio) == [Self.d("0.6"), Self.d("0.3"), Self.d("0.1")])
        #expect(try plan.request(stgyName: "m", investmentCcy: .usdt, tdMode: .cash, at: try Self.utc(2026, 7, 1, 0)).timeZone == 2)
        // India is UTC+5:30: OKX cannot take it.
        let kolkata = try RecurringBuyPlan(coins: Self.coins, amountPerPeriod: 100, period: .daily, hour: 9,
                                           timeZone: try #require(TimeZone(identifier: "Asia/Kolkata")))
        #expect(throws: RecurringBuyPlan.Problem.timeZoneNotWholeHours(seconds: 19800)) {
            try kolkata.request(stgyName: "d", investmentCcy: .usdt, tdMode: .cash, at: try Self.utc(2026, 1, 1, 0))
        }
    }

    @Test func invalidPlansSayWhy() throws {
        let zone = try #require(Self.berlin)
        func plan(_ coins: [RecurringBuyPlan.Coin], amount: Decimal = 100, period: RecurringBuyPlan.Period = .daily, hour: Int = 9) throws(RecurringBuyPlan.Problem) {
            _ = try RecurringBuyPlan(coins: coins, amountPerPeriod: amount, period: period, hour: hour, timeZone: zone)
        }
        // 0.6 + 0.3 = 0.9.
        #expect(throws: RecurringBuyPlan.Problem.ratiosDoNotSumToOne(Self.d("0.9"))) { try plan(Array(Self.coins.prefix(2))) }
        #expect(throws: RecurringBuyPlan.Problem.noCoins) { try plan([]) }
        #expect(throws: RecurringBuyPlan.Problem.duplicateCoin("btc")) { try plan([.init("BTC", ratio: Self.d("0.5")), .init("btc", ratio: Self.d("0.5"))]) }
        #expect(throws: RecurringBuyPlan.Problem.amountNotPositive(0)) { try plan(Self.coins, amount: 0) }
        #expect(throws: RecurringBuyPlan.Problem.hourOutOfRange(24)) { try plan(Self.coins, hour: 24) }
        #expect(throws: RecurringBuyPlan.Problem.self) { try plan(Self.coins, period: .monthly(day: 31)) }
        #expect(throws: RecurringBuyPlan.Problem.self) { try plan(Self.coins, period: .hourly(every: 3)) }
    }
}
