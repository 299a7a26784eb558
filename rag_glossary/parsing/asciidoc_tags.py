"""One language of an AsciiDoc file whose text is tagged per language.

A multilingual glossary (iSAQB's: one file per term) writes each language between
``// tag::EN[]`` and ``// end::EN[]`` so that a book's ``include::term.adoc[tag=EN]``
takes one. Read as a whole, the file would give the term once per language. With two or
more such language regions the lines of the other languages are blanked (line numbers
kept): corpus.toml's ``language`` is read, else English, else the first language.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"^//\s*(tag|end)::([A-Za-z]{2,3}(?:[_-][A-Za-z]{2,4})?)\[\]\s*$")
DEFAULT_LANGUAGE = "en"


def one_language(text: str, language: str | None) -> str:
    lines = text.split("\n")
    regions: list[tuple[str, int, int]] = []  # (language, first line, end line)
    opened: dict[str, int] = {}
    for i, line in enumerate(lines):
        match = _TAG.match(line.strip())
        if match is None:
            continue
        kind, name = match.group(1), match.group(2).casefold()
        if kind == "tag":
            opened[name] = i
        elif name in opened:
            regions.append((name, opened.pop(name), i))
    languages = list(dict.fromkeys(name for name, _, _ in regions))
    if len(languages) < 2:
        return text
    wanted = (language or DEFAULT_LANGUAGE).casefold()
    chosen = wanted if wanted in languages or language else languages[0]
    for name, first, end in regions:
        if name != chosen:
            lines[first : end + 1] = [""] * (end + 1 - first)
    return "\n".join(lines)
