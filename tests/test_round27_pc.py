"""Round 27 post-fix PC: the key term read wrongly, so a named entry was refused.

- "underwriting definition finance" (invest-005): "definition" or "explanation" then the
  field trails the term as "meaning" then the field did (coverage/scaffolding.py).
- "... keeps saying hui gan every time we taste a sheng puerh, what does it actually mean"
  (tea-004): after a noun, a determiner opens a new noun phrase; an entry's name before it
  is the term (coverage/noun_phrase.py, lookup.py); after a verb form it opens the verb's
  object, and a word some text has before it heads a description (chess-031, a negative).
- "mantel climbing move" (climbing-005): a title, then a field word and the noun it
  modifies, says what kind of thing in the field the title is (coverage/padding.py).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.noun_phrase import before_new_phrase
from rag_glossary.coverage.padding import field_kind_dropped
from rag_glossary.coverage.scaffolding import strip_scaffolding

_HUI_GAN = (
    "doing a tea sommelier course and the teacher keeps saying hui gan every time we taste"
    " a sheng puerh, what does it actually mean"
)


def test_definition_then_the_field_trails_the_term() -> None:
    assert strip_scaffolding("underwriting definition finance") == "underwriting"
    assert strip_scaffolding("mucin definition dental") == "mucin"
    assert strip_scaffolding("dod explanation agile scrum") == "dod"
    # "explained" opens names ("explained variance"): only the nouns trail
    assert strip_scaffolding("pca explained variance") == "pca explained variance"
    assert strip_scaffolding("definition of done") == "done"  # the lead, as before


def test_a_determiner_after_a_noun_opens_a_new_phrase() -> None:
    assert before_new_phrase("hui gan every time we taste a sheng puerh") == "hui gan"
    assert before_new_phrase("hui gan all the time") == "hui gan"
    assert before_new_phrase("days each year") == "days"
    # after a verb form, the determiner opens its object: no name before it
    assert before_new_phrase("rescaling every input column") == ""
    assert before_new_phrase("randomly switching off some neurons") == ""
    # "all" in a name, not before a determiner, opens nothing
    assert before_new_phrase("ring all reduce") == ""


def test_only_a_name_before_the_new_phrase_is_the_term() -> None:
    found = outside_coverage("tea-glossary").check(_HUI_GAN)
    assert (found.key_term, found.found, found.entry_ids) == (
        "hui gan",
        True,
        ("tea-glossary#hui-gan",),
    )
    # chess-031, a negative: "time" is a word of some text, the head of a description
    chess = outside_coverage("chess-glossary")
    asked = "how much time each player gets on the clock, like 10 minutes plus 5 seconds a move"
    assert chess.check(asked).key_term != "time"


def test_a_compound_without_a_determiner_stays_whole() -> None:
    # dental-040, a negative: "amalgam tattoo" is one name the glossary lacks
    term = extract_key_terms("what is an amalgam tattoo")[0]
    assert (term.text, term.term_style) == ("amalgam tattoo", True)
    found = outside_coverage("dental-glossary").check("what is an amalgam tattoo")
    assert found.found is False


def test_a_field_word_and_its_noun_after_a_title_pad_it() -> None:
    field = frozenset(("climbing", "glossary"))
    assert field_kind_dropped(("mantle", "climbing", "move"), field) == ("mantle",)
    assert field_kind_dropped(("mantle", "move"), field) == ("mantle", "move")
    assert field_kind_dropped(("sport", "climbing"), field) == ("sport", "climbing")
    climbing = outside_coverage("climbing-glossary")
    found = climbing.check("mantel climbing move")
    assert (found.found, found.entry_ids) == (True, ("climbing-glossary#mantle",))
    # the kind noun alone, no field word, is no padding: a "mantle move" is not said
    assert climbing.check("mantle move").found is False


def test_a_transposed_slip_never_reaches_another_single_word_title() -> None:
    assert outside_coverage("tea-glossary").check("what is theobromine").found is not True


@pytest.mark.parametrize(
    ("corpus", "question", "entry"),
    [
        ("invest-glossary", "underwriting definition finance", "invest-glossary#underwriting"),
        ("tea-glossary", _HUI_GAN, "tea-glossary#hui-gan"),
        ("climbing-glossary", "mantel climbing move", "climbing-glossary#mantle"),
    ],
)
def test_the_named_entry_answers(
    corpus: str, question: str, entry: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = Retriever.load(shared_index(corpus, tmp_path_factory)).retrieve(question, k=5)
    assert result.covered
    assert result.hits[0].id == entry
