"""Hebrew BM25 stems, read against the glossary's own words (round 53 HB).

Snowball has no Hebrew. Hebrew glues "and", "the", "in", "to", "from", "that" and "as"
(ו ה ב ל מ ש כ) onto the next word and writes plural and feminine endings: a question's
"והמשאבים" is an entry's "משאב", its "קודמת" the entry's "קודם". Each side of BM25 (the
index build and the question) reads a Hebrew word's stem the same way, against the same
words (every word the glossary's BM25 documents hold; at query time, the index's
vocabulary, which is those words): final letters folded (ם ן ץ ף ך), plural, feminine
and construct endings dropped, and the longest run of joined letters set apart when what
is left is the stem of a word of the glossary. The stems are BM25's marked stem column only
(lexical.STEM_WEIGHT): the words as written score as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HEBREW = re.compile("[\u05d0-\u05ea]+")
_FINAL = str.maketrans("םןץףך", "מנצפכ")
_JOINED = "והבלמשכ"
# plural, feminine and construct endings, after _FINAL: dropped while three letters or
# more are left, so each form of a word meets the others ("שירותים", "שירותי", "שירות":
# "שיר"; "קודמת", "קודם": "קודמ"; "סביבה", "סביבות": "סביב")
_ENDINGS = ("ימ", "ות", "ית", "ה", "ת", "י")
_MIN_REST = 3


def _ending(word: str) -> str:
    while True:
        for end in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= _MIN_REST:
                word = word[: -len(end)]
                break
        else:
            return word


class HebrewStems:
    """The stems of Hebrew words against ``known``: the stems of the glossary's Hebrew
    words (final letters folded, endings dropped)."""

    def __init__(self, words: Iterable[str]) -> None:
        folded = {w.translate(_FINAL) for w in words if _HEBREW.fullmatch(w)}
        self.known = frozenset(_ending(w) for w in folded)

    def stem(self, token: str) -> str | None:
        """A Hebrew token's stem ("והמשאבים": "משאב"); None for a token not all Hebrew."""
        if not _HEBREW.fullmatch(token):
            return None
        word = token.translate(_FINAL)
        for n in (3, 2, 1):
            head, rest = word[:n], word[n:]
            if len(rest) < _MIN_REST or any(c not in _JOINED for c in head):
                continue
            if _ending(rest) in self.known:
                return _ending(rest)
        return _ending(word)
