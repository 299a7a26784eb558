"""Hebrew's one-letter words written onto the next word (round 52 FH).

Hebrew writes "and" (ו), "the" (ה), "in" (ב), "to" (ל), "from" (מ), "that" (ש) and "as"
(כ) as letters joined to the word after them, one or several ("וב", "שב", "כש"), and
Israelis join them to English names too: "hooks בazd" asks of hooks in azd, "מה ההבדל
בין URI לURL" of URI and URL. "בazd" and "לURL" are no words of the glossary, so the key
term kept them and the question was refused. In a Hebrew glossary a question's run of
such letters joined to Latin letters is set apart from them ("ב azd"), and a Hebrew word
that is such letters and a word the glossary writes, when the glossary never writes the
joined word itself, is read as the letters and that word ("בסוף": "ב סוף"). The letters
alone are function words of the language (question_forms.json ``he``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rag_glossary.models import Entry

_JOINED = "והבלמשכ"
# one to three joined letters right before a Latin letter, no other Hebrew letter before
_BEFORE_LATIN = re.compile(f"(?<![\u05d0-\u05ea])([{_JOINED}]{{1,3}})(?=[A-Za-z0-9])")
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")
# the word left after the letters is this long or longer ("בסוף": "סוף")
_MIN_REST = 3


@dataclass(frozen=True)
class HebrewPrefixes:
    """``said``: every Hebrew word the glossary writes (titles, aliases, bodies). Empty
    and ``on`` False for a glossary in another language."""

    said: frozenset[str]
    on: bool = False

    @classmethod
    def of(cls, entries: Iterable[Entry], language: str | None) -> HebrewPrefixes:
        if language != "he":
            return cls(frozenset())
        said = {
            w
            for e in entries
            for t in (e.title, *e.aliases, e.body)
            for w in _HEBREW_WORD.findall(t)
        }
        return cls(frozenset(said), True)

    def read(self, question: str) -> str:
        """``question`` with each run of joined letters set apart from the word after it."""
        if not self.on:
            return question
        question = _BEFORE_LATIN.sub(r"\1 ", question)
        return _HEBREW_WORD.sub(lambda m: self._word(m.group(0)), question)

    def _word(self, word: str) -> str:
        if word in self.said:
            return word
        for n in (1, 2):
            head, rest = word[:n], word[n:]
            if len(rest) < _MIN_REST or any(c not in _JOINED for c in head):
                break
            if rest in self.said:
                return f"{head} {rest}"
        return word


# a word's last letter written in its final form (ם ן ץ ף ך) is the letter's
_FINAL = str.maketrans("םןץףך", "מנצפכ")
_PLURALS = ("ימ", "ות")  # masculine and feminine plural endings, after _FINAL


def said_words(texts: Iterable[str]) -> frozenset[str]:
    """The Hebrew words of ``texts``, final letters folded (the ``said`` of ``stem``)."""
    return frozenset(w.translate(_FINAL) for t in texts for w in _HEBREW_WORD.findall(t))


def stem(word: str, said: frozenset[str]) -> str:
    """A Hebrew word's stem for word overlap (round 52 WH; Snowball has no Hebrew): final
    letters folded, one or two joined letters set apart when the rest is a word of
    ``said`` ("המשאבים": "משאבים"), then a plural ending dropped when three letters or
    more are left ("משאבים", "משאב": "משאב")."""
    word = word.translate(_FINAL)
    for n in (1, 2):
        head, rest = word[:n], word[n:]
        if len(rest) < _MIN_REST or any(c not in _JOINED for c in head):
            break
        if rest in said:
            word = rest
            break
    for end in _PLURALS:
        if word.endswith(end) and len(word) - len(end) >= _MIN_REST:
            return word[: -len(end)]
    return word
