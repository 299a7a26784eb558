"""Parsing does work in proportion to its input, checked without a clock.

Two things made parsing slow beyond measure in the past: a regular expression that
backtracks exponentially (a one-kilobyte file could hang the index build) and a Python
loop that revisits its input. The first is guarded by reading every pattern's structure,
the second by counting the Python calls a parse makes. Timings live in
``eval/bench_parse.py`` (a section of ``make bench``), never in a unit test.
"""

from __future__ import annotations

import ast
import importlib
import itertools
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
_STARTS_AT_BLANKS = "each word repeat starts at a blank, which a word cannot take"
_ENDS_AT_BLANKS = "each word repeat ends in blanks, which a word cannot take"
# round 51's word_marks.WORD and its kin: a letter run, then groups each opening at a mark
_MARK_GROUPS = "each mark-group repeat starts at a combining mark, which no word character is"
REVIEWED_NESTED = {
    "rag_glossary.answer.cleaning._CLAUSE_REF": (
        "each further clause number opens at a ',', which no clause number takes (digits and "
        "dots only), so its blanks cannot be another iteration's"
    ),
    "rag_glossary.answer.code_leads._SHOWS_EXAMPLE": _ENDS_AT_BLANKS,
    "rag_glossary.answer.definition._WORD_PARTS": (
        "each part repeat opens at a '+', which no part's word takes; a part's one or two words "
        "end at a blank or its bracket, which they cannot take"
    ),
    "rag_glossary.parsing.roff_see._POINTER": (
        "each list item opens and closes with a mark no other part takes; its separator is one "
        "comma, 'and' or 'or', the spaces around them unambiguous"
    ),
    "rag_glossary.parsing.md_glossed_terms._MARKS": "each mark repeat ends at a mark, no blank",
    "rag_glossary.parsing.md_glossed_terms._NAMES": (
        "each label repeat ends at its code's colon, which names (at most 80) cannot take"
    ),
    "rag_glossary.parsing.sniff_formats._BOLD_TERM": (
        "its footnote-mark repeat ends at a mark and its names repeat at a code's colon"
        " (md_glossed_terms' FOOTNOTE_MARKS, LANGUAGE_NAMES)"
    ),
    "rag_glossary.parsing.script_data._DOTTED": "each part repeat starts at a dot",
    "rag_glossary.parsing.source_enums._MESSAGE_KEY": "each part repeat starts at a dot",
    "rag_glossary.parsing.clojure_hiccup._TAG": "each id/class part starts at # or .",
    "rag_glossary.parsing.template_lines._SHORTHAND": "each id/class part starts at # or .",
    "rag_glossary.parsing.template_lines._WORD_TAG": "each namespace part starts at a colon",
    "rag_glossary.parsing.latex_glossary._ENSUREMATH": "a group repeat starts at a brace",
    "rag_glossary.parsing.latex_glossary._HREF": "a group repeat starts at a brace",
    "rag_glossary.parsing.latex_glossary._ENQUOTE": "a group repeat starts at a brace",
    "rag_glossary.parsing.latex_description._SHOWN_ARGUMENT": "a group repeat starts at a brace",
    "rag_glossary.parsing.org._TAGS": "each tag repeat ends at a colon, no tag character",
    "rag_glossary.parsing.texinfo._OPENER": "one character or a braced group: a brace decides",
    "rag_glossary.parsing.texinfo._ANCHOR_ONLY": "each repeat starts at a literal @anchor{",
    "rag_glossary.parsing.php_source._LITERAL_START": "each index repeat starts at a '['",
    "rag_glossary.parsing.title_names._SHARED_SLASH": "each word repeat ends or starts at a space",
    "rag_glossary.answer.next_said._MEMBER": "each word repeat starts at a blank",
    "rag_glossary.judgement_named_rest._WHAT_IS": "each word repeat starts at a blank (at most 3)",
    "rag_glossary.parsing.md_language_leads._WORD": "each part repeat starts at ' or -",
    "rag_glossary.answer.inline._SCRIPT_WORD": "each part repeat starts at -, ' or ’",
    "rag_glossary.parsing.md_language_leads._GLUED_POINTER": "each word repeat starts at a blank",
    "rag_glossary.answer.blocks.CODE_LINE": "each `, name` repeat starts at a comma",
    "rag_glossary.calibration._WORD": _MARK_GROUPS,
    "rag_glossary.judgement_cyrillic._WORD": _MARK_GROUPS,
    "rag_glossary.coverage.described_support._WORD": _MARK_GROUPS,
    "rag_glossary.coverage.phrases._WORD": _MARK_GROUPS,
    "rag_glossary.coverage.written_names._WORD": _MARK_GROUPS,
    "rag_glossary.coverage.word_match._WORD": _MARK_GROUPS,
    "rag_glossary.everyday._WORD": _MARK_GROUPS,
    "rag_glossary.judgement_said._WORD": _MARK_GROUPS,
    "rag_glossary.arabic_letters._WORD": _MARK_GROUPS,
    "rag_glossary.judgement_letters._WORD": _MARK_GROUPS,
    "rag_glossary.compound_parts._WORD": _MARK_GROUPS,
    "rag_glossary.everyday.WORDS": _MARK_GROUPS,
    "rag_glossary.judgement_described.WORDS": _MARK_GROUPS,
    "rag_glossary.finglish._LATIN_WORD": _SEQUENCE_OF_DISJOINT,  # repeats open at an apostrophe
    "rag_glossary.parsing.inline_links._PHRASE": _STARTS_AT_BLANKS,
    "rag_glossary.language_stems._LETTERED": _MARK_GROUPS,
    "rag_glossary.lexical._WORD": _MARK_GROUPS,
    "rag_glossary.word_tokens._WORD": _MARK_GROUPS,
    "rag_glossary.marks._WORD": _MARK_GROUPS,
    "rag_glossary.word_marks._ALNUM": _MARK_GROUPS,
    "rag_glossary.word_marks._LETTERS": _MARK_GROUPS,
    "rag_glossary.pointer_words._MORE": "at most 4 word repeats, each ending at a space",
    "rag_glossary.answer.sentences._DOT_NAME": "each name part repeat starts at a dot",
    "rag_glossary.table_rows.DELIMITER_ROW": "each cell repeat starts at a pipe",
    "rag_glossary.terms._HYPHENATED": "each part starts at a hyphen",
    "rag_glossary.parsing.gettext_catalog._PO4A_PATH": "each tag repeat ends at its first '>'",
    "rag_glossary.answer.pieces.CAPTION_LABEL": "each number repeat starts at a dot or hyphen",
    "rag_glossary.answer.blocks._MID_CLAUSE": "each word repeat starts at a blank",
    "rag_glossary.answer.cleaning.CODE_LINE": "each `, name` repeat starts at a comma",
    "rag_glossary.answer.definition.TRAILING_KIND": "each kind word follows blanks",
    "rag_glossary.answer.names.TRAILING_KIND": "each kind word follows blanks",
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
    # round 47: inside a bounded repeat too ({1,6} splits a run of its words' characters n^6 ways)
    "rag_glossary.answer.blocks._HEAD_LABEL": _STARTS_AT_BLANKS,
    "rag_glossary.answer.cleaning._NOUN_PHRASE": _STARTS_AT_BLANKS,
    "rag_glossary.answer.list_blocks._LABEL_LINE": _STARTS_AT_BLANKS,
    "rag_glossary.answer.list_blocks._SHORT_LABEL": _STARTS_AT_BLANKS,
    "rag_glossary.answer.list_blocks._CHILD_LABEL": _STARTS_AT_BLANKS,
    "rag_glossary.answer.meaning_choice._ASKS_NUMBER": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.keyterms._ASKED_ABOUT": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.keyterms._HAS_A": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.keyterms._PUT_IN": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.question_forms._ASKS_FOR_A_NAME": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.scaffolding._TRAIL": _STARTS_AT_BLANKS,
    "rag_glossary.coverage.topic._WHAT_IS": _STARTS_AT_BLANKS,
    "rag_glossary.answer.question._ASKS_CALLED": _STARTS_AT_BLANKS,
    "rag_glossary.parsing.md_html_tables._SOURCE_LABEL": _STARTS_AT_BLANKS,
    "rag_glossary.parsing.title_names._SHARED_OR": _STARTS_AT_BLANKS,
    "rag_glossary.parsing.fields._CLOSING_SEE": _STARTS_AT_BLANKS,
    "rag_glossary.parsing.body_names._CALL_IT": _STARTS_AT_BLANKS,
    "rag_glossary.answer.blocks._GLUED_LABEL": _STARTS_AT_BLANKS,
    "rag_glossary.parsing.md_leads._TERM_EXPANSION": _STARTS_AT_BLANKS,
    "rag_glossary.answer.subject._ASKS_ABOUT": _STARTS_AT_BLANKS,
    "rag_glossary.answer.cleaning._STRANDED": _ENDS_AT_BLANKS,
    "rag_glossary.answer.cues.ASKS_WORKINGS": _ENDS_AT_BLANKS,
    "rag_glossary.answer.cues._DEFINED_SUBJECT": _ENDS_AT_BLANKS,
    "rag_glossary.answer.cues.ASKS_CAUSES": _ENDS_AT_BLANKS,
    "rag_glossary.answer.definition._KIND_PHRASE": _ENDS_AT_BLANKS,
    "rag_glossary.answer.definition._NOUN_PHRASE": _ENDS_AT_BLANKS,
    "rag_glossary.answer.entry_choice._MEANING_ASKED": _ENDS_AT_BLANKS,
    "rag_glossary.answer.pieces._WHERE_FOUND": _ENDS_AT_BLANKS,
    "rag_glossary.answer.reference_lines._LABELS": (
        "at most two labels, each ending at a colon its words cannot take, so its blanks "
        "cannot be another iteration's"
    ),
    "rag_glossary.answer.question._COMPARE": _ENDS_AT_BLANKS,
    "rag_glossary.answer.question._COUNT_ASKED": _ENDS_AT_BLANKS,
    "rag_glossary.answer.question._CONTEXT_FIRST": _ENDS_AT_BLANKS,
    "rag_glossary.answer.paragraph_units._NAMES_SHOWN": _ENDS_AT_BLANKS,
    "rag_glossary.answer.unit_roles._DEMONSTRATIVE_SUBJECT": _ENDS_AT_BLANKS,
    "rag_glossary.coverage.asked_back._LAST_NOUN_PHRASE": _ENDS_AT_BLANKS,
    "rag_glossary.coverage.keyterms._ATTRIBUTE_ASKED": _ENDS_AT_BLANKS,
    "rag_glossary.parsing.pasted._TITLE_OPENING": _ENDS_AT_BLANKS,
    "rag_glossary.terms._IN_FIELD": _ENDS_AT_BLANKS,
    "rag_glossary.terms._MEANING_IN_SETTING": _ENDS_AT_BLANKS,
    "rag_glossary.parsing.sniff_formats._PLAIN_TERM": "each word repeat starts or ends at blanks",
    "rag_glossary.parsing.md_fields._LATIN_LABEL": "each part starts at a blank, quote or hyphen",
    "rag_glossary.coverage.asking_part._WONDERING": "each repeat is a non-word run, then a word",
    "rag_glossary.parsing.latex_glossary._CITATION": "each option starts at [, ends at the first ]",
    "rag_glossary.parsing.md_terms._DATE_OR_VERSION": "each number part starts at a dot",
    # literal patterns handed to re inside functions, patterns in module-level tables
    "rag_glossary.answer.list_pieces.list_lead()": _STARTS_AT_BLANKS,
    "rag_glossary.answer.side_entry._whole_acronyms()": "each part starts at a hyphen",
    "rag_glossary.parsing.asciidoc_tables._columns()": "each column starts at a comma",
    "rag_glossary.parsing.title_names._capitalised()": "each part starts at a hyphen",
    "rag_glossary.answer.inline._INLINE[6][0]": "each number repeat starts at a separator",
    "rag_glossary.answer_metrics._DIRTY[7][1]": "each [n] repeat starts at a '['",
    "rag_glossary.answer_metrics._DIRTY[16][1]": "each role part starts at a colon",
    "rag_glossary.answer_metrics._DIRTY[18][1]": "each part starts at a hyphen",
    "rag_glossary.answer_metrics._DIRTY[22][1]": "the second label starts at a word and a colon",
    "rag_glossary.answer_metrics._DIRTY[29][1]": "each [n] repeat starts at a '['",
}


def _patterns_in(name: str, value: object) -> Iterator[tuple[str, str, int]]:
    if isinstance(value, re.Pattern | _LazyPattern):
        yield name, value.pattern, value.flags
    elif isinstance(value, tuple | list | dict):  # a table of patterns: "_DIRTY[7]"
        items = value.values() if isinstance(value, dict) else value
        for i, item in enumerate(items):
            if isinstance(item, re.Pattern | _LazyPattern | tuple):
                yield from _patterns_in(f"{name}[{i}]", item)


def _module_patterns() -> Iterator[tuple[str, str, int]]:
    """(qualified name, source, flags) of every module-level pattern, lazy ones too, and of
    the patterns in module-level tuples, lists and dicts."""
    for info in pkgutil.walk_packages(rag_glossary.__path__, "rag_glossary."):
        if info.name.endswith("__main__"):
            continue  # running it is the CLI
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name != "_CREATED":  # lazy_re's record of every lazy pattern
                yield from _patterns_in(f"{info.name}.{name}", value)


def _nests_unbounded_repeats(items: Any, inside: bool = False) -> bool:
    """Whether a repeat without an upper bound sits inside another repeat that can run twice
    or more: bounded or not, the outer one may split a run of the inner one's characters
    in many ways ({1,6} of them: n^6 tries)."""
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            unbounded = av[1] == sre.MAXREPEAT
            if (unbounded and inside) or _nests_unbounded_repeats(av[2], inside or av[1] >= 2):
                return True
        groups = [av[3]] if op == sre.SUBPATTERN else av[1] if op == sre.BRANCH else []
        if any(_nests_unbounded_repeats(group, inside) for group in groups):
            return True
    return False


_RE_CALLS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "findall",
    "finditer",
    "split",
}


def _function_patterns() -> Iterator[tuple[str, str, int]]:
    """("module.function()", source, 0) of each literal pattern a function hands to ``re``;
    a pattern built at run time (an f-string of escaped names) is not read here."""
    root = Path(rag_glossary.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for call in ast.walk(function):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "re"
                    and call.func.attr in _RE_CALLS
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    yield f"{module}.{function.name}()", call.args[0].value, 0


def test_the_structure_check_finds_the_patterns_that_hung() -> None:
    hung = (
        r"(?:\s*(?:\[[^\]]*\]\([^)]*\))\s*(?:[,;/|])?)+",
        r"^\s*(?:<!--.*?-->\s*)*<html\b",
        r"^\s*#\w+(?:[ \t]*,?[ \t]+#\w+)*$",
        r"^(?:[-*+]|\d{1,3}[.)])[ \t]+(?:(?:[^\s:]+[ \t]*){1,6}:(?:[ \t]|$))",  # {1,6} outside
    )
    assert all(_nests_unbounded_repeats(sre_parse.parse(p)) for p in hung)
    assert not _nests_unbounded_repeats(sre_parse.parse(r"^\s*(?:<!--.*?-->\s*)?<html\b"))
    assert not _nests_unbounded_repeats(sre_parse.parse(r"(?:\w+ )?\w+:|(?:ab?){1,6}"))


def test_every_nested_repeat_in_the_package_was_reviewed() -> None:
    nested = {
        name
        for name, source, flags in itertools.chain(_module_patterns(), _function_patterns())
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
