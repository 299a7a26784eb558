"""Looking one key term up: as a name, a near spelling, an acronym, a phrase of some text.

``TermChecks._check_term`` tries the ways a glossary can hold a term, strongest first, and
falls back on shorter forms of it (a kind word, a form word or a verb dropped); what the
whole question makes of the results is ``lookup.CoverageIndex.check``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.entry_tables import EntryTables
from rag_glossary.coverage.field_terms import FieldTermRules
from rag_glossary.coverage.name_lookup import NameLookup
from rag_glossary.coverage.name_spellings import clipped_into
from rag_glossary.coverage.noun_phrase import KeyTerm, before_new_phrase
from rag_glossary.coverage.padding import field_kind_dropped, state_dropped, unpadded
from rag_glossary.coverage.phrases import phrase_key, word_bag, words
from rag_glossary.coverage.ranked_entries import RankedEntryRules
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.text_lookup import TextLookup
from rag_glossary.coverage.title_forms import TitleForms
from rag_glossary.coverage.wordclasses import (
    FORMS,
    GENERIC,
    NAME_KINDS,
    NOUN_ENDINGS,
    OBJECT_KINDS,
)
from rag_glossary.everyday import everyday_words

_PERSONAL = frozenset(str.split("i we you my our your me us"))
_ASKED_AFTER = frozenset(("example",))  # phrase_key's form of "example" and "examples"
_MEMO_SIZE = 4096


class TermChecks(EntryTables, NameLookup, TitleForms, TextLookup, RankedEntryRules, FieldTermRules):
    """One key term against the glossary's tables (``EntryTables``) and lookups."""

    def _check_term(self, term: KeyTerm, top: frozenset[str] | None = None) -> TermCoverage:
        # The fallbacks below re-check shorter spans of the term, which re-check theirs: without
        # the memo a long key term takes exponential time (17 words: minutes). A result depends
        # only on the term, the top hits and the glossary's tables, which never change.
        memo: dict[tuple[KeyTerm, frozenset[str] | None], TermCoverage]
        memo = self.__dict__.setdefault("_term_memo", {})
        if (found := memo.get((term, top))) is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[term, top] = self._look_up_term(term, top)
        return found

    def _look_up_term(self, term: KeyTerm, top: frozenset[str] | None) -> TermCoverage:
        key = self._correct(phrase_key(term.text.split()))
        if not key:
            return TermCoverage(term.text, None, "", (), False)
        named = self._names.get(key) or self._compound_title(key) or self._code_word(key)
        if named:
            # "how do i stop a [model] from memorizing noise ...": a kind word that
            # happens to be a title, then a description, names nothing
            kind = len(key) == 1 and key[0] in GENERIC and not term.term_style
            return self._found(term, "title", named, generic=kind)
        if head := self._name_before_new_phrase(term):
            return head  # "keeps saying hui gan every time we taste ..."
        for bare in (unpadded(key), field_kind_dropped(key, self._field), state_dropped(key)):
            if bare != key and bare in self._names:
                # "possible evaluation status values", "mantle climbing move": a title, padded
                return self._found(term, "title", self._names[bare])
        if placed := self._title_then_plural(key, term.text, top):
            return self._found(term, "title", placed)
        if inverted := self._inverted_title(key) or self._qualified_title(key):
            return self._found(term, "title-words", inverted)
        if symbol := self._symbols.get(key):
            # "exclamation mark": the written name of the symbol an entry is titled by
            return self._found(term, "symbol", symbol)
        # the whole term asked, not a word opening a description ("lifting the rod ...")
        if not term.continues and (inflected := self._inflected_title(key)):
            return self._found(term, "title", inflected, generic=key[0] in GENERIC)
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
        if not in_text and len(key) >= 2 and key[-1] in GENERIC:
            shorter = self._check_term(
                KeyTerm(" ".join(term.text.split()[:-1]), term.term_style), top
            )
            as_name = shorter.how != "text" or len(key) >= 3 or key[-1] in NAME_KINDS
            # "cuda graph": a graph CUDA's text never mentions is another thing
            # "bayesian network": a network the entry that only mentions "bayesian" never
            # mentions is another thing too (two words: the modifier is all there is of it)
            in_passing = shorter.how == "text" and len(key) == 2
            kind = (key[-1] not in OBJECT_KINDS and not in_passing) or self._says_kind(
                shorter, key[-1]
            )
            if shorter.found and as_name and kind:
                return shorter
        # "png file", "wet heat cooking methods examples": a form, or the examples asked of
        # the name before it ("examples of X" said after X, the question's last words; not
        # "the magenta musicrnn example [load]", an example that does something)
        asked_after = key[-1] in _ASKED_AFTER and not term.continues and not term.subject
        if not in_text and len(key) >= 2 and (key[-1] in FORMS or asked_after):
            shorter = self._check_term(
                KeyTerm(" ".join(term.text.split()[:-1]), term.term_style), top
            )
            if shorter.found and shorter.how not in ("text", ""):
                return shorter
        if in_text:
            return self._found(term, "text", in_text, generic=generic)
        if wider := self._wider.get(word_bag(key), ()) if len(key) >= 2 else ():
            return self._found(term, "title-words", wider)
        if clipped := self._clipped(key) or self._clipped_word(key, top):
            return self._found(term, "fuzzy-title", clipped)
        if value := self._value_asked(key):
            return self._found(term, "title", value)
        # "what does a ups cover": after an exact name, the last word is the verb whatever
        # its ending ("cover" ends like a noun)
        verb_after_name = key[:-1] in self._names
        noun_ending = key[-1].endswith(NOUN_ENDINGS) and not verb_after_name
        generic_subject: TermCoverage | None = None
        if term.may_end_in_verb and len(key) >= 2 and not noun_ending:
            # "does tfx play well": the verb and what follows it are not the subject
            said = term.text.split()
            for drop in range(1, min(3, len(said))):
                subject = self._check_term(KeyTerm(" ".join(said[:-drop]), term.term_style), top)
                # two words dropped only for a name ("tfx"), not a word of some text
                if subject.found and not subject.generic and (drop == 1 or subject.how != "text"):
                    return subject
                if subject.generic and drop == 1 and len(said) == 2 and said[0] in everyday_words():
                    generic_subject = subject
        if field := self._field_dropped(term, key, top) or self._kind_said(term, key, top):
            return field
        if qualified := self._qualifier_dropped(term, key, top):
            return qualified
        if generic_subject is not None:
            # "how does my pet turn into ...": a word many entries say, then its verb; the
            # subject is a kind of thing the glossary talks about, doing what is described
            return generic_subject
        style = self._names_a_term(term, key)
        return TermCoverage(term.text, False, "", (), style, clean=term.clean)

    def _clipped_word(self, key: tuple[str, ...], top: frozenset[str] | None) -> tuple[int, ...]:
        """ "crit": Critical Hit. One word clipped from the first word of a name of one or two
        words, no word of the corpus or of everyday English: the one entry so named, when it
        ranks among the question's top hits (one clipped word alone is a weak clue)."""
        if len(key) != 1 or top is None or key[0] in self._doc_freq:
            return ()
        found = {
            at
            for name, where in self._names.items()
            if len(name) <= 2 and clipped_into(key[0], name[0]) and key[0] != name[0]
            for at in where
        }
        if len(found) != 1 or self.entries[next(iter(found))].id not in top:
            return ()
        return tuple(found)

    def _compound_title(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "eyewall" is Eye Wall, "eye wall" is Eyewall: a compound closed or open is one
        word (the closed form is two words the glossary writes side by side). Only an
        entry's whole title or alias so written, and only a closed word no name holds
        ("mapreduce" of MapReduce Process is not Map Reduce; "Bias (in Gen AI)" names
        no "genai")."""
        if len(key) == 2:
            return self._titled(("".join(key),))
        pair = self._joined.get(key[0]) if len(key) == 1 else None
        if not pair or any(key[0] in name for name in self._names):
            return ()
        return self._titled(pair)

    def _titled(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """The entries whose title or an alias, whole, is this key."""
        return tuple(i for i in self._names.get(key, ()) if key in self._own_names(i))

    def _own_names(self, at: int) -> set[tuple[str, ...]]:
        entry = self.entries[at]
        return {phrase_key(words(name)) for name in (entry.title, *entry.aliases)}

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
        known = key[-1] in NAME_KINDS or all(w in self._doc_freq for w in key[:-1])
        return not (len(key) >= 2 and key[-1] in GENERIC and known and term.continues)

    def _found(
        self, term: KeyTerm, how: str, where: Sequence[int], *, generic: bool = False
    ) -> TermCoverage:
        ids = tuple(self.entries[i].id for i in list(where)[:10])
        return TermCoverage(term.text, True, how, ids, term.term_style, generic)
