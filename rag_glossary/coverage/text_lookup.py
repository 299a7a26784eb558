"""Key-term lookup in entry texts: a phrase some entry says, and whether it says
it prominently (title, aliases, first sentence) or among the top hits."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.wordclasses import GENERIC
from rag_glossary.everyday import everyday_words
from rag_glossary.models import Entry
from rag_glossary.word_marks import ends_word, starts_word

_SENTENCE = re.compile(r"(?<=[.!?])\s")
_LEAD_WORDS = 40
_ABBREVIATION = 4  # a last word this short may abbreviate a longer one: "net", "stat"
# phrase keys whose texts one index keeps (a search looks its terms up twice, with and
# without its hits, and questions share words); emptied when full
TEXT_KEYS_CACHED = 4096
# cardinal numbers: an English count takes a plural noun ("two shots")
_COUNTS = {
    w: str(n)
    for n, w in enumerate(str.split("zero one two three four five six seven eight nine ten"))
}


# "No ionizing radiation", "without damage": a phrase only ever said under a negation is
# what the entry's thing lacks, not what it says about the phrase
_NEGATION = re.compile(r"(?:^| )(?:no|without)(?: \S+)? $")


def _negated(needle: str, text: str) -> bool:
    """Whether every place the text says the needle is negated (one word may stand between)."""
    at = text.find(needle)
    while at >= 0:
        if not _NEGATION.search(text[: at + 1]):
            return False
        at = text.find(needle, at + 1)
    return True


_TOKEN = re.compile(r"[A-Za-z][\w'-]*")


def _only_in_names(word: str, entry: Entry) -> bool:
    """ "the DIY Drones Regulatory FAQ": a word the body says only capitalized inside a
    run of capitalized words, mid-sentence, is a word of some proper name (a site, a
    team), not the thing; the title's own words are the entry's."""
    if word not in everyday_words():
        return False  # "google", "pytorch": a proper name is itself what is asked
    head = word[:1].upper()
    if head + word[1:2] not in entry.body and head + word[1:2].upper() not in entry.body:
        return False  # never capitalized, so never inside a name (the common case: fast)
    return _only_in_names_of(word, entry.title, entry.body)


@lru_cache(maxsize=4096)
def _only_in_names_of(word: str, title: str, body: str) -> bool:
    # keyed by the texts themselves, so a rebuilt or second index can never read another's
    # verdict; a common word is asked of the same entries by question after question
    if word in phrase_key(words(title)):
        return False
    tokens = list(_TOKEN.finditer(body))
    said = [at for at, t in enumerate(tokens) if _says(t.group().lower(), word)]
    return bool(said) and all(_in_name(tokens, at, body) for at in said)


def _says(token: str, word: str) -> bool:
    # a key keeps a word's first two letters: compare those first, keys only then
    return token[:2] == word[:2] and phrase_key([token]) == (word,)


def _in_name(tokens: list[re.Match[str]], at: int, body: str) -> bool:
    here = tokens[at]
    before = body[: here.start()].rstrip(" ")
    if not here.group()[0].isupper() or not before or before[-1] in ".!?:-*\n":
        return False  # lower case, or capitalized as a sentence or item opens
    run = [here]
    for step in (-1, 1):  # the capitalized words joined to it by single spaces
        n, last = at + step, here
        while 0 <= n < len(tokens) and tokens[n].group()[0].isupper():
            gap = body[min(tokens[n].end(), last.end()) : max(tokens[n].start(), last.start())]
            if gap != " ":
                break
            run.append(tokens[n])
            n, last = n + step, tokens[n]
    # a name holds an acronym ("DIY Drones"), not only capitalized words ("Flight Controller")
    acronyms = [t for t in run[1:] if t.group().isupper() and len(t.group()) >= 2]
    return not here.group().isupper() and bool(acronyms)


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
        return len(key) == 1 and len(titles) == 1 and key[0] not in GENERIC

    def _prominent(
        self, key: tuple[str, ...], found: tuple[int, ...], top: frozenset[str]
    ) -> tuple[int, ...]:
        """The entries that define the phrase (title, aliases, first sentence) or rank high."""
        needle = " " + " ".join(key)
        return tuple(i for i in found if needle in self._leads[i] or self.entries[i].id in top)

    def _in_text(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """The entries whose text says the phrase (kept per index: the texts never change
        once built, and a rebuilt index is a new CoverageIndex)."""
        cache: dict[tuple[str, ...], tuple[int, ...]] = self.__dict__.setdefault("_text_keys", {})
        found = cache.get(key)
        if found is None:
            if len(cache) >= TEXT_KEYS_CACHED:
                cache.clear()
            found = cache[key] = self._said_in_text(key)
        return found

    def _said_in_text(self, key: tuple[str, ...]) -> tuple[int, ...]:
        needle = " " + " ".join(key) + " "
        if len(key) >= 2 and 3 <= len(key[-1]) <= _ABBREVIATION:
            needle = needle[:-1]  # "recurrent neural net" finds "... neural network"
        found = tuple(i for i, text in enumerate(self._texts) if needle in text)
        found = tuple(i for i in found if not _negated(needle, self._texts[i]))
        if not found:
            found = self._in_folded(key)
        if len(key) == 1:
            found = tuple(i for i in found if not _only_in_names(key[0], self.entries[i]))
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
        return tuple(
            i
            for i, text in enumerate(self._folded)
            if needle in text and not _negated(needle, text)
        )

    def _not_counted(self, said: Sequence[str], found: tuple[int, ...]) -> tuple[int, ...]:
        """ "two shot": a number before a singular noun makes a name, so a text that counts
        the plural ("a cut between two shots") does not have it; only the name as said."""
        if not counted_name(said):
            return found
        said_as = [rf"(?:{re.escape(w)}|{_COUNTS.get(w, w)})" for w in said]  # "2-phase"
        edged = starts_word(said[0]) + r"[\s-]+".join(said_as) + ends_word(said[-1])
        written = re.compile(edged, re.IGNORECASE)
        return tuple(i for i in found if written.search(_said_text(self.entries[i])))


def counted_name(said: Sequence[str]) -> bool:
    """Whether a number stands before singular nouns only ("two shot"; not "two shots",
    "two keyed datasets together")."""
    counted = bool(said[:1]) and (said[0] in _COUNTS or said[0].isdigit()) and said[0] != "one"
    plural = any(w.endswith("s") and not w.endswith("ss") for w in said[1:])
    return len(said) >= 2 and counted and not plural


def _said_text(entry: Entry) -> str:
    return "\n".join((entry.title, *entry.aliases, entry.body))
