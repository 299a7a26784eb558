"""Names in a language that puts the head of a noun phrase first (round 41 follow-up Q).

"série de Taylor do seno" is a series, "FBA pan europeo" a kind of FBA: the name the short
question lookup finds (Seno, FBA) is not what is asked. Whether a language orders its
phrases head first is data (``head_first`` in data/question_forms.json), not a word list.
Two readings: words before the name, joined to it by a function word, that the name's
entries never write make the name their qualifier (the English "X of Y" is of_qualifier.py's);
a word right after the name that no entry writes is its modifier (modifier_after.py asks
that all words after it be unwritten; a head-first language says the modifier at once).
"""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping, Sequence

from rag_glossary.coverage.glossary_language import unaccented
from rag_glossary.coverage.name_rest import joined, name_at, same_stem
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.word_marks import lettered

_MIN_WORD = 3  # shorter words ("en", "d") are no head nor modifier
_MOST_WORDS = 3  # "serie de taylor": a short head
# "serie de taylor", "pan europeo": a phrase of two content words names a thing; one word
# is as often what is asked of the name ("contenance d'un demi-muid", "densité typique")
_PHRASE = 2


def head_before(
    said: Sequence[str],
    name: Sequence[str],
    frame: Collection[str],
    texts: Sequence[str],
    names: Container[tuple[str, ...]],
) -> str | None:
    """ "serie de taylor do seno": the name last, after a function word, and before it two
    or three content words that name nothing and that the name's entries (``texts``) write
    in no form: the phrase from those words on is what is asked (None: not such a one)."""
    at = name_at(said, name)
    if not at or said[at - 1] not in frame or any(w not in frame for w in said[at + len(name) :]):
        return None
    start = next((i for i, w in enumerate(said) if w not in frame), at)
    head = [w for w in said[start:at] if w not in frame]
    if not _PHRASE <= len(head) <= _MOST_WORDS or not joined(said[start : at + len(name)], frame):
        return None
    if any(not lettered(w) or len(w) < _MIN_WORD or phrase_key([w]) in names for w in head):
        return None
    written = {w for text in texts for w in unaccented(text).split()}
    if any(same_stem(unaccented(k), w) for k in head for w in written):
        return None
    return " ".join(said[start : at + len(name)])


def modifier_next(
    said: Sequence[str], name: Sequence[str], frame: Collection[str], doc_freq: Mapping[str, int]
) -> str | None:
    """ "fba pan europeo come funziona": the word right after the name, no function word
    between, a word no entry writes in any form, opening a run of two or more content
    words: the name and that run name a kind the glossary lacks (None: not such a one)."""
    at = name_at(said, name)
    end = None if at is None else at + len(name)
    if end is None or end >= len(said) or said[end] in frame:
        return None
    word = said[end]
    key = phrase_key([word])
    if not lettered(word) or len(word) < _MIN_WORD or not key or key[0] in doc_freq:
        return None
    stop = next((i for i in range(end, len(said)) if said[i] in frame), len(said))
    if stop - end < _PHRASE:
        return None
    return " ".join(said[at:stop])


def asked_before(
    said: Sequence[str],
    name: Sequence[str],
    frame: Collection[str],
    doc_freq: Mapping[str, int],
    texts: Sequence[str],
) -> str | None:
    """ "qos u mqtt jakou uroven nastavit": a question opening with a word no entry writes,
    which the name's entries (``texts``) write in no form either, joined to the name by one
    function word: what is asked is that thing of the name, which the glossary lacks (None:
    not such a one). A word some entry writes ("contenance d'un demi-muid") is as often what
    the name's entry says of it; a word after the question's frame ("c'est quoi exactement
    un délestage") as often its padding."""
    if name_at(said, name) != 2 or said[1] not in frame or said[0] in frame:
        return None
    word = said[0]
    key = phrase_key([word])
    if not lettered(word) or len(word) < _MIN_WORD or not key or key[0] in doc_freq:
        return None
    written = {w for text in texts for w in unaccented(text).split()}
    if any(same_stem(unaccented(word), w) for w in written):
        return None
    return " ".join(said[: 2 + len(name)])


def head_lent(
    first: Sequence[str], second: Sequence[str], function: Container[str]
) -> tuple[list[str], list[str]] | None:
    """ "poradie brán podľa nákladov na jeden beh vs podľa nákladov na znehodnotenie práce":
    two compared sides in a head-first language whose second opens with a function word (a
    preposition) names no thing of its own; the first side says that word after its head
    ("poradie brán" podľa ...), so the second is that head with its own modifier. The head
    is the run of content words before that word in the first side (the sides from the
    head on; None: not such a pair)."""
    if len(second) < 2 or second[0] not in function or second[0] not in first[1:]:
        return None
    at = first.index(second[0], 1)
    start = at
    while start > 0 and first[start - 1] not in function:
        start -= 1
    head = list(first[start:at])
    if not head or second[1] in function:
        return None
    return [*head, *first[at:]], [*head, *second]
