"""Static checks of eval/corpora/rust-glossary/questions.jsonl (blind, round 27, second batch).

Run from the worktree root: ``python eval/check_rust-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``rust-glossary.md``, rust-lang/reference's
``src/glossary.md``: ``###`` terms with mdbook-spec rule lines ``r[glossary.*]`` and
reference-style links), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "rust-glossary"
N = "rust-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file. ("borrowed", "mutable", "lifetime(s)", "static dispatch",
# "trait object", "generic(s)", "sized", "unsafe", "moved", "stack", "iter" DO occur, so they
# are not listed.)
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Slice / String slice's shared and mutable
    # borrowed forms, Name / Entity's lifetimes, Dispatch, Local trait / Local type / Uncovered
    # type, Combinator / Turbofish's `|n| n * 2`, Abstract syntax tree, Dyn-compatible traits,
    # Crate's external crates) is in the glossary
    f"{N}023": ["borrow checker", "borrowck", "borrow", "borrowing", "ownership", "aliasing"],
    f"{N}024": [
        "lifetime elision",
        "elision",
        "elided",
        "elide",
        "lifetime annotation",
        "lifetime annotations",
    ],
    f"{N}025": [
        "monomorphization",
        "monomorphisation",
        "monomorphize",
        "monomorphized",
        "monomorphic",
        "code bloat",
    ],
    f"{N}026": ["interior mutability", "refcell", "cell", "mutex", "unsafecell"],
    f"{N}027": ["orphan rule", "orphan rules", "orphan", "coherence", "foreign trait", "newtype"],
    f"{N}028": [
        "closure",
        "closures",
        "lambda",
        "lambdas",
        "anonymous function",
        "anonymous functions",
        "capture",
        "captures",
    ],
    f"{N}029": [
        "macro",
        "macros",
        "macro_rules",
        "println",
        "vec!",
        "procedural macro",
        "metaprogramming",
    ],
    f"{N}030": [
        "vtable",
        "vtables",
        "virtual table",
        "virtual method table",
        "function pointer",
        "function pointers",
        "pointer",
        "pointers",
    ],
    f"{N}031": [
        "cargo",
        "cargo.toml",
        "crates.io",
        "package manager",
        "dependency",
        "dependencies",
        "package",
        "packages",
        "build tool",
    ],
    # named; most sharing a word with a title: marker trait and auto trait (Trait, Local trait,
    # Fundamental traits), raw string literal (String literal), fat pointer (none; near Slice,
    # Dynamically sized type), type inference (Local type, Uncovered type), crate features
    # (Crate), name mangling (Name, Name resolution), variable shadowing (none; near Scope),
    # zero cost abstraction (Zero-sized type)
    f"{N}032": ["marker trait", "marker traits", "marker", "phantomdata"],
    f"{N}033": ["auto trait", "auto traits", "send", "sync", "auto"],
    f"{N}034": ["raw string", "raw strings", "raw string literal", "raw"],
    f"{N}035": [
        "fat pointer",
        "fat pointers",
        "wide pointer",
        "thin pointer",
        "pointer",
        "metadata",
    ],
    f"{N}036": ["type inference", "inference", "infer", "inferred", "hindley-milner"],
    f"{N}037": [
        "crate feature",
        "crate features",
        "feature flag",
        "feature flags",
        "feature",
        "features",
        "cfg",
    ],
    f"{N}038": [
        "name mangling",
        "mangling",
        "mangled",
        "mangle",
        "symbol name",
        "symbol",
        "symbols",
        "no_mangle",
    ],
    f"{N}039": ["shadowing", "shadow", "shadowed", "shadows", "rebinding"],
    f"{N}040": [
        "zero-cost",
        "zero cost",
        "zero-cost abstraction",
        "zero-cost abstractions",
        "abstraction",
        "abstractions",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
