"""Round 22, the entry the retriever ranked right keeps the answer (real entries of the
docker glossary, real idf):

- a term named by an entry only once a category word is dropped ("image layer": Image
  give or take "layer") does not take the answer from a higher hit that word names
  (docker-022: Layer, ranked first, answers both parts);
- the glossary's subject word ("docker", in most of its entries) neither names a
  comparison side's entry nor sets it apart (docker-020 "docker image vs container": the
  Image entry, not Docker);
- the first hit keeps the answer when its text says more of the question's words and a
  unit of it is closer in meaning than the lower entry the merit chose on one sentence's
  coverage (docker-009: Namespace, not cgroups).
"""

from __future__ import annotations

from dataclasses import replace

from answer_helpers import outside_corpus, ranked_hits
from helpers import fixed_meaning

from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.names import dropped_category

D = "docker-glossary#"
LAYER, COW, IMAGE = D + "layer", D + "copy-on-write", D + "image"
CONTAINER_IMAGE, CONTAINER, DOCKER = D + "container-image", D + "container", D + "docker"
NAMESPACE, CGROUPS, SERVICE_DISCOVERY = D + "namespace", D + "cgroups", D + "service-discovery"
LAYER_TWO_PART = "what is an image layer and why does it make rebuilding images fast"
KERNEL = (
    "kernel feature that gives a process its own isolated view of the network, mounts, "
    "hostname and process ids"
)


def test_a_category_word_named_above_keeps_the_answer() -> None:
    entries, idf = outside_corpus("docker-glossary")
    hits = ranked_hits(entries, LAYER, COW, IMAGE)
    assert dropped_category(hits[2], "image layer") == "layer"
    assert dropped_category(hits[0], "layer") == ""  # named as it is
    text, cited = extractive_answer(hits, LAYER_TWO_PART, idf)
    assert cited[0] == LAYER and "unchanged layers are cached locally" in text
    # with Layer ranked below, Image is the entry the term names, as before
    text, cited = extractive_answer(ranked_hits(entries, IMAGE, COW, LAYER), LAYER_TWO_PART, idf)
    assert cited[0] == IMAGE


def test_the_glossary_subject_word_does_not_decide_a_side() -> None:
    entries, idf = outside_corpus("docker-glossary")
    hits = ranked_hits(entries, CONTAINER_IMAGE, CONTAINER, IMAGE, DOCKER)
    assert idf("docker") < 0.69 < idf("image")  # in most of the entries: its subject
    text, cited = extractive_answer(hits, "docker image vs container", idf)
    assert cited == (IMAGE, CONTAINER)
    assert "ordered collection of root filesystem changes" in text


def test_the_first_hit_saying_more_and_closer_in_meaning_keeps_the_answer() -> None:
    entries, idf = outside_corpus("docker-glossary")
    signals = {NAMESPACE: {"hub": 0.0}, CGROUPS: {"hub": -0.5}, SERVICE_DISCOVERY: {"hub": 0.0}}
    hits = ranked_hits(entries, NAMESPACE, CGROUPS, SERVICE_DISCOVERY)
    hits = [replace(h, signals=signals[h.id]) for h in hits]
    closer = fixed_meaning({NAMESPACE: 0.46, CGROUPS: 0.40, SERVICE_DISCOVERY: 0.42})
    text, cited = extractive_answer(hits, KERNEL, idf, closer)
    assert cited == (NAMESPACE,) and "isolates and virtualizes system resources" in text
    # no closer unit: cgroups' sentence that packs the shared words keeps it, as before
    farther = fixed_meaning({NAMESPACE: 0.38, CGROUPS: 0.40, SERVICE_DISCOVERY: 0.42})
    _, cited = extractive_answer(hits, KERNEL, idf, farther)
    assert cited == (CGROUPS,)
