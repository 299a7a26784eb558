"""Round 54 lane WS: words typed without their letters' marks in Latin-script languages.

grafy-glossary-018 "ile wierzcholkow w gwiezdzie moze nie byc lisciem" (GWIAZDA: "Takie
drzewo, że co najwyżej jeden wierzchołek nie jest liściem") was refused by the check that
another entry says more of the question's words (judgement_share.word_shares): Polish is
stemmed with its marks, so the question's "lisciem" (stem "lisc") was a word no entry holds,
weighed as the rarest, while GWIAZDA's "liściem" stems "liśc". In a Latin-script language
of language_stems.MARKED_STEMS_READ, a question's plain stem no entry writes is read as the
one marked stem whose plain form it is (LexicalIndex.stem_column); a plain form two marked
stems share is neither, and a stem the glossary writes plain is its own.
"""

from __future__ import annotations

import numpy as np
import pytest
from shared_index import shared_assistant

from rag_glossary.judgement_share import SHARE_MAX, word_shares
from rag_glossary.language_stems import MARKED_STEMS_READ, PLAIN_STEMS, marked_stems
from rag_glossary.lexical import LexicalIndex

_GRAFY = "grafy-glossary"


def test_a_plain_stem_reads_the_one_marked_stem() -> None:
    columns = ["~liśc", "~drzew", "~wierzchołk", "liściem"]
    assert marked_stems(columns, "~") == {"~lisc": "~liśc", "~wierzcholk": "~wierzchołk"}


def test_two_marked_stems_of_one_plain_form_are_neither() -> None:
    # French "pêche" and "péché": "pech" is neither
    assert marked_stems(["~pêch", "~péch", "~vin"], "~") == {}


def test_a_stem_the_glossary_writes_plain_is_its_own() -> None:
    assert marked_stems(["~liśc", "~lisc"], "~") == {}


def test_the_languages_read_are_latin_ones_stemmed_with_marks() -> None:
    assert "pl" in MARKED_STEMS_READ and "ro" in MARKED_STEMS_READ
    assert not MARKED_STEMS_READ & PLAIN_STEMS  # those compare plain stems already
    assert "vi" not in MARKED_STEMS_READ and "en" not in MARKED_STEMS_READ


def _lexical(language: str | None) -> LexicalIndex:
    data = np.ones(2, dtype=np.float32)
    vocab = {"~liśc": 0, "liściem": 1}
    indptr = np.array([0, 1, 2], dtype=np.int64)
    return LexicalIndex(data, np.zeros(2, dtype=np.int32), indptr, vocab, 1, language)


def test_stem_column_reads_marks_only_in_the_languages_read() -> None:
    assert _lexical("pl").stem_column("lisciem") == "~liśc"
    assert _lexical("pl").stem_column("liściem") == "~liśc"
    assert _lexical(None).stem_column("lisciem") == "~lisciem"


def test_grafy_star_says_the_question_words_typed_plain(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    retriever = shared_assistant(_GRAFY, tmp_path_factory).retriever
    lexical, entries = retriever.lexical, retriever.entries
    assert lexical.stem_column("lisciem") == lexical.stem_column("liściem")
    at = next(i for i, e in enumerate(entries) if e.id == "grafy-glossary#gwiazda")
    question = "ile wierzcholkow w gwiezdzie moze nie byc lisciem"
    shares = word_shares(lexical, question, len(entries))
    assert shares[at] > SHARE_MAX


def test_grafy_018_is_answered_by_the_star(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant(_GRAFY, tmp_path_factory)
    answer = assistant.ask("ile wierzcholkow w gwiezdzie moze nie byc lisciem")
    assert answer.covered
    assert answer.citations[0] == "grafy-glossary#gwiazda"
    assert "liściem" in answer.text
