"""Round 23 post-fix, lane Q: parsing the second batch's glossaries.

- run-in bold terms: a paragraph running two or more ``**Term** - definition.`` items
  together (neuro-glossary: every letter's terms in one paragraph under ``### A``) is that
  many entries, and the letter heading over them is no entry (PARSER_VERSION 32);
- a bold line whose only text is a quotation (gamedev-glossary's "**Game Foundations**"
  over "> Definitions of key terms ...") is a tagline, and a heading whose only text is a
  code block ("## Common Variable Names") is no entry; a one-line ``See X.`` body links X;
- ``Name (Other name)`` titles get both names when one spells the other's initials
  word by word, hyphenated and camel-cased words counted apart (``HUD (Heads-Up Display)``,
  ``RAF (requestAnimationFrame)``) or by word prefixes (``VSync (Vertical Sync)``).
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.corpus_files import PARSER_VERSION
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.base import acronym_aliases
from rag_glossary.parsing.clean import pointer_target
from rag_glossary.parsing.md_leads import run_in_leads

N, G = "neuro-glossary#", "gamedev-glossary#"


@lru_cache(maxsize=2)
def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / name).entries}


def test_version_bumped() -> None:
    assert PARSER_VERSION >= 32


def test_run_in_bold_terms_are_one_entry_each() -> None:
    neuro = _entries("neuro-glossary")
    assert len(neuro) == 47
    assert N + "p" not in neuro and N + "neuro-glossary" not in neuro  # letters, intro
    assert neuro[N + "gyrus"].body == "A ridge on the cerebral cortex."
    parsimony = "A 'less is better' concept of frugality. Aka, Occam's Razor."
    assert neuro[N + "parsimony"].body == parsimony
    # "** Collateral Fiber**": a stray space after the opening bold still opens an item
    assert neuro[N + "collateral-fiber"].body == "A lateral branch of an axon."
    dorsal = neuro[N + "dorsal-column-nuclei"].body
    assert dorsal.startswith("a pair of nuclei") and "Double dissociation" not in dorsal


def test_run_in_needs_a_sentence_end_and_a_separator() -> None:
    two = run_in_leads("**Alpha** - The first one. **Beta** - The second one.")
    assert [lead[0] for _, lead in two] == ["Alpha", "Beta"]
    # bold words inside a sentence, or with no separator after them, open no item
    assert run_in_leads("**Alpha** - The first, unlike **Beta** - the second.") == []
    assert run_in_leads("**Alpha** - The first one. **Beta** is the second.") == []


def test_a_run_in_page_is_read_as_bold_terms() -> None:
    text = (
        "### A\n\n**Apple** - A fruit. **Axe** - A tool. **Arc** - A curve.\n\n"
        "### B\n\n**Bee** - An insect.\n"
    )
    assert [e.title for e in parse_text(text, "x", file="x.md")] == ["Apple", "Axe", "Arc", "Bee"]


def test_taglines_and_code_sections_are_no_entries() -> None:
    gamedev = _entries("gamedev-glossary")
    assert G + "game-foundations" not in gamedev
    assert G + "common-variable-names" not in gamedev
    assert G + "acceleration" in gamedev


def test_a_see_body_links_its_target() -> None:
    gamedev = _entries("gamedev-glossary")
    assert gamedev[G + "lerp-linear-interpolation"].see_also == ("Interpolation",)
    assert gamedev[G + "state-machine"].see_also == ("FSM (Finite State Machine)",)
    assert pointer_target("See below.") == []
    assert pointer_target("See Interpolation, or the lerp formula.") == []
    assert pointer_target("A blend of two values. See Interpolation.") == []


def test_bracketed_expansions_are_aliases() -> None:
    gamedev = _entries("gamedev-glossary")
    assert gamedev[G + "hud-heads-up-display"].aliases == ("HUD", "Heads-Up Display")
    assert gamedev[G + "raf-requestanimationframe"].aliases[0] == "RAF"
    assert gamedev[G + "vsync-vertical-sync"].aliases == ("VSync", "Vertical Sync")
    assert "AABB" in gamedev[G + "aabb-axis-aligned-bounding-box"].aliases
    # the old whole-word rule still holds: "VBx (Variational Bayes x-vectors)"
    assert acronym_aliases("VBx (Variational Bayes x-vectors)")[0] == "VBx"
    assert acronym_aliases("CAT (Dog House)") == []


@pytest.mark.slow
def test_neuro_answers_quote_one_term(tmp_path_factory: pytest.TempPathFactory) -> None:
    neuro = shared_assistant("neuro-glossary", tmp_path_factory)
    answer = neuro.ask("gyrus")
    assert answer.covered and answer.citations == (N + "gyrus",)
    assert "Gamma motor neurons" not in answer.text
    both = neuro.ask("afferent vs efferent")
    assert set(both.citations) == {N + "afferent", N + "efferent"}
