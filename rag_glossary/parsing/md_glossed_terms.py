"""Bold-term paragraphs as a bilingual word list writes them (md_leads.py, md_terms.py):
``**antara muka**&#179; (en: interface)`` over ``&ndash; ruang interaksi ...``.

- An anchor line over the term (``&nbsp; .`` and a hard break: no-break spaces and at most
  one mark, which a site's search uses as a keyword) marks where the term starts: no text,
  and the term still opens its paragraph.
- Footnote marks right after the term (``&#185;``, ``&#178; &#179;``, ``³``,
  ``<sup>2</sup>``) say which kind of term it is (the page's footnotes): no name, no text.
- A bracket of names labelled by language code (``(en: app, mobile app)``, ``(en: corpus;
  lat: corpus)``) gives the term's names in other languages: its aliases. Left alone as a
  definition's text when no definition follows (``**luar talian** (en: offline)``).
- A dash opening the line under the term (``&ndash; ...``) separates the term from its
  definition, as a dash after the term on its own line does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.parsing.clean import join_soft_wraps
from rag_glossary.parsing.inline import clean_title

_NO_BREAK = r"(?:&nbsp;|&#160;|&#[xX][aA]0;|\u00a0)"
# ``&nbsp; .`` (and its trailing hard break): no-break spaces, at most one mark
ANCHOR_LINE = re.compile(rf"^[ \t]*{_NO_BREAK}(?:[ \t]|{_NO_BREAK})*[.·:*]?[ \t]*\\?$")
_BOLD_START = re.compile(r"^ {0,3}(\*\*|__)(?=\S)")
# superscript digits as entities (¹ ² ³ ⁰ ⁴-⁹), as characters, or in <sup>
FOOTNOTE_MARKS = (
    r"(?:[ \t]*(?:&#(?:185|178|179|830[4-9]|831[0-3]);|&sup[123];|[¹²³⁰⁴-⁹]"
    r"|<sup>[^<>\n]{1,6}</sup>))+"
)
_MARKS = re.compile(rf"^{FOOTNOTE_MARKS}")
# ``(en: interface)``, ``(en: corpus; lat: corpus)``: ISO 639 codes, each labelling names
_CODE = r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?"
_LABELLED = rf"{_CODE}:[ \t]*[^():;\n]{{1,80}}"
LANGUAGE_NAMES = rf"\({_LABELLED}(?:[;,][ \t]*{_LABELLED})*\)"
_NAMES = re.compile(rf"^[ \t]*(?P<bracket>{LANGUAGE_NAMES})[ \t]*(?=\n|$)")
_LABEL = re.compile(rf"^[ \t]*{_CODE}:[ \t]*")
# ``&ndash; definition`` opening the line under the term
_DASH_LINE = re.compile(r"^\n[ \t]*(?:&ndash;|&mdash;|[–—])[ \t]+(?=\S)")
_NEXT_DASH = re.compile(r"\n(?=[ \t]*(?:&ndash;|&mdash;|[–—])[ \t])")
_MAX_WORDS = 6


def without_anchor_lines(lines: Sequence[str], in_code: Sequence[bool]) -> list[str]:
    """``lines`` with each anchor line that opens a paragraph over a bold term blanked."""
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        if in_code[i] or not ANCHOR_LINE.match(line):
            continue
        opens = i == 0 or not lines[i - 1].strip() or lines[i - 1].startswith("#")
        if opens and _BOLD_START.match(lines[i + 1]):
            out[i] = ""
    return out


def language_names(rest: str) -> tuple[str, tuple[str, ...], str]:
    """The text after a bold term less its footnote marks and its bracket of names in
    other languages, those names, and the bracket when no text follows it (then the only
    thing the page says of the term: its text)."""
    rest = _MARKS.sub("", rest, count=1)
    found = _NAMES.match(rest)
    names = _names(found.group("bracket")[1:-1]) if found else ()
    if found is None or not names:
        return rest, (), ""
    after = rest[found.end() :]
    return after, names, "" if after.strip() else found.group("bracket")


def _names(inside: str) -> tuple[str, ...]:
    parts = (clean_title(_LABEL.sub("", p)) for s in inside.split(";") for p in s.split(","))
    names = tuple(dict.fromkeys(p for p in parts if p))
    return () if any(len(n.split()) > _MAX_WORDS for n in names) else names


def without_dash_line(text: str) -> str:
    """A definition on the line under the term with its opening dash taken off, its
    wrapped lines joined (``sama ada bahasa`` + ``Melayu atau ...`` is one sentence); a
    further dash line (``&ndash; lihat juga "cabang"``) stays a line of its own."""
    found = _DASH_LINE.match(text)
    if found is None:
        return text
    parts = _NEXT_DASH.split(text[found.end() :])
    return "\n" + "\n".join(join_soft_wraps(part) for part in parts)
