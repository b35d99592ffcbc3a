#!/usr/bin/env python3
"""Checks the alias tables in data/entities/*.tsv; prints every row it doubts.

A developer tool, not run in CI:

    pip install opencc-python-reimplemented pykakasi
    python3 scripts/check_entities.py [--verbose] [DIR]

What it checks (rows are `id<TAB>type<TAB>name<TAB>aliases|...<TAB>parent`):
- format: 4 or 5 columns, a known type, ids that are lower-case ASCII slugs, a header comment;
- ids unique across all files (the loader keeps the first definition, silently);
- aliases unique across all files after the loader's folding (NFKC, lower case, katakana
  separators, apostrophes): an alias may name one entity only;
- parents that exist, and no parent cycles;
- no alias that is a generic term (generic_terms.txt) or one of the invented fixture names;
- aliases that would match more than meant: a single CJK character, or a short alias of digits
  and one letter (`3M` would match `3m`: only all-caps aliases of 2..5 letters keep their case);
- Chinese: every alias with Han characters is converted with OpenCC. A Simplified alias needs a
  Traditional form in its row (s2t, s2tw, s2hk or s2twp, or any alias whose t2s it is) and a
  Traditional alias its Simplified form (t2s), unless the conversions change nothing; a
  Traditional alias that s2t would change and that is no conversion of its Simplified form
  mixes scripts. Exceptions are listed below: pure-kanji aliases in Japanese usage
  (JAPANESE_KANJI) and Traditional names of Taiwan or Hong Kong only (REGIONAL_TRADITIONAL).
  The t2s and s2t forms, which the loader may add by itself, must not name another entity;
- Japanese: every run of katakana is romanized with pykakasi (Hepburn) and compared, as a
  consonant skeleton, with the Latin-script names of its row; a weak match is doubted. A run
  that is a place name of the tables (ドイツ in ドイツ銀行) or a hand-checked exonym
  (KATAKANA_EXONYMS: アメリカ, イギリス) is not read.
`--verbose` also prints what passed. Exit status 1 when anything is doubted.
"""

import difflib
import re
import sys
import unicodedata
from pathlib import Path

try:
    import opencc
    import pykakasi
except ImportError:
    sys.exit("needs: pip install opencc-python-reimplemented pykakasi")

TYPES = {"ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC"}

# Invented companies and people of our test fixtures: never in the tables.
INVENTED = """Nordlicht Energie|VoltaCell|Parsec Robotics|Arbor Ridge Capital|Lumora AI|
Northgate Ventures|Kestrel Semiconductor|Helio Motors|Tomoe Motors|Aoba Battery|Nordavia|
Skyline Aerospace|Fjord Capital|Stratos|Rijnland Bank|Fenwick & Hale|Quillon Bio|Eneria|
Eneria Offshore|Kaito Power|Halden Pharma|Corvex Therapeutics|Meridian Lithography|
Maple Leaf Group|Hoshino Retail|Skyforge AI|Kaskad Telecom|Iberluz|Iberluz México|Kanto Denshi|
Quantix|Lumio|Stahlwerk Brandt|Gulf Horizon Fund|Katrin Albers|Dana Whitfield|Priya Raman"""

# Pure-kanji aliases written as Japanese newspapers write them (shinjitai, Japanese names of
# institutions). OpenCC's Simplified/Traditional pairing does not apply to them; where Chinese
# newspapers use the same name, its Chinese forms are separate aliases of the row.
JAPANESE_KANJI = set(
    """
    米国 欧州委員会 欧州中央銀行 欧州中銀 欧州議会 豊田章男 孫正義 日本 中国 韓国 台湾 英国
    豪州 日立製作所 三菱商事 三井物産 伊藤忠商事 丸紅 住友商事 任天堂 信越化学工業 信越化学
    日本電信電話 本田技研工業 武田薬品工業 武田薬品 中外製薬 三菱重工業 三菱重工 村田製作所
    第一三共 富士通 三菱電機 日産自動車 東芝 資生堂 鴻海精密工業 華為技術
    現代自動車 日本銀行 日銀 金融庁 公正取引委員会 公取委 経済産業省 経産省 米財務省
    米司法省 米商務省 米証券取引委員会 米連邦取引委員会 米食品医薬品局 米連邦準備制度理事会
    米連邦準備理事会 中国人民銀行 韓国銀行 国際通貨基金 世界銀行 世界貿易機関
    経済協力開発機構 石油輸出国機構 東京証券取引所 東証 日経平均株価 日経平均 東証株価指数
    共同通信 共同通信社 時事通信 時事通信社 新華社 日本経済新聞 日経新聞 台湾積体電路製造
    上海証券取引所 深圳証券取引所 香港証券取引所 香港 大阪 東京 北京 上海 深圳 台北
    東京電力 日本郵政 三井住友銀行 三菱UFJ銀行 上海総合指数 ChatGPT開発元 日本電産
    日本経済新聞社 欧州司法裁判所 欧州投資銀行 国際決済銀行 S&P500種株価指数
    韓国総合株価指数 仏CAC40 英FTSE100 佐藤恒治 十時裕樹 韓国公正取引委員会
    """.split()
)

# Traditional names used in Taiwan or Hong Kong only, where the mainland uses another name
# (輝達 for Nvidia in Taiwan, 英伟达 on the mainland): their Simplified form is in no use.
REGIONAL_TRADITIONAL = {"輝達", "梅賽德斯-賓士", "義大利"}

# Katakana exonyms that are no reading of a Latin name of their row (アメリカ from America,
# イギリス from Portuguese inglês, ドイツ from Dutch duits, チューリッヒ from German Zürich):
# checked by hand, not by the reading.
KATAKANA_EXONYMS = {"アメリカ", "イギリス", "ドイツ", "チューリッヒ"}

KATAKANA = re.compile(r"[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]+(?:[・･\s]+[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]+)*")
HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")
KANA = re.compile(r"[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]")
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def is_katakana(c):
    return 0x30A0 <= ord(c) <= 0x30FF or 0x31F0 <= ord(c) <= 0x31FF or 0xFF66 <= ord(c) <= 0xFF9F


def fold(text):
    """The folding of polyfact-entities (crates/entities/src/lib.rs, fn fold)."""
    out = []
    last = None
    chars = list(text)
    for i, c in enumerate(chars):
        if c in "・･·" and last is not None and is_katakana(last):
            continue
        if c.isspace():
            nxt = next((d for d in chars[i + 1 :] if not d.isspace()), None)
            if last is not None and is_katakana(last) and nxt is not None and is_katakana(nxt):
                continue
            if last == " ":
                continue
            out.append(" ")
            last = " "
            continue
        if c.isascii():
            out.append(c.lower())
            last = c.lower()
            continue
        if c in "’‘`":
            c = "'"
        for n in unicodedata.normalize("NFKC", c).lower():
            out.append(n)
            last = n
    return "".join(out)


# ---------------------------------------------------------------- katakana readings

def skeleton(text):
    """Consonant skeleton shared by a romanized katakana reading and a Latin name."""
    s = unicodedata.normalize("NFKD", text.lower())
    s = "".join(c for c in s if "a" <= c <= "z")
    # C stands for the sound of ch and チ, kept apart from c (k or s).
    for a, b in (("tch", "C"), ("sch", "s"), ("ph", "h"), ("ck", "k"), ("qu", "k"), ("x", "ks"),
                 ("sh", "s"), ("ch", "C"), ("ts", "t"), ("th", "t"), ("gh", ""), ("dz", "s")):
        s = s.replace(a, b)
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"g(?=[ei])", "j", s)
    table = str.maketrans({"c": "k", "q": "k", "l": "r", "v": "b", "f": "h", "z": "s", "C": "c"})
    s = s.translate(table)
    s = re.sub(r"[aeiouwy]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def latin_variants(name):
    """Skeletons of a Latin name: as written, and with a non-rhotic r (Reuters -> ロイター)."""
    base = name.lower()
    non_rhotic = re.sub(r"(?<=[aeiouy])r(?![aeiouy])", "", base)
    silent_e = re.sub(r"e\b", "", base)
    yod = base.replace("tu", "chu")  # YouTube -> ユーチューブ, Accenture -> アクセンチュア
    german_z = base.replace("z", "ts")  # Commerzbank -> コメルツ
    return {skeleton(v) for v in (base, non_rhotic, silent_e, yod, german_z)}


def reading_score(reading, latin_names):
    """Best similarity of a romanized reading to any word run of any Latin name."""
    k = skeleton(reading)
    best = 0.0
    for name in latin_names:
        words = re.findall(r"[^\W\d_]+", name)
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        for run in runs:
            for v in latin_variants(run):
                if not k and not v:
                    return 1.0
                best = max(best, difflib.SequenceMatcher(None, k, v).ratio())
    return best


# ---------------------------------------------------------------- main

def load(directory):
    rows, problems = [], []
    for path in sorted(directory.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or not lines[0].startswith("#"):
            problems.append(f"{path.name}: no header comment")
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path.name}:{n}"
            if len(cols) not in (4, 5):
                problems.append(f"{where}: {len(cols)} columns")
                continue
            rid, kind, name, aliases = (c.strip() for c in cols[:4])
            parent = cols[4].strip() if len(cols) == 5 else ""
            alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
            rows.append((where, rid, kind, name, alias_list, parent))
    return rows, problems


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    directory = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "data" / "entities"
    rows, problems = load(directory)
    generic = set()
    generic_path = directory / "generic_terms.txt"
    if generic_path.exists():
        generic = {fold(l.strip()) for l in generic_path.read_text(encoding="utf-8").splitlines()
                   if l.strip() and not l.startswith("#")}
    invented = {fold(x.strip()) for x in INVENTED.split("|")}

    ids = {}
    alias_owner = {}
    for where, rid, kind, name, aliases, parent in rows:
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", rid):
            problems.append(f"{where}: id {rid!r} is not a lower-case ascii slug")
        if kind not in TYPES:
            problems.append(f"{where}: type {kind!r}")
        if rid in ids:
            problems.append(f"{where}: duplicate id {rid!r} (first at {ids[rid]})")
        else:
            ids[rid] = where
        if fold(name) not in {fold(a) for a in aliases}:
            problems.append(f"{where}: name {name!r} is not among its aliases")
        seen_here = set()
        for alias in aliases + [name]:
            f = fold(alias)
            if f in seen_here:
                continue
            seen_here.add(f)
            if f in alias_owner and alias_owner[f][0] != rid:
                problems.append(f"{where}: alias {alias!r} of {rid} already names {alias_owner[f][0]} ({alias_owner[f][1]})")
            alias_owner.setdefault(f, (rid, where))
            if f in generic:
                problems.append(f"{where}: alias {alias!r} is a generic term")
            if f in invented:
                problems.append(f"{where}: alias {alias!r} is an invented fixture name")
            cjk = [c for c in alias if HAN.match(c) or KANA.match(c) or 0xAC00 <= ord(c) <= 0xD7AF]
            if len(cjk) == 1 and len(alias) == 1:
                problems.append(f"{where}: alias {alias!r} is a single CJK character")
            letters = [c for c in alias if c.isalpha()]
            if any(c.isdigit() for c in alias) and len(letters) == 1 and len(alias) <= 4:
                problems.append(f"{where}: alias {alias!r} matches in any case ({f!r})")
    parents = {r[1]: r[5] for r in rows}
    for where, rid, kind, name, aliases, parent in rows:
        if parent and parent not in ids:
            problems.append(f"{where}: parent {parent!r} of {rid} is not defined")
        seen, cur = {rid}, parent
        while cur:
            if cur in seen:
                problems.append(f"{where}: parent cycle through {rid}")
                break
            seen.add(cur)
            cur = parents.get(cur, "")

    # Chinese: both script forms.
    conv = {c: opencc.OpenCC(c) for c in ("s2t", "t2s", "s2tw", "s2hk", "s2twp")}
    # The loader may add the t2s and s2t forms of every alias with Han characters itself
    # (polyfact-entities, script.rs): those generated spellings must not name another entity.
    for where, rid, kind, name, aliases, parent in rows:
        for alias in aliases + [name]:
            if not HAN.search(alias):
                continue
            for variant in {conv["t2s"].convert(alias), conv["s2t"].convert(alias)} - {alias}:
                owner = alias_owner.get(fold(variant))
                if owner and owner[0] != rid:
                    problems.append(f"{where}: {variant!r}, the OpenCC form of {alias!r} of {rid}, already names {owner[0]} ({owner[1]})")
    ja_used = set()
    for where, rid, kind, name, aliases, parent in rows:
        present = set(aliases) | {name}
        for alias in aliases:
            if not HAN.search(alias) or KANA.search(alias) or any(0xAC00 <= ord(c) <= 0xD7AF for c in alias):
                continue
            if alias in JAPANESE_KANJI:
                ja_used.add(alias)
                continue
            simp = conv["t2s"].convert(alias)
            trad = {conv[c].convert(alias) for c in ("s2t", "s2tw", "s2hk", "s2twp")}
            # Traditional forms in the row whose Simplified form is this alias (浦項製鐵 for
            # 浦项制铁, where OpenCC's s2t keeps 制).
            partners = {a for a in present if a != alias and conv["t2s"].convert(a) == alias}
            if simp != alias:
                if alias in REGIONAL_TRADITIONAL:
                    continue
                if simp not in present:
                    problems.append(f"{where}: Traditional {alias!r} of {rid} lacks its Simplified form {simp!r}")
                # Traditional throughout: s2t leaves it as it is, or it is a Traditional form
                # of its Simplified spelling. Else it mixes scripts, as Japanese shinjitai do.
                if alias not in trad and alias not in {conv[c].convert(simp) for c in ("s2t", "s2tw", "s2hk", "s2twp")}:
                    problems.append(f"{where}: {alias!r} of {rid} mixes scripts (t2s {simp!r}, s2t {conv['s2t'].convert(alias)!r}); Japanese? list it in JAPANESE_KANJI")
            elif trad != {alias} and not (trad & present) and not partners:
                problems.append(f"{where}: Simplified {alias!r} of {rid} lacks a Traditional form ({' / '.join(sorted(trad - {alias}))})")
            elif verbose:
                print(f"ok  zh {rid}: {alias} (t2s {simp}, s2t {'/'.join(sorted(trad))})")
    for stale in sorted(JAPANESE_KANJI - ja_used):
        problems.append(f"JAPANESE_KANJI entry {stale!r} is in no row (drop it from the list)")

    # Japanese: katakana readings against the Latin names.
    kks = pykakasi.kakasi()
    places = {fold(a) for r in rows if r[2] == "LOC" for a in r[4]}
    for where, rid, kind, name, aliases, parent in rows:
        latin = [a for a in aliases + [name] if LATIN.search(a) and not HAN.search(a) and not KANA.search(a)]
        for alias in aliases:
            for run in KATAKANA.findall(alias):
                if not run.strip("・･ ー"):
                    continue
                if run in KATAKANA_EXONYMS:
                    if verbose:
                        print(f"ok  ja {rid}: {run} is an exonym, checked by hand")
                    continue
                if kind != "LOC" and fold(run) in places:
                    if verbose:
                        print(f"ok  ja {rid}: {run} is a place name ({alias})")
                    continue
                reading = "".join(part["hepburn"] for part in kks.convert(run))
                score = reading_score(reading, latin)
                verdict = "ok" if score >= 0.6 else "DOUBT"
                if verdict == "DOUBT":
                    problems.append(f"{where}: katakana {run!r} of {rid} reads {reading!r}, unlike {' / '.join(latin)} (score {score:.2f})")
                elif verbose:
                    print(f"ok  ja {rid}: {run} = {reading} ({score:.2f})")

    counts = {}
    for where, rid, kind, *_ in rows:
        counts.setdefault(where.split(":")[0], {}).setdefault(kind, 0)
        counts[where.split(":")[0]][kind] += 1
    for p in problems:
        print(p)
    total = sum(sum(k.values()) for k in counts.values())
    summary = "; ".join(f"{f}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) for f, c in sorted(counts.items()))
    print(f"{total} rows ({summary}); {len(alias_owner)} distinct aliases; {len(problems)} doubted", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
