"""Sentences around a code block that the answer leaves out (round 59 CO).

Code is never flattened into prose (code.py), so the sentences written around a block
must read without it:

- a whole statement ending in ":" over the block ("Instead, use struct-copy to create a
  new struct instance based on another instance:") says what it says, a sentence with
  a full stop; so does an entry's opening definition ending in ":" ("The numeric tower
  ... is an analogy for how the number types include each other:"), whatever follows;
- a sentence that runs through the block ("Defining verbose-if like" + code + "doesn't
  work because ...", "assume you've originally written" + code + "and try ...") is no
  unit on either side: its text before the block has no stop and the text after it
  opens in lower case;
- a sentence that points at the block ("For example, the following hash table maps
  numbers to symbols.", "Creating a struct like above creates several Bindings.",
  "(e.g. in remove above)") points at what the answer does not show.
"""

from __future__ import annotations

import re

from rag_glossary.answer.blocks import lettered_words
from rag_glossary.answer.cleaning import DANGLING, clean_unit
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.lazy_re import lazy_regex

_STATEMENT_WORDS = 6  # a sentence ending in ":" this long may be a statement
# a sentence ending in ":" on one of these wants the code as its object ("you can run:",
# "written like this:", "the result is:")
_WANTS_OBJECT = lazy_regex(
    r"(?i)\b(?:this|these|that|those|here|below|follows?|following|example|examples|e\.g"
    r"|i\.e|run|type|write|written|use|try|do|call|called|consider|see|get|gives?|returns?"
    r"|prints?|shows?|output|result|results|code|snippet|syntax|command|commands|then|so|thus"
    r"|it|them|you|we|way|ways|steps?|types?|kinds?|forms?|cases?|for instance)\W*$"
)
# what shows a list or a block later: "the following ...", "as follows", "below"
_POINTS_AHEAD = lazy_regex(r"(?i)\b(?:the following|as follows|below)\b")
# code shown before: "like above", "(e.g. in remove above)", "the code above"; not "values
# above the mean", "the above list" nor "the above-mentioned lists" (prose before)
_POINTS_BACK = lazy_regex(r"(?i)\babove\b(?=\s*(?:[.,;:)!?]|$))|\b(?:like|as)\s+above\b(?!-)")
# a lead that sets up or shows the example the code is ("For example, here's a simple list
# comprehension:", "this is imperative code to ...", "as in this factorial function:"), or
# names a source ("From The Free Online Dictionary of Computing (13 Mar 01):")
_SHOWS_EXAMPLE = lazy_regex(
    r"(?i)^(?:for (?:example|instance)|e\.g\.|as an example|from|source|via)\b|\bhere\b"
    r"|\b(?:this|these)\s+(?:is|are|code|example|examples|function|snippet|program|one|way)\b"
    r"|\b(?:in|as in|with|like)\s+(?:this|these)\b"
    # a lead that announces several things the block lists ("There are usually four types
    # of dynamic processing:", "Audio engineers sometimes use different generated sounds
    # for testing purposes:")
    # a purpose clause with no main clause ("To convert this wide-format DataFrame into a
    # long-format DataFrame using melt:"; "To change a variable, use set!:" is whole)
    r"|^to\s+[^,]*$"
    r"|^there\s+(?:are|is|exist)\b|\b(?:different|various)\s+(?:\w+\s+){0,2}\w+s\b"
)
_ENGLISH_SHARE = 0.25  # English function words among a lead's words: it is English prose
# "One is for the name of the struct ...:": one of what the sentence before named
_COUNTS_BACK = lazy_regex(r"(?i)^(?:one|another|the other|the first|the second)\s+(?:is|are|of)\b")
_STOP = (".", "!", "?", ":", ";", "…", "\u3002", "\u0964", "\u09f7")
_CLOSERS = "\"'”’)]*_"


def ends_open(sentence: str) -> bool:
    """The sentence has no stop at its end: it runs on into what follows it."""
    text = sentence.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(text) and not text.endswith(_STOP)


def opens_lower(text: str) -> bool:
    """The text opens with a lower-case letter: it goes on from the text before it."""
    first = next((c for c in text.lstrip() if c.isalpha()), "")
    return first.islower()


def runs_through(before: str, after: str) -> bool:
    """``before``'s last sentence and ``after``'s first are one sentence with a code block
    between them ("Defining verbose-if like" + code + "doesn't work because ...")."""
    return ends_open(before) and opens_lower(after)


def through_code(blocks: list[tuple[str, str]]) -> tuple[set[int], set[int]]:
    """The paragraphs whose last sentence runs through the code block after them, and
    the paragraphs or items after such a block whose first sentence finishes it."""
    cut_last: set[int] = set()
    cut_first: set[int] = set()
    for block, (kind, text) in enumerate(blocks[:-1]):
        if kind != "para" or blocks[block + 1][0] != "code":
            continue
        after = next((i for i in range(block + 1, len(blocks)) if blocks[i][0] != "code"), None)
        if after is None or blocks[after][0] != "para":
            continue
        if runs_through(text, blocks[after][1]):
            cut_last.add(block)
            cut_first.add(after)
    return cut_last, cut_first


# "For example, assume that we want a variant of the if form ...": the example's setting
_SETS_UP = lazy_regex(r"(?i)^(?:for (?:example|instance),?\s+)?(?:assume|suppose|imagine|say)\b")


def sets_up(sentences: list[str], i: int) -> bool:
    """In a paragraph whose last sentence runs through a code block, sentence ``i`` is part
    of that example: the last sentence itself, or the one before it when it sets the
    example up ("For example, assume that we want ..." + "Defining verbose-if like")."""
    if i == len(sentences) - 1:
        return True
    return i == len(sentences) - 2 and _SETS_UP.match(clean_inline(sentences[i])) is not None


def stated_lead(sentence: str) -> str | None:
    """A whole statement ending in ":" as a sentence with a full stop ("Instead, use
    struct-copy to create a new struct instance based on another instance."), or None
    when it needs what follows it ("you can run:", "The result is like this:", "There
    are three types:", "... the following criteria:")."""
    text = sentence.rstrip()
    if not text.endswith(":") or text.endswith("::"):
        return None
    body = text[:-1].rstrip()
    plain = clean_inline(body)
    if len(lettered_words(plain)) < _STATEMENT_WORDS or _POINTS_AHEAD.search(plain):
        return None
    if not _english(plain) or _SHOWS_EXAMPLE.search(plain) or is_filler(plain):
        return None  # the cue words are English ("például", "a következő módon" are not)
    if _COUNTS_BACK.match(plain) or _WANTS_OBJECT.search(plain) or _POINTS_BACK.search(plain):
        return None
    if DANGLING.search(plain.rstrip(" )\"'")):
        return None
    stated = f"{body}."
    return stated if clean_unit(stated) is not None else None


def points_at_code(sentence: str, code_before: bool, code_after: bool) -> bool:
    """The sentence points at a code block of its entry: "the following ..." or "below"
    over the block after it, "above" after a block before it."""
    if sentence.rstrip().endswith(":"):
        return False  # a lead over code: paragraph_units._charted and stated_lead judge it
    plain = clean_inline(sentence)
    if code_after and _POINTS_AHEAD.search(plain):
        return True
    return code_before and _POINTS_BACK.search(plain) is not None


def _english(text: str) -> bool:
    """Unmarked Latin letters with English function words among its words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if not words or not all(w.isascii() for w in words):
        return False
    english = function_words("en")
    said = sum(w in english for w in words)
    return said / len(words) >= _ENGLISH_SHARE
