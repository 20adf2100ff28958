#!/usr/bin/env bash
# The test command (README, CI): installs libcurl headers if missing, checks the generated tables
# are current, builds with zero warnings in our own code, and runs the whole suite against the
# in-process simulator on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh

if command -v python3 >/dev/null 2>&1; then
  python3 scripts/generate-tables.py --check
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

swift test --skip-build "$@"
