"""Fixes after round 19's blind measurement, with the real entries of its two blind sets:

- sqldb-glossary: "rdbms stands for what" was refused on the missing term "rdbms stands";
- aigov-glossary: "what counts as a serious incidnet ..." was refused on the missing term
  "counts"; "iso/iec 27001 meaning" was answered from ISO/IEC 42001 (a near spelling that
  changes the standard's number); the records' "group: EU AI Act." lines closed answers.
"""

from __future__ import annotations

from answer_helpers import corpus_by_id, outside_corpus, outside_coverage, ranked_hits

from rag_glossary.answer import extractive_answer
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.scaffolding import strip_scaffolding

RDBMS = "sqldb-glossary#rdbms-relational-database-management-system"
INCIDENT = "aigov-glossary#serious-incident"
ISO_42001 = "aigov-glossary#iso-42001"


def test_question_frames_around_a_term_are_scaffolding() -> None:
    assert strip_scaffolding("rdbms stands for what") == "rdbms"
    assert strip_scaffolding("what counts as a serious incident").startswith("serious incident")
    assert strip_scaffolding("what qualifies as a high risk ai system").startswith("high risk")


def test_the_blind_false_refusals_find_their_entries() -> None:
    sqldb, aigov = outside_coverage("sqldb-glossary"), outside_coverage("aigov-glossary")
    rdbms = sqldb.check("rdbms stands for what")
    assert rdbms.found and RDBMS in rdbms.entry_ids
    incident = aigov.check("what counts as a serious incidnet under the ai act")
    assert incident.found and INCIDENT in incident.entry_ids


def test_a_near_spelling_does_not_change_a_number() -> None:
    aigov = outside_coverage("aigov-glossary")
    other = aigov.check("iso/iec 27001 meaning")
    assert not (other.found and ISO_42001 in other.entry_ids)
    same = aigov.check("iso/iec 42001 meaning")
    assert same.found and ISO_42001 in same.entry_ids
    # Digits inside a word spell it: "megan" still finds M3GAN.
    shipped = CoverageIndex(list(corpus_by_id().values()))
    megan = shipped.check("the megan movie")
    assert megan.found and "ai-glossary-m#m3gan-movie" in megan.entry_ids


def test_a_records_group_line_is_no_answer_sentence() -> None:
    entries, idf = outside_corpus("aigov-glossary")
    entry = entries[INCIDENT]
    assert "group:" in entry.body
    text, cited = extractive_answer(
        ranked_hits(entries, INCIDENT, term="x"), "what is a serious incident", idf
    )
    assert cited == (INCIDENT,)
    assert "group" not in text.lower()
    asked, _ = extractive_answer(
        ranked_hits(entries, INCIDENT, term="x"), "which group is serious incident in", idf
    )
    assert "Group:" in asked or "group:" in asked
