"""Round 30's merge: a bracket or quote at a sentence's end is no stop of its own
(volcano's labelled fields ran together: "Volcanic glass (no crystals) Formation: ...").
The merge's other fix, "how many" naming no kind of the chosen entry (``answer/kinds.py``),
is pinned by morph-016 in test_round30_post_pm.py."""

from __future__ import annotations

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.code import CODE_NOTE
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.rendering import render


def _rendered(*texts: str) -> str:
    statements = [Statement(text, ("g#a",), order=(0, i)) for i, text in enumerate(texts)]
    return render(statements, Registry([]))


def test_a_closing_bracket_or_quote_gets_its_stop() -> None:
    text = _rendered("What: Volcanic glass (no crystals)", "Formation: Lava cools fast")
    assert text == "What: Volcanic glass (no crystals). Formation: Lava cools fast.[1]"
    quoted = _rendered('Example: "Refeed on Sundays"')
    assert quoted == 'Example: "Refeed on Sundays".[1]'


def test_a_stop_inside_the_bracket_or_quote_ends_the_sentence() -> None:
    assert _rendered("It is rare (see below.)") == "It is rare (see below.)[1]"
    assert _rendered('He said "stop."') == 'He said "stop."[1]'
    assert _rendered(f"It is shown so. {CODE_NOTE}") == f"It is shown so. {CODE_NOTE}[1]"
