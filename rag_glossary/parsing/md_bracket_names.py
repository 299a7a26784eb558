"""Other names in the bracket that closes a bold term on a page in another language than
English (round 55): sdlc-glossary's ``**Rozšíriť–migrovať–zúžiť (expand–migrate–contract,
parallel change)** — ...``, ``**Pôvod (provenance)** — ...``, trmalzeme-glossary's ``**SMA
(Şekil Hafızalı Alaşım - Shape Memory Alloy)**``. The term's name in the other language
and the names a bracket lists are aliases of the term.

A bracket is no name when it qualifies or describes the term: it opens with a function
word of the page's language or English (``(pri agentoch)``, ``(so slučkou)``), holds a
sentence or a colon (``(grant sizing: scope · mode ...)``), names the word's class
(``(noun)``) or is a symbol (``(R²)``, ``(E_F)``). One word alone in the bracket is a name
only when it is plainly in another language than the term (one of the two has letters
beyond ASCII, the other none: ``Súperenie o prostriedky (contention)``) or the same word
in another spelling (``Adoption (Adopsi)``); else it may qualify the term in the page's
language (``Zvládnuteľný rozsah (úlohy)``, bee-glossary's ``Lagstiftning (Biodling)``,
``Orientering (Bin)``). English pages are left alone: there ``Beacon (Airport)``
qualifies and ``(Atomicity, Consistency, ...)`` lists parts, not names (acronyms and
clipped names are read by base.py's rules)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.marks import unaccented
from rag_glossary.parsing.base import Section
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_leads import SHORT_TERM_WORDS, word_class
from rag_glossary.parsing.name_phrases import text_language

_TRAILING = re.compile(r"^(?P<head>[^()]*[^\s()])[ \t]*\((?P<inner>[^()]{2,80})\)$")
# names listed in the bracket: a comma, a semicolon, a spaced slash or middle dot
_LISTED = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+[/·][ \t]+")
# "Şekil Hafızalı Alaşım - Shape Memory Alloy", "Density of States - DOS": a spaced dash
# between the names in two languages, or a name and its acronym
_DASHED = re.compile(r"[ \t]+[—–-][ \t]+")
_NO_NAME = re.compile(r"[.:!?…`\"“”]")
_WORD = re.compile(r"[^\W\d_]+")
_SAME_OPENING = 4  # letters a word and its other spelling open with ("adop", "indi")


def add_bracket_names(sections: Sequence[Section], lead_lines: Collection[int]) -> None:
    """Give each section a bold lead opened (its line in ``lead_lines``) the other names
    its title's closing bracket holds, on a page in another language than English."""
    language = text_language(f"{s.title} {s.body}" for s in sections)
    if language is None:
        return
    function = function_words(language) | function_words("en")
    for section in sections:
        if section.line not in lead_lines:
            continue
        names = bracket_names(section.title, function)
        known = {a.casefold() for a in section.aliases}
        section.aliases = [*section.aliases, *(n for n in names if n.casefold() not in known)]


def bracket_names(title: str, function: Collection[str]) -> list[str]:
    """The names ``Head (name, name)`` gives (``function``: the function words of the
    page's language and English)."""
    match = _TRAILING.match(title.strip())
    if match is None:
        return []
    head, inner = match.group("head").strip(), match.group("inner").strip()
    if _NO_NAME.search(inner) or word_class(inner):
        return []
    parts = [clean_title(p) for part in _LISTED.split(inner) for p in _dashed(part)]
    names = [p for p in parts if _name_shaped(p, function)]
    if len(parts) == 1 and not (names and _other_name(head, names[0])):
        return []
    return list(dict.fromkeys(n for n in names if n.casefold() != head.casefold()))


def _dashed(part: str) -> list[str]:
    """A part split at a spaced dash between names in two languages or a name and its
    acronym; one name else (``Partial Least Squares - Structural Equation Modeling``)."""
    sides = [s.strip() for s in _DASHED.split(part) if s.strip()]
    if len(sides) != 2:
        return [part.strip()] if part.strip() else []
    spelled = {_plain(s) for s in sides}
    return sides if len(spelled) == 2 or any(not _has_lower(s) for s in sides) else [part]


def _name_shaped(part: str, function: Collection[str]) -> bool:
    """A few words with letters, not opening with a function word (``pri agentoch``)."""
    words = part.split()
    if not 0 < len(words) <= SHORT_TERM_WORDS or not _lettered(part) or "_" in part:
        return False  # "(R²)", "(E_F)": a symbol, no name
    return words[0].casefold() not in function


def _lettered(part: str) -> bool:
    """Two letters in a row (``R²``'s ``²`` is no letter)."""
    return any(a.isalpha() and b.isalpha() for a, b in itertools.pairwise(part))


def _other_name(head: str, name: str) -> bool:
    """A name of a few words, or one word plainly in the other language: one of the two
    has letters beyond ASCII, the other none, or it is a word of the term in another
    spelling (``Adopsi``, ``Indikator``)."""
    if len(name.split()) > 1 or _plain(head) != _plain(name):
        return True
    key = unaccented(name.casefold())[:_SAME_OPENING]
    return len(key) == _SAME_OPENING and any(
        unaccented(w.casefold()).startswith(key) for w in _WORD.findall(head)
    )


def _plain(text: str) -> bool:
    """Every letter is ASCII."""
    return all(ch.isascii() for ch in text if ch.isalpha())


def _has_lower(text: str) -> bool:
    return any(ch.islower() for ch in text)
