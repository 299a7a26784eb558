"""Round 37 FL: hard-wrapped text keeps its sentences, a dot between bracket items is
notation, "See X. <more>" links X, doubled curly quotes, open and closed compounds."""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_assistant

from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.overlap import coverage
from rag_glossary.answer.segment import Unit, units
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.mojibake import fix_mojibake

LISP = ROOT / "eval" / "corpora" / "lisp-glossary"


def _body(anchor: str) -> str:
    return next(e.body for e in load_corpus(LISP).entries if e.anchor == anchor)


@pytest.mark.parametrize(
    ("anchor", "sentence"),
    [
        # "... representing the global" + "function named by ...": no code line
        (
            "function-cell",
            "The function cell holds a pointer to the function object representing the "
            "global function named by that symbol.",
        ),
        # "... symbol where" + "Lisp keeps ...": a line ending on "where" goes on
        (
            "value-cell",
            "A cell in the internal representation of a symbol where Lisp keeps the value",
        ),
        # "... or a LET," + "LABELS or DO ...": a line ending on a comma goes on
        ("body", "The body of a form, such as a function definition or a LET, LABELS or DO"),
        # "... argument list of a" + "function.": the last word is no code
        ("lambda-list-keyword", "appears in the argument list of a function."),
    ],
)
def test_a_wrapped_line_goes_on_with_its_sentence(anchor: str, sentence: str) -> None:
    assert any(u.text.startswith(sentence) or sentence in u.text for u in units(_body(anchor)))


def test_a_dot_between_bracket_items_is_notation() -> None:
    texts = [u.text for u in units(_body("dot-notation"))]
    assert "The list (A (B) C) is written (A . ((B . NIL) . (C . NIL))) in dot notation." in texts
    assert clean_inline("For example, (A B C . D) is a chain") == (
        "For example, (A B C . D) is a chain"
    )
    assert clean_inline("the end .") == "the end."


def test_a_see_pointer_with_more_text_links_its_target() -> None:
    entries = {e.anchor: e for e in load_corpus(LISP).entries}
    assert entries["unbound-variable"].see_also == ("Unassigned variable",)
    assert "Unbound variable" in entries["unassigned-variable"].aliases
    assert '"Unbound" is an archaic' in entries["unbound-variable"].body


def test_doubled_curly_single_quotes_are_a_double_quote() -> None:
    assert fix_mojibake("\u2018\u2018Unbound\u2019\u2019 is it's") == '"Unbound" is it\'s'


def test_a_closed_compound_asked_matches_its_open_form() -> None:
    open_unit = Unit(
        "Packages are the name spaces in which symbols are registered.", "sentence", 0, 0
    )
    assert coverage(frozenset({"namespace"}), open_unit, lambda _: 1.0) == 1.0
    # two words apart in the text are no compound
    apart = Unit("The name of the spaces.", "sentence", 0, 0)
    assert coverage(frozenset({"namespace"}), apart, lambda _: 1.0) == 0.0


def test_lisp_answers_read_whole(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("lisp-glossary", tmp_path_factory)
    answer = assistant.ask("the namespaces that symbols get registered in")
    assert answer.citations[0] == "lisp-glossary#package"
    answer = assistant.ask("what does unbound variable mean")
    assert "A variable that has no value" in answer.text
    answer = assistant.ask("where does lisp keep the global value of a symbol internally")
    assert "symbol where Lisp keeps" in answer.text
