#!/usr/bin/env bash
# The test command (README, CI): installs libcurl headers if missing, checks the generated tables
# are current, builds with zero warnings in our own code, and runs the whole suite against the
# in-process simulator on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh

if command -v python3 >/dev/null 2>&1; then
  python3 scripts/generate-tables.py --check
  python3 scripts/generate-api.py --check
else
  echo "note: python3 not found; skipping the generated-tables check"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "==> swift build --build-tests"
if ! swift build --build-tests >"$log" 2>&1; then
  cat "$log"
  echo "error: build failed" >&2
  exit 1
fi
tail -1 "$log"
root=$(pwd)
if grep -E "^($root/)?(Sources|Tests|Samples)/.*warning:" "$log" | sort -u | grep .; then
  echo "error: the package's own code has compiler warnings (listed above)" >&2
  exit 1
fi

# A bound on the run: a hang must fail in minutes, not eat CI's budget. A run that hangs is
# retried once, loudly (a rare exit-time hang was seen in this session and hardened against;
# see the CHANGELOG); a second hang fails.
status=0
timeout 300 swift test --skip-build "$@" || status=$?
if [ "$status" = 124 ]; then
  echo "WARNING: the test run did not finish within 5 minutes; running it once more"
  pkill -9 -f swift-okxPackageTests 2>/dev/null || true
  timeout 300 swift test --skip-build "$@"
elif [ "$status" != 0 ]; then
  exit "$status"
fi

# Third-party bots, unmodified (ccxt and python-okx from PyPI, in .build/e2e-venv), against
# `okx sim`: every step must pass. Needs python3 and, the first time, PyPI; a failed install
# fails the run. OKX_SKIP_E2E_BOTS=1 skips it (offline machines), saying so.
if [ "${OKX_SKIP_E2E_BOTS:-0}" = 1 ]; then
  echo "note: OKX_SKIP_E2E_BOTS=1: skipping scripts/e2e-bots.sh"
else
  echo "==> scripts/e2e-bots.sh"
  scripts/e2e-bots.sh
fi
