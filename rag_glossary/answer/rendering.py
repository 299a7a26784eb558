"""Statements as answer text: sentences of one run on one line, a list as "- item"
lines, a code block fenced, and each run's citation markers after its punctuation."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from stop_words import LANGUAGE_MAPPING

from rag_glossary.answer.brackets import mend_brackets
from rag_glossary.answer.citations import Registry
from rag_glossary.answer.cleaning import ends_code, formula_line
from rag_glossary.answer.code import CODE_NOTE
from rag_glossary.answer.pieces import Statement
from rag_glossary.coverage.glossary_language import function_words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.word_tokens import HAN_KANA

# "acids (glass- formers)": a PDF's line-end hyphen whose line break became a space. Not a
# suspended hyphen ("pre- and post-processing", "first- or second-order", "mid- to late-"),
# nor a dash written without its space ("the saccular extension- is useful"). Mended as
# the text is shown, so the unit a sentence is stored and embedded as stays the source's.
_BROKEN_HYPHEN = lazy_regex(
    r"(?<=[a-z]{2})- (?=([a-z]{2,})\b)(?!(?:and|or|nor|to|through|vs|versus|is|are|was|were"
    r"|the|a|an|as|but|not|then|which|that|who|it|this|in|on|of|at|by|for|with|from"
    r"|und|oder|bis|et|ou)\b)"
)


def mend_hyphens(text: str) -> str:
    """``text`` with a broken line-end hyphen joined: "glass- formers" is "glass-formers";
    not before another language's function word, a suspended hyphen ("vind- og sol")."""
    return _BROKEN_HYPHEN.sub(_mended, text)


def _mended(found: re.Match[str]) -> str:
    return found.group() if found.group(1) in _foreign_function_words() else "-"


@functools.cache
def _foreign_function_words() -> frozenset[str]:
    """The function words of the stop-words package's languages that are none of English's
    ("og", "eller", "en"; not "opening"): no English word broken at a line's end goes on as one."""
    english = function_words("en")
    return (
        frozenset(w for code in LANGUAGE_MAPPING if code != "en" for w in function_words(code))
        - english
    )


def render(statements: Sequence[Statement], registry: Registry) -> str:
    """Statements as text: sentences of one entry on one line, a list as lines "- item".
    The markers follow the last sentence of a run with the same sources, after its
    own punctuation; a run that a list or code block of its entry and sources goes on
    from leaves them to that block ("... data.\nEach block consists of:[1]", not "... data.[1]
    \nEach block consists of:[1]")."""
    lines: list[str] = []
    run: list[Statement] = []
    statements = _brackets_mended(statements)

    def close_run(goes_on: Statement | None = None) -> None:
        if run:
            same = goes_on is not None and _same_source(run[-1], goes_on)
            markers = "" if same else "".join(registry.marker(i) for i in run[-1].ids)
            sentences = [_end(s.text, "") for s in run[:-1]] + [_end(run[-1].text, markers)]
            lines.append(" ".join(sentences))
            run.clear()

    for said in statements:
        if said.code:
            close_run(said)
            markers = "".join(registry.marker(i) for i in said.ids)
            lines.extend((f"{said.text}:{markers}", said.code))
        elif said.items:
            close_run(said)
            markers = "".join(registry.marker(i) for i in said.ids)
            items = [f"- {mend_hyphens(item)}" for item in said.items]
            if said.text:
                lines.append(f"{mend_hyphens(said.text)}:{markers}")
            else:
                items[-1] += markers
            lines.extend(items)
        elif run and not _same_source(run[-1], said):
            close_run()
            run.append(said)
        else:
            run.append(said)
    close_run()
    return "\n".join(lines)


def _brackets_mended(statements: Sequence[Statement]) -> list[Statement]:
    """The statements with their brackets mended (brackets.py); a sentence that was only an
    aside cut open ("(WHO Simulation Exercise Manual.") is left out when another statement
    of its sources is shown, else its bracket is closed."""
    out: list[Statement] = []
    for said in statements:
        text = mend_brackets(said.text)
        items = tuple(filter(None, (mend_brackets(item) for item in said.items)))
        if said.items and not items:
            items = said.items
        if said.text and not text:
            if not said.items and not said.code and _others_say(said, statements):
                continue
            text = said.text.rstrip() + ")"
        out.append(replace(said, text=text, items=items))
    return out


def _others_say(said: Statement, statements: Sequence[Statement]) -> bool:
    return any(other is not said and other.ids == said.ids for other in statements)


def _same_source(said: Statement, then: Statement) -> bool:
    """Both are said by the same entry and cite the same ids: one marker serves both."""
    return said.ids == then.ids and said.order[0] == then.order[0]


# a full stop, including those of Chinese and Japanese (。！？), the Devanagari danda (।, ॥),
# Bengali's look-alike of the danda (৷), the Arabic / Urdu ones (؟ ۔), Armenian's (։) and
# Ethiopic's (።), and closing brackets after it
_ENDED = re.compile(
    r"[.!?\u3002\uff01\uff1f\uff0e\u0964\u0965\u09f7\u061f\u06d4\u0589\u1362]"
    r"[)\]\"”'’\uff09\u300d\u300f]*$"
)


def _end(text: str, markers: str) -> str:
    text = mend_hyphens(text.rstrip())
    # "(~45-52%)" or a closing quote ends no sentence: only a stop inside them does; the
    # note standing for a code block is a sentence's own
    # a formula ("Isolated Power: =SLG-AVG") is shown as written: a stop would read as its own
    code = ends_code(text)  # "Ex. string s = "a" + "b";": code keeps its own end
    if not (_ENDED.search(text) or text.endswith(CODE_NOTE) or _formula_tail(text) or code):
        text += "\u3002" if HAN_KANA.match(text[-1:]) else "."
    return text + markers


def _formula_tail(text: str) -> bool:
    """The text ends with a whole formula, after its label or the sentence before it."""
    return formula_line(re.split(r"(?<=[.!?:])\s+", text)[-1])
