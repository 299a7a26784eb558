"""Round 50 lane K: a Python special name ("__enter__") is a name, not Markdown bold.

The fixture is a real file (tests/fixtures/formats/SOURCES.md, "Round 44, lane PO"):
Python's glossary, whose context manager is defined "by defining :meth:`~object.__enter__`
and :meth:`~object.__exit__` methods"; the answer quoted "by defining enter and exit".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.segment import split_units
from rag_glossary.models import Entry
from rag_glossary.parsing.dialects import parse_file

FORMATS = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture(scope="module")
def pydoc() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(FORMATS / "pydoc-glossary-tr.po")}


@pytest.mark.parametrize(
    ("anchor", "names"),
    [
        ("context-manager", ("__enter__", "__exit__")),
        ("iterator", ("__iter__",)),
    ],
)
def test_special_names_keep_their_underscores(
    pydoc: dict[str, Entry], anchor: str, names: tuple[str, ...]
) -> None:
    said = " ".join(u.text for u in split_units(pydoc[anchor]))
    for name in names:
        assert name in said, (anchor, said)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        (
            "by defining __enter__ and __exit__ methods.",
            "by defining __enter__ and __exit__ methods.",
        ),
        ("calls object.__init_subclass__ first.", "calls object.__init_subclass__ first."),
        # Markdown's bold around words, or a capitalised word, is still markup
        ("__Bold text__ stays plain.", "Bold text stays plain."),
        ("a __Note__ here.", "a Note here."),
    ],
)
def test_bold_and_special_names(text: str, clean: str) -> None:
    assert clean_inline(text) == clean
