"""POD formatting codes to plain text: the inline layer of pod.py (perlpodspec).

``B<>``, ``I<>``, ``C<>``, ``F<>`` and ``S<>`` show their text, ``X<>`` (index terms) and
``Z<>`` nothing, ``E<name>`` its character (``lt``, ``gt``, ``verbar``, ``sol``, any HTML
entity name, a decimal or ``0x`` number). A code opens with one ``<`` (its text runs to the
matching ``>``, nested codes counted) or with two or more and a space (``C<< $a <=> $b >>``:
its text runs to a space and as many ``>``). ``L<>`` shows its text part, else what it
names: ``L</term>`` and ``L<"term">`` the term, ``L<page/section>`` "section in page", a URL
itself; the terms a link names inside the file are collected (``Rendered.links``). Code of
stops or commas only (``C<!>``) is shown in quotes: bare, it would read as punctuation.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_OPEN = re.compile(r"([A-Z])(<+)")
_SILENT = frozenset("XZ")
_ESCAPES = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "quot": '"', "amp": "&"}
_URL = re.compile(r"^[a-z][\w+.-]*:\S", re.I)
# "B<N>ot B<Q>uite B<P>erl": bold letters opening the words of a name spell the term.
_BOLD_PART = re.compile(r"B<([\w ]{1,6})>([\w'’]*)")
_BOLD_GAP = re.compile(r"[\s,]*")
_PUNCTUATION = re.compile(r"[.,;:!?]+")


@dataclass(frozen=True)
class Rendered:
    text: str
    links: tuple[str, ...] = ()  # the link targets inside the file ("L</term>")
    bold: tuple[str, ...] = ()  # the texts shown in bold (whole words only)


def render(raw: str) -> Rendered:
    """A paragraph's formatting codes rendered (its line breaks kept)."""
    links: list[str] = []
    bold: list[str] = []
    text, _ = _parse(raw, 0, None, links, bold)
    return Rendered(text, tuple(links), tuple(bold))


def _parse(
    raw: str, i: int, closer: re.Pattern[str] | None, links: list[str], bold: list[str]
) -> tuple[str, int]:
    out: list[str] = []
    while i < len(raw):
        if closer is not None and (end := closer.match(raw, i)):
            return "".join(out), end.end()
        opened = _OPEN.match(raw, i)
        if opened:
            text, i = _code(raw, opened, links, bold)
            out.append(text)
            continue
        out.append(raw[i])
        i += 1
    return "".join(out), i


def _code(raw: str, opened: re.Match[str], links: list[str], bold: list[str]) -> tuple[str, int]:
    letter, brackets = opened.group(1), len(opened.group(2))
    start = opened.end()
    if brackets > 1 and start < len(raw) and raw[start].isspace():
        closer = re.compile(r"\s+" + ">" * brackets)
        while raw[start].isspace():
            start += 1
    else:
        start, closer = opened.start() + 2, re.compile(">")
    inner, end = _parse(raw, start, closer, links, bold)
    if letter in _SILENT:
        return "", end
    if letter == "E":
        return _escape(inner.strip()), end
    if letter == "L":
        return _link(inner, links), end
    if letter == "B" and _whole_word(raw, opened.start(), end):
        bold.append(" ".join(inner.split()))
    if letter == "C" and _PUNCTUATION.fullmatch(inner):
        return f'"{inner}"', end  # "the C<!> metaoperator": bare, "!" reads as the stop
    return inner, end


def _whole_word(raw: str, start: int, end: int) -> bool:
    before = raw[start - 1] if start else " "
    after = raw[end] if end < len(raw) else " "
    return not before.isalnum() and not after.isalnum()


def _escape(name: str) -> str:
    if name in _ESCAPES:
        return _ESCAPES[name]
    number = re.fullmatch(r"0x([0-9a-f]+)|0([0-7]+)|(\d+)", name, re.I)
    if number:
        hexa, octal, decimal = number.groups()
        code = int(hexa, 16) if hexa else int(octal, 8) if octal else int(decimal)
        return chr(code) if 0 < code < 0x110000 else ""
    return html.unescape(f"&{name};") if name.isalnum() else f"E<{name}>"


def _link(inner: str, links: list[str]) -> str:
    """What ``L<...>`` shows; an inner target is added to ``links``."""
    text, bar, target = inner.partition("|")
    if not bar:
        text, target = "", inner
    text, target = text.lstrip("/"), target.strip()  # "L</answer|http://...>" (a slip)
    if _URL.match(target):
        return text or target
    page, slash, section = target.partition("/")
    if not slash:
        page, section = "", target
    section = section.strip().strip('"').strip()
    page = page.strip().strip('"').strip()
    if section and not page:
        links.append(section)
    elif page and not section and " " in page:
        links.append(page)  # "L<adverbial pair>": a page named by a term's words
    shown = text if text else (f"{section} in {page}" if page and section else "")
    return shown or section or page


def bold_letter_names(raw: str, title: str) -> list[str]:
    """``Short for B<N>ot B<Q>uite B<P>erl`` under ``NQP``: the words whose bold parts
    spell the title (case and punctuation aside) are its expansion."""
    wanted = re.sub(r"\W", "", title).casefold()
    if len(wanted) < 2:
        return []
    names: list[str] = []
    run: list[re.Match[str]] = []
    for match in [*_BOLD_PART.finditer(raw), None]:
        if match is not None and run and _BOLD_GAP.fullmatch(raw, run[-1].end(), match.start()):
            run.append(match)
            continue
        if run and len(run) > 1:
            letters = "".join(m.group(1) for m in run).replace(" ", "").casefold()
            if letters == wanted:
                span = raw[run[0].start() : run[-1].end()]
                names.append(" ".join(_BOLD_PART.sub(r"\1\2", span).split()))
        run = [match] if match is not None else []
    return names
