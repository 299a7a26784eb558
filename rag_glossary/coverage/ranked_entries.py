"""Key-term rules that weigh a lookup against the entries the search ranked first:
the entry a question names, and the best entry (a sibling, an action on it, a kind). How
a term's words stand to an entry's names and statements is ranked_words.py's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.modifier_title import modifier_reworded
from rag_glossary.coverage.names import genus
from rag_glossary.coverage.phrases import phrase_key, strong_stem, word_bag, words
from rag_glossary.coverage.question_forms import after_asking_for_a_name
from rag_glossary.coverage.ranked_words import (
    EXTENTS,
    STATEMENT,
    another_modifier,
    extent_of_said,
    modifies,
    other_kind,
    said_twice,
    says_name,
    shortened,
    statements_said,
    states_range,
    written_through,
)
from rag_glossary.coverage.scaffolding import ASKING
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.text_lookup import counted_name
from rag_glossary.coverage.title_forms import INTENSIFIERS, USUAL
from rag_glossary.coverage.verb_said import said_as_verb_only
from rag_glossary.models import Entry

_PREPOSITIONS = frozenset(str.split("of in on for with from to by at about")) | frozenset(
    # and the prepositions that never close a noun made of a verb ("pass through", "roll
    # over" do): "guarantees behind acid" is no compound (round 60 FR)
    str.split("behind between against within into via across without among beyond beneath")
    + str.split("toward towards upon onto beside")
)
# "which tax form ...", "what kinds of genomic changes ...": the noun after these is the
# kind a question picks out of what it names, not a name of its own
_PICKS = frozenset(str.split("which what whats whose of"))
# Degrees of a quantity asked of an entry ("max size", "minimum length")
_DEGREES = frozenset(
    phrase_key(str.split("max maximum min minimum largest smallest biggest typical default"))
)
# asking words ("the point of X") that after a noun head a name of their own ("X point")
_NAMING_HEADS = frozenset(phrase_key(("point",)))
_COMPOUND_PART = 4  # "main|sail": the fewest letters of each part of a closed compound
SAID_TOGETHER_HITS = 3  # a missing term's words in one statement of one of these hits
_NAME_WORDS = 2  # a one-word name ("server", "round") may be a word of the description


class RankedEntryRules:
    """Judges a key term against the named and best-ranked entries."""

    entries: list[Entry]
    _names: dict[tuple[str, ...], tuple[int, ...]]
    _entry_names: list[list[tuple[str, ...]]]
    _position: dict[str, int]
    _kinds: dict[str, frozenset[int]]
    _texts: list[str]
    _doc_freq: dict[str, int]
    _language: str | None

    def _correct(self, key: tuple[str, ...]) -> tuple[str, ...]:
        raise NotImplementedError  # name_lookup.NameLookup's: each unknown word respelled

    def _wrong_kind(self, described: TermCoverage, best: str) -> bool:
        """ "the distribution you use when ...": the glossary has a family of entries of
        that kind (Normal, Poisson ... distribution), so the answer must be one of them,
        or be defined as one ("A continuous probability distribution that ..."); an
        entry of another kind that stands out is a neighbour, not the answer."""
        if described.found is False and described.term_style:
            return False  # a named term, judged as such
        if described.key_term is None or (described.found and not described.generic):
            return False
        key = phrase_key(described.key_term.split())
        family = self._kinds.get(key[0], ()) if len(key) == 1 else ()
        i = self._position.get(best)
        if not family or i is None or i in family:
            return False
        return key[-1] not in genus(self.entries[i].body)

    def _shares_part(self, missing: TermCoverage, best: str, head_first: bool = False) -> bool:
        """A compound is a kind of its last word: "label smoothing" is a smoothing. A best
        entry named by the same last word with other modifiers ("Spatial Smoothing") is a
        sibling, not other words for the term; one whose names have the modifiers too
        ("Meta Company", also Facebook, for "facebook company") may be the term. With
        ``head_first`` (a language putting it first: "rozkład jednostajny") the first word."""
        said = (missing.key_term or "").split()
        key = word_bag(phrase_key(said))
        i = self._position.get(best)
        if len(key) < 2 or i is None or _PREPOSITIONS.intersection(said):
            return False  # "axes of an roc curve": the head comes first
        # "rozkład jednostajny" beside Rozkład normalny: a head-first language's head opens it
        at = 0 if head_first else -1
        rest = said[1:] if at == 0 else said[:-1]
        head, modifiers = word_bag(phrase_key([said[at]])), set(word_bag(phrase_key(rest)))
        # "621. Bayesian Testing": a list number before a title is no word of its name
        entry_names = [n[1:] if n[:1] and n[0].isdigit() else n for n in self._entry_names[i]]
        names = [word_bag(name) for name in entry_names]
        same_head = any(len(n) >= 2 and word_bag(n[at:][:1]) == head for n in entry_names)
        if same_head and not any(modifiers <= set(n) for n in names):
            return True
        return any(other_kind(phrase_key(said), n) for n in entry_names)

    def _read_sibling(
        self, question: str, read: TermCoverage, ranked: Sequence[str] | None
    ) -> TermCoverage:
        """A missing name read in the glossary's language, a sibling of the best entry
        sharing its head ("rozkład jednostajny": Rozkład t-Studenta) as lookup.py marks an
        English one; not when two things are compared (the best may be the other side)."""
        forms = question_forms().get(self._language or "")
        compares = forms is not None and not forms.contrast.isdisjoint(words(question))
        if read.found is not False or not read.term_style or not ranked or compares:
            return read
        sibling = self._shares_part(read, ranked[0], forms is not None and forms.head_first)
        return replace(read, sibling=True) if sibling else read

    def _best_is_setting(self, said: str, missing: TermCoverage, best: str) -> bool:
        """ "resource quota for a namespace", "setting a resource quota on a namespace":
        the best entry is named by the question's other words, so it stands out for
        them; it is where the missing term is asked about, no other words for it."""
        term, i = f" {missing.key_term or ''} ", self._position.get(best)
        compound = len(phrase_key(term.split())) >= 2 and not _PREPOSITIONS & set(term.split())
        if i is None or not compound or term not in f" {said} ":
            return False
        halves = f" {said} ".split(term, 1)
        before = [w for w in halves[0].split() if w not in ("a", "an", "the")]
        if before[-1:] and before[-1] in _PICKS:
            return False  # "which tax form do banks use ...": the kind asked of the entry
        keys = [" " + " ".join(phrase_key(h.split())) + " " for h in halves]
        names = [" " + " ".join(name) + " " for name in self._entry_names[i] if name]
        return any(name in key for name in names for key in keys)

    def _acts_on_best(self, missing: TermCoverage, best: str) -> TermCoverage:
        """An action on the best entry is a term of its own: "adjusting p-values [when
        running lots of tests]" is not what P-value covers, though P-value ranks first."""
        tokens = (missing.key_term or "").split()
        key = phrase_key(tokens)
        if len(key) < 2 or not tokens[0].endswith("ing"):
            return missing
        if any(self.entries[i].id == best for i in self._names.get(key[1:], ())):
            return replace(missing, term_style=True, clean=False)
        return missing

    def _names_best_in_passing(self, said: str, best: str) -> bool:
        """A question asking what something is called that names its best entry (a name
        of two or more words) other than as all it asks the name of: "in a markov chain
        whats the name for a state ...", "like the max pooling layer, but ... what's that
        one called". The user knows that name; what they ask for is another thing."""
        rest = after_asking_for_a_name(said)
        i = self._position.get(best)
        if rest is None or i is None:
            return False
        asked = phrase_key(rest.split())
        said_key = " " + " ".join(phrase_key(said.split())) + " "
        return any(
            len(name) >= _NAME_WORDS and f" {' '.join(name)} " in said_key and name != asked
            for name in self._entry_names[i]
        )

    def _named_entries(self, question: str, ranked: Sequence[str]) -> list[int]:
        """Top hits whose title or alias the question names as a phrase."""
        # "docker registery": a word the corpus lacks names an entry by its near spelling
        said = " " + " ".join(self._correct(phrase_key(words(question)))) + " "
        places = [self._position[r] for r in ranked if r in self._position]
        return [
            i for i in sorted(places) if any(says_name(name, said) for name in self._entry_names[i])
        ]

    def _anchored(
        self, missing: TermCoverage, named: Sequence[int], defines: bool = False
    ) -> TermCoverage:
        """A term asked about inside a named entry ("bleu measures overlap of what",
        "image patches in the vision transformer") is covered when that entry's text
        has every word of it the entry's name does not."""
        said = (missing.key_term or "").split()
        key = self._correct(phrase_key(said))  # "docker registery": registry's text decides
        asked = {phrase_key([w])[0] for w in ASKING}
        if key[-1:] in self._names:
            # "depth phase": a word that asks of a part ("phase", "stage") but is an
            # entry's name here heads a compound naming a kind of that entry
            asked.discard(key[-1])
        if len(key) >= 2 and key[-1] in _NAMING_HEADS:
            # "annealing point": after a name the word heads a compound naming a value
            # of its own (boiling point, set point), not "the point of annealing"
            asked -= _NAMING_HEADS
        if asked.intersection(key):
            # "max size of cuda kernel arguments": the degree of what is asked is asked too
            asked |= _DEGREES
        for i in named:
            # "harris cornerness score formula": what is asked of the name needs no text
            own = {w for name in self._entry_names[i] for w in name}
            spelled = own | asked
            if defines and modifies(self._entry_names[i], said, self._doc_freq):
                continue
            if said_twice(self._entry_names[i], key) or modifier_reworded(
                key, self._entry_names[i], self._texts[i]
            ):
                continue  # "scrum of scrums": a name made of the name twice is its own
            spelled |= shortened(self._entry_names[i], key)
            # "why are very sweet dishes called cypre": an intensifier before a word
            # grades it, it needs no text of its own ("highly sweetened dishes")
            spelled |= INTENSIFIERS.intersection(key[:-1])
            unsaid = [w for w in key if w not in spelled and not self._has_word(i, w)]
            # "lapilli size range" and the entry Range: the extent is the entry's own name,
            # not one asked of it, so the range stated there is of something else
            extent = key[-1:] != () and key[-1] in EXTENTS and key[-1] not in own
            ranged = extent and states_range(self.entries[i].body)
            if ranged or all(extent_of_said(w, key, spelled, unsaid) for w in unsaid):
                ids = (self.entries[i].id,)
                return TermCoverage(missing.key_term, True, "named-entry", ids, missing.term_style)
        return missing

    def _said_together(self, missing: TermCoverage, ranked: Sequence[str]) -> TermCoverage:
        """A named term the glossary has no phrase for is still covered when every word
        of it stands in one statement (sentence or list line) of a top hit's body: "wide
        pandas dataframe" in Melt's "... a DataFrame from a wide format to a long format".
        The words together are what that hit says of the term. Not when the term shares
        a word with the hit's name: that is a neighbour of the hit ("multi query
        attention" and Multi Head Attention), judged by the sibling rules."""
        asked = {strong_stem(phrase_key([w])[0]) for w in ASKING}
        wanted = {strong_stem(w) for w in phrase_key((missing.key_term or "").split())}
        wanted -= asked
        term = [strong_stem(w) for w in phrase_key((missing.key_term or "").split())]
        if len(wanted) < 2 or counted_name((missing.key_term or "").split()):
            return missing  # "two shot" is not said by "two shots": a count
        for r in ranked:
            i = self._position.get(r)
            if i is None:
                continue
            if wanted & {strong_stem(w) for name in self._entry_names[i] for w in name}:
                continue  # "layer normalization" in Normalization Layer: a sibling's words
            statements = STATEMENT.split(self.entries[i].body)
            for said, statement in zip(
                statements_said(self.entries[i].body), statements, strict=True
            ):
                if another_modifier(term, said):
                    continue  # "bayesian information criterion": "widely applicable ..."
                if wanted <= set(said) and not said_as_verb_only(words(statement), term[:-1]):
                    ids = (self.entries[i].id,)
                    return TermCoverage(missing.key_term, True, "said-together", ids, True)
        return missing

    def _defined_in_other_words(self, missing: TermCoverage, best: str) -> TermCoverage:
        """ "the normal unpaid results in google": a named term the glossary has no phrase
        for is the best entry's name in other words when that entry's definition opens by
        writing the term, only words of the entry's own name between its words: Organic
        Search Results, "Unpaid search results." The sibling rules do not apply: the
        definition itself says the term is what the entry names. A qualifier of the norm
        ("normal", "usual") is no word of the term (title_forms._qualified_title)."""
        i = self._position.get(best)
        plain = list(phrase_key((missing.key_term or "").split()))
        while plain and plain[0] in USUAL:
            plain = plain[1:]
        key = [strong_stem(w) for w in plain]
        if i is None or len(key) < _NAME_WORDS or not self.entries[i].body.strip():
            return missing
        name_words = {strong_stem(w) for name in self._entry_names[i] for w in name}
        if set(key) <= name_words:
            return missing  # the name itself (or a reordering): the title lookups' to find
        opening = STATEMENT.split(self.entries[i].body.strip(), maxsplit=1)[0]
        said = [strong_stem(w) for w in phrase_key(words(opening))]
        if written_through(key, said, name_words):
            ids = (self.entries[i].id,)
            return TermCoverage(missing.key_term, True, "said-together", ids, missing.term_style)
        return missing

    def _has_word(self, i: int, word: str) -> bool:
        """The entry's text has the word in some form ("quote": "quotation"), or a word
        it abbreviates ("stats")."""
        known = frozenset(strong_stem(w) for w in self._texts[i].split())
        if strong_stem(word) in known:
            return True
        shorts = {word.rstrip("s"), strong_stem(word)}
        if any(len(s) >= 4 and any(w.startswith(s) for w in known) for s in shorts):
            return True
        # "sail" in "mainsail": a closed compound is a kind of its last word
        head = word.rstrip("s")
        return len(head) >= _COMPOUND_PART and any(
            len(w) >= len(head) + _COMPOUND_PART and w.endswith(head) for w in known
        )
