"""Round 30 lane K: reading the question (real entries of the eval corpora; round 29's
grades of dataviz, behecon, forest and photo).

- "when is a dual axis chart ... ok to use", "is IBIS worth it": a judgement asked of X
  trails it as scaffolding, so X is the asked term (named-missing, or found);
- "an axis where each tick is ten times ...", "chart with a box for the middle half ...":
  a description of a kind of a bare generic title word ("X-axis", "Chart") is not answered
  by that entry when it says few of the describing words;
- "why do charities show a photo ...": a plain plural the verb's subject is no named term;
- "shooting raw and jpeg", "the dimensions of a full frame sensor": the light verb of a
  comparison's side and the dimension asked of a thing are no words of the term;
- "what kelvin number makes light look warm and orange": the entry that states the number
  asked takes the answer from the unit's entry, which states none;
- the meaning overrides read the first three hits (answer/meaning_choice.py).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus, ranked_hits
from helpers import fixed_meaning
from shared_index import shared_index

from rag_glossary import Assistant, Retriever
from rag_glossary.answer.meaning_choice import (
    MEANING_LEAD,
    MEANING_RANKS,
    closer_in_meaning,
    states_asked_number,
)
from rag_glossary.answer.question import analyze
from rag_glossary.coverage import extract_key_terms
from rag_glossary.coverage.bare_kind import bare_title, kind_unsaid, opens_on
from rag_glossary.coverage.noun_phrase import plain_plural
from rag_glossary.judgement import KIND_REASON


def _term(question: str) -> tuple[str, bool]:
    first = extract_key_terms(question)[0]
    return first.text, first.term_style


def test_a_judgement_asked_of_x_trails_it() -> None:
    assert _term("when is a dual axis chart with a secondary y-axis ok to use") == (
        "dual axis chart",
        True,
    )
    assert _term("is IBIS worth it") == ("ibis", True)
    assert _term("is a prime lens worth buying") == ("prime lens", True)


def test_a_plain_plural_subject_of_do_is_no_named_term() -> None:
    question = "why do charities show a photo of one sick child instead of numbers about thousands"
    assert _term(question) == ("charities", False)
    assert plain_plural("charities") and plain_plural("doctors")
    assert not plain_plural("bias") and not plain_plural("transformers")
    # a term that is no everyday plural still names ("why do transformers use attention")
    assert _term("why do transformers use attention") == ("transformers", True)
    assert _term("temperature when sampling from an llm") == ("temperature", True)


def test_side_verbs_and_dimensions_are_no_words_of_the_term() -> None:
    terms = extract_key_terms("whats the difference between shooting raw and jpeg")
    assert [t.text for t in terms] == ["raw", "jpeg"]
    assert _term("what are the dimensions of a full frame sensor") == ("full frame sensor", True)


def test_bare_title_and_a_description_opening_on_it() -> None:
    assert bare_title("X-axis") == "axis" and bare_title("Chart") == "chart"
    assert bare_title("Pie chart") is None
    assert opens_on("an axis where each tick is ten times the one before", "axis")
    assert not opens_on("what is an axis", "axis")
    entries, _ = outside_corpus("dataviz-glossary")
    chart = entries["dataviz-glossary#chart"]
    box = "chart with a box for the middle half of the data and whiskers out to the min and max"
    assert kind_unsaid(box, "chart", chart)
    # a description its bare entry says ("graphical representation of data") is left alone
    assert not kind_unsaid(
        "chart that is a graphical representation of worksheet data", "chart", chart
    )


@pytest.fixture(scope="module")
def dataviz(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("dataviz-glossary", tmp_path_factory))


@pytest.mark.parametrize(
    "question",
    [
        "an axis where each tick is ten times the one before so tiny and huge values fit on "
        "the same graph",
        "chart with a box for the middle half of the data, a line at the middle value and "
        "whiskers out to the min and max",
    ],
)
def test_a_kind_of_a_bare_title_word_is_refused(dataviz: Retriever, question: str) -> None:
    result = dataviz.retrieve(question, k=5)
    assert not result.covered
    assert result.reason == KIND_REASON


def test_a_dual_axis_chart_is_named_missing(dataviz: Retriever) -> None:
    answer = Assistant(dataviz, use_llm=False).ask(
        "when is a dual axis chart with a secondary y-axis ok to use"
    )
    assert not answer.covered
    assert answer.text.startswith("dual axis chart")


def test_the_bare_entries_still_answer_their_own_questions(dataviz: Retriever) -> None:
    assistant = Assistant(dataviz, use_llm=False)
    assert assistant.ask("x axis vs y axis").citations == (
        "dataviz-glossary#x-axis",
        "dataviz-glossary#y-axis",
    )
    assert assistant.ask("what is a chart").citations == ("dataviz-glossary#chart",)


KELVIN, COLOR = "photo-glossary#kelvin", "photo-glossary#color-temperature"
WARM = "what kelvin number makes light look warm and orange"


def test_the_entry_stating_the_asked_number_takes_the_answer() -> None:
    entries, idf = outside_corpus("photo-glossary")
    hits = ranked_hits(entries, KELVIN, COLOR, "photo-glossary#white-balance")
    q = analyze(WARM)
    meaning = fixed_meaning({KELVIN: 0.657, COLOR: 0.666})
    assert states_asked_number(q, hits[0], hits, idf, meaning) is hits[1]
    # not when the stating entry is less close in meaning, nor when no number is asked
    farther = fixed_meaning({KELVIN: 0.657, COLOR: 0.6})
    assert states_asked_number(q, hits[0], hits, idf, farther) is None
    plain = analyze("what makes light look warm and orange")
    assert states_asked_number(plain, hits[0], hits, idf, meaning) is None


def test_the_third_hit_much_closer_in_meaning_may_take_the_answer() -> None:
    # forest-012's shape: the entry that answers was third, and only the first two hits
    # were read; now the first MEANING_RANKS are
    assert MEANING_RANKS == 3
    entries, idf = outside_corpus("photo-glossary")
    raw, jpeg, burst = "photo-glossary#raw", "photo-glossary#jpeg", "photo-glossary#burst-mode"
    hits = ranked_hits(entries, raw, jpeg, burst)
    q = analyze("shooting many frames per second in a quick continuous sequence")
    meaning = fixed_meaning({raw: 0.3, jpeg: 0.3, burst: 0.3 + MEANING_LEAD + 0.05})
    assert closer_in_meaning(q, hits[0], hits[:MEANING_RANKS], idf, meaning) is hits[2]
    assert closer_in_meaning(q, hits[0], hits[:2], idf, meaning) is None
