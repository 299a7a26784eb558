"""Dialect ``term-page``: one file per term, its title in the front matter.

Jekyll, Hugo and MDX glossaries often keep each term in its own page
(``terms/f1-score.md``: ``title: F1 score``, ``related_terms: [...]``, then the
text). Such a page is one entry: the front matter's title, the whole body and its
related terms as see-also (strings, or ``{text, link}`` mappings). The body's own
``##`` sections stay headings, which the answer composer reads as the labels of
their sections, not as sentences; a heading that repeats the title goes. The
front matter's ``description`` opens a body that has no definition before its
first section. A page with only front matter is a stub (a term without a
definition yet), or its description.

The sniffer calls a file a term page (``names_one_term``) when its front matter
has a title that is not a glossary's (``Glossary``, ``Terms``, a letter) and
either lists related terms, or has no body, or has fewer than five headings (or
bold terms) and either opens by naming the title, or has no structure of its own
(no headings, bold terms, tables or ``Term:`` lines), or opens with prose before
its sections and names no terms otherwise (whatever words its opening uses), or
has a ``description`` and names no terms otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.clean import clean_markdown, front_matter
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.fields import SEE_ALSO_NAMES, key_name, plain, title_of
from rag_glossary.parsing.generic import term_of
from rag_glossary.parsing.inline import INLINE_LINK, clean_title
from rag_glossary.parsing.markdown import GLOSSARY_WORDS, atx_heading, headings
from rag_glossary.parsing.sniff_formats import markdown_structured

_MAX_TITLE_WORDS = 12
_OPENING_CHARS = 400  # how far into the body the title must be named
_MAX_FRONT_LINES = 200
_LIST_OR_BOLD = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|\*\*|__|\||:\s)")
_MANY_PARTS = 5  # a page about one term has a few sections; a glossary page has many terms


def names_one_term(lines: Sequence[str]) -> bool:
    """True when the front matter titles a page about one term (see the module doc)."""
    meta = front_matter(lines)
    title = meta.fields.get("title", "")
    if not _term_title(title):
        return False
    body = lines[meta.end :]
    if not any(line.strip() for line in body):
        return True
    if related_terms(lines, meta.end):
        return True
    in_code = code_mask(lines, meta.end)[meta.end :]
    if _many_parts(body, in_code):
        return False  # "title: Deep Learning", its intro, then a dozen terms: a glossary page
    return (
        _opens_with(title, body, in_code)
        or _unstructured(body, in_code)
        or _defined_then_sections(body, in_code)
        or (bool(meta.fields.get("description")) and _no_terms(body, in_code))
    )


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    title = clean_title(meta.fields.get("title") or "") or source
    in_code = code_mask(lines, meta.end)
    body = [
        _labelled(line, title) if not code else line
        for line, code in zip(lines, in_code, strict=True)
    ]
    cleaned = clean_markdown(body[meta.end :], in_code[meta.end :])
    first = next((i for i in range(meta.end, len(lines)) if lines[i].strip()), None)
    if first is None and meta.end == 0:
        return Parsed([], problem="the file is empty")
    line = _title_line(lines, meta.end) if first is None else first + 1
    text = _described(cleaned.text, meta.fields.get("description", ""))
    section = Section(
        title=title,
        line=line,
        body=text,
        aliases=[*acronym_aliases(title), *defined_acronym_aliases(title, text)],
        see_also=[*related_terms(lines, meta.end), *cleaned.see_also],
        slug_text=title,
    )
    permalink = meta.fields.get("permalink") or None
    redirect = _redirect(meta.fields) if first is None else None
    return Parsed(
        [section], title=meta.fields.get("title") or None, permalink=permalink, redirect=redirect
    )


# Front matter keys of a page that sends its reader to another page (Jekyll's
# jekyll-redirect-from ``redirect_to``, a ``layout: redirect`` page's ``destination``).
_REDIRECT_KEYS = ("redirect_to", "destination", "redirect")


def _redirect(fields: dict[str, str]) -> str | None:
    """The slug of the page a body-less page redirects to ("/terms/backpropagation/")."""
    target = next((fields[k] for k in _REDIRECT_KEYS if fields.get(k)), "")
    if not target or "://" in target:
        return None
    return target.strip().strip("/").rsplit("/", 1)[-1].removesuffix(".html") or None


def related_terms(lines: Sequence[str], end: int) -> list[str]:
    """The front matter's related-terms list (``related_terms:``, ``see_also:``...), as words."""
    if end == 0 or end > _MAX_FRONT_LINES:
        return []
    data = _front_yaml(lines[1 : end - 1])
    out: list[str] = []
    for key, value in data.items():
        if key_name(str(key)) not in SEE_ALSO_NAMES:
            continue
        values = value if isinstance(value, list) else [value]
        out.extend(title_of(text) for v in values if (text := _related_name(v)))
    return out


_NAME_KEYS = ("text", "title", "name", "term", "label")
_LINK_KEYS = ("link", "url", "href", "slug", "path")


def _related_name(value: object) -> str:
    """A related term's name: the string itself, or a mapping's ``text``/``title``
    (``{text: FedProx, link: /glossary/fedprox}``), else the last part of its link."""
    if not isinstance(value, Mapping):
        return plain(value)
    fields = {key_name(str(k)): v for k, v in value.items()}
    name = next((text for k in _NAME_KEYS if (text := plain(fields.get(k)))), "")
    if name:
        return name
    link = next((text for k in _LINK_KEYS if (text := plain(fields.get(k)))), "")
    return link.strip("/").rsplit("/", 1)[-1].split("#")[0].removesuffix(".html")


def _front_yaml(lines: Sequence[str]) -> dict[Any, Any]:
    import yaml  # only for front matter with lists; keeps the query path light

    try:
        data = yaml.safe_load("\n".join(lines))
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _term_title(title: str) -> bool:
    words = title.split()
    letters = sum(ch.isalpha() for ch in title)
    return letters >= 2 and 0 < len(words) <= _MAX_TITLE_WORDS and not GLOSSARY_WORDS.search(title)


def _opens_with(title: str, body: Sequence[str], in_code: Sequence[bool]) -> bool:
    """The body's first text names the title (``**Abscissa** is ...``)."""
    text = " ".join(line for line, code in zip(body, in_code, strict=False) if not code)
    opening = INLINE_LINK.sub(r"\1", text)[: _OPENING_CHARS * 2]
    opening = re.sub(r"[*_`]", "", " ".join(opening.split()))[:_OPENING_CHARS]
    name = re.sub(r"\s*\([^()]*\)", "", clean_title(title)).strip()
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
    return bool(name) and re.search(pattern, opening, re.IGNORECASE) is not None


def _many_parts(body: Sequence[str], in_code: Sequence[bool]) -> bool:
    """Five or more headings, or of bold terms, table rows and definition-list terms."""
    many = _MANY_PARTS - 1
    return len(headings(body, in_code)) > many or markdown_structured(body, in_code, many)


def _defined_then_sections(body: Sequence[str], in_code: Sequence[bool]) -> bool:
    """Prose first, then a few ``##`` sections and no terms of another kind ("Non-IID
    (non-independently ...) data describes ...", then "## Why it matters"): the page's
    one title names what its opening defines, whatever words that opening uses."""
    first = next((i for i, line in enumerate(body) if line.strip()), None)
    if first is None or in_code[first] or _LIST_OR_BOLD.match(body[first]):
        return False
    return not atx_heading(body[first]) and _no_terms(body, in_code)


def _no_terms(body: Sequence[str], in_code: Sequence[bool]) -> bool:
    """No bold terms, term tables, definition lists or ``Term: definition`` lines."""
    if markdown_structured(body, in_code, 0):
        return False
    term_lines = sum(
        1 for line, code in zip(body, in_code, strict=False) if not code and term_of(line)
    )
    return term_lines < 2


def _unstructured(body: Sequence[str], in_code: Sequence[bool]) -> bool:
    """No headings, bold terms, tables, definition lists or ``Term: definition`` lines."""
    return not headings(body, in_code) and _no_terms(body, in_code)


def _title_line(lines: Sequence[str], end: int) -> int:
    return next((i + 1 for i in range(1, end) if lines[i].lower().startswith("title")), 1)


def _labelled(line: str, title: str) -> str:
    """A heading that repeats the page's title goes; any other (``## Why it matters``)
    stays a heading: the answer composer reads it as its section's label, never as a
    sentence of the definition."""
    heading = atx_heading(line)
    if heading is None:
        return line
    text = heading[1].strip("# \t")
    return "" if _same_name(clean_title(text), clean_title(title)) else f"## {text}"


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _described(body: str, description: str) -> str:
    """The body, opened by the front matter's ``description`` when no text comes before
    its first section (a summary that repeats a definition would only say it twice)."""
    summary = plain(description)
    opening = "" if body.startswith("## ") else body.split("\n## ", 1)[0]
    if not summary or opening.strip():
        return body
    return f"{summary}\n\n{body}".strip()
