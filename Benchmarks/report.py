#!/usr/bin/env python3
"""Turns the benchmark's JSON lines (one file per section in RESULTS_DIR) into BENCHMARKS.md:
ratios to the C floor measured in the same run, plus the decoding, order-book, time-sync,
memory and instruction-count sections. Usage: report.py RESULTS_DIR N"""
import datetime, json, os, platform, subprocess, sys

root, n = sys.argv[1], sys.argv[2]


def load(name):
    path = os.path.join(root, name)
    return [json.loads(l) for l in open(path) if l.strip()] if os.path.exists(path) else []


http, decode, pyjson = load("http.jsonl"), load("decode.jsonl"), load("pyjson.jsonl")
book, clock, memory, callgrind = load("book.jsonl"), load("clock.jsonl"), load("memory.jsonl"), load("callgrind.jsonl")
first_call = load("first.jsonl")
# callgrind.jsonl holds three kinds of rows: per request ("name"), per decode ("decode"), per book message ("book").
decode_cg = [r for r in callgrind if "decode" in r]
book_cg = [r for r in callgrind if "book" in r]
callgrind = [r for r in callgrind if "name" in r]
# A partial run (Benchmarks/run.sh with ONLY=) may have no HTTP rows at all.
floor_seq = next((r for r in http if r["name"].startswith("C libcurl floor (easy")), None)
floor_multi = next((r for r in http if r["name"].startswith("C libcurl floor (multi")), None)


def rate(r): return r["requests"] / r["seconds"]


def concurrency(name):
    for part in name.split():
        if part.startswith("c") and part[1:].isdigit():
            return int(part[1:])
    return 1


def sh(cmd): return subprocess.run(["sh", "-c", cmd], capture_output=True, text=True).stdout.strip()


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
swift = sh("swift --version 2>&1 | head -1")
print(f"# Benchmarks\n\nMeasured {datetime.date.today()} on {platform.node() or 'this machine'}: {cpu}, {sh('nproc')} cores, {platform.platform()}, {swift}.")
print(f"Signed `GET /api/v5/account/balance` (810-byte body) against nginx on 127.0.0.1, {n} requests per Swift/C row, all rows in one run.")
print("Ratios compare requests/s with the C floor of the same concurrency (c1: easy handle; c≥32: multi handle with 32 in flight).")
print("The machine is shared and noisy: compare ratios within one run, not absolute numbers across runs.\n")
if http:
    print("## Requests\n")
    print("| client | req/s | ratio to C floor | p50 µs | p99 µs | CPU µs/req | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in http:
    base = floor_seq if concurrency(r["name"]) == 1 else floor_multi
    rss = f'{r["peakRSSKilobytes"] / 1024:.1f}' if r["peakRSSKilobytes"] else "-"
    print(f'| {r["name"]} | {rate(r):,.0f} | {rate(r) / rate(base):.2f}× | {r["p50Microseconds"]:.0f} | {r["p99Microseconds"]:.0f} | '
          f'{r["cpuSeconds"] / r["requests"] * 1e6:.1f} | {rss} |')

if first_call:
    print("\n## First private call on a new client\n")
    print("A new client and transport each time (a new connection, as in a fresh process): the first signed call has to sync the clock.")
    print("Extra round trips = requests answered before the call's own was sent; the clock's background samples are held until it is sent, so only what the call waited for counts. The second call on the same client, after the background samples, is the warm reference.\n")
    print("| call | calls | p50 µs | p99 µs | warm p50 µs | extra round trips (max) | extra round trips (mean) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in first_call:
        print(f'| {f["name"]} | {f["calls"]} | {f["p50Microseconds"]:.0f} | {f["p99Microseconds"]:.0f} | {f["warmP50Microseconds"]:.0f} | '
              f'{f["extraRoundTripsMax"]} | {f["extraRoundTripsMean"]:.2f} |')

def row(prefix):
    return next((r for r in http if r["name"].startswith(prefix)), None)


def ratio(r):
    if r is None or (floor_seq if concurrency(r["name"]) == 1 else floor_multi) is None:
        return None
    return rate(r) / rate(floor_seq if concurrency(r["name"]) == 1 else floor_multi)


def cpu_per_request(r): return r["cpuSeconds"] / r["requests"] * 1e6


targets = []
for label, prefix, goal in [("transport + signing, sequential", "swift-okx transport+sign c1", 0.95),
                            ("transport + signing, 32 in flight", "swift-okx transport+sign c32", 0.95),
                            ("full typed call, sequential", "swift-okx full call c1", 0.85),
                            ("full typed call, 32 in flight", "swift-okx full call c32", 0.80)]:
    value = ratio(row(prefix))
    if value is not None:
        targets.append((label, f"≥ {goal:.2f}× the C floor", f"{value:.2f}×", value >= goal))
# Issue #17: the tail of an ordinary (not pinned) caller's full call against the floor's.
for label, prefix, base in [("full typed call p99, sequential", "swift-okx full call c1", floor_seq),
                            ("full typed call p99, 32 in flight", "swift-okx full call c32", floor_multi)]:
    r = row(prefix)
    if r and base:
        value = r["p99Microseconds"] / base["p99Microseconds"]
        targets.append((label, "≤ 1.5× the C floor's", f'{value:.2f}× ({r["p99Microseconds"]:.0f} vs {base["p99Microseconds"]:.0f} µs)', value <= 1.5))
counts = {r["name"]: r["instructionsPerRequest"] for r in callgrind}
c_floor = next((v for k, v in counts.items() if k.startswith("C ")), None)
for label, name, goal in [("instructions per transport+sign request", "swift-okx transport+sign", None),
                          ("instructions per full call", "swift-okx full call", 1.4)]:
    if c_floor and name in counts:
        value = counts[name] / c_floor
        targets.append((label, f"≤ {goal:.1f}× the C floor" if goal else "(reported)", f"{value:.2f}× ({counts[name]:,})", value <= goal if goal else True))
for f in first_call:
    targets.append(("extra round trips before the first private call", "≤ 1", f'{f["extraRoundTripsMax"]} (p50 {f["p50Microseconds"]:.0f} µs vs warm {f["warmP50Microseconds"]:.0f} µs)',
                    f["extraRoundTripsMax"] <= 1))
ours, others = row("swift-okx full call c1"), [r for r in (row("URLSession + JSONDecoder c1"), row("AsyncHTTPClient + JSONDecoder c1")) if r]
if ours and others:
    targets.append(("CPU per request below URLSession and AsyncHTTPClient", "lower", f"{cpu_per_request(ours):.0f} µs vs " +
                    ", ".join(f"{cpu_per_request(r):.0f} µs" for r in others), all(cpu_per_request(ours) < cpu_per_request(r) for r in others)))
symmetric = [c for c in clock if "scenario" in c and "asymmetric" not in c["scenario"]]
asymmetric = [c for c in clock if "scenario" in c and "asymmetric" in c["scenario"]]
if symmetric:
    worst = max(c["maxErrorMilliseconds"] for c in symmetric)
    targets.append(("offset error, symmetric paths", "≤ 1 ms", f"{worst:.0f} ms", worst <= 1))
if asymmetric:
    targets.append(("offset error, asymmetric paths", "within the reported bound", "yes" if all(c["withinBound"] for c in asymmetric) else "no",
                    all(c["withinBound"] for c in asymmetric)))
for d in decode:
    if d["payload"].endswith("-hand"):
        continue
    value = d["jsonDecoderMicroseconds"] / d["sdkDecoderMicroseconds"]
    targets.append((f'decoding {d["payload"]} (wall clock)', "≥ 8× JSONDecoder", f"{value:.1f}×", value >= 8))
for payload in sorted({r["decode"] for r in decode_cg}):
    found = {r["decoder"]: r["instructions"] for r in decode_cg if r["decode"] == payload}
    # The "-response" rows decode the same bytes as the row they extend: JSONDecoder is counted once, for the longest such name.
    related = sorted((r for r in decode_cg if r["decoder"] == "JSONDecoder" and payload.startswith(r["decode"] + "-")), key=lambda r: len(r["decode"]))
    json_decoder = found.pop("JSONDecoder", None) or (related[-1]["instructions"] if related else None)
    for decoder, count in found.items():
        if json_decoder:
            targets.append((f"decoding {payload} (instructions, {decoder})", "≥ 8× JSONDecoder", f"{json_decoder / count:.1f}× ({count:,} vs {json_decoder:,})", json_decoder / count >= 8))
sdk_book = next((b for b in book if b["name"].startswith("swift-okx")), None)
if sdk_book:
    per_message = f' ({book_cg[0]["instructionsPerMessage"]:,} instructions/message)' if book_cg else ""
    targets.append(("order-book updates, 400-level replay", "≥ 300k messages/s", f'{sdk_book["messagesPerSecond"] / 1000:.0f}k{per_message}', sdk_book["messagesPerSecond"] >= 300_000))
trip = next((t for t in clock if t.get("client") == "swift-okx"), None)
if trip:
    targets.append(("extra round trips per signed request", "0", f'{trip["extraRoundTripsPerRequest"]:.2f}', trip["extraRoundTripsPerRequest"] == 0))
if len(memory) >= 2:
    base = next((m for m in memory if m["requests"] >= 10000), memory[0])
    grown = memory[-1]["rssKilobytes"] - base["rssKilobytes"]
    targets.append((f'RSS from {base["requests"]:,} to {memory[-1]["requests"]:,} requests', "flat", f"{grown / 1024:+.1f} MB", grown < 1024))
if targets:
    print("\n## Targets\n")
    print("| target | goal | measured | met |")
    print("| --- | --- | --- | --- |")
    for label, goal, measured, met in targets:
        print(f"| {label} | {goal} | {measured} | {'yes' if met else '**no**'} |")

def find(start, contains=""):
    return next((r for r in http if r["name"].startswith(start) and contains in r["name"]), None)


lines = []
for ours, theirs in [(row("swift-okx full call c1"), find("python-okx")), (row("swift-okx full call c1"), find("ccxt", "(sync")),
                     (row("swift-okx full call c32"), find("ccxt", "(async")), (row("swift-okx full call c1"), row("URLSession + JSONDecoder c1")),
                     (row("swift-okx full call c1"), row("AsyncHTTPClient + JSONDecoder c1")),
                     (row("swift-okx full call c32"), row("AsyncHTTPClient + JSONDecoder c32"))]:
    if ours and theirs:
        lines.append(f'| {ours["name"]} vs {theirs["name"]} | {rate(ours) / rate(theirs):.1f}× | {cpu_per_request(theirs) / cpu_per_request(ours):.1f}× |')
if lines:
    print("\n## Against the alternatives\n")
    print("| comparison | requests/s | CPU per request (theirs / ours) |")
    print("| --- | ---: | ---: |")
    print("\n".join(lines))

if callgrind:
    print("\n## Instructions per signed request (callgrind)\n")
    print("Counted by `valgrind --tool=callgrind` over two runs of different lengths (the difference removes start-up);")
    print("repeatable whatever else the machine does, so a regression shows as a number.\n")
    print("| client | instructions/request | ratio to C floor |")
    print("| --- | ---: | ---: |")
    c = next((r["instructionsPerRequest"] for r in callgrind if r["name"].startswith("C ")), None)
    for r in callgrind:
        if r["name"].startswith("POST body"):
            continue
        ratio = f'{r["instructionsPerRequest"] / c:.2f}×' if c else "-"
        print(f'| {r["name"]} | {r["instructionsPerRequest"]:,} | {ratio} |')
    post = {r["name"]: r["instructionsPerRequest"] for r in callgrind if r["name"].startswith("POST body")}
    if len(post) == 2:
        fields, readcb = post.get("POST body via postfields (C)"), post.get("POST body via readcb (C)")
        if fields and readcb:
            print(f"\nRequest bodies through a read callback that refuses to rewind (so libcurl cannot resend an order by itself) "
                  f"cost {readcb - fields:+,} instructions per POST against CURLOPT_POSTFIELDS ({fields:,} → {readcb:,}, C client, same server).")

if decode_cg or book_cg:
    print("\n## Instructions per decode and per book message (callgrind)\n")
    print("Only the named call is counted (`--toggle-collect`), over two run lengths; the difference divided by the extra decodes")
    print("(or messages) removes start-up and the other decoders in the process. Wall-clock ratios on a busy 2-core machine move")
    print("by ±20 % between runs of the same binary; these do not.\n")
    if decode_cg:
        print("| payload | decoder | instructions/decode |")
        print("| --- | --- | ---: |")
        for r in decode_cg:
            print(f'| {r["decode"]} | {r["decoder"]} | {r["instructions"]:,} |')
    for r in book_cg:
        print(f'\n`{r["book"]}` on the 400-level replay: {r["instructionsPerMessage"]:,} instructions per update message.')

if decode:
    py = {d["payload"]: d["pythonJsonMicroseconds"] for d in pyjson}
    print("\n## Decoding\n")
    print("Typed decode = into the SDK's `Decimal` models. `OKXDecoder` is the SDK's single-pass decoder; JSONDecoder runs the same models;")
    print("JSONSerialization and Python's `json.loads` only build untyped trees (no models, floats), on the same bytes.\n")
    print("| payload | bytes | OKXDecoder µs | JSONDecoder µs | speed-up | JSONSerialization µs | Python json.loads µs |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for d in decode:
        p = py.get(d["payload"])
        print(f'| {d["payload"]} | {d["bytes"]:,} | {d["sdkDecoderMicroseconds"]:.1f} | {d["jsonDecoderMicroseconds"]:.1f} | '
              f'{d["jsonDecoderMicroseconds"] / d["sdkDecoderMicroseconds"]:.1f}× | {d["jsonSerializationMicroseconds"]:.1f} | {f"{p:.1f}" if p else "-"} |')

if book:
    sdk = next((b for b in book if b["name"].startswith("swift-okx")), None)
    print("\n## Order books (books-l2-tbt, 400 levels a side)\n")
    print(f'The same {book[0]["messages"]:,} recorded messages (one snapshot, then updates of 1–8 levels) parsed and applied (best round).\n')
    print("| implementation | messages/s | µs/message | ratio to swift-okx |")
    print("| --- | ---: | ---: | ---: |")
    for b in book:
        ratio = f'{b["messagesPerSecond"] / sdk["messagesPerSecond"]:.2f}×' if sdk else "-"
        print(f'| {b["name"]} | {b["messagesPerSecond"]:,.0f} | {b["microsecondsPerMessage"]:.1f} | {ratio} |')

rows = [c for c in clock if "scenario" in c]
trips = [c for c in clock if "client" in c]
if rows:
    print("\n## Time sync (against the simulator)\n")
    print("The simulator's clock is off by a known skew; its `public/time` answers after injected delays. Error = estimated offset − true skew;")
    print("the bound is what the client reports (±RTT/2 + 0.5 ms of the best sample).\n")
    print("| scenario | syncs | max error ms | mean error ms | reported bound ms | error within bound |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for c in rows:
        print(f'| {c["scenario"]} | {c["syncs"]} | {c["maxErrorMilliseconds"]:.1f} | {c["meanErrorMilliseconds"]:.2f} | {c["boundMilliseconds"]} | {"yes" if c["withinBound"] else "**no**"} |')
if trips:
    print("\nSigned requests against a simulator 45 s ahead of this machine, after the first one:\n")
    print("| client | signed requests | succeeded | `public/time` calls | extra round trips per request | notes |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for t in trips:
        print(f'| {t["client"]} | {t["signedRequests"]} | {t["succeeded"]} | {t["timeRequests"]} | {t["extraRoundTripsPerRequest"]:.2f} | {t["note"]} |')
    print("\npython-okx 0.4.4 signs with the local clock; its `use_server_time` option is deprecated and ignored, and when it was honoured it")
    print("fetched `https://www.okx.com/api/v5/public/time` before every request (one extra round trip each, to production whatever `domain` said).")

if memory:
    print("\n## Memory stability\n")
    print("Full signed calls on one client, resident set size sampled along the way (no growth = no leak).\n")
    print("| requests | RSS MB |")
    print("| ---: | ---: |")
    for m in memory:
        print(f'| {m["requests"]:,} | {m["rssKilobytes"] / 1024:.1f} |')
    if len(memory) >= 2:
        first, last = memory[0], memory[-1]
        growth = (last["rssKilobytes"] - first["rssKilobytes"]) * 1024 / max(1, last["requests"] - first["requests"])
        print(f'\nGrowth from {first["requests"]:,} to {last["requests"]:,} requests: {(last["rssKilobytes"] - first["rssKilobytes"]) / 1024:.1f} MB ({growth:.1f} bytes per request).')

# The misses and their measured causes: written by hand after a full run (Benchmarks/analysis.md).
analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
if os.path.exists(analysis):
    print("\n## Misses and their causes\n")
    print(open(analysis).read().rstrip())

print("""
## How to reproduce

```sh
Benchmarks/run.sh            # installs nginx/libssl-dev/valgrind if missing, builds release, runs everything, writes this file
N=5000 Benchmarks/run.sh     # fewer requests
Benchmarks/run.sh --smoke    # tiny counts, prints the tables (CI runs this)
ONLY="http first callgrind" ROWS='^(transport|signed) (1|32)$' Benchmarks/run.sh   # selected sections and rows only
```

`Benchmarks/Sources/okx-bench` (its own package: AsyncHTTPClient stays out of the SDK) measures the Swift clients, decoding,
order books, time sync and memory; `Benchmarks/floor.c` is the C floor; `python_okx.py`, `ccxt_bench.py`, `ccxt_book.py`
and `python_json.py` run in a virtualenv the script creates.""")
