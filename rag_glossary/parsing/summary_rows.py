"""A term file's summary table and its labelled headings (md_terms.py, generic.py).

A dictionary generated from term records often opens with a summary table of every term
beside its name in the other language (``| **Gaeilge** | **Béarla** |`` rows ``| ráta
foghlama | learning rate |``) and then defines each term under a heading of its own.
Read so, a term is two entries, the one-line row beating the section that answers. When
three quarters or more of a table's rows (three at least) name a term a heading defines,
the table is a summary: each such row is no entry, and its other column (a short name)
and its names become the section's aliases; a row no heading defines stays an entry.

Such headings often read ``TERM (LABEL): OTHER NAME`` (``ró-fhoghlaim (ainmfhocal):
overfitting``), the label a word the file's headings share (a part of speech: noun,
adjective, verb, in the file's language). When three or more headings carry the same
label, each is read as its term, titled so, with the other name as its alias; the label
goes, and so does a one-off lower-case label among them (a typo, ``(briathair)``). In a
file without such shared labels a parenthesis before a colon (``Kubernetes (k8s): ...``)
stays title text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from rag_glossary.parsing.base import Section, acronym_aliases

_LABELLED = re.compile(r"^(?P<term>\S.*?)\s*\((?P<label>[^\W\d_][\w'’-]*)\)\s*:\s*(?P<other>\S.*)$")
_MIN_LABELLED = 3  # headings sharing one label
_OTHER_WORDS = 8  # an other name, not a description
_MIN_ROWS = 3
_SUMMARY_SHARE = 0.75


def labelled_titles(titles: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Index -> (term, other name) of the ``TERM (LABEL): OTHER`` titles, when three or
    more of them share the label; a one-off lower-case label among them too."""
    found: dict[int, re.Match[str]] = {}
    for i, title in enumerate(titles):
        match = _LABELLED.match(title)
        if match and len(match["other"].split()) <= _OTHER_WORDS:
            found[i] = match
    labels = Counter(m["label"].casefold() for m in found.values())
    if not labels or labels.most_common(1)[0][1] < _MIN_LABELLED:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for i, match in found.items():
        label = match["label"]
        if labels[label.casefold()] >= _MIN_LABELLED or label.islower():
            out[i] = (match["term"].strip(), match["other"].strip())
    return out


def summary_lines(
    headings: Sequence[tuple[int, str]], tables: Sequence[Sequence[Section]]
) -> set[int]:
    """The lines of the headings (line, title) whose terms a summary table lists: terms,
    each heading an entry."""
    terms = labelled_titles([title for _, title in headings])
    keys: dict[str, list[int]] = {}
    for i, (line, title) in enumerate(headings):
        keys.setdefault(_key(terms[i][0] if i in terms else title), []).append(line)
    found: set[int] = set()
    for rows in tables:
        named = [keys[_key(row.title)] for row in rows if _key(row.title) in keys]
        if len(rows) >= _MIN_ROWS and len(named) >= _SUMMARY_SHARE * len(rows):
            found.update(line for lines in named for line in lines)
    return found


def summary_read(
    sections: list[Section], tables: Sequence[Sequence[Section]], heading_lines: Collection[int]
) -> list[Section]:
    """``sections`` with their ``TERM (LABEL): OTHER`` headings read (``labelled_headings``)
    and the rows of summary tables merged into the sections of their terms
    (``merge_summary_rows``)."""
    labelled_headings(sections, heading_lines)
    return merge_summary_rows(sections, tables, heading_lines)


def labelled_headings(sections: Sequence[Section], heading_lines: Collection[int]) -> None:
    """``TERM (LABEL): OTHER`` headings read as their term, the other name an alias (in
    place)."""
    heads = [i for i, section in enumerate(sections) if section.line in heading_lines]
    for k, (term, other) in labelled_titles([sections[i].title for i in heads]).items():
        section = sections[heads[k]]
        section.title = term
        section.slug_text = term
        names = [other, *acronym_aliases(term), *acronym_aliases(other), *section.aliases]
        section.aliases = _distinct(names, term)


def merge_summary_rows(
    sections: Sequence[Section], tables: Sequence[Sequence[Section]], heading_lines: Collection[int]
) -> list[Section]:
    """``sections`` without the rows of summary tables (``tables``: the row lines of each
    table), each row's names added to the heading section of its term."""
    drop: set[int] = set()
    for table in tables:
        rows = {row.line for row in table}
        row_at = [i for i, s in enumerate(sections) if s.line in rows]
        pairs = _pairs(sections, row_at, heading_lines)
        if len(row_at) < _MIN_ROWS or len(pairs) < _SUMMARY_SHARE * len(row_at):
            continue
        for row, head in pairs:
            section, found = sections[head], sections[row]
            names = [*section.aliases, *found.aliases]
            if _name_like(found.body):
                names.append(" ".join(found.body.split()))
            section.aliases = _distinct(names, section.title)
            drop.add(row)
    return [s for i, s in enumerate(sections) if i not in drop]


def _pairs(
    sections: Sequence[Section], row_at: Sequence[int], heading_lines: Collection[int]
) -> list[tuple[int, int]]:
    """(row, heading section) of each row whose title a heading section bears; of two
    sections of one title (homonyms), the one whose alias is the row's other name."""
    heads: dict[str, list[int]] = {}
    for i, section in enumerate(sections):
        if section.line in heading_lines:
            heads.setdefault(_key(section.title), []).append(i)
    pairs: list[tuple[int, int]] = []
    for row in row_at:
        free = heads.get(_key(sections[row].title), [])
        if not free:
            continue
        other = _key(sections[row].body)
        head = next((h for h in free if other in map(_key, sections[h].aliases)), free[0])
        free.remove(head)
        pairs.append((row, head))
    return pairs


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name_like(body: str) -> bool:
    text = body.strip()
    return bool(text) and "\n" not in text and len(text.split()) <= _OTHER_WORDS


def _distinct(names: Sequence[str], title: str) -> list[str]:
    seen = {_key(title)}
    out: list[str] = []
    for name in names:
        if name.strip() and _key(name) not in seen:
            seen.add(_key(name))
            out.append(name.strip())
    return out
