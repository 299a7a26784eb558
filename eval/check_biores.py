"""Static checks of eval/corpora/biores-glossary/questions.jsonl (blind, held out in round 10).

Run from the worktree root: ``python eval/check_biores.py``. It never searches or answers: it
checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file.

The glossary is one Markdown file (``glossary.md``) of plain ``Term: definition`` paragraphs,
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import dataclasses
import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "biores-glossary"
KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 8,
    "content": 6,
    "comparison": 4,
    "two-part": 4,
    "negative": 24,
}
# negatives by shape: 12 described, 6 named sharing a word with a title, 6 plain
SHAPES = {"described": range(33, 45), "named": range(45, 51), "plain": range(51, 57)}
N = "biores-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (FDR, multiple testing, survival
    # analysis, censoring, blinding, random assignment, RNA-seq, differential expression,
    # overfitting, feature selection, validation set, statistical significance, natural
    # experiment, causal inference, linkage) is present
    f"{N}033": ["bonferroni", "family-wise", "familywise", "fwer"],
    f"{N}034": [
        "manhattan",
        "manhattan plot",
        "gwas",
        "genome-wide association",
        "association study",
    ],
    f"{N}035": ["kaplan", "meier", "kaplan-meier", "product-limit", "survival curve"],
    f"{N}036": ["cox", "proportional hazards", "hazard", "hazards", "hazard ratio"],
    f"{N}037": ["allocation concealment", "concealment", "allocation"],
    f"{N}038": [
        "t-sne",
        "tsne",
        "umap",
        "dimensionality reduction",
        "pca",
        "principal component",
        "embedding",
    ],
    f"{N}039": [
        "normalization",
        "normalisation",
        "normalize",
        "tpm",
        "cpm",
        "fpkm",
        "rpkm",
        "library size",
        "sequencing depth",
        "size factor",
        "size factors",
    ],
    f"{N}040": ["cross-validation", "cross validation", "crossvalidation", "k-fold", "fold"],
    f"{N}041": [
        "regularization",
        "regularisation",
        "lasso",
        "ridge",
        "l1",
        "l2",
        "penalty",
        "penalized",
        "elastic net",
        "weight decay",
    ],
    f"{N}042": [
        "alignment",
        "align",
        "aligner",
        "read alignment",
        "read mapping",
        "reference genome",
        "bwa",
        "bowtie",
    ],
    f"{N}043": ["p-hacking", "p hacking", "data dredging", "dredging", "fishing expedition"],
    f"{N}044": [
        "mendelian randomization",
        "mendelian randomisation",
        "mendelian",
        "instrumental variable",
        "instrumental",
    ],
    # named, sharing a word with an entry title (Graph Theory / Graph Database, Random Forest /
    # Assignment / Sampling, Validation Set, Single-Blind / Linkage Analysis, Time Series Design /
    # Research Design, Power)
    f"{N}045": [
        "graph neural network",
        "graph neural networks",
        "gnn",
        "gnns",
        "graph convolutional",
    ],
    f"{N}046": ["random effects", "random effect", "mixed model", "mixed models", "mixed-effects"],
    f"{N}047": ["gene set enrichment", "gene set", "enrichment", "gsea", "gene ontology"],
    f"{N}048": [
        "single linkage",
        "single-linkage",
        "hierarchical clustering",
        "hierarchical",
        "agglomerative",
        "dendrogram",
    ],
    f"{N}049": ["factorial", "factorial design", "2x2", "full factorial"],
    f"{N}050": ["power law", "power-law", "scale-free", "scale free"],
    # plain off-glossary ML terms
    f"{N}051": ["dropout"],
    f"{N}052": ["gradient boosting", "boosting", "xgboost", "gbm", "lightgbm"],
    f"{N}053": ["convolutional", "cnn", "cnns", "convolution"],
    f"{N}054": [
        "nearest neighbours",
        "nearest neighbors",
        "nearest neighbour",
        "nearest neighbor",
        "knn",
        "k-nn",
    ],
    f"{N}055": ["autoencoder", "autoencoders", "variational autoencoder", "vae"],
    f"{N}056": ["support vector machine", "support vector", "svm", "svms"],
}

_PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)
# controls-glossary was written at the same time by another blind curator (round 10): both chose the
# negative "k nearest neighbours classifier", a coincidence, not a copy of an earlier set.
PLAN = dataclasses.replace(
    _PLAN, earlier=tuple(e for e in _PLAN.earlier if "controls-glossary/" not in e)
)

if __name__ == "__main__":
    sys.exit(run(PLAN))
