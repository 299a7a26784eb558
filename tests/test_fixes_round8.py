"""Round 8's blind-set bugs, each on real entries: an empty "covered" answer to a two-part
"what is X and how does it differ from Y" (causal-glossary 032), raw sphinxcontrib-bibtex
citation roles (causal-glossary 023, 030), and method names in code spans losing "()"
and their space (holdout5 h5-013)."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from, clean_answer, corpus_by_id, outside_corpus, ranked_hits
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.answer import assistant as assistant_module
from rag_glossary.answer import extractive
from rag_glossary.answer.assistant import Assistant
from rag_glossary.answer.context import llm_context
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.question import analyze
from rag_glossary.models import RetrievalResult
from rag_glossary.parsing import parse_text
from rag_glossary.retrieval import Retriever

CAUSAL = ROOT / "eval" / "corpora" / "causal-glossary"
ITS = (
    "what is the intervention period in an interrupted time series and how does it differ "
    "from the post-intervention period"
)
# the retrieval order the real model gives for ITS
ITS_HITS = (
    "glossary#intervention-period",
    "glossary#effect-persistence",
    "glossary#interrupted-time-series-design",
    "glossary#comparative-interrupted-time-series",
    "glossary#effect-decay",
)


# ------------------------------------------------------------------ 1. the empty answer


def test_it_in_the_second_part_is_the_term_of_the_first() -> None:
    q = analyze(ITS)
    assert q.shape == "compare"
    term = "intervention period in an interrupted time series"
    assert q.sides == (term, "post intervention period")


def test_a_compare_shape_never_goes_without_its_two_sides() -> None:
    for question in (ITS, "what is a donor pool and how does it differ from a control group"):
        q = analyze(question)
        assert q.shape != "compare" or len(q.sides) == 2


def test_the_two_part_comparison_answers_from_the_entry() -> None:
    entries, idf = outside_corpus("causal-glossary")
    text, cited = clean_answer(ranked_hits(entries, *ITS_HITS), ITS, idf)
    assert cited[:1] == ("glossary#intervention-period",)
    assert "time window between the treatment start time" in text
    assert "post-intervention period (after treatment ends)" in text


def test_no_units_fall_back_to_the_best_entrys_definition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries, idf = outside_corpus("causal-glossary")
    hits = ranked_hits(entries, *ITS_HITS)
    monkeypatch.setattr(extractive, "_compose", lambda *_args: [])
    text, cited = extractive.extractive_answer(hits, ITS, idf)
    assert cited == ("glossary#intervention-period",)
    assert text.startswith("In three-period interrupted time series designs, the intervention")
    assert text.endswith("[1]")


class _Covered:
    def __init__(self, result: RetrievalResult) -> None:
        self.result = result

    def retrieve(self, query: str, k: int = 5) -> RetrievalResult:
        del query, k
        return self.result


def test_an_empty_extract_is_never_covered(monkeypatch: pytest.MonkeyPatch) -> None:
    entries, _ = outside_corpus("causal-glossary")
    hits = tuple(ranked_hits(entries, *ITS_HITS))
    monkeypatch.setattr(assistant_module, "extractive_answer", lambda *_args: ("", ()))
    bot = Assistant(_Covered(RetrievalResult(ITS, hits, 0.9, True)), use_llm=False)
    answer = bot.ask(ITS)
    assert answer.covered is False
    assert answer.text.strip()


def test_the_llm_context_keeps_the_entry_it_answers_from() -> None:
    entries, idf = outside_corpus("causal-glossary")
    context = llm_context(ITS, ranked_hits(entries, *ITS_HITS), idf)
    assert [hit.id for hit, _ in context][:1] == ["glossary#intervention-period"]


@pytest.fixture(scope="module")
def causal(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CAUSAL, tmp_path_factory))


@pytest.mark.slow
def test_the_real_question_gets_a_cited_answer(causal: Retriever) -> None:
    answer = Assistant(causal, use_llm=False).ask(ITS)
    assert answer.covered
    assert "intervention period is the time window" in answer.text
    assert answer.citations[:1] == ("glossary#intervention-period",)


# ------------------------------------------------------------------ 2. citation roles


def _rst(definition: str) -> str:
    text = f".. glossary::\n\n   Term\n      {definition}\n"
    (entry,) = parse_text(text, "glossary", "rst", file="glossary.rst")
    return entry.body


def test_citation_roles_render_as_nothing_without_gluing_words() -> None:
    body = _rst(
        "Weights that cannot construct an accurate counterfactual :footcite:p:`abadie2010`. "
        "Also said by :cite:`a,b` authors, see :cite:p:`c`, and more."
    )
    assert body == (
        "Weights that cannot construct an accurate counterfactual. "
        "Also said by authors, see, and more."
    )


def test_a_sentence_that_only_points_to_a_reference_goes() -> None:
    body = _rst("Excluded near the threshold. See :footcite:t:`noack2024` for a discussion.")
    assert body == "Excluded near the threshold."


def test_doc_links_read_as_their_title_or_humanized_target() -> None:
    body = _rst("Read :doc:`notebooks/its_pymc` and :doc:`the guide <guide/intro>`.")
    assert body == "Read its pymc and the guide."


def test_no_role_is_left_raw_in_the_causal_glossary() -> None:
    entries, _ = outside_corpus("causal-glossary")
    assert not [e.id for e in entries.values() if "cite:" in e.body or "\ue000" in e.body]
    assert entries["glossary#convex-hull-condition"].body.endswith("accurate counterfactual.")


# ------------------------------------------------------------------ 3. code spans


def test_method_names_in_code_spans_read_as_written() -> None:
    text = "Operations like `.stack()` and `.unstack()` rely on MultiIndex."
    assert clean_inline(text) == "Operations like .stack() and .unstack() rely on MultiIndex."
    assert clean_inline("call `fit(X, y)` first") == "call fit(X, y) first"
    assert clean_inline("the `important` word") == "the important word"


def test_the_multi_level_index_answer_keeps_its_methods() -> None:
    question = (
        "in pandas can a dataframe have an index with two levels, like product and then "
        "store, so i can slice by either one"
    )
    text, _ = answer_from(corpus_by_id(), question, "data-archive-m#multi-level-index")
    assert "like .stack() and .unstack() rely" in text
