"""Round 41 lane K: what ``answer_first`` recomputed per search from an entry alone. Each
entry's whole text cleaned as one line is stored at build (entry_lines.jsonl beside the
units, UNITS_VERSION 30) and read lazily; ``names_acronym`` compiles no pattern a
case-blind substring test rules out; ``tokenize`` and ``script`` take an ASCII text whole.
Every shortcut gives what the long way gives."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder

from rag_glossary.answer import Assistant, inline, stubs
from rag_glossary.answer.inline import whole_line
from rag_glossary.answer.names import clean_title, initials_spell, may_say, names_acronym
from rag_glossary.answer.scripts import script
from rag_glossary.errors import IndexCorruptError
from rag_glossary.index import CURRENT, build_index, load_index
from rag_glossary.lexical import _WORD, folded, stem, tokenize
from rag_glossary.models import Hit
from rag_glossary.retrieval import Retriever
from rag_glossary.stored_units import ENTRY_LINES, stored_line
from rag_glossary.unit_vectors import UNITS_VERSION
from rag_glossary.word_tokens import STOP_WORDS

ASTRO = ROOT / "eval" / "corpora" / "astro-glossary"


@pytest.fixture
def index(tmp_path: Path, fake_encoder: FakeEncoder) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(ASTRO, corpus, ignore=shutil.ignore_patterns("*.jsonl", "README.md"))
    build_index(corpus, tmp_path / "idx", encoder=fake_encoder)  # type: ignore[arg-type]
    return tmp_path / "idx"


def _generation(index: Path) -> Path:
    return index / (index / CURRENT).read_text().strip()


def test_the_stored_lines_are_the_cleaned_ones_for_every_entry(index: Path) -> None:
    loaded = load_index(index)
    assert loaded.manifest.units_version == UNITS_VERSION >= 30  # lines stored since 30
    store = loaded.entry_units
    assert store is not None
    lines = (_generation(index) / ENTRY_LINES).read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(loaded.entries) > 30
    for entry in loaded.entries:
        assert store.line_of(entry.body) == whole_line(entry.body)
    assert store.line_of("a text no entry has") is None


def test_a_search_with_answer_first_reads_the_lines_instead_of_cleaning(
    index: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    retriever = Retriever.load(index, encoder=fake_encoder)
    assert retriever.stored_units is not None
    assert retriever.stored_units._line_by_body is None  # nothing read up front
    stubs._inline_body.cache_clear()
    cleaned: list[str] = []

    def cleaning(body: str) -> str:
        cleaned.append(body)
        return inline.whole_line(body)

    monkeypatch.setattr(stubs, "whole_line", cleaning)
    hits = retriever.retrieve("what is an astronomical unit", answer_first=True).hits
    assert hits and cleaned == []
    assert retriever.stored_units._line_by_body is not None
    first = retriever.entries[0]
    assert stored_line(first.body) == inline.whole_line(first.body)
    stubs._inline_body.cache_clear()


def test_an_index_without_stored_lines_cleans_them_as_before(
    index: Path, fake_encoder: FakeEncoder
) -> None:
    generation = _generation(index)
    (generation / ENTRY_LINES).unlink()
    manifest = json.loads((generation / "manifest.json").read_text())
    manifest["units_version"] = 29  # round 40's index: units stored, lines not
    (generation / "manifest.json").write_text(json.dumps(manifest))
    retriever = Retriever.load(index, encoder=fake_encoder)
    assert retriever.stored_units is None
    assert stored_line(retriever.entries[0].body) is None
    stubs._inline_body.cache_clear()
    answer = Assistant(retriever, use_llm=False).ask("what is an astronomical unit")
    assert answer.text and answer.citations
    stubs._inline_body.cache_clear()


def test_a_missing_or_damaged_lines_file_asks_for_a_rebuild(index: Path) -> None:
    path = _generation(index) / ENTRY_LINES
    text = path.read_text(encoding="utf-8")
    path.unlink()
    with pytest.raises(IndexCorruptError, match=r"entry_lines\.jsonl is missing.*rebuild"):
        load_index(index)
    path.write_text(text.replace('"', "", 1), encoding="utf-8")
    loaded = load_index(index)
    assert loaded.entry_units is not None
    with pytest.raises(IndexCorruptError, match=r"entry_lines\.jsonl is damaged"):
        loaded.entry_units.line_of(loaded.entries[0].body)
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")  # a line short
    loaded = load_index(index)
    assert loaded.entry_units is not None
    with pytest.raises(IndexCorruptError, match="does not match the index"):
        loaded.entry_units.line_of(loaded.entries[0].body)


def _names_acronym_by_pattern(hit: Hit, acronym: str) -> bool:
    """Round 40's names_acronym: a pattern compiled for every pair."""
    if any(alias.lower() == acronym.lower() for alias in hit.entry.aliases):
        return True
    spelled = rf"{re.escape(' '.join(hit.title.split()))}\s*\({re.escape(acronym)}\)"
    one_word = re.fullmatch(r"[A-Za-z][A-Za-z0-9-]{1,7}", acronym) is not None
    body = hit.entry.body[:300]
    if one_word and "(" in body and re.search(spelled, body, re.IGNORECASE):
        return True
    bracket = rf"\({re.escape(acronym)}\)"
    in_title = "(" in hit.title and re.search(bracket, hit.title, re.IGNORECASE)
    if in_title and clean_title(hit.title) and not hit.title.endswith(":"):
        return True
    return one_word and initials_spell(hit, acronym)


def test_names_acronym_gives_the_pattern_s_verdict_on_real_entries(index: Path) -> None:
    entries = load_index(index).entries
    hits = [Hit(e.id, e.title, e.source, e.url, "", 0.0, e) for e in entries]
    asked = ["AU", "au", "pc", "LY", "ISM", "AGN", "Kpc", "x-ray", "HR"]
    named = 0
    for hit in hits:
        for acronym in asked:
            expected = _names_acronym_by_pattern(hit, acronym)
            assert names_acronym(hit, acronym) == expected, (hit.title, acronym)
            named += expected
    assert named >= 2  # "Astronomical unit" is AU, "Light year" LY
    # re folds "ı" and the Kelvin sign to ASCII letters: no verdict on such text
    assert may_say("(ki)", "Kelvin (Kı)") and re.search(r"\(ki\)", "Kelvin (Kı)", re.I)
    assert not may_say("(au)", "Astronomical Unit") and may_say("(AU)", "a unit (au)")


def _tokenize_word_by_word(text: str) -> list[str]:
    words = (folded(w.lower()) for w in _WORD.findall(text))
    return [stem(w) for w in words if w not in STOP_WORDS]


def _script_by_name(text: str) -> str:
    counts = Counter(unicodedata.name(c, "?").split(" ", 1)[0] for c in text if c.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


def test_tokenize_and_script_take_an_ascii_text_whole_with_the_same_result() -> None:
    texts = [line for f in sorted(ASTRO.glob("*.md")) for line in f.read_text().splitlines()]
    texts += ["İstanbul Straße", "Über die Größe", "", "42 -- !", "ASCII and ünïcode"]
    for text in texts:
        assert tokenize(text) == _tokenize_word_by_word(text)
        assert script(text) == _script_by_name(text)
    assert script("1 + 2") == "" and script("Parsec") == "LATIN"
