"""Static checks of eval/corpora/teach-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_teach-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``teach-glossary.md``, carpentries/instructor-training's
``learners/reference.md``, a bulleted list of bold terms), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "teach-glossary"
N = "teach-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Learning Objective, Long-Term Memory,
    # Inquiry-Based Learning, Minute Cards / One-Up One-Down, Scaffolding, Summative
    # Assessment, Learning Objective, Inclusivity, Mental Model / Deliberate Practice) is in
    # the glossary
    f"{N}023": [
        "bloom",
        "bloom's taxonomy",
        "blooms taxonomy",
        "taxonomy",
        "remember",
        "remembering",
        "analyse",
        "analyze",
        "analysing",
    ],
    f"{N}024": [
        "spaced repetition",
        "spaced practice",
        "spacing effect",
        "spacing",
        "spaced",
        "distributed practice",
        "cramming",
        "forgetting curve",
    ],
    f"{N}025": [
        "flipped classroom",
        "flipped",
        "inverted classroom",
        "lecture",
        "lectures",
        "homework",
        "video",
    ],
    f"{N}026": ["think-pair-share", "think pair share", "pair", "pairs", "partner"],
    f"{N}027": [
        "zone of proximal development",
        "proximal",
        "zpd",
        "vygotsky",
    ],
    f"{N}028": ["rubric", "rubrics", "grading", "grade", "grades", "marking", "criteria"],
    f"{N}029": [
        "backward design",
        "backwards design",
        "design",
        "understanding by design",
        "curriculum",
    ],
    f"{N}030": ["code of conduct", "conduct", "harassment", "behaviour", "behavior"],
    f"{N}031": ["metacognition", "metacognitive", "thinking about thinking", "self-regulation"],
    # named; sharing a word with a title or body: learning styles (Inquiry-Based Learning,
    # "A style of teaching"), sensory memory (Long-Term / Short-Term / Working / Persistent
    # Memory), intrinsic motivation ("intrinsic" load in Cognitive Load), threshold concept
    # (Concept Map), peer instruction, mastery learning (Learning Objective), legitimate
    # peripheral participation (Participatory Live Coding's stem), cognitive apprenticeship
    # (Cognitive Load), praise sandwich (the three Praise entries)
    f"{N}032": [
        "learning styles",
        "learning style",
        "visual learner",
        "auditory",
        "kinesthetic",
        "kinaesthetic",
        "vark",
    ],
    f"{N}033": ["sensory memory", "sensory", "iconic memory", "echoic memory", "sensory register"],
    f"{N}034": ["intrinsic motivation", "motivation", "motivated", "extrinsic"],
    f"{N}035": ["threshold concept", "threshold concepts", "threshold", "troublesome knowledge"],
    f"{N}036": ["peer instruction", "peer", "peers", "clicker", "clickers", "mazur"],
    f"{N}037": ["mastery learning", "mastery", "competency-based"],
    f"{N}038": ["legitimate peripheral participation", "legitimate", "peripheral", "lpp"],
    f"{N}039": [
        "cognitive apprenticeship",
        "apprenticeship",
        "apprentice",
        "modelling",
        "coaching",
    ],
    f"{N}040": [
        "praise sandwich",
        "feedback sandwich",
        "compliment sandwich",
        "sandwich",
        "compliment",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
