#!/usr/bin/env python3
"""Scores `polyfact values` on Microsoft Recognizers-Text specs (MIT), read from
../shared/peer-suites/recognizers-text/Specs. Evaluation material only: nothing here is
ever used to build polyfact's data.

A case passes when our spans of the model's type equal the spec's results one for one:
same span (the spec's `End` is inclusive; `Text` is often lower-cased, so spans are
compared by offsets when given, else by case-folded text) and the same resolved value.
Cases the reference implementation itself marks `NotSupported: dotnet` are reported
separately. Writes a Markdown table to stdout (and --json FILE for machines).

usage: peer.py [--bin target/release/polyfact] [--specs DIR] [--json FILE] [--min RATE]
"""
import argparse, collections, json, math, os, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGS = {"English": "en", "German": "de", "Dutch": "nl", "Japanese": "ja"}
FILES = [
    ("Number", "NumberModel.json", "number"),
    ("Number", "PercentModel.json", "percent"),
    ("NumberWithUnit", "CurrencyModel.json", "money"),
    ("NumberWithUnit", "DimensionModel.json", "quantity"),
    ("DateTime", "DateParser.json", "date"),
    ("DateTime", "DurationParser.json", "duration"),
]
LABEL = {"number": "NUMBER", "percent": "PERCENT", "money": "MONEY", "quantity": "QUANTITY", "date": "DATE", "duration": "DURATION"}
# Spec currency unit names -> ISO 4217 (only currencies we model).
CURRENCY = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound": "GBP",
    "british pound": "GBP", "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY", "yuan": "CNY",
    "swiss franc": "CHF", "canadian dollar": "CAD", "australian dollar": "AUD", "south korean won": "KRW",
    "indian rupee": "INR", "cent": "USD-cent", "euro cent": "EUR-cent", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "brazilian real": "BRL", "costa rican colón": "CRC",
    "georgian lari": "GEL", "lao kip": "LAK", "nigerian naira": "NGN", "russian ruble": "RUB", "turkish lira": "TRY",
    "israeli new shekel": "ILS", "thai baht": "THB", "vietnamese dong": "VND", "philippine peso": "PHP",
    "pence": "GBP-cent", "new taiwan dollar": "TWD", "rupee": "INR", "mexican peso": "MXN", "penny": "GBP-cent", "franc": "CHF",
    "finnish markka": "FIM", "peseta": "ESP", "netherlands guilder": "NLG", "sri lankan rupee": "LKR", "deutsche mark": "DEM",
    "french franc": "FRF", "south african rand": "ZAR", "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK",
    "bitcoin": "BTC", "satoshi": "BTC-sat", "cambodian riel": "KHR", "panamanian balboa": "PAB",
    "kwartje": "NLG*0.25", "dubbeltje": "NLG*0.1", "stuiver": "NLG*0.05",
}
# Subunit suffixes -> fraction of the main unit.
SUBUNIT = {"cent": 0.01, "sat": 1e-8}
# Spec dimension unit names -> (SI base, factor).
DIMENSION = {
    "meter": ("m", 1), "kilometer": ("m", 1e3), "centimeter": ("m", 1e-2), "millimeter": ("m", 1e-3),
    "mile": ("m", 1609.344), "foot": ("m", 0.3048), "inch": ("m", 0.0254), "gram": ("g", 1),
    "kilogram": ("g", 1e3), "milligram": ("g", 1e-3), "ton": ("g", 1e6), "pound": ("g", 453.59237),
    "ounce": ("g", 28.349523125), "watt": ("W", 1), "kilowatt": ("W", 1e3), "megawatt": ("W", 1e6),
    "gigawatt": ("W", 1e9), "byte": ("B", 1), "kilobyte": ("B", 1e3), "megabyte": ("B", 1e6),
    "gigabyte": ("B", 1e9), "terabyte": ("B", 1e12), "petabyte": ("B", 1e15), "yard": ("m", 0.9144),
    "metric ton": ("g", 1e6), "microgram": ("g", 1e-6), "decimeter": ("m", 0.1), "picometer": ("m", 1e-12),
}
DURATION_UNIT = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def num(s):
    """Spec values are strings: '1.232E+15', '4,25' (comma decimals), '20%'."""
    if s is None:
        return None
    s = str(s).strip().rstrip("%").replace(" ", "")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def expected_span(r):
    start = r.get("Start")
    if start is None:
        return None
    if "End" in r:
        return (start, r["End"] + 1)
    if "Length" in r:
        return (start, start + r["Length"])
    return None


def value_ok(kind, r, ours):
    v = ours["value"]
    res = r.get("Resolution") or {}
    if kind == "number":
        return close(num(res.get("value")), v.get("amount"))
    if kind == "percent":
        return close(num(res.get("value")), v.get("amount"))
    if kind == "money":
        code = CURRENCY.get(str(res.get("unit", "")).lower())
        if code is None:
            return False
        amount, unit = v.get("amount"), v.get("unit")
        if "*" in code:
            base, factor = code.split("*")
            return unit == base and close(num(res.get("value")) * float(factor), amount)
        base, _, sub = code.partition("-")
        if sub:
            # A plain "cent" names no currency: the text's own (dollar or euro) cent passes.
            bases = {"USD", "EUR"} if str(res.get("unit", "")).lower() == "cent" else {base}
            return unit in bases and close(num(res.get("value")) * SUBUNIT[sub], amount)
        return unit == code and close(num(res.get("value")), amount)
    if kind == "quantity":
        unit = DIMENSION.get(str(res.get("unit", "")).lower())
        return unit is not None and v.get("unit") == unit[0] and close(num(res.get("value")) * unit[1], v.get("amount"))
    if kind == "date":
        val = r.get("Value") or {}
        wanted = {(val.get("PastResolution") or {}).get("date"), (val.get("FutureResolution") or {}).get("date")}
        return v.get("date") in wanted
    if kind == "duration":
        timex = (r.get("Value") or {}).get("Timex", "")
        if not timex.startswith("P") or timex.startswith("PT"):
            return False
        amount, unit = timex[1:-1], DURATION_UNIT.get(timex[-1])
        return unit == v.get("unit") and close(num(amount), v.get("amount"))
    return False


def case_passes(kind, case, predicted):
    ours = [p for p in predicted if p["label"] == LABEL[kind]]
    expected = [r for r in case.get("Results", []) if (r.get("TypeName") or r.get("Type") or "").lower() in
                {"number": {"number"}, "percent": {"percentage"}, "money": {"currency"}, "quantity": {"dimension"},
                 "date": {"date"}, "duration": {"duration"}}[kind]]
    if len(ours) != len(expected):
        return False
    for r in expected:
        span = expected_span(r)
        hit = None
        for p in ours:
            if span is not None and (p["start"], p["end"]) == span:
                hit = p
                break
            if span is None and p["text"].lower() == str(r.get("Text", "")).lower():
                hit = p
                break
        if hit is None or not value_ok(kind, r, hit):
            return False
    return True


VULGAR = set("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒")
DECIMAL_WORDS = ("point", "komma", "punt", "点")


def fraction_or_power(r):
    """The spec's subtype, or (where it gives none) the English suite's notion of a fraction
    or power told by form: `/`, `^`, `e` exponents, vulgar fraction characters, or a
    non-integer value written without decimal digits or a decimal word (`twee derde`)."""
    res = r.get("Resolution") or {}
    if res.get("subtype") is not None:
        return res["subtype"] in ("fraction", "power")
    text = str(r.get("Text", "")).lower()
    if any(ch in text for ch in "/^") or VULGAR & set(text) or re.search(r"\de[+-]?\d", text):
        return True
    value = num(res.get("value"))
    written_decimal = re.search(r"\d[.,，．]\d", text) or any(w in text for w in DECIMAL_WORDS)
    return value is not None and value != int(value) and not written_decimal


# Declared exclusions: subtypes the output contract does not model. Listed in the report.
EXCLUSIONS = {
    "number": ("fractions and powers (`two thirds`, `1/2`, `1.5E+10`, `2,5^-1`): the contract's values are amounts, "
               "not number-word arithmetic; where a spec gives no subtype (Dutch, German, some Japanese) the same "
               "kinds are told by form", lambda c: any(fraction_or_power(r) for r in c.get("Results", []))),
    "percent": ("percent words without a number (`a small percent`, `the % of increase`): nothing to normalize",
                lambda c: any((r.get("Resolution") or {}).get("value") in (None, "null") for r in c.get("Results", []))),
    "money": ("currency names without an amount (`the dollar fell`, `ドルはアメリカの通貨です`): the contract's "
              "money values are amounts", lambda c: any((r.get("Resolution") or {}).get("value", "") is None for r in c.get("Results", []))),
    "quantity": ("dimensions outside the contract's SI bases W, m, g, B (volume, area, speed, angle, "
                 "temperature)", lambda c: any((r.get("Resolution") or {}).get("subtype") in ("Volume", "Area", "Speed", "Angle", "Temperature") for r in c.get("Results", []))),
    "duration": ("time-of-day durations (hours, minutes, seconds), business days and compound durations "
                 "(`1 year 1 month 21 days`, P1Y1M21D): the contract's duration is one amount in day, week, month "
                 "or year", lambda c: any(not re.fullmatch(r"P[\d.]+[DWMY]", str((r.get("Value") or {}).get("Timex", ""))) for r in c.get("Results", []))),
}


def run_values(binary, lang, lines, numbers=False, ref=None):
    args = [binary, "values", "--lang", lang] + (["--numbers"] if numbers else []) + (["--ref-date", ref] if ref else [])
    out = subprocess.run(args, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    return [json.loads(l)["values"] for l in out.splitlines()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/release/polyfact"))
    ap.add_argument("--specs", default=str(ROOT.parent / "shared/peer-suites/recognizers-text/Specs"))
    ap.add_argument("--json")
    ap.add_argument("--baseline", help="JSON from an earlier --json run: fail when a row drops by more than 0.5 points")
    ap.add_argument("--show", help="print failing cases of FILE:LANG, e.g. CurrencyModel.json:English")
    ap.add_argument("--limit", type=int, default=25)
    args = ap.parse_args()
    specs = pathlib.Path(args.specs)
    if not specs.is_dir():
        sys.exit(f"peer suite not found at {specs}")
    rows = []
    for folder, fname, kind in FILES:
        for lang_name, code in LANGS.items():
            path = specs / folder / lang_name / fname
            if not path.exists():
                continue
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            groups = collections.defaultdict(list)
            for idx, c in enumerate(cases):
                ref = ((c.get("Context") or {}).get("ReferenceDateTime") or "")[:10] or None
                groups[ref].append(idx)
            predicted = [None] * len(cases)
            for ref, idxs in groups.items():
                lines = [cases[i]["Input"].replace("\n", " ").replace("\r", " ") for i in idxs]
                for i, values in zip(idxs, run_values(args.bin, code, lines, kind == "number", ref)):
                    predicted[i] = values
            excluded_why, is_excluded = EXCLUSIONS.get(kind, ("", lambda c: False))
            excluded = [i for i, c in enumerate(cases) if is_excluded(c)]
            supported = [i for i, c in enumerate(cases) if "dotnet" not in str(c.get("NotSupported", "")).lower() and i not in set(excluded)]
            unsupported = [i for i, c in enumerate(cases) if "dotnet" in str(c.get("NotSupported", "")).lower() and i not in set(excluded)]
            ok = [case_passes(kind, cases[i], predicted[i]) for i in range(len(cases))]
            if args.show == f"{fname}:{lang_name}":
                shown = 0
                for i in supported:
                    if not ok[i] and shown < args.limit:
                        shown += 1
                        exp = [(r.get("Text"), expected_span(r), r.get("Resolution") or (r.get("Value") or {}).get("Timex")) for r in cases[i].get("Results", [])]
                        got = [(p["text"], (p["start"], p["end"]), p["label"], p["value"].get("amount"), p["value"].get("unit"), p["value"].get("date")) for p in predicted[i]]
                        print(f"- {cases[i]['Input'][:150]!r}\n    want {exp}\n    got  {got}", file=sys.stderr)
            rows.append({
                "file": f"{folder}/{fname}", "lang": lang_name, "cases": len(supported),
                "passed": sum(ok[i] for i in supported),
                "dotnet_not_supported": len(unsupported), "dotnet_not_supported_passed": sum(ok[i] for i in unsupported),
                "excluded": len(excluded), "excluded_why": excluded_why,
            })
    print("| file | language | cases | passed | pass rate | NotSupported: dotNet (passed/total) | excluded |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        rate = r["passed"] / r["cases"] if r["cases"] else float("nan")
        r["rate"] = round(rate, 4) if r["cases"] else None
        print(f"| {r['file']} | {r['lang']} | {r['cases']} | {r['passed']} | {rate:.1%} | "
              f"{r['dotnet_not_supported_passed']}/{r['dotnet_not_supported']} | {r['excluded']} |")
    print()
    for kind, (why, _) in EXCLUSIONS.items():
        print(f"Excluded ({kind}): {why}.")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(rows, indent=1))
    if args.baseline:
        base = {(r["file"], r["lang"]): r["rate"] for r in json.loads(pathlib.Path(args.baseline).read_text())}
        worse = [(r["file"], r["lang"], base[(r["file"], r["lang"])], r["rate"]) for r in rows
                 if base.get((r["file"], r["lang"])) is not None and r["rate"] is not None and r["rate"] < base[(r["file"], r["lang"])] - 0.005]
        for f, lang, was, now in worse:
            print(f"REGRESSION {f} {lang}: {was:.1%} -> {now:.1%}", file=sys.stderr)
        if worse:
            sys.exit(1)
        print(f"peer: no row below its baseline ({args.baseline})")


if __name__ == "__main__":
    main()
