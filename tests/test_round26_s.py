"""Round 26, lane S: the right entry, the right sentences of it (real entries of the eval
corpora; round 25's graders of k8s, law and transit).

- a stop before a lower-case word that opens a clause ends a sentence: memberlist's
  second sentence opens with its own lower-case name (k8s-013); a stray stop inside a
  phrase ("machine. learning models") still does not;
- a short title whose stop closes an abbreviation is a name: "ibid." and "id." label
  their comparison sides (law-020);
- a question counting the points it wants ("the three parts") is answered by the
  sentence that numbers that many, "(1) ... (2) ... (3)" (law-015);
- a phrase after the last side of a comparison ("los vs vmt for evaluating new
  development") is asked of both sides, so each side says it where it can (transit-020);
- a comparison asking "which one ... more" is answered by each side's figure: of the
  sentences that answer, one with a number (transit-021).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer
from shared_index import shared_assistant

from rag_glossary.answer.names import clean_title
from rag_glossary.answer.question import analyze
from rag_glossary.answer.sentences import sentences
from rag_glossary.answer.shapes import _asked
from rag_glossary.answer.unit_score import asked_count, enumerated

K, LAW, T = "k8s-glossary#", "law-glossary#", "transit-glossary#"


def test_a_lower_case_name_opening_a_clause_starts_a_sentence() -> None:
    body = (
        "memberlist is a Go library that manages cluster membership and member failure "
        "detection using a gossip based protocol. memberlist is eventually consistent "
        "but converges quickly on average."
    )
    assert len(sentences(body)) == 2
    stray = "Tools that improve performance of machine. learning models in production use."
    assert sentences(stray) == [
        "Tools that improve performance of machine learning models in production use."
    ]
    text, cited = outside_answer(
        "k8s-glossary",
        "go lib that uses gossip to figure out which members of a cluster are still alive",
        K + "memberlist",
    )
    assert cited == (K + "memberlist",)
    assert "protocol. Memberlist is eventually consistent" in text


def test_an_abbreviation_title_is_a_name() -> None:
    assert [clean_title(t) for t in ("ibid.", "id.", "infra.", "Opus/Op.")] == [
        "ibid.",
        "id.",
        "infra.",
        "Opus/Op.",
    ]
    for sentence in ("Look for shapes and colours using CNN.", "Valuable insight."):
        assert clean_title(sentence) == ""
    question = "ibid vs id in legal citations whats the difference"
    text, cited = outside_answer("law-glossary", question, LAW + "ibid", LAW + "id")
    assert cited == (LAW + "ibid", LAW + "id")
    lines = text.splitlines()
    assert lines[0].startswith("ibid.: Used to") and lines[1].startswith("id.: Used to")


def test_a_counted_question_takes_the_numbered_sentence() -> None:
    question = "what does the government have to prove to pass strict scrutiny, like the 3 parts"
    assert asked_count(question) == 3 and asked_count("is it two-sided") == 0
    assert enumerated("only if (1) a, (2) b, and (3) c") == 3
    assert enumerated("in f(1) and f(2)") == 0
    text, cited = outside_answer("law-glossary", question, LAW + "strict-scrutiny-test")
    assert cited == (LAW + "strict-scrutiny-test",)
    assert "(1) it is necessary to achieve a compelling government interest" in text
    assert "(3) it is the least restrictive means" in text


def test_a_trailing_phrase_is_asked_of_both_sides() -> None:
    q = analyze("los vs vmt for evaluating new development, whats the difference")
    assert {"evalua", "develo", "new"} <= _asked(q)  # stems


def test_the_comparison_side_says_the_asked_phrase(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("transit-glossary", tmp_path_factory)
    answer = assistant.ask("los vs vmt for evaluating new development, whats the difference")
    assert answer.citations == (T + "los-level-of-service", T + "vmt-vehicle-miles-traveled")
    assert "use VMT instead of LOS for evaluating development impacts" in answer.text
    # "which one gets more ...": each side's figure, not its sentence without one
    yielding = assistant.ask("hawk beacon vs rrfb, which one gets more drivers to actually yield")
    assert "driver yielding rates exceed 90%" in yielding.text
    assert "from around 15-20% with standard signs to 80-95% with RRFBs" in yielding.text
