"""Reference throughput: raw onnxruntime forward passes from Python on the same model, the same
sentences, the same batching (windows sorted by length, <= 4096 padded positions per batch)
and the same thread count as `polyfact bench-ner`. Tokenization is done before timing.

    bench_ort.py MODEL_DIR SENTENCES_TXT VARIANT THREADS [PASSES]
"""
import sys
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

model_dir, path, variant, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
passes = int(sys.argv[5]) if len(sys.argv) > 5 else 3
tok = Tokenizer.from_file(f"{model_dir}/build/tokenizer.json")
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
seqs = sorted((tok.encode(l).ids[:256] for l in lines), key=len)
batches, i = [], 0
while i < len(seqs):
    j = i + 1
    while j < len(seqs) and (j + 1 - i) * len(seqs[j]) <= 4096:
        j += 1
    width = len(seqs[j - 1])
    ids = np.ones((j - i, width), dtype=np.int64)
    mask = np.zeros((j - i, width), dtype=np.int64)
    for r, s in enumerate(seqs[i:j]):
        ids[r, : len(s)] = s
        mask[r, : len(s)] = 1
    batches.append((ids, mask))
    i = j
so = ort.SessionOptions()
so.intra_op_num_threads = threads
so.inter_op_num_threads = 1
so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
sess = ort.InferenceSession(f"{model_dir}/build/model.{variant}.onnx", so, providers=["CPUExecutionProvider"])
run = lambda: [sess.run(["logits"], {"input_ids": a, "attention_mask": m}) for a, m in batches]  # noqa: E731
run()
t0 = time.perf_counter()
for _ in range(passes):
    run()
secs = (time.perf_counter() - t0) / passes
positions = sum(len(s) for s in seqs)
print(f"python onnxruntime {ort.__version__} {variant}: {len(seqs)} sentences, {positions} positions, "
      f"{secs:.3f} s/pass, {positions / secs:.0f} tokens/s ({threads} threads, forward only)")
