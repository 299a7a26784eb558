"""What a question names, for the retriever's signals: the entries it names by another
name (an acronym, reordered title words), the corpus spelling of words it misspells,
and whether it names a glossary term at all or describes one in everyday words (then
ranked as described; see retrieval.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rag_glossary.coverage import CoverageIndex, TermCoverage
from rag_glossary.coverage.cjk_terms import cjk_names
from rag_glossary.coverage.keyterms import strip_scaffolding
from rag_glossary.coverage.other_language import SAID_NAME
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.models import Entry
from rag_glossary.table_rows import rows_naming
from rag_glossary.terms import normalize
from rag_glossary.word_tokens import CJK

NAMED_TERM_SCORE = 0.5  # a term-signal match this strong names the entry
# names the term signal cannot see
_OTHER_NAMES = frozenset(("acronym", "title-words", "text", "symbol", SAID_NAME))
_DESCRIBED_BY = 3  # words beyond the key term that make the rest of a question a description


def respelled(coverage: CoverageIndex, term: TermCoverage) -> list[str]:
    """For a named term the glossary lacks ("docker registery"), the corpus spelling
    of each of its words the corpus lacks ("registry"), searched as well as the word
    itself; a term found (by its near spelling too) or a description: none."""
    if term.found is not False or not term.term_style or not term.key_term:
        return []
    said = phrase_key(words(term.key_term))
    return [w for w in coverage.corrected(said) if w not in said]


def by_other_name(
    entries: Sequence[Entry],
    position: Mapping[str, int],
    coverage: CoverageIndex,
    query: str,
    term: TermCoverage,
) -> list[int]:
    """The entries an acronym ("clt") or a reordered title ("ab test": A/B testing)
    names, as the coverage lookup resolves it to one entry: the term signal cannot see it."""
    if term.found and term.how == "text" and term.key_term:
        held = [entries[position[i]] for i in term.entry_ids if i in position]
        if len(rowed := rows_naming(held, term.key_term)) == 1:
            return [position[held[rowed[0]].id]]  # "stl": a row of LUFS's table names it
    titles = {entries[position[i]].title for i in term.entry_ids}
    corrected = term.how == "title" and not coverage.names(term.key_term or "")
    if not term.found or (
        term.how not in _OTHER_NAMES and not corrected and not misspelt(coverage, term)
    ):
        return []
    if len(titles) != 1:
        return []
    if term.how == "text" and [term.key_term] != strip_scaffolding(query).split():
        return []  # a word of one entry's text only when it is all that is asked
    return [position[i] for i in term.entry_ids if i in position]


def misspelt(coverage: CoverageIndex, term: TermCoverage) -> bool:
    """A title found by its near spelling when a word of the key term is none of the
    corpus's ("instabilty indx": Instability Index), not a real word read as another
    name ("highest frequency" is not HF)."""
    if term.how != "fuzzy-title" or not term.key_term:
        return False
    said = phrase_key(words(term.key_term))
    return coverage.unknown(said)


def names_a_term(query: str, term_scores: dict[int, float], term: TermCoverage) -> bool:
    """Whether the question names a title, alias or known phrase of the glossary."""
    if any(score >= NAMED_TERM_SCORE for score in term_scores.values()):
        return True
    return bool(term.found) and not term.generic and not in_passing(term, query)


def in_passing(term: TermCoverage, query: str) -> bool:
    """A word found only in some entry's text, heading a description ("adding a fraction of
    the previous update to dampen ...", "an ml api meant for people with no ..."): the
    question describes its answer instead of naming it, so it is ranked as described
    ("what are cudnn and mkldnn" names its terms)."""
    if term.how != "text" or term.term_style or term.key_term is None:
        return False
    return len(strip_scaffolding(query).split()) >= len(term.key_term.split()) + _DESCRIBED_BY


KEY_TERM_SCORE = 0.7  # a name covering half the question's term (terms.py: 0.5 + 0.4 * 0.5)


def key_named(
    entries: Sequence[Entry],
    position: Mapping[str, int],
    term: TermCoverage,
    scores: dict[int, float],
) -> dict[int, float]:
    """The entries (with the score they rank by) an alias of which the coverage lookup finds the
    question's key term to be, when the term signal saw no name as strong: "what is the
    gate on a rowing boat" names Oarlock (or Gate), though "gate" is too short a part of
    "gate on a rowing boat" for terms.py; the setting's words must not outrank the name.
    A title named so is left as it was: it heads the entry's chunks, and a bare title word
    ("model", "qubit") in a longer question is often its setting, not its subject."""
    if not term.found or term.how != "title" or term.generic or not term.key_term:
        return {}
    if any(score >= KEY_TERM_SCORE for score in scores.values()):
        return {}
    key = normalize(term.key_term)
    held = [position[i] for i in term.entry_ids if i in position]
    if any(normalize(entries[i].title) == key for i in held):
        return {}  # another entry's title is the name asked
    named = [i for i in held if key in {normalize(a) for a in entries[i].aliases}]
    if CJK.search(key):  # "ゾンビプロセス" names ゾンビプロセス(zombie process): no blanks to
        # read it in a longer question by, and a model for other scripts may not rank it
        named = [i for i in held if key.replace(" ", "") in cjk_names(entries[i])]
    return {i: KEY_TERM_SCORE for i in named if i not in scores}
