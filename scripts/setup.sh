#!/usr/bin/env bash
# Everything a fresh offline machine needs before `npm start` or `npm test`: the npm packages
# (better-sqlite3 builds from source, ~1–2 min), Debian's Chromium for the browser tests, and the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Electron's installer would download a binary; there is no network for that here (spec/electron.md §5).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1

# npm ci wipes and rebuilds node_modules; skip it when the last one ran on this very lock file.
stamp=node_modules/.threadline-installed
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  echo "setup: node_modules already matches package-lock.json"
else
  npm ci
  echo "$lock_sum" > "$stamp"
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing Chromium from Debian for the browser tests"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing; the browser tests need it: sudo apt-get install -y chromium" >&2
  fi
fi

npm run build
