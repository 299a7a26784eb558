"""Key-term rules that weigh a lookup against the entries the search ranked first:
the entry a question names, and the best entry (a sibling, an action on it, a kind)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace
from functools import lru_cache

from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.modifier_title import modifier_reworded
from rag_glossary.coverage.names import genus
from rag_glossary.coverage.phrases import _strong_stem, phrase_key, word_bag, words
from rag_glossary.coverage.question_forms import after_asking_for_a_name
from rag_glossary.coverage.scaffolding import ASKING
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.text_lookup import counted_name
from rag_glossary.coverage.title_forms import INTENSIFIERS, USUAL
from rag_glossary.coverage.verb_said import said_as_verb_only
from rag_glossary.coverage.wordclasses import GENERIC
from rag_glossary.models import Entry
from rag_glossary.word_marks import lettered

_PREPOSITIONS = frozenset(str.split("of in on for with from to by at about"))
_ASKED = frozenset(phrase_key(sorted(ASKING)))
# "which tax form ...", "what kinds of genomic changes ...": the noun after these is the
# kind a question picks out of what it names, not a name of its own
_PICKS = frozenset(str.split("which what whats whose of"))
# Degrees of a quantity asked of an entry ("max size", "minimum length")
_DEGREES = frozenset(
    phrase_key(str.split("max maximum min minimum largest smallest biggest typical default"))
)
# asking words ("the point of X") that after a noun head a name of their own ("X point")
_NAMING_HEADS = frozenset(phrase_key(("point",)))
# "x7r temperature range": the extent of a quantity the entry's text names is asked of it
_EXTENTS = frozenset(phrase_key(str.split("range ranges")))
_SHORTENED = 3  # "tantalum cap": the fewest letters a name's last word is cut to
_COMPOUND_PART = 4  # "main|sail": the fewest letters of each part of a closed compound
# "80-125%", "between 2 and 8": a range the text states in numbers
_NUMERIC_RANGE = re.compile(r"\d\s*(?:-|–|to)\s*\d|\bbetween \d[^.;]*? and \d")
_ADJECTIVE = ("ive", "ous", "al", "able", "ible", "ic", "ful", "less")
# a sentence, a clause after a semicolon, or a line of a list
_STATEMENT = re.compile(r"(?<=[.!?;])\s+|\n+")
SAID_TOGETHER_HITS = 3  # a missing term's words in one statement of one of these hits
_NAME_WORDS = 2  # a one-word name ("server", "round") may be a word of the description


def _said_twice(names: Sequence[tuple[str, ...]], key: Sequence[str]) -> bool:
    """Whether the term holds one of the entry's names twice ("scrum of scrums", "loop
    within a loop" once its fillers are gone)."""

    def count(name: tuple[str, ...]) -> int:
        n = len(name)
        return sum(tuple(key[at : at + n]) == name for at in range(len(key) - n + 1))

    return any(name and count(name) >= 2 for name in names)


def _modifies(names: Sequence[tuple[str, ...]], said: Sequence[str], known: Container[str]) -> bool:
    """ "metric learning": the name Metric modifies a head noun none of the entry's names
    has, making a new term (a kind of learning). Not when the head is what is asked of the
    name ("bleu score"), an adjective ("convolution commutative"), or a word the glossary
    never uses ("empirical rule stats"); not "loss a percentage" or "separability of a
    kernel", which are no compounds."""
    key = [phrase_key([w]) for w in said]
    if len(key) < 2 or not all(key) or not lettered(said[-1]):
        return False
    head = key[-1][0]
    if head in GENERIC or head in _ASKED or head not in known or said[-1].endswith(_ADJECTIVE):
        return False
    if any(name[-1:] == (head,) for name in names):
        return False  # "facebook company": Meta Company, also called Facebook
    modifier = tuple(k[0] for k in key[:-1])
    return any(len(n) == len(modifier) and n == modifier[-len(n) :] for n in names)


def _other_kind(term: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """ "spectroscopic parallax" is a kind of Parallax, not Parallax itself; "edge
    detection" shares only its modifier with Edge Computing (as "template matching" with
    template query): another head is another thing. A name's own kind word ("Sales
    Forecasting process") is not its head: "sales forecasting ml pipeline" may be it."""
    if len(name) == 1:
        return name == term[-1:]
    if name[-1] in GENERIC:
        name = name[:-1]
    return len(name) >= 2 and name[0] == term[0] and term[-1] not in name and name[-1] not in term


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
        return any(_other_kind(phrase_key(said), n) for n in entry_names)

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
            i
            for i in sorted(places)
            if any(_says_name(name, said) for name in self._entry_names[i])
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
            if defines and _modifies(self._entry_names[i], said, self._doc_freq):
                continue
            if _said_twice(self._entry_names[i], key) or modifier_reworded(
                key, self._entry_names[i], self._texts[i]
            ):
                continue  # "scrum of scrums": a name made of the name twice is its own
            spelled |= _shortened(self._entry_names[i], key)
            # "why are very sweet dishes called cypre": an intensifier before a word
            # grades it, it needs no text of its own ("highly sweetened dishes")
            spelled |= INTENSIFIERS.intersection(key[:-1])
            unsaid = [w for w in key if w not in spelled and not self._has_word(i, w)]
            # "lapilli size range" and the entry Range: the extent is the entry's own name,
            # not one asked of it, so the range stated there is of something else
            extent = key[-1:] != () and key[-1] in _EXTENTS and key[-1] not in own
            ranged = extent and _states_range(self.entries[i].body)
            if ranged or all(_extent_of_said(w, key, spelled, unsaid) for w in unsaid):
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
        asked = {_strong_stem(phrase_key([w])[0]) for w in ASKING}
        wanted = {_strong_stem(w) for w in phrase_key((missing.key_term or "").split())}
        wanted -= asked
        term = [_strong_stem(w) for w in phrase_key((missing.key_term or "").split())]
        if len(wanted) < 2 or counted_name((missing.key_term or "").split()):
            return missing  # "two shot" is not said by "two shots": a count
        for r in ranked:
            i = self._position.get(r)
            if i is None:
                continue
            if wanted & {_strong_stem(w) for name in self._entry_names[i] for w in name}:
                continue  # "layer normalization" in Normalization Layer: a sibling's words
            statements = _STATEMENT.split(self.entries[i].body)
            for said, statement in zip(
                _statements_said(self.entries[i].body), statements, strict=True
            ):
                if _another_modifier(term, said):
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
        key = [_strong_stem(w) for w in plain]
        if i is None or len(key) < _NAME_WORDS or not self.entries[i].body.strip():
            return missing
        name_words = {_strong_stem(w) for name in self._entry_names[i] for w in name}
        if set(key) <= name_words:
            return missing  # the name itself (or a reordering): the title lookups' to find
        opening = _STATEMENT.split(self.entries[i].body.strip(), maxsplit=1)[0]
        said = [_strong_stem(w) for w in phrase_key(words(opening))]
        if _written_through(key, said, name_words):
            ids = (self.entries[i].id,)
            return TermCoverage(missing.key_term, True, "said-together", ids, missing.term_style)
        return missing

    def _has_word(self, i: int, word: str) -> bool:
        """The entry's text has the word in some form ("quote": "quotation"), or a word
        it abbreviates ("stats")."""
        known = frozenset(_strong_stem(w) for w in self._texts[i].split())
        if _strong_stem(word) in known:
            return True
        shorts = {word.rstrip("s"), _strong_stem(word)}
        if any(len(s) >= 4 and any(w.startswith(s) for w in known) for s in shorts):
            return True
        # "sail" in "mainsail": a closed compound is a kind of its last word
        head = word.rstrip("s")
        return len(head) >= _COMPOUND_PART and any(
            len(w) >= len(head) + _COMPOUND_PART and w.endswith(head) for w in known
        )


def _written_through(key: Sequence[str], said: Sequence[str], fillers: Container[str]) -> bool:
    """Whether ``said`` holds the words of ``key`` in order with only ``fillers`` (words of
    the entry's name) between them: "unpaid result" in "unpaid search result"."""
    for start, word in enumerate(said):
        if word != key[0]:
            continue
        at = 1
        for next_word in said[start + 1 :]:
            if at == len(key):
                break
            if next_word == key[at]:
                at += 1
            elif next_word not in fillers:
                break
        if at == len(key):
            return True
    return False


@lru_cache(maxsize=1024)
def _statements_said(body: str) -> tuple[tuple[str, ...], ...]:
    """Each statement of a body as strong stems of its phrase key (cached by the body: the
    top hits of one question are the top hits of many)."""
    return tuple(
        tuple(_strong_stem(w) for w in phrase_key(words(statement)))
        for statement in _STATEMENT.split(body)
    )


def _another_modifier(term: Sequence[str], said: Sequence[str]) -> bool:
    """Whether a statement has a term's last two words as a phrase but not the whole term:
    the head with another modifier names a sibling ("information criterion")."""
    if len(term) < 3:
        return False
    text = " " + " ".join(said) + " "
    return f" {term[-2]} {term[-1]} " in text and f" {' '.join(term)} " not in text


def _says_name(name: tuple[str, ...], said: str) -> bool:
    """Whether the question says the name as a phrase, its last word perhaps cut short
    ("tantalum cap" for Tantalum Capacitor: people shorten a long name's last word)."""
    if f" {' '.join(name)} " in said:
        return True
    if len(name) < 2:
        return False
    found = re.search(rf" {re.escape(' '.join(name[:-1]))} (\w+) ", said)
    cut = found.group(1) if found else ""
    return len(cut) >= _SHORTENED and name[-1].startswith(cut)


def _shortened(names: Sequence[tuple[str, ...]], key: Sequence[str]) -> set[str]:
    """The words of the key that cut a name's last word short, after its other words."""
    cut = set()
    for name in (n for n in names if len(n) >= 2):
        for at in range(len(name) - 1, len(key)):
            word, before = key[at], tuple(key[at - len(name) + 1 : at])
            if before == name[:-1] and len(word) >= _SHORTENED and name[-1].startswith(word):
                cut.add(word)
    return cut


def _extent_of_said(
    word: str, key: Sequence[str], spelled: Container[str], unsaid: Sequence[str]
) -> bool:
    """ "x7r temperature range": an extent right after a word the entry's text has (not
    one of its names: "credit limit" asks of no quantity the text names)."""
    at = key.index(word)
    before = key[at - 1] if at else ""
    return word in _EXTENTS and bool(before) and before not in spelled and before not in unsaid


def _states_range(body: str) -> bool:
    """ "usual acceptance range for bioequivalence": the entry states a range in numbers
    ("typically 80-125% ..."), so the range asked of it, whatever it is called, is there."""
    return _NUMERIC_RANGE.search(body) is not None
