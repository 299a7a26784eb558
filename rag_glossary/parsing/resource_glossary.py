"""Which key-value resources (resource_files.py) are glossary entries, and how each reads.

A resource file names each text by a key and the application shows the value. Most are an
application's interface: labels (``OK``, ``Save file``), messages (``File {0} not found``,
``Please try again!``) and validation notes (``title is required``); a few are help texts or
glossaries whose every value defines its key (``MD_Identification_abstract``: "A brief
narrative summary of the content of the resource."). A value defines its key when it reads
as a sentence of statement: five words or more, opening on a capital, closing on a full stop,
with no placeholder for the application to fill in and no request to the user. A file is a
glossary when three or more of its values and most of them define their keys; its entries
are then the values that read as sentences (a short "Identifies the authority." too) or
have five words (a definition missing its full stop), never a label; an interface's
strings give none.

Each entry's title is the key as written (its anchor the key's slug), the value its text.
A key written as a code name (``CI_Citation_alternateTitle``, ``help.fieldName``) is also
named in words (``CI Citation alternate title``): what a reader types and retrieval matches.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.resource_shapes import section

# "{0}", "{name}", "%s", "%1$@", "%(count)d", "${user}": a value the application fills in
# (no space flag: "50% of" is text).
_PLACEHOLDER = re.compile(
    r"\{\d+[^{}]*\}|\{[A-Za-z_]\w*\}|\$\{\w+\}|%\(\w+\)[a-z]"
    r"|%(?:\d+\$)?[-#+0,]*\d*(?:\.\d+)?(?:l{0,2}[sdfxXoeEgGcui@])"
)
# Markup a Swing label (``<html>``) or a help text shows as formatting, not as text.
_MARKUP = re.compile(
    r"</?(?:html|body|head|br|p|div|span|b|i|u|em|strong|a|font|code|tt|sup|sub|ul|ol|li"
    r"|h[1-6]|img|center|small|big|nobr)\b[^<>]*>",
    re.I,
)
_BREAK = re.compile(r"<(?:br|/?p|/?div|/?li|/h[1-6])\b[^<>]*>", re.I)
_REQUEST = re.compile(r"\b(?:please|try again)\b", re.I)
_SENTENCE_END = re.compile(r"\.[\"'”’)\]]?$")
_MIN_WORDS = 5
_MIN_ENTRIES = 3
_GLOSSARY_SHARE = 0.5
_NO_GLOSSARY = (
    "an application's resource strings, no glossary (most values are labels or messages,"
    " not sentences defining their keys)"
)
# A code name: no space, and an underscore, a dot or a lower-to-upper case change inside.
_CODE_NAME = re.compile(r"^\S+$")
_CODE_MARK = re.compile(r"[_.]|[a-z][A-Z]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Resource:
    """One key and its value as the application shows it, and the line the key is on."""

    key: str
    value: str
    line: int


def resource_glossary(resources: Sequence[Resource]) -> Parsed:
    shown = (replace(r, value=_shown(r.value)) for r in resources)
    texts = [r for r in shown if r.value.strip()]
    defining = sum(defines(r.value) for r in texts)
    if defining < _MIN_ENTRIES or defining < _GLOSSARY_SHARE * len(texts):
        return Parsed([], problem=_NO_GLOSSARY)
    sections = []
    for resource in texts:
        if _entry_text(resource.value):
            lines = (" ".join(line.split()) for line in resource.value.split("\n"))
            entry = section(resource.key, "\n".join(x for x in lines if x), resource.line)
            entry.aliases = _unique([*_key_words(resource.key), *entry.aliases], resource.key)
            sections.append(entry)
    return Parsed(sections)


def _shown(value: str) -> str:
    """A value with markup (``<html>...<br>``) as the text it shows: a break a line break."""
    if not _MARKUP.search(value):
        return value
    return html.unescape(_MARKUP.sub("", _BREAK.sub("\n", value)))


def defines(value: str) -> bool:
    """A value that reads as a definition: a statement of five words or more."""
    text = " ".join(value.split())
    return (
        _sentence(text)
        and len(text.split()) >= _MIN_WORDS
        and not text[0].islower()
        and not _REQUEST.search(text)
    )


def _entry_text(value: str) -> bool:
    """In a glossary, a sentence, or a definition of five words that lost its full stop."""
    return _sentence(value) or (len(value.split()) >= _MIN_WORDS and not _PLACEHOLDER.search(value))


def _sentence(value: str) -> bool:
    text = value.strip()
    return bool(_SENTENCE_END.search(text)) and " " in text and not _PLACEHOLDER.search(text)


def _key_words(key: str) -> list[str]:
    """A code-name key in words: parts split at ``_``, ``.``, ``-`` and case changes; a
    capitalised inner word lowered (``alternateTitle`` -> ``alternate title``), an acronym
    part kept (``MD``, ``ISBN``)."""
    if not (_CODE_NAME.match(key) and _CODE_MARK.search(key)):
        return []
    words = []
    for part in re.split(r"[_.\-]+", key):
        for n, word in enumerate(w for w in _CAMEL.split(part) if w):
            inner = n > 0 and word[:1].isupper() and word[1:].islower()
            words.append(word.lower() if inner else word)
    return [" ".join(words)] if len(words) > 1 else []


def _unique(names: Sequence[str], title: str) -> list[str]:
    kept = {n.casefold(): n for n in reversed(names) if n and n.casefold() != title.casefold()}
    return list(reversed(kept.values()))
