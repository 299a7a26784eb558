"""Hostile corpora: every bad file ends in a warning or one clear error, never a traceback.

Most cases run the real CLI (``entries``, which needs no model) in a subprocess; the
ones that index run against a copy of the small real index (incremental: only the new
chunks are embedded, with the ONNX export). The big inputs (the 20 MB file, the
10,000-entry glossary, the 1 MB line) are in tests/test_big_input_*.py, one module each.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import (
    CliResult,
    Workspace,
    assert_index_loads,
    assert_ok,
    assert_one_line_error,
    cli_env,
    index_state,
    observe,
    run_cli,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing import DIALECTS, load_corpus, parse_text, sniff_dialect
from rag_glossary.parsing.decode import decode

GOOD = "# Bias\n\nBias is the error that comes from wrong assumptions in a model.\n"
LATIN1_TEXT = (
    "# Régularisation\n\nUne pénalité sur les poids évite le sur-apprentissage (±5 %).\n\n"
    "# Café naïve\n\nUn modèle très naïf, entraîné à 20 °C.\n"
)
NESTED_DEPTH = 50
UNCLOSED_FENCE = """# Alpha

Alpha is the first term.

```python
def alpha():
    return 1
# Beta

Beta is the second term.

# Gamma

Gamma is the third term.
"""
DUPLICATES = """# Alpha

First alpha.

# Alpha

Second alpha.

# alpha!

Third alpha.

# Alpha-1

A title whose slug is the second alpha's.

# Alpha 1

Another one.
"""


def _corpus(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def _entries(tmp_path: Path, *args: str) -> CliResult:
    env = cli_env(tmp_path / "corpus", tmp_path / "indexes" / "default")
    return run_cli("entries", "--json", *args, env=env, cwd=tmp_path)


def _show(tmp_path: Path, id_or_term: str) -> list[dict[str, Any]]:
    env = cli_env(tmp_path / "corpus", tmp_path / "indexes" / "default")
    result = run_cli("show", id_or_term, "--json", env=env, cwd=tmp_path)
    assert_ok(result)
    found: list[dict[str, Any]] = json.loads(result.out)
    return found


def _binary() -> bytes:
    return random.Random(7).randbytes(5000)  # random bytes: some are NUL


# ---------------------------------------------------------------- small bad files (CLI)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "name", "content", "needle"),
    [
        ("Corpus: empty file (the only file)", "empty.md", "", "empty.md: the file is empty"),
        ("Corpus: binary file (the only file)", "blob.md", _binary(), "blob.md: binary file"),
    ],
)
def test_a_corpus_of_only_a_bad_file_is_one_line_input_error(
    tmp_path: Path, case: str, name: str, content: str | bytes, needle: str
) -> None:
    _corpus(tmp_path, {name: content})
    result = _entries(tmp_path)
    # The error says which file was skipped and why: the warnings are never printed.
    assert_one_line_error(result, 2, "no glossary entries found", needle)
    observe(case, result)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "name", "content", "needle"),
    [
        ("Corpus: empty file next to a glossary", "empty.md", "", "the file is empty"),
        ("Corpus: binary file next to a glossary", "blob.md", _binary(), "binary file, not text"),
    ],
)
def test_a_bad_file_next_to_a_good_one_is_skipped_with_a_warning(
    tmp_path: Path, case: str, name: str, content: str | bytes, needle: str
) -> None:
    _corpus(tmp_path, {"good.md": GOOD, name: content})
    result = _entries(tmp_path)
    assert_ok(result)
    assert [e["id"] for e in result.json()] == ["good#bias"]
    assert any(name in w and needle in w for w in result.warnings), result.err
    observe(case, result)


@pytest.mark.slow
def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    _corpus(tmp_path, {"old.md": LATIN1_TEXT.encode("latin-1")})
    result = _entries(tmp_path)
    assert_ok(result)
    titles = [e["title"] for e in result.json()]
    assert titles == ["Régularisation", "Café naïve"]
    assert any("old.md" in w and "not valid UTF-8" in w for w in result.warnings), result.err
    (body,) = [e["body"] for e in _show(tmp_path, "Café naïve")]
    assert "très naïf, entraîné à 20 °C" in body
    observe("Corpus: file in Latin-1", result)


@pytest.mark.slow
def test_headings_nested_50_deep_lose_no_text(tmp_path: Path) -> None:
    lines = []
    for depth in range(1, NESTED_DEPTH + 1):
        lines += ["#" * depth + f" Level {depth}", "", f"Text at level {depth}.", ""]
    _corpus(tmp_path, {"deep.md": "\n".join(lines)})
    result = _entries(tmp_path)
    assert_ok(result)
    entries = result.json()
    assert isinstance(entries, list)
    # Markdown has six heading levels: deeper "headings" are text of level 6.
    assert [e["title"] for e in entries] == [f"Level {d}" for d in range(1, 7)]
    (deepest,) = _show(tmp_path, "deep#level-6")
    for depth in range(6, NESTED_DEPTH + 1):
        assert f"Text at level {depth}." in deepest["body"]
    observe(
        "Corpus: headings nested 50 deep",
        result,
        "(no message) 6 entries: levels 7-50 are not Markdown headings and stay in level 6's text",
    )


@pytest.mark.slow
def test_unclosed_code_fence_does_not_swallow_the_next_entries(tmp_path: Path) -> None:
    _corpus(tmp_path, {"fence.md": UNCLOSED_FENCE})
    result = _entries(tmp_path)
    assert_ok(result)
    ids = [e["id"] for e in result.json()]
    assert ids == ["fence#alpha", "fence#beta", "fence#gamma"]
    (alpha,) = _show(tmp_path, "fence#alpha")
    assert "def alpha():" in alpha["body"] and "return 1" in alpha["body"]
    observe(
        "Corpus: unclosed code fence",
        result,
        "(no message) the fence ends at the next heading: following entries are kept",
    )


@pytest.mark.slow
def test_duplicate_anchors_get_unique_citation_ids(tmp_path: Path) -> None:
    _corpus(tmp_path, {"dup.md": DUPLICATES, "dup.txt": "Dup Term#\nA site-text entry.\n"})
    result = _entries(tmp_path)
    assert_ok(result)
    entries = result.json()
    assert isinstance(entries, list)
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)) == 6
    assert {"dup#alpha", "dup#alpha-1", "dup#alpha-2"} <= set(ids)
    # Same file stem twice: the second file gets its own source id, with a warning.
    assert any("dup.txt" in w and "source id" in w for w in result.warnings), result.err
    # Each id opens its own entry: by title both "Alpha"s, by id the look-alike.
    assert [e["body"] for e in _show(tmp_path, "Alpha")] == ["First alpha.", "Second alpha."]
    (look_alike,) = _show(tmp_path, "dup#alpha-1-1")
    assert look_alike["title"] == "Alpha-1"
    observe("Corpus: duplicate anchors", result, "(no message) ids get -1, -2 suffixes: " + ids[1])


@pytest.mark.slow
def test_missing_corpus_folder_is_one_line_input_error(tmp_path: Path) -> None:
    result = _entries(tmp_path)  # tmp_path/corpus was never created
    assert_one_line_error(result, 2, "does not exist", str(tmp_path / "corpus"))
    observe("Corpus: folder that does not exist", result)


# ---------------------------------------------------------------- with the real index


@pytest.mark.slow
def test_missing_corpus_folder_leaves_the_index_alone(ws: Workspace) -> None:
    before = index_state(ws.index)
    result = ws.run("search", "markov chain", RAG_GLOSSARY_CORPUS=str(ws.root / "corpus-moved"))
    assert_one_line_error(result, 2, "does not exist")
    assert index_state(ws.index) == before
    assert_index_loads(ws.index, ws.n_entries)
    observe("Corpus: folder that does not exist (search with an index)", result)


@pytest.mark.slow
def test_file_removed_between_builds_drops_its_entries_and_reuses_the_rest(
    ws: Workspace,
) -> None:
    before = index_state(ws.index)
    (ws.corpus / "extra.md").unlink()
    result = ws.run("search", "gradient clipping", "--json")
    assert_ok(result)
    assert "corpus changed" in result.err and "(0 embedded," in result.err, result.err
    hits = result.json()["hits"]
    assert isinstance(hits, list)
    assert hits and not any(h["id"].startswith("extra#") for h in hits)
    after = index_state(ws.index)
    assert after.current != before.current and before.current in after.generations
    loaded = assert_index_loads(ws.index, ws.n_entries - 4)
    assert {e.file for e in loaded.entries} == {"mini.md"}
    observe(
        "Corpus: file removed between index builds",
        result,
        next(line for line in result.err_lines if "corpus changed" in line),
    )


@pytest.mark.slow
def test_all_bad_files_together_still_index_and_answer(ws: Workspace) -> None:
    before = assert_index_loads(ws.index)
    deep = "\n\n".join("#" * d + f" Depth {d}\n\nDepth {d} text." for d in range(1, 51))
    _corpus(
        ws.root,
        {
            "empty.md": "",
            "blob.md": _binary(),
            "old.md": LATIN1_TEXT.encode("latin-1"),
            "deep.md": deep,
            "fence.md": UNCLOSED_FENCE,
            "dup.md": DUPLICATES,
        },
    )
    result = ws.run("index", "--json")
    assert_ok(result)
    report = result.json()
    assert isinstance(report, dict)
    expected = ws.n_entries + 2 + 6 + 3 + 5
    assert report["built"] and report["n_entries"] == expected
    assert report["reused"] == len(before.chunks)  # the old entries were not re-embedded
    assert len(result.warnings) == 3, result.err  # empty, binary, Latin-1
    found = ws.run("search", "Régularisation pénalité", "--json", "-k", "1")
    assert_ok(found)
    assert found.json()["hits"][0]["id"] == "old#régularisation"
    assert_index_loads(ws.index, expected)


# ---------------------------------------------------------------- parsers on arbitrary bytes

ENCODINGS = ("utf-8", "latin-1", "cp1252", "utf-16", "utf-16-le", "shift_jis")
BYTES_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SOURCE = "src"


def _well_formed(entries: list[Entry]) -> None:
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e.id == f"{SOURCE}#{e.anchor}" and e.anchor and e.title.strip() for e in entries)


markdownish_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from([b"# T\xe9rm\n", b"\xef\xbb\xbf# BOM\n", b"\xff\xfe#\x00 \x00", b"\x00"])
        | st.binary(max_size=30),
        max_size=20,
    ).map(b"".join),
)


@BYTES_SETTINGS
@given(data=markdownish_bytes, encoding=st.sampled_from(ENCODINGS))
def test_arbitrary_bytes_decoded_any_way_sniff_and_parse(data: bytes, encoding: str) -> None:
    text = data.decode(encoding, errors="replace")
    dialect = sniff_dialect(text)
    assert dialect in DIALECTS
    _well_formed(parse_text(text, SOURCE))
    _well_formed(parse_text(text, SOURCE, dialect))


@BYTES_SETTINGS
@given(data=markdownish_bytes)
def test_the_corpus_decoder_and_loader_take_any_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    decoded = decode(data, "x.md")
    assert decoded.text is not None or decoded.warning
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "x.md").write_bytes(data)
    try:
        corpus = load_corpus(folder)
    except CorpusError as exc:  # the only failure allowed: one line, naming the file
        assert "\n" not in str(exc) and "no glossary entries found" in str(exc)
        return
    assert corpus.entries and all(e.source == "x" for e in corpus.entries)
