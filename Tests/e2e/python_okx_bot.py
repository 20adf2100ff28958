"""What a typical python-okx bot does, against `okx sim`: the SDK unmodified, its `domain` pointed at the simulator."""
from importlib.metadata import version

import okx.Account as Account
import okx.Funding as Funding
import okx.Grid as Grid
import okx.MarketData as MarketData
import okx.PublicData as PublicData
import okx.Status as Status
import okx.Trade as Trade

from harness import Environment, Steps, check, control, expect_code, set_price

env = Environment()
DEMO = "1"


def apis(key, flag=DEMO, url=None):
    api_key, secret, passphrase = key
    domain = url or env.url
    args = dict(api_key=api_key, api_secret_key=secret, passphrase=passphrase, flag=flag, domain=domain, debug=False)
    return (Trade.TradeAPI(**args), Account.AccountAPI(**args), Funding.FundingAPI(**args))


trade, account, funding = apis(env.demo)
market = MarketData.MarketAPI(flag=DEMO, domain=env.url, debug=False)
public = PublicData.PublicAPI(flag=DEMO, domain=env.url, debug=False)
status = Status.StatusAPI(flag=DEMO, domain=env.url, debug=False)
grid = Grid.GridAPI(api_key=env.demo[0], api_secret_key=env.demo[1], passphrase=env.demo[2], flag=DEMO, domain=env.url, debug=False)
steps = Steps(f"python-okx {version('python-okx')}")


def ok(response):
    check(response.get("code") == "0", f"code {response.get('code')}: {response.get('msg')}")
    return response["data"]


def placed(response):
    data = ok(response)
    check(data[0]["sCode"] == "0", f"sCode {data[0]['sCode']}: {data[0]['sMsg']}")
    return data[0]["ordId"]


def instruments():
    spot = ok(public.get_instruments(instType="SPOT"))
    check(any(i["instId"] == "BTC-USDT" for i in spot), "BTC-USDT listed")
    swap = ok(public.get_instruments(instType="SWAP"))[0]
    check(swap["uly"] == "BTC-USDT" and swap["instFamily"] == "BTC-USDT" and swap["ctType"] == "linear", f"swap {swap['uly']} {swap['ctType']}")
    check(swap["ctVal"] == "0.01" and swap["settleCcy"] == "USDT", f"ctVal {swap['ctVal']}")
    currencies = ok(funding.get_currencies())
    check(any(c["ccy"] == "USDT" for c in currencies), "asset/currencies")


def tickers():
    t = ok(market.get_ticker(instId="BTC-USDT"))[0]
    check(float(t["bidPx"]) < float(t["askPx"]), "bid below ask")
    check(len(ok(market.get_tickers(instType="SPOT"))) >= 2, "spot tickers")


def books():
    book = ok(market.get_orderbook(instId="BTC-USDT", sz="5"))[0]
    check(len(book["asks"]) == 5 and len(book["bids"]) == 5, "five levels")


def candles():
    for bar in ["1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "1W", "1M", "3M",
                "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "1Wutc", "1Mutc", "3Mutc"]:
        rows = ok(market.get_candlesticks(instId="BTC-USDT", bar=bar, limit="5"))
        check(len(rows) == 5, f"{bar}: {len(rows)} rows")
        stamps = [int(r[0]) for r in rows]
        check(stamps == sorted(stamps, reverse=True) and len(set(stamps)) == 5, f"{bar}: newest first")
    older = ok(market.get_candlesticks(instId="BTC-USDT", bar="1H", after=rows[-1][0], limit="3"))
    check(int(older[0][0]) < int(rows[-1][0]), "after pages back")


def history_candles():
    rows = ok(market.get_history_candlesticks(instId="BTC-USDT", bar="1D", limit="30"))
    check(len(rows) == 30 and all(r[8] == "1" for r in rows), "confirmed history")
    expect_code(51000, lambda: market.get_candlesticks(instId="BTC-USDT", bar="7m"))


def trades():
    rows = ok(market.get_trades(instId="BTC-USDT", limit="30"))
    check(len(rows) == 30 and all(r["side"] in ("buy", "sell") for r in rows), "30 trades")


def balance():
    details = ok(account.get_account_balance())[0]["details"]
    check({d["ccy"] for d in details} >= {"USDT", "BTC"}, "USDT and BTC")
    only = ok(account.get_account_balance(ccy="BTC"))[0]["details"]
    check([d["ccy"] for d in only] == ["BTC"], f"ccy filter: {[d['ccy'] for d in only]}")


def lifecycle():
    ord_id = placed(trade.place_order(instId="BTC-USDT", tdMode="cash", side="buy", ordType="limit", sz="0.01", px="50000", clOrdId="pyokx1", tag="pybot"))
    order = ok(trade.get_order(instId="BTC-USDT", ordId=ord_id))[0]
    check(order["state"] == "live" and order["tag"] == "pybot", f"state {order['state']} tag {order['tag']}")
    check(any(o["ordId"] == ord_id for o in ok(trade.get_order_list(instType="SPOT"))), "pending")
    ok(trade.amend_order(instId="BTC-USDT", ordId=ord_id, newPx="50500"))
    check(ok(trade.get_order(instId="BTC-USDT", clOrdId="pyokx1"))[0]["px"] == "50500", "amended")
    ok(trade.cancel_order(instId="BTC-USDT", ordId=ord_id))
    check(ok(trade.get_order(instId="BTC-USDT", ordId=ord_id))[0]["state"] == "canceled", "canceled")


def batches():
    data = ok(trade.place_multiple_orders([
        {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "50000"},
        {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "50001"},
    ]))
    ids = [d["ordId"] for d in data]
    amended = ok(trade.amend_multiple_orders([{"instId": "BTC-USDT", "ordId": i, "newSz": "0.02"} for i in ids]))
    check(all(a["sCode"] == "0" for a in amended), "batch amend")
    check(all(ok(trade.get_order(instId="BTC-USDT", ordId=i))[0]["sz"] == "0.02" for i in ids), "sizes amended")
    ok(trade.cancel_multiple_orders([{"instId": "BTC-USDT", "ordId": i} for i in ids]))
    check(all(ok(trade.get_order(instId="BTC-USDT", ordId=i))[0]["state"] == "canceled" for i in ids), "batch cancel")


def market_in_quote():
    ord_id = placed(trade.place_order(instId="BTC-USDT", tdMode="cash", side="buy", ordType="market", sz="100"))
    order = ok(trade.get_order(instId="BTC-USDT", ordId=ord_id))[0]
    check(order["tgtCcy"] == "quote_ccy" and order["state"] == "filled", f"tgtCcy {order['tgtCcy']} state {order['state']}")
    check(0 < float(order["accFillSz"]) < 0.002, f"100 USDT buys {order['accFillSz']} BTC")
    ord_id = placed(trade.place_order(instId="BTC-USDT", tdMode="cash", side="buy", ordType="market", sz="0.001", tgtCcy="base_ccy"))
    check(ok(trade.get_order(instId="BTC-USDT", ordId=ord_id))[0]["accFillSz"] == "0.001", "base-sized market buy")


def order_semantics():
    ask = float(ok(market.get_ticker(instId="ETH-USDT"))[0]["askPx"])
    po = placed(trade.place_order(instId="ETH-USDT", tdMode="cash", side="buy", ordType="post_only", sz="0.1", px=str(ask + 5)))
    check(ok(trade.get_order(instId="ETH-USDT", ordId=po))[0]["state"] == "canceled", "post_only crossing cancelled")
    ioc = placed(trade.place_order(instId="ETH-USDT", tdMode="cash", side="buy", ordType="ioc", sz="0.1", px=str(ask - 50)))
    check(ok(trade.get_order(instId="ETH-USDT", ordId=ioc))[0]["state"] == "canceled", "ioc not marketable cancelled")
    fok = placed(trade.place_order(instId="ETH-USDT", tdMode="cash", side="buy", ordType="fok", sz="15", px=str(ask)))
    order = ok(trade.get_order(instId="ETH-USDT", ordId=fok))[0]
    check(order["state"] == "canceled" and order["accFillSz"] == "0", "fok that cannot fill whole cancelled")
    fill = placed(trade.place_order(instId="ETH-USDT", tdMode="cash", side="buy", ordType="fok", sz="1", px=str(ask)))
    check(ok(trade.get_order(instId="ETH-USDT", ordId=fill))[0]["state"] == "filled", "fok that can fill fills")
    bad = (trade.place_order(instId="ETH-USDT", tdMode="cash", side="buy", ordType="bogus", sz="1", px=str(ask)))
    check(bad["data"][0]["sCode"] == "51000", f"unknown ordType: {bad['data'][0]['sCode']}")


def history():
    orders = ok(trade.get_orders_history(instType="SPOT"))
    check(len(orders) >= 5 and all(o["state"] in ("filled", "canceled") for o in orders), f"{len(orders)} finished orders")
    check(len(ok(trade.get_orders_history(instType="SPOT", state="filled"))) >= 3, "state filter")
    check(len(ok(trade.get_orders_history_archive(instType="SPOT", limit="2"))) == 2, "archive with limit")
    fills = ok(trade.get_fills(instType="SPOT"))
    check(len(fills) >= 3 and all(float(f["fee"]) < 0 for f in fills), "fills carry fees (negative: charged)")
    older = ok(trade.get_fills(instType="SPOT", after=fills[0]["billId"]))
    check(len(older) == len(fills) - 1, "after cursor")
    check(len(ok(trade.get_fills_history(instType="SPOT"))) == len(fills), "fills-history")
    check(ok(trade.get_fills(instType="SWAP")) == [], "instType filter")


def fees():
    rate = ok(account.get_fee_rates(instType="SPOT"))[0]
    check(rate["maker"] == "-0.0008" and rate["taker"] == "-0.001", f"spot fees {rate['maker']} {rate['taker']}")
    swap = ok(account.get_fee_rates(instType="SWAP"))[0]
    check(swap["takerU"] == "-0.0005", f"swap taker {swap['takerU']}")


def leverage():
    ok(account.set_leverage(lever="20", mgnMode="cross", instId="BTC-USDT-SWAP"))
    got = ok(account.get_leverage(mgnMode="cross", instId="BTC-USDT-SWAP"))[0]
    check(got["lever"] == "20", f"lever {got['lever']}")
    expect_code(59102, lambda: account.set_leverage(lever="500", mgnMode="cross", instId="BTC-USDT-SWAP"))


def positions():
    start = ok(account.get_positions(instType="SWAP"))
    pos0 = float(start[0]["pos"]) if start else 0.0
    placed(trade.place_order(instId="BTC-USDT-SWAP", tdMode="cross", side="sell", ordType="market", sz="3"))
    p = ok(account.get_positions(instId="BTC-USDT-SWAP"))
    check(len(p) == 1 and float(p[0]["pos"]) == pos0 - 3, f"pos {p[0]['pos'] if p else None}")
    p = p[0]
    check(float(p["liqPx"]) > float(p["avgPx"]), f"short liquidates above entry: {p['liqPx']} {p['avgPx']}")
    check(p["lever"] == "20" and p["upl"] != "" and p["mgnRatio"] != "", "lever, upl, mgnRatio")
    check(ok(account.get_positions(instType="SPOT")) == [], "instType filter")
    size = ok(account.get_max_order_size(instId="BTC-USDT-SWAP", tdMode="cross"))[0]
    check(float(size["maxBuy"]) > 0, "max size")
    avail = ok(account.get_max_avail_size(instId="BTC-USDT", tdMode="cash"))[0]
    check(float(avail["availBuy"]) > 0 and float(avail["availSell"]) > 0, "max avail size")


def close():
    ok(trade.close_positions(instId="BTC-USDT-SWAP", mgnMode="cross"))
    check(ok(account.get_positions(instId="BTC-USDT-SWAP")) == [], "closed")
    fills = ok(trade.get_fills(instType="SWAP"))
    check(len(fills) >= 2 and any(f["fillPnl"] != "0" for f in fills), "close realises PnL")


def bills():
    rows = ok(account.get_account_bills(instType="SWAP"))
    check(len(rows) >= 2 and all(r["ccy"] == "USDT" and r["type"] == "2" for r in rows), f"{len(rows)} swap bills")
    eth = ok(account.get_account_bills(ccy="ETH"))
    check(len(eth) >= 1 and all(r["ccy"] == "ETH" for r in eth), "ccy filter")


def funding_rate():
    rate = ok(public.get_funding_rate(instId="BTC-USDT-SWAP"))[0]
    check(rate["fundingRate"] == "0.0001" and int(rate["nextFundingTime"]) > int(rate["fundingTime"]), "funding")
    mark = ok(public.get_mark_price(instType="SWAP"))[0]
    check(mark["instId"] == "BTC-USDT-SWAP" and float(mark["markPx"]) > 0, "mark price")


def system():
    check(ok(status.status()) == [], "no maintenance")
    balances = ok(funding.get_balances(ccy="BTC"))
    check([b["ccy"] for b in balances] == ["BTC"], "funding balances with ccy filter")


def transfer():
    before = float(ok(funding.get_balances(ccy="USDT"))[0]["availBal"])
    moved = ok(funding.funds_transfer(ccy="USDT", amt="100", from_="6", to="18"))[0]
    check(moved["transId"] and moved["amt"] == "100", f"transfer {moved}")
    after = float(ok(funding.get_balances(ccy="USDT"))[0]["availBal"])
    check(after == before - 100, f"funding USDT {before} -> {after}")
    state = ok(funding.transfer_state(transId=moved["transId"]))[0]
    check(state["state"] == "success", f"transfer state {state}")


def grid_bot():
    set_price(env.url, "BTC-USDT", 60000)
    created = ok(grid.grid_order_algo(instId="BTC-USDT", algoOrdType="grid", maxPx="70000", minPx="50000", gridNum="10", runType="1",
                                      quoteSz="1000"))[0]
    algo_id = created["algoId"]
    check([b["algoId"] for b in ok(grid.grid_orders_algo_pending(algoOrdType="grid"))] == [algo_id], "the grid is pending")
    live = ok(grid.grid_sub_orders(algoId=algo_id, algoOrdType="grid", type="live"))
    check(len(live) == 10, f"{len(live)} grid orders on 11 levels, none at the price")
    set_price(env.url, "BTC-USDT", 57000)  # fills the buys at 58000 (and its refill is a sell at 60000)
    set_price(env.url, "BTC-USDT", 61000)  # fills that sell: one round trip
    details = ok(grid.grid_orders_algo_details(algoOrdType="grid", algoId=algo_id))[0]
    check(int(details["arbitrageNum"]) >= 1 and float(details["gridProfit"]) > 0, f"arbitrage {details['arbitrageNum']} profit {details['gridProfit']}")
    ok(grid.grid_stop_order_algo(algoId=algo_id, instId="BTC-USDT", algoOrdType="grid", stopType="1"))
    check(ok(grid.grid_orders_algo_pending(algoOrdType="grid")) == [], "stopped")


def recurring_buy():
    created = ok(grid.place_recurring_buy_order(stgyName="daily", recurringList=[{"ccy": "BTC", "ratio": "0.5"}, {"ccy": "ETH", "ratio": "0.5"}],
                                                period="daily", recurringTime="9", timeZone="8", amt="100", investmentCcy="USDT", tdMode="cash"))[0]
    control(env.url, "/sim/v1/advance", {"ms": 86_400_000})  # a day of the bots' clock: one execution
    bought = ok(grid.get_recurring_buy_sub_orders(algoId=created["algoId"]))
    check(sorted(o["instId"] for o in bought) == ["BTC-USDT", "ETH-USDT"], f"one buy per coin {[o['instId'] for o in bought]}")
    ok(grid.stop_recurring_buy_order([{"algoId": created["algoId"]}]))


def wrong_passphrase():
    t, _, _ = apis((env.demo[0], env.demo[1], "wrong"))
    expect_code(50105, lambda: t.get_order_list())


def demo_on_live():
    _, a, _ = apis(env.demo, flag="0")
    expect_code(50101, lambda: a.get_account_balance())


def skewed():
    _, a, _ = apis(env.demo, url=env.skewed_url)
    expect_code(50102, lambda: a.get_account_balance())


def every_instrument_type():
    futures = ok(public.get_instruments(instType="FUTURES"))
    check({f["ctType"] for f in futures} == {"linear", "inverse"} and all(f["expTime"] for f in futures), f"futures {[f['instId'] for f in futures]}")
    options = ok(public.get_instruments(instType="OPTION", uly="BTC-USD"))
    check(options and all(o["stk"] and o["optType"] in ("C", "P") for o in options), f"options {[o['instId'] for o in options]}")
    check(ok(public.get_instruments(instType="MARGIN"))[0]["instId"] == "BTC-USDT", "margin")


def control_api():
    order_id = placed(trade.place_order(instId="ETH-USDT", tdMode="cash", side="sell", ordType="limit", sz="0.1", px="3500"))
    algo = ok(trade.place_algo_order(instId="BTC-USDT", tdMode="cash", side="sell", ordType="conditional", sz="0.01",
                                     slTriggerPx="60000", slOrdPx="-1"))[0]
    check(algo["sCode"] == "0", f"algo {algo}")
    check([a["algoId"] for a in ok(trade.order_algos_list(ordType="conditional"))] == [algo["algoId"]], "algo pending")
    moved = set_price(env.url, "ETH-USDT", "3550")
    check([f["ordId"] for f in moved["filled"]] == [order_id], f"filled {moved['filled']}")
    check(ok(trade.get_order(instId="ETH-USDT", ordId=order_id))[0]["state"] == "filled", "the sell filled")
    set_price(env.url, "BTC-USDT", "59000")
    done = ok(trade.order_algos_history(ordType="conditional", state="effective"))
    check([d["algoId"] for d in done] == [algo["algoId"]] and done[0]["actualSide"] == "sl", f"history {done}")


for name, step in [
    ("instruments and currencies", instruments), ("tickers", tickers), ("order book", books), ("candles, every bar", candles),
    ("history candles, unknown bar", history_candles), ("trades", trades), ("balance", balance), ("place / amend / cancel", lifecycle),
    ("batch place / amend / cancel", batches), ("market orders sized by tgtCcy", market_in_quote),
    ("post_only / ioc / fok / unknown ordType", order_semantics), ("order and fill history", history), ("fee rates", fees),
    ("leverage", leverage), ("SWAP position", positions), ("close position", close), ("bills", bills),
    ("funding rate and mark price", funding_rate), ("system status, funding balances", system), ("funding -> trading transfer", transfer),
    ("wrong passphrase -> 50105", wrong_passphrase), ("demo key on live -> 50101", demo_on_live), ("skewed clock -> 50102", skewed),
    ("futures, options, margin instruments", every_instrument_type), ("control API: fills and a stop loss", control_api),
    ("spot grid bot: create, refill, arbitrage, stop", grid_bot), ("recurring buy on the bots' clock", recurring_buy),
]:
    steps.run(name, step)
steps.finish()
