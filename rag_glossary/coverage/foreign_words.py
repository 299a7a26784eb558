"""A description naming things no entry of the glossary ever mentions (round 27, lane N).

A user describing a concept the glossary lacks ("removing the aftershocks from a catalogue
so only the independent events are left", "the tone colour that makes a flute sound
different from a violin") still finds a neighbour sharing its topic words, and that
neighbour can clear the standout bar. What gives it away is vocabulary: the description
needs specific words (not everyday English, ``everyday.py``) that no entry of the glossary
uses anywhere, because the glossary never writes about that thing. An answerable paraphrase
avoids the term but says what its entry says, so its rare words are the glossary's own.
Two such words, with a standout under 1 above its bar and no sentence of the best entry
close to the question (best answer-unit cosine under 0.55, the packaged model's scale),
refuse. Chosen leaving each of the 89 sets out (``eval/foreign_words_loso.py``: the same
cut on all 89 folds); on those sets it refuses 8 described negatives and 1 right answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from rag_glossary.coverage.described_support import content_words
from rag_glossary.coverage.vocabulary import stem_counts
from rag_glossary.everyday import everyday_words
from rag_glossary.marks import plain

FOREIGN_MIN = 2  # rare question words no entry uses
FOREIGN_MARGIN = 1.0  # the standout's lead over its bar, under which the rule acts
FOREIGN_UNIT = 0.55  # the best entry's closest answer unit, packaged model's cosine
_STEM = 4


@dataclass(frozen=True)
class ForeignWords:
    """The 4-letter stems every entry's text uses (``everyday.support_stems``): the
    index's stored vocabulary (vocabulary.py), built once with the index."""

    support: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> ForeignWords:
        return cls(frozenset(stem_counts(texts)))

    def count(self, question: str, frame: frozenset[str] = frozenset()) -> int:
        """Distinct rare content words of the question (no function or question words:
        ``whats``, nor a glossary language's ``frame`` words) whose stem no entry's text
        holds."""
        skip = everyday_words() | frame
        rare = (w for w in content_words(question) if w not in skip)
        unsaid = [w for w in rare if w[:_STEM] not in self.support]
        # a word typed without its letters' marks ("isinlarinin", "meretenek") is the
        # glossary's own when a text writes it with them ("ışınlarının", "méretének")
        return sum(1 for w in unsaid if _folded(w)[:_STEM] not in self._unmarked)

    @cached_property
    def _unmarked(self) -> frozenset[str]:
        """The stems, and the same without their letters' marks ("ışın": "isin"), German's umlauts
        typed as "ae", "oe", "ue" ("dünn": "duen"; ``marks.py`` leaves these to BM25)."""
        marked = [s for s in self.support if not s.isascii() and not _UNFOLDED.search(s)]
        return self.support | frozenset(
            (*(plain(s)[:_STEM] for s in marked), *(s.translate(_UMLAUTS)[:_STEM] for s in marked))
        )


def _folded(word: str) -> str:
    """The word without its letters' marks, a word of Latin, Greek or Cyrillic letters
    only: a Hangul syllable decomposes into several letters ("심": "ㅅㅣㅁ"), so its 4-letter
    stem would be shorter than the word's."""
    return word if _UNFOLDED.search(word) else plain(word)


# a letter of neither the Latin, Greek, nor Cyrillic script (nor their extended blocks)
_UNFOLDED = re.compile("[^\u0000-\u052f\u1e00-\u1fff]")
# German's umlauts as a keyboard without them types them ("duenne" for "dünne")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def foreign_refuses(count: int, margin: float, best_unit: float) -> bool:
    """Whether a described question answered by the standout is refused as describing
    something the glossary never mentions."""
    return count >= FOREIGN_MIN and margin < FOREIGN_MARGIN and best_unit < FOREIGN_UNIT
