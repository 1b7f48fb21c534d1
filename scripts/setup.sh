#!/usr/bin/env bash
# One-time set-up on a fresh machine: the system Chromium the tests drive, and the npm packages.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
# Debian packages the tests need: Chromium (the browser tests drive the system browser; downloads
# of test browsers are not used) and php-cli (the PHP endpoint recipe is tested for real).
packages=()
if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then packages+=(chromium); fi
if ! command -v php >/dev/null 2>&1; then packages+=(php-cli); fi
if [ "${#packages[@]}" -gt 0 ]; then
  echo "setup: installing Debian's ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
