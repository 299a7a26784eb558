"""An entry's opening sentence that the cleaning rules (``cleaning``) reject, kept when it
is the entry's definition: "False Positives.", "Another term for recall, i.e." (its
formula is gone), "What is the average difference between ...?" (no later sentence
defines the term)."""

from __future__ import annotations

import re

from rag_glossary.answer.blocks import lettered_words
from rag_glossary.answer.cleaning import CUT, DANGLING, SEE_POINTER, _prose
from rag_glossary.answer.inline import clean_inline
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.pointer_words import opens_with_pointer

OPENING_WORDS = 2  # an entry's opening statement ("False Positives.") says at least this much
# a definition phrased as a question: "What is the average difference between ...?"
_WHAT_IS = lazy_regex(r"(?i)^what\s+(?:is|are)\s+((?:the|a|an)\s+.+?)\s*\?$")
_HOW = lazy_regex(r"(?i)^how\s+\w+.*\?$")
# a later sentence that defines ("X is a ...", "refers to"): the opening question is rhetorical
_DEFINES = lazy_regex(
    r"(?i)\b(?:(?:is|are)\s+(?:a|an|the|one|used|defined|called|known)|refers?\s+to|means"
    r"|denotes)\b"
)
_TRAILING_OFF = lazy_regex(r"\s*(?:…|\.\.\.)$")
_PREPOSITION = lazy_regex(r"(?i)for|by|like|as")  # "of", "to", "with" end fragments
_STRANDED_WORDS = 6
_GLOSS_WORD = lazy_regex(r"[^\W\d_][\w'-]*[^\W\d_]\.")
_CONNECTIVE_TAIL = lazy_regex(r"(?i),?\s+(?:i\.e|e\.g|namely|that is)\.?$")


def opening_unit(sentence: str, after: list[tuple[str, str]], more: bool = False) -> str | None:
    """An entry's opening sentence that the cleaning rules reject, when it is the entry's
    definition: a short statement ("False Positives."), a one-word gloss that more text
    follows (``more``: "verjuice. The juice of unripe grapes ..."), a statement whose
    formula is gone ("Another term for recall, i.e."), or a definition phrased as a
    question ("What is the average difference between ...?") when no later sentence
    defines the term."""
    text = clean_inline(sentence)
    if (more or _says_more(after)) and (SEE_POINTER.match(text) or opens_with_pointer(text)):
        # "See unassigned variable. "Unbound" is an archaic term ...", "Vedi "Logistica
        # 3PL"." over a definition: the pointer is no statement when the entry says more
        return None
    if (more or _says_more(after)) and _GLOSS_WORD.fullmatch(text):
        # an old word's everyday name, or a spelled-out one; a dictionary's one-word gloss
        # over its examples and notes ("Lepoa." over "- *... zaputzetik ...*": Zaputz)
        return f"{text[0].upper()}{text[1:]}"
    if sentence.lstrip().startswith("~"):  # "~ precision is not the same for all ...": a gloss
        text = _TRAILING_OFF.sub(".", text)  # trailing off, not cut from a longer text
    if not text or "\\" in text or CUT.search(text) or not _prose(text):
        return None
    if (formula := _formula_after(after)) is not None and (
        DANGLING.search(text.rstrip(".")) or _CONNECTIVE_TAIL.search(text)
    ):
        return f"{text[0].upper()}{text[1:]} {formula}."  # "Defined as FPR = 1 - ..."
    if (
        text.endswith(".")
        and not text.endswith("..")
        and len(lettered_words(text)) >= OPENING_WORDS
    ):
        trimmed = _CONNECTIVE_TAIL.sub("", text).rstrip(".,;: ")
        # "... tasks it wasn't specifically trained for.": a whole sentence may end on
        # a preposition
        stranded = trimmed == text[:-1] and len(lettered_words(text)) >= _STRANDED_WORDS
        ends = DANGLING.search(trimmed)
        if (not ends or (stranded and _PREPOSITION.fullmatch(ends.group(0)))) and len(
            lettered_words(trimmed)
        ) >= OPENING_WORDS:
            return f"{trimmed[0].upper()}{trimmed[1:]}."
        return None
    if not text.endswith("?") or SEE_POINTER.match(text):
        return None
    later = " ".join(t for kind, t in after if kind in ("para", "item"))
    if _DEFINES.search(later):
        return None
    if asked := _WHAT_IS.match(text):
        phrase = asked.group(1)
        return f"{phrase[0].upper()}{phrase[1:]}."
    return f"{text[:-1].rstrip()}." if _HOW.match(text) and len(lettered_words(text)) >= 5 else None


def _says_more(after: list[tuple[str, str]]) -> bool:
    return any(kind in ("para", "item") and text.strip() for kind, text in after)


_FORMULA = lazy_regex(r"^[A-Za-z][\w ]{0,20}=\s")
_FRAC = lazy_regex(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")


def _formula_after(after: list[tuple[str, str]]) -> str | None:
    """The display formula that follows the opening ("FPR = 1 - Specificity = \\frac{FP}{FP
    + TN}"), as plain text, when it reads as one ("... = FP / (FP + TN)")."""
    if not after or after[0][0] != "code" or not _FORMULA.match(after[0][1]):
        return None
    plain = _FRAC.sub(lambda m: f"{_group(m[1])} / {_group(m[2])}", after[0][1])
    return None if "\\" in plain or "{" in plain else " ".join(plain.split())


def _group(text: str) -> str:
    return f"({text.strip()})" if re.search(r"[-+*/]", text) else text.strip()
