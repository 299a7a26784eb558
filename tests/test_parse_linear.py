"""Parsing does work in proportion to its input, checked without a clock.

Two things made parsing slow beyond measure in the past: a regular expression that
backtracks exponentially (a one-kilobyte file could hang the index build) and a Python
loop that revisits its input. The first is guarded by reading every pattern's structure,
the second by counting the Python calls a parse makes. Timings live in
``eval/bench_parse.py`` (a section of ``make bench``), never in a unit test.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre
import re._parser as sre_parse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import rag_glossary
from rag_glossary.lazy_re import _LazyPattern
from rag_glossary.parsing import DIALECTS, parse_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LONG_LINE_UNIT = "See [a](#b) {% x `c` <mark>d</mark> **e :f: [[g|h]] ![i](j) (AB) "

# --- inputs that hung the parser (each ran for minutes on a file of about a kilobyte)


def test_a_table_cell_of_many_blank_separated_links_and_a_word_parses() -> None:
    links = "   ".join(["[Pipeline](pipeline.md)"] * 40)
    table = (
        "# Glossary\n\n| Term | Related |\n|---|---|\n"
        f"| Pipeline | {links} and more |\n| Model | A model maps inputs to outputs. |\n"
    )
    # not a table of links only (a word follows them), so its rows are entries
    assert [e.title for e in parse_text(table, "t", "md-terms")] == ["Pipeline", "Model"]


def test_a_long_line_of_blank_separated_tags_and_words_parses() -> None:
    tags = "#ml   " * 40 + "is a tag line"
    (bias,) = parse_text(f"# Glossary\n\n## Bias\n\n{tags}\n\nBias is a systematic error.\n", "t")
    assert bias.body.startswith("#ml #ml")  # words follow the tags: not a markup-only line
    assert bias.body.endswith("Bias is a systematic error.")


def test_a_long_line_of_blank_separated_operators_is_read_quickly() -> None:
    # round 38's formula line had two adjacent blank runs ("a + a + ... =" hung the answer)
    from rag_glossary.answer.cleaning import formula_line

    assert formula_line("=( H + BB ) / PA") and not formula_line("x = the value")
    assert not formula_line("a + " * 40 + "=")


def test_a_long_list_line_without_blanks_parses() -> None:
    # round 47: a Chinese glossary's numbered definition lines (no blanks, no ASCII colon) made
    # the Markdown sniffer's plain-term probe try every split of a line into six "words"
    line = "1. " + "\u4fdd\u8bc1\u91d1\u4ea4\u6613\uff0c" * 60
    text = f"# Glossary\n\n## Margin - \u4fdd\u8bc1\u91d1\n\n{line}\n"
    assert [e.title for e in parse_text(text, "t")] == ["Margin - \u4fdd\u8bc1\u91d1"]


def test_many_leading_html_comments_before_markdown_parse() -> None:
    text = "<!-- x -->" * 40 + "\n# Glossary\n\n## Bias\n\nBias is error.\n"
    assert [e.title for e in parse_text(text, "t")] == ["Bias"]


# --- every pattern's structure

# Patterns with an unbounded repeat inside another one, each read and found to split its
# text one way only (so a failing match backtracks a bounded number of steps per
# character). A new nested pattern must be read the same way before it joins this list.
_SEQUENCE_OF_DISJOINT = "each repeat starts with a character the previous one cannot take"
REVIEWED_NESTED = {
    "rag_glossary.parsing.script_data._DOTTED": "each part repeat starts at a dot",
    "rag_glossary.parsing.clojure_hiccup._TAG": "each id/class part starts at # or .",
    "rag_glossary.parsing.latex_glossary._ENSUREMATH": "a group repeat starts at a brace",
    "rag_glossary.parsing.latex_glossary._HREF": "a group repeat starts at a brace",
    "rag_glossary.parsing.latex_glossary._ENQUOTE": "a group repeat starts at a brace",
    "rag_glossary.parsing.org._TAGS": "each tag repeat ends at a colon, no tag character",
    "rag_glossary.parsing.texinfo._OPENER": "one character or a braced group: a brace decides",
    "rag_glossary.parsing.texinfo._ANCHOR_ONLY": "each repeat starts at a literal @anchor{",
    "rag_glossary.parsing.php_source._LITERAL_START": "each index repeat starts at a '['",
    "rag_glossary.parsing.title_names._SHARED_SLASH": "each word repeat ends or starts at a space",
    "rag_glossary.answer.blocks._CODE_LINE": "each `, name` repeat starts at a comma",
    "rag_glossary.answer.sentences._DOT_NAME": "each name part repeat starts at a dot",
    "rag_glossary.table_rows.DELIMITER_ROW": "each cell repeat starts at a pipe",
    "rag_glossary.terms._HYPHENATED": "each part starts at a hyphen",
    "rag_glossary.parsing.gettext_catalog._PO4A_PATH": "each tag repeat ends at its first '>'",
    "rag_glossary.answer.pieces.CAPTION_LABEL": "each number repeat starts at a dot or hyphen",
    "rag_glossary.answer.blocks._MID_CLAUSE": "each word repeat starts at a blank",
    "rag_glossary.answer.cleaning._CODE_LINE": "each `, name` repeat starts at a comma",
    "rag_glossary.answer.definition._TRAILING_KIND": "each kind word follows blanks",
    "rag_glossary.answer.names._TRAILING_KIND": "each kind word follows blanks",
    "rag_glossary.answer.overlap._HYPHENATED": "each part starts at a hyphen",
    "rag_glossary.answer.cleaning._FORMULA": "each operand repeat starts at an operator",
    "rag_glossary.answer.language_cues._WORD": "each part starts at a hyphen or apostrophe",
    "rag_glossary.coverage.head_noun._ASKING": "each filler word ends in blanks",
    "rag_glossary.coverage.hyphens._HYPHENATED_NAME": "each part starts at a hyphen",
    "rag_glossary.coverage.keyterms._ATTRIBUTE_OF": "each word repeat ends at a blank",
    "rag_glossary.coverage.keyterms._YES_NO_ALTERNATIVES": "each word repeat starts at a blank",
    "rag_glossary.coverage.acronym_titles._CAMEL": "each part starts at a capital",
    "rag_glossary.coverage.names._TOKEN": "each part starts at a hyphen",
    "rag_glossary.parsing.archive.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.clean.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.clean._LINK_ITEM": "each repeat starts at an open paren",
    "rag_glossary.parsing.clean._MARKUP_ONLY": "a gap between tags is one blank run",
    "rag_glossary.parsing.fields._SLUG_LIKE": _SEQUENCE_OF_DISJOINT,
    "rag_glossary.parsing.inline.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.inline._CODE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.inline.IMAGE": "a URL character is a paren or not",
    "rag_glossary.parsing.inline._PANDOC_ATTR": "each attribute repeat starts at blanks",
    "rag_glossary.parsing.md_leads._ANCHOR_LEAD": "each tag repeat starts at a <",
    "rag_glossary.parsing.md_tables._ONLY_LINKS": "the blanks between links are one run",
    "rag_glossary.parsing.md_term_walk.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.md_term_walk.IMAGE": "a URL character is a paren or not",
    "rag_glossary.parsing.md_page_matter.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.navigation.INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.navigation._RULE": "each repeat starts at a marker, not a space",
    "rag_glossary.parsing.provenance._BREAK": "each repeat ends at the rule character",
    "rag_glossary.parsing.slug._INLINE_LINK": "a URL character is a paren or not",
    "rag_glossary.parsing.sniff_formats._MD_TABLE_SEPARATOR": "each cell starts at a pipe",
    "rag_glossary.parsing.term_page.INLINE_LINK": "a URL character is a paren or not",
}


def _module_patterns() -> Iterator[tuple[str, str, int]]:
    """(qualified name, source, flags) of every module-level pattern, lazy ones too."""
    for info in pkgutil.walk_packages(rag_glossary.__path__, "rag_glossary."):
        if info.name.endswith("__main__"):
            continue  # running it is the CLI
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern | _LazyPattern):
                yield f"{info.name}.{name}", value.pattern, value.flags


def _nests_unbounded_repeats(items: Any, inside: bool = False) -> bool:
    """Whether a repeat without an upper bound sits inside another one."""
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            unbounded = av[1] == sre.MAXREPEAT
            if (unbounded and inside) or _nests_unbounded_repeats(av[2], inside or unbounded):
                return True
        groups = [av[3]] if op == sre.SUBPATTERN else av[1] if op == sre.BRANCH else []
        if any(_nests_unbounded_repeats(group, inside) for group in groups):
            return True
    return False


def test_the_structure_check_finds_the_patterns_that_hung() -> None:
    hung = (
        r"(?:\s*(?:\[[^\]]*\]\([^)]*\))\s*(?:[,;/|])?)+",
        r"^\s*(?:<!--.*?-->\s*)*<html\b",
        r"^\s*#\w+(?:[ \t]*,?[ \t]+#\w+)*$",
    )
    assert all(_nests_unbounded_repeats(sre_parse.parse(p)) for p in hung)
    assert not _nests_unbounded_repeats(sre_parse.parse(r"^\s*(?:<!--.*?-->\s*)?<html\b"))


def test_every_nested_repeat_in_the_package_was_reviewed() -> None:
    nested = {
        name
        for name, source, flags in _module_patterns()
        if _nests_unbounded_repeats(sre_parse.parse(source, flags))
    }
    assert nested - REVIEWED_NESTED.keys() == set(), "read these for backtracking, then list"
    assert REVIEWED_NESTED.keys() - nested == set(), "no longer nested: drop from the list"


# --- Python work grows with the input


def python_calls(run: Callable[[], object]) -> int:
    """How many Python and builtin functions ``run`` calls: a count of work, no clock."""
    calls = 0

    def tally(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(tally)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def _parse(text: str, dialect: str) -> Callable[[], object]:
    return lambda: parse_text(text, "big", dialect)


def _line(chars: int) -> str:
    return (LONG_LINE_UNIT * (chars // len(LONG_LINE_UNIT) + 1))[:chars]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_one_long_line_costs_calls_in_proportion_to_its_length(dialect: str) -> None:
    for form in ("{}", "# {}", "{}#"):
        parse_text(form.format(_line(16_000)), "big", dialect)  # first-use work aside
        small, big = (
            python_calls(_parse(form.format(_line(n)), dialect)) for n in (16_000, 32_000)
        )
        assert big <= 2.2 * small, (form, small, big)  # twice the line, about twice the work


def test_a_longer_file_costs_calls_in_proportion_to_its_size() -> None:
    text = (CORPUS / "ai-glossary-m.md").read_text(encoding="utf-8")
    parse_text(text, "s")
    small = python_calls(lambda: parse_text(text * 2, "s"))
    big = python_calls(lambda: parse_text(text * 4, "s"))
    assert len(parse_text(text * 4, "s")) > 3 * len(parse_text(text, "s"))
    assert big <= 2.2 * small, (small, big)
