"""The encoders: ONNX Runtime (served) against sentence-transformers on torch (the reference),
the int8 query graph against fp32, and bf16 building against fp32."""

from __future__ import annotations

import numpy as np
import pytest

from corpus import QARecord
from indexer import BuildError, BuildSettings, Searcher, build, load_encoder
from indexer import encoder as encoder_module
from indexer.artifacts import Manifest, resolve_current
from indexer.encoder import EncoderError, TorchEncoder, load_build_encoder

LAY_QUESTIONS = [
    "my knee hurts when I climb stairs",
    "there is a constant buzzing noise in my ears",
    "it stings when I wee and I need to go all the time",
    "what helps get my sugar levels down",
    "my lower back and hamstring have ached for 3 years, could it be coming from my spine?",
]


@pytest.fixture(scope="module")
def torch_encoder():  # type: ignore[no-untyped-def]
    pytest.importorskip("torch")
    return load_encoder("torch", threads=2)


@pytest.fixture(scope="module")
def bf16_encoder():  # type: ignore[no-untyped-def]
    pytest.importorskip("torch")
    # bf16 autocast runs on any CPU (emulated where there is no AMX; slow but fine for 40 texts).
    return load_build_encoder("torch", threads=2, device="cpu", precision="bf16")


@pytest.fixture(scope="module")
def int8_encoder():  # type: ignore[no-untyped-def]
    return load_encoder("onnx", threads=2, precision="int8")


def _texts(records: list[QARecord]) -> list[str]:
    return LAY_QUESTIONS + [r.question for r in records] + [r.answer for r in records[:10]]


def test_onnx_matches_torch(encoder, torch_encoder, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    assert encoder.backend == "onnx" and torch_encoder.backend == "torch"
    assert encoder.fingerprint == torch_encoder.fingerprint
    texts = _texts(tiny_records)
    a, b = encoder.encode(texts), torch_encoder.encode(texts)
    cos = (a * b).sum(axis=1)
    assert cos.min() >= 0.999, f"lowest cosine {cos.min():.5f} for {texts[int(cos.argmin())]!r}"


def test_onnx_and_torch_pick_the_same_record(encoder, torch_encoder, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    questions = [r.question for r in tiny_records]
    queries = LAY_QUESTIONS + [r.alt_questions[0] for r in tiny_records if r.alt_questions]
    top_onnx = (encoder.encode(queries) @ encoder.encode(questions).T).argmax(axis=1)
    top_torch = (torch_encoder.encode(queries) @ torch_encoder.encode(questions).T).argmax(axis=1)
    np.testing.assert_array_equal(top_onnx, top_torch)


def test_span_pooling_whole_text_equals_plain_encoding(encoder) -> None:  # type: ignore[no-untyped-def]
    text = "I have had a cough for weeks. Could it be asthma? What tests are there?"
    start = text.index("Could")
    pooled = encoder.encode_with_spans(text, [(start, start + len("Could it be asthma?"))])
    assert pooled.shape == (2, encoder.dim)
    np.testing.assert_allclose(pooled[0], encoder.encode([text])[0], atol=1e-5)
    assert 0.5 < float(pooled[0] @ pooled[1]) < 0.9999  # the sentence differs from the whole message


def test_long_text_is_truncated_for_encoding_but_counted_whole(encoder) -> None:  # type: ignore[no-untyped-def]
    text = "pain " * 600
    assert encoder.count_tokens(text) == 600
    assert encoder.encode([text]).shape == (1, encoder.dim)


def test_int8_query_vectors_stay_close_to_fp32(encoder, int8_encoder, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    texts = _texts(tiny_records)
    cos = (encoder.encode(texts) * int8_encoder.encode(texts)).sum(axis=1)
    assert cos.mean() >= 0.99 and cos.min() >= 0.96, (cos.mean(), cos.min())


def test_int8_graph_masks_padding_in_a_batch(int8_encoder) -> None:  # type: ignore[no-untyped-def]
    # The int8 graph's fused attention reads the mask as sequence lengths: a short text padded in a
    # batch beside a long one must encode as it does alone. Not bit-identical: the activation
    # scales of dynamic quantization are per batch (cosine 0.988 here); attending to the padding
    # gives 0.77.
    texts = ["ringing in my ears", "my father has had ringing in both ears for two years after working in a loud "
             "factory and now he also feels dizzy when he stands up, what can he do about it?"]
    alone = np.vstack([int8_encoder.encode([t]) for t in texts])
    together = int8_encoder.encode(texts, batch_size=2)
    cos = (alone * together).sum(axis=1)
    assert cos.min() >= 0.98, cos


def test_int8_encoder_queries_the_fp32_index(  # type: ignore[no-untyped-def]
    index_root, searcher: Searcher, int8_encoder, tiny_records: list[QARecord]
) -> None:
    assert int8_encoder.fingerprint != searcher.encoder.fingerprint  # never shares the embedding cache
    assert int8_encoder.base_fingerprint == searcher.encoder.fingerprint
    quick = Searcher.load(index_root, int8_encoder)
    swapped = searcher.with_encoder(int8_encoder)  # the loaded index, another question encoder
    assert swapped.encoder is int8_encoder and searcher.encoder is not int8_encoder
    for question in LAY_QUESTIONS + [r.question for r in tiny_records]:
        expected = searcher.search(question).matches[0].record.id
        assert quick.search(question).matches[0].record.id == expected, question
        assert swapped.search(question).confidence == pytest.approx(quick.search(question).confidence, abs=1e-6)


def test_int8_encoder_cannot_build(tmp_path, int8_encoder, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BuildError, match="queries only"):
        build(tiny_records[:3], tmp_path / "idx", int8_encoder, BuildSettings(), cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.npy"))


def test_unknown_precision_is_refused() -> None:
    from service.settings import load_settings

    with pytest.raises(EncoderError, match="precision"):
        load_encoder("onnx", precision="int4")
    with pytest.raises(ValueError, match="query_precision"):
        load_settings({"query_precision": "int4"}, environ={})


def test_bf16_build_vectors_stay_close_to_fp32(encoder, bf16_encoder, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    assert bf16_encoder.precision == "bf16" and bf16_encoder.backend == "torch"
    assert bf16_encoder.base_fingerprint == encoder.fingerprint
    assert bf16_encoder.fingerprint != encoder.fingerprint  # bf16 vectors never enter the fp32 cache
    texts = _texts(tiny_records)
    a, b = encoder.encode(texts), bf16_encoder.encode(texts)
    np.testing.assert_allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)  # normalised in float32
    cos = (a * b).sum(axis=1)
    assert cos.min() >= 0.999, f"lowest cosine {cos.min():.5f} for {texts[int(cos.argmin())]!r}"


def test_bf16_built_index_answers_like_the_fp32_one(  # type: ignore[no-untyped-def]
    tmp_path, searcher: Searcher, encoder, int8_encoder, bf16_encoder, tiny_records: list[QARecord]
) -> None:
    root = tmp_path / "bf16"
    build(tiny_records, root, bf16_encoder, BuildSettings(), cache_dir=tmp_path / "cache")
    manifest = Manifest.read(resolve_current(root))
    assert manifest.build["precision"] == "bf16" and manifest.build["encoder_backend"] == "torch"
    assert manifest.model_fingerprint == encoder.fingerprint  # the weights, queried by any precision
    assert (tmp_path / "cache" / bf16_encoder.fingerprint).is_dir()
    for query_encoder in (encoder, int8_encoder):
        bf16_index = Searcher.load(root, query_encoder)
        fp32_index = searcher.with_encoder(query_encoder)
        for question in LAY_QUESTIONS + [r.question for r in tiny_records]:
            got, want = bf16_index.search(question), fp32_index.search(question)
            assert got.matches[0].record.id == want.matches[0].record.id, question
            assert got.confidence == pytest.approx(want.confidence, abs=0.01), question


def test_build_encoder_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("torch")
    monkeypatch.setattr(encoder_module, "_cuda_available", lambda: False)
    monkeypatch.setattr(encoder_module, "fast_bf16_cpu", lambda: False)
    plain = load_build_encoder("auto", threads=1)
    assert (plain.backend, plain.precision) == ("onnx", "fp32")  # no AMX: ONNX Runtime fp32
    monkeypatch.setattr(encoder_module, "fast_bf16_cpu", lambda: True)
    amx = load_build_encoder("auto", threads=1)
    assert isinstance(amx, TorchEncoder) and amx.precision == "bf16"
    assert load_build_encoder("auto", threads=1, precision="fp32").precision == "fp32"
    assert load_build_encoder("onnx", threads=1).backend == "onnx"  # the backend asked for wins
    with pytest.raises(EncoderError, match="torch"):
        load_build_encoder("onnx", precision="bf16")
    with pytest.raises(EncoderError, match="int8"):
        load_build_encoder("auto", precision="int8")
    with pytest.raises(EncoderError, match="bf16 or fp32|fp32 or bf16"):
        TorchEncoder(precision="int8")


def test_cpu_flags_decide_fast_bf16(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import builtins

    real_open = builtins.open
    cpuinfo = tmp_path / "cpuinfo"

    def fake_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real_open(cpuinfo if str(path) == "/proc/cpuinfo" else path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_bf16\n")
    assert encoder_module.fast_bf16_cpu() is False  # bf16 dot products alone were not measured faster
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 amx_bf16 amx_tile\n")
    assert encoder_module.fast_bf16_cpu() is True


def test_torch_loads_only_when_something_must_be_embedded(tmp_path, tiny_records: list[QARecord]) -> None:  # type: ignore[no-untyped-def]
    """A rebuild whose texts are all cached never imports the weights into torch (~4 s)."""
    pytest.importorskip("torch")
    first = TorchEncoder(threads=2, precision="bf16")
    assert not first.loaded and first.dim == 384 and first.max_tokens == 256  # from the model's config files
    build(tiny_records, tmp_path / "idx", first, BuildSettings(), cache_dir=tmp_path / "cache")
    assert first.loaded
    again = TorchEncoder(threads=2, precision="bf16")
    result = build(tiny_records, tmp_path / "idx", again, BuildSettings(), cache_dir=tmp_path / "cache")
    assert result.embedded == 0 and not again.loaded  # probed through the ONNX graph instead
    assert (Searcher.load(tmp_path / "idx", again).search(tiny_records[0].question).matches[0].record.id
            == tiny_records[0].id)


def test_prefetched_helper_process_encodes_like_this_process(tiny_records: list[QARecord]) -> None:
    """``prefetch`` loads torch in a helper process (overlapping the builder's other work);
    encoding there gives the vectors this process would, in input order, with progress."""
    pytest.importorskip("torch")
    texts = _texts(tiny_records) * 4  # more than one slice of 64 batches of 2
    here = TorchEncoder(threads=1, precision="bf16")
    helper = TorchEncoder(threads=1, precision="bf16")
    helper.prefetch()
    try:
        assert helper.loaded and not here.loaded
        ticks: list[int] = []
        got = helper.encode(texts, batch_size=2, progress=ticks.append)  # several slices
        assert len(ticks) > 1 and sum(ticks) == len(texts)
        cos = (got * here.encode(texts)).sum(axis=1)  # bf16 kernels may round differently per process
        assert cos.min() >= 0.9999, cos.min()
    finally:
        helper.close()
    assert not helper.loaded


def test_export_is_redone_when_the_recipe_or_weights_change(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from indexer.encoder import ONNX_FILE, ONNX_INT8_FILE, export_is_current, export_source

    for name in (ONNX_FILE, ONNX_INT8_FILE):
        (tmp_path / name).write_bytes(b"graph")
    assert not export_is_current(tmp_path)  # no SOURCE: an export of unknown origin
    (tmp_path / "SOURCE").write_text(export_source().replace("recipe", "recipe 1 was"))
    assert not export_is_current(tmp_path)  # an older recipe
    (tmp_path / "SOURCE").write_text(export_source())
    assert export_is_current(tmp_path)
    (tmp_path / ONNX_INT8_FILE).unlink()
    assert not export_is_current(tmp_path)  # the int8 graph is missing
