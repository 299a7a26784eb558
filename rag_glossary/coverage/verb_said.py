"""A word a statement says only as a verb is not the word a name says (round 35): "fire
clay" is not said by "... metallic oxides to fire very dark brown" with "clay" earlier,
nor "mean target encoding" by "... could mean unemployment ... your target". The infinitive
marker or a modal before the word makes it the verb of the statement, while in the name it
modifies a noun: the two words stand together only by chance."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rag_glossary.coverage.phrases import phrase_key, strong_stem
from rag_glossary.coverage.wordclasses import MODALS

_VERB_MARKERS = MODALS | {"to"}


def said_as_verb_only(said: Sequence[str], modifiers: Collection[str]) -> bool:
    """Whether some word of ``modifiers`` (strong stems of a name's words before its head)
    stands in ``said`` (a statement's words, lower case) only right after "to" or a modal."""
    seen: dict[str, bool] = {}
    for before, word in zip(("", *said), said, strict=False):
        key = phrase_key([word])
        stem = strong_stem(key[0]) if key else ""
        if stem and stem in modifiers:
            seen[stem] = seen.get(stem, True) and before in _VERB_MARKERS
    return any(seen.values())
