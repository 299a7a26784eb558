"""Static checks of eval/corpora/racket-glossary/questions.jsonl (blind, round 58).

Run from the worktree root: ``python eval/check_racket-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **Scribble source file** (``racket-glossary.scrbl``: Stefan Schwarzer's
"Glossary of Racket concepts", sschwarzer/racket-glossary ``scribblings/racket-glossary.scrbl``,
licensed like Racket, MIT or Apache-2.0). It opens with ``#lang scribble/manual``, a
``@(require ...)`` of Racket libraries, a hidden evaluator and 24 ``@(define ...)`` forms
(helpers written in Racket: ``glossary-entry``, ``inline-link``, ``other-languages``,
``svg-image``), then ``@title``, an introduction (``@section{Introduction}``) and
``@section{Entries}``: 136 calls ``@glossary-entry["Title" 'level]{ ... }`` in alphabetical
order, ``'level`` one of ``'basic`` / ``'intermediate`` / ``'advanced``; 64 of them are stubs
(``#:stub? #t``, an empty body) and 23 cross-references (``#:cross-reference? #t``, a body
"See @secref*[...]" only), so 49 have a text of their own. The bodies are Scribble markup:
``@racket[...]``, ``@code{...}``, ``@inline-link["Procedure"]{function}``,
``@itemlist[@item{...}]``, ``@examples[#:eval helper-eval ...]`` blocks of Racket code
evaluated at build time, ``@entry-subsection{...}`` headings, eight ``@tabular`` tables,
``@other-languages{...}`` boxes, TeX-style quotes (````like this''``), "See also:" lists of
``@secref*`` links.

Written blind while the parser read no file of the folder (``rag-glossary entries`` exits 2:
"no glossary files", the ``.scrbl`` suffix is not among those it reads), so the ids were keyed
by hand: one entry per ``@glossary-entry`` call, ANCHOR = the shared corpus README's ``slug``
of the title string (``closure``, ``higher-order-function``, ``quasiquote-and-unquote``), text =
the title and the raw body up to the next call (markup left in, as ``flat`` reads it). Until
the loader reads the file this script checks that reading (``main_keyed`` falls back to it).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main_keyed, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "racket-glossary"
GLOSSARY = FOLDER / "racket-glossary.scrbl"
N = "racket-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Procedure / Hash /
    # Thunk, Stream's cached evaluation; Pair / List / Hash; Hash / Port / String; Identity /
    # Functional update / Vector; Fixnum / Number; Number's rationals; List / Pair;
    # Identifier / Naming conventions / Symbol; Higher-order function's sort)
    f"{N}023": [
        "memoize",
        "memoized",
        "memoization",
        "memoise",
        "memoisation",
        "memo",
        "memoizing",
    ],
    f"{N}024": ["association list", "association lists", "alist", "assoc", "assq", "assv"],
    f"{N}025": ["json", "jsexpr", "read-json", "write-json", "javascript object notation"],
    f"{N}026": ["deep copy", "deep-copy", "deep", "shallow copy", "shallow", "clone"],
    f"{N}027": [
        "bitwise",
        "bitwise-and",
        "bitwise-ior",
        "bitwise-xor",
        "arithmetic-shift",
        "shift",
        "xor",
        "bit mask",
        "bitmask",
        "mask",
    ],
    f"{N}028": [
        "quotient",
        "remainder",
        "modulo",
        "integer division",
        "floor division",
        "divmod",
        "quotient/remainder",
    ],
    f"{N}029": ["improper", "improper list", "dotted", "dotted pair", "dotted list"],
    f"{N}030": [
        "case-sensitive",
        "case sensitive",
        "case-insensitive",
        "case insensitive",
        "case sensitivity",
        "case-fold",
    ],
    f"{N}031": ["stable", "stable sort", "stability", "sorting"],
    # named; several share a word with a title: lambda calculus ("lambda": Lambda, Let over
    # lambda), hash collision ("hash": Hash), vector clock ("vector": Vector), port
    # forwarding ("port": Port), predicate pushdown ("predicate": Predicate), void pointer
    # ("void": Void), list monad ("list": List), symbol table ("symbol": Symbol), identity
    # function ("identity": Identity)
    f"{N}032": ["lambda calculus", "calculus", "church", "beta reduction"],
    f"{N}033": ["hash collision", "collision", "collisions"],
    f"{N}034": ["vector clock", "vector clocks", "clock", "clocks", "lamport"],
    f"{N}035": ["port forwarding", "forwarding", "ssh"],
    f"{N}036": ["predicate pushdown", "pushdown"],
    f"{N}037": ["void pointer", "pointer", "pointers"],
    f"{N}038": ["monad", "monads", "monadic", "list monad"],
    f"{N}039": ["symbol table", "symbol tables", "symtab"],
    f"{N}040": ["identity function"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# One glossary entry: the call's opening line, ``@glossary-entry["Title" 'level ...]{``.
ENTRY = re.compile(r'^@glossary-entry\["([^"]*)" \'(\w+)([^\]]*)\]\{', re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + raw body): one entry per ``@glossary-entry`` call, ANCHOR = the shared
    corpus README's slug of the title string; the body runs to the next call (the last one to
    the end of the file), Scribble markup left in."""
    text = GLOSSARY.read_text(encoding="utf-8")
    calls = list(ENTRY.finditer(text))
    entries: dict[str, str] = {}
    for i, call in enumerate(calls):
        end = calls[i + 1].start() if i + 1 < len(calls) else len(text)
        anchor = f"racket-glossary#{slug(call.group(1))}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{call.group(1)} {text[call.end() : end]}")
    assert len(entries) == 136, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the @glossary-entry calls, keyed by their title"
    )


if __name__ == "__main__":
    sys.exit(main_keyed(PLAN, by_hand))
