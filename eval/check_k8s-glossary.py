"""Static checks of eval/corpora/k8s-glossary/questions.jsonl (blind, round 25).

Run from the worktree root: ``python eval/check_k8s-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``k8s-glossary.rst``, scality/metalk8s's
``docs/glossary.rst``, a Sphinx ``.. glossary::`` directive), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "k8s-glossary"
N = "k8s-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file. ("role", "persistent", "daemon", "upgrades", "network", "http",
# "cpu", "authorization" and "deployed" do occur, so they are not listed.)
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Pod, Node / Prometheus Node-exporter,
    # Kubelet, etcd's "persistent storage", Salt Minion's "runs on all nodes", Namespace /
    # SaltAPI's authorization, Service, Bootstrap's upgrades, Pod's containers) is in the
    # glossary
    f"{N}023": [
        "autoscaler",
        "autoscaling",
        "autoscale",
        "horizontal pod autoscaler",
        "hpa",
        "scale",
        "scaling",
        "replica",
        "replicas",
    ],
    f"{N}024": [
        "liveness probe",
        "liveness",
        "readiness",
        "probe",
        "probes",
        "health check",
        "healthcheck",
    ],
    f"{N}025": [
        "persistent volume",
        "persistentvolume",
        "persistentvolumeclaim",
        "pvc",
        "volume",
        "volumes",
        "claim",
        "storageclass",
        "disk",
    ],
    f"{N}026": ["daemonset", "daemonsets", "daemon set"],
    f"{N}027": [
        "rbac",
        "role-based",
        "rolebinding",
        "clusterrole",
        "access control",
        "permission",
        "permissions",
    ],
    f"{N}028": ["network policy", "networkpolicy", "network policies", "firewall", "cni"],
    f"{N}029": [
        "ingress",
        "ingress controller",
        "load balancer",
        "loadbalancer",
        "reverse proxy",
        "routing",
    ],
    f"{N}030": [
        "rolling update",
        "rollout",
        "rollback",
        "deployment",
        "downtime",
        "canary",
        "blue-green",
    ],
    f"{N}031": [
        "init container",
        "init containers",
        "initcontainers",
        "init",
        "migration",
        "migrations",
        "completion",
    ],
    # named; sharing a word with a title: kube-proxy (kube-apiserver etc., Kube-state-metrics),
    # node pool (Node), service mesh (Service), pod disruption budget (Pod), sealed secrets
    # (Secret), static pod (Pod), pushgateway (Prometheus), salt grains / pillar (Salt Master,
    # Salt Minion), resource quota (Namespace's "resource names")
    f"{N}032": ["kube-proxy", "kube proxy", "iptables", "ipvs"],
    f"{N}033": ["node pool", "node pools", "node group", "pool", "gke", "aks"],
    f"{N}034": ["service mesh", "mesh", "istio", "linkerd", "sidecar", "envoy"],
    f"{N}035": ["pod disruption budget", "poddisruptionbudget", "pdb", "disruption", "budget"],
    f"{N}036": ["sealed secrets", "sealed secret", "sealedsecret", "sealed", "kubeseal"],
    f"{N}037": ["static pod", "static pods", "static", "mirror pod"],
    f"{N}038": ["pushgateway", "push gateway", "push", "gateway"],
    f"{N}039": ["grains", "grain", "pillar", "pillars"],
    f"{N}040": ["resource quota", "resourcequota", "quota", "quotas", "limitrange", "limit range"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
