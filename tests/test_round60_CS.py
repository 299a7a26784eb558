"""Round 60 lane CS: a comparison answered with both sides.

(1) A side whose words name no title word is given the entry whose title mirrors the other
side's: "DV vs EV certificate" (tls-glossary) ranks DV-SSL and EV-SSL first, whose
hyphenated names are one word each; the two titles are alike but for the part each side
says ("dv", "ev"), so each side has its entry (side_parallel.py). (2) "X vs Y" whose two
names share a start holding a function word ("Foshuíomh an Domhain Dhúnta vs Foshuíomh an
Domhain Oscailte", trachtas-glossary, Irish "an") reads both names whole instead of
stopping each at "an" (language_cues._parallel).
"""

from __future__ import annotations

import functools
from pathlib import Path

from rag_glossary.answer.language_cues import comparison_read
from rag_glossary.answer.question import analyze
from rag_glossary.answer.side_parallel import mirrored, mirrored_sides
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@functools.cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.title: e for e in load_corpus(CORPORA / name).entries}


def _hits(name: str, *titles: str) -> list[Hit]:
    entries = _entries(name)
    return [
        Hit(entries[t].id, t, "", None, "", 1.0 - i / 10, entries[t]) for i, t in enumerate(titles)
    ]


def test_mirrored_titles_give_each_side_its_entry() -> None:
    hits = _hits("tls-glossary", "DV-SSL", "EV-SSL", "DV", "CPD", "EV")
    sides = analyze("DV vs EV certificate, whats the difference").sides
    assert sides == ("dv", "ev certificate")
    found = mirrored_sides(sides, [None, None], hits)
    assert [h and h.title for h in found] == ["DV-SSL", "EV-SSL"]
    # one side found: the other is the title mirroring it
    assert mirrored("ev certificate", "dv", hits[0], hits) is hits[1]
    both = mirrored_sides(sides, [hits[0], None], hits)
    assert [h and h.title for h in both] == ["DV-SSL", "EV-SSL"]


def test_no_mirror_without_a_title_alike() -> None:
    # DHE and ECDHE share no title word: nothing mirrors; IKE says neither side's part
    hits = _hits("tls-glossary", "DHE", "IKE", "PAKE", "KEA")
    assert mirrored("ecdhe key exchange", "dhe", hits[0], hits) is None
    # a title saying the other side's part is never this side's
    hits = _hits("tls-glossary", "DV-SSL", "EV-SSL")
    assert mirrored("dv", "ev certificate", hits[0], hits) is None
    # both sides found: kept
    assert mirrored_sides(("dv", "ev"), hits, hits) == hits


def test_vs_names_sharing_a_function_word_read_whole() -> None:
    question = "Foshuíomh an Domhain Dhúnta vs Foshuíomh an Domhain Oscailte - cad é an difríocht?"
    read = comparison_read(question)
    assert read is not None and read[0] == "ga"
    assert analyze(question).sides == (
        "foshuíomh an domhain dhúnta",
        "foshuíomh an domhain oscailte",
    )
    entries = _entries("trachtas-glossary")
    assert {"Foshuíomh an Domhain Dhúnta", "Foshuíomh an Domhain Oscailte"} <= set(entries)
    # names without a shared function word keep the run's reading
    assert analyze("unterschied hsi vs hse").sides == ("hsi", "hse")


def test_no_mirror_when_only_one_side_says_the_shared_words() -> None:
    """holdout7 h7-028: a misread first side "as my polynomial model gets more complex"
    says "model", the second "cross validation error" does not: Model Validation is no
    mirror of Model Complexity for it."""
    shipped = {e.title: e for e in load_corpus(CORPORA.parent.parent / "corpus").entries}
    hits = [
        Hit(shipped[t].id, t, "", None, "", 1.0, shipped[t])
        for t in ("Model Complexity", "Model Validation")
    ]
    side, other = "cross validation error", "as my polynomial model gets more complex"
    assert mirrored(side, other, hits[0], hits) is None
