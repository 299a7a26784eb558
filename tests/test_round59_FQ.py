"""Round 59 lane FQ: an entry's FAQ pair that asks the user's question answers it.

Pinned with studio-glossary's records (``faq: [{q, a}]``, read as "question?\\nanswer"
paragraphs): round 58's grades 017 and 018 found the answer in the cited entry's FAQ while
the composer printed the definition. A pair matches when the user's question says most of
its question's content words (folded: "dinamicki" is "dinamički"; the glossary language's
frame words left out), more than the entry's title alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.answer.extractive import compose
from rag_glossary.answer.faq_pairs import asked_pair, faq_pairs
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(CORPORA / name).entries}


def _studio(slug: str) -> Entry:
    return _entries("studio-glossary")[f"studio-glossary#{slug}"]


def test_a_records_faq_pairs_are_read_from_its_body() -> None:
    pairs = faq_pairs(_studio("dinamicki-mikrofon").body)
    asked = [q for q, _ in pairs]
    assert "Koliko dugo traje dinamički mikrofon?" in asked
    answer = dict(pairs)["Koliko dugo traje dinamički mikrofon?"]
    assert answer.startswith("Praktički neograničeno uz normalnu upotrebu.")
    # the record's short fields after the last pair are no part of its answer
    assert answer.endswith("nakon 20-30 godina.")


def test_a_written_out_pair_is_read() -> None:
    body = "A cache keeps copies.\n\nQ: How big should a cache be?\nA: Big enough for the hot set."
    assert faq_pairs(body) == [("How big should a cache be?", "Big enough for the hot set.")]


def test_the_pair_the_question_asks_is_found() -> None:
    # studio-017, typed without marks, with a second clause the pair does not ask
    question = "koliko dugo traje dinamicki mikrofon, isplati li se kupit rabljeni sm57"
    found = asked_pair(question, _studio("dinamicki-mikrofon"))
    assert found is not None and found[0] == "Koliko dugo traje dinamički mikrofon?"
    # studio-018: "poslat" for "pripremiti", the rest said
    found = asked_pair("koliko stemova trebam poslat za stem mastering", _studio("stem-mastering"))
    assert found is not None and found[0].startswith("Koliko stemova trebam pripremiti")


def test_the_term_alone_or_a_loose_overlap_matches_no_pair() -> None:
    assert asked_pair("sta je kondenzatorski mikrofon", _studio("kondenzatorski-mikrofon")) is None
    assert asked_pair("dinamicki mikrofon", _studio("dinamicki-mikrofon")) is None
    # studio-014 (automation) against EQ's "Koje frekvencije pojačati na vokalu?": two of
    # three words in loose forms is not the pair's question
    question = "kako napravit da se vokal sam malo pojaca u refrenu i vrati u strofi"
    assert asked_pair(question, _studio("eq")) is None
    # studio-038 "linear phase EQ, kad ga koristit" is not Faza's "Što je phase flip ...?"
    assert asked_pair("linear phase EQ, kad ga koristit", _studio("faza")) is None


def test_the_faq_answer_is_the_answer() -> None:
    entry = _studio("dinamicki-mikrofon")
    hit = Hit(entry.id, entry.title, entry.source, None, "", 1.0, entry)
    question = "koliko dugo traje dinamicki mikrofon, isplati li se kupit rabljeni sm57"
    said = compose(question, [hit])
    text = " ".join(s.text for s in said)
    assert text.startswith("Praktički neograničeno uz normalnu upotrebu.")
    assert "nakon 20-30 godina" in text
    assert all(s.ids == (entry.id,) for s in said)
    # without a matching pair the entry's own choice stands: its definition leads
    said = compose("sta je dinamicki mikrofon", [hit])
    assert said[0].text.startswith("Dinamički mikrofon koristi princip")
