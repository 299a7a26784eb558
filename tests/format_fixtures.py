"""The real glossary files saved under tests/fixtures/formats/ (sources in its SOURCES.md),
read as a user's corpus folder would be: shared by the parser rounds' format tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def fixture_entries(tmp_path: Path, *names: str, toml: str = "") -> list[Entry]:
    """The entries of a folder holding the named fixture files (and corpus.toml, if given)."""
    for name in names:
        shutil.copy(FORMATS / name, tmp_path / name)
    if toml:
        (tmp_path / "corpus.toml").write_text(toml, encoding="utf-8")
    return list(load_corpus(tmp_path).entries)


def by_title(entries: list[Entry]) -> dict[str, Entry]:
    return {e.title: e for e in entries}
