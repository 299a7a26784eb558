"""Round 54 second wave, lane WG: negatives answered from an entry sharing a side word.

golf-glossary-040 ("que es un gimme en match play") was answered with Match Play: the
Spanish frame dropped, the question said one name, and its entry answered a question about
"gimme", a word no entry writes, asked in match play's setting. The English frame reads "a
gimme in match play" so; the language lookup now does too (name_rest.unknown_before), when the
question asks what a thing is or means and the words before the name are no everyday words.

golf-glossary-038 ("cuales son los torneos del grand slam de golf") was read as a description
and Hándicap stood out on "golf"; "grand slam", two words side by side no entry writes and no
everyday Spanish, is the thing asked, which the glossary lacks (name_rest.unknown_run).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.name_rest import unknown_before, unknown_run
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _coverage(name: str) -> CoverageIndex:
    return CoverageIndex(load_corpus(CORPORA / name).entries)


def _unknown(word: str) -> bool:
    return word in {"gimme", "exactamente", "juega", "grand", "slam", "torneos"}


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("que es un gimme en match play", "gimme"),
        ("qué significa gimme en match play", "gimme"),
        ("cuales son los torneos del grand slam de golf", "grand slam"),
        ("como se juega un skins game", "skins game"),
    ],
)
def test_golf_unwritten_words_are_the_missing_term(question: str, term: str) -> None:
    checked = _coverage("golf-glossary").check(question)
    assert checked.key_term == term
    assert checked.found is False


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("que significa scratch en golf", "scratch"),  # the setting after the name
        ("como se juega en match play", "match play"),  # no meaning form: a verb asks
        ("que es exactamente el match play", "match play"),  # an everyday word
        ("que es el match play", "match play"),
    ],
)
def test_golf_names_still_found(question: str, name: str) -> None:
    checked = _coverage("golf-glossary").check(question)
    assert checked.key_term == name
    assert checked.found is True


def test_unknown_before_reads_the_words_before_the_setting() -> None:
    said = ["que", "es", "un", "gimme", "en", "match", "play"]
    assert unknown_before(said, ["match", "play"], "es", _unknown) == "gimme"
    # no list of everyday words for the language: not read
    assert unknown_before(said, ["match", "play"], "ro", _unknown) is None
    # the words before the name known to the glossary: not read
    assert unknown_before(said, ["match", "play"], "es", lambda w: False) is None
    # the name right after the asked word, no function word between: modifier_unsaid's
    assert unknown_before(["que", "es", "gimme", "match"], ["match"], "es", _unknown) is None


def test_unknown_run_needs_two_words_side_by_side() -> None:
    said = ["cuales", "son", "los", "torneos", "del", "grand", "slam", "de", "golf"]
    assert unknown_run(said, "es", _unknown) == "grand slam"
    # "torneos del grand": a function word between breaks the run
    assert unknown_run(["los", "torneos", "del", "grand", "de", "golf"], "es", _unknown) is None
    assert unknown_run(said, "ro", _unknown) is None


def test_unknown_run_of_three_is_no_name() -> None:
    """trmalzeme-glossary-024's "camın ısıtılınca yumuşamaya": a Turkish clause whose
    inflected forms the everyday list lacks, no name (the refusal stays the plain one)."""
    question = "camın ısıtılınca yumuşamaya başladığı sıcaklığa ne denir"
    checked = _coverage("trmalzeme-glossary").check(question)
    assert checked.key_term != "camın ısıtılınca yumuşamaya"
    assert unknown_run(["aaaa", "bbbb", "cccc"], "es", lambda w: True) is None
