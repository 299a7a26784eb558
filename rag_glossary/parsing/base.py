"""What every dialect parser produces before ids are assigned, and how ids are assigned."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rag_glossary.acronyms import looks_like_acronym as _looks_like_acronym
from rag_glossary.acronyms import spelled_by as _spelled_by
from rag_glossary.acronyms import word_list as _word_list
from rag_glossary.latex import math_text
from rag_glossary.loose_acronyms import loosely_spelled
from rag_glossary.models import Entry
from rag_glossary.parsing.acronym_owners import settle_acronyms
from rag_glossary.parsing.body_names import (
    MAX_ALIAS_SOURCE,
    also_known_aliases,
    second_name_aliases,
    title_synonyms,
)
from rag_glossary.parsing.body_names import (  # re-exported: the readers import it from here
    quoted_aliases as quoted_aliases,
)
from rag_glossary.parsing.cjk_names import bilingual_names, join_cjk_wraps
from rag_glossary.parsing.first_names import first_sentence_names
from rag_glossary.parsing.glued import unglue
from rag_glossary.parsing.inline import display_title
from rag_glossary.parsing.language_labels import labelled_names
from rag_glossary.parsing.name_phrases import text_language
from rag_glossary.parsing.notation_names import contracted_names, notation_names
from rag_glossary.parsing.slug import AnchorDeduper, slugify
from rag_glossary.parsing.text_acronyms import acronym_after_title
from rag_glossary.parsing.text_acronyms import (  # re-exported: the readers import them from here
    acronym_title_expansion as acronym_title_expansion,
)
from rag_glossary.parsing.text_acronyms import (
    defined_acronym_aliases as defined_acronym_aliases,
)
from rag_glossary.parsing.title_names import (
    acronym_head_names,
    bracket_names,
    clipped_names,
    comma_forms,
    formula_names,
    inverted_name,
    joined_names,
    numeronym_names,
    shared_word_names,
    slashed_clips,
    slashed_same_head,
    without_marker,
    without_stray_question,
)
from rag_glossary.text import bounded

FALLBACK_ANCHOR = "entry"
MAX_TITLE_CHARS = 200  # a longer heading is prose caught as a title: cut, with a warning

# "Markov Decision Process (MDP)" and "Mean Absolute Error (MAE) Loss Function".
_TRAILING_ACRONYM = re.compile(r"^(.*\S)\s*\(([^()\s]{1,15})\)$")
_INNER_ACRONYM = re.compile(r"^(.*?\S)\s*\(([^()\s]{1,15})\)\s+([^()]+)$")
# "Single Scull (1x)", "Coxed Four (4+)", "(3D)": a number and a letter or two (or a sign)
# in parentheses is the code the title is written and asked by.
_NUMBER_CODE = re.compile(r"\d{1,2}(?:[^\W\d_]{1,2}|[+-])")
# The acronym first, spelled out in parentheses: "ROC (Receiver Operating Characteristic) Curve".
_EXPANDED_ACRONYM = re.compile(r"^([^\W\d_]{2,8}\d?)\s+\(([^()]{3,80})\)\s*([^()]*)$")


@dataclass
class Section:
    """One entry as a dialect parser found it.

    ``slug_text`` is the heading text the anchor is computed from (internal
    spacing kept); ``anchor`` overrides it (explicit ``{#id}``, annotation
    dates).
    """

    title: str
    line: int
    body: str = ""
    aliases: list[str] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    slug_text: str | None = None
    anchor: str | None = None
    url: str | None = None  # the entry's own link (a data file's url field)
    fields: list[str] = field(default_factory=list)  # a record's "Name: value" lines
    abbreviation: bool = False  # a row of an abbreviation table (abbrev_tables.py)


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


def heading_names(heading: str) -> tuple[str, list[str]]:
    """A heading's title and second names, as its entry gets them (before math is read)."""
    return title_synonyms(without_stray_question(without_marker(display_title(heading))))


def listed_name(title: str, aliases: Sequence[str]) -> str:
    """``Title (alias, ...)`` for listings, without the aliases the title already spells
    out: ``Bag of Words (BoW)``, not ``Bag of Words (BoW) (BoW)``. The alias itself stays
    on the entry (questions name the term by it)."""
    words = _words(title)
    new = [a for a in aliases if not _contains(words, _words(a))]
    return f"{title} ({', '.join(new)})" if new else title


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i : i + n] == part for i in range(len(words) - n + 1))


def without_parenthetical(title: str) -> str:
    """``Markov Decision Process (MDP)`` -> ``Markov Decision Process`` (used for matching)."""
    return " ".join(re.sub(r"\([^()]*\)", " ", title).split())


def build_entries(
    sections: Iterable[Section],
    source: str,
    *,
    file: str,
    url_base: str | None,
    warnings: list[str] | None = None,
) -> list[Entry]:
    """Assign unique anchors (GitHub's ``-1``, ``-2`` rule) and freeze into ``Entry`` records.

    Titles over ``MAX_TITLE_CHARS`` are cut (and so are their anchors); each cut
    adds a line to ``warnings``.
    """
    deduper = AnchorDeduper()
    entries: list[Entry] = []
    sections = list(sections)
    titled = {display_title(s.title).casefold() for s in sections}
    language = text_language(f"{s.title} {s.body}" for s in sections)
    for section in sections:
        title, synonyms = heading_names(section.title)
        slug_text = section.slug_text if section.slug_text and not synonyms else title
        title, synonyms = math_text(title), [math_text(s) for s in synonyms]  # slug as written
        if synonyms:  # the acronyms of the term and of its synonyms ("(ADR)") are names too
            synonyms += [a for name in (title, *synonyms) for a in acronym_aliases(name)]
        if len(title) > MAX_TITLE_CHARS:
            if warnings is not None:
                warnings.append(
                    f"{file}:{section.line}: a heading of {len(title):,} characters was cut "
                    f"to {MAX_TITLE_CHARS} for its title and citation id"
                )
            title = bounded(title, MAX_TITLE_CHARS)
            slug_text = slug_text[:MAX_TITLE_CHARS]
        base = section.anchor or slugify(slug_text)
        anchor = deduper.unique(base or FALLBACK_ANCHOR)
        title = title or anchor
        entries.append(
            Entry(
                id=f"{source}#{anchor}",
                source=source,
                anchor=anchor,
                title=title,
                aliases=_unique(
                    [
                        *section.aliases,
                        *synonyms,
                        *second_name_aliases(title),
                        *bilingual_names(title, _tied),
                        *comma_forms(title),
                        *(n for n in joined_names(title) if n.casefold() not in titled),
                        *(
                            n
                            for n in shared_word_names(title, section.body)
                            if n.casefold() not in titled
                        ),
                        *inverted_name(title, section.body),
                        *slashed_clips(title),
                        *also_known_aliases(section.body, language),
                        *labelled_names([section.body, *section.fields]),
                        *first_sentence_names(title, section.body, language, titled),
                        *acronym_after_title(title, section.body),
                        *notation_names(title, section.body),
                    ],
                    exclude=(title,),
                ),
                body="\n".join([unglue(join_cjk_wraps(section.body)), *section.fields]),
                see_also=_unique(section.see_also, exclude=(title, *section.aliases)),
                url=section.url or (f"{url_base.rstrip('#')}#{anchor}" if url_base else None),
                file=file,
                line=section.line,
                fields=tuple(section.fields),
            )
        )
    return settle_acronyms(entries)


def _tied(head: str, name: str) -> list[str]:
    """The names ``Head (Name)`` gives by the rules for Latin titles (an acronym, a clip)."""
    return acronym_aliases(f"{head} ({name})")


def _unique(values: Sequence[str], exclude: Sequence[str] = ()) -> tuple[str, ...]:
    seen = {display_title(v).casefold() for v in exclude}
    out: list[str] = []
    for value in values:
        value = math_text(display_title(value))
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)


@dataclass
class Parsed:
    """A dialect parser's result: the sections plus document-level metadata."""

    sections: list[Section]
    title: str | None = None  # front matter title
    permalink: str | None = None  # front matter permalink (Jekyll)
    problem: str | None = None  # why a data file gave no entries (bad JSON, no term field)
    redirect: str | None = None  # a page that only points to another term's page (its slug)
    note: bool = False  # a page of prose about one term that names it nowhere: its file names it
