#!/usr/bin/env python3
"""Scores polyfact's HTML main-content extraction on the article-extraction benchmark
(../shared/peer-suites/article-extraction-benchmark, data of scrapinghub's public benchmark,
MIT). Evaluation material only: nothing here is ever used to build polyfact.

The metric is the one the benchmark's README defines, implemented here from that text:
tokens are maximal runs of `\\w+` (case kept); a page's truth and prediction are multisets of
4-token shingles (a text of fewer than 4 tokens is one shorter shingle); tp = sum of min counts,
fp = predicted surplus, fn = missing count, normalised so every page weighs the same; page
P = tp/(tp+fp), R = tp/(tp+fn) (both 1 when fp = fn = 0; R = 0 when
tp = fn = 0); P is the mean over pages with tp+fp > 0, R over pages with tp+fn > 0, F1 = 2PR/(P+R)
of the means (an empty prediction is out of the precision mean and has recall 0; this
reproduces the README's published numbers). Accuracy: share of pages whose token sequence equals the truth's.
Every extractor output shipped in `output/` is scored by the same code, beside ours.

Our side: every `html/<key>.html.gz` is decompressed (bytes as served, any charset) into
target/peer_html/pages/<key>.html, and `polyfact run DIR --out OUTDIR --no-ner` is run on the
folder. Our prediction for a page is the `text` of its document in `documents.jsonl`
(`doc_id` = the file stem). A page with no document (skipped, e.g. an undecodable charset)
counts as an empty prediction: it stays in the means (its recall is 0).

What is compared: the benchmark's `articleBody` is the article body *without* the headline.
polyfact keeps the headline as the document's `title` and, as for every input, also as the
first line of `text` when the page shows it there. So when the first line of `text` equals
the document's `title` (compared by tokens), that one line is left out before scoring; nothing
else is removed (captions, bylines or teasers that we keep count against us).

usage: peer_html.py [--bin BIN] [--suite DIR] [--json FILE] [--baseline FILE] [--show N]
  --baseline FILE: exit 1 when our F1 is more than 0.005 below the F1 recorded in FILE
  --show N: list our N worst pages (by page F1) with their P/R
"""
import argparse, collections, gzip, json, os, pathlib, re, shutil, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUITE = ROOT.parent / "shared" / "peer-suites" / "article-extraction-benchmark"
TOLERANCE = 0.005
WORD = re.compile(r"\w+")


def tokens(text):
    return WORD.findall(text or "")


def shingles(toks, n=4):
    if len(toks) < n:
        return collections.Counter([tuple(toks)]) if toks else collections.Counter()
    return collections.Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_counts(truth, pred):
    t, p = shingles(tokens(truth)), shingles(tokens(pred))
    tp = sum(min(c, p[s]) for s, c in t.items())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_pr(tp, fp, fn):
    """(precision or None, recall or None) of one page; None when the page does not count."""
    if fp == 0 and fn == 0:
        return (1.0, 1.0) if tp > 0 else (None, None)
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def score(truth, pred):
    """truth, pred: {key: text}. Missing predictions are empty."""
    ps, rs, exact, empty, per_page = [], [], 0, 0, {}
    for key, body in truth.items():
        guess = pred.get(key) or ""
        if not tokens(guess):
            empty += 1
        tp, fp, fn = page_counts(body, guess)
        p, r = page_pr(tp, fp, fn)
        # An empty prediction has tp = fp = 0: it is out of the precision mean (as the README's
        # "pages with tp + fp > 0" says, and as its published numbers are computed: newspaper's
        # one empty page gives its 0.964 precision) but in the recall mean with recall 0.
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
        exact += tokens(body) == tokens(guess)
        per_page[key] = (p or 0.0, r or 0.0)
    P = sum(ps) / len(ps) if ps else 0.0
    R = sum(rs) / len(rs) if rs else 0.0
    F1 = 2 * P * R / (P + R) if P + R else 0.0
    return {"f1": F1, "precision": P, "recall": R, "accuracy": exact / len(truth), "empty": empty, "pages": len(truth)}, per_page


def load_output(path):
    d = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(d, dict) and "output" in d and isinstance(d["output"], dict):
        d = d["output"]
    return {k: (v.get("articleBody") if isinstance(v, dict) else v) or "" for k, v in d.items()}


def drop_headline(text, title):
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if tokens(first) and tokens(first) == tokens(title):
        return rest
    return text


def run_ours(binary, suite, keys):
    work = ROOT / "target" / "peer_html"
    pages, out = work / "pages", work / "out"
    shutil.rmtree(work, ignore_errors=True)
    pages.mkdir(parents=True)
    for key in keys:
        src = suite / "html" / f"{key}.html.gz"
        if src.exists():
            (pages / f"{key}.html").write_bytes(gzip.decompress(src.read_bytes()))
    cmd = [str(binary), "run", str(pages), "--out", str(out), "--no-ner"]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr[-3000:]}")
    pred = {}
    docs = out / "documents.jsonl"
    with open(docs, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            key = pathlib.Path(d.get("doc_id", "")).stem
            pred[key] = drop_headline(d.get("text") or "", d.get("title"))
    return pred, " ".join(cmd)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("POLYFACT_BIN", str(ROOT / "target" / "release" / "polyfact")))
    ap.add_argument("--suite", default=str(SUITE))
    ap.add_argument("--json")
    ap.add_argument("--baseline")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    suite = pathlib.Path(args.suite)
    gt = json.loads((suite / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v["articleBody"] for k, v in gt.items()}

    pred, cmd = run_ours(pathlib.Path(args.bin), suite, sorted(truth))
    rows = {}
    ours, per_page = score(truth, pred)
    rows["polyfact"] = ours
    for path in sorted((suite / "output").glob("*.json")):
        rows[path.stem], _ = score(truth, load_output(path))

    print(f"| extractor | F1 | precision | recall | accuracy | empty pages |")
    print(f"|---|---|---|---|---|---|")
    for name, r in sorted(rows.items(), key=lambda kv: -kv[1]["f1"]):
        bold = "**" if name == "polyfact" else ""
        print(f"| {bold}{name}{bold} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | {r['accuracy']:.3f} | {r['empty']} / {r['pages']} |")
    if args.show:
        f1 = lambda pr: 2 * pr[0] * pr[1] / (pr[0] + pr[1]) if sum(pr) else 0.0
        print(f"\nworst {args.show} pages (P / R):")
        for key, pr in sorted(per_page.items(), key=lambda kv: f1(kv[1]))[: args.show]:
            print(f"  {key[:16]}  {pr[0]:.3f} / {pr[1]:.3f}")
    if args.json:
        cpu = ""
        try:
            cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
        except (OSError, StopIteration):
            pass
        pathlib.Path(args.json).write_text(
            json.dumps({"command": "python3 scripts/peer_html.py", "run": cmd.replace(str(ROOT) + "/", ""), "cpu": cpu,
                        "polyfact": ours, "peers": {k: v for k, v in rows.items() if k != "polyfact"}}, indent=2) + "\n")
    if args.baseline:
        base = json.loads(pathlib.Path(args.baseline).read_text())["polyfact"]["f1"]
        if ours["f1"] < base - TOLERANCE:
            print(f"FAIL: F1 {ours['f1']:.4f} is more than {TOLERANCE} below the baseline {base:.4f}", file=sys.stderr)
            sys.exit(1)
        print(f"ok: F1 {ours['f1']:.4f} (baseline {base:.4f})")


if __name__ == "__main__":
    main()
