"""The written names of symbols: an entry titled `` `!` (Bang) `` is also "exclamation mark".

What a symbol is called in English is a general fact, not a glossary's words: a user who
cannot type or search for ``!`` asks for the "exclamation mark". The table holds the
common names of the ASCII punctuation marks; a title made only of one of them (its
backticks and a bracketed name aside) is named by them too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.models import Entry

_NAMES: dict[str, tuple[str, ...]] = {
    "!": ("exclamation mark", "exclamation point", "bang"),
    "*": ("asterisk", "star"),
    "#": ("hash", "hash sign", "pound sign", "number sign", "octothorpe"),
    "^": ("caret", "circumflex"),
    "@": ("at sign", "at symbol"),
    "$": ("dollar sign",),
    "%": ("percent sign",),
    "&": ("ampersand",),
    "|": ("pipe", "vertical bar"),
    "~": ("tilde",),
    "`": ("backtick", "grave accent"),
    "/": ("slash", "forward slash"),
    "\\": ("backslash",),
    "_": ("underscore",),
    "?": ("question mark",),
    ";": ("semicolon",),
    ":": ("colon",),
    "=": ("equals sign",),
    "+": ("plus sign",),
    "<": ("less than sign", "left angle bracket"),
    ">": ("greater than sign", "right angle bracket"),
    "{}": ("braces", "curly braces", "curly brackets"),
    "[]": ("square brackets",),
    "()": ("parentheses", "round brackets"),
}
# a symbol title: backticks, the symbol, maybe its name in brackets ("`!` (Bang)")
_SYMBOL_TITLE = re.compile(r"^`?([^\w\s`()]{1,2}|\{\}|\[\]|\(\))`?(?:\s*\([^()]*\))?$")


def symbol_names(entries: Sequence[Entry]) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The written names of the symbols entries are titled by, as phrase keys: one entry
    each (a name two symbol titles share names neither)."""
    named: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, entry in enumerate(entries):
        title = _SYMBOL_TITLE.match(entry.title.strip())
        for name in _NAMES.get(title.group(1), ()) if title else ():
            named[phrase_key(words(name))].add(i)
    return {k: tuple(v) for k, v in named.items() if k and len(v) == 1}
