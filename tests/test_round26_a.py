"""Round 26, lane A: what the reader sees on the first blind batch (chess, seismo,
supplychain; now design sets) and crypto-007 (real entries of the eval corpora).

- an item's own label leads only when the question names it: "the mate where ... a
  knight delivers it" is answered "Smothered Mate, Composition: knight.", not
  "Composition (Smothered Mate): knight." (chess-014);
- a question that asks by an alias the title does not say gets the link: "what is the
  plain model" is answered "Standard Model (also plain model): ..." (crypto-007);
- a heading whose text is only a list is an entry, also right under an empty heading
  ("## Middle Game" then "### End Game" over "- King and Rook/Queen");
- a compound written closed or open is one name ("Hookmate" / "Hook Mate"), and of two
  copies of a term in one file the first (a table's row) leads the notes after it.
"""

from __future__ import annotations

from answer_helpers import clean_answer, outside_answer, outside_corpus, ranked_hits

from rag_glossary.answer.pieces import same_term
from rag_glossary.models import Hit

C, CR = "chess-glossary#", "crypto-glossary#"


def test_a_field_label_does_not_stand_for_the_entrys_name() -> None:
    text, cited = outside_answer(
        "chess-glossary",
        "the mate where the king is boxed in by its own pieces and a knight delivers it",
        f"{C}smothered-mate",
    )
    assert cited == (f"{C}smothered-mate",)
    assert text.startswith("Smothered Mate, Composition: knight.")


def test_a_label_the_question_names_still_leads() -> None:
    text, _ = outside_answer(
        "chess-glossary", "composition of smothered mate", f"{C}smothered-mate"
    )
    assert text.startswith("Composition (Smothered Mate): knight.")


def test_an_alias_the_question_asks_by_is_linked_to_the_title() -> None:
    text, _ = outside_answer("crypto-glossary", "what is the plain model", f"{CR}standard-model")
    assert text.startswith("Standard Model (also plain model): ")
    text, _ = outside_answer("crypto-glossary", "what is the standard model", f"{CR}standard-model")
    assert "(also" not in text


def _hit(entry_id: str) -> Hit:
    entries, _ = outside_corpus("chess-glossary")
    e = entries[entry_id]
    return Hit(e.id, e.title, e.source, e.url, e.body[:80], 1.0, e, {})


def test_a_compound_written_closed_or_open_is_one_term() -> None:
    assert same_term(_hit(f"{C}hook-mate"), _hit(f"{C}hookmate"))
    assert not same_term(_hit(f"{C}hook-mate"), _hit(f"{C}smothered-mate"))


def test_the_first_copy_in_the_file_leads_when_found_by_name() -> None:
    entries, idf = outside_corpus("chess-glossary")
    named = ranked_hits(entries, f"{C}hook-mate", f"{C}hookmate", term="hook mate")
    text, cited = clean_answer(named, "what is hook mate", idf)
    assert text.startswith("Hookmate: A mating pattern using a rook")
    assert cited[0] == f"{C}hookmate"
    # found by what its text says, the lead stays
    said = ranked_hits(entries, f"{C}hook-mate", f"{C}hookmate")
    text, _ = clean_answer(said, "what is hook mate", idf)
    assert text.startswith("Hook Mate")
