"""Words that end a key term without being part of it: function words alone, a
frequency adverb, a verdict, initials repeating the words before them, a trailing
question word (split from keyterms.py); and the verb a wh-subject leads with ("what goes
into X")."""

from __future__ import annotations

from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.wordclasses import (
    BOUNDARY,
    FUNCTION_WORDS,
    PREPOSITIONS,
    WH_WORDS,
)

__all__ = ["function_words", "wh_subject_verb_dropped"]

_TRAILING_WH = WH_WORDS | {"whats", "hows", "whys"}
# Adverbs of frequency: "stakeholders usually [bring]" ends on a verb's adverb, no name.
_FREQUENCY = frozenset(
    str.split("usually often typically generally normally commonly sometimes always never")
)


def function_words(term: KeyTerm) -> KeyTerm:
    """ "about", "when", "it": function words alone name nothing; never a term to name."""
    said = term.text.split()
    if said and all(w in FUNCTION_WORDS for w in said):
        return replace(term, term_style=False, clean=False)
    if len(said) >= 2 and said[0] in _FOCUS and said[1] not in BOUNDARY:
        # "just concatenating strings": a focusing adverb bounds what it modifies; it
        # opens no name ("just in time": before a preposition it is no focusing adverb)
        return function_words(replace(term, text=" ".join(said[1:])))
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


# Focusing adverbs (a closed class): they pick out the phrase after them
_FOCUS = frozenset(str.split("just only merely solely"))


# what a yes/no question asks of a thing ("is X ok for Y"): a verdict, never a word of X
_VERDICTS = frozenset(str.split("ok okay fine alright enough"))


def _abbreviates(last: str, before: list[str]) -> bool:
    """Whether ``last`` is the initials of the words ``before`` it (all or the content ones)."""
    content = [w for w in before if w not in FUNCTION_WORDS]
    spelled = ("".join(w[0] for w in before), "".join(w[0] for w in content))
    return len(last) >= 2 and last in spelled


_AUXILIARIES = frozenset(str.split("is was has does"))  # "what has to ...": no verb of its own
_MODALS = frozenset(str.split("should can could must will would might may"))
# the prepositions a wh-subject's verb may take besides PREPOSITIONS ("what comes after X")
_PLACE_PREPOSITIONS = frozenset(str.split("after before between during through over under within"))


def wh_subject_verb_dropped(said: str, rest: str) -> str:
    """ "what goes into a sample size calculation": "what" is the subject, so the word
    after it, a verb agreeing with it ("goes", "comes") or a modal and a plain verb
    ("should go", "can be") and then a preposition, is the clause's verb; the term is the
    noun phrase the preposition takes."""
    tokens, said_words = rest.split(), said.split()
    # "what should go into X", "what can be in X": a modal, then the verb's plain form
    modal = said_words[1:2] != [] and said_words[1] in _MODALS
    verb_at = 2 if modal else 1
    if (
        len(tokens) < 3
        or said_words[:1] not in (["what"], ["which"])
        or said_words[verb_at : verb_at + 1] != tokens[:1]
    ):
        return rest
    verb, preposition = tokens[0], tokens[1]
    lexical = verb in BOUNDARY and verb not in PREPOSITIONS | _AUXILIARIES
    agrees = (modal or verb.endswith("s")) and lexical
    taken = preposition in PREPOSITIONS | _PLACE_PREPOSITIONS
    taken_noun = tokens[3:] if tokens[2] in ("a", "an", "the") else tokens[2:]
    return " ".join(taken_noun) if agrees and taken and taken_noun else rest
