"""A long description its best entries meet only on the glossary's common words (round 29).

A user describing a concept the glossary lacks ("the arrival pattern where people turn up
completely at random and independently, the gap until the next one ...") still finds
entries on the topic, and they can stand out: they share the field's own vocabulary
("arrival", "system", "star", "letter") with the question and nothing else. A user
paraphrasing an entry at length says at least one thing only a few entries say. So a
described question of many content words is refused when every one of them that the three
best hits say is *common* in the glossary: held by at least COMMON_SHARE of its entries
(and by two or more: in a glossary of a few entries one that alone says a word owns it).
A word none of them says counts neither way (an everyday paraphrase may share nothing),
but at least one must be shared: "shares nothing" is no sign. Words are BM25's tokens
(plurals folded) matched on their first five letters ("detector" says "detection"), and
which entries hold them is read from the index's own BM25 postings (lexical.py), built with
the index: what is common is per glossary, and nothing is derived at query time but the
grouping of the BM25 vocabulary by those five letters, once per process. Both numbers are
chosen leaving each of the 101 design sets out (``eval/common_words_loso.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from rag_glossary.coverage.described_support import content_words
from rag_glossary.lexical import LexicalIndex, tokenize

COMMON_SHARE = 0.15  # share of the glossary's entries that makes a word common
COMMON_MIN_WORDS = 9  # content words a description needs before the rule reads it
COMMON_DEPTH = 3  # best hits whose words count
_KEY = 5  # letters a word is matched on


def word_key(token: str) -> str | None:
    """A BM25 token's key: its first five letters (None: under three letters, a number)."""
    return token[:_KEY] if len(token) >= 3 and not token.isdigit() else None


def question_keys(query: str) -> list[str]:
    """The question's distinct content words (no function or question words) as keys."""
    keys = (word_key(t) for t in tokenize(" ".join(content_words(query))))
    return list(dict.fromkeys(k for k in keys if k is not None))


@dataclass(frozen=True)
class CommonWords:
    """Which entries hold each key: the BM25 tokens that share it, read from the postings."""

    lexical: LexicalIndex
    tokens: Mapping[str, tuple[str, ...]]  # key -> the vocabulary's tokens with that key
    _holders: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, lexical: LexicalIndex) -> CommonWords:
        tokens: defaultdict[str, list[str]] = defaultdict(list)
        for token in lexical.vocab:
            if (key := word_key(token)) is not None:
                tokens[key].append(token)
        return cls(lexical, {k: tuple(v) for k, v in tokens.items()})

    def holders(self, key: str) -> frozenset[int]:
        """The entries whose text holds a word with this key."""
        if key not in self._holders:
            rows = [self.lexical.holders(t) for t in self.tokens.get(key, ())]
            held = np.unique(np.concatenate(rows)) if rows else ()
            self._holders[key] = frozenset(int(i) for i in held)
        return self._holders[key]

    def is_common(self, key: str) -> bool:
        """Held by COMMON_SHARE of the entries, and never by one alone (a small glossary's
        single entry that says a word owns it)."""
        held = len(self.holders(key))
        return held >= 2 and held >= COMMON_SHARE * max(1, self.lexical.n_docs)

    def shared(self, query: str, at: Iterable[int]) -> list[str]:
        """The question's keys that any of the entries ``at`` holds."""
        at = frozenset(at)
        return [k for k in question_keys(query) if at & self.holders(k)]

    def only_common(self, query: str, at: Iterable[int]) -> bool:
        """Whether a long description meets the entries ``at`` only on common words."""
        if len(question_keys(query)) < COMMON_MIN_WORDS:
            return False
        shared = self.shared(query, at)
        return bool(shared) and all(self.is_common(k) for k in shared)
