import Foundation
@testable import OKX
import OKXSimulator
import Testing

/// The simulator runs OKX's trading bots (issue #14): grids lay out and refill their levels as
/// the steered price crosses them, DCA bots buy safety orders on drops and close cycles at the
/// take profit, recurring buys run on the bots' clock. Prices move through the control API and
/// time through `advanceBotClock`, so nothing waits on the wall clock.
@Suite(.timeLimit(.minutes(2))) struct SimulatorTradingBotTests {
    private func rows(_ client: OKXClient, _ path: String, _ query: KeyValuePairs<String, String> = [:], auth: EndpointSpec.Authentication = .private) async throws -> [JSONValue] {
        try await client.send(.get, path, query: query, auth: auth).data.arrayValue ?? []
    }

    private func post(_ client: OKXClient, _ path: String, _ body: JSONValue, auth: EndpointSpec.Authentication = .private) async throws -> [JSONValue] {
        try await client.send(.post, path, body: body, auth: auth).data.arrayValue ?? []
    }

    private func number(_ value: JSONValue?) -> Decimal? {
        value?.stringValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    private func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? -1 }

    /// (side, px) of a grid's orders of one kind, sorted by price.
    private func subOrders(_ client: OKXClient, _ algoId: String, _ type: String, kind: String) async throws -> [(side: String, px: Decimal)] {
        try await rows(client, "/api/v5/tradingBot/grid/sub-orders", ["algoOrdType": type, "algoId": algoId, "type": kind])
            .map { ($0["side"]?.stringValue ?? "", number($0["px"]) ?? -1) }.sorted { $0.px < $1.px }
    }

    // MARK: Grid

    @Test func aSpotGridLaysOutItsLevelsRefillsThemAndCountsArbitrage() async throws {
        try await withSimulator { sim, client in
            // 60000…70000 in 10 arithmetic grids around 65000: levels every 1000, 65000 left empty.
            let minimum = try #require(try await client.send(API.Grid.computeMinInvestment(.init(
                instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1))).first)
            // Each level at the 0.00001 minimum: buys at 60000…64000 plus base for five sells at 65000.
            #expect(minimum.minInvestmentData?.first?.amt == dec("6.35") && minimum.minInvestmentData?.first?.ccy == "USDT")
            let tooSmall = await okxError {
                _ = try await client.send(API.Grid.placeGridAlgoOrder(.init(instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000,
                                                                            gridNum: 10, runType: .v1, quoteSz: 6)))
            }
            #expect(tooSmall?.code == 51340)

            let placed = try #require(try await client.send(API.Grid.placeGridAlgoOrder(.init(
                instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1, quoteSz: 1000))).first)
            let algoId = placed.algoId
            #expect(placed.sCode == "0")
            // 1000 / 635000 per level, floored to the 0.00000001 lot.
            let perGrid = dec("0.0015748")
            let live = try await subOrders(client, algoId, "grid", kind: "live")
            #expect(live.map(\.px) == [60000, 61000, 62000, 63000, 64000, 66000, 67000, 68000, 69000, 70000])
            #expect(live.map(\.side) == Array(repeating: "buy", count: 5) + Array(repeating: "sell", count: 5))
            let filledAtStart = try await rows(client, "/api/v5/tradingBot/grid/sub-orders", ["algoOrdType": "grid", "algoId": algoId, "type": "filled"])
            // The base for five sells, bought at market with the 0.1 % fee taken in base.
            #expect(filledAtStart.count == 1 && number(filledAtStart.first?["accFillSz"]) == dec("0.00788189"))
            let pending = try await rows(client, "/api/v5/trade/orders-pending", ["instId": "BTC-USDT"])
            #expect(pending.count == 10 && pending.allSatisfy { $0["algoId"]?.stringValue == algoId && number($0["sz"]) == perGrid })

            // Down through 64000 and 63000: both buys fill, sells go one level up (65000 and 64000).
            let down = try sim.setPrice("BTC-USDT", to: 62500)
            #expect(down.filled.compactMap(\.price).sorted() == [63000, 64000])
            #expect(down.botOrders.map(\.side) == ["sell", "sell"] && down.botOrders.compactMap(\.price).sorted() == [64000, 65000])
            let afterDrop = try await subOrders(client, algoId, "grid", kind: "live")
            #expect(afterDrop.filter { $0.side == "buy" }.map(\.px) == [60000, 61000, 62000])
            #expect(afterDrop.filter { $0.side == "sell" }.map(\.px) == [64000, 65000, 66000, 67000, 68000, 69000, 70000])

            // Back up to 65000: the two refilled sells close their pairs.
            let up = try sim.setPrice("BTC-USDT", to: 65000)
            #expect(up.filled.compactMap(\.price).sorted() == [64000, 65000])
            #expect(up.botOrders.map(\.side) == ["buy", "buy"] && up.botOrders.compactMap(\.price).sorted() == [63000, 64000])
            let details = try #require(try await client.send(API.Grid.gridAlgoOrderDetails(.init(algoOrdType: .grid, algoId: algoId))).first)
            #expect(details.arbitrageNum == 2)
            // 2 × 1000 × 0.0015748, less the 0.08 % maker fee on the four fills (buys' fee in base, at their price).
            #expect(details.gridProfit == dec("2.82708096"))
            let fills = try await rows(client, "/api/v5/trade/fills", ["instId": "BTC-USDT"])
            #expect(fills.count == 5)

            // Stopping with stopType 1 cancels every level and sells the base.
            let stopped = try #require(try await client.send(API.Grid.stopGridAlgoOrder([.init(algoId: algoId, instId: "BTC-USDT", algoOrdType: .grid, stopType: "1")])).first)
            #expect(stopped.sCode == "0")
            #expect(try await rows(client, "/api/v5/trade/orders-pending", ["instId": "BTC-USDT"]).isEmpty)
            #expect(try await subOrders(client, algoId, "grid", kind: "live").isEmpty)
            let history = try await rows(client, "/api/v5/tradingBot/grid/orders-algo-history", ["algoOrdType": "grid"])
            #expect(history.first?["algoId"]?.stringValue == algoId && history.first?["state"]?.stringValue == "stopped")
            #expect(try await rows(client, "/api/v5/tradingBot/grid/orders-algo-pending", ["algoOrdType": "grid"]).isEmpty)
            let balance = try #require(try await rows(client, "/api/v5/account/balance", ["ccy": "USDT"]).first)
            #expect(number(balance["details"]?.arrayValue?.first?["frozenBal"]) == 0)
        }
    }

    @Test func aLongContractGridOpensThePositionItsSellLevelsClose() async throws {
        try await withSimulator { sim, client in
            // BTC-USDT-SWAP trades at 65010: 65000 is the empty level; five sells above it.
            let placed = try #require(try await client.send(API.Grid.placeGridAlgoOrder(.init(
                instId: "BTC-USDT-SWAP", algoOrdType: .contractGrid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1,
                sz: 1000, direction: .long, lever: 10))).first)
            let algoId = placed.algoId
            // Margin 1000 × 10 over the order levels (650000 × 0.01 contract value): 1.53 contracts a level.
            let position = try #require(try await rows(client, "/api/v5/tradingBot/grid/positions", ["algoOrdType": "contract_grid", "algoId": algoId]).first)
            #expect(number(position["pos"]) == dec("7.65") && number(position["lever"]) == 10)
            let account = try #require(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).first)
            #expect(number(account["pos"]) == dec("8.65"), "the account's starting contract plus the bot's")
            let live = try await subOrders(client, algoId, "contract_grid", kind: "live")
            #expect(live.count == 10 && live.filter { $0.side == "sell" }.map(\.px) == [66000, 67000, 68000, 69000, 70000])

            // Up through 66000: a sell fills (closing part of the opening position), a buy goes to 65000.
            let move = try sim.setPrice("BTC-USDT-SWAP", to: 66500)
            #expect(move.filled.compactMap(\.price) == [66000] && move.botOrders.compactMap(\.price) == [65000])
            let after = try #require(try await rows(client, "/api/v5/tradingBot/grid/positions", ["algoOrdType": "contract_grid", "algoId": algoId]).first)
            #expect(number(after["pos"]) == dec("6.12"))
            let details = try #require(try await client.send(API.Grid.gridAlgoOrderDetails(.init(algoOrdType: .contractGrid, algoId: algoId))).first)
            #expect(details.arbitrageNum == 1 && details.state?.rawValue == "running")

            // stopType 1 closes the bot's position and cancels its orders; the account keeps its own contract.
            _ = try await client.send(API.Grid.stopGridAlgoOrder([.init(algoId: algoId, instId: "BTC-USDT-SWAP", algoOrdType: .contractGrid, stopType: "1")]))
            let closed = try #require(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).first)
            #expect(number(closed["pos"]) == 1)
            #expect(try await rows(client, "/api/v5/trade/orders-pending", ["instId": "BTC-USDT-SWAP"]).isEmpty)
        }
    }

    @Test func aGridStopsAtItsAmendedStopLossAndSellsItsBase() async throws {
        try await withSimulator { sim, client in
            let placed = try #require(try await client.send(API.Grid.placeGridAlgoOrder(.init(
                instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1, slTriggerPx: 58000, quoteSz: 1000))).first)
            let tooHigh = await okxError {
                _ = try await client.send(API.Grid.amendGridAlgoOrder(.init(algoId: placed.algoId, instId: "BTC-USDT", slTriggerPx: 60500)))
            }
            #expect(tooHigh?.code == 51348, "a stop loss sits below the range")
            _ = try await client.send(API.Grid.amendGridAlgoOrder(.init(algoId: placed.algoId, instId: "BTC-USDT", slTriggerPx: 59000)))
            // 59500 fills every buy level but stays above the stop loss; 58900 reaches it.
            let fell = try sim.setPrice("BTC-USDT", to: 59500)
            #expect(fell.filled.count == 5)
            let stop = try sim.setPrice("BTC-USDT", to: 58900)
            #expect(stop.botOrders.contains { $0.side == "sell" && $0.ordType == "market" }, "the base is sold at market")
            let row = try #require(try await rows(client, "/api/v5/tradingBot/grid/orders-algo-history", ["algoOrdType": "grid"]).first)
            #expect(row["state"]?.stringValue == "stopped" && row["cancelType"]?.stringValue == "3" && row["slTriggerPx"]?.stringValue == "59000")
            #expect(try await rows(client, "/api/v5/trade/orders-pending", ["instId": "BTC-USDT"]).isEmpty)
        }
    }

    @Test func aSpotGridInvestedInBaseSellsWhatItsSellLevelsDoNotNeed() async throws {
        try await withSimulator { _, client in
            // 0.02 BTC is worth 1300 USDT at 65000: 1300 / 635000 = 0.00204724 a level (whole lots), so the
            // five sells need 0.0102362 BTC and the other 0.0097638 is sold at market to fund the buys.
            let placed = try #require(try await client.send(API.Grid.placeGridAlgoOrder(.init(
                instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1, baseSz: dec("0.02")))).first)
            let filled = try await rows(client, "/api/v5/tradingBot/grid/sub-orders", ["algoOrdType": "grid", "algoId": placed.algoId, "type": "filled"])
            #expect(filled.count == 1 && filled.first?["side"]?.stringValue == "sell" && number(filled.first?["accFillSz"]) == dec("0.0097638"))
            let details = try #require(try await client.send(API.Grid.gridAlgoOrderDetails(.init(algoOrdType: .grid, algoId: placed.algoId))).first)
            #expect(details.investment == 1300 && details.singleAmt == dec("0.00204724"))
        }
    }

    @Test func gridParametersAreCheckedWithOKXCodes() async throws {
        try await withSimulator { _, client in
            func code(_ body: [String: String]) async -> OKXError.Code? {
                let error = await okxError { _ = try await post(client, "/api/v5/tradingBot/grid/order-algo", .object(body.mapValues { .string($0) })) }
                return error?.code
            }
            #expect(await code(["algoOrdType": "grid", "maxPx": "70000", "minPx": "60000", "gridNum": "10", "quoteSz": "100"]) == 50014)
            #expect(await code(["instId": "BTC-USDT", "algoOrdType": "grid", "maxPx": "60000", "minPx": "70000", "gridNum": "10", "quoteSz": "100"]) == 51346)
            #expect(await code(["instId": "BTC-USDT", "algoOrdType": "grid", "maxPx": "70000", "minPx": "60000", "gridNum": "10"]) == 50014)
            #expect(await code(["instId": "BTC-USDT-SWAP", "algoOrdType": "contract_grid", "maxPx": "70000", "minPx": "60000", "gridNum": "10",
                                "sz": "100", "lever": "5"]) == 50014, "direction is required")
            #expect(await code(["instId": "BTC-USDT", "algoOrdType": "grid", "maxPx": "60100", "minPx": "60000", "gridNum": "100", "quoteSz": "100"]) == 51381,
                    "grids this close lose money")
            let ai = try #require(try await client.send(API.Grid.gridAIParameter(.init(algoOrdType: .grid, instId: "BTC-USDT", direction: .neutral))).first)
            #expect(ai.minPx == 58500 && ai.maxPx == 71500 && ai.gridNum == 10)
        }
    }

    // MARK: DCA

    @Test func aDCABotBuysSafetyOrdersOnADropAndStartsANewCycleAtTheTakeProfit() async throws {
        try await withSimulator { sim, client in
            let body: JSONValue = .object(["instId": .string("ETH-USDT"), "algoOrdType": .string("spot_dca"), "initOrdAmt": .string("100"),
                                           "safetyOrdAmt": .string("50"), "maxSafetyOrds": .string("3"), "pxSteps": .string("0.02"),
                                           "pxStepsMult": .string("1.5"), "volMult": .string("2"), "tpPct": .string("0.01"), "lever": .string("1"),
                                           "triggerParams": .array([.object(["triggerAction": .string("start"), "triggerStrategy": .string("instant")])])])
            let algoId = try #require(try await post(client, "/api/v5/tradingBot/dca/create", body).first?["algoId"]?.stringValue)
            let orders = try await rows(client, "/api/v5/tradingBot/dca/orders", ["algoId": algoId, "algoOrdType": "spot_dca"])
            let initial = try #require(orders.last)
            // 100 USDT at the 3400.1 ask.
            #expect(initial["ordType"]?.stringValue == "market" && number(initial["filledSz"]) == dec("0.02941") && number(initial["avgFillPx"]) == dec("3400.1"))
            // Safety n at 3400.1 × (1 − 0.02 × (1 + 1.5 + … )), for 50 × 2^(n−1) USDT.
            let safety = orders.filter { $0["side"]?.stringValue == "buy" && $0["ordType"]?.stringValue == "limit" }
                .map { (number($0["px"]) ?? -1, number($0["sz"]) ?? -1) }.sorted { $0.0 > $1.0 }
            #expect(safety.map(\.0) == [dec("3332.09"), dec("3230.09"), dec("3077.09")])
            #expect(safety.map(\.1) == [dec("0.015005"), dec("0.030958"), dec("0.064996")])
            let takeProfit = try #require(orders.first { $0["side"]?.stringValue == "sell" })
            #expect(number(takeProfit["px"]) == dec("3434.11") && number(takeProfit["sz"]) == dec("0.02938"))

            // A drop to 3300 fills the first safety order (a maker: 0.08 % of it goes in fees); the take
            // profit follows the new average, for 0.02938059 + 0.015005 × 0.9992 ETH.
            let drop = try sim.setPrice("ETH-USDT", to: 3300)
            #expect(drop.filled.compactMap(\.price) == [dec("3332.09")])
            let position = try #require(try await rows(client, "/api/v5/tradingBot/dca/position-details", ["algoId": algoId, "algoOrdType": "spot_dca"]).first)
            #expect(position["fillSafetyOrds"]?.stringValue == "1" && number(position["tpPx"]) == dec("3410.9"))
            let resting = try await rows(client, "/api/v5/trade/orders-pending", ["instId": "ETH-USDT"])
            #expect(resting.contains { $0["side"]?.stringValue == "sell" && number($0["px"]) == dec("3410.9") && number($0["sz"]) == dec("0.044373") })
            #expect(resting.count == 3, "two safety orders and the take profit")

            // Up to the take profit: the cycle closes with a profit and the next one starts at market.
            let up = try sim.setPrice("ETH-USDT", to: 3411)
            #expect(up.filled.compactMap(\.price) == [dec("3410.9")])
            let cycles = try await rows(client, "/api/v5/tradingBot/dca/cycle-list", ["algoId": algoId, "algoOrdType": "spot_dca"])
            #expect(cycles.count == 2)
            #expect(cycles.first?["currentCycle"] == .bool(true) && cycles.last?["currentCycle"] == .bool(false))
            // Sold: 0.044373 × 3410.9 × (1 − 0.0008). Its cost: the buys' 149.99495145 USDT spread over the
            // 0.044373586 ETH they left after their fees, × 0.044373.
            #expect(number(cycles.last?["realizedPnl"]) == dec("1.2378136") && cycles.last?["endTime"]?.stringValue?.isEmpty == false)
            let next = try await rows(client, "/api/v5/trade/orders-pending", ["instId": "ETH-USDT"])
            #expect(next.count == 4, "three new safety orders and a new take profit; the old cycle's are cancelled")

            _ = try await post(client, "/api/v5/tradingBot/dca/stop", .object(["algoId": .string(algoId), "algoOrdType": .string("spot_dca"), "stopType": .string("2")]))
            #expect(try await rows(client, "/api/v5/trade/orders-pending", ["instId": "ETH-USDT"]).isEmpty)
            #expect(try await rows(client, "/api/v5/tradingBot/dca/history-list", ["algoOrdType": "spot_dca"]).first?["state"]?.stringValue == "stopped")
        }
    }

    @Test func aShortContractDCASellsSafetyOrdersOnARiseAndBuysBackAtTheTakeProfit() async throws {
        try await withSimulator { sim, client in
            let body: JSONValue = .object(["instId": .string("BTC-USDT-SWAP"), "algoOrdType": .string("contract_dca"), "direction": .string("short"),
                                           "lever": .string("10"), "initOrdAmt": .string("100"), "safetyOrdAmt": .string("50"),
                                           "maxSafetyOrds": .string("2"), "pxSteps": .string("0.01"), "pxStepsMult": .string("1"),
                                           "volMult": .string("1"), "tpPct": .string("0.005"),
                                           "triggerParams": .array([.object(["triggerAction": .string("start"), "triggerStrategy": .string("instant")])])])
            let algoId = try #require(try await post(client, "/api/v5/tradingBot/dca/create", body).first?["algoId"]?.stringValue)
            // 100 margin × 10 at 65010 is 1.53 contracts of 0.01 BTC, sold at the 65009 bid.
            let orders = try await rows(client, "/api/v5/tradingBot/dca/orders", ["algoId": algoId, "algoOrdType": "contract_dca"])
            #expect(orders.last.map { number($0["filledSz"]) == dec("1.53") && number($0["avgFillPx"]) == 65009 && $0["side"]?.stringValue == "sell" } == true)
            // Safety orders 1 % and 2 % above, 50 × 10 margin each; the take profit 0.5 % below.
            let safety = orders.filter { $0["side"]?.stringValue == "sell" && $0["ordType"]?.stringValue == "limit" }
                .map { (number($0["px"]) ?? -1, number($0["sz"]) ?? -1) }.sorted { $0.0 < $1.0 }
            #expect(safety.map(\.0) == [dec("65659.1"), dec("66309.2")] && safety.map(\.1) == [dec("0.76"), dec("0.75")])
            #expect(orders.contains { $0["side"]?.stringValue == "buy" && number($0["px"]) == dec("64683.9") && number($0["sz"]) == dec("1.53") })

            try sim.setPrice("BTC-USDT-SWAP", to: 65700)
            let position = try #require(try await rows(client, "/api/v5/tradingBot/dca/position-details", ["algoId": algoId, "algoOrdType": "contract_dca"]).first)
            #expect(number(position["sz"]) == dec("2.29") && number(position["tpPx"]) == dec("64898.6") && position["fillSafetyOrds"]?.stringValue == "1")

            let down = try sim.setPrice("BTC-USDT-SWAP", to: 64800)
            #expect(down.filled.compactMap(\.price) == [dec("64898.6")])
            let cycles = try await rows(client, "/api/v5/tradingBot/dca/cycle-list", ["algoId": algoId, "algoOrdType": "contract_dca"])
            // (average 65224.75… − 64898.6) × 2.29 × 0.01, less the taker fee of the entry and the maker fees of the other two fills.
            #expect(cycles.count == 2 && number(cycles.last?["realizedPnl"]) == dec("6.57456373"))
            let account = try #require(try await rows(client, "/api/v5/account/positions", ["instId": "BTC-USDT-SWAP"]).first)
            // The new cycle sells 1000 / (64800 × 0.01) = 1.54 contracts against the account's starting long of 1.
            #expect(number(account["pos"]) == dec("-0.54"))
        }
    }

    // MARK: Recurring buy

    @Test func aRecurringBuyBuysEachCoinOncePerPeriodOfTheBotClock() async throws {
        try await withSimulator { sim, client in
            let request = API.RecurringBuy.PlaceRecurringBuyOrder.Request(
                stgyName: "btc-eth", recurringList: [.init(ccy: "BTC", ratio: dec("0.6")), .init(ccy: "ETH", ratio: dec("0.4"))],
                period: .daily, recurringTime: 9, timeZone: 8, amt: 100, investmentCcy: .usdt, tdMode: .cash)
            let algoId = try #require(try await client.send(API.RecurringBuy.placeRecurringBuyOrder(request)).first?.algoId)
            #expect(try await rows(client, "/api/v5/tradingBot/recurring/sub-orders", ["algoId": algoId]).isEmpty)

            let day: Int64 = 86_400_000
            let orders = sim.advanceBotClock(by: day)
            #expect(orders.map(\.instId).sorted() == ["BTC-USDT", "ETH-USDT"])
            let subs = try await rows(client, "/api/v5/tradingBot/recurring/sub-orders", ["algoId": algoId])
            let sizes = Dictionary(uniqueKeysWithValues: subs.map { ($0["instId"]?.stringValue ?? "", number($0["sz"]) ?? -1) })
            #expect(sizes == ["BTC-USDT": 60, "ETH-USDT": 40])
            #expect(subs.allSatisfy { $0["state"]?.stringValue == "filled" && $0["side"]?.stringValue == "buy" })
            let details = try #require(try await rows(client, "/api/v5/tradingBot/recurring/orders-algo-details", ["algoId": algoId]).first)
            #expect(details["cycles"]?.stringValue == "1")
            let next = try #require(details["nextInvestTime"]?.stringValue.flatMap { Int64($0) })
            #expect((next + 8 * 3_600_000) % day == 9 * 3_600_000, "09:00 in UTC+8")
            #expect(next > sim.botMilliseconds() && next <= sim.botMilliseconds() + day)

            // Paused, a day passes without a buy; stopped, it moves to the history.
            _ = try await post(client, "/api/v5/tradingBot/recurring/pause", .array([.object(["algoId": .string(algoId)])]))
            #expect(sim.advanceBotClock(by: day).isEmpty)
            _ = try await client.send(API.RecurringBuy.stopRecurringBuyOrder([.init(algoId: algoId)]))
            #expect(try await rows(client, "/api/v5/tradingBot/recurring/orders-algo-history").first?["state"]?.stringValue == "stopped")
        }
    }

    @Test func theAdvanceControlPathRunsDueBuys() async throws {
        try await withSimulator { sim, client in
            let body: JSONValue = .object(["stgyName": .string("hourly"), "recurringList": .array([.object(["ccy": .string("BTC"), "ratio": .string("1")])]),
                                           "period": .string("hourly"), "recurringHour": .string("4"), "recurringTime": .string("0"),
                                           "timeZone": .string("0"), "amt": .string("20"), "investmentCcy": .string("USDT"), "tdMode": .string("cash")])
            let algoId = try #require(try await post(client, "/api/v5/tradingBot/recurring/order-algo", body).first?["algoId"]?.stringValue)
            let curl = try CurlTransport()
            let response = try await curl.send(HTTPRequest(method: .post, url: sim.baseURL + "/sim/v1/advance",
                                                           headers: [HTTPHeader("Content-Type", "application/json")], body: Array(#"{"ms": 43200000}"#.utf8)))
            let answer = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
            let orders = ((answer["data"] as? [[String: Any]])?.first?["orders"] as? [[String: Any]]) ?? []
            #expect(orders.count == 3, "every 4 hours: three buys in 12 hours")
            #expect(try await rows(client, "/api/v5/tradingBot/recurring/sub-orders", ["algoId": algoId]).count == 3)
        }
    }

    // MARK: WebSocket

    @Test func botChannelsPushWhenAGridIsCreatedAndRefilled() async throws {
        let ws = SimulatorWebSocketTests()
        try await ws.withSim { sim in
            let (_, client) = try ws.restClient(sim)
            try await ws.withRawSocket(sim.demoWebSocketBaseURL + "/ws/v5/business") { socket in
                let refused = try await socket.subscribe(["channel": "grid-orders-spot", "instType": "SPOT"])
                #expect(SimulatorWebSocketTests.code(refused) == "60011", "login first")
                #expect(SimulatorWebSocketTests.code(try await socket.login(.demo)) == "0")
                #expect(try await socket.subscribe(["channel": "grid-orders-spot", "instType": "SPOT"])["event"] as? String == "subscribe")
                #expect(try await socket.subscribe(["channel": "grid-sub-orders", "instType": "SPOT"])["event"] as? String == "subscribe")
                let placed = try #require(try await client.send(API.Grid.placeGridAlgoOrder(.init(
                    instId: "BTC-USDT", algoOrdType: .grid, maxPx: 70000, minPx: 60000, gridNum: 10, runType: .v1, quoteSz: 1000))).first)
                let created = try await socket.next("the grid's push") { ($0["arg"] as? [String: Any])?["channel"] as? String == "grid-orders-spot" }
                let row = try #require((created["data"] as? [[String: Any]])?.first)
                #expect(row["algoId"] as? String == placed.algoId && row["state"] as? String == "running" && row["gridNum"] as? String == "10")
                let subOrders = try await socket.next("the grid's orders") { ($0["arg"] as? [String: Any])?["channel"] as? String == "grid-sub-orders" }
                #expect((subOrders["data"] as? [[String: Any]])?.count == 11, "the market buy and ten levels")

                try sim.setPrice("BTC-USDT", to: 63900)
                let refill = try await socket.next("the refill") { message in
                    guard (message["arg"] as? [String: Any])?["channel"] as? String == "grid-sub-orders" else { return false }
                    return (message["data"] as? [[String: Any]])?.contains { $0["side"] as? String == "sell" && $0["px"] as? String == "65000" } ?? false
                }
                #expect((refill["data"] as? [[String: Any]])?.first?["state"] as? String == "filled")

                // A recurring buy pushes when created and when it buys.
                #expect(try await socket.subscribe(["channel": "algo-recurring-buy", "instType": "SPOT"])["event"] as? String == "subscribe")
                let recurring = API.RecurringBuy.PlaceRecurringBuyOrder.Request(
                    stgyName: "btc", recurringList: [.init(ccy: "BTC", ratio: 1)], period: .hourly, recurringHour: 1, recurringTime: 0,
                    timeZone: 0, amt: 10, investmentCcy: .usdt, tdMode: .cash)
                let algoId = try #require(try await client.send(API.RecurringBuy.placeRecurringBuyOrder(recurring)).first?.algoId)
                func recurringPush(cycles: String) async throws -> [String: Any]? {
                    let push = try await socket.next("the recurring buy with \(cycles) cycles") { message in
                        guard (message["arg"] as? [String: Any])?["channel"] as? String == "algo-recurring-buy" else { return false }
                        return (message["data"] as? [[String: Any]])?.first?["cycles"] as? String == cycles
                    }
                    return (push["data"] as? [[String: Any]])?.first
                }
                #expect(try await recurringPush(cycles: "0")?["algoId"] as? String == algoId)
                sim.advanceBotClock(by: 3_600_000)
                let bought = try await recurringPush(cycles: "1")
                // 10 USDT at the 63901 ask buys 0.00015649 BTC (whole lots), which cost 9.99986749.
                #expect(bought?["investmentAmt"] as? String == "9.99986749")
            }
        }
    }
}
