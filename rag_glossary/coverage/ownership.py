"""Whether the first hit *owns* a refused description's specific words (round 28).

A user who paraphrases an entry often repeats a word or a two-word phrase that only that
entry's text says ("virtual clusters", "story points", "earmarked"), while a question about
something the glossary lacks shares background words with many entries, or the neighbour's
name. A question word or adjacent word pair is *owned* by an entry when its text (title,
aliases, body; BM25's tokens, plurals folded) has it and no entry of another title does
(copies of one title across sources count once). Function words never count, nor words of
the entry's own name: a name the question says is the key-term lookup's business, and a
neighbour's name in a question about something else is the commonest negative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rag_glossary.coverage.described_support import content_words
from rag_glossary.lexical import stem, tokenize
from rag_glossary.models import Entry

# Owned words and pairs a refused description needs before its first hit is trusted;
# chosen leaving each set out (eval/ownership_loso.py: 2 on 93 of 93 folds).
OWNED_MIN = 2

_Key = str | tuple[str, str]


@dataclass(frozen=True)
class _Said:
    keys: frozenset[_Key]  # the entry's tokens and adjacent token pairs
    name: frozenset[str]  # the tokens of its title and aliases


@dataclass(frozen=True)
class Ownership:
    """Which words and word pairs of a question one entry alone says. An entry's tokens
    are read only when its lower-cased text holds the question's word (a prefix of it, as
    plurals fold): no table of the whole glossary is built for a question."""

    entries: Sequence[Entry]
    texts: tuple[str, ...]  # per entry: title, aliases and body, lower-cased
    groups: tuple[int, ...]  # per entry: its title's group (calibration.title_groups)
    _said: dict[int, _Said] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, entries: Sequence[Entry], groups: Sequence[int]) -> Ownership:
        texts = tuple(" ".join((e.title, *e.aliases, e.body)).lower() for e in entries)
        return cls(entries, texts, tuple(int(g) for g in groups))

    def owned(self, query: str, at: int) -> tuple[_Key, ...]:
        """The question's content words and adjacent content-word pairs that entry ``at``
        owns, less the words of its own name (and pairs made only of them)."""
        content = {stem(w) for w in content_words(query)}
        tokens = tokenize(query)
        mine = self.said(at)
        words: list[_Key] = [t for t in dict.fromkeys(tokens) if t in content]
        pairs: list[_Key] = [p for p in dict.fromkeys(pairwise(tokens)) if set(p) <= content]
        asked = [k for k in (*words, *pairs) if k in mine.keys and not _named(k, mine.name)]
        return tuple(k for k in asked if not self._elsewhere(k, at))

    def said_besides(self, query: str, at: int, owned: Sequence[_Key]) -> tuple[str, ...]:
        """The question's content words entry ``at`` says (its name's words too) that no
        key of ``owned`` holds."""
        content = {stem(w) for w in content_words(query)}
        held = {w for k in owned for w in ((k,) if isinstance(k, str) else k)}
        keys = self.said(at).keys
        tokens = dict.fromkeys(tokenize(query))
        return tuple(t for t in tokens if t in content and t in keys and t not in held)

    def said(self, i: int) -> _Said:
        if i not in self._said:
            e = self.entries[i]
            name = [tokenize(p) for p in (e.title, *e.aliases)]
            keys: set[_Key] = set()
            for part in (*name, tokenize(e.body)):  # no pair across two parts
                keys.update(part)
                keys.update(pairwise(part))
            self._said[i] = _Said(frozenset(keys), frozenset(t for p in name for t in p))
        return self._said[i]

    def _elsewhere(self, key: _Key, at: int) -> bool:
        """Whether an entry of another title than ``at``'s says ``key``."""
        probes = [t[:-1] or t for t in ((key,) if isinstance(key, str) else key)]
        mine = self.groups[at]
        return any(
            g != mine and all(p in text for p in probes) and key in self.said(i).keys
            for i, (text, g) in enumerate(zip(self.texts, self.groups, strict=True))
        )


def _named(key: _Key, name: frozenset[str]) -> bool:
    return key in name if isinstance(key, str) else key[0] in name and key[1] in name


def one_word(owned: Sequence[_Key]) -> bool:
    """Whether the owned keys rest on one owned word: its pairs with words other entries
    say too ("working", "working ticket") add no second word of the entry's own (round 54)."""
    words = {k for k in owned if isinstance(k, str)}
    kept = [k for k in owned if isinstance(k, str) or not words.intersection(k)]
    return len(kept) < OWNED_MIN


def owned_past_name(owned: Sequence[_Key], name: str | None) -> bool:
    """Whether the owned words and pairs of a question naming a term the glossary lacks
    (``name``: that term when it is a clean noun phrase) carry it to the first hit: a name
    no entry has is stronger evidence against than a description is, so beside the name's
    own words ("shear wave splitting": S-Wave says "shear wave") OWNED_MIN must remain,
    one of them a word pair, as a paraphrase's "mass for the dead", "per hour" are; owned
    single words alone ("car", "frame", "video") are a neighbour's background (round 31)."""
    words = frozenset(tokenize(name or ""))
    kept = [k for k in owned if not _named(k, words)]
    return len(kept) >= OWNED_MIN and any(isinstance(k, tuple) for k in kept)
