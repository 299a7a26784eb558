"""Navigation in Markdown glossaries: a section whose text is only links (a ``## Contents``
list of in-page links, ``## Additional Resources``, a trailing ``## More on`` list of
articles) points elsewhere and defines no term; and a page's title heading with a short
intro over the headings of its terms is the page's, not a term's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rag_glossary.parsing.inline import INLINE_LINK

# A line's opening: a list marker, then emphasis or a bracket around the link
# ("- **[DICOM Standard](url)** - official specification").
_OPENING = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*[*_]*")
_AUTOLINK = re.compile(r"^<(?:https?://|mailto:)[^>\s]+>")
# A bare address or an HTML anchor opening its line ("https://www.cnccookbook.com/...",
# ``<a href="https://...">https://...</a><br>``): a link too.
_BARE_LINK = re.compile(r"^(?:https?://\S+|<a\s[^>]*>.*?</a>(?:\s*<br\s*/?>)?)", re.IGNORECASE)
# A link back to the document's front page ("← Kembali ke [README Utama](README.md)",
# "[Back to index](../index.html)"): the page's way home, whatever its language.
_HOME_TARGET = re.compile(
    r"^(?:\.{1,2}/)*(?:(?:readme|index|home)(?:\.[a-z]+)?|\.{1,2}/?|/)(?:#.*)?$", re.IGNORECASE
)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# What a link may carry after it on its line: an author or a few words on the link
# ("by Beau Miles", "- browse DICOM tags"); more is a sentence of its own.
_MAX_NOTE_WORDS = 6
_MIN_LINKS = 2
_MAX_LABEL_WORDS = 3  # words beside links on a line of them


def only_links(lines: Sequence[str]) -> bool:
    """Every line of the text opens with a link and adds at most a short note to it, and
    there are two links or more (one link alone may be a term's "see X"), or one link
    back to the document's front page."""
    said = [line for line in lines if line.strip() and not _RULE.match(line)]
    if not said or not all(_link_line(line) for line in said):
        return False
    return len(said) >= _MIN_LINKS or any(_home_link(line) for line in said)


def _home_link(line: str) -> bool:
    """A link to the front page of the document (README, index): a back link, no "see X"."""
    return any(_HOME_TARGET.match(m.group(2).strip()) for m in INLINE_LINK.finditer(line))


def _link_line(line: str) -> bool:
    """A link and a short note on it, or links under labels ("Previous: [Getting
    Started](...) | Next: [Usage Examples](...)")."""
    rest = line[_OPENING.match(line).end() :]  # type: ignore[union-attr]
    link = INLINE_LINK.match(rest) or _AUTOLINK.match(rest) or _BARE_LINK.match(rest)
    if link is not None:
        return len(_words(rest[link.end() :])) <= _MAX_NOTE_WORDS
    return bool(INLINE_LINK.search(rest)) and len(_words(rest)) <= _MAX_LABEL_WORDS


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s$]", " ", INLINE_LINK.sub("", text)).split()


# A page title's intro: a line or two of prose ("A reference guide to DICOM terms ...").
_MAX_INTRO_LINES = 2
_MIN_TERM_HEADINGS = 3


def page_title(levels: Sequence[int], body: Sequence[str], body_code: Sequence[bool]) -> bool:
    """The first heading is the page's title: the only one at its level, above three or
    more sibling headings (the terms, or their groups), with at most a short intro of
    prose under it (a MkDocs admonition there, ``!!! tip "Nutzung"`` on how to use the
    page, and thematic breaks are no intro)."""
    below = Counter(levels[1:])
    siblings = max(below.values(), default=0)
    if any(level <= levels[0] for level in below) or siblings < _MIN_TERM_HEADINGS:
        return False  # "# Level 1" over "## Level 2" over "### Level 3": a chain, no page
    kept = _without_admonitions(body)
    said = [
        line
        for line, code, keep in zip(body, body_code, kept, strict=True)
        if keep and (code or (line.strip() and not _RULE.match(line)))
    ]
    if any(code for code in body_code) or len(said) > _MAX_INTRO_LINES:
        return False
    return not any(_OPENING.match(line).group(0).strip() for line in said)  # type: ignore[union-attr]


# A MkDocs admonition or collapsible block: its marker line, then its text indented.
ADMONITION_MARKER = re.compile(r"^ {0,3}(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z]")


def _without_admonitions(body: Sequence[str]) -> list[bool]:
    """For each line, False when it belongs to an admonition block (marker and the
    indented or blank lines under it)."""
    keep: list[bool] = []
    inside = False
    for line in body:
        if ADMONITION_MARKER.match(line):
            inside = True
        elif inside and line.strip() and not line.startswith((" " * 4, "\t")):
            inside = False
        keep.append(not inside)
    return keep


# "## A", "## X-Z", "## 0-9", "## #": a heading that groups the terms by their initial.
_LETTER_GROUP = re.compile(r"^[#\s]*(?:[^\W_]|[^\W_]\s*[-\u2013]\s*[^\W_]|#)[\s#]*$")
_MIN_LETTER_GROUPS = 3


def closing_start(levels: Sequence[int], texts: Sequence[str]) -> int:
    """Where a page's closing sections begin (``## Zusammenfassung``, ``## Next steps``
    after the ``## Z`` group): the first heading after the last letter group at that
    group's level or above, when three or more letter groups at one level hold the terms
    under them and no heading below that level follows (sections of their own, not a
    group of more terms). ``len(levels)`` when there is none."""
    groups = [i for i, text in enumerate(texts) if _LETTER_GROUP.match(text)]
    group_levels = {levels[i] for i in groups}
    if len(groups) < _MIN_LETTER_GROUPS or len(group_levels) != 1:
        return len(levels)
    level = next(iter(group_levels))
    if not any(lv > level for lv in levels[groups[0] :]):
        return len(levels)
    start = next((i for i in range(groups[-1] + 1, len(levels)) if levels[i] <= level), None)
    if start is None or any(lv > level for lv in levels[start:]):
        return len(levels)  # "## Symbols" over "### `*` (Star)": a group of terms too
    return start


# A page's name for itself: the last word of its title heading ("# Ordliste", "# Glossary
# of Terms"), long enough not to be a stray word.
_MIN_NAME_LETTERS = 4
_MAX_NAMING_SHARE = 0.05  # of the terms' texts that use that word too: few or none


def page_preface(page: str, title: str, text: str, term_texts: Sequence[str]) -> bool:
    """A section before the page's terms that says what the page is ("# Glossary" /
    "This is a glossary of terminology ..."): it calls the page by the last word of the
    page's title, a word the terms' own texts (almost) never use, in any language."""
    words = re.findall(r"[^\W\d_]+", page.lower())
    if not words or len(words[-1]) < _MIN_NAME_LETTERS or not term_texts:
        return False
    name = words[-1]
    if not _names(name, f"{title}\n{text}"):
        return False
    naming = sum(_names(name, t) for t in term_texts)
    return naming <= _MAX_NAMING_SHARE * len(term_texts)


def _names(name: str, text: str) -> bool:
    """A word of the text is the name or an inflection of it ("ordlisten" of "ordliste")."""
    return any(w.startswith(name) for w in re.findall(r"[^\W\d_]+", text.lower()))


def opens_with_preface(lines: Sequence[str], heads: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the first of a page's headings (line, level, title) is its preface
    (``page_preface``): the page's only top heading, over three or more headings of terms,
    when its intro calls the page by its title's last word ("# Glossary" / "This is a
    glossary of terminology ...")."""
    levels = [level for _, level, _ in heads]
    if len(levels) < _MIN_TERM_HEADINGS + 1 or levels.count(levels[0]) > 1:
        return False
    if any(level < levels[0] for level in levels):
        return False
    ends = [at for at, _, _ in heads[1:]] + [len(lines)]
    texts = ["\n".join(lines[at + 1 : end]) for (at, _, _), end in zip(heads, ends, strict=True)]
    terms = [f"{title}\n{text}" for (_, _, title), text in zip(heads[1:], texts[1:], strict=True)]
    return page_preface(heads[0][2], "", texts[0], terms)
