"""The two sides of a contrast ("the diff between A and B") and the words they share."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import phrase_key, words


def shared_head(left: KeyTerm, right: KeyTerm, names: Container[tuple[str, ...]]) -> KeyTerm:
    """ "the diff between a rooted and an unrooted tree": a left side shorter than the
    right one takes the right's last words when that makes a glossary name ("rooted
    tree"); otherwise it stays as said."""
    a, b = left.text.split(), right.text.split()
    if not a or len(b) <= len(a):
        return left
    whole = " ".join(a + b[len(a) :])
    return replace(left, text=whole) if phrase_key(words(whole)) in names else left


def head_dropped(left: KeyTerm, right: KeyTerm, names: Container[tuple[str, ...]]) -> KeyTerm:
    """ "the diff between barotropic and baroclinic flow": when the left side is a name
    as said and the right one is a name of as many words followed by more, those words
    are the head both sides share ("barotropic flow", "baroclinic flow"), no part of the
    right's name: the right side is its name alone."""
    a, b = left.text.split(), right.text.split()
    if not a or len(b) <= len(a) or phrase_key(words(left.text)) not in names:
        return right
    kept = " ".join(b[: len(a)])
    return replace(right, text=kept) if phrase_key(words(kept)) in names else right
