"""Static checks of eval/corpora/chess-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_chess-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``chess-glossary.md``, iamharryliu/vigilant-broccoli's
``notes/hobbies/chess/chess.md``: a two-column Markdown table of chess terms followed by
short bulleted notes on openings, checkmate patterns and a turn routine), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "chess-glossary"
N = "chess-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Tempo / Initiative, Development /
    # Diagonal, Draw / Stalemate, Turn, Diagonal / pawn structure, Checkmate and the mating
    # patterns, File / Pin, Tempo's "unit of time") is in the glossary
    f"{N}023": ["zugzwang", "compulsion", "pass"],
    f"{N}024": ["fianchetto", "fianchettoed", "long diagonal"],
    f"{N}025": ["threefold repetition", "threefold", "repetition", "three times", "repeat"],
    f"{N}026": ["fifty-move rule", "fifty-move", "fifty move", "50-move", "50 move", "fifty", "50"],
    f"{N}027": ["touch-move", "touch move", "touch", "j'adoube", "adoube", "arbiter"],
    f"{N}028": ["pawn chain", "pawn chains", "chain", "chains"],
    f"{N}029": ["scholar's mate", "scholars mate", "scholar", "four-move", "four move", "f7"],
    f"{N}030": ["battery", "doubled rooks", "doubling", "alekhine's gun"],
    f"{N}031": ["time control", "clock", "increment", "blitz", "rapid", "bullet", "classical"],
    # named; sharing a word with a title: fool's mate and arabian mate (Back Rank Mate,
    # Smothered Mate, Anastasia's Mate ...), pawn storm (Isolated / Passed / Backward Pawn),
    # hanging pawns (Hanging Piece), open file (File), perpetual check (Check), endgame
    # tablebase (Endgame), rule of the square (Weak / Flight / Intersection Square); lucena
    # position shares none (neighbour Endgame)
    f"{N}032": ["fool's mate", "fools mate", "fool", "two-move checkmate"],
    f"{N}033": ["arabian mate", "arabian"],
    f"{N}034": ["pawn storm", "storm"],
    f"{N}035": ["hanging pawns"],
    f"{N}036": ["open file", "half-open file", "half-open", "semi-open", "open"],
    f"{N}037": ["perpetual check", "perpetual"],
    f"{N}038": ["endgame tablebase", "tablebase", "tablebases", "syzygy"],
    f"{N}039": ["rule of the square", "square of the pawn"],
    f"{N}040": ["lucena position", "lucena", "building a bridge", "bridge"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
