"""Static checks of eval/corpora/gamedev-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_gamedev-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``gamedev-glossary.md``, DreamEcho100/mario-game-in-
typescript-canvas's ``src/routes/units/unit-01-game-foundations/h-glossary.md``: a bold
title alone on a line, its definition on the next line, under ``## A`` ... ``## Z`` and
topic sections), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "gamedev-glossary"
N = "gamedev-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Delta Time / Game Loop, Texture / Zoom,
    # UI, Tiled Map / FSM, Collision Detection / AABB, Frame / Hitbox, Bounds / State, Tiled
    # Map / JSON, Coyote Time / Input Buffer) is in the glossary
    f"{N}023": [
        "fixed timestep",
        "fixed time step",
        "fixed",
        "timestep",
        "time step",
        "accumulator",
        "fixed update",
    ],
    f"{N}024": ["mipmap", "mipmaps", "mipmapping", "mip map", "mip"],
    f"{N}025": ["nine-slice", "9-slice", "nine-patch", "9-patch", "slice", "slicing"],
    f"{N}026": [
        "pathfinding",
        "path finding",
        "a*",
        "a star",
        "dijkstra",
        "navmesh",
        "navigation mesh",
        "shortest path",
    ],
    f"{N}027": [
        "separating axis theorem",
        "separating axis",
        "sat",
        "obb",
        "oriented bounding box",
    ],
    f"{N}028": ["hitstop", "hit stop", "hit pause", "hitlag", "freeze frame", "freeze"],
    f"{N}029": ["checkpoint", "checkpoints", "respawn", "respawn point", "save point"],
    f"{N}030": ["procedural generation", "procedural", "procgen", "seed", "random", "noise"],
    f"{N}031": ["variable jump height", "variable jump", "jump height", "short hop", "jump cut"],
    # named; most share a word with a title: sprite batching (Sprite, Sprite Sheet), normal
    # map (Tiled Map, Minimap), behavior tree (Quadtree's "tree"; next to FSM, State Pattern),
    # animation blending (Animation Frame), inverse kinematics (Kinematic), game jam (Game
    # Loop), collision mask (Collision Detection), input lag (Input Buffer), vector graphics
    # (Vector)
    f"{N}032": ["sprite batching", "batching", "batch", "batched", "sprite batch"],
    f"{N}033": [
        "normal map",
        "normal maps",
        "normal mapping",
        "bump map",
        "bump mapping",
        "normal",
    ],
    f"{N}034": ["behavior tree", "behaviour tree", "behavior trees", "behaviour trees"],
    f"{N}035": ["animation blending", "blending", "blend", "blend tree", "crossfade"],
    f"{N}036": ["inverse kinematics", "ik", "forward kinematics", "kinematics"],
    f"{N}037": ["game jam", "jam", "hackathon"],
    f"{N}038": ["collision mask", "collision layer", "mask", "bitmask", "collision filtering"],
    f"{N}039": ["input lag", "input latency", "lag", "latency", "input delay", "delay"],
    f"{N}040": ["vector graphics", "vector art", "svg", "scalable vector graphics"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
