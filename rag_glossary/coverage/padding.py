"""Words that pad a name said verbatim without naming another kind of thing."""

from __future__ import annotations

from rag_glossary.coverage.phrases import phrase_key

# "the possible evaluation status values", "the exact origin time": adjectives that say
# how much or which of a thing is asked, and plural nouns that ask for its listing; none
# names a kind, so the name inside is what is asked ("batch normalization" is not
# Normalization: "batch" names a kind and pads nothing)
_LEADING = frozenset(
    phrase_key(str.split("possible exact different various actual specific precise particular"))
)
_TRAILING = frozenset(phrase_key(str.split("values types kinds examples options")))


def unpadded(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with padding words dropped from both ends (the key itself when none pad);
    at least one word is kept."""
    start, end = 0, len(key)
    while end - start > 1 and key[start] in _LEADING:
        start += 1
    while end - start > 1 and key[end - 1] in _TRAILING:
        end -= 1
    return key[start:end]


def field_kind_dropped(key: tuple[str, ...], field: frozenset[str]) -> tuple[str, ...]:
    """ "mantle climbing move", "underwriting finance term": after a name, a word naming
    the glossary's field and a noun it modifies say what kind of thing in that field the
    name is (an appositive, "a climbing move"); the name before them is what is asked.
    The key itself when it does not end so."""
    if len(key) >= 3 and key[-2] in field and key[-1] not in field:
        return key[:-2]
    return key


# "the throat chopped status", "perishing status": the state a thing is in, said after the
# name of that state (a status glossary's titles are the states themselves)
_STATE = frozenset(phrase_key(["status"]))


def state_dropped(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key without a last word saying that the name before it is a state; the key itself
    when it does not end so (the name left must be a title to count: term_check)."""
    return key[:-1] if len(key) >= 2 and key[-1] in _STATE else key
