"""Round 49 lane FL: the Lustre glossary's blind misses.

* A comparison side with a trailing setting ("export in lustre") was answered from the
  entry the setting names (Lustre, the glossary's own subject): a title that says none
  of the side's words before the setting does not name the side (side_entry.hit_for), so
  the side's own lookup (sides.side_hits) brings its entry (Export).
* "data on mdt (DoM)": a bracketed word that is the initials of the words right before
  it is their acronym; when the glossary has neither, the question names a term it lacks
  (spelled_out.acronym_after), not MDT, which one of the words names.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.spelled_out import acronym_after

LUSTRE = "lustre-glossary"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("data on mdt (DoM) explained", ("data on mdt", "dom")),
        ("what is return on investment (ROI)", ("return on investment", "roi")),
        ("object storage target (OST) meaning", ("object storage target", "ost")),
        # the initials of the words before the bracket are not the bracket's word
        ("what is the metadata server (MDS)", None),
        ("what crf value (constant rate factor) should i pick", None),
    ],
)
def test_acronym_after(question: str, expected: tuple[str, str] | None) -> None:
    assert acronym_after(question) == expected


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("import vs export in lustre", ("import", "export")),
        ("import vs export", ("import", "export")),
    ],
)
def test_setting_names_no_side(
    question: str, cited: tuple[str, ...], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(LUSTRE, tmp_path_factory).ask(question)
    assert answer.citations == tuple(f"{LUSTRE}#{x}" for x in cited)


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("data on mdt (DoM) explained", False),
        ("metadata target (MDT) explained", True),
        ("what is the metadata server (MDS)", True),
        ("object storage target (OST) meaning", True),  # the glossary has both names
    ],
)
def test_own_acronym_unheld(
    question: str, covered: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert shared_assistant(LUSTRE, tmp_path_factory).ask(question).covered is covered
