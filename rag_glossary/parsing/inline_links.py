"""Links in a line of markup: their text shown, their target term collected.

A link's term becomes a see-also term of the entry (``LinkCollector.terms``); brackets
that hold a task box, a citation, a list or an interval are no link.
"""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.word_marks import RTL_PHRASE

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_GLUED_WORD = re.compile(r"[a-z]{3}")
_SENTENCE_END = re.compile(r"[^\W\d_][.!?][\"”»']$")  # a quote closed after a sentence's stop


def _is_external(target: str) -> bool:
    target = target.strip().strip("<>")
    return bool(_URL_SCHEME.match(target)) or target.startswith("//")


def link_term(text: str) -> str:
    """The linked term of ``Target|Display`` link text (Obsidian exports)."""
    return text.split("|", 1)[0].strip()


def _display(text: str) -> str:
    return text.split("|", 1)[-1].strip() if "|" in text else text


_WORD = re.compile(r"[^\W\d_]{2}")
# An interval, a vector or a formula in brackets ("[−π/2, π/2]", "[x, y]", "[2π]"): no word
# of two letters, and a list or a number; a letter alone ("[M]") is a link to a letter group.
_MATH_MARK = re.compile(r"[,;\d]")
# An example or a source in brackets after the words it illustrates, "پسر [سام بن ایرج]",
# "... شود [ سفر نامه  ناصر خسرو]": a phrase of three words or more in Arabic or Hebrew
# script is no link name. Latin "[Neural Machine Translation]" still is, and so is an
# anchor's whole text, ">[काम का सबूत]</a>". (The answer's cleaning keeps them too:
# answer/inline.py; the pattern is word_marks.RTL_PHRASE, off the parsers' import path.)
_PHRASE = re.compile(RTL_PHRASE)


def _bracketed_phrase(match: re.Match[str]) -> bool:
    start = match.start()
    if start == 0 or not match.string[start - 1].isspace():
        return False
    return bool(_PHRASE.fullmatch(match.group(1)))


def _keeps_brackets(text: str) -> bool:
    """Task boxes, footnotes, citations ``[2]``, lists ``[0,0]``, intervals ``[−π/2, π/2]``
    and quotes are not links."""
    stripped = text.strip()
    if stripped in ("x", "X") or stripped.startswith(("^", "'", '"')):
        return True
    if not any(ch.isalpha() for ch in stripped):
        return True
    return _WORD.search(stripped) is None and _MATH_MARK.search(stripped) is not None


# "[*entity*](...)", "[_Vector search_](...)": emphasis around the whole link text.
_WRAPPED = lazy_regex(r"^\s*([*_])(\S(?:.*\S)?)\1\s*$")


class LinkCollector:
    def __init__(self) -> None:
        self.terms: list[str] = []

    def add(self, term: str) -> None:
        term = " ".join(_WRAPPED.sub(r"\2", term.replace("**", "")).split())
        if term:
            self.terms.append(term)

    def inline(self, match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if not _is_external(target):
            self.add(link_term(text))
        shown = _display(text) or target.strip()
        if _is_external(target) and _SENTENCE_END.search(match.string, 0, match.start()):
            # a source's title glued after the quote it sources, '... informaționale."[Acțiuni
            # legislative - Directiva PSI](http://...)': it closes the text, or a space parts it
            return "" if not match.string[match.end() :].strip() else f" {shown}"
        # "[Model Evaluation](#model-evaluation)focuses": a word glued to the link (a plural
        # "s" or a stray letter stays glued).
        glued = _GLUED_WORD.match(match.string, match.end())
        return f"{shown} " if glued and shown[-1:].isalpha() else shown

    def wiki(self, match: re.Match[str]) -> str:
        target, text = _unwrapped_anchor(match.group(1), match.group(2))
        self.add(target)
        return (text or target).strip()

    def reference(self, match: re.Match[str]) -> str:
        text, ref = match.group(1), match.group(2)
        # "[Padding][1]", "[bag-of-words][/terms/bag-of-words/]": the label is no term name.
        named = ref and any(ch.isalpha() for ch in ref) and "/" not in ref
        self.add(link_term(ref if named else text))
        return _display(text)

    def shortcut(self, match: re.Match[str]) -> str:
        text = match.group(1)
        if _keeps_brackets(text) or _bracketed_phrase(match):
            return match.group(0)
        self.add(link_term(text))
        return _display(text)


# An HTML anchor half converted to a wiki link: "[[url#G">Gobo]]", "[[url#T">|Trigger]]",
# "[[url|>direction]]": the tag's '">' closes the target; what follows it is the text.
_TAG_CLOSE = re.compile(r"""["']?>""")


def _unwrapped_anchor(target: str, text: str | None) -> tuple[str, str | None]:
    if ">" not in target and not (text or "").startswith(">"):
        return target, text
    if text is not None and text.startswith(">"):
        text = text[1:]
    close = _TAG_CLOSE.search(target)
    if close is None or "<" in target:
        return target, text
    shown = target[close.end() :].strip()
    return target[: close.start()], text if text and text.strip() else shown or None
