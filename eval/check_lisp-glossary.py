"""Static checks of eval/corpora/lisp-glossary/questions.jsonl (blind, round 37).

Run from the worktree root: ``python eval/check_lisp-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Emacs Org-mode file (``glossary.org``, ashok-khanna/lisp-notes at
02e4d871, "an extract of the glossary of Common Lisp: A Gentle Introduction to Symbolic
Computation by David S. Touretzky"): ``#+DATE:`` / ``#+TITLE:`` keywords, an Org comment line
of ``#`` signs, one ``***`` heading that is no term, then 41 paragraphs ``*Term*: definition``
(Org bold term, colon outside the bold, hard-wrapped definitions, blank line between).

Written blind while round 36's final code did not read ``.org`` files at all
(``rag-glossary entries`` exits with "no glossary files (.md, ... .tex)"): until the loader
reads ``.org``, this check stops there (the "relevant id exists" and must_include checks need
the parsed entries), and the negative-term grep of ``heldout_checks`` reads no text (it
takes only files whose suffix is in GLOSSARY_SUFFIXES). The ids are the shared corpus
README's slug of each bold term (``*Lambda-list keyword*`` -> ``lambda-list-keyword``);
eval/corpora/lisp-glossary/README.md lists them and says how the other checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "lisp-glossary"
N = "lisp-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Cons Cell / Pointer / Address, Function /
    # Body, Macro Function / Lambda Expression, Function / Body's "value of the last
    # expression", Variable / Symbol, Special Function's "evaluated", Block / Clause, List /
    # Cons Cell, Function / Type System) is in the glossary
    f"{N}023": ["garbage", "garbage collection", "collector", "gc", "reclaim", "freed"],
    f"{N}024": ["tail", "tail call", "recursion", "recursive", "stack", "frame"],
    f"{N}025": ["backquote", "backtick", "quasiquote", "comma", "commas", "splice", "template"],
    f"{N}026": [
        "multiple values",
        "values",
        "multiple-value-bind",
        "quotient",
        "remainder",
        "floor",
    ],
    f"{N}027": ["hash", "hash table", "hashtable", "key", "lookup", "key-value"],
    f"{N}028": ["repl", "read-eval-print", "prompt", "listener", "interactive", "toplevel"],
    f"{N}029": [
        "condition",
        "conditions",
        "handler",
        "handler-case",
        "error",
        "errors",
        "restart",
        "signal",
    ],
    f"{N}030": [
        "destructive",
        "nconc",
        "rplaca",
        "rplacd",
        "in place",
        "mutate",
        "mutation",
        "copy",
    ],
    f"{N}031": [
        "generic function",
        "clos",
        "method",
        "methods",
        "class",
        "dispatch",
        "defmethod",
        "defclass",
    ],
    # named; several share a word with a title: association list (List, Proper List, Dotted
    # List), keyword symbol (Symbol, Lambda-list keyword), lambda calculus (Lambda), reader
    # macro (Macro Function), package nickname (Package, Package Name), string stream (String),
    # type specifier (Type System), block comment (Block, Block Name), format directive
    f"{N}032": ["association list", "alist", "a-list", "assoc"],
    f"{N}033": ["keyword symbol", "keyword symbols", "self-evaluating"],
    f"{N}034": ["lambda calculus", "church"],
    f"{N}035": ["reader macro", "read macro", "read-macro", "readtable", "reader"],
    f"{N}036": ["nickname", "nicknames"],
    f"{N}037": ["string stream", "string-stream", "stream", "streams"],
    f"{N}038": ["type specifier", "type-specifier", "specifier"],
    f"{N}039": ["block comment", "block comments", "comment", "comments"],
    f"{N}040": ["format", "directive", "directives"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
