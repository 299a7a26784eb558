"""Short names a title gives in brackets: a notation the entry's text writes as one, or a
contraction of the title's words.

``Inversa trigonométrica (arcsin)`` over "... arcsin: [−1, 1] → [−π/2, π/2]",
``Richardson Number (Ri)`` over "... Ri = N²/S²": the bracketed name is the symbol the
formulas use, and a reader asks by it ("what is arcsin"). A word in brackets that the text
only uses as a word (``Counter (metric)``: "A metric that ...") qualifies the title
instead, and stays no alias; so does a one-letter symbol (``Coriolis Parameter (f)``: too
short to be asked by).

``object type (otype)``, ``object type identifier (otid)``, ``Temperature coefficient
(tempco)``: a lowercase word made of the title's words cut short, in order, each giving
its first letter or more, is the name the trade writes (:func:`contracted_names`).
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"^[^()]*[^\s()]\s*\(([^\W\d_]{2,12})\)$")
_MAX_TITLE = 120


def notation_names(title: str, body: str) -> list[str]:
    """``[name]`` when the title ends in a bracketed name of letters that the body
    applies as a function (``arcsin(x)``), maps or defines (``arcsin: [−1, 1] → ...``,
    ``Ri = N²/S²``)."""
    match = _BRACKETED.match(title) if len(title) <= _MAX_TITLE else None
    if match is None:
        return []
    name = match.group(1)
    if not name.isalpha():  # "N²" is a power of N, not a name
        return []
    used = re.compile(rf"(?<!\w){re.escape(name)}(?:\(|[ \t]*=|:[ \t]*[^\w\s])")
    return [name] if used.search(body) else []


_CONTRACTED = re.compile(r"^([^()]*[^\s()])\s*\(([a-z]{3,10})\)$")
_MAX_WORDS = 5


def contracted_names(title: str) -> list[str]:
    """``[short]`` when the bracketed lowercase word is the title's words cut short and run
    together: every word, in order, gives a prefix of at least one letter (``otid``: o-bject
    t-ype id-entifier)."""
    match = _CONTRACTED.match(title)
    if match is None:
        return []
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", match.group(1))]
    short = match.group(2)
    if not 2 <= len(words) <= _MAX_WORDS:
        return []
    return [short] if _prefixes(short, tuple(words)) else []


def _prefixes(short: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not short
    word, rest = words[0], words[1:]
    return any(
        word[:k] == short[:k] and _prefixes(short[k:], rest)
        for k in range(min(len(word), len(short)), 0, -1)
    )
