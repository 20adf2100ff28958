#!/usr/bin/env bash
# The quick-start demo: installs libcurl headers if missing, builds, runs the quick-start sample
# against the embedded simulator (no account, no network, no credentials), then `okx doctor --sim`,
# which diagnoses a simulator set up with a skewed clock and a demo key used against live.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --product okx-quickstart
swift build --product okx
swift run --skip-build okx-quickstart
echo
echo "==> okx doctor --sim   (a deliberately broken setup: what does the doctor find?)"
set +e
.build/debug/okx doctor --sim
status=$?
set -e
echo
echo "okx doctor exited with $status (5 = problems found, as intended here). Try: .build/debug/okx --help"
