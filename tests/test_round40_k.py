"""Round 40 lane K: every entry's answer units are split once, at index build, and stored
in the generation (entry_units.jsonl, stored_units.py); the query path reads an entry's
units from there, lazily, instead of splitting the entry per process. An index built
with another UNITS_VERSION is stale (rebuilt with a clear reason) and, kept as built,
still answers with its entries split as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder

from rag_glossary.answer import Assistant, segment
from rag_glossary.errors import IndexCorruptError
from rag_glossary.index import CURRENT, build_index, index_status, load_index
from rag_glossary.retrieval import Retriever
from rag_glossary.stored_units import ENTRY_UNITS, stored_units
from rag_glossary.unit_vectors import UNITS_VERSION

GLOSSARY = """# Gradient Descent

Gradient descent moves the weights against the gradient of the loss. It stops when the
loss no longer falls. Types include:

- stochastic gradient descent
- mini-batch gradient descent

# Learning Rate

The learning rate scales each gradient step.

# Epoch

See also: Batch.
"""


@pytest.fixture
def index(tmp_path: Path, fake_encoder: FakeEncoder) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mini.md").write_text(GLOSSARY, encoding="utf-8")
    build_index(corpus, tmp_path / "idx", encoder=fake_encoder)  # type: ignore[arg-type]
    return tmp_path / "idx"


def _generation(index: Path) -> Path:
    return index / (index / CURRENT).read_text().strip()


def _spy_on_splitting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    split: list[str] = []
    real = segment.split_units

    def counted(entry: object) -> list[segment.Unit]:
        split.append(getattr(entry, "id", ""))
        return real(entry)  # type: ignore[arg-type]

    monkeypatch.setattr(segment, "split_units", counted)
    return split


def test_the_stored_units_are_the_split_ones_field_for_field(index: Path) -> None:
    loaded = load_index(index)
    assert loaded.manifest.units_version == UNITS_VERSION
    store = loaded.entry_units
    assert store is not None
    lines = (_generation(index) / ENTRY_UNITS).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(loaded.entries)
    items = 0
    for entry in loaded.entries:
        got = store.units_of((entry.definition, entry.see_also))
        assert got == tuple(segment.split_units(entry))
        items += sum(u.kind == "item" and bool(u.lead) for u in got or ())
    assert items == 2  # the list items keep their lead-in ("Types include:")


def test_loading_reads_nothing_and_a_search_reads_the_units_instead_of_splitting(
    index: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    retriever = Retriever.load(index, encoder=fake_encoder)
    assert retriever.stored_units is not None
    assert retriever.stored_units._line_of is None  # a fresh process pays nothing up front
    split = _spy_on_splitting(monkeypatch)
    answer = Assistant(retriever, use_llm=False).ask("what does the learning rate scale")
    assert "scales each gradient step" in answer.text
    hits = retriever.retrieve("what is gradient descent", answer_first=True).hits
    assert hits and split == []
    # the same objects every time: the composer compares units by identity
    entry = retriever.entries[0]
    once, again = segment.entry_units(entry), segment.entry_units(entry)
    assert once and all(a is b for a, b in zip(once, again, strict=True))


def test_an_entry_whose_text_is_not_the_stored_one_is_split_afresh(
    index: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    retriever = Retriever.load(index, encoder=fake_encoder)
    changed = replace(retriever.entries[1], body="The learning rate is the step size.")
    assert stored_units(retriever.entries[1]) is not None
    assert stored_units(changed) is None
    split = _spy_on_splitting(monkeypatch)
    assert [u.text for u in segment.entry_units(changed)] == [changed.body]
    assert split == [changed.id]


def test_an_index_of_another_units_version_is_stale_and_still_answers(
    index: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    generation = _generation(index)
    (generation / ENTRY_UNITS).unlink()
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["units_version"] = UNITS_VERSION - 1
    (generation / "manifest.json").write_text(json.dumps(manifest))
    status = index_status(index.parent / "corpus", index)
    assert status.state == "stale" and "answer units are out of date" in status.reason
    retriever = Retriever.load(index, encoder=fake_encoder)
    assert retriever.stored_units is None
    split = _spy_on_splitting(monkeypatch)
    answer = Assistant(retriever, use_llm=False).ask("what does the learning rate scale")
    assert "scales each gradient step" in answer.text and split
    build_index(index.parent / "corpus", index, encoder=fake_encoder)  # type: ignore[arg-type]
    assert load_index(index).entry_units is not None


def test_a_missing_or_damaged_units_file_asks_for_a_rebuild(index: Path) -> None:
    path = _generation(index) / ENTRY_UNITS
    text = path.read_text(encoding="utf-8")
    path.unlink()
    with pytest.raises(IndexCorruptError, match=r"entry_units\.jsonl is missing.*rebuild"):
        load_index(index)
    path.write_text(text.replace('"kind"', '"sort"'), encoding="utf-8")
    loaded = load_index(index)
    assert loaded.entry_units is not None
    first = loaded.entries[0]
    with pytest.raises(IndexCorruptError, match=r"entry_units\.jsonl is damaged"):
        loaded.entry_units.units_of((first.definition, first.see_also))
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")  # a line short
    loaded = load_index(index)
    assert loaded.entry_units is not None
    with pytest.raises(IndexCorruptError, match="does not match the index"):
        loaded.entry_units.units_of((first.definition, first.see_also))


def test_a_loosely_spelled_expansion_is_read_without_importing_the_parsers() -> None:
    """ "DWH: Data Warehouse" spells its title with more than initials: the answer path
    asks the parser's rule (loose_acronyms.py, outside parsing/) without importing every
    dialect (~0.13 s in a fresh process that reaches it)."""
    code = (
        "import sys\n"
        "from helpers import make_entry\n"
        "from rag_glossary.answer.stubs import spells_own_title\n"
        "from rag_glossary.models import Hit\n"
        "entry = make_entry('g', 'dwh', 'DWH', 'Data Warehouse')\n"
        "hit = Hit(entry.id, entry.title, 'g', None, '', 1.0, entry)\n"
        "assert spells_own_title(hit)\n"
        "print([m for m in sys.modules if m.startswith('rag_glossary.parsing')])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT), str(ROOT / "tests")))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
