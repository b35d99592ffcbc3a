#!/usr/bin/env python3
"""Writes a synthetic run folder (claims.jsonl, documents.jsonl, entities.jsonl) with N claims
for the report and export benchmarks: realistic shapes (several languages and scripts, 1-6
sources per claim, conflict pairs with a kind and a preferred value, qualifiers, as_of dates),
deterministic for a seed. Never used to tune the pipeline: it only feeds `polyfact report`.

    python3 scripts/gen_report_corpus.py OUT_DIR [--claims 10000] [--seed 7]
"""

import argparse
import json
import os
import random

LANGS = ["en", "de", "ja", "zh", "nl", "fr", "es"]
PREDICATES = [
    ("deal.value", "money", True),
    ("investment.amount", "money", True),
    ("stake.percent", "percent", True),
    ("valuation.amount", "money", False),
    ("revenue.amount", "money", False),
    ("stock.change", "percent", False),
    ("layoffs.count", "count", False),
    ("capacity.power", "quantity", False),
    ("deal.duration", "duration", True),
    ("deal.completion", "date", True),
]
SYLLABLES = ["lu", "mi", "ra", "to", "ne", "ka", "vor", "sen", "dal", "quin", "bra", "tek", "zo", "mar", "ion"]
SUFFIX = {"en": "Corp", "de": "AG", "ja": "ホールディングス", "zh": "集团", "nl": "NV", "fr": "SA", "es": "SL"}


def money_text(lang, amount, unit):
    b = amount / 1e9
    if lang == "de":
        return f"{b:g} Milliarden {'Euro' if unit == 'EUR' else 'US-Dollar'}".replace(".", ",")
    if lang == "nl":
        return f"{b:g} miljard {'euro' if unit == 'EUR' else 'dollar'}".replace(".", ",")
    if lang == "ja":
        return f"{b * 10:g}億{'ユーロ' if unit == 'EUR' else 'ドル'}"
    if lang == "zh":
        return f"{b * 10:g}亿{'欧元' if unit == 'EUR' else '美元'}"
    if lang == "fr":
        return f"{b:g} milliards {'d’euros' if unit == 'EUR' else 'de dollars'}".replace(".", ",")
    if lang == "es":
        return f"{b:g} mil millones de {'euros' if unit == 'EUR' else 'dólares'}".replace(".", ",")
    return f"{'€' if unit == 'EUR' else '$'}{b:g} billion"


def value_text(lang, kind, v):
    if kind == "money":
        return money_text(lang, v["amount"], v["unit"])
    if kind == "percent":
        return f"{v['amount']:g} %" if lang in ("de", "fr", "nl") else f"{v['amount']:g}%"
    if kind == "count":
        return f"{int(v['amount']):,}".replace(",", "." if lang in ("de", "nl", "es") else ",")
    if kind == "quantity":
        return f"{v['amount'] / 1e9:g} GW"
    if kind == "duration":
        return {"ja": f"{v['amount']:g}年間", "zh": f"{v['amount']:g}年", "de": f"{v['amount']:g} Jahre"}.get(
            lang, f"{v['amount']:g} years"
        )
    return v["date"]


TEMPLATES = {
    "en": "{s} said on Tuesday that {o}{pred} reached {v}, according to people familiar with the matter.",
    "de": "{s} teilte am Dienstag mit, dass {o}{pred} bei {v} liege, wie aus Unterlagen hervorgeht.",
    "ja": "{s}は火曜日、{o}{pred}が{v}に達したと発表した。",
    "zh": "{s}周二表示，{o}{pred}达到{v}，知情人士称。",
    "nl": "{s} maakte dinsdag bekend dat {o}{pred} {v} bedraagt, zo blijkt uit stukken.",
    "fr": "{s} a indiqué mardi que {o}{pred} atteignait {v}, selon des sources proches du dossier.",
    "es": "{s} informó el martes de que {o}{pred} alcanzó {v}, según fuentes cercanas.",
}


def make_value(rng, kind):
    v = {"type": kind, "amount": None, "unit": None, "low": None, "high": None, "approx": False, "date": None}
    if kind == "money":
        v["amount"] = float(rng.choice([1, 2, 3.5, 5, 7.2, 10, 12, 25, 38, 40, 100]) * 1e9)
        v["unit"] = rng.choice(["USD", "USD", "EUR"])
    elif kind == "percent":
        v["amount"] = float(rng.choice([-12.5, -4, -1.2, 2, 4.5, 9, 27, 49]))
        v["unit"] = "%"
    elif kind == "count":
        v["amount"] = float(rng.choice([120, 800, 1800, 14000, 32000]))
        v["unit"] = "employees"
    elif kind == "quantity":
        v["amount"] = float(rng.choice([1, 2.5, 30]) * 1e9)
        v["unit"] = "W"
    elif kind == "duration":
        v["amount"] = float(rng.choice([3, 5, 7, 10]))
        v["unit"] = "year"
    else:
        v["date"] = rng.choice(["2026", "2026-12", "2027-06-30", "2028"])
    if rng.random() < 0.1 and v["amount"] is not None:
        v["low"] = v["amount"]
    if rng.random() < 0.1:
        v["approx"] = True
    return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--claims", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    n_entities = max(20, args.claims // 12)
    entities = []
    for i in range(n_entities):
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        entities.append({"id": f"{name.lower()}_{i}", "name": f"{name} {rng.choice(['Corp', 'AG', 'Group', 'Labs'])}", "type": "ORG"})
    n_docs = max(10, args.claims // 3)
    docs = []
    for i in range(n_docs):
        lang = rng.choice(LANGS)
        day = 1 + i % 28
        docs.append(
            {
                "doc_id": f"{lang}_{i:06d}",
                "source": f"https://news.example/{lang}/2026/03/{day:02d}/story-{i}.html",
                "lang": lang,
                "lang_confidence": 0.99,
                "title": f"{rng.choice(entities)['name']} {SUFFIX[lang]} — story {i}",
                "published": f"2026-03-{day:02d}",
                "text": "",
            }
        )
    claims = []
    pending_conflict = None
    while len(claims) < args.claims:
        pred, kind, has_obj = rng.choice(PREDICATES)
        subj = rng.choice(entities)
        obj = rng.choice(entities) if has_obj else None
        value = make_value(rng, kind)
        n_src = rng.choices([1, 2, 3, 4, 5, 6], weights=[40, 25, 15, 10, 6, 4])[0]
        sources = []
        for d in rng.sample(docs, n_src):
            lang = d["lang"]
            vt = value_text(lang, kind, value)
            quote = TEMPLATES[lang].format(s=subj["name"], o=(obj["name"] + " " if obj else ""), pred=pred, v=vt)
            start = rng.randint(0, 2000)
            sources.append(
                {"doc_id": d["doc_id"], "lang": lang, "start": start, "end": start + len(quote), "quote": quote,
                 "value_text": vt, "score": 1.0}
            )
        sources.sort(key=lambda s: s["doc_id"])
        langs = sorted({s["lang"] for s in sources})
        claim = {
            "claim_id": f"{len(claims):016x}",
            "predicate": pred,
            "subject": subj,
            "object": obj,
            "value": value,
            "qualifiers": ({"hedge": "reportedly"} if rng.random() < 0.1 else {}) | (
                {"period": "2026"} if rng.random() < 0.15 else {}),
            "status": "corroborated" if len({s['doc_id'] for s in sources}) > 1 else "single_source",
            "conflicts_with": [],
            "confidence": round(rng.uniform(0.3, 0.99), 3),
            "languages": langs,
            "sources": sources,
            "as_of": rng.choice([None, None, "2026-03", "2026-03-03", "2025"]),
            "consistent_with": [],
            "conflict_kind": None,
            "preferred": True,
        }
        claims.append(claim)
        if pending_conflict is None and rng.random() < 0.08 and value["amount"]:
            pending_conflict = claim
        elif pending_conflict is not None and len(claims) < args.claims:
            # A conflicting twin: same subject/predicate/object, magnitude or rounding.
            a = pending_conflict
            b = json.loads(json.dumps(a))
            b["claim_id"] = f"{len(claims):016x}"
            kind_c = rng.choice(["magnitude", "rounding", "different_value"])
            factor = {"magnitude": 10.0, "rounding": 1.04, "different_value": 1.7}[kind_c]
            b["value"]["amount"] = a["value"]["amount"] * factor
            b["sources"] = b["sources"][:1]
            b["languages"] = [b["sources"][0]["lang"]]
            for c in (a, b):
                c["status"] = "conflicting"
                c["conflict_kind"] = kind_c
            a["conflicts_with"], b["conflicts_with"] = [b["claim_id"]], [a["claim_id"]]
            b["preferred"] = False
            claims.append(b)
            pending_conflict = None
    with open(os.path.join(args.out, "claims.jsonl"), "w", encoding="utf-8") as f:
        for c in claims:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "documents.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "entities.jsonl"), "w", encoding="utf-8") as f:
        for e in entities:
            f.write(json.dumps(e | {"names": {"en": [e["name"]]}, "links": []}, ensure_ascii=False) + "\n")
    print(f"{len(claims)} claims, {len(docs)} documents, {len(entities)} entities in {args.out}")


if __name__ == "__main__":
    main()
