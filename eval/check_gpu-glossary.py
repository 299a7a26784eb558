"""Static checks of eval/corpora/gpu-glossary/questions.jsonl (blind, held out in round 17).

Run from the worktree root: ``python eval/check_gpu-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``gpu-glossary.md``, anupambhatnagar/GPUPuzzlers'
``pages/glossary.md``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "gpu-glossary"
N = "gpu-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (HTML comments included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (warps, SMs, kernels, host/device memory,
    # shared and global memory, NVLink between GPUs) is in the glossary
    f"{N}023": ["wavefront", "wavefronts", "amd", "rocm", "hip", "64"],
    f"{N}024": [
        "tensor core",
        "tensor cores",
        "tensor",
        "mma",
        "wmma",
        "matrix core",
        "matrix cores",
        "mixed precision",
    ],
    f"{N}025": [
        "warp divergence",
        "branch divergence",
        "thread divergence",
        "divergence",
        "divergent",
        "serialization",
        "serialisation",
    ],
    f"{N}026": ["occupancy", "active warps", "achieved occupancy"],
    f"{N}027": [
        "coalescing",
        "coalesced",
        "coalesce",
        "memory coalescing",
        "transaction",
        "transactions",
    ],
    f"{N}028": ["pinned", "pinned memory", "page-locked", "page locked", "cudamallochost"],
    f"{N}029": [
        "unified memory",
        "managed memory",
        "uvm",
        "uva",
        "unified virtual addressing",
        "cudamallocmanaged",
        "migration",
        "migrate",
    ],
    f"{N}030": [
        "all-reduce",
        "allreduce",
        "all reduce",
        "nccl",
        "collective",
        "collectives",
        "gradient",
        "gradients",
        "data parallel",
        "data parallelism",
    ],
    f"{N}031": ["kernel fusion", "operator fusion", "fusion", "fuse", "fused", "fusing"],
    # named; sharing a word with a title: cuda graph (CUDA), thread block cluster (Block, CUDA
    # Thread), constant / texture memory (Global, Local, Shared memory), l2 cache (Cache
    # consistency), warp shuffle (Warp), shared memory bank conflicts (Shared memory)
    f"{N}032": ["cuda graph", "cuda graphs", "graph", "graphs", "graph capture"],
    f"{N}033": [
        "thread block cluster",
        "block cluster",
        "cluster",
        "clusters",
        "distributed shared memory",
    ],
    f"{N}034": ["constant memory", "__constant__", "constant cache", "constant"],
    f"{N}035": ["texture memory", "texture", "textures", "texture cache"],
    f"{N}036": ["hbm", "hbm2", "hbm2e", "hbm3", "high bandwidth memory", "high-bandwidth memory"],
    f"{N}037": ["l2", "l2 cache", "l1", "level 2 cache", "last level cache", "llc"],
    f"{N}038": ["nsight", "nsight compute", "nsight systems", "ncu", "nvprof"],
    f"{N}039": ["shuffle", "warp shuffle", "shfl", "__shfl_sync", "shfl_sync"],
    f"{N}040": ["bank conflict", "bank conflicts", "bank", "banks"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
