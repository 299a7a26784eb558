"""Second names a title gives in parentheses or around a slash: an acronym (``Markov
Decision Process (MDP)``), an expansion (``ROC (Receiver Operating Characteristic) Curve``),
an abbreviation (``Da Capo/DC``, ``Kilogram (kg)``), each side of a spaced slash."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.acronyms import looks_like_acronym as _looks_like_acronym
from rag_glossary.acronyms import spelled_by as _spelled_by
from rag_glossary.acronyms import word_list as _word_list
from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.parsing.body_names import MAX_ALIAS_SOURCE
from rag_glossary.parsing.inline import display_title
from rag_glossary.parsing.notation_names import contracted_names
from rag_glossary.parsing.title_names import (
    acronym_head_names,
    bracket_names,
    clipped_names,
    formula_names,
    numeronym_names,
    slashed_same_head,
)

# "Markov Decision Process (MDP)" and "Mean Absolute Error (MAE) Loss Function".
_TRAILING_ACRONYM = re.compile(r"^(.*\S)\s*\(([^()\s]{1,15})\)$")
_INNER_ACRONYM = re.compile(r"^(.*?\S)\s*\(([^()\s]{1,15})\)\s+([^()]+)$")
# "Single Scull (1x)", "Coxed Four (4+)", "(3D)": a number and a letter or two (or a sign)
# in parentheses is the code the title is written and asked by.
_NUMBER_CODE = re.compile(r"\d{1,2}(?:[^\W\d_]{1,2}|[+-])")
# The acronym first, spelled out in parentheses: "ROC (Receiver Operating Characteristic) Curve".
_EXPANDED_ACRONYM = re.compile(r"^([^\W\d_]{2,8}\d?)\s+\(([^()]{3,80})\)\s*([^()]*)$")


def acronym_aliases(title: str) -> list[str]:
    """Aliases implied by an acronym in parentheses.

    ``Markov Decision Process (MDP)`` gives ``MDP``; ``Mean Absolute Error (MAE)
    Loss Function`` gives ``MAE Loss Function``.
    """
    title = display_title(title)
    if len(title) > MAX_ALIAS_SOURCE:
        return []
    match = _TRAILING_ACRONYM.match(title)
    if match and _looks_like_acronym(match.group(2)):
        return [match.group(2)]
    if match and _lowercase_abbreviation(match.group(2), match.group(1)):
        return [match.group(2)]
    if match and _NUMBER_CODE.fullmatch(match.group(2)):
        return [match.group(2)]
    match = _INNER_ACRONYM.match(title)
    if match and _looks_like_acronym(match.group(2)):
        return [f"{match.group(2)} {match.group(3).strip()}"]
    return (
        _expanded_acronym_aliases(title)
        or _slashed_abbreviation(title)
        or _slashed_names(title)
        or clipped_names(title)
        or contracted_names(title)
        or bracket_names(title)
        or acronym_head_names(title)
        or formula_names(title)
        or numeronym_names(title)
        or slashed_same_head(title)
        or _bracket_list(title)
    )


# "Nitrox (Enriched Air Nitrox, EAN)": two or more names in the parentheses.
_BRACKET_LIST = re.compile(r"^([^(),]*[^\s(),])\s*\(([^()]+,[^()]+)\)$")


def _bracket_list(title: str) -> list[str]:
    """Each name of a comma list in parentheses, when every one is a name of the title
    by the rules above (``Nitrox (Enriched Air Nitrox)``, ``Nitrox (EAN)``)."""
    match = _BRACKET_LIST.match(title)
    if match is None:
        return []
    parts = [" ".join(p.split()) for p in match.group(2).split(",")]
    found = [acronym_aliases(f"{match.group(1)} ({part})") for part in parts]
    return [name for names in found for name in names] if all(found) else []


# "Foam Rolling / SMR (Self-Myofascial Release)", "PR / PB (Personal Record / Personal Best)"
_SPACED_SLASH_TITLE = re.compile(r"^([^()]+\s/\s[^()]+?)\s*\(([^()]+)\)$")


def _slashed_names(title: str) -> list[str]:
    """Names joined by a spaced slash before an expansion: each name, and the expansion
    of the acronym it spells (``PR / PB (Personal Record / Personal Best)``: each acronym
    its own expansion; ``Foam Rolling / SMR (Self-Myofascial Release)``: the last name's).
    Without an acronym the parentheses expand (``Input / Output (I/O)``) no side is alone
    what the title names."""
    match = _SPACED_SLASH_TITLE.match(title)
    if match is None:
        return []
    names = [n.strip() for n in _SLASH.split(match.group(1))]
    inner = [n.strip() for n in _SLASH.split(match.group(2))]
    if len(inner) == len(names) >= 2:
        pairs = [acronym_aliases(f"{n} ({i})") for n, i in zip(names, inner, strict=True)]
        return [*names, *inner] if all(pairs) else []
    last = acronym_aliases(f"{names[-1]} ({match.group(2)})")
    return [*names, *last] if last and len(names) >= 2 else []


def _lowercase_abbreviation(short: str, name: str) -> bool:
    """``Fortissimo (ff)``, ``Mezzo-piano (mp)``, ``Kilogram (kg)``: two to four lowercase
    letters in parentheses, opening with the name's first letter and using only its
    letters, are the name's written abbreviation (a lowercase word there qualifies the
    name instead: ``Bank (river)``; one letter is too short to be asked by)."""
    name = name.casefold()
    return (
        re.fullmatch(r"[a-z]{2,4}", short) is not None
        and name[:1] == short[0]
        and all(ch in name for ch in short)
    )


# "Da Capo/DC", "Volti subito/VS", "Opus/Op.": a name, then its abbreviation after a slash.
_SLASHED = re.compile(r"^([^/()]*[^\s/])/([^\s/()]{2,8})$")


def _slashed_abbreviation(title: str) -> list[str]:
    """The abbreviation a title gives after an unspaced slash, and the name before it:
    an acronym of the name's words (``Da Capo/DC``) or the name cut short with a full stop
    (``Opus/Op.``). Two names joined by a slash (``TCP/IP``, ``Gigue/Jig``) give none:
    neither side alone is what the title names."""
    match = _SLASHED.match(title)
    if match is None:
        return []
    name, short = match.group(1).strip(), match.group(2)
    words = _word_list(name)
    acronym = _looks_like_acronym(short) and short.isalpha() and _spelled_by(short, words)
    cut = (
        len(words) == 1
        and short.endswith(".")
        and len(short) > 2
        and name.casefold().startswith(short[:-1].casefold())
    )
    return [short, name] if acronym or cut else []


def _expanded_acronym_aliases(title: str) -> list[str]:
    """``mAP (mean Average Precision)`` gives ``mAP`` and ``mean Average Precision``;
    ``ROC (Receiver Operating Characteristic) Curve`` gives ``ROC``, ``ROC Curve`` and
    ``Receiver Operating Characteristic Curve``. The parentheses must spell the acronym."""
    match = _EXPANDED_ACRONYM.match(title)
    if not match:
        return []
    acronym, expansion, rest = match.group(1), match.group(2).strip(), match.group(3).strip()
    letters = acronym.rstrip("0123456789")  # "PPO2 (Partial Pressure of Oxygen)": O2's count
    spelled = (
        _spelled_by(letters, expansion.split())
        or _prefixes_spell(acronym, _name_words(expansion))
        or loosely_spelled(acronym, expansion, compound=True)
    )
    if not (_looks_like_acronym(acronym) and spelled):
        return []
    if not rest:
        return [acronym, expansion]
    return [acronym, f"{acronym} {rest}", f"{expansion} {rest}"]


# Word starts inside a name: "Heads-Up" and "requestAnimationFrame" are two and three words.
_NAME_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_SKIPPED = frozenset(("of", "and", "the", "a", "an", "to", "for", "in", "on", "with", "by"))


def _name_words(name: str) -> list[str]:
    return [w.casefold() for w in _NAME_WORD.findall(name)]


def _prefixes_spell(acronym: str, words: Sequence[str]) -> bool:
    """Two or more words give the acronym's letters in order, each word its initial or
    itself whole (``HUD``: heads-up display; ``VSync``: vertical sync; ``RAF``: request
    animation frame; not ``ReLU``: rectified linear unit); "of", "and", ... may give none."""
    letters = acronym.casefold()
    return len(words) >= 2 and _spell_from(letters, tuple(words))


def _spell_from(letters: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _SKIPPED and _spell_from(letters, rest):
        return True
    return any(
        word[:k] == letters[:k] and _spell_from(letters[k:], rest)
        for k in sorted({1, len(word)})
        if k <= len(letters)
    )


_SLASH = re.compile(r"\s+/\s+")


def slash_aliases(title: str) -> list[str]:
    """``Per-segment / Local approach`` -> ``Per-segment approach``, ``Local approach``:
    each side of a spaced slash, the shorter side completed by the longer side's tail."""
    sides = _SLASH.split(display_title(title))
    if len(sides) != 2 or not all(sides):
        return []
    left, right = (side.split() for side in sides)
    if len(left) < len(right):
        left = [*left, *right[len(left) :]]
    elif len(right) < len(left):
        right = [*right, *left[len(right) :]]
    return [" ".join(left), " ".join(right)]
