"""A missing phrase that holds a clause's verb describes; it is no name (round 24).

Names are noun phrases. When the words the key-term grammar kept hold a verb with its
subject ("qubit keeps its quantum behaviour", "decoder looking at the encoder outputs",
"which motor neurons innervate intrafusal fibers") or stand for a position relative to
something named ("the cpu side"), the question describes what it asks about: its best
entry must stand out (the standout rule), and the refusal names no phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.wordclasses import DETERMINERS, FUNCTION_WORDS
from rag_glossary.everyday import everyday_words

# Third-person possessive and object pronouns: a verb's object ("keeps its ...",
# "wrecks them"), never a word of a name ("her" and "his" are left out: HER, HIS)
_OBJECT_PRONOUNS = frozenset(str.split("its their them"))
# Place prepositions an "-ing" verb takes its object with ("looking at the ...")
_PLACE = frozenset(str.split("at on onto along around behind beneath below above beside"))
_ARTICLES = frozenset(str.split("the a an")) | DETERMINERS
# A side is where something sits relative to a named thing, never the thing's name
_POSITION_HEADS = frozenset(str.split("side sides"))
_ASKING_WHICH = frozenset(str.split("which what"))
_MIN_GERUND_STEM = 3  # "looking": a verb's stem; "thing", "king" are no gerunds


def describes_an_act(question: str, term: str) -> bool:
    """Whether a missing key term of two or more words is a clause or a position, not a
    name: it holds an object pronoun after its first word, ends on an "-ing" verb that
    takes a place preposition and an article, has a plural subject then its verb in a
    which-question, or is headed by "side"."""
    said, kept = words(question), term.split()
    at = _position(said, kept)
    if len(kept) < 2 or at is None:
        return False
    after = said[at + len(kept) :]
    return (
        bool(_OBJECT_PRONOUNS.intersection(kept[1:]))
        or _gerund_with_object(kept[-1], after)
        or (at == 1 and said[0] in _ASKING_WHICH and _subject_then_verb(kept))
        or kept[-1] in _POSITION_HEADS
    )


def _position(said: Sequence[str], kept: Sequence[str]) -> int | None:
    n = len(kept)
    return next((i for i in range(len(said) - n + 1) if list(said[i : i + n]) == list(kept)), None)


def _gerund_with_object(last: str, after: Sequence[str]) -> bool:
    """ "decoder [looking] at the encoder outputs": a noun, then an "-ing" verb, a place
    preposition and an article; "machine learning" ends a name where the question ends
    or a bare noun follows ("learning on graphs")."""
    gerund = last.endswith("ing") and bool(set(last[:-3]) & set("aeiouy"))
    gerund = gerund and len(last) - 3 >= _MIN_GERUND_STEM
    return gerund and len(after) >= 2 and after[0] in _PLACE and after[1] in _ARTICLES


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _subject_then_verb(kept: Sequence[str]) -> bool:
    """ "which motor neurons innervate intrafusal fibers": after a plural, a word that is
    neither plural nor "-ing", then an object of two words or more, is the verb agreeing
    with it. A name's plural modifier has its head alone after it ("random effects
    model", "k nearest neighbours classifier", "emissions trading scheme")."""
    for i, word in enumerate(kept[:-3]):
        verb = kept[i + 1]
        if _plural(word) and not _plural(verb) and not verb.endswith(("ing", "s")):
            return True
    return False


# Round 36: "whats the lowest value coin": a superlative opening the words picks one thing
# out by a property; those words describe it and name nothing ("greatest elongation" asked
# alone, with no "the", stays a name)
# English words ending "-est" that are no superlatives ("the interest rate")
_EST_WORDS = frozenset(
    [
        "interest",
        "modest",
        "honest",
        "earnest",
        "forest",
        "harvest",
        "request",
        "contest",
        "protest",
        "digest",
        "invest",
        "manifest",
        "arrest",
        "suggest",
    ]
)
_MIN_SUPERLATIVE = 6  # "lowest", "widest"; "best", "test", "rest" are too short to tell


def picks_out_one(question: str, term: str) -> bool:
    """Whether a missing key term of two or more words opens on a superlative of an
    everyday adjective said after "the" ("the lowest value coin"): a description of one
    thing, not its name."""
    kept = term.split()
    if len(kept) < 2 or f"{kept[0]}-" in question.lower():
        return False
    said = words(question)
    at = _position(said, kept)
    return at is not None and at > 0 and said[at - 1] == "the" and _superlative(kept[0])


def _superlative(word: str) -> bool:
    """ "lowest" (low), "largest" (large), "biggest" (big), "earliest" (early)."""
    if len(word) < _MIN_SUPERLATIVE or not word.endswith("est") or word in _EST_WORDS:
        return False
    stem = word[:-3]
    forms = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")
    return any(len(f) >= 3 and f in everyday_words() and f not in FUNCTION_WORDS for f in forms)
