"""Which language a glossary in another language is written in, and how a question in that
language is read (round 37).

other_language.py reads a short question by the name it says, but only when most of its
words are not English: a German glossary of English technical names ("was ist ein literal
pool", "wie viel sram hat der stm32f103") failed that test and kept German frames in its key
term ("ist ein literal pool is not in the glossary"). Here the glossary's own words name its
language: the one whose function words (the ``stop-words`` package's lists, BSD, 34
languages in 60 kB, no dependencies) make up the largest share of its word occurrences,
counted once per entry as ``in_other_language`` counts them. A question with one of that
language's function words that English lacks ("ist", "der", "är") is in that language; its
function words and the few words that ask what a name means or how two differ
(data/question_forms.json) are dropped, and the words left are read as
other_language.py reads a short question (asked_in_language.py reads a question so).
English glossaries never reach this (their language is None), so an English word that is a
function word elsewhere ("die", "also", "war") stays a word there.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from stop_words import get_stop_words

from rag_glossary.coverage.listed_languages import detected_languages
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.sister_language import sister_spelled
from rag_glossary.everyday import everyday_words
from rag_glossary.lexical import folded
from rag_glossary.marks import plain
from rag_glossary.marks import unaccented as unaccented  # re-exported
from rag_glossary.models import Entry

# a language's function words must make up this share of the glossary's word occurrences,
# and more than English's (stm-glossary's German .29, bee-glossary's Swedish .32; in the
# English sets no other language's reaches .07, English's own .14 to .35)
MIN_FUNCTION_SHARE = 0.1
# a language's own letters must be in this share of the glossary's word occurrences
# (``_lettered_language``; trmalzeme-glossary's Turkish "ı" and "ğ": .20; no other set's
# file holds either letter)
MIN_LETTER_SHARE = 0.1
# the words written in a script some languages give (question_forms.json ``script``) must be
# this share of the glossary's word occurrences for their language to be told by it
# (``_scripted_language``: computing-glossary's Devanagari words are .62 of its 896, Hindi
# ethereum-glossary's .94; round 58 FM: no other set's detected language changed)
MIN_SCRIPT_SHARE = 0.2


# "klika vs multigraf jaka roznica", "iterator vs iterable arasindaki fark": "vs" joins two
# compared names whatever the question's language
VERSUS = frozenset(("vs", "versus"))

_QUOTED = re.compile(r'^"(.+)",?$')

_FORMS = Path(__file__).resolve().parent.parent / "data" / "question_forms.json"


@dataclass(frozen=True)
class LanguageForms:
    """The words of a language, beyond its function words, that frame a question about a
    name (data/question_forms.json): its question words (``question``: what, which,
    how, why...), what it means or is called (``meaning``), how much
    of it (``asks``: "combien", round 40 F), how two differ or which of two is meant
    (``contrast``, "unterschied hsi und hse", "lequel"), and the words joining two compared
    sides (``between``, ``joins``: and, or). Only the languages a test or design set covers;
    another language's questions lose their function words alone."""

    meaning: frozenset[str]
    asks: frozenset[str]
    contrast: frozenset[str]
    between: frozenset[str]
    joins: frozenset[str]
    question: frozenset[str] = frozenset()  # what, which, how, why, who, where, when
    called: frozenset[str] = frozenset()  # "como se chama": asks what a thing is called
    head_first: bool = False  # "série de Taylor do seno": the head first (head_first.py)
    compounds: bool = False  # "sisalbol": a compound is one word (compounds.py)
    letters: frozenset[str] = frozenset()  # letters no other language writes ("ı", "ğ")
    frame_last: bool = False  # "X nedir", "X yapıyor mu": the question word closes it
    # "czym się różni X od Y", "чем отличается X от Y": joins a contrast verb's two sides
    from_joins: frozenset[str] = frozenset()
    # "X la gi": forms of several words that say the language though each word may be
    # English ("la", "gi"), as typed with or without marks
    phrases: frozenset[tuple[str, ...]] = frozenset()
    # "ECDSA किस काम आता है": the clause ends on its verb, so the words after a name are
    # what is asked of it, no modifier making another thing of it (language_lookup.py)
    verb_last: bool = False
    # "maaling" for "måling": letters typed as two where a keyboard lacks them
    typed: tuple[tuple[str, str], ...] = ()
    # "kelpaako", "onko": endings that ask (Finnish -ko / -kö); "mikäpä": endings a frame
    # word takes (-pa / -pä), longest first (``clitic_asked``)
    clitics: tuple[str, ...] = ()
    frame_clitics: tuple[str, ...] = ()
    cases: bool = False  # "kelpaako hsl:n liput u-linjalla": a title inflected anywhere
    # "euskaraz", "bermiotarrez": endings that make a word the speech something is said in
    said_in: tuple[str, ...] = ()
    # "\u0900-\u097f": the script the language is written in, whose words the English
    # grammar never reads (Devanagari: Hindi, Marathi; ``_scripted_language``)
    script: str = ""

    @property
    def frame(self) -> frozenset[str]:
        return self.question | self.meaning | self.asks | self.contrast


@functools.cache
def question_forms() -> Mapping[str, LanguageForms]:
    """Each language's question forms, as data/question_forms.json gives them, for the
    languages the coverage lookup's rules read (not those listed ``comparisons_only``)."""
    return {code: forms for code, forms in _all_forms().items() if code not in _comparing_only()}


@functools.cache
def comparison_forms() -> Mapping[str, LanguageForms]:
    """Every language's forms, those only known for comparisons too (``comparisons_only``:
    answer/language_cues.py reads "forskjellen på capex og opex" as a comparison, while
    the coverage lookup reads the question as in a language without forms)."""
    return _all_forms()


@functools.cache
def _comparing_only() -> frozenset[str]:
    raw = json.loads(_FORMS.read_text(encoding="utf-8"))
    return frozenset(
        code
        for code, forms in raw.items()
        if not code.startswith("_") and forms.get("comparisons_only", False)
    )


@functools.cache
def _all_forms() -> Mapping[str, LanguageForms]:
    raw = json.loads(_FORMS.read_text(encoding="utf-8"))
    return {
        code: LanguageForms(
            frozenset(forms["meaning"]),
            frozenset(forms.get("asks", ())),
            frozenset(forms["contrast"]),
            frozenset(forms["between"]),
            frozenset((*forms["and"], *forms["or"])),
            frozenset(forms.get("question", ())),
            frozenset(forms.get("called", ())),
            bool(forms.get("head_first", False)),
            bool(forms.get("compounds", False)),
            frozenset(forms.get("letters", "")),
            bool(forms.get("frame_last", False)),
            frozenset(forms.get("from", ())),
            frozenset(
                said
                for phrase in forms.get("phrases", ())
                for said in (tuple(phrase.split()), tuple(plain(phrase).split()))
            ),
            bool(forms.get("verb_last", False)),
            tuple(forms.get("typed", {}).items()),
            tuple(forms.get("clitics", ())),
            tuple(forms.get("frame_clitics", ())),
            bool(forms.get("cases", False)),
            tuple(forms.get("said_in", ())),
            str(forms.get("script", "")),
        )
        for code, forms in raw.items()
        if not code.startswith("_")
    }


@functools.cache
def function_words(language: str) -> frozenset[str]:
    own = json.loads(_FORMS.read_text(encoding="utf-8")).get(language, {})
    # question_forms.json's own list where the package's is of another form of the
    # language: its Greek list is Ancient Greek, polytonic, that no modern text writes
    said = own.get("function_words") or get_stop_words(language)
    if language == "tr":
        # the package's Turkish list is Windows-1254 read as Latin-1 ("nasýl", "þey" for
        # "nasıl", "şey"), with one stray "INSERmi": decoded again, the stray dropped
        said = [w.encode("latin-1").decode("cp1254") for w in said if w.islower()]
    # the package's Hebrew list keeps its source's JSON quoting ('"אבל",'): unquoted
    said = [_QUOTED.sub(r"\1", w) for w in said]
    # the package's Slovak and Persian lists open with a byte-order mark ("\ufeffa"): their
    # first word ("a", "و") is read without it
    said = [w.removeprefix("\ufeff") for w in said]
    # and the words the package's list lacks (Hindi's "क्या", its auxiliaries, "kya")
    return frozenset(w.lower() for w in (*said, *own.get("more_function_words", ())))


@functools.cache
def foreign_only(language: str) -> frozenset[str]:
    """The language's function words that are no English words ("ist", not "was")."""
    english = everyday_words() | function_words("en")
    return frozenset(w for w in function_words(language) if w not in english)


@functools.cache
def _languages_of() -> Mapping[str, tuple[str, ...]]:
    """Each function word and the languages it is one of: a glossary is read in one pass."""
    table: dict[str, list[str]] = {}
    for code in detected_languages():
        # the glossary's words are counted by their phrase keys, umlauts folded ("fuer")
        for w in function_words(code) | {folded(w) for w in function_words(code)}:
            table.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in table.items()}


def glossary_language(doc_freq: Mapping[str, int], entries: int = 0) -> str | None:
    """The language (ISO 639-1) whose function words are the largest share of the
    glossary's word occurrences, if that share is MIN_FUNCTION_SHARE or more and English's
    is smaller (None: English, or no language stands out); of two sister languages (Malay,
    Indonesian), the one whose own spellings it writes more of (sister_language.py).
    ``entries``: how many entries ``doc_freq`` counts words of (0: unknown), for
    ``_named_language``."""
    total = sum(doc_freq.values())
    counts = dict.fromkeys(detected_languages(), 0)
    languages_of = _languages_of()
    for w, n in doc_freq.items():
        for code in languages_of.get(w, ()):
            counts[code] += n
    best = max((c for c in counts if c != "en"), key=lambda c: counts[c])
    share = counts[best] / total if total else 0.0
    if share >= MIN_FUNCTION_SHARE and counts[best] > counts["en"]:
        return sister_spelled(str(best), doc_freq)
    # a glossary written in English prose that names a language in half its entries ("from
    # the French ...") is English; only a term base with too few sentences is named so
    english = counts["en"] / total if total else 0.0
    return (
        _lettered_language(doc_freq, total)
        or _scripted_language(doc_freq, total, counts)
        or (None if english >= MIN_FUNCTION_SHARE else _named_language(doc_freq, entries))
    )


# the share of a glossary's entries whose text names one other language for it to be read
# in that language (``_named_language``)
MIN_NAMED_SHARE = 0.5


def _named_language(doc_freq: Mapping[str, int], entries: int) -> str | None:
    """A language with question forms whose English name is a word of half the entries or
    more: a bilingual term base gives each English term its name in that language on a
    line so labelled (``Estonian: andmevõrk``, parsing/record_names.py), and its users ask
    in that language; its own words are too few names and no sentences, so neither its
    function words nor its letters tell it (round 58 PE)."""
    if entries <= 0:
        return None
    from rag_glossary.parsing.record_names import LANGUAGE_NAMES

    forms = question_forms()
    named = [
        (doc_freq.get(name.casefold(), 0), code)
        for code, name in LANGUAGE_NAMES.items()
        if code != "en" and code in forms
    ]
    count, code = max(named, default=(0, ""))
    return code if code and count >= MIN_NAMED_SHARE * entries else None


def _lettered_language(doc_freq: Mapping[str, int], total: int) -> str | None:
    """The language whose own letters (question_forms.json ``letters``) are in
    MIN_LETTER_SHARE of the word occurrences or more (None: no such language). Turkish
    says with suffixes what other languages say with function words ("malzemenin",
    "alaşımlarda"): a Turkish glossary's function words are too few to name it."""
    for code, forms in question_forms().items():
        if forms.letters and total:
            lettered = sum(n for w, n in doc_freq.items() if not forms.letters.isdisjoint(w))
            if lettered / total >= MIN_LETTER_SHARE:
                return code
    return None


def _scripted_language(
    doc_freq: Mapping[str, int], total: int, counts: Mapping[str, int]
) -> str | None:
    """Of the languages written in a script (question_forms.json ``script``: Hindi and
    Marathi in Devanagari) the one whose function words the glossary writes most, when its
    words in that script are MIN_SCRIPT_SHARE of the word occurrences or more (None: no
    script is, or no such language's function word is written, or two tie). Marathi writes
    its postpositions on the noun ("संगणकाचा", "प्रोग्राममध्ये"): its function words are
    .05 of a Marathi glossary's word occurrences, under MIN_FUNCTION_SHARE, yet its script
    already says the language is one of few."""
    for script, codes in _scripts().items():
        written = sum(n for w, n in doc_freq.items() if script.search(w))
        if not total or written / total < MIN_SCRIPT_SHARE:
            continue
        ranked = sorted(codes, key=lambda c: counts.get(c, 0), reverse=True)
        first = counts.get(ranked[0], 0)
        if first and (len(ranked) == 1 or first > counts.get(ranked[1], 0)):
            return ranked[0]
    return None


@functools.cache
def _scripts() -> Mapping[re.Pattern[str], tuple[str, ...]]:
    """Each script question_forms.json gives (a character class's body) and its languages."""
    raw = json.loads(_FORMS.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for code, forms in raw.items():
        if not code.startswith("_") and forms.get("script"):
            found.setdefault(forms["script"], []).append(code)
    return {re.compile(f"[{s}]"): tuple(codes) for s, codes in found.items()}


def corpus_language(entries: Sequence[Entry]) -> str | None:
    """``glossary_language`` of the entries' words (titles, aliases, bodies; each word
    counted once per entry), as the index build stores it for BM25's stems."""
    doc_freq: Counter[str] = Counter()
    for e in entries:
        doc_freq.update(set(phrase_key(words(" ".join((e.title, *e.aliases, e.body))))))
    return glossary_language(doc_freq, len(entries))


@functools.cache
def frame_words(language: str | None) -> frozenset[str]:
    """The words of a question in ``language`` that are no content: its function words and
    question forms (none for English, whose own rules read its questions)."""
    if language is None:
        return frozenset()
    forms = question_forms().get(language)
    return with_plain(function_words(language) | (forms.frame if forms else frozenset()))


@functools.cache
def naming_words(language: str | None) -> frozenset[str]:
    """``frame_words`` and the words asking what a thing is called ("zice", "kalder"), which
    some languages' meaning lists lack: no specific thing a question names (round 55 RG)."""
    forms = question_forms().get(language or "")
    return frame_words(language) | (with_plain(forms.called) if forms else frozenset())


def with_plain(said: frozenset[str]) -> frozenset[str]:
    """The words and each typed without its letters' marks: "sie" is Polish "się",
    "moze" "może", "que" Spanish "qué" (marks.py)."""
    return said | {plain(w) for w in said}


def bare_names(
    names: Mapping[tuple[str, ...], object], language: str | None
) -> Mapping[tuple[str, ...], tuple[str, ...]]:
    """Each name of a glossary in ``language`` with its function words dropped, and the
    name: a question in that language loses them (asked_in_language.py), so "analisis sitio" is
    Análisis de sitio. Only a shorter form that is no name itself and stands for one name."""
    if language is None:
        return {}
    dropped = function_words(language)
    found: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in names:
        bare = tuple(w for w in key if w not in dropped)
        if bare and bare != key and bare not in names:
            found.setdefault(bare, []).append(key)
    return {bare: keys[0] for bare, keys in found.items() if len(keys) == 1}
