"""Round 28 post-fix PT: the term a question names, read wrongly (round 28's first blind
batch, now a design set; real entries of eval/corpora).

- a story whose question only refers back ("what does it actually mean") names the thing
  by an entry's full title written in it: "keeps yelling mise en place at us" (cooking-005);
- a title, then a plural noun the glossary uses, is that title: "fujiwara effect typhoons"
  (weather-003), when its entry is among the top hits;
- a parenthesised title names its words in either order, one of them a slip, and a
  qualifier of the norm ("normal") is no word of the name: "normal atmospheric pressure" is
  "Pressure (Atmopsheric)" (weather-019);
- a closed compound is its open form ("eyewall": Eye Wall), and "i still dont get what X
  is" after a story asks about X (weather-004).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.title_forms import _one_slip_apart

C, W = "cooking-glossary#", "weather-glossary#"


def test_a_story_refers_back_to_the_title_it_wrote() -> None:
    question = (
        "im two weeks into culinary school and the chef keeps yelling mise en place at us, "
        "what does it actually mean"
    )
    assert extract_key_terms(question) == []
    found = outside_coverage("cooking-glossary").check(question, [f"{C}mise-en-place"])
    assert found.found is True
    assert found.key_term == "mise en place"
    assert found.entry_ids == (f"{C}mise-en-place",)


def test_a_title_then_a_plural_noun_is_the_title_when_it_ranks() -> None:
    coverage = outside_coverage("weather-glossary")
    found = coverage.check("fujiwara effect typhoons", [f"{W}fujiwhara-effect"])
    assert found.found is True
    assert found.entry_ids == (f"{W}fujiwhara-effect",)
    # not among the top hits: no anchor for the reading
    assert coverage.check("fujiwara effect typhoons", [f"{W}eye"]).found is not True


def test_a_parenthesised_misspelt_title_after_a_qualifier_of_the_norm() -> None:
    question = "normal atmospheric pressure at sea level in millibars?"
    found = outside_coverage("weather-glossary").check(question, [f"{W}pressure-atmopsheric"])
    assert found.found is True
    assert found.entry_ids == (f"{W}pressure-atmopsheric",)


def test_one_slip_apart_in_any_order() -> None:
    assert _one_slip_apart(("atmospheric", "pressure"), ("pressure", "atmopsheric"))
    assert not _one_slip_apart(("oceanic", "pressure"), ("pressure", "atmopsheric"))
    assert not _one_slip_apart(("high", "pressure"), ("low", "pressure"))  # another word, no slip


def test_a_closed_compound_is_its_open_title() -> None:
    question = (
        "we had a lesson on typhoons today and the teacher kept pointing at the eye wall on "
        "the satellite picture, i still dont get what the eyewall actually is"
    )
    assert [t.text for t in extract_key_terms(question)][:1] == ["eyewall"]
    ranked = [f"{W}eye-wall", f"{W}concentric-eye-wall-cycles"]
    found = outside_coverage("weather-glossary").check(question, ranked)
    assert found.found is True
    assert found.entry_ids == (f"{W}eye-wall",)


def test_a_closed_word_reads_open_only_for_a_whole_title() -> None:
    # "Bias (in Gen AI)" holds "gen ai" in parentheses only: "GenAI" stays Generative AI's
    coverage = outside_coverage("llm-glossary")
    assert coverage._compound_title(("genai",)) == ()
    found = coverage.check("GenAI", ["general#generative-ai", "general#bias-in-gen-ai"])
    assert found.entry_ids == ("general#generative-ai",)
