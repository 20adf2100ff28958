"""ccxt's order book (the structure ccxt.pro maintains for watch_order_book) fed the same
recorded books-l2-tbt messages as `okx-bench book`: json.loads each line, then store every
level the way ccxt's okx handler does (snapshot: reset; update: storeArray per level).
Usage: ccxt_book.py FILE [ROUNDS]  — prints one JSON line like okx-bench book."""
import json, sys, time
import ccxt
from ccxt.async_support.base.ws.order_book import OrderBook

path = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l]
ex = ccxt.okx()
best = float("inf")
for _ in range(rounds):
    t0 = time.perf_counter()
    book = None
    for line in lines:
        message = json.loads(line)
        for data in message["data"]:
            if message.get("action") == "snapshot" or book is None:
                book = OrderBook({}, 400)
            for key in ("bids", "asks"):
                side = book[key]
                for delta in data[key]:
                    # what okx.handle_delta does: safe_float price/amount, int count
                    side.storeArray([ex.safe_float(delta, 0), ex.safe_float(delta, 1), ex.safe_integer(delta, 3)])
            book["nonce"] = data.get("seqId")
    best = min(best, time.perf_counter() - t0)
print(json.dumps({"name": f"ccxt {ccxt.__version__} OrderBook (json.loads + storeArray)", "messages": len(lines), "seconds": best,
                  "messagesPerSecond": len(lines) / best, "microsecondsPerMessage": best * 1e6 / len(lines)}))
