"""Static checks of eval/corpora/rpg-glossary/questions.jsonl (blind, round 36).

Run from the worktree root: ``python eval/check_rpg-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one LaTeX file (``glossary.tex``, Andonome/core's ``glossary.tex`` at commit
018612e, the glossary of the BIND fantasy tabletop role-playing game's core rules): 41
definitions for the ``glossaries`` package, 28 ``\\newglossaryentry{key}{name={...},
description={...}, first={...}}`` and 13 ``\\newacronym[description={...}, shortplural={...}]
{key}{SHORT}{Long form}``.

Written blind while round 35's parser read no file from the folder: ``.tex`` is not in
``GLOSSARY_SUFFIXES``, so ``rag-glossary entries`` exits 2 ("no glossary files") and this
check stops there; the negative-term grep would also read no text (``corpus_files`` keeps
only GLOSSARY_SUFFIXES). The anchors are the shared corpus README's slug of each entry's
displayed name (``name=``, or an acronym's SHORT form: ``The Evasion Factor`` ->
``the-evasion-factor``, ``Qualm\\"e`` -> ``qualme``, ``{sp}{sp}{Silver Pieces}`` after
``{SP}{SP}{Shield Points}`` -> ``sp-1``); eval/corpora/rpg-glossary/README.md lists them and
how the other checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "rpg-glossary"
N = "rpg-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (HP / Fatigue Point, the coins, MP,
    # Natural Roll, The Strike Factor, Character / Attribute, Square / Round / Scene's "move",
    # HP / DR, TN / Skill) is in the glossary
    f"{N}023": ["unconscious", "knocked out", "knock out", "wake", "stabilise", "stabilize"],
    f"{N}024": ["loot", "treasure", "split", "share", "reward"],
    f"{N}025": ["regain", "recover", "recovery", "regenerate", "replenish", "restore", "rest"],
    f"{N}026": ["advantage", "disadvantage", "keep the higher", "reroll", "re-roll", "better"],
    f"{N}027": ["sneak attack", "sneak", "surprise", "ambush", "behind", "flanking", "backstab"],
    f"{N}028": ["character sheet", "sheet", "character creation", "create", "roll up"],
    f"{N}029": ["movement", "walk", "walking", "feet per round", "speed rating"],
    f"{N}030": ["poison", "poisoned", "venom", "toxin", "toxic"],
    f"{N}031": ["assist", "help", "team", "teamwork", "together", "cooperate", "combine"],
    # named; six share a word with a title: hit dice (HP: Hit Points), action points (Quick
    # Action, Resting Action, and the ... Point entries), spell slot (Standing Spell), area of
    # effect (Area), player versus player (PC / NPC: Player Character), natural armor (Natural
    # Roll)
    f"{N}032": ["hit dice", "hit die", "hd"],
    f"{N}033": ["action point", "action points", "ap"],
    f"{N}034": ["spell slot", "spell slots", "slot", "slots"],
    f"{N}035": ["area of effect", "aoe", "blast radius", "radius"],
    f"{N}036": ["player versus player", "player vs player", "pvp"],
    f"{N}037": ["natural armor", "natural armour"],
    f"{N}038": ["saving throw", "save", "saves", "throw"],
    f"{N}039": ["armor class", "armour class", "ac"],
    f"{N}040": ["session zero", "session 0", "session"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
