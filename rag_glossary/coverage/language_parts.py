"""Parts of a longer question asked in the glossary's own language (not English).

language_lookup.py reads a question in the glossary's language whole, its frame dropped, as a
short question; one too long to read so is read here by a part that decides: its last
clause asking what a name means ("... c'est quoi exactement un délestage"), its first part
up to its first "and" ("was ist die atemschutzüberwachung und wozu ..."), the two sides of a
comparison ("diferencia entre X y Y": compared_lookup.py), a title opening it, or
(language_words.py) a title said inflected anywhere in it. Also the question whose first
clause asks of words no entry writes (``_unknown_first``) and one asking what a thing it
describes is called (``_name_wanted``). ``CoverageIndex`` (lookup.py) asks these before its
English rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rag_glossary.coverage.asked_in_language import english_words, first_asked
from rag_glossary.coverage.glossary_language import (
    frame_words,
    question_forms,
    unaccented,
    with_plain,
)
from rag_glossary.coverage.language_lookup import FRAMED_TERM, LanguageLookup
from rag_glossary.coverage.modifier_after import not_opening
from rag_glossary.coverage.name_in_clause import (
    asked_after_setting,
    name_asked,
    named_in_description,
    words_at,
)
from rag_glossary.coverage.name_rest import spelled_longer
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.other_language import SAID_NAME, SHORT_QUESTION, said_name
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.termcoverage import TermCoverage

_CLAUSE_END = re.compile(r"[,;:?!]|\.+(?=\s|$)")
_SECOND_PART = 4  # the fewest words of a two-part question's second part
_OPENING_FEWEST, _OPENING_MOST = 2, 4  # the words of a title opening a longer question


def _described_before(
    said: Sequence[str], asked: Sequence[str], found: TermCoverage, called: frozenset[str]
) -> bool:
    """ "... kas stāv mūzikas skolas zālē - kā to pareizi sauc?": a clause that describes a
    thing in more words than a name and closes asking what it is called (a ``called`` form
    after the name it says): that name (Skola) is no name asked, but "si chiama
    overselling" gives the name after the form (round 57 FV)."""
    if len(asked) <= FRAMED_TERM:
        return False
    named = (found.key_term or "").split()[:1]
    at = said.index(named[0]) if named and named[0] in said else None
    asking = [i for i, w in enumerate(said) if w in called]
    return at is not None and bool(asking) and at < min(asking)


def _described_after(
    said: Sequence[str], title: Sequence[str], frame: frozenset[str], called: frozenset[str]
) -> bool:
    """ "azure openai inanirudishia error 429 nikituma requests nyingi ... hiyo kikomo
    inaitwaje": a question opening with a title, then describing another thing in more words
    than a name (its frame dropped) before a ``called`` form, asks what that thing is called,
    no name of the title (round 59 FW); "intensive property - hvað heitir það á íslensku"
    asks the title's own name in the language: no words between."""
    at = words_at(said, title)
    if at is None:
        return False
    end = at + len(title)
    asking = next((i for i in range(end, len(said)) if said[i] in called), None)
    between = [w for w in said[end:asking] if w not in frame] if asking is not None else []
    return len(between) > FRAMED_TERM


def _names_another(
    said: Sequence[str],
    key: Sequence[str],
    title: Sequence[str],
    frame: frozenset[str],
    called: frozenset[str],
    language: str,
) -> bool:
    """An opening title (``title`` as said, ``key`` as named) said on the way to describing
    another thing whose name the question asks: more words than a name before a ``called``
    form (``_described_after``, round 59 FW), or, in a verb-last language, words besides
    its frame (name_in_clause.named_in_description, FT); never when the ending after it
    asks its own name ("AI chatbot-க்கு ... பேரு என்ன": name_in_clause.name_asked)."""
    if name_asked(said, key, language):
        return False
    return _described_after(said, title, frame, called) or named_in_description(said, key, language)


class LanguageParts(LanguageLookup):
    """The lookups of a part of a longer question in the glossary's language, each read as
    ``LanguageLookup`` reads a short one."""

    @property
    def _language_parts(self) -> tuple[Callable[[str], TermCoverage | None], ...]:
        """The lookups of a part of the question, in order (lookup.py)."""
        parts = (self._asked_last, self._asked_first, self._compared_sides, self._opening_name)
        return (*parts, self._inflected_name)

    def _bare_in_language(self, question: str) -> TermCoverage | None:
        """A short question with no frame word ("broma atomnumurs?"), none of its words
        English, whose name neither its words as written nor its one entry's word found
        (other_language.py): read as a question in the glossary's language, whole, then by
        its parts, so that a name said in another form is found (``_inflected_name``: the
        genitive of Broms). Only a name found decides: never a term read as lacking (None:
        no such question, or no name)."""
        said = words(question)
        if (
            not self._language
            or not said
            or len(said) > SHORT_QUESTION
            or any(w in english_words() for w in said)
        ):
            return None
        frame = frame_words(self._language)
        read = self._said_in_language([w for w in said if w not in frame], said)
        if read is not None and read.found:
            return read
        return next((f for part in self._language_parts if (f := part(question)) and f.found), None)

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
        if found is None or not found.found or found.how != SAID_NAME:
            return None
        called = forms.called if forms else frozenset()
        described = _described_before(said, asked, found, called)
        return replace(found, generic=True) if described else found

    def _name_wanted(self, question: str, said: Sequence[str], found: TermCoverage) -> TermCoverage:
        """ "como se chama a rapidez com que uma roda gira, medida em radianos por
        segundo?": a question asking what a thing is called (a ``called`` form) that
        describes it in more words than a name: a name said in the description (Radiano)
        is not the name asked; judged as described (English: question_forms.asks_for_a_name)."""
        forms = question_forms().get(self._language or "")
        if (
            forms is None
            or forms.called.isdisjoint(words(question))
            or len(said) <= FRAMED_TERM
            or found.how != SAID_NAME
            or name_asked(words(question), (found.key_term or "").split(), self._language or "")
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
        if not 0 < len(asked) <= FRAMED_TERM or not all(self._unknown(w) for w in asked):
            return None
        found = self._check_term(KeyTerm(" ".join(asked), True))
        return found if found.found is False else None

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
        a comparison), read as a said name, marked generic when it only opens the
        description of another thing whose name is asked (``_names_another``).
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
                if setting := asked_after_setting(said, key, self._language or "", self._writes):
                    return self._check_term(KeyTerm(setting, True))  # "X-ல q-learning ..."
                found = self._check_term(KeyTerm(" ".join(key), True))
                if found.found and spelled_longer(said, key):
                    return None
                if found.how != "title":
                    return None
                called = with_plain(forms.called)
                other = _names_another(said, key, asked[:n], frame, called, self._language or "")
                return replace(found, how=SAID_NAME, generic=other)
        return None
