#!/usr/bin/env python3
"""Reads `polyfact export` output back with independent readers: Parquet with pyarrow and
DuckDB (column types, row counts, values), CSV with Python's csv module (quotes, commas, tabs,
newlines in Japanese, Chinese and German text; the BOM; formula neutralization), JSONL with
json; and checks that exports are byte-identical across runs.

Run with the interpreter of scripts/setup_export_check.sh:
    $(bash scripts/setup_export_check.sh) tests/export/check_export.py [--bin target/release/polyfact]
Prints 'N passed, N failed' and exits non-zero on a failure.
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import traceback

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "target", "export-test")

# Text a spreadsheet or a CSV reader could trip on, in three languages and scripts.
TRICKY = [
    ("ja", 'ソフトバンクは「約380億ドル、\t長期」と発表した。\n"引用"もある', "380億ドル"),
    ("zh", "亚马逊表示，交易额为\"380亿美元\"，\r\n为期七年,\t分期支付。", "380亿美元"),
    ("de", 'Die Firma, so heißt es, "zahlt" 38 Milliarden US-Dollar;\tÄnderungen\nmöglich.', "38 Milliarden US-Dollar"),
]


def claim(i, lang, quote, value_text, **extra):
    c = {
        "claim_id": f"c{i:03d}",
        "predicate": "deal.value",
        "subject": {"id": "openai", "name": "OpenAI", "type": "ORG"},
        "object": {"id": "amazon", "name": "Amazon", "type": "ORG"},
        "value": {"type": "money", "amount": 38e9, "unit": "USD", "low": None, "high": None, "approx": False, "date": None},
        "qualifiers": {},
        "status": "single_source",
        "conflicts_with": [],
        "confidence": 0.5,
        "languages": [lang],
        "sources": [
            {"doc_id": f"d{i}", "lang": lang, "start": 3, "end": 3 + len(quote), "quote": quote, "value_text": value_text, "score": 1.0}
        ],
    }
    c.update(extra)
    return c


def make_run(d):
    os.makedirs(d, exist_ok=True)
    claims = [claim(i, lang, q, v) for i, (lang, q, v) in enumerate(TRICKY)]
    # New-contract fields, a formula-looking hedge, a negative percent, a date value, a conversion.
    claims.append(
        claim(
            3, "en", "=HYPERLINK(\"http://x\") shares fell 4.5%", "4.5%",
            predicate="stock.change",
            value={"type": "percent", "amount": -4.5, "unit": "%", "low": None, "high": None, "approx": True, "date": None},
            qualifiers={"hedge": "@reportedly", "period": "2026-Q1",
                        "converted": [{"amount": 33e9, "unit": "EUR", "value_text": "€33 billion"}]},
            status="conflicting", conflicts_with=["c004"], as_of="2026-03", consistent_with=["c000"],
            conflict_kind="magnitude", preferred=False,
        )
    )
    claims.append(
        claim(
            4, "en", "The deal ends in 2032.", "2032", predicate="deal.end",
            value={"type": "date", "amount": None, "unit": None, "low": None, "high": None, "approx": False, "date": "2032-12"},
        )
    )
    two = claim(5, "en", "A $1 billion deal.", "$1 billion")
    two["sources"].append(dict(two["sources"][0], doc_id="d0", lang="ja"))
    two["languages"] = ["en", "ja"]
    claims.append(two)
    with open(os.path.join(d, "claims.jsonl"), "w", encoding="utf-8") as f:
        for c in claims:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "documents.jsonl"), "w", encoding="utf-8") as f:
        for i in range(6):
            f.write(json.dumps({"doc_id": f"d{i}", "source": f"https://example.org/{i}", "lang": "en", "lang_confidence": 1.0,
                                "title": f"-Title, \"{i}\"", "published": "2025-11-03", "text": ""}, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "entities.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "amazon", "name": "Amazon", "type": "ORG", "names": {"en": ["Amazon"], "ja": ["アマゾン"]},
                            "links": [{"name": "アマゾン", "rule": "transliteration", "evidence": "x"}]}, ensure_ascii=False) + "\n")
    return claims


def run(bin_, *args):
    return subprocess.run([bin_, *args], capture_output=True, text=True)


CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


@check
def parquet_types_and_rows_pyarrow(ctx):
    t = pq.read_table(ctx["parquet"])
    assert t.num_rows == ctx["source_rows"], t.num_rows
    s = t.schema
    expect = {
        "claim_id": pa.string(), "amount": pa.float64(), "approx": pa.bool_(), "start": pa.int64(),
        "date_first": pa.date32(), "published": pa.date32(), "preferred": pa.bool_(), "confidence": pa.float64(),
        "conflicts_with": pa.list_(pa.string()), "quote": pa.string(),
    }
    for name, typ in expect.items():
        assert s.field(name).type == typ, (name, s.field(name).type)
    for name in ["predicate", "subject_id", "lang", "unit", "status"]:
        assert pa.types.is_dictionary(s.field(name).type), (name, s.field(name).type)
        assert s.field(name).type.value_type == pa.string()
    rows = t.to_pylist()
    assert [r["quote"] for r in rows[:3]] == [q for _, q, _ in TRICKY]
    neg = rows[3]
    assert neg["amount"] == -4.5 and neg["approx"] is True and neg["preferred"] is False
    assert neg["as_of"] == "2026-03" and str(neg["as_of_first"]) == "2026-03-01" and str(neg["as_of_last"]) == "2026-03-31"
    assert neg["conflict_kind"] == "magnitude" and neg["conflicts_with"] == ["c004"] and neg["consistent_with"] == ["c000"]
    assert neg["converted"] == ["33000000000 EUR (€33 billion)"] and neg["hedge"] == "@reportedly"
    old = rows[0]
    assert old["preferred"] is True and old["as_of"] is None and old["consistent_with"] == [] and old["conflict_kind"] is None
    d = rows[4]
    assert d["date"] == "2032-12" and str(d["date_first"]) == "2032-12-01" and str(d["date_last"]) == "2032-12-31"
    assert d["amount"] is None


@check
def parquet_duckdb(ctx):
    con = duckdb.connect()
    n, = con.execute(f"SELECT count(*) FROM read_parquet('{ctx['parquet']}')").fetchone()
    assert n == ctx["source_rows"]
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{ctx['parquet']}'))").fetchall())
    assert types["amount"] == "DOUBLE" and types["start"] == "BIGINT" and types["approx"] == "BOOLEAN", types
    assert types["date_last"] == "DATE" and types["conflicts_with"] == "VARCHAR[]" and types["predicate"] == "VARCHAR", types
    later, = con.execute(f"SELECT count(*) FROM read_parquet('{ctx['parquet']}') WHERE date_last >= DATE '2032-01-01'").fetchone()
    assert later == 1
    ja, = con.execute(f"SELECT count(*) FROM read_parquet('{ctx['claims_parquet']}') WHERE list_contains(languages, 'ja')").fetchone()
    assert ja == 2, ja
    ents = con.execute(f"SELECT entity_id, names, link_rules FROM read_parquet('{ctx['entities_parquet']}')").fetchall()
    assert ents == [("amazon", ["Amazon", "アマゾン"], ["transliteration"])], ents


@check
def claims_table_counts_sources(ctx):
    t = pq.read_table(ctx["claims_parquet"]).to_pylist()
    assert len(t) == len(ctx["claims"])
    two = t[5]
    assert two["n_sources"] == 2 and two["n_documents"] == 2 and two["languages"] == ["en", "ja"] and two["doc_ids"] == ["d5", "d0"]


@check
def csv_round_trips_tricky_text(ctx):
    raw = open(ctx["csv"], "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == ctx["source_rows"]
    for row, (lang, quote, vt) in zip(rows, TRICKY):
        assert row["quote"] == quote, (row["quote"], quote)
        assert row["value_text"] == vt and row["lang"] == lang
    neg = rows[3]
    assert neg["amount"] == "-4.5", "numbers are never neutralized"
    assert neg["quote"].startswith("'=HYPERLINK"), neg["quote"]
    assert neg["hedge"] == "'@reportedly"
    assert rows[0]["title"] == "'-Title, \"0\""
    assert rows[0]["amount"] == "38000000000" and rows[0]["published"] == "2025-11-03" and rows[0]["preferred"] == "true"


@check
def jsonl_rows(ctx):
    rows = [json.loads(line) for line in open(ctx["jsonl"], encoding="utf-8")]
    assert len(rows) == ctx["source_rows"]
    assert list(rows[0])[:3] == ["claim_id", "predicate", "subject_id"]
    assert rows[3]["amount"] == -4.5 and rows[3]["quote"].startswith("=HYPERLINK"), "JSONL keeps text as is"
    assert rows[4]["date_first"] == "2032-12-01"


@check
def exports_are_deterministic(ctx):
    for fmt in ["parquet", "csv", "jsonl"]:
        a = os.path.join(WORK, f"again.{fmt}")
        r = run(ctx["bin"], "export", ctx["dir"], "--format", fmt, "--out", a)
        assert r.returncode == 0, r.stderr
        first = {"parquet": ctx["parquet"], "csv": ctx["csv"], "jsonl": ctx["jsonl"]}[fmt]
        assert open(a, "rb").read() == open(first, "rb").read(), fmt


@check
def actionable_errors(ctx):
    empty = os.path.join(WORK, "empty")
    os.makedirs(empty, exist_ok=True)
    r = run(ctx["bin"], "export", empty, "--format", "csv")
    assert r.returncode == 2 and "claims.jsonl" in r.stderr and empty in r.stderr, r.stderr
    r = run(ctx["bin"], "export", ctx["dir"], "--format", "xlsx")
    assert r.returncode == 2 and "xlsx" in r.stderr, r.stderr
    bad = os.path.join(WORK, "no", "such", "dir", "x.csv")
    r = run(ctx["bin"], "export", ctx["dir"], "--format", "csv", "--out", bad)
    assert r.returncode == 2 and bad in r.stderr, r.stderr
    r = run(ctx["bin"], "report", ctx["dir"], "--out", bad.replace(".csv", ".html"))
    assert r.returncode == 2 and bad.replace(".csv", ".html") in r.stderr, r.stderr
    r = run(ctx["bin"], "export", ctx["dir"], "--format", "jsonl", "--table", "claims", "--out", os.path.join(ctx["dir"], "claims.jsonl"))
    assert r.returncode == 2 and "overwrite" in r.stderr, r.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("POLYFACT_BIN", os.path.join(ROOT, "target/release/polyfact")))
    args = ap.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    d = os.path.join(WORK, "run")
    claims = make_run(d)
    ctx = {"bin": args.bin, "dir": d, "claims": claims, "source_rows": sum(len(c["sources"]) for c in claims)}
    for fmt in ["parquet", "csv", "jsonl"]:
        r = run(args.bin, "export", d, "--format", fmt)
        assert r.returncode == 0, r.stderr
        ctx[fmt] = os.path.join(d, f"claims_sources.{fmt}")
    for table in ["claims", "entities"]:
        r = run(args.bin, "export", d, "--format", "parquet", "--table", table)
        assert r.returncode == 0, r.stderr
        ctx[f"{table}_parquet"] = os.path.join(d, f"{table}_table.parquet")
    passed = failed = 0
    for fn in CHECKS:
        try:
            fn(ctx)
            passed += 1
            print(f"ok {fn.__name__}")
        except Exception:
            failed += 1
            print(f"FAILED {fn.__name__}")
            traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
