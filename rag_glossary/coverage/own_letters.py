"""A name in other letters than the question's language writes (round 52, Hebrew): English
words after it in the language's own letters ask about the name (``own_letters_after``), and
English words typed just before it are one English name with it (``latin_run``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.glossary_language import LanguageForms
from rag_glossary.coverage.name_rest import name_at


def own_letters_after(said: Sequence[str], name: Sequence[str], forms: LanguageForms) -> bool:
    """ "bicep בסוף מתקמפל למה": a name in other letters than the language's own (an English
    name in a Hebrew question), then words in the language's own letters alone: those words
    say what is asked of the name, no kind of it (a kind would be typed in the name's letters,
    "deployment stacks"). Only a language whose letters no other writes (``letters``)."""
    own = forms.letters
    rest = said[name_at(said, name) or 0 :][len(name) :]
    return (
        bool(_unlatin(own) and rest)
        and all(own.isdisjoint(w) for w in name)
        and all(set(w) <= own for w in rest)
    )


_LATIN = re.compile(r"[a-z][a-z0-9.+#]*")


def latin_run(
    said: Sequence[str], name: Sequence[str], frame: frozenset[str], own: frozenset[str]
) -> list[str]:
    """ "מה עושה app configuration": in a language written in its own letters (``own``),
    the English words typed just before an English name (no frame word between) are one
    English name with it, as an English question's noun phrase is: that run, name and all
    ([]: no such words)."""
    at = name_at(said, name)
    if not _unlatin(own) or not at or any(not own.isdisjoint(w) for w in name):
        return []
    start = at
    while start > 0 and _LATIN.fullmatch(said[start - 1]) and said[start - 1] not in frame:
        start -= 1
    return list(said[start : at + len(name)]) if start < at else []


def _unlatin(own: frozenset[str]) -> bool:
    """Whether a language's own letters are all of a script other than Latin (Hebrew's;
    not Turkish "ı", "ğ", whose words English names sit among as words of its own)."""
    return bool(own) and all(ord(c) > _LATIN_LAST for c in own)


_LATIN_LAST = 0x24F  # the last letter of Unicode's Latin blocks before IPA
