#!/usr/bin/env bash
# End-to-end run of third-party OKX clients, unmodified, against `okx sim`: ccxt, python-okx and
# the MCP client library `mcp` (driving `okx mcp`, mcp_agent) from PyPI in a virtualenv under .build/e2e-venv, each driving its own fresh simulator (plus a
# second one whose clock is 60 s ahead, for the skewed-clock step) through what a typical bot
# does: over REST (ccxt_bot, python_okx_bot) and over WebSocket (ccxt_ws_bot with ccxt.pro;
# python_okx_ws_bot with python-okx's WebSocket classes, which only do wss://, so that simulator
# also serves TLS with a self-signed certificate made here with openssl and trusted through
# SSL_CERT_FILE); demo is chosen by URL, as on OKX. Every step prints PASS/FAIL; the script fails
# when any step or the setup fails.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/e2e-venv
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ beside the bots in the source tree
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
  echo "==> creating $venv"
  "$python" -m venv "$venv"
fi
echo "==> pip install ccxt python-okx mcp"
if ! "$venv/bin/python" -m pip install --disable-pip-version-check --quiet ccxt python-okx mcp; then
  echo "error: pip could not install ccxt, python-okx and mcp into $venv" >&2
  exit 1
fi

echo "==> swift build --product okx"
if ! out=$(swift build --product okx 2>&1); then
  echo "$out"
  echo "error: swift build --product okx failed" >&2
  exit 1
fi
okx="$(swift build --show-bin-path)/okx"

tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# Starts `okx sim` on a free port (--port 0) and reads what it prints, line by line through a
# FIFO (no sleeping): the base URL, the live and demo WebSocket bases, then each key's export
# line. Sets SIM_URL, WS_URL, WS_DEMO_URL and the key vars.
start_sim() {
  local name=$1; shift
  local fifo="$tmp/$name.fifo"
  mkfifo "$fifo"
  "$okx" sim --port 0 "$@" >"$fifo" 2>"$tmp/$name.err" &
  pids+=("$!")
  exec {fd}<"$fifo"
  SIM_URL="" WS_URL="" WS_DEMO_URL="" WSS_URL="" WSS_DEMO_URL="" DEMO_LINE="" LIVE_LINE=""
  local kind="" line
  while IFS= read -r -u "$fd" line; do
    case "$line" in
      "OKX simulator listening on "*) SIM_URL=${line#OKX simulator listening on }; SIM_URL=${SIM_URL%% *} ;;
      "WebSocket live: "*) WS_URL=${line#WebSocket live: }; WS_URL=${WS_URL%%/ws/v5/*} ;;
      "WebSocket demo: "*) WS_DEMO_URL=${line#WebSocket demo: }; WS_DEMO_URL=${WS_DEMO_URL%%/ws/v5/*} ;;
      "TLS WebSocket live: "*) WSS_URL=${line#TLS WebSocket live: }; WSS_URL=${WSS_URL%%/ws/v5/*} ;;
      "TLS WebSocket demo: "*) WSS_DEMO_URL=${line#TLS WebSocket demo: }; WSS_DEMO_URL=${WSS_DEMO_URL%%/ws/v5/*} ;;
      "demo key"*) kind=demo ;;
      "live key"*) kind=live ;;
      *"export OKX_API_BASE_URL="*) if [ "$kind" = demo ]; then DEMO_LINE=$line; else LIVE_LINE=$line; fi ;;
      "Ctrl-C to stop.") break ;;
    esac
  done
  exec {fd}<&-
  if [ -z "$SIM_URL" ] || [ -z "$WS_URL" ] || [ -z "$WS_DEMO_URL" ] || [ -z "$DEMO_LINE" ] || [ -z "$LIVE_LINE" ]; then
    echo "error: okx sim ($name) did not print its URLs and keys" >&2
    cat "$tmp/$name.err" >&2
    exit 1
  fi
  # It is listening once it has printed; this proves it answers.
  curl -fsS --retry 10 --retry-connrefused --retry-delay 1 "$SIM_URL/api/v5/public/time" >/dev/null
}

# The value of NAME=value in an export line.
field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<<"$1"; }

# A self-signed certificate for 127.0.0.1, for the TLS listener python-okx's WebSocket needs
# (as TLSTests, that bot is skipped, loudly, on a machine without the openssl command).
bots=(ccxt_bot python_okx_bot ccxt_ws_bot python_okx_ws_bot mcp_agent)
if command -v openssl >/dev/null; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" \
    -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
else
  echo "WARNING: no openssl command: skipping python_okx_ws_bot (python-okx's WebSocket needs the simulator's TLS listener)" >&2
  bots=(ccxt_bot python_okx_bot ccxt_ws_bot mcp_agent)
fi

status=0
for bot in "${bots[@]}"; do
  start_sim "$bot-skewed" --skew-ms 60000
  skewed=$SIM_URL
  tls=()
  if [ "$bot" = python_okx_ws_bot ]; then tls=(--tls-cert "$tmp/cert.pem" --tls-key "$tmp/key.pem"); fi
  start_sim "$bot" "${tls[@]}"
  echo "==> $bot against $SIM_URL"
  if ! OKX_SIM_URL=$SIM_URL OKX_SIM_SKEWED_URL=$skewed OKX_SIM_WS_URL=$WS_URL OKX_SIM_WS_DEMO_URL=$WS_DEMO_URL \
    OKX_SIM_WSS_URL=$WSS_URL OKX_SIM_WSS_DEMO_URL=$WSS_DEMO_URL SSL_CERT_FILE="$tmp/cert.pem" \
    OKX_SIM_DEMO_KEY=$(field "$DEMO_LINE" OKX_API_KEY) OKX_SIM_DEMO_SECRET=$(field "$DEMO_LINE" OKX_SECRET_KEY) \
    OKX_SIM_DEMO_PASSPHRASE=$(field "$DEMO_LINE" OKX_PASSPHRASE) \
    OKX_SIM_LIVE_KEY=$(field "$LIVE_LINE" OKX_API_KEY) OKX_SIM_LIVE_SECRET=$(field "$LIVE_LINE" OKX_SECRET_KEY) \
    OKX_SIM_LIVE_PASSPHRASE=$(field "$LIVE_LINE" OKX_PASSPHRASE) OKX_BIN="$okx" \
    timeout 300 "$venv/bin/python" "Tests/e2e/$bot.py"; then
    status=1
  fi
done
exit "$status"
