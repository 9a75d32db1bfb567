#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests, the demo and the benchmark
# (Playwright's own browser download does not work on these machines).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
source "$(dirname "$0")/apt-install.sh"
apt_install "Debian's chromium (needed for the browser tests)" \
  "Chromium is missing: install it with 'sudo apt-get install chromium' (or set CHROMIUM_PATH)." \
  chromium fonts-dejavu-core
