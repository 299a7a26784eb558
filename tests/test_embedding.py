"""The two embedding paths (sentence-transformers and ONNX) must agree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rag_glossary.config import DEFAULT_EMBED_MODEL
from rag_glossary.embedding import (
    DEFAULT_MODEL_ID,
    ENCODER_CONFIG_FILE,
    ONNX_FILE,
    TOKENIZER_FILE,
    DocumentEncoder,
    ModelSpec,
    QueryEncoder,
    TokenCounter,
    onnx_files_present,
    pool,
    resolve_model,
)
from rag_glossary.errors import IndexCorruptError, ModelLoadError

os.environ.setdefault("HF_HUB_OFFLINE", "1")

LONG_TEXT = " ".join(
    f"Masked self-attention step {i} hides future positions from token {i * 7}." for i in range(60)
)

QUERIES = [
    "MDP",
    "what is masked self-attention",
    "what is MDP",
    "markov chian",
    "Markov decision process",
    "How does a mixture of experts route tokens between experts?",
    "explain the difference between precision and recall for imbalanced classification",
    "momentum",
    "MSE vs MAE",
    "Régularisation — naïve café über straße",
    "日本語のテキスト: 機械学習とは何ですか",
    "emoji test 🤖🧠 model",
    "x",
    "?",
    "   leading and trailing spaces   ",
    "a\ttab\nand newline",
    "C++ / Python code: `model.fit(X, y)` returns self",
    "what's the learning-rate schedule called 'cosine annealing'?",
    "MATCHING CASE: Maximum Likelihood Estimation (MLE)",
    LONG_TEXT,
]


@pytest.fixture(scope="module")
def document_encoder() -> DocumentEncoder:
    return DocumentEncoder(resolve_model(DEFAULT_EMBED_MODEL))


@pytest.fixture(scope="module")
def onnx_dir(document_encoder: DocumentEncoder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("onnx")
    document_encoder.export_onnx(folder)
    return folder


@pytest.fixture(scope="module")
def query_encoder(onnx_dir: Path) -> QueryEncoder:
    return QueryEncoder.load(onnx_dir)


def _copy_onnx_dir(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


# ----------------------------------------------------------------------------- fast tests


def test_resolve_default_model_is_the_packaged_folder() -> None:
    spec = resolve_model(DEFAULT_EMBED_MODEL)
    assert spec.model_id == DEFAULT_MODEL_ID
    assert (Path(spec.path) / "model.safetensors").is_file()
    assert spec.is_local


def test_hub_id_of_the_default_model_maps_to_the_packaged_folder() -> None:
    spec = resolve_model(DEFAULT_MODEL_ID)
    assert spec.path == resolve_model(DEFAULT_EMBED_MODEL).path
    assert spec.model_id == DEFAULT_MODEL_ID


def test_resolve_model_uses_env_variable_when_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAG_GLOSSARY_MODEL", "some-org/uncached-model")
    assert resolve_model().name == "some-org/uncached-model"


def test_resolve_local_folder_uses_its_resolved_path(tmp_path: Path) -> None:
    spec = resolve_model(str(tmp_path))
    assert spec.path == str(tmp_path.resolve())
    assert spec.model_id == str(tmp_path.resolve())


def test_missing_local_folder_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        resolve_model(str(tmp_path / "nope"))


def test_uncached_hub_model_fails_without_network() -> None:
    spec = resolve_model("some-org/definitely-not-cached-model")
    assert not spec.is_local
    with pytest.raises(ModelLoadError) as info:
        DocumentEncoder(spec)
    message = str(info.value)
    assert "can't be downloaded" in message and "\n" not in message
    with pytest.raises(ModelLoadError):
        TokenCounter.for_model(spec)


def test_token_counter_ignores_the_truncation_shipped_in_tokenizer_json() -> None:
    # The packaged tokenizer.json truncates and pads at 128: counts must not.
    counter = TokenCounter.for_model(resolve_model(DEFAULT_EMBED_MODEL))
    assert counter.count("hello world") == 4  # [CLS] hello world [SEP]
    assert counter.count(LONG_TEXT) > 256
    assert counter.count_batch(["hello world", LONG_TEXT]) == [4, counter.count(LONG_TEXT)]


def test_missing_onnx_folder_is_index_corrupt(tmp_path: Path) -> None:
    assert not onnx_files_present(tmp_path)
    with pytest.raises(IndexCorruptError, match="index --rebuild"):
        QueryEncoder.load(tmp_path / "absent")


def test_pool_modes_against_direct_computation() -> None:
    rng = np.random.default_rng(0)
    tokens = rng.normal(size=(2, 4, 3)).astype(np.float32)
    mask = np.array([[1, 1, 1, 0], [1, 1, 1, 1]], dtype=np.int64)
    np.testing.assert_allclose(pool(["mean"], tokens, mask)[0], tokens[0, :3].mean(axis=0), 1e-6)
    np.testing.assert_allclose(pool(["max"], tokens, mask)[0], tokens[0, :3].max(axis=0), 1e-6)
    np.testing.assert_allclose(pool(["cls"], tokens, mask)[1], tokens[1, 0], 1e-6)
    np.testing.assert_allclose(pool(["lasttoken"], tokens, mask)[0], tokens[0, 2], 1e-6)
    weighted = (tokens[0, :3] * np.array([[1.0], [2.0], [3.0]])).sum(axis=0) / 6.0
    np.testing.assert_allclose(pool(["weightedmean"], tokens, mask)[0], weighted, 1e-5)
    assert pool(["cls", "mean"], tokens, mask).shape == (2, 6)


# ----------------------------------------------------------------------------- slow tests


@pytest.mark.slow
def test_onnx_and_sentence_transformers_agree(
    document_encoder: DocumentEncoder, query_encoder: QueryEncoder
) -> None:
    expected = document_encoder.encode_queries(QUERIES)
    actual = query_encoder.encode_queries(QUERIES)
    assert actual.shape == expected.shape == (len(QUERIES), document_encoder.dimension)
    assert actual.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(actual, axis=1), 1.0, atol=1e-5)
    cosines = (expected * actual).sum(axis=1)
    assert cosines.min() >= 0.9999, dict(zip(QUERIES, cosines.round(6).tolist(), strict=True))

    # The document path too, used to re-embed chunks without sentence-transformers.
    docs_st = document_encoder.encode_documents(QUERIES, batch_size=7)
    seen: list[int] = []
    docs_onnx = query_encoder.encode_documents(QUERIES, batch_size=7, on_progress=seen.append)
    assert (docs_st * docs_onnx).sum(axis=1).min() >= 0.9999
    assert seen == [7, 7, 6]


@pytest.mark.slow
def test_truncation_matches_between_paths(
    document_encoder: DocumentEncoder, query_encoder: QueryEncoder
) -> None:
    # Past the window, extra text must change neither path.
    longer = LONG_TEXT + " Completely different trailing words about music."
    assert query_encoder.truncated(LONG_TEXT) and query_encoder.truncated(longer)
    assert not query_encoder.truncated(QUERIES[1])
    onnx = query_encoder.encode_queries([LONG_TEXT, longer])
    st = document_encoder.encode_documents([LONG_TEXT, longer])
    assert float(onnx[0] @ onnx[1]) > 0.99999
    assert float(st[0] @ st[1]) > 0.99999


@pytest.mark.slow
def test_count_tokens_agrees_between_paths(
    document_encoder: DocumentEncoder, query_encoder: QueryEncoder
) -> None:
    counter = TokenCounter.for_model(document_encoder.spec)
    for text in QUERIES:
        st_count = document_encoder.count_tokens(text)
        assert query_encoder.count_tokens(text) == st_count == counter.count(text)
        assert query_encoder.truncated(text) == (st_count > query_encoder.max_seq_length)


@pytest.mark.slow
def test_encode_reports_progress_per_batch(document_encoder: DocumentEncoder) -> None:
    texts = [f"glossary entry number {i}" for i in range(10)]
    seen: list[int] = []
    vectors = document_encoder.encode_documents(texts, batch_size=4, on_progress=seen.append)
    assert seen == [4, 4, 2]
    assert vectors.shape == (10, document_encoder.dimension)
    # Order is preserved despite length sorting inside.
    single = document_encoder.encode_documents([texts[7]])
    assert float(vectors[7] @ single[0]) > 0.99999


@pytest.mark.slow
def test_export_writes_the_expected_files(
    onnx_dir: Path, document_encoder: DocumentEncoder
) -> None:
    assert onnx_files_present(onnx_dir)
    config = json.loads((onnx_dir / ENCODER_CONFIG_FILE).read_text())
    assert config["model_id"] == document_encoder.model_id == DEFAULT_MODEL_ID
    assert config["pooling_modes"] == ["mean"]
    assert config["max_seq_length"] == document_encoder.max_seq_length == 256
    assert config["dimension"] == document_encoder.dimension == 384
    assert "token_type_ids" in config["input_names"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("broken_file", "content"),
    [
        (ONNX_FILE, None),
        (ONNX_FILE, b"not an onnx graph"),
        (TOKENIZER_FILE, b"{ truncated"),
        (ENCODER_CONFIG_FILE, b'{"format": 99}'),
    ],
)
def test_corrupt_onnx_folder_is_index_corrupt(
    onnx_dir: Path, tmp_path: Path, broken_file: str, content: bytes | None
) -> None:
    folder = _copy_onnx_dir(onnx_dir, tmp_path / "copy")
    target = folder / broken_file
    if content is None:
        target.write_bytes(target.read_bytes()[:10_000])  # truncated mid-file
    else:
        target.write_bytes(content)
    with pytest.raises(IndexCorruptError, match="index --rebuild"):
        QueryEncoder.load(folder)


def _variant_model(tmp_path: Path, pooling_mode: str, prompts: dict[str, str]) -> ModelSpec:
    """The packaged model with another pooling mode, prompts and no Normalize module."""
    src = Path(resolve_model(DEFAULT_EMBED_MODEL).path)
    dest = tmp_path / f"model-{pooling_mode}"
    dest.mkdir()
    for item in src.iterdir():
        if item.is_file() and item.name not in (
            "modules.json",
            "config_sentence_transformers.json",
        ):
            (dest / item.name).symlink_to(item)
    modules = json.loads((src / "modules.json").read_text())
    (dest / "modules.json").write_text(json.dumps(modules[:2]))
    (dest / "config_sentence_transformers.json").write_text(json.dumps({"prompts": prompts}))
    (dest / "1_Pooling").mkdir()
    pooling = {"embedding_dimension": 384, "pooling_mode": pooling_mode}
    (dest / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    return resolve_model(str(dest))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pooling_mode", "prompts"),
    [("cls", {}), ("max", {"query": "query: ", "document": "passage: "})],
)
def test_other_models_export_and_agree(
    tmp_path: Path, pooling_mode: str, prompts: dict[str, str]
) -> None:
    encoder = DocumentEncoder(_variant_model(tmp_path, pooling_mode, prompts))
    encoder.export_onnx(tmp_path / "onnx")
    onnx = QueryEncoder.load(tmp_path / "onnx")
    texts = [*QUERIES[:6], LONG_TEXT]
    queries = onnx.encode_queries(texts)
    documents = onnx.encode_documents(texts)
    assert (encoder.encode_queries(texts) * queries).sum(axis=1).min() >= 0.9999
    assert (encoder.encode_documents(texts) * documents).sum(axis=1).min() >= 0.9999
    config = json.loads((tmp_path / "onnx" / ENCODER_CONFIG_FILE).read_text())
    assert config["pooling_modes"] == [pooling_mode]
    # With asymmetric prompts the same text embeds differently as query and document.
    differs = (queries * documents).sum(axis=1).min() < 0.9999
    assert differs == bool(prompts)


QUERY_IMPORT_SCRIPT = """
import sys
from pathlib import Path
from rag_glossary.embedding import QueryEncoder
encoder = QueryEncoder.load(Path(sys.argv[1]))
vectors = encoder.encode_queries(["what is masked self-attention"])
assert vectors.shape == (1, encoder.dimension)
heavy = [m for m in ("torch", "transformers", "sentence_transformers") if m in sys.modules]
print(",".join(heavy) or "none")
"""


@pytest.mark.slow
def test_query_path_imports_neither_torch_nor_sentence_transformers(onnx_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", QUERY_IMPORT_SCRIPT, str(onnx_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


IMPORT_ONLY_SCRIPT = """
import sys
import rag_glossary.embedding
import rag_glossary.embedding.query
import rag_glossary.index
import rag_glossary.retrieval
heavy = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
print(",".join(heavy) or "none")
print("document" if "rag_glossary.embedding.document" in sys.modules else "lazy")
"""


def test_query_module_cannot_import_torch_at_module_level() -> None:
    # A fresh interpreter: this test process may already hold torch.
    script = f"HEAVY = {{'torch', 'transformers', 'sentence_transformers'}}\n{IMPORT_ONLY_SCRIPT}"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none", "lazy"]


def test_document_encoder_and_export_load_on_first_access() -> None:
    import rag_glossary.embedding as embedding

    assert embedding.DocumentEncoder.__module__ == "rag_glossary.embedding.document"
    assert embedding.EXPORT_MIN_COSINE == 0.9999
    with pytest.raises(AttributeError, match="no attribute"):
        _ = embedding.NotAName  # type: ignore[attr-defined]
