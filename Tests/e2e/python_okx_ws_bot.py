"""What a python-okx WebSocket bot does, against `okx sim`: python-okx unmodified. Its WebSocket
classes always pass a TLS context, which a plain ws:// URL refuses, so they talk to the
simulator's TLS listener (wss://, a self-signed certificate the script makes and trusts through
SSL_CERT_FILE). Demo is chosen by URL, as on OKX (wspap.okx.com → the simulator's /demo)."""
import asyncio
import json
import os
import time

import okx.Trade as Trade
from okx.websocket.WsPrivateAsync import WsPrivateAsync
from okx.websocket.WsPublicAsync import WsPublicAsync

from harness import Environment, Steps, check

env = Environment()
WSS_LIVE = os.environ["OKX_SIM_WSS_URL"] + "/ws/v5"
WSS_DEMO = os.environ["OKX_SIM_WSS_DEMO_URL"] + "/ws/v5"
# Only bounds a step that fails (the message never comes); messages normally arrive in milliseconds.
DEADLINE = 20


class Inbox:
    """python-okx hands every message to one callback; this queues them to wait on."""

    def __init__(self):
        self.queue = asyncio.Queue()

    def __call__(self, message):
        self.queue.put_nowait(json.loads(message))

    async def next(self, match, what):
        end = time.monotonic() + DEADLINE
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {what} before the deadline")
            message = await asyncio.wait_for(self.queue.get(), left)
            if match(message):
                return message


def channel(name):
    return lambda m: m.get("arg", {}).get("channel") == name and "data" in m


def event(name):
    return lambda m: m.get("event") in (name, "error")


async def main():
    steps = Steps("python-okx WebSocket")
    api_key, secret, passphrase = env.demo
    trade = Trade.TradeAPI(api_key=api_key, api_secret_key=secret, passphrase=passphrase, flag="1", domain=env.url, debug=False)
    results = {}

    async def public():
        ws = WsPublicAsync(url=WSS_DEMO + "/public?brokerId=9999")
        inbox = Inbox()
        await ws.start()
        try:
            await ws.subscribe([{"channel": "tickers", "instId": "BTC-USDT"}, {"channel": "books5", "instId": "BTC-USDT"},
                                {"channel": "trades", "instId": "BTC-USDT"}], inbox)
            t = await inbox.next(channel("tickers"), "ticker")
            check(t["data"][0]["instId"] == "BTC-USDT" and float(t["data"][0]["bidPx"]) < float(t["data"][0]["askPx"]), f"ticker {t}")
            b = await inbox.next(channel("books5"), "books5")
            check(len(b["data"][0]["bids"]) == 5 and len(b["data"][0]["asks"]) == 5, "five levels a side")
            ask = float(b["data"][0]["asks"][0][0])
            placed = trade.place_order(instId="BTC-USDT", tdMode="cash", side="buy", ordType="limit", sz="0.001", px=str(round(ask * 1.05, 1)))
            check(placed["code"] == "0", f"order {placed}")
            tr = await inbox.next(channel("trades"), "public trade")
            check(tr["data"][0]["side"] == "buy" and tr["data"][0]["sz"] == "0.001", f"trade {tr}")
        finally:
            await ws.stop()

    async def candles():
        ws = WsPublicAsync(url=WSS_DEMO + "/business?brokerId=9999")
        inbox = Inbox()
        await ws.start()
        try:
            await ws.subscribe([{"channel": "candle1m", "instId": "BTC-USDT"}], inbox)
            c = await inbox.next(channel("candle1m"), "candle")
            check(len(c["data"][0]) == 9 and int(c["data"][0][0]) % 60_000 == 0, f"candle {c}")
        finally:
            await ws.stop()

    async def private(key, url, expect_code):
        k, s, p = key
        ws = WsPrivateAsync(apiKey=k, passphrase=p, secretKey=s, url=url)
        inbox = Inbox()
        await ws.start()
        try:
            # python-okx logs in, waits 5 s, then subscribes.
            await ws.subscribe([{"channel": "orders", "instType": "ANY"}, {"channel": "account"}], inbox)
            login = await inbox.next(event("login"), "login answer")
            check(login.get("code") == expect_code, f"expected login code {expect_code}, got {login}")
            if expect_code != "0":
                return
            a = await inbox.next(channel("account"), "account snapshot")
            check(any(d["ccy"] == "USDT" for d in a["data"][0]["details"]), f"account {a}")
            placed = trade.place_order(instId="BTC-USDT", tdMode="cash", side="buy", ordType="limit", sz="0.001", px="1000", clOrdId="pyws1")
            check(placed["code"] == "0", f"order {placed}")
            o = await inbox.next(lambda m: channel("orders")(m) and m["data"][0]["clOrdId"] == "pyws1", "order push")
            check(o["data"][0]["state"] == "live", f"order {o}")
            trade.cancel_order(instId="BTC-USDT", clOrdId="pyws1")
            o = await inbox.next(lambda m: channel("orders")(m) and m["data"][0]["state"] == "canceled", "cancel push")
        finally:
            await ws.stop()

    async def run(name, coroutine):
        try:
            await asyncio.wait_for(coroutine, DEADLINE + 15)
            results[name] = None
        except Exception as error:  # reported through Steps below
            results[name] = error
        steps.run(name, lambda: _raise(results[name]))

    def _raise(error):
        if error is not None:
            raise error

    await run("public: tickers, books5, trades after a REST fill (demo URL, ?brokerId)", public())
    await run("business: candle1m", candles())
    await run("private: demo key on the demo URL, account + orders", private(env.demo, WSS_DEMO + "/private", "0"))
    await run("private: live key on the demo URL -> 50101", private(env.live, WSS_DEMO + "/private", "50101"))
    await run("private: demo key on the live URL -> 50101", private(env.demo, WSS_LIVE + "/private", "50101"))
    steps.finish()


asyncio.run(main())
