"""Round 31 follow-up FK: key terms the blind readers found wrong (real entries, no model).

- "what do you use a framing square for": the object of "use ... for" is asked about, not
  the pronoun (carpentry-006);
- "i keep seeing pixel spacing in ...": a chatty opener says where the user met the term
  (dicom-005); "..., what does it actualy mean" asks what the term said before it is;
- "can the decoder not read": the negation goes with the verb, never into the subject
  (dicom-018);
- "how strong is the magnet": the adjective is the degree asked, the noun the term
  (dicom-029);
- "the number printed on brushless motors that says ...": a one-word head, a placing
  phrase and a relative clause describe the thing; judged as described (uav-025/026);
- "No ionizing radiation": a phrase said only under "no"/"without" is what the entry's
  thing lacks, not found there (dicom-024);
- "the DIY Drones Regulatory FAQ": an everyday word said only inside a capitalized name
  with an acronym is a word of that name (uav-024).
"""

from __future__ import annotations

from answer_helpers import outside_coverage

from rag_glossary.answer.question import analyze
from rag_glossary.coverage.keyterms import extract_key_terms, strip_scaffolding
from rag_glossary.coverage.question_forms import described_by_clause


def _terms(question: str) -> list[str]:
    return [t.text for t in extract_key_terms(question)]


def test_use_for_asks_about_its_object() -> None:
    assert _terms("what do you use a framing square for") == ["framing square"]
    assert _terms("what do you use a chisel for") == ["chisel"]
    # as before: the modal shape, and the passive
    assert _terms("what would you use a chisel for") == ["chisel"]
    assert _terms("what is a framing square used for")[0] == "framing square"
    # "use for X" without the object before "for" is not this shape
    assert strip_scaffolding("what do you use for sanding") != "sanding"


def test_use_for_is_found_in_carpentry() -> None:
    index = outside_coverage("carpentry-glossary")
    found = index.check("what do you use a framing square for")
    assert found.found and "carpentry-glossary#speed-square-framing-square" in found.entry_ids


def test_chatty_opener_is_stripped() -> None:
    question = "i keep seeing pixel spacing in the header of my scans, what does it actualy mean"
    assert _terms(question) == ["pixel spacing"]
    assert _terms("we keep hearing about feature stores") == ["feature stores"]
    found = outside_coverage("dicom-glossary").check(question, ["dicom-glossary#pixel-spacing"])
    assert (found.found, found.how) == (True, "title")
    # the composer reads the story as "what is ...": the entry the lookup names answers
    assert analyze(question).names_term
    assert analyze("shrinkage in pop pk models, what does it mean").names_term


def test_negation_stays_with_the_verb() -> None:
    terms = _terms("which compressed encodings can the decoder not read")
    assert terms == ["compressed encodings", "decoder"]


def test_degree_adjective_is_no_term() -> None:
    assert _terms("how strong is the magnet in an mri machine, like 1.5 or 3") == ["magnet"]
    assert _terms("how accurate is gps") == ["gps"]
    # the listed degrees as before, and "how is" / "how come" untouched
    assert _terms("how big is the kv cache")[0] == "kv cache"
    assert strip_scaffolding("how is dropout applied") == "dropout applied"


def test_described_by_a_placed_relative_clause() -> None:
    said = "the number printed on brushless motors that says how many rpm you get per volt"
    assert described_by_clause(said, "number")
    assert described_by_clause("the number on a lipo pack that tells you how fast", "number")
    assert described_by_clause("a variant where the server", "variant")
    # a verb's subject before the pronoun ends the placing phrase: a clause of its own
    assert not described_by_clause("the number is what the motor says", "number")
    assert not described_by_clause("the number of layers in a resnet", "number")


def test_number_in_uav_is_judged_as_described() -> None:
    index = outside_coverage("uav-glossary")
    question = (
        "the number on a lipo pack that tells you how fast it can be discharged without damage"
    )
    found = index.check(question, ["uav-glossary#lipo", "uav-glossary#nmea"])
    assert found.key_term == "number" and found.generic


def test_a_phrase_said_only_under_a_negation_is_not_found() -> None:
    index = outside_coverage("dicom-glossary")
    ranked = ["dicom-glossary#mr-magnetic-resonance", "dicom-glossary#ct-computed-tomography"]
    found = index.check("how much radiation does a patient get from one ct scan", ranked)
    assert "dicom-glossary#mr-magnetic-resonance" not in found.entry_ids
    # MR's "Strong soft-tissue contrast" still says "contrast"
    contrast = index.check("soft tissue contrast", ranked)
    assert contrast.found and "dicom-glossary#mr-magnetic-resonance" in contrast.entry_ids


def test_a_word_inside_a_proper_name_is_not_found() -> None:
    index = outside_coverage("uav-glossary")
    question = "what the drone does automatically when it stops getting signal mid flight"
    found = index.check(question, ["uav-glossary#firmware", "uav-glossary#coa"])
    assert "uav-glossary#coa" not in found.entry_ids
    assert "uav-glossary#svn" not in found.entry_ids
    # a proper name asked is itself the thing: COA's "FAA approval" still finds "faa"
    assert "uav-glossary#coa" in index.check("what is the faa", ["uav-glossary#coa"]).entry_ids
