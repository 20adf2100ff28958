#!/usr/bin/env bash
# Runs the benchmark suite and writes BENCHMARKS.md: swift-okx side by side with a C libcurl
# floor, URLSession and python-okx, against the same nginx on 127.0.0.1 serving canned OKX
# JSON, in one run, as ratios. Usage: Benchmarks/run.sh [--smoke]   (N=requests to override)
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0; [ "${1:-}" = "--smoke" ] && SMOKE=1
N=${N:-$([ $SMOKE = 1 ] && echo 200 || echo 20000)}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/okx-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"

scripts/ensure-deps.sh
need=()
command -v nginx >/dev/null || need+=(nginx)
[ -f /usr/include/openssl/hmac.h ] || need+=(libssl-dev)
command -v gcc >/dev/null || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# nginx with its own prefix and pid file, serving the canned bodies.
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/html"
cp Benchmarks/balance.json Benchmarks/time.json "$WORK/nginx/html/"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 10000000;
  keepalive_timeout 60s;
  server {
    listen 127.0.0.1:$PORT;
    default_type application/json;
    location = /api/v5/account/balance { alias $WORK/nginx/html/balance.json; }
    location = /api/v5/public/time { alias $WORK/nginx/html/time.json; }
  }
}
CONF
chmod 755 "$WORK"; chmod -R a+rX "$WORK/nginx"  # nginx's workers run as another user
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
trap 'nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 0.5

if [ $SMOKE = 1 ]; then
  # The smoke run only proves the suite still builds and runs: the debug build the tests made is enough.
  echo "==> building (debug, smoke)"
  swift build --product okx-bench >/dev/null
  BENCH=.build/debug/okx-bench
else
  echo "==> building (release)"
  swift build -c release --product okx-bench >/dev/null
  BENCH=.build/release/okx-bench
fi
gcc -O2 -o "$WORK/floor" Benchmarks/floor.c -lcurl -lcrypto

results="$WORK/results.jsonl"
floor() { # name mode concurrency
  read -r n secs cpu p50 p99 < <("$WORK/floor" "$2" "$BASE" "$N" "$3")
  printf '{"name":"%s","requests":%s,"seconds":%s,"cpuSeconds":%s,"p50Microseconds":%s,"p99Microseconds":%s,"peakRSSKilobytes":0}\n' "$1" "$n" "$secs" "$cpu" "$p50" "$p99" >> "$results"
}
echo "==> measuring ($N requests each)"
floor "C libcurl floor (easy, reused) c1" seq 1
floor "C libcurl floor (multi) c32" multi 32
for spec in "transport 1" "transport 32" "signed 1" "signed-pinned 1" "signed 32" "signed 256" "urlsession 1" "urlsession 32"; do
  set -- $spec
  "$BENCH" http --base-url "$BASE" --mode "$1" --requests "$N" --concurrency "$2" >> "$results"
done

# python-okx in a virtualenv of our own, pointed at the same nginx.
if [ $SMOKE = 0 ] && python3 -m venv "$WORK/venv" >/dev/null 2>&1 && "$WORK/venv/bin/pip" install -q python-okx >/dev/null 2>&1; then
  "$WORK/venv/bin/python" Benchmarks/python_okx.py "$BASE" $((N / 4)) >> "$results" || echo "python-okx run failed (left out)"
fi

"$BENCH" decode --iterations $([ $SMOKE = 1 ] && echo 20 || echo 2000) > "$WORK/decode.jsonl"

python3 Benchmarks/report.py "$results" "$WORK/decode.jsonl" "$N" > "$WORK/BENCHMARKS.md"
if [ $SMOKE = 1 ]; then
  cat "$WORK/BENCHMARKS.md" | head -20
else
  cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
  echo "==> wrote BENCHMARKS.md"
fi
