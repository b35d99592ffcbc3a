# polyfact recipes. First time on a machine: `bash scripts/setup.sh` (installs just itself).

set shell := ["bash", "-euo", "pipefail", "-c"]

bin := "target/release/polyfact"

# List the recipes.
default:
    @just --list

# Install what is missing (just, libonnxruntime) and build; idempotent.
setup:
    bash scripts/setup.sh

# Run the pipeline on the default corpus (data/corpus) into out/.
run *ARGS: setup
    {{bin}} run data/corpus --out out {{ARGS}}
    @echo "first document:" && head -c 400 out/documents.jsonl && echo

# All tests (unit + end-to-end on the seed articles and the default corpus), then lints.
test: setup
    cargo test --release --workspace
    just lint

# Formatting and clippy, warnings as errors.
lint:
    cargo fmt --all -- --check
    cargo clippy --release --workspace --all-targets -- -D warnings

# All benchmarks.
bench: bench-ingest

# Ingest + language detection throughput on a generated 50 MB JSONL dump (2 cores).
bench-ingest mb="50": setup
    mkdir -p target/bench
    python3 scripts/gen_dump.py target/bench/dump.jsonl --mb {{mb}}
    @echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    /usr/bin/time -f "wall %e s, max RSS %M KB" {{bin}} run target/bench/dump.jsonl --out target/bench/out

# Evaluation against labelled fixtures (issue #6: not built yet).
eval:
    @echo "polyfact eval is not built yet (issue #6)" >&2 && exit 1

# Rebuild the NER model from registry packages (issue #3: not built yet).
model:
    @echo "the model recipe is not built yet (issue #3)" >&2 && exit 1

# Score the value recognizer on the Recognizers-Text peer suite (../shared/peer-suites).
peer: setup
    python3 scripts/peer.py --json target/peer.json
