"""The two sides of a comparison question, each a full name: "sparse models vs dense ones"
reads "dense models", "type 1 and type 2 error" reads "type 1 error"."""

from __future__ import annotations

from rag_glossary.lazy_re import lazy_regex

# Words that point back to the term named earlier ("how does it differ from ...").
REFERS_BACK = frozenset(("it", "this", "that", "they", "these", "those", "them"))


def headed(sides: tuple[str, ...]) -> tuple[str, ...]:
    if len(sides) != 2:
        return sides
    return _one_headed(sides[0], sides[1]), _one_headed(sides[1], sides[0])


# "one" after one of these is no stand-in for a noun ("no one", "the one", "which one")
_NOT_MODIFIERS = frozenset(
    (
        *("a", "an", "the", "this", "that", "these", "those", "which", "each", "every"),
        *("any", "no", "some", "another", "other"),
    )
)
_NUMERALS = lazy_regex(r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")


def _one_headed(side: str, other: str) -> str:
    """ "a dependent vowel and an independent one", "sparse models vs dense ones": a side
    whose noun is the pronoun "one" names the other side's noun (its last word). Not
    when the other side counts too ("type one vs type two error": "one" is a numeral)
    or has no noun of its own to lend ("the new one vs the old one")."""
    words, others = side.split(), other.split()
    if len(words) < 2 or words[-1].lower() not in ("one", "ones"):
        return side
    if words[-2].lower() in _NOT_MODIFIERS or _NUMERALS.search(other):
        return side
    # "it" of "how does it differ from a dense one" is the term, put in later
    if others[-1].lower() in REFERS_BACK | {"one", "ones"}:
        return side
    return " ".join((*words[:-1], others[-1]))


def shared_head(left: str, right: str) -> str:
    """ "type 1 and type 2 error", "l1 vs l2 regularization": the right side's last words
    are the left's too when the left is the right's start with another numeral or code."""
    a, b = left.split(), right.split()
    if not a or len(b) <= len(a) or a[:-1] != b[: len(a) - 1]:
        return left
    coded = all(_NUMERALS.search(w) or w in _ROMAN_WORDS for w in (a[-1], b[len(a) - 1]))
    return " ".join(a + b[len(a) :]) if coded and a[-1] != b[len(a) - 1] else left


_ROMAN_WORDS = frozenset(("i", "ii", "iii", "iv"))
