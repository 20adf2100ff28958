"""Python's json.loads on the same payload bytes `okx-bench decode --dump` wrote (untyped,
floats and strs, no models: the floor of what a Python SDK can do).
Usage: python_json.py DIR  — prints one JSON line per payload."""
import json, os, sys, time

for name in sorted(os.listdir(sys.argv[1])):
    if not name.endswith(".json"):
        continue
    data = open(os.path.join(sys.argv[1], name), "rb").read()
    per_round = max(2, min(400, 2_000_000 // len(data)))
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(per_round):
            json.loads(data)
        best = min(best, (time.perf_counter() - t0) / per_round)
    print(json.dumps({"payload": name[:-5], "pythonJsonMicroseconds": best * 1e6}))
