#!/usr/bin/env python3
"""Turns the benchmark's JSON lines into BENCHMARKS.md: one table, ratios to the C floor."""
import json, sys, platform, subprocess, datetime

results = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
decode = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
n = sys.argv[3]
floor_seq = next(r for r in results if r["name"].startswith("C libcurl floor (easy"))
floor_multi = next(r for r in results if r["name"].startswith("C libcurl floor (multi"))

def rate(r): return r["requests"] / r["seconds"]
def concurrency(name):
    for part in name.split():
        if part.startswith("c") and part[1:].isdigit(): return int(part[1:])
    return 1

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"# Benchmarks\n\nMeasured {datetime.date.today()} on {platform.node() or 'this machine'}: {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {platform.platform()}.")
print(f"Signed `GET /api/v5/account/balance` (810-byte body) against nginx on 127.0.0.1, {n} requests per row, all rows in one run.")
print("Ratios compare requests/s with the C floor of the same concurrency (c1: easy handle; c≥32: multi handle with 32 in flight).\n")
print("| client | req/s | ratio to C floor | p50 µs | p99 µs | CPU µs/req | peak RSS MB |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in results:
    base = floor_seq if concurrency(r["name"]) == 1 else floor_multi
    rss = f'{r["peakRSSKilobytes"] / 1024:.1f}' if r["peakRSSKilobytes"] else "-"
    print(f'| {r["name"]} | {rate(r):,.0f} | {rate(r) / rate(base):.2f}× | {r["p50Microseconds"]:.0f} | {r["p99Microseconds"]:.0f} | {r["cpuSeconds"] / r["requests"] * 1e6:.1f} | {rss} |')
print("\n## Decoding\n\n| payload | bytes | typed decode µs (JSONDecoder into `Decimal` models) | JSONSerialization µs | ratio |")
print("| --- | ---: | ---: | ---: | ---: |")
for d in decode:
    print(f'| {d["payload"]} | {d["bytes"]:,} | {d["typedDecodeMicroseconds"]:.1f} | {d["jsonSerializationMicroseconds"]:.1f} | {d["typedDecodeMicroseconds"] / d["jsonSerializationMicroseconds"]:.1f}× |')
print("""
## How to reproduce

```sh
Benchmarks/run.sh            # installs nginx/libssl-dev if missing, builds release, runs everything, writes this file
N=5000 Benchmarks/run.sh     # fewer requests
Benchmarks/run.sh --smoke    # tiny counts, prints the table (CI runs this)
```

`Sources/okx-bench` measures the Swift clients, `Benchmarks/floor.c` the C floor, `Benchmarks/python_okx.py`
python-okx in a virtualenv the script creates.""")
