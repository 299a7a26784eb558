"""Round 55 lane PM: LaTeX ``\\item[Term] definition`` lists (parsing/latex_description.py).

The real file is eval/corpora/matlab-glossary/matlab-glossary.tex (Physical Modeling in
MATLAB's glossary chapter: no preamble, ``\\begin{description}``, 94 ``\\item[Term]``
paragraphs, two items commented out with ``%``, ``\\lstinline``, ``\\mbox``, TeX quotes and
math in the texts); the small files are written in the shapes of other real ones (a
``\\begin{description}[style=nextline]`` in a whole document, a class's own list
environment with ``\\item [\\cs{name}]`` labels, ``\\verb-x-``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.errors import CorpusError
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_file, parse_text

MATLAB = Path(__file__).parent.parent / "eval" / "corpora" / "matlab-glossary"


@pytest.fixture(scope="module")
def matlab() -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(MATLAB / "matlab-glossary.tex")}


def _read(text: str) -> dict[str, Entry]:
    return {e.title: e for e in parse_text(text, "page", file="page.tex")}


def test_every_item_is_one_entry_and_commented_items_none(matlab: dict[str, Entry]) -> None:
    assert len(matlab) == 94
    assert list(matlab)[:3] == ["absolute-error", "abstraction", "accumulator"]
    assert list(matlab)[-1] == "zero-of-a-function"
    assert not {"cross-product", "dot-product"} & set(matlab)  # %\item[...] lines
    assert "Cross product" not in " ".join(e.body for e in matlab.values())
    assert matlab["absolute-error"].line == 8
    # the item after the commented-out one keeps its own line and text
    assert matlab["differential-equation-de"].line == 54
    assert matlab["concatenation"].body.endswith("to form a new vector or matrix.")


def test_titles_keep_their_qualifiers_and_acronyms_are_aliases(matlab: dict[str, Entry]) -> None:
    assert matlab["partial-de-pde"].title == "Partial DE (PDE)"
    assert matlab["partial-de-pde"].aliases == ("PDE",)
    assert matlab["differential-equation-de"].aliases == ("DE",)
    assert matlab["call-a-function"].title == "Call (a function)"
    assert {"element-of-a-matrix", "element-of-a-sequence", "m-file"} <= set(matlab)


def test_latex_in_the_texts_reads_as_what_it_prints(matlab: dict[str, Entry]) -> None:
    assert matlab["compound-statement"].body.startswith("A statement, like if and for, that")
    assert matlab["element-of-a-sequence"].body == "One of the numbers in a mathematical sequence."
    assert matlab["scientific-notation"].body.endswith(
        "e.g., 3.0e8, which represents 3.0 × 10^8 or 300,000,000."
    )
    assert matlab["matrix"].body == (
        "A two-dimensional collection of values (also called “array” in some MATLAB documentation)."
    )
    assert "another file" in matlab["top-level-function"].body  # \mbox{another}, \linebreak
    assert matlab["zero-of-a-function"].body.endswith("the value of a function 0.")
    assert matlab["operator"].body.startswith("One of the symbols, like * and +, that")


def test_a_description_list_in_a_whole_document_is_read_and_other_lists_not() -> None:
    read = _read(
        "\\documentclass{article}\n\\begin{document}\n\\section{Key Hormones}\n"
        "\\begin{description}[style=nextline]\n"
        "  \\item[T4 (Thyroxine)] The major secretory product.\n"
        "  \\item[Calcitonin:] Lowers blood calcium.\n\\end{description}\n"
        "\\section{Regulation}\n\\begin{enumerate}\n  \\item[(a)] Hypothalamus releases TRH\n"
        "  \\item[(b)] TRH stimulates the pituitary\n\\end{enumerate}\n"
        "\\begin{itemize}\n\\item[--] a dash\n\\item[--] another\n\\end{itemize}\n"
        "\\end{document}\n"
    )
    assert list(read) == ["T4 (Thyroxine)", "Calcitonin"]  # numbering and bullets: no terms
    assert read["T4 (Thyroxine)"].anchor == "t4-thyroxine"
    assert read["Calcitonin"].body == "Lowers blood calcium."  # ends at the list's end


def test_a_labelled_list_of_its_own_environment_and_verbatim_text() -> None:
    read = _read(
        "\\begin{glossinventory}\n\n\\item [\\cs{begingroup}]\n      \\gr{primitive command}\n"
        "      Open a group that must be closed with \\verb-\\endgroup-.\n"
        "Chapter~\\ref{cschap:begingroup}.\n\n\\item [\\cs{batchmode}]\n"
        "      \\gr{interaction mode assignment} Errors patched.\\index{batch}\n"
        "\\end{glossinventory}\n"
    )
    assert list(read) == ["begingroup", "batchmode"]
    assert read["begingroup"].body == (
        "primitive command Open a group that must be closed with \\endgroup. Chapter."
    )
    assert read["batchmode"].body == "interaction mode assignment Errors patched."


def test_a_list_nested_in_an_item_stays_in_its_text() -> None:
    read = _read(
        "\\begin{description}\n\\item[Runtime:] \\hfill \\\\ Runs it:\n"
        "\\begin{description}\n\\item[Start] begins\n\\item[Stop] ends\n\\end{description}\n"
        "and more.\n\\item[Analyzer] Measures drift.\n\\end{description}\n"
    )
    assert list(read) == ["Runtime", "Analyzer"]
    assert read["Runtime"].body == "Runs it:\n\nStart begins\n\nStop ends\n\nand more."


def test_a_chapter_without_lists_or_macros_is_still_no_glossary(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(
        "\\chapter{Introduction}\nOne \\item[lonely] label is no list.\n"
    )
    with pytest.raises(CorpusError, match=r"no \\item\[Term\] definition list"):
        load_corpus(tmp_path)
