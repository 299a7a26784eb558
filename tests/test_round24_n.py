"""Round 24, lane N: a name built on a title's head noun is not that title; symbol titles
and a statement before a what-question (real entries of the eval corpora).

- an English word is no slip for a glossary word: "northern blot" is not Southern Blot
  (genetics-037);
- after "a"/"an" a preposition opens a compound modifier, not a phrase: "an over the
  shoulder shot" names *over the shoulder shot*, a sibling of the "... shot" titles
  (film-033);
- a number before a singular noun is a name: "two shot" is not said by "two shots"
  (film-032);
- a topic the wh-question refers back to by its initials ("medium close-up framing,
  where does an mcu cut off", film-037) or a topic opened by a gerund and no object
  ("combining grapheme joiner what is it for", writing-037) is named;
- a symbol title is named by the symbol's written name: "exclamation mark" is `!` (Bang)
  (ledger-016);
- a statement, a comma, then a what-question asks that question ("... open a pr when
  youre done, what is a pr": Pull Request, pm-007).
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.phrases import article_compounds
from rag_glossary.coverage.text_lookup import counted_name
from rag_glossary.coverage.topic import comma_parts

F, L, PM = "film-glossary#", "ledger-glossary#", "pm-glossary#"


def _terms(question: str) -> list[tuple[str, bool]]:
    return [(t.text, t.term_style) for t in extract_key_terms(question)]


def test_an_english_word_is_not_respelled_into_a_title() -> None:
    genetics = outside_coverage("genetics-glossary")
    northern = genetics.check("what is a northern blot used for")
    assert northern.found is False and northern.named_missing == "northern blot"
    southern = genetics.check("what is a southern blot used for")
    assert southern.found and southern.how == "title"
    assert genetics.check("whats a telomer").found  # a slip is still corrected


def test_a_preposition_after_an_article_opens_a_compound() -> None:
    assert ("over", "the") in article_compounds("what is an over the shoulder shot")
    assert not article_compounds("the shot over the shoulder")
    assert _terms("what is an over the shoulder shot") == [("over the shoulder shot", True)]
    assert _terms("what is an over-the-shoulder shot") == [("over the shoulder shot", True)]
    film = outside_coverage("film-glossary")
    found = film.check("what is an over the shoulder shot")
    assert found.found is False and found.named_missing == "over the shoulder shot"


def test_a_number_before_a_singular_noun_is_a_name() -> None:
    assert counted_name(["two", "shot"]) and counted_name(["2", "shot"])
    assert not counted_name(["two", "shots"]) and not counted_name(["medium", "shot"])
    film = outside_coverage("film-glossary")
    ranked = [F + "top-shot", F + "medium-shot", F + "match-on-action"]
    two = film.check("two shot", ranked)
    assert two.found is False and two.named_missing == "two shot"
    assert film.check("what is a medium shot", ranked).how == "title"


def test_a_topic_named_by_its_initials_or_opened_by_a_bare_gerund() -> None:
    mcu = "medium close-up framing, where does an mcu cut off"
    assert _terms(mcu) == [("medium close up framing", True)]
    assert _terms("combining grapheme joiner what is it for") == [
        ("combining grapheme joiner", True)
    ]
    # a gerund and its object is still an action described, no topic
    assert not _terms("visiting the nodes level by level, what is it called")[0][1]
    found = outside_coverage("film-glossary").check(mcu, [F + "close-up"])
    assert found.named_missing == "medium close up framing"


def test_a_symbol_title_is_named_by_the_written_symbol() -> None:
    ledger = outside_coverage("ledger-glossary")
    bang = ledger.check("what does the exclamation mark on a transaction mean")
    assert bang.found and bang.how == "symbol" and bang.entry_ids == (L + "-bang",)
    assert ledger.check("what is an asterisk").entry_ids == (L + "-star",)
    assert not outside_coverage("film-glossary").check("what is an asterisk").found


def test_a_statement_then_a_what_question() -> None:
    question = "my teammate said open a pr when youre done, what is a pr"
    assert comma_parts(question) == [" what is a pr"]
    assert comma_parts("focal loss, what is it for") == ["focal loss, what is it for"]
    assert comma_parts("while training, what is a batch") == ["while training, what is a batch"]
    found = outside_coverage("pm-glossary").check(question)
    assert found.found and found.entry_ids == (PM + "pull-request",)


@pytest.mark.slow
def test_the_blind_questions_end_to_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    pm = shared_assistant("pm-glossary", tmp_path_factory)
    pr = pm.ask("my teammate said open a pr when youre done, what is a pr")
    assert pr.covered and pr.citations == (PM + "pull-request",)
    ledger = shared_assistant("ledger-glossary", tmp_path_factory)
    bang = ledger.ask("what does the exclamation mark on a transaction mean")
    assert bang.covered and bang.citations[:1] == (L + "-bang",) and "pending" in bang.text
    film = shared_assistant("film-glossary", tmp_path_factory)
    for question in ("two shot", "what is an over the shoulder shot"):
        refused = film.ask(question)
        assert not refused.covered and "is not in the glossary" in refused.text
    assert film.ask("what is a medium shot").covered
