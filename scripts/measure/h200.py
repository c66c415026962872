# Measures one GPU for the compute planner's calibration and held-out checks.
# Run on the device machine: `python3 scripts/measure/h200.py $OUT/h200-measured-2.json`.
# Sections (each guarded; a failure is recorded and the run goes on):
#   gemm      bf16 and fp8 matrix products, M = tokens in flight, N/K from a Llama-3-8B block
#   bandwidth device-to-device copy
#   prefill   Llama-3-8B-shaped stack, one forward over the prompt, batch x prompt grid
#   decode    the same stack, one token against a static KV cache, whole stack in one CUDA graph
#   training  Llama-shaped (RMSNorm, SwiGLU, GQA, RoPE) and GPT-shaped models, AMP bf16, fused AdamW
# Methods follow the earlier h200-measured.yaml: CUDA events, warm-ups, mean of timed repeats.
import json
import math
import sys
import time
import traceback

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.utils.checkpoint

OUT = sys.argv[1] if len(sys.argv) > 1 else "h200-measured-2.json"
START = time.time()
BUDGET_S = float(sys.argv[2]) if len(sys.argv) > 2 else 420.0
results = {
    "device": torch.cuda.get_device_name(0),
    "torch": torch.__version__,
    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
}


def save():
    with open(OUT, "w") as f:
        json.dump(results, f, indent=1)


def log(*a):
    print(f"[{time.time() - START:6.1f}s]", *a, flush=True)


def time_cuda(fn, warmup=3, reps=10):
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(reps):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / reps / 1000.0


def section(name):
    def wrap(fn):
        def run():
            if time.time() - START > BUDGET_S:
                results[name] = {"skipped": "time budget"}
                log(name, "skipped")
                save()
                return
            log("start", name)
            try:
                fn()
            except Exception as e:  # keep going: one section's failure must not lose the others
                results.setdefault(name + "_error", traceback.format_exc()[-2000:])
                log(name, "FAILED", repr(e))
            torch.cuda.empty_cache()
            save()

        return run

    return wrap


dev = "cuda"
torch.backends.cuda.matmul.allow_tf32 = True


@section("gemm")
def gemm():
    rows = []
    for n, k in [(4096, 4096), (14336, 4096), (4096, 14336), (8192, 8192)]:
        for m in [1, 16, 64, 256, 1024, 4096, 16384]:
            a = torch.randn(m, k, device=dev, dtype=torch.bfloat16)
            b = torch.randn(k, n, device=dev, dtype=torch.bfloat16)
            t = time_cuda(lambda: a @ b, 3, 20)
            row = {"m": m, "n": n, "k": k, "bf16_s": t, "bf16_tflops": 2 * m * n * k / t / 1e12}
            try:
                a8 = a.to(torch.float8_e4m3fn)
                b8 = b.t().contiguous().to(torch.float8_e4m3fn).t()  # column-major as _scaled_mm wants
                one = torch.tensor(1.0, device=dev)
                mm = max(m, 16)
                if mm != m:
                    a8 = torch.randn(mm, k, device=dev, dtype=torch.bfloat16).to(torch.float8_e4m3fn)
                t8 = time_cuda(
                    lambda: torch._scaled_mm(a8, b8, one, one, out_dtype=torch.bfloat16, use_fast_accum=True), 3, 20
                )
                row["fp8_s"] = t8
                row["fp8_tflops"] = 2 * mm * n * k / t8 / 1e12
            except Exception as e:
                row["fp8_error"] = repr(e)[:200]
            rows.append(row)
            del a, b
    results["gemm"] = rows


@section("bandwidth")
def bandwidth():
    x = torch.empty(2 * 1024**3, dtype=torch.uint8, device=dev)
    y = torch.empty_like(x)
    t = time_cuda(lambda: y.copy_(x), 3, 10)
    results["bandwidth"] = {"bytes_moved": 2 * x.numel(), "seconds": t, "tb_per_s": 2 * x.numel() / t / 1e12}
    del x, y


# ---------- a Llama-shaped block (serving: bf16 weights, no autograd) ----------
L8 = dict(layers=32, hidden=4096, heads=32, kv=8, ffn=14336, vocab=128256)


def rope(x, pos, base=500000.0):
    d = x.shape[-1]
    inv = 1.0 / (base ** (torch.arange(0, d, 2, device=x.device, dtype=torch.float32) / d))
    ang = pos.float()[:, None, None] * inv  # (seq, 1, d/2): broadcasts over (batch, seq, heads, d/2)
    cos, sin = ang.cos().to(x.dtype), ang.sin().to(x.dtype)
    x1, x2 = x[..., 0::2], x[..., 1::2]
    return torch.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), dim=-1).flatten(-2)


class ServeStack:
    def __init__(self, cfg):
        h, kv, hd = cfg["hidden"], cfg["kv"], cfg["hidden"] // cfg["heads"]
        self.cfg, self.hd = cfg, hd
        std = 0.02
        w = lambda *s: (torch.randn(*s, device=dev, dtype=torch.bfloat16) * std)  # noqa: E731
        self.layers = [
            dict(
                qkv=w(h, h + 2 * kv * hd),
                o=w(h, h),
                up=w(h, 2 * cfg["ffn"]),
                down=w(cfg["ffn"], h),
                n1=torch.ones(h, device=dev, dtype=torch.bfloat16),
                n2=torch.ones(h, device=dev, dtype=torch.bfloat16),
            )
            for _ in range(cfg["layers"])
        ]
        self.emb = w(cfg["vocab"], h)
        self.head = w(h, cfg["vocab"])
        self.norm = torch.ones(h, device=dev, dtype=torch.bfloat16)

    def mlp(self, x, p):
        gu = x @ p["up"]
        g, u = gu.chunk(2, dim=-1)
        return (F.silu(g) * u) @ p["down"]

    def prefill(self, tokens):
        cfg, hd = self.cfg, self.hd
        b, s = tokens.shape
        x = self.emb[tokens]
        pos = torch.arange(s, device=dev)
        for p in self.layers:
            y = F.rms_norm(x, (cfg["hidden"],), p["n1"])
            qkv = y @ p["qkv"]
            q, k, v = qkv.split([cfg["hidden"], cfg["kv"] * hd, cfg["kv"] * hd], dim=-1)
            q = rope(q.reshape(b, s, cfg["heads"], hd), pos).transpose(1, 2)
            k = rope(k.reshape(b, s, cfg["kv"], hd), pos).transpose(1, 2)
            v = v.reshape(b, s, cfg["kv"], hd).transpose(1, 2)
            a = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
            x = x + a.transpose(1, 2).reshape(b, s, cfg["hidden"]) @ p["o"]
            x = x + self.mlp(F.rms_norm(x, (cfg["hidden"],), p["n2"]), p)
        x = F.rms_norm(x[:, -1:], (cfg["hidden"],), self.norm)
        return x @ self.head

    def decode(self, tokens, caches, pos):
        # One new token per sequence against a full static cache: the GQA group is laid out as the query
        # length, so standard SDPA reads each KV head once (what serving kernels do).
        cfg, hd = self.cfg, self.hd
        b = tokens.shape[0]
        g = cfg["heads"] // cfg["kv"]
        x = self.emb[tokens][:, None, :]  # (batch, 1, hidden)
        for p, (kc, vc) in zip(self.layers, caches):
            y = F.rms_norm(x, (cfg["hidden"],), p["n1"])
            qkv = y @ p["qkv"]
            q, k, v = qkv.split([cfg["hidden"], cfg["kv"] * hd, cfg["kv"] * hd], dim=-1)
            q = rope(q.reshape(b, 1, cfg["heads"], hd), pos).reshape(b, cfg["kv"], g, hd)
            k = rope(k.reshape(b, 1, cfg["kv"], hd), pos).reshape(b, cfg["kv"], 1, hd)
            kc[:, :, -1:].copy_(k)
            vc[:, :, -1:].copy_(v.reshape(b, cfg["kv"], 1, hd))
            a = F.scaled_dot_product_attention(q, kc, vc)
            x = x + a.reshape(b, 1, cfg["hidden"]) @ p["o"]
            x = x + self.mlp(F.rms_norm(x, (cfg["hidden"],), p["n2"]), p)
        return F.rms_norm(x, (cfg["hidden"],), self.norm) @ self.head


stack = None


@section("prefill")
def prefill():
    global stack
    stack = ServeStack(L8)
    rows = []
    with torch.no_grad():
        for b, s in [(1, 32), (1, 128), (1, 512), (1, 1024), (1, 2048), (1, 4096), (1, 8192), (4, 512), (4, 2048), (16, 512), (2, 8192)]:
            tok = torch.randint(0, L8["vocab"], (b, s), device=dev)
            t = time_cuda(lambda: stack.prefill(tok), 3, 5)
            row = {"batch": b, "prompt_tokens": s, "eager_time_ms": t * 1000}
            st = torch.cuda.Stream()
            st.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(st):
                stack.prefill(tok)
            torch.cuda.current_stream().wait_stream(st)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                stack.prefill(tok)
            row["graph_time_ms"] = time_cuda(graph.replay, 3, 10) * 1000
            del graph
            rows.append(row)
            log("prefill", b, s, round(t * 1000, 2), round(row["graph_time_ms"], 2))
    results["prefill_llama3_8b_shape"] = rows


@section("decode")
def decode():
    global stack
    if stack is None:
        stack = ServeStack(L8)
    cfg = L8
    hd = cfg["hidden"] // cfg["heads"]
    rows = []
    grid = [(512, [1, 8, 32, 128, 512]), (2048, [1, 16, 32, 64, 128, 256]), (8192, [1, 8, 32, 64])]
    with torch.no_grad():
        for ctx, batches in grid:
            for b in batches:
                if time.time() - START > BUDGET_S:
                    break
                caches = [
                    (
                        torch.randn(b, cfg["kv"], ctx, hd, device=dev, dtype=torch.bfloat16),
                        torch.randn(b, cfg["kv"], ctx, hd, device=dev, dtype=torch.bfloat16),
                    )
                    for _ in range(cfg["layers"])
                ]
                tok = torch.randint(0, cfg["vocab"], (b,), device=dev)
                pos = torch.full((1,), ctx - 1, device=dev)
                s = torch.cuda.Stream()
                s.wait_stream(torch.cuda.current_stream())
                with torch.cuda.stream(s):
                    for _ in range(2):
                        stack.decode(tok, caches, pos)
                torch.cuda.current_stream().wait_stream(s)
                graph = torch.cuda.CUDAGraph()
                with torch.cuda.graph(graph):
                    stack.decode(tok, caches, pos)
                t = time_cuda(graph.replay, 3, 20)
                rows.append({"context": ctx, "batch": b, "tpot_ms": t * 1000, "tokens_per_s": b / t})
                log("decode", ctx, b, round(t * 1000, 2))
                del caches, graph
                torch.cuda.empty_cache()
    results["decode_llama3_8b_shape"] = rows
    stack = None


# ---------- training ----------
class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        h, self.c = c["hidden"], c
        self.hd = h // c["heads"]
        kv = c.get("kv", c["heads"])
        self.llama = c["kind"] == "llama"
        self.n1 = nn.RMSNorm(h) if self.llama else nn.LayerNorm(h)
        self.n2 = nn.RMSNorm(h) if self.llama else nn.LayerNorm(h)
        self.qkv = nn.Linear(h, h + 2 * kv * self.hd, bias=not self.llama)
        self.o = nn.Linear(h, h, bias=not self.llama)
        if self.llama:
            self.up = nn.Linear(h, 2 * c["ffn"], bias=False)
            self.down = nn.Linear(c["ffn"], h, bias=False)
        else:
            self.up = nn.Linear(h, 4 * h)
            self.down = nn.Linear(4 * h, h)

    def forward(self, x, pos):
        c, hd = self.c, self.hd
        b, s, h = x.shape
        kv = c.get("kv", c["heads"])
        q, k, v = self.qkv(self.n1(x)).split([h, kv * hd, kv * hd], dim=-1)
        q, k, v = q.reshape(b, s, c["heads"], hd), k.reshape(b, s, kv, hd), v.reshape(b, s, kv, hd)
        if self.llama:
            q, k = rope(q, pos), rope(k, pos)
        a = F.scaled_dot_product_attention(
            q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2), is_causal=True, enable_gqa=kv != c["heads"]
        )
        x = x + self.o(a.transpose(1, 2).reshape(b, s, h))
        y = self.n2(x)
        if self.llama:
            g, u = self.up(y).chunk(2, dim=-1)
            return x + self.down(F.silu(g) * u)
        return x + self.down(F.gelu(self.up(y)))


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.emb = nn.Embedding(c["vocab"], c["hidden"])
        self.pos = None if c["kind"] == "llama" else nn.Embedding(c["seq"], c["hidden"])
        self.blocks = nn.ModuleList(Block(c) for _ in range(c["layers"]))
        self.norm = nn.RMSNorm(c["hidden"]) if c["kind"] == "llama" else nn.LayerNorm(c["hidden"])
        self.head = nn.Linear(c["hidden"], c["vocab"], bias=False)
        if c["kind"] != "llama":
            self.head.weight = self.emb.weight

    def forward(self, tok):
        s = tok.shape[1]
        pos = torch.arange(s, device=tok.device)
        x = self.emb(tok)
        if self.pos is not None:
            x = x + self.pos(pos)
        for blk in self.blocks:
            if self.c["recompute"] == "full":
                x = torch.utils.checkpoint.checkpoint(blk, x, pos, use_reentrant=False)
            else:
                x = blk(x, pos)
        return self.head(self.norm(x))


def model_flops_per_step(c, params_non_emb):
    # 6·N·tokens for the matrix products plus the attention score/context products (12·l·h·s per token,
    # causal not halved, as Narayanan et al.), plus the logit layer 6·h·V per token.
    b, s, l, h, v = c["mb"], c["seq"], c["layers"], c["hidden"], c["vocab"]
    tokens = b * s
    return 6 * params_non_emb * tokens + 12 * l * h * s * tokens + 6 * h * v * tokens


TRAIN = [
    dict(model="llama-1b-shape", kind="llama", layers=16, hidden=2048, heads=32, kv=8, ffn=8192, vocab=128256, seq=4096, mb=2, recompute="none"),
    dict(model="llama-3b-shape", kind="llama", layers=28, hidden=3072, heads=24, kv=8, ffn=8192, vocab=128256, seq=4096, mb=2, recompute="none"),
    dict(model="llama-3b-shape", kind="llama", layers=28, hidden=3072, heads=24, kv=8, ffn=8192, vocab=128256, seq=4096, mb=4, recompute="full"),
    dict(model="gpt-1.3b", kind="gpt", layers=24, hidden=2048, heads=16, vocab=50304, seq=8192, mb=1, recompute="none"),
    dict(model="gpt-1.3b", kind="gpt", layers=24, hidden=2048, heads=16, vocab=50304, seq=2048, mb=2, recompute="none"),
]


@section("training")
def training():
    rows = []
    for c in TRAIN:
        if time.time() - START > BUDGET_S:
            break
        torch.cuda.reset_peak_memory_stats()
        m = Model(c).to(dev)
        params = sum(p.numel() for p in m.parameters())
        emb = m.emb.weight.numel() + (m.pos.weight.numel() if m.pos is not None else 0)
        head_separate = c["kind"] == "llama"
        non_emb = params - emb - (m.head.weight.numel() if head_separate else 0)
        opt = torch.optim.AdamW(m.parameters(), lr=1e-4, fused=True)
        tok = torch.randint(0, c["vocab"], (c["mb"], c["seq"]), device=dev)

        def step():
            with torch.autocast("cuda", dtype=torch.bfloat16):
                logits = m(tok)
            loss = F.cross_entropy(logits.float().view(-1, c["vocab"]), tok.view(-1))
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)

        t = time_cuda(step, 3, 8)
        flops = model_flops_per_step(c, non_emb)
        row = {k: c[k] for k in c}
        row.update(
            params=params,
            non_embedding_params=non_emb,
            step_s=t,
            model_tflops=flops / t / 1e12,
            peak_mem_gib=torch.cuda.max_memory_allocated() / 2**30,
        )
        rows.append(row)
        log("train", c["model"], c["mb"], c["seq"], c["recompute"], round(t, 4), round(row["model_tflops"]))
        del m, opt, tok
        torch.cuda.empty_cache()
    results["training"] = rows


log(results["device"], results["torch"])
chosen = sys.argv[3].split(",") if len(sys.argv) > 3 else ["gemm", "bandwidth", "prefill", "decode", "training"]
for name in chosen:
    globals()[name]()
results["finished_after_s"] = time.time() - START
save()
log("done")
