"""Static checks of eval/corpora/eo-glossary/questions.jsonl (blind, held out in round 11).

Run from the worktree root: ``python eval/check_eo-glossary.py``. It never searches or answers:
it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file
(bodies, anchors and link targets included).

The glossary is one Markdown file (``dea-glossary.md``, Digital Earth Australia's glossary),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "eo-glossary"
KINDS = {
    "term": 4,
    "alias": 3,
    "paraphrase": 6,
    "content": 5,
    "comparison": 4,
    "two-part": 4,
    "negative": 22,
}
# negatives by shape: 12 described, 5 named sharing a word with a title, 5 plain
SHAPES = {"described": range(27, 39), "named": range(39, 44), "plain": range(44, 49)}
N = "eo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (NDVI, NIR, bands, spectrometer, SAR,
    # polar and sun-synchronous orbits, LCCS, CRS, resampling, pixels) is present
    f"{N}027": [
        "ndwi",
        "mndwi",
        "water index",
        "normalised difference water index",
        "normalized difference water index",
    ],
    f"{N}028": ["hyperspectral", "imaging spectroscopy", "hundreds"],
    f"{N}029": ["lidar", "laser", "light detection and ranging"],
    f"{N}030": [
        "segmentation",
        "segment",
        "neural",
        "neural network",
        "deep learning",
        "u-net",
        "cnn",
    ],
    f"{N}031": ["speckle", "noise", "despeckle", "despeckling"],
    f"{N}032": ["insar", "interferometry", "interferometric", "phase", "subsidence", "deformation"],
    f"{N}033": ["geostationary", "geosynchronous"],
    f"{N}034": [
        "tasseled cap",
        "tasselled cap",
        "tasseled",
        "tasselled",
        "greenness",
        "wetness",
        "brightness",
    ],
    f"{N}035": [
        "foundation model",
        "pretrained",
        "pre-trained",
        "pretraining",
        "fine-tune",
        "fine-tuning",
        "self-supervised",
    ],
    f"{N}036": ["kriging", "interpolation", "interpolate", "geostatistics"],
    f"{N}037": ["utm", "universal transverse mercator", "mercator", "transverse"],
    f"{N}038": [
        "cross-validation",
        "cross validation",
        "spatial cross-validation",
        "autocorrelation",
        "leakage",
    ],
    # named, sharing a word with an entry title (Resolution, Dataset, Vector data, Spatial
    # resolution, Scene)
    f"{N}039": [
        "super-resolution",
        "super resolution",
        "superresolution",
        "upsampling",
        "upscaling",
    ],
    f"{N}040": ["dataset shift", "covariate shift", "distribution shift", "domain shift", "shift"],
    f"{N}041": ["vector quantization", "vector quantisation", "quantization", "quantisation", "vq"],
    f"{N}042": ["spatial transformer", "spatial transformer network", "transformer"],
    f"{N}043": ["scene graph", "graph"],
    # plain off-glossary ML terms
    f"{N}044": ["random forest", "random forests", "decision tree", "decision trees"],
    f"{N}045": ["k-means", "k means", "kmeans", "clustering"],
    f"{N}046": ["learning rate", "warmup", "warm-up"],
    f"{N}047": ["focal loss", "class imbalance", "imbalance"],
    f"{N}048": ["mixup", "augmentation", "data augmentation"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
