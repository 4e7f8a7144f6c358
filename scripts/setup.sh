#!/usr/bin/env bash
# Everything a fresh offline machine needs before `npm start` or `npm test`: the npm packages
# (better-sqlite3 builds from source, ~1–2 min), Debian's Chromium for the browser tests, and the build.
set -euo pipefail
cd "$(dirname "$0")/.."

# Electron's installer would download a binary; there is no network for that here.
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

# Chromium runs the browser tests and prints productions to PDF; the colour emoji font lets emoji
# in messages print instead of blank boxes.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing ${missing[*]} from Debian"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

npm run build
