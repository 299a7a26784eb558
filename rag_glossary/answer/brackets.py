"""Brackets mended as an answer is shown: a bracket a removed link left opening with a
comma ("( http://who.int/zoonoses , accessed 28 November 2017)" read "(, accessed 28
November 2017)") and an aside the sentence splitter cut open ("... in place. ( WHO
Simulation Exercise Manual. HO-WHE-CPI-2017.10, accessed 30 November 2017)." gave the unit
"(WHO Simulation Exercise Manual."). Mended when the text is shown (rendering.py), so the
units a build stored and embedded stay the source's."""

from __future__ import annotations

from rag_glossary.lazy_re import lazy_regex

# "(, accessed X)", "( ; see X)": the bracket's first words were a link, now gone
_COMMA_OPENED = lazy_regex(r"(?<![^\s\"“])\(\s*[,;]\s*")
# "(accessed X, )": its last ones were
_COMMA_CLOSED = lazy_regex(r"\s*[,;]\s*\)")
_EMPTY = lazy_regex(r"(?:^|\s+)\(\s*\)(?!\w)")
# an aside opened after a blank or at the start ("f(x" and ":(" are no asides)
_OPENING = lazy_regex(r"(?:^|(?<=\s))\((?=[\w\"“'‘])")
_BARE_END = lazy_regex(r"[\s,;:–—-]+$")


def mend_brackets(text: str) -> str:
    """``text`` with a bracket a removed link left opening or closing on a comma cleaned,
    an empty bracket dropped, and an aside left open: cut from where it opens when nothing
    in it closes ("in place. (WHO Simulation Exercise Manual." is "in place."; "" when the
    text is only the aside), or its stray opening dropped when a bracket inside it closes
    ("the wind, (thereby changing ... (opposite of tacking)." keeps its words)."""
    if "(" not in text:
        return text
    text = _EMPTY.sub("", _COMMA_CLOSED.sub(")", _COMMA_OPENED.sub("(", text)))
    unclosed = unclosed_brackets(text)
    opened = unclosed[0] if unclosed else None
    if opened is None or not opens_aside(text, opened):
        return text
    if ")" in text[opened:]:
        return (text[:opened] + text[opened + 1 :]).replace("  ", " ")
    kept = _BARE_END.sub("", text[:opened])
    if kept and kept[-1] not in ".!?":
        kept += "."
    return kept


def unclosed_brackets(text: str) -> list[int]:
    """Where each bracket that never closes opens, in order ([]: all close)."""
    open_at: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            open_at.append(i)
        elif ch == ")" and open_at:
            open_at.pop()
    return open_at


def opens_aside(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` opens an aside: after a blank or at the start, before
    a word or a quote ("f(x" and ":(" open none)."""
    return bool(_OPENING.match(text, at))
