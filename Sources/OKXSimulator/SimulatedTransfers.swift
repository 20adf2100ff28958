import Foundation

/// A transfer between an account's funding (`6`) and trading (`18`) accounts, kept so that
/// `asset/transfer-state` can answer for it by `transId` or `clientId`.
struct SimulatedTransfer: Sendable {
    var account: String
    var transId: String
    var clientId: String
    var ccy: String
    var amount: Decimal
    var from: String
    var to: String
    var ts: Int64
}

extension SimulatedExchange {
    /// The account codes OKX uses in `from`/`to`: funding and trading.
    static let fundingAccount = "6", tradingAccount = "18"

    /// Moves `amount` of `ccy` between the funding and the trading account (OKX's `type` 0,
    /// within one account). The trading side can only give what is available (not frozen by
    /// orders or held as position margin); a trading-side change is a bill of type 1.
    func transfer(account: String, ccy: String, amount: Decimal, from: String, to: String, clientId: String, now: Int64) throws(ExchangeError) -> SimulatedTransfer {
        try state.withLock { (s: inout State) throws(ExchangeError) -> SimulatedTransfer in
            let accounts = [Self.fundingAccount, Self.tradingAccount]
            guard accounts.contains(from) else { throw ExchangeError(code: 58129, params: ["from"]) }
            guard accounts.contains(to) else { throw ExchangeError(code: 58129, params: ["to"]) }
            guard from != to else { throw ExchangeError(code: 58123) }
            guard amount > 0 else { throw ExchangeError(code: 51000, params: ["amt"]) }
            var acct = s.accounts[account] ?? Account()
            let available = from == Self.fundingAccount ? acct.funding[ccy] ?? 0 : Self.available(acct, ccy, instruments: s.instruments)
            guard available >= amount else { throw ExchangeError(code: 58350) }
            let signed = from == Self.tradingAccount ? -amount : amount
            acct.funding[ccy, default: 0] -= signed
            if acct.funding[ccy] == 0 { acct.funding[ccy] = nil }
            acct.balances[ccy, default: 0] += signed
            s.billSequence += 1
            acct.bills.append(SimulatedBill(
                account: account, billId: String(s.billSequence), instType: "", instId: "", ccy: ccy, balChg: signed,
                bal: acct.balances[ccy] ?? 0, type: "1", subType: signed > 0 ? "11" : "12", ordId: "", clOrdId: "", tag: "",
                px: nil, sz: amount, fee: 0, pnl: 0, execType: "", mgnMode: "", ts: now))
            let transfer = SimulatedTransfer(account: account, transId: String(s.billSequence), clientId: clientId, ccy: ccy, amount: amount,
                                             from: from, to: to, ts: now)
            acct.transfers.append(transfer)
            s.accounts[account] = acct
            return transfer
        }
    }
}
