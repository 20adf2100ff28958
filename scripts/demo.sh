#!/usr/bin/env bash
# The quick-start demo: installs libcurl headers if missing, builds, and runs the sample against
# the embedded simulator (no account, no network, no credentials).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --product okx-quickstart
exec swift run --skip-build okx-quickstart
