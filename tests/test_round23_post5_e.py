"""Round 23 post-fix, lane E (real entries of the eval corpora):

- a silent final "e" dropped or added is a slip, not a suffix: "telomer" is Telomere
  (genetics-003), while "transform" is still not "transformer";
- a one-letter slip in a long scaffolding noun ("defintion", "meanng") is stripped as the
  noun is: "montage defintion film" asks for Montage (film-005), while "leaning" and
  "meaningful" stay words of their own.
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.coverage.keyterms import extract_key_terms
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.slips import suffixed


def test_a_dropped_final_e_is_a_slip() -> None:
    assert not suffixed("telomer", "telomere")
    assert suffixed("transform", "transformer") and suffixed("margin", "marginal")
    found = outside_coverage("genetics-glossary").check("whats a telomer")
    assert found.found and found.how in ("title", "fuzzy-title")
    assert "telomere" in found.entry_ids[0]


def test_a_misspelt_scaffolding_noun_is_stripped() -> None:
    assert [t.text for t in extract_key_terms("montage defintion")] == ["montage"]
    assert strip_scaffolding("what is the meanng of dropout") == "dropout"
    assert strip_scaffolding("leaning tower") == "leaning tower"
    assert [t.text for t in extract_key_terms("meaningful montage")] == ["meaningful montage"]
    found = outside_coverage("film-glossary").check("montage defintion film")
    assert found.found and any("montage" in i for i in found.entry_ids)
