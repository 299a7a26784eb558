"""Static checks of eval/corpora/tdd-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_tdd-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``tdd-glossary.md``, learn-tdd-in/learntdd.in's
``concepts.md``, a Jekyll page of bold-term bullets with inline HTML anchors), whose suffix
is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "tdd-glossary"
N = "tdd-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Test Suite, Test Case, Dependency /
    # Collaborator / Isolation Test, Example, Regression, Unit / Integration / End-to-End
    # Test, Assertion) is in the glossary
    f"{N}023": [
        "code coverage",
        "test coverage",
        "coverage",
        "line coverage",
        "branch coverage",
        "percentage",
        "percent",
    ],
    f"{N}024": [
        "flaky",
        "flaky test",
        "flakey",
        "intermittent",
        "nondeterministic",
        "non-deterministic",
        "random",
    ],
    f"{N}025": [
        "dependency injection",
        "inject",
        "injection",
        "injected",
        "constructor",
        "inversion of control",
    ],
    f"{N}026": [
        "skip",
        "skipped",
        "skipping",
        "pending",
        "xit",
        "xfail",
        "ignore",
        "ignored",
        "disabled",
    ],
    f"{N}027": [
        "property-based",
        "property based",
        "property",
        "properties",
        "generative",
        "quickcheck",
        "hypothesis",
        "fuzz",
        "fuzzing",
        "random",
        "generator",
    ],
    f"{N}028": ["mutation", "mutation testing", "mutant", "mutants", "mutation score"],
    f"{N}029": [
        "test pyramid",
        "testing pyramid",
        "pyramid",
        "testing trophy",
        "trophy",
        "ui",
        "gui",
    ],
    f"{N}030": [
        "continuous integration",
        "ci",
        "ci/cd",
        "pipeline",
        "build server",
        "jenkins",
        "github actions",
        "travis",
        "merge",
        "push",
    ],
    f"{N}031": [
        "arrange act assert",
        "arrange-act-assert",
        "arrange",
        "act",
        "aaa",
        "setup",
        "four-phase test",
        "given-when-then",
        "gherkin",
    ],
    # named; most sharing a word with a title: smoke test, contract test, test fixture, load
    # test, test oracle (Test Case, Test Suite, Request Test ...), assertion roulette
    # (Assertion), fake it till you make it (Fake), dependency inversion principle
    # (Dependency), triangulation (none; a TDD technique)
    f"{N}032": [
        "smoke test",
        "smoke tests",
        "smoke testing",
        "smoke",
        "sanity check",
        "sanity test",
    ],
    f"{N}033": [
        "contract test",
        "contract testing",
        "contract",
        "contracts",
        "consumer-driven",
        "pact",
        "consumer",
        "provider",
        "microservice",
        "microservices",
    ],
    f"{N}034": [
        "test fixture",
        "fixture",
        "fixtures",
        "setup",
        "teardown",
        "beforeeach",
        "before each",
    ],
    f"{N}035": [
        "load test",
        "load testing",
        "load",
        "performance test",
        "stress test",
        "performance",
        "benchmark",
        "throughput",
    ],
    f"{N}036": ["test oracle", "oracle", "oracles"],
    f"{N}037": ["assertion roulette", "roulette", "test smell", "test smells"],
    f"{N}038": ["fake it till you make it", "fake it", "fake it until you make it", "make it"],
    f"{N}039": [
        "dependency inversion principle",
        "dependency inversion",
        "inversion",
        "dip",
        "solid",
    ],
    f"{N}040": ["triangulation", "triangulate", "triangulating"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
