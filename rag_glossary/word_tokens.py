"""How text becomes BM25 words (lexical.py): a light stem, German and Turkish letters
folded, stop words dropped, and runs of scripts written without blanks (Han, Kana, Hangul,
Thai) read as their characters and runs of them."""

from __future__ import annotations

import itertools
import re
import unicodedata

from rag_glossary.thai_text import THAI, split_thai, thai_grams, thai_runs
from rag_glossary.word_marks import WORD

_WORD = re.compile(WORD)
# bm25s's English stop words, plus question words that carry no topic.
STOP_WORDS = frozenset(
    (
        *("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into"),
        *("is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then"),
        *("there", "these", "they", "this", "to", "was", "will", "with"),
        *("whats", "explain", "define", "definition", "mean", "meaning"),
    )
)
# Title words count more than body words: a glossary question names its term.


def stem(word: str) -> str:
    # A deliberately light stemmer: plural and possessive forms only. Heavier
    # stemming merges terms a glossary keeps apart (e.g. "learning"/"learner"); BM25
    # adds Porter2 stems beside the words at a lower weight (``index_tokens``).
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# German typed without its letters: "aussen" for "außen", "loeschen" for "löschen"; both
# sides fold, so a word written either way meets the other
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Odia writes a word-final consonant with its virama or without it ("କ୍ୟାଲସିୟମ୍" and
# "କ୍ୟାଲସିୟମ", "ହେପାଟାଇଟିସ୍" and "ହେପାଟାଇଟିସ"; round 60 PD): one spelling, without
_ODIA_VIRAMA = "\u0b4d"


def folded(word: str) -> str:
    """A lowercased word with ä, ö, ü and ß spelled ae, oe, ue and ss, and Turkish "İ"
    lowered to "i" (``str.lower`` gives "i" and a combining dot: "İzotermal"), in Unicode's
    composed form (``composed``), an Odia word's final virama dropped (``_ODIA_VIRAMA``)."""
    if word.isascii():
        return word
    if word.endswith(_ODIA_VIRAMA) and len(word) > 2:
        word = word[:-1]
    return composed(word).replace("i\u0307", "i").translate(_UMLAUTS)


def composed(text: str) -> str:
    """``text`` in Unicode's canonical form (NFC): one spelling of letters Unicode writes
    two ways. Bengali's "য়" is typed as one character (U+09DF) or as "য" and a nukta
    (U+09AF U+09BC), "ড়" likewise, sometimes in one page (cloud-glossary, round 57 FC);
    NFC writes both as the pair. A text already so written (nearly all) is returned as is."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def tokenize(text: str) -> list[str]:
    if text.isascii():  # lowered whole: the same words (no ASCII letter lowers to two)
        return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]
    if CJK.search(text):
        return cjk_tokens(text)
    if THAI.search(text):
        return thai_tokens(text)
    words = (folded(w.lower()) for w in _WORD.findall(text))
    return [stem(w) for w in words if w not in STOP_WORDS]


# Scripts written without blanks between words: Han (CJK ideographs, extension A,
# compatibility), Hiragana, Katakana (and its half-width forms): Chinese and Japanese, whose
# sentences end in "。"; and Hangul syllables and jamo
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_CHARS = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HANGUL_SYLLABLES = "\uac00-\ud7af"
HAN_KANA_CHARS = HAN_CHARS + KANA_CHARS
CJK_CHARS = HAN_KANA_CHARS + HANGUL_SYLLABLES + "\u1100-\u11ff\u3130-\u318f"
CJK = re.compile(f"[{CJK_CHARS}]")
HAN_KANA = re.compile(f"[{HAN_KANA_CHARS}]")
HAN = re.compile(f"[{HAN_CHARS}]")
KANA = re.compile(f"[{KANA_CHARS}]")
HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# Chinese and Japanese question scaffolding, the like of STOP_WORDS's "whats" and
# "meaning": a run is cut where they stand, so no character pair spans the asking and the term
CJK_ASKING = re.compile(
    "是什么意思|什么意思|什么是|是什么|什么叫|有什么用|有什么|什么|有何|怎么|如何|意思|定义|解释"
    "|是指|指的是|是否|吗$|呢$|とは|って|何ですか|ですか|意味|について"
)


def cjk_tokens(text: str) -> list[str]:
    """The tokens of a text with runs of Han, Kana or Hangul, which their writers type
    without blanks: each such run (question scaffolding cut out: CJK_ASKING) gives its
    characters and each pair of neighbours, the usual BM25 reading of Chinese and
    Japanese ("冷钱包": "冷", "钱", "包", "冷钱", "钱包"); the text between runs reads as
    ``tokenize`` reads any text ("DAO是什么" is "dao" then the run's tokens)."""
    out: list[str] = []
    at = 0
    for run in _CJK_RUN.finditer(text):
        out.extend(tokenize(text[at : run.start()]))
        for part in CJK_ASKING.split(run.group()):
            out.extend(part)
            out.extend(a + b for a, b in itertools.pairwise(part))
        at = run.end()
    out.extend(tokenize(text[at:]))
    return out


def thai_tokens(text: str) -> list[str]:
    """The tokens of a text with Thai runs: each run's runs of three characters
    (thai_text.py); the text between runs reads as ``tokenize`` reads any text."""
    out: list[str] = []
    for is_thai, piece in split_thai(text):
        if not is_thai:
            out.extend(tokenize(piece))
            continue
        for run in thai_runs(piece):
            out.extend(thai_grams(run))
    return out
