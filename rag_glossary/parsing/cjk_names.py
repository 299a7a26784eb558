"""Names of bilingual titles: ``Consensus（共识）``, ``nice値(nice value)``, ``심실 중격 결손
(Ventricular septal defect)``, ``CFS(Completely Fair Scheduler / 完全公平スケジューラ)``; and
hard-wrapped Chinese / Japanese lines joined back without a blank."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from rag_glossary.parsing.language_labels import SENTENCE_MARKS as _SENTENCE
from rag_glossary.word_tokens import CJK, HAN_KANA_CHARS

# a name, then others in parentheses (ASCII or full-width, glued or spaced), nothing after
_PAREN = re.compile(r"^(?P<head>[^（）()]*[^\s（）()])\s*[（(](?P<inner>[^（）()]{1,80})[）)]$")
# names listed in the parentheses: a spaced or full-width slash, an ideographic comma
_LISTED = re.compile(r"\s+/\s+|\s*[／、]\s*")
_QUOTES = "「」『』“”\"'`‘’{}[]【】 "
_MAX_NAME_CHARS = 60
_MAX_NAME_WORDS = 8
# the writing systems CJK titles pair: Han, kana and Hangul read as one (a Japanese title
# mixes kanji and katakana), every other script by its Unicode name (LATIN, CYRILLIC, ...)
_EAST_ASIAN = "CJK"

Tied = Callable[[str, str], list[str]]


def script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in (None: no letter)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if CJK.match(ch):
            counts[_EAST_ASIAN] += 1
        elif ch.isalpha():
            counts[unicodedata.name(ch, "OTHER ").split()[0]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _worded(text: str) -> bool:
    """Two letters of one script in a row: a word, not a symbol (``θ``, ``κₜ``, ``λz``)."""
    return any(
        a.isalpha() and b.isalpha() and script(a) == script(b) for a, b in itertools.pairwise(text)
    )


def bilingual_names(title: str, tied: Tied | None = None) -> list[str]:
    """The names of a title that gives its term's name in another script in parentheses:
    the title before them and each name they list (``CFS(Completely Fair Scheduler /
    完全公平スケジューラ)``: ``CFS``, ``Completely Fair Scheduler``, ``完全公平スケジューラ``).
    Names are split at a spaced slash or "、" when each part is a name (``_names``);
    ``tied(head, part)`` gives the names a part in the title's own script has by the
    rules for Latin titles (an acronym it spells). A title whose parentheses hold only its
    own script (``Bank (river)``) gives none here."""
    match = _PAREN.match(" ".join(title.split()))
    if match is None:
        return []
    head, inner = match.group("head").strip(), match.group("inner").strip()
    own = script(head)
    parts = [p.strip(_QUOTES) for p in _LISTED.split(inner)]
    scripts = [script(p) for p in parts]
    if own is None:
        return []
    if all(s in (own, None) for s in scripts):
        # "ABI(Application Binary Interface)": glued or full-width parentheses, read as the
        # spaced ones the Latin rules know
        written = title.strip()
        glued = "（" in written or re.search(r"[^\s（）()][（(]", written) is not None
        return [n for p in parts for n in tied(head, p)] if glued and tied else []
    found = _names(parts, scripts)
    other = [p for p, s, ok in zip(parts, scripts, found, strict=True) if ok and s != own]
    if not (_worded(head) and any(_worded(p) for p in other)):
        return []  # "Ohm (Ω)", "μ (Greenwich hour angle ...)": a symbol is no name in a script
    names = [head]
    for part, ok in zip(parts, found, strict=True):
        if not ok:
            continue
        spelled = tied(head, part) if tied is not None and script(part) == own else []
        names += spelled or [part]
    return list(dict.fromkeys(names))


def _names(parts: Sequence[str], scripts: Sequence[str | None]) -> list[bool]:
    """Which parts are names: a few words with letters, no sentence; a lone lower-case word
    beside a longer part of its script is a piece of a shared phrase (``standard input /
    output / error``, ``parent / child process``), unless it shortens that part
    (``run queue / rq``, ``symbolic link / symlink``)."""
    found = []
    for part, kind in zip(parts, scripts, strict=True):
        words = part.split()
        ok = kind is not None and 1 < len(part) <= _MAX_NAME_CHARS and not _SENTENCE.search(part)
        ok = ok and len(words) <= _MAX_NAME_WORDS
        mates = [p for p, s in zip(parts, scripts, strict=True) if s == kind and p != part]
        if ok and kind != _EAST_ASIAN and len(words) == 1 and part.islower():
            ok = not any(len(m.split()) > 1 for m in mates) or any(
                _shortens(part, m) for m in mates
            )
        found.append(ok)
    return found


def _shortens(short: str, name: str) -> bool:
    """``rq`` / ``run queue`` (its initials), ``symlink`` / ``symbolic link`` (its first
    word's opening letters)."""
    words = name.casefold().split()
    initials = "".join(w[0] for w in words)
    return short == initials or (len(short) >= 3 and words[0].startswith(short[:3]))


# a hard-wrapped Chinese / Japanese line: it ends on Han or kana (or their punctuation) and
# the next opens on them; Hangul is written with blanks between words, so it keeps its break
_WRAP_END = f"[{HAN_KANA_CHARS}、。，」』）〕]"
_WRAP_START = f"[{HAN_KANA_CHARS}「『（〔(]"
_HARD_WRAP = re.compile(rf"(?<={_WRAP_END})[ \t]*\n[ \t]*(?={_WRAP_START})")
# the same wrap mid-sentence before a Latin word or a number ("...本文の標準表記は" + "Linuxの
# 文脈では"): joined by a blank as Markdown renders it, none after 、; a numbered item keeps
# its line
_LATIN_WRAP = re.compile(
    rf"(?<=[{HAN_KANA_CHARS}、，])[ \t]*\n[ \t]*(?=[A-Za-z0-9])(?![0-9]+[.)][ \t])"
)
_MIN_WRAPPED_LINE = 20  # characters: a shorter line is a line of its own (a name, a label)


def join_cjk_wraps(text: str) -> str:
    """``text`` with Chinese / Japanese lines broken mid-sentence by a hard wrap joined
    without a blank ("... fair クラスの" + "スケジューリングアルゴリズム。"), or with one
    before a Latin word ("本文の標準表記は" + "Linuxの文脈では ...")."""
    if "\n" not in text or not CJK.search(text):
        return text
    text = _HARD_WRAP.sub(lambda m: _joined(text, m, ""), text)
    return _LATIN_WRAP.sub(lambda m: _joined(text, m, _blank_after(text[m.start() - 1])), text)


def _blank_after(char: str) -> str:
    return "" if char in "、，・" else " "


def _joined(text: str, match: re.Match[str], by: str) -> str:
    line_start = text.rfind("\n", 0, match.start()) + 1
    return by if match.start() - line_start >= _MIN_WRAPPED_LINE else match.group(0)
