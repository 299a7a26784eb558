"""Where a glossary stands among an app's string resources (android_strings.py).

Three shapes, each general to string resources:

- an array of whole entries: most of its distinct items split, at the first line break,
  ``|`` or spaced dash (``Dohyo|The ring ...``, ``Аверс – лицевая ...``), into a short name
  and a definition (repeated filler items are not counted);
- two arrays as long as each other, one of names (short, one line) and one of definitions;
- named strings paired by name: the same name with a term word (``title``, ``term``,
  ``faq``...) or none in one and a definition word (``def``, ``description``, ``answer``...)
  in the other (``glossary_x_title`` / ``glossary_x_description``, ``bread_pan`` /
  ``bread_pan_def``, ``faqone`` / ``answerone``).

Each shape needs three entries or more whose median definition is a sentence (five words or
more): an app's labels (``Search``, ``Settings``) and its lists of names give none. Pairs
named by ``title`` / ``description`` alone (an app's screens are named so too) must be most
of the file's strings.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases

_FORMAT = re.compile(r"%(?:\d+\$)?[-#+ 0,(]*\d*(?:\.\d+)?[sdfxXoeEgGc]")
_SPLITS = ("\n", "|", " - ", " – ", " — ")
_ENDED = re.compile(r"[.!?:;]\W?$")
_BULLET = re.compile(r"^[•·▪◦*-]\s*")
_OR_NAME = re.compile(r"^(.*\S)\s*\((?:or|OR|Or)\s+([^()]+)\)$")
_MAX_NAME_WORDS = 8
_MIN_DEFINITION_WORDS = 5  # the median definition: a sentence, not a label
_MIN_ENTRIES = 3
_SPLIT_SHARE = 0.8
_SEPARATORS = "_.-"
_TERM_WORDS = ("term", "word", "name", "title", "question", "faq")
_DEFINING_WORDS = ("definition", "def", "meaning", "explanation")
_DEFINITION_WORDS = ("definition", "def", "description", "desc", "meaning", "explanation", "answer")


@dataclass(frozen=True)
class Value:
    """A resource string as the app shows it, and the line it starts on."""

    text: str
    line: int


def glossary_sections(strings: dict[str, Value], arrays: Sequence[list[Value]]) -> list[Section]:
    """The entries of every glossary shape found, in file order."""
    sections = [s for items in arrays for s in _split_items(items)]
    if not sections:
        sections = _parallel(arrays)
    sections += _string_pairs(strings)
    return sorted(sections, key=lambda s: s.line)


def _name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and not _FORMAT.search(text) and "\n" not in text


def _sentences(texts: Iterable[str]) -> bool:
    lengths = [len(t.split()) for t in texts]
    return len(lengths) >= _MIN_ENTRIES and statistics.median(lengths) >= _MIN_DEFINITION_WORDS


def _head_and_rest(text: str) -> tuple[str, str] | None:
    """An item's name and definition, split at the first mark that leaves a name before."""
    for mark in _SPLITS:
        head, sep, rest = text.partition(mark)
        if sep and _name(head.strip()) and rest.strip():
            return head.strip(), rest.strip()
    return None


def _split_items(items: list[Value]) -> list[Section]:
    distinct = list({item.text: item for item in reversed(items)}.values())[::-1]
    split = [(item, parts) for item in distinct if (parts := _head_and_rest(item.text))]
    if len(split) < _SPLIT_SHARE * len(distinct) or not _sentences(r for _, (_, r) in split):
        return []
    return [section(head, rest, item.line) for item, (head, rest) in split]


def _parallel(arrays: Sequence[list[Value]]) -> list[Section]:
    for names in arrays:
        if len(names) < _MIN_ENTRIES or not all(_name(v.text) for v in names):
            continue
        for texts in arrays:
            if texts is not names and len(texts) == len(names) and _definitions(texts):
                return [section(n.text, d.text, n.line) for n, d in zip(names, texts, strict=True)]
    return []


def _definitions(values: list[Value]) -> bool:
    return _sentences(v.text for v in values) and not any(_FORMAT.search(v.text) for v in values)


def _string_pairs(strings: dict[str, Value]) -> list[Section]:
    terms: dict[tuple[str, str], Value] = {}
    for name, value in strings.items():
        for key in [(name.lower(), ""), *_keys(name, _TERM_WORDS)]:
            terms.setdefault(key, value)
    pairs: dict[str, Section] = {}
    defining = 0
    for name, value in strings.items():
        term = next((t for k in _keys(name, _DEFINITION_WORDS) if (t := terms.get(k))), None)
        title = " ".join(term.text.split()) if term is not None else ""
        if term is not None and term is not value and _name(title) and value.text:
            pairs.setdefault(title, section(title, value.text, term.line))
            defining += bool(_keys(name, _DEFINING_WORDS))
    found = list(pairs.values())
    if not _sentences(s.body for s in found):
        return []
    # "x_title" / "x_description" also pairs an app's screens: then the pairs must be most
    # of its strings; "def" / "definition" / "meaning" name a glossary wherever they stand.
    return found if defining * 2 > len(found) or len(found) * 4 >= len(strings) else []


def _keys(name: str, words: Sequence[str]) -> list[tuple[str, str]]:
    """(before, after) around each marker word of a name, at a part boundary or an end,
    separators trimmed: ``glossary_x_title`` gives ``("glossary_x", "")``."""
    lowered = name.lower()
    keys = []
    for word in words:
        for match in re.finditer(re.escape(word), lowered):
            start, end = match.span()
            before, after = lowered[:start], lowered[end:]
            opens = not before or before[-1] in _SEPARATORS or name[start].isupper()
            closes = not after or after[0] in _SEPARATORS or name[end].isupper() or not before
            key = (before.rstrip(_SEPARATORS), after.lstrip(_SEPARATORS))
            if opens and closes and any(key):
                keys.append(key)
    return keys


def section(title: str, text: str, line: int) -> Section:
    """An entry: its title's other names as aliases, its text as paragraphs."""
    body = _body(text)
    names = [*_or_names(title), *acronym_aliases(title), *defined_acronym_aliases(title, body)]
    kept = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    return Section(title=title, line=line, body=body, aliases=kept)


def _body(text: str) -> str:
    """A line break after a sentence's end parts paragraphs, any other is a wrap (joined
    by a space); bullet lines (``•``) make one ``- item`` list."""
    blocks: list[str] = []
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        item = f"- {line[bullet.end() :]}" if bullet and line[bullet.end() :] else None
        last = blocks[-1] if blocks else None
        if item and last and last.startswith("- "):
            blocks[-1] += "\n" + item
        elif not item and last and not last.startswith("- ") and not _ENDED.search(last):
            blocks[-1] += ("" if line[:1] in ",;.)" else " ") + line
        else:
            blocks.append(item or line)
    return "\n\n".join(blocks)


def _or_names(title: str) -> list[str]:
    """``PLACE (OR PUT)``: both names."""
    match = _OR_NAME.match(title)
    return [match.group(1), match.group(2).strip()] if match else []
