"""Static checks of eval/corpora/neuro-glossary/questions.jsonl (blind, round 23, second batch).

Run from the worktree root: ``python eval/check_neuro-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``neuro-glossary.md``, ctn-waterloo/website's
``ctn_waterloo/content/research/other/glossary-of-neuroscience-terms.md``: 48 bold terms run
together in paragraphs under ``### A`` ... ``### X`` letter headings), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. The set was written when the parser read one entry per
letter heading; after round 23's parser fix (run-in bold terms are entries) its relevant ids
are the term entries (``eval/rekey_neuro.py`` re-keyed them from must_include).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "neuro-glossary"
N = "neuro-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Saltatory / Collateral Fiber, Axodendritic,
    # Pia mater, Laminar flow / Pia mater, Neurite / Parvocellular parts, Muscle spindle /
    # Alpha motor neurons, Capacitance / Saltatory, Magnocellular / Parvocellular parts,
    # Cortex / Gyrus) is in the glossary
    f"{N}023": [
        "myelin",
        "myelin sheath",
        "myelinated",
        "myelination",
        "schwann",
        "oligodendrocyte",
        "oligodendrocytes",
        "insulating",
        "insulation",
        "insulates",
    ],
    f"{N}024": [
        "neurotransmitter",
        "neurotransmitters",
        "dopamine",
        "serotonin",
        "acetylcholine",
        "glutamate",
        "gaba",
        "synaptic cleft",
        "vesicle",
        "vesicles",
    ],
    f"{N}025": ["dura", "dura mater", "arachnoid", "dural"],
    f"{N}026": [
        "cerebrospinal",
        "cerebrospinal fluid",
        "csf",
        "ventricle",
        "ventricles",
        "spinal fluid",
    ],
    f"{N}027": [
        "glia",
        "glial",
        "glial cell",
        "glial cells",
        "neuroglia",
        "astrocyte",
        "astrocytes",
        "microglia",
        "support cells",
        "supporting cells",
    ],
    f"{N}028": [
        "reflex",
        "reflexes",
        "stretch reflex",
        "knee jerk",
        "knee-jerk",
        "patellar",
        "monosynaptic",
        "reflex arc",
    ],
    f"{N}029": [
        "action potential",
        "action potentials",
        "spike",
        "spikes",
        "depolarization",
        "depolarisation",
        "threshold",
        "firing",
    ],
    f"{N}030": ["fovea", "foveal", "retina", "retinal", "macula", "cones", "eye"],
    f"{N}031": ["hippocampus", "hippocampal", "temporal lobe", "memories", "seahorse"],
    # named; most sharing a word with a term: upper motor neuron (Alpha / Gamma motor neurons),
    # golgi tendon organ (Muscle spindle's neighbour), autonomic nervous system (Somatosensory
    # system, Vestibular system), spinothalamic tract (Pyramidal tract), neuromuscular junction
    # (Muscle spindle, Muscle tone), blood brain barrier (Vasomotor), grid cells (Magnocellular
    # parts (M cells)), visual cortex (Cortex), dorsal root ganglion (Dorsal column nuclei)
    f"{N}032": ["upper motor neuron", "upper motor neurons", "upper motor", "umn"],
    f"{N}033": ["golgi", "golgi tendon organ", "tendon organ", "tendon", "tendons"],
    f"{N}034": ["autonomic", "autonomic nervous system", "sympathetic", "parasympathetic", "ans"],
    f"{N}035": ["spinothalamic", "spinothalamic tract", "anterolateral", "anterolateral system"],
    f"{N}036": [
        "neuromuscular",
        "neuromuscular junction",
        "end plate",
        "endplate",
        "motor end plate",
        "nmj",
    ],
    f"{N}037": ["blood brain barrier", "blood-brain barrier", "bbb", "barrier"],
    f"{N}038": ["grid cell", "grid cells", "grid", "entorhinal"],
    f"{N}039": ["visual cortex", "v1", "striate", "striate cortex", "occipital", "occipital lobe"],
    f"{N}040": ["dorsal root", "dorsal root ganglion", "ganglion", "ganglia", "drg"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
