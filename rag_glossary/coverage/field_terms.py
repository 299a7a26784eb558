"""Key-term rules for words around a name that are no part of it: a word naming the
glossary's field ("edge cases ux", "double dissociation neuroscience", "object pooling
game dev"), a noun the named entry calls itself ("mellor yamada closure"), and the noun
a wh-word asks about a named entry ("which company makes jira")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.names import names_field
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.text_lookup import _first_sentence
from rag_glossary.coverage.wordclasses import (
    AUXILIARY,
    BE,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
)
from rag_glossary.models import Entry

_ASKING_WH = ("which", "what")
# the parts of a device a user works it by, said after the name of what they work
_HANDLES = frozenset(str.split("knob knobs button buttons dial dials lever levers slider"))
# a word that cannot be the verb of "which company [makes] jira"
_NOT_VERBS = FUNCTION_WORDS | BE | AUXILIARY | MODALS | PREPOSITIONS


class FieldTermRules:
    """Mixed into CoverageIndex: what the term is without the words around its name."""

    entries: list[Entry]
    _field: frozenset[str]
    _names: dict[tuple[str, ...], tuple[int, ...]]
    _field_named: frozenset[str]
    _entry_names: list[list[tuple[str, ...]]]
    _position: dict[str, int]

    def _check_term(self, term: KeyTerm, top: frozenset[str] | None = None) -> TermCoverage:
        raise NotImplementedError  # CoverageIndex's

    def _owned_name(self, said: list[str]) -> list[str]:
        raise NotImplementedError  # NameLookup's

    def _correct(self, key: tuple[str, ...]) -> tuple[str, ...]:
        raise NotImplementedError  # NameLookup's

    def _kind_said(
        self, term: KeyTerm, key: tuple[str, ...], top: frozenset[str] | None
    ) -> TermCoverage | None:
        """ "mellor yamda closure": a title (or a slip of one), then a noun the entry's own
        text calls it ("a family of turbulence closure models"), the handle it is worked by
        ("clarifier knob") or a heading with no text of its own ("grey line propagation"):
        the noun says what kind of thing the title is, as "X model" says of any model, so
        the title is the term. Only a title said as a name; a word some text mentions is no
        name the noun could follow."""
        said = term.text.split()
        # "scrum of scrums": a name joined by a function word is one name
        if len(key) < 2 or len(phrase_key(said)) != len(said):
            return None
        shorter = self._check_term(replace(term, text=" ".join(said[:-1])), top)
        named = shorter.how in ("title", "fuzzy-title", "acronym")
        firsts = [_first_sentence(self.entries[self._position[i]].body) for i in shorter.entry_ids]
        says = all(key[-1] in phrase_key(words(first)) for first in firsts)
        # "clarifier knob": the handle a user turns or presses to use the named thing
        says = says or key[-1] in _HANDLES or self._heading_only(key[-1:])
        # "metric learning": a doing named after the title is no kind of it
        if shorter.found and named and says and not key[-1].endswith("ing"):
            return replace(shorter, key_term=term.text)
        return None

    def _heading_only(self, key: tuple[str, ...]) -> bool:
        """ "grey line propagation": a title whose entry has no text (Propagation, a heading
        the glossary files other entries under) said after a name says which of them the
        named entry is; the glossary defines nothing else it could ask."""
        found = self._names.get(key, ())
        return bool(found) and all(not self.entries[i].body.strip() for i in found)

    def _field_dropped(
        self, term: KeyTerm, key: tuple[str, ...], top: frozenset[str] | None
    ) -> TermCoverage | None:
        """ "edge cases ux", "ml dropout": a word naming the glossary's field said before or
        after a name; the name without it is the term (only as an entry's name: a word of
        some text is no title the user said, unless the field word follows a phrase of two
        words or more the text has: "double dissociation neuroscience" in a glossary of
        letter sections). So is an owner before a name of two words or more ("earth's planetary
        albedo", "earths ..." when the glossary writes no "earths")."""
        said = term.text.split()
        if len(key) < 2 or len(said) < 2:
            return None
        field, named = self._field, self._field_named
        ends = [(said[:-n], said[-n:], True) for n in (1, 2)]
        ends += [(said[n:], said[:n], False) for n in (1, 2)]
        edges = [(k, end) for k, e, end in ends if k and names_field(e, field, named, at_end=end)]
        edges.append((self._owned_name(said), False))
        for kept, at_end in ((kept, at_end) for kept, at_end in edges if kept):
            shorter = self._check_term(replace(term, text=" ".join(kept)), top)
            phrase = shorter.how != "text" or (at_end and len(phrase_key(kept)) >= 2)
            # "psr audio meaning": a word the text gives as a name in parentheses ("Peak to
            # Short Term Loudness (PSR)") is a name the user said
            phrase = phrase or (shorter.how == "text" and self._bracketed(kept, shorter))
            if shorter.found and phrase and not shorter.generic:
                return replace(shorter, key_term=term.text)
        return None

    def _qualifier_dropped(
        self, term: KeyTerm, key: tuple[str, ...], top: frozenset[str] | None
    ) -> TermCoverage | None:
        """ "what file format are [ros] robot model descriptions written in": the subject an
        attribute is asked of, a setting word before a phrase of two words or more that a
        top hit says (URDF: "robot model descriptions"); that phrase is what is asked of.
        Only the subject of an asked attribute (keyterms.attribute_of), only with hits."""
        said = term.text.split()
        if not term.subject or top is None or len(key) < 3 or len(said) != len(key):
            return None
        for drop in range(1, len(said) - 1):
            shorter = self._check_term(replace(term, text=" ".join(said[drop:])), top)
            if shorter.found and not shorter.generic and set(shorter.entry_ids) & top:
                return replace(shorter, key_term=term.text)
        return None

    def _bracketed(self, said: Sequence[str], found: TermCoverage) -> bool:
        """Whether each entry found writes these words alone in parentheses: "(PSR)"."""
        written = f"({' '.join(said)})"
        bodies = (self.entries[self._position[i]].body.lower() for i in found.entry_ids)
        return len(said) == 1 and all(written in body for body in bodies)

    def _asked_of_named(
        self, question: str, missing: TermCoverage, named: Sequence[int]
    ) -> TermCoverage:
        """ "which company makes jira": a wh-word, the noun it asks for, a verb, then an
        entry's name word for word as its object. The noun is what is asked about the
        named entry (who makes it, what owns it: what its definition tells if anything
        does), no missing name; the entry answers or not, as for any question about it."""
        said = words(question)
        asked = (missing.key_term or "").split()
        if missing.found is not False or not asked or said[:1] not in ([w] for w in _ASKING_WH):
            return missing
        for nouns in (1, 2):  # the noun asked for, perhaps with a word of its own
            verb = said[1 + nouns : 2 + nouns]
            if said[1 : 1 + nouns] != asked[:nouns] or not verb or verb[0] in _NOT_VERBS:
                continue
            # the name is the verb's object ("makes jira", "owns the product backlog");
            # "which famous painting goes with X" asks of X what its text must say
            obj = said[2 + nouns :]
            obj = obj[1:] if obj[:1] in (["a"], ["an"], ["the"]) else obj
            if not obj or obj[0] in _NOT_VERBS:
                continue
            rest = self._correct(phrase_key(obj))
            for i in named:
                if any(rest[: len(name)] == name for name in self._entry_names[i]):
                    ids = (self.entries[i].id,)
                    return TermCoverage(missing.key_term, True, "named-entry", ids, True)
        return missing
