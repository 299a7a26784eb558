"""Round 25 post-fixes, after the blind batch (k8s-glossary) was measured.

- "For more details, see Loki documentation.": cutting the ", see ..." clause left "For
  more details." standing as a sentence of the answer (k8s-005, -020; docker's YAML too).
- "what is kube-controller-manager responsible for": the trailing "responsible for" was
  read as part of the key term, which the glossary then lacked (k8s-007 refused).
"""

from __future__ import annotations

from answer_helpers import outside_corpus, outside_coverage

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.scaffolding import strip_scaffolding

K8S = "k8s-glossary#"


def test_a_pointer_lead_is_no_sentence_once_its_see_clause_is_cut() -> None:
    assert clean_unit("For more details, see Loki documentation.") is None
    assert clean_unit("For more information, see Grafana.") is None
    assert clean_unit("It is used widely, see Smith (2010).") == "It is used widely."
    entries, _ = outside_corpus("k8s-glossary")
    said = [u.text for u in entry_units(entries[K8S + "loki"])]
    assert said and not any(s.startswith("For more") for s in said)


def test_what_a_term_is_responsible_for_asks_the_term() -> None:
    assert strip_scaffolding("what is kube-controller-manager responsible for").endswith("manager")
    assert strip_scaffolding("what is kubectl for") == "kubectl"
    found = outside_coverage("k8s-glossary").check(
        "what is kube-controller-manager responsible for"
    )
    assert found.found and found.key_term is not None
    assert "responsible" not in found.key_term
