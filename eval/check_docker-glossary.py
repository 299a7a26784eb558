"""Static checks of eval/corpora/docker-glossary/questions.jsonl (blind, held out in round 21).

Run from the worktree root: ``python eval/check_docker-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one YAML file (``docker-glossary.yaml``, docker/docs' ``data/glossary.yaml``:
a mapping of term -> Markdown definition string), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "docker-glossary"
N = "docker-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Dockerfile, build and its context,
    # container, ENTRYPOINT / CMD, image, tag, repository, service, swarm, task, Docker
    # Business' supply chain, namespaces) is in the glossary
    f"{N}023": ["multi-stage", "multistage", "multi stage", "stage", "stages"],
    f"{N}024": ["dockerignore", ".dockerignore", "ignore", "ignored", "exclude", "excluded"],
    f"{N}025": ["healthcheck", "health check", "health", "healthy", "unhealthy", "probe"],
    f"{N}026": ["restart policy", "restart", "restarts", "restarted", "unless-stopped", "always"],
    f"{N}027": ["digest", "digests", "sha256", "content hash", "content-addressable", "hash"],
    f"{N}028": ["secret", "secrets", "password", "passwords"],
    f"{N}029": ["rolling update", "rolling", "rollback", "roll back", "update"],
    f"{N}030": [
        "sbom",
        "software bill of materials",
        "bill of materials",
        "attestation",
        "attestations",
        "provenance",
    ],
    f"{N}031": [
        "sigterm",
        "sigkill",
        "signal",
        "signals",
        "graceful",
        "gracefully",
        "tini",
        "init",
        "stop",
    ],
    # named; sharing a word with a title: devicemapper storage driver (overlay storage
    # driver), bridge network driver (overlay network driver), Docker Scout (Docker ...),
    # global service (service, swarm mode), swarm join token (swarm, node), service mesh
    # (service), multi-platform image / manifest list (image, amd64, arm64), registry mirror
    # (registry), Docker Hub rate limit (Docker Hub)
    f"{N}032": ["devicemapper", "device mapper"],
    f"{N}033": ["bridge", "docker0", "default bridge"],
    f"{N}034": ["scout", "docker scout"],
    f"{N}035": ["global service", "global mode", "global"],
    f"{N}036": ["join token", "token", "tokens"],
    f"{N}037": ["service mesh", "mesh", "sidecar", "sidecars", "istio", "linkerd", "envoy"],
    f"{N}038": [
        "manifest",
        "manifests",
        "manifest list",
        "multi-platform",
        "multiplatform",
        "multi-arch",
        "multiarch",
    ],
    f"{N}039": ["mirror", "mirrors", "registry mirror", "pull-through", "pull through"],
    f"{N}040": ["rate limit", "rate limits", "rate limiting", "pull limit", "pull rate"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
