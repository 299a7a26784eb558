"""Static checks of eval/corpora/queueing-glossary/questions.jsonl (blind, held out in round 14).

Run from the worktree root: ``python eval/check_queueing-glossary.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file.

The glossary is one reStructuredText file (``ciw-glossary.rst``, Ciw's
``docs/Reference/glossary.rst``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "queueing-glossary"
KINDS = {
    "term": 5,
    "alias": 3,
    "paraphrase": 6,
    "content": 4,
    "comparison": 2,
    "two-part": 2,
    "negative": 18,
}
# negatives by shape: 9 described (concept not named), 9 named (several share a word with a title)
SHAPES = {"described": range(23, 32), "named": range(32, 41)}
N = "queueing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (arrivals, customers, queues, servers,
    # service, FIFO, blocking, simulation, distributions, warm-up) is in the glossary
    f"{N}023": ["little's law", "littles law", "little", "l = λw", "lambda"],
    f"{N}024": ["balking", "balk", "balks", "balked"],
    f"{N}025": [
        "reneging",
        "renege",
        "reneges",
        "abandonment",
        "abandon",
        "impatience",
        "impatient",
    ],
    f"{N}026": [
        "lifo",
        "last-in-first-out",
        "last in first out",
        "last-come-first-served",
        "lcfs",
        "stack",
    ],
    f"{N}027": ["poisson", "poisson process", "exponential", "memoryless", "markovian"],
    f"{N}028": ["kendall", "kendall's notation", "m/m/1", "notation"],
    f"{N}029": ["jockeying", "jockey", "switching", "line switching"],
    f"{N}030": ["replication", "replications", "seed", "seeds", "random seed", "trials"],
    f"{N}031": [
        "preemption",
        "pre-emption",
        "preemptive",
        "pre-emptive",
        "priority",
        "interrupt",
        "interruption",
    ],
    # named; sharing a word with a title: service level agreement (service), arrival rate
    # (arrival), priority queue (queue), closed-loop control (closed), job shop scheduling
    # (work schedule), routing protocol (routing matrix), batch arrivals (arrival)
    f"{N}032": ["service level agreement", "service level", "sla"],
    f"{N}033": ["arrival rate", "rate", "lambda", "λ"],
    f"{N}034": ["priority queue", "priority", "heap"],
    f"{N}035": ["markov chain", "markov", "markovian"],
    f"{N}036": ["closed-loop", "closed loop", "feedback", "control system"],
    f"{N}037": ["job shop", "job-shop", "shop", "jobs"],
    f"{N}038": ["erlang", "erlang c", "erlang-c", "call centre", "call center"],
    f"{N}039": ["routing protocol", "protocol", "protocols", "ospf"],
    f"{N}040": ["batch", "batches", "batch arrival", "batch arrivals", "bulk"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
