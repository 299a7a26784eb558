"""Round 32 lane K: which term a question asks, and whether the glossary has it (real
entries of the eval corpora; round 31's dicom, uav and carpentry grades).

- "what does a carpenter use a chisel for": the user of "use ... for" is no term;
- "what lumber sizes are typical for wall framing members": a plural attribute asked of
  what follows is no missing name (judged as described);
- "how much radiation does a patient get": an everyday subject some entry's text says is
  who it happens to, not what is asked (the missing asked term decides);
- "soft iron effects on the compass": a best entry named by the opposite modifier (Hard
  Iron) is a sibling, never other words for the term;
- "quantum algorithm for solving a big system of equations ...": a title of any length
  opening a long description is the kind described (round 31 N's rule took one word and a
  relative clause).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.bare_kind import heads_description
from rag_glossary.coverage.contrasts import contrasts
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.coverage.termcoverage import TermCoverage


def _terms(question: str) -> list[tuple[str, bool]]:
    return [(t.text, t.term_style) for t in extract_key_terms(question)]


def _check(corpus: str, question: str, *ranked: str) -> TermCoverage:
    return outside_coverage(corpus).check(question, [f"{corpus}#{r}" for r in ranked])


def test_the_user_of_use_for_is_no_term() -> None:
    assert _terms("what does a carpenter use a chisel for") == [("chisel", True)]
    assert _terms("what do carpenters use a chisel for") == [("chisel", True)]
    assert _terms("what do you use a framing square for") == [("framing square", True)]
    # a named subject without an article stays the term
    assert _terms("what does bert use for tokenization")[0][0] == "bert"
    found = _check("carpentry-glossary", "what does a carpenter use a chisel for", "wood-chisels")
    assert found.found and found.entry_ids == ("carpentry-glossary#wood-chisels",)


def test_a_plural_attribute_asked_of_what_follows_is_described() -> None:
    terms = extract_key_terms("what lumber sizes are typical for wall framing members")
    assert terms and not any(t.term_style for t in terms)
    # bare, the attribute keeps its name: "er collet sizes" is a name the glossary lacks
    assert _terms("er collet sizes") == [("er collet sizes", True)]


def test_an_everyday_subject_found_in_text_does_not_cover_the_asked_term() -> None:
    question = "how much radiation does a patient get from one ct scan, in millisieverts"
    ranked = ("mr-magnetic-resonance", "ct-computed-tomography", "patient-demographics")
    found = _check("dicom-glossary", question, *ranked)
    assert (found.key_term, found.found) == ("radiation", False)
    # a named subject the glossary has still answers for what it does
    found = _check("dl-glossary", "what extra parameters does batchnorm add to a layer")
    assert found.found


def test_opposite_modifiers_make_siblings() -> None:
    def key(text: str) -> tuple[str, ...]:
        return phrase_key(text.split())

    assert contrasts(key("soft iron effects"), key("hard iron magnetic distortion"))
    assert contrasts(key("low pass filter"), key("high pass filter"))
    assert contrasts(key("unsupervised learning"), key("supervised learning"))
    assert not contrasts(key("iron effects"), key("hard iron magnetic distortion"))
    assert not contrasts(key("soft tissue"), key("hard iron magnetic distortion"))
    found = _check(
        "uav-glossary", "soft iron effects on the compass", "hard-iron-magnetic-distortion"
    )
    assert found.found is False and found.sibling


def test_a_title_of_any_length_heading_a_description_is_the_kind_described() -> None:
    question = "quantum algorithm for solving a big system of equations ax = b much faster"
    assert heads_description(question, "quantum algorithm")
    assert heads_description(
        "those typefaces with really thick blocky rectangular serifs like on old posters",
        "those typefaces",
    )
    assert heads_description(
        "green tea that is layered with fresh flower blossoms overnight", "green tea"
    )
    assert not heads_description("what is quantum algorithm", "quantum algorithm")
    assert not heads_description("quantum algorithm for chemistry", "quantum algorithm")
    found = _check(
        "tea-glossary",
        "green tea that is layered with fresh flower blossoms overnight so it picks up "
        "their smell, the jasmine one",
        "green-tea",
    )
    assert found.found and found.generic  # judged by how its best entry stands out
    assert not _check("tea-glossary", "what is green tea", "green-tea").generic
