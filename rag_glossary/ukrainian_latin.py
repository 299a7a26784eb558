"""Ukrainian typed in Latin letters ("stritchkove menyu v obsidian shcho tse"), read in
Cyrillic over a Ukrainian glossary (round 53 FU), as greeklish.py reads Greek.

A keyboard without Cyrillic spells Ukrainian by sound, in the official transliteration or
near it: "shcho" for "що", "tse" for "це", "menyu" or "meniu" for "меню", "h" or "g" for
"г". Both sides are read as a sound key (``sound_key``: и, і, ї, й and Latin "i", "y" one
sound; "ya" / "ia" and я one, "shch" and щ one; double letters one), and a Latin word whose
key is that of a Cyrillic word the glossary writes, or of a Ukrainian question word
(data/question_forms.json), is that word; a Latin word the glossary writes in Latin
("Obsidian", "Markdown") stays; another word is spelled letter by letter.
Only a question with no Cyrillic letter and a Ukrainian question or function word that is no
English word ("shcho", "tse", "yak") is read so: an English question over a Ukrainian
glossary's Latin names is left as typed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rag_glossary.coverage.glossary_language import frame_words, function_words
from rag_glossary.everyday import everyday_in, everyday_words
from rag_glossary.marks import plain

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
_LATIN_WORD = re.compile("[A-Za-z]+")

# a sound's key: ч "4", ш "w", ж "j", ц "c"; the vowels и і ї й one "i", є е one "e"
_CYRILLIC_ONE = dict(
    zip("абвгґдеєжзиіїйклмнопрстуфхцчшьюя", "abvhhdeejziiiiklmnoprstufhc4w_ua", strict=True)
)
_CYRILLIC_ONE |= {"щ": "w4", "ь": "", "'": "", "’": ""}
_LATIN_PAIRS = {"shch": "w4", "sch": "w4", "tch": "4", "zh": "j", "kh": "h", "ts": "c"}
_LATIN_PAIRS |= {"ch": "4", "sh": "w", "ya": "a", "ia": "a", "yu": "u", "iu": "u", "ye": "e"}
_LATIN_PAIRS |= {"ie": "e", "yi": "i", "ji": "i", "ja": "a", "ju": "u", "je": "e"}
_LATIN_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "abcdefhhiiklmnopkrstuvvkiz", strict=True))
# a Latin word no Cyrillic word of the glossary stands for, spelled letter by letter
_SPELLED_PAIRS = {"shch": "щ", "sch": "щ", "tch": "ч", "zh": "ж", "kh": "х", "ts": "ц"}
_SPELLED_PAIRS |= {"ch": "ч", "sh": "ш", "ya": "я", "ia": "я", "yu": "ю", "iu": "ю"}
_SPELLED_PAIRS |= {"ye": "є", "ie": "є", "yi": "ї", "ja": "я", "ju": "ю", "je": "є"}
_SPELLED_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхійклмнопкрстуввкиз", strict=True))
# Bulgarian typed in Latin letters ("zashto martvite pulove", "kakvo e barabino"): "sht"
# for "щ", "y" or "a" for "ъ" ("myrtyv", "martvite"), "c" for "ц", "q" for "я"
_BG_CYRILLIC_ONE = _CYRILLIC_ONE | {"ъ": "a", "щ": "wt", "ц": "c", "ь": "", "ѝ": "i"}
_BG_LATIN_PAIRS = _LATIN_PAIRS | {"sht": "wt", "shch": "wt"}
_BG_LATIN_ONE = _LATIN_ONE | {"y": "a", "c": "c", "q": "a", "w": "v"}
_BG_SPELLED_PAIRS = {"sht": "щ", "zh": "ж", "ch": "ч", "sh": "ш", "ts": "ц", "ya": "я"}
_BG_SPELLED_PAIRS |= {"yu": "ю", "ja": "я", "ju": "ю", "ia": "я", "iu": "ю"}
_BG_SPELLED_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхийклмнопярстуввкъз", strict=True))
# Serbian in Latin letters (round 57 PS): its own Latin alphabet, one letter for each
# Cyrillic one, typed with its marks or without them ("sta je celija" for "шта је ћелија"):
# a key is the word in Latin letters less their marks, ћ ч ц all "c", ш с "s", ж з "z",
# ђ "dj" (as a keyboard without "đ" types it), џ "dz", љ "lj", њ "nj"
_SR_CYRILLIC_ONE = dict(zip("абвгдезијклмнопрстуфх", "abvgdezijklmnoprstufh", strict=True))
_SR_CYRILLIC_ONE |= {"ц": "c", "ч": "c", "ћ": "c", "ш": "s", "ж": "z", "ђ": "dj", "џ": "dz"}
_SR_CYRILLIC_ONE |= {"љ": "lj", "њ": "nj"}
_SR_LATIN_PAIRS = {"dž": "dz"}
_SR_LATIN_ONE = {"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"}
_SR_SPELLED_PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ", "dj": "ђ"}
_SR_SPELLED_ONE = dict(zip("abcdefghijklmnopqrstuvwyz", "абцдефгхијклмнопкрстуввјз", strict=True))
_SR_SPELLED_ONE |= {"č": "ч", "ć": "ћ", "đ": "ђ", "š": "ш", "ž": "ж", "x": "кс"}
# Mongolian in Latin letters (round 60 FM: "ortoo gej yu ve", "tuuhiin hicheel"), as phones
# without a Cyrillic keyboard type it: ө as "o", ү as "u", х "h", ж "j", ш "sh", ч "ch",
# ц "ts", the soft sign nothing, е "ye", ю "yu", я "ya"; й, ы and и one "i"
_MN_CYRILLIC_ONE = dict(
    zip("абвгдежзийклмноөпрстуүфхцчшыэ", "abvgdejziiklmnooprstuufhc4wie", strict=True)
)
# (ю, я, е, ё keep their "y" as "i": "yu" is юу, what, never уу or үү, the question marks)
_MN_CYRILLIC_ONE |= {"ё": "io", "ю": "iu", "я": "ia", "е": "ie", "щ": "w4", "ъ": "", "ь": ""}
_MN_LATIN_PAIRS = {"sh": "w", "ch": "4", "ts": "c", "kh": "h", "zh": "j", "ya": "ia", "yu": "iu"}
_MN_LATIN_PAIRS |= {"ye": "ie", "yo": "io"}
_MN_LATIN_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopkrstuvvhiz", strict=True))
_MN_SPELLED_PAIRS = {"sh": "ш", "ch": "ч", "ts": "ц", "kh": "х", "zh": "ж", "ya": "я"}
_MN_SPELLED_PAIRS |= {"yu": "ю", "ye": "е", "yo": "ё"}
_MN_SPELLED_ONE = dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдэфгхижклмнопкрстуввхыз", strict=True))
# each language's tables: Cyrillic one-letter keys, Latin pairs and letters, spelled pairs
# and letters
_TABLES = {
    "uk": (_CYRILLIC_ONE, _LATIN_PAIRS, _LATIN_ONE, _SPELLED_PAIRS, _SPELLED_ONE),
    "bg": (_BG_CYRILLIC_ONE, _BG_LATIN_PAIRS, _BG_LATIN_ONE, _BG_SPELLED_PAIRS, _BG_SPELLED_ONE),
    "sr": (_SR_CYRILLIC_ONE, _SR_LATIN_PAIRS, _SR_LATIN_ONE, _SR_SPELLED_PAIRS, _SR_SPELLED_ONE),
    "mn": (_MN_CYRILLIC_ONE, _MN_LATIN_PAIRS, _MN_LATIN_ONE, _MN_SPELLED_PAIRS, _MN_SPELLED_ONE),
}
# a word in Latin letters: Serbian's own marked letters are letters of its words too
_LATIN_WORDS = {"sr": re.compile("[A-Za-zČĆĐŠŽčćđšž]+")}


def written_in_latin(texts: Iterable[str], language: str) -> bool:
    """The texts write the language's own words (its frame words that are no English words:
    "je", "koji", "је", "који") more often in Latin letters than in Cyrillic: Serbian,
    Croatian or Bosnian in Latin letters. A language whose lists hold no Latin words
    (Ukrainian, Bulgarian) never is."""
    own = _own_words(language)
    if not own:
        return False
    latin_word = _LATIN_WORDS.get(language, _LATIN_WORD)
    counted = 0
    for text in texts:
        lowered = text.lower()
        counted += sum(w in own for w in latin_word.findall(lowered))
        counted -= sum(w in own for w in _CYRILLIC_WORD.findall(lowered))
    return counted > 0


@functools.cache
def _own_words(language: str) -> frozenset[str]:
    english = everyday_words() | function_words("en")
    return frozenset(w for w in frame_words(language) if w not in english)


def _keyed(word: str, pairs: Mapping[str, str], one: Mapping[str, str]) -> str:
    return re.sub(r"(.)\1+", r"\1", _lettered(word, pairs, one))  # double letters: one sound


def _lettered(word: str, pairs: Mapping[str, str], one: Mapping[str, str]) -> str:
    out: list[str] = []
    at = 0
    while at < len(word):
        pair = next(
            (p for p in (word[at : at + 4], word[at : at + 3], word[at : at + 2]) if p in pairs),
            None,
        )
        if pair is not None:
            out.append(pairs[pair])
            at += len(pair)
            continue
        out.append(one.get(word[at], word[at]))
        at += 1
    return "".join(out)


def sound_key(word: str, language: str = "uk") -> str:
    """The sound key of a lowercase word in Cyrillic or Latin letters: "стрічкове" and
    "stritchkove" both "stri4kove", "що" and "shcho" "w4o" (Bulgarian "защо" and
    "zashto" both "zawto")."""
    cyrillic, pairs, one, _, _ = _TABLES[language]
    if _CYRILLIC.search(word):
        return _keyed(word, {}, cyrillic)
    return _keyed(word, pairs, one)


@dataclass(frozen=True)
class UkrainianLatin:
    """``cyrillic``: each sound key and the Cyrillic word the glossary (or the question
    forms) writes most often with it; ``latin``: the Latin words the glossary writes."""

    cyrillic: Mapping[str, str]
    latin: frozenset[str] = frozenset()
    language: str = "uk"  # or "bg", "sr", "mn": Bulgarian, Serbian, Mongolian so typed

    @classmethod
    def of(cls, texts: Iterable[str], language: str = "uk") -> UkrainianLatin:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        latin: set[str] = set()
        texts = list(texts)
        for text in texts:
            for w in _CYRILLIC_WORD.findall(text.lower()):
                counts[sound_key(w, language)][w] += 1
            latin.update(_LATIN_WORDS.get(language, _LATIN_WORD).findall(text.lower()))
        if written_in_latin(texts, language):
            # Serbian, Croatian or Bosnian written in Latin letters (studio-glossary, round
            # 58): a question in Latin letters is read as typed, never in Cyrillic
            return cls({}, frozenset(latin), language)
        # (Serbian's lists hold its Latin spellings too); a frame word as written before its
        # form without marks ("байна" before "баина", with_plain's), each in one order, so
        # two that share a key are read as the written one whatever the set's order
        for w in sorted(frame_words(language), key=lambda w: (plain(w) == w, w)):
            if _CYRILLIC.search(w):
                counts[sound_key(w, language)][w] += 0  # the glossary's own word first
        keys = {k: c.most_common(1)[0][0] for k, c in counts.items()}
        return cls({**_everyday_keys(language), **keys}, frozenset(latin), language)

    def read(self, question: str) -> str:
        """``question`` in Cyrillic if it is Ukrainian in Latin letters (no Cyrillic
        letter, and a Ukrainian frame word that is no English word); else as typed."""
        if _CYRILLIC.search(question) or not self.cyrillic:
            return question
        latin_word = _LATIN_WORDS.get(self.language, _LATIN_WORD)
        said = [w.lower() for w in latin_word.findall(question)]
        english = everyday_words() | function_words("en")
        frame = frame_words(self.language)
        if not any(
            w not in english and self.cyrillic.get(sound_key(w, self.language)) in frame
            for w in said
            if len(w) > 1
        ):
            return question
        return latin_word.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, typed: str) -> str:
        word = typed.lower()
        if word in self.latin:
            return typed
        _, _, _, pairs, one = _TABLES[self.language]
        return self.cyrillic.get(sound_key(word, self.language)) or _lettered(word, pairs, one)


@functools.cache
def _everyday_keys(language: str) -> Mapping[str, str]:
    """Each sound key one Cyrillic everyday word of the language has (data/everyday_LANG.txt,
    Serbian's), and that word: "greske" is "грешке", not "греске", though the glossary never
    writes the word (round 58 LG: a keyboard without "š" types "s" for ш and с alike). A key
    two everyday words share ("kuca": кућа, куца) is none of them."""
    found: dict[str, set[str]] = defaultdict(set)
    for w in everyday_in(language):
        if _CYRILLIC_WORD.fullmatch(w):
            found[sound_key(w, language)].add(w)
    return {k: next(iter(ws)) for k, ws in found.items() if len(ws) == 1}
