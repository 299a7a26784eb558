"""Static checks of eval/corpora/rl-glossary/questions.jsonl (blind, held out in round 18).

Run from the worktree root: ``python eval/check_rl-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is 28 Obsidian Markdown notes, one per term (the ``#rl``-tagged notes of
andrewromanenco/ml-terms-spaced-repetition, Google's Machine Learning Glossary as an Obsidian
vault), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "rl-glossary"
N = "rl-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary files (HTML included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (reward, return, policy, exploration in
    # epsilon greedy, state, environment, Q-learning, DQN) is in the glossary
    f"{N}023": ["reward shaping", "shaping", "shaped", "shaped reward", "dense reward", "bonus"],
    f"{N}024": [
        "curiosity",
        "intrinsic motivation",
        "intrinsic reward",
        "intrinsic",
        "novelty",
        "exploration bonus",
    ],
    f"{N}025": [
        "pomdp",
        "partially observable",
        "partial observability",
        "observable",
        "belief",
        "belief state",
    ],
    f"{N}026": ["policy gradient", "policy gradients", "gradient", "reinforce", "score function"],
    f"{N}027": [
        "monte carlo tree search",
        "mcts",
        "monte carlo",
        "tree search",
        "search tree",
        "alphago",
        "rollout",
    ],
    f"{N}028": [
        "imitation learning",
        "imitation",
        "behavior cloning",
        "behaviour cloning",
        "behavioral cloning",
        "cloning",
        "demonstration",
        "demonstrations",
    ],
    f"{N}029": [
        "multi-armed bandit",
        "bandit",
        "bandits",
        "slot machine",
        "slot machines",
        "arm",
        "arms",
    ],
    f"{N}030": [
        "sim-to-real",
        "sim2real",
        "simulator",
        "simulation",
        "sim",
        "domain randomization",
        "reality gap",
    ],
    f"{N}031": [
        "off-policy",
        "on-policy",
        "behavior policy",
        "behaviour policy",
        "behavior",
        "behaviour",
    ],
    # named; sharing a word with a term: double q-learning (Q-learning), prioritized experience
    # replay (experience replay), advantage function (Q-function), soft actor critic (critic),
    # proximal policy optimization (policy), hierarchical / inverse reinforcement learning
    # (reinforcement learning (RL))
    f"{N}032": ["double q-learning", "double dqn", "ddqn", "overestimation"],
    f"{N}033": ["prioritized experience replay", "prioritized", "prioritised", "priority"],
    f"{N}034": ["advantage", "advantage function"],
    f"{N}035": [
        "soft actor-critic",
        "soft actor critic",
        "sac",
        "actor",
        "actor-critic",
        "entropy",
    ],
    f"{N}036": ["temporal difference", "temporal-difference", "td", "td learning", "td error"],
    f"{N}037": ["sarsa"],
    f"{N}038": ["proximal policy optimization", "ppo", "trpo", "trust region", "clipped"],
    f"{N}039": [
        "hierarchical",
        "hierarchical reinforcement learning",
        "options framework",
        "subgoal",
        "subgoals",
    ],
    f"{N}040": ["inverse reinforcement learning", "inverse rl", "irl", "inverse"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
