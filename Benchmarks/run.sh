#!/usr/bin/env bash
# Runs the benchmark suite and writes BENCHMARKS.md: swift-okx side by side with a C libcurl
# floor, URLSession, AsyncHTTPClient, python-okx and ccxt against the same nginx on 127.0.0.1
# serving canned OKX JSON, in one run, as ratios; plus decoding, order books, time sync, memory
# and instruction counts. Usage: Benchmarks/run.sh [--smoke]   (N=requests to override)
#
# Selected parts only (the report then goes to .build-bench-results/BENCHMARKS.partial.md and is
# printed; BENCHMARKS.md is written by full runs only):
#   ONLY="http first callgrind"   sections: http python decode book clock memory first callgrind
#   ROWS='^(transport|signed) (1|32)$'   HTTP rows, an extended regex over "mode concurrency"
#                                 (transport, signed, signed-pinned, urlsession, ahc; the C floors
#                                 always run, the ratios need them); also filters the callgrind rows
#   BENCH_BIN=path                use this okx-bench instead of building the release one
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0; [ "${1:-}" = "--smoke" ] && SMOKE=1
N=${N:-$([ $SMOKE = 1 ] && echo 200 || echo 20000)}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/okx-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
small() { [ $SMOKE = 1 ] && echo "$1" || echo "$2"; }
ONLY=${ONLY:-}; ROWS=${ROWS:-}
PARTIAL=0; [ -n "$ONLY$ROWS" ] && PARTIAL=1
want() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
row() { [ -z "$ROWS" ] || echo "$1" | grep -Eq -- "$ROWS"; }

scripts/ensure-deps.sh
need=()
command -v nginx >/dev/null || need+=(nginx)
[ -f /usr/include/openssl/hmac.h ] || need+=(libssl-dev)
command -v gcc >/dev/null || need+=(gcc)
[ $SMOKE = 0 ] && ! command -v valgrind >/dev/null && need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# nginx with its own prefix and pid file, serving the canned bodies.
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/html" "$WORK/payloads" "$WORK/results"
cp Benchmarks/balance.json "$WORK/nginx/html/"
# The canned time answer carries this run's clock: the client refuses a server time more than
# a year off (ServerClock.Configuration.maximumOffset), as it should.
printf '{"code":"0","msg":"","data":[{"ts":"%s"}]}' "$(date +%s%3N)" > "$WORK/nginx/html/time.json"
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
    location = /api/v5/trade/order { return 200 '{"code":"0","msg":"","data":[{"ordId":"1","clOrdId":"b1","sCode":"0","sMsg":""}]}'; }
  }
}
CONF
chmod 755 "$WORK"; chmod -R a+rX "$WORK/nginx"  # nginx's workers run as another user
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
trap 'nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 0.5

# The harness is a package of its own (Benchmarks/Package.swift): AsyncHTTPClient never
# reaches the SDK's users. The smoke run only proves it builds and runs: debug is enough.
CONFIG=$(small debug release)
if [ -n "${BENCH_BIN:-}" ]; then
  BENCH=$BENCH_BIN
else
  echo "==> building the benchmark package ($CONFIG)"
  touch Benchmarks/Package.swift  # re-plan: SwiftPM may miss files added to the SDK since the last build
  swift build --package-path Benchmarks -c "$CONFIG" --product okx-bench 2>&1 | grep -E "error|warning: .*okx" || true
  BENCH=Benchmarks/.build/$CONFIG/okx-bench
fi
[ -x "$BENCH" ] || { echo "okx-bench did not build"; exit 1; }
gcc -O2 -o "$WORK/floor" Benchmarks/floor.c -lcurl -lcrypto
gcc -O2 -o "$WORK/post_body" Benchmarks/post_body.c -lcurl

R="$WORK/results"
floor() { # name mode concurrency
  read -r n secs cpu p50 p99 < <("$WORK/floor" "$2" "$BASE" "$N" "$3")
  printf '{"name":"%s","requests":%s,"seconds":%s,"cpuSeconds":%s,"p50Microseconds":%s,"p99Microseconds":%s,"peakRSSKilobytes":0}\n' "$1" "$n" "$secs" "$cpu" "$p50" "$p99" >> "$R/http.jsonl"
}
if want http; then
  echo "==> HTTP rows ($N requests each)"
  floor "C libcurl floor (easy, reused) c1" seq 1
  floor "C libcurl floor (multi) c32" multi 32
  for spec in "transport 1" "transport 32" "signed 1" "signed-pinned 1" "signed 32" "signed 256" "urlsession 1" "urlsession 32" "ahc 1" "ahc 32"; do
    row "$spec" || continue
    set -- $spec
    "$BENCH" http --base-url "$BASE" --mode "$1" --requests "$N" --concurrency "$2" >> "$R/http.jsonl"
  done
fi

if want first; then
  echo "==> first private call on a new client"
  "$BENCH" http --base-url "$BASE" --mode first-call --requests "$(small 5 200)" > "$R/first.jsonl" || echo "first-call run failed (left out)"
fi

# Python peers in a virtualenv of our own (full run only: pip needs the package index).
PY=""
if want python && [ $SMOKE = 0 ] && python3 -m venv "$WORK/venv" >/dev/null 2>&1 && "$WORK/venv/bin/pip" install -q python-okx ccxt >/dev/null 2>&1; then
  PY="$WORK/venv/bin/python"
  echo "==> Python peers"
  "$PY" Benchmarks/python_okx.py "$BASE" $((N / 4)) >> "$R/http.jsonl" || echo "python-okx run failed (left out)"
  "$PY" Benchmarks/ccxt_bench.py "$BASE" $((N / 4)) sync >> "$R/http.jsonl" || echo "ccxt sync run failed (left out)"
  "$PY" Benchmarks/ccxt_bench.py "$BASE" $((N / 2)) async 32 >> "$R/http.jsonl" || echo "ccxt async run failed (left out)"
fi

if want decode; then
  echo "==> decoding"
  "$BENCH" decode --iterations "$(small 20 2000)" --dump "$WORK/payloads" > "$R/decode.jsonl"
  python3 Benchmarks/python_json.py "$WORK/payloads" > "$R/pyjson.jsonl" || true
fi

if want book; then
  echo "==> order books"
  "$BENCH" book-record --out "$WORK/books.jsonl" --messages "$(small 500 20000)"
  "$BENCH" book --in "$WORK/books.jsonl" --rounds "$(small 1 3)" > "$R/book.jsonl"
  [ -n "$PY" ] && { "$PY" Benchmarks/ccxt_book.py "$WORK/books.jsonl" 3 >> "$R/book.jsonl" || echo "ccxt book run failed (left out)"; }
fi

if want clock; then
  echo "==> time sync"
  "$BENCH" clock --syncs "$(small 2 10)" --requests "$(small 20 200)" ${PY:+--python "$PY"} > "$R/clock.jsonl"
fi

if want memory; then
  echo "==> memory"
  "$BENCH" memory --base-url "$BASE" --requests "$(small 2000 100000)" --checkpoint "$(small 1000 10000)" > "$R/memory.jsonl"
fi

# Instructions per signed request under callgrind: repeatable where wall time is not. Two runs
# of different lengths; the difference divided by the extra requests removes start-up. Swift's
# DWARF 5 is more than Debian's valgrind 3.19 can read, so the binary is built with the Swift
# runtime linked in statically and its debug information stripped (symbols stay, for --toggle-collect).
if want callgrind && [ $SMOKE = 0 ] && command -v valgrind >/dev/null; then
  echo "==> callgrind (static, stripped build)"
  if swift build --package-path Benchmarks -c release --product okx-bench --static-swift-stdlib --scratch-path Benchmarks/.build-static >/dev/null 2>&1; then
    cp Benchmarks/.build-static/release/okx-bench "$WORK/okx-bench-static" && strip --strip-debug "$WORK/okx-bench-static"  # keeps symbols for --toggle-collect
    count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
    A=300; B=1300
    for spec in "C libcurl floor (easy, reused)|floor|$WORK/floor seq $BASE" "swift-okx transport+sign|transport 1|$WORK/okx-bench-static http --base-url $BASE --mode transport --requests" "swift-okx full call|signed 1|$WORK/okx-bench-static http --base-url $BASE --mode signed --requests"; do
      name=${spec%%|*}; rest=${spec#*|}; key=${rest%%|*}; cmd=${rest#*|}
      [ "$key" = floor ] || row "$key" || continue
      a=$(count $cmd $A); b=$(count $cmd $B)
      [ -n "$a" ] && [ -n "$b" ] && printf '{"name":"%s","instructionsPerRequest":%s}\n' "$name" $(( (b - a) / (B - A) )) >> "$R/callgrind.jsonl"
    done
    # Decoding and order books in instructions too: on a busy 2-core machine their wall-clock
    # ratios move by ±20 % between runs of the same binary. Only the named function is counted
    # (--toggle-collect), over two lengths, so start-up and the other decoders in the process drop out.
    if [ $PARTIAL = 0 ] || want decode || want book; then
      inside() { valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect="$1" "${@:2}" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
      SDK_DECODE='$s3OKX10OKXDecoderV6decode_4fromxxm_20FoundationEssentials4DataVtKSeRzlF'
      SDK_RESPONSE='$s3OKX10OKXDecoderV14decodeResponse_4from6statusxxm_20FoundationEssentials4DataVSitKSeRzlF'
      FOUNDATION='$s20FoundationEssentials11JSONDecoderC6decode_4fromxxm_AA4DataVtKSeRzlF'
      BOOK_APPLY='$s10OKXStreams14OrderBookStateV5apply7messagey20FoundationEssentials4DataV_tAC7ProblemOYKF'
      # Two lengths of each payload (`--decodes`): 500 and 1,500 decodes of the small ones, fewer
      # of the large ones (a 1 MB JSONDecoder decode takes seconds under callgrind).
      for spec in "balance|OKXDecoder.decode|$SDK_DECODE|500|1500" "balance|JSONDecoder|$FOUNDATION|500|1500" \
                  "balance-response|OKXDecoder.decodeResponse|$SDK_RESPONSE|500|1500" \
                  "balance-810|OKXDecoder.decode|$SDK_DECODE|500|1500" "balance-810|JSONDecoder|$FOUNDATION|500|1500" \
                  "balance-810-response|OKXDecoder.decodeResponse|$SDK_RESPONSE|500|1500" \
                  "books-400|OKXDecoder.decode|$SDK_DECODE|10|30" "books-400|JSONDecoder|$FOUNDATION|10|30" \
                  "candles-300|OKXDecoder.decode|$SDK_DECODE|10|30" "candles-300|JSONDecoder|$FOUNDATION|10|30" \
                  "instruments-1003KB|OKXDecoder.decode|$SDK_DECODE|1|3" "instruments-1003KB|JSONDecoder|$FOUNDATION|1|3"; do
        IFS='|' read -r payload decoder symbol short long <<< "$spec"
        a=$(inside "$symbol" "$WORK/okx-bench-static" decode --only "$payload" --decodes "$short")
        b=$(inside "$symbol" "$WORK/okx-bench-static" decode --only "$payload" --decodes "$long")
        [ -n "$a" ] && [ -n "$b" ] && [ "$b" -gt "$a" ] && printf '{"decode":"%s","decoder":"%s","instructions":%s}\n' "$payload" "$decoder" $(( (b - a) / (long - short) )) >> "$R/callgrind.jsonl"
      done
      "$WORK/okx-bench-static" book-record --out "$WORK/books-2k.jsonl" --messages 2000
      "$WORK/okx-bench-static" book-record --out "$WORK/books-6k.jsonl" --messages 6000
      a=$(inside "$BOOK_APPLY" "$WORK/okx-bench-static" book --in "$WORK/books-2k.jsonl" --rounds 1)
      b=$(inside "$BOOK_APPLY" "$WORK/okx-bench-static" book --in "$WORK/books-6k.jsonl" --rounds 1)
      [ -n "$a" ] && [ -n "$b" ] && [ "$b" -gt "$a" ] && printf '{"book":"OrderBookState.apply(message:)","instructionsPerMessage":%s}\n' $(( (b - a) / 4000 )) >> "$R/callgrind.jsonl"
    fi
  else
    echo "static build failed; callgrind rows left out"
  fi
  # What the order-safety change to request bodies costs: the same POST from C, body through
  # CURLOPT_POSTFIELDS (which libcurl may resend by itself) and through swift-okx's read callback.
  [ $PARTIAL = 1 ] || for mode in postfields readcb; do
    a=$(count "$WORK/post_body" $mode "$BASE" $A); b=$(count "$WORK/post_body" $mode "$BASE" $B)
    [ -n "$a" ] && [ -n "$b" ] && printf '{"name":"POST body via %s (C)","instructionsPerRequest":%s}\n' "$mode" $(( (b - a) / (B - A) )) >> "$R/callgrind.jsonl"
  done
fi

rm -rf .build-bench-results && cp -r "$R" .build-bench-results   # the raw JSON lines, kept for a look afterwards
python3 Benchmarks/report.py "$R" "$N" > "$WORK/BENCHMARKS.md"
if [ $PARTIAL = 1 ]; then
  cp "$WORK/BENCHMARKS.md" .build-bench-results/BENCHMARKS.partial.md
  cat "$WORK/BENCHMARKS.md"
  echo "==> partial run (ONLY/ROWS): wrote .build-bench-results/BENCHMARKS.partial.md, BENCHMARKS.md untouched"
elif [ $SMOKE = 1 ]; then
  echo "(smoke run: a debug build and tiny counts prove the suite works; its numbers mean nothing)"
  head -40 "$WORK/BENCHMARKS.md"
else
  cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
  echo "==> wrote BENCHMARKS.md"
fi
