"""The Snowball stem of a word in a glossary's language, as BM25 reads it (lexical.py):
which stemmer each language uses, which languages compare stems without their letters'
marks, and the function words a question's BM25 terms weigh less."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import snowballstemmer

from rag_glossary import bengali_stems, marathi_stems, mongolian_stems, odia_stems
from rag_glossary.basque_stems import basque_stem
from rag_glossary.bulgarian_stems import bulgarian_stem
from rag_glossary.icelandic_stems import icelandic_stem
from rag_glossary.latvian_stems import latvian_stem
from rag_glossary.lithuanian_stems import lithuanian_stem
from rag_glossary.marks import plain
from rag_glossary.tamil_stems import TAMIL, tamil_stem
from rag_glossary.word_forms import hungarian_case_folded
from rag_glossary.word_marks import LETTERS

# a word of letters and the marks written on them ("गैस": isalpha() is False for its "ै")
_LETTERED = re.compile(LETTERS)
# The Snowball stemmer of each language a glossary can be told in (ISO 639-1, as
# coverage/glossary_language.py names it); another language, or None, stems as English
_SNOWBALL = {
    **{"en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian"},
    **{"pt": "portuguese", "nl": "dutch", "sv": "swedish", "da": "danish", "no": "norwegian"},
    **{"fi": "finnish", "ca": "catalan", "ro": "romanian", "hu": "hungarian", "ru": "russian"},
    **{"pl": "polish", "tr": "turkish", "hi": "hindi", "nb": "norwegian", "nn": "norwegian"},
    **{"fa": "persian", "ar": "arabic", "cs": "czech", "el": "greek", "id": "indonesian"},
    "ms": "indonesian",  # Snowball has no Malay: its affixes are Indonesian's (meN-, di-, -kan)
    "uk": "russian",  # Snowball has no Ukrainian: Russian's endings are most of its endings
    "sk": "czech",  # Snowball has no Slovak: Czech's case endings are most of its endings
    # Snowball's Serbian reads Cyrillic in Latin letters first: "ћелијама" and "ćelijama" are
    # "ćelij" (and "celij" without marks, PLAIN_STEMS), so either script meets the other
    "sr": "serbian",
    # Snowball has no Slovenian: its case endings are most of Serbian / Croatian's ("plača",
    # "plače", "plačo": "plač"; "prispevki", "prispevkov": "prispevk"; round 59 PS)
    "sl": "serbian",
    "et": "estonian",  # round 58: Snowball's Estonian, read without marks (PRE_STEM)
    # round 60 FG: Snowball's Irish, which strips the initial mutations ("ghraif", "bhfuil",
    # "gcomhthéacs", "n-earráidí", "t-ainm": "graif", "fuil", "comhthéacs", "earráidí",
    # "ainm"), read without marks (PRE_STEM)
    "ga": "irish",
}
# Ukrainian's own letters as a Russian keyboard types them ("снипет", "телефони" for
# "сніпет", "телефоні"): a Ukrainian word's stem is of the word so spelled, both sides, so
# the two spellings meet and Russian's stemmer reads "і" as the vowel it takes it for
_UK_KEYS = str.maketrans("іїєґ", "ииег")
# languages whose stems are compared without their letters' marks (``lexical._stemmed``): their
# users often type without them ("zarizeni" for zařízení, "oroklodes" for öröklődés)
# (Lithuanian, round 56: "sanaudu", "imonej" for sąnaudų, įmonėje; lithuanian_stems.py)
# ("hvad thydir" for hvað þýðir: Icelandic; "zoltzine" for zoltziñe: Basque; round 56)
# ("celija", "sifrovanje" for ćelija, šifrovanje: Serbian typed in Latin letters, round 57)
# (Latvian, round 57: "jurgi", "spitaliba" for jurģi, spitālība; latvian_stems.py)
# (Estonian, round 58: "andmejarv", "yhte", "koik" for andmejärv, ühte, kõik)
# (Slovenian, round 59: "placa", "bolniske", "povracilo" for plača, bolniške, povračilo)
# (Irish, round 60 FG: "sonrai", "cen fath", "usaidtear" for sonraí, cén fáth, úsáidtear)
PLAIN_STEMS = frozenset(
    {"tr", "cs", "sk", "hu", "el", "lt", "is", "eu", "sr", "lv", "et", "sl", "ga"}
)
# Latin-script languages whose stems keep their marks (not PLAIN_STEMS) in which a question's
# plain stem no entry writes is read as the one marked stem whose plain form it is, where a
# question's words are compared with the entries' (judgement_share.word_shares: "lisciem"
# meets GWIAZDA's "liściem"; lexical.LexicalIndex.stem_column); measured in round 54 WS on
# each language's sets (Vietnamese, whose marks are tones, left out)
MARKED_STEMS_READ = frozenset(
    {"pl", "ro", "es", "pt", "fr", "de", "it", "nl", "sv", "da", "nb", "fi", "ms"}
)
# languages whose question words typed without marks ("sablonas") meet the one word of the
# glossary so written with them ("šablonas") at a word's full BM25 weight (lexical.py)
PLAIN_WORDS_READ = frozenset({"lt", "lv", "et"})
# a language whose words are read in plain letters before they are stemmed: Hungarian,
# whose case endings Snowball knows with their marks only ("oroklodesnel": "oroklodes"),
# so "változó" and "valtozot" stem alike ("valtoz")
# and Lithuanian and Latvian, read whole without marks (not ``tokenize``'s English "-s" cut:
# "įrašas" and "irasas", "jards" keep the ending lithuanian_stems.py, latvian_stems.py read)
PRE_STEM: dict[str, Callable[[str], str]] = {
    "hu": lambda w: hungarian_case_folded(plain(w)),
    "lt": plain,
    "lv": plain,
    "et": plain,  # Estonian (round 58): "andmejärve" and "andmejarve" stem alike
    "ga": plain,  # Irish (round 60 FG): "sonraí" and "sonrai" stem alike
}
# of those, languages whose words lose their marks before they are stemmed: Snowball's Greek
# stemmer drops accents itself but reads "ϊ" as "η" ("καϊκιών" -> "καηκ", "καικια" ->
# "καικ"); typed without accents ("σκαφους", "νομεων") a Greek word meets its entry's form
MARKS_FIRST = frozenset({"el"})
# languages whose function words (data/question_forms.json, compared without marks) weigh
# lexical.FUNCTION_WEIGHT in a question's BM25 terms, as _STOP leaves out English's
# Latvian's too ("kas ir skorbuts": the short entries "Tas, kas ir (kā) krājums" met "kas
# ir" at full weight and outscored the one entry writing "Skorbuts")
# and Estonian's ("mis on", "kas", "see": round 58)
# and Irish's ("cad is X ann", "an bhfuil", "i", "ar": round 60 FG)
FUNCTION_WORDS_LEFT = frozenset({"el", "lv", "et", "ga"})
# languages whose question forms alone (data/question_forms.json ``question``, ``meaning``,
# ``called``) weigh lexical.FUNCTION_WEIGHT there: Malay's "apa" (what), in nearly every
# question, met one entry's "apa-apa" (any) at full weight and put it in 27 of suai's 40
# first fives (Sebut Nama); its other function words ("orang", "boleh") carry meaning.
# Basque's too ("zer", "esan", "nahi", "berba"): its function words at full weight
# ("bat", "eta") are what a described question shares with its entry's definition
QUESTION_FORMS_LEFT = frozenset({"ms", "id", "eu"})


_ENGLISH = snowballstemmer.stemmer("english")


@dataclass(frozen=True)
class LightStemmer:
    """A light stemmer behind Snowball's ``stemWord``: a word of ``script`` (every word when
    None) by ``stem``, any other (an English term in a Bengali glossary) by Porter2."""

    stem: Callable[[str], str]
    script: re.Pattern[str] | None = None

    def stemWord(self, word: str) -> str:  # Snowball's name
        if self.script is not None and not self.script.search(word):
            return str(_ENGLISH.stemWord(word))
        return self.stem(word)


# the languages Snowball has no stemmer for, or one that cuts too far, and what stems them
_LIGHT = {
    "bg": LightStemmer(bulgarian_stem),  # Savoy's light stemmer
    "lt": LightStemmer(lithuanian_stem),  # Snowball's Lithuanian reads its endings marked only
    "lv": LightStemmer(latvian_stem),  # Kreslins' light stemmer
    "is": LightStemmer(icelandic_stem),
    "eu": LightStemmer(basque_stem),  # Snowball's Basque cuts to three letters
    "bn": LightStemmer(bengali_stems.bengali_stem, bengali_stems.SCRIPT),
    "mr": LightStemmer(marathi_stems.marathi_stem, marathi_stems.SCRIPT),
    "ta": LightStemmer(tamil_stem, TAMIL),  # Snowball's Tamil cuts too far ("கற்றல்": "க")
    "mn": LightStemmer(mongolian_stems.mongolian_stem, mongolian_stems.SCRIPT),  # round 60 FM
    "or": LightStemmer(odia_stems.odia_stem, odia_stems.SCRIPT),  # round 60 PD
}


@functools.cache
def _stemmer(language: str | None) -> snowballstemmer.stemmer | LightStemmer:
    if language in _LIGHT:
        return _LIGHT[language]
    name = _SNOWBALL.get(language or "en", "english")
    # a language this snowballstemmer has no stemmer for stems as English
    return snowballstemmer.stemmer(name if name in snowballstemmer.algorithms() else "english")


@functools.lru_cache(maxsize=65536)
def index_token(token: str, language: str | None = None) -> str:
    """A ``tokenize`` token's Snowball stem in the glossary's language (English's Porter2
    when None): "sliding" and "slide" are "slide", "advertises" and "advertised"
    "advertis"; "learner" stays apart from "learning"; German "alleine" is "allein"."""
    lettered = token.isalpha() or (not token.isascii() and _LETTERED.fullmatch(token))
    if lettered and language == "uk":
        token = token.translate(_UK_KEYS)
    return _stemmer(language).stemWord(token) if lettered else token


def plain_stem(word: str, language: str | None) -> str:
    """A word's stem as ``lexical._stemmed`` gives it in a language of PLAIN_STEMS: "zařízením"
    and "zarizeni" are "zarizen", "öröklődésnél" and "oroklodesnel" "oroklodes"."""
    pre = PRE_STEM.get(language or "")
    return plain(index_token(pre(word) if pre else word, language))


@functools.cache
def function_words_left(language: str | None) -> frozenset[str]:
    """The function words, without their marks, that weigh lexical.FUNCTION_WEIGHT in a question's
    BM25 terms in ``language`` (FUNCTION_WORDS_LEFT, QUESTION_FORMS_LEFT's question forms;
    none in any other language)."""
    # glossary_language imports this module
    from rag_glossary.coverage.glossary_language import function_words, question_forms

    if language in QUESTION_FORMS_LEFT:
        forms = question_forms()[language]
        return frozenset(plain(w) for w in forms.question | forms.meaning | forms.called)
    if language not in FUNCTION_WORDS_LEFT:
        return frozenset()
    return frozenset(plain(w) for w in function_words(language))


def marked_stems(columns: Iterable[str], mark: str) -> dict[str, str]:
    """Each plain stem column (``mark`` + stem) no column writes, with the one column that
    writes it with marks: a question's "lisciem" (stem "lisc") reads the glossary's
    "liściem" ("liśc"); a plain form two marked stems share is neither."""
    columns = set(columns)
    forms: dict[str, set[str]] = defaultdict(set)
    for column in columns:
        if column.startswith(mark) and not column.isascii() and (key := plain(column)).isascii():
            forms[key].add(column)
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and k not in columns}
