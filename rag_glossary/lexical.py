"""The lexical signal: BM25 over each entry's title, aliases and body (its pointer lines
aside: citation_lines.py).

bm25s computes the BM25 weight of every (entry, word) pair at index time and
stores them as a sparse matrix; a query's scores are then sums of columns.
Queries read those arrays with numpy alone: importing bm25s pulls in scipy,
a fifth of a second that a fresh ``rag-glossary search`` cannot spare.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Container, Iterable, Sequence
from pathlib import Path

import numpy as np

from rag_glossary.citation_lines import searched_body
from rag_glossary.compound_parts import COMPOUNDING, CompoundParts
from rag_glossary.errors import REBUILD_HINT, IndexCorruptError
from rag_glossary.hebrew_stems import HebrewStems
from rag_glossary.language_stems import (
    MARKED_STEMS_READ,
    MARKS_FIRST,
    PLAIN_STEMS,
    PLAIN_WORDS_READ,
    PRE_STEM,
    function_words_left,
    index_token,
    marked_stems,
    plain_stem,
)
from rag_glossary.marks import plain
from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD
from rag_glossary.word_tokens import STOP_WORDS
from rag_glossary.word_tokens import folded as folded  # re-exported
from rag_glossary.word_tokens import stem as stem  # re-exported
from rag_glossary.word_tokens import tokenize as tokenize  # re-exported

_WORD = re.compile(WORD)
_TITLE_REPEAT = 3
# 3: each word's Porter2 stem indexed beside it, marked (0, no field in the manifest:
# words as written only; 1 and 2 were this round's trials)
# 4: umlauts and ß folded (``folded``); 5: stems in the glossary's language (manifest);
# 6: Polish stems (Snowball's Polish stemmer, snowballstemmer 3.1); 7: Turkish stems, and
# "İ" lowered to "i" (``folded``); 8: runs of Han / Kana / Hangul read as their characters
# and character pairs (``cjk_tokens``); 9: a word keeps its combining marks (Devanagari
# "गैस" is one word, not "ग", "स": word_marks.py), Hindi stems; 10: in a language that
# writes compounds as one word, each compound's parts' stems marked apart (``^påle``) and
# Norwegian Bokmål ("nb") stemmed as Norwegian (it was stemmed as English); 11: Persian
# and Arabic stemmed by Snowball's stemmers (they were stemmed as English: kept as
# written), Hebrew by the glossary's own words (hebrew_stems.py); Czech stems (it was
# stemmed as English), Czech and Hungarian stems without their marks, a Hungarian word's
# case ending typed without marks cut first (``PRE_STEM``); Greek stems (Snowball's
# Greek stemmer; they were English stems, the words as written); Thai runs read as runs
# of three characters, tone marks dropped (``thai_tokens``); Ukrainian stemmed as
# Russian, its own letters read as a Russian keyboard types them (language_stems.py);
# 12: Bulgarian stemmed by Savoy's light stemmer (bulgarian_stems.py; it was stemmed as
# English: kept as written); 13: Slovak stemmed by Snowball's Czech stemmer and compared
# without marks, as Czech is (it was stemmed as English); 14 (round 56): Icelandic, newly
# detected by its letters, stemmed by icelandic_stems' light stemmer, and Basque, newly
# detected, stemmed by basque_stems' light stemmer, both compared without marks; Indonesian
# and Malay stemmed by Snowball's Indonesian stemmer (they were stemmed as English); 15
# (round 57): Serbian, newly detected (its own function word list; Bulgarian, which read
# its Cyrillic glossary before, by the sister spellings "је" / "е"), stemmed by Snowball's
# Serbian stemmer, which reads Cyrillic in Latin letters, compared without marks; Latvian,
# newly detected, stemmed by latvian_stems' light stemmer (Kreslins') and compared without
# marks; Bengali, newly detected, stemmed by bengali_stems' light stemmer; every word read in
# Unicode's composed form (NFC: Bengali's two spellings of "য়" one); 16 (round 58):
# Marathi, newly detected by its script, stemmed by marathi_stems' light stemmer (its
# two spellings of "ॲ" one); Estonian, newly detected, stemmed by
# Snowball's Estonian stemmer without marks; 17 (round 59): Tamil, newly detected by its
# script, stemmed by tamil_stems' light stemmer; Slovenian, newly detected (its own function
# word list), stemmed by Snowball's Serbian stemmer, compared without marks; 18 (round 60):
# Mongolian (FM), newly detected by its letters (ө, ү), stemmed by mongolian_stems' light
# stemmer; Irish (FG), newly detected (its own function word list), stemmed by Snowball's
# Irish stemmer (initial mutations removed), compared without marks; Odia (PD), newly
# detected (its own function word list, its script), stemmed by odia_stems' light stemmer
LEXICAL_VERSION = 18
_STEM_MARK = "~"  # no ``tokenize`` token holds it
_PART_MARK = "^"  # nor this: a compound's part's stem (compound_parts.py)
# What a part adds to a question word's BM25 score: a question's "pålar" meets an entry's
# "friktionspåle", its "friktionspålen" (no word of the glossary) an entry's "påle"
PART_WEIGHT = 0.3
# What a question's stem adds to its word's BM25 score. At 0.5 (and with stems alone)
# stems of everyday words ("sick", "talking", "do") pulled unrelated entries ahead on
# described questions in 7 design sets; 0.3 keeps the wins (a stem as the only link:
# "sliding" to Tiling's "slide") without them, on the sets measured.
STEM_WEIGHT = 0.3
# What a function word of FUNCTION_WORDS_LEFT's languages weighs in a question's BM25
# terms (its stem: nothing). Greek's articles and particles ("τις", "στην", "να"), typed as
# the glossary types them, outscored at 1 a question's own words typed without accents,
# which meet the entries' at their stems only; left out (0), the scores of a question
# sharing no word with the glossary were so few that one entry stood out on a common verb
# ("πρέπει", "έχει"); at 0.5 they still set every entry's floor (boatyard-glossary)
FUNCTION_WEIGHT = 0.5
_FILES = ("data.npy", "indices.npy", "indptr.npy", "vocab.json")


def index_tokens(
    text: str,
    language: str | None = None,
    parts: CompoundParts | None = None,
    hebrew: HebrewStems | None = None,
) -> list[str]:
    """The BM25 tokens of a text: each ``tokenize`` token, then its Porter2 stem marked
    apart (``~slide``). The word as written keeps its own column, scored exactly as
    before stems were kept (every document doubles, so BM25's length ratio holds); the
    stems' columns add, at STEM_WEIGHT, what only a stem meets: a question's "sliding"
    an entry's "slide". With ``parts`` (a glossary in a language that writes compounds
    as one word), each compound's parts' stems follow, marked apart (``^påle``). With
    ``hebrew`` (a Hebrew glossary), a Hebrew word's stem is read against its words."""
    out: list[str] = []
    for token, stemmed in _stemmed(text, language, hebrew):
        out.extend((token, _STEM_MARK + stemmed))
        if parts is not None:
            out.extend(_PART_MARK + parts.stem(p) for p in parts.split(token))
    return out


def _stemmed(
    text: str, language: str | None, hebrew: HebrewStems | None = None
) -> list[tuple[str, str]]:
    """Each ``tokenize`` token of the text and its stem (``index_token``). In a language
    whose users often type without its letters (PLAIN_STEMS) the stem is of the word as
    written, its marks then dropped: Turkish "yüksek" and "yuksek" meet, though
    ``folded`` spells "ü" as German does ("yueksek") and Turkish stems need the letters."""
    if hebrew is not None:
        return [(t, hebrew.stem(t) or index_token(t, language)) for t in tokenize(text)]
    pre = PRE_STEM.get(language or "")
    if language not in PLAIN_STEMS or (text.isascii() and pre is None):
        return [(t, index_token(t, language)) for t in tokenize(text)]
    out: list[tuple[str, str]] = []
    for word in _WORD.findall(text):
        lower = word.lower().replace("i\u0307", "i")
        if (token := folded(lower)) not in STOP_WORDS:
            said = plain(lower) if language in MARKS_FIRST else lower
            out.append((stem(token), plain_stem(said, language)))
    return out


def entry_document(
    entry: Entry,
    language: str | None = None,
    parts: CompoundParts | None = None,
    hebrew: HebrewStems | None = None,
) -> list[str]:
    head = " ".join((entry.title, *entry.aliases))
    return index_tokens(head, language, parts, hebrew) * _TITLE_REPEAT + index_tokens(
        searched_body(entry), language, parts, hebrew
    )


def _compound_parts(words: Iterable[str], language: str | None) -> CompoundParts | None:
    """The glossary's BM25 words as compound parts in a language that writes compounds
    as one word (None in any other: its tokens are as before)."""
    if language not in COMPOUNDING:
        return None
    return CompoundParts(words, functools.partial(index_token, language=language))


def _shared_documents(entries: Sequence[Entry], language: str | None) -> list[list[str]]:
    """Every entry's ``entry_document``, each distinct token one string object: the lists
    hold millions of tokens on a big corpus, and a string per occurrence was most of the
    build's memory (a 20 MB glossary: ~300 MB). The same tokens in the same order: bm25s
    sees exactly what it saw before."""
    shared: dict[str, str] = {}
    parts = hebrew = None
    if language in COMPOUNDING or language == "he":
        texts = (" ".join((e.title, *e.aliases, searched_body(e))) for e in entries)
        words = [t for text in texts for t in tokenize(text)]
        parts = _compound_parts(words, language)
        hebrew = HebrewStems(words) if language == "he" else None
    return [
        [shared.setdefault(t, t) for t in entry_document(e, language, parts, hebrew)]
        for e in entries
    ]


class LexicalIndex:
    """BM25 scores for every entry, in entry order; stems in ``language`` (the manifest's)."""

    def __init__(
        self,
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        vocab: dict[str, int],
        n_docs: int,
        language: str | None = None,
    ) -> None:
        self._data = data
        self._indices = indices
        self._indptr = indptr
        self.vocab = vocab
        self.n_docs = n_docs
        self.language = language

    @classmethod
    def build(cls, entries: Sequence[Entry], language: str | None = None) -> LexicalIndex:
        import bm25s

        model = bm25s.BM25(method="lucene")
        model.index(_shared_documents(entries, language), show_progress=False)
        scores = model.scores
        indptr = np.asarray(scores["indptr"], dtype=np.int64)
        # bm25s adds an empty token to the vocabulary that has no column.
        vocab = {str(k): int(v) for k, v in model.vocab_dict.items() if int(v) < len(indptr) - 1}
        return cls(
            np.asarray(scores["data"], dtype=np.float32),
            np.asarray(scores["indices"], dtype=np.int32),
            indptr,
            vocab,
            len(entries),
            language,
        )

    def save(self, folder: str | os.PathLike[str]) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "data.npy", self._data)
        np.save(folder / "indices.npy", self._indices)
        np.save(folder / "indptr.npy", self._indptr)
        (folder / "vocab.json").write_text(json.dumps(self.vocab), encoding="utf-8")

    @classmethod
    def load(
        cls, folder: str | os.PathLike[str], n_docs: int, language: str | None = None
    ) -> LexicalIndex:
        folder, hint = Path(folder), REBUILD_HINT
        try:
            data, indices, indptr = (
                np.load(folder / name, allow_pickle=False) for name in _FILES[:3]
            )
            vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise IndexCorruptError(f"the BM25 index is incomplete: {hint}") from exc
        except (ValueError, OSError, EOFError) as exc:
            raise IndexCorruptError(f"the BM25 index is damaged: {hint}") from exc
        if len(indptr) != len(vocab) + 1 or len(data) != len(indices):
            raise IndexCorruptError(f"the BM25 index does not match its vocabulary: {hint}")
        return cls(data, indices, indptr, vocab, n_docs, language)

    @functools.cached_property
    def parts(self) -> CompoundParts | None:
        """The index's words as compound parts (None: its language writes no compounds)."""
        marks = (_STEM_MARK, _PART_MARK)
        return _compound_parts((w for w in self.vocab if not w.startswith(marks)), self.language)

    @functools.cached_property
    def hebrew(self) -> HebrewStems | None:
        """The index's words as Hebrew stems' words (None: not a Hebrew glossary)."""
        if self.language != "he":
            return None
        return HebrewStems(w for w in self.vocab if not w.startswith((_STEM_MARK, _PART_MARK)))

    def stem_column(self, token: str) -> str:
        """The marked stem column of a ``tokenize`` token, as a question's is read."""
        hebrew = self.hebrew.stem(token) if self.hebrew is not None else None
        column = _STEM_MARK + (hebrew or index_token(token, self.language))
        return column if column in self.vocab else self._marked.get(column, column)

    @functools.cached_property
    def _marked(self) -> dict[str, str]:
        """language_stems.marked_stems of the vocabulary (MARKED_STEMS_READ's languages)."""
        if self.language not in MARKED_STEMS_READ:
            return {}
        return marked_stems(self.vocab, _STEM_MARK)

    @functools.cached_property
    def _plain_words(self) -> dict[str, str]:
        """language_stems.marked_stems of the vocabulary's words (PLAIN_WORDS_READ)."""
        if self.language not in PLAIN_WORDS_READ:
            return {}
        return marked_stems(
            (w for w in self.vocab if not w.startswith((_STEM_MARK, _PART_MARK))), ""
        )

    def idf(self, token: str) -> float:
        """BM25's inverse document frequency of a ``tokenize`` token (unknown: the highest)."""
        column = self.vocab.get(token)
        df = 0 if column is None else int(self._indptr[column + 1] - self._indptr[column])
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))

    def holders(self, token: str) -> np.ndarray:
        """The entries (positions) whose text holds a ``tokenize`` token (none: empty)."""
        column = self.vocab.get(token)
        if column is None:
            return self._indices[:0]
        return self._indices[self._indptr[column] : self._indptr[column + 1]]

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        terms = _query_terms(query, self.language, self.parts, self.vocab, self.hebrew)
        for token, weight in terms:
            column = self.vocab.get(self._plain_words.get(token, token))
            if column is None:
                continue
            start, end = self._indptr[column], self._indptr[column + 1]
            np.add.at(out, self._indices[start:end], weight * self._data[start:end])
        return out


def _query_terms(
    query: str,
    language: str | None = None,
    parts: CompoundParts | None = None,
    vocab: Container[str] = (),
    hebrew: HebrewStems | None = None,
) -> list[tuple[str, float]]:
    """The question's BM25 tokens and their weights: a word as written, 1; its marked
    stem in the glossary's language, STEM_WEIGHT. With ``parts``, PART_WEIGHT: the stem as
    an entry's compound's part, and a word the glossary lacks split into its words'
    parts, each part's stem as a word's and as a part's."""
    out: list[tuple[str, float]] = []
    left = function_words_left(language)
    for token, stemmed in _stemmed(query, language, hebrew):
        if left and plain(token) in left:
            out.append((token, FUNCTION_WEIGHT))
            continue
        out.extend(((token, 1.0), (_STEM_MARK + stemmed, STEM_WEIGHT)))
        if parts is None:
            continue
        out.append((_PART_MARK + stemmed, PART_WEIGHT))
        for part in parts.split(token) if token not in vocab else ():
            stem_ = parts.stem(part)
            out.extend(((_STEM_MARK + stem_, PART_WEIGHT), (_PART_MARK + stem_, PART_WEIGHT)))
    return out
