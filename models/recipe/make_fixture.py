"""Writes the tiny fixture model the Rust unit tests run (no Python at test time).

    make_fixture.py OUT_DIR      (the repository keeps it in crates/ner/tests/fixtures/tiny)

A real graph from onnx_graph.build with 0 encoder layers and hidden size 8, whose weights are
set by hand so its output is known: every vocabulary piece has a one-hot embedding, LayerNorm
keeps the hot dimension on top, and the classifier maps dimension j to one label. So `▁Amazon`
is always B-ORG, `man` I-PER, `▁$` B-MONEY and everything else O: tests can assert exact spans
through tokenization, batching, windowing and decoding.
"""
import hashlib
import json
import os
import sys

import numpy as np
import onnx
from tokenizers import AddedToken, Tokenizer, models, normalizers, pre_tokenizers, processors, decoders

from labels import LABELS
from onnx_graph import build

DIM_LABEL = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-MONEY", "I-MONEY", "B-LOC"]
NAMED = {"▁Amazon": "B-ORG", "▁Web": "I-ORG", "▁Services": "I-ORG", "▁Sam": "B-PER", "▁Alt": "I-PER",
         "man": "I-PER", "▁$": "B-MONEY", "38": "I-MONEY", "▁billion": "I-MONEY", "▁Berlin": "B-LOC",
         "アマゾン": "B-ORG", "▁アマゾン": "B-ORG", "東京": "B-LOC", "▁東京": "B-LOC"}


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "build"), exist_ok=True)
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    chars = sorted(set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()$%-&/はでのにをがと、。"))
    pieces = specials + list(NAMED) + ["▁"] + chars + ["▁" + c for c in chars]
    scores = [0.0] * 4 + [-1.0] * len(NAMED) + [-4.0] + [-5.0] * (2 * len(chars))
    t = Tokenizer(models.Unigram(list(zip(pieces, scores)), unk_id=3, byte_fallback=False))
    t.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(" {2,}", " ")])
    t.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    t.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    t.add_special_tokens([AddedToken(x, special=True) for x in specials])
    t.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)])
    t.save(os.path.join(out, "build", "tokenizer.json"))

    H = 8
    emb = np.zeros((len(pieces), H), dtype=np.float32)
    for i, p in enumerate(pieces):
        emb[i, DIM_LABEL.index(NAMED.get(p, "O"))] = 1.0
    cls = np.zeros((len(LABELS), H), dtype=np.float32)
    for j, lab in enumerate(DIM_LABEL):
        cls[LABELS.index(lab), j] = 5.0
    weights = {
        "bert.embeddings.word_embeddings.weight": emb,
        "bert.embeddings.position_embeddings.weight": np.zeros((512, H), dtype=np.float32),
        "bert.embeddings.token_type_embeddings.weight": np.zeros((2, H), dtype=np.float32),
        "bert.embeddings.LayerNorm.weight": np.ones(H, dtype=np.float32),
        "bert.embeddings.LayerNorm.bias": np.zeros(H, dtype=np.float32),
        "classifier.weight": cls,
        "classifier.bias": np.zeros(len(LABELS), dtype=np.float32),
    }
    config = {"hidden_size": H, "num_attention_heads": 1, "num_hidden_layers": 0, "layer_norm_eps": 1e-12}
    for name, int8 in (("model.fp32.onnx", False), ("model.int8.onnx", True)):
        onnx.save(build(weights, config, LABELS, int8=int8), os.path.join(out, "build", name))
    sha = lambda p: hashlib.sha256(open(os.path.join(out, p), "rb").read()).hexdigest()  # noqa: E731
    manifest = {"name": "tiny-fixture", "labels": LABELS, "default_variant": "fp32", "threshold": 0.5,
                "bos_id": 0, "eos_id": 2, "pad_id": 1,
                "sha256": {f"build/{n}": sha(f"build/{n}") for n in ("tokenizer.json", "model.fp32.onnx", "model.int8.onnx")}}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
