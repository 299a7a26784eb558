"""Round 22 post-fix, lane N (the blind moth- and ux-glossary reviews; these sets are now
design sets): named term or description, and which entry a named word picks.

- a bare noun phrase that says where its thing sits on a part of something ("the fleshy
  stubby legs on the back half of a caterpillar") describes it: no name to refuse with
  (moth-009: Proleg answers; moth-029, a description of spiracles, is still refused, no
  longer naming "little breathing holes along": place prepositions end a term);
- a word naming the glossary's own field, said before or after an entry's name ("edge
  cases ux", "ml dropout"), is no word of the name (ux-005); a real missing name keeps
  its words ("ipv6 address", "shielded twisted pair");
- an entry whose opening sentence gives its other name ("also called the cubitus") is
  named by it when choosing the entry that answers, as the coverage lookup already found
  it (moth-006: Cubital vein, not CuA2 whose longer name holds the word), and so is an
  entry named by the term less a word of its glossary's file name (gpu-008 "gpu dram":
  Global memory, "also known as DRAM");
- "tips for a good user interview" asks about the user interview (ux-037's refusal named
  "tips").
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.noun_phrase import _locates

M, UX = "moth-glossary#", "ux-glossary#"
PROLEG_Q = "the fleshy stubby legs on the back half of a caterpillar"
SPIRACLES_Q = "the little breathing holes along the sides of a caterpillar"


def _place(phrase: str) -> bool:
    return _locates(phrase.split())


def _named(question: str) -> tuple[str, bool]:
    term = extract_key_terms(question)[0]
    return term.text, term.term_style


def test_a_thing_told_by_where_it_sits_is_described() -> None:
    assert _named(PROLEG_Q) == ("fleshy stubby legs", False)
    assert _named(SPIRACLES_Q) == ("little breathing holes", False)
    assert _place("on the back half of a caterpillar")
    # a name with a setting, or a part of a whole named as such, stays a name
    assert not _place("on the forewing")
    assert not _place("on a switch")
    assert not _place("for the standard error of the proportion")
    assert _named("orbicluar spot on the forewing") == ("orbicluar spot", True)
    assert _named("jumbo frames on a switch, should i turn them on")[1]
    assert _named("gradient descent") == ("gradient descent", True)
    assert _named("the adam optimizer") == ("adam optimizer", True)
    assert _named("statistical power of a test")[1]


def test_a_word_naming_the_field_is_no_word_of_the_name() -> None:
    ux = outside_coverage("ux-glossary")
    for question in ("edge cases ux definition", "ux edge cases"):
        found = ux.check(question)
        assert found.found and found.how == "title" and found.entry_ids == (UX + "edge-cases",)
    assert ux.check("user interview").found is False  # "user" names the field; no Interview
    net = outside_coverage("net-glossary")
    for missing in ("what is an ipv6 address", "shielded twisted pair"):
        result = net.check(missing)
        assert result.found is False and result.term_style, missing


def test_an_opening_other_name_names_the_entry() -> None:
    text, cited = outside_answer(
        "moth-glossary",
        "what is the cubitus on a moth wing",
        *(M + i for i in ("cubital-vein", "cell", "median-vein", "tiger-moth", "cua2")),
    )
    assert cited == (M + "cubital-vein",)
    assert "wing vein arising approximately at the middle of the base of the wing" in text


def test_a_field_word_of_the_file_name_leaves_the_entry_named() -> None:
    gpu = "gpu-glossary#"
    text, cited = outside_answer(
        "gpu-glossary",
        "what is gpu dram and which threads can read it",
        *(gpu + i for i in ("memory-controller", "global-memory", "local-memory")),
    )
    assert cited == (gpu + "global-memory",) and "accessible by all CUDA threads" in text


def test_tips_for_a_thing_ask_about_the_thing() -> None:
    assert _named("tips for a good user interview") == ("user interview", True)


@pytest.mark.slow
def test_the_described_legs_are_answered_end_to_end(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    moth = shared_assistant("moth-glossary", tmp_path_factory)
    legs = moth.ask(PROLEG_Q)
    assert legs.covered and legs.citations[0] == M + "proleg"
    spiracles = moth.ask(SPIRACLES_Q)
    assert not spiracles.covered and "breathing holes along" not in spiracles.text
    ux = shared_assistant("ux-glossary", tmp_path_factory)
    edge = ux.ask("edge cases ux definition")
    assert edge.covered and edge.citations == (UX + "edge-cases",)
