#!/usr/bin/env bash
# Installs what swift-okx needs from the system on a fresh Debian/Ubuntu machine: libcurl's
# headers (libcurl4-openssl-dev) and pkg-config, which SwiftPM uses to find them. Idempotent:
# does nothing when they are already there.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift is not on PATH; install a Swift 6.1+ toolchain first (https://swift.org/install)" >&2
  exit 1
fi

have_curl_headers() {
  command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcurl &&
    [ -f "$(pkg-config --variable=includedir libcurl)/curl/curl.h" -o -n "$(ls /usr/include/*/curl/curl.h /usr/include/curl/curl.h 2>/dev/null | head -1)" ]
}

if have_curl_headers; then
  exit 0
fi

echo "==> installing libcurl4-openssl-dev and pkg-config (libcurl headers for the transport)"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "error: need root (or sudo) to run apt-get install libcurl4-openssl-dev pkg-config" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: no apt-get here; install libcurl's development headers and pkg-config with your package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libcurl4-openssl-dev pkg-config >/dev/null
have_curl_headers || { echo "error: libcurl headers still not found after installing" >&2; exit 1; }
