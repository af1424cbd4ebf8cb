#!/usr/bin/env bash
# Install everything bienban needs on Debian 12 (as root, or a user with sudo), idempotently:
# system packages that are missing, then a virtual environment in .venv with the pinned set
# of requirements.lock. A second run skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-vie poppler-utils
  fonts-noto-core fonts-dejavu-core
  python3 python3-venv python3-pip
  chromium
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  echo "install.sh: apt-get install ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python_cmd="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "install.sh: creating .venv with $($python_cmd --version)"
  "$python_cmd" -m venv .venv
fi

stamp=.venv/.bienban-installed
wanted="$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "install.sh: installing the pinned Python packages (requirements.lock)"
  pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
  "${pip[@]}" install -r requirements.lock 2> >(grep -v "is neither a file nor a directory" >&2)
  "${pip[@]}" install --no-deps -e . 2> >(grep -v -e "is neither a file nor a directory" -e Warning >&2)
  echo "$wanted" > "$stamp"
fi
echo "install.sh: ready ($(.venv/bin/bienban --version), $(tesseract --version 2>&1 | head -n 1))"
