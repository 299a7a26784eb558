"""Phrases as the coverage lookup compares them: words, phrase keys, word bags."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from rag_glossary.lexical import folded, stem
from rag_glossary.word_marks import WORD
from rag_glossary.word_tokens import composed

_WORD = re.compile(WORD)
# Dropped when comparing phrases: "theory of mind" and "theory mind" match.
FILLER = frozenset(
    str.split(
        "a an the of to in on for and or with by is are as at its it s"
        " i you we my your our me they them this these those"
    )
)

_SLASHED_LETTERS = re.compile(r"\b([^\W\d_])/([^\W\d_])\b")
_HYPHENATED = re.compile(r"([^\W_]+)-(?=([^\W_]+))")


def compounds(text: str) -> frozenset[tuple[str, str]]:
    """Word pairs a hyphen joins: "semi-supervised" is one word of a term, not two."""
    return frozenset((a.lower(), b.lower()) for a, b in _HYPHENATED.findall(text))


# "an over the shoulder shot", "an out of the box model": after "a"/"an" a preposition opens
# no phrase (an article needs a noun); it opens a compound modifier, written unhyphenated
_ARTICLE_COMPOUND = re.compile(
    r"\b(?:a|an) ((?:over|off|out|up|under|behind|through|across|around|on|in|at|by)"
    r"(?: (?:of|to))?(?: the)? [^\W_]+) (?=[^\W_])",
    re.IGNORECASE,
)


def article_compounds(text: str) -> frozenset[tuple[str, str]]:
    """Word pairs of an unhyphenated compound modifier after an article: "over the
    shoulder" in "an over the shoulder shot" is one word of a term, as if hyphenated."""
    said = " ".join(words(text))
    pairs = (itertools.pairwise(m.split()) for m in _ARTICLE_COMPOUND.findall(said))
    return frozenset(p for run in pairs for p in run)


def words(text: str) -> list[str]:
    """Lowercased words, hyphens and punctuation as spaces; "A/B" is one word, "ab"; in
    Unicode's composed form (NFC: Bengali's "য়" one way, ``word_tokens.composed``)."""
    text = composed(text)
    if "/" in text:
        text = _SLASHED_LETTERS.sub(r"\1\2", text)
    return [w.lower() for w in _WORD.findall(text)]


def phrase_key(tokens: Sequence[str]) -> tuple[str, ...]:
    """What a phrase is compared by: stemmed words without fillers, spelled the American way."""
    return tuple(_word_key(w) for w in tokens if w not in FILLER)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    # a pure function of the word, asked for the same words over and over (every lookup
    # keys the question's words again); bounded, so a long-running server stays small
    return american(stem(folded(word)))


# British spellings and their American forms: "optimisation", "analysed", "behaviour",
# "modelling" (a suffix only; the stem must be long enough to be a word of its own)
_BRITISH = (
    (re.compile(r"(?<=[a-z]{3})is(ation|ations|e|ed|es|er|ers|ing)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|er|ers|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})ell(ing|ed|er|ers)$"), r"el\1"),
)


def american(word: str) -> str:
    """ "optimisation" -> "optimization", "analyse" -> "analyze", "colour" -> "color",
    "labelled" -> "labeled": one key for a word however it is spelled."""
    for pattern, american_form in _BRITISH:
        if pattern.search(word):
            return pattern.sub(american_form, word, count=1)
    return word


@lru_cache(maxsize=1 << 16)
def strong_stem(word: str) -> str:
    """ "clipping", "clipped", "clips" -> "clip"; "computing", "compute" -> "comput"."""
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def word_bag(key: Sequence[str]) -> tuple[str, ...]:
    """A phrase's words in any order and any inflection: "clip gradients" ~ "gradient clipping"."""
    return tuple(sorted(strong_stem(w) for w in key))
