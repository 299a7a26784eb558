"""Words that end a key term without being part of it: function words alone, a
frequency adverb, a verdict, initials repeating the words before them, a trailing
question word (split from keyterms.py)."""

from __future__ import annotations

from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.wordclasses import _FUNCTION_WORDS, _WH_WORDS

__all__ = ["function_words"]

_TRAILING_WH = _WH_WORDS | {"whats", "hows", "whys"}
# Adverbs of frequency: "stakeholders usually [bring]" ends on a verb's adverb, no name.
_FREQUENCY = frozenset(
    str.split("usually often typically generally normally commonly sometimes always never")
)


def function_words(term: KeyTerm) -> KeyTerm:
    """ "about", "when", "it": function words alone name nothing; never a term to name."""
    said = term.text.split()
    if said and all(w in _FUNCTION_WORDS for w in said):
        return replace(term, term_style=False, clean=False)
    if len(said) >= 2 and said[-1] in ("one", "ones"):
        # "an untreated one": "one" stands for a noun said before; the phrase names nothing
        return replace(term, term_style=False, clean=False, qualifier=False)
    if len(said) >= 2 and said[-1] in _FREQUENCY:
        # "what kind of questions do stakeholders usually bring": how often is no name
        return function_words(replace(term, text=" ".join(said[:-1])))
    if len(said) >= 2 and said[-1] in _VERDICTS:
        # "is a convenience sample ok for ...": a verdict asked of the term is no word of it
        return function_words(replace(term, text=" ".join(said[:-1])))
    if len(said) >= 3 and _abbreviates(said[-1], said[:-1]):
        # "standardized mortality ratio (SMR)": the initials repeat the words before them
        return replace(term, text=" ".join(said[:-1]))
    if len(said) >= 2 and said[-1] in _TRAILING_WH:
        # "mapreduce on a cluster vs on a grid, whats the diff": a question word ends
        # the side it follows; it is no word of the term
        return function_words(replace(term, text=" ".join(said[:-1])))
    return term


# what a yes/no question asks of a thing ("is X ok for Y"): a verdict, never a word of X
_VERDICTS = frozenset(str.split("ok okay fine alright enough"))


def _abbreviates(last: str, before: list[str]) -> bool:
    """Whether ``last`` is the initials of the words ``before`` it (all or the content ones)."""
    content = [w for w in before if w not in _FUNCTION_WORDS]
    spelled = ("".join(w[0] for w in before), "".join(w[0] for w in content))
    return len(last) >= 2 and last in spelled
