"""The term signal: does the question name an entry's title or alias?

Glossary questions are mostly about a named term ("what is MDP", "markov
chian"). Three tests, strongest first: the question's term is a title or alias
exactly; a title or alias stands in the question as whole words; the term is
a near spelling of a title or alias (rapidfuzz).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from rag_glossary.acronyms import initials_of
from rag_glossary.models import Entry
from rag_glossary.title_parts import slash_names
from rag_glossary.word_marks import MARKS

# a word's letters and the marks written on them (word_marks.py): "लापता" stays one word,
# not "ल पत" (round 59)
_NON_WORD = re.compile(rf"[^\w{MARKS}]+|_", re.UNICODE)
# "the abbreviation used for X", "short form of X": X's other written form asks for X's
# entry (coverage/scaffolding.py reads the same words as scaffolding round the name)
OTHER_FORM_OF = (
    r"(?:full form|short form|shorthand|abbreviated form|abbreviation|acronym|expansion)"
    r"(?:\s+(?:that\s+)?(?:(?:is|are)\s+)?used)?\s+(?:of|for)"
)
# "who is considered X", "what is regarded as X": X is asked, the verb classes it
_CLASSED = r"(?:\s+(?:considered|regarded\s+as|classed\s+as|classified\s+as))?"
_LEAD = re.compile(
    r"^(?:(?:what|who|which|how)(?:\s*'?s|\s+(?:is|are|was|were|does|do|did))?"
    + _CLASSED
    + r"|define|explain|describe|tell me about|meaning of|definition of"
    r"|(?:is|are) there|" + OTHER_FORM_OF + r")\s+(?:(?:an?|the)\s+)?",
)
# "X mean", "X meaning", "X exactly": a word asking what X means, or an adverb of emphasis
_TRAIL = re.compile(
    r"\s+(?:mean|means|meaning|definition|stand for|stands for|measure|measures|do|does"
    r"|work|works|exactly|really|actually)$"
)
# "what does F mean in a pk model": the question proper, then the setting it is asked in
# (after a statement and a comma, too: "the output says F = 0.6, what does F mean in ...")
ASKED_IN_SETTING = re.compile(
    r"(?i)^(?:[^,]*,\s+)?((?:what|how)\s+(?:does|do|did)\s+(.+?)\s+(?:mean|means|stands?\s+for|refers?\s+to))"
    r"\s+(?:in|within|when|for|on|to)\s+\S.*$"
)
# "X in drug safety": up to three words, then "in" and a bare field of up to three words
_IN_FIELD = re.compile(
    r"((?:\S+ ){0,2}\S+) in (?!(?:the|a|an|my|our|your|this|that|it)\b)(?:\S+ ){0,2}\S+"
)
# "predicate meaning in a knowledge graph": a name of up to four words, the noun asking
# what it means, then the setting (answer/question.py reads the question the same way)
_MEANING_IN_SETTING = re.compile(
    r"^((?:\S+ ){0,3}\S+ (?:meaning|definition)) (?:in|within|for|on|when) \S.*$"
)
_SETTING_PRONOUNS = ("it", "this", "that")  # "what does it mean for X to be ...": no term
_LETTER_NAME = re.compile(r"\((\w)\)\s*$")
# a name written with inner hyphens ("ch-sp", "x-vector", "wi-fi"): one token as written
_HYPHENATED = re.compile(r"\w+(?:-\w+)+-?", re.UNICODE)
_MAX_NGRAM = 8
_MIN_NAME_CHARS = 2
FUZZY_CUTOFF = 85.0
MIN_COVERAGE = 0.5
INITIALS_SCORE = 0.9  # below an exact title or alias: the initials may be chance
_MIN_INITIALS = 3


def title_initials(title: str) -> set[str]:
    """The acronyms a title of two or more words spells (all its words', or its content
    words' initials), of at least three letters: two letters collide too often."""
    words = normalize(title).split()
    if len(words) < 2 or any(w.isdigit() for w in words):
        return set()
    return {a for a in initials_of(words) if len(a) >= _MIN_INITIALS}


def normalize(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def without_setting(question: str) -> str:
    """ "what does F mean in a pk model" -> "what does F mean" (others as they are)."""
    found = ASKED_IN_SETTING.match(" ".join(question.split()).rstrip("?!. "))
    if found is None or found.group(2).lower() in _SETTING_PRONOUNS:
        return question
    return found.group(1)


def _without_meaning_setting(question: str) -> str:
    """ "predicate meaning in a knowledge graph" -> "predicate meaning" (others as they are)."""
    found = _MEANING_IN_SETTING.match(normalize(question))
    return question if found is None else found.group(1)


def extract_term(question: str) -> str:
    """The term a question asks about: the question without its question words."""
    text = led_term(question)
    for _ in range(2):  # "what does X mean exactly"
        text = _TRAIL.sub("", text)
    return text.strip()


def led_term(question: str) -> str:
    """The question without its leading question words only ("what is a case definition"
    -> "case definition"): a name may end in a word that asks ("Case definition")."""
    text = normalize(question)
    for _ in range(2):
        text = _LEAD.sub("", text)
    return text.strip()


class TermMatcher:
    """Scores entries in [0, 1] by how well the question names their term."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        by_name: dict[str, list[int]] = defaultdict(list)
        titles = {normalize(e.title) for e in entries}
        for i, entry in enumerate(entries):
            # "Limit switch / Endstop / Homing switch" is named by each side (not by a side
            # that is another entry's title)
            sides = [n for n in slash_names(entry.title) if normalize(n) not in titles]
            for name in (entry.title, *entry.aliases, *sides):
                key = normalize(name)
                if len(key) >= _MIN_NAME_CHARS and i not in by_name[key]:
                    by_name[key].append(i)
        self._by_name = dict(by_name)
        self._names = list(self._by_name)
        # "Bioavailability (F)": a one-letter name, matched only as written (case and all)
        letters: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(entries):
            if letter := _LETTER_NAME.search(entry.title):
                letters[letter.group(1)].append(i)
        self._letters = dict(letters)
        # "The Federal Deposit Insurance Corp" is named by "FDIC": the initials of a title
        # of two or more words (with or without "the", "of"...), when no name writes it
        # (not when a name writes it: "Multilayer Perceptron (MLP)" beats Machine Learning Pipeline)
        written = {w for name in self._names for w in name.split()}
        initials: dict[str, list[int]] = defaultdict(list)
        for i, entry in enumerate(entries):
            for letters_ in title_initials(entry.title):
                if letters_ not in written and i not in initials[letters_]:
                    initials[letters_].append(i)
        self._initials = dict(initials)
        # "ch-sp in a crochet pattern": a hyphenated name written whole at the head of
        # the question's term names its entry however long the rest (the setting): the
        # hyphen makes it one token, not the common words "ch" and "sp" of a description.
        # In the middle of a story ("... the dx-pedition is 'working split'") it is context.
        # Not a name that is part of longer names ("mini-batch" of "mini-batch gradient
        # descent"): the question may be naming the longer one.
        self._hyphenated = _unique_hyphenated(entries, self._names)

    def scores(self, question: str) -> dict[int, float]:
        said = extract_term(question)  # what a name inside the question must cover
        term = extract_term(_without_meaning_setting(without_setting(question)))
        if not term:
            return {}
        term = self._field_dropped(term)
        found: dict[int, float] = {}

        def offer(name: str, score: float) -> None:
            for i in self._by_name[name]:
                found[i] = max(found.get(i, 0.0), score)

        if term in self._by_name:
            offer(term, 1.0)
        for i in self._initials.get(term, ()):
            found[i] = max(found.get(i, 0.0), INITIALS_SCORE)
        for i in self._letter_named(term, question):
            found[i] = 1.0
        written = self._written_hyphenated(question)
        for name in self._contained_names(normalize(question)):
            # A name covering most of the term is specific; a short word inside
            # a long question ("model") is not a signal at all.
            coverage = min(1.0, len(name) / max(len(said), 1))
            if name in written and f"{term} ".startswith(f"{name} "):
                coverage = max(coverage, MIN_COVERAGE)  # the subject, before its setting
            if coverage >= MIN_COVERAGE:
                offer(name, 0.5 + 0.4 * coverage)
        if len(term) >= 4:
            for name, ratio, _ in process.extract(
                term, self._names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
            ):
                offer(name, 0.9 * ratio / 100.0)
        return found

    def contained(self, question: str) -> frozenset[int]:
        """The entries a title or alias of which stands in the question as whole words."""
        names = self._contained_names(normalize(question))
        return frozenset(i for name in names for i in self._by_name[name])

    def _written_hyphenated(self, question: str) -> set[str]:
        """The hyphenated names the question writes whole, hyphens and all ("ch-sp")."""
        if not self._hyphenated:
            return set()
        tokens = {t.lower() for t in _HYPHENATED.findall(question)}
        return {name for name, written in self._hyphenated.items() if written in tokens}

    def _field_dropped(self, term: str) -> str:
        """ "signal in drug safety": a name, then the field it is asked in, names the
        name alone; only when the whole is no name and the part before "in" is one."""
        field = _IN_FIELD.fullmatch(term)
        if term in self._by_name or field is None:
            return term
        name = field.group(1)
        # "talkof in phone switching": a near spelling of a name is named as well
        near = len(name) >= 4 and process.extractOne(
            name, self._names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        return name if name in self._by_name or near else term

    def _letter_named(self, term: str, question: str) -> list[int]:
        """The entries a one-letter term names, when the question writes that letter as
        the title does, standing alone ("what does F mean": Bioavailability (F); never
        the article "a" or a lower-case "v" in prose)."""
        if len(term) != 1:
            return []
        return [
            i
            for letter, found in self._letters.items()
            if letter.lower() == term and re.search(rf"(?<!\w){re.escape(letter)}(?!\w)", question)
            for i in found
        ]

    def _contained_names(self, text: str) -> list[str]:
        words = text.split()
        names = []
        for n in range(1, min(_MAX_NGRAM, len(words)) + 1):
            for start in range(len(words) - n + 1):
                gram = " ".join(words[start : start + n])
                if gram in self._by_name:
                    names.append(gram)
        return names


def _unique_hyphenated(entries: Sequence[Entry], names: list[str]) -> dict[str, str]:
    """Normalized name -> the name as written, for the hyphenated titles and aliases
    that are no part of another name."""
    padded = [f" {name} " for name in names]
    found: dict[str, str] = {}
    for entry in entries:
        for name in (entry.title, *entry.aliases):
            key = normalize(name)
            if _HYPHENATED.fullmatch(name.strip()) and sum(f" {key} " in n for n in padded) == 1:
                found[key] = name.strip().lower()
    return found
