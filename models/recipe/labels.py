"""The label set and the mapping between char spans and BIO token labels (shared by training,
export and evaluation; the Rust decoder reads the same list from models/ner/manifest.json)."""

TYPES = ["ORG", "PER", "LOC", "PRODUCT", "EVENT", "MISC", "MONEY", "PERCENT", "DATE", "DURATION", "QUANTITY", "COUNT"]
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in "BI"]
L2I = {l: i for i, l in enumerate(LABELS)}


def token_starts(text, offsets, tokens):
    """Char start of each token with Metaspace's leading space trimmed; None for special tokens
    and for a bare `▁` (it carries the next character's offset)."""
    out = []
    for (a, b), t in zip(offsets, tokens):
        if a == b or t == "\u2581":
            out.append(None)
            continue
        while a < b and text[a].isspace():
            a += 1
        out.append(a if a < b else None)
    return out


def encode_labels(tok, text, spans, max_len=160):
    """Token ids and BIO label ids (-100 where no label is learned). A token is B- when it starts
    its span, I- when it starts inside one; a token straddling a span start counts as B-."""
    enc = tok.encode(text)
    starts = token_starts(text, enc.offsets, enc.tokens)
    ids, labs = list(enc.ids), []
    for (a, b), s in zip(enc.offsets, starts):
        if s is None:
            labs.append(-100)
            continue
        lab = "O"
        for ss, se, ty in spans:
            if ss <= s < se:
                lab = ("B-" if s == ss else "I-") + ty
                break
            if s < ss < b:  # the token begins before the span but covers its first char
                lab = "B-" + ty
                break
        labs.append(L2I[lab])
    if len(ids) > max_len:  # training sentences are short; keep <s> ... </s> shape
        ids = ids[: max_len - 1] + [ids[-1]]
        labs = labs[: max_len - 1] + [-100]
    return ids, labs


def spans_from_bio(seq):
    """Token-level spans {(type, first, last)} from a BIO label sequence (I- after O opens a span)."""
    out, cur = set(), None
    for j, n in enumerate(seq):
        if n.startswith("B-") or (n.startswith("I-") and (cur is None or cur[0] != n[2:])):
            if cur:
                out.add(tuple(cur))
            cur = [n[2:], j, j]
        elif n.startswith("I-"):
            cur[2] = j
        else:
            if cur:
                out.add(tuple(cur))
            cur = None
    if cur:
        out.add(tuple(cur))
    return out
