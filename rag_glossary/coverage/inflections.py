"""Verb inflections of one-word names: "recycling" and "recycled" are Recycle's forms, and
"recycle" is Recycling's; "organization" is no form of Organ (only -ing and -ed, the
endings ``phrase_key`` keeps, are undone; it drops a plural "s" itself)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rag_glossary.word_marks import lettered

ENDINGS = ("ing", "ed")  # the verb endings phrase_key keeps (it drops a plural "s" itself)
MIN_BASE = 4  # "sing", "bed", "need": a shorter base is no verb's inflection


def ending_dropped(word: str) -> str:
    """``word`` without its -ing or -ed ending ("" when it has neither)."""
    ending = next((e for e in ENDINGS if word.endswith(e)), "")
    return word[: -len(ending)] if ending else ""


def bases(word: str) -> frozenset[str]:
    """The words ``word`` may inflect: the ending dropped, a silent "e" put back, a
    doubled last consonant written once ("shipping": ship), "i" back to "y" ("carried")."""
    base = ending_dropped(word)
    if len(base) < MIN_BASE or not lettered(base):
        return frozenset()
    forms = {base, base + "e"}
    if base[-1] == base[-2] and base[-1] not in "aeiousl":
        forms.add(base[:-1])  # "ss" and "ll" stay: "pressed", "spelled"
    if word.endswith("ed") and base.endswith("i"):
        forms.add(base[:-1] + "y")
    return frozenset(forms)


def inflection_table(
    names: Iterable[tuple[tuple[str, ...], tuple[int, ...]]],
) -> dict[str, frozenset[str]]:
    """Each one-word name's lemma forms (the name itself and its bases), as the keys under
    which another form of it is looked up: word -> the one-word names it is a form of."""
    table: dict[str, set[str]] = defaultdict(set)
    for key, _ in names:
        if len(key) == 1 and lettered(key[0]):
            for form in {key[0], *bases(key[0])}:
                table[form].add(key[0])
    return {k: frozenset(v) for k, v in table.items()}


def inflected_names(word: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The one-word names ``word`` is another inflection of (never ``word`` itself)."""
    found = {n for form in {word, *bases(word)} for n in table.get(form, ())}
    found.discard(word)
    return frozenset(found)
