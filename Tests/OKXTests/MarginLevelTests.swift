import Foundation
@testable import OKX
import Testing

/// Which margin level governs a position (isolated: its own; cross: its currency's in
/// single-currency margin mode, the account's in multi-currency mode) and how far it is from
/// OKX's margin call (300 %) and liquidation (100 %). Every expected number is worked out by
/// hand in the comments.
@Suite struct MarginLevelTests {
    static func position(_ fields: [String: String]) throws -> API.TradingAccount.GetPositions.Response {
        try JSONDecoder().decode(API.TradingAccount.GetPositions.Response.self, from: JSONSerialization.data(withJSONObject: fields.merging(["posId": "1"]) { a, _ in a }))
    }

    static func balance(_ json: String) throws -> API.TradingAccount.GetBalance.Response {
        try JSONDecoder().decode(API.TradingAccount.GetBalance.Response.self, from: Data(json.utf8))
    }

    static let singleCurrency = """
        {"mgnRatio": "", "adjEq": "", "mmr": "", "details": [{"ccy": "USDT", "eq": "5000", "mmr": "250", "mgnRatio": "20"}]}
        """
    static let multiCurrency = """
        {"mgnRatio": "2.5", "adjEq": "1000", "mmr": "400", "details": [{"ccy": "USDT", "eq": "1000", "mmr": "", "mgnRatio": ""}]}
        """

    @Test func anIsolatedPositionHasItsOwnLevel() throws {
        // Margin 100 USDT, unrealised loss 20, maintenance margin 10:
        // level (100 − 20) / 10 = 8 (800 %); before the margin call it can lose 80 − 3 × 10 = 50,
        // before liquidation 80 − 10 = 70. Mark 60000, liqPx 57000: −3000, −5 % of the mark.
        let long = try Self.position(["instId": "BTC-USDT-SWAP", "mgnMode": "isolated", "margin": "100", "upl": "-20", "mmr": "10",
                                      "markPx": "60000", "liqPx": "57000", "ccy": "USDT"])
        let level = try #require(long.marginLevel(in: try Self.balance(Self.multiCurrency)))
        #expect(level.scope == .position(instId: "BTC-USDT-SWAP"), "isolated ignores the account's 250 %")
        #expect(level.ratio == 8 && level.zone == .healthy)
        #expect(level.lossToMarginCall == 50 && level.lossToLiquidation == 70)
        #expect(long.priceMoveToLiquidation == -3000 && long.priceMoveToLiquidationFraction == Decimal(string: "-0.05"))

        // The same position after a further loss of 55: (100 − 75) / 10 = 2.5, inside the
        // margin-call zone, 25 − 30 = −5 past it; still 25 − 10 = 15 from liquidation.
        let worse = try Self.position(["instId": "BTC-USDT-SWAP", "mgnMode": "isolated", "margin": "100", "upl": "-75", "mmr": "10"])
        let inCall = try #require(worse.marginLevel(in: try Self.balance(Self.multiCurrency)))
        #expect(inCall.ratio == Decimal(string: "2.5") && inCall.zone == .marginCall)
        #expect(inCall.lossToMarginCall == -5 && inCall.lossToLiquidation == 15 && inCall.aboveMarginCall == Decimal(string: "-0.5"))

        // (100 − 91) / 10 = 0.9: liquidation.
        let gone = try Self.position(["instId": "BTC-USDT-SWAP", "mgnMode": "isolated", "margin": "100", "upl": "-91", "mmr": "10"])
        #expect(try #require(gone.marginLevel(in: try Self.balance(Self.multiCurrency))).zone == .liquidation)
    }

    @Test func aCrossPositionSharesItsCurrencysLevelInSingleCurrencyMode() throws {
        // No account-level ratio; USDT's: equity 5000, maintenance 250, ratio 20 (2000 %):
        // 5000 − 3 × 250 = 4250 before the margin call, 5000 − 250 = 4750 before liquidation.
        let cross = try Self.position(["instId": "ETH-USDT-SWAP", "mgnMode": "cross", "ccy": "USDT", "mmr": "30", "mgnRatio": "99"])
        let level = try #require(cross.marginLevel(in: try Self.balance(Self.singleCurrency)))
        #expect(level.scope == .currency("USDT"), "the position's own figures do not decide a cross position")
        #expect(level.ratio == 20 && level.zone == .healthy && level.lossToMarginCall == 4250 && level.lossToLiquidation == 4750)
        #expect(level.aboveMarginCall == 17 && level.aboveLiquidation == 19)
    }

    @Test func aCrossPositionSharesTheAccountsLevelInMultiCurrencyMode() throws {
        // Adjusted equity 1000 over maintenance 400: 2.5 (250 %), in the margin-call zone;
        // 1000 − 1200 = −200 past the call, 1000 − 400 = 600 from liquidation.
        let cross = try Self.position(["instId": "BTC-USDT-SWAP", "mgnMode": "cross", "ccy": "USDT"])
        let level = try #require(cross.marginLevel(in: try Self.balance(Self.multiCurrency)))
        #expect(level.scope == .account && level.ratio == Decimal(string: "2.5") && level.zone == .marginCall)
        #expect(level.lossToMarginCall == -200 && level.lossToLiquidation == 600)
    }

    @Test func noLevelWithoutMaintenanceMargin() throws {
        let spot = try Self.position(["instId": "BTC-USDT", "mgnMode": "cross", "ccy": "BTC"])
        #expect(spot.marginLevel(in: try Self.balance(Self.singleCurrency)) == nil, "BTC has no detail with a ratio")
    }
}
