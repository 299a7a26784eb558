"""Dialect ``site-text``: the plain text of a rendered glossary page.

Every heading is a line ending in the permalink sign ``#``
(``Markov Decision Process (MDP)#``); code and lists are flattened to lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases
from rag_glossary.parsing.clean import finish, see_also_items
from rag_glossary.parsing.inline import clean_inline

_MAX_TITLE_CHARS = 100
_MAX_TITLE_WORDS = 14
_CODE_CHARS = frozenset("=;{}<>`|\\")
# fmt: off
_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
    "of", "on", "or", "the", "to", "vs", "via", "with", "without",
))
# fmt: on
_DETAILS_OPEN = re.compile(r"^///\s*details\s*\|\s*")
_DETAILS_TYPE = re.compile(r"\btype:\w+(?:[ \t]*///)?[ \t]*$")
_REDIRECT = re.compile(r"^see\s+(?!als[oe]\b)(.{2,80})$", re.IGNORECASE)


def title_of(line: str) -> str | None:
    """The title of a heading line (``Markov Chain#`` -> ``Markov Chain``), else None.

    A heading reads as a title: not a code comment, not code, not a sentence.
    """
    stripped = line.strip()
    if len(stripped) < 2 or not stripped.endswith("#") or stripped.startswith("#"):
        return None
    text = stripped[:-1].rstrip()
    if not text or not text[0].isalnum() or text[-1] in ".,:;!?-":
        return None
    if len(text) > _MAX_TITLE_CHARS or "://" in text or _CODE_CHARS.intersection(text):
        return None
    if text.count("(") != text.count(")"):
        return None
    words = text.split()
    if len(words) > _MAX_TITLE_WORDS or _reads_as_sentence(words):
        return None
    return text


def _reads_as_sentence(words: Sequence[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 4:
        return False
    lower = sum(1 for w in content if w[0].islower())
    return lower * 2 > len(content)


def parse(lines: Sequence[str], source: str) -> Parsed:
    titles = [(i, title_of(line)) for i, line in enumerate(lines)]
    starts = [(i, t) for i, t in titles if t is not None]
    page_title: str | None = None
    if starts and _is_page_title(lines, starts):
        page_title = starts[0][1]
        preamble_from = starts[0][0] + 1
        starts = starts[1:]
    else:
        preamble_from = 0
    sections: list[Section] = []
    first = starts[0][0] if starts else len(lines)
    preamble = _section(page_title or source, preamble_from, lines[preamble_from:first])
    if preamble.body:
        sections.append(preamble)
    for n, (index, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        section = _section(title, index, lines[index + 1 : end])
        section.aliases = acronym_aliases(title)
        sections.append(section)
    return Parsed(sections, title=page_title)


def _is_page_title(lines: Sequence[str], starts: Sequence[tuple[int, str]]) -> bool:
    """``M#`` on the first line: the page's own title, not an entry."""
    first_text = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_text is None or starts[0][0] != first_text:
        return False
    if len(starts[0][1]) <= 3:
        return True
    following = next((i for i in range(first_text + 1, len(lines)) if lines[i].strip()), None)
    return len(starts) > 1 and following == starts[1][0]


def _section(title: str, index: int, body_lines: Sequence[str]) -> Section:
    body, see_also = clean_plain(body_lines)
    return Section(title=title, line=index + 1, body=body, see_also=see_also, slug_text=title)


def clean_plain(lines: Sequence[str]) -> tuple[str, list[str]]:
    """Readable body and see-also terms of flattened site text."""
    out: list[str] = []
    see_also: list[str] = []
    for raw in lines:
        items = see_also_items(raw)
        if items is not None:
            see_also.extend(items)
            continue
        line = _details(raw.strip())
        text, terms = clean_inline(line)
        see_also.extend(terms)
        redirect = _REDIRECT.match(text.strip())
        if redirect:
            see_also.append(redirect.group(1).strip())
        out.append(text)
    return finish(out), see_also


def _details(line: str) -> str:
    """``/// details | Question? type:question ///`` -> ``Question?``."""
    if _DETAILS_OPEN.match(line):
        line = _DETAILS_OPEN.sub("", line)
    line = _DETAILS_TYPE.sub("", line).rstrip()
    return line[:-3].rstrip() if line.endswith("///") else line
