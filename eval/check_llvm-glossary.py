"""Static checks of eval/corpora/llvm-glossary/questions.jsonl (blind, held out in round 20).

Run from the worktree root: ``python eval/check_llvm-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``llvm-glossary.rst``, llvm/llvm-project's
``llvm/docs/Lexicon.rst``, "The LLVM Lexicon"), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "llvm-glossary"
N = "llvm-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (instruction selection / machine code,
    # LICM / LCSSA loops, IPO / ICP calls, CFI / FDE stack frames, GC / heap / roots, SRoA and
    # pointers, SCC / RPO / DAG graphs, SSA / LCSSA, AST / parsing) is in the glossary
    f"{N}023": [
        "register allocation",
        "register allocator",
        "regalloc",
        "register",
        "registers",
        "spill",
        "spilling",
        "spilled",
    ],
    f"{N}024": ["loop unrolling", "unroll", "unrolling", "unrolled", "unroller"],
    f"{N}025": ["inlining", "inline", "inliner", "inlined", "inline expansion"],
    f"{N}026": [
        "tail call",
        "tail-call",
        "tail calls",
        "tail call optimization",
        "tail recursion",
        "tail",
        "tco",
        "sibling call",
        "sibcall",
    ],
    f"{N}027": [
        "reference counting",
        "reference count",
        "refcount",
        "refcounting",
        "refcounted",
        "arc",
        "count",
        "counting",
    ],
    f"{N}028": ["escape analysis", "escape", "escapes", "escaping", "capture tracking"],
    f"{N}029": [
        "dominator",
        "dominators",
        "dominator tree",
        "dominance",
        "dominate",
        "dominates",
        "idom",
        "domtree",
    ],
    f"{N}030": ["phi", "phi node", "phi nodes", "phi function", "φ", "merge"],
    f"{N}031": [
        "lexer",
        "lexing",
        "lexical analysis",
        "lexical",
        "tokenizer",
        "tokenize",
        "token",
        "tokens",
        "scanner",
    ],
    # named; sharing a word with an entry's name: constant folding (ICF Identical Code
    # Folding, SCCP Sparse Conditional Constant Propagation), loop vectorizer (BB
    # Vectorization, SLP), mark and sweep garbage collection (GC Garbage Collection), stack
    # canary (Stack Map), smart pointer (Derived / Object Pointer), JIT compiler (ICE Internal
    # Compiler Error), value range propagation (GVN / Load-VN value numbering, SCCP
    # propagation), instruction scheduling (ISel / SDISel Instruction Selection), abstract
    # interpretation (AST Abstract Syntax Tree; ento, the Clang Static Analyzer)
    f"{N}032": ["constant folding", "constant-folding", "constfold", "fold"],
    f"{N}033": [
        "loop vectorizer",
        "loop vectorization",
        "loop-vectorize",
        "loopvectorize",
        "vectorization factor",
    ],
    f"{N}034": ["mark and sweep", "mark-and-sweep", "mark-sweep", "mark", "sweep"],
    f"{N}035": [
        "stack canary",
        "canary",
        "canaries",
        "stack protector",
        "stack-protector",
        "ssp",
        "stack smashing",
    ],
    f"{N}036": ["smart pointer", "smart pointers", "unique_ptr", "shared_ptr", "raw pointer"],
    f"{N}037": ["jit", "just-in-time", "just in time", "mcjit", "orcjit", "orc"],
    f"{N}038": ["value range propagation", "value range", "range analysis", "range", "vrp"],
    f"{N}039": ["instruction scheduling", "scheduling", "scheduler", "schedule", "misched"],
    f"{N}040": ["abstract interpretation", "interpretation", "abstract domain", "interpreter"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
