"""python-okx (PyPI `python-okx`, OKX's official Python SDK) doing the same signed call.
Usage: python_okx.py BASE_URL N  — prints one JSON line like okx-bench."""
import json, resource, sys, time
import okx.Account as Account

base, n = sys.argv[1], int(sys.argv[2])
api = Account.AccountAPI("5f0c4a5e-9d3b-4c1e-8a7f-2b6d9e1c3a50", "22582BD0CFF14C41EDBF1AB98506286D", "Sim-Passphrase-1",
                         False, "0", domain=base, debug=False)
for _ in range(min(200, n)):
    api.get_account_balance()
lat = []
cpu0 = time.process_time()
t0 = time.perf_counter()
for _ in range(n):
    s = time.perf_counter()
    result = api.get_account_balance()
    assert result["code"] == "0"
    lat.append((time.perf_counter() - s) * 1e6)
elapsed = time.perf_counter() - t0
lat.sort()
print(json.dumps({"name": "python-okx 0.4.4 (httpx) c1", "requests": n, "seconds": elapsed, "cpuSeconds": time.process_time() - cpu0,
                  "p50Microseconds": lat[n // 2], "p99Microseconds": lat[min(n - 1, n * 99 // 100)],
                  "peakRSSKilobytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
