#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox end-to-end tests (tests/e2e-firefox,
# driven by puppeteer-core; no browser download works on these machines).
set -euo pipefail
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$firefox_path" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's firefox-esr (needed for the Firefox tests)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
else
  echo "Firefox ESR is missing: install it with 'sudo apt-get install firefox-esr' (or set FIREFOX_PATH)." >&2
  exit 1
fi
