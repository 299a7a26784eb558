"""Round 24 post-fix, lane P: names the glossary writes but the parser lost (real entries
of the eval corpora).

- a two-column table of abbreviations and their expansions (pk-glossary's closing
  ``| Abbreviation | Full Term |``) is an abbreviation list: a row naming an entry of the
  page adds aliases to it instead of an empty duplicate entry, any other row is an entry
  whose text is its expansion, and that text answers ("BID: Twice Daily.");
- "(also X)" in a title gives X as an alias ("commit-ish (also committish)");
- "what does X mean in Y": X is the term, not "x mean" (key terms and the retriever's term
  signal), also after a statement and a comma;
- a one-letter name in a title's parentheses ("Bioavailability (F)") is the term signal
  of a question that writes that letter alone and as the title does.
"""

from __future__ import annotations

from pathlib import Path

from answer_helpers import outside_answer, outside_corpus, outside_coverage

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.parsing import PARSER_VERSION, load_corpus
from rag_glossary.parsing.abbrev_tables import is_abbreviation_list
from rag_glossary.parsing.body_names import second_name_aliases
from rag_glossary.terms import TermMatcher, extract_term, without_setting

PK, GIT = "pk-glossary#", "git-glossary#"
CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def test_parser_version_bumped() -> None:
    assert PARSER_VERSION >= 34


def test_an_abbreviation_table_names_entries_and_adds_the_missing_ones() -> None:
    entries, _ = outside_corpus("pk-glossary")
    for empty in ("tmdd", "cl", "auc", "be", "nlme"):
        assert PK + empty not in entries  # no empty duplicate of a defined term
    assert "NLME" not in entries[PK + "nlme-nonlinear-mixed-effects"].title.split("(")[1]
    assert "Nonlinear Mixed Effects" in entries[PK + "nlme-nonlinear-mixed-effects"].aliases
    bid = entries[PK + "bid"]
    assert bid.body == "Twice Daily" and bid.aliases == ("Twice Daily",)
    assert entries[PK + "tost"].body == "Two One-Sided Tests"
    assert all(e.body.strip() for e in entries.values())


def test_which_tables_are_abbreviation_lists() -> None:
    assert is_abbreviation_list([("BID", "Twice Daily"), ("AUC", "Area Under the Curve")])
    # a term table: terms are words, or the second column is prose
    assert not is_abbreviation_list([("Overfitting", "Fits noise"), ("Bias", "Error")])
    assert not is_abbreviation_list([("API", "An interface."), ("SDK", "A kit of tools.")])


def test_other_table_glossaries_keep_their_entries() -> None:
    entries = load_corpus(CORPORA / "pm-glossary")
    listed = entries.entries if hasattr(entries, "entries") else entries
    assert listed and all(not e.id.endswith("#bid") for e in listed)


def test_an_expansion_row_answers() -> None:
    text, cited = outside_answer("pk-glossary", "what does bid mean", PK + "bid", PK + "tmax")
    assert text.startswith("BID: Twice Daily") and cited == (PK + "bid",)
    assert outside_coverage("pk-glossary").check("twice daily").found


def test_also_in_a_title_is_an_alias() -> None:
    assert second_name_aliases("commit-ish (also committish)") == ["committish"]
    entries, _ = outside_corpus("git-glossary")
    assert entries[GIT + "def_commit-ish"].aliases == ("committish",)
    assert entries[GIT + "def_tree-ish"].aliases == ("treeish",)
    text, cited = outside_answer(
        "git-glossary", "committish meaning", GIT + "def_commit-ish", GIT + "def_commit"
    )
    assert cited == (GIT + "def_commit-ish",) and "dereferenced" in text


def test_what_does_x_mean_in_a_setting() -> None:
    terms = [t.text for t in extract_key_terms("what does F mean in a pk model")]
    assert terms == ["f"]
    assert [t.text for t in extract_key_terms("what does dag mean in git")] == ["dag"]
    assert [t.text for t in extract_key_terms("what does hud stand for in games")] == ["hud"]
    it = extract_key_terms("what does it mean for a function to be one-to-one")
    assert [t.text for t in it] != ["it"]


def test_a_setting_after_the_meaning_verb_is_no_part_of_the_term() -> None:
    assert extract_term(without_setting("what does F mean in a pk model")) == "f"
    said = "the model output says F = 0.6, what does F mean in a pk model"
    assert without_setting(said) == "what does F mean"
    endogenous = "what does it mean for a variable to be endogenous"
    assert without_setting(endogenous) == endogenous


def test_a_one_letter_name_is_matched_as_written() -> None:
    entries, _ = outside_corpus("pk-glossary")
    listed = list(entries.values())
    matcher = TermMatcher(listed)
    bioavailability = next(i for i, e in enumerate(listed) if e.id == PK + "bioavailability-f")
    volume = next(i for i, e in enumerate(listed) if e.id == PK + "volume-of-distribution-v")
    assert matcher.scores("what does F mean in a pk model").get(bioavailability) == 1.0
    assert volume not in matcher.scores("what is a good v")
    assert bioavailability not in matcher.scores("what does f mean")  # not as the title writes it
