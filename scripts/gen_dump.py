#!/usr/bin/env python3
"""Writes a synthetic JSONL news dump of at least N MB for benchmarks.

Documents are built from the team's own default corpus (data/corpus), with sentences
shuffled and figures perturbed so that no two documents are identical. Deterministic
(seeded), standard library only.

usage: gen_dump.py OUT.jsonl [--mb 50] [--seed 7]
"""
import argparse, json, pathlib, random, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def load_texts():
    texts = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".md"):
            texts.append((path.stem[:2], path.read_text(encoding="utf-8")))
        elif path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            texts.append((path.stem[:2], raw))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                texts.append((rec.get("lang") or rec["id"][:2], rec.get("text") or rec.get("html")))
    return texts


def perturb(text, rng):
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    out = "\n\n".join(head + body)
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)) if len(m.group()) < 6 else m.group(), out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lines-of-text", action="store_true", help="also print the documents' text, one paragraph a line, to stdout")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = load_texts()
    target = int(args.mb * 1_000_000)
    written, n = 0, 0
    with open(args.out, "w", encoding="utf-8") as f:
        while written < target:
            lang, text = texts[n % len(texts)]
            # Articles of realistic length: 3-8 source articles glued together.
            body = "\n\n".join(perturb(text, rng) for _ in range(rng.randint(3, 8)))
            key = "html" if body.lstrip().startswith("<") else "text"
            line = json.dumps({"id": f"bench-{n:07d}", key: body, "lang": lang}, ensure_ascii=False) + "\n"
            f.write(line)
            if args.lines_of_text:
                for para in body.split("\n"):
                    if para.strip() and not para.lstrip().startswith("<"):
                        print(para.strip())
            written += len(line.encode("utf-8"))
            n += 1
    print(f"wrote {args.out}: {n} documents, {written / 1e6:.1f} MB", file=sys.stderr if args.lines_of_text else sys.stdout)


if __name__ == "__main__":
    main()
