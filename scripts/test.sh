#!/usr/bin/env bash
# The whole developer loop, exactly as CI runs it: lint, format check, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy bienban
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
