"""A comparison side's own entry by name: the hit whose title or alias is the side's name
(or a one-word title the side inflects, "tacking vs gybing": Gybe), and the unit naming a
side that has no entry of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import core
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

Unit_ids = tuple[Unit, list[str]]


def _compact(name: str) -> str:
    """A name's letters without spaces or an -ing ending: "a b testing" -> "abtest"."""
    return "".join(w[:-3] if w.endswith("ing") and len(w) > 5 else w for w in name.split())


def inflects(word: str, title: str) -> bool:
    """``word`` is an -ing, -s or -ed form of a one-word ``title`` ("gybing": Gybe,
    "planing": Plane, "tacked": Tack): a question names a verb-like title so."""
    title = title.lower()
    if " " in title or len(title) < 3 or not title.isalpha():
        return False
    stem_ = title[:-1] if title.endswith("e") else title
    doubled = title + title[-1] if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", title) else title
    forms = {f"{base}{end}" for base in {stem_, doubled} for end in ("ing", "ed")}
    return word.lower() in forms | {f"{title}s", f"{title}es", f"{title}d"}


def named_exactly(side: str, hits: Sequence[Hit]) -> Hit | None:
    """The first entry with text whose title or alias is the side's name, or a one-word
    title the side inflects ("tacking vs gybing": Gybe)."""
    side_core = core(side)
    for hit in hits:
        names = {core(n) for n in (hit.title, *hit.entry.aliases)}
        if any(inflects(side_core, n) for n in names) and entry_units(hit.entry):
            return hit
        # "multivariate test" is "Multi-Variate Test (MVT)", "a/b test" is "A/B testing"
        compact = {_compact(n) for n in names}
        if (side_core in names or _compact(side_core) in compact) and entry_units(hit.entry):
            return hit
    return None


def named_apart(side: str, hits: Sequence[Hit], sides: Sequence[Hit | None]) -> Unit_ids | None:
    """A comparison's side without an entry, named in a hit other than the sides' entries,
    when the other side's entry does not name it (that entry is answered in full then)."""
    if any(s and unit_naming(side, [s]) for s in sides):
        return None
    return unit_naming(side, [h for h in hits if h not in sides])


def unit_naming(side: str, hits: Sequence[Hit]) -> Unit_ids | None:
    """The first unit of the hits that names a side with no entry of its own: all of its
    words, or a one-word side spelled out by initials ("svd": "Singular value decomposition")."""
    side_words = set(tokenize(side))
    for hit in hits:
        for unit in entry_units(hit.entry):
            if (side_words and side_words <= set(tokenize(unit.text))) or _spells(side, unit.text):
                return unit, [hit.id]
    return None


def _spells(side: str, text: str) -> bool:
    acronym = side.strip().lower()
    if not re.fullmatch(r"[a-z]{2,6}", acronym):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    n = len(acronym)
    return any("".join(w[0] for w in words[i : i + n]) == acronym for i in range(len(words)))
