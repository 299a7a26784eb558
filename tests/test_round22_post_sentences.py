"""Round 22 post-fix, lane S: the right entry, the wrong sentences (real entries of the
eval corpora and the shipped corpus, real idf; the misspelt question end to end with the
real model):

- a first sentence that is a definition without a subject ("A name for small (usually
  phonetic) annotations that are rendered alongside text.") or that names the term as what
  it defines ("... rules to define 'grapheme clusters', which approximate ...") is the
  entry's definition, though a later sentence opens with the name ("'Ruby' is a British
  and Japanese printing term", "Grapheme clusters are used as ..."): writing-003, -007;
- a yes/no question asks whether its subject does something: the sentence whose subject
  that word is ("Unicode encodes letter+ijam combinations ...") is about it
  (writing-019);
- a question naming the entry's term keeps the entry's opening: the sentences asked for
  its second part take the room the opening leaves (holdout10-019).
"""

from __future__ import annotations

import pytest
from answer_helpers import answer_from, corpus_by_id, outside_answer, outside_corpus, ranked_hits
from shared_index import shared_assistant

from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.pieces import make_group
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_score import _asked_subject, _opens_with

WRITING = "writing-glossary#"


def _pool(*texts: str) -> list[tuple[Unit, list[str]]]:
    return [(Unit(t, "sentence", at, 0), ["x"]) for at, t in enumerate(texts)]


def test_a_subjectless_first_sentence_is_the_definition() -> None:
    entries, _ = outside_corpus("writing-glossary")
    ruby = entries[WRITING + "ruby"]
    group = make_group(ranked_hits(entries, ruby.id)[0], [])
    found = definition_of(group.units, "ruby")
    assert found is not None and found[0].text.startswith("A name for small (usually phonetic)")
    # the shapes it stands for: a kind and what sets it apart, no verb of its own
    for first in (
        "A system input that is 0 for t < 0 and a constant greater than 0 for t ≥ 0.",
        "On a tree, a node that is ancestral with respect to another node.",
        "A set of shell commands stored in a file for re-use.",
    ):
        pool = _pool(first, "A step input is a common input used to test a system response.")
        assert definition_of(pool, "step input") == pool[0]
    # a first sentence whose subject is another term still gives way
    taylor = _pool(
        "The Taylor series of a function is an infinite series of terms.",
        "Taylor series expansion refers to the process of finding these terms for a function.",
    )
    assert definition_of(taylor, "Taylor series expansion") == taylor[1]
    monte = _pool(
        "Simulate 1 million experiments to get statistics!",
        "Monte Carlo methods are a broad class of computational algorithms that rely on ...",
    )
    assert definition_of(monte, "Monte Carlo method") == monte[1]


def test_a_first_sentence_defining_the_term_by_name_is_the_definition() -> None:
    pool = _pool(
        "The Unicode Standard uses generalised rules to define 'grapheme clusters', which"
        " approximate the likely grapheme boundaries in a writing system.",
        "Grapheme clusters are used as a basic unit of text for operations including deletion.",
    )
    assert definition_of(pool, "grapheme cluster") == pool[0]


def test_another_name_in_the_entry_is_answered_by_its_definition_first() -> None:
    text, cited = outside_answer("writing-glossary", "furigana meaning", WRITING + "ruby")
    assert cited == (WRITING + "ruby",)
    assert text.startswith("ruby: A name for small (usually phonetic) annotations")
    assert "often also called furigana in Japan" in text


@pytest.mark.slow
def test_a_misspelt_what_is_keeps_the_entry_opening(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("writing-glossary", tmp_path_factory)
    answer = assistant.ask("whats a grapheme cluser")
    assert answer.citations == (WRITING + "graphemecluster",)
    assert "approximate the likely grapheme boundaries" in answer.text


def test_a_yes_no_questions_subject_is_the_answering_sentences_subject() -> None:
    question = "does unicode have separate precomposed characters for arabic letters with ijam dots"
    q = analyze(question)
    assert _asked_subject(q) == "unicode"
    assert _asked_subject(analyze("what is a grapheme cluster")) == ""
    assert _asked_subject(analyze("is there a name for this")) == ""  # no word of the question
    said = "Unicode encodes letter+ijam combinations as atomic characters."
    assert _opens_with(q.focus, said, "unicode")
    assert not _opens_with(q.focus, said)  # "encodes" defines nothing on its own
    text, _ = outside_answer("writing-glossary", question, WRITING + "ijam")
    assert "Unicode encodes letter+ijam combinations as atomic characters" in text
    assert text.startswith("ijam: A diacritic in the Arabic script")


def test_a_two_part_question_keeps_the_opening_of_the_entry_it_names() -> None:
    text, _ = answer_from(
        corpus_by_id(),
        "what is a multimodal model and how does it help robots",
        "ai-glossary-m-site#multimodal-model",
    )
    assert text.startswith("Multimodal models go beyond traditional language models")
    assert "Multimodal models enhance robotics" in text
