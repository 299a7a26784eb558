"""Three question shapes whose words around the name would otherwise join it.

- "one of them keeps talking about batch posting, what does that actually mean": a
  statement names a thing, then a wh-question after a comma (a full stop, a dash, a
  colon) only refers back to it
  ("that", "it"); the name is what the statement was about, not its first words, or
  else the noun phrase it ends on ("... we need a control tower, what is that").
- "what does stroke contrast mean when describing a typeface": "what does X mean"
  names X; a "when/while/if" clause after "mean" is the circumstance, not the name.
- "how do i compute compound annual growth rate": a long name the action is done to is
  the name asked about, not the action (``named_object``, used by lookup.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.wordclasses import PREPOSITIONS

_BACK = r"(?:that|it|this|these|those|they|them)"
# the whole wh-question after the comma asks only what the thing referred back to means
_ASKS_BACK = re.compile(
    r"^(?:what|whats)(?: is| s| are| does| do)? "
    + _BACK
    + r"(?: actually| exactly| really| even)?(?: mean)?$"
)
# what a statement says before the thing it is about: "talking about X", "a term called X"
# (or "keeps saying X", "keeps writing X": a word said over and over; not a clause
# said, "saying that ...", "says this species is ...")
_ABOUT = re.compile(
    r"\b(?:about|called|named|mentions|mentioned|mentioning|mention|term|word"
    r"|(?:saying|writing)(?=\s+(?!(?:that|this|the|a|an|it|its|we|you|i|they|he|she|there)\b)))"
    r"\s+"
)
# "good root of title whenever deeds come up": a clause after the name is not the name
# ("cross cutting [all over the handout]": nor is where it was said)
_CLAUSE = re.compile(
    r"\s+(?:when|whenever|while|if|because|since|and|but|all (?:over|around|through))\s.*$"
)
# "hidden markov models, what are they": a statement of a few words and no article is
# the name alone, asked back
_BARE_NAME_WORDS = 4
# "compound annual growth rate", "[setting a] resource quota": a name an action acts on
_OBJECT_NAME_WORDS = 2
# "the lecturer keeps saying we need a control tower": "that" refers back to the noun
# phrase the statement ends on (an article then at most four words), the object of its
# verb; after a preposition ("recover after a crash", "offsets for a datacenter") it is
# a circumstance of what the statement describes, not the thing named
_LAST_NOUN_PHRASE = re.compile(r"(?i)(?:^|(\w+)\s+)(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*$")
# the grammar's prepositions, and those of time and place a circumstance opens with
_CIRCUMSTANCE = PREPOSITIONS | frozenset(
    str.split("after before during over under through without")
)
_MEAN_WHEN = re.compile(
    r"^(what (?:does|do) (?!" + _BACK + r" )\S.*? mean)s? (?:when|while|if|whenever) .+$"
)


def asked_back(question: str) -> str:
    """The question to read for its name: the thing a later "what does that mean"
    refers back to, or "what does X mean" without its "when ..." clause."""
    text = question.strip()
    head, comma, tail = _last_clause(text)
    if comma and _ASKS_BACK.match(" ".join(tail.lower().split()).rstrip("?")):
        about = list(_ABOUT.finditer(head.lower()))
        if about:
            return "what is " + _CLAUSE.sub("", head[about[-1].end() :]).strip()
        last = _LAST_NOUN_PHRASE.search(head)
        if last and (last.group(1) or "").lower() not in _CIRCUMSTANCE:
            return "what is " + last.group(2)  # "... we need a control tower, what is that"
        if 0 < len(head.split()) <= _BARE_NAME_WORDS and "," not in head:
            return "what is " + head.strip()  # "hidden markov models, what are they"
    lowered = " ".join(text.lower().split())
    if found := _MEAN_WHEN.match(lowered.rstrip("?")):
        return found.group(1)
    return question


def statement_asked_back(question: str) -> str:
    """The statement before a closing "what does it actually mean" (its words are where
    the thing referred back to was named), else ""."""
    head, comma, tail = _last_clause(question.strip())
    asks = comma and _ASKS_BACK.match(" ".join(tail.lower().split()).rstrip("?"))
    return head if asks else ""


# a comma, a full stop, or a dash or colon between spaces ("... keeps a directory stack -
# what is that exactly?", "... a directory stack: what is that?")
_CLAUSE_BREAK = re.compile(r",|\.(?= )|(?<= )[-–—](?= )|:(?= )")


def _last_clause(text: str) -> tuple[str, str, str]:
    """The statement and the question after its last comma, full stop, dash or colon:
    "... mentioning the patankar scheme. what is that actually" refers back as a comma
    would, and so does "... keeps a directory stack - what is that exactly"."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if not breaks:
        return ("", "", text)
    last = breaks[-1]
    return (text[: last.start()].rstrip(), last.group(), text[last.end() :])


def named_object(terms: Sequence[KeyTerm], results: Sequence[TermCoverage]) -> TermCoverage | None:
    """The object of the action the last term says ("compute X"), when X is a cleanly
    said name of _OBJECT_NAME_WORDS words or more that is missing."""
    action = terms[-1].text
    for t, r in zip(terms, results, strict=True):
        long = len(t.text.split()) >= _OBJECT_NAME_WORDS and action.endswith(f" {t.text}")
        if long and t.term_style and t.clean and r.found is False and r.term_style:
            return r
    return None
