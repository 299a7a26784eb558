"""Static checks of eval/corpora/scratch-glossary/questions.jsonl (blind, round 37).

Run from the worktree root: ``python eval/check_scratch-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one DokuWiki page (``scratch-glossary.txt``, jbschafer/LearningLabServer's
``data/pages/glossary.txt``, a Scratch coding club's wiki): a ``====== Glossary ======``
heading, an intro paragraph with a ``[[url|text]]`` link, then 55 ``  * **term** - definition``
bullets, 26 of them with the bold term itself a ``[[url|text]]`` link into the Scratch wiki,
tab characters between most words of the older definitions, one bullet with an em dash
instead of `` - `` (``answer``), ``&quot;`` entities. The parser (round 36's final code) reads 54
of the 55 terms: ``answer`` (the em-dash bullet) is missing; ids are used as the parser gives them
(README).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "scratch-glossary"
N = "scratch-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Sprite, Direction, Operator Block,
    # Function, Event-Handler / Forever, List, Digital Citizen, Digital Footprint, Code) is in
    # the glossary
    f"{N}023": ["clone", "clones", "cloning", "cloned", "duplicate", "duplicates"],
    f"{N}024": [
        "coordinate",
        "coordinates",
        "x position",
        "y position",
        "x-axis",
        "y-axis",
        "x and y",
    ],
    f"{N}025": ["random", "randomly", "pick random", "dice", "chance"],
    f"{N}026": ["recursion", "recursive", "calls itself"],
    f"{N}027": [
        "parallel",
        "parallelism",
        "simultaneous",
        "simultaneously",
        "concurrency",
        "concurrent",
        "at the same time",
    ],
    f"{N}028": ["sort", "sorting", "sorted", "alphabetical"],
    f"{N}029": ["cyberbullying", "bullying", "bully", "bullied", "mean"],
    f"{N}030": ["password", "passwords", "passcode", "account"],
    f"{N}031": ["comment", "comments", "commenting", "annotation", "notes"],
    # named; several share a word with a title: cap block (the ... Block titles), while loop
    # and for loop (Loop), binary search (Binary), string concatenation (String), digital divide
    # (Digital Citizen, Digital Footprint), function parameters (Function), sprite sheet
    # (Sprite, Sprite List); syntax error near Bug
    f"{N}032": ["cap block", "cap blocks", "cap"],
    f"{N}033": ["while loop", "while"],
    f"{N}034": ["for loop", "for-loop", "for loops"],
    f"{N}035": ["binary search", "search", "searching"],
    f"{N}036": ["syntax error", "syntax"],
    f"{N}037": ["concatenation", "concatenate", "join", "joining"],
    f"{N}038": ["digital divide", "divide"],
    f"{N}039": ["parameter", "parameters", "argument", "arguments"],
    f"{N}040": ["sprite sheet", "sprite sheets", "spritesheet", "sheet"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
