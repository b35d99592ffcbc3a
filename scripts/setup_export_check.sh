#!/usr/bin/env bash
# Creates target/export-venv with pyarrow and duckdb (independent Parquet readers for the
# export tests), idempotently. Prints the venv's python path.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/export-venv
if ! "$venv/bin/python" -c "import pyarrow, duckdb" >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pyarrow==26.0.1 duckdb==2.0.0 >&2
fi
echo "$venv/bin/python"
