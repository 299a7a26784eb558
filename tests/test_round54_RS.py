"""Round 54 lane RS: answer residuals round 53 left open.

- trig-glossary-017 "quanto mede cada angulo interno de um triangulo equilatero": the pair
  "ângulo interno" (Ângulo's family: Ângulo reto, Ângulo agudo, ... but no "interno") was
  read as a kind of angle the glossary lacks, though the question says a two-word name
  whole (Triângulo equilátero): the pair is what is asked of that named thing
  (coverage/language_lookup.py ``_asked_of_longer``).
- unixstd-glossary-016 "what are the four parts posix.1-2001 is split into": the answer
  stopped after the first of the four parts; a picked sentence that counts the things the
  question asks of ("... is broken into four parts:") brings exactly that many labelled
  paragraphs after it, past the answer's usual length (answer/next_said.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.next_said import announced_members
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.coverage import CoverageIndex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def trig() -> CoverageIndex:
    return CoverageIndex(list(load_corpus(CORPORA / "trig-glossary").entries))


@pytest.fixture(scope="module")
def unixstd() -> dict[str, Entry]:
    return {e.anchor: e for e in load_corpus(CORPORA / "unixstd-glossary").entries}


# --- a family head's pair beside a longer name -------------------------------------------


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("quanto mede cada angulo interno de um triangulo equilatero", "triângulo equilátero"),
        ("o angulo interno de um triangulo retangulo", "triângulo retângulo"),
    ],
)
def test_a_pair_asked_of_a_longer_name_is_no_missing_kind(
    trig: CoverageIndex, question: str, term: str
) -> None:
    found = trig.check(question)
    assert found.found and found.key_term == term


def test_a_pair_alone_is_still_a_missing_kind(trig: CoverageIndex) -> None:
    # no other name said: "ângulo interno" is a kind of Ângulo the glossary lacks
    missing = trig.check("o que é um angulo interno")
    assert missing.found is False and missing.key_term == "ângulo interno"


# --- the members a counted sentence announces -------------------------------------------


def _pool(entry: Entry) -> list[tuple[Unit, list[str]]]:
    return [(u, [entry.id]) for u in entry_units(entry)]


def _announcing(pool: list[tuple[Unit, list[str]]]) -> dict[int, tuple[Unit, list[str]]]:
    at = next(x for x in pool if "four parts:" in x[0].text)
    return {pool[0][0].position: pool[0], at[0].position: at}


def test_the_four_parts_announced_are_all_quoted(unixstd: dict[str, Entry]) -> None:
    pool = _pool(unixstd["posix1-2001"])
    picked = _announcing(pool)
    announced_members(pool, picked, _focus("four parts posix.1-2001 split"), idf)
    texts = [u.text for u, _ in picked.values()]
    assert [t.split(":")[0] for t in texts[2:]] == ["XSH", "XCU", "XRAT"]
    assert "XBD:" in texts[1]  # the first part is glued to its count's sentence


def test_members_come_only_when_the_question_says_what_is_counted(
    unixstd: dict[str, Entry],
) -> None:
    pool = _pool(unixstd["posix1-2001"])
    picked = _announcing(pool)
    announced_members(pool, picked, _focus("document posix.1-2001"), idf)
    assert len(picked) == 2


def test_a_count_its_paragraphs_do_not_meet_adds_nothing(unixstd: dict[str, Entry]) -> None:
    # "two levels of conformance: ..." is followed by prose, no labelled paragraphs
    pool = _pool(unixstd["posix1-2001"])
    at = next(x for x in pool if "two levels" in x[0].text)
    picked = {at[0].position: at}
    announced_members(pool, picked, _focus("levels conformance"), idf)
    assert len(picked) == 1


def _focus(words: str) -> frozenset[str]:
    return frozenset(tokenize(words))


def idf(token: str) -> float:
    return 1.0
