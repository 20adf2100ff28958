"""ccxt (PyPI `ccxt`) doing the same signed call: GET /api/v5/account/balance, parsed into
ccxt's balance structure, sequential (sync client) and with C in flight (asyncio client).
ccxt's own rate limiter is switched off: nginx has no limits and we measure the client.
Usage: ccxt_bench.py BASE_URL N sync|async [C]  — prints one JSON line like okx-bench."""
import asyncio, json, resource, sys, time

base, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 32
keys = {"apiKey": "5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", "secret": "22582BD0CFF14C41EDBF1AB98506286D",
        "password": "Sim-Passphrase-1", "enableRateLimit": False}


def report(name, lat, elapsed, cpu):
    lat.sort()
    print(json.dumps({"name": name, "requests": len(lat), "seconds": elapsed, "cpuSeconds": cpu,
                      "p50Microseconds": lat[len(lat) // 2], "p99Microseconds": lat[min(len(lat) - 1, len(lat) * 99 // 100)],
                      "peakRSSKilobytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def configure(ex):
    ex.urls["api"] = {"rest": base}
    return ex


if mode == "sync":
    import ccxt
    ex = configure(ccxt.okx(keys))

    def call():
        ex.parse_trading_balance(ex.privateGetAccountBalance())

    for _ in range(min(200, n)):
        call()
    lat = []
    cpu0, t0 = time.process_time(), time.perf_counter()
    for _ in range(n):
        s = time.perf_counter()
        call()
        lat.append((time.perf_counter() - s) * 1e6)
    report(f"ccxt {ccxt.__version__} (sync, requests) c1", lat, time.perf_counter() - t0, time.process_time() - cpu0)
else:
    import ccxt.async_support as accxt

    async def main():
        ex = configure(accxt.okx(keys))

        async def call():
            ex.parse_trading_balance(await ex.privateGetAccountBalance())

        for _ in range(min(200, n)):
            await call()
        lat = []

        async def worker(k):
            for _ in range(k):
                s = time.perf_counter()
                await call()
                lat.append((time.perf_counter() - s) * 1e6)

        cpu0, t0 = time.process_time(), time.perf_counter()
        await asyncio.gather(*(worker(n // concurrency) for _ in range(concurrency)))
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        await ex.close()
        report(f"ccxt {accxt.__version__} (async, aiohttp) c{concurrency}", lat, elapsed, cpu)

    asyncio.run(main())
