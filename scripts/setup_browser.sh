#!/usr/bin/env bash
# Installs what the report's browser tests need, idempotently: Debian's chromium (driven by
# playwright-core, never a downloaded browser build) and the npm packages of tests/browser/
# (package.json + package-lock.json, installed with `npm ci` into tests/browser/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi
if ! command -v node >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -f tests/browser/node_modules/playwright-core/package.json ]; then
  # playwright-core ships no browser; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD makes sure of it.
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
echo "browser: $(chromium --version 2>/dev/null | head -1), playwright-core $(node -p "require('./tests/browser/node_modules/playwright-core/package.json').version")"
