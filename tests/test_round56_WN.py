"""Round 56, lane WN: the named-entry rule (judgement_named_rest.py) outside English reads a
word as said when one of the first hits says it, and reads only the question that names
the entry when a query asks two.

erp-glossary-016 ("ka padaro pristatymo pranesimas su prekiu likuciu sandely?") was refused
though Pristatymo pranešimas answers it: "prekiu" is said by the third hit (Pirkimo
sąskaita-faktūra's "prekių"), "sandely" by the first; only padaro and likuciu are said by
none. erp-glossary-015 asks of Valiuta its first question; its second ("kaip tada suma
perskaiciuojama", how is the sum then recalculated) names no entry.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.judgement_named_rest import _naming_question, named_rest_unsaid, unsaid_least
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _hits(corpus: str, *anchors: str) -> list[Entry]:
    """The entries of ``corpus`` in the order of ``anchors`` (the measure's first hits)."""
    by_id = {e.id: e for e in load_corpus(CORPORA / corpus).entries}
    return [by_id[f"{corpus}#{anchor}"] for anchor in anchors]


def test_word_said_by_another_first_hit() -> None:
    hits = _hits("erp-glossary", "pristatymo-pranešimas", "sandėlis", "pirkimo-sąskaita-faktūra")
    question = "ka padaro pristatymo pranesimas su prekiu likuciu sandely?"
    assert unsaid_least(question, hits, "lt") == 2
    assert not named_rest_unsaid(question, hits, "lt")


def test_only_the_question_naming_the_entry_is_read() -> None:
    hits = _hits("erp-glossary", "valiuta", "sąskaita", "sąnaudų-centras")
    question = (
        "ar erpnext galima israsyt saskaita kita valiuta nei saskaitu lenteles? "
        "kaip tada suma perskaiciuojama"
    )
    naming = _naming_question(question, hits[0])
    assert naming is not None and naming[-1] == "lenteles" and "tada" not in naming
    assert not named_rest_unsaid(question, hits, "lt")
    # one question: read whole
    assert _naming_question("ka padaro pristatymo pranesimas?", hits[0]) is None


# The three negatives NT's rule refuses stay refused with both changes: their cases are
# test_round56_NT.test_named_entry_asked_what_it_does_not_say (same rule, same rows).
