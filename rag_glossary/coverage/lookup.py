"""Key-term lookup: is the term a title, an alias, or a prominent phrase of some entry?"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from rag_glossary.coverage.keyterms import (
    _CONTRAST,
    _GENERIC,
    _MIN_FUZZY_LEN,
    _NAME_KINDS,
    _NOUN_ENDINGS,
    _SENTENCE_END,
    ASKING,
    KeyTerm,
    extract_key_terms,
    phrase_key,
    strip_scaffolding,
    words,
)
from rag_glossary.coverage.names import describes_a_kind, entry_names, genus, spells
from rag_glossary.models import Entry

# "X and how is it used", "X, and why ...": a second question after the term.
_SECOND_QUESTION = re.compile(r",?\s+(?:and|or|but)\s+(?:how|why|what|when|where|which|who)\b")
_TOP_HITS = 5  # a phrase in the body of one of the top hits is that hit's subject
_NAMED_HITS = 3  # an entry the question names must rank this high to anchor it
_MIN_FAMILY = 2  # titles ending in a kind ("... distribution") that make it a family
_SENTENCE = re.compile(r"(?<=[.!?])\s")
_LEAD_WORDS = 40
_ABBREVIATION = 4  # a last word this short may abbreviate a longer one: "net", "stat"
_PERSONAL = frozenset(str.split("i we you my our your me us"))
_PREPOSITIONS = frozenset(str.split("of in on for with from to by at about"))
_ASKED = frozenset(phrase_key(sorted(ASKING)))
_ADJECTIVE = ("ive", "ous", "al", "able", "ible", "ic", "ful", "less")


def _suffixed(word: str, near: str) -> bool:
    """ "transformer" is not a typo of "transform", nor "margin" of "marginal": a suffix
    added or dropped makes another word; a typo changes letters inside."""
    short, long = sorted((word, near), key=len)
    return short != long and long.startswith(short) and long[len(short)] != " "


def _modifies(names: Sequence[tuple[str, ...]], said: Sequence[str], known: Container[str]) -> bool:
    """ "metric learning": the name Metric modifies a head noun none of the entry's names
    has, making a new term (a kind of learning). Not when the head is what is asked of the
    name ("bleu score"), an adjective ("convolution commutative"), or a word the glossary
    never uses ("empirical rule stats"); not "loss a percentage" or "separability of a
    kernel", which are no compounds."""
    key = [phrase_key([w]) for w in said]
    if len(key) < 2 or not all(key) or not said[-1].isalpha():
        return False
    head = key[-1][0]
    if head in _GENERIC or head in _ASKED or head not in known or said[-1].endswith(_ADJECTIVE):
        return False
    if any(name[-1:] == (head,) for name in names):
        return False  # "facebook company": Meta Company, also called Facebook
    modifier = tuple(k[0] for k in key[:-1])
    return any(len(n) == len(modifier) and n == modifier[-len(n) :] for n in names)


def _first_sentence(body: str) -> str:
    return " ".join(_SENTENCE.split(body.strip(), maxsplit=1)[0].split()[:_LEAD_WORDS])


def _strong_stem(word: str) -> str:
    """ "clipping", "clipped", "clips" -> "clip"; "computing", "compute" -> "comput"."""
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def word_bag(key: Sequence[str]) -> tuple[str, ...]:
    """A phrase's words in any order and any inflection: "clip gradients" ~ "gradient clipping"."""
    return tuple(sorted(_strong_stem(w) for w in key))


@dataclass(frozen=True)
class TermCoverage:
    """Whether the glossary has the question's key term, and where."""

    key_term: str | None
    found: bool | None
    how: str  # "title", "fuzzy-title", "text", "" (missing or no term)
    entry_ids: tuple[str, ...]
    term_style: bool
    generic: bool = False  # found, but as a word too common to single out an entry
    clean: bool = True  # a noun phrase fit to name when missing (keyterms.KeyTerm.clean)
    # missing, and the best entry's name shares only part of it ("label smoothing":
    # Spatial Smoothing): a neighbour, not other words for the same thing
    sibling: bool = False

    @property
    def described(self) -> bool:
        """Judged by the standout's lenient bar: a term to look for, but none decides."""
        named = self.found is False and self.term_style
        return self.key_term is not None and not (self.found and not self.generic) and not named

    @property
    def named_missing(self) -> str | None:
        """The term to name in "X is not in the glossary", if the question names one."""
        return self.key_term if self.found is False and self.term_style and self.clean else None


class CoverageIndex:
    """Titles, aliases and entry texts as phrase keys, for key-term lookups."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        names: dict[tuple[str, ...], set[int]] = defaultdict(set)
        bags: dict[tuple[str, ...], set[int]] = defaultdict(set)
        texts: list[str] = []
        doc_freq: dict[str, int] = defaultdict(int)
        joined: dict[str, tuple[str, str]] = {}
        name_lists: list[list[tuple[str, ...]]] = []
        for i, entry in enumerate(self.entries):
            name_lists.append([])
            for name in entry_names(entry):
                key = phrase_key(words(name))
                if key:
                    name_lists[i].append(key)
                    names[key].add(i)
                if len(key) >= 2:
                    bags[word_bag(key)].add(i)
            body = phrase_key(words(" ".join((entry.title, *entry.aliases, entry.body))))
            texts.append(" " + " ".join(body) + " ")
            for w in set(body):
                doc_freq[w] += 1
            for a, b in itertools.pairwise(body):
                joined.setdefault(a + b, (a, b))
        self._names = {k: tuple(sorted(v)) for k, v in names.items()}
        kinds: dict[str, set[int]] = defaultdict(set)
        for key, where in self._names.items():
            if len(key) >= 2 and key[-1] in _GENERIC:
                kinds[key[-1]].update(where)
        self._kinds = {k: frozenset(v) for k, v in kinds.items() if len(v) >= _MIN_FAMILY}
        self._position = {e.id: i for i, e in enumerate(self.entries)}
        self._entry_names = name_lists
        self._bags = {k: tuple(sorted(v)) for k, v in bags.items()}
        # "pytorch tracing": Tracing mode in PyTorch, a name with one more word
        wider: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for key, where in self._names.items():
            for at in range(len(key)) if len(key) >= 3 else ():
                wider[word_bag(key[:at] + key[at + 1 :])].update(where)
        self._wider = {k: tuple(sorted(v)) for k, v in wider.items()}
        self._sorted_names = {tuple(sorted(k)) for k in self._names}
        leads = [words(" ".join((e.title, *e.aliases, _first_sentence(e.body)))) for e in entries]
        self._leads = [" " + " ".join(phrase_key(lead)) + " " for lead in leads]
        self._initials = ["".join(w[0] for w in lead) for lead in leads]
        self._name_strings = {" ".join(k): k for k in self._names}
        self._texts = texts
        self._doc_freq = dict(doc_freq)
        self._vocab = [w for w in self._doc_freq if len(w) >= _MIN_FUZZY_LEN - 1]
        self._joined = joined
        self._joined_sorted = sorted(joined)

    def check(self, question: str, ranked: Sequence[str] | None = None) -> TermCoverage:
        """The first key term the glossary lacks, else the (first) one it has.

        With ``ranked`` (entry ids, best first), a phrase found only in the
        body of a long entry counts only if that entry is among the top hits:
        a term mentioned in passing is not what the entry covers.
        """
        if whole := self._whole_name(question):
            # the name decides, whatever its words ("difference" is no contrast here)
            return self._check_term(whole)
        terms = extract_key_terms(question)
        if not terms:
            return TermCoverage(None, None, "", (), False)
        top = None if ranked is None else frozenset(ranked[:_TOP_HITS])
        results = [self._check_term(t, top) for t in terms]
        if ranked is not None and any(r.found is False for r in results):
            named = self._named_entries(question, ranked[:_NAMED_HITS])
            # "what is metric learning": the question is the term, to be defined as such
            defines = strip_scaffolding(question) == terms[0].text
            results = [
                self._anchored(r, named, defines) if r.found is False else r for r in results
            ]
        if ranked:
            results = [self._acts_on_best(r, ranked[0]) if r.found is False else r for r in results]
        decided = self._decide(question, terms, results)
        if ranked and decided.found is False and self._shares_part(decided, ranked[0]):
            decided = replace(decided, sibling=True)
        if ranked and describes_a_kind(question) and self._wrong_kind(decided, ranked[0]):
            return replace(decided, found=False, how="", entry_ids=(), term_style=True, clean=False)
        return decided

    def _whole_name(self, question: str) -> KeyTerm | None:
        """ "what is staggered difference in differences and how is it analysed": the
        question's first clause, scaffolding stripped, is exactly an entry's name."""
        said = strip_scaffolding(_SENTENCE_END.split(question, maxsplit=1)[0])
        head = _SECOND_QUESTION.split(said, maxsplit=1)[0].strip()
        key = phrase_key(head.split())
        if len(key) < 2 or key not in self._names:
            return None  # one word is found the usual way
        return KeyTerm(head, True)

    def _decide(
        self, question: str, terms: Sequence[KeyTerm], results: Sequence[TermCoverage]
    ) -> TermCoverage:
        if _CONTRAST.search(question.lower()) or any(t.listed for t in terms):
            missing = [r for r in results if r.found is False]
            if missing or not all(t.listed for t in terms):
                return missing[0] if missing else results[0]
            # every item of "rnn, cnn, gan and vae" found: the list is the key term
            ids = tuple(dict.fromkeys(i for r in results for i in r.entry_ids))[:10]
            listed = ", ".join(t.text for t in terms)
            generic = all(r.generic for r in results)
            return replace(results[0], key_term=listed, entry_ids=ids, generic=generic)
        by_name = {"title", "fuzzy-title", "title-words", "acronym"}
        for t, r in zip(terms, results, strict=True):
            # "gradient descent with momentum": a glossary with gradient descent only in
            # passing (Projected Gradient Descent) and no momentum lacks what is asked
            if t.qualifier and r.found is False and r.term_style and results[0].how not in by_name:
                return r
        specific = [r for r in results if r.found and not r.generic]
        if specific:
            return specific[0]
        for t, r in zip(terms, results, strict=True):
            if t.subject and r.found is False and r.term_style:
                return r
        found = [r for r in results if r.found]
        return found[0] if found else results[-1]

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

    def _check_term(self, term: KeyTerm, top: frozenset[str] | None = None) -> TermCoverage:
        key = self._correct(phrase_key(term.text.split()))
        if not key:
            return TermCoverage(term.text, None, "", (), False)
        named = self._names.get(key)
        if named:
            # "how do i stop a [model] from memorizing noise ...": a kind word that
            # happens to be a title, then a description, names nothing
            kind = len(key) == 1 and key[0] in _GENERIC and not term.term_style
            return self._found(term, "title", named, generic=kind)
        fuzzy = self._fuzzy_name(key)
        if fuzzy:
            return self._found(term, "fuzzy-title", fuzzy)
        reordered = self._bags.get(word_bag(key)) if len(key) >= 2 else None
        # "clip gradients" is Gradient Clipping; "layer normalization" is not
        # Normalization Layer: a new word order needs a new word form.
        if reordered and tuple(sorted(key)) not in self._sorted_names:
            return self._found(term, "title-words", reordered)
        if acronym := self._acronym(key):
            return self._found(term, "acronym", acronym)
        in_text = self._in_text(key)
        generic = len(key) == 1 and len(in_text) > max(3, len(self.entries) // 50)
        if top is not None and not self._rare_name(key, in_text):
            in_text = self._prominent(key, in_text, top)
        if not in_text and len(key) >= 2 and key[-1] in _GENERIC:
            shorter = self._check_term(
                KeyTerm(" ".join(term.text.split()[:-1]), term.term_style), top
            )
            if shorter.found and (shorter.how != "text" or len(key) >= 3 or key[-1] in _NAME_KINDS):
                return shorter
        if in_text:
            return self._found(term, "text", in_text, generic=generic)
        if wider := self._wider.get(word_bag(key), ()) if len(key) >= 2 else ():
            return self._found(term, "title-words", wider)
        if term.may_end_in_verb and len(key) >= 2 and not key[-1].endswith(_NOUN_ENDINGS):
            # "does tfx play well": the verb and what follows it are not the subject
            said = term.text.split()
            for drop in range(1, min(3, len(said))):
                subject = self._check_term(KeyTerm(" ".join(said[:-drop]), term.term_style), top)
                # two words dropped only for a name ("tfx"), not a word of some text
                if subject.found and not subject.generic and (drop == 1 or subject.how != "text"):
                    return subject
        style = self._names_a_term(term, key)
        return TermCoverage(term.text, False, "", (), style, clean=term.clean)

    def _shares_part(self, missing: TermCoverage, best: str) -> bool:
        """A compound is a kind of its last word: "label smoothing" is a smoothing. A best
        entry named by the same last word with other modifiers ("Spatial Smoothing") is a
        sibling, not other words for the term; one whose names have the modifiers too
        ("Meta Company", also Facebook, for "facebook company") may be the term."""
        said = (missing.key_term or "").split()
        key = word_bag(phrase_key(said))
        i = self._position.get(best)
        if len(key) < 2 or i is None or _PREPOSITIONS.intersection(said):
            return False  # "axes of an roc curve": the head comes first
        head, modifiers = word_bag(phrase_key(said[-1:])), set(word_bag(phrase_key(said[:-1])))
        names = [word_bag(name) for name in self._entry_names[i]]
        same_head = any(len(n) >= 2 and word_bag(n[-1:]) == head for n in self._entry_names[i])
        return same_head and not any(modifiers <= set(n) for n in names)

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

    def _names_a_term(self, term: KeyTerm, key: tuple[str, ...]) -> bool:
        """Whether a missing key term names something (judged strictly) or describes it.

        A description uses words the corpus never does as a term's words (an adverb:
        "chatbot confidently"), or a kind the rest of the question defines
        in the corpus's own words ("python library [for topic modelling]").
        """
        if not term.term_style or _PERSONAL.intersection(term.text.split()):
            return False  # "steps ahead i want [to predict]": a clause
        if len(key) == 1 and term.relative and key[0] not in self._doc_freq:
            return False  # "sales [that go up ...]": a word the corpus never uses, described
        if any(w.endswith("ly") and w not in self._doc_freq for w in key[1:]):
            return False
        # A product kind ("library", "tool") is described by what follows, whatever
        # its modifier; another kind only by the corpus's own words.
        known = key[-1] in _NAME_KINDS or all(w in self._doc_freq for w in key[:-1])
        return not (len(key) >= 2 and key[-1] in _GENERIC and known and term.continues)

    def _named_entries(self, question: str, ranked: Sequence[str]) -> list[int]:
        """Top hits whose title or alias the question names as a phrase."""
        said = " " + " ".join(phrase_key(words(question))) + " "
        places = [self._position[r] for r in ranked if r in self._position]
        return [
            i
            for i in sorted(places)
            if any(f" {' '.join(name)} " in said for name in self._entry_names[i])
        ]

    def _anchored(
        self, missing: TermCoverage, named: Sequence[int], defines: bool = False
    ) -> TermCoverage:
        """A term asked about inside a named entry ("bleu measures overlap of what",
        "image patches in the vision transformer") is covered when that entry's text
        has every word of it the entry's name does not."""
        said = (missing.key_term or "").split()
        key = phrase_key(said)
        asked = {phrase_key([w])[0] for w in ASKING}
        for i in named:
            # "harris cornerness score formula": what is asked of the name needs no text
            spelled = {w for name in self._entry_names[i] for w in name} | asked
            if defines and _modifies(self._entry_names[i], said, self._doc_freq):
                continue
            if all(self._has_word(i, w) for w in key if w not in spelled):
                ids = (self.entries[i].id,)
                return TermCoverage(missing.key_term, True, "named-entry", ids, missing.term_style)
        return missing

    def _has_word(self, i: int, word: str) -> bool:
        """The entry's text has the word in some form ("quote": "quotation"), or a word
        it abbreviates ("stats")."""
        known = frozenset(_strong_stem(w) for w in self._texts[i].split())
        if _strong_stem(word) in known:
            return True
        shorts = {word.rstrip("s"), _strong_stem(word)}
        return any(len(s) >= 4 and any(w.startswith(s) for w in known) for s in shorts)

    def _found(
        self, term: KeyTerm, how: str, where: Sequence[int], *, generic: bool = False
    ) -> TermCoverage:
        ids = tuple(self.entries[i].id for i in list(where)[:10])
        return TermCoverage(term.text, True, how, ids, term.term_style, generic)

    def _rare_name(self, key: tuple[str, ...], found: Sequence[int]) -> bool:
        """ "fairseq", a word of one entry only (or of copies of one title): whatever
        mentions it is what the glossary says of it, prominent or not."""
        titles = {self.entries[i].title.lower() for i in found}
        return len(key) == 1 and len(titles) == 1 and key[0] not in _GENERIC

    def _prominent(
        self, key: tuple[str, ...], found: tuple[int, ...], top: frozenset[str]
    ) -> tuple[int, ...]:
        """The entries that define the phrase (title, aliases, first sentence) or rank high."""
        needle = " " + " ".join(key)
        return tuple(i for i in found if needle in self._leads[i] or self.entries[i].id in top)

    def _acronym(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """An unknown acronym: spelled by an entry's name ("CLT", "IQR"), or by the
        initials of its opening words ("LOOCV")."""
        if len(key) != 1 or not key[0].isalpha() or not 2 <= len(key[0]) <= 6:
            return ()
        if key[0] in self._doc_freq:
            return ()
        named = tuple(
            i
            for i, names in enumerate(self._entry_names)
            if any(len(name) >= 2 and spells(key[0], name, self._doc_freq) for name in names)
        )
        if len(key[0]) == 2 and len(named) > 1:
            return ()  # "sd": Sampling distribution or Standard deviation
        if named or len(key[0]) < 4:
            return named
        return tuple(i for i, initials in enumerate(self._initials) if key[0] in initials)

    def _correct(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """Each unknown word: split if it is two joined corpus words, else its near spelling."""
        out: list[str] = []
        for word in key:
            if word in self._doc_freq or word.isdigit():
                out.append(word)
            elif word in self._joined:
                out.extend(self._joined[word])
            elif joined := self._joined_prefix(word):
                out.extend(joined)  # "batchnorm": "batch normalization"
            else:
                out.append(self._near_word(word) or word)
        return tuple(out)

    def _joined_prefix(self, word: str) -> tuple[str, str] | None:
        if len(word) < 6 or not word.isalpha():
            return None
        at = bisect.bisect_left(self._joined_sorted, word)
        for joined in self._joined_sorted[at : at + 20]:
            if not joined.startswith(word):
                break
            first, second = self._joined[joined]
            if len(first) < len(word):
                return (first, second[: len(word) - len(first)])
        return None

    def _near_word(self, word: str) -> str | None:
        if len(word) < _MIN_FUZZY_LEN or not word.isalpha():
            return None
        limit = 1 if len(word) < 8 else 2
        best = process.extractOne(word, self._vocab, scorer=OSA.distance, score_cutoff=limit)
        if not best:
            return None
        near = str(best[0])
        return None if _suffixed(word, near) else near

    def _fuzzy_name(self, key: tuple[str, ...]) -> tuple[int, ...]:
        text = " ".join(key)
        if len(text) < 6:
            return ()
        best = process.extractOne(
            text, list(self._name_strings), scorer=fuzz.ratio, score_cutoff=90.0
        )
        if not best or _suffixed(text, str(best[0])):
            return ()
        return self._names[self._name_strings[best[0]]]

    def _in_text(self, key: tuple[str, ...]) -> tuple[int, ...]:
        needle = " " + " ".join(key) + " "
        if len(key) >= 2 and 3 <= len(key[-1]) <= _ABBREVIATION:
            needle = needle[:-1]  # "recurrent neural net" finds "... neural network"
        found = tuple(i for i, text in enumerate(self._texts) if needle in text)
        if found or len(key) < 3:
            return found
        # A long term may add a word the glossary words differently ("manifold
        # learning isomap"): enough if one entry has a two-word part of it as a
        # phrase and every other word somewhere in its text.
        for a, b in itertools.pairwise(key):
            pair = f" {a} {b} "
            for i, text in enumerate(self._texts):
                if pair in text and all(f" {w} " in text for w in key):
                    found += (i,)
        return tuple(dict.fromkeys(found))
