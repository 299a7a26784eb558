"""Round 59, lane PT: troff glossaries under any of the suffixes old trees gave them, and
the terms their "See" pointers name in italic or bold as see-also (roff_see.py).

The real excerpt is from 4.4BSD's "An Introduction to the C shell" glossary (USD:4,
``csh.g``, troff -ms: ``.IP term`` paragraphs whose sentences run over ``.I word`` lines);
the whole document (as ``csh-glossary.ms``) is tests/fixtures/formats/csh-glossary.ms.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from format_fixtures import FORMATS

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES, glossary_files
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.dialects import parse_document

CSH_G = r""".\"	@(#)csh.g	8.1 (Berkeley) 6/8/93
.\"
.SH
Glossary
.PP
This glossary lists the most important terms introduced in the
introduction to the
shell and gives references to sections of the shell
document for further information about them.
.IP \&\fB.\fR 15n
Your current directory has the name `.' as well as the name printed
by the command
.I pwd ;
see also
.I dirs .
The current directory `.' is usually included as a
.I component
of the search path contained in the variable
.I path .
.IP dirs
The
.I dirs
command prints the shell's
.I "directory stack"
(2.7).
.IP metacharacter
Many characters which are neither letters nor digits have special meaning
either to the shell or to \s-2UNIX\s0.
These characters are called
.I metacharacters .
.IP path
The shell has a variable
.I path
which gives the names of the directories in which it searches for
the commands which it is given.
.IP pwd
The
.I pwd
command prints the full pathname of the current working directory.
.IP script
Sequences of shell commands placed in a file are called shell command scripts.
.IP "shell script"
See
.I script
(3.3, 3.10).
.IP "special character"
.br
See
.I metacharacters
and the
appendix to this manual.
.IP variables
.I Variables
in
.I csh
hold one or more strings as value.
See
.I path ,
.I pwd ,
and
.I ignoreeof
for examples.
"""


def _entries(tmp_path: Path, name: str, text: str) -> dict[str, Entry]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return {e.anchor: e for e in load_corpus(tmp_path).entries}


# --- which files are read -----------------------------------------------------------------


def test_troff_suffixes_are_read_when_roff_shaped(tmp_path: Path) -> None:
    new = {".g", ".t", ".tr", ".n", ".l", ".mom", ".mdoc", ".groff", ".troff", ".nroff"}
    assert new <= set(GLOSSARY_SUFFIXES)
    for suffix in (".g", ".t", ".tr", ".n"):
        (tmp_path / f"csh{suffix}").write_text(CSH_G, encoding="utf-8")
    # an ANTLR grammar, a Perl test and a lex scanner share ".g", ".t" and ".l": not read
    (tmp_path / "Expr.g").write_text(
        "grammar Expr;\nprog: stat+ ;\nstat: expr NEWLINE\n    | ID '=' expr NEWLINE\n    ;\n"
        "expr: expr ('*'|'/') expr\n    | INT\n    ;\nID  : [a-zA-Z]+ ;\n",
        encoding="utf-8",
    )
    (tmp_path / "basic.t").write_text(
        "use strict;\nuse Test::More tests => 2;\nok(1, 'loads');\nis(f(2), 4);\n",
        encoding="utf-8",
    )
    (tmp_path / "scan.l").write_text(
        "%{\n#include <stdio.h>\n%}\n%%\n[0-9]+\t{ return NUM; }\n.\t{ return yytext[0]; }\n%%\n",
        encoding="utf-8",
    )
    assert [p.name for p in glossary_files(tmp_path)] == ["csh.g", "csh.n", "csh.t", "csh.tr"]


def test_the_real_glossary_under_its_own_suffix(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "csh-glossary.ms", tmp_path / "csh-glossary.g")
    corpus = load_corpus(tmp_path)
    assert [f.dialect for f in corpus.files] == ["roff"]
    csh = {e.anchor: e for e in corpus.entries}
    assert len(csh) == 146  # as the .ms copy gives (test_round41_p2)
    assert csh["aout"].body == (
        "Compilers which create executable images create them, by default, in the file "
        "a.out. for historical reasons (2.3)."
    )
    assert csh["shell-script"].see_also == ("script",)
    assert "shell script" in csh["script"].aliases  # the pointer names the entry it sends to
    assert csh["special-character"].see_also == ("metacharacter",)
    assert csh["variable-expansion"].see_also == ("variables", "expansion")
    assert csh["standard"].see_also == ("input", "output")
    assert csh["absolute-pathname"].see_also == ("relative pathname",)  # "see definition of"
    # "See finger(1), passwd(5), and grep(1)": manual pages in roman, no see-also
    assert csh["etcpasswd"].see_also == ()


# --- the excerpt: sentences over font lines, pointers -------------------------------------


def test_excerpt_entries_and_pointers(tmp_path: Path) -> None:
    csh = _entries(tmp_path, "csh.g", CSH_G)
    assert list(csh) == [
        "entry",
        "dirs",
        "metacharacter",
        "path",
        "pwd",
        "script",
        "shell-script",
        "special-character",
        "variables",
    ]
    assert csh["entry"].title == "."
    assert csh["entry"].body.startswith(
        "Your current directory has the name ‘.’ as well as the name printed by the command "
        "pwd; see also dirs. The current directory ‘.’ is usually included as a component"
    )
    assert csh["entry"].see_also == ("dirs",)  # "see also" mid-sentence
    assert csh["dirs"].see_also == ()  # an italic name with no pointer word before it
    assert csh["metacharacter"].body.endswith(
        "either to the shell or to UNIX. These characters are called metacharacters."
    )
    assert csh["shell-script"].see_also == ("script",)
    assert csh["special-character"].see_also == ("metacharacter",)  # a plural names it
    # a list over commas and "and"; ignoreeof is no entry of the excerpt
    assert csh["variables"].see_also == ("path", "pwd")


# --- the same in man, me and mm, inline escapes -------------------------------------------


def test_man_tagged_paragraphs_with_inline_and_alternating_fonts(tmp_path: Path) -> None:
    text = (
        ".TH GLOSS 7\n.SH NAME\ngloss \\- terms\n.SH DESCRIPTION\n.TP\n.B commit\n"
        "A snapshot of the tree.\n.TP\n.B tree\nA directory listing.\n"
        "See \\fBcommit\\fR and \\fIblob\\fP.\n.TP\n.B ref\nA name for a commit;\nsee also\n"
        ".BR tree (5)\nand\n.IR commits .\n.TP\n.B tag\nSee \\f(BIref\\fP (p. 12).\n"
    )
    man = _entries(tmp_path, "gloss.t", text)
    assert list(man) == ["commit", "tree", "ref", "tag"]
    assert man["tree"].body == "A directory listing. See commit and blob."
    assert man["tree"].see_also == ("commit",)  # blob is no entry
    assert man["ref"].see_also == ("tree", "commit")
    assert man["tag"].see_also == ("ref",)
    assert "tag" in man["ref"].aliases  # "See X (p. 12)." is a pointer


def test_me_and_mm_lists(tmp_path: Path) -> None:
    me = (
        ".pp\nTerms.\n.ip alpha\nThe first letter.\n.ip beta\nThe second; see\n.i alpha .\n"
        '.ip gamma\nThe third.\n.sh 1 More\n.pp\nEnd.\n.\\" a comment\n'
    )
    assert _entries(tmp_path, "greek.tr", me)["beta"].see_also == ("alpha",)
    (tmp_path / "greek.tr").unlink()
    mm = (
        ".H 1 Glossary\n.VL 10\n.LI byte\nEight bits.\n.LI word\nTwo\n.I bytes ;\n"
        "see\n.I byte .\n.LI nibble\nHalf a byte.\n.LE\n.P\nDone.\n"
    )
    words = _entries(tmp_path, "units.mm", mm)
    assert list(words) == ["byte", "word", "nibble"]
    assert words["word"].see_also == ("byte",)
    assert words["nibble"].see_also == ()  # "byte" in roman: text only


@pytest.mark.parametrize(
    ("body", "points"),
    [
        ("See Interpolation (3.3, 3.10).", True),
        ("See Interpolation (p. 12).", True),
        ("See Interpolation (below).", False),
    ],
)
def test_pointer_with_section_numbers(body: str, points: bool) -> None:
    text = f"# Glossary\n\n## Interpolation\n\nEstimating between points.\n\n## Lerp\n\n{body}\n"
    _, _, entries = parse_document(text, "g")
    from rag_glossary.parsing.redirects import alias_pointers

    by = {e.anchor: e for e in alias_pointers(entries)}
    assert ("Lerp" in by["interpolation"].aliases) is points


# --- phase 2: troff's single quotes in filled text -----------------------------------------


def test_single_quotes_typeset_in_text_not_in_displays(tmp_path: Path) -> None:
    text = (
        ".IP tty\nThe word\n.I tty\nis a historical abbreviation for `teletype' which is\n"
        'frequently used.\n.IP "command substitution"\nThe replacement of a command enclosed '
        'in `\\`\' characters\nis called\n.I "command substitution"\n(4.3).\n'
        ".IP flag\nOther users' files; an option `\\-s' to list the sizes.\n.DS\n"
        "set d = `date`\necho 'it' `pwd'\n.DE\n.IP word\nA `word'.\n"
    )
    csh = _entries(tmp_path, "csh.g", ".PP\nTerms.\n" + text)
    assert csh["tty"].body == (
        "The word tty is a historical abbreviation for ‘teletype’ which is frequently used."
    )
    assert csh["command-substitution"].body.startswith(
        "The replacement of a command enclosed in ‘`’ characters is called"
    )
    # an apostrophe inside or after a word closes nothing; a display keeps its backquotes
    assert csh["flag"].body == (
        "Other users' files; an option ‘-s’ to list the sizes.\nset d = `date`\necho 'it' `pwd'"
    )


# --- phase 2: a question that refers back after a dash or a colon ---------------------------


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "a friend said csh keeps a directory stack - what is that exactly?",
            "what is directory stack",
        ),
        ("heilmeier catechism — what is it", "what is heilmeier catechism"),
        ("the manual mentions scratch files: what are they?", "what is scratch files"),
        (
            "one of them keeps talking about batch posting, what does that mean",
            "what is batch posting",
        ),
        # a hyphen inside a word, or a dash that does not close on a question asked back
        (
            "what is a well-known port - and who assigns it",
            "what is a well-known port - and who assigns it",
        ),
        ("ctrl-z - does it kill the job?", "ctrl-z - does it kill the job?"),
    ],
)
def test_question_asked_back_after_a_dash_or_colon(question: str, asked: str) -> None:
    from rag_glossary.coverage.asked_back import asked_back

    assert asked_back(question) == asked


def test_dash_asked_back_names_the_entry(tmp_path: Path) -> None:
    shutil.copy(FORMATS / "csh-glossary.ms", tmp_path / "csh.g")
    from rag_glossary.coverage.keyterms import extract_key_terms

    question = (
        "i keep retyping the long paths every time. a friend said csh keeps a directory "
        "stack - what is that exactly?"
    )
    assert [t.text for t in extract_key_terms(question)][:1] == ["directory stack"]
    names = {e.title for e in load_corpus(tmp_path).entries}
    assert "directory stack" in names
