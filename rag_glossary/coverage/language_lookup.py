"""Key terms of a question asked in the glossary's own language (not English).

The frame of such a question ("c'est quoi", "was ist", "vad betyder") is dropped by the
language's data (glossary_language.py); what is left is read as a name the glossary has,
a modifier it never writes after a name (modifier_after.py), or a word it uses. A question
too long to read whole is read by a part that decides (language_parts.py).
``CoverageIndex`` (lookup.py) asks these before its English rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.compared_lookup import ComparedSides
from rag_glossary.coverage.compounds import compounds_joined
from rag_glossary.coverage.glossary_language import frame_words, function_words, question_forms
from rag_glossary.coverage.head_first import asked_before, head_before, modifier_next
from rag_glossary.coverage.modifier_after import (
    unnamed_kind,
    unsaid_pair,
    unwritten_modifier,
    unwritten_sibling,
)
from rag_glossary.coverage.name_in_clause import asked_after_setting, named_in_description
from rag_glossary.coverage.name_rest import (
    after_quantity,
    asked_of_longer,
    joined,
    modifier_unsaid,
    name_at,
    relation_unsaid,
    rest_unsaid,
    setting_after,
    spelled_longer,
    unknown_before,
    unknown_run,
)
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.other_language import (
    SAID_NAME,
    SHORT_QUESTION,
    english_joined,
    said_name,
    said_word,
)
from rag_glossary.coverage.own_letters import latin_run, own_letters_after
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.coverage.stem_names import named_as, stem_span
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.unknown_named import spelled_around
from rag_glossary.forms_data import listed_words
from rag_glossary.word_marks import lettered

_UNKNOWN_LEN = 4  # shorter words ("pa", "ata") are as often an abbreviation said loosely
FRAMED_TERM = 2  # the most words left of a question in the glossary's language to read as a term


class LanguageLookup(ComparedSides):
    """The lookups of a question in the glossary's language, over ``TermChecks``' tables."""

    def _said_in_language(
        self, said: Sequence[str], full: Sequence[str] = ()
    ) -> TermCoverage | None:
        """A question in the glossary's language, its frame dropped: the name or the one
        entry's word it says, as other_language.py reads a short question (None: neither).
        A one-word name many entries' texts hold (a bee glossary's "bin") is asked only
        when it is all the question says; else it is the glossary's subject, said in passing."""
        said = self._slips_mended(said)
        if self._compounds:
            said = compounds_joined(said, self._names)
        found = self._said_named(said, full)
        named = self._subject_dropped(said)
        if found is not None and found.found:
            if named and self._subject_only(found.key_term):
                # "hvad er et dashboard i power bi": the glossary's subject said with
                # another name or word, which is asked ("datamart": not in the glossary)
                return self._said_named(named, full or said) or found
            return found
        if named and said_name(named, self._names, phrase_key, in_language=True):
            # "was bedeutet PA bei der feuerwehr": the glossary's subject, said in passing
            again = self._said_named(named, full or said)
            if again is not None and again.found:
                return again
        return found

    def _said_named(self, said: Sequence[str], full: Sequence[str]) -> TermCoverage | None:
        own = function_words(self._language or "")
        if joined_name := english_joined(said, own, self._written):
            return self._check_term(KeyTerm(joined_name, True))  # "pitch and putt"
        name = said_name(said, self._names, phrase_key, in_language=True)
        after = after_quantity(said, name or ())
        if name and (other := said_name(after, self._names, phrase_key, in_language=True)):
            name = other  # "0 gráður celsius er hvað mikið í kelvin": Kelvin is asked
        if name is None and (span := stem_span(said, self._stem_names, self._language)):
            said, full = named_as(said, span), named_as(full, span)
            name = said_name(said, self._names, phrase_key, in_language=True)
        bare = said_name(said, self._bare_names, phrase_key, in_language=True)
        if bare and len(bare) > len(name or ()):
            # "analisis sitio": a name said whole but for its function words
            found = self._check_term(KeyTerm(" ".join(self._bare_names[phrase_key(bare)]), True))
            return replace(found, how=SAID_NAME) if found.how == "title" else found
        if (
            len(said) <= SHORT_QUESTION
            and (unnamed := unnamed_kind(said, self._names))
            and not asked_of_longer(unnamed, name)
        ):
            found = self._check_term(KeyTerm(unnamed, True))
            if kind := self._modifier_of_text(said, unnamed.split(), found):
                return TermCoverage(kind, False, "", (), True)  # "улсын их хурал"
            return found
        if not name and len(said) <= SHORT_QUESTION and (pair := self._sibling_said(full or said)):
            return replace(self._check_term(KeyTerm(pair, True)), sibling=True)
        lang = self._language or ""
        forms = question_forms().get(lang)
        if (
            name
            and not self._set_apart(full or said, name)
            and not (forms and own_letters_after(said, name, forms))
            and not self._asks_of(full or said, name)  # "einn metri mörg yards"
            and (
                kind := unwritten_modifier(said, name, self._doc_freq, frame_words(self._language))
            )
        ):
            return self._check_term(KeyTerm(kind, True))
        if name and (asked := asked_after_setting(full or said, name, lang, self._writes)):
            return self._check_term(KeyTerm(asked, True))  # "X-ல q-learning எப்படி ...": asked in X
        if name and named_in_description(full or said, name, lang):
            return TermCoverage(None, None, "", (), False)  # "X output ... score பேரு என்ன"
        if name and (len(said) == 1 or not self._common_word(name)):
            found = self._check_term(KeyTerm(" ".join(name), True))
            asks = self._asks_of(full or said, name)
            if found.found and (
                kind := (None if asks else self._rest_unsaid(said, full or said, name, found))
                or spelled_longer(full or said, name)
                or spelled_around(full or said, name)
                or self._modifier_before(full or said, name, found)
            ):
                return TermCoverage(kind, False, "", (), True)  # "casa de interés social"
            return replace(found, how=SAID_NAME) if found.how == "title" else found
        if not name and (initials := self._initials_said(said)):
            return initials  # "que es el SW en la bolsa de palos": Sand Wedge
        if not name and (run := unknown_run(full or said, self._language, self._unknown)):
            return self._check_term(KeyTerm(run, True))  # "torneos del grand slam"
        # a word the glossary never uses ("welche baud rate für den uart") may be what is asked
        known = all(k[0] in self._doc_freq for w in said if (k := phrase_key([w])))
        if known and (word := said_word(said, self._doc_freq, phrase_key, in_language=True)):
            return self._check_term(KeyTerm(word, True))
        if 0 < len(said) <= FRAMED_TERM:  # "was ist crosstlak": the words left are the term
            return self._check_term(KeyTerm(" ".join(said), True))
        return None

    def _modifier_of_text(
        self, said: Sequence[str], name: Sequence[str], found: TermCoverage
    ) -> str | None:
        """ "Улсын Их Хурал буюу парламент гэж юу вэ" (Mongolian, round 60 FM): in a
        language whose clause ends on its verb a noun's modifiers come before it, so a word
        before a name only an entry's text says ("язгууртны их хурал"), which that entry
        writes in no form, makes another thing of it, though other entries write the word
        ("Их Монгол улсын"); that phrase (None: no such word, or another language)."""
        forms = question_forms().get(self._language or "")
        if not (found.found and found.how == "text" and forms is not None and forms.verb_last):
            return None
        texts = [self._texts[self._position[i]] for i in found.entry_ids if i in self._position]
        return modifier_unsaid(said, name, frame_words(self._language), texts, ())

    def _set_apart(self, full: Sequence[str], name: Sequence[str]) -> bool:
        """ "کلمه بلدیت تو کدوم کتاب اومده" ("in which book does بلدیت come"): in a language
        whose clause ends on its verb, a function word right after the name ("تو", "in")
        opens a phrase of its own, so the words after it are what is asked of the name, no
        modifier making another thing of it; so does, in any language, a word opening a
        clause (question_forms ``clause``: Icelandic "þegar", when)."""
        forms = question_forms().get(self._language or "")
        at = next((i for i in range(len(full)) if full[i : i + len(name)] == list(name)), None)
        after = len(name) + (at or 0)
        if at is None or after >= len(full):
            return False
        if full[after] in listed_words(self._language or "", "clause"):
            return True  # "hvað er precision þegar maður er að mæla": "when" opens a clause
        if self._closing_setting(full, name):
            return True  # "computed signals v angularju": the place it is asked in
        return forms is not None and forms.verb_last and full[after] in frame_words(self._language)

    def _closing_setting(self, full: Sequence[str], name: Sequence[str]) -> bool:
        """ "computed signals v angularju": the question closes on the name, a ``setting``
        word of its language (question_forms.json: "v", "na", "pri") and one word the
        glossary writes in some form (``_written_form``: an entry's "Angular", said in the
        locative): the place the name is asked in, no kind of it the glossary lacks
        (setting_after, for a language whose names take case endings)."""
        at = name_at(full, name)
        tail = [] if at is None else list(full[at + len(name) :])
        setting = listed_words(self._language or "", "setting")
        return len(tail) == 2 and tail[0] in setting and self._written_form(tail[1])

    def _unknown(self, word: str) -> bool:
        """A word of a name no entry writes in any form, nor one slip from; the glossary's
        subject with a case ending ("pythonda dekoratör nedir") is written in another form."""
        return (
            lettered(word)
            and len(word) >= _UNKNOWN_LEN
            and not self._writes(word)
            and self._near_word(word) is None
            and not self._subject_word(word)
        )

    def _rest_unsaid(
        self, said: Sequence[str], full: Sequence[str], name: Sequence[str], found: TermCoverage
    ) -> str | None:
        frame = frame_words(self._language or "")
        if not joined(full, frame):
            return None  # "le sulfitage et pourquoi on met ...": a second clause
        texts = [self._texts[self._position[i]] for i in found.entry_ids if i in self._position]
        forms = question_forms().get(self._language or "")
        verb_last = forms is not None and (forms.verb_last or own_letters_after(said, name, forms))
        if verb_last:
            return self._modifier_before(full, name, found)
        rest = rest_unsaid(said, name, frame, texts, self._names)
        if rest and (
            setting_after(full, name, frame, self._doc_freq) or self._closing_setting(full, name)
        ):
            rest = None  # "que significa scratch en golf"
        at = name_at(full, name)
        asked = forms is not None and not forms.question.isdisjoint(
            full[: len(full) if at is None else at]
        )
        relation = None if rest else relation_unsaid(said, name, frame, self._unknown, asked)
        before = None if relation else unknown_before(full, name, self._language, self._unknown)
        return rest or relation or before or self._modifier_before(full, name, found)

    def _unsaid_after(
        self, said: Sequence[str], name: Sequence[str], found: TermCoverage
    ) -> str | None:
        """A short question with no word of the glossary's language that English lacks: the
        name, then two or more words (``name_rest.rest_unsaid``) its entry never writes, is
        a thing the glossary lacks (one such word is as often the setting the name is asked
        in: "epamprrage vigne")."""
        frame = frame_words(self._language or "")
        if len([w for w in said if w not in frame]) < len(name) + 2:
            return None
        return self._rest_unsaid(said, said, name, found)

    def _sibling_said(self, full: Sequence[str]) -> str | None:
        """ "carnet ata", "carte entreprise": a title's first word, then a word no entry
        writes or none writes after it (modifier_after.py), in a short question."""
        frame = frame_words(self._language or "")
        return unwritten_sibling(full, self._names, self._doc_freq) or unsaid_pair(
            full, self._names, frame, self._written
        )

    def _modifier_before(
        self, said: Sequence[str], name: Sequence[str], found: TermCoverage
    ) -> str | None:
        """ "örtlicher einsatzleiter": a found name after a word no entry writes."""
        if not found.found:
            return None
        texts = [self._texts[self._position[i]] for i in found.entry_ids if i in self._position]
        frame = frame_words(self._language or "")
        modifier = modifier_unsaid(said, name, frame, texts, self._doc_freq)
        if modifier and not self._subject_word(modifier.split()[0]):
            return modifier  # "pythonda dekoratör": the subject in another form is a setting
        forms = question_forms().get(self._language or "")
        # the glossary's subject said before a name ("azure key vault") is no part of it
        subject = frozenset(said) - frozenset(self._subject_dropped(said) or said)
        run = latin_run(said, name, frame | subject, forms.letters if forms else frozenset())
        if run and phrase_key(run) not in self._names:
            return " ".join(run)  # "מה עושה app configuration": no name, though Configuration is
        if forms is None or not forms.head_first:
            return None
        return (
            head_before(said, name, frame, texts, self._names)
            or modifier_next(said, name, frame, self._doc_freq)
            or asked_before(said, name, frame, self._doc_freq, texts)
        )
