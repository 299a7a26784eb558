"""What a key-term lookup tells: whether the glossary has the term, and where."""

from __future__ import annotations

from dataclasses import dataclass

from rag_glossary.coverage.other_language import SAID_NAME

_NAMES = frozenset(("title", "fuzzy-title", "title-words", "acronym", "symbol", SAID_NAME))


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
    # the whole phrase the missing term is part of: "random walk with restart", not "restart"
    whole: str = ""
    # the question asks what something is called and names its best entry on the way
    # ("in a markov chain whats the name for a state ..."): the name asked for is another
    other_name: bool = False
    # a described kind the glossary has a family of ("the distribution you use when ..."),
    # whose best entry is of another kind: refused as a missing name, never re-read as a
    # description (judgement_terms.everyday_description)
    wrong_kind: bool = False
    # found only as an everyday word of some entry's text, in a description ("the document
    # the carrier gives you ..."): still found, but refused when the best entry is hardly
    # related to the question (judgement.py; round 57 NG)
    in_passing: bool = False

    @property
    def named_entries(self) -> tuple[str, ...]:
        """The entries the term is a title, alias or acronym of (not a word of their text)."""
        return self.entry_ids if self.found and not self.generic and self.how in _NAMES else ()

    @property
    def described(self) -> bool:
        """Judged by the standout's lenient bar: a term to look for, but none decides."""
        named = self.found is False and self.term_style
        return self.key_term is not None and not (self.found and not self.generic) and not named

    @property
    def named_missing(self) -> str | None:
        """The term to name in "X is not in the glossary", if the question names one."""
        named = self.found is False and self.term_style and self.clean
        return (self.whole or self.key_term) if named else None
