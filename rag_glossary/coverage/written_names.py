"""How a question writes a key term, for the refusal that names it: as one name
(``written_as_named``), in the question's own writing (``named_as_written``: its brackets,
slashes, joining marks and letter case, ``as_cased``)."""

from __future__ import annotations

import functools
import re

from rag_glossary.coverage.glossary_language import function_words, question_forms
from rag_glossary.coverage.phrases import words
from rag_glossary.marks import plain
from rag_glossary.word_marks import WORD, WORD_CHAR

# a name written apart at most once, by at most this many words ("casa de interés social")
_NAME_GAP_WORDS = 2


def written_as_named(question: str, term: str) -> bool:
    """Whether ``term`` is written in the question as one name: its words in order, apart
    at most once by at most _NAME_GAP_WORDS words, and not cut inside a hyphenated word. A
    term gathered from across a description ("casa pasa peso tierra" from "la parte de la
    casa que pasa todo el peso hacia la tierra") or cut from a compound ("levures non" of
    "non-saccharomyces") names nothing the user asked, so no refusal says it is missing."""
    said = [plain(w) for w in re.findall(rf"{WORD}(?:-(?=[^\W_]))?", question.lower())]
    key = [plain(w) for w in words(term)]
    if not key:
        return False
    for start, word in enumerate(said):
        if word.rstrip("-") != key[0] or (start and said[start - 1].endswith("-")):
            continue
        at, gaps, ok = start, 0, True
        for want in key[1:]:
            if said[at].endswith("-") and [w.rstrip("-") for w in said[at + 1 : at + 2]] != [want]:
                ok = False  # the compound goes on past the term's word
                break
            nxt = next((i for i in range(at + 1, len(said)) if said[i].rstrip("-") == want), None)
            if nxt is None or (nxt > at + 1 and (gaps or nxt - at - 1 > _NAME_GAP_WORDS)):
                ok = False
                break
            gaps += nxt > at + 1
            at = nxt
        if ok and not said[at].endswith("-"):
            return True
    return False


# what may stand between two words of one name: spaces, or one joining mark ("tcp/ip",
# "k-means", "node.js"); a bracket or a spaced slash writes another name for it or an
# alternative ("momentum contrast (moco)", "trie / prefix tree")
_JOINED = re.compile(r"\s+|[^\w\s]")
_RENAMED = re.compile(r"[\s()\[\]]+|\s*/\s*")
_CLOSING = re.compile(r"[)\]]*")


def named_as_written(question: str, term: str, language: str | None = None) -> str | None:
    """How the refusal names ``term``: as it is, when the question writes its words apart
    by spaces or one joining mark; as the question writes it when a bracket or a spaced
    slash parts them ("learning with errors (LWE) problem", not "learning with errors lwe
    problem"); None when other marks do ("exmaple with ../../etc/passwd", "whats a tms,
    transportation management system"): the phrase runs across what the user listed or
    quoted, and names nothing."""
    key = words(term)
    if len(key) < 2:
        return as_cased(question, term)
    if typed := _typed_span(question, key, _joining_words(language)):
        return typed
    joined = r"([^\w]+)".join(map(re.escape, key))
    lowered = question.lower()
    found = re.search(rf"(?<!{WORD_CHAR}){joined}(?!{WORD_CHAR})", lowered)
    if found is None or all(_JOINED.fullmatch(sep) for sep in found.groups()):
        return as_cased(question, term)
    if not all(_RENAMED.fullmatch(sep) for sep in found.groups()):
        return None
    said = question if len(lowered) == len(question) else lowered
    span = said[found.start() : found.end()]
    if span.count("(") + span.count("[") > span.count(")") + span.count("]"):
        span += _CLOSING.match(said, found.end()).group()  # type: ignore[union-attr]
    return span


def _typed_span(question: str, key: list[str], joining: frozenset[str]) -> str | None:
    """The question's own writing of the words ``key`` when it joins them by spaces or one
    mark each: "t-SNE", "multi-armed bandit", "triangulo escaleno" as typed; one word of
    ``joining`` may stand between two of them, as the key term dropped it ("casa de interes
    social") (None: not so written)."""
    said = list(_WORD.finditer(question))
    typed = [plain(w.group().lower()) for w in said]
    want = [plain(w) for w in key]
    for at in range(len(said)):
        end = _run_end(typed, at, want, joining)
        if end is None:
            continue
        gaps = (question[said[i].end() : said[i + 1].start()] for i in range(at, end))
        if all(_JOINED.fullmatch(gap) for gap in gaps):
            start = said[at].start()
            start -= _dot_leads(question, start)
            span = question[start : said[end].end()] + _symbols_after(question, said[end].end())
            if span.count("(") + span.count("[") > span.count(")") + span.count("]"):
                span += _CLOSING.match(question, said[end].end()).group()  # type: ignore[union-attr]
            return span
    return None


def _run_end(typed: list[str], at: int, want: list[str], joining: frozenset[str]) -> int | None:
    """Where the words ``want`` written from ``at`` end, one word of ``joining`` at most
    between two of them (None: they are not written there)."""
    skipped = False
    for n, word in enumerate(want):
        if n and at < len(typed) and typed[at] != word and not skipped and typed[at] in joining:
            at, skipped = at + 1, True
        if at >= len(typed) or typed[at] != word:
            return None
        at += 1
    return at - 1


@functools.cache
def _joining_words(language: str | None) -> frozenset[str]:
    """The function words of a glossary's language that may join a name's words ("de",
    "das", "med"), its question forms not: no English (whose key terms keep theirs)."""
    if language is None:
        return frozenset()
    forms = question_forms().get(language)
    frame = forms.frame if forms else frozenset()
    return frozenset(plain(w) for w in function_words(language) - frame)


def _dot_leads(question: str, start: int) -> bool:
    """ ".NET MAUI": a dot opening the question or after a space, bracket or quote leads a name."""
    before = question[:start]
    return before.endswith(".") and (len(before) == 1 or before[-2] in " \t([\"'“‘")


def as_cased(question: str, term: str) -> str:
    """``term`` with each word as the question writes it ("NCIP", not "ncip"), and the
    leading dot of a name the question writes with one (".NET MAUI", not "net maui")."""

    def own(word: re.Match[str]) -> str:
        dot = r"(?:(?<![^\s(\[\"'“‘])\.)?" if word.start() == 0 else ""
        said = rf"{dot}(?<!{WORD_CHAR}){re.escape(word.group())}(?!{WORD_CHAR})"
        found = re.search(said, question, re.IGNORECASE)
        if found is None:  # "døgn" typed "dogn": as the user wrote it
            bare = plain(word.group().lower())
            found = next(
                (w for w in _WORD.finditer(question) if plain(w.group().lower()) == bare), None
            )
        return found.group() + _symbols_after(question, found.end()) if found else word.group()

    return _WORD.sub(own, term)


def _symbols_after(question: str, end: int) -> str:
    """ "c#", "c++", "f#": the signs the question glues to a name's last word are the name's."""
    return glued.group() if (glued := re.match(r"[#+]+(?![^\W_])", question[end:])) else ""


_WORD = re.compile(WORD)
