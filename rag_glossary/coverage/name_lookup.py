"""Key-term lookup by name: near spellings of titles and aliases, acronyms, and
typos corrected word by word against the corpus vocabulary."""

from __future__ import annotations

import bisect
import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from rag_glossary.coverage.inflections import MIN_BASE, ending_dropped, inflected_names
from rag_glossary.coverage.name_spellings import (
    NUMERONYM,
    Known,
    clips_into,
    numbers_differ,
    spelled_numeronym,
)
from rag_glossary.coverage.names import spells
from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.coverage.slips import (
    MIN_SLIP_LEN,
    one_slip,
    replaced_pair,
    suffixed,
    undoubled,
)
from rag_glossary.everyday import everyday_words
from rag_glossary.models import Entry
from rag_glossary.word_marks import lettered

# tests (test_round27_r, test_round32_s, test_round23_post_n) import them from here
_clips_into, _spelled_numeronym = clips_into, spelled_numeronym
_CODE = re.compile(r"(?=.*[a-z])(?=.*\d)[a-z\d]{3,}")  # letters and digits: "g702", "wh347"
MIN_FUZZY_LEN = 6  # shorter words are corrected into other words too often


# the words that ask for a value of a thing ("a good pue number"), not a kind of it, and
# the words that judge that value
_VALUE_WORDS = frozenset(str.split("number value figure"))
_JUDGED = frozenset(str.split("good bad acceptable reasonable"))


class NameLookup:
    """Looks a phrase key up among titles and aliases when it is not one exactly."""

    entries: list[Entry]
    _names: dict[tuple[str, ...], tuple[int, ...]]
    _name_strings: dict[str, tuple[str, ...]]
    _name_list: list[str]
    _names_by_word: dict[str, tuple[tuple[str, ...], ...]]
    _initial_entries: dict[str, tuple[int, ...]]
    _entry_names: list[list[tuple[str, ...]]]
    _initials: list[str]
    _doc_freq: dict[str, int]
    _vocab: list[str]
    _undoubled: dict[str, tuple[str, ...]]
    _joined: dict[str, tuple[str, str]]
    _joined_sorted: list[str]
    _spelled: dict[str, tuple[int, ...]]
    _acronym_titles: dict[str, tuple[int, ...]]
    _camel: dict[str, str]
    _texts: list[str]
    _inflected: dict[str, frozenset[str]]

    def _value_asked(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "whats a good pue number": a value asked of a thing, maybe judged good or bad,
        asks about the thing when it is exactly a title or alias ("rossby number", with no
        Rossby entry, stays a name the glossary lacks)."""
        if len(key) < 2 or key[-1] not in _VALUE_WORDS:
            return ()
        return self._names.get(key[1:-1] if key[0] in _JUDGED else key[:-1], ())

    def _acronym(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """An unknown acronym: spelled by an entry's name ("CLT", "IQR"), or by the
        initials of its opening words ("LOOCV"); letters written apart ("e.p.") are one."""
        if 2 <= len(key) <= 6 and all(len(w) == 1 and w.isalpha() for w in key):
            key = ("".join(key),)  # "e.p." next to a move: En Passant
        if len(key) != 1 or not lettered(key[0]) or not 2 <= len(key[0]) <= 6:
            return ()
        if key[0] in self._doc_freq:
            return ()
        known = Known(self._doc_freq)
        named = tuple(
            i
            for i in self._initial_entries.get(key[0][0], ())  # spells opens on that letter
            if any(len(name) >= 2 and spells(key[0], name, known) for name in self._entry_names[i])
        )
        if len(key[0]) == 2 and len(named) > 1:
            return ()  # "sd": Sampling distribution or Standard deviation
        if named or len(key[0]) < 4:
            return named
        return tuple(i for i, initials in enumerate(self._initials) if key[0] in initials)

    def _numeronym(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "e2e test", "p2p network", "i18n": a word of letter, digit, letter is a name's
        words with those first letters, the digit said as a word ("2": to, "4": for), or
        one word with those first and last letters and the digit's count between."""
        for at, word in enumerate(key):
            if not NUMERONYM.fullmatch(word):
                continue
            first, last, count = word[0], word[-1], int(word[1:-1])
            before, after = key[:at], key[at + 1 :]
            found = [
                i
                for name, where in self._names.items()
                if name[:at] == before
                and name[len(name) - len(after) :] == after
                and spelled_numeronym(name[at : len(name) - len(after)], first, last, count)
                for i in where
            ]
            if found:
                return tuple(sorted(set(found)))
        return ()

    def _owned_name(self, said: list[str]) -> list[str]:
        """The name after an owner ("earth s planetary albedo", "earths planetary albedo"
        when the glossary never writes "earths"): two words or more, all content words
        (in "principles of cd4ml" the plural is no owner); [] when none."""
        first = said[0] if said else ""
        if said[1:2] == ["s"]:
            name = said[2:]
        elif first.endswith("s") and not first.endswith("ss") and first not in self._doc_freq:
            name = said[1:] if first[:-1] in self._doc_freq else []
        else:
            return []
        return name if len(name) >= 2 and len(phrase_key(name)) == len(name) else []

    def _abbreviated(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "architecture decision record", "getelementptr instruction": the initials of the
        words (a word the glossary writes in CamelCase gives its capitals: GetElementPtr)
        are an entry's acronym title (ADR, GEP) whose text has a word of the phrase; a last
        word the entry's text has may follow them ("instruction")."""
        for words in (key, key[:-1]) if len(key) >= 2 else (key,):
            if len(words) == 1 and words[0] not in self._camel:
                continue  # one word spells only by its CamelCase pieces
            letters = "".join(self._camel.get(w, w[:1]) for w in words)
            if len(letters) < _MIN_ACRONYM:
                continue
            found = tuple(
                i
                for i in self._acronym_titles.get(letters, ())
                if any(f" {w} " in self._texts[i] for w in words)
                and (words == key or f" {key[-1]} " in self._texts[i])
            )
            if found:
                return found
        return ()

    def _spelled_out(self, key: tuple[str, ...], top: frozenset[str] | None) -> tuple[int, ...]:
        """An acronym no entry writes, spelled out by capitalized words in the text of a
        top hit: "AMP" by "Automatic Mixed Precision" under Mixed Precision."""
        if len(key) != 1 or not lettered(key[0]) or not 3 <= len(key[0]) <= 6:
            return ()
        if key[0] in self._doc_freq:
            return ()
        spelled = self._spelled.get(key[0], ())
        if top is None:  # before ranking: only an acronym one entry spells out
            return spelled if len(spelled) == 1 else ()
        return tuple(i for i in spelled if self.entries[i].id in top)

    def corrected(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The words with each unknown one respelled as the corpus has it (see _correct)."""
        return self._correct(key)

    def unknown(self, key: tuple[str, ...]) -> bool:
        """Whether a word of these (not a number) is none of the corpus's words."""
        return any(w not in self._doc_freq and not w.isdigit() for w in key)

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
        if len(word) < 6 or not lettered(word):
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
        if not lettered(word) or word in everyday_words():
            return None  # "northern" is no slip for "southern": an English word is meant
        if len(word) < MIN_FUZZY_LEN:
            return self._short_undoubled(word) or self._short_swapped(word)
        limit = 1 if len(word) < 8 else 2
        best = process.extractOne(word, self._vocab, scorer=OSA.distance, score_cutoff=limit)
        if best:
            near = str(best[0])
            if replaced_pair(word, near):
                return None
        elif inflected := self._near_inflected(word):
            return inflected
        else:
            # "trigerr" for "trigger": a doubled letter written on the wrong letter is one
            # slip, though it takes two edits; the word must be the only one so spelled
            alike = self._undoubled.get(undoubled(word), ())
            if len(alike) != 1:
                return None
            near = alike[0]
        return None if suffixed(word, near) else near

    def _short_undoubled(self, word: str) -> str | None:
        """ "pulet" for Pullet: a short word is a slip only of a one-word name whose doubled
        letter it writes once (or twice), the only word of the glossary so spelled."""
        if len(word) < MIN_FUZZY_LEN - 1:
            return None
        alike = self._undoubled.get(undoubled(word), ())
        if len(alike) != 1 or alike[0] == word or (alike[0],) not in self._names:
            return None
        return alike[0]

    def _code_word(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "g702" of AIA G702: a word of letters and digits (a form's or a model's code) in
        the names of one entry only is that entry's name, said without the rest of it."""
        if len(key) != 1 or not _CODE.fullmatch(key[0]):
            return ()
        found = {i for name in self._names_by_word.get(key[0], ()) for i in self._names[name]}
        return tuple(found) if len(found) == 1 else ()

    def _short_swapped(self, word: str) -> str | None:
        """ "thnuk" for Thunk: a short word is a slip of a one-word name it writes with two
        neighbouring letters swapped, when that name is the only one so written."""
        if len(word) < MIN_FUZZY_LEN - 1:
            return None
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        named = [w for w in swaps if w != word and (w,) in self._names]
        return named[0] if len(named) == 1 else None

    def _near_inflected(self, word: str) -> str | None:
        """ "recyling" for "recycling", of Recycle: a slip in an inflected word the corpus
        writes only uninflected, as a whole title or alias, is a slip of that name; the
        ending dropped (its "e" put back), one slip from the name, no shorter, and itself no
        word of the corpus or of everyday English ("soaking" is no slip of Shake)."""
        base = ending_dropped(word)
        if len(base) < MIN_BASE:
            return None
        stems = (base + "e", base)
        if any(s in self._doc_freq or s in everyday_words() for s in stems):
            return None  # an inflection spelled right ("seeding") is no slip
        for stem_ in stems:
            best = process.extractOne(stem_, self._vocab, scorer=OSA.distance, score_cutoff=1)
            near = str(best[0]) if best else ""
            named = (near,) in self._names  # "recycle" of Recycle, not a word of a text
            if named and len(near) >= len(stem_) and not replaced_pair(stem_, near):
                return None if suffixed(stem_, near) else near
        return None

    def _inflected_title(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "recycling" for Recycle, "recycle" for Recycling: a one-word key that is
        another -ing/-ed form of a one-word title or alias, a form the corpus never writes
        (git's "merging", written in Merge's text, is left to the text lookup)."""
        if len(key) != 1 or key[0] in self._doc_freq:
            return ()
        named = inflected_names(key[0], self._inflected)
        return tuple(sorted({i for name in named for i in self._names[(name,)]}))

    def _fuzzy_name(self, key: tuple[str, ...]) -> tuple[int, ...]:
        text = " ".join(key)
        if len(text) < 6:
            return ()
        best = process.extractOne(text, self._name_list, scorer=fuzz.ratio, score_cutoff=90.0)
        if not best or suffixed(text, str(best[0])) or numbers_differ(text, str(best[0])):
            return self._one_word_slip(key) or self._every_word_slip(key)
        return self._names[self._name_strings[best[0]]]

    def _one_word_slip(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "raod diet": a name whose other words all match, one word a single slip
        (a swap of neighbours included) from the title's word: the short word the
        word-by-word correction leaves alone. The slip must be no word of the corpus or of
        everyday English ("road" is meant, not another word the user wrote)."""
        if len(key) < 2:
            return ()
        found: set[int] = set()
        for at, word in enumerate(key):
            if len(word) < MIN_SLIP_LEN or word in self._doc_freq or word in everyday_words():
                continue
            # the name says every other word: look among the names holding one of them
            for name in self._names_by_word.get(key[1 if at == 0 else 0], ()):
                if len(name) != len(key) or name[:at] + name[at + 1 :] != key[:at] + key[at + 1 :]:
                    continue
                near = name[at]
                if OSA.distance(word, near) == 1 and not suffixed(word, near):
                    found.update(self._names[name])
        return tuple(sorted(found)) if len(found) == 1 else ()

    def _every_word_slip(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "bailey's beeds": a name of two words or more each of whose words is the name's
        word or one slip from it, the slipped words no word of the corpus and one at least
        no word of everyday English either: the one name so near is meant."""
        unknown = [w for w in key if w not in self._doc_freq]
        if len(key) < 2 or not unknown or all(w in everyday_words() for w in unknown):
            return ()
        found: set[int] = set()
        for name, where in self._names.items():
            if len(name) == len(key) and all(
                w == n or (w in unknown and one_slip(w, n)) for w, n in zip(key, name, strict=True)
            ):
                found.update(where)
        return tuple(sorted(found)) if len(found) == 1 else ()

    def _clipped(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "mic polar patterns": Microphone Types / Polar Patterns. English clips a long
        word to its first syllable ("mic", "repo", "config"); a name whose other words all
        match, one of them the long word the clipped one starts, may hold one word more
        (as _wider). The clipped word is no everyday word ("data" is not "database")."""
        if len(key) < 2:
            return ()
        found: set[int] = set()
        # one word clipped, so the name says the first or the second word as written
        by_word = self._names_by_word
        candidates = dict.fromkeys((*by_word.get(key[0], ()), *by_word.get(key[1], ())))
        for name in candidates:
            if len(key) <= len(name) <= len(key) + 1 and clips_into(key, name):
                found.update(self._names[name])
        return tuple(sorted(found))


_MIN_ACRONYM = 3  # "sd" is spelled by too many phrases to name one entry
