"""The phrases a definition gives another name of its term with, per language
(data/name_phrases.json): "also called X", "También llamado X", "auch als X bezeichnet".
A glossary's language (coverage/glossary_language.py, read from its entries' words) decides
which apply; English's always do (a glossary in another language may quote English)."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rag_glossary.coverage.glossary_language import glossary_language

_DATA = Path(__file__).resolve().parent.parent / "data" / "name_phrases.json"
_NAME = r"(?P<name>[^\s*_][^\n.;:()]{0,58}?)"
# the next sentence opens with a capital (accented ones too: "... junta. Éste ...")
_NEXT = r"(?=[ \t]*$|[ \t]+(?-i:[A-ZÀ-ÖØ-Þ]))"
_WORD = re.compile(r"\w+")
# a numbered sense before a line's phrase ("2. Also called the focus.")
_SENSE = r"(?:\d{1,2}[.)][ \t]+)?"


@dataclass(frozen=True)
class NamePhrases:
    """One language's ways to give a name: a line of its own (``Also called X``), a
    sentence of its own (``... depth. Also called the focus.``), the first sentence's
    closing apposition (``The main group of riders, also known as the pack.``); the
    articles a name may open with, the words joining listed names, and the words that make
    a "name" a clause (``that``, ``que``). For a first sentence (first_names.py): the
    phrases without a ``{name}`` slot, those giving what a short form is short for
    (``short for``, ``Abkürzung für``) and the verbs a definition's subject takes (``is``)."""

    line: tuple[re.Pattern[str], ...]
    sentence: tuple[re.Pattern[str], ...]
    clause: tuple[re.Pattern[str], ...]
    articles: frozenset[str]
    joins: tuple[str, ...]
    clause_words: frozenset[str]
    shared_head: bool
    called_words: tuple[str, ...] = ()
    short_words: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()
    name_ends: frozenset[str] = frozenset()
    templates: tuple[tuple[str, str], ...] = ()
    closing: tuple[re.Pattern[str], ...] = ()
    title_joins: tuple[str, ...] = ()


@functools.cache
def _raw() -> dict[str, dict[str, object]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {code: forms for code, forms in data.items() if not code.startswith("_")}


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "a.k.a." is tried before "a.k.a"."""
    spelled = sorted(set(words), key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in spelled)


def _by_suffix(phrases: Iterable[str]) -> dict[str, list[str]]:
    """``auch als {name} bezeichnet`` -> {"bezeichnet": ["auch als"]}; no {name}: it ends."""
    found: dict[str, list[str]] = {}
    for phrase in phrases:
        prefix, _, suffix = phrase.partition("{name}")
        found.setdefault(suffix.strip(), []).append(prefix.strip())
    return found


def _patterns(phrases: Iterable[str], articles: str) -> tuple[list[re.Pattern[str]], ...]:
    lines, sentences, clauses = [], [], []
    flags = re.IGNORECASE | re.MULTILINE
    for suffix, prefixes in _by_suffix(phrases).items():
        said = f"(?:{_alternation(prefixes)})"
        tail = f"[ \\t]+{_alternation([suffix])}" if suffix else ""
        article = f"(?:(?:{articles})[ \\t]+)?"
        lines.append(
            re.compile(
                rf"^[ \t]*{_SENSE}[*_]*{said}[ \t]*:?[ \t]+{_NAME}{tail}[.]?[*_]*[ \t]*$", flags
            )
        )
        sentences.append(
            re.compile(rf"(?<=[.!?])[ \t]+{said}[ \t]+{article}{_NAME}{tail}\.{_NEXT}", flags)
        )
        clauses.append(
            re.compile(
                rf"^(?P<phrase>[^\n.,;:()]+?),[ \t]+{said}[ \t]+{_NAME}{tail}\.{_NEXT}",
                re.IGNORECASE,
            )
        )
    return lines, sentences, clauses


def _closings(
    phrases: Iterable[str], articles: str, relative: Iterable[str]
) -> list[re.Pattern[str]]:
    """``..., λέγεται και σιμότητα ή λουνάδα (Δαμιανίδης)``, ``... μακαράς με ένα καρούλι,
    που λέγεται και ράουλο``: the phrase after a comma or a relative word closes a line or
    a sentence (a source in brackets may follow) with the term's other names."""
    rel = _alternation(relative)
    before = rf"(?:,[ \t]*(?:(?:{rel})[ \t]+)?|[ \t]+(?:{rel})[ \t]+)" if rel else r",[ \t]*"
    article = f"(?:(?:{articles})[ \t]+)?" if articles else ""
    return [
        re.compile(
            rf"{before}(?:{_alternation(prefixes)})[ \t]+{article}{_NAME}"
            rf"(?:[ \t]*\([^()\n]*\))?(?:[.]?[ \t]*$|\.{_NEXT})",
            re.IGNORECASE | re.MULTILINE,
        )
        for suffix, prefixes in _by_suffix(phrases).items()
        if not suffix
    ]


def has_phrases(language: str | None) -> bool:
    """The data holds ``language``'s own phrases and verbs (English's always count)."""
    return language in (None, "en") or language in _raw()


@functools.cache
def name_phrases(language: str | None) -> NamePhrases:
    """English's phrases, and ``language``'s if it has any in the data."""
    raw = _raw()
    codes = ["en"] if language in (None, "en") or language not in raw else ["en", language]
    forms = [raw[code] for code in codes]

    def listed(key: str) -> list[str]:
        return [str(w) for form in forms for w in form.get(key, [])]  # type: ignore[attr-defined]

    articles = _alternation(listed("articles"))
    lines, sentences, clauses = _patterns(listed("called"), articles)
    own = raw[codes[-1]] if codes[-1] != "en" else {}
    closing = (
        _closings(own.get("called", []), articles, own.get("relative", []))  # type: ignore[arg-type]
        if own.get("closing")
        else []
    )
    return NamePhrases(
        line=tuple(lines),
        sentence=tuple(sentences),
        clause=tuple(clauses),
        articles=frozenset(w.casefold() for w in listed("articles")),
        joins=tuple(listed("or")),
        clause_words=frozenset(w.casefold() for w in listed("clause")),
        shared_head=bool(raw[codes[-1]].get("shared_head")),
        # the phrases a first sentence names its term with (parsing/first_names.py)
        called_words=tuple(
            " ".join(w.casefold().split())
            for w in (*listed("called"), *listed("named"))
            if "{name}" not in w
        ),
        short_words=tuple(" ".join(w.casefold().split()) for w in listed("short")),
        verbs=frozenset(w.casefold() for w in listed("verbs")),
        name_ends=frozenset(
            w.partition("{name}")[2].strip().casefold() for w in listed("called") if "{" in w
        ),
        templates=tuple(
            (before.strip().casefold(), after.strip().casefold())
            for before, _, after in (w.partition("{name}") for w in listed("called") if "{" in w)
        ),
        closing=tuple(closing),
        # the words a title of the glossary's own language joins two names with (not "or")
        title_joins=tuple(str(w) for w in own.get("or", [])),  # type: ignore[attr-defined]
    )


def text_language(texts: Iterable[str]) -> str | None:
    """The language of a glossary's entries (``texts``: each entry's title and text), as
    glossary_language reads it from each word's count of entries (None: English)."""
    doc_freq: Counter[str] = Counter()
    for text in texts:
        doc_freq.update(set(_WORD.findall(text.lower())))
    return glossary_language(doc_freq)
