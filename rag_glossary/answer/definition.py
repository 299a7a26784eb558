"""Which sentence of an entry is its definition: the first, unless that one defines
nothing and a sentence soon after says what the term is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.answer.names import TRAILING_KIND, core, mentions
from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import cached_regex, lazy_regex
from rag_glossary.word_marks import ends_word

_DEFINES = lazy_regex(r"(?i)\b(?:is|are|was|were|refers?\s+to|means|describes|denotes)\b")
_DEFINING = (
    r"(?:(?:is|are)\s+(?:a|an|the|one|used|defined|called|known)|refers?\s+to|means|denotes)\b"
)
DEFINITION_WORDS = 8  # a sentence that defines the term by name says at least this much
DEFINITION_REACH = 10  # units searched for a sentence that defines the term by name
DEFINITION_NEAR = 2  # a first sentence that does not name the term gives way this far

# "A new state space model architecture which ...": the kind, then what sets it apart (a
# relative word, a preposition, a participle or a pause), never a verb of its own ("A new
# ranking model might improve ...", "A ranking model improves ...": an example's subject)
_KIND_PHRASE = lazy_regex(
    r"(?i)^(?:a|an)\s+(?:[\w-]+\s+){1,4}(?:model|architecture|method|algorithm|technique"
    r"|framework|approach|mechanism|metric|function|library|tool)s?\b"
    r"(?=\s*[,;:(\u2013\u2014-]|\s+(?:that|which|who|whose|where|whereby|for|of|in|on|to|with"
    r"|by|from|between|used|called|known|designed|defined|based|trained|built|developed)\b)"
)
_FINITE = (
    r"(?:is|are|was|were|has|have|had|can|could|may|might|will|would|shall|should|must"
    r"|does|do|did)\b"
)
# A glossary's definition without a subject: the term's kind, then what sets it apart
# ("A name for small ... annotations that are rendered ...", "A system input that is 0
# ...", "On a tree, a node that is ancestral ..."): an article and at most four words
# without a finite verb, then a relative word, a preposition or a participle of naming.
_NOUN_PHRASE = lazy_regex(
    rf"(?i)^(?:(?:in|on|for|within)\s[^,]{{1,60}},\s+)?(?:a|an|the|one|any)\s+"
    rf"(?:(?!{_FINITE})[\w'’()-]+\s+){{0,4}}?"
    r"(?:that|which|who|whose|where|whereby|for|of|in|on|to|with|by|from|between|used"
    r"|called|known|designed|defined|based)\b"
)


def definition_of(
    pool: Sequence[tuple[Unit, list[str]]], name: str
) -> tuple[Unit, list[str]] | None:
    """The entry's definition: its first sentence, unless that one defines nothing
    ("Simulate 1 million experiments!") and a sentence soon after says what the term
    is ("Monte Carlo methods are a broad class of ..."). A first sentence that is a
    definition without a subject ("A name for small ... annotations ...") or that names
    the term as what it defines ("... rules to define 'grapheme clusters', which ...")
    stays, though a later one opens with the name ("'Ruby' is a ... printing term")."""
    said = [x for x in pool if x[0].kind == "sentence"]
    # "In linguistics, please use the term root instead.": a note on usage defines nothing,
    # nor does how a coined word is built ("மதி (intellect) + மயக்கம் (delusion).")
    first = next(
        (x for x in said if not _usage_note(x[0].text) and not word_parts(x[0].text)),
        said[0] if said else None,
    )
    if first is None or not name:
        return first
    source = first[1][0]  # another source's sentence would change what is cited
    sentences = [x for x in pool[:DEFINITION_REACH] if x[0].kind == "sentence" and source in x[1]]
    short = TRAILING_KIND.sub("", core(name)) or core(name)
    if _subjectless(first[0].text) or _defines_by_name(first[0].text, short):
        return first
    opens = rf"(?:(?:a|an|the)\s+)?{re.escape(short)}{ends_word(short)}[^.;:]{{0,30}}?\b{_DEFINING}"
    long_enough = [x for x in sentences if len(x[0].text.split()) >= DEFINITION_WORDS]
    named = next((x for x in long_enough if _opens(opens, short, core(x[0].text))), None)
    if _DEFINES.search(first[0].text):
        # "When two or more regressors are in Correlation" + "Multicollinearity refers to
        # ...": the sentence right after that defines the term by name says what it is
        near = named is not None and named[0].position - first[0].position <= DEFINITION_NEAR
        unnamed = not mentions(first[0].text, name) and not _bracketed(first[0].text, name)
        return named if near and unnamed and named is not None else first
    # "A new state space model architecture which ...": a noun phrase of the term's kind
    kind = next((x for x in long_enough if _KIND_PHRASE.match(x[0].text)), None)
    return named or kind or first


# "மதி (intellect) + மயக்கம் (delusion).": a coined word's parts, each a word or two with
# its gloss in brackets, joined by "+" (round 59 FT: a Tamil glossary of coinages opens most
# explanations so, then says what the term is)
_PART = r"[^\s()+.;:]+(?:\s[^\s()+.;:]+)?\s*\([^()]{1,40}\)"
_WORD_PARTS = lazy_regex(rf"^{_PART}(?:\s*\+\s*{_PART})+\s*\.?$")


def word_parts(text: str) -> bool:
    """The sentence only says the parts a word is built of ("a (x) + b (y)."): no
    definition."""
    return _WORD_PARTS.match(text.strip()) is not None


def _opens(pattern: str, short: str, text: str) -> bool:
    """The pattern, opening with the name ``short``, matches the text: compiled only for a
    text that says the name (a pattern per entry name, round 40)."""
    return short in text and cached_regex(pattern).match(text) is not None


_USAGE_NOTE = lazy_regex(r"(?i)\b(?:use|prefer)\s[^.;]{1,60}\binstead\b")
_NOTE_WORDS = 15


def _bracketed(text: str, name: str) -> bool:
    """The text names the term in brackets after what it stands for ("A Uniform Resource
    Identifier (URI) is a string ..."): core() drops a bracket, so mentions() cannot see it."""
    said = name.strip()
    return bool(said) and f"({said.lower()})" in text.lower()


def _usage_note(text: str) -> bool:
    """ "Please use the term root instead": the entry points to the word to say."""
    return len(text.split()) <= _NOTE_WORDS and _USAGE_NOTE.search(text) is not None


def _subjectless(text: str) -> bool:
    """A noun phrase with what sets it apart, no verb of its own before a relative word:
    not "The Taylor series of a function is an infinite series ...", whose subject is
    another term."""
    head = re.split(r"(?i)\b(?:that|which|who|whom|whose|where)\b", text, maxsplit=1)[0]
    return bool(_NOUN_PHRASE.match(text)) and re.search(rf"(?i)\b{_FINITE}", head) is None


def _defines_by_name(text: str, short: str) -> bool:
    """The sentence names the term as the object of defining or naming it ("uses rules to
    define 'grapheme clusters'", "is called a unit step", "known as ruby")."""
    naming = r"\b(?:define|defined|call|called|termed|known as|named)\s+(?:(?:a|an|the)\s+)?"
    said = core(text)
    return (
        short in said
        and cached_regex(rf"{naming}{re.escape(short)}{ends_word(short)}").search(said) is not None
    )


def headed_definition(
    pool: Sequence[tuple[Unit, list[str]]], term: str
) -> tuple[Unit, list[str]] | None:
    """The first sentence under a heading that is the asked term, told by its heading
    ("Hyperparameter: These are external configurations ..."): an entry that sets two
    terms side by side ("Model Parameters Vs Hyperparameters") defines each under its own
    heading, and its opening defines the first. None when no heading names the term."""
    asked = core(term)
    for unit, ids in pool:
        if asked and unit.kind == "sentence" and core(unit.lead.rstrip(":")) == asked:
            return replace(unit, text=f"{unit.lead.rstrip(':')}: {unit.text}"), ids
    return None
