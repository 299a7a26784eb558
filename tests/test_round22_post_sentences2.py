"""Round 22 post-fix, lane S2: the right entry, the wrong sentences, second pass (real
entries of the shipped corpus and of abtest-glossary, real idf):

- the same term from several sources: a source whose first sentence is a history ("In
  1991, MoE was first introduced ...") does not lead the merged answer when another
  source opens otherwise ("Like an ensemble method ..."): holdout h021, questions q062;
- an entry that sets two terms side by side ("Model Parameters Vs Hyperparameters")
  defines each under its own heading: "whats a hyperparameter" is answered by the
  sentence under "Hyperparameter", with that heading (holdout9-004);
- the "kind phrase" definition ("A new state space model architecture which ...") is a
  noun phrase without a verb of its own: "A new ranking model might improve ..." and
  "A ranking model improves ..." are an example's subjects, not definitions;
- a question naming the entry plus a word asked of it ("manifold learning isomap") keeps
  the entry's opening, and the sentences about the extra word take the room it leaves
  (questions q026).
"""

from __future__ import annotations

from answer_helpers import answer_from, corpus_by_id, outside_corpus, ranked_hits

from rag_glossary.answer.definition import definition_of, headed_definition
from rag_glossary.answer.pieces import make_group
from rag_glossary.answer.segment import Unit

ABTEST = "flashcards_section_13#"


def test_a_history_opening_does_not_lead_the_merged_term() -> None:
    entries = corpus_by_id()
    local, arch = (
        "ai-glossary-m#mixture-of-local-experts",
        ("ai-glossary-m-site#mixture-of-experts-moe-architecture"),
    )
    hits = ranked_hits(entries, local, arch)
    assert make_group(hits[0], hits).ids == (arch, local)
    text, cited = answer_from(entries, "what is MoE", local, arch)
    assert text.startswith("Mixture-Of-Experts (MOE) Architecture: Like an ensemble method")
    assert cited[0] == arch
    # an undated opening keeps its place: the group's order is the ranking's
    hits = ranked_hits(entries, arch, local)
    assert make_group(hits[0], hits).ids == (arch, local)


def test_a_term_set_beside_another_is_defined_under_its_own_heading() -> None:
    both = "data-archive-m#model-parameters-vs-hyperparameters"
    text, cited = answer_from(corpus_by_id(), "whats a hyperparameter", both)
    assert cited == (both,)
    assert text.startswith("Hyperparameter (Model Parameters Vs Hyperparameters): These are")
    assert "not learned from the data" in text
    assert "internal variables" not in text
    pool = [(Unit("These are external settings.", "sentence", 0, 0, lead="Hyperparameter"), ["x"])]
    found = headed_definition(pool, "hyperparameters")
    assert found is not None and found[0].text == "Hyperparameter: These are external settings."
    assert headed_definition(pool, "model parameter") is None


def test_an_examples_subject_is_no_kind_phrase() -> None:
    entries, _ = outside_corpus("abtest-glossary")
    for entry_id, opening in (
        ("627-interaction-effect", "An interaction effect happens when the impact"),
        ("630-offline-vs-online-evaluation", "Offline evaluation tests models using"),
    ):
        group = make_group(ranked_hits(entries, ABTEST + entry_id)[0], [])
        found = definition_of(group.units, entries[ABTEST + entry_id].title)
        assert found is not None and found[0].text.startswith(opening), found
    # the noun phrase of the term's kind, then what sets it apart, still stands in
    pool = [
        (Unit(text, "sentence", at, 0), ["x"])
        for at, text in enumerate(
            (
                "Released by researchers at CMU in 2023!",
                "A new state space model architecture which scales linearly with length.",
            )
        )
    ]
    assert definition_of(pool, "Mamba") == pool[1]


def test_the_entry_named_with_an_extra_word_keeps_its_opening() -> None:
    text, _ = answer_from(
        corpus_by_id(), "manifold learning isomap", "data-archive-m#manifold-learning"
    )
    assert text.startswith("Manifold learning is a powerful approach")
    assert "lower-dimensional manifold" in text and "geodesic distances" in text
