"""The glossary's own words, for the lookups of a question asked in its language
(language_lookup.py, language_parts.py): which words it writes, their stems' spread over the
entries, names said in another form, one-slip spellings, acronym titles and common one-word
names.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.asked_in_language import clitic_asked
from rag_glossary.coverage.glossary_language import frame_words, question_forms
from rag_glossary.coverage.names import source_words
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.other_language import SAID_NAME, SHORT_QUESTION
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.speech_words import speech
from rag_glossary.coverage.stem_names import stem_key, stem_table
from rag_glossary.coverage.term_check import TermChecks
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.cyrillic_latin import latin_spellings
from rag_glossary.forms_data import flagged
from rag_glossary.language_stems import index_token
from rag_glossary.marks import plain
from rag_glossary.word_marks import lettered

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# a word in more than 1/_SUBJECT_SHARE of the entries is the glossary's subject; of 3..20 on
# the six in-language design sets, 3-4 gain nothing, 5-6 feuerwehr's "PA bei der feuerwehr",
# 8-20 also fret's "aetr ou reglement 561/2006" but with a dirty answer (AETR only)
_SUBJECT_SHARE = 5
_SUBJECT_STEM = 5  # a shorter subject word ("net", "bin") begins too many other words
_CASE_ENDING = 3  # the most letters of a case ending after a subject word ("python|da")
_INITIALS = (2, 5)  # letters of a name's initials said as one word ("SW", "PW")
_INFLECTED_MOST = 3  # the most words of a title said inflected inside a longer question
_DERIVED_STEM = 8  # the fewest letters of a stem read with its derived words


class LanguageWords(TermChecks):
    """``TermChecks``' tables read as a language's words: the helpers of ``LanguageLookup``
    and ``LanguageParts``."""

    def _stem_named(self, said: Sequence[str]) -> tuple[str, ...] | None:
        """The phrase key of the one name the words say in another form (stem_names.py)."""
        return self._stem_names.get(stem_key(said, self._language)) if said else None

    def _inflected_name(self, question: str) -> TermCoverage | None:
        """ "kelpaako hsl:n liput u-linjalla" (are HSL's tickets valid on a U-line): in a
        language whose names take case endings wherever said (question_forms ``cases``),
        the one title the question's words, its frame dropped, say in another form
        anywhere decides (round 53 WF; None: no language so, no such title or two, or a
        one-word title many entries' texts hold, the glossary's subject said in passing).
        In a language flagged ``cases_written`` instead, only when every other word of the
        question is one an entry writes in some form (round 56 FL)."""
        forms = question_forms().get(self._language or "")
        written = flagged(self._language or "", "cases_written")
        if forms is None or not (forms.cases or written) or not self._language:
            return None
        frame = frame_words(self._language)
        said = [w for w in words(question) if w not in frame]
        said = [
            w
            for w in said
            if clitic_asked(w, self._language) != "frame" and not speech(w, self._language)
        ]
        found = {
            key
            for n in range(_INFLECTED_MOST, 0, -1)
            for at in range(len(said) - n + 1)
            if (key := self._stem_named(said[at : at + n])) is not None
        }
        key = next(iter(found)) if len(found) == 1 else None
        if key is None or self._common_word(key):
            return None
        if written and not all(map(self._written_form, said)):
            # ``cases_written`` (Lithuanian): "partijos erpnext ka reiskia" asks of Partija,
            # but "kliento portalas" (the genitive of Klientas before a head no entry
            # writes) of a thing the glossary lacks
            return None
        result = self._check_term(KeyTerm(" ".join(key), True))
        return replace(result, how=SAID_NAME) if result.how == "title" else None

    def _written_form(self, word: str) -> bool:
        """Whether an entry writes the word, or another form of it (its plain stem), or a
        word derived from its stem: a long stem less its last letter opens a stem an entry
        writes (Latvian "hidrotehnika" beside "hidrotehniskajām", round 57 FV)."""
        stem = self._plain_stem(word)
        if self._writes(word) or stem in self._stem_freq:
            return True
        if len(stem) < _DERIVED_STEM:
            return False
        stems = self._sorted_stems
        at = bisect.bisect_left(stems, stem[:-1])
        return at < len(stems) and stems[at].startswith(stem[:-1])

    @functools.cached_property
    def _sorted_stems(self) -> list[str]:
        return sorted(self._stem_freq)

    @functools.cached_property
    def _stem_names(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        names = (n for e in self.entries for n in (e.title, *e.aliases))
        return stem_table(names, self._names, self._language) if self._language else {}

    def _subject_dropped(self, said: Sequence[str]) -> list[str] | None:
        """The question's words without the glossary's subject: a word in more than
        1/SUBJECT_SHARE of its entries (None: none such, or nothing else said)."""
        kept = [w for w in said if not self._subject_word(w)]
        return kept if kept and len(kept) < len(said) else None

    def _subject_word(self, word: str) -> bool:
        """Whether the word names the glossary's subject in some form: itself, in Latin
        letters ("дотнете": dotnet), or with a case ending (``_subject_ending``)."""
        return any(map(self._subject_form, (word, *latin_spellings(word))))

    def _subject_form(self, word: str) -> bool:
        bar = len(self.entries) / _SUBJECT_SHARE
        return (
            bool((k := phrase_key([word])) and self._doc_freq.get(k[0], 0) > bar)
            or self._stem_freq.get(self._plain_stem(word), 0) > bar
            or word in self._subject_words
            or self._subject_ending(word)
        )

    def _subject_ending(self, word: str) -> bool:
        """ "lambda nedir pythonda" (in Python): a subject word (``_subject_words``) then a
        case ending of at most ``_CASE_ENDING`` letters, which the language's stems may not
        cut from a foreign name (Turkish's stem of "pythonda" is "pytho")."""
        return lettered(word) and any(
            word.startswith(s) and len(word) - len(s) <= _CASE_ENDING
            for s in self._subject_words
            if len(s) >= _SUBJECT_STEM
        )

    @functools.cached_property
    def _subject_words(self) -> frozenset[str]:
        """The words naming the glossary's subject: one in more than 1/_SUBJECT_SHARE of the
        entries' texts ("python" in 44 of 127), or in most entries' file names
        ("dotnet-glossary.md", where the texts write ".NET")."""
        bar = len(self.entries) / _SUBJECT_SHARE
        held = {w for w, n in self._doc_freq.items() if n > bar}
        named = Counter(w for e in self.entries for w in source_words(e.source))
        return frozenset(held | {w for w, n in named.items() if n > len(self.entries) / 2})

    def _subject_only(self, name: str | None) -> bool:
        """Whether every word of the name is the glossary's subject (``_subject_dropped``:
        Power BI in a Power BI glossary)."""
        said = (name or "").split()
        return bool(said) and all(map(self._subject_word, said))

    def _plain_stem(self, word: str) -> str:
        return plain(index_token(word, self._language))

    @functools.cached_property
    def _stem_freq(self) -> Counter[str]:
        """How many entries' texts hold each stem in the glossary's language, marks
        dropped: "w grafie" says the subject of a glossary whose entries say "graf",
        "grafu" (the subject's forms)."""
        stems = (set(map(self._plain_stem, text.split())) for text in self._texts)
        return Counter(s for held in stems for s in held)

    def _slips_mended(self, said: Sequence[str]) -> list[str]:
        """ "epamprrage vigne": a word the glossary never writes, one slip (an accent, a
        doubled letter) from one it does, read as that word. A word the glossary writes in
        another form ("logistics" beside the alias Third Party Logistics: same phrase key)
        is no slip."""
        return [
            w if self._writes(w) else (self._typed(w) or self._latin(w) or self._near_word(w) or w)
            for w in said
        ]

    def _latin(self, word: str) -> str | None:
        """ "обсидіан", "обсидіані": a Latin word the glossary writes (Obsidian), written in
        Cyrillic letters (cyrillic_latin.py)."""
        return next((s for s in latin_spellings(word) if self._writes(s)), None)

    def _typed(self, word: str) -> str | None:
        """ "maaling", "hjoerne": the glossary's word typed with two letters for one its
        language writes (question_forms.json ``typed``: Danish "måling", "hjørne")."""
        forms = question_forms().get(self._language or "")
        for pair, letter in forms.typed if forms else ():
            if pair in word and self._writes(spelled := word.replace(pair, letter)):
                return spelled
        return None

    def _initials_said(self, said: Sequence[str]) -> TermCoverage | None:
        """ "que es el SW en la bolsa de palos": a short question's one word no entry
        writes, read as a name's initials (Sand Wedge: term_check's acronyms), its other
        words all the glossary's (where the name is asked about): that name (None: not so)."""
        unwritten = [w for w in said if not self._writes(w)]
        if len(unwritten) != 1 or len(said) > SHORT_QUESTION:
            return None
        word = unwritten[0]
        if not (_INITIALS[0] <= len(word) <= _INITIALS[1] and word.isalpha()):
            return None
        found = self._check_term(KeyTerm(word, True))
        return found if found.found and found.how == "acronym" else None

    def _writes(self, word: str) -> bool:
        return word in self._doc_freq or (
            (key := phrase_key([word])) != () and key[0] in self._doc_freq
        )

    def _common_word(self, name: Sequence[str]) -> bool:
        """A one-word name in more entries' texts than term_check.py's generic bar; never
        an entry's acronym ("EAN", which the texts of GTIN, SKU and UPC say too)."""
        key = phrase_key(name)
        return (
            len(key) == 1
            and self._doc_freq.get(key[0], 0) > max(3, len(self.entries) // 50)
            and key not in self._capital_titles
        )

    @functools.cached_property
    def _capital_titles(self) -> frozenset[tuple[str, ...]]:
        """The keys of the titles written in capitals, one word each ("EAN", "OMS")."""
        return frozenset(
            phrase_key([e.title.lower()])
            for e in self.entries
            if _ACRONYM.fullmatch(e.title.strip())
        )

    def _asks_of(self, full: Sequence[str], name: Sequence[str]) -> bool:
        """Whether a question word (an ``asks`` form: "combien") follows the name:
        the words after it ask something of the name ("la carte conducteur elle est valable
        combien de temps"), they name no kind of it the entry lacks (round 40 F)."""
        forms = question_forms().get(self._language or "")
        if forms is None or not forms.asks:
            return False
        keys = [phrase_key([w]) for w in full]
        first = phrase_key(name)[:1]
        at = next((i for i, k in enumerate(keys) if k[:1] == first), len(full))
        return any(w in forms.asks for w in full[at:])

    @property
    def _compounds(self) -> bool:
        forms = question_forms().get(self._language or "")
        return forms is not None and forms.compounds

    def _written(self, phrase: str) -> bool:
        """Whether some entry's text writes ``phrase`` (its words, in order)."""
        return any(f" {phrase} " in f" {text} " for text in self._texts)
