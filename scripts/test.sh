#!/usr/bin/env bash
# npm test: every check the project has, cheapest first; stops at the first failure.
# Installs what a fresh machine lacks (npm packages, Chromium, Firefox ESR, TeX Live + Biber).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step 'setup'
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-firefox.sh
bash scripts/ensure-tex.sh

step 'format (prettier)'
npx prettier --check . --log-level warn
step 'lint (eslint)'
npx eslint .
step 'types (tsc)'
npx tsc --noEmit
step 'unit tests (vitest)'
npx vitest run
# The unit tests proved data/generated matches data/papers.json, so build from it as committed.
step 'build and store zips (chrome-mv3, firefox-mv2 + sources)'
npx wxt zip
npx wxt zip -b firefox
step 'Firefox add-on lint (web-ext)'
npx web-ext lint --source-dir .output/firefox-mv2 --warnings-as-errors
step 'end-to-end tests (playwright, Chromium with the built extension)'
npx playwright test --project=chromium
step 'end-to-end tests (puppeteer-core over WebDriver BiDi, Firefox ESR with the built extension)'
npx playwright test --project=firefox
