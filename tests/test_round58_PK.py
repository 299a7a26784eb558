"""Round 58 lane PK: Racket Scribble documents (parsing/scribble.py, scribble_reader.py,
scribble_text.py)."""

from __future__ import annotations

from pathlib import Path

from rag_glossary.answer.inline import clean_inline
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.first_names import first_sentence_names
from rag_glossary.parsing.scribble_reader import Cmd, Str, read

ROOT = Path(__file__).resolve().parent.parent

# sschwarzer's racket-glossary.scrbl (eval/corpora/racket-glossary): its helper definitions
# and five entries as written
RACKET = r"""#lang scribble/manual

@(require
  racket/format
  scribble/example)

@(define helper-eval (make-base-eval))
@examples[
  #:eval helper-eval
  #:hidden
  (require
    racket/list)]

@(define in-g "in this glossary")
@(define in-rr "in the Racket Reference")

@(define (title->tag title)
   (regexp-replace* #px"[^A-Za-z0-9]+" title "_"))

@; If the environment variable `OMIT_STUB_ENTRIES` is set to "1", only register
@; the glossary entry, but don't typeset it.
@(define (glossary-entry #:cross-reference? [cross-reference? #f]
                         #:stub? [stub? #f]
                         title-text
                         level
                         . text)
   (list
     (subsection
       #:tag (title->tag title-text)
       #:style 'unnumbered title-text)
     text))

@(define (secref* term-or-terms document)
   (define terms
     (if (list? term-or-terms)
         term-or-terms
         (list term-or-terms)))
   (add-between
     (for/list ([term terms])
       (secref term #:doc (list 'lib url)))
     ", "))

@(define (glossary-inline-link term [text #f])
   (hyperlink url link-text))

@; Less clear, but shorter.
@(define inline-link glossary-inline-link)

@(define (svg-image path)
   (image
     (~a (build-path scribblings-directory path) ".svg")
     #:scale 4))

@title{Glossary of Racket concepts}

@section{Entries}

@glossary-entry["Arity" 'basic]{

The arity describes how many arguments a function can accept. Everything from
zero to infinitely many arguments is possible.

See also:
@itemlist[
  @item{@secref*["Procedure" 'glossary] @in-g}
  @item{@secref*["Keywords_and_Arity" 'reference] @in-rr}]
}

@glossary-entry["Assignment" 'basic]{

@; Binding vs. location?

Assigning means the same as in most programming languages: changing the value
of a variable. To change the value of a variable, use @racket[set!]:
@examples[
  #:eval helper-eval
  #:label #f
  (define my-variable 2)
  (set! my-variable 5)
]

The ``normal'' approach in functional languages is to transform immutable
values -- see @inline-link["Procedure"]{functions}.
@svg-image{list-1234}
}

@glossary-entry["Channel" 'intermediate #:stub? #t]{
}

@glossary-entry["Currying" 'basic #:cross-reference? #t]{

  See @secref*["Partial_application_and_currying" 'glossary]
}

@glossary-entry["Partial application and currying" 'basic]{

Partial application takes a function and some of its arguments and returns a
function that takes the remaining arguments.
@examples[
  #:eval helper-eval
  (code:comment "Partial application.")
  (define (add a b) (+ a b))
  (eval:error (add 1))]
}

@glossary-entry["Procedure" 'basic]{
A procedure, also called a function, is a value that can be called.
}
"""


def _entries(tmp_path: Path, text: str, name: str = "g.scrbl") -> dict[str, Entry]:
    (tmp_path / name).write_text(text)
    return {e.title: e for e in load_corpus(tmp_path).entries}


def test_entry_command_calls_are_the_terms(tmp_path: Path) -> None:
    entries = _entries(tmp_path, RACKET)
    assert list(entries) == [
        "Arity",
        "Assignment",
        "Channel",
        "Currying",
        "Partial application and currying",
        "Procedure",
    ]
    assert entries["Partial application and currying"].id == ("g#partial-application-and-currying")
    assert entries["Arity"].line == 58


def test_markup_reads_as_text_and_code_stays_code(tmp_path: Path) -> None:
    entries = _entries(tmp_path, RACKET)
    arity = entries["Arity"].body
    assert arity.startswith("The arity describes how many arguments a function can accept.")
    assert "- Procedure in this glossary\n- Keywords and Arity in the Racket Reference" in arity
    assert arity.endswith("Level: basic")  # the definition's parameter names the argument
    assignment = entries["Assignment"].body
    # code stays code: a Markdown code span, a fenced block (what the answers show as code)
    assert "use `set!`:\n\n```racket\n(define my-variable 2)\n(set! my-variable 5)\n```\n\n" in (
        assignment
    )
    assert 'The "normal" approach' in assignment and "values \u2013 see functions." in assignment
    assert "list-1234" not in assignment and "@" not in assignment  # an image helper: nothing
    partial = entries["Partial application and currying"].body
    assert "```racket\n; Partial application.\n(define (add a b) (+ a b))\n(add 1)\n```" in partial


def test_secref_tags_name_entries_and_stubs(tmp_path: Path) -> None:
    entries = _entries(tmp_path, RACKET)
    assert entries["Arity"].see_also == ("Procedure",)
    assert entries["Assignment"].see_also == ("Procedure",)  # @inline-link["Procedure"]{...}
    assert entries["Channel"].body == ""  # a stub: an entry without text, no level
    currying = entries["Currying"]
    assert currying.body == "See Partial application and currying"  # a pointer, one line
    assert "Currying" in entries["Partial application and currying"].aliases


def test_sections_when_no_entry_command() -> None:
    text = """#lang scribble/manual
@title{Glossary}
@section{Closure}
A @deftech{closure} keeps its @emph{environment}.
@subsection{Example}
@racketblock[(lambda (x) (+ x y))]
@section[#:tag "thunk"]{Thunk}
A procedure of no arguments; see @secref["thunk"] and @secref["Closure"].
@section{Box}
@;{ a block comment @bold{not shown} }
A mutable cell, @|in-g|, @"@"-free.
"""
    entries = {e.title: e for e in parse_text(text, "s", file="s.scrbl")}
    assert list(entries) == ["Closure", "Thunk", "Box"]
    assert entries["Closure"].body == (
        "A closure keeps its environment.\n\nExample\n\n```racket\n(lambda (x) (+ x y))\n```"
    )
    assert entries["Thunk"].see_also == ("Closure",)
    assert entries["Box"].body == "A mutable cell, , @-free."


def test_hash_literals_are_one_datum(tmp_path: Path) -> None:
    # racket-glossary's Vector: "#(1 2 3)" in an example is a vector literal, one line
    text = RACKET.replace(
        "(define my-variable 2)", '#(1 2 3)\n  #px"a+"\n  (hash-ref #hash((1 . a)) 1)'
    )
    body = _entries(tmp_path, text)["Assignment"].body
    assert '#(1 2 3)\n#px"a+"\n(hash-ref #hash((1 . a)) 1)\n(set! my-variable 5)' in body


def test_reader_balances_brackets_braces_and_strings() -> None:
    nodes = read('@f["a}" (g "]")]{x {y} @b{z} |w}@g|{ } }|')
    f = nodes[0]
    assert isinstance(f, Cmd) and f.name == "f" and isinstance(f.args[0], Str)
    assert f.args[0].value == "a}"
    g = nodes[1]
    assert isinstance(g, Cmd) and g.name == "g" and g.body is not None


def test_other_files_are_no_scribble() -> None:
    # a .scrbl without entry calls or sections gives none (a manual's prose)
    assert parse_text("#lang scribble/manual\n@title{X}\nText.\n", "x", file="x.scrbl") == []


# --- phase 2 ------------------------------------------------------------------------------


def test_first_sentence_list_closed_without_a_comma() -> None:
    # racket-glossary's Hash: "also called hash tables, hash maps or dictionaries, map ..."
    body = "Hashes, also called hash tables, hash maps or dictionaries, map keys to values."
    assert first_sentence_names("Hash", body, "en") == ["hash tables", "hash maps", "dictionaries"]
    # the Oxford comma's list, as before
    oxford = "Vector search, also known as similarity search, or nearest neighbor search, is a way."
    assert first_sentence_names("Vector search", oxford, "en") == [
        "similarity search",
        "nearest neighbor search",
    ]


def test_sometimes_called_names_the_term() -> None:
    # racket-glossary's Numeric tower; distsys-glossary's "Sometimes called distributed
    # processing, this is ..."; dental-glossary's "commonly called "bad breath," is ..."
    tower = 'The numeric tower, sometimes called "numerical tower," is an analogy for how ...'
    assert first_sentence_names("Numeric tower", tower, "en") == ["numerical tower"]
    distsys = "Sometimes called distributed processing, this is the technique of linking ..."
    assert first_sentence_names("Distributed computing", distsys, "en") == [
        "distributed processing"
    ]


def test_predicate_names_are_quoted() -> None:
    # racket-glossary's Equality: "`eq?` checks object Identity" read "eq? checks" (a question)
    assert clean_inline("`eq?` checks object identity.") == '"eq?" checks object identity.'
    assert clean_inline("use `set!` to change it") == 'use "set!" to change it'
    assert clean_inline("the `is` operator, a `?` mark") == 'the is operator, a "?" mark'
