"""The tables a key-term lookup reads, built from the entries (``CoverageIndex``'s base).

Names (titles and aliases) as phrase keys and word bags, each entry's text and lead, the
corpus's word counts, spelled-out acronyms and joined word pairs; ``coverage/stored.py``
keeps what ``__init__`` builds beside an index, and ``_derive`` rebuilds the rest from it.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from rag_glossary.coverage.acronym_titles import acronym_titles
from rag_glossary.coverage.glossary_language import bare_names, glossary_language
from rag_glossary.coverage.hyphens import spaced_names
from rag_glossary.coverage.inflections import inflection_table
from rag_glossary.coverage.name_lookup import MIN_FUZZY_LEN
from rag_glossary.coverage.names import (
    entry_names,
    field_words,
    source_words,
    spelled_acronyms,
)
from rag_glossary.coverage.other_language import in_other_language
from rag_glossary.coverage.phrases import phrase_key, word_bag, words
from rag_glossary.coverage.slips import undoubled
from rag_glossary.coverage.symbols import symbol_names
from rag_glossary.coverage.text_lookup import _first_sentence
from rag_glossary.coverage.wordclasses import GENERIC
from rag_glossary.models import Entry
from rag_glossary.title_parts import slash_names
from rag_glossary.word_forms import fold

_MIN_FAMILY = 2  # titles ending in a kind ("... distribution") that make it a family


def side_names(title: str, titles: set[tuple[str, ...]]) -> list[str]:
    """The names of a slash-joined title (``Limit switch / Endstop / Homing switch``),
    less a side that is another entry's title ("End mill" beside "Cutting tool / End mill /
    Bit"). Names to look a term up by only: as aliases they would change the entry's
    embedded header and BM25 head, weighing the title's words twice."""
    return [n for n in slash_names(title) if phrase_key(words(n)) not in titles]


class EntryTables:
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
        titles = {phrase_key(words(e.title)) for e in self.entries}
        for i, entry in enumerate(self.entries):
            name_lists.append([])
            for name in [*entry_names(entry), *side_names(entry.title, titles)]:
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
        # stored, not derived: deciding it reads every language's word list (~25 ms)
        self._language = glossary_language(self._doc_freq, len(self.entries))
        self._derive()

    @property
    def language(self) -> str | None:
        """The glossary's language if it is not English (glossary_language.py)."""
        return self._language

    def _derive(self) -> None:
        """The tables cheap to derive from the others (coverage/stored.py keeps the others)."""
        # "so2" for SO₂: a name with a compatibility character (a subscript digit, a
        # ligature) is also found as a question types it
        for key, where in list(self._names.items()):
            plain = tuple(unicodedata.normalize("NFKC", w) for w in key)
            self._names.setdefault(plain, where)
        kinds: dict[str, set[int]] = defaultdict(set)
        for key, where in self._names.items():
            if len(key) >= 2 and key[-1] in GENERIC:
                kinds[key[-1]].update(where)
        self._kinds = {k: frozenset(v) for k, v in kinds.items() if len(v) >= _MIN_FAMILY}
        self._position = {e.id: i for i, e in enumerate(self.entries)}
        self._sorted_names = {tuple(sorted(k)) for k in self._names}
        self._name_strings = {" ".join(k): k for k in self._names}
        self._field = field_words(self.entries, self._doc_freq)
        self._field_named = frozenset(w for e in self.entries for w in source_words(e.source))
        self._other_language = in_other_language(self._doc_freq) or self._language is not None
        self._bare_names = bare_names(self._names, self._language)
        # reading order (doc_freq is built in it): the typo match breaks ties by this order
        self._vocab = [w for w in self._doc_freq if len(w) >= MIN_FUZZY_LEN - 1]
        undoubled_forms: dict[str, list[str]] = defaultdict(list)
        for w in self._vocab:
            undoubled_forms[undoubled(w)].append(w)
        self._undoubled = {k: tuple(v) for k, v in undoubled_forms.items()}
        self._joined_sorted = sorted(self._joined)
        self._acronym_titles, self._camel = acronym_titles(self.entries)
        self._symbols = symbol_names(self.entries)
        self._spaced = spaced_names(self.entries)
        self._folded = [" ".join(["", *map(fold, text.split()), ""]) for text in self._texts]
        self._name_list = list(self._name_strings)
        self._inflected = inflection_table(self._names.items())
        # the names holding each word, and the names of titles with a bracketed part by
        # length: the near-name lookups scan these, not every name (same names found)
        by_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        bracketed: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        for key, where in self._names.items():
            for w in dict.fromkeys(key):
                by_word[w].append(key)
            if any("(" in self.entries[i].title for i in where):
                bracketed[len(key)].append(key)
        self._names_by_word = {w: tuple(keys) for w, keys in by_word.items()}
        initial: dict[str, list[int]] = defaultdict(list)  # entries by their names' first letters
        for i, names in enumerate(self._entry_names):
            for letter in dict.fromkeys(name[0][:1] for name in names if len(name) >= 2):
                initial[letter].append(i)
        self._initial_entries = {k: tuple(v) for k, v in initial.items()}
        self._bracketed_names = {n: tuple(keys) for n, keys in bracketed.items()}
