"""Key-term lookup in entry texts: a phrase some entry says, and whether it says
it prominently (title, aliases, first sentence) or among the top hits."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rag_glossary.coverage.wordclasses import _GENERIC
from rag_glossary.models import Entry

_SENTENCE = re.compile(r"(?<=[.!?])\s")
_LEAD_WORDS = 40
_ABBREVIATION = 4  # a last word this short may abbreviate a longer one: "net", "stat"
# cardinal numbers: an English count takes a plural noun ("two shots")
_COUNTS = {
    w: str(n)
    for n, w in enumerate(str.split("zero one two three four five six seven eight nine ten"))
}


def _first_sentence(body: str) -> str:
    return " ".join(_SENTENCE.split(body.strip(), maxsplit=1)[0].split()[:_LEAD_WORDS])


class TextLookup:
    """Looks a phrase key up in the entries' texts."""

    entries: list[Entry]
    _texts: list[str]
    _leads: list[str]
    _folded: list[str]

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

    def _in_text(self, key: tuple[str, ...]) -> tuple[int, ...]:
        needle = " " + " ".join(key) + " "
        if len(key) >= 2 and 3 <= len(key[-1]) <= _ABBREVIATION:
            needle = needle[:-1]  # "recurrent neural net" finds "... neural network"
        found = tuple(i for i, text in enumerate(self._texts) if needle in text)
        if not found:
            found = self._in_folded(key)
        if found or len(key) < 3:
            return found
        # A long term may add a word the glossary words differently ("manifold
        # learning isomap"): enough if one entry has a two-word part of it as a
        # phrase and every other word somewhere in its text.
        for at, (a, b) in enumerate(itertools.pairwise(key)):
            if 0 < at == len(key) - 2:
                # "bayesian information criterion": the head with another modifier in
                # the text ("widely applicable information criterion") is a sibling
                continue
            pair = f" {a} {b} "
            for i, text in enumerate(self._texts):
                if pair in text and all(f" {w} " in text for w in key):
                    found += (i,)
        return tuple(dict.fromkeys(found))

    def _in_folded(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """The texts that say the phrase's words with an -ing/-ed ending: "overlap" is said
        by "more overlapping", "limit" by "is limited" (word_forms.fold of the text's words;
        the question's own words stay as said: "willing" is no form of "will")."""
        needle = " ".join(["", *key, ""])
        return tuple(i for i, text in enumerate(self._folded) if needle in text)

    def _not_counted(self, said: Sequence[str], found: tuple[int, ...]) -> tuple[int, ...]:
        """ "two shot": a number before a singular noun makes a name, so a text that counts
        the plural ("a cut between two shots") does not have it; only the name as said."""
        if not counted_name(said):
            return found
        said_as = [rf"(?:{re.escape(w)}|{_COUNTS.get(w, w)})" for w in said]  # "2-phase"
        written = re.compile(r"\b" + r"[\s-]+".join(said_as) + r"\b", re.IGNORECASE)
        return tuple(i for i in found if written.search(_said_text(self.entries[i])))


def counted_name(said: Sequence[str]) -> bool:
    """Whether a number stands before singular nouns only ("two shot"; not "two shots",
    "two keyed datasets together")."""
    counted = bool(said[:1]) and (said[0] in _COUNTS or said[0].isdigit()) and said[0] != "one"
    plural = any(w.endswith("s") and not w.endswith("ss") for w in said[1:])
    return len(said) >= 2 and counted and not plural


def _said_text(entry: Entry) -> str:
    return "\n".join((entry.title, *entry.aliases, entry.body))
