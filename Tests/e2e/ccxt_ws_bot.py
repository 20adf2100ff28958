"""What a typical ccxt.pro bot does over WebSocket, against `okx sim`: ccxt unmodified, demo chosen
the way ccxt chooses it on OKX, by URL: sandbox mode swaps urls['api'] for urls['test'], whose
'ws' is the simulator's demo base (as wss://wspap.okx.com:8443/ws/v5 is OKX's), and ccxt adds
?brokerId=9999 to every demo URL."""
import asyncio
import os
import time

import ccxt.pro

from harness import Environment, Steps, check

env = Environment()
WS_LIVE = os.environ["OKX_SIM_WS_URL"] + "/ws/v5"
WS_DEMO = os.environ["OKX_SIM_WS_DEMO_URL"] + "/ws/v5"
# Only bounds a step that fails (the event never comes); events normally arrive in milliseconds.
DEADLINE = 20


def client(key, sandbox=True):
    api_key, secret, passphrase = key
    exchange = ccxt.pro.okx({"apiKey": api_key, "secret": secret, "password": passphrase})
    exchange.urls["api"] = {"rest": env.url, "ws": WS_LIVE}
    exchange.urls["test"] = {"rest": env.url, "ws": WS_DEMO}
    if sandbox:
        exchange.set_sandbox_mode(True)
    return exchange


async def until_event(watch, trigger):
    """Starts `watch` (a ccxt watch_* coroutine factory), then calls `trigger` until the watch
    returns: the subscription is in flight when the first trigger goes out, so a trigger can come
    before the server has it; each round waits for the watch, not for a fixed time."""
    task = asyncio.ensure_future(watch())
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if trigger is not None:
            await trigger()
        done, _ = await asyncio.wait({task}, timeout=1)
        if done:
            return task.result()
    task.cancel()
    raise TimeoutError("no event before the deadline")


async def main():
    ex = client(env.demo)
    steps = Steps(f"ccxt.pro {ccxt.__version__}")
    await ex.load_markets()
    book = await ex.fetch_order_book("BTC/USDT", 5)
    ask = book["asks"][0][0]

    async def run(name, step):
        # Steps.run takes a plain function; run the coroutine and report the same way.
        result = {}

        async def body():
            await step()

        try:
            await asyncio.wait_for(body(), DEADLINE + 10)
        except Exception as error:  # reported as Steps.run would, then the next step runs
            result["error"] = error
        steps.run(name, lambda: _raise(result.get("error")))

    def _raise(error):
        if error is not None:
            raise error

    async def demo_urls():
        check(ex.urls["api"]["ws"] == WS_DEMO, f"sandbox ws url {ex.urls['api']['ws']}")
        url = ex.get_url("tickers", "public")
        check(url.startswith(WS_DEMO) and url.endswith("?brokerId=9999"), f"ccxt's demo url {url}")

    async def ticker():
        t = await ex.watch_ticker("BTC/USDT")
        check(t["symbol"] == "BTC/USDT" and t["bid"] < t["ask"], f"ticker {t['bid']} {t['ask']}")

    async def order_book():
        ob = await ex.watch_order_book("BTC/USDT")
        check(len(ob["bids"]) > 0 and len(ob["asks"]) > 0, "levels on both sides")
        check(ob["bids"][0][0] < ob["asks"][0][0], "bid below ask")
        ob = await ex.watch_order_book("BTC/USDT")  # an update applied on the snapshot
        check(ob["nonce"] is not None, "seqId as nonce")

    async def trades():
        async def fill():
            await ex.create_order("BTC/USDT", "limit", "buy", 0.001, ask * 1.05)
        got = await until_event(lambda: ex.watch_trades("BTC/USDT"), fill)
        check(len(got) > 0, "trades")
        t = got[-1]
        check(t["symbol"] == "BTC/USDT" and t["side"] == "buy" and t["amount"] > 0 and t["price"] >= ask * 0.9, f"trade {t}")

    async def ohlcv():
        candles = await ex.watch_ohlcv("BTC/USDT", "1m")
        check(len(candles) > 0 and len(candles[-1]) == 6, f"candles {candles[-1:]}")
        check(candles[-1][0] % 60_000 == 0, "a 1m candle starts on a minute")

    async def balance():
        b = await ex.watch_balance()
        check(b["USDT"]["total"] is not None and b["USDT"]["total"] > 0, f"USDT {b.get('USDT')}")

    async def orders():
        ids = []

        async def place():
            o = await ex.create_order("BTC/USDT", "limit", "buy", 0.001, round(ask * 0.5, 1), {"clOrdId": f"wsbot{len(ids)}"})
            ids.append(o["id"])
        got = await until_event(lambda: ex.watch_orders("BTC/USDT"), place)
        check(any(o["id"] in ids and o["status"] == "open" for o in got), f"orders {[(o['id'], o['status']) for o in got]} placed {ids}")
        for order_id in ids:
            await ex.cancel_order(order_id, "BTC/USDT")

    async def order_fill_after_watch():
        # The watch_orders subscription is in place now: a filling order arrives as closed.
        task = asyncio.ensure_future(ex.watch_orders("BTC/USDT"))
        placed = await ex.create_order("BTC/USDT", "limit", "buy", 0.001, ask * 1.05)
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end:
            got = await asyncio.wait_for(task, DEADLINE)
            if any(o["id"] == placed["id"] and o["status"] == "closed" for o in got):
                return
            task = asyncio.ensure_future(ex.watch_orders("BTC/USDT"))
        raise AssertionError("the filled order never arrived")

    async def mark_price_and_funding():
        rest_mark = float(ex.safe_string((await ex.public_get_public_mark_price({"instId": "BTC-USDT-SWAP"}))["data"][0], "markPx"))
        mark = await ex.watch_mark_price("BTC/USDT:USDT")
        check(mark["markPrice"] == rest_mark or abs(mark["markPrice"] - rest_mark) / rest_mark < 0.01, f"mark {mark['markPrice']} vs REST {rest_mark}")
        rate = await ex.watch_funding_rate("BTC/USDT:USDT")
        check(rate["fundingRate"] == 0.0001 and rate["fundingTimestamp"], f"funding {rate.get('fundingRate')}")

    async def positions():
        async def open_long():
            await ex.create_order("BTC/USDT:USDT", "market", "buy", 1, None, {"tdMode": "cross"})
        got = await until_event(lambda: ex.watch_positions(["BTC/USDT:USDT"]), open_long)
        check(any(p["symbol"] == "BTC/USDT:USDT" and p["contracts"] and p["contracts"] > 0 for p in got), f"positions {[(p['symbol'], p['contracts']) for p in got]}")

    async def live_key_on_demo_url():
        live = client(env.live)  # sandbox: the demo URL
        try:
            await live.watch_orders("BTC/USDT")
        except Exception as error:
            check("50101" in str(error), f"expected 50101, got {type(error).__name__}: {error}")
        else:
            raise AssertionError("a live key logged in on the demo URL")
        finally:
            await live.close()

    async def demo_key_on_live_url():
        demo_live = client(env.demo, sandbox=False)  # the live URL, no brokerId
        try:
            await demo_live.watch_balance()
        except Exception as error:
            check("50101" in str(error), f"expected 50101, got {type(error).__name__}: {error}")
        else:
            raise AssertionError("a demo key logged in on the live URL")
        finally:
            await demo_live.close()

    async def live_key_on_live_url():
        live = client(env.live, sandbox=False)
        try:
            b = await live.watch_balance()
            check(b["USDT"]["total"] is not None, "live balance")
        finally:
            await live.close()

    for name, step in [
        ("ws demo URL from urls['test'] with ?brokerId=9999", demo_urls),
        ("watch_ticker", ticker),
        ("watch_order_book", order_book),
        ("watch_trades sees a REST fill", trades),
        ("watch_ohlcv", ohlcv),
        ("watch_balance (demo key, demo URL)", balance),
        ("watch_orders (demo key, demo URL)", orders),
        ("watch_orders sees a fill", order_fill_after_watch),
        ("watch_mark_price and watch_funding_rate agree with REST", mark_price_and_funding),
        ("watch_positions sees a SWAP trade", positions),
        ("live key on the demo URL: 50101", live_key_on_demo_url),
        ("demo key on the live URL: 50101", demo_key_on_live_url),
        ("live key on the live URL", live_key_on_live_url),
    ]:
        await run(name, step)
    await ex.close()
    steps.finish()


asyncio.run(main())
