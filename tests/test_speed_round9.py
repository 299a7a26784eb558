"""Round 9 speed: the coverage lookup's tables are kept in the index and read back.

A fresh ``rag-glossary search`` used to rebuild the coverage tables from every
entry's names and text; an index now keeps them (coverage/stored.py), and one
built before keeps answering, writing them on first use.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import CORPUS

from rag_glossary.coverage import stored
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.stored import COVERAGE_FILE, load_coverage, save_coverage
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.retrieval import Retriever

# order matters in these: the fuzzy lookups return the first of equally near names or words
_ORDERED = ("_names", "_name_strings", "_doc_freq", "_vocab", "_joined_sorted")
QUESTIONS = (
    "what is masked self-attention",
    "what is the clt",  # an acronym (name lookup)
    "what is batchnorm",  # joined words split
    "how does beam serch decoding work",  # a typo corrected against the vocabulary
    "what is a quantum chromodynamics lattice",  # not in the glossary
)


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return list(load_corpus(CORPUS).entries)


@pytest.fixture(scope="module")
def built(entries: list[Entry]) -> CoverageIndex:
    return CoverageIndex(entries)


# Not stored tables: the entries themselves and the per-index caches that questions fill as
# they are checked (TextLookup._in_text's text lookups, TermChecks._check_term's memo).
_NOT_TABLES = {"entries", "_text_keys", "_term_memo"}


def _state(index: CoverageIndex) -> dict[str, Any]:
    return {k: v for k, v in index.__dict__.items() if k not in _NOT_TABLES}


def test_stored_tables_equal_the_built_ones(
    entries: list[Entry], built: CoverageIndex, tmp_path: Path
) -> None:
    save_coverage(built, tmp_path)
    read = load_coverage(entries, tmp_path)
    assert read is not built and read.entries == built.entries
    assert _state(read) == _state(built)
    for name in _ORDERED:
        assert list(getattr(read, name)) == list(getattr(built, name)), name
    for question in QUESTIONS:
        assert read.check(question) == built.check(question)


def test_stored_tables_are_used_not_rebuilt(
    entries: list[Entry], built: CoverageIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_coverage(built, tmp_path)

    def no_build(self: CoverageIndex, entries: Any) -> None:
        raise AssertionError("the stored tables should have been read")

    monkeypatch.setattr(CoverageIndex, "__init__", no_build)
    assert _state(load_coverage(entries, tmp_path)) == _state(built)


@pytest.mark.parametrize("damage", ["garbage", "other-code", "other-entries", "missing"])
def test_missing_damaged_or_stale_tables_are_rebuilt_and_rewritten(
    entries: list[Entry],
    built: CoverageIndex,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    path = tmp_path / COVERAGE_FILE
    if damage == "garbage":
        path.write_text('{"code": ', encoding="utf-8")
    elif damage == "other-code":
        monkeypatch.setattr(stored, "code_key", lambda: "an older lookup")
        save_coverage(built, tmp_path)
        monkeypatch.undo()
    elif damage == "other-entries":
        save_coverage(CoverageIndex(entries[:-1]), tmp_path)
    before = path.read_bytes() if path.exists() else b""
    read = load_coverage(entries, tmp_path)
    assert _state(read) == _state(built)
    assert path.read_bytes() != before  # rewritten for the next process
    assert _state(load_coverage(entries, tmp_path)) == _state(built)


def test_a_folder_that_cannot_be_written_still_answers(
    entries: list[Entry], built: CoverageIndex, tmp_path: Path
) -> None:
    gone = tmp_path / "not-a-folder"
    read = load_coverage(entries, gone)
    assert _state(read) == _state(built) and not gone.exists()


def test_code_key_follows_the_lookup_code() -> None:
    key = stored.code_key()
    assert len(key) == 64 and key == stored.code_key()


@pytest.mark.slow
def test_index_keeps_the_tables_and_an_older_index_writes_them(
    real_index: Path, tmp_path: Path
) -> None:
    generation = real_index / (real_index / "CURRENT").read_text().strip()
    assert (generation / COVERAGE_FILE).is_file()  # written by the build
    old = tmp_path / "old"
    shutil.copytree(real_index, old)
    old_generation = old / generation.name
    (old_generation / COVERAGE_FILE).unlink()
    fresh, older = Retriever.load(real_index), Retriever.load(old)
    for question in QUESTIONS:
        new_result, old_result = fresh.retrieve(question), older.retrieve(question)
        assert [h.id for h in new_result.hits] == [h.id for h in old_result.hits]
        assert (new_result.covered, new_result.key_term) == (
            old_result.covered,
            old_result.key_term,
        )
    assert (old_generation / COVERAGE_FILE).is_file()  # written on first use
    assert _state(Retriever.load(old).coverage) == _state(fresh.coverage)
