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
  # Every public declaration of the libraries carries a /// comment.
  python3 scripts/doc-coverage.py --max 0
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

# A bound on the run: a hang is a failure, never retried. On a hang, exactly this run's
# processes (the `swift test` started here and its descendants, found by parent pid: SwiftPM
# puts the test binary in a process group of its own) are stopped, never anyone else's by name.
# Before they are, the test binary's threads get their backtraces printed (gdb, when installed),
# and the tests that started but never finished are listed from the run's own output (kept line
# buffered with stdbuf so that a hung run has written what it did).
limit=${OKX_TEST_TIMEOUT_SECONDS:-300}
testlog=$(mktemp)
trap 'rm -f "$log" "$testlog" "$testlog.started" "$testlog.ended"' EXIT
buffer=()
if command -v stdbuf >/dev/null 2>&1; then buffer=(stdbuf -oL -eL); fi
# At most this many tests at once (Swift Testing's own setting). Unbounded, all 400-odd start
# together: every one brings up a simulator, and CLI/MCP tests spawn processes, so on 2 cores the
# first seconds starve and requests miss their 8 s order deadlines (50036) or short timeouts.
export SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH=${SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH:-16}
"${buffer[@]}" swift test --skip-build "$@" > >(tee "$testlog") 2>&1 &
runner=$!
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}
deadline=$((SECONDS + limit))
while kill -0 "$runner" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 1; done
if kill -0 "$runner" 2>/dev/null; then
  echo "error: the test run did not finish within $limit seconds; it is a failure, not retried" >&2
  ours=$(descendants "$runner")
  for pid in $ours; do
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
    case "$exe" in
      *PackageTests*|*.xctest)
        echo "==> threads of the hung test process $pid ($exe)" >&2
        if command -v gdb >/dev/null 2>&1; then
          timeout 120 gdb -p "$pid" -batch -nx -ex "set pagination off" -ex "thread apply all bt" 2>&1 | grep -v -e "^\[New LWP" -e "^During symbol reading" >&2 || true
        else
          echo "(gdb is not installed: no backtraces)" >&2
        fi ;;
    esac
  done
  echo "==> tests that started and never finished:" >&2
  # swift-testing prints "Test NAME started." and later "Test NAME passed/failed/skipped ...".
  sed -n 's/^.*Test \(.*\) started\.$/\1/p' "$testlog" | sort -u > "$testlog.started"
  sed -n 's/^.*Test \(.*\) \(passed\|failed\|skipped\).*$/\1/p' "$testlog" | sort -u > "$testlog.ended"
  comm -23 "$testlog.started" "$testlog.ended" | grep -vx "run" >&2 || true
  # Only this run's processes, by pid: the runner and what it started.
  kill -KILL "$runner" $ours 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  exit 124
fi
status=0
wait "$runner" || status=$?
if [ "$status" != 0 ]; then
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
