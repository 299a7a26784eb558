"""Key-term lookup: is the term a title, an alias, or a prominent phrase of some entry?"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.acts import describes_an_act
from rag_glossary.coverage.asked_back import named_object
from rag_glossary.coverage.field_terms import FieldTermRules
from rag_glossary.coverage.hyphens import hyphenated, spaced_names
from rag_glossary.coverage.keyterms import _CONTRAST, _SENTENCE_END, extract_key_terms
from rag_glossary.coverage.name_lookup import (
    _MIN_FUZZY_LEN,
    NameLookup,
    acronym_titles,
    undoubled,
)
from rag_glossary.coverage.names import (
    describes_a_kind,
    entry_names,
    field_words,
    source_words,
    spelled_acronyms,
)
from rag_glossary.coverage.noun_phrase import KeyTerm, before_new_phrase
from rag_glossary.coverage.padding import field_kind_dropped, unpadded
from rag_glossary.coverage.pairs import head_dropped, shared_head
from rag_glossary.coverage.phrases import phrase_key, word_bag, words
from rag_glossary.coverage.question_forms import (
    asks_for_a_name,
    described_by_clause,
    gerund_describes,
    not_a_name,
    one_word_in_a_description,
)
from rag_glossary.coverage.ranked_entries import SAID_TOGETHER_HITS, RankedEntryRules
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.symbols import symbol_names
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.text_lookup import TextLookup, _first_sentence
from rag_glossary.coverage.wordclasses import (
    _FORMS,
    _GENERIC,
    _NAME_KINDS,
    _NOUN_ENDINGS,
    _OBJECT_KINDS,
)
from rag_glossary.models import Entry

__all__ = ["CoverageIndex", "TermCoverage", "word_bag"]

# "X and how is it used", "X, and why ...": a second question after the term.
_SECOND_QUESTION = re.compile(r",?\s+(?:and|or|but)\s+(?:how|why|what|when|where|which|who)\b")
_TOP_HITS = 5  # a phrase in the body of one of the top hits is that hit's subject
_NAMED_HITS = 3  # an entry the question names must rank this high to anchor it
_MIN_FAMILY = 2  # titles ending in a kind ("... distribution") that make it a family
_PERSONAL = frozenset(str.split("i we you my our your me us"))


class CoverageIndex(NameLookup, TextLookup, RankedEntryRules, FieldTermRules):
    """Titles, aliases and entry texts as phrase keys, for key-term lookups."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        names: dict[tuple[str, ...], set[int]] = defaultdict(set)
        bags: dict[tuple[str, ...], set[int]] = defaultdict(set)
        texts: list[str] = []
        doc_freq: dict[str, int] = defaultdict(int)
        joined: dict[str, tuple[str, str]] = {}
        spelled: dict[str, set[int]] = defaultdict(set)
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
            spelled_out = spelled_acronyms("\n".join((entry.title, *entry.aliases, entry.body)))
            for acronym in sorted(spelled_out):
                spelled[acronym].add(i)
            body = phrase_key(words(" ".join((entry.title, *entry.aliases, entry.body))))
            texts.append(" " + " ".join(body) + " ")
            for w in dict.fromkeys(body):
                doc_freq[w] += 1
            for a, b in itertools.pairwise(body):
                joined.setdefault(a + b, (a, b))
        self._names = {k: tuple(sorted(v)) for k, v in names.items()}
        self._entry_names = name_lists
        self._bags = {k: tuple(sorted(v)) for k, v in bags.items()}
        # "pytorch tracing": Tracing mode in PyTorch, a name with one more word
        wider: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for key, where in self._names.items():
            for at in range(len(key)) if len(key) >= 3 else ():
                wider[word_bag(key[:at] + key[at + 1 :])].update(where)
        self._wider = {k: tuple(sorted(v)) for k, v in wider.items()}
        leads = [words(" ".join((e.title, *e.aliases, _first_sentence(e.body)))) for e in entries]
        self._leads = [" " + " ".join(phrase_key(lead)) + " " for lead in leads]
        # a one-letter word (a formula's "Q(s, a) = r(s, a)") breaks a run of initials:
        # "sarsa" is spelled by no words there
        self._initials = ["".join(w[0] if len(w) > 1 else "-" for w in lead) for lead in leads]
        self._texts = texts
        self._doc_freq = dict(doc_freq)
        self._joined = joined
        self._spelled = {k: tuple(sorted(v)) for k, v in spelled.items()}
        self._derive()

    def _derive(self) -> None:
        """The tables cheap to derive from the others (coverage/stored.py keeps the others)."""
        kinds: dict[str, set[int]] = defaultdict(set)
        for key, where in self._names.items():
            if len(key) >= 2 and key[-1] in _GENERIC:
                kinds[key[-1]].update(where)
        self._kinds = {k: frozenset(v) for k, v in kinds.items() if len(v) >= _MIN_FAMILY}
        self._position = {e.id: i for i, e in enumerate(self.entries)}
        self._sorted_names = {tuple(sorted(k)) for k in self._names}
        self._name_strings = {" ".join(k): k for k in self._names}
        self._field = field_words(self.entries, self._doc_freq)
        self._field_named = frozenset(w for e in self.entries for w in source_words(e.source))
        # reading order (doc_freq is built in it): the typo match breaks ties by this order
        self._vocab = [w for w in self._doc_freq if len(w) >= _MIN_FUZZY_LEN - 1]
        undoubled_forms: dict[str, list[str]] = defaultdict(list)
        for w in self._vocab:
            undoubled_forms[undoubled(w)].append(w)
        self._undoubled = {k: tuple(v) for k, v in undoubled_forms.items()}
        self._joined_sorted = sorted(self._joined)
        self._acronym_titles, self._camel = acronym_titles(self.entries)
        self._symbols = symbol_names(self.entries)
        self._spaced = spaced_names(self.entries)

    def check(self, question: str, ranked: Sequence[str] | None = None) -> TermCoverage:
        """The first key term the glossary lacks, else the (first) one it has.

        With ``ranked`` (entry ids, best first), a phrase found only in the
        body of a long entry counts only if that entry is among the top hits:
        a term mentioned in passing is not what the entry covers.
        """
        question = hyphenated(question, self._spaced)  # "just in time": Just-in-Time
        if whole := self._whole_name(question):
            # the name decides, whatever its words ("difference" is no contrast here)
            return self._check_term(whole)
        terms = extract_key_terms(question)
        if not terms:
            return TermCoverage(None, None, "", (), False)
        if len(terms) == 2 and _CONTRAST.search(question.lower()):
            terms[0] = shared_head(terms[0], terms[1], self._names)
            terms[1] = head_dropped(terms[0], terms[1], self._names)
        top = None if ranked is None else frozenset(ranked[:_TOP_HITS])
        results = [self._coordinated(t, self._check_term(t, top), top) for t in terms]
        if ranked is not None and any(r.found is False for r in results):
            named = self._named_entries(question, ranked[:_NAMED_HITS])
            # "what is metric learning": the question is the term, to be defined as such
            defines = strip_scaffolding(question) == terms[0].text
            results = [
                self._asked_of_named(question, self._anchored(r, named, defines), named)
                if r.found is False
                else r
                for r in results
            ]
        if ranked is not None:
            results = [
                self._said_together(r, ranked[:SAID_TOGETHER_HITS])
                if r.found is False and r.term_style
                else r
                for r in results
            ]
        if ranked:
            results = [self._acts_on_best(r, ranked[0]) if r.found is False else r for r in results]
        decided = self._decide(question, terms, results)
        said = " ".join(words(question))
        if decided.how == "text" and asks_for_a_name(said):
            # "what do you call predicting the next item ...": a word of the description
            # some entry's text has is not the name asked for
            decided = replace(decided, generic=True)
        if decided.how == "text" and described_by_clause(said, decided.key_term or ""):
            # "is there a variant where the server ...": a word some entry's text has,
            # then what the thing does; described, so judged by how its best entry stands out
            decided = replace(decided, generic=True)
        if decided.how == "text" and not_a_name(decided.key_term or ""):
            # "rather than handing over ...", "how does it decide ...": a fragment some
            # entry's text holds is no name; judged as described
            decided = replace(decided, generic=True)
        if decided.how == "text" and gerund_describes(question, decided):
            # "designing the small phone layout first ...": the gerund some entry's text
            # has is the doing described, no name (a title still names it: "boosting")
            decided = replace(decided, generic=True)
        if ranked and decided.how == "text" and one_word_in_a_description(said, decided.key_term):
            # "the spots in space where a small probe can park ...": one word some entry's
            # text has, at the head of a long description, is no name; judged as described
            # (when judging: the ranking's own test is retrieval._in_passing)
            decided = replace(decided, generic=True)
        # "qubit keeps its quantum behaviour", "the cpu side": a clause or a position the
        # grammar kept whole is no name; judged as described, named in no refusal
        acts = describes_an_act(question, decided.key_term or "")
        if decided.found is False and decided.term_style and acts:
            decided = replace(decided, term_style=False, clean=False)
        if ranked and self._names_best_in_passing(said, ranked[0]):
            decided = replace(decided, other_name=True)
        # "the diff between a type 1 and a type 2 error": the best entry, found for the
        # other side, is no sibling the first side is judged against
        best = ranked[0] if ranked else None
        other_side = any(r.found and best in r.entry_ids for r in results)
        if best and decided.found is False and not other_side and self._shares_part(decided, best):
            decided = replace(decided, sibling=True)
        if best and decided.found is False and self._best_is_setting(said, decided, best):
            decided = replace(decided, sibling=True)  # a neighbour, never other words for it
        if ranked and describes_a_kind(question) and self._wrong_kind(decided, ranked[0]):
            return replace(decided, found=False, how="", entry_ids=(), term_style=True, clean=False)
        return decided

    def _coordinated(
        self, term: KeyTerm, result: TermCoverage, top: frozenset[str] | None
    ) -> TermCoverage:
        """ "what is subtree pruning and regrafting": when neither the words before "and"
        nor the words after it are in the glossary, the whole phrase is one name it lacks
        ("batch normalization and dropout" stays a list when either side is there)."""
        if not term.coordinated or result.found is not False:
            return result
        after = term.coordinated.split(" and ", 1)[1]
        last = self._check_term(KeyTerm(after, True), top)
        if last.found is not False:
            return result
        return TermCoverage(term.coordinated, False, "", (), True, clean=term.clean)

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
        for t, r in zip(terms, results, strict=True):
            # "gradient descent with momentum": a glossary with no momentum lacks what is
            # asked, whether it has gradient descent as a title or only in passing
            named_head = results[0].found and results[0].how in ("title", "fuzzy-title")
            if t.identifies and named_head:
                # "the megan movie with the killer ai doll": an entry's name, then what
                # picks it out; the glossary has what is asked
                continue
            if t.qualifier and r.found is False and r.term_style:
                head = terms[0]
                whole = f"{head.text} with {t.text}" if head.term_style and head.clean else ""
                return replace(r, whole=whole)
        specific = [r for r in results if r.found and not r.generic]
        if specific:
            return specific[0]
        for t, r in zip(terms, results, strict=True):
            if t.subject and r.found is False and r.term_style:
                return r
        # a whole that is only a common word does not outweigh a missing part
        # ("how big is the kv cache in a transformer")
        kept = [r for t, r in zip(terms, results, strict=True) if not (t.subject and r.found)]
        found = [r for r in kept if r.found]
        if not found and not terms[-1].term_style and (named := named_object(terms, results)):
            # "how do i compute compound annual growth rate": the action is judged by its
            # best entry only when its object is no name the glossary lacks outright
            return named
        return found[0] if found else (kept or results)[-1]

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
        if head := self._name_before_new_phrase(term):
            return head  # "keeps saying hui gan every time we taste ..."
        for bare in (unpadded(key), field_kind_dropped(key, self._field)):
            if bare != key and bare in self._names:
                # "possible evaluation status values", "mantle climbing move": a title, padded
                return self._found(term, "title", self._names[bare])
        if symbol := self._symbols.get(key):
            # "exclamation mark": the written name of the symbol an entry is titled by
            return self._found(term, "symbol", symbol)
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
        if spelled := self._spelled_out(key, top):
            return self._found(term, "acronym", spelled)
        if abbreviated := self._abbreviated(key) or self._numeronym(key):
            return self._found(term, "acronym", abbreviated)
        in_text = self._not_counted(term.text.split(), self._in_text(key))
        generic = len(key) == 1 and len(in_text) > max(3, len(self.entries) // 50)
        if top is not None and not self._rare_name(key, in_text):
            in_text = self._prominent(key, in_text, top)
        if not in_text and len(key) >= 2 and key[-1] in _GENERIC:
            shorter = self._check_term(
                KeyTerm(" ".join(term.text.split()[:-1]), term.term_style), top
            )
            as_name = shorter.how != "text" or len(key) >= 3 or key[-1] in _NAME_KINDS
            # "cuda graph": a graph CUDA's text never mentions is another thing
            # "bayesian network": a network the entry that only mentions "bayesian" never
            # mentions is another thing too (two words: the modifier is all there is of it)
            in_passing = shorter.how == "text" and len(key) == 2
            kind = (key[-1] not in _OBJECT_KINDS and not in_passing) or self._says_kind(
                shorter, key[-1]
            )
            if shorter.found and as_name and kind:
                return shorter
        if not in_text and len(key) >= 2 and key[-1] in _FORMS:
            shorter = self._check_term(
                KeyTerm(" ".join(term.text.split()[:-1]), term.term_style), top
            )
            if shorter.found and shorter.how not in ("text", ""):
                return shorter
        if in_text:
            return self._found(term, "text", in_text, generic=generic)
        if wider := self._wider.get(word_bag(key), ()) if len(key) >= 2 else ():
            return self._found(term, "title-words", wider)
        if clipped := self._clipped(key):
            return self._found(term, "fuzzy-title", clipped)
        if value := self._value_asked(key):
            return self._found(term, "title", value)
        # "what does a ups cover": after an exact name, the last word is the verb whatever
        # its ending ("cover" ends like a noun)
        verb_after_name = key[:-1] in self._names
        noun_ending = key[-1].endswith(_NOUN_ENDINGS) and not verb_after_name
        if term.may_end_in_verb and len(key) >= 2 and not noun_ending:
            # "does tfx play well": the verb and what follows it are not the subject
            said = term.text.split()
            for drop in range(1, min(3, len(said))):
                subject = self._check_term(KeyTerm(" ".join(said[:-drop]), term.term_style), top)
                # two words dropped only for a name ("tfx"), not a word of some text
                if subject.found and not subject.generic and (drop == 1 or subject.how != "text"):
                    return subject
        if field := self._field_dropped(term, key, top) or self._kind_said(term, key, top):
            return field
        style = self._names_a_term(term, key)
        return TermCoverage(term.text, False, "", (), style, clean=term.clean)

    def _name_before_new_phrase(self, term: KeyTerm) -> TermCoverage | None:
        """The title or alias before a determiner opening a new noun phrase (a word of some
        text heads a description there: "time [each player gets] on the clock")."""
        head = before_new_phrase(term.text)
        named = self._names.get(self._correct(phrase_key(head.split()))) if head else None
        return self._found(replace(term, text=head), "title", named) if named else None

    def names(self, term: str) -> bool:
        """Whether a phrase, as written (no typo corrected), is a title or alias."""
        return phrase_key(words(term)) in self._names

    def _says_kind(self, found: TermCoverage, kind: str) -> bool:
        """Whether an entry found for a name uses the kind word asked with it."""
        return any(f" {kind} " in self._texts[self._position[i]] for i in found.entry_ids)

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

    def _found(
        self, term: KeyTerm, how: str, where: Sequence[int], *, generic: bool = False
    ) -> TermCoverage:
        ids = tuple(self.entries[i].id for i in list(where)[:10])
        return TermCoverage(term.text, True, how, ids, term.term_style, generic)
