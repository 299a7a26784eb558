"""Static checks of eval/corpora/diarization-glossary/questions.jsonl (blind, held out in round 9).

Run from the worktree root: ``python eval/check_diarization.py``. It never searches or answers:
it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file
(bodies and the trailing cross-reference table included).

The glossary is one Markdown file (``glossary.md``), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "diarization-glossary"
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
N = "diarization-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (ASR, VAD, overlap, PIT, verification,
    # impostors, embeddings, MFCC/fbank features, GMM/UBM, mel scale) is present
    f"{N}033": [
        "forced alignment",
        "alignment",
        "aligner",
        "align",
        "aligned",
        "word timestamps",
        "word-level timestamps",
    ],
    f"{N}034": [
        "augmentation",
        "augment",
        "augmented",
        "data augmentation",
        "musan",
        "room impulse response",
        "rir",
        "reverberation",
        "reverb",
        "noise",
    ],
    f"{N}035": [
        "score normalization",
        "score normalisation",
        "s-norm",
        "z-norm",
        "t-norm",
        "as-norm",
        "cohort",
        "normalization",
        "normalisation",
    ],
    f"{N}036": [
        "source separation",
        "speech separation",
        "separation",
        "separate",
        "cocktail party",
        "unmixing",
        "demixing",
    ],
    f"{N}037": [
        "spoof",
        "spoofing",
        "anti-spoofing",
        "replay attack",
        "deepfake",
        "liveness",
        "presentation attack",
        "countermeasure",
        "countermeasures",
        "synthetic",
    ],
    f"{N}038": [
        "beamforming",
        "beamformer",
        "microphone array",
        "mic array",
        "multi-channel",
        "multichannel",
        "direction of arrival",
        "doa",
    ],
    f"{N}039": [
        "additive angular margin",
        "angular margin",
        "aam",
        "aam-softmax",
        "arcface",
        "margin",
        "softmax",
        "loss",
        "triplet",
    ],
    f"{N}040": [
        "language identification",
        "spoken language identification",
        "language recognition",
        "language id",
        "lid",
        "language",
    ],
    f"{N}041": [
        "wake word",
        "wakeword",
        "wake-word",
        "keyword spotting",
        "kws",
        "hotword",
        "trigger word",
        "keyword",
    ],
    f"{N}042": [
        "cmvn",
        "cmn",
        "cepstral mean",
        "mean normalization",
        "mean subtraction",
        "variance normalization",
        "normalization",
    ],
    f"{N}043": ["hidden markov", "hidden markov model", "hmm", "hmms", "markov"],
    f"{N}044": ["pitch", "fundamental frequency", "f0"],
    # named, sharing a word with an entry title (Speaker ..., ... Error Rate, Cosine Similarity,
    # ... Clustering, Statistics Pooling, Window Size)
    f"{N}045": ["speaker anonymization", "anonymization", "anonymisation", "voice privacy"],
    f"{N}046": ["word error rate", "wer", "character error rate", "cer"],
    f"{N}047": ["cosine annealing", "annealing"],
    f"{N}048": ["k-means", "kmeans", "k means"],
    f"{N}049": ["max pooling", "max-pooling", "maxpool", "max pool"],
    f"{N}050": ["hann", "hann window", "hanning", "hamming", "window function"],
    # plain off-glossary ML terms
    f"{N}051": ["dropout"],
    f"{N}052": ["random forest", "random forests", "decision tree", "decision trees"],
    f"{N}053": ["transformer", "transformers", "self-attention", "self attention"],
    f"{N}054": ["gradient descent", "sgd", "stochastic gradient", "gradient"],
    f"{N}055": ["logistic regression", "logistic", "logit"],
    f"{N}056": ["lstm", "lstms", "long short-term memory", "recurrent", "rnn"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS, two_sided_comparisons=False)

if __name__ == "__main__":
    sys.exit(run(PLAN))
