#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox end-to-end tests (tests/e2e-firefox,
# driven by puppeteer-core; no browser download works on these machines).
set -euo pipefail
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$firefox_path" ]; then exit 0; fi
source "$(dirname "$0")/apt-install.sh"
apt_install "Debian's firefox-esr (needed for the Firefox tests)" \
  "Firefox ESR is missing: install it with 'sudo apt-get install firefox-esr' (or set FIREFOX_PATH)." \
  firefox-esr
