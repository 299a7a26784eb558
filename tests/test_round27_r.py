"""Round 27, lane R: refusals of questions whose term the glossary has, and refusals
that name a broken span (real entries of the eval corpora, round 26's blind batch).

- a clipped word is the long word it starts: "mic polar patterns" is Microphone Types /
  Polar Patterns (theatre-019); an everyday word is never read as clipped ("data" is no
  "database") and a short cut-off is a suffix ("transform" / "transformer");
- a focusing adverb opens no name: "just concatenating strings" is looked up as
  "concatenating strings", String concatenation (in SQL) (websec-021);
- "what goes into X": "what" is the subject, "goes into" its verb and preposition, and X
  the term (abtest-016; theatre-038, a negative, is now refused as "technical rider");
- a subject pronoun inside the key term ("shot they [give you]") makes a clause, named
  in no refusal (dental-028).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.name_lookup import _clips_into
from rag_glossary.coverage.term_words import wh_subject_verb_dropped

T, W, D = "theatre-glossary#", "websec-glossary#", "dental-glossary#"
A = "flashcards_section_13#"


def test_a_clipped_word_finds_the_title_it_starts() -> None:
    found = outside_coverage("theatre-glossary").check(
        "what kinds of mic polar patterns are there", [f"{T}microphone-types--polar-patterns"]
    )
    assert found.found is True
    assert found.entry_ids == (f"{T}microphone-types--polar-patterns",)


def test_only_an_unusual_long_enough_clip_counts() -> None:
    assert _clips_into(("mic", "polar", "pattern"), ("microphone", "type", "polar", "pattern"))
    assert not _clips_into(("data", "drift"), ("database", "drift"))  # an everyday word
    assert not _clips_into(("transform", "block"), ("transformer", "block"))  # a suffix
    assert not _clips_into(("polar", "pattern"), ("polar", "pattern"))  # nothing clipped


def test_a_focusing_adverb_is_no_word_of_the_term() -> None:
    question = (
        "whats the diff between a prepared statement and just concatenating strings into the sql"
    )
    terms = [t.text for t in extract_key_terms(question)]
    assert terms == ["prepared statement", "concatenating strings"]
    found = outside_coverage("websec-glossary").check(
        question, [f"{W}prepared-statement", f"{W}string-concatenation-in-sql"]
    )
    assert found.found is True


def test_a_term_running_into_a_subject_pronoun_is_named_in_no_refusal() -> None:
    question = "the shot they give you so your mouth goes numb before drilling"
    missing = outside_coverage("dental-glossary").check(question, [f"{D}radiographs"])
    assert missing.found is False
    assert missing.named_missing is None


def test_the_verb_of_a_wh_subject_is_no_term() -> None:
    question = "what goes into a sample size calculation for an ab test"
    assert [t.text for t in extract_key_terms(question)] == ["sample size calculation"]
    found = outside_coverage("abtest-glossary").check(question, [f"{A}616-sample-size-calculation"])
    assert found.found is True
    assert found.entry_ids == (f"{A}616-sample-size-calculation",)


def test_an_auxiliary_or_a_verb_without_its_preposition_stays() -> None:
    said = "what has to happen before a sprint review"
    assert wh_subject_verb_dropped(said, said.split(" ", 1)[1]) == said.split(" ", 1)[1]
    said = "what goes into the"
    assert wh_subject_verb_dropped(said, "goes into the") == "goes into the"
    said = "which uses more memory"
    assert wh_subject_verb_dropped(said, "uses more memory") == "uses more memory"
