"""Round 27 post-fix PS: a definition that opens with participles meets the plain verb or
adjective of a question describing it (round 27's blind climbing and tea sets; real
entries of the eval corpora).

- "Decking Out: Falling and hitting the ground" answers "whats it called when you fall
  all the way and hit the ground", not Spot, Spotter ("... a fall close to the ground"),
  ranked first; "Astringency: Drying, puckering sensation" answers "dry puckery feeling
  in your mouth ...", not Mouthfeel: the six-letter stem missed "fallin", "hittin", "drying";
- a participle later in a text keeps its own stem ("a dentist who only treats kids teeth"
  stays with Pedodontist, not Endodontist's "specializes in treating ...").
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus
from shared_index import shared_assistant

from rag_glossary.answer.overlap import coverage, opening_forms, stem
from rag_glossary.answer.segment import Unit
from rag_glossary.word_forms import fold


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("falling", "fall"),
        ("hitting", "hit"),
        ("drying", "dry"),
        ("dried", "dry"),
        ("puckering", "pucker"),
        ("missing", "miss"),
        ("added", "add"),
        ("planned", "plan"),
        # no form: too short a rest, or no vowel in it
        ("thing", "thing"),
        ("string", "string"),
        ("need", "need"),
        ("fall", "fall"),
    ],
)
def test_fold_strips_ing_and_ed_as_english_spells_them(word: str, base: str) -> None:
    assert fold(word) == base


def test_only_the_opening_participles_are_folded() -> None:
    assert opening_forms("Falling and hitting the ground. Ouch.") == {"fall", "hit"}
    assert opening_forms("Drying, puckering sensation from tannins.") == {"dry", stem("pucker")}
    assert opening_forms("A dentist who specializes in treating nerve infections") == set()


def test_coverage_counts_the_plain_words_of_an_opening_participle() -> None:
    entries, idf = outside_corpus("climbing-glossary")
    decking = entries["climbing-glossary#decking-out"]
    unit = Unit(decking.body.split(". ")[0], "sentence", 0, 0)
    focus = frozenset({"fall", "hit", "ground"})
    assert coverage(focus, unit, idf) == pytest.approx(1.0)


@pytest.mark.slow
def test_the_entry_defined_by_participles_answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    climbing = shared_assistant("climbing-glossary", tmp_path_factory)
    deck = climbing.ask("whats it called when you fall all the way and hit the ground")
    assert deck.citations == ("climbing-glossary#decking-out",)
    tea = shared_assistant("tea-glossary", tmp_path_factory)
    dry = tea.ask("dry puckery feeling in your mouth after a really strong black tea")
    assert dry.citations == ("tea-glossary#astringency",)
    dental = shared_assistant("dental-glossary", tmp_path_factory)
    kids = dental.ask("a dentist who only treats kids teeth")
    assert kids.citations == ("dental-glossary#pedodontist",)
