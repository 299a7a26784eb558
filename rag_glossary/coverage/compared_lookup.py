"""A comparison asked in the glossary's own language, too long to read whole: its two
sides, each read as a name (split from language_lookup.py, round 56)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.glossary_language import VERSUS, frame_words, question_forms
from rag_glossary.coverage.head_first import head_lent
from rag_glossary.coverage.language_words import LanguageWords
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.other_language import SAID_NAME
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.forms_data import listed_words


class ComparedSides(LanguageWords):
    """The lookup of a comparison's two sides in the glossary's language."""

    def _said_in_language(
        self, said: Sequence[str], full: Sequence[str] = ()
    ) -> TermCoverage | None:
        raise NotImplementedError  # language_lookup.LanguageLookup's

    def _compared_sides(self, question: str) -> TermCoverage | None:
        """ "diferencia entre coeficiente de ocupacion del suelo y coeficiente de utilizacion
        del suelo": a comparison in the glossary's language too long to read whole; the
        sides joined after its contrast word (before it when none follows: "X ou Y : lequel
        ..."), each read as a short question, decide when both name an entry (the first
        side's; None: not such a comparison)."""
        forms = question_forms().get(self._language or "")
        said = words(question)
        if forms is None or forms.contrast.isdisjoint(said):
            return None
        # "iterator vs iterable arasindaki fark": "vs" joins two names in any language;
        # "чим відрізняється тема від сніпета": so does "from" after the contrast word
        joins = forms.joins | VERSUS | forms.from_joins
        contrast = forms.contrast - VERSUS
        start = next((i for i, w in enumerate(said) if w in contrast), len(said)) + 1
        rest = said[start:]
        join = next((i for i, w in enumerate(rest) if w in joins), None)
        if join is None:  # "aetr ou reglement 561/2006 : lequel s'applique où": sides first
            rest = said[: start - 1]
            join = next((i for i, w in enumerate(rest) if w in joins), None)
        if join is None:
            return None
        frame = frame_words(self._language) | forms.between
        parts = (rest[:join], rest[join + 1 :])
        if forms.head_first and (lent := head_lent(parts[0], parts[1], frame)):
            parts = lent  # "poradie brán podľa X vs podľa Y": the second side's head
        sides = [[w for w in part if w not in frame] for part in parts]
        found = [
            self._side_named(side, part, frame) for side, part in zip(sides, parts, strict=True)
        ]
        first, second = sides
        if len(second) == 1 and len(first) > 1 and not (found[1] and found[1].how == SAID_NAME):
            # "між локальним сховищем і віддаленим": the second side's noun is the first's
            found[1] = self._said_in_language([*second, *first[1:]])
        if all(f is not None and f.found and f.how == SAID_NAME for f in found):
            return found[0]
        return None

    def _side_named(
        self, side: list[str], part: Sequence[str], frame: frozenset[str]
    ) -> TermCoverage | None:
        """A compared side read as a short question; else, when that names nothing, the
        side with the function words inside it kept, its edges' frame words dropped: a
        name holds them ("obnovou k bodu v case": Obnova k bodu v čase)."""
        # a side closing on a setting ("computed signals v angularju") is read with its
        # setting word, which tells the place it is asked in from a kind of the name
        setting = listed_words(self._language or "", "setting")
        full = part if set(setting) & set(part) else ()
        found = self._said_in_language(side, full) if side else None
        if found is not None and found.found and found.how == SAID_NAME:
            return found
        inner = _edges_dropped(list(part), frame)
        if len(inner) == len(side) or not inner:
            return found
        kept = self._said_in_language(inner)
        if kept is not None and kept.found and kept.how == SAID_NAME:
            return kept
        if (key := self._side_key(inner, frame)) is None:
            return found
        kept = self._check_term(KeyTerm(" ".join(key), True))
        return replace(kept, how=SAID_NAME) if kept.how == "title" else found

    def _side_key(self, said: list[str], frame: frozenset[str]) -> tuple[str, ...] | None:
        """The phrase key of the name a compared side says whole, as written or in another
        form; in a head-first language also with a content word after its head that the
        name leaves out, the head's complement ("poradie brán podľa nákladov na jeden beh":
        Poradie podľa nákladov na jeden beh)."""
        forms = question_forms().get(self._language or "")
        runs = [said]
        if forms is not None and forms.head_first and len(said) > 2 and said[1] not in frame:
            runs.append([said[0], *said[2:]])
        for run in runs:
            if (written := phrase_key(run)) in self._names:
                return written
            if (key := self._stem_named(run)) is not None:
                return key
        return None


def _edges_dropped(said: list[str], frame: frozenset[str]) -> list[str]:
    """``said`` without the ``frame`` words it opens or ends with."""
    start = next((i for i, w in enumerate(said) if w not in frame), len(said))
    end = next((i for i in range(len(said), start, -1) if said[i - 1] not in frame), start)
    return said[start:end]
