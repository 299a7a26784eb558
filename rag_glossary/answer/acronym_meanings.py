"""A define question whose acronym several entries expand differently ("MAP": the metric
and the estimate): one line per meaning, each with its entry's first sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import alike, core, names_acronym
from rag_glossary.answer.pieces import Statement, first_sentence, make_group
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import entry_units
from rag_glossary.models import Hit


def acronym_meanings(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    acronym = q.acronym
    if acronym is None or q.shape not in ("define", "expand"):
        return None
    meanings: dict[str, Hit] = {}
    for hit in hits:
        if not entry_units(hit.entry) or not names_acronym(hit, acronym):
            continue
        expansion = core(hit.title)
        known = (same_meaning(expansion, k) or alike(hit, h) for k, h in meanings.items())
        if not any(known):
            meanings[expansion] = hit
    if len(meanings) < 2:
        return None
    statements = [Statement(f"{acronym} has {len(meanings)} meanings in the glossary.", ())]
    for rank, hit in enumerate(meanings.values()):
        group = make_group(hit, hits, q.words)
        first = next(((u, ids) for u, ids in group.units if u.kind == "sentence"), None)
        text = first[0].text if first else first_sentence(group.units[0][0].text)
        ids = tuple(first[1]) if first else group.ids
        name = re.sub(r"\s*\(.*?\)", "", " ".join(hit.title.split()))
        statements.append(Statement(f"{name}: {text}", ids, order=(rank + 1, 0)))
    return statements


def same_meaning(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x[:6] == y[:6] for x, y in zip(wa, wb, strict=True))
