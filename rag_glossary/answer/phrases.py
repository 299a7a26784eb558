"""The fixed phrases of a refusal in the glossary's language (round 38).

A user reading a German glossary asks in German and should read German: "Das Glossar deckt
diese Frage nicht ab; nächstliegende Einträge: ...". The phrases are data
(data/answer_phrases.json), one set per language; a language without a set, or a phrase its
set lacks, reads English's.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from rag_glossary.coverage.glossary_language import glossary_language
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.script_language import script_language
from rag_glossary.ukrainian_latin import written_in_latin

_PHRASES = Path(__file__).resolve().parent.parent / "data" / "answer_phrases.json"


@dataclass(frozen=True)
class Phrases:
    """A refusal's fixed words: ``not_in`` holds ``{term}``, ``no_entry`` ``{term}`` and
    ``{named}`` (the entries that mention it)."""

    not_covered: str
    not_in: str
    nearest: str
    none_close: str
    no_entry: str
    also: str  # before an asked alias after the answer's name: "Empotage (aussi stuffing)"


def written(language: str | None, texts: Iterable[str]) -> str | None:
    """The key of ``language``'s phrases in the script the texts write it in: ``sr-Latn``
    for Serbian, Croatian or Bosnian written in Latin letters (studio-glossary, round 58),
    when answer_phrases.json has such a set; else ``language``."""
    latin = f"{language}-Latn"
    if language is None or latin not in _raw():
        return language
    return latin if written_in_latin(texts, language) else language


@functools.cache
def _raw() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = json.loads(_PHRASES.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def phrases(language: str | None) -> Phrases:
    """The phrases of ``language`` (None: English), English's where it has none."""
    raw = _raw()
    own = raw.get(language or "en", {})
    return Phrases(**{f.name: own.get(f.name, raw["en"][f.name]) for f in fields(Phrases)})


def text_language(text: str) -> str | None:
    """The language of a text, as glossary_language.py names a glossary's (None: English,
    or none stands out; Japanese, Korean and Chinese by their script): the answer's fixed
    words follow the entry it quotes."""
    said = Counter(words(text))
    return written(glossary_language(said) or script_language(said), [text])
