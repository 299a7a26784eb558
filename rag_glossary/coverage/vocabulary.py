"""The glossary's vocabularies the coverage decision reads, derived once per index.

Three rules ask what words the glossary uses anywhere: the foreign-word veto (a rare
question word whose 4-letter stem no entry's text holds, ``foreign_words.py``), the head
noun in no entry (``head_noun.py``) and the rare-word weights of the word match (how many
entries hold each stem, ``word_match.py``). They are derived from the corpus, so per index
(issue 11): the build stores them beside the entries (``index/store.py``, ``vocabulary.json``)
and a query loads them; an index built without them is rebuilt (``VOCABULARY_VERSION``),
and an in-memory retriever derives them with the same :meth:`Vocabulary.of`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rag_glossary.coverage.head_noun import entry_words
from rag_glossary.everyday import support_stems
from rag_glossary.models import Entry

# Bump when what Vocabulary.of derives changes: indexes built before are then rebuilt.
VOCABULARY_VERSION = 1


@dataclass(frozen=True)
class Vocabulary:
    """``stems``: each 4-letter stem (``everyday.support_stems``) with the number of entry
    texts holding it; ``words``: every lowercase word of the entry texts."""

    stems: Mapping[str, int]
    words: frozenset[str]

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> Vocabulary:
        """The one derivation: the build stores it, a retriever without a stored one
        calls it."""
        texts = [entry_text(e) for e in entries]
        return cls(stem_counts(texts), entry_words(texts))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": VOCABULARY_VERSION,
            "stems": dict(sorted(self.stems.items())),
            "words": sorted(self.words),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Vocabulary:
        """The stored vocabulary (ValueError when it is not one this code wrote)."""
        stems, words = data.get("stems"), data.get("words")
        if data.get("version") != VOCABULARY_VERSION or not isinstance(stems, dict):
            raise ValueError("not a vocabulary of this version")
        if not isinstance(words, list) or not all(isinstance(n, int) for n in stems.values()):
            raise ValueError("malformed vocabulary")
        return cls(stems, frozenset(words))


def stem_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of the texts hold each stem."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(support_stems([text]))
    return counts


def entry_text(entry: Entry) -> str:
    """An entry's names and body, as the coverage rules read it."""
    return " ".join((entry.title, *entry.aliases, entry.body))
