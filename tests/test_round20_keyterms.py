"""Round 20, the key term of named questions (round 19's blind review of sqldb-glossary and
aigov-glossary): no false refusals from a badly read term, no answers from a shared word.

- "how does two-phase commit work": the verb "work" goes with the scaffolding, so the term
  does not end in a verb; it is named in the refusal and, as a sibling of COMMIT, refused;
- "nist ai risk management framework": a question that is only a bare noun phrase of 5-6
  content words names a term (it was judged as a description and answered from NIS2);
- "the three vs of big data": counted parts of Y ask about Y;
- "trigerr": a doubled letter written on the wrong letter is one slip (Trigger);
- "what is a bayesian network": a kind word the entry that only mentions the modifier never
  uses names another thing (two words); a list number before a title ("621. Bayesian
  Testing") is no word of its name; in a comparison, the best entry found for one side is
  no sibling of the other side ("a type 1 and a type 2 error");
- "one-vs-rest": a hyphenated "vs" is no contrast, and no boundary inside the compound.

"""

from __future__ import annotations

import pytest
from answer_helpers import corpus_by_id, outside_coverage
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.scaffolding import strip_scaffolding

COMMIT = "sqldb-glossary#commit"
TRIGGER = "sqldb-glossary#trigger"
BIG_DATA = "sqldb-glossary#big-data"
NIS2 = "aigov-glossary#nis2"
MISSINGNESS = "ai-glossary-m-site#missingness"
BAYESIAN_TESTING = "flashcards_section_13#621-bayesian-testing"


def test_a_verb_stripped_with_the_scaffolding_leaves_a_clean_term() -> None:
    (commit,) = extract_key_terms("how does two-phase commit work")
    assert commit.text == "two phase commit" and commit.term_style and commit.clean
    # the subject's verb still makes a clause of the term it ends
    (knows,) = extract_key_terms("how does a transformer know the order of tokens")[:1]
    assert not knows.clean


def test_two_phase_commit_is_a_sibling_of_commit() -> None:
    sqldb = outside_coverage("sqldb-glossary")
    missing = sqldb.check("how does two-phase commit work", [COMMIT, "sqldb-glossary#transaction"])
    assert missing.found is False and missing.sibling and missing.named_missing
    assert missing.named_missing == "two phase commit"


def test_a_bare_noun_phrase_of_five_or_six_words_names_a_term() -> None:
    (nist,) = extract_key_terms("nist ai risk management framework")
    assert nist.term_style
    (msle,) = extract_key_terms("when should i use mean squared logarithmic error (msle)")
    # round 21: the initials that repeat the words before them are no word of the term
    assert msle.text == "mean squared logarithmic error" and msle.term_style
    # not a phrase with a function word, nor one that goes on, nor a gerund's action
    assert not extract_key_terms("giving a whole series one category label")[0].term_style
    glossed = "what are the steps inside multi head attention, from the q k v projections to x"
    assert not extract_key_terms(glossed)[0].term_style
    aigov = outside_coverage("aigov-glossary")
    refused = aigov.check("nist ai risk management framework", [NIS2])
    assert refused.found is False and refused.term_style
    found = aigov.check("texas responsible ai governance act", ["aigov-glossary#traiga"])
    assert found.found and "aigov-glossary#traiga" in found.entry_ids


def test_counted_parts_of_y_ask_about_y() -> None:
    assert strip_scaffolding("what are the three vs of big data") == "big data"
    assert strip_scaffolding("the 4 pillars of mlops") == "mlops"
    # a count that starts a name is kept
    assert strip_scaffolding("two phase locking") == "two phase locking"
    sqldb = outside_coverage("sqldb-glossary")
    big = sqldb.check("what are the three vs of big data", [BIG_DATA])
    assert big.found and big.entry_ids == (BIG_DATA,)


def test_a_doubled_letter_on_the_wrong_letter_is_one_slip() -> None:
    sqldb = outside_coverage("sqldb-glossary")
    typo = sqldb.check("what is a trigerr in sql")
    assert typo.found and typo.entry_ids == (TRIGGER,)
    # a word no corpus word shares its undoubled spelling with stays missing
    assert sqldb.check("what is a trigrr").found is False


def test_a_kind_the_modifier_entry_never_names_is_another_thing() -> None:
    abtest = outside_coverage("abtest-glossary")
    network = abtest.check("what is a bayesian network", [BAYESIAN_TESTING])
    assert network.key_term == "bayesian network" and network.found is False
    assert network.sibling  # "621. Bayesian Testing": the list number is no word of it
    # three words: still covered by the entry whose text has the first two
    shipped = CoverageIndex(list(corpus_by_id().values()))
    handling = shipped.check("missing data handling", [MISSINGNESS])
    assert handling.found and MISSINGNESS in handling.entry_ids
    both = abtest.check(
        "whats the diff between a type 1 and a type 2 error",
        ["flashcards_section_13#618-type-ii-error", "flashcards_section_13#617-type-i-error"],
    )
    assert not both.sibling


def test_a_hyphenated_vs_is_no_contrast() -> None:
    (terms,) = extract_key_terms("one-vs-rest for multiclass classification with binary ones")
    assert terms.text == "one vs rest" and terms.term_style
    assert len(extract_key_terms("precision vs recall")) == 2


@pytest.fixture(scope="module")
def sqldb_retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("sqldb-glossary", tmp_path_factory))


def test_the_blind_set_answers_and_refusals(sqldb_retriever: Retriever) -> None:
    refused = sqldb_retriever.retrieve("how does two-phase commit work")
    assert not refused.covered and refused.key_term == "two phase commit"
    for question, entry in (
        ("what is a trigerr in sql", TRIGGER),
        ("what are the three vs of big data", BIG_DATA),
    ):
        result = sqldb_retriever.retrieve(question)
        assert result.covered and result.hits[0].id == entry, question
