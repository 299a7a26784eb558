"""Code in answers: shown as a fenced block when the question asks for code, never
flattened into prose; otherwise left out, with a note when the quoted text leads into it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag_glossary.answer.cleaning import formula_line
from rag_glossary.answer.names import clean_title
from rag_glossary.answer.overlap import Idf, coverage, stem
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

MAX_CODE_LINES = 15
# A line only a program has: a keyword opening it, a call, or a statement's end.
_PROGRAM_LINE = lazy_regex(
    r"^\s*(?:import|from\s+\S+\s+import|def|class|let|var|const|func|function|fn|return"
    r"|if|for|while|print|public|private|val|struct)\b|\w\(.*\)|[;{]\s*$"
)
_COMMENT = lazy_regex(r"(?:^|\s)(?://|#|--)\s+(.*)$")
_UNSAID_IN_CODE = 2  # unsaid words of the question a block holds: it is asked
CODE_NOTE = "(code example in the entry)"
_FENCE = lazy_regex(r"^\s*(```|~~~)\s*([\w+-]*)")
_ASKS_CODE = lazy_regex(
    r"(?i)\b(?:code|snippet|syntax|implementation|implement(?:ed|ing)?)\b"
    r"|\b(?:javascript|js|python|sql|bash|shell|pandas|numpy|pytorch)\s+(?:example|snippet|code)\b"
    r"|\bexample\s+(?:in|of|with)\s+(?:javascript|js|python|sql|bash|pandas|numpy)\b"
)


@dataclass(frozen=True)
class CodeBlock:
    """A fenced block of an entry: its language tag, its lines, and the number of the
    line it starts on (to tell which text leads into it)."""

    lang: str
    lines: tuple[str, ...]
    line: int


def asks_code(q: Question, hits: Sequence[Hit] = ()) -> bool:
    """The question asks for code ("javascript example of ...", "... in python"). A word
    of the best hit's title names the term: "what is a transfer syntax" asks no code."""
    titled = {w.casefold() for w in re.findall(r"\w+", hits[0].title)} if hits else set()
    return any(m.group(0).casefold() not in titled for m in _ASKS_CODE.finditer(q.text))


@lru_cache(maxsize=256)
def code_blocks(body: str) -> tuple[CodeBlock, ...]:
    blocks: list[CodeBlock] = []
    lines = body.splitlines()
    start: tuple[str, int] | None = None
    for number, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fence and start is None:
            start = (fence.group(2), number)
        elif fence and start is not None:
            text = [x.rstrip() for x in lines[start[1] + 1 : number]]
            if any(x.strip() for x in text):
                blocks.append(CodeBlock(start[0], tuple(_dedent(text)), start[1]))
            start = None
    return tuple(blocks)


def _dedent(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return [x[indent:] for x in lines]


def code_hit(q: Question, hits: Sequence[Hit], idf: Idf) -> Hit | None:
    """The best-ranked entry with code that is about the question, when code is asked for."""
    if not asks_code(q, hits):
        return None
    for hit in hits:
        blocks = code_blocks(hit.entry.body)
        if not blocks:
            continue
        code = " ".join(line for block in blocks for line in block.lines)
        if coverage(q.words, Unit(code, "sentence", 0, 0), idf, hit.title) >= 0.34:
            return hit
    return None


def named_code_entry(q: Question, hits: Sequence[Hit]) -> Hit | None:
    """The best hit when it is only code and the question names it ("what checkpoint
    url does the magenta MusicRNN example load"): its code is the answer, not the text
    of a lower hit that shares a word with the question."""
    top = hits[0] if hits else None
    if top is None or entry_units(top.entry) or not code_blocks(top.entry.body):
        return None
    asked = {stem(t) for t in tokenize(q.text)}
    names = (top.title, *top.entry.aliases)
    named = any((words := {stem(t) for t in tokenize(n)}) and words <= asked for n in names)
    return top if named else None


def code_statement(q: Question, hit: Hit, idf: Idf, rank: int) -> Statement:
    """The entry's code block that best covers the question, fenced, under a lead-in."""
    blocks = code_blocks(hit.entry.body)
    block = max(blocks, key=lambda b: coverage(q.words, Unit(" ".join(b.lines), "item", 0, 0), idf))
    return _fenced(hit, block, rank)


def _fenced(hit: Hit, block: CodeBlock, rank: int) -> Statement:
    shown = block.lines[:MAX_CODE_LINES]
    name = clean_title(hit.title)
    cut = f" (first {len(shown)} of {len(block.lines)} lines)"
    cut = cut if len(shown) < len(block.lines) else ""
    fenced = "\n".join((f"```{block.lang}", *shown, "```"))
    lead = f"{name}, code from the entry{cut}" if name else f"Code from the entry{cut}"
    return Statement(lead, (hit.id,), order=(rank, 10**6), code=fenced)


def asked_in_code(
    q: Question, hit: Hit, texts: Sequence[str], items: Sequence[str], formula_only: bool = False
) -> Statement | None:
    """The entry's code block that holds what the question asks and the quoted text does
    not say ("center and width ... lungs" in ``// Center: -600 HU, Width: 1500 HU``, the
    study/series/instance tree), shown as code: two of the question's unsaid words in the
    block, or one in a block the quoted text leads into ("Formula for ..." over
    ``Real Value = (Pixel x Slope) + Intercept``), or a block of formula lines when the
    question asks for the formula (``formula_only``: that alone, for another source of
    the term, whose other blocks the quoted text never led into)."""
    said = _stems(" ".join((hit.title, *hit.entry.aliases, *texts, *items)))
    unsaid = {stem(w) for w in q.words} - said
    lines = hit.entry.body.splitlines()
    quoted = [_words_of(t) - _words_of(hit.title) for t in texts]  # "Title: text"
    formula = _ASKS_FORMULA.search(q.text) is not None
    for block in code_blocks(hit.entry.body):
        if formula and _formula_block(block, texts):
            return _fenced(hit, block, 0)  # "... and what does the formula look like"
        if formula_only:
            continue
        found = unsaid & _stems(_said_in(block))
        before = " ".join(lines[max(0, block.line - 3) : block.line])
        led = any(w and w <= _words_of(before) for w in quoted)
        if len(found) >= _UNSAID_IN_CODE or (found and led):
            return _fenced(hit, block, 0)
    return None


# "what does the formula look like", "harris score equation": the question asks for a formula
_ASKS_FORMULA = lazy_regex(r"(?i)\b(?:formula[es]?|equations?|fórmulas?|formule|formel)\b")


def _formula_block(block: CodeBlock, texts: Sequence[str]) -> bool:
    """A block of formula lines only (``Y = a + b.X1 + c.X2``), none of them quoted yet: a
    question asking for the formula is answered by it, whatever words the block says
    (round 60 KF)."""
    lines = [line.strip() for line in block.lines if line.strip()]
    quoted = " ".join(texts)
    return bool(lines) and all(formula_line(line) and line not in quoted for line in lines)


def _said_in(block: CodeBlock) -> str:
    """What a block says in words: a program's comments (``// Center: -600 HU``; its
    names, ``nn.Linear(in_dim, out_dim)``, are no answer to a question in words), else
    all of a block that is no program (a formula, a tree, a sample of output)."""
    if not any(_PROGRAM_LINE.search(line) for line in block.lines):
        return " ".join(block.lines)
    return " ".join(m.group(1) for line in block.lines if (m := _COMMENT.search(line)))


def _stems(text: str) -> set[str]:
    return {stem(t) for t in tokenize(text)}


def leads_into_code(body: str, texts: Sequence[str]) -> bool:
    """A quoted sentence sits right before a code block of the entry (within two lines)."""
    lines = body.splitlines()
    for block in code_blocks(body):
        before = " ".join(lines[max(0, block.line - 3) : block.line])
        if any(_words_of(t) and _words_of(t) <= _words_of(before) for t in texts):
            return True
    return False


def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]{3,}", text.lower()))
