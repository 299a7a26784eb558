"""Round 26, after the blind batch (chess, seismo, supplychain; designed on them, so no
blind measurement of these rules):

- "... by latitude, longitude, and depth. Also called the focus.": a sentence of its own
  inside the definition that gives another name is an alias, as a line of its own was;
  a listed name ("an inner node or branch node", "freewheeling or snubber diode") is
  each name (seismo-007 "what is the focus of an earthquake" had been refused).
- "... the lecturer keeps saying we need a control tower, what is that actually": with
  no "about X" / "called X", "that" refers back to the noun phrase the statement ends
  on, unless a preposition puts it there ("recover after a crash", supplychain-004 had
  been refused).
- "e.p." next to a move: letters written apart with stops are one abbreviation, spelled
  by an entry's name (En Passant; chess-006 had been refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.coverage.asked_back import asked_back
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.corpus import load_corpus

CORPORA = ROOT / "eval" / "corpora"


def _aliases(corpus: Path, entry_id: str) -> tuple[str, ...]:
    return next(e.aliases for e in load_corpus(corpus).entries if e.id == entry_id)


def test_an_also_called_sentence_inside_the_definition_gives_an_alias() -> None:
    aliases = _aliases(CORPORA / "seismo-glossary", "seismo-glossary#hypocenter")
    assert "focus" in aliases


@pytest.mark.parametrize(
    ("corpus", "entry_id", "names"),
    [
        ("phylo-glossary", "phylo-glossary#internal-node", {"inner node", "branch node"}),
        ("ee-glossary", "ee-glossary#flyback-diode", {"freewheeling diode", "snubber diode"}),
        ("sailing-glossary", "sailing-glossary#coming-about", {"tacking"}),
    ],
)
def test_each_listed_other_name_is_an_alias(corpus: str, entry_id: str, names: set[str]) -> None:
    assert names <= set(_aliases(CORPORA / corpus, entry_id))


def test_a_sentence_that_merely_starts_with_also_called_mid_line_needs_a_stop_before_it() -> None:
    assert also_known_aliases("A thing also called the focus of attention.") == []
    assert also_known_aliases("A thing. Also called the focus. More text.") == ["focus"]


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        (
            "doing a supply chain risk module for my ops management class and the lecturer"
            " keeps saying we need a control tower, what is that actually",
            "what is control tower",
        ),
        ("they use a kanban board, what is it", "what is kanban board"),
    ],
)
def test_that_refers_back_to_the_noun_phrase_the_statement_ends_on(
    question: str, read_as: str
) -> None:
    assert asked_back(question) == read_as


@pytest.mark.parametrize(
    "question",
    [
        "database writes every change to an append only file on disk before applying it so it"
        " can recover after a crash, what is that",
        "carbon offsets for a datacenter, what are they",
    ],
)
def test_a_noun_phrase_after_a_preposition_is_no_name_referred_back_to(question: str) -> None:
    assert asked_back(question) == question


@pytest.mark.parametrize(
    ("corpus", "question", "entry_id"),
    [
        (
            "chess-glossary",
            "what does e.p. mean next to a pawn move in the notation",
            "chess-glossary#en-passant",
        ),
        ("seismo-glossary", "what is the focus of an earthquake", "seismo-glossary#hypocenter"),
        (
            "supplychain-glossary",
            "doing a supply chain risk module for my ops management class and the lecturer"
            " keeps saying we need a control tower, what is that actually",
            "supplychain-glossary#control-tower",
        ),
    ],
)
def test_the_blind_batch_refusals_fixed_after_it_are_answered(
    corpus: str, question: str, entry_id: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(CORPORA / corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[:1] == (entry_id,)


def test_an_http_header_named_in_a_sentence_is_no_run_together_list() -> None:
    """websec-003/-017 (round 26's second blind batch): a reader sees clean text."""
    from rag_glossary.answer_metrics import dirty_reasons

    header = (
        "Credentialed Request (CORS): A cross-origin request that includes cookies; requires "
        "Access-Control-Allow-Credentials: true and cannot use Access-Control-Allow-Origin: *.[1]"
    )
    assert dirty_reasons(header) == []
    run_on = "the count of the Pre-Test Data: x and the Post-Test Data: y"
    assert dirty_reasons(run_on) == ["run-together list"]


def test_an_acronym_in_one_file_belongs_to_the_entry_that_spells_it() -> None:
    """websec (round 26's second blind batch): "Credentialed Request (CORS)" names its
    topic in the parentheses; CORS is "CORS (Cross-Origin Resource Sharing)"'s name."""
    corpus = CORPORA / "websec-glossary"
    assert "CORS" not in _aliases(corpus, "websec-glossary#credentialed-request-cors")
    assert "CORS" in _aliases(corpus, "websec-glossary#cors-cross-origin-resource-sharing")


def test_a_shared_acronym_no_entry_spells_stays_on_each() -> None:
    from rag_glossary.models import Entry
    from rag_glossary.parsing.acronym_owners import settle_acronyms

    def entry(title: str) -> Entry:
        return Entry(
            id=f"g#{title}",
            source="g",
            anchor=title,
            title=title,
            aliases=("XSS",),
            body="b",
            see_also=(),
            url=None,
            file="g.md",
            line=1,
        )

    settled = settle_acronyms([entry("Cross-Site Scripting"), entry("Stored attack")])
    assert [e.aliases for e in settled] == [("XSS",), ("XSS",)]
