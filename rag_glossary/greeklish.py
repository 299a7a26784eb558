"""Greek typed in Latin letters ("Greeklish"), read in Greek script over a Greek glossary
(round 50 G).

A keyboard without Greek letters types "erma ti simainei" for "έρμα τι σημαίνει" and "pws
legetai i antlia" for "πώς λέγεται η αντλία": no rule after (the name lookup, the key term,
BM25) meets a Greek name in it. Greeklish spells sounds, not letters: "i" is ι, η, υ, ει or
οι, "o" ο or ω, "e" ε or αι. So both sides are read as a sound key (``sound_key``: ει, η,
ι, οι, υ and Latin "i", "y", "h" give one sound; double letters one), and a Latin word whose
key is that of a Greek word the glossary writes, or of a Greek question word
(data/question_forms.json), is that word; another word is spelled letter by letter.
Only a question with no Greek letter and a Greek question or function word that is no
English word ("ti", "pws", "tou"; not "to", "me") is read so: an English question over a
Greek glossary's English names ("gudgeon", "crosscut saw") is left as typed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rag_glossary.arabic_letters import ArabicLetters
from rag_glossary.arabic_prefixes import ArabicPrefixes
from rag_glossary.arabizi import Arabizi
from rag_glossary.coverage.glossary_language import frame_words, function_words
from rag_glossary.everyday import everyday_words
from rag_glossary.finglish import Finglish
from rag_glossary.hebrew_prefixes import HebrewPrefixes
from rag_glossary.loan_names import LoanNames
from rag_glossary.marks import MarkedWords, plain
from rag_glossary.models import Entry
from rag_glossary.spelled_acronyms import SpelledAcronyms
from rag_glossary.ukrainian_latin import UkrainianLatin

GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_WORD = re.compile("[\u0370-\u03ff\u1f00-\u1fff]+")
_LATIN_WORD = re.compile("[A-Za-z]+")

# a sound's key: θ "8", ξ "3" and ψ "4" as Greeklish writes them, so "th", "ks" and "ps"
# are one key letter on both sides
_GREEK_PAIRS = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "υι": "i", "αυ": "av", "ευ": "ev"}
_GREEK_PAIRS |= {"μπ": "b", "ντ": "d", "γκ": "g", "γγ": "g"}
_GREEK_ONE = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "avgdezi8iklmn3oprsstifh4o", strict=True))
_LATIN_PAIRS = {"ou": "u", "ai": "e", "ei": "i", "oi": "i", "au": "av", "eu": "ev"}
_LATIN_PAIRS |= {"mp": "b", "nt": "d", "gk": "g", "gg": "g", "th": "8", "ch": "h", "kh": "h"}
_LATIN_PAIRS |= {"ks": "3", "ps": "4"}
# "h" is η ("h antlia") and "x" χ, as Greeklish mostly types them
_LATIN_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "abkdefgiigklmnopkrstivohiz", strict=True))
# a Latin word no Greek word of the glossary stands for, spelled letter by letter
_SPELLED_PAIRS = {"ou": "ου", "th": "θ", "ch": "χ", "ks": "ξ", "ps": "ψ", "mp": "μπ"}
_SPELLED_ONE = dict(zip("acdefghijklmnopqrstuvwxyz", "ακδεφγηιγκλμνοπκρστυβωχυζ", strict=True))
_SPELLED_ONE["b"] = "μπ"


def _keyed(word: str, pairs: Mapping[str, str], one: Mapping[str, str]) -> str:
    out: list[str] = []
    at = 0
    while at < len(word):
        if (pair := word[at : at + 2]) in pairs:
            out.append(pairs[pair])
            at += 2
            continue
        out.append(one.get(word[at], word[at]))
        at += 1
    key = "".join(out)
    return re.sub(r"(.)\1+", r"\1", key)  # double letters: one sound


def sound_key(word: str) -> str:
    """The sound key of a lowercase word in Greek script (marks dropped) or Latin letters:
    "σημαίνει" and "simainei" both "simeni", "καϊκιού" and "kaikiou" "kekiu"."""
    if GREEK.search(word):
        return _keyed(plain(word), _GREEK_PAIRS, _GREEK_ONE)
    return _keyed(word, _LATIN_PAIRS, _LATIN_ONE)


def _spelled(word: str) -> str:
    out = _keyed(word, _SPELLED_PAIRS, _SPELLED_ONE)
    return out[:-1] + "ς" if out.endswith("σ") else out


@dataclass(frozen=True)
class Greeklish:
    """``greek``: each sound key and the Greek word the glossary (or the question forms)
    writes most often with it."""

    greek: Mapping[str, str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Greeklish:
        """The keys of the Greek words of ``texts`` (the entries' titles, aliases and
        bodies) and of Greek's question and function words."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts:
            for w in _GREEK_WORD.findall(text.lower()):
                counts[sound_key(w)][w] += 1
        for w in _greek_frame():
            counts[sound_key(w)][w] += 0  # the glossary's own word first
        return cls({k: c.most_common(1)[0][0] for k, c in counts.items()})

    def read(self, question: str) -> str:
        """``question`` in Greek script if it is Greeklish (no Greek letter, and a Greek
        frame word that is no English word); else as typed."""
        if GREEK.search(question) or not self.greek:
            return question
        said = [w.lower() for w in _LATIN_WORD.findall(question)]
        english = everyday_words() | function_words("en")
        frame = _greek_frame()
        if not any(
            w not in english and self.greek.get(sound_key(w)) in frame for w in said if len(w) > 1
        ):
            return question
        return _LATIN_WORD.sub(lambda m: self._word(m.group(0).lower()), question)

    def _word(self, word: str) -> str:
        return self.greek.get(sound_key(word)) or _spelled(word)


def _greek_frame() -> frozenset[str]:
    return frame_words("el")


@dataclass(frozen=True)
class Spelling:
    """How a question's words are written as the glossary writes them: Greeklish read in
    Greek script (a Greek glossary's only), Arabizi in Arabic script (an Arabic one's),
    Finglish in Persian script (a Persian one's),
    then words typed without their marks given them (marks.MarkedWords), then English
    names typed in Devanagari (loan_names.py)."""

    greeklish: Greeklish
    marked: MarkedWords
    loans: LoanNames  # "गैस": the glossary's Latin title Gas (loan_names.py)
    # "والاشتراكية": Arabic's joined "and" set apart from a name's word (arabic_prefixes.py)
    joined: ArabicPrefixes
    # "wach howa jidar berlin": Arabic in Latin letters, read in Arabic script (arabizi.py)
    arabizi: Arabizi
    # "ma'nie batlagh ... chi mishe": Persian in Latin letters, in Persian script (finglish.py)
    finglish: Finglish
    # "بلديه": Arabic yeh and kaf typed for the Persian letters the glossary writes
    letters: ArabicLetters
    # "בazd", "לURL": Hebrew's joined letters set apart from the word (hebrew_prefixes.py)
    hebrew: HebrewPrefixes
    # "stritchkove menyu shcho tse": Ukrainian in Latin letters, in Cyrillic (ukrainian_latin.py)
    ukrainian: UkrainianLatin
    # "PaaS": the acronym a Bengali glossary spells "পিএএএস" (spelled_acronyms.py)
    spelled: SpelledAcronyms

    @classmethod
    def of(cls, entries: Sequence[Entry], language: str | None) -> Spelling:
        texts = [t for e in entries for t in (e.title, *e.aliases, e.body)]
        greeklish = Greeklish.of(texts) if language == "el" else Greeklish({})
        loans = LoanNames.of(entries, frame_words(language))
        joined = ArabicPrefixes.of(entries, language)
        arabizi = Arabizi.of(entries if language == "ar" else (), frame_words(language))
        finglish = Finglish.of(entries if language == "fa" else (), frame_words(language))
        marked = MarkedWords.of(entries, language)
        arabic, hebrew = ArabicLetters.of(entries), HebrewPrefixes.of(entries, language)
        # Ukrainian, Bulgarian, Serbian or Mongolian in Latin letters
        cyrillic = language if language in ("uk", "bg", "sr", "mn") else None
        ukrainian = UkrainianLatin.of(texts, cyrillic) if cyrillic else UkrainianLatin({})
        spelled = SpelledAcronyms.of(entries, language)
        return cls(
            greeklish, marked, loans, joined, arabizi, finglish, arabic, hebrew, ukrainian, spelled
        )

    def restore(self, question: str) -> str:
        lettered = self.greeklish.read(self.letters.read(self.ukrainian.read(question)))
        said = self.hebrew.read(self.joined.read(self.arabizi.read(self.finglish.read(lettered))))
        return self.spelled.read(self.loans.read(self.marked.restore(said)))
