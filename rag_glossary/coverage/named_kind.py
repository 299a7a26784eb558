"""A name written as its entry writes it, then the kind of thing it is (round 60 AC).

"what is the POODLE attack", "who invented the IDEA cipher", "ECDHE key exchange": the
question names an entry (POODLE, IDEA, ECDHE) the way the entry writes it, an acronym in
capitals or a title with its own capitals, and says beside it what kind of thing it is.
The glossary has no phrase "POODLE attack", and POODLE's text ("Padding Oracle On
Downgraded Legacy Encryption") never says "attack", so the lookup read the pair as a
term of its own and the sibling rules refused it as a neighbour of POODLE.

The pair names the entry when the kind word is lower case (a common noun, not a word of a
longer name: "SQL Injection"), at most two words, no entry's name of its own (then that
entry may be what is asked: "TLS handshake"), and one of

- the entry's own text says it ("the IDEA algorithm": International Data Encryption
  Algorithm);
- it is a kind word of the key-term grammar (wordclasses.GENERIC: "model", "algorithm"),
  not one that makes a new thing of a name (OBJECT_KINDS: "cuda graph");
- it is a kind the glossary sorts its entries by: it ends the names, or heads the opening
  phrase of the text, of ``KIND_ENTRIES`` other entries ("attack on BLAKE", "symmetric
  block cipher", Internet Key Exchange).

The capitals written as the entry writes them are what tell the name from a word of a
compound naming another concept ("hash table", "null pointer", "seed phrase": lower case
beside the titles NULL and SEED), so a name with no capital, or one capital opening the
question, or a question in capitals throughout, is no such name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property

from rag_glossary.coverage.phrases import phrase_key, strong_stem, words
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.wordclasses import GENERIC, OBJECT_KINDS
from rag_glossary.models import Entry

KIND_ENTRIES = 2  # other entries whose names end with, or opening phrase heads on, the kind
_KIND_WORDS = 2
# where the opening phrase of a text ends: punctuation, a preposition, a relative word
_PHRASE_END = re.compile(r"[,;:(\[.]")
_AFTER_HEAD = frozenset(
    str.split("of in on for with from to by at about against under over that which who where")
)


def _kind_key(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(strong_stem(w) for w in phrase_key(tokens))


def opening_head(body: str) -> list[str]:
    """The words of a text's opening phrase up to its head ("attack on BLAKE": attack;
    "symmetric block cipher": symmetric block cipher)."""
    first = _PHRASE_END.split(body.strip(), maxsplit=1)[0]
    said: list[str] = []
    for w in words(first):
        if w in _AFTER_HEAD:
            break
        said.append(w)
    return said


def kind_heads(
    entries: Sequence[Entry], entry_names: Sequence[Sequence[tuple[str, ...]]]
) -> dict[tuple[str, ...], frozenset[int]]:
    """Each one- or two-word ending of an entry's names or of its text's opening phrase,
    keyed as ``_kind_key`` keys it, with the entries it ends."""
    heads: dict[tuple[str, ...], set[int]] = {}
    for i, entry in enumerate(entries):
        endings = [tuple(strong_stem(w) for w in name) for name in entry_names[i]]
        endings.append(_kind_key(opening_head(entry.body)))
        for key in endings:
            for n in range(1, _KIND_WORDS + 1):
                if len(key) > n:  # a kind heads a longer phrase, not a bare title
                    heads.setdefault(key[-n:], set()).add(i)
    return {k: frozenset(v) for k, v in heads.items()}


def _capital_name(question: str, at: int, name: str) -> bool:
    """Whether the name as written holds capitals that are its own: not one opening the
    question, not a question in capitals throughout."""
    upper = [j for j, c in enumerate(name) if c.isupper()]
    if not upper or not any(c.islower() for c in question):
        return False
    opens = not question[:at].strip(" \"'¿¡")
    return not (opens and upper == [0])


def written_kind(question: str, key_term: str, name: str) -> list[str] | None:
    """The lower-case kind words the question writes right after (or before) ``name``,
    written with its own capitals, when the key term is the name and those words."""
    term, name_words = key_term.split(), words(name)
    if not name_words or len(term) <= len(name_words):
        return None
    if [w.lower() for w in term[: len(name_words)]] == name_words:
        kind, after = term[len(name_words) :], True
    elif [w.lower() for w in term[-len(name_words) :]] == name_words:
        kind, after = term[: -len(name_words)], False
    else:
        return None
    if len(kind) > _KIND_WORDS or not all(w.isalpha() for w in kind):
        return None
    said = r"\s+".join(re.escape(w) for w in kind)
    written = re.escape(name)
    pattern = rf"(?<![\w-]){written}\s+{said}\b" if after else rf"\b{said}\s+{written}(?![\w-])"
    for match in re.finditer(pattern, question):
        at = match.start() if after else match.end() - len(name)
        if _capital_name(question, at, name):
            return kind
    return None


class NamedKind:
    """The lookup's rule for a name and its kind word (mixed into ``CoverageIndex``)."""

    entries: list[Entry]
    _entry_names: list[list[tuple[str, ...]]]
    _names: dict[tuple[str, ...], tuple[int, ...]]

    def _named_with_kind(
        self,
        question: str,
        missing: TermCoverage,
        named: Sequence[int],
        has_word: Callable[[int, str], bool],
    ) -> TermCoverage:
        """The missing key term is a named entry's name, written as the entry writes it,
        and a kind word that entry is said to be or the glossary sorts entries by (``has_word``:
        whether an entry's text has a word in some form)."""
        if missing.found is not False or not missing.term_style or not missing.key_term:
            return missing
        for i in named:
            entry = self.entries[i]
            for name in (entry.title, *entry.aliases):
                kind = written_kind(question, missing.key_term, name)
                if kind and self._kind_of(i, kind, has_word):
                    ids = (entry.id,)
                    return TermCoverage(missing.key_term, True, "title-words", ids, True)
        return missing

    def _kind_of(self, i: int, kind: list[str], has_word: Callable[[int, str], bool]) -> bool:
        """Whether ``kind`` is what entry ``i`` is: its text says the words, or it is a
        generic kind word, or ``KIND_ENTRIES`` other entries are named or open so."""
        key = phrase_key(kind)
        if not key or key in self._names:
            return False  # "TLS handshake": Handshake may be what is asked
        if all(has_word(i, w) for w in key):
            return True
        if len(key) == 1 and key[0] in GENERIC and key[0] not in OBJECT_KINDS:
            return True
        return len(self._kind_heads.get(_kind_key(kind), frozenset()) - {i}) >= KIND_ENTRIES

    @cached_property
    def _kind_heads(self) -> dict[tuple[str, ...], frozenset[int]]:
        return kind_heads(self.entries, self._entry_names)
