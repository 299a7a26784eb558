"""Round 38 follow-up S: a line that is only a formula is a unit (softball-glossary, real
entries): a formula-only body is the entry's definition, never "has no definition"
(softball-001, 003), and a formula line under a sentence is quoted after it, as written,
without a stop glued on (softball-015, 017)."""

from __future__ import annotations

from answer_helpers import outside_corpus, ranked_hits

from rag_glossary.answer.cleaning import formula_line
from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.segment import entry_units
from rag_glossary.answer_metrics import dirty_reasons

SOFTBALL = "softball-glossary#"


def test_formula_lines_and_words() -> None:
    for line in ("=SLG-AVG", "=(H+BB)/PA", "100*(OBP/teamOBP+SLG/teamSLG-1)", "=1B+2x2B+3x3B+4xHR"):
        assert formula_line(line), line
    for words in ("Context/Side-effects.", "Direct-to-Consumer", "TCP/IP", "Step-by-step."):
        assert not formula_line(words), words


def test_a_formula_only_body_is_the_definition() -> None:
    entries, idf = outside_corpus("softball-glossary")
    entry = entries[SOFTBALL + "isolated-power"]
    assert [u.text for u in entry_units(entry)] == ["=SLG-AVG"]
    hits = ranked_hits(entries, entry.id, SOFTBALL + "strikeouts", term="isolated power")
    answer, _ = extractive_answer(hits, "what is isolated power", idf)
    assert "=SLG-AVG" in answer and "no definition" not in answer
    assert not dirty_reasons(answer)


def test_a_formula_line_under_a_sentence_is_quoted_as_written() -> None:
    entries, idf = outside_corpus("softball-glossary")
    entry = entries[SOFTBALL + "adjusted-ops"]
    assert [u.text for u in entry_units(entry)][-1] == "100*(OBP/teamOBP+SLG/teamSLG-1)"
    hits = ranked_hits(entries, entry.id, SOFTBALL + "on-base-plus-slugging", term="ops+")
    answer, _ = extractive_answer(hits, "how do you compute ops+ from the team obp and slg", idf)
    assert "higher is better. 100*(OBP/teamOBP+SLG/teamSLG-1)[1]" in answer


def test_a_contrast_then_a_clause_asking_about_it_keeps_both_sides() -> None:
    """softball-020: "X vs Y, whats the difference in how they're calculated" compares X and
    Y; a wh-clause that names its own pair keeps its own sides."""
    from rag_glossary.coverage.keyterms import extract_key_terms

    asked = "batting average vs on base percentage, whats the difference in how they're calculated"
    assert [t.text for t in extract_key_terms(asked)] == ["batting average", "on base percentage"]
    own = (
        "as my polynomial model gets more complex, what happens to the training error"
        " vs the cross validation error"
    )
    assert "cross validation error" in [t.text for t in extract_key_terms(own)]


def test_a_question_that_is_a_title_with_typos_is_that_name() -> None:
    """softball-004: "wieghted on base avrage", each word one slip from the title's, is the
    name Weighted On-Base Average (was: the one word "wieghted", found in texts, refused)."""
    from answer_helpers import outside_coverage

    coverage = outside_coverage("softball-glossary")
    ranked = [SOFTBALL + "weighted-on-base-average", SOFTBALL + "on-base-plus-slugging"]
    found = coverage.check("wieghted on base avrage", ranked)
    assert found.found and found.how == "title"
    assert found.entry_ids == (SOFTBALL + "weighted-on-base-average",)


def test_a_yes_no_questions_verb_before_as_is_no_word_of_the_term() -> None:
    """softball-018: "do foul outs count as strikeouts": "count as" is the verb, the term
    "foul outs", which Strikeouts' "Includes foul ball outs." says (was: "foul outs count",
    a missing name with a sibling, refused); a wh-question keeps its words."""
    from answer_helpers import outside_coverage

    from rag_glossary.coverage.keyterms import extract_key_terms

    asked = "do foul outs count as strikeouts in these numbers"
    assert [t.text for t in extract_key_terms(asked)] == ["foul outs"]
    magma = "how does magma change its chemistry as crystals grow and sink out of it"
    assert [t.text for t in extract_key_terms(magma)] == ["magma change its chemistry"]
    ranked = [SOFTBALL + "strikeouts", SOFTBALL + "strikeout-percentage"]
    assert outside_coverage("softball-glossary").check(asked, ranked).found
