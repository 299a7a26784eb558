"""Static checks of eval/corpora/vecsearch-glossary/questions.jsonl (blind, held out in round 12).

Run from the worktree root: ``python eval/check_vecsearch-glossary.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file
(bodies, link targets and front matter included).

The glossary is one Markdown file (``concepts.md``, OpenSearch's "Vector search concepts" page),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``, so the negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "vecsearch-glossary"
KINDS = {
    "term": 6,
    "alias": 4,
    "paraphrase": 7,
    "content": 4,
    "comparison": 3,
    "two-part": 2,
    "negative": 22,
}
# negatives by shape: 11 described (concept absent, neighbourhood present), 11 named
SHAPES = {"described": range(27, 38), "named": range(38, 49)}
N = "vecsearch-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: near approximate k-NN, methods, hybrid search, k-NN search, embeddings,
    # quantization, diversity of results, query types
    f"{N}027": ["hnsw", "hierarchical navigable small world", "small world", "graph", "navigable"],
    f"{N}028": [
        "ivf",
        "inverted file",
        "centroid",
        "centroids",
        "clustering",
        "cluster",
        "k-means",
    ],
    f"{N}029": ["recall", "recall@k"],
    f"{N}030": ["reciprocal rank fusion", "rrf", "fusion", "rank"],
    f"{N}031": ["query expansion", "expansion", "relevance feedback", "synonym", "synonyms"],
    f"{N}032": ["stemming", "stemmer", "stem", "lemmatization"],
    f"{N}033": ["matryoshka", "truncate", "truncated", "truncation"],
    f"{N}034": [
        "lsh",
        "locality-sensitive hashing",
        "locality sensitive hashing",
        "hashing",
        "hash",
    ],
    f"{N}035": ["hard negative", "hard negatives", "contrastive", "triplet"],
    f"{N}036": [
        "maximal marginal relevance",
        "marginal relevance",
        "mmr",
        "diversity",
        "diversification",
    ],
    f"{N}037": ["filter", "filtering", "pre-filtering", "post-filtering", "metadata"],
    # named: several share a word with a term of the page (quantization, radial, template
    # query, semantic search, binary quantization, dense vectors / retrieval, sparse vectors,
    # reranking)
    f"{N}038": ["quantization-aware training", "quantization aware training", "qat"],
    f"{N}039": ["radial basis function", "rbf", "kernel"],
    f"{N}040": ["template matching"],
    f"{N}041": ["semantic segmentation", "segmentation"],
    f"{N}042": [
        "binary cross-entropy",
        "binary cross entropy",
        "cross-entropy",
        "cross entropy",
        "log loss",
    ],
    f"{N}043": ["dense passage retrieval", "dpr", "passage"],
    f"{N}044": ["sparse attention", "attention"],
    f"{N}045": ["learning to rank", "learning-to-rank", "ltr"],
    f"{N}046": ["tf-idf", "tfidf", "term frequency"],
    f"{N}047": ["named entity recognition", "named entity", "ner"],
    f"{N}048": ["word2vec", "skip-gram", "skip gram"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
