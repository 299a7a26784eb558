"""The other name a question asks by: "what is the plain model" is answered by the
Standard Model entry ("Also known as the bare model or plain model."); an answer that
neither names "plain model" nor says it is the same thing leaves the reader unsure it
answers at all, so the entry's name shows the link: "Standard Model (also plain model)"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.answer.names import core, mentions
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.pieces import Group, Statement, display_name, speaking_hits
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Hit
from rag_glossary.word_marks import WORD

_LANGUAGE_DEPTH = 5  # the entries whose words tell the answer's language
_INITIALS = lazy_regex(r"[A-Z0-9][A-Z0-9&-]{1,7}s?")  # "MLM", "2SLS": shown as "Name (MLM)"


def asked_alias(term: str, group: Group) -> str:
    """The alias of the group's lead entry that ``term`` is, when its title does not say it."""
    term_core = core(term)
    if not term_core:
        return ""
    hit = speaking_hits(group)[0]  # not a pointer entry merged as another name
    fitting = [a for a in hit.entry.aliases if not _says(hit.title, a) and not _holds(hit.title, a)]
    whole = [a for a in fitting if core(a) == term_core]
    # the question adds a word to the alias ("roulette in pottery", "roman arch kiln"):
    # the alias said whole, as written, inside the term is still the name it asks by; an
    # inflected word ("every node splits in two" beside the alias "split") only describes
    inside = [a for a in fitting if core(a) and f" {core(a)} " in f" {term_core} "]
    inside = [a for a in inside if f" {_plain(a)} " in f" {_plain(term)} "]
    return next(iter(whole or sorted(inside, key=lambda a: -len(core(a)))), "")


def linked(
    term: str, group: Group, statements: Sequence[Statement], hits: Sequence[Hit] = ()
) -> list[Statement]:
    """``statements`` with the lead entry's name and the asked alias shown first, when the
    question asks by that alias and no statement names it; "also" in the language of the
    entries found (``hits``, else the group's: "Empotage (aussi Stuffing)", round 40 F; one
    short entry alone may look French or Swedish, five do not)."""
    out = list(statements)
    alias = asked_alias(term, group)
    said = " ".join(" ".join((s.text, *s.items)) for s in out)
    if not out or not alias or _says(said, alias):
        return out
    name = display_name(group)
    # a capitals-only glossary ("BISQUE ROLLER") writes every name in capitals: no acronym
    initials = _INITIALS.fullmatch(alias) and not name.isupper()
    link = (
        f"({alias})"
        if initials
        else f"({phrases(text_language(_text(hits or group.hits))).also} {alias})"
    )
    shown = f"{name[:-1]}; {link[1:]}" if name.endswith(")") else f"{name} {link}"
    text = out[0].text
    if text.startswith(f"{name}, "):  # "Måsvingar, Beskrivning: ...": a field of the entry
        out[0] = replace(out[0], text=f"{shown}, {text[len(name) + 2 :]}")
        return out
    rest = text[len(name) + 1 :].lstrip() if text.startswith(f"{name}:") else text
    out[0] = replace(out[0], text=f"{shown}: {rest}")
    return out


def _text(hits: Sequence[Hit]) -> str:
    return " ".join(f"{h.entry.title} {h.entry.body}" for h in hits[:_LANGUAGE_DEPTH])


def _plain(text: str) -> str:
    """``text``'s words as written, lower case: "kube-controller-manager", not a stem."""
    return " ".join(re.findall(WORD, text.lower()))


def _says(text: str, name: str) -> bool:
    """``text`` names ``name``, in parentheses too ("Projected Gradient Descent (PGD)")."""
    return mentions(re.sub(r"[()]", " ", text), name)


def _holds(title: str, alias: str) -> bool:
    """The title holds every word of the alias: "Crude mortality (or death) rate" already
    says "crude death rate"."""
    return set(core(alias).split()) <= set(core(re.sub(r"[()]", " ", title)).split())
