"""The compute floor of one query: MiniLM-L6 FLOPs vs this machine's single-core float32 rate.

    python -m bench.floor --out R.json

FLOPs are counted from the model's own ``config.json`` and weight shapes (safetensors header,
no torch): per token, 2 FLOPs per weight of every encoder matrix (Q, K, V, attention output,
FFN in and out); per layer, 4·T²·H for the attention scores (QKᵀ) and the weighted sum (AV).
Embedding lookups, biases, LayerNorm, GELU and softmax are O(T·H) and left out (a few %), so
the floor is a lower bound. The rate is numpy's float32 GEMM on one thread, on a large square
product (the best case) and on the shapes one 30-token query actually multiplies.
"""

from __future__ import annotations

import os

from .stats import ONE_THREAD_ENV

for _k, _v in ONE_THREAD_ENV.items():
    os.environ[_k] = _v

import argparse  # noqa: E402
import json  # noqa: E402
import struct  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from .stats import summarize, thread_report, write_json  # noqa: E402

TOKENS = 30


def _safetensors_shapes(path: Path) -> dict[str, list[int]]:
    with path.open("rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(size))
    return {k: v["shape"] for k, v in header.items() if k != "__metadata__"}


def model_flops(model_dir: Path, tokens: int = TOKENS) -> dict[str, Any]:
    config = json.loads((model_dir / "config.json").read_text())
    layers, hidden, inter = config["num_hidden_layers"], config["hidden_size"], config["intermediate_size"]
    shapes = _safetensors_shapes(model_dir / "model.safetensors")
    total_params = sum(int(np.prod(s)) for s in shapes.values())
    matmul_params = sum(int(np.prod(s)) for k, s in shapes.items()
                        if ".layer." in k and k.endswith(".weight") and len(s) == 2)
    expected = layers * (4 * hidden * hidden + 2 * hidden * inter)
    dense = 2 * tokens * matmul_params
    attention = 4 * layers * tokens * tokens * hidden
    return {
        "layers": layers, "hidden": hidden, "intermediate": inter, "heads": config.get("num_attention_heads"),
        "params_total": total_params, "params_encoder_matrices": matmul_params,
        "params_encoder_matrices_by_formula": expected, "tokens": tokens,
        "flops_dense": dense, "flops_attention": attention, "flops_total": dense + attention,
        "gflops_total": round((dense + attention) / 1e9, 4),
    }


def _gemm_rate(m: int, k: int, n: int, seconds: float = 1.0) -> float:
    rng = np.random.default_rng(0)
    a = rng.standard_normal((m, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    c = np.empty((m, n), dtype=np.float32)
    np.matmul(a, b, out=c)
    reps, best = 0, float("inf")
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or reps < 3:
        t0 = time.perf_counter()
        np.matmul(a, b, out=c)
        best = min(best, time.perf_counter() - t0)
        reps += 1
    return 2 * m * k * n / best / 1e9


def measured_rates(hidden: int, inter: int, tokens: int = TOKENS) -> dict[str, float]:
    """Best-of-N GFLOP/s, one thread."""
    return {
        "square_1024": round(_gemm_rate(1024, 1024, 1024, 2.0), 1),
        f"q{tokens}_x_{hidden}x{hidden}": round(_gemm_rate(tokens, hidden, hidden), 1),
        f"q{tokens}_x_{hidden}x{inter}": round(_gemm_rate(tokens, hidden, inter), 1),
        f"q{tokens}_x_{inter}x{hidden}": round(_gemm_rate(tokens, inter, hidden), 1),
    }


def onnx_30_tokens(tokens: int = TOKENS, reps: int = 300) -> dict[str, Any]:
    """ONNX Runtime (1 thread) on exactly ``tokens`` word pieces, model call only."""
    from indexer.encoder import OnnxEncoder

    enc = OnnxEncoder(threads=1)
    text = "my mother has had a dry cough and shortness of breath for three weeks and the inhaler does not help, " * 3
    ids = np.array([enc.tokenizer.encode(text).ids[: tokens - 1] + [102]], dtype=np.int64)
    feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
    if "token_type_ids" in enc._inputs:
        feeds["token_type_ids"] = np.zeros_like(ids)
    for _ in range(30):
        enc._session.run(None, feeds)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        enc._session.run(None, feeds)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    return {"tokens": tokens, "latency_ms": summarize(times)}


def run() -> dict[str, Any]:
    from indexer.encoder import bundled_model_path

    flops = model_flops(bundled_model_path())
    rates = measured_rates(flops["hidden"], flops["intermediate"])
    shapes = [v for k, v in rates.items() if k.startswith("q")]
    # Per layer: Q,K,V,O are (T x H)(H x H); FFN in (T x H)(H x I); FFN out (T x I)(I x H).
    layer_s = (4 * 2 * TOKENS * flops["hidden"] ** 2 / (shapes[0] * 1e9)
               + 2 * TOKENS * flops["hidden"] * flops["intermediate"] / (shapes[1] * 1e9)
               + 2 * TOKENS * flops["hidden"] * flops["intermediate"] / (shapes[2] * 1e9))
    out: dict[str, Any] = {
        "model": flops,
        "gemm_gflops_1thread": rates,
        "floor_ms_at_peak": round(flops["flops_total"] / (rates["square_1024"] * 1e9) * 1000, 3),
        "floor_ms_at_query_shapes": round((layer_s * flops["layers"]
                                           + flops["flops_attention"] / (rates["square_1024"] * 1e9)) * 1000, 3),
        "threads": thread_report(),
    }
    try:
        out["onnx_model_call"] = onnx_30_tokens()
        p50 = out["onnx_model_call"]["latency_ms"]["p50"]
        out["onnx_gflops_effective"] = round(flops["flops_total"] / (p50 / 1000) / 1e9, 1)
    except Exception as exc:  # noqa: BLE001 - the floor stands without it
        out["onnx_model_call"] = {"error": str(exc)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.floor")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    write_json(Path(args.out), run())


if __name__ == "__main__":
    main()
