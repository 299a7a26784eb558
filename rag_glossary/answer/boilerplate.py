"""A glossary's boilerplate: a sentence many entries say word for word ("Standard
orbital mechanics term.") tells them apart by nothing, so its words are no evidence that
an entry answers a question; they stay in the entry's quoted text. An entry that says
nothing else keeps them: entries sharing a whole definition are synonyms, and the
definition is what each of them answers."""

from __future__ import annotations

import re

from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.models import Entry
from rag_glossary.stored_units import boilerplate


def own_units(entry: Entry) -> list[Unit]:
    """The entry's units but its boilerplate ones (all of them when all are)."""
    units = entry_units(entry)
    return [u for u in units if not boilerplate(u)] or units


def own_body(entry: Entry) -> str:
    """The entry's text without its boilerplate sentences."""
    body = entry.body
    units = entry_units(entry)
    if all(boilerplate(u) for u in units):
        return body
    for unit in units:
        if boilerplate(unit):
            body = re.sub(re.escape(unit.text), " ", body, flags=re.IGNORECASE)
    return body
