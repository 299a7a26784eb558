"""A modifier after its noun: a kind of a name the glossary lacks, asked in a language that
puts the modifier second (round 38, follow-up W).

English reads "carbonic maceration" as a term the glossary lacks; French says "macération
carbonique", whose first word is the title Macération, so the short-question lookup
(other_language.py) found the title and answered the generic entry. Two signs that the
words after a name make another thing: none of them is written by any entry, or the name's
word heads a family of names (Chêne américain, Chêne français) none of which goes on with
the word said ("chêne hongrois").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence

from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.coverage.name_rest import name_at
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.forms_data import listed_words
from rag_glossary.word_marks import alnum, lettered

_MIN_MODIFIER = 3  # shorter words ("en", "d") are no modifier
_FAMILY = 2  # names going on from one head word that make it a family


def unwritten_modifier(
    said: Sequence[str], name: Sequence[str], doc_freq: Mapping[str, int], frame: Collection[str]
) -> str | None:
    """ "macération carbonique": a question (``said``) of a name then only words no entry
    writes (``doc_freq``; ``frame``: the language's function words, skipped) asks a kind of
    it the glossary lacks: that phrase (None: not such a question)."""
    content = [w for w in said if w not in frame]
    if content[: len(name)] != list(name):
        return None  # "für welche pins ist crh zuständig": the name opens no phrase
    rest = content[len(name) :]
    if not rest or any(not lettered(w) or len(w) < _MIN_MODIFIER for w in rest):
        return None
    if any(k and k[0] in doc_freq for w in rest if (k := phrase_key([w]))):
        return None
    return " ".join(said[name_at(said, name) or 0 :])


def unnamed_kind(said: Sequence[str], names: Collection[tuple[str, ...]]) -> str | None:
    """ "chêne hongrois": a family's head word followed by a word none of its names goes on
    with (the glossary names Chêne américain and Chêne français): that pair (None: none)."""
    for at, word in enumerate(said[:-1]):
        head = phrase_key([word])
        if len(head) != 1 or _family_size(head[0], names) < _FAMILY:
            continue
        pair = phrase_key(said[at : at + 2])
        if not any(key[:2] == pair for key in names):
            return " ".join(said[at : at + 2])
    return None


def _family_size(head: str, names: Collection[tuple[str, ...]], numbered: bool = False) -> int:
    """How many names start with the word ``head`` and have more words after it (a number
    next, when ``numbered``)."""
    return sum(
        1
        for key in names
        if len(key) >= 2 and key[0] == head and (not numbered or key[1].isdigit())
    )


def unwritten_sibling(
    said: Sequence[str],
    names: Collection[tuple[str, ...]],
    doc_freq: Mapping[str, int],
    numbered: bool = False,
) -> str | None:
    """ "carnet ata", "din 14530": a title's first word (Carnet TIR, DIN 14034) then a word
    or number no entry writes, in place of the title's own next word, names a sibling the
    glossary lacks: that pair (``numbered``: only a number after the title's word, in a
    title whose next word is a number too)."""
    for at, word in enumerate(said[:-1]):
        head, rest = phrase_key([word]), phrase_key(said[at + 1 : at + 2])
        after = said[at + 1]
        if len(head) != 1 or len(rest) != 1 or not alnum(after) or rest[0] in doc_freq:
            continue
        if numbered and not after.isdigit():
            continue
        if len(after) < _MIN_MODIFIER or not _family_size(head[0], names, numbered):
            continue
        return " ".join(said[at : at + 2])
    return None


def unsaid_pair(
    said: Sequence[str],
    names: Collection[tuple[str, ...]],
    frame: Collection[str],
    written: Callable[[str], bool],
) -> str | None:
    """ "carte entreprise" beside Carte conducteur: a title's first word, then (no function
    word between) another word than the title's next, the two never ``written`` together
    by any entry, names a sibling the glossary lacks: that pair (None: none)."""
    for at, word in enumerate(said[:-1]):
        after = said[at + 1]
        if word in frame or after in frame or not lettered(after) or len(after) < _MIN_MODIFIER:
            continue
        head, rest = phrase_key([word]), phrase_key([after])
        if len(head) != 1 or len(rest) != 1 or not _family_size(head[0], names):
            continue
        if any(key[:2] == (head[0], rest[0]) for key in names):
            continue
        if not written(f"{word} {after}"):
            return f"{word} {after}"
    return None


def not_opening(
    said: Sequence[str],
    asked: Sequence[str],
    name: Sequence[str],
    language: str | None,
    doc_freq: Mapping[str, int],
) -> bool:
    """A title opening the question's asked words (``asked``: ``said`` but its frame) that
    is not what it asks of: the place it asks in, after a ``setting`` word ("как в asp.net
    core передавать сервисы ..."), or a kind of it the glossary lacks, one word in the
    title's letters that no entry writes right after it and only frame words after that
    ("asp.net mvc это что"; "مؤتمر مالطا summit بين شكون": a gloss in other letters)."""
    at = said.index(asked[0])
    if at > 0 and said[at - 1] in listed_words(language or "", "setting"):
        return True
    frame = frame_words(language)
    if (start := name_at(said, name)) is None:
        return False  # an inflected title ("metamalzeme"): no kind said after it
    end = start + len(name)
    rest = [w for w in said[end:] if w not in frame]
    if len(rest) != 1 or said[end] != rest[0] or not _scripts(rest[0]) <= _scripts(name[-1]):
        return False
    return unwritten_modifier([*name, rest[0]], name, doc_freq, frame) is not None


def _scripts(word: str) -> set[str]:
    """The scripts of the word's letters ("LATIN", "CYRILLIC", "ARABIC")."""
    return {unicodedata.name(c, "?").split(" ", 1)[0] for c in word if c.isalpha()}
