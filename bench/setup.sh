#!/usr/bin/env bash
# What the OCR benchmark needs beyond bienban itself: OCRmyPDF and unpaper (for its --clean).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
missing=()
for package in ocrmypdf unpaper; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
