"""Static checks of eval/corpora/bst-glossary/questions.jsonl (blind, round 40).

Run from the worktree root: ``python eval/check_bst-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one TexiWEB / Texinfo source file (``bst-glossary.w``: the Glossary appendix
of Ben Pfaff's GNU libavl book, gnu-mirror-unofficial/avl ``glossary.w``): ``@c`` comment
lines holding the copyright and GFDL notice, ``@node Glossary, ...`` and ``@appendix
Glossary``, then 71 paragraphs each opened by the book's own macro ``@glossdfn{TERM}`` with
the definition running on after the closing brace, hard-wrapped; cross references as
``@gloss{...}`` (also split over a line break), ``@ref{...}`` / ``@xref{...}`` /
``@bibref{...}``, C code between ``|...|`` bars, TeX quotes ````...''``.

Written blind while the parser read no file from the folder (``.w`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``@glossdfn{...}`` paragraph, ANCHOR = the shared corpus README's ``slug`` of the
text inside the braces (``@glossdfn{AVL tree}`` -> ``avl-tree``), body = the text after the
brace up to the next ``@glossdfn``; the negatives' grep reads the ``.w`` file itself. The
anchors are listed in eval/corpora/bst-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "bst-glossary"
GLOSSARY = FOLDER / "bst-glossary.w"
N = "bst-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Rotation / Root, Shallow / Deep Copy,
    # Binary Tree / Node, Parent / Path, Traversal, Subtree / Key, Binary / Sequential Search,
    # Dynamic / Static, Recursion / Tail Recursion) is in the glossary
    f"{N}023": [
        "splay",
        "splay tree",
        "splaying",
        "self-adjusting",
        "move-to-root",
        "move to root",
    ],
    f"{N}024": [
        "persistent",
        "persistence",
        "immutable",
        "path copying",
        "versions",
        "versioned",
        "copy-on-write",
    ],
    f"{N}025": ["b-tree", "btree", "b+ tree", "b+tree", "multiway", "multi-way", "2-3", "disk"],
    f"{N}026": [
        "ancestor",
        "ancestors",
        "lowest common ancestor",
        "least common ancestor",
        "common ancestor",
        "lca",
    ],
    f"{N}027": [
        "level order",
        "level-order",
        "breadth-first",
        "breadth first",
        "bfs",
        "queue",
        "level",
    ],
    f"{N}028": [
        "order statistic",
        "order-statistic",
        "rank",
        "kth",
        "k-th",
        "subtree size",
        "select",
    ],
    f"{N}029": ["hash", "hashing", "hash table", "hashtable", "bucket", "buckets", "hash function"],
    f"{N}030": [
        "garbage",
        "garbage collection",
        "garbage collector",
        "reference counting",
        "refcount",
        "gc",
    ],
    f"{N}031": [
        "memoization",
        "memoisation",
        "memoize",
        "memoise",
        "cache",
        "caching",
        "dynamic programming",
        "subproblem",
    ],
    # named; several share a word with a title: AA tree, scapegoat tree, interval tree,
    # weight-balanced tree (Balanced Tree, AVL Tree, Binary Tree), prefix tree (the "tree"
    # titles), binary heap (Binary Tree, Binary Search), left-leaning red-black tree (Red-Black
    # Tree, Left Child), stack overflow (Recursion's neighbourhood)
    f"{N}032": ["aa tree", "aa-tree", "andersson"],
    f"{N}033": ["scapegoat", "scapegoat tree"],
    f"{N}034": ["trie", "tries", "prefix tree", "radix tree", "digital tree"],
    f"{N}035": ["interval tree", "interval", "intervals", "segment tree"],
    f"{N}036": ["weight-balanced", "weight balanced", "weight", "bb[alpha]"],
    f"{N}037": ["heap", "binary heap", "min-heap", "max-heap", "heapify", "priority queue"],
    f"{N}038": ["skip list", "skiplist", "skip-list"],
    f"{N}039": ["left-leaning", "left leaning", "llrb", "sedgewick"],
    f"{N}040": ["stack overflow", "stack", "call stack", "stack frame"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body): one entry per @glossdfn{TERM} paragraph."""
    entries: dict[str, str] = {}
    text = GLOSSARY.read_text(encoding="utf-8")
    parts = re.split(r"@glossdfn\{([^}]*)\}", text)
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        key = f"bst-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the @glossdfn paragraphs")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
