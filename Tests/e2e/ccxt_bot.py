"""What a typical ccxt bot does, against `okx sim`: ccxt unmodified, only its URLs pointed at the simulator."""
import ccxt

from harness import Environment, Steps, check, expect_code, set_price

env = Environment()


def client(key, url=None, sandbox=True, **options):
    api_key, secret, passphrase = key
    exchange = ccxt.okx({"apiKey": api_key, "secret": secret, "password": passphrase, "options": options})
    base = url or env.url
    # ccxt builds every URL from urls['api']['rest'] (and urls['test'] in sandbox mode).
    exchange.urls["api"] = {"rest": base}
    exchange.urls["test"] = {"rest": base}
    if sandbox:
        exchange.set_sandbox_mode(True)
    return exchange


ex = client(env.demo)
steps = Steps(f"ccxt {ccxt.__version__}")
state = {}


def load_markets():
    markets = ex.load_markets()
    spot, swap = markets["BTC/USDT"], markets["BTC/USDT:USDT"]
    check(spot["spot"] and spot["id"] == "BTC-USDT", f"spot market {spot['id']}")
    check(swap["swap"] and swap["linear"] and not swap["inverse"], f"swap is linear: {swap['linear']} inverse: {swap['inverse']}")
    check(swap["contractSize"] == 0.01 and swap["settle"] == "USDT", f"contract size {swap['contractSize']} settle {swap['settle']}")


def every_market_type():
    markets = ex.load_markets()
    kinds = {kind for m in markets.values() for kind in ("spot", "swap", "future", "option") if m.get(kind)}
    check(kinds == {"spot", "swap", "future", "option"}, f"market types {sorted(kinds)}")
    inverse = markets["BTC/USD:BTC"]
    check(inverse["inverse"] and inverse["contractSize"] == 100, f"inverse swap {inverse['id']}")
    future = next(m for m in markets.values() if m.get("future") and m["linear"])
    check(future["expiry"] and future["id"].startswith("BTC-USDT-"), f"future {future['id']} expiry {future['expiry']}")
    option = next(m for m in markets.values() if m.get("option"))
    check(option["strike"] and option["optionType"] in ("call", "put"), f"option {option['id']}")


def live_key_load_markets():
    live = client(env.live, sandbox=False)
    live.load_markets()  # with a live key ccxt also asks GET /api/v5/asset/currencies
    check("USDT" in live.currencies and "BTC" in live.currencies, f"currencies {sorted(live.currencies)[:5]}")


def ticker():
    t = ex.fetch_ticker("BTC/USDT")
    check(t["last"] and t["bid"] < t["ask"], f"ticker {t['bid']} {t['ask']}")
    both = ex.fetch_tickers(["BTC/USDT", "ETH/USDT"])
    check(set(both) == {"BTC/USDT", "ETH/USDT"}, f"tickers {list(both)}")


def order_book():
    book = ex.fetch_order_book("BTC/USDT", 5)
    check(len(book["bids"]) == 5 and len(book["asks"]) == 5, "five levels a side")
    check(book["bids"][0][0] < book["asks"][0][0], "bid below ask")
    state["ask"] = book["asks"][0][0]
    state["bid"] = book["bids"][0][0]


def candles():
    for timeframe in ["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d", "1w", "1M", "3M"]:
        rows = ex.fetch_ohlcv("BTC/USDT", timeframe, limit=10)
        check(len(rows) == 10, f"{timeframe}: {len(rows)} candles")
        stamps = [r[0] for r in rows]
        check(stamps == sorted(stamps) and len(set(stamps)) == 10, f"{timeframe}: timestamps not increasing")
        seconds = ex.parse_timeframe(timeframe)
        if timeframe not in ("1M", "3M"):
            check(all(b - a == seconds * 1000 for a, b in zip(stamps, stamps[1:])), f"{timeframe}: spacing")


def candles_utc():
    # ccxt asks for the `utc` bars (1Dutc…) by default; timezone HK gives OKX's UTC+8 ones.
    rows = ex.fetch_ohlcv("BTC/USDT", "1d", limit=5)
    check(all(r[0] % 86_400_000 == 0 for r in rows), "ccxt's default daily candles start at 00:00 UTC")
    hk = client(env.demo, fetchOHLCV={"timezone": "HK"}).fetch_ohlcv("BTC/USDT", "1d", limit=5)
    check(all((r[0] + 8 * 3_600_000) % 86_400_000 == 0 for r in hk), "HK daily candles start at 00:00 UTC+8")


def history_candles():
    since = ex.milliseconds() - 400 * 86_400_000
    rows = ex.fetch_ohlcv("BTC/USDT", "1d", since=since, limit=50)
    check(len(rows) > 0, "history candles")
    raw = ex.publicGetMarketHistoryCandles({"instId": "BTC-USDT", "bar": "1H", "limit": "20"})
    check(len(raw["data"]) == 20 and all(r[8] == "1" for r in raw["data"]), "history candles are confirmed")


def unknown_bar():
    expect_code(51000, lambda: ex.publicGetMarketCandles({"instId": "BTC-USDT", "bar": "7m"}))


def trades():
    rows = ex.fetch_trades("BTC/USDT", limit=20)
    check(len(rows) == 20 and all(r["price"] > 0 and r["amount"] > 0 for r in rows), f"{len(rows)} trades")


def balance():
    b = ex.fetch_balance()
    # Every simulator account starts with 100,000 USDT, 2 BTC, 20 ETH and a 1-contract BTC-USDT-SWAP long.
    check(b["BTC"]["free"] == 2 and b["ETH"]["total"] == 20, f"BTC {b['BTC']} ETH {b['ETH']}")
    usdt = next(d for d in b["info"]["data"][0]["details"] if d["ccy"] == "USDT")
    check(float(usdt["cashBal"]) == 100000 and b["USDT"]["used"] > 0, f"USDT {b['USDT']} (the long's margin is in use)")


def place_amend_cancel():
    order = ex.create_order("BTC/USDT", "limit", "buy", 0.01, 50000)
    check(order["id"], "an id")
    fetched = ex.fetch_order(order["id"], "BTC/USDT")
    check(fetched["status"] == "open" and fetched["price"] == 50000, f"open at 50000: {fetched['status']} {fetched['price']}")
    check(any(o["id"] == order["id"] for o in ex.fetch_open_orders("BTC/USDT")), "in open orders")
    ex.edit_order(order["id"], "BTC/USDT", "limit", "buy", 0.02, 50100)
    fetched = ex.fetch_order(order["id"], "BTC/USDT")
    check(fetched["price"] == 50100 and fetched["amount"] == 0.02, f"amended: {fetched['price']} {fetched['amount']}")
    ex.cancel_order(order["id"], "BTC/USDT")
    check(ex.fetch_order(order["id"], "BTC/USDT")["status"] == "canceled", "canceled")


def batch():
    orders = ex.create_orders([
        {"symbol": "BTC/USDT", "type": "limit", "side": "buy", "amount": 0.01, "price": 50000},
        {"symbol": "ETH/USDT", "type": "limit", "side": "sell", "amount": 0.1, "price": 9000},
    ])
    ids = [o["id"] for o in orders]
    check(all(ids), f"ids {ids}")
    ex.cancel_orders([ids[0]], "BTC/USDT")
    ex.cancel_orders([ids[1]], "ETH/USDT")
    check(ex.fetch_order(ids[0], "BTC/USDT")["status"] == "canceled" and ex.fetch_order(ids[1], "ETH/USDT")["status"] == "canceled", "both canceled")


def market_buy_in_quote():
    order = ex.create_market_buy_order_with_cost("BTC/USDT", 100)
    fetched = ex.fetch_order(order["id"], "BTC/USDT")
    check(fetched["status"] == "closed", f"status {fetched['status']}")
    check(0 < fetched["filled"] < 0.002, f"100 USDT buys ~0.0015 BTC, filled {fetched['filled']}")
    check(99 < fetched["cost"] <= 100, f"cost {fetched['cost']}")


def post_only_crossing():
    ask = ex.fetch_order_book("ETH/USDT", 1)["asks"][0][0]
    order = ex.create_order("ETH/USDT", "limit", "buy", 0.1, ask + 10, {"postOnly": True})
    fetched = ex.fetch_order(order["id"], "ETH/USDT")
    check(fetched["status"] == "canceled" and fetched["filled"] == 0, f"post-only crossing: {fetched['status']} filled {fetched['filled']}")
    resting = ex.create_order("ETH/USDT", "limit", "buy", 0.1, ask - 100, {"postOnly": True})
    check(ex.fetch_order(resting["id"], "ETH/USDT")["status"] == "open", "post-only below the ask rests")
    ex.cancel_order(resting["id"], "ETH/USDT")


def ioc_fok():
    book = ex.fetch_order_book("ETH/USDT", 5)
    bid, asks = book["bids"][0][0], book["asks"]
    order = ex.create_order("ETH/USDT", "limit", "buy", 1, bid - 50, {"timeInForce": "IOC"})
    fetched = ex.fetch_order(order["id"], "ETH/USDT")
    check(fetched["status"] == "canceled" and fetched["filled"] == 0, f"IOC below the ask: {fetched['status']}")
    order = ex.create_order("ETH/USDT", "limit", "buy", 10, asks[0][0], {"timeInForce": "FOK"})
    fetched = ex.fetch_order(order["id"], "ETH/USDT")
    check(fetched["status"] == "canceled" and fetched["filled"] == 0, f"FOK larger than the best level: {fetched['status']} {fetched['filled']}")
    order = ex.create_order("ETH/USDT", "limit", "buy", 10, asks[1][0], {"timeInForce": "IOC"})
    fetched = ex.fetch_order(order["id"], "ETH/USDT")
    expected = asks[0][1] + asks[1][1]
    check(fetched["status"] == "canceled" and abs(fetched["filled"] - expected) < 1e-9, f"IOC fills two levels ({expected}): {fetched['filled']}")


def unknown_order_type():
    expect_code(51000, lambda: ex.privatePostTradeOrder({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "twap", "sz": "0.01", "px": "50000"}))


def order_history():
    closed = ex.fetch_closed_orders("BTC/USDT")
    canceled = ex.fetch_canceled_orders("ETH/USDT")
    check(any(o["status"] == "closed" for o in closed), f"{len(closed)} closed orders")
    check(len(canceled) >= 3, f"{len(canceled)} canceled ETH orders")
    archive = ex.privateGetTradeOrdersHistoryArchive({"instType": "SPOT"})
    check(len(archive["data"]) >= 4, "orders-history-archive")


def fills_and_fees():
    mine = ex.fetch_my_trades("ETH/USDT")
    check(len(mine) >= 2, f"{len(mine)} fills")
    check(all(t["fee"]["cost"] > 0 and t["fee"]["currency"] == "ETH" for t in mine), f"fees {[t['fee'] for t in mine]}")
    history = ex.privateGetTradeFillsHistory({"instType": "SPOT"})
    check(len(history["data"]) >= 3, "fills-history")
    fee = ex.fetch_trading_fee("BTC/USDT")
    check(fee["maker"] == 0.0008 and fee["taker"] == 0.001, f"fee {fee['maker']} {fee['taker']}")


def balance_moved_by_fees():
    b = ex.fetch_balance()
    eth = b["ETH"]["total"]
    mine = ex.fetch_my_trades("ETH/USDT")
    bought = sum(t["amount"] for t in mine)
    fees = sum(t["fee"]["cost"] for t in mine)
    check(abs(eth - (20 + bought - fees)) < 1e-9, f"ETH {eth} = 20 + {bought} - {fees}")


def leverage():
    ex.set_leverage(5, "BTC/USDT:USDT", {"mgnMode": "cross"})
    got = ex.fetch_leverage("BTC/USDT:USDT", {"marginMode": "cross"})
    check(got["longLeverage"] == 5, f"leverage {got}")


def swap_position():
    before = ex.fetch_positions(["BTC/USDT:USDT"])
    start = before[0]["contracts"] if before else 0
    ex.create_order("BTC/USDT:USDT", "market", "buy", 2, None, {"tdMode": "cross"})
    positions = ex.fetch_positions(["BTC/USDT:USDT"])
    check(len(positions) == 1, f"{len(positions)} positions")
    p = positions[0]
    check(p["contracts"] == start + 2 and p["side"] == "long", f"contracts {p['contracts']} side {p['side']}")
    check(p["entryPrice"] and p["liquidationPrice"] and p["liquidationPrice"] < p["entryPrice"], f"entry {p['entryPrice']} liq {p['liquidationPrice']}")
    check(p["unrealizedPnl"] is not None and p["initialMargin"], f"upl {p['unrealizedPnl']} margin {p['initialMargin']}")


def close_position():
    ex.close_position("BTC/USDT:USDT", None, {"mgnMode": "cross"})
    check(ex.fetch_positions(["BTC/USDT:USDT"]) == [], "no position left")
    expect_code(51023, lambda: ex.privatePostTradeClosePosition({"instId": "BTC-USDT-SWAP", "mgnMode": "cross"}))


def ledger():
    entries = ex.fetch_ledger("ETH")  # ccxt asks for instType SPOT by default
    check(len(entries) >= 2, f"{len(entries)} ledger entries")
    check(all(e["fee"] and e["fee"]["cost"] > 0 and e["fee"]["currency"] == "ETH" for e in entries), f"fees in the ledger {[e['fee'] for e in entries]}")
    swap = ex.fetch_ledger("USDT", params={"type": "swap"})
    check(len(swap) >= 2 and all(e["fee"]["cost"] > 0 for e in swap), f"{len(swap)} SWAP ledger entries with fees")


def funding_and_mark():
    rate = ex.fetch_funding_rate("BTC/USDT:USDT")
    check(rate["fundingRate"] == 0.0001 and rate["fundingTimestamp"] > ex.milliseconds(), f"funding {rate['fundingRate']}")
    mark = ex.fetch_mark_price("BTC/USDT:USDT")
    check(mark["markPrice"] and mark["markPrice"] > 0, f"mark {mark.get('markPrice')}")


def status_and_limits():
    check(ex.fetch_status()["status"] == "ok", "status ok")
    size = ex.privateGetAccountMaxSize({"instId": "BTC-USDT", "tdMode": "cash"})["data"][0]
    check(float(size["maxBuy"]) > 0 and float(size["maxSell"]) > 0, f"max size {size}")
    avail = ex.privateGetAccountMaxAvailSize({"instId": "BTC-USDT-SWAP", "tdMode": "cross"})["data"][0]
    check(float(avail["availBuy"]) > 0, f"max avail size {avail}")
    funding = ex.privateGetAssetBalances({"ccy": "USDT"})["data"]
    check(len(funding) == 1 and funding[0]["ccy"] == "USDT", f"funding balances {funding}")


def transfer():
    before = float(ex.privateGetAssetBalances({"ccy": "USDT"})["data"][0]["availBal"])
    result = ex.transfer("USDT", 100, "funding", "trading")
    check(result["id"] and result["amount"] == 100, f"transfer {result}")
    after = float(ex.privateGetAssetBalances({"ccy": "USDT"})["data"][0]["availBal"])
    check(after == before - 100, f"funding USDT {before} -> {after}")


def tag_echoed():
    result = ex.privatePostTradeOrder({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "50000", "tag": "mybot1"})
    item = result["data"][0]
    check(item["tag"] == "mybot1", f"tag {item['tag']}")
    order = ex.privateGetTradeOrder({"instId": "BTC-USDT", "ordId": item["ordId"]})["data"][0]
    check(order["tag"] == "mybot1", "tag on the order")
    ex.cancel_order(item["ordId"], "BTC/USDT")


def wrong_passphrase():
    key = (env.demo[0], env.demo[1], "not-the-passphrase")
    expect_code(50105, lambda: client(key).fetch_balance())


def demo_key_on_live():
    expect_code(50101, lambda: client(env.demo, sandbox=False).fetch_balance())


def skewed_clock():
    expect_code(50102, lambda: client(env.demo, url=env.skewed_url).fetch_balance())
    fixed = client(env.demo, url=env.skewed_url, adjustForTimeDifference=True)
    fixed.load_time_difference()
    check(fixed.fetch_balance()["BTC"]["total"] == 2, "adjustForTimeDifference recovers")


def control_api_fill():
    order = ex.create_order("BTC/USDT", "limit", "buy", 0.01, 60000)
    check(ex.fetch_order(order["id"], "BTC/USDT")["status"] == "open", "rests below the market")
    moved = set_price(env.url, "BTC-USDT", 59000)
    check([f["ordId"] for f in moved["filled"]] == [order["id"]], f"filled {moved['filled']}")
    fetched = ex.fetch_order(order["id"], "BTC/USDT")
    check(fetched["status"] == "closed" and fetched["filled"] == 0.01, f"{fetched['status']} {fetched['filled']}")
    check(ex.fetch_ticker("BTC/USDT")["last"] == 59000, "the ticker follows")


def control_api_stop_loss():
    ex.privatePostTradeOrderAlgo({"instId": "ETH-USDT", "tdMode": "cash", "side": "sell", "ordType": "conditional", "sz": "0.1",
                                  "slTriggerPx": "3300", "slOrdPx": "-1"})
    pending = ex.privateGetTradeOrdersAlgoPending({"ordType": "conditional"})["data"]
    check(len(pending) == 1 and pending[0]["state"] == "live", f"pending {pending}")
    set_price(env.url, "ETH-USDT", 3290)
    done = ex.privateGetTradeOrdersAlgoHistory({"ordType": "conditional", "state": "effective"})["data"]
    check(len(done) == 1 and done[0]["actualSide"] == "sl" and done[0]["ordId"], f"history {done}")
    check(ex.fetch_order(done[0]["ordId"], "ETH/USDT")["status"] == "closed", "the stop's market sell filled")


def attached_tp_sl():
    set_price(env.url, "BTC-USDT-SWAP", 65000)
    order = ex.create_order("BTC/USDT:USDT", "market", "buy", 1, None,
                            {"tdMode": "cross", "takeProfit": {"triggerPrice": 70000}, "stopLoss": {"triggerPrice": 60000}})
    attached = ex.fetch_order(order["id"], "BTC/USDT:USDT")["info"]["attachAlgoOrds"]
    check(len(attached) == 1 and attached[0]["tpTriggerPx"] == "70000" and attached[0]["slTriggerPx"] == "60000", f"attachAlgoOrds {attached}")
    pending = [a for a in ex.privateGetTradeOrdersAlgoPending({"ordType": "oco"})["data"] if a["algoId"] == attached[0]["attachAlgoId"]]
    check(len(pending) == 1 and pending[0]["side"] == "sell" and pending[0]["reduceOnly"] == "true", f"pending oco {pending}")
    set_price(env.url, "BTC-USDT-SWAP", 59000)
    done = [a for a in ex.privateGetTradeOrdersAlgoHistory({"ordType": "oco", "state": "effective"})["data"] if a["algoId"] == attached[0]["attachAlgoId"]]
    check(len(done) == 1 and done[0]["actualSide"] == "sl", f"the stop loss triggered {done}")


for name, step in [
    ("load_markets", load_markets), ("load_markets with a live key (asset/currencies)", live_key_load_markets),
    ("tickers", ticker), ("order book", order_book), ("candles, every bar", candles), ("candles UTC vs UTC+8", candles_utc),
    ("history candles", history_candles), ("unknown bar refused", unknown_bar), ("trades", trades), ("balance", balance),
    ("place / amend / cancel", place_amend_cancel), ("batch place / cancel", batch), ("market buy sized in quote", market_buy_in_quote),
    ("post-only crossing cancelled", post_only_crossing), ("IOC / FOK", ioc_fok), ("unknown ordType refused", unknown_order_type),
    ("order history", order_history), ("fills and fees", fills_and_fees), ("fees move balances", balance_moved_by_fees),
    ("leverage", leverage), ("SWAP position", swap_position), ("close position", close_position), ("bills / ledger", ledger),
    ("funding rate and mark price", funding_and_mark), ("status, max size, funding balances", status_and_limits), ("funding -> trading transfer", transfer), ("tag echoed", tag_echoed),
    ("wrong passphrase -> 50105", wrong_passphrase), ("demo key on live -> 50101", demo_key_on_live), ("skewed clock -> 50102", skewed_clock),
    ("futures, options and inverse markets", every_market_type), ("control API: a price move fills a resting order", control_api_fill),
    ("control API: a stop loss triggers", control_api_stop_loss), ("takeProfit / stopLoss attached to an order", attached_tp_sl),
]:
    steps.run(name, step)
steps.finish()
