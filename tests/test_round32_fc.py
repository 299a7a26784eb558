"""Round 32 follow-up C2: two-part questions and same-name entries, on the blind sets'
real entries (eval/corpora), composed without a model.

- the trailing field of a two-part question ends where its second question begins
  (answer/settings.py): "what is fire in a diamond and what causes it" asks "causes",
  and Dispersion ("... causes "fire" in diamonds") joins Fire's answer, cited;
- a sentence of only another copy's title words ("TTL: Time To Live" beside "TTL (Time
  To Live): Automatic data expiration rule ...") says nothing that copy does not
  (pieces.spells_other_title): neither its text nor its citation is shown;
- the setting after a question that says only the entry's name ("time to live *on a
  clickhouse table*") is no second thing asked: Distributed Table stays out.
"""

from __future__ import annotations

from answer_helpers import outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.pieces import make_group, spells_other_title
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.settings import setting_words

GEM = "gem-glossary"
DWH = "dwh-glossary"


def test_the_second_question_of_a_two_part_one_is_no_field() -> None:
    entries, _ = outside_corpus(GEM)
    fire = ranked_hits(entries, "gem-glossary#fire")[0]
    q = analyze("what is fire in a diamond and what causes it")
    assert "cause" not in setting_words(q, fire) and "causes" not in setting_words(q, fire)
    # a field that ends the question is still one
    plain = analyze("what is fire in a diamond")
    assert "diamond" in setting_words(plain, fire)


def test_the_entry_saying_the_cause_answers_the_second_part() -> None:
    text, cited = outside_answer(
        GEM,
        "what is fire in a diamond and what causes it",
        "gem-glossary#dispersion",
        "gem-glossary#fire",
        "gem-glossary#idiochromatic",
    )
    assert cited == ("gem-glossary#fire", "gem-glossary#dispersion")
    assert text.startswith("Fire: Flashes of spectral colours")
    assert "separation of white light" in text
    assert "Idiochromatic" not in text


def test_a_copy_that_only_spells_out_the_other_title_adds_nothing() -> None:
    entries, _ = outside_corpus(DWH)
    hits = ranked_hits(entries, "dwh-glossary#ttl", "dwh-glossary#ttl-time-to-live")
    short, full = hits
    (unit,) = entry_units(short.entry)
    assert unit.text.startswith("Time To Live")
    assert spells_other_title(short, unit, hits)
    # the rule's own text is no title of the other copy
    assert not any(spells_other_title(full, u, hits) for u in entry_units(full.entry))
    group = make_group(short, hits)
    assert all(ids == ["dwh-glossary#ttl-time-to-live"] for _, ids in group.units)


def test_time_to_live_on_a_table_is_the_ttl_rule_alone() -> None:
    text, cited = outside_answer(
        DWH,
        "time to live on a clickhouse table",
        "dwh-glossary#ttl",
        "dwh-glossary#merge",
        "dwh-glossary#distributed-table",
        "dwh-glossary#ttl-time-to-live",
    )
    assert cited == ("dwh-glossary#ttl-time-to-live",)
    assert "Automatic data expiration rule" in text
    assert "Time To Live.[" not in text and "Distributed Table" not in text


def test_a_setting_after_other_words_than_the_name_stays_asked() -> None:
    entries, _ = outside_corpus(DWH)
    ttl = ranked_hits(entries, "dwh-glossary#ttl-time-to-live")[0]
    assert setting_words(analyze("time to live on a clickhouse table"), ttl) == {
        "clickhouse",
        "table",
    }
    # "deleting old rows" is not the entry's name: the table is part of what is asked
    assert not setting_words(analyze("deleting old rows on a clickhouse table"), ttl)
