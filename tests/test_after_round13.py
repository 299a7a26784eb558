"""Fixes after round 13's blind measurement, on the real glossary that showed them."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import ROOT

from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.parsing import load_corpus, parse_text

SHELL = ROOT / "eval" / "corpora" / "shell-glossary"


def test_a_definitions_opening_acronym_or_context_is_not_its_text(tmp_path: Path) -> None:
    # Software Carpentry's shell glossary: ":   (REPL): A command-line interface ..."
    shutil.copy(SHELL / "reference.md", tmp_path / "reference.md")
    entries = {e.id: e for e in load_corpus(tmp_path).entries}
    repl = entries["reference#read-evaluate-print-loop"]
    assert repl.aliases == ("REPL",)
    assert repl.body.startswith("A command-line interface that reads a command")
    quoting = entries["reference#quoting"]  # the anchor stays the term's
    assert quoting.title == "quoting (in the shell)"
    assert quoting.body.startswith("Using quotation marks of various kinds")


def test_a_definition_that_only_opens_with_a_parenthesis_keeps_it() -> None:
    text = "Term\n:   (rarely used) a word.\n\nOther\n:   A thing (or two): more.\n"
    entries = parse_text(text, "t.md", "md-terms")
    assert [e.body for e in entries] == ["(rarely used) a word.", "A thing (or two): more."]


def test_a_glob_is_not_emphasis_markup() -> None:
    glob = "to pass the string *.txt to a program, write it as '*.txt' so the * stays"
    assert dirty_reasons(glob) == []
    assert dirty_reasons("this is *very* important") == ["emphasis markup"]


def test_a_stop_inside_a_code_span_ends_no_sentence(tmp_path: Path) -> None:
    # "`.txt` means ..." was split into "...type:." and "Txt means ..."; "notation `.`
    # (pronounced "dot")" lost the dot and the rest of its sentence
    from rag_glossary.answer.segment import units

    shutil.copy(SHELL / "reference.md", tmp_path / "reference.md")
    entries = {e.anchor: e for e in load_corpus(tmp_path).entries}
    extension = [u.text for u in units(entries["filename-extension"].body)]
    assert extension[1] == (
        'By convention this identifies the file\'s type: .txt means "text file", .png means '
        '"Portable Network Graphics file", and so on.'
    )
    here = [u.text for u in units(entries["current-working-directory"].body)]
    assert here[-1].endswith('the shorthand notation "." (pronounced "dot").')
