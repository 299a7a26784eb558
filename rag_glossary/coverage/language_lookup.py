"""Key terms of a question asked in the glossary's own language (not English).

The frame of such a question ("c'est quoi", "was ist", "vad betyder") is dropped by the
language's data (glossary_language.py); what is left is read as a name the glossary has,
a modifier it never writes after a name (modifier_after.py), or a word it uses.
``CoverageIndex`` (lookup.py) asks these before its English rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rag_glossary.coverage.compared_lookup import ComparedSides
from rag_glossary.coverage.compounds import compounds_joined
from rag_glossary.coverage.glossary_language import (
    first_asked,
    frame_words,
    function_words,
    question_forms,
    unaccented,
    with_plain,
)
from rag_glossary.coverage.head_first import asked_before, head_before, modifier_next
from rag_glossary.coverage.modifier_after import (
    not_opening,
    unnamed_kind,
    unsaid_pair,
    unwritten_modifier,
    unwritten_sibling,
)
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
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.stem_names import named_as, stem_span
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.unknown_named import spelled_around
from rag_glossary.forms_data import listed_words
from rag_glossary.word_marks import lettered

_CLAUSE_END = re.compile(r"[,;:?!]|\.+(?=\s|$)")
_UNKNOWN_LEN = 4  # shorter words ("pa", "ata") are as often an abbreviation said loosely
_FRAMED_TERM = 2  # the most words left of a question in the glossary's language to read as a term
_SECOND_PART = 4  # the fewest words of a two-part question's second part
_OPENING_FEWEST, _OPENING_MOST = 2, 4  # the words of a title opening a longer question


class LanguageLookup(ComparedSides):
    """The lookups of a question in the glossary's language, over ``TermChecks``' tables."""

    @property
    def _language_parts(self) -> tuple[Callable[[str], TermCoverage | None], ...]:
        """The lookups of a part of the question, in order (lookup.py)."""
        parts = (self._asked_last, self._asked_first, self._compared_sides, self._opening_name)
        return (*parts, self._inflected_name)

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
            return self._check_term(KeyTerm(unnamed, True))
        if not name and len(said) <= SHORT_QUESTION and (pair := self._sibling_said(full or said)):
            return replace(self._check_term(KeyTerm(pair, True)), sibling=True)
        forms = question_forms().get(self._language or "")
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
        if 0 < len(said) <= _FRAMED_TERM:  # "was ist crosstlak": the words left are the term
            return self._check_term(KeyTerm(" ".join(said), True))
        return None

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
        return forms is not None and forms.verb_last and full[after] in frame_words(self._language)

    def _asked_last(self, question: str) -> TermCoverage | None:
        """ "je fais mes premières vendanges ... j'ai rien compris... c'est quoi exactement
        un délestage ?": a long question's last clause, asking what a name means in the
        glossary's language (a ``meaning`` form) and naming an entry, decides (None: not
        such a clause)."""
        clauses = [c for c in _CLAUSE_END.split(question) if c.strip()]
        if len(clauses) < 2 or not self._language:
            return None
        forms = question_forms().get(self._language)
        # "que es exactamente el acotamiento": a form typed without its accent ("qué")
        meaning = {unaccented(w) for w in forms.meaning} if forms else set()
        # "... un amico dice che si chiama overselling. ma cos'è di preciso e come si
        # evita?": the last clause with a meaning form, whatever asks after it
        said = next(
            (
                ws
                for c in reversed(clauses)
                if not meaning.isdisjoint(map(unaccented, ws := words(c)))
            ),
            None,
        )
        if said is None:
            return None  # "remuer les lies dans la barrique ..., ça porte quel nom"
        # the whole question is in the language (lookup.py asks this only then)
        frame = frame_words(self._language)
        asked = tuple(w for w in said if w not in frame and unaccented(w) not in meaning)
        found = self._said_in_language(asked, said) if asked else None
        return found if found is not None and found.found and found.how == SAID_NAME else None

    def _name_wanted(self, question: str, said: Sequence[str], found: TermCoverage) -> TermCoverage:
        """ "como se chama a rapidez com que uma roda gira, medida em radianos por
        segundo?": a question asking what a thing is called (a ``called`` form) that
        describes it in more words than a name: a name said in the description (Radiano)
        is not the name asked; judged as described (English: question_forms.asks_for_a_name)."""
        forms = question_forms().get(self._language or "")
        if (
            forms is None
            or forms.called.isdisjoint(words(question))
            or len(said) <= _FRAMED_TERM
            or found.how != SAID_NAME
        ):
            return found
        return replace(found, generic=True)

    def _unknown_first(self, question: str) -> TermCoverage | None:
        """ "fasor o que é, é o mesmo que a fase?": a question in the glossary's language
        whose first clause asks (a question form) of one or two words no entry writes in
        any form, nor one slip from: those words are the term, missing; the name a later
        clause says (Fase) is what it is compared with (None: not such a question)."""
        clauses = [c for c in _CLAUSE_END.split(question) if c.strip()]
        forms = question_forms().get(self._language or "")
        if forms is None:
            return None
        said = words(clauses[0]) if len(clauses) > 1 else first_asked(words(question), forms)
        if forms.frame.isdisjoint(said):
            return None
        frame = frame_words(self._language or "")
        asked = [w for w in said if w not in frame]
        if not 0 < len(asked) <= _FRAMED_TERM or not all(self._unknown(w) for w in asked):
            return None
        found = self._check_term(KeyTerm(" ".join(asked), True))
        return found if found.found is False else None

    def _unknown(self, word: str) -> bool:
        """A word of a name no entry writes in any form, nor one slip from."""
        return (
            lettered(word)
            and len(word) >= _UNKNOWN_LEN
            and not self._writes(word)
            and self._near_word(word) is None
        )

    def _asked_first(self, question: str) -> TermCoverage | None:
        """ "was ist die atemschutzüberwachung und wozu schreibt der überwacher den druck
        auf": a two-part question in the glossary's language whose first part, up to its
        first "and", is a frame and a name; that name decides when it is an entry's (None:
        not such a question). The second part is a clause of its own (_SECOND_PART words
        or more), not the other side of a pair."""
        forms = question_forms().get(self._language or "")
        said = words(question)
        if (
            forms is None
            or (at := next((i for i, w in enumerate(said) if w in forms.joins), 0)) < 2
        ):
            return None
        first, rest = said[:at], said[at + 1 :]
        frame = frame_words(self._language)
        asked = [w for w in first if w not in frame]
        # "e come si evita": a part opening with a question word is a clause, however short
        clause = len(rest) >= _SECOND_PART or (bool(rest) and rest[0] in forms.question)
        if not clause or not asked or len(asked) == len(first):
            return None
        if said_name(asked, self._names, phrase_key, in_language=True) != asked:
            if (key := self._stem_named(asked)) is None:
                return None
            asked = list(key)  # "metamalzeme nedir ve ...": Metamalzemeler, inflected
        found = self._said_in_language(asked, first)
        return found if found is not None and found.found and found.how == SAID_NAME else None

    def _opening_name(self, question: str) -> TermCoverage | None:
        """ "czy graf prosty moze miec krawedz z wierzcholka do niego samego?": a question in
        the glossary's language too long to read whole whose words, its frame dropped, open
        with a title of two or more words; that title decides (None: not such a question, or
        a comparison).
        One word opening a question is as often its subject said in passing."""
        forms = question_forms().get(self._language or "")
        said = words(question)
        if forms is None or not with_plain(forms.contrast).isdisjoint(said):
            return None  # "czym się różni test jednostronny od dwustronnego": two sides
        frame = frame_words(self._language)
        asked = [w for w in said if w not in frame]
        for n in range(min(len(asked) - 1, _OPENING_MOST), _OPENING_FEWEST - 1, -1):
            key = tuple(asked[:n]) if phrase_key(asked[:n]) in self._names else None
            if (key := key or self._stem_named(asked[:n])) is not None:
                if not_opening(said, asked, key, self._language, self._doc_freq):
                    return None
                found = self._check_term(KeyTerm(" ".join(key), True))
                if found.found and spelled_longer(said, key):
                    return None
                return replace(found, how=SAID_NAME) if found.how == "title" else None
        return None

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
        if rest and setting_after(full, name, frame, self._doc_freq):
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
        if modifier := modifier_unsaid(said, name, frame, texts, self._doc_freq):
            return modifier
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
