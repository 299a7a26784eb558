"""The language of a glossary written in Japanese, Korean or Chinese, told by its script
(round 49).

glossary_language.py names a language by its function words, counted over words split at
blanks and punctuation: Japanese and Chinese write no blanks, so a sentence is one "word"
and no function word is ever counted; Korean attaches its particles to the noun. Their
scripts say the language instead: a glossary whose words are written in Kana (Hiragana,
Katakana) is Japanese, in Hangul Korean, in Chinese characters without Kana Chinese.
The language read so only chooses the words the reader reads (a refusal's phrases and the
"also" before an asked alias, answer/phrases.py): the index's language and the word-level
rules keyed by glossary_language (stems, frame words, everyday words) are written for
languages that space their words, and stay off. Thai, which writes no blanks between its
words either, is told by its own letters the same way (round 53 WC: quantfin-glossary's
refusals were printed in English).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from rag_glossary.coverage.phrases import words
from rag_glossary.thai_text import THAI
from rag_glossary.word_tokens import HAN, HANGUL, KANA

# a script must be in this share of the glossary's word occurrences (the word occurrences
# of kernel-glossary's entries are .36 Kana, cardio-glossary's .67 Hangul, forex-glossary's
# .46 Chinese characters; no other eval set's reach .005 in any of the three; Thai letters:
# quantfin-glossary's .55, no other set's file writes one)
MIN_SCRIPT_SHARE = 0.2


def script_language(doc_freq: Mapping[str, int]) -> str | None:
    """ "ja", "ko", "zh" or "th" if the words (``doc_freq``: each word's count) written in
    Kana, in Hangul, in Chinese characters without Kana, or in Thai letters are
    MIN_SCRIPT_SHARE of all word occurrences or more, in that order (None: none is)."""
    total = sum(doc_freq.values())
    counts: Counter[str] = Counter()
    for w, n in doc_freq.items():
        if KANA.search(w):
            counts["ja"] += n
        elif HANGUL.search(w):
            counts["ko"] += n
        elif HAN.search(w):
            counts["zh"] += n
        elif THAI.search(w):
            counts["th"] += n
    shares = {c: counts[c] / total if total else 0.0 for c in ("ja", "ko", "zh", "th")}
    return next((c for c, share in shares.items() if share >= MIN_SCRIPT_SHARE), None)


def texts_language(texts: Iterable[str]) -> str | None:
    """``script_language`` of ``texts`` (each entry's text; a word counted once per text)."""
    doc_freq: Counter[str] = Counter()
    for text in texts:
        doc_freq.update(set(words(text)))
    return script_language(doc_freq)
