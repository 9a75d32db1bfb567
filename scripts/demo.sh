#!/usr/bin/env bash
# npm run demo: installs what is missing, builds the extension, and shows it on the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
npm run build --silent
npx tsx scripts/demo.ts
