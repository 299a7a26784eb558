"""Static checks of eval/corpora/quantum-glossary/questions.jsonl (blind, held out in round 18).

Run from the worktree root: ``python eval/check_quantum-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON file (``glossary_terms.json``, ParleSec/QuantumFieldKit's
``frontend/public/data/glossary_terms.json``): an array of ``term`` / ``definition`` /
``category`` / ``tags`` records, whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "quantum-glossary"
N = "quantum-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (categories and tags included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (coherence time and decoherence, gates and
    # CNOT, measurement and fidelity, quantum algorithms and phase estimation, circuits, Shor's
    # algorithm and QKD, Bell states and teleportation, error correction and NISQ) is in the
    # glossary
    f"{N}023": [
        "t1",
        "t2",
        "relaxation",
        "relaxation time",
        "energy relaxation",
        "dephasing",
        "amplitude damping",
        "damping",
    ],
    f"{N}024": ["swap", "swap gate", "iswap", "exchange"],
    f"{N}025": [
        "tomography",
        "state tomography",
        "quantum state tomography",
        "reconstruct",
        "reconstruction",
        "state reconstruction",
    ],
    f"{N}026": ["hhl", "harrow", "linear equations", "linear system", "linear systems", "linear"],
    f"{N}027": [
        "transpile",
        "transpiler",
        "transpilation",
        "compile",
        "compiler",
        "compilation",
        "native gate",
        "native gates",
        "native",
        "routing",
        "connectivity",
    ],
    f"{N}028": [
        "post-quantum",
        "post quantum",
        "quantum-safe",
        "quantum safe",
        "quantum-resistant",
        "quantum resistant",
        "pqc",
        "lattice-based",
        "kyber",
    ],
    f"{N}029": ["superdense", "superdense coding", "dense coding", "super-dense"],
    f"{N}030": ["deutsch", "jozsa", "deutsch-jozsa", "balanced", "oracle"],
    f"{N}031": [
        "mitigation",
        "error mitigation",
        "zero-noise",
        "zero noise",
        "zne",
        "extrapolation",
        "extrapolate",
        "extrapolating",
    ],
    # named; sharing a word with a title: toffoli gate (Quantum / Hadamard / CNOT Gate), phase
    # kickback (Quantum Phase Estimation), ghz state (Bell State), chsh bell inequality (Bell
    # State), stabilizer code (Surface Code), logical qubit (Qubit), simon's algorithm
    # (Quantum / Grover's / Shor's Algorithm), qram (the quantum titles), depolarizing channel
    # (the "channel" of Quantum Teleportation's body)
    f"{N}032": ["toffoli", "ccnot", "controlled-controlled-not", "controlled-controlled"],
    f"{N}033": ["kickback", "phase kickback", "kick-back"],
    f"{N}034": ["ghz", "greenberger", "ghz state"],
    f"{N}035": [
        "chsh",
        "bell inequality",
        "bell inequalities",
        "bell's inequality",
        "bell test",
        "bell tests",
    ],
    f"{N}036": ["stabilizer", "stabilizers", "stabiliser", "stabilisers", "stabilizer code"],
    f"{N}037": ["logical qubit", "logical qubits", "logical"],
    f"{N}038": ["simon", "simon's", "simons"],
    f"{N}039": [
        "qram",
        "quantum random access memory",
        "random access memory",
        "random-access memory",
    ],
    f"{N}040": [
        "depolarizing",
        "depolarising",
        "depolarization",
        "depolarisation",
        "depolarizing channel",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
