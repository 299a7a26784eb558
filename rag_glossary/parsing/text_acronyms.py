"""Acronyms an entry's text gives: an acronym title's expansion its definition opens with
(``FSF`` defined as ``Free Software Foundation. ...``), and the acronym the text puts after
the title's words (``A dynamically sized type (DST) is ...``). Split from base.py."""

from __future__ import annotations

import re

from rag_glossary.acronyms import NUMERONYM as _NUMERONYM
from rag_glossary.acronyms import listed_expansion
from rag_glossary.acronyms import looks_like_acronym as _looks_like_acronym
from rag_glossary.acronyms import numeronym_expansion as _numeronym_expansion
from rag_glossary.acronyms import spelled_by as _spelled_by
from rag_glossary.acronyms import word_list as _word_list
from rag_glossary.loose_acronyms import OPTIONAL_WORDS, loosely_spelled
from rag_glossary.parsing.body_names import MAX_ALIAS_SOURCE
from rag_glossary.parsing.inline import display_title

__all__ = ["acronym_after_title", "acronym_title_expansion", "defined_acronym_aliases"]

_ARTICLES = frozenset(("a", "an", "the"))
_FIRST_CLAUSE = re.compile(r"^[^.,;:(\n—]*")  # an em dash ends the clause too
_OPENING_BRACKETS = re.compile(r"^\(([^()\n]{3,80})\)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,7}s")
_PAREN_ACRONYM = re.compile(r"\(([A-Za-z]{2,8})\)")


def defined_acronym_aliases(title: str, body: str, *, loose: bool = False) -> list[str]:
    """Aliases the definition's first sentence gives: ``DAG`` defined as ``Directed acyclic
    graph, ...`` gets that expansion; ``Exploratory data analysis`` defined as ``Exploratory
    data analysis (EDA) is ...`` gets ``EDA``. The acronym must be the expansion's initials;
    ``loose``: or spelled loosely, a plural acronym by its singular (abbreviation snippets)."""
    title = display_title(title)
    if _acronym_title(title):
        return acronym_title_expansion(title, body, loose=loose)
    return acronym_after_title(title, body)


def acronym_after_title(title: str, body: str) -> list[str]:
    """``Dynamically sized type`` defined as ``A dynamically sized type (DST) is ...`` gets
    ``DST`` (every reader: the text names the title, then the acronym its words spell)."""
    title = display_title(title)
    first = body[:MAX_ALIAS_SOURCE].split(". ", 1)[0]
    for match in _PAREN_ACRONYM.finditer(first):
        acronym = match.group(1)
        before = first[: match.start()].rstrip().casefold()
        if before.endswith(title.casefold()) and _looks_like_acronym(acronym):
            spelled = _spelled_by(acronym, _word_list(title)) or loosely_spelled(acronym, title)
            return [acronym] if spelled else []
    return []


def acronym_title_expansion(title: str, body: str, *, loose: bool = False) -> list[str]:
    """An acronym title's expansion the definition opens with: ``FSF`` defined as ``Free
    Software Foundation. ...`` gets ``Free Software Foundation``."""
    title = display_title(title)
    first = body[:MAX_ALIAS_SOURCE].split(". ", 1)[0]
    if re.fullmatch(r"[A-Za-z]{2,8}", title) and _looks_like_acronym(title):
        found = _expansion(title, first, loose=loose) or listed_expansion(title, first)
        if not found and loose and _PLURAL_ACRONYM.fullmatch(title):  # "CNNs: Convolutional"
            found = _expansion(title[:-1], first, spelled=title, loose=True)
        return found
    if _NUMERONYM.fullmatch(title):
        return _numeronym_expansion(title, first)
    return []


def _acronym_title(title: str) -> bool:
    acronym = re.fullmatch(r"[A-Za-z]{2,8}", title) and _looks_like_acronym(title)
    return bool(acronym or _NUMERONYM.fullmatch(title))


def _expansion(acronym: str, sentence: str, *, spelled: str = "", loose: bool = False) -> list[str]:
    """The leading words of ``sentence`` (after an optional ``ACRONYM:``) it abbreviates:
    their initials, or failing that (``loose``) the longest run the acronym loosely spells
    (``TAI``: ``Transformative AI``, ``RLAIF``: ``Reinforcement Learning from AI Feedback``)."""
    sentence = re.sub(rf"^{re.escape(spelled or acronym)}\s*[:\-–]\s*", "", sentence)
    opening = _OPENING_BRACKETS.match(sentence)  # "CQRS:: (command query ...): Separate ..."
    if opening and _spelled_by(acronym, _word_list(opening.group(1))):
        return [opening.group(1).strip()]
    clause = _FIRST_CLAUSE.match(sentence)
    phrase = clause.group(0).split() if clause else []
    if phrase and phrase[0].casefold() in _ARTICLES:  # "DAG:: A directed acyclic graph ..."
        phrase = phrase[1:]
    names = [" ".join(phrase[:n]).strip("\"'“”‘’ -–") for n in range(1, min(len(phrase), 8) + 1)]
    strict = [  # 'LGTM: "Looks Good'; not "Capsule Représentative de" (Droit)
        n for n in names if _spelled_by(acronym, _word_list(n)) and not _ends_small(n)
    ]
    if strict or not loose:
        return strict[:1]
    # the longest, each word giving letters: "RLAIF" is not "Reinforcement Learning from"
    return [
        n
        for n in reversed(names)
        if n.split()[-1].casefold() not in OPTIONAL_WORDS  # not "DisCovery an"
        and acronym.casefold() not in n.casefold().split()  # "APERTURE: Aperture refers"
        and loosely_spelled(acronym, n, head_noun=False)
    ][:1]


def _ends_small(name: str) -> bool:
    """A title-cased name ending in a lower-case word of one to three letters (``Capsule
    Représentative de``): a function word, the name goes on (``Castles on the air`` ends)."""
    words = _word_list(name)
    title_cased = sum(w[0].isupper() for w in words) >= 2
    return title_cased and words[-1].islower() and len(words[-1]) <= 3
