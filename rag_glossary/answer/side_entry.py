"""A comparison side's entry among the hits: named exactly, else the title sharing most
of the side's words and saying the words that set it apart from the other side."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from rag_glossary.answer.names import acronyms, names_acronym
from rag_glossary.answer.overlap import Idf, stem
from rag_glossary.answer.pieces import is_item
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.side_names import named_exactly
from rag_glossary.coverage.glossary_language import function_words, unaccented
from rag_glossary.coverage.name_lookup import MIN_FUZZY_LEN
from rag_glossary.coverage.stem_names import stem_key
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit


def _pool(hit: Hit) -> list[tuple[Unit, list[str]]]:
    return [(u, [hit.id]) for u in entry_units(hit.entry)]


def _asked_list(pool: list[tuple[Unit, list[str]]], asked: frozenset[str]) -> Unit | None:
    """The first item of a list whose lead-in names what the question asks of each side."""
    for unit, _ in pool:
        if is_item(unit) and asked & {stem(t) for t in tokenize(unit.lead)}:
            return unit
    return None


def _whole_acronyms(name: str) -> str:
    """The name with a hyphenated acronym as one word: "M-RAG" says "mrag", so a side
    "RAG" does not match "Multimodal Retrieval Augmented Generation (M-RAG) System"."""
    return re.sub(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b", lambda m: m[0].replace("-", ""), name)


def _apart(side: str, other: str) -> set[str]:
    """The words that set ``side`` apart from the ``other``: its words the other lacks,
    among as many of its first words as the other has ("open vs closed queueing network":
    "closed"; the longer side's rest is the name both share)."""
    words, others = tokenize(side), tokenize(other)
    return {_plain(t) for t in words[: len(others)]} - {_plain(t) for t in others}


def _plain(token: str) -> str:
    """A token's stem without accents: "angulo obtuso" typed for Ângulo obtuso names it."""
    word = stem(token)
    return word if word.isascii() else unaccented(word)


# a word in more than half of the glossary's entries (BM25 idf under ln 2) is its subject
SUBJECT_IDF = math.log(2)


def _unsubjected(side: str, idf: Idf | None) -> str:
    """The side without the glossary's subject words ("docker image" in Docker's glossary:
    "image"), when other words remain: the product name every entry says neither names
    the side's entry nor sets it apart from the other side."""
    if idf is None:
        return side
    kept = [w for w in side.split() if not _subject(w, idf)]
    return " ".join(kept) if kept and len(kept) < len(side.split()) else side


def _subject(word: str, idf: Idf) -> bool:
    tokens = tokenize(word)
    return bool(tokens) and all(idf(t) < SUBJECT_IDF for t in tokens)


def _misspelt(title: list[str], side: list[str], idf: Idf | None) -> set[str]:
    """The stems of the side's words that the title misspells: a title word one slip from
    a side word ("Secondary Resesarch" for "secondary research") that the glossary says
    less often than the side's spelling; a real word of its own ("decoder" for "encoder")
    is as common as the word it resembles, or more."""
    if idf is None:
        return set()
    return {
        stem(word)
        for word in side
        if len(word) >= MIN_FUZZY_LEN and word not in title
        for said in title
        if len(said) >= MIN_FUZZY_LEN
        and said not in side
        and OSA.distance(word, said) == 1
        and idf(said) > idf(word)
    }


def hit_for(
    side: str,
    hits: Sequence[Hit],
    asked: frozenset[str] = frozenset(),
    other: str = "",
    idf: Idf | None = None,
    language: str | None = None,
) -> Hit | None:
    """The side's entry: named exactly, else the title sharing most of its words, then
    saying most of the words that set it apart from the ``other`` side ("closed" of "open
    vs closed queueing network"); among those, one with a list of what the question
    asks, then the shortest title. A title that says only the other side's words that set
    it apart is the other side's ("annex i" of "annex i and annex iii high risk ai" is not
    "High-risk AI system (Annex III)"). With ``idf``, the glossary's subject words are no
    part of either side's name (:func:`_unsubjected`). With the ``language`` that asked
    the comparison, a title shares a side's word said in another case when their stems in
    that language meet ("nacvicenou obnovou": Nacvičená obnova)."""
    if (exact := named_exactly(side, hits) or _by_acronym(side, hits)) is not None:
        return exact
    side, other = _unsubjected(side, idf), _unsubjected(other, idf)
    side_words = _named_words(side, language)
    # one name is measured on the side's words before a trailing phrase ("underbilling"
    # of "underbilling on the wip schedule"): "NLME" does not name "sigma in nlme"
    bare = _TRAILING_PHRASE.match(side)
    bare_words = {_plain(t) for t in tokenize(bare.group(1))} if bare else side_words
    own, others = (_apart(side, other), _apart(other, side)) if other else (set(), set())
    best: tuple[tuple[float, float, bool, bool, int], Hit] | None = None
    for hit in hits:
        name = _whole_acronyms(" ".join((hit.title, *hit.entry.aliases)))
        title_words = {_plain(t) for t in tokenize(name)}
        spelt = title_words | {
            unaccented(t) for t in _misspelt(tokenize(name), tokenize(side), idf)
        }
        shared = max(
            len(side_words & spelt) / max(1, min(len(side_words), len(title_words))),
            _one_name_shared(bare_words, hit),
            _stems_shared(side, name, language),
        )
        pool = _pool(hit)
        # "map": "Mean Average Precision (MAP) Metric" goes by it, "Map Reduce" only shares it
        short_form = side.upper() in acronyms(hit)
        listed = _asked_list(pool, asked) is not None
        if others & title_words and not own & title_words:
            continue
        # "export in lustre": a title saying only the setting's words is the setting's
        if bare and not bare_words & title_words:
            continue
        apart = len(own & title_words) / len(own) if own else 0.0
        rank = (shared, apart, short_form, listed, -len(title_words - side_words))
        if shared >= 0.6 and pool and (best is None or rank > best[0]):
            best = (rank, hit)
    return best[1] if best else None


def _named_words(side: str, language: str | None) -> set[str]:
    """The side's words a title must say: in a language the glossary is written in, its
    function words say no name ("coeficiente de ocupacion del suelo" names Coeficiente de
    ocupación de suelo, whose "de" is not the side's "del"; counted, "del" made the one-word
    Suelo the closer title). All of them when only function words are left."""
    tokens = tokenize(side)
    spoken = function_words(language) if language is not None else frozenset()
    return {_plain(t) for t in tokens if t not in spoken} or {_plain(t) for t in tokens}


def _stems_shared(side: str, name: str, language: str | None) -> float:
    """The share of the side's words whose stems in ``language`` the name's say (0: no
    language): the case a question puts a title in ends its words otherwise."""
    if language is None:
        return 0.0
    said = set(stem_key(tokenize(side), language))
    named = set(stem_key(tokenize(name), language))
    return len(said & named) / max(1, min(len(said), len(named)))


def _one_name_shared(side_words: set[str], hit: Hit) -> float:
    """The largest share of the side's words that one name of the hit (its title or an
    alias) says: an entry's many aliases ("Costs in Excess of Billings" of Underbilling)
    do not thin out the title that names the side ("underbilling on the wip schedule")."""
    best = 0.0
    for name in (hit.title, *hit.entry.aliases):
        words = {_plain(t) for t in tokenize(_whole_acronyms(name))}
        if words:
            best = max(best, len(side_words & words) / max(1, min(len(side_words), len(words))))
    return best


def shared_head(side: str, other: str, hits: Sequence[Hit]) -> str:
    """The first side with the name both share, when it is only the modifier and the
    second side says the name ("equilibrium and transient climate sensitivity":
    "equilibrium climate sensitivity") and a hit has that title, while the bare side
    names an entry of its own (Equilibrium, which is not what is compared); else the side
    as asked. Not when the other side opens with the side ("manifold and manifold
    learning" compares a thing with a field built on it)."""
    words, others = side.split(), other.split()
    if len(others) <= len(words) or others[: len(words)] == words:
        return side
    if named_exactly(side, hits) is None:
        return side  # "model-based": its own entry is found by hit_for as before
    full = " ".join((*words, *others[len(words) :]))
    return full if named_exactly(full, hits) is not None else side


def _by_acronym(side: str, hits: Sequence[Hit]) -> Hit | None:
    """The first entry with text that goes by the one-word side as its acronym: "apr" is
    "Annual Percentage Rate", whose text says "Also known as APR" (``names_acronym``)."""
    if len(side.split()) != 1:
        return None
    return next((h for h in hits if names_acronym(h, side) and _pool(h)), None)


# "h2o for running ml on the jvm": a side's trailing phrase saying what it is compared for
_TRAILING_PHRASE = lazy_regex(r"^(.+?)\s+(?:for|in|on|with|at|within|inside|under)\s+\S.*$")


def side_hit(
    side: str,
    hits: Sequence[Hit],
    asked: frozenset[str] = frozenset(),
    other: str = "",
    idf: Idf | None = None,
    language: str | None = None,
) -> Hit | None:
    """:func:`hit_for`, else the entry of the side's words before a trailing phrase: a
    purpose or setting ("X vs Y for running ml on the jvm") rides on the last side, and
    no entry's title says it."""
    if (found := hit_for(side, hits, asked, other, idf, language)) is not None:
        return found
    bare = _TRAILING_PHRASE.match(side)
    return hit_for(bare.group(1), hits, asked, other, idf, language) if bare else None


# "for segmentation", "on a grid": a side that is only a setting of the first side's term
_SETTING_SIDE = lazy_regex(r"(?i)^(?:for|in|on|with|at|during|within|inside|under)\s+(\S.*)$")


def setting_said(side: str, first: Hit) -> bool:
    """ "typical window size for features vs for segmentation": the second side is a setting
    of the first side's term, and that term's entry says each setting ("25ms for features,
    1.5-3s for segmentation") in one sentence; no entry named by the setting's noun answers."""
    found = _SETTING_SIDE.match(side.strip())
    if found is None:
        return False
    words = {stem(t) for t in tokenize(found.group(1))}
    return bool(words) and any(
        words <= {stem(t) for t in tokenize(u.text)} for u in entry_units(first.entry)
    )
