#!/usr/bin/env bash
# Makes sure pdflatex, bibtex and biber are there for the citation TeX-compile test
# (lib/citation/tex-compile.test.ts): installs Debian's TeX Live and Biber when run as root.
set -euo pipefail
packages=(texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-bibtex-extra biber)
missing=()
for tool in pdflatex bibtex biber; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing TeX Live and Biber (missing: ${missing[*]}; needed by the citation tests)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "Missing ${missing[*]}: install them with 'sudo apt-get install --no-install-recommends ${packages[*]}'." >&2
  exit 1
fi
