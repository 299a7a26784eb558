"""What every dialect parser produces before ids are assigned, and how ids are assigned."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rag_glossary.latex import math_text
from rag_glossary.models import Entry
from rag_glossary.parsing.acronym_owners import settle_acronyms
from rag_glossary.parsing.body_names import (
    also_known_aliases,
    closing_names,
    joined_title_names,
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
from rag_glossary.parsing.language_labels import labelled_names, without_code_labels
from rag_glossary.parsing.name_phrases import text_language
from rag_glossary.parsing.notation_names import notation_names
from rag_glossary.parsing.slug import AnchorDeduper, slugify
from rag_glossary.parsing.text_acronyms import acronym_after_title
from rag_glossary.parsing.text_acronyms import (  # re-exported: the readers import them from here
    acronym_title_expansion as acronym_title_expansion,
)
from rag_glossary.parsing.text_acronyms import (
    defined_acronym_aliases as defined_acronym_aliases,
)
from rag_glossary.parsing.title_aliases import (  # re-exported: the readers import them here
    acronym_aliases as acronym_aliases,
)
from rag_glossary.parsing.title_aliases import slash_aliases as slash_aliases
from rag_glossary.parsing.title_names import (
    comma_forms,
    inverted_name,
    joined_names,
    shared_word_names,
    slashed_clips,
    without_marker,
    without_stray_question,
)
from rag_glossary.text import bounded

FALLBACK_ANCHOR = "entry"
MAX_TITLE_CHARS = 200  # a longer heading is prose caught as a title: cut, with a warning


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
                        *(
                            n
                            for n in closing_names(section.body, language)
                            if n.casefold() not in titled
                        ),
                        *(
                            n
                            for n in joined_title_names(title, language)
                            if n.casefold() not in titled
                        ),
                        *labelled_names([section.body, *section.fields]),
                        *first_sentence_names(title, section.body, language, titled),
                        *acronym_after_title(title, section.body),
                        *notation_names(title, section.body),
                    ],
                    exclude=(title,),
                ),
                body="\n".join(
                    [unglue(join_cjk_wraps(without_code_labels(section.body))), *section.fields]
                ),
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
