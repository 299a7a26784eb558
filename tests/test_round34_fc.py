"""Round 34 follow-up FC: the composer and the answer's text on what the blind sets'
readers found (real entries, real model).

- a measure question that only describes its term ("how long you hang around on the boat
  between two dives") is close in meaning to any text stating a figure, so the runner-up
  that states a number where the first hit states none (Safety Stop's "3-5 minutes")
  does not take the answer from the first (Surface Interval) unless it also says more of
  the question's words;
- the alias a question asks by links also when the question adds words to it ("what is a
  roulette in pottery", "roman arch kiln"); a capitals-only glossary's alias is no
  acronym ("BISQUE ROLLER (also ROULETTE)");
- a PDF's broken line-end hyphen ("glass- formers") is joined as the answer is shown; a
  suspended hyphen ("pre- and post-") and a dash without its space ("extension- is") stay.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.alias_link import asked_alias, linked
from rag_glossary.answer.pieces import Statement, make_group
from rag_glossary.answer.rendering import mend_hyphens
from rag_glossary.models import Entry, Hit


def test_a_number_alone_does_not_take_a_described_first_hit(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("dive-glossary", tmp_path_factory)
    answer = assistant.ask("how long you hang around on the boat between two dives")
    assert answer.citations[0] == "dive-glossary#surface-interval"
    assert answer.text.startswith("Surface Interval: The time spent at the surface")


def test_an_alias_inside_the_term_links(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("pottery-glossary", tmp_path_factory)
    answer = assistant.ask("what is a roulette in pottery")
    assert answer.citations == ("pottery-glossary#bisque-roller",)
    assert answer.text.startswith("BISQUE ROLLER (also ROULETTE): Small stamp-wheel")
    answer = assistant.ask("roman arch kiln")
    assert answer.citations == ("pottery-glossary#barrel-arch",)
    assert answer.text.startswith("BARREL ARCH (also ROMAN ARCH): Kiln arch")


def _hit(title: str, aliases: tuple[str, ...], body: str) -> Hit:
    anchor = title.lower().replace(" ", "-")
    entry = Entry(f"g#{anchor}", "g", anchor, title, aliases, body, (), None, "g.md", 1)
    return Hit(entry.id, title, "g", None, body, 1.0, entry)


def test_asked_alias_prefers_the_whole_term() -> None:
    hit = _hit("Standard Model", ("plain model", "bare model"), "The simplest model.")
    group = make_group(hit, [hit], frozenset())
    assert asked_alias("plain model", group) == "plain model"
    assert asked_alias("plain model in physics", group) == "plain model"
    assert asked_alias("plainer model", group) == ""
    # an inflected word inside a description is no alias asked by (phylo-glossary-014)
    split = _hit("bipartition", ("split",), "A partition of the leaf set of a tree.")
    group_split = make_group(split, [split], frozenset())
    assert asked_alias("tree where every node splits in exactly two", group_split) == ""
    assert asked_alias("split on a tree", group_split) == "split"
    said = [Statement("Standard Model: The simplest model.", (hit.id,))]
    out = linked("the plain model in physics", group, said)
    assert out[0].text == "Standard Model (also plain model): The simplest model."
    initials = _hit("Multilevel model", ("MLM",), "A model of nested data.")
    group = make_group(initials, [initials], frozenset())
    said = [Statement("Multilevel model: A model of nested data.", (initials.id,))]
    assert linked("mlm regression", group, said)[0].text.startswith("Multilevel model (MLM):")


def test_mend_hyphens(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert mend_hyphens("combined with acids (glass- formers) and") == (
        "combined with acids (glass-formers) and"
    )
    assert mend_hyphens("in spontaneous- fermented beer") == "in spontaneous-fermented beer"
    for kept in (
        "used in pre- and post-processing",
        "first- or second-order models",
        "the saccular extension- is useful",
        "mid- to late-stage",
        "a list:\n- item one",
        "Hello - world",
    ):
        assert mend_hyphens(kept) == kept
    assistant = shared_assistant("pottery-glossary", tmp_path_factory)
    answer = assistant.ask("acids vs bases in glaze chemistry")
    assert "(glass-formers)" in answer.text
    assert "glass- formers" not in answer.text
