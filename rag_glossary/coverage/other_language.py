"""A glossary in another language than English: the name a short question says (round 35).

The key-term grammar (keyterms.py, scaffolding.py) knows English frames only: in a Swedish
glossary "vad är propolis" keeps "vad är" in its key term, which no entry names, and the
question is refused though "Propolis" is a title. A glossary is *in another language* when
few of its words are everyday English words (everyday.py): under OTHER_LANGUAGE_SHARE of its
word occurrences, counted once per entry (English glossaries hold .6 to .8, bee-glossary .11,
robo-glossary's Urdu lines .3). There a short question, of at most SHORT_QUESTION words (a
name and its frame: "vad betyder hemolymfa hos bin"), that says an entry's name whole asks
about that name: its longest name, the first said when two are as long. A longer question
describes and is judged as before, whatever names it says in passing. The question must be
in that language too: under half of its words everyday English (robo-glossary's English
questions, "inverse dynamics", keep the English rules, where a shared word is no name). A
short question that says no name but one word that a single entry's text holds ("vad menas
med vinterklot": Bivall's "(vinterklot)") asks about that word, as a name only one entry
mentions does in English (lookup.py, round 7).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence

from rag_glossary.everyday import everyday_words

OTHER_LANGUAGE_SHARE = 0.2
SHORT_QUESTION = 5
_MIN_LEN = 3  # shorter words ("en", "is") tell no language apart
# how such a name is found: the ranking's term signal reads it as naming its entry, as it
# reads an acronym (query_names.by_other_name), since the question's other words are unknown
SAID_NAME = "said-name"


def in_other_language(doc_freq: Mapping[str, int]) -> bool:
    """Whether few of the glossary's words (counted once per entry) are everyday English."""
    total = sum(doc_freq.values())
    if total == 0:
        return False
    english = everyday_words()
    return sum(n for w, n in doc_freq.items() if w in english) < OTHER_LANGUAGE_SHARE * total


def english_question(said: Sequence[str]) -> bool:
    """Whether half or more of the question's words of three letters or more are everyday
    English (a question of no such words is not)."""
    long = [w for w in said if len(w) >= _MIN_LEN]
    english = everyday_words()
    return bool(long) and 2 * sum(w in english for w in long) >= len(long)


def said_name(
    said: Sequence[str],
    names: Container[tuple[str, ...]],
    key: Callable[[Sequence[str]], tuple[str, ...]],
    *,
    in_language: bool = False,
) -> Sequence[str] | None:
    """The longest run of the question's words (``said``, at most SHORT_QUESTION) whose
    phrase key (``key``) is a name, the first when two are as long (None: none).
    ``in_language``: the question is known to be in the glossary's language
    (glossary_language.py), whatever share of its words are English."""
    if not said or len(said) > SHORT_QUESTION or (english_question(said) and not in_language):
        return None
    for n in range(len(said), 0, -1):
        for at in range(len(said) - n + 1):
            if key(said[at : at + n]) in names:
                return said[at : at + n]
    return None


def said_word(
    said: Sequence[str],
    doc_freq: Mapping[str, int],
    key: Callable[[Sequence[str]], tuple[str, ...]],
    *,
    in_language: bool = False,
) -> str | None:
    """The one word of a short question (``said``) that a single entry holds (None: no such
    word, or two)."""
    if not said or len(said) > SHORT_QUESTION or (english_question(said) and not in_language):
        return None
    single = {w for w in said if (k := key([w])) and doc_freq.get(k[0]) == 1}
    return next(iter(single)) if len(single) == 1 else None


# English words that join two words into one English name ("pitch and putt", "rule of
# thumb"), said in a question in another language
_ENGLISH_JOINS = frozenset(("and", "of", "the", "&"))


def english_joined(
    said: Sequence[str], own: Container[str], written: Callable[[str], bool]
) -> str | None:
    """ "que es el pitch and putt": a question in the glossary's language (``said``, its
    frame dropped) whose English "and" / "of" joins two words that are no function words of
    that language (``own``) says one English name, asked whole: that run when no entry
    writes it (``written``; None: no such run). Its last word alone ("putt") is another
    name, as "and putt" would be read (phrase keys drop "and")."""
    for at in range(1, len(said) - 1):
        run = said[at - 1 : at + 2]
        if said[at] not in _ENGLISH_JOINS or said[at] in own:
            continue
        if any(w in own or not w.isalpha() for w in (run[0], run[2])):
            continue
        if not written(" ".join(run)):
            return " ".join(run)
    return None
