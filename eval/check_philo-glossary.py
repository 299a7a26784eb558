"""Static checks of eval/corpora/philo-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_philo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``philo-glossary.md``, mandober/debris's
``sci/philosophy/ph.GLOSSARY.md``, a ``#`` title, a Markdown TOC and one ``##`` section a
term), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "philo-glossary"
N = "philo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Epistemology, Essence / Accident,
    # Fallacy, Philosophical logic, Axiology, Objectivism) is in the glossary
    f"{N}023": ["gettier", "gettier problem", "gettier case", "justified true belief", "jtb"],
    f"{N}024": ["ship of theseus", "theseus", "ship", "boat", "plank", "planks"],
    f"{N}025": ["occam's razor", "occam", "ockham", "razor", "parsimony", "simplest"],
    f"{N}026": ["modus ponens", "ponens", "affirming the antecedent", "antecedent", "detachment"],
    f"{N}027": ["categorical imperative", "imperative", "kant", "kantian", "maxim"],
    f"{N}028": ["ad hominem", "hominem", "personal attack", "attacking the person"],
    f"{N}029": [
        "utilitarianism",
        "utilitarian",
        "consequentialism",
        "consequentialist",
        "greatest happiness",
        "happiness",
        "bentham",
        "mill",
    ],
    f"{N}030": [
        "empiricism",
        "empiricist",
        "tabula rasa",
        "blank slate",
        "locke",
        "sense experience",
    ],
    f"{N}031": ["sorites", "sorites paradox", "heap", "vagueness", "vague", "paradox of the heap"],
    # named; sharing a word with a title: principle of sufficient reason (Instantiation
    # principle), logical behaviorism (Logical atomism / holism, Philosophical logic),
    # philosophy of mind (Philosophy of language), speech act theory (Theory of descriptions,
    # Philosophy of language), philosophical zombie (Philosophical logic), is-ought
    # distinction (Analytic-synthetic / Type-token distinction), straw man fallacy (Fallacy),
    # universal grammar (Universal), type theory (Type-token distinction, Theory of
    # descriptions)
    f"{N}032": ["principle of sufficient reason", "sufficient reason", "psr", "leibniz"],
    f"{N}033": [
        "logical behaviorism",
        "logical behaviourism",
        "behaviorism",
        "behaviourism",
        "behaviorist",
    ],
    f"{N}034": ["philosophy of mind", "mind-body problem", "mind-body", "dualism", "physicalism"],
    f"{N}035": [
        "speech act",
        "speech acts",
        "speech act theory",
        "illocutionary",
        "performative",
        "austin",
        "searle",
    ],
    f"{N}036": ["philosophical zombie", "zombie", "zombies", "p-zombie", "qualia"],
    f"{N}037": [
        "is-ought",
        "is ought",
        "is-ought problem",
        "ought",
        "hume",
        "hume's guillotine",
        "guillotine",
    ],
    f"{N}038": ["straw man", "strawman", "straw-man", "straw"],
    f"{N}039": ["universal grammar", "chomsky", "language acquisition device"],
    f"{N}040": ["type theory", "theory of types", "ramified", "type theories"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
