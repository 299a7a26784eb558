"""Static checks of eval/corpora/coad-glossary/questions.jsonl (blind, round 55).

Run from the worktree root: ``python eval/check_coad-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Markdown file in **Catalan** (``coad-glossary.md``:
MartiRiveroGarcia/tcga-coad-cms-ml-pipeline's ``docs/glossari.md``, the MkDocs glossary of a
bachelor's thesis pipeline that classifies colorectal cancer samples of TCGA-COAD into the
consensus molecular subtypes CMS1-CMS4 from RNA-seq counts with machine learning; no licence
stated): a ``# Glossari`` title, nine ``##`` thematic sections between ``---`` rules, 91
``### Term`` headings each over a one- or two-sentence Catalan definition (curly apostrophes,
``l·l``, backticked code names such as ``gdc-client`` and ``class_weight='balanced'``), no
trailing newline. The parser reads 91 entries, one per ``###`` heading (ids the slug of the
heading), which this script checks against.

Catalan inflects and elides (l', d', s'): every negative lists its key words in the forms a
definition could use, with and without accents, their usual Catalan synonyms and the English
original; the grep is whole-word and case-insensitive.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "coad-glossary"
N = "coad-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (Catalan and English):
# none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Split train/test /
    # Split estratificat, CMS / Subtipus molecular, Expressió gènica, class_weight='balanced',
    # Precision / Recall, Normalització / Comptatge gènic, Generalització, Conda /
    # Reproductibilitat, Variable d'entrada / Random Forest)
    f"{N}023": [
        "validació creuada",
        "validacio creuada",
        "cross-validation",
        "cross validation",
        "k-fold",
        "kfold",
        "plecs",
        "validació",
        "validacio",
    ],
    f"{N}024": [
        "supervivència",
        "supervivencia",
        "survival",
        "kaplan",
        "kaplan-meier",
        "pronòstic",
        "pronostic",
    ],
    f"{N}025": [
        "expressió diferencial",
        "expressio diferencial",
        "diferencial",
        "differential",
        "differential expression",
        "deseq2",
        "deseq",
        "edger",
        "limma",
    ],
    f"{N}026": [
        "smote",
        "oversampling",
        "sobremostreig",
        "sobremostratge",
        "sintètiques",
        "sintetiques",
        "sintètica",
        "synthetic",
        "minoritària",
        "minoritaria",
    ],
    f"{N}027": [
        "roc",
        "auc",
        "corba roc",
        "àrea sota la corba",
        "corba",
        "llindar",
        "llindars",
        "threshold",
        "falsos positius",
        "false positive",
    ],
    f"{N}028": [
        "tpm",
        "fpkm",
        "rpkm",
        "cpm",
        "longitud del gen",
        "longitud",
        "profunditat",
        "gene length",
        "sequencing depth",
    ],
    f"{N}029": [
        "overfitting",
        "sobreajust",
        "sobreajustament",
        "sobreentrenament",
        "memòria",
        "memoria",
        "memoritza",
        "underfitting",
    ],
    f"{N}030": [
        "docker",
        "contenidor",
        "contenidors",
        "container",
        "containers",
        "imatge",
        "singularity",
        "apptainer",
    ],
    f"{N}031": [
        "importància",
        "importancia",
        "feature importance",
        "importance",
        "shap",
        "interpretabilitat",
        "explicabilitat",
    ],
    # named; several share a word with a title: F1 micro (F1 macro / F1 weighted / F1-score),
    # single-cell RNA-seq (RNA-seq), Git LFS (Git), random search (Random Forest,
    # random_state), batch normalization (Batch effect, Normalització), matriu de covariància
    # (Matriu d'expressió / de confusió), conda-forge (Conda); t-SNE next to UMAP / PCA, KRAS
    # next to Càncer colorectal / CMS
    f"{N}032": ["t-sne", "tsne", "t-distributed"],
    f"{N}033": ["kras", "mutació", "mutacio", "mutacions", "mutation", "oncogen"],
    f"{N}034": ["f1 micro", "micro", "micro-average", "micromitjana"],
    f"{N}035": [
        "single-cell",
        "single cell",
        "scrna-seq",
        "scrna",
        "cèl·lula única",
        "cel·lula unica",
        "unicel·lular",
    ],
    f"{N}036": ["lfs", "git lfs", "large file storage"],
    f"{N}037": [
        "random search",
        "randomizedsearchcv",
        "cerca aleatòria",
        "cerca aleatoria",
        "grid search",
        "gridsearchcv",
        "cerca",
    ],
    f"{N}038": [
        "batch normalization",
        "batchnorm",
        "batch norm",
        "normalització per lots",
        "normalitzacio per lots",
        "xarxes neuronals",
        "xarxa neuronal",
        "neural",
    ],
    f"{N}039": ["covariància", "covariancia", "covariance", "covariàncies"],
    f"{N}040": [
        "conda-forge",
        "forge",
        "bioconda",
        "canal",
        "canals",
        "channel",
        "channels",
        "mamba",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
